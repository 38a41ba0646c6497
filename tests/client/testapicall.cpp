// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
// AlertBackend::call() and SessionInfo: the same API request answered alike by a remote server (over HTTP) and the
// embedded core (in-process), and what the console learns of who it is.
#include "core/alertacore.h"
#include "core/api/apiserver.h"
#include "core/client/embeddedbackend.h"
#include "core/client/remotebackend.h"
#include "core/client/sessioninfo.h"
#include "core/sqlitealertstore.h"
#include "tests/support/serverfixture.h"
#include "tests/support/testtext.h"

#include <QJsonArray>
#include <QTest>

class TestApiCall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldAnswerAResourceRequestOverHttp();
    void shouldAnswerTheSameRequestInProcess();
    void shouldReportTheErrorEnvelope();
    void shouldReportAPlainTextFailure();
    void shouldLearnTheSessionOfAnApiKey();
    void shouldFindTheKeysOwnObject_data();
    void shouldFindTheKeysOwnObject();
    void shouldLearnTheSessionOfAnonymousAccess();
    void shouldReadTheSessionOfAToken_data();
    void shouldReadTheSessionOfAToken();
    void shouldAllowByScopeImplication_data();
    void shouldAllowByScopeImplication();
};

namespace {

/// An unsigned JWT with `claims` (the console reads claims without verifying them).
QString tokenWith(const QJsonObject &claims)
{
    const auto part = [](const QByteArray &json) {
        return QString::fromLatin1(json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    return part(R"({"alg":"HS256","typ":"JWT"})") + u'.' + part(QJsonDocument(claims).toJson()) + u'.'
        + QStringLiteral("c2lnbmF0dXJl");
}

/// The failure of `answer` for a test message (QVERIFY2 evaluates its message even when the check passes).
QByteArray why(const Result<ApiAnswer> &answer)
{
    return answer.ok() ? QByteArray() : answer.error().message.toUtf8();
}

QJsonObject heartbeat(const QString &origin)
{
    return {{qs("origin"), origin}, {qs("timeout"), 120}, {qs("tags"), QJsonArray{qs("web")}}};
}

} // namespace

void TestApiCall::shouldAnswerAResourceRequestOverHttp()
{
    ServerFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));

    // When: a heartbeat is sent and the list read through call()
    const Result<ApiAnswer> created =
        FutureTest::await(fixture.admin->call(ApiCall::post(qs("/heartbeat"), heartbeat(qs("cron/web01")))), 30000);
    QVERIFY2(created.ok(), why(created).constData());
    QCOMPARE(created->status, 201);
    const Result<ApiAnswer> list = FutureTest::await(fixture.admin->call(ApiCall::get(qs("/heartbeats"))), 30000);

    // Then: the server's own answer
    QVERIFY(list.ok());
    const QJsonArray heartbeats = list->json().value(qs("heartbeats")).toArray();
    QCOMPARE(heartbeats.size(), 1);
    QCOMPARE(heartbeats.at(0)[qs("origin")].toString(), qs("cron/web01"));
    QCOMPARE(heartbeats.at(0)[qs("timeout")].toInt(), 120);
}

void TestApiCall::shouldAnswerTheSameRequestInProcess()
{
    // Given: an embedded core with its API in-process, and a backend acting as the console's operator
    QTemporaryDir dir;
    AlertaCore core(ServerSettings(), std::make_shared<SqliteAlertStore>(dir.filePath(qs("alerta.sqlite"))));
    ApiServer api(core);
    EmbeddedBackend backend(core.engine(), ServerAlarmModel::alertaDefault(), Caller::internal(qs("operator")));
    backend.setApi([&api](const ApiCall &call, const Caller &caller) { return api.call(call, caller); }, false);

    // When: a blackout is created and read back
    const Result<ApiAnswer> created = FutureTest::await(backend.call(
        ApiCall::post(qs("/blackout"), {{qs("environment"), qs("Production")}, {qs("resource"), qs("web01")}})));
    QVERIFY2(created.ok(), why(created).constData());
    QCOMPARE(created->status, 201);
    const Result<ApiAnswer> list = FutureTest::await(backend.call(ApiCall::get(qs("/blackouts"))));

    // Then: recorded as the operator, as a remote server would
    QVERIFY(list.ok());
    const QJsonArray blackouts = list->json().value(qs("blackouts")).toArray();
    QCOMPARE(blackouts.size(), 1);
    QCOMPARE(blackouts.at(0)[qs("resource")].toString(), qs("web01"));
    QCOMPARE(blackouts.at(0)[qs("user")].toString(), qs("operator"));
    QVERIFY(backend.session().known);
    QVERIFY(backend.session().allows(qs("admin:management")));

    // And: without an API, call() says so instead of hanging
    EmbeddedBackend bare(core.engine(), ServerAlarmModel::alertaDefault(), Caller::internal(qs("operator")));
    const Result<ApiAnswer> refused = FutureTest::await(bare.call(ApiCall::get(qs("/blackouts"))));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, 501);
}

void TestApiCall::shouldReportTheErrorEnvelope()
{
    ServerFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    const Result<ApiAnswer> missing =
        FutureTest::await(fixture.admin->call(ApiCall::remove(qs("/blackout/no-such-id"))), 30000);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, 404);
    QCOMPARE(missing.error().message, qs("not found"));

    const Result<ApiAnswer> bad = FutureTest::await(fixture.admin->call(ApiCall::post(qs("/blackout"), {})), 30000);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, 400);
}

void TestApiCall::shouldReportAPlainTextFailure()
{
    // Given: a heartbeat long past 4× its timeout (created two hours ago, timeout 1 s)
    ServerFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    const QString twoHoursAgo = QDateTime::currentDateTimeUtc().addSecs(-7200).toString(Qt::ISODateWithMs);
    QJsonObject stale = heartbeat(qs("cron/stale"));
    stale.insert(qs("timeout"), 1);
    stale.insert(qs("createTime"), twoHoursAgo);
    fixture.api(ApiCall::post(qs("/heartbeat"), stale));
    QTest::qWait(5500); // since (whole seconds from the server's receiveTime) must exceed 4× the timeout

    // When: the healthcheck is asked
    const Result<ApiAnswer> health =
        FutureTest::await(fixture.admin->call(ApiCall::get(qs("/management/healthcheck"))), 30000);

    // Then: the server's text is the message, not Qt's "Service Unavailable"
    QVERIFY(!health.ok());
    QCOMPARE(health.error().code, 503);
    QCOMPARE(health.error().message, qs("HEARTBEAT_STALE: cron/stale"));
}

void TestApiCall::shouldLearnTheSessionOfAnApiKey()
{
    ServerFixture::Options options;
    options.customerViews = true;
    ServerFixture fixture(options);
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    const QString key = fixture.makeKey(qs("alice"), {qs("read"), qs("write:alerts")}, qs("Acme"));
    QVERIFY(!key.isEmpty());

    const auto backend = fixture.backend(key);

    const SessionInfo &session = backend->session();
    QCOMPARE(session.login, qs("alice"));
    QCOMPARE(session.customers, QStringList{qs("Acme")});
    QVERIFY(session.customerViews);
    QVERIFY(session.allows(qs("read:heartbeats")));
    QVERIFY(session.allows(qs("write:alerts")));
    QVERIFY(!session.allows(qs("admin:management")));

    const auto admin = fixture.backend(fixture.adminKey);
    QVERIFY(admin->session().seesAllCustomers());
    QVERIFY(admin->session().allows(qs("admin:management")));
}

void TestApiCall::shouldFindTheKeysOwnObject_data()
{
    // The console's key is "AbCdEfGh" + 32 more characters; its hint is "AbCdEfGh…".
    QTest::addColumn<QStringList>("listed"); // the `key` of each listed object, in order
    QTest::addColumn<int>("found");          // index of the key's own object, -1 for none
    const QString own = qs("AbCdEfGh") + QString(32, u'x');
    const QString other = qs("ZyXwVuTs") + QString(32, u'y');
    QTest::newRow("upstream lists key strings") << QStringList{other, own} << 1;
    QTest::newRow("ours lists hints") << qsl({"ZyXwVuTs…", "AbCdEfGh…"}) << 1;
    QTest::newRow("two keys share the hint") << qsl({"AbCdEfGh…", "ZyXwVuTs…", "AbCdEfGh…"}) << -1;
    QTest::newRow("key string beats a shared hint") << QStringList{qs("AbCdEfGh…"), own, qs("AbCdEfGh…")} << 1;
    QTest::newRow("not listed") << QStringList{other, qs("ZyXwVuTs…")} << -1;
    QTest::newRow("nothing listed") << QStringList{} << -1;
}

void TestApiCall::shouldFindTheKeysOwnObject()
{
    QFETCH(QStringList, listed);
    QFETCH(int, found);

    // Given: a `GET /keys` answer, each object tagged with its position
    QJsonArray keys;
    for (const QString &key : std::as_const(listed))
        keys.append(QJsonObject{{qs("key"), key}, {qs("text"), QString::number(keys.size())}});

    // When: the console looks for its own key's object
    const std::optional<QJsonObject> own = RemoteBackend::ownKey(keys, qs("AbCdEfGh") + QString(32, u'x'));

    // Then: it is the one the row names, or none when the answer cannot tell
    QCOMPARE(own ? own->value(qs("text")).toString().toInt() : -1, found);
}

void TestApiCall::shouldLearnTheSessionOfAnonymousAccess()
{
    ServerFixture::Options options;
    options.authRequired = false;
    ServerFixture fixture(options);
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    const auto backend = fixture.backend({});
    QVERIFY(backend->session().unchecked);
    QVERIFY(backend->session().login.isEmpty());
    QVERIFY(backend->session().allows(qs("admin:management")));

    // Read-only anonymous access: only what READONLY_SCOPES grant
    const QJsonObject config{{qs("auth_required"), true},
                             {qs("allow_readonly"), true},
                             {qs("readonly_scopes"), QJsonArray{qs("read")}}};
    const SessionInfo readonly = SessionInfo::anonymous(config);
    QVERIFY(readonly.allows(qs("read:alerts")));
    QVERIFY(!readonly.allows(qs("write:alerts")));
}

void TestApiCall::shouldReadTheSessionOfAToken_data()
{
    QTest::addColumn<QJsonObject>("claims");
    QTest::addColumn<QString>("login");
    QTest::addColumn<QStringList>("customers");
    QTest::addColumn<QStringList>("scopes");
    QTest::newRow("admin, all customers")
        << QJsonObject{{qs("preferred_username"), qs("root")},
                       {qs("scope"), qs("admin read write")},
                       {qs("customers"), QJsonArray{}}}
        << qs("root") << QStringList{} << QStringList{qs("admin"), qs("read"), qs("write")};
    QTest::newRow("customers list") << QJsonObject{{qs("preferred_username"), qs("bob")},
                                                   {qs("scope"), qs("read")},
                                                   {qs("customers"), QJsonArray{qs("Acme"), qs("Beta")}}}
                                    << qs("bob") << QStringList{qs("Acme"), qs("Beta")} << QStringList{qs("read")};
    QTest::newRow("customer claim wins") << QJsonObject{{qs("preferred_username"), qs("carol")},
                                                        {qs("scope"), qs("read write")},
                                                        {qs("customer"), qs("Acme")},
                                                        {qs("customers"), QJsonArray{qs("Beta")}}}
                                         << qs("carol") << QStringList{qs("Acme")}
                                         << QStringList{qs("read"), qs("write")};
}

void TestApiCall::shouldReadTheSessionOfAToken()
{
    QFETCH(QJsonObject, claims);
    QFETCH(QString, login);
    QFETCH(QStringList, customers);
    QFETCH(QStringList, scopes);
    const SessionInfo session = SessionInfo::fromToken(tokenWith(claims), true);
    QVERIFY(session.known);
    QCOMPARE(session.login, login);
    QCOMPARE(session.customers, customers);
    QCOMPARE(session.scopes, scopes);

    QVERIFY(!SessionInfo::fromToken(qs("not-a-token"), true).known);
}

void TestApiCall::shouldAllowByScopeImplication_data()
{
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QString>("want");
    QTest::addColumn<bool>("allowed");
    // Spec §5.2: admin ⊃ everything; write ⊃ write:*, read:*; read ⊃ read:*; admin:X only from admin.
    QTest::newRow("admin manages") << QStringList{qs("admin")} << qs("admin:management") << true;
    QTest::newRow("write reads heartbeats") << QStringList{qs("write")} << qs("read:heartbeats") << true;
    QTest::newRow("write is no admin") << QStringList{qs("write")} << qs("admin:keys") << false;
    QTest::newRow("read cannot write") << QStringList{qs("read")} << qs("write:blackouts") << false;
    QTest::newRow("write:X reads X") << QStringList{qs("write:blackouts")} << qs("read:blackouts") << true;
    QTest::newRow("admin:X writes X") << QStringList{qs("admin:keys")} << qs("write:keys") << true;
}

void TestApiCall::shouldAllowByScopeImplication()
{
    QFETCH(QStringList, scopes);
    QFETCH(QString, want);
    QFETCH(bool, allowed);
    SessionInfo session;
    session.known = true;
    session.scopes = scopes;
    QCOMPARE(session.allows(want), allowed);
}

QTEST_GUILESS_MAIN(TestApiCall)
#include "testapicall.moc"
