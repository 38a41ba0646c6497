// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alert.h"
#include "core/alertquery.h"
#include "core/heartbeat.h"
#include "core/result.h"
#include "core/sqldialect.h"
#include "core/sqlfragment.h"
#include "core/sqlsession.h"

#include <QFuture>
#include <QPromise>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

/// An alert as loaded from a store, with the handle the store needs to update it.
struct StoredAlert
{
    qint64 rowId = 0;
    qint64 newestSeq = 0; ///< sequence number of the newest history entry (0 = none)
    Alert alert;
};

/// The match key of the alert a receive may create or change (spec §3.2): what a store may prepare a write for
/// (AlertStore::submitWrite()). A null customer is distinct from an empty one, as in the store.
struct AlertKey
{
    QString environment;
    QString resource;
    QString event;
    QString customer;

    /// What concurrent receives of one alert must serialise on: (environment, resource, customer), without the
    /// event so that a correlation, which changes the event, is covered too. A null and an empty customer give the
    /// same key on purpose: the unique index on the match key treats them alike too.
    QString lockKey() const { return environment + u'\x1f' + resource + u'\x1f' + customer; }
};

/// One (severity, status) bucket of a count query.
struct SeverityStatusCount
{
    QString severity;
    QString status;
    qint64 count = 0;
};

/// A `GET /alerts/history` row: one history entry with its alert's current values.
struct HistoryRow
{
    HistoryEntry entry;
    Alert alert; ///< without history
};

/// Environments, services, groups, tags aggregations: one row per key with counts per severity and status.
struct GroupedCount
{
    QString environment;
    QString key; ///< service, group or tag; empty for /environments
    qint64 count = 0;
    QList<SeverityStatusCount> buckets;
};

/// A top-10 row (spec §4.3).
struct TopRow
{
    QString value; ///< the group-by field's value
    qint64 count = 0;
    qint64 duplicateCount = 0;
    QStringList environments;
    QStringList services;
    QList<QPair<QString, QString>> resources; ///< (id, resource)
};

/// What an alert selection returns: rows in order, history and raw data only on request.
struct AlertSelection
{
    SqlFragment where;
    QString orderBy; ///< SQL without ORDER BY; empty = insertion order
    int limit = 50;
    int offset = 0;
    bool withHistory = false;
    bool withRawData = false;
};

/// A heartbeat selection. `where` and `orderBy` may name the heartbeats columns and two computed ones: `latency`
/// (receive_time − create_time, ms) and `since` (whole seconds from receive_time to `now`).
struct HeartbeatSelection
{
    SqlFragment where;
    QString orderBy; ///< SQL without ORDER BY; empty = insertion order
    Timestamp now = 0;
    int limit = -1; ///< < 0: no limit
    int offset = 0;
};

/// Read access to one consistent snapshot of the store. Every method takes SQL fragments built by the query engine,
/// which already include the caller's customer restriction.
class AlertReader
{
public:
    virtual ~AlertReader() = default;

    /// The first alert whose id or lastReceiveId starts with `prefix` (case-insensitive) and that `restriction` admits.
    /// `historyLimit` < 0 loads the whole history.
    virtual std::optional<StoredAlert> findById(const QString &prefix,
                                                const SqlFragment &restriction,
                                                int historyLimit) = 0;
    virtual QList<Alert> select(const AlertSelection &selection) = 0;
    /// History of one stored alert, newest first; `limit` < 0 for all of it.
    virtual QList<HistoryEntry> alertHistory(qint64 rowId, int limit) = 0;
    /// Up to `limit` history entries numbered `upToSeq` or lower of the alert stored under `rowId`, newest first;
    /// none when that row no longer holds the alert `alertId` (deleted since, its row id reused).
    virtual QList<HistoryEntry> historyUpTo(qint64 rowId, const QString &alertId, qint64 upToSeq, int limit) = 0;
    virtual QList<SeverityStatusCount> countBySeverityStatus(const SqlFragment &where) = 0;
    /// countBySeverityStatus(where) of a query that `filter` describes, from counts by environment, severity and
    /// status that the store keeps as it writes when no alert was received after `filter.upTo` (the usual case:
    /// receive times are the server's clock), else by counting.
    virtual QList<SeverityStatusCount> countFromTotals(const TotalsFilter &filter, const SqlFragment &where) = 0;
    virtual QList<Note> notes(const QString &alertId) = 0;
    virtual std::optional<Note> note(const QString &noteId) = 0;
    /// History entries of the matching alerts, newest first.
    virtual QList<HistoryRow> history(const SqlFragment &where, int limit, int offset) = 0;
    enum class Grouping { Environment, Service, Group, Tag };
    virtual QList<GroupedCount> grouped(Grouping grouping, const SqlFragment &where) = 0;
    enum class TopKind { Count, Flapping, Standing };
    /// `groupColumn` is the SQL column of the group-by field, validated by the query engine.
    virtual QList<TopRow> top(TopKind kind, const QString &groupColumn, const SqlFragment &where, int limit) = 0;

    /// The alert stored under `rowId`, with its `historyLimit` newest history entries (< 0: all of them).
    virtual std::optional<StoredAlert> findByRowId(qint64 rowId, int historyLimit) = 0;
    /// Housekeeping's expiry scan (spec §6 step 3), in row order: alerts not `expired` whose timeout (null →
    /// `defaultTimeout`, seconds) is non-zero and whose lastReceiveTime + timeout is before `now`. With `onlyRow`,
    /// whether that one row still is: the scan takes no locks, so a row is checked again once locked (another server
    /// instance may have received the alert again, or expired it, in between).
    virtual QList<qint64> expiringRows(Timestamp now, qint64 defaultTimeout, std::optional<qint64> onlyRow = {}) = 0;
    /// Housekeeping's unshelve/unack scan (spec §6 steps 4-5), in row order: alerts in `status` whose most recent
    /// history entry of type `entryType` and that status has a non-null, non-zero timeout, and whose updateTime +
    /// that timeout is before `now`. `onlyRow` as for expiringRows().
    virtual QList<qint64> timedOutRows(const QString &status,
                                       const QString &entryType,
                                       Timestamp now,
                                       std::optional<qint64> onlyRow = {}) = 0;

    /// The heartbeat whose id starts with `prefix` (case-insensitive) and that `restriction` admits; an exact id
    /// wins over longer ids, otherwise the oldest match. maxLatency is left at its default: the caller sets it.
    virtual std::optional<Heartbeat> findHeartbeat(const QString &prefix, const SqlFragment &restriction) = 0;
    virtual QList<Heartbeat> selectHeartbeats(const HeartbeatSelection &selection) = 0;
    /// Number of heartbeats `selection.where` admits (limit, offset and order are ignored).
    virtual qint64 countHeartbeats(const HeartbeatSelection &selection) = 0;

    /// Portable SQL in the same snapshot (or, in an AlertTransaction, the same transaction), for the resources
    /// that keep their SQL in one place for every store (blackouts, keys, users...).
    virtual SqlSession &sql() = 0;
};

/// Writes inside one store transaction. Everything done through one AlertTransaction commits or rolls back as
/// one unit, and no other writer interleaves: this is what makes match-and-update atomic.
class AlertTransaction : public AlertReader
{
public:
    /// How many of its newest history entries findByKey() and findCorrelated() load at least: what the receive
    /// rules read (the current and the previous status, the last value). A store may load more, up to all of them;
    /// the rest stays in the store, for the receive's answer to read (AlertEngine::receive(), completeHistory()).
    static constexpr int HistoryHead = 2;

    /// The alert with this (environment, resource, event, customer) key, with at least its HistoryHead newest history
    /// entries.
    virtual std::optional<StoredAlert> findByKey(const QString &environment,
                                                 const QString &resource,
                                                 const QString &event,
                                                 const QString &customer) = 0;
    /// An alert of the same environment/resource/customer with a different event whose `correlate` list contains
    /// `event` (spec §3.2 (b)), with at least its HistoryHead newest history entries.
    virtual std::optional<StoredAlert> findCorrelated(const QString &environment,
                                                      const QString &resource,
                                                      const QString &event,
                                                      const QString &customer) = 0;
    /// Inserts a new alert with its history (newest first). Returns the stored row, or nothing when another alert
    /// already has its id (one a sender chose).
    virtual std::optional<StoredAlert> insert(const Alert &alert) = 0;
    /// Writes the mutable fields of `after` (not its history) over the stored row. The identity and creation
    /// fields (id, environment, resource, customer, group, origin, type, correlate) are never changed.
    virtual void update(const StoredAlert &row, const Alert &after) = 0;
    /// Prepends a history entry and drops the entries beyond `limit`; advances row.newestSeq.
    virtual void prependHistory(StoredAlert &row, const HistoryEntry &entry, int limit) = 0;
    virtual void remove(const StoredAlert &row) = 0;
    /// Removes every alert `where` admits, with its history and notes, in one statement per table rather than
    /// one per alert. Returns the removed alerts' ids.
    virtual QStringList removeWhere(const SqlFragment &where) = 0;
    virtual void insertNote(const Note &note) = 0;
    virtual void updateNote(const Note &note) = 0;
    virtual void removeNote(const QString &noteId) = 0;
    /// Inserts the heartbeat, or when one with the same (origin, customer) exists, a null customer being distinct
    /// from every value, replaces its tags, attributes, createTime, timeout and receiveTime and keeps its id,
    /// type and customer. Returns the stored row, or nothing when a heartbeat of another origin or customer has its
    /// id (one a sender chose).
    virtual std::optional<Heartbeat> upsertHeartbeat(const Heartbeat &heartbeat) = 0;
    virtual void removeHeartbeat(const QString &id) = 0;
};

/// A store of alerts: SQLite embedded, PostgreSQL in production. Writes are queued and may be committed together
/// with others (group commit); reads run on the caller's thread and never wait for writes.
class AlertStore
{
public:
    virtual ~AlertStore() = default;

    /// Runs `work` inside a write transaction. Return false from `work` to roll back its changes. `done` is called
    /// (on the writer's thread) once the transaction is durable, with no failure, or with what the client is told:
    /// 503 when the database is unavailable (a load balancer may send the request elsewhere), 500 otherwise.
    /// `subject`, the key of the alert a receive may create or change, is a hint: a store with several writers takes
    /// the locks of many writes at once, in one order (no deadlocks), and loads their alerts together; `work` locks
    /// and looks up regardless.
    virtual void submitWrite(std::function<bool(AlertTransaction &)> work,
                             std::function<void(const WriteFailure &failure)> done,
                             const std::optional<AlertKey> &subject = std::nullopt) = 0;

    /// AlertKey::lockKey() of (environment, resource, customer).
    static QString alertLockKey(const QString &environment, const QString &resource, const QString &customer)
    {
        return AlertKey{environment, resource, {}, customer}.lockKey();
    }

    /// Runs `work` on the calling thread against one consistent snapshot. A statement still running when the read
    /// has taken setQueryTimeout() is stopped: the store's error then says 503 (ApiError::queryTimedOut()).
    virtual void read(const std::function<void(AlertReader &)> &work) = 0;
    /// How long one read may take (DATABASE_QUERY_TIMEOUT); 0 = as long as it takes, the default. Writes are not
    /// limited: housekeeping may take long and must finish. Any thread, any time: later reads use it.
    virtual void setQueryTimeout(std::chrono::milliseconds timeout) = 0;

    /// How this store spells what SQL engines spell differently; the query engine writes its filters with it.
    virtual const SqlDialect &dialect() const = 0;

    /// Runs `work` unless another process sharing this store is running the same `task` right now; then returns
    /// false without running it. For the periodic jobs that every server instance schedules (housekeeping,
    /// heartbeat alerts), so that they never run twice at once. The embedded store has one process: it always runs.
    virtual bool runExclusive(const QString &task, const std::function<void()> &work)
    {
        Q_UNUSED(task);
        work();
        return true;
    }

    /// runExclusive() for work with a result: `skipped` when another process holds the task.
    template<typename T>
    T exclusively(const QString &task, const std::function<T()> &work, T skipped)
    {
        std::optional<T> result;
        if (!runExclusive(task, [&] { result = work(); }))
            return skipped;
        return std::move(*result);
    }

    /// Typed convenience over submitWrite(): `then` gets the result once the commit is durable (or the commit's
    /// failure), on the writer's thread, so it must not wait for another write. For callers that have no thread to
    /// spare waiting (the HTTP answers of receives).
    template<typename T>
    void writeThen(std::function<Result<T>(AlertTransaction &)> work,
                   std::function<void(Result<T> result)> then,
                   const std::optional<AlertKey> &subject = std::nullopt);

    /// writeThen() as a future, which resolves only after the commit is durable.
    /// `committed`, if given, sees the final result first (on the writer's thread), e.g. to announce the change.
    template<typename T>
    QFuture<Result<T>> write(std::function<Result<T>(AlertTransaction &)> work,
                             std::function<void(const Result<T> &)> committed = {},
                             const std::optional<AlertKey> &subject = std::nullopt);
};

template<typename T>
void AlertStore::writeThen(std::function<Result<T>(AlertTransaction &)> work,
                           std::function<void(Result<T> result)> then,
                           const std::optional<AlertKey> &subject)
{
    // The job may run more than once (the writer redoes a batch after a failing job): the last run's result counts.
    auto result = std::make_shared<Result<T>>(ApiError::internal(QStringLiteral("write was not run")));
    submitWrite(
        [result, work = std::move(work)](AlertTransaction &tx) {
            *result = work(tx);
            return result->ok();
        },
        [result, then = std::move(then)](const WriteFailure &failure) {
            if (failure)
                *result = *failure;
            then(std::move(*result));
        },
        subject);
}

template<typename T>
QFuture<Result<T>> AlertStore::write(std::function<Result<T>(AlertTransaction &)> work,
                                     std::function<void(const Result<T> &)> committed,
                                     const std::optional<AlertKey> &subject)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    QFuture<Result<T>> future = promise->future();
    writeThen<T>(
        std::move(work),
        [promise, committed = std::move(committed)](Result<T> result) {
            if (committed)
                committed(result);
            promise->addResult(std::move(result));
            promise->finish();
        },
        subject);
    return future;
}
