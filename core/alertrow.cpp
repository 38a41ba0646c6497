// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/alertrow.h"

namespace AlertRow {

const QString AlertColumns = QStringLiteral(
    "rid, id, resource, event, environment, severity, correlate, status, service, \"group\", value, text, tags, "
    "attributes, origin, type, create_time, timeout, raw_data, customer, duplicate_count, repeat, previous_severity, "
    "trend_indication, receive_time, last_receive_id, last_receive_time, update_time");
const QString AlertColumnsNoRaw = QString(AlertColumns).replace(QStringLiteral("raw_data"), QStringLiteral("NULL"));
// "user" is quoted: PostgreSQL reads a bare `user` as CURRENT_USER.
const QString HistoryColumns =
    QStringLiteral("id, event, severity, status, value, text, type, update_time, \"user\", timeout");
const QString NoteColumns =
    QStringLiteral("id, text, \"user\", attributes, type, create_time, update_time, alert, customer");
const QString HeartbeatColumns =
    QStringLiteral("id, origin, tags, type, create_time, timeout, receive_time, customer, attributes");

ColumnSet changedColumns(const Alert &before, const Alert &after)
{
    // In UpdatedColumn's order.
    const bool differs[] = {
        before.severity != after.severity,
        before.status != after.status,
        before.service != after.service,
        before.value != after.value,
        before.text != after.text,
        before.tags != after.tags,
        before.attributes != after.attributes,
        before.createTime != after.createTime,
        before.timeout != after.timeout,
        before.rawData != after.rawData,
        before.duplicateCount != after.duplicateCount,
        before.repeat != after.repeat,
        before.previousSeverity != after.previousSeverity,
        before.trendIndication != after.trendIndication,
        before.receiveTime != after.receiveTime,
        before.lastReceiveId != after.lastReceiveId,
        before.lastReceiveTime != after.lastReceiveTime,
        before.updateTime != after.updateTime,
        before.event != after.event,
    };
    static_assert(std::size(differs) == static_cast<size_t>(UpdatedColumn::Count));
    ColumnSet changed = 0;
    for (size_t c = 0; c < std::size(differs); ++c) {
        if (differs[c])
            changed |= ColumnSet(1) << c;
    }
    return changed;
}

QString updateSql(ColumnSet changed)
{
    static const char *const names[] = {
        "severity",
        "status",
        "service",
        "value",
        "text",
        "tags",
        "attributes",
        "create_time",
        "timeout",
        "raw_data",
        "duplicate_count",
        "repeat",
        "previous_severity",
        "trend_indication",
        "receive_time",
        "last_receive_id",
        "last_receive_time",
        "update_time",
        "event",
    };
    static_assert(std::size(names) == static_cast<size_t>(UpdatedColumn::Count));
    QString sql = QStringLiteral("UPDATE alerts SET ");
    bool first = true;
    for (size_t c = 0; c < std::size(names); ++c) {
        if (!(changed & (ColumnSet(1) << c)))
            continue;
        if (!first)
            sql += u", ";
        sql += QLatin1StringView(names[c]) + u" = ?";
        first = false;
    }
    sql += u" WHERE rid = ?";
    return sql;
}

} // namespace AlertRow
