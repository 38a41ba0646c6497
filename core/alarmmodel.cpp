// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/alarmmodel.h"

#include "core/alert.h"

namespace {
namespace Action {
const QString Open = QStringLiteral("open");
const QString Ack = QStringLiteral("ack");
const QString Unack = QStringLiteral("unack");
const QString Shelve = QStringLiteral("shelve");
const QString Unshelve = QStringLiteral("unshelve");
const QString Close = QStringLiteral("close");
const QString Expired = QStringLiteral("expired");
const QString Timeout = QStringLiteral("timeout");
} // namespace Action

ApiError invalidFor(const QString &state)
{
    return ApiError::conflict(QStringLiteral("invalid action for current %1 status").arg(state));
}

ApiError alreadyIn(const QString &state)
{
    return ApiError::conflict(QStringLiteral("alert is already in %1 status").arg(state));
}
} // namespace

AlarmModel::AlarmModel(SeverityMap severities)
    : m_severities(std::move(severities))
{}

bool AlarmModel::isStandardAction(const QString &action)
{
    static const QStringList standard = {QStringLiteral("open"),
                                         QStringLiteral("assign"),
                                         QStringLiteral("ack"),
                                         QStringLiteral("unack"),
                                         QStringLiteral("shelve"),
                                         QStringLiteral("unshelve"),
                                         QStringLiteral("close"),
                                         QStringLiteral("expired"),
                                         QStringLiteral("timeout")};
    return standard.contains(action);
}

// The rules are evaluated top to bottom and the first match wins, exactly as upstream's
// alerta/models/alarms/alerta.py; the rule names are upstream's.
Result<AlarmModel::Outcome> AlarmModel::transition(const Input &in) const
{
    const QString &S = in.severity;
    const QString state = in.currentStatus.isEmpty() ? AlertStatus::Open : in.currentStatus;
    const QString prev = in.previousStatus.isEmpty() ? AlertStatus::Open : in.previousStatus;
    const QString PS = in.previousSeverity.isEmpty() ? m_severities.previousSeverity() : in.previousSeverity;
    const QString &A = in.action;
    const QString &normal = m_severities.normalSeverity();

    if (!m_severities.contains(S))
        return ApiError::badRequest(m_severities.notOneOfMessage(S));
    const bool N = m_severities.isNormal(S);
    auto next = [](const QString &severity, const QString &status, const char *rule) -> Result<Outcome> {
        return Outcome{severity, status, QString::fromLatin1(rule)};
    };

    if (!A.isEmpty() && !isStandardAction(A))
        return next(S, in.alertStatus, "ACT-1");

    if (A.isEmpty() && !in.alertStatus.isEmpty() && in.alertStatus != AlertStatus::Open) {
        if (N)
            return next(normal, AlertStatus::Closed, "SET-1");
        return next(S, in.alertStatus, "SET-*");
    }

    if (A == Action::Unack) {
        if (state == AlertStatus::Ack)
            return next(S, prev, "UNACK-1");
        return invalidFor(state);
    }
    if (A == Action::Unshelve) {
        if (state == AlertStatus::Shelved)
            return next(S, prev, "UNSHL-1");
        return invalidFor(state);
    }
    if (A == Action::Expired)
        return next(S, AlertStatus::Expired, "EXP-0");
    if (A == Action::Timeout) {
        if (prev == AlertStatus::Ack)
            return next(S, AlertStatus::Ack, "ACK-0");
        return next(S, AlertStatus::Open, "OPEN-0");
    }

    if (state == AlertStatus::Open) {
        if (A == Action::Open)
            return alreadyIn(state);
        if (A == Action::Ack)
            return next(S, AlertStatus::Ack, "OPEN-1");
        if (A == Action::Shelve)
            return next(S, AlertStatus::Shelved, "OPEN-2");
        if (A == Action::Close)
            return next(normal, AlertStatus::Closed, "OPEN-3");
    }

    if (state == AlertStatus::Ack) {
        if (A == Action::Open)
            return next(S, AlertStatus::Open, "ACK-1");
        if (A == Action::Ack)
            return alreadyIn(state);
        if (A == Action::Shelve)
            return next(S, AlertStatus::Shelved, "ACK-2");
        if (A == Action::Close)
            return next(normal, AlertStatus::Closed, "ACK-3");
        // Re-open an acked alert only when the severity really increases, not because the previous severity is
        // the creation default.
        if (PS != m_severities.previousSeverity() && m_severities.trend(PS, S) == SeverityMap::Trend::MoreSevere)
            return next(S, AlertStatus::Open, "ACK-4");
    }

    if (state == AlertStatus::Shelved) {
        if (A == Action::Open)
            return next(S, AlertStatus::Open, "SHL-1");
        if (A == Action::Ack)
            return invalidFor(state);
        if (A == Action::Shelve)
            return alreadyIn(state);
        if (A == Action::Close)
            return next(normal, AlertStatus::Closed, "SHL-2");
    }

    if (state == AlertStatus::Blackout) {
        if (A == Action::Close)
            return next(normal, AlertStatus::Closed, "BLK-1");
        if (prev != AlertStatus::Blackout)
            return next(S, prev, "BLK-2");
        return next(S, in.alertStatus.isEmpty() ? AlertStatus::Open : in.alertStatus, "BLK-*");
    }

    if (state == AlertStatus::Closed) {
        if (A == Action::Open)
            return next(PS, AlertStatus::Open, "CLS-1");
        if (A == Action::Ack || A == Action::Shelve)
            return invalidFor(state);
        if (A == Action::Close)
            return alreadyIn(state);
        if (!N) {
            if (prev == AlertStatus::Shelved)
                return next(PS, AlertStatus::Shelved, "CLS-2");
            return next(PS, AlertStatus::Open, "CLS-3");
        }
    }

    if (N)
        return next(normal, AlertStatus::Closed, "CLS-*");

    if (state == AlertStatus::Expired) {
        if (!A.isEmpty() && A != Action::Open)
            return invalidFor(state);
        return next(S, AlertStatus::Open, "EXP-1");
    }

    return next(S, state, "ALL-*");
}
