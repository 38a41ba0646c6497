// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/api/routes.h"

#include <QJsonArray>

#include "core/alertacore.h"
#include "core/jsontext.h"
#include "core/receivepipeline.h"

namespace Routes {

void addAll(ApiRouter &router)
{
    addManagementRoutes(router);
    addEmbedRoutes(router);
    addAlertRoutes(router);
    addHeartbeatRoutes(router);
    addBlackoutRoutes(router);
    addIdentityRoutes(router);
    addAuthRoutes(router);
    addWebhookRoutes(router);
}

std::optional<ApiResponse> refusalWhileSendersAreOff(const ApiContext &ctx)
{
    if (ctx.core.switchboard().isOn(Switchboard::Name::SenderApiAllow))
        return std::nullopt;
    // 503, not 403: the sender did nothing wrong and should send again later (senders retry on 503).
    return fail(ctx,
                ApiError::unavailable(QStringLiteral("Alerts are not accepted through the API at the moment "
                                                     "(switch sender-api-allow is OFF)")));
}

namespace {

ReceiveContext receiveContextOf(const ApiContext &ctx)
{
    return {ctx.caller, ctx.request.peerAddress, QString::fromUtf8(ctx.request.header("X-Forwarded-For"))};
}

// The pipeline's outcome as the stored alert, or the answer when it was not stored (an error, 202).
std::variant<Alert, ApiResponse> answerOf(const Result<ReceiveOutcome> &outcome,
                                          const QString &alertId,
                                          const QString &requestId)
{
    if (!outcome) {
        if (outcome.error().code == 429) // not in the error envelope (spec §3.1)
            return ApiResponse::json({{QStringLiteral("status"), QStringLiteral("error")},
                                      {QStringLiteral("message"), outcome.error().message},
                                      {QStringLiteral("id"), alertId}},
                                     429);
        return ApiResponse::error(outcome.error(), requestId);
    }
    if (!outcome->stored) {
        QJsonObject accepted{{QStringLiteral("message"), outcome->accepted.message}};
        if (!outcome->accepted.id.isEmpty())
            accepted.insert(QStringLiteral("id"), outcome->accepted.id);
        return ApiResponse::ok(accepted, 202);
    }
    return outcome->stored->alert;
}

} // namespace

std::variant<Alert, ApiResponse> receiveAlert(ApiContext &ctx, const Alert &alert)
{
    return answerOf(ctx.core.receivePipeline().receive(alert, receiveContextOf(ctx)), alert.id, ctx.request.requestId);
}

ApiResponse receiveAlertLater(ApiContext &ctx, Alert alert, std::function<ApiResponse(const Alert &stored)> created)
{
    const QString alertId = alert.id;
    ctx.core.receivePipeline().receiveThen(
        std::move(alert),
        receiveContextOf(ctx),
        [answerLater = ctx.answerLater, alertId, requestId = ctx.request.requestId, created = std::move(created)](
            Result<ReceiveOutcome> outcome) {
            // Built where the answer is written, not on the store's writer, which has the next commit to make.
            answerLater([outcome = std::move(outcome), alertId, requestId, created] {
                std::variant<Alert, ApiResponse> answer = answerOf(outcome, alertId, requestId);
                if (auto *notStored = std::get_if<ApiResponse>(&answer))
                    return std::move(*notStored);
                return created(std::get<Alert>(answer));
            });
        });
    return ApiResponse::later();
}

ApiResponse list(const QString &key, const QJsonArray &items, qint64 total, QJsonObject extra)
{
    const QByteArray name = key.toLatin1();
    return list(QLatin1StringView(name), JsonText::encode(items), items.size(), total, std::move(extra));
}

ApiResponse list(QLatin1StringView key, QByteArrayView items, qsizetype count, qint64 total, QJsonObject extra)
{
    extra.insert(QStringLiteral("total"), total);
    if (count == 0)
        extra.insert(QStringLiteral("message"), QStringLiteral("not found"));
    return ApiResponse::okWith(key, items, extra);
}

ApiResponse alertCreated(const Alert &stored, const QString &root, const AlertJson::SerializeOptions &options)
{
    QByteArray json;
    AlertJson::appendAlertJson(json, stored, root, options);
    return ApiResponse::okWith(QLatin1StringView("alert"), json, {{QStringLiteral("id"), stored.id}}, 201);
}

} // namespace Routes
