// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alertquery.h"
#include "core/alertstore.h"

#include <QMap>

class SeverityMap;

/// A page of alerts sorted by severity first (the web UI's default) needs only the rows of the severity levels it
/// shows. The counts by severity, which the list answer carries anyway and which come from the same snapshot, say
/// which levels those are and how many rows come before them; the store then sorts those rows alone instead of every
/// match, and a page within one level is sorted by the rest of the order only, which an index can give (newest
/// first within (environment, status, severity)). At 100,000 alerts the most severe levels are usually small, so the
/// first pages read a few rows.
namespace SeverityPage {

/// `selection` (the page of a query ordered by `order`) restricted to the severities on the page, with its offset
/// counted from the first of them. Severities outside `severities` sort last either way, as the SQL order puts them
/// (NULLS LAST). Unchanged when the page lies beyond the counted rows.
AlertSelection narrowed(AlertSelection selection,
                        const SeverityFirstOrder &order,
                        const QMap<QString, qint64> &severityCounts,
                        const SeverityMap &severities);

} // namespace SeverityPage
