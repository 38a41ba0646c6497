// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/clock.h"
#include "core/heartbeat.h"
#include "core/result.h"

#include <QJsonObject>
#include <QString>

struct EngineConfig;

/// The wire form of heartbeats (spec §7.1): parsing a `POST /heartbeat` body and serialising what the API returns.
/// Pure functions like AlertJson, whose parsing helpers they share: callers pass "now" and the API root.
namespace HeartbeatJson {

/// Parses and validates a `POST /heartbeat` body (all 400, in this order): `tags must be a list`,
/// `timeout must be an integer`, `attributes must be a JSON object`, `customer must not be an empty string`, a
/// malformed createTime, `Attribute keys must not contain "." or "$"`, `Invalid negative 'timeout' value (<n>)`,
/// then values that cannot be stored (`origin must be a string`, `tags must be a list of strings`,
/// `customer must be a string`). Defaults: id a new UUID, origin = defaultOrigin, timeout = HEARTBEAT_TIMEOUT,
/// createTime = `now` (ms), maxLatency = HEARTBEAT_MAX_LATENCY. receiveTime stays 0: the service sets it. Does not
/// check the customer permission (the caller's credentials are needed).
Result<Heartbeat> parseIncomingHeartbeat(const QJsonObject &body, const EngineConfig &config, Timestamp now);

/// A heartbeat as upstream serialises it: id, href (`<root>/heartbeat/<id>`), origin, tags, attributes, type,
/// createTime, timeout, maxLatency, receiveTime, customer, latency (ms), since (s, as of `now`) and status.
QJsonObject heartbeatToJson(const Heartbeat &heartbeat, const QString &root, Timestamp now);

} // namespace HeartbeatJson
