// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alert.h"

#include <QFile>
#include <QUuid>

#include <algorithm>
#include <vector>

namespace Bench {

/// A memory line of /proc/self/status (`VmRSS`, `VmHWM`, `RssAnon`...) in MiB; -1 when there is none.
inline double statusMiB(const QByteArray &key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = key + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

/// Peak resident memory of this process (VmHWM), in MiB.
inline double peakMemoryMiB()
{
    return statusMiB("VmHWM");
}

template<typename T>
T median(std::vector<T> values)
{
    if (values.empty())
        return T{}; // a run that measured nothing: 0 rather than reading past the end
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

/// The i-th alert of the workload: 1,000 resources x 10 events; every 10th submission of a key flips severity
/// (a correlation), the rest repeat it (duplicates); environments alternate so that filters have work to do.
inline Alert workloadAlert(int i, qint64 now)
{
    const int key = i % 10000;
    const int round = i / 10000;
    Alert a;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.resource = QStringLiteral("host%1").arg(key % 1000);
    a.event = QStringLiteral("event%1").arg(key / 1000);
    a.environment = key % 2 ? QStringLiteral("Production") : QStringLiteral("Development");
    static const QString severities[] = {QStringLiteral("major"),
                                         QStringLiteral("minor"),
                                         QStringLiteral("critical"),
                                         QStringLiteral("warning")};
    a.severity = severities[(key + round / 10) % 4];
    a.status = QStringLiteral("open");
    a.service = {QStringLiteral("Web"), QStringLiteral("svc%1").arg(key % 7)};
    a.group = QStringLiteral("Performance");
    a.value = QString::number(round % 3);
    a.text = QStringLiteral("load is high on %1").arg(a.resource);
    a.tags = {QStringLiteral("bench")};
    a.attributes.insert(QStringLiteral("region"), QStringLiteral("eu-%1").arg(key % 3));
    a.origin = QStringLiteral("bench/localhost");
    a.type = QStringLiteral("exceptionAlert");
    a.createTime = now;
    a.timeout = 86400;
    a.lastReceiveId = a.id;
    return a;
}

} // namespace Bench
