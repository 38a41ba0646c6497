// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QVariantList>

/// A piece of SQL with positional `?` parameters and their values, composable with AND/OR.
/// The query engine builds filters as fragments so that values never get spliced into SQL text.
struct SqlFragment
{
    QString sql;
    QVariantList binds;

    bool isEmpty() const { return sql.isEmpty(); }

    /// `(this) AND (other)`; an empty side is dropped.
    SqlFragment &andWith(const SqlFragment &other);
    /// `(this) OR (other)`; an empty side is dropped.
    SqlFragment &orWith(const SqlFragment &other);
    /// `NOT (this)`.
    SqlFragment negated() const;
    /// `expr IN (?, ?, ...)` over `values`.
    static SqlFragment in(const SqlFragment &expr, const QVariantList &values);
    /// The same with text values.
    static SqlFragment in(const QString &column, const QStringList &values);

    /// The SQL text or TRUE when empty, ready for a WHERE clause.
    QString whereSql() const { return isEmpty() ? QStringLiteral("TRUE") : sql; }
};
