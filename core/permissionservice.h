// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/caller.h"
#include "core/identityconfig.h"
#include "core/identityjson.h"
#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>

class AlertStore;
class FieldTable;

/// Role → scopes rows (spec §4.8 `/perm`, §5.4) over the store, and the scopes a user's roles give, which every
/// login path puts into the caller. Thread-safe; writes return once durable.
///
/// The built-in roles (DEFAULT_ADMIN_ROLE, DEFAULT_USER_ROLE, DEFAULT_GUEST_ROLE) are not rows: their scopes come
/// from the settings, `GET /perms` lists them first, and they cannot be created or renamed to.
class PermissionService final
{
    Q_DISABLE_COPY_MOVE(PermissionService)

public:
    PermissionService(std::shared_ptr<AlertStore> store, IdentityConfig config);

    /// `POST /perm` with a body parsed by IdentityJson::parsePermission: 409 `<role> role already exists` for a
    /// built-in role or a role that already has a row, 403 `Requested scope '<s>' not in existing scopes: ...` for
    /// a scope the caller's scopes do not imply (nobody hands out more than they hold).
    Result<Permission> create(const Permission &permission, const Caller &caller = Caller::internal());
    /// The row with this id; 404 `not found`. Built-in entries are not rows and are not found.
    Result<Permission> get(const QString &id);
    /// `PUT /perm/{id}` (IdentityJson::applyPermissionUpdate) with the checks of create(); 404 `not found`.
    /// Upstream does not check the caller's scopes here; we do, for the same reason as on create.
    Result<Permission> update(const QString &id, const QJsonObject &body, const Caller &caller = Caller::internal());
    /// `DELETE /perm/{id}`; 404 `not found`.
    VoidResult remove(const QString &id);
    /// `GET /perms`: builtIns() first (only those sharing a scope with the `scopes` parameters when there are
    /// some, as upstream), then the stored rows filtered (id, match, scopes) and sorted (id, match; by match when
    /// no sort is asked for). The built-in entries count in the total and fill the first places of page 1.
    Result<ListPage<Permission>> list(const QList<QPair<QString, QString>> &params);

    /// The synthetic entries for the built-in roles: DEFAULT_ADMIN_ROLE → `[admin, read, write]`,
    /// DEFAULT_USER_ROLE → USER_DEFAULT_SCOPES, DEFAULT_GUEST_ROLE → GUEST_DEFAULT_SCOPES. Their ids are
    /// name-based UUIDs: stable across calls, and never the id of a row.
    QList<Permission> builtIns() const;

    /// The scopes of a user (spec §5.4, Scopes::scopesForRoles) with `roles` and then `groups` looked up in the
    /// perms rows: ADMIN_USERS and ADMIN_ROLES give `[admin, read, write]`, USER_ROLES and GUEST_ROLES their
    /// default scopes, every role its row's scopes; sorted and without repeats.
    QStringList scopesFor(const QString &login, const QStringList &roles, const QStringList &groups = {});

    /// The perm fields: API names, storage columns and uses.
    static const FieldTable &fields();

private:
    std::optional<ApiError> checkGrantable(const Permission &permission, const Caller &caller) const;

    std::shared_ptr<AlertStore> m_store;
    IdentityConfig m_config;
};
