// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/api/routes.h"

void Routes::addHeartbeatRoutes(ApiRouter &router)
{
    Q_UNUSED(router)
}
