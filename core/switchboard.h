// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/metrics.h"

#include <QList>
#include <QString>

#include <array>
#include <atomic>
#include <optional>

/// The switches an administrator flips at `/management/switchboard` (spec §4.11): `auto-refresh-allow`, which
/// `/alerts` reports as `autoRefresh` (the web UI stops refreshing while it is OFF), and `sender-api-allow`, which
/// stops alerts submitted through the API (`POST /alert`, webhooks) while it is OFF. Upstream has the second switch
/// but never looks at it; here it does what it says. Both start ON. Held by this process, as upstream's are: each
/// server instance has its own. Safe to read and flip from any thread.
class Switchboard
{
public:
    enum class Name { AutoRefreshAllow, SenderApiAllow };

    bool isOn(Name name) const;
    void set(Name name, bool on);
    /// Every switch with its state, in upstream's order (`/management/status`, the switchboard page).
    QList<Switch> switches() const;
    /// The switch called `name` ("auto-refresh-allow"), if there is one.
    static std::optional<Name> named(const QString &name);

private:
    static constexpr size_t Count = 2;
    std::array<std::atomic<bool>, Count> m_on{true, true};
};
