// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alertstore.h"

#include <QHash>

#include <optional>

/// The embedded store's writer keeps the alerts it recently loaded or wrote, each with the newest history entries
/// that AlertTransaction::findByKey() promises (HistoryHead), so that a duplicate (nine receives in ten) finds its
/// alert without a SELECT and without decoding the row again: that look-up was a quarter of the writer's time in
/// bench-receive. About 1.5 KiB an alert.
///
/// Only a single writer may keep one, and only while nothing else writes the rows it holds: the SQLite store's
/// writer thread owns it, tells it of every write it makes (SqlAlertAccess), forgets everything when a transaction
/// rolls back, and drops it when another connection has committed (`PRAGMA data_version`). A PostgreSQL writer keeps
/// one per transaction, for the rows it has locked (PgAlertPreload). Not thread-safe.
class AlertRowCache
{
public:
    /// Every history entry a row comes with, for AlertRowCache's `historyKept`.
    static constexpr int AllHistory = -1;

    /// Rows kept at most, and about how much memory they may take (approxMemory()); past either, arbitrary rows
    /// make room (a table bigger than this just misses more often). The bytes matter when alerts are large: 25,000
    /// rows with a megabyte of text each would be 50 GB. `historyKept`: the newest history entries kept with a row
    /// (the receive's answer reads the rest from the store), or AllHistory.
    explicit AlertRowCache(qsizetype capacity = 25000,
                           qint64 maxBytes = 64 * 1024 * 1024,
                           int historyKept = AlertTransaction::HistoryHead);

    /// The alert with this match key, as the database has it inside the writer's transaction, or nullopt when it
    /// is not kept (which says nothing about the database).
    std::optional<StoredAlert> find(const QString &environment,
                                    const QString &resource,
                                    const QString &event,
                                    const QString &customer) const;

    /// A row read or inserted, with at least its `historyKept` newest history entries (or all it has).
    void remember(const StoredAlert &row);
    /// The row's columns were written with `after`'s values; its history is unchanged.
    void updated(qint64 rowId, const Alert &after);
    /// `entry` was added to the row's history as number `seq`, and the entries past the newest `limit` removed.
    void historyPrepended(qint64 rowId, const HistoryEntry &entry, qint64 seq, int limit);
    void removed(qint64 rowId);
    void clear();

    qsizetype size() const { return m_rows.size(); }
    /// What the rows kept take, by approxMemory().
    qint64 bytes() const { return m_bytes; }

private:
    struct MatchKey
    {
        QString environment;
        QString resource;
        QString event;
        QString customer;
        bool noCustomer = true; ///< the store tells a NULL customer from an empty one

        bool operator==(const MatchKey &) const = default;
    };
    friend size_t qHash(const MatchKey &key, size_t seed)
    {
        return qHashMulti(seed, key.environment, key.resource, key.event, key.customer, key.noCustomer);
    }
    static MatchKey keyOf(const Alert &alert);
    void trimHistory(QList<HistoryEntry> &history) const;

    /// Drops rows until one of `incomingBytes` more fits.
    void makeRoom(qint64 incomingBytes);

    struct Kept
    {
        StoredAlert row;
        qint64 bytes = 0; ///< approxMemory() of row.alert when it was last written here
    };

    qsizetype m_capacity;
    qint64 m_maxBytes;
    int m_historyKept;
    qint64 m_bytes = 0;
    QHash<MatchKey, qint64> m_rowIdByKey;
    QHash<qint64, Kept> m_rows;
};
