// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/paging.h"
#include "core/result.h"
#include "core/sqlfragment.h"

#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

class FieldTable;
class SeverityMap;
class SqlDialect;

/// The query parameters of a resource list other than alerts (heartbeats, blackouts, keys, users, groups, perms,
/// customers; spec §4.1): field filters over the resource's FieldTable, `sort-by`, and the paging request.
/// Parameters a resource handles itself (e.g. the computed `status` of heartbeats) are set aside for it.
class ListQuery
{
public:
    /// Reads `params`. Transport parameters (`_`, `callback`, `token`, `api-key`) and paging are never filters;
    /// names in `ownParameters` are collected for the caller (see values()). 400 `Invalid filter parameter: <name>`
    /// for any other unknown name, and the FieldTable's 400s for bad values and sorts.
    static Result<ListQuery> parse(const QList<QPair<QString, QString>> &params,
                                   const FieldTable &fields,
                                   const SqlDialect &dialect,
                                   const SeverityMap &severities,
                                   int defaultPageSize,
                                   const QSet<QString> &ownParameters = {});

    /// The field filters ANDed together (empty = everything).
    const SqlFragment &where() const { return m_where; }
    /// ORDER BY terms (without ORDER BY) in request order; empty when no `sort-by`.
    const QString &orderBy() const { return m_orderBy; }
    /// The paging request; check it against the total with Paging::withTotal().
    const Paging &paging() const { return m_paging; }
    /// The values of one of the `ownParameters`, in request order.
    QStringList values(const QString &name) const;

private:
    explicit ListQuery(Paging paging);

    SqlFragment m_where;
    QString m_orderBy;
    Paging m_paging;
    QList<QPair<QString, QString>> m_own;
};
