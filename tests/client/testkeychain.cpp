// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <chrono>

#include "core/client/connectionprofile.h"
#include "core/client/connectionprofilestore.h"
#include "core/client/keychainsecretstore.h"
#include "tests/support/testtext.h"

// KeychainSecretStore against a real Secret Service: gnome-keyring on a private D-Bus session bus with a
// throwaway unencrypted keyring, set up by tests/support/keyringsession.sh (ctest runs the test through it).
// Every run uses its own service name, so even a run on a desktop session leaves other entries alone.

using namespace std::chrono_literals;
using Secret = ConnectionProfile::Secret;

namespace {

/// Set in the child process that shouldRetryOnceThenReportAnUnavailableKeychain starts.
constexpr char childVariable[] = "ALERTA_TESTKEYCHAIN_CHILD";

QString errorText(const VoidResult &result)
{
    return result.ok() ? QString() : QString::number(result.error().code) + u' ' + result.error().message;
}

QString errorText(const Result<QString> &result)
{
    return result.ok() ? QString() : QString::number(result.error().code) + u' ' + result.error().message;
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void shouldReadWhatWasWritten();
    void shouldReadAMissingEntryAsEmpty();
    void shouldOverwriteASecret();
    void shouldRemoveASecret();
    void shouldKeepProfileSecretsInTheKeychainOnly();
    void shouldMoveLegacySecretsIntoTheKeychain();
    void shouldRetryOnceThenReportAnUnavailableKeychain();

    void cleanupTestCase();

private:
    /// The secret as the Secret Service has it, asked with secret-tool (libsecret-tools) under QtKeychain's
    /// attributes (user = key, server = service); empty when there is none.
    QString lookUpWithSecretTool(const QString &key) const;

    QString m_service;
    QStringList m_keys; ///< every key a test wrote, removed at the end
};

void TestKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session bus: run this test through tests/support/keyringsession.sh (ctest does), which "
              "starts a private bus with gnome-keyring");
    m_service = qs("org.alerta.console.test-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

void TestKeychain::cleanupTestCase()
{
    if (m_keys.isEmpty())
        return;
    KeychainSecretStore store(m_service);
    for (const QString &key : std::as_const(m_keys)) {
        QFuture<VoidResult> removed = store.remove(key);
        QTRY_VERIFY(removed.isFinished());
    }
}

QString TestKeychain::lookUpWithSecretTool(const QString &key) const
{
    const QString secretTool = QStandardPaths::findExecutable(qs("secret-tool"));
    if (secretTool.isEmpty())
        qFatal("secret-tool not found (Debian package libsecret-tools)");
    QProcess process;
    process.start(secretTool, {qs("lookup"), qs("user"), key, qs("server"), m_service});
    // A blocking wait is fine here: the Secret Service is another process and this one needs no event loop.
    if (!process.waitForFinished(10000))
        qFatal("secret-tool did not finish");
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestKeychain::shouldReadWhatWasWritten()
{
    // Given a keychain store
    KeychainSecretStore store(m_service);
    const QString key = qs("p1/apiKey");
    m_keys.append(key);

    // When a secret (with non-ASCII text) is written
    QFuture<VoidResult> written = store.write(key, qs("api-key-æøå-🔑"));
    QTRY_VERIFY(written.isFinished());
    QVERIFY2(written.result().ok(), qPrintable(errorText(written.result())));

    // Then it reads back
    QFuture<Result<QString>> read = store.read(key);
    QTRY_VERIFY(read.isFinished());
    QVERIFY2(read.result().ok(), qPrintable(errorText(read.result())));
    QCOMPARE(read.result().value(), qs("api-key-æøå-🔑"));
    // And the Secret Service really has it under our service name
    QCOMPARE(lookUpWithSecretTool(key), qs("api-key-æøå-🔑"));
}

void TestKeychain::shouldReadAMissingEntryAsEmpty()
{
    // Given a keychain store with nothing under a key
    KeychainSecretStore store(m_service);

    // When the key is read
    QFuture<Result<QString>> read = store.read(qs("never-written/apiKey"));
    QTRY_VERIFY(read.isFinished());

    // Then it is empty and ok ("not set")
    QVERIFY2(read.result().ok(), qPrintable(errorText(read.result())));
    QCOMPARE(read.result().value(), QString());
}

void TestKeychain::shouldOverwriteASecret()
{
    // Given a stored secret
    KeychainSecretStore store(m_service);
    const QString key = qs("p2/password");
    m_keys.append(key);
    QFuture<VoidResult> first = store.write(key, qs("first"));
    QTRY_VERIFY(first.isFinished());
    QVERIFY(first.result().ok());

    // When another is written under the same key
    QFuture<VoidResult> second = store.write(key, qs("second"));
    QTRY_VERIFY(second.isFinished());
    QVERIFY2(second.result().ok(), qPrintable(errorText(second.result())));

    // Then the new one reads back, also through another store instance
    KeychainSecretStore other(m_service);
    QFuture<Result<QString>> read = other.read(key);
    QTRY_VERIFY(read.isFinished());
    QCOMPARE(read.result().value(), qs("second"));
    QCOMPARE(lookUpWithSecretTool(key), qs("second"));
}

void TestKeychain::shouldRemoveASecret()
{
    // Given a stored secret
    KeychainSecretStore store(m_service);
    const QString key = qs("p3/token");
    QFuture<VoidResult> written = store.write(key, qs("token-value"));
    QTRY_VERIFY(written.isFinished());
    QVERIFY(written.result().ok());

    // When it is removed
    QFuture<VoidResult> removed = store.remove(key);
    QTRY_VERIFY(removed.isFinished());
    QVERIFY2(removed.result().ok(), qPrintable(errorText(removed.result())));

    // Then it reads as not set, and the Secret Service no longer has it
    QFuture<Result<QString>> read = store.read(key);
    QTRY_VERIFY(read.isFinished());
    QVERIFY(read.result().ok());
    QCOMPARE(read.result().value(), QString());
    QCOMPARE(lookUpWithSecretTool(key), QString());

    // And removing it again succeeds
    QFuture<VoidResult> again = store.remove(key);
    QTRY_VERIFY(again.isFinished());
    QVERIFY2(again.result().ok(), qPrintable(errorText(again.result())));
}

void TestKeychain::shouldKeepProfileSecretsInTheKeychainOnly()
{
    // Given a profile store over a temporary INI file and the keychain
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString iniPath = dir.filePath(qs("console.ini"));
    QSettings settings(iniPath, QSettings::IniFormat);
    KeychainSecretStore secrets(m_service);
    ConnectionProfileStore profiles(settings, secrets);
    QTRY_VERIFY(profiles.migration().isFinished());
    ConnectionProfile profile;
    profile.id = ConnectionProfile::newId();
    profile.name = qs("Production");
    profile.kind = ConnectionProfile::Kind::Remote;
    profile.url = QUrl(qs("https://alerta.example.com/api"));
    profile.auth = ConnectionProfile::Auth::Password;
    profile.username = qs("ops");
    const QString apiKey = qs("api-key-") + QUuid::createUuid().toString(QUuid::Id128);
    const QString password = qs("password-") + QUuid::createUuid().toString(QUuid::Id128);
    const QString token = qs("token-") + QUuid::createUuid().toString(QUuid::Id128);
    for (const Secret kind : {Secret::ApiKey, Secret::Password, Secret::Token})
        m_keys.append(profile.secretKey(kind));

    // When the profile is saved with an API key, a password and a token
    QCOMPARE(profiles.save(profile), QString());
    QFuture<VoidResult> storedKey = profiles.storeSecret(profile.id, Secret::ApiKey, apiKey);
    QFuture<VoidResult> storedPassword = profiles.storeSecret(profile.id, Secret::Password, password);
    QFuture<VoidResult> storedToken = profiles.storeSecret(profile.id, Secret::Token, token);
    QTRY_VERIFY(storedKey.isFinished() && storedPassword.isFinished() && storedToken.isFinished());
    QVERIFY2(storedKey.result().ok(), qPrintable(errorText(storedKey.result())));
    QVERIFY2(storedPassword.result().ok(), qPrintable(errorText(storedPassword.result())));
    QVERIFY2(storedToken.result().ok(), qPrintable(errorText(storedToken.result())));

    // Then the settings file has the profile but none of the secrets
    QFile file(iniPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ini = file.readAll();
    QVERIFY2(ini.contains(profile.id.toUtf8()), ini.constData());
    for (const QString &secret : {apiKey, password, token})
        QVERIFY2(!ini.contains(secret.toUtf8()), qPrintable(secret));

    // And they read back through the profile store
    QFuture<Result<QString>> readPassword = profiles.secret(profile.id, Secret::Password);
    QTRY_VERIFY(readPassword.isFinished());
    QCOMPARE(readPassword.result().value(), password);
    // And through a second keychain store, and they are in the Secret Service under "<id>/<kind>"
    KeychainSecretStore second(m_service);
    QFuture<Result<QString>> readToken = second.read(profile.id + qs("/token"));
    QTRY_VERIFY(readToken.isFinished());
    QCOMPARE(readToken.result().value(), token);
    QCOMPARE(lookUpWithSecretTool(profile.id + qs("/apiKey")), apiKey);
    QCOMPARE(lookUpWithSecretTool(profile.id + qs("/password")), password);

    // When the profile is removed
    QFuture<VoidResult> removed = profiles.remove(profile.id);
    QTRY_VERIFY(removed.isFinished());
    QVERIFY2(removed.result().ok(), qPrintable(errorText(removed.result())));

    // Then its secrets are gone from the Secret Service
    QCOMPARE(lookUpWithSecretTool(profile.id + qs("/apiKey")), QString());
    QCOMPARE(lookUpWithSecretTool(profile.id + qs("/password")), QString());
    QCOMPARE(lookUpWithSecretTool(profile.id + qs("/token")), QString());
}

void TestKeychain::shouldMoveLegacySecretsIntoTheKeychain()
{
    // Given a version 0 settings file with a plaintext API key
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString iniPath = dir.filePath(qs("console.ini"));
    const QString apiKey = qs("legacy-key-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QFile file(iniPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[profiles]\nlegacy\\name=Old\nlegacy\\kind=remote\nlegacy\\url=https://alerta.example.com\n"
                   "legacy\\auth=apiKey\nlegacy\\apiKey="
                   + apiKey.toUtf8() + "\n");
    }
    m_keys.append(qs("legacy/apiKey"));

    // When a profile store opens it with the keychain
    QSettings settings(iniPath, QSettings::IniFormat);
    KeychainSecretStore secrets(m_service);
    ConnectionProfileStore profiles(settings, secrets);
    QTRY_VERIFY(profiles.migration().isFinished());

    // Then the key is in the Secret Service and no longer in the file
    QVERIFY2(profiles.migration().result().ok(), qPrintable(errorText(profiles.migration().result())));
    QCOMPARE(lookUpWithSecretTool(qs("legacy/apiKey")), apiKey);
    QFile file(iniPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ini = file.readAll();
    QVERIFY2(!ini.contains(apiKey.toUtf8()), ini.constData());
    QVERIFY2(ini.contains("version=1"), ini.constData());
}

void TestKeychain::shouldRetryOnceThenReportAnUnavailableKeychain()
{
    if (qEnvironmentVariableIsSet(childVariable)) {
        // In the child process, whose session bus address leads nowhere.
        // Given a keychain store with a short retry delay
        KeychainSecretStore store(m_service);
        store.setRetryDelay(300ms);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(qs("keychain unavailable reading p1/apiKey.*retrying in 300 ms")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(qs("cannot read p1/apiKey from the keychain")));

        // When a secret is read
        QElapsedTimer timer;
        timer.start();
        QFuture<Result<QString>> read = store.read(qs("p1/apiKey"));
        QTRY_VERIFY_WITH_TIMEOUT(read.isFinished(), 20000);

        // Then it failed twice, the retry delay apart, and reports an unavailable keychain
        QVERIFY(timer.elapsed() >= 300);
        QVERIFY(!read.result().ok());
        QCOMPARE(read.result().error().code, 503);
        QVERIFY2(read.result().error().message.contains(qs("p1/apiKey")), qPrintable(read.result().error().message));

        // And writes report it too, without a retry
        QFuture<VoidResult> written = store.write(qs("p1/apiKey"), qs("secret"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(qs("cannot write p1/apiKey")));
        QTRY_VERIFY_WITH_TIMEOUT(written.isFinished(), 20000);
        QVERIFY(!written.result().ok());
        QCOMPARE(written.result().error().code, 503);
        return;
    }

    // Given a session bus that is not there: QtKeychain's backend is chosen once per process, so this runs in
    // a child process of this test
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(childVariable), qs("1"));
    environment.insert(qs("DBUS_SESSION_BUS_ADDRESS"), qs("unix:path=") + dir.filePath(qs("no-bus")));
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);

    // When the child reads and writes
    child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(QTest::currentTestFunction())});
    QVERIFY(child.waitForFinished(60000));

    // Then its test passed
    const QString output = QString::fromUtf8(child.readAll());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(qs("PASS   : TestKeychain::shouldRetryOnceThenReportAnUnavailableKeychain()")),
             qPrintable(output));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "testkeychain.moc"
