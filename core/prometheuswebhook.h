// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/// The `prometheus` webhook (spec §4.12): an Alertmanager notification turned into `POST /alert` bodies, one per
/// entry of its `alerts`, so that AlertJson::parseIncomingAlert applies the same checks and defaults as to any
/// other alert. Pure: no storage, no clock.
namespace PrometheusWebhook {

struct Options
{
    QString defaultEnvironment = QStringLiteral("Production"); ///< DEFAULT_ENVIRONMENT
    QString normalSeverity = QStringLiteral("normal");         ///< the severity of `resolved` alerts
};

/// The alert bodies of a notification, in payload order. The payload is read as JSON whatever its Content-Type;
/// 400 `no alerts in Prometheus notification payload` unless it is an object with an `alerts` key. An entry that
/// is not an object, or names no event, is a 400 too.
Result<QList<QJsonObject>> alertBodies(const QByteArray &payload, const Options &options = {});

/// One Alertmanager alert as a `POST /alert` body (the mapping table of spec §4.12). `externalUrl` is the
/// notification's `externalURL` (null when absent).
Result<QJsonObject> alertBody(const QJsonObject &alert, const QString &externalUrl, const Options &options = {});

/// Python's `str.format(**values)` for named fields, as upstream applies it to labels and annotations: `{name}`
/// is replaced, `{{` and `}}` are literal braces. nullopt where Python would raise (an unknown name, a positional or
/// otherwise complex field, an unmatched brace): upstream then keeps the text as it was.
std::optional<QString> formatNamed(const QString &text, const QHash<QString, QString> &values);

} // namespace PrometheusWebhook
