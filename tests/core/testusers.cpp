// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <tuple>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "core/identityjson.h"
#include "core/passwordhash.h"
#include "core/permissionservice.h"
#include "core/userservice.h"
#include "tests/support/enginefixture.h"
#include "tests/support/testtext.h"

// Users and groups (spec §4.8) and password login (§4.9, §5.1): bcrypt storage and the password never leaving the
// service, the body checks, the 409s, the `domain` rule, partial updates with re-hashing and the legacy `role`,
// attribute merging, the `me` restrictions, each login failure for `/auth/login` and Basic, lastLogin, groups with
// their membership, and deletions removing memberships.

namespace {

using Params = QList<QPair<QString, QString>>;

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

template<typename T>
QString errorText(const Result<T> &r)
{
    return r.ok() ? QString() : QString::number(r.error().code) + u' ' + r.error().message;
}

IdentityConfig fastConfig()
{
    IdentityConfig config;
    config.passwordCost = PasswordHash::MinCost;
    return config;
}

/// A user service (with the permission service it asks) over a fresh store.
struct Users
{
    explicit Users(IdentityConfig config = fastConfig())
        : permissions(std::make_shared<PermissionService>(f.store, config))
        , service(f.store, config, f.clock, permissions)
    {}

    /// Creates a user from a POST /user body; fails the test on an error.
    User add(const QString &body, const Caller &caller = Caller::internal())
    {
        const Result<User> stored = tryAdd(body, caller);
        if (!stored)
            qFatal("create failed: %s", qPrintable(stored.error().message));
        return *stored;
    }

    Result<User> tryAdd(const QString &body, const Caller &caller = Caller::internal())
    {
        const Result<NewUser> parsed = IdentityJson::parseNewUser(json(body));
        if (!parsed)
            return parsed.error();
        return service.create(parsed->user, parsed->password, caller);
    }

    /// The password column as stored.
    QString storedHash(const QString &id)
    {
        QString hash;
        f.store->read([&](AlertReader &reader) {
            hash = reader.sql().scalar(qs("SELECT password FROM users WHERE id = ?"), {id}).toString();
        });
        return hash;
    }

    Group addGroup(const char *name)
    {
        const Result<Group> stored = service.createGroup(*IdentityJson::parseGroup({{qs("name"), qs(name)}}));
        if (!stored)
            qFatal("group failed: %s", qPrintable(stored.error().message));
        return *stored;
    }

    QString memberLogins(const QString &groupId)
    {
        const Result<QList<GroupMember>> members = service.members(groupId);
        if (!members)
            return errorText(members);
        QStringList logins;
        for (const GroupMember &m : *members)
            logins.append(m.login);
        return logins.join(u',');
    }

    QString groupNames(const QString &userId)
    {
        const Result<QList<Group>> groups = service.groupsOf(userId);
        if (!groups)
            return errorText(groups);
        QStringList names;
        for (const Group &g : *groups)
            names.append(g.name + u'(' + QString::number(g.count) + u')');
        return names.join(u',');
    }

    EngineFixture f;
    std::shared_ptr<PermissionService> permissions;
    UserService service;
};

const QString AliceBody = qs(R"({"name": "Alice", "email": "alice@example.com", "password": "s3cret"})");

} // namespace

class TestUsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldStoreBcryptHashAndNeverReturnIt();
    void shouldRejectInvalidBodies_data();
    void shouldRejectInvalidBodies();
    void shouldApplyCreateDefaults();
    void shouldRefuseDuplicateEmailAndLogin();
    void shouldDeriveDomain_data();
    void shouldDeriveDomain();
    void shouldRefuseUnauthorizedDomain();
    void shouldRequireBasicProvider();
    void shouldRefuseRolesBeyondCallersScopes();
    void shouldUpdatePartiallyAndRehashPassword();
    void shouldRefuseConflictingUpdates();
    void shouldMergeAttributes_data();
    void shouldMergeAttributes();
    void shouldUpdateAttributesInStore();
    void shouldRestrictMeUpdates_data();
    void shouldRestrictMeUpdates();
    void shouldRefuseAnOwnNewEmailThatChangesAccess();
    void shouldAuthenticate_data();
    void shouldAuthenticate();
    void shouldThrottlePasswordGuessing_data();
    void shouldThrottlePasswordGuessing();
    void shouldThrottleOneAddressGuessingManyLogins();
    void shouldSetLastLoginOnLoginOnly();
    void shouldListUsers();
    void shouldBootstrapAdmin();
    void shouldManageGroupsAndMembership();
    void shouldRemoveMembershipsWithUserOrGroup();
    void shouldSerialiseEveryKey();
};

void TestUsers::shouldStoreBcryptHashAndNeverReturnIt()
{
    // Given a user created with a password
    Users u;
    const User alice = u.add(AliceBody);

    // When the stored row and the serialised user are inspected
    const QString hash = u.storedHash(alice.id);
    const QJsonObject o = IdentityJson::userToJson(*u.service.get(alice.id), qs("http://host/api"));
    const QByteArray wire = QJsonDocument(o).toJson();

    // Then the row holds a bcrypt hash of the password, and neither the password nor the hash is on the wire
    QVERIFY2(hash.startsWith(qs("$2b$04$")), qPrintable(hash));
    QCOMPARE(hash.size(), 60);
    QVERIFY(PasswordHash::verify(qs("s3cret"), hash));
    QVERIFY(!PasswordHash::verify(qs("S3cret"), hash));
    QVERIFY(!o.contains(qs("password")));
    QVERIFY(!wire.contains("s3cret"));
    QVERIFY(!wire.contains(hash.toUtf8()));
}

void TestUsers::shouldRejectInvalidBodies_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("no name") << qs(R"({"email": "a@x.org"})") << qs(R"(Missing mandatory value for "name")");
    QTest::newRow("name number") << qs(R"({"name": 1, "email": "a@x.org"})") << qs("name must be a string");
    QTest::newRow("no login or email") << qs(R"({"name": "A"})") << qs(R"(Missing mandatory value for "login")");
    QTest::newRow("empty email, no login")
        << qs(R"({"name": "A", "email": ""})") << qs(R"(Missing mandatory value for "login")");
    QTest::newRow("password number") << qs(R"({"name": "A", "login": "a", "password": 5})")
                                     << qs("password must be a string");
    QTest::newRow("roles string") << qs(R"({"name": "A", "login": "a", "roles": "admin"})")
                                  << qs("roles must be a list");
    QTest::newRow("roles of numbers") << qs(R"({"name": "A", "login": "a", "roles": [1]})")
                                      << qs("roles must be a list of strings");
    QTest::newRow("attributes list") << qs(R"({"name": "A", "login": "a", "attributes": []})")
                                     << qs("attributes must be a JSON object");
    QTest::newRow("email_verified text") << qs(R"({"name": "A", "login": "a", "email_verified": "yes"})")
                                         << qs("email_verified must be a boolean");
}

void TestUsers::shouldRejectInvalidBodies()
{
    QFETCH(QString, body);
    QFETCH(QString, message);

    // Given a POST /user body
    // When it is parsed
    const Result<NewUser> parsed = IdentityJson::parseNewUser(json(body));

    // Then it is refused with a message naming the field
    QCOMPARE(errorText(parsed), u"400 " + message);
}

void TestUsers::shouldApplyCreateDefaults()
{
    // Given ADMIN_USERS naming one email
    IdentityConfig config = fastConfig();
    config.roles.adminUsers = qsl({"boss@example.com"});
    Users u(config);

    // When users are created with few fields
    const User alice = u.add(AliceBody);
    const User boss = u.add(qs(R"({"name": "Boss", "email": "boss@example.com", "roles": ["guest"]})"));
    const User ops = u.add(qs(R"({"name": "Ops", "login": "ops", "roles": ["ops"], "status": "inactive"})"));

    // Then login falls back to the email, roles to `user` (ADMIN_USERS emails get ADMIN_ROLES), status to active,
    // and the times are now
    QCOMPARE(alice.login, qs("alice@example.com"));
    QCOMPARE(alice.roles, qsl({"user"}));
    QCOMPARE(alice.status, qs("active"));
    QCOMPARE(alice.text, QStringLiteral(""));
    QVERIFY(!alice.text.isNull());
    QCOMPARE(alice.createTime, EngineFixture::Start);
    QCOMPARE(alice.updateTime, EngineFixture::Start);
    QVERIFY(!alice.lastLogin);
    QVERIFY(!alice.emailVerified);
    QCOMPARE(boss.roles, qsl({"admin"}));
    QCOMPARE(ops.roles, qsl({"ops"}));
    QCOMPARE(ops.status, qs("inactive"));
    QVERIFY(ops.email.isNull());
    // A user created without a password has none that verifies
    QCOMPARE(u.storedHash(ops.id), QString());
    QCOMPARE(errorText(u.service.authenticate(qs("ops"), QString())), qs("401 Invalid username or password"));
}

void TestUsers::shouldRefuseDuplicateEmailAndLogin()
{
    // Given alice (login = email) and bob (login bob, email bob@example.com)
    Users u;
    u.add(AliceBody);
    u.add(qs(R"({"name": "Bob", "login": "bob", "email": "bob@example.com"})"));

    // When users reuse an email, a login, or take a login that is someone's email
    // Then each is refused with a 409 and nothing is stored
    QCOMPARE(errorText(u.tryAdd(qs(R"({"name": "A2", "login": "a2", "email": "alice@example.com"})"))),
             qs("409 user with that email already exists"));
    QCOMPARE(errorText(u.tryAdd(qs(R"({"name": "B2", "email": "bob@example.com"})"))),
             qs("409 user with that email already exists"));
    QCOMPARE(errorText(u.tryAdd(qs(R"({"name": "B3", "login": "bob", "email": "b3@example.com"})"))),
             qs("409 user with that login already exists"));
    QCOMPARE(errorText(u.tryAdd(qs(R"({"name": "B4", "login": "bob@example.com"})"))),
             qs("409 user with that login already exists"));
    QCOMPARE(u.service.list({})->total, 2);
}

void TestUsers::shouldDeriveDomain_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("domain"); // null = none
    QTest::newRow("email domain") << qs("alice") << qs("alice@example.com") << qs("example.com");
    QTest::newRow("backslash login wins") << qs("CORP\\alice") << qs("alice@example.com") << qs("CORP");
    QTest::newRow("backslash, no email") << qs("CORP\\alice") << QString() << qs("CORP");
    QTest::newRow("no email") << qs("alice") << QString() << QString();
    QTest::newRow("email without @") << qs("alice") << qs("alice") << QString();
    QTest::newRow("second part only") << qs("a") << qs("a@b@c") << qs("b");
}

void TestUsers::shouldDeriveDomain()
{
    QFETCH(QString, login);
    QFETCH(QString, email);
    QFETCH(QString, domain);

    // Given a user with this login and email
    User user;
    user.login = login;
    user.email = email;

    // When its domain is asked for, and it is serialised
    const QJsonValue wire = IdentityJson::userToJson(user, qs("r")).value(qs("domain"));

    // Then both follow upstream's rule, with null for no domain
    QCOMPARE(user.domain(), domain);
    QCOMPARE(user.domain().isNull(), domain.isNull());
    QCOMPARE(wire.isNull(), domain.isNull());
}

void TestUsers::shouldRefuseUnauthorizedDomain()
{
    // Given ALLOWED_EMAIL_DOMAINS = [example.com], enforced only with AUTH_REQUIRED
    IdentityConfig config = fastConfig();
    config.allowedEmailDomains = qsl({"example.com"});
    Users open(config);
    config.authRequired = true;
    Users closed(config);

    // When users of other domains are created
    const QString body = qs(R"({"name": "Eve", "email": "eve@evil.org"})");

    // Then only the server requiring authentication refuses them
    QVERIFY(open.tryAdd(body));
    QCOMPARE(errorText(closed.tryAdd(body)), qs("403 unauthorized domain"));
    QVERIFY(closed.tryAdd(AliceBody));
    QVERIFY(closed.tryAdd(qs(R"({"name": "C", "login": "example.com\\carol"})")));
}

void TestUsers::shouldRequireBasicProvider()
{
    // Given AUTH_PROVIDER = github
    IdentityConfig config = fastConfig();
    config.authProvider = qs("github");
    Users u(config);

    // When a user is created over the API
    // Then it is refused: such users come from the provider's login flow
    QCOMPARE(errorText(u.tryAdd(AliceBody)), qs("400 must use github login flow to create new user"));
}

void TestUsers::shouldRefuseRolesBeyondCallersScopes()
{
    // Given an administrator of users who is not an admin
    Users u;
    const Caller userAdmin{qs("ua"), {}, qsl({"admin:users", "read", "write"})};
    const User alice = u.add(AliceBody, userAdmin);

    // When it creates an admin, or makes a user one
    const Result<User> admin = u.tryAdd(qs(R"({"name": "X", "login": "x", "roles": ["admin"]})"), userAdmin);
    const Result<User> promoted = u.service.update(alice.id, json(R"({"roles": ["admin"]})"), userAdmin);
    const Result<User> legacy = u.service.update(alice.id, json(R"({"role": "admin"})"), userAdmin);

    // Then the scopes the roles would give must be the caller's
    QCOMPARE(errorText(admin), qs("403 Requested scope 'admin' not in existing scopes: admin:users,read,write"));
    QCOMPARE(errorText(promoted), qs("403 Requested scope 'admin' not in existing scopes: admin:users,read,write"));
    QCOMPARE(errorText(legacy), qs("403 Requested scope 'admin' not in existing scopes: admin:users,read,write"));
    QVERIFY(u.service.update(alice.id, json(R"({"roles": ["guest"]})"), userAdmin));
}

void TestUsers::shouldUpdatePartiallyAndRehashPassword()
{
    // Given alice with a verified email and attributes
    Users u;
    const User alice = u.add(qs(R"({"name": "Alice", "email": "alice@example.com", "password": "old-pass",
                                   "email_verified": true, "attributes": {"prefs": {"a": 1}, "team": "x"}})"));
    const QString oldHash = u.storedHash(alice.id);
    u.f.clock->advanceSeconds(10);

    // When her password, name, legacy role, email and attributes change
    const Result<User> updated = u.service.update(alice.id, json(R"({"password": "new-pass", "name": "Alice B",
        "role": "ops", "roles": ["ignored"], "email": "ab@example.com", "text": null, "attributes": {"prefs": {"b": 2}}})"));

    // Then only the named fields change, the password is re-hashed, the new email is unverified, attributes merge at
    // the top level only (upstream `||`), and updateTime moves
    QVERIFY2(updated, qPrintable(errorText(updated)));
    const User stored = *u.service.get(alice.id);
    const QString newHash = u.storedHash(alice.id);
    QVERIFY(newHash != oldHash);
    QVERIFY(newHash.startsWith(qs("$2b$")));
    QVERIFY(PasswordHash::verify(qs("new-pass"), newHash));
    QVERIFY(!PasswordHash::verify(qs("old-pass"), newHash));
    QCOMPARE(stored.name, qs("Alice B"));
    QCOMPARE(stored.roles, qsl({"ops"}));
    QCOMPARE(stored.email, qs("ab@example.com"));
    QCOMPARE(stored.login, qs("alice@example.com"));
    QVERIFY(!stored.emailVerified);
    QCOMPARE(stored.text, QStringLiteral(""));
    QCOMPARE(QJsonDocument(stored.attributes).toJson(QJsonDocument::Compact),
             QByteArray(R"({"prefs":{"b":2},"team":"x"})"));
    QCOMPARE(stored.updateTime, EngineFixture::Start + 10000);
    QCOMPARE(stored.createTime, EngineFixture::Start);
    QCOMPARE(updated->name, stored.name);
    // The new password logs in, the old one does not
    QVERIFY(u.service.authenticate(qs("ab@example.com"), qs("new-pass")));
    QCOMPARE(errorText(u.service.authenticate(qs("ab@example.com"), qs("old-pass"))),
             qs("401 Invalid username or password"));
}

void TestUsers::shouldRefuseConflictingUpdates()
{
    // Given alice and bob
    Users u;
    const User alice = u.add(AliceBody);
    u.add(qs(R"({"name": "Bob", "login": "bob", "email": "bob@example.com"})"));

    // When alice's update takes bob's email or login, or is malformed
    // Then it is refused and nothing changes
    QCOMPARE(errorText(u.service.update(alice.id, json(R"({"email": "bob@example.com"})"))),
             qs("409 user with that email already exists"));
    QCOMPARE(errorText(u.service.update(alice.id, json(R"({"login": "bob"})"))),
             qs("409 user with that login already exists"));
    QCOMPARE(errorText(u.service.update(alice.id, json(R"({"email": "nowhere"})"))),
             qs(R"(400 Value for "email" not valid: nowhere)"));
    QCOMPARE(errorText(u.service.update(alice.id, json(R"({"roles": "ops"})"))), qs("400 roles must be a list"));
    QCOMPARE(errorText(u.service.update(alice.id, {})), qs("400 nothing to change"));
    QCOMPARE(errorText(u.service.update(qs("missing"), json(R"({"name": "x"})"))), qs("404 not found"));
    // Keeping one's own email is not a conflict
    QVERIFY(u.service.update(alice.id, json(R"({"email": "alice@example.com"})")));
    QCOMPARE(u.service.get(alice.id)->email, qs("alice@example.com"));
}

void TestUsers::shouldMergeAttributes_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("changes");
    QTest::addColumn<QString>("merged");
    QTest::newRow("add key") << qs(R"({"a": 1})") << qs(R"({"b": 2})") << qs(R"({"a":1,"b":2})");
    QTest::newRow("replace scalar") << qs(R"({"a": 1})") << qs(R"({"a": "x"})") << qs(R"({"a":"x"})");
    QTest::newRow("deep merge") << qs(R"({"prefs": {"theme": "dark", "cols": ["a"]}})")
                                << qs(R"({"prefs": {"cols": ["b"], "font": {"size": 12}}})")
                                << qs(R"({"prefs":{"cols":["b"],"font":{"size":12},"theme":"dark"}})");
    QTest::newRow("top-level null deletes") << qs(R"({"a": 1, "b": 2})") << qs(R"({"a": null})") << qs(R"({"b":2})");
    QTest::newRow("nested null stays") << qs(R"({"p": {"x": 1}})") << qs(R"({"p": {"x": null}})")
                                       << qs(R"({"p":{"x":null}})");
    QTest::newRow("object replaces scalar") << qs(R"({"p": 1})") << qs(R"({"p": {"x": 1}})") << qs(R"({"p":{"x":1}})");
}

void TestUsers::shouldMergeAttributes()
{
    QFETCH(QString, stored);
    QFETCH(QString, changes);
    QFETCH(QString, merged);

    // Given stored attributes and a PUT /user/{id}/attributes body
    // When they are merged
    const QJsonObject result = IdentityJson::mergeAttributes(json(stored), json(changes));

    // Then objects merge key by key and top-level nulls delete (upstream merge + filter)
    QCOMPARE(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)), merged);
}

void TestUsers::shouldUpdateAttributesInStore()
{
    // Given alice with preferences
    Users u;
    const User alice = u.add(qs(R"({"name": "A", "login": "alice", "attributes": {"prefs": {"a": 1}, "x": 1}})"));
    u.f.clock->advanceSeconds(5);

    // When attributes are merged in through the service
    const Result<QJsonObject> body =
        IdentityJson::parseAttributesBody(json(R"({"attributes": {"prefs": {"b": 2}, "x": null}})"));
    QVERIFY(body);
    const Result<User> updated = u.service.updateAttributes(alice.id, *body);

    // Then the stored attributes are the merge, updateTime moves, and empty bodies and unknown users are refused
    QVERIFY(updated);
    QCOMPARE(QJsonDocument(u.service.get(alice.id)->attributes).toJson(QJsonDocument::Compact),
             QByteArray(R"({"prefs":{"a":1,"b":2}})"));
    QCOMPARE(updated->updateTime, EngineFixture::Start + 5000);
    QCOMPARE(errorText(IdentityJson::parseAttributesBody(json(R"({"attributes": {}})"))),
             qs("400 must supply 'attributes' as json data"));
    QCOMPARE(errorText(IdentityJson::parseAttributesBody(json(R"({"prefs": {}})"))),
             qs("400 must supply 'attributes' as json data"));
    QCOMPARE(errorText(u.service.updateAttributes(qs("missing"), *body)), qs("404 not found"));
}

void TestUsers::shouldRestrictMeUpdates_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("message"); // "" = accepted
    QTest::newRow("name and text") << qs(R"({"name": "Al", "text": "hi"})") << QString();
    QTest::newRow("email and password") << qs(R"({"email": "al@example.com", "password": "pw2"})") << QString();
    QTest::newRow("roles") << qs(R"({"roles": ["admin"]})") << qs("400 not allowed to update: roles");
    QTest::newRow("several, sorted") << qs(R"({"status": "active", "name": "x", "email_verified": true, "roles": []})")
                                     << qs("400 not allowed to update: email_verified, roles, status");
    QTest::newRow("empty") << qs("{}") << qs("400 nothing to change");
}

void TestUsers::shouldRestrictMeUpdates()
{
    QFETCH(QString, body);
    QFETCH(QString, message);

    // Given alice
    Users u;
    const User alice = u.add(AliceBody);

    // When she updates herself
    const Result<User> updated = u.service.updateMe(alice, json(body), [](const User &, const User &) { return true; });

    // Then only name, email, password and text may change; nothing changes otherwise
    QCOMPARE(errorText(updated), message);
    if (!message.isEmpty())
        QCOMPARE(u.service.get(alice.id)->roles, qsl({"user"}));
}

void TestUsers::shouldRefuseAnOwnNewEmailThatChangesAccess()
{
    // Given alice, and boss@example.com in ADMIN_USERS
    IdentityConfig config = fastConfig();
    config.roles.adminUsers = qsl({"boss@example.com"});
    Users u(config);
    const User alice = u.add(AliceBody);
    QList<QPair<User, User>> asked;
    bool keeps = true;
    const auto sameAccess = [&](const User &before, const User &after) {
        asked.append({before, after});
        return keeps;
    };

    // When she sends her own email again (as a profile form does)
    QVERIFY(u.service.updateMe(alice, json(R"({"name": "Al", "email": "alice@example.com"})"), sameAccess));
    // Then nothing is asked (an email in the body unverifies it, as upstream's User.update does)
    QVERIFY(asked.isEmpty());
    QCOMPARE(u.service.get(alice.id)->name, qs("Al"));

    // When she changes it to one that keeps her access
    QVERIFY(u.service.updateMe(alice, json(R"({"email": "al@example.com"})"), sameAccess));
    // Then the new address is stored, and the check saw her as she is and as she would be
    QCOMPARE(u.service.get(alice.id)->email, qs("al@example.com"));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked[0].first.email, qs("alice@example.com"));
    QCOMPARE(asked[0].second.email, qs("al@example.com"));

    // When she asks for the administrator's address, which would make her one
    const User al = *u.service.get(alice.id);
    keeps = true; // whatever the check says, the user it is given must carry the administrator's roles
    QVERIFY(u.service.updateMe(al, json(R"({"email": "carol@example.com"})"), sameAccess));
    QVERIFY(u.service.updateMe(*u.service.get(alice.id), json(R"({"email": "boss@example.com"})"), sameAccess));
    QCOMPARE(asked.last().second.roles, config.roles.adminRoles);
    QCOMPARE(asked.last().first.roles, qsl({"user"}));

    // When the check says the access would change
    keeps = false;
    const User before = *u.service.get(alice.id);
    const Result<User> refused = u.service.updateMe(before, json(R"({"email": "eve@example.org"})"), sameAccess);
    // Then it is refused and nothing changes
    QCOMPARE(errorText(refused),
             qs("403 not allowed to change email to 'eve@example.org': it would change what the user may see or do"));
    QCOMPARE(u.service.get(alice.id)->email, before.email);
}

void TestUsers::shouldAuthenticate_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("basic");
    QTest::addColumn<QString>("outcome"); // the user's login, or `<code> <message>`

    // Users: alice@example.com (login = email, verified), bob (login bob, bob@example.com, unverified),
    // carol@evil.org (verified, domain not allowed), dave@example.com (inactive, verified)
    QTest::newRow("login by email") << qs("alice@example.com") << qs("pw") << false << qs("alice@example.com");
    QTest::newRow("found by login") << qs("bob") << qs("pw") << false << qs("403 email not verified");
    QTest::newRow("wrong password") << qs("alice@example.com") << qs("PW") << false
                                    << qs("401 Invalid username or password");
    QTest::newRow("unknown user") << qs("zed") << qs("pw") << false << qs("401 Invalid username or password");
    QTest::newRow("empty password") << qs("alice@example.com") << QString() << false
                                    << qs("401 Invalid username or password");
    QTest::newRow("unverified email") << qs("bob@example.com") << qs("pw") << false << qs("403 email not verified");
    QTest::newRow("domain") << qs("carol@evil.org") << qs("pw") << false << qs("403 unauthorized domain");
    QTest::newRow("inactive") << qs("dave@example.com") << qs("pw") << false
                              << qs("403 User dave@example.com not active");
    QTest::newRow("basic ok") << qs("alice@example.com") << qs("pw") << true << qs("alice@example.com");
    QTest::newRow("basic wrong password")
        << qs("alice@example.com") << qs("x") << true << qs("401 Authorization required");
    QTest::newRow("basic unverified") << qs("bob") << qs("pw") << true << qs("401 email not verified");
    QTest::newRow("basic domain") << qs("carol@evil.org") << qs("pw") << true << qs("403 Unauthorized domain");
    QTest::newRow("basic inactive") << qs("dave@example.com") << qs("pw") << true
                                    << qs("403 User dave@example.com not active");
}

void TestUsers::shouldAuthenticate()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(bool, basic);
    QFETCH(QString, outcome);

    // Given EMAIL_VERIFICATION, AUTH_REQUIRED and ALLOWED_EMAIL_DOMAINS = [example.com], and the users above
    IdentityConfig config = fastConfig();
    config.emailVerification = true;
    config.authRequired = true;
    config.allowedEmailDomains = qsl({"example.com"});
    Users u(config);
    u.add(qs(R"({"name": "A", "email": "alice@example.com", "password": "pw", "email_verified": true})"));
    u.add(qs(R"({"name": "B", "login": "bob", "email": "bob@example.com", "password": "pw"})"));
    u.f.store
        ->write<Ok>([](AlertTransaction &tx) -> VoidResult {
            // carol and dave straight into the table: the service would refuse carol's domain
            const QString hash = PasswordHash::hash(qs("pw"), PasswordHash::MinCost);
            for (const auto &[id, login, status] :
                 {std::tuple{"c", "carol@evil.org", "active"}, std::tuple{"d", "dave@example.com", "inactive"}}) {
                tx.sql().execute(qs("INSERT INTO users (id, name, login, password, email, status, roles, attributes, "
                                    "create_time, email_verified) VALUES (?, ?, ?, ?, ?, ?, '[]', '{}', 0, 1)"),
                                 {qs(id), qs(id), qs(login), hash, qs(login), qs(status)});
            }
            return Ok{};
        })
        .waitForFinished();

    // When the user logs in (`/auth/login`) or authenticates a request (Basic)
    const Result<User> user =
        u.service.authenticate(username,
                               password,
                               basic ? UserService::LoginFlow::Basic : UserService::LoginFlow::Login);

    // Then the answer is the user or the failure of spec §4.9 / §5.1 for that flow
    QCOMPARE(user ? user->login : errorText(user), outcome);
}

void TestUsers::shouldThrottlePasswordGuessing_data()
{
    QTest::addColumn<bool>("basic");
    QTest::newRow("/auth/login") << false;
    QTest::newRow("Basic") << true;
}

void TestUsers::shouldThrottlePasswordGuessing()
{
    QFETCH(bool, basic);
    const UserService::LoginFlow flow = basic ? UserService::LoginFlow::Basic : UserService::LoginFlow::Login;
    const QString address = qs("192.0.2.7");
    const QString wrong = qs(basic ? "401 Authorization required" : "401 Invalid username or password");

    // Given alice, and one wrong password less than the limit (5) from one address, then her right one
    Users u;
    u.add(AliceBody);
    const auto attempt = [&](const QString &login, const QString &password, const QString &from) {
        const Result<User> user = u.service.authenticate(login, password, flow, from);
        return user ? qs("ok") : errorText(user);
    };
    for (int i = 0; i < 4; ++i)
        QCOMPARE(attempt(qs("alice@example.com"), qs("guess"), address), wrong);
    // Then the right password still works, and clears the count
    QCOMPARE(attempt(qs("alice@example.com"), qs("s3cret"), address), qs("ok"));

    // When five wrong passwords follow (the login's case changed in between: it is one attack)
    for (int i = 0; i < 4; ++i)
        QCOMPARE(attempt(qs("alice@example.com"), qs("guess"), address), wrong);
    QCOMPARE(attempt(qs("ALICE@example.com"), qs("guess"), address), wrong);

    // Then even the right password is refused from that address until five minutes after the first of them,
    // without the password being looked at; another address is not held up
    QCOMPARE(attempt(qs("alice@example.com"), qs("s3cret"), address),
             qs("429 Too many failed logins, try again in 300 seconds"));
    u.f.clock->advanceSeconds(240);
    QCOMPARE(attempt(qs("alice@example.com"), qs("s3cret"), address),
             qs("429 Too many failed logins, try again in 60 seconds"));
    QCOMPARE(attempt(qs("alice@example.com"), qs("s3cret"), qs("198.51.100.1")), qs("ok"));
    u.f.clock->advanceSeconds(60);
    QCOMPARE(attempt(qs("alice@example.com"), qs("s3cret"), address), qs("ok"));
}

void TestUsers::shouldThrottleOneAddressGuessingManyLogins()
{
    // Given alice, and an address that tries 20 logins that do not exist (credential stuffing)
    Users u;
    u.add(AliceBody);
    const QString address = qs("203.0.113.9");
    for (int i = 0; i < 20; ++i) {
        QCOMPARE(
            errorText(u.service.authenticate(qs("user%1").arg(i), qs("guess"), UserService::LoginFlow::Login, address)),
            qs("401 Invalid username or password"));
    }

    // Then that address cannot log in as anyone for the window, not even alice with her password; others can
    QCOMPARE(errorText(
                 u.service.authenticate(qs("alice@example.com"), qs("s3cret"), UserService::LoginFlow::Login, address)),
             qs("429 Too many failed logins, try again in 300 seconds"));
    QVERIFY(u.service.authenticate(qs("alice@example.com"),
                                   qs("s3cret"),
                                   UserService::LoginFlow::Login,
                                   qs("203.0.113.10")));
}

void TestUsers::shouldSetLastLoginOnLoginOnly()
{
    // Given alice, who never logged in
    Users u;
    const User alice = u.add(AliceBody);
    u.f.clock->advanceSeconds(60);

    // When she authenticates a request with Basic, then logs in
    const Result<User> basic =
        u.service.authenticate(qs("alice@example.com"), qs("s3cret"), UserService::LoginFlow::Basic);
    const std::optional<Timestamp> afterBasic = u.service.get(alice.id)->lastLogin;
    const Result<User> login = u.service.authenticate(qs("alice@example.com"), qs("s3cret"));

    // Then only the login records lastLogin (now), durably, and updateTime is untouched
    QVERIFY(basic);
    QVERIFY(!afterBasic);
    QVERIFY(login);
    QCOMPARE(login->lastLogin.value_or(0), EngineFixture::Start + 60000);
    u.f.reopen();
    u.f.store->read([&](AlertReader &reader) {
        const QList<QVariantList> rows =
            reader.sql().select(qs("SELECT last_login, update_time FROM users WHERE id = ?"), {alice.id});
        QCOMPARE(rows.first().at(0).toLongLong(), EngineFixture::Start + 60000);
        QCOMPARE(rows.first().at(1).toLongLong(), EngineFixture::Start);
    });
}

void TestUsers::shouldListUsers()
{
    // Given three users
    Users u;
    u.add(AliceBody);
    u.add(qs(R"({"name": "Bob", "login": "bob", "roles": ["ops"], "status": "inactive"})"));
    u.add(qs(R"({"name": "Carol", "login": "carol", "attributes": {"team": "x"}})"));
    const auto logins = [&u](const Params &params) {
        const Result<ListPage<User>> page = u.service.list(params);
        if (!page)
            return errorText(page);
        QStringList out;
        for (const User &user : page->items)
            out.append(user.login);
        return out.join(u',');
    };

    // When they are listed with filters, sorts and pages
    // Then the common list machinery applies to the user fields
    QCOMPARE(logins({}), qs("alice@example.com,bob,carol"));
    QCOMPARE(logins({{qs("status"), qs("inactive")}}), qs("bob"));
    QCOMPARE(logins({{qs("roles"), qs("ops")}}), qs("bob"));
    QCOMPARE(logins({{qs("attributes.team"), qs("x")}}), qs("carol"));
    QCOMPARE(logins({{qs("name"), qs("~AR")}}), qs("carol"));
    QCOMPARE(logins({{qs("sort-by"), qs("-name")}}), qs("carol,bob,alice@example.com"));
    QCOMPARE(logins({{qs("page-size"), qs("2")}, {qs("page"), qs("2")}}), qs("carol"));
    QCOMPARE(logins({{qs("password"), qs("x")}}), qs("400 Invalid filter parameter: password"));
}

void TestUsers::shouldBootstrapAdmin()
{
    // Given a server whose users come from another provider, and which refuses every domain
    IdentityConfig config = fastConfig();
    config.authProvider = qs("github");
    config.authRequired = true;
    config.allowedEmailDomains = qsl({"corp.example"});
    Users u(config);

    // When the first administrator is created from the command line, twice
    const Result<User> admin = u.service.bootstrapAdmin(qs("root@example.com"), qs("pw"));
    const Result<User> again = u.service.bootstrapAdmin(qs("root@example.com"), qs("pw2"));

    // Then it exists once, as an admin with a verified email, and its password works
    QVERIFY2(admin, qPrintable(errorText(admin)));
    QCOMPARE(admin->roles, qsl({"admin"}));
    QCOMPARE(admin->email, qs("root@example.com"));
    QCOMPARE(admin->name, qs("root@example.com"));
    QVERIFY(admin->emailVerified);
    QCOMPARE(errorText(again), qs("409 user with that email already exists"));
    QVERIFY(PasswordHash::verify(qs("pw"), u.storedHash(admin->id)));
}

void TestUsers::shouldManageGroupsAndMembership()
{
    // Given two users and a group
    Users u;
    const User alice = u.add(AliceBody);
    const User bob = u.add(qs(R"({"name": "Bob", "login": "bob", "email": "bob@example.com"})"));
    const Group ops = u.addGroup("ops");

    // When members are added (one twice), the group renamed, and a member removed
    QVERIFY(u.service.addMember(ops.id, alice.id));
    QVERIFY(u.service.addMember(ops.id, bob.id));
    QVERIFY(u.service.addMember(ops.id, bob.id));
    const QString members = u.memberLogins(ops.id);
    const Result<Group> renamed = u.service.updateGroup(ops.id, json(R"({"name": "sre", "text": "on call"})"));
    QVERIFY(u.service.removeMember(ops.id, alice.id));

    // Then membership, counts and look-ups follow, and bad ids are refused as upstream
    QCOMPARE(members, qs("alice@example.com,bob"));
    QVERIFY(renamed);
    QCOMPARE(renamed->name + u'/' + renamed->text + u'/' + QString::number(renamed->count), qs("sre/on call/2"));
    QCOMPARE(u.service.group(ops.id)->count, 1);
    QCOMPARE(u.memberLogins(ops.id), qs("bob"));
    QCOMPARE(u.groupNames(bob.id), qs("sre(1)"));
    QCOMPARE(u.groupNames(alice.id), QString());
    QCOMPARE(errorText(u.service.addMember(ops.id, qs("nobody"))), qs("400 invalid user"));
    QCOMPARE(errorText(u.service.addMember(qs("nogroup"), alice.id)), qs("404 not found"));
    QCOMPARE(errorText(u.service.removeMember(qs("nogroup"), alice.id)), qs("404 not found"));
    QCOMPARE(errorText(u.service.members(qs("nogroup"))), qs("404 not found"));
    QCOMPARE(errorText(u.service.groupsOf(qs("nobody"))), qs("404 not found"));

    // And group names are unique, required, and listable
    QCOMPARE(errorText(u.service.createGroup(*IdentityJson::parseGroup(json(R"({"name": "sre"})")))),
             qs("409 group with that name already exists"));
    const Group dev = u.addGroup("dev");
    QCOMPARE(errorText(u.service.updateGroup(dev.id, json(R"({"name": "sre"})"))),
             qs("409 group with that name already exists"));
    QCOMPARE(errorText(IdentityJson::parseGroup(json(R"({"text": "x"})"))), qs("400 Missing mandatory value for name"));
    const Result<ListPage<Group>> groups = u.service.listGroups({{qs("sort-by"), qs("name")}});
    QVERIFY(groups);
    QCOMPARE(groups->total, 2);
    QCOMPARE(groups->items.at(0).name + u',' + groups->items.at(1).name, qs("dev,sre"));
    QCOMPARE(groups->items.at(1).count, 1);
}

void TestUsers::shouldRemoveMembershipsWithUserOrGroup()
{
    // Given alice and bob in ops and dev
    Users u;
    const User alice = u.add(AliceBody);
    const User bob = u.add(qs(R"({"name": "Bob", "login": "bob"})"));
    const Group ops = u.addGroup("ops");
    const Group dev = u.addGroup("dev");
    for (const QString &group : {ops.id, dev.id}) {
        QVERIFY(u.service.addMember(group, alice.id));
        QVERIFY(u.service.addMember(group, bob.id));
    }

    // When alice, then the dev group, are deleted
    QVERIFY(u.service.remove(alice.id));
    QVERIFY(u.service.removeGroup(dev.id));

    // Then their memberships go with them
    QCOMPARE(u.memberLogins(ops.id), qs("bob"));
    QCOMPARE(u.groupNames(bob.id), qs("ops(1)"));
    qint64 rows = -1;
    u.f.store->read(
        [&](AlertReader &reader) { rows = reader.sql().scalar(qs("SELECT COUNT(*) FROM group_users")).toLongLong(); });
    QCOMPARE(rows, 1);
    QCOMPARE(errorText(u.service.get(alice.id)), qs("404 not found"));
    QCOMPARE(errorText(u.service.remove(alice.id)), qs("404 not found"));
    QCOMPARE(errorText(u.service.group(dev.id)), qs("404 not found"));
    QCOMPARE(errorText(u.service.removeGroup(dev.id)), qs("404 not found"));
}

void TestUsers::shouldSerialiseEveryKey()
{
    // Given a stored user who logged in, a group and a member
    Users u;
    const User alice = u.add(qs(R"({"name": "Alice", "email": "alice@example.com", "password": "pw",
                                   "text": "ops lead", "attributes": {"prefs": {"x": 1}}})"));
    u.f.clock->advanceSeconds(1);
    const User loggedIn = *u.service.authenticate(qs("alice@example.com"), qs("pw"));
    const Group ops = u.addGroup("ops");
    QVERIFY(u.service.addMember(ops.id, alice.id));
    const QString root = qs("http://host/api");

    // When they are serialised
    const QJsonObject user = IdentityJson::userToJson(loggedIn, root);
    const QJsonObject group = IdentityJson::groupToJson(*u.service.group(ops.id), root);
    const QJsonObject member = IdentityJson::groupMemberToJson(u.service.members(ops.id)->first(), root);

    // Then they have exactly the keys of spec §4.8 with the wire formats
    QCOMPARE(user.keys(),
             qsl({"attributes",
                  "createTime",
                  "domain",
                  "email",
                  "email_verified",
                  "href",
                  "id",
                  "lastLogin",
                  "login",
                  "name",
                  "roles",
                  "status",
                  "text",
                  "updateTime"}));
    QCOMPARE(user.value(qs("href")).toString(), u"http://host/api/user/" + alice.id);
    QCOMPARE(user.value(qs("domain")).toString(), qs("example.com"));
    QCOMPARE(user.value(qs("roles")).toArray(), QJsonArray{qs("user")});
    QCOMPARE(user.value(qs("createTime")).toString(), qs("2024-05-01T09:30:00.000Z"));
    QCOMPARE(user.value(qs("lastLogin")).toString(), qs("2024-05-01T09:30:01.000Z"));
    QCOMPARE(user.value(qs("email_verified")), QJsonValue(false));
    QCOMPARE(user.value(qs("text")).toString(), qs("ops lead"));
    QVERIFY(IdentityJson::userToJson(alice, root).value(qs("lastLogin")).isNull());
    QCOMPARE(group.keys(), qsl({"count", "href", "id", "name", "text"}));
    QCOMPARE(group.value(qs("count")).toInteger(), 1);
    QCOMPARE(group.value(qs("href")).toString(), u"http://host/api/group/" + ops.id);
    QCOMPARE(member.keys(), qsl({"href", "id", "login", "name", "status"}));
    QCOMPARE(member.value(qs("href")).toString(), u"http://host/api/user/" + alice.id);
    QCOMPARE(member.value(qs("status")).toString(), qs("active"));
}

QTEST_GUILESS_MAIN(TestUsers)
#include "testusers.moc"
