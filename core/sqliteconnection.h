// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVariant>

#include <chrono>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

class SqliteConnection;

/// A prepared statement owned by its connection's cache. Bind with 1-based indexes or append in order.
/// Not thread-safe: a statement belongs to the thread that uses its connection.
class SqliteStatement
{
public:
    SqliteStatement(SqliteConnection &db, sqlite3_stmt *stmt, bool owned);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    SqliteStatement &operator=(SqliteStatement &&) = delete;

    SqliteStatement &bind(int index, const QVariant &value);
    SqliteStatement &bind(int index, const QString &value);
    /// Binds text that is already UTF-8 (JSON from the serialiser); a null array binds NULL.
    SqliteStatement &bind(int index, const QByteArray &utf8);
    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bindNull(int index);
    void bindAll(const QVariantList &values, int firstIndex = 1);

    /// Advances to the next row; false when done. Errors throw SqliteError.
    bool next();
    /// Runs to completion (for statements that return no rows).
    void exec();
    /// exec(): SQLite runs in this process, there is no round trip to save (PgStatement::execDeferred()).
    void execDeferred() { exec(); }
    /// Resets and clears bindings so that the cached statement can be used again.
    void reset();
    /// Rows inserted, updated or deleted by the last statement that finished on this connection.
    qint64 rowsAffected() const;

    bool isNull(int column) const;
    /// True when the column holds an integer (as opposed to text, real or null).
    bool isInteger(int column) const;
    QString text(int column) const;
    /// The column as a QVariant: null, qint64, double, QString or (blobs) QByteArray.
    QVariant value(int column) const;
    /// The column's text as UTF-8 bytes, without decoding (for JSON parsers).
    QByteArray utf8(int column) const;
    qint64 integer(int column) const;
    QByteArray blob(int column) const;
    int columnCount() const;

private:
    SqliteConnection &m_db;
    sqlite3_stmt *m_stmt;
    bool m_owned; ///< finalised by this object rather than cached by the connection
};

/// A failed SQLite call; carries sqlite's message and result code.
class SqliteError : public std::exception
{
public:
    SqliteError(int code, QByteArray message)
        : m_code(code)
        , m_message(std::move(message))
    {}
    const char *what() const noexcept override { return m_message.constData(); }
    int code() const { return m_code; }
    /// The error a client gets: 503 while another process holds the database (busy, locked) and for a read stopped
    /// at its deadline, 507 when its disk is full, otherwise 500; SQLite's message in each (statements' messages
    /// name no path or value).
    ApiError apiError() const;

private:
    int m_code;
    QByteArray m_message;
};

/// One SQLite connection with a prepared-statement cache and the functions the query engine needs
/// (`REGEXP` through QRegularExpression). One thread at a time.
class SqliteConnection
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    /// Opens (creating when ReadWrite) the database file; ":memory:" works for tests.
    explicit SqliteConnection(const QString &path, Mode mode = Mode::ReadWrite);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    /// Runs one or more statements without results.
    void execute(const QString &sql);
    /// A cached prepared statement, reset and ready to bind. For fixed SQL texts only: the cache is never pruned.
    SqliteStatement prepare(const QString &sql);
    /// A statement finalised when it goes out of scope, for SQL built per request (filters, sorts).
    SqliteStatement prepareTransient(const QString &sql);
    /// Value of the first column of the first row, or a null QVariant.
    QVariant scalar(const QString &sql, const QVariantList &binds = {});

    sqlite3 *handle() const { return m_db; }
    [[noreturn]] void throwError(int code) const;
    /// Rows inserted, updated or deleted on this connection since it opened (sqlite3_total_changes64).
    qint64 totalChanges() const;
    /// A transaction is open (BEGIN ran and neither COMMIT, ROLLBACK nor an error that rolls back ended it).
    bool inTransaction() const;
    /// Stops a statement of this connection that is still running at `deadline` (SQLITE_INTERRUPT, SqliteError
    /// 503); nullopt lets statements run as long as they take, as they do until this is first called.
    void setDeadline(std::optional<std::chrono::steady_clock::time_point> deadline);

private:
    sqlite3 *m_db = nullptr;
    QHash<QString, sqlite3_stmt *> m_cache;
    std::optional<std::chrono::steady_clock::time_point> m_deadline;
    bool m_watchingDeadline = false; ///< the progress handler is installed
};
