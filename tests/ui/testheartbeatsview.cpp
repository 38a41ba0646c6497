// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QAbstractItemModel>
#include <QColor>
#include <QComboBox>
#include <QDialog>
#include <QHash>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

#include "core/client/heartbeatalertbuilder.h"
#include "core/timestamp.h"
#include "tests/support/serverfixture.h"
#include "tests/support/testtext.h"
#include "tests/ui/resourceviewtest.h"
#include "ui/heartbeatsview.h"

// HeartbeatsView against a real alerta-server: the table and counts show the server's heartbeats (one ok, one slow,
// one expired), deleting from the view deletes on the server, "raise alerts" creates the alerts `alerta heartbeats
// --alert` would, a read-only key gets no write buttons, and a customer-restricted key sees only its customer's.

namespace {

using ResourceViewTest::button;
using ResourceViewTest::columnOf;
using ResourceViewTest::saveScreenshot;

constexpr int WaitMs = 30000;

/// A heartbeat body: `origin`, created `ageMs` ago, timing out after `timeout` s.
QJsonObject heartbeat(const QString &origin, qint64 ageMs, int timeout, const QJsonObject &extra = {})
{
    QJsonObject body{{qs("origin"), origin},
                     {qs("timeout"), timeout},
                     {qs("tags"), QJsonArray{qs("web")}},
                     {qs("createTime"), IsoTime::format(QDateTime::currentMSecsSinceEpoch() - ageMs)}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return body;
}

QJsonArray serverHeartbeats(ServerFixture &fixture, const QList<QPair<QString, QString>> &query = {})
{
    return fixture.api(ApiCall::get(qs("/heartbeats"), query)).value(qs("heartbeats")).toArray();
}

/// Sends three heartbeats as the admin: web/1 ok, batch/2 slow (created 5 s ago: latency > 2000 ms) and cron/3
/// expired (timeout 1 s), and waits until the server calls cron/3 expired.
bool sendOkSlowExpired(ServerFixture &fixture)
{
    fixture.api(ApiCall::post(qs("/heartbeat"), heartbeat(qs("web/1"), 0, 600)));
    fixture.api(ApiCall::post(qs("/heartbeat"),
                              heartbeat(qs("batch/2"),
                                        5000,
                                        600,
                                        {{qs("attributes"),
                                          QJsonObject{{qs("environment"), qs("Development")},
                                                      {qs("group"), qs("Batch")},
                                                      {qs("region"), qs("eu")}}}})));
    fixture.api(ApiCall::post(qs("/heartbeat"), heartbeat(qs("cron/3"), 0, 1)));
    return QTest::qWaitFor(
        [&fixture] {
            return serverHeartbeats(fixture, {{qs("status"), qs("expired")}}).size() == 1;
        },
        WaitMs);
}

QTableView *tableOf(QWidget &view)
{
    return ResourceViewTest::table(view, qs("heartbeatsTable"));
}

QString cell(QWidget &view, int row, const QString &column)
{
    return ResourceViewTest::cell(tableOf(view), row, column);
}

int rowOf(QWidget &view, const QString &origin)
{
    const QAbstractItemModel *model = tableOf(view)->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (cell(view, r, qs("Origin")) == origin)
            return r;
    }
    return -1;
}

/// What the table shows, one `origin status` per row, sorted.
QStringList shownHeartbeats(QWidget &view)
{
    QStringList rows;
    for (int r = 0; r < tableOf(view)->model()->rowCount(); ++r)
        rows.append(cell(view, r, qs("Origin")) + u' ' + cell(view, r, qs("Status")));
    rows.sort();
    return rows;
}

/// The same of the server's heartbeats.
QStringList heldHeartbeats(const QJsonArray &heartbeats)
{
    QStringList rows;
    for (const QJsonValue &h : heartbeats)
        rows.append(h[qs("origin")].toString() + u' ' + h[qs("status")].toString());
    rows.sort();
    return rows;
}

} // namespace

class TestHeartbeatsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldShowTheServersHeartbeatsAndCounts();
    void shouldDeleteTheSelectedHeartbeatOnTheServer();
    void shouldRaiseTheAlertsOfHeartbeatsAlert();
    void shouldDisableWritesForAReadOnlyKey();
    void shouldShowOnlyTheCustomersHeartbeatsWithCustomerViews();
    void shouldShowARefreshFailureAndKeepTheRows();
};

void TestHeartbeatsView::shouldShowTheServersHeartbeatsAndCounts()
{
    // Given: a server with one ok, one slow and one expired heartbeat
    ServerFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    QVERIFY(sendOkSlowExpired(fixture));
    auto backend = fixture.backend(fixture.adminKey);

    // When: the view is shown
    HeartbeatsView view(*backend);
    view.resize(1200, 200);
    view.show();

    // Then: it shows exactly the server's heartbeats with their statuses, and the counts
    const QJsonArray held = serverHeartbeats(fixture);
    QCOMPARE(held.size(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(shownHeartbeats(view), heldHeartbeats(held), WaitMs);
    QCOMPARE(shownHeartbeats(view), qsl({"batch/2 slow", "cron/3 expired", "web/1 ok"}));
    auto *counts = view.findChild<QLabel *>(qs("heartbeatsCountsLabel"));
    QCOMPARE(counts->text(), qs("1 ok · 1 slow · 1 expired"));
    // And: timeouts in seconds and as a duration, latency in ms
    QCOMPARE(cell(view, rowOf(view, qs("web/1")), qs("Timeout")), qs("600 s (10 min)"));
    QCOMPARE(cell(view, rowOf(view, qs("cron/3")), qs("Timeout")), qs("1 s"));
    QCOMPARE(cell(view, rowOf(view, qs("batch/2")), qs("Max latency")), qs("2000 ms"));
    const int slowLatency = [&held] {
        for (const QJsonValue &h : held) {
            if (h[qs("origin")].toString() == qs("batch/2"))
                return h[qs("latency")].toInt();
        }
        return -1;
    }();
    QVERIFY(slowLatency > 2000);
    QCOMPARE(cell(view, rowOf(view, qs("batch/2")), qs("Latency")), qs("%1 ms").arg(slowLatency));
    // And: no customer column without customer views, expired painted in the critical colour
    QTableView *table = tableOf(view);
    QVERIFY(table->isColumnHidden(columnOf(table->model(), qs("Customer"))));
    const QModelIndex expiredStatus =
        table->model()->index(rowOf(view, qs("cron/3")), columnOf(table->model(), qs("Status")));
    QCOMPARE(expiredStatus.data(Qt::BackgroundRole).value<QColor>(),
             QColor::fromString(backend->alarmModel().severityColors.value(qs("critical"))));
    saveScreenshot(view, "heartbeats");
}

void TestHeartbeatsView::shouldDeleteTheSelectedHeartbeatOnTheServer()
{
    // Given: the view over three heartbeats
    ServerFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    QVERIFY(sendOkSlowExpired(fixture));
    auto backend = fixture.backend(fixture.adminKey);
    HeartbeatsView view(*backend);
    view.show();
    QTRY_COMPARE_WITH_TIMEOUT(tableOf(view)->model()->rowCount(), 3, WaitMs);
    QPushButton *deleteButton = button(view, "heartbeatsDeleteButton");
    QVERIFY(!deleteButton->isEnabled()); // nothing selected yet

    // When: the operator selects batch/2, clicks Delete and confirms
    tableOf(view)->selectRow(rowOf(view, qs("batch/2")));
    QVERIFY(deleteButton->isEnabled());
    deleteButton->click();
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = view.findChild<QMessageBox *>(qs("heartbeatsDeleteConfirmation"))) != nullptr,
                             WaitMs);
    box->button(QMessageBox::Yes)->click();

    // Then: the server no longer has it, and the view shows what the server has
    QTRY_COMPARE_WITH_TIMEOUT(heldHeartbeats(serverHeartbeats(fixture)), qsl({"cron/3 expired", "web/1 ok"}), WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(shownHeartbeats(view), qsl({"cron/3 expired", "web/1 ok"}), WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(view.findChild<QLabel *>(qs("heartbeatsMessageLabel"))->text().contains(qs("Deleted 1")),
                             WaitMs);
}

void TestHeartbeatsView::shouldRaiseTheAlertsOfHeartbeatsAlert()
{
    // Given: the view over an ok, a slow (with environment, group and another attribute) and an expired heartbeat
    ServerFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    QVERIFY(sendOkSlowExpired(fixture));
    auto backend = fixture.backend(fixture.adminKey);
    HeartbeatsView view(*backend);
    view.show();
    QTRY_COMPARE_WITH_TIMEOUT(tableOf(view)->model()->rowCount(), 3, WaitMs);
    QSignalSpy finished(&view, &HeartbeatsView::actionFinished);

    // When: the operator raises alerts with severity "critical"
    button(view, "heartbeatsRaiseButton")->click();
    QDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = view.findChild<QDialog *>(qs("raiseHeartbeatAlertsDialog"))) != nullptr, WaitMs);
    auto *combo = dialog->findChild<QComboBox *>(qs("heartbeatSeverityCombo"));
    QCOMPARE(combo->currentText(), qs("major")); // the CLI's default
    QVERIFY(combo->findText(qs("normal")) < 0);  // would close itself
    QVERIFY(combo->findText(qs("ok")) < 0);
    combo->setCurrentIndex(combo->findText(qs("critical")));
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, WaitMs);

    // Then: the server holds one alert per heartbeat with the spec's fields
    QCOMPARE(view.findChild<QLabel *>(qs("heartbeatsMessageLabel"))->text(), qs("Sent 3 alert(s)."));
    const QJsonArray alerts = fixture.api(ApiCall::get(qs("/alerts"))).value(qs("alerts")).toArray();
    QCOMPARE(alerts.size(), 3);
    QHash<QString, QJsonObject> byEvent;
    for (const QJsonValue &a : alerts)
        byEvent.insert(a[qs("event")].toString(), a.toObject());

    const QJsonObject fail = byEvent.value(qs("HeartbeatFail"));
    QCOMPARE(fail[qs("resource")].toString(), qs("cron/3"));
    QCOMPARE(fail[qs("environment")].toString(), qs("Production"));
    QCOMPARE(fail[qs("severity")].toString(), qs("critical"));
    QCOMPARE(fail[qs("service")].toArray(), QJsonArray{qs("Alerta")});
    QCOMPARE(fail[qs("group")].toString(), qs("System"));
    QCOMPARE(fail[qs("correlate")].toArray(),
             (QJsonArray{qs("HeartbeatFail"), qs("HeartbeatSlow"), qs("HeartbeatOK")}));
    QVERIFY2(QRegularExpression(qs("^0:00:\\d\\d$")).match(fail[qs("value")].toString()).hasMatch(),
             qPrintable(fail[qs("value")].toString()));
    QCOMPARE(fail[qs("text")].toString(), qs("Heartbeat not received in 1 seconds"));
    QCOMPARE(fail[qs("tags")].toArray(), QJsonArray{qs("web")});
    QCOMPARE(fail[qs("type")].toString(), qs("heartbeatAlert"));
    QVERIFY(fail[qs("origin")].toString().startsWith(qs("alerta-console/")));
    QCOMPARE(fail[qs("status")].toString(), qs("open"));

    const QJsonObject slow = byEvent.value(qs("HeartbeatSlow"));
    QCOMPARE(slow[qs("resource")].toString(), qs("batch/2"));
    QCOMPARE(slow[qs("environment")].toString(), qs("Development"));
    QCOMPARE(slow[qs("group")].toString(), qs("Batch"));
    QCOMPARE(slow[qs("severity")].toString(), qs("critical"));
    QVERIFY2(QRegularExpression(qs("^\\d+ms$")).match(slow[qs("value")].toString()).hasMatch(),
             qPrintable(slow[qs("value")].toString()));
    QCOMPARE(slow[qs("text")].toString(), qs("Heartbeat took more than 2000ms to be processed"));
    QCOMPARE(slow[qs("attributes")].toObject().value(qs("region")).toString(), qs("eu"));
    QVERIFY(!slow[qs("attributes")].toObject().contains(qs("environment")));
    QVERIFY(!slow[qs("attributes")].toObject().contains(qs("group")));

    const QJsonObject ok = byEvent.value(qs("HeartbeatOK"));
    QCOMPARE(ok[qs("resource")].toString(), qs("web/1"));
    QCOMPARE(ok[qs("severity")].toString(), qs("normal"));
    QCOMPARE(ok[qs("value")].toString(), QString());
    QCOMPARE(ok[qs("text")].toString(), qs("Heartbeat OK"));
    QCOMPARE(ok[qs("status")].toString(), qs("closed"));
}

void TestHeartbeatsView::shouldDisableWritesForAReadOnlyKey()
{
    // Given: heartbeats on the server and a viewer key with only the read scope
    ServerFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    QVERIFY(sendOkSlowExpired(fixture));
    auto backend = fixture.backend(fixture.makeKey(qs("viewer"), {qs("read")}));

    // When: the view is shown and a row selected
    HeartbeatsView view(*backend);
    view.show();
    QTRY_COMPARE_WITH_TIMEOUT(shownHeartbeats(view), heldHeartbeats(serverHeartbeats(fixture)), WaitMs);
    tableOf(view)->selectRow(0);

    // Then: the list is there, delete and raise are disabled and say why
    QPushButton *deleteButton = button(view, "heartbeatsDeleteButton");
    QPushButton *raiseButton = button(view, "heartbeatsRaiseButton");
    QVERIFY(!deleteButton->isEnabled());
    QVERIFY(!raiseButton->isEnabled());
    QVERIFY2(deleteButton->toolTip().contains(qs("write:heartbeats")), qPrintable(deleteButton->toolTip()));
    QVERIFY2(raiseButton->toolTip().contains(qs("write:alerts")), qPrintable(raiseButton->toolTip()));
}

void TestHeartbeatsView::shouldShowOnlyTheCustomersHeartbeatsWithCustomerViews()
{
    // Given: a server with customer views, heartbeats of Acme and Globex, and a key restricted to Acme
    ServerFixture::Options options;
    options.customerViews = true;
    ServerFixture fixture(options);
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    fixture.api(ApiCall::post(qs("/heartbeat"), heartbeat(qs("acme/1"), 0, 600, {{qs("customer"), qs("Acme")}})));
    fixture.api(ApiCall::post(qs("/heartbeat"), heartbeat(qs("acme/2"), 0, 600, {{qs("customer"), qs("Acme")}})));
    fixture.api(ApiCall::post(qs("/heartbeat"), heartbeat(qs("globex/1"), 0, 600, {{qs("customer"), qs("Globex")}})));
    QCOMPARE(serverHeartbeats(fixture).size(), 3);
    auto backend = fixture.backend(fixture.makeKey(qs("acme-operator"), {qs("read"), qs("write")}, qs("Acme")));

    // When: the view is shown with that key
    HeartbeatsView view(*backend);
    view.show();

    // Then: only Acme's heartbeats, with the customer column
    QTRY_COMPARE_WITH_TIMEOUT(shownHeartbeats(view), qsl({"acme/1 ok", "acme/2 ok"}), WaitMs);
    QTableView *table = tableOf(view);
    const int customerColumn = columnOf(table->model(), qs("Customer"));
    QVERIFY(!table->isColumnHidden(customerColumn));
    QCOMPARE(cell(view, 0, qs("Customer")), qs("Acme"));
    QCOMPARE(cell(view, 1, qs("Customer")), qs("Acme"));
}

void TestHeartbeatsView::shouldShowARefreshFailureAndKeepTheRows()
{
    // Given: the view showing a heartbeat
    ServerFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    fixture.api(ApiCall::post(qs("/heartbeat"), heartbeat(qs("web/1"), 0, 600)));
    const QString key = fixture.makeKey(qs("operator"), {qs("read"), qs("write")});
    auto backend = fixture.backend(key);
    HeartbeatsView view(*backend);
    view.show();
    QTRY_COMPARE_WITH_TIMEOUT(shownHeartbeats(view), qsl({"web/1 ok"}), WaitMs);

    // When: the key is revoked and the operator refreshes
    fixture.api(ApiCall::remove(qs("/key/") + key));
    QSignalSpy refreshed(&view, &HeartbeatsView::refreshed);
    button(view, "heartbeatsRefreshButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty() && !refreshed.last().at(0).toBool(), WaitMs);

    // Then: the server's refusal is shown and the row stays
    auto *error = view.findChild<QLabel *>(qs("heartbeatsErrorLabel"));
    QVERIFY(error->isVisibleTo(&view));
    QVERIFY2(error->text().startsWith(qs("Could not refresh the heartbeats: ")), qPrintable(error->text()));
    QCOMPARE(shownHeartbeats(view), qsl({"web/1 ok"}));
}

QTEST_MAIN(TestHeartbeatsView)
#include "testheartbeatsview.moc"
