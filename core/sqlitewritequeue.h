// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/result.h"

#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

class SqliteConnection;

/// The embedded store's single writer with group commit. Callers on any thread submit jobs; the writer thread takes
/// every job waiting, runs them in one transaction, commits once, and only then reports to each caller. Under load,
/// many receives share one fsync. A job that fails rolls back alone: jobs that fail before writing need nothing,
/// and one that fails after writing makes the writer redo the batch with a savepoint per job. Jobs may therefore
/// run more than once and must keep their effects inside the database until `done`.
///
/// Use it for every write to the SQLite file; reads use their own connections and never queue here.
class SqliteWriteQueue
{
public:
    using Work = std::function<bool(SqliteConnection &)>; ///< false or an exception rolls the job back
    using Done = std::function<void(const WriteFailure &failure)>;

    /// What the owner of state kept beside the database on the writer thread (a cache) needs to hear; both run on
    /// the writer thread.
    struct Hooks
    {
        /// At the start of each batch's transaction, before its jobs.
        std::function<void(SqliteConnection &)> beforeBatch;
        /// After writes of jobs were rolled back (a failing job, a failed commit).
        std::function<void()> rolledBack;
    };

    /// Opens the writer connection on the writer thread and runs `init` there first (pragmas, migrations).
    /// Throws SqliteError when `init` fails.
    SqliteWriteQueue(const QString &path, const std::function<void(SqliteConnection &)> &init, Hooks hooks = {});
    /// Finishes every queued job, then stops the thread.
    ~SqliteWriteQueue();
    SqliteWriteQueue(const SqliteWriteQueue &) = delete;
    SqliteWriteQueue &operator=(const SqliteWriteQueue &) = delete;

    void submit(Work work, Done done);

    /// Largest number of jobs committed together so far (observability and tests).
    int largestBatch() const;

private:
    struct Job
    {
        Work work;
        Done done;
    };
    void run(const QString &path, const std::function<void(SqliteConnection &)> &init);
    void commitBatch(SqliteConnection &db, std::deque<Job> &batch);
    void commitIsolated(SqliteConnection &db, std::deque<Job> &batch);
    static void finish(Job &job, const WriteFailure &failure);
    void rollback(SqliteConnection &db);
    void rolledBack();

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_started;
    std::deque<Job> m_queue;
    bool m_stopping = false;
    bool m_ready = false;
    std::exception_ptr m_initError;
    int m_largestBatch = 0;
    Hooks m_hooks;
    std::thread m_thread;
};
