// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QAbstractItemModel>
#include <QDateTime>
#include <QDir>
#include <QGroupBox>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

#include "tests/support/serverfixture.h"
#include "tests/support/testtext.h"
#include "ui/aboutdialog.h"
#include "ui/metricschart.h"

// AboutDialog against a real alerta-server: the manifest and every metric of `/management/status` as the server
// reports them, the receive rate chart after alerts arrive, the health check of a stale heartbeat, the note of a
// session without read:management, and old values with their age once the server is gone.

namespace {

constexpr int WaitMs = 30000;

/// One metric as the dialog's table shows it: "title | type | group.name | value | average".
QString metricLine(const QJsonObject &metric)
{
    const QString name = metric.value(qs("group")).toString() + u'.' + metric.value(qs("name")).toString();
    const QJsonValue value = metric.contains(qs("value")) ? metric.value(qs("value")) : metric.value(qs("count"));
    const QString valueText = value.isString() ? value.toString() : QString::number(value.toInteger());
    const double count = metric.value(qs("count")).toDouble();
    const QString average = metric.contains(qs("totalTime")) && count > 0
        ? QString::number(metric.value(qs("totalTime")).toDouble() / count, 'f', 2) + qs(" ms")
        : qs("n/a");
    return QStringList{metric.value(qs("title")).toString(),
                       metric.value(qs("type")).toString(),
                       name,
                       valueText,
                       average}
        .join(qs(" | "));
}

} // namespace

class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Each test's backend dies when the test function returns: the dialog goes before an event loop runs again.
    void cleanup() { m_dialog.reset(); }

    void shouldShowTheManifestAndEveryMetricAsTheServerReportsThem();
    void shouldCountReceivedAlertsAndChartAPositiveRate();
    void shouldShowTheHealthCheckFailureOfAStaleHeartbeat();
    void shouldShowANoteInsteadOfTheServerWithoutReadManagement();
    void shouldKeepOldValuesWithTheirAgeWhenTheServerIsDown();
    void shouldTurnAServerSwitchOffAndOnAgain();
    void shouldOfferSwitchesOnlyToAdministrators();

private:
    void open(AlertBackend &backend);
    template<typename T>
    T *widget(const char *name) const
    {
        auto *found = m_dialog->findChild<T *>(qs(name));
        if (!found)
            qFatal("no widget named %s", name);
        return found;
    }
    QString label(const char *name) const { return widget<QLabel>(name)->text(); }
    /// Every row of the metrics table as metricLine() writes the server's metrics.
    QStringList tableLines() const;
    /// The table's value of `metric` ("alerts.received"); -1 when it has no row.
    qint64 tableCount(const QString &metric) const;
    /// The table's row of `metric` ("switch.sender-api-allow") selected; false when it has none.
    bool selectMetric(const QString &metric) const;
    /// The table's value text of `metric`.
    QString tableValue(const QString &metric) const;
    /// The server's metrics now, as the admin reads them.
    QStringList serverLines(ServerFixture &fixture) const;
    void screenshot(const QString &name) const;

    std::unique_ptr<AboutDialog> m_dialog;
};

void TestAboutDialog::open(AlertBackend &backend)
{
    m_dialog = std::make_unique<AboutDialog>(backend);
    m_dialog->setRefreshInterval(std::chrono::milliseconds(300));
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

QStringList TestAboutDialog::tableLines() const
{
    const QAbstractItemModel *model = widget<QTableView>("metricsTable")->model();
    QStringList lines;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells.append(model->index(row, column).data().toString());
        lines.append(cells.join(qs(" | ")));
    }
    return lines;
}

qint64 TestAboutDialog::tableCount(const QString &metric) const
{
    const QAbstractItemModel *model = widget<QTableView>("metricsTable")->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 2).data().toString() == metric)
            return model->index(row, 3).data().toString().toLongLong();
    }
    return -1;
}

bool TestAboutDialog::selectMetric(const QString &metric) const
{
    auto *table = widget<QTableView>("metricsTable");
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 2).data().toString() == metric) {
            table->setCurrentIndex(table->model()->index(row, 0));
            return true;
        }
    }
    return false;
}

QString TestAboutDialog::tableValue(const QString &metric) const
{
    const QAbstractItemModel *model = widget<QTableView>("metricsTable")->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 2).data().toString() == metric)
            return model->index(row, 3).data().toString();
    }
    return {};
}

QStringList TestAboutDialog::serverLines(ServerFixture &fixture) const
{
    QStringList lines;
    const QJsonObject status = fixture.api(ApiCall::get(qs("/management/status")));
    for (const QJsonValue &metric : status.value(qs("metrics")).toArray())
        lines.append(metricLine(metric.toObject()));
    return lines;
}

void TestAboutDialog::screenshot(const QString &name) const
{
    const QString dir = qEnvironmentVariable("ALERTA_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(m_dialog->grab().save(QDir(dir).filePath(name + qs(".png"))));
}

void TestAboutDialog::shouldShowTheManifestAndEveryMetricAsTheServerReportsThem()
{
    // Given: a server that received an alert and was queried (so that timers are listed), and the admin's session
    ServerFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    fixture.sendAlert(qs("web01"));
    fixture.api(ApiCall::get(qs("/alerts")));
    auto backend = fixture.backend(fixture.adminKey);

    // When: the About dialog is open
    open(*backend);

    // Then: the manifest's fields are shown as the server gives them
    const QJsonObject manifest = fixture.api(ApiCall::get(qs("/management/manifest")));
    QTRY_COMPARE_WITH_TIMEOUT(label("releaseLabel"), manifest.value(qs("release")).toString(), WaitMs);
    QCOMPARE(label("serverBuildLabel"), manifest.value(qs("build")).toString());
    QCOMPARE(widget<QLabel>("dateLabel")->toolTip(), manifest.value(qs("date")).toString());
    QCOMPARE(label("dateLabel"),
             QDateTime::fromString(manifest.value(qs("date")).toString(), Qt::ISODateWithMs)
                 .toLocalTime()
                 .toString(qs("yyyy-MM-dd HH:mm:ss")));
    QCOMPARE(label("revisionLabel"), manifest.value(qs("revision")).toString());
    QTRY_COMPARE_WITH_TIMEOUT(label("healthLabel"), qs("OK"), WaitMs);
    // And: every metric of /management/status, in the server's order, with value and average as the web UI writes
    // them (compared until both read the same moment: the console's own queries move the counters)
    QTRY_COMPARE_WITH_TIMEOUT(tableLines(), serverLines(fixture), WaitMs);
    QVERIFY(tableLines().size() >= 4);
    QVERIFY(tableLines()
                .filter(qs("alerts.received"))
                .value(0)
                .startsWith(qs("Received alerts | timer | alerts.received | 1 | ")));
    // And: the status header and the console part
    const QJsonObject status = fixture.api(ApiCall::get(qs("/management/status")));
    QCOMPARE(label("serverVersionLabel"), status.value(qs("version")).toString());
    QVERIFY(label("uptimeLabel").startsWith(qs("0 day(s), 00:0")));
    QVERIFY(!label("serverTimeLabel").isEmpty());
    QCOMPARE(label("consoleVersionLabel"), qs(ALERTA_VERSION));
    QCOMPARE(label("qtVersionLabel").left(QString::fromLatin1(qVersion()).size()), QString::fromLatin1(qVersion()));
    QCOMPARE(label("backendLabel"), backend->displayName());
    QVERIFY(!widget<QLabel>("noAccessLabel")->isVisible());
}

void TestAboutDialog::shouldCountReceivedAlertsAndChartAPositiveRate()
{
    // Given: the About dialog open on a server, with the metrics table shown and a row selected
    ServerFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    fixture.sendAlert(qs("web00"));
    auto backend = fixture.backend(fixture.adminKey);
    open(*backend);
    QTRY_VERIFY_WITH_TIMEOUT(tableCount(qs("alerts.received")) >= 1, WaitMs);
    const qint64 before = tableCount(qs("alerts.received"));
    auto *table = widget<QTableView>("metricsTable");
    table->selectRow(0);
    const QString selected = table->model()->index(0, 2).data().toString();

    // When: alerts arrive in a few bursts, each seen by a refresh
    QSignalSpy refreshed(m_dialog.get(), &AboutDialog::statusRefreshed);
    for (int burst = 1; burst <= 4; ++burst) {
        for (int i = 0; i < burst * 2; ++i)
            fixture.sendAlert(qs("web%1").arg(burst * 10 + i));
        const qsizetype seen = refreshed.size();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() > seen + 1, WaitMs);
    }

    // Then: the table's received count went up by as many alerts
    QTRY_COMPARE_WITH_TIMEOUT(tableCount(qs("alerts.received")), before + 20, WaitMs);
    // And: the receive-rate chart has a point with a positive rate, and the processing-time chart has points
    auto *rate = widget<MetricsChart>("receiveRateChart");
    const auto points = rate->points();
    QVERIFY(std::any_of(points.cbegin(), points.cend(), [](const MetricsHistory::Point &p) { return p.value > 0; }));
    QVERIFY(!widget<MetricsChart>("receiveTimeChart")->points().isEmpty());
    QVERIFY(!rate->latestText().isEmpty());
    // And: the refreshes kept the selection
    const QModelIndexList rows = table->selectionModel()->selectedRows(2);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().data().toString(), selected);
    table->clearSelection();
    screenshot(qs("about"));
}

void TestAboutDialog::shouldShowTheHealthCheckFailureOfAStaleHeartbeat()
{
    // Given: a heartbeat with a timeout of 1 s, created long ago and not sent again
    ServerFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    fixture.api(ApiCall::post(
        qs("/heartbeat"),
        {{qs("origin"), qs("cron/stale01")}, {qs("timeout"), 1}, {qs("createTime"), qs("2020-01-01T00:00:00.000Z")}}));
    auto backend = fixture.backend(fixture.adminKey);

    // When: the About dialog is open for more than four timeouts
    open(*backend);

    // Then: the health check's failure text is shown
    QTRY_COMPARE_WITH_TIMEOUT(label("healthLabel"), qs("HEARTBEAT_STALE: cron/stale01"), WaitMs);
}

void TestAboutDialog::shouldShowANoteInsteadOfTheServerWithoutReadManagement()
{
    // Given: a read-only key without read:management
    ServerFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    auto viewer = fixture.backend(fixture.makeKey(qs("viewer"), {qs("read:alerts"), qs("read:keys")}));

    // When: the About dialog is open in that session
    open(*viewer);

    // Then: the console part is there, the server part is replaced by the note
    QVERIFY(widget<QGroupBox>("consoleGroup")->isVisible());
    QCOMPARE(label("backendLabel"), viewer->displayName());
    QVERIFY(widget<QLabel>("noAccessLabel")->isVisible());
    QVERIFY(label("noAccessLabel").contains(qs("read:management")));
    QVERIFY(!widget<QGroupBox>("serverGroup")->isVisible());
    QVERIFY(!widget<QTableView>("metricsTable")->isVisible());
    QTest::qWait(700); // two refresh intervals: nothing is asked, nothing appears
    QCOMPARE(widget<QTableView>("metricsTable")->model()->rowCount(), 0);
}

void TestAboutDialog::shouldKeepOldValuesWithTheirAgeWhenTheServerIsDown()
{
    // Given: the About dialog showing a server's metrics
    ServerFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    fixture.sendAlert(qs("web01"));
    auto backend = fixture.backend(fixture.adminKey);
    open(*backend);
    QTRY_VERIFY_WITH_TIMEOUT(tableCount(qs("alerts.received")) == 1, WaitMs);
    const QStringList shown = tableLines();

    // When: the server goes away
    fixture.server().kill();

    // Then: the dialog says the refresh failed and how old the values are, and keeps them
    QTRY_VERIFY_WITH_TIMEOUT(label("updateLabel").startsWith(qs("Could not refresh")), WaitMs);
    QVERIFY(label("updateLabel").contains(qs("showing values from")));
    QCOMPARE(tableLines().size(), shown.size());
    QCOMPARE(tableCount(qs("alerts.received")), 1);
}

void TestAboutDialog::shouldTurnAServerSwitchOffAndOnAgain()
{
    // Given: the About dialog on a server, in its administrator's session, with nothing selected
    ServerFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    auto backend = fixture.backend(fixture.adminKey);
    open(*backend);
    auto *button = widget<QPushButton>("switchButton");
    QTRY_COMPARE_WITH_TIMEOUT(tableValue(qs("switch.sender-api-allow")), qs("ON"), WaitMs);
    QVERIFY(button->isVisible());
    QVERIFY(!button->isEnabled());
    // And: a row that is not a switch leaves the button off
    QVERIFY(selectMetric(qs("alerts.total")));
    QVERIFY(!button->isEnabled());

    // When: the sender switch is selected
    QVERIFY(selectMetric(qs("switch.sender-api-allow")));
    // Then: the button offers to turn it OFF
    QVERIFY(button->isEnabled());
    QCOMPARE(button->text(), qs("Turn OFF “API alert submission”"));

    // When: it is clicked, and the confirmation cancelled
    button->click();
    auto *confirmation = m_dialog->findChild<QMessageBox *>(qs("confirmSwitchBox"));
    QVERIFY(confirmation);
    QVERIFY(confirmation->text().contains(qs("refuses every alert")));
    confirmation->button(QMessageBox::Cancel)->click();
    // Then: nothing changed on the server (asked after two refresh intervals)
    QTest::qWait(700);
    bool senderSwitchOn = false;
    for (const QJsonValue &metric :
         fixture.api(ApiCall::get(qs("/management/status"))).value(qs("metrics")).toArray()) {
        if (metric[qs("name")].toString() == u"sender-api-allow")
            senderSwitchOn = metric[qs("value")].toString() == u"ON";
    }
    QVERIFY(senderSwitchOn);
    QCOMPARE(tableValue(qs("switch.sender-api-allow")), qs("ON"));

    // When: it is clicked again and confirmed
    button->click();
    confirmation = m_dialog->findChild<QMessageBox *>(qs("confirmSwitchBox"));
    QVERIFY(confirmation);
    confirmation->button(QMessageBox::Yes)->click();
    // Then: the table shows it OFF, the server refuses alerts from senders, and the button offers to turn it ON
    QTRY_COMPARE_WITH_TIMEOUT(tableValue(qs("switch.sender-api-allow")), qs("OFF"), WaitMs);
    const QJsonObject alert{{qs("resource"), qs("web01")},
                            {qs("event"), qs("Down")},
                            {qs("environment"), qs("Production")},
                            {qs("service"), QJsonArray{qs("Web")}}};
    QFuture<Result<ApiAnswer>> posted = fixture.admin->call(ApiCall::post(qs("/alert"), alert));
    QTRY_VERIFY_WITH_TIMEOUT(posted.isFinished(), WaitMs); // the backend answers on this thread's event loop
    const Result<ApiAnswer> refused = posted.result();
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, 503);
    QTRY_COMPARE_WITH_TIMEOUT(button->text(), qs("Turn ON “API alert submission”"), WaitMs);

    // When: it is clicked once more (turning ON needs no confirmation)
    button->click();
    // Then: ON again, and alerts are accepted
    QTRY_COMPARE_WITH_TIMEOUT(tableValue(qs("switch.sender-api-allow")), qs("ON"), WaitMs);
    QVERIFY(!fixture.sendAlert(qs("web01")).isEmpty());
}

void TestAboutDialog::shouldOfferSwitchesOnlyToAdministrators()
{
    // Given: a key that may read the server's status but not manage it
    ServerFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    auto reader =
        fixture.backend(fixture.makeKey(qs("monitor"), {qs("read:alerts"), qs("read:keys"), qs("read:management")}));
    // When: the About dialog is open in that session and a switch is selected
    open(*reader);
    QTRY_COMPARE_WITH_TIMEOUT(tableValue(qs("switch.sender-api-allow")), qs("ON"), WaitMs);
    QVERIFY(selectMetric(qs("switch.sender-api-allow")));
    // Then: there is no switch button
    QVERIFY(!widget<QPushButton>("switchButton")->isVisible());
}

QTEST_MAIN(TestAboutDialog)
#include "testaboutdialog.moc"
