// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QString>
#include <QStringView>
#include <QVariant>

#include "core/sqlfragment.h"

enum class FieldKind;
class SqlDialect;

/// SQL building blocks shared by the query compilers: FieldTable (query parameters), QueryString (`q`) and the
/// SqlDialect implementations. They live in one place so that a filter and the same condition written in `q` bind
/// and negate values identically. Internal to core/: other code builds queries through FieldTable and QueryString.
namespace QuerySql {

/// `text` as a bind value. A null QString binds as SQL NULL; a filter value that happens to be empty must still
/// compare as ''.
QString nonNull(const QString &text);

/// Upstream's boolean parameter values: true, t, 1, yes, y, on (any case).
bool isTruthy(const QString &text);

/// `NOT COALESCE(predicate, FALSE)`: a NOT that treats NULL as false, so that negations also match rows where the
/// field is missing. Plain `NOT (x)` is NULL when x is, and a WHERE drops such rows.
SqlFragment notTrue(const SqlFragment &predicate);

/// `expr op ?` with `value` bound; `op` is an SQL comparison operator such as `=` or `>=`.
SqlFragment compare(const SqlFragment &expr, QStringView op, const QVariant &value);

/// `text` as a field of this kind binds it: integers as qint64, times (wire format or plain ISO 8601, UTC unless an
/// offset is given) and booleans as the dialect binds them, everything else as non-null text. nullopt when the text
/// cannot be one (letters for an integer, a malformed date).
std::optional<QVariant> typedValue(FieldKind kind, const QString &text, const SqlDialect &dialect);

/// `column` starts with `prefix`, ignoring case, as a range over `lower(column)` so that an expression index on it
/// serves the look-up (LIKE would need a scan). For id look-ups by prefix.
SqlFragment startsWithIgnoringCase(const SqlDialect &dialect, const QString &column, const QString &prefix);

} // namespace QuerySql
