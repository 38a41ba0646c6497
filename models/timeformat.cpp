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

QString TimeFormat::duration(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600) {
        return seconds % 60 ? tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60) : tr("%1 min").arg(seconds / 60);
    }
    if (seconds < 86400) {
        const qint64 minutes = seconds / 60 % 60;
        return minutes ? tr("%1 h %2 min").arg(seconds / 3600).arg(minutes) : tr("%1 h").arg(seconds / 3600);
    }
    const qint64 hours = seconds / 3600 % 24;
    return hours ? tr("%1 d %2 h").arg(seconds / 86400).arg(hours) : tr("%1 d").arg(seconds / 86400);
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
