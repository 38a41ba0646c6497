// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "models/alertchangefeed.h"

#include <QElapsedTimer>

#include "models/alerttablemodel.h"

AlertChangeFeed::AlertChangeFeed(AlertTableModel &model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    m_resume.setSingleShot(true);
    m_resume.setInterval(0);
    connect(&m_resume, &QTimer::timeout, this, &AlertChangeFeed::drain);
}

AlertChangeFeed::~AlertChangeFeed() = default;

void AlertChangeFeed::reset(const QList<Alert> &alerts)
{
    m_queue.clear();
    m_resume.stop();
    m_model.resetAlerts(alerts);
}

void AlertChangeFeed::enqueue(const QList<Alert> &upserted, const QStringList &removedIds)
{
    if (upserted.isEmpty() && removedIds.isEmpty())
        return;
    m_queue.push_back(Batch{upserted, removedIds});
    // With a backlog, the queued turn comes first: applying now would jump ahead of older changes.
    if (!m_resume.isActive())
        drain();
}

qsizetype AlertChangeFeed::pending() const
{
    qsizetype count = 0;
    for (const Batch &batch : m_queue)
        count += batch.upserted.size() - batch.nextUpsert + batch.removed.size() - batch.nextRemoval;
    return count;
}

void AlertChangeFeed::drain()
{
    QElapsedTimer spent;
    spent.start();
    const qint64 budgetNs = std::chrono::nanoseconds(m_budget).count();
    bool appliedAny = false;
    while (!m_queue.empty() && (!appliedAny || spent.nsecsElapsed() < budgetNs)) {
        Batch &batch = m_queue.front();
        // As many changes as the rest of the budget holds at the recent cost per change: removals and moves under a
        // sorted proxy cost far more than in-place updates, so a fixed count would overrun the budget in a storm.
        const qint64 left = std::max<qint64>(budgetNs - spent.nsecsElapsed(), budgetNs / 4);
        const qsizetype size = batch.upserted.size() + batch.removed.size();
        const bool untouched = batch.nextUpsert == 0 && batch.nextRemoval == 0;
        // An ordinary batch goes in one piece, as the backend sent it: slicing it would only add turns, layout passes
        // and repaints (measured: a longer worst stall at 1,000 changes/s). Storms and resync differences are sliced.
        const auto fit = untouched && size <= m_wholeBatch
            ? size
            : static_cast<qsizetype>(std::clamp<double>(double(left) / m_nsPerChange, 1, m_sliceSize));
        // One slice: the batch's next upserts, then (once those are done) its next removals.
        const qsizetype upserts = std::min<qsizetype>(fit, batch.upserted.size() - batch.nextUpsert);
        const qsizetype removals = std::min<qsizetype>(fit - upserts, batch.removed.size() - batch.nextRemoval);
        const qint64 before = spent.nsecsElapsed();
        m_model.applyChanges(batch.upserted.mid(batch.nextUpsert, upserts),
                             batch.removed.mid(batch.nextRemoval, removals));
        const double perChange = double(spent.nsecsElapsed() - before) / double(upserts + removals);
        m_nsPerChange = 0.5 * m_nsPerChange + 0.5 * perChange;
        batch.nextUpsert += upserts;
        batch.nextRemoval += removals;
        appliedAny = true;
        if (batch.nextUpsert == batch.upserted.size() && batch.nextRemoval == batch.removed.size())
            m_queue.pop_front();
    }
    if (appliedAny)
        Q_EMIT applied();
    if (!m_queue.empty())
        m_resume.start();
}
