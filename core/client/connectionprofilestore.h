// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/client/connectionprofile.h"
#include "core/result.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QSettings;
class SecretStore;

/// The console's connection profiles: kept in the injected QSettings under "profiles/<id>" (enums as strings),
/// with their secrets in the injected SecretStore only. Never writes a secret into QSettings.
///
/// The embedded profile ("This computer") always exists and comes first; saving it stores changes to it (its
/// name, say), removing it only drops those changes.
///
/// Settings format version 1 ("profiles/version"). Version 0 files kept the API key and the password in
/// plaintext in the profile group; the constructor starts moving them into the SecretStore and deletes each from
/// the file once the SecretStore has it (KDE/tokodon: src/account/accountmanager.cpp). migration() tells when
/// that is done and whether it worked; a file where it did not stays at version 0 and is migrated again at the
/// next start.
///
/// Lives in the thread of its QSettings; not thread-safe.
class ConnectionProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionProfileStore)

public:
    /// The settings format this class writes.
    static constexpr int settingsVersion = 1;

    /// `settings` and `secrets` must outlive the store.
    ConnectionProfileStore(QSettings &settings, SecretStore &secrets, QObject *parent = nullptr);
    ~ConnectionProfileStore() override;

    /// Every profile: the embedded one first, then the others by name.
    QList<ConnectionProfile> profiles() const;
    /// The profile with `id`, if there is one (the embedded one always is).
    std::optional<ConnectionProfile> profile(const QString &id) const;
    /// Adds or replaces `profile` (by id; give a new one ConnectionProfile::newId()). Returns why it cannot be
    /// saved (ConnectionProfile::validate(), or the settings file failing to be written), empty on success.
    QString save(const ConnectionProfile &profile);
    /// Removes the profile and its secrets. The future tells whether the secrets went too (the profile itself is
    /// gone from the settings at once).
    QFuture<VoidResult> remove(const QString &id);

    /// The profile the console connects to at start: the last one set, or the embedded one when that is unset
    /// or gone.
    QString currentProfileId() const;
    /// Makes `id` the current profile; false (and nothing changes) when there is no such profile.
    bool setCurrentProfileId(const QString &id);

    /// Stores the profile's `kind` secret in the SecretStore; an empty `secret` removes it.
    QFuture<VoidResult> storeSecret(const QString &profileId, ConnectionProfile::Secret kind, const QString &secret);
    /// The profile's `kind` secret from the SecretStore; empty when not set.
    QFuture<Result<QString>> secret(const QString &profileId, ConnectionProfile::Secret kind);

    /// The migration of an older settings file started by the constructor: finished with ok() when there was
    /// nothing to do or everything moved, with the first error otherwise.
    QFuture<VoidResult> migration() const { return m_migration; }

Q_SIGNALS:
    /// A profile was added, changed or removed.
    void profilesChanged();
    void currentProfileIdChanged(const QString &id);

private:
    QFuture<VoidResult> migrate();
    QFuture<VoidResult> moveLegacySecrets();
    std::optional<ConnectionProfile> load(const QString &id) const;
    /// The embedded profile or a stored one.
    bool exists(const QString &id) const;
    /// Has a settings group.
    bool isStored(const QString &id) const;
    QString syncError();

    QSettings &m_settings;
    SecretStore &m_secrets;
    QFuture<VoidResult> m_migration;
};
