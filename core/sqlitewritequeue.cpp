// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/sqlitewritequeue.h"

#include "core/logging.h"
#include "core/sqliteconnection.h"

namespace {
// An upper bound keeps one transaction's latency reasonable when thousands of callers queue at once.
constexpr size_t MaxBatch = 2048;
} // namespace

SqliteWriteQueue::SqliteWriteQueue(const QString &path, const std::function<void(SqliteConnection &)> &init)
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

void SqliteWriteQueue::commitBatch(SqliteConnection &db, std::deque<Job> &batch)
{
    QString commitError;
    try {
        db.execute(QStringLiteral("BEGIN IMMEDIATE"));
        for (Job &job : batch) {
            db.prepare(QStringLiteral("SAVEPOINT job")).exec();
            bool keep = false;
            try {
                keep = job.work(db);
            } catch (const std::exception &e) {
                qCWarning(lcStore) << "write failed:" << e.what();
                // The job reported nothing; make sure its caller hears about the failure.
                job.done(QString::fromUtf8(e.what()));
                job.done = nullptr;
            }
            if (!keep)
                db.prepare(QStringLiteral("ROLLBACK TO job")).exec();
            db.prepare(QStringLiteral("RELEASE job")).exec();
        }
        db.prepare(QStringLiteral("COMMIT")).exec();
    } catch (const SqliteError &e) {
        commitError = QString::fromUtf8(e.what());
        qCWarning(lcStore) << "commit failed:" << e.what();
        try {
            db.execute(QStringLiteral("ROLLBACK"));
        } catch (const SqliteError &) {
            // no transaction left to roll back
        }
    }
    for (Job &job : batch) {
        if (job.done)
            job.done(commitError);
    }
}
