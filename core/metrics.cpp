// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/metrics.h"

#include <QJsonArray>

#include <utility>

namespace {

using L1 = QLatin1StringView;

constexpr qint64 NsPerMs = 1'000'000;

/// Spec §8's table, indexed by Metric. The strings are upstream's, byte for byte: clients show them.
constexpr std::array<MetricInfo, MetricCount> Table = {{
    {Metric::TotalAlerts,
     MetricType::Gauge,
     L1("alerts"),
     L1("total"),
     L1("Total alerts"),
     L1("Total number of alerts in the database")},
    {Metric::Rejected,
     MetricType::Counter,
     L1("alerts"),
     L1("rejected"),
     L1("Rejected alerts"),
     L1("Total number of alerts rejected by policy")},
    {Metric::RateLimited,
     MetricType::Counter,
     L1("alerts"),
     L1("ratelimited"),
     L1("Rate-limited alerts"),
     L1("Total number of alerts rejected by rate limit")},
    {Metric::Blackout,
     MetricType::Counter,
     L1("alerts"),
     L1("blackout"),
     L1("Blackout alerts"),
     L1("Total number of alerts suppressed by blackout period")},
    {Metric::Received,
     MetricType::Timer,
     L1("alerts"),
     L1("received"),
     L1("Received alerts"),
     L1("Total time and number of received alerts")},
    {Metric::Queries,
     MetricType::Timer,
     L1("alerts"),
     L1("queries"),
     L1("Alert queries"),
     L1("Total time and number of alert queries")},
    {Metric::Status,
     MetricType::Timer,
     L1("alerts"),
     L1("status"),
     L1("Alert status change"),
     L1("Total time and number of alerts with status changed")},
    {Metric::Tagged,
     MetricType::Timer,
     L1("alerts"),
     L1("tagged"),
     L1("Tagging alerts"),
     L1("Total time to tag number of alerts")},
    {Metric::Untagged,
     MetricType::Timer,
     L1("alerts"),
     L1("untagged"),
     L1("Removing tags from alerts"),
     L1("Total time to un-tag and number of alerts")},
    {Metric::Attributes,
     MetricType::Timer,
     L1("alerts"),
     L1("attributes"),
     L1("Alert attributes change"),
     L1("Total time and number of alerts with attributes changed")},
    {Metric::Deleted,
     MetricType::Timer,
     L1("alerts"),
     L1("deleted"),
     L1("Deleted alerts"),
     L1("Total time and number of deleted alerts")},
    {Metric::Counts,
     MetricType::Timer,
     L1("alerts"),
     L1("counts"),
     L1("Count alerts"),
     L1("Total time and number of count queries")},
}};

constexpr bool tableIsIndexedByMetric()
{
    for (int i = 0; i < MetricCount; ++i) {
        if (static_cast<int>(Table[static_cast<std::size_t>(i)].metric) != i)
            return false;
    }
    return true;
}
static_assert(tableIsIndexedByMetric(), "Table rows must follow the order of enum Metric");

constexpr std::array<L1, 3> TypeNames = {L1("gauge"), L1("counter"), L1("timer")};

/// One line of a report: a §8 metric and its summed value (the gauge's value is in `count`).
struct Row
{
    const MetricInfo *info;
    qint64 count;
    qint64 totalTimeMs;
};

/// The rows to render, in §8 order: the gauge, then every counter and timer present in `values` (summed per metric),
/// without the timers that counted nothing.
QList<Row> reportRows(const QList<MetricValue> &values, qint64 totalAlerts)
{
    QList<Row> rows{{&Metrics::info(Metric::TotalAlerts), totalAlerts, 0}};
    for (const MetricInfo &info : Table) {
        if (info.type == MetricType::Gauge)
            continue;
        Row row{&info, 0, 0};
        bool present = false;
        for (const MetricValue &value : values) {
            if (value.type == info.type && value.group == info.group && value.name == info.name) {
                row.count += value.count;
                row.totalTimeMs += value.totalTimeMs;
                present = true;
            }
        }
        if (present && (info.type != MetricType::Timer || row.count > 0))
            rows.append(row);
    }
    return rows;
}

/// Appends `metric`'s value unless it is all zero: unused metrics and empty deltas are left out alike.
void appendNonZero(QList<MetricValue> &values, Metric metric, qint64 count, qint64 totalTimeMs)
{
    if (count != 0 || totalTimeMs != 0)
        values.append(MetricValue::of(metric, count, totalTimeMs));
}

QByteArray promName(const MetricInfo &info)
{
    return "alerta_" + QByteArray(info.group.data(), info.group.size()) + '_'
        + QByteArray(info.name.data(), info.name.size());
}

/// `# HELP` and `# TYPE` of one family. The descriptions hold no backslash or newline, so need no escaping.
void appendFamily(QByteArray &out, const QByteArray &family, L1 description, const char *type)
{
    out += "# HELP " + family + ' ' + QByteArray(description.data(), description.size()) + '\n';
    out += "# TYPE " + family + ' ' + type + '\n';
}

void appendSample(QByteArray &out, const QByteArray &name, qint64 value)
{
    out += name + ' ' + QByteArray::number(value) + '\n';
}

} // namespace

QLatin1StringView metricTypeName(MetricType type)
{
    return TypeNames[static_cast<std::size_t>(type)];
}

std::optional<MetricType> metricTypeFromName(QStringView name)
{
    for (std::size_t i = 0; i < TypeNames.size(); ++i) {
        if (name == TypeNames[i])
            return static_cast<MetricType>(i);
    }
    return std::nullopt;
}

MetricValue MetricValue::of(Metric metric, qint64 count, qint64 totalTimeMs)
{
    const MetricInfo &info = Metrics::info(metric);
    return {info.group, info.name, info.type, count, totalTimeMs};
}

const MetricInfo &Metrics::info(Metric metric)
{
    return Table[static_cast<std::size_t>(metric)];
}

std::optional<Metric> Metrics::find(QStringView group, QStringView name)
{
    for (const MetricInfo &info : Table) {
        if (group == info.group && name == info.name)
            return info.metric;
    }
    return std::nullopt;
}

void Metrics::increment(Metric counter, qint64 n)
{
    Q_ASSERT(info(counter).type == MetricType::Counter);
    m_slots[static_cast<std::size_t>(counter)].count.fetch_add(n, std::memory_order_relaxed);
}

void Metrics::record(Metric timer, qint64 count, qint64 elapsedNs)
{
    Q_ASSERT(info(timer).type == MetricType::Timer);
    Q_ASSERT(elapsedNs >= 0);
    Slot &slot = m_slots[static_cast<std::size_t>(timer)];
    slot.count.fetch_add(count, std::memory_order_relaxed);
    slot.elapsedNs.fetch_add(elapsedNs, std::memory_order_relaxed);
}

Metrics::Timer Metrics::startTimer(Metric timer)
{
    Q_ASSERT(info(timer).type == MetricType::Timer);
    return Timer(this, timer);
}

QList<MetricValue> Metrics::snapshot() const
{
    QList<MetricValue> values;
    for (const MetricInfo &info : Table) {
        const Slot &slot = m_slots[static_cast<std::size_t>(info.metric)];
        appendNonZero(values,
                      info.metric,
                      slot.count.load(std::memory_order_relaxed),
                      slot.elapsedNs.load(std::memory_order_relaxed) / NsPerMs);
    }
    return values;
}

QList<MetricValue> Metrics::takeDeltas()
{
    QList<MetricValue> deltas;
    for (const MetricInfo &info : Table) {
        Slot &slot = m_slots[static_cast<std::size_t>(info.metric)];
        const qint64 count = slot.count.exchange(0, std::memory_order_relaxed);
        // Take out whole milliseconds only; a compare-exchange because record() may add in between.
        qint64 elapsedNs = slot.elapsedNs.load(std::memory_order_relaxed);
        while (!slot.elapsedNs.compare_exchange_weak(elapsedNs, elapsedNs % NsPerMs, std::memory_order_relaxed)) {
        }
        appendNonZero(deltas, info.metric, count, elapsedNs / NsPerMs);
    }
    return deltas;
}

Metrics::Timer::Timer(Metrics *metrics, Metric metric)
    : m_metrics(metrics)
    , m_metric(metric)
{
    m_elapsed.start();
}

Metrics::Timer::Timer(Timer &&other) noexcept
    : m_metrics(std::exchange(other.m_metrics, nullptr))
    , m_metric(other.m_metric)
    , m_elapsed(other.m_elapsed)
{}

void Metrics::Timer::succeeded(qint64 count)
{
    if (m_metrics)
        std::exchange(m_metrics, nullptr)->record(m_metric, count, m_elapsed.nsecsElapsed());
}

Switch Switch::autoRefreshAllow(bool on)
{
    return {QStringLiteral("auto-refresh-allow"),
            QStringLiteral("Alerta console auto-refresh"),
            QStringLiteral("Allow consoles to auto-refresh alerts"),
            on};
}

Switch Switch::senderApiAllow(bool on)
{
    return {QStringLiteral("sender-api-allow"),
            QStringLiteral("API alert submission"),
            QStringLiteral("Allow alerts to be submitted via the API"),
            on};
}

namespace MetricsReport {

QJsonObject statusJson(const QList<MetricValue> &metrics,
                       qint64 totalAlerts,
                       const QString &version,
                       Timestamp now,
                       qint64 uptimeMs,
                       const QList<Switch> &switches)
{
    QJsonArray list;
    for (const Row &row : reportRows(metrics, totalAlerts)) {
        QJsonObject object{
            {QStringLiteral("group"), QString(row.info->group)},
            {QStringLiteral("name"), QString(row.info->name)},
            {QStringLiteral("title"), QString(row.info->title)},
            {QStringLiteral("description"), QString(row.info->description)},
            {QStringLiteral("type"), QString(metricTypeName(row.info->type))},
        };
        if (row.info->type == MetricType::Gauge) {
            object.insert(QStringLiteral("value"), row.count);
        } else {
            object.insert(QStringLiteral("count"), row.count);
            if (row.info->type == MetricType::Timer)
                object.insert(QStringLiteral("totalTime"), row.totalTimeMs);
        }
        list.append(object);
    }
    for (const Switch &s : switches) {
        list.append(QJsonObject{
            {QStringLiteral("group"), QStringLiteral("switch")},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("description"), s.description},
            {QStringLiteral("value"), s.on ? QStringLiteral("ON") : QStringLiteral("OFF")},
        });
    }
    return {
        {QStringLiteral("application"), QStringLiteral("alerta")},
        {QStringLiteral("version"), version.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(version)},
        {QStringLiteral("time"), now},
        {QStringLiteral("uptime"), uptimeMs},
        {QStringLiteral("metrics"), list},
    };
}

QByteArray prometheusText(const QList<MetricValue> &metrics, qint64 totalAlerts, qint64 uptimeMs)
{
    QByteArray out;
    for (const Row &row : reportRows(metrics, totalAlerts)) {
        const QByteArray name = promName(*row.info);
        switch (row.info->type) {
        case MetricType::Gauge:
            appendFamily(out, name, row.info->description, "gauge");
            appendSample(out, name, row.count);
            break;
        case MetricType::Counter:
            appendFamily(out, name + "_total", row.info->description, "counter");
            appendSample(out, name + "_total", row.count);
            break;
        case MetricType::Timer:
            appendFamily(out, name, row.info->description, "summary");
            appendSample(out, name + "_count", row.count);
            appendSample(out, name + "_sum", row.totalTimeMs);
            break;
        }
    }
    const QByteArray uptime = "alerta_uptime_msecs";
    appendFamily(out, uptime, L1("milliseconds since app has started"), "counter");
    appendSample(out, uptime, uptimeMs);
    return out;
}

} // namespace MetricsReport
