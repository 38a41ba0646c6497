// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

/// Copies the write-ahead log back into the database file on a thread of its own, so that the single writer only
/// appends to the log. SQLite's automatic checkpoint runs inside the writer's commit, where it cost 6% of the
/// writer's time under sustained ingest (bench-receive); a PASSIVE checkpoint on another connection runs beside the
/// writer and its readers without blocking either.
class SqliteCheckpointer
{
public:
    /// `path` is the database file; its connection opens at the first checkpoint.
    explicit SqliteCheckpointer(const QString &path);
    /// Runs a last checkpoint if one is pending, then stops the thread.
    ~SqliteCheckpointer();
    SqliteCheckpointer(const SqliteCheckpointer &) = delete;
    SqliteCheckpointer &operator=(const SqliteCheckpointer &) = delete;

    /// Hands the writer connection's commits to this checkpointer: turns its automatic checkpoint off and asks for a
    /// checkpoint whenever the log holds pagesPerCheckpoint() pages or more. Call on the writer's thread.
    void watch(sqlite3 *writer);

    /// 10,000 pages (40 MiB) by default: a hot page (the alerts' indexes) is copied once per checkpoint however
    /// often it was written since, so the longer log cost less: 30,600 receives/s against 28,100 with 1,000 pages
    /// (SQLite's default) in bench-receive.
    int pagesPerCheckpoint() const { return m_pagesPerCheckpoint; }
    void setPagesPerCheckpoint(int pages) { m_pagesPerCheckpoint = pages; }

    /// Checkpoints done so far (observability and tests).
    int checkpoints() const;

private:
    static int walHook(void *self, sqlite3 *db, const char *schema, int pages);
    void request();
    void run();

    QString m_path;
    std::atomic<int> m_pagesPerCheckpoint = 10000;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_pending = false;
    std::atomic<bool> m_caughtUp = false; ///< a background checkpoint copied the whole log it saw

    bool m_stopping = false;
    int m_checkpoints = 0;
    std::thread m_thread;
};
