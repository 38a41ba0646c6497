// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

#include "tests/support/httptest.h"
#include "tests/support/serverprocess.h"
#include "tests/support/teststore.h"
#include "tests/support/testtext.h"

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

// Scale-out: several alerta-server processes on one PostgreSQL database, as behind a load balancer. Each test
// starts real server processes (ALERTA_SERVER_PATH) on a schema of its own in the `postgres` fixture's cluster
// (ALERTA_TEST_PG) and talks to them over HTTP and WebSocket only.

namespace {

/// Generous: the machine has two cores and other builds may run beside the tests.
constexpr int WaitMs = 60000;

/// Every instance of a cluster shares it; JWTs signed by one must verify on the others.
const char *const ClusterSecret = "scale-out-shared-secret";

using Headers = QList<QPair<QByteArray, QByteArray>>;

/// Runs the event loop until `done` holds or `timeoutMs` pass; `wake` is a signal of `sender` that may have made it
template<typename Sender, typename Signal>
bool waitUntil(const std::function<bool()> &done, const Sender *sender, Signal wake, int timeoutMs = WaitMs)
{
    return HttpTest::waitUntil(done, sender, wake, timeoutMs);
}

/// An instance of the cluster: the shared secret key, authentication as given.
ServerProcess::Options instance(const QString &name, const QString &databaseUrl, bool authRequired)
{
    ServerProcess::Options options;
    options.name = name;
    options.databaseUrl = databaseUrl;
    options.secretKey = QString::fromLatin1(ClusterSecret);
    options.authRequired = authRequired;
    return options;
}

/// Starts several servers at once (as replicas start together, which also races their schema migrations) and
/// waits for all of them.
std::vector<std::unique_ptr<ServerProcess>> startServers(const QList<ServerProcess::Options> &options, QString *failure)
{
    std::vector<std::unique_ptr<ServerProcess>> servers;
    for (const ServerProcess::Options &o : options)
        servers.push_back(std::make_unique<ServerProcess>(o));
    for (const auto &server : servers) {
        if (!server->waitForPort()) {
            *failure = server->failure();
            return {};
        }
    }
    return servers;
}

/// Instances A and B on `database` with the cluster's secret and authentication off.
std::vector<std::unique_ptr<ServerProcess>> startPair(const QString &database, QString *failure)
{
    return startServers({instance(qs("A"), database, false), instance(qs("B"), database, false)}, failure);
}

/// Runs an alerta-server command (`user`, `key`) on `databaseUrl`; its stdout, or empty with `*failure` set.
QByteArray runCommand(const QString &databaseUrl,
                      const QStringList &arguments,
                      const QByteArray &input,
                      QString *failure)
{
    return runServerCommand(instance(qs("cli"), databaseUrl, true), arguments, input, failure);
}

QString joinNumbers(const QList<int> &numbers)
{
    QStringList texts;
    for (int n : numbers)
        texts.append(QString::number(n));
    return texts.join(u' ');
}

/// Sends one request; the reply is the caller's (deleteLater it).
QNetworkReply *send(QNetworkAccessManager &network,
                    const QString &url,
                    const QByteArray &method,
                    const QJsonObject &body = {},
                    const Headers &headers = {})
{
    QNetworkRequest request{QUrl(url)};
    QByteArray payload;
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(WaitMs);
    return network.sendCustomRequest(request, method, payload);
}

/// Sends one request and waits for the answer.
HttpAnswer request(QNetworkAccessManager &network,
                   const QString &url,
                   const QByteArray &method,
                   const QJsonObject &body = {},
                   const Headers &headers = {})
{
    return HttpAnswer::await(send(network, url, method, body, headers), WaitMs);
}

QJsonObject alertBody(const QString &resource, const QString &event)
{
    return {{qs("resource"), resource},
            {qs("event"), event},
            {qs("environment"), qs("Production")},
            {qs("service"), QJsonArray{qs("Web")}},
            {qs("severity"), qs("major")},
            {qs("text"), qs("scale-out test")}};
}

/// The alerts a server lists (one page, large enough for the test), by id.
QHash<QString, QJsonObject> listAlerts(QNetworkAccessManager &network, const ServerProcess &server, QString *failure)
{
    const HttpAnswer answer = request(network, server.url(qs("/alerts?page-size=10000")), "GET");
    if (answer.status != 200) {
        *failure = QStringLiteral("GET /alerts on %1: %2").arg(server.name(), answer.describe());
        return {};
    }
    QHash<QString, QJsonObject> alerts;
    const QJsonObject page = answer.json();
    for (const QJsonValue &value : page.value(qs("alerts")).toArray()) {
        const QJsonObject alert = value.toObject();
        alerts.insert(alert.value(qs("id")).toString(), alert);
    }
    if (page.value(qs("total")).toInteger() != alerts.size())
        *failure = QStringLiteral("GET /alerts on %1: total %2 but %3 alerts listed")
                       .arg(server.name())
                       .arg(page.value(qs("total")).toInteger())
                       .arg(alerts.size());
    return alerts;
}

/// A WebSocket client of `/stream` that keeps every message.
class StreamClient
{
public:
    StreamClient()
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket, [this](const QString &message) {
            messages.append(QJsonDocument::fromJson(message.toUtf8()).object());
        });
        QObject::connect(&socket, &QWebSocket::disconnected, &socket, [this] { closed = true; });
    }

    /// `query`: the stream's filter, as `/alerts` query parameters.
    void open(const ServerProcess &server, const QString &query = {})
    {
        socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/stream%2")
                             .arg(server.port())
                             .arg(query.isEmpty() ? QString() : u'?' + query)));
    }

    bool waitFor(const std::function<bool()> &done, int timeoutMs = WaitMs)
    {
        return waitUntil([&] { return done() || closed; }, &socket, &QWebSocket::textMessageReceived, timeoutMs)
            && done();
    }
    bool waitForHello()
    {
        return waitFor([this] { return !messages.isEmpty(); })
            && messages.first().value(qs("type")).toString() == qs("hello");
    }

    /// The alert events about `id` so far.
    QList<QJsonObject> eventsFor(const QString &id) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &m : messages) {
            if (m.value(qs("type")).toString() == qs("alert") && m.value(qs("id")).toString() == id)
                out.append(m);
        }
        return out;
    }
    /// The same, as `<change> <status>[ <tag>...]`, for compact comparisons.
    QStringList summaryFor(const QString &id) const
    {
        QStringList out;
        for (const QJsonObject &m : eventsFor(id)) {
            const QJsonObject alert = m.value(qs("alert")).toObject();
            QStringList words{m.value(qs("change")).toString(), alert.value(qs("status")).toString()};
            for (const QJsonValue &tag : alert.value(qs("tags")).toArray())
                words.append(tag.toString());
            out.append(words.join(u' '));
        }
        return out;
    }
    bool revisionsIncrease() const
    {
        qint64 last = -1;
        for (const QJsonObject &m : messages) {
            const qint64 revision = m.value(qs("revision")).toInteger();
            if (m.value(qs("type")).toString() == qs("alert") && revision <= last)
                return false;
            last = revision;
        }
        return true;
    }

    QWebSocket socket;
    QList<QJsonObject> messages;
    bool closed = false;
};

/// Two servers on one fresh database, and a client of B's stream that has been greeted.
struct StreamingPair
{
    std::vector<std::unique_ptr<ServerProcess>> servers;
    StreamClient onB;

    bool start(const QString &database, QString *failure)
    {
        servers = startPair(database, failure);
        if (servers.size() != 2)
            return false;
        onB.open(b());
        if (!onB.waitForHello()) {
            *failure = QStringLiteral("B's stream sent no hello");
            return false;
        }
        return true;
    }
    ServerProcess &a() { return *servers.at(0); }
    ServerProcess &b() { return *servers.at(1); }
};

/// Creates alerts through `server` one by one until `client` (on another server) streams one of them: proof that
/// the client's server now hears of the other's changes. PostgreSQL delivers notifications in commit order, so every
/// change committed through `server` before the one that arrived has either arrived already or never will. Each probe
/// is given a second before the next one goes; the ids of the probes, or empty when none arrived in WaitMs.
QStringList probeUntilStreamed(QNetworkAccessManager &network,
                               const ServerProcess &server,
                               StreamClient &client,
                               const QString &prefix)
{
    QStringList probes;
    const QDeadlineTimer deadline(WaitMs);
    while (!deadline.hasExpired()) {
        const HttpAnswer created = request(network,
                                           server.url(qs("/alert")),
                                           "POST",
                                           alertBody(prefix + QString::number(probes.size()), qs("Probe")));
        if (created.status != 201)
            return {};
        probes.append(created.json().value(qs("id")).toString());
        const auto arrived = [&] {
            return std::any_of(probes.cbegin(), probes.cend(), [&](const QString &id) {
                return !client.eventsFor(id).isEmpty();
            });
        };
        if (client.waitFor(arrived, 1000))
            return probes;
    }
    return {};
}

} // namespace

class TestScaleOut : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldKeepOneAlertPerKeyWithExactDuplicateSum();
    void shouldStreamChangesMadeThroughTheOtherInstance();
    void shouldStreamTheOtherInstancesChangesFromTheFirstHello();
    void shouldAcceptATokenIssuedByTheOtherInstance();
    void shouldLoseNoAcknowledgedAlertWhenAnInstanceIsKilled();
    void shouldResyncStreamClientsWhenChangesWereMissed();
    void shouldPublishChangesOnceTheDatabaseAnswersAgain();
    void shouldTellOfChangesToAlertsTheStreamNeverSaw();
    void shouldAnswerUnavailableWhileTheDatabaseIsAway();

private:
    QTemporaryDir m_dir;
};

void TestScaleOut::initTestCase()
{
    if (!TestStore::usesPostgres())
        QSKIP("needs ALERTA_TEST_PG: the socket directory of a PostgreSQL cluster (ctest's `postgres` fixture)");
    QVERIFY(QFileInfo(QStringLiteral(ALERTA_SERVER_PATH)).isExecutable());
}

void TestScaleOut::shouldKeepOneAlertPerKeyWithExactDuplicateSum()
{
    // Given: two servers on one fresh database
    const QString database = TestStore::freshLocation(m_dir);
    QString failure;
    const auto servers = startPair(database, &failure);
    QVERIFY2(servers.size() == 2, qPrintable(failure));

    // 20 keys (5 resources x 4 events), all major: every receive after the first of a key is a duplicate. Each key
    // is sent a different number of times (20 + its index: 590 in all), so that a count that is right by accident
    // for one key is wrong for another.
    struct Key
    {
        QString resource;
        QString event;
        int posts = 0;
    };
    QList<Key> keys;
    for (int r = 0; r < 5; ++r) {
        for (int e = 0; e < 4; ++e)
            keys.append({QStringLiteral("web%1").arg(r), QStringLiteral("Event%1").arg(e), 20 + int(keys.size())});
    }
    QList<int> order; // key index of each post, shuffled so that both servers see every key interleaved
    for (int k = 0; k < keys.size(); ++k) {
        for (int n = 0; n < keys.at(k).posts; ++n)
            order.append(k);
    }
    QRandomGenerator random(20260101);
    std::shuffle(order.begin(), order.end(), random);

    // When: four clients (each up to six connections per server) send them all at once, alternating the servers
    std::vector<std::unique_ptr<QNetworkAccessManager>> clients;
    for (int c = 0; c < 4; ++c)
        clients.push_back(std::make_unique<QNetworkAccessManager>());
    struct Posted
    {
        int key;
        QString server;
        HttpAnswer answer;
    };
    QList<Posted> posted(order.size());
    int pending = int(order.size());
    QEventLoop loop;
    for (int i = 0; i < order.size(); ++i) {
        const ServerProcess &server = *servers.at(i % 2);
        const Key &key = keys.at(order.at(i));
        QNetworkReply *reply =
            send(*clients.at(i % clients.size()), server.url(qs("/alert")), "POST", alertBody(key.resource, key.event));
        posted[i] = {order.at(i), server.name(), {}};
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, i] {
            posted[i].answer = HttpAnswer::of(reply);
            reply->deleteLater();
            if (--pending == 0)
                loop.quit();
        });
    }
    QTimer::singleShot(2 * WaitMs, &loop, &QEventLoop::quit);
    loop.exec();
    QVERIFY2(pending == 0,
             qPrintable(QStringLiteral("%1 of %2 posts still unanswered").arg(pending).arg(order.size())));

    // Then: every post was accepted, and all posts of a key answered the same alert, each with a duplicate count of
    // its own: 0, 1, ... n-1 (two receives that saw the same count would mean one duplicate overwrote another)
    QStringList refused;
    QHash<int, QSet<QString>> idsOfKey;
    QHash<int, QList<int>> countsOfKey;
    for (const Posted &p : std::as_const(posted)) {
        if (p.answer.status != 201) {
            refused.append(p.server + u": " + p.answer.describe());
            continue;
        }
        const QJsonObject body = p.answer.json();
        idsOfKey[p.key].insert(body.value(qs("id")).toString());
        countsOfKey[p.key].append(body.value(qs("alert")).toObject().value(qs("duplicateCount")).toInt(-1));
    }
    QVERIFY2(refused.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 posts not answered 201, e.g.:\n%3")
                            .arg(refused.size())
                            .arg(posted.size())
                            .arg(refused.mid(0, 5).join(u'\n'))));
    for (int k = 0; k < keys.size(); ++k) {
        const Key &key = keys.at(k);
        const QString name = key.resource + u'/' + key.event;
        QVERIFY2(idsOfKey.value(k).size() == 1,
                 qPrintable(QStringLiteral("%1: posts answered %2 different alerts: %3")
                                .arg(name)
                                .arg(idsOfKey.value(k).size())
                                .arg(QStringList(idsOfKey.value(k).values()).join(u", "))));
        QList<int> counts = countsOfKey.value(k);
        std::sort(counts.begin(), counts.end());
        QList<int> expected;
        for (int n = 0; n < key.posts; ++n)
            expected.append(n);
        QVERIFY2(counts == expected,
                 qPrintable(QStringLiteral("%1: the %2 posts answered duplicate counts %3")
                                .arg(name)
                                .arg(key.posts)
                                .arg(joinNumbers(counts))));
    }

    // And: either server lists exactly one alert per key, with duplicateCount = posts - 1, and counts 20
    QNetworkAccessManager network;
    for (const auto &server : servers) {
        const QHash<QString, QJsonObject> alerts = listAlerts(network, *server, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(alerts.size(), keys.size());
        QHash<QString, int> seen; // resource/event -> duplicateCount
        for (const QJsonObject &alert : alerts) {
            const QString name = alert.value(qs("resource")).toString() + u'/' + alert.value(qs("event")).toString();
            QVERIFY2(!seen.contains(name), qPrintable(server->name() + u": two alerts for " + name));
            seen.insert(name, alert.value(qs("duplicateCount")).toInt(-1));
        }
        for (int k = 0; k < keys.size(); ++k) {
            const Key &key = keys.at(k);
            const QString name = key.resource + u'/' + key.event;
            QVERIFY2(seen.contains(name), qPrintable(server->name() + u": no alert for " + name));
            QVERIFY2(seen.value(name) == key.posts - 1,
                     qPrintable(QStringLiteral("%1: %2 has duplicateCount %3 after %4 posts")
                                    .arg(server->name(), name)
                                    .arg(seen.value(name))
                                    .arg(key.posts)));
            QVERIFY(alerts.contains(*idsOfKey.value(k).cbegin()));
        }
        const HttpAnswer count = request(network, server->url(qs("/alerts/count")), "GET");
        QVERIFY2(count.status == 200, qPrintable(count.describe()));
        QCOMPARE(count.json().value(qs("total")).toInteger(), keys.size());
    }
}

void TestScaleOut::shouldStreamChangesMadeThroughTheOtherInstance()
{
    // Given: two servers on one database, and a stream client on each
    const QString database = TestStore::freshLocation(m_dir);
    QString failure;
    const auto servers = startPair(database, &failure);
    QVERIFY2(servers.size() == 2, qPrintable(failure));
    ServerProcess &a = *servers.at(0);
    ServerProcess &b = *servers.at(1);
    StreamClient onA;
    StreamClient onB;
    onA.open(a);
    onB.open(b);
    StreamClient openOnB; // only open alerts: sees the alert leave its view when A acks it
    openOnB.open(b, qs("status=open"));
    QVERIFY(onA.waitForHello());
    QVERIFY(onB.waitForHello());
    QVERIFY(openOnB.waitForHello());
    QNetworkAccessManager network;

    // When: an alert is created through A
    const HttpAnswer created = request(network, a.url(qs("/alert")), "POST", alertBody(qs("db01"), qs("DiskFull")));
    QVERIFY2(created.status == 201, qPrintable(created.describe()));
    const QString id = created.json().value(qs("id")).toString();

    // Then: B's client hears of it
    QVERIFY2(onB.waitFor([&] { return onB.eventsFor(id).size() >= 1; }),
             "B's stream did not deliver the alert created through A");
    QCOMPARE(onB.summaryFor(id), qsl({"created open"}));
    QCOMPARE(onB.eventsFor(id).first().value(qs("alert")).toObject().value(qs("resource")).toString(), qs("db01"));

    // When: A acks it; Then: B's client sees the new status
    const HttpAnswer acked = request(network, a.url(u"/alert/" + id + u"/action"), "PUT", {{qs("action"), qs("ack")}});
    QVERIFY2(acked.status == 200, qPrintable(acked.describe()));
    QVERIFY2(onB.waitFor([&] { return onB.eventsFor(id).size() >= 2; }),
             "B's stream did not deliver the ack made through A");
    QCOMPARE(onB.summaryFor(id), qsl({"created open", "updated ack"}));
    // And: B's filtered client learns that it left its view, although A's notification carries no "before" state
    QVERIFY2(openOnB.waitFor([&] { return openOnB.eventsFor(id).size() >= 2; }),
             "B's status=open client was not told that the alert acked through A left its view");
    QCOMPARE(openOnB.eventsFor(id).at(0).value(qs("visible")).toBool(), true);
    QCOMPARE(openOnB.eventsFor(id).at(1).value(qs("visible")).toBool(), false);

    // When: B tags it itself. Then: its own client gets it, and so does A's (so B's notification went out)
    const HttpAnswer tagged =
        request(network, b.url(u"/alert/" + id + u"/tag"), "PUT", {{qs("tags"), QJsonArray{qs("seen-on-b")}}});
    QVERIFY2(tagged.status == 200, qPrintable(tagged.describe()));
    QVERIFY2(onA.waitFor([&] { return onA.eventsFor(id).size() >= 3; }),
             "A's stream did not deliver the tag made through B");
    QVERIFY(onB.waitFor([&] { return onB.eventsFor(id).size() >= 3; }));

    // When: A unacks it, after B's notification reached the database: PostgreSQL delivers notifications in commit
    // order, so an echo of B's own change would reach B's stream before this one
    const HttpAnswer unacked =
        request(network, a.url(u"/alert/" + id + u"/action"), "PUT", {{qs("action"), qs("unack")}});
    QVERIFY2(unacked.status == 200, qPrintable(unacked.describe()));
    const auto unackArrived = [&] {
        const QStringList events = onB.summaryFor(id);
        return !events.isEmpty() && events.last() == qs("updated open seen-on-b");
    };
    QVERIFY2(onB.waitFor(unackArrived),
             qPrintable(u"B's stream did not deliver the unack made through A: " + onB.summaryFor(id).join(u", ")));
    QVERIFY(onA.waitFor([&] { return onA.eventsFor(id).size() >= 4; }));

    // Then: both clients saw each change exactly once, in order (B's own tag not echoed back by its notification)
    const QStringList expected{qs("created open"),
                               qs("updated ack"),
                               qs("updated ack seen-on-b"),
                               qs("updated open seen-on-b")};
    QCOMPARE(onB.summaryFor(id), expected);
    QCOMPARE(onA.summaryFor(id), expected);
    QVERIFY(onA.revisionsIncrease());
    QVERIFY(onB.revisionsIncrease());
    QVERIFY(!onA.closed);
    QVERIFY(!onB.closed);
}

void TestScaleOut::shouldStreamTheOtherInstancesChangesFromTheFirstHello()
{
    // A client that got its hello is owed every later change (docs/stream.md), the other instances' included: a
    // server that has just started must not greet clients before it listens for those. The window, if any, is
    // short, so B is started afresh a number of times, with a change through A as soon as B's client has its hello.
    const QString database = TestStore::freshLocation(m_dir);
    QString failure;
    const auto first = startServers({instance(qs("A"), database, false)}, &failure);
    QVERIFY2(first.size() == 1, qPrintable(failure));
    ServerProcess &a = *first.at(0);
    QNetworkAccessManager network;

    constexpr int Restarts = 30;
    QStringList missed;
    for (int round = 1; round <= Restarts; ++round) {
        // Given: B, just started, and a client that got B's hello
        const auto second = startServers({instance(u"B" + QString::number(round), database, false)}, &failure);
        QVERIFY2(second.size() == 1, qPrintable(failure));
        StreamClient onB;
        onB.open(*second.at(0));
        QVERIFY(onB.waitForHello());

        // When: an alert is created through A
        const HttpAnswer created =
            request(network, a.url(qs("/alert")), "POST", alertBody(QStringLiteral("fresh%1").arg(round), qs("X")));
        QVERIFY2(created.status == 201, qPrintable(created.describe()));
        const QString id = created.json().value(qs("id")).toString();

        // Then: B's client gets it. Whether it ever will is known once a later change through A has arrived.
        const QStringList probes = probeUntilStreamed(network, a, onB, QStringLiteral("probe%1-").arg(round));
        QVERIFY2(!probes.isEmpty(),
                 qPrintable(QStringLiteral("round %1: B's stream delivered none of the changes made through A; "
                                           "B's stderr:\n%2")
                                .arg(round)
                                .arg(second.at(0)->logTail())));
        if (onB.eventsFor(id).isEmpty())
            missed.append(QStringLiteral("%1 (%2 probes)").arg(round).arg(probes.size()));
    }
    QVERIFY2(missed.isEmpty(),
             qPrintable(QStringLiteral("in %1 of %2 rounds, B's client got its hello but never the alert created "
                                       "through A right after it, though later ones came (B answered before it "
                                       "listened for the other instances' changes?). Rounds: %3")
                            .arg(missed.size())
                            .arg(Restarts)
                            .arg(missed.join(u", "))));
}

void TestScaleOut::shouldAcceptATokenIssuedByTheOtherInstance()
{
    // Given: a user in a fresh database, created with the CLI before any server runs
    const QString database = TestStore::freshLocation(m_dir);
    const QString login = qs("admin@scaleout.test");
    const QString password = qs("correct horse battery staple");
    QString failure;
    runCommand(database,
               {qs("user"), qs("--login"), login, qs("--password"), qs("-")},
               password.toUtf8() + '\n',
               &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const QByteArray key = runCommand(database, {qs("key"), qs("--user"), login}, {}, &failure);
    QVERIFY2(failure.isEmpty() && !key.isEmpty(), qPrintable(failure));

    // And: two servers that share the secret key, and a third on the same database with another one
    const auto servers = startServers({instance(qs("A"), database, true),
                                       instance(qs("B"), database, true),
                                       [&database] {
                                           ServerProcess::Options c = instance(qs("C"), database, true);
                                           c.secretKey = qs("another-secret");
                                           return c;
                                       }()},
                                      &failure);
    QVERIFY2(servers.size() == 3, qPrintable(failure));
    ServerProcess &a = *servers.at(0);
    ServerProcess &b = *servers.at(1);
    ServerProcess &c = *servers.at(2);
    QNetworkAccessManager network;
    // A token's audience is the root URL it was issued on (as upstream: BASE_URL or the request's host). Behind a load
    // balancer every instance sees the balancer's host; here each has a port of its own, so the requests say which
    // host they were meant for, as the balancer would pass it on.
    const Headers viaBalancer{{"Host", "alerta.scaleout.test"}};
    auto withAuth = [&](const QByteArray &authorization) {
        Headers headers = viaBalancer;
        headers.append({"Authorization", authorization});
        return headers;
    };

    // When: the user logs in through A
    const HttpAnswer loggedIn = request(network,
                                        a.url(qs("/auth/login")),
                                        "POST",
                                        {{qs("username"), login}, {qs("password"), password}},
                                        viaBalancer);
    QVERIFY2(loggedIn.status == 200, qPrintable(loggedIn.describe()));
    const QByteArray token = loggedIn.json().value(qs("token")).toString().toLatin1();
    QVERIFY(!token.isEmpty());

    // Then: B accepts the token (and, auth being on, refuses a request without one or with a forged one)
    HttpAnswer answer = request(network, b.url(qs("/alerts")), "GET", {}, withAuth("Bearer " + token));
    QVERIFY2(answer.status == 200, qPrintable(u"B refused A's token: " + answer.describe()));
    answer = request(network, b.url(qs("/alerts")), "GET", {}, viaBalancer);
    QVERIFY2(answer.status == 401, qPrintable(u"B without credentials: " + answer.describe()));
    answer = request(network, b.url(qs("/alerts")), "GET", {}, withAuth("Bearer not.a.token"));
    QVERIFY2(answer.status == 401, qPrintable(u"B with a garbage token: " + answer.describe()));
    QByteArray tampered = token;
    tampered[tampered.size() - 2] = tampered.at(tampered.size() - 2) == 'A' ? 'B' : 'A'; // in the signature
    answer = request(network, b.url(qs("/alerts")), "GET", {}, withAuth("Bearer " + tampered));
    QVERIFY2(answer.status == 401, qPrintable(u"B with a tampered token: " + answer.describe()));
    // A write through B with A's token works as well: the token carries the scopes, B needs no session
    answer = request(network,
                     b.url(qs("/alert")),
                     "POST",
                     alertBody(qs("auth01"), qs("Login")),
                     withAuth("Bearer " + token));
    QVERIFY2(answer.status == 201, qPrintable(u"B refused a write with A's token: " + answer.describe()));

    // And: the server with another secret key refuses A's token, though it works otherwise (its own token passes)
    answer = request(network, c.url(qs("/alerts")), "GET", {}, withAuth("Bearer " + token));
    QVERIFY2(answer.status == 401, qPrintable(u"C (another SECRET_KEY) with A's token: " + answer.describe()));
    const HttpAnswer loggedInOnC = request(network,
                                           c.url(qs("/auth/login")),
                                           "POST",
                                           {{qs("username"), login}, {qs("password"), password}},
                                           viaBalancer);
    QVERIFY2(loggedInOnC.status == 200, qPrintable(loggedInOnC.describe()));
    const QByteArray tokenOfC = loggedInOnC.json().value(qs("token")).toString().toLatin1();
    answer = request(network, c.url(qs("/alerts")), "GET", {}, withAuth("Bearer " + tokenOfC));
    QVERIFY2(answer.status == 200, qPrintable(u"C with its own token: " + answer.describe()));

    // And: the API key created with the CLI, stored in the database, works on every instance
    for (const auto &server : servers) {
        answer = request(network, server->url(qs("/alerts")), "GET", {}, {{"Authorization", "Key " + key}});
        QVERIFY2(answer.status == 200, qPrintable(server->name() + u" with the CLI's API key: " + answer.describe()));
    }
}

void TestScaleOut::shouldLoseNoAcknowledgedAlertWhenAnInstanceIsKilled()
{
    // Given: two servers on one database; B survives every round, A is started afresh for each
    const QString database = TestStore::freshLocation(m_dir);
    QString failure;
    auto survivors = startServers({instance(qs("B"), database, false)}, &failure);
    QVERIFY2(survivors.size() == 1, qPrintable(failure));
    ServerProcess &b = *survivors.at(0);
    QNetworkAccessManager bNetwork;

    constexpr int Rounds = 3;
    constexpr int AckedBeforeKill = 200;  // per round
    constexpr int InFlight = 8;           // more than QNetworkAccessManager's 6 connections: some wait in its queue
    QHash<QString, QString> acknowledged; // id -> resource, over all rounds
    int totalSent = 0;
    for (int round = 1; round <= Rounds; ++round) {
        auto started = startServers({instance(u"A" + QString::number(round), database, false)}, &failure);
        QVERIFY2(started.size() == 1, qPrintable(failure));
        ServerProcess &a = *started.at(0);

        // When: a client posts distinct alerts to A, several in flight, and A is SIGKILLed once enough were
        // acknowledged, while the next ones are on their way
        QNetworkAccessManager network;
        int sent = 0;
        int inFlight = 0;
        int ackedThisRound = 0;
        bool killed = false;
        QStringList unexpected; // any HTTP answer but 201: the server must not fail requests before it dies
        QEventLoop loop;
        std::function<void()> postNext = [&] {
            const QString resource = QStringLiteral("kill-r%1-%2").arg(round).arg(sent++);
            QNetworkReply *reply = send(network, a.url(qs("/alert")), "POST", alertBody(resource, qs("NodeDown")));
            ++inFlight;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, resource] {
                const HttpAnswer answer = HttpAnswer::of(reply);
                reply->deleteLater();
                --inFlight;
                if (answer.status == 201) {
                    acknowledged.insert(answer.json().value(qs("id")).toString(), resource);
                    ++ackedThisRound;
                } else if (answer.status != 0 || !killed) {
                    unexpected.append(resource + u": " + answer.describe());
                }
                if (!killed && ackedThisRound >= AckedBeforeKill) {
                    a.kill();
                    killed = true;
                }
                if (!killed && unexpected.isEmpty())
                    postNext();
                if (inFlight == 0)
                    loop.quit();
            });
        };
        for (int n = 0; n < InFlight; ++n)
            postNext();
        QTimer::singleShot(2 * WaitMs, &loop, &QEventLoop::quit);
        loop.exec();
        QVERIFY2(unexpected.isEmpty(),
                 qPrintable(QStringLiteral("round %1: unexpected answers from A:\n%2\nA's stderr:\n%3")
                                .arg(round)
                                .arg(unexpected.mid(0, 5).join(u'\n'), a.logTail())));
        QVERIFY2(killed && inFlight == 0,
                 qPrintable(QStringLiteral("round %1: %2 acknowledged, %3 still in flight")
                                .arg(round)
                                .arg(ackedThisRound)
                                .arg(inFlight)));
        QVERIFY(!a.isRunning());
        QCOMPARE(a.exitStatus(), QProcess::CrashExit);
        qInfo("round %d: %d posts sent, %d acknowledged before SIGKILL", round, sent, ackedThisRound);

        // Then: B still serves, reads and writes
        HttpAnswer answer = request(bNetwork, b.url(qs("/management/healthcheck")), "GET");
        QVERIFY2(answer.status == 200, qPrintable(u"B's healthcheck: " + answer.describe() + u"\n" + b.logTail()));
        answer = request(bNetwork,
                         b.url(qs("/alert")),
                         "POST",
                         alertBody(QStringLiteral("after-kill-%1").arg(round), qs("NodeDown")));
        QVERIFY2(answer.status == 201, qPrintable(u"B after A was killed: " + answer.describe() + u"\n" + b.logTail()));

        // And: every alert A acknowledged, in this round and the ones before, is there through B
        const QHash<QString, QJsonObject> alerts = listAlerts(bNetwork, b, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QStringList lost;
        for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
            if (alerts.value(it.key()).value(qs("resource")).toString() != it.value())
                lost.append(it.value() + u" (" + it.key() + u')');
        }
        QVERIFY2(lost.isEmpty(),
                 qPrintable(QStringLiteral("round %1: %2 of %3 acknowledged alerts missing through B, e.g. %4")
                                .arg(round)
                                .arg(lost.size())
                                .arg(acknowledged.size())
                                .arg(lost.mid(0, 5).join(u", "))));
        // And: nothing appeared that nobody sent (posts that died with A may or may not have been committed)
        totalSent += sent;
        QVERIFY2(alerts.size() <= totalSent + round,
                 qPrintable(QStringLiteral("%1 alerts after %2 posts").arg(alerts.size()).arg(totalSent + round)));
    }
}

void TestScaleOut::shouldResyncStreamClientsWhenChangesWereMissed()
{
    // Given: two servers on one database and a client of B's stream
    StreamingPair pair;
    QString failure;
    QVERIFY2(pair.start(TestStore::freshLocation(m_dir), &failure), qPrintable(failure));
    ServerProcess &a = pair.a();
    ServerProcess &b = pair.b();
    StreamClient &onB = pair.onB;
    QNetworkAccessManager network;

    // When: the database drops the instances' LISTEN connections (as in a restart or failover), and an alert is
    // created through A before B listens again: its notification reaches nobody
    PgConnection admin(*PgConnectionOptions::fromUrl(TestStore::postgresUrl()));
    const qint64 dropped = admin
                               .scalar(qs("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                          "WHERE application_name = 'alerta-server stream listener'"))
                               .toLongLong();
    QCOMPARE(dropped, 2);
    const HttpAnswer created = request(network, a.url(qs("/alert")), "POST", alertBody(qs("missed01"), qs("DiskFull")));
    QVERIFY2(created.status == 201, qPrintable(created.describe()));
    const QString id = created.json().value(qs("id")).toString();

    // Then: B notices, listens again and tells its client to refetch (within its 5 s connection check)
    const auto resyncs = [&] {
        int n = 0;
        for (const QJsonObject &m : onB.messages)
            n += m.value(qs("type")).toString() == qs("resync");
        return n;
    };
    QVERIFY2(onB.waitFor([&] { return resyncs() > 0; }, 30000), "B's client got no resync after missed changes");
    const QJsonObject resync = [&] {
        for (const QJsonObject &m : onB.messages) {
            if (m.value(qs("type")).toString() == qs("resync"))
                return m;
        }
        return QJsonObject();
    }();
    QCOMPARE(resync.value(qs("reason")).toString(), qs("changes missed"));
    // And: the refetch the resync calls for shows the alert the stream missed
    const QHash<QString, QJsonObject> listed = listAlerts(network, b, &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY2(listed.contains(id), "the alert created while B was not listening is not in B's /alerts");
    // And: B hears of A's changes again
    QVERIFY2(!probeUntilStreamed(network, a, onB, qs("after-resync")).isEmpty(),
             "B's stream did not hear of A's changes after listening again");
    QCOMPARE(resyncs(), 1);
}

void TestScaleOut::shouldPublishChangesOnceTheDatabaseAnswersAgain()
{
    // Given: two servers on one database and a client of B's stream
    StreamingPair pair;
    QString failure;
    QVERIFY2(pair.start(TestStore::freshLocation(m_dir), &failure), qPrintable(failure));
    ServerProcess &a = pair.a();
    StreamClient &onB = pair.onB;
    QNetworkAccessManager network;
    QVERIFY(!probeUntilStreamed(network, a, onB, qs("before")).isEmpty());

    // When: the database drops the connections A publishes its changes on (as in a restart or failover), and an
    // alert is created through A: its first notification fails
    PgConnection admin(*PgConnectionOptions::fromUrl(TestStore::postgresUrl()));
    const qint64 dropped = admin
                               .scalar(qs("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                          "WHERE application_name = 'alerta-server stream publisher'"))
                               .toLongLong();
    QVERIFY(dropped >= 1);
    const HttpAnswer created =
        request(network, a.url(qs("/alert")), "POST", alertBody(qs("republished"), qs("DiskFull")));
    QVERIFY2(created.status == 201, qPrintable(created.describe()));
    const QString id = created.json().value(qs("id")).toString();

    // Then: A sends it again on a new connection, and B's client gets it as an event, with no resync (it was given
    // up, without a word, before)
    QVERIFY2(onB.waitFor(
                 [&] {
                     return std::any_of(onB.messages.cbegin(), onB.messages.cend(), [&id](const QJsonObject &m) {
                         return m.value(qs("id")).toString() == id;
                     });
                 },
                 15000),
             "B's client never heard of the alert created while A could not notify");
    for (const QJsonObject &m : std::as_const(onB.messages))
        QVERIFY(m.value(qs("type")).toString() != qs("resync"));
}

void TestScaleOut::shouldTellOfChangesToAlertsTheStreamNeverSaw()
{
    // Given: two alerts created through B before A started (A's stream never saw them), and two clients of A's
    // stream, one of them filtered to open alerts
    const QString database = TestStore::freshLocation(m_dir);
    QString failure;
    const auto first = startServers({instance(qs("B"), database, false)}, &failure);
    QVERIFY2(first.size() == 1, qPrintable(failure));
    ServerProcess &b = *first.at(0);
    QNetworkAccessManager network;
    const HttpAnswer gone = request(network, b.url(qs("/alert")), "POST", alertBody(qs("unseen01"), qs("DiskFull")));
    const HttpAnswer acked = request(network, b.url(qs("/alert")), "POST", alertBody(qs("unseen02"), qs("DiskFull")));
    QCOMPARE(gone.status, 201);
    QCOMPARE(acked.status, 201);
    const QString goneId = gone.json().value(qs("id")).toString();
    const QString ackedId = acked.json().value(qs("id")).toString();
    const auto second = startServers({instance(qs("A"), database, false)}, &failure);
    QVERIFY2(second.size() == 1, qPrintable(failure));
    ServerProcess &a = *second.at(0);
    StreamClient everything;
    everything.open(a);
    StreamClient openOnly;
    openOnly.open(a, qs("status=open"));
    QVERIFY(everything.waitForHello());
    QVERIFY(openOnly.waitForHello());

    // When: through B, one is deleted and the other acknowledged
    QCOMPARE(request(network, b.url(u"/alert/" + goneId), "DELETE").status, 200);
    QCOMPARE(request(network, b.url(u"/alert/" + ackedId + u"/action"), "PUT", QJsonObject{{qs("action"), qs("ack")}})
                 .status,
             200);

    // Then: both of A's clients learn that the first is gone and the filtered one that the second left its view
    const auto eventFor = [](const StreamClient &client, const QString &id) {
        for (const QJsonObject &m : client.messages) {
            if (m.value(qs("id")).toString() == id)
                return m;
        }
        return QJsonObject();
    };
    for (StreamClient *client : {&everything, &openOnly}) {
        QVERIFY2(client->waitFor([&] { return !eventFor(*client, goneId).isEmpty(); }),
                 "a client of A never learnt that an alert it may have had was deleted");
        QCOMPARE(eventFor(*client, goneId).value(qs("change")).toString(), qs("deleted"));
        QCOMPARE(eventFor(*client, goneId).value(qs("visible")).toBool(), false);
    }
    QVERIFY2(openOnly.waitFor([&] { return !eventFor(openOnly, ackedId).isEmpty(); }),
             "the filtered client never learnt that an alert left its view");
    QCOMPARE(eventFor(openOnly, ackedId).value(qs("visible")).toBool(), false);
    QVERIFY(everything.waitFor([&] { return !eventFor(everything, ackedId).isEmpty(); }));
    QCOMPARE(eventFor(everything, ackedId).value(qs("visible")).toBool(), true);
}

void TestScaleOut::shouldAnswerUnavailableWhileTheDatabaseIsAway()
{
    // Given: a server on a database of its own, with an alert received
    const QString name = QStringLiteral("alerta_outage_%1").arg(QCoreApplication::applicationPid());
    const QString database = TestStore::freshDatabase(name);
    QString failure;
    auto servers = startServers({instance(qs("A"), database, false)}, &failure);
    QVERIFY2(servers.size() == 1, qPrintable(failure));
    ServerProcess &a = *servers.at(0);
    QNetworkAccessManager network;
    const HttpAnswer created = request(network, a.url(qs("/alert")), "POST", alertBody(qs("db01"), qs("NodeDown")));
    QVERIFY2(created.status == 201, qPrintable(created.describe()));

    // When: the database ends every session and refuses new ones (a restart, a failover under way)
    TestStore::takeDatabaseAway(name);

    // Then: writes and reads are answered 503 in the error envelope, which a load balancer may retry on another
    // instance, naming only the SQLSTATE; the health check says FAILED; the server keeps running
    const HttpAnswer post = request(network, a.url(qs("/alert")), "POST", alertBody(qs("db01"), qs("NodeDown")));
    QCOMPARE(post.error(), qs("503 database unavailable (SQLSTATE 08001)"));
    QCOMPARE(post.json().value(qs("status")).toString(), qs("error"));
    QCOMPARE(post.json().value(qs("code")).toInt(), 503);
    const HttpAnswer list = request(network, a.url(qs("/alerts")), "GET");
    QCOMPARE(list.error(), qs("503 database unavailable (SQLSTATE 08001)"));
    const HttpAnswer gtg = request(network, a.url(qs("/management/gtg")), "GET");
    QCOMPARE(gtg.status, 503);
    QCOMPARE(gtg.body, QByteArray("FAILED"));
    QVERIFY(a.isRunning());

    // When: the database takes connections again
    TestStore::restoreDatabase(name);

    // Then: the same server writes and reads again, on new connections
    const HttpAnswer again = request(network, a.url(qs("/alert")), "POST", alertBody(qs("db01"), qs("NodeDown")));
    QVERIFY2(again.status == 201, qPrintable(again.describe()));
    QCOMPARE(again.json().value(qs("alert")).toObject().value(qs("duplicateCount")).toInt(), 1);
    const HttpAnswer listed = request(network, a.url(qs("/alerts")), "GET");
    QVERIFY2(listed.status == 200, qPrintable(listed.describe()));
    QCOMPARE(listed.json().value(qs("total")).toInt(), 1);
    QCOMPARE(request(network, a.url(qs("/management/gtg")), "GET").body, QByteArray("OK"));

    servers.clear();
    TestStore::dropDatabase(name);
}

QTEST_MAIN(TestScaleOut)
#include "testscaleout.moc"
