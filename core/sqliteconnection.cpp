// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/sqliteconnection.h"

#include "core/sqlvalues.h"

#include <QCache>
#include <QRegularExpression>

#include <sqlite3.h>

namespace {
// REGEXP for the query engine's `~` filters and `q` regexes. Compiled patterns are cached per thread because a
// query evaluates the same pattern against every row.
void regexpFunction(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    if (argc != 2 || sqlite3_value_type(argv[0]) == SQLITE_NULL || sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        sqlite3_result_int(ctx, 0);
        return;
    }
    thread_local QCache<QString, QRegularExpression> cache(64);
    const QString pattern =
        QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_value_text(argv[0])), sqlite3_value_bytes(argv[0]));
    QRegularExpression *re = cache.object(pattern);
    if (!re) {
        re = new QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
        if (!re->isValid()) {
            delete re;
            sqlite3_result_error(ctx, "invalid regular expression", -1);
            return;
        }
        cache.insert(pattern, re);
    }
    const QString subject =
        QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_value_text(argv[1])), sqlite3_value_bytes(argv[1]));
    sqlite3_result_int(ctx, re->match(subject).hasMatch() ? 1 : 0);
}
} // namespace

SqliteStatement::SqliteStatement(SqliteConnection &db, sqlite3_stmt *stmt, bool owned)
    : m_db(db)
    , m_stmt(stmt)
    , m_owned(owned)
{}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_owned(other.m_owned)
{}

SqliteStatement::~SqliteStatement()
{
    if (!m_stmt)
        return;
    if (m_owned) {
        sqlite3_finalize(m_stmt);
    } else {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

SqliteStatement &SqliteStatement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    if (int rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT))
        m_db.throwError(rc);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QByteArray &utf8)
{
    if (utf8.isNull())
        return bindNull(index);
    if (int rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT))
        m_db.throwError(rc);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value)
{
    if (int rc = sqlite3_bind_int64(m_stmt, index, value))
        m_db.throwError(rc);
    return *this;
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    if (int rc = sqlite3_bind_null(m_stmt, index))
        m_db.throwError(rc);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QVariant &value)
{
    switch (SqlValues::bindKind(value)) {
    case SqlValues::BindKind::Null:
        return bindNull(index);
    case SqlValues::BindKind::Integer:
        return bind(index, value.toLongLong());
    case SqlValues::BindKind::Real:
        if (int rc = sqlite3_bind_double(m_stmt, index, value.toDouble()))
            m_db.throwError(rc);
        return *this;
    case SqlValues::BindKind::Utf8:
        return bind(index, value.toByteArray());
    case SqlValues::BindKind::Text:
        break;
    }
    return bind(index, value.toString());
}

void SqliteStatement::bindAll(const QVariantList &values, int firstIndex)
{
    for (int i = 0; i < values.size(); ++i)
        bind(firstIndex + i, values[i]);
}

bool SqliteStatement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    m_db.throwError(rc);
}

void SqliteStatement::exec()
{
    while (next()) {
    }
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

bool SqliteStatement::isInteger(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_INTEGER;
}

QVariant SqliteStatement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return integer(column);
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_stmt, column);
    case SQLITE_BLOB:
        return blob(column);
    default:
        return text(column);
    }
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray SqliteStatement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QByteArray SqliteStatement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

qint64 SqliteStatement::rowsAffected() const
{
    return sqlite3_changes64(m_db.handle());
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

namespace {
// SQLite counts the memory it allocates under one process-wide mutex unless told not to, so that the writer and
// every reader connection contend on it at each allocation (a sixth of the writer's time in bench-receive, much of
// it waiting). Nothing here reads those counters. sqlite3_config() only works before SQLite initialises; when
// someone else was first (a Qt SQL driver), it refuses and the counters stay on, which is merely slower.
void configureSqliteOnce()
{
    static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(configured);
}
} // namespace

ApiError SqliteError::apiError() const
{
    const QString message = QString::fromUtf8(m_message);
    switch (m_code & 0xff) { // the primary code of an extended one
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ApiError::unavailable(message);
    case SQLITE_FULL:
        return {507, message, {}}; // Insufficient Storage
    case SQLITE_INTERRUPT:         // only a deadline interrupts (SqliteConnection::setDeadline)
        return ApiError::queryTimedOut();
    default:
        return ApiError::internal(message);
    }
}

SqliteConnection::SqliteConnection(const QString &path, Mode mode)
{
    configureSqliteOnce();
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        QByteArray message = m_db ? QByteArray(sqlite3_errmsg(m_db)) : QByteArray("cannot open database");
        sqlite3_close(m_db);
        m_db = nullptr;
        throw SqliteError(rc, message + ": " + path.toUtf8());
    }
    // SQLite falls back to read-only when the file or its directory is not writable, and every write would fail
    // later with a 500 while the server looked healthy.
    if (mode != Mode::ReadOnly && sqlite3_db_readonly(m_db, "main") == 1) {
        sqlite3_close(m_db);
        m_db = nullptr;
        throw SqliteError(SQLITE_READONLY, "the database file is not writable: " + path.toUtf8());
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 10000);
    sqlite3_create_function(m_db,
                            "regexp",
                            2,
                            SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                            nullptr,
                            &regexpFunction,
                            nullptr,
                            nullptr);
}

SqliteConnection::~SqliteConnection()
{
    for (sqlite3_stmt *stmt : std::as_const(m_cache))
        sqlite3_finalize(stmt);
    sqlite3_close(m_db);
}

void SqliteConnection::throwError(int code) const
{
    throw SqliteError(code, QByteArray(sqlite3_errmsg(m_db)));
}

void SqliteConnection::setDeadline(std::optional<std::chrono::steady_clock::time_point> deadline)
{
    m_deadline = deadline;
    if (m_watchingDeadline || !deadline)
        return;
    // SQLite calls back every 1,000 virtual machine instructions, a few microseconds: a clock read there is noise.
    sqlite3_progress_handler(
        m_db,
        1000,
        [](void *self) -> int {
            const auto &d = static_cast<SqliteConnection *>(self)->m_deadline;
            return d && std::chrono::steady_clock::now() >= *d ? 1 : 0;
        },
        this);
    m_watchingDeadline = true;
}

bool SqliteConnection::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

qint64 SqliteConnection::totalChanges() const
{
    return sqlite3_total_changes64(m_db);
}

void SqliteConnection::execute(const QString &sql)
{
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        QByteArray message(error ? error : "unknown error");
        sqlite3_free(error);
        throw SqliteError(rc, message);
    }
}

namespace {
sqlite3_stmt *compile(sqlite3 *db, const QString &sql, unsigned flags, int &rc)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    rc = sqlite3_prepare_v3(db, utf8.constData(), static_cast<int>(utf8.size()), flags, &stmt, nullptr);
    return stmt;
}
} // namespace

SqliteStatement SqliteConnection::prepare(const QString &sql)
{
    sqlite3_stmt *stmt = m_cache.value(sql);
    if (!stmt) {
        int rc = SQLITE_OK;
        stmt = compile(m_db, sql, SQLITE_PREPARE_PERSISTENT, rc);
        if (rc != SQLITE_OK)
            throwError(rc);
        m_cache.insert(sql, stmt);
    }
    return SqliteStatement(*this, stmt, false);
}

SqliteStatement SqliteConnection::prepareTransient(const QString &sql)
{
    int rc = SQLITE_OK;
    sqlite3_stmt *stmt = compile(m_db, sql, 0, rc);
    if (rc != SQLITE_OK)
        throwError(rc);
    return SqliteStatement(*this, stmt, true);
}

QVariant SqliteConnection::scalar(const QString &sql, const QVariantList &binds)
{
    SqliteStatement stmt = prepare(sql);
    stmt.bindAll(binds);
    return stmt.next() ? stmt.value(0) : QVariant();
}
