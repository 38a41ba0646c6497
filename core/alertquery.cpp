// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/alertquery.h"

#include "core/fieldtable.h"
#include "core/paging.h"
#include "core/querysql.h"
#include "core/querystring.h"
#include "core/severitymap.h"
#include "core/timestamp.h"

#include <QSet>

#include <optional>

namespace {
using Params = QList<QPair<QString, QString>>;

// Never field filters (spec §4.1). Matched like upstream on the name without `!` and before the first `.`, so
// `id!=x` and `q.df` are not mistaken for filters.
bool isSpecialParameter(const QString &name)
{
    static const QSet<QString> special = {QStringLiteral("_"),
                                          QStringLiteral("callback"),
                                          QStringLiteral("token"),
                                          QStringLiteral("api-key"),
                                          QStringLiteral("q"),
                                          QStringLiteral("id"),
                                          QStringLiteral("from-date"),
                                          QStringLiteral("to-date"),
                                          QStringLiteral("sort-by"),
                                          QStringLiteral("group-by"),
                                          QStringLiteral("page"),
                                          QStringLiteral("page-size"),
                                          QStringLiteral("limit"),
                                          QStringLiteral("show-raw-data"),
                                          QStringLiteral("show-history")};
    QString base = name;
    base.remove(u'!');
    return special.contains(base.section(u'.', 0, 0));
}

QStringList valuesOf(const Params &params, QStringView name)
{
    QStringList values;
    for (const auto &[key, value] : params) {
        if (key == name)
            values.append(value);
    }
    return values;
}

std::optional<QString> firstValue(const Params &params, QStringView name)
{
    for (const auto &[key, value] : params) {
        if (key == name)
            return value;
    }
    return std::nullopt;
}

// Parameter names in order of first appearance, each with all its values.
QList<QPair<QString, QStringList>> groupedByName(const Params &params)
{
    QList<QPair<QString, QStringList>> grouped;
    for (const auto &[key, value] : params) {
        // Captured by name: clang before 16 cannot capture a structured binding (the fuzz build uses clang 14).
        auto it = std::find_if(grouped.begin(), grouped.end(), [&key = key](const auto &g) { return g.first == key; });
        if (it == grouped.end())
            grouped.append({key, {value}});
        else
            it->second.append(value);
    }
    return grouped;
}

// One value: its prefix on id or lastReceiveId; several: any of them.
SqlFragment idFilter(const SqlDialect &dialect, const QStringList &ids)
{
    SqlFragment any;
    for (const QString &id : ids)
        any.orWith(AlertQuery::idMatch(id, dialect));
    return any;
}

SqlFragment timeBound(const SqlDialect &dialect, QStringView op, Timestamp time)
{
    return {dialect.identifier(QStringLiteral("last_receive_time")) + u' ' + op + QStringLiteral(" ?"),
            {dialect.timeValue(time)}};
}

// Spec §4.1's field list with upstream's sort directions and the storage columns of core/sqliteschema.cpp.
QList<FieldSpec> alertFields()
{
    using Use = FieldSpec::Use;
    using Kind = FieldKind;
    const FieldSpec::Uses all = Use::Filter | Use::Sort | Use::Search | Use::Group;
    const FieldSpec::Uses notGrouped = Use::Filter | Use::Sort | Use::Search;
    const auto field = &FieldSpec::of;
    FieldSpec severity = field(u"severity", u"severity", Kind::Text, all);
    severity.sortKey = FieldSpec::SortKey::SeverityLevel;
    FieldSpec status = field(u"status", u"status", Kind::Text, all);
    status.sortKey = FieldSpec::SortKey::StatusLetter;

    // `id` is searchable in q only: as a parameter it is the prefix look-up. `tag` filters the tags column and
    // `tags` sorts on it, as upstream's two entries do.
    return {
        field(u"id", u"id", Kind::Text, Use::Search),
        field(u"resource", u"resource", Kind::Text, all),
        field(u"event", u"event", Kind::Text, all),
        field(u"environment", u"environment", Kind::Text, all),
        severity,
        field(u"correlate", u"correlate", Kind::JsonArray, notGrouped),
        status,
        field(u"service", u"service", Kind::JsonArray, notGrouped),
        field(u"group", u"group", Kind::Text, all),
        field(u"value", u"value", Kind::Text, all),
        field(u"text", u"text", Kind::Text, all),
        field(u"tag", u"tags", Kind::JsonArray, Use::Filter | Use::Search),
        field(u"tags", u"tags", Kind::JsonArray, Use::Sort),
        field(u"attributes", u"attributes", Kind::JsonObject, notGrouped),
        field(u"origin", u"origin", Kind::Text, all),
        field(u"type", u"type", Kind::Text, all),
        field(u"createTime", u"create_time", Kind::Time, notGrouped),
        field(u"timeout", u"timeout", Kind::Integer, notGrouped),
        field(u"rawData", u"raw_data", Kind::Text, notGrouped),
        field(u"customer", u"customer", Kind::Text, all),
        field(u"duplicateCount", u"duplicate_count", Kind::Integer, notGrouped),
        field(u"repeat", u"repeat", Kind::Boolean, notGrouped),
        field(u"previousSeverity", u"previous_severity", Kind::Text, all),
        field(u"trendIndication", u"trend_indication", Kind::Text, all),
        field(u"receiveTime", u"receive_time", Kind::Time, notGrouped),
        field(u"lastReceiveId", u"last_receive_id", Kind::Text, notGrouped),
        field(u"lastReceiveTime", u"last_receive_time", Kind::Time, notGrouped),
        field(u"updateTime", u"update_time", Kind::Time, notGrouped),
    };
}
} // namespace

SqlFragment AlertQuery::idMatch(const QString &idOrPrefix, const SqlDialect &dialect)
{
    const QString &prefix = idOrPrefix;
    SqlFragment either = QuerySql::startsWithIgnoringCase(dialect, QStringLiteral("id"), prefix);
    either.orWith(QuerySql::startsWithIgnoringCase(dialect, QStringLiteral("last_receive_id"), prefix));
    return either;
}

const FieldTable &AlertQuery::fields()
{
    static const FieldTable table(alertFields());
    return table;
}

Result<AlertQuery> AlertQuery::fromParameters(const Params &params, const QueryContext &ctx)
{
    const SqlDialect &dialect = ctx.dialect ? *ctx.dialect : SqlDialect::sqlite();
    const FieldTable &table = fields();
    AlertQuery query;
    // Stays set while every condition is one that running totals count: exact environments and statuses.
    std::optional<TotalsFilter> totals = TotalsFilter{};

    if (const std::optional<QString> q = firstValue(params, u"q"); q && !q->isEmpty()) {
        totals.reset();
        const std::optional<QString> df = firstValue(params, u"q.df");
        const Result<SqlFragment> search =
            QueryString::parse(*q, table, df && !df->isEmpty() ? *df : ctx.defaultField, dialect);
        if (!search)
            return search.error();
        query.where.andWith(*search);
    }

    for (const auto &[name, values] : groupedByName(params)) {
        if (isSpecialParameter(name))
            continue;
        const Result<SqlFragment> filter = table.filter(name, values, dialect);
        if (!filter)
            return filter.error();
        query.where.andWith(*filter);
        if (totals && name == u"environment" && FieldTable::comparesExactly(values))
            totals->environments = values;
        else if (totals && name == u"status" && FieldTable::comparesExactly(values))
            totals->statuses = values;
        else
            totals.reset();
    }

    const SqlFragment ids = idFilter(dialect, valuesOf(params, u"id"));
    if (!ids.isEmpty())
        totals.reset();
    query.where.andWith(ids);

    // Upstream ignores a malformed date: from-date then has no bound and to-date keeps its default, now.
    const std::optional<QString> fromText = firstValue(params, u"from-date");
    if (const std::optional<Timestamp> from = fromText ? IsoTime::parse(*fromText) : std::nullopt) {
        query.where.andWith(timeBound(dialect, u">", *from));
        totals.reset();
    }
    const std::optional<QString> toText = firstValue(params, u"to-date");
    const std::optional<Timestamp> to = toText ? IsoTime::parse(*toText) : std::nullopt;
    const Timestamp upTo = to ? *to : ctx.now;
    if (totals) {
        totals->upTo = upTo;
        query.totals = std::move(totals);
    }
    query.where.andWith(timeBound(dialect, u"<=", upTo));

    const SeverityMap severities = ctx.severities ? *ctx.severities : SeverityMap::alertaDefault();
    const QStringList sortBy = valuesOf(params, u"sort-by");
    QStringList sortTerms;
    for (const QString &value : sortBy) {
        const Result<QString> term = table.sortTerm(value, dialect, severities);
        if (!term)
            return term.error();
        sortTerms.append(*term);
    }
    query.orderBy = sortTerms.join(QStringLiteral(", "));
    if (!sortBy.isEmpty() && (sortBy.first() == u"severity" || sortBy.first() == u"-severity"))
        query.severityFirst = SeverityFirstOrder{sortBy.first() == u"severity", sortTerms.mid(1).join(u", ")};

    const Result<QString> group =
        table.groupColumn(firstValue(params, u"group-by").value_or(QStringLiteral("event")), dialect);
    if (!group)
        return group.error();
    query.groupBy = *group;

    const Result<Paging> paging = Paging::fromParameters(params, ctx.defaultPageSize);
    if (!paging)
        return paging.error();
    query.page = paging->page();
    query.pageSize = paging->pageSize();

    query.showHistory = QuerySql::isTruthy(firstValue(params, u"show-history").value_or(QString()));
    query.showRawData = QuerySql::isTruthy(firstValue(params, u"show-raw-data").value_or(QString()));
    return query;
}
