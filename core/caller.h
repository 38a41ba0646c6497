// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/result.h"
#include "core/sqlfragment.h"

#include <QString>
#include <QStringList>

/// Who is asking, as authentication established it (spec §5.1): the login recorded in history (null = anonymous),
/// the customers the caller may see (empty = all customers, spec §5.5) and the caller's scopes (§5.2).
///
/// A default-constructed Caller is the anonymous caller of a server without authentication: it sees everything
/// but may not choose a customer. Code inside the process that acts on its own behalf (the console, timers,
/// tests) uses internal(), which holds `admin`.
struct Caller
{
    QString login;
    QStringList customers;
    QStringList scopes;

    /// The process itself: all customers, scope `admin`.
    static Caller internal(const QString &login = {}) { return Caller{login, {}, {QStringLiteral("admin")}}; }

    /// `customer IN (...)` for a restricted caller; empty (everything) otherwise. Every read and write path of
    /// every service filters with it, so that no path can reach another customer's data.
    SqlFragment restriction() const
    {
        return customers.isEmpty() ? SqlFragment{} : SqlFragment::in(QStringLiteral("customer"), customers);
    }

    /// The customer a write gets (spec §5.6). `requested` null = the request did not name one. A caller with
    /// `admin` or `overrideScope` (e.g. `admin:alerts`) may name any customer, others only one of theirs;
    /// without a request, a caller with exactly one customer gets it, one with several must choose, and an
    /// unrestricted caller writes no customer.
    Result<QString> assignCustomer(const QString &requested, const QString &overrideScope) const
    {
        if (!requested.isNull()) {
            if (scopes.contains(QLatin1StringView("admin")) || scopes.contains(overrideScope)
                || customers.contains(requested))
                return requested;
            return ApiError::badRequest(QStringLiteral("not allowed to set customer to '%1'").arg(requested));
        }
        if (customers.size() == 1)
            return customers.first();
        if (customers.size() > 1)
            return ApiError::badRequest(QStringLiteral("must define customer as more than one possibility"));
        return QString();
    }
};
