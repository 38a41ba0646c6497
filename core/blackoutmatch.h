// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alert.h"
#include "core/blackout.h"

#include <QList>
#include <QStringList>

/// The settings of upstream's `blackout` plugin (spec §3.8, §9).
struct BlackoutPolicy
{
    /// NOTIFICATION_BLACKOUT: false (upstream's default) drops a matching alert with 202; true stores it with
    /// status `blackout` and skips the later plugins.
    bool notificationBlackout = false;
    /// BLACKOUT_ACCEPT: severities that are never blacked out, so that e.g. `normal` can still close an alert.
    /// Only consulted when notificationBlackout is false (a stored `blackout` alert already closes on normal).
    QStringList blackoutAccept;
    /// CUSTOMER_VIEWS: when on, a blackout with a customer only covers that customer's alerts.
    bool customerViews = false;
};

/// Whether blackouts cover an incoming alert (spec §3.8): the one place this rule lives. The store narrows the
/// candidates by SQL first (active at the alert's createTime, same environment) and passes the rest here; tests
/// and the embedded engine can pass every blackout.
namespace BlackoutMatch {

/// What the receive path does with an alert.
enum class Outcome {
    NotBlackedOut, ///< carry on as usual
    Suppress,      ///< 202 `Suppressed alert during blackout period`, not stored
    MarkBlackout,  ///< store it with status `blackout` and skip the remaining plugins
};

/// True when `blackout` covers `alert`: startTime <= alert.createTime < endTime (the alert's own time, not the
/// receive time), environment equal, and every criterion that is set holds: resource, event, group and origin
/// equal (case-sensitive); service and tags, when non-empty, each a subset of the alert's; the customer only when
/// `customerViews`, and then a null blackout customer covers every alert while a set one needs the same customer.
bool matches(const Blackout &blackout, const Alert &alert, bool customerViews);

/// Upstream's plugin decision: with notificationBlackout false, a severity in blackoutAccept is NotBlackedOut
/// without looking at any blackout; otherwise a match with any of `blackouts` gives Suppress
/// (notificationBlackout false) or MarkBlackout (true).
Outcome evaluate(const QList<Blackout> &blackouts, const Alert &alert, const BlackoutPolicy &policy);

} // namespace BlackoutMatch
