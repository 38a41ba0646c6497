// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "core/client/remotebackend.h"
#include "tests/support/backendmirror.h"
#include "tests/support/httptest.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testcertificates.h"
#include "tests/support/testtext.h"

#include <memory>

// RemoteBackend against real alerta-server processes on loopback (SQLite in a temp dir): the stream, the polling
// that upstream Alerta needs (a server started with --no-stream answers /stream with 404 as upstream does), server
// restarts, dead and silent servers, refused credentials.

namespace {

constexpr int WaitMs = 30000;

/// A test's own HTTP client: what another operator or a monitoring tool does to the server meanwhile.
class Client
{
public:
    /// `caFile`: the PEM file of the authority to trust for an https root.
    explicit Client(QString root, const QString &caFile = {})
        : m_root(std::move(root))
        , m_ssl(QSslConfiguration::defaultConfiguration())
    {
        if (!caFile.isEmpty())
            m_ssl.setCaCertificates(QSslCertificate::fromPath(caFile));
    }

    QString post(const QString &resource,
                 const QString &severity = qs("major"),
                 const QString &environment = qs("Production"))
    {
        const QJsonObject alert{{qs("resource"), resource},
                                {qs("event"), qs("HighLoad")},
                                {qs("environment"), environment},
                                {qs("severity"), severity},
                                {qs("service"), QJsonArray{qs("Web")}},
                                {qs("text"), qs("load is high")}};
        const HttpAnswer answer = send("POST", qs("/alert"), alert);
        return answer.json().value(qs("id")).toString();
    }
    int action(const QString &id, const QString &action)
    {
        return send("PUT", u"/alert/" + id + u"/action", {{qs("action"), action}}).status;
    }
    /// "id:status" of every alert the server lists for `query`, sorted.
    QStringList summary(const QString &query = qs("status=open&status=ack"))
    {
        QNetworkRequest request(QUrl(m_root + u"/alerts?page-size=10000&" + query));
        request.setSslConfiguration(m_ssl);
        const HttpAnswer answer = HttpAnswer::await(m_network.get(request));
        QStringList lines;
        for (const QJsonValue &v : answer.json().value(qs("alerts")).toArray())
            lines.append(v[qs("id")].toString() + u':' + v[qs("status")].toString());
        lines.sort();
        return lines;
    }

private:
    HttpAnswer send(const QByteArray &verb, const QString &path, const QJsonObject &body)
    {
        QNetworkRequest request(QUrl(m_root + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setSslConfiguration(m_ssl);
        return HttpAnswer::await(m_network.sendCustomRequest(request, verb, QJsonDocument(body).toJson()));
    }

    QString m_root;
    QSslConfiguration m_ssl;
    QNetworkAccessManager m_network;
};

RemoteBackendOptions fastOptions(quint16 port, RemoteBackendOptions::Transport transport)
{
    RemoteBackendOptions o;
    o.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    o.transport = transport;
    o.pollInterval = std::chrono::milliseconds(100);
    o.fullRefreshEvery = 3;
    o.requestTimeout = std::chrono::milliseconds(3000);
    o.minReconnectDelay = std::chrono::milliseconds(100);
    o.maxReconnectDelay = std::chrono::milliseconds(400);
    return o;
}

} // namespace

class TestRemoteBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldFollowTheLiveStream();
    void shouldPollAServerWithoutStream();
    void shouldResyncAfterTheServerRestarts_data();
    void shouldResyncAfterTheServerRestarts();
    void shouldKeepRetryingADeadServerWithoutBlocking();
    void shouldTimeOutASilentServer();
    void shouldFailWhenTheServerRefusesTheCredentials();
    void shouldLogInWithAPassword();
    void shouldReportCommandFailuresPerAlert();
    void shouldTrustAPrivateCaOnlyWhenGiven();

private:
    /// A server on a fresh SQLite database in m_dir; `name` tells the databases apart.
    std::unique_ptr<ServerProcess> startServer(const QString &name,
                                               QStringList extraArguments = {},
                                               bool authRequired = false,
                                               const QString &listen = qs("127.0.0.1:0"),
                                               const QMap<QString, QString> &environment = {});
    QString databasePath(const QString &name) const { return m_dir.filePath(name + u".sqlite"); }

    QTemporaryDir m_dir;
};

void TestRemoteBackend::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo(QStringLiteral(ALERTA_SERVER_PATH)).isExecutable());
}

std::unique_ptr<ServerProcess> TestRemoteBackend::startServer(const QString &name,
                                                              QStringList extraArguments,
                                                              bool authRequired,
                                                              const QString &listen,
                                                              const QMap<QString, QString> &environment)
{
    ServerProcess::Options options;
    options.environment = environment;
    options.name = name;
    options.authRequired = authRequired;
    options.listen = listen;
    options.extraArguments = QStringList{qs("--database"), databasePath(name)} + extraArguments;
    auto server = std::make_unique<ServerProcess>(options);
    if (!server->waitForPort()) {
        qWarning().noquote() << server->failure();
        return nullptr;
    }
    return server;
}

void TestRemoteBackend::shouldFollowTheLiveStream()
{
    // Given: a server with two open alerts, and a console connected to it
    const auto server = startServer(qs("stream"));
    QVERIFY(server);
    Client other(server->url({}));
    const QString web01 = other.post(qs("web01"));
    const QString web02 = other.post(qs("web02"));
    RemoteBackend backend(fastOptions(server->port(), RemoteBackendOptions::Transport::Auto));
    BackendMirror mirror(backend);
    backend.start();
    QTRY_COMPARE_WITH_TIMEOUT(backend.state(), AlertBackend::State::Live, WaitMs);
    QTRY_COMPARE(mirror.shown.size(), 2);
    QVERIFY(!backend.pollingFallback());
    QCOMPARE(backend.alarmModel().severityColors.value(qs("critical")), qs("red"));

    // When: a monitoring tool sends another alert
    const QString web03 = other.post(qs("web03"));
    // Then: it appears without any poll
    QTRY_VERIFY_WITH_TIMEOUT(mirror.shown.contains(web03), WaitMs);

    // When: this console acknowledges one
    auto acked = backend.run(AlertCommand::act(qs("ack"), qs("on it")), {web01});
    QTRY_VERIFY(acked.isFinished());
    QVERIFY(acked.result().ok());
    QCOMPARE(acked.result()->succeeded, QStringList{web01});
    // Then: the stream brings the new status
    QTRY_COMPARE_WITH_TIMEOUT(mirror.statusOf(web01), qs("ack"), WaitMs);

    // When: another operator closes one
    QCOMPARE(other.action(web02, qs("close")), 200);
    // Then: it leaves the default view (open + ack)
    QTRY_VERIFY_WITH_TIMEOUT(!mirror.shown.contains(web02), WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(mirror.summary(), other.summary(), WaitMs);

    // When: the filter changes to closed alerts
    AlertFilter closed;
    closed.statuses = {qs("closed")};
    const int resetsBefore = mirror.resets;
    backend.setFilter(closed);
    // Then: a new list replaces the old one
    QTRY_COMPARE_WITH_TIMEOUT(mirror.resets, resetsBefore + 1, WaitMs);
    QCOMPARE(mirror.summary(), QStringList{web02 + qs(":closed")});
    QCOMPARE(backend.state(), AlertBackend::State::Live);

    // And: the counts and ids of "everything matching" agree with the server
    AlertFilter open;
    auto count = backend.countMatching(open);
    auto ids = backend.idsMatching(open);
    QTRY_VERIFY(count.isFinished() && ids.isFinished());
    QCOMPARE(count.result().value(), 2);
    QStringList expected{web01, web03};
    QStringList got = ids.result().value();
    expected.sort();
    got.sort();
    QCOMPARE(got, expected);
}

void TestRemoteBackend::shouldPollAServerWithoutStream()
{
    // Given: a server that, like upstream Alerta, has no /stream
    const auto server = startServer(qs("nostream"), {qs("--no-stream")});
    QVERIFY(server);
    Client other(server->url({}));
    const QString db01 = other.post(qs("db01"));
    RemoteBackend backend(fastOptions(server->port(), RemoteBackendOptions::Transport::Auto));
    BackendMirror mirror(backend);

    // When: the console connects
    backend.start();
    // Then: it falls back to polling
    QTRY_COMPARE_WITH_TIMEOUT(backend.state(), AlertBackend::State::Polling, WaitMs);
    QVERIFY(backend.pollingFallback());
    QCOMPARE(mirror.summary(), QStringList{db01 + qs(":open")});

    // When: an alert arrives, another operator closes one, this console acknowledges one
    const QString db02 = other.post(qs("db02"));
    QTRY_VERIFY_WITH_TIMEOUT(mirror.shown.contains(db02), WaitMs);
    QCOMPARE(other.action(db01, qs("close")), 200);
    auto acked = backend.run(AlertCommand::act(qs("ack")), {db02});
    // Then: all three show, the close at the latest with the next full refresh
    QTRY_COMPARE_WITH_TIMEOUT(mirror.statusOf(db02), qs("ack"), WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!mirror.shown.contains(db01), WaitMs);
    QCOMPARE(mirror.summary(), other.summary());
    QCOMPARE(mirror.resets, 1);
    QVERIFY(acked.isFinished());
}

void TestRemoteBackend::shouldResyncAfterTheServerRestarts_data()
{
    QTest::addColumn<RemoteBackendOptions::Transport>("transport");
    QTest::addColumn<AlertBackend::State>("live");
    QTest::newRow("stream") << RemoteBackendOptions::Transport::Stream << AlertBackend::State::Live;
    QTest::newRow("polling") << RemoteBackendOptions::Transport::Polling << AlertBackend::State::Polling;
}

void TestRemoteBackend::shouldResyncAfterTheServerRestarts()
{
    QFETCH(RemoteBackendOptions::Transport, transport);
    QFETCH(AlertBackend::State, live);
    const QString name = u"restart-" + QString::fromLatin1(QTest::currentDataTag());

    // Given: a console live on a server with two alerts
    auto server = startServer(name);
    QVERIFY(server);
    const quint16 port = server->port();
    const QString app01 = Client(server->url({})).post(qs("app01"));
    const QString app02 = Client(server->url({})).post(qs("app02"));
    RemoteBackend backend(fastOptions(port, transport));
    BackendMirror mirror(backend);
    backend.start();
    QTRY_COMPARE_WITH_TIMEOUT(backend.state(), live, WaitMs);
    QTRY_COMPARE(mirror.shown.size(), 2);

    // When: the server dies, and comes back on the same port and database with changes the console has not seen
    server->kill();
    QTRY_COMPARE_WITH_TIMEOUT(backend.state(), AlertBackend::State::Reconnecting, WaitMs);
    QVERIFY(!backend.stateMessage().isEmpty());
    QCOMPARE(mirror.shown.size(), 2); // the last list stays shown meanwhile
    server = startServer(name, {}, false, QStringLiteral("127.0.0.1:%1").arg(port));
    QVERIFY(server);
    Client other(server->url({}));
    const QString app03 = other.post(qs("app03"));
    QCOMPARE(other.action(app01, qs("close")), 200);
    QCOMPARE(other.action(app02, qs("ack")), 200);

    // Then: the console reconnects and shows exactly what the server has, as changes (no reset)
    QTRY_COMPARE_WITH_TIMEOUT(backend.state(), live, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(mirror.summary(), other.summary(), WaitMs);
    QVERIFY(mirror.shown.contains(app03));
    QCOMPARE(mirror.resets, 1);

    // And: it stays live after the restart
    const QString app04 = other.post(qs("app04"));
    QTRY_VERIFY_WITH_TIMEOUT(mirror.shown.contains(app04), WaitMs);
}

void TestRemoteBackend::shouldKeepRetryingADeadServerWithoutBlocking()
{
    // Given: a port nobody listens on
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    RemoteBackend backend(fastOptions(port, RemoteBackendOptions::Transport::Auto));
    BackendMirror mirror(backend);

    // When: the console connects, while a 10 ms timer stands for the GUI's event loop
    int ticks = 0;
    QTimer gui;
    gui.setInterval(10);
    connect(&gui, &QTimer::timeout, &gui, [&ticks] { ++ticks; });
    gui.start();
    QElapsedTimer clock;
    clock.start();
    backend.start();

    // Then: it says why, and keeps trying (Connecting → Reconnecting, again and again)
    QTRY_COMPARE_WITH_TIMEOUT(backend.state(), AlertBackend::State::Reconnecting, WaitMs);
    QVERIFY2(backend.stateMessage().contains(qs("refused"), Qt::CaseInsensitive), qPrintable(backend.stateMessage()));
    QTest::qWait(1000);
    // And: the event loop kept running all along (no blocking call): at least half the ticks came
    QVERIFY2(ticks >= clock.elapsed() / 10 / 2,
             qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(ticks).arg(clock.elapsed())));
    QVERIFY(mirror.states.count(AlertBackend::State::Reconnecting) >= 1);
    QCOMPARE(mirror.resets, 0);
}

void TestRemoteBackend::shouldTimeOutASilentServer()
{
    // Given: a server that accepts connections and never answers
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, &silent, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            held.append(socket);
    });
    RemoteBackendOptions options = fastOptions(silent.serverPort(), RemoteBackendOptions::Transport::Auto);
    options.requestTimeout = std::chrono::milliseconds(300);
    RemoteBackend backend(options);

    // When: the console connects
    backend.start();

    // Then: the request times out and the console says so, instead of waiting forever
    QTRY_COMPARE_WITH_TIMEOUT(backend.state(), AlertBackend::State::Reconnecting, WaitMs);
    QVERIFY2(backend.stateMessage().contains(qs("did not answer")), qPrintable(backend.stateMessage()));
    QVERIFY(!held.isEmpty());
}

void TestRemoteBackend::shouldFailWhenTheServerRefusesTheCredentials()
{
    // Given: a server that requires credentials, and a console with a key it does not know
    const auto server = startServer(qs("auth-key"), {}, true);
    QVERIFY(server);
    RemoteBackendOptions options = fastOptions(server->port(), RemoteBackendOptions::Transport::Auto);
    options.auth = RemoteBackendOptions::Auth::ApiKey;
    options.apiKey = qs("not-a-key-of-this-server");
    RemoteBackend backend(options);

    // When: it connects
    backend.start();

    // Then: it stops with the server's message instead of retrying forever
    QTRY_COMPARE_WITH_TIMEOUT(backend.state(), AlertBackend::State::Failed, WaitMs);
    QVERIFY2(backend.stateMessage().contains(qs("invalid"), Qt::CaseInsensitive), qPrintable(backend.stateMessage()));
}

void TestRemoteBackend::shouldLogInWithAPassword()
{
    // Given: a user created with the server's CLI
    const QString login = qs("operator@example.test");
    const QString password = qs("correct horse battery staple");
    ServerProcess::Options cli;
    cli.authRequired = true;
    cli.extraArguments = {qs("--database"), databasePath(qs("auth-password"))};
    QString failure;
    runServerCommand(cli,
                     {qs("user"), qs("--login"), login, qs("--password"), qs("-")},
                     password.toUtf8() + '\n',
                     &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const auto server = startServer(qs("auth-password"), {}, true);
    QVERIFY(server);
    RemoteBackendOptions options = fastOptions(server->port(), RemoteBackendOptions::Transport::Auto);
    options.auth = RemoteBackendOptions::Auth::Password;
    options.username = login;
    options.password = password;
    RemoteBackend backend(options);
    QSignalSpy tokens(&backend, &AlertBackend::tokenIssued);

    // When: the console connects
    backend.start();

    // Then: it logs in, goes live on the stream with the token, and hands the token over for the keychain
    QTRY_COMPARE_WITH_TIMEOUT(backend.state(), AlertBackend::State::Live, WaitMs);
    QCOMPARE(tokens.size(), 1);
    QCOMPARE(tokens.at(0).at(0).toString().count(u'.'), 2); // a JWT
    QCOMPARE(backend.userName(), login);

    // And: a wrong password fails with the server's message
    options.password = qs("wrong");
    RemoteBackend refused(options);
    refused.start();
    QTRY_COMPARE_WITH_TIMEOUT(refused.state(), AlertBackend::State::Failed, WaitMs);
    QCOMPARE(refused.stateMessage(), qs("Invalid username or password"));
}

void TestRemoteBackend::shouldReportCommandFailuresPerAlert()
{
    // Given: a server with one alert
    const auto server = startServer(qs("commands"));
    QVERIFY(server);
    Client other(server->url({}));
    const QString real = other.post(qs("mq01"));
    RemoteBackend backend(fastOptions(server->port(), RemoteBackendOptions::Transport::Auto));
    backend.start();
    QTRY_COMPARE_WITH_TIMEOUT(backend.state(), AlertBackend::State::Live, WaitMs);

    // When: a note goes to it and to an alert that does not exist
    const QString missing = qs("00000000-0000-0000-0000-000000000000");
    auto noted = backend.run(AlertCommand::note(qs("checked the queue")), {missing, real});
    QTRY_VERIFY_WITH_TIMEOUT(noted.isFinished(), WaitMs);

    // Then: the outcome lists both sides, with the server's message
    const CommandOutcome outcome = noted.result().value();
    QCOMPARE(outcome.succeeded, QStringList{real});
    QCOMPARE(outcome.failed.size(), 1);
    QCOMPARE(outcome.failed.at(0).first, missing);
    QCOMPARE(outcome.failed.at(0).second.code, 404);
    auto notes = backend.fetchNotes(real);
    QTRY_VERIFY(notes.isFinished());
    QCOMPARE(notes.result()->size(), 1);
    QCOMPARE(notes.result()->at(0).text, qs("checked the queue"));

    // And: the whole alert comes with its history
    auto full = backend.fetchAlert(real);
    QTRY_VERIFY(full.isFinished());
    QVERIFY(full.result().ok());
    QCOMPARE(full.result()->resource, qs("mq01"));
    QVERIFY(!full.result()->history.isEmpty());
}

void TestRemoteBackend::shouldTrustAPrivateCaOnlyWhenGiven()
{
    // Given: alerta-server serving TLS with a certificate from a private CA
    TestCertificates ca(m_dir.path());
    QVERIFY2(ca.make(), qPrintable(ca.failure()));
    const auto server = startServer(qs("tls"),
                                    {},
                                    false,
                                    qs("127.0.0.1:0"),
                                    {{qs("TLS_CERT_FILE"), ca.certFile()}, {qs("TLS_KEY_FILE"), ca.keyFile()}});
    QVERIFY(server);
    QVERIFY(server->url({}).startsWith(u"https://"));
    const QString webTls = Client(server->url({}), ca.caFile()).post(qs("tls01"));
    QVERIFY(!webTls.isEmpty());
    RemoteBackendOptions options = fastOptions(server->port(), RemoteBackendOptions::Transport::Auto);
    options.endpoint.setScheme(qs("https"));

    // When: a console that does not know the CA connects
    RemoteBackend untrusting(options);
    untrusting.start();
    // Then: it refuses the certificate and says so
    QTRY_COMPARE_WITH_TIMEOUT(untrusting.state(), AlertBackend::State::Reconnecting, WaitMs);
    QVERIFY2(untrusting.stateMessage().contains(qs("certificate"), Qt::CaseInsensitive),
             qPrintable(untrusting.stateMessage()));
    untrusting.stop();

    // When: the profile names the CA file
    options.caCertificateFile = ca.caFile();
    RemoteBackend trusting(options);
    BackendMirror mirror(trusting);
    trusting.start();
    // Then: the list and the stream (wss) work through TLS
    QTRY_COMPARE_WITH_TIMEOUT(trusting.state(), AlertBackend::State::Live, WaitMs);
    QVERIFY(!trusting.pollingFallback());
    QVERIFY(mirror.shown.contains(webTls));
    const QString second = Client(server->url({}), ca.caFile()).post(qs("tls02"));
    QTRY_VERIFY_WITH_TIMEOUT(mirror.shown.contains(second), WaitMs);
}

QTEST_GUILESS_MAIN(TestRemoteBackend)
#include "testremotebackend.moc"
