// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/clock.h"

#include <QHash>
#include <QString>

#include <memory>
#include <mutex>
#include <optional>

/// Slows password guessing at /auth/login and with Basic authentication: after too many wrong passwords for one
/// login from one address, or from one address for any logins (credential stuffing), further attempts are refused
/// without checking the password until the window has passed. A right password clears its login's count.
/// Thread-safe: the API's request threads share one.
class LoginThrottle
{
public:
    struct Limits
    {
        int failuresPerLogin = 5;    ///< wrong passwords for one login from one address within `window`
        int failuresPerAddress = 20; ///< wrong passwords from one address, whatever the login, within `window`
        qint64 windowSeconds = 300;
    };

    LoginThrottle(std::shared_ptr<Clock> clock, Limits limits);

    /// Seconds until `login` may try again from `address`, or nullopt when it may now.
    std::optional<qint64> blockedFor(const QString &login, const QString &address) const;
    void failed(const QString &login, const QString &address);
    void succeeded(const QString &login, const QString &address);

private:
    struct Failures
    {
        int count = 0;
        Timestamp firstAt = 0; ///< the window runs from the first failure counted
    };
    static QString loginKey(const QString &login, const QString &address);
    /// The failures still inside the window, or nullopt.
    std::optional<Failures> current(const QHash<QString, Failures> &table, const QString &key, Timestamp now) const;
    void count(QHash<QString, Failures> &table, const QString &key, Timestamp now);
    /// The window that began with the first of `failures` is over.
    bool hasExpired(const Failures &failures, Timestamp now) const;
    void forgetExpired(Timestamp now);

    std::shared_ptr<Clock> m_clock;
    Limits m_limits;
    mutable std::mutex m_mutex;
    QHash<QString, Failures> m_byLogin;
    QHash<QString, Failures> m_byAddress;
};
