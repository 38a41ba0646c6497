// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/builtinplugins.h"

#include "core/blackoutservice.h"
#include "core/heartbeatservice.h"
#include "core/logging.h"

#include <algorithm>

namespace {

QList<QRegularExpression> compile(const QStringList &patterns, bool whole)
{
    QList<QRegularExpression> result;
    for (const QString &p : patterns) {
        QRegularExpression re(whole ? QRegularExpression::anchoredPattern(p) : p);
        if (!re.isValid()) {
            qCWarning(lcEngine) << "ignoring invalid policy pattern" << p << re.errorString();
            continue;
        }
        result.append(re);
    }
    return result;
}

} // namespace

PreReceiveVerdict RemoteIpPlugin::preReceive(Alert &alert, const ReceiveContext &context)
{
    const QString firstHop = context.forwardedFor.section(u',', 0, 0).trimmed();
    const QString ip = firstHop.isEmpty() ? context.peerAddress : firstHop;
    if (!ip.isEmpty())
        alert.attributes.insert(QStringLiteral("ip"), ip);
    return PreReceiveVerdict::proceed();
}

RejectPlugin::RejectPlugin(const QStringList &originBlacklist, const QStringList &allowedEnvironments)
    : m_originBlacklist(compile(originBlacklist, false))
    , m_allowedEnvironments(compile(allowedEnvironments, true))
    , m_environmentList(allowedEnvironments.join(QStringLiteral(", ")))
{}

PreReceiveVerdict RejectPlugin::preReceive(Alert &alert, const ReceiveContext &context)
{
    Q_UNUSED(context)
    for (const QRegularExpression &re : std::as_const(m_originBlacklist)) {
        // Python's re.match: anchored at the start only.
        if (re.match(alert.origin, 0, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption)
                .hasMatch())
            return PreReceiveVerdict::reject(
                QStringLiteral("[POLICY] Alert origin '%1' has been blacklisted").arg(alert.origin));
    }
    const bool allowed =
        std::any_of(m_allowedEnvironments.cbegin(), m_allowedEnvironments.cend(), [&](const QRegularExpression &re) {
            return re.match(alert.environment).hasMatch();
        });
    if (!allowed)
        return PreReceiveVerdict::reject(
            QStringLiteral("[POLICY] Alert environment does not match one of %1").arg(m_environmentList));
    if (alert.service.isEmpty())
        return PreReceiveVerdict::reject(QStringLiteral("[POLICY] Alert must define a service"));
    return PreReceiveVerdict::proceed();
}

HeartbeatPlugin::HeartbeatPlugin(HeartbeatService &heartbeats, const QStringList &heartbeatEvents)
    : m_heartbeats(heartbeats)
    , m_events(heartbeatEvents)
{}

PreReceiveVerdict HeartbeatPlugin::preReceive(Alert &alert, const ReceiveContext &context)
{
    Q_UNUSED(context)
    if (!m_events.contains(alert.event))
        return PreReceiveVerdict::proceed();
    // The alert's customer was already assigned by the caller's rights; the heartbeat keeps it as it is.
    const Result<Heartbeat> stored = m_heartbeats.upsert(m_heartbeats.fromAlert(alert), Caller::internal());
    if (!stored)
        return PreReceiveVerdict{PreReceiveVerdict::Kind::Rejected, stored.error().message, {}};
    return PreReceiveVerdict::accept(PreReceiveVerdict::Kind::Converted,
                                     QStringLiteral("Alert converted to Heartbeat"),
                                     stored->id);
}

BlackoutPlugin::BlackoutPlugin(BlackoutService &blackouts, BlackoutPolicy policy)
    : m_blackouts(blackouts)
    , m_policy(std::move(policy))
{}

PreReceiveVerdict BlackoutPlugin::preReceive(Alert &alert, const ReceiveContext &context)
{
    Q_UNUSED(context)
    switch (m_blackouts.check(alert, m_policy)) {
    case BlackoutMatch::Outcome::Suppress:
        return PreReceiveVerdict::accept(PreReceiveVerdict::Kind::Suppressed,
                                         QStringLiteral("Suppressed alert during blackout period"),
                                         alert.id);
    case BlackoutMatch::Outcome::MarkBlackout:
        alert.status = AlertStatus::Blackout;
        break;
    case BlackoutMatch::Outcome::NotBlackedOut:
        break;
    }
    return PreReceiveVerdict::proceed();
}

VoidResult AckedByPlugin::takeAction(Alert &alert, ActionRequest &request, const Caller &caller)
{
    const QString ackedBy = QStringLiteral("acked-by");
    if (request.action == QLatin1StringView("ack") && !caller.login.isEmpty()) {
        const QString watch = u"watch:" + caller.login;
        if (!alert.tags.contains(watch))
            alert.tags.append(watch);
        alert.attributes.insert(ackedBy, caller.login);
    } else if (request.action == QLatin1StringView("unack")) {
        alert.attributes.remove(ackedBy);
    }
    return Ok{};
}

VoidResult AckedByPlugin::statusChange(Alert &alert, QString &status, QString &text, const Caller &caller)
{
    Q_UNUSED(text)
    Q_UNUSED(caller)
    if (status == AlertStatus::Open)
        alert.attributes.remove(QStringLiteral("acked-by"));
    return Ok{};
}

TimeoutPlugin::TimeoutPlugin(qint64 ackTimeout, qint64 shelveTimeout)
    : m_ackTimeout(ackTimeout)
    , m_shelveTimeout(shelveTimeout)
{}

VoidResult TimeoutPlugin::takeAction(Alert &alert, ActionRequest &request, const Caller &caller)
{
    Q_UNUSED(alert)
    Q_UNUSED(caller)
    qint64 server = 0;
    if (request.action == QLatin1StringView("ack"))
        server = m_ackTimeout;
    else if (request.action == QLatin1StringView("shelve"))
        server = m_shelveTimeout;
    else
        return Ok{};
    // Upstream compares `timeout != ACK_TIMEOUT`: an action sent without a timeout (None) is overridden too.
    if (request.timeout != server) {
        const QString text = request.text.isNull() ? request.action + u" operator action" : request.text;
        request.text = text + u" (using server timeout value)";
    }
    request.timeout = server;
    return Ok{};
}

namespace BuiltInPlugins {

QStringList defaultNames()
{
    return {QStringLiteral("remote_ip"),
            QStringLiteral("reject"),
            QStringLiteral("heartbeat"),
            QStringLiteral("blackout"),
            QStringLiteral("forwarder")};
}

PluginChain chain(const QStringList &names,
                  const Settings &settings,
                  HeartbeatService &heartbeats,
                  BlackoutService &blackouts,
                  QStringList *skipped)
{
    QList<std::shared_ptr<AlertPlugin>> plugins;
    for (const QString &name : names) {
        const QString n = name.trimmed();
        if (n == QLatin1StringView("remote_ip"))
            plugins.append(std::make_shared<RemoteIpPlugin>());
        else if (n == QLatin1StringView("reject"))
            plugins.append(std::make_shared<RejectPlugin>(settings.originBlacklist, settings.allowedEnvironments));
        else if (n == QLatin1StringView("heartbeat"))
            plugins.append(std::make_shared<HeartbeatPlugin>(heartbeats, settings.heartbeatEvents));
        else if (n == QLatin1StringView("blackout"))
            plugins.append(std::make_shared<BlackoutPlugin>(blackouts, settings.blackoutPolicy));
        else if (n == QLatin1StringView("acked_by"))
            plugins.append(std::make_shared<AckedByPlugin>());
        else if (n == QLatin1StringView("timeout"))
            plugins.append(std::make_shared<TimeoutPlugin>(settings.ackTimeout, settings.shelveTimeout));
        else {
            qCWarning(lcEngine) << "plugin" << n << "is not available in this server; skipped";
            if (skipped)
                skipped->append(n);
        }
    }
    return PluginChain(std::move(plugins));
}

} // namespace BuiltInPlugins
