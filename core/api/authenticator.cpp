// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/api/authenticator.h"

#include "core/alertacore.h"
#include "core/alertengine.h"
#include "core/customerservice.h"
#include "core/identityjson.h"
#include "core/jwt.h"
#include "core/keyservice.h"
#include "core/permissionservice.h"
#include "core/scopes.h"
#include "core/userservice.h"

#include <QUrl>

namespace {

ApiError unauthorized(const QString &message)
{
    return ApiError{401, message, {}};
}

} // namespace

Authenticator::Authenticator(AlertaCore &core)
    : m_core(core)
    , m_hawk(core.settings().hmacAuthCredentials)
{}

Hawk::Target Authenticator::hawkTarget(const ApiRequest &request)
{
    Hawk::Target target = Hawk::targetOf(request.method, QUrl(request.root));
    if (target.resource.endsWith('/'))
        target.resource.chop(1);
    target.resource += request.target;
    return target;
}

Result<Authenticator::Identity> Authenticator::authenticate(const ApiRequest &request, Purpose purpose) const
{
    if (request.inProcessCaller)
        return Identity{*request.inProcessCaller, false, false};
    const ServerSettings &settings = m_core.settings();
    const QByteArray authorization = request.header("Authorization");
    const QByteArray scheme = authorization.split(' ').value(0).toLower();
    const QByteArray credentials = authorization.mid(scheme.size()).trimmed();

    // 1. API key
    QString key;
    if (scheme == "key")
        key = QString::fromUtf8(credentials);
    else if (!request.header("X-API-Key").isEmpty())
        key = QString::fromUtf8(request.header("X-API-Key"));
    else if (request.hasParam(QStringLiteral("api-key")))
        key = request.param(QStringLiteral("api-key"));
    if (!key.isNull()) {
        const Result<Caller> caller = m_core.keys().authenticate(
            key,
            purpose == Purpose::Recheck ? KeyService::CountUse::No : KeyService::CountUse::Yes);
        if (!caller)
            return caller.error();
        return Identity{*caller, false, false};
    }

    // 2. Hawk (HMAC_AUTH_CREDENTIALS): the signer gets the scopes of an administrator, as upstream's.
    if (scheme == "hawk") {
        const Result<QString> id =
            m_hawk.verify(credentials,
                          hawkTarget(request),
                          request.header("Content-Type"),
                          request.body,
                          m_core.engine().now(),
                          purpose == Purpose::Recheck ? HawkVerifier::Check::Recheck : HawkVerifier::Check::Request);
        if (!id)
            return id.error();
        return Identity{Caller{*id, {}, Scopes::adminScopes()}, false, false};
    }

    // 3. Bearer token
    QByteArray token;
    if (scheme == "bearer")
        token = credentials;
    else if (request.hasParam(QStringLiteral("token")))
        token = request.param(QStringLiteral("token")).toUtf8();
    if (!token.isEmpty()) {
        const Result<JwtClaims> claims =
            Jwt::decode(token, settings.secretKey.toUtf8(), audience(request), m_core.engine().now());
        if (!claims)
            return claims.error();
        const JwtIdentity who = Jwt::identity(*claims);
        return Identity{Caller{who.login, who.customers, who.scopes}, false, false};
    }

    // 4. An authenticating proxy in front names the user (and maybe its roles) in headers it sets itself.
    if (settings.authProxy) {
        const QString proxied = QString::fromUtf8(request.header(settings.authProxyUserHeader.toLatin1())).trimmed();
        if (!proxied.isEmpty()) {
            QStringList roles;
            const QString rolesHeader = QString::fromUtf8(request.header(settings.authProxyRolesHeader.toLatin1()));
            for (const QString &role : rolesHeader.split(settings.authProxyRolesSeparator, Qt::SkipEmptyParts)) {
                if (!role.trimmed().isEmpty())
                    roles.append(role.trimmed());
            }
            const Result<User> user = m_core.users().proxyUser(proxied, roles, settings.authProxyAutoSignup);
            if (!user)
                return user.error();
            User acting = *user;
            if (!roles.isEmpty())
                acting.roles = roles; // the proxy's word for this request
            const Result<Caller> caller = userCaller(acting, basicLogin(acting));
            if (!caller)
                return caller.error();
            return Identity{*caller, false, true};
        }
    }

    // 5. Basic
    if (scheme == "basic") {
        const QByteArray decoded = QByteArray::fromBase64(credentials, QByteArray::AbortOnBase64DecodingErrors);
        const qsizetype colon = decoded.indexOf(':');
        if (credentials.isEmpty() || decoded.isEmpty() || colon < 0)
            return ApiError::badRequest(QStringLiteral("Invalid credentials"));
        const QString username = QString::fromUtf8(decoded.left(colon));
        const QString password = QString::fromUtf8(decoded.mid(colon + 1));
        const Result<User> user = m_core.users().authenticate(username,
                                                              password,
                                                              UserService::LoginFlow::Basic,
                                                              request.clientAddress(settings.useProxyFix));
        if (!user)
            return user.error();
        const Result<Caller> caller = userCaller(*user, basicLogin(*user));
        if (!caller)
            return caller.error();
        return Identity{*caller, false, true};
    }

    // 6-8. No credentials
    if (!settings.authRequired)
        return Identity{Caller{}, true, false};
    if (settings.allowReadonly)
        return Identity{Caller{{}, {}, settings.readonlyScopes}, false, false};
    return unauthorized(QStringLiteral("Missing authorization API Key or Bearer Token"));
}

VoidResult Authenticator::checkScope(const Identity &identity, const QString &scope) const
{
    if (identity.unchecked || scope.isEmpty())
        return Ok{};
    if (Scopes::granted(scope, identity.caller.scopes, m_core.settings().deleteScopes))
        return Ok{};
    return ApiError{403, QStringLiteral("Missing required scope: %1").arg(scope), {}};
}

Result<QByteArray> Authenticator::issueToken(const User &user, const ApiRequest &request) const
{
    const Result<Caller> caller = userCaller(user, user.login);
    if (!caller)
        return caller.error();
    JwtClaims claims;
    claims.iss = request.root;
    claims.sub = user.id;
    claims.aud = audience(request);
    claims.name = user.name;
    claims.preferredUsername = user.login;
    claims.email = user.email;
    claims.emailVerified = user.emailVerified;
    claims.provider = m_core.settings().authProvider;
    claims.scopes = caller->scopes;
    claims.roles = user.roles;
    claims.groups = groupNames(user);
    claims.customers = caller->customers;
    claims.includeCustomers = m_core.settings().customerViews;
    return Jwt::encode(Jwt::issue(claims, m_core.settings().tokenExpireDays, m_core.engine().now()),
                       m_core.settings().secretKey.toUtf8());
}

QString Authenticator::audience(const ApiRequest &request) const
{
    const ServerSettings &s = m_core.settings();
    if (s.oauth2ClientId && !s.oauth2ClientId->isEmpty())
        return *s.oauth2ClientId;
    if (s.saml2EntityId && !s.saml2EntityId->isEmpty())
        return *s.saml2EntityId;
    return request.root;
}

Result<Caller> Authenticator::userCaller(const User &user, const QString &login) const
{
    const QStringList groups = groupNames(user);
    const QStringList scopes = m_core.permissions().scopesFor(login, user.roles, groups);
    QStringList lookup;
    if (!user.domain().isEmpty())
        lookup.append(user.domain());
    lookup.append(groups);
    const Result<QStringList> customers = m_core.customers().customersFor(login, lookup);
    if (!customers)
        return customers.error();
    return Caller{login, *customers, scopes};
}

QString Authenticator::basicLogin(const User &user)
{
    return user.email.isEmpty() ? user.login : user.email;
}

bool Authenticator::sameAccess(const User &before, const User &after) const
{
    const auto same = [](const Result<Caller> &a, const Result<Caller> &b) {
        if (!a || !b)
            return !a && !b && a.error().code == b.error().code;
        QStringList customersA = a->customers;
        QStringList customersB = b->customers;
        customersA.sort();
        customersB.sort();
        return a->scopes == b->scopes && customersA == customersB;
    };
    return same(userCaller(before, basicLogin(before)), userCaller(after, basicLogin(after)))
        && same(userCaller(before, before.login), userCaller(after, after.login));
}

QStringList Authenticator::groupNames(const User &user) const
{
    QStringList names;
    if (const Result<QList<Group>> groups = m_core.users().groupsOf(user.id)) {
        for (const Group &g : *groups)
            names.append(g.name);
    }
    return names;
}
