// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
//
// Housekeeping over a store of 100,000 alerts of which 20% are due: 10% closed alerts past the expired threshold
// (deleted) and 10% open alerts whose timeout has elapsed (expired). Prints the duration of one housekeeping run,
// median of 5 runs, each on a freshly filled store.
#include "bench/benchsupport.h"
#include "core/alertengine.h"
#include "core/sqlitealertstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <deque>

namespace {

constexpr int StoredAlerts = 100000;

void receiveAll(AlertEngine &engine, const QList<Alert> &alerts)
{
    std::deque<QFuture<Result<ReceiveResult>>> inFlight;
    for (const Alert &a : alerts) {
        inFlight.push_back(engine.receiveAsync(a));
        if (inFlight.size() > 512) {
            inFlight.front().waitForFinished();
            inFlight.pop_front();
        }
    }
    while (!inFlight.empty()) {
        inFlight.front().waitForFinished();
        inFlight.pop_front();
    }
}

// The engine stamps lastReceiveTime when the writer runs, so the due alerts are received, to the end, while the
// clock stands three hours back, and the rest after it has moved to "now".
void fill(AlertEngine &engine, ManualClock &clock, Timestamp now)
{
    for (const bool due : {true, false}) {
        clock.set(due ? now - 3 * 3600 * 1000 : now - 60 * 1000);
        QList<Alert> alerts;
        for (int i = 0; i < StoredAlerts; ++i) {
            if ((i % 5 == 0) != due) // 20% due
                continue;
            Alert a = Bench::workloadAlert(i % 10000, clock.now());
            a.resource = QStringLiteral("node%1").arg(i);
            a.timeout = 3600;
            if (due && i % 10 == 0)
                a.severity = QStringLiteral("normal"); // created closed, deleted as past the 2 h threshold
            alerts.append(a);
        }
        receiveAll(engine, alerts);
    }
    clock.set(now);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Timestamp now = Clock::system()->now();
    std::vector<double> millis;
    for (int run = 0; run < 5; ++run) {
        QTemporaryDir dir;
        auto clock = std::make_shared<ManualClock>(now);
        auto store = std::make_shared<SqliteAlertStore>(dir.filePath(QStringLiteral("bench.sqlite")));
        AlertEngine engine(store, EngineConfig{}, clock);
        fill(engine, *clock, now);
        QElapsedTimer timer;
        timer.start();
        const Result<HousekeepingResult> result = engine.housekeeping();
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        const Result<AlertCounts> left = engine.count({});
        if (!result.ok() || result->expired.size() != StoredAlerts / 10 || !left.ok()
            || left->total != StoredAlerts - StoredAlerts / 10) {
            std::fprintf(stderr,
                         "bench-housekeeping: unexpected result (%s, expired %lld, left %lld)\n",
                         result.ok() ? "ok" : qPrintable(result.error().message),
                         result.ok() ? static_cast<long long>(result->expired.size()) : -1LL,
                         left.ok() ? static_cast<long long>(left->total) : -1LL);
            return 1;
        }
        millis.push_back(ms);
        std::printf("  run %d: %.0f ms (%lld expired, %d deleted)\n",
                    run + 1,
                    ms,
                    static_cast<long long>(result->expired.size()),
                    StoredAlerts / 10);
        std::fflush(stdout);
    }
    std::printf("housekeeping over %d alerts, 20%% due: median %.0f ms over 5 runs\n",
                StoredAlerts,
                Bench::median(millis));
    return 0;
}
