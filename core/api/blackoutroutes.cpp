// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/alertacore.h"
#include "core/alertjson.h"
#include "core/api/routes.h"
#include "core/blackoutjson.h"
#include "core/blackoutservice.h"

#include <QJsonArray>

// Blackout periods (spec §4.6).

namespace {

using namespace Routes;

QJsonObject blackoutJson(const ApiContext &ctx, const Blackout &blackout)
{
    return BlackoutJson::blackoutToJson(blackout, ctx.request.root, ctx.core.blackouts().now());
}

ApiResponse createBlackout(ApiContext &ctx)
{
    const Result<QJsonObject> body = ctx.body();
    if (!body)
        return fail(ctx, body.error());
    BlackoutService &blackouts = ctx.core.blackouts();
    const Result<Blackout> parsed = BlackoutJson::parseIncomingBlackout(*body,
                                                                        ctx.caller.login,
                                                                        ctx.core.settings().blackoutDuration.count(),
                                                                        blackouts.now());
    if (!parsed)
        return fail(ctx, parsed.error());
    const Result<Blackout> stored = blackouts.create(*parsed, ctx.caller);
    if (!stored)
        return fail(ctx, stored.error());
    ApiResponse r =
        ApiResponse::ok({{QStringLiteral("id"), stored->id}, {QStringLiteral("blackout"), blackoutJson(ctx, *stored)}},
                        201);
    r.addHeader("Location", AlertJson::href(ctx.request.root, u"blackout", stored->id).toUtf8());
    return r;
}

ApiResponse getBlackout(ApiContext &ctx)
{
    const Result<Blackout> blackout = ctx.core.blackouts().get(ctx.arg(0), ctx.caller);
    if (!blackout)
        return fail(ctx, blackout.error());
    return ApiResponse::ok({{QStringLiteral("total"), 1}, {QStringLiteral("blackout"), blackoutJson(ctx, *blackout)}});
}

ApiResponse listBlackouts(ApiContext &ctx)
{
    const Result<BlackoutPage> page = ctx.core.blackouts().list(ctx.request.query, ctx.caller);
    if (!page)
        return fail(ctx, page.error());
    QJsonArray items;
    for (const Blackout &b : page->blackouts)
        items.append(BlackoutJson::blackoutToJson(b, ctx.request.root, page->now));
    QJsonObject extra;
    addPageFields(extra, *page);
    return list(QStringLiteral("blackouts"), items, items.isEmpty() ? 0 : page->total, extra);
}

ApiResponse updateBlackout(ApiContext &ctx)
{
    const Result<QJsonObject> body = ctx.body();
    if (!body)
        return fail(ctx, body.error());
    const Result<Blackout> updated = ctx.core.blackouts().update(ctx.arg(0), *body, ctx.caller);
    if (!updated)
        return fail(ctx, updated.error());
    return ApiResponse::ok({{QStringLiteral("blackout"), blackoutJson(ctx, *updated)}});
}

ApiResponse deleteBlackout(ApiContext &ctx)
{
    const VoidResult removed = ctx.core.blackouts().remove(ctx.arg(0), ctx.caller);
    return removed ? ApiResponse::ok() : fail(ctx, removed.error());
}

} // namespace

void Routes::addBlackoutRoutes(ApiRouter &router)
{
    const QString read = QStringLiteral("read:blackouts");
    const QString write = QStringLiteral("write:blackouts");
    router.add("POST", QStringLiteral("/blackout"), write, createBlackout);
    router.add("GET", QStringLiteral("/blackout/{id}"), read, getBlackout);
    router.add("PUT", QStringLiteral("/blackout/{id}"), write, updateBlackout);
    router.add("DELETE", QStringLiteral("/blackout/{id}"), write, deleteBlackout);
    router.add("GET", QStringLiteral("/blackouts"), read, listBlackouts);
}
