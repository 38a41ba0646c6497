// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/apirequest.h"
#include "core/caller.h"
#include "core/hawk.h"
#include "core/result.h"

class AlertaCore;
struct User;

/// Who is calling (spec §5.1): API keys (`Authorization: Key`, `X-API-Key`, `?api-key=`), Hawk, Bearer JWTs (also
/// `?token=`, for WebSocket clients that cannot set headers), Basic; otherwise anonymous by AUTH_REQUIRED and
/// ALLOW_READONLY. Also issues the tokens of `/auth/login`.
class Authenticator final
{
public:
    explicit Authenticator(AlertaCore &core);

    /// The caller of one request, and whether it is anonymous with authentication off (no scope checks then).
    struct Identity
    {
        Caller caller;
        bool unchecked = false; ///< anonymous, AUTH_REQUIRED off: upstream checks no scope at all
        bool challenge = false; ///< came through Basic or an auth proxy: its 403 carries WWW-Authenticate
    };

    /// Checks the credentials the request carries, in the spec's order. Errors: 401 `API key parameter '<key>' is
    /// invalid`, 401 `Token is invalid` / `Token has expired` / `Invalid audience`, 400 `Invalid credentials`,
    /// 401 `Authorization required`, 401 `Missing authorization API Key or Bearer Token`, 403 from the customer
    /// look-up. An auth proxy's user (AUTH_PROXY): 403 `user auto-signup is disabled`. Hawk: 401 from
    /// HawkVerifier::verify().
    /// `Purpose::Recheck` (a stream confirming that its credentials still hold) leaves no trace: an API key's use
    /// is not counted.
    enum class Purpose { Request, Recheck };
    Result<Identity> authenticate(const ApiRequest &request, Purpose purpose = Purpose::Request) const;

    /// 403 `Missing required scope: <scope>` unless `identity` may use `scope` (spec §5.2, DELETE_SCOPES).
    VoidResult checkScope(const Identity &identity, const QString &scope) const;

    /// The token `/auth/login` answers for a signed-in user (spec §5.3), or 403 from the customer look-up.
    Result<QByteArray> issueToken(const User &user, const ApiRequest &request) const;

    /// The `aud` of tokens: OAUTH2_CLIENT_ID, else SAML2_ENTITY_ID, else the API root.
    QString audience(const ApiRequest &request) const;

    /// Whether `after` (the user `before` with some fields changed) would sign in with a password — by Basic or
    /// through `/auth/login` — with the same scopes and customers as `before` does, or be refused alike.
    bool sameAccess(const User &before, const User &after) const;

private:
    /// The scopes and customers of a user signing in with a password (Basic, /auth/login).
    Result<Caller> userCaller(const User &user, const QString &login) const;
    /// Upstream's Basic login identifies the user by email when there is one.
    static QString basicLogin(const User &user);
    QStringList groupNames(const User &user) const;

    /// What a Hawk MAC covers of `request`: the URL the client used, which is the API root (BASE_URL or what a
    /// proxy in front reported, ApiRequest::rootFor) followed by the path and query this server received.
    static Hawk::Target hawkTarget(const ApiRequest &request);

    AlertaCore &m_core;
    HawkVerifier m_hawk;
};
