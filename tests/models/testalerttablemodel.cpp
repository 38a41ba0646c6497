// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QAbstractItemModelTester>
#include <QColor>
#include <QDateTime>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QMap>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include "core/timestamp.h"
#include "models/alertsortfilterproxymodel.h"
#include "models/alerttablemodel.h"
#include "tests/support/modelsignals.h"

namespace {

using ModelSignals::col;
using ModelSignals::Recorder;
using ModelSignals::rowIds;
using Column = AlertTableModel::Column;

/// 2026-03-04 05:06:07 local time, in ms since the epoch.
const Timestamp baseTime = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7)).toMSecsSinceEpoch();

Alert makeAlert(const QString &id,
                const QString &severity = QStringLiteral("major"),
                const QString &environment = QStringLiteral("Production"))
{
    Alert alert;
    alert.id = id;
    alert.resource = QStringLiteral("web01");
    alert.event = QStringLiteral("HttpServerError");
    alert.environment = environment;
    alert.severity = severity;
    alert.status = AlertStatus::Open;
    alert.service = {QStringLiteral("Web"), QStringLiteral("Api")};
    alert.value = QStringLiteral("503");
    alert.text = QStringLiteral("Service unavailable");
    alert.duplicateCount = 2;
    alert.createTime = baseTime;
    alert.receiveTime = baseTime;
    alert.lastReceiveTime = baseTime;
    alert.timeout = 86400;
    return alert;
}

/// Alerts "a0".."a<n-1>".
QList<Alert> makeAlerts(int count)
{
    QList<Alert> alerts;
    for (int i = 0; i < count; ++i)
        alerts.append(makeAlert(QStringLiteral("a%1").arg(i)));
    return alerts;
}

/// The same alert, changed (as a duplicate would change it).
Alert changed(Alert alert)
{
    ++alert.duplicateCount;
    alert.lastReceiveTime += 1000;
    return alert;
}

QString cell(const QAbstractItemModel &model, int row, Column column, int role = Qt::DisplayRole)
{
    return model.index(row, col(column)).data(role).toString();
}

} // namespace

class TestAlertTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldResetWithOneModelReset();
    void shouldFoldAdjacentChangesIntoOneDataChanged();
    void shouldEmitOneDataChangedPerRunOfScatteredChanges();
    void shouldAppendNewAlertsAsOneInsertion();
    void shouldRemoveRunsBottomUp();
    void shouldChangeThenInsertThenRemoveInOneBatch();
    void shouldIgnoreUnchangedAndUnknownAlerts();
    void shouldAnnounceEachBatch();
    void shouldKeepRowIndexConsistentOverRandomBatches();
    void shouldCountEnvironments();
    void shouldKeepSelectionAcrossUpdates();
    void shouldHighlightRowsOfLiveUpdates();
    void shouldShowAgeAndTimeoutLeft_data();
    void shouldShowAgeAndTimeoutLeft();
    void shouldShowAlertFields();
    void shouldShowTimesLocallyWithIsoToolTip();
    void shouldShowTrendArrows_data();
    void shouldShowTrendArrows();
    void shouldColourCellsFromTheAlarmModel_data();
    void shouldColourCellsFromTheAlarmModel();
    void shouldColourFromACustomAlarmModel();
    void shouldShowAttributeColumns();
    void shouldRoundTripColumnKeys();
    void shouldTranslateHeaders();
    void shouldExposeCustomRolesInRoleNames();
    void shouldProvideRawValuesAndCompareRows();
    void shouldCompareTextCaseInsensitivelyAcrossUpdates();
};

void TestAlertTableModel::shouldResetWithOneModelReset()
{
    // Given a model with rows
    AlertTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.resetAlerts(makeAlerts(3));
    Recorder recorder(&model);

    // When it is reset with other alerts
    model.resetAlerts({makeAlert(QStringLiteral("x")), makeAlert(QStringLiteral("y"))});

    // Then that is one reset, and the index follows
    QCOMPARE(recorder.take(), QStringLiteral("reset"));
    QCOMPARE(rowIds(model), QStringLiteral("x,y"));
    QCOMPARE(model.rowOf(QStringLiteral("y")), 1);
    QCOMPARE(model.rowOf(QStringLiteral("a0")), -1);
    QCOMPARE(model.alertAt(0).id, QStringLiteral("x"));
    QCOMPARE(model.columnCount(), col(Column::Count));
}

void TestAlertTableModel::shouldFoldAdjacentChangesIntoOneDataChanged()
{
    // Given ten rows
    AlertTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<Alert> alerts = makeAlerts(10);
    model.resetAlerts(alerts);
    Recorder recorder(&model);

    // When rows 4, 2 and 3 change (in that order)
    model.applyChanges({changed(alerts[4]), changed(alerts[2]), changed(alerts[3])}, {});

    // Then one dataChanged covers the run, over all columns, and the rows show the new versions
    QCOMPARE(recorder.take(), QStringLiteral("change 2-4"));
    QCOMPARE(model.alertAt(3).duplicateCount, 3);
    QCOMPARE(model.rowOf(QStringLiteral("a3")), 3);
}

void TestAlertTableModel::shouldEmitOneDataChangedPerRunOfScatteredChanges()
{
    // Given ten rows
    AlertTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<Alert> alerts = makeAlerts(10);
    model.resetAlerts(alerts);
    Recorder recorder(&model);

    // When rows far apart change, one of them twice in the batch
    model.applyChanges(
        {changed(alerts[9]), changed(alerts[1]), changed(alerts[6]), changed(alerts[5]), changed(changed(alerts[9]))},
        {});

    // Then each run has its own dataChanged, top down, and the later version of row 9 won
    QCOMPARE(recorder.take(), QStringLiteral("change 1-1; change 5-6; change 9-9"));
    QCOMPARE(model.alertAt(9).duplicateCount, 4);
}

void TestAlertTableModel::shouldAppendNewAlertsAsOneInsertion()
{
    // Given three rows
    AlertTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.resetAlerts(makeAlerts(3));
    Recorder recorder(&model);

    // When three new alerts arrive, one listed twice
    Alert again = makeAlert(QStringLiteral("n1"));
    again.text = QStringLiteral("second version");
    model.applyChanges(
        {makeAlert(QStringLiteral("n1")), makeAlert(QStringLiteral("n2")), again, makeAlert(QStringLiteral("n3"))},
        {});

    // Then they are appended in one insertion, each once, the later version winning
    QCOMPARE(recorder.take(), QStringLiteral("insert 3-5"));
    QCOMPARE(rowIds(model), QStringLiteral("a0,a1,a2,n1,n2,n3"));
    QCOMPARE(model.alertAt(3).text, QStringLiteral("second version"));
    QCOMPARE(model.rowOf(QStringLiteral("n3")), 5);
}

void TestAlertTableModel::shouldRemoveRunsBottomUp()
{
    // Given ten rows
    AlertTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.resetAlerts(makeAlerts(10));
    Recorder recorder(&model);
    // rowOf() must already be right for whoever reacts to a removal
    QStringList rowsSeenByListeners;
    connect(&model, &QAbstractItemModel::rowsRemoved, this, [&model, &rowsSeenByListeners] {
        rowsSeenByListeners.append(QString::number(model.rowOf(QStringLiteral("a9"))));
    });

    // When rows 1, 2, 5 and 8 go (listed in any order, one of them twice, plus an unknown id)
    model.applyChanges({},
                       {QStringLiteral("a5"),
                        QStringLiteral("a1"),
                        QStringLiteral("a8"),
                        QStringLiteral("gone"),
                        QStringLiteral("a2"),
                        QStringLiteral("a5")});

    // Then each run goes separately, bottom up, and the remaining rows are renumbered
    QCOMPARE(recorder.take(), QStringLiteral("remove 8-8; remove 5-5; remove 1-2"));
    QCOMPARE(rowsSeenByListeners.join(u','), QStringLiteral("8,7,5"));
    QCOMPARE(rowIds(model), QStringLiteral("a0,a3,a4,a6,a7,a9"));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowOf(model.alertAt(row).id), row);
    QCOMPARE(model.rowOf(QStringLiteral("a5")), -1);
}

void TestAlertTableModel::shouldChangeThenInsertThenRemoveInOneBatch()
{
    // Given five rows
    AlertTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<Alert> alerts = makeAlerts(5);
    model.resetAlerts(alerts);
    Recorder recorder(&model);

    // When one batch changes two rows, adds one and removes two
    model.applyChanges({makeAlert(QStringLiteral("new")), changed(alerts[1]), changed(alerts[0])},
                       {QStringLiteral("a3"), QStringLiteral("a4")});

    // Then the changes come first, then the insertion, then the removal
    QCOMPARE(recorder.take(), QStringLiteral("change 0-1; insert 5-5; remove 3-4"));
    QCOMPARE(rowIds(model), QStringLiteral("a0,a1,a2,new"));
    QCOMPARE(model.rowOf(QStringLiteral("new")), 3);
}

void TestAlertTableModel::shouldIgnoreUnchangedAndUnknownAlerts()
{
    // Given three rows
    AlertTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<Alert> alerts = makeAlerts(3);
    model.resetAlerts(alerts);
    Recorder recorder(&model);
    QSignalSpy countsChanged(&model, &AlertTableModel::environmentCountsChanged);

    // When a backend re-sends an alert as it is and removes an id the model never had
    model.applyChanges({alerts[1]}, {QStringLiteral("unknown")});

    // Then nothing happens
    QCOMPARE(recorder.take(), QString());
    QCOMPARE(countsChanged.count(), 0);
    QCOMPARE(model.index(1, 0).data(AlertTableModel::ChangedAgoRole).toLongLong(), -1);
}

void TestAlertTableModel::shouldAnnounceEachBatch()
{
    // Given five rows, and a recorder that also notes the batch signals
    AlertTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<Alert> alerts = makeAlerts(5);
    model.resetAlerts(alerts);
    Recorder recorder(&model);
    QStringList batches;
    connect(&model, &AlertTableModel::changesAboutToBeApplied, this, [&batches](int count) {
        batches.append(QStringLiteral("about %1").arg(count));
    });
    connect(&model, &AlertTableModel::changesApplied, this, [&batches, &recorder] {
        batches.append(QStringLiteral("[%1] applied").arg(recorder.take()));
    });

    // When a batch changes, adds and removes
    model.applyChanges({changed(alerts[0]), makeAlert(QStringLiteral("new"))}, {QStringLiteral("a3")});
    // and an empty batch comes
    model.applyChanges({}, {});

    // Then the row signals of the batch are inside one pair of batch signals; the empty batch has none
    QCOMPARE(batches.join(QStringLiteral(" ")), QStringLiteral("about 3 [change 0-0; insert 5-5; remove 3-3] applied"));
}

void TestAlertTableModel::shouldKeepRowIndexConsistentOverRandomBatches()
{
    // Given a model and a reference of what it should hold
    AlertTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QRandomGenerator random(20260304); // fixed seed: a failure replays
    const QStringList environments = {QStringLiteral("Production"), QStringLiteral("Staging"), QStringLiteral("Dev")};
    QMap<QString, Alert> expected;
    QStringList expectedOrder; // rows stay where first put; new ones are appended
    int nextId = 0;

    const auto randomAlert = [&](const QString &id) {
        Alert alert = makeAlert(id, QStringLiteral("major"), environments.at(random.bounded(3)));
        alert.duplicateCount = random.bounded(1000);
        return alert;
    };
    QList<Alert> initial;
    for (; nextId < 50; ++nextId)
        initial.append(randomAlert(QStringLiteral("r%1").arg(nextId)));
    model.resetAlerts(initial);
    for (const Alert &alert : initial) {
        expected.insert(alert.id, alert);
        expectedOrder.append(alert.id);
    }

    // When a few hundred random batches of changes, new alerts and removals arrive
    for (int batch = 0; batch < 300; ++batch) {
        QList<Alert> upserted;
        QStringList removed;
        const int operations = random.bounded(1, 12);
        for (int op = 0; op < operations; ++op) {
            const int kind = random.bounded(10);
            if (kind < 5 && !expectedOrder.isEmpty()) {
                upserted.append(randomAlert(expectedOrder.at(random.bounded(expectedOrder.size()))));
            } else if (kind < 8) {
                upserted.append(randomAlert(QStringLiteral("r%1").arg(nextId++)));
            } else if (!expectedOrder.isEmpty()) {
                removed.append(expectedOrder.at(random.bounded(expectedOrder.size())));
            }
        }
        model.applyChanges(upserted, removed);

        for (const Alert &alert : std::as_const(upserted)) {
            if (!expected.contains(alert.id))
                expectedOrder.append(alert.id);
            expected.insert(alert.id, alert);
        }
        for (const QString &id : std::as_const(removed)) {
            expected.remove(id);
            expectedOrder.removeOne(id);
        }

        // Then rows, rowOf, alertAt and the environment counts match the reference after every batch
        QCOMPARE(model.rowCount(), expectedOrder.size());
        QHash<QString, int> expectedCounts;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString &id = expectedOrder.at(row);
            QCOMPARE(model.alertAt(row).id, id);
            QCOMPARE(model.rowOf(id), row);
            QVERIFY(model.alertAt(row) == expected.value(id));
            ++expectedCounts[expected.value(id).environment];
        }
        QVERIFY(model.environmentCounts() == expectedCounts);
    }
}

void TestAlertTableModel::shouldCountEnvironments()
{
    // Given alerts of two environments
    AlertTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy countsChanged(&model, &AlertTableModel::environmentCountsChanged);
    const Alert p1 = makeAlert(QStringLiteral("p1"), QStringLiteral("major"), QStringLiteral("Production"));
    const Alert p2 = makeAlert(QStringLiteral("p2"), QStringLiteral("major"), QStringLiteral("Production"));
    const Alert d1 = makeAlert(QStringLiteral("d1"), QStringLiteral("major"), QStringLiteral("Development"));
    model.resetAlerts({p1, p2, d1});
    const auto counts = [&model] {
        QStringList parts;
        for (auto it = model.environmentCounts().begin(); it != model.environmentCounts().end(); ++it)
            parts.append(it.key() + u'=' + QString::number(it.value()));
        parts.sort();
        return parts.join(u',');
    };
    QCOMPARE(counts(), QStringLiteral("Development=1,Production=2"));
    QCOMPARE(countsChanged.count(), 1);

    // When an alert changes without changing environment, the counts stay and nothing is announced
    model.applyChanges({changed(p1)}, {});
    QCOMPARE(countsChanged.count(), 1);

    // When an alert moves to another environment and a new one arrives
    Alert moved = changed(p2);
    moved.environment = QStringLiteral("Development");
    model.applyChanges({moved, makeAlert(QStringLiteral("s1"), QStringLiteral("minor"), QStringLiteral("Staging"))},
                       {});
    QCOMPARE(counts(), QStringLiteral("Development=2,Production=1,Staging=1"));
    QCOMPARE(countsChanged.count(), 2);

    // When the last alert of an environment goes, the environment goes
    model.applyChanges({}, {QStringLiteral("s1")});
    QCOMPARE(counts(), QStringLiteral("Development=2,Production=1"));
    QCOMPARE(countsChanged.count(), 3);

    // When a batch adds and removes one of the same environment, the counts did not change: no signal
    model.applyChanges({makeAlert(QStringLiteral("p3"))}, {QStringLiteral("p1")});
    QCOMPARE(counts(), QStringLiteral("Development=2,Production=1"));
    QCOMPARE(countsChanged.count(), 3);
}

void TestAlertTableModel::shouldKeepSelectionAcrossUpdates()
{
    // Given a sorted proxy over ten alerts and a selection of two of them
    AlertTableModel model;
    AlertSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSortKeys({{col(Column::DuplicateCount), Qt::DescendingOrder}});
    QList<Alert> alerts = makeAlerts(10);
    for (int i = 0; i < alerts.size(); ++i)
        alerts[i].duplicateCount = i;
    model.resetAlerts(alerts);
    QItemSelectionModel selection(&proxy);
    const auto select = [&](const QString &id) {
        const QModelIndex index = proxy.mapFromSource(model.index(model.rowOf(id), 0));
        selection.select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    };
    select(QStringLiteral("a3"));
    select(QStringLiteral("a7"));
    selection.setCurrentIndex(proxy.mapFromSource(model.index(model.rowOf(QStringLiteral("a7")), 0)),
                              QItemSelectionModel::NoUpdate);
    const auto selectedIds = [&] {
        QStringList ids;
        for (const QModelIndex &index : selection.selectedRows())
            ids.append(index.data(AlertTableModel::AlertIdRole).toString());
        ids.sort();
        return ids.join(u',');
    };
    QCOMPARE(selectedIds(), QStringLiteral("a3,a7"));

    // When live updates move the selected rows in the sort, insert rows above them and remove rows around them
    Alert a3 = alerts[3];
    a3.duplicateCount = 100; // to the top
    Alert a7 = alerts[7];
    a7.duplicateCount = -1; // to the bottom
    Alert top = makeAlert(QStringLiteral("top"));
    top.duplicateCount = 1000;
    model.applyChanges({a3, a7, top}, {QStringLiteral("a2"), QStringLiteral("a4"), QStringLiteral("a8")});

    // Then the same alerts are selected, and the current row is still a7
    QCOMPARE(selectedIds(), QStringLiteral("a3,a7"));
    QCOMPARE(selection.currentIndex().data(AlertTableModel::AlertIdRole).toString(), QStringLiteral("a7"));
    QCOMPARE(proxy.index(1, 0).data(AlertTableModel::AlertIdRole).toString(), QStringLiteral("a3"));
}

void TestAlertTableModel::shouldHighlightRowsOfLiveUpdates()
{
    // Given a model on a manual clock, loaded by a reset
    AlertTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    qint64 now = baseTime;
    model.setClock([&now] { return now; });
    QCOMPARE(model.highlightDuration(), 3000);
    const QList<Alert> alerts = makeAlerts(3);
    model.resetAlerts(alerts);
    const auto changedAgo = [&model](int row) {
        return model.index(row, col(Column::Text)).data(AlertTableModel::ChangedAgoRole).toLongLong();
    };
    // Rows of a reset are not highlighted
    QCOMPARE(changedAgo(0), -1);

    // When row 1 changes and a new alert arrives
    model.applyChanges({changed(alerts[1]), makeAlert(QStringLiteral("new"))}, {});

    // Then both are highlighted from now on, the others not
    QCOMPARE(changedAgo(0), -1);
    QCOMPARE(changedAgo(1), 0);
    QCOMPARE(changedAgo(3), 0);
    now += 1200;
    QCOMPARE(changedAgo(1), 1200);
    now += 1800;
    QCOMPARE(changedAgo(3), 3000);
    // and no longer once the highlight duration has passed
    now += 1;
    QCOMPARE(changedAgo(1), -1);

    // A longer highlight duration keeps them highlighted
    model.setHighlightDuration(10000);
    QCOMPARE(model.highlightDuration(), 10000);
    QCOMPARE(changedAgo(1), 3001);
}

void TestAlertTableModel::shouldShowAgeAndTimeoutLeft_data()
{
    QTest::addColumn<qint64>("sinceCreate");  // ms from createTime to now
    QTest::addColumn<qint64>("sinceReceive"); // ms from lastReceiveTime to now
    QTest::addColumn<int>("timeout");         // seconds, -1 = none
    QTest::addColumn<QString>("age");
    QTest::addColumn<QString>("timeoutLeft");

    const qint64 s = 1000;
    const qint64 m = 60 * s;
    const qint64 h = 60 * m;
    const qint64 d = 24 * h;
    QTest::newRow("seconds") << 45 * s << 0LL << 60 << QStringLiteral("45s") << QStringLiteral("1m 0s");
    QTest::newRow("minutes") << 3 * m + 12 * s << 10 * s << 600 << QStringLiteral("3m 12s") << QStringLiteral("9m 50s");
    QTest::newRow("hours") << 2 * h + 5 * m + 59 * s << 0LL << 7200 << QStringLiteral("2h 5m")
                           << QStringLiteral("2h 0m");
    QTest::newRow("days") << 4 * d + 3 * h + 30 * m << 1 * h << 86400 << QStringLiteral("4d 3h")
                          << QStringLiteral("23h 0m");
    QTest::newRow("no timeout") << 0LL << 0LL << 0 << QStringLiteral("0s") << QString();
    QTest::newRow("timeout null") << 0LL << 0LL << -1 << QStringLiteral("0s") << QString();
    QTest::newRow("expired") << 2 * m << 2 * m << 60 << QStringLiteral("2m 0s") << QStringLiteral("0s");
    QTest::newRow("clock skew") << -5 * s << 0LL << 60 << QStringLiteral("0s") << QStringLiteral("1m 0s");
}

void TestAlertTableModel::shouldShowAgeAndTimeoutLeft()
{
    QFETCH(qint64, sinceCreate);
    QFETCH(qint64, sinceReceive);
    QFETCH(int, timeout);
    QFETCH(QString, age);
    QFETCH(QString, timeoutLeft);

    // Given an alert and a clock
    AlertTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 now = baseTime + 10LL * 86400 * 1000;
    model.setClock([now] { return now; });
    Alert alert = makeAlert(QStringLiteral("a"));
    alert.createTime = now - sinceCreate;
    alert.lastReceiveTime = now - sinceReceive;
    alert.timeout = timeout < 0 ? std::nullopt : std::optional<qint64>(timeout);
    model.resetAlerts({alert});

    // Then Age and TimeoutLeft are read from the clock, right-aligned
    QCOMPARE(cell(model, 0, Column::Age), age);
    QCOMPARE(cell(model, 0, Column::TimeoutLeft), timeoutLeft);
    QCOMPARE(model.index(0, col(Column::Age)).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(model.index(0, col(Column::Age)).data(AlertTableModel::RawValueRole).toLongLong(), sinceCreate);
}

void TestAlertTableModel::shouldShowAlertFields()
{
    // Given an alert with every displayed field set
    AlertTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Alert alert = makeAlert(QStringLiteral("id-1"));
    alert.group = QStringLiteral("Web");
    alert.tags = {QStringLiteral("dc1"), QStringLiteral("linux")};
    alert.correlate = {QStringLiteral("HttpServerError"), QStringLiteral("HttpServerOk")};
    alert.attributes = {{QStringLiteral("region"), QStringLiteral("eu")}, {QStringLiteral("count"), 5}};
    alert.origin = QStringLiteral("curl");
    alert.type = QStringLiteral("exceptionAlert");
    alert.customer = QStringLiteral("ACME");
    alert.timeout = 3600;
    alert.repeat = true;
    alert.previousSeverity = QStringLiteral("minor");
    alert.lastReceiveId = QStringLiteral("rid");
    model.resetAlerts({alert});

    // Then each column shows it
    QCOMPARE(cell(model, 0, Column::Severity), QStringLiteral("major"));
    QCOMPARE(cell(model, 0, Column::Status), QStringLiteral("open"));
    QCOMPARE(cell(model, 0, Column::DuplicateCount), QStringLiteral("2"));
    QCOMPARE(cell(model, 0, Column::Environment), QStringLiteral("Production"));
    QCOMPARE(cell(model, 0, Column::Service), QStringLiteral("Web, Api"));
    QCOMPARE(cell(model, 0, Column::Resource), QStringLiteral("web01"));
    QCOMPARE(cell(model, 0, Column::Event), QStringLiteral("HttpServerError"));
    QCOMPARE(cell(model, 0, Column::Group), QStringLiteral("Web"));
    QCOMPARE(cell(model, 0, Column::Value), QStringLiteral("503"));
    QCOMPARE(cell(model, 0, Column::Text), QStringLiteral("Service unavailable"));
    QCOMPARE(cell(model, 0, Column::Tags), QStringLiteral("dc1, linux"));
    QCOMPARE(cell(model, 0, Column::Attributes), QStringLiteral("count=5, region=eu"));
    QCOMPARE(cell(model, 0, Column::Origin), QStringLiteral("curl"));
    QCOMPARE(cell(model, 0, Column::Type), QStringLiteral("exceptionAlert"));
    QCOMPARE(cell(model, 0, Column::Customer), QStringLiteral("ACME"));
    QCOMPARE(cell(model, 0, Column::Correlate), QStringLiteral("HttpServerError, HttpServerOk"));
    QCOMPARE(cell(model, 0, Column::Timeout), QStringLiteral("3600"));
    QCOMPARE(cell(model, 0, Column::Repeat), QStringLiteral("yes"));
    QCOMPARE(cell(model, 0, Column::PreviousSeverity), QStringLiteral("minor"));
    QCOMPARE(cell(model, 0, Column::LastReceiveId), QStringLiteral("rid"));
    QCOMPARE(cell(model, 0, Column::Id), QStringLiteral("id-1"));
    // Numbers are right-aligned, text is not
    QCOMPARE(model.index(0, col(Column::DuplicateCount)).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
    QVERIFY(!model.index(0, col(Column::Text)).data(Qt::TextAlignmentRole).isValid());
    // Long cells have the whole text as tooltip
    QCOMPARE(cell(model, 0, Column::Text, Qt::ToolTipRole), QStringLiteral("Service unavailable"));
    // Every column carries the row's identity roles
    QCOMPARE(cell(model, 0, Column::Text, AlertTableModel::AlertIdRole), QStringLiteral("id-1"));
    QCOMPARE(cell(model, 0, Column::Value, AlertTableModel::SeverityRole), QStringLiteral("major"));
    QCOMPARE(cell(model, 0, Column::Value, AlertTableModel::StatusRole), QStringLiteral("open"));
    QCOMPARE(cell(model, 0, Column::Value, AlertTableModel::EnvironmentRole), QStringLiteral("Production"));

    // Repeat false reads "no"
    alert.repeat = false;
    model.applyChanges({alert}, {});
    QCOMPARE(cell(model, 0, Column::Repeat), QStringLiteral("no"));
}

void TestAlertTableModel::shouldShowTimesLocallyWithIsoToolTip()
{
    AlertTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Alert alert = makeAlert(QStringLiteral("a"));
    alert.updateTime = 0; // never set
    model.resetAlerts({alert});

    QCOMPARE(cell(model, 0, Column::LastReceiveTime), QStringLiteral("2026-03-04 05:06:07"));
    QCOMPARE(cell(model, 0, Column::LastReceiveTime, Qt::ToolTipRole), IsoTime::format(baseTime));
    QCOMPARE(cell(model, 0, Column::CreateTime), QStringLiteral("2026-03-04 05:06:07"));
    QCOMPARE(cell(model, 0, Column::ReceiveTime, Qt::ToolTipRole), IsoTime::format(baseTime));
    QCOMPARE(cell(model, 0, Column::UpdateTime), QString());
    QCOMPARE(model.index(0, col(Column::LastReceiveTime)).data(AlertTableModel::RawValueRole).toLongLong(), baseTime);
}

void TestAlertTableModel::shouldShowTrendArrows_data()
{
    QTest::addColumn<QString>("trend");
    QTest::addColumn<QString>("arrow");
    QTest::addColumn<QString>("toolTip");
    QTest::newRow("more severe") << QStringLiteral("moreSevere") << QStringLiteral("▲")
                                 << QStringLiteral("More severe");
    QTest::newRow("less severe") << QStringLiteral("lessSevere") << QStringLiteral("▼")
                                 << QStringLiteral("Less severe");
    QTest::newRow("no change") << QStringLiteral("noChange") << QStringLiteral("–") << QStringLiteral("No change");
    QTest::newRow("none") << QString() << QString() << QString();
}

void TestAlertTableModel::shouldShowTrendArrows()
{
    QFETCH(QString, trend);
    QFETCH(QString, arrow);
    QFETCH(QString, toolTip);
    AlertTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Alert alert = makeAlert(QStringLiteral("a"));
    alert.trendIndication = trend;
    model.resetAlerts({alert});

    QCOMPARE(cell(model, 0, Column::TrendIndication), arrow);
    QCOMPARE(cell(model, 0, Column::TrendIndication, Qt::ToolTipRole), toolTip);
}

void TestAlertTableModel::shouldColourCellsFromTheAlarmModel_data()
{
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QColor>("background");
    QTest::addColumn<QColor>("foreground");
    QTest::newRow("critical") << QStringLiteral("critical") << QColor(Qt::red) << QColor(Qt::black);
    QTest::newRow("major") << QStringLiteral("major") << QColor::fromString("orange") << QColor(Qt::black);
    QTest::newRow("warning") << QStringLiteral("warning") << QColor::fromString("dodgerblue") << QColor(Qt::black);
    QTest::newRow("normal") << QStringLiteral("normal") << QColor::fromString("#00CC00") << QColor(Qt::black);
    QTest::newRow("security is dark") << QStringLiteral("security") << QColor(Qt::blue) << QColor(Qt::white);
    QTest::newRow("debug is dark") << QStringLiteral("debug") << QColor::fromString("#9D006D") << QColor(Qt::white);
    QTest::newRow("not in the model") << QStringLiteral("bogus") << QColor() << QColor();
}

void TestAlertTableModel::shouldColourCellsFromTheAlarmModel()
{
    QFETCH(QString, severity);
    QFETCH(QColor, background);
    QFETCH(QColor, foreground);

    // Given the default (ALERTA) alarm model
    AlertTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.resetAlerts({makeAlert(QStringLiteral("a"), severity)});
    const QModelIndex index = model.index(0, col(Column::Severity));

    // Then the severity cell has the severity's colour and readable text on it
    QCOMPARE(index.data(Qt::BackgroundRole).value<QColor>(), background);
    QCOMPARE(index.data(Qt::ForegroundRole).value<QColor>(), foreground);
    // and other cells keep the view's colours
    QVERIFY(!model.index(0, col(Column::Text)).data(Qt::BackgroundRole).isValid());
}

void TestAlertTableModel::shouldColourFromACustomAlarmModel()
{
    // Given a server with its own severities and colours
    AlertTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Alert acked = [] {
        Alert alert = makeAlert(QStringLiteral("a"), QStringLiteral("disaster"));
        alert.status = AlertStatus::Ack;
        return alert;
    }();
    const Alert open = makeAlert(QStringLiteral("b"), QStringLiteral("meh"));
    model.resetAlerts({acked, open});
    Recorder recorder(&model);
    ServerAlarmModel alarm;
    alarm.severities = SeverityMap::create({{QStringLiteral("disaster"), 0},
                                            {QStringLiteral("meh"), 5},
                                            {QStringLiteral("normal"), 9},
                                            {QStringLiteral("indeterminate"), 7},
                                            {QStringLiteral("informational"), 8}})
                           .value();
    alarm.severityColors = {{QStringLiteral("disaster"), QStringLiteral("#123456")},
                            {QStringLiteral("meh"), QStringLiteral("#FAFAFA")}};
    alarm.statusColors = {{QStringLiteral("ack"), QStringLiteral("purple")}};
    alarm.textColor = QStringLiteral("black");

    // When the model gets it
    model.setAlarmModel(alarm);

    // Then every row is announced changed (levels may reorder everything), with the server's colours
    QCOMPARE(recorder.take(), QStringLiteral("change 0-1"));
    QCOMPARE(model.alarmModel().severityColors.size(), 2);
    const auto colour = [&model](int row, Column column, int role) {
        return model.index(row, col(column)).data(role).value<QColor>();
    };
    QCOMPARE(colour(0, Column::Severity, Qt::BackgroundRole), QColor::fromString("#123456"));
    QCOMPARE(colour(0, Column::Severity, Qt::ForegroundRole), QColor(Qt::white)); // black is unreadable there
    QCOMPARE(colour(1, Column::Severity, Qt::BackgroundRole), QColor::fromString("#FAFAFA"));
    QCOMPARE(colour(1, Column::Severity, Qt::ForegroundRole), QColor(Qt::black));
    QCOMPARE(colour(0, Column::Status, Qt::BackgroundRole), QColor::fromString("purple"));
    QVERIFY(!model.index(1, col(Column::Status)).data(Qt::BackgroundRole).isValid()); // open has no colour
    // and the server's levels
    QCOMPARE(model.index(1, col(Column::Severity)).data(AlertTableModel::RawValueRole).toInt(), 5);
    QVERIFY(model.compareRows(0, 1, col(Column::Severity)) < 0);
}

void TestAlertTableModel::shouldShowAttributeColumns()
{
    // Given alerts with custom attributes
    AlertTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Alert a = makeAlert(QStringLiteral("a"));
    a.attributes = {{QStringLiteral("region"), QStringLiteral("eu-1")},
                    {QStringLiteral("count"), 10},
                    {QStringLiteral("owner"), QJsonObject{{QStringLiteral("team"), QStringLiteral("ops")}}},
                    {QStringLiteral("ports"), QJsonArray{80, 443}}};
    Alert b = makeAlert(QStringLiteral("b"));
    b.attributes = {{QStringLiteral("count"), 9}};
    model.resetAlerts({a, b});
    QSignalSpy inserted(&model, &QAbstractItemModel::columnsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::columnsRemoved);
    const int first = col(Column::Count);

    // When attribute columns are chosen
    model.setAttributeColumns({QStringLiteral("region"),
                               QStringLiteral("count"),
                               QStringLiteral("owner"),
                               QStringLiteral("ports"),
                               QStringLiteral("region")});

    // Then they follow the built-in columns (each key once), headed by their key, showing the value
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.columnCount(), first + 4);
    QCOMPARE(
        model.attributeColumns(),
        QStringList(
            {QStringLiteral("region"), QStringLiteral("count"), QStringLiteral("owner"), QStringLiteral("ports")}));
    QCOMPARE(model.headerData(first, Qt::Horizontal).toString(), QStringLiteral("region"));
    QCOMPARE(model.index(0, first).data().toString(), QStringLiteral("eu-1"));
    QCOMPARE(model.index(0, first + 1).data().toString(), QStringLiteral("10"));
    QCOMPARE(model.index(0, first + 2).data().toString(), QStringLiteral("{\"team\":\"ops\"}"));
    QCOMPARE(model.index(0, first + 3).data().toString(), QStringLiteral("[80,443]"));
    QCOMPARE(model.index(1, first).data().toString(), QString()); // no such attribute
    QCOMPARE(model.index(0, first + 1).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
    // numbers compare as numbers, not as text
    QVERIFY(model.compareRows(1, 0, first + 1) < 0);

    // When the choice changes, the old columns go and the new ones come, rows untouched
    model.setAttributeColumns({QStringLiteral("count")});
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.columnCount(), first + 1);
    QCOMPARE(model.rowCount(), 2);
    // and setting the same again does nothing
    model.setAttributeColumns({QStringLiteral("count")});
    QCOMPARE(inserted.count(), 2);
}

void TestAlertTableModel::shouldRoundTripColumnKeys()
{
    AlertTableModel model;
    model.setAttributeColumns({QStringLiteral("region"), QStringLiteral("dc")});

    for (int column = 0; column < model.columnCount(); ++column) {
        const QString key = model.columnKey(column);
        QVERIFY2(!key.isEmpty(), qPrintable(QString::number(column)));
        QCOMPARE(model.columnForKey(key), column);
    }
    QCOMPARE(model.columnKey(col(Column::Severity)), QStringLiteral("severity"));
    QCOMPARE(model.columnKey(col(Column::LastReceiveTime)), QStringLiteral("lastReceiveTime"));
    QCOMPARE(model.columnKey(col(Column::DuplicateCount)), QStringLiteral("duplicateCount"));
    QCOMPARE(model.columnKey(col(Column::Age)), QStringLiteral("age"));
    QCOMPARE(model.columnKey(col(Column::TimeoutLeft)), QStringLiteral("timeoutLeft"));
    QCOMPARE(model.columnKey(col(Column::Count) + 1), QStringLiteral("attributes.dc"));
    QCOMPARE(model.columnKey(-1), QString());
    QCOMPARE(model.columnKey(model.columnCount()), QString());
    QCOMPARE(model.columnForKey(QStringLiteral("attributes.nope")), -1);
    QCOMPARE(model.columnForKey(QStringLiteral("nope")), -1);
}

void TestAlertTableModel::shouldTranslateHeaders()
{
    AlertTableModel model;
    const auto header = [&model](Column column) { return model.headerData(col(column), Qt::Horizontal).toString(); };
    QCOMPARE(header(Column::Severity), QStringLiteral("Severity"));
    QCOMPARE(header(Column::LastReceiveTime), QStringLiteral("Last Receive Time"));
    QCOMPARE(header(Column::DuplicateCount), QStringLiteral("Dupl."));
    QCOMPARE(header(Column::Age), QStringLiteral("Age"));
    QCOMPARE(header(Column::TimeoutLeft), QStringLiteral("Timeout Left"));
    for (int column = 0; column < model.columnCount(); ++column)
        QVERIFY2(!model.headerData(column, Qt::Horizontal).toString().isEmpty(), qPrintable(QString::number(column)));
    QVERIFY(!model.headerData(col(Column::DuplicateCount), Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
}

void TestAlertTableModel::shouldExposeCustomRolesInRoleNames()
{
    AlertTableModel model;
    const QHash<int, QByteArray> names = model.roleNames();
    QCOMPARE(int(AlertTableModel::RawValueRole), int(Qt::UserRole) + 1);
    QCOMPARE(names.value(AlertTableModel::RawValueRole), QByteArrayLiteral("rawValue"));
    QCOMPARE(names.value(AlertTableModel::AlertIdRole), QByteArrayLiteral("alertId"));
    QCOMPARE(names.value(AlertTableModel::SeverityRole), QByteArrayLiteral("severity"));
    QCOMPARE(names.value(AlertTableModel::StatusRole), QByteArrayLiteral("status"));
    QCOMPARE(names.value(AlertTableModel::EnvironmentRole), QByteArrayLiteral("environment"));
    QCOMPARE(names.value(AlertTableModel::ChangedAgoRole), QByteArrayLiteral("changedAgo"));
    QCOMPARE(names.value(Qt::DisplayRole), QByteArrayLiteral("display"));
}

void TestAlertTableModel::shouldProvideRawValuesAndCompareRows()
{
    // Given alerts that differ in sortable ways
    AlertTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Alert acked = makeAlert(QStringLiteral("a"), QStringLiteral("major"));
    acked.status = AlertStatus::Ack;
    acked.resource = QStringLiteral("Web02");
    acked.tags = {QStringLiteral("b")};
    Alert unknown = makeAlert(QStringLiteral("b"), QStringLiteral("bogus"));
    unknown.status = QStringLiteral("weird");
    unknown.resource = QStringLiteral("web01");
    unknown.tags = {QStringLiteral("a"), QStringLiteral("z")};
    unknown.lastReceiveTime = acked.lastReceiveTime + 1;
    unknown.timeout = std::nullopt;
    model.resetAlerts({acked, unknown});

    const auto raw = [&model](int row, Column column) {
        return model.index(row, col(column)).data(AlertTableModel::RawValueRole);
    };
    // Severity → level (major = 2), status → rank (ack = C = 2), time → ms, count → qint64, lists joined
    QCOMPARE(raw(0, Column::Severity).toInt(), 2);
    QCOMPARE(raw(0, Column::Status).toInt(), 2);
    QCOMPARE(raw(0, Column::LastReceiveTime).toLongLong(), acked.lastReceiveTime);
    QCOMPARE(raw(0, Column::DuplicateCount).toLongLong(), 2);
    QCOMPARE(raw(0, Column::Timeout).toLongLong(), 86400);
    QCOMPARE(raw(0, Column::Service).toString(), QStringLiteral("Web, Api"));
    QCOMPARE(raw(0, Column::Resource).toString(), QStringLiteral("Web02"));
    // Severities and statuses outside the model sort after every known one
    QVERIFY(raw(1, Column::Severity).toInt() > 10);
    QVERIFY(raw(1, Column::Status).toInt() > 7);
    QVERIFY(!raw(1, Column::TimeoutLeft).isValid());

    // compareRows agrees, case-insensitively for text, element-wise for lists
    QVERIFY(model.compareRows(0, 1, col(Column::Severity)) < 0);
    QVERIFY(model.compareRows(0, 1, col(Column::Status)) < 0);
    QVERIFY(model.compareRows(0, 1, col(Column::LastReceiveTime)) < 0);
    QVERIFY(model.compareRows(0, 1, col(Column::Resource)) > 0);    // "Web02" > "web01"
    QVERIFY(model.compareRows(0, 1, col(Column::Tags)) > 0);        // "b" > "a, z"
    QVERIFY(model.compareRows(0, 1, col(Column::TimeoutLeft)) < 0); // no timeout last
    QCOMPARE(model.compareRows(0, 1, col(Column::Event)), 0);
    QCOMPARE(model.compareRows(0, 0, col(Column::Text)), 0);
    QCOMPARE(model.compareRows(0, 1, model.columnCount()), 0);
}

void TestAlertTableModel::shouldCompareTextCaseInsensitivelyAcrossUpdates()
{
    // Given texts with long common prefixes, mixed case and non-ASCII characters (compareRows takes shortcuts for
    // ASCII and keeps per-column keys it must update with every change)
    AlertTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QRandomGenerator random(7); // fixed seed: a failure replays
    const QList<QChar> alphabet = {u'a', u'A', u'b', u'B', u'-', u'0', u'9', u'\0', u'é', u'É', QChar(0x212A), u'k'};
    const auto randomText = [&] {
        QString text = random.bounded(2) ? QStringLiteral("host-0000000000000") : QString();
        const int length = random.bounded(8);
        for (int i = 0; i < length; ++i)
            text.append(alphabet.at(random.bounded(alphabet.size())));
        return text;
    };
    QList<Alert> alerts;
    for (int i = 0; i < 60; ++i) {
        Alert alert = makeAlert(QStringLiteral("t%1").arg(i));
        alert.resource = randomText();
        alerts.append(alert);
    }
    model.resetAlerts(alerts);
    const int column = col(Column::Resource);
    const auto checkAllPairs = [&] {
        for (int l = 0; l < model.rowCount(); ++l) {
            for (int r = 0; r < model.rowCount(); ++r) {
                const QString &a = model.alertAt(l).resource;
                const QString &b = model.alertAt(r).resource;
                const int expected = QString::compare(a, b, Qt::CaseInsensitive);
                const int actual = model.compareRows(l, r, column);
                if ((expected < 0) != (actual < 0) || (expected > 0) != (actual > 0))
                    return QStringLiteral("%1 vs %2: %3, expected %4").arg(a, b).arg(actual).arg(expected);
            }
        }
        return QString();
    };

    // Then compareRows orders like QString::compare(Qt::CaseInsensitive)
    QCOMPARE(checkAllPairs(), QString());

    // and still does after changes, new rows and removals
    for (int batch = 0; batch < 5; ++batch) {
        QList<Alert> upserted;
        for (int i = 0; i < 10; ++i) {
            Alert alert = model.alertAt(random.bounded(model.rowCount()));
            alert.resource = randomText();
            upserted.append(alert);
            Alert fresh = makeAlert(QStringLiteral("n%1-%2").arg(batch).arg(i));
            fresh.resource = randomText();
            upserted.append(fresh);
        }
        model.applyChanges(
            upserted,
            {model.alertAt(random.bounded(model.rowCount())).id, model.alertAt(random.bounded(model.rowCount())).id});
        QCOMPARE(checkAllPairs(), QString());
    }
}

QTEST_MAIN(TestAlertTableModel)
#include "testalerttablemodel.moc"
