// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/clock.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>
#include <QString>

#include <array>
#include <atomic>
#include <optional>

/// The three kinds of metric of spec §8; switches are rendered next to them but are not metrics.
enum class MetricType { Gauge, Counter, Timer };

/// `gauge`, `counter` or `timer`: the `type` of the status JSON and of the shared `metrics` table (spec §10).
QLatin1StringView metricTypeName(MetricType type);
/// The inverse of metricTypeName, for rows read back from the shared table; nullopt for anything else.
std::optional<MetricType> metricTypeFromName(QStringView name);

/// Every metric of spec §8, in the order the status lists them: the gauge, the counters, then the timers.
enum class Metric {
    TotalAlerts, ///< gauge `alerts.total`, never counted here: the caller passes the count of alerts when rendering
    Rejected,    ///< counter `alerts.rejected`
    RateLimited, ///< counter `alerts.ratelimited`
    Blackout,    ///< counter `alerts.blackout`
    Received,    ///< timer `alerts.received`
    Queries,     ///< timer `alerts.queries`
    Status,      ///< timer `alerts.status`
    Tagged,      ///< timer `alerts.tagged`
    Untagged,    ///< timer `alerts.untagged`
    Attributes,  ///< timer `alerts.attributes`
    Deleted,     ///< timer `alerts.deleted`
    Counts,      ///< timer `alerts.counts`
};
inline constexpr int MetricCount = static_cast<int>(Metric::Counts) + 1;

/// A row of spec §8's table. The groups and names are plain identifiers, valid in Prometheus names as they are.
struct MetricInfo
{
    Metric metric;
    MetricType type;
    QLatin1StringView group;
    QLatin1StringView name;
    QLatin1StringView title;
    QLatin1StringView description;
};

/// The value of one counter or timer: a local snapshot, a delta for the shared table, or a sum read back from it.
/// Counters leave totalTimeMs at 0.
struct MetricValue
{
    QString group;
    QString name;
    MetricType type = MetricType::Counter;
    qint64 count = 0;
    qint64 totalTimeMs = 0;

    static MetricValue of(Metric metric, qint64 count, qint64 totalTimeMs = 0);
    bool operator==(const MetricValue &) const = default;
};

/// The in-process counters and timers of spec §8, written from the request threads where the work happens.
///
/// Recording is a relaxed atomic add on a slot of its own cache line: no lock, no allocation, so it can sit on the
/// receive path. Upstream keeps metrics in a `metrics` table shared by all server processes; to do the same, a flusher
/// adds takeDeltas() to that table and the HTTP layer renders the table's sums. A single process can render
/// snapshot() instead. One instance per server, shared by reference; not copyable.
class Metrics final
{
public:
    class Timer;

    Metrics() = default;
    Q_DISABLE_COPY_MOVE(Metrics)

    /// The §8 row of `metric`.
    static const MetricInfo &info(Metric metric);
    /// The metric named `group`.`name`, if §8 has one.
    static std::optional<Metric> find(QStringView group, QStringView name);

    /// Adds `n` to a counter.
    void increment(Metric counter, qint64 n = 1);
    /// Adds `count` completed calls that took `elapsedNs` nanoseconds in all to a timer. Kept in nanoseconds so that
    /// many sub-millisecond calls still add up to the right number of milliseconds.
    void record(Metric timer, qint64 count, qint64 elapsedNs);
    /// Starts timing one call of a handler; see Timer.
    Timer startTimer(Metric timer);

    /// The counters and timers used since construction or the last takeDeltas(), in §8 order, totalTimeMs rounded
    /// down. Metrics with nothing to show (count and whole ms 0) are left out: they "appear only after first use".
    QList<MetricValue> snapshot() const;
    /// What changed since the last call, for a flusher to add to the shared table, in §8 order; empty when nothing did.
    /// The counts are reset and the whole milliseconds taken out atomically, so increments made meanwhile are never
    /// lost: they land in this delta or the next. Sub-millisecond remainders stay until they add up to a millisecond.
    QList<MetricValue> takeDeltas();

private:
    /// 64 bytes = a cache line on x86-64 and most ARM cores: threads counting different metrics do not contend.
    struct alignas(64) Slot
    {
        std::atomic<qint64> count{0};
        std::atomic<qint64> elapsedNs{0};
    };
    std::array<Slot, MetricCount> m_slots;
};

/// Times one call of a handler: `auto t = metrics.startTimer(Metric::Received); ...; t.succeeded();`.
/// As upstream, a timer only counts calls that complete: a Timer destroyed without succeeded() records nothing, so an
/// early error return needs no extra code.
class Metrics::Timer
{
public:
    Timer(Timer &&other) noexcept;
    Timer &operator=(Timer &&) = delete;
    Q_DISABLE_COPY(Timer)
    ~Timer() = default;

    /// Records the time since startTimer() for `count` calls (upstream counts one per request). Only the first call
    /// records.
    void succeeded(qint64 count = 1);

private:
    friend class Metrics;
    Timer(Metrics *metrics, Metric metric);

    Metrics *m_metrics;
    Metric m_metric;
    QElapsedTimer m_elapsed;
};

/// A server switch (spec §8, §4.11), shown by `/management/status` after the metrics.
struct Switch
{
    QString name;
    QString title;
    QString description;
    bool on = true;

    /// `auto-refresh-allow`: whether consoles may auto-refresh alerts.
    static Switch autoRefreshAllow(bool on);
    /// `sender-api-allow`: whether alerts may be submitted via the API (not enforced by upstream's receive path).
    static Switch senderApiAllow(bool on);
};

/// The bodies of `/management/status` and `/management/metrics` (spec §8), from values that the caller took from
/// Metrics::snapshot() or from the shared table. Values of metrics §8 does not list are left out; values of the same
/// metric are added up, so local and shared lists may be concatenated. Timers with count 0 are never rendered
/// (clients divide by the count). The `alerts.total` gauge is always rendered, from `totalAlerts`.
namespace MetricsReport {

/// `{application: "alerta", version, time, uptime, metrics}`: gauge, counters, timers, then `switches` in the order
/// given. `version` is the SERVER_VERSION form; a null string renders as JSON null. `now` and `uptimeMs` in ms.
QJsonObject statusJson(const QList<MetricValue> &metrics,
                       qint64 totalAlerts,
                       const QString &version,
                       Timestamp now,
                       qint64 uptimeMs,
                       const QList<Switch> &switches);

/// Prometheus text format 0.0.4 (`text/plain; version=0.0.4`): gauge `alerta_<group>_<name>`, counters
/// `alerta_<group>_<name>_total`, timers as summaries `alerta_<group>_<name>_count` and `_sum` (ms), then counter
/// `alerta_uptime_msecs`. Each family has one `# HELP` and one `# TYPE` line before its samples. Unlike upstream,
/// whose counter HELP/TYPE lines name `alerta_<group>_<name>` while the sample is `..._total`, the lines name the
/// sample, as 0.0.4 parsers require to type it; the sample names are upstream's. Switches are not exported.
QByteArray prometheusText(const QList<MetricValue> &metrics, qint64 totalAlerts, qint64 uptimeMs);

} // namespace MetricsReport
