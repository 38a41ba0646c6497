// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alertengine.h"
#include "core/clock.h"
#include "core/engineconfig.h"
#include "core/heartbeat.h"
#include "core/paging.h"
#include "core/result.h"

#include <QList>

#include <memory>

class FieldTable;

/// One page of `GET /heartbeats` (spec §4.5).
struct HeartbeatPage : PageInfo
{
    QList<Heartbeat> heartbeats;
    qint64 total = 0;  ///< heartbeats matching the field filters; the `status` filter is not counted (as upstream)
    Timestamp now = 0; ///< the time `since` and `status` were computed for; serialise with it
};

/// Heartbeats (spec §4.5, §7) over the alert store: upsert by (origin, customer), look-up and deletion by id prefix,
/// and the list query with its field filters, the computed `status` filter and paging. Thread-safe like
/// AlertEngine; writes return once durable.
///
/// Every path applies the caller's customer restriction (spec §5.5), including look-up and deletion by id, where
/// upstream does not [quirk]: a restricted caller never sees or touches another customer's heartbeat.
class HeartbeatService final
{
    Q_DISABLE_COPY_MOVE(HeartbeatService)

public:
    HeartbeatService(std::shared_ptr<AlertStore> store, EngineConfig config, std::shared_ptr<Clock> clock);

    Timestamp now() const { return m_clock->now(); }

    /// Stores a validated heartbeat (HeartbeatJson::parseIncomingHeartbeat) received now: inserts it, or replaces
    /// tags, attributes, createTime and timeout of the one with the same origin and customer, keeping its id.
    /// The customer follows spec §5.6 (Caller::assignCustomer, override scope `admin:heartbeats`). Returns the
    /// stored heartbeat.
    Result<Heartbeat> upsert(Heartbeat heartbeat, const Caller &caller = {});
    /// The heartbeat whose id starts with `id` (case-insensitive); 404 `not found`.
    Result<Heartbeat> get(const QString &id, const Caller &caller = {});
    /// Deletes the heartbeat whose id starts with `id`; 404 `not found`.
    VoidResult remove(const QString &id, const Caller &caller = {});
    /// `GET /heartbeats`: field filters (origin, tag, attributes.<key>, type, createTime, timeout, receiveTime,
    /// customer, latency, since, with the operators of spec §4.1), `status=ok|slow|expired` (repeatable, computed
    /// as of now; unknown values are ignored as upstream), `sort-by` on those fields, and paging with 416 when the
    /// page is out of range. 400 `Invalid filter parameter: <name>` for anything else.
    Result<HeartbeatPage> list(const QueryParams &params, const Caller &caller = {});

    /// The heartbeat the `heartbeat` plugin makes of an alert whose event is in HEARTBEAT_EVENTS (spec §3.9):
    /// origin, tags, customer, attributes {environment, severity, service, group} and the alert's timeout
    /// (ALERT_TIMEOUT when it has none), created now with a new id. Pass it to upsert().
    Heartbeat fromAlert(const Alert &alert) const;

    /// The heartbeat fields: API names, storage columns (plus the computed `latency` and `since`) and uses.
    static const FieldTable &fields();

private:
    std::shared_ptr<AlertStore> m_store;
    EngineConfig m_config;
    std::shared_ptr<Clock> m_clock;
};
