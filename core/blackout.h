// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/clock.h"

#include <QString>
#include <QStringList>

#include <algorithm>

/// A blackout period (spec §4.6): alerts of `environment` that also meet every criterion set here and were created
/// inside [startTime, endTime) are suppressed or stored as `blackout` (§3.8, see BlackoutMatch).
/// A null QString is a criterion that is not set (JSON null); an empty list of services or tags is not set either.
/// status and remaining are not stored: they are computed as of a given "now".
struct Blackout
{
    enum class Status { Pending, Active, Expired };

    QString id;
    int priority = 0; ///< informational only (never used for matching); computePriority() of the criteria
    QString environment;
    QStringList service;
    QString resource;
    QString event;
    QString group;
    QStringList tags;
    QString origin;
    QString customer;        ///< null = no customer (applies to every customer)
    Timestamp startTime = 0; ///< inclusive
    Timestamp endTime = 0;   ///< exclusive
    qint64 duration = 0;     ///< seconds, (endTime − startTime) as whole seconds
    QString user;            ///< login of the creator, null when anonymous
    Timestamp createTime = 0;
    QString text;

    /// `pending` if startTime > now; `active` if startTime <= now < endTime; `expired` if endTime <= now.
    Status status(Timestamp now) const
    {
        if (startTime > now)
            return Status::Pending;
        return now < endTime ? Status::Active : Status::Expired;
    }

    /// `pending`, `active` or `expired`.
    static QString statusName(Status status)
    {
        switch (status) {
        case Status::Pending:
            return QStringLiteral("pending");
        case Status::Expired:
            return QStringLiteral("expired");
        case Status::Active:
            break;
        }
        return QStringLiteral("active");
    }

    /// Whole seconds from max(startTime, now) to endTime, rounded down and never negative. Integer like upstream's
    /// model (`int(...)`), not the decimal string some of its backends emit: clients show it as a count of seconds.
    qint64 remaining(Timestamp now) const { return std::max<qint64>(0, (endTime - std::max(startTime, now)) / 1000); }

    /// Spec §4.6: 0 for environment only; else the first that applies of resource without event 2, service 3,
    /// event without resource 4, group 5, resource and event 6, tags 7; a set origin makes it 8 whatever else is set.
    /// (Customer does not count.) Upstream's model starts environment-only at 1; we follow the spec's 0.
    int computePriority() const
    {
        int p = 0;
        if (!resource.isEmpty() && event.isEmpty())
            p = 2;
        else if (!service.isEmpty())
            p = 3;
        else if (!event.isEmpty() && resource.isEmpty())
            p = 4;
        else if (!group.isEmpty())
            p = 5;
        else if (!resource.isEmpty() && !event.isEmpty())
            p = 6;
        else if (!tags.isEmpty())
            p = 7;
        if (!origin.isEmpty())
            p = 8;
        return p;
    }

    bool operator==(const Blackout &) const = default;
};
