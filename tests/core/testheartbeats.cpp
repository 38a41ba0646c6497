// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "core/heartbeatjson.h"
#include "core/heartbeatservice.h"
#include "core/timestamp.h"
#include "tests/support/enginefixture.h"
#include "tests/support/testtext.h"

// Heartbeats (spec §4.5, §7): the `POST /heartbeat` parser and its messages, the upsert by (origin, customer),
// the computed latency/since/status as the ManualClock moves, the list filters with the computed `status`, paging,
// the customer restriction on every path, the `heartbeat` plugin's conversion of an alert, and the wire form.

namespace {

using Params = QueryParams;

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

template<typename T>
QString errorText(const Result<T> &r)
{
    return r.ok() ? QString() : QString::number(r.error().code) + u' ' + r.error().message;
}

/// A heartbeat service and its fixture: both share the fixture's store and clock.
struct Heartbeats
{
    EngineFixture f;
    HeartbeatService service{f.store, EngineFixture::defaultConfig(), f.clock};

    /// Parses `body` as `POST /heartbeat` now and upserts it; fails the test on an error.
    Heartbeat post(const QJsonObject &body, const Caller &caller = Caller::internal())
    {
        const Result<Heartbeat> parsed =
            HeartbeatJson::parseIncomingHeartbeat(body, EngineFixture::defaultConfig(), f.clock->now());
        if (!parsed)
            qFatal("parse failed: %s", qPrintable(parsed.error().message));
        const Result<Heartbeat> stored = service.upsert(*parsed, caller);
        if (!stored)
            qFatal("upsert failed: %s", qPrintable(stored.error().message));
        return *stored;
    }

    /// Origins of a list query in result order, or `<code> <message>`.
    QString origins(const Params &params, const Caller &caller = {})
    {
        const Result<HeartbeatPage> page = service.list(params, caller);
        if (!page)
            return errorText(page);
        QStringList out;
        for (const Heartbeat &h : page->heartbeats)
            out.append(h.origin);
        return out.join(u',');
    }

    /// cron/1 (tags a,b; timeout 10 s; received 20 s ago → expired), web/1 (tag a; Production → ok) and db/1
    /// (tag b; customer acme; created 5 s before it was received → slow), stored in that order.
    void seedThree()
    {
        post(json(R"({"origin": "cron/1", "tags": ["a", "b"], "timeout": 10})"));
        f.clock->advanceSeconds(20);
        post(json(R"({"origin": "web/1", "tags": ["a"], "attributes": {"environment": "Production"}})"));
        QJsonObject db = json(R"({"origin": "db/1", "tags": ["b"], "customer": "acme",
                                  "attributes": {"environment": "Development"}})");
        db.insert(QStringLiteral("createTime"), IsoTime::format(f.clock->now() - 5000));
        post(db);
    }
};

QString statusOf(const Heartbeat &h, Timestamp now)
{
    return Heartbeat::statusName(h.status(now));
}

} // namespace

class TestHeartbeats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRejectInvalidBodies_data();
    void shouldRejectInvalidBodies();
    void shouldApplyDefaults();
    void shouldUpsertByOriginAndCustomer();
    void shouldRefuseAnotherHeartbeatsId();
    void shouldMoveFromOkToSlowToExpired();
    void shouldFilterList_data();
    void shouldFilterList();
    void shouldPageAndCountWithoutStatus();
    void shouldRestrictEveryPathToCallerCustomers();
    void shouldConvertAlert();
    void shouldSerialiseEveryKey();
};

void TestHeartbeats::shouldRejectInvalidBodies_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *name, const char *body, const QString &message) {
        QTest::newRow(name) << qs(body) << message;
    };
    row("tags not a list", R"({"tags": "a"})", qs("tags must be a list"));
    row("tags null", R"({"tags": null})", qs("tags must be a list"));
    row("timeout text", R"({"timeout": "60"})", qs("timeout must be an integer"));
    row("timeout fraction", R"({"timeout": 1.5})", qs("timeout must be an integer"));
    row("attributes list", R"({"attributes": []})", qs("attributes must be a JSON object"));
    row("empty customer", R"({"customer": ""})", qs("customer must not be an empty string"));
    row("dot in key", R"({"attributes": {"a.b": 1}})", qs(R"(Attribute keys must not contain "." or "$")"));
    row("dollar in key", R"({"attributes": {"$a": 1}})", qs(R"(Attribute keys must not contain "." or "$")"));
    row("negative timeout", R"({"timeout": -5})", qs("Invalid negative 'timeout' value (-5)"));
    row("timeout past 32 bits",
        R"({"timeout": 2147483648})",
        qs("Invalid 'timeout' value (2147483648): at most 2147483647 seconds"));
    row("bad createTime", R"({"createTime": "yesterday"})", IsoTime::formatError());
    row("tags before timeout", R"({"tags": "a", "timeout": "x"})", qs("tags must be a list"));
    row("timeout before attributes", R"({"timeout": "x", "attributes": []})", qs("timeout must be an integer"));
    row("tag not a string", R"({"tags": ["a", null]})", qs("tags must be a list of strings"));
    row("origin not a string", R"({"origin": ["a"]})", qs("origin must be a string"));
}

void TestHeartbeats::shouldRejectInvalidBodies()
{
    QFETCH(QString, body);
    QFETCH(QString, message);
    // Given: a POST /heartbeat body
    const QJsonObject object = QJsonDocument::fromJson(body.toUtf8()).object();
    // When: it is parsed
    const Result<Heartbeat> parsed =
        HeartbeatJson::parseIncomingHeartbeat(object, EngineFixture::defaultConfig(), EngineFixture::Start);
    // Then: 400 with upstream's message
    QCOMPARE(errorText(parsed), u"400 " + message);
}

void TestHeartbeats::shouldApplyDefaults()
{
    // Given: an empty body and a configuration with its own heartbeat timeout
    EngineConfig config = EngineFixture::defaultConfig();
    config.heartbeatTimeout = 600;
    config.heartbeatMaxLatency = 750;
    // When: it is parsed
    const Result<Heartbeat> h = HeartbeatJson::parseIncomingHeartbeat({}, config, EngineFixture::Start);
    // Then: the §7.1 defaults
    QVERIFY(h.ok());
    QVERIFY(!QUuid::fromString(h->id).isNull());
    QCOMPARE(h->origin, qs("test/host"));
    QCOMPARE(h->tags, QStringList());
    QCOMPARE(h->attributes, QJsonObject());
    QCOMPARE(h->type, qs("Heartbeat"));
    QCOMPARE(h->createTime, EngineFixture::Start);
    QCOMPARE(h->timeout, qint64(600));
    QCOMPARE(h->maxLatency, qint64(750));
    QVERIFY(h->customer.isNull());
    // And: the engine defaults are upstream's
    QCOMPARE(EngineConfig().heartbeatTimeout, qint64(86400));
    QCOMPARE(EngineConfig().heartbeatMaxLatency, qint64(2000));

    // Given: timeout 0 and an explicit createTime
    const Result<Heartbeat> zero = HeartbeatJson::parseIncomingHeartbeat(
        json(R"({"timeout": 0, "createTime": "2024-05-01T09:00:00.000Z", "customer": "acme"})"),
        config,
        EngineFixture::Start);
    // Then: zero is kept (not defaulted) and the time is parsed
    QVERIFY(zero.ok());
    QCOMPARE(zero->timeout, qint64(0));
    QCOMPARE(zero->createTime, EngineFixture::Start - 30 * 60 * 1000);
    QCOMPARE(zero->customer, qs("acme"));
}

void TestHeartbeats::shouldRefuseAnotherHeartbeatsId()
{
    // Given: the heartbeat of o1 under a sender-chosen id
    Heartbeats t;
    const Heartbeat first = t.post(json(R"({"id": "chosen-id", "origin": "o1"})"));
    QCOMPARE(first.id, qs("chosen-id"));

    // When: another origin, and the same origin for a customer, send that id
    for (const char *body :
         {R"({"id": "chosen-id", "origin": "o2"})", R"({"id": "chosen-id", "origin": "o1", "customer": "acme"})"}) {
        const Result<Heartbeat> parsed =
            HeartbeatJson::parseIncomingHeartbeat(json(body), EngineFixture::defaultConfig(), t.f.clock->now());
        QVERIFY(parsed);
        // Then: a conflict, not a server error, and no second heartbeat
        QCOMPARE(errorText(t.service.upsert(*parsed, Caller::internal())),
                 qs("409 heartbeat with id 'chosen-id' already exists"));
    }
    QCOMPARE(t.service.list({})->total, qint64(1));
    // And: o1 itself may send it again
    QCOMPARE(t.post(json(R"({"id": "chosen-id", "origin": "o1", "timeout": 5})")).timeout, qint64(5));
}

void TestHeartbeats::shouldUpsertByOriginAndCustomer()
{
    Heartbeats t;
    // Given: a heartbeat of origin o1 without customer
    const Heartbeat first = t.post(json(R"({"origin": "o1", "tags": ["a"], "attributes": {"x": "1"}, "timeout": 60})"));
    QCOMPARE(first.receiveTime, EngineFixture::Start);

    // When: o1 sends again later, with another id and new fields
    t.f.clock->advanceSeconds(30);
    const Heartbeat again =
        t.post(json(R"({"id": "other-id", "origin": "o1", "tags": ["b"], "attributes": {"y": "2"}, "timeout": 90})"));

    // Then: the stored id is kept and tags, attributes, createTime, timeout and receiveTime are replaced
    QCOMPARE(again.id, first.id);
    QCOMPARE(again.tags, qsl({"b"}));
    QCOMPARE(again.attributes, json(R"({"y": "2"})"));
    QCOMPARE(again.timeout, qint64(90));
    QCOMPARE(again.createTime, EngineFixture::Start + 30000);
    QCOMPARE(again.receiveTime, EngineFixture::Start + 30000);
    const Result<Heartbeat> read = t.service.get(first.id);
    QVERIFY(read.ok());
    QCOMPARE(*read, again);

    // When: the same origin arrives for a customer
    const Heartbeat acme = t.post(json(R"({"origin": "o1", "customer": "acme"})"));
    // Then: a null customer is not that customer: a second heartbeat
    QVERIFY(acme.id != first.id);
    QCOMPARE(acme.customer, qs("acme"));
    // And: the customer's heartbeat is upserted on its own
    const Heartbeat acmeAgain = t.post(json(R"({"origin": "o1", "customer": "acme", "timeout": 5})"));
    QCOMPARE(acmeAgain.id, acme.id);
    QCOMPARE(acmeAgain.timeout, qint64(5));
    const Result<HeartbeatPage> all = t.service.list({});
    QVERIFY(all.ok());
    QCOMPARE(all->total, qint64(2));
    QCOMPARE(t.service.get(first.id)->timeout, qint64(90));
}

void TestHeartbeats::shouldMoveFromOkToSlowToExpired()
{
    Heartbeats t;
    // Given: a punctual heartbeat with a 60 s timeout and one created 2001 ms before it was received
    const Heartbeat punctual = t.post(json(R"({"origin": "punctual", "timeout": 60})"));
    QJsonObject lateBody = json(R"({"origin": "late", "timeout": 60})");
    lateBody.insert(QStringLiteral("createTime"), IsoTime::format(EngineFixture::Start - 2001));
    const Heartbeat late = t.post(lateBody);
    QJsonObject edgeBody = json(R"({"origin": "edge", "timeout": 60})");
    edgeBody.insert(QStringLiteral("createTime"), IsoTime::format(EngineFixture::Start - 2000));
    const Heartbeat edge = t.post(edgeBody);

    // Then: latency decides ok and slow (the maximum itself is still ok)
    const Timestamp start = t.f.clock->now();
    QCOMPARE(late.latency(), qint64(2001));
    QCOMPARE(statusOf(punctual, start), qs("ok"));
    QCOMPARE(statusOf(late, start), qs("slow"));
    QCOMPARE(statusOf(edge, start), qs("ok"));
    QCOMPARE(t.origins({{qs("status"), qs("ok")}}), qs("punctual,edge"));
    QCOMPARE(t.origins({{qs("status"), qs("slow")}}), qs("late"));

    // When: 60.999 s pass: since is 60, not more than the timeout
    t.f.clock->set(start + 60999);
    // Then: nothing has expired yet
    QCOMPARE(punctual.since(t.f.clock->now()), qint64(60));
    QCOMPARE(statusOf(punctual, t.f.clock->now()), qs("ok"));
    QCOMPARE(t.origins({{qs("status"), qs("expired")}}), QString());

    // When: the 61st second starts
    t.f.clock->set(start + 61000);
    // Then: both expired, whatever their latency, in Heartbeat::status() and in the SQL filter alike
    QCOMPARE(statusOf(punctual, t.f.clock->now()), qs("expired"));
    QCOMPARE(statusOf(late, t.f.clock->now()), qs("expired"));
    QCOMPARE(t.origins({{qs("status"), qs("expired")}}), qs("punctual,late,edge"));
    QCOMPARE(t.origins({{qs("status"), qs("slow")}}), QString());

    // When: the punctual one sends again
    t.post(json(R"({"origin": "punctual", "timeout": 60})"));
    // Then: it is ok again
    QCOMPARE(t.origins({{qs("status"), qs("ok")}}), qs("punctual"));
    QCOMPARE(statusOf(*t.service.get(punctual.id), t.f.clock->now()), qs("ok"));
}

void TestHeartbeats::shouldFilterList_data()
{
    QTest::addColumn<Params>("params");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name,
                        std::initializer_list<std::pair<const char *, const char *>> params,
                        const char *expected) {
        Params p;
        for (const auto &[k, v] : params)
            p.append({qs(k), qs(v)});
        QTest::newRow(name) << p << qs(expected);
    };
    row("no filter", {}, "cron/1,web/1,db/1");
    row("origin", {{"origin", "web/1"}}, "web/1");
    row("origin contains", {{"origin", "~EB"}}, "web/1");
    row("origin in", {{"origin", "web/1"}, {"origin", "db/1"}}, "web/1,db/1");
    row("tag", {{"tag", "a"}}, "cron/1,web/1");
    row("attribute", {{"attributes.environment", "Development"}}, "db/1");
    row("customer", {{"customer", "acme"}}, "db/1");
    row("negated customer", {{"customer!", "acme"}}, "cron/1,web/1");
    row("timeout", {{"timeout", "10"}}, "cron/1");
    row("type", {{"type", "Heartbeat"}}, "cron/1,web/1,db/1");
    row("receiveTime", {{"receiveTime", "2024-05-01T09:30:00.000Z"}}, "cron/1");
    row("latency", {{"latency", "5000"}}, "db/1");
    row("since", {{"since", "20"}}, "cron/1");
    row("status ok", {{"status", "ok"}}, "web/1");
    row("status slow", {{"status", "slow"}}, "db/1");
    row("status expired", {{"status", "expired"}}, "cron/1");
    row("status ok or expired", {{"status", "ok"}, {"status", "expired"}}, "cron/1,web/1");
    row("status with filter", {{"status", "slow"}, {"tag", "a"}}, "");
    row("unknown status ignored", {{"status", "stale"}}, "cron/1,web/1,db/1");
    row("sort by origin", {{"sort-by", "origin"}}, "cron/1,db/1,web/1");
    row("sort newest first", {{"sort-by", "receiveTime"}, {"sort-by", "origin"}}, "db/1,web/1,cron/1");
    row("unknown parameter", {{"resource", "x"}}, "400 Invalid filter parameter: resource");
    row("bad integer", {{"timeout", "soon"}}, "400 Invalid timeout value: 'soon' is not an integer");
    row("unsortable", {{"sort-by", "tag"}}, "400 Sorting by 'tag' field not supported.");
}

void TestHeartbeats::shouldFilterList()
{
    QFETCH(Params, params);
    QFETCH(QString, expected);
    // Given: an expired, an ok and a slow heartbeat
    Heartbeats t;
    t.seedThree();
    // When: listed with the parameters
    // Then: the matching origins in order
    QCOMPARE(t.origins(params), expected);
}

void TestHeartbeats::shouldPageAndCountWithoutStatus()
{
    // Given: three heartbeats
    Heartbeats t;
    t.seedThree();

    // When: the first page of two
    Result<HeartbeatPage> page = t.service.list({{qs("page-size"), qs("2")}});
    // Then: two of them, two pages in all, more to come
    QVERIFY(page.ok());
    QCOMPARE(page->heartbeats.size(), 2);
    QCOMPARE(page->total, qint64(3));
    QCOMPARE(page->pages, 2);
    QCOMPARE(page->pageSize, 2);
    QVERIFY(page->more);
    QCOMPARE(page->now, t.f.clock->now());

    // When: the second page
    page = t.service.list({{qs("page-size"), qs("2")}, {qs("page"), qs("2")}});
    // Then: the last one, no more
    QVERIFY(page.ok());
    QCOMPARE(page->heartbeats.size(), 1);
    QCOMPARE(page->heartbeats.first().origin, qs("db/1"));
    QVERIFY(!page->more);

    // When: a page beyond the last
    page = t.service.list({{qs("page-size"), qs("2")}, {qs("page"), qs("3")}});
    // Then: 416 naming the range
    QCOMPARE(errorText(page), qs("416 page out of range: 1-2"));

    // When: filtered by status
    page = t.service.list({{qs("status"), qs("expired")}});
    // Then: total counts without the status filter, as upstream
    QVERIFY(page.ok());
    QCOMPARE(page->heartbeats.size(), 1);
    QCOMPARE(page->total, qint64(3));
    QCOMPARE(page->heartbeats.first().maxLatency, qint64(2000));

    // When: an empty result
    page = t.service.list({{qs("origin"), qs("nobody")}});
    // Then: page 1 of 0 is fine
    QVERIFY(page.ok());
    QCOMPARE(page->total, qint64(0));
    QCOMPARE(page->pages, 0);
}

void TestHeartbeats::shouldRestrictEveryPathToCallerCustomers()
{
    // Given: heartbeats of acme, of other and without customer
    Heartbeats t;
    const Heartbeat acme = t.post(json(R"({"origin": "o1", "customer": "acme"})"));
    const Heartbeat other = t.post(json(R"({"origin": "o1", "customer": "other"})"));
    const Heartbeat none = t.post(json(R"({"origin": "o1"})"));
    const Caller acmeUser{qs("alice"), qsl({"acme"}), {}};

    // Then: the list shows only acme's, also when asking for another customer
    QCOMPARE(t.origins({}, acmeUser), qs("o1"));
    QCOMPARE(t.service.list({}, acmeUser)->heartbeats.first().id, acme.id);
    QCOMPARE(t.service.list({}, acmeUser)->total, qint64(1));
    QCOMPARE(t.origins({{qs("customer"), qs("other")}}, acmeUser), QString());
    // And: look-ups by id find only acme's, by prefix too
    QVERIFY(t.service.get(acme.id.left(8), acmeUser).ok());
    QCOMPARE(errorText(t.service.get(other.id, acmeUser)), qs("404 not found"));
    QCOMPARE(errorText(t.service.get(none.id, acmeUser)), qs("404 not found"));
    // And: deletion of another customer's heartbeat is 404 and leaves it alone
    QCOMPARE(errorText(t.service.remove(other.id, acmeUser)), qs("404 not found"));
    QVERIFY(t.service.get(other.id).ok());
    QVERIFY(t.service.remove(acme.id, acmeUser).ok());
    QCOMPARE(errorText(t.service.get(acme.id)), qs("404 not found"));
    QCOMPARE(errorText(t.service.remove(acme.id)), qs("404 not found"));

    // When: a restricted caller sends without customer
    const Result<Heartbeat> assigned = t.service.upsert(
        *HeartbeatJson::parseIncomingHeartbeat(json(R"({"origin": "o2"})"), EngineFixture::defaultConfig(), 0),
        acmeUser);
    // Then: its only customer is assigned
    QVERIFY(assigned.ok());
    QCOMPARE(assigned->customer, qs("acme"));
    // And: another customer is refused, as is no customer among several
    Heartbeat foreign = *assigned;
    foreign.customer = qs("other");
    QCOMPARE(errorText(t.service.upsert(foreign, acmeUser)), qs("400 not allowed to set customer to 'other'"));
    Heartbeat unassigned = *assigned;
    unassigned.customer = QString();
    QCOMPARE(errorText(t.service.upsert(unassigned, Caller{qs("bob"), qsl({"acme", "other"}), {}})),
             qs("400 must define customer as more than one possibility"));
    // And: the other customer's heartbeat was never touched
    QCOMPARE(*t.service.get(other.id), other);
}

void TestHeartbeats::shouldConvertAlert()
{
    // Given: a Heartbeat alert with tags, a customer and a timeout
    Heartbeats t;
    Alert alert = t.f.makeAlert(qs("web01"), qs("Heartbeat"), qs("major"));
    alert.tags = qsl({"region:eu"});
    alert.customer = qs("acme");
    alert.timeout = 300;
    alert.origin = qs("agent/web01");
    t.f.clock->advanceSeconds(5);

    // When: the heartbeat plugin converts it
    const Heartbeat h = t.service.fromAlert(alert);
    // Then: origin, tags, customer and timeout from the alert; the four conventional attributes
    QVERIFY(!QUuid::fromString(h.id).isNull());
    QCOMPARE(h.origin, qs("agent/web01"));
    QCOMPARE(h.tags, qsl({"region:eu"}));
    QCOMPARE(h.customer, qs("acme"));
    QCOMPARE(h.timeout, qint64(300));
    QCOMPARE(h.type, qs("Heartbeat"));
    QCOMPARE(h.createTime, t.f.clock->now());
    QCOMPARE(h.attributes,
             json(R"({"environment": "Production", "severity": "major", "service": ["Web"], "group": "Misc"})"));

    // And: an alert without timeout gets ALERT_TIMEOUT
    alert.timeout.reset();
    QCOMPARE(t.service.fromAlert(alert).timeout, EngineFixture::defaultConfig().alertTimeout);

    // When: it is stored twice
    const Result<Heartbeat> stored = t.service.upsert(h, Caller::internal());
    const Result<Heartbeat> again = t.service.upsert(t.service.fromAlert(alert), Caller::internal());
    // Then: one heartbeat per origin and customer
    QVERIFY(stored.ok());
    QVERIFY(again.ok());
    QCOMPARE(again->id, stored->id);
    QCOMPARE(t.service.list({})->total, qint64(1));
}

void TestHeartbeats::shouldSerialiseEveryKey()
{
    // Given: a stored heartbeat created 1.5 s before it was received
    Heartbeats t;
    QJsonObject body = json(R"({"origin": "o1", "tags": ["a"], "attributes": {"k": "v"}, "timeout": 120})");
    body.insert(QStringLiteral("createTime"), IsoTime::format(EngineFixture::Start - 1500));
    const Heartbeat h = t.post(body);
    t.f.clock->advanceSeconds(42);

    // When: it is serialised
    const QJsonObject o = HeartbeatJson::heartbeatToJson(h, qs("http://localhost:8080/api"), t.f.clock->now());

    // Then: every key of spec §7.1 with its value
    QStringList keys = o.keys();
    keys.sort();
    QCOMPARE(keys,
             qsl({"attributes",
                  "createTime",
                  "customer",
                  "href",
                  "id",
                  "latency",
                  "maxLatency",
                  "origin",
                  "receiveTime",
                  "since",
                  "status",
                  "tags",
                  "timeout",
                  "type"}));
    QCOMPARE(o.value(qs("id")).toString(), h.id);
    QCOMPARE(o.value(qs("href")).toString(), u"http://localhost:8080/api/heartbeat/" + h.id);
    QCOMPARE(o.value(qs("origin")).toString(), qs("o1"));
    QCOMPARE(o.value(qs("tags")).toArray(), QJsonArray({qs("a")}));
    QCOMPARE(o.value(qs("attributes")).toObject(), json(R"({"k": "v"})"));
    QCOMPARE(o.value(qs("type")).toString(), qs("Heartbeat"));
    QCOMPARE(o.value(qs("createTime")).toString(), qs("2024-05-01T09:29:58.500Z"));
    QCOMPARE(o.value(qs("receiveTime")).toString(), qs("2024-05-01T09:30:00.000Z"));
    QCOMPARE(o.value(qs("timeout")).toInteger(), qint64(120));
    QCOMPARE(o.value(qs("maxLatency")).toInteger(), qint64(2000));
    QCOMPARE(o.value(qs("latency")).toInteger(), qint64(1500));
    QCOMPARE(o.value(qs("since")).toInteger(), qint64(42));
    QCOMPARE(o.value(qs("status")).toString(), qs("ok"));
    QVERIFY(o.value(qs("customer")).isNull());
}

QTEST_GUILESS_MAIN(TestHeartbeats)
#include "testheartbeats.moc"
