// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/severitypage.h"

#include "core/severitymap.h"

#include <algorithm>
#include <optional>

namespace {

/// The severities of one level and how many matching alerts they have.
struct LevelRows
{
    std::optional<int> level; ///< none for severities outside the map
    QStringList severities;
    qint64 count = 0;
};

/// The levels in the page order: by level, ascending or not, those outside the map last.
QList<LevelRows> levelsInOrder(const QMap<QString, qint64> &severityCounts, const SeverityMap &map, bool ascending)
{
    QList<LevelRows> levels;
    for (auto it = severityCounts.cbegin(); it != severityCounts.cend(); ++it) {
        const std::optional<int> level =
            map.contains(it.key()) ? std::optional<int>(map.level(it.key())) : std::nullopt;
        auto same = std::find_if(levels.begin(), levels.end(), [&](const LevelRows &l) { return l.level == level; });
        if (same == levels.end())
            same = levels.insert(levels.end(), LevelRows{level, {}, 0});
        same->severities.append(it.key());
        same->count += it.value();
    }
    std::sort(levels.begin(), levels.end(), [ascending](const LevelRows &a, const LevelRows &b) {
        if (!a.level || !b.level)
            return a.level.has_value() && !b.level.has_value();
        return ascending ? *a.level < *b.level : *a.level > *b.level;
    });
    return levels;
}

} // namespace

namespace SeverityPage {

AlertSelection narrowed(AlertSelection selection,
                        const SeverityFirstOrder &order,
                        const QMap<QString, qint64> &severityCounts,
                        const SeverityMap &severities)
{
    const qint64 first = selection.offset;
    const qint64 end = first + selection.limit;
    qint64 start = 0;
    qint64 before = 0;
    QStringList shown;
    int shownLevels = 0;
    for (const LevelRows &level : levelsInOrder(severityCounts, severities, order.ascending)) {
        const qint64 stop = start + level.count;
        if (stop <= first) {
            before += level.count;
        } else if (start < end) {
            shown += level.severities;
            ++shownLevels;
        }
        start = stop;
    }
    if (shown.isEmpty())
        return selection;
    selection.where.andWith(SqlFragment::in(QStringLiteral("severity"), shown));
    selection.offset = static_cast<int>(first - before);
    // Within one level the severity term is the same for every row: the rest of the order decides.
    if (shownLevels == 1)
        selection.orderBy = order.thenBy;
    return selection;
}

} // namespace SeverityPage
