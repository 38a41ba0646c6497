// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/client/reconnectbackoff.h"

#include <QRandomGenerator>

#include <algorithm>

ReconnectBackoff::ReconnectBackoff(Milliseconds minimum, Milliseconds maximum)
    : m_minimum(minimum)
    , m_maximum(std::max(minimum, maximum))
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{}

void ReconnectBackoff::setRange(Milliseconds minimum, Milliseconds maximum)
{
    m_minimum = minimum;
    m_maximum = std::max(minimum, maximum);
}

ReconnectBackoff::Milliseconds ReconnectBackoff::next()
{
    // 2^attempt grows past any cap quickly; stop doubling once it is reached so the product cannot overflow.
    double ceiling = static_cast<double>(m_minimum.count());
    for (int i = 0; i < m_attempt && ceiling < static_cast<double>(m_maximum.count()); ++i)
        ceiling *= 2;
    ceiling = std::min(ceiling, static_cast<double>(m_maximum.count()));
    ++m_attempt;
    const double delay = ceiling / 2 + m_random() * ceiling / 2;
    return Milliseconds(static_cast<qint64>(delay));
}
