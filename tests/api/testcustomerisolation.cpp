// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <algorithm>

#include "core/identityjson.h"
#include "core/keyservice.h"
#include "tests/support/apifixture.h"
#include "tests/support/testtext.h"

// Customer views over HTTP, endpoint by endpoint (issue 10): with CUSTOMER_VIEWS on, a caller of customer Globex
// calls every route of the API (the list comes from the router itself, so a new route without a row here fails the
// test) aimed at what customer Acme owns — its alert with a note, heartbeat, blackout and API key. No answer may
// carry anything of Acme's, single resources of Acme's are "404 not found" (their existence is not revealed either),
// routes for administrators are 403, and afterwards everything of Acme's is as it was.

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

/// What Globex must get from a route.
enum class Expect {
    NotFound,  ///< 404: one of Acme's resources, addressed by its id
    Forbidden, ///< 403: a route for administrators
    Allowed,   ///< answered (any status), without anything of Acme's in it
};

struct Call
{
    Call(QString p, QJsonObject b = {}, Expect e = Expect::Allowed)
        : path(std::move(p))
        , body(std::move(b))
        , expect(e)
    {}

    QString path;     ///< with Acme's ids filled in
    QJsonObject body; ///< for PUT and POST
    Expect expect;
};

Headers keyAuth(const QString &key)
{
    return {{"Authorization", "Key " + key.toUtf8()}};
}

Headers basicAuth(const QString &user, const QString &password)
{
    return {{"Authorization", "Basic " + (user + u':' + password).toUtf8().toBase64()}};
}

/// The resources of the alerts a caller lists, sorted.
QStringList listedResources(ApiFixture &api, const Headers &caller)
{
    QStringList resources;
    const QJsonArray alerts =
        api.get(QStringLiteral("/alerts"), caller).json().value(QStringLiteral("alerts")).toArray();
    for (const QJsonValue &alert : alerts)
        resources.append(alert.toObject().value(QStringLiteral("resource")).toString());
    resources.sort();
    return resources;
}

} // namespace

class TestCustomerIsolation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldKeepEveryEndpointWithinTheCallersCustomer();
    void shouldNotLetUsersChangeTheirAccessByChangingTheirEmail_data();
    void shouldNotLetUsersChangeTheirAccessByChangingTheirEmail();

private:
    QString createKey(ApiFixture &api, const char *user, const QStringList &scopes, const QString &customer);
    /// Acme's resources as an administrator sees them, to compare before and after.
    QByteArray acmeState(ApiFixture &api, const Headers &admin) const;

    QString m_alertId;
    QString m_noteId;
    QString m_heartbeatId;
    QString m_blackoutId;
    QString m_acmeKey;
    QString m_customerId;
};

QString TestCustomerIsolation::createKey(ApiFixture &api,
                                         const char *user,
                                         const QStringList &scopes,
                                         const QString &customer)
{
    NewKey request;
    request.key.user = qs(user);
    request.key.scopes = scopes;
    request.key.customer = customer;
    request.key.text = qs("key of ") + qs(user);
    const Result<ApiKey> key = api.core->keys().create(request, Caller::internal());
    return key ? key->key : QString();
}

QByteArray TestCustomerIsolation::acmeState(ApiFixture &api, const Headers &admin) const
{
    QJsonObject state;
    for (const QString &path : QStringList{u"/alert/" + m_alertId,
                                           u"/alert/" + m_alertId + u"/notes",
                                           u"/heartbeat/" + m_heartbeatId,
                                           u"/blackout/" + m_blackoutId,
                                           u"/customer/" + m_customerId}) {
        QJsonObject answer = api.get(path, admin).json();
        answer.remove(qs("requestId"));
        // Seconds since the heartbeat and until the blackout's end move with the clock, not with anyone's writes.
        for (const char *item : {"heartbeat", "blackout"}) {
            QJsonObject object = answer.value(qs(item)).toObject();
            object.remove(qs("since"));
            object.remove(qs("remaining"));
            if (answer.contains(qs(item)))
                answer.insert(qs(item), object);
        }
        state.insert(path, answer);
    }
    // A key's use counter moves whenever it is used, so only its identity and rights are compared.
    QJsonObject key = api.get(u"/key/" + m_acmeKey, admin).json().value(qs("key")).toObject();
    for (const char *moving : {"count", "lastUsedTime"})
        key.remove(qs(moving));
    state.insert(qs("key"), key);
    return QJsonDocument(state).toJson(QJsonDocument::Compact);
}

void TestCustomerIsolation::shouldKeepEveryEndpointWithinTheCallersCustomer()
{
    // Given: customer views, an administrator, and callers of Acme and of Globex with every non-admin scope
    ApiFixture api([](ServerSettings &s) {
        s.authRequired = true;
        s.customerViews = true;
    });
    const Headers admin = keyAuth(createKey(api, "root@example.com", qsl({"admin", "read", "write"}), {}));
    const QStringList everyday = qsl({"read", "write"});
    m_acmeKey = createKey(api, "ops@acme.example", everyday, qs("Acme"));
    const Headers acme = keyAuth(m_acmeKey);
    const Headers globex = keyAuth(createKey(api, "ops@globex.example", everyday, qs("Globex")));
    QVERIFY(!m_acmeKey.isEmpty());

    // And: what Acme owns, made by Acme itself; every text of it says "acme"
    const HttpAnswer customer =
        api.post(qs("/customer"), {{qs("match"), qs("acme.example")}, {qs("customer"), qs("Acme")}}, admin);
    QVERIFY2(customer.status == 201, qPrintable(customer.describe()));
    m_customerId = customer.json().value(qs("id")).toString();
    const QJsonObject acmeAlert{{qs("resource"), qs("acme-web01")},
                                {qs("event"), qs("AcmeDown")},
                                {qs("environment"), qs("Production")},
                                {qs("service"), QJsonArray{qs("acme-shop")}},
                                {qs("group"), qs("acme-group")},
                                {qs("tags"), QJsonArray{qs("acme-tag")}},
                                {qs("text"), qs("acme is down")},
                                {qs("severity"), qs("major")}};
    const HttpAnswer alert = api.post(qs("/alert"), acmeAlert, acme);
    QVERIFY2(alert.status == 201, qPrintable(alert.describe()));
    m_alertId = alert.json().value(qs("id")).toString();
    QCOMPARE(api.put(u"/alert/" + m_alertId + u"/action", {{qs("action"), qs("ack")}}, acme).status, 200);
    const HttpAnswer note = api.put(u"/alert/" + m_alertId + u"/note", {{qs("text"), qs("acme note")}}, acme);
    QVERIFY2(note.status == 201, qPrintable(note.describe()));
    m_noteId = note.json().value(qs("note")).toObject().value(qs("id")).toString();
    const HttpAnswer heartbeat =
        api.post(qs("/heartbeat"), {{qs("origin"), qs("acme-origin")}, {qs("tags"), QJsonArray{qs("acme")}}}, acme);
    QVERIFY2(heartbeat.status == 201, qPrintable(heartbeat.describe()));
    m_heartbeatId = heartbeat.json().value(qs("id")).toString();
    const HttpAnswer blackout =
        api.post(qs("/blackout"), {{qs("environment"), qs("Production")}, {qs("resource"), qs("acme-web01")}}, acme);
    QVERIFY2(blackout.status == 201, qPrintable(blackout.describe()));
    m_blackoutId = blackout.json().value(qs("id")).toString();
    QVERIFY(!m_noteId.isEmpty() && !m_heartbeatId.isEmpty() && !m_blackoutId.isEmpty());
    const QByteArray before = acmeState(api, admin);

    // And: a call of Globex's for every route, aimed at Acme's resources
    const QString alertPath = u"/alert/" + m_alertId;
    const QJsonObject globexAlert{{qs("resource"), qs("globex-web01")},
                                  {qs("event"), qs("GlobexDown")},
                                  {qs("environment"), qs("Production")},
                                  {qs("service"), QJsonArray{qs("globex-shop")}},
                                  {qs("severity"), qs("major")}};
    const QJsonObject prometheus{{qs("alerts"),
                                  QJsonArray{QJsonObject{{qs("status"), qs("firing")},
                                                         {qs("labels"),
                                                          QJsonObject{{qs("alertname"), qs("DiskFull")},
                                                                      {qs("instance"), qs("globex-web02")},
                                                                      {qs("environment"), qs("Production")},
                                                                      {qs("customer"), qs("Acme")}}},
                                                         {qs("annotations"), QJsonObject{}},
                                                         {qs("startsAt"), qs("2026-11-26T10:00:00Z")}}}}};
    // The alert-count widget of a URL that names Acme's resource: Globex counts nothing there (checked below).
    const QString widgetOfAcmesResource =
        qs("/oembed?url=http%3A%2F%2Fh%2Fapi%2Falerts%2Fcount%3Fresource%3Dacme-web01");
    const QHash<QString, Call> calls{
        {qs("GET /"), {qs("/")}},
        {qs("GET /_"), {qs("/_")}},
        {qs("GET /config"), {qs("/config")}},
        {qs("GET /management"), {qs("/management")}},
        {qs("GET /management/gtg"), {qs("/management/gtg")}},
        {qs("GET /management/healthcheck"), {qs("/management/healthcheck")}},
        {qs("GET /management/manifest"), {qs("/management/manifest")}},
        {qs("GET /management/metrics"), {qs("/management/metrics")}},
        {qs("GET /management/status"), {qs("/management/status")}},
        {qs("GET /management/properties"), {qs("/management/properties"), {}, Expect::Forbidden}},
        {qs("GET /management/housekeeping"), {qs("/management/housekeeping"), {}, Expect::Forbidden}},
        {qs("POST /management/housekeeping"), {qs("/management/housekeeping"), {}, Expect::Forbidden}},
        {qs("GET /management/switchboard"), {qs("/management/switchboard"), {}, Expect::Forbidden}},
        {qs("POST /management/switchboard"), {qs("/management/switchboard"), {}, Expect::Forbidden}},
        {qs("GET /oembed"), {widgetOfAcmesResource}},
        {qs("GET /oembed.json"), {widgetOfAcmesResource}},
        {qs("GET /embed.js"), {qs("/embed.js")}},
        // Alerts
        {qs("POST /alert"), {qs("/alert"), globexAlert}},
        {qs("GET /alert/{id}"), {alertPath, {}, Expect::NotFound}},
        {qs("DELETE /alert/{id}"), {alertPath, {}, Expect::NotFound}},
        {qs("PUT /alert/{id}/action"), {alertPath + u"/action", {{qs("action"), qs("close")}}, Expect::NotFound}},
        {qs("PUT /alert/{id}/status"), {alertPath + u"/status", {{qs("status"), qs("closed")}}, Expect::NotFound}},
        {qs("PUT /alert/{id}/tag"), {alertPath + u"/tag", {{qs("tags"), QJsonArray{qs("x")}}}, Expect::NotFound}},
        {qs("PUT /alert/{id}/untag"),
         {alertPath + u"/untag", {{qs("tags"), QJsonArray{qs("acme-tag")}}}, Expect::NotFound}},
        {qs("PUT /alert/{id}/attributes"),
         {alertPath + u"/attributes", {{qs("attributes"), QJsonObject{{qs("x"), 1}}}}, Expect::NotFound}},
        {qs("PUT /alert/{id}/note"), {alertPath + u"/note", {{qs("text"), qs("x")}}, Expect::NotFound}},
        {qs("GET /alert/{id}/notes"), {alertPath + u"/notes", {}, Expect::NotFound}},
        {qs("PUT /alert/{id}/note/{noteId}"),
         {alertPath + u"/note/" + m_noteId, {{qs("text"), qs("x")}}, Expect::NotFound}},
        {qs("DELETE /alert/{id}/note/{noteId}"), {alertPath + u"/note/" + m_noteId, {}, Expect::NotFound}},
        {qs("GET /alerts"), {qs("/alerts?show-history=true&show-raw-data=true")}},
        {qs("GET /alerts/count"), {qs("/alerts/count")}},
        {qs("GET /alerts/groups"), {qs("/alerts/groups")}},
        {qs("GET /alerts/history"), {qs("/alerts/history")}},
        {qs("GET /alerts/tags"), {qs("/alerts/tags")}},
        {qs("GET /alerts/top10/count"), {qs("/alerts/top10/count")}},
        {qs("GET /alerts/top10/flapping"), {qs("/alerts/top10/flapping")}},
        {qs("GET /alerts/top10/standing"), {qs("/alerts/top10/standing")}},
        {qs("GET /alerts/topn/count"), {qs("/alerts/topn/count")}},
        {qs("GET /alerts/topn/flapping"), {qs("/alerts/topn/flapping")}},
        {qs("GET /alerts/topn/standing"), {qs("/alerts/topn/standing")}},
        {qs("GET /environments"), {qs("/environments")}},
        {qs("GET /services"), {qs("/services")}},
        // Heartbeats and blackouts
        {qs("POST /heartbeat"), {qs("/heartbeat"), {{qs("origin"), qs("globex-origin")}}}},
        {qs("GET /heartbeat/{id}"), {u"/heartbeat/" + m_heartbeatId, {}, Expect::NotFound}},
        {qs("DELETE /heartbeat/{id}"), {u"/heartbeat/" + m_heartbeatId, {}, Expect::NotFound}},
        {qs("GET /heartbeats"), {qs("/heartbeats")}},
        {qs("POST /blackout"), {qs("/blackout"), {{qs("environment"), qs("Production")}}}},
        {qs("GET /blackout/{id}"), {u"/blackout/" + m_blackoutId, {}, Expect::NotFound}},
        {qs("PUT /blackout/{id}"), {u"/blackout/" + m_blackoutId, {{qs("text"), qs("x")}}, Expect::NotFound}},
        {qs("DELETE /blackout/{id}"), {u"/blackout/" + m_blackoutId, {}, Expect::NotFound}},
        {qs("GET /blackouts"), {qs("/blackouts")}},
        // API keys
        {qs("POST /key"), {qs("/key"), {{qs("scopes"), QJsonArray{qs("read")}}}}},
        {qs("GET /key/{key}"), {u"/key/" + m_acmeKey, {}, Expect::NotFound}},
        {qs("PUT /key/{key}"), {u"/key/" + m_acmeKey, {{qs("text"), qs("x")}}, Expect::NotFound}},
        {qs("DELETE /key/{key}"), {u"/key/" + m_acmeKey, {}, Expect::Forbidden}},
        {qs("GET /keys"), {qs("/keys")}},
        // Customers, users, groups, permissions: administrators' business
        {qs("POST /customer"),
         {qs("/customer"), {{qs("match"), qs("x")}, {qs("customer"), qs("X")}}, Expect::Forbidden}},
        {qs("GET /customer/{id}"), {u"/customer/" + m_customerId, {}, Expect::NotFound}},
        {qs("PUT /customer/{id}"), {u"/customer/" + m_customerId, {{qs("match"), qs("y")}}, Expect::Forbidden}},
        {qs("DELETE /customer/{id}"), {u"/customer/" + m_customerId, {}, Expect::Forbidden}},
        {qs("GET /customers"), {qs("/customers")}},
        {qs("POST /user"), {qs("/user"), {{qs("name"), qs("x")}, {qs("email"), qs("x@x.example")}}, Expect::Forbidden}},
        {qs("GET /users"), {qs("/users"), {}, Expect::Forbidden}},
        {qs("GET /user/{id}"), {qs("/user/nobody"), {}, Expect::Forbidden}},
        {qs("PUT /user/{id}"), {qs("/user/nobody"), {{qs("name"), qs("x")}}, Expect::Forbidden}},
        {qs("DELETE /user/{id}"), {qs("/user/nobody"), {}, Expect::Forbidden}},
        {qs("PUT /user/{id}/attributes"),
         {qs("/user/nobody/attributes"), {{qs("attributes"), QJsonObject{}}}, Expect::Forbidden}},
        {qs("GET /user/{id}/groups"), {qs("/user/nobody/groups"), {}, Expect::Forbidden}},
        {qs("GET /user/me"), {qs("/user/me")}},
        {qs("PUT /user/me"), {qs("/user/me"), {{qs("name"), qs("x")}}}},
        {qs("GET /user/me/attributes"), {qs("/user/me/attributes")}},
        {qs("PUT /user/me/attributes"), {qs("/user/me/attributes"), {{qs("attributes"), QJsonObject{}}}}},
        {qs("GET /userinfo"), {qs("/userinfo")}},
        {qs("POST /group"), {qs("/group"), {{qs("name"), qs("x")}}, Expect::Forbidden}},
        {qs("GET /groups"), {qs("/groups")}},
        {qs("GET /group/{id}"), {qs("/group/nothing")}},
        {qs("PUT /group/{id}"), {qs("/group/nothing"), {{qs("name"), qs("y")}}, Expect::Forbidden}},
        {qs("DELETE /group/{id}"), {qs("/group/nothing"), {}, Expect::Forbidden}},
        {qs("GET /group/{id}/users"), {qs("/group/nothing/users")}},
        {qs("PUT /group/{id}/user/{userId}"), {qs("/group/nothing/user/nobody"), {}, Expect::Forbidden}},
        {qs("DELETE /group/{id}/user/{userId}"), {qs("/group/nothing/user/nobody"), {}, Expect::Forbidden}},
        {qs("POST /perm"), {qs("/perm"), {{qs("match"), qs("x")}, {qs("scopes"), QJsonArray{}}}, Expect::Forbidden}},
        {qs("GET /perms"), {qs("/perms")}},
        {qs("GET /perm/{id}"), {qs("/perm/nothing")}},
        {qs("PUT /perm/{id}"), {qs("/perm/nothing"), {{qs("match"), qs("y")}}, Expect::Forbidden}},
        {qs("DELETE /perm/{id}"), {qs("/perm/nothing"), {}, Expect::Forbidden}},
        {qs("GET /scopes"), {qs("/scopes")}},
        // Sign-in routes, and webhooks (which file their alerts under the caller's customer)
        {qs("POST /auth/login"),
         {qs("/auth/login"), {{qs("username"), qs("someone@globex.example")}, {qs("password"), qs("x")}}}},
        {qs("POST /auth/signup"), {qs("/auth/signup"), {{qs("name"), qs("x")}, {qs("email"), qs("x@globex.example")}}}},
        {qs("GET /auth/logout"), {qs("/auth/logout")}},
        {qs("POST /auth/logout"), {qs("/auth/logout")}},
        {qs("GET /webhooks/{name}"), {qs("/webhooks/prometheus")}},
        {qs("POST /webhooks/{name}"), {qs("/webhooks/prometheus"), prometheus}},
        {qs("GET /webhooks/{name}/{path...}"), {qs("/webhooks/prometheus/x/y")}},
        {qs("POST /webhooks/{name}/{path...}"), {qs("/webhooks/prometheus/x/y"), prometheus}},
    };

    // What would give Acme's data away: its texts, ids and key, and its name as a value. Globex's own words echoed
    // back ("not allowed to set customer to 'Acme'") are not a leak.
    const QStringList acmeData{qs("acme-web01"),
                               qs("acme-shop"),
                               qs("acme-group"),
                               qs("acme-tag"),
                               qs("acme is down"),
                               qs("acme note"),
                               qs("acme-origin"),
                               qs("acme.example"),
                               qs("\"Acme\""),
                               m_acmeKey,
                               m_alertId,
                               m_noteId,
                               m_heartbeatId,
                               m_blackoutId,
                               m_customerId};
    const auto leaks = [&acmeData](const QByteArray &body) {
        const QString text = QString::fromUtf8(body);
        return std::any_of(acmeData.cbegin(), acmeData.cend(), [&text](const QString &d) { return text.contains(d); });
    };

    // When: Globex makes every call
    QStringList missing;
    QStringList failures;
    for (const ApiRoute &route : api.server->router().routes()) {
        const QString name = QString::fromLatin1(route.method) + u' ' + route.pattern;
        const auto call = calls.constFind(name);
        if (call == calls.cend()) {
            missing.append(name);
            continue;
        }
        const HttpAnswer answer = api.request(route.method,
                                              call->path,
                                              route.method == "GET" || route.method == "DELETE"
                                                  ? QByteArray()
                                                  : QJsonDocument(call->body).toJson(QJsonDocument::Compact),
                                              globex);
        // Then: nothing of Acme's in any answer, and the status the route owes a foreign caller
        const QString what = name + u" -> " + answer.describe();
        if (leaks(answer.body))
            failures.append(u"Acme's data in: " + what);
        if (call->expect == Expect::NotFound && answer.status != 404)
            failures.append(u"not 404: " + what);
        if (call->expect == Expect::Forbidden && answer.status != 403)
            failures.append(u"not 403: " + what);
        if (answer.status >= 500)
            failures.append(u"server error: " + what);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"routes without a call in this test: " + missing.join(u", ")));
    const QString widget = api.get(widgetOfAcmesResource, globex).json().value(qs("html")).toString();
    QVERIFY2(widget.contains(qs("alerta-severity-none")) && !widget.contains(qs("<b>1</b>")), qPrintable(widget));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"\n")));

    // And: everything of Acme's is as it was, and Acme still sees its own
    QCOMPARE(acmeState(api, admin), before);
    QCOMPARE(api.get(qs("/alerts"), acme).json().value(qs("total")).toInt(), 1);
    QCOMPARE(api.get(u"/key/" + m_acmeKey, acme).status, 200);
}

void TestCustomerIsolation::shouldNotLetUsersChangeTheirAccessByChangingTheirEmail_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<int>("status");
    // ADMIN_USERS and the customer look-up go by email (spec §5.4, §5.5): one's own new address must not be a way
    // into another customer's alerts, or to administration.
    QTest::newRow("another customer's domain") << qs("mallory@globex.example") << 403;
    QTest::newRow("an ADMIN_USERS address nobody has yet") << qs("boss@example.com") << 403;
    QTest::newRow("a domain without a customer") << qs("mallory@nowhere.example") << 403;
    QTest::newRow("another address of the same customer") << qs("m.allory@acme.example") << 200;
}

void TestCustomerIsolation::shouldNotLetUsersChangeTheirAccessByChangingTheirEmail()
{
    QFETCH(QString, email);
    QFETCH(int, status);

    // Given: customer views with two customers that have an alert each, and an ADMIN_USERS address no user has
    ApiFixture api([](ServerSettings &s) {
        s.authRequired = true;
        s.customerViews = true;
        s.adminUsers = qsl({"root@example.com", "boss@example.com"});
    });
    const Headers admin = keyAuth(createKey(api, "root@example.com", qsl({"admin", "read", "write"}), {}));
    for (const char *customer : {"Acme", "Globex"}) {
        const QString name = QString::fromLatin1(customer);
        const QJsonObject lookup{{qs("match"), QString(name.toLower() + u".example")}, {qs("customer"), name}};
        QCOMPARE(api.post(qs("/customer"), lookup, admin).status, 201);
        const QJsonObject alert{{qs("resource"), QString(name.toLower() + u"-web01")},
                                {qs("event"), qs("Down")},
                                {qs("environment"), qs("Production")},
                                {qs("service"), QJsonArray{qs("shop")}},
                                {qs("severity"), qs("major")},
                                {qs("customer"), name}};
        QCOMPARE(api.post(qs("/alert"), alert, admin).status, 201);
    }
    // And: mallory, who signed up with an address of Acme's
    const QString password = qs("mallory-pw-1");
    const HttpAnswer signup =
        api.post(qs("/auth/signup"),
                 {{qs("name"), qs("Mallory")}, {qs("email"), qs("mallory@acme.example")}, {qs("password"), password}});
    QVERIFY2(signup.status == 200, qPrintable(signup.describe()));
    const Headers token{{"Authorization", "Bearer " + signup.json().value(qs("token")).toString().toUtf8()}};
    QCOMPARE(listedResources(api, basicAuth(qs("mallory@acme.example"), password)), qsl({"acme-web01"}));

    // When: she changes her own email
    const HttpAnswer changed = api.put(qs("/user/me"), {{qs("email"), email}}, token);

    // Then: a change that would give her other customers or administration is refused, and nothing changed
    QVERIFY2(changed.status == status, qPrintable(changed.describe()));
    const QJsonObject me = api.get(qs("/user/me"), token).json().value(qs("user")).toObject();
    if (status == 403) {
        QCOMPARE(changed.json().value(qs("message")).toString(),
                 qs("not allowed to change email to '%1': it would change what the user may see or do").arg(email));
        QCOMPARE(me.value(qs("email")).toString(), qs("mallory@acme.example"));
        QCOMPARE(api.get(qs("/alerts"), basicAuth(email, password)).status, 401);
        QCOMPARE(listedResources(api, basicAuth(qs("mallory@acme.example"), password)), qsl({"acme-web01"}));
        QCOMPARE(api.get(qs("/users"), basicAuth(qs("mallory@acme.example"), password)).status, 403);
    } else {
        // And: one that keeps her access is made, unverified, and she still sees Acme's alerts only
        QCOMPARE(me.value(qs("email")).toString(), email);
        QCOMPARE(me.value(qs("email_verified")).toBool(true), false);
        QCOMPARE(listedResources(api, basicAuth(email, password)), qsl({"acme-web01"}));
    }
}

QTEST_GUILESS_MAIN(TestCustomerIsolation)
#include "testcustomerisolation.moc"
