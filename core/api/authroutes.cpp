// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/alertacore.h"
#include "core/alertengine.h"
#include "core/api/authenticator.h"
#include "core/api/routes.h"
#include "core/identityjson.h"
#include "core/jwt.h"
#include "core/userservice.h"

#include <QRegularExpression>

// The basic provider's auth endpoints (spec §4.9): login, signup, logout and userinfo. The OAuth2, SAML and CAS
// code exchanges are not offered: those paths answer 404.

namespace {

using namespace Routes;

// The auth routes spell the header `Content-Type` in their 415 (spec §0).
Result<QJsonObject> authBody(const ApiContext &ctx)
{
    return ctx.request.jsonObject(QStringLiteral("Content-Type"));
}

ApiResponse tokenFor(const ApiContext &ctx, const User &user)
{
    const Result<QByteArray> token = Authenticator(ctx.core).issueToken(user, ctx.request);
    if (!token)
        return fail(ctx, token.error());
    // Upstream answers the token alone, without `status`.
    return ApiResponse::json({{QStringLiteral("token"), QString::fromLatin1(*token)}});
}

ApiResponse login(ApiContext &ctx)
{
    const Result<QJsonObject> body = authBody(ctx);
    if (!body)
        return fail(ctx, body.error());
    // Upstream: `json.get('username') or json['email']`, then `json['password']`; a missing key is a 401.
    const ApiError missing{401, QStringLiteral("must supply 'username' and 'password'"), {}};
    QString username = body->value(QStringLiteral("username")).toString();
    if (username.isEmpty()) {
        if (!body->contains(QStringLiteral("email")))
            return fail(ctx, missing);
        username = body->value(QStringLiteral("email")).toString();
    }
    if (!body->contains(QStringLiteral("password")))
        return fail(ctx, missing);
    const QString password = body->value(QStringLiteral("password")).toString();
    const Result<User> user = ctx.core.users().authenticate(username,
                                                            password,
                                                            UserService::LoginFlow::Login,
                                                            ctx.request.clientAddress(ctx.core.settings().useProxyFix));
    if (!user)
        return fail(ctx, user.error());
    return tokenFor(ctx, *user);
}

ApiResponse signup(ApiContext &ctx)
{
    const ServerSettings &settings = ctx.core.settings();
    if (!settings.signupEnabled || settings.authProvider != QLatin1StringView("basic"))
        return fail(ctx, ApiError{403, QStringLiteral("user signup is disabled"), {}});
    const Result<QJsonObject> body = authBody(ctx);
    if (!body)
        return fail(ctx, body.error());
    Result<NewUser> request = IdentityJson::parseNewUser(*body);
    if (!request)
        return fail(ctx, request.error());
    // Sign-up defaults: the user roles, email not verified (whatever the body says).
    User user = request->user;
    user.roles = settings.userRoles;
    user.emailVerified = false;
    // The service's own checks (domain 403, email 409) apply; the new user's scopes are not the caller's business.
    const Result<User> created = ctx.core.users().create(user, request->password, Caller::internal());
    if (!created)
        return fail(ctx, created.error());
    // Then as a login: email verification (403), active status, lastLogin.
    const Result<User> signedIn =
        ctx.core.users().authenticate(created->login, request->password, UserService::LoginFlow::Login);
    if (!signedIn)
        return fail(ctx, signedIn.error());
    return tokenFor(ctx, *signedIn);
}

ApiResponse logout(ApiContext &ctx)
{
    Q_UNUSED(ctx)
    return ApiResponse::ok({{QStringLiteral("message"), QStringLiteral("OIDC end_session_endpoint not configured")}});
}

ApiResponse userinfo(ApiContext &ctx)
{
    // Upstream reads the token from the Authorization header only.
    static const QRegularExpression bearer(QStringLiteral("^Bearer (\\S+)"));
    const QRegularExpressionMatch m = bearer.match(QString::fromLatin1(ctx.request.header("Authorization")));
    if (!m.hasMatch())
        return fail(ctx, ApiError{401, QStringLiteral("Missing authorization Bearer token"), {}});
    const Result<JwtClaims> claims = Jwt::decode(m.captured(1).toLatin1(),
                                                 ctx.core.settings().secretKey.toUtf8(),
                                                 Authenticator(ctx.core).audience(ctx.request),
                                                 ctx.core.engine().now());
    if (!claims)
        return fail(ctx, claims.error());
    return ApiResponse::json(Jwt::claimsToJson(*claims));
}

} // namespace

void Routes::addAuthRoutes(ApiRouter &router)
{
    router.add(ApiRoute::unscoped(ApiRoute::Access::Public, "POST", QStringLiteral("/auth/login"), login));
    router.add(ApiRoute::unscoped(ApiRoute::Access::Public, "POST", QStringLiteral("/auth/signup"), signup));
    router.add(ApiRoute::unscoped(ApiRoute::Access::Public, "GET", QStringLiteral("/auth/logout"), logout));
    router.add(ApiRoute::unscoped(ApiRoute::Access::Public, "POST", QStringLiteral("/auth/logout"), logout));
    router.add("GET", QStringLiteral("/userinfo"), QStringLiteral("read:userinfo"), userinfo);
}
