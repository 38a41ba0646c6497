// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

class SeverityMap;

/// What a client chooses when it runs `alerta heartbeats --alert` (spec §7.2) itself.
struct HeartbeatAlertChoices
{
    /// `--severity`: of HeartbeatFail and HeartbeatSlow alerts for heartbeats without a `severity` attribute.
    QString severity = QStringLiteral("major");
    /// The server's `alarm_model.defaults.normal_severity`: the HeartbeatOK alert's, so that it closes the others.
    QString normalSeverity = QStringLiteral("normal");
    /// The alerts' origin, `<program>/<host>` like the CLI's `alerta/<host>`.
    QString origin;
    /// `--timeout`, seconds; none leaves it to the server (ALERT_TIMEOUT).
    std::optional<qint64> timeout;
};

/// The `POST /alert` bodies of `alerta heartbeats --alert` (spec §7.2), built from the heartbeats as `GET /heartbeats`
/// answered them. For clients of the REST API (the console over a remote server or the embedded core); the server's
/// own periodic run (HeartbeatAlerts in core) works on Heartbeat values instead and shares the rules through
/// HeartbeatAlerts::validate() and HeartbeatAlerts::formatDuration().
///
/// The heartbeat's `status`, `since` and `latency` are taken as the server computed them, so the client's clock does
/// not matter.
class HeartbeatAlertBuilder final
{
public:
    /// The CLI's check of the severity (HeartbeatAlerts::validate()): 400 for a normal severity or one not in
    /// `severities`.
    static VoidResult validate(const HeartbeatAlertChoices &choices, const SeverityMap &severities);

    /// The alert for one heartbeat object (`GET /heartbeats` item): event HeartbeatFail (`expired`), HeartbeatSlow
    /// (`slow`) or HeartbeatOK (anything else), resource = origin, environment/severity/service/group from the
    /// attributes of those names (non-empty strings; `service` also a list) else `Production`, the chosen severity,
    /// [`Alerta`], `System`; correlate the three events; value, text, tags, the remaining attributes, type
    /// `heartbeatAlert`, origin, timeout and the heartbeat's customer.
    static QJsonObject alertFor(const QJsonObject &heartbeat, const HeartbeatAlertChoices &choices);
};
