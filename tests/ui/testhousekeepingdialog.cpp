// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QAbstractItemView>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "models/alerttablemodel.h"
#include "tests/support/serverfixture.h"
#include "tests/support/testtext.h"
#include "ui/housekeepingdialog.h"
#include "ui/mainwindow.h"
#include "ui/servertoolwindows.h"

// HousekeepingDialog against a real alerta-server: a run from the dialog does to the server's alerts what spec §6
// says and the dialog shows the same counts; the hours of the spin boxes reach the server; Cancel runs nothing; a
// session without admin:management cannot run it and is told why.

namespace {

constexpr int WaitMs = 30000;

/// A server whose own housekeeping timer is off (so that only the dialog's run changes anything) and whose
/// default thresholds are one second, which the dialog's "Server default" (0 h) selects.
std::unique_ptr<ServerFixture> quietServer(QTemporaryDir &dir)
{
    const QString config = dir.filePath(qs("alertad.conf"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly) || file.write("HOUSEKEEPING_INTERVAL = 0\n") < 0)
        qFatal("cannot write the server's settings file");
    file.close();
    ServerFixture::Options options;
    options.environment = {{qs("ALERTA_SVR_CONF_FILE"), config},
                           {qs("DELETE_EXPIRED_AFTER"), qs("1")},
                           {qs("DELETE_INFO_AFTER"), qs("1")}};
    return std::make_unique<ServerFixture>(options);
}

} // namespace

class TestHousekeepingDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Each test's backend dies when the test function returns: the dialog goes before an event loop runs again.
    void cleanup() { m_dialog.reset(); }

    void shouldRunHousekeepingAndShowWhatItChanged();
    void shouldSendTheHoursOfTheSpinBoxes();
    void shouldRunNothingWhenTheConfirmationIsCancelled();
    void shouldDisableRunWithoutAdminManagement();
    void shouldUpdateTheAlertListAfterARunFromTheMenu();

private:
    void open(AlertBackend &backend);
    /// Clicks Run and answers the confirmation with `button`.
    void runAndAnswer(QMessageBox::StandardButton button);
    template<typename T>
    T *widget(const char *name) const
    {
        auto *found = m_dialog->findChild<T *>(qs(name));
        if (!found)
            qFatal("no widget named %s", name);
        return found;
    }
    QString label(const char *name) const { return widget<QLabel>(name)->text(); }
    /// "id:status" of every alert on the server, sorted.
    static QStringList serverAlerts(ServerFixture &fixture);
    void screenshot(const QString &name) const;

    std::unique_ptr<HousekeepingDialog> m_dialog;
};

void TestHousekeepingDialog::open(AlertBackend &backend)
{
    m_dialog = std::make_unique<HousekeepingDialog>(backend);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestHousekeepingDialog::runAndAnswer(QMessageBox::StandardButton button)
{
    widget<QPushButton>("runButton")->click();
    QMessageBox *box = m_dialog->confirmation();
    QVERIFY(box);
    QCOMPARE(box->objectName(), qs("confirmRunBox"));
    QTRY_VERIFY_WITH_TIMEOUT(box->isVisible(), WaitMs);
    box->button(button)->click();
}

QStringList TestHousekeepingDialog::serverAlerts(ServerFixture &fixture)
{
    const QJsonObject list = fixture.api(ApiCall::get(qs("/alerts"), {{qs("page-size"), qs("100")}}));
    QStringList lines;
    for (const QJsonValue &alert : list.value(qs("alerts")).toArray())
        lines.append(alert[qs("id")].toString() + u':' + alert[qs("status")].toString());
    lines.sort();
    return lines;
}

void TestHousekeepingDialog::screenshot(const QString &name) const
{
    const QString dir = qEnvironmentVariable("ALERTA_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(m_dialog->grab().save(QDir(dir).filePath(name + qs(".png"))));
}

void TestHousekeepingDialog::shouldRunHousekeepingAndShowWhatItChanged()
{
    // Given: on a server with default thresholds of 1 s, a closed alert, an informational one, one with a timeout
    // of 1 s, one shelved and one acknowledged for 1 s, and one that nothing is due for
    QTemporaryDir dir;
    auto fixture = quietServer(dir);
    QVERIFY2(fixture->start(), qPrintable(fixture->failure()));
    const QString closed = fixture->sendAlert(qs("web01"));
    fixture->api(ApiCall::put(qs("/alert/") + closed + qs("/action"), {{qs("action"), qs("close")}}));
    const QString info = fixture->sendAlert(qs("web02"), qs("informational"));
    const QString expiring = fixture->sendAlert(qs("web03"), qs("major"), {{qs("timeout"), 1}});
    const QString shelved = fixture->sendAlert(qs("web04"));
    fixture->api(
        ApiCall::put(qs("/alert/") + shelved + qs("/action"), {{qs("action"), qs("shelve")}, {qs("timeout"), 1}}));
    const QString acked = fixture->sendAlert(qs("web05"));
    fixture->api(ApiCall::put(qs("/alert/") + acked + qs("/action"), {{qs("action"), qs("ack")}, {qs("timeout"), 1}}));
    const QString kept = fixture->sendAlert(qs("web06"));
    QCOMPARE(serverAlerts(*fixture).size(), 6);
    auto backend = fixture->backend(fixture->adminKey);
    open(*backend);
    // Housekeeping compares with the wall clock: let every one of those seconds pass.
    QTest::qWait(2500);

    // When: the operator chooses the server's default thresholds, runs housekeeping and confirms
    widget<QSpinBox>("expiredHoursBox")->setValue(0);
    widget<QSpinBox>("infoHoursBox")->setValue(0);
    QCOMPARE(widget<QSpinBox>("expiredHoursBox")->text(), qs("Server default"));
    QSignalSpy finished(m_dialog.get(), &HousekeepingDialog::finished);
    runAndAnswer(QMessageBox::Yes);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, WaitMs);

    // Then: the server deleted the closed and the informational alert, expired the one past its timeout and
    // reopened the shelved and the acknowledged one
    const QStringList expected{expiring + qs(":expired"),
                               shelved + qs(":open"),
                               acked + qs(":open"),
                               kept + qs(":open")};
    QStringList sorted = expected;
    sorted.sort();
    QCOMPARE(serverAlerts(*fixture), sorted);
    // And: the dialog shows the same counts, and the server's answer listed those alerts
    QVERIFY(widget<QGroupBox>("resultBox")->isVisible());
    QCOMPARE(label("expiredCountLabel"), qs("1"));
    QCOMPARE(label("unshelvedCountLabel"), qs("1"));
    QCOMPARE(label("unackedCountLabel"), qs("1"));
    QCOMPARE(label("deletedCountLabel"), qs("2"));
    QCOMPARE(widget<QLabel>("expiredCountLabel")->toolTip(), expiring);
    const QJsonObject answer = finished.first().first().toJsonObject();
    QCOMPARE(answer.value(qs("unshelve")).toArray(), QJsonArray{shelved});
    QCOMPARE(answer.value(qs("unack")).toArray(), QJsonArray{acked});
    QCOMPARE(answer.value(qs("count")).toInt(), 3);
    QVERIFY(label("statusLabel").startsWith(qs("Housekeeping finished")));
    screenshot(qs("housekeeping-result"));
}

void TestHousekeepingDialog::shouldUpdateTheAlertListAfterARunFromTheMenu()
{
    // Given: the main window on a server with an alert past its 1 s timeout and one that nothing is due for
    QTemporaryDir dir;
    auto fixture = quietServer(dir);
    QVERIFY2(fixture->start(), qPrintable(fixture->failure()));
    fixture->sendAlert(qs("web03"), qs("major"), {{qs("timeout"), 1}});
    fixture->sendAlert(qs("web06"));
    auto backend = fixture->backend(fixture->adminKey, false);
    MainWindow window;
    window.setBackend(backend.get());
    window.show();
    auto *table = window.findChild<QAbstractItemView *>(qs("alertTable"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, WaitMs);
    QTest::qWait(2500); // past the timeout by the wall clock

    // When: Server → Housekeeping…, Run, confirmed
    window.findChild<QAction *>(qs("housekeepingAction"))->trigger();
    auto *dialog =
        qobject_cast<HousekeepingDialog *>(window.toolWindows().window(ServerToolWindows::Tool::Housekeeping));
    QVERIFY(dialog);
    dialog->findChild<QSpinBox *>(qs("expiredHoursBox"))->setValue(0);
    QSignalSpy finished(dialog, &HousekeepingDialog::finished);
    dialog->findChild<QPushButton *>(qs("runButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->confirmation() && dialog->confirmation()->isVisible(), WaitMs);
    dialog->confirmation()->button(QMessageBox::Yes)->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, WaitMs);

    // Then: the expired alert leaves the open/ack list without a refresh: the change came over the stream
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, WaitMs);
    QCOMPARE(table->model()->index(0, int(AlertTableModel::Column::Resource)).data().toString(), qs("web06"));
    window.setBackend(nullptr);
}

void TestHousekeepingDialog::shouldSendTheHoursOfTheSpinBoxes()
{
    // Given: a closed and an informational alert received just now, on a server whose defaults are 1 s
    QTemporaryDir dir;
    auto fixture = quietServer(dir);
    QVERIFY2(fixture->start(), qPrintable(fixture->failure()));
    const QString closed = fixture->sendAlert(qs("web01"));
    fixture->api(ApiCall::put(qs("/alert/") + closed + qs("/action"), {{qs("action"), qs("close")}}));
    fixture->sendAlert(qs("web02"), qs("informational"));
    const QStringList before = serverAlerts(*fixture);
    auto backend = fixture->backend(fixture->adminKey);
    open(*backend);
    QTest::qWait(1500); // older than the server's defaults, younger than any hour
    screenshot(qs("housekeeping"));

    // When: housekeeping runs with the dialog's default hours (2 and 12)
    QCOMPARE(widget<QSpinBox>("expiredHoursBox")->value(), HousekeepingDialog::DefaultExpiredHours);
    QCOMPARE(widget<QSpinBox>("infoHoursBox")->value(), HousekeepingDialog::DefaultInfoHours);
    QSignalSpy finished(m_dialog.get(), &HousekeepingDialog::finished);
    runAndAnswer(QMessageBox::Yes);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, WaitMs);

    // Then: the hours reached the server (not its 1 s defaults): nothing was deleted, and the dialog says so
    QCOMPARE(serverAlerts(*fixture), before);
    QCOMPARE(label("deletedCountLabel"), qs("0"));
    QCOMPARE(label("expiredCountLabel"), qs("0"));
}

void TestHousekeepingDialog::shouldRunNothingWhenTheConfirmationIsCancelled()
{
    // Given: an informational alert older than the server's default threshold
    QTemporaryDir dir;
    auto fixture = quietServer(dir);
    QVERIFY2(fixture->start(), qPrintable(fixture->failure()));
    fixture->sendAlert(qs("web02"), qs("informational"));
    const QStringList before = serverAlerts(*fixture);
    auto backend = fixture->backend(fixture->adminKey);
    open(*backend);
    widget<QSpinBox>("infoHoursBox")->setValue(0);
    QTest::qWait(1500);

    // When: the operator clicks Run and then Cancel
    QSignalSpy finished(m_dialog.get(), &HousekeepingDialog::finished);
    runAndAnswer(QMessageBox::Cancel);

    // Then: no run happened: the confirmation is gone, the alert is still there, no result is shown
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->confirmation(), WaitMs);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(serverAlerts(*fixture), before);
    QVERIFY(!widget<QGroupBox>("resultBox")->isVisible());
    QVERIFY(widget<QPushButton>("runButton")->isEnabled());
}

void TestHousekeepingDialog::shouldDisableRunWithoutAdminManagement()
{
    // Given: a session with read scopes only
    ServerFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    auto reader = fixture.backend(fixture.makeKey(qs("reader"), {qs("read")}));

    // When: the Housekeeping dialog is open in that session
    open(*reader);

    // Then: Run is disabled, and the dialog says which scope is missing
    auto *run = widget<QPushButton>("runButton");
    QVERIFY(!run->isEnabled());
    QVERIFY(widget<QLabel>("accessLabel")->isVisible());
    QVERIFY(label("accessLabel").contains(qs("admin:management")));
    QCOMPARE(run->toolTip(), label("accessLabel"));
    // And: asking anyway opens no confirmation
    m_dialog->requestRun();
    QVERIFY(!m_dialog->confirmation());
}

QTEST_MAIN(TestHousekeepingDialog)
#include "testhousekeepingdialog.moc"
