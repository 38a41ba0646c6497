// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alert.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

class SqliteStatement;

/// The mapping between an Alert and a row of the SQLite `alerts` table (core/sqliteschema.cpp): the column list,
/// binding and reading. Shared by the store and by the stream's in-memory window of recent alert states, which
/// keeps rows of the same shape so that the `/alerts` filters run on it unchanged.
namespace SqliteAlertRow {

/// `rid` and every alert column, in table order.
extern const QString AlertColumns;
/// The same list with raw data read as NULL, for list queries that do not ask for it.
extern const QString AlertColumnsNoRaw;

/// Binds every column of AlertColumns except rid, starting at parameter `first`.
void bindAlert(SqliteStatement &s, const Alert &a, int first);
/// Reads the columns of AlertColumns (rid first) starting at column `first`; history stays empty.
Alert readAlertAt(const SqliteStatement &s, int first);

/// A nullable integer column.
std::optional<qint64> optionalInteger(const SqliteStatement &s, int column);

} // namespace SqliteAlertRow
