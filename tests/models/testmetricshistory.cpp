// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "models/metricshistory.h"
#include "tests/support/testtext.h"

// MetricsHistory from hand-made `/management/status` answers (spec §8): rates and averages from pairs of
// snapshots, the baseline of the first one, restarts, gauges and the age limit.

using Point = MetricsHistory::Point;

namespace {

constexpr qint64 T0 = 1'700'000'000'000;

QJsonObject timer(const char *group, const char *name, qint64 count, double totalTime)
{
    return {{qs("group"), qs(group)},
            {qs("name"), qs(name)},
            {qs("type"), qs("timer")},
            {qs("title"), qs(name)},
            {qs("count"), count},
            {qs("totalTime"), totalTime}};
}

QJsonObject counter(const char *group, const char *name, qint64 count)
{
    return {{qs("group"), qs(group)}, {qs("name"), qs(name)}, {qs("type"), qs("counter")}, {qs("count"), count}};
}

QJsonObject gauge(const char *group, const char *name, qint64 value)
{
    return {{qs("group"), qs(group)}, {qs("name"), qs(name)}, {qs("type"), qs("gauge")}, {qs("value"), value}};
}

QJsonObject status(qint64 uptime, const QJsonArray &metrics)
{
    return {{qs("application"), qs("alerta")}, {qs("time"), T0}, {qs("uptime"), uptime}, {qs("metrics"), metrics}};
}

/// "time:value" pairs, time in seconds after T0, for comparing whole series.
QString text(const QList<Point> &points)
{
    QStringList parts;
    for (const Point &p : points)
        parts.append(QStringLiteral("%1:%2").arg((p.time - T0) / 1000).arg(p.value));
    return parts.join(u' ');
}

} // namespace

class TestMetricsHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldDeriveRatesAndAveragesFromSnapshotPairs_data();
    void shouldDeriveRatesAndAveragesFromSnapshotPairs();
    void shouldGiveNoRateForTheFirstSnapshot();
    void shouldKeepGaugeValues();
    void shouldIgnoreSnapshotsThatAreNotNewer();
    void shouldDropPointsOlderThanMaxAge();
    void shouldForgetEverythingOnClear();
};

void TestMetricsHistory::shouldDeriveRatesAndAveragesFromSnapshotPairs_data()
{
    QTest::addColumn<QList<QJsonObject>>("snapshots"); // each at 10 s after the one before
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QString>("rates");
    QTest::addColumn<QString>("averages");

    const auto received = [](qint64 uptime, qint64 count, double total) {
        return status(uptime, {timer("alerts", "received", count, total)});
    };
    QTest::newRow("steady traffic") << QList<QJsonObject>{received(1000, 10, 50),
                                                          received(11000, 30, 150),
                                                          received(21000, 35, 200)}
                                    << qs("alerts.received") << qs("10:2 20:0.5") << qs("10:5 20:10");
    QTest::newRow("unchanged count gives a zero rate and no average")
        << QList<QJsonObject>{received(1000, 10, 50), received(11000, 10, 50)} << qs("alerts.received") << qs("10:0")
        << QString();
    QTest::newRow("counter reset without uptime is skipped, then counts from the new baseline")
        << QList<QJsonObject>{status(-1, {timer("alerts", "received", 100, 500)}),
                              status(-1, {timer("alerts", "received", 4, 8)}),
                              status(-1, {timer("alerts", "received", 14, 28)})}
        << qs("alerts.received") << qs("20:1") << qs("20:2");
    QTest::newRow("server restart (uptime back) gives no point even when the total grew")
        << QList<QJsonObject>{received(50000, 10, 50), received(2000, 400, 800), received(12000, 420, 900)}
        << qs("alerts.received") << qs("20:2") << qs("20:5");
    QTest::newRow("a metric listed only after first use counts from zero")
        << QList<QJsonObject>{status(1000, {}), received(11000, 5, 20)} << qs("alerts.received") << qs("10:0.5")
        << qs("10:4");
    QTest::newRow("counters have rates but no averages")
        << QList<QJsonObject>{status(1000, {counter("alerts", "rejected", 2)}),
                              status(11000, {counter("alerts", "rejected", 7)})}
        << qs("alerts.rejected") << qs("10:0.5") << QString();
    QTest::newRow("other metrics do not mix in")
        << QList<QJsonObject>{status(1000, {timer("alerts", "queries", 1, 1), timer("alerts", "received", 0, 0)}),
                              status(11000, {timer("alerts", "queries", 21, 41), timer("alerts", "received", 0, 0)})}
        << qs("alerts.queries") << qs("10:2") << qs("10:2");
}

void TestMetricsHistory::shouldDeriveRatesAndAveragesFromSnapshotPairs()
{
    QFETCH(QList<QJsonObject>, snapshots);
    QFETCH(QString, metric);
    QFETCH(QString, rates);
    QFETCH(QString, averages);

    // Given: a history
    MetricsHistory history;
    // When: the snapshots arrive 10 s apart (an uptime of -1 stands for an answer without uptime)
    qint64 time = T0;
    for (QJsonObject snapshot : std::as_const(snapshots)) {
        if (snapshot.value(qs("uptime")).toInteger() < 0)
            snapshot.remove(qs("uptime"));
        history.add(snapshot, time);
        time += 10'000;
    }
    // Then: one rate point per interval (none for a restart) and an average only where there were events
    QCOMPARE(text(history.rate(metric)), rates);
    QCOMPARE(text(history.averageMs(metric)), averages);
    QCOMPARE(history.snapshotCount(), snapshots.size());
}

void TestMetricsHistory::shouldGiveNoRateForTheFirstSnapshot()
{
    // Given: a history
    MetricsHistory history;
    // When: only one snapshot, with a large total, arrived
    history.add(status(5000, {timer("alerts", "received", 1000, 5000)}), T0);
    // Then: there is no rate and no average yet, only a baseline
    QVERIFY(history.rate(qs("alerts.received")).isEmpty());
    QVERIFY(history.averageMs(qs("alerts.received")).isEmpty());
    QCOMPARE(history.snapshotCount(), 1);
}

void TestMetricsHistory::shouldKeepGaugeValues()
{
    // Given: a history
    MetricsHistory history;
    // When: two snapshots with the alerts.total gauge arrive
    history.add(status(1000, {gauge("alerts", "total", 7)}), T0);
    history.add(status(6000, {gauge("alerts", "total", 3)}), T0 + 5000);
    // Then: each value is a point of its own, from the first snapshot on
    QCOMPARE(text(history.gauge(qs("alerts.total"))), qs("0:7 5:3"));
    QVERIFY(history.rate(qs("alerts.total")).isEmpty());
}

void TestMetricsHistory::shouldIgnoreSnapshotsThatAreNotNewer()
{
    // Given: a history with two snapshots
    MetricsHistory history;
    history.add(status(1000, {timer("alerts", "received", 0, 0)}), T0);
    history.add(status(2000, {timer("alerts", "received", 10, 10)}), T0 + 1000);
    // When: an answer with the same time arrives again (a repeated refresh)
    history.add(status(2000, {timer("alerts", "received", 10, 10)}), T0 + 1000);
    // Then: it adds nothing (no division by a zero interval)
    QCOMPARE(text(history.rate(qs("alerts.received"))), qs("1:10"));
    QCOMPARE(history.snapshotCount(), 2);
}

void TestMetricsHistory::shouldDropPointsOlderThanMaxAge()
{
    // Given: a history that keeps 30 s
    MetricsHistory history(30'000);
    // When: a snapshot arrives every 10 s for a minute
    for (int i = 0; i <= 6; ++i)
        history.add(status(1000 + i * 10'000, {timer("alerts", "received", i * 10, i * 20.0)}), T0 + i * 10'000);
    // Then: only the points of the last 30 s are left
    QCOMPARE(text(history.rate(qs("alerts.received"))), qs("30:1 40:1 50:1 60:1"));
    QCOMPARE(history.maxAge(), 30'000);
}

void TestMetricsHistory::shouldForgetEverythingOnClear()
{
    // Given: a history with points
    MetricsHistory history;
    history.add(status(1000, {timer("alerts", "received", 0, 0)}), T0);
    history.add(status(2000, {timer("alerts", "received", 10, 10)}), T0 + 1000);
    // When: it is cleared and gets one snapshot
    history.clear();
    history.add(status(3000, {timer("alerts", "received", 20, 20)}), T0 + 2000);
    // Then: that snapshot is a new baseline
    QVERIFY(history.rate(qs("alerts.received")).isEmpty());
    QCOMPARE(history.snapshotCount(), 1);
}

QTEST_GUILESS_MAIN(TestMetricsHistory)
#include "testmetricshistory.moc"
