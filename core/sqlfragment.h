// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QVariantList>

/// A piece of SQL with positional `?` parameters and their values, composable with AND/OR.
/// The query engine builds filters as fragments so that values never get spliced into SQL text.
struct SqlFragment
{
    /// The operator `sql` is a flat chain of at its top level, if any.
    enum class Chain { None, And, Or };

    QString sql;
    QVariantList binds;
    /// Set by andWith()/orWith(): a chain grows flat, `(a) OR (b) OR (c)`, instead of nesting one level of
    /// parentheses per operand, which SQLite's parser refuses past about 85 levels ("parser stack overflow": an
    /// `id=` list of a hundred alerts).
    Chain chain = Chain::None;

    bool isEmpty() const { return sql.isEmpty(); }

    /// `(this) AND (other)`, or `... AND (other)` when this is an AND chain already; an empty side is dropped.
    SqlFragment &andWith(const SqlFragment &other);
    /// `(this) OR (other)`, or `... OR (other)` when this is an OR chain already; an empty side is dropped.
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
