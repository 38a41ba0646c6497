// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/blackoutservice.h"

#include "core/blackoutjson.h"
#include "core/fieldtable.h"
#include "core/listquery.h"
#include "core/querysql.h"
#include "core/sqldialect.h"
#include "core/sqlvalues.h"

namespace {

// How long the receive-time check may use its copy of the blackouts before reading them again: the bound on how
// late a blackout written by another server process takes effect.
constexpr qint64 CacheLifetimeMs = 2000;

const QString Columns = QStringLiteral(
    "id, priority, environment, service, resource, event, \"group\", tags, origin, customer, start_time, end_time, "
    "duration, \"user\", create_time, text");

Blackout fromRow(const QVariantList &row)
{
    using namespace SqlValues;
    Blackout b;
    b.id = text(row.at(0));
    b.priority = row.at(1).toInt();
    b.environment = text(row.at(2));
    b.service = stringList(row.at(3));
    b.resource = text(row.at(4));
    b.event = text(row.at(5));
    b.group = text(row.at(6));
    b.tags = stringList(row.at(7));
    b.origin = text(row.at(8));
    b.customer = text(row.at(9));
    b.startTime = row.at(10).toLongLong();
    b.endTime = row.at(11).toLongLong();
    b.duration = row.at(12).toLongLong();
    b.user = text(row.at(13));
    b.createTime = row.at(14).toLongLong();
    b.text = text(row.at(15));
    return b;
}

QVariantList toRow(const Blackout &b, const SqlDialect &dialect)
{
    using namespace SqlValues;
    return {b.id,
            b.priority,
            b.environment,
            jsonText(b.service),
            bindText(b.resource),
            bindText(b.event),
            bindText(b.group),
            jsonText(b.tags),
            bindText(b.origin),
            bindText(b.customer),
            dialect.timeValue(b.startTime),
            dialect.timeValue(b.endTime),
            b.duration,
            bindText(b.user),
            dialect.timeValue(b.createTime),
            bindText(b.text)};
}

QList<Blackout> selectBlackouts(SqlSession &sql, const QString &tail, const QVariantList &binds)
{
    QList<Blackout> result;
    const QList<QVariantList> rows = sql.select(u"SELECT " + Columns + u" FROM blackouts " + tail, binds);
    result.reserve(rows.size());
    for (const QVariantList &row : rows)
        result.append(fromRow(row));
    return result;
}

// The blackout whose id starts with `prefix` that `restriction` admits: an exact id wins, else the oldest match.
std::optional<Blackout> findBlackout(SqlSession &sql, const QString &prefix, const SqlFragment &restriction)
{
    SqlFragment where = QuerySql::startsWithIgnoringCase(sql.dialect(), QStringLiteral("id"), prefix);
    where.andWith(restriction);
    QVariantList binds = where.binds;
    binds.append(prefix);
    const QList<Blackout> found = selectBlackouts(
        sql,
        u"WHERE " + where.sql + u" ORDER BY CASE WHEN id = ? THEN 0 ELSE 1 END, create_time, id LIMIT 1",
        binds);
    return found.isEmpty() ? std::nullopt : std::optional<Blackout>(found.first());
}

void insertBlackout(SqlSession &sql, const Blackout &b)
{
    sql.execute(QStringLiteral("INSERT INTO blackouts (") + Columns
                    + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                toRow(b, sql.dialect()),
                SqlSession::Reuse::Cached);
}

// The `status` filter, computed with the same rules as Blackout::status(); empty when no known status is asked for.
SqlFragment statusFilter(const QStringList &statuses, const QVariant &now)
{
    SqlFragment any;
    if (statuses.contains(QLatin1StringView("pending")))
        any.orWith({QStringLiteral("start_time > ?"), {now}});
    if (statuses.contains(QLatin1StringView("active")))
        any.orWith({QStringLiteral("start_time <= ? AND ? < end_time"), {now, now}});
    if (statuses.contains(QLatin1StringView("expired")))
        any.orWith({QStringLiteral("end_time <= ?"), {now}});
    return any;
}

bool mayChooseUser(const Caller &caller)
{
    return caller.scopes.contains(QLatin1StringView("admin"))
        || caller.scopes.contains(QLatin1StringView("admin:blackouts"));
}

const QString OverrideScope = QStringLiteral("admin:blackouts");

QList<FieldSpec> blackoutFields()
{
    using Use = FieldSpec::Use;
    using Kind = FieldKind;
    const FieldSpec::Uses filterAndSort = Use::Filter | Use::Sort;
    const auto field = &FieldSpec::of;
    return {
        field(u"id", u"id", Kind::Text, filterAndSort),
        field(u"priority", u"priority", Kind::Integer, filterAndSort),
        field(u"environment", u"environment", Kind::Text, filterAndSort),
        field(u"service", u"service", Kind::JsonArray, Use::Filter),
        field(u"resource", u"resource", Kind::Text, filterAndSort),
        field(u"event", u"event", Kind::Text, filterAndSort),
        field(u"group", u"group", Kind::Text, filterAndSort),
        field(u"tag", u"tags", Kind::JsonArray, Use::Filter),
        field(u"tags", u"tags", Kind::JsonArray, Use::Filter),
        field(u"origin", u"origin", Kind::Text, filterAndSort),
        field(u"customer", u"customer", Kind::Text, filterAndSort),
        field(u"startTime", u"start_time", Kind::Time, filterAndSort),
        field(u"endTime", u"end_time", Kind::Time, filterAndSort),
        field(u"duration", u"duration", Kind::Integer, filterAndSort),
        field(u"user", u"user", Kind::Text, filterAndSort),
        field(u"createTime", u"create_time", Kind::Time, filterAndSort),
        field(u"text", u"text", Kind::Text, filterAndSort),
    };
}

} // namespace

BlackoutService::BlackoutService(std::shared_ptr<AlertStore> store, EngineConfig config, std::shared_ptr<Clock> clock)
    : m_store(std::move(store))
    , m_config(std::move(config))
    , m_clock(std::move(clock))
{}

const FieldTable &BlackoutService::fields()
{
    static const FieldTable table(blackoutFields());
    return table;
}

Result<Blackout> BlackoutService::create(Blackout blackout, const Caller &caller)
{
    if (!mayChooseUser(caller) || blackout.user.isNull())
        blackout.user = caller.login;
    const Result<QString> customer = caller.assignCustomer(blackout.customer, OverrideScope);
    if (!customer)
        return customer.error();
    blackout.customer = *customer;
    blackout.priority = blackout.computePriority();
    const Result<Blackout> stored =
        m_store
            ->write<Blackout>([blackout](AlertTransaction &tx) -> Result<Blackout> {
                if (!tx.sql().scalar(QStringLiteral("SELECT 1 FROM blackouts WHERE id = ?"), {blackout.id}).isNull())
                    return ApiError::conflict(QStringLiteral("blackout already exists"));
                insertBlackout(tx.sql(), blackout);
                return blackout;
            })
            .result();
    invalidateCache();
    return stored;
}

Result<Blackout> BlackoutService::get(const QString &id, const Caller &caller)
{
    std::optional<Blackout> found;
    m_store->read([&](AlertReader &reader) { found = findBlackout(reader.sql(), id, caller.restriction()); });
    if (!found)
        return ApiError::notFound();
    return *found;
}

Result<Blackout> BlackoutService::update(const QString &id, const QJsonObject &body, const Caller &caller)
{
    const Timestamp now = m_clock->now();
    const SqlFragment restriction = caller.restriction();
    const Result<Blackout> stored =
        m_store
            ->write<Blackout>([=](AlertTransaction &tx) -> Result<Blackout> {
                const std::optional<Blackout> found = findBlackout(tx.sql(), id, restriction);
                if (!found)
                    return ApiError::notFound();
                Result<Blackout> changed = BlackoutJson::applyUpdate(*found, body, now);
                if (!changed)
                    return changed;
                // As on create, and as upstream: the blackout becomes the updater's, unless an admin names a user.
                if (!mayChooseUser(caller) || !body.contains(QLatin1StringView("user")) || changed->user.isNull())
                    changed->user = caller.login;
                if (body.contains(QLatin1StringView("customer"))) {
                    const Result<QString> customer = caller.assignCustomer(changed->customer, OverrideScope);
                    if (!customer)
                        return customer.error();
                    changed->customer = *customer;
                }
                tx.sql().execute(QStringLiteral("DELETE FROM blackouts WHERE id = ?"), {found->id});
                insertBlackout(tx.sql(), *changed);
                return changed;
            })
            .result();
    invalidateCache();
    return stored;
}

VoidResult BlackoutService::remove(const QString &id, const Caller &caller)
{
    const SqlFragment restriction = caller.restriction();
    const VoidResult removed =
        m_store
            ->write<Ok>([id, restriction](AlertTransaction &tx) -> VoidResult {
                const std::optional<Blackout> found = findBlackout(tx.sql(), id, restriction);
                if (!found)
                    return ApiError::notFound();
                tx.sql().execute(QStringLiteral("DELETE FROM blackouts WHERE id = ?"), {found->id});
                return Ok{};
            })
            .result();
    invalidateCache();
    return removed;
}

Result<BlackoutPage> BlackoutService::list(const QList<QPair<QString, QString>> &params, const Caller &caller)
{
    const SqlDialect &dialect = m_store->dialect();
    const Result<ListQuery> query = ListQuery::parse(params,
                                                     fields(),
                                                     dialect,
                                                     m_config.severities,
                                                     m_config.defaultPageSize,
                                                     {QStringLiteral("status")});
    if (!query)
        return query.error();
    BlackoutPage page;
    page.now = m_clock->now();
    SqlFragment where = query->where();
    where.andWith(caller.restriction());
    where.andWith(statusFilter(query->values(QStringLiteral("status")), dialect.timeValue(page.now)));

    std::optional<ApiError> error;
    m_store->read([&](AlertReader &reader) {
        page.total =
            reader.sql().scalar(u"SELECT COUNT(*) FROM blackouts WHERE " + where.whereSql(), where.binds).toLongLong();
        const Result<Paging> paging = query->paging().withTotal(page.total);
        if (!paging) {
            error = paging.error();
            return;
        }
        page.setFrom(*paging);
        // Upstream lists blackouts by start time, newest first, when no sort is asked for.
        const QString orderBy = query->orderBy().isEmpty() ? QStringLiteral("start_time DESC, id") : query->orderBy();
        QVariantList binds = where.binds;
        binds << qint64(paging->pageSize()) << paging->offset();
        page.blackouts = selectBlackouts(reader.sql(),
                                         u"WHERE " + where.whereSql() + u" ORDER BY " + orderBy + u" LIMIT ? OFFSET ?",
                                         binds);
    });
    if (error)
        return *error;
    return page;
}

BlackoutMatch::Outcome BlackoutService::check(const Alert &alert, const BlackoutPolicy &policy)
{
    return BlackoutMatch::evaluate(cachedBlackouts(), alert, policy);
}

QList<Blackout> BlackoutService::cachedBlackouts()
{
    quint64 generation = 0;
    {
        std::lock_guard lock(m_cacheMutex);
        if (m_cache && m_cacheAge.elapsed() < CacheLifetimeMs)
            return *m_cache;
        generation = m_cacheGeneration;
    }
    auto loaded = std::make_shared<QList<Blackout>>();
    m_store->read([&](AlertReader &reader) { *loaded = selectBlackouts(reader.sql(), {}, {}); });
    std::lock_guard lock(m_cacheMutex);
    // A write committed while this copy was read makes it stale: use it for this alert (it was read after the
    // alert arrived) but do not keep it.
    if (generation == m_cacheGeneration) {
        m_cache = loaded;
        m_cacheAge.start();
    }
    return *loaded;
}

void BlackoutService::invalidateCache()
{
    std::lock_guard lock(m_cacheMutex);
    m_cache.reset();
    ++m_cacheGeneration;
}
