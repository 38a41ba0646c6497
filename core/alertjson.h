// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alert.h"
#include "core/clock.h"
#include "core/result.h"

#include <QJsonObject>
#include <QString>

struct EngineConfig;

/// The wire form of alerts, history entries and notes (spec §1): parsing a `POST /alert` body and serialising
/// what the API returns. Pure functions, no storage and no clock: callers pass "now" and the API root.
/// Use it at the HTTP boundary only; the engine and the stores work on the Alert struct.
namespace AlertJson {

/// How much of an alert a response carries. Single-alert look-ups use the defaults; list queries switch history
/// and rawData off unless `show-history` / `show-raw-data` ask for them (spec §4.1).
struct SerializeOptions
{
    bool showHistory = true; ///< false → `history` is `[]`
    bool showRawData = true; ///< false → `rawData` is null
    /// ALERT_TIMEOUT in seconds: what a stored null `timeout` reads back as (spec §3.7).
    qint64 defaultTimeout = 86400;
};

/// Parses and validates a `POST /alert` body: rows 1-10 of spec §1.2, in that order and with those messages
/// (all 400), then the §1.1 defaults. Does not check the severity against the map (the alarm model does) nor the
/// customer permission (the caller's credentials are needed). Sets `lastReceiveId` to the id; receiveTime,
/// lastReceiveTime and updateTime stay 0 because the engine decides them. `now` (ms) is the default createTime.
Result<Alert> parseIncomingAlert(const QJsonObject &body, const EngineConfig &config, Timestamp now);

/// An alert exactly as upstream serialises it: every key of spec §1.1 "Out", `href` = `<root>/alert/<id>`,
/// history oldest first. `root` is the API root without a trailing slash.
QJsonObject alertToJson(const Alert &alert, const QString &root, const SerializeOptions &options = {});

/// One embedded history entry (spec §1.3): id, href, event, severity, status, value, text, type, updateTime,
/// user, timeout.
QJsonObject historyEntryToJson(const HistoryEntry &entry, const QString &root);

/// A "rich" entry of `GET /alerts/history` (spec §1.3): the entry plus `alert`'s current resource, environment,
/// service, group, tags, attributes, origin and customer; severity, status and value only when non-empty.
QJsonObject historyEntryToRichJson(const HistoryEntry &entry, const Alert &alert, const QString &root);

/// A note (spec §1.4): href `<root>/note/<id>`; for alert notes also `related` and `_links`.
QJsonObject noteToJson(const Note &note, const QString &root);

} // namespace AlertJson
