// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "core/sqlfragment.h"

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

class SeverityMap;

// The vocabulary of the query engine lives here with the `q` parser because all of it compiles request text into
// SqlFragments over one table: FieldSpec (one queryable field), FieldTable (a resource's fields and how filters,
// sorts and group-bys compile on them) and SqlDialect (the few spellings SQLite and PostgreSQL disagree on).

/// How a field is stored, which decides how every operator compiles on it.
enum class FieldKind {
    Text,      ///< plain text column
    JsonArray, ///< array of strings; operators apply to its elements (membership, overlap)
    Time,      ///< ms since the epoch; values are parsed as dates
    Integer,
    Boolean,    ///< values true,t,1,yes,y,on are true, anything else false
    JsonObject, ///< string-keyed object; `<name>.<key>` addresses one value
};

/// One queryable field of a resource (alerts, heartbeats, blackouts, keys...).
struct FieldSpec
{
    enum class Use {
        Filter = 0x1, ///< usable as a query parameter (`status=open`)
        Sort = 0x2,   ///< usable in `sort-by`
        Search = 0x4, ///< usable as a field of `q`
        Group = 0x8,  ///< usable in `group-by`
    };
    Q_DECLARE_FLAGS(Uses, Use)

    /// What `sort-by` orders on.
    enum class SortKey {
        Value,         ///< the stored value; time fields newest first, others ascending
        SeverityLevel, ///< the severity's level in the severity map (most severe first), unknown ones last
        StatusLetter,  ///< the status letter of the alarm model (open first), unknown ones last
    };

    QString name;   ///< API name (camelCase): filter parameter and sort-by value, e.g. `lastReceiveTime`
    QString column; ///< storage column (snake_case), also the field name in `q`, e.g. `last_receive_time`
    FieldKind kind = FieldKind::Text;
    Uses uses;
    SortKey sortKey = SortKey::Value;
};
Q_DECLARE_OPERATORS_FOR_FLAGS(FieldSpec::Uses)

/// SQL spellings that differ between database engines: regex and case-insensitive matching, JSON arrays and
/// objects, and how times and booleans are bound. Everything else the query engine writes is standard SQL, so a
/// PostgreSQL backend only adds a second implementation of this interface.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    /// The embedded store: JSON text columns, integer ms times, REGEXP backed by QRegularExpression.
    static const SqlDialect &sqlite();

    /// `"name"`, quoted so that reserved words such as `group` work as columns.
    QString identifier(const QString &name) const;
    /// `'text'` as an SQL literal, for ORDER BY terms that cannot carry bind values.
    QString literal(const QString &text) const;

    /// `expr` contains `needle`, ignoring case.
    virtual SqlFragment containsIgnoringCase(const SqlFragment &expr, const QString &needle) const = 0;
    /// `expr` matches the regular expression (Perl syntax), ignoring case. Not anchored.
    virtual SqlFragment matchesRegex(const SqlFragment &expr, const QString &pattern) const = 0;
    /// Some element of the JSON array column satisfies `predicate`, which receives the element expression.
    virtual SqlFragment anyElement(const QString &arrayColumn,
        const std::function<SqlFragment(const SqlFragment &element)> &predicate) const = 0;
    /// The value under `key` of the JSON object column (NULL when absent), as an expression.
    virtual SqlFragment objectValue(const QString &objectColumn, const QString &key) const = 0;
    /// objectValue() with the key inlined as a literal, for ORDER BY.
    virtual QString objectValueLiteral(const QString &objectColumn, const QString &key) const = 0;
    /// The JSON object column has `key` (even with a null value).
    virtual SqlFragment hasKey(const QString &objectColumn, const QString &key) const = 0;
    /// The bind value of a time.
    virtual QVariant timeValue(Timestamp time) const = 0;
    /// The bind value of a boolean.
    virtual QVariant boolValue(bool value) const = 0;
};

/// The fields of one resource and the compilation of the common query parameters on them (spec §4.1): field
/// filters with `=`, IN, `~`, regex alternation and `!` negation, `sort-by` terms and `group-by` columns.
/// Alerts use AlertQuery::fields(); heartbeats, blackouts and keys build their own table and reuse this.
///
/// A negated filter also matches rows where the field is NULL ("not equal to v" holds for a missing value).
class FieldTable
{
public:
    explicit FieldTable(QList<FieldSpec> fields);

    const QList<FieldSpec> &fields() const { return m_fields; }
    /// The field with this API name that allows `use`, or null.
    const FieldSpec *byName(const QString &name, FieldSpec::Use use) const;
    /// A field named in `q`: its storage column name, or its API name as an alias. Null when unknown.
    const FieldSpec *forSearch(const QString &name) const;
    /// The JSON object field addressed by `<name>.<key>` (alerts: `attributes`), or null.
    const FieldSpec *objectField(const QString &name) const;

    /// The filter of one query parameter with all its values; `parameter` may end in `!` (negation) or be
    /// `<object>.<key>` (first value only, string equality). 400 `Invalid filter parameter: <parameter>` when the
    /// field is unknown, 400 for values the field kind cannot hold and for invalid regular expressions.
    Result<SqlFragment> filter(const QString &parameter, const QStringList &values, const SqlDialect &dialect) const;

    /// One ORDER BY term (without ORDER BY) for a `sort-by` value: `<field>`, `-<field>` (inverted) or
    /// `<object>.<key>`. Missing values sort last in both directions. `severities` orders SortKey::SeverityLevel
    /// fields. 400 `Sorting by '<field>' field not supported.` otherwise.
    Result<QString> sortTerm(const QString &sortBy, const SqlDialect &dialect, const SeverityMap &severities) const;

    /// The SQL column for a `group-by` value (API or storage name); 400 `Grouping by '<field>' field not supported.`
    Result<QString> groupColumn(const QString &groupBy, const SqlDialect &dialect) const;

private:
    QList<FieldSpec> m_fields;
};

/// The Lucene-like `q` search syntax (spec §4.1 "q syntax") compiled to a WHERE fragment.
///
/// Field names are storage column names (`last_receive_time`) or API names (`lastReceiveTime`). `field:word` is a
/// case-insensitive substring match on text, exact membership on arrays and equality on numbers, times and
/// booleans; phrases, wildcards and `/regex/` are case-insensitive regexes; ranges compare as strings on text and
/// numerically on integers and times (times accept the wire format and plain ISO 8601 such as `2024-05-01`);
/// `_.key:` / `<object>.key:` match one value of the JSON object field and `_exists_:key` tests for the key.
/// `+`/`-` mark a clause required/prohibited among its OR-ed neighbours as in Lucene (`a -b` = a AND NOT b);
/// NOT treats a NULL field as not matching, so `NOT group:x` includes alerts without a group.
class QueryString
{
public:
    /// Compiles `query`; bare words search `defaultField` (API or storage name). A blank query selects everything
    /// (empty fragment). Any failure is 400 `Failed to parse query string.` with the reason in `errors`.
    static Result<SqlFragment> parse(const QString &query,
        const FieldTable &fields,
        const QString &defaultField,
        const SqlDialect &dialect = SqlDialect::sqlite());
};
