// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/blackoutjson.h"

#include <QJsonArray>
#include <QUuid>

#include <algorithm>
#include <iterator>
#include <optional>

#include "core/alertjson.h"
#include "core/timestamp.h"

namespace {

using AlertJson::isAbsentOrNull;
using AlertJson::scalarText;
using AlertJson::truthy;

/// The criteria that must not be sent as "" (upstream: `<field> can not be an empty string`).
const QLatin1StringView NonEmptyCriteria[] = {QLatin1StringView("resource"),
                                              QLatin1StringView("event"),
                                              QLatin1StringView("group"),
                                              QLatin1StringView("origin")};

/// Every key a create or update body may carry (spec §4.6). `id` is create-only and not listed.
const QLatin1StringView UpdatableKeys[] = {QLatin1StringView("environment"),
                                           QLatin1StringView("service"),
                                           QLatin1StringView("resource"),
                                           QLatin1StringView("event"),
                                           QLatin1StringView("group"),
                                           QLatin1StringView("tags"),
                                           QLatin1StringView("origin"),
                                           QLatin1StringView("customer"),
                                           QLatin1StringView("startTime"),
                                           QLatin1StringView("endTime"),
                                           QLatin1StringView("duration"),
                                           QLatin1StringView("user"),
                                           QLatin1StringView("text")};

bool hasUpdatableKey(const QJsonObject &body)
{
    return std::any_of(std::begin(UpdatableKeys), std::end(UpdatableKeys), [&body](QLatin1StringView key) {
        return body.contains(key);
    });
}

enum class Mode { Create, Update };

/// A validated body: the values of the keys it carries. Which keys were present is read from the body itself.
struct Fields
{
    std::optional<Timestamp> startTime; ///< nullopt when absent or null
    std::optional<Timestamp> endTime;   ///< nullopt when absent or null
    std::optional<qint64> duration;     ///< seconds; nullopt when absent or null
};

/// `json.get(key) or None` for a text field already checked by checkTypes.
QString textOrNull(const QJsonValue &v)
{
    return truthy(v) ? *scalarText(v) : QString();
}

/// A wire-format time, nullopt when absent or null; 400 IsoTime::formatError() otherwise.
Result<std::optional<Timestamp>> optionalTime(const QJsonValue &v)
{
    if (isAbsentOrNull(v))
        return std::optional<Timestamp>();
    const Result<Timestamp> t = AlertJson::timeOr(v, 0);
    if (!t)
        return t.error();
    return std::optional<Timestamp>(*t);
}

/// Upstream's checks (Blackout.parse, then the arguments and the constructor, in that order), then what it leaves
/// to PostgreSQL (a 500 there), as AlertJson and HeartbeatJson do.
Result<Fields> validate(const QJsonObject &body, Mode mode)
{
    const auto field = [&body](QLatin1StringView key) { return body.value(key); };
    const auto has = [&body](QLatin1StringView key) { return body.contains(key); };

    // Blackout.parse: `isinstance(json.get('service', []), list)`, so a present null is "not a list" too.
    for (const QLatin1StringView key : {QLatin1StringView("service"), QLatin1StringView("tags")}) {
        if (has(key) && !field(key).isArray())
            return ApiError::badRequest(key + QStringLiteral(" must be a list"));
    }
    // The constructor call: `json['environment']` raises KeyError, whose text is the quoted key.
    if (mode == Mode::Create && !has(QLatin1StringView("environment")))
        return ApiError::badRequest(QStringLiteral("'environment'"));
    // Its later arguments parse the dates before the constructor body runs.
    Fields fields;
    const Result<std::optional<Timestamp>> startTime = optionalTime(field(QLatin1StringView("startTime")));
    if (!startTime)
        return startTime.error();
    fields.startTime = *startTime;
    const Result<std::optional<Timestamp>> endTime = optionalTime(field(QLatin1StringView("endTime")));
    if (!endTime)
        return endTime.error();
    fields.endTime = *endTime;
    // The constructor body. An update may leave environment out, but not blank it.
    if (has(QLatin1StringView("environment")) && !truthy(field(QLatin1StringView("environment"))))
        return ApiError::badRequest(QStringLiteral("Missing mandatory value for \"environment\""));
    for (const QLatin1StringView key : NonEmptyCriteria) {
        const QJsonValue v = field(key);
        if (v.isString() && v.toString().isEmpty())
            return ApiError::badRequest(key + QStringLiteral(" can not be an empty string"));
    }

    // Ours: values a text column or a text[] column cannot hold.
    for (const QLatin1StringView key : {QLatin1StringView("environment"),
                                        QLatin1StringView("resource"),
                                        QLatin1StringView("event"),
                                        QLatin1StringView("group"),
                                        QLatin1StringView("origin"),
                                        QLatin1StringView("customer"),
                                        QLatin1StringView("user"),
                                        QLatin1StringView("text"),
                                        QLatin1StringView("id")}) {
        if (!scalarText(field(key)))
            return ApiError::badRequest(key + QStringLiteral(" must be a string"));
    }
    for (const QLatin1StringView key : {QLatin1StringView("service"), QLatin1StringView("tags")}) {
        if (!AlertJson::stringList(field(key)))
            return ApiError::badRequest(key + QStringLiteral(" must be a list of strings"));
    }
    const QJsonValue durationValue = field(QLatin1StringView("duration"));
    if (!isAbsentOrNull(durationValue)) {
        // Upstream hands anything to timedelta(seconds=...) and stores it in an int column.
        if (!AlertJson::isInteger(durationValue))
            return ApiError::badRequest(QStringLiteral("duration must be an integer"));
        fields.duration = durationValue.toInteger();
        if (std::optional<ApiError> error = AlertJson::checkSeconds(QLatin1StringView("duration"), *fields.duration))
            return *error;
    }
    return fields;
}

/// Upstream does not check the order of the times; a blackout ending before it starts could never match and
/// would read back with a negative duration, so it is almost certainly a client mistake worth a 400.
std::optional<ApiError> checkWindow(const Blackout &blackout)
{
    if (blackout.endTime < blackout.startTime)
        return ApiError::badRequest(QStringLiteral("endTime must not be before startTime"));
    return std::nullopt;
}

} // namespace

namespace BlackoutJson {

Result<Blackout> parseIncomingBlackout(const QJsonObject &body,
                                       const QString &defaultUser,
                                       qint64 defaultDuration,
                                       Timestamp now)
{
    const Result<Fields> fields = validate(body, Mode::Create);
    if (!fields)
        return fields.error();
    const auto field = [&body](const char *key) { return body.value(QLatin1StringView(key)); };

    Blackout blackout;
    const QJsonValue idValue = field("id");
    blackout.id = truthy(idValue) ? *scalarText(idValue) : QUuid::createUuid().toString(QUuid::WithoutBraces);
    blackout.environment = *scalarText(field("environment"));
    blackout.service = *AlertJson::stringList(field("service"));
    blackout.resource = textOrNull(field("resource"));
    blackout.event = textOrNull(field("event"));
    blackout.group = textOrNull(field("group"));
    blackout.tags = *AlertJson::stringList(field("tags"));
    blackout.origin = textOrNull(field("origin"));
    blackout.customer = textOrNull(field("customer"));
    blackout.startTime = fields->startTime.value_or(now);
    if (fields->endTime) {
        blackout.endTime = *fields->endTime;
        blackout.duration = (blackout.endTime - blackout.startTime) / 1000;
    } else {
        // `duration or BLACKOUT_DURATION`: 0 takes the default too.
        blackout.duration = fields->duration.value_or(0) != 0 ? *fields->duration : defaultDuration;
        blackout.endTime = blackout.startTime + blackout.duration * 1000;
    }
    const QJsonValue userValue = field("user");
    blackout.user = truthy(userValue) ? *scalarText(userValue) : defaultUser;
    blackout.createTime = now;
    blackout.text = *scalarText(field("text"));
    blackout.priority = blackout.computePriority();
    if (std::optional<ApiError> error = checkWindow(blackout))
        return *error;
    return blackout;
}

Result<Blackout> applyUpdate(Blackout existing, const QJsonObject &body, Timestamp now)
{
    const auto has = [&body](const char *key) { return body.contains(QLatin1StringView(key)); };
    const auto field = [&body](const char *key) { return body.value(QLatin1StringView(key)); };

    if (!hasUpdatableKey(body))
        return ApiError::badRequest(QStringLiteral("nothing to change"));
    const Result<Fields> fields = validate(body, Mode::Update);
    if (!fields)
        return fields.error();

    Blackout b = std::move(existing);
    if (has("environment"))
        b.environment = *scalarText(field("environment"));
    if (has("service"))
        b.service = *AlertJson::stringList(field("service"));
    if (has("resource"))
        b.resource = textOrNull(field("resource"));
    if (has("event"))
        b.event = textOrNull(field("event"));
    if (has("group"))
        b.group = textOrNull(field("group"));
    if (has("tags"))
        b.tags = *AlertJson::stringList(field("tags"));
    if (has("origin"))
        b.origin = textOrNull(field("origin"));
    if (has("customer"))
        b.customer = textOrNull(field("customer"));
    if (truthy(field("user")))
        b.user = *scalarText(field("user"));
    if (has("text"))
        b.text = *scalarText(field("text"));

    if (has("startTime"))
        b.startTime = fields->startTime.value_or(now);
    if (fields->endTime) {
        b.endTime = *fields->endTime;
        b.duration = (b.endTime - b.startTime) / 1000;
    } else if (fields->duration) {
        b.duration = *fields->duration;
        b.endTime = b.startTime + b.duration * 1000;
    } else if (has("startTime")) {
        b.endTime = b.startTime + b.duration * 1000;
    }
    if (std::optional<ApiError> error = checkWindow(b))
        return *error;
    b.priority = b.computePriority();
    return b;
}

QJsonObject blackoutToJson(const Blackout &blackout, const QString &root, Timestamp now)
{
    using AlertJson::nullable;
    QJsonObject o;
    o.insert(QLatin1StringView("id"), nullable(blackout.id));
    o.insert(QLatin1StringView("href"), AlertJson::href(root, u"blackout", blackout.id));
    o.insert(QLatin1StringView("priority"), blackout.priority);
    o.insert(QLatin1StringView("environment"), nullable(blackout.environment));
    o.insert(QLatin1StringView("service"), QJsonArray::fromStringList(blackout.service));
    o.insert(QLatin1StringView("resource"), nullable(blackout.resource));
    o.insert(QLatin1StringView("event"), nullable(blackout.event));
    o.insert(QLatin1StringView("group"), nullable(blackout.group));
    o.insert(QLatin1StringView("tags"), QJsonArray::fromStringList(blackout.tags));
    o.insert(QLatin1StringView("origin"), nullable(blackout.origin));
    o.insert(QLatin1StringView("customer"), nullable(blackout.customer));
    o.insert(QLatin1StringView("startTime"), IsoTime::format(blackout.startTime));
    o.insert(QLatin1StringView("endTime"), IsoTime::format(blackout.endTime));
    o.insert(QLatin1StringView("duration"), blackout.duration);
    o.insert(QLatin1StringView("status"), Blackout::statusName(blackout.status(now)));
    o.insert(QLatin1StringView("remaining"), blackout.remaining(now));
    o.insert(QLatin1StringView("user"), nullable(blackout.user));
    o.insert(QLatin1StringView("createTime"), IsoTime::format(blackout.createTime));
    o.insert(QLatin1StringView("text"), nullable(blackout.text));
    return o;
}

} // namespace BlackoutJson
