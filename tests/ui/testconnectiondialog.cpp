// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

#include "core/client/connectionprofile.h"
#include "core/client/connectionprofilestore.h"
#include "core/client/memorysecretstore.h"
#include "tests/support/backendmirror.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testtext.h"
#include "ui/connectiondialog.h"

// ConnectionDialog driven through its widgets, over a temporary INI file and the in-memory SecretStore: what it
// stores where (profiles in the settings, secrets only in the SecretStore), validation, deletion, the auth switch,
// "Use this connection", and "Test connection" against a real alerta-server and a closed port.

using Auth = ConnectionProfile::Auth;
using Secret = ConnectionProfile::Secret;

namespace {

constexpr int ServerWaitMs = 30000;

} // namespace

class TestConnectionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shouldSaveANewRemoteProfileWithItsApiKeyOnlyInTheSecretStore();
    void shouldShowValidationErrors_data();
    void shouldShowValidationErrors();
    void shouldAskForTheApiKeyOfAnApiKeyLogin();
    void shouldShowTheEmbeddedProfileFirstWithoutServerFields();
    void shouldNotDeleteTheEmbeddedProfile();
    void shouldDeleteAProfileWithItsSecretsAfterConfirmation();
    void shouldStoreThePasswordAndRemoveTheApiKeyWhenSwitchingToPasswordLogin();
    void shouldKeepTheStoredSecretWhenItsFieldIsUntouched();
    void shouldRevealTheStoredSecretOnlyWhenAsked();
    void shouldReportKeychainWriteErrors();
    void shouldEmitConnectionChosenForUseThisConnection();
    void shouldAskBeforeDroppingUnsavedChanges();
    void shouldDuplicateAProfileWithItsSecret();
    void shouldEnableFieldsByAuthAndTransport();
    void shouldChooseTheCaFileWithBrowse();
    void shouldSaveOnEnterAndCloseOnEscape();
    void shouldFollowTheFormInTabOrder();
    void shouldClearSecretFieldsOnClose();
    void shouldOutliveNothingItStarted();
    void shouldReportASuccessfulTestAgainstARealServer();
    void shouldReportPollingAgainstAServerWithoutStream();
    void shouldReportAFailedTestAgainstAClosedPort();
    void shouldGiveUpOnASilentServer();

private:
    void openDialog();
    /// Stores a remote profile (and its secret, if any) as an earlier session would have.
    QString seedRemote(const QString &name, Auth auth = Auth::None, const QString &secret = {});
    void clickItem(const QString &id);
    /// Clicks the profile's item and waits for the form to show it.
    void select(const QString &id);
    /// Clicks Add and fills in a remote profile for `url` with no authentication.
    void addRemote(const QString &name, const QString &url);
    QByteArray iniBytes() const;

    template<typename T>
    T *widget(const char *name) const
    {
        auto *found = m_dialog->findChild<T *>(qs(name));
        if (!found)
            qFatal("no widget named %s", name);
        return found;
    }
    QLineEdit *edit(const char *name) const { return widget<QLineEdit>(name); }
    QPushButton *button(const char *name) const { return widget<QPushButton>(name); }
    QString message() const { return widget<QLabel>("validationLabel")->text(); }
    void setAuth(Auth auth) const
    {
        auto *combo = widget<QComboBox>("authCombo");
        combo->setCurrentIndex(combo->findData(static_cast<int>(auth)));
    }
    /// The profile the form shows, by its list item.
    QString selectedId() const
    {
        const QListWidgetItem *item = widget<QListWidget>("profileList")->currentItem();
        return item ? item->data(Qt::UserRole + 1).toString() : QString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ConnectionProfileStore> m_store;
    std::unique_ptr<ConnectionDialog> m_dialog;
};

void TestConnectionDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Qt's own file dialog, which a test can drive, wherever the platform would offer a native one.
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
}

void TestConnectionDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(qs("console.ini")), QSettings::IniFormat);
    m_secrets = std::make_unique<MemorySecretStore>();
    m_store = std::make_unique<ConnectionProfileStore>(*m_settings, *m_secrets);
}

void TestConnectionDialog::cleanup()
{
    m_dialog.reset();
    m_store.reset();
    m_secrets.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestConnectionDialog::openDialog()
{
    m_dialog = std::make_unique<ConnectionDialog>(*m_store);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

QString TestConnectionDialog::seedRemote(const QString &name, Auth auth, const QString &secret)
{
    ConnectionProfile profile;
    profile.id = ConnectionProfile::newId();
    profile.name = name;
    profile.kind = ConnectionProfile::Kind::Remote;
    profile.url = QUrl(qs("https://alerta.example.com/api"));
    profile.auth = auth;
    if (auth == Auth::Password)
        profile.username = qs("operator");
    if (const QString error = m_store->save(profile); !error.isEmpty())
        qFatal("cannot seed: %s", qPrintable(error));
    if (!secret.isEmpty()) {
        const Secret kind = auth == Auth::Password ? Secret::Password : Secret::ApiKey;
        if (!FutureTest::await(m_store->storeSecret(profile.id, kind, secret)).ok())
            qFatal("cannot seed the secret");
    }
    return profile.id;
}

void TestConnectionDialog::clickItem(const QString &id)
{
    auto *list = widget<QListWidget>("profileList");
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole + 1).toString() == id) {
            const QRect rect = list->visualItemRect(list->item(row));
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
            return;
        }
    }
    QFAIL("no such item");
}

void TestConnectionDialog::select(const QString &id)
{
    clickItem(id);
    // The form follows the list a moment later.
    const QString name = m_store->profile(id)->name;
    QTRY_COMPARE(edit("nameEdit")->text(), name);
    QCOMPARE(selectedId(), id);
}

void TestConnectionDialog::addRemote(const QString &name, const QString &url)
{
    button("addButton")->click();
    auto *nameEdit = edit("nameEdit");
    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, name);
    QTest::keyClicks(edit("urlEdit"), url);
}

QByteArray TestConnectionDialog::iniBytes() const
{
    QFile file(m_settings->fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void TestConnectionDialog::shouldSaveANewRemoteProfileWithItsApiKeyOnlyInTheSecretStore()
{
    // Given the dialog with only the embedded profile
    openDialog();
    QCOMPARE(m_store->profiles().size(), 1);

    // When a remote profile with an API key is added through the widgets and saved
    addRemote(qs("Production"), qs("https://alerta.example.com/api"));
    setAuth(Auth::ApiKey);
    QTest::keyClicks(edit("apiKeyEdit"), qs("k3y-d0-not-leak"));
    button("saveButton")->click();

    // Then the store has the profile, the secret store its key, and the settings file not the key
    QTRY_COMPARE(message(), qs("Saved."));
    const QList<ConnectionProfile> profiles = m_store->profiles();
    QCOMPARE(profiles.size(), 2);
    const ConnectionProfile &saved = profiles.at(1);
    QCOMPARE(saved.name, qs("Production"));
    QCOMPARE(saved.url, QUrl(qs("https://alerta.example.com/api")));
    QCOMPARE(saved.auth, Auth::ApiKey);
    QCOMPARE(m_secrets->secrets().value(saved.id + qs("/apiKey")), qs("k3y-d0-not-leak"));
    QCOMPARE(m_secrets->secrets().size(), 1);
    const QByteArray ini = iniBytes();
    QVERIFY(ini.contains("alerta.example.com"));
    QVERIFY(!ini.contains("k3y-d0-not-leak"));
    // And the field is empty again, saying the key is stored
    QCOMPARE(selectedId(), saved.id);
    QCOMPARE(edit("apiKeyEdit")->text(), QString());
    QTRY_COMPARE(edit("apiKeyEdit")->placeholderText(), qs("stored in the keychain"));
}

void TestConnectionDialog::shouldShowValidationErrors_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << qs("Enter the server's URL, e.g. https://alerta.example.com/api.");
    QTest::newRow("no scheme") << qs("alerta.example.com") << qs("The server URL must start with http:// or https://.");
    QTest::newRow("ftp") << qs("ftp://alerta.example.com") << qs("The server URL must start with http:// or https://.");
    QTest::newRow("password in URL") << qs("https://user:pw@alerta.example.com")
                                     << qs("Remove the password from the server URL; use password login instead.");
}

void TestConnectionDialog::shouldShowValidationErrors()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    // Given a new profile with a bad URL
    openDialog();
    addRemote(qs("Broken"), url);

    // When it is saved
    button("saveButton")->click();

    // Then the reason is shown inline and nothing is stored
    QCOMPARE(message(), expected);
    QVERIFY(widget<QLabel>("validationLabel")->isVisible());
    QCOMPARE(m_store->profiles().size(), 1);
    QVERIFY(!iniBytes().contains("Broken"));
}

void TestConnectionDialog::shouldAskForTheApiKeyOfAnApiKeyLogin()
{
    // Given a new profile with API key login and no key
    openDialog();
    addRemote(qs("Keyless"), qs("https://alerta.example.com/api"));
    setAuth(Auth::ApiKey);

    // When it is saved
    button("saveButton")->click();

    // Then the dialog asks for the key
    QCOMPARE(message(), qs("Enter the API key."));
    QCOMPARE(m_store->profiles().size(), 1);
}

void TestConnectionDialog::shouldShowTheEmbeddedProfileFirstWithoutServerFields()
{
    // Given a stored remote profile
    seedRemote(qs("Aardvark"));

    // When the dialog opens
    openDialog();

    // Then "This computer" comes first, is selected (it is the current one) and has no server fields
    auto *list = widget<QListWidget>("profileList");
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->data(Qt::UserRole + 1).toString(), ConnectionProfile::embeddedId());
    QCOMPARE(selectedId(), ConnectionProfile::embeddedId());
    QVERIFY(edit("nameEdit")->isVisible());
    QVERIFY(!edit("urlEdit")->isVisibleTo(m_dialog.get()));
    QVERIFY(!widget<QComboBox>("authCombo")->isVisibleTo(m_dialog.get()));
    QVERIFY(!widget<QPushButton>("testButton")->isVisibleTo(m_dialog.get()));

    // And its name can be changed
    auto *name = edit("nameEdit");
    name->selectAll();
    QTest::keyClicks(name, qs("My laptop"));
    button("saveButton")->click();
    QTRY_COMPARE(message(), qs("Saved."));
    QCOMPARE(m_store->profile(ConnectionProfile::embeddedId())->name, qs("My laptop"));
}

void TestConnectionDialog::shouldNotDeleteTheEmbeddedProfile()
{
    // Given the embedded profile selected
    openDialog();
    QCOMPARE(selectedId(), ConnectionProfile::embeddedId());

    // Then Delete is disabled, and the Delete key does nothing
    QVERIFY(!button("deleteButton")->isEnabled());
    QTest::keyClick(widget<QListWidget>("profileList"), Qt::Key_Delete);
    QVERIFY(!m_dialog->findChild<QMessageBox *>(qs("deleteConfirmation")));
    QCOMPARE(m_store->profiles().size(), 1);
}

void TestConnectionDialog::shouldDeleteAProfileWithItsSecretsAfterConfirmation()
{
    // Given a stored profile with an API key and a login token
    const QString id = seedRemote(qs("Staging"), Auth::ApiKey, qs("staging-key"));
    QVERIFY(FutureTest::await(m_store->storeSecret(id, Secret::Token, qs("a-token"))).ok());
    openDialog();
    select(id);

    // When Delete is clicked, the first confirmation cancelled and the second one accepted
    button("deleteButton")->click();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(qs("deleteConfirmation"))));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!m_dialog->findChild<QMessageBox *>(qs("deleteConfirmation")));
    QVERIFY(m_store->profile(id));

    button("deleteButton")->click();
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(qs("deleteConfirmation"))));
    box->button(QMessageBox::Yes)->click();

    // Then the profile and every secret of it are gone, and the form shows the embedded profile
    QTRY_VERIFY(!m_store->profile(id));
    QTRY_VERIFY(m_secrets->secrets().isEmpty());
    QCOMPARE(selectedId(), ConnectionProfile::embeddedId());
    QCOMPARE(widget<QListWidget>("profileList")->count(), 1);
    QCOMPARE(message(), QString());
}

void TestConnectionDialog::shouldStoreThePasswordAndRemoveTheApiKeyWhenSwitchingToPasswordLogin()
{
    // Given a profile that logs in with an API key
    const QString id = seedRemote(qs("Production"), Auth::ApiKey, qs("old-key"));
    openDialog();
    select(id);

    // When it is switched to username and password and saved
    setAuth(Auth::Password);
    QTest::keyClicks(edit("usernameEdit"), qs("operator"));
    QTest::keyClicks(edit("passwordEdit"), qs("pass-w0rd"));
    button("saveButton")->click();

    // Then the password is stored, the API key removed, and neither is in the settings file
    QTRY_COMPARE(message(), qs("Saved."));
    QCOMPARE(m_store->profile(id)->auth, Auth::Password);
    QCOMPARE(m_store->profile(id)->username, qs("operator"));
    QCOMPARE(m_secrets->secrets().value(id + qs("/password")), qs("pass-w0rd"));
    QVERIFY(!m_secrets->secrets().contains(id + qs("/apiKey")));
    QVERIFY(!iniBytes().contains("pass-w0rd"));
    QCOMPARE(edit("passwordEdit")->text(), QString());
    QTRY_COMPARE(edit("passwordEdit")->placeholderText(), qs("stored in the keychain"));
}

void TestConnectionDialog::shouldKeepTheStoredSecretWhenItsFieldIsUntouched()
{
    // Given a profile with a stored API key
    const QString id = seedRemote(qs("Production"), Auth::ApiKey, qs("kept-key"));
    openDialog();
    select(id);
    QTRY_COMPARE(edit("apiKeyEdit")->placeholderText(), qs("stored in the keychain"));
    QCOMPARE(edit("apiKeyEdit")->text(), QString());

    // When only its name changes
    auto *name = edit("nameEdit");
    name->selectAll();
    QTest::keyClicks(name, qs("Prod EU"));
    button("saveButton")->click();

    // Then the key is what it was
    QTRY_COMPARE(message(), qs("Saved."));
    QCOMPARE(m_store->profile(id)->name, qs("Prod EU"));
    QCOMPARE(m_secrets->secrets().value(id + qs("/apiKey")), qs("kept-key"));
}

void TestConnectionDialog::shouldRevealTheStoredSecretOnlyWhenAsked()
{
    // Given a profile with a stored API key, shown in the form
    const QString id = seedRemote(qs("Production"), Auth::ApiKey, qs("shown-key"));
    openDialog();
    select(id);
    auto *key = edit("apiKeyEdit");
    auto *toggle = widget<QToolButton>("showApiKeyButton");
    QTRY_COMPARE(key->placeholderText(), qs("stored in the keychain"));
    QCOMPARE(key->text(), QString());
    QCOMPARE(key->echoMode(), QLineEdit::Password);

    // When Show is clicked, the key appears in clear
    toggle->click();
    QTRY_COMPARE(key->text(), qs("shown-key"));
    QCOMPARE(key->echoMode(), QLineEdit::Normal);

    // And when it is hidden again, it leaves the widget
    toggle->click();
    QCOMPARE(key->text(), QString());
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    // Showing is not editing: saving keeps the key
    button("saveButton")->click();
    QTRY_COMPARE(message(), qs("Saved."));
    QCOMPARE(m_secrets->secrets().value(id + qs("/apiKey")), qs("shown-key"));
}

void TestConnectionDialog::shouldReportKeychainWriteErrors()
{
    // Given a keychain that refuses writes
    openDialog();
    m_secrets->setFailure(ApiError{503, qs("No keychain is running."), {}});

    // When a profile with an API key is saved
    addRemote(qs("Production"), qs("https://alerta.example.com/api"));
    setAuth(Auth::ApiKey);
    QTest::keyClicks(edit("apiKeyEdit"), qs("unsaved-key"));
    button("saveButton")->click();

    // Then the failure is shown, and the typed key stays for another try
    QTRY_VERIFY(message().contains(qs("No keychain is running.")));
    QVERIFY(message().contains(qs("keychain did not store")));
    QCOMPARE(edit("apiKeyEdit")->text(), qs("unsaved-key"));

    // When the keychain is back and Save is clicked again, the key is stored
    m_secrets->setFailure(std::nullopt);
    button("saveButton")->click();
    QTRY_COMPARE(message(), qs("Saved."));
    QCOMPARE(m_secrets->secrets().size(), 1);
    QCOMPARE(m_secrets->secrets().cbegin().value(), qs("unsaved-key"));
}

void TestConnectionDialog::shouldEmitConnectionChosenForUseThisConnection()
{
    // Given a stored profile, selected
    const QString id = seedRemote(qs("Production"));
    openDialog();
    select(id);
    QSignalSpy chosen(m_dialog.get(), &ConnectionDialog::connectionChosen);
    QSignalSpy current(m_store.get(), &ConnectionProfileStore::currentProfileIdChanged);

    // When "Use this connection" is clicked
    button("useButton")->click();

    // Then the profile is the current one, the dialog says which and closes
    QTRY_COMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), id);
    QCOMPARE(current.size(), 1);
    QCOMPARE(m_store->currentProfileId(), id);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(!m_dialog->isVisible());
}

void TestConnectionDialog::shouldAskBeforeDroppingUnsavedChanges()
{
    // Given a profile whose name was changed but not saved
    const QString id = seedRemote(qs("Production"));
    openDialog();
    select(id);
    auto *name = edit("nameEdit");
    name->selectAll();
    QTest::keyClicks(name, qs("Renamed"));

    // When another profile is clicked, the dialog asks and the selection stays
    clickItem(ConnectionProfile::embeddedId());
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(qs("unsavedChangesBox"))));
    QTRY_COMPARE(selectedId(), id);

    // And "Save" saves before moving on
    box->button(QMessageBox::Save)->click();
    QTRY_COMPARE(selectedId(), ConnectionProfile::embeddedId());
    QCOMPARE(m_store->profile(id)->name, qs("Renamed"));
    QCOMPARE(edit("nameEdit")->text(), m_store->profile(ConnectionProfile::embeddedId())->name);
}

void TestConnectionDialog::shouldDuplicateAProfileWithItsSecret()
{
    // Given a profile with an API key
    const QString id = seedRemote(qs("Production"), Auth::ApiKey, qs("shared-key"));
    openDialog();
    select(id);

    // When it is duplicated
    button("duplicateButton")->click();

    // Then a stored copy with its own copy of the key is selected
    QTRY_COMPARE(m_store->profiles().size(), 3);
    QTRY_VERIFY(selectedId() != id);
    const QString copyId = selectedId();
    QCOMPARE(m_store->profile(copyId)->name, qs("Production (copy)"));
    QTRY_COMPARE(m_secrets->secrets().value(copyId + qs("/apiKey")), qs("shared-key"));
    QTRY_COMPARE(edit("apiKeyEdit")->placeholderText(), qs("stored in the keychain"));
}

void TestConnectionDialog::shouldEnableFieldsByAuthAndTransport()
{
    // Given a new remote profile
    openDialog();
    addRemote(qs("Fields"), qs("https://alerta.example.com/api"));

    // Then each login method enables its own fields
    setAuth(Auth::None);
    QVERIFY(!edit("apiKeyEdit")->isEnabled());
    QVERIFY(!edit("usernameEdit")->isEnabled());
    QVERIFY(!edit("passwordEdit")->isEnabled());
    setAuth(Auth::ApiKey);
    QVERIFY(edit("apiKeyEdit")->isEnabled());
    QVERIFY(!edit("passwordEdit")->isEnabled());
    setAuth(Auth::Password);
    QVERIFY(!edit("apiKeyEdit")->isEnabled());
    QVERIFY(edit("usernameEdit")->isEnabled());
    QVERIFY(edit("passwordEdit")->isEnabled());
    QCOMPARE(edit("passwordEdit")->echoMode(), QLineEdit::Password);

    // And the poll interval only matters when polling may happen
    auto *transport = widget<QComboBox>("transportCombo");
    auto *interval = widget<QSpinBox>("pollIntervalSpin");
    QCOMPARE(interval->minimum(), 0); // 0: as in Preferences
    QCOMPARE(interval->specialValueText(), qs("As in Preferences"));
    QCOMPARE(interval->maximum(), 3600);
    transport->setCurrentIndex(transport->findData(static_cast<int>(ConnectionProfile::Transport::Stream)));
    QVERIFY(!interval->isEnabled());
    transport->setCurrentIndex(transport->findData(static_cast<int>(ConnectionProfile::Transport::Polling)));
    QVERIFY(interval->isEnabled());

    // And ignoring TLS errors shows its warning
    auto *warning = widget<QLabel>("tlsWarningLabel");
    QVERIFY(!warning->isVisible());
    widget<QCheckBox>("ignoreTlsCheck")->click();
    QVERIFY(warning->isVisible());
}

void TestConnectionDialog::shouldChooseTheCaFileWithBrowse()
{
    // Given a CA file on disk and a new remote profile
    const QString caFile = m_dir->filePath(qs("ca.pem"));
    QFile file(caFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
    file.close();
    openDialog();
    addRemote(qs("Private CA"), qs("https://alerta.example.com/api"));

    // When Browse… is clicked and the file chosen
    button("browseCaButton")->click();
    QFileDialog *chooser = nullptr;
    QTRY_VERIFY((chooser = m_dialog->findChild<QFileDialog *>(qs("caFileDialog"))));
    chooser->selectFile(caFile);
    static_cast<QDialog *>(chooser)->accept(); // QFileDialog makes its override protected

    // Then the field has it, and it is saved with the profile
    QTRY_COMPARE(edit("caFileEdit")->text(), QDir::toNativeSeparators(caFile));
    button("saveButton")->click();
    QTRY_COMPARE(message(), qs("Saved."));
    QCOMPARE(m_store->profiles().at(1).caCertificateFile, QDir::toNativeSeparators(caFile));
}

void TestConnectionDialog::shouldSaveOnEnterAndCloseOnEscape()
{
    // Given a new remote profile filled in
    openDialog();
    addRemote(qs("Keyboard"), qs("http://alerta.example.com:8080"));

    // When Enter is pressed in the URL field
    QTest::keyClick(edit("urlEdit"), Qt::Key_Return);

    // Then it is saved
    QTRY_COMPARE(message(), qs("Saved."));
    QCOMPARE(m_store->profiles().size(), 2);
    QVERIFY(m_dialog->isVisible());

    // And Escape closes the dialog
    QTest::keyClick(edit("nameEdit"), Qt::Key_Escape);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
}

void TestConnectionDialog::shouldFollowTheFormInTabOrder()
{
    // Given a remote profile with API key login
    const QString id = seedRemote(qs("Production"), Auth::ApiKey, qs("key"));
    openDialog();
    select(id);
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));

    // When tabbing from the list, the focus goes down the list's buttons, the form (skipping the password login's
    // disabled fields) and the dialog's buttons, in the order they are seen, and back to the list
    widget<QListWidget>("profileList")->setFocus();
    const QStringList expected{qs("addButton"),
                               qs("duplicateButton"),
                               qs("deleteButton"),
                               qs("nameEdit"),
                               qs("urlEdit"),
                               qs("authCombo"),
                               qs("apiKeyEdit"),
                               qs("showApiKeyButton"),
                               qs("caFileEdit"),
                               qs("browseCaButton"),
                               qs("ignoreTlsCheck"),
                               qs("transportCombo"),
                               qs("pollIntervalSpin"),
                               qs("testButton"),
                               qs("useButton"),
                               qs("saveButton"),
                               qs("closeButton"),
                               qs("profileList")};
    QStringList visited;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited.append(QApplication::focusWidget()->objectName());
    }
    for (qsizetype i = 1; i < expected.size() - 1; ++i) {
        const QWidget *before = m_dialog->findChild<QWidget *>(expected.at(i - 1));
        const QWidget *after = m_dialog->findChild<QWidget *>(expected.at(i));
        if (before->parentWidget() == after->parentWidget() && before->y() == after->y())
            QVERIFY2(before->x() < after->x(), qPrintable(expected.at(i - 1) + u" is right of " + expected.at(i)));
    }
    QCOMPARE(visited, expected);
}

void TestConnectionDialog::shouldClearSecretFieldsOnClose()
{
    // Given an API key typed, unsaved, into the field shown in clear (where clear() would keep it for undo)
    openDialog();
    addRemote(qs("Closing"), qs("https://alerta.example.com/api"));
    setAuth(Auth::ApiKey);
    widget<QToolButton>("showApiKeyButton")->click();
    QTest::keyClicks(edit("apiKeyEdit"), qs("typed-key"));
    QCOMPARE(edit("apiKeyEdit")->echoMode(), QLineEdit::Normal);

    // When the dialog closes
    m_dialog->reject();

    // Then the field no longer holds it, not even for undo, and nothing was stored
    QCOMPARE(edit("apiKeyEdit")->text(), QString());
    QVERIFY(!edit("apiKeyEdit")->isUndoAvailable());
    QCOMPARE(edit("apiKeyEdit")->echoMode(), QLineEdit::Password);
    QVERIFY(m_secrets->secrets().isEmpty());
}

void TestConnectionDialog::shouldOutliveNothingItStarted()
{
    // Given a save whose keychain writes have not been answered yet, and a test under way
    const QString id = seedRemote(qs("Production"), Auth::ApiKey, qs("old-key"));
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    openDialog();
    select(id);
    auto *url = edit("urlEdit");
    url->selectAll();
    QTest::keyClicks(url, qs("http://127.0.0.1:%1").arg(silent.serverPort()));
    QTest::keyClicks(edit("apiKeyEdit"), qs("new-key"));
    button("testButton")->click();
    button("saveButton")->click();
    QVERIFY(!button("saveButton")->isEnabled());

    // When the dialog is destroyed before any answer is delivered
    m_dialog.reset();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // Then nothing calls into it (no crash), and what was sent to the store still happened
    QCOMPARE(m_store->profile(id)->url.port(), int(silent.serverPort()));
    QCOMPARE(m_secrets->secrets().value(id + qs("/apiKey")), qs("new-key"));
}

void TestConnectionDialog::shouldReportASuccessfulTestAgainstARealServer()
{
    // Given a running alerta-server without authentication
    ServerProcess::Options options;
    options.name = qs("A");
    options.extraArguments = {qs("--database"), m_dir->filePath(qs("a.sqlite"))};
    ServerProcess server(options);
    QVERIFY2(server.waitForPort(), qPrintable(server.failure()));
    openDialog();
    addRemote(qs("Local server"), server.url(QString()));

    // When the connection is tested
    button("testButton")->click();

    // Then the result says it is live, and nothing was saved
    QTRY_COMPARE_WITH_TIMEOUT(widget<QLabel>("testResultLabel")->text(), qs("Connected: live stream"), ServerWaitMs);
    QVERIFY(button("testButton")->isEnabled());
    QCOMPARE(m_store->profiles().size(), 1);

    // And with polling only, it says how often
    auto *transport = widget<QComboBox>("transportCombo");
    transport->setCurrentIndex(transport->findData(static_cast<int>(ConnectionProfile::Transport::Polling)));
    widget<QSpinBox>("pollIntervalSpin")->setValue(7);
    button("testButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(widget<QLabel>("testResultLabel")->text(),
                              qs("Connected: polling every 7 s"),
                              ServerWaitMs);
}

void TestConnectionDialog::shouldReportAFailedTestAgainstAClosedPort()
{
    // Given a port nothing listens on
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    openDialog();
    addRemote(qs("Nobody"), qs("http://127.0.0.1:%1").arg(port));

    // When the connection is tested
    button("testButton")->click();

    // Then the result is the failure
    auto *result = widget<QLabel>("testResultLabel");
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(qs("Failed")), ServerWaitMs);
    QVERIFY2(result->text().contains(qs("refused"), Qt::CaseInsensitive), qPrintable(result->text()));
    QVERIFY(button("testButton")->isEnabled());
}

void TestConnectionDialog::shouldReportPollingAgainstAServerWithoutStream()
{
    // Given a server without the /stream WebSocket, as upstream Alerta is
    ServerProcess::Options options;
    options.name = qs("no-stream");
    options.extraArguments = {qs("--no-stream"), qs("--database"), m_dir->filePath(qs("b.sqlite"))};
    ServerProcess server(options);
    QVERIFY2(server.waitForPort(), qPrintable(server.failure()));
    openDialog();
    addRemote(qs("Upstream"), server.url(QString()));
    widget<QSpinBox>("pollIntervalSpin")->setValue(30);

    // When the connection is tested with the automatic transport
    button("testButton")->click();

    // Then it connects by polling
    QTRY_COMPARE_WITH_TIMEOUT(widget<QLabel>("testResultLabel")->text(),
                              qs("Connected: polling every 30 s"),
                              ServerWaitMs);
}

void TestConnectionDialog::shouldGiveUpOnASilentServer()
{
    // Given a server that accepts connections and never answers, and a short time limit
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    openDialog();
    m_dialog->setTestTimeout(std::chrono::milliseconds(300));
    addRemote(qs("Silent"), qs("http://127.0.0.1:%1").arg(silent.serverPort()));

    // When the connection is tested
    button("testButton")->click();

    // Then the test ends at the limit
    QTRY_COMPARE(widget<QLabel>("testResultLabel")->text(), qs("The server did not answer within 1 s."));
    QVERIFY(button("testButton")->isEnabled());
}

QTEST_MAIN(TestConnectionDialog)
#include "testconnectiondialog.moc"
