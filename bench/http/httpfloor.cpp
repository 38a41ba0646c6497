// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
//
// The HTTP front of alerta-server with nothing behind it, to tell what the framework costs per request from what
// the API and the engine cost (run-http-bench.sh runs `POST /alert` against it too). The same path as ApiServer:
// a GuardedTcpServer feeding QHttpServer, one route rule per path depth, TCP_NODELAY, the request copied to a
// worker thread and the answer written back on the HTTP thread. The worker answers at once with a fixed 201 body of
// ANSWER_BYTES (default 2,600: the size of a real `POST /alert` answer with its history).
//
// Usage: bench-httpfloor [--listen 127.0.0.1:PORT] [--database IGNORED]; prints "serving on http://ADDRESS:PORT"
// on stderr, as alerta-server does, and runs until SIGTERM or SIGINT.
#include "core/api/apiserver.h"
#include "core/api/connectionguard.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QPointer>
#include <QTcpSocket>
#include <QThreadPool>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

QByteArray fixedAnswer()
{
    const int bytes = qEnvironmentVariableIsSet("ANSWER_BYTES") ? qEnvironmentVariableIntValue("ANSWER_BYTES") : 2600;
    QByteArray body = R"({"status":"ok","padding":")";
    body.append(QByteArray(std::max<qsizetype>(0, bytes - body.size() - 2), 'x'));
    body.append("\"}");
    return body;
}

} // namespace

int main(int argc, char **argv)
{
    ApiServer::preferQtEventLoops(); // as alerta-server does
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype listenAt = args.indexOf(QStringLiteral("--listen"));
    const QString listen = listenAt >= 0 ? args.value(listenAt + 1) : QStringLiteral("127.0.0.1:0");
    const QHostAddress address(listen.section(u':', 0, 0));
    const quint16 port = static_cast<quint16>(listen.section(u':', 1).toUInt());

    // Nothing to finish: leave at once, and with status 0, which the benchmark scripts read as "did not crash".
    std::signal(SIGTERM, [](int) { std::_Exit(0); });
    std::signal(SIGINT, [](int) { std::_Exit(0); });

    const QByteArray answer = fixedAnswer();
    QThreadPool workers;
    workers.setMaxThreadCount(8);
    QHttpServer http;
    QObject context;
    const auto serve = [&](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        QPointer<QTcpSocket> socket = responder.socket();
        if (socket)
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
        // What ApiRequest::from copies, roughly: the body, the path and the headers.
        auto copy = std::make_shared<std::tuple<QByteArray, QString, QList<QPair<QByteArray, QByteArray>>>>(
            request.body(),
            request.url().path(),
            request.headers());
        workers.start([&, held, socket, copy] {
            QMetaObject::invokeMethod(
                &context,
                [&, held, socket] {
                    if (socket)
                        QHttpServerResponse("application/json", answer, QHttpServerResponse::StatusCode::Created)
                            .write(std::move(*held));
                },
                Qt::QueuedConnection);
        });
    };
    ApiServer::routeEveryPath(http, serve);

    auto *server = new GuardedTcpServer(RequestLimits{16384, 1 << 20}, &http);
    if (!server->listen(address, port)) {
        std::fprintf(stderr,
                     "bench-httpfloor: cannot listen on %s: %s\n",
                     qPrintable(listen),
                     qPrintable(server->errorString()));
        return 1;
    }
    http.bind(server);
    std::fprintf(stderr,
                 "serving on http://%s:%u (framework floor, %lld-byte answers)\n",
                 qPrintable(address.toString()),
                 server->serverPort(),
                 static_cast<long long>(answer.size()));
    return app.exec();
}
