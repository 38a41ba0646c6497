// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <chrono>

#include "core/alertengine.h"
#include "core/housekeeper.h"
#include "tests/support/enginefixture.h"
#include "tests/support/testtext.h"

// Housekeeping (spec §6, checklist §12 item 8): the two deletions by lastReceiveTime age, expiry by the alert's
// timeout, the end of shelves and acks by the timeout of their history entry, the order of those steps, what a run
// reports and writes, and the Housekeeper that runs it on a timer. Time comes from the fixture's ManualClock.

namespace {

using namespace std::chrono_literals;

const QString Major = QStringLiteral("major");
const QString Informational = QStringLiteral("informational");

constexpr qint64 Never = 0;
constexpr qint64 TenYears = 10LL * 365 * 86400 * 1000; // ms

/// Every timer of spec §6 off (no deletion, no expiry, no shelve or ack timeout); each test turns on what it checks.
EngineConfig quietConfig()
{
    EngineConfig config = EngineFixture::defaultConfig();
    config.deleteExpiredAfter = Never;
    config.deleteInfoAfter = Never;
    config.alertTimeout = 5000;
    config.shelveTimeout = Never;
    config.ackTimeout = Never;
    return config;
}

/// A new alert on `resource`, received now through the receive path; `timeout` < 0 stores a null timeout, as a
/// status change without timeout does (spec §3.7).
Alert received(EngineFixture &f, const QString &resource, const QString &severity, qint64 timeout)
{
    Alert a = f.makeAlert(resource, QStringLiteral("NodeDown"), severity);
    a.timeout = timeout < 0 ? 0 : timeout;
    const Result<ReceiveResult> r = f.engine->receive(a);
    if (!r)
        qFatal("receive failed: %s", qPrintable(r.error().message));
    if (timeout < 0 && !f.engine->setStatus(a.id, QStringLiteral("open"), QStringLiteral("")).ok())
        qFatal("setStatus failed");
    return a;
}

/// EngineFixture::applySteps, one second apart, where an action may carry a request timeout (`shelve:60`) and
/// `set <status>` changes the status directly (spec §3.7) with timeout 0, so that the alert never expires.
QString takeSteps(EngineFixture &f, const Alert &base, const QStringList &steps)
{
    for (const QString &step : steps) {
        if (step.startsWith(QLatin1StringView("recv")) || step.startsWith(QLatin1StringView("note"))) {
            if (const QString failed = f.applySteps(base, {step}); !failed.isEmpty())
                return failed;
            continue;
        }
        f.clock->advanceSeconds(1);
        if (step.startsWith(QLatin1StringView("set "))) {
            if (!f.engine->setStatus(base.id, step.mid(4), QStringLiteral(""), Never).ok())
                return step + QStringLiteral(": failed");
            continue;
        }
        const QString timeout = step.section(u':', 1);
        const VoidResult r =
            f.engine->action(base.id,
                             step.section(u':', 0, 0),
                             {},
                             timeout.isEmpty() ? std::nullopt : std::optional<qint64>(timeout.toLongLong()));
        if (!r)
            return step + QStringLiteral(": ") + r.error().message;
    }
    return {};
}

Alert stored(EngineFixture &f, const QString &id)
{
    const Result<Alert> a = f.engine->alert(id);
    if (!a)
        qFatal("alert %s not found", qPrintable(id));
    return *a;
}

bool exists(EngineFixture &f, const QString &id)
{
    return f.engine->alert(id).ok();
}

/// `expired=[..] unshelve=[..] unack=[..] count=n`, with resources for ids, so that a whole result compares at once.
QString describe(const HousekeepingResult &r, const QHash<QString, QString> &names = {})
{
    const auto list = [&names](const QStringList &ids) {
        QStringList out;
        for (const QString &id : ids)
            out.append(names.value(id, id));
        return out.join(u',');
    };
    return QStringLiteral("expired=[%1] unshelve=[%2] unack=[%3] count=%4")
        .arg(list(r.expired), list(r.unshelve), list(r.unack))
        .arg(r.count);
}

template<typename T>
QString errorText(const Result<T> &r)
{
    return r.ok() ? QString()
                  : QString::number(r.error().code) + u' ' + r.error().message + u' ' + r.error().errors.join(u'|');
}

/// The housekeeping entry on top of the alert's history: the action path's entry for `type` with text "", stamped
/// now, with no user and the alert's id.
void verifyHousekeepingEntry(const Alert &a, const QString &type, Timestamp now)
{
    QVERIFY(!a.history.isEmpty());
    const HistoryEntry &h = a.history.first();
    QCOMPARE(h.type, type);
    QCOMPARE(h.status, a.status);
    QCOMPARE(h.severity, a.severity);
    QCOMPARE(h.text, QStringLiteral(""));
    QVERIFY(!h.text.isNull());
    QVERIFY(h.user.isNull());
    QCOMPARE(h.id, a.id);
    QCOMPARE(h.updateTime, now);
    QCOMPARE(a.updateTime, now);
}

} // namespace

class TestHousekeeping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void shouldDeleteClosedAndExpiredAlertsPastThreshold_data();
    void shouldDeleteClosedAndExpiredAlertsPastThreshold();
    void shouldDeleteInformationalAlertsInAnyStatus_data();
    void shouldDeleteInformationalAlertsInAnyStatus();
    void shouldUseTheSeverityMapsInformSeverity();
    void shouldChooseThresholds_data();
    void shouldChooseThresholds();
    void shouldDeleteHistoryAndNotesWithTheAlert();

    void shouldExpireAlertsPastTheirTimeout_data();
    void shouldExpireAlertsPastTheirTimeout();
    void shouldEndShelveAfterItsTimeout_data();
    void shouldEndShelveAfterItsTimeout();
    void shouldEndAckAfterItsTimeout_data();
    void shouldEndAckAfterItsTimeout();

    void shouldDeleteBeforeExpiring();
    void shouldApplyBothActionsWhenExpiryAndShelveAreDue();
    void shouldReportListsCountAndChanges();
    void shouldCommitOthersWhenTheAlarmModelRefusesOne();
    void shouldCountTheAlertsItDeletes();

    void shouldRunOnTimer();
    void shouldRunOnDemand();
    void shouldDefaultToOneMinute();
    void shouldSwitchOffAtIntervalZero();
};

void TestHousekeeping::initTestCase()
{
    // One store per test row: keep the store's "opened" lines out of the output.
    QLoggingCategory::setFilterRules(QStringLiteral("alerta.*.info=false"));
}

void TestHousekeeping::shouldDeleteClosedAndExpiredAlertsPastThreshold_data()
{
    QTest::addColumn<QStringList>("setup"); // from a new open major alert that never expires
    QTest::addColumn<qint64>("overMillis"); // now = lastReceiveTime + DELETE_EXPIRED_AFTER + overMillis
    QTest::addColumn<bool>("deleted");

    // clang-format off
    QTest::newRow("closed, at threshold")         << qsl({"close"})              << 0LL << false;
    QTest::newRow("closed, just over")            << qsl({"close"})              << 1LL << true;
    QTest::newRow("closed by receive, just over") << qsl({"recv normal"})        << 1LL << true;
    QTest::newRow("expired, at threshold")        << qsl({"expired"})            << 0LL << false;
    QTest::newRow("expired, just over")           << qsl({"expired"})            << 1LL << true;
    QTest::newRow("open, long over")              << QStringList()               << TenYears << false;
    QTest::newRow("ack, long over")               << qsl({"ack"})                << TenYears << false;
    QTest::newRow("shelved, long over")           << qsl({"shelve"})             << TenYears << false;
    QTest::newRow("blackout, long over")          << qsl({"recv major blackout"}) << TenYears << false;
    QTest::newRow("closed then re-opened")        << qsl({"close", "open"})      << TenYears << false;
    // clang-format on
}

void TestHousekeeping::shouldDeleteClosedAndExpiredAlertsPastThreshold()
{
    QFETCH(QStringList, setup);
    QFETCH(qint64, overMillis);
    QFETCH(bool, deleted);

    // Given: DELETE_EXPIRED_AFTER 7200 s and an alert (timeout 0: never expires) taken through `setup`
    EngineConfig config = quietConfig();
    config.deleteExpiredAfter = 7200;
    EngineFixture f(config);
    const Alert base = received(f, QStringLiteral("web01"), Major, Never);
    const QString failed = takeSteps(f, base, setup);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    // When: housekeeping runs that long after the alert was last received
    f.clock->set(stored(f, base.id).lastReceiveTime + 7200 * 1000 + overMillis);
    const Result<HousekeepingResult> r = f.engine->housekeeping();

    // Then: only closed and expired alerts older than the threshold are gone, and deletions are not reported
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(exists(f, base.id), !deleted);
    QCOMPARE(describe(*r), QStringLiteral("expired=[] unshelve=[] unack=[] count=0"));
}

void TestHousekeeping::shouldDeleteInformationalAlertsInAnyStatus_data()
{
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QStringList>("setup");
    QTest::addColumn<qint64>("overMillis"); // now = lastReceiveTime + DELETE_INFO_AFTER + overMillis
    QTest::addColumn<bool>("deleted");

    const QString info = Informational;
    // clang-format off
    QTest::newRow("open, at threshold")     << info << QStringList()                        << 0LL << false;
    QTest::newRow("open, just over")        << info << QStringList()                        << 1LL << true;
    QTest::newRow("ack, just over")         << info << qsl({"ack"})                         << 1LL << true;
    QTest::newRow("shelved, just over")     << info << qsl({"shelve"})                      << 1LL << true;
    QTest::newRow("closed, just over")      << info << qsl({"recv informational closed"})   << 1LL << true;
    QTest::newRow("expired, just over")     << info << qsl({"expired"})                     << 1LL << true;
    QTest::newRow("blackout, just over")    << info << qsl({"recv informational blackout"}) << 1LL << true;
    QTest::newRow("major open, long over")  << Major << QStringList()                       << TenYears << false;
    QTest::newRow("was informational")      << info << qsl({"recv major"})                  << TenYears << false;
    // clang-format on
}

void TestHousekeeping::shouldDeleteInformationalAlertsInAnyStatus()
{
    QFETCH(QString, severity);
    QFETCH(QStringList, setup);
    QFETCH(qint64, overMillis);
    QFETCH(bool, deleted);

    // Given: DELETE_INFO_AFTER 43200 s (DELETE_EXPIRED_AFTER off) and an alert that never expires
    EngineConfig config = quietConfig();
    config.deleteInfoAfter = 43200;
    EngineFixture f(config);
    const Alert base = received(f, QStringLiteral("web01"), severity, Never);
    const QString failed = takeSteps(f, base, setup);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    // When
    f.clock->set(stored(f, base.id).lastReceiveTime + 43200 * 1000 + overMillis);
    const Result<HousekeepingResult> r = f.engine->housekeeping();

    // Then: informational alerts older than the threshold are gone whatever their status
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(exists(f, base.id), !deleted);
    QCOMPARE(r->count, 0);
}

void TestHousekeeping::shouldUseTheSeverityMapsInformSeverity()
{
    // Given: a severity map whose inform severity is `info`, and one alert of `info` and one of `informational`
    EngineConfig config = quietConfig();
    config.deleteInfoAfter = 60;
    const Result<SeverityMap> map = SeverityMap::create(
        {{qs("critical"), 1}, {qs("informational"), 5}, {qs("info"), 6}, {qs("indeterminate"), 7}, {qs("normal"), 8}},
        qs("normal"),
        qs("indeterminate"),
        qs("info"));
    QVERIFY(map.ok());
    config.severities = *map;
    EngineFixture f(config);
    const Alert info = received(f, QStringLiteral("web01"), QStringLiteral("info"), Never);
    const Alert informational = received(f, QStringLiteral("web02"), Informational, Never);

    // When
    f.clock->advanceSeconds(61);
    QVERIFY(f.engine->housekeeping().ok());

    // Then: only the map's inform severity counts as informational
    QVERIFY(!exists(f, info.id));
    QVERIFY(exists(f, informational.id));
}

void TestHousekeeping::shouldChooseThresholds_data()
{
    QTest::addColumn<qint64>("configuredExpired"); // DELETE_EXPIRED_AFTER
    QTest::addColumn<qint64>("configuredInfo");    // DELETE_INFO_AFTER
    QTest::addColumn<qint64>("expiredParam");      // -1: none
    QTest::addColumn<qint64>("infoParam");         // -1: none
    QTest::addColumn<qint64>("ageSeconds");        // of both alerts, plus 1 ms
    QTest::addColumn<bool>("closedDeleted");
    QTest::addColumn<bool>("infoDeleted");

    // clang-format off
    QTest::newRow("defaults, 2 h")                << 7200LL << 43200LL << -1LL << -1LL << 7200LL << true << false;
    QTest::newRow("defaults, 12 h")               << 7200LL << 43200LL << -1LL << -1LL << 43200LL << true << true;
    QTest::newRow("defaults, just under 2 h")     << 7200LL << 43200LL << -1LL << -1LL << 7199LL << false << false;
    QTest::newRow("configured expired 0")         << 0LL << 43200LL << -1LL << -1LL << 43200LL << false << true;
    QTest::newRow("configured info 0")            << 7200LL << 0LL << -1LL << -1LL << 43200LL << true << false;
    QTest::newRow("both configured 0, 10 days")   << 0LL << 0LL << -1LL << -1LL << 864000LL << false << false;
    QTest::newRow("expired param overrides")      << 7200LL << 43200LL << 600LL << -1LL << 600LL << true << false;
    QTest::newRow("expired param longer")         << 7200LL << 43200LL << 86400LL << -1LL << 43200LL << false << true;
    QTest::newRow("info param overrides")         << 7200LL << 43200LL << -1LL << 600LL << 600LL << false << true;
    QTest::newRow("params 0 fall back, under")    << 7200LL << 43200LL << 0LL << 0LL << 600LL << false << false;
    QTest::newRow("params 0 fall back, over")     << 7200LL << 43200LL << 0LL << 0LL << 43200LL << true << true;
    QTest::newRow("param 0 on configured 0")      << 0LL << 0LL << 0LL << 0LL << 864000LL << false << false;
    QTest::newRow("param on configured 0")        << 0LL << 0LL << 600LL << 600LL << 600LL << true << true;
    // clang-format on
}

void TestHousekeeping::shouldChooseThresholds()
{
    QFETCH(qint64, configuredExpired);
    QFETCH(qint64, configuredInfo);
    QFETCH(qint64, expiredParam);
    QFETCH(qint64, infoParam);
    QFETCH(qint64, ageSeconds);
    QFETCH(bool, closedDeleted);
    QFETCH(bool, infoDeleted);

    // Given: the configured thresholds, a closed major alert and an open informational one, received together
    EngineConfig config = quietConfig();
    config.deleteExpiredAfter = configuredExpired;
    config.deleteInfoAfter = configuredInfo;
    EngineFixture f(config);
    const Alert closed = received(f, QStringLiteral("web01"), Major, Never);
    QVERIFY(f.engine->setStatus(closed.id, QStringLiteral("closed"), {}, Never).ok());
    const Alert info = received(f, QStringLiteral("web02"), Informational, Never);

    // When: housekeeping runs `ageSeconds` (+1 ms) later with the parameters
    f.clock->advanceSeconds(ageSeconds);
    f.clock->set(f.clock->now() + 1);
    const auto param = [](qint64 v) { return v < 0 ? std::nullopt : std::optional<qint64>(v); };
    const Result<HousekeepingResult> r = f.engine->housekeeping(param(expiredParam), param(infoParam));

    // Then: a parameter of 0 (or none) means the configured value, and a configured 0 means never
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(exists(f, closed.id), !closedDeleted);
    QCOMPARE(exists(f, info.id), !infoDeleted);
}

void TestHousekeeping::shouldDeleteHistoryAndNotesWithTheAlert()
{
    // Given: a closed alert with a note, past DELETE_EXPIRED_AFTER, and an open alert with a note
    EngineConfig config = quietConfig();
    config.deleteExpiredAfter = 60;
    EngineFixture f(config);
    const Alert gone = received(f, QStringLiteral("web01"), Major, Never);
    const Result<Note> goneNote = f.engine->addNote(gone.id, QStringLiteral("looking"));
    QVERIFY(goneNote.ok());
    QVERIFY(f.engine->action(gone.id, QStringLiteral("close")).ok());
    const Alert kept = received(f, QStringLiteral("web02"), Major, Never);
    const Result<Note> keptNote = f.engine->addNote(kept.id, QStringLiteral("still here"));
    QVERIFY(keptNote.ok());
    qint64 goneRow = 0;
    f.store->read([&](AlertReader &reader) { goneRow = reader.findById(gone.id, {}, 0)->rowId; });

    // When
    f.clock->advanceSeconds(120);
    QVERIFY(f.engine->housekeeping().ok());

    // Then: the alert's history and notes went with it; the other alert keeps its own
    f.store->read([&](AlertReader &reader) {
        QVERIFY(!reader.findByRowId(goneRow, -1));
        QCOMPARE(reader.alertHistory(goneRow, -1).size(), 0);
        QVERIFY(!reader.note(goneNote->id));
        QVERIFY(reader.note(keptNote->id));
    });
    QCOMPARE(stored(f, kept.id).history.size(), 2); // new, note
}

void TestHousekeeping::shouldExpireAlertsPastTheirTimeout_data()
{
    QTest::addColumn<qint64>("timeout"); // the alert's own; -1: null (ALERT_TIMEOUT, 5000 s, applies)
    QTest::addColumn<QStringList>("setup");
    QTest::addColumn<qint64>("overMillis"); // now = lastReceiveTime + effective timeout + overMillis
    QTest::addColumn<QString>("expectedStatus");
    QTest::addColumn<qint64>("expectedEntryTimeout"); // -1: no entry written

    // clang-format off
    QTest::newRow("open, at timeout")          << 600LL << QStringList()      << 0LL << qs("open") << -1LL;
    QTest::newRow("open, just over")           << 600LL << QStringList()      << 1LL << qs("expired") << 600LL;
    QTest::newRow("ack, just over")            << 600LL << qsl({"ack"})       << 1LL << qs("expired") << 600LL;
    QTest::newRow("shelved, just over")        << 600LL << qsl({"shelve"})    << 1LL << qs("expired") << 600LL;
    QTest::newRow("closed, just over")         << 600LL << qsl({"close"})     << 1LL << qs("expired") << 600LL;
    QTest::newRow("closed by receive")         << 600LL << qsl({"recv normal"}) << 1LL << qs("expired") << 600LL;
    QTest::newRow("blackout, just over")       << 600LL << qsl({"recv major blackout"}) << 1LL << qs("expired")
                                               << 600LL;
    QTest::newRow("already expired")           << 600LL << qsl({"expired"})   << TenYears << qs("expired") << -1LL;
    QTest::newRow("timeout 0 never expires")   << 0LL << QStringList()        << TenYears << qs("open") << -1LL;
    QTest::newRow("timeout 0 from a duplicate") << 600LL << qsl({"recv major timeout=0"}) << TenYears << qs("open")
                                                << -1LL;
    QTest::newRow("null, at ALERT_TIMEOUT")    << -1LL << QStringList()       << 0LL << qs("open") << -1LL;
    QTest::newRow("null, over ALERT_TIMEOUT")  << -1LL << QStringList()       << 1LL << qs("expired") << 5000LL;
    // The largest timeout the API takes (AlertJson::MaxSeconds): the store's arithmetic must hold it.
    QTest::newRow("largest, at timeout")       << 2147483647LL << QStringList() << 0LL << qs("open") << -1LL;
    QTest::newRow("largest, just over")        << 2147483647LL << QStringList() << 1LL << qs("expired") << 2147483647LL;
    // clang-format on
}

void TestHousekeeping::shouldExpireAlertsPastTheirTimeout()
{
    QFETCH(qint64, timeout);
    QFETCH(QStringList, setup);
    QFETCH(qint64, overMillis);
    QFETCH(QString, expectedStatus);
    QFETCH(qint64, expectedEntryTimeout);

    // Given: ALERT_TIMEOUT 5000 s, deletions off, and an alert taken through `setup`
    EngineFixture f(quietConfig());
    const Alert base = received(f, QStringLiteral("web01"), Major, timeout);
    const QString failed = takeSteps(f, base, setup);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    const Alert before = stored(f, base.id);

    // When: housekeeping runs past lastReceiveTime + the effective timeout
    const qint64 effective = before.timeout.value_or(5000);
    f.clock->set(before.lastReceiveTime + effective * 1000 + overMillis);
    const Result<HousekeepingResult> r = f.engine->housekeeping();
    QVERIFY2(r.ok(), qPrintable(errorText(r)));

    // Then: the alert went through the `expired` action (EXP-0) or was left alone
    const Alert after = stored(f, base.id);
    QCOMPARE(after.status, expectedStatus);
    if (expectedEntryTimeout < 0) {
        QCOMPARE(after.history, before.history);
        QCOMPARE(r->count, 0);
        return;
    }
    QCOMPARE(r->expired, QStringList{base.id});
    QCOMPARE(r->count, 1);
    QCOMPARE(after.severity, before.severity);
    QCOMPARE(after.history.size(), before.history.size() + 1);
    verifyHousekeepingEntry(after, QStringLiteral("expired"), f.clock->now());
    QCOMPARE(after.history.first().timeout, std::optional<qint64>(expectedEntryTimeout));
}

void TestHousekeeping::shouldEndShelveAfterItsTimeout_data()
{
    QTest::addColumn<qint64>("shelveTimeout"); // SHELVE_TIMEOUT
    QTest::addColumn<QStringList>("setup");    // `action:timeout` sets the request's timeout
    QTest::addColumn<qint64>("afterMillis");   // now = the alert's updateTime + afterMillis
    QTest::addColumn<bool>("timedOut");
    QTest::addColumn<QString>("expectedStatus");

    // clang-format off
    QTest::newRow("from open, at timeout")   << 3600LL << qsl({"shelve"})        << 3600000LL << false << qs("shelved");
    QTest::newRow("from open, just over")    << 3600LL << qsl({"shelve"})        << 3600001LL << true << qs("open");
    QTest::newRow("from ack, just over")     << 3600LL << qsl({"ack", "shelve"}) << 3600001LL << true << qs("ack");
    QTest::newRow("request timeout")         << 3600LL << qsl({"shelve:60"})     << 60001LL << true << qs("open");
    QTest::newRow("request timeout, at it")  << 3600LL << qsl({"shelve:60"})     << 60000LL << false << qs("shelved");
    QTest::newRow("largest request timeout") << 3600LL << qsl({"shelve:2147483647"}) << 2147483647000LL << false
                                             << qs("shelved");
    QTest::newRow("largest, just over")      << 3600LL << qsl({"shelve:2147483647"}) << 2147483647001LL << true
                                             << qs("open");
    // The countdown runs from the alert's updateTime, which a later action (here a custom one) moves on.
    QTest::newRow("from updateTime")         << 3600LL << qsl({"shelve", "investigate"}) << 3600000LL << false
                                             << qs("shelved");
    QTest::newRow("from updateTime, over")   << 3600LL << qsl({"shelve", "investigate"}) << 3600001LL << true
                                             << qs("open");
    // Only the most recent shelve entry counts, not an older one with a shorter timeout.
    QTest::newRow("most recent shelve")      << 3600LL << qsl({"shelve:60", "unshelve", "shelve"}) << 60001LL << false
                                             << qs("shelved");
    QTest::newRow("SHELVE_TIMEOUT 0: never") << 0LL << qsl({"shelve"})           << TenYears << false << qs("shelved");
    // A status set directly writes a `status` entry, not a `shelve` one.
    QTest::newRow("status set to shelved")   << 3600LL << qsl({"set shelved"})   << TenYears << false << qs("shelved");
    // clang-format on
}

void TestHousekeeping::shouldEndShelveAfterItsTimeout()
{
    QFETCH(qint64, shelveTimeout);
    QFETCH(QStringList, setup);
    QFETCH(qint64, afterMillis);
    QFETCH(bool, timedOut);
    QFETCH(QString, expectedStatus);

    // Given: SHELVE_TIMEOUT as in the row, an alert that never expires, taken through `setup`
    EngineConfig config = quietConfig();
    config.shelveTimeout = shelveTimeout;
    EngineFixture f(config);
    const Alert base = received(f, QStringLiteral("web01"), Major, Never);
    const QString failed = takeSteps(f, base, setup);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    const Alert before = stored(f, base.id);

    // When
    f.clock->set(before.updateTime + afterMillis);
    const Result<HousekeepingResult> r = f.engine->housekeeping();
    QVERIFY2(r.ok(), qPrintable(errorText(r)));

    // Then: back to the status before the shelve (ACK-0 / OPEN-0) through a `timeout` entry, or left alone
    const Alert after = stored(f, base.id);
    QCOMPARE(after.status, expectedStatus);
    if (!timedOut) {
        QCOMPARE(after.history, before.history);
        QCOMPARE(describe(*r), qs("expired=[] unshelve=[] unack=[] count=0"));
        return;
    }
    QCOMPARE(describe(*r, {{base.id, qs("web01")}}), qs("expired=[] unshelve=[web01] unack=[] count=1"));
    QCOMPARE(after.history.size(), before.history.size() + 1);
    verifyHousekeepingEntry(after, QStringLiteral("timeout"), f.clock->now());
}

void TestHousekeeping::shouldEndAckAfterItsTimeout_data()
{
    QTest::addColumn<qint64>("ackTimeout"); // ACK_TIMEOUT
    QTest::addColumn<QStringList>("setup");
    QTest::addColumn<qint64>("afterMillis"); // now = the alert's updateTime + afterMillis
    QTest::addColumn<bool>("timedOut");
    QTest::addColumn<QString>("expectedStatus");

    // clang-format off
    QTest::newRow("ACK_TIMEOUT, at it")         << 600LL << qsl({"ack"})     << 600000LL << false << qs("ack");
    QTest::newRow("ACK_TIMEOUT, just over")     << 600LL << qsl({"ack"})     << 600001LL << true << qs("open");
    QTest::newRow("request timeout")            << 0LL << qsl({"ack:120"})   << 120001LL << true << qs("open");
    QTest::newRow("request timeout wins")       << 600LL << qsl({"ack:120"}) << 120001LL << true << qs("open");
    QTest::newRow("ACK_TIMEOUT 0: never")       << 0LL << qsl({"ack"})       << TenYears << false << qs("ack");
    QTest::newRow("request 0, ACK_TIMEOUT 0")   << 0LL << qsl({"ack:0"})     << TenYears << false << qs("ack");
    QTest::newRow("re-acked: newest ack counts") << 0LL << qsl({"ack:60", "unack", "ack"}) << TenYears << false
                                                 << qs("ack");
    // OPEN-0 looks at the second-newest entry, here the note (status ack), so the alert stays acked [quirk].
    QTest::newRow("note after the ack")         << 600LL << qsl({"ack", "note n"}) << 600001LL << true << qs("ack");
    // clang-format on
}

void TestHousekeeping::shouldEndAckAfterItsTimeout()
{
    QFETCH(qint64, ackTimeout);
    QFETCH(QStringList, setup);
    QFETCH(qint64, afterMillis);
    QFETCH(bool, timedOut);
    QFETCH(QString, expectedStatus);

    // Given: ACK_TIMEOUT as in the row, an alert that never expires, taken through `setup`
    EngineConfig config = quietConfig();
    config.ackTimeout = ackTimeout;
    EngineFixture f(config);
    const Alert base = received(f, QStringLiteral("web01"), Major, Never);
    const QString failed = takeSteps(f, base, setup);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    const Alert before = stored(f, base.id);

    // When
    f.clock->set(before.updateTime + afterMillis);
    const Result<HousekeepingResult> r = f.engine->housekeeping();
    QVERIFY2(r.ok(), qPrintable(errorText(r)));

    // Then
    const Alert after = stored(f, base.id);
    QCOMPARE(after.status, expectedStatus);
    if (!timedOut) {
        QCOMPARE(after.history, before.history);
        QCOMPARE(describe(*r), qs("expired=[] unshelve=[] unack=[] count=0"));
        return;
    }
    QCOMPARE(describe(*r, {{base.id, qs("web01")}}), qs("expired=[] unshelve=[] unack=[web01] count=1"));
    QCOMPARE(after.history.size(), before.history.size() + 1);
    verifyHousekeepingEntry(after, QStringLiteral("timeout"), f.clock->now());
}

void TestHousekeeping::shouldDeleteBeforeExpiring()
{
    // Given: DELETE_EXPIRED_AFTER 7200 s; an open alert and a closed one, both with a 3600 s timeout, and a closed
    // one whose timeout (10800 s) is longer than the deletion threshold
    EngineConfig config = quietConfig();
    config.deleteExpiredAfter = 7200;
    EngineFixture f(config);
    const Alert open = received(f, QStringLiteral("open"), Major, 3600);
    const Alert closed = received(f, QStringLiteral("closed"), Major, 3600);
    const Alert late = received(f, QStringLiteral("late"), Major, 10800);
    QVERIFY(f.engine->setStatus(closed.id, QStringLiteral("closed"), {}, 3600).ok());
    QVERIFY(f.engine->setStatus(late.id, QStringLiteral("closed"), {}, 10800).ok());
    const QHash<QString, QString> names = {{open.id, open.resource}, {closed.id, closed.resource}};

    // When: housekeeping first runs after both thresholds have passed
    f.clock->set(stored(f, late.id).lastReceiveTime + 10800 * 1000 + 1);
    const Result<HousekeepingResult> first = f.engine->housekeeping();

    // Then: the closed alerts are deleted before the expiry scan sees them; the open one is expired and kept
    QVERIFY2(first.ok(), qPrintable(errorText(first)));
    QCOMPARE(describe(*first, names), qs("expired=[open] unshelve=[] unack=[] count=1"));
    QVERIFY(!exists(f, closed.id));
    QVERIFY(!exists(f, late.id));
    QCOMPARE(stored(f, open.id).status, QStringLiteral("expired"));

    // When: the next run
    const Result<HousekeepingResult> second = f.engine->housekeeping();

    // Then: the alert expired by the first run is now deleted, unreported
    QVERIFY2(second.ok(), qPrintable(errorText(second)));
    QCOMPARE(describe(*second, names), qs("expired=[] unshelve=[] unack=[] count=0"));
    QVERIFY(!exists(f, open.id));
}

void TestHousekeeping::shouldApplyBothActionsWhenExpiryAndShelveAreDue()
{
    // Given: a shelved alert whose own timeout and shelve timeout have both passed since the last run
    EngineConfig config = quietConfig();
    config.shelveTimeout = 600;
    EngineFixture f(config);
    const Alert base = received(f, QStringLiteral("web01"), Major, 600);
    QVERIFY(takeSteps(f, base, {qs("shelve")}).isEmpty());
    const QHash<QString, QString> names = {{base.id, base.resource}};

    // When
    f.clock->advanceSeconds(3600);
    const Result<HousekeepingResult> first = f.engine->housekeeping();

    // Then: every scan ran before any action [quirk, as upstream]: the alert is expired, then its shelve times
    // out (OPEN-0, the previous entry now being the shelve), and it is listed under both
    QVERIFY2(first.ok(), qPrintable(errorText(first)));
    QCOMPARE(describe(*first, names), qs("expired=[web01] unshelve=[web01] unack=[] count=2"));
    const Alert after = stored(f, base.id);
    QCOMPARE(after.status, QStringLiteral("open"));
    QCOMPARE(after.history.at(0).type, QStringLiteral("timeout"));
    QCOMPARE(after.history.at(1).type, QStringLiteral("expired"));

    // When: the next run
    const Result<HousekeepingResult> second = f.engine->housekeeping();

    // Then: the alert, still past its timeout, expires for good
    QVERIFY2(second.ok(), qPrintable(errorText(second)));
    QCOMPARE(describe(*second, names), qs("expired=[web01] unshelve=[] unack=[] count=1"));
    QCOMPARE(stored(f, base.id).status, QStringLiteral("expired"));
}

void TestHousekeeping::shouldReportListsCountAndChanges()
{
    // Given: an old closed alert, two alerts past their timeout, one shelved and one acked past theirs, a fresh one
    EngineConfig config = quietConfig();
    config.deleteExpiredAfter = 7200;
    config.shelveTimeout = 600;
    config.ackTimeout = 600;
    EngineFixture f(config);
    const Alert old = received(f, QStringLiteral("old"), Major, Never);
    QVERIFY(takeSteps(f, old, {qs("close")}).isEmpty());
    const Alert exp1 = received(f, QStringLiteral("exp1"), Major, 600);
    const Alert exp2 = received(f, QStringLiteral("exp2"), Major, 600);
    const Alert shelved = received(f, QStringLiteral("shelved"), Major, Never);
    QVERIFY(takeSteps(f, shelved, {qs("shelve")}).isEmpty());
    const Alert acked = received(f, QStringLiteral("acked"), Major, Never);
    QVERIFY(takeSteps(f, acked, {qs("ack")}).isEmpty());
    f.clock->advanceSeconds(7200);
    const Alert fresh = received(f, QStringLiteral("fresh"), Major, 600);
    QHash<QString, QString> names;
    for (const Alert *a : {&old, &exp1, &exp2, &shelved, &acked, &fresh})
        names.insert(a->id, a->resource);
    QStringList changes;
    QObject context;
    connect(
        f.engine.get(),
        &AlertEngine::alertChanged,
        &context,
        [&](AlertEngine::Change change, const QString &id) {
            changes.append(QString::fromLatin1(QMetaEnum::fromType<AlertEngine::Change>().valueToKey(int(change)))
                           + u' ' + names.value(id, id));
        },
        Qt::DirectConnection);

    // When
    f.clock->advanceSeconds(1);
    const Result<HousekeepingResult> r = f.engine->housekeeping();

    // Then: three lists in store order and their total; the deletion and each change announced once committed
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(describe(*r, names), qs("expired=[exp1,exp2] unshelve=[shelved] unack=[acked] count=4"));
    QCOMPARE(changes, qsl({"Deleted old", "Updated exp1", "Updated exp2", "Updated shelved", "Updated acked"}));
    QCOMPARE(stored(f, fresh.id).status, QStringLiteral("open"));
    QCOMPARE(f.alertCount(), 5);
}

void TestHousekeeping::shouldCountTheAlertsItDeletes()
{
    // Given: an old closed alert, an old informational one, one past its timeout and a fresh one
    EngineConfig config = quietConfig();
    config.deleteExpiredAfter = 7200;
    config.deleteInfoAfter = 7200;
    EngineFixture f(config);
    const Alert closed = received(f, QStringLiteral("closed"), Major, Never);
    QVERIFY(takeSteps(f, closed, {qs("close")}).isEmpty());
    received(f, QStringLiteral("info"), QStringLiteral("informational"), Never);
    const Alert expiring = received(f, QStringLiteral("exp"), Major, 600);
    f.clock->advanceSeconds(7201);
    received(f, QStringLiteral("fresh"), Major, Never);

    // When: the API's run (the `deleted` key of /management/housekeeping) happens twice
    const Result<HousekeepingResult> first = f.engine->housekeeping();
    const Result<HousekeepingResult> second = f.engine->housekeeping();

    // Then: the first run lists its two deletions beside the lists; the second deletes (and lists) only the
    // alert the first one expired, as it is past the threshold too (spec §6)
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
    QCOMPARE(first->deleted.size(), 2);
    QCOMPARE(first->expired, QStringList{expiring.id});
    QCOMPARE(first->count, 1);
    QVERIFY(second.ok());
    QCOMPARE(second->deleted, QStringList{expiring.id});
    QCOMPARE(second->count, 0);
    QCOMPARE(f.alertCount(), 1);
}

void TestHousekeeping::shouldCommitOthersWhenTheAlarmModelRefusesOne()
{
    // Given: two alerts past their timeout, stored under the default severity map
    EngineFixture f(quietConfig());
    const Alert major = received(f, QStringLiteral("web01"), Major, 600);
    const Alert critical = received(f, QStringLiteral("web02"), QStringLiteral("critical"), 600);
    f.clock->advanceSeconds(601);
    // And: an engine over the same store whose SEVERITY_MAP no longer knows `major`
    EngineConfig narrow = quietConfig();
    const Result<SeverityMap> map = SeverityMap::create(
        {{qs("critical"), 1}, {qs("informational"), 6}, {qs("indeterminate"), 5}, {qs("normal"), 7}});
    QVERIFY(map.ok());
    narrow.severities = *map;
    AlertEngine engine(f.store, narrow, f.clock);

    // When
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("expired.*refused.*Severity \\(major\\)")));
    const Result<HousekeepingResult> r = engine.housekeeping();

    // Then: 500 with the alarm model's message, and the other alert's expiry committed all the same
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, 500);
    QCOMPARE(r.error().message, QStringLiteral("housekeeping failed"));
    QCOMPARE(r.error().errors, QStringList{map->notOneOfMessage(Major)});
    QCOMPARE(stored(f, major.id).status, QStringLiteral("open"));
    QCOMPARE(stored(f, critical.id).status, QStringLiteral("expired"));
}

void TestHousekeeping::shouldRunOnTimer()
{
    // Given: an alert past its timeout and a housekeeper with a short interval
    EngineFixture f(quietConfig());
    const Alert base = received(f, QStringLiteral("web01"), Major, 600);
    f.clock->advanceSeconds(601);
    Housekeeper housekeeper(*f.engine, 10ms);
    QSignalSpy finished(&housekeeper, &Housekeeper::finished);

    // When: the timer fires
    QVERIFY(finished.wait());

    // Then: the run's result is announced and the alert is expired
    const auto result = finished.first().first().value<HousekeepingResult>();
    QCOMPARE(result.expired, QStringList{base.id});
    QCOMPARE(result.count, 1);
    QCOMPARE(stored(f, base.id).status, QStringLiteral("expired"));
    QVERIFY(housekeeper.isActive());
}

void TestHousekeeping::shouldRunOnDemand()
{
    // Given: a housekeeper with periodic runs off
    EngineFixture f(quietConfig());
    const Alert base = received(f, QStringLiteral("web01"), Major, 600);
    f.clock->advanceSeconds(601);
    Housekeeper housekeeper(*f.engine, 0ms);
    QSignalSpy finished(&housekeeper, &Housekeeper::finished);

    // When: its slot is called, twice in a row
    housekeeper.runNow();
    housekeeper.runNow();

    // Then: one run (the second call finds the first in progress), with its result
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().first().value<HousekeepingResult>().expired, QStringList{base.id});
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(stored(f, base.id).history.first().type, QStringLiteral("expired"));
    QCOMPARE(stored(f, base.id).history.size(), 2);
}

void TestHousekeeping::shouldDefaultToOneMinute()
{
    // Given / When
    EngineFixture f(quietConfig());
    Housekeeper housekeeper(*f.engine);

    // Then: on, every 60 s
    QVERIFY(housekeeper.isActive());
    QCOMPARE(housekeeper.interval(), std::chrono::milliseconds(60s));
}

void TestHousekeeping::shouldSwitchOffAtIntervalZero()
{
    // Given: a running housekeeper
    EngineFixture f(quietConfig());
    Housekeeper housekeeper(*f.engine, 10ms);

    // When: the interval is set to 0
    housekeeper.setInterval(0ms);

    // Then: no more periodic runs, until an interval is set again
    QVERIFY(!housekeeper.isActive());
    QCOMPARE(housekeeper.interval(), 0ms);
    housekeeper.setInterval(5min);
    QVERIFY(housekeeper.isActive());
    QCOMPARE(housekeeper.interval(), std::chrono::milliseconds(5min));
}

QTEST_GUILESS_MAIN(TestHousekeeping)
#include "testhousekeeping.moc"
