// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>

#include <QString>
#include <QVariant>

#include "core/clock.h"
#include "core/sqlfragment.h"

/// SQL spellings that differ between database engines: regex and case-insensitive matching, JSON arrays and
/// objects, and how times and booleans are bound. Everything else the query engine writes is standard SQL, so a
/// PostgreSQL backend only adds a second implementation of this interface.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    /// The embedded store: JSON text columns, integer ms times, REGEXP backed by QRegularExpression.
    static const SqlDialect &sqlite();
    /// PostgreSQL: the same JSON text columns (cast to jsonb where they are looked into), bigint ms times, `~*`.
    static const SqlDialect &postgres();

    /// `"name"`, quoted so that reserved words such as `group` work as columns.
    QString identifier(const QString &name) const;
    /// `'text'` as an SQL literal, for ORDER BY terms that cannot carry bind values.
    QString literal(const QString &text) const;

    /// `expr` contains `needle`, ignoring case.
    virtual SqlFragment containsIgnoringCase(const SqlFragment &expr, const QString &needle) const = 0;
    /// `expr` matches the regular expression, ignoring case. Not anchored. A client's pattern goes to the database
    /// as written, as upstream hands it to PostgreSQL; patterns the server builds use regexLiteral() and
    /// wordBoundary(), whose spelling differs.
    virtual SqlFragment matchesRegex(const SqlFragment &expr, const QString &pattern) const = 0;
    /// `text` as a regular expression that matches it literally.
    virtual QString regexLiteral(const QString &text) const = 0;
    /// A word boundary in a regular expression (`\b` in Perl's syntax; `\b` is a backspace in PostgreSQL's).
    virtual QString wordBoundary() const = 0;
    /// Some element of the JSON array column satisfies `predicate`, which receives the element expression.
    virtual SqlFragment anyElement(const QString &arrayColumn,
                                   const std::function<SqlFragment(const SqlFragment &element)> &predicate) const = 0;
    /// The value under `key` of the JSON object column (NULL when absent), as an expression.
    virtual SqlFragment objectValue(const QString &objectColumn, const QString &key) const = 0;
    /// objectValue() with the key inlined as a literal, for ORDER BY.
    virtual QString objectValueLiteral(const QString &objectColumn, const QString &key) const = 0;
    /// The JSON object column has `key` (even with a null value).
    virtual SqlFragment hasKey(const QString &objectColumn, const QString &key) const = 0;
    /// `FROM`-clause item that yields the elements of the JSON array `arrayExpr` as text in `alias.value`.
    virtual QString arrayElements(const QString &arrayExpr, const QString &alias) const = 0;
    /// `column` with NULL read as '' — spelled as the unique indexes on (..., customer) spell it, so that look-ups
    /// and ON CONFLICT targets use those indexes.
    virtual QString nullAsEmpty(const QString &column) const = 0;
    /// The operator for "equal, with NULL equal to NULL".
    virtual QString isSameAs() const = 0;
    /// The row-order column of tables whose rows have no `rid` of their own in this engine (notes, heartbeats).
    virtual QString insertionOrder() const = 0;
    /// `expr` compared and ordered by code points whatever the database's collation, as prefix ranges need.
    virtual QString bytewise(const QString &expr) const = 0;
    /// The LIMIT bind value that means "no limit".
    virtual QVariant noLimit() const = 0;
    /// The bind value of a time.
    virtual QVariant timeValue(Timestamp time) const = 0;
    /// The bind value of a boolean.
    virtual QVariant boolValue(bool value) const = 0;
};
