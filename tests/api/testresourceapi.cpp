// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QJsonArray>
#include <QTest>

#include "core/alertengine.h"
#include "core/keyservice.h"
#include "core/timestamp.h"
#include "tests/support/apifixture.h"
#include "tests/support/testtext.h"

// Heartbeats (spec §4.5, §7) and blackouts (§4.6, §3.8) over HTTP.

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

QStringList keysOf(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList idsOf(const QJsonArray &items)
{
    QStringList ids;
    for (const QJsonValue &item : items)
        ids.append(item.toObject().value(qs("id")).toString());
    ids.sort();
    return ids;
}

// An API key stored directly in the core, for a user with these scopes and customer.
QString seedKey(ApiFixture &api, const char *user, const QStringList &scopes, const QString &customer = {})
{
    NewKey request;
    request.key.user = qs(user);
    request.key.scopes = scopes;
    request.key.customer = customer;
    const Result<ApiKey> key = api.core->keys().create(request, Caller::internal());
    return key ? key->key : QString();
}

Headers keyAuth(const QString &key)
{
    return {{"Authorization", "Key " + key.toUtf8()}};
}

QString isoTime(ApiFixture &api, qint64 offsetMs)
{
    return IsoTime::format(api.core->engine().now() + offsetMs);
}

} // namespace

class TestResourceApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Heartbeats
    void shouldUpsertHeartbeatsByOrigin();
    void shouldFindHeartbeatsByIdPrefix();
    void shouldListHeartbeatsByComputedStatus_data();
    void shouldListHeartbeatsByComputedStatus();
    void shouldPageHeartbeats();
    void shouldDeleteHeartbeats();
    void shouldRejectInvalidHeartbeats_data();
    void shouldRejectInvalidHeartbeats();
    void shouldKeepHeartbeatsWithinTheKeysCustomer();

    // Blackouts
    void shouldCreateBlackoutWithDefaults();
    void shouldComputeBlackoutPriority_data();
    void shouldComputeBlackoutPriority();
    void shouldRejectInvalidBlackouts_data();
    void shouldRejectInvalidBlackouts();
    void shouldListBlackoutsByStatus_data();
    void shouldListBlackoutsByStatus();
    void shouldUpdateBlackouts();
    void shouldDeleteBlackouts();
    void shouldSuppressAlertsDuringBlackout();
};

// Heartbeats

void TestResourceApi::shouldUpsertHeartbeatsByOrigin()
{
    // Given: a server
    ApiFixture api;
    // When: a heartbeat is posted
    const HttpAnswer first = api.post(qs("/heartbeat"),
                                      {{qs("origin"), qs("cron/host1")},
                                       {qs("tags"), QJsonArray{qs("a")}},
                                       {qs("attributes"), QJsonObject{{qs("environment"), qs("Production")}}},
                                       {qs("timeout"), 120}});
    // Then: 201 with the id and the heartbeat in its wire form, without a Location header (as upstream)
    QCOMPARE(first.status, 201);
    QCOMPARE(keysOf(first.json()), qsl({"heartbeat", "id", "status"}));
    QCOMPARE(first.json().value(qs("status")).toString(), qs("ok"));
    const QJsonObject hb = first.json().value(qs("heartbeat")).toObject();
    QCOMPARE(keysOf(hb),
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
    const QString id = first.json().value(qs("id")).toString();
    QCOMPARE(hb.value(qs("id")).toString(), id);
    QCOMPARE(hb.value(qs("href")).toString(), api.url(u"/heartbeat/" + id));
    QCOMPARE(hb.value(qs("origin")).toString(), qs("cron/host1"));
    QCOMPARE(hb.value(qs("type")).toString(), qs("Heartbeat"));
    QCOMPARE(hb.value(qs("timeout")).toInt(), 120);
    QCOMPARE(hb.value(qs("maxLatency")).toInt(), 2000);
    QCOMPARE(hb.value(qs("status")).toString(), qs("ok"));
    QVERIFY(hb.value(qs("customer")).isNull());
    QVERIFY(first.header("Location").isEmpty());

    // When: the same origin sends again with other tags
    const HttpAnswer second =
        api.post(qs("/heartbeat"), {{qs("origin"), qs("cron/host1")}, {qs("tags"), QJsonArray{qs("b")}}});
    // Then: the same heartbeat, its tags and timeout replaced
    QCOMPARE(second.status, 201);
    QCOMPARE(second.json().value(qs("id")).toString(), id);
    const QJsonObject again = second.json().value(qs("heartbeat")).toObject();
    QCOMPARE(again.value(qs("tags")).toArray(), QJsonArray{qs("b")});
    QCOMPARE(again.value(qs("timeout")).toInt(), 86400);
    QCOMPARE(api.get(qs("/heartbeats")).json().value(qs("total")).toInt(), 1);
}

void TestResourceApi::shouldFindHeartbeatsByIdPrefix()
{
    // Given: a heartbeat
    ApiFixture api;
    const QString id = api.post(qs("/heartbeat"), {{qs("origin"), qs("a/b")}}).json().value(qs("id")).toString();
    // When: it is fetched by an 8-character prefix
    const HttpAnswer got = api.get(u"/heartbeat/" + id.left(8));
    // Then: total 1 and the heartbeat
    QCOMPARE(got.status, 200);
    QCOMPARE(keysOf(got.json()), qsl({"heartbeat", "status", "total"}));
    QCOMPARE(got.json().value(qs("total")).toInt(), 1);
    QCOMPARE(got.json().value(qs("heartbeat")).toObject().value(qs("id")).toString(), id);
    // And: an unknown id is 404 `not found`
    QCOMPARE(api.get(qs("/heartbeat/ffffffff")).error(), qs("404 not found"));
}

void TestResourceApi::shouldListHeartbeatsByComputedStatus_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("origins");
    QTest::newRow("ok") << qs("?status=ok") << qsl({"ok/host"});
    QTest::newRow("slow") << qs("?status=slow") << qsl({"slow/host"});
    QTest::newRow("expired") << qs("?status=expired") << qsl({"expired/host"});
    QTest::newRow("ok or slow") << qs("?status=ok&status=slow") << qsl({"ok/host", "slow/host"});
    QTest::newRow("no status filter") << qs("") << qsl({"expired/host", "ok/host", "slow/host"});
    QTest::newRow("origin filter") << qs("?origin=slow/host") << qsl({"slow/host"});
}

void TestResourceApi::shouldListHeartbeatsByComputedStatus()
{
    QFETCH(QString, query);
    QFETCH(QStringList, origins);
    // Given: an ok heartbeat, a slow one (sent an hour ago) and an expired one (timeout 0, received over a
    // second ago)
    ApiFixture api;
    QCOMPARE(api.post(qs("/heartbeat"), {{qs("origin"), qs("expired/host")}, {qs("timeout"), 0}}).status, 201);
    QTest::qWait(1100);
    QCOMPARE(api.post(qs("/heartbeat"), {{qs("origin"), qs("ok/host")}}).status, 201);
    QCOMPARE(
        api.post(qs("/heartbeat"), {{qs("origin"), qs("slow/host")}, {qs("createTime"), isoTime(api, -3600 * 1000)}})
            .status,
        201);
    // When: the list is asked for
    const HttpAnswer a = api.get(u"/heartbeats" + query);
    // Then: the heartbeats of that status, each reporting it, with the page fields
    QCOMPARE(a.status, 200);
    QCOMPARE(keysOf(a.json()), qsl({"heartbeats", "more", "page", "pageSize", "pages", "status", "total"}));
    QStringList found;
    for (const QJsonValue &v : a.json().value(qs("heartbeats")).toArray()) {
        const QJsonObject hb = v.toObject();
        found.append(hb.value(qs("origin")).toString());
        QCOMPARE(hb.value(qs("status")).toString(), hb.value(qs("origin")).toString().section(u'/', 0, 0));
    }
    QCOMPARE(sorted(found), origins);
}

void TestResourceApi::shouldPageHeartbeats()
{
    // Given: three heartbeats
    ApiFixture api;
    for (const char *origin : {"a/1", "a/2", "a/3"})
        QCOMPARE(api.post(qs("/heartbeat"), {{qs("origin"), qs(origin)}}).status, 201);
    // When: the second page of two is asked for
    const HttpAnswer a = api.get(qs("/heartbeats?page=2&page-size=2"));
    // Then: the last heartbeat, and the page fields of spec §4.1
    QCOMPARE(a.status, 200);
    QCOMPARE(a.json().value(qs("heartbeats")).toArray().size(), 1);
    QCOMPARE(a.json().value(qs("total")).toInt(), 3);
    QCOMPARE(a.json().value(qs("page")).toInt(), 2);
    QCOMPARE(a.json().value(qs("pageSize")).toInt(), 2);
    QCOMPARE(a.json().value(qs("pages")).toInt(), 2);
    QCOMPARE(a.json().value(qs("more")).toBool(), false);
    QCOMPARE(api.get(qs("/heartbeats?page-size=2")).json().value(qs("more")).toBool(), true);
    // And: a page past the end is 416
    QCOMPARE(api.get(qs("/heartbeats?page=3&page-size=2")).error(), qs("416 page out of range: 1-2"));
    // And: an unknown filter is 400
    QCOMPARE(api.get(qs("/heartbeats?colour=red")).error(), qs("400 Invalid filter parameter: colour"));
}

void TestResourceApi::shouldDeleteHeartbeats()
{
    // Given: a heartbeat
    ApiFixture api;
    const QString id = api.post(qs("/heartbeat"), {{qs("origin"), qs("a/b")}}).json().value(qs("id")).toString();
    // When: it is deleted
    const HttpAnswer deleted = api.del(u"/heartbeat/" + id);
    // Then: `{status: ok}` alone, and it is gone
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json(), QJsonObject({{qs("status"), qs("ok")}}));
    QCOMPARE(api.get(u"/heartbeat/" + id).error(), qs("404 not found"));
    QCOMPARE(api.del(u"/heartbeat/" + id).error(), qs("404 not found"));
    // And: the empty list is 200 with `not found`
    const HttpAnswer empty = api.get(qs("/heartbeats"));
    QCOMPARE(empty.status, 200);
    QCOMPARE(empty.json().value(qs("message")).toString(), qs("not found"));
    QCOMPARE(empty.json().value(qs("total")).toInt(), 0);
    QCOMPARE(empty.json().value(qs("pages")).toInt(), 0);
}

void TestResourceApi::shouldRejectInvalidHeartbeats_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("tags") << QJsonObject{{qs("tags"), qs("a")}} << qs("tags must be a list");
    QTest::newRow("timeout") << QJsonObject{{qs("timeout"), qs("60")}} << qs("timeout must be an integer");
    QTest::newRow("attributes") << QJsonObject{{qs("attributes"), QJsonArray{}}}
                                << qs("attributes must be a JSON object");
    QTest::newRow("customer") << QJsonObject{{qs("customer"), qs("")}} << qs("customer must not be an empty string");
    QTest::newRow("createTime") << QJsonObject{{qs("createTime"), qs("2024-05-01T09:30:00+00:00")}}
                                << qs("dates must be ISO 8601 date format YYYY-MM-DDThh:mm:ss.sssZ");
    QTest::newRow("attribute key") << QJsonObject{{qs("attributes"), QJsonObject{{qs("a.b"), 1}}}}
                                   << qs("Attribute keys must not contain \".\" or \"$\"");
    QTest::newRow("negative timeout") << QJsonObject{{qs("timeout"), -1}}
                                      << qs("Invalid negative 'timeout' value (-1)");
    QTest::newRow("timeout past 32 bits") << QJsonObject{{qs("timeout"), qint64(2147483648)}}
                                          << qs("Invalid 'timeout' value (2147483648): at most 2147483647 seconds");
}

void TestResourceApi::shouldRejectInvalidHeartbeats()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, message);
    // Given: a server
    ApiFixture api;
    // When: an invalid heartbeat is posted
    const HttpAnswer a = api.post(qs("/heartbeat"), body);
    // Then: 400 with the message of spec §7.1, and nothing stored
    QCOMPARE(a.error(), u"400 " + message);
    QCOMPARE(api.get(qs("/heartbeats")).json().value(qs("total")).toInt(), 0);
}

void TestResourceApi::shouldKeepHeartbeatsWithinTheKeysCustomer()
{
    // Given: authentication on, an admin key and a key of customer A
    ApiFixture api([](ServerSettings &s) { s.authRequired = true; });
    const Headers admin = keyAuth(seedKey(api, "admin", qsl({"admin"})));
    const Headers keyA = keyAuth(seedKey(api, "alice", qsl({"read", "write"}), qs("A")));
    const QString idB = api.post(qs("/heartbeat"), {{qs("origin"), qs("b/host")}, {qs("customer"), qs("B")}}, admin)
                            .json()
                            .value(qs("id"))
                            .toString();
    QVERIFY(!idB.isEmpty());

    // When: A's key posts a heartbeat without a customer
    const HttpAnswer posted = api.post(qs("/heartbeat"), {{qs("origin"), qs("a/host")}}, keyA);
    // Then: it belongs to A
    QCOMPARE(posted.status, 201);
    QCOMPARE(posted.json().value(qs("heartbeat")).toObject().value(qs("customer")).toString(), qs("A"));
    const QString idA = posted.json().value(qs("id")).toString();

    // And: A's key sees only A's heartbeat, cannot reach B's, and may not name B
    QCOMPARE(idsOf(api.get(qs("/heartbeats"), keyA).json().value(qs("heartbeats")).toArray()), QStringList{idA});
    QCOMPARE(api.get(u"/heartbeat/" + idB, keyA).error(), qs("404 not found"));
    QCOMPARE(api.del(u"/heartbeat/" + idB, keyA).error(), qs("404 not found"));
    QCOMPARE(api.post(qs("/heartbeat"), {{qs("origin"), qs("x/y")}, {qs("customer"), qs("B")}}, keyA).error(),
             qs("400 not allowed to set customer to 'B'"));
    // And: the admin sees both
    QCOMPARE(idsOf(api.get(qs("/heartbeats"), admin).json().value(qs("heartbeats")).toArray()), sorted({idA, idB}));
}

// Blackouts

void TestResourceApi::shouldCreateBlackoutWithDefaults()
{
    // Given: a server
    ApiFixture api;
    // When: a blackout with only an environment is posted
    const HttpAnswer a = api.post(qs("/blackout"), {{qs("environment"), qs("Production")}});
    // Then: 201, its id, the blackout and a Location header on this server
    QCOMPARE(a.status, 201);
    QCOMPARE(keysOf(a.json()), qsl({"blackout", "id", "status"}));
    const QString id = a.json().value(qs("id")).toString();
    QCOMPARE(a.header("Location"), api.url(u"/blackout/" + id).toUtf8());
    const QJsonObject b = a.json().value(qs("blackout")).toObject();
    QCOMPARE(keysOf(b),
             qsl({"createTime",
                  "customer",
                  "duration",
                  "endTime",
                  "environment",
                  "event",
                  "group",
                  "href",
                  "id",
                  "origin",
                  "priority",
                  "remaining",
                  "resource",
                  "service",
                  "startTime",
                  "status",
                  "tags",
                  "text",
                  "user"}));
    QCOMPARE(b.value(qs("href")).toString(), api.url(u"/blackout/" + id));
    // And: the defaults of spec §4.6: starts now, lasts BLACKOUT_DURATION, environment-only priority 0
    QCOMPARE(b.value(qs("duration")).toInt(), 3600);
    const Timestamp start = IsoTime::parse(b.value(qs("startTime")).toString()).value_or(0);
    const Timestamp end = IsoTime::parse(b.value(qs("endTime")).toString()).value_or(0);
    QCOMPARE(end - start, 3600 * 1000);
    QVERIFY(qAbs(api.core->engine().now() - start) < 60 * 1000);
    QCOMPARE(b.value(qs("status")).toString(), qs("active"));
    QVERIFY(b.value(qs("remaining")).toInt() > 3500 && b.value(qs("remaining")).toInt() <= 3600);
    QCOMPARE(b.value(qs("priority")).toInt(), 0);
    QCOMPARE(b.value(qs("service")).toArray(), QJsonArray());
    QCOMPARE(b.value(qs("tags")).toArray(), QJsonArray());
    QVERIFY(b.value(qs("resource")).isNull());
    QVERIFY(b.value(qs("customer")).isNull());
    QVERIFY(b.value(qs("user")).isNull()); // anonymous: authentication is off

    // And: it can be fetched
    const HttpAnswer got = api.get(u"/blackout/" + id);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.json().value(qs("total")).toInt(), 1);
    QCOMPARE(got.json().value(qs("blackout")).toObject().value(qs("id")).toString(), id);
    QCOMPARE(api.get(qs("/blackout/nope")).error(), qs("404 not found"));
}

void TestResourceApi::shouldComputeBlackoutPriority_data()
{
    QTest::addColumn<QJsonObject>("criteria");
    QTest::addColumn<int>("priority");
    QTest::newRow("resource") << QJsonObject{{qs("resource"), qs("web01")}} << 2;
    QTest::newRow("service") << QJsonObject{{qs("service"), QJsonArray{qs("Web")}}} << 3;
    QTest::newRow("event") << QJsonObject{{qs("event"), qs("down")}} << 4;
    QTest::newRow("group") << QJsonObject{{qs("group"), qs("Network")}} << 5;
    QTest::newRow("resource and event") << QJsonObject{{qs("resource"), qs("web01")}, {qs("event"), qs("down")}} << 6;
    QTest::newRow("tags") << QJsonObject{{qs("tags"), QJsonArray{qs("x")}}} << 7;
    QTest::newRow("origin") << QJsonObject{{qs("resource"), qs("web01")}, {qs("origin"), qs("nagios")}} << 8;
}

void TestResourceApi::shouldComputeBlackoutPriority()
{
    QFETCH(QJsonObject, criteria);
    QFETCH(int, priority);
    // Given: a server
    ApiFixture api;
    // When: a blackout with these criteria is posted
    criteria.insert(qs("environment"), qs("Production"));
    const HttpAnswer a = api.post(qs("/blackout"), criteria);
    // Then: its priority follows spec §4.6
    QCOMPARE(a.status, 201);
    QCOMPARE(a.json().value(qs("blackout")).toObject().value(qs("priority")).toInt(), priority);
}

void TestResourceApi::shouldRejectInvalidBlackouts_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("message");
    const QJsonValue production = qs("Production");
    QTest::newRow("no environment key") << QJsonObject{{qs("resource"), qs("web01")}} << qs("'environment'");
    QTest::newRow("empty environment") << QJsonObject{{qs("environment"), qs("")}}
                                       << qs("Missing mandatory value for \"environment\"");
    QTest::newRow("service") << QJsonObject{{qs("environment"), production}, {qs("service"), qs("Web")}}
                             << qs("service must be a list");
    QTest::newRow("tags") << QJsonObject{{qs("environment"), production}, {qs("tags"), qs("x")}}
                          << qs("tags must be a list");
    QTest::newRow("empty resource") << QJsonObject{{qs("environment"), production}, {qs("resource"), qs("")}}
                                    << qs("resource can not be an empty string");
    QTest::newRow("empty event") << QJsonObject{{qs("environment"), production}, {qs("event"), qs("")}}
                                 << qs("event can not be an empty string");
    QTest::newRow("startTime") << QJsonObject{{qs("environment"), production},
                                              {qs("startTime"), qs("2024-05-01 09:30:00")}}
                               << qs("dates must be ISO 8601 date format YYYY-MM-DDThh:mm:ss.sssZ");
}

void TestResourceApi::shouldRejectInvalidBlackouts()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, message);
    // Given: a server
    ApiFixture api;
    // When: an invalid blackout is posted
    const HttpAnswer a = api.post(qs("/blackout"), body);
    // Then: 400 with upstream's message, and nothing stored
    QCOMPARE(a.error(), u"400 " + message);
    QCOMPARE(api.get(qs("/blackouts")).json().value(qs("total")).toInt(), 0);
}

void TestResourceApi::shouldListBlackoutsByStatus_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("texts");
    QTest::newRow("active") << qs("?status=active") << qsl({"active"});
    QTest::newRow("pending") << qs("?status=pending") << qsl({"pending"});
    QTest::newRow("expired") << qs("?status=expired") << qsl({"expired"});
    QTest::newRow("pending or expired") << qs("?status=pending&status=expired") << qsl({"expired", "pending"});
    QTest::newRow("all") << qs("") << qsl({"active", "expired", "pending"});
    QTest::newRow("field filter") << qs("?text=pending") << qsl({"pending"});
}

void TestResourceApi::shouldListBlackoutsByStatus()
{
    QFETCH(QString, query);
    QFETCH(QStringList, texts);
    // Given: an active, a pending and an expired blackout, each with its status as text
    ApiFixture api;
    const qint64 hour = 3600 * 1000;
    const QJsonValue env = qs("Production");
    QCOMPARE(api.post(qs("/blackout"), {{qs("environment"), env}, {qs("text"), qs("active")}}).status, 201);
    QCOMPARE(api.post(qs("/blackout"),
                      {{qs("environment"), env}, {qs("text"), qs("pending")}, {qs("startTime"), isoTime(api, hour)}})
                 .status,
             201);
    QCOMPARE(api.post(qs("/blackout"),
                      {{qs("environment"), env},
                       {qs("text"), qs("expired")},
                       {qs("startTime"), isoTime(api, -2 * hour)},
                       {qs("endTime"), isoTime(api, -hour)}})
                 .status,
             201);
    // When: the list is asked for
    const HttpAnswer a = api.get(u"/blackouts" + query);
    // Then: the blackouts of that status, each reporting it, with the page fields
    QCOMPARE(a.status, 200);
    QCOMPARE(keysOf(a.json()), qsl({"blackouts", "more", "page", "pageSize", "pages", "status", "total"}));
    QStringList found;
    for (const QJsonValue &v : a.json().value(qs("blackouts")).toArray()) {
        const QJsonObject b = v.toObject();
        found.append(b.value(qs("text")).toString());
        QCOMPARE(b.value(qs("status")).toString(), b.value(qs("text")).toString());
    }
    QCOMPARE(sorted(found), texts);
}

void TestResourceApi::shouldUpdateBlackouts()
{
    // Given: a blackout
    ApiFixture api;
    const QString id =
        api.post(qs("/blackout"), {{qs("environment"), qs("Production")}}).json().value(qs("id")).toString();
    // When: it is updated with nothing
    // Then: 400 `nothing to change`
    QCOMPARE(api.put(u"/blackout/" + id, QJsonObject()).error(), qs("400 nothing to change"));
    // When: its text and resource change
    const HttpAnswer a = api.put(u"/blackout/" + id, {{qs("text"), qs("maintenance")}, {qs("resource"), qs("web01")}});
    // Then: `{status, blackout}` with the new values and the priority recomputed
    QCOMPARE(a.status, 200);
    QCOMPARE(keysOf(a.json()), qsl({"blackout", "status"}));
    const QJsonObject b = a.json().value(qs("blackout")).toObject();
    QCOMPARE(b.value(qs("text")).toString(), qs("maintenance"));
    QCOMPARE(b.value(qs("resource")).toString(), qs("web01"));
    QCOMPARE(b.value(qs("priority")).toInt(), 2);
    QCOMPARE(api.get(u"/blackout/" + id).json().value(qs("blackout")).toObject().value(qs("text")).toString(),
             qs("maintenance"));
    // And: an unknown blackout is 404
    QCOMPARE(api.put(qs("/blackout/nope"), {{qs("text"), qs("x")}}).error(), qs("404 not found"));
}

void TestResourceApi::shouldDeleteBlackouts()
{
    // Given: a blackout
    ApiFixture api;
    const QString id =
        api.post(qs("/blackout"), {{qs("environment"), qs("Production")}}).json().value(qs("id")).toString();
    // When: it is deleted
    const HttpAnswer deleted = api.del(u"/blackout/" + id);
    // Then: `{status: ok}`, and it is gone
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json(), QJsonObject({{qs("status"), qs("ok")}}));
    QCOMPARE(api.get(u"/blackout/" + id).error(), qs("404 not found"));
    QCOMPARE(api.del(u"/blackout/" + id).error(), qs("404 not found"));
    const HttpAnswer empty = api.get(qs("/blackouts"));
    QCOMPARE(empty.status, 200);
    QCOMPARE(empty.json().value(qs("message")).toString(), qs("not found"));
    QCOMPARE(empty.json().value(qs("blackouts")).toArray(), QJsonArray());
}

void TestResourceApi::shouldSuppressAlertsDuringBlackout()
{
    // Given: a blackout of web01 in Production
    ApiFixture api;
    QCOMPARE(api.post(qs("/blackout"), {{qs("environment"), qs("Production")}, {qs("resource"), qs("web01")}}).status,
             201);
    const QString id = qs("5e4a1c2b-0d3f-4b6a-9c8d-7e6f5a4b3c2d");
    const QJsonObject alert{{qs("id"), id},
                            {qs("resource"), qs("web01")},
                            {qs("event"), qs("HttpError")},
                            {qs("environment"), qs("Production")},
                            {qs("service"), QJsonArray{qs("Web")}},
                            {qs("severity"), qs("major")}};
    // When: an alert for web01 arrives
    const HttpAnswer a = api.post(qs("/alert"), alert);
    // Then: 202 with exactly upstream's body, and nothing is stored
    QCOMPARE(a.status, 202);
    QCOMPARE(a.body,
             QByteArray(R"({"id":"5e4a1c2b-0d3f-4b6a-9c8d-7e6f5a4b3c2d","message":"Suppressed alert during blackout )"
                        R"(period","status":"ok"})"));
    QCOMPARE(api.get(qs("/alerts")).json().value(qs("total")).toInt(), 0);

    // When: an alert for another resource arrives
    QJsonObject other = alert;
    other.insert(qs("id"), qs("6e4a1c2b-0d3f-4b6a-9c8d-7e6f5a4b3c2d"));
    other.insert(qs("resource"), qs("web02"));
    // Then: it is stored
    QCOMPARE(api.post(qs("/alert"), other).status, 201);
}

QTEST_GUILESS_MAIN(TestResourceApi)
#include "testresourceapi.moc"
