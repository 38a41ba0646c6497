// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/logging.h"

Q_LOGGING_CATEGORY(lcStore, "alerta.core.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngine, "alerta.core.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHousekeeping, "alerta.core.housekeeping", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHeartbeatAlerts, "alerta.core.heartbeatalerts", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "alerta.core.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "alerta.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcClient, "alerta.client", QtInfoMsg)
