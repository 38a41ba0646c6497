// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/metricsstore.h"

#include "core/alertstore.h"
#include "core/sqldialect.h"

MetricsStore::MetricsStore(std::shared_ptr<AlertStore> store, Metrics &metrics)
    : m_store(std::move(store))
    , m_metrics(metrics)
{}

VoidResult MetricsStore::flush()
{
    const QList<MetricValue> deltas = m_metrics.takeDeltas();
    if (deltas.isEmpty())
        return Ok{};
    const VoidResult written =
        m_store
            ->write<Ok>([deltas](AlertTransaction &tx) -> VoidResult {
                SqlSession &sql = tx.sql();
                // ON CONFLICT ... DO UPDATE is understood by SQLite (3.24+) and PostgreSQL alike: one statement
                // that adds to the row, concurrent with other processes doing the same.
                const QString upsert = QStringLiteral(
                    "INSERT INTO metrics (\"group\", name, type, count, total_time) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT (\"group\", name) DO UPDATE SET count = metrics.count + excluded.count, "
                    "total_time = metrics.total_time + excluded.total_time");
                for (const MetricValue &d : deltas)
                    sql.execute(upsert,
                                {d.group, d.name, QString(metricTypeName(d.type)), d.count, d.totalTimeMs},
                                SqlSession::Reuse::Cached);
                return Ok{};
            })
            .result();
    if (!written) {
        for (const MetricValue &d : deltas) {
            if (const std::optional<Metric> metric = Metrics::find(d.group, d.name)) {
                if (d.type == MetricType::Counter)
                    m_metrics.increment(*metric, d.count);
                else
                    m_metrics.record(*metric, d.count, d.totalTimeMs * 1000000);
            }
        }
    }
    return written;
}

Result<QList<MetricValue>> MetricsStore::totals()
{
    if (const VoidResult flushed = flush(); !flushed)
        return flushed.error();
    QList<QVariantList> rows;
    m_store->read([&](AlertReader &reader) {
        rows = reader.sql().select(QStringLiteral("SELECT \"group\", name, type, count, total_time FROM metrics"));
    });
    QList<MetricValue> values;
    for (const QVariantList &row : std::as_const(rows)) {
        const std::optional<MetricType> type = metricTypeFromName(row.at(2).toString());
        if (!type)
            continue;
        values.append(MetricValue{row.at(0).toString(),
                                  row.at(1).toString(),
                                  *type,
                                  row.at(3).toLongLong(),
                                  row.at(4).toLongLong()});
    }
    // The spec's order: the table's, which Metrics::find knows.
    std::sort(values.begin(), values.end(), [](const MetricValue &a, const MetricValue &b) {
        const auto rank = [](const MetricValue &v) {
            const std::optional<Metric> m = Metrics::find(v.group, v.name);
            return m ? static_cast<int>(*m) : MetricCount;
        };
        return rank(a) < rank(b);
    });
    return values;
}
