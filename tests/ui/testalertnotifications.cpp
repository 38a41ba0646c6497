// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
// Desktop notifications of a main window's alerts, end to end: a real embedded core, the window, and a real dunst
// on a private D-Bus session and display (tests/support/notifysession.sh runs this executable). What the operator
// got is read back from the daemon with dunstctl; "nothing more" is checked once the window has received the change
// and the daemon has answered every call the console sent before (a round trip on the same connection), not after a
// pause.
#include "tests/support/dunstcontrol.h"
#include "tests/support/testtext.h"
#include "tests/ui/consolefixture.h"
#include "ui/alertnotifications.h"
#include "ui/desktopnotifier.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using DunstControl::dunstctl;
using DunstControl::pickFromContextMenu;

class TestAlertNotifications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void shouldNotifyANewCriticalAlertOnce();
    void shouldNotNotifyAgainAfterARefreshADuplicateOrAReconnection();
    void shouldAcknowledgeFromTheNotificationsContextMenu();
    void shouldSummariseAStormInOneNotification();
    void shouldStayQuietDuringQuietHours();
    void shouldStayQuietWhileMuted();

private:
    static int count(const char *which) { return dunstctl({qs("count"), qs(which)}).trimmed().toInt(); }
    static int displayed() { return count("displayed"); }
    /// Every notification the daemon got since the test began: shown, waiting, or closed into its history.
    int received() const { return count("displayed") + count("waiting") + count("history") - m_historyBefore; }
    /// The summaries of the notifications in the daemon's history (closed ones), newest first.
    static QStringList closedSummaries();
    /// Returns once the daemon has handled every call the console sent it so far.
    static bool daemonCaughtUp();
    /// Waits until the window received a change of alert `id` (a duplicate, a new alert) after `changes` began.
    static bool receivedChangeOf(QSignalSpy &changes, const QString &id);
    /// Waits for the next whole list of the window.
    bool reset();

    std::unique_ptr<ConsoleFixture> m_core;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<DesktopNotifier> m_notifier;
    std::unique_ptr<AlertNotifications> m_notifications;
    std::unique_ptr<QSignalSpy> m_resets;
    int m_resetsExpected = 0;
    int m_historyBefore = 0;
};

namespace {

constexpr int WaitMs = 10000;

/// Quiet from 22:00 to 07:00.
NotificationRules nightsQuiet()
{
    NotificationRules rules;
    rules.quietHours = true;
    rules.quietFrom = QTime(22, 0);
    rules.quietTo = QTime(7, 0);
    return rules;
}

} // namespace

QStringList TestAlertNotifications::closedSummaries()
{
    QStringList summaries;
    for (const QJsonValue &entry : DunstControl::history())
        summaries.append(entry[qs("summary")][qs("data")].toString());
    return summaries;
}

bool TestAlertNotifications::daemonCaughtUp()
{
    // The notifier calls the daemon on the session connection; the daemon answers a connection's calls in order.
    const QDBusMessage call = QDBusMessage::createMethodCall(qs("org.freedesktop.Notifications"),
                                                             qs("/org/freedesktop/Notifications"),
                                                             qs("org.freedesktop.Notifications"),
                                                             qs("GetServerInformation"));
    return QDBusConnection::sessionBus().call(call, QDBus::Block, WaitMs).type() == QDBusMessage::ReplyMessage;
}

bool TestAlertNotifications::receivedChangeOf(QSignalSpy &changes, const QString &id)
{
    const auto received = [&changes, &id] {
        return std::any_of(changes.cbegin(), changes.cend(), [&id](const QList<QVariant> &change) {
            const auto upserted = change.at(0).value<QList<Alert>>();
            return std::any_of(upserted.cbegin(), upserted.cend(), [&id](const Alert &a) { return a.id == id; });
        });
    };
    const QDeadlineTimer deadline(WaitMs);
    while (!received() && !deadline.hasExpired())
        changes.wait(100);
    return received();
}

bool TestAlertNotifications::reset()
{
    ++m_resetsExpected;
    const QDeadlineTimer deadline(WaitMs);
    while (m_resets->count() < m_resetsExpected && !deadline.hasExpired())
        m_resets->wait(100);
    return m_resets->count() == m_resetsExpected;
}

void TestAlertNotifications::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(DesktopNotifier().isAvailable(), "no notification service: run through tests/support/notifysession.sh");
}

void TestAlertNotifications::init()
{
    m_historyBefore = count("history");
    m_core = std::make_unique<ConsoleFixture>();
    m_window = std::make_unique<MainWindow>();
    m_notifier = std::make_unique<DesktopNotifier>();
    m_notifications = std::make_unique<AlertNotifications>(*m_window, *m_notifier);
    m_resets = std::make_unique<QSignalSpy>(m_window.get(), &MainWindow::alertsReset);
    m_resetsExpected = 0;
    m_window->setBackend(m_core->backend.get());
    m_window->show();
    // The first list is a reset, never notified: what follows it is news.
    QVERIFY(reset());
}

void TestAlertNotifications::cleanup()
{
    m_resets.reset();
    m_notifications.reset();
    m_notifier.reset();
    m_window.reset();
    m_core.reset();
    dunstctl({qs("close-all")});
    QFile::remove(qEnvironmentVariable("NOTIFY_MENU_CHOICE"));
}

void TestAlertNotifications::shouldNotifyANewCriticalAlertOnce()
{
    // Given: the window live on the core, with a minor alert already there
    QSignalSpy changes(m_window.get(), &MainWindow::alertsChanged);
    QVERIFY(receivedChangeOf(changes, m_core->send(qs("db01"), qs("minor"))));

    // When: a critical alert arrives
    QSignalSpy notices(m_notifications.get(), &AlertNotifications::noticeShown);
    const QString id = m_core->send(qs("web01"), qs("critical"));

    // Then: one notification, about it
    QTRY_COMPARE_WITH_TIMEOUT(notices.count(), 1, WaitMs);
    const auto notice = notices.first().first().value<Notice>();
    QCOMPARE(notice.kind, Notice::Kind::NewAlert);
    QCOMPARE(notice.alertIds, QStringList{id});
    QTRY_COMPARE_WITH_TIMEOUT(displayed(), 1, WaitMs);

    // When: it is received again (a duplicate), and a minor one arrives
    changes.clear();
    m_core->send(qs("web01"), qs("critical"));
    QVERIFY(receivedChangeOf(changes, id));
    QVERIFY(receivedChangeOf(changes, m_core->send(qs("db02"), qs("minor"))));

    // Then: nothing more
    QVERIFY(daemonCaughtUp());
    QCOMPARE(notices.count(), 1);
    QCOMPARE(received(), 1);
}

void TestAlertNotifications::shouldNotNotifyAgainAfterARefreshADuplicateOrAReconnection()
{
    // Given: a new critical alert, notified
    QSignalSpy notices(m_notifications.get(), &AlertNotifications::noticeShown);
    QSignalSpy changes(m_window.get(), &MainWindow::alertsChanged);
    const QString id = m_core->send(qs("web01"), qs("critical"));
    QTRY_COMPARE_WITH_TIMEOUT(notices.count(), 1, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(displayed(), 1, WaitMs);

    // When: the list is refreshed (F5: the backend reloads it)
    auto *refresh = m_window->findChild<QAction *>(qs("refreshAction"));
    QVERIFY(refresh);
    refresh->trigger();
    QVERIFY(reset());
    // and the alert repeats (a duplicate)
    changes.clear();
    m_core->send(qs("web01"), qs("critical"));
    QVERIFY(receivedChangeOf(changes, id));
    // and the connection is made again (the whole list arrives anew)
    m_window->setBackend(nullptr);
    m_window->setBackend(m_core->backend.get());
    QVERIFY(reset());
    QCOMPARE(m_resets->last().first().value<QList<Alert>>().size(), 1);
    // and it repeats once more after the reconnection
    changes.clear();
    m_core->send(qs("web01"), qs("critical"));
    QVERIFY(receivedChangeOf(changes, id));

    // Then: the daemon got exactly one notification, about it
    QVERIFY(daemonCaughtUp());
    QCOMPARE(notices.count(), 1);
    QCOMPARE(received(), 1);
    QCOMPARE(displayed(), 1);
    dunstctl({qs("close-all")});
    QTRY_COMPARE_WITH_TIMEOUT(closedSummaries().value(0), qs("critical: NodeDown on web01"), WaitMs);
}

void TestAlertNotifications::shouldAcknowledgeFromTheNotificationsContextMenu()
{
    // Given: a new critical alert, notified
    QSignalSpy shown(m_notifier.get(), &DesktopNotifier::shown);
    const QString id = m_core->send(qs("web01"), qs("critical"));
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(displayed(), 1, WaitMs);

    // When: the operator picks Acknowledge in the notification's context menu (dunst's menu, through dmenu)
    QVERIFY(pickFromContextMenu(qs("ack")));

    // Then: the alert is acknowledged on the core, by the console's operator
    QTRY_COMPARE_WITH_TIMEOUT(m_core->statusOf(id), qs("ack"), WaitMs);
    // And: the notification is gone from the screen, into the daemon's history
    QTRY_COMPARE_WITH_TIMEOUT(displayed(), 0, WaitMs);
    QCOMPARE(closedSummaries().value(0), qs("critical: NodeDown on web01"));
    // And: the menu offered it by its label, on the notification's summary
    QFile offered(qEnvironmentVariable("NOTIFY_MENU_OFFERED"));
    QVERIFY(offered.open(QIODevice::ReadOnly));
    const QString menu = QString::fromUtf8(offered.readAll());
    QVERIFY2(
        menu.contains(qs("#Acknowledge (critical: NodeDown on web01) [%1,ack]").arg(shown.first().first().toUInt())),
        qPrintable(menu));
}

void TestAlertNotifications::shouldSummariseAStormInOneNotification()
{
    // Given: more new critical alerts at once than the storm threshold (3), in one change of the list
    m_core->backend->setBatchInterval(std::chrono::milliseconds(300));
    QSignalSpy notices(m_notifications.get(), &AlertNotifications::noticeShown);
    QSignalSpy changes(m_window.get(), &MainWindow::alertsChanged);
    QStringList ids;
    for (int i = 1; i <= 5; ++i)
        ids.append(m_core->send(qs("web%1").arg(i), qs("critical")));
    for (const QString &id : std::as_const(ids))
        QVERIFY(receivedChangeOf(changes, id));

    // Then: one summary notification in the daemon, counting them
    QVERIFY(daemonCaughtUp());
    QCOMPARE(notices.count(), 1);
    const auto notice = notices.first().first().value<Notice>();
    QCOMPARE(notice.kind, Notice::Kind::Summary);
    QCOMPARE(QSet<QString>(notice.alertIds.cbegin(), notice.alertIds.cend()), QSet<QString>(ids.cbegin(), ids.cend()));
    QTRY_COMPARE_WITH_TIMEOUT(displayed(), 1, WaitMs);
    QCOMPARE(received(), 1);
    dunstctl({qs("close-all")});
    // (no translation is loaded: the source text's plural)
    QTRY_COMPARE_WITH_TIMEOUT(closedSummaries().value(0), qs("5 new critical alert(s) in Production"), WaitMs);
}

void TestAlertNotifications::shouldStayQuietDuringQuietHours()
{
    // (shared: the clock outlives this function until cleanup())
    const auto now = std::make_shared<QDateTime>(QDate::currentDate(), QTime(23, 30));
    m_notifications->setClock([now] { return *now; });
    m_notifications->setRules(nightsQuiet());
    QSignalSpy notices(m_notifications.get(), &AlertNotifications::noticeShown);
    QSignalSpy changes(m_window.get(), &MainWindow::alertsChanged);

    // When: a new critical alert arrives during the quiet hours
    const QString night = m_core->send(qs("web01"), qs("critical"));
    QVERIFY(receivedChangeOf(changes, night));

    // Then: nothing reaches the daemon
    QVERIFY(daemonCaughtUp());
    QCOMPARE(notices.count(), 0);
    QCOMPARE(received(), 0);

    // When: the morning comes; the night's alert repeats and a new one arrives
    *now = QDateTime(QDate::currentDate().addDays(1), QTime(8, 0));
    changes.clear();
    m_core->send(qs("web01"), qs("critical"));
    QVERIFY(receivedChangeOf(changes, night));
    const QString morning = m_core->send(qs("web02"), qs("critical"));
    QVERIFY(receivedChangeOf(changes, morning));

    // Then: the night's alert is not notified late; the new one is
    QVERIFY(daemonCaughtUp());
    QCOMPARE(notices.count(), 1);
    QCOMPARE(notices.first().first().value<Notice>().alertIds, QStringList{morning});
    QTRY_COMPARE_WITH_TIMEOUT(displayed(), 1, WaitMs);
    QCOMPARE(received(), 1);
    dunstctl({qs("close-all")});
    QTRY_COMPARE_WITH_TIMEOUT(closedSummaries().value(0), qs("critical: NodeDown on web02"), WaitMs);
}

void TestAlertNotifications::shouldStayQuietWhileMuted()
{
    const auto muted = std::make_shared<bool>(true);
    m_notifications->setMuted([muted] { return *muted; });
    QSignalSpy notices(m_notifications.get(), &AlertNotifications::noticeShown);
    QSignalSpy changes(m_window.get(), &MainWindow::alertsChanged);
    const QString whileMuted = m_core->send(qs("web01"), qs("critical"));
    QVERIFY(receivedChangeOf(changes, whileMuted));
    QVERIFY(daemonCaughtUp());
    QCOMPARE(notices.count(), 0);
    QCOMPARE(received(), 0);

    // When: unmuted, what arrived while muted stays quiet; the next one is told
    *muted = false;
    changes.clear();
    m_core->send(qs("web01"), qs("critical"));
    QVERIFY(receivedChangeOf(changes, whileMuted));
    const QString next = m_core->send(qs("web02"), qs("critical"));
    QVERIFY(receivedChangeOf(changes, next));
    QVERIFY(daemonCaughtUp());
    QCOMPARE(notices.count(), 1);
    QCOMPARE(notices.first().first().value<Notice>().alertIds, QStringList{next});
    QTRY_COMPARE_WITH_TIMEOUT(displayed(), 1, WaitMs);
    QCOMPARE(received(), 1);
}

QTEST_MAIN(TestAlertNotifications)
#include "testalertnotifications.moc"
