// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alert.h"
#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

#include <optional>

/// Reading what an Alerta server answers (ours or upstream): the inverse of core/alertjson's serialisers, tolerant
/// of what another server version may add or leave out. Unknown keys are ignored, a missing field keeps its
/// default; only a document that is not an alert at all (no id) is an error.
namespace RemoteJson {

/// An alert as `/alerts`, `/alert/{id}` and `/stream` serve it. History arrives oldest first and is stored newest
/// first, as the core keeps it.
Result<Alert> alert(const QJsonObject &json);
/// A note of `/alert/{id}/notes`.
Note note(const QJsonObject &json);
/// The body of a response as a JSON object; an error when it is not one.
Result<QJsonObject> object(const QByteArray &body);
/// A JSON number as a whole number (truncated), or nullopt for anything else — including numbers beyond qint64,
/// which a broken or hostile server may send and which have no integer to convert to (found by fuzz-stream).
std::optional<qint64> integer(const QJsonValue &value);
/// The error a failed response carries: the envelope's `message` when the body has one, else `fallback`.
ApiError error(int httpStatus, const QByteArray &body, const QString &fallback);

} // namespace RemoteJson
