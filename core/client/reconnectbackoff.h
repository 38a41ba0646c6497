// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <functional>

/// Delays between reconnection attempts: exponential ("full jitter": a random delay between half and all of
/// min × 2^attempt, capped at max), so that many consoles that lost the same server do not come back in step
/// and a server that restarts is not hit by all of them at once.
class ReconnectBackoff
{
public:
    using Milliseconds = std::chrono::milliseconds;

    ReconnectBackoff(Milliseconds minimum = Milliseconds(500), Milliseconds maximum = Milliseconds(30000));

    /// The delay before the next attempt; each call doubles the ceiling up to the maximum.
    Milliseconds next();
    /// After a successful connection: the next failure starts again from the minimum.
    void reset() { m_attempt = 0; }
    int attempts() const { return m_attempt; }

    void setRange(Milliseconds minimum, Milliseconds maximum);
    /// Random source in [0, 1); default QRandomGenerator::global(). For tests.
    void setRandom(std::function<double()> random) { m_random = std::move(random); }

private:
    Milliseconds m_minimum;
    Milliseconds m_maximum;
    int m_attempt = 0;
    std::function<double()> m_random;
};
