// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

/// API key strings (spec §4.7): what `POST /key` and `alertad key` hand out when the caller supplies none, and what the
/// store keeps of them. The scope side of keys (legacy `type`, reported `type`) lives in Scopes.
///
/// Keys are stored hashed: the key string is shown once, in the answer that creates it; afterwards the store only
/// knows its hash (to authenticate and look it up) and its hint (for lists). Unlike upstream, which keeps key strings
/// in clear and also accepts a key's id as the key.
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

/// What the store keeps to recognise a key: lower-case hex SHA-256 of its UTF-8 text. A plain fast hash is enough
/// here, unlike for passwords: generated keys carry 240 random bits, so there is no dictionary to try, and a look-up
/// stays one index probe.
QString hash(const QString &key);

/// What lists show of a stored key: its first min(HintLength, size / 4) characters, then "…" — enough for its owner
/// to tell keys apart (a generated key shows 8 of its 40), never more than a quarter of a short caller-chosen one.
QString hint(const QString &key);
inline constexpr int HintLength = 8;

} // namespace ApiKeys
