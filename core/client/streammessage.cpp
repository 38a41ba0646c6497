// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/client/streammessage.h"

#include <QJsonDocument>
#include <QJsonValue>

StreamMessage StreamMessage::parse(const QByteArray &message)
{
    const QJsonObject event = QJsonDocument::fromJson(message).object();
    StreamMessage m;
    const QString type = event.value(QLatin1StringView("type")).toString();
    if (type == QLatin1StringView("hello"))
        m.type = Type::Hello;
    else if (type == QLatin1StringView("resync"))
        m.type = Type::Resync;
    else if (type == QLatin1StringView("alert"))
        m.type = Type::Alert;
    else
        return m;
    m.revision = event.value(QLatin1StringView("revision")).toInteger(-1);
    if (m.type == Type::Hello)
        m.epoch = event.value(QLatin1StringView("epoch")).toString();
    if (m.type == Type::Alert) {
        m.id = event.value(QLatin1StringView("id")).toString();
        m.visible = event.value(QLatin1StringView("visible")).toBool();
        m.alert = event.value(QLatin1StringView("alert")).toObject();
    }
    return m;
}
