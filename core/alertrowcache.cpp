// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/alertrowcache.h"

#include "core/alertmemory.h"

AlertRowCache::AlertRowCache(qsizetype capacity, qint64 maxBytes, int historyKept)
    : m_capacity(std::max<qsizetype>(1, capacity))
    , m_maxBytes(maxBytes)
    , m_historyKept(historyKept)
{}

std::optional<StoredAlert> AlertRowCache::find(const QString &environment,
                                               const QString &resource,
                                               const QString &event,
                                               const QString &customer) const
{
    const auto id = m_rowIdByKey.constFind(MatchKey{environment, resource, event, customer, customer.isNull()});
    if (id == m_rowIdByKey.cend())
        return std::nullopt;
    const auto kept = m_rows.constFind(*id);
    if (kept == m_rows.cend())
        return std::nullopt;
    return kept->row;
}

void AlertRowCache::remember(const StoredAlert &row)
{
    removed(row.rowId); // its key may have changed
    StoredAlert trimmed = row;
    trimHistory(trimmed.alert.history);
    const qint64 bytes = approxMemory(trimmed.alert);
    if (bytes > m_maxBytes)
        return; // one row that would push out every other: read from the database instead
    makeRoom(bytes);
    m_rowIdByKey.insert(keyOf(trimmed.alert), trimmed.rowId);
    m_rows.insert(trimmed.rowId, Kept{std::move(trimmed), bytes});
    m_bytes += bytes;
}

void AlertRowCache::updated(qint64 rowId, const Alert &after)
{
    const auto kept = m_rows.find(rowId);
    if (kept == m_rows.end())
        return;
    Alert &alert = kept->row.alert;
    MatchKey before = keyOf(alert);
    MatchKey now = keyOf(after);
    if (!(before == now)) { // a correlation changes the event
        m_rowIdByKey.remove(before);
        m_rowIdByKey.insert(std::move(now), rowId);
    }
    QList<HistoryEntry> history = std::move(alert.history);
    alert = after;
    alert.history = std::move(history);
    const qint64 bytes = approxMemory(alert);
    m_bytes += bytes - kept->bytes;
    kept->bytes = bytes;
    if (m_bytes > m_maxBytes)
        removed(rowId); // grown past the budget (a megabyte of text sent again): not kept
}

void AlertRowCache::historyPrepended(qint64 rowId, const HistoryEntry &entry, qint64 seq, int limit)
{
    const auto kept = m_rows.find(rowId);
    if (kept == m_rows.end())
        return;
    kept->row.newestSeq = seq;
    QList<HistoryEntry> &history = kept->row.alert.history;
    history.prepend(entry);
    if (limit >= 0 && history.size() > limit)
        history.resize(limit);
    trimHistory(history);
    // The entries' texts are a small part: counted again when the row's columns next change.
}

void AlertRowCache::removed(qint64 rowId)
{
    const auto kept = m_rows.find(rowId);
    if (kept == m_rows.end())
        return;
    m_rowIdByKey.remove(keyOf(kept->row.alert));
    m_bytes -= kept->bytes;
    m_rows.erase(kept);
}

void AlertRowCache::clear()
{
    m_rowIdByKey.clear();
    m_rows.clear();
    m_bytes = 0;
}

void AlertRowCache::trimHistory(QList<HistoryEntry> &history) const
{
    if (m_historyKept >= 0 && history.size() > m_historyKept)
        history.resize(m_historyKept);
}

AlertRowCache::MatchKey AlertRowCache::keyOf(const Alert &alert)
{
    return {alert.environment, alert.resource, alert.event, alert.customer, alert.customer.isNull()};
}

void AlertRowCache::makeRoom(qint64 incomingBytes)
{
    while (!m_rows.isEmpty() && (m_rows.size() >= m_capacity || m_bytes + incomingBytes > m_maxBytes))
        removed(m_rows.cbegin().key());
}
