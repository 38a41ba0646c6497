// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "core/identityjson.h"
#include "core/permissionservice.h"
#include "tests/support/enginefixture.h"
#include "tests/support/testtext.h"

// Permissions (spec §4.8 `/perm`, §5.4): the body checks (scopes must be valid), the 409 for built-in and existing
// roles, the 403 for scopes the caller does not hold, the list that starts with the synthetic built-in entries, and
// the scopes of a user's roles row by row, with perms rows.

namespace {

using Params = QList<QPair<QString, QString>>;

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

template<typename T>
QString errorText(const Result<T> &r)
{
    return r.ok() ? QString() : QString::number(r.error().code) + u' ' + r.error().message;
}

IdentityConfig testConfig()
{
    IdentityConfig config;
    config.roles.adminUsers = qsl({"root"});
    config.customScopes = qsl({"read:reports"});
    return config;
}

/// A permission service over a fresh store.
struct Permissions
{
    Permissions()
        : service(f.store, testConfig())
    {}

    /// Stores role → scopes; fails the test on an error.
    Permission add(const char *match, const QStringList &scopes)
    {
        const Result<Permission> stored =
            service.create(Permission{QUuid::createUuid().toString(QUuid::WithoutBraces), qs(match), scopes});
        if (!stored)
            qFatal("create failed: %s", qPrintable(stored.error().message));
        return *stored;
    }

    /// `match=scope|scope` of a list query in result order, or `<code> <message>`.
    QString listed(const Params &params)
    {
        const Result<ListPage<Permission>> page = service.list(params);
        if (!page)
            return errorText(page);
        QStringList out;
        for (const Permission &p : page->items)
            out.append(p.match + u'=' + p.scopes.join(u'|'));
        return out.join(u',');
    }

    EngineFixture f;
    PermissionService service;
};

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRejectInvalidBodies_data();
    void shouldRejectInvalidBodies();
    void shouldListBuiltInsFirst();
    void shouldListBuiltInsSharingRequestedScopes();
    void shouldRefuseExistingRoles_data();
    void shouldRefuseExistingRoles();
    void shouldRefuseScopesCallerLacks();
    void shouldUpdateAndDelete();
    void shouldComputeScopesForRoles_data();
    void shouldComputeScopesForRoles();
    void shouldSerialiseEveryKey();
};

void TestPermissions::shouldRejectInvalidBodies_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("message");   // "" = accepted
    QTest::addColumn<bool>("scopeProblem"); // the same message for a PUT with these scopes
    QTest::newRow("no match") << qs(R"({"scopes": ["read"]})") << qs(R"(400 Missing mandatory value for "match")")
                              << false;
    QTest::newRow("scopes not a list") << qs(R"({"match": "ops", "scopes": "read"})") << qs("400 scopes must be a list")
                                       << true;
    QTest::newRow("scope not a string") << qs(R"({"match": "ops", "scopes": [1]})")
                                        << qs("400 scopes must be a list of strings") << true;
    QTest::newRow("unknown scope") << qs(R"({"match": "ops", "scopes": ["read", "read:everything"]})")
                                   << qs("400 'read:everything' is not a valid Scope") << true;
    QTest::newRow("custom scope") << qs(R"({"match": "ops", "scopes": ["read:reports"]})") << QString() << true;
    QTest::newRow("no scopes") << qs(R"({"match": "ops"})") << QString() << false;
}

void TestPermissions::shouldRejectInvalidBodies()
{
    QFETCH(QString, body);
    QFETCH(QString, message);
    QFETCH(bool, scopeProblem);

    // Given a POST /perm body, with CUSTOM_SCOPES = [read:reports]
    // When it is parsed, and the same body is applied as a PUT
    const QJsonObject object = json(body.toUtf8().constData());
    const Result<Permission> parsed = IdentityJson::parsePermission(object, testConfig().customScopes);
    QJsonObject update = object;
    update.remove(qs("match"));
    const Result<Permission> updated =
        IdentityJson::applyPermissionUpdate(Permission{qs("id"), qs("ops"), {}}, update, testConfig().customScopes);

    // Then invalid scopes are refused with upstream's message either way
    QCOMPARE(errorText(parsed), message);
    if (scopeProblem)
        QCOMPARE(errorText(updated), message);
}

void TestPermissions::shouldListBuiltInsFirst()
{
    // Given one stored role
    Permissions p;
    p.add("ops", qsl({"read:alerts", "write:blackouts"}));

    // When the perms are listed, whole and in pages of two
    const Result<ListPage<Permission>> all = p.service.list({});

    // Then admin, user and guest come first with their scopes, count in the total and fill page 1
    QCOMPARE(p.listed({}),
             qs("admin=admin|read|write,user=read|write,guest=read:alerts,ops=read:alerts|write:blackouts"));
    QVERIFY(all);
    QCOMPARE(all->total, 4);
    QCOMPARE(p.listed({{qs("page-size"), qs("2")}}), qs("admin=admin|read|write,user=read|write"));
    QCOMPARE(p.listed({{qs("page-size"), qs("2")}, {qs("page"), qs("2")}}),
             qs("guest=read:alerts,ops=read:alerts|write:blackouts"));
    QCOMPARE(p.listed({{qs("page-size"), qs("3")}, {qs("page"), qs("2")}}), qs("ops=read:alerts|write:blackouts"));
    QCOMPARE(p.listed({{qs("page-size"), qs("2")}, {qs("page"), qs("3")}}), qs("416 page out of range: 1-2"));
    // The synthetic entries have stable ids that are not rows
    QCOMPARE(all->items.at(0).id, p.service.builtIns().at(0).id);
    QCOMPARE(errorText(p.service.get(all->items.at(0).id)), qs("404 not found"));
}

void TestPermissions::shouldListBuiltInsSharingRequestedScopes()
{
    // Given two stored roles
    Permissions p;
    p.add("ops", qsl({"read:alerts"}));
    p.add("dev", qsl({"write:heartbeats"}));

    // When the perms are listed by scope
    // Then a built-in entry is listed only when it has one of the scopes (upstream), stored rows are filtered
    QCOMPARE(p.listed({{qs("scopes"), qs("read:alerts")}}), qs("guest=read:alerts,ops=read:alerts"));
    QCOMPARE(p.listed({{qs("scopes"), qs("write")}}), qs("admin=admin|read|write,user=read|write"));
    QCOMPARE(p.listed({{qs("match"), qs("dev")}}),
             qs("admin=admin|read|write,user=read|write,guest=read:alerts,"
                "dev=write:heartbeats"));
}

void TestPermissions::shouldRefuseExistingRoles_data()
{
    QTest::addColumn<QString>("match");
    QTest::newRow("admin") << qs("admin");
    QTest::newRow("user") << qs("user");
    QTest::newRow("guest") << qs("guest");
    QTest::newRow("stored") << qs("ops");
}

void TestPermissions::shouldRefuseExistingRoles()
{
    QFETCH(QString, match);

    // Given a stored ops role besides the built-in ones
    Permissions p;
    const Permission dev = p.add("dev", qsl({"read"}));
    p.add("ops", qsl({"read"}));

    // When the role is created, or another role renamed to it
    const Result<Permission> created =
        p.service.create(Permission{QUuid::createUuid().toString(QUuid::WithoutBraces), match, qsl({"read"})});
    const QJsonObject rename{{qs("match"), match}};
    const Result<Permission> renamed = p.service.update(dev.id, rename);

    // Then both are 409 `<role> role already exists`
    QCOMPARE(errorText(created), u"409 " + match + u" role already exists");
    QCOMPARE(errorText(renamed), u"409 " + match + u" role already exists");
}

void TestPermissions::shouldRefuseScopesCallerLacks()
{
    // Given a caller holding `read` and `write:alerts`
    Permissions p;
    const Caller caller{qs("alice"), {}, qsl({"read", "write:alerts"})};
    const Permission ops = p.add("ops", qsl({"read:alerts"}));

    // When it creates roles within and beyond its scopes, and widens one
    const Result<Permission> within =
        p.service.create(Permission{qs("p1"), qs("a"), qsl({"read:heartbeats", "read:alerts"})}, caller);
    const Result<Permission> beyond =
        p.service.create(Permission{qs("p2"), qs("b"), qsl({"read", "admin:alerts"})}, caller);
    const Result<Permission> widened = p.service.update(ops.id, json(R"({"scopes": ["write:users"]})"), caller);

    // Then only the first succeeds; the others name the first scope it lacks
    QVERIFY(within);
    QCOMPARE(errorText(beyond), qs("403 Requested scope 'admin:alerts' not in existing scopes: read,write:alerts"));
    QCOMPARE(errorText(widened), qs("403 Requested scope 'write:users' not in existing scopes: read,write:alerts"));
}

void TestPermissions::shouldUpdateAndDelete()
{
    // Given a stored role
    Permissions p;
    const Permission ops = p.add("ops", qsl({"read"}));

    // When its scopes are replaced, then it is deleted
    const Result<Permission> updated = p.service.update(ops.id, json(R"({"scopes": ["read", "write:blackouts"]})"));
    const Result<Permission> read = p.service.get(ops.id);
    const VoidResult removed = p.service.remove(ops.id);

    // Then the update is stored and the deletion removes the row
    QVERIFY(updated);
    QVERIFY(read);
    QCOMPARE(read->scopes, qsl({"read", "write:blackouts"}));
    QVERIFY(removed);
    QCOMPARE(errorText(p.service.get(ops.id)), qs("404 not found"));
    QCOMPARE(errorText(p.service.remove(ops.id)), qs("404 not found"));
    QCOMPARE(errorText(p.service.update(ops.id, json(R"({"scopes": []})"))), qs("404 not found"));
    QCOMPARE(errorText(p.service.update(ops.id, {})), qs("404 not found"));
}

void TestPermissions::shouldComputeScopesForRoles_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<QStringList>("groups");
    QTest::addColumn<QString>("scopes");

    // perms rows: ops → [read:alerts, write:blackouts], sre → [admin:heartbeats], user → [read:perms]
    QTest::newRow("ADMIN_USERS login") << qs("root") << QStringList() << QStringList() << qs("admin,read,write");
    QTest::newRow("ADMIN_ROLES role") << qs("alice") << qsl({"admin"}) << QStringList() << qs("admin,read,write");
    QTest::newRow("admin wins at once") << qs("alice") << qsl({"ops", "admin"}) << QStringList()
                                        << qs("admin,read,write");
    QTest::newRow("GUEST_ROLES role") << qs("alice") << qsl({"guest"}) << QStringList() << qs("read:alerts");
    QTest::newRow("perms row") << qs("alice") << qsl({"ops"}) << QStringList() << qs("read:alerts,write:blackouts");
    QTest::newRow("built-in plus its row")
        << qs("alice") << qsl({"user"}) << QStringList() << qs("read,read:perms,write");
    QTest::newRow("roles and groups merged, sorted")
        << qs("alice") << qsl({"ops"}) << qsl({"sre", "guest"}) << qs("admin:heartbeats,read:alerts,write:blackouts");
    QTest::newRow("unknown role") << qs("alice") << qsl({"nobody"}) << QStringList() << QString();
    QTest::newRow("no roles") << qs("alice") << QStringList() << QStringList() << QString();
}

void TestPermissions::shouldComputeScopesForRoles()
{
    QFETCH(QString, login);
    QFETCH(QStringList, roles);
    QFETCH(QStringList, groups);
    QFETCH(QString, scopes);

    // Given ADMIN_USERS = [root], the default role settings and three perms rows
    Permissions p;
    p.add("ops", qsl({"read:alerts", "write:blackouts"}));
    p.add("sre", qsl({"admin:heartbeats"}));
    // `user` is built in and cannot be created over the API; a row for it can still exist (e.g. restored data)
    p.f.store
        ->write<Ok>([](AlertTransaction &tx) -> VoidResult {
            tx.sql().execute(qs("INSERT INTO perms (id, match, scopes) VALUES ('u', 'user', '[\"read:perms\"]')"));
            return Ok{};
        })
        .waitForFinished();

    // When the scopes of the user's roles and groups are computed
    // Then they are those of spec §5.4
    QCOMPARE(p.service.scopesFor(login, roles, groups).join(u','), scopes);
}

void TestPermissions::shouldSerialiseEveryKey()
{
    // Given a stored role
    Permissions p;
    const Permission ops = p.add("ops", qsl({"read"}));

    // When it is serialised
    const QJsonObject o = IdentityJson::permissionToJson(ops, qs("http://host/api"));

    // Then it has exactly the keys of spec §4.8
    QCOMPARE(o.keys(), qsl({"href", "id", "match", "scopes"}));
    QCOMPARE(o.value(qs("href")).toString(), u"http://host/api/perm/" + ops.id);
    QCOMPARE(o.value(qs("scopes")).toArray(), QJsonArray{qs("read")});
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "testpermissions.moc"
