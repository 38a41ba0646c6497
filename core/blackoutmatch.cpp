// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/blackoutmatch.h"

#include <algorithm>

namespace {

/// PostgreSQL's `blackout.tags <@ alert.tags`: every element is contained, duplicates and order do not matter.
bool isSubset(const QStringList &part, const QStringList &whole)
{
    return std::all_of(part.cbegin(), part.cend(), [&whole](const QString &s) { return whole.contains(s); });
}

/// A criterion that is not set (null) matches anything; a set one needs the same text.
bool criterionHolds(const QString &criterion, const QString &value)
{
    return criterion.isNull() || criterion == value;
}

} // namespace

namespace BlackoutMatch {

bool matches(const Blackout &blackout, const Alert &alert, bool customerViews)
{
    if (alert.createTime < blackout.startTime || alert.createTime >= blackout.endTime)
        return false;
    if (blackout.environment != alert.environment)
        return false;
    if (!criterionHolds(blackout.resource, alert.resource) || !criterionHolds(blackout.event, alert.event)
        || !criterionHolds(blackout.group, alert.group) || !criterionHolds(blackout.origin, alert.origin)) {
        return false;
    }
    if (!isSubset(blackout.service, alert.service) || !isSubset(blackout.tags, alert.tags))
        return false;
    // Without customer views the customer column is ignored, as upstream only adds the predicate when it is on.
    // A null alert customer never equals a set blackout customer (SQL `customer = NULL`).
    if (customerViews && !blackout.customer.isNull() && blackout.customer != alert.customer)
        return false;
    return true;
}

Outcome evaluate(const QList<Blackout> &blackouts, const Alert &alert, const BlackoutPolicy &policy)
{
    if (!policy.notificationBlackout && policy.blackoutAccept.contains(alert.severity))
        return Outcome::NotBlackedOut;
    const bool any = std::any_of(blackouts.cbegin(), blackouts.cend(), [&](const Blackout &b) {
        return matches(b, alert, policy.customerViews);
    });
    if (!any)
        return Outcome::NotBlackedOut;
    return policy.notificationBlackout ? Outcome::MarkBlackout : Outcome::Suppress;
}

} // namespace BlackoutMatch
