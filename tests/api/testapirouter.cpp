// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
//
// ApiRouter: which route a method and path reach, the values a route's `{name}` parts capture, and the path-exists
// distinction behind 404 and 405.
#include "core/api/apirouter.h"

#include <QTest>

namespace {

QString qs(const char *text)
{
    return QString::fromUtf8(text);
}

ApiRouter sampleRouter()
{
    ApiRouter router;
    const auto answer = [](ApiContext &) { return ApiResponse::ok(); };
    for (const auto &[method, pattern] : {std::pair{"GET", "/"},
                                          std::pair{"GET", "/alerts"},
                                          std::pair{"GET", "/alerts/count"},
                                          std::pair{"POST", "/alert"},
                                          std::pair{"GET", "/alert/{id}"},
                                          std::pair{"DELETE", "/alert/{id}"},
                                          std::pair{"PUT", "/alert/{id}/note/{noteId}"},
                                          std::pair{"GET", "/user/me"},
                                          std::pair{"GET", "/user/{id}"},
                                          std::pair{"POST", "/webhooks/{name}/{path}"},
                                          std::pair{"GET", "/hooks/{name}/{rest...}"}})
        router.add(method, qs(pattern), qs("read"), answer);
    return router;
}

} // namespace

class TestApiRouter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldMatchSegmentBySegment_data();
    void shouldMatchSegmentBySegment();
};

void TestApiRouter::shouldMatchSegmentBySegment_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("route"); ///< the pattern reached, or empty
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("pathExists");
    QTest::addColumn<QByteArrayList>("allowed");

    const QByteArrayList get{"GET"};
    QTest::newRow("root") << QByteArray("GET") << qs("/") << qs("/") << QStringList{} << true << get;
    QTest::newRow("literal") << QByteArray("GET") << qs("/alerts") << qs("/alerts") << QStringList{} << true << get;
    QTest::newRow("two literals") << QByteArray("GET") << qs("/alerts/count") << qs("/alerts/count") << QStringList{}
                                  << true << get;
    QTest::newRow("HEAD is GET") << QByteArray("HEAD") << qs("/alerts") << qs("/alerts") << QStringList{} << true
                                 << get;
    QTest::newRow("capture") << QByteArray("GET") << qs("/alert/abc-123") << qs("/alert/{id}")
                             << QStringList{qs("abc-123")} << true << QByteArrayList{"GET", "DELETE"};
    QTest::newRow("second method") << QByteArray("DELETE") << qs("/alert/abc") << qs("/alert/{id}")
                                   << QStringList{qs("abc")} << true << QByteArrayList{"GET", "DELETE"};
    QTest::newRow("two captures") << QByteArray("PUT") << qs("/alert/a1/note/n2") << qs("/alert/{id}/note/{noteId}")
                                  << QStringList{qs("a1"), qs("n2")} << true << QByteArrayList{"PUT"};
    QTest::newRow("captured text as it is")
        << QByteArray("POST") << qs("/webhooks/prometheus/a b.é") << qs("/webhooks/{name}/{path}")
        << QStringList{qs("prometheus"), qs("a b.é")} << true << QByteArrayList{"POST"};
    QTest::newRow("rest of the path, one segment")
        << QByteArray("GET") << qs("/hooks/prometheus/a") << qs("/hooks/{name}/{rest...}")
        << QStringList{qs("prometheus"), qs("a")} << true << QByteArrayList{"GET"};
    QTest::newRow("rest of the path, several segments")
        << QByteArray("GET") << qs("/hooks/prometheus/a/b//c/") << qs("/hooks/{name}/{rest...}")
        << QStringList{qs("prometheus"), qs("a/b//c/")} << true << QByteArrayList{"GET"};
    QTest::newRow("rest of the path, none")
        << QByteArray("GET") << qs("/hooks/prometheus") << QString() << QStringList{} << false << QByteArrayList{};
    QTest::newRow("rest of the path, empty")
        << QByteArray("GET") << qs("/hooks/prometheus/") << QString() << QStringList{} << false << QByteArrayList{};
    QTest::newRow("rest of the path, starting empty")
        << QByteArray("GET") << qs("/hooks/prometheus//a") << QString() << QStringList{} << false << QByteArrayList{};
    // The first route added wins where a literal and a capture both match (as the regular expressions did).
    QTest::newRow("literal before capture")
        << QByteArray("GET") << qs("/user/me") << qs("/user/me") << QStringList{} << true << get;
    QTest::newRow("wrong method: 405") << QByteArray("PUT") << qs("/alerts") << QString() << QStringList{} << true
                                       << get;
    QTest::newRow("unknown: 404") << QByteArray("GET") << qs("/nowhere") << QString() << QStringList{} << false
                                  << QByteArrayList{};
    QTest::newRow("empty capture") << QByteArray("GET") << qs("/alert/") << QString() << QStringList{} << false
                                   << QByteArrayList{};
    QTest::newRow("trailing slash") << QByteArray("GET") << qs("/alerts/") << QString() << QStringList{} << false
                                    << QByteArrayList{};
    QTest::newRow("extra segment") << QByteArray("GET") << qs("/alert/a/b") << QString() << QStringList{} << false
                                   << QByteArrayList{};
    QTest::newRow("double slash") << QByteArray("GET") << qs("//alerts") << QString() << QStringList{} << false
                                  << QByteArrayList{};
    QTest::newRow("prefix only") << QByteArray("GET") << qs("/alert") << QString() << QStringList{} << true
                                 << QByteArrayList{"POST"};
    QTest::newRow("case matters") << QByteArray("GET") << qs("/Alerts") << QString() << QStringList{} << false
                                  << QByteArrayList{};
    QTest::newRow("braces in a path are text") << QByteArray("GET") << qs("/alert/{id}") << qs("/alert/{id}")
                                               << QStringList{qs("{id}")} << true << QByteArrayList{"GET", "DELETE"};
}

void TestApiRouter::shouldMatchSegmentBySegment()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, route);
    QFETCH(QStringList, args);
    QFETCH(bool, pathExists);
    QFETCH(QByteArrayList, allowed);

    const ApiRouter router = sampleRouter();
    const ApiRouter::Match m = router.match(method, path);
    QCOMPARE(m.route ? m.route->pattern : QString(), route);
    QCOMPARE(m.args, args);
    QCOMPARE(m.pathExists, pathExists);
    QCOMPARE(m.allowedMethods, allowed);
}

QTEST_GUILESS_MAIN(TestApiRouter)
#include "testapirouter.moc"
