// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/alertmemory.h"

#include "core/alert.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

constexpr qint64 PerItem = 16; // a list element's or a JSON value's own share

qint64 charsOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().size() + PerItem;
    case QJsonValue::Array: {
        qint64 chars = PerItem;
        for (const QJsonValue &item : value.toArray())
            chars += charsOf(item);
        return chars;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        qint64 chars = PerItem;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            chars += it.key().size() + charsOf(it.value());
        return chars;
    }
    default:
        return PerItem;
    }
}

qint64 charsOf(const QStringList &list)
{
    qint64 chars = 0;
    for (const QString &item : list)
        chars += item.size() + PerItem;
    return chars;
}

} // namespace

qint64 approxMemory(const Alert &alert)
{
    qint64 chars = alert.id.size() + alert.resource.size() + alert.event.size() + alert.environment.size()
        + alert.severity.size() + alert.status.size() + alert.group.size() + alert.value.size() + alert.text.size()
        + alert.origin.size() + alert.type.size() + alert.rawData.size() + alert.customer.size()
        + alert.previousSeverity.size() + alert.trendIndication.size() + alert.lastReceiveId.size()
        + charsOf(alert.correlate) + charsOf(alert.service) + charsOf(alert.tags)
        + charsOf(QJsonValue(alert.attributes));
    for (const HistoryEntry &entry : alert.history)
        chars += entry.id.size() + entry.event.size() + entry.severity.size() + entry.status.size() + entry.value.size()
            + entry.text.size() + entry.type.size() + entry.user.size() + 4 * PerItem;
    return 2 * chars + 512;
}
