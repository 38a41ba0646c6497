// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QJsonDocument>
#include <QTest>

#include "core/blackoutjson.h"
#include "core/blackoutservice.h"
#include "core/timestamp.h"
#include "tests/support/enginefixture.h"
#include "tests/support/testtext.h"

// Blackouts over the store (spec §4.6, §5.5, §5.6, §3.8): create with the user and customer rules and the computed
// priority, read back by id and id prefix, partial update, deletion, the list query with its field filters, the
// computed `status` filter as the ManualClock moves, sort, paging and totals, the customer restriction on every
// path, and the receive-time check(), whose cached copy the service's own writes must refresh at once.

namespace {

using Params = QList<QPair<QString, QString>>;

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

template<typename T>
QString errorText(const Result<T> &r)
{
    return r.ok() ? QString() : QString::number(r.error().code) + u' ' + r.error().message;
}

/// A token that stands for "no value" (null QString) in the data tables.
const char *const Null = "<null>";

QString orNull(const QString &text)
{
    return text == QLatin1StringView(Null) ? QString() : text;
}

QString showNull(const QString &text)
{
    return text.isNull() ? qs(Null) : text;
}

/// A blackout service over the fixture's store and clock.
struct Blackouts
{
    EngineFixture f;
    BlackoutService service{f.store, EngineFixture::defaultConfig(), f.clock};

    /// `body` parsed as `POST /blackout` now (BLACKOUT_DURATION 3600, no default user).
    Blackout parse(const QJsonObject &body) const
    {
        const Result<Blackout> parsed = BlackoutJson::parseIncomingBlackout(body, QString(), 3600, f.clock->now());
        if (!parsed)
            qFatal("parse failed: %s", qPrintable(parsed.error().message));
        return *parsed;
    }

    /// Parses and creates `body`; fails the test on an error.
    Blackout post(const QJsonObject &body, const Caller &caller = Caller::internal())
    {
        const Result<Blackout> stored = service.create(parse(body), caller);
        if (!stored)
            qFatal("create failed: %s", qPrintable(stored.error().message));
        return *stored;
    }

    /// Ids of a list query in result order, or `<code> <message>`.
    QString ids(const Params &params, const Caller &caller = Caller::internal())
    {
        const Result<BlackoutPage> page = service.list(params, caller);
        if (!page)
            return errorText(page);
        QStringList out;
        for (const Blackout &b : page->blackouts)
            out.append(b.id);
        return out.join(u',');
    }

    /// b1: Production, resource web01, service Web, tag a, origin o1, customer acme, active now for an hour.
    /// b2: Development, event down, services Db and Web, tags a and b, no customer, pending (starts in an hour).
    /// b3: Production, group Net, customer other, expired an hour ago.
    void seedThree()
    {
        post(json(R"({"id": "b1", "environment": "Production", "resource": "web01", "service": ["Web"],
                      "tags": ["a"], "origin": "o1", "customer": "acme"})"));
        QJsonObject b2 = json(R"({"id": "b2", "environment": "Development", "event": "down",
                                  "service": ["Db", "Web"], "tags": ["a", "b"]})");
        b2.insert(QStringLiteral("startTime"), IsoTime::format(f.clock->now() + 3600 * 1000));
        post(b2);
        QJsonObject b3 = json(R"({"id": "b3", "environment": "Production", "group": "Net", "customer": "other"})");
        b3.insert(QStringLiteral("startTime"), IsoTime::format(f.clock->now() - 2 * 3600 * 1000));
        b3.insert(QStringLiteral("endTime"), IsoTime::format(f.clock->now() - 3600 * 1000));
        post(b3);
    }
};

Caller caller(const char *login,
              std::initializer_list<const char *> customers,
              std::initializer_list<const char *> scopes)
{
    return Caller{qs(login), qsl(customers), qsl(scopes)};
}

} // namespace

class TestBlackoutService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldAssignUserOnCreate_data();
    void shouldAssignUserOnCreate();
    void shouldAssignCustomerOnCreate_data();
    void shouldAssignCustomerOnCreate();
    void shouldStoreAndReadBack_data();
    void shouldStoreAndReadBack();
    void shouldFindByIdPrefix();
    void shouldUpdateFieldsAndPriority();
    void shouldRefuseEmptyOrUnknownUpdates();
    void shouldApplyUserAndCustomerRulesOnUpdate();
    void shouldRemove();
    void shouldFilterList_data();
    void shouldFilterList();
    void shouldComputeStatusAsClockMoves();
    void shouldPageAndCount();
    void shouldRestrictListToCallerCustomers();
    void shouldCheckThroughStore();
    void shouldMarkInsteadOfSuppressWithNotificationBlackout();
};

void TestBlackoutService::shouldAssignUserOnCreate_data()
{
    QTest::addColumn<Caller>("who");
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("expected");
    QTest::newRow("own login") << caller("alice", {}, {"write:blackouts"}) << qs(Null) << qs("alice");
    QTest::newRow("other user ignored") << caller("alice", {}, {"write:blackouts"}) << qs("bob") << qs("alice");
    QTest::newRow("admin names user") << caller("alice", {}, {"admin"}) << qs("bob") << qs("bob");
    QTest::newRow("admin:blackouts names user") << caller("alice", {}, {"admin:blackouts"}) << qs("bob") << qs("bob");
    QTest::newRow("admin:alerts is not enough") << caller("alice", {}, {"admin:alerts"}) << qs("bob") << qs("alice");
    QTest::newRow("admin without user") << caller("alice", {}, {"admin"}) << qs(Null) << qs("alice");
    QTest::newRow("anonymous") << Caller{} << qs("bob") << qs(Null);
}

void TestBlackoutService::shouldAssignUserOnCreate()
{
    QFETCH(Caller, who);
    QFETCH(QString, requested);
    QFETCH(QString, expected);
    // Given: a blackout body that may name a user
    Blackouts t;
    QJsonObject body = json(R"({"environment": "Production"})");
    if (!orNull(requested).isNull())
        body.insert(QStringLiteral("user"), requested);
    // When: the caller creates it
    const Result<Blackout> created = t.service.create(t.parse(body), who);
    // Then: the user follows spec §4.6, as stored
    QVERIFY2(created.ok(), qPrintable(errorText(created)));
    QCOMPARE(showNull(created->user), expected);
    QCOMPARE(showNull(t.service.get(created->id)->user), expected);
}

void TestBlackoutService::shouldAssignCustomerOnCreate_data()
{
    QTest::addColumn<Caller>("who");
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("expected"); // the stored customer, or `<code> <message>`
    QTest::newRow("admin sets any") << caller("a", {"acme"}, {"admin"}) << qs("other") << qs("other");
    QTest::newRow("override scope sets any")
        << caller("a", {"acme"}, {"admin:blackouts"}) << qs("other") << qs("other");
    QTest::newRow("other override scope refused")
        << caller("a", {"acme"}, {"admin:alerts"}) << qs("other") << qs("400 not allowed to set customer to 'other'");
    QTest::newRow("own customer") << caller("a", {"acme", "other"}, {"write:blackouts"}) << qs("other") << qs("other");
    QTest::newRow("foreign customer") << caller("a", {"acme"}, {"write:blackouts"}) << qs("other")
                                      << qs("400 not allowed to set customer to 'other'");
    QTest::newRow("anonymous sets one") << Caller{} << qs("acme") << qs("400 not allowed to set customer to 'acme'");
    QTest::newRow("absent, one customer") << caller("a", {"acme"}, {"write:blackouts"}) << qs(Null) << qs("acme");
    QTest::newRow("absent, several") << caller("a", {"acme", "other"}, {"write:blackouts"}) << qs(Null)
                                     << qs("400 must define customer as more than one possibility");
    QTest::newRow("absent, all customers") << caller("a", {}, {"write:blackouts"}) << qs(Null) << qs(Null);
    QTest::newRow("absent, anonymous") << Caller{} << qs(Null) << qs(Null);
}

void TestBlackoutService::shouldAssignCustomerOnCreate()
{
    QFETCH(Caller, who);
    QFETCH(QString, requested);
    QFETCH(QString, expected);
    // Given: a body that may name a customer
    Blackouts t;
    QJsonObject body = json(R"({"environment": "Production"})");
    if (!orNull(requested).isNull())
        body.insert(QStringLiteral("customer"), requested);
    // When: the caller creates it
    const Result<Blackout> created = t.service.create(t.parse(body), who);
    // Then: spec §5.6 with the override scope admin:blackouts; a refused blackout is not stored
    if (!created) {
        QCOMPARE(errorText(created), expected);
        QCOMPARE(t.service.list({})->total, qint64(0));
        return;
    }
    QCOMPARE(showNull(created->customer), expected);
    QCOMPARE(showNull(t.service.get(created->id)->customer), expected);
}

void TestBlackoutService::shouldStoreAndReadBack_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("priority");
    const auto row = [](const char *name, const char *body, int priority) {
        QTest::newRow(name) << qs(body) << priority;
    };
    row("environment only", R"({"environment": "Production"})", 0);
    row("resource", R"({"environment": "Production", "resource": "web01"})", 2);
    row("service", R"({"environment": "Production", "service": ["Web"]})", 3);
    row("event", R"({"environment": "Production", "event": "down"})", 4);
    row("group", R"({"environment": "Production", "group": "Net"})", 5);
    row("resource and event", R"({"environment": "Production", "resource": "web01", "event": "down"})", 6);
    row("tags", R"({"environment": "Production", "tags": ["a", "b"]})", 7);
    row("origin wins", R"({"environment": "Production", "resource": "web01", "origin": "o1"})", 8);
    row("everything",
        R"({"environment": "Production", "resource": "r", "event": "e", "group": "g", "service": ["s"],
                          "tags": ["t"], "origin": "o", "customer": "acme", "text": "maintenance",
                          "user": "bob", "duration": 120})",
        8);
}

void TestBlackoutService::shouldStoreAndReadBack()
{
    QFETCH(QString, body);
    QFETCH(int, priority);
    // Given: a body created by the process itself
    Blackouts t;
    const Blackout parsed = t.parse(QJsonDocument::fromJson(body.toUtf8()).object());
    // When: it is created and read back
    const Result<Blackout> created = t.service.create(parsed, Caller::internal(qs("alice")));
    QVERIFY2(created.ok(), qPrintable(errorText(created)));
    const Result<Blackout> read = t.service.get(created->id);
    // Then: the priority is computed and every field reads back equal
    QCOMPARE(created->priority, priority);
    QVERIFY(read.ok());
    QCOMPARE(*read, *created);
    QCOMPARE(read->id, parsed.id);
    QCOMPARE(read->startTime, EngineFixture::Start);
    QCOMPARE(read->endTime, read->startTime + read->duration * 1000);
}

void TestBlackoutService::shouldFindByIdPrefix()
{
    // Given: blackouts "bo10" (older) and "bo1"
    Blackouts t;
    const Blackout ten = t.post(json(R"({"id": "bo10", "environment": "Production"})"));
    t.f.clock->advanceSeconds(1);
    const Blackout one = t.post(json(R"({"id": "bo1", "environment": "Development"})"));

    // Then: an exact id wins over an older blackout it is a prefix of
    QCOMPARE(t.service.get(qs("bo1"))->id, one.id);
    // And: a prefix, in any case, finds the blackout it starts
    QCOMPARE(*t.service.get(qs("BO10")), ten);
    QCOMPARE(t.service.get(qs("Bo"))->id, ten.id); // ambiguous prefix: the oldest
    // And: an unknown id is 404
    QCOMPARE(errorText(t.service.get(qs("bo2"))), qs("404 not found"));
    QCOMPARE(errorText(t.service.get(qs("o1"))), qs("404 not found")); // prefix only, not substring

    // When: the same id is created again
    // Then: 409 and the stored one is untouched
    QCOMPARE(errorText(t.service.create(t.parse(json(R"({"id": "bo1", "environment": "Other"})")))).left(3), qs("409"));
    QCOMPARE(t.service.get(qs("bo1"))->environment, qs("Development"));
}

void TestBlackoutService::shouldUpdateFieldsAndPriority()
{
    // Given: an environment-only blackout of an hour
    Blackouts t;
    const Blackout created = t.post(json(R"({"id": "b1", "environment": "Production", "text": "old"})"));
    QCOMPARE(created.priority, 0);

    // When: resource, service and text change, by id prefix
    const Result<Blackout> updated =
        t.service.update(qs("B"), json(R"({"resource": "web01", "service": ["Web"], "text": "new"})"));
    // Then: the fields change, the priority is recomputed, and the store has exactly that
    QVERIFY2(updated.ok(), qPrintable(errorText(updated)));
    QCOMPARE(updated->resource, qs("web01"));
    QCOMPARE(updated->service, qsl({"Web"}));
    QCOMPARE(updated->text, qs("new"));
    QCOMPARE(updated->priority, 2);
    QCOMPARE(updated->environment, qs("Production"));
    QCOMPARE(updated->createTime, created.createTime);
    QCOMPARE(*t.service.get(qs("b1")), *updated);
    QCOMPARE(t.service.list({})->total, qint64(1));

    // When: origin set and duration changed
    const Result<Blackout> again = t.service.update(qs("b1"), json(R"({"origin": "o1", "duration": 60})"));
    // Then: priority 8 and the end moves with the duration
    QVERIFY(again.ok());
    QCOMPARE(again->priority, 8);
    QCOMPARE(again->duration, qint64(60));
    QCOMPARE(again->endTime, created.startTime + 60000);
    QCOMPARE(t.service.get(qs("b1"))->endTime, created.startTime + 60000);

    // When: the criteria are cleared with null
    const Result<Blackout> cleared =
        t.service.update(qs("b1"), json(R"({"origin": null, "resource": null, "service": []})"));
    // Then: back to environment only
    QVERIFY(cleared.ok());
    QVERIFY(t.service.get(qs("b1"))->origin.isNull());
    QVERIFY(t.service.get(qs("b1"))->resource.isNull());
    QCOMPARE(t.service.get(qs("b1"))->priority, 0);
}

void TestBlackoutService::shouldRefuseEmptyOrUnknownUpdates()
{
    // Given: a blackout
    Blackouts t;
    const Blackout created = t.post(json(R"({"id": "b1", "environment": "Production"})"));
    // Then: a body with nothing to change is 400
    QCOMPARE(errorText(t.service.update(qs("b1"), {})), qs("400 nothing to change"));
    QCOMPARE(errorText(t.service.update(qs("b1"), json(R"({"colour": "red"})"))), qs("400 nothing to change"));
    // And: an invalid value is 400 and changes nothing
    QCOMPARE(errorText(t.service.update(qs("b1"), json(R"({"resource": ""})"))),
             qs("400 resource can not be an empty string"));
    // And: an unknown id is 404
    QCOMPARE(errorText(t.service.update(qs("zz"), json(R"({"text": "x"})"))), qs("404 not found"));
    QCOMPARE(*t.service.get(qs("b1")), created);
}

void TestBlackoutService::shouldApplyUserAndCustomerRulesOnUpdate()
{
    // Given: alice's blackout for acme, and one of other
    Blackouts t;
    const Caller alice = caller("alice", {"acme"}, {"write:blackouts"});
    const Blackout mine = t.post(json(R"({"id": "mine", "environment": "Production"})"), alice);
    QCOMPARE(mine.customer, qs("acme"));
    QCOMPARE(mine.user, qs("alice"));
    t.post(json(R"({"id": "theirs", "environment": "Production", "customer": "other"})"));

    // When: alice, without admin, names another user
    Result<Blackout> r = t.service.update(qs("mine"), json(R"({"user": "mallory", "text": "x"})"), alice);
    // Then: the other fields change but the user does not
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(t.service.get(qs("mine"))->user, qs("alice"));
    QCOMPARE(t.service.get(qs("mine"))->text, qs("x"));

    // When: an admin:blackouts caller names a user
    r = t.service.update(qs("mine"), json(R"({"user": "bob"})"), caller("root", {}, {"admin:blackouts"}));
    // Then: the blackout is bob's
    QVERIFY(r.ok());
    QCOMPARE(t.service.get(qs("mine"))->user, qs("bob"));

    // When: alice moves her blackout to a customer she does not have
    r = t.service.update(qs("mine"), json(R"({"customer": "other"})"), alice);
    // Then: 400, unchanged
    QCOMPARE(errorText(r), qs("400 not allowed to set customer to 'other'"));
    QCOMPARE(t.service.get(qs("mine"))->customer, qs("acme"));

    // When: alice touches the other customer's blackout
    // Then: it does not exist for her
    QCOMPARE(errorText(t.service.update(qs("theirs"), json(R"({"text": "x"})"), alice)), qs("404 not found"));
    QVERIFY(t.service.get(qs("theirs"))->text.isNull());

    // When: the admin override moves it to other
    r = t.service.update(qs("mine"), json(R"({"customer": "other"})"), caller("root", {}, {"admin:blackouts"}));
    // Then: moved, and now invisible to alice
    QVERIFY(r.ok());
    QCOMPARE(t.service.get(qs("mine"))->customer, qs("other"));
    QCOMPARE(errorText(t.service.get(qs("mine"), alice)), qs("404 not found"));

    // When: a caller with one customer clears the customer
    const Caller otherUser = caller("olga", {"other"}, {"write:blackouts"});
    r = t.service.update(qs("mine"), json(R"({"customer": null})"), otherUser);
    // Then: an absent customer is the caller's only one (spec §5.6)
    QVERIFY(r.ok());
    QCOMPARE(t.service.get(qs("mine"))->customer, qs("other"));
    // And: a caller with several must choose
    QCOMPARE(errorText(t.service.update(qs("mine"),
                                        json(R"({"customer": null})"),
                                        caller("x", {"other", "acme"}, {"write:blackouts"}))),
             qs("400 must define customer as more than one possibility"));
}

void TestBlackoutService::shouldRemove()
{
    // Given: a blackout of acme, one of other and one without customer
    Blackouts t;
    t.post(json(R"({"id": "acme1", "environment": "Production", "customer": "acme"})"));
    t.post(json(R"({"id": "other1", "environment": "Production", "customer": "other"})"));
    t.post(json(R"({"id": "none1", "environment": "Production"})"));
    const Caller acme = caller("alice", {"acme"}, {"write:blackouts"});

    // When: an acme caller removes the other customer's and the customer-less one
    // Then: 404, and both remain
    QCOMPARE(errorText(t.service.remove(qs("other1"), acme)), qs("404 not found"));
    QCOMPARE(errorText(t.service.remove(qs("none1"), acme)), qs("404 not found"));
    QVERIFY(t.service.get(qs("other1")).ok());
    QVERIFY(t.service.get(qs("none1")).ok());

    // When: it removes its own, by prefix
    QVERIFY(t.service.remove(qs("ACME"), acme).ok());
    // Then: gone for everyone, and a second removal is 404
    QCOMPARE(errorText(t.service.get(qs("acme1"))), qs("404 not found"));
    QCOMPARE(errorText(t.service.remove(qs("acme1"))), qs("404 not found"));
    QCOMPARE(t.ids({}), qs("none1,other1")); // same start: by id
}

void TestBlackoutService::shouldFilterList_data()
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
    row("no filter, newest start first", {}, "b2,b1,b3");
    row("environment", {{"environment", "Production"}}, "b1,b3");
    row("negated environment", {{"environment!", "Production"}}, "b2");
    row("environment contains", {{"environment", "~DEV"}}, "b2");
    row("resource", {{"resource", "web01"}}, "b1");
    row("event", {{"event", "down"}}, "b2");
    row("group", {{"group", "Net"}}, "b3");
    row("service", {{"service", "Db"}}, "b2");
    row("service overlap", {{"service", "Web"}}, "b2,b1");
    row("tag", {{"tag", "b"}}, "b2");
    row("tag shared", {{"tag", "a"}}, "b2,b1");
    row("origin", {{"origin", "o1"}}, "b1");
    row("customer", {{"customer", "acme"}}, "b1");
    row("customer in", {{"customer", "acme"}, {"customer", "other"}}, "b1,b3");
    row("status active", {{"status", "active"}}, "b1");
    row("status pending", {{"status", "pending"}}, "b2");
    row("status expired", {{"status", "expired"}}, "b3");
    row("status active or expired", {{"status", "active"}, {"status", "expired"}}, "b1,b3");
    row("status and field", {{"status", "active"}, {"environment", "Development"}}, "");
    row("sort by priority", {{"sort-by", "priority"}}, "b2,b3,b1");
    row("sort by priority inverted", {{"sort-by", "-priority"}}, "b1,b3,b2");
    row("sort by startTime", {{"sort-by", "startTime"}}, "b2,b1,b3");
    row("sort by startTime inverted", {{"sort-by", "-startTime"}}, "b3,b1,b2");
    row("sort by two fields", {{"sort-by", "environment"}, {"sort-by", "-id"}}, "b2,b3,b1");
    row("unknown parameter", {{"severity", "major"}}, "400 Invalid filter parameter: severity");
    row("unsortable", {{"sort-by", "tag"}}, "400 Sorting by 'tag' field not supported.");
}

void TestBlackoutService::shouldFilterList()
{
    QFETCH(Params, params);
    QFETCH(QString, expected);
    // Given: an active, a pending and an expired blackout
    Blackouts t;
    t.seedThree();
    // When: listed with the parameters
    // Then: the matching ids in order
    QCOMPARE(t.ids(params), expected);
}

void TestBlackoutService::shouldComputeStatusAsClockMoves()
{
    // Given: a blackout starting in 10 s and lasting 60 s
    Blackouts t;
    QJsonObject body = json(R"({"id": "w", "environment": "Production", "duration": 60})");
    const Timestamp start = t.f.clock->now() + 10000;
    body.insert(QStringLiteral("startTime"), IsoTime::format(start));
    const Blackout b = t.post(body);
    const auto statusNow = [&]() -> QString {
        const Result<BlackoutPage> page = t.service.list({});
        QStringList found;
        for (const QString &s : {qs("pending"), qs("active"), qs("expired")}) {
            if (t.ids({{qs("status"), s}}) == QLatin1StringView("w"))
                found.append(s);
        }
        // The SQL filter and the model's own rule agree
        const QString computed = Blackout::statusName(b.status(page->now));
        return found.join(u',') + u'/' + computed + u'/' + QString::number(b.remaining(page->now));
    };

    // Then: pending until it starts, with the whole window remaining
    QCOMPARE(statusNow(), qs("pending/pending/60"));
    t.f.clock->set(start - 1);
    QCOMPARE(statusNow(), qs("pending/pending/60"));
    // And: active from its start
    t.f.clock->set(start);
    QCOMPARE(statusNow(), qs("active/active/60"));
    t.f.clock->set(start + 59999);
    QCOMPARE(statusNow(), qs("active/active/0"));
    // And: expired at its end, remaining floored at 0
    t.f.clock->set(start + 60000);
    QCOMPARE(statusNow(), qs("expired/expired/0"));
    t.f.clock->advanceSeconds(3600);
    QCOMPARE(statusNow(), qs("expired/expired/0"));
}

void TestBlackoutService::shouldPageAndCount()
{
    // Given: three blackouts
    Blackouts t;
    t.seedThree();

    // When: the first page of two
    Result<BlackoutPage> page = t.service.list({{qs("page-size"), qs("2")}});
    // Then: two of three, two pages, more to come, computed as of now
    QVERIFY(page.ok());
    QCOMPARE(page->blackouts.size(), 2);
    QCOMPARE(page->total, qint64(3));
    QCOMPARE(page->pages, 2);
    QCOMPARE(page->pageSize, 2);
    QCOMPARE(page->page, 1);
    QVERIFY(page->more);
    QCOMPARE(page->now, t.f.clock->now());

    // When: the second page
    page = t.service.list({{qs("page-size"), qs("2")}, {qs("page"), qs("2")}});
    // Then: the last one
    QVERIFY(page.ok());
    QCOMPARE(page->blackouts.size(), 1);
    QCOMPARE(page->blackouts.first().id, qs("b3"));
    QVERIFY(!page->more);

    // When: beyond the last page, or before the first
    // Then: 416 naming the range
    QCOMPARE(errorText(t.service.list({{qs("page-size"), qs("2")}, {qs("page"), qs("3")}})),
             qs("416 page out of range: 1-2"));
    QCOMPARE(errorText(t.service.list({{qs("page"), qs("0")}})), qs("416 page out of range: 1-1"));

    // When: filtered, by a field or by status
    // Then: the total counts the filtered blackouts
    QCOMPARE(t.service.list({{qs("environment"), qs("Production")}})->total, qint64(2));
    QCOMPARE(t.service.list({{qs("status"), qs("expired")}})->total, qint64(1));

    // When: nothing matches
    page = t.service.list({{qs("resource"), qs("nothing")}, {qs("page"), qs("1")}});
    // Then: page 1 of 0 is fine
    QVERIFY(page.ok());
    QCOMPARE(page->total, qint64(0));
    QCOMPARE(page->pages, 0);
    QVERIFY(page->blackouts.isEmpty());
}

void TestBlackoutService::shouldRestrictListToCallerCustomers()
{
    // Given: blackouts of acme (b1), of other (b3) and without customer (b2)
    Blackouts t;
    t.seedThree();
    const Caller acme = caller("alice", {"acme"}, {"read:blackouts"});

    // Then: an acme caller sees acme's only, whatever it asks for
    QCOMPARE(t.ids({}, acme), qs("b1"));
    QCOMPARE(t.service.list({}, acme)->total, qint64(1));
    QCOMPARE(t.ids({{qs("customer"), qs("other")}}, acme), QString());
    QCOMPARE(t.ids({{qs("customer!"), qs("acme")}}, acme), QString());
    QCOMPARE(t.ids({{qs("status"), qs("pending")}}, acme), QString());
    // And: look-ups follow the same rule
    QVERIFY(t.service.get(qs("b1"), acme).ok());
    QCOMPARE(errorText(t.service.get(qs("b2"), acme)), qs("404 not found"));
    QCOMPARE(errorText(t.service.get(qs("b3"), acme)), qs("404 not found"));
    // And: a caller of acme and other sees both, never the customer-less one
    QCOMPARE(t.ids({}, caller("bob", {"acme", "other"}, {"read:blackouts"})), qs("b1,b3"));
    // And: an unrestricted caller sees all three
    QCOMPARE(t.ids({}, Caller{}), qs("b2,b1,b3"));
}

void TestBlackoutService::shouldCheckThroughStore()
{
    // Given: an alert for web01 in Production and no blackout, checked once (so a copy of no blackouts is cached)
    Blackouts t;
    const BlackoutPolicy policy;
    const Alert alert = t.f.makeAlert(qs("web01"), qs("down"), qs("major"));
    QCOMPARE(t.service.check(alert, policy), BlackoutMatch::Outcome::NotBlackedOut);

    // When: a blackout of web01 is created
    t.post(json(R"({"id": "bw", "environment": "Production", "resource": "web01"})"));
    // Then: the very next check suppresses the alert
    QCOMPARE(t.service.check(alert, policy), BlackoutMatch::Outcome::Suppress);
    // And: an alert of another resource is not covered
    QCOMPARE(t.service.check(t.f.makeAlert(qs("web02"), qs("down"), qs("major")), policy),
             BlackoutMatch::Outcome::NotBlackedOut);
    // And: a severity in BLACKOUT_ACCEPT is never blacked out
    BlackoutPolicy accept;
    accept.blackoutAccept = qsl({"major"});
    QCOMPARE(t.service.check(alert, accept), BlackoutMatch::Outcome::NotBlackedOut);

    // When: the blackout is moved to another resource
    QVERIFY(t.service.update(qs("bw"), json(R"({"resource": "web02"})")).ok());
    // Then: web01 is free at once
    QCOMPARE(t.service.check(alert, policy), BlackoutMatch::Outcome::NotBlackedOut);

    // When: it is moved back, then deleted
    QVERIFY(t.service.update(qs("bw"), json(R"({"resource": "web01"})")).ok());
    QCOMPARE(t.service.check(alert, policy), BlackoutMatch::Outcome::Suppress);
    QVERIFY(t.service.remove(qs("bw")).ok());
    // Then: not blacked out immediately
    QCOMPARE(t.service.check(alert, policy), BlackoutMatch::Outcome::NotBlackedOut);

    // When: a blackout of customer acme exists and the alert is other's
    t.post(json(R"({"id": "bc", "environment": "Production", "customer": "acme"})"));
    Alert others = alert;
    others.customer = qs("other");
    BlackoutPolicy views;
    views.customerViews = true;
    // Then: with customer views it covers acme's alerts only; without, every alert
    QCOMPARE(t.service.check(others, views), BlackoutMatch::Outcome::NotBlackedOut);
    others.customer = qs("acme");
    QCOMPARE(t.service.check(others, views), BlackoutMatch::Outcome::Suppress);
    others.customer = qs("other");
    QCOMPARE(t.service.check(others, policy), BlackoutMatch::Outcome::Suppress);

    // When: the blackout window has passed by the time the alert was created
    t.f.clock->advanceSeconds(3600);
    // Then: not covered
    QCOMPARE(t.service.check(t.f.makeAlert(qs("web01"), qs("down"), qs("major")), policy),
             BlackoutMatch::Outcome::NotBlackedOut);
}

void TestBlackoutService::shouldMarkInsteadOfSuppressWithNotificationBlackout()
{
    // Given: a blackout of the Production environment
    Blackouts t;
    t.post(json(R"({"environment": "Production"})"));
    const Alert alert = t.f.makeAlert(qs("web01"), qs("down"), qs("major"));
    // When: NOTIFICATION_BLACKOUT is on (BLACKOUT_ACCEPT is then not consulted)
    BlackoutPolicy policy;
    policy.notificationBlackout = true;
    policy.blackoutAccept = qsl({"major"});
    // Then: the alert is to be stored as `blackout`
    QCOMPARE(t.service.check(alert, policy), BlackoutMatch::Outcome::MarkBlackout);
    // And: an alert of another environment is not
    Alert dev = alert;
    dev.environment = qs("Development");
    QCOMPARE(t.service.check(dev, policy), BlackoutMatch::Outcome::NotBlackedOut);
}

QTEST_GUILESS_MAIN(TestBlackoutService)
#include "testblackoutservice.moc"
