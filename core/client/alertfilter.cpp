// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/client/alertfilter.h"

#include "core/timestamp.h"

QueryParams AlertFilter::queryParams() const
{
    QueryParams params;
    const auto addAll = [&params](const QString &name, const QStringList &values) {
        for (const QString &value : values)
            params.append({name, value});
    };
    addAll(QStringLiteral("status"), statuses);
    addAll(QStringLiteral("severity"), severities);
    addAll(QStringLiteral("environment"), environments);
    addAll(QStringLiteral("service"), services);
    addAll(QStringLiteral("group"), groups);
    addAll(QStringLiteral("customer"), customers);
    addAll(QStringLiteral("tag"), tags);
    if (!text.trimmed().isEmpty())
        params.append({QStringLiteral("q"), text.trimmed()});
    if (from)
        params.append({QStringLiteral("from-date"), IsoTime::format(*from)});
    if (to)
        params.append({QStringLiteral("to-date"), IsoTime::format(*to)});
    return params;
}
