// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/keyservice.h"

#include <QUuid>

#include "core/alertstore.h"
#include "core/apikeys.h"
#include "core/fieldtable.h"
#include "core/scopes.h"
#include "core/sqldialect.h"
#include "core/sqlvalues.h"

namespace {

constexpr qint64 MsPerDay = 24 * 60 * 60 * 1000;

const QString Table = QStringLiteral("keys");
const QString OverrideScope = QStringLiteral("admin:keys");

// `user` is a reserved word. SqlDialect::identifier() is not virtual (every dialect quotes the same way), so the
// quoted name does not depend on the store and can be built before a session is at hand.
const QString UserColumn = SqlDialect::sqlite().identifier(QStringLiteral("user"));
const QString Columns =
    u"id, key_hint, " + UserColumn + u", scopes, text, expire_time, count, last_used_time, customer";

ApiKey fromRow(const QVariantList &row)
{
    using namespace SqlValues;
    ApiKey k;
    k.id = text(row.at(0));
    k.hint = text(row.at(1));
    k.user = text(row.at(2));
    k.scopes = stringList(row.at(3));
    k.text = text(row.at(4));
    k.expireTime = row.at(5).toLongLong();
    k.count = row.at(6).toLongLong();
    if (!row.at(7).isNull())
        k.lastUsedTime = row.at(7).toLongLong();
    k.customer = text(row.at(8));
    return k;
}

// The key whose key string is `key`: the store only holds its hash.
SqlFragment byKeyString(const QString &key)
{
    return {QStringLiteral("key_hash = ?"), {ApiKeys::hash(key)}};
}

// The key string or the id, exactly (upstream `id=%(key)s OR key=%(key)s`): how `/key/{key}` addresses a key.
SqlFragment byKeyOrId(const QString &keyOrId)
{
    return {QStringLiteral("(key_hash = ? OR id = ?)"), {ApiKeys::hash(keyOrId), keyOrId}};
}

std::optional<ApiKey> findKey(SqlSession &sql, SqlFragment where, const SqlFragment &visible)
{
    where.andWith(visible);
    // A key string equal to another key's id is refused on creation, so at most one row matches.
    const QList<QVariantList> rows =
        sql.select(u"SELECT " + Columns + u" FROM keys WHERE " + where.sql + u" LIMIT 1", where.binds);
    return rows.isEmpty() ? std::nullopt : std::optional<ApiKey>(fromRow(rows.first()));
}

void insertKey(SqlSession &sql, const ApiKey &k)
{
    const SqlDialect &d = sql.dialect();
    sql.execute(u"INSERT INTO keys (id, key_hash, key_hint, " + UserColumn
                    + u", scopes, text, expire_time, count, last_used_time, customer) "
                      u"VALUES (?, ?, ?, ?, ?, ?, ?, 0, NULL, ?)",
                {k.id,
                 ApiKeys::hash(k.key),
                 k.hint,
                 k.user,
                 SqlValues::jsonText(k.scopes),
                 SqlValues::bindText(k.text),
                 d.timeValue(k.expireTime),
                 SqlValues::bindText(k.customer)});
}

// What PUT /key may change; the key string, its uses and its id stay.
void updateKey(SqlSession &sql, const ApiKey &k)
{
    sql.execute(u"UPDATE keys SET " + UserColumn
                    + u" = ?, scopes = ?, text = ?, expire_time = ?, customer = ? "
                      u"WHERE id = ?",
                {k.user,
                 SqlValues::jsonText(k.scopes),
                 SqlValues::bindText(k.text),
                 sql.dialect().timeValue(k.expireTime),
                 SqlValues::bindText(k.customer),
                 k.id});
}

bool administersKeys(const Caller &caller)
{
    return caller.scopes.contains(QLatin1StringView("admin")) || caller.scopes.contains(OverrideScope);
}

QList<FieldSpec> keyFields()
{
    using Use = FieldSpec::Use;
    using Kind = FieldKind;
    const FieldSpec::Uses filterAndSort = Use::Filter | Use::Sort;
    const auto field = &FieldSpec::of;
    return {
        field(u"id", u"id", Kind::Text, filterAndSort),
        field(u"key", u"key_hint", Kind::Text, filterAndSort), // the hint: lists show no more of a key
        field(u"user", u"user", Kind::Text, filterAndSort),
        field(u"scopes", u"scopes", Kind::JsonArray, Use::Filter),
        field(u"text", u"text", Kind::Text, filterAndSort),
        field(u"expireTime", u"expire_time", Kind::Time, filterAndSort),
        field(u"count", u"count", Kind::Integer, filterAndSort),
        field(u"lastUsedTime", u"last_used_time", Kind::Time, filterAndSort),
        field(u"customer", u"customer", Kind::Text, filterAndSort),
    };
}

} // namespace

KeyService::KeyService(std::shared_ptr<AlertStore> store, IdentityConfig config, std::shared_ptr<Clock> clock)
    : m_store(std::move(store))
    , m_config(std::move(config))
    , m_clock(std::move(clock))
{}

const FieldTable &KeyService::fields()
{
    static const FieldTable table(keyFields());
    return table;
}

SqlFragment KeyService::visibleTo(const Caller &caller) const
{
    SqlFragment visible = caller.restriction();
    if (m_config.authRequired && !administersKeys(caller)) {
        // A caller without a login matches no user (a NULL bind equals nothing).
        visible.andWith({UserColumn + u" = ?", {SqlValues::bindText(caller.login)}});
    }
    return visible;
}

Result<ApiKey> KeyService::create(NewKey request, const Caller &caller)
{
    ApiKey key = std::move(request.key);
    if (!administersKeys(caller) || key.user.isEmpty())
        key.user = caller.login;
    const Result<QString> customer = caller.assignCustomer(key.customer, OverrideScope);
    if (!customer)
        return customer.error();
    key.customer = *customer;
    if (key.user.isEmpty())
        return ApiError::badRequest(
            QStringLiteral("An API key must be associated with a 'user'. Retry with user credentials."));
    if (!request.type.isNull())
        key.scopes = Scopes::keyTypeToScopes(request.type, m_config.roles.adminUsers.contains(key.user));
    // Upstream's `scopes or USER_DEFAULT_SCOPES`, also when an unknown legacy type gave none.
    if (key.scopes.isEmpty())
        key.scopes = m_config.roles.userDefaultScopes;
    const VoidResult granted = Scopes::checkRequested(key.scopes, caller.scopes, m_config.deleteScopes);
    if (!granted)
        return granted.error();

    if (key.id.isEmpty())
        key.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (key.key.isEmpty())
        key.key = ApiKeys::generate(m_config.secretKey);
    key.hint = ApiKeys::hint(key.key);
    key.expireTime = request.expireTime.value_or(m_clock->now() + m_config.apiKeyExpireDays * MsPerDay);
    key.count = 0;
    key.lastUsedTime.reset();
    return m_store
        ->write<ApiKey>([key](AlertTransaction &tx) -> Result<ApiKey> {
            SqlSession &sql = tx.sql();
            // Neither the key string nor the id may address another key: `/key/{key}` takes either.
            SqlFragment inUse = byKeyOrId(key.key);
            inUse.orWith(byKeyOrId(key.id));
            if (IdentitySql::exists(sql, Table, inUse))
                return ApiError::conflict(QStringLiteral("API key already exists"));
            insertKey(sql, key);
            return key;
        })
        .result();
}

Result<ApiKey> KeyService::get(const QString &keyOrId, const Caller &caller)
{
    std::optional<ApiKey> found;
    m_store->read([&](AlertReader &reader) { found = findKey(reader.sql(), byKeyOrId(keyOrId), visibleTo(caller)); });
    if (!found)
        return ApiError::notFound();
    return *found;
}

Result<ListPage<ApiKey>> KeyService::list(const QList<QPair<QString, QString>> &params, const Caller &caller)
{
    if (m_config.authRequired && !administersKeys(caller) && caller.login.isEmpty())
        return ApiError::badRequest(QStringLiteral("Must define 'user' to list user keys"));
    const IdentitySql::Table table{Table, Columns, QStringLiteral("expire_time, key_hint"), visibleTo(caller)};
    const Result<IdentitySql::RowPage> rows =
        IdentitySql::selectPage(*m_store, params, fields(), table, m_config.defaultPageSize);
    if (!rows)
        return rows.error();
    return IdentitySql::mapPage<ApiKey>(*rows, fromRow);
}

Result<ApiKey> KeyService::update(const QString &keyOrId, const QJsonObject &body, const Caller &caller)
{
    const Result<KeyChanges> changes = IdentityJson::parseKeyUpdate(body, m_config.customScopes);
    if (!changes)
        return changes.error();
    if (changes->scopes) {
        const VoidResult granted = Scopes::checkRequested(*changes->scopes, caller.scopes, m_config.deleteScopes);
        if (!granted)
            return granted.error();
    }
    std::optional<QString> customer;
    if (changes->customer) {
        const Result<QString> assigned = caller.assignCustomer(*changes->customer, OverrideScope);
        if (!assigned)
            return assigned.error();
        customer = *assigned;
    }
    const SqlFragment visible = visibleTo(caller);
    const bool mayChooseUser = administersKeys(caller);
    return m_store
        ->write<ApiKey>([keyOrId, changes, customer, visible, mayChooseUser](AlertTransaction &tx) -> Result<ApiKey> {
            SqlSession &sql = tx.sql();
            std::optional<ApiKey> key = findKey(sql, byKeyOrId(keyOrId), visible);
            if (!key)
                return ApiError::notFound();
            if (changes->user && mayChooseUser)
                key->user = *changes->user;
            key->scopes = changes->scopes.value_or(key->scopes);
            key->text = changes->text.value_or(key->text);
            key->expireTime = changes->expireTime.value_or(key->expireTime);
            key->customer = customer.value_or(key->customer);
            updateKey(sql, *key);
            return *key;
        })
        .result();
}

VoidResult KeyService::remove(const QString &keyOrId, const Caller &caller)
{
    const SqlFragment visible = visibleTo(caller);
    return m_store
        ->write<Ok>([keyOrId, visible](AlertTransaction &tx) -> VoidResult {
            const std::optional<ApiKey> key = findKey(tx.sql(), byKeyOrId(keyOrId), visible);
            if (!key)
                return ApiError::notFound();
            tx.sql().execute(QStringLiteral("DELETE FROM keys WHERE id = ?"), {key->id});
            return Ok{};
        })
        .result();
}

Result<Caller> KeyService::authenticate(const QString &key, CountUse count)
{
    const Timestamp now = m_clock->now();
    // By key string only: upstream also takes the id, which every key list shows.
    const auto callerOf = [&key, now](const std::optional<ApiKey> &found) -> Result<Caller> {
        if (!found || found->expireTime <= now)
            return ApiError{401, QStringLiteral("API key parameter '%1' is invalid").arg(key), {}};
        return Caller{found->user,
                      found->customer.isEmpty() ? QStringList() : QStringList{found->customer},
                      found->scopes};
    };
    if (count == CountUse::No) {
        std::optional<ApiKey> found;
        m_store->read([&](AlertReader &reader) { found = findKey(reader.sql(), byKeyString(key), {}); });
        return callerOf(found);
    }
    return m_store
        ->write<Caller>([&callerOf, key, now](AlertTransaction &tx) -> Result<Caller> {
            SqlSession &sql = tx.sql();
            const std::optional<ApiKey> found = findKey(sql, byKeyString(key), {});
            Result<Caller> caller = callerOf(found);
            if (caller)
                sql.execute(QStringLiteral("UPDATE keys SET last_used_time = ?, count = count + 1 WHERE id = ?"),
                            {sql.dialect().timeValue(now), found->id});
            return caller;
        })
        .result();
}
