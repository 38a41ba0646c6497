// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QStandardItemModel>
#include <QTest>

#include "ui/modelchangethrottle.h"

#include <functional>

// ModelChangeThrottle: the pause before the status bar's, the tray's and the wall's counts follow the model.

namespace {

using Change = std::function<void(QStandardItemModel &)>;

constexpr std::chrono::milliseconds Pause(50);

/// A model of three rows.
void fill(QStandardItemModel &model)
{
    for (const char *text : {"a", "b", "c"})
        model.appendRow(new QStandardItem(QString::fromLatin1(text)));
}

} // namespace

Q_DECLARE_METATYPE(Change)

class TestModelChangeThrottle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldUpdateOnceAfterEachKindOfChange_data();
    void shouldUpdateOnceAfterEachKindOfChange();
    void shouldUpdateOnceForABurstOfChanges();
    void shouldForgetAPendingUpdateWhenCancelled();
};

void TestModelChangeThrottle::shouldUpdateOnceAfterEachKindOfChange_data()
{
    QTest::addColumn<Change>("change");
    QTest::newRow("row inserted") << Change([](QStandardItemModel &m) { m.appendRow(new QStandardItem()); });
    QTest::newRow("row removed") << Change([](QStandardItemModel &m) { m.removeRow(0); });
    QTest::newRow("data changed") << Change([](QStandardItemModel &m) { m.item(1)->setText(QStringLiteral("B")); });
    QTest::newRow("layout changed (sorted)") << Change([](QStandardItemModel &m) { m.sort(0, Qt::DescendingOrder); });
    QTest::newRow("reset") << Change([](QStandardItemModel &m) { m.clear(); });
}

void TestModelChangeThrottle::shouldUpdateOnceAfterEachKindOfChange()
{
    QFETCH(Change, change);
    // Given: a throttle over a model, no update yet
    QStandardItemModel model;
    fill(model);
    int updates = 0;
    ModelChangeThrottle throttle(model, Pause, [&] { ++updates; });
    QVERIFY(!throttle.isPending());
    // When: the model changes
    change(model);
    // Then: the update waits for the pause, then runs once
    QVERIFY(throttle.isPending());
    QCOMPARE(updates, 0);
    QTRY_COMPARE(updates, 1);
    QVERIFY(!throttle.isPending());
    QTest::qWait(3 * Pause.count());
    QCOMPARE(updates, 1);
}

void TestModelChangeThrottle::shouldUpdateOnceForABurstOfChanges()
{
    // Given: a throttle over a model
    QStandardItemModel model;
    fill(model);
    int updates = 0;
    ModelChangeThrottle throttle(model, Pause, [&] { ++updates; });
    // When: a hundred changes arrive at once
    for (int i = 0; i < 100; ++i)
        model.item(i % 3)->setText(QString::number(i));
    // Then: one update follows them
    QTRY_COMPARE(updates, 1);
    QTest::qWait(3 * Pause.count());
    QCOMPARE(updates, 1);
}

void TestModelChangeThrottle::shouldForgetAPendingUpdateWhenCancelled()
{
    // Given: a change waiting for its update
    QStandardItemModel model;
    fill(model);
    int updates = 0;
    ModelChangeThrottle throttle(model, Pause, [&] { ++updates; });
    model.removeRow(0);
    QVERIFY(throttle.isPending());
    // When: the owner updates by itself and cancels the pending one
    throttle.cancel();
    // Then: no update follows, and the next change schedules one again
    QVERIFY(!throttle.isPending());
    QTest::qWait(3 * Pause.count());
    QCOMPARE(updates, 0);
    model.removeRow(0);
    QTRY_COMPARE(updates, 1);
}

QTEST_GUILESS_MAIN(TestModelChangeThrottle)
#include "testmodelchangethrottle.moc"
