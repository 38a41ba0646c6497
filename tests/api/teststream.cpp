// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

#include "core/alertengine.h"
#include "core/alertjson.h"
#include "core/api/streamserver.h"
#include "core/identityjson.h"
#include "core/keyservice.h"
#include "core/userservice.h"
#include "tests/support/apifixture.h"
#include "tests/support/testtext.h"

#include <functional>

// The live stream (docs/stream.md): `GET /stream` over WebSocket, against a real server.

namespace {

constexpr int WaitMs = 10000;

/// HttpTest::waitUntil with this suite's timeout.
template<typename Sender, typename Signal>
bool waitUntil(const std::function<bool()> &done, const Sender *sender, Signal wake)
{
    return HttpTest::waitUntil(done, sender, wake, WaitMs);
}

/// A WebSocket client that keeps every message and how the connection ended.
class StreamClient : public QObject
{
public:
    StreamClient()
    {
        connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString &message) {
            messages.append(QJsonDocument::fromJson(message.toUtf8()).object());
        });
        connect(&socket, &QWebSocket::disconnected, this, [this] {
            closed = true;
            closeCode = socket.closeCode();
            closeReason = socket.closeReason();
        });
    }

    void open(const ApiFixture &api,
              const QString &pathAndQuery,
              const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(api.port).arg(pathAndQuery)));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        socket.open(request);
    }

    /// Waits for `count` messages in all.
    bool waitForMessages(qsizetype count)
    {
        return waitUntil([&] { return messages.size() >= count || closed; }, &socket, &QWebSocket::textMessageReceived)
            && messages.size() >= count;
    }
    bool waitForClose()
    {
        return waitUntil([&] { return closed; }, &socket, &QWebSocket::disconnected);
    }
    /// Waits for the hello; false when the server closed instead.
    bool waitForHello() { return waitForMessages(1) && messages.first().value(qs("type")).toString() == qs("hello"); }

    /// The alert events so far, as `<change> <resource or id>[ (left)]`.
    QStringList events(const QHash<QString, QString> &names = {}) const
    {
        QStringList out;
        for (const QJsonObject &m : messages) {
            if (m.value(qs("type")).toString() != qs("alert"))
                continue;
            const QString id = m.value(qs("id")).toString();
            QString line = m.value(qs("change")).toString() + u' ' + names.value(id, id);
            if (!m.value(qs("visible")).toBool())
                line += qs(" (left)");
            out.append(line);
        }
        return out;
    }
    QList<qint64> revisions() const
    {
        QList<qint64> out;
        for (const QJsonObject &m : messages) {
            if (m.value(qs("type")).toString() == qs("alert"))
                out.append(m.value(qs("revision")).toInteger());
        }
        return out;
    }

    QWebSocket socket;
    QList<QJsonObject> messages;
    bool closed = false;
    int closeCode = 0;
    QString closeReason;
};

QJsonObject alertBody(const char *resource, const char *environment, const char *severity)
{
    return {{qs("resource"), qs(resource)},
            {qs("event"), qs("HttpError")},
            {qs("environment"), qs(environment)},
            {qs("service"), QJsonArray{qs("Web")}},
            {qs("severity"), qs(severity)}};
}

/// Receives through the engine, as the process itself; returns the alert's id.
QString receive(ApiFixture &api,
                const char *resource,
                const char *environment,
                const char *severity,
                const QString &customer = {})
{
    AlertEngine &engine = api.core->engine();
    Result<Alert> alert =
        AlertJson::parseIncomingAlert(alertBody(resource, environment, severity), engine.config(), engine.now());
    if (!alert)
        return {};
    alert->customer = customer;
    const Result<ReceiveResult> received = engine.receive(*alert, Caller::internal());
    return received ? received->alert.id : QString();
}

QString makeKey(ApiFixture &api, const QStringList &scopes, const QString &customer = {})
{
    NewKey k;
    k.key.user = qs("stream-tester");
    k.key.scopes = scopes;
    k.key.customer = customer;
    const Result<ApiKey> key = api.core->keys().create(k, Caller::internal());
    return key ? key->key : QString();
}

void requireAuth(ServerSettings &s)
{
    s.authRequired = true;
}

/// The handshake of a WebSocket client on /stream, as raw bytes: for clients that then misbehave.
const QByteArray RawUpgrade = "GET /stream HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";

/// Connects `socket` to `port` and sends the handshake; the socket reads at most 1 KiB of what comes back until the
/// test reads it.
bool openWithoutReading(QTcpSocket &socket, quint16 port)
{
    socket.setReadBufferSize(1024);
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(WaitMs))
        return false;
    socket.write(RawUpgrade);
    return true;
}

} // namespace

class TestStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldStreamEveryKindOfChangeInOrder();
    void shouldSendOnlyEventsMatchingTheFilter();
    void shouldNeverSendAnotherCustomersEvents();
    void shouldReplayExactlyTheMissedEventsOnReconnect();
    void shouldAskForResyncWhenTheRevisionIsNotInTheWindow();
    void shouldFilterChangesKeptWhileNoFilteredClientWasConnected();
    void shouldSendEachAlertExactlyAsTheListShowsIt();
    void shouldStreamHousekeeping();
    void shouldRejectWithoutCredentials();
    void shouldAcceptAKeyInTheQueryOrAHeader();
    void shouldCloseWhenItsCredentialsNoLongerHold();
    void shouldCloseWith4429WhenBasicSignInIsThrottled();
    void shouldRejectBadRequests();
    void shouldDropASlowClient();
    void shouldCutOffAClientThatSendsPingsAndReadsNothing();
    void shouldKeepAWindowOfLargeAlertsWithinItsBytes();
    void shouldAnswer404ToUpgradesWhenTheStreamIsOff();
    void shouldTellOfAnotherInstancesDeletionOnlyThoseWhoMaySeeIt();
};

void TestStream::shouldStreamEveryKindOfChangeInOrder()
{
    // Given: a client connected to a server without alerts
    ApiFixture api;
    StreamClient client;
    client.open(api, qs("/stream"));
    QVERIFY(client.waitForHello());
    QCOMPARE(client.messages.first().value(qs("revision")).toInteger(), 0);
    QVERIFY(!client.messages.first().value(qs("epoch")).toString().isEmpty());

    // When: an alert is created, duplicated, correlated, acked, tagged, noted and deleted over the API
    const HttpAnswer created = api.post(qs("/alert"), alertBody("web01", "Production", "major"));
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(qs("id")).toString();
    QCOMPARE(api.post(qs("/alert"), alertBody("web01", "Production", "major")).status, 201);
    QCOMPARE(api.post(qs("/alert"), alertBody("web01", "Production", "critical")).status, 201);
    QCOMPARE(api.put(u"/alert/" + id + u"/action", {{qs("action"), qs("ack")}}).status, 200);
    QCOMPARE(api.put(u"/alert/" + id + u"/tag", {{qs("tags"), QJsonArray{qs("db")}}}).status, 200);
    QCOMPARE(api.put(u"/alert/" + id + u"/note", {{qs("note"), qs("looking")}}).status, 201);
    QCOMPARE(api.del(u"/alert/" + id).status, 200);

    // Then: one event per change, in order, with strictly increasing revisions and the alert as changed
    QVERIFY(client.waitForMessages(8));
    const QHash<QString, QString> names{{id, qs("web01")}};
    QCOMPARE(client.events(names),
             qsl({"created web01",
                  "duplicated web01",
                  "correlated web01",
                  "updated web01",
                  "updated web01",
                  "updated web01",
                  "deleted web01 (left)"}));
    const QList<qint64> revisions = client.revisions();
    for (qsizetype i = 0; i < revisions.size(); ++i)
        QCOMPARE(revisions.at(i), i + 1);
    const QJsonObject acked = client.messages.at(4).value(qs("alert")).toObject();
    QCOMPARE(acked.value(qs("status")).toString(), qs("ack"));
    QCOMPARE(acked.value(qs("severity")).toString(), qs("critical"));
    QCOMPARE(acked.value(qs("href")).toString(), api.url(u"/alert/" + id));
    QCOMPARE(acked.value(qs("history")).toArray().size(), 0);
    QCOMPARE(client.messages.at(5).value(qs("alert")).toObject().value(qs("tags")).toArray(), QJsonArray{qs("db")});
    QVERIFY(!client.messages.at(7).contains(qs("alert")));
    QCOMPARE(api.server->stream().revision(), 7);
}

void TestStream::shouldSendOnlyEventsMatchingTheFilter()
{
    // Given: a client that streams major Production alerts
    ApiFixture api;
    StreamClient client;
    client.open(api, qs("/stream?environment=Production&severity=major"));
    QVERIFY(client.waitForHello());

    // When: alerts of other environments and severities come and go, and a matching one becomes critical
    const QString dev = receive(api, "dev01", "Development", "major");
    const QString minor = receive(api, "web02", "Production", "minor");
    const QString web01 = receive(api, "web01", "Production", "major");
    QVERIFY(api.core->engine().remove(dev, Caller::internal()));
    QVERIFY(api.core->engine().tag(minor, {qs("x")}, Caller::internal()));
    receive(api, "web01", "Production", "critical"); // correlates: no longer major
    receive(api, "web01", "Production", "critical"); // a duplicate of what the client no longer sees
    const QString web03 = receive(api, "web03", "Production", "major");

    // Then: only the matching alert's events, the one that took it out of the view marked so, then the last one
    QVERIFY(client.waitForMessages(4));
    QCOMPARE(client.events({{web01, qs("web01")}, {web03, qs("web03")}}),
             qsl({"created web01", "correlated web01 (left)", "created web03"}));
    QCOMPARE(client.revisions(), (QList<qint64>{3, 6, 8}));
}

void TestStream::shouldNeverSendAnotherCustomersEvents()
{
    // Given: authentication on, and a client whose key is restricted to customer Acme
    ApiFixture api(requireAuth);
    const QString acmeKey = makeKey(api, {qs("read:alerts")}, qs("Acme"));
    QVERIFY(!acmeKey.isEmpty());
    StreamClient acme;
    acme.open(api, qs("/stream"), {{"Authorization", "Key " + acmeKey.toUtf8()}});
    QVERIFY(acme.waitForHello());
    // ... and one with an unrestricted key
    StreamClient all;
    all.open(api, u"/stream?api-key=" + makeKey(api, {qs("read:alerts")}));
    QVERIFY(all.waitForHello());

    // When: both customers' alerts are created, changed and deleted
    const QString globex = receive(api, "db01", "Production", "major", qs("Globex"));
    const QString acme1 = receive(api, "web01", "Production", "major", qs("Acme"));
    QVERIFY(api.core->engine().action(globex, qs("ack"), {}, {}, Caller::internal()));
    QVERIFY(api.core->engine().remove(globex, Caller::internal()));
    QVERIFY(api.core->engine().remove(acme1, Caller::internal()));
    const QString acme2 = receive(api, "web02", "Production", "major", qs("Acme"));

    // Then: the Acme client sees Acme's changes only, deletion included; the other sees everything
    const QHash<QString, QString> names{{globex, qs("db01")}, {acme1, qs("web01")}, {acme2, qs("web02")}};
    QVERIFY(acme.waitForMessages(4));
    QVERIFY(all.waitForMessages(7));
    QCOMPARE(acme.events(names), qsl({"created web01", "deleted web01 (left)", "created web02"}));
    for (const QJsonObject &m : std::as_const(acme.messages))
        QVERIFY(!QJsonDocument(m).toJson().contains(globex.toUtf8()));
    QCOMPARE(all.events(names),
             qsl({"created db01",
                  "created web01",
                  "updated db01",
                  "deleted db01 (left)",
                  "deleted web01 (left)",
                  "created web02"}));
}

void TestStream::shouldReplayExactlyTheMissedEventsOnReconnect()
{
    // Given: a Production client that saw two alerts, then went away
    ApiFixture api;
    auto first = std::make_unique<StreamClient>();
    first->open(api, qs("/stream?environment=Production"));
    QVERIFY(first->waitForHello());
    const QString web01 = receive(api, "web01", "Production", "major");
    receive(api, "web02", "Production", "major");
    QVERIFY(first->waitForMessages(3));
    const qint64 last = first->revisions().last();
    QCOMPARE(last, 2);
    first.reset();

    // When: changes happen while it is away, and it comes back with its last revision
    const QString web03 = receive(api, "web03", "Production", "major");
    QVERIFY(api.core->engine().action(web01, qs("ack"), {}, {}, Caller::internal()));
    receive(api, "dev01", "Development", "major");
    StreamClient again;
    again.open(api, u"/stream?environment=Production&revision=" + QString::number(last));
    QVERIFY(again.waitForHello());
    const QString web04 = receive(api, "web04", "Production", "major");

    // Then: the hello, the missed matching changes in order, then the live one: no gap, no repeat
    QVERIFY(again.waitForMessages(4));
    QCOMPARE(again.messages.first().value(qs("revision")).toInteger(), 5);
    QCOMPARE(again.events({{web01, qs("web01")}, {web03, qs("web03")}, {web04, qs("web04")}}),
             qsl({"created web03", "updated web01", "created web04"}));
    QCOMPARE(again.revisions(), (QList<qint64>{3, 4, 6}));

    // When: a client comes back already up to date
    StreamClient current;
    current.open(api, qs("/stream?revision=6"));
    QVERIFY(current.waitForHello());
    receive(api, "web05", "Production", "major");
    // Then: nothing but the new change
    QVERIFY(current.waitForMessages(2));
    QCOMPARE(current.revisions(), (QList<qint64>{7}));
}

void TestStream::shouldAskForResyncWhenTheRevisionIsNotInTheWindow()
{
    // Given: a server that keeps the last two changes, after four
    ApiFixture api;
    StreamServer::Options options;
    options.window = 2;
    api.server->stream().setOptions(options);
    for (const char *resource : {"web01", "web02", "web03", "web04"})
        receive(api, resource, "Production", "major");
    QTRY_COMPARE_WITH_TIMEOUT(api.server->stream().revision(), 4, WaitMs);

    const auto connectWith = [&api](const QString &query) {
        auto client = std::make_unique<StreamClient>();
        client->open(api, u"/stream?" + query);
        return client;
    };
    // When: a client asks for changes after revision 1 (revision 2 is gone)
    auto tooOld = connectWith(qs("revision=1"));
    // Then: hello, then resync, and no stale events
    QVERIFY(tooOld->waitForMessages(2));
    QCOMPARE(tooOld->messages.at(1).value(qs("type")).toString(), qs("resync"));
    QCOMPARE(tooOld->messages.at(1).value(qs("revision")).toInteger(), 4);
    QCOMPARE(tooOld->messages.at(1).value(qs("reason")).toString(), qs("revision too old"));

    // When: after revision 2, whose successors are all kept
    auto kept = connectWith(qs("revision=2"));
    // Then: replayed
    QVERIFY(kept->waitForMessages(3));
    QCOMPARE(kept->revisions(), (QList<qint64>{3, 4}));

    // When: a revision this process never handed out (the server restarted), or another process's epoch
    auto ahead = connectWith(qs("revision=40"));
    auto otherEpoch = connectWith(qs("revision=4&epoch=another"));
    // Then: resync
    QVERIFY(ahead->waitForMessages(2));
    QCOMPARE(ahead->messages.at(1).value(qs("type")).toString(), qs("resync"));
    QCOMPARE(ahead->messages.at(1).value(qs("reason")).toString(), qs("unknown revision"));
    QVERIFY(otherEpoch->waitForMessages(2));
    QCOMPARE(otherEpoch->messages.at(1).value(qs("reason")).toString(), qs("epoch"));

    // When: this process's epoch and the current revision
    const QString epoch = api.server->stream().epoch();
    auto same = connectWith(u"revision=4&epoch=" + epoch);
    QVERIFY(same->waitForHello());
    receive(api, "web05", "Production", "major");
    // Then: no resync, just what comes next; and the resynced client goes on live as well
    QVERIFY(same->waitForMessages(2));
    QCOMPARE(same->revisions(), (QList<qint64>{5}));
    QVERIFY(tooOld->waitForMessages(3));
    QCOMPARE(tooOld->revisions(), (QList<qint64>{5}));
}

void TestStream::shouldFilterChangesKeptWhileNoFilteredClientWasConnected()
{
    // Given: a window of four changes and six changes made with no client connected (the window then holds the
    // changes in memory only: filtered clients match them in SQL once one needs it)
    ApiFixture api;
    StreamServer::Options options;
    options.window = 4;
    api.server->stream().setOptions(options);
    const QString web01 = receive(api, "web01", "Production", "major");
    receive(api, "dev01", "Development", "major");
    receive(api, "web02", "Production", "major");
    const QString dev02 = receive(api, "dev02", "Development", "major");
    QVERIFY(api.core->engine().action(web01, qs("ack"), {}, {}, Caller::internal()));
    const QString web03 = receive(api, "web03", "Production", "major");
    QTRY_COMPARE_WITH_TIMEOUT(api.server->stream().revision(), 6, WaitMs);

    // When: a Production client comes back from revision 3, and an open-only one from revision 4
    StreamClient production;
    production.open(api, qs("/stream?environment=Production&revision=3"));
    StreamClient open;
    open.open(api, qs("/stream?status=open&revision=4"));
    // Then: each gets the kept changes its filter admits, the ack leaving the open client's view
    const QHash<QString, QString> names{{web01, qs("web01")}, {dev02, qs("dev02")}, {web03, qs("web03")}};
    QVERIFY(production.waitForMessages(3));
    QCOMPARE(production.events(names), qsl({"updated web01", "created web03"}));
    QVERIFY(open.waitForMessages(3));
    QCOMPARE(open.events(names), qsl({"updated web01 (left)", "created web03"}));

    // When: five more changes push everything seen so far out of the window, while both clients are live
    for (const char *resource : {"web04", "dev03", "web05", "dev04", "web06"})
        receive(api, resource, resource[0] == 'w' ? "Production" : "Development", "minor");
    QTRY_COMPARE_WITH_TIMEOUT(api.server->stream().revision(), 11, WaitMs);
    // Then: the live clients got what concerns them
    QVERIFY(production.waitForMessages(6));
    QCOMPARE(production.revisions(), (QList<qint64>{5, 6, 7, 9, 11}));
    QVERIFY(open.waitForMessages(8));
    QCOMPARE(open.revisions(), (QList<qint64>{5, 6, 7, 8, 9, 10, 11}));
    // And: a Development client coming back from revision 8 gets exactly the kept changes after it
    StreamClient development;
    development.open(api, qs("/stream?environment=Development&revision=8"));
    QVERIFY(development.waitForMessages(2));
    QCOMPARE(development.revisions(), (QList<qint64>{10}));
    // And: one from revision 6 is told to resync: revision 7 has left the window
    StreamClient late;
    late.open(api, qs("/stream?environment=Development&revision=6"));
    QVERIFY(late.waitForMessages(2));
    QCOMPARE(late.messages.at(1).value(qs("reason")).toString(), qs("revision too old"));
}

void TestStream::shouldSendEachAlertExactlyAsTheListShowsIt()
{
    // Given: a client that sees everything and one with a filter, both with raw data
    ApiFixture api;
    StreamClient everything;
    everything.open(api, qs("/stream?show-raw-data=true"));
    StreamClient production;
    production.open(api, qs("/stream?environment=Production&show-raw-data=true"));
    QVERIFY(everything.waitForHello());
    QVERIFY(production.waitForHello());

    // When: an alert with every kind of field is created, duplicated with a new value and text, then acked
    QJsonObject body{{qs("resource"), qs("db01")},
                     {qs("event"), qs("ReplicationLag")},
                     {qs("environment"), qs("Production")},
                     {qs("severity"), qs("major")},
                     {qs("correlate"), QJsonArray{qs("ReplicationLag"), qs("ReplicationOk")}},
                     {qs("service"), QJsonArray{qs("Database"), qs("Payments")}},
                     {qs("group"), qs("Storage")},
                     {qs("value"), qs("42 s")},
                     {qs("text"), qs("lag is high — ünïcode")},
                     {qs("tags"), QJsonArray{qs("db"), qs("eu")}},
                     {qs("attributes"), QJsonObject{{qs("region"), qs("eu-1")}, {qs("n"), 3}}},
                     {qs("origin"), qs("test/stream")},
                     {qs("type"), qs("exceptionAlert")},
                     {qs("timeout"), 600},
                     {qs("rawData"), qs("raw \"payload\"")}};
    const HttpAnswer created = api.post(qs("/alert"), body);
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(qs("id")).toString();
    body.insert(qs("value"), qs("57 s"));
    body.insert(qs("text"), qs("lag is higher"));
    QCOMPARE(api.post(qs("/alert"), body).status, 201);
    QCOMPARE(api.put(u"/alert/" + id + u"/action", {{qs("action"), qs("ack")}, {qs("timeout"), 300}}).status, 200);

    // Then: each client's last event carries the alert exactly as /alerts lists it now, and so did the earlier ones
    // as each change left it (values checked)
    QVERIFY(everything.waitForMessages(4));
    QVERIFY(production.waitForMessages(4));
    const HttpAnswer listed = api.get(u"/alerts?show-raw-data=true&id=" + id);
    QCOMPARE(listed.status, 200);
    const QJsonObject expected = listed.json().value(qs("alerts")).toArray().at(0).toObject();
    QCOMPARE(expected.value(qs("status")).toString(), qs("ack"));
    for (const StreamClient *client : {&everything, &production}) {
        QCOMPARE(client->messages.at(3).value(qs("alert")).toObject(), expected);
        QCOMPARE(client->messages.at(1).value(qs("alert")).toObject().value(qs("value")).toString(), qs("42 s"));
        QCOMPARE(client->messages.at(2).value(qs("alert")).toObject().value(qs("text")).toString(),
                 qs("lag is higher"));
        QCOMPARE(client->messages.at(2).value(qs("alert")).toObject().value(qs("rawData")).toString(),
                 qs("raw \"payload\""));
    }
}

void TestStream::shouldStreamHousekeeping()
{
    // Given: an old closed alert, an old informational one and an open one past its timeout, stored directly
    ApiFixture api;
    AlertEngine &engine = api.core->engine();
    const Timestamp old = engine.now() - 7200'000;
    QHash<QString, QString> names;
    QList<Alert> rows;
    for (const auto &[resource, severity, status] : {std::tuple{"closed01", "major", "closed"},
                                                     std::tuple{"info01", "informational", "open"},
                                                     std::tuple{"stale01", "major", "open"}}) {
        Result<Alert> a =
            AlertJson::parseIncomingAlert(alertBody(resource, "Production", severity), engine.config(), old);
        QVERIFY(a.ok());
        a->status = qs(status);
        a->timeout = 60;
        a->receiveTime = a->lastReceiveTime = a->updateTime = old;
        names.insert(a->id, qs(resource));
        rows.append(*a);
    }
    QVERIFY(api.store
                ->write<Ok>([&rows](AlertTransaction &tx) -> VoidResult {
                    for (const Alert &a : std::as_const(rows))
                        tx.insert(a);
                    return Ok{};
                })
                .result()
                .ok());
    StreamClient client;
    client.open(api, qs("/stream?environment=Production"));
    QVERIFY(client.waitForHello());

    // When: housekeeping deletes what is older than an hour and expires the rest
    QVERIFY(engine.housekeeping(3600, 3600).ok());

    // Then: the deletions and the expiry are events like any other
    QVERIFY(client.waitForMessages(4));
    QStringList events = client.events(names);
    std::sort(events.begin(), events.begin() + 2); // the two deletions come in store order
    QCOMPARE(events, qsl({"deleted closed01 (left)", "deleted info01 (left)", "updated stale01"}));
    QCOMPARE(client.messages.at(3).value(qs("alert")).toObject().value(qs("status")).toString(), qs("expired"));
}

void TestStream::shouldRejectWithoutCredentials()
{
    // Given: AUTH_REQUIRED
    ApiFixture api(requireAuth);

    // When: a client connects without credentials, with a wrong key, or with a key that may not read alerts
    StreamClient anonymous;
    anonymous.open(api, qs("/stream"));
    StreamClient wrongKey;
    wrongKey.open(api, qs("/stream?api-key=nope"));
    StreamClient noScope;
    noScope.open(api, qs("/stream"), {{"X-API-Key", makeKey(api, {qs("read:heartbeats")}).toUtf8()}});

    // Then: each is closed with 4000 + the REST status and the REST message, before any event
    QVERIFY(anonymous.waitForClose());
    QCOMPARE(anonymous.closeCode, 4401);
    QCOMPARE(anonymous.closeReason, qs("Missing authorization API Key or Bearer Token"));
    QVERIFY(anonymous.messages.isEmpty());
    QVERIFY(wrongKey.waitForClose());
    QCOMPARE(wrongKey.closeCode, 4401);
    QCOMPARE(wrongKey.closeReason, qs("API key parameter 'nope' is invalid"));
    QVERIFY(noScope.waitForClose());
    QCOMPARE(noScope.closeCode, 4403);
    QCOMPARE(noScope.closeReason, qs("Missing required scope: read:alerts"));
    QVERIFY(noScope.messages.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(api.server->stream().connectionCount(), 0, WaitMs);
}

void TestStream::shouldAcceptAKeyInTheQueryOrAHeader()
{
    // Given: AUTH_REQUIRED and a read key
    ApiFixture api(requireAuth);
    const QString key = makeKey(api, {qs("read:alerts")});

    // When: one client passes it as `api-key`, another as `Authorization: Key`
    StreamClient inQuery;
    inQuery.open(api, u"/stream?api-key=" + key + u"&status=open");
    StreamClient inHeader;
    inHeader.open(api, qs("/stream"), {{"Authorization", "Key " + key.toUtf8()}});

    // Then: both stream, and `api-key` is not taken for a filter
    QVERIFY(inQuery.waitForHello());
    QVERIFY(inHeader.waitForHello());
    receive(api, "web01", "Production", "major");
    QVERIFY(inQuery.waitForMessages(2));
    QVERIFY(inHeader.waitForMessages(2));
    QCOMPARE(api.server->stream().liveCount(), 2);
}

void TestStream::shouldCloseWhenItsCredentialsNoLongerHold()
{
    // Given: AUTH_REQUIRED, customer views, credentials checked again every second, and four keys streaming
    ApiFixture api([](ServerSettings &s) {
        s.authRequired = true;
        s.customerViews = true;
    });
    StreamServer::Options options;
    options.recheckSeconds = 1;
    api.server->stream().setOptions(options);
    const QString deleted = makeKey(api, {qs("read:alerts")});
    const QString narrowed = makeKey(api, {qs("read:alerts")});
    const QString moved = makeKey(api, {qs("read:alerts")}, qs("Acme"));
    const QString kept = makeKey(api, {qs("read:alerts")}, qs("Acme"));
    std::map<QString, std::unique_ptr<StreamClient>> clients;
    for (const QString &key : {deleted, narrowed, moved, kept}) {
        clients[key] = std::make_unique<StreamClient>();
        clients[key]->open(api, u"/stream?api-key=" + key);
        QVERIFY(clients[key]->waitForHello());
    }

    // When: one key is deleted, one loses read:alerts, one is moved to another customer (as REST calls would)
    QVERIFY(api.core->keys().remove(deleted, Caller::internal()).ok());
    QVERIFY(api.core->keys()
                .update(narrowed, {{qs("scopes"), QJsonArray{qs("read:heartbeats")}}}, Caller::internal())
                .ok());
    QVERIFY(api.core->keys().update(moved, {{qs("customer"), qs("Globex")}}, Caller::internal()).ok());

    // Then: their streams close as their next REST request would be answered (401, 403), or ask for a reconnect
    // into the new view; the other one streams on
    QVERIFY(clients[deleted]->waitForClose());
    QCOMPARE(clients[deleted]->closeCode, 4401);
    QVERIFY(clients[narrowed]->waitForClose());
    QCOMPARE(clients[narrowed]->closeCode, 4403);
    QCOMPARE(clients[narrowed]->closeReason, qs("Missing required scope: read:alerts"));
    QVERIFY(clients[moved]->waitForClose());
    QCOMPARE(clients[moved]->closeCode, 4409);
    QTest::qWait(1500); // another check
    QVERIFY(!clients[kept]->closed);
    receive(api, "web01", "Production", "major", qs("Acme"));
    QVERIFY(clients[kept]->waitForMessages(2));
    // And: the checks did not count as uses of the key (its one use is the upgrade)
    QCOMPARE(api.core->keys().get(kept, Caller::internal())->count, 1);
}

void TestStream::shouldCloseWith4429WhenBasicSignInIsThrottled()
{
    // Given: AUTH_REQUIRED, a user, and five wrong passwords for it from this client
    ApiFixture api(requireAuth);
    User user;
    user.name = qs("alice");
    user.login = qs("alice");
    user.roles = qsl({"user"});
    user.status = qs("active");
    QVERIFY(api.core->users().create(user, qs("pw"), Caller::internal()).ok());
    const QByteArray guess = "Basic " + QByteArrayLiteral("alice:guess").toBase64();
    for (int i = 0; i < 5; ++i)
        QCOMPARE(api.get(qs("/alerts"), {{"Authorization", guess}}).status, 401);

    // When: a stream is opened with the right password
    StreamClient client;
    client.open(api, qs("/stream"), {{"Authorization", "Basic " + QByteArrayLiteral("alice:pw").toBase64()}});

    // Then: it closes as REST answers (429, 4000 + 429), which clients must not retry at once, not as an internal
    // error (4500), which they do
    QVERIFY(client.waitForClose());
    QCOMPARE(client.closeCode, 4429);
    QCOMPARE(client.closeReason, qs("Too many failed logins, try again in 300 seconds"));
}

void TestStream::shouldRejectBadRequests()
{
    // Given: a server
    ApiFixture api;
    // When: unknown filter, malformed revision, an upgrade on another path
    StreamClient unknownFilter;
    unknownFilter.open(api, qs("/stream?colour=red"));
    StreamClient badRevision;
    badRevision.open(api, qs("/stream?revision=yesterday"));
    StreamClient signedRevision; // toLongLong() would take it
    signedRevision.open(api, qs("/stream?revision=%2B5"));
    StreamClient wrongPath;
    wrongPath.open(api, qs("/alerts"));
    StreamClient deepPath;
    deepPath.open(api, qs("/stream/x/y/z/w/v"));

    // Then: closed with the 400 message, or as a policy violation
    QVERIFY(unknownFilter.waitForClose());
    QCOMPARE(unknownFilter.closeCode, 4400);
    QCOMPARE(unknownFilter.closeReason, qs("Invalid filter parameter: colour"));
    for (StreamClient *c : {&badRevision, &signedRevision}) {
        QVERIFY(c->waitForClose());
        QCOMPARE(c->closeCode, 4400);
        QCOMPARE(c->closeReason, qs("revision must be a non-negative integer"));
    }
    for (StreamClient *c : {&wrongPath, &deepPath}) {
        QVERIFY(c->waitForClose());
        QCOMPARE(c->closeCode, 1008);
        QVERIFY(c->closeReason.startsWith(qs("404 Not Found")));
    }
    // ... while plain HTTP on the same paths is unaffected
    QCOMPARE(api.get(qs("/alerts")).status, 200);
    QCOMPARE(api.get(qs("/stream")).status, 404);
}

void TestStream::shouldDropASlowClient()
{
    // Given: a window of 50 changes, a 64 KiB socket buffer, and a client that completes the handshake and then
    // reads nothing
    ApiFixture api;
    StreamServer &stream = api.server->stream();
    StreamServer::Options options;
    options.window = 50;
    options.maxBufferedBytes = 64 * 1024;
    stream.setOptions(options);
    QTcpSocket slow;
    QVERIFY(openWithoutReading(slow, api.port));
    QTRY_COMPARE_WITH_TIMEOUT(stream.liveCount(), 1, WaitMs);
    // ... and a client that keeps up
    StreamClient fast;
    fast.open(api, qs("/stream"));
    QVERIFY(fast.waitForHello());
    QCOMPARE(stream.liveCount(), 2);

    // When: far more is sent, 64 KiB per change in bursts of 20, than the slow client's socket buffers hold
    AlertEngine &engine = api.core->engine();
    QJsonObject body = alertBody("web", "Production", "major");
    body.insert(qs("text"), QString(64 * 1024, u'x'));
    constexpr int Bursts = 25;
    constexpr int PerBurst = 20;
    for (int burst = 0; burst < Bursts; ++burst) {
        QList<QFuture<Result<ReceiveResult>>> pending;
        for (int i = 0; i < PerBurst; ++i) {
            body.insert(qs("resource"), QString(u"web" + QString::number(burst * PerBurst + i)));
            Result<Alert> a = AlertJson::parseIncomingAlert(body, engine.config(), engine.now());
            QVERIFY(a.ok());
            pending.append(engine.receiveAsync(*a, Caller::internal()));
        }
        for (QFuture<Result<ReceiveResult>> &f : pending)
            QVERIFY(f.result().ok());
        QVERIFY(fast.waitForMessages(1 + (burst + 1) * PerBurst));
    }

    // Then: the slow client was dropped once it fell a window behind; the other one got everything, in order
    QCOMPARE(stream.liveCount(), 1);
    QVERIFY(!fast.closed);
    const QList<qint64> revisions = fast.revisions();
    QCOMPARE(revisions.size(), Bursts * PerBurst);
    QCOMPARE(revisions.last(), Bursts * PerBurst);
}

void TestStream::shouldCutOffAClientThatSendsPingsAndReadsNothing()
{
    // Given: a client that completes the handshake and then reads nothing
    ApiFixture api;
    StreamServer &stream = api.server->stream();
    QTcpSocket flooder;
    QVERIFY(openWithoutReading(flooder, api.port));
    QTRY_COMPARE_WITH_TIMEOUT(stream.liveCount(), 1, WaitMs);

    // When: it sends pings, masked as a client's frames must be, each answered by a pong it never reads: up to
    // 256 MB, far more than the socket buffers on both sides hold
    QByteArray ping("\x89\xfd\x00\x00\x00\x00", 6);
    ping += QByteArray(125, 'p');
    const QByteArray burst = ping.repeated(512);
    qint64 sent = 0;
    QDeadlineTimer deadline(30000);
    while (flooder.state() == QAbstractSocket::ConnectedState && sent < 256 * 1024 * 1024 && !deadline.hasExpired()) {
        if (flooder.bytesToWrite() < 4 * burst.size()) {
            flooder.write(burst);
            sent += burst.size();
        }
        QTest::qWait(1);
    }

    // Then: the server cut it off, long before that, and serves on
    QVERIFY2(flooder.state() != QAbstractSocket::ConnectedState,
             qPrintable(QString::number(sent) + u" bytes of pings sent, still connected"));
    QTRY_COMPARE_WITH_TIMEOUT(stream.connectionCount(), 0, WaitMs);
    StreamClient reader;
    reader.open(api, qs("/stream"));
    QVERIFY(reader.waitForHello());
}

void TestStream::shouldKeepAWindowOfLargeAlertsWithinItsBytes()
{
    // Given: a window of 10,000 changes but 2 MiB, and 20 alerts of 100,000 characters of text each
    ApiFixture api;
    StreamServer &stream = api.server->stream();
    StreamServer::Options options;
    options.windowBytes = 2 * 1024 * 1024;
    stream.setOptions(options);
    AlertEngine &engine = api.core->engine();
    QJsonObject body = alertBody("web", "Production", "major");
    body.insert(qs("text"), QString(100000, u'x'));
    for (int i = 1; i <= 20; ++i) {
        body.insert(qs("resource"), QString(u"web" + QString::number(i)));
        Result<Alert> a = AlertJson::parseIncomingAlert(body, engine.config(), engine.now());
        QVERIFY(a.ok());
        QVERIFY(engine.receive(*a, Caller::internal()).ok());
    }
    QTRY_COMPARE_WITH_TIMEOUT(stream.revision(), 20, WaitMs);

    // When: clients reconnect from the first revision and from the fifteenth
    StreamClient fromFirst;
    fromFirst.open(api, qs("/stream?revision=1"));
    StreamClient fromFifteenth;
    fromFifteenth.open(api, qs("/stream?revision=15"));

    // Then: the early changes are gone (about 200 KB each: ten fit), so the first gets resync; the last five are kept
    QVERIFY(fromFirst.waitForMessages(2));
    QCOMPARE(fromFirst.messages.at(1).value(qs("reason")).toString(), qs("revision too old"));
    QVERIFY(fromFifteenth.waitForMessages(6));
    QCOMPARE(fromFifteenth.revisions(), (QList<qint64>{16, 17, 18, 19, 20}));
}

void TestStream::shouldAnswer404ToUpgradesWhenTheStreamIsOff()
{
    // Given: a server without the stream (alerta-server --no-stream)
    ApiFixture api;
    ApiServer::Options options;
    options.stream = false;
    ApiServer noStream(*api.core, options);
    const quint16 port = noStream.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);

    // When: a client asks for a WebSocket on /stream
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(socket.waitForConnected(WaitMs));
    socket.write(RawUpgrade);
    QByteArray answer; // read while the server, on this thread, runs
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\r\n\r\n"), WaitMs);

    // Then: 404, as upstream (which has no stream) answers, so that a client falls back to polling at once
    QVERIFY2(answer.startsWith("HTTP/1.1 404 "), answer.constData());
}

namespace {

/// Another instance's changes, as PgStreamFeed hands them over: known only by id (and, for a deletion, customer).
class OtherInstanceFeed final : public StreamFeed
{
public:
    void start(Sink sink, Missed) override { m_sink = std::move(sink); }
    void stop() override { m_sink = {}; }
    void deleted(const QString &id, const QString &customer)
    {
        AlertEngine::ChangeDetails details{AlertEngine::Change::Deleted, id, std::nullopt, std::nullopt};
        details.deletedCustomer = customer;
        m_sink(details);
    }

private:
    Sink m_sink;
};

} // namespace

void TestStream::shouldTellOfAnotherInstancesDeletionOnlyThoseWhoMaySeeIt()
{
    // Given: customer views, a feed of another instance's changes, and clients of Acme, of Globex and of all customers
    ApiFixture api([](ServerSettings &s) {
        s.authRequired = true;
        s.customerViews = true;
    });
    auto feed = std::make_unique<OtherInstanceFeed>();
    OtherInstanceFeed *other = feed.get();
    api.server->stream().addFeed(std::move(feed));
    StreamClient acme;
    acme.open(api, u"/stream?api-key=" + makeKey(api, {qs("read:alerts")}, qs("Acme")));
    StreamClient globex;
    globex.open(api, u"/stream?environment=Production&api-key=" + makeKey(api, {qs("read:alerts")}, qs("Globex")));
    StreamClient everyone;
    everyone.open(api, u"/stream?api-key=" + makeKey(api, {qs("read:alerts")}));
    for (StreamClient *client : {&acme, &globex, &everyone})
        QVERIFY(client->waitForHello());

    // When: the other instance deletes an alert of Globex's that this stream never saw
    other->deleted(qs("0a1b2c3d-globex"), qs("Globex"));
    receive(api, "web01", "Production", "major", qs("Acme")); // something Acme does get, after it

    // Then: Globex's client (whatever its filter) and the unrestricted one learn it is gone; Acme's never hears of it
    QVERIFY(globex.waitForMessages(2));
    QCOMPARE(globex.events(), qsl({"deleted 0a1b2c3d-globex (left)"}));
    QVERIFY(everyone.waitForMessages(3));
    QCOMPARE(everyone.events().first(), qs("deleted 0a1b2c3d-globex (left)"));
    QVERIFY(acme.waitForMessages(2));
    QCOMPARE(acme.events().size(), 1);
    QVERIFY(!acme.events().first().contains(qs("globex")));
}

QTEST_GUILESS_MAIN(TestStream)
#include "teststream.moc"
