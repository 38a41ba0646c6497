// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/api/apirouter.h"

void ApiRouter::add(const char *method,
                    const QString &pattern,
                    const QString &scope,
                    std::function<ApiResponse(ApiContext &)> handler)
{
    ApiRoute route;
    route.method = method;
    route.pattern = pattern;
    route.scope = scope;
    route.handler = std::move(handler);
    add(std::move(route));
}

namespace {

bool isPlaceholder(QStringView segment)
{
    return segment.startsWith(u'{');
}

// `{name...}` as the last segment of a pattern: the rest of the path, one or more segments (Flask's `<path:name>`).
bool isRest(QStringView segment)
{
    return segment.endsWith(u"...}");
}

// `{name}` matches one whole, non-empty path segment, `{name...}` the rest of the path; every other segment is
// literal.
bool matches(const ApiRoute &route, const QList<QStringView> &path)
{
    const bool rest = !route.segments.isEmpty() && isRest(route.segments.last());
    if (rest ? path.size() < route.segments.size() : route.segments.size() != path.size())
        return false;
    for (qsizetype i = 0; i < route.segments.size(); ++i) {
        const QString &segment = route.segments.at(i);
        if (isPlaceholder(segment) ? path.at(i).isEmpty() : path.at(i) != segment)
            return false;
    }
    return true;
}

} // namespace

void ApiRouter::add(ApiRoute route)
{
    // Segments rather than a regular expression: matching every request against some 60 routes by regex took 5% of
    // the server's CPU at 8 connections.
    route.segments = route.pattern.split(u'/');
    for (const QString &segment : std::as_const(route.segments))
        Q_ASSERT(!segment.contains(u'{') || (isPlaceholder(segment) && segment.endsWith(u'}')));
    Q_ASSERT(
        std::none_of(route.segments.cbegin(), route.segments.cend() - 1, [](const QString &s) { return isRest(s); }));
    m_routes.append(std::move(route));
}

ApiRouter::Match ApiRouter::match(const QByteArray &method, const QString &path) const
{
    Match result;
    // HEAD is answered like GET (without a body, by the HTTP layer), as Flask does.
    const QByteArray wanted = method == "HEAD" ? QByteArrayLiteral("GET") : method;
    const QList<QStringView> segments = QStringView(path).split(u'/');
    for (const ApiRoute &route : m_routes) {
        if (!matches(route, segments))
            continue;
        result.pathExists = true;
        if (!result.allowedMethods.contains(route.method))
            result.allowedMethods.append(route.method);
        if (route.method != wanted || result.route)
            continue;
        result.route = &route;
        for (qsizetype i = 0; i < route.segments.size(); ++i) {
            if (isRest(route.segments.at(i)))
                result.args.append(QStringView(path).sliced(segments.at(i).data() - path.data()).toString());
            else if (isPlaceholder(route.segments.at(i)))
                result.args.append(segments.at(i).toString());
        }
    }
    return result;
}
