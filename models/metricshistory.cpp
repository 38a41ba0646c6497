// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "models/metricshistory.h"

#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>

MetricsHistory::MetricsHistory(qint64 maxAgeMs)
    : m_maxAgeMs(maxAgeMs)
{}

QString MetricsHistory::metricName(const QJsonObject &metric)
{
    return metric.value(QLatin1StringView("group")).toString() + u'.'
        + metric.value(QLatin1StringView("name")).toString();
}

MetricsHistory::Snapshot MetricsHistory::snapshotOf(const QJsonObject &status, qint64 timeMs)
{
    Snapshot snapshot;
    snapshot.time = timeMs;
    if (const QJsonValue uptime = status.value(QLatin1StringView("uptime")); uptime.isDouble())
        snapshot.uptime = static_cast<qint64>(uptime.toDouble());
    for (const QJsonValue &value : status.value(QLatin1StringView("metrics")).toArray()) {
        const QJsonObject metric = value.toObject();
        const QString type = metric.value(QLatin1StringView("type")).toString();
        if (type != QLatin1StringView("counter") && type != QLatin1StringView("timer"))
            continue;
        snapshot.totals.insert(metricName(metric),
                               Totals{static_cast<qint64>(metric.value(QLatin1StringView("count")).toDouble()),
                                      metric.value(QLatin1StringView("totalTime")).toDouble(),
                                      type == QLatin1StringView("timer")});
    }
    return snapshot;
}

void MetricsHistory::add(const QJsonObject &status, qint64 timeMs)
{
    if (m_previous && timeMs <= m_previous->time)
        return;
    ++m_snapshots;

    for (const QJsonValue &value : status.value(QLatin1StringView("metrics")).toArray()) {
        const QJsonObject metric = value.toObject();
        if (metric.value(QLatin1StringView("type")).toString() == QLatin1StringView("gauge"))
            append(m_gauges, metricName(metric), Point{timeMs, metric.value(QLatin1StringView("value")).toDouble()});
    }

    Snapshot current = snapshotOf(status, timeMs);
    if (m_previous) {
        const bool restarted = current.uptime && m_previous->uptime && *current.uptime < *m_previous->uptime;
        const double seconds = static_cast<double>(timeMs - m_previous->time) / 1000.0;
        for (auto it = current.totals.cbegin(); !restarted && it != current.totals.cend(); ++it) {
            // Listed only after first use: absent before means nothing had happened yet.
            const Totals before = m_previous->totals.value(it.key());
            const qint64 events = it->count - before.count;
            if (events < 0)
                continue; // the total went backwards: a restart, not negative traffic
            append(m_rates, it.key(), Point{timeMs, static_cast<double>(events) / seconds});
            const double spent = it->totalTime - before.totalTime;
            if (it->timer && events > 0 && spent >= 0)
                append(m_averages, it.key(), Point{timeMs, spent / static_cast<double>(events)});
        }
    }
    m_previous = std::move(current);
    dropOld(timeMs);
}

void MetricsHistory::clear()
{
    m_previous.reset();
    m_snapshots = 0;
    m_rates.clear();
    m_averages.clear();
    m_gauges.clear();
}

void MetricsHistory::append(QHash<QString, QList<Point>> &series, const QString &metric, Point point)
{
    series[metric].append(point);
}

void MetricsHistory::dropOld(qint64 newest)
{
    const qint64 oldest = newest - m_maxAgeMs;
    for (QHash<QString, QList<Point>> *all : {&m_rates, &m_averages, &m_gauges}) {
        for (QList<Point> &points : *all) {
            const auto keep =
                std::find_if(points.cbegin(), points.cend(), [oldest](const Point &p) { return p.time >= oldest; });
            points.erase(points.cbegin(), keep);
        }
    }
}
