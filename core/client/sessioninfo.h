// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

/// Who the console is on the server it shows, as far as the console can tell: the login, the scopes (spec §5.2)
/// and the customers it may see (§5.5). The console greys out what the server would refuse (housekeeping without
/// `admin:management`, administration without the admin scopes) and shows a customer selector only where it helps.
/// The server still decides: this only spares the operator a 403.
struct SessionInfo
{
    QString login;              ///< empty when anonymous
    QStringList scopes;         ///< as granted; implication is applied by allows()
    QStringList customers;      ///< empty = every customer (or customer views off)
    bool customerViews = false; ///< the server runs with CUSTOMER_VIEWS
    bool unchecked = false;     ///< anonymous on a server without AUTH_REQUIRED: no scope is checked at all
    bool known = false;         ///< false until the backend found out (and when it could not)

    /// Whether the server would let this session use `scope`. Unknown sessions are allowed everything: the
    /// server's answer then says what is missing.
    bool allows(const QString &scope) const;
    /// An admin in the customer sense: may see and choose every customer.
    bool seesAllCustomers() const { return customers.isEmpty(); }

    /// The session of a bearer token (a JWT of spec §5.3: `preferred_username`, `scope`, `customers`/`customer`),
    /// read without verifying the signature (the server verifies it; the console only reads what it was given).
    static SessionInfo fromToken(const QString &token, bool customerViews);
    /// The session of an API key, from its `GET /key/<key>` object (`user`, `scopes`, `customer`).
    static SessionInfo fromKey(const QJsonObject &key, bool customerViews);
    /// Without credentials, from `/config`: everything when authentication is off, the read-only scopes when
    /// the server allows read-only access.
    static SessionInfo anonymous(const QJsonObject &config);

    bool operator==(const SessionInfo &) const = default;
};
