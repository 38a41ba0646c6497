// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/api/apirequest.h"

#include "core/api/apiresponse.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>
#include <QUrl>
#include <QUuid>

namespace {

QByteArray headerIn(const QList<QPair<QByteArray, QByteArray>> &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

// What ApiRequest::jsonObject checks before parsing, from one pass over the text outside and inside strings.
struct JsonScan
{
    int depth = 0;                ///< deepest nesting of arrays and objects
    bool controlInString = false; ///< a raw control character inside a string
    /// A `\u` escape that no store keeps as sent: NUL (PostgreSQL cuts text there, and distinct alerts would merge)
    /// or half of a surrogate pair (stored as `?`); the escape as written, for the message.
    QByteArray unstorableEscape;
    /// The integer members (IntegerMembers) of the outermost object whose value is a number written with a fraction
    /// or an exponent (`100.0`, `1e2`), as their last occurrence (the one a parser keeps) is.
    QByteArrayList writtenAsFloat;
};

// Top-level members that must be integers wherever they are sent (alerts, heartbeats, actions, blackouts).
constexpr QByteArrayView IntegerMembers[] = {"timeout", "duration"};

bool isIntegerMember(QByteArrayView name)
{
    return std::find(std::begin(IntegerMembers), std::end(IntegerMembers), name) != std::end(IntegerMembers);
}

/// The value of the `\uXXXX` escape at `at` (the backslash), or -1 when there is none there.
int unicodeEscapeAt(QByteArrayView json, qsizetype at)
{
    if (at + 6 > json.size() || json[at] != '\\' || json[at + 1] != 'u')
        return -1;
    bool ok = false;
    const int value = json.sliced(at + 2, 4).toInt(&ok, 16);
    return ok ? value : -1;
}

bool isHighSurrogate(int u)
{
    return u >= 0xd800 && u <= 0xdbff;
}

bool isLowSurrogate(int u)
{
    return u >= 0xdc00 && u <= 0xdfff;
}

JsonScan scanJson(QByteArrayView json)
{
    JsonScan scan;
    int depth = 0;
    bool inString = false;
    qsizetype stringStart = 0;
    QByteArrayView lastString; // the last string of the outermost object: its member name once ':' follows
    QByteArrayView member;     // the member whose value comes next in the outermost object
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\') {
                const int u = unicodeEscapeAt(json, i);
                if (scan.unstorableEscape.isEmpty() && u >= 0) {
                    const bool paired = isHighSurrogate(u) && isLowSurrogate(unicodeEscapeAt(json, i + 6));
                    if (u == 0 || (isHighSurrogate(u) && !paired) || isLowSurrogate(u))
                        scan.unstorableEscape = json.sliced(i, 6).toByteArray();
                    else if (paired)
                        i += 6; // the low half, checked with the high one
                }
                ++i; // the escaped character cannot end the string
            } else if (c == '"') {
                inString = false;
                if (depth == 1)
                    lastString = json.sliced(stringStart, i - stringStart);
            } else if (static_cast<uchar>(c) < 0x20) {
                scan.controlInString = true;
            }
        } else if (c == '"') {
            inString = true;
            stringStart = i + 1;
        } else if (c == '[' || c == '{') {
            scan.depth = std::max(scan.depth, ++depth);
        } else if (c == ']' || c == '}') {
            --depth;
        } else if (depth == 1 && c == ':') {
            member = lastString;
        } else if (depth == 1 && !member.isNull() && (c == '-' || (c >= '0' && c <= '9'))) {
            qsizetype end = i;
            bool isFloat = false;
            for (; end < json.size() && QByteArrayView("+-.0123456789eE").contains(json[end]); ++end)
                isFloat = isFloat || json[end] == '.' || json[end] == 'e' || json[end] == 'E';
            // Only the integer members are noted: this runs on every body, most numbers are none of them.
            if (isIntegerMember(member)) {
                scan.writtenAsFloat.removeAll(member);
                if (isFloat)
                    scan.writtenAsFloat.append(member.toByteArray());
            }
            member = {};
            i = end - 1;
        }
    }
    return scan;
}

// The first of a comma-separated header list (X-Forwarded-* may carry one entry per proxy).
QString firstOf(const QByteArray &value)
{
    return QString::fromLatin1(value).section(u',', 0, 0).trimmed();
}

} // namespace

QByteArray ApiRequest::header(QByteArrayView name) const
{
    return headerIn(headers, name);
}

QString ApiRequest::param(const QString &name) const
{
    for (const auto &[key, value] : query) {
        if (key == name)
            return value;
    }
    return {};
}

bool ApiRequest::hasParam(const QString &name) const
{
    return std::any_of(query.cbegin(), query.cend(), [&name](const auto &p) { return p.first == name; });
}

bool ApiRequest::hasJsonContentType() const
{
    // application/json, with or without parameters (charset); also the +json family Flask's is_json accepts.
    const QByteArray type = header("Content-Type").split(';').value(0).trimmed().toLower();
    return type == "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

Result<QJsonObject> ApiRequest::jsonObject(const QString &contentTypeSpelling) const
{
    if (!hasJsonContentType())
        return ApiError{
            415,
            QStringLiteral("POST and PUT requests must set '%1' to 'application/json'").arg(contentTypeSpelling),
            {}};
    // Checked before parsing: QJsonDocument itself stops only at 1024 levels, and handlers walk what it builds. It
    // also takes raw control characters in strings, which JSON (and Python's json, upstream's parser) refuses.
    const JsonScan scan = scanJson(body);
    if (maxJsonDepth > 0 && scan.depth > maxJsonDepth)
        return badRequestError(QStringLiteral("JSON nested deeper than %1 levels (MAX_JSON_DEPTH)").arg(maxJsonDepth));
    if (scan.controlInString)
        return badRequestError(QStringLiteral("Failed to decode JSON object: invalid control character in a string"));
    if (!scan.unstorableEscape.isEmpty())
        return badRequestError(
            QStringLiteral("Failed to decode JSON object: %1 in a string (a NUL or half of a surrogate pair) cannot be "
                           "stored")
                .arg(QString::fromLatin1(scan.unstorableEscape)));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return badRequestError(QStringLiteral("Failed to decode JSON object: %1").arg(error.errorString()));
    if (!document.isObject())
        return ApiError::badRequest(QStringLiteral("JSON body must be an object"));
    QJsonObject object = document.object();
    // Qt's JSON keeps no difference between 100 and 100.0; Python's json (upstream's parser) makes the second a
    // float, which upstream refuses where an integer is due. Such a member reaches the handlers as its text, which
    // their integer checks refuse (`timeout must be an integer`) as upstream does.
    for (const QByteArray &name : scan.writtenAsFloat) {
        const QString key = QString::fromLatin1(name);
        if (object.value(key).isDouble())
            object.insert(key, QString::number(object.value(key).toDouble()));
    }
    return object;
}

ApiRequest ApiRequest::from(const QHttpServerRequest &request, const QString &baseUrl, const QString &scheme)
{
    ApiRequest r;
    r.method = methodName(request.method());
    const QUrl url = request.url();
    r.path = url.path(QUrl::FullyDecoded);
    r.target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    r.query = parseQuery(url.query(QUrl::FullyEncoded).toLatin1());
    // Decoding above replaces bytes that are not UTF-8 (as Werkzeug does); a request that has them is refused
    // instead, so that no handler looks up or filters by a mangled value.
    const auto isUtf8 = [](const QString &encoded) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder(QByteArray::fromPercentEncoding(encoded.toLatin1()));
        // NUL too: no store can filter by it (PostgreSQL refuses it in text)
        return !decoder.hasError() && !text.contains(QChar(0));
    };
    r.invalidUrlEncoding = !isUtf8(url.path(QUrl::FullyEncoded)) || !isUtf8(url.query(QUrl::FullyEncoded));
    r.headers = request.headers();
    r.body = request.body();
    r.peerAddress = request.remoteAddress().toString();
    QByteArray id = r.header("X-Request-ID");
    if (id.isEmpty())
        id = r.header("X-Amzn-Trace-Id");
    r.requestId = id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : QString::fromLatin1(id);
    r.root = rootFor(r.headers, baseUrl, scheme);
    return r;
}

QString ApiRequest::clientAddress(bool behindProxy) const
{
    if (behindProxy) {
        const QByteArray forwarded = header("X-Forwarded-For");
        const QByteArray last = forwarded.mid(forwarded.lastIndexOf(',') + 1).trimmed();
        if (!last.isEmpty())
            return QString::fromLatin1(last);
    }
    return peerAddress;
}

int ApiRequest::jsonDepth(QByteArrayView json)
{
    return scanJson(json).depth;
}

QList<QPair<QString, QString>> ApiRequest::parseQuery(const QByteArray &query)
{
    QList<QPair<QString, QString>> result;
    if (query.isEmpty())
        return result;
    for (const QByteArray &pair : query.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        const auto decode = [](QByteArray text) {
            text.replace('+', ' ');
            return QString::fromUtf8(QByteArray::fromPercentEncoding(text));
        };
        result.append({decode(name), decode(value)});
    }
    return result;
}

QString ApiRequest::rootFor(const QList<QPair<QByteArray, QByteArray>> &headers,
                            const QString &baseUrl,
                            const QString &scheme)
{
    // An absolute BASE_URL is the root as it is.
    if (baseUrl.contains(QLatin1StringView("://")))
        return baseUrl.endsWith(u'/') ? baseUrl.chopped(1) : baseUrl;
    QString proto = firstOf(headerIn(headers, "X-Forwarded-Proto"));
    QString host = firstOf(headerIn(headers, "X-Forwarded-Host"));
    QString prefix = firstOf(headerIn(headers, "X-Forwarded-Prefix"));
    if (proto.isEmpty())
        proto = scheme;
    if (host.isEmpty())
        host = QString::fromLatin1(headerIn(headers, "Host"));
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    // A BASE_URL without scheme and host (`/api`, as deployments behind a proxy set it) is a path on the host the
    // request came to: upstream joins it to the request's URL (urljoin), so it replaces any forwarded prefix.
    if (!baseUrl.isEmpty())
        prefix = baseUrl;
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    if (!prefix.isEmpty() && !prefix.startsWith(u'/'))
        prefix.prepend(u'/');
    return proto + u"://" + host + prefix;
}
