// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QAbstractItemModel>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <memory>

#include "core/timestamp.h"
#include "tests/support/serverfixture.h"
#include "tests/support/testtext.h"
#include "tests/ui/resourceviewtest.h"
#include "ui/blackoutdialog.h"
#include "ui/blackoutsview.h"

// BlackoutsView and BlackoutDialog against a real alerta-server: the table matches the server for each status
// filter, the dialog creates exactly the blackout entered (as the key's user), a refused one shows the server's
// message with the dialog still open, deleting from the view deletes on the server, a read-only key gets no write
// buttons, and a customer's operator gets their customer preset.

namespace {

using ResourceViewTest::button;
using ResourceViewTest::columnOf;
using ResourceViewTest::saveScreenshot;

constexpr int WaitMs = 30000;

QString inHours(double hours)
{
    return IsoTime::format(QDateTime::currentMSecsSinceEpoch() + qint64(hours * 3600 * 1000));
}

/// An active blackout of Production/web01, a pending one of Production's Web service starting in an hour, and an
/// expired one of Development that ended an hour ago.
void createActivePendingExpired(ServerFixture &fixture)
{
    fixture.api(
        ApiCall::post(qs("/blackout"),
                      {{qs("environment"), qs("Production")}, {qs("resource"), qs("web01")}, {qs("duration"), 3600}}));
    fixture.api(ApiCall::post(qs("/blackout"),
                              {{qs("environment"), qs("Production")},
                               {qs("service"), QJsonArray{qs("Web")}},
                               {qs("startTime"), inHours(1)},
                               {qs("duration"), 7200},
                               {qs("text"), qs("CHG-1")}}));
    fixture.api(ApiCall::post(
        qs("/blackout"),
        {{qs("environment"), qs("Development")}, {qs("startTime"), inHours(-2)}, {qs("endTime"), inHours(-1)}}));
}

QJsonArray serverBlackouts(ServerFixture &fixture, const QString &status = {})
{
    QList<QPair<QString, QString>> query;
    if (!status.isEmpty())
        query.append({qs("status"), status});
    return fixture.api(ApiCall::get(qs("/blackouts"), query)).value(qs("blackouts")).toArray();
}

QTableView *tableOf(QWidget &view)
{
    return ResourceViewTest::table(view, qs("blackoutsTable"));
}

QString cell(QWidget &view, int row, const QString &column)
{
    return ResourceViewTest::cell(tableOf(view), row, column);
}

/// What the table shows, one `status environment resource service` per row, sorted.
QStringList shownBlackouts(QWidget &view)
{
    QStringList rows;
    for (int r = 0; r < tableOf(view)->model()->rowCount(); ++r) {
        rows.append(QStringList{cell(view, r, qs("Status")),
                                cell(view, r, qs("Environment")),
                                cell(view, r, qs("Resource")),
                                cell(view, r, qs("Service"))}
                        .join(u' '));
    }
    rows.sort();
    return rows;
}

/// The same of the server's blackouts.
QStringList heldBlackouts(const QJsonArray &blackouts)
{
    QStringList rows;
    for (const QJsonValue &b : blackouts) {
        QStringList services;
        for (const QJsonValue &s : b[qs("service")].toArray())
            services.append(s.toString());
        rows.append(QStringList{b[qs("status")].toString(),
                                b[qs("environment")].toString(),
                                b[qs("resource")].toString(),
                                services.join(qs(", "))}
                        .join(u' '));
    }
    rows.sort();
    return rows;
}

template<typename T>
T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

/// Clicks "New blackout…" and returns the dialog it opened.
BlackoutDialog *openDialog(BlackoutsView &view)
{
    button(view, "blackoutsNewButton")->click();
    return view.findChild<BlackoutDialog *>(qs("blackoutDialog"));
}

void clickOk(BlackoutDialog *dialog)
{
    child<QDialogButtonBox>(dialog, "blackoutButtons")->button(QDialogButtonBox::Ok)->click();
}

} // namespace

class TestBlackoutsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldShowTheServersBlackoutsForEachStatusFilter();
    void shouldCreateTheBlackoutEnteredInTheDialog();
    void shouldShowTheServersMessageAndKeepTheDialogOpen();
    void shouldDeleteTheSelectedBlackoutOnTheServer();
    void shouldDisableWritesForAReadOnlyKey();
    void shouldPresetTheCustomerOfACustomersOperator();
};

void TestBlackoutsView::shouldShowTheServersBlackoutsForEachStatusFilter()
{
    // Given: an active, a pending and an expired blackout
    ServerFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    createActivePendingExpired(fixture);
    auto backend = fixture.backend(fixture.adminKey);

    // When: the view is shown
    BlackoutsView view(*backend);
    view.resize(1500, 200);
    view.show();

    // Then: all of them, as the server has them
    QTRY_COMPARE_WITH_TIMEOUT(shownBlackouts(view), heldBlackouts(serverBlackouts(fixture)), WaitMs);
    QCOMPARE(shownBlackouts(view),
             qsl({"active Production web01 ", "expired Development  ", "pending Production  Web"}));
    QVERIFY(tableOf(view)->isColumnHidden(columnOf(tableOf(view)->model(), qs("Customer"))));
    saveScreenshot(view, "blackouts");

    // And: each status filter shows what the server answers for that status
    auto *filter = child<QComboBox>(&view, "blackoutsStatusFilter");
    for (const QString &status : qsl({"active", "pending", "expired"})) {
        filter->setCurrentIndex(filter->findData(status));
        const QStringList held = heldBlackouts(serverBlackouts(fixture, status));
        QCOMPARE(held.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(shownBlackouts(view), held, WaitMs);
    }
    filter->setCurrentIndex(filter->findData(QString()));
    QTRY_COMPARE_WITH_TIMEOUT(tableOf(view)->model()->rowCount(), 3, WaitMs);
}

void TestBlackoutsView::shouldCreateTheBlackoutEnteredInTheDialog()
{
    // Given: the (empty) view of an operator
    ServerFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    auto backend = fixture.backend(fixture.makeKey(qs("operator@example.test"), {qs("read"), qs("write")}));
    BlackoutsView view(*backend);
    view.show();

    // When: they fill in a blackout of two services of web01 for 2 h 30 min and create it
    QPointer<BlackoutDialog> dialog = openDialog(view);
    QVERIFY(dialog);
    QTest::keyClicks(child<QComboBox>(dialog, "blackoutEnvironmentCombo")->lineEdit(), qs("Production"));
    QTest::keyClicks(child<QLineEdit>(dialog, "blackoutServiceEdit"), qs("Web, Mail"));
    QTest::keyClicks(child<QLineEdit>(dialog, "blackoutResourceEdit"), qs("web01"));
    QTest::keyClicks(child<QLineEdit>(dialog, "blackoutTagsEdit"), qs("linux"));
    child<QSpinBox>(dialog, "blackoutHoursSpin")->setValue(2);
    child<QSpinBox>(dialog, "blackoutMinutesSpin")->setValue(30);
    QTest::keyClicks(child<QLineEdit>(dialog, "blackoutTextEdit"), qs("Kernel update CHG-1234"));
    saveScreenshot(*dialog, "blackout-dialog");
    clickOk(dialog);

    // Then: the dialog closes and the server holds exactly that blackout, as the key's user
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->isVisible(), WaitMs);
    const QJsonArray held = serverBlackouts(fixture);
    QCOMPARE(held.size(), 1);
    const QJsonObject blackout = held.at(0).toObject();
    QCOMPARE(blackout[qs("environment")].toString(), qs("Production"));
    QCOMPARE(blackout[qs("service")].toArray(), (QJsonArray{qs("Web"), qs("Mail")}));
    QCOMPARE(blackout[qs("resource")].toString(), qs("web01"));
    QCOMPARE(blackout[qs("tags")].toArray(), QJsonArray{qs("linux")});
    QCOMPARE(blackout[qs("duration")].toInt(), 9000);
    QCOMPARE(blackout[qs("text")].toString(), qs("Kernel update CHG-1234"));
    QCOMPARE(blackout[qs("user")].toString(), qs("operator@example.test"));
    QCOMPARE(blackout[qs("status")].toString(), qs("active"));
    QVERIFY(blackout[qs("event")].isNull());
    // And: the view shows it
    QTRY_COMPARE_WITH_TIMEOUT(shownBlackouts(view), heldBlackouts(held), WaitMs);
    QCOMPARE(cell(view, 0, qs("Duration")), qs("2 h 30 min"));
}

void TestBlackoutsView::shouldShowTheServersMessageAndKeepTheDialogOpen()
{
    // Given: the dialog with no environment
    ServerFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    auto backend = fixture.backend(fixture.adminKey);
    BlackoutsView view(*backend);
    view.show();
    QPointer<BlackoutDialog> dialog = openDialog(view);
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "blackoutResourceEdit"), qs("web01"));

    // When: the operator tries to create it
    clickOk(dialog);

    // Then: the server's message is shown, the dialog stays open and nothing was created
    auto *error = child<QLabel>(dialog, "blackoutErrorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisibleTo(dialog), WaitMs);
    QCOMPARE(error->text(), qs("Missing mandatory value for \"environment\""));
    QVERIFY(dialog->isVisible());
    QCOMPARE(serverBlackouts(fixture).size(), 0);

    // And: an end before the start is the server's to refuse too
    child<QComboBox>(dialog, "blackoutEnvironmentCombo")->setEditText(qs("Production"));
    child<QAbstractButton>(dialog, "blackoutEndAtRadio")->click();
    child<QDateTimeEdit>(dialog, "blackoutEndEdit")->setDateTime(QDateTime::currentDateTime().addSecs(-3600));
    clickOk(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(error->text(), qs("endTime must not be before startTime"), WaitMs);
    QVERIFY(dialog->isVisible());

    // And: once corrected, it is created
    child<QAbstractButton>(dialog, "blackoutDurationRadio")->click();
    clickOk(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->isVisible(), WaitMs);
    QCOMPARE(heldBlackouts(serverBlackouts(fixture)), qsl({"active Production web01 "}));
}

void TestBlackoutsView::shouldDeleteTheSelectedBlackoutOnTheServer()
{
    // Given: the view over three blackouts
    ServerFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    createActivePendingExpired(fixture);
    auto backend = fixture.backend(fixture.adminKey);
    BlackoutsView view(*backend);
    view.show();
    QTRY_COMPARE_WITH_TIMEOUT(tableOf(view)->model()->rowCount(), 3, WaitMs);
    QPushButton *deleteButton = button(view, "blackoutsDeleteButton");
    QVERIFY(!deleteButton->isEnabled());

    // When: the operator selects the expired one, clicks Delete and confirms
    QAbstractItemModel *model = tableOf(view)->model();
    int expiredRow = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (cell(view, r, qs("Status")) == qs("expired"))
            expiredRow = r;
    }
    QVERIFY(expiredRow >= 0);
    tableOf(view)->selectRow(expiredRow);
    QVERIFY(deleteButton->isEnabled());
    deleteButton->click();
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = view.findChild<QMessageBox *>(qs("blackoutsDeleteConfirmation"))) != nullptr,
                             WaitMs);
    box->button(QMessageBox::Yes)->click();

    // Then: the server no longer has it, and the view shows what the server has
    QTRY_COMPARE_WITH_TIMEOUT(serverBlackouts(fixture).size(), 2, WaitMs);
    QCOMPARE(heldBlackouts(serverBlackouts(fixture)), qsl({"active Production web01 ", "pending Production  Web"}));
    QTRY_COMPARE_WITH_TIMEOUT(shownBlackouts(view), heldBlackouts(serverBlackouts(fixture)), WaitMs);
}

void TestBlackoutsView::shouldDisableWritesForAReadOnlyKey()
{
    // Given: blackouts and a viewer key with only the read scope
    ServerFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    createActivePendingExpired(fixture);
    auto backend = fixture.backend(fixture.makeKey(qs("viewer"), {qs("read")}));

    // When: the view is shown and a row selected
    BlackoutsView view(*backend);
    view.show();
    QTRY_COMPARE_WITH_TIMEOUT(shownBlackouts(view), heldBlackouts(serverBlackouts(fixture)), WaitMs);
    tableOf(view)->selectRow(0);

    // Then: new and delete are disabled and say why
    QVERIFY(!button(view, "blackoutsNewButton")->isEnabled());
    QVERIFY(!button(view, "blackoutsDeleteButton")->isEnabled());
    QVERIFY(button(view, "blackoutsNewButton")->toolTip().contains(qs("write:blackouts")));
    QVERIFY(button(view, "blackoutsDeleteButton")->toolTip().contains(qs("write:blackouts")));
}

void TestBlackoutsView::shouldPresetTheCustomerOfACustomersOperator()
{
    // Given: customer views, blackouts of Acme and Globex, and an operator of Acme
    ServerFixture::Options options;
    options.customerViews = true;
    ServerFixture fixture(options);
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    fixture.api(ApiCall::post(
        qs("/blackout"),
        {{qs("environment"), qs("Production")}, {qs("resource"), qs("acme-db")}, {qs("customer"), qs("Acme")}}));
    fixture.api(ApiCall::post(
        qs("/blackout"),
        {{qs("environment"), qs("Production")}, {qs("resource"), qs("globex-db")}, {qs("customer"), qs("Globex")}}));
    auto backend = fixture.backend(fixture.makeKey(qs("acme-operator"), {qs("read"), qs("write")}, qs("Acme")));
    BlackoutsView view(*backend);
    view.show();

    // Then: only Acme's blackout, with the customer column
    QTRY_COMPARE_WITH_TIMEOUT(shownBlackouts(view), qsl({"active Production acme-db "}), WaitMs);
    QVERIFY(!tableOf(view)->isColumnHidden(columnOf(tableOf(view)->model(), qs("Customer"))));
    QCOMPARE(cell(view, 0, qs("Customer")), qs("Acme"));

    // When: the operator creates a blackout
    QPointer<BlackoutDialog> dialog = openDialog(view);
    QVERIFY(dialog);
    auto *customer = child<QComboBox>(dialog, "blackoutCustomerCombo");
    QVERIFY(customer->isVisibleTo(dialog));
    QCOMPARE(customer->currentText(), qs("Acme"));
    QTest::keyClicks(child<QComboBox>(dialog, "blackoutEnvironmentCombo")->lineEdit(), qs("Production"));
    QTest::keyClicks(child<QLineEdit>(dialog, "blackoutResourceEdit"), qs("acme-web"));
    clickOk(dialog);

    // Then: it is Acme's on the server
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->isVisible(), WaitMs);
    bool found = false;
    for (const QJsonValue &b : serverBlackouts(fixture)) {
        if (b[qs("resource")].toString() == qs("acme-web")) {
            found = true;
            QCOMPARE(b[qs("customer")].toString(), qs("Acme"));
        }
    }
    QVERIFY(found);
}

QTEST_MAIN(TestBlackoutsView)
#include "testblackoutsview.moc"
