// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
// Issue 10, bad input over HTTP: a corpus of malformed requests, built from tables (endpoints × kinds of bad input),
// against a real alerta-server process. Every one must get a 4xx in Alerta's error envelope (or, where the spec
// says the server ignores the input, a 2xx JSON answer), never a 5xx or no answer; and the server keeps serving.

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include "tests/support/httptest.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testtext.h"

#include <functional>
#include <memory>

namespace {

// Small limits, so that oversize input is cheap to send.
constexpr int MaxBody = 64 * 1024;
constexpr int MaxHeader = 8 * 1024;
constexpr int MaxDepth = 32;
constexpr int MaxPageSize = 1000;
constexpr int CaseTimeoutMs = 15000;

/// What a case must get.
enum class Expect {
    Rejected,  ///< a 4xx in the error envelope, code = HTTP status
    Tolerated, ///< the spec says the server ignores this input: a 2xx JSON answer (never a 5xx)
};

/// One malformed request: either a raw byte string sent over a QTcpSocket (for what QNetworkAccessManager cannot
/// send: bytes that are not UTF-8 in the request line, bad framing, huge headers, unnormalised paths), or a request
/// that QNetworkAccessManager sends.
struct Case
{
    QString name;
    QByteArray raw; ///< when set: the whole request as sent
    QByteArray method;
    QString path;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json"); ///< empty = no Content-Type header
    Expect expect = Expect::Rejected;
};

/// The answers in `received`, one after another, each with its body as Content-Length gives it (none: no body).
/// The last one may be cut short: `*complete` says how many came whole.
QList<HttpAnswer> splitAnswers(const QByteArray &received, qsizetype *complete)
{
    QList<HttpAnswer> answers;
    *complete = 0;
    qsizetype at = 0;
    while (at < received.size()) {
        const qsizetype headEnd = received.indexOf("\r\n\r\n", at);
        if (headEnd < 0)
            break;
        HttpAnswer answer;
        const QByteArrayList lines = received.mid(at, headEnd - at).split('\n');
        answer.status = lines.value(0).split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                answer.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
        }
        const qsizetype length = answer.header("Content-Length").toLongLong();
        answer.body = received.mid(headEnd + 4, length);
        at = headEnd + 4 + length;
        if (answer.body.size() < length)
            answer.networkError = qs("answer cut short");
        else
            ++*complete;
        answers.append(answer);
    }
    return answers;
}

/// Reads the answers a server sends on `socket` until `count` have come whole, the server closes, or `ms` pass.
/// `*closed` (when given) says whether the server closed the connection.
QList<HttpAnswer> readAnswers(QTcpSocket &socket, int count, int ms, bool *closed = nullptr)
{
    QByteArray received;
    qsizetype complete = 0;
    QList<HttpAnswer> answers;
    QDeadlineTimer deadline(ms);
    while (complete < count && socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        if (socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            received += socket.readAll();
        answers = splitAnswers(received, &complete);
    }
    received += socket.readAll();
    if (closed)
        *closed = socket.state() != QAbstractSocket::ConnectedState;
    return splitAnswers(received, &complete);
}

/// Sends `request` on a new connection and reads one answer; status 0 when none came in time.
HttpAnswer rawExchange(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(CaseTimeoutMs)) {
        HttpAnswer failed;
        failed.networkError = socket.errorString();
        return failed;
    }
    socket.write(request);
    const QList<HttpAnswer> answers = readAnswers(socket, 1, CaseTimeoutMs);
    if (!answers.isEmpty())
        return answers.first();
    HttpAnswer none;
    none.networkError =
        socket.state() == QAbstractSocket::ConnectedState ? qs("no answer in time") : qs("closed without an answer");
    return none;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray nested(int depth, char open, char close, const QByteArray &inner = "1")
{
    QByteArray out;
    for (int i = 0; i < depth; ++i)
        out += open == '{' ? QByteArrayLiteral("{\"a\":") : QByteArray(1, open);
    out += inner;
    out += QByteArray(depth, close);
    return out;
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void shouldAnswerEveryMalformedRequestWithA4xxAndKeepServing();
    void shouldServeLongRequestLinesWithinTheLimit_data();
    void shouldServeLongRequestLinesWithinTheLimit();
    void shouldAnswerExpectContinueBeforeTheBody();
    void shouldAnswerPipelinedRequestsInOrderAndCloseWhenAsked();
    void shouldCloseAfterAnsweringAnHttp10Request();
    void shouldTakeAChunkedAlertOnceWhateverItsFraming_data();
    void shouldTakeAChunkedAlertOnceWhateverItsFraming();
    void shouldAnswerARefusalAfterTheAnswersBeforeIt();
    void shouldRunPipelinedRequestsAfterTheChangesBeforeThem();
    void shouldAnswer408ToARequestThatStallsPartway_data();
    void shouldAnswer408ToARequestThatStallsPartway();
    void shouldCloseAConnectionIdlePastKeepAliveTimeout();
    void shouldStopAQueryPastItsDeadlineAndKeepServing();

private:
    HttpAnswer send(const Case &c);
    HttpAnswer get(const QString &path) { return send(Case{{}, {}, "GET", path, {}, {}, Expect::Rejected}); }
    QByteArray rawRequest(const QByteArray &method,
                          const QByteArray &target,
                          const QByteArray &extraHeaders = {},
                          const QByteArray &body = {}) const;
    QList<Case> corpus() const;
    /// gtg answers OK and a valid alert is received; empty when so, else what went wrong.
    QString serving();

    std::unique_ptr<ServerProcess> m_server;
    QNetworkAccessManager m_network;
    QString m_alertId; ///< an alert that exists, for the /alert/{id}/... routes
    int m_received = 0;
};

void TestBadInput::initTestCase()
{
    QVERIFY(QFileInfo(QStringLiteral(ALERTA_SERVER_PATH)).isExecutable());
    ServerProcess::Options options;
    options.name = qs("bad-input");
    options.authRequired = false;
    options.extraArguments = {qs("--database"), qs("alerta.sqlite")}; // in the process's own temporary directory
    options.environment = {{qs("MAX_CONTENT_LENGTH"), QString::number(MaxBody)},
                           {qs("MAX_HEADER_SIZE"), QString::number(MaxHeader)},
                           {qs("MAX_JSON_DEPTH"), QString::number(MaxDepth)},
                           {qs("MAX_PAGE_SIZE"), QString::number(MaxPageSize)}};
    m_server = std::make_unique<ServerProcess>(options);
    QVERIFY2(m_server->waitForPort(), qPrintable(m_server->failure()));
    const QString problem = serving();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestBadInput::cleanupTestCase()
{
    m_server.reset();
}

QByteArray TestBadInput::rawRequest(const QByteArray &method,
                                    const QByteArray &target,
                                    const QByteArray &extraHeaders,
                                    const QByteArray &body) const
{
    QByteArray out = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_server->port())
        + "\r\nConnection: close\r\n" + extraHeaders;
    if (!body.isEmpty())
        out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    return out + "\r\n" + body;
}

HttpAnswer TestBadInput::send(const Case &c)
{
    if (!c.raw.isEmpty())
        return rawExchange(m_server->port(), c.raw);
    QNetworkRequest request{QUrl(m_server->url(c.path))};
    if (!c.contentType.isEmpty())
        request.setRawHeader("Content-Type", c.contentType);
    return HttpAnswer::await(m_network.sendCustomRequest(request, c.method, c.body), CaseTimeoutMs);
}

QString TestBadInput::serving()
{
    const HttpAnswer gtg = get(qs("/management/gtg"));
    if (gtg.status != 200 || gtg.body.trimmed() != "OK")
        return u"gtg: " + gtg.describe();
    Case alert{{}, {}, "POST", qs("/alert"), {}};
    alert.body = json({{qs("resource"), qs("web%1").arg(++m_received)},
                       {qs("event"), qs("HttpError")},
                       {qs("environment"), qs("Production")},
                       {qs("service"), QJsonArray{qs("Web")}},
                       {qs("severity"), qs("major")}});
    const HttpAnswer posted = send(alert);
    if (posted.status != 201)
        return u"valid alert: " + posted.describe();
    m_alertId = posted.json().value(qs("id")).toString();
    return {};
}

QList<Case> TestBadInput::corpus() const
{
    QList<Case> cases;
    const auto add = [&cases](Case c) { cases.append(std::move(c)); };
    const QString alert = u"/alert/" + m_alertId;

    // Every endpoint that reads a JSON body × every kind of bad body.
    struct Endpoint
    {
        const char *method;
        QString path;
    };
    const QList<Endpoint> jsonEndpoints{
        {"POST", qs("/alert")},
        {"PUT", alert + u"/status"},
        {"PUT", alert + u"/action"},
        {"PUT", alert + u"/tag"},
        {"PUT", alert + u"/untag"},
        {"PUT", alert + u"/attributes"},
        {"PUT", alert + u"/note"},
        {"POST", qs("/heartbeat")},
        {"POST", qs("/blackout")},
        {"POST", qs("/key")},
        {"POST", qs("/user")},
        {"POST", qs("/customer")},
        {"POST", qs("/perm")},
        {"POST", qs("/group")},
        {"POST", qs("/auth/login")},
        {"POST", qs("/auth/signup")},
        {"POST", qs("/webhooks/prometheus")},
    };
    const QList<QPair<const char *, QByteArray>> badBodies{
        {"truncated object", "{"},
        {"missing value", "{\"a\":}"},
        {"unclosed array", "[1,2"},
        {"bare word", "nul"},
        {"trailing comma", "{\"a\":1,}"},
        {"single quotes", "{'a':1}"},
        {"missing colon", "{\"a\" 1}"},
        {"trailing garbage", "{} x"},
        {"unterminated string", "{\"a\":\"b}"},
        {"control character in string", QByteArray("{\"a\":\"b\x01\"}", 10)},
        {"NUL byte", QByteArray("{\0}", 3)},
        {"only whitespace", " \n\t "},
        {"array", "[]"},
        {"number", "1"},
        {"string", "\"text\""},
        {"null", "null"},
        {"true", "true"},
        {"invalid UTF-8 in a string", "{\"text\":\"\xff\xfe\"}"},
        {"overlong UTF-8 in a string", "{\"text\":\"\xc0\xaf\"}"},
        {"truncated UTF-8 in a string", "{\"text\":\"\xe2\x82\"}"},
        // escapes no store keeps as sent: PostgreSQL cut text at a NUL (alerts that differed after it merged), and
        // half a surrogate pair was stored as "?" while the 201 echoed it
        {"escaped NUL in a string", "{\"resource\":\"r\\u0000x\",\"event\":\"e\"}"},
        {"escaped NUL in a member name", "{\"a\\u0000\":1}"},
        {"lone high surrogate", "{\"text\":\"\\ud800\"}"},
        {"high surrogate before a letter", "{\"text\":\"\\ud83d\\u0041\"}"},
        {"lone low surrogate", "{\"text\":\"x\\udc00\"}"},
        {"nested past MAX_JSON_DEPTH (arrays)", "{\"a\":" + nested(MaxDepth + 1, '[', ']') + "}"},
        {"nested past MAX_JSON_DEPTH (objects)", nested(MaxDepth + 1, '{', '}')},
        {"nested 20000 deep", nested(20000, '[', ']')},
        {"unbalanced 20000 deep", QByteArray(20000, '[')},
        {"huge string over MAX_CONTENT_LENGTH", "{\"text\":\"" + QByteArray(MaxBody + 10, 'x') + "\"}"},
    };
    for (const Endpoint &e : jsonEndpoints) {
        for (const auto &[kind, body] : badBodies)
            add({qs("%1 %2: %3").arg(qs(e.method), e.path, qs(kind)), {}, e.method, e.path, body});
        // Wrong or missing Content-Type. Webhooks take any type, and then fail on the body.
        for (const char *type : {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data", ""}) {
            Case c{qs("%1 %2: Content-Type '%3'").arg(qs(e.method), e.path, qs(type)), {}, e.method, e.path, "a=1"};
            c.contentType = type;
            add(c);
        }
    }

    // Wrong JSON types for the fields of an alert that the spec types (the rest it coerces to text).
    const QJsonObject valid{{qs("resource"), qs("r")},
                            {qs("event"), qs("e")},
                            {qs("environment"), qs("Production")},
                            {qs("service"), QJsonArray{qs("s")}}};
    const QJsonValue notText[] = {QJsonArray{qs("x")}, QJsonArray{1}, QJsonObject{{qs("a"), 1}}};
    const QJsonValue notList[] = {1, 1.5, true, QJsonObject{}, qs("x"), QJsonObject{{qs("a"), 1}}};
    const QJsonValue notObject[] = {1, 1.5, true, QJsonArray{}, QJsonArray{qs("x")}, qs("x"), QJsonArray{1}};
    const QJsonValue notTime[] = {1,
                                  true,
                                  QJsonArray{},
                                  QJsonObject{},
                                  qs("x"),
                                  qs("2020-13-45T99:99:99.000Z"),
                                  qs("2020-01-01T00:00:00Z"),
                                  qs("2020-01-01 00:00:00.000Z"),
                                  qs("yesterday")};
    const QJsonValue notTimeout[] = {1.5, true, QJsonArray{}, QJsonObject{}, qs("x"), -1, qs("60")};
    const auto wrongType = [&](const QString &field, const QJsonValue &value) {
        QJsonObject body = valid;
        body.insert(field, value);
        add({qs("POST /alert: %1 = %2").arg(field, QString::fromUtf8(json({{qs("v"), value}}))),
             {},
             "POST",
             qs("/alert"),
             json(body)});
    };
    for (const char *field : {"resource",
                              "event",
                              "environment",
                              "severity",
                              "status",
                              "group",
                              "value",
                              "text",
                              "origin",
                              "type",
                              "id",
                              "customer"}) {
        for (const QJsonValue &v : notText)
            wrongType(qs(field), v);
    }
    for (const char *field : {"correlate", "service", "tags"}) {
        for (const QJsonValue &v : notList)
            wrongType(qs(field), v);
    }
    for (const QJsonValue &v : notObject)
        wrongType(qs("attributes"), v);
    wrongType(qs("attributes"), QJsonObject{{qs("a.b"), 1}});
    wrongType(qs("attributes"), QJsonObject{{qs("$where"), 1}});
    for (const QJsonValue &v : notTime)
        wrongType(qs("createTime"), v);
    for (const QJsonValue &v : notTimeout)
        wrongType(qs("timeout"), v);
    for (const char *missing : {"resource", "event"}) {
        QJsonObject body = valid;
        body.remove(qs(missing));
        add({qs("POST /alert: no %1").arg(qs(missing)), {}, "POST", qs("/alert"), json(body)});
    }

    // Wrong types in the bodies of the other alert routes.
    const QList<QPair<QString, QJsonObject>> alertBodies{
        {alert + u"/status", {{qs("status"), 1}}},
        {alert + u"/status", {{qs("status"), QJsonArray{}}}},
        {alert + u"/status", {{qs("status"), qs("ack")}, {qs("text"), 1}}},
        {alert + u"/status", {{qs("status"), qs("ack")}, {qs("timeout"), qs("x")}}},
        {alert + u"/status", {{qs("status"), qs("ack")}, {qs("timeout"), -5}}},
        {alert + u"/status", {}},
        {alert + u"/action", {{qs("action"), true}}},
        {alert + u"/action", {{qs("action"), qs("ack")}, {qs("text"), QJsonObject{}}}},
        {alert + u"/action", {{qs("action"), qs("ack")}, {qs("timeout"), 1.5}}},
        {alert + u"/action", {}},
        {alert + u"/tag", {{qs("tags"), qs("x")}}},
        {alert + u"/tag", {{qs("tags"), QJsonObject{}}}},
        {alert + u"/tag", {{qs("tags"), QJsonArray{}}}},
        {alert + u"/untag", {{qs("tags"), 1}}},
        {alert + u"/attributes", {{qs("attributes"), QJsonArray{}}}},
        {alert + u"/attributes", {{qs("attributes"), qs("x")}}},
        {alert + u"/attributes", {{qs("attributes"), QJsonObject{{qs("a.b"), 1}}}}},
        {alert + u"/note", {{qs("text"), 1}}},
        {alert + u"/note", {{qs("note"), QJsonArray{}}}},
        {alert + u"/note", {}},
    };
    for (const auto &[path, body] : alertBodies)
        add({qs("PUT %1 %2").arg(path, QString::fromUtf8(json(body))), {}, "PUT", path, json(body)});

    // Query parameters: bad paging, sorting and grouping, unknown parameters, on every list.
    const QStringList lists{qs("/alerts"),
                            qs("/alerts/count"),
                            qs("/alerts/history"),
                            qs("/alerts/top10/count"),
                            qs("/environments"),
                            qs("/services"),
                            qs("/alerts/groups"),
                            qs("/alerts/tags"),
                            qs("/heartbeats"),
                            qs("/blackouts"),
                            qs("/keys"),
                            qs("/users"),
                            qs("/customers"),
                            qs("/perms"),
                            qs("/groups")};
    const QStringList badParams{
        qs("page=abc"),
        qs("page=-1"),
        qs("page=99999999999"),
        qs("page-size=abc"),
        qs("page-size=-1"),
        qs("page-size=%1").arg(MaxPageSize + 1),
        qs("page-size=2147483647"),
        qs("page-size=99999999999999999999"),
        qs("limit=%1").arg(MaxPageSize + 1),
        qs("limit=1e9"),
        qs("q=%FF"),
        qs("resource=a%00b"), // a NUL anywhere in the query is refused (PostgreSQL cannot compare text with it)
        qs("from-date=%00"),
        qs("%FF=1"),
    };
    // The aggregations do not page (spec §4.3): a page they do not use is ignored, as upstream does.
    const QStringList unpaged{qs("/alerts/count"),
                              qs("/alerts/top10/count"),
                              qs("/environments"),
                              qs("/services"),
                              qs("/alerts/groups"),
                              qs("/alerts/tags")};
    for (const QString &list : lists) {
        for (const QString &param : badParams) {
            Case c{qs("GET %1?%2").arg(list, param), {}, "GET", list + u'?' + param, {}, {}};
            if (param == u"page=-1" && unpaged.contains(list))
                c.expect = Expect::Tolerated;
            add(c);
        }
    }
    const QStringList badAlertQueries{
        qs("sort-by=nosuchfield"),
        qs("sort-by=%00"),
        qs("group-by=nosuchfield"),
        qs("q=((("),
        qs("q=status:"),
        qs("q=a%20AND%20"),
        qs("foo[bar]=1"),
        qs("q=)"),
        qs("show-history=%FF"),
        qs("id=%C0%AF"),
        qs("page=0"),
        qs("q=%22unterminated"),
        qs("q=status:(open"),
    };
    for (const QString &query : badAlertQueries)
        add({qs("GET /alerts?%1").arg(query), {}, "GET", u"/alerts?" + query, {}, {}});
    for (const QString &list : {qs("/users"), qs("/keys"), qs("/heartbeats"), qs("/blackouts"), qs("/customers")}) {
        for (const QString &query : {qs("nosuchparameter=1"), qs("from-date=x")})
            add({qs("GET %1?%2").arg(list, query), {}, "GET", list + u'?' + query, {}, {}});
    }
    // Bad dates in from-date / to-date: the spec says /alerts ignores them (as upstream does).
    for (const QString &date : {qs("notadate"),
                                qs("2020-13-45T99:99:99.000Z"),
                                qs("99999-01-01T00:00:00.000Z"),
                                qs("2020-01-01T00:00:00Z"),
                                qs("")}) {
        for (const QString &list : {qs("/alerts"), qs("/alerts/count"), qs("/alerts/history")}) {
            for (const char *param : {"from-date", "to-date"}) {
                Case c{qs("GET %1?%2=%3 (ignored)").arg(list, qs(param), date),
                       {},
                       "GET",
                       qs("%1?%2=%3").arg(list, qs(param), date),
                       {},
                       {}};
                c.expect = Expect::Tolerated;
                add(c);
            }
        }
    }

    // Paths: unknown ids, overlong ids, NUL bytes, traversal, wrong methods.
    const QStringList badPaths{
        qs("/alert/no-such-id"),
        qs("/alert/") + QString(4000, u'a'),
        qs("/alert/%00"),
        qs("/alert/a%00b/notes"),
        qs("/alert/%2e%2e/%2e%2e/etc/passwd"),
        qs("/alert/..%2F..%2Fetc%2Fpasswd"),
        qs("/alert/%C0%AE%C0%AE/"),
        qs("/heartbeat/no-such-id"),
        qs("/blackout/") + QString(4000, u'b'),
        qs("/key/%00"),
        qs("/user/no-such-id"),
        qs("/no/such/route/at/all/here/deep"),
        qs("/alerts/"),
        qs("/webhooks/nosuchhook"),
    };
    for (const QString &path : badPaths)
        add({qs("GET %1").arg(path.left(80)), {}, "GET", path, {}, {}});
    for (const char *method : {"PATCH", "FOO", "PUT", "POST"}) {
        for (const QString &path : {qs("/alerts"), qs("/management/gtg"), qs("/alerts/count"), qs("/config")})
            add({qs("%1 %2 (wrong method)").arg(qs(method), path), {}, method, path, {}, {}});
    }
    add({qs("DELETE /alerts (wrong method)"), {}, "DELETE", qs("/alerts"), {}, {}});

    // Raw requests: what QNetworkAccessManager normalises or cannot send.
    const QList<QPair<const char *, QByteArray>> raws{
        {"raw: traversal /alert/../..", rawRequest("GET", "/alert/../../etc/passwd")},
        {"raw: traversal /alert/../../../", rawRequest("GET", "/alert/../../../")},
        {"raw: invalid UTF-8 in the path", rawRequest("GET", "/alert/\xff\xfe")},
        {"raw: invalid UTF-8 in the query", rawRequest("GET", "/alerts?q=\xc3\x28")},
        {"raw: invalid UTF-8 in a parameter name", rawRequest("GET", "/alerts?\xff=1")},
        {"raw: percent-encoded invalid UTF-8 in the path", rawRequest("GET", "/alert/%ff%fe/notes")},
        {"raw: invalid UTF-8 in a PUT path", rawRequest("PUT", "/alert/\xfe/status", {}, "{\"status\":\"ack\"}")},
        {"raw: garbage", "GARBAGE\r\n\r\n"},
        {"raw: no version", "GET /alerts\r\n\r\n"},
        {"raw: HTTP/2.0", rawRequest("GET", "/alerts").replace("HTTP/1.1", "HTTP/2.0")},
        {"raw: HTTP/9", "GET /alerts HTTP/9\r\nHost: x\r\n\r\n"},
        {"raw: space in target", "GET /alert s HTTP/1.1\r\nHost: x\r\n\r\n"},
        {"raw: control character in target", "GET /alerts\x01 HTTP/1.1\r\nHost: x\r\n\r\n"},
        {"raw: header without colon", rawRequest("GET", "/alerts", "NoColonHere\r\n")},
        {"raw: header with empty name", rawRequest("GET", "/alerts", ": value\r\n")},
        {"raw: space in header name", rawRequest("GET", "/alerts", "Bad Name: x\r\n")},
        {"raw: NUL in header value", rawRequest("GET", "/alerts", QByteArray("X-A: a\0b\r\n", 10))},
        {"raw: folded header", rawRequest("GET", "/alerts", "X-A: a\r\n b\r\n")},
        {"raw: Content-Length not a number",
         "POST /alert HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: abc\r\n\r\n{}"},
        {"raw: negative Content-Length",
         "POST /alert HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: -1\r\n\r\n{}"},
        {"raw: two Content-Lengths",
         "POST /alert HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
         "Content-Length: 3\r\n\r\n{}"},
        {"raw: Content-Length and Transfer-Encoding",
         "POST /alert HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
         "Transfer-Encoding: chunked\r\n\r\n{}"},
        {"raw: unknown Transfer-Encoding",
         "POST /alert HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: gzip\r\n\r\n{}"},
        {"raw: huge Content-Length, no body",
         "POST /alert HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 99999999999\r\n\r\n"},
        {"raw: Content-Length over the limit, body follows",
         "POST /alert HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
             + QByteArray::number(MaxBody + 1) + "\r\n\r\n{\"text\":\"" + QByteArray(MaxBody - 10, 'x') + "\"}"},
        {"raw: chunked body over the limit",
         "POST /alert HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
             + QByteArray::number(2 * MaxBody, 16) + "\r\n" + QByteArray(2 * MaxBody, 'x') + "\r\n0\r\n\r\n"},
        {"raw: chunk-size line ends in a bare LF",
         "POST /alert HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
         "2\n{}\r\n0\r\n\r\n"},
        {"raw: chunk size not hex",
         "POST /alert HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
         "zz\r\n{}\r\n0\r\n\r\n"},
        {"raw: chunk data longer than its size",
         "POST /alert HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
         "1\r\n{}\r\n0\r\n\r\n"},
        {"raw: endless chunk extension",
         "POST /alert HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
         "2;" + QByteArray(2 * MaxHeader, 'e')},
        {"raw: chunk size of 16 hex digits",
         "POST /alert HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
         "ffffffffffffffff\r\n{}"},
        {"raw: trailer fields over MAX_HEADER_SIZE",
         "POST /alert HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
         "2\r\n{}\r\n0\r\nX-Trailer: "
             + QByteArray(MaxHeader + 1, 't') + "\r\n\r\n"},
        {"raw: malformed trailer field",
         "POST /alert HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
         "2\r\n{}\r\n0\r\nno colon\r\n\r\n"},
        {"raw: gzip, chunked",
         "POST /alert HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"
         "2\r\n{}\r\n0\r\n\r\n"},
        {"raw: HTTP/1.1 without Host", "GET /alerts HTTP/1.1\r\nConnection: close\r\n\r\n"},
        {"raw: two Host headers", "GET /alerts HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n"},
        {"raw: one huge header", rawRequest("GET", "/alerts", "X-Huge: " + QByteArray(MaxHeader + 1, 'h') + "\r\n")},
        {"raw: many headers", rawRequest("GET", "/alerts", QByteArray("X-Many: 0123456789\r\n").repeated(1000))},
        {"raw: huge request line", rawRequest("GET", "/alerts?q=" + QByteArray(MaxHeader + 1, 'q'))},
        {"raw: endless header line", "GET /alerts HTTP/1.1\r\nX-Endless: " + QByteArray(4 * MaxHeader, 'e')},
        {"raw: huge Authorization",
         rawRequest("GET", "/alerts", "Authorization: Bearer " + QByteArray(2 * MaxHeader, 'j') + "\r\n")},
        {"raw: TRACE", rawRequest("TRACE", "/alerts")},
        {"raw: CONNECT", "CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\n\r\n"},
        {"raw: absolute-form target", rawRequest("GET", "http://evil.example/alerts/../../x")},
        {"raw: asterisk target on GET", rawRequest("GET", "*")},
    };
    for (const auto &[name, raw] : raws)
        add({qs(name), raw, {}, {}, {}, {}});
    return cases;
}

void TestBadInput::shouldAnswerEveryMalformedRequestWithA4xxAndKeepServing()
{
    // Given: a running server with small limits and an alert to point routes at
    const QList<Case> cases = corpus();
    QVERIFY2(cases.size() >= 500, qPrintable(qs("only %1 cases").arg(cases.size())));
    QStringList failures;
    QElapsedTimer elapsed;
    elapsed.start();
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const Case &c = cases[i];
        // When: the malformed request is sent
        const HttpAnswer answer = send(c);
        // Then: it gets a 4xx in the error envelope (or, where the spec ignores the input, a 2xx JSON answer)
        const QJsonObject envelope = answer.json();
        QString problem;
        if (answer.status == 0)
            problem = u"no answer: " + answer.networkError;
        else if (answer.status >= 500)
            problem = qs("server error");
        else if (c.expect == Expect::Tolerated) {
            if (answer.status >= 300 || envelope.value(qs("status")).toString() != u"ok")
                problem = qs("not a 2xx JSON answer");
        } else if (answer.status < 400)
            problem = qs("accepted");
        else if (envelope.value(qs("status")).toString() != u"error"
                 || envelope.value(qs("message")).toString().isEmpty()
                 || envelope.value(qs("code")).toInt() != answer.status || !envelope.contains(qs("errors")))
            problem = qs("not the error envelope");
        if (!problem.isEmpty()) {
            failures.append(qs("%1: %2 (%3)").arg(c.name.left(120), problem, answer.describe().left(160)));
            qWarning("%s", qPrintable(failures.last()));
        }
        // And: every 50 cases, the server still serves
        if (i % 50 == 49) {
            const QString down = serving();
            QVERIFY2(down.isEmpty(), qPrintable(qs("after case %1 (%2): %3").arg(i).arg(c.name, down)));
        }
    }
    qInfo("%lld cases in %lld ms", qlonglong(cases.size()), qlonglong(elapsed.elapsed()));
    QVERIFY2(failures.isEmpty(),
             qPrintable(
                 qs("%1 of %2 cases failed (each one is in a warning above)").arg(failures.size()).arg(cases.size())));
    // And: afterwards it still answers gtg and takes a valid alert
    const QString down = serving();
    QVERIFY2(down.isEmpty(), qPrintable(down));
    QVERIFY(m_server->isRunning());
}

void TestBadInput::shouldServeLongRequestLinesWithinTheLimit_data()
{
    QTest::addColumn<int>("resourceLength");
    // A web UI's filters or a token in the query string make request lines of hundreds of bytes; the last row
    // leaves the rest of MAX_HEADER_SIZE to the request line's method, version and the headers.
    QTest::newRow("just over 200 bytes") << 200;
    QTest::newRow("a JWT's length") << 700;
    QTest::newRow("near MAX_HEADER_SIZE") << MaxHeader - 200;
}

void TestBadInput::shouldServeLongRequestLinesWithinTheLimit()
{
    QFETCH(int, resourceLength);
    // Given: an alert whose resource is that long
    const QString resource = qs("r%1-").arg(resourceLength).leftJustified(resourceLength, u'x');
    Case alert{{}, {}, "POST", qs("/alert"), {}};
    alert.body = json({{qs("resource"), resource},
                       {qs("event"), qs("LongLine")},
                       {qs("environment"), qs("Production")},
                       {qs("service"), QJsonArray{qs("Web")}},
                       {qs("severity"), qs("minor")}});
    QCOMPARE(send(alert).status, 201);

    // When: the list is filtered by that resource, the whole request line sent as is
    const QByteArray target = "/alerts?resource=" + resource.toLatin1();
    QVERIFY(target.size() > 200);
    const HttpAnswer answer = rawExchange(m_server->port(), rawRequest("GET", target));

    // Then: the filter found that alert, and only it (a request line cut anywhere would not)
    QVERIFY2(answer.status == 200, qPrintable(answer.describe().left(300)));
    const QJsonArray alerts = answer.json().value(qs("alerts")).toArray();
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.first().toObject().value(qs("resource")).toString(), resource);
}

void TestBadInput::shouldAnswerExpectContinueBeforeTheBody()
{
    // Given: a client that sends its head with `Expect: 100-continue` and holds its body back, as curl does
    const QByteArray body = json({{qs("resource"), qs("expect-continue")},
                                  {qs("event"), qs("LargeBody")},
                                  {qs("environment"), qs("Production")},
                                  {qs("service"), QJsonArray{qs("Web")}},
                                  {qs("severity"), qs("minor")},
                                  {qs("text"), QString(2048, u'x')}});
    QTcpSocket socket;
    socket.connectToHost(qs("127.0.0.1"), m_server->port());
    QVERIFY(socket.waitForConnected(CaseTimeoutMs));
    const QByteArray request = rawRequest("POST", "/alert", "Expect: 100-continue\r\n", body);
    const qsizetype headSize = request.indexOf("\r\n\r\n") + 4;
    socket.write(request.left(headSize));

    // When: it waits, far less than the second curl waits before sending anyway
    const QList<HttpAnswer> interim = readAnswers(socket, 1, 500);

    // Then: the server asks for the body with 100 Continue, and answers the whole request once it has come
    QCOMPARE(interim.size(), 1);
    QCOMPARE(interim.first().status, 100);
    socket.write(request.mid(headSize));
    const QList<HttpAnswer> answers = readAnswers(socket, 1, CaseTimeoutMs);
    QCOMPARE(answers.size(), 1);
    QVERIFY2(answers.first().status == 201, qPrintable(answers.first().describe()));
}

void TestBadInput::shouldAnswerPipelinedRequestsInOrderAndCloseWhenAsked()
{
    // Given: 60 alerts, so that a page of them with history takes longer than a trivial request
    for (int i = 0; i < 60; ++i)
        QVERIFY(serving().isEmpty());
    // And: one connection carrying 16 requests at once, heavy and light in turn, the last asking to close
    QByteArray requests;
    QList<QByteArray> sent;
    for (int i = 0; i < 16; ++i) {
        const bool heavy = i % 2 == 0;
        const QByteArray id = (heavy ? "heavy-" : "light-") + QByteArray::number(i);
        sent.append(id);
        requests += (heavy ? QByteArray("GET /alerts?page-size=100&show-history=true HTTP/1.1\r\n")
                           : QByteArray("GET /_ HTTP/1.1\r\n"))
            + "Host: 127.0.0.1\r\nX-Request-ID: " + id + "\r\n" + (i == 15 ? "Connection: close\r\n" : "") + "\r\n";
    }
    QTcpSocket socket;
    socket.connectToHost(qs("127.0.0.1"), m_server->port());
    QVERIFY(socket.waitForConnected(CaseTimeoutMs));

    // When: they are sent in one go (pipelining, RFC 9112 §9.3.2)
    socket.write(requests);
    bool closed = false;
    const QList<HttpAnswer> answers = readAnswers(socket, int(sent.size()) + 1, CaseTimeoutMs, &closed);

    // Then: every request is answered, in the order sent, and the server closes after the last one
    QList<QByteArray> order;
    for (const HttpAnswer &answer : answers) {
        QCOMPARE(answer.status, 200);
        order.append(answer.header("X-Request-ID"));
    }
    QCOMPARE(order, sent);
    QVERIFY2(closed, "the connection stayed open after Connection: close");
}

void TestBadInput::shouldCloseAfterAnsweringAnHttp10Request()
{
    // Given: an HTTP/1.0 client, which reads an answer until the connection closes
    QTcpSocket socket;
    socket.connectToHost(qs("127.0.0.1"), m_server->port());
    QVERIFY(socket.waitForConnected(CaseTimeoutMs));

    // When: it asks without keep-alive (as check_http of Nagios and Icinga does)
    socket.write("GET /management/gtg HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
    bool closed = false;
    const QList<HttpAnswer> answers = readAnswers(socket, 2, CaseTimeoutMs, &closed);

    // Then: one answer, and the connection ends (RFC 9112 §9.3)
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().status, 200);
    QVERIFY2(closed, "the connection stayed open after an HTTP/1.0 answer");
}

namespace {

/// A chunked body of `data` in chunks of `chunkSize`, with `trailer` (field lines, each ending in CRLF) after the
/// last chunk.
QByteArray chunked(const QByteArray &data, qsizetype chunkSize, const QByteArray &trailer = {})
{
    QByteArray out;
    for (qsizetype at = 0; at < data.size(); at += chunkSize) {
        const QByteArray chunk = data.mid(at, chunkSize);
        out += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    }
    return out + "0\r\n" + trailer + "\r\n";
}

/// `wire` cut after each of `cuts` (offsets from its end when negative).
QByteArrayList cutAt(const QByteArray &wire, const QList<qsizetype> &cuts)
{
    QByteArrayList pieces;
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        const qsizetype at = cut < 0 ? wire.size() + cut : cut;
        pieces.append(wire.mid(from, at - from));
        from = at;
    }
    pieces.append(wire.mid(from));
    return pieces;
}

} // namespace

void TestBadInput::shouldTakeAChunkedAlertOnceWhateverItsFraming_data()
{
    QTest::addColumn<qsizetype>("chunkSize");
    QTest::addColumn<QByteArray>("trailer");
    QTest::addColumn<QList<qsizetype>>("cuts"); ///< where the body is cut into pieces sent apart
    QTest::addColumn<int>("textSize");
    const QByteArray trailer("X-Checksum: 1234\r\nX-Sent-By: test\r\n");
    QTest::newRow("one chunk") << qsizetype(4096) << QByteArray() << QList<qsizetype>{} << 100;
    QTest::newRow("trailer fields, at once") << qsizetype(4096) << trailer << QList<qsizetype>{} << 100;
    // Qt 6.4 stops reading two bytes into a trailer section; the rest came as a new, malformed request (400).
    const qsizetype trailerAt = -qsizetype(trailer.size()) - 2;
    QTest::newRow("trailer fields, byte by byte")
        << qsizetype(4096) << trailer
        << QList<qsizetype>{trailerAt, trailerAt + 1, trailerAt + 2, trailerAt + 3, -3, -2, -1} << 100;
    QTest::newRow("trailer fields, the last CRLF apart")
        << qsizetype(4096) << trailer << QList<qsizetype>{-2, -1} << 100;
    QTest::newRow("pieces inside chunk lines")
        << qsizetype(7) << QByteArray() << QList<qsizetype>{1, 2, 5, 9, 33} << 100;
    // MAX_CONTENT_LENGTH is the body's: 4-byte chunks of a body under the limit take more than it on the wire.
    QTest::newRow("small chunks, the body under the limit and its framing over it")
        << qsizetype(4) << trailer << QList<qsizetype>{} << MaxBody * 3 / 4;
}

void TestBadInput::shouldTakeAChunkedAlertOnceWhateverItsFraming()
{
    QFETCH(qsizetype, chunkSize);
    QFETCH(QByteArray, trailer);
    QFETCH(QList<qsizetype>, cuts);
    QFETCH(int, textSize);
    // Given: an alert sent as a chunked body, in pieces that arrive apart, and a request after it on the connection
    const QString resource = qs("chunked-%1")
                                 .arg(QString::fromLatin1(QTest::currentDataTag()))
                                 .replace(QRegularExpression(qs("\\W+")), qs("-"));
    const QByteArray alert = json({{qs("resource"), resource},
                                   {qs("event"), qs("Chunked")},
                                   {qs("environment"), qs("Production")},
                                   {qs("service"), QJsonArray{qs("Web")}},
                                   {qs("text"), QString(textSize, u't')}});
    QVERIFY(alert.size() < MaxBody);
    const QByteArray body = chunked(alert, chunkSize, trailer);
    QTcpSocket socket;
    socket.connectToHost(qs("127.0.0.1"), m_server->port());
    QVERIFY(socket.waitForConnected(CaseTimeoutMs));
    socket.write("POST /alert HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                 "Transfer-Encoding: chunked\r\n\r\n");

    // When: the pieces are sent, each after the server has had time to read the one before
    for (const QByteArray &piece : cutAt(body, cuts)) {
        socket.write(piece);
        QVERIFY(socket.waitForBytesWritten(CaseTimeoutMs));
        QTest::qSleep(30);
    }
    socket.write(rawRequest("GET", "/alerts?resource=" + resource.toLatin1()));
    bool closed = false;
    const QList<HttpAnswer> answers = readAnswers(socket, 3, CaseTimeoutMs, &closed);

    // Then: the alert is taken, the request after it is answered as itself, and nothing else comes
    QCOMPARE(answers.size(), 2);
    QVERIFY2(answers[0].status == 201, qPrintable(answers[0].describe()));
    QVERIFY2(answers[1].status == 200, qPrintable(answers[1].describe()));
    QVERIFY(closed);
    // And: there is one alert, received once
    const QJsonArray alerts = answers[1].json().value(qs("alerts")).toArray();
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.first().toObject().value(qs("duplicateCount")).toInt(), 0);
    QCOMPARE(alerts.first().toObject().value(qs("text")).toString().size(), textSize);
}

void TestBadInput::shouldAnswerARefusalAfterTheAnswersBeforeIt()
{
    // Given: one connection carrying a request that takes a while, then a malformed one
    for (int i = 0; i < 60; ++i)
        QVERIFY(serving().isEmpty());
    QByteArray requests = "GET /alerts?page-size=100&show-history=true HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                          "X-Request-ID: first\r\n\r\n";
    requests += "POST /alert HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Request-ID: second\r\nContent-Type: application/json"
                "\r\nTransfer-Encoding: chunked\r\n\r\n2\n{}\r\n0\r\n\r\n";
    QTcpSocket socket;
    socket.connectToHost(qs("127.0.0.1"), m_server->port());
    QVERIFY(socket.waitForConnected(CaseTimeoutMs));

    // When: both are sent at once
    socket.write(requests);
    bool closed = false;
    const QList<HttpAnswer> answers = readAnswers(socket, 3, CaseTimeoutMs, &closed);

    // Then: the first is answered first (a client matches answers to requests by their order), then the refusal
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers[0].header("X-Request-ID"), QByteArray("first"));
    QCOMPARE(answers[0].status, 200);
    QCOMPARE(answers[1].header("X-Request-ID"), QByteArray("second"));
    QCOMPARE(answers[1].status, 400);
    QCOMPARE(answers[1].json().value(qs("errors")).toArray().first().toString(),
             qs("A chunk line does not end with CRLF"));
    QVERIFY(closed);
}

void TestBadInput::shouldRunPipelinedRequestsAfterTheChangesBeforeThem()
{
    // Given: one connection carrying two receives of an alert (large, so that they take a while) and reads of it
    const QByteArray alert = json({{qs("resource"), qs("pipelined-changes")},
                                   {qs("event"), qs("Pipelined")},
                                   {qs("environment"), qs("Production")},
                                   {qs("service"), QJsonArray{qs("Web")}},
                                   {qs("severity"), qs("major")},
                                   {qs("text"), QString(MaxBody / 2, u't')}});
    const QByteArray receive = "POST /alert HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                               "Content-Length: "
        + QByteArray::number(alert.size()) + "\r\n\r\n" + alert;
    const QByteArray read = "GET /alerts?resource=pipelined-changes HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    QTcpSocket socket;
    socket.connectToHost(qs("127.0.0.1"), m_server->port());
    QVERIFY(socket.waitForConnected(CaseTimeoutMs));

    // When: they are sent at once: receive, read, receive, read
    socket.write(receive + read + receive + read);
    const QList<HttpAnswer> answers = readAnswers(socket, 4, CaseTimeoutMs);

    // Then: each read saw the receives before it, and only those (RFC 9112 §9.3.2: only safe requests run together)
    QCOMPARE(answers.size(), 4);
    QCOMPARE(answers[0].status, 201);
    QCOMPARE(answers[2].status, 201);
    for (const int at : {1, 3}) {
        const QJsonArray alerts = answers[at].json().value(qs("alerts")).toArray();
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().toObject().value(qs("duplicateCount")).toInt(), at == 1 ? 0 : 1);
    }
}

namespace {

constexpr int TimeoutSeconds = 2;

/// A server of its own with KEEP_ALIVE_TIMEOUT and REQUEST_TIMEOUT of TimeoutSeconds (the shared one keeps the
/// defaults, so that its clients' kept-alive connections are not closed under them).
std::unique_ptr<ServerProcess> serverWithTimeouts()
{
    ServerProcess::Options options;
    options.name = qs("timeouts");
    options.extraArguments = {qs("--database"), qs("alerta.sqlite")};
    options.environment = {{qs("KEEP_ALIVE_TIMEOUT"), QString::number(TimeoutSeconds)},
                           {qs("REQUEST_TIMEOUT"), QString::number(TimeoutSeconds)}};
    return std::make_unique<ServerProcess>(options);
}

} // namespace

void TestBadInput::shouldAnswer408ToARequestThatStallsPartway_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<int>("trickleMs"); // > 0: sent a byte at a time, this far apart, without end (slowloris)
    const QByteArray head = "POST /alert HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";
    QTest::newRow("head stops") << head << 0;
    QTest::newRow("body stops") << QByteArray(head + "Content-Length: 100\r\n\r\n{\"resource\":") << 0;
    QTest::newRow("chunked body stops") << QByteArray(head + "Transfer-Encoding: chunked\r\n\r\n5\r\n{\"res\r\n") << 0;
    QTest::newRow("head trickles") << QByteArray(head + QByteArray(400, 'X')) << 200;
}

void TestBadInput::shouldAnswer408ToARequestThatStallsPartway()
{
    QFETCH(QByteArray, sent);
    QFETCH(int, trickleMs);
    const std::unique_ptr<ServerProcess> server = serverWithTimeouts();
    QVERIFY2(server->waitForPort(), qPrintable(server->failure()));

    // Given: a client that sends part of a request and then nothing (or a byte now and then)
    QTcpSocket socket;
    socket.connectToHost(qs("127.0.0.1"), server->port());
    QVERIFY(socket.waitForConnected(CaseTimeoutMs));
    QElapsedTimer elapsed;
    elapsed.start();
    QByteArray received;
    if (trickleMs == 0) {
        socket.write(sent);
    } else {
        for (qsizetype i = 0; i < sent.size() && received.isEmpty(); ++i) {
            socket.write(sent.mid(i, 1));
            socket.waitForBytesWritten(CaseTimeoutMs);
            if (socket.waitForReadyRead(trickleMs))
                received += socket.readAll();
        }
    }

    // When: REQUEST_TIMEOUT passes
    bool closed = false;
    const QList<HttpAnswer> answers =
        received.isEmpty() ? readAnswers(socket, 1, CaseTimeoutMs, &closed) : QList<HttpAnswer>();

    // Then: 408 in Alerta's envelope, and the connection ends, after the timeout and not before
    if (received.isEmpty()) {
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.first().status, 408);
        QCOMPARE(answers.first().json().value(qs("code")).toInt(), 408);
    } else {
        QVERIFY2(received.startsWith("HTTP/1.1 408 "), received.constData()); // came while it trickled
    }
    // (Qt's coarse timers, which the server's are, may fire up to 5% early)
    QVERIFY2(elapsed.elapsed() >= TimeoutSeconds * 900, qPrintable(QString::number(elapsed.elapsed())));
    QVERIFY(closed || socket.state() == QAbstractSocket::UnconnectedState || socket.waitForDisconnected(CaseTimeoutMs));
    // And the server goes on serving
    const HttpAnswer gtg = rawExchange(server->port(), "GET /management/gtg HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(gtg.status, 200);
}

void TestBadInput::shouldCloseAConnectionIdlePastKeepAliveTimeout()
{
    const std::unique_ptr<ServerProcess> server = serverWithTimeouts();
    QVERIFY2(server->waitForPort(), qPrintable(server->failure()));

    // Given: a connection that asked once and was answered, and one that never asked
    QTcpSocket asked;
    asked.connectToHost(qs("127.0.0.1"), server->port());
    QVERIFY(asked.waitForConnected(CaseTimeoutMs));
    asked.write("GET /management/gtg HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QCOMPARE(readAnswers(asked, 1, CaseTimeoutMs).value(0).status, 200);
    QTcpSocket silent;
    silent.connectToHost(qs("127.0.0.1"), server->port());
    QVERIFY(silent.waitForConnected(CaseTimeoutMs));
    QElapsedTimer elapsed;
    elapsed.start();

    // When: they stay idle past KEEP_ALIVE_TIMEOUT
    // Then: the server closes both, without a word (idle keep-alive connections may be closed at any time)
    QVERIFY(asked.waitForDisconnected(CaseTimeoutMs));
    QVERIFY(silent.state() == QAbstractSocket::UnconnectedState || silent.waitForDisconnected(CaseTimeoutMs));
    QVERIFY2(elapsed.elapsed() >= TimeoutSeconds * 900, qPrintable(QString::number(elapsed.elapsed())));
    QVERIFY(asked.readAll().isEmpty());
    QVERIFY(silent.readAll().isEmpty());
}

void TestBadInput::shouldStopAQueryPastItsDeadlineAndKeepServing()
{
    // Given: a server whose reads may take 1 s, with 300 alerts whose text a backtracking pattern is slow on
    ServerProcess::Options options;
    options.name = qs("query-deadline");
    options.authRequired = false;
    options.extraArguments = {qs("--database"), qs("alerta.sqlite")};
    options.environment = {{qs("DATABASE_QUERY_TIMEOUT"), qs("1")}};
    ServerProcess server(options);
    QVERIFY2(server.waitForPort(), qPrintable(server.failure()));
    const QString text = QString(26, u'a') + u'!';
    for (int i = 0; i < 300; ++i) {
        QNetworkRequest request{QUrl(server.url(qs("/alert")))};
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const HttpAnswer posted = HttpAnswer::await(m_network.post(request,
                                                                   json({{qs("resource"), qs("web%1").arg(i)},
                                                                         {qs("event"), qs("Slow")},
                                                                         {qs("environment"), qs("Production")},
                                                                         {qs("service"), QJsonArray{qs("Web")}},
                                                                         {qs("text"), text}})));
        QCOMPARE(posted.status, 201);
    }

    // When: a client searches them with a pattern that takes tens of milliseconds per alert
    QUrl slow(server.url(qs("/alerts")));
    slow.setQuery(qs("q=") + QString::fromLatin1(QUrl::toPercentEncoding(qs("text:/(.*a){12}!!/"))));
    const HttpAnswer stopped = HttpAnswer::await(m_network.get(QNetworkRequest(slow)), 60000);

    // Then: the query is stopped at its deadline and answered 503 in the error envelope
    QCOMPARE(stopped.error(),
             qs("503 The query ran longer than the server allows (DATABASE_QUERY_TIMEOUT) and was stopped: narrow it "
                "down with filters or a smaller page"));
    // And: the server serves the next request
    const HttpAnswer count = HttpAnswer::await(m_network.get(QNetworkRequest(QUrl(server.url(qs("/alerts/count"))))));
    QCOMPARE(count.status, 200);
    QCOMPARE(count.json().value(qs("total")).toInt(), 300);
}

QTEST_MAIN(TestBadInput)
#include "testbadinput.moc"
