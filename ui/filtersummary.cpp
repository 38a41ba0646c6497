// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/filtersummary.h"

#include "models/timeformat.h"

QString FilterSummary::describe(const AlertFilter &filter)
{
    QStringList parts;
    const auto addList = [&parts](const QString &label, const QStringList &values) {
        if (!values.isEmpty())
            parts.append(label.arg(values.join(QStringLiteral(", "))));
    };
    addList(tr("status %1"), filter.statuses);
    addList(tr("severity %1"), filter.severities);
    addList(tr("environment %1"), filter.environments);
    addList(tr("service %1"), filter.services);
    addList(tr("group %1"), filter.groups);
    addList(tr("customer %1"), filter.customers);
    if (const QString text = filter.text.trimmed(); !text.isEmpty())
        parts.append(tr("“%1”", "the search query").arg(text));
    if (filter.from)
        parts.append(tr("since %1").arg(TimeFormat::local(*filter.from)));
    if (filter.to)
        parts.append(tr("until %1").arg(TimeFormat::local(*filter.to)));
    return parts.isEmpty() ? tr("all alerts") : parts.join(QStringLiteral(" · "));
}
