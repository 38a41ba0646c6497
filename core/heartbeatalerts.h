// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alert.h"
#include "core/engineconfig.h"
#include "core/heartbeat.h"
#include "core/receivelogic.h"
#include "core/result.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <optional>

class AlertEngine;
class HeartbeatService;

/// The choices `alerta heartbeats --alert` takes on its command line (spec §7.2), plus the origin it sends.
struct HeartbeatAlertOptions
{
    /// `--severity` / HEARTBEAT_ALERT_SEVERITY: severity of HeartbeatFail and HeartbeatSlow alerts for heartbeats
    /// without a `severity` attribute. Checked by HeartbeatAlerts::validate().
    QString severity = QStringLiteral("major");
    /// `--timeout`, seconds: the alerts' timeout; none = ALERT_TIMEOUT, as the server gives an alert sent without one.
    std::optional<qint64> timeout;
    /// Origin of the alerts. Null = EngineConfig::defaultOrigin, `<program>/<host>` like the CLI's `alerta/<host>`.
    QString origin;
    /// `--purge`: after alerting, delete every heartbeat that was not `ok`.
    bool purge = false;
};

/// What one HeartbeatAlerts::run() did.
class AlertStore;

struct HeartbeatAlertReport
{
    /// One alert the engine stored.
    struct Sent
    {
        QString heartbeatId;
        QString origin; ///< the heartbeat's, i.e. the alert's resource
        Heartbeat::Status status = Heartbeat::Status::Ok;
        QString alertId; ///< the stored alert's id (a duplicate or correlation keeps the stored one's)
        AlertChangeSet::Kind kind = AlertChangeSet::Kind::Created;
    };

    Timestamp now = 0;  ///< the time statuses and values were computed for
    QList<Sent> sent;   ///< in heartbeat order (by origin)
    QStringList purged; ///< ids of the heartbeats deleted by `purge`
    QStringList errors; ///< `<origin>: <message>` for each alert the engine refused or heartbeat not deleted

    /// Heartbeats whose alert was stored with that status.
    int count(Heartbeat::Status status) const;
    /// Ids of the stored alerts, in heartbeat order.
    QStringList alertIds() const;
};

/// The conversion `alerta heartbeats --alert [--purge]` performs client side (spec §7.2), offered in the core so
/// that a server can raise and clear heartbeat alerts itself instead of relying on a cron job running the CLI.
///
/// Differences from the CLI, on purpose:
/// - run() converts every heartbeat, page after page; the CLI sends `GET /heartbeats` without paging and so only
///   sees the first DEFAULT_PAGE_SIZE (50).
/// - An alert the engine refuses (e.g. a `severity` attribute that is not in the severity map) is reported and the
///   other heartbeats still get theirs; the CLI stops at the first error.
/// - Alerts go straight to AlertEngine::receive as the process itself (Caller::internal()), not through
///   `POST /alert`: the pre-receive plugins (reject, blackout, ...) do not see them.
///
/// Thread-safe like the engine and the heartbeat service it uses.
class HeartbeatAlerts final
{
public:
    /// `heartbeats` and `engine` must outlive this object.
    HeartbeatAlerts(HeartbeatService &heartbeats, AlertEngine &engine);

    /// The CLI's check of `--severity` (spec §7.2 step 1), with its messages, as 400: the severity must not be a
    /// normal one (`normal`, `ok`, `cleared`, or any other of the map's normal level) and must be in the map.
    /// Also 400 `Invalid negative 'timeout' value (<n>)` for a negative timeout, as `POST /alert` would answer.
    static VoidResult validate(const HeartbeatAlertOptions &options, const SeverityMap &severities);

    /// The alert for one heartbeat as of `now` (spec §7.2 table), with a new id and createTime `now`:
    /// - event HeartbeatFail (`expired`), HeartbeatSlow (`slow`) or HeartbeatOK (`ok`), resource = origin,
    ///   correlate all three, type `heartbeatAlert`, customer = the heartbeat's;
    /// - environment, severity, service and group from the heartbeat's attributes of those names, else
    ///   `Production`, `options.severity`, [`Alerta`] and `System`; the OK alert always has the map's normal
    ///   severity, so that it closes a Fail or Slow alert by correlation (rule CLS-any);
    /// - a non-empty string is used as given; `service` may also be a list, whose non-empty strings are taken
    ///   (the heartbeat plugin stores a list, a sender may post a plain string). Any other value (null, number,
    ///   empty) means "not set": upstream would send it on and have the alert refused or stored malformed;
    /// - value: time since the last receipt as Python's str(timedelta) (`0:05:12`, `1 day, 2:03:04`) for Fail,
    ///   `<latency>ms` for Slow, "" for OK; text as the table;
    /// - tags = the heartbeat's, attributes = the heartbeat's minus the four keys above;
    /// - origin and timeout from `options`, defaulting to config.defaultOrigin and config.alertTimeout.
    /// Does not validate `options`: see validate().
    static Alert alertFor(const Heartbeat &heartbeat,
                          Timestamp now,
                          const HeartbeatAlertOptions &options,
                          const EngineConfig &config);

    /// A heartbeat attribute that steers its alert (`environment`, `severity`, `group`): a non-empty string, else
    /// `fallback`.
    static QString textAttribute(const QJsonObject &attributes, const QString &key, const QString &fallback);
    /// The `service` attribute as a list of non-empty strings (from a list or a single string), else `[Alerta]`.
    static QStringList serviceAttribute(const QJsonObject &attributes);

    /// Whole seconds as Python's str(timedelta(seconds=...)): `H:MM:SS`, prefixed by `<d> day, ` or
    /// `<d> days, ` from one day on (negative durations as Python: -1 s = `-1 day, 23:59:59`).
    static QString formatDuration(qint64 seconds);

    /// Lists every heartbeat (all customers, by origin), sends each one's alert through AlertEngine::receive as
    /// Caller::internal(), then with `options.purge` deletes those that were not `ok`. Fails with validate()'s
    /// 400 before doing anything, or with the list's error; refusals of single alerts go to the report's errors.
    Result<HeartbeatAlertReport> run(const HeartbeatAlertOptions &options = {});

private:
    Result<QList<Heartbeat>> listAll(Timestamp &now) const;

    HeartbeatService &m_heartbeats;
    AlertEngine &m_engine;
};

/// Runs HeartbeatAlerts::run() periodically, for a server that should raise and clear heartbeat alerts without
/// an outside cron job calling `alerta heartbeats --alert`. Like Housekeeper: runs go to a worker thread and never
/// pile up. Off by default (HEARTBEAT_ALERT_INTERVAL = 0): upstream servers leave this to the CLI, and a process
/// where a cron job already runs it must stay off, or every heartbeat would be alerted twice as often.
class HeartbeatAlerter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeartbeatAlerter)

public:
    /// Starts the timer unless `interval` (HEARTBEAT_ALERT_INTERVAL) is 0. `options.severity` is
    /// HEARTBEAT_ALERT_SEVERITY; check it with HeartbeatAlerts::validate() at start-up, since a run with a bad one
    /// only logs the 400. `heartbeats` and `engine` must outlive the alerter.
    HeartbeatAlerter(HeartbeatService &heartbeats,
                     AlertEngine &engine,
                     std::chrono::milliseconds interval = std::chrono::milliseconds(0),
                     HeartbeatAlertOptions options = {},
                     QObject *parent = nullptr);
    /// Waits for a run in progress, which uses the engine and the heartbeat service.
    ~HeartbeatAlerter() override;

    /// Time between runs; 0 switches periodic runs off, anything else (re)starts the timer.
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_timer.intervalAsDuration(); }
    /// True while periodic runs are on.
    bool isActive() const { return m_timer.isActive(); }
    const HeartbeatAlertOptions &options() const { return m_options; }

public Q_SLOTS:
    /// Starts one run now. Does nothing while the previous run is still in progress, so that runs do not pile up
    /// behind a slow store.
    void runNow();

Q_SIGNALS:
    /// A run completed (possibly with refused alerts in its errors). A run that failed as a whole is logged instead.
    void finished(const HeartbeatAlertReport &report);

private:
    void report();

    HeartbeatAlerts m_alerts;
    AlertStore &m_store;
    HeartbeatAlertOptions m_options;
    QTimer m_timer;
    QFutureWatcher<Result<HeartbeatAlertReport>> m_run;
    bool m_busy = false;
};
