// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
// Desktop notifications of a main window's alerts, end to end: a real embedded core, the window, and a real dunst
// on a private D-Bus session and display (tests/support/notifysession.sh runs this executable).
#include "tests/support/testtext.h"
#include "tests/ui/consolefixture.h"
#include "ui/alertnotifications.h"
#include "ui/desktopnotifier.h"
#include "ui/mainwindow.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class TestAlertNotifications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void shouldNotifyANewCriticalAlertOnce();
    void shouldAcknowledgeFromTheNotification();
    void shouldStayQuietWhileMuted();

private:
    static QByteArray dunstctl(const QStringList &arguments);
    static int displayed() { return dunstctl({qs("count"), qs("displayed")}).trimmed().toInt(); }

    std::unique_ptr<ConsoleFixture> m_core;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<DesktopNotifier> m_notifier;
    std::unique_ptr<AlertNotifications> m_notifications;
};

namespace {
constexpr int WaitMs = 10000;
} // namespace

QByteArray TestAlertNotifications::dunstctl(const QStringList &arguments)
{
    QProcess process;
    process.start(qs("dunstctl"), arguments);
    process.waitForFinished(WaitMs);
    return process.readAllStandardOutput();
}

void TestAlertNotifications::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(DesktopNotifier().isAvailable(), "no notification service: run through tests/support/notifysession.sh");
}

void TestAlertNotifications::init()
{
    m_core = std::make_unique<ConsoleFixture>();
    m_window = std::make_unique<MainWindow>();
    m_notifier = std::make_unique<DesktopNotifier>();
    m_notifications = std::make_unique<AlertNotifications>(*m_window, *m_notifier);
    m_window->setBackend(m_core->backend.get());
    m_window->show();
}

void TestAlertNotifications::cleanup()
{
    m_notifications.reset();
    m_notifier.reset();
    m_window.reset();
    m_core.reset();
    dunstctl({qs("close-all")});
}

void TestAlertNotifications::shouldNotifyANewCriticalAlertOnce()
{
    // Given: the window live on the core, with a minor alert already there
    m_core->send(qs("db01"), qs("minor"));
    QTest::qWait(300); // the first list is a reset: never notified

    // When: a critical alert arrives
    QSignalSpy shown(m_notifier.get(), &DesktopNotifier::shown);
    m_core->send(qs("web01"), qs("critical"));

    // Then: one notification, about it
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, WaitMs);
    QCOMPARE(shown.first().at(1).toStringList().size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(displayed(), 1, WaitMs);

    // When: it is received again (a duplicate), and a minor one arrives
    m_core->send(qs("web01"), qs("critical"));
    m_core->send(qs("db02"), qs("minor"));
    QTest::qWait(500); // a wrong second notification would be shown within this

    // Then: nothing more
    QCOMPARE(shown.count(), 1);
    QCOMPARE(displayed(), 1);
}

void TestAlertNotifications::shouldAcknowledgeFromTheNotification()
{
    QSignalSpy shown(m_notifier.get(), &DesktopNotifier::shown);
    const QString id = m_core->send(qs("web01"), qs("critical"));
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, WaitMs);

    // When: the operator clicks Ack on it (the daemon's ActionInvoked "ack" reaches the notifier as ackRequested)
    Q_EMIT m_notifier->ackRequested(shown.first().at(1).toStringList());

    // Then: acknowledged on the core, by the console's operator
    QTRY_COMPARE_WITH_TIMEOUT(m_core->statusOf(id), qs("ack"), WaitMs);

    // And: an alert the console never notified cannot be acknowledged that way
    const QString other = m_core->send(qs("db01"), qs("minor"));
    Q_EMIT m_notifier->ackRequested({other});
    QTest::qWait(300);
    QCOMPARE(m_core->statusOf(other), qs("open"));
}

void TestAlertNotifications::shouldStayQuietWhileMuted()
{
    bool muted = true;
    m_notifications->setMuted([&muted] { return muted; });
    QSignalSpy shown(m_notifier.get(), &DesktopNotifier::shown);
    m_core->send(qs("web01"), qs("critical"));
    QTest::qWait(500);
    QCOMPARE(shown.count(), 0);

    // When: unmuted, what arrived while muted stays quiet; the next one is told
    muted = false;
    m_core->send(qs("web01"), qs("critical"));
    m_core->send(qs("web02"), qs("critical"));
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, WaitMs);
    QTest::qWait(300);
    QCOMPARE(shown.count(), 1);
}

QTEST_MAIN(TestAlertNotifications)
#include "testalertnotifications.moc"
