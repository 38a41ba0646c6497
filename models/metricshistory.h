// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/// Time series made from successive `GET /management/status` answers (spec §8), for the charts of the About
/// dialog. The server only reports running totals; this turns them into what an operator watches:
/// - rate(): events per second of a counter or timer, from Δcount / Δtime between two snapshots;
/// - averageMs(): the mean duration of a timer's events within an interval, from ΔtotalTime / Δcount (no point
///   for an interval without events: an average of nothing is not 0 ms);
/// - gauge(): a gauge's value as reported (`alerts.total`).
///
/// The first snapshot only sets the baseline. A metric missing from the previous snapshot counts from 0 (the
/// server lists metrics only after their first use). A total that went backwards, or an uptime that did, means
/// the server restarted (or another server answered): that interval gives no point instead of a negative spike,
/// and the new totals are the next baseline.
///
/// Pure logic, no timers: the owner calls add() with each answer. Points older than maxAge() before the newest
/// snapshot are dropped.
class MetricsHistory
{
public:
    struct Point
    {
        qint64 time = 0; ///< ms since the Unix epoch (the snapshot's time)
        double value = 0;

        bool operator==(const Point &) const = default;
    };

    /// An hour of points at the About dialog's 5 s refresh is 720 per series.
    static constexpr qint64 DefaultMaxAgeMs = 3600 * 1000;

    explicit MetricsHistory(qint64 maxAgeMs = DefaultMaxAgeMs);

    /// Adds the status answer `status` taken at `timeMs` (ms since the epoch; the dialog passes the answer's own
    /// `time`). A snapshot not newer than the previous one is ignored.
    void add(const QJsonObject &status, qint64 timeMs);
    /// Forgets every snapshot and point.
    void clear();

    /// Events per second of the counter or timer `metric` ("alerts.received"), one point per interval.
    QList<Point> rate(const QString &metric) const { return m_rates.value(metric); }
    /// Average duration in ms of the timer `metric`'s events, one point per interval that had events.
    QList<Point> averageMs(const QString &metric) const { return m_averages.value(metric); }
    /// The gauge `metric`'s values, one point per snapshot.
    QList<Point> gauge(const QString &metric) const { return m_gauges.value(metric); }

    /// How many snapshots were added (since construction or clear()).
    int snapshotCount() const { return m_snapshots; }
    qint64 maxAge() const { return m_maxAgeMs; }

    /// "group.name" of a metric object of the status answer.
    static QString metricName(const QJsonObject &metric);

private:
    struct Totals
    {
        qint64 count = 0;
        double totalTime = 0; ///< ms; timers only
        bool timer = false;
    };
    struct Snapshot
    {
        qint64 time = 0;
        std::optional<qint64> uptime;
        QHash<QString, Totals> totals; ///< counters and timers by name
    };

    static Snapshot snapshotOf(const QJsonObject &status, qint64 timeMs);
    void append(QHash<QString, QList<Point>> &series, const QString &metric, Point point);
    void dropOld(qint64 newest);

    qint64 m_maxAgeMs;
    std::optional<Snapshot> m_previous;
    int m_snapshots = 0;
    QHash<QString, QList<Point>> m_rates;
    QHash<QString, QList<Point>> m_averages;
    QHash<QString, QList<Point>> m_gauges;
};
