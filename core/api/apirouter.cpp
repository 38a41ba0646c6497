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

void ApiRouter::add(ApiRoute route)
{
    // `{name}` matches one path segment; everything else is literal.
    QString regex = QRegularExpression::escape(route.pattern);
    static const QRegularExpression placeholder(QStringLiteral("\\\\\\{[A-Za-z]+\\\\\\}"));
    regex.replace(placeholder, QStringLiteral("([^/]+)"));
    route.regex = QRegularExpression(QRegularExpression::anchoredPattern(regex));
    Q_ASSERT(route.regex.isValid());
    m_routes.append(std::move(route));
}

ApiRouter::Match ApiRouter::match(const QByteArray &method, const QString &path) const
{
    Match result;
    // HEAD is answered like GET (without a body, by the HTTP layer), as Flask does.
    const QByteArray wanted = method == "HEAD" ? QByteArrayLiteral("GET") : method;
    for (const ApiRoute &route : m_routes) {
        const QRegularExpressionMatch m = route.regex.match(path);
        if (!m.hasMatch())
            continue;
        result.pathExists = true;
        if (!result.allowedMethods.contains(route.method))
            result.allowedMethods.append(route.method);
        if (route.method != wanted || result.route)
            continue;
        result.route = &route;
        for (int i = 1; i <= m.lastCapturedIndex(); ++i)
            result.args.append(m.captured(i));
    }
    return result;
}
