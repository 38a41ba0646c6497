// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/sqlitecheckpointer.h"

#include "core/logging.h"
#include "core/sqliteconnection.h"

#include <sqlite3.h>

#include <memory>

SqliteCheckpointer::SqliteCheckpointer(const QString &path)
    : m_path(path)
    , m_thread([this] { run(); })
{}

SqliteCheckpointer::~SqliteCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void SqliteCheckpointer::watch(sqlite3 *writer)
{
    // Replaces the automatic checkpoint, which is itself a WAL hook.
    sqlite3_wal_hook(writer, &SqliteCheckpointer::walHook, this);
}

int SqliteCheckpointer::checkpoints() const
{
    std::lock_guard lock(m_mutex);
    return m_checkpoints;
}

// Called by SQLite on the writer's thread after each commit, with the number of pages in the log.
//
// The background checkpoint copies the pages the log had when it started, but the writer keeps appending meanwhile,
// so the log is never wholly copied and SQLite never starts it over: it would grow without end. So once a
// background checkpoint is done, the writer copies the few pages appended since itself, between two of its
// transactions; with the log wholly copied, its next transaction writes the log from the start again.
int SqliteCheckpointer::walHook(void *self, sqlite3 *writer, const char *, int pages)
{
    auto *checkpointer = static_cast<SqliteCheckpointer *>(self);
    if (checkpointer->m_caughtUp.exchange(false)) {
        sqlite3_wal_checkpoint_v2(writer, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        return SQLITE_OK;
    }
    if (pages >= checkpointer->m_pagesPerCheckpoint)
        checkpointer->request();
    return SQLITE_OK;
}

void SqliteCheckpointer::request()
{
    {
        std::lock_guard lock(m_mutex);
        m_pending = true;
    }
    m_wake.notify_one();
}

void SqliteCheckpointer::run()
{
    std::unique_ptr<SqliteConnection> db;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || m_pending; });
            if (!m_pending)
                return;
            m_pending = false;
        }
        try {
            if (!db) {
                db = std::make_unique<SqliteConnection>(m_path);
                // A new connection learns that the file is in WAL mode only when it first reads it; until then a
                // checkpoint does nothing.
                db->scalar(QStringLiteral("PRAGMA journal_mode"));
            }
            int logPages = 0;
            int copiedPages = 0;
            const int rc =
                sqlite3_wal_checkpoint_v2(db->handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, &logPages, &copiedPages);
            if (rc != SQLITE_OK && rc != SQLITE_BUSY)
                db->throwError(rc);
            m_caughtUp = rc == SQLITE_OK && copiedPages == logPages;
            std::lock_guard lock(m_mutex);
            ++m_checkpoints;
        } catch (const SqliteError &e) {
            // The log keeps growing until a later checkpoint works; the data is safe in it meanwhile.
            qCWarning(lcStore) << "checkpoint failed:" << e.what();
            db.reset();
        }
    }
}
