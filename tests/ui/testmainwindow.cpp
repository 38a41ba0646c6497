// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QAction>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "core/alertengine.h"
#include "core/alertjson.h"
#include "core/sqlitealertstore.h"
#include "models/alerttablemodel.h"
#include "ui/mainwindow.h"

namespace {

using Column = AlertTableModel::Column;

/// The display text of `column` in the view's row showing `resource`, or a null string when none does.
QString cellOf(const QAbstractItemModel *model, const QString &resource, Column column)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, static_cast<int>(Column::Resource)).data().toString() == resource)
            return model->index(row, static_cast<int>(column)).data().toString();
    }
    return {};
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shouldShowEmptyStateWithoutAlerts();
    void shouldListAlertReceivedThroughEngine();
    void shouldSendTestAlertsFromFileMenu();

private:
    void receive(const QString &resource, const QString &severity);
    QTableView *table() const { return m_window->findChild<QTableView *>(QStringLiteral("alertTable")); }
    QString summary() const { return m_window->findChild<QLabel *>(QStringLiteral("alertSummaryLabel"))->text(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<SqliteAlertStore> m_store;
    std::unique_ptr<AlertEngine> m_engine;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_shared<SqliteAlertStore>(m_dir->filePath(QStringLiteral("alerta.sqlite")));
    m_engine = std::make_unique<AlertEngine>(m_store, EngineConfig{}, Clock::system());
    m_window = std::make_unique<MainWindow>(*m_engine);
    m_window->setRefreshDelay(std::chrono::milliseconds(10));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_engine.reset();
    m_store.reset();
    m_dir.reset();
}

void TestMainWindow::receive(const QString &resource, const QString &severity)
{
    const QJsonObject body{{QStringLiteral("resource"), resource},
                           {QStringLiteral("event"), QStringLiteral("NodeDown")},
                           {QStringLiteral("environment"), QStringLiteral("Production")},
                           {QStringLiteral("severity"), severity},
                           {QStringLiteral("service"), QJsonArray{QStringLiteral("Network")}}};
    Result<Alert> alert = AlertJson::parseIncomingAlert(body, m_engine->config(), m_engine->now());
    QVERIFY(alert.ok());
    QVERIFY(m_engine->receive(std::move(alert).value()).ok());
}

void TestMainWindow::shouldShowEmptyStateWithoutAlerts()
{
    // Given a window over an empty database
    // Then the table is there, empty, with the hint shown
    QVERIFY(table());
    QCOMPARE(table()->model()->rowCount(), 0);
    QCOMPARE(table()->model()->columnCount(), static_cast<int>(Column::Count));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("emptyStateLabel"))->isVisible());
    QCOMPARE(summary(), QStringLiteral("Alerts: 0"));
}

void TestMainWindow::shouldListAlertReceivedThroughEngine()
{
    // When an alert arrives through the engine (its signal comes from the writer thread)
    receive(QStringLiteral("router1"), QStringLiteral("critical"));

    // Then the window refreshes on its own and shows it
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(cellOf(table()->model(), QStringLiteral("router1"), Column::Severity), QStringLiteral("critical"));
    QCOMPARE(cellOf(table()->model(), QStringLiteral("router1"), Column::Service), QStringLiteral("Network"));
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("emptyStateLabel"))->isVisible());
    QCOMPARE(summary(), QStringLiteral("Alerts: 1   ·   critical 1"));
}

void TestMainWindow::shouldSendTestAlertsFromFileMenu()
{
    // Given one alert listed and a row selected
    receive(QStringLiteral("router1"), QStringLiteral("major"));
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    table()->selectRow(0);
    auto *sendTestAlert = m_window->findChild<QAction *>(QStringLiteral("sendTestAlertAction"));
    QVERIFY(sendTestAlert);

    // When File → Send Test Alert is used
    sendTestAlert->trigger();

    // Then a minor test alert joins the list
    QTRY_COMPARE(table()->model()->rowCount(), 2);
    const QString resource = QStringLiteral("console-test");
    QCOMPARE(cellOf(table()->model(), resource, Column::Severity), QStringLiteral("minor"));
    QCOMPARE(cellOf(table()->model(), resource, Column::Event), QStringLiteral("TestAlert"));
    QCOMPARE(cellOf(table()->model(), resource, Column::Environment), QStringLiteral("Production"));
    QCOMPARE(cellOf(table()->model(), resource, Column::Service), QStringLiteral("Console"));
    QTRY_COMPARE(summary(), QStringLiteral("Alerts: 2   ·   major 1, minor 1"));

    // When it is used twice more
    sendTestAlert->trigger();
    QTRY_COMPARE(cellOf(table()->model(), resource, Column::Severity), QStringLiteral("major"));
    sendTestAlert->trigger();

    // Then the same alert escalates to critical (correlated, not a new row) and sorts first
    QTRY_COMPARE(cellOf(table()->model(), resource, Column::Severity), QStringLiteral("critical"));
    QCOMPARE(table()->model()->rowCount(), 2);
    QCOMPARE(table()->model()->index(0, static_cast<int>(Column::Resource)).data().toString(), resource);
    QTRY_COMPARE(summary(), QStringLiteral("Alerts: 2   ·   critical 1, major 1"));
    // The refreshes updated rows in place, so the selection survived
    QCOMPARE(table()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table()
                 ->selectionModel()
                 ->selectedRows()
                 .first()
                 .siblingAtColumn(static_cast<int>(Column::Resource))
                 .data()
                 .toString(),
             QStringLiteral("router1"));
}

QTEST_MAIN(TestMainWindow)
#include "testmainwindow.moc"
