// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "core/alertacore.h"
#include "core/client/backendfactory.h"
#include "core/client/connectionprofilestore.h"
#include "core/client/embeddedbackend.h"
#include "core/client/memorysecretstore.h"
#include "core/client/remotebackend.h"
#include "core/sqlitealertstore.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testtext.h"

#include <memory>

// BackendFactory: a connection profile becomes a backend — the embedded core opened on first use, or a remote
// server with the profile's secrets from the keychain — and a password login's token goes back to the keychain.

namespace {

constexpr int WaitMs = 30000;

using Secret = ConnectionProfile::Secret;

struct Built
{
    bool done = false;
    std::unique_ptr<AlertBackend> backend;
    QString problem;
};

} // namespace

class TestBackendFactory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldOpenTheEmbeddedCoreOnFirstUseOnly();
    void shouldReportAnEmbeddedCoreThatCannotOpen();
    void shouldConnectWithTheApiKeyFromTheKeychain();
    void shouldKeepTheTokenOfAPasswordLogin();
    void shouldConnectWithoutSecretsWhenTheKeychainFails();
    void shouldNotNeedTheKeychainWithoutAuth();
    void shouldPollAsThePreferenceSaysUnlessTheProfileChose();

private:
    /// Builds `profile`'s backend and waits for it.
    Built build(const ConnectionProfile &profile);
    ConnectionProfile remoteProfile(quint16 port, ConnectionProfile::Auth auth, const QString &username = {});
    /// A user and an API key of that user, made with the server's CLI on `database` (before the server starts).
    QString makeUserAndKey(const QString &database, const QString &login, const QString &password);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    MemorySecretStore m_secrets;
    std::unique_ptr<ConnectionProfileStore> m_profiles;
    std::unique_ptr<AlertaCore> m_core;
    int m_coreOpenings = 0;
    QString m_coreError; ///< when set, the embedded core "cannot open" with this reason
    std::unique_ptr<BackendFactory> m_factory;
};

void TestBackendFactory::init()
{
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(qs("console.ini")), QSettings::IniFormat);
    m_settings->clear();
    m_profiles = std::make_unique<ConnectionProfileStore>(*m_settings, m_secrets);
    m_coreOpenings = 0;
    m_coreError.clear();
    m_factory = std::make_unique<BackendFactory>(*m_profiles, [this](QString *error) -> BackendFactory::Embedded {
        if (!m_coreError.isEmpty()) {
            *error = m_coreError;
            return {};
        }
        if (!m_core) {
            ++m_coreOpenings;
            m_core =
                std::make_unique<AlertaCore>(ServerSettings(),
                                             std::make_shared<SqliteAlertStore>(m_dir.filePath(qs("embedded.sqlite"))));
        }
        return {m_core.get(), {}};
    });
}

void TestBackendFactory::cleanup()
{
    m_factory.reset();
    m_core.reset();
    m_profiles.reset();
    m_settings.reset();
}

Built TestBackendFactory::build(const ConnectionProfile &profile)
{
    auto built = std::make_shared<Built>();
    m_factory->create(profile, [built](std::unique_ptr<AlertBackend> backend, const QString &problem) {
        built->backend = std::move(backend);
        built->problem = problem;
        built->done = true;
    });
    if (!QTest::qWaitFor([&built] { return built->done; }, WaitMs))
        qFatal("the factory never answered");
    return std::move(*built);
}

ConnectionProfile TestBackendFactory::remoteProfile(quint16 port, ConnectionProfile::Auth auth, const QString &username)
{
    ConnectionProfile profile;
    profile.id = ConnectionProfile::newId();
    profile.name = qs("Remote");
    profile.kind = ConnectionProfile::Kind::Remote;
    profile.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    profile.auth = auth;
    profile.username = username;
    return profile;
}

QString TestBackendFactory::makeUserAndKey(const QString &database, const QString &login, const QString &password)
{
    ServerProcess::Options cli;
    cli.authRequired = true;
    cli.extraArguments = {qs("--database"), database};
    QString failure;
    runServerCommand(cli,
                     {qs("user"), qs("--login"), login, qs("--password"), qs("-")},
                     password.toUtf8() + '\n',
                     &failure);
    if (!failure.isEmpty())
        qFatal("%s", qPrintable(failure));
    const QByteArray key = runServerCommand(cli, {qs("key"), qs("--user"), login}, {}, &failure);
    if (!failure.isEmpty() || key.isEmpty())
        qFatal("%s", qPrintable(failure));
    return QString::fromUtf8(key);
}

void TestBackendFactory::shouldOpenTheEmbeddedCoreOnFirstUseOnly()
{
    // Given: the embedded profile. When: its backend is built twice
    const Built first = build(ConnectionProfile::embedded());
    const Built second = build(ConnectionProfile::embedded());

    // Then: two embedded backends over one core, opened once, acting as the system's user
    QVERIFY(qobject_cast<EmbeddedBackend *>(first.backend.get()));
    QVERIFY(qobject_cast<EmbeddedBackend *>(second.backend.get()));
    QVERIFY(first.problem.isEmpty());
    QCOMPARE(m_coreOpenings, 1);
    QCOMPARE(first.backend->userName(), BackendFactory::localUserName());
    QCOMPARE(first.backend->alarmModel().severityColors.value(qs("major")), qs("orange"));
}

void TestBackendFactory::shouldReportAnEmbeddedCoreThatCannotOpen()
{
    m_coreError = qs("Could not open the alert database: disk full");
    const Built built = build(ConnectionProfile::embedded());
    QVERIFY(!built.backend);
    QCOMPARE(built.problem, m_coreError);
}

void TestBackendFactory::shouldConnectWithTheApiKeyFromTheKeychain()
{
    // Given: a server that requires credentials, and a profile whose key is in the keychain only
    const QString database = m_dir.filePath(qs("key.sqlite"));
    const QString key = makeUserAndKey(database, qs("ops@example.test"), qs("s3cret-pass"));
    ServerProcess::Options options;
    options.authRequired = true;
    options.extraArguments = {qs("--database"), database};
    ServerProcess server(options);
    QVERIFY2(server.waitForPort(), qPrintable(server.failure()));
    const ConnectionProfile profile = remoteProfile(server.port(), ConnectionProfile::Auth::ApiKey);
    QVERIFY(m_profiles->save(profile).isEmpty());
    QVERIFY(m_profiles->storeSecret(profile.id, Secret::ApiKey, key).result().ok());

    // When: its backend is built and started
    Built built = build(profile);
    QVERIFY(built.problem.isEmpty());
    auto *remote = qobject_cast<RemoteBackend *>(built.backend.get());
    QVERIFY(remote);
    remote->start();

    // Then: the server accepts it
    QTRY_COMPARE_WITH_TIMEOUT(remote->state(), AlertBackend::State::Live, WaitMs);
    QCOMPARE(m_coreOpenings, 0); // a remote profile never opens the embedded core
}

void TestBackendFactory::shouldKeepTheTokenOfAPasswordLogin()
{
    // Given: a password profile with its password in the keychain and no token yet
    const QString database = m_dir.filePath(qs("password.sqlite"));
    const QString login = qs("night@example.test");
    makeUserAndKey(database, login, qs("n1ght-shift"));
    ServerProcess::Options options;
    options.authRequired = true;
    options.extraArguments = {qs("--database"), database};
    ServerProcess server(options);
    QVERIFY2(server.waitForPort(), qPrintable(server.failure()));
    const ConnectionProfile profile = remoteProfile(server.port(), ConnectionProfile::Auth::Password, login);
    QVERIFY(m_profiles->save(profile).isEmpty());
    QVERIFY(m_profiles->storeSecret(profile.id, Secret::Password, qs("n1ght-shift")).result().ok());
    QVERIFY(!m_secrets.secrets().contains(profile.secretKey(Secret::Token)));

    // When: the backend connects
    Built built = build(profile);
    built.backend->start();
    QTRY_COMPARE_WITH_TIMEOUT(built.backend->state(), AlertBackend::State::Live, WaitMs);

    // Then: the token it was issued is in the keychain, and not in the settings file
    QTRY_VERIFY(m_secrets.secrets().contains(profile.secretKey(Secret::Token)));
    const QString token = m_secrets.secrets().value(profile.secretKey(Secret::Token));
    QCOMPARE(token.count(u'.'), 2);
    m_settings->sync();
    QFile ini(m_settings->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray bytes = ini.readAll();
    QVERIFY(!bytes.contains(token.toUtf8()));
    QVERIFY(!bytes.contains("n1ght-shift"));

    // And: the next connection uses the token (a wrong password no longer matters until it expires)
    QVERIFY(m_profiles->storeSecret(profile.id, Secret::Password, qs("not-the-password")).result().ok());
    Built again = build(profile);
    again.backend->start();
    QTRY_COMPARE_WITH_TIMEOUT(again.backend->state(), AlertBackend::State::Live, WaitMs);
}

void TestBackendFactory::shouldConnectWithoutSecretsWhenTheKeychainFails()
{
    // Given: a keychain that cannot be reached
    m_secrets.setFailure(ApiError{503, qs("no Secret Service on the session bus"), {}});
    const ConnectionProfile profile = remoteProfile(1, ConnectionProfile::Auth::ApiKey);

    // When: the backend is built
    const Built built = build(profile);

    // Then: there is one (the server will say what it misses), and the problem names the keychain
    QVERIFY(built.backend);
    QVERIFY2(built.problem.contains(qs("keychain")), qPrintable(built.problem));
    QVERIFY(built.problem.contains(qs("no Secret Service")));
}

void TestBackendFactory::shouldNotNeedTheKeychainWithoutAuth()
{
    // Given: a keychain that cannot be reached, and a profile without authentication
    m_secrets.setFailure(ApiError{503, qs("no Secret Service on the session bus"), {}});
    const ConnectionProfile profile = remoteProfile(1, ConnectionProfile::Auth::None);

    // When: the backend is built. Then: no keychain read, no problem to report
    const Built built = build(profile);
    QVERIFY(built.backend);
    QVERIFY2(built.problem.isEmpty(), qPrintable(built.problem));
}

void TestBackendFactory::shouldPollAsThePreferenceSaysUnlessTheProfileChose()
{
    // Given: the console's preference is 17 s
    m_factory->setDefaultPollInterval(std::chrono::seconds(17));

    // When: a profile that leaves it to the preference (0) is built
    ConnectionProfile followsPreference = remoteProfile(1, ConnectionProfile::Auth::None);
    QCOMPARE(followsPreference.pollIntervalSeconds, 0); // the default of new profiles
    const Built following = build(followsPreference);
    auto *remote = qobject_cast<RemoteBackend *>(following.backend.get());
    QVERIFY(remote);

    // Then: it polls every 17 s, and follows later changes of the preference
    QCOMPARE(remote->options().pollInterval, std::chrono::milliseconds(17000));
    QVERIFY(remote->options().pollIntervalFromPreferences);

    // When: a profile with its own interval is built
    ConnectionProfile ownInterval = followsPreference;
    ownInterval.pollIntervalSeconds = 3;
    const Built own = build(ownInterval);
    auto *ownRemote = qobject_cast<RemoteBackend *>(own.backend.get());

    // Then: its own interval wins
    QCOMPARE(ownRemote->options().pollInterval, std::chrono::milliseconds(3000));
    QVERIFY(!ownRemote->options().pollIntervalFromPreferences);
}

QTEST_GUILESS_MAIN(TestBackendFactory)
#include "testbackendfactory.moc"
