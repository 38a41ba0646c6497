// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/alertrow.h"

namespace AlertRow {

const QString AlertColumns = QStringLiteral(
    "rid, id, resource, event, environment, severity, correlate, status, service, \"group\", value, text, tags, "
    "attributes, origin, type, create_time, timeout, raw_data, customer, duplicate_count, repeat, previous_severity, "
    "trend_indication, receive_time, last_receive_id, last_receive_time, update_time");
const QString AlertColumnsNoRaw = QString(AlertColumns).replace(QStringLiteral("raw_data"), QStringLiteral("NULL"));
// "user" is quoted: PostgreSQL reads a bare `user` as CURRENT_USER.
const QString HistoryColumns =
    QStringLiteral("id, event, severity, status, value, text, type, update_time, \"user\", timeout");
const QString NoteColumns =
    QStringLiteral("id, text, \"user\", attributes, type, create_time, update_time, alert, customer");
const QString HeartbeatColumns =
    QStringLiteral("id, origin, tags, type, create_time, timeout, receive_time, customer, attributes");

} // namespace AlertRow
