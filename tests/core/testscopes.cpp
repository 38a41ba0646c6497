// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QHash>
#include <QTest>

#include "core/scopes.h"
#include "tests/support/testtext.h"

// Scopes (spec §5.2, §5.4, §4.7): the built-in list, custom-scope validation, every step of the implication rule,
// roles → scopes with ADMIN_USERS/ADMIN_ROLES/USER_ROLES/GUEST_ROLES and `perms` rows, and the API-key helpers.

class TestScopes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldListBuiltInScopesInUpstreamOrder();
    void shouldValidateScopes_data();
    void shouldValidateScopes();
    void shouldAppendCustomScopesToAll();
    void shouldGrantByImplication_data();
    void shouldGrantByImplication();
    void shouldRejectRequestedScopesBeyondCaller_data();
    void shouldRejectRequestedScopesBeyondCaller();
    void shouldMapRolesToScopes_data();
    void shouldMapRolesToScopes();
    void shouldMapLegacyKeyTypeToScopes_data();
    void shouldMapLegacyKeyTypeToScopes();
    void shouldReportKeyTypeFromScopes_data();
    void shouldReportKeyTypeFromScopes();
};

void TestScopes::shouldListBuiltInScopesInUpstreamOrder()
{
    // Given/When: the built-in list
    const QStringList scopes = Scopes::builtIn();
    // Then: the three bare actions first, then the spec's resource scopes in its order
    QCOMPARE(scopes.size(), 29);
    QCOMPARE(scopes.mid(0, 5), qsl({"read", "write", "admin", "read:alerts", "write:alerts"}));
    QCOMPARE(scopes.last(), qs("read:userinfo"));
    QCOMPARE(scopes.indexOf(qs("delete:alerts")), 5);
    QCOMPARE(Scopes::adminScopes(), qsl({"admin", "read", "write"}));
    for (const QString &scope : scopes)
        QVERIFY2(scopes.count(scope) == 1, qPrintable(scope));
}

void TestScopes::shouldValidateScopes_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QStringList>("custom");
    QTest::addColumn<bool>("customPattern");
    QTest::addColumn<bool>("valid");
    const QStringList custom = qsl({"read:foo", "write:foo.bar"});
    QTest::newRow("bare read") << qs("read") << custom << false << true;
    QTest::newRow("built in") << qs("admin:management") << custom << true << true;
    QTest::newRow("custom") << qs("read:foo") << custom << true << true;
    QTest::newRow("custom with type") << qs("write:foo.bar") << custom << true << true;
    QTest::newRow("well formed, not configured") << qs("delete:foo") << custom << true << false;
    QTest::newRow("unknown action") << qs("execute:foo") << custom << false << false;
    QTest::newRow("two types") << qs("read:foo.bar.baz") << QStringList() << false << false;
    QTest::newRow("empty resource") << qs("read:") << QStringList() << false << false;
    QTest::newRow("dash") << qs("read:foo-bar") << QStringList() << false << false;
    QTest::newRow("trailing space") << qs("read:foo ") << QStringList() << false << false;
    QTest::newRow("unicode word") << qs("read:zähler") << QStringList() << true << false;
    QTest::newRow("empty") << QString() << custom << false << false;
}

void TestScopes::shouldValidateScopes()
{
    QFETCH(QString, scope);
    QFETCH(QStringList, custom);
    QFETCH(bool, customPattern);
    QFETCH(bool, valid);
    // Given: a scope string and the configured CUSTOM_SCOPES
    // When/Then: it is judged against the CUSTOM_SCOPES pattern and against the known scopes
    QCOMPARE(Scopes::isValidCustomScope(scope), customPattern);
    QCOMPARE(Scopes::isValidScope(scope, custom), valid);
}

void TestScopes::shouldAppendCustomScopesToAll()
{
    // Given: custom scopes with a duplicate of a built-in one and a malformed one
    const QStringList custom = qsl({"read:foo", "read:alerts", "bogus", "write:foo.bar"});
    // When: the full list is built
    const QStringList scopes = Scopes::all(custom);
    // Then: built-ins keep their place and only the new valid ones follow
    QCOMPARE(scopes.size(), Scopes::builtIn().size() + 2);
    QCOMPARE(scopes.mid(Scopes::builtIn().size()), qsl({"read:foo", "write:foo.bar"}));
}

void TestScopes::shouldGrantByImplication_data()
{
    QTest::addColumn<QString>("want");
    QTest::addColumn<QStringList>("have");
    QTest::addColumn<QStringList>("deleteScopes");
    QTest::addColumn<bool>("granted");
    const QStringList none;
    const QStringList adminOnlyDelete = qsl({"delete:alerts"});
    const auto row = [](const char *name, const char *want, const QStringList &have, const QStringList &del, bool g) {
        QTest::newRow(name) << qs(want) << have << del << g;
    };
    // Step 1: nothing wanted, exact match, bare action
    row("no scope wanted", "", QStringList(), none, true);
    row("exact", "read:alerts", qsl({"read:alerts"}), none, true);
    row("bare read covers read:*", "read:heartbeats", qsl({"read"}), none, true);
    row("bare read itself", "read", qsl({"read"}), none, true);
    row("bare write covers write:*", "write:blackouts", qsl({"write"}), none, true);
    row("bare admin covers admin:*", "admin:users", qsl({"admin"}), none, true);
    row("nothing held", "read:alerts", QStringList(), none, false);
    row("other resource", "read:alerts", qsl({"read:keys"}), none, false);
    // Step 2: read → write → admin
    row("write:X implies read:X", "read:alerts", qsl({"write:alerts"}), none, true);
    row("admin:X implies read:X", "read:alerts", qsl({"admin:alerts"}), none, true);
    row("admin:X implies write:X", "write:keys", qsl({"admin:keys"}), none, true);
    row("write implies read:X", "read:perms", qsl({"write"}), none, true);
    row("admin implies read:X", "read:perms", qsl({"admin"}), none, true);
    row("bare write implies bare read", "read", qsl({"write"}), none, true);
    row("admin implies bare write", "write", qsl({"admin"}), none, true);
    row("read does not imply write:X", "write:alerts", qsl({"read"}), none, false);
    row("read:X does not imply write:X", "write:alerts", qsl({"read:alerts"}), none, false);
    row("write:X does not imply read:Y", "read:keys", qsl({"write:alerts"}), none, false);
    // Step 3: delete
    row("write:X implies delete:X", "delete:alerts", qsl({"write:alerts"}), none, true);
    row("write implies delete:X", "delete:alerts", qsl({"write"}), none, true);
    row("admin:X implies delete:X via write", "delete:alerts", qsl({"admin:alerts"}), none, true);
    row("read does not imply delete:X", "delete:alerts", qsl({"read", "read:alerts"}), none, false);
    row("delete:X held", "delete:alerts", qsl({"delete:alerts"}), adminOnlyDelete, true);
    row("DELETE_SCOPES: write:X no longer enough", "delete:alerts", qsl({"write:alerts"}), adminOnlyDelete, false);
    row("DELETE_SCOPES: write no longer enough", "delete:alerts", qsl({"write"}), adminOnlyDelete, false);
    row("DELETE_SCOPES: admin:X", "delete:alerts", qsl({"admin:alerts"}), adminOnlyDelete, true);
    row("DELETE_SCOPES: admin", "delete:alerts", qsl({"admin"}), adminOnlyDelete, true);
    row("DELETE_SCOPES only for listed scopes", "delete:foo", qsl({"write:foo"}), adminOnlyDelete, true);
    row("bare delete held", "delete:alerts", qsl({"delete"}), adminOnlyDelete, true);
    // Step 4: admin:X has nowhere to go
    row("admin:X not implied by write:X", "admin:alerts", qsl({"write:alerts", "write"}), none, false);
    row("admin:X not implied by other admin:Y", "admin:alerts", qsl({"admin:keys"}), none, false);
    row("unknown action", "execute:alerts", qsl({"write", "read"}), none, false);
    // Custom scopes follow the same rules
    row("custom exact", "read:foo.bar", qsl({"read:foo.bar"}), none, true);
    row("custom via write", "read:foo.bar", qsl({"write:foo.bar"}), none, true);
    row("custom via bare read", "read:foo.bar", qsl({"read"}), none, true);
    row("custom type differs", "read:foo.bar", qsl({"read:foo"}), none, false);
    row("custom word only in resource", "read:threads", qsl({"write:threads"}), none, true);
}

void TestScopes::shouldGrantByImplication()
{
    QFETCH(QString, want);
    QFETCH(QStringList, have);
    QFETCH(QStringList, deleteScopes);
    QFETCH(bool, granted);
    // Given: the caller's scopes and DELETE_SCOPES
    // When/Then: the wanted scope is granted or not
    QCOMPARE(Scopes::granted(want, have, deleteScopes), granted);
}

void TestScopes::shouldRejectRequestedScopesBeyondCaller_data()
{
    QTest::addColumn<QStringList>("requested");
    QTest::addColumn<QStringList>("have");
    QTest::addColumn<QString>("error");
    QTest::newRow("all implied") << qsl({"read", "write:alerts"}) << qsl({"write"}) << QString();
    QTest::newRow("nothing requested") << QStringList() << QStringList() << QString();
    QTest::newRow("first missing reported")
        << qsl({"read:alerts", "admin:keys", "admin"}) << qsl({"read", "write:keys"})
        << qs("403 Requested scope 'admin:keys' not in existing scopes: read,write:keys");
    QTest::newRow("anonymous caller has nothing")
        << qsl({"read"}) << QStringList() << qs("403 Requested scope 'read' not in existing scopes: ");
}

void TestScopes::shouldRejectRequestedScopesBeyondCaller()
{
    QFETCH(QStringList, requested);
    QFETCH(QStringList, have);
    QFETCH(QString, error);
    // Given: scopes requested for a new key/perm/user and the caller's own scopes
    // When: they are checked
    const VoidResult result = Scopes::checkRequested(requested, have);
    // Then: either fine or upstream's 403 with a comma-joined list (no spaces)
    const QString actual =
        result.ok() ? QString() : QString::number(result.error().code) + u' ' + result.error().message;
    QCOMPARE(actual, error);
}

void TestScopes::shouldMapRolesToScopes_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<QStringList>("groups");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name,
                        const char *login,
                        const QStringList &roles,
                        const QStringList &groups,
                        const QStringList &expected) {
        QTest::newRow(name) << qs(login) << roles << groups << expected;
    };
    const QStringList admin = qsl({"admin", "read", "write"});
    row("admin user by login", "root@example.com", qsl({"guest"}), QStringList(), admin);
    row("admin role", "ada", qsl({"user", "admin"}), QStringList(), admin);
    row("admin role after perms", "ada", qsl({"ops", "admin"}), QStringList(), admin);
    row("user role", "ada", qsl({"user"}), QStringList(), qsl({"read", "write"}));
    row("guest role", "ada", qsl({"guest"}), QStringList(), qsl({"read:alerts"}));
    row("no roles", "ada", QStringList(), QStringList(), QStringList());
    row("unknown role", "ada", qsl({"visitor"}), QStringList(), QStringList());
    row("perms row", "ada", qsl({"ops"}), QStringList(), qsl({"admin:alerts", "write:heartbeats"}));
    row("user plus perms, sorted and unique",
        "ada",
        qsl({"user", "ops", "user"}),
        QStringList(),
        qsl({"admin:alerts", "read", "write", "write:heartbeats"}));
    row("group matches a perms row",
        "ada",
        qsl({"guest"}),
        qsl({"ops"}),
        qsl({"admin:alerts", "read:alerts", "write:heartbeats"}));
    row("group in ADMIN_ROLES", "ada", qsl({"user"}), qsl({"admin"}), admin);
    row("perms row for a built-in role adds to it",
        "ada",
        qsl({"guest-plus"}),
        QStringList(),
        qsl({"read:alerts", "read:heartbeats"}));
}

void TestScopes::shouldMapRolesToScopes()
{
    QFETCH(QString, login);
    QFETCH(QStringList, roles);
    QFETCH(QStringList, groups);
    QFETCH(QStringList, expected);
    // Given: ADMIN_USERS with one login, a second guest role name and two `perms` rows
    Scopes::RoleSettings settings;
    settings.adminUsers = qsl({"root@example.com"});
    settings.guestRoles = qsl({"guest", "guest-plus"});
    const QHash<QString, QStringList> perms{
        {qs("ops"), qsl({"write:heartbeats", "admin:alerts"})},
        {qs("guest-plus"), qsl({"read:heartbeats"})},
    };
    // When: the user's scopes are computed
    const QStringList scopes = Scopes::scopesForRoles(login, roles, groups, settings, [&perms](const QString &role) {
        return perms.value(role);
    });
    // Then: as upstream's get_scopes_by_match
    QCOMPARE(scopes, expected);
}

void TestScopes::shouldMapLegacyKeyTypeToScopes_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("adminUser");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("read-write") << qs("read-write") << false << qsl({"read", "write"});
    QTest::newRow("read-only") << qs("read-only") << false << qsl({"read"});
    QTest::newRow("unknown") << qs("write-only") << false << QStringList();
    QTest::newRow("admin read-only") << qs("read-only") << true << qsl({"admin", "read", "write"});
    QTest::newRow("admin no type") << QString() << true << qsl({"admin", "read", "write"});
}

void TestScopes::shouldMapLegacyKeyTypeToScopes()
{
    QFETCH(QString, type);
    QFETCH(bool, adminUser);
    QFETCH(QStringList, expected);
    // Given: a `POST /key` with the legacy `type` field
    // When/Then: it becomes scopes
    QCOMPARE(Scopes::keyTypeToScopes(type, adminUser), expected);
}

void TestScopes::shouldReportKeyTypeFromScopes_data()
{
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QString>("type");
    QTest::newRow("read") << qsl({"read"}) << qs("read-only");
    QTest::newRow("read resources") << qsl({"read:alerts", "read:keys"}) << qs("read-only");
    QTest::newRow("delete is not write") << qsl({"delete:alerts"}) << qs("read-only");
    QTest::newRow("none") << QStringList() << qs("read-only");
    QTest::newRow("write") << qsl({"read", "write"}) << qs("read-write");
    QTest::newRow("write resource") << qsl({"read", "write:heartbeats"}) << qs("read-write");
    QTest::newRow("admin resource") << qsl({"admin:keys"}) << qs("read-write");
}

void TestScopes::shouldReportKeyTypeFromScopes()
{
    QFETCH(QStringList, scopes);
    QFETCH(QString, type);
    // Given: a key's scopes
    // When/Then: its reported `type`
    QCOMPARE(Scopes::keyTypeFromScopes(scopes), type);
}

QTEST_GUILESS_MAIN(TestScopes)
#include "testscopes.moc"
