// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/listquery.h"

#include <algorithm>

#include "core/fieldtable.h"

namespace {

// Parameters that never name a field: transport ones, paging and sorting.
bool isTransportOrPaging(const QString &name)
{
    static const QSet<QString> names = {QStringLiteral("_"),
                                        QStringLiteral("callback"),
                                        QStringLiteral("token"),
                                        QStringLiteral("api-key"),
                                        QStringLiteral("sort-by"),
                                        QStringLiteral("page"),
                                        QStringLiteral("page-size"),
                                        QStringLiteral("limit")};
    return names.contains(name);
}

} // namespace

ListQuery::ListQuery(Paging paging)
    : m_paging(std::move(paging))
{}

Result<ListQuery> ListQuery::parse(const QList<QPair<QString, QString>> &params,
                                   const FieldTable &fields,
                                   const SqlDialect &dialect,
                                   const SeverityMap &severities,
                                   int defaultPageSize,
                                   const QSet<QString> &ownParameters)
{
    // Filter parameters in order of first appearance, each with all its values (a repeated name is an IN list).
    QList<QPair<QString, QStringList>> grouped;
    QList<QPair<QString, QString>> own;
    QStringList sortBy;
    for (const auto &[name, value] : params) {
        if (name == QLatin1StringView("sort-by"))
            sortBy.append(value);
        if (ownParameters.contains(name)) {
            own.append({name, value});
            continue;
        }
        if (isTransportOrPaging(name))
            continue;
        // Captured by name: clang before 16 cannot capture a structured binding (the fuzz build uses clang 14).
        auto it =
            std::find_if(grouped.begin(), grouped.end(), [&name = name](const auto &g) { return g.first == name; });
        if (it == grouped.end())
            grouped.append({name, {value}});
        else
            it->second.append(value);
    }

    // Errors in the order upstream meets them: filters, then sorts, then paging.
    SqlFragment where;
    for (const auto &[name, values] : std::as_const(grouped)) {
        const Result<SqlFragment> filter = fields.filter(name, values, dialect);
        if (!filter)
            return filter.error();
        where.andWith(*filter);
    }
    QStringList terms;
    for (const QString &s : std::as_const(sortBy)) {
        const Result<QString> term = fields.sortTerm(s, dialect, severities);
        if (!term)
            return term.error();
        terms.append(*term);
    }
    const Result<Paging> paging = Paging::fromParameters(params, defaultPageSize);
    if (!paging)
        return paging.error();

    ListQuery query(*paging);
    query.m_where = std::move(where);
    query.m_orderBy = terms.join(QStringLiteral(", "));
    query.m_own = std::move(own);
    return query;
}

QStringList ListQuery::values(const QString &name) const
{
    QStringList result;
    for (const auto &[n, v] : m_own)
        if (n == name)
            result.append(v);
    return result;
}
