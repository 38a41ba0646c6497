// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "models/timeformat.h"

#include <QDateTime>

#include "core/timestamp.h"

namespace {

TimeFormat::Formatter &installedFormatter()
{
    static TimeFormat::Formatter formatter;
    return formatter;
}

} // namespace

void TimeFormat::setFormatter(Formatter formatter)
{
    installedFormatter() = std::move(formatter);
}

QString TimeFormat::local(Timestamp ms)
{
    if (ms == 0)
        return {};
    if (const Formatter &formatter = installedFormatter())
        return formatter(ms);
    return iso(ms);
}

QString TimeFormat::iso(Timestamp ms)
{
    if (ms == 0)
        return {};
    // ISO-like rather than the locale's short format: unambiguous, sortable, and seconds matter in triage.
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString TimeFormat::utc(Timestamp ms)
{
    return ms == 0 ? QString() : IsoTime::format(ms);
}

QString TimeFormat::ago(qint64 seconds)
{
    if (seconds < 5)
        return tr("just now");
    if (seconds < 60)
        return tr("%1 s ago").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min ago").arg(seconds / 60);
    if (seconds < 86400)
        return tr("%1 h ago").arg(seconds / 3600);
    return tr("%1 d ago").arg(seconds / 86400);
}
