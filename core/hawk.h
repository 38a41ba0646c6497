// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

/// Hawk request signing (spec §5.1 #2): the scheme the `alerta` command line tool uses when its configuration has a
/// `secret`. The client sends `Authorization: Hawk id="…", ts="…", nonce="…", hash="…", mac="…"`, where `mac` is an
/// HMAC, with the secret shared for `id` (HMAC_AUTH_CREDENTIALS), of the method, the URL, the time stamp, the nonce
/// and a hash of the body. The rules are the Hawk protocol's, as the Python library upstream uses (mohawk)
/// implements it.
namespace Hawk {

/// One entry of HMAC_AUTH_CREDENTIALS: `{'key': id, 'secret': secret, 'algorithm': 'sha256'}`.
struct Credential
{
    QString id;
    QByteArray secret;
    QString algorithm = QStringLiteral("sha256");

    /// The hash function `algorithm` names; SHA-256 for a name algorithmNamed() does not know, which
    /// ServerSettings::validate() refuses at start.
    QCryptographicHash::Algorithm hashAlgorithm() const;
};

/// The hash function a credential names (`sha1`, `sha256`, `sha384`, `sha512`), or nothing.
std::optional<QCryptographicHash::Algorithm> algorithmNamed(const QString &name);

/// The attributes of a Hawk authorization header (what follows `Hawk `).
struct Header
{
    QString id;
    QByteArray ts;
    QByteArray nonce;
    QByteArray hash; ///< of the body; empty when the client sent none
    QByteArray ext;
    QByteArray mac;
    QByteArray app;
    QByteArray dlg;
};

/// Parses `id="…", ts="…", …` as mohawk does: known attributes only, each once, values without `"` or `\`; `id`,
/// `ts` (an integer), `nonce` and `mac` required. The error says what is wrong.
Result<Header> parseHeader(QByteArrayView attributes);

/// What the MAC covers of the request besides the header: the URL as the client used it.
struct Target
{
    QByteArray method;   ///< upper case
    QByteArray resource; ///< path and query, as sent
    QByteArray host;     ///< lower case
    int port = 80;
};

/// What a client signs when it sends `method` to `url` (the port defaults to the scheme's).
Target targetOf(const QByteArray &method, const QUrl &url);

/// `hawk.1.payload\n<content type>\n<body>\n` hashed and base64-encoded: the `hash` attribute. The content type
/// is the media type alone, lower case (`application/json` of `Application/JSON; charset=utf-8`).
QByteArray payloadHash(QCryptographicHash::Algorithm algorithm, QByteArrayView contentType, QByteArrayView body);

/// The `mac` attribute a client with `secret` sends for `header` (its `mac` aside) and `target`.
QByteArray mac(QCryptographicHash::Algorithm algorithm,
               const QByteArray &secret,
               const Header &header,
               const Target &target);

/// The whole `Authorization` value a client holding `credential` sends, `Hawk id="…", ts="…", nonce="…",
/// hash="…", mac="…"`, for a request to `target` with that body at `ts` (seconds since the epoch).
QByteArray authorization(const Credential &credential,
                         const Target &target,
                         QByteArrayView contentType,
                         QByteArrayView body,
                         qint64 ts,
                         const QByteArray &nonce);

} // namespace Hawk

/// Checks Hawk authorization headers against HMAC_AUTH_CREDENTIALS. Thread-safe: the API's handlers call it from
/// any thread.
///
/// Beyond mohawk as upstream calls it, a request whose exact signature was already accepted is refused: the time
/// stamp check alone lets anyone who sees a request send it again for five minutes. This instance remembers the
/// signatures it accepted while their time stamps are in the skew window; several instances behind a balancer do
/// not share them.
class HawkVerifier final
{
public:
    /// How many accepted signatures it remembers by default; beyond, new requests get 503 until some expire
    /// (at about 150 bytes each, 150 MB: 1,666 signed requests a second for ten minutes).
    static constexpr qsizetype DefaultMaxRemembered = 1'000'000;

    explicit HawkVerifier(QList<Hawk::Credential> credentials,
                          std::chrono::seconds allowedSkew = std::chrono::seconds(300),
                          qsizetype maxRemembered = DefaultMaxRemembered);

    /// Whether checking a request once more (a stream confirming that its credentials still hold) may skip the
    /// time stamp and replay checks, which that same request passed when it came.
    enum class Check { Request, Recheck };

    /// The Hawk id that signed the request, or 401 saying why not: a malformed header, an unknown id, a MAC or body
    /// hash that does not match, a time stamp more than the allowed skew from `nowMs` (the message gives the
    /// server's time), a signature already used. `contentType` is the request's Content-Type header.
    Result<QString> verify(QByteArrayView attributes,
                           const Hawk::Target &target,
                           QByteArrayView contentType,
                           QByteArrayView body,
                           qint64 nowMs,
                           Check check = Check::Request) const;

private:
    enum class Use { First, Again, Full };
    /// Records `signature` as used until `expiresSecs`, unless it already is or m_maxRemembered are.
    Use remember(const QByteArray &signature, qint64 expiresSecs, qint64 nowSecs) const;

    QList<Hawk::Credential> m_credentials;
    qint64 m_skewSecs;
    qsizetype m_maxRemembered;
    mutable QMutex m_mutex;
    mutable QHash<QByteArray, qint64> m_used; ///< signature → when its time stamp leaves the window (s)
    mutable qsizetype m_sweepAt = 1024;       ///< forget expired signatures when this many are remembered
    mutable qint64 m_fullSweepSecs = 0;       ///< when a full memory was last swept (at most once a second)
};
