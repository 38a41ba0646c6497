// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alertstore.h"
#include "core/blackout.h"
#include "core/blackoutmatch.h"
#include "core/caller.h"
#include "core/clock.h"
#include "core/engineconfig.h"
#include "core/paging.h"
#include "core/result.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QPair>

#include <memory>
#include <mutex>

class FieldTable;

/// One page of `GET /blackouts` (spec §4.6).
struct BlackoutPage : PageInfo
{
    QList<Blackout> blackouts;
    qint64 total = 0;
    Timestamp now = 0; ///< the time status and remaining were computed for; serialise with it
};

/// Blackout periods (spec §3.8, §4.6) over the store: create, look-up by id prefix, partial update, delete, the
/// list query with its field filters and the computed `status` filter, and the receive-time check. Thread-safe;
/// writes return once durable.
///
/// Every path applies the caller's customer restriction (spec §5.5). The receive-time check reads a cached copy
/// of every blackout, refreshed after this service's own writes and at least every few seconds, so that the receive
/// hot path does not query the store per alert, and writes from other server processes sharing the database are
/// seen within that interval.
class BlackoutService final
{
    Q_DISABLE_COPY_MOVE(BlackoutService)

public:
    BlackoutService(std::shared_ptr<AlertStore> store, EngineConfig config, std::shared_ptr<Clock> clock);

    Timestamp now() const { return m_clock->now(); }

    /// Stores a blackout parsed by BlackoutJson::parseIncomingBlackout. `user` becomes the caller's login unless
    /// the caller has `admin` or `admin:blackouts` and the body named one; `customer` follows spec §5.6 with
    /// the override scope `admin:blackouts`.
    Result<Blackout> create(Blackout blackout, const Caller &caller = Caller::internal());
    /// The blackout whose id starts with `id` (case-insensitive); 404 `not found`.
    Result<Blackout> get(const QString &id, const Caller &caller = Caller::internal());
    /// `PUT /blackout/{id}`: applies BlackoutJson::applyUpdate to the stored blackout. `user` becomes the caller's
    /// login unless an admin names one (as upstream); `customer`, when the body names it, follows create()'s rule. 404
    /// `not found`, 400 `nothing to change`.
    Result<Blackout> update(const QString &id, const QJsonObject &body, const Caller &caller = Caller::internal());
    VoidResult remove(const QString &id, const Caller &caller = Caller::internal());
    /// `GET /blackouts`: filters on the blackout fields with the operators of spec §4.1, `status=active|pending|
    /// expired` (repeatable, computed as of now), `sort-by`, paging with 416.
    Result<BlackoutPage> list(const QList<QPair<QString, QString>> &params, const Caller &caller = Caller::internal());

    /// The `blackout` plugin's question (spec §3.8) for an incoming alert, after its customer is assigned.
    BlackoutMatch::Outcome check(const Alert &alert, const BlackoutPolicy &policy);

    /// The blackout fields: API names, storage columns and uses.
    static const FieldTable &fields();

private:
    QList<Blackout> cachedBlackouts();
    void invalidateCache();

    std::shared_ptr<AlertStore> m_store;
    EngineConfig m_config;
    std::shared_ptr<Clock> m_clock;

    std::mutex m_cacheMutex;
    std::shared_ptr<const QList<Blackout>> m_cache;
    QElapsedTimer m_cacheAge;
    quint64 m_cacheGeneration = 0; ///< bumped by every write, so that a copy read across a write is not kept
};
