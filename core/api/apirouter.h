// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/apirequest.h"
#include "core/api/apiresponse.h"
#include "core/caller.h"

#include <QStringList>

#include <functional>

class AlertaCore;

/// What a handler works with: the request, the authenticated caller, the path's captured values and the core.
/// How a handler that waits for the store answers without keeping a thread waiting: it returns ApiResponse::later()
/// and calls this once, from any thread (the store's writer, once the commit is durable), with a function that builds
/// the answer; the server runs that function where it writes answers. Nothing the function captures may refer to the
/// ApiContext, which is gone by then.
using AnswerLater = std::function<void(std::function<ApiResponse()> build)>;

struct ApiContext
{
    const ApiRequest &request;
    const Caller &caller;
    const QStringList &args; ///< the `{name}` parts of the route's pattern, in order
    AlertaCore &core;
    AnswerLater answerLater; ///< always set by ApiServer

    QString arg(int index) const { return args.value(index); }
    /// The request body as a JSON object, or the 415/400 of spec §0.
    Result<QJsonObject> body() const { return request.jsonObject(); }
    /// The error envelope for this request.
    ApiResponse fail(const ApiError &error) const { return ApiResponse::error(error, request.requestId); }
};

/// One endpoint: method, path pattern with `{name}` parts, the scope it needs, and its handler.
struct ApiRoute
{
    enum class Access {
        Scoped,   ///< needs `scope` (spec §5.2) from whoever calls, per the rules of spec §5.1
        Public,   ///< no credentials looked at (/, /config, /_ , /auth/*, /management/gtg ...)
        SignedIn, ///< any authenticated caller, no particular scope (/user/me)
    };

    QByteArray method;
    QString pattern; ///< e.g. `/alert/{id}/note/{noteId}`
    QString scope;   ///< e.g. `read:alerts`; for Access::Scoped
    Access access = Access::Scoped;
    bool jsonBody = true; ///< POST/PUT bodies must be JSON (415 otherwise); webhooks take anything
    std::function<ApiResponse(ApiContext &)> handler;
    QStringList segments; ///< the pattern split at `/` by ApiRouter::add; `{name}` parts kept as they are

    /// A route that needs no scope: Access::Public or Access::SignedIn.
    static ApiRoute unscoped(Access access,
                             const char *method,
                             const QString &pattern,
                             std::function<ApiResponse(ApiContext &)> handler)
    {
        ApiRoute route;
        route.method = method;
        route.pattern = pattern;
        route.access = access;
        route.handler = std::move(handler);
        return route;
    }
};

/// The table of endpoints and the matching of a method and path to one of them (404 and 405 as Flask answers).
class ApiRouter
{
public:
    /// Adds a scoped route.
    void add(const char *method,
             const QString &pattern,
             const QString &scope,
             std::function<ApiResponse(ApiContext &)> handler);
    /// Adds a route with other access rules or body handling.
    void add(ApiRoute route);

    struct Match
    {
        const ApiRoute *route = nullptr;
        QStringList args;
        bool pathExists = false; ///< some route has this path (with another method): 405 rather than 404
        QByteArrayList allowedMethods;
    };
    Match match(const QByteArray &method, const QString &path) const;

    const QList<ApiRoute> &routes() const { return m_routes; }

private:
    QList<ApiRoute> m_routes;
};
