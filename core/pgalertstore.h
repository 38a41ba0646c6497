// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alertstore.h"
#include "core/pgconnection.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

/// The production store: a PostgreSQL database that several server instances share (upstream's `DATABASE_URL`).
///
/// Writes run on two writer threads, each with its own connection: while one commits, the other gathers the next
/// batch. Like the SQLite store's writer, each takes every write waiting (up to MaxBatch) into one transaction, so
/// that they share one commit and one WAL flush, and reports to each caller only once that commit is durable.
/// Writers that touch the same alert, in this process or another, are kept apart by the database: an advisory lock
/// on the alert's AlertStore::alertLockKey() before it is looked up (so two instances cannot both create it), and
/// row locks on what a write loads to change. A batch takes the key locks of all its receives first, in one
/// statement and in one global order, so that two batches never wait for each other in a cycle, and loads the
/// alerts they are about with their histories in the same round trip (PgAlertPreload). A write that fails after
/// writing, a deadlock, or a lost connection sends the batch down the slow path: each write again in a transaction
/// of its own, retried when the failure is transient. Reads use a pool of connections, each read one REPEATABLE
/// READ snapshot.
class PgAlertStore final : public AlertStore
{
public:
    static constexpr int MaxBatch = 64;

    /// The statement with which a writer takes an alert's key lock (its AlertStore::alertLockKey() bound as the one
    /// parameter) until its transaction ends. Any session that runs it waits for, and then excludes, this store's
    /// writers on that key, on every instance.
    static QString keyLockStatement();

    /// Connects, migrates the schema and starts `writers` writer threads. Throws PgError on failure. Two, because
    /// more split the waiting writes into smaller batches: at 8 connections four writers made 3,600 alerts/s and
    /// two 4,400, at 32 connections 5,900 and 6,900 (bench/http/run-pg-bench.sh, 2026-11-28).
    explicit PgAlertStore(const PgConnectionOptions &options, int writers = 2);
    ~PgAlertStore() override;

    void submitWrite(std::function<bool(AlertTransaction &)> work,
                     std::function<void(const WriteFailure &failure)> done,
                     const std::optional<AlertKey> &subject) override;
    void read(const std::function<void(AlertReader &)> &work) override;
    void setQueryTimeout(std::chrono::milliseconds timeout) override { m_queryTimeoutMs = timeout.count(); }
    const SqlDialect &dialect() const override;
    /// Holds a session-level advisory lock named after `task` on a connection of its own while `work` runs; another
    /// instance that holds it makes this return false at once. A crashed holder's lock goes with its connection.
    bool runExclusive(const QString &task, const std::function<void()> &work) override;

    const PgConnectionOptions &connectionOptions() const { return m_options; }

    /// Batches that failed as a whole and had each write run again on its own (the slow path), since the start.
    qint64 batchesRunAlone() const { return m_batchesRunAlone.load(); }

private:
    struct Job
    {
        std::function<bool(AlertTransaction &)> work;
        std::function<void(const WriteFailure &)> done;
        std::optional<AlertKey> subject;
    };
    void runWriter();
    bool runBatch(std::unique_ptr<PgConnection> &db, std::vector<Job> &batch);
    static void reportFailures(std::vector<Job> &batch, const std::vector<WriteFailure> &failures);
    WriteFailure runAlone(std::unique_ptr<PgConnection> &db, Job &job);
    void reconnectIfLost(std::unique_ptr<PgConnection> &db) const;
    static bool rollBackOrDrop(std::unique_ptr<PgConnection> &db);
    /// A reader connection from the pool (or a new one), with its read-only snapshot transaction begun.
    std::unique_ptr<PgConnection> acquireReader();
    void releaseReader(std::unique_ptr<PgConnection> connection);

    PgConnectionOptions m_options;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    bool m_stopping = false;
    std::vector<std::thread> m_writers;
    std::mutex m_lockMutex; ///< one exclusive task at a time in this process, on m_lockConnection
    std::unique_ptr<PgConnection> m_lockConnection;
    std::mutex m_poolMutex;
    std::vector<std::unique_ptr<PgConnection>> m_idleReaders;
    std::atomic<qint64> m_queryTimeoutMs = 0;
    std::atomic<qint64> m_batchesRunAlone = 0;
};
