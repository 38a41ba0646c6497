// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/sqlitealertrow.h"

#include "core/sqliteconnection.h"
#include "core/sqlvalues.h"

namespace SqliteAlertRow {

const QString AlertColumns = QStringLiteral(
    "rid, id, resource, event, environment, severity, correlate, status, service, \"group\", value, text, tags, "
    "attributes, origin, type, create_time, timeout, raw_data, customer, duplicate_count, repeat, previous_severity, "
    "trend_indication, receive_time, last_receive_id, last_receive_time, update_time");
// The same list without raw data, for list queries that do not ask for it.
const QString AlertColumnsNoRaw = QString(AlertColumns).replace(QStringLiteral("raw_data"), QStringLiteral("NULL"));

std::optional<qint64> optionalInteger(const SqliteStatement &s, int column)
{
    if (s.isNull(column))
        return std::nullopt;
    return s.integer(column);
}

// Reads the alert columns of AlertColumns (rid first) starting at column `first`.
Alert readAlertAt(const SqliteStatement &s, int first)
{
    Alert a;
    int i = first + 1;
    a.id = s.text(i++);
    a.resource = s.text(i++);
    a.event = s.text(i++);
    a.environment = s.text(i++);
    a.severity = s.text(i++);
    a.correlate = SqlValues::stringList(s.utf8(i++));
    a.status = s.text(i++);
    a.service = SqlValues::stringList(s.utf8(i++));
    a.group = s.text(i++);
    a.value = s.text(i++);
    a.text = s.text(i++);
    a.tags = SqlValues::stringList(s.utf8(i++));
    a.attributes = SqlValues::object(s.utf8(i++));
    a.origin = s.text(i++);
    a.type = s.text(i++);
    a.createTime = s.integer(i++);
    a.timeout = optionalInteger(s, i++);
    a.rawData = s.text(i++);
    a.customer = s.text(i++);
    a.duplicateCount = static_cast<int>(s.integer(i++));
    a.repeat = s.integer(i++) != 0;
    a.previousSeverity = s.text(i++);
    a.trendIndication = s.text(i++);
    a.receiveTime = s.integer(i++);
    a.lastReceiveId = s.text(i++);
    a.lastReceiveTime = s.integer(i++);
    a.updateTime = s.integer(i++);
    return a;
}

// Binds every column of AlertColumns except rid, starting at `first`.
void bindAlert(SqliteStatement &s, const Alert &a, int first)
{
    int i = first;
    s.bind(i++, a.id);
    s.bind(i++, a.resource);
    s.bind(i++, a.event);
    s.bind(i++, a.environment);
    s.bind(i++, a.severity);
    s.bind(i++, SqlValues::jsonText(a.correlate));
    s.bind(i++, a.status);
    s.bind(i++, SqlValues::jsonText(a.service));
    s.bind(i++, a.group);
    s.bind(i++, a.value);
    s.bind(i++, a.text);
    s.bind(i++, SqlValues::jsonText(a.tags));
    s.bind(i++, SqlValues::jsonText(a.attributes));
    s.bind(i++, a.origin);
    s.bind(i++, a.type);
    s.bind(i++, a.createTime);
    if (a.timeout)
        s.bind(i++, *a.timeout);
    else
        s.bindNull(i++);
    s.bind(i++, a.rawData);
    s.bind(i++, a.customer);
    s.bind(i++, static_cast<qint64>(a.duplicateCount));
    s.bind(i++, static_cast<qint64>(a.repeat ? 1 : 0));
    s.bind(i++, a.previousSeverity);
    s.bind(i++, a.trendIndication);
    s.bind(i++, a.receiveTime);
    s.bind(i++, a.lastReceiveId);
    s.bind(i++, a.lastReceiveTime);
    s.bind(i++, a.updateTime);
}

} // namespace SqliteAlertRow
