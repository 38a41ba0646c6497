// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMap>
#include <QTest>

#include <functional>

#include "core/alertengine.h"
#include "tests/support/enginefixture.h"
#include "tests/support/testtext.h"

// Everything an operator does to a stored alert through AlertEngine: actions through the alarm model (spec §3.6),
// direct status changes (§3.7), tags, attributes, notes (§1.4), deletion, id look-ups (§0, §4.2) and the customer
// restriction of single-alert endpoints (§5.5).

namespace {

const QString Major = QStringLiteral("major");
const QString Normal = QStringLiteral("normal");
const QString Indeterminate = QStringLiteral("indeterminate");
const QString Dave = QStringLiteral("dave");

constexpr qint64 AlertTimeoutSetting = 5000; // ALERT_TIMEOUT, distinct from the alert's own timeout
constexpr qint64 OwnTimeout = 1800;          // the alert's own timeout

EngineConfig actionConfig()
{
    EngineConfig config = EngineFixture::defaultConfig();
    config.alertTimeout = AlertTimeoutSetting;
    return config;
}

/// web01/NodeDown, major, timeout 1800, created (open) through the receive path.
Alert baseAlert(const EngineFixture &f)
{
    Alert a = f.makeAlert(QStringLiteral("web01"), QStringLiteral("NodeDown"), Major);
    a.value = QStringLiteral("42");
    a.timeout = OwnTimeout;
    a.tags = {QStringLiteral("a"), QStringLiteral("b")};
    a.attributes = {{QStringLiteral("region"), QStringLiteral("eu")}, {QStringLiteral("owner"), QStringLiteral("ops")}};
    return a;
}

template<typename T>
QString errorText(const Result<T> &r)
{
    return r.ok() ? QString() : QString::number(r.error().code) + u' ' + r.error().message;
}

/// The fields an action may change, cleared, so that the rest can be compared whole.
Alert withoutActionFields(Alert a)
{
    a.status.clear();
    a.severity.clear();
    a.previousSeverity.clear();
    a.updateTime = 0;
    a.history.clear();
    return a;
}

std::optional<qint64> optionalSeconds(qint64 seconds)
{
    return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds);
}

/// What a single-alert operation answered: 0 for success, else the error's code and message.
struct Answer
{
    int code = 0;
    QString message;
};

template<typename T>
Answer answer(const Result<T> &r)
{
    return r.ok() ? Answer{} : Answer{r.error().code, r.error().message};
}

using Operation = std::function<Answer(AlertEngine &, const QString &id, const QString &noteId, const Caller &)>;

/// Every single-alert operation of the engine, by name, with harmless arguments.
const QMap<QString, Operation> &operations()
{
    static const QMap<QString, Operation> ops = {
        {QStringLiteral("alert"),
         [](AlertEngine &e, const QString &id, const QString &, const Caller &c) { return answer(e.alert(id, c)); }},
        {QStringLiteral("action"),
         [](AlertEngine &e, const QString &id, const QString &, const Caller &c) {
             return answer(e.action(id, QStringLiteral("ack"), {}, {}, c));
         }},
        {QStringLiteral("setStatus"),
         [](AlertEngine &e, const QString &id, const QString &, const Caller &c) {
             return answer(e.setStatus(id, QStringLiteral("ack"), {}, {}, c));
         }},
        {QStringLiteral("tag"),
         [](AlertEngine &e, const QString &id, const QString &, const Caller &c) {
             return answer(e.tag(id, {QStringLiteral("x")}, c));
         }},
        {QStringLiteral("untag"),
         [](AlertEngine &e, const QString &id, const QString &, const Caller &c) {
             return answer(e.untag(id, {QStringLiteral("a")}, c));
         }},
        {QStringLiteral("updateAttributes"),
         [](AlertEngine &e, const QString &id, const QString &, const Caller &c) {
             return answer(e.updateAttributes(id, {{QStringLiteral("k"), QStringLiteral("v")}}, c));
         }},
        {QStringLiteral("remove"),
         [](AlertEngine &e, const QString &id, const QString &, const Caller &c) { return answer(e.remove(id, c)); }},
        {QStringLiteral("addNote"),
         [](AlertEngine &e, const QString &id, const QString &, const Caller &c) {
             return answer(e.addNote(id, QStringLiteral("hello"), c));
         }},
        {QStringLiteral("notes"),
         [](AlertEngine &e, const QString &id, const QString &, const Caller &c) { return answer(e.notes(id, c)); }},
        {QStringLiteral("updateNote"),
         [](AlertEngine &e, const QString &id, const QString &noteId, const Caller &c) {
             return answer(e.updateNote(id, noteId, QStringLiteral("edited"), std::nullopt, c));
         }},
        {QStringLiteral("deleteNote"),
         [](AlertEngine &e, const QString &id, const QString &noteId, const Caller &c) {
             return answer(e.deleteNote(id, noteId, c));
         }},
    };
    return ops;
}

/// The 404 message of an operation when the alert does not resolve (spec §4.2).
QString notFoundMessage(const QString &operation)
{
    return operation == QLatin1StringView("updateNote") || operation == QLatin1StringView("deleteNote")
        ? QStringLiteral("alert not found")
        : QStringLiteral("not found");
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void shouldApplyAction_data();
    void shouldApplyAction();
    void shouldRecordActionTimeout_data();
    void shouldRecordActionTimeout();
    void shouldUseActionTextOrDefault_data();
    void shouldUseActionTextOrDefault();
    void shouldReturnToStatusBeforeAckOrShelve_data();
    void shouldReturnToStatusBeforeAckOrShelve();
    void shouldRejectEmptyAction();

    void shouldSetStatusWithoutAlarmModel_data();
    void shouldSetStatusWithoutAlarmModel();
    void shouldFeedSetStatusIntoReceivePath();
    void shouldRejectEmptyStatus();

    void shouldTagAndUntag_data();
    void shouldTagAndUntag();
    void shouldMergeAttributes_data();
    void shouldMergeAttributes();

    void shouldAddNoteWithHistoryEntry();
    void shouldRejectEmptyNote();
    void shouldUpdateNote();
    void shouldRejectNoteUpdates_data();
    void shouldRejectNoteUpdates();
    void shouldDeleteNoteWithDismissEntry();

    void shouldRemoveAlert();
    void shouldFindAlertByIdPrefixOrLastReceiveId_data();
    void shouldFindAlertByIdPrefixOrLastReceiveId();
    void shouldFindAlertWithSenderChosenMixedCaseId();
    void shouldAnswer404ForUnknownId_data();
    void shouldAnswer404ForUnknownId();
    void shouldHideAlertsOutsideCallerCustomers_data();
    void shouldHideAlertsOutsideCallerCustomers();
};

void TestActions::initTestCase()
{
    // One store per test row: keep the store's "opened" lines out of the output.
    QLoggingCategory::setFilterRules(QStringLiteral("alerta.*.info=false"));
}

void TestActions::shouldApplyAction_data()
{
    QTest::addColumn<QStringList>("setup"); // EngineFixture::applySteps, from a new open major alert
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("expectedCode"); // 0 = success
    QTest::addColumn<QString>("expectedStatus");
    QTest::addColumn<QString>("expectedSeverity");
    QTest::addColumn<QString>("expectedPreviousSeverity");
    QTest::addColumn<QString>("expectedMessage");

    const auto ok = [](const char *name,
                       const QStringList &setup,
                       const QString &action,
                       const QString &status,
                       const QString &severity = Major,
                       const QString &previousSeverity = Indeterminate) {
        QTest::newRow(name) << setup << action << 0 << status << severity << previousSeverity << QString();
    };
    const auto conflict =
        [](const char *name, const QStringList &setup, const QString &action, const QString &message) {
            QTest::newRow(name) << setup << action << 409 << QString() << QString() << QString() << message;
        };
    const QString open = QStringLiteral("open");
    const QString ack = QStringLiteral("ack");
    const QString shelved = QStringLiteral("shelved");
    const QString closed = QStringLiteral("closed");
    const QString expired = QStringLiteral("expired");
    const QStringList fromOpen;
    const QStringList fromAck = {ack};
    const QStringList fromShelved = {QStringLiteral("shelve")};
    const QStringList fromClosed = {QStringLiteral("close")};
    const QStringList fromExpired = {expired};
    const QString custom = QStringLiteral("investigate");

    // clang-format off
    ok("open: ack",                   fromOpen, ack, ack);
    ok("open: shelve",                fromOpen, qs("shelve"), shelved);
    ok("open: close",                 fromOpen, qs("close"), closed, Normal, Major);
    conflict("open: open",            fromOpen, open, qs("alert is already in open status"));
    conflict("open: unack",           fromOpen, qs("unack"), qs("invalid action for current open status"));
    conflict("open: unshelve",        fromOpen, qs("unshelve"), qs("invalid action for current open status"));
    ok("open: expired",               fromOpen, expired, expired);
    ok("open: timeout",               fromOpen, qs("timeout"), open);
    ok("open: assign",                fromOpen, qs("assign"), open);
    ok("open: custom",                fromOpen, custom, open);

    ok("ack: open",                   fromAck, open, open);
    conflict("ack: ack",              fromAck, ack, qs("alert is already in ack status"));
    ok("ack: shelve",                 fromAck, qs("shelve"), shelved);
    ok("ack: close",                  fromAck, qs("close"), closed, Normal, Major);
    ok("ack: unack",                  fromAck, qs("unack"), open);
    conflict("ack: unshelve",         fromAck, qs("unshelve"), qs("invalid action for current ack status"));
    ok("ack: expired",                fromAck, expired, expired);
    ok("ack: timeout",                fromAck, qs("timeout"), open);
    ok("ack: assign",                 fromAck, qs("assign"), ack);
    ok("ack: custom",                 fromAck, custom, ack);

    ok("shelved: open",               fromShelved, open, open);
    conflict("shelved: ack",          fromShelved, ack, qs("invalid action for current shelved status"));
    conflict("shelved: shelve",       fromShelved, qs("shelve"), qs("alert is already in shelved status"));
    ok("shelved: close",              fromShelved, qs("close"), closed, Normal, Major);
    ok("shelved: unshelve",           fromShelved, qs("unshelve"), open);
    conflict("shelved: unack",        fromShelved, qs("unack"), qs("invalid action for current shelved status"));
    ok("shelved: timeout",            fromShelved, qs("timeout"), open);
    ok("shelved: custom",             fromShelved, custom, shelved);

    ok("ack, shelve: unshelve",       QStringList{ack, qs("shelve")}, qs("unshelve"), ack);
    ok("ack, shelve: timeout",        QStringList{ack, qs("shelve")}, qs("timeout"), ack);
    ok("ack, shelve, unshelve: unack", QStringList{ack, qs("shelve"), qs("unshelve")}, qs("unack"), open);
    conflict("ack, unack: unack",     QStringList{ack, qs("unack")}, qs("unack"),
             qs("invalid action for current open status"));

    ok("closed: open restores severity", fromClosed, open, open, Major, Normal);
    conflict("closed: ack",           fromClosed, ack, qs("invalid action for current closed status"));
    conflict("closed: shelve",        fromClosed, qs("shelve"), qs("invalid action for current closed status"));
    conflict("closed: close",         fromClosed, qs("close"), qs("alert is already in closed status"));
    conflict("closed: unack",         fromClosed, qs("unack"), qs("invalid action for current closed status"));
    conflict("closed: unshelve",      fromClosed, qs("unshelve"), qs("invalid action for current closed status"));
    ok("closed: custom",              fromClosed, custom, closed, Normal, Major);
    ok("closed: expired",             fromClosed, expired, expired, Normal, Major);
    ok("closed by normal: open",      qsl({"recv normal"}), open, open, Major, Normal);
    ok("closed by ok: open",          qsl({"recv ok"}), open, open, Major, qs("ok"));

    ok("expired: open",               fromExpired, open, open);
    conflict("expired: ack",          fromExpired, ack, qs("invalid action for current expired status"));
    conflict("expired: shelve",       fromExpired, qs("shelve"), qs("invalid action for current expired status"));
    conflict("expired: close",        fromExpired, qs("close"), qs("invalid action for current expired status"));
    ok("expired: expired",            fromExpired, expired, expired);
    ok("expired: custom",             fromExpired, custom, expired);
    // clang-format on
}

void TestActions::shouldApplyAction()
{
    QFETCH(QStringList, setup);
    QFETCH(QString, action);
    QFETCH(int, expectedCode);
    QFETCH(QString, expectedStatus);
    QFETCH(QString, expectedSeverity);
    QFETCH(QString, expectedPreviousSeverity);
    QFETCH(QString, expectedMessage);

    // Given: a major alert (timeout 1800) taken through `setup`
    EngineFixture f(actionConfig());
    const Alert base = baseAlert(f);
    QVERIFY(f.engine->receive(base).ok());
    const QString failed = f.applySteps(base, setup);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    const Alert before = *f.engine->alert(base.id);

    // When: dave takes `action` a minute later
    f.clock->advanceSeconds(60);
    const VoidResult s = f.engine->action(base.id, action, {}, {}, Caller{Dave, {}, {}});
    const Result<Alert> after = f.engine->alert(base.id);
    QVERIFY2(after.ok(), qPrintable(errorText(after)));

    // Then, for a rejected transition: 409 with the exact message and nothing stored
    if (expectedCode != 0) {
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, expectedCode);
        QCOMPARE(s.error().message, expectedMessage);
        QVERIFY(*after == before);
        return;
    }

    // Then, for an accepted one: the machine's status and severity, previousSeverity only when severity changed
    QVERIFY2(s.ok(), qPrintable(errorText(s)));
    QCOMPARE(after->status, expectedStatus);
    QCOMPARE(after->severity, expectedSeverity);
    QCOMPARE(after->previousSeverity, expectedPreviousSeverity);
    QCOMPARE(after->updateTime, f.clock->now());
    // And: nothing else changes, in particular not the alert's own timeout
    QVERIFY(withoutActionFields(*after) == withoutActionFields(before));
    QCOMPARE(after->timeout, std::optional<qint64>(OwnTimeout));
    // And: one history entry for the action, stamped with the alert id, server time and the caller
    QCOMPARE(after->history.size(), before.history.size() + 1);
    const HistoryEntry &h = after->history.first();
    QCOMPARE(h.type, AlarmModel::isStandardAction(action) ? action : QStringLiteral("action"));
    QCOMPARE(h.id, base.id);
    QCOMPARE(h.event, base.event);
    QCOMPARE(h.severity, expectedSeverity);
    QCOMPARE(h.status, expectedStatus);
    QCOMPARE(h.value, base.value);
    QCOMPARE(h.text, QString(action + u" operator action"));
    QCOMPARE(h.updateTime, f.clock->now());
    QCOMPARE(h.user, Dave);
}

void TestActions::shouldRecordActionTimeout_data()
{
    QTest::addColumn<qint64>("ackTimeout");    // ACK_TIMEOUT
    QTest::addColumn<qint64>("shelveTimeout"); // SHELVE_TIMEOUT
    QTest::addColumn<qint64>("ownTimeout");    // the alert's timeout when created
    QTest::addColumn<QStringList>("setup");
    QTest::addColumn<QString>("action");
    QTest::addColumn<qint64>("requested"); // -1: absent
    QTest::addColumn<qint64>("expected");

    const QStringList none;
    const QStringList acked = {QStringLiteral("ack")};
    const QStringList shelved = {QStringLiteral("shelve")};
    const QString ack = QStringLiteral("ack");
    const QString unack = QStringLiteral("unack");
    const QString shelve = QStringLiteral("shelve");
    const QString unshelve = QStringLiteral("unshelve");
    const QString timeout = QStringLiteral("timeout");
    const QString close = QStringLiteral("close");
    // ALERT_TIMEOUT is 5000 in every row.
    // clang-format off
    QTest::newRow("ack: ACK_TIMEOUT 0")
        << 0LL << 7200LL << 1800LL << none << ack << -1LL << 0LL;
    QTest::newRow("ack: ACK_TIMEOUT 600")
        << 600LL << 7200LL << 1800LL << none << ack << -1LL << 600LL;
    QTest::newRow("ack: request wins")
        << 600LL << 7200LL << 1800LL << none << ack << 300LL << 300LL;
    QTest::newRow("ack: request 0 falls back")
        << 600LL << 7200LL << 1800LL << none << ack << 0LL << 600LL;
    QTest::newRow("shelve: SHELVE_TIMEOUT default")
        << 0LL << 7200LL << 1800LL << none << shelve << -1LL << 7200LL;
    QTest::newRow("shelve: SHELVE_TIMEOUT 3600")
        << 0LL << 3600LL << 1800LL << none << shelve << -1LL << 3600LL;
    QTest::newRow("shelve: request wins")
        << 0LL << 3600LL << 1800LL << none << shelve << 120LL << 120LL;
    QTest::newRow("shelve: request 0 falls back")
        << 0LL << 3600LL << 1800LL << none << shelve << 0LL << 3600LL;
    QTest::newRow("unack: pre-ack entry's timeout")
        << 600LL << 7200LL << 1800LL << acked << unack << -1LL << 1800LL;
    QTest::newRow("unack: pre-ack entry, not the newest")
        << 600LL << 7200LL << 1800LL << QStringList{ack, qs("note n")} << unack << -1LL << 1800LL;
    QTest::newRow("unack: request wins")
        << 600LL << 7200LL << 1800LL << acked << unack << 60LL << 60LL;
    QTest::newRow("unack: pre-ack 0, ACK_TIMEOUT")
        << 600LL << 7200LL << 0LL << acked << unack << -1LL << 600LL;
    QTest::newRow("unack: all zero")
        << 0LL << 7200LL << 0LL << acked << unack << -1LL << 0LL;
    QTest::newRow("unshelve: pre-shelve entry's timeout")
        << 0LL << 3600LL << 1800LL << shelved << unshelve << -1LL << 1800LL;
    QTest::newRow("unshelve: pre-shelve is the ack entry")
        << 600LL << 3600LL << 1800LL << QStringList{ack, shelve} << unshelve << -1LL << 600LL;
    QTest::newRow("unshelve: pre-shelve 0, SHELVE_TIMEOUT")
        << 0LL << 3600LL << 0LL << shelved << unshelve << -1LL << 3600LL;
    QTest::newRow("unshelve: request wins")
        << 0LL << 3600LL << 1800LL << shelved << unshelve << 60LL << 60LL;
    QTest::newRow("timeout: previous entry's timeout")
        << 0LL << 3600LL << 1800LL << QStringList{qs("recv major timeout=900"), shelve} << timeout << -1LL << 1800LL;
    QTest::newRow("timeout: previous 0, alert timeout")
        << 0LL << 3600LL << 0LL << QStringList{qs("recv major timeout=900"), shelve} << timeout << -1LL << 900LL;
    QTest::newRow("timeout: all 0, ALERT_TIMEOUT")
        << 0LL << 3600LL << 0LL << shelved << timeout << -1LL << 5000LL;
    QTest::newRow("timeout: request wins")
        << 0LL << 3600LL << 1800LL << shelved << timeout << 77LL << 77LL;
    QTest::newRow("close: alert timeout")
        << 600LL << 3600LL << 1800LL << none << close << -1LL << 1800LL;
    QTest::newRow("close: alert's current timeout")
        << 600LL << 3600LL << 1800LL << qsl({"recv major timeout=900"}) << close << -1LL << 900LL;
    QTest::newRow("close: alert timeout 0, ALERT_TIMEOUT")
        << 600LL << 3600LL << 0LL << none << close << -1LL << 5000LL;
    QTest::newRow("close: request wins")
        << 600LL << 3600LL << 1800LL << none << close << 42LL << 42LL;
    QTest::newRow("open: alert timeout")
        << 600LL << 3600LL << 1800LL << acked << qs("open") << -1LL << 1800LL;
    QTest::newRow("expired: alert timeout")
        << 600LL << 3600LL << 1800LL << none << qs("expired") << -1LL << 1800LL;
    QTest::newRow("assign: alert timeout")
        << 600LL << 3600LL << 1800LL << none << qs("assign") << -1LL << 1800LL;
    QTest::newRow("custom: alert timeout")
        << 600LL << 3600LL << 1800LL << none << qs("investigate") << -1LL << 1800LL;
    QTest::newRow("custom: request wins")
        << 600LL << 3600LL << 1800LL << none << qs("investigate") << 5LL << 5LL;
    // clang-format on
}

void TestActions::shouldRecordActionTimeout()
{
    QFETCH(qint64, ackTimeout);
    QFETCH(qint64, shelveTimeout);
    QFETCH(qint64, ownTimeout);
    QFETCH(QStringList, setup);
    QFETCH(QString, action);
    QFETCH(qint64, requested);
    QFETCH(qint64, expected);

    // Given: ACK_TIMEOUT, SHELVE_TIMEOUT as in the row (ALERT_TIMEOUT 5000) and an alert taken through `setup`
    EngineConfig config = actionConfig();
    config.ackTimeout = ackTimeout;
    config.shelveTimeout = shelveTimeout;
    EngineFixture f(config);
    Alert base = baseAlert(f);
    base.timeout = ownTimeout;
    QVERIFY(f.engine->receive(base).ok());
    const QString failed = f.applySteps(base, setup);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    const Alert before = *f.engine->alert(base.id);

    // When: the action is taken with the requested timeout
    f.clock->advanceSeconds(10);
    const VoidResult s = f.engine->action(base.id, action, {}, optionalSeconds(requested));
    QVERIFY2(s.ok(), qPrintable(errorText(s)));

    // Then: the entry records the timeout of the fallback chain, and the alert's own timeout is untouched
    const Alert after = *f.engine->alert(base.id);
    QCOMPARE(after.history.first().type, AlarmModel::isStandardAction(action) ? action : QStringLiteral("action"));
    QCOMPARE(after.history.first().timeout, std::optional<qint64>(expected));
    QCOMPARE(after.timeout, before.timeout);
}

void TestActions::shouldUseActionTextOrDefault_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ack, absent") << QStringLiteral("ack") << QString() << QStringLiteral("ack operator action");
    QTest::newRow("ack, given") << QStringLiteral("ack") << QStringLiteral("on it") << QStringLiteral("on it");
    QTest::newRow("ack, empty stays empty") << QStringLiteral("ack") << QStringLiteral("") << QStringLiteral("");
    QTest::newRow("close, absent") << QStringLiteral("close") << QString() << QStringLiteral("close operator action");
    QTest::newRow("custom, absent") << QStringLiteral("investigate") << QString()
                                    << QStringLiteral("investigate operator action");
}

void TestActions::shouldUseActionTextOrDefault()
{
    QFETCH(QString, action);
    QFETCH(QString, text);
    QFETCH(QString, expected);

    // Given
    EngineFixture f(actionConfig());
    const Alert base = baseAlert(f);
    QVERIFY(f.engine->receive(base).ok());

    // When
    QVERIFY(f.engine->action(base.id, action, text).ok());

    // Then
    const Alert after = *f.engine->alert(base.id);
    QCOMPARE(after.history.first().text, expected);
    QCOMPARE(after.history.first().text.isNull(), false);
}

void TestActions::shouldReturnToStatusBeforeAckOrShelve_data()
{
    QTest::addColumn<int>("historyLimit");
    QTest::addColumn<QStringList>("steps"); // actions, or `note <text>`
    QTest::addColumn<QStringList>("expectedStatuses");

    // clang-format off
    QTest::newRow("ack, shelve, unshelve, unack")
        << 100 << qsl({"ack", "shelve", "unshelve", "unack"})
                                                  << qsl({"ack", "shelved", "ack", "open"});
    QTest::newRow("ack, unack, ack, unack")
        << 100 << qsl({"ack", "unack", "ack", "unack"})
                                                  << qsl({"ack", "open", "ack", "open"});
    QTest::newRow("ack, note, unack")
        << 100 << qsl({"ack", "note n", "unack"})
                                                  << qsl({"ack", "ack", "open"});
    QTest::newRow("ack, shelve, note, unshelve")
        << 100 << qsl({"ack", "shelve", "note n", "unshelve"})
                                                  << qsl({"ack", "shelved", "shelved", "ack"});
    QTest::newRow("shelve, unshelve")
        << 100 << qsl({"shelve", "unshelve"})
                                                  << qsl({"shelved", "open"});
    QTest::newRow("close, open, ack")
        << 100 << qsl({"close", "open", "ack"})
                                                  << qsl({"closed", "open", "ack"});
    QTest::newRow("limit 2: ack, shelve, unshelve")
        << 2 << qsl({"ack", "shelve", "unshelve"})
                                                    << qsl({"ack", "shelved", "ack"});
    // The pre-shelve entry was evicted by HISTORY_LIMIT: back to open.
    QTest::newRow("limit 1: ack, shelve, unshelve")
        << 1 << qsl({"ack", "shelve", "unshelve"})
                                                    << qsl({"ack", "shelved", "open"});
    // clang-format on
}

void TestActions::shouldReturnToStatusBeforeAckOrShelve()
{
    QFETCH(int, historyLimit);
    QFETCH(QStringList, steps);
    QFETCH(QStringList, expectedStatuses);

    // Given: HISTORY_LIMIT = historyLimit and a new open alert
    EngineConfig config = actionConfig();
    config.historyLimit = historyLimit;
    EngineFixture f(config);
    const Alert base = baseAlert(f);
    QVERIFY(f.engine->receive(base).ok());

    // When: the steps are taken one by one
    QStringList statuses;
    for (const QString &step : steps) {
        const QString failed = f.applySteps(base, {step});
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        statuses.append(f.engine->alert(base.id)->status);
    }

    // Then: each step leads to the expected status
    QCOMPARE(statuses, expectedStatuses);
    QVERIFY(f.engine->alert(base.id)->history.size() <= historyLimit);
}

void TestActions::shouldRejectEmptyAction()
{
    // Given
    EngineFixture f(actionConfig());
    const Alert base = baseAlert(f);
    QVERIFY(f.engine->receive(base).ok());

    // When
    const VoidResult s = f.engine->action(base.id, QString());

    // Then
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, 400);
    QCOMPARE(s.error().message, QStringLiteral("must supply 'action' as json data"));
}

void TestActions::shouldSetStatusWithoutAlarmModel_data()
{
    QTest::addColumn<QStringList>("setup");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("timeout"); // -1: absent
    QTest::addColumn<qint64>("expectedEntryTimeout");
    QTest::addColumn<qint64>("expectedAlertTimeout"); // -1: null
    QTest::addColumn<QString>("expectedText");

    const QStringList none;
    // clang-format off
    QTest::newRow("any string, no timeout: null [quirk]")
        << none << qs("foo") << qs("why") << -1LL << 5000LL << -1LL << qs("why");
    QTest::newRow("closed keeps severity")
        << none << qs("closed") << qs("x") << 120LL << 120LL << 120LL << qs("x");
    QTest::newRow("open on open: no 409")
        << none << qs("open") << qs("x") << 120LL << 120LL << 120LL << qs("x");
    QTest::newRow("ack on closed: no 409")
        << qsl({"close"}) << qs("ack") << qs("x") << 60LL << 60LL << 60LL << qs("x");
    QTest::newRow("shelved on expired")
        << qsl({"expired"}) << qs("shelved") << qs("x") << 60LL << 60LL << 60LL << qs("x");
    QTest::newRow("timeout 0 stored, entry falls back")
        << none << qs("ack") << qs("x") << 0LL << 5000LL << 0LL << qs("x");
    QTest::newRow("text absent: empty")
        << none << qs("ack") << QString() << 60LL << 60LL << 60LL << qs("");
    // clang-format on
}

void TestActions::shouldSetStatusWithoutAlarmModel()
{
    QFETCH(QStringList, setup);
    QFETCH(QString, status);
    QFETCH(QString, text);
    QFETCH(qint64, timeout);
    QFETCH(qint64, expectedEntryTimeout);
    QFETCH(qint64, expectedAlertTimeout);
    QFETCH(QString, expectedText);

    // Given: ALERT_TIMEOUT 5000 and an alert (timeout 1800) taken through `setup`
    EngineFixture f(actionConfig());
    const Alert base = baseAlert(f);
    QVERIFY(f.engine->receive(base).ok());
    const QString failed = f.applySteps(base, setup);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    const Alert before = *f.engine->alert(base.id);

    // When: dave sets the status directly
    f.clock->advanceSeconds(30);
    const VoidResult s = f.engine->setStatus(base.id, status, text, optionalSeconds(timeout), Caller{Dave, {}, {}});
    QVERIFY2(s.ok(), qPrintable(errorText(s)));

    // Then: exactly that status, no state machine (severity untouched), timeout overwritten
    const Alert after = *f.engine->alert(base.id);
    QCOMPARE(after.status, status);
    QCOMPARE(after.severity, before.severity);
    QCOMPARE(after.previousSeverity, before.previousSeverity);
    QCOMPARE(after.updateTime, f.clock->now());
    QCOMPARE(after.timeout, optionalSeconds(expectedAlertTimeout));
    Alert rest = after;
    rest.status = before.status;
    rest.updateTime = before.updateTime;
    rest.timeout = before.timeout;
    rest.history = before.history;
    QVERIFY(rest == before);
    // And: a `status` entry with the alert id, the request timeout or ALERT_TIMEOUT
    QCOMPARE(after.history.size(), before.history.size() + 1);
    const HistoryEntry &h = after.history.first();
    QCOMPARE(h.type, QStringLiteral("status"));
    QCOMPARE(h.id, base.id);
    QCOMPARE(h.status, status);
    QCOMPARE(h.severity, before.severity);
    QCOMPARE(h.event, before.event);
    QCOMPARE(h.value, before.value);
    QCOMPARE(h.text, expectedText);
    QCOMPARE(h.text.isNull(), false);
    QCOMPARE(h.updateTime, f.clock->now());
    QCOMPARE(h.user, Dave);
    QCOMPARE(h.timeout, std::optional<qint64>(expectedEntryTimeout));
}

void TestActions::shouldFeedSetStatusIntoReceivePath()
{
    // Given: an open alert whose status was set to ack directly
    EngineFixture f(actionConfig());
    const Alert base = baseAlert(f);
    QVERIFY(f.engine->receive(base).ok());
    QVERIFY(f.engine->setStatus(base.id, QStringLiteral("ack")).ok());

    // When: a duplicate arrives
    Alert dup = base;
    dup.id = newId();
    QVERIFY(f.engine->receive(dup).ok());

    // Then: the state machine saw the ack, as for an ack action
    QCOMPARE(f.engine->alert(base.id)->status, QStringLiteral("ack"));

    // When: and an unack action follows
    QVERIFY(f.engine->action(base.id, QStringLiteral("unack")).ok());

    // Then: it is accepted
    QCOMPARE(f.engine->alert(base.id)->status, QStringLiteral("open"));
}

void TestActions::shouldRejectEmptyStatus()
{
    // Given
    EngineFixture f(actionConfig());
    const Alert base = baseAlert(f);
    QVERIFY(f.engine->receive(base).ok());

    // When
    const VoidResult s = f.engine->setStatus(base.id, QString());

    // Then
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, 400);
    QCOMPARE(s.error().message, QStringLiteral("must supply 'status' as json data"));
    QCOMPARE(f.engine->alert(base.id)->history.size(), 1);
}

void TestActions::shouldTagAndUntag_data()
{
    QTest::addColumn<QStringList>("initial");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QString>("expected"); // sorted, comma-joined

    const QString tag = QStringLiteral("tag");
    const QString untag = QStringLiteral("untag");
    // clang-format off
    QTest::newRow("tag adds")
        << qsl({"a"}) << tag << qsl({"b"}) << qs("a,b");
    QTest::newRow("tag is a set union")
        << qsl({"a", "b"}) << tag << qsl({"b", "c"}) << qs("a,b,c");
    QTest::newRow("tag with repeats")
        << qsl({"a"}) << tag << qsl({"c", "c"}) << qs("a,c");
    QTest::newRow("tag onto none")
        << QStringList{} << tag << qsl({"watch:alice"}) << qs("watch:alice");
    QTest::newRow("untag removes")
        << qsl({"a", "b", "c"}) << untag << qsl({"b"}) << qs("a,c");
    QTest::newRow("untag missing is a no-op")
        << qsl({"a"}) << untag << qsl({"z"}) << qs("a");
    QTest::newRow("untag all")
        << qsl({"a", "b"}) << untag << qsl({"b", "a"}) << QString();
    // clang-format on
}

void TestActions::shouldTagAndUntag()
{
    QFETCH(QStringList, initial);
    QFETCH(QString, operation);
    QFETCH(QStringList, tags);
    QFETCH(QString, expected);

    // Given: an alert with the initial tags
    EngineFixture f(actionConfig());
    Alert base = baseAlert(f);
    base.tags = initial;
    QVERIFY(f.engine->receive(base).ok());
    const Alert before = *f.engine->alert(base.id);

    // When: tagged or untagged later
    f.clock->advanceSeconds(30);
    const VoidResult s =
        operation == QLatin1StringView("tag") ? f.engine->tag(base.id, tags) : f.engine->untag(base.id, tags);
    QVERIFY2(s.ok(), qPrintable(errorText(s)));

    // Then: only the tags change: no updateTime, no history entry
    Alert after = *f.engine->alert(base.id);
    QStringList sorted = after.tags;
    sorted.sort();
    QCOMPARE(sorted.join(u','), expected);
    QCOMPARE(after.updateTime, before.updateTime);
    after.tags = before.tags;
    QVERIFY(after == before);
}

void TestActions::shouldMergeAttributes_data()
{
    QTest::addColumn<QJsonObject>("change");
    QTest::addColumn<QString>("expected"); // compact JSON, keys sorted

    // Initial: {"owner":"ops","region":"eu","cfg":{"a":1,"b":2}}
    // clang-format off
    QTest::newRow("merge, incoming wins")
        << QJsonObject{{qs("owner"), qs("dev")}, {qs("rack"), qs("r1")}}
        << QStringLiteral(R"({"cfg":{"a":1,"b":2},"owner":"dev","rack":"r1","region":"eu"})");
    QTest::newRow("null deletes")
        << QJsonObject{{qs("owner"), QJsonValue::Null}}
        << QStringLiteral(R"({"cfg":{"a":1,"b":2},"region":"eu"})");
    QTest::newRow("null for absent key")
        << QJsonObject{{qs("zzz"), QJsonValue::Null}}
        << QStringLiteral(R"({"cfg":{"a":1,"b":2},"owner":"ops","region":"eu"})");
    QTest::newRow("shallow: object replaced")
        << QJsonObject{{qs("cfg"), QJsonObject{{qs("b"), 3}}}}
        << QStringLiteral(R"({"cfg":{"b":3},"owner":"ops","region":"eu"})");
    QTest::newRow("empty change")
        << QJsonObject{}
        << QStringLiteral(R"({"cfg":{"a":1,"b":2},"owner":"ops","region":"eu"})");
    // clang-format on
}

void TestActions::shouldMergeAttributes()
{
    QFETCH(QJsonObject, change);
    QFETCH(QString, expected);

    // Given
    EngineFixture f(actionConfig());
    Alert base = baseAlert(f);
    base.attributes =
        QJsonObject{{QStringLiteral("owner"), QStringLiteral("ops")},
                    {QStringLiteral("region"), QStringLiteral("eu")},
                    {QStringLiteral("cfg"), QJsonObject{{QStringLiteral("a"), 1}, {QStringLiteral("b"), 2}}}};
    QVERIFY(f.engine->receive(base).ok());
    const Alert before = *f.engine->alert(base.id);

    // When
    f.clock->advanceSeconds(30);
    QVERIFY(f.engine->updateAttributes(base.id, change).ok());

    // Then: shallow merge, null deletes; nothing else changes (no updateTime, no history)
    Alert after = *f.engine->alert(base.id);
    QCOMPARE(QString::fromUtf8(QJsonDocument(after.attributes).toJson(QJsonDocument::Compact)), expected);
    after.attributes = before.attributes;
    QVERIFY(after == before);
}

void TestActions::shouldAddNoteWithHistoryEntry()
{
    // Given: an acked alert of customer C
    EngineFixture f(actionConfig());
    Alert base = baseAlert(f);
    base.customer = QStringLiteral("C");
    QVERIFY(f.engine->receive(base).ok());
    QVERIFY(f.engine->action(base.id, QStringLiteral("ack")).ok());
    const Alert before = *f.engine->alert(base.id);

    // When: dave adds a note a minute later
    f.clock->advanceSeconds(60);
    const Result<Note> note = f.engine->addNote(base.id, QStringLiteral("rebooting"), Caller{Dave, {}, {}});

    // Then: the note carries the §1.4 fields with a snapshot of the alert
    QVERIFY2(note.ok(), qPrintable(errorText(note)));
    QVERIFY(!QUuid::fromString(note->id).isNull());
    QVERIFY(note->id != base.id);
    QCOMPARE(note->text, QStringLiteral("rebooting"));
    QCOMPARE(note->user, Dave);
    QCOMPARE(note->type, QStringLiteral("alert"));
    QCOMPARE(note->createTime, f.clock->now());
    QCOMPARE(note->updateTime, f.clock->now());
    QCOMPARE(note->alertId, base.id);
    QCOMPARE(note->customer, QStringLiteral("C"));
    QCOMPARE(QString::fromUtf8(QJsonDocument(note->attributes).toJson(QJsonDocument::Compact)),
             QStringLiteral(R"({"environment":"Production","event":"NodeDown","resource":"web01","severity":"major",)"
                            R"("status":"ack"})"));
    // And: it is listed, as stored
    const Result<QList<Note>> notes = f.engine->notes(base.id);
    QVERIFY2(notes.ok(), qPrintable(errorText(notes)));
    QCOMPARE(notes->size(), 1);
    QVERIFY(notes->first() == *note);
    // And: a `note` entry with the note id; the alert itself (updateTime included) is unchanged
    Alert after = *f.engine->alert(base.id);
    QCOMPARE(after.history.size(), before.history.size() + 1);
    const HistoryEntry &h = after.history.first();
    QCOMPARE(h.type, QStringLiteral("note"));
    QCOMPARE(h.id, note->id);
    QCOMPARE(h.text, QStringLiteral("rebooting"));
    QCOMPARE(h.user, Dave);
    QCOMPARE(h.updateTime, f.clock->now());
    QCOMPARE(h.status, QStringLiteral("ack"));
    QCOMPARE(h.severity, Major);
    QCOMPARE(h.event, base.event);
    after.history = before.history;
    QVERIFY(after == before);
}

void TestActions::shouldRejectEmptyNote()
{
    // Given
    EngineFixture f(actionConfig());
    const Alert base = baseAlert(f);
    QVERIFY(f.engine->receive(base).ok());

    // When
    const Result<Note> note = f.engine->addNote(base.id, QString());

    // Then
    QVERIFY(!note.ok());
    QCOMPARE(note.error().code, 400);
    QCOMPARE(note.error().message, QStringLiteral("must supply 'note' text"));
    QCOMPARE(f.engine->alert(base.id)->history.size(), 1);
    QCOMPARE(f.engine->notes(base.id)->size(), 0);
}

void TestActions::shouldUpdateNote()
{
    // Given: a note added by dave
    EngineFixture f(actionConfig());
    const Alert base = baseAlert(f);
    QVERIFY(f.engine->receive(base).ok());
    const Note original = *f.engine->addNote(base.id, QStringLiteral("first"), Caller{Dave, {}, {}});

    // When: erin changes its text and attributes later
    f.clock->advanceSeconds(60);
    const Result<Note> updated = f.engine->updateNote(
        base.id,
        original.id,
        QStringLiteral("second"),
        QJsonObject{{QStringLiteral("status"), QStringLiteral("closed")}, {QStringLiteral("extra"), 1}},
        Caller{QStringLiteral("erin"), {}, {}});

    // Then: text replaced, attributes merged, user is the caller, updateTime moves, createTime does not
    QVERIFY2(updated.ok(), qPrintable(errorText(updated)));
    QCOMPARE(updated->id, original.id);
    QCOMPARE(updated->text, QStringLiteral("second"));
    QCOMPARE(updated->user, QStringLiteral("erin"));
    QCOMPARE(updated->createTime, original.createTime);
    QCOMPARE(updated->updateTime, f.clock->now());
    QCOMPARE(updated->attributes.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
    QCOMPARE(updated->attributes.value(QStringLiteral("extra")).toInt(), 1);
    QCOMPARE(updated->attributes.value(QStringLiteral("resource")).toString(), QStringLiteral("web01"));
    // And: stored so
    const QList<Note> notes = *f.engine->notes(base.id);
    QCOMPARE(notes.size(), 1);
    QVERIFY(notes.first() == *updated);
}

void TestActions::shouldRejectNoteUpdates_data()
{
    QTest::addColumn<QString>("alertKey"); // own, other, unknown
    QTest::addColumn<QString>("noteKey");  // own, other, unknown
    QTest::addColumn<bool>("withText");
    QTest::addColumn<int>("expectedCode");
    QTest::addColumn<QString>("expectedMessage");

    // clang-format off
    QTest::newRow("nothing to change")
        << qs("own") << qs("own") << false << 400 << qs("nothing to change");
    QTest::newRow("unknown note")
        << qs("own") << qs("unknown") << true << 404 << qs("note not found");
    QTest::newRow("note of another alert")
        << qs("own") << qs("other") << true << 404 << qs("note not found");
    QTest::newRow("unknown alert")
        << qs("unknown") << qs("own") << true << 404 << qs("alert not found");
    // clang-format on
}

void TestActions::shouldRejectNoteUpdates()
{
    QFETCH(QString, alertKey);
    QFETCH(QString, noteKey);
    QFETCH(bool, withText);
    QFETCH(int, expectedCode);
    QFETCH(QString, expectedMessage);

    // Given: two alerts with one note each
    EngineFixture f(actionConfig());
    const Alert own = baseAlert(f);
    const Alert other = f.makeAlert(QStringLiteral("web02"), QStringLiteral("NodeDown"), Major);
    QVERIFY(f.engine->receive(own).ok());
    QVERIFY(f.engine->receive(other).ok());
    const Note ownNote = *f.engine->addNote(own.id, QStringLiteral("mine"));
    const Note otherNote = *f.engine->addNote(other.id, QStringLiteral("theirs"));
    const QHash<QString, QString> alertIds = {{QStringLiteral("own"), own.id}, {QStringLiteral("unknown"), newId()}};
    const QHash<QString, QString> noteIds = {{QStringLiteral("own"), ownNote.id},
                                             {QStringLiteral("other"), otherNote.id},
                                             {QStringLiteral("unknown"), newId()}};

    // When: the update is refused, and so is a deletion with the same ids
    const Result<Note> updated =
        f.engine->updateNote(alertIds.value(alertKey),
                             noteIds.value(noteKey),
                             withText ? std::optional<QString>(QStringLiteral("x")) : std::nullopt,
                             std::nullopt);
    const VoidResult deleted =
        withText ? f.engine->deleteNote(alertIds.value(alertKey), noteIds.value(noteKey)) : VoidResult(Ok{});

    // Then
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().code, expectedCode);
    QCOMPARE(updated.error().message, expectedMessage);
    if (withText) {
        QVERIFY(!deleted.ok());
        QCOMPARE(deleted.error().code, expectedCode);
        QCOMPARE(deleted.error().message, expectedMessage);
    }
    // And: both notes are untouched
    QVERIFY(f.engine->notes(own.id)->value(0) == ownNote);
    QVERIFY(f.engine->notes(other.id)->value(0) == otherNote);
}

void TestActions::shouldDeleteNoteWithDismissEntry()
{
    // Given: a note on an alert
    EngineFixture f(actionConfig());
    const Alert base = baseAlert(f);
    QVERIFY(f.engine->receive(base).ok());
    const Note note = *f.engine->addNote(base.id, QStringLiteral("first"), Caller{Dave, {}, {}});
    const Alert before = *f.engine->alert(base.id);

    // When: erin deletes it later
    f.clock->advanceSeconds(60);
    const VoidResult s = f.engine->deleteNote(base.id, note.id, Caller{QStringLiteral("erin"), {}, {}});

    // Then: gone, with a `dismiss` entry carrying the note id
    QVERIFY2(s.ok(), qPrintable(errorText(s)));
    QCOMPARE(f.engine->notes(base.id)->size(), 0);
    Alert after = *f.engine->alert(base.id);
    QCOMPARE(after.history.size(), before.history.size() + 1);
    const HistoryEntry &h = after.history.first();
    QCOMPARE(h.type, QStringLiteral("dismiss"));
    QCOMPARE(h.id, note.id);
    QCOMPARE(h.text, QStringLiteral("note dismissed"));
    QCOMPARE(h.user, QStringLiteral("erin"));
    QCOMPARE(h.updateTime, f.clock->now());
    after.history = before.history;
    QVERIFY(after == before);

    // When: deleted again
    const VoidResult again = f.engine->deleteNote(base.id, note.id);

    // Then: 404 note not found
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, 404);
    QCOMPARE(again.error().message, QStringLiteral("note not found"));
}

void TestActions::shouldRemoveAlert()
{
    // Given: two alerts, one with a note
    EngineFixture f(actionConfig());
    const Alert doomed = baseAlert(f);
    const Alert kept = f.makeAlert(QStringLiteral("web02"), QStringLiteral("NodeDown"), Major);
    QVERIFY(f.engine->receive(doomed).ok());
    QVERIFY(f.engine->receive(kept).ok());
    const Note note = *f.engine->addNote(doomed.id, QStringLiteral("bye"));
    const Alert keptBefore = *f.engine->alert(kept.id);

    // When: one is removed
    const VoidResult s = f.engine->remove(doomed.id);

    // Then: it is gone for every operation; the other is untouched
    QVERIFY2(s.ok(), qPrintable(errorText(s)));
    QCOMPARE(f.alertCount(), 1);
    QCOMPARE(f.engine->alert(doomed.id).error().code, 404);
    QCOMPARE(f.engine->notes(doomed.id).error().code, 404);
    QCOMPARE(f.engine->action(doomed.id, QStringLiteral("ack")).error().code, 404);
    const VoidResult again = f.engine->remove(doomed.id);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, 404);
    QCOMPARE(again.error().message, QStringLiteral("not found"));
    QVERIFY(*f.engine->alert(kept.id) == keptBefore);
    bool noteGone = false;
    f.store->read([&](AlertReader &reader) { noteGone = !reader.note(note.id).has_value(); });
    QVERIFY(noteGone);

    // When: the same alert is sent again
    Alert resent = doomed;
    resent.id = newId();
    const Result<ReceiveResult> r = f.engine->receive(resent);

    // Then: it is a new alert with a fresh history
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QVERIFY(r->kind == AlertChangeSet::Kind::Created);
    QCOMPARE(r->alert.id, resent.id);
    QCOMPARE(r->alert.duplicateCount, 0);
    QCOMPARE(r->alert.history.size(), 1);
    QCOMPARE(f.engine->notes(resent.id)->size(), 0);
}

void TestActions::shouldFindAlertByIdPrefixOrLastReceiveId_data()
{
    QTest::addColumn<QString>("key"); // how the look-up key is made
    QTest::addColumn<bool>("found");

    QTest::newRow("full id") << QStringLiteral("id") << true;
    QTest::newRow("8-character prefix") << QStringLiteral("prefix8") << true;
    QTest::newRow("upper-case prefix") << QStringLiteral("upperPrefix") << true;
    QTest::newRow("upper-case full id") << QStringLiteral("upperId") << true;
    QTest::newRow("lastReceiveId") << QStringLiteral("lastReceiveId") << true;
    QTest::newRow("lastReceiveId prefix") << QStringLiteral("lastReceivePrefix") << true;
    QTest::newRow("unknown id") << QStringLiteral("unknown") << false;
    QTest::newRow("id with extra characters") << QStringLiteral("idPlus") << false;
    QTest::newRow("empty") << QStringLiteral("empty") << false;
}

void TestActions::shouldFindAlertByIdPrefixOrLastReceiveId()
{
    QFETCH(QString, key);
    QFETCH(bool, found);

    // Given: alert A (duplicated once, by submission D) and alert B, with ids that share no prefix
    EngineFixture f(actionConfig());
    Alert a = baseAlert(f);
    a.id = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
    Alert b = f.makeAlert(QStringLiteral("web02"), QStringLiteral("NodeDown"), Major);
    b.id = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002");
    Alert d = a;
    d.id = QStringLiteral("dddddddd-0000-4000-8000-000000000003");
    QVERIFY(f.engine->receive(a).ok());
    QVERIFY(f.engine->receive(b).ok());
    QVERIFY(f.engine->receive(d).ok());
    const Alert bBefore = *f.engine->alert(b.id);
    const QHash<QString, QString> keys = {{QStringLiteral("id"), a.id},
                                          {QStringLiteral("prefix8"), a.id.left(8)},
                                          {QStringLiteral("upperPrefix"), a.id.left(8).toUpper()},
                                          {QStringLiteral("upperId"), a.id.toUpper()},
                                          {QStringLiteral("lastReceiveId"), d.id},
                                          {QStringLiteral("lastReceivePrefix"), d.id.left(8)},
                                          {QStringLiteral("unknown"), newId()},
                                          {QStringLiteral("idPlus"), a.id + u'0'},
                                          {QStringLiteral("empty"), QString()}};
    const QString lookup = keys.value(key);

    // When: A is looked up, then acked, by that key
    const Result<Alert> looked = f.engine->alert(lookup);
    const VoidResult acked = f.engine->action(lookup, QStringLiteral("ack"));

    // Then: both resolve to A (and never to B), or both answer 404 not found
    if (!found) {
        QCOMPARE(looked.ok(), false);
        QCOMPARE(looked.error().code, 404);
        QCOMPARE(looked.error().message, QStringLiteral("not found"));
        QCOMPARE(acked.ok(), false);
        QCOMPARE(acked.error().code, 404);
        QCOMPARE(f.engine->alert(a.id)->status, QStringLiteral("open"));
    } else {
        QVERIFY2(looked.ok(), qPrintable(errorText(looked)));
        QCOMPARE(looked->id, a.id);
        QCOMPARE(looked->lastReceiveId, d.id);
        QVERIFY2(acked.ok(), qPrintable(errorText(acked)));
        QCOMPARE(f.engine->alert(a.id)->status, QStringLiteral("ack"));
    }
    QVERIFY(*f.engine->alert(b.id) == bBefore);
}

void TestActions::shouldFindAlertWithSenderChosenMixedCaseId()
{
    // Given: a sender that chose its own id, in upper case (upstream keeps any id string as given)
    EngineFixture f(actionConfig());
    Alert a = baseAlert(f);
    a.id = QStringLiteral("ABCDEF01-0000-4000-8000-000000000001");
    const Result<ReceiveResult> created = f.engine->receive(a);
    QVERIFY2(created.ok(), qPrintable(errorText(created)));
    QCOMPARE(created->alert.id, a.id);

    // When: it is looked up by exactly that id, and by a lower-case prefix
    const Result<Alert> exact = f.engine->alert(a.id);
    const Result<Alert> lower = f.engine->alert(a.id.left(8).toLower());

    // Then: look-ups are case-insensitive "starts with" matches (spec §0, §10), so both find it
    QVERIFY2(exact.ok(), qPrintable(errorText(exact)));
    QVERIFY2(lower.ok(), qPrintable(errorText(lower)));

    // When: a duplicate arrives (matched by key, not by id)
    Alert dup = a;
    dup.id = newId();
    const Result<ReceiveResult> r = f.engine->receive(dup);

    // Then: it updates and answers with that alert
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(r->alert.id, a.id);
    QCOMPARE(r->alert.duplicateCount, 1);
}

void TestActions::shouldAnswer404ForUnknownId_data()
{
    QTest::addColumn<QString>("operation");
    for (auto it = operations().constBegin(); it != operations().constEnd(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key();
}

void TestActions::shouldAnswer404ForUnknownId()
{
    QFETCH(QString, operation);

    // Given: one stored alert with a note
    EngineFixture f(actionConfig());
    const Alert base = baseAlert(f);
    QVERIFY(f.engine->receive(base).ok());
    const Note note = *f.engine->addNote(base.id, QStringLiteral("n"));
    const Alert before = *f.engine->alert(base.id);

    // When: the operation names an id that does not exist
    const Answer a = operations().value(operation)(*f.engine, newId(), note.id, Caller{});

    // Then: 404 with the endpoint's message, and the stored alert is untouched
    QCOMPARE(a.code, 404);
    QCOMPARE(a.message, notFoundMessage(operation));
    QVERIFY(*f.engine->alert(base.id) == before);
    QCOMPARE(f.engine->notes(base.id)->size(), 1);
}

void TestActions::shouldHideAlertsOutsideCallerCustomers_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("alertCustomer"); // null: no customer
    QTest::addColumn<QStringList>("callerCustomers");
    QTest::addColumn<bool>("visible");

    struct Case
    {
        const char *name;
        QString alertCustomer;
        QStringList callerCustomers;
        bool visible;
    };
    const QList<Case> cases = {
        {"B to A", QStringLiteral("B"), {QStringLiteral("A")}, false},
        {"null to A", QString(), {QStringLiteral("A")}, false},
        {"A to A", QStringLiteral("A"), {QStringLiteral("A")}, true},
        {"B to A+B", QStringLiteral("B"), {QStringLiteral("A"), QStringLiteral("B")}, true},
        {"B to all", QStringLiteral("B"), {}, true},
        {"null to all", QString(), {}, true},
    };
    for (auto it = operations().constBegin(); it != operations().constEnd(); ++it) {
        for (const Case &c : cases) {
            QTest::addRow("%s, %s", qPrintable(it.key()), c.name)
                << it.key() << c.alertCustomer << c.callerCustomers << c.visible;
        }
    }
}

void TestActions::shouldHideAlertsOutsideCallerCustomers()
{
    QFETCH(QString, operation);
    QFETCH(QString, alertCustomer);
    QFETCH(QStringList, callerCustomers);
    QFETCH(bool, visible);

    // Given: an alert of `alertCustomer` with a note, stored by an unrestricted caller
    EngineFixture f(actionConfig());
    Alert base = baseAlert(f);
    base.customer = alertCustomer;
    QVERIFY(f.engine->receive(base).ok());
    const Note note = *f.engine->addNote(base.id, QStringLiteral("n"));
    const Alert before = *f.engine->alert(base.id);
    f.clock->advanceSeconds(5);

    // When: a caller restricted to `callerCustomers` runs the operation on it
    const Answer a = operations().value(operation)(*f.engine, base.id, note.id, Caller{Dave, callerCustomers, {}});

    // Then: it works when visible; otherwise 404 as if the alert did not exist, and nothing changes
    if (visible) {
        QVERIFY2(a.code == 0, qPrintable(QString::number(a.code) + u' ' + a.message));
        return;
    }
    QCOMPARE(a.code, 404);
    QCOMPARE(a.message, notFoundMessage(operation));
    const Result<Alert> after = f.engine->alert(base.id);
    QVERIFY2(after.ok(), qPrintable(errorText(after)));
    QVERIFY(*after == before);
    QCOMPARE(f.engine->notes(base.id)->size(), 1);
    QVERIFY(f.engine->notes(base.id)->first() == note);
}

QTEST_GUILESS_MAIN(TestActions)
#include "testactions.moc"
