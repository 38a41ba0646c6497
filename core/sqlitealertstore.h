// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alertrowcache.h"
#include "core/alertstore.h"
#include "core/sqlalertaccess.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

class SqliteCheckpointer;
class SqliteConnection;
class SqliteWriteQueue;

/// The embedded store: one SQLite file in WAL mode. Writes go through a single writer thread with group commit
/// (SqliteWriteQueue) and are durable (`synchronous=FULL`) before anyone hears of them; reads use a pool of
/// connections on the callers' threads, each in its own snapshot, so they never wait for writes.
///
/// One process owns a file at a time (the embedded console or one alerta-server); several processes sharing a
/// database is what the PostgreSQL store is for.
class SqliteAlertStore final : public AlertStore
{
public:
    /// Opens or creates the database at `path` and migrates it. Throws SqliteError on failure.
    explicit SqliteAlertStore(const QString &path);
    ~SqliteAlertStore() override;

    void submitWrite(std::function<bool(AlertTransaction &)> work,
                     std::function<void(const WriteFailure &failure)> done,
                     const std::optional<AlertKey> &subject) override;
    void read(const std::function<void(AlertReader &)> &work) override;
    void setQueryTimeout(std::chrono::milliseconds timeout) override { m_queryTimeoutMs = timeout.count(); }
    const SqlDialect &dialect() const override;

    /// Largest number of writes committed in one transaction so far.
    int largestBatch() const;
    /// Checkpoints of the write-ahead log done so far.
    int checkpoints() const;
    /// How long the log grows before it is copied into the database (SqliteCheckpointer::pagesPerCheckpoint()).
    void setPagesPerCheckpoint(int pages);
    /// `PRAGMA integrity_check` result ("ok" when healthy).
    QString integrityCheck();

private:
    std::unique_ptr<SqliteConnection> acquireReader();
    void releaseReader(std::unique_ptr<SqliteConnection> connection);

    void startBatch(SqliteConnection &writer);

    QString m_path;
    // The writer thread's own: the cache of rows it writes, and the options that hand it to SqlAlertAccess.
    AlertRowCache m_rowCache;
    SqlAlertAccessOptions m_writerOptions;
    qint64 m_dataVersion = -1;
    std::unique_ptr<SqliteCheckpointer> m_checkpointer; // outlives the writer, which calls it
    std::unique_ptr<SqliteWriteQueue> m_writer;
    std::mutex m_poolMutex;
    std::atomic<qint64> m_queryTimeoutMs = 0;
    std::vector<std::unique_ptr<SqliteConnection>> m_idleReaders;
};
