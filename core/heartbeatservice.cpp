// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/heartbeatservice.h"

#include <algorithm>

#include <QJsonArray>
#include <QSet>
#include <QUuid>

#include "core/alertstore.h"
#include "core/fieldtable.h"
#include "core/paging.h"
#include "core/sqldialect.h"

namespace {

// Parameters that are never field filters: transport ones, paging, sorting and the computed status.
bool isSpecialParameter(const QString &name)
{
    static const QSet<QString> special = {QStringLiteral("_"),
                                          QStringLiteral("callback"),
                                          QStringLiteral("token"),
                                          QStringLiteral("api-key"),
                                          QStringLiteral("sort-by"),
                                          QStringLiteral("page"),
                                          QStringLiteral("page-size"),
                                          QStringLiteral("limit"),
                                          QStringLiteral("status")};
    return special.contains(name);
}

// The `status` filter over the computed columns, with the same rules as Heartbeat::status(). Empty when no known
// status is asked for.
SqlFragment statusFilter(const QStringList &statuses, qint64 maxLatency)
{
    SqlFragment any;
    if (statuses.contains(QLatin1StringView("ok")))
        any.orWith({QStringLiteral("since <= timeout AND latency <= ?"), {maxLatency}});
    if (statuses.contains(QLatin1StringView("slow")))
        any.orWith({QStringLiteral("since <= timeout AND latency > ?"), {maxLatency}});
    if (statuses.contains(QLatin1StringView("expired")))
        any.orWith({QStringLiteral("since > timeout"), {}});
    return any;
}

QList<FieldSpec> heartbeatFields()
{
    using Use = FieldSpec::Use;
    using Kind = FieldKind;
    const FieldSpec::Uses filterAndSort = Use::Filter | Use::Sort;
    const auto field = [](const char16_t *name, const char16_t *column, Kind kind, FieldSpec::Uses uses) {
        return FieldSpec{QString::fromUtf16(name), QString::fromUtf16(column), kind, uses, FieldSpec::SortKey::Value};
    };
    return {
        field(u"origin", u"origin", Kind::Text, filterAndSort),
        field(u"tag", u"tags", Kind::JsonArray, Use::Filter),
        field(u"attributes", u"attributes", Kind::JsonObject, filterAndSort),
        field(u"type", u"type", Kind::Text, filterAndSort),
        field(u"createTime", u"create_time", Kind::Time, filterAndSort),
        field(u"timeout", u"timeout", Kind::Integer, filterAndSort),
        field(u"receiveTime", u"receive_time", Kind::Time, filterAndSort),
        field(u"customer", u"customer", Kind::Text, filterAndSort),
        field(u"latency", u"latency", Kind::Integer, filterAndSort),
        field(u"since", u"since", Kind::Integer, filterAndSort),
    };
}

} // namespace

HeartbeatService::HeartbeatService(std::shared_ptr<AlertStore> store, EngineConfig config, std::shared_ptr<Clock> clock)
    : m_store(std::move(store))
    , m_config(std::move(config))
    , m_clock(std::move(clock))
{}

const FieldTable &HeartbeatService::fields()
{
    static const FieldTable table(heartbeatFields());
    return table;
}

Result<Heartbeat> HeartbeatService::upsert(Heartbeat heartbeat, const Caller &caller)
{
    if (!caller.customers.isEmpty()) {
        if (heartbeat.customer.isNull() && caller.customers.size() > 1)
            return ApiError::badRequest(QStringLiteral("must define customer as more than one possibility"));
        if (heartbeat.customer.isNull())
            heartbeat.customer = caller.customers.first();
        else if (!caller.customers.contains(heartbeat.customer))
            return ApiError::badRequest(QStringLiteral("not allowed to set customer to '%1'").arg(heartbeat.customer));
    }
    if (heartbeat.id.isEmpty())
        heartbeat.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (heartbeat.origin.isEmpty())
        heartbeat.origin = m_config.defaultOrigin;
    heartbeat.type = QStringLiteral("Heartbeat");
    heartbeat.maxLatency = m_config.heartbeatMaxLatency;
    heartbeat.receiveTime = m_clock->now();
    return m_store
        ->write<Heartbeat>(
            [heartbeat](AlertTransaction &tx) -> Result<Heartbeat> { return tx.upsertHeartbeat(heartbeat); })
        .result();
}

Result<Heartbeat> HeartbeatService::get(const QString &id, const Caller &caller)
{
    std::optional<Heartbeat> found;
    m_store->read([&](AlertReader &reader) { found = reader.findHeartbeat(id, caller.restriction()); });
    if (!found)
        return ApiError::notFound();
    found->maxLatency = m_config.heartbeatMaxLatency;
    return *found;
}

VoidResult HeartbeatService::remove(const QString &id, const Caller &caller)
{
    const SqlFragment restriction = caller.restriction();
    return m_store
        ->write<Ok>([id, restriction](AlertTransaction &tx) -> VoidResult {
            const std::optional<Heartbeat> found = tx.findHeartbeat(id, restriction);
            if (!found)
                return ApiError::notFound();
            tx.removeHeartbeat(found->id);
            return Ok{};
        })
        .result();
}

Result<HeartbeatPage> HeartbeatService::list(const QueryParams &params, const Caller &caller)
{
    const SqlDialect &dialect = SqlDialect::sqlite();
    const FieldTable &table = fields();

    // Parameter names in order of first appearance, each with all its values, as AlertQuery groups them.
    QList<QPair<QString, QStringList>> grouped;
    QStringList statuses;
    QStringList sortBy;
    for (const auto &[name, value] : params) {
        if (name == QLatin1StringView("status"))
            statuses.append(value);
        else if (name == QLatin1StringView("sort-by"))
            sortBy.append(value);
        if (isSpecialParameter(name))
            continue;
        auto it = std::find_if(grouped.begin(), grouped.end(), [&](const auto &g) { return g.first == name; });
        if (it == grouped.end())
            grouped.append({name, {value}});
        else
            it->second.append(value);
    }

    HeartbeatSelection selection;
    selection.now = m_clock->now();
    for (const auto &[name, values] : std::as_const(grouped)) {
        const Result<SqlFragment> filter = table.filter(name, values, dialect);
        if (!filter)
            return filter.error();
        selection.where.andWith(*filter);
    }
    selection.where.andWith(caller.restriction());

    QStringList terms;
    for (const QString &s : std::as_const(sortBy)) {
        const Result<QString> term = table.sortTerm(s, dialect, m_config.severities);
        if (!term)
            return term.error();
        terms.append(*term);
    }
    selection.orderBy = terms.join(QStringLiteral(", "));

    const Result<Paging> request = Paging::fromParameters(params, m_config.defaultPageSize);
    if (!request)
        return request.error();

    std::optional<ApiError> error;
    HeartbeatPage page;
    page.now = selection.now;
    m_store->read([&](AlertReader &reader) {
        // Upstream counts before the status filter and pages after it (spec §4.5).
        page.total = reader.countHeartbeats(selection);
        const Result<Paging> paging = request->withTotal(page.total);
        if (!paging) {
            error = paging.error();
            return;
        }
        page.setFrom(*paging);
        HeartbeatSelection rows = selection;
        rows.where.andWith(statusFilter(statuses, m_config.heartbeatMaxLatency));
        rows.limit = paging->pageSize();
        rows.offset = static_cast<int>(paging->offset());
        page.heartbeats = reader.selectHeartbeats(rows);
    });
    if (error)
        return *error;
    for (Heartbeat &h : page.heartbeats)
        h.maxLatency = m_config.heartbeatMaxLatency;
    return page;
}

Heartbeat HeartbeatService::fromAlert(const Alert &alert) const
{
    Heartbeat h;
    h.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    h.origin = alert.origin;
    h.tags = alert.tags;
    h.attributes = QJsonObject{{QStringLiteral("environment"), alert.environment},
                               {QStringLiteral("severity"), alert.severity},
                               {QStringLiteral("service"), QJsonArray::fromStringList(alert.service)},
                               {QStringLiteral("group"), alert.group}};
    h.createTime = m_clock->now();
    h.timeout = alert.timeout.value_or(m_config.alertTimeout);
    h.customer = alert.customer;
    h.maxLatency = m_config.heartbeatMaxLatency;
    return h;
}
