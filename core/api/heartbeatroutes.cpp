// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/alertacore.h"
#include "core/alertengine.h"
#include "core/api/routes.h"
#include "core/heartbeatjson.h"
#include "core/heartbeatservice.h"

#include <QJsonArray>

// Heartbeats (spec §4.5, §7).

namespace {

using namespace Routes;

ApiResponse createHeartbeat(ApiContext &ctx)
{
    const Result<QJsonObject> body = ctx.body();
    if (!body)
        return fail(ctx, body.error());
    HeartbeatService &heartbeats = ctx.core.heartbeats();
    const Result<Heartbeat> parsed =
        HeartbeatJson::parseIncomingHeartbeat(*body, ctx.core.engine().config(), heartbeats.now());
    if (!parsed)
        return fail(ctx, parsed.error());
    const Result<Heartbeat> stored = heartbeats.upsert(*parsed, ctx.caller);
    if (!stored)
        return fail(ctx, stored.error());
    // No Location header: upstream sends none for heartbeats.
    return ApiResponse::ok(
        {{QStringLiteral("id"), stored->id},
         {QStringLiteral("heartbeat"), HeartbeatJson::heartbeatToJson(*stored, ctx.request.root, heartbeats.now())}},
        201);
}

ApiResponse getHeartbeat(ApiContext &ctx)
{
    HeartbeatService &heartbeats = ctx.core.heartbeats();
    const Result<Heartbeat> heartbeat = heartbeats.get(ctx.arg(0), ctx.caller);
    if (!heartbeat)
        return fail(ctx, heartbeat.error());
    return ApiResponse::ok({{QStringLiteral("total"), 1},
                            {QStringLiteral("heartbeat"),
                             HeartbeatJson::heartbeatToJson(*heartbeat, ctx.request.root, heartbeats.now())}});
}

ApiResponse listHeartbeats(ApiContext &ctx)
{
    const Result<HeartbeatPage> page = ctx.core.heartbeats().list(ctx.request.query, ctx.caller);
    if (!page)
        return fail(ctx, page.error());
    QJsonArray items;
    for (const Heartbeat &h : page->heartbeats)
        items.append(HeartbeatJson::heartbeatToJson(h, ctx.request.root, page->now));
    QJsonObject extra;
    addPageFields(extra, *page);
    // Upstream answers total 0 with an empty page, whatever the count said.
    return list(QStringLiteral("heartbeats"), items, items.isEmpty() ? 0 : page->total, extra);
}

ApiResponse deleteHeartbeat(ApiContext &ctx)
{
    const VoidResult removed = ctx.core.heartbeats().remove(ctx.arg(0), ctx.caller);
    return removed ? ApiResponse::ok() : fail(ctx, removed.error());
}

} // namespace

void Routes::addHeartbeatRoutes(ApiRouter &router)
{
    const QString read = QStringLiteral("read:heartbeats");
    const QString write = QStringLiteral("write:heartbeats");
    router.add("POST", QStringLiteral("/heartbeat"), write, createHeartbeat);
    router.add("GET", QStringLiteral("/heartbeat/{id}"), read, getHeartbeat);
    router.add("DELETE", QStringLiteral("/heartbeat/{id}"), write, deleteHeartbeat);
    router.add("GET", QStringLiteral("/heartbeats"), read, listHeartbeats);
}
