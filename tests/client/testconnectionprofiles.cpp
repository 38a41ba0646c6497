// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "core/client/connectionprofile.h"
#include "core/client/connectionprofilestore.h"
#include "core/client/memorysecretstore.h"
#include "tests/support/backendmirror.h"
#include "tests/support/testtext.h"

// Connection profiles: validation, the QSettings format (enums as strings, no secrets), the embedded profile,
// secrets in the SecretStore only, and the migration of plaintext secrets out of version 0 settings files.

using Secret = ConnectionProfile::Secret;

namespace {

/// A valid remote profile with a fixed id.
ConnectionProfile remoteProfile(const QString &name = qs("Production"))
{
    ConnectionProfile profile;
    profile.id = qs("7d3c7f4e-1c2b-4a57-9a8e-2f5b0c7e1d11");
    profile.name = name;
    profile.kind = ConnectionProfile::Kind::Remote;
    profile.url = QUrl(qs("https://alerta.example.com/api"));
    return profile;
}

} // namespace

class TestConnectionProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shouldValidateProfiles_data();
    void shouldValidateProfiles();
    void shouldBuildSecretKeysFromIdAndKind();
    void shouldListTheEmbeddedProfileFirst();
    void shouldRoundTripAProfileThroughTheSettingsFile();
    void shouldStoreEnumsAsStrings();
    void shouldRefuseAnInvalidProfile();
    void shouldKeepSecretsOutOfTheSettingsFile();
    void shouldRemoveTheProfileAndItsSecrets();
    void shouldFallBackToTheEmbeddedProfileAsCurrent();
    void shouldMoveLegacyPlaintextSecretsIntoTheSecretStore();
    void shouldKeepLegacySecretsWhenTheSecretStoreFails();
    void shouldSurfaceSecretStoreErrors();

private:
    /// A fresh store over the INI file (reopened, as a restart would).
    ConnectionProfileStore &reopen();
    QByteArray iniBytes() const;
    void writeIni(const QByteArray &content) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_iniPath;
    MemorySecretStore m_secrets;
    std::unique_ptr<ConnectionProfileStore> m_store;
    std::unique_ptr<QSettings> m_settings;
};

void TestConnectionProfiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestConnectionProfiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_iniPath = m_dir->filePath(qs("console.ini"));
    const auto keys = m_secrets.secrets().keys();
    for (const QString &key : keys)
        m_secrets.remove(key);
    m_secrets.setFailure(std::nullopt);
}

void TestConnectionProfiles::cleanup()
{
    m_store.reset();
    m_settings.reset();
    m_dir.reset();
}

ConnectionProfileStore &TestConnectionProfiles::reopen()
{
    m_store.reset();
    m_settings = std::make_unique<QSettings>(m_iniPath, QSettings::IniFormat);
    m_store = std::make_unique<ConnectionProfileStore>(*m_settings, m_secrets);
    return *m_store;
}

QByteArray TestConnectionProfiles::iniBytes() const
{
    QFile file(m_iniPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void TestConnectionProfiles::writeIni(const QByteArray &content) const
{
    QFile file(m_iniPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(m_iniPath));
}

void TestConnectionProfiles::shouldValidateProfiles_data()
{
    QTest::addColumn<ConnectionProfile>("profile");
    QTest::addColumn<QString>("error"); // a part of the expected error text; empty = valid

    const QString readableFile = QFINDTESTDATA("testconnectionprofiles.cpp");
    QVERIFY(!readableFile.isEmpty());
    const ConnectionProfile valid = remoteProfile();
    auto with = [&valid](auto change) {
        ConnectionProfile profile = valid;
        change(profile);
        return profile;
    };
    using P = ConnectionProfile &;

    QTest::newRow("valid remote") << valid << QString();
    QTest::newRow("embedded") << ConnectionProfile::embedded() << QString();
    QTest::newRow("http with port") << with([](P p) { p.url = QUrl(qs("http://alerta:8080")); }) << QString();
    QTest::newRow("empty name") << with([](P p) { p.name.clear(); }) << qs("name");
    QTest::newRow("blank name") << with([](P p) { p.name = qs("   "); }) << qs("name");
    QTest::newRow("no id") << with([](P p) { p.id.clear(); }) << qs("no id");
    QTest::newRow("slash in id") << with([](P p) { p.id = qs("a/b"); }) << qs("slash");
    QTest::newRow("remote without url") << with([](P p) { p.url = QUrl(); }) << qs("URL");
    QTest::newRow("invalid url") << with([](P p) { p.url = QUrl(qs("http://exa mple.com")); }) << qs("not valid");
    QTest::newRow("ftp url") << with([](P p) { p.url = QUrl(qs("ftp://alerta.example.com")); })
                             << qs("http:// or https://");
    QTest::newRow("relative url") << with([](P p) { p.url = QUrl(qs("alerta.example.com/api")); })
                                  << qs("http:// or https://");
    QTest::newRow("url without host") << with([](P p) { p.url = QUrl(qs("https:///api")); }) << qs("host");
    QTest::newRow("password in url") << with([](P p) { p.url = QUrl(qs("https://u:secret@alerta.example.com")); })
                                     << qs("password");
    QTest::newRow("password without username")
        << with([](P p) { p.auth = ConnectionProfile::Auth::Password; }) << qs("username");
    QTest::newRow("password with username") << with([](P p) {
        p.auth = ConnectionProfile::Auth::Password;
        p.username = qs("ops");
    }) << QString();
    QTest::newRow("api key needs no username")
        << with([](P p) { p.auth = ConnectionProfile::Auth::ApiKey; }) << QString();
    QTest::newRow("missing CA file") << with([](P p) { p.caCertificateFile = qs("/nonexistent/ca.pem"); })
                                     << qs("CA certificate");
    QTest::newRow("CA file is a directory") << with([](P p) { p.caCertificateFile = qs("/"); }) << qs("CA certificate");
    QTest::newRow("readable CA file") << with([&readableFile](P p) { p.caCertificateFile = readableFile; })
                                      << QString();
    QTest::newRow("poll interval as in preferences") << with([](P p) { p.pollIntervalSeconds = 0; }) << QString();
    QTest::newRow("negative poll interval") << with([](P p) { p.pollIntervalSeconds = -1; }) << qs("poll interval");
    QTest::newRow("embedded kind, other id")
        << with([](P p) { p.kind = ConnectionProfile::Kind::Embedded; }) << qs("built-in");
    QTest::newRow("embedded id, remote kind")
        << with([](P p) { p.id = ConnectionProfile::embeddedId(); }) << qs("built-in");
}

void TestConnectionProfiles::shouldValidateProfiles()
{
    // Given a profile
    QFETCH(ConnectionProfile, profile);
    QFETCH(QString, error);

    // When it is validated
    const QString actual = profile.validate();

    // Then it is valid, or the error says what is wrong
    if (error.isEmpty())
        QCOMPARE(actual, QString());
    else
        QVERIFY2(actual.contains(error, Qt::CaseInsensitive), qPrintable(actual));
}

void TestConnectionProfiles::shouldBuildSecretKeysFromIdAndKind()
{
    // Given a profile
    const ConnectionProfile profile = remoteProfile();

    // When its secret keys are built
    // Then they are "<id>/<kind>"
    QCOMPARE(profile.secretKey(Secret::ApiKey), profile.id + qs("/apiKey"));
    QCOMPARE(profile.secretKey(Secret::Password), profile.id + qs("/password"));
    QCOMPARE(ConnectionProfile::secretKey(qs("p1"), Secret::Token), qs("p1/token"));
    // And new ids are UUIDs without braces
    const QString id = ConnectionProfile::newId();
    QCOMPARE(id.size(), 36);
    QVERIFY(!id.startsWith(u'{'));
    QVERIFY(ConnectionProfile::newId() != id);
}

void TestConnectionProfiles::shouldListTheEmbeddedProfileFirst()
{
    // Given an empty settings file
    ConnectionProfileStore &store = reopen();
    // Then only the embedded profile is there, and it is current
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.profiles().first(), ConnectionProfile::embedded());
    QCOMPARE(store.currentProfileId(), qs("embedded"));

    // When remote profiles sorting before "This computer" are saved
    QCOMPARE(store.save(remoteProfile(qs("beta"))), QString());
    ConnectionProfile alpha = remoteProfile(qs("Alpha"));
    alpha.id = ConnectionProfile::newId();
    QCOMPARE(store.save(alpha), QString());

    // Then the embedded profile still comes first, then the others by name
    QStringList names;
    const auto profiles = store.profiles();
    for (const ConnectionProfile &profile : profiles)
        names.append(profile.name);
    QCOMPARE(names, qsl({"This computer", "Alpha", "beta"}));
    QCOMPARE(profiles.first().kind, ConnectionProfile::Kind::Embedded);
    // And after a restart too
    QCOMPARE(reopen().profiles().first().id, qs("embedded"));
}

void TestConnectionProfiles::shouldRoundTripAProfileThroughTheSettingsFile()
{
    // Given a profile that uses every field
    ConnectionProfile profile = remoteProfile();
    profile.url = QUrl(qs("https://alerta.example.com:8443/api"));
    profile.auth = ConnectionProfile::Auth::Password;
    profile.username = qs("ops@example.com");
    profile.caCertificateFile = QFINDTESTDATA("testconnectionprofiles.cpp");
    profile.ignoreTlsErrors = true;
    profile.transport = ConnectionProfile::Transport::Polling;
    profile.pollIntervalSeconds = 17;
    QSignalSpy changed(&reopen(), &ConnectionProfileStore::profilesChanged);

    // When it is saved
    QCOMPARE(m_store->save(profile), QString());

    // Then profilesChanged is emitted and the profile reads back, also after a restart
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_store->profile(profile.id), profile);
    QCOMPARE(reopen().profile(profile.id), profile);
    QCOMPARE(m_store->profiles().size(), 2);
    QVERIFY(!m_store->profile(qs("no-such-profile")).has_value());

    // And saving a changed copy replaces it
    profile.name = qs("Production (EU)");
    profile.transport = ConnectionProfile::Transport::Stream;
    QCOMPARE(m_store->save(profile), QString());
    QCOMPARE(reopen().profile(profile.id), profile);
    QCOMPARE(m_store->profiles().size(), 2);

    // And the embedded profile can be renamed
    ConnectionProfile embedded = ConnectionProfile::embedded();
    embedded.name = qs("Local core");
    QCOMPARE(m_store->save(embedded), QString());
    QCOMPARE(reopen().profiles().first(), embedded);
    // And under its default name it stores no name, so that the name follows the UI language
    QCOMPARE(m_store->save(ConnectionProfile::embedded()), QString());
    QCOMPARE(QSettings(m_iniPath, QSettings::IniFormat).value(qs("profiles/embedded/name")).toString(), QString());
    QCOMPARE(reopen().profiles().first(), ConnectionProfile::embedded());
}

void TestConnectionProfiles::shouldStoreEnumsAsStrings()
{
    // Given a profile with non-default enums
    ConnectionProfile profile = remoteProfile();
    profile.auth = ConnectionProfile::Auth::ApiKey;
    profile.transport = ConnectionProfile::Transport::Polling;

    // When it is saved
    QCOMPARE(reopen().save(profile), QString());

    // Then the file has the enums' names under profiles/<id> and the format version
    QSettings ini(m_iniPath, QSettings::IniFormat);
    ini.beginGroup(qs("profiles/") + profile.id);
    QCOMPARE(ini.value(qs("kind")).toString(), qs("remote"));
    QCOMPARE(ini.value(qs("auth")).toString(), qs("apiKey"));
    QCOMPARE(ini.value(qs("transport")).toString(), qs("polling"));
    QCOMPARE(ini.value(qs("url")).toString(), qs("https://alerta.example.com/api"));
    ini.endGroup();
    QCOMPARE(ini.value(qs("profiles/version")).toInt(), 1);

    // And unknown names read as the defaults
    ini.setValue(qs("profiles/") + profile.id + qs("/auth"), qs("kerberos"));
    ini.setValue(qs("profiles/") + profile.id + qs("/transport"), qs("carrier-pigeon"));
    ini.sync();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(qs("unknown auth")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(qs("unknown transport")));
    const std::optional<ConnectionProfile> loaded = reopen().profile(profile.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->auth, ConnectionProfile::Auth::None);
    QCOMPARE(loaded->transport, ConnectionProfile::Transport::Auto);
}

void TestConnectionProfiles::shouldRefuseAnInvalidProfile()
{
    // Given a store and a profile without a name
    ConnectionProfileStore &store = reopen();
    QSignalSpy changed(&store, &ConnectionProfileStore::profilesChanged);
    ConnectionProfile profile = remoteProfile(QString());

    // When it is saved
    const QString error = store.save(profile);

    // Then the error says why and nothing is stored
    QVERIFY(error.contains(qs("name")));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(store.profiles().size(), 1);
}

void TestConnectionProfiles::shouldKeepSecretsOutOfTheSettingsFile()
{
    // Given a saved profile
    ConnectionProfileStore &store = reopen();
    ConnectionProfile profile = remoteProfile();
    profile.auth = ConnectionProfile::Auth::Password;
    profile.username = qs("ops");
    QCOMPARE(store.save(profile), QString());

    // When its secrets are stored
    QVERIFY(FutureTest::await(store.storeSecret(profile.id, Secret::ApiKey, qs("api-key-4f1c"))).ok());
    QVERIFY(FutureTest::await(store.storeSecret(profile.id, Secret::Password, qs("pass-9b2e"))).ok());
    QVERIFY(FutureTest::await(store.storeSecret(profile.id, Secret::Token, qs("token-77aa"))).ok());

    // Then they are in the SecretStore under "<id>/<kind>" and read back
    QCOMPARE(m_secrets.secrets().value(profile.id + qs("/apiKey")), qs("api-key-4f1c"));
    QCOMPARE(m_secrets.secrets().size(), 3);
    QCOMPARE(FutureTest::await(store.secret(profile.id, Secret::Password)).value(), qs("pass-9b2e"));
    // And not in the settings file
    const QByteArray ini = iniBytes();
    QVERIFY(ini.contains(profile.id.toUtf8()));
    for (const char *secret : {"api-key-4f1c", "pass-9b2e", "token-77aa"})
        QVERIFY2(!ini.contains(secret), secret);

    // And an unset secret reads as empty, an empty one removes it
    const Result<QString> unset = FutureTest::await(store.secret(qs("other"), Secret::ApiKey));
    QVERIFY(unset.ok());
    QCOMPARE(unset.value(), QString());
    QVERIFY(FutureTest::await(store.storeSecret(profile.id, Secret::Token, QString())).ok());
    QVERIFY(!m_secrets.secrets().contains(profile.id + qs("/token")));
}

void TestConnectionProfiles::shouldRemoveTheProfileAndItsSecrets()
{
    // Given a current profile with secrets, and another one
    ConnectionProfileStore &store = reopen();
    const ConnectionProfile profile = remoteProfile();
    ConnectionProfile other = remoteProfile(qs("Staging"));
    other.id = ConnectionProfile::newId();
    QCOMPARE(store.save(profile), QString());
    QCOMPARE(store.save(other), QString());
    QVERIFY(store.setCurrentProfileId(profile.id));
    QVERIFY(FutureTest::await(store.storeSecret(profile.id, Secret::ApiKey, qs("k1"))).ok());
    QVERIFY(FutureTest::await(store.storeSecret(profile.id, Secret::Token, qs("t1"))).ok());
    QVERIFY(FutureTest::await(store.storeSecret(other.id, Secret::ApiKey, qs("k2"))).ok());
    QSignalSpy changed(&store, &ConnectionProfileStore::profilesChanged);
    QSignalSpy current(&store, &ConnectionProfileStore::currentProfileIdChanged);

    // When it is removed
    const VoidResult removed = FutureTest::await(store.remove(profile.id));

    // Then the profile and its secrets are gone, the other profile's stay
    QVERIFY(removed.ok());
    QCOMPARE(changed.size(), 1);
    QVERIFY(!store.profile(profile.id));
    QVERIFY(!reopen().profile(profile.id));
    QCOMPARE(m_secrets.secrets().keys(), QStringList{other.id + qs("/apiKey")});
    QVERIFY(!iniBytes().contains(profile.id.toUtf8()));
    // And the embedded profile became current
    QCOMPARE(current.size(), 1);
    QCOMPARE(current.first().first().toString(), qs("embedded"));
    QCOMPARE(m_store->currentProfileId(), qs("embedded"));
}

void TestConnectionProfiles::shouldFallBackToTheEmbeddedProfileAsCurrent()
{
    // Given a saved profile made current
    ConnectionProfileStore &store = reopen();
    const ConnectionProfile profile = remoteProfile();
    QCOMPARE(store.save(profile), QString());
    QSignalSpy current(&store, &ConnectionProfileStore::currentProfileIdChanged);
    QVERIFY(store.setCurrentProfileId(profile.id));
    QCOMPARE(current.size(), 1);
    QCOMPARE(reopen().currentProfileId(), profile.id);

    // When an unknown profile is made current
    // Then nothing changes
    QVERIFY(!m_store->setCurrentProfileId(qs("no-such-profile")));
    QCOMPARE(m_store->currentProfileId(), profile.id);

    // When the settings name a profile that is gone
    {
        QSettings ini(m_iniPath, QSettings::IniFormat);
        ini.setValue(qs("profiles/current"), qs("gone"));
    }
    // Then the embedded profile is current
    QCOMPARE(reopen().currentProfileId(), qs("embedded"));
}

void TestConnectionProfiles::shouldMoveLegacyPlaintextSecretsIntoTheSecretStore()
{
    // Given a version 0 settings file with an API key and a password in plaintext
    writeIni("[profiles]\n"
             "current=legacy-1\n"
             "legacy-1\\name=Old production\n"
             "legacy-1\\kind=remote\n"
             "legacy-1\\url=https://alerta.example.com/api\n"
             "legacy-1\\auth=apiKey\n"
             "legacy-1\\apiKey=legacy-api-key-5d1e\n"
             "legacy-2\\name=Old staging\n"
             "legacy-2\\kind=remote\n"
             "legacy-2\\url=http://staging:8080\n"
             "legacy-2\\auth=password\n"
             "legacy-2\\username=ops\n"
             "legacy-2\\password=legacy-password-8c3a\n");

    // When the store opens it
    ConnectionProfileStore &store = reopen();
    const VoidResult migrated = FutureTest::await(store.migration());

    // Then the secrets are in the SecretStore
    QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message));
    QCOMPARE(m_secrets.secrets().value(qs("legacy-1/apiKey")), qs("legacy-api-key-5d1e"));
    QCOMPARE(m_secrets.secrets().value(qs("legacy-2/password")), qs("legacy-password-8c3a"));
    QCOMPARE(FutureTest::await(store.secret(qs("legacy-2"), Secret::Password)).value(), qs("legacy-password-8c3a"));
    // And no longer in the settings file, which is now version 1 and keeps everything else
    const QByteArray ini = iniBytes();
    QVERIFY2(!ini.contains("legacy-api-key-5d1e"), ini.constData());
    QVERIFY2(!ini.contains("legacy-password-8c3a"), ini.constData());
    QVERIFY2(!ini.contains("apiKey="), ini.constData());
    QVERIFY2(ini.contains("version=1"), ini.constData());
    QCOMPARE(store.profile(qs("legacy-2"))->username, qs("ops"));
    QCOMPARE(store.profile(qs("legacy-1"))->auth, ConnectionProfile::Auth::ApiKey);
    QCOMPARE(store.currentProfileId(), qs("legacy-1"));
    QCOMPARE(store.profiles().size(), 3);

    // And a second start has nothing to move
    QVERIFY(FutureTest::await(reopen().migration()).ok());
    QCOMPARE(m_secrets.secrets().size(), 2);
}

void TestConnectionProfiles::shouldKeepLegacySecretsWhenTheSecretStoreFails()
{
    // Given a version 0 settings file with a plaintext API key, and a SecretStore that is unavailable
    writeIni("[profiles]\n"
             "legacy-1\\name=Old production\n"
             "legacy-1\\kind=remote\n"
             "legacy-1\\url=https://alerta.example.com/api\n"
             "legacy-1\\apiKey=legacy-api-key-5d1e\n");
    m_secrets.setFailure(ApiError{503, qs("no keychain"), {}});

    // When the store opens it
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(qs("stay at version 0")));
    const VoidResult migrated = FutureTest::await(reopen().migration());

    // Then the migration reports the error and the secret is not lost: the file keeps it and stays at version 0
    QVERIFY(!migrated.ok());
    QCOMPARE(migrated.error().code, 503);
    QVERIFY(iniBytes().contains("legacy-api-key-5d1e"));
    QVERIFY(!iniBytes().contains("version=1"));

    // When the SecretStore works again at the next start
    m_secrets.setFailure(std::nullopt);
    QVERIFY(FutureTest::await(reopen().migration()).ok());

    // Then the secret moves
    QCOMPARE(m_secrets.secrets().value(qs("legacy-1/apiKey")), qs("legacy-api-key-5d1e"));
    QVERIFY(!iniBytes().contains("legacy-api-key-5d1e"));
}

void TestConnectionProfiles::shouldSurfaceSecretStoreErrors()
{
    // Given a saved profile and a SecretStore that fails
    ConnectionProfileStore &store = reopen();
    const ConnectionProfile profile = remoteProfile();
    QCOMPARE(store.save(profile), QString());
    m_secrets.setFailure(ApiError{503, qs("no keychain"), {}});

    // When a secret is stored, read, or the profile removed
    const VoidResult stored = FutureTest::await(store.storeSecret(profile.id, Secret::ApiKey, qs("k")));
    const Result<QString> read = FutureTest::await(store.secret(profile.id, Secret::ApiKey));
    const VoidResult removed = FutureTest::await(store.remove(profile.id));

    // Then each reports the SecretStore's error
    QVERIFY(!stored.ok());
    QCOMPARE(stored.error().message, qs("no keychain"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, 503);
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().code, 503);
    // And the profile itself is removed anyway
    QVERIFY(!store.profile(profile.id));
}

QTEST_GUILESS_MAIN(TestConnectionProfiles)
#include "testconnectionprofiles.moc"
