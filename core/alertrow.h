// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alert.h"
#include "core/heartbeat.h"
#include "core/sqlvalues.h"

#include <QString>

#include <optional>

/// The mapping between the core's records and the rows of the store tables (core/sqliteschema.cpp,
/// core/pgschema.cpp): column lists, binding and reading. Written once for every statement type with the same
/// small interface (SqliteStatement, PgStatement): bind(i, QString | QByteArray | qint64), bindNull(i), text(c),
/// utf8(c), integer(c), isNull(c). The stream's in-memory window of recent alert states uses it too, so that the
/// `/alerts` filters run on its rows unchanged.
namespace AlertRow {

/// `rid` and every alert column, in table order.
extern const QString AlertColumns;
/// The same list with raw data read as NULL, for list queries that do not ask for it.
extern const QString AlertColumnsNoRaw;
/// The history columns after (alert_rid, seq), in table order.
extern const QString HistoryColumns;
extern const QString NoteColumns;
extern const QString HeartbeatColumns;

/// A nullable integer column.
template<typename Statement>
std::optional<qint64> optionalInteger(const Statement &s, int column)
{
    if (s.isNull(column))
        return std::nullopt;
    return s.integer(column);
}

template<typename Statement>
void bindOptional(Statement &s, int index, const std::optional<qint64> &value)
{
    if (value)
        s.bind(index, *value);
    else
        s.bindNull(index);
}

/// Reads the columns of AlertColumns (rid first) starting at column `first`; history stays empty.
template<typename Statement>
Alert readAlertAt(const Statement &s, int first)
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

/// The alert columns an update may change. The identity and creation columns (id, environment, resource,
/// customer, group, origin, type, correlate) never change after the insert; the event changes on a correlation.
enum class UpdatedColumn {
    Severity,
    Status,
    Service,
    Value,
    Text,
    Tags,
    Attributes,
    CreateTime,
    Timeout,
    RawData,
    DuplicateCount,
    Repeat,
    PreviousSeverity,
    TrendIndication,
    ReceiveTime,
    LastReceiveId,
    LastReceiveTime,
    UpdateTime,
    Event,
    Count
};
/// A set of UpdatedColumn, one bit each.
using ColumnSet = quint32;

/// The columns whose values differ from `before` to `after`.
ColumnSet changedColumns(const Alert &before, const Alert &after);
/// `UPDATE alerts SET <each changed column> = ?, ... WHERE rid = ?`: the row id is the last parameter.
QString updateSql(ColumnSet changed);

/// Binds the values of `after` for the columns in `changed`, in updateSql()'s order from parameter 1; returns
/// the index of the next parameter (the row id's).
template<typename Statement>
int bindChanged(Statement &s, ColumnSet changed, const Alert &a)
{
    int i = 1;
    for (int c = 0; c < static_cast<int>(UpdatedColumn::Count); ++c) {
        if (!(changed & (ColumnSet(1) << c)))
            continue;
        switch (static_cast<UpdatedColumn>(c)) {
        case UpdatedColumn::Severity:
            s.bind(i, a.severity);
            break;
        case UpdatedColumn::Status:
            s.bind(i, a.status);
            break;
        case UpdatedColumn::Service:
            s.bind(i, SqlValues::jsonText(a.service));
            break;
        case UpdatedColumn::Value:
            s.bind(i, a.value);
            break;
        case UpdatedColumn::Text:
            s.bind(i, a.text);
            break;
        case UpdatedColumn::Tags:
            s.bind(i, SqlValues::jsonText(a.tags));
            break;
        case UpdatedColumn::Attributes:
            s.bind(i, SqlValues::jsonText(a.attributes));
            break;
        case UpdatedColumn::CreateTime:
            s.bind(i, a.createTime);
            break;
        case UpdatedColumn::Timeout:
            bindOptional(s, i, a.timeout);
            break;
        case UpdatedColumn::RawData:
            s.bind(i, a.rawData);
            break;
        case UpdatedColumn::DuplicateCount:
            s.bind(i, static_cast<qint64>(a.duplicateCount));
            break;
        case UpdatedColumn::Repeat:
            s.bind(i, static_cast<qint64>(a.repeat ? 1 : 0));
            break;
        case UpdatedColumn::PreviousSeverity:
            s.bind(i, a.previousSeverity);
            break;
        case UpdatedColumn::TrendIndication:
            s.bind(i, a.trendIndication);
            break;
        case UpdatedColumn::ReceiveTime:
            s.bind(i, a.receiveTime);
            break;
        case UpdatedColumn::LastReceiveId:
            s.bind(i, a.lastReceiveId);
            break;
        case UpdatedColumn::LastReceiveTime:
            s.bind(i, a.lastReceiveTime);
            break;
        case UpdatedColumn::UpdateTime:
            s.bind(i, a.updateTime);
            break;
        case UpdatedColumn::Event:
            s.bind(i, a.event);
            break;
        case UpdatedColumn::Count:
            break;
        }
        ++i;
    }
    return i;
}

/// Binds every column of AlertColumns except rid, starting at parameter `first`.
template<typename Statement>
void bindAlert(Statement &s, const Alert &a, int first)
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
    bindOptional(s, i++, a.timeout);
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

/// Binds the columns of HistoryColumns starting at parameter `first`.
template<typename Statement>
void bindHistory(Statement &s, const HistoryEntry &h, int first)
{
    int i = first;
    s.bind(i++, h.id);
    s.bind(i++, h.event);
    s.bind(i++, h.severity);
    s.bind(i++, h.status);
    s.bind(i++, h.value);
    s.bind(i++, h.text);
    s.bind(i++, h.type);
    s.bind(i++, h.updateTime);
    s.bind(i++, h.user);
    bindOptional(s, i++, h.timeout);
}

template<typename Statement>
HistoryEntry readHistory(const Statement &s, int first)
{
    HistoryEntry h;
    int i = first;
    h.id = s.text(i++);
    h.event = s.text(i++);
    h.severity = s.text(i++);
    h.status = s.text(i++);
    h.value = s.text(i++);
    h.text = s.text(i++);
    h.type = s.text(i++);
    h.updateTime = s.integer(i++);
    h.user = s.text(i++);
    h.timeout = optionalInteger(s, i++);
    return h;
}

/// Binds the columns of NoteColumns starting at parameter 1.
template<typename Statement>
void bindNote(Statement &s, const Note &n)
{
    s.bind(1, n.id).bind(2, n.text).bind(3, n.user).bind(4, SqlValues::jsonText(n.attributes)).bind(5, n.type);
    s.bind(6, n.createTime).bind(7, n.updateTime).bind(8, n.alertId).bind(9, n.customer);
}

template<typename Statement>
Note readNote(const Statement &s)
{
    Note n;
    n.id = s.text(0);
    n.text = s.text(1);
    n.user = s.text(2);
    n.attributes = SqlValues::object(s.utf8(3));
    n.type = s.text(4);
    n.createTime = s.integer(5);
    n.updateTime = s.integer(6);
    n.alertId = s.text(7);
    n.customer = s.text(8);
    return n;
}

template<typename Statement>
Heartbeat readHeartbeat(const Statement &s)
{
    Heartbeat h;
    h.id = s.text(0);
    h.origin = s.text(1);
    h.tags = SqlValues::stringList(s.utf8(2));
    h.type = s.text(3);
    h.createTime = s.integer(4);
    h.timeout = s.integer(5);
    h.receiveTime = s.integer(6);
    h.customer = s.text(7);
    h.attributes = SqlValues::object(s.utf8(8));
    return h;
}

} // namespace AlertRow
