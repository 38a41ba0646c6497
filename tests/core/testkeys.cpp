// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include "core/apikeys.h"
#include "core/identityjson.h"
#include "core/keyservice.h"
#include "core/pgschema.h"
#include "core/sqliteconnection.h"
#include "core/sqliteschema.h"
#include "core/timestamp.h"
#include "tests/support/enginefixture.h"
#include "tests/support/testtext.h"

// API keys (spec §4.7, §5.1 row 1): the defaults of a new key (40-character key, USER_DEFAULT_SCOPES, expireTime),
// legacy types, the user rule, scope implication, customer assignment, who sees which keys, look-up by key string
// and by id, updates and deletion, the wire form, and authentication by key: counted durably, refused once expired.
// Keys are hashed at rest: the store holds a hash and a hint, never the key string, also after upgrading a store
// that held key strings; a key's id is no credential.

namespace {

using Params = QList<QPair<QString, QString>>;

constexpr qint64 Day = 24 * 3600 * 1000;

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

template<typename T>
QString errorText(const Result<T> &r)
{
    return r.ok() ? QString() : QString::number(r.error().code) + u' ' + r.error().message;
}

const Caller Alice{qs("alice"), {}, qsl({"read", "write"})};
const Caller Bob{qs("bob"), {}, qsl({"read", "write"})};
const Caller Admin{qs("root"), {}, qsl({"admin", "read", "write"})};

IdentityConfig testConfig(bool authRequired = true)
{
    IdentityConfig config;
    config.authRequired = authRequired;
    config.secretKey = QByteArrayLiteral("test-secret");
    config.roles.adminUsers = qsl({"root"});
    return config;
}

/// A key service over a fresh store; `service` is rebuilt by reopen().
struct Keys
{
    explicit Keys(IdentityConfig config = testConfig())
        : m_config(std::move(config))
        , service(std::make_unique<KeyService>(f.store, m_config, f.clock))
    {}

    /// Creates a key from a POST /key body; fails the test on an error.
    ApiKey add(const char *body, const Caller &caller)
    {
        const Result<ApiKey> key = tryAdd(body, caller);
        if (!key)
            qFatal("create failed: %s", qPrintable(key.error().message));
        return *key;
    }

    Result<ApiKey> tryAdd(const char *body, const Caller &caller)
    {
        const Result<NewKey> parsed = IdentityJson::parseNewKey(json(body), m_config.customScopes);
        if (!parsed)
            return parsed.error();
        return service->create(*parsed, caller);
    }

    /// `user:text` of the keys a caller lists, in result order, or `<code> <message>`.
    QString listed(const Caller &caller, const Params &params = {})
    {
        const Result<ListPage<ApiKey>> page = service->list(params, caller);
        if (!page)
            return errorText(page);
        QStringList out;
        for (const ApiKey &k : page->items)
            out.append(k.user + u':' + k.text);
        return out.join(u',');
    }

    /// Closes the store (the service first, so nothing keeps it open) and opens the same file again.
    void reopen()
    {
        service.reset();
        f.reopen();
        service = std::make_unique<KeyService>(f.store, m_config, f.clock);
    }

    EngineFixture f;
    IdentityConfig m_config;
    std::unique_ptr<KeyService> service;
};

} // namespace

class TestKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldCreateWithDefaults();
    void shouldRejectInvalidBodies_data();
    void shouldRejectInvalidBodies();
    void shouldMapLegacyTypes_data();
    void shouldMapLegacyTypes();
    void shouldApplyUserRule_data();
    void shouldApplyUserRule();
    void shouldRefuseScopesCallerLacks();
    void shouldAssignCustomer_data();
    void shouldAssignCustomer();
    void shouldAcceptCallerSuppliedKeyOnce();
    void shouldFindByKeyAndById();
    void shouldShowNonAdminsOnlyTheirKeys();
    void shouldUpdateAndDelete();
    void shouldAuthenticateAndCountUsesDurably();
    void shouldRefuseExpiredAndUnknownKeys();
    void shouldSerialiseEveryKey();
    void shouldStoreOnlyHashAndHint_data();
    void shouldStoreOnlyHashAndHint();
    void shouldHashKeysStoredInClearBeforeUpgrading();
};

void TestKeys::shouldCreateWithDefaults()
{
    // Given a user with read and write
    Keys k;

    // When it creates a key without options
    const ApiKey key = k.add("{}", Alice);

    // Then the key is 40 URL-safe characters for the caller, with USER_DEFAULT_SCOPES, valid for 365 days, unused
    static const QRegularExpression urlSafe(qs("^[A-Za-z0-9_-]{40}$"));
    QVERIFY2(urlSafe.match(key.key).hasMatch(), qPrintable(key.key));
    QCOMPARE(key.id.size(), 36);
    QCOMPARE(key.user, qs("alice"));
    QCOMPARE(key.scopes, qsl({"read", "write"}));
    QCOMPARE(key.expireTime, EngineFixture::Start + 365 * Day);
    QCOMPARE(key.count, 0);
    QVERIFY(!key.lastUsedTime);
    QVERIFY(key.customer.isNull());
    QVERIFY(key.text.isNull());
    QCOMPARE(key.status(k.f.clock->now()), qs("active"));
    // Two keys never share a key string
    QVERIFY(k.add("{}", Alice).key != key.key);
    // And the stored key reads back the same
    const Result<ApiKey> stored = k.service->get(key.key, Alice);
    QVERIFY(stored);
    QCOMPARE(stored->expireTime, key.expireTime);
    QCOMPARE(stored->scopes, key.scopes);
    // Only its hint: the key string is shown once, on creation
    QVERIFY(stored->key.isEmpty());
    QCOMPARE(stored->hint, key.key.left(8) + u'…');
    QCOMPARE(key.hint, stored->hint);
}

void TestKeys::shouldRejectInvalidBodies_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("scopes not a list") << qs(R"({"scopes": "read"})") << qs("scopes must be a list");
    QTest::newRow("unknown scope") << qs(R"({"scopes": ["read", "root"]})") << qs("'root' is not a valid Scope");
    QTest::newRow("user number") << qs(R"({"user": 1})") << qs("user must be a string");
    QTest::newRow("bad expireTime") << qs(R"({"expireTime": "2030-01-01"})") << IsoTime::formatError();
    QTest::newRow("key with blank") << qs(R"({"key": "a b"})") << qs("key must not contain whitespace");
}

void TestKeys::shouldRejectInvalidBodies()
{
    QFETCH(QString, body);
    QFETCH(QString, message);

    // Given a POST /key body
    // When it is parsed
    const Result<NewKey> parsed = IdentityJson::parseNewKey(json(body.toUtf8().constData()), {});

    // Then it is refused with the message naming the field
    QCOMPARE(errorText(parsed), u"400 " + message);
}

void TestKeys::shouldMapLegacyTypes_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("scopes");
    QTest::addColumn<QString>("type");
    QTest::newRow("read-write") << qs(R"({"type": "read-write"})") << qs("alice") << qs("read,write")
                                << qs("read-write");
    QTest::newRow("read-only") << qs(R"({"type": "read-only"})") << qs("alice") << qs("read") << qs("read-only");
    QTest::newRow("type wins over scopes")
        << qs(R"({"type": "read-only", "scopes": ["write"]})") << qs("alice") << qs("read") << qs("read-only");
    QTest::newRow("unknown type: defaults")
        << qs(R"({"type": "bogus"})") << qs("alice") << qs("read,write") << qs("read-write");
    QTest::newRow("ADMIN_USERS user") << qs(R"({"type": "read-only"})") << qs("root") << qs("admin,read,write")
                                      << qs("read-write");
    QTest::newRow("scopes as given") << qs(R"({"scopes": ["read:alerts"]})") << qs("alice") << qs("read:alerts")
                                     << qs("read-only");
    QTest::newRow("admin scope") << qs(R"({"scopes": ["admin:keys"]})") << qs("root") << qs("admin:keys")
                                 << qs("read-write");
}

void TestKeys::shouldMapLegacyTypes()
{
    QFETCH(QString, body);
    QFETCH(QString, user);
    QFETCH(QString, scopes);
    QFETCH(QString, type);

    // Given ADMIN_USERS = [root] and a caller of that name
    Keys k;
    const Caller caller = user == QLatin1StringView("root") ? Admin : Alice;

    // When it creates a key with a legacy type or scopes
    const Result<ApiKey> key = k.tryAdd(body.toUtf8().constData(), caller);

    // Then the scopes and the reported type are upstream's
    QVERIFY2(key, qPrintable(errorText(key)));
    QCOMPARE(key->scopes.join(u','), scopes);
    QCOMPARE(IdentityJson::keyToJson(*key, qs("r"), k.f.clock->now()).value(qs("type")).toString(), type);
}

void TestKeys::shouldApplyUserRule_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("outcome"); // the key's user, or `<code> <message>`
    QTest::newRow("own key") << qs("{}") << qsl({"read", "write"}) << qs("alice") << qs("alice");
    QTest::newRow("non-admin asks for another user")
        << qs(R"({"user": "bob"})") << qsl({"read", "write"}) << qs("alice") << qs("alice");
    QTest::newRow("admin chooses user") << qs(R"({"user": "bob"})") << qsl({"admin"}) << qs("root") << qs("bob");
    QTest::newRow("admin:keys chooses user")
        << qs(R"({"user": "bob", "scopes": ["read"]})") << qsl({"admin:keys", "read"}) << qs("carol") << qs("bob");
    QTest::newRow("admin without user") << qs("{}") << qsl({"admin"}) << qs("root") << qs("root");
    QTest::newRow("no login") << qs("{}") << qsl({"read", "write"}) << QString()
                              << qs("400 An API key must be associated with a 'user'. Retry with user credentials.");
    QTest::newRow("no login, admin names user") << qs(R"({"user": "svc"})") << qsl({"admin"}) << QString() << qs("svc");
}

void TestKeys::shouldApplyUserRule()
{
    QFETCH(QString, body);
    QFETCH(QStringList, scopes);
    QFETCH(QString, login);
    QFETCH(QString, outcome);

    // Given a caller with this login and these scopes
    Keys k;
    const Caller caller{login, {}, scopes};

    // When it creates a key
    const Result<ApiKey> key = k.tryAdd(body.toUtf8().constData(), caller);

    // Then the key's user follows spec §4.7
    QCOMPARE(key ? key->user : errorText(key), outcome);
}

void TestKeys::shouldRefuseScopesCallerLacks()
{
    // Given callers with narrow scopes
    Keys k;
    const Caller reader{qs("alice"), {}, qsl({"read"})};
    const Caller anonymous{qs("alice"), {}, {}};

    // When they ask for more than they hold, or for the defaults they do not hold
    // Then the first scope they lack is named with their scopes
    QCOMPARE(errorText(k.tryAdd(R"({"scopes": ["read:alerts", "write:alerts"]})", reader)),
             qs("403 Requested scope 'write:alerts' not in existing scopes: read"));
    QCOMPARE(errorText(k.tryAdd("{}", reader)), qs("403 Requested scope 'write' not in existing scopes: read"));
    QCOMPARE(errorText(k.tryAdd(R"({"type": "read-write"})", reader)),
             qs("403 Requested scope 'write' not in existing scopes: read"));
    QCOMPARE(errorText(k.tryAdd(R"({"scopes": ["read"]})", anonymous)),
             qs("403 Requested scope 'read' not in existing scopes: "));
    // Implied scopes are fine: `read` implies every `read:*`
    QVERIFY(k.tryAdd(R"({"scopes": ["read:alerts", "read:heartbeats"]})", reader));
}

void TestKeys::shouldAssignCustomer_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("customers");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QString>("outcome"); // the key's customer ("<null>" for none), or `<code> <message>`
    const QStringList rw = qsl({"read", "write"});
    QTest::newRow("one customer, none asked") << qs("{}") << qsl({"acme"}) << rw << qs("acme");
    QTest::newRow("own customer asked") << qs(R"({"customer": "beta"})") << qsl({"acme", "beta"}) << rw << qs("beta");
    QTest::newRow("other customer asked")
        << qs(R"({"customer": "beta"})") << qsl({"acme"}) << rw << qs("400 not allowed to set customer to 'beta'");
    QTest::newRow("several, none asked") << qs("{}") << qsl({"acme", "beta"}) << rw
                                         << qs("400 must define customer as more than one possibility");
    QTest::newRow("admin:keys may choose")
        << qs(R"({"customer": "beta"})") << qsl({"acme"}) << qsl({"admin:keys", "read", "write"}) << qs("beta");
    QTest::newRow("all customers, none asked") << qs("{}") << QStringList() << rw << qs("<null>");
}

void TestKeys::shouldAssignCustomer()
{
    QFETCH(QString, body);
    QFETCH(QStringList, customers);
    QFETCH(QStringList, scopes);
    QFETCH(QString, outcome);

    // Given a caller restricted to these customers
    Keys k;
    const Caller caller{qs("alice"), customers, scopes};

    // When it creates a key
    const Result<ApiKey> key = k.tryAdd(body.toUtf8().constData(), caller);

    // Then the customer follows spec §5.6 with the override scope admin:keys
    QCOMPARE(key ? (key->customer.isNull() ? qs("<null>") : key->customer) : errorText(key), outcome);
}

void TestKeys::shouldAcceptCallerSuppliedKeyOnce()
{
    // Given a key the caller chose, with an expiry and a text
    Keys k;
    const ApiKey key =
        k.add(R"({"key": "my-own-key_123", "text": "ci", "expireTime": "2030-01-01T00:00:00.000Z"})", Alice);

    // When the same key string, or a key equal to an existing id, is asked for again
    const Result<ApiKey> again = k.tryAdd(R"({"key": "my-own-key_123"})", Bob);
    const QByteArray sameAsId = R"({"key": ")" + key.id.toUtf8() + R"("})";
    const Result<ApiKey> likeId = k.tryAdd(sameAsId.constData(), Bob);

    // Then the first is stored as given and the others are 409
    QCOMPARE(key.key, qs("my-own-key_123"));
    QCOMPARE(key.text, qs("ci"));
    QCOMPARE(IsoTime::format(key.expireTime), qs("2030-01-01T00:00:00.000Z"));
    QCOMPARE(errorText(again), qs("409 API key already exists"));
    QCOMPARE(errorText(likeId), qs("409 API key already exists"));
}

void TestKeys::shouldFindByKeyAndById()
{
    // Given a key
    Keys k;
    const ApiKey key = k.add(R"({"text": "mine"})", Alice);

    // When it is looked up by key string, by id, and by a prefix of either
    const Result<ApiKey> byKey = k.service->get(key.key, Alice);
    const Result<ApiKey> byId = k.service->get(key.id, Alice);

    // Then both exact forms find it and prefixes do not
    QVERIFY(byKey);
    QVERIFY(byId);
    QCOMPARE(byKey->id, key.id);
    QCOMPARE(byId->hint, key.hint);
    QCOMPARE(errorText(k.service->get(key.key.left(8), Alice)), qs("404 not found"));
    QCOMPARE(errorText(k.service->get(key.id.left(8), Alice)), qs("404 not found"));
}

void TestKeys::shouldShowNonAdminsOnlyTheirKeys()
{
    // Given keys of alice, bob and of bob for customer acme, with AUTH_REQUIRED
    Keys k;
    const ApiKey aliceKey = k.add(R"({"text": "a"})", Alice);
    const ApiKey bobKey = k.add(R"({"text": "b"})", Bob);
    k.add(R"({"text": "b-acme", "customer": "acme", "user": "bob"})", Admin);
    const Caller acmeAdmin{qs("root"), qsl({"acme"}), qsl({"admin"})};
    const Caller noLogin{QString(), {}, qsl({"read", "write"})};

    // When each caller lists and reads keys
    // Then non-admins only see their own keys, admins all keys of their customers
    QCOMPARE(k.listed(Alice), qs("alice:a"));
    QCOMPARE(k.listed(Bob, {{qs("sort-by"), qs("text")}}), qs("bob:b,bob:b-acme"));
    QCOMPARE(k.listed(Admin, {{qs("sort-by"), qs("text")}}), qs("alice:a,bob:b,bob:b-acme"));
    QCOMPARE(k.listed(acmeAdmin), qs("bob:b-acme"));
    QCOMPARE(k.listed(noLogin), qs("400 Must define 'user' to list user keys"));
    QCOMPARE(errorText(k.service->get(bobKey.key, Alice)), qs("404 not found"));
    QCOMPARE(errorText(k.service->get(aliceKey.key, acmeAdmin)), qs("404 not found"));
    QCOMPARE(errorText(k.service->remove(bobKey.key, Alice)), qs("404 not found"));
    QCOMPARE(errorText(k.service->update(bobKey.key, json(R"({"text": "x"})"), Alice)), qs("404 not found"));
    QVERIFY(k.service->get(bobKey.key, Admin));

    // And without AUTH_REQUIRED every caller sees every key, as upstream
    Keys open(testConfig(false));
    open.add(R"({"text": "a"})", Alice);
    open.add(R"({"text": "b"})", Bob);
    QCOMPARE(open.listed(noLogin, {{qs("sort-by"), qs("user")}}), qs("alice:a,bob:b"));
}

void TestKeys::shouldUpdateAndDelete()
{
    // Given alice's key
    Keys k;
    const ApiKey key = k.add(R"({"text": "old", "scopes": ["read", "write"]})", Alice);

    // When she changes its text, scopes and expiry, tries to widen it or give it away, then deletes it
    const Result<ApiKey> updated =
        k.service->update(key.key,
                          json(R"({"text": "new", "scopes": ["read"], "expireTime": "2031-02-03T04:05:06.789Z"})"),
                          Alice);
    const Result<ApiKey> widened = k.service->update(key.id, json(R"({"scopes": ["admin"]})"), Alice);
    const Result<ApiKey> givenAway = k.service->update(key.id, json(R"({"user": "bob", "text": "x"})"), Alice);
    const Result<ApiKey> badCustomer = k.service->update(key.id, json(R"({"customer": "acme"})"), Alice);

    // Then the named fields change and nothing else; escalation and hand-over are refused
    QVERIFY2(updated, qPrintable(errorText(updated)));
    QCOMPARE(updated->text, qs("new"));
    QCOMPARE(updated->scopes, qsl({"read"}));
    QCOMPARE(IsoTime::format(updated->expireTime), qs("2031-02-03T04:05:06.789Z"));
    QCOMPARE(updated->hint, key.hint);
    QVERIFY(updated->customer.isNull());
    QCOMPARE(errorText(widened), qs("403 Requested scope 'admin' not in existing scopes: read,write"));
    QVERIFY(givenAway);
    QCOMPARE(givenAway->user, qs("alice"));
    QCOMPARE(errorText(badCustomer), qs("400 not allowed to set customer to 'acme'"));
    QCOMPARE(errorText(k.service->update(key.id, {}, Alice)), qs("400 nothing to change"));

    // An admin may move the key to another user and customer
    const Result<ApiKey> moved = k.service->update(key.id, json(R"({"user": "bob", "customer": "acme"})"), Admin);
    QVERIFY(moved);
    QCOMPARE(moved->user + u'/' + moved->customer, qs("bob/acme"));
    const Result<ApiKey> uncustomered = k.service->update(key.id, json(R"({"customer": null})"), Admin);
    QVERIFY(uncustomered);
    QVERIFY(uncustomered->customer.isNull());

    QVERIFY(k.service->remove(key.key, Admin));
    QCOMPARE(errorText(k.service->get(key.key, Admin)), qs("404 not found"));
    QCOMPARE(errorText(k.service->remove(key.key, Admin)), qs("404 not found"));
}

void TestKeys::shouldAuthenticateAndCountUsesDurably()
{
    // Given a key of bob for customer acme with two scopes
    Keys k;
    const ApiKey key =
        k.add(R"({"user": "bob", "customer": "acme", "scopes": ["read:alerts", "write:alerts"]})", Admin);

    // When it authenticates twice, a minute apart
    k.f.clock->advanceSeconds(60);
    const Result<Caller> first = k.service->authenticate(key.key);
    k.f.clock->advanceSeconds(60);
    const Result<Caller> second = k.service->authenticate(key.key);

    // Then the caller is the key's user, customer and scopes
    QVERIFY(first);
    QVERIFY(second);
    QCOMPARE(first->login, qs("bob"));
    QCOMPARE(first->customers, qsl({"acme"}));
    QCOMPARE(first->scopes, qsl({"read:alerts", "write:alerts"}));

    // And the uses are counted with the last time, and survive reopening the store
    k.reopen();
    const Result<ApiKey> stored = k.service->get(key.key, Admin);
    QVERIFY(stored);
    QCOMPARE(stored->count, 2);
    QCOMPARE(stored->lastUsedTime.value_or(0), EngineFixture::Start + 120000);

    // A key without a customer gives a caller of all customers
    const ApiKey all = k.add(R"({"user": "carol"})", Admin);
    const Result<Caller> carol = k.service->authenticate(all.key);
    QVERIFY(carol);
    QCOMPARE(carol->customers, QStringList());
    QCOMPARE(carol->scopes, qsl({"read", "write"}));
}

void TestKeys::shouldRefuseExpiredAndUnknownKeys()
{
    // Given a key expiring in one hour
    Keys k;
    const ApiKey key = k.add(R"({"expireTime": "2024-05-01T10:30:00.000Z"})", Alice);

    // When it is used before, at and after its expiry, an unknown key is used, and its id and hint are tried as keys
    const Result<Caller> byId = k.service->authenticate(key.id);
    const Result<Caller> byHint = k.service->authenticate(key.hint);
    const Result<Caller> before = k.service->authenticate(key.key);
    k.f.clock->set(key.expireTime);
    const Result<Caller> atExpiry = k.service->authenticate(key.key);
    const QString statusAtExpiry = k.service->get(key.key, Alice)->status(k.f.clock->now());
    k.f.clock->advanceSeconds(1);
    const Result<Caller> after = k.service->authenticate(key.key);
    const Result<Caller> unknown = k.service->authenticate(qs("nope"));

    // Then only the use before expiry succeeds and counts; the key reads as expired afterwards
    QVERIFY(before);
    QCOMPARE(errorText(atExpiry), u"401 API key parameter '" + key.key + u"' is invalid");
    QCOMPARE(statusAtExpiry, qs("active"));
    QCOMPARE(errorText(after), u"401 API key parameter '" + key.key + u"' is invalid");
    QCOMPARE(errorText(unknown), qs("401 API key parameter 'nope' is invalid"));
    QCOMPARE(errorText(byId), u"401 API key parameter '" + key.id + u"' is invalid");
    QCOMPARE(errorText(byHint), u"401 API key parameter '" + key.hint + u"' is invalid");
    const ApiKey stored = *k.service->get(key.key, Alice);
    QCOMPARE(stored.count, 1);
    QCOMPARE(stored.status(k.f.clock->now()), qs("expired"));
}

void TestKeys::shouldSerialiseEveryKey()
{
    // Given a used key with a text and a customer
    Keys k;
    const ApiKey created = k.add(R"({"user": "bob", "text": "ci", "customer": "acme", "scopes": ["read"]})", Admin);
    QVERIFY(k.service->authenticate(created.key));
    const ApiKey key = *k.service->get(created.key, Admin);

    // When it is serialised now and after its expiry
    const QJsonObject o = IdentityJson::keyToJson(key, qs("http://host/api"), k.f.clock->now());
    const QJsonObject later = IdentityJson::keyToJson(key, qs("http://host/api"), key.expireTime + 1);

    // Then it has exactly the keys of spec §4.7, href by id, the hint for key, and the status as of the time given
    QCOMPARE(o.keys(),
             qsl({"count",
                  "customer",
                  "expireTime",
                  "href",
                  "id",
                  "key",
                  "lastUsedTime",
                  "scopes",
                  "status",
                  "text",
                  "type",
                  "user"}));
    QCOMPARE(o.value(qs("href")).toString(), u"http://host/api/key/" + key.id);
    QCOMPARE(o.value(qs("key")).toString(), created.hint);
    QCOMPARE(IdentityJson::keyToJson(created, qs("r"), 0).value(qs("key")).toString(), created.key);
    QCOMPARE(o.value(qs("status")).toString(), qs("active"));
    QCOMPARE(later.value(qs("status")).toString(), qs("expired"));
    QCOMPARE(o.value(qs("type")).toString(), qs("read-only"));
    QCOMPARE(o.value(qs("scopes")).toArray(), QJsonArray{qs("read")});
    QCOMPARE(o.value(qs("count")).toInteger(), 1);
    QCOMPARE(o.value(qs("lastUsedTime")).toString(), qs("2024-05-01T09:30:00.000Z"));
    QCOMPARE(o.value(qs("expireTime")).toString(), qs("2025-05-01T09:30:00.000Z"));
    QCOMPARE(o.value(qs("customer")).toString(), qs("acme"));
    QCOMPARE(o.value(qs("user")).toString(), qs("bob"));
    QCOMPARE(o.value(qs("text")).toString(), qs("ci"));
    const QJsonObject fresh = IdentityJson::keyToJson(k.add("{}", Alice), qs("r"), k.f.clock->now());
    QVERIFY(fresh.value(qs("lastUsedTime")).isNull());
    QVERIFY(fresh.value(qs("customer")).isNull());
    QVERIFY(fresh.value(qs("text")).isNull());
}

void TestKeys::shouldStoreOnlyHashAndHint_data()
{
    QTest::addColumn<QString>("keyString");
    QTest::addColumn<QString>("hint");
    // ApiKeys::hint: the first min(8, length / 4) characters
    QTest::newRow("generated (40)") << QString() << QString();
    QTest::newRow("long (64)") << QString(64, u'k') << qs("kkkkkkkk…");
    QTest::newRow("chosen (16)") << qs("0123456789abcdef") << qs("0123…");
    QTest::newRow("chosen (14)") << qs("my-own-key_123") << qs("my-…");
    // Not "abc": the test looks for the key in every cell, and a random id holds any three hex digits now and then.
    QTest::newRow("short (3)") << qs("q#z") << qs("…");
    QTest::newRow("non-ASCII") << qs("clé-à-moi-ünïcødé") << qs("clé-…");
}

void TestKeys::shouldStoreOnlyHashAndHint()
{
    QFETCH(QString, keyString);
    QFETCH(QString, hint);

    // Given a key, generated or chosen by its caller
    Keys k;
    const QByteArray body = keyString.isNull() ? QByteArray("{}") : R"({"key": ")" + keyString.toUtf8() + R"("})";
    const ApiKey key = k.add(body.constData(), Alice);
    if (keyString.isNull())
        hint = key.key.left(8) + u'…';

    // When the store is read back, row by row and cell by cell
    QList<QVariantList> rows;
    k.f.store->read([&](AlertReader &reader) { rows = reader.sql().select(qs("SELECT * FROM keys")); });

    // Then no cell holds the key string; one holds its hash (hex SHA-256), one its hint
    QCOMPARE(rows.size(), 1);
    QStringList cells;
    for (const QVariant &cell : rows.first())
        cells.append(cell.toString());
    for (const QString &cell : std::as_const(cells))
        QVERIFY2(!cell.contains(key.key), qPrintable(cell));
    QVERIFY(cells.contains(ApiKeys::hash(key.key)));
    QVERIFY(cells.contains(hint));
    QCOMPARE(key.hint, hint);
    // And the key string still authenticates and finds the key
    QVERIFY(k.service->authenticate(key.key));
    QCOMPARE(k.service->get(key.key, Alice)->hint, hint);
}

void TestKeys::shouldHashKeysStoredInClearBeforeUpgrading()
{
    // Given a store at the last schema version that kept key strings in clear (SQLite 4, PostgreSQL 1), holding one
    QTemporaryDir dir;
    const QString location = TestStore::freshLocation(dir);
    const QString keyString = qs("0ld-cl3ar-k3y-0f-a-pr3vi0us-v3rsi0n-XYZW");
    const QString insert = qs("INSERT INTO keys (id, key, \"user\", scopes, expire_time, count) VALUES "
                              "('5a2b1c44-0000-4000-8000-000000000001', '%1', 'alice', '[\"read\"]', %2, 7)")
                               .arg(keyString)
                               .arg(EngineFixture::Start + Day);
    if (TestStore::usesPostgres()) {
        PgConnection db(*PgConnectionOptions::fromUrl(location));
        PgSchema::migrate(db, 1);
        db.execute(insert);
    } else {
        SqliteConnection db(location);
        SqliteSchema::migrate(db, 4);
        db.execute(insert);
    }

    // When this build opens it
    {
        auto store = StoreFactory::open(location);
        auto clock = std::make_shared<ManualClock>(EngineFixture::Start);
        KeyService service(store, testConfig(), clock);

        // Then the key authenticates as before, lists by its hint, and its string is gone from the table
        const Result<Caller> caller = service.authenticate(keyString);
        QVERIFY2(caller, qPrintable(errorText(caller)));
        QCOMPARE(caller->login, qs("alice"));
        QCOMPARE(caller->scopes, qsl({"read"}));
        const Result<ApiKey> stored = service.get(qs("5a2b1c44-0000-4000-8000-000000000001"), Alice);
        QVERIFY(stored);
        QCOMPARE(stored->hint, qs("0ld-cl3a…"));
        QCOMPARE(stored->count, 8);
        QList<QVariantList> rows;
        store->read([&](AlertReader &reader) { rows = reader.sql().select(qs("SELECT * FROM keys")); });
        for (const QVariant &cell : rows.value(0))
            QVERIFY2(!cell.toString().contains(keyString), qPrintable(cell.toString()));
    } // closes the store: SQLite copies its log into the file

    // And on SQLite not even the file keeps it: the migration zeroed the freed pages
    if (!TestStore::usesPostgres()) {
        QFile file(location);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(keyString.toUtf8()));
        QVERIFY(!QFile::exists(location + u"-wal") || QFileInfo(location + u"-wal").size() == 0);
    }
}

QTEST_GUILESS_MAIN(TestKeys)
#include "testkeys.moc"
