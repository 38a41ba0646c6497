// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alertplugin.h"
#include "core/blackoutmatch.h"
#include "core/pluginchain.h"

#include <QRegularExpression>
#include <QStringList>

class BlackoutService;
class HeartbeatService;

/// `remote_ip`: records where the alert came from as `attributes.ip`, the first X-Forwarded-For hop or else the
/// peer address. Alerts received in-process have neither and are left alone.
class RemoteIpPlugin final : public AlertPlugin
{
public:
    QString name() const override { return QStringLiteral("remote_ip"); }
    PreReceiveVerdict preReceive(Alert &alert, const ReceiveContext &context) override;
};

/// `reject`: the site policy (403). Origins matching an ORIGIN_BLACKLIST regex at their start, environments that
/// fully match no ALLOWED_ENVIRONMENTS regex, and alerts without a service are refused, checked in that order.
class RejectPlugin final : public AlertPlugin
{
public:
    RejectPlugin(const QStringList &originBlacklist, const QStringList &allowedEnvironments);
    QString name() const override { return QStringLiteral("reject"); }
    PreReceiveVerdict preReceive(Alert &alert, const ReceiveContext &context) override;

private:
    QList<QRegularExpression> m_originBlacklist;
    QList<QRegularExpression> m_allowedEnvironments;
    QString m_environmentList; ///< ALLOWED_ENVIRONMENTS as the message shows them
};

/// `heartbeat`: alerts whose event is one of HEARTBEAT_EVENTS are stored as a heartbeat of their origin instead
/// (202 `Alert converted to Heartbeat`).
class HeartbeatPlugin final : public AlertPlugin
{
public:
    HeartbeatPlugin(HeartbeatService &heartbeats, const QStringList &heartbeatEvents);
    QString name() const override { return QStringLiteral("heartbeat"); }
    PreReceiveVerdict preReceive(Alert &alert, const ReceiveContext &context) override;

private:
    HeartbeatService &m_heartbeats;
    QStringList m_events;
};

/// `blackout`: alerts inside a blackout period are suppressed (202) or, with NOTIFICATION_BLACKOUT, stored with
/// status `blackout` (spec §3.8).
class BlackoutPlugin final : public AlertPlugin
{
public:
    BlackoutPlugin(BlackoutService &blackouts, BlackoutPolicy policy);
    QString name() const override { return QStringLiteral("blackout"); }
    PreReceiveVerdict preReceive(Alert &alert, const ReceiveContext &context) override;

private:
    BlackoutService &m_blackouts;
    BlackoutPolicy m_policy;
};

/// `acked_by` (off by default): an ack by a logged-in user adds the tag `watch:<login>` and `attributes.acked-by`;
/// unack and a return to `open` remove `acked-by` again.
class AckedByPlugin final : public AlertPlugin
{
public:
    QString name() const override { return QStringLiteral("acked_by"); }
    VoidResult takeAction(Alert &alert, ActionRequest &request, const Caller &caller) override;
    VoidResult statusChange(Alert &alert, QString &status, QString &text, const Caller &caller) override;
};

/// `timeout` (off by default): acks and shelves always use the server's ACK_TIMEOUT / SHELVE_TIMEOUT, and the
/// history text says so when the request asked for another value.
class TimeoutPlugin final : public AlertPlugin
{
public:
    TimeoutPlugin(qint64 ackTimeout, qint64 shelveTimeout);
    QString name() const override { return QStringLiteral("timeout"); }
    VoidResult takeAction(Alert &alert, ActionRequest &request, const Caller &caller) override;

private:
    qint64 m_ackTimeout;
    qint64 m_shelveTimeout;
};

/// Builds the PluginChain that PLUGINS names, from the built-in plugins above.
namespace BuiltInPlugins {

/// The settings the built-in plugins read (spec §9).
struct Settings
{
    QStringList originBlacklist; ///< ORIGIN_BLACKLIST
    QStringList allowedEnvironments{QStringLiteral("Production"),
                                    QStringLiteral("Development")}; ///< ALLOWED_ENVIRONMENTS
    QStringList heartbeatEvents{QStringLiteral("Heartbeat")};       ///< HEARTBEAT_EVENTS
    BlackoutPolicy blackoutPolicy; ///< NOTIFICATION_BLACKOUT, BLACKOUT_ACCEPT, CUSTOMER_VIEWS
    qint64 ackTimeout = 0;         ///< ACK_TIMEOUT
    qint64 shelveTimeout = 7200;   ///< SHELVE_TIMEOUT
};

/// PLUGINS' default: `remote_ip, reject, heartbeat, blackout, forwarder`.
QStringList defaultNames();

/// The chain of the named plugins in order. Names this build does not have (upstream's `forwarder` federation,
/// Python plugins) are skipped with a warning in the log and returned in `skipped`.
PluginChain chain(const QStringList &names,
                  const Settings &settings,
                  HeartbeatService &heartbeats,
                  BlackoutService &blackouts,
                  QStringList *skipped = nullptr);

} // namespace BuiltInPlugins
