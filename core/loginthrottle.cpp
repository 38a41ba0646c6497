// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/loginthrottle.h"

namespace {
// Past this many remembered entries, expired ones are dropped: an attacker cycling through addresses or logins
// must not grow the tables without end.
constexpr qsizetype PruneAbove = 10000;
} // namespace

LoginThrottle::LoginThrottle(std::shared_ptr<Clock> clock, Limits limits)
    : m_clock(std::move(clock))
    , m_limits(limits)
{}

std::optional<qint64> LoginThrottle::blockedFor(const QString &login, const QString &address) const
{
    const Timestamp now = m_clock->now();
    std::lock_guard lock(m_mutex);
    qint64 waitMs = 0;
    const auto check = [&](const QHash<QString, Failures> &table, const QString &key, int limit) {
        const std::optional<Failures> failures = current(table, key, now);
        if (failures && failures->count >= limit)
            waitMs = std::max(waitMs, failures->firstAt + m_limits.windowSeconds * 1000 - now);
    };
    check(m_byLogin, loginKey(login, address), m_limits.failuresPerLogin);
    check(m_byAddress, address, m_limits.failuresPerAddress);
    if (waitMs <= 0)
        return std::nullopt;
    return (waitMs + 999) / 1000;
}

void LoginThrottle::failed(const QString &login, const QString &address)
{
    const Timestamp now = m_clock->now();
    std::lock_guard lock(m_mutex);
    forgetExpired(now);
    count(m_byLogin, loginKey(login, address), now);
    count(m_byAddress, address, now);
}

void LoginThrottle::succeeded(const QString &login, const QString &address)
{
    std::lock_guard lock(m_mutex);
    m_byLogin.remove(loginKey(login, address));
}

QString LoginThrottle::loginKey(const QString &login, const QString &address)
{
    // Logins are matched case-sensitively by the store, but guesses at "Admin" and "admin" are one attack.
    return login.toLower() + u'\n' + address;
}

std::optional<LoginThrottle::Failures> LoginThrottle::current(const QHash<QString, Failures> &table,
                                                              const QString &key,
                                                              Timestamp now) const
{
    const auto it = table.constFind(key);
    if (it == table.cend() || hasExpired(*it, now))
        return std::nullopt;
    return *it;
}

bool LoginThrottle::hasExpired(const Failures &failures, Timestamp now) const
{
    return now - failures.firstAt >= m_limits.windowSeconds * 1000;
}

void LoginThrottle::count(QHash<QString, Failures> &table, const QString &key, Timestamp now)
{
    Failures &failures = table[key];
    if (failures.count == 0 || hasExpired(failures, now))
        failures = Failures{0, now};
    ++failures.count;
}

void LoginThrottle::forgetExpired(Timestamp now)
{
    for (QHash<QString, Failures> *table : {&m_byLogin, &m_byAddress}) {
        if (table->size() <= PruneAbove)
            continue;
        table->removeIf([&](const QHash<QString, Failures>::iterator &it) { return hasExpired(*it, now); });
    }
}
