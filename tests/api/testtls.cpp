// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include "tests/support/httptest.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testcertificates.h"

// alerta-server with TLS_CERT_FILE and TLS_KEY_FILE (issue 10): HTTPS and WSS with the configured certificate, the
// request guard still in front of QHttpServer, clients that do not trust the certificate refused, and a clear
// refusal to start with unusable files. The certificates are made by Debian's openssl for each run: a test
// certificate authority, a server certificate it signed for 127.0.0.1, and a second authority nobody trusts.

namespace {

constexpr int WaitMs = 20000;

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldServeHttpsWithTheConfiguredCertificate();
    void shouldGuardRequestsBehindTls();
    void shouldRefuseClientsThatDoNotTrustTheCertificate();
    void shouldNotAnswerPlainHttpOnTheTlsPort();
    void shouldStreamOverWss();
    void shouldRefuseToStartWithUnusableFiles_data();
    void shouldRefuseToStartWithUnusableFiles();

private:
    QString file(const char *name) const { return m_dir.filePath(qs(name)); }
    ServerProcess::Options tlsOptions(const QString &cert, const QString &key);
    /// A client configuration that trusts the test authority only.
    QSslConfiguration trustingTestAuthority() const;
    HttpAnswer get(const QString &url, const QSslConfiguration &ssl);
    /// POST /alert of `body` to `server`, trusting the test authority.
    HttpAnswer postAlert(const ServerProcess &server, const QByteArray &body);

    QTemporaryDir m_dir;
    TestCertificates m_certificates{m_dir.path()};
    QNetworkAccessManager m_network;
};

void TestTls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY2(m_certificates.make(), qPrintable(m_certificates.failure()));
    // Another authority's certificate for the same address, an EC key, and a file that is no PEM at all.
    QVERIFY2(m_certificates.openssl(qs("req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 "
                                       "-addext subjectAltName=IP:127.0.0.1 -keyout other.key -out other.pem")),
             qPrintable(m_certificates.failure()));
    QVERIFY2(m_certificates.openssl(qs("ecparam -name prime256v1 -genkey -noout -out ec.key")),
             qPrintable(m_certificates.failure()));
    QFile garbage(file("garbage.pem"));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("not a certificate\n");
}

ServerProcess::Options TestTls::tlsOptions(const QString &cert, const QString &key)
{
    ServerProcess::Options options;
    options.name = qs("tls");
    options.environment = {{qs("TLS_CERT_FILE"), cert}, {qs("TLS_KEY_FILE"), key}};
    return options;
}

QSslConfiguration TestTls::trustingTestAuthority() const
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromPath(m_certificates.caFile()));
    return ssl;
}

HttpAnswer TestTls::get(const QString &url, const QSslConfiguration &ssl)
{
    QNetworkRequest request{QUrl(url)};
    request.setSslConfiguration(ssl);
    QNetworkReply *reply = m_network.get(request);
    HttpTest::waitUntil([reply] { return reply->isFinished(); }, reply, &QNetworkReply::finished, WaitMs);
    const HttpAnswer answer = HttpAnswer::of(reply);
    reply->deleteLater();
    return answer;
}

HttpAnswer TestTls::postAlert(const ServerProcess &server, const QByteArray &body)
{
    QNetworkRequest post{QUrl(server.url(qs("/alert")))};
    post.setSslConfiguration(trustingTestAuthority());
    post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network.post(post, body);
    HttpTest::waitUntil([reply] { return reply->isFinished(); }, reply, &QNetworkReply::finished, WaitMs);
    const HttpAnswer answer = HttpAnswer::of(reply);
    reply->deleteLater();
    return answer;
}

void TestTls::shouldServeHttpsWithTheConfiguredCertificate()
{
    // Given: alerta-server with the test certificate
    ServerProcess server(tlsOptions(m_certificates.certFile(), m_certificates.keyFile()));
    QVERIFY2(server.waitForPort(), qPrintable(server.failure()));

    // Then: it says it serves HTTPS, and a client that trusts the test authority gets answers
    QVERIFY(server.url(qs("/")).startsWith(u"https://"));
    const HttpAnswer health = get(server.url(qs("/management/healthcheck")), trustingTestAuthority());
    QVERIFY2(health.status == 200, qPrintable(health.describe()));
    QCOMPARE(health.body, QByteArrayLiteral("OK"));

    // And: the hrefs of its answers use https
    const HttpAnswer created = postAlert(
        server,
        QByteArrayLiteral(R"({"resource":"web01","event":"HighLoad","environment":"Production","service":["Web"]})"));
    QVERIFY2(created.status == 201, qPrintable(created.describe()));
    const QString href = created.json().value(qs("alert")).toObject().value(qs("href")).toString();
    QVERIFY2(href.startsWith(server.url(qs("/alert/"))), qPrintable(href));
}

void TestTls::shouldGuardRequestsBehindTls()
{
    // Given: a TLS server
    ServerProcess server(tlsOptions(m_certificates.certFile(), m_certificates.keyFile()));
    QVERIFY2(server.waitForPort(), qPrintable(server.failure()));

    // When: a request's headers are larger than MAX_HEADER_SIZE (32 KiB)
    QNetworkRequest request{QUrl(server.url(qs("/alerts")))};
    request.setSslConfiguration(trustingTestAuthority());
    request.setRawHeader("X-Padding", QByteArray(40 * 1024, 'a'));
    QNetworkReply *reply = m_network.get(request);
    HttpTest::waitUntil([reply] { return reply->isFinished(); }, reply, &QNetworkReply::finished, WaitMs);
    const HttpAnswer answer = HttpAnswer::of(reply);
    reply->deleteLater();

    // Then: the guard answers 431 in the error envelope, decrypted requests being what it reads
    QVERIFY2(answer.status == 431, qPrintable(answer.describe()));
    QCOMPARE(answer.json().value(qs("status")).toString(), qs("error"));
}

void TestTls::shouldRefuseClientsThatDoNotTrustTheCertificate()
{
    // Given: a TLS server
    ServerProcess server(tlsOptions(m_certificates.certFile(), m_certificates.keyFile()));
    QVERIFY2(server.waitForPort(), qPrintable(server.failure()));

    // When: a client that trusts only the system's authorities, then one that trusts only another authority
    const HttpAnswer system = get(server.url(qs("/management/healthcheck")), QSslConfiguration::defaultConfiguration());
    QSslConfiguration other = QSslConfiguration::defaultConfiguration();
    other.setCaCertificates(QSslCertificate::fromPath(file("other.pem")));
    const HttpAnswer wrongAuthority = get(server.url(qs("/management/healthcheck")), other);

    // Then: neither gets an answer, and the server goes on serving clients that trust it
    QCOMPARE(system.status, 0);
    QVERIFY2(!system.networkError.isEmpty(), "no TLS error");
    QCOMPARE(wrongAuthority.status, 0);
    QVERIFY(!wrongAuthority.networkError.isEmpty());
    m_network.clearConnectionCache(); // else Qt reuses the refused connection's TLS set-up for this host and port
    const HttpAnswer trusting = get(server.url(qs("/management/healthcheck")), trustingTestAuthority());
    QVERIFY2(trusting.status == 200, qPrintable(trusting.describe() + u'\n' + server.logTail()));
}

void TestTls::shouldNotAnswerPlainHttpOnTheTlsPort()
{
    // Given: a TLS server
    ServerProcess server(tlsOptions(m_certificates.certFile(), m_certificates.keyFile()));
    QVERIFY2(server.waitForPort(), qPrintable(server.failure()));

    // When: a client speaks plain HTTP to it
    QTcpSocket plain;
    plain.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(plain.waitForConnected(WaitMs));
    plain.write("GET /management/healthcheck HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    plain.waitForReadyRead(2000);
    const QByteArray received = plain.readAll();

    // Then: no HTTP answer comes back (at most a TLS alert), and the server still serves TLS clients
    QVERIFY2(!received.startsWith("HTTP/"), received.constData());
    QCOMPARE(get(server.url(qs("/management/healthcheck")), trustingTestAuthority()).status, 200);
}

void TestTls::shouldStreamOverWss()
{
    // Given: a TLS server and a WebSocket client that trusts it
    ServerProcess server(tlsOptions(m_certificates.certFile(), m_certificates.keyFile()));
    QVERIFY2(server.waitForPort(), qPrintable(server.failure()));
    QWebSocket socket;
    socket.setSslConfiguration(trustingTestAuthority());
    QList<QString> messages;
    connect(&socket, &QWebSocket::textMessageReceived, this, [&messages](const QString &m) { messages.append(m); });

    // When: it opens wss://…/stream and an alert is received
    socket.open(QUrl(qs("wss://127.0.0.1:%1/stream").arg(server.port())));
    QVERIFY(HttpTest::waitUntil([&socket] { return socket.state() == QAbstractSocket::ConnectedState; },
                                &socket,
                                &QWebSocket::stateChanged,
                                WaitMs));
    QVERIFY(HttpTest::waitUntil([&messages] { return !messages.isEmpty(); },
                                &socket,
                                &QWebSocket::textMessageReceived,
                                WaitMs));
    QCOMPARE(
        postAlert(server,
                  QByteArrayLiteral(R"({"resource":"db01","event":"Lag","environment":"Production","service":["Db"]})"))
            .status,
        201);

    // Then: the change arrives over the encrypted stream, with https hrefs
    QVERIFY(HttpTest::waitUntil([&messages] { return messages.last().contains(u"db01"); },
                                &socket,
                                &QWebSocket::textMessageReceived,
                                WaitMs));
    QVERIFY2(messages.last().contains(u"https://127.0.0.1"), qPrintable(messages.last()));
}

void TestTls::shouldRefuseToStartWithUnusableFiles_data()
{
    QTest::addColumn<QString>("cert");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("message");

    const QString dir = m_dir.path() + u'/';
    QTest::newRow("certificate without key")
        << dir + u"server.pem" << QString() << qs("TLS_CERT_FILE and TLS_KEY_FILE go together");
    QTest::newRow("key without certificate")
        << QString() << dir + u"server.key" << qs("TLS_CERT_FILE and TLS_KEY_FILE go together");
    QTest::newRow("missing certificate file") << dir + u"missing.pem" << dir + u"server.key" << qs("TLS_CERT_FILE");
    QTest::newRow("not a certificate") << dir + u"garbage.pem" << dir + u"server.key" << qs("no PEM certificate");
    QTest::newRow("not a key") << dir + u"server.pem" << dir + u"garbage.pem" << qs("TLS_KEY_FILE");
    QTest::newRow("EC key for an RSA certificate")
        << dir + u"server.pem" << dir + u"ec.key" << qs("differs from the key of TLS_CERT_FILE");
}

void TestTls::shouldRefuseToStartWithUnusableFiles()
{
    QFETCH(QString, cert);
    QFETCH(QString, key);
    QFETCH(QString, message);

    // When: alerta-server starts with these files
    ServerProcess server(tlsOptions(cert, key));

    // Then: it does not serve, and says which setting is wrong
    QVERIFY(!server.waitForPort());
    QVERIFY2(server.logTail().contains(message), qPrintable(server.logTail()));
}

QTEST_GUILESS_MAIN(TestTls)
#include "testtls.moc"
