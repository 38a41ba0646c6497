// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/pgconnection.h"

#include "core/pgpipeline.h"
#include "core/sqlvalues.h"

#include <QLocale>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <QVarLengthArray>

#include <libpq-fe.h>

#include <algorithm>
#include <atomic>
#include <utility>

namespace {

PgError errorOfQuery(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    QString message = error.databaseText().trimmed();
    if (message.isEmpty())
        message = error.text().trimmed();
    return PgError(state, message);
}

// Type OIDs of the results (catalog/pg_type.h is a server header).
constexpr Oid BoolOid = 16;
constexpr Oid Int8Oid = 20;
constexpr Oid Int2Oid = 21;
constexpr Oid Int4Oid = 23;
constexpr Oid OidOid = 26;
constexpr Oid Float4Oid = 700;
constexpr Oid Float8Oid = 701;
constexpr Oid NumericOid = 1700;

QString nextConnectionName()
{
    static std::atomic<int> counter = 0;
    return QStringLiteral("alerta-pg-%1").arg(++counter);
}

} // namespace

PgError PgConnection::errorOf(pg_conn *connection, pg_result *result)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    QString message = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(connection)).trimmed();
    if (message.isEmpty())
        message = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
    QString sqlState = state ? QString::fromLatin1(state) : QString();
    if (sqlState.isEmpty() && PQstatus(connection) != CONNECTION_OK)
        sqlState = QStringLiteral("08006");
    return PgError(sqlState, message);
}

void PgConnection::check(pg_conn *connection, pg_result *result)
{
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY)
        return;
    PgError error = errorOf(connection, result);
    if (result)
        PQclear(result);
    throw error;
}

QString PgError::clientMessage() const
{
    return QStringLiteral("database error (SQLSTATE %1)").arg(m_sqlState);
}

bool PgError::isUnavailable() const
{
    // 08 connection exceptions, 53 insufficient resources (too many connections, disk full, out of memory),
    // 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now (starting up, recovering).
    return m_sqlState.startsWith(QLatin1StringView("08")) || m_sqlState.startsWith(QLatin1StringView("53"))
        || m_sqlState == QLatin1StringView("57P01") || m_sqlState == QLatin1StringView("57P02")
        || m_sqlState == QLatin1StringView("57P03");
}

ApiError PgError::apiError() const
{
    if (isUnavailable())
        return ApiError::unavailable(QStringLiteral("database unavailable (SQLSTATE %1)").arg(m_sqlState));
    if (m_sqlState == QLatin1StringView("57014")) // query_canceled: statement_timeout (setStatementTimeout)
        return ApiError::queryTimedOut();
    return ApiError::internal(QStringLiteral("An internal error has occurred!"), {clientMessage()});
}

bool PgError::isTransient() const
{
    // 40001 serialization_failure, 40P01 deadlock_detected, class 08 connection exceptions, 57P01 admin shutdown.
    return m_sqlState == QLatin1StringView("40001") || m_sqlState == QLatin1StringView("40P01")
        || m_sqlState.startsWith(QLatin1StringView("08")) || m_sqlState == QLatin1StringView("57P01");
}

bool PgConnectionOptions::isPostgresUrl(const QString &url)
{
    return url.startsWith(QLatin1StringView("postgres://")) || url.startsWith(QLatin1StringView("postgresql://"));
}

std::optional<PgConnectionOptions> PgConnectionOptions::fromUrl(const QString &url, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!isPostgresUrl(url))
        return fail(QStringLiteral("not a postgres:// URL"));
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid())
        return fail(QStringLiteral("invalid DATABASE_URL: %1").arg(parsed.errorString()));
    PgConnectionOptions options;
    options.host = parsed.host();
    options.port = parsed.port(5432);
    options.user = parsed.userName();
    options.password = parsed.password();
    options.database = parsed.path().mid(1);
    const QUrlQuery query(parsed);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        // Qt's driver turns every `;` of the connect options into a space, even in a quoted value.
        if (value.contains(u';'))
            return fail(QStringLiteral("DATABASE_URL option %1: a value cannot hold ';'").arg(key));
        if (key == QLatin1StringView("host"))
            options.host = value;
        else if (key == QLatin1StringView("application_name"))
            options.applicationName = value;
        else
            options.libpqOptions.append(key + u'=' + value);
    }
    if (options.database.isEmpty())
        return fail(QStringLiteral("DATABASE_URL names no database (postgres://user:password@host:port/database)"));
    return options;
}

QStringList PgConnectionOptions::connectOptions() const
{
    static const std::pair<QLatin1StringView, QLatin1StringView> Defaults[] = {
        {QLatin1StringView("connect_timeout"), QLatin1StringView("10")},
        {QLatin1StringView("keepalives_idle"), QLatin1StringView("30")},
        {QLatin1StringView("keepalives_interval"), QLatin1StringView("10")},
        {QLatin1StringView("keepalives_count"), QLatin1StringView("3")},
        {QLatin1StringView("tcp_user_timeout"), QLatin1StringView("30000")},
    };
    QStringList options;
    for (const QString &option : libpqOptions) {
        // A value with spaces (options=-c a=1 -c b=2) is quoted in libpq's conninfo syntax, or its words would be
        // read as keywords of their own.
        const qsizetype equals = option.indexOf(u'=');
        QString value = option.mid(equals + 1);
        const bool plain = !value.isEmpty() && std::none_of(value.cbegin(), value.cend(), [](QChar c) {
            return c.isSpace() || c == u'\'' || c == u'\\';
        });
        if (!plain) {
            value.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
            value = u'\'' + value + u'\'';
        }
        options.append(option.left(equals + 1) + value);
    }
    for (const auto &[key, value] : Defaults) {
        if (key == QLatin1StringView("connect_timeout") && qEnvironmentVariableIsSet("PGCONNECT_TIMEOUT"))
            continue; // libpq's own environment variable: the administrator's choice
        const bool given = std::any_of(libpqOptions.cbegin(), libpqOptions.cend(), [key = key](const QString &option) {
            return option.startsWith(key) && option.mid(key.size()).startsWith(u'=');
        });
        if (!given)
            options.append(key + u'=' + value);
    }
    return options;
}

QString PgConnectionOptions::redacted() const
{
    QString text = QStringLiteral("postgres://");
    if (!user.isEmpty())
        text += user + u'@';
    text += (host.startsWith(u'/') ? QString() : host) + u':' + QString::number(port) + u'/' + database;
    if (host.startsWith(u'/'))
        text += u"?host=" + host;
    return text;
}

PgStatement::PgStatement(PgPipeline *pipeline, QByteArray name, QByteArray transientSql)
    : m_pipeline(pipeline)
    , m_name(std::move(name))
    , m_transientSql(std::move(transientSql))
{}

PgStatement::PgStatement(PgStatement &&other) noexcept
    : m_pipeline(other.m_pipeline)
    , m_name(std::move(other.m_name))
    , m_transientSql(std::move(other.m_transientSql))
    , m_values(std::move(other.m_values))
    , m_result(std::exchange(other.m_result, nullptr))
    , m_row(other.m_row)
    , m_aheadTicket(std::exchange(other.m_aheadTicket, -1))
{}

PgStatement::~PgStatement()
{
    clearResult();
}

PgStatement &PgStatement::bind(int index, const QVariant &value)
{
    switch (SqlValues::bindKind(value)) {
    case SqlValues::BindKind::Null:
        return bindNull(index);
    case SqlValues::BindKind::Integer:
        return bind(index, value.toLongLong());
    case SqlValues::BindKind::Real:
        // Shortest text that reads back as the same double.
        return bind(index, QByteArray::number(value.toDouble(), 'g', QLocale::FloatingPointShortest));
    case SqlValues::BindKind::Utf8:
        return bind(index, value.toByteArray());
    case SqlValues::BindKind::Text:
        break;
    }
    return bind(index, value.toString());
}

PgStatement &PgStatement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    if (value.isEmpty())
        return bind(index, QByteArray("", 0)); // '', not NULL (toUtf8() of an empty text may be a null array)
    return bind(index, value.toUtf8());
}

PgStatement &PgStatement::bind(int index, const QByteArray &utf8)
{
    if (m_values.size() < index)
        m_values.resize(index);
    m_values[index - 1] = utf8;
    return *this;
}

PgStatement &PgStatement::bind(int index, qint64 value)
{
    return bind(index, QByteArray::number(value));
}

PgStatement &PgStatement::bindNull(int index)
{
    // Untyped: the server infers the parameter's type from the statement.
    if (m_values.size() < index)
        m_values.resize(index);
    m_values[index - 1] = QByteArray();
    return *this;
}

void PgStatement::bindAll(const QVariantList &values, int firstIndex)
{
    for (int i = 0; i < values.size(); ++i)
        bind(firstIndex + i, values.at(i));
}

bool PgStatement::next()
{
    if (!m_result && m_aheadTicket >= 0) {
        const qint64 ticket = std::exchange(m_aheadTicket, -1);
        m_result = m_pipeline->takeResult(ticket);
        if (!m_result) { // a PgError, which a writer handles, rather than one that would end its thread
            m_pipeline->abandon(ticket);
            throw PgError(QStringLiteral("55000"),
                          QStringLiteral("a statement sent ahead has no rows: the statement that takes it along has "
                                         "not run, or its round trip failed"));
        }
        m_row = -1;
    }
    if (!m_result)
        exec();
    return ++m_row < PQntuples(m_result);
}

void PgStatement::exec()
{
    clearResult();
    m_result = m_pipeline->run(m_name, m_transientSql, m_values);
    m_row = -1;
}

void PgStatement::execDeferred()
{
    clearResult();
    m_pipeline->defer(m_name, m_transientSql, m_values);
}

void PgStatement::execAhead()
{
    clearResult();
    m_aheadTicket = m_pipeline->deferKeepingResult(m_name, m_transientSql, m_values);
}

void PgStatement::reset()
{
    clearResult();
    m_values.clear();
}

qint64 PgStatement::rowsAffected() const
{
    return m_result ? QByteArray(PQcmdTuples(m_result)).toLongLong() : 0;
}

void PgStatement::clearResult()
{
    if (m_aheadTicket >= 0) // sent ahead and never read: its result goes too, now or when it comes
        m_pipeline->abandon(std::exchange(m_aheadTicket, -1));
    if (m_result)
        PQclear(m_result);
    m_result = nullptr;
    m_row = -1;
}

const char *PgStatement::cell(int column) const
{
    return PQgetvalue(m_result, m_row, column);
}

bool PgStatement::isNull(int column) const
{
    return PQgetisnull(m_result, m_row, column);
}

QString PgStatement::text(int column) const
{
    if (isNull(column))
        return {};
    return QString::fromUtf8(cell(column), PQgetlength(m_result, m_row, column));
}

QVariant PgStatement::value(int column) const
{
    if (isNull(column))
        return {};
    // Numbers as numbers, as SQLite gives them; the rest as text.
    const char *text = cell(column);
    switch (PQftype(m_result, column)) {
    case BoolOid:
        return QVariant(qint64(text[0] == 't' ? 1 : 0));
    case Int8Oid:
    case Int2Oid:
    case Int4Oid:
    case OidOid:
        return QVariant(QByteArray(text).toLongLong());
    case NumericOid: { // SUM() of bigints: whole numbers stay integers while they fit
        bool whole = false;
        const qint64 integral = QByteArray(text).toLongLong(&whole);
        if (whole)
            return QVariant(integral);
        return QVariant(QByteArray(text).toDouble());
    }
    case Float4Oid:
    case Float8Oid:
        return QVariant(QByteArray(text).toDouble());
    default:
        return QVariant(this->text(column));
    }
}

QByteArray PgStatement::utf8(int column) const
{
    if (isNull(column))
        return {};
    return QByteArray(cell(column), PQgetlength(m_result, m_row, column));
}

qint64 PgStatement::integer(int column) const
{
    if (isNull(column))
        return 0;
    if (PQftype(m_result, column) == BoolOid)
        return cell(column)[0] == 't' ? 1 : 0;
    return QByteArray(cell(column)).toLongLong();
}

int PgStatement::columnCount() const
{
    return m_result ? PQnfields(m_result) : 0;
}

PgConnection::PgConnection(const PgConnectionOptions &options, const QString &role)
    : m_name(nextConnectionName())
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    QSqlDatabase &db = m_db;
    db.setHostName(options.host);
    db.setPort(options.port);
    db.setUserName(options.user);
    db.setPassword(options.password);
    db.setDatabaseName(options.database);
    db.setConnectOptions(options.connectOptions().join(u';'));
    if (!db.open()) {
        const QSqlError error = db.lastError();
        release();
        // QPSQL has no SQLSTATE for a connection that failed: 08001, sqlclient_unable_to_establish_sqlconnection.
        throw PgError(error.nativeErrorCode().isEmpty() ? QStringLiteral("08001") : error.nativeErrorCode(),
                      QStringLiteral("cannot connect to %1: %2").arg(options.redacted(), error.text().trimmed()));
    }
    // The documented way to the driver's libpq connection (QSqlDriver::handle()).
    const QVariant handle = db.driver()->handle();
    // Qt 6 names the type after the struct behind libpq's typedef; Qt's documentation still says "PGconn*".
    if (handle.isValid() && (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0))
        m_connection = *static_cast<pg_conn *const *>(handle.constData());
    if (!m_connection) {
        release();
        throw PgError(QString(), QStringLiteral("the QPSQL driver gives no libpq connection handle"));
    }
    m_pipeline = std::make_unique<PgPipeline>(m_connection);
    // Millisecond times are bigints; the session's time zone and text formats do not matter to the store.
    const QString name = role.isEmpty() ? options.applicationName : options.applicationName + u' ' + role;
    PgStatement s = prepareTransient(QStringLiteral("SELECT set_config('application_name', ?, false), "
                                                    "set_config('client_min_messages', 'warning', false)"));
    s.bind(1, name);
    s.exec();
    // A transaction of this store never waits for anything but its own next statement, a few milliseconds. One
    // that idles for long belongs to an instance that froze (a paused VM, a stopped process, a machine gone) while
    // it held alerts' key and row locks, on which every other instance's writes of those alerts would wait for
    // good: the server ends such a session and its locks go. Unless anything set it, 0 included: the URL
    // (options=-c...), the role, the database or postgresql.conf.
    execute(QStringLiteral("SELECT set_config(name, '%1', false) FROM pg_settings "
                           "WHERE name = 'idle_in_transaction_session_timeout' AND source = 'default'")
                .arg(IdleInTransactionLimit));
}

PgConnection::~PgConnection()
{
    release();
}

void PgConnection::release()
{
    // Every handle on the connection goes before its name is removed, or Qt warns that it is still in use.
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

void PgConnection::execute(const QString &sql)
{
    // With statements held back, one statement goes with them (COMMIT); a list of statements needs the simple
    // protocol, which a pipeline does not take.
    PGresult *result = m_pipeline->hasDeferred() ? m_pipeline->run({}, sql.toUtf8(), {})
                                                 : PQexec(m_connection, sql.toUtf8().constData());
    PgConnection::check(m_connection, result);
    PQclear(result);
}

void PgConnection::executeDeferred(const QString &sql)
{
    m_pipeline->defer({}, sql.toUtf8(), {});
}

void PgConnection::rollback()
{
    m_pipeline->discard();
    execute(QStringLiteral("ROLLBACK"));
}

PgStatement PgConnection::prepare(const QString &sql)
{
    QByteArray &name = m_prepared[sql];
    if (name.isEmpty()) {
        const QByteArray candidate = "alerta_" + QByteArray::number(++m_statementsPrepared);
        PGresult *result =
            PQprepare(m_connection, candidate.constData(), numberedPlaceholders(sql).toUtf8().constData(), 0, nullptr);
        try {
            PgConnection::check(m_connection, result);
        } catch (const PgError &) {
            m_prepared.remove(sql);
            throw;
        }
        PQclear(result);
        name = candidate;
    }
    return PgStatement(m_pipeline.get(), name);
}

PgStatement PgConnection::prepareTransient(const QString &sql)
{
    return PgStatement(m_pipeline.get(), QByteArray(), numberedPlaceholders(sql).toUtf8());
}

QVariant PgConnection::scalar(const QString &sql, const QVariantList &binds)
{
    PgStatement s = prepareTransient(sql);
    s.bindAll(binds);
    return s.next() ? s.value(0) : QVariant();
}

QSqlDatabase PgConnection::database() const
{
    // The handle rather than a look-up by name: QSqlDatabase::database() refuses threads other than the creator's,
    // and pools hand connections between threads (one at a time, which libpq allows).
    return m_db;
}

bool PgConnection::isOpen() const
{
    return m_db.isOpen() && PQstatus(m_connection) == CONNECTION_OK;
}

void PgConnection::setStatementTimeout(qint64 ms)
{
    if (ms == m_statementTimeoutMs)
        return;
    scalar(QStringLiteral("SELECT set_config('statement_timeout', ?, false)"), {QString::number(ms)});
    m_statementTimeoutMs = ms;
}

QString PgConnection::setting(const char *key) const
{
    PQconninfoOption *settings = PQconninfo(m_connection);
    QString value;
    for (PQconninfoOption *option = settings; option && option->keyword; ++option) {
        if (qstrcmp(option->keyword, key) == 0 && option->val)
            value = QString::fromUtf8(option->val);
    }
    PQconninfoFree(settings);
    return value;
}

void PgConnection::ping()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT 1")))
        throw errorOfQuery(query.lastError());
}

QString PgConnection::numberedPlaceholders(const QString &sql)
{
    QString out;
    out.reserve(sql.size() + 16);
    int next = 1;
    QChar quote; // inside '...' or "..." when set
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (!quote.isNull()) {
            out += c;
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'\'' || c == u'"') {
            quote = c;
            out += c;
            continue;
        }
        if (c != u'?') {
            out += c;
            continue;
        }
        qsizetype end = i + 1;
        while (end < sql.size() && sql.at(end).isDigit())
            ++end;
        if (end > i + 1) { // ?NNN: that parameter again
            out += u'$' + sql.mid(i + 1, end - i - 1);
            i = end - 1;
        } else {
            out += u'$' + QString::number(next++);
        }
    }
    return out;
}
