// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

/// bcrypt password hashes as upstream stores them in `users.password` (spec §4.8, §5.1), computed by libxcrypt's
/// thread-safe entry points so that login checks may run on worker threads.
///
/// Compatibility: upstream (Python `bcrypt`) writes `$2a$` hashes with cost 12; we write `$2b$`. The two prefixes
/// differ only for passwords of 255+ bytes, which bcrypt never sees here because input is cut to 72 bytes, so
/// either side verifies the other's hashes. `$2y$` (PHP, htpasswd) is accepted too; the legacy broken `$2x$` is not.
///
/// Passwords are UTF-8 and only their first MaxPasswordBytes bytes count (bcrypt's key schedule stops there). We cut
/// explicitly rather than rely on the library, so the rule is visible and tested; a cut may split a multi-byte
/// character, exactly as upstream does. Passwords containing NUL cannot be handed to crypt(3) and are refused.
namespace PasswordHash {

/// Cost for new hashes: 2^12 rounds, upstream's `bcrypt.gensalt()` default.
inline constexpr int DefaultCost = 12;
/// The smallest cost bcrypt accepts; tests use it to stay fast.
inline constexpr int MinCost = 4;
inline constexpr int MaxCost = 31;
/// bcrypt ignores every byte of the key past this one.
inline constexpr int MaxPasswordBytes = 72;

/// A new `$2b$<cost>$<22 salt chars><31 hash chars>` hash (60 characters) of `password` with a salt of 16 bytes
/// from QRandomGenerator::system(). Returns an empty string, which never verifies, when `password` is empty or
/// contains U+0000, when `cost` is outside [MinCost, MaxCost], or when libxcrypt fails.
QString hash(const QString &password, int cost = DefaultCost);

/// True if `password` (as UTF-8) matches `hash` (`$2a$`, `$2b$` or `$2y$`, cost 04–31, 60 characters). False,
/// without calling into libxcrypt, for an empty password, a password containing NUL or a malformed hash. The
/// recomputed hash is compared in constant time.
bool verify(const QString &password, const QString &hash);

/// verify() for a password already in bytes, for callers that hold raw bytes (e.g. a decoded Basic-auth header) and
/// for test vectors that are not valid UTF-8.
bool verifyBytes(const QByteArray &password, const QString &hash);

/// `password` as bcrypt sees it: UTF-8, cut to MaxPasswordBytes bytes.
QByteArray effectiveBytes(const QString &password);

} // namespace PasswordHash
