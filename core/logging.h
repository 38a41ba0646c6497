// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStore)           // alerta.core.store
Q_DECLARE_LOGGING_CATEGORY(lcEngine)          // alerta.core.engine
Q_DECLARE_LOGGING_CATEGORY(lcHousekeeping)    // alerta.core.housekeeping
Q_DECLARE_LOGGING_CATEGORY(lcHeartbeatAlerts) // alerta.core.heartbeatalerts
Q_DECLARE_LOGGING_CATEGORY(lcSettings)        // alerta.core.settings
Q_DECLARE_LOGGING_CATEGORY(lcApi)             // alerta.api: one line per request
Q_DECLARE_LOGGING_CATEGORY(lcClient)          // alerta.client: the console's backends (embedded, remote)
