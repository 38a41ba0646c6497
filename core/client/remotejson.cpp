// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/client/remotejson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "core/timestamp.h"

namespace RemoteJson {

namespace {

QString text(const QJsonObject &json, QLatin1StringView key)
{
    const QJsonValue v = json.value(key);
    return v.isString() ? v.toString() : QString();
}

QStringList texts(const QJsonObject &json, QLatin1StringView key)
{
    QStringList list;
    for (const QJsonValue &v : json.value(key).toArray())
        list.append(v.toString());
    return list;
}

Timestamp time(const QJsonObject &json, QLatin1StringView key)
{
    return IsoTime::parse(json.value(key).toString()).value_or(0);
}

std::optional<qint64> seconds(const QJsonObject &json, QLatin1StringView key)
{
    return integer(json.value(key));
}

HistoryEntry historyEntry(const QJsonObject &json)
{
    HistoryEntry entry;
    entry.id = text(json, QLatin1StringView("id"));
    entry.event = text(json, QLatin1StringView("event"));
    entry.severity = text(json, QLatin1StringView("severity"));
    entry.status = text(json, QLatin1StringView("status"));
    entry.value = text(json, QLatin1StringView("value"));
    entry.text = text(json, QLatin1StringView("text"));
    entry.type = text(json, QLatin1StringView("type"));
    entry.updateTime = time(json, QLatin1StringView("updateTime"));
    entry.user = text(json, QLatin1StringView("user"));
    entry.timeout = seconds(json, QLatin1StringView("timeout"));
    return entry;
}

} // namespace

Result<Alert> alert(const QJsonObject &json)
{
    Alert a;
    a.id = text(json, QLatin1StringView("id"));
    if (a.id.isEmpty())
        return ApiError::internal(QStringLiteral("the server sent an alert without id"));
    a.resource = text(json, QLatin1StringView("resource"));
    a.event = text(json, QLatin1StringView("event"));
    a.environment = text(json, QLatin1StringView("environment"));
    a.severity = text(json, QLatin1StringView("severity"));
    a.correlate = texts(json, QLatin1StringView("correlate"));
    a.status = text(json, QLatin1StringView("status"));
    a.service = texts(json, QLatin1StringView("service"));
    a.group = text(json, QLatin1StringView("group"));
    a.value = text(json, QLatin1StringView("value"));
    a.text = text(json, QLatin1StringView("text"));
    a.tags = texts(json, QLatin1StringView("tags"));
    a.attributes = json.value(QLatin1StringView("attributes")).toObject();
    a.origin = text(json, QLatin1StringView("origin"));
    a.type = text(json, QLatin1StringView("type"));
    a.createTime = time(json, QLatin1StringView("createTime"));
    a.timeout = seconds(json, QLatin1StringView("timeout"));
    // rawData is opaque text; some senders post JSON objects, which upstream serves as they came.
    const QJsonValue raw = json.value(QLatin1StringView("rawData"));
    if (raw.isString())
        a.rawData = raw.toString();
    else if (raw.isObject() || raw.isArray())
        a.rawData = QString::fromUtf8(raw.isObject() ? QJsonDocument(raw.toObject()).toJson(QJsonDocument::Compact)
                                                     : QJsonDocument(raw.toArray()).toJson(QJsonDocument::Compact));
    a.customer = text(json, QLatin1StringView("customer"));
    a.duplicateCount = json.value(QLatin1StringView("duplicateCount")).toInt();
    a.repeat = json.value(QLatin1StringView("repeat")).toBool();
    a.previousSeverity = text(json, QLatin1StringView("previousSeverity"));
    a.trendIndication = text(json, QLatin1StringView("trendIndication"));
    a.receiveTime = time(json, QLatin1StringView("receiveTime"));
    a.lastReceiveId = text(json, QLatin1StringView("lastReceiveId"));
    a.lastReceiveTime = time(json, QLatin1StringView("lastReceiveTime"));
    a.updateTime = time(json, QLatin1StringView("updateTime"));
    const QJsonArray history = json.value(QLatin1StringView("history")).toArray();
    a.history.reserve(history.size());
    for (qsizetype i = history.size() - 1; i >= 0; --i)
        a.history.append(historyEntry(history.at(i).toObject()));
    return a;
}

Note note(const QJsonObject &json)
{
    Note n;
    n.id = text(json, QLatin1StringView("id"));
    n.text = text(json, QLatin1StringView("text"));
    n.user = text(json, QLatin1StringView("user"));
    n.attributes = json.value(QLatin1StringView("attributes")).toObject();
    n.type = text(json, QLatin1StringView("type"));
    n.createTime = time(json, QLatin1StringView("createTime"));
    n.updateTime = time(json, QLatin1StringView("updateTime"));
    n.customer = text(json, QLatin1StringView("customer"));
    n.alertId = json.value(QLatin1StringView("related")).toObject().value(QLatin1StringView("alert")).toString();
    return n;
}

std::optional<qint64> integer(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    // JSON numbers are doubles: one beyond qint64 has no integer to truncate to, and converting it anyway is
    // undefined behaviour (found by fuzz-stream). Read it as absent.
    const double d = value.toDouble();
    constexpr double twoTo63 = 9223372036854775808.0;
    if (!(d >= -twoTo63 && d < twoTo63))
        return std::nullopt;
    return value.toInteger(static_cast<qint64>(d));
}

Result<QJsonObject> object(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return ApiError::internal(QStringLiteral("the server's answer is not a JSON object"));
    return document.object();
}

ApiError error(int httpStatus, const QByteArray &body, const QString &fallback)
{
    ApiError e{httpStatus > 0 ? httpStatus : 503, fallback, {}};
    if (const auto json = object(body); json.ok()) {
        if (const QString message = json->value(QLatin1StringView("message")).toString(); !message.isEmpty())
            e.message = message;
        for (const QJsonValue &v : json->value(QLatin1StringView("errors")).toArray())
            e.errors.append(v.toString());
    } else if (const QByteArray text = body.trimmed(); !text.isEmpty() && text.size() < 300 && !text.contains('<')) {
        // A short plain-text answer says more than Qt's "Service Unavailable" (`HEARTBEAT_STALE: <origin>`).
        e.message = QString::fromUtf8(text);
    }
    return e;
}

} // namespace RemoteJson
