// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/hawk.h"

#include "core/constanttime.h"

#include <QMessageAuthenticationCode>
#include <QMutexLocker>

#include <algorithm>

namespace Hawk {

namespace {

ApiError unauthorized(const QString &message)
{
    return ApiError{401, message, {}};
}

ApiError malformed(const QString &what)
{
    return unauthorized(QStringLiteral("Invalid Hawk authorization header: %1").arg(what));
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// mohawk's validate_header_attr: printable ASCII without the quote and the backslash.
bool isValueChar(char c)
{
    return c >= 0x20 && c <= 0x7e && c != '"' && c != '\\';
}

QByteArray *attributeOf(Header &header, QByteArrayView name, QByteArray &id)
{
    if (name == "id")
        return &id;
    if (name == "ts")
        return &header.ts;
    if (name == "nonce")
        return &header.nonce;
    if (name == "hash")
        return &header.hash;
    if (name == "ext")
        return &header.ext;
    if (name == "mac")
        return &header.mac;
    if (name == "app")
        return &header.app;
    if (name == "dlg")
        return &header.dlg;
    return nullptr;
}

} // namespace

std::optional<QCryptographicHash::Algorithm> algorithmNamed(const QString &name)
{
    if (name == QLatin1StringView("sha1"))
        return QCryptographicHash::Sha1;
    if (name == QLatin1StringView("sha256"))
        return QCryptographicHash::Sha256;
    if (name == QLatin1StringView("sha384"))
        return QCryptographicHash::Sha384;
    if (name == QLatin1StringView("sha512"))
        return QCryptographicHash::Sha512;
    return std::nullopt;
}

QCryptographicHash::Algorithm Credential::hashAlgorithm() const
{
    return algorithmNamed(algorithm).value_or(QCryptographicHash::Sha256);
}

Result<Header> parseHeader(QByteArrayView attributes)
{
    // mohawk's limit on the whole header, which keeps its parsing cheap.
    if (attributes.size() > 4096)
        return malformed(QStringLiteral("longer than 4096 bytes"));
    Header header;
    QByteArray id;
    QList<QByteArrayView> seen;
    qsizetype i = 0;
    const qsizetype n = attributes.size();
    const auto skipSpaces = [&] {
        while (i < n && isSpace(attributes[i]))
            ++i;
    };
    skipSpaces();
    // Each attribute is `name="value"`, then spaces, then a comma (and spaces) or the end.
    while (i < n) {
        const qsizetype nameStart = i;
        while (i < n && isWordChar(attributes[i]))
            ++i;
        const QByteArrayView name = attributes.sliced(nameStart, i - nameStart);
        if (name.isEmpty() || i + 1 >= n || attributes[i] != '=' || attributes[i + 1] != '"')
            return malformed(QStringLiteral("expected name=\"value\" at offset %1").arg(nameStart));
        i += 2;
        const qsizetype valueStart = i;
        while (i < n && isValueChar(attributes[i]))
            ++i;
        if (i >= n || attributes[i] != '"')
            return malformed(QStringLiteral("the value of '%1' has a character it may not have, or no closing quote")
                                 .arg(QString::fromLatin1(name)));
        const QByteArrayView value = attributes.sliced(valueStart, i - valueStart);
        ++i;
        QByteArray *slot = attributeOf(header, name, id);
        if (!slot)
            return malformed(QStringLiteral("unknown attribute '%1'").arg(QString::fromLatin1(name)));
        if (seen.contains(name))
            return malformed(QStringLiteral("'%1' appears twice").arg(QString::fromLatin1(name)));
        seen.append(name);
        *slot = value.toByteArray();
        skipSpaces();
        if (i < n) {
            if (attributes[i] != ',')
                return malformed(QStringLiteral("expected a comma at offset %1").arg(i));
            ++i;
            skipSpaces();
        }
    }
    for (const char *required : {"id", "ts", "nonce", "mac"}) {
        if (!seen.contains(QByteArrayView(required)))
            return malformed(QStringLiteral("'%1' is missing").arg(QLatin1StringView(required)));
    }
    bool isInteger = false;
    header.ts.toLongLong(&isInteger);
    if (!isInteger)
        return malformed(QStringLiteral("'ts' is not an integer"));
    header.id = QString::fromLatin1(id);
    return header;
}

Target targetOf(const QByteArray &method, const QUrl &url)
{
    const bool tls = url.scheme() == QLatin1StringView("https") || url.scheme() == QLatin1StringView("wss");
    return Target{method.toUpper(),
                  url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment),
                  url.host(QUrl::FullyEncoded).toLower().toUtf8(),
                  url.port(tls ? 443 : 80)};
}

QByteArray payloadHash(QCryptographicHash::Algorithm algorithm, QByteArrayView contentType, QByteArrayView body)
{
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArray mediaType = (semicolon < 0 ? contentType : contentType.first(semicolon)).trimmed().toByteArray();
    QCryptographicHash hash(algorithm);
    hash.addData("hawk.1.payload\n");
    hash.addData(mediaType.toLower());
    hash.addData("\n");
    hash.addData(body);
    hash.addData("\n");
    return hash.result().toBase64();
}

QByteArray mac(QCryptographicHash::Algorithm algorithm,
               const QByteArray &secret,
               const Header &header,
               const Target &target)
{
    QByteArray normalized = "hawk.1.header\n";
    for (const QByteArray &line : {header.ts,
                                   header.nonce,
                                   target.method,
                                   target.resource,
                                   target.host,
                                   QByteArray::number(target.port),
                                   header.hash,
                                   header.ext}) {
        normalized += line;
        normalized += '\n';
    }
    if (!header.app.isEmpty())
        normalized += header.app + '\n' + header.dlg + '\n';
    return QMessageAuthenticationCode::hash(normalized, secret, algorithm).toBase64();
}

QByteArray authorization(const Credential &credential,
                         const Target &target,
                         QByteArrayView contentType,
                         QByteArrayView body,
                         qint64 ts,
                         const QByteArray &nonce)
{
    const QCryptographicHash::Algorithm algorithm = credential.hashAlgorithm();
    Header header;
    header.id = credential.id;
    header.ts = QByteArray::number(ts);
    header.nonce = nonce;
    header.hash = payloadHash(algorithm, contentType, body);
    header.mac = mac(algorithm, credential.secret, header, target);
    return "Hawk id=\"" + credential.id.toUtf8() + "\", ts=\"" + header.ts + "\", nonce=\"" + nonce + "\", hash=\""
        + header.hash + "\", mac=\"" + header.mac + '"';
}

} // namespace Hawk

HawkVerifier::HawkVerifier(QList<Hawk::Credential> credentials,
                           std::chrono::seconds allowedSkew,
                           qsizetype maxRemembered)
    : m_credentials(std::move(credentials))
    , m_skewSecs(allowedSkew.count())
    , m_maxRemembered(maxRemembered)
{}

Result<QString> HawkVerifier::verify(QByteArrayView attributes,
                                     const Hawk::Target &target,
                                     QByteArrayView contentType,
                                     QByteArrayView body,
                                     qint64 nowMs,
                                     Check check) const
{
    const Result<Hawk::Header> header = Hawk::parseHeader(attributes);
    if (!header)
        return header.error();
    const auto credential = std::find_if(m_credentials.cbegin(), m_credentials.cend(), [&](const Hawk::Credential &c) {
        return c.id == header->id;
    });
    if (credential == m_credentials.cend())
        return Hawk::unauthorized(QStringLiteral("Could not find credentials for Hawk ID '%1'").arg(header->id));
    const QCryptographicHash::Algorithm algorithm = credential->hashAlgorithm();

    // Unlike mohawk's message, this one does not give the expected MAC: it is valid for this very request.
    if (!ConstantTime::equals(Hawk::mac(algorithm, credential->secret, *header, target), header->mac))
        return Hawk::unauthorized(QStringLiteral("Hawk MACs do not match"));
    // Without a hash the MAC covers no body: allowed only for requests that have none (as mohawk).
    if (header->hash.isEmpty()) {
        if (!body.isEmpty() || !contentType.trimmed().isEmpty())
            return Hawk::unauthorized(QStringLiteral("Hawk header has no hash of the request's body"));
    } else if (!ConstantTime::equals(Hawk::payloadHash(algorithm, contentType, body), header->hash)) {
        return Hawk::unauthorized(QStringLiteral("Hawk payload hash does not match the request's body"));
    }
    if (check == Check::Recheck)
        return header->id;

    const qint64 ts = header->ts.toLongLong();
    const qint64 nowSecs = nowMs / 1000;
    // Both sides of the comparison stay far from overflow: ts is any 64-bit integer a client sends.
    if (ts < nowSecs - m_skewSecs || ts > nowSecs + m_skewSecs)
        return Hawk::unauthorized(QStringLiteral("Hawk timestamp %1 is more than %2 seconds from the server's time, %3")
                                      .arg(ts)
                                      .arg(m_skewSecs)
                                      .arg(nowSecs));
    switch (remember(credential->id.toUtf8() + ' ' + header->mac, ts + m_skewSecs, nowSecs)) {
    case Use::First:
        break;
    case Use::Again:
        return Hawk::unauthorized(QStringLiteral("Hawk request replayed: its signature was already used"));
    case Use::Full:
        return ApiError{503,
                        QStringLiteral("Too many Hawk-signed requests in the last %1 seconds").arg(2 * m_skewSecs),
                        {}};
    }
    return header->id;
}

HawkVerifier::Use HawkVerifier::remember(const QByteArray &signature, qint64 expiresSecs, qint64 nowSecs) const
{
    QMutexLocker lock(&m_mutex);
    // Sweep when the entries have doubled since the last sweep (amortised constant time a request), and when full,
    // at most once a second: a flood of signed requests must not make each of them walk the whole memory.
    const bool full = m_used.size() >= m_maxRemembered;
    if (m_used.size() >= m_sweepAt || (full && nowSecs > m_fullSweepSecs)) {
        m_used.removeIf([&](const auto &entry) { return entry.value() < nowSecs; });
        m_sweepAt = std::max<qsizetype>(1024, 2 * m_used.size());
        if (full)
            m_fullSweepSecs = nowSecs;
    }
    const auto found = m_used.constFind(signature);
    if (found != m_used.cend() && found.value() >= nowSecs)
        return Use::Again;
    if (m_used.size() >= m_maxRemembered)
        return Use::Full;
    m_used.insert(signature, expiresSecs);
    return Use::First;
}
