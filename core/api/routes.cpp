// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/api/routes.h"

#include <QJsonArray>

namespace Routes {

void addAll(ApiRouter &router)
{
    addManagementRoutes(router);
    addAlertRoutes(router);
    addHeartbeatRoutes(router);
    addBlackoutRoutes(router);
    addIdentityRoutes(router);
    addAuthRoutes(router);
    addWebhookRoutes(router);
}

ApiResponse list(const QString &key, const QJsonArray &items, qint64 total, QJsonObject extra)
{
    extra.insert(key, items);
    extra.insert(QStringLiteral("total"), total);
    if (items.isEmpty())
        extra.insert(QStringLiteral("message"), QStringLiteral("not found"));
    return ApiResponse::ok(extra);
}

} // namespace Routes
