// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/caller.h"
#include "core/clock.h"
#include "core/identityconfig.h"
#include "core/identityjson.h"
#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

class AlertStore;
class FieldTable;

/// API keys (spec §4.7) over the store, and authentication by key (§5.1 row 1). Thread-safe; writes return once
/// durable.
///
/// Who sees a key: with AUTH_REQUIRED, a caller without `admin` or `admin:keys` only sees keys whose user is its
/// login; every caller only sees keys of its customers (spec §5.5). With AUTH_REQUIRED off every key is visible, as
/// upstream. Keys are addressed by their key string or their id, exactly. The store keeps a key's hash and hint, not
/// the key string (ApiKeys::hash, ApiKeys::hint): only create() returns it.
class KeyService final
{
    Q_DISABLE_COPY_MOVE(KeyService)

public:
    KeyService(std::shared_ptr<AlertStore> store, IdentityConfig config, std::shared_ptr<Clock> clock);

    Timestamp now() const { return m_clock->now(); }

    /// `POST /key` with a body parsed by IdentityJson::parseNewKey, in upstream's order:
    /// - user = the caller's login, or the requested one if the caller has `admin`/`admin:keys`;
    /// - customer per spec §5.6 (Caller::assignCustomer, override scope `admin:keys`);
    /// - 400 `An API key must be associated with a 'user'. Retry with user credentials.` without a user;
    /// - scopes: the legacy `type` when given (Scopes::keyTypeToScopes, admin scopes for ADMIN_USERS), else the
    ///   requested ones, else USER_DEFAULT_SCOPES; 403 `Requested scope '<s>' not in existing scopes: <have>` for
    ///   one the caller's scopes do not imply;
    /// - key = the requested one or ApiKeys::generate(SECRET_KEY), id a new UUID, expireTime now +
    ///   API_KEY_EXPIRE_DAYS unless requested; 409 `API key already exists` for a key or id in use.
    Result<ApiKey> create(NewKey request, const Caller &caller);
    /// The visible key with this key string or id; 404 `not found`.
    Result<ApiKey> get(const QString &keyOrId, const Caller &caller);
    /// `GET /keys`: the visible keys, filtered and sorted on the key fields, paged with 416; by expireTime when
    /// no sort is asked for. 400 `Must define 'user' to list user keys` for a caller who would see only its own
    /// keys but has no login.
    Result<ListPage<ApiKey>> list(const QList<QPair<QString, QString>> &params, const Caller &caller);
    /// `PUT /key/{key}` (IdentityJson::parseKeyUpdate) of a visible key: scopes checked as on create, customer per
    /// spec §5.6 when the body names one, `user` only changed by callers with `admin`/`admin:keys`. Fields the body
    /// does not name keep their values (upstream would reset customer and expireTime). 404 `not found`.
    Result<ApiKey> update(const QString &keyOrId, const QJsonObject &body, const Caller &caller);
    /// `DELETE /key/{key}` of a visible key; 404 `not found`.
    VoidResult remove(const QString &keyOrId, const Caller &caller);

    /// Spec §5.1 row 1: the key whose key string is `key` and whose expireTime is after now (a key's id is no
    /// credential here, unlike upstream: lists show ids to whoever may read the key). Counts the use
    /// (count + 1, lastUsedTime = now) durably before answering. The caller has login = the key's user,
    /// customers = [its customer] or [] (all), scopes = its scopes. 401 `API key parameter '<key>' is invalid`.
    /// CountUse::No only checks: for a stream confirming, now and then, that its key still holds.
    enum class CountUse { Yes, No };
    Result<Caller> authenticate(const QString &key, CountUse count = CountUse::Yes);

    /// The key fields: API names, storage columns and uses.
    static const FieldTable &fields();

private:
    /// What `caller` may see and change: its customers, and its own keys unless it administers keys.
    SqlFragment visibleTo(const Caller &caller) const;

    std::shared_ptr<AlertStore> m_store;
    IdentityConfig m_config;
    std::shared_ptr<Clock> m_clock;
};
