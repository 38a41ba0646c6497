// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <functional>

/// Alerta's authorisation vocabulary (spec §5.2, §5.4, §4.7): which scope strings exist, whether a caller's scopes
/// imply the one a route wants, which scopes a user's roles give, and the scope side of API keys.
/// Pure functions over plain lists: the settings they depend on (CUSTOM_SCOPES, DELETE_SCOPES, the role lists) are
/// passed in, so the REST layer, the admin CLI and tests all evaluate the same rules.
namespace Scopes {

/// The scopes upstream defines, in its order: `read`, `write`, `admin`, then `<action>:<resource>` from `read:alerts`
/// to `read:userinfo`. `GET /scopes` lists these followed by CUSTOM_SCOPES (see all()).
const QStringList &builtIn();

/// `[admin, read, write]`: what ADMIN_USERS, ADMIN_ROLES, Hawk callers and admin-created legacy keys get.
const QStringList &adminScopes();

/// True for a CUSTOM_SCOPES entry upstream accepts: `(admin|write|read|delete):\w+(\.\w+)?`, whole string, `\w`
/// Unicode-aware as in Python 3. Startup should reject a configuration whose custom scopes fail this.
bool isValidCustomScope(const QString &scope);

/// True if `scope` is built in or listed in `customScopes` (which are assumed validated). Used for
/// `PUT /perm` (400 `'<s>' is not a valid Scope`) and key scopes.
bool isValidScope(const QString &scope, const QStringList &customScopes = {});

/// builtIn() followed by the valid custom scopes not already built in, in configuration order (`GET /scopes`).
QStringList all(const QStringList &customScopes);

/// Whether scopes `have` allow an action that needs `want` (upstream Permission.is_in_scope), evaluated as:
/// 1. `want` empty → true; `want` ∈ have, or its bare action (`read` for `read:alerts`) ∈ have → true;
/// 2. `read:X` retries as `write:X`, `write:X` as `admin:X`;
/// 3. `delete:X` retries as `admin:X` if `want` ∈ deleteScopes (DELETE_SCOPES), else as `write:X`;
/// 4. anything else (`admin:X`) → false.
/// Only the action before the `:` is rewritten; upstream's str.replace would also rewrite a resource that
/// contains the action word (`read:threads`), which no built-in scope does.
bool granted(const QString &want, const QStringList &have, const QStringList &deleteScopes = {});

/// 403 `Requested scope '<s>' not in existing scopes: <have joined by ",">` for the first requested scope that
/// `have` does not imply (granted()). Guards `POST /key`, `POST /perm` and `POST /user`, so that nobody hands out
/// more than they hold.
VoidResult checkRequested(const QStringList &requested, const QStringList &have, const QStringList &deleteScopes = {});

/// The role settings of spec §9 that roles → scopes needs; defaults are upstream's.
struct RoleSettings
{
    QStringList adminUsers;                                                         ///< ADMIN_USERS (logins or emails)
    QStringList adminRoles{QStringLiteral("admin")};                                ///< ADMIN_ROLES
    QStringList userRoles{QStringLiteral("user")};                                  ///< USER_ROLES
    QStringList userDefaultScopes{QStringLiteral("read"), QStringLiteral("write")}; ///< USER_DEFAULT_SCOPES
    QStringList guestRoles{QStringLiteral("guest")};                                ///< GUEST_ROLES
    QStringList guestDefaultScopes{QStringLiteral("read:alerts")};                  ///< GUEST_DEFAULT_SCOPES
};

/// Scopes of the `perms` row whose `match` equals the role, or an empty list when there is none.
using PermissionLookup = std::function<QStringList(const QString &role)>;

/// The scopes a user gets (spec §5.4, upstream get_scopes_by_match): `login` ∈ ADMIN_USERS → adminScopes();
/// otherwise for each of `roles` then `groups` in turn: an ADMIN_ROLES role → adminScopes() at once; a USER_ROLES role
/// adds USER_DEFAULT_SCOPES; a GUEST_ROLES role adds GUEST_DEFAULT_SCOPES; and every role adds its `perms` row.
/// The result is sorted and de-duplicated. Giving ADMIN_ROLES to users whose email is in ADMIN_USERS happens when
/// the user is created, not here.
QStringList scopesForRoles(const QString &login,
                           const QStringList &roles,
                           const QStringList &groups,
                           const RoleSettings &settings,
                           const PermissionLookup &permissions = {});

/// Scopes for a key created with the legacy `type` field: `read-write` → `[read, write]`, `read-only` → `[read]`,
/// anything else → `[]`; but adminScopes() whatever the type when the key's user is in ADMIN_USERS (`adminUser`).
QStringList keyTypeToScopes(const QString &type, bool adminUser);

/// The `type` reported for a key: `read-write` if any scope starts with `write` or `admin`, else `read-only`.
QString keyTypeFromScopes(const QStringList &scopes);

} // namespace Scopes
