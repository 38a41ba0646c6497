// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/result.h"
#include "core/sqlfragment.h"

class SeverityMap;
class SqlDialect;

// FieldKind and FieldSpec only describe the columns of a FieldTable, so they share its header: whoever declares
// a resource's fields needs all three.

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

    /// A field sorted by its stored value; the short form every resource's field list is written in.
    static FieldSpec of(const char16_t *name, const char16_t *column, FieldKind kind, Uses uses)
    {
        return FieldSpec{QString::fromUtf16(name), QString::fromUtf16(column), kind, uses, SortKey::Value};
    }

    QString name;   ///< API name (camelCase): filter parameter and sort-by value, e.g. `lastReceiveTime`
    QString column; ///< storage column (snake_case), also the field name in `q`, e.g. `last_receive_time`
    FieldKind kind = FieldKind::Text;
    Uses uses;
    SortKey sortKey = SortKey::Value;
};
Q_DECLARE_OPERATORS_FOR_FLAGS(FieldSpec::Uses)

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
    /// Whether filter() compares a text field with these values as they are (`=`, IN): a value starting with `~`
    /// asks for a case-insensitive substring (one value) or a regex of them all (several) instead.
    static bool comparesExactly(const QStringList &values);

    /// One ORDER BY term (without ORDER BY) for a `sort-by` value: `<field>`, `-<field>` (inverted) or
    /// `<object>.<key>`. Missing values sort last in both directions. `severities` orders SortKey::SeverityLevel
    /// fields. 400 `Sorting by '<field>' field not supported.` otherwise.
    Result<QString> sortTerm(const QString &sortBy, const SqlDialect &dialect, const SeverityMap &severities) const;

    /// The SQL column for a `group-by` value (API or storage name); 400 `Grouping by '<field>' field not supported.`
    Result<QString> groupColumn(const QString &groupBy, const SqlDialect &dialect) const;

private:
    QList<FieldSpec> m_fields;
};
