// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "models/alertchangefeed.h"
#include "models/alertsortfilterproxymodel.h"
#include "models/alerttablemodel.h"
#include "tests/support/modelsignals.h"

// AlertChangeFeed: a backend's batches reach the model in order, in slices that fit a time budget.

namespace {

Alert makeAlert(const QString &id, int value = 0)
{
    Alert alert;
    alert.id = id;
    alert.resource = id;
    alert.event = QStringLiteral("Down");
    alert.environment = QStringLiteral("Production");
    alert.severity = QStringLiteral("major");
    alert.status = AlertStatus::Open;
    alert.value = QString::number(value);
    alert.lastReceiveTime = 1772600000000 + value;
    return alert;
}

QList<Alert> makeAlerts(const QString &prefix, int count, int value = 0)
{
    QList<Alert> alerts;
    for (int i = 0; i < count; ++i)
        alerts.append(makeAlert(prefix + QString::number(i), value));
    return alerts;
}

/// "id=value" of every row, sorted: the model's content regardless of row order.
QString content(const AlertTableModel &model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows.append(model.alertAt(row).id + u'=' + model.alertAt(row).value);
    rows.sort();
    return rows.join(u',');
}

} // namespace

class TestAlertChangeFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldApplyASmallBatchAtOnce();
    void shouldSpreadABigBatchOverSeveralTurnsInOrder();
    void shouldDropQueuedChangesOnReset();
};

void TestAlertChangeFeed::shouldApplyASmallBatchAtOnce()
{
    // Given: a model with three alerts behind a feed with the default budget
    AlertTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AlertChangeFeed feed(model);
    feed.reset(makeAlerts(QStringLiteral("a"), 3));
    QSignalSpy applied(&feed, &AlertChangeFeed::applied);

    // When: a batch with an update, a new alert and a removal comes
    feed.enqueue({makeAlert(QStringLiteral("a0"), 5), makeAlert(QStringLiteral("b0"))}, {QStringLiteral("a2")});

    // Then: it is in the model right away, in one applyChanges
    QCOMPARE(content(model), QStringLiteral("a0=5,a1=0,b0=0"));
    QCOMPARE(feed.pending(), 0);
    QCOMPARE(applied.size(), 1);
}

void TestAlertChangeFeed::shouldSpreadABigBatchOverSeveralTurnsInOrder()
{
    // Given: a sorted proxy over the model, and a feed that may apply only a few changes per turn
    AlertTableModel model;
    AlertSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSortKeys({{ModelSignals::col(AlertTableModel::Column::LastReceiveTime), Qt::DescendingOrder}});
    AlertChangeFeed feed(model);
    feed.setBudget(std::chrono::microseconds(1));
    feed.setSliceSize(7);
    feed.setWholeBatch(0);
    feed.reset(makeAlerts(QStringLiteral("a"), 50));
    QSignalSpy applied(&feed, &AlertChangeFeed::applied);

    // When: a batch updates all fifty and removes ten, then a second batch updates five of them again
    QStringList removed;
    for (int i = 40; i < 50; ++i)
        removed.append(QStringLiteral("a%1").arg(i));
    feed.enqueue(makeAlerts(QStringLiteral("a"), 40, 1), removed);
    feed.enqueue(makeAlerts(QStringLiteral("a"), 5, 2), {});

    // Then: only a slice is applied now, the rest comes turn by turn
    QVERIFY(feed.pending() > 0);
    QTRY_COMPARE(feed.pending(), 0);
    QVERIFY2(applied.size() >= 7, qPrintable(QString::number(applied.size())));

    // And: the end state is that of both batches applied in order
    QStringList expected;
    for (int i = 0; i < 40; ++i)
        expected.append(QStringLiteral("a%1=%2").arg(i).arg(i < 5 ? 2 : 1));
    expected.sort();
    QCOMPARE(content(model), expected.join(u','));
    QCOMPARE(proxy.rowCount(), 40);
}

void TestAlertChangeFeed::shouldDropQueuedChangesOnReset()
{
    // Given: changes still queued
    AlertTableModel model;
    AlertChangeFeed feed(model);
    feed.setBudget(std::chrono::microseconds(1));
    feed.setSliceSize(1);
    feed.setWholeBatch(0);
    feed.reset(makeAlerts(QStringLiteral("a"), 3));
    feed.enqueue(makeAlerts(QStringLiteral("a"), 3, 9), {});
    QCOMPARE(feed.pending(), 2);

    // When: a new snapshot arrives (a filter change)
    feed.reset(makeAlerts(QStringLiteral("z"), 2));

    // Then: the queued changes are gone with the old list, and none is applied later
    QCOMPARE(feed.pending(), 0);
    QTest::qWait(20);
    QCOMPARE(content(model), QStringLiteral("z0=0,z1=0"));
}

QTEST_MAIN(TestAlertChangeFeed)
#include "testalertchangefeed.moc"
