// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <chrono>

#include "core/heartbeatalerts.h"
#include "core/heartbeatservice.h"
#include "tests/support/enginefixture.h"
#include "tests/support/testtext.h"

// Heartbeat alerts (spec §7.2, `alerta heartbeats --alert`): the alert built for each heartbeat status field by
// field, Python's timedelta rendering of the Fail value, the attribute defaults and the four removed keys, the
// severity check, the run through the real engine (raise, clear by correlation, duplicate, slow, purge, refusals)
// and the HeartbeatAlerter timer. Time comes from the fixture's ManualClock.

namespace {

using namespace std::chrono_literals;

constexpr Timestamp Now = EngineFixture::Start;

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

template<typename T>
QString errorText(const Result<T> &r)
{
    return r.ok() ? QString() : QString::number(r.error().code) + u' ' + r.error().message;
}

/// A heartbeat of origin `cron/1` (tags a, b; timeout 600 s; max latency 2000 ms) in the given status as of Now:
/// `expired` last received 15:12 ago, `slow` 10 s ago with a latency of 2500 ms, `ok` 10 s ago with 100 ms.
Heartbeat heartbeatIn(const QString &status)
{
    Heartbeat h;
    h.id = QStringLiteral("hb-1");
    h.origin = QStringLiteral("cron/1");
    h.tags = qsl({"a", "b"});
    h.timeout = 600;
    h.maxLatency = 2000;
    h.receiveTime = Now - (status == QLatin1StringView("expired") ? 912 : 10) * 1000;
    h.createTime = h.receiveTime - (status == QLatin1StringView("slow") ? 2500 : 100);
    return h;
}

/// One field of an alert as text: lists joined by `,`, attributes as compact JSON, a null string as `<null>`.
QString fieldOf(const Alert &a, const QString &field)
{
    const auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("<null>") : s; };
    if (field == QLatin1StringView("event"))
        return a.event;
    if (field == QLatin1StringView("resource"))
        return a.resource;
    if (field == QLatin1StringView("environment"))
        return a.environment;
    if (field == QLatin1StringView("severity"))
        return a.severity;
    if (field == QLatin1StringView("correlate"))
        return a.correlate.join(u',');
    if (field == QLatin1StringView("status"))
        return a.status;
    if (field == QLatin1StringView("service"))
        return a.service.join(u',');
    if (field == QLatin1StringView("group"))
        return a.group;
    if (field == QLatin1StringView("value"))
        return text(a.value);
    if (field == QLatin1StringView("text"))
        return a.text;
    if (field == QLatin1StringView("tags"))
        return a.tags.join(u',');
    if (field == QLatin1StringView("attributes"))
        return compact(a.attributes);
    if (field == QLatin1StringView("origin"))
        return a.origin;
    if (field == QLatin1StringView("type"))
        return a.type;
    if (field == QLatin1StringView("createTime"))
        return QString::number(a.createTime);
    if (field == QLatin1StringView("timeout"))
        return a.timeout ? QString::number(*a.timeout) : QStringLiteral("<none>");
    if (field == QLatin1StringView("customer"))
        return text(a.customer);
    return QStringLiteral("<unknown field %1>").arg(field);
}

/// A heartbeat service over the fixture's store and clock, and the conversion over both.
struct Setup
{
    EngineFixture f;
    HeartbeatService service{f.store, EngineFixture::defaultConfig(), f.clock};
    HeartbeatAlerts alerts{service, *f.engine};

    /// Stores a heartbeat of `origin` received now, created `latencyMs` earlier; fails the test on an error.
    Heartbeat beat(const QString &origin,
                   qint64 timeout = 60,
                   qint64 latencyMs = 0,
                   const QJsonObject &attributes = {},
                   const QString &customer = {})
    {
        Heartbeat h;
        h.origin = origin;
        h.timeout = timeout;
        h.createTime = f.clock->now() - latencyMs;
        h.attributes = attributes;
        h.customer = customer;
        const Result<Heartbeat> stored = service.upsert(h, Caller::internal());
        if (!stored)
            qFatal("upsert failed: %s", qPrintable(stored.error().message));
        return *stored;
    }

    HeartbeatAlertReport run(const HeartbeatAlertOptions &options = {})
    {
        const Result<HeartbeatAlertReport> report = alerts.run(options);
        if (!report)
            qFatal("run failed: %s", qPrintable(report.error().message));
        return *report;
    }

    Alert stored(const QString &id)
    {
        const Result<Alert> a = f.engine->alert(id);
        if (!a)
            qFatal("alert %s not found", qPrintable(id));
        return *a;
    }

    /// Origins of the heartbeats left, in origin order.
    QString origins()
    {
        const Result<HeartbeatPage> page = service.list({{QStringLiteral("sort-by"), QStringLiteral("origin")}});
        if (!page)
            return errorText(page);
        QStringList out;
        for (const Heartbeat &h : page->heartbeats)
            out.append(h.origin);
        return out.join(u',');
    }
};

/// `<origin>:<status>:<kind>` per sent alert, for comparing a whole report at once.
QString describe(const HeartbeatAlertReport &report)
{
    QStringList out;
    for (const HeartbeatAlertReport::Sent &s : report.sent) {
        const char *kind = s.kind == AlertChangeSet::Kind::Created ? "created"
            : s.kind == AlertChangeSet::Kind::Duplicated           ? "duplicated"
                                                                   : "correlated";
        out.append(s.origin + u':' + Heartbeat::statusName(s.status) + u':' + QString::fromUtf8(kind));
    }
    return out.join(u' ');
}

/// A map whose normal severity is neither `normal`, `ok` nor `cleared`.
SeverityMap trafficLights()
{
    return SeverityMap::create({{qs("red"), 1}, {qs("amber"), 2}, {qs("green"), 5}, {qs("grey"), 6}},
                               qs("green"),
                               qs("grey"),
                               qs("grey"))
        .value();
}

} // namespace

class TestHeartbeatAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldBuildAlertPerTable_data();
    void shouldBuildAlertPerTable();
    void shouldFormatFailValueAsPythonTimedelta_data();
    void shouldFormatFailValueAsPythonTimedelta();
    void shouldTakeAttributesOrDefaults_data();
    void shouldTakeAttributesOrDefaults();
    void shouldCarryCustomerOriginAndTimeout();
    void shouldGiveOkAlertTheMapsNormalSeverity();
    void shouldValidateOptions_data();
    void shouldValidateOptions();
    void shouldRefuseToRunWithInvalidSeverity();

    void shouldRaiseFailAlertAndClearItWhenHeartbeatReturns();
    void shouldCreateOkAlertClosedThenDuplicate();
    void shouldRaiseSlowAlert();
    void shouldPurgeOnlyNonOkHeartbeats();
    void shouldConvertEveryHeartbeatNotOnlyTheFirstPage();
    void shouldReportRefusedAlertAndSendTheOthers();

    void shouldBeInactiveAtIntervalZero();
    void shouldRunOnDemand();
    void shouldRunOnTimer();
};

void TestHeartbeatAlerts::shouldBuildAlertPerTable_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    const QString now = QString::number(Now);
    const auto row = [](const char *status, const char *field, const QString &expected) {
        QTest::addRow("%s %s", status, field) << qs(status) << qs(field) << expected;
    };
    // The columns of the spec §7.2 table; the heartbeats are heartbeatIn()'s.
    for (const char *status : {"expired", "slow", "ok"}) {
        row(status, "resource", qs("cron/1"));
        row(status, "environment", qs("Production"));
        row(status, "correlate", qs("HeartbeatFail,HeartbeatSlow,HeartbeatOK"));
        row(status, "service", qs("Alerta"));
        row(status, "group", qs("System"));
        row(status, "tags", qs("a,b"));
        row(status, "attributes", qs("{}"));
        row(status, "origin", qs("test/host"));
        row(status, "type", qs("heartbeatAlert"));
        row(status, "timeout", qs("86400"));
        row(status, "customer", qs("<null>"));
        row(status, "status", qs("open"));
        row(status, "createTime", now);
    }
    row("expired", "event", qs("HeartbeatFail"));
    row("expired", "severity", qs("major"));
    row("expired", "value", qs("0:15:12"));
    row("expired", "text", qs("Heartbeat not received in 600 seconds"));
    row("slow", "event", qs("HeartbeatSlow"));
    row("slow", "severity", qs("major"));
    row("slow", "value", qs("2500ms"));
    row("slow", "text", qs("Heartbeat took more than 2000ms to be processed"));
    row("ok", "event", qs("HeartbeatOK"));
    row("ok", "severity", qs("normal"));
    row("ok", "value", qs(""));
    row("ok", "text", qs("Heartbeat OK"));
}

void TestHeartbeatAlerts::shouldBuildAlertPerTable()
{
    QFETCH(QString, status);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    // Given: a heartbeat in that status, no attributes, default options
    const Heartbeat h = heartbeatIn(status);
    QCOMPARE(Heartbeat::statusName(h.status(Now)), status);
    // When: its alert is built as of Now
    const Alert a = HeartbeatAlerts::alertFor(h, Now, {}, EngineFixture::defaultConfig());
    // Then: the field is the table's
    QCOMPARE(fieldOf(a, field), expected);
    QVERIFY(!QUuid::fromString(a.id).isNull());
}

void TestHeartbeatAlerts::shouldFormatFailValueAsPythonTimedelta_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");
    // str(timedelta(seconds=n)) in Python 3
    QTest::newRow("0 s") << qint64(0) << qs("0:00:00");
    QTest::newRow("1 s") << qint64(1) << qs("0:00:01");
    QTest::newRow("5:12") << qint64(312) << qs("0:05:12");
    QTest::newRow("1 h") << qint64(3600) << qs("1:00:00");
    QTest::newRow("just under a day") << qint64(86399) << qs("23:59:59");
    QTest::newRow("1 day") << qint64(86400) << qs("1 day, 0:00:00");
    QTest::newRow("> 1 day") << qint64(93784) << qs("1 day, 2:03:04");
    QTest::newRow("3 days") << qint64(3 * 86400) << qs("3 days, 0:00:00");
    QTest::newRow("400 days") << qint64(400 * 86400 + 45296) << qs("400 days, 12:34:56");
    QTest::newRow("-1 s") << qint64(-1) << qs("-1 day, 23:59:59");
    QTest::newRow("-2 days") << qint64(-2 * 86400) << qs("-2 days, 0:00:00");
}

void TestHeartbeatAlerts::shouldFormatFailValueAsPythonTimedelta()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);
    // When / Then: the duration renders as Python's timedelta
    QCOMPARE(HeartbeatAlerts::formatDuration(seconds), expected);
    if (seconds <= 0)
        return;

    // Given: a heartbeat with timeout 0 last received that long ago plus 999 ms, so that it is expired
    Heartbeat h = heartbeatIn(qs("ok"));
    h.timeout = 0;
    h.receiveTime = Now - seconds * 1000 - 999;
    // When: its alert is built
    const Alert a = HeartbeatAlerts::alertFor(h, Now, {}, EngineFixture::defaultConfig());
    // Then: a Fail alert whose value drops the fraction of a second, as the CLI does
    QCOMPARE(a.event, qs("HeartbeatFail"));
    QCOMPARE(a.value, expected);
}

void TestHeartbeatAlerts::shouldTakeAttributesOrDefaults_data()
{
    QTest::addColumn<QString>("attributes");
    QTest::addColumn<QString>("optionSeverity");
    QTest::addColumn<QString>("expected"); // environment|severity|service|group|remaining attributes

    QTest::newRow("none") << qs("{}") << qs("major") << qs("Production|major|Alerta|System|{}");
    QTest::newRow("option severity") << qs("{}") << qs("critical") << qs("Production|critical|Alerta|System|{}");
    QTest::newRow("all four") << qs(R"({"environment": "Development", "severity": "minor", "service": ["Web"],
                                        "group": "Ops"})")
                              << qs("critical") << qs("Development|minor|Web|Ops|{}");
    QTest::newRow("service list") << qs(R"({"service": ["Web", "Db"]})") << qs("major")
                                  << qs("Production|major|Web,Db|System|{}");
    QTest::newRow("service string") << qs(R"({"service": "Web"})") << qs("major")
                                    << qs("Production|major|Web|System|{}");
    QTest::newRow("service empty list") << qs(R"({"service": []})") << qs("major")
                                        << qs("Production|major|Alerta|System|{}");
    QTest::newRow("service non-strings dropped")
        << qs(R"({"service": [1, "Web", "", null]})") << qs("major") << qs("Production|major|Web|System|{}");
    QTest::newRow("empty strings") << qs(R"({"environment": "", "severity": "", "group": "", "service": ""})")
                                   << qs("major") << qs("Production|major|Alerta|System|{}");
    QTest::newRow("non-strings") << qs(R"({"environment": 5, "severity": null, "group": ["Ops"]})") << qs("major")
                                 << qs("Production|major|Alerta|System|{}");
    QTest::newRow("others kept") << qs(R"({"region": "eu", "severity": "minor", "owner": {"team": "ops"}})")
                                 << qs("major")
                                 << qs(R"(Production|minor|Alerta|System|{"owner":{"team":"ops"},"region":"eu"})");
}

void TestHeartbeatAlerts::shouldTakeAttributesOrDefaults()
{
    QFETCH(QString, attributes);
    QFETCH(QString, optionSeverity);
    QFETCH(QString, expected);
    // Given: an expired heartbeat with those attributes and the severity option
    Heartbeat h = heartbeatIn(qs("expired"));
    h.attributes = QJsonDocument::fromJson(attributes.toUtf8()).object();
    HeartbeatAlertOptions options;
    options.severity = optionSeverity;
    // When: its alert is built
    const Alert a = HeartbeatAlerts::alertFor(h, Now, options, EngineFixture::defaultConfig());
    // Then: attributes steer the four fields, defaults fill the gaps, and the four keys are gone
    const QStringList fields{a.environment, a.severity, a.service.join(u','), a.group, compact(a.attributes)};
    QCOMPARE(fields.join(u'|'), expected);
}

void TestHeartbeatAlerts::shouldCarryCustomerOriginAndTimeout()
{
    // Given: a heartbeat of customer acme and an engine whose ALERT_TIMEOUT is one hour
    Heartbeat h = heartbeatIn(qs("expired"));
    h.customer = qs("acme");
    EngineConfig config = EngineFixture::defaultConfig();
    config.alertTimeout = 3600;

    // When: built with default options
    const Alert byDefault = HeartbeatAlerts::alertFor(h, Now, {}, config);
    // Then: the customer is carried, origin and timeout are the engine's defaults
    QCOMPARE(byDefault.customer, qs("acme"));
    QCOMPARE(byDefault.origin, qs("test/host"));
    QCOMPARE(byDefault.timeout, std::optional<qint64>(3600));

    // When: built with an origin and a timeout
    HeartbeatAlertOptions options;
    options.origin = qs("alerta/monitor");
    options.timeout = 120;
    const Alert chosen = HeartbeatAlerts::alertFor(h, Now, options, config);
    // Then: those are used
    QCOMPARE(chosen.origin, qs("alerta/monitor"));
    QCOMPARE(chosen.timeout, std::optional<qint64>(120));

    // And: the default origin is `<program>/<host>` like the CLI's `alerta/<host>`
    QVERIFY(EngineConfig().defaultOrigin.contains(u'/'));
}

void TestHeartbeatAlerts::shouldGiveOkAlertTheMapsNormalSeverity()
{
    // Given: an ok heartbeat asking for severity critical, and a map whose normal severity is `green`
    Heartbeat h = heartbeatIn(qs("ok"));
    h.attributes = json(R"({"severity": "critical"})");
    EngineConfig config = EngineFixture::defaultConfig();
    config.severities = trafficLights();
    // When: its alert is built
    const Alert a = HeartbeatAlerts::alertFor(h, Now, {}, config);
    // Then: the OK alert has the normal severity whatever the attribute, and the attribute is still removed
    QCOMPARE(a.severity, qs("green"));
    QCOMPARE(a.attributes, QJsonObject());
}

void TestHeartbeatAlerts::shouldValidateOptions_data()
{
    QTest::addColumn<bool>("custom");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<qint64>("timeout"); // -100 = none
    QTest::addColumn<QString>("error");
    const QString defaultKeys =
        qs("security, critical, major, minor, warning, indeterminate, informational, normal, ok, "
           "cleared, debug, trace, unknown");
    QTest::newRow("major") << false << qs("major") << qint64(-100) << QString();
    QTest::newRow("critical, timeout 0") << false << qs("critical") << qint64(0) << QString();
    QTest::newRow("normal") << false << qs("normal") << qint64(-100)
                            << qs(R"(400 Must be a non-normal severity. "normal" is one of normal, ok, cleared)");
    QTest::newRow("ok") << false << qs("ok") << qint64(-100)
                        << qs(R"(400 Must be a non-normal severity. "ok" is one of normal, ok, cleared)");
    QTest::newRow("cleared") << false << qs("cleared") << qint64(-100)
                             << qs(R"(400 Must be a non-normal severity. "cleared" is one of normal, ok, cleared)");
    QTest::newRow("unknown name") << false << qs("fatal") << qint64(-100)
                                  << qs(R"(400 Must be a valid severity. "fatal" is not one of )") + defaultKeys;
    QTest::newRow("case matters") << false << qs("Major") << qint64(-100)
                                  << qs(R"(400 Must be a valid severity. "Major" is not one of )") + defaultKeys;
    QTest::newRow("negative timeout") << false << qs("major") << qint64(-1)
                                      << qs("400 Invalid negative 'timeout' value (-1)");
    QTest::newRow("timeout past 32 bits") << false << qs("major") << qint64(2147483648)
                                          << qs("400 Invalid 'timeout' value (2147483648): at most 2147483647 seconds");
    QTest::newRow("custom map normal")
        << true << qs("green") << qint64(-100)
        << qs(R"(400 Must be a non-normal severity. "green" is one of normal, ok, cleared, green)");
    QTest::newRow("custom map, not in it")
        << true << qs("major") << qint64(-100)
        << qs(R"(400 Must be a valid severity. "major" is not one of red, amber, green, grey)");
    QTest::newRow("custom map, in it") << true << qs("red") << qint64(-100) << QString();
}

void TestHeartbeatAlerts::shouldValidateOptions()
{
    QFETCH(bool, custom);
    QFETCH(QString, severity);
    QFETCH(qint64, timeout);
    QFETCH(QString, error);
    // Given: options with that severity and timeout
    HeartbeatAlertOptions options;
    options.severity = severity;
    if (timeout != -100)
        options.timeout = timeout;
    // When: they are checked against the map
    const VoidResult r = HeartbeatAlerts::validate(options, custom ? trafficLights() : SeverityMap::alertaDefault());
    // Then: accepted, or 400 with the CLI's message
    QCOMPARE(errorText(r), error);
}

void TestHeartbeatAlerts::shouldRefuseToRunWithInvalidSeverity()
{
    // Given: an expired heartbeat
    Setup s;
    s.beat(qs("cron/1"), 60);
    s.f.clock->advanceSeconds(120);
    // When: a run is asked for with severity normal
    HeartbeatAlertOptions options;
    options.severity = qs("normal");
    const Result<HeartbeatAlertReport> r = s.alerts.run(options);
    // Then: 400 and nothing sent
    QCOMPARE(r.error().code, 400);
    QCOMPARE(s.f.alertCount(), 0);
}

void TestHeartbeatAlerts::shouldRaiseFailAlertAndClearItWhenHeartbeatReturns()
{
    // Given: a heartbeat of customer acme with a 60 s timeout, not received for 5:12
    Setup s;
    const Heartbeat h = s.beat(qs("cron/1"), 60, 0, json(R"({"region": "eu"})"), qs("acme"));
    s.f.clock->advanceSeconds(312);

    // When: heartbeat alerts run
    const HeartbeatAlertReport failed = s.run();

    // Then: one HeartbeatFail alert, open and major
    QCOMPARE(describe(failed), qs("cron/1:expired:created"));
    QCOMPARE(failed.count(Heartbeat::Status::Expired), 1);
    QCOMPARE(failed.now, s.f.clock->now());
    const Alert fail = s.stored(failed.alertIds().value(0));
    QCOMPARE(fail.event, qs("HeartbeatFail"));
    QCOMPARE(fail.resource, qs("cron/1"));
    QCOMPARE(fail.status, qs("open"));
    QCOMPARE(fail.severity, qs("major"));
    QCOMPARE(fail.value, qs("0:05:12"));
    QCOMPARE(fail.text, qs("Heartbeat not received in 60 seconds"));
    QCOMPARE(fail.customer, qs("acme"));
    QCOMPARE(fail.attributes, json(R"({"region": "eu"})"));

    // When: the heartbeat is received again, and the next run comes a second later
    s.beat(qs("cron/1"), 60, 0, json(R"({"region": "eu"})"), qs("acme"));
    s.f.clock->advanceSeconds(1);
    const HeartbeatAlertReport back = s.run();

    // Then: HeartbeatOK correlates with the Fail alert and closes it (rule CLS-any); no second alert
    QCOMPARE(describe(back), qs("cron/1:ok:correlated"));
    QCOMPARE(back.alertIds(), QStringList{fail.id});
    const Alert cleared = s.stored(fail.id);
    QCOMPARE(cleared.event, qs("HeartbeatOK"));
    QCOMPARE(cleared.status, qs("closed"));
    QCOMPARE(cleared.severity, qs("normal"));
    QCOMPARE(cleared.previousSeverity, qs("major"));
    QCOMPARE(cleared.text, qs("Heartbeat OK"));
    QCOMPARE(s.f.alertCount(), 1);
    QCOMPARE(s.service.get(h.id)->status(s.f.clock->now()), Heartbeat::Status::Ok);
}

void TestHeartbeatAlerts::shouldCreateOkAlertClosedThenDuplicate()
{
    // Given: a heartbeat that never failed
    Setup s;
    s.beat(qs("web/1"), 60);
    s.f.clock->advanceSeconds(5);

    // When: heartbeat alerts run
    const HeartbeatAlertReport first = s.run();

    // Then: a HeartbeatOK alert created closed
    QCOMPARE(describe(first), qs("web/1:ok:created"));
    const Alert ok = s.stored(first.alertIds().value(0));
    QCOMPARE(ok.event, qs("HeartbeatOK"));
    QCOMPARE(ok.status, qs("closed"));
    QCOMPARE(ok.severity, qs("normal"));
    QCOMPARE(ok.value, qs(""));

    // When: the next run
    s.f.clock->advanceSeconds(5);
    const HeartbeatAlertReport second = s.run();

    // Then: a duplicate of that alert, still closed
    QCOMPARE(describe(second), qs("web/1:ok:duplicated"));
    QCOMPARE(second.alertIds(), QStringList{ok.id});
    QCOMPARE(s.stored(ok.id).duplicateCount, 1);
    QCOMPARE(s.stored(ok.id).status, qs("closed"));
    QCOMPARE(s.f.alertCount(), 1);
}

void TestHeartbeatAlerts::shouldRaiseSlowAlert()
{
    // Given: a heartbeat that took 3 s to arrive, with its own severity
    Setup s;
    s.beat(qs("db/1"), 60, 3000, json(R"({"severity": "minor", "environment": "Development"})"));

    // When: heartbeat alerts run
    const HeartbeatAlertReport report = s.run();

    // Then: an open HeartbeatSlow alert with the heartbeat's severity and environment
    QCOMPARE(describe(report), qs("db/1:slow:created"));
    const Alert slow = s.stored(report.alertIds().value(0));
    QCOMPARE(slow.event, qs("HeartbeatSlow"));
    QCOMPARE(slow.status, qs("open"));
    QCOMPARE(slow.severity, qs("minor"));
    QCOMPARE(slow.environment, qs("Development"));
    QCOMPARE(slow.value, qs("3000ms"));
    QCOMPARE(slow.text, qs("Heartbeat took more than 2000ms to be processed"));
}

void TestHeartbeatAlerts::shouldPurgeOnlyNonOkHeartbeats()
{
    // Given: an expired, a slow and an ok heartbeat
    Setup s;
    const Heartbeat expired = s.beat(qs("a/expired"), 10);
    s.f.clock->advanceSeconds(30);
    const Heartbeat slow = s.beat(qs("b/slow"), 60, 5000);
    s.beat(qs("c/ok"), 60);

    // When: a run without purge
    const HeartbeatAlertReport kept = s.run();
    // Then: all three alerted, none deleted
    QCOMPARE(describe(kept), qs("a/expired:expired:created b/slow:slow:created c/ok:ok:created"));
    QVERIFY(kept.purged.isEmpty());
    QCOMPARE(s.origins(), qs("a/expired,b/slow,c/ok"));

    // When: a run with purge
    HeartbeatAlertOptions options;
    options.purge = true;
    const HeartbeatAlertReport purged = s.run(options);
    // Then: every heartbeat still alerted first, then only the non-ok ones deleted
    QCOMPARE(describe(purged), qs("a/expired:expired:duplicated b/slow:slow:duplicated c/ok:ok:duplicated"));
    QCOMPARE(purged.purged, (QStringList{expired.id, slow.id}));
    QVERIFY(purged.errors.isEmpty());
    QCOMPARE(s.origins(), qs("c/ok"));
}

void TestHeartbeatAlerts::shouldConvertEveryHeartbeatNotOnlyTheFirstPage()
{
    // Given: more heartbeats than one list page of the service (500), expired but the last
    Setup s;
    constexpr int Count = 503;
    for (int i = 0; i < Count; ++i)
        s.beat(QStringLiteral("host/%1").arg(i, 3, 10, QLatin1Char('0')), 10);
    s.f.clock->advanceSeconds(11);
    s.beat(QStringLiteral("host/502"), 10);

    // When: heartbeats alerts run
    const HeartbeatAlertReport report = s.run();

    // Then: one alert per heartbeat, unlike the CLI's first 50
    QCOMPARE(report.sent.size(), Count);
    QCOMPARE(report.count(Heartbeat::Status::Expired), Count - 1);
    QCOMPARE(report.count(Heartbeat::Status::Ok), 1);
    QCOMPARE(report.sent.last().origin, qs("host/502"));
    QCOMPARE(s.f.alertCount(), Count);
}

void TestHeartbeatAlerts::shouldReportRefusedAlertAndSendTheOthers()
{
    // Given: two expired heartbeats, the first asking for a severity that is not in the map
    Setup s;
    s.beat(qs("a/bad"), 10, 0, json(R"({"severity": "fatal"})"));
    s.beat(qs("b/good"), 10);
    s.f.clock->advanceSeconds(20);

    // When: heartbeat alerts run
    const HeartbeatAlertReport report = s.run();

    // Then: the engine's refusal is reported and the other alert is stored
    QCOMPARE(report.errors.size(), 1);
    QVERIFY2(report.errors.first().startsWith(qs("a/bad: Severity (fatal) is not one of")),
             qPrintable(report.errors.first()));
    QCOMPARE(describe(report), qs("b/good:expired:created"));
    QCOMPARE(s.f.alertCount(), 1);
}

void TestHeartbeatAlerts::shouldBeInactiveAtIntervalZero()
{
    // Given / When: an alerter with the default interval (HEARTBEAT_ALERT_INTERVAL = 0)
    Setup s;
    HeartbeatAlerter alerter(s.service, *s.f.engine);

    // Then: off, with the default severity
    QVERIFY(!alerter.isActive());
    QCOMPARE(alerter.interval(), 0ms);
    QCOMPARE(alerter.options().severity, qs("major"));

    // When: an interval is set, then 0 again
    alerter.setInterval(5min);
    QVERIFY(alerter.isActive());
    QCOMPARE(alerter.interval(), std::chrono::milliseconds(5min));
    alerter.setInterval(0ms);
    // Then: off again
    QVERIFY(!alerter.isActive());
}

void TestHeartbeatAlerts::shouldRunOnDemand()
{
    // Given: an expired heartbeat and an alerter with periodic runs off and severity critical
    Setup s;
    s.beat(qs("cron/1"), 10);
    s.f.clock->advanceSeconds(20);
    HeartbeatAlertOptions options;
    options.severity = qs("critical");
    HeartbeatAlerter alerter(s.service, *s.f.engine, 0ms, options);
    QSignalSpy finished(&alerter, &HeartbeatAlerter::finished);

    // When: its slot is called twice in a row
    alerter.runNow();
    alerter.runNow();

    // Then: one run (the second call finds the first in progress), reported by `finished`
    QVERIFY(finished.wait());
    const auto report = finished.first().first().value<HeartbeatAlertReport>();
    QCOMPARE(describe(report), qs("cron/1:expired:created"));
    QCOMPARE(s.stored(report.alertIds().value(0)).severity, qs("critical"));
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(s.f.alertCount(), 1);
}

void TestHeartbeatAlerts::shouldRunOnTimer()
{
    // Given: an ok heartbeat and an alerter with a short interval
    Setup s;
    s.beat(qs("web/1"), 60);
    HeartbeatAlerter alerter(s.service, *s.f.engine, 10ms);
    QSignalSpy finished(&alerter, &HeartbeatAlerter::finished);

    // When: the timer fires
    QVERIFY(finished.wait());

    // Then: the run's report is announced and the timer stays on
    QCOMPARE(describe(finished.first().first().value<HeartbeatAlertReport>()).section(u':', 0, 1), qs("web/1:ok"));
    QVERIFY(alerter.isActive());
}

QTEST_GUILESS_MAIN(TestHeartbeatAlerts)
#include "testheartbeatalerts.moc"
