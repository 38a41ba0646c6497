// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
//
// The console's alert table under load: 100,000 alerts in AlertTableModel -> AlertSortFilterProxyModel (severity
// ascending, then last receive time descending) -> a visible QTableView (1280x900, offscreen platform), fed 1,000
// changes/s for 10 s in batches every 50 ms (70% duplicates, 15% status changes, 10% new alerts, 5% deletions).
//
// Measures: (1) GUI event-loop latency with a 1 ms precise timer (longest stall, 99th percentile of lateness), and
// what applyChanges() and a repaint cost; (2) an environment filter change and a primary sort key change over all
// rows; (3) resetAlerts of 100,000 alerts; (4) VmRSS after loading and at the end. Times are wall clock and, where it
// says so, CPU time of the GUI thread: on a shared machine the wall clock also counts other processes, the CPU time
// does not. Medians over --runs repetitions.
//
// Not a QBENCHMARK: the figure that matters is the worst stall of a running event loop, which QBENCHMARK's
// repeat-a-function model cannot see. Run from a Release build: bench/console/bench-alerttable [--help]. The
// --no-view, --no-proxy and --unsorted switches take layers away to see what each costs.
#include "bench/benchsupport.h"
#include "models/alertchangefeed.h"
#include "models/alertsortfilterproxymodel.h"
#include "models/alerttablemodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QRandomGenerator>
#include <QTableView>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

#include <malloc.h>
#include <time.h>

namespace {

using Column = AlertTableModel::Column;

constexpr int col(Column column)
{
    return static_cast<int>(column);
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<size_t>(p / 100.0 * static_cast<double>(values.size() - 1));
    return values[rank];
}

/// CPU time of the calling thread, in ms.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

/// Wall-clock and GUI-thread CPU times of repeated work, in ms.
struct Timing
{
    std::vector<double> wall;
    std::vector<double> cpu;

    void measure(const std::function<void()> &work)
    {
        QElapsedTimer timer;
        const double cpuStart = threadCpuMs();
        timer.start();
        work();
        wall.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(threadCpuMs() - cpuStart);
    }
};

QByteArray loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray("?");
}

/// A string with its own buffer, as an alert parsed from JSON has: no sharing with other alerts.
QString own(const QString &text)
{
    return QString(text.constData(), text.size());
}

QStringList numbered(const QString &prefix, int count, int width)
{
    QStringList names;
    for (int i = 0; i < count; ++i)
        names.append(prefix + QStringLiteral("%1").arg(i, width, 10, QLatin1Char('0')));
    return names;
}

/// Realistic alerts: 20 environments, the 13 severities of the ALERTA model, 200 services, resources
/// host-NNNNN, a ~60 character text, 3 attributes and 2 tags.
class AlertGenerator
{
public:
    explicit AlertGenerator(quint32 seed)
        : m_random(seed)
    {}

    Alert make(int n, qint64 now)
    {
        Alert a;
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        a.resource = QStringLiteral("host-%1").arg(n % 100000, 5, 10, QLatin1Char('0'));
        a.event = own(m_events.at(pick(m_events.size())));
        a.environment = own(m_environments.at(pick(m_environments.size())));
        a.severity = own(m_severities.at(pick(m_severities.size())));
        a.status = own(pick(10) == 0 ? AlertStatus::Ack : AlertStatus::Open);
        const QString service = m_services.at(pick(m_services.size()));
        a.service = {own(service)};
        a.group = own(m_groups.at(pick(m_groups.size())));
        const int load = 80 + pick(20);
        a.value = QStringLiteral("%1%").arg(load);
        a.text =
            QStringLiteral("CPU load %1% on %2 exceeds the 80% threshold of %3").arg(load).arg(a.resource, service);
        a.tags = {QStringLiteral("dc-%1").arg(pick(4)), own(QStringLiteral("linux"))};
        a.attributes.insert(QStringLiteral("region"), QStringLiteral("eu-west-%1").arg(pick(3)));
        a.attributes.insert(QStringLiteral("team"), QStringLiteral("team-%1").arg(pick(30)));
        a.attributes.insert(QStringLiteral("priority"), pick(5));
        a.origin = QStringLiteral("collector-%1").arg(pick(8));
        a.type = own(QStringLiteral("exceptionAlert"));
        a.createTime = now - m_random.bounded(7 * 86400) * qint64(1000);
        a.timeout = 86400;
        a.duplicateCount = pick(50);
        a.repeat = a.duplicateCount > 0;
        a.previousSeverity = own(m_severities.at(pick(m_severities.size())));
        a.trendIndication = own(QStringLiteral("moreSevere"));
        a.receiveTime = a.createTime;
        a.lastReceiveId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        a.lastReceiveTime = a.createTime + m_random.bounded(3600) * qint64(1000);
        a.updateTime = a.lastReceiveTime;
        return a;
    }

    int pick(qsizetype bound) { return static_cast<int>(m_random.bounded(static_cast<int>(bound))); }

private:
    QRandomGenerator m_random;
    QStringList m_environments = numbered(QStringLiteral("env-"), 20, 2);
    QStringList m_severities = SeverityMap::alertaDefault().ordered();
    QStringList m_services = numbered(QStringLiteral("svc-"), 200, 3);
    QStringList m_events = numbered(QStringLiteral("Event"), 40, 2);
    QStringList m_groups = numbered(QStringLiteral("Group"), 10, 1);
};

struct LiveStats
{
    std::vector<double> lateness; ///< ms each 1 ms tick came after it was due
    Timing apply;                 ///< per applyChanges() call
    int batches = 0;
    int changes = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Alert table model/proxy/view under live load"));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        QStringLiteral("Alerts to load."),
                                        QStringLiteral("n"),
                                        QStringLiteral("100000"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Live phase length."),
                                           QStringLiteral("s"),
                                           QStringLiteral("10"));
    const QCommandLineOption rateOption(QStringLiteral("rate"),
                                        QStringLiteral("Changes per second."),
                                        QStringLiteral("n"),
                                        QStringLiteral("1000"));
    const QCommandLineOption intervalOption(QStringLiteral("interval"),
                                            QStringLiteral("Batch interval in ms."),
                                            QStringLiteral("ms"),
                                            QStringLiteral("50"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Repetitions of reset, filter and sort (0 for profiling the "
                                                       "live phase alone: one reset, no filter or sort)."),
                                        QStringLiteral("n"),
                                        QStringLiteral("5"));
    const QCommandLineOption noViewOption(QStringLiteral("no-view"),
                                          QStringLiteral("No QTableView (model and proxy)."));
    const QCommandLineOption hideRowHeaderOption(QStringLiteral("hide-row-header"),
                                                 QStringLiteral("Hide the view's vertical header (row numbers)."));
    const QCommandLineOption noProxyOption(QStringLiteral("no-proxy"),
                                           QStringLiteral("Model alone: no proxy, no view (with --no-view)."));
    const QCommandLineOption unsortedOption(QStringLiteral("unsorted"), QStringLiteral("No sort keys."));
    const QCommandLineOption directOption(QStringLiteral("direct"),
                                          QStringLiteral("Apply each batch at once with applyChanges() instead of "
                                                         "through AlertChangeFeed (as the console does)."));
    const QCommandLineOption budgetOption(QStringLiteral("budget"),
                                          QStringLiteral("AlertChangeFeed's time budget per turn, in µs."),
                                          QStringLiteral("us"),
                                          QStringLiteral("10000"));
    const QCommandLineOption sliceOption(QStringLiteral("slice"),
                                         QStringLiteral("AlertChangeFeed's changes per applyChanges() call."),
                                         QStringLiteral("n"),
                                         QStringLiteral("256"));
    parser.addOptions({rowsOption,
                       secondsOption,
                       rateOption,
                       intervalOption,
                       runsOption,
                       noViewOption,
                       hideRowHeaderOption,
                       noProxyOption,
                       unsortedOption,
                       directOption,
                       budgetOption,
                       sliceOption});
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();
    const int rate = parser.value(rateOption).toInt();
    const int interval = parser.value(intervalOption).toInt();
    const int batchSize = std::max(1, rate * interval / 1000);
    const int runs = parser.value(runsOption).toInt();

    AlertGenerator generator(20260304);
    const qint64 start = QDateTime::currentMSecsSinceEpoch();
    int nextAlert = 0;

    AlertTableModel model;
    AlertChangeFeed feed(model);
    feed.setBudget(std::chrono::microseconds(parser.value(budgetOption).toInt()));
    feed.setSliceSize(parser.value(sliceOption).toInt());
    const bool directApply = parser.isSet(directOption);
    AlertSortFilterProxyModel proxy;
    if (!parser.isSet(noProxyOption))
        proxy.setSourceModel(&model);
    const QList<AlertSortFilterProxyModel::SortKey> severityThenNewest = {
        {col(Column::Severity), Qt::AscendingOrder},
        {col(Column::LastReceiveTime), Qt::DescendingOrder}};
    if (!parser.isSet(unsortedOption))
        proxy.setSortKeys(severityThenNewest);
    QTableView view;
    if (!parser.isSet(noViewOption))
        view.setModel(&proxy);
    view.horizontalHeader()->setSortIndicator(col(Column::Severity), Qt::AscendingOrder);
    view.horizontalHeader()->setSortIndicatorShown(true);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.resize(1280, 900);
    view.verticalHeader()->setVisible(!parser.isSet(hideRowHeaderOption));
    if (!parser.isSet(noViewOption))
        view.show();
    QCoreApplication::processEvents();

    const QByteArray loadBefore = loadAverage();

    // (3) resetAlerts, with the proxy and the view attached (they re-map and re-sort inside the call).
    Timing reset;
    Timing resetModelOnly;
    {
        QList<Alert> alerts;
        alerts.reserve(rows);
        for (; nextAlert < rows; ++nextAlert)
            alerts.append(generator.make(nextAlert, start));
        for (int run = 0; run < std::max(1, runs); ++run) {
            reset.measure([&] { model.resetAlerts(alerts); });
            QCoreApplication::processEvents();
        }
        // The model alone, for comparison
        AlertTableModel bare;
        for (int run = 0; run < runs; ++run)
            resetModelOnly.measure([&] { bare.resetAlerts(alerts); });
    }
    // The alert list and the spare model are gone; give the freed memory back before reading RSS.
    malloc_trim(0);
    if (view.selectionModel())
        view.selectRow(10);
    QCoreApplication::processEvents();
    const auto selectedId = [&view] {
        if (!view.selectionModel())
            return QString();
        return view.selectionModel()->selectedRows().value(0).data(AlertTableModel::AlertIdRole).toString();
    };
    const QString selectedBefore = selectedId();
    const double rssLoaded = Bench::statusMiB("VmRSS");

    // (1) Live updates, with a 1 ms precise timer measuring how late the event loop serves it.
    std::vector<QString> ids;
    ids.reserve(static_cast<size_t>(rows) * 2);
    for (int row = 0; row < model.rowCount(); ++row)
        ids.push_back(model.alertAt(row).id);

    LiveStats stats;
    QElapsedTimer clock;
    clock.start();
    qint64 lastTick = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        const qint64 nowNs = clock.nsecsElapsed();
        if (lastTick != 0)
            stats.lateness.push_back(std::max(0.0, static_cast<double>(nowNs - lastTick) / 1e6 - 1.0));
        lastTick = nowNs;
    });

    QTimer batcher;
    batcher.setTimerType(Qt::PreciseTimer);
    batcher.setInterval(interval);
    QObject::connect(&batcher, &QTimer::timeout, &app, [&] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<Alert> upserted;
        QStringList removed;
        std::vector<QString> added; // joins the pool after this batch: rowOf() does not know them before
        for (int i = 0; i < batchSize; ++i) {
            const int kind = generator.pick(100);
            if (kind < 85 && !ids.empty()) {
                // A duplicate (70%) or a status change (15%) of an alert we have
                const QString &id = ids[static_cast<size_t>(generator.pick(static_cast<qsizetype>(ids.size())))];
                // Through the feed, a new alert reaches the model a turn or more after it was queued.
                const int row = model.rowOf(id);
                if (row < 0)
                    continue;
                Alert alert = model.alertAt(row);
                if (kind < 70) {
                    alert.lastReceiveTime = now;
                    ++alert.duplicateCount;
                    alert.value = QStringLiteral("%1%").arg(80 + generator.pick(20));
                    alert.lastReceiveId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                } else {
                    alert.status = alert.status == AlertStatus::Open ? AlertStatus::Ack : AlertStatus::Open;
                    alert.updateTime = now;
                }
                upserted.append(alert);
            } else if (kind < 95 || ids.empty()) {
                upserted.append(generator.make(nextAlert++, now));
                added.push_back(upserted.constLast().id);
            } else {
                // A deletion: swap-remove from the pool of live ids
                const auto at = static_cast<size_t>(generator.pick(static_cast<qsizetype>(ids.size())));
                removed.append(ids[at]);
                ids[at] = ids.back();
                ids.pop_back();
            }
        }
        stats.apply.measure([&] {
            if (directApply)
                model.applyChanges(upserted, removed);
            else
                feed.enqueue(upserted, removed);
        });
        ids.insert(ids.end(), added.begin(), added.end());
        ++stats.batches;
        stats.changes += static_cast<int>(upserted.size() + removed.size());
    });

    // A local loop: QCoreApplication::quit() would close the view as well.
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    ticker.start();
    batcher.start();
    loop.exec();
    ticker.stop();
    batcher.stop();
    const bool selectionKept = !selectedBefore.isEmpty() && selectedId() == selectedBefore;

    // A full repaint of the visible table: what follows every batch that changes visible rows, as its own stall.
    Timing repaint;
    if (view.isVisible()) {
        QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        for (int run = 0; run < 20; ++run)
            repaint.measure([&] { view.viewport()->render(&image); });
    }

    // (2) Filter and sort changes over all rows: the call, and the call plus the events (layout, paint) it causes.
    Timing filterOne;
    Timing filterAll;
    Timing sortOther;
    Timing sortBack;
    std::vector<double> shownFilterOne;
    std::vector<double> shownFilterAll;
    std::vector<double> shownSortOther;
    std::vector<double> shownSortBack;
    const auto measureShown = [](Timing &timing, std::vector<double> &shown, const std::function<void()> &work) {
        QElapsedTimer timer;
        timer.start();
        timing.measure(work);
        QCoreApplication::processEvents();
        shown.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    };
    for (int run = 0; run < runs; ++run) {
        measureShown(filterOne, shownFilterOne, [&] {
            proxy.setEnvironment(QStringLiteral("env-%1").arg(run + 3, 2, 10, QLatin1Char('0')));
        });
        measureShown(filterAll, shownFilterAll, [&] { proxy.setEnvironment(QString()); });
        measureShown(sortOther, shownSortOther, [&] {
            proxy.setSortKeys({{col(Column::Resource), Qt::AscendingOrder}});
        });
        measureShown(sortBack, shownSortBack, [&] { proxy.setSortKeys(severityThenNewest); });
    }
    const double rssEnd = Bench::statusMiB("VmRSS");

    const auto maxOf = [](const std::vector<double> &values) {
        return values.empty() ? 0.0 : *std::max_element(values.begin(), values.end());
    };
    std::printf("bench-alerttable: %d alerts, %d changes/s in batches of %d every %d ms for %d s (%d batches, %d "
                "changes); rows at end %d; selection kept: %s; load average before %s, after %s\n",
                rows,
                rate,
                batchSize,
                interval,
                seconds,
                stats.batches,
                stats.changes,
                model.rowCount(),
                selectionKept ? "yes" : "no",
                loadBefore.constData(),
                loadAverage().constData());
    std::printf("%-48s %10s %10s %10s\n", "measure", "wall", "GUI CPU", "goal");
    const auto line = [](const char *name, double wall, double cpu, const char *unit, const char *goal) {
        if (cpu < 0)
            std::printf("%-48s %7.1f %-2s %10s %10s\n", name, wall, unit, "", goal);
        else
            std::printf("%-48s %7.1f %-2s %7.1f %-2s %10s\n", name, wall, unit, cpu, unit, goal);
    };
    line("GUI stall, longest (1 ms timer lateness)", maxOf(stats.lateness), -1, "ms", "< 16 ms");
    line("GUI lateness, 99th percentile", percentile(stats.lateness, 99), -1, "ms", "< 16 ms");
    line("applyChanges per batch, median", median(stats.apply.wall), median(stats.apply.cpu), "ms", "");
    line("applyChanges per batch, 99th percentile",
         percentile(stats.apply.wall, 99),
         percentile(stats.apply.cpu, 99),
         "ms",
         "");
    line("applyChanges per batch, longest", maxOf(stats.apply.wall), maxOf(stats.apply.cpu), "ms", "");
    line("repaint of the visible table, median of 20", median(repaint.wall), median(repaint.cpu), "ms", "");
    line("filter: all -> one environment", median(filterOne.wall), median(filterOne.cpu), "ms", "< 100 ms");
    line("  ... until shown (events processed)", median(shownFilterOne), -1, "ms", "< 100 ms");
    line("filter: one environment -> all", median(filterAll.wall), median(filterAll.cpu), "ms", "< 100 ms");
    line("  ... until shown (events processed)", median(shownFilterAll), -1, "ms", "< 100 ms");
    line("sort: new primary key (resource, text)", median(sortOther.wall), median(sortOther.cpu), "ms", "< 100 ms");
    line("  ... until shown (events processed)", median(shownSortOther), -1, "ms", "< 100 ms");
    line("sort: back to severity + time", median(sortBack.wall), median(sortBack.cpu), "ms", "< 100 ms");
    line("  ... until shown (events processed)", median(shownSortBack), -1, "ms", "< 100 ms");
    line("resetAlerts with proxy + view", median(reset.wall), median(reset.cpu), "ms", "");
    line("resetAlerts, model alone", median(resetModelOnly.wall), median(resetModelOnly.cpu), "ms", "");
    line("RSS after loading (VmRSS)", rssLoaded, -1, "MiB", "< 300 MB");
    line("RSS at the end (VmRSS)", rssEnd, -1, "MiB", "< 300 MB");
    return 0;
}
