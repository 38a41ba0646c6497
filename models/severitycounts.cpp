// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "models/severitycounts.h"

#include "models/alertvaluetext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

SeverityCounts SeverityCounts::from(QHash<QString, int> counts, const SeverityMap &severities)
{
    SeverityCounts result;
    const auto take = [&](const QString &severity) {
        if (const int n = counts.take(severity); n > 0) {
            result.bySeverity.append({severity, n});
            result.total += n;
        }
    };
    for (const QString &severity : severities.ordered())
        take(severity);
    QStringList others = counts.keys(); // severities outside the alarm model, if a server sends any
    others.sort();
    for (const QString &severity : std::as_const(others))
        take(severity);
    return result;
}

QString SeverityCounts::text() const
{
    const QLocale locale;
    QStringList parts;
    for (const auto &[severity, n] : bySeverity)
        parts.append(QCoreApplication::translate("SeverityCounts", "%1 %2", "count, severity")
                         .arg(locale.toString(n), AlertValueText::severity(severity)));
    return parts.join(QStringLiteral(" · "));
}
