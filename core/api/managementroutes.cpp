// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/alertacore.h"
#include "core/alertengine.h"
#include "core/alertstore.h"
#include "core/api/routes.h"
#include "core/configjson.h"
#include "core/heartbeat.h"
#include "core/heartbeatservice.h"
#include "core/housekeeper.h"
#include "core/logging.h"
#include "core/metrics.h"
#include "core/metricsstore.h"
#include "core/sqlsession.h"
#include "core/timestamp.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMap>
#include <QUrl>
#include <QUrlQuery>

#include <exception>

// The API's own pages (spec §4.10): `/`, `/_`, `/config`; and the management endpoints (§4.11, §6, §8).

namespace {

using namespace Routes;

// When this process started, for `uptime` (spec §8) and the manifest's build date: namespace-scope statics are
// initialised before main() runs.
const qint64 processStart = QDateTime::currentMSecsSinceEpoch();

qint64 uptimeMs()
{
    return QDateTime::currentMSecsSinceEpoch() - processStart;
}

// `GET /`: every route of the API, one link per path with its methods, sorted by href as upstream's.
ApiResponse index(const ApiRouter &router, ApiContext &ctx)
{
    QMap<QString, QStringList> methods; // by pattern; every href shares the root, so this is href order
    for (const ApiRoute &route : router.routes()) {
        QStringList &list = methods[route.pattern];
        const QString method = QString::fromLatin1(route.method);
        if (!list.contains(method))
            list.append(method);
    }
    QJsonArray links;
    for (auto it = methods.begin(); it != methods.end(); ++it) {
        it->sort();
        links.append(QJsonObject{{QStringLiteral("rel"), it.key()},
                                 {QStringLiteral("href"), QString(ctx.request.root + it.key())},
                                 {QStringLiteral("method"), it->join(u',')}});
    }
    return ApiResponse::ok(
        {{QStringLiteral("uri"), ctx.request.root},
         {QStringLiteral("data"), QJsonObject{{QStringLiteral("description"), QStringLiteral("Alerta API")}}},
         {QStringLiteral("links"), links}});
}

ApiResponse config(ApiContext &ctx)
{
    return ApiResponse::json(
        ConfigJson::config(ctx.core.settings(), ctx.core.engine().config().severities, ctx.request.root));
}

// The management endpoints, as upstream's index page lists them.
ApiResponse managementIndex(ApiContext &ctx)
{
    static const char *const paths[] = {"/management/manifest",
                                        "/management/properties",
                                        "/management/switchboard",
                                        "/management/gtg",
                                        "/management/healthcheck",
                                        "/management/housekeeping",
                                        "/management/status",
                                        "/management/metrics"};
    QByteArray html = "<!DOCTYPE html>\n<html>\n<head><title>Alerta Management</title></head>\n<body>\n"
                      "<h1>Management</h1>\n<ul>\n";
    for (const char *path : paths) {
        const QByteArray href = QString(ctx.request.root + QLatin1StringView(path)).toHtmlEscaped().toUtf8();
        html += "<li><a href=\"" + href + "\">" + href + "</a></li>\n";
    }
    html += "</ul>\n</body>\n</html>\n";
    return ApiResponse::text(html, 200, QByteArrayLiteral("text/html; charset=utf-8"));
}

// The switchboard page: each switch with its description, its state and a button that flips it. The form posts
// `<name>=ON|OFF` to the page's own URL, query string included, so that `?api-key=` carries over; so do the
// switches' links.
ApiResponse switchboardPage(const ApiContext &ctx, const QList<Switch> &switches)
{
    QByteArray html =
        "<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"><title>Alerta Switchboard</title></head>\n"
        "<body>\n<h1>Alerta Switchboard</h1>\n<form method=\"POST\">\n<table border=\"1\">\n"
        "<tr><th>Switch</th><th>Description</th><th>State</th><th></th></tr>\n";
    for (const Switch &s : switches) {
        QUrlQuery link;
        for (const auto &[key, value] : ctx.request.query) {
            if (key != QLatin1StringView("switch"))
                link.addQueryItem(key, value);
        }
        link.addQueryItem(QStringLiteral("switch"), s.name);
        const QByteArray href = QString(u'?' + link.toString(QUrl::FullyEncoded)).toHtmlEscaped().toUtf8();
        const QByteArray name = s.name.toHtmlEscaped().toUtf8();
        html += "<tr><td><a href=\"" + href + "\">" + name + "</a></td><td>" + s.description.toHtmlEscaped().toUtf8()
            + "</td><td>"
            + (s.on ? "<span style=\"color:ForestGreen\">ON</span>" : "<span style=\"color:DarkRed\">OFF</span>")
            + "</td><td><button type=\"submit\" name=\"" + name + "\" value=\"" + (s.on ? "OFF" : "ON") + "\">Turn "
            + (s.on ? "OFF" : "ON") + "</button></td></tr>\n";
    }
    html += "</table>\n</form>\n</body>\n</html>\n";
    return ApiResponse::text(html, 200, QByteArrayLiteral("text/html; charset=utf-8"));
}

// `GET /management/switchboard[?switch=<name>]`: every switch, or the one named.
ApiResponse showSwitchboard(ApiContext &ctx)
{
    QList<Switch> switches = ctx.core.switchboard().switches();
    const QString only = ctx.request.param(QStringLiteral("switch"));
    if (!only.isNull()) {
        switches.removeIf([&only](const Switch &s) { return s.name != only; });
        if (switches.isEmpty())
            return fail(ctx, ApiError::notFound(QStringLiteral("switch '%1' not found").arg(only)));
    }
    return switchboardPage(ctx, switches);
}

// A browser posts a form to whatever site the form names, and sends along that site's Basic credentials (or none
// where none are needed): a page elsewhere could turn the switches. Browsers say where a request comes from
// (Sec-Fetch-Site, Origin); the switchboard's own form comes from this server. Clients that are not browsers (curl,
// scripts, the console) send neither, and forge nothing.
bool isCrossSite(const ApiRequest &request)
{
    const QByteArray fetchSite = request.header("Sec-Fetch-Site");
    if (!fetchSite.isEmpty() && fetchSite != "same-origin" && fetchSite != "none")
        return true;
    const QByteArray origin = request.header("Origin");
    if (origin.isEmpty())
        return false;
    const QUrl root(request.root);
    return QString::fromUtf8(origin) != root.scheme() + QStringLiteral("://") + root.authority();
}

ApiError notOnOrOff(const QString &name)
{
    return ApiError::badRequest(QStringLiteral("switch '%1' must be \"ON\" or \"OFF\"").arg(name));
}

// The fields of a switchboard POST: the form a browser sends (application/x-www-form-urlencoded), or a JSON object
// of strings for scripts.
Result<QList<QPair<QString, QString>>> switchboardFields(const ApiContext &ctx)
{
    if (!ctx.request.hasJsonContentType())
        return ApiRequest::parseQuery(ctx.request.body);
    const Result<QJsonObject> body = ctx.body();
    if (!body)
        return body.error();
    QList<QPair<QString, QString>> fields;
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (!it.value().isString())
            return notOnOrOff(it.key());
        fields.append({it.key(), it.value().toString()});
    }
    return fields;
}

// `POST /management/switchboard` with `<name>=ON|OFF` fields: flips the switches named (all or none: every field is
// checked first), then shows every switch.
ApiResponse flipSwitches(ApiContext &ctx)
{
    if (isCrossSite(ctx.request))
        return fail(ctx, {403, QStringLiteral("The switchboard takes no form posted from another site"), {}});
    const Result<QList<QPair<QString, QString>>> fields = switchboardFields(ctx);
    if (!fields)
        return fail(ctx, fields.error());
    struct Change
    {
        Switchboard::Name name;
        bool on;
        QString label;
    };
    QList<Change> changes;
    for (const auto &[name, state] : *fields) {
        const std::optional<Switchboard::Name> known = Switchboard::named(name);
        if (!known)
            return fail(ctx, ApiError::badRequest(QStringLiteral("switch '%1' not found").arg(name)));
        const bool on = state.compare(QLatin1StringView("ON"), Qt::CaseInsensitive) == 0;
        if (!on && state.compare(QLatin1StringView("OFF"), Qt::CaseInsensitive) != 0)
            return fail(ctx, notOnOrOff(name));
        changes.append({*known, on, name});
    }
    for (const Change &change : std::as_const(changes)) {
        ctx.core.switchboard().set(change.name, change.on);
        qCInfo(lcApi).noquote() << "switch" << change.label << "turned" << (change.on ? "ON" : "OFF") << "by"
                                << (ctx.caller.login.isEmpty() ? QStringLiteral("an anonymous caller")
                                                               : ctx.caller.login);
    }
    return switchboardPage(ctx, ctx.core.switchboard().switches());
}

ApiResponse manifest(ApiContext &ctx)
{
    // The web UI calls .substring() on these: every value is a string, also when SERVER_VERSION is `off`.
#ifdef ALERTA_VERSION
    const QString build = QStringLiteral(ALERTA_VERSION);
#else
    const QString build = QStringLiteral("DEV");
#endif
#ifdef ALERTA_REVISION
    const QString revision = QStringLiteral(ALERTA_REVISION);
#else
    const QString revision = QStringLiteral("HEAD");
#endif
    const QString release = ConfigJson::serverVersion(ctx.core.settings());
    return ApiResponse::json({{QStringLiteral("release"), release.isNull() ? QStringLiteral("") : release},
                              {QStringLiteral("build"), build},
                              {QStringLiteral("date"), IsoTime::format(processStart)},
                              {QStringLiteral("revision"), revision}});
}

ApiResponse properties(ApiContext &ctx)
{
    // Upstream dumps its environment and configuration with every secret in it; this project forbids secrets in
    // plain outputs, so propertiesText() redacts SECRET_KEY, OAUTH2_CLIENT_SECRET and passwords in URLs.
    return ApiResponse::text(ConfigJson::propertiesText(ctx.core.settings()));
}

// `OK` when the store answers a trivial read.
ApiResponse goodToGo(ApiContext &ctx)
{
    bool alive = false;
    try {
        ctx.core.store().read(
            [&](AlertReader &reader) { alive = reader.sql().scalar(QStringLiteral("SELECT 1")).toInt() == 1; });
    } catch (...) {
        alive = false;
    }
    return alive ? ApiResponse::text("OK") : ApiResponse::text("FAILED", 503);
}

// `OK` unless some heartbeat has not been received for more than four times its timeout.
ApiResponse healthCheck(ApiContext &ctx)
{
    try {
        HeartbeatSelection selection;
        selection.now = ctx.core.heartbeats().now();
        QList<Heartbeat> heartbeats;
        ctx.core.store().read([&](AlertReader &reader) { heartbeats = reader.selectHeartbeats(selection); });
        for (const Heartbeat &heartbeat : std::as_const(heartbeats)) {
            if (heartbeat.since(selection.now) > 4 * heartbeat.timeout)
                return ApiResponse::text("HEARTBEAT_STALE: " + heartbeat.origin.toUtf8(), 503);
        }
    } catch (...) {
        return ApiResponse::text("HEALTH_CHECK_FAILED: Internal Error!", 503);
    }
    return ApiResponse::text("OK");
}

// An hours parameter of housekeeping (spec §6): Flask's `type=int`, so a missing, non-integer or 0 value means
// the configured default (nullopt); otherwise seconds.
std::optional<qint64> hoursParam(const ApiContext &ctx, const QString &name)
{
    bool ok = false;
    const qint64 hours = ctx.request.param(name).trimmed().toLongLong(&ok, 10);
    if (!ok || hours == 0)
        return std::nullopt;
    return hours * 3600;
}

ApiResponse housekeeping(ApiContext &ctx)
{
    const Result<HousekeepingResult> done = ctx.core.engine().housekeeping(hoursParam(ctx, QStringLiteral("expired")),
                                                                           hoursParam(ctx, QStringLiteral("info")));
    if (!done)
        return fail(ctx, done.error());
    // Upstream's answer (spec §6 step 7) plus `deleted`, this server's own key: how many alerts the run deleted,
    // which upstream does not report. Additive, so clients that do not know it ignore it; `count` keeps upstream's
    // meaning (expired + unshelve + unack).
    return ApiResponse::ok({{QStringLiteral("expired"), QJsonArray::fromStringList(done->expired)},
                            {QStringLiteral("unshelve"), QJsonArray::fromStringList(done->unshelve)},
                            {QStringLiteral("unack"), QJsonArray::fromStringList(done->unack)},
                            {QStringLiteral("count"), done->count},
                            {QStringLiteral("deleted"), done->deleted.size()}});
}

// The `alerts.total` gauge: every alert in the store, whatever its customer, recomputed on each call. Read
// directly rather than through AlertEngine::count(), which would count as an `alerts.counts` query.
qint64 totalAlerts(const ApiContext &ctx)
{
    qint64 total = 0;
    ctx.core.store().read([&](AlertReader &reader) {
        total = reader.sql().scalar(QStringLiteral("SELECT COUNT(*) FROM alerts")).toLongLong();
    });
    return total;
}

ApiResponse status(ApiContext &ctx)
{
    const Result<QList<MetricValue>> totals = ctx.core.metricsStore().totals();
    if (!totals)
        return fail(ctx, totals.error());
    return ApiResponse::json(MetricsReport::statusJson(*totals,
                                                       totalAlerts(ctx),
                                                       ConfigJson::serverVersion(ctx.core.settings()),
                                                       ctx.core.engine().now(),
                                                       uptimeMs(),
                                                       ctx.core.switchboard().switches()));
}

ApiResponse metrics(ApiContext &ctx)
{
    const Result<QList<MetricValue>> totals = ctx.core.metricsStore().totals();
    if (!totals)
        return fail(ctx, totals.error());
    return ApiResponse::text(MetricsReport::prometheusText(*totals, totalAlerts(ctx), uptimeMs()),
                             200,
                             QByteArrayLiteral("text/plain; version=0.0.4"));
}

} // namespace

void Routes::addManagementRoutes(ApiRouter &router)
{
    // The router outlives its routes' handlers (both belong to the ApiServer), and every route is added before
    // the first request, so `/` reads the complete table.
    const ApiRouter *table = &router;
    router.add(ApiRoute::unscoped(ApiRoute::Access::Public, "GET", QStringLiteral("/"), [table](ApiContext &ctx) {
        return index(*table, ctx);
    }));
    router.add(ApiRoute::unscoped(ApiRoute::Access::Public, "GET", QStringLiteral("/_"), [](ApiContext &) {
        return ApiResponse::text("OK");
    }));
    router.add(ApiRoute::unscoped(ApiRoute::Access::Public, "GET", QStringLiteral("/config"), config));

    router.add(ApiRoute::unscoped(ApiRoute::Access::Public, "GET", QStringLiteral("/management"), managementIndex));
    router.add("GET", QStringLiteral("/management/manifest"), QStringLiteral("read:management"), manifest);
    router.add("GET", QStringLiteral("/management/properties"), QStringLiteral("admin:management"), properties);
    router.add(ApiRoute::unscoped(ApiRoute::Access::Public, "GET", QStringLiteral("/management/gtg"), goodToGo));
    router.add(
        ApiRoute::unscoped(ApiRoute::Access::Public, "GET", QStringLiteral("/management/healthcheck"), healthCheck));
    for (const char *method : {"GET", "POST"}) {
        // Management routes take no JSON body (only the API blueprint insists on one upstream).
        ApiRoute route;
        route.method = method;
        route.pattern = QStringLiteral("/management/housekeeping");
        route.scope = QStringLiteral("admin:management");
        route.jsonBody = false;
        route.handler = housekeeping;
        router.add(std::move(route));
    }
    router.add("GET", QStringLiteral("/management/switchboard"), QStringLiteral("admin:management"), showSwitchboard);
    ApiRoute flip;
    flip.method = "POST";
    flip.pattern = QStringLiteral("/management/switchboard");
    flip.scope = QStringLiteral("admin:management");
    flip.jsonBody = false; // a browser's form
    flip.handler = flipSwitches;
    router.add(std::move(flip));
    router.add("GET", QStringLiteral("/management/status"), QStringLiteral("read:management"), status);
    router.add("GET", QStringLiteral("/management/metrics"), QStringLiteral("read:management"), metrics);
}
