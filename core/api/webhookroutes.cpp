// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/alertacore.h"
#include "core/alertengine.h"
#include "core/alertjson.h"
#include "core/api/routes.h"
#include "core/prometheuswebhook.h"
#include "core/receivepipeline.h"

#include <QJsonArray>

// Webhooks (spec §4.12): payloads of other tools turned into alerts that go through the receive pipeline (§3).
// Only Alertmanager's (`prometheus`) is built in.

namespace {

using namespace Routes;

// The alert bodies a webhook makes of a request, or its 400; 404 for a webhook this server does not have.
Result<QList<QJsonObject>> incoming(const ApiContext &ctx, const QString &name)
{
    if (name == QLatin1StringView("prometheus")) {
        PrometheusWebhook::Options options;
        options.defaultEnvironment = ctx.core.settings().defaultEnvironment;
        options.normalSeverity = ctx.core.engine().config().severities.normalSeverity();
        return PrometheusWebhook::alertBodies(ctx.request.body, options);
    }
    return ApiError::notFound(QStringLiteral("Custom webhook '%1' not found.").arg(name));
}

ApiResponse webhook(ApiContext &ctx)
{
    if (std::optional<ApiResponse> refused = refusalWhileSendersAreOff(ctx))
        return std::move(*refused);
    const Result<QList<QJsonObject>> bodies = incoming(ctx, ctx.arg(0));
    if (!bodies)
        return fail(ctx, bodies.error());

    // Every alert is parsed before any is received, as upstream builds them all first: a bad one stores nothing.
    AlertEngine &engine = ctx.core.engine();
    QList<Alert> alerts;
    for (const QJsonObject &body : bodies.value()) {
        const Result<Alert> alert = AlertJson::parseIncomingAlert(body, engine.config(), engine.now());
        if (!alert)
            return fail(ctx, alert.error());
        alerts.append(*alert);
    }

    QList<Alert> stored;
    for (const Alert &alert : std::as_const(alerts)) {
        // As upstream, the first alert that is not stored answers for the whole request.
        std::variant<Alert, ApiResponse> outcome = receiveAlert(ctx, alert);
        if (auto *answer = std::get_if<ApiResponse>(&outcome))
            return std::move(*answer);
        stored.append(std::get<Alert>(outcome));
    }

    if (stored.size() == 1) {
        AlertJson::SerializeOptions options;
        options.defaultTimeout = engine.config().alertTimeout;
        return alertCreated(stored.first(), ctx.request.root, options);
    }
    QJsonArray ids;
    for (const Alert &alert : std::as_const(stored))
        ids.append(alert.id);
    return ApiResponse::ok({{QStringLiteral("ids"), ids}}, 201);
}

} // namespace

void Routes::addWebhookRoutes(ApiRouter &router)
{
    // `/webhooks/<name>` and `/webhooks/<name>/<sub-path>` (any number of segments); any body, read as the webhook
    // wants it.
    for (const QString &pattern : {QStringLiteral("/webhooks/{name}"), QStringLiteral("/webhooks/{name}/{path...}")}) {
        for (const char *method : {"GET", "POST"}) {
            ApiRoute route;
            route.method = method;
            route.pattern = pattern;
            route.scope = QStringLiteral("write:webhooks");
            route.jsonBody = false;
            route.handler = webhook;
            router.add(std::move(route));
        }
    }
}
