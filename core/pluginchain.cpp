// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/pluginchain.h"

PluginChain::PluginChain(QList<std::shared_ptr<AlertPlugin>> plugins)
    : m_plugins(std::move(plugins))
{}

QStringList PluginChain::names() const
{
    QStringList result;
    for (const auto &plugin : m_plugins)
        result.append(plugin->name());
    return result;
}

PreReceiveVerdict PluginChain::preReceive(Alert &alert, const ReceiveContext &context) const
{
    for (const auto &plugin : m_plugins) {
        // A blacked-out alert (NOTIFICATION_BLACKOUT) is stored as it is: later plugins do not see it.
        if (alert.status == AlertStatus::Blackout)
            break;
        PreReceiveVerdict verdict = plugin->preReceive(alert, context);
        if (verdict.kind != PreReceiveVerdict::Kind::Continue)
            return verdict;
    }
    return PreReceiveVerdict::proceed();
}

bool PluginChain::postReceive(Alert &alert, const ReceiveContext &context) const
{
    if (alert.status == AlertStatus::Blackout)
        return false;
    bool changed = false;
    for (const auto &plugin : m_plugins)
        changed = plugin->postReceive(alert, context) || changed;
    return changed;
}

VoidResult PluginChain::takeAction(Alert &alert, ActionRequest &request, const Caller &caller) const
{
    if (alert.status == AlertStatus::Blackout)
        return Ok{};
    for (const auto &plugin : m_plugins) {
        const VoidResult r = plugin->takeAction(alert, request, caller);
        if (!r)
            return r;
    }
    return Ok{};
}

void PluginChain::postAction(const Alert &alert, const ActionRequest &request, const Caller &caller) const
{
    for (const auto &plugin : m_plugins)
        plugin->postAction(alert, request, caller);
}

VoidResult PluginChain::statusChange(Alert &alert, QString &status, QString &text, const Caller &caller) const
{
    for (const auto &plugin : m_plugins) {
        const VoidResult r = plugin->statusChange(alert, status, text, caller);
        if (!r)
            return r;
    }
    return Ok{};
}

VoidResult PluginChain::takeNote(Alert &alert, QString &text, const Caller &caller) const
{
    for (const auto &plugin : m_plugins) {
        const VoidResult r = plugin->takeNote(alert, text, caller);
        if (!r)
            return r;
    }
    return Ok{};
}

VoidResult PluginChain::allowDelete(const Alert &alert, const Caller &caller) const
{
    for (const auto &plugin : m_plugins) {
        if (!plugin->allowDelete(alert, caller))
            return ApiError{403, QStringLiteral("Deletion of alert vetoed by plugin '%1'").arg(plugin->name()), {}};
    }
    return Ok{};
}
