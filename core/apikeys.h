// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

/// API key strings (spec §4.7): what `POST /key` and `alertad key` hand out when the caller supplies none.
/// The scope side of keys (legacy `type`, reported `type`) lives in Scopes.
namespace ApiKeys {

/// Every generated key has this many characters, all from the URL-safe base64 alphabet `[A-Za-z0-9_-]`.
inline constexpr int KeyLength = 40;
/// Random input per key, as upstream (`os.urandom(32)`).
inline constexpr int RandomBytes = 32;

/// A new key: derive() over RandomBytes bytes from QRandomGenerator::system().
QString generate(const QByteArray &secretKey);

/// Upstream's derivation: the first KeyLength characters of URL-safe base64 of HMAC-SHA256(`secretKey`,
/// `randomBytes`). 32 digest bytes give 44 characters, the last being padding, so the 40 kept never include `=`.
/// Public so that tests can pin it against an independent implementation.
QString derive(const QByteArray &secretKey, const QByteArray &randomBytes);

} // namespace ApiKeys
