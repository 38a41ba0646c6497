// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QTest>

#include "core/alarmmodel.h"
#include "core/alert.h"

namespace {
namespace Sev {
const QString Critical = QStringLiteral("critical");
const QString Major = QStringLiteral("major");
const QString Minor = QStringLiteral("minor");
const QString Warning = QStringLiteral("warning");
const QString Indeterminate = QStringLiteral("indeterminate");
const QString Normal = QStringLiteral("normal");
const QString Ok = QStringLiteral("ok");
const QString Cleared = QStringLiteral("cleared");
} // namespace Sev

using namespace AlertStatus;

// The receive path passes no action and the incoming alert's status, which is `open` unless a sender or a
// pre-receive plugin chose another (spec §3.4).
AlarmModel::Input received(const QString &severity,
                           const QString &current,
                           const QString &previous = {},
                           const QString &previousSeverity = {})
{
    return {severity, current, previous, previousSeverity, {}, Open};
}

// Operator actions pass the stored alert, whose own status is the current one (spec §3.6).
AlarmModel::Input acted(const QString &action,
                        const QString &severity,
                        const QString &current,
                        const QString &previous = {},
                        const QString &previousSeverity = {})
{
    return {severity, current, previous, previousSeverity, action, current};
}

void addInputColumns()
{
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("currentStatus");
    QTest::addColumn<QString>("previousStatus");
    QTest::addColumn<QString>("previousSeverity");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("alertStatus");
}

AlarmModel::Input fetchInput()
{
    QFETCH(QString, severity);
    QFETCH(QString, currentStatus);
    QFETCH(QString, previousStatus);
    QFETCH(QString, previousSeverity);
    QFETCH(QString, action);
    QFETCH(QString, alertStatus);
    return {severity, currentStatus, previousStatus, previousSeverity, action, alertStatus};
}

QTestData &addInputRow(const char *name, const AlarmModel::Input &in)
{
    return QTest::newRow(name) << in.severity << in.currentStatus << in.previousStatus << in.previousSeverity
                               << in.action << in.alertStatus;
}

void transition(const char *name,
                const AlarmModel::Input &in,
                const char *rule,
                const QString &severity,
                const QString &status)
{
    addInputRow(name, in) << QString::fromLatin1(rule) << severity << status << 0 << QString();
}

void rejection(const char *name, const AlarmModel::Input &in, int code, const QString &message)
{
    addInputRow(name, in) << QString() << QString() << QString() << code << message;
}

QString invalidFor(const QString &state)
{
    return QStringLiteral("invalid action for current %1 status").arg(state);
}

QString alreadyIn(const QString &state)
{
    return QStringLiteral("alert is already in %1 status").arg(state);
}
} // namespace

class TestAlarmModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldApplyTheRuleTable_data();
    void shouldApplyTheRuleTable();
    void shouldFollowTheReceivePathBehaviour_data();
    void shouldFollowTheReceivePathBehaviour();
    void shouldListEverySeverityWhenRejectingAnUnknownOne();
    void shouldKnowTheStandardActions();
};

void TestAlarmModel::shouldApplyTheRuleTable_data()
{
    addInputColumns();
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("expectedSeverity");
    QTest::addColumn<QString>("expectedStatus");
    QTest::addColumn<int>("code"); // 0 = a transition, else the error's HTTP status
    QTest::addColumn<QString>("message");

    const QString notOneOf = QStringLiteral("Severity (x) is not one of security, critical, major, minor, warning, "
                                            "indeterminate, informational, normal, ok, cleared, debug, trace, unknown");
    rejection("unknown severity", received(QStringLiteral("x"), Open), 400, notOneOf);
    rejection("unknown severity before ACT-1",
              acted(QStringLiteral("escalate"), QStringLiteral("x"), Open),
              400,
              notOneOf);

    // ACT-1: custom actions leave severity and the alert's status alone, even a normal severity.
    transition("ACT-1", acted(QStringLiteral("escalate"), Sev::Major, Ack), "ACT-1", Sev::Major, Ack);
    transition("ACT-1 normal severity does not close",
               acted(QStringLiteral("escalate"), Sev::Normal, Open),
               "ACT-1",
               Sev::Normal,
               Open);

    // SET: a non-open incoming status chosen by the sender or a plugin.
    transition("SET-1", {Sev::Normal, Open, Open, {}, {}, Blackout}, "SET-1", Sev::Normal, Closed);
    transition("SET-1 ok becomes the normal severity",
               {Sev::Ok, Ack, Open, {}, {}, Blackout},
               "SET-1",
               Sev::Normal,
               Closed);
    transition("SET-*", {Sev::Major, Closed, Open, {}, {}, Blackout}, "SET-*", Sev::Major, Blackout);
    transition("SET-* sender status", {Sev::Minor, Open, Open, {}, {}, Ack}, "SET-*", Sev::Minor, Ack);

    transition("UNACK-1", acted(QStringLiteral("unack"), Sev::Major, Ack, Shelved), "UNACK-1", Sev::Major, Shelved);
    transition("UNACK-1 back to open", acted(QStringLiteral("unack"), Sev::Major, Ack), "UNACK-1", Sev::Major, Open);
    rejection("UNACK-1 409 when open", acted(QStringLiteral("unack"), Sev::Major, Open), 409, invalidFor(Open));
    rejection("UNACK-1 409 when closed", acted(QStringLiteral("unack"), Sev::Normal, Closed), 409, invalidFor(Closed));

    transition("UNSHL-1", acted(QStringLiteral("unshelve"), Sev::Major, Shelved, Ack), "UNSHL-1", Sev::Major, Ack);
    rejection("UNSHL-1 409 when ack", acted(QStringLiteral("unshelve"), Sev::Major, Ack), 409, invalidFor(Ack));

    transition("EXP-0", acted(QStringLiteral("expired"), Sev::Major, Ack), "EXP-0", Sev::Major, Expired);
    transition("EXP-0 before auto-close",
               acted(QStringLiteral("expired"), Sev::Normal, Closed),
               "EXP-0",
               Sev::Normal,
               Expired);

    transition("ACK-0", acted(QStringLiteral("timeout"), Sev::Major, Shelved, Ack), "ACK-0", Sev::Major, Ack);
    transition("OPEN-0", acted(QStringLiteral("timeout"), Sev::Major, Shelved, Open), "OPEN-0", Sev::Major, Open);
    transition("OPEN-0 unack timeout",
               acted(QStringLiteral("timeout"), Sev::Minor, Ack, Open),
               "OPEN-0",
               Sev::Minor,
               Open);

    rejection("OPEN 409 already open", acted(QStringLiteral("open"), Sev::Major, Open), 409, alreadyIn(Open));
    transition("OPEN-1", acted(QStringLiteral("ack"), Sev::Major, Open), "OPEN-1", Sev::Major, Ack);
    transition("OPEN-2", acted(QStringLiteral("shelve"), Sev::Major, Open), "OPEN-2", Sev::Major, Shelved);
    transition("OPEN-3", acted(QStringLiteral("close"), Sev::Major, Open), "OPEN-3", Sev::Normal, Closed);

    transition("ACK-1", acted(QStringLiteral("open"), Sev::Major, Ack), "ACK-1", Sev::Major, Open);
    rejection("ACK 409 already ack", acted(QStringLiteral("ack"), Sev::Major, Ack), 409, alreadyIn(Ack));
    transition("ACK-2", acted(QStringLiteral("shelve"), Sev::Major, Ack), "ACK-2", Sev::Major, Shelved);
    transition("ACK-3", acted(QStringLiteral("close"), Sev::Major, Ack), "ACK-3", Sev::Normal, Closed);
    transition("ACK-4", received(Sev::Major, Ack, Open, Sev::Minor), "ACK-4", Sev::Major, Open);
    transition("ACK-4 on assign",
               acted(QStringLiteral("assign"), Sev::Critical, Ack, Open, Sev::Warning),
               "ACK-4",
               Sev::Critical,
               Open);
    transition("ACK-4 not when PS is the default",
               received(Sev::Critical, Ack, Open, Sev::Indeterminate),
               "ALL-*",
               Sev::Critical,
               Ack);
    transition("ACK-4 not when PS is null (default)", received(Sev::Critical, Ack, Open), "ALL-*", Sev::Critical, Ack);
    transition("ACK-4 not when less severe", received(Sev::Minor, Ack, Open, Sev::Major), "ALL-*", Sev::Minor, Ack);
    transition("ACK-4 not when no change", received(Sev::Major, Ack, Open, Sev::Major), "ALL-*", Sev::Major, Ack);

    transition("SHL-1", acted(QStringLiteral("open"), Sev::Major, Shelved), "SHL-1", Sev::Major, Open);
    rejection("SHL 409 ack", acted(QStringLiteral("ack"), Sev::Major, Shelved), 409, invalidFor(Shelved));
    rejection("SHL 409 already shelved", acted(QStringLiteral("shelve"), Sev::Major, Shelved), 409, alreadyIn(Shelved));
    transition("SHL-2", acted(QStringLiteral("close"), Sev::Major, Shelved), "SHL-2", Sev::Normal, Closed);

    transition("BLK-1", acted(QStringLiteral("close"), Sev::Major, Blackout), "BLK-1", Sev::Normal, Closed);
    transition("BLK-2", received(Sev::Major, Blackout, Ack), "BLK-2", Sev::Major, Ack);
    transition("BLK-2 even for normal severity",
               received(Sev::Normal, Blackout, Shelved),
               "BLK-2",
               Sev::Normal,
               Shelved);
    transition("BLK-2 on an action",
               acted(QStringLiteral("ack"), Sev::Major, Blackout, Open),
               "BLK-2",
               Sev::Major,
               Open);
    transition("BLK-*", received(Sev::Major, Blackout, Blackout), "BLK-*", Sev::Major, Open);
    transition("BLK-* keeps the alert status on an action",
               acted(QStringLiteral("ack"), Sev::Major, Blackout, Blackout),
               "BLK-*",
               Sev::Major,
               Blackout);

    transition("CLS-1",
               acted(QStringLiteral("open"), Sev::Normal, Closed, Open, Sev::Major),
               "CLS-1",
               Sev::Major,
               Open);
    transition("CLS-1 null PS restores the default",
               acted(QStringLiteral("open"), Sev::Normal, Closed),
               "CLS-1",
               Sev::Indeterminate,
               Open);
    rejection("CLS 409 ack", acted(QStringLiteral("ack"), Sev::Normal, Closed), 409, invalidFor(Closed));
    rejection("CLS 409 shelve", acted(QStringLiteral("shelve"), Sev::Normal, Closed), 409, invalidFor(Closed));
    rejection("CLS 409 already closed", acted(QStringLiteral("close"), Sev::Normal, Closed), 409, alreadyIn(Closed));
    // Upstream returns the previous severity (PS) for CLS-2 and CLS-3, as for CLS-1.
    transition("CLS-2", received(Sev::Major, Closed, Shelved, Sev::Minor), "CLS-2", Sev::Minor, Shelved);
    transition("CLS-3", received(Sev::Major, Closed, Open, Sev::Minor), "CLS-3", Sev::Minor, Open);
    transition("CLS-3 on assign",
               acted(QStringLiteral("assign"), Sev::Major, Closed, Ack, Sev::Major),
               "CLS-3",
               Sev::Major,
               Open);

    transition("CLS-* from open", received(Sev::Normal, Open), "CLS-*", Sev::Normal, Closed);
    transition("CLS-* from ack with ok", received(Sev::Ok, Ack, Open, Sev::Major), "CLS-*", Sev::Normal, Closed);
    transition("CLS-* from shelved with cleared", received(Sev::Cleared, Shelved), "CLS-*", Sev::Normal, Closed);
    transition("CLS-* from closed", received(Sev::Normal, Closed, Open), "CLS-*", Sev::Normal, Closed);
    transition("CLS-* from expired", received(Sev::Normal, Expired), "CLS-*", Sev::Normal, Closed);
    transition("CLS-* from expired with open action",
               acted(QStringLiteral("open"), Sev::Normal, Expired),
               "CLS-*",
               Sev::Normal,
               Closed);
    transition("CLS-* from expired beats its 409",
               acted(QStringLiteral("ack"), Sev::Normal, Expired),
               "CLS-*",
               Sev::Normal,
               Closed);
    transition("CLS-* from assign", received(Sev::Normal, Assign), "CLS-*", Sev::Normal, Closed);
    transition("CLS-* on assign action",
               acted(QStringLiteral("assign"), Sev::Normal, Open),
               "CLS-*",
               Sev::Normal,
               Closed);

    transition("EXP-1", received(Sev::Major, Expired), "EXP-1", Sev::Major, Open);
    transition("EXP-1 open action", acted(QStringLiteral("open"), Sev::Major, Expired), "EXP-1", Sev::Major, Open);
    rejection("EXP 409 ack", acted(QStringLiteral("ack"), Sev::Major, Expired), 409, invalidFor(Expired));
    rejection("EXP 409 close", acted(QStringLiteral("close"), Sev::Major, Expired), 409, invalidFor(Expired));

    transition("ALL-* open", received(Sev::Major, Open), "ALL-*", Sev::Major, Open);
    transition("ALL-* shelved", received(Sev::Critical, Shelved, Open, Sev::Minor), "ALL-*", Sev::Critical, Shelved);
    transition("ALL-* assign action", acted(QStringLiteral("assign"), Sev::Major, Open), "ALL-*", Sev::Major, Open);
    transition("ALL-* unknown status", received(Sev::Major, Unknown), "ALL-*", Sev::Major, Unknown);
    transition("ALL-* null statuses read as open", received(Sev::Major, {}), "ALL-*", Sev::Major, Open);
}

void TestAlarmModel::shouldApplyTheRuleTable()
{
    QFETCH(QString, rule);
    QFETCH(QString, expectedSeverity);
    QFETCH(QString, expectedStatus);
    QFETCH(int, code);
    QFETCH(QString, message);

    // Given the ALERTA model with the default severity map
    const AlarmModel model(SeverityMap::alertaDefault());

    // When the row's severity, statuses and action are applied
    const Result<AlarmModel::Outcome> outcome = model.transition(fetchInput());

    // Then the row's rule fires with its (severity, status), or the row's error is returned
    if (code != 0) {
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, code);
        QCOMPARE(outcome.error().message, message);
        return;
    }
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
    QCOMPARE(outcome->rule, rule);
    QCOMPARE(outcome->status, expectedStatus);
    QCOMPARE(outcome->severity, expectedSeverity);
}

void TestAlarmModel::shouldFollowTheReceivePathBehaviour_data()
{
    QTest::addColumn<QString>("kind"); // new, duplicate or correlated
    QTest::addColumn<QString>("storedSeverity");
    QTest::addColumn<QString>("storedStatus");
    QTest::addColumn<QString>("statusBefore");
    QTest::addColumn<QString>("incomingSeverity");
    QTest::addColumn<QString>("expectedStatus");

    const QString dup = QStringLiteral("duplicate");
    const QString cor = QStringLiteral("correlated");
    const QString fresh = QStringLiteral("new");

    QTest::newRow("open + normal closes") << dup << Sev::Normal << Open << Open << Sev::Normal << Closed;
    QTest::newRow("ack + ok closes") << cor << Sev::Major << Ack << Open << Sev::Ok << Closed;
    QTest::newRow("shelved + cleared closes") << cor << Sev::Major << Shelved << Open << Sev::Cleared << Closed;
    QTest::newRow("closed + normal stays closed") << dup << Sev::Normal << Closed << Open << Sev::Normal << Closed;
    QTest::newRow("expired + normal closes") << cor << Sev::Major << Expired << Open << Sev::Normal << Closed;
    QTest::newRow("blackout returns to the status before it")
        << dup << Sev::Major << Blackout << Ack << Sev::Major << Ack;
    QTest::newRow("blackout returns to it even for normal")
        << cor << Sev::Major << Blackout << Shelved << Sev::Normal << Shelved;
    QTest::newRow("open + non-normal stays open") << cor << Sev::Minor << Open << Open << Sev::Major << Open;
    QTest::newRow("ack duplicate stays ack") << dup << Sev::Major << Ack << Open << Sev::Major << Ack;
    QTest::newRow("ack correlated more severe reopens") << cor << Sev::Minor << Ack << Open << Sev::Major << Open;
    QTest::newRow("ack correlated from indeterminate stays ack")
        << cor << Sev::Indeterminate << Ack << Open << Sev::Critical << Ack;
    QTest::newRow("ack correlated less severe stays ack") << cor << Sev::Major << Ack << Open << Sev::Minor << Ack;
    QTest::newRow("ack correlated same level stays ack") << cor << Sev::Major << Ack << Open << Sev::Major << Ack;
    QTest::newRow("shelved + non-normal stays shelved")
        << cor << Sev::Minor << Shelved << Open << Sev::Critical << Shelved;
    QTest::newRow("closed + non-normal reopens") << cor << Sev::Normal << Closed << Open << Sev::Major << Open;
    QTest::newRow("closed + non-normal back to shelved")
        << cor << Sev::Normal << Closed << Shelved << Sev::Major << Shelved;
    QTest::newRow("expired + non-normal reopens") << dup << Sev::Major << Expired << Open << Sev::Major << Open;
    QTest::newRow("new normal is created closed")
        << fresh << QString() << QString() << QString() << Sev::Normal << Closed;
    QTest::newRow("new ok is created closed") << fresh << QString() << QString() << QString() << Sev::Ok << Closed;
    QTest::newRow("new major is created open") << fresh << QString() << QString() << QString() << Sev::Major << Open;
}

void TestAlarmModel::shouldFollowTheReceivePathBehaviour()
{
    QFETCH(QString, kind);
    QFETCH(QString, storedSeverity);
    QFETCH(QString, storedStatus);
    QFETCH(QString, statusBefore);
    QFETCH(QString, incomingSeverity);
    QFETCH(QString, expectedStatus);

    // Given a stored alert (or none) and an incoming open alert, wired as the receive path does (spec §3.4):
    // duplicates pass no previous severity, correlation passes the stored one, a new alert has no history
    const AlarmModel model(SeverityMap::alertaDefault());
    AlarmModel::Input in;
    in.severity = incomingSeverity;
    in.currentStatus = storedStatus;
    in.previousStatus = statusBefore;
    in.previousSeverity = kind == QLatin1StringView("correlated") ? storedSeverity : QString();
    in.alertStatus = Open;

    // When the machine runs
    const Result<AlarmModel::Outcome> outcome = model.transition(in);

    // Then the status the receive path stores is the one of the spec's table
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->status, expectedStatus);
}

void TestAlarmModel::shouldListEverySeverityWhenRejectingAnUnknownOne()
{
    // Given the default map
    const AlarmModel model(SeverityMap::alertaDefault());

    // When a severity outside it is applied on the receive path
    const Result<AlarmModel::Outcome> outcome = model.transition(received(QStringLiteral("x"), Open));

    // Then upstream's message lists the severities in level order, ties in definition order
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().message,
             QStringLiteral("Severity (x) is not one of security, critical, major, minor, warning, indeterminate, "
                            "informational, normal, ok, cleared, debug, trace, unknown"));
}

void TestAlarmModel::shouldKnowTheStandardActions()
{
    // Given / When / Then: upstream's ACTION_ALL are standard, anything else is custom (ACT-1)
    for (const char *action : {"open", "assign", "ack", "unack", "shelve", "unshelve", "close", "expired", "timeout"})
        QVERIFY2(AlarmModel::isStandardAction(QString::fromLatin1(action)), action);
    QVERIFY(!AlarmModel::isStandardAction(QStringLiteral("escalate")));
    QVERIFY(!AlarmModel::isStandardAction(QStringLiteral("blackout")));
    QVERIFY(!AlarmModel::isStandardAction(QString()));
}

QTEST_GUILESS_MAIN(TestAlarmModel)
#include "testalarmmodel.moc"
