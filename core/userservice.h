// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/caller.h"
#include "core/clock.h"
#include "core/identityconfig.h"
#include "core/identityjson.h"
#include "core/loginthrottle.h"
#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class AlertStore;
class FieldTable;
class PermissionService;

/// Local users and user groups (spec §4.8) over the store, and password login (§4.9 `/auth/login`, §5.1 Basic).
/// Thread-safe; writes return once durable. Passwords are only ever stored as bcrypt hashes (PasswordHash) and no
/// method returns one to the API: IdentityJson::userToJson leaves the hash out.
///
/// Users and groups share this class because membership ties them: deleting either removes its memberships, and a
/// group's `count` is its number of members.
class UserService final
{
    Q_DISABLE_COPY_MOVE(UserService)

public:
    /// Which login answers authenticate() gives: upstream words `/auth/login` and Basic failures differently.
    enum class LoginFlow {
        Login, ///< `POST /auth/login`: updates lastLogin
        Basic, ///< `Authorization: Basic` on an API call: does not write
    };

    /// `permissions` gives the scopes of the roles a new or updated user gets, which the caller must hold.
    UserService(std::shared_ptr<AlertStore> store,
                IdentityConfig config,
                std::shared_ptr<Clock> clock,
                std::shared_ptr<PermissionService> permissions);

    // Users

    /// `POST /user` with a body parsed by IdentityJson::parseNewUser, in upstream's order: 400
    /// `must use <provider> login flow to create new user` unless AUTH_PROVIDER is `basic`; 403
    /// `unauthorized domain` (ALLOWED_EMAIL_DOMAINS, when AUTH_REQUIRED); 409 `user with that email already exists`
    /// (an existing login or email equals the email); 403 `Requested scope ...` when the roles' scopes exceed the
    /// caller's; 409 `user with that login already exists`. Roles default to DEFAULT_USER_ROLE, and a user whose
    /// email is in ADMIN_USERS gets ADMIN_ROLES. createTime = updateTime = now. Returns the stored user.
    Result<User> create(User user, const QString &password, const Caller &caller = Caller::internal());
    /// The first administrator, for the command line (`alertad user`): login (also the email when it has an `@`),
    /// DEFAULT_ADMIN_ROLE, email verified, whatever AUTH_PROVIDER and ALLOWED_EMAIL_DOMAINS say. 409 as create().
    Result<User> bootstrapAdmin(const QString &login, const QString &password, const QString &name = {});
    /// The user with this id; 404 `not found`.
    Result<User> get(const QString &id);
    /// `GET /users`: filters and `sort-by` on the user fields, paging with 416; by login when no sort is asked for.
    Result<ListPage<User>> list(const QList<QPair<QString, QString>> &params);
    /// `PUT /user/{id}` (IdentityJson::parseUserUpdate): 404 `not found`; 409 `user with that email already exists`
    /// / `user with that login already exists` when another user has them; 403 when new roles' scopes exceed the
    /// caller's. A new password is re-hashed, attributes merge at the top level, updateTime = now.
    Result<User> update(const QString &id, const QJsonObject &body, const Caller &caller = Caller::internal());
    /// Whether a user would keep the access they have with some fields changed (Authenticator::sameAccess).
    using SameAccess = std::function<bool(const User &before, const User &after)>;
    /// `PUT /user/me` by the user `me`: as update() but only `name`, `email`, `password` and `text`; 400
    /// `not allowed to update: <other keys, sorted, joined by ", ">`. ADMIN_USERS and the customer look-up go by
    /// email (spec §5.4, §5.5), so a new email that `sameAccess` says would change what the user may see or do is
    /// refused: 403 `not allowed to change email to '<email>': it would change what the user may see or do`, which
    /// leaves such a change to an administrator (update()).
    Result<User> updateMe(const User &me, const QJsonObject &body, const SameAccess &sameAccess);
    /// `PUT /user/{id}/attributes` and `PUT /user/me/attributes` (IdentityJson::parseAttributesBody): deep merge,
    /// top-level nulls delete (IdentityJson::mergeAttributes); updateTime = now. 404 `not found`.
    Result<User> updateAttributes(const QString &id, const QJsonObject &attributes);
    /// `DELETE /user/{id}` and the user's group memberships; 404 `not found`.
    VoidResult remove(const QString &id);
    /// `GET /user/{id}/groups`, by name; 404 `not found` for an unknown user.
    Result<QList<Group>> groupsOf(const QString &userId);

    /// Password login. `username` is a login or an email. Failures, in upstream's order:
    /// | check                                    | Login                              | Basic | | no such user or
    /// wrong password           | 401 `Invalid username or password` | 401 `Authorization required`  | |
    /// EMAIL_VERIFICATION and not verified      | 403 `email not verified`           | 401 `email not verified`      |
    /// | domain not in ALLOWED_EMAIL_DOMAINS      | 403 `unauthorized domain`          | 403 `Unauthorized domain` | |
    /// status not `active`                      | 403 `User <login> not active`      | the same                      |
    /// (upstream skips the last check for Basic; we do not let inactive users in through either door). Login then
    /// stores lastLogin = now (durably) and returns the user with it.
    ///
    /// Password guessing is throttled (LoginThrottle, by `username` and the client's `address`): past the limits,
    /// 429 `Too many failed logins, try again in N seconds` without looking at the password.
    Result<User> authenticate(const QString &username,
                              const QString &password,
                              LoginFlow flow = LoginFlow::Login,
                              const QString &address = {});
    /// The user an authenticating proxy vouches for (AUTH_PROXY, spec §5.1): found by login or email as
    /// authenticate() finds them; an unknown one is created when `autoSignup` (login, and email when it has an `@`,
    /// = `username`; `roles`, or DEFAULT_USER_ROLE when none; email verified; a random password nobody knows), else
    /// 403 `user auto-signup is disabled`. 403 `User <login> not active` as for a password login.
    Result<User> proxyUser(const QString &username, const QStringList &roles, bool autoSignup);

    // Groups

    /// `POST /group` (IdentityJson::parseGroup); 409 `group with that name already exists`.
    Result<Group> createGroup(const Group &group);
    /// The group with this id and its member count; 404 `not found`.
    Result<Group> group(const QString &id);
    /// `GET /groups`: filters and `sort-by` on id, name, text, paging with 416; by name when no sort is asked for.
    Result<ListPage<Group>> listGroups(const QList<QPair<QString, QString>> &params);
    /// `PUT /group/{id}` (IdentityJson::applyGroupUpdate); 404 `not found`, 409 as createGroup().
    Result<Group> updateGroup(const QString &id, const QJsonObject &body);
    /// `DELETE /group/{id}` and its memberships; 404 `not found`.
    VoidResult removeGroup(const QString &id);
    /// `PUT /group/{id}/user/{userId}`: 404 `not found` for the group, 400 `invalid user`; adding a member twice
    /// changes nothing.
    VoidResult addMember(const QString &groupId, const QString &userId);
    /// `DELETE /group/{id}/user/{userId}`: 404 `not found` for the group, 400 `invalid user`.
    VoidResult removeMember(const QString &groupId, const QString &userId);
    /// `GET /group/{id}/users`, by login; 404 `not found`.
    Result<QList<GroupMember>> members(const QString &groupId);

    /// The user fields: API names, storage columns and uses.
    static const FieldTable &userFields();
    /// The group fields.
    static const FieldTable &groupFields();

private:
    /// Upstream's get_user_by_username: by login or email, a login match winning over another user's email.
    std::optional<User> findByUsername(const QString &username);
    Result<User> insertNew(User user, const QString &password);
    Result<User> applyChanges(const QString &id, const UserChanges &changes);
    Result<QString> hashPassword(const QString &password) const;
    User withRoleDefaults(User user) const;
    bool domainAllowed(const User &user) const;

    std::shared_ptr<AlertStore> m_store;
    IdentityConfig m_config;
    std::shared_ptr<Clock> m_clock;
    std::shared_ptr<PermissionService> m_permissions;
    /// Verified against when no user matches, so that an unknown name costs as much time as a wrong password.
    QString m_dummyHash;
    LoginThrottle m_throttle;
};
