// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
//
// Wall display soak: a main window in wall mode over a real embedded core (SQLite store, AlertEngine,
// EmbeddedBackend), run through a simulated day at high speed. Each simulated second brings --rate alert changes
// (a pool of --keys resource/event pairs: mostly duplicates, severity changes, closes and re-opens), the wall turns
// a page every 15 simulated seconds and rotates between three saved views every 60 simulated seconds; the banner
// recounts and the clock ticks as they do on a real wall. --speed simulated seconds pass per real second.
//
// Prints, per simulated hour: rows shown, resident memory (VmRSS), heap in use (mallinfo2), and the process CPU
// time that hour took. The verdict is the memory growth between the end of the first hour (caches warm, the key
// pool populated) and the end, and the slope of a least-squares line through the hourly samples: a leak grows
// with changes and rotations, so it shows as a steady slope. Not in ctest: a soak measures, it does not assert.
// Run from a Release build: bench/console/bench-wallsoak [--hours 24] [--speed 240] [--rate 2].
#include "bench/benchsupport.h"
#include "core/alertengine.h"
#include "core/alertjson.h"
#include "core/client/embeddedbackend.h"
#include "core/sqlitealertstore.h"
#include "models/alerttablemodel.h"
#include "ui/mainwindow.h"
#include "ui/savedviews.h"
#include "ui/wallbanner.h"
#include "ui/wallmode.h"
#include "ui/wallview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <vector>

#include <malloc.h>
#include <sqlite3.h>
#include <sys/resource.h>

namespace {

/// What SQLite holds (its page cache grows with the database up to cache_size, by design).
double sqliteMiB()
{
    return double(sqlite3_memory_used()) / (1024.0 * 1024.0);
}

double heapMiB()
{
    return double(mallinfo2().uordblks) / (1024.0 * 1024.0);
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/// Least-squares slope of y over x.
double slope(const std::vector<double> &x, const std::vector<double> &y)
{
    const double n = double(x.size());
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (size_t i = 0; i < x.size(); ++i) {
        sx += x[i];
        sy += y[i];
        sxx += x[i] * x[i];
        sxy += x[i] * y[i];
    }
    const double d = n * sxx - sx * sx;
    return d == 0 ? 0 : (n * sxy - sx * sy) / d;
}

struct Sample
{
    int hour;
    int rows;
    double rss;    ///< all resident memory, including the database file mapped by SQLite (mmap_size)
    double anon;   ///< resident memory that is not a mapped file
    double heap;   ///< malloc'ed and in use
    double sqlite; ///< of the heap, what SQLite holds
    double cpu;
    double console() const { return heap - sqlite; }
};

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Wall display soak over a simulated day."));
    parser.addHelpOption();
    const QCommandLineOption hoursOption(QStringLiteral("hours"),
                                         QStringLiteral("Simulated hours."),
                                         QStringLiteral("n"),
                                         QStringLiteral("24"));
    const QCommandLineOption speedOption(QStringLiteral("speed"),
                                         QStringLiteral("Simulated seconds per real second."),
                                         QStringLiteral("n"),
                                         QStringLiteral("240"));
    const QCommandLineOption rateOption(QStringLiteral("rate"),
                                        QStringLiteral("Alert changes per simulated second."),
                                        QStringLiteral("n"),
                                        QStringLiteral("2"));
    const QCommandLineOption keysOption(QStringLiteral("keys"),
                                        QStringLiteral("Distinct resource/event pairs."),
                                        QStringLiteral("n"),
                                        QStringLiteral("2000"));
    parser.addOptions({hoursOption, speedOption, rateOption, keysOption});
    parser.process(app);
    const int hours = parser.value(hoursOption).toInt();
    const double speed = parser.value(speedOption).toDouble();
    const int rate = parser.value(rateOption).toInt();
    const int keys = parser.value(keysOption).toInt();

    QTemporaryDir dir;
    auto store = std::make_shared<SqliteAlertStore>(dir.filePath(QStringLiteral("alerta.sqlite")));
    AlertEngine engine(store, EngineConfig{}, Clock::system());
    EmbeddedBackend backend(engine, ServerAlarmModel::alertaDefault(), Caller::internal(QStringLiteral("soak")));

    MainWindow window;
    window.resize(1920, 1080);
    window.setBackend(&backend);
    window.show();
    SavedViews views;
    QVariantMap all = window.viewState();
    all.insert(QStringLiteral("environment"), QString());
    QVariantMap production = all;
    production.insert(QStringLiteral("environment"), QStringLiteral("Production"));
    QVariantMap development = all;
    development.insert(QStringLiteral("environment"), QStringLiteral("Development"));
    views.put(QStringLiteral("All"), all);
    views.put(QStringLiteral("Production"), production);
    views.put(QStringLiteral("Development"), development);
    window.setSavedViews(views);

    WallView &wall = window.wallView();
    WallMode &wallMode = window.wallMode();
    wallMode.setRotation({QStringLiteral("All"), QStringLiteral("Production"), QStringLiteral("Development")},
                         std::chrono::seconds(60));
    window.setWallMode(true);
    // Pages and views turn on simulated time (below), not on the wall's own real-time timers.
    wall.setPaused(true);

    static const QString severities[] = {QStringLiteral("critical"),
                                         QStringLiteral("major"),
                                         QStringLiteral("minor"),
                                         QStringLiteral("warning"),
                                         QStringLiteral("normal"),
                                         QStringLiteral("major")};
    QRandomGenerator random(42);
    qint64 changes = 0;
    qint64 rejected = 0;
    const auto change = [&] {
        const int key = int(random.bounded(keys));
        const QJsonObject body{
            {QStringLiteral("resource"), QStringLiteral("host%1").arg(key % 500)},
            {QStringLiteral("event"), QStringLiteral("event%1").arg(key / 500)},
            {QStringLiteral("environment"), key % 3 ? QStringLiteral("Production") : QStringLiteral("Development")},
            {QStringLiteral("severity"), severities[random.bounded(6)]},
            {QStringLiteral("service"), QJsonArray{QStringLiteral("svc%1").arg(key % 9)}},
            {QStringLiteral("value"), QString::number(random.bounded(100))},
            {QStringLiteral("text"), QStringLiteral("soak change %1").arg(changes)},
        };
        Result<Alert> alert = AlertJson::parseIncomingAlert(body, engine.config(), engine.now());
        if (!alert || !engine.receive(std::move(alert).value()))
            ++rejected;
        ++changes;
    };

    // The changes of one simulated second arrive together every 1/speed real seconds; each tick of 20 ms carries the
    // simulated seconds that have passed, at most five, so that the event loop keeps running (the backend's updates,
    // the table, the banner) as it would on a wall; a machine too slow for --speed just takes longer.
    const double totalSeconds = hours * 3600.0;
    double simulatedSeconds = 0;
    QElapsedTimer clock; // the whole run
    clock.start();
    QElapsedTimer pace; // since dueBase
    pace.start();
    double dueBase = 0;
    std::vector<Sample> samples;
    double hourStartCpu = cpuSeconds();
    int hour = 0;
    std::printf("hour  rows  rss_MiB  anon_MiB  heap_MiB  sqlite_MiB  console_heap_MiB  cpu_s\n");
    QTimer feed;
    QObject::connect(&feed, &QTimer::timeout, &app, [&] {
        const double due = qMin(totalSeconds, dueBase + pace.elapsed() / 1000.0 * speed);
        for (int step = 0; step < 5 && simulatedSeconds + 1 <= due; ++step) {
            for (int i = 0; i < rate; ++i)
                change();
            simulatedSeconds += 1;
            const int second = int(simulatedSeconds);
            if (second % 15 == 0)
                wall.nextPage();
            if (second % 60 == 0)
                wallMode.nextView();
            if (int(simulatedSeconds) % 3600 == 0) {
                ++hour;
                const double cpu = cpuSeconds();
                malloc_trim(0); // what the allocator keeps for later is not a leak
                samples.push_back({hour,
                                   window.alertModel().rowCount(),
                                   Bench::statusMiB("VmRSS"),
                                   Bench::statusMiB("RssAnon"),
                                   heapMiB(),
                                   sqliteMiB(),
                                   cpu - hourStartCpu});
                hourStartCpu = cpu;
                const Sample &s = samples.back();
                std::printf("%4d %5d %8.1f %9.1f %9.1f %11.1f %17.1f %6.2f\n",
                            s.hour,
                            s.rows,
                            s.rss,
                            s.anon,
                            s.heap,
                            s.sqlite,
                            s.console(),
                            s.cpu);
                std::fflush(stdout);
            }
        }
        if (simulatedSeconds >= totalSeconds) {
            app.quit();
        } else if (due - simulatedSeconds > 60) {
            // Behind by more than a simulated minute: go on from here rather than rush to make it up.
            dueBase = simulatedSeconds;
            pace.restart();
        }
    });
    feed.start(20);
    app.exec();

    std::vector<double> x, rss, heap, console, cpu;
    for (size_t i = 1; i < samples.size(); ++i) { // from the end of hour 1: warm
        x.push_back(samples[i].hour);
        rss.push_back(samples[i].rss);
        heap.push_back(samples[i].heap);
        console.push_back(samples[i].console());
        cpu.push_back(samples[i].cpu);
    }
    std::sort(cpu.begin(), cpu.end());
    if (samples.size() < 3) {
        std::printf("too short for a verdict: run at least 3 simulated hours\n");
        return 0;
    }
    std::printf("\n%lld changes (%lld refused), %d rotations, %d page turns in %.1f s real (%d simulated hours)\n",
                changes,
                rejected,
                int(totalSeconds / 60),
                int(totalSeconds / 15),
                clock.elapsed() / 1000.0,
                hours);
    std::printf("rss  hour 1 -> %d: %.1f -> %.1f MiB (%+.1f MiB), slope %+.3f MiB/hour\n",
                hours,
                samples.front().rss,
                samples.back().rss,
                samples.back().rss - samples.front().rss,
                slope(x, rss));
    std::printf("heap hour 1 -> %d: %.1f -> %.1f MiB (%+.1f MiB), slope %+.3f MiB/hour\n",
                hours,
                samples.front().heap,
                samples.back().heap,
                samples.back().heap - samples.front().heap,
                slope(x, heap));
    std::printf("console heap (heap - SQLite) hour 1 -> %d: %.1f -> %.1f MiB (%+.1f MiB), slope %+.3f MiB/hour\n",
                hours,
                samples.front().console(),
                samples.back().console(),
                samples.back().console() - samples.front().console(),
                slope(x, console));
    std::printf("cpu per simulated hour: median %.2f s, max %.2f s\n", cpu[cpu.size() / 2], cpu.back());
    window.setWallMode(false);
    window.setBackend(nullptr);
    return 0;
}
