// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/userservice.h"

#include <algorithm>

#include <QSet>
#include <QUuid>

#include "core/alertstore.h"
#include "core/fieldtable.h"
#include "core/passwordhash.h"
#include "core/permissionservice.h"
#include "core/scopes.h"
#include "core/sqldialect.h"
#include "core/sqlvalues.h"

namespace {

const QString Users = QStringLiteral("users");
const QString UserColumns = QStringLiteral(
    "id, name, login, password, email, status, roles, attributes, create_time, last_login, text, update_time, "
    "email_verified");
const QString Groups = QStringLiteral("groups");
const QString GroupColumns =
    QStringLiteral("id, name, text, (SELECT COUNT(*) FROM group_users WHERE group_users.group_id = groups.id)");

std::optional<Timestamp> optionalTime(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<Timestamp>(value.toLongLong());
}

QVariant bindTime(const SqlDialect &dialect, const std::optional<Timestamp> &time)
{
    return time ? dialect.timeValue(*time) : QVariant();
}

User userFromRow(const QVariantList &row)
{
    using namespace SqlValues;
    User u;
    u.id = text(row.at(0));
    u.name = text(row.at(1));
    u.login = text(row.at(2));
    u.password = text(row.at(3));
    u.email = text(row.at(4));
    u.status = text(row.at(5));
    u.roles = stringList(row.at(6));
    u.attributes = object(row.at(7));
    u.createTime = row.at(8).toLongLong();
    u.lastLogin = optionalTime(row.at(9));
    u.text = text(row.at(10));
    u.updateTime = row.at(11).toLongLong();
    u.emailVerified = row.at(12).toBool();
    return u;
}

QVariantList userValues(const User &u, const SqlDialect &dialect)
{
    using namespace SqlValues;
    return {bindText(u.name),
            u.login,
            u.password,
            bindText(u.email),
            u.status,
            jsonText(u.roles),
            jsonText(u.attributes),
            dialect.timeValue(u.createTime),
            bindTime(dialect, u.lastLogin),
            bindText(u.text),
            dialect.timeValue(u.updateTime),
            dialect.boolValue(u.emailVerified),
            u.id};
}

void insertUser(SqlSession &sql, const User &u)
{
    sql.execute(QStringLiteral("INSERT INTO users (name, login, password, email, status, roles, attributes, "
                               "create_time, last_login, text, update_time, email_verified, id) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                userValues(u, sql.dialect()));
}

void rewriteUser(SqlSession &sql, const User &u)
{
    sql.execute(QStringLiteral("UPDATE users SET name = ?, login = ?, password = ?, email = ?, status = ?, roles = ?, "
                               "attributes = ?, create_time = ?, last_login = ?, text = ?, update_time = ?, "
                               "email_verified = ? WHERE id = ?"),
                userValues(u, sql.dialect()));
}

std::optional<User> findUser(SqlSession &sql, const QString &id)
{
    const QList<QVariantList> rows =
        IdentitySql::select(sql, UserColumns, Users, IdentitySql::equals(QStringLiteral("id"), id));
    return rows.isEmpty() ? std::nullopt : std::optional<User>(userFromRow(rows.first()));
}

// True if a user other than `exceptId` has `column` = `value`.
bool taken(SqlSession &sql, const QString &column, const QString &value, const QString &exceptId = {})
{
    SqlFragment where = IdentitySql::equals(column, value);
    if (!exceptId.isEmpty())
        where.andWith({QStringLiteral("id <> ?"), {exceptId}});
    return IdentitySql::exists(sql, Users, where);
}

ApiError emailTaken()
{
    return ApiError::conflict(QStringLiteral("user with that email already exists"));
}

ApiError loginTaken()
{
    return ApiError::conflict(QStringLiteral("user with that login already exists"));
}

Group groupFromRow(const QVariantList &row)
{
    using SqlValues::text;
    return Group{text(row.at(0)), text(row.at(1)), text(row.at(2)), row.at(3).toLongLong()};
}

std::optional<Group> findGroup(SqlSession &sql, const QString &id)
{
    const QList<QVariantList> rows =
        IdentitySql::select(sql, GroupColumns, Groups, IdentitySql::equals(QStringLiteral("id"), id));
    return rows.isEmpty() ? std::nullopt : std::optional<Group>(groupFromRow(rows.first()));
}

std::optional<ApiError> groupNameTaken(SqlSession &sql, const Group &group)
{
    SqlFragment same = IdentitySql::equals(QStringLiteral("name"), group.name);
    same.andWith({QStringLiteral("id <> ?"), {group.id}});
    if (IdentitySql::exists(sql, Groups, same))
        return ApiError::conflict(QStringLiteral("group with that name already exists"));
    return std::nullopt;
}

// The group and user of a membership change: 404 for the group, 400 for the user (upstream's answers).
std::optional<ApiError> checkMembership(SqlSession &sql, const QString &groupId, const QString &userId)
{
    if (!IdentitySql::exists(sql, Groups, IdentitySql::equals(QStringLiteral("id"), groupId)))
        return ApiError::notFound();
    if (!IdentitySql::exists(sql, Users, IdentitySql::equals(QStringLiteral("id"), userId)))
        return ApiError::badRequest(QStringLiteral("invalid user"));
    return std::nullopt;
}

SqlFragment membership(const QString &groupId, const QString &userId)
{
    return {QStringLiteral("group_id = ? AND user_id = ?"), {groupId, userId}};
}

QList<FieldSpec> userFieldList()
{
    using Use = FieldSpec::Use;
    using Kind = FieldKind;
    const FieldSpec::Uses filterAndSort = Use::Filter | Use::Sort;
    const auto field = &FieldSpec::of;
    return {
        field(u"id", u"id", Kind::Text, filterAndSort),
        field(u"name", u"name", Kind::Text, filterAndSort),
        field(u"login", u"login", Kind::Text, filterAndSort),
        field(u"email", u"email", Kind::Text, filterAndSort),
        field(u"status", u"status", Kind::Text, filterAndSort),
        field(u"roles", u"roles", Kind::JsonArray, Use::Filter),
        field(u"attributes", u"attributes", Kind::JsonObject, filterAndSort),
        field(u"createTime", u"create_time", Kind::Time, filterAndSort),
        field(u"lastLogin", u"last_login", Kind::Time, filterAndSort),
        field(u"text", u"text", Kind::Text, filterAndSort),
        field(u"updateTime", u"update_time", Kind::Time, filterAndSort),
        field(u"email_verified", u"email_verified", Kind::Boolean, filterAndSort),
    };
}

QList<FieldSpec> groupFieldList()
{
    const FieldSpec::Uses filterAndSort = FieldSpec::Use::Filter | FieldSpec::Use::Sort;
    const auto field = [&](const char16_t *name) {
        const QString n = QString::fromUtf16(name);
        return FieldSpec{n, n, FieldKind::Text, filterAndSort, FieldSpec::SortKey::Value};
    };
    return {field(u"id"), field(u"name"), field(u"text")};
}

} // namespace

UserService::UserService(std::shared_ptr<AlertStore> store,
                         IdentityConfig config,
                         std::shared_ptr<Clock> clock,
                         std::shared_ptr<PermissionService> permissions)
    : m_store(std::move(store))
    , m_config(std::move(config))
    , m_clock(std::move(clock))
    , m_permissions(std::move(permissions))
    , m_dummyHash(PasswordHash::hash(QUuid::createUuid().toString(), m_config.passwordCost))
    , m_throttle(m_clock, LoginThrottle::Limits{})
{}

const FieldTable &UserService::userFields()
{
    static const FieldTable table(userFieldList());
    return table;
}

const FieldTable &UserService::groupFields()
{
    static const FieldTable table(groupFieldList());
    return table;
}

User UserService::withRoleDefaults(User user) const
{
    // Upstream's User constructor, which also runs on every read: ADMIN_USERS emails are admins, and a user without
    // roles has the default user role.
    if (!user.email.isEmpty() && m_config.roles.adminUsers.contains(user.email))
        user.roles = m_config.roles.adminRoles;
    else if (user.roles.isEmpty())
        user.roles = QStringList{m_config.defaultUserRole};
    return user;
}

bool UserService::domainAllowed(const User &user) const
{
    // Upstream not_authorized('ALLOWED_EMAIL_DOMAINS', groups=[user.domain]).
    return !m_config.authRequired || m_config.allowedEmailDomains.contains(QLatin1StringView("*"))
        || m_config.allowedEmailDomains.contains(user.domain());
}

Result<QString> UserService::hashPassword(const QString &password) const
{
    if (password.isEmpty())
        return QStringLiteral(""); // no password: the empty hash never verifies (the column is NOT NULL)
    const QString hash = PasswordHash::hash(password, m_config.passwordCost);
    if (!hash.isEmpty())
        return hash;
    if (password.contains(QChar(u'\0')))
        return ApiError::badRequest(QStringLiteral("password must not contain NUL characters"));
    return ApiError::internal(QStringLiteral("password hashing failed"));
}

Result<User> UserService::create(User user, const QString &password, const Caller &caller)
{
    if (m_config.authProvider != QLatin1StringView("basic")) {
        return ApiError::badRequest(
            QStringLiteral("must use %1 login flow to create new user").arg(m_config.authProvider));
    }
    if (!domainAllowed(user))
        return ApiError{403, QStringLiteral("unauthorized domain"), {}};
    user = withRoleDefaults(std::move(user));
    if (!user.email.isEmpty()) {
        bool exists = false;
        m_store->read([&](AlertReader &reader) {
            exists = taken(reader.sql(), QStringLiteral("login"), user.email)
                || taken(reader.sql(), QStringLiteral("email"), user.email);
        });
        if (exists)
            return emailTaken();
    }
    const QStringList wanted = m_permissions->scopesFor(user.email, user.roles);
    const VoidResult granted = Scopes::checkRequested(wanted, caller.scopes, m_config.deleteScopes);
    if (!granted)
        return granted.error();
    return insertNew(std::move(user), password);
}

Result<User> UserService::bootstrapAdmin(const QString &login, const QString &password, const QString &name)
{
    User user;
    user.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    user.login = login;
    user.email = login.contains(u'@') ? login : QString();
    user.name = name.isEmpty() ? login : name;
    user.roles = QStringList{m_config.defaultAdminRole};
    user.text = QStringLiteral("");
    user.emailVerified = true;
    return insertNew(std::move(user), password);
}

Result<User> UserService::insertNew(User user, const QString &password)
{
    if (user.id.isEmpty())
        user.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Result<QString> hash = hashPassword(password);
    if (!hash)
        return hash.error();
    user.password = *hash;
    user.createTime = user.updateTime = m_clock->now();
    user.lastLogin.reset();
    return m_store
        ->write<User>([user](AlertTransaction &tx) -> Result<User> {
            SqlSession &sql = tx.sql();
            // Checked again inside the transaction: writes are serialised, so nothing can slip in between.
            if (!user.email.isEmpty()
                && (taken(sql, QStringLiteral("login"), user.email) || taken(sql, QStringLiteral("email"), user.email)))
                return emailTaken();
            if (taken(sql, QStringLiteral("login"), user.login) || taken(sql, QStringLiteral("email"), user.login))
                return loginTaken();
            if (IdentitySql::exists(sql, Users, IdentitySql::equals(QStringLiteral("id"), user.id)))
                return ApiError::conflict(QStringLiteral("user '%1' already exists").arg(user.id));
            insertUser(sql, user);
            return user;
        })
        .result();
}

Result<User> UserService::get(const QString &id)
{
    std::optional<User> found;
    m_store->read([&](AlertReader &reader) { found = findUser(reader.sql(), id); });
    if (!found)
        return ApiError::notFound();
    return withRoleDefaults(*found);
}

Result<ListPage<User>> UserService::list(const QList<QPair<QString, QString>> &params)
{
    const IdentitySql::Table table{Users, UserColumns, QStringLiteral("login, id"), {}};
    const Result<IdentitySql::RowPage> rows =
        IdentitySql::selectPage(*m_store, params, userFields(), table, m_config.defaultPageSize);
    if (!rows)
        return rows.error();
    return IdentitySql::mapPage<User>(*rows,
                                      [this](const QVariantList &row) { return withRoleDefaults(userFromRow(row)); });
}

Result<User> UserService::update(const QString &id, const QJsonObject &body, const Caller &caller)
{
    const Result<UserChanges> changes = IdentityJson::parseUserUpdate(body);
    if (!changes)
        return changes.error();
    if (changes->roles && !changes->roles->isEmpty()) {
        const QStringList wanted = m_permissions->scopesFor(QString(), *changes->roles);
        const VoidResult granted = Scopes::checkRequested(wanted, caller.scopes, m_config.deleteScopes);
        if (!granted)
            return granted.error();
    }
    return applyChanges(id, *changes);
}

Result<User> UserService::updateMe(const User &me, const QJsonObject &body, const SameAccess &sameAccess)
{
    static const QSet<QString> allowed = {QStringLiteral("name"),
                                          QStringLiteral("email"),
                                          QStringLiteral("password"),
                                          QStringLiteral("text")};
    QStringList refused;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!allowed.contains(it.key()))
            refused.append(it.key());
    }
    if (!refused.isEmpty()) {
        std::sort(refused.begin(), refused.end());
        return ApiError::badRequest(
            QStringLiteral("not allowed to update: %1").arg(refused.join(QStringLiteral(", "))));
    }
    const Result<UserChanges> changes = IdentityJson::parseUserUpdate(body);
    if (!changes)
        return changes.error();
    if (changes->email && *changes->email != me.email) {
        User after = me;
        after.email = *changes->email;
        // `me` has ADMIN_ROLES when its email made it an administrator; which roles it keeps without that is not
        // known here, so such a user counts as losing them (and is refused: an administrator can still change it).
        if (m_config.roles.adminUsers.contains(me.email))
            after.roles.clear();
        if (!sameAccess(me, withRoleDefaults(after))) {
            return ApiError{403,
                            QStringLiteral("not allowed to change email to '%1': it would change what the user may "
                                           "see or do")
                                .arg(after.email),
                            {}};
        }
    }
    return applyChanges(me.id, *changes);
}

Result<User> UserService::applyChanges(const QString &id, const UserChanges &changes)
{
    // bcrypt is slow by design: hash before taking the writer.
    std::optional<QString> hash;
    if (changes.password) {
        const Result<QString> hashed = hashPassword(*changes.password);
        if (!hashed)
            return hashed.error();
        hash = *hashed;
    }
    const Timestamp now = m_clock->now();
    const Result<User> stored =
        m_store
            ->write<User>([id, changes, hash, now](AlertTransaction &tx) -> Result<User> {
                SqlSession &sql = tx.sql();
                std::optional<User> user = findUser(sql, id);
                if (!user)
                    return ApiError::notFound();
                if (changes.email && taken(sql, QStringLiteral("email"), *changes.email, id))
                    return emailTaken();
                if (changes.login && taken(sql, QStringLiteral("login"), *changes.login, id))
                    return loginTaken();
                user->name = changes.name.value_or(user->name);
                user->login = changes.login.value_or(user->login);
                user->password = hash.value_or(user->password);
                user->email = changes.email.value_or(user->email);
                user->status = changes.status.value_or(user->status);
                user->roles = changes.roles.value_or(user->roles);
                user->text = changes.text.value_or(user->text);
                user->emailVerified = changes.emailVerified.value_or(user->emailVerified);
                if (changes.attributes) {
                    // Upstream `attributes || new`: top-level keys replaced, nothing deleted.
                    for (auto it = changes.attributes->begin(); it != changes.attributes->end(); ++it)
                        user->attributes.insert(it.key(), it.value());
                }
                user->updateTime = now;
                rewriteUser(sql, *user);
                return *user;
            })
            .result();
    if (!stored)
        return stored;
    return withRoleDefaults(*stored);
}

Result<User> UserService::updateAttributes(const QString &id, const QJsonObject &attributes)
{
    const Timestamp now = m_clock->now();
    const Result<User> stored =
        m_store
            ->write<User>([id, attributes, now](AlertTransaction &tx) -> Result<User> {
                SqlSession &sql = tx.sql();
                std::optional<User> user = findUser(sql, id);
                if (!user)
                    return ApiError::notFound();
                user->attributes = IdentityJson::mergeAttributes(user->attributes, attributes);
                user->updateTime = now;
                sql.execute(QStringLiteral("UPDATE users SET attributes = ?, update_time = ? WHERE id = ?"),
                            {SqlValues::jsonText(user->attributes), sql.dialect().timeValue(now), id});
                return *user;
            })
            .result();
    if (!stored)
        return stored;
    return withRoleDefaults(*stored);
}

VoidResult UserService::remove(const QString &id)
{
    return m_store
        ->write<Ok>([id](AlertTransaction &tx) -> VoidResult {
            SqlSession &sql = tx.sql();
            if (sql.execute(QStringLiteral("DELETE FROM users WHERE id = ?"), {id}) == 0)
                return ApiError::notFound();
            sql.execute(QStringLiteral("DELETE FROM group_users WHERE user_id = ?"), {id});
            return Ok{};
        })
        .result();
}

Result<QList<Group>> UserService::groupsOf(const QString &userId)
{
    std::optional<QList<Group>> groups;
    m_store->read([&](AlertReader &reader) {
        SqlSession &sql = reader.sql();
        if (!IdentitySql::exists(sql, Users, IdentitySql::equals(QStringLiteral("id"), userId)))
            return;
        const SqlFragment isMember{QStringLiteral("id IN (SELECT group_id FROM group_users WHERE user_id = ?)"),
                                   {userId}};
        groups.emplace();
        for (const QVariantList &row : IdentitySql::select(sql, GroupColumns, Groups, isMember, QStringLiteral("name")))
            groups->append(groupFromRow(row));
    });
    if (!groups)
        return ApiError::notFound();
    return *groups;
}

std::optional<User> UserService::findByUsername(const QString &username)
{
    std::optional<User> user;
    m_store->read([&](AlertReader &reader) {
        const QList<QVariantList> rows = reader.sql().select(
            u"SELECT " + UserColumns
                + u" FROM users WHERE login = ? OR email = ? ORDER BY CASE WHEN login = ? THEN 0 ELSE 1 END LIMIT 1",
            {username, username, username});
        if (!rows.isEmpty())
            user = withRoleDefaults(userFromRow(rows.first()));
    });
    return user;
}

Result<User> UserService::proxyUser(const QString &username, const QStringList &roles, bool autoSignup)
{
    std::optional<User> user = findByUsername(username);
    if (!user) {
        if (!autoSignup)
            return ApiError{403, QStringLiteral("user auto-signup is disabled"), {}};
        User signup;
        signup.login = username;
        signup.email = username.contains(u'@') ? username : QString();
        signup.name = username;
        signup.roles = roles;
        signup.text = QStringLiteral("Auto-signup via auth proxy");
        signup.emailVerified = true;
        const QString unknowable = QUuid::createUuid().toString() + QUuid::createUuid().toString();
        const Result<User> created = insertNew(withRoleDefaults(std::move(signup)), unknowable);
        // Two first requests at once: the other one created the user.
        user = created ? std::optional<User>(*created) : findByUsername(username);
        if (!user)
            return created.error();
    }
    if (!user->isActive())
        return ApiError{403, QStringLiteral("User %1 not active").arg(user->login), {}};
    return *user;
}

Result<User> UserService::authenticate(const QString &username,
                                       const QString &password,
                                       LoginFlow flow,
                                       const QString &address)
{
    const bool basic = flow == LoginFlow::Basic;
    if (const std::optional<qint64> wait = m_throttle.blockedFor(username, address))
        return ApiError{429, QStringLiteral("Too many failed logins, try again in %1 seconds").arg(*wait), {}};
    std::optional<User> user = findByUsername(username);
    const bool verified = PasswordHash::verify(password, user ? user->password : m_dummyHash);
    if (!user || !verified) {
        m_throttle.failed(username, address);
        return ApiError{401,
                        basic ? QStringLiteral("Authorization required")
                              : QStringLiteral("Invalid username or password"),
                        {}};
    }
    if (m_config.emailVerification && !user->emailVerified)
        return ApiError{basic ? 401 : 403, QStringLiteral("email not verified"), {}};
    if (!domainAllowed(*user))
        return ApiError{403, basic ? QStringLiteral("Unauthorized domain") : QStringLiteral("unauthorized domain"), {}};
    if (!user->isActive())
        return ApiError{403, QStringLiteral("User %1 not active").arg(user->login), {}};
    m_throttle.succeeded(username, address);
    if (basic)
        return *user;

    const Timestamp now = m_clock->now();
    const QString id = user->id;
    const VoidResult stored = m_store
                                  ->write<Ok>([id, now](AlertTransaction &tx) -> VoidResult {
                                      tx.sql().execute(QStringLiteral("UPDATE users SET last_login = ? WHERE id = ?"),
                                                       {tx.sql().dialect().timeValue(now), id});
                                      return Ok{};
                                  })
                                  .result();
    if (!stored)
        return stored.error();
    user->lastLogin = now;
    return *user;
}

Result<Group> UserService::createGroup(const Group &group)
{
    return m_store
        ->write<Group>([group](AlertTransaction &tx) -> Result<Group> {
            SqlSession &sql = tx.sql();
            if (IdentitySql::exists(sql, Groups, IdentitySql::equals(QStringLiteral("id"), group.id)))
                return ApiError::conflict(QStringLiteral("group '%1' already exists").arg(group.id));
            if (const std::optional<ApiError> error = groupNameTaken(sql, group))
                return *error;
            sql.execute(QStringLiteral("INSERT INTO groups (id, name, text) VALUES (?, ?, ?)"),
                        {group.id, group.name, SqlValues::bindText(group.text)});
            Group stored = group;
            stored.count = 0;
            return stored;
        })
        .result();
}

Result<Group> UserService::group(const QString &id)
{
    std::optional<Group> found;
    m_store->read([&](AlertReader &reader) { found = findGroup(reader.sql(), id); });
    if (!found)
        return ApiError::notFound();
    return *found;
}

Result<ListPage<Group>> UserService::listGroups(const QList<QPair<QString, QString>> &params)
{
    const IdentitySql::Table table{Groups, GroupColumns, QStringLiteral("name, id"), {}};
    const Result<IdentitySql::RowPage> rows =
        IdentitySql::selectPage(*m_store, params, groupFields(), table, m_config.defaultPageSize);
    if (!rows)
        return rows.error();
    return IdentitySql::mapPage<Group>(*rows, groupFromRow);
}

Result<Group> UserService::updateGroup(const QString &id, const QJsonObject &body)
{
    return m_store
        ->write<Group>([id, body](AlertTransaction &tx) -> Result<Group> {
            SqlSession &sql = tx.sql();
            const std::optional<Group> found = findGroup(sql, id);
            if (!found)
                return ApiError::notFound();
            const Result<Group> changed = IdentityJson::applyGroupUpdate(*found, body);
            if (!changed)
                return changed;
            if (const std::optional<ApiError> error = groupNameTaken(sql, *changed))
                return *error;
            sql.execute(QStringLiteral("UPDATE groups SET name = ?, text = ? WHERE id = ?"),
                        {changed->name, SqlValues::bindText(changed->text), id});
            return changed;
        })
        .result();
}

VoidResult UserService::removeGroup(const QString &id)
{
    return m_store
        ->write<Ok>([id](AlertTransaction &tx) -> VoidResult {
            SqlSession &sql = tx.sql();
            if (sql.execute(QStringLiteral("DELETE FROM groups WHERE id = ?"), {id}) == 0)
                return ApiError::notFound();
            sql.execute(QStringLiteral("DELETE FROM group_users WHERE group_id = ?"), {id});
            return Ok{};
        })
        .result();
}

VoidResult UserService::addMember(const QString &groupId, const QString &userId)
{
    return m_store
        ->write<Ok>([groupId, userId](AlertTransaction &tx) -> VoidResult {
            SqlSession &sql = tx.sql();
            if (const std::optional<ApiError> error = checkMembership(sql, groupId, userId))
                return *error;
            if (!IdentitySql::exists(sql, QStringLiteral("group_users"), membership(groupId, userId))) {
                sql.execute(QStringLiteral("INSERT INTO group_users (group_id, user_id) VALUES (?, ?)"),
                            {groupId, userId});
            }
            return Ok{};
        })
        .result();
}

VoidResult UserService::removeMember(const QString &groupId, const QString &userId)
{
    return m_store
        ->write<Ok>([groupId, userId](AlertTransaction &tx) -> VoidResult {
            SqlSession &sql = tx.sql();
            if (const std::optional<ApiError> error = checkMembership(sql, groupId, userId))
                return *error;
            const SqlFragment member = membership(groupId, userId);
            sql.execute(u"DELETE FROM group_users WHERE " + member.sql, member.binds);
            return Ok{};
        })
        .result();
}

Result<QList<GroupMember>> UserService::members(const QString &groupId)
{
    std::optional<QList<GroupMember>> members;
    m_store->read([&](AlertReader &reader) {
        SqlSession &sql = reader.sql();
        if (!IdentitySql::exists(sql, Groups, IdentitySql::equals(QStringLiteral("id"), groupId)))
            return;
        const SqlFragment inGroup{QStringLiteral("id IN (SELECT user_id FROM group_users WHERE group_id = ?)"),
                                  {groupId}};
        members.emplace();
        const QList<QVariantList> rows = IdentitySql::select(sql,
                                                             QStringLiteral("id, login, email, name, status"),
                                                             Users,
                                                             inGroup,
                                                             QStringLiteral("login"));
        for (const QVariantList &row : rows) {
            using SqlValues::text;
            const QString login = text(row.at(1)).isEmpty() ? text(row.at(2)) : text(row.at(1));
            members->append(GroupMember{text(row.at(0)), login, text(row.at(3)), text(row.at(4))});
        }
    });
    if (!members)
        return ApiError::notFound();
    return *members;
}
