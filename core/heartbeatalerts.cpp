// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/heartbeatalerts.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonValue>
#include <QLoggingCategory>
#include <QSet>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include "core/alertengine.h"
#include "core/alertjson.h"
#include "core/caller.h"
#include "core/heartbeatservice.h"
#include "core/logging.h"
#include "core/severitymap.h"

namespace {

const QString EventFail = QStringLiteral("HeartbeatFail");
const QString EventSlow = QStringLiteral("HeartbeatSlow");
const QString EventOk = QStringLiteral("HeartbeatOK");

const QString KeyEnvironment = QStringLiteral("environment");
const QString KeySeverity = QStringLiteral("severity");
const QString KeyService = QStringLiteral("service");
const QString KeyGroup = QStringLiteral("group");

// In-process, so a large page costs nothing over the network; any size gives the same result.
constexpr int ListPageSize = 500;

} // namespace

int HeartbeatAlertReport::count(Heartbeat::Status status) const
{
    return static_cast<int>(
        std::count_if(sent.cbegin(), sent.cend(), [status](const Sent &s) { return s.status == status; }));
}

QStringList HeartbeatAlertReport::alertIds() const
{
    QStringList ids;
    ids.reserve(sent.size());
    for (const Sent &s : sent)
        ids.append(s.alertId);
    return ids;
}

HeartbeatAlerts::HeartbeatAlerts(HeartbeatService &heartbeats, AlertEngine &engine)
    : m_heartbeats(heartbeats)
    , m_engine(engine)
{}

VoidResult HeartbeatAlerts::validate(const HeartbeatAlertOptions &options, const SeverityMap &severities)
{
    const QString &severity = options.severity;
    // The CLI names these three whatever the map says; a custom map's other normal-level severities would make
    // the Fail alert close itself just the same, so they are refused too.
    QStringList normal{QStringLiteral("normal"), QStringLiteral("ok"), QStringLiteral("cleared")};
    for (const auto &[name, level] : severities.levels()) {
        Q_UNUSED(level)
        if (severities.isNormal(name) && !normal.contains(name))
            normal.append(name);
    }
    if (normal.contains(severity)) {
        return ApiError::badRequest(QStringLiteral("Must be a non-normal severity. \"%1\" is one of %2")
                                        .arg(severity, normal.join(QStringLiteral(", "))));
    }
    if (!severities.contains(severity)) {
        QStringList known;
        for (const auto &[name, level] : severities.levels()) {
            Q_UNUSED(level)
            known.append(name);
        }
        return ApiError::badRequest(QStringLiteral("Must be a valid severity. \"%1\" is not one of %2")
                                        .arg(severity, known.join(QStringLiteral(", "))));
    }
    if (options.timeout) {
        if (std::optional<ApiError> error = AlertJson::checkSeconds(QLatin1StringView("timeout"), *options.timeout))
            return *error;
    }
    return Ok{};
}

QString HeartbeatAlerts::textAttribute(const QJsonObject &attributes, const QString &key, const QString &fallback)
{
    const QJsonValue value = attributes.value(key);
    return value.isString() && !value.toString().isEmpty() ? value.toString() : fallback;
}

QStringList HeartbeatAlerts::serviceAttribute(const QJsonObject &attributes)
{
    const QJsonValue value = attributes.value(KeyService);
    QStringList services;
    const auto take = [&services](const QJsonValue &v) {
        if (v.isString() && !v.toString().isEmpty())
            services.append(v.toString());
    };
    if (value.isArray()) {
        const QJsonArray list = value.toArray();
        for (const QJsonValue &v : list)
            take(v);
    } else {
        take(value);
    }
    return services.isEmpty() ? QStringList{QStringLiteral("Alerta")} : services;
}

QString HeartbeatAlerts::formatDuration(qint64 seconds)
{
    // Python keeps 0 <= seconds-of-day < 86400 and puts the sign on the days.
    qint64 days = seconds / 86400;
    qint64 rest = seconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    const QString clock = QStringLiteral("%1:%2:%3")
                              .arg(rest / 3600)
                              .arg(rest / 60 % 60, 2, 10, QLatin1Char('0'))
                              .arg(rest % 60, 2, 10, QLatin1Char('0'));
    if (days == 0)
        return clock;
    return QStringLiteral("%1 %2, %3")
        .arg(QString::number(days), qAbs(days) == 1 ? QStringLiteral("day") : QStringLiteral("days"), clock);
}

Alert HeartbeatAlerts::alertFor(const Heartbeat &heartbeat,
                                Timestamp now,
                                const HeartbeatAlertOptions &options,
                                const EngineConfig &config)
{
    const Heartbeat::Status status = heartbeat.status(now);
    Alert alert;
    alert.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    alert.resource = heartbeat.origin;
    alert.environment = textAttribute(heartbeat.attributes, KeyEnvironment, QStringLiteral("Production"));
    alert.severity = textAttribute(heartbeat.attributes, KeySeverity, options.severity);
    alert.correlate = QStringList{EventFail, EventSlow, EventOk};
    alert.status = AlertStatus::Open;
    alert.service = serviceAttribute(heartbeat.attributes);
    alert.group = textAttribute(heartbeat.attributes, KeyGroup, QStringLiteral("System"));
    switch (status) {
    case Heartbeat::Status::Expired:
        alert.event = EventFail;
        alert.value = formatDuration(heartbeat.since(now));
        alert.text = QStringLiteral("Heartbeat not received in %1 seconds").arg(heartbeat.timeout);
        break;
    case Heartbeat::Status::Slow:
        alert.event = EventSlow;
        alert.value = QString::number(heartbeat.latency()) + QStringLiteral("ms");
        alert.text = QStringLiteral("Heartbeat took more than %1ms to be processed").arg(heartbeat.maxLatency);
        break;
    case Heartbeat::Status::Ok:
        alert.event = EventOk;
        alert.severity = config.severities.normalSeverity();
        alert.value = QStringLiteral("");
        alert.text = QStringLiteral("Heartbeat OK");
        break;
    }
    alert.tags = heartbeat.tags;
    alert.attributes = heartbeat.attributes;
    for (const QString &key : {KeyEnvironment, KeySeverity, KeyService, KeyGroup})
        alert.attributes.remove(key);
    alert.origin = options.origin.isNull() ? config.defaultOrigin : options.origin;
    alert.type = QStringLiteral("heartbeatAlert");
    alert.createTime = now;
    alert.timeout = options.timeout.value_or(config.alertTimeout);
    alert.customer = heartbeat.customer;
    return alert;
}

Result<QList<Heartbeat>> HeartbeatAlerts::listAll(Timestamp &now) const
{
    QList<Heartbeat> all;
    QSet<QString> seen;
    for (int page = 1;; ++page) {
        const QueryParams params{{QStringLiteral("sort-by"), QStringLiteral("origin")},
                                 {QStringLiteral("page"), QString::number(page)},
                                 {QStringLiteral("page-size"), QString::number(ListPageSize)}};
        const Result<HeartbeatPage> result = m_heartbeats.list(params, Caller::internal());
        if (!result) {
            // Heartbeats deleted between two pages can make the next one out of range: the list is complete.
            if (page > 1 && result.error().code == 416)
                break;
            return result.error();
        }
        if (page == 1)
            now = result->now;
        // A heartbeat inserted meanwhile shifts the rows: one may come twice.
        for (const Heartbeat &h : result->heartbeats) {
            if (!seen.contains(h.id)) {
                seen.insert(h.id);
                all.append(h);
            }
        }
        if (!result->more)
            break;
    }
    return all;
}

Result<HeartbeatAlertReport> HeartbeatAlerts::run(const HeartbeatAlertOptions &options)
{
    const EngineConfig &config = m_engine.config();
    if (const VoidResult valid = validate(options, config.severities); !valid)
        return valid.error();

    HeartbeatAlertReport report;
    const Result<QList<Heartbeat>> heartbeats = listAll(report.now);
    if (!heartbeats)
        return heartbeats.error();

    const Caller caller = Caller::internal();
    QList<const Heartbeat *> notOk;
    for (const Heartbeat &h : *heartbeats) {
        const Heartbeat::Status status = h.status(report.now);
        if (status != Heartbeat::Status::Ok)
            notOk.append(&h);
        const Result<ReceiveResult> received = m_engine.receive(alertFor(h, report.now, options, config), caller);
        if (!received) {
            report.errors.append(h.origin + QStringLiteral(": ") + received.error().message);
            continue;
        }
        report.sent.append({h.id, h.origin, status, received->alert.id, received->kind});
    }

    // After the alerts, as the CLI (which lists once, then deletes and alerts from that list): a purged heartbeat
    // still gets its HeartbeatFail first.
    if (options.purge) {
        for (const Heartbeat *h : std::as_const(notOk)) {
            const VoidResult removed = m_heartbeats.remove(h->id, caller);
            if (removed)
                report.purged.append(h->id);
            else if (removed.error().code != 404) // already gone: what purge wanted
                report.errors.append(h->origin + QStringLiteral(": ") + removed.error().message);
        }
    }
    return report;
}

HeartbeatAlerter::HeartbeatAlerter(HeartbeatService &heartbeats,
                                   AlertEngine &engine,
                                   std::chrono::milliseconds interval,
                                   HeartbeatAlertOptions options,
                                   QObject *parent)
    : QObject(parent)
    , m_alerts(heartbeats, engine)
    , m_store(engine.store())
    , m_options(std::move(options))
{
    connect(&m_timer, &QTimer::timeout, this, &HeartbeatAlerter::runNow);
    connect(&m_run, &QFutureWatcherBase::finished, this, &HeartbeatAlerter::report);
    setInterval(interval);
}

HeartbeatAlerter::~HeartbeatAlerter()
{
    m_run.waitForFinished();
}

void HeartbeatAlerter::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
    if (interval.count() > 0)
        m_timer.start();
    else
        m_timer.stop();
}

void HeartbeatAlerter::runNow()
{
    // Busy until report(), not merely until the future finishes: a new future set before the watcher reported
    // the last one would drop that report.
    if (m_busy) {
        qCDebug(lcHeartbeatAlerts) << "previous run still in progress, skipping this one";
        return;
    }
    m_busy = true;
    // Every server instance on a shared database has this timer; one of them at a time does the work.
    m_run.setFuture(QtConcurrent::run([alerts = &m_alerts, store = &m_store, options = m_options] {
        return resultOrInternalError<HeartbeatAlertReport>([&] {
            return store->exclusively<Result<HeartbeatAlertReport>>(
                QStringLiteral("heartbeat-alerts"),
                [alerts, &options] { return alerts->run(options); },
                HeartbeatAlertReport{});
        });
    }));
}

void HeartbeatAlerter::report()
{
    m_busy = false;
    const Result<HeartbeatAlertReport> result = m_run.result();
    if (!result) {
        qCWarning(lcHeartbeatAlerts) << "heartbeat alerts failed:" << result.error().message;
        return;
    }
    for (const QString &error : result->errors)
        qCWarning(lcHeartbeatAlerts) << "heartbeat alert refused:" << error;
    const int failing = result->count(Heartbeat::Status::Expired) + result->count(Heartbeat::Status::Slow);
    // Quiet while every heartbeat is fine, which is most runs.
    if (failing > 0 || !result->purged.isEmpty()) {
        qCInfo(lcHeartbeatAlerts) << "expired" << result->count(Heartbeat::Status::Expired) << "slow"
                                  << result->count(Heartbeat::Status::Slow) << "ok"
                                  << result->count(Heartbeat::Status::Ok) << "purged" << result->purged.size();
    } else {
        qCDebug(lcHeartbeatAlerts) << "all" << result->sent.size() << "heartbeats ok";
    }
    Q_EMIT finished(*result);
}
