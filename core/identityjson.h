// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/clock.h"
#include "core/paging.h"
#include "core/result.h"
#include "core/sqlfragment.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

class AlertStore;
class FieldTable;
class SqlSession;

// The identity resources (spec §4.7, §4.8): what CustomerService, PermissionService, UserService and KeyService
// store and return. They share this header with their wire form because each is little more than its JSON.

/// A customer look-up row (spec §5.5): users whose login or group equals `match` see `customer` (`*` = all).
struct Customer
{
    QString id;
    QString match;
    QString customer;
};

/// A `perms` row (spec §5.4): users with role `match` get `scopes`.
struct Permission
{
    QString id;
    QString match;
    QStringList scopes;
};

/// A local user (spec §4.8). `password` is the bcrypt hash, never the password, and is never serialised.
struct User
{
    QString id;
    QString name;
    QString login;
    QString password;                          ///< bcrypt hash; empty = no password (never verifies)
    QString email;                             ///< null = none
    QString status = QStringLiteral("active"); ///< active | inactive | unknown
    QStringList roles;
    QJsonObject attributes;
    Timestamp createTime = 0;
    std::optional<Timestamp> lastLogin;
    QString text;
    Timestamp updateTime = 0;
    bool emailVerified = false;

    /// Upstream's rule: the part before `\` of a `DOMAIN\user` login, else the part after the first `@` of the
    /// email; null when neither exists. Used for ALLOWED_EMAIL_DOMAINS and as a customer look-up group.
    QString domain() const;
    bool isActive() const { return status == QLatin1StringView("active"); }
};

/// A `POST /user` body: the user to store and the password to hash.
struct NewUser
{
    User user;
    QString password;
};

/// The fields a `PUT /user/{id}` body changes; absent and null values change nothing (as upstream).
struct UserChanges
{
    std::optional<QString> name;
    std::optional<QString> login;
    std::optional<QString> password; ///< plain text, hashed by UserService
    std::optional<QString> email;
    std::optional<QString> status;
    std::optional<QStringList> roles;      ///< `roles`, or the legacy single `role`
    std::optional<QJsonObject> attributes; ///< merged over the stored ones, top level only (upstream `||`)
    std::optional<QString> text;
    std::optional<bool> emailVerified;
};

/// A user group (spec §4.8); `count` is the number of members.
struct Group
{
    QString id;
    QString name;
    QString text;
    qint64 count = 0;
};

/// One item of `GET /group/{id}/users`.
struct GroupMember
{
    QString id;
    QString login; ///< the user's login, else its email
    QString name;
    QString status;
};

/// An API key (spec §4.7).
struct ApiKey
{
    QString id;
    /// The key string: only known to the answer that creates the key (shown once); the store keeps its hash.
    QString key;
    QString hint; ///< ApiKeys::hint of the key string: what lists show
    QString user;
    QStringList scopes;
    QString text; ///< null = none
    Timestamp expireTime = 0;
    qint64 count = 0; ///< successful authentications
    std::optional<Timestamp> lastUsedTime;
    QString customer; ///< null = all customers

    /// `expired` once `now` is past expireTime, else `active`.
    QString status(Timestamp now) const;
};

/// A `POST /key` body. Absent fields stay empty/unset: KeyService applies the defaults and the user rule.
struct NewKey
{
    ApiKey key;                          ///< id and key may be empty (generated); key.expireTime is unused
    QString type;                        ///< legacy `type` (`read-write`, `read-only`); null when absent
    std::optional<Timestamp> expireTime; ///< nullopt → now + API_KEY_EXPIRE_DAYS
};

/// The fields a `PUT /key/{key}` body changes. `customer` present with a null value asks for "no customer".
struct KeyChanges
{
    std::optional<QString> user;
    std::optional<QStringList> scopes;
    std::optional<QString> text;
    std::optional<Timestamp> expireTime;
    std::optional<QString> customer;
};

/// One page of an identity list (`GET /users`, `/groups`, `/perms`, `/customers`, `/keys`).
template<typename T>
struct ListPage : PageInfo
{
    QList<T> items;
    qint64 total = 0;
};

/// The wire form of the identity resources: parsing request bodies (every problem a 400 with a message that names
/// the field) and serialising what the API returns. Pure functions like AlertJson, whose helpers they reuse;
/// callers pass the API root and, for keys, "now".
namespace IdentityJson {

/// `POST /customer`: `match` and `customer`, both required non-empty strings. The id is new unless the body has one.
Result<Customer> parseCustomer(const QJsonObject &body);
/// `PUT /customer/{id}`: replaces `match` and/or `customer`. 400 `nothing to change` for an empty body.
Result<Customer> applyCustomerUpdate(Customer customer, const QJsonObject &body);
/// id, href (`<root>/customer/<id>`), match, customer.
QJsonObject customerToJson(const Customer &customer, const QString &root);

/// `POST /perm`: `match` (required string) and `scopes` (list, 400 `scopes must be a list`; each one built in or
/// in `customScopes`, else 400 `'<s>' is not a valid Scope`).
Result<Permission> parsePermission(const QJsonObject &body, const QStringList &customScopes);
/// `PUT /perm/{id}`: replaces `match` and/or `scopes` with the same checks. 400 `nothing to change`.
Result<Permission> applyPermissionUpdate(Permission permission,
                                         const QJsonObject &body,
                                         const QStringList &customScopes);
/// id, href (`<root>/perm/<id>`), match, scopes.
QJsonObject permissionToJson(const Permission &permission, const QString &root);

/// `POST /user` (upstream User.parse): `name` required (400 `Missing mandatory value for "name"`), login = `login`
/// or else `email` (400 `Missing mandatory value for "login"`), `password`, `email`, `status` (default active),
/// `roles` (list of strings), `attributes` (object), `text`, `email_verified` (boolean). Wrong types are 400
/// `<field> must be a string` / `a list of strings` / `a JSON object` / `a boolean`. Times stay 0: the service
/// sets them.
Result<NewUser> parseNewUser(const QJsonObject &body);
/// `PUT /user/{id}` and `PUT /user/me` (upstream User.update): the non-null fields of the body with the same type
/// checks; `role` (legacy) becomes `roles: [role]`; an email without `@` is 400 `Value for "email" not valid: <e>`.
/// 400 `nothing to change` for an empty body.
Result<UserChanges> parseUserUpdate(const QJsonObject &body);
/// The body of `PUT /user/{id}/attributes` and `PUT /user/me/attributes`: its non-empty `attributes` object, else
/// 400 `must supply 'attributes' as json data`.
Result<QJsonObject> parseAttributesBody(const QJsonObject &body);
/// Upstream's attribute update: `changes` merged into `stored` recursively (objects merge key by key, anything else
/// replaces), then top-level keys whose value is null dropped.
QJsonObject mergeAttributes(const QJsonObject &stored, const QJsonObject &changes);
/// The user object of spec §4.8: id, href (`<root>/user/<id>`), name, login, email, domain, status, roles,
/// attributes, createTime, lastLogin, text, updateTime, email_verified. Never the password.
QJsonObject userToJson(const User &user, const QString &root);

/// `POST /group`: `name` required (400 `Missing mandatory value for name`), `text` (default empty).
Result<Group> parseGroup(const QJsonObject &body);
/// `PUT /group/{id}`: replaces the non-null `name` and/or `text`. 400 `nothing to change`.
Result<Group> applyGroupUpdate(Group group, const QJsonObject &body);
/// id, href (`<root>/group/<id>`), name, text, count.
QJsonObject groupToJson(const Group &group, const QString &root);
/// id, href (`<root>/user/<id>`), login, name, status.
QJsonObject groupMemberToJson(const GroupMember &member, const QString &root);

/// `POST /key` (upstream ApiKey.parse): `id`, `key`, `user`, `scopes` (400 `scopes must be a list`, each one valid
/// as for perms), `type`, `text`, `expireTime` (400 IsoTime::formatError()), `customer`.
Result<NewKey> parseNewKey(const QJsonObject &body, const QStringList &customScopes);
/// `PUT /key/{key}`: `user`, `scopes`, `text`, `expireTime`, `customer` with the same checks; a present `customer`
/// null means "no customer". 400 `nothing to change` for an empty body.
Result<KeyChanges> parseKeyUpdate(const QJsonObject &body, const QStringList &customScopes);
/// The key object of spec §4.7: id, key, status (as of `now`), href, user, scopes, type (Scopes::keyTypeFromScopes),
/// text, expireTime, count, lastUsedTime, customer. `key` is the key string when known (at creation), else its hint;
/// href is `<root>/key/<id>` (upstream: `<root>/key/<key>`, which would put the key in every access log).
QJsonObject keyToJson(const ApiKey &key, const QString &root, Timestamp now);

} // namespace IdentityJson

/// Storage helpers the identity services share, so that their five tables page, count and check uniqueness the
/// same way in portable SQL. Internal to the identity services; other code goes through the services.
namespace IdentitySql {

/// One identity table as a list endpoint reads it.
struct Table
{
    QString from;         ///< table name
    QString columns;      ///< select list, in the order the service's row mapping expects
    QString defaultOrder; ///< ORDER BY when the request has no `sort-by`; end it with a unique column
    SqlFragment visible;  ///< what the caller may see (customer restriction, own keys); empty = everything
    /// Items the service puts before the stored rows (the synthetic built-in perms). They count in the total and
    /// take the first places of the first pages.
    qint64 leading = 0;
};

/// A page of raw rows.
struct RowPage : PageInfo
{
    QList<QVariantList> rows;
    qint64 total = 0;        ///< stored matches plus Table::leading
    qint64 leadingFirst = 0; ///< index of the first leading item on this page
    qint64 leadingCount = 0; ///< how many leading items this page starts with
};

/// The list query of spec §4.1 over one table: field filters and `sort-by` from `fields` (400s as ListQuery),
/// `visible` ANDed in, the total counted, 416 for a page out of range, then the page's rows.
Result<RowPage> selectPage(AlertStore &store,
                           const QList<QPair<QString, QString>> &params,
                           const FieldTable &fields,
                           const Table &table,
                           int defaultPageSize);

/// The rows of `SELECT <columns> FROM <from> WHERE <where> [ORDER BY <orderBy>]`.
QList<QVariantList> select(SqlSession &sql,
                           const QString &columns,
                           const QString &from,
                           const SqlFragment &where,
                           const QString &orderBy = {});

/// True if some row of `from` satisfies `where`; the uniqueness check before an INSERT or UPDATE inside the same
/// (serialised) write transaction, which is what turns a duplicate into the spec's 409 rather than a 500.
bool exists(SqlSession &sql, const QString &from, const SqlFragment &where);

/// `column = ?` with `value` bound.
SqlFragment equals(const QString &column, const QVariant &value);

/// Maps a page of rows to a page of items.
template<typename T, typename FromRow>
ListPage<T> mapPage(const RowPage &rows, FromRow fromRow)
{
    ListPage<T> page;
    static_cast<PageInfo &>(page) = rows;
    page.total = rows.total;
    page.items.reserve(rows.rows.size());
    for (const QVariantList &row : rows.rows)
        page.items.append(fromRow(row));
    return page;
}

} // namespace IdentitySql
