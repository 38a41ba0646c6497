// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

#include "core/hawk.h"
#include "tests/support/apifixture.h"
#include "tests/support/testtext.h"

// The API behind nginx mounted at /api (spec §0 "API root"), the way the deployment example does it: a real nginx
// (Debian's package, run unprivileged-style with its own prefix, config and logs in a temporary directory) on one
// loopback port proxies `location /api/ { proxy_pass http://backend/; }` to alerta's server on another. Clients only
// see nginx, so every `href` and `Location` must be on `http://127.0.0.1:<nginx port>/api`.

namespace {

/// How the proxy tells the server where clients reach it.
enum class Deployment {
    BaseUrl,   ///< upstream's example: `Host $host:$server_port` and BASE_URL=/api on the server
    Forwarded, ///< no BASE_URL; nginx sends X-Forwarded-Proto, X-Forwarded-Host and X-Forwarded-Prefix /api
};

/// A free loopback port (released before nginx binds it; a start that loses the race is retried).
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QString findNginx()
{
    QString path = QStandardPaths::findExecutable(qs("nginx"));
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(qs("nginx"), {qs("/usr/sbin"), qs("/sbin"), qs("/usr/local/sbin")});
    return path;
}

/// nginx in the foreground (`daemon off`, `master_process off`) as a child process, with everything it writes
/// (pid, logs, temp files) inside `dir`.
class Nginx
{
public:
    Nginx(const QString &dir, quint16 backendPort, Deployment deployment)
        : m_dir(dir)
    {
        QDir().mkpath(dir);
        const QString forwarded = deployment == Deployment::Forwarded
            ? qs("            proxy_set_header X-Forwarded-Proto $scheme;\n"
                 "            proxy_set_header X-Forwarded-Host $host:$server_port;\n"
                 "            proxy_set_header X-Forwarded-Prefix /api;\n")
            : QString();
        // Up to three tries: the port probed free may be taken by the time nginx binds it.
        for (int attempt = 0; attempt < 3 && !m_ready; ++attempt) {
            m_port = freePort();
            writeConfig(backendPort, forwarded);
            start();
        }
    }

    ~Nginx()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished(5000);
            }
        }
    }

    bool ready() const { return m_ready; }
    quint16 port() const { return m_port; }
    QString errorLog() const
    {
        QFile log(m_dir + u"/error.log");
        return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
    }
    QString output() const { return m_output; }

private:
    void writeConfig(quint16 backendPort, const QString &forwarded)
    {
        // The deployment example: an upstream named backend, `location /api/` with a trailing-slash proxy_pass
        // (nginx strips the /api prefix), Host with the port clients used, and the client's address.
        const QString config =
            QStringLiteral("daemon off;\n"
                           "master_process off;\n"
                           "worker_processes 1;\n"
                           "pid %1/nginx.pid;\n"
                           "error_log %1/error.log warn;\n"
                           "events { worker_connections 64; }\n"
                           "http {\n"
                           "    access_log %1/access.log;\n"
                           "    client_body_temp_path %1/client_body;\n"
                           "    proxy_temp_path %1/proxy;\n"
                           "    fastcgi_temp_path %1/fastcgi;\n"
                           "    uwsgi_temp_path %1/uwsgi;\n"
                           "    scgi_temp_path %1/scgi;\n"
                           "    upstream backend {\n"
                           "        server 127.0.0.1:%2 fail_timeout=0;\n"
                           "    }\n"
                           "    server {\n"
                           "        listen 127.0.0.1:%3;\n"
                           "        location /api/ {\n"
                           "            proxy_pass http://backend/;\n"
                           "            proxy_set_header Host $host:$server_port;\n"
                           "            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n"
                           "%4"
                           "        }\n"
                           "    }\n"
                           "}\n")
                .arg(m_dir)
                .arg(backendPort)
                .arg(m_port)
                .arg(forwarded);
        QFile file(m_dir + u"/nginx.conf");
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(config.toUtf8());
    }

    void start()
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        // -e (nginx ≥ 1.19.5) keeps even the messages before the config is read out of /var/log/nginx.
        m_process.start(findNginx(),
                        {qs("-p"), m_dir, qs("-c"), m_dir + u"/nginx.conf", qs("-e"), m_dir + u"/error.log"});
        if (!m_process.waitForStarted(5000))
            return;
        // Ready once it accepts connections; a bind failure ends the process.
        for (int i = 0; i < 100; ++i) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(100)) {
                m_ready = true;
                return;
            }
            if (m_process.state() == QProcess::NotRunning || m_process.waitForFinished(50))
                break;
        }
        m_output += QString::fromUtf8(m_process.readAll());
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    QString m_dir;
    quint16 m_port = 0;
    QProcess m_process;
    bool m_ready = false;
    QString m_output;
};

/// One HTTP exchange with any URL (the fixture's helpers only know the server's own port).
const Hawk::Credential HawkSender{QStringLiteral("ci-sender"), "a-long-random-secret", QStringLiteral("sha256")};

/// `hawk`: the request is signed with HawkSender for `url`, as the alerta CLI signs it.
HttpAnswer fetch(QNetworkAccessManager &network,
                 const QByteArray &method,
                 const QString &url,
                 const QJsonObject &body = {},
                 bool hawk = false)
{
    QNetworkRequest r{QUrl(url)};
    QByteArray payload;
    if (!body.isEmpty()) {
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    if (hawk) {
        r.setRawHeader("Authorization",
                       Hawk::authorization(HawkSender,
                                           Hawk::targetOf(method, QUrl(url)),
                                           payload.isEmpty() ? QByteArray() : QByteArray("application/json"),
                                           payload,
                                           QDateTime::currentSecsSinceEpoch(),
                                           QUuid::createUuid().toByteArray(QUuid::Id128).left(8)));
    }
    return HttpAnswer::await(network.sendCustomRequest(r, method, payload));
}

} // namespace

class TestNginx : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldServeTheApiUnderApiBehindNginx_data();
    void shouldServeTheApiUnderApiBehindNginx();
};

void TestNginx::initTestCase()
{
    // A missing nginx is a broken test machine, not a reason to skip: `make test` installs Debian's package.
    if (findNginx().isEmpty())
        QFAIL("nginx not found in PATH, /usr/sbin or /sbin: install the Debian package `nginx` (make deps does)");
}

void TestNginx::shouldServeTheApiUnderApiBehindNginx_data()
{
    QTest::addColumn<Deployment>("deployment");
    QTest::newRow("seed example: Host with port, BASE_URL=/api") << Deployment::BaseUrl;
    QTest::newRow("X-Forwarded-Proto/Host/Prefix, no BASE_URL") << Deployment::Forwarded;
}

void TestNginx::shouldServeTheApiUnderApiBehindNginx()
{
    QFETCH(Deployment, deployment);
    // Given: alerta's server, and nginx in front of it at /api
    ApiFixture api([deployment](ServerSettings &s) {
        if (deployment == Deployment::BaseUrl)
            s.baseUrl = qs("/api");
        s.hmacAuthCredentials = {HawkSender};
    });
    QVERIFY(api.port != 0);
    Nginx nginx(api.dir.filePath(qs("nginx")), api.port, deployment);
    QVERIFY2(nginx.ready(), qPrintable(u"nginx did not start: " + nginx.output() + u'\n' + nginx.errorLog()));
    const QString root = QStringLiteral("http://127.0.0.1:%1/api").arg(nginx.port());

    // When: an alert is posted through nginx
    QJsonObject body{{qs("resource"), qs("web01")},
                     {qs("event"), qs("HttpError")},
                     {qs("environment"), qs("Production")},
                     {qs("service"), QJsonArray{qs("Web")}},
                     {qs("severity"), qs("major")}};
    const HttpAnswer posted = fetch(api.network, "POST", root + u"/alert", body);
    // Then: 201, and its href and Location are on the root clients use
    QCOMPARE(posted.status, 201);
    const QString id = posted.json().value(qs("id")).toString();
    const QJsonObject alert = posted.json().value(qs("alert")).toObject();
    QCOMPARE(alert.value(qs("href")).toString(), root + u"/alert/" + id);
    QCOMPARE(posted.header("Location"), (root + u"/alert/" + id).toUtf8());
    QCOMPARE(alert.value(qs("history")).toArray().at(0).toObject().value(qs("href")).toString(),
             root + u"/alert/" + id);
    // and the client's address came through X-Forwarded-For (remote_ip plugin)
    QCOMPARE(alert.value(qs("attributes")).toObject().value(qs("ip")).toString(), qs("127.0.0.1"));

    // When: the href is followed as it is
    const HttpAnswer followed = fetch(api.network, "GET", alert.value(qs("href")).toString());
    // Then: it is the alert
    QCOMPARE(followed.status, 200);
    QCOMPARE(followed.json().value(qs("alert")).toObject().value(qs("id")).toString(), id);

    // When: the list is asked through nginx with a query string
    const HttpAnswer listed =
        fetch(api.network, "GET", root + u"/alerts?environment=Production&sort-by=-lastReceiveTime&status!=closed");
    // Then: the alert, on the same root
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.json().value(qs("total")).toInt(), 1);
    QCOMPARE(listed.json().value(qs("alerts")).toArray().at(0).toObject().value(qs("href")).toString(),
             root + u"/alert/" + id);

    // When: an operator acknowledges it and adds a note, through nginx
    const HttpAnswer acked =
        fetch(api.network, "PUT", root + u"/alert/" + id + u"/action", {{qs("action"), qs("ack")}});
    const HttpAnswer noted = fetch(api.network, "PUT", root + u"/alert/" + id + u"/note", {{qs("text"), qs("on it")}});
    // Then: the answers and the note's links are on the same root, and the links work
    QCOMPARE(acked.status, 200);
    QCOMPARE(acked.body, QByteArray(R"({"status":"ok"})"));
    QCOMPARE(noted.status, 201);
    const QString noteId = noted.json().value(qs("id")).toString();
    QCOMPARE(noted.header("Location"), (root + u"/alert/" + id + u"/note/" + noteId).toUtf8());
    const QJsonObject note = noted.json().value(qs("note")).toObject();
    QCOMPARE(note.value(qs("href")).toString(), root + u"/note/" + noteId);
    const QString link = note.value(qs("_links")).toObject().value(qs("alert")).toString();
    QCOMPARE(link, root + u"/alert/" + id);
    QCOMPARE(fetch(api.network, "GET", link).json().value(qs("alert")).toObject().value(qs("status")).toString(),
             qs("ack"));

    // When: a path the API does not have is asked through nginx
    const HttpAnswer missing = fetch(api.network, "GET", root + u"/nowhere");
    // Then: the API's own 404 envelope (nginx passed it through untouched)
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json().value(qs("code")).toInt(), 404);
    QVERIFY(!missing.json().value(qs("requestId")).toString().isEmpty());

    // When: a sender signs its request with Hawk for the URL it uses, nginx's
    QJsonObject another = body;
    another[qs("resource")] = qs("web02");
    const HttpAnswer signedPost = fetch(api.network, "POST", root + u"/alert", another, true);
    // Then: the signature holds on the server behind, which rebuilt that URL, and the signer is in history
    QVERIFY2(signedPost.status == 201, qPrintable(signedPost.describe()));
    QCOMPARE(signedPost.json()[qs("alert")][qs("history")][0][qs("user")].toString(), HawkSender.id);

    // and the server itself, asked directly, still builds hrefs on its own address unless BASE_URL says otherwise
    const HttpAnswer direct = api.get(u"/alert/" + id);
    QCOMPARE(direct.json().value(qs("alert")).toObject().value(qs("href")).toString(),
             deployment == Deployment::BaseUrl ? api.url(u"/api/alert/" + id) : api.url(u"/alert/" + id));
}

QTEST_GUILESS_MAIN(TestNginx)
#include "testnginx.moc"
