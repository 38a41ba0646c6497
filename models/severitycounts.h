// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/severitymap.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

/// Alerts counted per severity, most severe first (the server's order; severities outside its model last, by
/// name): what the status bar and the tray icon's tooltip say, and the worst one the tray paints.
struct SeverityCounts
{
    QList<QPair<QString, int>> bySeverity; ///< only severities with a count
    int total = 0;

    /// Orders `counts` by `severities`.
    static SeverityCounts from(QHash<QString, int> counts, const SeverityMap &severities);
    /// The most severe severity counted; empty when nothing is.
    QString worst() const { return bySeverity.isEmpty() ? QString() : bySeverity.first().first; }
    /// "3 critical · 10 major" in the locale's numbers; empty when nothing is counted.
    QString text() const;
};
