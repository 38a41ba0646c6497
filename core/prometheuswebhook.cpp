// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/prometheuswebhook.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMap>
#include <QRegularExpression>

#include "core/timestamp.h"

namespace {

// Label and annotation values are strings in every Alertmanager payload; anything else is kept as its JSON text.
QString textOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QJsonValue::Double:
        return double(v.toInteger()) == v.toDouble() ? QString::number(v.toInteger()) : QString::number(v.toDouble());
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("None");
}

QHash<QString, QString> toHash(const QMap<QString, QString> &map)
{
    QHash<QString, QString> hash;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        hash.insert(it.key(), it.value());
    return hash;
}

// Each value formatted with `values` where Python would manage, else kept (upstream's try/except around format).
QMap<QString, QString> formatted(const QJsonObject &object, const QHash<QString, QString> &values)
{
    QMap<QString, QString> out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString text = textOf(it.value());
        out.insert(it.key(),
                   it.value().isString() ? PrometheusWebhook::formatNamed(text, values).value_or(text) : text);
    }
    return out;
}

// Python's dict.pop(key, default).
QString pop(QMap<QString, QString> &map, const QString &key, const QString &fallback = {})
{
    const auto it = map.constFind(key);
    if (it == map.cend())
        return fallback;
    QString value = it.value();
    map.erase(it);
    return value;
}

// Python's `int(text)`: surrounding white space and a sign are allowed, nothing else.
std::optional<qint64> pythonInt(const QString &text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok, 10);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

QJsonArray stringArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

/// An Alertmanager time (RFC 3339: nanoseconds, `Z` or an offset) in the API's own format, or a null QString when
/// it is absent or not such a time.
QString apiTime(const QJsonValue &value)
{
    static const QRegularExpression rfc3339(
        QStringLiteral(R"(^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$)"));
    const QRegularExpressionMatch m = rfc3339.match(textOf(value));
    if (!m.hasMatch())
        return {};
    QDateTime time = QDateTime::fromString(m.captured(1) + m.captured(3), Qt::ISODate);
    if (!time.isValid())
        return {};
    const int millis = QString(m.captured(2) + QStringLiteral("000")).left(3).toInt();
    return IsoTime::format(time.toMSecsSinceEpoch() + millis);
}

} // namespace

namespace PrometheusWebhook {

std::optional<QString> formatNamed(const QString &text, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'}') {
            if (i + 1 < text.size() && text.at(i + 1) == u'}') {
                out += u'}';
                ++i;
                continue;
            }
            return std::nullopt; // Single '}' encountered in format string
        }
        if (c != u'{') {
            out += c;
            continue;
        }
        if (i + 1 < text.size() && text.at(i + 1) == u'{') {
            out += u'{';
            ++i;
            continue;
        }
        const qsizetype end = text.indexOf(u'}', i + 1);
        if (end < 0)
            return std::nullopt; // unmatched '{'
        const QStringView field = QStringView(text).mid(i + 1, end - i - 1);
        // Positional fields, attribute or index access, conversions, format specs and nested fields are beyond
        // what upstream's labels use; with string values they mostly raise in Python anyway.
        if (field.isEmpty() || field.front().isDigit() || field.contains(u'{') || field.contains(u'.')
            || field.contains(u'[') || field.contains(u'!') || field.contains(u':'))
            return std::nullopt;
        const auto it = values.constFind(field.toString());
        if (it == values.cend())
            return std::nullopt; // KeyError
        out += it.value();
        i = end;
    }
    return out;
}

Result<QJsonObject> alertBody(const QJsonObject &alert, const QString &externalUrl, const Options &options)
{
    const QString status = alert.contains(QLatin1StringView("status"))
        ? textOf(alert.value(QLatin1StringView("status")))
        : QStringLiteral("firing");

    // Labels may refer to other labels, annotations to the (formatted) labels: `{app}` (Prometheus issue 2818).
    const QJsonObject rawLabels = alert.value(QLatin1StringView("labels")).toObject();
    QHash<QString, QString> rawValues;
    for (auto it = rawLabels.begin(); it != rawLabels.end(); ++it)
        rawValues.insert(it.key(), textOf(it.value()));
    QMap<QString, QString> labels = formatted(rawLabels, rawValues);
    QMap<QString, QString> annotations =
        formatted(alert.value(QLatin1StringView("annotations")).toObject(), toHash(labels));

    // The alert's time is when it started firing, or was resolved (upstream's create_time), not when it came.
    QString severity;
    QString createTime;
    const QString startsAt = apiTime(alert.value(QLatin1StringView("startsAt")));
    const QString endsAt = apiTime(alert.value(QLatin1StringView("endsAt")));
    if (status == QLatin1StringView("firing")) {
        severity = pop(labels, QStringLiteral("severity"), QStringLiteral("warning"));
        createTime = startsAt;
    } else if (status == QLatin1StringView("resolved")) {
        severity = options.normalSeverity;
        createTime = endsAt;
    } else {
        severity = QStringLiteral("unknown");
        createTime = endsAt.isEmpty() ? startsAt : endsAt;
    }

    // `a or b`: an empty first choice falls through to the second.
    QString resource = pop(labels, QStringLiteral("exported_instance"));
    if (resource.isEmpty())
        resource = pop(labels, QStringLiteral("instance"), QStringLiteral("n/a"));
    QString event = pop(labels, QStringLiteral("event"));
    if (event.isEmpty())
        event = pop(labels, QStringLiteral("alertname"));
    if (annotations.contains(QStringLiteral("alertname"))) // an annotation overrides the labels
        event = pop(annotations, QStringLiteral("alertname"));
    if (event.isEmpty())
        return ApiError::badRequest(QStringLiteral("Prometheus alert has no 'alertname' label"));
    const QString environment = pop(labels, QStringLiteral("environment"), options.defaultEnvironment);
    const QString customer = pop(labels, QStringLiteral("customer"));
    const bool hasCorrelate = labels.contains(QStringLiteral("correlate"));
    const QStringList correlate = pop(labels, QStringLiteral("correlate")).split(u',');
    const QStringList service = pop(labels, QStringLiteral("service"), QStringLiteral("")).split(u',');
    QString group = pop(labels, QStringLiteral("group"));
    if (group.isEmpty())
        group = pop(labels, QStringLiteral("job"), QStringLiteral("Prometheus"));
    const QString origin = QStringLiteral("prometheus/") + pop(labels, QStringLiteral("monitor"), QStringLiteral("-"));
    // `int(labels.pop('timeout', 0)) or None`: 0 and non-integers mean the server's default.
    const std::optional<qint64> timeout = pythonInt(pop(labels, QStringLiteral("timeout"), QStringLiteral("0")));

    QJsonArray tags; // any labels left over
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        tags.append(QString(it.key() + u'=' + it.value()));

    const bool hasValue = annotations.contains(QStringLiteral("value"));
    const QString value = pop(annotations, QStringLiteral("value"));
    const QString summary = pop(annotations, QStringLiteral("summary"));
    const QString description = pop(annotations, QStringLiteral("description"));
    QString text = !description.isEmpty() ? description : summary;
    if (text.isEmpty())
        text = QStringLiteral("%1: %2 is %3").arg(severity.toUpper(), resource, event);

    if (!externalUrl.isEmpty())
        annotations.insert(QStringLiteral("externalUrl"), externalUrl); // raw, for links back to Alertmanager
    if (alert.contains(QLatin1StringView("generatorURL")))
        annotations.insert(QStringLiteral("moreInfo"),
                           QStringLiteral("<a href=\"%1\" target=\"_blank\">Prometheus Graph</a>")
                               .arg(textOf(alert.value(QLatin1StringView("generatorURL")))));

    QJsonObject attributes;
    for (const char *key : {"startsAt", "endsAt"}) {
        const QLatin1StringView name(key);
        if (alert.contains(name))
            attributes.insert(name, alert.value(name));
    }
    for (auto it = annotations.cbegin(); it != annotations.cend(); ++it) // any annotations left over
        attributes.insert(it.key(), it.value());

    QJsonObject body{
        {QStringLiteral("resource"), resource},
        {QStringLiteral("event"), event},
        {QStringLiteral("environment"), environment},
        {QStringLiteral("severity"), severity},
        {QStringLiteral("service"), stringArray(service)},
        {QStringLiteral("group"), group},
        {QStringLiteral("text"), text},
        {QStringLiteral("tags"), tags},
        {QStringLiteral("attributes"), attributes},
        {QStringLiteral("origin"), origin},
        {QStringLiteral("type"), QStringLiteral("prometheusAlert")},
        {QStringLiteral("rawData"), alert},
    };
    if (hasCorrelate)
        body.insert(QStringLiteral("correlate"), stringArray(correlate));
    if (hasValue)
        body.insert(QStringLiteral("value"), value);
    if (!customer.isEmpty())
        body.insert(QStringLiteral("customer"), customer);
    if (timeout && *timeout != 0)
        body.insert(QStringLiteral("timeout"), *timeout);
    if (!createTime.isEmpty())
        body.insert(QStringLiteral("createTime"), createTime);
    return body;
}

Result<QList<QJsonObject>> alertBodies(const QByteArray &payload, const Options &options)
{
    const ApiError noAlerts = ApiError::badRequest(QStringLiteral("no alerts in Prometheus notification payload"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return noAlerts;
    const QJsonObject notification = document.object();
    if (!notification.contains(QLatin1StringView("alerts"))
        || !notification.value(QLatin1StringView("alerts")).isArray())
        return noAlerts;
    const QJsonValue external = notification.value(QLatin1StringView("externalURL"));
    const QString externalUrl = external.isString() ? external.toString() : QString();

    QList<QJsonObject> bodies;
    for (const QJsonValue &entry : notification.value(QLatin1StringView("alerts")).toArray()) {
        if (!entry.isObject())
            return ApiError::badRequest(QStringLiteral("Prometheus alert must be a JSON object"));
        const Result<QJsonObject> body = alertBody(entry.toObject(), externalUrl, options);
        if (!body)
            return body.error();
        bodies.append(*body);
    }
    return bodies;
}

} // namespace PrometheusWebhook
