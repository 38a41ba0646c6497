// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
//
// End-to-end latency of a remote console: from an alert posted to alerta-server to its row updated in the
// console's AlertTableModel, over the `/stream` WebSocket on loopback (issue goal: p99 under 50 ms).
//
// An alerta-server process (SQLite in a temp dir) serves; a RemoteBackend feeds an AlertTableModel on this
// thread, as in the console. A second thread posts alerts at a steady rate, half new and half duplicates of
// earlier ones, and notes when each request went out; the latency is taken when the model's row for that
// resource shows the posted value. Usage: bench-streamlatency [alerts=2000] [rate/s=200]

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include "bench/benchsupport.h"
#include "core/client/remotebackend.h"
#include "models/alerttablemodel.h"

#include <cstdio>
#include <mutex>
#include <unordered_map>

namespace {

/// Monotonic nanoseconds shared by both threads.
QElapsedTimer &monotonic()
{
    static QElapsedTimer timer;
    return timer;
}

struct SentTimes
{
    std::mutex lock;
    /// resource → (value, ns) of the posts not yet seen in the model, oldest first. A row showing value v also
    /// answers the earlier posts of that resource: the stream folds changes that arrive together.
    std::unordered_map<std::string, std::vector<std::pair<int, qint64>>> pending;
};

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int total = argc > 1 ? std::atoi(argv[1]) : 2000;
    const int rate = argc > 2 ? std::atoi(argv[2]) : 200;
    monotonic().start();

    // The server.
    QTemporaryDir dir;
    QProcess server;
    server.setProgram(QStringLiteral(ALERTA_SERVER_PATH));
    server.setArguments({QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--database"),
                         dir.filePath(QStringLiteral("bench.sqlite"))});
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AUTH_REQUIRED"), QStringLiteral("false"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("alerta.*.info=false"));
    server.setProcessEnvironment(env);
    server.setReadChannel(QProcess::StandardError);
    server.start();
    quint16 port = 0;
    QByteArray log;
    static const QRegularExpression serving(QStringLiteral("serving on http://127\\.0\\.0\\.1:(\\d+)"));
    while (port == 0 && server.waitForReadyRead(30000)) {
        log += server.readAllStandardError();
        if (const auto m = serving.match(QString::fromUtf8(log)); m.hasMatch())
            port = m.captured(1).toUShort();
    }
    if (port == 0) {
        std::fprintf(stderr, "alerta-server did not start: %s\n", log.constData());
        return 1;
    }

    // The console: backend → model, on this thread.
    RemoteBackendOptions options;
    options.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    options.transport = RemoteBackendOptions::Transport::Stream;
    RemoteBackend backend(options);
    AlertTableModel model;
    SentTimes sent;
    std::vector<double> latenciesMs;
    QObject::connect(&backend, &AlertBackend::alertsReset, &model, &AlertTableModel::resetAlerts);
    QObject::connect(&backend,
                     &AlertBackend::alertsChanged,
                     &model,
                     [&](const QList<Alert> &upserted, const QStringList &removed) {
                         model.applyChanges(upserted, removed);
                         const qint64 now = monotonic().nsecsElapsed();
                         std::lock_guard guard(sent.lock);
                         for (const Alert &alert : upserted) {
                             const int row = model.rowOf(alert.id);
                             if (row < 0 || model.alertAt(row).value != alert.value)
                                 continue;
                             auto &posts = sent.pending[alert.resource.toStdString()];
                             const int shown = alert.value.toInt();
                             std::erase_if(posts, [&](const std::pair<int, qint64> &post) {
                                 if (post.first > shown)
                                     return false;
                                 latenciesMs.push_back(double(now - post.second) / 1e6);
                                 return true;
                             });
                         }
                     });
    backend.start();
    while (backend.state() != AlertBackend::State::Live)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);

    // The sender, on its own thread and connection.
    QThread senderThread;
    senderThread.start();
    auto *network = new QNetworkAccessManager;
    network->moveToThread(&senderThread);
    int posted = 0;
    QTimer pacer;
    pacer.moveToThread(&senderThread);
    pacer.setInterval(1000 / rate);
    QObject::connect(&pacer, &QTimer::timeout, network, [&, network] {
        if (posted >= total)
            return;
        const int i = posted++;
        const QString resource = QStringLiteral("lat%1").arg(i / 2); // every second post duplicates the one before
        const QString value = QString::number(i);
        const QJsonObject body{{QStringLiteral("resource"), resource},
                               {QStringLiteral("event"), QStringLiteral("Latency")},
                               {QStringLiteral("environment"), QStringLiteral("Production")},
                               {QStringLiteral("severity"), QStringLiteral("major")},
                               {QStringLiteral("service"), QJsonArray{QStringLiteral("Bench")}},
                               {QStringLiteral("value"), value}};
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/alert").arg(port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        {
            std::lock_guard guard(sent.lock);
            sent.pending[resource.toStdString()].emplace_back(i, monotonic().nsecsElapsed());
        }
        QNetworkReply *reply = network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    });
    QMetaObject::invokeMethod(&pacer, qOverload<>(&QTimer::start));

    QElapsedTimer wall;
    wall.start();
    const qint64 limitMs = qint64(total) * 1000 / rate + 30000;
    while (latenciesMs.size() < size_t(total) && wall.elapsed() < limitMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QMetaObject::invokeMethod(&pacer, &QTimer::stop, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(network, &QObject::deleteLater);
    senderThread.quit();
    senderThread.wait();
    server.kill();
    server.waitForFinished();

    if (latenciesMs.empty()) {
        std::fprintf(stderr, "no alert arrived\n");
        return 1;
    }
    std::sort(latenciesMs.begin(), latenciesMs.end());
    const auto at = [&](double q) {
        return latenciesMs[std::min(latenciesMs.size() - 1, size_t(q * latenciesMs.size()))];
    };
    std::printf("stream latency, POST /alert -> row updated in a remote console's model (loopback, %d/s)\n", rate);
    std::printf("  alerts measured  %zu of %d\n", latenciesMs.size(), total);
    std::printf("  median           %.2f ms\n", at(0.5));
    std::printf("  p90              %.2f ms\n", at(0.9));
    std::printf("  p99              %.2f ms   (goal < 50 ms)\n", at(0.99));
    std::printf("  max              %.2f ms\n", latenciesMs.back());
    std::printf("  console memory   %.0f MiB peak\n", Bench::peakMemoryMiB());
    return latenciesMs.size() == size_t(total) ? 0 : 2;
}
