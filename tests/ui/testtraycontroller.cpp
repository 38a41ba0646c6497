// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
// TrayController in a real XEmbed tray: trayer on a private Xvfb display, which tests/support/traysession.sh sets
// up around this executable.
#include "models/alerttablemodel.h"
#include "tests/support/testtext.h"
#include "ui/traycontroller.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>
#include <QWindow>

#include <qpa/qwindowsysteminterface.h>

class TestTrayController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldDockInTheTray();
    void shouldShowTheWorstOpenSeverityAndTheCount();
    void shouldMuteForAWhile();
    void shouldBringTheWindowBackOnClick();
    void shouldKeepRunningInTheTrayWhenTheWindowIsClosed();
    void shouldOfferTheWindowsActionsAboveQuit();
};

namespace {

Alert alert(const QString &id, const QString &severity, const QString &status = qs("open"))
{
    Alert a;
    a.id = id;
    a.resource = id;
    a.event = qs("NodeDown");
    a.environment = qs("Production");
    a.severity = severity;
    a.status = status;
    a.lastReceiveId = id;
    return a;
}

/// The colour of the disc, just inside its top edge (the number is in the middle).
QColor discColour(QSystemTrayIcon &icon)
{
    return icon.icon().pixmap(64).toImage().pixelColor(32, 6);
}

QAction *action(const TrayController &tray, const char *name)
{
    return tray.menu()->findChild<QAction *>(QString::fromLatin1(name));
}

} // namespace

void TestTrayController::initTestCase()
{
    // trayer takes the tray selection a moment after it starts
    QTRY_VERIFY2_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(),
                              "no system tray: run through tests/support/traysession.sh",
                              10000);
}

void TestTrayController::shouldDockInTheTray()
{
    AlertTableModel model;
    QWidget window;
    TrayController tray(model, &window);
    QVERIFY(tray.icon().isVisible());
    QVERIFY(tray.icon().contextMenu());
    // Docked: the tray gave the icon a place on the screen
    QTRY_VERIFY_WITH_TIMEOUT(tray.icon().geometry().isValid(), 10000);
    QCOMPARE(tray.toolTip(), qs("Alerta Console: no open alerts"));
    QCOMPARE(tray.openCount(), 0);
}

void TestTrayController::shouldShowTheWorstOpenSeverityAndTheCount()
{
    // Given: one critical and one minor alert open, a major one acknowledged
    AlertTableModel model;
    const ServerAlarmModel &alarm = model.alarmModel();
    QWidget window;
    TrayController tray(model, &window);
    model.resetAlerts(
        {alert(qs("a"), qs("critical")), alert(qs("b"), qs("minor")), alert(qs("c"), qs("major"), qs("ack"))});

    // Then: two open, painted critical, the counts in the tooltip (within the update pause)
    QTRY_COMPARE(tray.openCount(), 2);
    QCOMPARE(tray.worstSeverity(), qs("critical"));
    QCOMPARE(tray.toolTip(), qs("Alerta Console: 2 open alert(s)\n1 critical · 1 minor"));
    QCOMPARE(discColour(tray.icon()), QColor(alarm.severityColors.value(qs("critical"))));

    // When: the critical one is closed
    model.applyChanges({alert(qs("a"), qs("critical"), qs("closed"))}, {});

    // Then: the icon turns to minor's colour with one open
    QTRY_COMPARE(tray.openCount(), 1);
    QCOMPARE(tray.worstSeverity(), qs("minor"));
    QCOMPARE(discColour(tray.icon()), QColor(alarm.severityColors.value(qs("minor"))));

    // When: nothing is open any more: the normal colour, no number
    model.applyChanges({}, {qs("b")});
    QTRY_COMPARE(tray.openCount(), 0);
    QCOMPARE(discColour(tray.icon()), QColor(alarm.severityColors.value(qs("normal"))));
}

void TestTrayController::shouldMuteForAWhile()
{
    AlertTableModel model;
    QWidget window;
    TrayController tray(model, &window);
    QDateTime now(QDate(2026, 11, 26), QTime(14, 0));
    tray.setClock([&now] { return now; });
    QVERIFY(!tray.isMuted());
    QVERIFY(!action(tray, "trayUnmuteAction")->isEnabled());

    // When: Mute for 15 minutes
    action(tray, "trayMute15Action")->trigger();

    // Then: muted until 14:15, which the tooltip says, and Unmute is offered
    QVERIFY(tray.isMuted());
    QCOMPARE(tray.mutedUntil(), QDateTime(QDate(2026, 11, 26), QTime(14, 15)));
    QVERIFY(tray.toolTip().contains(qs("muted until")));
    QVERIFY(action(tray, "trayUnmuteAction")->isEnabled());

    // When: the quarter of an hour has passed
    now = now.addSecs(16 * 60);
    QVERIFY(!tray.isMuted());

    // When: muted for an hour, then unmuted by hand
    action(tray, "trayMute60Action")->trigger();
    QCOMPARE(tray.mutedUntil(), now.addSecs(3600));
    action(tray, "trayUnmuteAction")->trigger();
    QVERIFY(!tray.isMuted());
    QVERIFY(!tray.toolTip().contains(qs("muted")));
}

void TestTrayController::shouldBringTheWindowBackOnClick()
{
    AlertTableModel model;
    QWidget window;
    TrayController tray(model, &window);
    window.hide();

    // When: the icon is clicked
    Q_EMIT tray.icon().activated(QSystemTrayIcon::Trigger);

    // Then: the window is shown again
    QTRY_VERIFY(window.isVisible());
}

void TestTrayController::shouldKeepRunningInTheTrayWhenTheWindowIsClosed()
{
    AlertTableModel model;
    QWidget window;
    TrayController tray(model, &window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy hidden(&tray, &TrayController::hiddenToTray);

    // Without close-to-tray, the close button closes.
    QWindowSystemInterface::handleCloseEvent<QWindowSystemInterface::SynchronousDelivery>(window.windowHandle());
    QVERIFY(!window.isVisible());
    QCOMPARE(hidden.size(), 0);

    // With it, the close button (what the window manager sends, as here) hides the window in the tray...
    tray.setCloseToTray(true);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QWindowSystemInterface::handleCloseEvent<QWindowSystemInterface::SynchronousDelivery>(window.windowHandle());
    QCOMPARE(hidden.size(), 1);
    QVERIFY(!window.isVisible());
    Q_EMIT tray.icon().activated(QSystemTrayIcon::Trigger);
    QTRY_VERIFY(window.isVisible());

    // ...while a close from inside the application (File → Quit closes every window) still closes.
    QVERIFY(window.close());
    QCOMPARE(hidden.size(), 1);
}

void TestTrayController::shouldOfferTheWindowsActionsAboveQuit()
{
    AlertTableModel model;
    QWidget window;
    TrayController tray(model, &window);
    QAction wall(QStringLiteral("Wall Display"));
    tray.addWindowAction(&wall);

    const QList<QAction *> actions = tray.menu()->actions();
    const qsizetype wallAt = actions.indexOf(&wall);
    QVERIFY(wallAt > 0);
    QCOMPARE(actions.at(wallAt + 1)->isSeparator(), true);
    QCOMPARE(actions.at(wallAt + 2)->objectName(), QStringLiteral("trayQuitAction"));
}

QTEST_MAIN(TestTrayController)
#include "testtraycontroller.moc"
