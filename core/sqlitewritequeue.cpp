// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/sqlitewritequeue.h"

#include "core/logging.h"
#include "core/sqliteconnection.h"

#include <map>

#include <sqlite3.h>

namespace {
// An upper bound keeps one transaction's latency reasonable when thousands of callers queue at once.
constexpr size_t MaxBatch = 2048;

// What the caller of a job that threw is told: SQLite's own errors carry their status (busy, disk full).
ApiError failureOf(const std::exception &e)
{
    if (const auto *sqlite = dynamic_cast<const SqliteError *>(&e))
        return sqlite->apiError();
    return ApiError::internal(QString::fromUtf8(e.what()));
}

// After a job failed: SQLite rolls the whole transaction back on some errors (a full disk, I/O, busy), and takes the
// batch's earlier jobs with it; the jobs after it would run outside any transaction, each statement committed alone.
// Then the batch fails as one (thrown to the batch's handler, which reports the failure to every job).
void requireTransaction(const SqliteConnection &db, const std::exception &e)
{
    if (db.inTransaction())
        return;
    if (const auto *sqlite = dynamic_cast<const SqliteError *>(&e))
        throw *sqlite;
    throw SqliteError(SQLITE_ABORT, QByteArray("the batch's transaction ended: ") + e.what());
}

// A job's outcome: the commit's failure, which is every job's, or its own.
WriteFailure outcomeOf(size_t job, const WriteFailure &commitFailure, const std::map<size_t, ApiError> &failures)
{
    if (commitFailure)
        return commitFailure;
    const auto failure = failures.find(job);
    return failure != failures.end() ? WriteFailure(failure->second) : WriteFailure();
}
} // namespace

SqliteWriteQueue::SqliteWriteQueue(const QString &path,
                                   const std::function<void(SqliteConnection &)> &init,
                                   Hooks hooks)
    : m_hooks(std::move(hooks))
{
    m_thread = std::thread([this, path, init] { run(path, init); });
    std::unique_lock lock(m_mutex);
    m_started.wait(lock, [this] { return m_ready; });
    if (m_initError) {
        lock.unlock();
        m_thread.join();
        std::rethrow_exception(m_initError);
    }
}

SqliteWriteQueue::~SqliteWriteQueue()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void SqliteWriteQueue::submit(Work work, Done done)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back({std::move(work), std::move(done)});
    }
    m_wake.notify_one();
}

int SqliteWriteQueue::largestBatch() const
{
    std::lock_guard lock(m_mutex);
    return m_largestBatch;
}

void SqliteWriteQueue::run(const QString &path, const std::function<void(SqliteConnection &)> &init)
{
    std::unique_ptr<SqliteConnection> db;
    try {
        db = std::make_unique<SqliteConnection>(path);
        init(*db);
    } catch (...) {
        std::lock_guard lock(m_mutex);
        m_initError = std::current_exception();
        m_ready = true;
        m_started.notify_all();
        return;
    }
    {
        std::lock_guard lock(m_mutex);
        m_ready = true;
    }
    m_started.notify_all();

    for (;;) {
        std::deque<Job> batch;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return; // stopping and drained
            if (m_queue.size() <= MaxBatch) {
                batch.swap(m_queue); // the common case: take everything without moving jobs one by one
            } else {
                while (batch.size() < MaxBatch) {
                    batch.push_back(std::move(m_queue.front()));
                    m_queue.pop_front();
                }
            }
            m_largestBatch = std::max(m_largestBatch, static_cast<int>(batch.size()));
        }
        commitBatch(*db, batch);
    }
}

// Fast path: the whole batch in one transaction without savepoints. A savepoint makes SQLite copy every page a
// job touches into a statement journal, which cost 15-20% of the writer's time (measured with bench-receive's
// workload). A job that fails before writing anything (not found, invalid action, bad severity) needs no rollback;
// only a job that fails after writing sends the batch down the slow path: roll everything back and run each job
// again inside its own savepoint.
void SqliteWriteQueue::commitBatch(SqliteConnection &db, std::deque<Job> &batch)
{
    WriteFailure commitError;
    // Failures are rare: a map rather than one entry per job, whose 2,048-entry allocation alone cost the writer
    // 4% of its time (the allocator consolidating free chunks to find the block).
    std::map<size_t, ApiError> failures;
    bool isolate = false;
    try {
        db.prepare(QStringLiteral("BEGIN IMMEDIATE")).exec(); // cached: sqlite3_exec would parse it every batch
        if (m_hooks.beforeBatch)
            m_hooks.beforeBatch(db);
        for (size_t i = 0; i < batch.size() && !isolate; ++i) {
            const qint64 before = db.totalChanges();
            bool keep = false;
            try {
                keep = batch[i].work(db);
            } catch (const std::exception &e) {
                failures[i] = failureOf(e);
                requireTransaction(db, e);
            }
            isolate = !keep && db.totalChanges() != before;
        }
        if (isolate) {
            db.prepare(QStringLiteral("ROLLBACK")).exec();
            rolledBack();
        } else {
            db.prepare(QStringLiteral("COMMIT")).exec();
        }
    } catch (const SqliteError &e) {
        commitError = e.apiError();
        qCWarning(lcStore) << "commit failed:" << e.what();
        rollback(db);
    }
    if (isolate) {
        commitIsolated(db, batch);
        return;
    }
    for (size_t i = 0; i < batch.size(); ++i) {
        const auto failure = failures.find(i);
        if (failure != failures.end())
            qCWarning(lcStore) << "write failed:" << failure->second.message;
        finish(batch[i], outcomeOf(i, commitError, failures));
    }
}

// Slow path: every job inside its own savepoint, so that a failing one rolls back alone.
void SqliteWriteQueue::commitIsolated(SqliteConnection &db, std::deque<Job> &batch)
{
    WriteFailure commitError;
    std::map<size_t, ApiError> failures;
    try {
        db.prepare(QStringLiteral("BEGIN IMMEDIATE")).exec(); // cached: sqlite3_exec would parse it every batch
        if (m_hooks.beforeBatch)
            m_hooks.beforeBatch(db);
        for (size_t i = 0; i < batch.size(); ++i) {
            db.prepare(QStringLiteral("SAVEPOINT job")).exec();
            bool keep = false;
            try {
                keep = batch[i].work(db);
            } catch (const std::exception &e) {
                failures[i] = failureOf(e);
                qCWarning(lcStore) << "write failed:" << e.what();
                requireTransaction(db, e);
            }
            if (!keep) {
                db.prepare(QStringLiteral("ROLLBACK TO job")).exec();
                rolledBack();
            }
            db.prepare(QStringLiteral("RELEASE job")).exec();
        }
        db.prepare(QStringLiteral("COMMIT")).exec();
    } catch (const SqliteError &e) {
        commitError = e.apiError();
        qCWarning(lcStore) << "commit failed:" << e.what();
        rollback(db);
    }
    for (size_t i = 0; i < batch.size(); ++i)
        finish(batch[i], outcomeOf(i, commitError, failures));
}

// Reports to the caller, then drops the job's closures at once: what they hold (a receive's result with its
// history) is freed here while it is still in the cache rather than when the whole batch goes.
void SqliteWriteQueue::finish(Job &job, const WriteFailure &failure)
{
    job.done(failure);
    job = Job{};
}

void SqliteWriteQueue::rollback(SqliteConnection &db)
{
    try {
        db.execute(QStringLiteral("ROLLBACK"));
    } catch (const SqliteError &) {
        // no transaction left to roll back
    }
    rolledBack();
}

void SqliteWriteQueue::rolledBack()
{
    if (m_hooks.rolledBack)
        m_hooks.rolledBack();
}
