// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <exception>
#include <memory>
#include <optional>

/// Where a PostgreSQL database is, from upstream's `DATABASE_URL` (`postgres://user:pass@host:port/db?opt=value`,
/// also `postgresql://`). A `host` query parameter (a unix socket directory, as libpq allows) overrides the host
/// part, `application_name` names the sessions; other query parameters (sslmode, sslrootcert, connect_timeout...) go
/// to libpq as they are.
struct PgConnectionOptions
{
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QStringList libpqOptions; ///< `key=value`
    /// The sessions' application_name prefix (URL parameter `application_name`), to tell instances apart in
    /// pg_stat_activity.
    QString applicationName = QStringLiteral("alerta-server");

    /// libpqOptions with this project's defaults for the timeouts libpq leaves unbounded, each unless the URL sets
    /// it: connect_timeout=10 (s; or PGCONNECT_TIMEOUT when set), keepalives_idle=30, keepalives_interval=10,
    /// keepalives_count=3 (s; a connection to a host that died or fell off the network is found dead after about a
    /// minute rather than the system's two hours, the wait of a request for a database that failed over),
    /// tcp_user_timeout=30000 (ms of data left unacknowledged). Keepalives apply to TCP connections only; on a unix
    /// socket libpq ignores them.
    QStringList connectOptions() const;

    static bool isPostgresUrl(const QString &url);
    /// nullopt, with the reason in `error`, when the URL is not a usable postgres:// URL.
    static std::optional<PgConnectionOptions> fromUrl(const QString &url, QString *error = nullptr);
    /// The URL with the password left out, for logs and messages.
    QString redacted() const;
};

/// A failed statement, with PostgreSQL's SQLSTATE (40P01 deadlock, 40001 serialization failure, 23505 unique
/// violation...) so that callers can tell which failures are worth a retry.
class PgError : public std::exception
{
public:
    PgError(QString sqlState, const QString &message)
        : m_sqlState(std::move(sqlState))
        , m_message(message.toUtf8())
    {}
    const char *what() const noexcept override { return m_message.constData(); }
    const QString &sqlState() const { return m_sqlState; }
    /// Deadlock, serialization failure or a lost connection: running the transaction again may succeed.
    bool isTransient() const;
    /// The server cannot be reached, is shutting down or starting, or has no connection left (classes 08 and 53,
    /// 57P01-57P03): the request may succeed later or on another instance.
    bool isUnavailable() const;
    /// What a client is told: the SQLSTATE alone. The message itself may name the database's host, socket, user
    /// or the values of a row; the server's log has it.
    QString clientMessage() const;
    /// The error a client gets: 503 when the database is unavailable, otherwise upstream's 500; the SQLSTATE in
    /// either, never the message.
    ApiError apiError() const;

private:
    QString m_sqlState;
    QByteArray m_message;
};

struct pg_conn;
struct pg_result;
class PgPipeline;

/// A prepared statement of a PgConnection, with SqliteStatement's interface so that the store code is written once
/// (core/sqlalertaccess.h). Parameters are 1-based; SQLite's `?` and `?NNN` placeholders are accepted. Values travel
/// as text through the extended protocol (Bind), so the server never parses them as part of a statement.
class PgStatement
{
public:
    /// `name` is a statement prepared on the connection; an empty name runs `transientSql` (already numbered) as
    /// the unnamed statement. Statements run through the connection's pipeline.
    PgStatement(PgPipeline *pipeline, QByteArray name, QByteArray transientSql = {});
    PgStatement(PgStatement &&other) noexcept;
    ~PgStatement();
    PgStatement(const PgStatement &) = delete;
    PgStatement &operator=(const PgStatement &) = delete;
    PgStatement &operator=(PgStatement &&) = delete;

    PgStatement &bind(int index, const QVariant &value);
    PgStatement &bind(int index, const QString &value);
    /// Text that is already UTF-8 (JSON from the serialiser); a null array binds NULL.
    PgStatement &bind(int index, const QByteArray &utf8);
    PgStatement &bind(int index, qint64 value);
    PgStatement &bindNull(int index);
    void bindAll(const QVariantList &values, int firstIndex = 1);

    /// Runs the statement on the first call, then advances to the next row; false when done. Throws PgError.
    bool next();
    /// Runs the statement (for statements that return no rows).
    void exec();
    /// Runs the statement with the connection's next statement whose result is read (PgPipeline): for writes whose
    /// outcome only the transaction's COMMIT needs to know (rowsAffected() is not known). An error is thrown by
    /// that later statement.
    void execDeferred();
    /// Runs the statement with the connection's next statement whose result is read, like execDeferred(), and keeps
    /// its rows for next() once that one has run (two look-ups in one round trip). next() throws PgError when that
    /// has not happened yet or the round trip failed (the failure itself goes to the statement that ran). reset(),
    /// or the statement's end, gives the rows up; exec() in between would run the statement a second time.
    void execAhead();
    /// Ends the current run and clears the bindings.
    void reset();
    /// Rows changed by the last exec().
    qint64 rowsAffected() const;

    bool isNull(int column) const;
    QString text(int column) const;
    /// The column as null, qint64, double or QString.
    QVariant value(int column) const;
    QByteArray utf8(int column) const;
    qint64 integer(int column) const;
    int columnCount() const;

private:
    void clearResult();
    const char *cell(int column) const;

    PgPipeline *m_pipeline;
    QByteArray m_name;
    QByteArray m_transientSql;
    QList<QByteArray> m_values; ///< a null array is SQL NULL
    pg_result *m_result = nullptr;
    int m_row = -1;
    qint64 m_aheadTicket = -1; ///< execAhead()'s result, not yet taken from the pipeline
};

/// One PostgreSQL connection, with a cache of prepared statements. One thread at a time; a pool may hand it from
/// thread to thread between uses.
///
/// Qt SQL's QPSQL driver opens and closes the connection and delivers LISTEN notifications (QSqlDriver::notification);
/// statements run through libpq on the driver's handle (QSqlDriver::handle()), prepared once and executed with their
/// values as parameters. QPSQL sends each execution as the simple query `EXECUTE name ('literal', ...)`, which the
/// server parses and evaluates every time, after formatting and escaping every value on the client.
class PgConnection
{
public:
    /// The session's idle_in_transaction_session_timeout unless one is configured (see the constructor).
    static constexpr QLatin1StringView IdleInTransactionLimit{"30s"};

    /// Connects; throws PgError when the server cannot be reached or refuses the login. `role` completes the
    /// session's application_name ("alerta-server <role>"), which tells connections apart in pg_stat_activity.
    explicit PgConnection(const PgConnectionOptions &options, const QString &role = {});
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    /// Runs SQL without parameters or results (may hold several statements, unless statements are held back).
    void execute(const QString &sql);
    /// Runs one SQL statement without parameters or results with the next statement whose result is read (BEGIN).
    void executeDeferred(const QString &sql);
    /// Rolls the transaction back, with the statements held back for it.
    void rollback();
    /// A cached prepared statement, reset and ready to bind. For fixed SQL texts only.
    PgStatement prepare(const QString &sql);
    /// A statement dropped when it goes out of scope, for SQL built per request (filters, sorts).
    PgStatement prepareTransient(const QString &sql);
    QVariant scalar(const QString &sql, const QVariantList &binds = {});

    /// The Qt SQL connection (for notifications).
    QSqlDatabase database() const;
    /// False once the connection to the server is lost; such a connection is dropped rather than reused.
    bool isOpen() const;
    /// Sets the session's statement_timeout (0 = none) unless it already has that value: PostgreSQL then cancels
    /// a statement that runs longer (SQLSTATE 57014, PgError 503).
    void setStatementTimeout(qint64 ms);
    /// The value libpq uses for connection option `key` (connect_timeout, keepalives_idle...), empty when unset.
    QString setting(const char *key) const;
    /// Runs `SELECT 1` through Qt SQL, which then also looks for notifications that arrived meanwhile (a statement
    /// run through libpq directly would read them off the socket unseen by the driver). Throws PgError.
    void ping();

    /// `sql` with SQLite-style `?` / `?NNN` placeholders as PostgreSQL's `$N`, quoted text left alone.
    static QString numberedPlaceholders(const QString &sql);

    /// The error of a failed `result` (none: the connection's), SQLSTATE 08006 for a lost connection (libpq gives
    /// it none).
    static PgError errorOf(pg_conn *connection, pg_result *result);
    /// Throws errorOf() unless `result` is a success, freeing a failed result.
    static void check(pg_conn *connection, pg_result *result);

private:
    /// Closes the Qt SQL connection and forgets its name.
    void release();

    QString m_name;
    QSqlDatabase m_db;
    pg_conn *m_connection = nullptr;       ///< the driver's
    QHash<QString, QByteArray> m_prepared; ///< SQL text -> statement name on the server
    int m_statementsPrepared = 0;          ///< numbers the names
    qint64 m_statementTimeoutMs = 0;       ///< as set by setStatementTimeout(); the server's default is 0
    std::unique_ptr<PgPipeline> m_pipeline;
};
