// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/sqlitealertstore.h"

#include "core/sqlitecheckpointer.h"

#include "core/logging.h"
#include "core/sqlalertaccess.h"
#include "core/sqliteconnection.h"
#include "core/sqliteschema.h"
#include "core/sqlitewritequeue.h"
#include "core/sqlvalues.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

namespace {

// SQLite has one writer at a time: no row or key locks needed; triggers keep `alert_counts`.
const SqlAlertAccessOptions Options{QString(), QString(), true};

using SqliteAccess = SqlAlertAccess<SqliteConnection>;

void configure(SqliteConnection &db)
{
    db.execute(QStringLiteral("PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32768"));
}

} // namespace

SqliteAlertStore::SqliteAlertStore(const QString &path)
    : m_path(path)
    , m_writerOptions{Options.rowLock, Options.keyLock, Options.runningCounts, &m_rowCache}
{
    SqliteWriteQueue::Hooks hooks{[this](SqliteConnection &db) { startBatch(db); }, [this] { m_rowCache.clear(); }};
    m_checkpointer = std::make_unique<SqliteCheckpointer>(path);
    auto init = [this](SqliteConnection &db) {
        SqliteSchema::checkIsOurs(db);
        // WAL lets readers keep their snapshot while the writer commits; FULL makes each commit durable (the WAL
        // is synced before COMMIT returns), which is what "acknowledged = kept" needs.
        db.execute(QStringLiteral("PRAGMA journal_mode = WAL"));
        db.execute(QStringLiteral("PRAGMA synchronous = FULL"));
        configure(db);
        db.execute(QStringLiteral("PRAGMA mmap_size = 268435456"));
        SqliteSchema::migrate(db);
        m_checkpointer->watch(db.handle());
    };
    m_writer = std::make_unique<SqliteWriteQueue>(path, init, std::move(hooks));
    qCInfo(lcStore) << "opened" << path << "schema version" << SqliteSchema::currentVersion();
}

SqliteAlertStore::~SqliteAlertStore()
{
    m_writer.reset(); // drains queued writes
}

void SqliteAlertStore::submitWrite(std::function<bool(AlertTransaction &)> work,
                                   std::function<void(const WriteFailure &)> done,
                                   const std::optional<AlertKey> &)
{
    // One writer: nothing to lock, and its row cache already holds the alerts it wrote.
    m_writer->submit(
        [this, work = std::move(work)](SqliteConnection &db) {
            SqlStatementSession<SqliteConnection> session(db, SqlDialect::sqlite());
            SqliteAccess access(db, session, SqlDialect::sqlite(), m_writerOptions);
            return work(access);
        },
        std::move(done));
}

// The row cache is right only while this writer is the database's only one. Another process may still open the
// file (an administrator's sqlite3 shell, a second server started by mistake): SQLite's data_version changes when
// any other connection has committed, and then the cache starts over.
void SqliteAlertStore::startBatch(SqliteConnection &writer)
{
    const qint64 version = writer.scalar(QStringLiteral("PRAGMA data_version")).toLongLong();
    if (version != m_dataVersion)
        m_rowCache.clear();
    m_dataVersion = version;
}

void SqliteAlertStore::read(const std::function<void(AlertReader &)> &work)
{
    std::unique_ptr<SqliteConnection> db = acquireReader();
    struct Release
    {
        SqliteAlertStore *store;
        std::unique_ptr<SqliteConnection> &db;
        ~Release()
        {
            try {
                db->setDeadline(std::nullopt); // ending the read is never cut short
                db->prepare(QStringLiteral("COMMIT")).exec();
            } catch (const SqliteError &) {
                return; // drop a connection left in a bad state
            }
            store->releaseReader(std::move(db));
        }
    } release{this, db};
    const qint64 timeoutMs = m_queryTimeoutMs.load(std::memory_order_relaxed);
    db->setDeadline(timeoutMs > 0
                        ? std::optional(std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs))
                        : std::nullopt);
    db->prepare(QStringLiteral("BEGIN")).exec(); // cached, as COMMIT: sqlite3_exec would parse them every read
    SqlStatementSession<SqliteConnection> session(*db, SqlDialect::sqlite());
    SqliteAccess access(*db, session, SqlDialect::sqlite(), Options);
    work(access);
}

const SqlDialect &SqliteAlertStore::dialect() const
{
    return SqlDialect::sqlite();
}

int SqliteAlertStore::largestBatch() const
{
    return m_writer->largestBatch();
}

int SqliteAlertStore::checkpoints() const
{
    return m_checkpointer->checkpoints();
}

void SqliteAlertStore::setPagesPerCheckpoint(int pages)
{
    m_checkpointer->setPagesPerCheckpoint(pages);
}

QString SqliteAlertStore::integrityCheck()
{
    std::unique_ptr<SqliteConnection> db = acquireReader();
    const QString result = db->scalar(QStringLiteral("PRAGMA integrity_check")).toString();
    releaseReader(std::move(db));
    return result;
}

std::unique_ptr<SqliteConnection> SqliteAlertStore::acquireReader()
{
    {
        std::lock_guard lock(m_poolMutex);
        if (!m_idleReaders.empty()) {
            auto db = std::move(m_idleReaders.back());
            m_idleReaders.pop_back();
            return db;
        }
    }
    auto db = std::make_unique<SqliteConnection>(m_path);
    configure(*db);
    db->execute(QStringLiteral("PRAGMA query_only = 1"));
    // Readers read through pread, not a memory map: in WAL mode SQLite unmaps the whole file at the start of every
    // read transaction that follows a commit, and under a steady stream of receives the munmap (with its TLB
    // shoot-downs on the other core), the new mmap and the page faults cost more than the reads themselves
    // (measured: 13-22% of alerta-server's CPU per receive at 8 connections; list queries not slower).
    return db;
}

void SqliteAlertStore::releaseReader(std::unique_ptr<SqliteConnection> connection)
{
    std::lock_guard lock(m_poolMutex);
    m_idleReaders.push_back(std::move(connection));
}
