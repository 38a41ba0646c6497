// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/result.h"
#include "core/severitymap.h"

#include <QString>

/// The ALERTA alarm model's state machine (spec §3.5): given the severity being applied, the alert's current and
/// previous status and an optional operator action, returns the next (severity, status) or a 409 InvalidAction.
/// Pure: no storage, no clock. The receive path, operator actions and housekeeping all go through it.
class AlarmModel
{
public:
    struct Input
    {
        QString severity;         ///< S: the severity being applied
        QString currentStatus;    ///< status of the newest history entry (null → open)
        QString previousStatus;   ///< status before it (null → open)
        QString previousSeverity; ///< PS (null → DEFAULT_PREVIOUS_SEVERITY)
        QString action;           ///< empty on the receive path
        QString alertStatus;      ///< the alert's own status: the incoming status on receive, stored one on actions
    };

    struct Outcome
    {
        QString severity;
        QString status;
        QString rule; ///< which rule fired (ACK-4, CLS-*, ...), for tests and debug logs
    };

    explicit AlarmModel(SeverityMap severities);

    Result<Outcome> transition(const Input &input) const;

    /// The actions the model knows; anything else is a custom action that leaves the status alone (ACT-1).
    static bool isStandardAction(const QString &action);

    const SeverityMap &severities() const { return m_severities; }

private:
    SeverityMap m_severities;
};
