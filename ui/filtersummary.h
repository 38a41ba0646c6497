// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/client/alertfilter.h"

#include <QCoreApplication>
#include <QString>

/// One line that tells an operator which alerts a filter selects, for confirmations that act on everything a
/// filter matches: `status open, ack · severity critical · environment Production · “web01” · since 12:03:04`.
class FilterSummary
{
    Q_DECLARE_TR_FUNCTIONS(FilterSummary)

public:
    /// The parts of `filter` that select something, in AlertFilter's order; "all alerts" when none does.
    static QString describe(const AlertFilter &filter);
};
