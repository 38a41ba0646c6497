// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/clock.h"

#include <QDateTime>

namespace {
class SystemClock final : public Clock
{
public:
    Timestamp now() const override { return QDateTime::currentMSecsSinceEpoch(); }
};
} // namespace

std::shared_ptr<Clock> Clock::system()
{
    static const auto clock = std::make_shared<SystemClock>();
    return clock;
}
