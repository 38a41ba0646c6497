// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <unistd.h>
#include <vector>

#include "core/sqliteconnection.h"
#include "tests/support/httptest.h"
#include "tests/support/serverprocess.h"

// Crash safety over HTTP (issue 10): alerta-server on one SQLite file takes a sustained stream of POST /alert
// (new alerts, and duplicates of a few that the writer keeps cached) from 16 connections, and is killed with
// SIGKILL at a random moment, 20 times over. After each kill the file passes SQLite's integrity check, and the
// restarted server has every alert it answered 201 for, each duplicate count at least the last one it answered.

namespace {

constexpr int Rounds = 20;
constexpr int InFlight = 16;
constexpr int WaitMs = 30000;

QByteArray alertBody(const QString &resource)
{
    const QJsonObject alert{{QStringLiteral("resource"), resource},
                            {QStringLiteral("event"), QStringLiteral("Crash")},
                            {QStringLiteral("environment"), QStringLiteral("Production")},
                            {QStringLiteral("service"), QJsonArray{QStringLiteral("Web")}},
                            {QStringLiteral("severity"), QStringLiteral("major")},
                            {QStringLiteral("value"), QString::number(QRandomGenerator::global()->bounded(3))}};
    return QJsonDocument(alert).toJson(QJsonDocument::Compact);
}

/// alerta-server named `name` on the SQLite file `database`.
ServerProcess::Options onSqlite(const QString &name, const QString &database)
{
    ServerProcess::Options options;
    options.name = name;
    options.extraArguments = {QStringLiteral("--database"), database};
    return options;
}

} // namespace

class TestCrashHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldKeepEveryAcknowledgedAlertAcrossSigkills();
    void shouldAnswerEveryRequestSentBeforeSigterm();
    void shouldRefuseToStartOnADatabaseItCannotWrite();
};

void TestCrashHttp::shouldKeepEveryAcknowledgedAlertAcrossSigkills()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("crash.sqlite"));
    const ServerProcess::Options options = onSqlite(QStringLiteral("crash"), database);
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    qInfo("kill times from seed %u", seed);

    QHash<QString, int> acknowledged; // resource -> highest duplicateCount answered with 201
    for (int round = 0; round <= Rounds; ++round) {
        // Given: the server on the database as the last kill left it
        ServerProcess server(options);
        QVERIFY2(server.waitForPort(), qPrintable(server.failure()));

        // Then (from the second round): every alert acknowledged before a kill is there
        if (round > 0) {
            QNetworkAccessManager check;
            QHash<QString, int> stored;
            for (int page = 1;; ++page) {
                QNetworkRequest list{QUrl(server.url(QStringLiteral("/alerts?page-size=5000&page=%1").arg(page)))};
                const HttpAnswer answer = HttpAnswer::await(check.get(list));
                QVERIFY2(answer.status == 200, qPrintable(answer.describe()));
                for (const QJsonValue &a : answer.json().value(QStringLiteral("alerts")).toArray())
                    stored.insert(a[QStringLiteral("resource")].toString(),
                                  a[QStringLiteral("duplicateCount")].toInt());
                if (!answer.json().value(QStringLiteral("more")).toBool())
                    break;
            }
            for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
                QVERIFY2(
                    stored.contains(it.key()),
                    qPrintable(QStringLiteral("round %1: acknowledged alert %2 is gone").arg(round).arg(it.key())));
                QVERIFY2(stored.value(it.key()) >= it.value(),
                         qPrintable(QStringLiteral("round %1: %2 has duplicateCount %3, %4 was acknowledged")
                                        .arg(round)
                                        .arg(it.key())
                                        .arg(stored.value(it.key()))
                                        .arg(it.value())));
            }
        }
        if (round == Rounds)
            break; // the last round only checks what the last kill left

        // When: 16 connections post alerts without pause — new ones, and duplicates of ten hot ones — and the
        // server is killed after a random time
        QNetworkAccessManager network;
        int sent = 0;
        int inFlight = 0;
        bool killed = false;
        std::function<void()> sendOne = [&] {
            const QString resource =
                sent % 2 == 0 ? QStringLiteral("hot%1").arg(sent % 10) : QStringLiteral("r%1-%2").arg(round).arg(sent);
            ++sent;
            QNetworkRequest request{QUrl(server.url(QStringLiteral("/alert")))};
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            QNetworkReply *reply = network.post(request, alertBody(resource));
            ++inFlight;
            QObject::connect(reply, &QNetworkReply::finished, this, [&, reply, resource] {
                --inFlight;
                reply->deleteLater();
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201) {
                    const QJsonObject alert =
                        QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("alert")).toObject();
                    int &count = acknowledged[resource];
                    count = std::max(count, alert.value(QStringLiteral("duplicateCount")).toInt());
                }
                if (!killed)
                    sendOne();
            });
        };
        for (int i = 0; i < InFlight; ++i)
            sendOne();
        // The random moment counts from the first answers, so that a slow start (a sanitizer build, a busy machine)
        // still leaves ingest under way when the kill comes.
        QVERIFY2(HttpTest::waitUntil([&sent] { return sent > InFlight; },
                                     &network,
                                     &QNetworkAccessManager::finished,
                                     WaitMs),
                 "the server answered nothing");
        const int killAfterMs = 150 + static_cast<int>(random.bounded(600));
        QTest::qWait(killAfterMs);
        killed = true;
        server.kill();
        QVERIFY(HttpTest::waitUntil([&inFlight] { return inFlight == 0; },
                                    &network,
                                    &QNetworkAccessManager::finished,
                                    WaitMs));

        // Then: the file as the kill left it is sound (opening it recovers the log, as the next start will)
        SqliteConnection file(database);
        QCOMPARE(file.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }
    QVERIFY(acknowledged.size() > Rounds);
    qInfo("%lld alerts acknowledged over %d kills", static_cast<long long>(acknowledged.size()), Rounds);
}

void TestCrashHttp::shouldAnswerEveryRequestSentBeforeSigterm()
{
    // A graceful stop finishes the requests in progress and writes their answers: an alert stored without its
    // answer is sent again by a client that retries, and counted twice.
    constexpr int Connections = 24;
    constexpr int StopRounds = 4;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ServerProcess::Options options =
        onSqlite(QStringLiteral("sigterm"), dir.filePath(QStringLiteral("term.sqlite")));
    for (int round = 0; round < StopRounds; ++round) {
        ServerProcess server(options);
        QVERIFY2(server.waitForPort(), qPrintable(server.failure()));
        std::vector<std::unique_ptr<QTcpSocket>> clients;
        for (int i = 0; i < Connections; ++i) {
            clients.push_back(std::make_unique<QTcpSocket>());
            clients.back()->connectToHost(QHostAddress::LocalHost, server.port());
            QVERIFY(clients.back()->waitForConnected(WaitMs));
            // Taken by the server (a connection still in the kernel's queue when the listening socket closes is
            // reset, as with any server)
            clients.back()->write("GET /management/gtg HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            QByteArray gtg;
            while (!gtg.endsWith("OK") && clients.back()->waitForReadyRead(WaitMs))
                gtg += clients.back()->readAll();
            QVERIFY2(gtg.startsWith("HTTP/1.1 200 "), gtg.constData());
        }

        // When: each connection sends an alert, and SIGTERM follows at once
        for (int i = 0; i < Connections; ++i) {
            const QByteArray body = alertBody(QStringLiteral("term%1-%2").arg(round).arg(i));
            clients[i]->write("POST /alert HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                              "Content-Length: "
                              + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            clients[i]->flush();
        }
        const int exitCode = server.terminate();

        // Then: every request has its 201, and the server exited cleanly
        for (int i = 0; i < Connections; ++i) {
            QTcpSocket &client = *clients[i];
            QByteArray answer = client.readAll();
            while (!answer.contains("\r\n\r\n") && client.waitForReadyRead(WaitMs))
                answer += client.readAll();
            QVERIFY2(answer.startsWith("HTTP/1.1 201 "),
                     qPrintable(QStringLiteral("round %1, connection %2: %3")
                                    .arg(round)
                                    .arg(i)
                                    .arg(answer.isEmpty() ? QStringLiteral("closed without an answer")
                                                          : QString::fromLatin1(answer.left(80)))));
        }
        QCOMPARE(exitCode, 0);
    }

    // And every alert answered is stored
    ServerProcess server(options);
    QVERIFY2(server.waitForPort(), qPrintable(server.failure()));
    QNetworkAccessManager network;
    const HttpAnswer count =
        HttpAnswer::await(network.get(QNetworkRequest(QUrl(server.url(QStringLiteral("/alerts/count"))))));
    QCOMPARE(count.json().value(QStringLiteral("total")).toInt(), Connections * StopRounds);
}

void TestCrashHttp::shouldRefuseToStartOnADatabaseItCannotWrite()
{
    // Given: a database the server's user may read but not write (SQLite would open it read-only, and every write
    // would fail with a 500 while /management/gtg said OK); under /tmp, which `nobody` may enter whatever TMPDIR is
    QTemporaryDir dir(QStringLiteral("/tmp/alerta-readonly-XXXXXX"));
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("readonly.sqlite"));
    {
        ServerProcess creator(onSqlite(QStringLiteral("create"), path));
        QVERIFY2(creator.waitForPort(), qPrintable(creator.failure()));
        const int exitCode = creator.terminate();
        QVERIFY2(exitCode == 0, qPrintable(QStringLiteral("exit %1: %2").arg(exitCode).arg(creator.logTail())));
    }
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadOther));
    // root writes whatever the permissions say: then the server runs as nobody
    QStringList command{QStringLiteral(ALERTA_SERVER_PATH),
                        QStringLiteral("--listen"),
                        QStringLiteral("127.0.0.1:0"),
                        QStringLiteral("--database"),
                        path};
    if (::geteuid() == 0)
        command = QStringList{QStringLiteral("setpriv"),
                              QStringLiteral("--reuid=nobody"),
                              QStringLiteral("--regid=nogroup"),
                              QStringLiteral("--clear-groups")}
            + command;

    // When: the server is started on it
    QProcess server;
    server.setProcessEnvironment(serverEnvironment({}, QStringLiteral("secret"), false));
    server.start(command.takeFirst(), command);
    const bool ended = server.waitForFinished(WaitMs);
    const QByteArray log = server.readAllStandardError();
    if (!ended)
        server.kill();

    // Then: it says why and exits 1, without serving
    QVERIFY2(ended, log.constData());
    QCOMPARE(server.exitCode(), 1);
    QVERIFY2(log.contains("not writable"), log.constData());
    QVERIFY2(!log.contains("serving on"), log.constData());
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QTEST_GUILESS_MAIN(TestCrashHttp)
#include "testcrashhttp.moc"
