// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/sqlfragment.h"

namespace {
SqlFragment &combine(SqlFragment &self, const SqlFragment &other, QLatin1StringView op)
{
    if (other.isEmpty())
        return self;
    if (self.isEmpty()) {
        self = other;
        return self;
    }
    self.sql = u'(' + self.sql + u") " + op + u" (" + other.sql + u')';
    self.binds += other.binds;
    return self;
}
} // namespace

SqlFragment &SqlFragment::andWith(const SqlFragment &other)
{
    return combine(*this, other, QLatin1StringView("AND"));
}

SqlFragment &SqlFragment::orWith(const SqlFragment &other)
{
    return combine(*this, other, QLatin1StringView("OR"));
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
