// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
// The main window's watch list (Watched view queried on the server, notices when a watched alert changes) and
// customer views (selector for those who may choose, none for a single-customer login, windows side by side),
// against a real alerta-server.
#include <QHeaderView>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

#include "models/alerttablemodel.h"
#include "tests/support/serverfixture.h"
#include "ui/alerttableview.h"
#include "ui/mainwindow.h"
#include "ui/multiselectbutton.h"

namespace {

using Column = AlertTableModel::Column;
constexpr int WaitMs = 30000;

/// A window on `backend`, shown.
std::unique_ptr<MainWindow> windowOn(AlertBackend &backend)
{
    auto window = std::make_unique<MainWindow>();
    window->setBackend(&backend);
    window->show();
    return window;
}

QAbstractItemModel *rows(const MainWindow &window)
{
    return window.findChild<AlertTableView *>(QStringLiteral("alertTable"))->model();
}

QStringList shown(const MainWindow &window, Column column = Column::Resource)
{
    QStringList values;
    for (int row = 0; row < rows(window)->rowCount(); ++row)
        values.append(rows(window)->index(row, int(column)).data().toString());
    values.sort();
    return values;
}

QJsonObject customerOf(const QString &customer)
{
    return {{QStringLiteral("customer"), customer}};
}

} // namespace

class TestWatchAndCustomers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void shouldQueryTheWatchedViewOnTheServer();
    void shouldNoticeWhenAWatchedAlertChanges();
    void shouldOfferEveryCustomerToAnAdmin();
    void shouldShowARestrictedLoginOnlyItsCustomerWithoutSelector();
    void shouldShowDifferentCustomersSideBySide();
};

void TestWatchAndCustomers::shouldQueryTheWatchedViewOnTheServer()
{
    // Given: three alerts, one watched by ops (tagged watch:ops by the server's tag endpoint)
    ServerFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    const QString watched = fixture.sendAlert(QStringLiteral("web01"));
    fixture.sendAlert(QStringLiteral("web02"));
    fixture.sendAlert(QStringLiteral("db01"));
    const auto backend =
        fixture.backend(fixture.makeKey(QStringLiteral("ops"), {QStringLiteral("read"), QStringLiteral("write")}),
                        false);
    fixture.api(ApiCall::put(u"/alert/" + watched + u"/tag",
                             {{QStringLiteral("tags"), QJsonArray{QStringLiteral("watch:ops")}}}));
    const auto window = windowOn(*backend);
    QTRY_COMPARE_WITH_TIMEOUT(rows(*window)->rowCount(), 3, WaitMs);

    // When: the operator turns on Watched
    auto *toggle = window->findChild<QToolButton *>(QStringLiteral("watchedFilterButton"));
    QTRY_VERIFY_WITH_TIMEOUT(toggle->isEnabled(), WaitMs);
    toggle->click();

    // Then: the backend asks the server for ops's watch tag, and only that alert is listed
    QCOMPARE(backend->filter().tags, QStringList{QStringLiteral("watch:ops")});
    QTRY_COMPARE_WITH_TIMEOUT(shown(*window), QStringList{QStringLiteral("web01")}, WaitMs);

    // When: the operator watches another alert with W (the web UI's tag convention)
    toggle->click();
    QTRY_COMPARE_WITH_TIMEOUT(rows(*window)->rowCount(), 3, WaitMs);
    auto *table = window->findChild<AlertTableView *>(QStringLiteral("alertTable"));
    for (int row = 0; row < rows(*window)->rowCount(); ++row) {
        if (rows(*window)->index(row, int(Column::Resource)).data().toString() == QStringLiteral("db01"))
            table->selectRow(row);
    }
    table->setFocus();
    QTest::keyClick(table, Qt::Key_W);
    toggle->click();

    // Then: the Watched view has both
    QTRY_COMPARE_WITH_TIMEOUT(shown(*window), (QStringList{QStringLiteral("db01"), QStringLiteral("web01")}), WaitMs);
}

void TestWatchAndCustomers::shouldNoticeWhenAWatchedAlertChanges()
{
    // Given: ops watches web01; web02 is not watched
    ServerFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    const QString watched = fixture.sendAlert(QStringLiteral("web01"));
    const QString other = fixture.sendAlert(QStringLiteral("web02"));
    fixture.api(ApiCall::put(u"/alert/" + watched + u"/tag",
                             {{QStringLiteral("tags"), QJsonArray{QStringLiteral("watch:ops")}}}));
    const auto backend =
        fixture.backend(fixture.makeKey(QStringLiteral("ops"), {QStringLiteral("read"), QStringLiteral("write")}),
                        false);
    const auto window = windowOn(*backend);
    QSignalSpy notices(window.get(), &MainWindow::watchedAlertNotice);
    QTRY_COMPARE_WITH_TIMEOUT(rows(*window)->rowCount(), 2, WaitMs);

    // When: someone else acknowledges both on the server
    const QJsonObject ack{{QStringLiteral("action"), QStringLiteral("ack")}};
    fixture.api(ApiCall::put(u"/alert/" + other + u"/action", ack));
    fixture.api(ApiCall::put(u"/alert/" + watched + u"/action", ack));

    // Then: exactly one notice, about web01, saying what changed; also in the status bar
    QTRY_COMPARE_WITH_TIMEOUT(notices.count(), 1, WaitMs);
    QTest::qWait(500); // give a wrong second notice (for web02) the time to show up
    QCOMPARE(notices.count(), 1);
    const QString text = notices.at(0).at(1).toString();
    QVERIFY2(text.contains(QStringLiteral("web01")) && text.contains(QStringLiteral("open → ack")), qPrintable(text));
    QCOMPARE(notices.at(0).at(2).toString(), watched);
    QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("web01")));

    // When: the watched alert is closed (it leaves the default open/ack view)
    fixture.api(ApiCall::put(u"/alert/" + watched + u"/action", {{QStringLiteral("action"), QStringLiteral("close")}}));

    // Then: a notice says it was closed, as the server has it
    QTRY_COMPARE_WITH_TIMEOUT(notices.count(), 2, WaitMs);
    const QString closed = notices.at(1).at(1).toString();
    QVERIFY2(closed.contains(QStringLiteral("ack → closed")), qPrintable(closed));
}

void TestWatchAndCustomers::shouldOfferEveryCustomerToAnAdmin()
{
    // Given: customer views, a lookup row for Acme, alerts of Acme and Beta
    ServerFixture::Options options;
    options.customerViews = true;
    ServerFixture fixture(options);
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    fixture.api(ApiCall::post(QStringLiteral("/customer"),
                              {{QStringLiteral("match"), QStringLiteral("example.com")},
                               {QStringLiteral("customer"), QStringLiteral("Acme")}}));
    fixture.sendAlert(QStringLiteral("acme-web"), QStringLiteral("major"), customerOf(QStringLiteral("Acme")));
    fixture.sendAlert(QStringLiteral("beta-web"), QStringLiteral("major"), customerOf(QStringLiteral("Beta")));

    // When: the admin's window is on the server
    const auto backend = fixture.backend(fixture.adminKey, false);
    const auto window = windowOn(*backend);
    QTRY_COMPARE_WITH_TIMEOUT(rows(*window)->rowCount(), 2, WaitMs);

    // Then: a selector with both customers, and the customer column
    auto *selector = window->findChild<MultiSelectButton *>(QStringLiteral("customerFilterButton"));
    QTRY_VERIFY_WITH_TIMEOUT(selector->isVisibleTo(window.get()), WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(selector->options(),
                              (QStringList{QStringLiteral("Acme"), QStringLiteral("Beta")}),
                              WaitMs);
    auto *table = window->findChild<AlertTableView *>(QStringLiteral("alertTable"));
    QVERIFY(!table->horizontalHeader()->isSectionHidden(int(Column::Customer)));

    // When: the admin picks Beta
    selector->menu()->actions().at(1)->trigger();

    // Then: only Beta's alert, asked of the server
    QCOMPARE(backend->filter().customers, QStringList{QStringLiteral("Beta")});
    QTRY_COMPARE_WITH_TIMEOUT(shown(*window), QStringList{QStringLiteral("beta-web")}, WaitMs);
}

void TestWatchAndCustomers::shouldShowARestrictedLoginOnlyItsCustomerWithoutSelector()
{
    ServerFixture::Options options;
    options.customerViews = true;
    ServerFixture fixture(options);
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    fixture.sendAlert(QStringLiteral("acme-web"), QStringLiteral("major"), customerOf(QStringLiteral("Acme")));
    fixture.sendAlert(QStringLiteral("beta-web"), QStringLiteral("major"), customerOf(QStringLiteral("Beta")));
    fixture.sendAlert(QStringLiteral("nobodys"), QStringLiteral("major"));

    // When: alice, whose key is Acme's only, opens a window
    const QString key = fixture.makeKey(QStringLiteral("alice"),
                                        {QStringLiteral("read"), QStringLiteral("write")},
                                        QStringLiteral("Acme"));
    const auto backend = fixture.backend(key, false);
    const auto window = windowOn(*backend);

    // Then: Acme's alert only, and no selector to choose anything else
    QTRY_COMPARE_WITH_TIMEOUT(shown(*window), QStringList{QStringLiteral("acme-web")}, WaitMs);
    QTest::qWait(300); // a late page or event with another customer's alert would show up here
    QCOMPARE(shown(*window), QStringList{QStringLiteral("acme-web")});
    QVERIFY(!window->findChild<MultiSelectButton *>(QStringLiteral("customerFilterButton"))->isVisibleTo(window.get()));
    QCOMPARE(shown(*window, Column::Customer), QStringList{QStringLiteral("Acme")});
}

void TestWatchAndCustomers::shouldShowDifferentCustomersSideBySide()
{
    ServerFixture::Options options;
    options.customerViews = true;
    ServerFixture fixture(options);
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    fixture.sendAlert(QStringLiteral("acme-web"), QStringLiteral("major"), customerOf(QStringLiteral("Acme")));
    fixture.sendAlert(QStringLiteral("beta-web"), QStringLiteral("major"), customerOf(QStringLiteral("Beta")));

    // Given: two windows of the admin, each with its own connection
    const auto left = fixture.backend(fixture.adminKey, false);
    const auto right = fixture.backend(fixture.adminKey, false);
    const auto acmeWindow = windowOn(*left);
    const auto betaWindow = windowOn(*right);
    QTRY_COMPARE_WITH_TIMEOUT(rows(*acmeWindow)->rowCount(), 2, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(rows(*betaWindow)->rowCount(), 2, WaitMs);

    // When: each picks a customer through its view state (as a saved view would)
    QVariantMap acme = acmeWindow->viewState();
    QVariantMap filter = acme.value(QStringLiteral("filter")).toMap();
    filter.insert(QStringLiteral("customers"), QStringList{QStringLiteral("Acme")});
    acme.insert(QStringLiteral("filter"), filter);
    acmeWindow->restoreViewState(acme);
    filter.insert(QStringLiteral("customers"), QStringList{QStringLiteral("Beta")});
    QVariantMap beta = betaWindow->viewState();
    beta.insert(QStringLiteral("filter"), filter);
    betaWindow->restoreViewState(beta);

    // Then: each shows its customer only, live: a new Beta alert reaches the Beta window only
    QTRY_COMPARE_WITH_TIMEOUT(shown(*acmeWindow), QStringList{QStringLiteral("acme-web")}, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(shown(*betaWindow), QStringList{QStringLiteral("beta-web")}, WaitMs);
    fixture.sendAlert(QStringLiteral("beta-db"), QStringLiteral("critical"), customerOf(QStringLiteral("Beta")));
    QTRY_COMPARE_WITH_TIMEOUT(shown(*betaWindow),
                              (QStringList{QStringLiteral("beta-db"), QStringLiteral("beta-web")}),
                              WaitMs);
    QCOMPARE(shown(*acmeWindow), QStringList{QStringLiteral("acme-web")});
}

QTEST_MAIN(TestWatchAndCustomers)
#include "testwatchandcustomers.moc"
