// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/pgconnection.h"

#include "core/sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>

namespace {

PgError errorOf(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    QString message = error.databaseText().trimmed();
    if (message.isEmpty())
        message = error.text().trimmed();
    return PgError(state, message);
}

QString nextConnectionName()
{
    static std::atomic<int> counter = 0;
    return QStringLiteral("alerta-pg-%1").arg(++counter);
}

} // namespace

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

PgStatement::PgStatement(QSqlQuery &query, std::unique_ptr<QSqlQuery> owned)
    : m_query(query)
    , m_owned(std::move(owned))
{}

PgStatement::PgStatement(PgStatement &&other) noexcept
    : m_query(other.m_query)
    , m_owned(std::move(other.m_owned))
    , m_executed(other.m_executed)
{}

PgStatement::~PgStatement() = default;

PgStatement &PgStatement::bind(int index, const QVariant &value)
{
    switch (SqlValues::bindKind(value)) {
    case SqlValues::BindKind::Null:
        return bindNull(index);
    case SqlValues::BindKind::Integer:
        return bind(index, value.toLongLong());
    case SqlValues::BindKind::Real:
        m_query.bindValue(index - 1, value.toDouble());
        return *this;
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
    m_query.bindValue(index - 1, value);
    return *this;
}

PgStatement &PgStatement::bind(int index, const QByteArray &utf8)
{
    // Text, not bytea: QPSQL sends a QByteArray as binary data.
    if (utf8.isNull())
        return bindNull(index);
    m_query.bindValue(index - 1, QString::fromUtf8(utf8));
    return *this;
}

PgStatement &PgStatement::bind(int index, qint64 value)
{
    m_query.bindValue(index - 1, value);
    return *this;
}

PgStatement &PgStatement::bindNull(int index)
{
    // A typed null: QPSQL writes it as NULL, and the server infers the parameter's type from the statement.
    m_query.bindValue(index - 1, QVariant(QMetaType::fromType<QString>()));
    return *this;
}

void PgStatement::bindAll(const QVariantList &values, int firstIndex)
{
    for (int i = 0; i < values.size(); ++i)
        bind(firstIndex + i, values.at(i));
}

bool PgStatement::next()
{
    if (!m_executed)
        exec();
    return m_query.next();
}

void PgStatement::exec()
{
    if (!m_query.exec())
        throw errorOf(m_query.lastError());
    m_executed = true;
}

void PgStatement::reset()
{
    m_query.finish();
    m_executed = false;
}

qint64 PgStatement::rowsAffected() const
{
    return m_query.numRowsAffected();
}

bool PgStatement::isNull(int column) const
{
    return m_query.isNull(column);
}

QString PgStatement::text(int column) const
{
    return m_query.value(column).toString();
}

QVariant PgStatement::value(int column) const
{
    const QVariant v = m_query.value(column);
    if (v.isNull())
        return {};
    switch (v.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return QVariant(v.toLongLong());
    case QMetaType::Double:
        return v;
    default:
        return QVariant(v.toString());
    }
}

QByteArray PgStatement::utf8(int column) const
{
    if (m_query.isNull(column))
        return {};
    return m_query.value(column).toString().toUtf8();
}

qint64 PgStatement::integer(int column) const
{
    return m_query.value(column).toLongLong();
}

int PgStatement::columnCount() const
{
    return m_query.record().count();
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
    db.setConnectOptions(options.libpqOptions.join(u';'));
    if (!db.open()) {
        const QSqlError error = db.lastError();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
        throw PgError(error.nativeErrorCode(),
                      QStringLiteral("cannot connect to %1: %2").arg(options.redacted(), error.text().trimmed()));
    }
    // Millisecond times are bigints; the session's time zone and text formats do not matter to the store.
    const QString name = role.isEmpty() ? options.applicationName : options.applicationName + u' ' + role;
    PgStatement s = prepareTransient(QStringLiteral("SELECT set_config('application_name', ?, false), "
                                                    "set_config('client_min_messages', 'warning', false)"));
    s.bind(1, name);
    s.exec();
}

PgConnection::~PgConnection()
{
    m_cache.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

void PgConnection::execute(const QString &sql)
{
    QSqlQuery query(database());
    if (!query.exec(sql))
        throw errorOf(query.lastError());
}

PgStatement PgConnection::prepare(const QString &sql)
{
    std::shared_ptr<QSqlQuery> &cached = m_cache[sql];
    if (!cached) {
        auto query = std::make_shared<QSqlQuery>(database());
        query->setForwardOnly(true);
        if (!query->prepare(numberedPlaceholders(sql))) {
            m_cache.remove(sql);
            throw errorOf(query->lastError());
        }
        cached = std::move(query);
    }
    cached->finish();
    return PgStatement(*cached, nullptr);
}

PgStatement PgConnection::prepareTransient(const QString &sql)
{
    auto query = std::make_unique<QSqlQuery>(database());
    query->setForwardOnly(true);
    if (!query->prepare(numberedPlaceholders(sql)))
        throw errorOf(query->lastError());
    QSqlQuery &ref = *query;
    return PgStatement(ref, std::move(query));
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
    return database().isOpen();
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
