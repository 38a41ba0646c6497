// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alert.h"
#include "core/severitymap.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <chrono>
#include <deque>

/// What the operator wants to be told about (Preferences → Notifications): which severities, environments,
/// services and customers notify, quiet hours, and when a burst becomes one summary.
struct NotificationRules
{
    QStringList severities{QStringLiteral("critical"), QStringLiteral("major")}; ///< empty: every non-normal one
    QStringList environments;                                                    ///< empty: any
    QStringList services;  ///< empty: any; otherwise the alert must have one of them
    QStringList customers; ///< empty: any
    bool quietHours = false;
    QTime quietFrom{22, 0}; ///< local time; a window may span midnight (22:00 → 07:00)
    QTime quietTo{7, 0};
    /// More notices than this within stormWindow are coalesced into one summary per severity and environment.
    int stormThreshold = 3;
    std::chrono::milliseconds stormWindow{10000};

    bool operator==(const NotificationRules &) const = default;
};

/// One desktop notification to show.
struct Notice
{
    enum class Kind {
        NewAlert,  ///< an alert the console had not seen, matching the rules
        Escalated, ///< a known alert became more severe (and matches the rules at its new severity)
        Summary,   ///< a burst of the above, counted per severity and environment
    };
    Kind kind = Kind::NewAlert;
    QString title;
    QString text;
    QString severity;
    QString environment;
    QStringList alertIds; ///< the alert (or the alerts a summary counts): for Ack and Open

    bool operator==(const Notice &) const = default;
};

/// Decides which changes of the live alert list deserve a notification, so that an operator can trust them: once
/// per new alert — never again on a refresh, a duplicate or a reconnection — and again when it escalates to a more
/// severe level; only alerts that are open (acknowledged, shelved, blacked-out and closed ones are no news); a storm
/// becomes one summary ("37 new critical alerts in Production"); nothing during quiet hours (the alerts are still
/// remembered, so the morning does not bring a flood of stale notices). Pure logic: the clock is the caller's.
class NotificationPolicy
{
    Q_DECLARE_TR_FUNCTIONS(NotificationPolicy)

public:
    explicit NotificationPolicy(SeverityMap severities = SeverityMap::alertaDefault());

    void setRules(const NotificationRules &rules) { m_rules = rules; }
    const NotificationRules &rules() const { return m_rules; }
    /// The server's severity levels (what "more severe" means).
    void setSeverities(const SeverityMap &severities) { m_severities = severities; }

    /// A whole new list (start, reconnection, filter change): remembered as known, nothing notified.
    void reset(const QList<Alert> &alerts);
    /// A batch of changes at `now` (local time): the notices it brings, bursts already coalesced.
    QList<Notice> apply(const QList<Alert> &upserted, const QStringList &removedIds, const QDateTime &now);

    /// Whether `time` (local) falls in the quiet hours of the rules.
    bool isQuiet(const QTime &time) const;
    /// Whether `alert` as it is now would be notified by the rules.
    bool matches(const Alert &alert) const;

private:
    QList<Notice> coalesce(const QList<Notice> &notices) const;
    Notice noticeFor(const Alert &alert, Notice::Kind kind) const;

    SeverityMap m_severities;
    NotificationRules m_rules;
    QHash<QString, int> m_levels;   ///< known alerts: id → severity level last seen
    std::deque<QDateTime> m_recent; ///< when the notices of the storm window were given
};
