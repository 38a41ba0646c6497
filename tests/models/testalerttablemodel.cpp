// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QAbstractItemModelTester>
#include <QColor>
#include <QDateTime>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include "models/alerttablemodel.h"

namespace {

using Column = AlertTableModel::Column;

constexpr int col(Column column)
{
    return static_cast<int>(column);
}

Alert makeAlert(const QString &id, const QString &severity, const QString &resource = QStringLiteral("web01"))
{
    Alert alert;
    alert.id = id;
    alert.resource = resource;
    alert.event = QStringLiteral("HttpServerError");
    alert.environment = QStringLiteral("Production");
    alert.severity = severity;
    alert.status = AlertStatus::Open;
    alert.service = {QStringLiteral("Web"), QStringLiteral("Api")};
    alert.value = QStringLiteral("503");
    alert.text = QStringLiteral("Service unavailable");
    alert.duplicateCount = 2;
    alert.lastReceiveTime = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7)).toMSecsSinceEpoch();
    return alert;
}

/// Records the structural and data signals of a model, in order, as short strings.
class SignalRecorder : public QObject
{
public:
    explicit SignalRecorder(QAbstractItemModel *model)
    {
        connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
            m_events.append(QStringLiteral("insert(%1,%2)").arg(first).arg(last));
        });
        connect(model, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &, int first, int last) {
            m_events.append(QStringLiteral("remove(%1,%2)").arg(first).arg(last));
        });
        connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &tl, const QModelIndex &br) {
            m_events.append(
                QStringLiteral("changed(%1,%2;%3,%4)").arg(tl.row()).arg(tl.column()).arg(br.row()).arg(br.column()));
        });
        connect(model, &QAbstractItemModel::modelReset, this, [this] { m_events.append(QStringLiteral("reset")); });
        connect(model, &QAbstractItemModel::layoutChanged, this, [this] { m_events.append(QStringLiteral("layout")); });
    }

    /// The events so far, space-separated; clears them.
    QString take()
    {
        const QString events = m_events.join(u' ');
        m_events.clear();
        return events;
    }

private:
    QStringList m_events;
};

/// The ids of the model's rows, in row order, as "a,b,c".
QString rowIds(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(AlertTableModel::AlertIdRole).toString());
    return ids.join(u',');
}

/// One row's display texts, " | "-separated.
QString rowText(const QAbstractItemModel &model, int row)
{
    QStringList cells;
    for (int column = 0; column < model.columnCount(); ++column)
        cells.append(model.index(row, column).data().toString());
    return cells.join(QStringLiteral(" | "));
}

} // namespace

class TestAlertTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHaveOneColumnPerFieldWithHeaders();
    void shouldExposeCustomRolesInRoleNames();
    void shouldShowAlertFieldsForDisplay();
    void shouldProvideRawValuesForSorting();
    void shouldColourSeverityCells_data();
    void shouldColourSeverityCells();
    void shouldInsertOneRangeForNewAlerts();
    void shouldEmitDataChangedNotResetWhenAnAlertChanges();
    void shouldRemoveTheRowOfAVanishedAlert();
    void shouldRemoveUpdateAndInsertInOneRefresh();
    void shouldEmitNothingWhenNothingChanged();
    void shouldSortThroughProxyOnRawValues();
};

void TestAlertTableModel::shouldHaveOneColumnPerFieldWithHeaders()
{
    // Given an empty model
    AlertTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Then it has the ten columns, in enum order, with their header titles
    QCOMPARE(model.columnCount(), col(Column::Count));
    QCOMPARE(model.columnCount(), 10);
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers.append(model.headerData(column, Qt::Horizontal).toString());
    QCOMPARE(headers.join(u','),
             QStringLiteral("Severity,Status,Last Received,Dupl.,Environment,Service,Resource,Event,Value,Text"));
    QCOMPARE(model.rowCount(), 0);
}

void TestAlertTableModel::shouldExposeCustomRolesInRoleNames()
{
    AlertTableModel model;
    const QHash<int, QByteArray> names = model.roleNames();
    QCOMPARE(int(AlertTableModel::RawValueRole), int(Qt::UserRole) + 1);
    QCOMPARE(names.value(AlertTableModel::RawValueRole), QByteArrayLiteral("rawValue"));
    QCOMPARE(names.value(AlertTableModel::AlertIdRole), QByteArrayLiteral("alertId"));
    QCOMPARE(names.value(Qt::DisplayRole), QByteArrayLiteral("display"));
}

void TestAlertTableModel::shouldShowAlertFieldsForDisplay()
{
    // Given a model
    AlertTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // When it gets one alert
    model.setAlerts({makeAlert(QStringLiteral("a"), QStringLiteral("major"))});

    // Then the row shows its fields, time in local time and services joined
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(
        rowText(model, 0),
        QStringLiteral("major | open | 2026-03-04 05:06:07 | 2 | Production | Web, Api | web01 | HttpServerError | 503 "
                       "| Service unavailable"));
    QCOMPARE(model.index(0, col(Column::Text)).data(AlertTableModel::AlertIdRole).toString(), QStringLiteral("a"));
    QCOMPARE(model.alertAt(0).id, QStringLiteral("a"));
    QCOMPARE(model.rowOf(QStringLiteral("a")), 0);
    QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
}

void TestAlertTableModel::shouldProvideRawValuesForSorting()
{
    AlertTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Alert alert = makeAlert(QStringLiteral("a"), QStringLiteral("major"));
    alert.status = AlertStatus::Ack;
    Alert unknown = makeAlert(QStringLiteral("b"), QStringLiteral("bogus"));
    unknown.status = QStringLiteral("weird");
    model.setAlerts({alert, unknown});

    const auto raw = [&model](int row, Column column) {
        return model.index(row, col(column)).data(AlertTableModel::RawValueRole);
    };
    // Severity → level (major = 2), status → sort key (ack = C = 2), time → ms, counts → int, text → text
    QCOMPARE(raw(0, Column::Severity).toInt(), 2);
    QCOMPARE(raw(0, Column::Status).toInt(), 2);
    QCOMPARE(raw(0, Column::LastReceiveTime).toLongLong(), alert.lastReceiveTime);
    QCOMPARE(raw(0, Column::DuplicateCount).toInt(), 2);
    QCOMPARE(raw(0, Column::Service).toString(), QStringLiteral("Web, Api"));
    QCOMPARE(raw(0, Column::Resource).toString(), QStringLiteral("web01"));
    // Severities and statuses outside the model sort after every known one
    QVERIFY(raw(1, Column::Severity).toInt() > 10);
    QVERIFY(raw(1, Column::Status).toInt() > 7);
}

void TestAlertTableModel::shouldColourSeverityCells_data()
{
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QColor>("background");
    QTest::addColumn<QColor>("foreground");
    QTest::newRow("critical") << QStringLiteral("critical") << QColor(Qt::red) << QColor(Qt::black);
    QTest::newRow("major") << QStringLiteral("major") << QColor::fromString("orange") << QColor(Qt::black);
    QTest::newRow("minor") << QStringLiteral("minor") << QColor(Qt::yellow) << QColor(Qt::black);
    QTest::newRow("warning") << QStringLiteral("warning") << QColor::fromString("dodgerblue") << QColor(Qt::black);
    QTest::newRow("normal") << QStringLiteral("normal") << QColor::fromString("#00CC00") << QColor(Qt::black);
    QTest::newRow("security is dark") << QStringLiteral("security") << QColor(Qt::blue) << QColor(Qt::white);
    QTest::newRow("debug is dark") << QStringLiteral("debug") << QColor::fromString("#9D006D") << QColor(Qt::white);
    QTest::newRow("not in the map") << QStringLiteral("bogus") << QColor() << QColor();
}

void TestAlertTableModel::shouldColourSeverityCells()
{
    QFETCH(QString, severity);
    QFETCH(QColor, background);
    QFETCH(QColor, foreground);
    AlertTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAlerts({makeAlert(QStringLiteral("a"), severity)});

    const QModelIndex cell = model.index(0, col(Column::Severity));
    QCOMPARE(cell.data(Qt::BackgroundRole).value<QColor>(), background);
    QCOMPARE(cell.data(Qt::ForegroundRole).value<QColor>(), foreground);
    // Only the severity cell is coloured
    QVERIFY(!model.index(0, col(Column::Resource)).data(Qt::BackgroundRole).isValid());
}

void TestAlertTableModel::shouldInsertOneRangeForNewAlerts()
{
    // Given a model with one alert
    AlertTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SignalRecorder recorder(&model);
    model.setAlerts({makeAlert(QStringLiteral("a"), QStringLiteral("major"))});
    QCOMPARE(recorder.take(), QStringLiteral("insert(0,0)"));

    // When a refresh brings two new alerts around it
    model.setAlerts({makeAlert(QStringLiteral("b"), QStringLiteral("critical")),
                     makeAlert(QStringLiteral("a"), QStringLiteral("major")),
                     makeAlert(QStringLiteral("c"), QStringLiteral("minor"))});

    // Then they are appended in one insertion and the existing row stays put
    QCOMPARE(recorder.take(), QStringLiteral("insert(1,2)"));
    QCOMPARE(rowIds(model), QStringLiteral("a,b,c"));
    QCOMPARE(model.rowOf(QStringLiteral("c")), 2);
}

void TestAlertTableModel::shouldEmitDataChangedNotResetWhenAnAlertChanges()
{
    // Given three alerts
    AlertTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAlerts({makeAlert(QStringLiteral("a"), QStringLiteral("major")),
                     makeAlert(QStringLiteral("b"), QStringLiteral("minor")),
                     makeAlert(QStringLiteral("c"), QStringLiteral("warning"))});
    SignalRecorder recorder(&model);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    // When the middle one comes back with a new severity and duplicate count
    Alert changed = makeAlert(QStringLiteral("b"), QStringLiteral("critical"));
    changed.duplicateCount = 3;
    model.setAlerts({makeAlert(QStringLiteral("a"), QStringLiteral("major")),
                     changed,
                     makeAlert(QStringLiteral("c"), QStringLiteral("warning"))});

    // Then exactly its row changes, across all columns, and nothing is reset
    QCOMPARE(recorder.take(), QStringLiteral("changed(1,0;1,9)"));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(model.index(1, col(Column::Severity)).data().toString(), QStringLiteral("critical"));
    QCOMPARE(model.index(1, col(Column::DuplicateCount)).data().toInt(), 3);
    QCOMPARE(rowIds(model), QStringLiteral("a,b,c"));
}

void TestAlertTableModel::shouldRemoveTheRowOfAVanishedAlert()
{
    // Given three alerts
    AlertTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAlerts({makeAlert(QStringLiteral("a"), QStringLiteral("major")),
                     makeAlert(QStringLiteral("b"), QStringLiteral("minor")),
                     makeAlert(QStringLiteral("c"), QStringLiteral("warning"))});
    SignalRecorder recorder(&model);

    // When the middle one is gone from the next snapshot
    model.setAlerts({makeAlert(QStringLiteral("a"), QStringLiteral("major")),
                     makeAlert(QStringLiteral("c"), QStringLiteral("warning"))});

    // Then only its row is removed and the index follows
    QCOMPARE(recorder.take(), QStringLiteral("remove(1,1)"));
    QCOMPARE(rowIds(model), QStringLiteral("a,c"));
    QCOMPARE(model.rowOf(QStringLiteral("c")), 1);
    QCOMPARE(model.rowOf(QStringLiteral("b")), -1);

    // When everything is gone
    model.setAlerts({});

    // Then the rows go in one removal, not a reset
    QCOMPARE(recorder.take(), QStringLiteral("remove(0,1)"));
    QCOMPARE(model.rowCount(), 0);
}

void TestAlertTableModel::shouldRemoveUpdateAndInsertInOneRefresh()
{
    // Given five alerts
    AlertTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAlerts({makeAlert(QStringLiteral("a"), QStringLiteral("major")),
                     makeAlert(QStringLiteral("b"), QStringLiteral("minor")),
                     makeAlert(QStringLiteral("c"), QStringLiteral("warning")),
                     makeAlert(QStringLiteral("d"), QStringLiteral("minor")),
                     makeAlert(QStringLiteral("e"), QStringLiteral("minor"))});
    SignalRecorder recorder(&model);

    // When b and c vanish, a and e change (non-adjacent after removal), d stays and f and g are new (f twice)
    model.setAlerts({makeAlert(QStringLiteral("f"), QStringLiteral("critical")),
                     makeAlert(QStringLiteral("a"), QStringLiteral("critical")),
                     makeAlert(QStringLiteral("d"), QStringLiteral("minor")),
                     makeAlert(QStringLiteral("e"), QStringLiteral("major")),
                     makeAlert(QStringLiteral("f"), QStringLiteral("normal")),
                     makeAlert(QStringLiteral("g"), QStringLiteral("ok"))});

    // Then: one removal for the run b..c, one dataChanged per run of changed rows, one insertion at the end
    QCOMPARE(recorder.take(), QStringLiteral("remove(1,2) changed(0,0;0,9) changed(2,0;2,9) insert(3,4)"));
    QCOMPARE(rowIds(model), QStringLiteral("a,d,e,f,g"));
    // Of the repeated id the first occurrence wins
    QCOMPARE(model.index(3, col(Column::Severity)).data().toString(), QStringLiteral("critical"));
}

void TestAlertTableModel::shouldEmitNothingWhenNothingChanged()
{
    AlertTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<Alert> alerts = {makeAlert(QStringLiteral("a"), QStringLiteral("major")),
                                 makeAlert(QStringLiteral("b"), QStringLiteral("minor"))};
    model.setAlerts(alerts);
    SignalRecorder recorder(&model);

    model.setAlerts(alerts);

    QCOMPARE(recorder.take(), QString());
}

void TestAlertTableModel::shouldSortThroughProxyOnRawValues()
{
    // Given a proxy sorting on the raw-value role, tested before it gets a source
    AlertTableModel model;
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSortRole(AlertTableModel::RawValueRole);
    proxy.setSourceModel(&model);
    Alert a = makeAlert(QStringLiteral("a"), QStringLiteral("minor"));
    a.duplicateCount = 10;
    a.lastReceiveTime = 3000;
    Alert b = makeAlert(QStringLiteral("b"), QStringLiteral("critical"));
    b.duplicateCount = 2;
    b.lastReceiveTime = 1000;
    Alert c = makeAlert(QStringLiteral("c"), QStringLiteral("normal"));
    c.duplicateCount = 9;
    c.lastReceiveTime = 2000;
    Alert d = makeAlert(QStringLiteral("d"), QStringLiteral("security"));
    d.duplicateCount = 0;
    d.lastReceiveTime = 4000;
    model.setAlerts({a, b, c, d});

    // When sorted by severity: by level, not alphabetically
    proxy.sort(col(Column::Severity), Qt::AscendingOrder);
    QCOMPARE(rowIds(proxy), QStringLiteral("d,b,a,c"));

    // When sorted by duplicate count: numerically ("10" is not less than "2")
    proxy.sort(col(Column::DuplicateCount), Qt::AscendingOrder);
    QCOMPARE(rowIds(proxy), QStringLiteral("d,b,c,a"));

    // When sorted by last receive time, newest first
    proxy.sort(col(Column::LastReceiveTime), Qt::DescendingOrder);
    QCOMPARE(rowIds(proxy), QStringLiteral("d,a,c,b"));

    // When the source updates, the proxy keeps its sort
    b.severity = QStringLiteral("ok");
    b.lastReceiveTime = 5000;
    model.setAlerts({a, b, c, d});
    QCOMPARE(rowIds(proxy), QStringLiteral("b,d,a,c"));
}

QTEST_GUILESS_MAIN(TestAlertTableModel)
#include "testalerttablemodel.moc"
