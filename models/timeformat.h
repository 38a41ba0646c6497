// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/clock.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

/// How the console writes times for people: local time to the second (what an operator compares with a wall
/// clock), the exact UTC wire time as a tooltip (what they paste into a ticket), and coarse ages ("2 min ago").
class TimeFormat
{
    Q_DECLARE_TR_FUNCTIONS(TimeFormat)

public:
    /// How the console writes a time (Preferences: zone and format); empty for 0 is handled before it is asked.
    using Formatter = std::function<QString(Timestamp ms)>;

    /// A time as the operator chose to see it (setFormatter()); by default `2024-05-01 11:30:00` in local time.
    /// Empty for 0 (never). The table, the details pane and every view write times through this one function.
    static QString local(Timestamp ms);
    /// Makes local() use `formatter` (null: the default). GUI thread only; the application sets it from the
    /// preferences before it paints anything.
    static void setFormatter(Formatter formatter);
    /// The default of local(): `2024-05-01 11:30:00`, local time.
    static QString iso(Timestamp ms);
    /// `2024-05-01T09:30:00.000Z`; empty for 0.
    static QString utc(Timestamp ms);
    /// "1 d 2 h", "3 h 5 min", "4 min 10 s", "42 s": the two largest units, enough to compare timeouts and
    /// durations at a glance.
    static QString duration(qint64 seconds);
    /// "just now", "42 s ago", "2 min ago", "3 h ago", "5 d ago" for an age in seconds.
    static QString ago(qint64 seconds);
};
