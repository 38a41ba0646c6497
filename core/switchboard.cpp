// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/switchboard.h"

namespace {

size_t indexOf(Switchboard::Name name)
{
    return static_cast<size_t>(name);
}

// The switch's name, title and description (metrics.h has them, for the status report).
Switch describe(Switchboard::Name name, bool on)
{
    return name == Switchboard::Name::AutoRefreshAllow ? Switch::autoRefreshAllow(on) : Switch::senderApiAllow(on);
}

constexpr Switchboard::Name AllNames[] = {Switchboard::Name::AutoRefreshAllow, Switchboard::Name::SenderApiAllow};

} // namespace

bool Switchboard::isOn(Name name) const
{
    return m_on.at(indexOf(name)).load(std::memory_order_relaxed);
}

void Switchboard::set(Name name, bool on)
{
    m_on.at(indexOf(name)).store(on, std::memory_order_relaxed);
}

QList<Switch> Switchboard::switches() const
{
    QList<Switch> all;
    for (Name name : AllNames)
        all.append(describe(name, isOn(name)));
    return all;
}

std::optional<Switchboard::Name> Switchboard::named(const QString &name)
{
    for (Name candidate : AllNames) {
        if (describe(candidate, true).name == name)
            return candidate;
    }
    return std::nullopt;
}
