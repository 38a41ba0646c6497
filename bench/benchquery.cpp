// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
//
// Latency of a `GET /alerts`-shaped query through the engine (no HTTP) over a store of 100,000 alerts:
// page 1, 50 rows, filter environment=Production&status=open, with the default order and with the web UI's
// default sort (severity, lastReceiveTime). Each figure is the median of 200 queries after 20 warm-ups.
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

void fill(AlertEngine &engine)
{
    // Senders may set a status (rule SET-*), which spreads the store over open/ack/shelved/closed like a live one.
    static const QString statuses[] = {QStringLiteral("open"),
                                       QStringLiteral("open"),
                                       QStringLiteral("open"),
                                       QStringLiteral("ack"),
                                       QStringLiteral("shelved"),
                                       QStringLiteral("closed")};
    std::deque<QFuture<Result<ReceiveResult>>> inFlight;
    for (int i = 0; i < StoredAlerts; ++i) {
        Alert a = Bench::workloadAlert(i % 10000, engine.now() - (StoredAlerts - i) * 10);
        a.resource = QStringLiteral("node%1").arg(i); // distinct keys: every alert is new
        a.status = statuses[i % 6];
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

void measure(AlertEngine &engine, const char *name, const QueryParams &params)
{
    std::vector<double> millis;
    qint64 total = 0;
    for (int i = 0; i < 220; ++i) {
        QElapsedTimer timer;
        timer.start();
        const Result<AlertPage> page = engine.query(params);
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (!page.ok() || page->alerts.size() != 50) {
            std::fprintf(stderr, "bench-query: unexpected result\n");
            std::exit(1);
        }
        total = page->counts.total;
        if (i >= 20)
            millis.push_back(ms);
    }
    std::printf(
        "query %-28s median %.2f ms (p90 %.2f ms) over %zu queries; %lld matching alerts\n",
        name,
        Bench::median(millis),
        [&] {
            std::vector<double> s = millis;
            std::sort(s.begin(), s.end());
            return s[s.size() * 9 / 10];
        }(),
        millis.size(),
        static_cast<long long>(total));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // An optional argument names a database file to keep for inspection (EXPLAIN QUERY PLAN and the like).
    QTemporaryDir dir;
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(QStringLiteral("bench.sqlite"));
    auto store = std::make_shared<SqliteAlertStore>(path);
    AlertEngine engine(store, EngineConfig{}, Clock::system());
    QElapsedTimer timer;
    timer.start();
    fill(engine);
    std::printf("bench-query: stored %d alerts in %.1f s\n", StoredAlerts, static_cast<double>(timer.elapsed()) / 1000);

    const QueryParams filter = {{QStringLiteral("environment"), QStringLiteral("Production")},
                                {QStringLiteral("status"), QStringLiteral("open")}};
    measure(engine, "default order", filter);
    QueryParams sorted = filter;
    sorted.append({QStringLiteral("sort-by"), QStringLiteral("severity")});
    sorted.append({QStringLiteral("sort-by"), QStringLiteral("lastReceiveTime")});
    measure(engine, "sort-by severity,lastReceiveTime", sorted);
    std::printf("peak memory %.1f MiB\n", Bench::peakMemoryMiB());
    return 0;
}
