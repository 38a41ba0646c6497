// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTest>

#include "core/alertengine.h"
#include "core/alertjson.h"
#include "core/hawk.h"
#include "core/keyservice.h"
#include "core/scopes.h"
#include "core/userservice.h"
#include "tests/support/apifixture.h"
#include "tests/support/testtext.h"

// Authentication and authorisation over HTTP (spec §5), and the identity endpoints: API keys (§4.7), users,
// groups, permissions, customers, scopes (§4.8) and the basic provider's auth routes (§4.9).

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

QStringList keysOf(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

QStringList idsOf(const QJsonArray &items)
{
    QStringList ids;
    for (const QJsonValue &item : items)
        ids.append(item.toObject().value(qs("id")).toString());
    ids.sort();
    return ids;
}

QStringList valuesOf(const QJsonArray &items, const char *key)
{
    QStringList values;
    for (const QJsonValue &item : items)
        values.append(item.toObject().value(qs(key)).toString());
    return values;
}

// An API key stored directly in the core.
QString seedKey(ApiFixture &api, const char *user, const QStringList &scopes, const QString &customer = {})
{
    NewKey request;
    request.key.user = qs(user);
    request.key.scopes = scopes;
    request.key.customer = customer;
    const Result<ApiKey> key = api.core->keys().create(request, Caller::internal());
    return key ? key->key : QString();
}

// A local user stored directly in the core; returns its id.
QString seedUser(ApiFixture &api,
                 const char *login,
                 const char *password,
                 const QStringList &roles,
                 const char *status = "active")
{
    User user;
    user.name = qs(login);
    user.login = qs(login);
    user.roles = roles;
    user.status = qs(status);
    const Result<User> created = api.core->users().create(user, qs(password), Caller::internal());
    return created ? created->id : QString();
}

Headers keyAuth(const QString &key)
{
    return {{"Authorization", "Key " + key.toUtf8()}};
}

Headers bearer(const QString &token)
{
    return {{"Authorization", "Bearer " + token.toUtf8()}};
}

Headers basic(const char *user, const char *password)
{
    const QByteArray credentials = QByteArray(user) + ':' + QByteArray(password);
    return {{"Authorization", "Basic " + credentials.toBase64()}};
}

QString login(ApiFixture &api, const char *username, const char *password)
{
    return api.post(qs("/auth/login"), {{qs("username"), qs(username)}, {qs("password"), qs(password)}})
        .json()
        .value(qs("token"))
        .toString();
}

QJsonObject alertBody(const char *resource)
{
    return {{qs("resource"), qs(resource)},
            {qs("event"), qs("HttpError")},
            {qs("environment"), qs("Production")},
            {qs("service"), QJsonArray{qs("Web")}},
            {qs("severity"), qs("major")}};
}

// An alert stored through the engine as the process itself, for `customer` (null = none); returns its id.
QString seedAlert(ApiFixture &api, const char *resource, const QString &customer)
{
    AlertEngine &engine = api.core->engine();
    Result<Alert> alert = AlertJson::parseIncomingAlert(alertBody(resource), engine.config(), engine.now());
    if (!alert)
        return {};
    alert->customer = customer;
    const Result<ReceiveResult> stored = engine.receive(*alert, Caller::internal());
    return stored ? stored->alert.id : QString();
}

void requireAuth(ServerSettings &s)
{
    s.authRequired = true;
}

} // namespace

class TestIdentityApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Authentication (spec §5.1)
    void shouldRequireCredentialsWhenAuthRequired();
    void shouldAcceptApiKeysFromEverySource_data();
    void shouldAcceptApiKeysFromEverySource();
    void shouldRejectUnknownApiKeysWhateverAuthRequired_data();
    void shouldRejectUnknownApiKeysWhateverAuthRequired();
    void shouldLetAnonymousCallersInWhenAuthIsOff();
    void shouldAuthenticateWithBasic_data();
    void shouldAuthenticateWithBasic();
    void shouldChallengeBasicCallersWithoutTheScope();
    void shouldAnswer415BeforeAskingForCredentials();
    void shouldTrustAnAuthProxy_data();
    void shouldTrustAnAuthProxy();
    void shouldAcceptHawkSignedRequests_data();
    void shouldAcceptHawkSignedRequests();
    void shouldLoginAndAcceptTheBearerToken();
    void shouldThrottlePasswordGuessingOverHttp();
    void shouldThrottleTheForwardedClientBehindAProxy();
    void shouldKeepSecretsOutOfTheLog();
    void shouldRefuseBadLogins_data();
    void shouldRefuseBadLogins();
    void shouldSignUpWithTheBasicProvider();
    void shouldRefuseSignUpWhenDisabled();
    void shouldAnswerLogout_data();
    void shouldAnswerLogout();
    void shouldServeTheTokensClaimsAsUserinfo();

    // Authorisation (spec §5.2)
    void shouldCheckTheRoutesScope_data();
    void shouldCheckTheRoutesScope();
    void shouldAllowReadonlyAnonymousAccess();

    // API keys (spec §4.7)
    void shouldCreateListUpdateAndDeleteKeys();
    void shouldRefuseKeysWithScopesTheCallerLacks();
    void shouldRefuseKeysWithoutAUser();

    // Users, groups, permissions, customers (spec §4.8)
    void shouldManageUsers();
    void shouldServeTheSignedInUser();
    void shouldManageGroupsAndMembership();
    void shouldManagePermissions();
    void shouldListScopes();
    void shouldManageCustomerLookups();

    // Customer views (spec §5.5)
    void shouldShowOnlyTheCallersCustomer_data();
    void shouldShowOnlyTheCallersCustomer();
};

// Authentication

void TestIdentityApi::shouldRequireCredentialsWhenAuthRequired()
{
    // Given: AUTH_REQUIRED on
    ApiFixture api(requireAuth);
    // When: a protected route is called without credentials
    const HttpAnswer a = api.get(qs("/alerts"));
    // Then: 401
    QCOMPARE(a.error(), qs("401 Missing authorization API Key or Bearer Token"));
    // And: public routes stay open
    QCOMPARE(api.get(qs("/auth/logout")).status, 200);
}

void TestIdentityApi::shouldAcceptApiKeysFromEverySource_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("Authorization: Key") << qs("authorization");
    QTest::newRow("X-API-Key") << qs("header");
    QTest::newRow("api-key parameter") << qs("parameter");
}

void TestIdentityApi::shouldAcceptApiKeysFromEverySource()
{
    QFETCH(QString, source);
    // Given: AUTH_REQUIRED on and a read key
    ApiFixture api(requireAuth);
    const QString key = seedKey(api, "reader", qsl({"read"}));
    // When: the key is sent that way
    HttpAnswer a;
    if (source == u"authorization")
        a = api.get(qs("/alerts"), keyAuth(key));
    else if (source == u"header")
        a = api.get(qs("/alerts"), {{"X-API-Key", key.toUtf8()}});
    else
        a = api.get(u"/alerts?api-key=" + key);
    // Then: the call is let in, and the key's use counted
    QCOMPARE(a.status, 200);
    QCOMPARE(api.core->keys().get(key, Caller::internal())->count, 1);
}

void TestIdentityApi::shouldRejectUnknownApiKeysWhateverAuthRequired_data()
{
    QTest::addColumn<bool>("authRequired");
    QTest::newRow("auth required") << true;
    QTest::newRow("auth off") << false;
}

void TestIdentityApi::shouldRejectUnknownApiKeysWhateverAuthRequired()
{
    QFETCH(bool, authRequired);
    // Given: a server with or without AUTH_REQUIRED
    ApiFixture api([authRequired](ServerSettings &s) { s.authRequired = authRequired; });
    // When: an unknown key is sent
    const HttpAnswer a = api.get(qs("/alerts"), keyAuth(qs("nope")));
    // Then: it is checked all the same (spec §12 item 12)
    QCOMPARE(a.error(), qs("401 API key parameter 'nope' is invalid"));
}

void TestIdentityApi::shouldLetAnonymousCallersInWhenAuthIsOff()
{
    // Given: AUTH_REQUIRED off (the default)
    ApiFixture api;
    // When: anonymous callers read and write
    // Then: no scope is checked
    QCOMPARE(api.get(qs("/alerts")).status, 200);
    QCOMPARE(api.post(qs("/alert"), alertBody("web01")).status, 201);
    QCOMPARE(api.get(qs("/users")).status, 200);
    // And: a bad token or password is still refused
    QCOMPARE(api.get(qs("/alerts"), bearer(qs("a.b.c"))).error(), qs("401 Token is invalid"));
}

void TestIdentityApi::shouldAuthenticateWithBasic_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("error"); // empty: let in
    QTest::addColumn<bool>("challenge");
    QTest::newRow("right password") << basic("admin", "secret").first().second << QString() << false;
    QTest::newRow("wrong password") << basic("admin", "wrong").first().second << qs("401 Authorization required")
                                    << true;
    QTest::newRow("unknown user") << basic("nobody", "secret").first().second << qs("401 Authorization required")
                                  << true;
    QTest::newRow("not base64") << QByteArray("Basic %%%") << qs("400 Invalid credentials") << true;
}

void TestIdentityApi::shouldAuthenticateWithBasic()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QString, error);
    QFETCH(bool, challenge);
    // Given: AUTH_REQUIRED on and an admin with a password
    ApiFixture api(requireAuth);
    QVERIFY(api.core->users().bootstrapAdmin(qs("admin"), qs("secret")));
    // When: a call carries Basic credentials
    const HttpAnswer a = api.get(qs("/alerts"), {{"Authorization", authorization}});
    // Then: let in, or refused with the realm challenge
    if (error.isEmpty())
        QCOMPARE(a.status, 200);
    else
        QCOMPARE(a.error(), error);
    QCOMPARE(a.header("WWW-Authenticate"), challenge ? QByteArray("Basic realm=Alerta") : QByteArray());
}

void TestIdentityApi::shouldChallengeBasicCallersWithoutTheScope()
{
    // Given: AUTH_REQUIRED on and a user without admin scopes
    ApiFixture api(requireAuth);
    QVERIFY(!seedUser(api, "bob@example.com", "bobpass123", {qs("user")}).isEmpty());
    // When: they ask with Basic credentials for what needs admin:users
    const HttpAnswer a = api.get(qs("/users"), basic("bob@example.com", "bobpass123"));
    // Then: 403 with the realm challenge, as for a wrong password (spec §5.1)
    QCOMPARE(a.error(), qs("403 Missing required scope: admin:users"));
    QCOMPARE(a.header("WWW-Authenticate"), QByteArray("Basic realm=Alerta"));
    // And: other credentials get no challenge
    const HttpAnswer login =
        api.post(qs("/auth/login"),
                 QJsonObject{{qs("username"), qs("bob@example.com")}, {qs("password"), qs("bobpass123")}});
    const HttpAnswer viaToken = api.get(qs("/users"), bearer(login.json().value(qs("token")).toString()));
    QCOMPARE(viaToken.status, 403);
    QVERIFY(viaToken.header("WWW-Authenticate").isEmpty());
}

void TestIdentityApi::shouldTrustAnAuthProxy_data()
{
    QTest::addColumn<bool>("proxyOn");
    QTest::addColumn<bool>("autoSignup");
    QTest::addColumn<QByteArray>("user");  // X-Proxy-User; empty: none sent
    QTest::addColumn<QByteArray>("roles"); // X-Proxy-Roles; empty: none sent
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("error"); // empty: 200
    QTest::addColumn<bool>("challenge");
    QTest::newRow("new user signed up, default role")
        << true << true << QByteArray("carol@example.com") << QByteArray() << qs("/alerts") << QString() << false;
    QTest::newRow("user role lacks admin:users")
        << true << true << QByteArray("carol@example.com") << QByteArray("user") << qs("/users")
        << qs("403 Missing required scope: admin:users") << true;
    QTest::newRow("admin role from the proxy") << true << true << QByteArray("dave@example.com")
                                               << QByteArray("user, admin") << qs("/users") << QString() << false;
    QTest::newRow("known user keeps its stored roles")
        << true << false << QByteArray("ops@example.com") << QByteArray() << qs("/users") << QString() << false;
    QTest::newRow("unknown user, auto-signup off") << true << false << QByteArray("eve@example.com") << QByteArray()
                                                   << qs("/alerts") << qs("403 user auto-signup is disabled") << false;
    QTest::newRow("proxy off: header ignored")
        << false << true << QByteArray("carol@example.com") << QByteArray() << qs("/alerts")
        << qs("401 Missing authorization API Key or Bearer Token") << false;
    QTest::newRow("proxy on, no header") << true << true << QByteArray() << QByteArray() << qs("/alerts")
                                         << qs("401 Missing authorization API Key or Bearer Token") << false;
}

void TestIdentityApi::shouldTrustAnAuthProxy()
{
    QFETCH(bool, proxyOn);
    QFETCH(bool, autoSignup);
    QFETCH(QByteArray, user);
    QFETCH(QByteArray, roles);
    QFETCH(QString, path);
    QFETCH(QString, error);
    QFETCH(bool, challenge);
    // Given: AUTH_REQUIRED on, an auth proxy (or not), and a known administrator
    ApiFixture api([&](ServerSettings &s) {
        requireAuth(s);
        s.authProxy = proxyOn;
        s.authProxyAutoSignup = autoSignup;
    });
    QVERIFY(!seedUser(api, "ops@example.com", "opspass123", {qs("admin")}).isEmpty());
    // When: a request comes with the proxy's headers
    Headers headers;
    if (!user.isEmpty())
        headers.append({"X-Proxy-User", user});
    if (!roles.isEmpty())
        headers.append({"X-Proxy-Roles", roles});
    const HttpAnswer a = api.get(path, headers);
    // Then: let in as that user with those roles, or refused
    if (error.isEmpty())
        QCOMPARE(a.status, 200);
    else
        QCOMPARE(a.error(), error);
    QCOMPARE(a.header("WWW-Authenticate"), challenge ? QByteArray("Basic realm=Alerta") : QByteArray());
    // And: a user signed up through the proxy is stored, as upstream's auto-signup does
    const bool signedUp = proxyOn && autoSignup && !user.isEmpty() && user != "ops@example.com";
    const HttpAnswer users = api.get(qs("/users"), {{"X-Proxy-User", "ops@example.com"}});
    if (proxyOn) {
        bool found = false;
        for (const QJsonValue &u : users.json().value(qs("users")).toArray())
            found = found || u[qs("login")].toString() == QString::fromLatin1(user);
        QCOMPARE(found, signedUp || user == "ops@example.com");
    }
}

void TestIdentityApi::shouldAcceptHawkSignedRequests_data()
{
    QTest::addColumn<QString>("baseUrl");        // BASE_URL
    QTest::addColumn<Headers>("proxyHeaders");   // what a proxy in front adds
    QTest::addColumn<QString>("clientEndpoint"); // the API's URL as the client knows it; empty: the server's own
    QTest::newRow("direct") << QString() << Headers{} << QString();
    QTest::newRow("behind a proxy at /api") << QString()
                                            << Headers{{"X-Forwarded-Proto", "https"},
                                                       {"X-Forwarded-Host", "alerta.example"},
                                                       {"X-Forwarded-Prefix", "/api"}}
                                            << qs("https://alerta.example/api");
    QTest::newRow("BASE_URL") << qs("https://Alerta.example:8443/api/") << Headers{}
                              << qs("https://alerta.example:8443/api");
}

void TestIdentityApi::shouldAcceptHawkSignedRequests()
{
    QFETCH(QString, baseUrl);
    QFETCH(Headers, proxyHeaders);
    QFETCH(QString, clientEndpoint);
    // Given: AUTH_REQUIRED on and Hawk credentials for the id `cli`
    const Hawk::Credential cli{qs("cli"), "MjM0ODU4NGI1YWQxZWMyYzcxNjAxZDA4MzczNGQ1M2IK", qs("sha256")};
    ApiFixture api([&](ServerSettings &s) {
        requireAuth(s);
        s.baseUrl = baseUrl;
        s.hmacAuthCredentials = {cli};
    });
    const QUrl endpoint(clientEndpoint.isEmpty() ? api.url({}) : clientEndpoint);
    int nonce = 0;
    // A request the way the alerta CLI signs it: the URL it sends to, the body and its Content-Type
    const auto signedRequest =
        [&](const QByteArray &method, const QString &path, const QByteArray &body, const Hawk::Credential &credential) {
            Headers headers = proxyHeaders;
            headers.append({"Authorization",
                            Hawk::authorization(credential,
                                                Hawk::targetOf(method, QUrl(endpoint.toString() + path)),
                                                body.isEmpty() ? QByteArray() : QByteArray("application/json"),
                                                body,
                                                QDateTime::currentSecsSinceEpoch(),
                                                "n" + QByteArray::number(++nonce))});
            return headers;
        };
    const QByteArray alert = QJsonDocument(alertBody("web01")).toJson(QJsonDocument::Compact);

    // When: the signer reads alerts, sends one and lists the users
    // Then: each is let in, with an administrator's scopes, as upstream's Hawk callers
    QCOMPARE(api.get(qs("/alerts?status=open"), signedRequest("GET", qs("/alerts?status=open"), {}, cli)).status, 200);
    const Headers post = signedRequest("POST", qs("/alert"), alert, cli);
    const HttpAnswer created = api.request("POST", qs("/alert"), alert, post);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json()[qs("alert")][qs("history")][0][qs("user")].toString(), qs("cli"));
    QCOMPARE(api.get(qs("/users"), signedRequest("GET", qs("/users"), {}, cli)).status, 200);
    // And: the same signed request sent again is refused
    QCOMPARE(api.request("POST", qs("/alert"), alert, post).error(),
             qs("401 Hawk request replayed: its signature was already used"));
    // And: one signed with another secret is refused
    const Hawk::Credential guess{qs("cli"), "guess", qs("sha256")};
    QCOMPARE(api.get(qs("/alerts"), signedRequest("GET", qs("/alerts"), {}, guess)).error(),
             qs("401 Hawk MACs do not match"));
}

void TestIdentityApi::shouldAnswer415BeforeAskingForCredentials()
{
    // Given: AUTH_REQUIRED on
    ApiFixture api(requireAuth);
    // When: a body that is not JSON comes without credentials
    const HttpAnswer a = api.request("POST", qs("/alert"), "resource=x", {{"Content-Type", "text/plain"}}, false);
    // Then: 415, as upstream's before_request hook answers before its permission checks
    QCOMPARE(a.error(), qs("415 POST and PUT requests must set 'Content-type' to 'application/json'"));
}

void TestIdentityApi::shouldLoginAndAcceptTheBearerToken()
{
    // Given: AUTH_REQUIRED on and a user
    ApiFixture api(requireAuth);
    seedUser(api, "alice", "pw", qsl({"user"}));
    // When: the user logs in
    const HttpAnswer a = api.post(qs("/auth/login"), {{qs("username"), qs("alice")}, {qs("password"), qs("pw")}});
    // Then: `{token}` alone, without `status`
    QCOMPARE(a.status, 200);
    QCOMPARE(keysOf(a.json()), qsl({"token"}));
    const QString token = a.json().value(qs("token")).toString();
    QCOMPARE(token.count(u'.'), 2);
    // And: the token opens the API with the user's scopes
    QCOMPARE(api.get(qs("/alerts"), bearer(token)).status, 200);
    QCOMPARE(api.post(qs("/alert"), alertBody("web01"), bearer(token)).status, 201);
    QCOMPARE(api.get(qs("/users"), bearer(token)).error(), qs("403 Missing required scope: admin:users"));
    // And: a tampered token is refused
    QString tampered = token;
    tampered[tampered.size() - 2] = tampered.at(tampered.size() - 2) == u'A' ? u'B' : u'A';
    QCOMPARE(api.get(qs("/alerts"), bearer(tampered)).error(), qs("401 Token is invalid"));
    // And: logging in by email works too
    QCOMPARE(api.core->users().bootstrapAdmin(qs("root@example.com"), qs("secret")).ok(), true);
    QVERIFY(!api.post(qs("/auth/login"), {{qs("email"), qs("root@example.com")}, {qs("password"), qs("secret")}})
                 .json()
                 .value(qs("token"))
                 .toString()
                 .isEmpty());
}

void TestIdentityApi::shouldThrottlePasswordGuessingOverHttp()
{
    // Given: AUTH_REQUIRED on and a user
    ApiFixture api(requireAuth);
    seedUser(api, "alice", "pw", qsl({"user"}));
    const QJsonObject guess{{qs("username"), qs("alice")}, {qs("password"), qs("guess")}};

    // When: five wrong passwords come from this client, at /auth/login and with Basic
    for (int i = 0; i < 3; ++i)
        QCOMPARE(api.post(qs("/auth/login"), guess).error(), qs("401 Invalid username or password"));
    const QByteArray basicGuess = "Basic " + QByteArrayLiteral("alice:guess").toBase64();
    for (int i = 0; i < 2; ++i)
        QCOMPARE(api.get(qs("/alerts"), {{"Authorization", basicGuess}}).status, 401);

    // Then: the right password is refused with 429 in the error envelope, through either door
    const HttpAnswer refused = api.post(qs("/auth/login"), {{qs("username"), qs("alice")}, {qs("password"), qs("pw")}});
    QCOMPARE(refused.error(), qs("429 Too many failed logins, try again in 300 seconds"));
    QCOMPARE(refused.json().value(qs("status")).toString(), qs("error"));
    const QByteArray basicRight = "Basic " + QByteArrayLiteral("alice:pw").toBase64();
    QCOMPARE(api.get(qs("/alerts"), {{"Authorization", basicRight}}).status, 429);
}

void TestIdentityApi::shouldThrottleTheForwardedClientBehindAProxy()
{
    // Given: a server behind a proxy (USE_PROXYFIX) and a user
    ApiFixture api([](ServerSettings &s) {
        requireAuth(s);
        s.useProxyFix = true;
    });
    seedUser(api, "alice", "pw", qsl({"user"}));
    const auto login = [&api](const char *password, const QByteArray &forwardedFor) {
        return api
            .post(qs("/auth/login"),
                  {{qs("username"), qs("alice")}, {qs("password"), qs(password)}},
                  {{"X-Forwarded-For", forwardedFor}})
            .status;
    };

    // When: one client (the proxy appends what it saw last) guesses five times
    for (int i = 0; i < 5; ++i)
        QCOMPARE(login("guess", "10.9.9.9, 203.0.113.1"), 401);

    // Then: that client is held up, another client behind the same proxy is not
    QCOMPARE(login("pw", "203.0.113.1"), 429);
    QCOMPARE(login("pw", "203.0.113.2"), 200);
}

namespace {
QStringList capturedLog;
void captureLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    capturedLog.append(QString::fromUtf8(context.category ? context.category : "") + u": " + message);
}
} // namespace

void TestIdentityApi::shouldKeepSecretsOutOfTheLog()
{
    // Given: every log category on, debug included, captured, and a server with a secret key and a user
    ApiFixture api([](ServerSettings &s) {
        requireAuth(s);
        s.secretKey = qs("s3cret-signing-key-0f9a");
    });
    seedUser(api, "alice", "correct-horse-battery", qsl({"admin"}));
    capturedLog.clear();
    QLoggingCategory::setFilterRules(qs("*.debug=true\nalerta.*=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);

    // When: the secrets travel every way a client sends them, rightly and wrongly
    const QString token = login(api, "alice", "correct-horse-battery");
    login(api, "alice", "wrong-password-7731");
    api.get(qs("/alerts"), basic("alice", "correct-horse-battery"));
    api.get(qs("/alerts"), basic("alice", "basic-wrong-5521"));
    api.get(qs("/alerts"), bearer(token));
    api.get(qs("/alerts"), bearer(token.chopped(3) + qs("xyz")));
    const HttpAnswer created = api.post(qs("/key"), {{qs("scopes"), QJsonArray{qs("read")}}}, bearer(token));
    const QString key = created.json().value(qs("key")).toString();
    api.get(qs("/alerts"), keyAuth(key));
    api.get(qs("/alerts"), {{"X-API-Key", key.toUtf8()}});
    api.get(qs("/alerts?api-key=") + key);
    api.get(qs("/alerts"), keyAuth(qs("not-a-real-key-44cc")));
    api.post(qs("/user"),
             {{qs("name"), qs("Bob")}, {qs("email"), qs("bob@example.com")}, {qs("password"), qs("bobs-password-99")}},
             bearer(token));

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    // Then: the requests were logged, but no password, key, token or signing key appears in any line
    QVERIFY2(created.status == 201, qPrintable(created.describe()));
    QVERIFY(!token.isEmpty());
    QVERIFY2(capturedLog.size() >= 10, qPrintable(capturedLog.join(u'\n')));
    const QStringList secrets{qs("correct-horse-battery"),
                              qs("wrong-password-7731"),
                              qs("basic-wrong-5521"),
                              qs("bobs-password-99"),
                              qs("s3cret-signing-key-0f9a"),
                              qs("not-a-real-key-44cc"),
                              key,
                              token,
                              token.section(u'.', 2),
                              QString::fromLatin1(QByteArrayLiteral("alice:correct-horse-battery").toBase64())};
    for (const QString &line : std::as_const(capturedLog)) {
        for (const QString &secret : secrets)
            QVERIFY2(!line.contains(secret), qPrintable(u"secret in the log: " + line));
    }
}

void TestIdentityApi::shouldRefuseBadLogins_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("error");
    QTest::newRow("no password") << QJsonObject{{qs("username"), qs("alice")}}
                                 << qs("401 must supply 'username' and 'password'");
    QTest::newRow("no username") << QJsonObject{{qs("password"), qs("pw")}}
                                 << qs("401 must supply 'username' and 'password'");
    QTest::newRow("wrong password") << QJsonObject{{qs("username"), qs("alice")}, {qs("password"), qs("x")}}
                                    << qs("401 Invalid username or password");
    QTest::newRow("unknown user") << QJsonObject{{qs("username"), qs("bob")}, {qs("password"), qs("pw")}}
                                  << qs("401 Invalid username or password");
    QTest::newRow("inactive user") << QJsonObject{{qs("username"), qs("ivan")}, {qs("password"), qs("pw")}}
                                   << qs("403 User ivan not active");
}

void TestIdentityApi::shouldRefuseBadLogins()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, error);
    // Given: an active and an inactive user
    ApiFixture api(requireAuth);
    seedUser(api, "alice", "pw", qsl({"user"}));
    seedUser(api, "ivan", "pw", qsl({"user"}), "inactive");
    // When: a login is attempted
    const HttpAnswer a = api.post(qs("/auth/login"), body);
    // Then: the message of spec §4.9
    QCOMPARE(a.error(), error);
    // And: /auth routes spell the 415 `Content-Type`
    QCOMPARE(api.request("POST", qs("/auth/login"), "username=alice", {}, false).error(),
             qs("415 POST and PUT requests must set 'Content-Type' to 'application/json'"));
}

void TestIdentityApi::shouldSignUpWithTheBasicProvider()
{
    // Given: AUTH_REQUIRED on, SIGNUP_ENABLED (the default)
    ApiFixture api(requireAuth);
    const QJsonObject body{{qs("name"), qs("Carol")},
                           {qs("email"), qs("carol@example.com")},
                           {qs("password"), qs("pw")}};
    // When: someone signs up
    const HttpAnswer a = api.post(qs("/auth/signup"), body);
    // Then: `{token}` for a new user with the user roles
    QCOMPARE(a.status, 200);
    QCOMPARE(keysOf(a.json()), qsl({"token"}));
    const HttpAnswer me = api.get(qs("/user/me"), bearer(a.json().value(qs("token")).toString()));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(qs("user")).toObject().value(qs("login")).toString(), qs("carol@example.com"));
    QCOMPARE(me.json().value(qs("user")).toObject().value(qs("roles")).toArray(), QJsonArray{qs("user")});
    // And: the same email again is 409
    QCOMPARE(api.post(qs("/auth/signup"), body).error(), qs("409 user with that email already exists"));
}

void TestIdentityApi::shouldRefuseSignUpWhenDisabled()
{
    // Given: SIGNUP_ENABLED off
    ApiFixture api([](ServerSettings &s) { s.signupEnabled = false; });
    // When: someone signs up
    const HttpAnswer a =
        api.post(qs("/auth/signup"),
                 {{qs("name"), qs("Carol")}, {qs("email"), qs("c@example.com")}, {qs("password"), qs("pw")}});
    // Then: 403
    QCOMPARE(a.error(), qs("403 user signup is disabled"));
}

void TestIdentityApi::shouldAnswerLogout_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("GET") << QByteArray("GET");
    QTest::newRow("POST") << QByteArray("POST");
}

void TestIdentityApi::shouldAnswerLogout()
{
    QFETCH(QByteArray, method);
    // Given: AUTH_REQUIRED on, no OIDC
    ApiFixture api(requireAuth);
    // When: logout is called without credentials
    const HttpAnswer a = api.request(method, qs("/auth/logout"), method == "POST" ? QByteArray("{}") : QByteArray());
    // Then: upstream's answer for servers without an OIDC end-session endpoint
    QCOMPARE(a.status, 200);
    QCOMPARE(a.json(),
             QJsonObject({{qs("status"), qs("ok")}, {qs("message"), qs("OIDC end_session_endpoint not configured")}}));
}

void TestIdentityApi::shouldServeTheTokensClaimsAsUserinfo()
{
    // Given: AUTH_REQUIRED on, a user with a token and a key
    ApiFixture api(requireAuth);
    const QString id = seedUser(api, "alice", "pw", qsl({"user"}));
    const QString token = login(api, "alice", "pw");
    // When: /userinfo is asked for with the token
    const HttpAnswer a = api.get(qs("/userinfo"), bearer(token));
    // Then: the token's claims, as they are, without `status`
    QCOMPARE(a.status, 200);
    const QJsonObject claims = a.json();
    QVERIFY(!claims.contains(qs("status")));
    QVERIFY(!claims.contains(qs("customers"))); // CUSTOMER_VIEWS off
    QCOMPARE(claims.value(qs("sub")).toString(), id);
    QCOMPARE(claims.value(qs("preferred_username")).toString(), qs("alice"));
    QCOMPARE(claims.value(qs("provider")).toString(), qs("basic"));
    QCOMPARE(claims.value(qs("scope")).toString(), qs("read write"));
    QCOMPARE(claims.value(qs("typ")).toString(), qs("Bearer"));
    QCOMPARE(claims.value(qs("aud")).toString(), api.url(QString()));
    QCOMPARE(claims.value(qs("iss")).toString(), api.url(QString()));
    QCOMPARE(claims.value(qs("roles")).toArray(), QJsonArray{qs("user")});
    // And: with a key instead of a token, 401
    const QString key = seedKey(api, "alice", qsl({"read"}));
    QCOMPARE(api.get(qs("/userinfo"), keyAuth(key)).error(), qs("401 Missing authorization Bearer token"));
    // And: a key without `read:userinfo` is stopped by the scope check first
    const QString alertsOnly = seedKey(api, "alice", qsl({"read:alerts"}));
    QCOMPARE(api.get(qs("/userinfo"), keyAuth(alertsOnly)).error(), qs("403 Missing required scope: read:userinfo"));
}

// Authorisation

void TestIdentityApi::shouldCheckTheRoutesScope_data()
{
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("error"); // empty: allowed
    QTest::newRow("read key writes an alert")
        << qsl({"read"}) << QByteArray("POST") << qs("/alert") << qs("403 Missing required scope: write:alerts");
    QTest::newRow("read key reads alerts") << qsl({"read"}) << QByteArray("GET") << qs("/alerts") << QString();
    QTest::newRow("write implies read") << qsl({"write:alerts"}) << QByteArray("GET") << qs("/alerts") << QString();
    QTest::newRow("write key deletes a key") << qsl({"read", "write"}) << QByteArray("DELETE") << qs("/key/x")
                                             << qs("403 Missing required scope: admin:keys");
    QTest::newRow("write key lists users")
        << qsl({"read", "write"}) << QByteArray("GET") << qs("/users") << qs("403 Missing required scope: admin:users");
    QTest::newRow("alerts key reads heartbeats") << qsl({"read:alerts"}) << QByteArray("GET") << qs("/heartbeats")
                                                 << qs("403 Missing required scope: read:heartbeats");
    QTest::newRow("read key creates a blackout")
        << qsl({"read"}) << QByteArray("POST") << qs("/blackout") << qs("403 Missing required scope: write:blackouts");
    QTest::newRow("read key reads perms") << qsl({"read"}) << QByteArray("GET") << qs("/perms") << QString();
    QTest::newRow("admin deletes a key") << qsl({"admin"}) << QByteArray("DELETE") << qs("/key/x")
                                         << qs("404 not found");
}

void TestIdentityApi::shouldCheckTheRoutesScope()
{
    QFETCH(QStringList, scopes);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, error);
    // Given: AUTH_REQUIRED on and a key with these scopes
    ApiFixture api(requireAuth);
    const Headers auth = keyAuth(seedKey(api, "user", scopes));
    // When: the route is called
    const QByteArray body = method == "POST" || method == "PUT" ? QByteArray("{}") : QByteArray();
    const HttpAnswer a = api.request(method, path, body, auth);
    // Then: the scope check of spec §5.2 decides
    if (error.isEmpty())
        QCOMPARE(a.status, 200);
    else
        QCOMPARE(a.error(), error);
}

void TestIdentityApi::shouldAllowReadonlyAnonymousAccess()
{
    // Given: AUTH_REQUIRED and ALLOW_READONLY on
    ApiFixture api([](ServerSettings &s) {
        s.authRequired = true;
        s.allowReadonly = true;
    });
    // When: anonymous callers read and write
    // Then: reads pass, writes need their scope (upstream forgets to check it [quirk])
    QCOMPARE(api.get(qs("/alerts")).status, 200);
    QCOMPARE(api.post(qs("/alert"), alertBody("web01")).error(), qs("403 Missing required scope: write:alerts"));
    QCOMPARE(api.get(qs("/user/me")).error(), qs("401 Missing authorization API Key or Bearer Token"));
}

// API keys

void TestIdentityApi::shouldCreateListUpdateAndDeleteKeys()
{
    // Given: AUTH_REQUIRED on and an admin key
    ApiFixture api(requireAuth);
    const Headers admin = keyAuth(seedKey(api, "admin", qsl({"admin"})));
    // When: a read-only key is created
    const HttpAnswer created =
        api.post(qs("/key"), {{qs("scopes"), QJsonArray{qs("read:alerts")}}, {qs("text"), qs("dashboard")}}, admin);
    // Then: 201 `{status, key: <string>, data: <object>}`
    QCOMPARE(created.status, 201);
    QCOMPARE(keysOf(created.json()), qsl({"data", "key", "status"}));
    const QString key = created.json().value(qs("key")).toString();
    QCOMPARE(key.size(), 40);
    const QJsonObject data = created.json().value(qs("data")).toObject();
    QCOMPARE(keysOf(data),
             qsl({"count",
                  "customer",
                  "expireTime",
                  "href",
                  "id",
                  "key",
                  "lastUsedTime",
                  "scopes",
                  "status",
                  "text",
                  "type",
                  "user"}));
    QCOMPARE(data.value(qs("key")).toString(), key);
    QCOMPARE(data.value(qs("href")).toString(), api.url(u"/key/" + data.value(qs("id")).toString()));
    QCOMPARE(data.value(qs("user")).toString(), qs("admin"));
    QCOMPARE(data.value(qs("type")).toString(), qs("read-only"));
    QCOMPARE(data.value(qs("status")).toString(), qs("active"));
    QCOMPARE(data.value(qs("scopes")).toArray(), QJsonArray{qs("read:alerts")});

    // And: the new key works within its scopes
    QCOMPARE(api.get(qs("/alerts"), keyAuth(key)).status, 200);
    QCOMPARE(api.get(qs("/heartbeats"), keyAuth(key)).error(), qs("403 Missing required scope: read:heartbeats"));

    // When: it is fetched by key string and by id, and listed
    const HttpAnswer byKey = api.get(u"/key/" + key, admin);
    QCOMPARE(byKey.status, 200);
    QCOMPARE(byKey.json().value(qs("total")).toInt(), 1);
    QCOMPARE(byKey.json().value(qs("key")).toObject().value(qs("count")).toInt(), 2);
    QCOMPARE(api.get(u"/key/" + data.value(qs("id")).toString(), admin).status, 200);
    const HttpAnswer listed = api.get(qs("/keys"), admin);
    QCOMPARE(listed.json().value(qs("total")).toInt(), 2);
    QCOMPARE(listed.json().value(qs("pageSize")).toInt(), 50);
    // Then: lists show the key's hint only, never the key string again (stored hashed)
    const QStringList shown = valuesOf(listed.json().value(qs("keys")).toArray(), "key");
    QVERIFY2(shown.contains(key.left(8) + u'…'), qPrintable(shown.join(u',')));
    QVERIFY(!shown.contains(key));
    QCOMPARE(byKey.json().value(qs("key")).toObject().value(qs("key")).toString(), key.left(8) + u'…');
    // And: its id opens nothing (upstream accepts a key's id as the key)
    const QString id = data.value(qs("id")).toString();
    QCOMPARE(api.get(qs("/alerts"), keyAuth(id)).error(), u"401 API key parameter '" + id + u"' is invalid");

    // When: its text changes
    const HttpAnswer updated = api.put(u"/key/" + key, {{qs("text"), qs("wallboard")}}, admin);
    // Then: `{status, key: <object>}`
    QCOMPARE(updated.status, 200);
    QCOMPARE(keysOf(updated.json()), qsl({"key", "status"}));
    QCOMPARE(updated.json().value(qs("key")).toObject().value(qs("text")).toString(), qs("wallboard"));

    // When: it is deleted
    QCOMPARE(api.del(u"/key/" + key, admin).json(), QJsonObject({{qs("status"), qs("ok")}}));
    // Then: it is gone and no longer opens the API
    QCOMPARE(api.get(u"/key/" + key, admin).error(), qs("404 not found"));
    QCOMPARE(api.get(qs("/alerts"), keyAuth(key)).error(), u"401 API key parameter '" + key + u"' is invalid");
}

void TestIdentityApi::shouldRefuseKeysWithScopesTheCallerLacks()
{
    // Given: AUTH_REQUIRED on and a read-write key
    ApiFixture api(requireAuth);
    const Headers writer = keyAuth(seedKey(api, "bob", qsl({"read", "write"})));
    // When: it asks for a key with more than it holds
    const HttpAnswer a = api.post(qs("/key"), {{qs("scopes"), QJsonArray{qs("read"), qs("admin:keys")}}}, writer);
    // Then: 403 naming the scope and what the caller has
    QCOMPARE(a.error(), qs("403 Requested scope 'admin:keys' not in existing scopes: read,write"));
    // And: it may create a key within its scopes, for itself whatever user it names
    const HttpAnswer ok =
        api.post(qs("/key"), {{qs("scopes"), QJsonArray{qs("write:alerts")}}, {qs("user"), qs("mallory")}}, writer);
    QCOMPARE(ok.status, 201);
    QCOMPARE(ok.json().value(qs("data")).toObject().value(qs("user")).toString(), qs("bob"));
    QCOMPARE(ok.json().value(qs("data")).toObject().value(qs("type")).toString(), qs("read-write"));
    // And: it sees only its own keys
    QCOMPARE(api.get(qs("/keys"), writer).json().value(qs("total")).toInt(), 2);
}

void TestIdentityApi::shouldRefuseKeysWithoutAUser()
{
    // Given: AUTH_REQUIRED off
    ApiFixture api;
    // When: an anonymous caller asks for a key
    const HttpAnswer a = api.post(qs("/key"), {{qs("scopes"), QJsonArray{qs("read")}}});
    // Then: 400, as upstream (create keys with the admin command line instead)
    QCOMPARE(a.error(), qs("400 An API key must be associated with a 'user'. Retry with user credentials."));
}

// Users, groups, permissions, customers

void TestIdentityApi::shouldManageUsers()
{
    // Given: AUTH_REQUIRED on and an admin key
    ApiFixture api(requireAuth);
    const Headers admin = keyAuth(seedKey(api, "admin", qsl({"admin"})));
    // When: a user is created
    const HttpAnswer created = api.post(qs("/user"),
                                        {{qs("name"), qs("Dave")},
                                         {qs("email"), qs("dave@example.com")},
                                         {qs("password"), qs("pw")},
                                         {qs("roles"), QJsonArray{qs("user")}}},
                                        admin);
    // Then: 201 `{status, id, user}`, never with the password
    QCOMPARE(created.status, 201);
    QCOMPARE(keysOf(created.json()), qsl({"id", "status", "user"}));
    const QString id = created.json().value(qs("id")).toString();
    const QJsonObject user = created.json().value(qs("user")).toObject();
    QCOMPARE(keysOf(user),
             qsl({"attributes",
                  "createTime",
                  "domain",
                  "email",
                  "email_verified",
                  "href",
                  "id",
                  "lastLogin",
                  "login",
                  "name",
                  "roles",
                  "status",
                  "text",
                  "updateTime"}));
    QCOMPARE(user.value(qs("login")).toString(), qs("dave@example.com"));
    QCOMPARE(user.value(qs("domain")).toString(), qs("example.com"));
    QCOMPARE(user.value(qs("href")).toString(), api.url(u"/user/" + id));
    QVERIFY(!created.body.contains("$2"));
    // And: the same email again is 409
    QCOMPARE(api.post(qs("/user"),
                      {{qs("name"), qs("Dave")}, {qs("email"), qs("dave@example.com")}, {qs("password"), qs("x")}},
                      admin)
                 .error(),
             qs("409 user with that email already exists"));

    // When: it is fetched and listed
    const HttpAnswer got = api.get(u"/user/" + id, admin);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.json().value(qs("total")).toInt(), 1);
    QCOMPARE(got.json().value(qs("user")).toObject().value(qs("id")).toString(), id);
    const HttpAnswer listed = api.get(qs("/users"), admin);
    // Then: the list carries ALLOWED_EMAIL_DOMAINS
    QCOMPARE(listed.json().value(qs("domains")).toArray(), QJsonArray{qs("*")});
    QCOMPARE(idsOf(listed.json().value(qs("users")).toArray()), QStringList{id});
    QVERIFY(!listed.body.contains("password"));

    // When: it is updated
    const HttpAnswer updated =
        api.put(u"/user/" + id, {{qs("text"), qs("on call")}, {qs("password"), qs("new")}}, admin);
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.json().value(qs("user")).toObject().value(qs("text")).toString(), qs("on call"));
    QVERIFY(!updated.body.contains("$2"));
    // And: its attributes are merged
    const HttpAnswer attributes =
        api.put(u"/user/" + id + u"/attributes", {{qs("attributes"), QJsonObject{{qs("team"), qs("ops")}}}}, admin);
    QCOMPARE(attributes.json(), QJsonObject({{qs("status"), qs("ok")}}));
    QCOMPARE(api.put(u"/user/" + id + u"/attributes", QJsonObject{{qs("attributes"), QJsonObject{}}}, admin).error(),
             qs("400 must supply 'attributes' as json data"));
    const QJsonObject stored = api.get(u"/user/" + id, admin).json().value(qs("user")).toObject();
    QCOMPARE(stored.value(qs("attributes")).toObject().value(qs("team")).toString(), qs("ops"));
    QCOMPARE(stored.value(qs("text")).toString(), qs("on call"));
    // And: the new password works
    QVERIFY(!login(api, "dave@example.com", "new").isEmpty());

    // When: it is deleted
    QCOMPARE(api.del(u"/user/" + id, admin).json(), QJsonObject({{qs("status"), qs("ok")}}));
    // Then: it is gone
    QCOMPARE(api.get(u"/user/" + id, admin).error(), qs("404 not found"));
    QCOMPARE(api.del(u"/user/" + id, admin).error(), qs("404 not found"));
    const HttpAnswer empty = api.get(qs("/users"), admin);
    QCOMPARE(empty.json().value(qs("message")).toString(), qs("not found"));
    QCOMPARE(empty.json().value(qs("domains")).toArray(), QJsonArray{qs("*")});
}

void TestIdentityApi::shouldServeTheSignedInUser()
{
    // Given: AUTH_REQUIRED on, a user signed in with a token
    ApiFixture api(requireAuth);
    const QString id = seedUser(api, "erin", "pw", qsl({"user"}));
    const Headers erin = bearer(login(api, "erin", "pw"));
    // When: the user asks for itself
    const HttpAnswer me = api.get(qs("/user/me"), erin);
    // Then: its own user, without any particular scope
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(qs("total")).toInt(), 1);
    QCOMPARE(me.json().value(qs("user")).toObject().value(qs("id")).toString(), id);
    // And: it may change its name and text, not its roles
    QCOMPARE(api.put(qs("/user/me"), {{qs("roles"), QJsonArray{qs("admin")}}, {qs("status"), qs("x")}}, erin).error(),
             qs("400 not allowed to update: roles, status"));
    const HttpAnswer renamed = api.put(qs("/user/me"), {{qs("name"), qs("Erin E.")}}, erin);
    QCOMPARE(renamed.status, 200);
    QCOMPARE(api.get(qs("/user/me"), erin).json().value(qs("user")).toObject().value(qs("name")).toString(),
             qs("Erin E."));
    // And: it keeps preferences in its attributes
    const QJsonObject prefs{{qs("prefs"), QJsonObject{{qs("theme"), qs("dark")}}}};
    QCOMPARE(api.put(qs("/user/me/attributes"), {{qs("attributes"), prefs}}, erin).json(),
             QJsonObject({{qs("status"), qs("ok")}}));
    const HttpAnswer attributes = api.get(qs("/user/me/attributes"), erin);
    QCOMPARE(attributes.status, 200);
    QCOMPARE(keysOf(attributes.json()), qsl({"attributes", "status", "total"}));
    QCOMPARE(attributes.json().value(qs("attributes")).toObject(), prefs);
    // And: a key of a user that does not exist finds nobody
    QCOMPARE(api.get(qs("/user/me"), keyAuth(seedKey(api, "ghost", qsl({"read"})))).error(), qs("404 not found"));
}

void TestIdentityApi::shouldManageGroupsAndMembership()
{
    // Given: AUTH_REQUIRED on, an admin key and a user
    ApiFixture api(requireAuth);
    const Headers admin = keyAuth(seedKey(api, "admin", qsl({"admin"})));
    const QString userId = seedUser(api, "frank", "pw", qsl({"user"}));
    // When: a group is created
    const HttpAnswer created = api.post(qs("/group"), {{qs("name"), qs("ops")}, {qs("text"), qs("Operations")}}, admin);
    // Then: 201 `{status, id, group}`
    QCOMPARE(created.status, 201);
    QCOMPARE(keysOf(created.json()), qsl({"group", "id", "status"}));
    const QString id = created.json().value(qs("id")).toString();
    QCOMPARE(keysOf(created.json().value(qs("group")).toObject()), qsl({"count", "href", "id", "name", "text"}));
    QCOMPARE(api.post(qs("/group"), {{qs("name"), qs("ops")}}, admin).error(),
             qs("409 group with that name already exists"));
    QCOMPARE(api.post(qs("/group"), {{qs("text"), qs("x")}}, admin).error(),
             qs("400 Missing mandatory value for name"));

    // When: the user joins it
    QCOMPARE(api.put(u"/group/" + id + u"/user/" + userId, QJsonObject(), admin).json(),
             QJsonObject({{qs("status"), qs("ok")}}));
    // Then: the group counts and lists the member, and the user lists the group
    QCOMPARE(api.get(u"/group/" + id, admin).json().value(qs("group")).toObject().value(qs("count")).toInt(), 1);
    const HttpAnswer members = api.get(u"/group/" + id + u"/users", admin);
    QCOMPARE(members.status, 200);
    const QJsonArray users = members.json().value(qs("users")).toArray();
    QCOMPARE(users.size(), 1);
    QCOMPARE(keysOf(users.first().toObject()), qsl({"href", "id", "login", "name", "status"}));
    QCOMPARE(users.first().toObject().value(qs("login")).toString(), qs("frank"));
    QCOMPARE(valuesOf(api.get(u"/user/" + userId + u"/groups", admin).json().value(qs("groups")).toArray(), "name"),
             qsl({"ops"}));
    QCOMPARE(api.put(u"/group/" + id + u"/user/nobody", QJsonObject(), admin).error(), qs("400 invalid user"));
    QCOMPARE(api.put(u"/group/nope/user/" + userId, QJsonObject(), admin).error(), qs("404 not found"));

    // When: the group is renamed and listed
    const HttpAnswer renamed = api.put(u"/group/" + id, {{qs("name"), qs("sre")}}, admin);
    QCOMPARE(renamed.status, 200);
    QCOMPARE(renamed.json().value(qs("group")).toObject().value(qs("name")).toString(), qs("sre"));
    QCOMPARE(api.put(u"/group/" + id, QJsonObject(), admin).error(), qs("400 nothing to change"));
    QCOMPARE(valuesOf(api.get(qs("/groups"), admin).json().value(qs("groups")).toArray(), "name"), qsl({"sre"}));

    // When: the member leaves and the group is deleted
    QCOMPARE(api.del(u"/group/" + id + u"/user/" + userId, admin).status, 200);
    const HttpAnswer none = api.get(u"/group/" + id + u"/users", admin);
    QCOMPARE(none.json().value(qs("users")).toArray(), QJsonArray());
    QCOMPARE(none.json().value(qs("message")).toString(), qs("not found"));
    QCOMPARE(api.del(u"/group/" + id, admin).status, 200);
    // Then: it is gone
    QCOMPARE(api.get(u"/group/" + id, admin).error(), qs("404 not found"));
    QCOMPARE(api.get(qs("/groups"), admin).json().value(qs("total")).toInt(), 0);
}

void TestIdentityApi::shouldManagePermissions()
{
    // Given: AUTH_REQUIRED on and an admin key
    ApiFixture api(requireAuth);
    const Headers admin = keyAuth(seedKey(api, "admin", qsl({"admin"})));
    // When: a built-in role is defined again
    // Then: 409
    QCOMPARE(api.post(qs("/perm"), {{qs("match"), qs("admin")}, {qs("scopes"), QJsonArray{qs("read")}}}, admin).error(),
             qs("409 admin role already exists"));
    // When: a role is created
    const HttpAnswer created =
        api.post(qs("/perm"),
                 {{qs("match"), qs("ops")}, {qs("scopes"), QJsonArray{qs("read:alerts"), qs("write:alerts")}}},
                 admin);
    // Then: 201 `{status, id, permission}`
    QCOMPARE(created.status, 201);
    QCOMPARE(keysOf(created.json()), qsl({"id", "permission", "status"}));
    const QString id = created.json().value(qs("id")).toString();
    QCOMPARE(keysOf(created.json().value(qs("permission")).toObject()), qsl({"href", "id", "match", "scopes"}));
    QCOMPARE(api.get(u"/perm/" + id, admin).json().value(qs("total")).toInt(), 1);
    // And: the list starts with the built-in roles, then the rows
    const HttpAnswer listed = api.get(qs("/perms"), admin);
    QCOMPARE(listed.status, 200);
    QCOMPARE(valuesOf(listed.json().value(qs("permissions")).toArray(), "match"),
             qsl({"admin", "user", "guest", "ops"}));
    QCOMPARE(listed.json().value(qs("total")).toInt(), 4);
    const QJsonObject adminRole = listed.json().value(qs("permissions")).toArray().first().toObject();
    QCOMPARE(adminRole.value(qs("scopes")).toArray(), QJsonArray({qs("admin"), qs("read"), qs("write")}));

    // When: an unknown scope is given
    // Then: 400
    QCOMPARE(api.put(u"/perm/" + id, {{qs("scopes"), QJsonArray{qs("bogus")}}}, admin).error(),
             qs("400 'bogus' is not a valid Scope"));
    // When: the scopes change
    const HttpAnswer updated = api.put(u"/perm/" + id, {{qs("scopes"), QJsonArray{qs("read")}}}, admin);
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.json().value(qs("permission")).toObject().value(qs("scopes")).toArray(), QJsonArray{qs("read")});
    // When: it is deleted
    QCOMPARE(api.del(u"/perm/" + id, admin).status, 200);
    QCOMPARE(api.get(u"/perm/" + id, admin).error(), qs("404 not found"));
}

void TestIdentityApi::shouldListScopes()
{
    // Given: a custom scope
    ApiFixture api([](ServerSettings &s) { s.customScopes = qsl({"read:reports"}); });
    // When: the scopes are listed
    const HttpAnswer a = api.get(qs("/scopes"));
    // Then: every built-in scope, then the custom ones
    QCOMPARE(a.status, 200);
    QCOMPARE(keysOf(a.json()), qsl({"scopes", "status", "total"}));
    const QStringList expected = Scopes::builtIn() + qsl({"read:reports"});
    QCOMPARE(a.json().value(qs("scopes")).toArray(), QJsonArray::fromStringList(expected));
    QCOMPARE(a.json().value(qs("total")).toInt(), expected.size());
    QVERIFY(expected.contains(qs("read:userinfo")));
}

void TestIdentityApi::shouldManageCustomerLookups()
{
    // Given: AUTH_REQUIRED on and an admin key
    ApiFixture api(requireAuth);
    const Headers admin = keyAuth(seedKey(api, "admin", qsl({"admin"})));
    // When: a look-up row is created
    const HttpAnswer created =
        api.post(qs("/customer"), {{qs("match"), qs("example.com")}, {qs("customer"), qs("Acme")}}, admin);
    // Then: 201 `{status, id, customer}`
    QCOMPARE(created.status, 201);
    QCOMPARE(keysOf(created.json()), qsl({"customer", "id", "status"}));
    const QString id = created.json().value(qs("id")).toString();
    QCOMPARE(created.json().value(qs("customer")).toObject(),
             QJsonObject({{qs("id"), id},
                          {qs("href"), api.url(u"/customer/" + id)},
                          {qs("match"), qs("example.com")},
                          {qs("customer"), qs("Acme")}}));
    QCOMPARE(api.get(u"/customer/" + id, admin).json().value(qs("total")).toInt(), 1);
    QCOMPARE(idsOf(api.get(qs("/customers"), admin).json().value(qs("customers")).toArray()), QStringList{id});
    // When: it changes
    const HttpAnswer updated = api.put(u"/customer/" + id, {{qs("customer"), qs("Acme Corp")}}, admin);
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.json().value(qs("customer")).toObject().value(qs("customer")).toString(), qs("Acme Corp"));
    QCOMPARE(api.put(u"/customer/" + id, QJsonObject(), admin).error(), qs("400 nothing to change"));
    // When: it is deleted
    QCOMPARE(api.del(u"/customer/" + id, admin).status, 200);
    QCOMPARE(api.get(u"/customer/" + id, admin).error(), qs("404 not found"));
    QCOMPARE(api.get(qs("/customers"), admin).json().value(qs("message")).toString(), qs("not found"));
}

// Customer views

void TestIdentityApi::shouldShowOnlyTheCallersCustomer_data()
{
    QTest::addColumn<QString>("credential");
    QTest::newRow("token of a user looked up to A") << qs("token");
    QTest::newRow("key of customer A") << qs("key");
}

void TestIdentityApi::shouldShowOnlyTheCallersCustomer()
{
    QFETCH(QString, credential);
    // Given: CUSTOMER_VIEWS on, alerts of customers A and B and one without customer, and a caller restricted to A
    ApiFixture api([](ServerSettings &s) {
        s.authRequired = true;
        s.customerViews = true;
        s.adminUsers = qsl({"admin@example.com"});
    });
    const Headers admin = keyAuth(seedKey(api, "admin@example.com", qsl({"admin"})));
    QCOMPARE(api.post(qs("/customer"), {{qs("match"), qs("grace")}, {qs("customer"), qs("A")}}, admin).status, 201);
    const QString idA = seedAlert(api, "web-a", qs("A"));
    const QString idB = seedAlert(api, "web-b", qs("B"));
    const QString idNone = seedAlert(api, "web-none", QString());
    QVERIFY(!idA.isEmpty() && !idB.isEmpty() && !idNone.isEmpty());
    Headers caller;
    if (credential == u"token") {
        seedUser(api, "grace", "pw", qsl({"user"}));
        const QString token = login(api, "grace", "pw");
        QVERIFY(!token.isEmpty());
        caller = bearer(token);
        // The token carries the customers (spec §5.3).
        QCOMPARE(api.get(qs("/userinfo"), caller).json().value(qs("customers")).toArray(), QJsonArray{qs("A")});
    } else {
        caller = keyAuth(seedKey(api, "grace", qsl({"read", "write"}), qs("A")));
    }

    // When: the caller lists alerts
    const HttpAnswer listed = api.get(qs("/alerts"), caller);
    // Then: only A's alert, never B's nor the customer-less one
    QCOMPARE(listed.status, 200);
    QCOMPARE(idsOf(listed.json().value(qs("alerts")).toArray()), QStringList{idA});
    QCOMPARE(listed.json().value(qs("total")).toInt(), 1);
    QCOMPARE(api.get(qs("/alerts?customer=B"), caller).json().value(qs("total")).toInt(), 0);
    // And: single look-ups of the others are 404
    QCOMPARE(api.get(u"/alert/" + idA, caller).status, 200);
    QCOMPARE(api.get(u"/alert/" + idB, caller).error(), qs("404 not found"));
    QCOMPARE(api.get(u"/alert/" + idNone, caller).error(), qs("404 not found"));
    // And: its writes belong to A
    const HttpAnswer posted = api.post(qs("/alert"), alertBody("web-new"), caller);
    QCOMPARE(posted.status, 201);
    QCOMPARE(posted.json().value(qs("alert")).toObject().value(qs("customer")).toString(), qs("A"));
    // And: the admin sees everything
    QCOMPARE(api.get(qs("/alerts"), admin).json().value(qs("total")).toInt(), 4);
}

QTEST_GUILESS_MAIN(TestIdentityApi)
#include "testidentityapi.moc"
