// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "core/alertjson.h"
#include "core/blackoutjson.h"
#include "core/blackoutservice.h"
#include "core/heartbeatjson.h"
#include "core/heartbeatservice.h"
#include "core/identityconfig.h"
#include "core/identityjson.h"
#include "core/keyservice.h"
#include "core/receivepipeline.h"
#include "tests/support/enginefixture.h"
#include "tests/support/testtext.h"

// Customer isolation (spec §5.5, §5.6) as a matrix: for every read and write entry point of the alert engine, the
// heartbeat service, the blackout service and the receive pipeline, a caller restricted to customer A
//  - succeeds on A's data (so that the check can fail at all),
//  - gets an error for data of customer B and for data without customer, and
//  - leaves every byte of that data unchanged;
// and every list or aggregation it runs returns A's data only.

namespace {

const QString A = QStringLiteral("A");
const QString B = QStringLiteral("B");
const QString None = QStringLiteral("none"); // data without customer

/// Data of three owners (A, B, none), and the services over one store.
struct World
{
    EngineFixture f;
    HeartbeatService heartbeats{f.store, EngineFixture::defaultConfig(), f.clock};
    BlackoutService blackouts{f.store, EngineFixture::defaultConfig(), f.clock};
    KeyService keys{f.store, keyConfig(), f.clock};
    QHash<QString, QString> alertId, noteId, heartbeatId, blackoutId, keyId;
    const Caller alice{qs("alice"), {A}, qsl({"write"})};

    World()
    {
        const Caller admin = Caller::internal(qs("admin"));
        for (const QString &owner : {A, B, None}) {
            Alert a = f.makeAlert(owner.toLower() + u"-web01", qs("HttpError"), qs("major"));
            a.customer = owner == None ? QString() : owner;
            a.tags = qsl({"keep"});
            a.attributes.insert(qs("k"), qs("v"));
            alertId[owner] = f.engine->receive(a, admin)->alert.id;
            noteId[owner] = f.engine->addNote(alertId[owner], qs("first look"), admin)->id;

            Heartbeat h;
            h.origin = owner.toLower() + u"/agent";
            h.customer = a.customer;
            h.createTime = f.clock->now();
            heartbeatId[owner] = heartbeats.upsert(h, admin)->id;

            Blackout b;
            b.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            b.environment = qs("Production");
            b.resource = owner.toLower() + u"-db01";
            b.customer = a.customer;
            b.startTime = f.clock->now();
            b.endTime = b.startTime + 3600'000;
            b.duration = 3600;
            b.createTime = b.startTime;
            blackoutId[owner] = blackouts.create(b, admin)->id;

            // alice's own keys, one per customer: only the customer restriction stands between her and them
            NewKey k;
            k.key.user = alice.login;
            k.key.customer = a.customer;
            k.key.text = owner;
            keyId[owner] = keys.create(k, admin)->id;
        }
    }

    /// With authentication on, as customer views require (with it off, upstream shows every key to everyone).
    static IdentityConfig keyConfig()
    {
        IdentityConfig config;
        config.authRequired = true;
        return config;
    }

    /// Everything stored for `owner`, as JSON text: the alert with history and notes, the heartbeat, the blackout.
    QByteArray fingerprint(const QString &owner)
    {
        const Caller admin = Caller::internal();
        QJsonArray all;
        if (const Result<Alert> a = f.engine->alert(alertId[owner], admin))
            all.append(AlertJson::alertToJson(*a, {}));
        if (const Result<QList<Note>> notes = f.engine->notes(alertId[owner], admin))
            for (const Note &n : notes.value())
                all.append(AlertJson::noteToJson(n, {}));
        if (const Result<Heartbeat> h = heartbeats.get(heartbeatId[owner], admin))
            all.append(HeartbeatJson::heartbeatToJson(*h, {}, 0));
        if (const Result<Blackout> b = blackouts.get(blackoutId[owner], admin))
            all.append(BlackoutJson::blackoutToJson(*b, {}, 0));
        if (const Result<ApiKey> k = keys.get(keyId[owner], admin))
            all.append(IdentityJson::keyToJson(*k, {}, 0));
        return QJsonDocument(all).toJson(QJsonDocument::Compact);
    }
};

/// One entry point applied to `owner`'s data by the restricted caller; returns the error code, or 0 on success.
using SingleItemCall = std::function<int(World &, const QString &owner)>;

template<typename T>
int code(const Result<T> &r)
{
    return r.ok() ? 0 : r.error().code;
}

QMap<QString, SingleItemCall> singleItemCalls()
{
    QMap<QString, SingleItemCall> calls;
    calls[qs("alert get")] = [](World &w, const QString &o) { return code(w.f.engine->alert(w.alertId[o], w.alice)); };
    calls[qs("alert get by prefix")] = [](World &w, const QString &o) {
        return code(w.f.engine->alert(w.alertId[o].left(8).toUpper(), w.alice));
    };
    calls[qs("alert action")] = [](World &w, const QString &o) {
        return code(w.f.engine->action(w.alertId[o], qs("ack"), {}, {}, w.alice));
    };
    calls[qs("alert status")] = [](World &w, const QString &o) {
        return code(w.f.engine->setStatus(w.alertId[o], qs("closed"), {}, {}, w.alice));
    };
    calls[qs("alert tag")] = [](World &w, const QString &o) {
        return code(w.f.engine->tag(w.alertId[o], qsl({"x"}), w.alice));
    };
    calls[qs("alert untag")] = [](World &w, const QString &o) {
        return code(w.f.engine->untag(w.alertId[o], qsl({"keep"}), w.alice));
    };
    calls[qs("alert attributes")] = [](World &w, const QString &o) {
        return code(w.f.engine->updateAttributes(w.alertId[o], QJsonObject{{qs("k"), QJsonValue()}}, w.alice));
    };
    calls[qs("alert delete")] = [](World &w, const QString &o) {
        return code(w.f.engine->remove(w.alertId[o], w.alice));
    };
    calls[qs("note add")] = [](World &w, const QString &o) {
        return code(w.f.engine->addNote(w.alertId[o], qs("mine now"), w.alice));
    };
    calls[qs("note list")] = [](World &w, const QString &o) { return code(w.f.engine->notes(w.alertId[o], w.alice)); };
    calls[qs("note update")] = [](World &w, const QString &o) {
        return code(w.f.engine->updateNote(w.alertId[o], w.noteId[o], qs("changed"), {}, w.alice));
    };
    calls[qs("note delete")] = [](World &w, const QString &o) {
        return code(w.f.engine->deleteNote(w.alertId[o], w.noteId[o], w.alice));
    };
    calls[qs("heartbeat get")] = [](World &w, const QString &o) {
        return code(w.heartbeats.get(w.heartbeatId[o], w.alice));
    };
    calls[qs("heartbeat delete")] = [](World &w, const QString &o) {
        return code(w.heartbeats.remove(w.heartbeatId[o], w.alice));
    };
    calls[qs("blackout get")] = [](World &w, const QString &o) {
        return code(w.blackouts.get(w.blackoutId[o], w.alice));
    };
    calls[qs("blackout update")] = [](World &w, const QString &o) {
        return code(w.blackouts.update(w.blackoutId[o], QJsonObject{{qs("text"), qs("changed")}}, w.alice));
    };
    calls[qs("blackout delete")] = [](World &w, const QString &o) {
        return code(w.blackouts.remove(w.blackoutId[o], w.alice));
    };
    calls[qs("key get")] = [](World &w, const QString &o) { return code(w.keys.get(w.keyId[o], w.alice)); };
    calls[qs("key update")] = [](World &w, const QString &o) {
        return code(w.keys.update(w.keyId[o], QJsonObject{{qs("text"), qs("changed")}}, w.alice));
    };
    calls[qs("key delete")] = [](World &w, const QString &o) { return code(w.keys.remove(w.keyId[o], w.alice)); };
    return calls;
}

/// One list or aggregation by the restricted caller; returns the owners (resource prefixes a/b/n) it revealed.
using ListCall = std::function<QSet<QString>(World &)>;

QString ownerOf(const QString &name)
{
    return name.left(1).toUpper() == u'N' ? None : name.left(1).toUpper();
}

QMap<QString, ListCall> listCalls()
{
    QMap<QString, ListCall> calls;
    calls[qs("alerts query")] = [](World &w) {
        QSet<QString> owners;
        const Result<AlertPage> page = w.f.engine->query({}, w.alice);
        for (const Alert &a : page->alerts)
            owners.insert(ownerOf(a.resource));
        return owners;
    };
    calls[qs("alerts count")] = [](World &w) {
        // One alert per owner: the count says how many owners were visible, and A's is the only one allowed.
        return w.f.engine->count({}, w.alice)->total == 1 ? QSet<QString>{A} : QSet<QString>{A, B};
    };
    calls[qs("alerts history")] = [](World &w) {
        QSet<QString> owners;
        const Result<HistoryPage> page = w.f.engine->history({}, w.alice);
        for (const HistoryRow &r : page->rows)
            owners.insert(ownerOf(r.alert.resource));
        return owners;
    };
    const QList<QPair<QString, AlertReader::Grouping>> groupings{
        {qs("environments"), AlertReader::Grouping::Environment},
        {qs("services"), AlertReader::Grouping::Service},
        {qs("groups"), AlertReader::Grouping::Group},
        {qs("tags"), AlertReader::Grouping::Tag}};
    for (const auto &[name, grouping] : groupings) {
        calls[u"alerts " + name] = [grouping](World &w) {
            qint64 total = 0;
            const Result<QList<GroupedCount>> rows = w.f.engine->grouped(grouping, {}, w.alice);
            for (const GroupedCount &g : rows.value())
                total += g.count;
            return total == 1 ? QSet<QString>{A} : QSet<QString>{A, B};
        };
    }
    const QList<QPair<QString, AlertReader::TopKind>> tops{{qs("top10 count"), AlertReader::TopKind::Count},
                                                           {qs("top10 flapping"), AlertReader::TopKind::Flapping},
                                                           {qs("top10 standing"), AlertReader::TopKind::Standing}};
    for (const auto &[name, kind] : tops) {
        calls[name] = [kind](World &w) {
            QSet<QString> owners;
            const Result<QList<TopRow>> rows = w.f.engine->top(kind, {}, w.alice);
            for (const TopRow &row : rows.value())
                for (const auto &resource : row.resources)
                    owners.insert(ownerOf(resource.second));
            return owners;
        };
    }
    calls[qs("heartbeats list")] = [](World &w) {
        QSet<QString> owners;
        const Result<HeartbeatPage> page = w.heartbeats.list({}, w.alice);
        for (const Heartbeat &h : page->heartbeats)
            owners.insert(ownerOf(h.origin));
        return owners;
    };
    calls[qs("keys list")] = [](World &w) {
        QSet<QString> owners;
        const Result<ListPage<ApiKey>> page = w.keys.list({}, w.alice);
        for (const ApiKey &k : page->items)
            owners.insert(k.text);
        return owners;
    };
    calls[qs("blackouts list")] = [](World &w) {
        QSet<QString> owners;
        const Result<BlackoutPage> page = w.blackouts.list({}, w.alice);
        for (const Blackout &b : page->blackouts)
            owners.insert(ownerOf(b.resource));
        return owners;
    };
    return calls;
}

} // namespace

class TestIsolation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldConfineSingleItemCallsToOwnCustomer_data();
    void shouldConfineSingleItemCallsToOwnCustomer();
    void shouldListOnlyOwnCustomer_data();
    void shouldListOnlyOwnCustomer();
    void shouldRefuseWritesForOtherCustomers();
};

void TestIsolation::shouldConfineSingleItemCallsToOwnCustomer_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("owner");
    for (const QString &call : singleItemCalls().keys())
        for (const QString &owner : {A, B, None})
            QTest::newRow(qPrintable(call + u" of " + owner)) << call << owner;
}

void TestIsolation::shouldConfineSingleItemCallsToOwnCustomer()
{
    QFETCH(QString, call);
    QFETCH(QString, owner);
    // Given: alerts, notes, heartbeats and blackouts of customers A and B and without customer
    World w;
    const QByteArray before = w.fingerprint(owner);
    const QByteArray othersBefore = w.fingerprint(owner == B ? None : B);

    // When: the caller restricted to A calls the entry point on the owner's data
    const int result = singleItemCalls().value(call)(w, owner);

    // Then: A's own data works; anything else is not found (or refused) and left exactly as it was
    if (owner == A) {
        QCOMPARE(result, 0);
    } else {
        QVERIFY2(result == 404 || result == 400 || result == 403, qPrintable(QString::number(result)));
        QCOMPARE(w.fingerprint(owner), before);
    }
    QCOMPARE(w.fingerprint(owner == B ? None : B), othersBefore);
}

void TestIsolation::shouldListOnlyOwnCustomer_data()
{
    QTest::addColumn<QString>("call");
    for (const QString &call : listCalls().keys())
        QTest::newRow(qPrintable(call)) << call;
}

void TestIsolation::shouldListOnlyOwnCustomer()
{
    QFETCH(QString, call);
    // Given: data of A, B and no customer, with some history so that every report has rows
    World w;
    for (const QString &owner : {A, B, None}) {
        QVERIFY(w.f.engine->action(w.alertId[owner], qs("ack"), {}, {}, Caller::internal()).ok());
        QVERIFY(w.f.engine->action(w.alertId[owner], qs("unack"), {}, {}, Caller::internal()).ok());
    }
    // When: the caller restricted to A lists
    const QSet<QString> revealed = listCalls().value(call)(w);
    // Then: only A's data (flapping reports nothing here, which is allowed)
    QVERIFY2(revealed.isEmpty() || revealed == QSet<QString>{A}, qPrintable(QStringList(revealed.values()).join(u',')));
    if (call != QLatin1StringView("top10 flapping"))
        QCOMPARE(revealed, QSet<QString>{A});
}

void TestIsolation::shouldRefuseWritesForOtherCustomers()
{
    // Given: the caller restricted to A
    World w;
    ReceivePipeline pipeline(*w.f.engine);
    const qsizetype alerts = w.f.alertCount();

    // When: it sends an alert, a heartbeat and a blackout for B
    Alert a = w.f.makeAlert(qs("b-web02"), qs("HttpError"), qs("major"));
    a.customer = B;
    const Result<ReceiveOutcome> received = pipeline.receive(a, ReceiveContext{w.alice, {}, {}});
    Heartbeat h;
    h.origin = qs("b/agent2");
    h.customer = B;
    const Result<Heartbeat> beat = w.heartbeats.upsert(h, w.alice);
    Blackout b = *w.blackouts.get(w.blackoutId[A], Caller::internal());
    b.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    b.customer = B;
    const Result<Blackout> blackout = w.blackouts.create(b, w.alice);

    // Then: each is refused with the spec's message and nothing is stored
    const QString refused = qs("not allowed to set customer to 'B'");
    QCOMPARE(received.error().message, refused);
    QCOMPARE(beat.error().message, refused);
    QCOMPARE(blackout.error().message, refused);
    QCOMPARE(w.f.alertCount(), alerts);
    QCOMPARE(w.heartbeats.list({}, Caller::internal())->total, qint64(3));
    QCOMPARE(w.blackouts.list({}, Caller::internal())->total, qint64(3));

    // And: without a customer, its writes become A's
    a.customer = QString();
    a.resource = qs("a-web02");
    const Result<ReceiveOutcome> own = pipeline.receive(a, ReceiveContext{w.alice, {}, {}});
    QVERIFY(own.ok());
    QCOMPARE(own->stored->alert.customer, A);
}

QTEST_GUILESS_MAIN(TestIsolation)
#include "testisolation.moc"
