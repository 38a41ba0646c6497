// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/jwt.h"

#include "core/constanttime.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QMessageAuthenticationCode>
#include <QUuid>

namespace Jwt {

namespace {

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
constexpr qint64 SecondsPerDay = 86400;

/// PyJWT's header, keys sorted as PyJWT writes them.
const char HeaderJson[] = R"({"alg":"HS256","typ":"JWT"})";

ApiError invalid()
{
    return {401, QStringLiteral("Token is invalid"), {}};
}

ApiError expired()
{
    return {401, QStringLiteral("Token has expired"), {}};
}

ApiError invalidAudience()
{
    return {401, QStringLiteral("Invalid audience"), {}};
}

QByteArray signature(const QByteArray &signingInput, const QByteArray &secretKey)
{
    return QMessageAuthenticationCode::hash(signingInput, secretKey, QCryptographicHash::Sha256);
}

/// Decodes one base64url part; false on characters outside the alphabet.
bool fromBase64Url(const QByteArray &part, QByteArray *out)
{
    auto result =
        QByteArray::fromBase64Encoding(part, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return false;
    *out = std::move(result.decoded);
    return true;
}

/// The part as a JSON object; false for anything else (PyJWT: `DecodeError`).
bool jsonObject(const QByteArray &json, QJsonObject *out)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    *out = document.object();
    return true;
}

/// A NumericDate claim as PyJWT reads it (`int(payload[claim])`, which truncates a fraction): absent → nullopt
/// with *ok untouched, present but not a number → *ok = false.
std::optional<double> numericDate(const QJsonObject &payload, QLatin1String claim, bool *ok)
{
    const QJsonValue value = payload.value(claim);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isDouble() || !std::isfinite(value.toDouble())) {
        *ok = false;
        return std::nullopt;
    }
    return std::trunc(value.toDouble());
}

/// Seconds as qint64, clamped: a far-future `exp` from a foreign issuer must not overflow.
qint64 toSeconds(std::optional<double> seconds)
{
    constexpr double Limit = 9.0e15;
    return seconds ? qint64(std::clamp(*seconds, -Limit, Limit)) : 0;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString())
            list.append(item.toString());
    }
    return list;
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

/// PyJWT's audience rule for a single expected value.
bool audienceMatches(const QJsonValue &aud, const QString &expected)
{
    const bool present = !aud.isUndefined() && !aud.isNull() && !(aud.isString() && aud.toString().isEmpty())
        && !(aud.isArray() && aud.toArray().isEmpty());
    if (expected.isEmpty())
        return !present;
    if (!present)
        return false;
    if (aud.isString())
        return aud.toString() == expected;
    if (!aud.isArray())
        return false;
    bool found = false;
    const QJsonArray array = aud.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString())
            return false;
        found = found || item.toString() == expected;
    }
    return found;
}

} // namespace

QJsonObject claimsToJson(const JwtClaims &claims)
{
    QJsonObject json{
        {QLatin1String("iss"), claims.iss},
        {QLatin1String("typ"), claims.typ},
        {QLatin1String("sub"), claims.sub},
        {QLatin1String("aud"), claims.aud},
        {QLatin1String("exp"), claims.exp},
        {QLatin1String("nbf"), claims.nbf},
        {QLatin1String("iat"), claims.iat},
        {QLatin1String("jti"), claims.jti},
    };
    const auto putString = [&json](const char *key, const QString &value) {
        if (!value.isEmpty())
            json.insert(QLatin1String(key), value);
    };
    const auto putList = [&json](const char *key, const QStringList &value) {
        if (!value.isEmpty())
            json.insert(QLatin1String(key), toArray(value));
    };
    putString("name", claims.name);
    putString("preferred_username", claims.preferredUsername);
    putString("email", claims.email);
    putString("provider", claims.provider);
    putList("orgs", claims.orgs);
    putList("groups", claims.groups);
    putList("roles", claims.roles);
    putString("scope", claims.scopes.join(u' '));
    if (claims.emailVerified)
        json.insert(QLatin1String("email_verified"), *claims.emailVerified);
    putString("picture", claims.picture);
    putString("oid", claims.oid);
    if (claims.includeCustomers)
        json.insert(QLatin1String("customers"), toArray(claims.customers));
    return json;
}

QByteArray encode(const JwtClaims &claims, const QByteArray &secretKey)
{
    const QByteArray payload = QJsonDocument(claimsToJson(claims)).toJson(QJsonDocument::Compact);
    const QByteArray signingInput = QByteArray(HeaderJson).toBase64(Base64Url) + '.' + payload.toBase64(Base64Url);
    return signingInput + '.' + signature(signingInput, secretKey).toBase64(Base64Url);
}

Result<JwtClaims> decode(const QByteArray &token,
                         const QByteArray &secretKey,
                         const QString &expectedAudience,
                         Timestamp now)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty())
        return invalid();

    QByteArray headerJson;
    QByteArray payloadJson;
    QByteArray givenSignature;
    if (!fromBase64Url(parts[0], &headerJson) || !fromBase64Url(parts[1], &payloadJson)
        || !fromBase64Url(parts[2], &givenSignature))
        return invalid();

    // The algorithm is fixed, not negotiated: a header saying `none` or RS256 is refused before any other check.
    QJsonObject header;
    if (!jsonObject(headerJson, &header) || header.value(QLatin1String("alg")).toString() != QLatin1String("HS256"))
        return invalid();
    const QByteArray signingInput = parts[0] + '.' + parts[1];
    if (!ConstantTime::equals(signature(signingInput, secretKey), givenSignature))
        return invalid();

    QJsonObject payload;
    if (!jsonObject(payloadJson, &payload))
        return invalid();

    // PyJWT validates iat, nbf, exp, then aud; upstream maps its DecodeError family to "Token is invalid".
    bool numeric = true;
    const std::optional<double> iat = numericDate(payload, QLatin1String("iat"), &numeric);
    const std::optional<double> nbf = numericDate(payload, QLatin1String("nbf"), &numeric);
    const std::optional<double> exp = numericDate(payload, QLatin1String("exp"), &numeric);
    if (!numeric)
        return invalid();
    const double nowSeconds = double(now) / 1000.0;
    if ((iat && *iat > nowSeconds) || (nbf && *nbf > nowSeconds))
        return invalid();
    if (exp && *exp <= nowSeconds)
        return expired();
    if (!audienceMatches(payload.value(QLatin1String("aud")), expectedAudience))
        return invalidAudience();

    JwtClaims claims;
    claims.iss = payload.value(QLatin1String("iss")).toString();
    claims.typ = payload.value(QLatin1String("typ")).toString();
    claims.sub = payload.value(QLatin1String("sub")).toString();
    claims.aud = expectedAudience;
    claims.exp = toSeconds(exp);
    claims.nbf = toSeconds(nbf);
    claims.iat = toSeconds(iat);
    claims.jti = payload.value(QLatin1String("jti")).toString();
    claims.name = payload.value(QLatin1String("name")).toString();
    claims.preferredUsername = payload.value(QLatin1String("preferred_username")).toString();
    claims.email = payload.value(QLatin1String("email")).toString();
    const QJsonValue emailVerified = payload.value(QLatin1String("email_verified"));
    if (emailVerified.isBool())
        claims.emailVerified = emailVerified.toBool();
    claims.provider = payload.value(QLatin1String("provider")).toString();
    // Upstream splits on single spaces; empty pieces (from "" or double spaces) carry no scope.
    claims.scopes = payload.value(QLatin1String("scope")).toString().split(u' ', Qt::SkipEmptyParts);
    claims.roles = stringList(payload.value(QLatin1String("roles")));
    claims.groups = stringList(payload.value(QLatin1String("groups")));
    claims.orgs = stringList(payload.value(QLatin1String("orgs")));
    claims.picture = payload.value(QLatin1String("picture")).toString();
    claims.oid = payload.value(QLatin1String("oid")).toString();
    if (payload.contains(QLatin1String("customer"))) {
        // A null or non-string customer would otherwise read as "no restriction"; refuse rather than widen access.
        const QJsonValue customer = payload.value(QLatin1String("customer"));
        if (!customer.isString())
            return invalid();
        claims.customers = QStringList{customer.toString()};
        claims.includeCustomers = true;
    } else if (payload.contains(QLatin1String("customers"))) {
        claims.customers = stringList(payload.value(QLatin1String("customers")));
        claims.includeCustomers = true;
    }
    return claims;
}

JwtClaims issue(JwtClaims identity, int tokenExpireDays, Timestamp now)
{
    const qint64 seconds = now / 1000;
    identity.typ = QStringLiteral("Bearer");
    identity.iat = seconds;
    identity.nbf = seconds;
    identity.exp = seconds + qint64(tokenExpireDays) * SecondsPerDay;
    identity.jti = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return identity;
}

JwtIdentity identity(const JwtClaims &claims)
{
    return {claims.sub, claims.preferredUsername, claims.scopes, claims.customers};
}

} // namespace Jwt
