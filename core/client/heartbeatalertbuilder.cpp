// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/client/heartbeatalertbuilder.h"

#include <QJsonArray>
#include <QJsonValue>

#include "core/client/remotejson.h"
#include "core/heartbeatalerts.h"
#include "core/severitymap.h"

namespace {

const QString KeyEnvironment = QStringLiteral("environment");
const QString KeySeverity = QStringLiteral("severity");
const QString KeyService = QStringLiteral("service");
const QString KeyGroup = QStringLiteral("group");

} // namespace

VoidResult HeartbeatAlertBuilder::validate(const HeartbeatAlertChoices &choices, const SeverityMap &severities)
{
    HeartbeatAlertOptions options;
    options.severity = choices.severity;
    options.timeout = choices.timeout;
    return HeartbeatAlerts::validate(options, severities);
}

QJsonObject HeartbeatAlertBuilder::alertFor(const QJsonObject &heartbeat, const HeartbeatAlertChoices &choices)
{
    const QString status = heartbeat.value(QStringLiteral("status")).toString();
    QJsonObject attributes = heartbeat.value(QStringLiteral("attributes")).toObject();

    QJsonObject alert;
    alert.insert(QStringLiteral("resource"), heartbeat.value(QStringLiteral("origin")).toString());
    alert.insert(QStringLiteral("environment"),
                 HeartbeatAlerts::textAttribute(attributes, KeyEnvironment, QStringLiteral("Production")));
    alert.insert(
        QStringLiteral("correlate"),
        QJsonArray{QStringLiteral("HeartbeatFail"), QStringLiteral("HeartbeatSlow"), QStringLiteral("HeartbeatOK")});
    alert.insert(QStringLiteral("service"), QJsonArray::fromStringList(HeartbeatAlerts::serviceAttribute(attributes)));
    alert.insert(QStringLiteral("group"),
                 HeartbeatAlerts::textAttribute(attributes, KeyGroup, QStringLiteral("System")));
    QString severity = HeartbeatAlerts::textAttribute(attributes, KeySeverity, choices.severity);
    if (status == QLatin1StringView("expired")) {
        alert.insert(QStringLiteral("event"), QStringLiteral("HeartbeatFail"));
        const auto since = RemoteJson::integer(heartbeat.value(QStringLiteral("since"))).value_or(0);
        alert.insert(QStringLiteral("value"), HeartbeatAlerts::formatDuration(since));
        alert.insert(QStringLiteral("text"),
                     QStringLiteral("Heartbeat not received in %1 seconds")
                         .arg(RemoteJson::integer(heartbeat.value(QStringLiteral("timeout"))).value_or(0)));
    } else if (status == QLatin1StringView("slow")) {
        alert.insert(QStringLiteral("event"), QStringLiteral("HeartbeatSlow"));
        const auto latency = RemoteJson::integer(heartbeat.value(QStringLiteral("latency"))).value_or(0);
        alert.insert(QStringLiteral("value"), QString(QString::number(latency) + QStringLiteral("ms")));
        alert.insert(QStringLiteral("text"),
                     QStringLiteral("Heartbeat took more than %1ms to be processed")
                         .arg(RemoteJson::integer(heartbeat.value(QStringLiteral("maxLatency"))).value_or(0)));
    } else {
        alert.insert(QStringLiteral("event"), QStringLiteral("HeartbeatOK"));
        severity = choices.normalSeverity;
        alert.insert(QStringLiteral("value"), QStringLiteral(""));
        alert.insert(QStringLiteral("text"), QStringLiteral("Heartbeat OK"));
    }
    alert.insert(QStringLiteral("severity"), severity);
    alert.insert(QStringLiteral("tags"), heartbeat.value(QStringLiteral("tags")).toArray());
    for (const QString &key : {KeyEnvironment, KeySeverity, KeyService, KeyGroup})
        attributes.remove(key);
    alert.insert(QStringLiteral("attributes"), attributes);
    alert.insert(QStringLiteral("origin"), choices.origin);
    alert.insert(QStringLiteral("type"), QStringLiteral("heartbeatAlert"));
    if (choices.timeout)
        alert.insert(QStringLiteral("timeout"), *choices.timeout);
    const QJsonValue customer = heartbeat.value(QStringLiteral("customer"));
    if (customer.isString() && !customer.toString().isEmpty())
        alert.insert(QStringLiteral("customer"), customer);
    return alert;
}
