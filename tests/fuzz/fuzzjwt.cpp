// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
//
// Fuzz target: a bearer token as the authenticator reads it — Jwt::decode with a fixed SECRET_KEY, audience and
// time. Random bytes rarely carry a valid signature, so a second pass re-signs the input's payload: the claim
// parsing behind the signature check is fuzzed too.
#include "core/jwt.h"

#include <QByteArray>
#include <QMessageAuthenticationCode>

#include <cstddef>
#include <cstdint>

namespace {
const QByteArray SecretKey = QByteArrayLiteral("fuzz-secret-key");
const QString Audience = QStringLiteral("http://localhost:8080/api");
constexpr Timestamp Now = 1714521600000; // 2024-05-01T00:00:00Z

QByteArray base64url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    // 1. The input as a token, signature and all.
    if (const Result<JwtClaims> claims = Jwt::decode(input, SecretKey, Audience, Now); claims)
        (void)Jwt::identity(claims.value());

    // 2. The input as the JSON payload of a correctly signed HS256 token.
    const QByteArray signingInput = base64url(R"({"alg":"HS256","typ":"JWT"})") + '.' + base64url(input);
    const QByteArray token = signingInput + '.'
        + base64url(QMessageAuthenticationCode::hash(signingInput, SecretKey, QCryptographicHash::Sha256));
    if (const Result<JwtClaims> claims = Jwt::decode(token, SecretKey, Audience, Now); claims) {
        (void)Jwt::identity(claims.value());
        (void)Jwt::claimsToJson(claims.value());
    }
    return 0;
}
