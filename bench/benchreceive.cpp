// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
//
// Receive throughput of the engine on the embedded store, without HTTP: 200,000 alerts over 1,000 resources x 10
// events (about 90% duplicates, 5% correlations, 5% new) from 8 threads, with durable group commits.
// Two client styles: "pipelined" keeps up to 256 receives in flight per thread (as a server with many open
// connections does); "blocking" waits for each receive before sending the next (8 in flight in all).
#include "bench/benchsupport.h"
#include "core/alertengine.h"
#include "core/sqlitealertstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <deque>
#include <thread>

namespace {

constexpr int Total = 200000;
constexpr int Threads = 8;
int Runs = 5;

struct RunResult
{
    double alertsPerSecond = 0;
    int largestBatch = 0;
};

RunResult runOnce(int window)
{
    QTemporaryDir dir;
    auto store = std::make_shared<SqliteAlertStore>(dir.filePath(QStringLiteral("bench.sqlite")));
    AlertEngine engine(store, EngineConfig{}, Clock::system());
    std::atomic<int> failures = 0;

    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> producers;
    for (int t = 0; t < Threads; ++t) {
        producers.emplace_back([&engine, &failures, t, window] {
            std::deque<QFuture<Result<ReceiveResult>>> inFlight;
            // Each result is completed with its whole history, as the HTTP answer to POST /alert needs, on this
            // thread as a server's request thread does.
            auto settleOldest = [&] {
                Result<ReceiveResult> received = inFlight.front().result();
                if (received.ok())
                    engine.completeHistory(*received);
                else
                    ++failures;
                inFlight.pop_front();
            };
            for (int i = t; i < Total; i += Threads) {
                inFlight.push_back(engine.receiveAsync(Bench::workloadAlert(i, engine.now())));
                if (static_cast<int>(inFlight.size()) >= window)
                    settleOldest();
            }
            while (!inFlight.empty())
                settleOldest();
        });
    }
    for (std::thread &p : producers)
        p.join();
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;

    const Result<AlertCounts> counts = engine.count({});
    if (failures != 0 || !counts.ok() || counts->total != 10000) {
        std::fprintf(stderr,
                     "bench-receive: wrong result (failures %d, alerts %lld)\n",
                     failures.load(),
                     counts.ok() ? static_cast<long long>(counts->total) : -1LL);
        std::exit(1);
    }
    return {Total / seconds, store->largestBatch()};
}

void report(const char *name, int window)
{
    std::vector<double> rates;
    int largestBatch = 0;
    for (int run = 0; run < Runs; ++run) {
        const RunResult r = runOnce(window);
        rates.push_back(r.alertsPerSecond);
        largestBatch = std::max(largestBatch, r.largestBatch);
        std::printf("  %s run %d: %.0f alerts/s\n", name, run + 1, r.alertsPerSecond);
        std::fflush(stdout);
    }
    std::printf("receive %-10s median %.0f alerts/s over %d runs (%d threads, %d in flight each, largest commit "
                "batch %d)\n",
                name,
                Bench::median(rates),
                Runs,
                Threads,
                window,
                largestBatch);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
#ifdef ALERTA_WITH_JEMALLOC
    const char *allocator = "jemalloc";
#else
    const char *allocator = "glibc malloc";
#endif
    std::printf("bench-receive: %d alerts, 1,000 resources x 10 events, durable SQLite commits, %s\n",
                Total,
                allocator);
    // --runs N, --pipelined-only and --blocking-only shorten a run while profiling; make bench uses the defaults.
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i > 0 && i + 1 < args.size())
        Runs = std::max(1, args.at(i + 1).toInt());
    if (!args.contains(QStringLiteral("--blocking-only")))
        report("pipelined", 256);
    if (!args.contains(QStringLiteral("--pipelined-only")))
        report("blocking", 1);
    std::printf("peak memory %.1f MiB\n", Bench::peakMemoryMiB());
    return 0;
}
