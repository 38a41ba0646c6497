// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/sqldialect.h"

#include <QRegularExpression>

#include "core/querysql.h"

namespace {

using QuerySql::nonNull;

// The LIKE pattern for "contains `needle`", with `\` escaping LIKE's own wildcards.
QString likeContaining(const QString &needle)
{
    QString escaped = needle;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

class SqliteDialect final : public SqlDialect
{
public:
    SqlFragment containsIgnoringCase(const SqlFragment &expr, const QString &needle) const override
    {
        // LIKE folds ASCII case only; a needle with other letters needs the Unicode-aware regex.
        for (QChar c : needle) {
            if (c.unicode() > 0x7f)
                return matchesRegex(expr, regexLiteral(needle));
        }
        return {expr.sql + QStringLiteral(" LIKE ? ESCAPE '\\'"), expr.binds + QVariantList{likeContaining(needle)}};
    }

    SqlFragment matchesRegex(const SqlFragment &expr, const QString &pattern) const override
    {
        // SqliteConnection registers regexp() over QRegularExpression.
        return {expr.sql + QStringLiteral(" REGEXP ?"),
                expr.binds + QVariantList{QString(QStringLiteral("(?i)") + pattern)}};
    }
    QString regexLiteral(const QString &text) const override { return QRegularExpression::escape(text); }
    QString wordBoundary() const override { return QStringLiteral("\\b"); }

    SqlFragment anyElement(const QString &arrayColumn,
                           const std::function<SqlFragment(const SqlFragment &element)> &predicate) const override
    {
        const SqlFragment inner = predicate({QStringLiteral("je.value"), {}});
        return {QStringLiteral("EXISTS (SELECT 1 FROM json_each(") + identifier(arrayColumn)
                    + QStringLiteral(") AS je WHERE ") + inner.sql + u')',
                inner.binds};
    }

    // json_each rather than json_extract: a JSON path cannot spell a key that contains a double quote.
    SqlFragment objectValue(const QString &objectColumn, const QString &key) const override
    {
        return {QStringLiteral("(SELECT jo.value FROM json_each(") + identifier(objectColumn)
                    + QStringLiteral(") AS jo WHERE jo.key = ?)"),
                {nonNull(key)}};
    }

    QString objectValueLiteral(const QString &objectColumn, const QString &key) const override
    {
        return QStringLiteral("(SELECT jo.value FROM json_each(") + identifier(objectColumn)
            + QStringLiteral(") AS jo WHERE jo.key = ") + literal(key) + u')';
    }

    SqlFragment hasKey(const QString &objectColumn, const QString &key) const override
    {
        return {QStringLiteral("EXISTS (SELECT 1 FROM json_each(") + identifier(objectColumn)
                    + QStringLiteral(") AS jo WHERE jo.key = ?)"),
                {nonNull(key)}};
    }

    QString arrayElements(const QString &arrayExpr, const QString &alias) const override
    {
        return QStringLiteral("json_each(") + arrayExpr + QStringLiteral(") AS ") + alias;
    }
    QString nullAsEmpty(const QString &column) const override { return u"IFNULL(" + column + u", '')"; }
    QString isSameAs() const override { return QStringLiteral("IS"); }
    QString insertionOrder() const override { return QStringLiteral("rowid"); }
    QString bytewise(const QString &expr) const override { return expr; }
    QVariant noLimit() const override { return QVariant(qint64(-1)); }
    QVariant timeValue(Timestamp time) const override { return QVariant(static_cast<qint64>(time)); }
    QVariant boolValue(bool value) const override { return QVariant(static_cast<qint64>(value ? 1 : 0)); }
};

/// JSON lists and objects are text columns as in SQLite, so that rows read the same in both stores; the
/// filters cast them to jsonb to look inside.
class PostgresDialect final : public SqlDialect
{
public:
    SqlFragment containsIgnoringCase(const SqlFragment &expr, const QString &needle) const override
    {
        // ILIKE folds case by the database's locale, Unicode included.
        return {expr.sql + QStringLiteral(" ILIKE ? ESCAPE '\\'"), expr.binds + QVariantList{likeContaining(needle)}};
    }

    SqlFragment matchesRegex(const SqlFragment &expr, const QString &pattern) const override
    {
        return {expr.sql + QStringLiteral(" ~* ?"), expr.binds + QVariantList{pattern}};
    }
    QString regexLiteral(const QString &text) const override
    {
        // Only the metacharacters: in PostgreSQL's syntax a backslash before a letter (é included, by the locale)
        // starts an escape, where QRegularExpression::escape() puts one before every character but [A-Za-z0-9_].
        QString literal;
        literal.reserve(text.size());
        for (const QChar c : text) {
            if (QStringView(u"\\^$.|?*+()[]{}").contains(c))
                literal.append(u'\\');
            literal.append(c);
        }
        return literal;
    }
    QString wordBoundary() const override { return QStringLiteral("\\y"); }

    SqlFragment anyElement(const QString &arrayColumn,
                           const std::function<SqlFragment(const SqlFragment &element)> &predicate) const override
    {
        const SqlFragment inner = predicate({QStringLiteral("je.value"), {}});
        return {QStringLiteral("EXISTS (SELECT 1 FROM ") + arrayElements(identifier(arrayColumn), QStringLiteral("je"))
                    + QStringLiteral(" WHERE ") + inner.sql + u')',
                inner.binds};
    }

    SqlFragment objectValue(const QString &objectColumn, const QString &key) const override
    {
        return {u'(' + identifier(objectColumn) + QStringLiteral("::jsonb ->> CAST(? AS text))"), {nonNull(key)}};
    }

    QString objectValueLiteral(const QString &objectColumn, const QString &key) const override
    {
        return u'(' + identifier(objectColumn) + QStringLiteral("::jsonb ->> ") + literal(key) + u')';
    }

    SqlFragment hasKey(const QString &objectColumn, const QString &key) const override
    {
        // jsonb_exists() is the `?` operator, which would read as a bind parameter.
        return {QStringLiteral("jsonb_exists(") + identifier(objectColumn)
                    + QStringLiteral("::jsonb, CAST(? AS text))"),
                {nonNull(key)}};
    }

    QString arrayElements(const QString &arrayExpr, const QString &alias) const override
    {
        return QStringLiteral("jsonb_array_elements_text((") + arrayExpr + QStringLiteral(")::jsonb) AS ") + alias
            + QStringLiteral("(value)");
    }
    QString nullAsEmpty(const QString &column) const override { return u"COALESCE(" + column + u", '')"; }
    QString isSameAs() const override { return QStringLiteral("IS NOT DISTINCT FROM"); }
    QString insertionOrder() const override { return QStringLiteral("rid"); }
    QString bytewise(const QString &expr) const override { return expr + QStringLiteral(" COLLATE \"C\""); }
    QVariant noLimit() const override { return QVariant(QMetaType::fromType<qint64>()); }
    QVariant timeValue(Timestamp time) const override { return QVariant(static_cast<qint64>(time)); }
    QVariant boolValue(bool value) const override { return QVariant(static_cast<qint64>(value ? 1 : 0)); }
};

} // namespace

const SqlDialect &SqlDialect::sqlite()
{
    static const SqliteDialect dialect{};
    return dialect;
}

const SqlDialect &SqlDialect::postgres()
{
    static const PostgresDialect dialect{};
    return dialect;
}

QString SqlDialect::identifier(const QString &name) const
{
    QString escaped = name;
    return u'"' + escaped.replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString SqlDialect::literal(const QString &text) const
{
    QString escaped = text;
    return u'\'' + escaped.replace(u'\'', QStringLiteral("''")) + u'\'';
}
