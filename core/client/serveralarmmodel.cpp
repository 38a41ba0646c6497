// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/client/serveralarmmodel.h"

#include <QJsonValue>

#include "core/configjson.h"
#include "core/serversettings.h"

namespace {

QHash<QString, QString> colourTable(const QJsonValue &value)
{
    QHash<QString, QString> table;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isString())
            table.insert(it.key(), it.value().toString());
    }
    return table;
}

/// Takes the colours of a `colors` object (`{severity: {..}, status: {..}, text}`); parts it lacks keep theirs.
void readColors(ServerAlarmModel &model, const QJsonObject &colors)
{
    if (const auto severity = colourTable(colors.value(QStringLiteral("severity"))); !severity.isEmpty())
        model.severityColors = severity;
    if (colors.contains(QStringLiteral("status")))
        model.statusColors = colourTable(colors.value(QStringLiteral("status")));
    if (colors.contains(QStringLiteral("text")))
        model.textColor = colors.value(QStringLiteral("text")).toString();
}

} // namespace

ServerAlarmModel ServerAlarmModel::alertaDefault()
{
    // The colours the core serves with default settings: one table for the server and the console.
    ServerAlarmModel model;
    model.name = QStringLiteral("Alerta");
    readColors(model, ConfigJson::colors(ServerSettings()));
    return model;
}

ServerAlarmModel ServerAlarmModel::fromConfig(const QJsonObject &config)
{
    ServerAlarmModel model = alertaDefault();
    const QJsonObject alarm = config.value(QStringLiteral("alarm_model")).toObject();
    if (const QString name = alarm.value(QStringLiteral("name")).toString(); !name.isEmpty())
        model.name = name;

    // Severity levels: alarm_model.severity, else the top-level duplicate older servers send.
    QJsonObject levels = alarm.value(QStringLiteral("severity")).toObject();
    if (levels.isEmpty())
        levels = config.value(QStringLiteral("severity")).toObject();
    QList<QPair<QString, int>> definition;
    for (auto it = levels.begin(); it != levels.end(); ++it) {
        if (it.value().isDouble())
            definition.append({it.key(), it.value().toInt()});
    }
    const QJsonObject defaults = alarm.value(QStringLiteral("defaults")).toObject();
    const QString normal = defaults.value(QStringLiteral("normal_severity")).toString(QStringLiteral("normal"));
    const QString previous =
        defaults.value(QStringLiteral("previous_severity")).toString(QStringLiteral("indeterminate"));
    if (!definition.isEmpty()) {
        // JSON objects lose the definition order; ties then fall back to name order, which only affects messages.
        if (auto map = SeverityMap::create(definition, normal, previous); map.ok())
            model.severities = map.value();
    }

    QJsonObject colors = alarm.value(QStringLiteral("colors")).toObject();
    if (colors.isEmpty())
        colors = config.value(QStringLiteral("colors")).toObject();
    readColors(model, colors);

    const QJsonObject timeouts = config.value(QStringLiteral("timeouts")).toObject();
    model.ackTimeout = timeouts.value(QStringLiteral("ack")).toInteger(model.ackTimeout);
    model.shelveTimeout = timeouts.value(QStringLiteral("shelve")).toInteger(model.shelveTimeout);
    model.customerViews = config.value(QStringLiteral("customer_views")).toBool(false);
    return model;
}
