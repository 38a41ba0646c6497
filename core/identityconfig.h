// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/passwordhash.h"
#include "core/scopes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

/// The server settings (spec §9) that the identity services read: customers, permissions, users, groups and API
/// keys. Defaults are upstream's; the application fills it from the Settings object, tests set fields directly.
/// Plain data, copied into each service at construction: a change needs new services.
struct IdentityConfig
{
    /// SECRET_KEY: the HMAC key API keys are derived with (and JWTs signed with, elsewhere).
    QByteArray secretKey = QByteArrayLiteral("changeme");
    /// AUTH_PROVIDER: users are created over the API only with `basic`.
    QString authProvider = QStringLiteral("basic");
    /// AUTH_REQUIRED: when off, ALLOWED_EMAIL_DOMAINS is not checked and every caller sees every API key.
    bool authRequired = false;

    /// ADMIN_USERS, ADMIN_ROLES, USER_ROLES, USER_DEFAULT_SCOPES (`read`, `write`), GUEST_ROLES and
    /// GUEST_DEFAULT_SCOPES (`read:alerts`), in the form Scopes::scopesForRoles() takes them.
    Scopes::RoleSettings roles;
    /// DEFAULT_ADMIN_ROLE, DEFAULT_USER_ROLE, DEFAULT_GUEST_ROLE: the built-in roles `GET /perms` lists first and
    /// `POST /perm` refuses to redefine. A new user without roles gets DEFAULT_USER_ROLE.
    QString defaultAdminRole = QStringLiteral("admin");
    QString defaultUserRole = QStringLiteral("user");
    QString defaultGuestRole = QStringLiteral("guest");
    /// CUSTOM_SCOPES: scopes accepted besides the built-in ones (validated at startup, Scopes::isValidCustomScope).
    QStringList customScopes;
    /// DELETE_SCOPES: `delete:*` scopes that need `admin:*` rather than `write:*` (Scopes::granted()).
    QStringList deleteScopes;

    /// CUSTOMER_VIEWS: off → every caller sees all customers (CustomerService::customersFor answers []).
    bool customerViews = false;
    /// API_KEY_EXPIRE_DAYS: lifetime of a key created without `expireTime`.
    int apiKeyExpireDays = 365;
    /// ALLOWED_EMAIL_DOMAINS: user domains that may log in or be created (`*` = any); checked only when
    /// authRequired.
    QStringList allowedEmailDomains{QStringLiteral("*")};
    /// EMAIL_VERIFICATION: users whose email is not verified cannot log in.
    bool emailVerification = false;

    /// BASE_URL: the API root `href`s are built on; empty = the request's root (the REST layer decides).
    QString baseUrl;
    /// DEFAULT_PAGE_SIZE: page size of the list endpoints when the request names none.
    int defaultPageSize = 50;

    /// bcrypt cost of new password hashes. Not an upstream setting (upstream always uses 12); tests lower it to
    /// PasswordHash::MinCost so that hashing takes microseconds.
    int passwordCost = PasswordHash::DefaultCost;
};
