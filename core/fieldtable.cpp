// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/fieldtable.h"

#include <algorithm>
#include <optional>

#include <QList>
#include <QPair>
#include <QRegularExpression>

#include "core/querysql.h"
#include "core/severitymap.h"
#include "core/sqldialect.h"
#include "core/timestamp.h"

namespace {

using QuerySql::compare;
using QuerySql::nonNull;
using QuerySql::notTrue;
using QuerySql::typedValue;

QString badValueMessage(const FieldSpec &field, const QString &value)
{
    if (field.kind == FieldKind::Time)
        return IsoTime::formatError();
    return QStringLiteral("Invalid %1 value: '%2' is not an integer").arg(field.name, value);
}

// Status letters of the ALERTA alarm model (spec §2.3): `sort-by=status` puts open first.
const QList<QPair<QString, QString>> &statusLetters()
{
    static const QList<QPair<QString, QString>> letters = {{QStringLiteral("open"), QStringLiteral("A")},
                                                           {QStringLiteral("assign"), QStringLiteral("B")},
                                                           {QStringLiteral("ack"), QStringLiteral("C")},
                                                           {QStringLiteral("shelved"), QStringLiteral("D")},
                                                           {QStringLiteral("blackout"), QStringLiteral("E")},
                                                           {QStringLiteral("closed"), QStringLiteral("F")},
                                                           {QStringLiteral("expired"), QStringLiteral("G")},
                                                           {QStringLiteral("unknown"), QStringLiteral("H")}};
    return letters;
}

// How one filter parameter compares, decided from its values before any SQL is written.
struct ValueMatch
{
    enum class Op { Equal, In, Contains, Regex };
    Op op = Op::Equal;
    QVariantList values; ///< Equal, In
    QString text;        ///< Contains: the needle; Regex: the pattern
};

SqlFragment applyMatch(const SqlFragment &expr, const ValueMatch &match, const SqlDialect &dialect)
{
    switch (match.op) {
    case ValueMatch::Op::Equal:
        return compare(expr, u"=", match.values.first());
    case ValueMatch::Op::In:
        return SqlFragment::in(expr, match.values);
    case ValueMatch::Op::Contains:
        return dialect.containsIgnoringCase(expr, match.text);
    case ValueMatch::Op::Regex:
        break;
    }
    return dialect.matchesRegex(expr, match.text);
}

QString withoutLeadingTildes(const QString &value)
{
    qsizetype i = 0;
    while (i < value.size() && value.at(i) == u'~')
        ++i;
    return value.mid(i);
}

// Upstream's rules: one value is `=` or, with a leading `~`, a case-insensitive substring; several values are IN
// or, when any has a `~`, one case-insensitive regex `a|b` of all of them.
Result<ValueMatch> planMatch(const FieldSpec &field, const QStringList &values, const SqlDialect &dialect)
{
    const bool textual = field.kind == FieldKind::Text || field.kind == FieldKind::JsonArray;
    const bool anyTilde = textual && !FieldTable::comparesExactly(values);
    if (anyTilde && values.size() == 1)
        return ValueMatch{ValueMatch::Op::Contains, {}, values.first().mid(1)};
    if (anyTilde) {
        QStringList alternatives;
        for (const QString &v : values)
            alternatives.append(withoutLeadingTildes(v));
        const QString pattern = alternatives.join(u'|');
        const QRegularExpression check(pattern);
        if (!check.isValid())
            return ApiError::badRequest(QStringLiteral("Invalid regular expression for %1: %2 (%3)")
                                            .arg(field.name, pattern, check.errorString()));
        return ValueMatch{ValueMatch::Op::Regex, {}, pattern};
    }
    QVariantList typed;
    for (const QString &v : values) {
        const std::optional<QVariant> value = typedValue(field.kind, v, dialect);
        if (!value)
            return ApiError::badRequest(badValueMessage(field, v));
        typed.append(*value);
    }
    return ValueMatch{typed.size() == 1 ? ValueMatch::Op::Equal : ValueMatch::Op::In, typed, {}};
}

} // namespace

FieldTable::FieldTable(QList<FieldSpec> fields)
    : m_fields(std::move(fields))
{}

const FieldSpec *FieldTable::byName(const QString &name, FieldSpec::Use use) const
{
    for (const FieldSpec &f : m_fields) {
        if (f.name == name && f.uses.testFlag(use))
            return &f;
    }
    return nullptr;
}

const FieldSpec *FieldTable::forSearch(const QString &name) const
{
    for (const FieldSpec &f : m_fields) {
        if (f.column == name && f.uses.testFlag(FieldSpec::Use::Search))
            return &f;
    }
    return byName(name, FieldSpec::Use::Search);
}

const FieldSpec *FieldTable::objectField(const QString &name) const
{
    for (const FieldSpec &f : m_fields) {
        if (f.kind == FieldKind::JsonObject && (f.name == name || f.column == name))
            return &f;
    }
    return nullptr;
}

Result<SqlFragment> FieldTable::filter(const QString &parameter,
                                       const QStringList &values,
                                       const SqlDialect &dialect) const
{
    const bool negate = parameter.endsWith(u'!');
    const QString name = negate ? parameter.chopped(1) : parameter;
    const ApiError invalid = ApiError::badRequest(QStringLiteral("Invalid filter parameter: ") + parameter);
    if (values.isEmpty())
        return SqlFragment{};

    SqlFragment predicate;
    const qsizetype dot = name.indexOf(u'.');
    if (dot > 0) {
        // attributes.<key>: string equality on the first value, as upstream's JSON containment.
        const FieldSpec *object = objectField(name.left(dot));
        if (!object || !object->uses.testFlag(FieldSpec::Use::Filter))
            return invalid;
        predicate = compare(dialect.objectValue(object->column, name.mid(dot + 1)), u"=", nonNull(values.first()));
    } else {
        const FieldSpec *field = byName(name, FieldSpec::Use::Filter);
        if (!field || field->kind == FieldKind::JsonObject)
            return invalid;
        const Result<ValueMatch> match = planMatch(*field, values, dialect);
        if (!match)
            return match.error();
        const auto apply = [&](const SqlFragment &e) { return applyMatch(e, *match, dialect); };
        predicate = field->kind == FieldKind::JsonArray ? dialect.anyElement(field->column, apply)
                                                        : apply({dialect.identifier(field->column), {}});
    }
    return negate ? notTrue(predicate) : predicate;
}

bool FieldTable::comparesExactly(const QStringList &values)
{
    return std::none_of(values.begin(), values.end(), [](const QString &v) { return v.startsWith(u'~'); });
}

Result<QString> FieldTable::sortTerm(const QString &sortBy,
                                     const SqlDialect &dialect,
                                     const SeverityMap &severities) const
{
    const bool invert = sortBy.startsWith(u'-');
    const QString name = invert ? sortBy.mid(1) : sortBy;
    const ApiError unsupported = ApiError::badRequest(QStringLiteral("Sorting by '%1' field not supported.").arg(name));

    QString expr;
    bool ascending = true;
    const qsizetype dot = name.indexOf(u'.');
    if (dot > 0) {
        const FieldSpec *object = objectField(name.left(dot));
        if (!object || !object->uses.testFlag(FieldSpec::Use::Sort))
            return unsupported;
        expr = dialect.objectValueLiteral(object->column, name.mid(dot + 1));
    } else {
        const FieldSpec *field = byName(name, FieldSpec::Use::Sort);
        if (!field)
            return unsupported;
        const QString column = dialect.identifier(field->column);
        switch (field->sortKey) {
        case FieldSpec::SortKey::Value:
            expr = column;
            break;
        case FieldSpec::SortKey::SeverityLevel:
            // Unlike upstream's join, a severity outside the map gives NULL here and sorts last instead of
            // dropping the alert from the result.
            expr = QStringLiteral("CASE ") + column;
            for (const auto &[severity, level] : severities.levels())
                expr += QStringLiteral(" WHEN %1 THEN %2").arg(dialect.literal(severity)).arg(level);
            expr += QStringLiteral(" END");
            break;
        case FieldSpec::SortKey::StatusLetter:
            expr = QStringLiteral("CASE ") + column;
            for (const auto &[status, letter] : statusLetters())
                expr += QStringLiteral(" WHEN %1 THEN %2").arg(dialect.literal(status), dialect.literal(letter));
            expr += QStringLiteral(" END");
            break;
        }
        ascending = field->kind != FieldKind::Time; // times: newest first
    }
    if (invert)
        ascending = !ascending;
    return QString(expr + (ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC"))
                   + QStringLiteral(" NULLS LAST"));
}

Result<QString> FieldTable::groupColumn(const QString &groupBy, const SqlDialect &dialect) const
{
    for (const FieldSpec &f : m_fields) {
        if ((f.name == groupBy || f.column == groupBy) && f.uses.testFlag(FieldSpec::Use::Group))
            return dialect.identifier(f.column);
    }
    return ApiError::badRequest(QStringLiteral("Grouping by '%1' field not supported.").arg(groupBy));
}
