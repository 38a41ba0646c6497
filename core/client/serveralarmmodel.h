// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/severitymap.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

/// The alarm model a server announces in `GET /config` (spec §4.10, §2.1): severity levels (sort order) and the
/// colours its web UI paints severities and statuses with. Colours stay CSS colour strings here (`red`, `#00CC00`)
/// because core has no Gui; the models turn them into QColor.
struct ServerAlarmModel
{
    QString name; ///< e.g. `Alerta 9.1.0`
    SeverityMap severities = SeverityMap::alertaDefault();
    QHash<QString, QString> severityColors; ///< severity → CSS colour
    QHash<QString, QString> statusColors;   ///< status → CSS colour (ack, shelved)
    QString textColor;                      ///< colour of text on severity backgrounds; empty = palette default
    qint64 ackTimeout = 0;                  ///< `timeouts.ack`, seconds (the default of the ack dialog)
    qint64 shelveTimeout = 7200;            ///< `timeouts.shelve`, seconds
    bool customerViews = false;             ///< `customer_views`: show the customer column and filter

    /// The ALERTA model with upstream's default colours (what an unreachable server is shown with).
    static ServerAlarmModel alertaDefault();
    /// Reads `/config`. Missing or malformed parts keep their defaults: an older or foreign server must still be
    /// shown, only with default colours.
    static ServerAlarmModel fromConfig(const QJsonObject &config);
};
