// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/alertacore.h"
#include "core/alertengine.h"
#include "core/alertjson.h"
#include "core/api/routes.h"
#include "core/jsontext.h"
#include "core/querysql.h"
#include "core/receivepipeline.h"
#include "core/timestamp.h"

#include <QJsonArray>

// Alerts (spec §4.2) and their searches and aggregations (§4.3).

namespace {

using namespace Routes;

ApiResponse done(const ApiContext &ctx, const VoidResult &r)
{
    return r ? ApiResponse::ok() : fail(ctx, r.error());
}

// An optional integer timeout from a body: absent or null → none; anything but an integer → 400.
Result<std::optional<qint64>> timeoutOf(const QJsonObject &body)
{
    const QJsonValue v = body.value(QStringLiteral("timeout"));
    if (AlertJson::isAbsentOrNull(v))
        return std::optional<qint64>();
    if (!AlertJson::isInteger(v))
        return ApiError::badRequest(QStringLiteral("timeout must be an integer"));
    if (std::optional<ApiError> error = AlertJson::checkSeconds(QLatin1StringView("timeout"), v.toInteger()))
        return *error;
    return std::optional<qint64>(v.toInteger());
}

// A text field that may be absent or null (→ null QString) but must otherwise be a string.
Result<QString> optionalText(const QJsonObject &body, const QString &key)
{
    const QJsonValue v = body.value(key);
    if (AlertJson::isAbsentOrNull(v))
        return QString();
    if (!v.isString())
        return ApiError::badRequest(QStringLiteral("%1 must be a string").arg(key));
    return v.toString();
}

QJsonObject countsJson(const AlertCounts &counts)
{
    QJsonObject severities;
    for (auto it = counts.severityCounts.cbegin(); it != counts.severityCounts.cend(); ++it)
        severities.insert(it.key(), it.value());
    QJsonObject statuses;
    for (auto it = counts.statusCounts.cbegin(); it != counts.statusCounts.cend(); ++it)
        statuses.insert(it.key(), it.value());
    return {{QStringLiteral("severityCounts"), severities}, {QStringLiteral("statusCounts"), statuses}};
}

AlertJson::SerializeOptions listOptions(const ApiContext &ctx)
{
    AlertJson::SerializeOptions options;
    options.showHistory = QuerySql::isTruthy(ctx.request.param(QStringLiteral("show-history")));
    options.showRawData = QuerySql::isTruthy(ctx.request.param(QStringLiteral("show-raw-data")));
    options.defaultTimeout = ctx.core.engine().config().alertTimeout;
    return options;
}

AlertJson::SerializeOptions singleOptions(const ApiContext &ctx)
{
    AlertJson::SerializeOptions options;
    options.defaultTimeout = ctx.core.engine().config().alertTimeout;
    return options;
}

ApiResponse receive(ApiContext &ctx)
{
    if (std::optional<ApiResponse> refused = refusalWhileSendersAreOff(ctx))
        return std::move(*refused);
    const Result<QJsonObject> body = ctx.body();
    if (!body)
        return fail(ctx, body.error());
    AlertEngine &engine = ctx.core.engine();
    const Result<Alert> alert = AlertJson::parseIncomingAlert(*body, engine.config(), engine.now());
    if (!alert)
        return fail(ctx, alert.error());
    return receiveAlertLater(ctx, *alert, [root = ctx.request.root, options = singleOptions(ctx)](const Alert &stored) {
        ApiResponse r = alertCreated(stored, root, options);
        r.addHeader("Location", AlertJson::href(root, u"alert", stored.id).toUtf8());
        return r;
    });
}

ApiResponse getAlert(ApiContext &ctx)
{
    const Result<Alert> alert = ctx.core.engine().alert(ctx.arg(0), ctx.caller);
    if (!alert)
        return fail(ctx, alert.error());
    QByteArray json;
    AlertJson::appendAlertJson(json, *alert, ctx.request.root, singleOptions(ctx));
    return ApiResponse::okWith(QLatin1StringView("alert"), json, {{QStringLiteral("total"), 1}});
}

ApiResponse setStatus(ApiContext &ctx)
{
    const Result<QJsonObject> body = ctx.body();
    if (!body)
        return fail(ctx, body.error());
    const Result<QString> status = optionalText(*body, QStringLiteral("status"));
    const Result<QString> text = optionalText(*body, QStringLiteral("text"));
    const Result<std::optional<qint64>> timeout = timeoutOf(*body);
    if (!status || status->isEmpty())
        return fail(ctx, ApiError::badRequest(QStringLiteral("must supply 'status' as json data")));
    if (!text)
        return fail(ctx, text.error());
    if (!timeout)
        return fail(ctx, timeout.error());
    return done(ctx, ctx.core.engine().setStatus(ctx.arg(0), *status, *text, *timeout, ctx.caller));
}

ApiResponse action(ApiContext &ctx)
{
    const Result<QJsonObject> body = ctx.body();
    if (!body)
        return fail(ctx, body.error());
    const Result<QString> action = optionalText(*body, QStringLiteral("action"));
    const Result<QString> text = optionalText(*body, QStringLiteral("text"));
    const Result<std::optional<qint64>> timeout = timeoutOf(*body);
    if (!action || action->isEmpty())
        return fail(ctx, ApiError::badRequest(QStringLiteral("must supply 'action' as json data")));
    if (!text)
        return fail(ctx, text.error());
    if (!timeout)
        return fail(ctx, timeout.error());
    return done(ctx, ctx.core.engine().action(ctx.arg(0), *action, *text, *timeout, ctx.caller));
}

// `{tags: [..]}` for tag and untag. Upstream answers a missing or empty list with 500 [quirk]; it is the client's
// mistake, so 400.
Result<QStringList> tagsOf(const ApiContext &ctx)
{
    const Result<QJsonObject> body = ctx.body();
    if (!body)
        return body.error();
    const QJsonValue v = body->value(QStringLiteral("tags"));
    const std::optional<QStringList> tags = v.isArray() ? AlertJson::stringList(v) : std::nullopt;
    if (!tags || tags->isEmpty())
        return ApiError::badRequest(QStringLiteral("must supply 'tags' as json list"));
    return *tags;
}

ApiResponse tag(ApiContext &ctx)
{
    const Result<QStringList> tags = tagsOf(ctx);
    if (!tags)
        return fail(ctx, tags.error());
    return done(ctx, ctx.core.engine().tag(ctx.arg(0), *tags, ctx.caller));
}

ApiResponse untag(ApiContext &ctx)
{
    const Result<QStringList> tags = tagsOf(ctx);
    if (!tags)
        return fail(ctx, tags.error());
    return done(ctx, ctx.core.engine().untag(ctx.arg(0), *tags, ctx.caller));
}

ApiResponse attributes(ApiContext &ctx)
{
    const Result<QJsonObject> body = ctx.body();
    if (!body)
        return fail(ctx, body.error());
    const QJsonValue v = body->value(QStringLiteral("attributes"));
    if (!v.isObject() || v.toObject().isEmpty())
        return fail(ctx, ApiError::badRequest(QStringLiteral("must supply 'attributes' as json data")));
    if (!AlertJson::hasValidAttributeKeys(v.toObject()))
        return fail(ctx, ApiError::badRequest(QStringLiteral("Attribute keys must not contain \".\" or \"$\"")));
    return done(ctx, ctx.core.engine().updateAttributes(ctx.arg(0), v.toObject(), ctx.caller));
}

ApiResponse removeAlert(ApiContext &ctx)
{
    return done(ctx, ctx.core.engine().remove(ctx.arg(0), ctx.caller));
}

ApiResponse addNote(ApiContext &ctx)
{
    const Result<QJsonObject> body = ctx.body();
    if (!body)
        return fail(ctx, body.error());
    Result<QString> text = optionalText(*body, QStringLiteral("text"));
    if (text && text->isEmpty())
        text = optionalText(*body, QStringLiteral("note"));
    if (!text || text->isEmpty())
        return fail(ctx, ApiError::badRequest(QStringLiteral("must supply 'note' text")));
    const Result<Note> note = ctx.core.engine().addNote(ctx.arg(0), *text, ctx.caller);
    if (!note)
        return fail(ctx, note.error());
    ApiResponse r = ApiResponse::ok(
        {{QStringLiteral("id"), note->id}, {QStringLiteral("note"), AlertJson::noteToJson(*note, ctx.request.root)}},
        201);
    r.addHeader("Location",
                (AlertJson::href(ctx.request.root, u"alert", note->alertId) + u"/note/" + note->id).toUtf8());
    return r;
}

ApiResponse notes(ApiContext &ctx)
{
    const Result<QList<Note>> notes = ctx.core.engine().notes(ctx.arg(0), ctx.caller);
    if (!notes)
        return fail(ctx, notes.error());
    QJsonArray items;
    for (const Note &n : notes.value())
        items.append(AlertJson::noteToJson(n, ctx.request.root));
    return list(QStringLiteral("notes"), items, items.size());
}

ApiResponse updateNote(ApiContext &ctx)
{
    const Result<QJsonObject> body = ctx.body();
    if (!body)
        return fail(ctx, body.error());
    std::optional<QString> text;
    std::optional<QJsonObject> attributes;
    if (const Result<QString> t = optionalText(*body, QStringLiteral("text")); !t)
        return fail(ctx, t.error());
    else if (!t->isNull())
        text = *t;
    const QJsonValue a = body->value(QStringLiteral("attributes"));
    if (a.isObject())
        attributes = a.toObject();
    else if (!AlertJson::isAbsentOrNull(a))
        return fail(ctx, ApiError::badRequest(QStringLiteral("attributes must be a JSON object")));
    const Result<Note> note = ctx.core.engine().updateNote(ctx.arg(0), ctx.arg(1), text, attributes, ctx.caller);
    if (!note)
        return fail(ctx, note.error());
    return ApiResponse::ok({{QStringLiteral("note"), AlertJson::noteToJson(*note, ctx.request.root)}});
}

ApiResponse deleteNote(ApiContext &ctx)
{
    return done(ctx, ctx.core.engine().deleteNote(ctx.arg(0), ctx.arg(1), ctx.caller));
}

ApiResponse search(ApiContext &ctx)
{
    const Result<AlertPage> page = ctx.core.engine().query(ctx.request.query, ctx.caller);
    if (!page)
        return fail(ctx, page.error());
    const AlertJson::SerializeOptions options = listOptions(ctx);
    QByteArray alerts;
    {
        JsonBuffer buffer(alerts);
        JsonText::appendArray(buffer, page->alerts, [&](JsonBuffer &out, const Alert &alert) {
            AlertJson::appendAlertJson(out, alert, ctx.request.root, options);
        });
    }
    QJsonObject extra = countsJson(page->counts);
    addPageFields(extra, *page);
    extra.insert(QStringLiteral("lastTime"), IsoTime::format(page->lastTime));
    extra.insert(QStringLiteral("autoRefresh"), ctx.core.switchboard().isOn(Switchboard::Name::AutoRefreshAllow));
    return list(QLatin1StringView("alerts"), alerts, page->alerts.size(), page->counts.total, extra);
}

ApiResponse count(ApiContext &ctx)
{
    const Result<AlertCounts> counts = ctx.core.engine().count(ctx.request.query, ctx.caller);
    if (!counts)
        return fail(ctx, counts.error());
    QJsonObject answer = countsJson(*counts);
    answer.insert(QStringLiteral("total"), counts->total);
    answer.insert(QStringLiteral("autoRefresh"), ctx.core.switchboard().isOn(Switchboard::Name::AutoRefreshAllow));
    return ApiResponse::ok(answer);
}

ApiResponse history(ApiContext &ctx)
{
    const Result<HistoryPage> page = ctx.core.engine().history(ctx.request.query, ctx.caller);
    if (!page)
        return fail(ctx, page.error());
    QJsonArray entries;
    for (const HistoryRow &row : page->rows)
        entries.append(AlertJson::historyEntryToRichJson(row.entry, row.alert, ctx.request.root));
    return list(QStringLiteral("history"), entries, entries.size());
}

std::function<ApiResponse(ApiContext &)> top(AlertReader::TopKind kind)
{
    return [kind](ApiContext &ctx) {
        const Result<QList<TopRow>> rows = ctx.core.engine().top(kind, ctx.request.query, ctx.caller);
        if (!rows)
            return fail(ctx, rows.error());
        QString groupBy = ctx.request.param(QStringLiteral("group-by"));
        if (groupBy.isEmpty())
            groupBy = QStringLiteral("event");
        QJsonArray items;
        for (const TopRow &row : rows.value()) {
            QJsonArray resources;
            for (const auto &[id, resource] : row.resources)
                resources.append(
                    QJsonObject{{QStringLiteral("id"), id},
                                {QStringLiteral("resource"), resource},
                                {QStringLiteral("href"), AlertJson::href(ctx.request.root, u"alert", id)}});
            items.append(QJsonObject{{QStringLiteral("count"), row.count},
                                     {QStringLiteral("duplicateCount"), row.duplicateCount},
                                     {QStringLiteral("environments"), QJsonArray::fromStringList(row.environments)},
                                     {QStringLiteral("services"), QJsonArray::fromStringList(row.services)},
                                     {groupBy, row.value},
                                     {QStringLiteral("resources"), resources}});
        }
        return list(QStringLiteral("top10"), items, items.size());
    };
}

// /environments, /services, /alerts/groups, /alerts/tags: one row per key with its counts.
std::function<ApiResponse(ApiContext &)> grouped(AlertReader::Grouping grouping,
                                                 QString listKey,
                                                 QString itemKey,
                                                 bool withCounts)
{
    return [=](ApiContext &ctx) {
        const Result<QList<GroupedCount>> rows = ctx.core.engine().grouped(grouping, ctx.request.query, ctx.caller);
        if (!rows)
            return fail(ctx, rows.error());
        QJsonArray items;
        for (const GroupedCount &g : rows.value()) {
            QJsonObject item{{QStringLiteral("environment"), g.environment}, {QStringLiteral("count"), g.count}};
            if (!itemKey.isEmpty())
                item.insert(itemKey, g.key);
            if (withCounts) {
                AlertCounts counts;
                for (const SeverityStatusCount &b : g.buckets) {
                    counts.severityCounts[b.severity] += b.count;
                    counts.statusCounts[b.status] += b.count;
                }
                const QJsonObject c = countsJson(counts);
                for (auto it = c.begin(); it != c.end(); ++it)
                    item.insert(it.key(), it.value());
            }
            items.append(item);
        }
        QJsonObject extra;
        if (grouping == AlertReader::Grouping::Environment) {
            // The one aggregation upstream pages (spec §4.3).
            const Result<Paging> paging = Paging::compute(1, std::max<int>(1, items.size()), items.size());
            if (paging) {
                PageInfo info;
                info.setFrom(*paging);
                addPageFields(extra, info);
            }
        }
        return list(listKey, items, items.size(), extra);
    };
}

} // namespace

void Routes::addAlertRoutes(ApiRouter &router)
{
    const QString read = QStringLiteral("read:alerts");
    const QString write = QStringLiteral("write:alerts");
    router.add("POST", QStringLiteral("/alert"), write, receive);
    router.add("GET", QStringLiteral("/alert/{id}"), read, getAlert);
    router.add("DELETE", QStringLiteral("/alert/{id}"), QStringLiteral("delete:alerts"), removeAlert);
    router.add("PUT", QStringLiteral("/alert/{id}/status"), write, setStatus);
    router.add("PUT", QStringLiteral("/alert/{id}/action"), write, action);
    router.add("PUT", QStringLiteral("/alert/{id}/tag"), write, tag);
    router.add("PUT", QStringLiteral("/alert/{id}/untag"), write, untag);
    router.add("PUT", QStringLiteral("/alert/{id}/attributes"), write, attributes);
    router.add("PUT", QStringLiteral("/alert/{id}/note"), write, addNote);
    router.add("GET", QStringLiteral("/alert/{id}/notes"), read, notes);
    router.add("PUT", QStringLiteral("/alert/{id}/note/{noteId}"), write, updateNote);
    router.add("DELETE", QStringLiteral("/alert/{id}/note/{noteId}"), write, deleteNote);

    router.add("GET", QStringLiteral("/alerts"), read, search);
    router.add("GET", QStringLiteral("/alerts/count"), read, count);
    router.add("GET", QStringLiteral("/alerts/history"), read, history);
    for (const char *prefix : {"/alerts/top10/", "/alerts/topn/"}) {
        const QString p = QString::fromLatin1(prefix);
        router.add("GET", p + u"count", read, top(AlertReader::TopKind::Count));
        router.add("GET", p + u"flapping", read, top(AlertReader::TopKind::Flapping));
        router.add("GET", p + u"standing", read, top(AlertReader::TopKind::Standing));
    }
    router.add("GET",
               QStringLiteral("/environments"),
               read,
               grouped(AlertReader::Grouping::Environment, QStringLiteral("environments"), {}, true));
    router.add("GET",
               QStringLiteral("/services"),
               read,
               grouped(AlertReader::Grouping::Service, QStringLiteral("services"), QStringLiteral("service"), true));
    router.add("GET",
               QStringLiteral("/alerts/groups"),
               read,
               grouped(AlertReader::Grouping::Group, QStringLiteral("groups"), QStringLiteral("group"), false));
    router.add("GET",
               QStringLiteral("/alerts/tags"),
               read,
               grouped(AlertReader::Grouping::Tag, QStringLiteral("tags"), QStringLiteral("tag"), false));
}
