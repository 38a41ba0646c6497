// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
//
// Soak of alerta-server (issue 10, `make soak`, not in CI): mixed load for a long time with the server's memory
// sampled. An alerta-server process on a fresh SQLite file, with housekeeping every minute, takes:
//   - receives: 100 alerts/s over 2,000 resource/event pairs (duplicates, severity changes, some closes);
//   - queries: the web UI's list and counts every 250 ms, a history and a top-10 every 2 s;
//   - actions: ack / unack / shelve / close of a random alert 5 times a second;
//   - stream clients: 4 WebSockets on /stream, one of them dropped and replaced every 10 s.
// Every request must succeed (2xx), every stream client must keep hearing changes. The server's memory is sampled
// every 10 s: its anonymous memory (RssAnon: heap, stacks — where a leak shows) must stay flat after the warm-up (a
// fifth of the run, at least 2 minutes): the median of every window of a sixth of the run within 10% of the first
// window's. The pages of the database file that SQLite reads through its memory map (RssFile) are shown beside it:
// they follow the file's size, not a leak. Prints the samples and a verdict; exits 1 on an error or growth.
//
// Usage: bench-soak [minutes=60]   (`make soak`, SOAK_MINUTES=60)

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

/// A field of /proc/<pid>/status in MiB ("RssAnon", "RssFile"), or -1 when the process is gone.
double statusMiB(qint64 pid, QByteArrayView field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field) && line.size() > field.size() && line.at(field.size()) == ':')
            return line.mid(field.size() + 1).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

class Soak : public QObject
{
public:
    Soak(int minutes, QString url, qint64 serverPid)
        : m_minutes(minutes)
        , m_url(std::move(url))
        , m_serverPid(serverPid)
    {}

    void start()
    {
        m_clock.start();
        every(10, [this] { receive(); });
        every(250, [this] { get(QStringLiteral("/alerts?status=open&status=ack&sort-by=severity&page-size=50")); });
        every(250, [this] { get(QStringLiteral("/alerts/count")); });
        every(2000, [this] { get(QStringLiteral("/alerts/history?page-size=50")); });
        every(2000, [this] { get(QStringLiteral("/alerts/top10/count")); });
        every(200, [this] { act(); });
        for (int i = 0; i < 4; ++i)
            openStream();
        every(10000, [this] {
            dropStream();
            sample();
        });
        QTimer::singleShot(m_minutes * 60 * 1000, this, [this] { finish(); });
        sample();
    }

private:
    void every(int ms, std::function<void()> work)
    {
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, std::move(work));
        timer->start(ms);
    }

    void count(QNetworkReply *reply, const QString &what)
    {
        connect(reply, &QNetworkReply::finished, this, [this, reply, what] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            ++m_requests;
            if (status < 200 || status >= 300) {
                ++m_errors;
                if (m_errors <= 10)
                    std::fprintf(stderr,
                                 "soak: %s answered %d: %s\n",
                                 qPrintable(what),
                                 status,
                                 reply->readAll().left(200).constData());
            } else if (what == u"POST /alert") {
                const QString id =
                    QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("id")).toString();
                if (!id.isEmpty() && m_ids.size() < 2000)
                    m_ids.append(id);
                else if (!id.isEmpty())
                    m_ids[QRandomGenerator::global()->bounded(m_ids.size())] = id;
            }
        });
    }

    QNetworkRequest request(const QString &path) const
    {
        QNetworkRequest r{QUrl(m_url + path)};
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return r;
    }

    void receive()
    {
        static const char *const severities[] = {"critical", "major", "minor", "warning", "normal"};
        QRandomGenerator *random = QRandomGenerator::global();
        const int key = random->bounded(2000);
        const QJsonObject alert{
            {QStringLiteral("resource"), QStringLiteral("host%1").arg(key % 400)},
            {QStringLiteral("event"), QStringLiteral("event%1").arg(key / 400)},
            {QStringLiteral("environment"), key % 3 ? QStringLiteral("Production") : QStringLiteral("Development")},
            {QStringLiteral("service"), QJsonArray{QStringLiteral("Web")}},
            {QStringLiteral("severity"), QString::fromLatin1(severities[random->bounded(5)])},
            {QStringLiteral("value"), QString::number(random->bounded(100))},
            {QStringLiteral("text"), QStringLiteral("soak alert")},
            {QStringLiteral("timeout"), 600}};
        count(m_network.post(request(QStringLiteral("/alert")), QJsonDocument(alert).toJson(QJsonDocument::Compact)),
              QStringLiteral("POST /alert"));
    }

    void get(const QString &path) { count(m_network.get(request(path)), u"GET " + path); }

    void act()
    {
        if (m_ids.isEmpty())
            return;
        static const char *const actions[] = {"ack", "unack", "shelve", "unshelve", "close", "open"};
        const QString id = m_ids.at(QRandomGenerator::global()->bounded(m_ids.size()));
        const QJsonObject body{
            {QStringLiteral("action"), QString::fromLatin1(actions[QRandomGenerator::global()->bounded(6)])},
            {QStringLiteral("text"), QStringLiteral("soak")}};
        QNetworkReply *reply = m_network.sendCustomRequest(request(u"/alert/" + id + u"/action"),
                                                           "PUT",
                                                           QJsonDocument(body).toJson(QJsonDocument::Compact));
        // An action the alarm model refuses (unack of an open alert) is a 409: the request was served.
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            ++m_requests;
            if (status != 200 && status != 409 && status != 404) {
                ++m_errors;
                std::fprintf(stderr, "soak: action answered %d\n", status);
            }
        });
    }

    void openStream()
    {
        auto socket = std::make_shared<QWebSocket>();
        QWebSocket *raw = socket.get();
        connect(raw, &QWebSocket::textMessageReceived, this, [this] { ++m_streamMessages; });
        QUrl url(m_url + QStringLiteral("/stream"));
        url.setScheme(QStringLiteral("ws"));
        raw->open(url);
        m_streams.push_back(std::move(socket));
    }

    void dropStream()
    {
        if (!m_streams.empty()) {
            m_streams.front()->abort();
            m_streams.erase(m_streams.begin());
        }
        openStream();
        ++m_streamReconnects;
    }

    void sample()
    {
        if (m_finished)
            return;
        const double minute = m_clock.elapsed() / 60000.0;
        const double rss = statusMiB(m_serverPid, "RssAnon");
        const double mapped = statusMiB(m_serverPid, "RssFile");
        if (rss < 0) {
            std::fprintf(stderr, "soak: alerta-server is gone\n");
            ++m_errors;
            finish();
            return;
        }
        m_samples.push_back({minute, rss});
        const qint64 messages = m_streamMessages - m_lastStreamMessages;
        m_lastStreamMessages = m_streamMessages;
        std::printf("soak: %6.2f min  server RssAnon %7.1f MiB  RssFile %6.1f MiB  requests %lld  errors %lld  "
                    "stream messages +%lld\n",
                    minute,
                    rss,
                    mapped,
                    static_cast<long long>(m_requests),
                    static_cast<long long>(m_errors),
                    static_cast<long long>(messages));
        std::fflush(stdout);
        const bool fullInterval = m_samples.size() > 1 && minute - m_samples[m_samples.size() - 2].first > 0.15;
        if (fullInterval && messages == 0) {
            std::fprintf(stderr, "soak: the stream clients heard nothing for 10 s\n");
            ++m_errors;
        }
    }

    void finish()
    {
        if (m_finished)
            return;
        if (m_samples.empty() || m_clock.elapsed() / 60000.0 - m_samples.back().first > 0.05)
            sample();
        m_finished = true;
        for (QTimer *timer : findChildren<QTimer *>())
            timer->stop();
        // Flat = the level of memory does not move: the median of each window after the warm-up (a sixth of the run,
        // at least 1 minute) within 10% of the first window's. Single samples swing by ±20% around a flat level
        // (the allocator hands memory back and takes it again in bursts), so a verdict on single samples would be
        // noise; a leak raises the level, which the windows' medians show.
        const double warmUpMinutes = std::max(2.0, m_minutes / 5.0);
        const double windowMinutes = std::max(1.0, m_minutes / 6.0);
        std::vector<std::vector<double>> windows;
        for (const auto &[minute, rss] : m_samples) {
            if (minute < warmUpMinutes)
                continue;
            const auto index = static_cast<size_t>((minute - warmUpMinutes) / windowMinutes);
            if (index >= windows.size())
                windows.resize(index + 1);
            windows[index].push_back(rss);
        }
        std::erase_if(windows, [](const std::vector<double> &w) { return w.size() < 3; }); // a last sliver
        QStringList medians;
        double first = -1;
        double worst = 0;
        for (std::vector<double> &w : windows) {
            std::sort(w.begin(), w.end());
            const double median = w[w.size() / 2];
            if (first < 0)
                first = median;
            worst = std::max(worst, std::abs(median / first - 1));
            medians.append(QString::number(median, 'f', 1));
        }
        const bool flat = windows.size() >= 2 && worst <= 0.10;
        std::printf(
            "soak: %d min, %lld requests, %lld errors, %lld stream reconnects; server RssAnon after the %.0f min "
            "warm-up, median of each %.0f min: %s MiB (%.1f%% from the first at most): %s\n",
            m_minutes,
            static_cast<long long>(m_requests),
            static_cast<long long>(m_errors),
            static_cast<long long>(m_streamReconnects),
            warmUpMinutes,
            windowMinutes,
            qPrintable(medians.join(QStringLiteral(", "))),
            worst * 100,
            flat && m_errors == 0 ? "PASS" : "FAIL");
        QCoreApplication::exit(flat && m_errors == 0 ? 0 : 1);
    }

    int m_minutes;
    QString m_url;
    qint64 m_serverPid;
    QElapsedTimer m_clock;
    QNetworkAccessManager m_network;
    QStringList m_ids;
    std::vector<std::shared_ptr<QWebSocket>> m_streams;
    std::vector<std::pair<double, double>> m_samples;
    qint64 m_requests = 0;
    qint64 m_errors = 0;
    qint64 m_streamMessages = 0;
    qint64 m_lastStreamMessages = 0;
    qint64 m_streamReconnects = 0;
    bool m_finished = false;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int minutes = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 60;

    QTemporaryDir dir;
    // History capped at 20 entries: with the default 100, the alerts' histories (nearly every receive adds a value
    // entry) take about 35 minutes to reach their steady size at this rate, and the database and SQLite's caches
    // grow with them — growth that is not a leak but that would fill most of the run.
    const QString config = dir.filePath(QStringLiteral("soak.conf"));
    QFile configFile(config);
    if (!configFile.open(QIODevice::WriteOnly) || configFile.write("HISTORY_LIMIT = 20\n") < 0) {
        std::fprintf(stderr, "soak: cannot write %s\n", qPrintable(config));
        return 1;
    }
    configFile.close();
    QProcess server;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AUTH_REQUIRED"), QStringLiteral("false"));
    // Housekeeping runs every minute (HOUSEKEEPING_INTERVAL's default); closed and expired alerts are deleted after
    // 2 minutes and the alerts' 10-minute timeouts expire them, so it has work each time.
    env.insert(QStringLiteral("DELETE_EXPIRED_AFTER"), QStringLiteral("120"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("alerta.api.info=false"));
    server.setProcessEnvironment(env);
    server.setProcessChannelMode(QProcess::ForwardedOutputChannel);
    server.setReadChannel(QProcess::StandardError); // the "serving on" line
    server.start(QStringLiteral(ALERTA_SERVER_PATH),
                 {QStringLiteral("--config"),
                  config,
                  QStringLiteral("--listen"),
                  QStringLiteral("127.0.0.1:0"),
                  QStringLiteral("--database"),
                  dir.filePath(QStringLiteral("soak.sqlite"))});
    QByteArray log;
    QString url;
    const QRegularExpression serving(QStringLiteral("serving on (http://127\\.0\\.0\\.1:\\d+)"));
    while (url.isEmpty() && server.waitForReadyRead(10000)) {
        log += server.readAllStandardError();
        if (const QRegularExpressionMatch m = serving.match(QString::fromUtf8(log)); m.hasMatch())
            url = m.captured(1);
    }
    if (url.isEmpty()) {
        std::fprintf(stderr, "soak: alerta-server did not start:\n%s\n", log.constData());
        return 1;
    }
    QObject::connect(&server, &QProcess::readyReadStandardError, &server, [&server] {
        const QByteArray lines = server.readAllStandardError();
        if (lines.contains("warning") || lines.contains("critical"))
            std::fprintf(stderr, "%s", lines.constData());
    });
    std::printf("soak: alerta-server at %s for %d minutes\n", qPrintable(url), minutes);
    Soak soak(minutes, url, server.processId());
    soak.start();
    const int result = app.exec();
    server.terminate();
    server.waitForFinished(30000);
    return result;
}
