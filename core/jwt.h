// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/clock.h"
#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

/// The claims of a token issued by `/auth/login`, `/auth/signup` and the OAuth flows (spec §5.3), named as on the
/// wire where that is a valid identifier. Dates are JWT NumericDates: whole **seconds** since the epoch, unlike the
/// millisecond Timestamp used everywhere else.
struct JwtClaims
{
    QString iss;    ///< request root URL
    QString typ;    ///< `Bearer`
    QString sub;    ///< user id
    QString aud;    ///< OAUTH2_CLIENT_ID, else SAML2_ENTITY_ID, else the API root URL
    qint64 exp = 0; ///< expiry, s
    qint64 nbf = 0; ///< not before, s
    qint64 iat = 0; ///< issued at, s
    QString jti;    ///< UUID
    QString name;
    QString preferredUsername; ///< `preferred_username`: the user's login
    QString email;
    std::optional<bool> emailVerified; ///< `email_verified`, omitted when unknown
    QString provider;                  ///< `basic`, `github`, …
    QStringList scopes;                ///< `scope`, one space-separated string on the wire
    QStringList roles;
    QStringList groups;
    /// `customers`, written only when includeCustomers (CUSTOMER_VIEWS) is set. Empty means all customers.
    QStringList customers;
    bool includeCustomers = false;
    QString picture;  ///< optional, omitted when empty
    QStringList orgs; ///< optional (GitHub organisations), omitted when empty
    QString oid;      ///< optional (Azure object id), omitted when empty

    bool operator==(const JwtClaims &) const = default;
};

/// Who a verified token speaks for (upstream's `g.user_id`, `g.login`, `g.scopes`, `g.customers`).
struct JwtIdentity
{
    QString userId;
    QString login;
    QStringList scopes;
    QStringList customers; ///< empty = all customers
};

/// HS256 JSON Web Tokens as upstream signs them with PyJWT and SECRET_KEY, so that tokens are interchangeable with an
/// upstream server sharing the key. Only HS256 is ever accepted: the algorithm named in a token's header is checked,
/// never trusted (no `none`, no algorithm confusion).
namespace Jwt {

/// Signs `claims`: header `{"alg":"HS256","typ":"JWT"}`, payload as claimsToJson() (compact, keys sorted), each
/// part base64url without padding, signature HMAC-SHA256 over `<header>.<payload>` with `secretKey`.
QByteArray encode(const JwtClaims &claims, const QByteArray &secretKey);

/// Verifies and reads a token, in PyJWT's order; every failure is 401:
/// - `Token is invalid`: not three base64url parts, header or payload not a JSON object, `alg` other than HS256,
///   a signature that does not match (compared in constant time), a non-numeric `iat`/`nbf`/`exp`, `iat` or `nbf`
///   after `now`, or a `customer` claim that is not a string;
/// - `Token has expired`: `exp` ≤ `now` (PyJWT 2, no leeway; `exp` absent = never);
/// - `Invalid audience`: `aud` (a string or a list of strings) missing, malformed or not containing
///   `expectedAudience`; with an empty `expectedAudience` only a token without `aud` passes.
/// Lenient as upstream about the rest: missing claims read as empty, a single `customer` claim becomes `customers`,
/// and `aud` reads as the audience the token was verified for.
Result<JwtClaims> decode(const QByteArray &token,
                         const QByteArray &secretKey,
                         const QString &expectedAudience,
                         Timestamp now);

/// Fills the lifetime claims of `identity` as upstream's create_token: `typ` = `Bearer`, `iat` = `nbf` = `now` (whole
/// seconds), `exp` = `iat` + `tokenExpireDays` (TOKEN_EXPIRE_DAYS, default 14) days and `jti` a new UUID.
JwtClaims issue(JwtClaims identity, int tokenExpireDays, Timestamp now);

/// The claims as upstream serialises them (also the `GET /userinfo` body): `iss`, `typ`, `sub`, `aud`, `exp`,
/// `nbf`, `iat`, `jti` always; `name`, `preferred_username`, `email`, `provider`, `orgs`, `groups`, `roles`,
/// `scope`, `picture`, `oid` when non-empty; `email_verified` when known; `customers` when includeCustomers.
QJsonObject claimsToJson(const JwtClaims &claims);

/// login = `preferred_username`, scopes = `scope` split on spaces, customers = the `customers` claim (a `customer`
/// claim having already been folded into it by decode()).
JwtIdentity identity(const JwtClaims &claims);

} // namespace Jwt
