// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/sqlfragment.h"

namespace {
SqlFragment &combine(SqlFragment &self, const SqlFragment &other, SqlFragment::Chain chain)
{
    if (other.isEmpty())
        return self;
    if (self.isEmpty()) {
        self = other;
        return self;
    }
    const QLatin1StringView op(chain == SqlFragment::Chain::And ? "AND" : "OR");
    // AND and OR are associative: a chain of the same operator takes the next operand without a new level.
    if (self.chain == chain)
        self.sql += u' ' + op + u" (" + other.sql + u')';
    else
        self.sql = u'(' + self.sql + u") " + op + u" (" + other.sql + u')';
    self.binds += other.binds;
    self.chain = chain;
    return self;
}
} // namespace

SqlFragment &SqlFragment::andWith(const SqlFragment &other)
{
    return combine(*this, other, Chain::And);
}

SqlFragment &SqlFragment::orWith(const SqlFragment &other)
{
    return combine(*this, other, Chain::Or);
}

SqlFragment SqlFragment::negated() const
{
    if (isEmpty())
        return {QStringLiteral("0"), {}};
    return {QStringLiteral("NOT (") + sql + u')', binds};
}

SqlFragment SqlFragment::in(const SqlFragment &expr, const QVariantList &values)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), values.size());
    return {expr.sql + QStringLiteral(" IN (") + marks.join(QStringLiteral(", ")) + u')', expr.binds + values};
}

SqlFragment SqlFragment::in(const QString &column, const QStringList &values)
{
    QVariantList binds;
    binds.reserve(values.size());
    for (const QString &value : values)
        binds.append(value);
    return in(SqlFragment{column, {}}, binds);
}
