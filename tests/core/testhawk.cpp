// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QTest>

#include "core/hawk.h"
#include "tests/support/testtext.h"

Q_DECLARE_METATYPE(Hawk::Target)

// Hawk request signing (spec §5.1 #2): the MAC and payload hash against the examples the Hawk protocol publishes,
// header parsing and its refusals, and every check of HawkVerifier (MAC, body hash, time stamp skew, replays).

namespace {

// The Hawk protocol's README (github.com/mozilla/hawk, "Protocol Example" and "Payload Validation"), whose client
// signs GET and POST http://example.com:8000/resource/1?b=1&a=2 at ts 1353832234 with nonce j4h3g2.
const QByteArray ExampleSecret = "werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn";
const QByteArray ExampleMacGet = "6R4rV5iE+NPoym+WwjeHzjAGXUtLNIxmo1vpMofpLAE=";
const QByteArray ExamplePayloadHash = "Yi9LfIIFRtBEPt74PVmbTF/xVAwPn7ub15ePICfgnuY=";
const QByteArray ExampleMacPost = "aSe1DERmZuRl3pI36/9BdZmnErTw3sNzOOAUlfeKjVw=";

Hawk::Header exampleHeader()
{
    Hawk::Header h;
    h.id = qs("dh37fgj492je");
    h.ts = "1353832234";
    h.nonce = "j4h3g2";
    h.ext = "some-app-ext-data";
    return h;
}

Hawk::Target exampleTarget(const QByteArray &method)
{
    return Hawk::Target{method, "/resource/1?b=1&a=2", "example.com", 8000};
}

constexpr qint64 Now = 1'800'000'000; // seconds
const QByteArray Secret = "MjM0ODU4NGI1YWQxZWMyYzcxNjAxZDA4MzczNGQ1M2IK";
const Hawk::Target Alerts{"POST", "/api/alert", "alerta.example", 443};
const QByteArray Body = R"({"resource":"web01","event":"down"})";

/// The header attributes (what follows `Hawk `) a client holding `secret` sends for `target` and `body` at `ts`.
QByteArray sign(const Hawk::Target &target,
                const QByteArray &body,
                qint64 ts,
                const QByteArray &nonce = "Xa5kq1",
                const QByteArray &secret = Secret,
                const QByteArray &contentType = "application/json")
{
    const Hawk::Credential credential{qs("cli"), secret, qs("sha256")};
    return Hawk::authorization(credential, target, contentType, body, ts, nonce).mid(int(sizeof("Hawk")));
}

HawkVerifier verifier()
{
    return HawkVerifier({Hawk::Credential{qs("cli"), Secret, qs("sha256")}});
}

QString outcome(const Result<QString> &result)
{
    return result ? result.value() : QString::number(result.error().code) + u' ' + result.error().message;
}

} // namespace

class TestHawk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldComputeThePublishedExampleMacs();
    void shouldHashTheMediaTypeAlone_data();
    void shouldHashTheMediaTypeAlone();
    void shouldParseAHeader();
    void shouldRefuseMalformedHeaders_data();
    void shouldRefuseMalformedHeaders();
    void shouldVerifyRequests_data();
    void shouldVerifyRequests();
    void shouldRefuseAReplayedRequest();
    void shouldRecheckWithoutTimeOrReplayChecks();
    void shouldRefuseWithServiceUnavailableWhileItsMemoryIsFull();
};

void TestHawk::shouldComputeThePublishedExampleMacs()
{
    // Given: the protocol's example credentials and request
    Hawk::Header header = exampleHeader();
    // When: the GET is signed, without a payload hash
    // Then: the MAC is the published one
    QCOMPARE(Hawk::mac(QCryptographicHash::Sha256, ExampleSecret, header, exampleTarget("GET")), ExampleMacGet);
    // When: the POST's body is hashed and the POST signed
    header.hash = Hawk::payloadHash(QCryptographicHash::Sha256, "text/plain", "Thank you for flying Hawk");
    // Then: both are the published ones
    QCOMPARE(header.hash, ExamplePayloadHash);
    QCOMPARE(Hawk::mac(QCryptographicHash::Sha256, ExampleSecret, header, exampleTarget("POST")), ExampleMacPost);
}

void TestHawk::shouldHashTheMediaTypeAlone_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("as is") << QByteArray("text/plain");
    QTest::newRow("parameters") << QByteArray("text/plain; charset=utf-8");
    QTest::newRow("case and spaces") << QByteArray(" Text/Plain ;charset=UTF-8");
}

void TestHawk::shouldHashTheMediaTypeAlone()
{
    QFETCH(QByteArray, contentType);
    // Given/When: the example payload hashed with this Content-Type header
    // Then: the hash is that of `text/plain`, as mohawk hashes Flask's mimetype
    QCOMPARE(Hawk::payloadHash(QCryptographicHash::Sha256, contentType, "Thank you for flying Hawk"),
             ExamplePayloadHash);
}

void TestHawk::shouldParseAHeader()
{
    // Given: a header as the alerta CLI's library writes it, with extra spaces
    const QByteArray text = R"(id="cli", ts="1353832234",nonce="j4h3g2" ,  hash="a+b/c=", ext="x y", mac="m==")";
    // When: it is parsed
    const Result<Hawk::Header> h = Hawk::parseHeader(text);
    // Then: every attribute is read
    QVERIFY2(h.ok(), qPrintable(h ? QString() : h.error().message));
    QCOMPARE(h->id, qs("cli"));
    QCOMPARE(h->ts, QByteArray("1353832234"));
    QCOMPARE(h->nonce, QByteArray("j4h3g2"));
    QCOMPARE(h->hash, QByteArray("a+b/c="));
    QCOMPARE(h->ext, QByteArray("x y"));
    QCOMPARE(h->mac, QByteArray("m=="));
}

void TestHawk::shouldRefuseMalformedHeaders_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    const auto row = [](const char *name, const QByteArray &text, const char *error) {
        QTest::newRow(name) << text << qs(error);
    };
    row("no ts", R"(id="a", nonce="n", mac="m")", "'ts' is missing");
    row("no id", R"(ts="1", nonce="n", mac="m")", "'id' is missing");
    row("no nonce", R"(id="a", ts="1", mac="m")", "'nonce' is missing");
    row("no mac", R"(id="a", ts="1", nonce="n")", "'mac' is missing");
    row("ts not an integer", R"(id="a", ts="soon", nonce="n", mac="m")", "'ts' is not an integer");
    row("unknown attribute", R"(id="a", ts="1", nonce="n", mac="m", user="root")", "unknown attribute 'user'");
    row("attribute twice", R"(id="a", ts="1", nonce="n", mac="m", id="b")", "'id' appears twice");
    row("unquoted value", R"(id=a, ts="1", nonce="n", mac="m")", "expected name=\"value\" at offset 0");
    row("backslash in a value",
        R"(id="a\", ts="1", nonce="n", mac="m")",
        "the value of 'id' has a character it may not have, or no closing quote");
    row("no closing quote", R"(id="a)", "the value of 'id' has a character it may not have, or no closing quote");
    row("no comma", R"(id="a" ts="1", nonce="n", mac="m")", "expected a comma at offset 7");
    row("too long",
        R"(id="a", ts="1", nonce="n", mac="m", ext=")" + QByteArray(4096, 'x') + '"',
        "longer than 4096 bytes");
}

void TestHawk::shouldRefuseMalformedHeaders()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    // Given/When: a malformed header is parsed
    const Result<Hawk::Header> h = Hawk::parseHeader(text);
    // Then: it is refused, saying why
    QVERIFY(!h);
    QCOMPARE(h.error().code, 401);
    QCOMPARE(h.error().message, qs("Invalid Hawk authorization header: ") + error);
}

void TestHawk::shouldVerifyRequests_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<Hawk::Target>("target"); // what the server received
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("outcome"); // the id, or the error
    const auto row = [](const char *name,
                        const QByteArray &header,
                        const Hawk::Target &target,
                        const QByteArray &body,
                        const char *expected,
                        const QByteArray &contentType = "application/json") {
        QTest::newRow(name) << header << target << contentType << body << qs(expected);
    };
    row("signed", sign(Alerts, Body, Now), Alerts, Body, "cli");
    row("content type with parameters",
        sign(Alerts, Body, Now),
        Alerts,
        Body,
        "cli",
        "application/json; charset=utf-8");
    // The alerta CLI sends `Content-Type: application/json` with every request, GETs too, and hashes it.
    const Hawk::Target list{"GET", "/api/alerts?status=open", "alerta.example", 443};
    row("GET with a JSON content type and no body", sign(list, {}, Now), list, {}, "cli");
    row("300 s behind", sign(Alerts, Body, Now - 300), Alerts, Body, "cli");
    row("300 s ahead", sign(Alerts, Body, Now + 300), Alerts, Body, "cli");
    row("301 s behind",
        sign(Alerts, Body, Now - 301),
        Alerts,
        Body,
        "401 Hawk timestamp 1799999699 is more than 300 seconds from the server's time, 1800000000");
    row("301 s ahead",
        sign(Alerts, Body, Now + 301),
        Alerts,
        Body,
        "401 Hawk timestamp 1800000301 is more than 300 seconds from the server's time, 1800000000");
    row("wrong secret", sign(Alerts, Body, Now, "Xa5kq1", "guess"), Alerts, Body, "401 Hawk MACs do not match");
    row("other method",
        sign(Alerts, Body, Now),
        Hawk::Target{"PUT", Alerts.resource, Alerts.host, Alerts.port},
        Body,
        "401 Hawk MACs do not match");
    row("other path",
        sign(Alerts, Body, Now),
        Hawk::Target{Alerts.method, "/api/alert?x=1", Alerts.host, Alerts.port},
        Body,
        "401 Hawk MACs do not match");
    row("other host",
        sign(Alerts, Body, Now),
        Hawk::Target{Alerts.method, Alerts.resource, "evil.example", Alerts.port},
        Body,
        "401 Hawk MACs do not match");
    row("other port",
        sign(Alerts, Body, Now),
        Hawk::Target{Alerts.method, Alerts.resource, Alerts.host, 80},
        Body,
        "401 Hawk MACs do not match");
    row("other body",
        sign(Alerts, Body, Now),
        Alerts,
        R"({"resource":"db01","event":"down"})",
        "401 Hawk payload hash does not match the request's body");
    row("other content type",
        sign(Alerts, Body, Now),
        Alerts,
        Body,
        "401 Hawk payload hash does not match the request's body",
        "text/plain");
    row("unknown id",
        QByteArray(sign(Alerts, Body, Now)).replace("id=\"cli\"", "id=\"root\""),
        Alerts,
        Body,
        "401 Could not find credentials for Hawk ID 'root'");
    row("malformed", "id=\"cli\"", Alerts, Body, "401 Invalid Hawk authorization header: 'ts' is missing");

    // A header without a hash: its MAC then covers no body, which is only right for a request without one.
    Hawk::Header bare;
    bare.id = qs("cli");
    bare.ts = QByteArray::number(Now);
    bare.nonce = "k9";
    const Hawk::Target get{"GET", "/alerts?status=open", "alerta.example", 443};
    bare.mac = Hawk::mac(QCryptographicHash::Sha256, Secret, bare, get);
    const QByteArray bareHeader = "id=\"cli\", ts=\"" + bare.ts + "\", nonce=\"k9\", mac=\"" + bare.mac + "\"";
    row("no hash, no body", bareHeader, get, {}, "cli", {});
    row("no hash, a body", bareHeader, get, Body, "401 Hawk header has no hash of the request's body");
}

void TestHawk::shouldVerifyRequests()
{
    QFETCH(QByteArray, header);
    QFETCH(Hawk::Target, target);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, outcome);
    // Given: HMAC_AUTH_CREDENTIALS with the id `cli`, and the server's clock at Now
    const HawkVerifier hawk = verifier();
    // When: a request comes with the header
    // Then: it is the signer's, or refused with 401, saying why
    QCOMPARE(::outcome(hawk.verify(header, target, contentType, body, Now * 1000)), outcome);
}

void TestHawk::shouldRefuseAReplayedRequest()
{
    // Given: a request that was accepted
    const HawkVerifier hawk = verifier();
    const QByteArray header = sign(Alerts, Body, Now);
    QCOMPARE(outcome(hawk.verify(header, Alerts, "application/json", Body, Now * 1000)), qs("cli"));
    // When: the very same request comes again, within the time stamp's window
    // Then: refused
    QCOMPARE(outcome(hawk.verify(header, Alerts, "application/json", Body, (Now + 200) * 1000)),
             qs("401 Hawk request replayed: its signature was already used"));
    // And: the same request with another nonce (a client's next request) is accepted
    QCOMPARE(outcome(hawk.verify(sign(Alerts, Body, Now, "Yb6lr2"), Alerts, "application/json", Body, Now * 1000)),
             qs("cli"));
    // And: so is a request alike from another verifier (another server instance), which shares no memory
    QCOMPARE(outcome(verifier().verify(header, Alerts, "application/json", Body, Now * 1000)), qs("cli"));
}

void TestHawk::shouldRecheckWithoutTimeOrReplayChecks()
{
    // Given: a stream's request, accepted when it came
    const HawkVerifier hawk = verifier();
    const QByteArray header = sign(Alerts, Body, Now);
    QCOMPARE(outcome(hawk.verify(header, Alerts, "application/json", Body, Now * 1000)), qs("cli"));
    // When: the stream checks it again an hour later
    const qint64 later = (Now + 3600) * 1000;
    // Then: it still holds
    QCOMPARE(outcome(hawk.verify(header, Alerts, "application/json", Body, later, HawkVerifier::Check::Recheck)),
             qs("cli"));
    // And: a request signed with another secret does not
    QCOMPARE(outcome(hawk.verify(sign(Alerts, Body, Now, "Xa5kq1", "guess"),
                                 Alerts,
                                 "application/json",
                                 Body,
                                 later,
                                 HawkVerifier::Check::Recheck)),
             qs("401 Hawk MACs do not match"));
}

void TestHawk::shouldRefuseWithServiceUnavailableWhileItsMemoryIsFull()
{
    // Given: a verifier that remembers two signatures, both taken by requests stamped Now
    const HawkVerifier hawk({Hawk::Credential{qs("cli"), Secret, qs("sha256")}}, std::chrono::seconds(300), 2);
    for (const QByteArray nonce : {"a1", "b2"})
        QCOMPARE(outcome(hawk.verify(sign(Alerts, Body, Now, nonce), Alerts, "application/json", Body, Now * 1000)),
                 qs("cli"));
    // When: a third signed request comes while their time stamps are still in the window
    // Then: 503, saying why; a replay of the first is still recognised as one
    QCOMPARE(outcome(hawk.verify(sign(Alerts, Body, Now, "c3"), Alerts, "application/json", Body, (Now + 2) * 1000)),
             qs("503 Too many Hawk-signed requests in the last 600 seconds"));
    QCOMPARE(outcome(hawk.verify(sign(Alerts, Body, Now, "a1"), Alerts, "application/json", Body, (Now + 2) * 1000)),
             qs("401 Hawk request replayed: its signature was already used"));
    // When: their time stamps have left the window (Now + 300 s) and a request stamped then comes
    // Then: they are forgotten, and it is accepted
    const qint64 later = Now + 301;
    QCOMPARE(outcome(hawk.verify(sign(Alerts, Body, later, "d4"), Alerts, "application/json", Body, later * 1000)),
             qs("cli"));
}

QTEST_GUILESS_MAIN(TestHawk)
#include "testhawk.moc"
