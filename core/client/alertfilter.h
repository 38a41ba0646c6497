// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alertengine.h"
#include "core/clock.h"

#include <QString>
#include <QStringList>

#include <optional>

/// What the console asks a server for: the filters of `GET /alerts` (spec §4.1) that the filter bar sets. Empty
/// lists do not filter. The same filter selects the alerts of the live list, the preview count of "act on
/// everything matching" and the alerts that command then reaches, so all three always agree.
///
/// The console's live list leaves `environments` empty and shows environments as tabs over the loaded alerts, so
/// that switching tabs needs no round trip; a command on "everything matching" names the tab's environment.
struct AlertFilter
{
    QStringList statuses{QStringLiteral("open"), QStringLiteral("ack")}; ///< webui's default view
    QStringList severities;
    QStringList environments;
    QStringList services;
    QStringList groups;
    QStringList customers;
    QStringList tags;              ///< `tag`: alerts with any of these tags (the Watched view: `watch:<login>`)
    QString text;                  ///< `q` (Lucene-like, server-side; spec §4.1)
    std::optional<Timestamp> from; ///< `from-date`: lastReceiveTime after this (ms since the epoch, UTC)
    std::optional<Timestamp> to;   ///< `to-date`: lastReceiveTime at or before this

    /// The filter as `/alerts` query parameters, in a fixed order (status, severity, environment, service, group,
    /// customer, tag, q, from-date, to-date); timestamps formatted as the API wants (`YYYY-MM-DDThh:mm:ss.sssZ`).
    QueryParams queryParams() const;

    bool operator==(const AlertFilter &) const = default;
};
