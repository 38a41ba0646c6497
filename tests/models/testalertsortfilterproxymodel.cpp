// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <limits>

#include "models/alertsortfilterproxymodel.h"
#include "models/alerttablemodel.h"
#include "tests/support/modelsignals.h"

namespace {

using ModelSignals::col;
using ModelSignals::Recorder;
using ModelSignals::rowIds;
using Column = AlertTableModel::Column;
using SortKey = AlertSortFilterProxyModel::SortKey;

const Timestamp baseTime = 1772600000000; // 2026-03-04

Alert makeAlert(const QString &id,
                const QString &severity,
                Timestamp lastReceiveTime = baseTime,
                const QString &environment = QStringLiteral("Production"))
{
    Alert alert;
    alert.id = id;
    alert.resource = QStringLiteral("host-") + id;
    alert.event = QStringLiteral("NodeDown");
    alert.environment = environment;
    alert.severity = severity;
    alert.status = AlertStatus::Open;
    alert.createTime = baseTime;
    alert.lastReceiveTime = lastReceiveTime;
    return alert;
}

QString keysText(const QList<SortKey> &keys)
{
    QStringList parts;
    for (const SortKey &key : keys)
        parts.append(QString::number(key.first) + (key.second == Qt::AscendingOrder ? u'+' : u'-'));
    return parts.join(u',');
}

/// Severity ascending (most severe first, unknown last), then newest first, then source order: computed here from the
/// alerts, independently of the proxy.
QString expectedOrder(const AlertTableModel &model, const QString &environment = {})
{
    const SeverityMap severities = SeverityMap::alertaDefault();
    std::vector<int> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (environment.isEmpty() || model.alertAt(row).environment == environment)
            rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end(), [&](int l, int r) {
        const Alert &a = model.alertAt(l);
        const Alert &b = model.alertAt(r);
        // Severities outside the model sort last
        const auto level = [&severities](const QString &severity) {
            const int value = severities.level(severity);
            return value < 0 ? std::numeric_limits<int>::max() : value;
        };
        const int la = level(a.severity);
        const int lb = level(b.severity);
        if (la != lb)
            return la < lb;
        if (a.lastReceiveTime != b.lastReceiveTime)
            return a.lastReceiveTime > b.lastReceiveTime;
        return l < r;
    });
    QStringList ids;
    for (int row : rows)
        ids.append(model.alertAt(row).id);
    return ids.join(u',');
}

} // namespace

class TestAlertSortFilterProxyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldSortOnRawValuesDynamically();
    void shouldFilterByEnvironment();
    void shouldSortByKeysWithMixedDirections();
    void shouldPushKeysThroughSort();
    void shouldRestoreSourceOrderWithoutKeys();
    void shouldKeepOrderAcrossLiveUpdates();
    void shouldKeepTiesInSourceOrder();
    void shouldTurnLargeBatchesIntoOneLayoutChange();
};

void TestAlertSortFilterProxyModel::shouldSortOnRawValuesDynamically()
{
    AlertSortFilterProxyModel proxy;
    QCOMPARE(proxy.sortRole(), int(AlertTableModel::RawValueRole));
    QVERIFY(proxy.dynamicSortFilter());
    QCOMPARE(proxy.sortColumn(), -1);
    QVERIFY(proxy.sortKeys().isEmpty());
}

void TestAlertSortFilterProxyModel::shouldFilterByEnvironment()
{
    // Given alerts of two environments behind the proxy
    AlertTableModel model;
    AlertSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.resetAlerts({makeAlert(QStringLiteral("p1"), QStringLiteral("major")),
                       makeAlert(QStringLiteral("d1"), QStringLiteral("major"), baseTime, QStringLiteral("Dev")),
                       makeAlert(QStringLiteral("p2"), QStringLiteral("minor"))});
    QCOMPARE(rowIds(proxy), QStringLiteral("p1,d1,p2"));

    // When the Production tab is chosen, only its alerts show
    proxy.setEnvironment(QStringLiteral("Production"));
    QCOMPARE(proxy.environment(), QStringLiteral("Production"));
    QCOMPARE(rowIds(proxy), QStringLiteral("p1,p2"));

    // Live updates follow the filter: a new Dev alert stays hidden, an alert moving to Dev leaves, one moving to
    // Production comes
    Alert movedAway = makeAlert(QStringLiteral("p1"), QStringLiteral("major"), baseTime, QStringLiteral("Dev"));
    Alert movedHere = makeAlert(QStringLiteral("d1"), QStringLiteral("major"));
    model.applyChanges({movedAway,
                        movedHere,
                        makeAlert(QStringLiteral("d2"), QStringLiteral("minor"), baseTime, QStringLiteral("Dev"))},
                       {});
    QCOMPARE(rowIds(proxy), QStringLiteral("d1,p2"));

    // When all environments are chosen again, everything shows in source order
    proxy.setEnvironment(QString());
    QCOMPARE(rowIds(proxy), QStringLiteral("p1,d1,p2,d2"));
}

void TestAlertSortFilterProxyModel::shouldSortByKeysWithMixedDirections()
{
    // Given alerts of mixed severities and times
    AlertTableModel model;
    AlertSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.resetAlerts({makeAlert(QStringLiteral("minor-old"), QStringLiteral("minor"), baseTime),
                       makeAlert(QStringLiteral("crit-old"), QStringLiteral("critical"), baseTime),
                       makeAlert(QStringLiteral("minor-new"), QStringLiteral("minor"), baseTime + 5000),
                       makeAlert(QStringLiteral("crit-new"), QStringLiteral("critical"), baseTime + 1000),
                       makeAlert(QStringLiteral("major"), QStringLiteral("major"), baseTime + 9000)});

    // When sorted by severity ascending (most severe first), then last receive time descending
    proxy.setSortKeys(
        {{col(Column::Severity), Qt::AscendingOrder}, {col(Column::LastReceiveTime), Qt::DescendingOrder}});

    // Then each key applies its own direction
    QCOMPARE(rowIds(proxy), QStringLiteral("crit-new,crit-old,major,minor-new,minor-old"));
    QCOMPARE(proxy.sortColumn(), col(Column::Severity));
    QCOMPARE(keysText(proxy.sortKeys()), QStringLiteral("0+,3-"));

    // When the primary key's direction flips (same primary column), the proxy re-sorts all the same
    proxy.setSortKeys(
        {{col(Column::Severity), Qt::DescendingOrder}, {col(Column::LastReceiveTime), Qt::DescendingOrder}});
    QCOMPARE(rowIds(proxy), QStringLiteral("minor-new,minor-old,major,crit-new,crit-old"));
    // and only a later key's direction
    proxy.setSortKeys(
        {{col(Column::Severity), Qt::DescendingOrder}, {col(Column::LastReceiveTime), Qt::AscendingOrder}});
    QCOMPARE(rowIds(proxy), QStringLiteral("minor-old,minor-new,major,crit-old,crit-new"));
}

void TestAlertSortFilterProxyModel::shouldPushKeysThroughSort()
{
    // Given a proxy sorted by last receive time, newest first
    AlertTableModel model;
    AlertSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.resetAlerts({makeAlert(QStringLiteral("minor-old"), QStringLiteral("minor"), baseTime),
                       makeAlert(QStringLiteral("crit-old"), QStringLiteral("critical"), baseTime),
                       makeAlert(QStringLiteral("minor-new"), QStringLiteral("minor"), baseTime + 5000),
                       makeAlert(QStringLiteral("crit-new"), QStringLiteral("critical"), baseTime + 1000)});
    proxy.sort(col(Column::LastReceiveTime), Qt::DescendingOrder);
    QCOMPARE(rowIds(proxy), QStringLiteral("minor-new,crit-new,minor-old,crit-old"));
    QSignalSpy layoutChanged(&proxy, &QAbstractItemModel::layoutChanged);

    // When the user then clicks Severity (as a view calls sort())
    proxy.sort(col(Column::Severity), Qt::AscendingOrder);

    // Then severity is the primary key and the time the secondary one
    QCOMPARE(keysText(proxy.sortKeys()), QStringLiteral("0+,3-"));
    QCOMPARE(rowIds(proxy), QStringLiteral("crit-new,crit-old,minor-new,minor-old"));
    QCOMPARE(layoutChanged.count(), 1);

    // When Severity is clicked again (the view flips its direction), the key moves rather than repeats
    proxy.sort(col(Column::Severity), Qt::DescendingOrder);
    QCOMPARE(keysText(proxy.sortKeys()), QStringLiteral("0-,3-"));
    QCOMPARE(rowIds(proxy), QStringLiteral("minor-new,minor-old,crit-new,crit-old"));

    // When the view repeats the primary key as it is (setSortIndicator after setSortKeys), nothing happens
    layoutChanged.clear();
    proxy.sort(col(Column::Severity), Qt::DescendingOrder);
    QCOMPARE(layoutChanged.count(), 0);

    // Keys are capped at four, the oldest going first
    proxy.sort(col(Column::Resource), Qt::AscendingOrder);
    proxy.sort(col(Column::Event), Qt::AscendingOrder);
    proxy.sort(col(Column::Status), Qt::AscendingOrder);
    QCOMPARE(keysText(proxy.sortKeys()), QStringLiteral("1+,9+,8+,0-"));
}

void TestAlertSortFilterProxyModel::shouldRestoreSourceOrderWithoutKeys()
{
    AlertTableModel model;
    AlertSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.resetAlerts({makeAlert(QStringLiteral("b"), QStringLiteral("minor")),
                       makeAlert(QStringLiteral("a"), QStringLiteral("critical")),
                       makeAlert(QStringLiteral("c"), QStringLiteral("major"))});
    proxy.setSortKeys({{col(Column::Severity), Qt::AscendingOrder}});
    QCOMPARE(rowIds(proxy), QStringLiteral("a,c,b"));

    // When the keys are cleared (or a view sorts by column -1), the source order comes back
    proxy.setSortKeys({});
    QCOMPARE(rowIds(proxy), QStringLiteral("b,a,c"));
    QCOMPARE(proxy.sortColumn(), -1);
    proxy.sort(col(Column::Severity));
    proxy.sort(-1);
    QVERIFY(proxy.sortKeys().isEmpty());
    QCOMPARE(rowIds(proxy), QStringLiteral("b,a,c"));
}

void TestAlertSortFilterProxyModel::shouldKeepOrderAcrossLiveUpdates()
{
    // Given a proxy sorted by severity, then newest first, over random alerts
    AlertTableModel model;
    AlertSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSortKeys(
        {{col(Column::Severity), Qt::AscendingOrder}, {col(Column::LastReceiveTime), Qt::DescendingOrder}});
    QRandomGenerator random(4242); // fixed seed: a failure replays
    const QStringList severities = {QStringLiteral("critical"),
                                    QStringLiteral("major"),
                                    QStringLiteral("minor"),
                                    QStringLiteral("warning"),
                                    QStringLiteral("bogus")};
    const QStringList environments = {QStringLiteral("Production"), QStringLiteral("Dev")};
    const auto randomAlert = [&](const QString &id) {
        // Few distinct times, so that ties on both keys happen often
        return makeAlert(id,
                         severities.at(random.bounded(severities.size())),
                         baseTime + random.bounded(20) * 1000,
                         environments.at(random.bounded(2)));
    };
    QList<Alert> initial;
    int nextId = 0;
    for (; nextId < 80; ++nextId)
        initial.append(randomAlert(QStringLiteral("r%1").arg(nextId)));
    model.resetAlerts(initial);
    QCOMPARE(rowIds(proxy), expectedOrder(model));

    // When random batches arrive, some while an environment is filtered
    for (int batch = 0; batch < 200; ++batch) {
        if (batch == 100)
            proxy.setEnvironment(QStringLiteral("Dev"));
        QList<Alert> upserted;
        QStringList removed;
        // Up to 30 changes: small batches reach views row by row, large ones as one layout change
        const int operations = random.bounded(1, 31);
        for (int op = 0; op < operations; ++op) {
            const int kind = random.bounded(10);
            if (kind < 6 && model.rowCount() > 0)
                upserted.append(randomAlert(model.alertAt(random.bounded(model.rowCount())).id));
            else if (kind < 8)
                upserted.append(randomAlert(QStringLiteral("r%1").arg(nextId++)));
            else if (model.rowCount() > 0)
                removed.append(model.alertAt(random.bounded(model.rowCount())).id);
        }
        model.applyChanges(upserted, removed);

        // Then the proxy's order is always the full sort
        QCOMPARE(rowIds(proxy), expectedOrder(model, proxy.environment()));
    }
}

void TestAlertSortFilterProxyModel::shouldKeepTiesInSourceOrder()
{
    // Given alerts equal on every key
    AlertTableModel model;
    AlertSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    QList<Alert> alerts;
    for (const QString &id : {QStringLiteral("e"), QStringLiteral("b"), QStringLiteral("d"), QStringLiteral("a")})
        alerts.append(makeAlert(id, QStringLiteral("major")));
    alerts.append(makeAlert(QStringLiteral("crit"), QStringLiteral("critical")));
    model.resetAlerts(alerts);

    // When sorted descending on severity
    proxy.sort(col(Column::Severity), Qt::DescendingOrder);

    // Then equal rows keep source order (not reversed by the direction)
    QCOMPARE(rowIds(proxy), QStringLiteral("e,b,d,a,crit"));

    // and keep it when one of them changes without changing its keys
    Alert b = alerts[1];
    b.text = QStringLiteral("changed");
    model.applyChanges({b}, {});
    QCOMPARE(rowIds(proxy), QStringLiteral("e,b,d,a,crit"));
}

void TestAlertSortFilterProxyModel::shouldTurnLargeBatchesIntoOneLayoutChange()
{
    // Given a sorted proxy over 40 alerts with two of them selected
    AlertTableModel model;
    AlertSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSortKeys(
        {{col(Column::Severity), Qt::AscendingOrder}, {col(Column::LastReceiveTime), Qt::DescendingOrder}});
    QList<Alert> alerts;
    for (int i = 0; i < 40; ++i)
        alerts.append(makeAlert(QStringLiteral("a%1").arg(i),
                                i % 2 ? QStringLiteral("major") : QStringLiteral("minor"),
                                baseTime + i * 1000));
    model.resetAlerts(alerts);
    QItemSelectionModel selection(&proxy);
    for (const QString &id : {QStringLiteral("a5"), QStringLiteral("a8")}) {
        selection.select(proxy.mapFromSource(model.index(model.rowOf(id), 0)),
                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    const auto selectedIds = [&] {
        QStringList ids;
        for (const QModelIndex &index : selection.selectedRows())
            ids.append(index.data(AlertTableModel::AlertIdRole).toString());
        ids.sort();
        return ids.join(u',');
    };
    Recorder recorder(&proxy);

    // When one batch brings 16 changes: 12 alerts received again (moving them in the sort), 2 new ones, 2 deletions
    QList<Alert> upserted;
    for (int i = 0; i < 12; ++i) {
        Alert alert = alerts.at(i * 3);
        alert.lastReceiveTime = baseTime + 100000 + i;
        upserted.append(alert);
    }
    upserted.append(makeAlert(QStringLiteral("n1"), QStringLiteral("critical"), baseTime));
    upserted.append(makeAlert(QStringLiteral("n2"), QStringLiteral("minor"), baseTime));
    model.applyChanges(upserted, {QStringLiteral("a1"), QStringLiteral("a2")});

    // Then views see one layout change and one dataChanged over everything, not a signal per row
    QCOMPARE(recorder.take(), QStringLiteral("layout; change 0-39"));
    // and the order, the selection and the row count are right
    QCOMPARE(rowIds(proxy), expectedOrder(model));
    QCOMPARE(proxy.rowCount(), 40);
    QCOMPARE(selectedIds(), QStringLiteral("a5,a8"));

    // When a small batch arrives, its rows are signalled one by one as usual
    model.applyChanges({makeAlert(QStringLiteral("n3"), QStringLiteral("critical"), baseTime)}, {});
    QCOMPARE(recorder.take(), QStringLiteral("insert 1-1"));
    QCOMPARE(rowIds(proxy), expectedOrder(model));
}

QTEST_MAIN(TestAlertSortFilterProxyModel)
#include "testalertsortfilterproxymodel.moc"
