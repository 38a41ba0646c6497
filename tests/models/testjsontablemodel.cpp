// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "models/jsontablemodel.h"
#include "tests/support/testtext.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestJsonTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldShowFieldsAsText_data();
    void shouldShowFieldsAsText();
    void shouldUpdateInPlaceByIdOnRefresh();
    void shouldUseAColumnsOwnData();
};

namespace {

QJsonObject hb(const QString &id, const QString &origin, int timeout)
{
    return {{qs("id"), id}, {qs("origin"), origin}, {qs("timeout"), timeout}};
}

} // namespace

void TestJsonTableModel::shouldShowFieldsAsText_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("shown");
    QTest::newRow("string") << QJsonValue(qs("cron/web01")) << qs("cron/web01");
    QTest::newRow("integer") << QJsonValue(86400) << qs("86400");
    QTest::newRow("decimal") << QJsonValue(2.5) << qs("2.5");
    QTest::newRow("list") << QJsonValue(QJsonArray{qs("read"), qs("write:alerts")}) << qs("read, write:alerts");
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QString();
    QTest::newRow("object") << QJsonValue(QJsonObject{{qs("a"), 1}}) << qs(R"({"a":1})");
}

void TestJsonTableModel::shouldShowFieldsAsText()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, shown);
    JsonTableModel model({{qs("Value"), qs("v")}});
    model.setRows({{{qs("id"), qs("1")}, {qs("v"), value}}});
    QCOMPARE(model.index(0, 0).data().toString(), shown);
}

void TestJsonTableModel::shouldUpdateInPlaceByIdOnRefresh()
{
    JsonTableModel model({{qs("Origin"), qs("origin")}, {qs("Timeout"), qs("timeout")}});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({hb(qs("a"), qs("cron/a"), 60), hb(qs("b"), qs("cron/b"), 60), hb(qs("c"), qs("cron/c"), 60)});
    QCOMPARE(model.rowCount(), 3);
    const QPersistentModelIndex keptB = model.index(1, 0);

    // When: a refresh drops a, changes b, keeps c and brings d
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRows({hb(qs("b"), qs("cron/b"), 120), hb(qs("c"), qs("cron/c"), 60), hb(qs("d"), qs("cron/d"), 30)});

    // Then: no reset, b changed in place (an index on it survives), d appended
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(keptB.isValid());
    QCOMPARE(keptB.data().toString(), qs("cron/b"));
    QCOMPARE(model.index(keptB.row(), 1).data().toString(), qs("120"));
    QCOMPARE(model.rowOf(qs("d")), 2);
    QCOMPARE(model.rowOf(qs("a")), -1);
    QCOMPARE(model.index(2, 1).data(JsonTableModel::SortRole).toDouble(), 30.0);
    QCOMPARE(model.index(0, 0).data(JsonTableModel::IdRole).toString(), qs("b"));
}

void TestJsonTableModel::shouldUseAColumnsOwnData()
{
    JsonTableModel::Column timeout{qs("Timeout"), qs("timeout"), [](const QJsonObject &row, int role) -> QVariant {
                                       if (role == Qt::DisplayRole)
                                           return qs("%1 s").arg(row.value(qs("timeout")).toInt());
                                       return {};
                                   }};
    JsonTableModel model({timeout});
    model.setRows({hb(qs("a"), qs("cron/a"), 90)});
    QCOMPARE(model.index(0, 0).data().toString(), qs("90 s"));
    // Sorting still sees the number
    QCOMPARE(model.index(0, 0).data(JsonTableModel::SortRole).toDouble(), 90.0);
}

QTEST_GUILESS_MAIN(TestJsonTableModel)
#include "testjsontablemodel.moc"
