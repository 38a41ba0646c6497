// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alert.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <deque>

class AlertTableModel;

/// Hands a backend's list to an AlertTableModel without ever blocking the GUI thread for long: changes are applied
/// in slices, and a slice that has used up the time budget leaves the rest for the next turn of the event loop, so
/// input, paints and timers get their turn in between. A storm therefore shows up over a few frames instead of
/// freezing one for as long as it takes.
///
/// Order is kept: every change is applied after those received before it; within a backend batch the upserts go
/// first, then the removals (AlertBackend::alertsChanged's contract). A reset drops what is still queued, since the
/// new snapshot already contains it.
class AlertChangeFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertChangeFeed)

public:
    explicit AlertChangeFeed(AlertTableModel &model, QObject *parent = nullptr);
    ~AlertChangeFeed() override;

    /// Time one turn may spend applying changes before it yields. Default 10 ms: with the repaint that follows
    /// (about 6 ms for a full table) a turn stays near one 60 Hz frame, and the 50-change batches of a steady
    /// 1,000 changes/s still go in one piece, which is cheaper than slicing them (bench/console measures both).
    void setBudget(std::chrono::microseconds budget) { m_budget = budget; }
    /// The most changes per applyChanges() call; fewer when the recent cost per change says the budget would not hold
    /// them. The budget is checked between calls. Default 256.
    void setSliceSize(int changes) { m_sliceSize = std::max(1, changes); }

    /// Batches of up to this many changes are applied in one piece (when they are the first of a turn); larger ones
    /// are sliced. Default 256.
    void setWholeBatch(int changes) { m_wholeBatch = changes; }

    /// Replaces the model's rows (AlertBackend::alertsReset).
    void reset(const QList<Alert> &alerts);
    /// Queues a batch (AlertBackend::alertsChanged) and applies as much of the queue as the budget allows now.
    void enqueue(const QList<Alert> &upserted, const QStringList &removedIds);
    /// Changes queued and not applied yet.
    qsizetype pending() const;

Q_SIGNALS:
    /// Some changes were applied to the model (for highlights and counters).
    void applied();

private:
    struct Batch
    {
        QList<Alert> upserted;
        QStringList removed;
        qsizetype nextUpsert = 0;
        qsizetype nextRemoval = 0;
    };

    void drain();

    AlertTableModel &m_model;
    std::deque<Batch> m_queue;
    QTimer m_resume; ///< the next turn, when the budget ran out with changes left
    std::chrono::microseconds m_budget{10000};
    int m_sliceSize = 256;
    int m_wholeBatch = 256;
    double m_nsPerChange = 50000; ///< recent cost of one change, ns (a moving average)
};
