// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/heartbeatservice.h"

#include <QJsonArray>
#include <QUuid>

#include "core/alertstore.h"
#include "core/fieldtable.h"
#include "core/listquery.h"
#include "core/paging.h"
#include "core/sqldialect.h"

namespace {

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
    const auto field = &FieldSpec::of;
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
    const Result<QString> customer = caller.assignCustomer(heartbeat.customer, QStringLiteral("admin:heartbeats"));
    if (!customer)
        return customer.error();
    heartbeat.customer = *customer;
    if (heartbeat.id.isEmpty())
        heartbeat.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (heartbeat.origin.isEmpty())
        heartbeat.origin = m_config.defaultOrigin;
    heartbeat.type = QStringLiteral("Heartbeat");
    heartbeat.maxLatency = m_config.heartbeatMaxLatency;
    heartbeat.receiveTime = m_clock->now();
    return m_store
        ->write<Heartbeat>([heartbeat](AlertTransaction &tx) -> Result<Heartbeat> {
            // A sender may choose the id; one that another heartbeat has is a conflict, not a server error.
            std::optional<Heartbeat> stored = tx.upsertHeartbeat(heartbeat);
            if (!stored)
                return ApiError::conflict(QStringLiteral("heartbeat with id '%1' already exists").arg(heartbeat.id));
            return *stored;
        })
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
    const Result<ListQuery> query = ListQuery::parse(params,
                                                     fields(),
                                                     m_store->dialect(),
                                                     m_config.severities,
                                                     m_config.defaultPageSize,
                                                     {QStringLiteral("status")});
    if (!query)
        return query.error();
    HeartbeatSelection selection;
    selection.now = m_clock->now();
    selection.where = query->where();
    selection.where.andWith(caller.restriction());
    selection.orderBy = query->orderBy();
    const QStringList statuses = query->values(QStringLiteral("status"));
    const Paging &request = query->paging();

    std::optional<ApiError> error;
    HeartbeatPage page;
    page.now = selection.now;
    m_store->read([&](AlertReader &reader) {
        // Upstream counts before the status filter and pages after it (spec §4.5).
        page.total = reader.countHeartbeats(selection);
        const Result<Paging> paging = request.withTotal(page.total);
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
