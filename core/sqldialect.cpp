// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/sqldialect.h"

#include <QRegularExpression>

#include "core/querysql.h"

namespace {

using QuerySql::nonNull;

class SqliteDialect final : public SqlDialect
{
public:
    SqlFragment containsIgnoringCase(const SqlFragment &expr, const QString &needle) const override
    {
        // LIKE folds ASCII case only; a needle with other letters needs the Unicode-aware regex.
        for (QChar c : needle) {
            if (c.unicode() > 0x7f)
                return matchesRegex(expr, QRegularExpression::escape(needle));
        }
        QString escaped = needle;
        escaped.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        return {expr.sql + QStringLiteral(" LIKE ? ESCAPE '\\'"),
                expr.binds + QVariantList{QString(u'%' + escaped + u'%')}};
    }

    SqlFragment matchesRegex(const SqlFragment &expr, const QString &pattern) const override
    {
        // SqliteConnection registers regexp() over QRegularExpression.
        return {expr.sql + QStringLiteral(" REGEXP ?"),
                expr.binds + QVariantList{QString(QStringLiteral("(?i)") + pattern)}};
    }

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

    QVariant timeValue(Timestamp time) const override { return QVariant(static_cast<qint64>(time)); }
    QVariant boolValue(bool value) const override { return QVariant(static_cast<qint64>(value ? 1 : 0)); }
};

} // namespace

const SqlDialect &SqlDialect::sqlite()
{
    static const SqliteDialect dialect{};
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
