// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

#include "core/blackoutjson.h"
#include "core/timestamp.h"
#include "tests/support/testtext.h"

// Blackouts on the wire (spec §4.6): the `POST /blackout` parser with its defaults and its 400 messages in order,
// the priority rules, the computed status and remaining time as "now" moves, the `PUT /blackout/{id}` rules and the
// serialised object.

namespace {

/// 2024-05-01T09:30:00.000Z, "now" unless a test says otherwise.
constexpr Timestamp Start = 1714555800000;
constexpr qint64 DefaultDuration = 3600;
constexpr qint64 Hour = 3600 * 1000;

QJsonObject json(const char *text)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", text);
    return doc.object();
}

template<typename T>
QString errorText(const Result<T> &r)
{
    return r.ok() ? QString() : QString::number(r.error().code) + u' ' + r.error().message;
}

Result<Blackout> parse(const QJsonObject &body, Timestamp now = Start)
{
    return BlackoutJson::parseIncomingBlackout(body, qs("alice"), DefaultDuration, now);
}

/// A time as seconds from Start, e.g. `+3600` or `-60.5`.
QString relative(Timestamp t)
{
    const qint64 ms = t - Start;
    QString s = (ms < 0 ? QStringLiteral("-") : QStringLiteral("+")) + QString::number(qAbs(ms) / 1000);
    if (ms % 1000 != 0)
        s += u'.' + QString::number(qAbs(ms) % 1000).rightJustified(3, u'0');
    return s;
}

QString orDash(const QString &s)
{
    return s.isNull() ? QStringLiteral("-") : s;
}

/// Every stored field but id and createTime on one line, times relative to Start, null as `-`.
QString describe(const Blackout &b)
{
    return QStringList{u"env=" + orDash(b.environment),
                       u"svc=" + b.service.join(u','),
                       u"res=" + orDash(b.resource),
                       u"evt=" + orDash(b.event),
                       u"grp=" + orDash(b.group),
                       u"tags=" + b.tags.join(u','),
                       u"org=" + orDash(b.origin),
                       u"cust=" + orDash(b.customer),
                       u"start=" + relative(b.startTime),
                       u"end=" + relative(b.endTime),
                       u"dur=" + QString::number(b.duration),
                       u"prio=" + QString::number(b.priority),
                       u"user=" + orDash(b.user),
                       u"text=" + orDash(b.text)}
        .join(u' ');
}

/// The blackout PUT tests start from: web01 in Production for the hour from Start, by alice.
Blackout stored()
{
    const Result<Blackout> b = parse(json(R"({"environment": "Production", "resource": "web01", "text": "patching"})"));
    if (!b)
        qFatal("parse failed: %s", qPrintable(b.error().message));
    return *b;
}

} // namespace

class TestBlackoutJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldApplyDefaults();
    void shouldDeriveDurationAndEndTime_data();
    void shouldDeriveDurationAndEndTime();
    void shouldTakeCriteriaAndOwnerAsGiven();
    void shouldRejectInvalidBodies_data();
    void shouldRejectInvalidBodies();
    void shouldComputePriority_data();
    void shouldComputePriority();
    void shouldComputeStatusAndRemaining_data();
    void shouldComputeStatusAndRemaining();
    void shouldApplyUpdates_data();
    void shouldApplyUpdates();
    void shouldRejectInvalidUpdates_data();
    void shouldRejectInvalidUpdates();
    void shouldSerialiseEveryKey();
};

void TestBlackoutJson::shouldApplyDefaults()
{
    // Given: a body with nothing but the environment
    // When: it is parsed at Start
    const Result<Blackout> b = parse(json(R"({"environment": "Production"})"));

    // Then: a new id, a one-hour window from now, the default user, no criteria and priority 0
    QVERIFY2(b.ok(), qPrintable(errorText(b)));
    QVERIFY(!QUuid::fromString(b->id).isNull());
    QVERIFY(!b->id.startsWith(u'{'));
    QCOMPARE(b->createTime, Start);
    QCOMPARE(describe(*b),
             qs("env=Production svc= res=- evt=- grp=- tags= org=- cust=- start=+0 end=+3600 dur=3600 prio=0 "
                "user=alice text=-"));
    // And: two parses give two ids
    QVERIFY(parse(json(R"({"environment": "Production"})"))->id != b->id);
}

void TestBlackoutJson::shouldDeriveDurationAndEndTime_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("window"); // start end duration, relative to Start
    const auto row = [](const char *name, const char *body, const char *window) {
        QTest::newRow(name) << qs(body) << qs(window);
    };
    row("default duration", R"({})", "+0 +3600 3600");
    row("duration", R"({"duration": 600})", "+0 +600 600");
    row("duration as 600.0", R"({"duration": 600.0})", "+0 +600 600");
    row("duration 0 takes the default", R"({"duration": 0})", "+0 +3600 3600");
    row("duration null takes the default", R"({"duration": null})", "+0 +3600 3600");
    row("later start", R"({"startTime": "2024-05-01T10:30:00.000Z"})", "+3600 +7200 3600");
    row("earlier start with duration",
        R"({"startTime": "2024-05-01T09:00:00.000Z", "duration": 60})",
        "-1800 -1740 60");
    row("null start is now", R"({"startTime": null, "duration": 60})", "+0 +60 60");
    row("end gives duration", R"({"endTime": "2024-05-01T11:30:00.000Z"})", "+0 +7200 7200");
    row("end wins over duration", R"({"endTime": "2024-05-01T09:40:00.000Z", "duration": 60})", "+0 +600 600");
    row("duration in whole seconds",
        R"({"startTime": "2024-05-01T09:30:00.000Z", "endTime": "2024-05-01T09:31:30.999Z"})",
        "+0 +90.999 90");
    row("end equal to start", R"({"endTime": "2024-05-01T09:30:00.000Z"})", "+0 +0 0");
    row("null end uses duration", R"({"endTime": null, "duration": 120})", "+0 +120 120");
}

void TestBlackoutJson::shouldDeriveDurationAndEndTime()
{
    QFETCH(QString, body);
    QFETCH(QString, window);

    // Given: a Production blackout body with these times
    QJsonObject o = QJsonDocument::fromJson(body.toUtf8()).object();
    o.insert(QStringLiteral("environment"), QStringLiteral("Production"));

    // When: it is parsed at Start
    const Result<Blackout> b = parse(o);

    // Then: start, end and duration are consistent
    QVERIFY2(b.ok(), qPrintable(errorText(b)));
    QCOMPARE(relative(b->startTime) + u' ' + relative(b->endTime) + u' ' + QString::number(b->duration), window);
}

void TestBlackoutJson::shouldTakeCriteriaAndOwnerAsGiven()
{
    // Given: a body with every criterion, an owner, a customer and an id
    const QJsonObject body = json(R"({"id": "my-id", "environment": "Production", "service": ["Web", "API"],
        "resource": "web01", "event": "NodeDown", "group": "Network", "tags": ["linux", "dc1"], "origin": "nagios",
        "customer": "acme", "user": "bob", "text": "maintenance"})");

    // When: it is parsed
    const Result<Blackout> b = parse(body);

    // Then: all are kept as sent; the caller rules for user and customer are the service's
    QVERIFY2(b.ok(), qPrintable(errorText(b)));
    QCOMPARE(b->id, qs("my-id"));
    QCOMPARE(describe(*b),
             qs("env=Production svc=Web,API res=web01 evt=NodeDown grp=Network tags=linux,dc1 org=nagios cust=acme "
                "start=+0 end=+3600 dur=3600 prio=8 user=bob text=maintenance"));

    // And: "" and null for customer and user read as absent (null customer, default user); numbers as their text
    const Result<Blackout> blank =
        parse(json(R"({"environment": "Production", "customer": "", "user": "", "resource": null, "text": 42})"));
    QVERIFY2(blank.ok(), qPrintable(errorText(blank)));
    QVERIFY(blank->customer.isNull());
    QCOMPARE(blank->user, qs("alice"));
    QVERIFY(blank->resource.isNull());
    QCOMPARE(blank->text, qs("42"));
    // And: without a default user an anonymous blackout has a null user
    const Result<Blackout> anonymous =
        BlackoutJson::parseIncomingBlackout(json(R"({"environment": "Production"})"), QString(), 60, Start);
    QVERIFY(anonymous.ok());
    QVERIFY(anonymous->user.isNull());
    QCOMPARE(anonymous->duration, qint64(60));
}

void TestBlackoutJson::shouldRejectInvalidBodies_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *name, const char *body, const QString &message) {
        QTest::newRow(name) << qs(body) << message;
    };
    const QString dates = IsoTime::formatError();
    // Each message alone.
    row("service not a list", R"({"environment": "P", "service": "Web"})", qs("service must be a list"));
    row("service null", R"({"environment": "P", "service": null})", qs("service must be a list"));
    row("tags not a list", R"({"environment": "P", "tags": "a"})", qs("tags must be a list"));
    row("no environment key", R"({"resource": "web01"})", qs("'environment'"));
    row("empty body", R"({})", qs("'environment'"));
    row("bad startTime", R"({"environment": "P", "startTime": "2024-05-01T09:30:00Z"})", dates);
    row("bad endTime", R"({"environment": "P", "endTime": "2024-05-01 09:30:00.000"})", dates);
    row("numeric endTime", R"({"environment": "P", "endTime": 1714555800})", dates);
    row("empty environment", R"({"environment": ""})", qs(R"(Missing mandatory value for "environment")"));
    row("null environment", R"({"environment": null})", qs(R"(Missing mandatory value for "environment")"));
    row("empty resource", R"({"environment": "P", "resource": ""})", qs("resource can not be an empty string"));
    row("empty event", R"({"environment": "P", "event": ""})", qs("event can not be an empty string"));
    row("empty group", R"({"environment": "P", "group": ""})", qs("group can not be an empty string"));
    row("empty origin", R"({"environment": "P", "origin": ""})", qs("origin can not be an empty string"));
    row("environment list", R"({"environment": ["P"]})", qs("environment must be a string"));
    row("resource object", R"({"environment": "P", "resource": {"a": 1}})", qs("resource must be a string"));
    row("customer list", R"({"environment": "P", "customer": ["a"]})", qs("customer must be a string"));
    row("user list", R"({"environment": "P", "user": ["a"]})", qs("user must be a string"));
    row("text object", R"({"environment": "P", "text": {"a": 1}})", qs("text must be a string"));
    row("service of lists", R"({"environment": "P", "service": [["Web"]]})", qs("service must be a list of strings"));
    row("tags with null", R"({"environment": "P", "tags": [null]})", qs("tags must be a list of strings"));
    row("duration text", R"({"environment": "P", "duration": "60"})", qs("duration must be an integer"));
    row("duration fraction", R"({"environment": "P", "duration": 1.5})", qs("duration must be an integer"));
    row("negative duration", R"({"environment": "P", "duration": -5})", qs("Invalid negative 'duration' value (-5)"));
    // past 32 bits `startTime + duration * 1000` could overflow
    row("duration past 32 bits",
        R"({"environment": "P", "duration": 9223372036854775807})",
        qs("Invalid 'duration' value (9223372036854775807): at most 2147483647 seconds"));
    row("end before start",
        R"({"environment": "P", "startTime": "2024-05-01T10:00:00.000Z", "endTime": "2024-05-01T09:59:59.999Z"})",
        qs("endTime must not be before startTime"));
    // Their order: each row breaks this rule and every later one.
    row("service before tags", R"({"service": "a", "tags": "b"})", qs("service must be a list"));
    row("tags before missing environment", R"({"tags": "b"})", qs("tags must be a list"));
    row("missing environment before dates", R"({"startTime": "x"})", qs("'environment'"));
    row("startTime before endTime", R"({"environment": "", "startTime": "x", "endTime": "y"})", dates);
    row("dates before empty environment", R"({"environment": "", "endTime": "y", "resource": ""})", dates);
    row("empty environment before empty resource",
        R"({"environment": "", "resource": ""})",
        qs(R"(Missing mandatory value for "environment")"));
    row("resource before event",
        R"({"environment": "P", "event": "", "resource": ""})",
        qs("resource can not be an empty string"));
    row("event before group",
        R"({"environment": "P", "group": "", "event": ""})",
        qs("event can not be an empty string"));
    row("group before origin",
        R"({"environment": "P", "origin": "", "group": ""})",
        qs("group can not be an empty string"));
    row("origin before types",
        R"({"environment": "P", "origin": "", "resource": [1]})",
        qs("origin can not be an empty string"));
    row("types before duration",
        R"({"environment": "P", "tags": [{}], "duration": "x"})",
        qs("tags must be a list of strings"));
    row("duration before window",
        R"({"environment": "P", "duration": -1, "startTime": "2024-05-01T10:00:00.000Z",
            "endTime": "2024-05-01T09:00:00.000Z"})",
        qs("Invalid negative 'duration' value (-1)"));
}

void TestBlackoutJson::shouldRejectInvalidBodies()
{
    QFETCH(QString, body);
    QFETCH(QString, message);

    // Given: an invalid body
    const QJsonObject o = QJsonDocument::fromJson(body.toUtf8()).object();

    // When: it is parsed
    const Result<Blackout> b = parse(o);

    // Then: 400 with upstream's message
    QCOMPARE(errorText(b), u"400 " + message);
}

void TestBlackoutJson::shouldComputePriority_data()
{
    QTest::addColumn<QString>("criteria");
    QTest::addColumn<int>("priority");
    const auto row = [](const char *name, const char *criteria, int priority) {
        QTest::newRow(name) << qs(criteria) << priority;
    };
    row("environment only", R"({})", 0);
    row("customer does not count", R"({"customer": "acme"})", 0);
    row("resource without event", R"({"resource": "r"})", 2);
    row("service", R"({"service": ["s"]})", 3);
    row("empty service does not count", R"({"service": []})", 0);
    row("event without resource", R"({"event": "e"})", 4);
    row("group", R"({"group": "g"})", 5);
    row("resource and event", R"({"resource": "r", "event": "e"})", 6);
    row("tags", R"({"tags": ["t"]})", 7);
    row("origin", R"({"origin": "o"})", 8);
    // Combinations: the first rule that applies wins, origin overrides all.
    row("resource beats service", R"({"resource": "r", "service": ["s"], "group": "g", "tags": ["t"]})", 2);
    row("service beats event", R"({"service": ["s"], "event": "e"})", 3);
    row("service beats resource and event", R"({"service": ["s"], "resource": "r", "event": "e"})", 3);
    row("event beats group", R"({"event": "e", "group": "g", "tags": ["t"]})", 4);
    row("group beats resource and event", R"({"group": "g", "resource": "r", "event": "e"})", 5);
    row("group beats tags", R"({"group": "g", "tags": ["t"]})", 5);
    row("resource and event beat tags", R"({"resource": "r", "event": "e", "tags": ["t"]})", 6);
    row("origin over resource", R"({"origin": "o", "resource": "r"})", 8);
    row("origin over everything",
        R"({"origin": "o", "resource": "r", "event": "e", "service": ["s"], "group": "g", "tags": ["t"]})",
        8);
}

void TestBlackoutJson::shouldComputePriority()
{
    QFETCH(QString, criteria);
    QFETCH(int, priority);

    // Given: a Production blackout with these criteria
    QJsonObject o = QJsonDocument::fromJson(criteria.toUtf8()).object();
    o.insert(QStringLiteral("environment"), QStringLiteral("Production"));

    // When: it is parsed
    const Result<Blackout> b = parse(o);

    // Then: its priority follows spec §4.6, stored and recomputed alike
    QVERIFY2(b.ok(), qPrintable(errorText(b)));
    QCOMPARE(b->priority, priority);
    QCOMPARE(b->computePriority(), priority);
}

void TestBlackoutJson::shouldComputeStatusAndRemaining_data()
{
    QTest::addColumn<qint64>("offset"); // ms from Start, the blackout runs [Start, Start + 1 h)
    QTest::addColumn<QString>("status");
    QTest::addColumn<qint64>("remaining");
    QTest::newRow("an hour before") << -Hour << qs("pending") << qint64(3600);
    QTest::newRow("1 ms before start") << qint64(-1) << qs("pending") << qint64(3600);
    QTest::newRow("at start") << qint64(0) << qs("active") << qint64(3600);
    QTest::newRow("half a second in") << qint64(500) << qs("active") << qint64(3599);
    QTest::newRow("half way") << Hour / 2 << qs("active") << qint64(1800);
    QTest::newRow("1 ms before end") << Hour - 1 << qs("active") << qint64(0);
    QTest::newRow("at end") << Hour << qs("expired") << qint64(0);
    QTest::newRow("a day after") << 25 * Hour << qs("expired") << qint64(0);
}

void TestBlackoutJson::shouldComputeStatusAndRemaining()
{
    QFETCH(qint64, offset);
    QFETCH(QString, status);
    QFETCH(qint64, remaining);

    // Given: a blackout for the hour from Start
    const Blackout b = stored();

    // When: it is looked at `offset` ms after Start
    const Timestamp now = Start + offset;

    // Then: status and whole seconds remaining, in the struct and on the wire
    QCOMPARE(Blackout::statusName(b.status(now)), status);
    QCOMPARE(b.remaining(now), remaining);
    const QJsonObject o = BlackoutJson::blackoutToJson(b, qs("http://x/api"), now);
    QCOMPARE(o.value(qs("status")).toString(), status);
    QCOMPARE(o.value(qs("remaining")).toInteger(), remaining);
}

void TestBlackoutJson::shouldApplyUpdates_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const char *body, const char *expected) {
        QTest::newRow(name) << qs(body) << qs(expected);
    };
    // The stored blackout: env=Production res=web01 start=+0 end=+3600 dur=3600 prio=2 user=alice text=patching.
    row("text only",
        R"({"text": "longer"})",
        "env=Production svc= res=web01 evt=- grp=- tags= org=- cust=- start=+0 end=+3600 dur=3600 prio=2 user=alice "
        "text=longer");
    row("environment",
        R"({"environment": "Development"})",
        "env=Development svc= res=web01 evt=- grp=- tags= org=- cust=- start=+0 end=+3600 dur=3600 prio=2 user=alice "
        "text=patching");
    row("add event: priority 6",
        R"({"event": "NodeDown"})",
        "env=Production svc= res=web01 evt=NodeDown grp=- tags= org=- cust=- start=+0 end=+3600 dur=3600 prio=6 "
        "user=alice text=patching");
    row("clear resource, add service: priority 3",
        R"({"resource": null, "service": ["Web"]})",
        "env=Production svc=Web res=- evt=- grp=- tags= org=- cust=- start=+0 end=+3600 dur=3600 prio=3 user=alice "
        "text=patching");
    row("origin: priority 8",
        R"({"origin": "nagios", "tags": ["a", "b"], "group": "Net"})",
        "env=Production svc= res=web01 evt=- grp=Net tags=a,b org=nagios cust=- start=+0 end=+3600 dur=3600 prio=8 "
        "user=alice text=patching");
    row("empty lists clear",
        R"({"service": [], "tags": []})",
        "env=Production svc= res=web01 evt=- grp=- tags= org=- cust=- start=+0 end=+3600 dur=3600 prio=2 user=alice "
        "text=patching");
    row("customer and user",
        R"({"customer": "acme", "user": "bob"})",
        "env=Production svc= res=web01 evt=- grp=- tags= org=- cust=acme start=+0 end=+3600 dur=3600 prio=2 user=bob "
        "text=patching");
    row("null user changes nothing, null text clears",
        R"({"user": null, "text": null})",
        "env=Production svc= res=web01 evt=- grp=- tags= org=- cust=- start=+0 end=+3600 dur=3600 prio=2 user=alice "
        "text=-");
    row("endTime recomputes duration",
        R"({"endTime": "2024-05-01T11:30:00.000Z"})",
        "env=Production svc= res=web01 evt=- grp=- tags= org=- cust=- start=+0 end=+7200 dur=7200 prio=2 user=alice "
        "text=patching");
    row("duration moves endTime",
        R"({"duration": 600})",
        "env=Production svc= res=web01 evt=- grp=- tags= org=- cust=- start=+0 end=+600 dur=600 prio=2 user=alice "
        "text=patching");
    row("startTime keeps the duration",
        R"({"startTime": "2024-05-01T10:30:00.000Z"})",
        "env=Production svc= res=web01 evt=- grp=- tags= org=- cust=- start=+3600 end=+7200 dur=3600 prio=2 "
        "user=alice text=patching");
    row("startTime and endTime",
        R"({"startTime": "2024-05-01T10:30:00.000Z", "endTime": "2024-05-01T10:31:00.000Z"})",
        "env=Production svc= res=web01 evt=- grp=- tags= org=- cust=- start=+3600 end=+3660 dur=60 prio=2 user=alice "
        "text=patching");
    row("startTime and duration",
        R"({"startTime": "2024-05-01T09:00:00.000Z", "duration": 60})",
        "env=Production svc= res=web01 evt=- grp=- tags= org=- cust=- start=-1800 end=-1740 dur=60 prio=2 user=alice "
        "text=patching");
    row("endTime wins over duration",
        R"({"endTime": "2024-05-01T09:35:00.000Z", "duration": 60})",
        "env=Production svc= res=web01 evt=- grp=- tags= org=- cust=- start=+0 end=+300 dur=300 prio=2 user=alice "
        "text=patching");
    row("null startTime is now",
        R"({"startTime": null})",
        "env=Production svc= res=web01 evt=- grp=- tags= org=- cust=- start=+600 end=+4200 dur=3600 prio=2 "
        "user=alice text=patching");
    row("null endTime and duration change nothing",
        R"({"endTime": null, "duration": null})",
        "env=Production svc= res=web01 evt=- grp=- tags= org=- cust=- start=+0 end=+3600 dur=3600 prio=2 user=alice "
        "text=patching");
    row("unknown keys are ignored beside a known one",
        R"({"foo": 1, "text": "t"})",
        "env=Production svc= res=web01 evt=- grp=- tags= org=- cust=- start=+0 end=+3600 dur=3600 prio=2 user=alice "
        "text=t");
}

void TestBlackoutJson::shouldApplyUpdates()
{
    QFETCH(QString, body);
    QFETCH(QString, expected);

    // Given: the stored blackout
    const Blackout before = stored();

    // When: the PUT body is applied ten minutes after Start
    const Result<Blackout> after =
        BlackoutJson::applyUpdate(before, QJsonDocument::fromJson(body.toUtf8()).object(), Start + 600 * 1000);

    // Then: the fields change as the body says, id and createTime never
    QVERIFY2(after.ok(), qPrintable(errorText(after)));
    QCOMPARE(describe(*after), expected);
    QCOMPARE(after->id, before.id);
    QCOMPARE(after->createTime, before.createTime);
}

void TestBlackoutJson::shouldRejectInvalidUpdates_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *name, const char *body, const QString &message) {
        QTest::newRow(name) << qs(body) << message;
    };
    row("empty body", R"({})", qs("nothing to change"));
    row("only unknown keys", R"({"foo": 1, "id": "x"})", qs("nothing to change"));
    row("service not a list", R"({"service": "Web"})", qs("service must be a list"));
    row("tags null", R"({"tags": null})", qs("tags must be a list"));
    row("bad date", R"({"endTime": "tomorrow"})", IsoTime::formatError());
    row("empty environment", R"({"environment": ""})", qs(R"(Missing mandatory value for "environment")"));
    row("null environment", R"({"environment": null})", qs(R"(Missing mandatory value for "environment")"));
    row("empty event", R"({"event": ""})", qs("event can not be an empty string"));
    row("group list", R"({"group": ["a"]})", qs("group must be a string"));
    row("duration text", R"({"duration": "1h"})", qs("duration must be an integer"));
    row("negative duration", R"({"duration": -60})", qs("Invalid negative 'duration' value (-60)"));
    row("duration past 32 bits",
        R"({"duration": 2147483648})",
        qs("Invalid 'duration' value (2147483648): at most 2147483647 seconds"));
    row("end before stored start",
        R"({"endTime": "2024-05-01T09:29:59.000Z"})",
        qs("endTime must not be before startTime"));
    row("start after stored end with end given",
        R"({"startTime": "2024-05-01T12:00:00.000Z", "endTime": "2024-05-01T11:00:00.000Z"})",
        qs("endTime must not be before startTime"));
}

void TestBlackoutJson::shouldRejectInvalidUpdates()
{
    QFETCH(QString, body);
    QFETCH(QString, message);

    // Given: the stored blackout and an invalid PUT body
    // When: it is applied
    const Result<Blackout> after =
        BlackoutJson::applyUpdate(stored(), QJsonDocument::fromJson(body.toUtf8()).object(), Start);

    // Then: 400 with the message
    QCOMPARE(errorText(after), u"400 " + message);
}

void TestBlackoutJson::shouldSerialiseEveryKey()
{
    // Given: a blackout with some criteria set, created an hour ago for two hours from then
    const Result<Blackout> b = BlackoutJson::parseIncomingBlackout(
        json(R"({"id": "5e7c5b9a-3e33-4d5e-9a53-5a3f1f0e1c11", "environment": "Production", "service": ["Web"],
                 "resource": "web01", "tags": ["linux", "dc1"], "customer": "acme", "duration": 7200,
                 "text": "kernel update"})"),
        qs("alice"),
        DefaultDuration,
        Start - Hour);
    QVERIFY2(b.ok(), qPrintable(errorText(b)));

    // When: it is serialised at Start
    const QJsonObject o = BlackoutJson::blackoutToJson(*b, qs("http://localhost:8080/api"), Start);

    // Then: every key of spec §4.6 with its value; unset criteria are null
    const QJsonObject expected = json(R"({
        "id": "5e7c5b9a-3e33-4d5e-9a53-5a3f1f0e1c11",
        "href": "http://localhost:8080/api/blackout/5e7c5b9a-3e33-4d5e-9a53-5a3f1f0e1c11",
        "priority": 2,
        "environment": "Production",
        "service": ["Web"],
        "resource": "web01",
        "event": null,
        "group": null,
        "tags": ["linux", "dc1"],
        "origin": null,
        "customer": "acme",
        "startTime": "2024-05-01T08:30:00.000Z",
        "endTime": "2024-05-01T10:30:00.000Z",
        "duration": 7200,
        "status": "active",
        "remaining": 3600,
        "user": "alice",
        "createTime": "2024-05-01T08:30:00.000Z",
        "text": "kernel update"
    })");
    QCOMPARE(o, expected);
}

QTEST_GUILESS_MAIN(TestBlackoutJson)
#include "testblackoutjson.moc"
