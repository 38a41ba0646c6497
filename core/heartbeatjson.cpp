// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/heartbeatjson.h"

#include <QJsonArray>
#include <QUuid>

#include "core/alertjson.h"
#include "core/engineconfig.h"
#include "core/timestamp.h"

namespace HeartbeatJson {

using AlertJson::isAbsentOrNull;
using AlertJson::scalarText;
using AlertJson::truthy;

Result<Heartbeat> parseIncomingHeartbeat(const QJsonObject &body, const EngineConfig &config, Timestamp now)
{
    const auto field = [&body](const char *key) { return body.value(QLatin1StringView(key)); };

    // Upstream's Heartbeat.parse. A present null is "not a list" / "not an object" there too.
    if (body.contains(QLatin1StringView("tags")) && !field("tags").isArray())
        return ApiError::badRequest(QStringLiteral("tags must be a list"));
    const QJsonValue timeoutValue = field("timeout");
    if (!isAbsentOrNull(timeoutValue) && !AlertJson::isInteger(timeoutValue))
        return ApiError::badRequest(QStringLiteral("timeout must be an integer"));
    if (body.contains(QLatin1StringView("attributes")) && !field("attributes").isObject())
        return ApiError::badRequest(QStringLiteral("attributes must be a JSON object"));
    const QJsonValue customerValue = field("customer");
    if (customerValue.isString() && customerValue.toString().isEmpty())
        return ApiError::badRequest(QStringLiteral("customer must not be an empty string"));
    const Result<Timestamp> createTime = AlertJson::timeOr(field("createTime"), now);
    if (!createTime)
        return createTime.error();

    // Upstream's Heartbeat constructor.
    const QJsonObject attributes = field("attributes").toObject();
    if (!AlertJson::hasValidAttributeKeys(attributes))
        return ApiError::badRequest(QStringLiteral("Attribute keys must not contain \".\" or \"$\""));
    const qint64 timeout = isAbsentOrNull(timeoutValue) ? config.heartbeatTimeout : timeoutValue.toInteger();
    if (std::optional<ApiError> error = AlertJson::checkSeconds(QLatin1StringView("timeout"), timeout))
        return *error;

    // Checks upstream leaves to PostgreSQL (a 500 there), as AlertJson does for alerts.
    const QJsonValue originValue = field("origin");
    if (truthy(originValue) && !scalarText(originValue))
        return ApiError::badRequest(QStringLiteral("origin must be a string"));
    const std::optional<QStringList> tags = AlertJson::stringList(field("tags"));
    if (!tags)
        return ApiError::badRequest(QStringLiteral("tags must be a list of strings"));
    if (!scalarText(customerValue))
        return ApiError::badRequest(QStringLiteral("customer must be a string"));
    const QJsonValue idValue = field("id");
    if (truthy(idValue) && !scalarText(idValue))
        return ApiError::badRequest(QStringLiteral("id must be a string"));

    Heartbeat heartbeat;
    heartbeat.id = truthy(idValue) ? *scalarText(idValue) : QUuid::createUuid().toString(QUuid::WithoutBraces);
    heartbeat.origin = truthy(originValue) ? *scalarText(originValue) : config.defaultOrigin;
    heartbeat.tags = *tags;
    heartbeat.attributes = attributes;
    heartbeat.createTime = *createTime;
    heartbeat.timeout = timeout;
    heartbeat.customer = *scalarText(customerValue);
    heartbeat.maxLatency = config.heartbeatMaxLatency;
    return heartbeat;
}

QJsonObject heartbeatToJson(const Heartbeat &heartbeat, const QString &root, Timestamp now)
{
    using AlertJson::nullable;
    QJsonObject o;
    o.insert(QLatin1StringView("id"), nullable(heartbeat.id));
    o.insert(QLatin1StringView("href"), AlertJson::href(root, u"heartbeat", heartbeat.id));
    o.insert(QLatin1StringView("origin"), nullable(heartbeat.origin));
    o.insert(QLatin1StringView("tags"), QJsonArray::fromStringList(heartbeat.tags));
    o.insert(QLatin1StringView("attributes"), heartbeat.attributes);
    o.insert(QLatin1StringView("type"), nullable(heartbeat.type));
    o.insert(QLatin1StringView("createTime"), IsoTime::format(heartbeat.createTime));
    o.insert(QLatin1StringView("timeout"), heartbeat.timeout);
    o.insert(QLatin1StringView("maxLatency"), heartbeat.maxLatency);
    o.insert(QLatin1StringView("receiveTime"), IsoTime::format(heartbeat.receiveTime));
    o.insert(QLatin1StringView("customer"), nullable(heartbeat.customer));
    o.insert(QLatin1StringView("latency"), heartbeat.latency());
    o.insert(QLatin1StringView("since"), heartbeat.since(now));
    o.insert(QLatin1StringView("status"), Heartbeat::statusName(heartbeat.status(now)));
    return o;
}

} // namespace HeartbeatJson
