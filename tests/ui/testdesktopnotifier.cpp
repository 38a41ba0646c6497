// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
// DesktopNotifier against a real notification daemon: dunst on a private D-Bus session and X display, which
// tests/support/notifysession.sh sets up around this executable. What dunst shows is read back with dunstctl.
#include "tests/support/dunstcontrol.h"
#include "tests/support/testtext.h"
#include "ui/desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using DunstControl::dunstctl;
using DunstControl::pickFromContextMenu;

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void shouldShowTheNoticeThroughTheDaemon_data();
    void shouldShowTheNoticeThroughTheDaemon();
    void shouldAskToOpenTheAlertsWhenTheNotificationIsClicked();
    void shouldIgnoreActionsOfOtherApplications();
    void shouldTellAckFromTheContextMenuWithItsRequester();
    void shouldWithdrawOnlyTheRequestersDealtWithNotifications();

private:
    /// The notification `id` from dunst's history of closed notifications (summary, body, message...); empty
    /// while it is not there.
    static QJsonObject closedNotification(uint id);
};

namespace {

constexpr int WaitMs = 10000;

Notice notice(const QString &severity, const QStringList &ids)
{
    Notice n;
    n.title = qs("%1: NodeDown on web01").arg(severity);
    n.text = qs("Production — not answering");
    n.severity = severity;
    n.environment = qs("Production");
    n.alertIds = ids;
    return n;
}

/// The `data` of one field of dunstctl's history (`{"type": "s", "data": "..."}`).
QString field(const QJsonObject &entry, const QString &name)
{
    return entry.value(name).toObject().value(qs("data")).toVariant().toString();
}

} // namespace

QJsonObject TestDesktopNotifier::closedNotification(uint id)
{
    for (const QJsonValue &entry : DunstControl::history()) {
        if (entry[qs("id")][qs("data")].toInteger() == qint64(id))
            return entry.toObject();
    }
    return {};
}

void TestDesktopNotifier::initTestCase()
{
    DesktopNotifier notifier;
    QVERIFY2(notifier.isAvailable(), "no notification service: run through tests/support/notifysession.sh");
}

void TestDesktopNotifier::cleanup()
{
    dunstctl({qs("close-all")});
}

void TestDesktopNotifier::shouldShowTheNoticeThroughTheDaemon_data()
{
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("urgency");
    QTest::newRow("critical is critical") << qs("critical") << qs("CRITICAL");
    QTest::newRow("major is normal") << qs("major") << qs("NORMAL");
}

void TestDesktopNotifier::shouldShowTheNoticeThroughTheDaemon()
{
    QFETCH(QString, severity);
    QFETCH(QString, urgency);
    // When: a notice is shown
    DesktopNotifier notifier;
    QSignalSpy shown(&notifier, &DesktopNotifier::shown);
    notifier.show(notice(severity, {qs("a1")}), true);

    // Then: the daemon displays exactly one, with the notice's words and urgency
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(dunstctl({qs("count"), qs("displayed")}).trimmed(), QByteArray("1"), WaitMs);
    dunstctl({qs("close-all")});
    const uint id = shown.first().first().toUInt();
    QJsonObject closed;
    QTRY_VERIFY_WITH_TIMEOUT(!(closed = closedNotification(id)).isEmpty(), WaitMs);
    QCOMPARE(field(closed, qs("summary")), qs("%1: NodeDown on web01").arg(severity));
    QCOMPARE(field(closed, qs("body")), qs("Production — not answering"));
    QCOMPARE(field(closed, qs("appname")), qs("Alerta Console"));
    // The daemon's rules mark the message with the urgency it got (notifysession.sh)
    QCOMPARE(field(closed, qs("message")), urgency + qs(" %1: NodeDown on web01").arg(severity));
}

void TestDesktopNotifier::shouldAskToOpenTheAlertsWhenTheNotificationIsClicked()
{
    DesktopNotifier notifier;
    QSignalSpy shown(&notifier, &DesktopNotifier::shown);
    QSignalSpy open(&notifier, &DesktopNotifier::openRequested);
    QSignalSpy ack(&notifier, &DesktopNotifier::ackRequested);
    notifier.show(notice(qs("critical"), {qs("a1"), qs("a2")}), true);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, WaitMs);

    // When: the operator clicks it (dunst's default action)
    dunstctl({qs("action"), qs("0")});

    // Then: the console is asked to open those alerts, not to acknowledge them
    QTRY_COMPARE_WITH_TIMEOUT(open.count(), 1, WaitMs);
    QCOMPARE(open.first().first().toStringList(), (QStringList{qs("a1"), qs("a2")}));
    QCOMPARE(ack.count(), 0);
}

void TestDesktopNotifier::shouldIgnoreActionsOfOtherApplications()
{
    // Given: a notification of another application, clicked
    DesktopNotifier notifier;
    QSignalSpy open(&notifier, &DesktopNotifier::openRequested);
    QDBusConnection otherApplication = QDBusConnection::connectToBus(QDBusConnection::SessionBus, qs("mail"));
    QDBusMessage notify = QDBusMessage::createMethodCall(qs("org.freedesktop.Notifications"),
                                                         qs("/org/freedesktop/Notifications"),
                                                         qs("org.freedesktop.Notifications"),
                                                         qs("Notify"));
    notify << qs("Mail") << uint(0) << QString() << qs("New mail") << qs("from ops")
           << QStringList{qs("default"), qs("Read")} << QVariantMap() << int(-1);
    QCOMPARE(otherApplication.call(notify).type(), QDBusMessage::ReplyMessage);
    QTRY_COMPARE_WITH_TIMEOUT(dunstctl({qs("count"), qs("displayed")}).trimmed(), QByteArray("1"), WaitMs);
    dunstctl({qs("action"), qs("0")});

    // Then: nothing for the console
    QTest::qWait(500); // a wrong openRequested would arrive within this
    QCOMPARE(open.count(), 0);
}

void TestDesktopNotifier::shouldTellAckFromTheContextMenuWithItsRequester()
{
    // Given: two notifications with Ack, each shown for another part of the console
    DesktopNotifier notifier;
    QObject first;
    QObject second;
    QSignalSpy shown(&notifier, &DesktopNotifier::shown);
    QSignalSpy ack(&notifier, &DesktopNotifier::ackRequested);
    QSignalSpy open(&notifier, &DesktopNotifier::openRequested);
    notifier.show(notice(qs("critical"), {qs("a1")}), true, &first);
    notifier.show(notice(qs("major"), {qs("a2")}), true, &second);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, WaitMs);
    const uint secondId = shown.at(0).at(1).toStringList() == QStringList{qs("a2")} ? shown.at(0).at(0).toUInt()
                                                                                    : shown.at(1).at(0).toUInt();

    // When: the operator picks Acknowledge of the second one in dunst's context menu
    QVERIFY(pickFromContextMenu(qs("%1,ack").arg(secondId)));

    // Then: its alerts are to be acknowledged, for the part that showed it
    QTRY_COMPARE_WITH_TIMEOUT(ack.count(), 1, WaitMs);
    QCOMPARE(ack.first().at(0).toStringList(), QStringList{qs("a2")});
    QCOMPARE(ack.first().at(1).value<QObject *>(), &second);
    QCOMPARE(open.count(), 0);
    // And: the menu offered Acknowledge by its label, on the notification's summary
    QFile offered(qEnvironmentVariable("NOTIFY_MENU_OFFERED"));
    QVERIFY(offered.open(QIODevice::ReadOnly));
    const QString menu = QString::fromUtf8(offered.readAll());
    QVERIFY2(menu.contains(qs("#Acknowledge (major: NodeDown on web01) [%1,ack]").arg(secondId)), qPrintable(menu));
}

void TestDesktopNotifier::shouldWithdrawOnlyTheRequestersDealtWithNotifications()
{
    // Given: notifications of two alerts and of both together for one part, and of the first for another
    DesktopNotifier notifier;
    QObject mine;
    QObject other;
    QSignalSpy shown(&notifier, &DesktopNotifier::shown);
    // (each with its own words: dunst stacks identical notifications into one)
    const auto about = [](const QStringList &ids, const QString &whose) {
        Notice n = notice(qs("critical"), ids);
        n.text = ids.join(qs(", ")) + qs(" of ") + whose;
        return n;
    };
    notifier.show(about({qs("a1")}, qs("mine")), true, &mine);
    notifier.show(about({qs("a2")}, qs("mine")), true, &mine);
    notifier.show(about({qs("a1"), qs("a2")}, qs("mine")), true, &mine);
    notifier.show(about({qs("a1")}, qs("other")), true, &other);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 4, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(dunstctl({qs("count"), qs("displayed")}).trimmed(), QByteArray("4"), WaitMs);

    // When: a1 was dealt with, for the first part
    notifier.withdraw({qs("a1")}, &mine);

    // Then: only its own notification about a1 alone is gone from the daemon
    QTRY_COMPARE_WITH_TIMEOUT(dunstctl({qs("count"), qs("displayed")}).trimmed(), QByteArray("3"), WaitMs);
    // (the daemon answers a connection's calls in order: the first answer is of the first notice)
    QTRY_VERIFY_WITH_TIMEOUT(!closedNotification(shown.at(0).at(0).toUInt()).isEmpty(), WaitMs);
    for (int i = 1; i < 4; ++i)
        QVERIFY(closedNotification(shown.at(i).at(0).toUInt()).isEmpty());
}

QTEST_MAIN(TestDesktopNotifier)
#include "testdesktopnotifier.moc"
