// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/severitymap.h"

#include <QString>

/// The settings the alert engine reads (spec §9), with upstream's names and defaults. The full typed Settings
/// object (file + environment loading) builds one of these; tests construct it directly.
struct EngineConfig
{
    SeverityMap severities = SeverityMap::alertaDefault(); ///< SEVERITY_MAP + DEFAULT_*_SEVERITY
    int historyLimit = 100;                                ///< HISTORY_LIMIT
    bool historyOnValueChange = true;                      ///< HISTORY_ON_VALUE_CHANGE
    qint64 alertTimeout = 86400;                           ///< ALERT_TIMEOUT, seconds
    qint64 ackTimeout = 0;                                 ///< ACK_TIMEOUT, seconds (0 = never auto-unack)
    qint64 shelveTimeout = 7200;                           ///< SHELVE_TIMEOUT, seconds
    int defaultPageSize = 50;                              ///< DEFAULT_PAGE_SIZE
    QString defaultField = QStringLiteral("text");         ///< DEFAULT_FIELD for `q`
    QString defaultOrigin = defaultOriginName();           ///< origin of alerts sent without one
    QString baseUrl;                                       ///< BASE_URL: root of every `href` (no trailing /)

    /// DELETE_EXPIRED_AFTER, seconds: housekeeping deletes closed and expired alerts not received for this long
    /// (0 = never).
    qint64 deleteExpiredAfter = 7200;
    /// DELETE_INFO_AFTER, seconds: housekeeping deletes informational alerts, whatever their status, not received
    /// for this long (0 = never).
    qint64 deleteInfoAfter = 43200;
    qint64 heartbeatTimeout = 86400;   ///< HEARTBEAT_TIMEOUT, seconds: timeout of heartbeats sent without one
    qint64 heartbeatMaxLatency = 2000; ///< HEARTBEAT_MAX_LATENCY, ms: a heartbeat slower than this is `slow`

    /// `<program name>/<host name>`, upstream's default origin.
    static QString defaultOriginName();
};
