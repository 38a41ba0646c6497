// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/identityjson.h"

#include <algorithm>

#include <QJsonArray>
#include <QUuid>

#include "core/alertjson.h"
#include "core/alertstore.h"
#include "core/fieldtable.h"
#include "core/listquery.h"
#include "core/scopes.h"
#include "core/severitymap.h"
#include "core/sqldialect.h"
#include "core/sqlsession.h"
#include "core/timestamp.h"

QString User::domain() const
{
    // Python's login.split('\\')[0] / email.split('@')[1].
    if (login.contains(u'\\'))
        return login.section(u'\\', 0, 0);
    if (email.contains(u'@'))
        return email.section(u'@', 1, 1);
    return {};
}

QString ApiKey::status(Timestamp now) const
{
    return now > expireTime ? QStringLiteral("expired") : QStringLiteral("active");
}

namespace {

using AlertJson::isAbsentOrNull;
using AlertJson::nullable;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A string value as a non-null QString, so that "" stays "" rather than reading as absent.
QString nonNullString(const QJsonValue &v)
{
    const QString s = v.toString();
    return s.isNull() ? QStringLiteral("") : s;
}

QString mustBeString(QLatin1StringView key)
{
    return QStringLiteral("%1 must be a string").arg(key);
}

// The value under `key`: null QString when absent or null, 400 `<key> must be a string` for other types.
Result<QString> optionalString(const QJsonObject &body, QLatin1StringView key)
{
    const QJsonValue v = body.value(key);
    if (isAbsentOrNull(v))
        return QString();
    if (!v.isString())
        return ApiError::badRequest(mustBeString(key));
    return nonNullString(v);
}

ApiError missing(QLatin1StringView key)
{
    return ApiError::badRequest(QStringLiteral("Missing mandatory value for \"%1\"").arg(key));
}

// A required non-empty string: 400 `Missing mandatory value for "<key>"` when absent, null or empty.
Result<QString> requiredString(const QJsonObject &body, QLatin1StringView key)
{
    const Result<QString> value = optionalString(body, key);
    if (value && value->isEmpty())
        return missing(key);
    return value;
}

// A list of strings; nullopt when absent or null. 400 `<key> must be a list` / `... a list of strings`.
Result<std::optional<QStringList>> optionalStringList(const QJsonObject &body, QLatin1StringView key)
{
    const QJsonValue v = body.value(key);
    if (isAbsentOrNull(v))
        return std::optional<QStringList>();
    if (!v.isArray())
        return ApiError::badRequest(QStringLiteral("%1 must be a list").arg(key));
    QStringList list;
    for (const QJsonValue &element : v.toArray()) {
        if (!element.isString())
            return ApiError::badRequest(QStringLiteral("%1 must be a list of strings").arg(key));
        list.append(element.toString());
    }
    return std::optional<QStringList>(list);
}

// `scopes` as upstream's [Scope(s) for s in json.get('scopes', [])]: a list whose every element is a scope.
Result<std::optional<QStringList>> optionalScopes(const QJsonObject &body, const QStringList &customScopes)
{
    Result<std::optional<QStringList>> scopes = optionalStringList(body, QLatin1StringView("scopes"));
    if (!scopes || !scopes->has_value())
        return scopes;
    for (const QString &scope : **scopes) {
        if (!Scopes::isValidScope(scope, customScopes))
            return ApiError::badRequest(QStringLiteral("'%1' is not a valid Scope").arg(scope));
    }
    return scopes;
}

Result<std::optional<QJsonObject>> optionalObject(const QJsonObject &body, QLatin1StringView key)
{
    const QJsonValue v = body.value(key);
    if (isAbsentOrNull(v))
        return std::optional<QJsonObject>();
    if (!v.isObject())
        return ApiError::badRequest(QStringLiteral("%1 must be a JSON object").arg(key));
    return std::optional<QJsonObject>(v.toObject());
}

Result<std::optional<bool>> optionalBool(const QJsonObject &body, QLatin1StringView key)
{
    const QJsonValue v = body.value(key);
    if (isAbsentOrNull(v))
        return std::optional<bool>();
    if (!v.isBool())
        return ApiError::badRequest(QStringLiteral("%1 must be a boolean").arg(key));
    return std::optional<bool>(v.toBool());
}

// Sets `target` to the string under `key` when the body has a non-null one.
template<typename Target>
std::optional<ApiError> takeString(const QJsonObject &body, QLatin1StringView key, Target &target)
{
    const Result<QString> value = optionalString(body, key);
    if (!value)
        return value.error();
    if (!value->isNull())
        target = *value;
    return std::nullopt;
}

ApiError nothingToChange()
{
    return ApiError::badRequest(QStringLiteral("nothing to change"));
}

QJsonValue time(const std::optional<Timestamp> &t)
{
    return t ? QJsonValue(IsoTime::format(*t)) : QJsonValue(QJsonValue::Null);
}

} // namespace

namespace IdentityJson {

Result<Customer> parseCustomer(const QJsonObject &body)
{
    const Result<QString> id = optionalString(body, QLatin1StringView("id"));
    if (!id)
        return id.error();
    const Result<QString> match = requiredString(body, QLatin1StringView("match"));
    if (!match)
        return match.error();
    const Result<QString> customer = requiredString(body, QLatin1StringView("customer"));
    if (!customer)
        return customer.error();
    return Customer{id->isEmpty() ? newId() : *id, *match, *customer};
}

Result<Customer> applyCustomerUpdate(Customer customer, const QJsonObject &body)
{
    if (body.isEmpty())
        return nothingToChange();
    for (const char *key : {"match", "customer"}) {
        const QLatin1StringView name(key);
        if (!body.contains(name))
            continue;
        const Result<QString> value = requiredString(body, name);
        if (!value)
            return value.error();
        (name == QLatin1StringView("match") ? customer.match : customer.customer) = *value;
    }
    return customer;
}

QJsonObject customerToJson(const Customer &customer, const QString &root)
{
    return {{QStringLiteral("id"), customer.id},
            {QStringLiteral("href"), AlertJson::href(root, u"customer", customer.id)},
            {QStringLiteral("match"), customer.match},
            {QStringLiteral("customer"), customer.customer}};
}

Result<Permission> parsePermission(const QJsonObject &body, const QStringList &customScopes)
{
    const Result<QString> id = optionalString(body, QLatin1StringView("id"));
    if (!id)
        return id.error();
    const Result<QString> match = requiredString(body, QLatin1StringView("match"));
    if (!match)
        return match.error();
    const Result<std::optional<QStringList>> scopes = optionalScopes(body, customScopes);
    if (!scopes)
        return scopes.error();
    return Permission{id->isEmpty() ? newId() : *id, *match, scopes->value_or(QStringList())};
}

Result<Permission> applyPermissionUpdate(Permission permission,
                                         const QJsonObject &body,
                                         const QStringList &customScopes)
{
    if (body.isEmpty())
        return nothingToChange();
    if (body.contains(QLatin1StringView("match"))) {
        const Result<QString> match = requiredString(body, QLatin1StringView("match"));
        if (!match)
            return match.error();
        permission.match = *match;
    }
    const Result<std::optional<QStringList>> scopes = optionalScopes(body, customScopes);
    if (!scopes)
        return scopes.error();
    if (scopes->has_value())
        permission.scopes = **scopes;
    return permission;
}

QJsonObject permissionToJson(const Permission &permission, const QString &root)
{
    return {{QStringLiteral("id"), permission.id},
            {QStringLiteral("href"), AlertJson::href(root, u"perm", permission.id)},
            {QStringLiteral("match"), permission.match},
            {QStringLiteral("scopes"), QJsonArray::fromStringList(permission.scopes)}};
}

Result<NewUser> parseNewUser(const QJsonObject &body)
{
    NewUser parsed;
    User &user = parsed.user;
    const Result<QString> name = requiredString(body, QLatin1StringView("name"));
    if (!name)
        return name.error();
    user.name = *name;
    const Result<QString> login = optionalString(body, QLatin1StringView("login"));
    if (!login)
        return login.error();
    const Result<QString> email = optionalString(body, QLatin1StringView("email"));
    if (!email)
        return email.error();
    // Upstream: login = json.get('login') or json.get('email'); an empty email is no email.
    user.email = email->isEmpty() ? QString() : *email;
    user.login = login->isEmpty() ? user.email : *login;
    if (user.login.isEmpty())
        return missing(QLatin1StringView("login"));
    const Result<QString> password = optionalString(body, QLatin1StringView("password"));
    if (!password)
        return password.error();
    parsed.password = *password;
    const Result<QString> status = optionalString(body, QLatin1StringView("status"));
    if (!status)
        return status.error();
    if (!status->isEmpty())
        user.status = *status;
    const Result<std::optional<QStringList>> roles = optionalStringList(body, QLatin1StringView("roles"));
    if (!roles)
        return roles.error();
    user.roles = roles->value_or(QStringList());
    const Result<std::optional<QJsonObject>> attributes = optionalObject(body, QLatin1StringView("attributes"));
    if (!attributes)
        return attributes.error();
    user.attributes = attributes->value_or(QJsonObject());
    const Result<QString> text = optionalString(body, QLatin1StringView("text"));
    if (!text)
        return text.error();
    user.text = text->isNull() ? QStringLiteral("") : *text;
    const Result<std::optional<bool>> verified = optionalBool(body, QLatin1StringView("email_verified"));
    if (!verified)
        return verified.error();
    user.emailVerified = verified->value_or(false);
    const Result<QString> id = optionalString(body, QLatin1StringView("id"));
    if (!id)
        return id.error();
    user.id = id->isEmpty() ? newId() : *id;
    return parsed;
}

Result<UserChanges> parseUserUpdate(const QJsonObject &body)
{
    if (body.isEmpty())
        return nothingToChange();
    UserChanges changes;
    const struct
    {
        const char *key;
        std::optional<QString> UserChanges::*field;
    } strings[] = {{"name", &UserChanges::name},
                   {"login", &UserChanges::login},
                   {"password", &UserChanges::password},
                   {"email", &UserChanges::email},
                   {"status", &UserChanges::status},
                   {"text", &UserChanges::text}};
    for (const auto &[key, field] : strings) {
        if (const std::optional<ApiError> error = takeString(body, QLatin1StringView(key), changes.*field))
            return *error;
    }
    if (changes.login && changes.login->isEmpty())
        return missing(QLatin1StringView("login"));
    if (changes.email && !changes.email->contains(u'@'))
        return ApiError::badRequest(QStringLiteral("Value for \"email\" not valid: %1").arg(*changes.email));

    const Result<std::optional<QStringList>> roles = optionalStringList(body, QLatin1StringView("roles"));
    if (!roles)
        return roles.error();
    changes.roles = *roles;
    std::optional<QString> role;
    if (const std::optional<ApiError> error = takeString(body, QLatin1StringView("role"), role))
        return *error;
    if (role)
        changes.roles = QStringList{*role}; // backwards compatibility, as upstream: `role` wins over `roles`

    const Result<std::optional<QJsonObject>> attributes = optionalObject(body, QLatin1StringView("attributes"));
    if (!attributes)
        return attributes.error();
    changes.attributes = *attributes;
    const Result<std::optional<bool>> verified = optionalBool(body, QLatin1StringView("email_verified"));
    if (!verified)
        return verified.error();
    changes.emailVerified = *verified;
    // A new address is unverified unless the same body says otherwise (upstream User.update).
    if (changes.email && !changes.emailVerified)
        changes.emailVerified = false;
    return changes;
}

Result<QJsonObject> parseAttributesBody(const QJsonObject &body)
{
    const QJsonValue attributes = body.value(QLatin1StringView("attributes"));
    if (!attributes.isObject() || attributes.toObject().isEmpty())
        return ApiError::badRequest(QStringLiteral("must supply 'attributes' as json data"));
    return attributes.toObject();
}

QJsonObject mergeAttributes(const QJsonObject &stored, const QJsonObject &changes)
{
    const auto merge = [](auto &self, QJsonObject into, const QJsonObject &from) -> QJsonObject {
        for (auto it = from.begin(); it != from.end(); ++it) {
            const QJsonValue current = into.value(it.key());
            if (current.isObject() && it.value().isObject())
                into.insert(it.key(), self(self, current.toObject(), it.value().toObject()));
            else
                into.insert(it.key(), it.value());
        }
        return into;
    };
    QJsonObject merged = merge(merge, stored, changes);
    for (auto it = merged.begin(); it != merged.end();) {
        if (it.value().isNull())
            it = merged.erase(it);
        else
            ++it;
    }
    return merged;
}

QJsonObject userToJson(const User &user, const QString &root)
{
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("href"), AlertJson::href(root, u"user", user.id)},
            {QStringLiteral("name"), user.name},
            {QStringLiteral("login"), user.login},
            {QStringLiteral("email"), nullable(user.email)},
            {QStringLiteral("domain"), nullable(user.domain())},
            {QStringLiteral("status"), user.status},
            {QStringLiteral("roles"), QJsonArray::fromStringList(user.roles)},
            {QStringLiteral("attributes"), user.attributes},
            {QStringLiteral("createTime"), IsoTime::format(user.createTime)},
            {QStringLiteral("lastLogin"), time(user.lastLogin)},
            {QStringLiteral("text"), user.text},
            {QStringLiteral("updateTime"), IsoTime::format(user.updateTime)},
            {QStringLiteral("email_verified"), user.emailVerified}};
}

Result<Group> parseGroup(const QJsonObject &body)
{
    const Result<QString> id = optionalString(body, QLatin1StringView("id"));
    if (!id)
        return id.error();
    const Result<QString> name = optionalString(body, QLatin1StringView("name"));
    if (!name)
        return name.error();
    if (name->isEmpty())
        return ApiError::badRequest(QStringLiteral("Missing mandatory value for name"));
    const Result<QString> text = optionalString(body, QLatin1StringView("text"));
    if (!text)
        return text.error();
    return Group{id->isEmpty() ? newId() : *id, *name, text->isNull() ? QStringLiteral("") : *text, 0};
}

Result<Group> applyGroupUpdate(Group group, const QJsonObject &body)
{
    if (body.isEmpty())
        return nothingToChange();
    std::optional<QString> name;
    if (const std::optional<ApiError> error = takeString(body, QLatin1StringView("name"), name))
        return *error;
    if (name && name->isEmpty())
        return ApiError::badRequest(QStringLiteral("Missing mandatory value for name"));
    if (name)
        group.name = *name;
    if (const std::optional<ApiError> error = takeString(body, QLatin1StringView("text"), group.text))
        return *error;
    return group;
}

QJsonObject groupToJson(const Group &group, const QString &root)
{
    return {{QStringLiteral("id"), group.id},
            {QStringLiteral("href"), AlertJson::href(root, u"group", group.id)},
            {QStringLiteral("name"), group.name},
            {QStringLiteral("text"), group.text},
            {QStringLiteral("count"), group.count}};
}

QJsonObject groupMemberToJson(const GroupMember &member, const QString &root)
{
    return {{QStringLiteral("id"), member.id},
            {QStringLiteral("href"), AlertJson::href(root, u"user", member.id)},
            {QStringLiteral("login"), nullable(member.login)},
            {QStringLiteral("name"), nullable(member.name)},
            {QStringLiteral("status"), nullable(member.status)}};
}

Result<NewKey> parseNewKey(const QJsonObject &body, const QStringList &customScopes)
{
    NewKey parsed;
    ApiKey &key = parsed.key;
    const Result<std::optional<QStringList>> scopes = optionalScopes(body, customScopes);
    if (!scopes)
        return scopes.error();
    key.scopes = scopes->value_or(QStringList());
    const struct
    {
        const char *name;
        QString *target;
    } strings[] = {{"id", &key.id},
                   {"key", &key.key},
                   {"user", &key.user},
                   {"type", &parsed.type},
                   {"text", &key.text},
                   {"customer", &key.customer}};
    for (const auto &[name, target] : strings) {
        const Result<QString> value = optionalString(body, QLatin1StringView(name));
        if (!value)
            return value.error();
        *target = *value;
    }
    // Keys travel in `Authorization: Key <key>`, which ends at the first blank.
    if (std::any_of(key.key.cbegin(), key.key.cend(), [](QChar c) { return c.isSpace(); }))
        return ApiError::badRequest(QStringLiteral("key must not contain whitespace"));
    const QJsonValue expireValue = body.value(QLatin1StringView("expireTime"));
    if (!isAbsentOrNull(expireValue)) {
        const Result<Timestamp> expireTime = AlertJson::timeOr(expireValue, 0);
        if (!expireTime)
            return expireTime.error();
        parsed.expireTime = *expireTime;
    }
    return parsed;
}

Result<KeyChanges> parseKeyUpdate(const QJsonObject &body, const QStringList &customScopes)
{
    if (body.isEmpty())
        return nothingToChange();
    KeyChanges changes;
    if (const std::optional<ApiError> error = takeString(body, QLatin1StringView("user"), changes.user))
        return *error;
    if (const std::optional<ApiError> error = takeString(body, QLatin1StringView("text"), changes.text))
        return *error;
    const Result<std::optional<QStringList>> scopes = optionalScopes(body, customScopes);
    if (!scopes)
        return scopes.error();
    changes.scopes = *scopes;
    const QJsonValue expireValue = body.value(QLatin1StringView("expireTime"));
    if (!isAbsentOrNull(expireValue)) {
        const Result<Timestamp> expireTime = AlertJson::timeOr(expireValue, 0);
        if (!expireTime)
            return expireTime.error();
        changes.expireTime = *expireTime;
    }
    if (body.contains(QLatin1StringView("customer"))) {
        const Result<QString> customer = optionalString(body, QLatin1StringView("customer"));
        if (!customer)
            return customer.error();
        changes.customer = *customer;
    }
    return changes;
}

QJsonObject keyToJson(const ApiKey &key, const QString &root, Timestamp now)
{
    return {{QStringLiteral("id"), key.id},
            {QStringLiteral("key"), key.key.isEmpty() ? key.hint : key.key},
            {QStringLiteral("status"), key.status(now)},
            {QStringLiteral("href"), AlertJson::href(root, u"key", key.id)},
            {QStringLiteral("user"), nullable(key.user)},
            {QStringLiteral("scopes"), QJsonArray::fromStringList(key.scopes)},
            {QStringLiteral("type"), Scopes::keyTypeFromScopes(key.scopes)},
            {QStringLiteral("text"), nullable(key.text)},
            {QStringLiteral("expireTime"), IsoTime::format(key.expireTime)},
            {QStringLiteral("count"), key.count},
            {QStringLiteral("lastUsedTime"), time(key.lastUsedTime)},
            {QStringLiteral("customer"), nullable(key.customer)}};
}

} // namespace IdentityJson

namespace IdentitySql {

Result<RowPage> selectPage(AlertStore &store,
                           const QList<QPair<QString, QString>> &params,
                           const FieldTable &fields,
                           const Table &table,
                           int defaultPageSize)
{
    // No identity field sorts by severity; ListQuery only needs a map to satisfy its interface.
    static const SeverityMap severities = SeverityMap::alertaDefault();
    std::optional<ApiError> error;
    RowPage page;
    store.read([&](AlertReader &reader) {
        SqlSession &sql = reader.sql();
        const Result<ListQuery> query = ListQuery::parse(params, fields, sql.dialect(), severities, defaultPageSize);
        if (!query) {
            error = query.error();
            return;
        }
        SqlFragment where = query->where();
        where.andWith(table.visible);
        const qint64 stored =
            sql.scalar(u"SELECT COUNT(*) FROM " + table.from + u" WHERE " + where.whereSql(), where.binds).toLongLong();
        page.total = stored + table.leading;
        const Result<Paging> paging = query->paging().withTotal(page.total);
        if (!paging) {
            error = paging.error();
            return;
        }
        page.setFrom(*paging);
        const qint64 size = std::max(paging->pageSize(), 1);
        const qint64 offset = paging->offset();
        page.leadingFirst = std::min(offset, table.leading);
        page.leadingCount = std::max<qint64>(0, std::min(table.leading, offset + size) - offset);
        const qint64 limit = size - page.leadingCount;
        if (limit <= 0)
            return;
        QVariantList binds = where.binds;
        binds << limit << std::max<qint64>(0, offset - table.leading);
        const QString orderBy = query->orderBy().isEmpty() ? table.defaultOrder : query->orderBy();
        page.rows = sql.select(u"SELECT " + table.columns + u" FROM " + table.from + u" WHERE " + where.whereSql()
                                   + u" ORDER BY " + orderBy + u" LIMIT ? OFFSET ?",
                               binds);
    });
    if (error)
        return *error;
    return page;
}

QList<QVariantList> select(SqlSession &sql,
                           const QString &columns,
                           const QString &from,
                           const SqlFragment &where,
                           const QString &orderBy)
{
    QString text = u"SELECT " + columns + u" FROM " + from + u" WHERE " + where.whereSql();
    if (!orderBy.isEmpty())
        text += u" ORDER BY " + orderBy;
    return sql.select(text, where.binds);
}

bool exists(SqlSession &sql, const QString &from, const SqlFragment &where)
{
    return !sql.scalar(u"SELECT 1 FROM " + from + u" WHERE " + where.whereSql() + u" LIMIT 1", where.binds).isNull();
}

SqlFragment equals(const QString &column, const QVariant &value)
{
    return {column + u" = ?", {value}};
}

} // namespace IdentitySql
