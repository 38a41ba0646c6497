// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QJsonArray>
#include <QTest>

#include "tests/support/apifixture.h"
#include "tests/support/testtext.h"

// The alert endpoints over HTTP (spec §0, §4.2, §4.3): receive, look-up, actions, tags, attributes, notes, delete,
// the searches and aggregations, and the wire conventions they share.

namespace {

QJsonObject alertBody(const char *resource, const char *event, const char *severity)
{
    return {{qs("resource"), qs(resource)},
            {qs("event"), qs(event)},
            {qs("environment"), qs("Production")},
            {qs("service"), QJsonArray{qs("Web")}},
            {qs("severity"), qs(severity)}};
}

} // namespace

class TestAlertApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReceiveAndServeAnAlert();
    void shouldAnswerFrameworkErrorsInTheEnvelope_data();
    void shouldAnswerFrameworkErrorsInTheEnvelope();
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
    QCOMPARE(a.json().value(qs("status")).toString(), qs("error"));
    QCOMPARE(a.json().value(qs("code")).toInt(), status);
    QCOMPARE(a.json().value(qs("message")).toString(), message);
    QCOMPARE(a.json().value(qs("requestId")).toString(), qs("req-42"));
    QCOMPARE(a.header("X-Request-ID"), QByteArray("req-42"));
}

QTEST_GUILESS_MAIN(TestAlertApi)
#include "testalertapi.moc"
