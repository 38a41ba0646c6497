// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/metrics.h"
#include "core/result.h"

#include <QList>

#include <memory>

class AlertStore;

/// The `metrics` table that every server process sharing a database adds its counts to (spec §8), so that
/// `/management/status` on any instance shows the totals of all of them, and counts survive restarts as upstream's
/// do.
class MetricsStore final
{
    Q_DISABLE_COPY_MOVE(MetricsStore)

public:
    MetricsStore(std::shared_ptr<AlertStore> store, Metrics &metrics);

    /// Adds what `metrics` counted since the last flush to the table, in one durable write. Counts taken out of
    /// `metrics` are put back if the write fails, so none is lost.
    VoidResult flush();
    /// Flushes, then the table's totals (every process's), in the order of spec §8.
    Result<QList<MetricValue>> totals();

private:
    std::shared_ptr<AlertStore> m_store;
    Metrics &m_metrics;
};
