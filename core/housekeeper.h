// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alertengine.h"
#include "core/result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <optional>

/// What one housekeeping run changed, with the number of alerts it deleted, which upstream never reports (spec §6)
/// and AlertEngine::housekeeping() does not count. This project's `/management/housekeeping` answers it as the
/// extra key `deleted`.
/// Runs AlertEngine::housekeeping() periodically, with the configured thresholds, for a process that serves alerts
/// without an outside scheduler: upstream leaves this to a cron job calling the housekeeping endpoint every minute
/// (spec §6). Runs go to a worker thread so that the owner's event loop never waits for the store. One per engine;
/// a process where something else already calls the endpoint should switch it off (interval 0).
class Housekeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Housekeeper)

public:
    /// Upstream's advice: once a minute.
    static constexpr std::chrono::milliseconds DefaultInterval = std::chrono::seconds(60);

    /// Starts the timer unless `interval` is 0. `engine` must outlive the housekeeper.
    explicit Housekeeper(AlertEngine &engine,
                         std::chrono::milliseconds interval = DefaultInterval,
                         QObject *parent = nullptr);
    /// Waits for a run in progress, which uses the engine.
    ~Housekeeper() override;

    /// Time between runs; 0 switches periodic runs off, anything else (re)starts the timer.
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_timer.intervalAsDuration(); }
    /// True while periodic runs are on.
    bool isActive() const { return m_timer.isActive(); }

public Q_SLOTS:
    /// Starts one run now. Does nothing while the previous run is still in progress: runs must not pile up behind
    /// a slow store.
    void runNow();

Q_SIGNALS:
    /// A run was committed. A failed run is logged instead.
    void finished(const HousekeepingResult &result);

private:
    void report();

    AlertEngine &m_engine;
    QTimer m_timer;
    QFutureWatcher<Result<HousekeepingResult>> m_run;
    bool m_busy = false;
};
