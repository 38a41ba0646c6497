// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alertplugin.h"

#include <QList>

#include <memory>

/// The enabled plugins in PLUGINS order, and the rules for calling them (spec §3.1 step 4, §3.6, §3.9): which hook
/// runs when, when the chain stops, and which alerts skip it. Immutable once built, so it is shared by every thread.
class PluginChain
{
public:
    PluginChain() = default;
    explicit PluginChain(QList<std::shared_ptr<AlertPlugin>> plugins);

    const QList<std::shared_ptr<AlertPlugin>> &plugins() const { return m_plugins; }
    /// The plugin names in order, e.g. for the logs at start-up.
    QStringList names() const;

    /// Pre-receive hooks in order, each seeing the previous one's alert. Stops at the first verdict other than
    /// Continue, and stops calling hooks (with Continue) once the alert's status is `blackout`.
    PreReceiveVerdict preReceive(Alert &alert, const ReceiveContext &context) const;
    /// Post-receive hooks, skipped for `blackout` alerts. True when a hook changed tags or attributes.
    bool postReceive(Alert &alert, const ReceiveContext &context) const;
    /// take_action hooks; skipped for alerts in `blackout` (spec §3.6). The first error stops the chain.
    VoidResult takeAction(Alert &alert, ActionRequest &request, const Caller &caller) const;
    /// post_action hooks after an action was written. The engine skips them, like take_action, for alerts that
    /// were in `blackout`.
    void postAction(const Alert &alert, const ActionRequest &request, const Caller &caller) const;
    /// status_change hooks, which always run. The first error stops the chain.
    VoidResult statusChange(Alert &alert, QString &status, QString &text, const Caller &caller) const;
    /// take_note hooks. The first error stops the chain.
    VoidResult takeNote(Alert &alert, QString &text, const Caller &caller) const;
    /// 403 `Deletion of alert vetoed by plugin '<name>'` when a delete hook says no.
    VoidResult allowDelete(const Alert &alert, const Caller &caller) const;

private:
    QList<std::shared_ptr<AlertPlugin>> m_plugins;
};
