// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/pgalertstore.h"

#include "core/logging.h"
#include "core/pgschema.h"
#include "core/sqlalertaccess.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

using PgAccess = SqlAlertAccess<PgConnection>;
using PgSession = SqlStatementSession<PgConnection>;

const SqlAlertAccessOptions WriterOptions{QStringLiteral(" FOR UPDATE"),
                                          PgAlertStore::keyLockStatement(),
                                          false,
                                          nullptr,
                                          -1};
const SqlAlertAccessOptions ReaderOptions{QString(), QString(), false};

// How often a write that failed for a transient reason (deadlock, serialization failure, lost connection) runs
// again before its caller gets the error.
constexpr int Attempts = 5;

} // namespace

QString PgAlertStore::keyLockStatement()
{
    // hashtextextended: a 64-bit hash of the key, the advisory lock's id, released at commit or rollback.
    return QStringLiteral("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))");
}

PgAlertStore::PgAlertStore(const PgConnectionOptions &options, int writers)
    : m_options(options)
{
    {
        PgConnection db(options);
        PgSchema::migrate(db);
    }
    for (int i = 0; i < std::max(1, writers); ++i)
        m_writers.emplace_back([this] { runWriter(); });
    qCInfo(lcStore) << "opened" << options.redacted() << "schema version" << PgSchema::currentVersion() << "with"
                    << m_writers.size() << "writer connections";
}

PgAlertStore::~PgAlertStore()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread &writer : m_writers)
        writer.join();
}

void PgAlertStore::submitWrite(std::function<bool(AlertTransaction &)> work,
                               std::function<void(const WriteFailure &)> done,
                               const QString &lockKey)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back({std::move(work), std::move(done), lockKey});
    }
    m_wake.notify_one();
}

void PgAlertStore::runWriter()
{
    std::unique_ptr<PgConnection> db;
    for (;;) {
        std::vector<Job> batch;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return; // stopping and drained
            // An equal share of what waits, so that the other writers get work too.
            const size_t share = std::max<size_t>(1, m_queue.size() / m_writers.size());
            while (!m_queue.empty() && batch.size() < std::min<size_t>(share, MaxBatch)) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
        }
        if (batch.size() == 1 || !runBatch(db, batch)) {
            for (Job &job : batch)
                job.done(runAlone(db, job));
        }
    }
}

// Ends a failed transaction. Returns false, having dropped the connection, when even that fails: the connection is
// lost (the server restarted, a failover) and the next attempt opens a new one.
bool PgAlertStore::rollBackOrDrop(std::unique_ptr<PgConnection> &db)
{
    try {
        if (db && db->isOpen())
            db->rollback();
        return true;
    } catch (const PgError &) {
        db.reset();
        return false;
    }
}

// A writer's connection, opened anew after a loss (a database restart, a failover).
void PgAlertStore::reconnectIfLost(std::unique_ptr<PgConnection> &db) const
{
    if (!db || !db->isOpen())
        db = std::make_unique<PgConnection>(m_options, QStringLiteral("writer"));
}

// The fast path: the whole batch in one transaction. Reports to every job and returns true once committed;
// returns false, having rolled back and reported to nobody, when the batch must take the slow path.
bool PgAlertStore::runBatch(std::unique_ptr<PgConnection> &db, std::vector<Job> &batch)
{
    std::vector<WriteFailure> failures(batch.size());
    try {
        reconnectIfLost(db);
        PgSession session(*db, SqlDialect::postgres());
        PgAccess access(*db, session, SqlDialect::postgres(), WriterOptions);
        db->executeDeferred(QStringLiteral("BEGIN")); // with the locks: one round trip
        QStringList keys;
        for (const Job &job : batch) {
            if (!job.lockKey.isEmpty())
                keys.append(job.lockKey);
        }
        if (!keys.isEmpty()) {
            // Ordered by lock id: every batch of every instance takes its locks in the same order.
            // The keys travel as a JSON array: a resource or environment may hold any character.
            db->scalar(
                QStringLiteral("SELECT COUNT(*) FROM (SELECT pg_advisory_xact_lock(h) FROM (SELECT DISTINCT "
                               "hashtextextended(k, 0) AS h FROM json_array_elements_text(?::json) k "
                               "ORDER BY h) ordered) locked"),
                {QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(keys)).toJson(QJsonDocument::Compact))});
            for (const QString &key : std::as_const(keys))
                access.holdKey(key);
        }
        for (size_t i = 0; i < batch.size(); ++i) {
            const qint64 before = access.writes() + session.executed();
            bool keep = false;
            try {
                keep = batch[i].work(access);
            } catch (const PgError &) {
                throw;
            } catch (const std::exception &e) {
                failures[i] = ApiError::internal(QString::fromUtf8(e.what()));
            }
            if (!keep && access.writes() + session.executed() != before) {
                db->rollback(); // its writes cannot be undone alone here
                return false;
            }
        }
        db->execute(QStringLiteral("COMMIT"));
    } catch (const PgError &e) {
        qCDebug(lcStore) << "batch of" << batch.size() << "writes failed, running them one by one:" << e.what();
        rollBackOrDrop(db);
        return false;
    }
    for (size_t i = 0; i < batch.size(); ++i) {
        if (failures[i])
            qCWarning(lcStore) << "write failed:" << failures[i]->message;
        batch[i].done(failures[i]);
    }
    return true;
}

// The slow path: one job in a transaction of its own, again after a transient failure. Returns the failure for the
// caller: none when committed or rolled back on purpose.
WriteFailure PgAlertStore::runAlone(std::unique_ptr<PgConnection> &db, Job &job)
{
    WriteFailure failure;
    for (int attempt = 1; attempt <= Attempts; ++attempt) {
        try {
            reconnectIfLost(db);
            PgSession session(*db, SqlDialect::postgres());
            PgAccess access(*db, session, SqlDialect::postgres(), WriterOptions);
            db->executeDeferred(QStringLiteral("BEGIN")); // with the job's first statement
            bool keep = false;
            try {
                keep = job.work(access);
            } catch (const PgError &) {
                throw;
            } catch (const std::exception &e) {
                db->rollback();
                qCWarning(lcStore) << "write failed:" << e.what();
                return ApiError::internal(QString::fromUtf8(e.what()));
            }
            if (keep)
                db->execute(QStringLiteral("COMMIT"));
            else
                db->rollback();
            return {};
        } catch (const PgError &e) {
            failure = e.apiError();
            const bool connectionLost = !rollBackOrDrop(db);
            if (!e.isTransient() && !connectionLost) {
                qCWarning(lcStore) << "write failed:" << e.what();
                return failure;
            }
            if (e.sqlState().startsWith(QLatin1StringView("08")))
                db.reset();
            qCInfo(lcStore) << "write attempt" << attempt << "failed, retrying:" << e.what();
        }
    }
    qCWarning(lcStore) << "write failed after" << Attempts << "attempts";
    return failure;
}

void PgAlertStore::read(const std::function<void(AlertReader &)> &work)
{
    std::unique_ptr<PgConnection> db = acquireReader();
    struct Release
    {
        PgAlertStore *store;
        std::unique_ptr<PgConnection> &db;
        ~Release()
        {
            try {
                db->execute(QStringLiteral("COMMIT")); // ends an aborted transaction too
            } catch (const PgError &) {
                return; // drop a connection left in a bad state
            }
            store->releaseReader(std::move(db));
        }
    } release{this, db};
    PgSession session(*db, SqlDialect::postgres());
    PgAccess access(*db, session, SqlDialect::postgres(), ReaderOptions);
    work(access);
}

bool PgAlertStore::runExclusive(const QString &task, const std::function<void()> &work)
{
    std::lock_guard lock(m_lockMutex);
    // Key space 1: the migration lock and the alert key locks use others.
    const QString taskKey = QStringLiteral("alerta task ") + task;
    try {
        if (!m_lockConnection || !m_lockConnection->isOpen())
            m_lockConnection = std::make_unique<PgConnection>(m_options, QStringLiteral("task lock"));
        if (!m_lockConnection->scalar(QStringLiteral("SELECT pg_try_advisory_lock(hashtextextended(?, 1))"), {taskKey})
                 .toBool()) {
            qCDebug(lcStore) << task << "is running on another instance; skipped here";
            return false;
        }
    } catch (const PgError &e) {
        // The database is unreachable: the task could not run anywhere from here; the next tick tries again.
        m_lockConnection.reset();
        qCWarning(lcStore) << task << "skipped: cannot take its lock:" << e.what();
        return false;
    }
    struct Unlock
    {
        PgConnection &db;
        const QString &key;
        ~Unlock()
        {
            try {
                db.scalar(QStringLiteral("SELECT pg_advisory_unlock(hashtextextended(?, 1))"), {key});
            } catch (const PgError &e) {
                qCWarning(lcStore) << "cannot release a task lock (it goes with the connection):" << e.what();
            }
        }
    } unlock{*m_lockConnection, taskKey};
    work();
    return true;
}

const SqlDialect &PgAlertStore::dialect() const
{
    return SqlDialect::postgres();
}

std::unique_ptr<PgConnection> PgAlertStore::acquireReader()
{
    // A pooled connection that the database ended (a restart, a failover) still says it is open: its first
    // statement fails. That one is the BEGIN, which has done nothing yet, so the next connection is tried instead of
    // failing the request; after a restart every pooled one is dead and the last resort is a new connection.
    const QString begin = QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    for (;;) {
        std::unique_ptr<PgConnection> db;
        {
            std::lock_guard lock(m_poolMutex);
            if (m_idleReaders.empty())
                break;
            db = std::move(m_idleReaders.back());
            m_idleReaders.pop_back();
        }
        if (!db->isOpen())
            continue;
        try {
            db->setStatementTimeout(m_queryTimeoutMs.load(std::memory_order_relaxed));
            db->execute(begin);
            return db;
        } catch (const PgError &e) {
            qCDebug(lcStore) << "dropping a pooled reader:" << e.what();
        }
    }
    auto db = std::make_unique<PgConnection>(m_options, QStringLiteral("reader"));
    db->setStatementTimeout(m_queryTimeoutMs.load(std::memory_order_relaxed));
    db->execute(begin);
    return db;
}

void PgAlertStore::releaseReader(std::unique_ptr<PgConnection> connection)
{
    std::lock_guard lock(m_poolMutex);
    m_idleReaders.push_back(std::move(connection));
}
