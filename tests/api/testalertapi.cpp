// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QJsonArray>
#include <QRegularExpression>
#include <QSemaphore>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include "core/blackout.h"
#include "core/blackoutservice.h"
#include "core/identityjson.h"
#include "core/jsontext.h"
#include "core/keyservice.h"
#include "tests/support/apifixture.h"
#include "tests/support/testtext.h"

// The alert endpoints over HTTP (spec §0, §4.2, §4.3): receive, look-up, actions, tags, attributes, notes, delete,
// the searches and aggregations, and the wire conventions they share (envelopes, sorted keys, \u escapes, JSONP,
// CORS, hrefs behind proxies, authentication and customer isolation).

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

QJsonObject alertBody(const char *resource, const char *event, const char *severity)
{
    return {{qs("resource"), qs(resource)},
            {qs("event"), qs(event)},
            {qs("environment"), qs("Production")},
            {qs("service"), QJsonArray{qs("Web")}},
            {qs("severity"), qs(severity)}};
}

QJsonObject with(QJsonObject body, const char *key, const QJsonValue &value)
{
    body.insert(qs(key), value);
    return body;
}

QJsonObject without(QJsonObject body, const char *key)
{
    body.remove(qs(key));
    return body;
}

/// Posts an alert that must be stored; returns its id.
QString postAlert(ApiFixture &api, const QJsonObject &body, const Headers &headers = {})
{
    const HttpAnswer a = api.post(qs("/alert"), body, headers);
    if (a.status != 201)
        qWarning() << "POST /alert answered" << a.status << a.body;
    return a.json().value(qs("id")).toString();
}

/// The keys of an object, sorted (QJsonObject keeps them so).
QStringList keysOf(const QJsonValue &v)
{
    return v.toObject().keys();
}

/// The `resource` of each alert of a list answer, in the order served.
QStringList resourcesOf(const HttpAnswer &a)
{
    QStringList resources;
    for (const QJsonValue &v : a.json().value(qs("alerts")).toArray())
        resources.append(v.toObject().value(qs("resource")).toString());
    return resources;
}

/// A small store for the searches: six alerts over two environments, three services, two groups, tags and
/// attributes, with one correlation (web01 HttpError major → critical) and one duplicate (db01 DiskFull).
struct SearchWorld
{
    explicit SearchWorld(ApiFixture &api)
    {
        auto add = [&](const char *resource,
                       const char *event,
                       const char *severity,
                       const char *environment,
                       const char *service,
                       const char *group,
                       const char *tag,
                       const char *region,
                       const QString &createTime = {}) {
            QJsonObject body = alertBody(resource, event, severity);
            body.insert(qs("environment"), qs(environment));
            body.insert(qs("service"), QJsonArray{qs(service)});
            body.insert(qs("group"), qs(group));
            body.insert(qs("tags"), QJsonArray{qs(tag)});
            body.insert(qs("attributes"), QJsonObject{{qs("region"), qs(region)}});
            body.insert(qs("text"), QString(u"text of " + qs(resource)));
            body.insert(qs("value"), qs("42"));
            body.insert(qs("rawData"), qs("raw"));
            if (!createTime.isEmpty())
                body.insert(qs("createTime"), createTime);
            const QString id = postAlert(api, body);
            ids.insert(qs(resource), id);
            // Receive times have millisecond resolution: keep them distinct so that time sorts are deterministic.
            QThread::msleep(2);
            return id;
        };
        add("web01", "HttpError", "major", "Production", "Web", "Network", "frontend", "eu");
        add("web02", "HttpError", "minor", "Production", "Web", "Network", "frontend", "us");
        // db01 was raised an hour ago by its sender's clock: the longest standing
        const QString hourAgo =
            QDateTime::currentDateTimeUtc().addSecs(-3600).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
        add("db01", "DiskFull", "critical", "Production", "Database", "Storage", "backend", "eu", hourAgo);
        add("db02", "DiskFull", "warning", "Development", "Database", "Storage", "backend", "us");
        add("mq01", "QueueFull", "major", "Development", "Queue", "Network", "backend", "eu");
        add("lb01", "HttpError", "normal", "Production", "Web", "Network", "frontend", "eu");    // created closed
        add("web01", "HttpError", "critical", "Production", "Web", "Network", "frontend", "eu"); // correlates
        add("db01", "DiskFull", "critical", "Production", "Database", "Storage", "backend", "eu", hourAgo); // dup
    }
    QMap<QString, QString> ids;
};

} // namespace

class TestAlertApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReceiveAndServeAnAlert();
    void shouldAnswerFrameworkErrorsInTheEnvelope_data();
    void shouldAnswerFrameworkErrorsInTheEnvelope();
    void shouldListWhatAPathAllowsWhenRefusingAMethod_data();
    void shouldListWhatAPathAllowsWhenRefusingAMethod();
    void shouldAnswerHeadWithTheHeadOfGet_data();
    void shouldAnswerHeadWithTheHeadOfGet();

    // POST /alert
    void shouldAnswerReceiveWithExactlyTheSpecKeys();
    void shouldWriteAlertAnswersAsJsonDocumentWould();
    void shouldRejectInvalidAlerts_data();
    void shouldRejectInvalidAlerts();
    void shouldRefuseIntegersWrittenAsFloats_data();
    void shouldRefuseIntegersWrittenAsFloats();
    void shouldAnswer202WithoutAnAlert_data();
    void shouldAnswer202WithoutAnAlert();
    void shouldReportDuplicatesAndCorrelationsOfTheStoredAlert();

    // single alerts
    void shouldAnswerNotFoundForUnknownAlerts_data();
    void shouldAnswerNotFoundForUnknownAlerts();
    void shouldAnswerOnlyStatusOkForChanges_data();
    void shouldAnswerOnlyStatusOkForChanges();
    void shouldRejectBadChangeBodies_data();
    void shouldRejectBadChangeBodies();
    void shouldRefuseInvalidTransitionsWith409();
    void shouldTagUntagAndMergeAttributes();
    void shouldManageNotes();
    void shouldDeleteAnAlert();

    // searches and aggregations
    void shouldFilterAlerts_data();
    void shouldFilterAlerts();
    void shouldSortAlerts_data();
    void shouldSortAlerts();
    void shouldRejectBadSearchParameters_data();
    void shouldRejectBadSearchParameters();
    void shouldPageAlerts();
    void shouldAnswerTheListShape();
    void shouldShowHistoryAndRawDataOnlyWhenAsked();
    void shouldAnswerNotFoundForEmptyLists_data();
    void shouldAnswerNotFoundForEmptyLists();
    void shouldCountAlerts();
    void shouldServeHistory();
    void shouldServeTopLists_data();
    void shouldServeTopLists();
    void shouldServeAggregations_data();
    void shouldServeAggregations();

    // wire conventions
    void shouldSortKeysAndEscapeNonAscii();
    void shouldWrapJsonp_data();
    void shouldWrapJsonp();
    void shouldAnswerCorsPreflight_data();
    void shouldAnswerCorsPreflight();
    void shouldBuildHrefsOnTheRootClientsSee_data();
    void shouldBuildHrefsOnTheRootClientsSee();

    // authentication and customers
    void shouldRequireCredentialsWhenAuthIsOn_data();
    void shouldRequireCredentialsWhenAuthIsOn();
    void shouldIsolateCustomersOverHttp();

    // robustness
    void shouldSurviveClientsThatHangUpBeforeTheAnswer();
    void shouldAnswerReceivesWithoutAWorkerWaitingForTheCommit();
    void shouldDropAReceivesAnswerThatComesAfterTheServerHasGone();

private:
    /// One server with the search world, shared by the read-only search tests (a server takes a while to start).
    ApiFixture &searchApi()
    {
        if (!m_searchApi) {
            m_searchApi = std::make_unique<ApiFixture>();
            m_world = std::make_unique<SearchWorld>(*m_searchApi);
        }
        return *m_searchApi;
    }
    std::unique_ptr<ApiFixture> m_searchApi;
    std::unique_ptr<SearchWorld> m_world;
};

void TestAlertApi::shouldReceiveAndServeAnAlert()
{
    // Given: a server
    ApiFixture api;
    // When: an alert is posted
    const HttpAnswer posted = api.post(qs("/alert"), alertBody("web01", "HttpError", "major"));
    // Then: 201 with the stored alert, its href on this server, and a Location header
    QCOMPARE(posted.status, 201);
    const QString id = posted.json().value(qs("id")).toString();
    QCOMPARE(posted.json().value(qs("alert")).toObject().value(qs("href")).toString(), api.url(u"/alert/" + id));
    QCOMPARE(posted.header("Location"), api.url(u"/alert/" + id).toUtf8());
    QVERIFY(!posted.header("X-Request-ID").isEmpty());

    // When: it is fetched by an 8-character prefix
    const HttpAnswer got = api.get(u"/alert/" + id.left(8));
    // Then: the same alert, total 1
    QCOMPARE(got.status, 200);
    QCOMPARE(got.json().value(qs("total")).toInt(), 1);
    QCOMPARE(got.json().value(qs("alert")).toObject().value(qs("id")).toString(), id);
}

void TestAlertApi::shouldAnswerFrameworkErrorsInTheEnvelope_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("json");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown path") << QByteArray("GET") << qs("/nowhere") << QByteArray() << true << 404
                                  << qs("404 Not Found: The requested URL was not found on the server. If you entered "
                                        "the URL manually please check your spelling and try again.");
    QTest::newRow("wrong method") << QByteArray("PUT") << qs("/alerts") << QByteArray("{}") << true << 405
                                  << qs("405 Method Not Allowed: The method is not allowed for the requested URL.");
    QTest::newRow("not JSON") << QByteArray("POST") << qs("/alert") << QByteArray("resource=x") << false << 415
                              << qs("POST and PUT requests must set 'Content-type' to 'application/json'");
    QTest::newRow("PUT not JSON") << QByteArray("PUT") << qs("/alert/abc/action") << QByteArray("action=ack") << false
                                  << 415 << qs("POST and PUT requests must set 'Content-type' to 'application/json'");
    QTest::newRow("broken JSON") << QByteArray("POST") << qs("/alert") << QByteArray("{") << true << 400
                                 << qs("400 Bad Request: The browser (or proxy) sent a request that this server could "
                                       "not understand.");
    QTest::newRow("JSON not an object") << QByteArray("POST") << qs("/alert") << QByteArray("[1]") << true << 400
                                        << qs("JSON body must be an object");
}

void TestAlertApi::shouldAnswerFrameworkErrorsInTheEnvelope()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(bool, json);
    QFETCH(int, status);
    QFETCH(QString, message);
    // Given: a server
    ApiFixture api;
    // When: the request is sent with a request id
    const HttpAnswer a = api.request(method, path, body, {{"X-Request-ID", "req-42"}}, json);
    // Then: the error envelope with that code and message, echoing the request id
    QCOMPARE(a.status, status);
    QCOMPARE(keysOf(a.json()), qsl({"code", "errors", "message", "requestId", "status"}));
    QCOMPARE(a.json().value(qs("status")).toString(), qs("error"));
    QCOMPARE(a.json().value(qs("code")).toInt(), status);
    QCOMPARE(a.json().value(qs("message")).toString(), message);
    QCOMPARE(a.json().value(qs("requestId")).toString(), qs("req-42"));
    QCOMPARE(a.header("X-Request-ID"), QByteArray("req-42"));
}

void TestAlertApi::shouldListWhatAPathAllowsWhenRefusingAMethod_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("allow");
    QTest::newRow("PUT /alerts") << QByteArray("PUT") << qs("/alerts") << QByteArray("GET, HEAD, OPTIONS");
    QTest::newRow("DELETE /alert") << QByteArray("DELETE") << qs("/alert") << QByteArray("OPTIONS, POST");
    QTest::newRow("POST /alert/{id}") << QByteArray("POST") << qs("/alert/abc")
                                      << QByteArray("DELETE, GET, HEAD, OPTIONS");
    QTest::newRow("GET /alert/{id}/status")
        << QByteArray("GET") << qs("/alert/abc/status") << QByteArray("OPTIONS, PUT");
}

void TestAlertApi::shouldListWhatAPathAllowsWhenRefusingAMethod()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, allow);
    ApiFixture api;
    // When: a path is asked with a method it does not answer
    const HttpAnswer a = api.request(method, path, method == "GET" ? QByteArray() : QByteArray("{}"));
    // Then: 405, with the methods it does answer (RFC 9110 §15.5.6)
    QCOMPARE(a.status, 405);
    QCOMPARE(a.header("Allow"), allow);
}

void TestAlertApi::shouldAnswerHeadWithTheHeadOfGet_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("an alert") << qs("/alert/{id}");
    QTest::newRow("plain text") << qs("/management/gtg");
    QTest::newRow("not found") << qs("/nowhere");
}

void TestAlertApi::shouldAnswerHeadWithTheHeadOfGet()
{
    QFETCH(QString, path);
    // Given: a server with an alert
    ApiFixture api;
    const HttpAnswer created = api.post(qs("/alert"), alertBody("web01", "HttpError", "major"));
    QCOMPARE(created.status, 201);
    const QString target = QString(path).replace(qs("{id}"), created.json().value(qs("id")).toString());
    // When: the same resource is asked with GET and with HEAD
    const HttpAnswer get = api.get(target);
    const HttpAnswer head = HttpAnswer::await(api.network.head(QNetworkRequest(QUrl(api.url(target)))));
    // Then: HEAD has GET's status and headers, Content-Length included, and no body (RFC 9110 §9.3.2)
    QVERIFY(get.body.size() > 0);
    QCOMPARE(head.status, get.status);
    QCOMPARE(head.header("Content-Type"), get.header("Content-Type"));
    QCOMPARE(head.header("Content-Length"), QByteArray::number(get.body.size()));
    QVERIFY(head.body.isEmpty());
}

void TestAlertApi::shouldWriteAlertAnswersAsJsonDocumentWould()
{
    // Given: a server holding an alert with non-ASCII text, quotes and nested attributes, with some history
    ApiFixture api;
    QJsonObject body = alertBody("web01", "HttpError", "major");
    body.insert(qs("text"), qs("Überlast \"500\" 🔥"));
    body.insert(qs("attributes"), QJsonObject{{qs("zone"), qs("é")}, {qs("load"), 0.5}});
    QCOMPARE(api.post(qs("/alert"), body).status, 201);
    body.insert(qs("value"), qs("2"));
    // When: it is received again, read, listed and sent through a webhook
    const HttpAnswer received = api.post(qs("/alert"), body);
    const QString id = received.json().value(qs("id")).toString();
    const QList<HttpAnswer> answers = {
        received,
        api.get(u"/alert/" + id),
        api.get(qs("/alerts?show-history=true")),
        api.get(qs("/alerts?environment=Nowhere")),
    };
    // Then: each answer, written straight as JSON text, is byte for byte what QJsonDocument writes for it (sorted
    // keys, same spelling of every value, non-ASCII escaped)
    for (const HttpAnswer &a : answers) {
        QVERIFY2(a.status == 200 || a.status == 201, qPrintable(a.describe()));
        QCOMPARE(a.body, JsonText::encode(a.json()));
    }
    for (const HttpAnswer &a : answers.mid(0, 3))
        QVERIFY(a.body.contains(R"(\u00dcberlast \"500\" \ud83d\udd25)"));
    QCOMPARE(answers.at(3).json().value(qs("message")).toString(), qs("not found"));
}

void TestAlertApi::shouldAnswerReceiveWithExactlyTheSpecKeys()
{
    // Given: a server
    ApiFixture api;
    // When: an alert is posted with a few optional fields
    QJsonObject body = alertBody("web01", "HttpError", "major");
    body.insert(qs("rawData"), QJsonObject{{qs("a"), 1}});
    body.insert(qs("value"), 7);
    const HttpAnswer a = api.post(qs("/alert"), body, {{"X-Amzn-Trace-Id", "Root=1-abc"}});
    // Then: {alert, id, status} and the alert carries exactly the keys of §1.1 "Out"
    QCOMPARE(a.status, 201);
    QCOMPARE(keysOf(a.json()), qsl({"alert", "id", "status"}));
    QCOMPARE(a.json().value(qs("status")).toString(), qs("ok"));
    const QJsonObject alert = a.json().value(qs("alert")).toObject();
    QCOMPARE(alert.keys(),
             qsl({"attributes",
                  "correlate",
                  "createTime",
                  "customer",
                  "duplicateCount",
                  "environment",
                  "event",
                  "group",
                  "history",
                  "href",
                  "id",
                  "lastReceiveId",
                  "lastReceiveTime",
                  "origin",
                  "previousSeverity",
                  "rawData",
                  "receiveTime",
                  "repeat",
                  "resource",
                  "service",
                  "severity",
                  "status",
                  "tags",
                  "text",
                  "timeout",
                  "trendIndication",
                  "type",
                  "updateTime",
                  "value"}));
    // with the defaults of §1.1 and the wire forms of §0
    QCOMPARE(alert.value(qs("value")).toString(), qs("7"));
    QCOMPARE(alert.value(qs("rawData")).toString(), qs("{\"a\":1}"));
    QCOMPARE(alert.value(qs("group")).toString(), qs("Misc"));
    QCOMPARE(alert.value(qs("type")).toString(), qs("exceptionAlert"));
    QCOMPARE(alert.value(qs("timeout")).toInt(), 86400);
    QCOMPARE(alert.value(qs("previousSeverity")).toString(), qs("indeterminate"));
    QCOMPARE(alert.value(qs("trendIndication")).toString(), qs("moreSevere"));
    QCOMPARE(alert.value(qs("attributes")).toObject().value(qs("ip")).toString(), qs("127.0.0.1"));
    static const QRegularExpression wireTime(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
    for (const char *key : {"createTime", "receiveTime", "lastReceiveTime", "updateTime"})
        QVERIFY2(wireTime.match(alert.value(qs(key)).toString()).hasMatch(), key);
    QCOMPARE(alert.value(qs("history")).toArray().size(), 1);
    QCOMPARE(
        alert.value(qs("history")).toArray().at(0).toObject().keys(),
        qsl({"event", "href", "id", "severity", "status", "text", "timeout", "type", "updateTime", "user", "value"}));
    // the trace id serves as request id when no X-Request-ID came
    QCOMPARE(a.header("X-Request-ID"), QByteArray("Root=1-abc"));
}

void TestAlertApi::shouldRejectInvalidAlerts_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    const QJsonObject ok = alertBody("web01", "HttpError", "major");
    // §1.2, in its order: each row breaks one rule (several rows break two, to check which wins)
    QTest::newRow("correlate not a list") << with(ok, "correlate", qs("a")) << 400 << qs("correlate must be a list");
    QTest::newRow("service not a list") << with(ok, "service", qs("Web")) << 400 << qs("service must be a list");
    QTest::newRow("tags not a list") << with(ok, "tags", qs("a,b")) << 400 << qs("tags must be a list");
    QTest::newRow("attributes not an object")
        << with(ok, "attributes", QJsonArray{1}) << 400 << qs("attributes must be a JSON object");
    QTest::newRow("timeout a float") << with(ok, "timeout", 1.5) << 400 << qs("timeout must be an integer");
    QTest::newRow("timeout a string") << with(ok, "timeout", qs("60")) << 400 << qs("timeout must be an integer");
    QTest::newRow("customer empty") << with(ok, "customer", qs("")) << 400
                                    << qs("customer must not be an empty string");
    QTest::newRow("createTime with offset") << with(ok, "createTime", qs("2024-05-01T09:30:00+00:00")) << 400
                                            << qs("dates must be ISO 8601 date format YYYY-MM-DDThh:mm:ss.sssZ");
    QTest::newRow("createTime without fraction") << with(ok, "createTime", qs("2024-05-01T09:30:00Z")) << 400
                                                 << qs("dates must be ISO 8601 date format YYYY-MM-DDThh:mm:ss.sssZ");
    QTest::newRow("resource missing") << without(ok, "resource") << 400
                                      << qs("Missing mandatory value for \"resource\"");
    QTest::newRow("resource empty") << with(ok, "resource", qs("")) << 400
                                    << qs("Missing mandatory value for \"resource\"");
    QTest::newRow("event missing") << without(ok, "event") << 400 << qs("Missing mandatory value for \"event\"");
    QTest::newRow("attribute key with a dot") << with(ok, "attributes", QJsonObject{{qs("a.b"), 1}}) << 400
                                              << qs("Attribute keys must not contain \".\" or \"$\"");
    QTest::newRow("attribute key with a dollar") << with(ok, "attributes", QJsonObject{{qs("$a"), 1}}) << 400
                                                 << qs("Attribute keys must not contain \".\" or \"$\"");
    QTest::newRow("negative timeout") << with(ok, "timeout", -5) << 400 << qs("Invalid negative 'timeout' value (-5)");
    // upstream answers 500 past its integer column; here it would stop PostgreSQL's housekeeping for every alert
    QTest::newRow("timeout past 32 bits") << with(ok, "timeout", qint64(2147483648)) << 400
                                          << qs("Invalid 'timeout' value (2147483648): at most 2147483647 seconds");
    QTest::newRow("correlate beats service")
        << with(with(ok, "correlate", 1), "service", 1) << 400 << qs("correlate must be a list");
    QTest::newRow("timeout type beats missing resource")
        << with(without(ok, "resource"), "timeout", qs("x")) << 400 << qs("timeout must be an integer");
    // raised by the alarm model; upstream re-wraps it as a 500 [quirk], a compatible core answers 400
    QTest::newRow("severity not in the map")
        << with(ok, "severity", qs("bogus")) << 400
        << qs("Severity (bogus) is not one of security, critical, major, minor, warning, indeterminate, "
              "informational, normal, ok, cleared, debug, trace, unknown");
    // the reject plugin (§3.9) answers 403
    QTest::newRow("no service") << with(ok, "service", QJsonArray{}) << 403
                                << qs("[POLICY] Alert must define a service");
    QTest::newRow("environment not allowed")
        << with(ok, "environment", qs("Staging")) << 403
        << qs("[POLICY] Alert environment does not match one of Production, Development");
}

void TestAlertApi::shouldRejectInvalidAlerts()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, message);
    // Given: a server
    ApiFixture api;
    // When: the body is posted
    const HttpAnswer a = api.post(qs("/alert"), body);
    // Then: that error in the envelope, and nothing stored
    QCOMPARE(a.error(), QString::number(status) + u' ' + message);
    QCOMPARE(a.json().value(qs("code")).toInt(), status);
    QVERIFY(!a.json().value(qs("requestId")).toString().isEmpty());
    QCOMPARE(api.get(qs("/alerts/count")).json().value(qs("total")).toInt(), 0);
}

void TestAlertApi::shouldAnswer202WithoutAnAlert_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("incomingId");
    QJsonObject heartbeat = alertBody("agent01", "Heartbeat", "informational");
    heartbeat.insert(qs("origin"), qs("agent/host01"));
    heartbeat.insert(qs("timeout"), 300);
    QTest::newRow("heartbeat conversion") << heartbeat << qs("Alert converted to Heartbeat") << false;
    QTest::newRow("blackout suppression")
        << with(alertBody("maint01", "HttpError", "major"), "id", qs("0b8c3d3e-6d1f-4a43-9b35-2d7a3a0f6f01"))
        << qs("Suppressed alert during blackout period") << true;
}

void TestAlertApi::shouldAnswer202WithoutAnAlert()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, message);
    QFETCH(bool, incomingId);
    // Given: a server with an active blackout on resource maint01
    ApiFixture api;
    Blackout blackout;
    blackout.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    blackout.environment = qs("Production");
    blackout.resource = qs("maint01");
    blackout.startTime = QDateTime::currentMSecsSinceEpoch() - 1000;
    blackout.endTime = blackout.startTime + 3600'000;
    blackout.duration = 3600;
    blackout.createTime = blackout.startTime;
    QVERIFY(api.core->blackouts().create(blackout).ok());
    // When: the alert is posted
    const HttpAnswer a = api.post(qs("/alert"), body);
    // Then: 202, {id, message, status} and no alert
    QCOMPARE(a.status, 202);
    QCOMPARE(keysOf(a.json()), qsl({"id", "message", "status"}));
    QCOMPARE(a.json().value(qs("status")).toString(), qs("ok"));
    QCOMPARE(a.json().value(qs("message")).toString(), message);
    if (incomingId)
        QCOMPARE(a.json().value(qs("id")).toString(), body.value(qs("id")).toString());
    else
        QVERIFY(!a.json().value(qs("id")).toString().isEmpty());
    QCOMPARE(api.get(qs("/alerts/count")).json().value(qs("total")).toInt(), 0);
}

void TestAlertApi::shouldReportDuplicatesAndCorrelationsOfTheStoredAlert()
{
    // Given: a stored alert
    ApiFixture api;
    const QString id = postAlert(api, alertBody("web01", "HttpError", "major"));
    // When: the same alert comes again with its own id, then with another severity
    const HttpAnswer duplicate =
        api.post(qs("/alert"),
                 with(alertBody("web01", "HttpError", "major"), "id", qs("11111111-aaaa-4bbb-8ccc-000000000001")));
    const HttpAnswer byDuplicateId = api.get(qs("/alert/11111111"));
    const HttpAnswer correlated = api.post(qs("/alert"), alertBody("web01", "HttpError", "critical"));
    // Then: both answer 201 with the stored alert's id; the submission id is its lastReceiveId, and a look-up by
    // (a prefix of) it finds the alert
    QCOMPARE(duplicate.status, 201);
    QCOMPARE(duplicate.json().value(qs("id")).toString(), id);
    const QJsonObject d = duplicate.json().value(qs("alert")).toObject();
    QCOMPARE(d.value(qs("duplicateCount")).toInt(), 1);
    QCOMPARE(d.value(qs("repeat")).toBool(), true);
    QCOMPARE(d.value(qs("lastReceiveId")).toString(), qs("11111111-aaaa-4bbb-8ccc-000000000001"));
    QCOMPARE(byDuplicateId.json().value(qs("alert")).toObject().value(qs("id")).toString(), id);
    QCOMPARE(correlated.status, 201);
    QCOMPARE(correlated.json().value(qs("id")).toString(), id);
    const QJsonObject c = correlated.json().value(qs("alert")).toObject();
    QCOMPARE(c.value(qs("severity")).toString(), qs("critical"));
    QCOMPARE(c.value(qs("previousSeverity")).toString(), qs("major"));
    QCOMPARE(c.value(qs("duplicateCount")).toInt(), 0);
    // and the look-up by the latest submission id (a prefix of it) finds the alert (§0 IDs)
    const QString lastReceiveId = c.value(qs("lastReceiveId")).toString();
    QVERIFY(lastReceiveId != id);
    QCOMPARE(
        api.get(u"/alert/" + lastReceiveId.left(8)).json().value(qs("alert")).toObject().value(qs("id")).toString(),
        id);
}

void TestAlertApi::shouldAnswerNotFoundForUnknownAlerts_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    const QString unknown = qs("/alert/ffffffff-0000-4000-8000-000000000000");
    QTest::newRow("get") << QByteArray("GET") << unknown << QByteArray() << qs("not found");
    QTest::newRow("delete") << QByteArray("DELETE") << unknown << QByteArray() << qs("not found");
    QTest::newRow("status") << QByteArray("PUT") << unknown + u"/status" << QByteArray(R"({"status":"ack"})")
                            << qs("not found");
    QTest::newRow("action") << QByteArray("PUT") << unknown + u"/action" << QByteArray(R"({"action":"ack"})")
                            << qs("not found");
    QTest::newRow("tag") << QByteArray("PUT") << unknown + u"/tag" << QByteArray(R"({"tags":["a"]})")
                         << qs("not found");
    QTest::newRow("untag") << QByteArray("PUT") << unknown + u"/untag" << QByteArray(R"({"tags":["a"]})")
                           << qs("not found");
    QTest::newRow("attributes") << QByteArray("PUT") << unknown + u"/attributes"
                                << QByteArray(R"({"attributes":{"a":1}})") << qs("not found");
    QTest::newRow("note") << QByteArray("PUT") << unknown + u"/note" << QByteArray(R"({"text":"x"})")
                          << qs("not found");
    QTest::newRow("notes") << QByteArray("GET") << unknown + u"/notes" << QByteArray() << qs("not found");
    QTest::newRow("note update") << QByteArray("PUT") << unknown + u"/note/abc" << QByteArray(R"({"text":"x"})")
                                 << qs("alert not found");
    QTest::newRow("note delete") << QByteArray("DELETE") << unknown + u"/note/abc" << QByteArray()
                                 << qs("alert not found");
    QTest::newRow("note delete, known alert, unknown note")
        << QByteArray("DELETE") << qs("/alert/{known}/note/abc") << QByteArray() << qs("note not found");
    QTest::newRow("note update, known alert, unknown note")
        << QByteArray("PUT") << qs("/alert/{known}/note/abc") << QByteArray(R"({"text":"x"})") << qs("note not found");
}

void TestAlertApi::shouldAnswerNotFoundForUnknownAlerts()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    // Given: a server with one alert
    ApiFixture api;
    const QString known = postAlert(api, alertBody("web01", "HttpError", "major"));
    // When: the request names an alert (or note) that does not exist
    const HttpAnswer a = api.request(method, QString(path).replace(qs("{known}"), known), body);
    // Then: 404 with the message of §4.2
    QCOMPARE(a.error(), u"404 " + message);
}

void TestAlertApi::shouldAnswerOnlyStatusOkForChanges_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("expected");
    QTest::newRow("status") << QByteArray("PUT") << qs("/status") << QByteArray(R"({"status":"ack","text":"mine"})")
                            << qs("status") << QJsonValue(qs("ack"));
    QTest::newRow("action ack") << QByteArray("PUT") << qs("/action") << QByteArray(R"({"action":"ack"})")
                                << qs("status") << QJsonValue(qs("ack"));
    QTest::newRow("action shelve with timeout")
        << QByteArray("PUT") << qs("/action") << QByteArray(R"({"action":"shelve","timeout":600})") << qs("status")
        << QJsonValue(qs("shelved"));
    QTest::newRow("action close") << QByteArray("PUT") << qs("/action") << QByteArray(R"({"action":"close"})")
                                  << qs("severity") << QJsonValue(qs("normal"));
    QTest::newRow("tag") << QByteArray("PUT") << qs("/tag") << QByteArray(R"({"tags":["x","y"]})") << qs("tags")
                         << QJsonValue(QJsonArray{qs("keep"), qs("x"), qs("y")});
    QTest::newRow("untag") << QByteArray("PUT") << qs("/untag") << QByteArray(R"({"tags":["keep"]})") << qs("tags")
                           << QJsonValue(QJsonArray{});
    QTest::newRow("attributes") << QByteArray("PUT") << qs("/attributes") << QByteArray(R"({"attributes":{"b":2}})")
                                << qs("attributes")
                                << QJsonValue(
                                       QJsonObject{{qs("a"), qs("1")}, {qs("b"), 2}, {qs("ip"), qs("127.0.0.1")}});
}

void TestAlertApi::shouldAnswerOnlyStatusOkForChanges()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, suffix);
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QJsonValue, expected);
    // Given: an open alert with a tag and an attribute
    ApiFixture api;
    QJsonObject alert = alertBody("web01", "HttpError", "major");
    alert.insert(qs("tags"), QJsonArray{qs("keep")});
    alert.insert(qs("attributes"), QJsonObject{{qs("a"), qs("1")}});
    const QString id = postAlert(api, alert);
    // When: the change is sent
    const HttpAnswer a = api.request(method, u"/alert/" + id + suffix, body);
    // Then: 200 and exactly {"status":"ok"} (no alert body, §12.9), and the change is stored
    QCOMPARE(a.status, 200);
    QCOMPARE(a.body, QByteArray(R"({"status":"ok"})"));
    QJsonValue stored = api.get(u"/alert/" + id).json().value(qs("alert")).toObject().value(field);
    if (stored.isArray()) {
        QStringList sorted;
        for (const QJsonValue &v : stored.toArray())
            sorted.append(v.toString());
        sorted.sort();
        stored = QJsonArray::fromStringList(sorted);
    }
    QCOMPARE(stored, expected);
}

void TestAlertApi::shouldRefuseIntegersWrittenAsFloats_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("members"); ///< added to a valid body
    QTest::addColumn<QString>("answer");
    // Python's json reads 100.0 and 1e2 as floats, and upstream refuses a float where an integer is due (§1.2 row 5);
    // Qt's JSON reads both as 100.
    const QString refused = qs("400 timeout must be an integer");
    QTest::newRow("alert timeout 100.0") << qs("/alert") << QByteArray(R"("timeout": 100.0)") << refused;
    QTest::newRow("alert timeout 1e2") << qs("/alert") << QByteArray(R"("timeout":1e2)") << refused;
    QTest::newRow("alert timeout 1E+2") << qs("/alert") << QByteArray(R"("timeout":1E+2)") << refused;
    QTest::newRow("alert timeout -0.0") << qs("/alert") << QByteArray(R"("timeout":-0.0)") << refused;
    QTest::newRow("alert timeout 100") << qs("/alert") << QByteArray(R"("timeout":100)") << qs("201 ");
    QTest::newRow("the last of two timeouts counts, integer")
        << qs("/alert") << QByteArray(R"("timeout":1.5,"timeout":100)") << qs("201 ");
    QTest::newRow("the last of two timeouts counts, float")
        << qs("/alert") << QByteArray(R"("timeout":100,"timeout":100.0)") << refused;
    QTest::newRow("a float named timeout deeper down")
        << qs("/alert") << QByteArray(R"("attributes":{"timeout":1.5},"rawData":"\"timeout\":1.5")") << qs("201 ");
    QTest::newRow("other members may be floats") << qs("/alert") << QByteArray(R"("value":99.5)") << qs("201 ");
    QTest::newRow("heartbeat timeout 60.0") << qs("/heartbeat") << QByteArray(R"("timeout":60.0)") << refused;
    QTest::newRow("action timeout 60.0") << qs("/alert/{id}/action") << QByteArray(R"("action":"ack","timeout":60.0)")
                                         << refused;
    QTest::newRow("blackout duration 3600.0")
        << qs("/blackout") << QByteArray(R"("duration":3600.0)") << qs("400 duration must be an integer");
}

void TestAlertApi::shouldRefuseIntegersWrittenAsFloats()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, members);
    QFETCH(QString, answer);
    // Given: a server with an alert
    ApiFixture api;
    const HttpAnswer created = api.post(qs("/alert"), alertBody("web01", "HttpError", "major"));
    QCOMPARE(created.status, 201);
    // When: a body carries the members as written
    QByteArray body;
    if (path == u"/alert")
        body = R"({"resource":"web02","event":"Floats","environment":"Production","service":["Web"],)" + members + '}';
    else if (path == u"/heartbeat")
        body = R"({"origin":"cron/floats",)" + members + '}';
    else if (path == u"/blackout")
        body = R"({"environment":"Production",)" + members + '}';
    else
        body = '{' + members + '}';
    const QString target = QString(path).replace(qs("{id}"), created.json().value(qs("id")).toString());
    const HttpAnswer a = api.request(path.endsWith(u"action") ? "PUT" : "POST", target, body);
    // Then: refused as upstream refuses a float, or taken
    QVERIFY2(a.error().startsWith(answer), qPrintable(a.describe()));
}

void TestAlertApi::shouldRejectBadChangeBodies_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::newRow("status missing") << qs("/status") << QByteArray(R"({"text":"x"})")
                                    << qs("400 must supply 'status' as json data");
    QTest::newRow("status empty") << qs("/status") << QByteArray(R"({"status":""})")
                                  << qs("400 must supply 'status' as json data");
    QTest::newRow("status timeout not an integer")
        << qs("/status") << QByteArray(R"({"status":"ack","timeout":"x"})") << qs("400 timeout must be an integer");
    QTest::newRow("action missing") << qs("/action") << QByteArray(R"({})")
                                    << qs("400 must supply 'action' as json data");
    QTest::newRow("action timeout negative") << qs("/action") << QByteArray(R"({"action":"ack","timeout":-1})")
                                             << qs("400 Invalid negative 'timeout' value (-1)");
    QTest::newRow("action timeout past 32 bits")
        << qs("/action") << QByteArray(R"({"action":"shelve","timeout":9223372036854775807})")
        << qs("400 Invalid 'timeout' value (9223372036854775807): at most 2147483647 seconds");
    QTest::newRow("status timeout past 32 bits")
        << qs("/status") << QByteArray(R"({"status":"ack","timeout":10000000000000000})")
        << qs("400 Invalid 'timeout' value (10000000000000000): at most 2147483647 seconds");
    // upstream answers these with 500 [quirk]; a client mistake is a 400 here
    QTest::newRow("tags missing") << qs("/tag") << QByteArray(R"({})") << qs("400 must supply 'tags' as json list");
    QTest::newRow("tags empty") << qs("/tag") << QByteArray(R"({"tags":[]})")
                                << qs("400 must supply 'tags' as json list");
    QTest::newRow("tags not a list") << qs("/tag") << QByteArray(R"({"tags":"a"})")
                                     << qs("400 must supply 'tags' as json list");
    QTest::newRow("untag empty") << qs("/untag") << QByteArray(R"({"tags":[]})")
                                 << qs("400 must supply 'tags' as json list");
    QTest::newRow("attributes missing") << qs("/attributes") << QByteArray(R"({})")
                                        << qs("400 must supply 'attributes' as json data");
    QTest::newRow("attributes not an object")
        << qs("/attributes") << QByteArray(R"({"attributes":[1]})") << qs("400 must supply 'attributes' as json data");
    QTest::newRow("attribute key with a dot") << qs("/attributes") << QByteArray(R"({"attributes":{"a.b":1}})")
                                              << qs("400 Attribute keys must not contain \".\" or \"$\"");
    QTest::newRow("note without text") << qs("/note") << QByteArray(R"({})") << qs("400 must supply 'note' text");
    QTest::newRow("note empty") << qs("/note") << QByteArray(R"({"text":""})") << qs("400 must supply 'note' text");
}

void TestAlertApi::shouldRejectBadChangeBodies()
{
    QFETCH(QString, suffix);
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    // Given: an alert
    ApiFixture api;
    const QString id = postAlert(api, alertBody("web01", "HttpError", "major"));
    // When: a change with a bad body is sent
    const HttpAnswer a = api.request("PUT", u"/alert/" + id + suffix, body);
    // Then: that error, and the alert is unchanged
    QCOMPARE(a.error(), error);
    const QJsonObject alert = api.get(u"/alert/" + id).json().value(qs("alert")).toObject();
    QCOMPARE(alert.value(qs("status")).toString(), qs("open"));
    QCOMPARE(alert.value(qs("history")).toArray().size(), 1);
}

void TestAlertApi::shouldRefuseInvalidTransitionsWith409()
{
    // Given: an open alert
    ApiFixture api;
    const QString id = postAlert(api, alertBody("web01", "HttpError", "major"));
    // When: it is un-acknowledged without being acknowledged
    const HttpAnswer a = api.put(u"/alert/" + id + u"/action", {{qs("action"), qs("unack")}});
    // Then: 409 in the envelope
    QCOMPARE(a.status, 409);
    QCOMPARE(a.json().value(qs("status")).toString(), qs("error"));
    QVERIFY2(a.json().value(qs("message")).toString().contains(qs("open")), a.body.constData());
    // When: it is acknowledged, then un-acknowledged
    QCOMPARE(api.put(u"/alert/" + id + u"/action", {{qs("action"), qs("ack")}}).status, 200);
    QCOMPARE(api.put(u"/alert/" + id + u"/action", {{qs("action"), qs("unack")}}).status, 200);
    // Then: it is open again, with both entries in its history
    const QJsonObject alert = api.get(u"/alert/" + id).json().value(qs("alert")).toObject();
    QCOMPARE(alert.value(qs("status")).toString(), qs("open"));
    QStringList types;
    for (const QJsonValue &h : alert.value(qs("history")).toArray())
        types.append(h.toObject().value(qs("type")).toString());
    QCOMPARE(types, qsl({"new", "ack", "unack"}));
}

void TestAlertApi::shouldTagUntagAndMergeAttributes()
{
    // Given: an alert with attributes a and b
    ApiFixture api;
    const QString id = postAlert(
        api,
        with(alertBody("web01", "HttpError", "major"), "attributes", QJsonObject{{qs("a"), 1}, {qs("b"), 2}}));
    // When: attribute a is set to null and c added
    QCOMPARE(api.put(u"/alert/" + id + u"/attributes",
                     {{qs("attributes"), QJsonObject{{qs("a"), QJsonValue::Null}, {qs("c"), qs("3")}}}})
                 .status,
             200);
    // Then: a is gone, b kept, c added (§4.2: shallow merge, null deletes)
    const QJsonObject attributes =
        api.get(u"/alert/" + id).json().value(qs("alert")).toObject().value(qs("attributes")).toObject();
    QCOMPARE(attributes.keys(), qsl({"b", "c", "ip"}));
    // When: a tag is added twice and another removed that never was
    QCOMPARE(api.put(u"/alert/" + id + u"/tag", {{qs("tags"), QJsonArray{qs("t1"), qs("t1")}}}).status, 200);
    QCOMPARE(api.put(u"/alert/" + id + u"/untag", {{qs("tags"), QJsonArray{qs("nope")}}}).status, 200);
    // Then: the tags are a set
    QCOMPARE(api.get(u"/alert/" + id).json().value(qs("alert")).toObject().value(qs("tags")).toArray(),
             QJsonArray{qs("t1")});
}

void TestAlertApi::shouldManageNotes()
{
    // Given: an alert
    ApiFixture api;
    const QString id = postAlert(api, alertBody("web01", "HttpError", "major"));
    // When: a note is added (the web UI's spelling `note` works too)
    const HttpAnswer added = api.put(u"/alert/" + id + u"/note", {{qs("note"), qs("looking into it")}});
    // Then: 201 {id, note, status} with the note of §1.4 and a Location under the alert
    QCOMPARE(added.status, 201);
    QCOMPARE(keysOf(added.json()), qsl({"id", "note", "status"}));
    const QString noteId = added.json().value(qs("id")).toString();
    QCOMPARE(added.header("Location"), api.url(u"/alert/" + id + u"/note/" + noteId).toUtf8());
    const QJsonObject note = added.json().value(qs("note")).toObject();
    QCOMPARE(note.keys(),
             qsl({"_links",
                  "attributes",
                  "createTime",
                  "customer",
                  "href",
                  "id",
                  "related",
                  "text",
                  "type",
                  "updateTime",
                  "user"}));
    QCOMPARE(note.value(qs("href")).toString(), api.url(u"/note/" + noteId));
    QCOMPARE(note.value(qs("type")).toString(), qs("alert"));
    QCOMPARE(note.value(qs("text")).toString(), qs("looking into it"));
    QCOMPARE(note.value(qs("related")).toObject(), (QJsonObject{{qs("alert"), id}}));
    QCOMPARE(note.value(qs("_links")).toObject(), (QJsonObject{{qs("alert"), api.url(u"/alert/" + id)}}));
    QCOMPARE(note.value(qs("attributes")).toObject().keys(),
             qsl({"environment", "event", "resource", "severity", "status"}));

    // When: the notes are listed
    const HttpAnswer listed = api.get(u"/alert/" + id + u"/notes");
    // Then: {notes, status, total}
    QCOMPARE(listed.status, 200);
    QCOMPARE(keysOf(listed.json()), qsl({"notes", "status", "total"}));
    QCOMPARE(listed.json().value(qs("total")).toInt(), 1);
    QCOMPARE(listed.json().value(qs("notes")).toArray().at(0).toObject().value(qs("id")).toString(), noteId);

    // When: the note is updated with nothing it knows, then with a text
    QCOMPARE(api.put(u"/alert/" + id + u"/note/" + noteId, {{qs("note"), qs("ignored")}}).error(),
             qs("400 nothing to change"));
    const HttpAnswer updated = api.put(u"/alert/" + id + u"/note/" + noteId, {{qs("text"), qs("fixed")}});
    // Then: {note, status} with the new text
    QCOMPARE(updated.status, 200);
    QCOMPARE(keysOf(updated.json()), qsl({"note", "status"}));
    QCOMPARE(updated.json().value(qs("note")).toObject().value(qs("text")).toString(), qs("fixed"));

    // When: the note is deleted, twice
    const HttpAnswer deleted = api.del(u"/alert/" + id + u"/note/" + noteId);
    const HttpAnswer again = api.del(u"/alert/" + id + u"/note/" + noteId);
    // Then: {"status":"ok"}, then 404 note not found; the list is empty with `not found`
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.body, QByteArray(R"({"status":"ok"})"));
    QCOMPARE(again.error(), qs("404 note not found"));
    const HttpAnswer empty = api.get(u"/alert/" + id + u"/notes");
    QCOMPARE(empty.status, 200);
    QCOMPARE(empty.json().value(qs("message")).toString(), qs("not found"));
    QCOMPARE(empty.json().value(qs("total")).toInt(), 0);
    // and the history tells the story: new, note, dismiss
    QStringList types;
    for (const QJsonValue &h :
         api.get(u"/alert/" + id).json().value(qs("alert")).toObject().value(qs("history")).toArray())
        types.append(h.toObject().value(qs("type")).toString());
    QCOMPARE(types, qsl({"new", "note", "dismiss"}));
}

void TestAlertApi::shouldDeleteAnAlert()
{
    // Given: an alert
    ApiFixture api;
    const QString id = postAlert(api, alertBody("web01", "HttpError", "major"));
    // When: it is deleted by its prefix
    const HttpAnswer a = api.del(u"/alert/" + id.left(8));
    // Then: {"status":"ok"}, and it is gone
    QCOMPARE(a.status, 200);
    QCOMPARE(a.body, QByteArray(R"({"status":"ok"})"));
    QCOMPARE(api.get(u"/alert/" + id).error(), qs("404 not found"));
    QCOMPARE(api.del(u"/alert/" + id).error(), qs("404 not found"));
}

void TestAlertApi::shouldFilterAlerts_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("resources");
    QTest::newRow("everything") << qs("") << qsl({"db01", "db02", "lb01", "mq01", "web01", "web02"});
    QTest::newRow("equals") << qs("environment=Development") << qsl({"db02", "mq01"});
    QTest::newRow("equals any") << qs("severity=major&severity=warning") << qsl({"db02", "mq01"});
    QTest::newRow("not equal") << qs("status!=closed&environment=Production") << qsl({"db01", "web01", "web02"});
    QTest::newRow("not in") << qs("event!=HttpError&event!=DiskFull") << qsl({"mq01"});
    QTest::newRow("contains, any case") << qs("resource=~WEB") << qsl({"web01", "web02"});
    QTest::newRow("regex alternation") << qs("resource=~web&resource=~mq") << qsl({"mq01", "web01", "web02"});
    QTest::newRow("not containing") << qs("resource!=~0") << qsl({});
    QTest::newRow("service overlap") << qs("service=Queue&service=Database") << qsl({"db01", "db02", "mq01"});
    QTest::newRow("tag") << qs("tag=backend") << qsl({"db01", "db02", "mq01"});
    QTest::newRow("attribute") << qs("attributes.region=us") << qsl({"db02", "web02"});
    QTest::newRow("group") << qs("group=Storage") << qsl({"db01", "db02"});
    QTest::newRow("duplicateCount") << qs("duplicateCount=1") << qsl({"db01"});
    QTest::newRow("repeat") << qs("repeat=true") << qsl({"db01"});
    QTest::newRow("previousSeverity") << qs("previousSeverity=major") << qsl({"web01"});
    QTest::newRow("q field word") << qs("q=resource:web") << qsl({"web01", "web02"});
    QTest::newRow("q default field") << qs("q=db02") << qsl({"db02"});
    QTest::newRow("q boolean") << qs("q=resource:db%20AND%20NOT%20environment:Development") << qsl({"db01"});
    QTest::newRow("q tags") << qs("q=tags:frontend%20AND%20severity:minor") << qsl({"web02"});
    QTest::newRow("from-date in the future") << qs("from-date=2999-01-01T00:00:00.000Z") << qsl({});
    QTest::newRow("to-date in the past") << qs("to-date=2000-01-01T00:00:00.000Z") << qsl({});
    QTest::newRow("bad from-date is ignored") << qs("from-date=yesterday&resource=lb01") << qsl({"lb01"});
    QTest::newRow("customer") << qs("customer=Acme") << qsl({});
}

void TestAlertApi::shouldFilterAlerts()
{
    QFETCH(QString, query);
    QFETCH(QStringList, resources);
    // Given: the search world
    ApiFixture &api = searchApi();
    // When: /alerts is asked with the query
    const HttpAnswer a = api.get(u"/alerts?" + query);
    // Then: 200 with exactly those alerts; total and counts agree
    QCOMPARE(a.status, 200);
    QStringList found = resourcesOf(a);
    found.sort();
    QCOMPARE(found, resources);
    QCOMPARE(a.json().value(qs("total")).toInt(), resources.size());
    int severityTotal = 0;
    for (const QJsonValue &n : a.json().value(qs("severityCounts")).toObject())
        severityTotal += n.toInt();
    QCOMPARE(severityTotal, resources.size());
    // and /alerts/count agrees
    QCOMPARE(api.get(u"/alerts/count?" + query).json().value(qs("total")).toInt(), resources.size());
}

void TestAlertApi::shouldSortAlerts_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("resources");
    QTest::newRow("severity, most severe first")
        << qs("sort-by=severity&sort-by=resource") << qsl({"db01", "web01", "mq01", "web02", "db02", "lb01"});
    QTest::newRow("severity inverted") << qs("sort-by=-severity&sort-by=resource")
                                       << qsl({"lb01", "db02", "web02", "mq01", "db01", "web01"});
    QTest::newRow("resource") << qs("sort-by=resource") << qsl({"db01", "db02", "lb01", "mq01", "web01", "web02"});
    QTest::newRow("resource inverted") << qs("sort-by=-resource")
                                       << qsl({"web02", "web01", "mq01", "lb01", "db02", "db01"});
    QTest::newRow("lastReceiveTime, newest first")
        << qs("sort-by=lastReceiveTime&environment=Production&resource!=lb01") << qsl({"db01", "web01", "web02"});
    QTest::newRow("lastReceiveTime inverted")
        << qs("sort-by=-lastReceiveTime&environment=Production&resource!=lb01") << qsl({"web02", "web01", "db01"});
    QTest::newRow("status, open first") << qs("sort-by=status&sort-by=resource&environment=Production")
                                        << qsl({"db01", "web01", "web02", "lb01"});
    QTest::newRow("attribute") << qs("sort-by=attributes.region&sort-by=-resource&environment=Production")
                               << qsl({"web01", "lb01", "db01", "web02"});
}

void TestAlertApi::shouldSortAlerts()
{
    QFETCH(QString, query);
    QFETCH(QStringList, resources);
    // Given: the search world (alerts received in order; db01's duplicate last)
    ApiFixture &api = searchApi();
    // When: sorted
    const HttpAnswer a = api.get(u"/alerts?" + query);
    // Then: in that order
    QCOMPARE(a.status, 200);
    QCOMPARE(resourcesOf(a), resources);
}

void TestAlertApi::shouldRejectBadSearchParameters_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("error");
    QTest::newRow("reverse") << qs("/alerts?reverse=1") << qs("400 Invalid filter parameter: reverse");
    QTest::newRow("unknown field") << qs("/alerts?colour=red") << qs("400 Invalid filter parameter: colour");
    QTest::newRow("unknown field on count")
        << qs("/alerts/count?colour=red") << qs("400 Invalid filter parameter: colour");
    QTest::newRow("unknown field on top10")
        << qs("/alerts/top10/count?colour=red") << qs("400 Invalid filter parameter: colour");
    QTest::newRow("unknown field on environments")
        << qs("/environments?colour=red") << qs("400 Invalid filter parameter: colour");
    QTest::newRow("sort by id") << qs("/alerts?sort-by=id") << qs("400 Sorting by 'id' field not supported.");
    QTest::newRow("sort by tag") << qs("/alerts?sort-by=tag") << qs("400 Sorting by 'tag' field not supported.");
    QTest::newRow("q that does not parse") << qs("/alerts?q=resource:(web") << qs("400 Failed to parse query string.");
    QTest::newRow("page 0") << qs("/alerts?page=0") << qs("416 page out of range: 1-1");
    QTest::newRow("page past the end") << qs("/alerts?page=3&page-size=3") << qs("416 page out of range: 1-2");
    // upstream pages the history without a total (items=0), so its range reads 1-0
    QTest::newRow("history page 0") << qs("/alerts/history?page=0") << qs("416 page out of range: 1-0");
}

void TestAlertApi::shouldRejectBadSearchParameters()
{
    QFETCH(QString, path);
    QFETCH(QString, error);
    // Given: six alerts
    ApiFixture &api = searchApi();
    // When: asked with a bad parameter
    const HttpAnswer a = api.get(path);
    // Then: that error in the envelope
    QCOMPARE(a.error(), error);
    QCOMPARE(a.json().value(qs("code")).toInt(), a.status);
}

void TestAlertApi::shouldPageAlerts()
{
    // Given: six alerts
    ApiFixture &api = searchApi();
    // When: pages of four are asked, sorted by resource (also with the deprecated `limit`)
    const HttpAnswer first = api.get(qs("/alerts?sort-by=resource&page-size=4"));
    const HttpAnswer second = api.get(qs("/alerts?sort-by=resource&page-size=4&page=2"));
    const HttpAnswer limited = api.get(qs("/alerts?sort-by=resource&limit=4&page=2"));
    // Then: page fields of §4.1 and the rows split 4 + 2
    QCOMPARE(resourcesOf(first), qsl({"db01", "db02", "lb01", "mq01"}));
    QCOMPARE(first.json().value(qs("page")).toInt(), 1);
    QCOMPARE(first.json().value(qs("pageSize")).toInt(), 4);
    QCOMPARE(first.json().value(qs("pages")).toInt(), 2);
    QCOMPARE(first.json().value(qs("more")).toBool(), true);
    QCOMPARE(first.json().value(qs("total")).toInt(), 6);
    QCOMPARE(resourcesOf(second), qsl({"web01", "web02"}));
    QCOMPARE(second.json().value(qs("more")).toBool(), false);
    QCOMPARE(second.json().value(qs("total")).toInt(), 6);
    QCOMPARE(resourcesOf(limited), resourcesOf(second));
    // and the default page size is DEFAULT_PAGE_SIZE
    QCOMPARE(api.get(qs("/alerts")).json().value(qs("pageSize")).toInt(), 50);
}

void TestAlertApi::shouldAnswerTheListShape()
{
    // Given: six alerts
    ApiFixture &api = searchApi();
    // When: /alerts is asked
    const HttpAnswer a = api.get(qs("/alerts"));
    // Then: the keys of §4.3, counts over the whole query, lastTime the newest lastReceiveTime, autoRefresh
    QCOMPARE(a.status, 200);
    QCOMPARE(keysOf(a.json()),
             qsl({"alerts",
                  "autoRefresh",
                  "lastTime",
                  "more",
                  "page",
                  "pageSize",
                  "pages",
                  "severityCounts",
                  "status",
                  "statusCounts",
                  "total"}));
    const QJsonObject o = a.json();
    QCOMPARE(
        o.value(qs("severityCounts")).toObject(),
        (QJsonObject{{qs("critical"), 2}, {qs("major"), 1}, {qs("minor"), 1}, {qs("normal"), 1}, {qs("warning"), 1}}));
    QCOMPARE(o.value(qs("statusCounts")).toObject(), (QJsonObject{{qs("closed"), 1}, {qs("open"), 5}}));
    QCOMPARE(o.value(qs("autoRefresh")).toBool(), true);
    QString newest;
    for (const QJsonValue &v : o.value(qs("alerts")).toArray())
        newest = std::max(newest, v.toObject().value(qs("lastReceiveTime")).toString());
    QCOMPARE(o.value(qs("lastTime")).toString(), newest);
    // every listed alert has the full key set with history [] and rawData null
    for (const QJsonValue &v : o.value(qs("alerts")).toArray()) {
        QCOMPARE(v.toObject().keys().size(), 29);
        QCOMPARE(v.toObject().value(qs("history")).toArray().size(), 0);
        QVERIFY(v.toObject().value(qs("rawData")).isNull());
    }
}

void TestAlertApi::shouldShowHistoryAndRawDataOnlyWhenAsked()
{
    // Given: the search world
    ApiFixture &api = searchApi();
    // When: asked with show-history and show-raw-data in their boolean spellings
    const HttpAnswer a = api.get(qs("/alerts?resource=web01&show-history=yes&show-raw-data=1"));
    const HttpAnswer off = api.get(qs("/alerts?resource=web01&show-history=false&show-raw-data=no"));
    // Then: the history (new, severity) and the raw data are there only when asked
    const QJsonObject alert = a.json().value(qs("alerts")).toArray().at(0).toObject();
    QCOMPARE(alert.value(qs("history")).toArray().size(), 2);
    QCOMPARE(alert.value(qs("rawData")).toString(), qs("raw"));
    const QJsonObject plain = off.json().value(qs("alerts")).toArray().at(0).toObject();
    QCOMPARE(plain.value(qs("history")).toArray().size(), 0);
    QVERIFY(plain.value(qs("rawData")).isNull());
    // and the single look-up always has both
    const QJsonObject single =
        api.get(u"/alert/" + m_world->ids.value(qs("web01"))).json().value(qs("alert")).toObject();
    QCOMPARE(single.value(qs("history")).toArray().size(), 2);
    QCOMPARE(single.value(qs("rawData")).toString(), qs("raw"));
}

void TestAlertApi::shouldAnswerNotFoundForEmptyLists_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("listKey");
    QTest::newRow("alerts") << qs("/alerts?resource=none") << qs("alerts");
    QTest::newRow("history") << qs("/alerts/history?resource=none") << qs("history");
    QTest::newRow("top10 count") << qs("/alerts/top10/count?resource=none") << qs("top10");
    QTest::newRow("topn flapping") << qs("/alerts/topn/flapping?resource=none") << qs("top10");
    QTest::newRow("top10 standing") << qs("/alerts/top10/standing?resource=none") << qs("top10");
    QTest::newRow("environments") << qs("/environments?resource=none") << qs("environments");
    QTest::newRow("services") << qs("/services?resource=none") << qs("services");
    QTest::newRow("groups") << qs("/alerts/groups?resource=none") << qs("groups");
    QTest::newRow("tags") << qs("/alerts/tags?resource=none") << qs("tags");
}

void TestAlertApi::shouldAnswerNotFoundForEmptyLists()
{
    QFETCH(QString, path);
    QFETCH(QString, listKey);
    // Given: an alert that the query does not match
    ApiFixture api;
    postAlert(api, alertBody("web01", "HttpError", "major"));
    // When: the list is asked
    const HttpAnswer a = api.get(path);
    // Then: 200 (not 404), `message: "not found"`, an empty list and total 0 (§0)
    QCOMPARE(a.status, 200);
    QCOMPARE(a.json().value(qs("status")).toString(), qs("ok"));
    QCOMPARE(a.json().value(qs("message")).toString(), qs("not found"));
    QVERIFY(a.json().value(listKey).isArray());
    QCOMPARE(a.json().value(listKey).toArray().size(), 0);
    QCOMPARE(a.json().value(qs("total")).toInt(), 0);
    if (listKey == qs("alerts")) {
        // pages 0, more false; lastTime the query time (clients feed it back as from-date)
        QCOMPARE(a.json().value(qs("pages")).toInt(), 0);
        QCOMPARE(a.json().value(qs("more")).toBool(), false);
        const QDateTime lastTime = QDateTime::fromString(a.json().value(qs("lastTime")).toString(), Qt::ISODateWithMs);
        QVERIFY(qAbs(lastTime.msecsTo(QDateTime::currentDateTimeUtc())) < 60000);
    }
}

void TestAlertApi::shouldCountAlerts()
{
    // Given: the search world
    ApiFixture &api = searchApi();
    // When: counted, all and by environment
    const HttpAnswer all = api.get(qs("/alerts/count"));
    const HttpAnswer dev = api.get(qs("/alerts/count?environment=Development"));
    // Then: {autoRefresh, severityCounts, status, statusCounts, total}
    QCOMPARE(all.status, 200);
    QCOMPARE(keysOf(all.json()), qsl({"autoRefresh", "severityCounts", "status", "statusCounts", "total"}));
    QCOMPARE(all.json().value(qs("total")).toInt(), 6);
    QCOMPARE(all.json().value(qs("statusCounts")).toObject(), (QJsonObject{{qs("closed"), 1}, {qs("open"), 5}}));
    QCOMPARE(dev.json().value(qs("severityCounts")).toObject(), (QJsonObject{{qs("major"), 1}, {qs("warning"), 1}}));
    QCOMPARE(dev.json().value(qs("total")).toInt(), 2);
}

void TestAlertApi::shouldServeHistory()
{
    // Given: the search world (web01 correlated to critical)
    ApiFixture &api = searchApi();
    // When: the history of web01 is asked
    const HttpAnswer a = api.get(qs("/alerts/history?resource=web01"));
    // Then: {history, status, total} with rich entries, newest first
    QCOMPARE(a.status, 200);
    QCOMPARE(keysOf(a.json()), qsl({"history", "status", "total"}));
    const QJsonArray history = a.json().value(qs("history")).toArray();
    QCOMPARE(history.size(), 2);
    QCOMPARE(a.json().value(qs("total")).toInt(), 2);
    const QJsonObject newest = history.at(0).toObject();
    QCOMPARE(newest.value(qs("type")).toString(), qs("severity"));
    QCOMPARE(history.at(1).toObject().value(qs("type")).toString(), qs("new"));
    QCOMPARE(newest.keys(),
             qsl({"attributes",
                  "customer",
                  "environment",
                  "event",
                  "group",
                  "href",
                  "id",
                  "origin",
                  "resource",
                  "service",
                  "severity",
                  "status",
                  "tags",
                  "text",
                  "timeout",
                  "type",
                  "updateTime",
                  "user",
                  "value"}));
    QCOMPARE(newest.value(qs("severity")).toString(), qs("critical"));
    QCOMPARE(newest.value(qs("href")).toString(), api.url(u"/alert/" + newest.value(qs("id")).toString()));
    // and it pages
    const HttpAnswer paged = api.get(qs("/alerts/history?resource=web01&page-size=1&page=2"));
    QCOMPARE(paged.json().value(qs("history")).toArray().at(0).toObject().value(qs("type")).toString(), qs("new"));
}

void TestAlertApi::shouldServeTopLists_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("first");
    QTest::addColumn<int>("count");
    for (const char *prefix : {"/alerts/top10/", "/alerts/topn/"}) {
        const QString p = qs(prefix);
        QTest::addRow("%scount", prefix) << p + u"count" << qs("HttpError") << 3;
        QTest::addRow("%sflapping", prefix) << p + u"flapping" << qs("HttpError") << 1;
        QTest::addRow("%sstanding", prefix) << p + u"standing?status=open" << qs("DiskFull") << 2;
    }
    QTest::newRow("count grouped by resource")
        << qs("/alerts/top10/count?group-by=resource&sort-by=resource") << qs("") << 1;
}

void TestAlertApi::shouldServeTopLists()
{
    QFETCH(QString, path);
    QFETCH(QString, first);
    QFETCH(int, count);
    // Given: the search world
    ApiFixture &api = searchApi();
    // When: a top list is asked
    const HttpAnswer a = api.get(path);
    // Then: {status, top10, total}; each item has the keys of §4.3 with the group-by field
    QCOMPARE(a.status, 200);
    QCOMPARE(keysOf(a.json()), qsl({"status", "top10", "total"}));
    const QJsonArray top = a.json().value(qs("top10")).toArray();
    QVERIFY(!top.isEmpty());
    QCOMPARE(a.json().value(qs("total")).toInt(), top.size());
    const QJsonObject item = top.at(0).toObject();
    const bool byResource = path.contains(qs("group-by=resource"));
    QCOMPARE(item.keys(),
             byResource ? qsl({"count", "duplicateCount", "environments", "resource", "resources", "services"})
                        : qsl({"count", "duplicateCount", "environments", "event", "resources", "services"}));
    if (!byResource)
        QCOMPARE(item.value(qs("event")).toString(), first);
    QCOMPARE(item.value(qs("count")).toInt(), count);
    const QJsonObject resource = item.value(qs("resources")).toArray().at(0).toObject();
    QCOMPARE(resource.keys(), qsl({"href", "id", "resource"}));
    QCOMPARE(resource.value(qs("href")).toString(), api.url(u"/alert/" + resource.value(qs("id")).toString()));
    // counts are descending, except for standing, which orders by how long the alerts have stood (spec §4.3): that
    // order follows the receive times of the world and says nothing about the counts
    if (!path.contains(qs("standing"))) {
        for (qsizetype i = 1; i < top.size(); ++i)
            QVERIFY(top.at(i - 1).toObject().value(qs("count")).toInt()
                    >= top.at(i).toObject().value(qs("count")).toInt());
    }
}

void TestAlertApi::shouldServeAggregations_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("listKey");
    QTest::addColumn<QStringList>("topKeys");
    QTest::addColumn<QStringList>("itemKeys");
    QTest::addColumn<QStringList>("rows"); // "<environment>/<key>=<count>", sorted
    QTest::newRow("environments") << qs("/environments") << qs("environments")
                                  << qsl({"environments", "more", "page", "pageSize", "pages", "status", "total"})
                                  << qsl({"count", "environment", "severityCounts", "statusCounts"})
                                  << qsl({"Development/=2", "Production/=4"});
    QTest::newRow("services")
        << qs("/services") << qs("services") << qsl({"services", "status", "total"})
        << qsl({"count", "environment", "service", "severityCounts", "statusCounts"})
        << qsl({"Development/Database=1", "Development/Queue=1", "Production/Database=1", "Production/Web=3"});
    QTest::newRow("groups")
        << qs("/alerts/groups") << qs("groups") << qsl({"groups", "status", "total"})
        << qsl({"count", "environment", "group"})
        << qsl({"Development/Network=1", "Development/Storage=1", "Production/Network=3", "Production/Storage=1"});
    QTest::newRow("tags") << qs("/alerts/tags") << qs("tags") << qsl({"status", "tags", "total"})
                          << qsl({"count", "environment", "tag"})
                          << qsl({"Development/backend=2", "Production/backend=1", "Production/frontend=3"});
    QTest::newRow("services filtered")
        << qs("/services?status=open") << qs("services") << qsl({"services", "status", "total"})
        << qsl({"count", "environment", "service", "severityCounts", "statusCounts"})
        << qsl({"Development/Database=1", "Development/Queue=1", "Production/Database=1", "Production/Web=2"});
}

void TestAlertApi::shouldServeAggregations()
{
    QFETCH(QString, path);
    QFETCH(QString, listKey);
    QFETCH(QStringList, topKeys);
    QFETCH(QStringList, itemKeys);
    QFETCH(QStringList, rows);
    // Given: the search world
    ApiFixture &api = searchApi();
    // When: the aggregation is asked
    const HttpAnswer a = api.get(path);
    // Then: the keys of §4.3, one row per key with its count, total = rows
    QCOMPARE(a.status, 200);
    QCOMPARE(keysOf(a.json()), topKeys);
    QStringList found;
    const QString itemKey = itemKeys.contains(qs("service")) ? qs("service")
        : itemKeys.contains(qs("group"))                     ? qs("group")
        : itemKeys.contains(qs("tag"))                       ? qs("tag")
                                                             : QString();
    for (const QJsonValue &v : a.json().value(listKey).toArray()) {
        const QJsonObject item = v.toObject();
        QCOMPARE(item.keys(), itemKeys);
        found.append(item.value(qs("environment")).toString() + u'/'
                     + (itemKey.isEmpty() ? QString() : item.value(itemKey).toString()) + u'='
                     + QString::number(item.value(qs("count")).toInt()));
    }
    found.sort();
    QCOMPARE(found, rows);
    QCOMPARE(a.json().value(qs("total")).toInt(), rows.size());
}

void TestAlertApi::shouldSortKeysAndEscapeNonAscii()
{
    // Given: a server
    ApiFixture api;
    // When: an alert with non-ASCII text (BMP and beyond) is posted
    QJsonObject body = alertBody("web01", "HttpError", "major");
    body.insert(qs("text"), QString::fromUtf8("Überlast ☃ \xF0\x9F\x98\x80"));
    const HttpAnswer a = api.post(qs("/alert"), body);
    // Then: the body is pure ASCII with \uXXXX escapes (surrogate pairs above U+FFFF), lower-case hex
    QCOMPARE(a.status, 201);
    QVERIFY(std::all_of(a.body.cbegin(), a.body.cend(), [](char c) { return static_cast<uchar>(c) < 0x80; }));
    QVERIFY2(a.body.contains(R"("text":"\u00dcberlast \u2603 \ud83d\ude00")"), a.body.constData());
    // and it parses back to the same text
    QCOMPARE(a.json().value(qs("alert")).toObject().value(qs("text")).toString(), body.value(qs("text")).toString());
    // And the same text sent escaped, as Python's json sends it, is taken: a surrogate pair is a character (only
    // half of one is refused, testbadinput)
    const HttpAnswer escaped = api.request(
        "POST",
        qs("/alert"),
        R"({"resource":"web02","event":"HttpError","environment":"Production","service":["Web"],"text":"\u00dcberlast \u2603 \ud83d\ude00"})");
    QCOMPARE(escaped.status, 201);
    QCOMPARE(escaped.json().value(qs("alert")).toObject().value(qs("text")).toString(),
             body.value(qs("text")).toString());
    // and the keys come sorted in the text itself: alert < id < status at the top, attributes < ... < value inside
    const qsizetype alertAt = a.body.indexOf("\"alert\":");
    const qsizetype idAt = a.body.lastIndexOf("\"id\":");
    const qsizetype statusAt = a.body.lastIndexOf("\"status\":\"ok\"");
    QVERIFY(alertAt == 1);
    QVERIFY(alertAt < idAt && idAt < statusAt);
    QVERIFY(a.body.indexOf("\"attributes\":") < a.body.indexOf("\"correlate\":"));
    QVERIFY(a.body.indexOf("\"updateTime\":") < a.body.indexOf("\"value\":"));
    QCOMPARE(a.header("Content-Type"), QByteArray("application/json"));
}

void TestAlertApi::shouldWrapJsonp_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<int>("status");
    QTest::newRow("list") << qs("/alerts?callback=cb") << QByteArray("cb({") << 200;
    QTest::newRow("count, dotted name") << qs("/alerts/count?callback=my.ns_1") << QByteArray("my.ns_1({") << 200;
    QTest::newRow("error") << qs("/alert/nope?callback=cb") << QByteArray("cb({") << 404;
    QTest::newRow("script in the name is not wrapped") << qs("/alerts?callback=alert(1)%3B") << QByteArray("{") << 200;
}

void TestAlertApi::shouldWrapJsonp()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, prefix);
    QFETCH(int, status);
    // Given: a server
    ApiFixture api;
    // When: asked with a callback
    const HttpAnswer a = api.get(path);
    // Then: the JSON wrapped as <fn>(...) with application/javascript (only for a plain name)
    QCOMPARE(a.status, status);
    QVERIFY2(a.body.startsWith(prefix), a.body.constData());
    const bool wrapped = prefix != "{";
    QCOMPARE(a.body.endsWith(")"), wrapped);
    QCOMPARE(a.header("Content-Type"), wrapped ? QByteArray("application/javascript") : QByteArray("application/json"));
    if (wrapped) {
        const QByteArray inner = a.body.mid(a.body.indexOf('(') + 1).chopped(1);
        QVERIFY(QJsonDocument::fromJson(inner).isObject());
    }
}

void TestAlertApi::shouldAnswerCorsPreflight_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("origin");
    QTest::addColumn<QByteArray>("requestHeaders");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QByteArray>("allowHeaders");
    QTest::newRow("preflight, listed origin")
        << QByteArray("OPTIONS") << qs("/alert") << QByteArray("https://console.example.com") << QByteArray() << true
        << QByteArray("Content-Type, Authorization, Access-Control-Allow-Origin, X-Request-ID");
    QTest::newRow("preflight, asked headers granted")
        << QByteArray("OPTIONS") << qs("/alert/abc/action") << QByteArray("https://console.example.com")
        << QByteArray("content-type,authorization") << true << QByteArray("authorization, content-type");
    QTest::newRow("preflight, only the allowed of the asked headers")
        << QByteArray("OPTIONS") << qs("/alert") << QByteArray("https://console.example.com")
        << QByteArray("X-Evil, Content-Type , x-request-id,Cookie") << true << QByteArray("Content-Type, x-request-id");
    QTest::newRow("preflight, regex origin")
        << QByteArray("OPTIONS") << qs("/alerts") << QByteArray("http://web.dev.example.org:8080") << QByteArray()
        << true << QByteArray("Content-Type, Authorization, Access-Control-Allow-Origin, X-Request-ID");
    QTest::newRow("preflight, other origin")
        << QByteArray("OPTIONS") << qs("/alerts") << QByteArray("https://evil.example.net") << QByteArray() << false
        << QByteArray("Content-Type, Authorization, Access-Control-Allow-Origin, X-Request-ID");
    QTest::newRow("simple GET, listed origin")
        << QByteArray("GET") << qs("/alerts") << QByteArray("https://console.example.com") << QByteArray() << true
        << QByteArray();
    QTest::newRow("simple GET, other origin")
        << QByteArray("GET") << qs("/alerts") << QByteArray("https://evil.example.net") << QByteArray() << false
        << QByteArray();
    QTest::newRow("error answer, listed origin")
        << QByteArray("GET") << qs("/alert/nope") << QByteArray("https://console.example.com") << QByteArray() << true
        << QByteArray();
}

void TestAlertApi::shouldAnswerCorsPreflight()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, origin);
    QFETCH(QByteArray, requestHeaders);
    QFETCH(bool, allowed);
    QFETCH(QByteArray, allowHeaders);
    // Given: a server with CORS_ORIGINS naming one origin and one pattern
    ApiFixture api([](ServerSettings &s) {
        s.corsOrigins = qsl({"https://console.example.com", "https?://\\w+\\.dev\\.example\\.org(:\\d+)?"});
    });
    // When: the request comes with an Origin
    Headers headers{{"Origin", origin}};
    if (method == "OPTIONS")
        headers.append({QByteArray("Access-Control-Request-Method"), QByteArray("PUT")});
    if (!requestHeaders.isEmpty())
        headers.append({QByteArray("Access-Control-Request-Headers"), requestHeaders});
    const HttpAnswer a = api.request(method, path, {}, headers);
    // Then: the origin is echoed only when allowed; a preflight lists methods and headers, without authentication
    QVERIFY2(a.status == 200 || a.status == 404, a.body.constData());
    QCOMPARE(a.header("Access-Control-Allow-Origin"), allowed ? origin : QByteArray());
    if (allowed)
        QVERIFY(a.header("Vary").contains("Origin"));
    QVERIFY(a.header("Access-Control-Allow-Credentials").isEmpty());
    if (method == "OPTIONS") {
        QCOMPARE(a.status, 200);
        const QByteArray methods = a.header("Access-Control-Allow-Methods");
        for (const char *m : {"GET", "POST", "PUT", "DELETE", "OPTIONS"})
            QVERIFY2(methods.contains(m), methods.constData());
        QCOMPARE(a.header("Access-Control-Allow-Headers"), allowHeaders);
        QVERIFY(!a.header("Access-Control-Max-Age").isEmpty());
    }
}

void TestAlertApi::shouldBuildHrefsOnTheRootClientsSee_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QList<QPair<QByteArray, QByteArray>>>("headers");
    QTest::addColumn<QString>("root"); // {server} = http://127.0.0.1:<port>
    QTest::newRow("request root") << QString() << Headers{} << qs("{server}");
    QTest::newRow("forwarded host") << QString() << Headers{{"X-Forwarded-Host", "alerta.example.com"}}
                                    << qs("http://alerta.example.com");
    QTest::newRow("forwarded proto, host and prefix") << QString()
                                                      << Headers{{"X-Forwarded-Proto", "https"},
                                                                 {"X-Forwarded-Host", "alerta.example.com:8443"},
                                                                 {"X-Forwarded-Prefix", "/api/"}}
                                                      << qs("https://alerta.example.com:8443/api");
    QTest::newRow("prefix only") << QString() << Headers{{"X-Forwarded-Prefix", "api"}} << qs("{server}/api");
    QTest::newRow("proxy chain: first entry wins")
        << QString() << Headers{{"X-Forwarded-Proto", "https, http"}, {"X-Forwarded-Host", "front.example.com, mid"}}
        << qs("https://front.example.com");
    QTest::newRow("absolute BASE_URL") << qs("https://alerta.example.com/api/") << Headers{}
                                       << qs("https://alerta.example.com/api");
    QTest::newRow("absolute BASE_URL wins over forwarded headers")
        << qs("https://alerta.example.com/api") << Headers{{"X-Forwarded-Host", "other.example.com"}}
        << qs("https://alerta.example.com/api");
    QTest::newRow("relative BASE_URL on the request's host") << qs("/api") << Headers{} << qs("{server}/api");
    QTest::newRow("relative BASE_URL on the forwarded host")
        << qs("/api") << Headers{{"X-Forwarded-Proto", "https"}, {"X-Forwarded-Host", "alerta.example.com"}}
        << qs("https://alerta.example.com/api");
}

void TestAlertApi::shouldBuildHrefsOnTheRootClientsSee()
{
    QFETCH(QString, baseUrl);
    QFETCH(Headers, headers);
    QFETCH(QString, root);
    // Given: a server with that BASE_URL
    ApiFixture api([&baseUrl](ServerSettings &s) { s.baseUrl = baseUrl; });
    const QString expected = QString(root).replace(qs("{server}"), api.url({}));
    // When: an alert is posted, annotated and listed with those headers
    const HttpAnswer posted = api.post(qs("/alert"), alertBody("web01", "HttpError", "major"), headers);
    const QString id = posted.json().value(qs("id")).toString();
    const HttpAnswer note = api.put(u"/alert/" + id + u"/note", {{qs("text"), qs("n")}}, headers);
    const QString noteId = note.json().value(qs("id")).toString();
    const HttpAnswer listed = api.get(qs("/alerts?show-history=true"), headers);
    const HttpAnswer top = api.get(qs("/alerts/top10/count"), headers);
    const HttpAnswer history = api.get(qs("/alerts/history"), headers);
    // Then: every href and Location is on that root
    QCOMPARE(posted.json().value(qs("alert")).toObject().value(qs("href")).toString(), expected + u"/alert/" + id);
    QCOMPARE(posted.header("Location"), (expected + u"/alert/" + id).toUtf8());
    QCOMPARE(note.header("Location"), (expected + u"/alert/" + id + u"/note/" + noteId).toUtf8());
    const QJsonObject n = note.json().value(qs("note")).toObject();
    QCOMPARE(n.value(qs("href")).toString(), expected + u"/note/" + noteId);
    QCOMPARE(n.value(qs("_links")).toObject().value(qs("alert")).toString(), expected + u"/alert/" + id);
    const QJsonObject listedAlert = listed.json().value(qs("alerts")).toArray().at(0).toObject();
    QCOMPARE(listedAlert.value(qs("href")).toString(), expected + u"/alert/" + id);
    for (const QJsonValue &h : listedAlert.value(qs("history")).toArray())
        QVERIFY(h.toObject().value(qs("href")).toString().startsWith(expected + u"/alert/"));
    QCOMPARE(top.json()
                 .value(qs("top10"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(qs("resources"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(qs("href"))
                 .toString(),
             expected + u"/alert/" + id);
    for (const QJsonValue &h : history.json().value(qs("history")).toArray())
        QVERIFY(h.toObject().value(qs("href")).toString().startsWith(expected + u"/alert/"));
}

void TestAlertApi::shouldRequireCredentialsWhenAuthIsOn_data()
{
    QTest::addColumn<bool>("authRequired");
    QTest::addColumn<QString>("credential"); // none, key, bad, readonly
    QTest::addColumn<QString>("how");        // header, x-api-key, query
    QTest::addColumn<int>("getStatus");
    QTest::addColumn<int>("postStatus");
    QTest::newRow("auth on, no credential") << true << qs("none") << qs("header") << 401 << 401;
    QTest::newRow("auth on, key in Authorization") << true << qs("key") << qs("header") << 200 << 201;
    QTest::newRow("auth on, key in X-API-Key") << true << qs("key") << qs("x-api-key") << 200 << 201;
    QTest::newRow("auth on, key in api-key") << true << qs("key") << qs("query") << 200 << 201;
    QTest::newRow("auth on, unknown key") << true << qs("bad") << qs("header") << 401 << 401;
    QTest::newRow("auth on, read-only key") << true << qs("readonly") << qs("header") << 200 << 403;
    QTest::newRow("auth off, no credential") << false << qs("none") << qs("header") << 200 << 201;
    QTest::newRow("auth off, unknown key is still checked") << false << qs("bad") << qs("header") << 401 << 401;
    QTest::newRow("auth off, read-only key") << false << qs("readonly") << qs("header") << 200 << 403;
}

void TestAlertApi::shouldRequireCredentialsWhenAuthIsOn()
{
    QFETCH(bool, authRequired);
    QFETCH(QString, credential);
    QFETCH(QString, how);
    QFETCH(int, getStatus);
    QFETCH(int, postStatus);
    // Given: a server with AUTH_REQUIRED as given, a read-write key and a read-only key
    ApiFixture api([authRequired](ServerSettings &s) { s.authRequired = authRequired; });
    NewKey rw;
    rw.key.user = qs("ops@example.com");
    rw.key.scopes = qsl({"read", "write"});
    NewKey ro = rw;
    ro.key.scopes = qsl({"read"});
    const QString rwKey = api.core->keys().create(rw, Caller::internal())->key;
    const QString roKey = api.core->keys().create(ro, Caller::internal())->key;
    const QString key = credential == qs("key") ? rwKey
        : credential == qs("readonly")          ? roKey
        : credential == qs("bad")               ? qs("not-a-key-000000000000000000000000000000")
                                                : QString();
    Headers headers;
    QString query;
    if (!key.isEmpty()) {
        if (how == qs("header"))
            headers.append({QByteArray("Authorization"), "Key " + key.toUtf8()});
        else if (how == qs("x-api-key"))
            headers.append({QByteArray("X-API-Key"), key.toUtf8()});
        else
            query = u"?api-key=" + key;
    }
    // When: an alert is posted and the list read
    const HttpAnswer posted = api.post(u"/alert" + query, alertBody("web01", "HttpError", "major"), headers);
    const HttpAnswer listed = api.get(u"/alerts" + query, headers);
    // Then: the statuses expected; refusals are in the envelope
    QCOMPARE(posted.status, postStatus);
    QCOMPARE(listed.status, getStatus);
    if (postStatus >= 400) {
        QCOMPARE(posted.json().value(qs("status")).toString(), qs("error"));
        QVERIFY(!posted.json().value(qs("message")).toString().isEmpty());
    }
}

void TestAlertApi::shouldIsolateCustomersOverHttp()
{
    // Given: customer views with keys for Acme, for Globex and for an admin of all customers
    ApiFixture api([](ServerSettings &s) {
        s.authRequired = true;
        s.customerViews = true;
    });
    auto keyFor = [&api](const char *user, const QString &customer, const QStringList &scopes) {
        NewKey k;
        k.key.user = qs(user);
        k.key.customer = customer;
        k.key.scopes = scopes;
        const Result<ApiKey> created = api.core->keys().create(k, Caller::internal());
        return Headers{{"Authorization", "Key " + created->key.toUtf8()}};
    };
    const Headers acme = keyFor("a@acme.example", qs("Acme"), qsl({"read", "write"}));
    const Headers globex = keyFor("g@globex.example", qs("Globex"), qsl({"read", "write"}));
    const Headers admin = keyFor("root@example.com", QString(), qsl({"admin", "read", "write"}));
    // When: each customer posts an alert
    const QJsonObject body = with(alertBody("web01", "HttpError", "major"), "tags", QJsonArray{qs("t")});
    const HttpAnswer acmePost = api.post(qs("/alert"), body, acme);
    const HttpAnswer globexPost = api.post(qs("/alert"), body, globex);
    // Then: the alerts belong to their customers (the same key in two customers is two alerts)
    QCOMPARE(acmePost.status, 201);
    QCOMPARE(globexPost.status, 201);
    QCOMPARE(acmePost.json().value(qs("alert")).toObject().value(qs("customer")).toString(), qs("Acme"));
    QCOMPARE(globexPost.json().value(qs("alert")).toObject().value(qs("customer")).toString(), qs("Globex"));
    const QString acmeId = acmePost.json().value(qs("id")).toString();
    QVERIFY(acmeId != globexPost.json().value(qs("id")).toString());
    // and Acme may not post for Globex
    QCOMPARE(
        api.post(qs("/alert"), with(alertBody("web02", "HttpError", "major"), "customer", qs("Globex")), acme).error(),
        qs("400 not allowed to set customer to 'Globex'"));

    // When: Globex reaches for Acme's alert by every route
    // Then: 404 everywhere, and Acme's alert is untouched
    QCOMPARE(api.get(u"/alert/" + acmeId, globex).error(), qs("404 not found"));
    QCOMPARE(api.put(u"/alert/" + acmeId + u"/action", {{qs("action"), qs("ack")}}, globex).error(),
             qs("404 not found"));
    QCOMPARE(api.put(u"/alert/" + acmeId + u"/tag", {{qs("tags"), QJsonArray{qs("x")}}}, globex).error(),
             qs("404 not found"));
    QCOMPARE(api.put(u"/alert/" + acmeId + u"/note", {{qs("text"), qs("x")}}, globex).error(), qs("404 not found"));
    QCOMPARE(api.get(u"/alert/" + acmeId + u"/notes", globex).error(), qs("404 not found"));
    QCOMPARE(api.del(u"/alert/" + acmeId, globex).error(), qs("404 not found")); // write implies delete:alerts
    QCOMPARE(api.get(u"/alert/" + acmeId, acme).json().value(qs("alert")).toObject().value(qs("status")).toString(),
             qs("open"));
    // and every list counts for each customer only its own alerts; an admin of all customers sees both
    const QList<QPair<QString, QString>> lists = {{qs("/alerts"), qs("alerts")},
                                                  {qs("/alerts/top10/count"), qs("top10")},
                                                  {qs("/environments"), qs("environments")},
                                                  {qs("/services"), qs("services")},
                                                  {qs("/alerts/groups"), qs("groups")},
                                                  {qs("/alerts/tags"), qs("tags")},
                                                  {qs("/alerts/history"), qs("history")}};
    const auto alertsIn = [&api](const QString &path, const QString &key, const Headers &who) {
        const HttpAnswer a = api.get(path, who);
        int n = 0;
        for (const QJsonValue &item : a.json().value(key).toArray())
            n += item.toObject().contains(qs("count")) ? item.toObject().value(qs("count")).toInt() : 1;
        return n;
    };
    for (const auto &[path, key] : lists) {
        QCOMPARE(alertsIn(path, key, acme), 1);
        QCOMPARE(alertsIn(path, key, globex), 1);
        QCOMPARE(alertsIn(path, key, admin), 2);
    }
    QCOMPARE(api.get(qs("/alerts/count"), acme).json().value(qs("total")).toInt(), 1);
    QCOMPARE(api.get(qs("/alerts/count"), admin).json().value(qs("total")).toInt(), 2);
    QCOMPARE(api.get(qs("/alerts"), globex).json().value(qs("alerts")).toArray().at(0).toObject().value(qs("customer")),
             QJsonValue(qs("Globex")));
    // and a customer filter cannot widen the view
    QCOMPARE(api.get(qs("/alerts?customer=Acme"), globex).json().value(qs("total")).toInt(), 0);
}

void TestAlertApi::shouldSurviveClientsThatHangUpBeforeTheAnswer()
{
    // Given: a server
    ApiFixture api;
    const QByteArray body = QJsonDocument(alertBody("web01", "HttpError", "major")).toJson(QJsonDocument::Compact);
    // When: clients send requests and hang up before the answers come (as a client that times out does)
    for (int i = 0; i < 20; ++i) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, api.port);
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /alert HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket.write("GET /alerts?show-history=true HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QVERIFY(socket.waitForBytesWritten(5000));
        socket.abort();
        QTest::qWait(1);
    }
    QTest::qWait(500);
    // Then: the server is still there and answers the next client
    QCOMPARE(api.get(qs("/alerts/count")).status, 200);
}

namespace {

// Holds the store's writer on a job of its own until released, so that receives queue behind it.
class HeldWriter
{
public:
    explicit HeldWriter(AlertStore &store)
    {
        store.submitWrite(
            [this](AlertTransaction &) {
                m_held.release();
                m_release.acquire();
                return true;
            },
            [](const WriteFailure &) {});
        m_held.acquire();
    }
    ~HeldWriter() { release(); }
    void release()
    {
        if (!m_released.exchange(true))
            m_release.release();
    }

private:
    QSemaphore m_held;
    QSemaphore m_release;
    std::atomic<bool> m_released = false;
};

QByteArray receiveRequest(const QJsonObject &alert)
{
    const QByteArray body = QJsonDocument(alert).toJson(QJsonDocument::Compact);
    return "POST /alert HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

void TestAlertApi::shouldAnswerReceivesWithoutAWorkerWaitingForTheCommit()
{
    // Given: a server with at most two worker threads, whose store's writer is held
    ApiFixture api;
    api.server->setMaxWorkers(2);
    HeldWriter writer(*api.store);

    // When: more receives than workers arrive, on connections of their own
    std::vector<std::unique_ptr<QTcpSocket>> senders;
    for (int i = 0; i < 6; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, api.port);
        QVERIFY(socket->waitForConnected(5000));
        const QByteArray resource = "web" + QByteArray::number(i);
        socket->write(receiveRequest(alertBody(resource.constData(), "HttpError", "major")));
        senders.push_back(std::move(socket));
    }
    // Then: every one has been handed to the store while the commit cannot happen: no worker waits for it
    QTRY_COMPARE_WITH_TIMEOUT(api.server->requestsInProgress(), 6, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(api.server->busyWorkers(), 0, 10000);

    // And: once the writer goes on, each gets its 201
    writer.release();
    for (auto &socket : senders) {
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket->readAll()).contains("\r\n\r\n{"), 10000);
        QVERIFY2(answer.startsWith("HTTP/1.1 201"), answer.left(40).constData());
    }
    QCOMPARE(api.get(qs("/alerts/count")).json().value(qs("total")).toInt(), 6);
}

void TestAlertApi::shouldDropAReceivesAnswerThatComesAfterTheServerHasGone()
{
    // Given: a server whose store's writer is held, and a receive waiting for it
    ApiFixture api;
    HeldWriter writer(*api.store);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, api.port);
    QVERIFY(socket.waitForConnected(5000));
    socket.write(receiveRequest(alertBody("web01", "HttpError", "major")));
    QTRY_COMPARE_WITH_TIMEOUT(api.server->requestsInProgress(), 1, 10000);

    // When: the server goes (its core stays), and then the commit is made
    api.server.reset();
    writer.release();

    // Then: its connection goes without an answer, the receive is kept, and the core carries on under a new server
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 10000);
    QVERIFY(!socket.readAll().startsWith("HTTP/1.1"));
    api.server = std::make_unique<ApiServer>(*api.core);
    api.port = api.server->listen(QHostAddress::LocalHost, 0);
    QCOMPARE(api.post(qs("/alert"), alertBody("web02", "HttpError", "major")).status, 201);
    QCOMPARE(api.get(qs("/alerts/count")).json().value(qs("total")).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestAlertApi)
#include "testalertapi.moc"
