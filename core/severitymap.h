// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/result.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

/// The severity → level map of the alarm model (spec §2.1), with the three default severities and the trend rule.
/// Lower level = more severe. Replaceable wholesale through the SEVERITY_MAP setting.
class SeverityMap
{
public:
    enum class Trend { MoreSevere, LessSevere, NoChange };

    /// The ALERTA model's built-in map.
    static SeverityMap alertaDefault();

    /// Builds a map; fails with upstream's start-up message when a default severity is not a key.
    static Result<SeverityMap> create(const QList<QPair<QString, int>> &levels,
                                      const QString &normalSeverity = QStringLiteral("normal"),
                                      const QString &previousSeverity = QStringLiteral("indeterminate"),
                                      const QString &informSeverity = QStringLiteral("informational"));

    bool contains(const QString &severity) const { return m_levels.contains(severity); }
    /// Level of a severity, or -1 when it is not in the map.
    int level(const QString &severity) const { return m_levels.value(severity, -1); }
    /// True when the severity has the normal level (normal, ok, cleared in the default map).
    bool isNormal(const QString &severity) const;

    const QString &normalSeverity() const { return m_normal; }
    const QString &previousSeverity() const { return m_previous; }
    const QString &informSeverity() const { return m_inform; }

    /// trend(prev, cur) of spec §2.2.
    Trend trend(const QString &previous, const QString &current) const;
    static QString trendName(Trend trend);

    /// Severities sorted by level, ties in definition order (the order of upstream's messages).
    const QStringList &ordered() const { return m_ordered; }
    /// (severity, level) pairs in definition order.
    const QList<QPair<QString, int>> &levels() const { return m_definition; }

    /// `Severity (<sev>) is not one of <list>`.
    QString notOneOfMessage(const QString &severity) const;

private:
    QList<QPair<QString, int>> m_definition;
    QHash<QString, int> m_levels;
    QStringList m_ordered;
    QString m_normal;
    QString m_previous;
    QString m_inform;
};
