// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
// DesktopNotifier against a real notification daemon: dunst on a private D-Bus session and X display, which
// tests/support/notifysession.sh sets up around this executable. What dunst shows is read back with dunstctl.
#include "tests/support/testtext.h"
#include "ui/desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

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

private:
    /// Runs `dunstctl arguments`; its standard output.
    static QByteArray dunstctl(const QStringList &arguments);
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

QByteArray TestDesktopNotifier::dunstctl(const QStringList &arguments)
{
    QProcess process;
    process.start(qs("dunstctl"), arguments);
    if (!process.waitForFinished(WaitMs) || process.exitCode() != 0)
        qWarning() << "dunstctl" << arguments << "failed:" << process.readAllStandardError();
    return process.readAllStandardOutput();
}

QJsonObject TestDesktopNotifier::closedNotification(uint id)
{
    const QJsonArray data = QJsonDocument::fromJson(dunstctl({qs("history")})).object().value(qs("data")).toArray();
    for (const QJsonValue &entry : data.at(0).toArray()) {
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

QTEST_MAIN(TestDesktopNotifier)
#include "testdesktopnotifier.moc"
