// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/pgalertstore.h"

#include "core/alertrowcache.h"
#include "core/logging.h"
#include "core/pgalertpreload.h"
#include "core/pgschema.h"
#include "core/sqlalertaccess.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

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
                               const std::optional<AlertKey> &subject)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back({std::move(work), std::move(done), subject});
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
            // Everything that waits (up to MaxBatch), not a share: the other writer is most likely committing
            // meanwhile and takes what comes next. Equal shares among four writers made batches of one at 8
            // connections, each paying its own BEGIN, locks, look-ups, COMMIT and WAL flush.
            while (!m_queue.empty() && batch.size() < MaxBatch) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
        }
        if (!runBatch(db, batch)) {
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

// The fast path: the whole batch in one transaction. Reports to every job and returns true once committed, or once
// a lone job has rolled back or failed for good (what the slow path would find again); returns false, having rolled
// back and reported to nobody, when the batch must take the slow path.
bool PgAlertStore::runBatch(std::unique_ptr<PgConnection> &db, std::vector<Job> &batch)
{
    std::vector<WriteFailure> failures(batch.size());
    bool loneJobRolledBack = false;
    try {
        reconnectIfLost(db);
        PgSession session(*db, SqlDialect::postgres());
        // The rows the batch's receives are about, with their whole histories (the answers carry them): right for
        // as long as this transaction holds their row locks, so kept for it alone. No bound: the batch is.
        AlertRowCache preloaded(std::numeric_limits<qsizetype>::max(),
                                std::numeric_limits<qint64>::max(),
                                AlertRowCache::AllHistory);
        SqlAlertAccessOptions options = WriterOptions;
        options.rowCache = &preloaded;
        PgAccess access(*db, session, SqlDialect::postgres(), options);
        // BEGIN, the key locks and the look-up of the batch's alerts: one round trip.
        db->executeDeferred(QStringLiteral("BEGIN"));
        QList<AlertKey> subjects;
        QStringList keys;
        for (const Job &job : batch) {
            if (job.subject) {
                subjects.append(*job.subject);
                keys.append(job.subject->lockKey());
            }
        }
        if (!keys.isEmpty()) {
            // Ordered by lock id: every batch of every instance takes its locks in the same order.
            // The keys travel as a JSON array: a resource or environment may hold any character.
            PgStatement lock = db->prepare(
                QStringLiteral("SELECT COUNT(*) FROM (SELECT pg_advisory_xact_lock(h) FROM (SELECT DISTINCT "
                               "hashtextextended(k, 0) AS h FROM json_array_elements_text(?::json) k "
                               "ORDER BY h) ordered) locked"));
            lock.bind(1, QJsonDocument(QJsonArray::fromStringList(keys)).toJson(QJsonDocument::Compact));
            lock.execDeferred();
            for (const QString &key : std::as_const(keys))
                access.holdKey(key);
        }
        PgAlertPreload::load(*db, subjects, preloaded);
        for (size_t i = 0; i < batch.size() && !loneJobRolledBack; ++i) {
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
                if (batch.size() > 1)
                    return false;
                loneJobRolledBack = true; // what the slow path would do again
            }
        }
        if (!loneJobRolledBack)
            db->execute(QStringLiteral("COMMIT"));
    } catch (const PgError &e) {
        const bool connectionLost = !rollBackOrDrop(db);
        if (batch.size() == 1 && !e.isTransient() && !connectionLost) {
            // A lasting failure (a value the column refuses, a key taken): running the job again would find it again.
            qCWarning(lcStore) << "write failed:" << e.what();
            batch.front().done(e.apiError());
            return true;
        }
        qCInfo(lcStore) << "batch of" << batch.size() << "writes failed, running them one by one:" << e.what();
        ++m_batchesRunAlone;
        return false;
    }
    reportFailures(batch, failures);
    return true;
}

void PgAlertStore::reportFailures(std::vector<Job> &batch, const std::vector<WriteFailure> &failures)
{
    for (size_t i = 0; i < batch.size(); ++i) {
        if (failures[i])
            qCWarning(lcStore) << "write failed:" << failures[i]->message;
        batch[i].done(failures[i]);
    }
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
