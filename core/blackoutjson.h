// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/blackout.h"
#include "core/clock.h"
#include "core/result.h"

#include <QJsonObject>
#include <QString>

/// The wire form of blackouts (spec §4.6): parsing `POST /blackout` and `PUT /blackout/{id}` bodies and serialising
/// what the API returns. Pure functions like AlertJson, whose parsing helpers they share: callers pass "now" and the
/// API root. Neither parser checks the caller's right to set `user` or `customer`: the service does (spec §4.6, §5.6).
namespace BlackoutJson {

/// Parses and validates a `POST /blackout` body. All errors are 400, in upstream's order: `service must be a list`,
/// `tags must be a list` (a present null too), `'environment'` when the key is missing (upstream's KeyError text), a
/// malformed startTime/endTime (IsoTime::formatError()), `Missing mandatory value for "environment"` (null, "" or
/// another falsy value), `<field> can not be an empty string` for resource, event, group and origin. Then checks
/// upstream leaves to PostgreSQL: `<field> must be a string` (an array or object; numbers and booleans are kept as
/// their text like AlertJson does), `service/tags must be a list of strings`, `duration must be an integer`,
/// `Invalid negative 'duration' value (<n>)`, `endTime must not be before startTime`.
///
/// Defaults: id a new UUID unless a non-empty `id` is given (upstream accepts one); startTime = `now`; an endTime
/// gives duration = whole seconds from startTime to endTime, else duration (`defaultDuration` = BLACKOUT_DURATION
/// when absent, null or 0) gives endTime; createTime = `now`; priority computed. resource/event/group/origin that
/// are null or falsy are "not set" (null). `customer` and `user` are taken as given, with ""/null read as absent
/// (null) so that the service's "absent" rules apply; a missing user becomes `defaultUser` (may be null).
Result<Blackout> parseIncomingBlackout(const QJsonObject &body,
                                       const QString &defaultUser,
                                       qint64 defaultDuration,
                                       Timestamp now);

/// Applies a `PUT /blackout/{id}` body to `existing`: any subset of the create fields (environment, service,
/// resource, event, group, tags, origin, customer, startTime, endTime, duration, user, text), validated with the
/// same messages as parseIncomingBlackout; 400 `nothing to change` when the body has none of these keys.
/// Present criteria replace the stored ones (null clears resource/event/group/origin; customer null = none).
/// Times stay consistent, unlike upstream which writes the columns as sent: an endTime (non-null) recomputes
/// duration from the (new or stored) startTime; else a duration (non-null, taken literally, 0 included) sets
/// endTime = startTime + duration; else a new startTime moves the window keeping its duration. A null startTime
/// means `now` (the create default); a null endTime, duration or user changes nothing. priority is recomputed.
Result<Blackout> applyUpdate(Blackout existing, const QJsonObject &body, Timestamp now);

/// A blackout as upstream serialises it: id, href (`<root>/blackout/<id>`), priority, environment, service,
/// resource, event, group, tags, origin, customer, startTime, endTime, duration (s), status and remaining (s, both
/// as of `now`), user, createTime, text. Unset criteria are JSON null (service/tags `[]`).
QJsonObject blackoutToJson(const Blackout &blackout, const QString &root, Timestamp now);

} // namespace BlackoutJson
