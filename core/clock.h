// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

#include <atomic>
#include <memory>

/// Milliseconds since the Unix epoch, UTC. Alerta's wire format has millisecond precision, so the core keeps time
/// as a plain integer: cheap to compare, to store in SQL and to sort on.
using Timestamp = qint64;

/// Source of "now" for every time-dependent rule, injectable so that tests run without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual Timestamp now() const = 0;

    /// The wall clock.
    static std::shared_ptr<Clock> system();
};

/// A clock that only moves when told to. For tests and for replaying.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(Timestamp start)
        : m_now(start)
    {}
    Timestamp now() const override { return m_now.load(); }
    void set(Timestamp t) { m_now.store(t); }
    void advanceSeconds(qint64 seconds) { m_now.fetch_add(seconds * 1000); }

private:
    std::atomic<Timestamp> m_now;
};
