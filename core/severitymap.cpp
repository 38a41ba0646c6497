// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/severitymap.h"

#include <algorithm>

SeverityMap SeverityMap::alertaDefault()
{
    static const SeverityMap map = create({{QStringLiteral("security"), 0},
                                           {QStringLiteral("critical"), 1},
                                           {QStringLiteral("major"), 2},
                                           {QStringLiteral("minor"), 3},
                                           {QStringLiteral("warning"), 4},
                                           {QStringLiteral("indeterminate"), 5},
                                           {QStringLiteral("informational"), 6},
                                           {QStringLiteral("normal"), 7},
                                           {QStringLiteral("ok"), 7},
                                           {QStringLiteral("cleared"), 7},
                                           {QStringLiteral("debug"), 8},
                                           {QStringLiteral("trace"), 9},
                                           {QStringLiteral("unknown"), 10}})
                                       .value();
    return map;
}

Result<SeverityMap> SeverityMap::create(const QList<QPair<QString, int>> &levels,
                                        const QString &normalSeverity,
                                        const QString &previousSeverity,
                                        const QString &informSeverity)
{
    SeverityMap map;
    map.m_definition = levels;
    for (const auto &[name, level] : levels)
        map.m_levels.insert(name, level);
    QList<QPair<QString, int>> sorted = levels;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    for (const auto &entry : sorted)
        map.m_ordered.append(entry.first);
    map.m_normal = normalSeverity;
    map.m_previous = previousSeverity;
    map.m_inform = informSeverity;
    const QString list = map.m_ordered.join(QStringLiteral(", "));
    if (!map.contains(normalSeverity))
        return ApiError::internal(
            QStringLiteral("DEFAULT_NORMAL_SEVERITY (%1) is not one of %2").arg(normalSeverity, list));
    if (!map.contains(previousSeverity))
        return ApiError::internal(
            QStringLiteral("DEFAULT_PREVIOUS_SEVERITY (%1) is not one of %2").arg(previousSeverity, list));
    return map;
}

bool SeverityMap::isNormal(const QString &severity) const
{
    const int l = level(severity);
    return l >= 0 && l == level(m_normal);
}

SeverityMap::Trend SeverityMap::trend(const QString &previous, const QString &current) const
{
    const int p = level(previous);
    const int c = level(current);
    if (p < 0 || c < 0 || p == c)
        return Trend::NoChange;
    return p > c ? Trend::MoreSevere : Trend::LessSevere;
}

QString SeverityMap::trendName(Trend trend)
{
    switch (trend) {
    case Trend::MoreSevere:
        return QStringLiteral("moreSevere");
    case Trend::LessSevere:
        return QStringLiteral("lessSevere");
    case Trend::NoChange:
        break;
    }
    return QStringLiteral("noChange");
}

QString SeverityMap::notOneOfMessage(const QString &severity) const
{
    return QStringLiteral("Severity (%1) is not one of %2").arg(severity, m_ordered.join(QStringLiteral(", ")));
}
