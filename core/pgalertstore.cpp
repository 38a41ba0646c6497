// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/pgalertstore.h"

#include "core/logging.h"
#include "core/pgschema.h"
#include "core/sqlalertaccess.h"

namespace {

using PgAccess = SqlAlertAccess<PgConnection>;
using PgSession = SqlStatementSession<PgConnection>;

const SqlAlertAccessOptions WriterOptions{
    QStringLiteral(" FOR UPDATE"),
    // hashtextextended: a 64-bit hash of the key, the advisory lock's id, released at commit or rollback.
    QStringLiteral("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))"),
    false};
const SqlAlertAccessOptions ReaderOptions{QString(), QString(), false};

// How often a write that failed for a transient reason (deadlock, serialization failure, lost connection) runs
// again before its caller gets the error.
constexpr int Attempts = 5;

} // namespace

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

void PgAlertStore::submitWrite(std::function<bool(AlertTransaction &)> work, std::function<void(const QString &)> done)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back({std::move(work), std::move(done)});
    }
    m_wake.notify_one();
}

void PgAlertStore::runWriter()
{
    std::unique_ptr<PgConnection> db;
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return; // stopping and drained
            job = std::move(m_queue.front());
            m_queue.pop_front();
        }
        const QString error = runJob(db, job);
        job.done(error);
    }
}

// One transaction for one job. Returns the error for the caller: empty when committed or rolled back on purpose.
QString PgAlertStore::runJob(std::unique_ptr<PgConnection> &db, Job &job)
{
    QString error;
    for (int attempt = 1; attempt <= Attempts; ++attempt) {
        try {
            if (!db || !db->isOpen())
                db = std::make_unique<PgConnection>(m_options);
            PgSession session(*db, SqlDialect::postgres());
            PgAccess access(*db, session, SqlDialect::postgres(), WriterOptions);
            db->execute(QStringLiteral("BEGIN"));
            bool keep = false;
            try {
                keep = job.work(access);
            } catch (const PgError &) {
                throw;
            } catch (const std::exception &e) {
                db->execute(QStringLiteral("ROLLBACK"));
                qCWarning(lcStore) << "write failed:" << e.what();
                return QString::fromUtf8(e.what());
            }
            db->execute(keep ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
            return {};
        } catch (const PgError &e) {
            error = QString::fromUtf8(e.what());
            try {
                if (db && db->isOpen())
                    db->execute(QStringLiteral("ROLLBACK"));
            } catch (const PgError &) {
                db.reset(); // a connection that cannot even roll back is not reused
            }
            if (!e.isTransient()) {
                qCWarning(lcStore) << "write failed:" << e.what();
                return error;
            }
            if (e.sqlState().startsWith(QLatin1StringView("08")))
                db.reset();
            qCInfo(lcStore) << "write attempt" << attempt << "failed, retrying:" << e.what();
        }
    }
    qCWarning(lcStore) << "write failed after" << Attempts << "attempts:" << error;
    return error;
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
    db->execute(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
    PgSession session(*db, SqlDialect::postgres());
    PgAccess access(*db, session, SqlDialect::postgres(), ReaderOptions);
    work(access);
}

const SqlDialect &PgAlertStore::dialect() const
{
    return SqlDialect::postgres();
}

std::unique_ptr<PgConnection> PgAlertStore::acquireReader()
{
    {
        std::lock_guard lock(m_poolMutex);
        while (!m_idleReaders.empty()) {
            auto db = std::move(m_idleReaders.back());
            m_idleReaders.pop_back();
            if (db->isOpen())
                return db;
        }
    }
    return std::make_unique<PgConnection>(m_options);
}

void PgAlertStore::releaseReader(std::unique_ptr<PgConnection> connection)
{
    std::lock_guard lock(m_poolMutex);
    m_idleReaders.push_back(std::move(connection));
}
