// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/client/connectionprofile.h"

#include <QDialog>
#include <QPointer>

#include <chrono>
#include <functional>
#include <optional>

class ConnectionProfileStore;
class ConnectionTestRun;
class SecretField;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

/// The "Connections…" dialog: lists the connection profiles (the embedded "This computer" first), edits one at a
/// time, tests a remote server without saving, and picks the profile the console connects to.
///
/// Works only through the ConnectionProfileStore it is given: profiles go to its settings, the API key and the
/// password to its SecretStore. Secrets stay out of the widgets unless the user types them or asks to see the
/// stored one (the Show toggle); an untouched secret field keeps the stored secret. Every secret field is emptied
/// when the dialog closes.
///
/// Editing: Save (Enter) validates the form (ConnectionProfile::validate()) and shows why it cannot be saved in
/// validationLabel; switching to another profile with unsaved changes asks first, while Esc and Close drop them
/// (a dialog's Cancel). Keychain failures are reported in the same label, never dropped. Nothing blocks: the
/// keychain and "Test connection" answer asynchronously, and the dialog may close while they are under way.
///
/// Object names: profileList, addButton, duplicateButton, deleteButton, nameEdit, kindLabel, urlEdit, authCombo,
/// apiKeyEdit, showApiKeyButton, usernameEdit, passwordEdit, showPasswordButton, caFileEdit, browseCaButton,
/// ignoreTlsCheck, tlsWarningLabel, transportCombo, pollIntervalSpin, testButton, testResultLabel, validationLabel,
/// saveButton, useButton, closeButton; the message boxes it opens: deleteConfirmation, unsavedChangesBox; the CA
/// file chooser: caFileDialog. Items of profileList carry their profile id in Qt::UserRole + 1.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    /// Shows the profiles of `store` (which must outlive the dialog) with the current one selected.
    explicit ConnectionDialog(ConnectionProfileStore &store, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    /// Selects the profile with `id` (asking first if the form has unsaved changes); nothing when there is none.
    void selectProfile(const QString &id);
    /// How long "Test connection" waits for the server before it reports a failure; 15 s by default.
    void setTestTimeout(std::chrono::milliseconds timeout) { m_testTimeout = timeout; }

    // QDialog
    void done(int result) override;

Q_SIGNALS:
    /// "Use this connection": the profile is now the store's current one; the dialog accepts right after.
    void connectionChosen(const QString &profileId);

private:
    // Building
    QWidget *createListPanel();
    QWidget *createFormPanel();
    QGroupBox *createServerGroup();
    QGroupBox *createTlsGroup();
    QGroupBox *createUpdatesGroup();
    void setUpTabOrder();
    void alignFormLabels();

    // The list
    void reloadList();
    void onSelectionMoved();
    void onProfilesChanged();
    /// Runs `next` once the form has no unsaved changes: at once, or after the user chose to save or discard them.
    void whenFormSettled(const std::function<void()> &next);
    void addProfile();
    /// Stores a copy of the form's profile at once, then copies its secret (API key or password) in the keychain.
    void duplicateProfile();
    void copySecrets(const ConnectionProfile &source, const QString &targetId);
    void confirmDelete();
    void deleteProfile(const ConnectionProfile &profile);
    void useProfile();

    // The form
    void loadStoredProfile(const QString &id);
    void loadProfile(const ConnectionProfile &profile, bool isNew);
    /// The profile as the form shows it (the secrets aside).
    ConnectionProfile formProfile() const;
    bool isDirty() const;
    void updateFieldStates();
    /// Asks the keychain whether the profile's secret is stored, for the placeholder; keeps nothing else.
    void readSecretPresence();
    void revealSecret(SecretField *field, ConnectionProfile::Secret kind);
    void browseCaFile();

    // Saving
    /// Saves the form (the profile, then its secrets) and runs `next` once everything is stored.
    void saveThen(const std::function<void()> &next);
    /// Why the form's secrets are not enough for `profile`, or empty.
    QString missingSecret(const ConnectionProfile &profile) const;
    /// Shows `text` in validationLabel: red for an error; hidden when empty.
    void showMessage(const QString &text, bool isError);

    // Testing
    void testConnection();
    void startTest(const ConnectionProfile &profile, const QString &secret);
    /// `ok`: green for true, red for false, neutral while running.
    void showTestResult(std::optional<bool> ok, const QString &text);
    void stopTest();

    ConnectionProfileStore &m_store;
    ConnectionProfile m_profile; ///< the profile the form edits, as stored (or as Add created it)
    bool m_isNew = false;        ///< m_profile is not stored yet (added, never saved)
    bool m_saving = false;       ///< secrets are being written; the list and its buttons wait
    bool m_testing = false;      ///< a test is reading its secret or running
    /// Bumped whenever the form shows another profile (or the same one afresh): keychain answers for an older form
    /// are dropped.
    quint64 m_generation = 0;
    std::chrono::milliseconds m_testTimeout{15000};
    QPointer<ConnectionTestRun> m_testRun;

    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_duplicateButton = nullptr;
    QPushButton *m_deleteButton = nullptr;

    QLineEdit *m_nameEdit = nullptr;
    QLabel *m_kindLabel = nullptr;
    QLabel *m_embeddedNote = nullptr;
    QGroupBox *m_serverGroup = nullptr;
    QLineEdit *m_urlEdit = nullptr;
    QComboBox *m_authCombo = nullptr;
    SecretField *m_apiKey = nullptr;
    QLineEdit *m_usernameEdit = nullptr;
    SecretField *m_password = nullptr;
    QGroupBox *m_tlsGroup = nullptr;
    QLineEdit *m_caFileEdit = nullptr;
    QPushButton *m_browseCaButton = nullptr;
    QCheckBox *m_ignoreTlsCheck = nullptr;
    QLabel *m_tlsWarningLabel = nullptr;
    QGroupBox *m_updatesGroup = nullptr;
    QComboBox *m_transportCombo = nullptr;
    QSpinBox *m_pollIntervalSpin = nullptr;
    QWidget *m_testRow = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testResultLabel = nullptr;
    QLabel *m_validationLabel = nullptr;

    QPushButton *m_useButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};
