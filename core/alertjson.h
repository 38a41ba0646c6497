// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alert.h"
#include "core/clock.h"
#include "core/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

class JsonBuffer;

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
/// history oldest first. `root` is the API root without a trailing slash. Appended to `out` as JSON text
/// (JsonText: compact, sorted keys, non-ASCII escaped), which is what the API answers with.
void appendAlertJson(JsonBuffer &out, const Alert &alert, const QString &root, const SerializeOptions &options = {});
void appendAlertJson(QByteArray &out, const Alert &alert, const QString &root, const SerializeOptions &options = {});
/// The same as a QJsonObject (parsed from appendAlertJson(): one definition of the wire form).
QJsonObject alertToJson(const Alert &alert, const QString &root, const SerializeOptions &options = {});

/// One embedded history entry (spec §1.3): id, href, event, severity, status, value, text, type, updateTime,
/// user, timeout.
QJsonObject historyEntryToJson(const HistoryEntry &entry, const QString &root);

/// A "rich" entry of `GET /alerts/history` (spec §1.3): the entry plus `alert`'s current resource, environment,
/// service, group, tags, attributes, origin and customer; severity, status and value only when non-empty.
QJsonObject historyEntryToRichJson(const HistoryEntry &entry, const Alert &alert, const QString &root);

/// A note (spec §1.4): href `<root>/note/<id>`; for alert notes also `related` and `_links`.
QJsonObject noteToJson(const Note &note, const QString &root);

// Wire helpers shared with the other resources' JSON (core/heartbeatjson.cpp): one definition of upstream's
// Python-flavoured parsing rules for every body the API accepts.

/// A null QString as JSON null, any other string as itself.
QJsonValue nullable(const QString &s);
/// `<root>/<kind>/<id>`, e.g. `<root>/alert/<id>`.
QString href(const QString &root, QStringView kind, const QString &id);
/// Python's truthiness of a JSON value: null, "", 0, false, [] and {} are false. Upstream fills most defaults with
/// `json.get(key) or default`, so every falsy value takes the default.
bool truthy(const QJsonValue &v);
/// A JSON number with an integral value in qint64 range (60 and 60.0 alike).
bool isInteger(const QJsonValue &v);
bool isAbsentOrNull(const QJsonValue &v);
/// The largest `timeout` or `duration` in seconds: what upstream's PostgreSQL integer columns hold (past it upstream
/// answers 500), and what keeps `time + seconds * 1000` within 64 bits, in SQL and here.
constexpr qint64 MaxSeconds = 2147483647;
/// 400 for a negative number of seconds (upstream's message) or one over MaxSeconds; `name` is the field's name.
std::optional<ApiError> checkSeconds(QLatin1StringView name, qint64 seconds);
/// The text upstream would store for a scalar in a text column (numbers and booleans as their SQL text); a null
/// QString for null/absent; nullopt for arrays and objects.
std::optional<QString> scalarText(const QJsonValue &v);
/// The elements of an array (absent or null = empty) as texts; nullopt when one is null, an array or an object.
std::optional<QStringList> stringList(const QJsonValue &v);
/// False when a key contains `.` or `$` (400 `Attribute keys must not contain "." or "$"`).
bool hasValidAttributeKeys(const QJsonObject &attributes);
/// A wire-format timestamp (ms); `fallback` when absent or null. 400 IsoTime::formatError() otherwise.
Result<Timestamp> timeOr(const QJsonValue &v, Timestamp fallback);

} // namespace AlertJson
