// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/alertrowcache.h"

AlertRowCache::AlertRowCache(qsizetype capacity)
    : m_capacity(std::max<qsizetype>(1, capacity))
{}

std::optional<StoredAlert> AlertRowCache::find(const QString &environment,
                                               const QString &resource,
                                               const QString &event,
                                               const QString &customer) const
{
    const auto id = m_rowIdByKey.constFind(MatchKey{environment, resource, event, customer, customer.isNull()});
    if (id == m_rowIdByKey.cend())
        return std::nullopt;
    const auto row = m_rows.constFind(*id);
    if (row == m_rows.cend())
        return std::nullopt;
    return *row;
}

void AlertRowCache::remember(const StoredAlert &row)
{
    if (!m_rows.contains(row.rowId))
        makeRoom();
    removed(row.rowId); // its key may have changed
    m_rowIdByKey.insert(keyOf(row.alert), row.rowId);
    StoredAlert &kept = *m_rows.insert(row.rowId, row);
    if (kept.alert.history.size() > AlertTransaction::HistoryHead)
        kept.alert.history.resize(AlertTransaction::HistoryHead);
}

void AlertRowCache::updated(qint64 rowId, const Alert &after)
{
    const auto row = m_rows.find(rowId);
    if (row == m_rows.end())
        return;
    MatchKey before = keyOf(row->alert);
    MatchKey now = keyOf(after);
    if (!(before == now)) { // a correlation changes the event
        m_rowIdByKey.remove(before);
        m_rowIdByKey.insert(std::move(now), rowId);
    }
    QList<HistoryEntry> history = std::move(row->alert.history);
    row->alert = after;
    row->alert.history = std::move(history);
}

void AlertRowCache::historyPrepended(qint64 rowId, const HistoryEntry &entry, qint64 seq)
{
    const auto row = m_rows.find(rowId);
    if (row == m_rows.end())
        return;
    row->newestSeq = seq;
    QList<HistoryEntry> &history = row->alert.history;
    history.prepend(entry);
    if (history.size() > AlertTransaction::HistoryHead)
        history.resize(AlertTransaction::HistoryHead);
}

void AlertRowCache::removed(qint64 rowId)
{
    const auto row = m_rows.find(rowId);
    if (row == m_rows.end())
        return;
    m_rowIdByKey.remove(keyOf(row->alert));
    m_rows.erase(row);
}

void AlertRowCache::clear()
{
    m_rowIdByKey.clear();
    m_rows.clear();
}

AlertRowCache::MatchKey AlertRowCache::keyOf(const Alert &alert)
{
    return {alert.environment, alert.resource, alert.event, alert.customer, alert.customer.isNull()};
}

void AlertRowCache::makeRoom()
{
    while (m_rows.size() >= m_capacity)
        removed(m_rows.cbegin().key());
}
