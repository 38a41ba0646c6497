// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/alertjson.h"

#include <algorithm>
#include <optional>

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QUuid>

#include "core/engineconfig.h"
#include "core/jsontext.h"
#include "core/timestamp.h"

namespace AlertJson {

QJsonValue nullable(const QString &s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString href(const QString &root, QStringView kind, const QString &id)
{
    return root + u'/' + kind + u'/' + id;
}

// Python's truthiness: upstream fills most defaults with `json.get(key) or default`, so every "falsy" JSON value
// (null, "", 0, false, [], {}) takes the default, not just a missing key.
bool truthy(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool();
    case QJsonValue::Double:
        return v.toDouble() != 0.0;
    case QJsonValue::String:
        return !v.toString().isEmpty();
    case QJsonValue::Array:
        return !v.toArray().isEmpty();
    case QJsonValue::Object:
        return !v.toObject().isEmpty();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return false;
}

// A JSON number with an integral value. QJsonDocument gives 60 and 60.0 the same value, so both count as integers;
// upstream's Python would reject "60.0", which no client sends for a timeout.
std::optional<ApiError> checkSeconds(QLatin1StringView name, qint64 seconds)
{
    if (seconds < 0)
        return ApiError::badRequest(QStringLiteral("Invalid negative '%1' value (%2)").arg(name).arg(seconds));
    if (seconds > MaxSeconds)
        return ApiError::badRequest(
            QStringLiteral("Invalid '%1' value (%2): at most %3 seconds").arg(name).arg(seconds).arg(MaxSeconds));
    return std::nullopt;
}

bool isInteger(const QJsonValue &v)
{
    // toInteger() falls back to its argument exactly when the number is fractional or out of qint64 range.
    return v.isDouble() && v.toInteger(0) == v.toInteger(1);
}

// Text of a scalar that upstream would have handed to PostgreSQL for a text column, where numbers and booleans
// become their SQL text. Null for null/absent; nullopt for arrays and objects, which upstream cannot store.
std::optional<QString> scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double:
        // Integers as decimal digits (Python's str(int)); other numbers in their shortest round-trip form
        // (Python's repr).
        if (isInteger(v))
            return QString::number(v.toInteger());
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    return std::nullopt;
}

std::optional<QStringList> stringList(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray array = v.toArray();
    out.reserve(array.size());
    for (const QJsonValue &element : array) {
        if (element.isNull() || element.isArray() || element.isObject())
            return std::nullopt;
        out.append(*scalarText(element));
    }
    return out;
}

bool isAbsentOrNull(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull();
}

bool hasValidAttributeKeys(const QJsonObject &attributes)
{
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        if (it.key().contains(u'.') || it.key().contains(u'$'))
            return false;
    }
    return true;
}

Result<Timestamp> timeOr(const QJsonValue &v, Timestamp fallback)
{
    // Upstream silently ignores a non-string time; we only let null mean "absent" and reject numbers etc.
    if (isAbsentOrNull(v))
        return fallback;
    const std::optional<Timestamp> parsed = v.isString() ? IsoTime::parse(v.toString()) : std::nullopt;
    if (!parsed)
        return ApiError::badRequest(IsoTime::formatError());
    return *parsed;
}

} // namespace AlertJson

namespace {

using namespace AlertJson;

// `json.get(key) or fallback` for a string field; only called after checkStringField accepted the value.
QString textOr(const QJsonValue &v, const QString &fallback)
{
    return truthy(v) ? scalarText(v).value_or(fallback) : fallback;
}

// Storage-type checks upstream never makes: its PostgreSQL insert fails later with a 500. They run after rows
// 1-10 so that the order and messages of spec §1.2 stay exactly upstream's for every body.
std::optional<ApiError> checkStorableTypes(const QJsonObject &body)
{
    // Fields filled with `or default`: an empty array/object is falsy and takes the default, a non-empty one is an
    // error. customer and value have no default, so any array/object is an error.
    static const QStringList defaulted = {QStringLiteral("id"),
                                          QStringLiteral("resource"),
                                          QStringLiteral("event"),
                                          QStringLiteral("environment"),
                                          QStringLiteral("severity"),
                                          QStringLiteral("status"),
                                          QStringLiteral("group"),
                                          QStringLiteral("text"),
                                          QStringLiteral("origin"),
                                          QStringLiteral("type")};
    for (const QString &key : defaulted) {
        const QJsonValue v = body.value(key);
        if (truthy(v) && !scalarText(v))
            return ApiError::badRequest(key + QStringLiteral(" must be a string"));
    }
    for (const QString &key : {QStringLiteral("correlate"), QStringLiteral("service"), QStringLiteral("tags")}) {
        if (!stringList(body.value(key)))
            return ApiError::badRequest(key + QStringLiteral(" must be a list of strings"));
    }
    if (!scalarText(body.value(QStringLiteral("customer"))))
        return ApiError::badRequest(QStringLiteral("customer must be a string"));
    if (!scalarText(body.value(QStringLiteral("value"))))
        return ApiError::badRequest(QStringLiteral("value must be a string or a number"));
    return std::nullopt;
}

QString valueText(const QJsonValue &v)
{
    // Upstream converts ints with str(); Python's bool is an int, so true arrives as "True".
    if (v.isBool())
        return v.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    return *scalarText(v);
}

// rawData is opaque text: strings are kept verbatim, anything else is kept as its compact JSON text.
QString rawDataText(const QJsonValue &v)
{
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return *scalarText(v);
}

QStringList withoutDuplicates(const QStringList &list)
{
    QStringList out;
    out.reserve(list.size());
    for (const QString &s : list) {
        if (!out.contains(s))
            out.append(s);
    }
    return out;
}

} // namespace

namespace AlertJson {

Result<Alert> parseIncomingAlert(const QJsonObject &body, const EngineConfig &config, Timestamp now)
{
    const auto field = [&body](const char *key) { return body.value(QLatin1StringView(key)); };

    // Rows 1-7 of spec §1.2 (upstream's Alert.parse). A present null is "not a list" there too.
    if (body.contains(QLatin1StringView("correlate")) && !field("correlate").isArray())
        return ApiError::badRequest(QStringLiteral("correlate must be a list"));
    if (body.contains(QLatin1StringView("service")) && !field("service").isArray())
        return ApiError::badRequest(QStringLiteral("service must be a list"));
    if (body.contains(QLatin1StringView("tags")) && !field("tags").isArray())
        return ApiError::badRequest(QStringLiteral("tags must be a list"));
    if (body.contains(QLatin1StringView("attributes")) && !field("attributes").isObject())
        return ApiError::badRequest(QStringLiteral("attributes must be a JSON object"));
    const QJsonValue timeoutValue = field("timeout");
    // Booleans are rejected although Python's bool is an int: a timeout of `true` is a client bug.
    if (!isAbsentOrNull(timeoutValue) && !isInteger(timeoutValue))
        return ApiError::badRequest(QStringLiteral("timeout must be an integer"));
    const QJsonValue customerValue = field("customer");
    if (customerValue.isString() && customerValue.toString().isEmpty())
        return ApiError::badRequest(QStringLiteral("customer must not be an empty string"));
    const Result<Timestamp> createTime = timeOr(field("createTime"), now);
    if (!createTime)
        return createTime.error();

    // Rows 8-10 (upstream's Alert constructor).
    if (!truthy(field("resource")))
        return ApiError::badRequest(QStringLiteral("Missing mandatory value for \"resource\""));
    if (!truthy(field("event")))
        return ApiError::badRequest(QStringLiteral("Missing mandatory value for \"event\""));
    const QJsonObject attributes = field("attributes").toObject();
    if (!hasValidAttributeKeys(attributes))
        return ApiError::badRequest(QStringLiteral("Attribute keys must not contain \".\" or \"$\""));
    const qint64 timeout = isAbsentOrNull(timeoutValue) ? config.alertTimeout : timeoutValue.toInteger();
    if (std::optional<ApiError> error = checkSeconds(QLatin1StringView("timeout"), timeout))
        return *error;

    if (std::optional<ApiError> error = checkStorableTypes(body))
        return *error;

    Alert alert;
    const QJsonValue idValue = field("id");
    alert.id = truthy(idValue) ? *scalarText(idValue) : QUuid::createUuid().toString(QUuid::WithoutBraces);
    alert.resource = *scalarText(field("resource"));
    alert.event = *scalarText(field("event"));
    alert.environment = textOr(field("environment"), QStringLiteral(""));
    alert.severity = textOr(field("severity"), config.severities.normalSeverity());
    alert.correlate = *stringList(field("correlate"));
    if (!alert.correlate.isEmpty() && !alert.correlate.contains(alert.event))
        alert.correlate.append(alert.event);
    alert.status = textOr(field("status"), AlertStatus::Open);
    alert.service = *stringList(field("service"));
    alert.group = textOr(field("group"), QStringLiteral("Misc"));
    alert.value = valueText(field("value"));
    alert.text = textOr(field("text"), QStringLiteral(""));
    alert.tags = withoutDuplicates(*stringList(field("tags")));
    alert.attributes = attributes;
    alert.origin = textOr(field("origin"), config.defaultOrigin);
    alert.type = textOr(field("type"), QStringLiteral("exceptionAlert"));
    alert.createTime = *createTime;
    alert.timeout = timeout;
    alert.rawData = rawDataText(field("rawData"));
    alert.customer = *scalarText(customerValue);
    alert.lastReceiveId = alert.id;
    return alert;
}

void appendHistoryEntryJson(JsonBuffer &out, const HistoryEntry &entry, const QString &root)
{
    JsonObjectWriter o(out);
    o.text(QLatin1StringView("event"), entry.event)
        .text(QLatin1StringView("href"), href(root, u"alert", entry.id))
        .text(QLatin1StringView("id"), entry.id)
        .text(QLatin1StringView("severity"), entry.severity)
        .text(QLatin1StringView("status"), entry.status)
        .text(QLatin1StringView("text"), entry.text);
    if (entry.timeout)
        o.integer(QLatin1StringView("timeout"), *entry.timeout);
    else
        o.null(QLatin1StringView("timeout"));
    o.text(QLatin1StringView("type"), entry.type)
        .text(QLatin1StringView("updateTime"), IsoTime::format(entry.updateTime))
        .text(QLatin1StringView("user"), entry.user)
        .text(QLatin1StringView("value"), entry.value)
        .close();
}

QJsonObject historyEntryToJson(const HistoryEntry &entry, const QString &root)
{
    QByteArray json;
    {
        JsonBuffer buffer(json);
        appendHistoryEntryJson(buffer, entry, root);
    }
    return QJsonDocument::fromJson(json).object();
}

void appendAlertJson(JsonBuffer &out, const Alert &alert, const QString &root, const SerializeOptions &options)
{
    // The keys in QJsonObject's (ASCII) order; JsonObjectWriter checks it in debug builds.
    JsonObjectWriter o(out);
    o.object(QLatin1StringView("attributes"), alert.attributes)
        .stringArray(QLatin1StringView("correlate"), alert.correlate)
        .text(QLatin1StringView("createTime"), IsoTime::format(alert.createTime))
        .text(QLatin1StringView("customer"), alert.customer)
        .integer(QLatin1StringView("duplicateCount"), alert.duplicateCount)
        .text(QLatin1StringView("environment"), alert.environment)
        .text(QLatin1StringView("event"), alert.event)
        .text(QLatin1StringView("group"), alert.group);
    QList<const HistoryEntry *> entries;
    if (options.showHistory) {
        // Stored newest first; served oldest first. Reversing before the stable sort keeps entries with equal
        // times in the order they were stored, which is what a reader of the timeline expects.
        entries.reserve(alert.history.size());
        for (auto it = alert.history.crbegin(); it != alert.history.crend(); ++it)
            entries.append(&*it);
        std::stable_sort(entries.begin(), entries.end(), [](const HistoryEntry *a, const HistoryEntry *b) {
            return a->updateTime < b->updateTime;
        });
    }
    o.nested(QLatin1StringView("history"),
             [&](JsonBuffer &json) {
                 JsonText::appendArray(json, entries, [&root](JsonBuffer &array, const HistoryEntry *entry) {
                     appendHistoryEntryJson(array, *entry, root);
                 });
             })
        .text(QLatin1StringView("href"), href(root, u"alert", alert.id))
        .text(QLatin1StringView("id"), alert.id)
        .text(QLatin1StringView("lastReceiveId"), alert.lastReceiveId)
        .text(QLatin1StringView("lastReceiveTime"), IsoTime::format(alert.lastReceiveTime))
        .text(QLatin1StringView("origin"), alert.origin)
        .text(QLatin1StringView("previousSeverity"), alert.previousSeverity)
        .text(QLatin1StringView("rawData"), options.showRawData ? alert.rawData : QString())
        .text(QLatin1StringView("receiveTime"), IsoTime::format(alert.receiveTime))
        .boolean(QLatin1StringView("repeat"), alert.repeat)
        .text(QLatin1StringView("resource"), alert.resource)
        .stringArray(QLatin1StringView("service"), alert.service)
        .text(QLatin1StringView("severity"), alert.severity)
        .text(QLatin1StringView("status"), alert.status)
        .stringArray(QLatin1StringView("tags"), alert.tags)
        .text(QLatin1StringView("text"), alert.text)
        .integer(QLatin1StringView("timeout"), alert.timeout.value_or(options.defaultTimeout))
        .text(QLatin1StringView("trendIndication"), alert.trendIndication)
        .text(QLatin1StringView("type"), alert.type)
        .text(QLatin1StringView("updateTime"), IsoTime::format(alert.updateTime))
        .text(QLatin1StringView("value"), alert.value)
        .close();
}

void appendAlertJson(QByteArray &out, const Alert &alert, const QString &root, const SerializeOptions &options)
{
    JsonBuffer buffer(out);
    appendAlertJson(buffer, alert, root, options);
}

QJsonObject alertToJson(const Alert &alert, const QString &root, const SerializeOptions &options)
{
    QByteArray json;
    appendAlertJson(json, alert, root, options);
    return QJsonDocument::fromJson(json).object();
}

QJsonObject historyEntryToRichJson(const HistoryEntry &entry, const Alert &alert, const QString &root)
{
    QJsonObject o;
    o.insert(QLatin1StringView("id"), nullable(entry.id));
    o.insert(QLatin1StringView("href"), href(root, u"alert", entry.id));
    o.insert(QLatin1StringView("resource"), nullable(alert.resource));
    o.insert(QLatin1StringView("event"), nullable(entry.event));
    o.insert(QLatin1StringView("environment"), nullable(alert.environment));
    o.insert(QLatin1StringView("service"), QJsonArray::fromStringList(alert.service));
    o.insert(QLatin1StringView("group"), nullable(alert.group));
    o.insert(QLatin1StringView("text"), nullable(entry.text));
    o.insert(QLatin1StringView("tags"), QJsonArray::fromStringList(alert.tags));
    o.insert(QLatin1StringView("attributes"), alert.attributes);
    o.insert(QLatin1StringView("origin"), nullable(alert.origin));
    o.insert(QLatin1StringView("updateTime"), IsoTime::format(entry.updateTime));
    o.insert(QLatin1StringView("user"), nullable(entry.user));
    o.insert(QLatin1StringView("timeout"), entry.timeout ? QJsonValue(*entry.timeout) : QJsonValue());
    o.insert(QLatin1StringView("type"), nullable(entry.type));
    o.insert(QLatin1StringView("customer"), nullable(alert.customer));
    // Upstream adds these only when truthy: a note or dismiss entry has no value, for instance.
    if (!entry.severity.isEmpty())
        o.insert(QLatin1StringView("severity"), entry.severity);
    if (!entry.status.isEmpty())
        o.insert(QLatin1StringView("status"), entry.status);
    if (!entry.value.isEmpty())
        o.insert(QLatin1StringView("value"), entry.value);
    return o;
}

QJsonObject noteToJson(const Note &note, const QString &root)
{
    QJsonObject o;
    o.insert(QLatin1StringView("id"), nullable(note.id));
    o.insert(QLatin1StringView("href"), href(root, u"note", note.id));
    o.insert(QLatin1StringView("text"), nullable(note.text));
    o.insert(QLatin1StringView("user"), nullable(note.user));
    o.insert(QLatin1StringView("attributes"), note.attributes);
    o.insert(QLatin1StringView("type"), nullable(note.type));
    o.insert(QLatin1StringView("createTime"), IsoTime::format(note.createTime));
    o.insert(QLatin1StringView("updateTime"), IsoTime::format(note.updateTime));
    o.insert(QLatin1StringView("customer"), nullable(note.customer));
    QJsonObject links;
    if (!note.alertId.isEmpty()) {
        links.insert(QLatin1StringView("alert"), href(root, u"alert", note.alertId));
        o.insert(QLatin1StringView("related"), QJsonObject{{QLatin1StringView("alert"), note.alertId}});
    }
    o.insert(QLatin1StringView("_links"), links);
    return o;
}

} // namespace AlertJson
