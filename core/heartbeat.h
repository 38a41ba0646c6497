// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/clock.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

/// A heartbeat (spec §7.1): a monitored origin's periodic "still alive", one row per (origin, customer).
/// latency, since and status are not stored: they are computed from the times, `since` as of a given "now".
struct Heartbeat
{
    enum class Status { Ok, Slow, Expired };

    QString id;
    QString origin;
    QStringList tags;
    QJsonObject attributes;
    QString type = QStringLiteral("Heartbeat");
    Timestamp createTime = 0;  ///< when the sender made it
    qint64 timeout = 86400;    ///< seconds without a new heartbeat before it is `expired`
    Timestamp receiveTime = 0; ///< when the server last stored it
    QString customer;          ///< null = no customer
    qint64 maxLatency = 2000;  ///< HEARTBEAT_MAX_LATENCY, ms; not stored, set from the configuration

    /// receiveTime − createTime, ms.
    qint64 latency() const { return receiveTime - createTime; }
    /// Whole seconds from receiveTime to `now`.
    qint64 since(Timestamp now) const { return (now - receiveTime) / 1000; }
    /// `expired` if since > timeout, else `slow` if latency > maxLatency, else `ok`.
    Status status(Timestamp now) const
    {
        if (since(now) > timeout)
            return Status::Expired;
        return latency() > maxLatency ? Status::Slow : Status::Ok;
    }
    /// `ok`, `slow` or `expired`.
    static QString statusName(Status status)
    {
        switch (status) {
        case Status::Slow:
            return QStringLiteral("slow");
        case Status::Expired:
            return QStringLiteral("expired");
        case Status::Ok:
            break;
        }
        return QStringLiteral("ok");
    }

    bool operator==(const Heartbeat &) const = default;
};
