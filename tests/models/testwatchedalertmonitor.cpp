// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "models/watchedalertmonitor.h"
#include "tests/support/testtext.h"

#include <QSignalSpy>
#include <QTest>

class TestWatchedAlertMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldDescribeWhatChanged_data();
    void shouldDescribeWhatChanged();
    void shouldReportChangesOfWatchedAlertsOnly();
    void shouldSayNothingOnAResetOrWhenAnAlertGetsWatched();
    void shouldReportAWatchedAlertLeavingTheList();
};

namespace {

const QString watchTag = QStringLiteral("watch:ops");

Alert alert(const QString &id, bool watched, const QString &status = qs("open"), const QString &severity = qs("major"))
{
    Alert a;
    a.id = id;
    a.resource = qs("web01");
    a.event = qs("NodeDown");
    a.status = status;
    a.severity = severity;
    a.lastReceiveId = id + qs("-r1");
    if (watched)
        a.tags = {watchTag};
    return a;
}

} // namespace

void TestWatchedAlertMonitor::shouldDescribeWhatChanged_data()
{
    QTest::addColumn<Alert>("after");
    QTest::addColumn<QStringList>("changes");
    const Alert before = alert(qs("a"), true);
    Alert acked = before;
    acked.status = qs("ack");
    Alert escalated = before;
    escalated.severity = qs("critical");
    Alert both = acked;
    both.severity = qs("minor");
    Alert again = before;
    again.lastReceiveId = qs("a-r2");
    again.duplicateCount = 3;
    Alert noted = before;
    noted.text = qs("new text only");
    QTest::newRow("status") << acked << QStringList{qs("status open → ack")};
    QTest::newRow("severity") << escalated << QStringList{qs("severity major → critical")};
    QTest::newRow("both") << both << QStringList{qs("status open → ack"), qs("severity major → minor")};
    QTest::newRow("received again") << again << QStringList{qs("received again (3 duplicate(s))")};
    QTest::newRow("nothing worth a notice") << noted << QStringList{};
}

void TestWatchedAlertMonitor::shouldDescribeWhatChanged()
{
    QFETCH(Alert, after);
    QFETCH(QStringList, changes);
    QCOMPARE(WatchedAlertMonitor::describeChanges(alert(qs("a"), true), after), changes);
}

void TestWatchedAlertMonitor::shouldReportChangesOfWatchedAlertsOnly()
{
    // Given: a list with a watched and an unwatched alert
    WatchedAlertMonitor monitor;
    monitor.setWatchTag(watchTag);
    QSignalSpy changed(&monitor, &WatchedAlertMonitor::watchedAlertChanged);
    monitor.reset({alert(qs("w"), true), alert(qs("u"), false)});

    // When: both are acknowledged
    monitor.apply({alert(qs("w"), true, qs("ack")), alert(qs("u"), false, qs("ack"))}, {});

    // Then: one notice, for the watched one
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<Alert>().id, qs("w"));
    QCOMPARE(changed.at(0).at(1).toStringList(), QStringList{qs("status open → ack")});

    // When: the same update comes again (a poll that changes nothing)
    monitor.apply({alert(qs("w"), true, qs("ack"))}, {});
    // Then: no second notice
    QCOMPARE(changed.count(), 1);

    // When: unwatched, then changed
    monitor.apply({alert(qs("w"), false, qs("ack"))}, {});
    monitor.apply({alert(qs("w"), false, qs("closed"))}, {});
    QCOMPARE(changed.count(), 1);
}

void TestWatchedAlertMonitor::shouldSayNothingOnAResetOrWhenAnAlertGetsWatched()
{
    WatchedAlertMonitor monitor;
    monitor.setWatchTag(watchTag);
    QSignalSpy changed(&monitor, &WatchedAlertMonitor::watchedAlertChanged);
    monitor.reset({alert(qs("a"), false)});
    // The operator watches it: the tag is the only change
    monitor.apply({alert(qs("a"), true)}, {});
    // A reconnection brings the whole list with a new status: remembered, not reported
    monitor.reset({alert(qs("a"), true, qs("ack"))});
    QCOMPARE(changed.count(), 0);
    // From then on changes count
    monitor.apply({alert(qs("a"), true, qs("closed"))}, {});
    QCOMPARE(changed.count(), 1);
}

void TestWatchedAlertMonitor::shouldReportAWatchedAlertLeavingTheList()
{
    WatchedAlertMonitor monitor;
    monitor.setWatchTag(watchTag);
    QSignalSpy left(&monitor, &WatchedAlertMonitor::watchedAlertLeft);
    monitor.reset({alert(qs("w"), true), alert(qs("u"), false)});
    monitor.apply({}, {qs("u"), qs("w")});
    QCOMPARE(left.count(), 1);
    QCOMPARE(left.at(0).at(0).value<Alert>().id, qs("w"));
    // Off: nothing at all
    monitor.setWatchTag({});
    monitor.reset({alert(qs("w"), true)});
    monitor.apply({}, {qs("w")});
    QCOMPARE(left.count(), 1);
}

QTEST_GUILESS_MAIN(TestWatchedAlertMonitor)
#include "testwatchedalertmonitor.moc"
