// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alert.h"
#include "core/alertjson.h"
#include "core/api/apirouter.h"
#include "core/paging.h"
#include "core/result.h"

#include <QJsonObject>

#include <optional>
#include <variant>

/// The endpoints of spec §4, one function per group, each adding its routes to the router.
namespace Routes {

/// Every group below, in the order they are matched.
void addAll(ApiRouter &router);

void addAlertRoutes(ApiRouter &router);      ///< §4.2, §4.3: alerts, notes, searches and aggregations
void addHeartbeatRoutes(ApiRouter &router);  ///< §4.5
void addBlackoutRoutes(ApiRouter &router);   ///< §4.6
void addIdentityRoutes(ApiRouter &router);   ///< §4.7, §4.8: keys, users, groups, perms, customers, scopes
void addAuthRoutes(ApiRouter &router);       ///< §4.9: login, signup, logout, userinfo
void addManagementRoutes(ApiRouter &router); ///< §4.10, §4.11: /, /_, /config, /management/*
void addEmbedRoutes(ApiRouter &router);      ///< §4.10: /oembed, /embed.js
void addWebhookRoutes(ApiRouter &router);    ///< §4.12: /webhooks/prometheus

// Shared by the handlers of every group.

/// The error envelope for a failed result, for `return fail(ctx, r);` in handlers.
inline ApiResponse fail(const ApiContext &ctx, const ApiError &error)
{
    return ctx.fail(error);
}

/// `page`, `pageSize`, `pages` and `more` of a list answer.
inline void addPageFields(QJsonObject &answer, const PageInfo &page)
{
    answer.insert(QStringLiteral("page"), page.page);
    answer.insert(QStringLiteral("pageSize"), page.pageSize);
    answer.insert(QStringLiteral("pages"), page.pages);
    answer.insert(QStringLiteral("more"), page.more);
}

/// The 503 for a sender while the switch `sender-api-allow` is OFF (checked once per request, before any alert of
/// it is received), or nothing.
std::optional<ApiResponse> refusalWhileSendersAreOff(const ApiContext &ctx);

/// Runs one parsed alert through the receive pipeline for this request (spec §3.1): the stored alert, or the answer
/// when nothing was stored (202, 429 outside the error envelope, or the error envelope).
std::variant<Alert, ApiResponse> receiveAlert(ApiContext &ctx, const Alert &alert);
/// receiveAlert() without waiting for the commit: answers through ctx.answerLater, with `created(stored)` when the
/// alert was stored; returns ApiResponse::later().
ApiResponse receiveAlertLater(ApiContext &ctx, Alert alert, std::function<ApiResponse(const Alert &stored)> created);

/// A list answer (spec §0): `{status: "ok", <key>: items, total, ...extra}`, with `message: "not found"` when
/// nothing was found.
ApiResponse list(const QString &key, const QJsonArray &items, qint64 total, QJsonObject extra = {});
/// The same with the items already written as a JSON array (JsonText), `count` of them.
ApiResponse list(QLatin1StringView key, QByteArrayView items, qsizetype count, qint64 total, QJsonObject extra = {});

/// 201 `{status: "ok", id, alert}`: the answer to a stored alert.
ApiResponse alertCreated(const Alert &stored, const QString &root, const AlertJson::SerializeOptions &options);

} // namespace Routes
