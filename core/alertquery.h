// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "core/sqldialect.h"
#include "core/sqlfragment.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

class FieldTable;
class SeverityMap;

/// The alerts that a store's running totals can count (AlertReader::countFromTotals()): received up to `upTo`, in one
/// of `environments` and with one of `statuses` (any when a list is empty).
struct TotalsFilter
{
    Timestamp upTo = 0;
    QStringList environments;
    QStringList statuses;
};

/// The order of a query whose first `sort-by` is the severity (the web UI's default: severity, then lastReceiveTime).
struct SeverityFirstOrder
{
    bool ascending = true; ///< most severe first (`severity`), or least (`-severity`)
    QString thenBy;        ///< the SQL of the other `sort-by` terms; empty when there are none
};

/// What an alert query needs besides the request parameters.
struct QueryContext
{
    Timestamp now = 0;                             ///< the default `to-date`: alerts received later are hidden
    const SeverityMap *severities = nullptr;       ///< orders `sort-by=severity`; null = the ALERTA default map
    int defaultPageSize = 50;                      ///< DEFAULT_PAGE_SIZE
    QString defaultField = QStringLiteral("text"); ///< `q` field for bare words when `q.df` is absent
    const SqlDialect *dialect = &SqlDialect::sqlite();
};

/// The query parameters of the alert list endpoints (`/alerts`, `/alerts/count`, `/alerts/history`, top-N,
/// environments, services, groups, tags and the bulk endpoints), compiled to SQL over the `alerts` table
/// (spec §4.1). Does not apply the caller's customer restriction: the engine ANDs that itself.
struct AlertQuery
{
    SqlFragment where; ///< every filter, including `q`, `id`, `from-date` and the `to-date` bound
    QString orderBy;   ///< SQL without the ORDER BY keyword; empty when no `sort-by` was given
    int page = 1;      ///< as requested; range-checked later by Paging::withTotal()
    int pageSize = 50;
    bool showHistory = false;
    bool showRawData = false;
    QString groupBy; ///< SQL column of the `group-by` field (default `event`), for top-N
    /// Set when the only conditions are the `to-date` bound and exact `environment` and `status` values (no other
    /// field filter, no `~`, `q`, `id` or `from-date`), as in the web UI's tabs: counts of such queries can come
    /// from the store's running totals.
    std::optional<TotalsFilter> totals;
    /// Set when the first `sort-by` is the severity (SeverityPage narrows such pages to the severities they show).
    std::optional<SeverityFirstOrder> severityFirst;

    /// Compiles the parameters in request order (names may repeat). 400 for an unknown parameter
    /// (`Invalid filter parameter: <name>`, including `reverse`), an unsortable field
    /// (`Sorting by '<field>' field not supported.`), a `q` that does not parse (`Failed to parse query string.`),
    /// malformed values of typed fields, invalid regexes, a bad `group-by` and non-integer paging parameters.
    /// Invalid `from-date` / `to-date` values are ignored as upstream does (to-date then stays "now").
    static Result<AlertQuery> fromParameters(const QList<QPair<QString, QString>> &params, const QueryContext &ctx);

    /// Alerts whose id or lastReceiveId starts with `idOrPrefix`, ignoring case (spec §0 "IDs").
    static SqlFragment idMatch(const QString &idOrPrefix, const SqlDialect &dialect = SqlDialect::sqlite());

    /// The alert fields: API names, storage columns, kinds and what each may be used for.
    static const FieldTable &fields();
};
