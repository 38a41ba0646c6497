// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/client/connectionprofilestore.h"

#include <QCollator>
#include <QLoggingCategory>
#include <QPromise>
#include <QSettings>

#include <algorithm>
#include <array>
#include <memory>

#include "core/client/secretstore.h"

namespace {

Q_LOGGING_CATEGORY(lcProfiles, "alerta.client.profiles", QtInfoMsg)

using Secret = ConnectionProfile::Secret;

constexpr std::array allSecrets{Secret::ApiKey, Secret::Password, Secret::Token};

// Settings keys, relative to the root of the injected QSettings.
QString profilesGroup()
{
    return QStringLiteral("profiles");
}
QString versionKey()
{
    return QStringLiteral("profiles/version");
}
QString currentKey()
{
    return QStringLiteral("profiles/current");
}
QString profileGroup(const QString &id)
{
    return profilesGroup() + u'/' + id;
}

// Keys inside a profile group.
constexpr QLatin1StringView nameKey("name");
constexpr QLatin1StringView kindKey("kind");
constexpr QLatin1StringView urlKey("url");
constexpr QLatin1StringView authKey("auth");
constexpr QLatin1StringView usernameKey("username");
constexpr QLatin1StringView caCertificateFileKey("caCertificateFile");
constexpr QLatin1StringView ignoreTlsErrorsKey("ignoreTlsErrors");
constexpr QLatin1StringView transportKey("transport");
constexpr QLatin1StringView pollIntervalKey("pollIntervalSeconds");

QFuture<VoidResult> readyOk()
{
    return QtFuture::makeReadyFuture(VoidResult(Ok{}));
}

/// Finishes when every one of `futures` has: ok() when all are, else with the first error (in list order).
/// The continuations run in `context`'s thread and are dropped with it, which cancels the returned future.
QFuture<VoidResult> allOf(QObject *context, QList<QFuture<VoidResult>> futures)
{
    if (futures.isEmpty())
        return readyOk();
    struct State
    {
        QPromise<VoidResult> promise;
        QList<std::optional<VoidResult>> results;
        qsizetype remaining = 0;
    };
    auto state = std::make_shared<State>();
    state->promise.start();
    state->results.resize(futures.size());
    state->remaining = futures.size();
    QFuture<VoidResult> all = state->promise.future();
    for (qsizetype i = 0; i < futures.size(); ++i) {
        futures[i].then(context, [state, i](const VoidResult &result) {
            state->results[i] = result;
            if (--state->remaining > 0)
                return;
            VoidResult combined(Ok{});
            for (const std::optional<VoidResult> &one : std::as_const(state->results)) {
                if (!one->ok()) {
                    combined = *one;
                    break;
                }
            }
            state->promise.addResult(combined);
            state->promise.finish();
        });
    }
    return all;
}

} // namespace

ConnectionProfileStore::ConnectionProfileStore(QSettings &settings, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
{
    m_migration = migrate();
}

ConnectionProfileStore::~ConnectionProfileStore() = default;

QList<ConnectionProfile> ConnectionProfileStore::profiles() const
{
    QList<ConnectionProfile> remote;
    m_settings.beginGroup(profilesGroup());
    const QStringList ids = m_settings.childGroups();
    m_settings.endGroup();
    for (const QString &id : ids) {
        if (id == ConnectionProfile::embeddedId())
            continue;
        if (std::optional<ConnectionProfile> loaded = load(id))
            remote.append(std::move(*loaded));
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(remote.begin(), remote.end(), [&collator](const ConnectionProfile &a, const ConnectionProfile &b) {
        const int byName = collator.compare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    QList<ConnectionProfile> all;
    all.reserve(remote.size() + 1);
    all.append(*profile(ConnectionProfile::embeddedId()));
    all.append(remote);
    return all;
}

std::optional<ConnectionProfile> ConnectionProfileStore::profile(const QString &id) const
{
    if (id == ConnectionProfile::embeddedId())
        return load(id).value_or(ConnectionProfile::embedded());
    return load(id);
}

QString ConnectionProfileStore::save(const ConnectionProfile &profile)
{
    if (const QString error = profile.validate(); !error.isEmpty())
        return error;
    // Only the profile's own keys are written: anything else in the group (a legacy plaintext secret still
    // waiting for the migration) is left for migrate() to move.
    // The embedded profile under its default name keeps no name, so that it follows the UI language.
    const bool defaultName =
        profile.id == ConnectionProfile::embeddedId() && profile.name == ConnectionProfile::embedded().name;
    m_settings.beginGroup(profileGroup(profile.id));
    m_settings.setValue(nameKey, defaultName ? QString() : profile.name);
    m_settings.setValue(kindKey, ConnectionProfile::kindName(profile.kind));
    m_settings.setValue(urlKey, profile.url.toString(QUrl::RemovePassword));
    m_settings.setValue(authKey, ConnectionProfile::authName(profile.auth));
    m_settings.setValue(usernameKey, profile.username);
    m_settings.setValue(caCertificateFileKey, profile.caCertificateFile);
    m_settings.setValue(ignoreTlsErrorsKey, profile.ignoreTlsErrors);
    m_settings.setValue(transportKey, ConnectionProfile::transportName(profile.transport));
    m_settings.setValue(pollIntervalKey, profile.pollIntervalSeconds);
    m_settings.endGroup();
    const QString error = syncError();
    Q_EMIT profilesChanged();
    return error;
}

QFuture<VoidResult> ConnectionProfileStore::remove(const QString &id)
{
    if (id.isEmpty() || id.contains(u'/'))
        return QtFuture::makeReadyFuture(VoidResult(ApiError::badRequest(tr("Invalid profile id \"%1\".").arg(id))));
    QString settingsError;
    if (isStored(id)) {
        const bool wasCurrent = currentProfileId() == id;
        m_settings.remove(profileGroup(id));
        if (wasCurrent)
            m_settings.remove(currentKey());
        settingsError = syncError();
        Q_EMIT profilesChanged();
        if (wasCurrent && id != ConnectionProfile::embeddedId())
            Q_EMIT currentProfileIdChanged(ConnectionProfile::embeddedId());
    }
    // Secrets go even when the profile was not stored: nothing may be left behind under its id.
    QList<QFuture<VoidResult>> removals;
    for (const Secret kind : allSecrets)
        removals.append(m_secrets.remove(ConnectionProfile::secretKey(id, kind)));
    QFuture<VoidResult> secretsRemoved = allOf(this, removals);
    if (settingsError.isEmpty())
        return secretsRemoved;
    return QtFuture::makeReadyFuture(VoidResult(ApiError::internal(settingsError)));
}

QString ConnectionProfileStore::currentProfileId() const
{
    const QString id = m_settings.value(currentKey()).toString();
    return !id.isEmpty() && exists(id) ? id : ConnectionProfile::embeddedId();
}

bool ConnectionProfileStore::setCurrentProfileId(const QString &id)
{
    if (!exists(id))
        return false;
    if (currentProfileId() == id)
        return true;
    m_settings.setValue(currentKey(), id);
    if (const QString error = syncError(); !error.isEmpty())
        qCWarning(lcProfiles) << error;
    Q_EMIT currentProfileIdChanged(id);
    return true;
}

QFuture<VoidResult> ConnectionProfileStore::storeSecret(const QString &profileId,
                                                        ConnectionProfile::Secret kind,
                                                        const QString &secret)
{
    if (profileId.isEmpty() || profileId.contains(u'/'))
        return QtFuture::makeReadyFuture(
            VoidResult(ApiError::badRequest(tr("Invalid profile id \"%1\".").arg(profileId))));
    const QString key = ConnectionProfile::secretKey(profileId, kind);
    return secret.isEmpty() ? m_secrets.remove(key) : m_secrets.write(key, secret);
}

QFuture<Result<QString>> ConnectionProfileStore::secret(const QString &profileId, ConnectionProfile::Secret kind)
{
    if (profileId.isEmpty() || profileId.contains(u'/'))
        return QtFuture::makeReadyFuture(
            Result<QString>(ApiError::badRequest(tr("Invalid profile id \"%1\".").arg(profileId))));
    return m_secrets.read(ConnectionProfile::secretKey(profileId, kind));
}

QFuture<VoidResult> ConnectionProfileStore::migrate()
{
    const int version = m_settings.value(versionKey(), 0).toInt();
    if (version == settingsVersion)
        return readyOk();
    if (version > settingsVersion) {
        // A newer console wrote this file; leave it as it is.
        qCWarning(lcProfiles) << "profile settings have version" << version << "; this version understands"
                              << settingsVersion;
        return readyOk();
    }
    // 0 -> 1: plaintext secrets move out of the settings file.
    return moveLegacySecrets().then(this, [this](const VoidResult &moved) {
        if (!moved.ok()) {
            qCWarning(lcProfiles) << "profile settings stay at version 0:" << moved.error().message;
            return moved;
        }
        m_settings.setValue(versionKey(), settingsVersion);
        if (const QString error = syncError(); !error.isEmpty())
            return VoidResult(ApiError::internal(error));
        return moved;
    });
}

QFuture<VoidResult> ConnectionProfileStore::moveLegacySecrets()
{
    m_settings.beginGroup(profilesGroup());
    const QStringList ids = m_settings.childGroups();
    m_settings.endGroup();
    QList<QFuture<VoidResult>> moves;
    for (const QString &id : ids) {
        for (const Secret kind : allSecrets) {
            // Version 0 kept a secret under its kind's name ("apiKey", "password") in the profile group.
            const QString key = profileGroup(id) + u'/' + ConnectionProfile::secretName(kind);
            if (!m_settings.contains(key))
                continue;
            const QString plaintext = m_settings.value(key).toString();
            if (plaintext.isEmpty()) {
                m_settings.remove(key);
                continue;
            }
            // Deleted only once the SecretStore has it: a failed write must not lose the secret.
            moves.append(m_secrets.write(ConnectionProfile::secretKey(id, kind), plaintext)
                             .then(this, [this, key, id, kind, plaintext](const VoidResult &written) {
                                 if (!written.ok())
                                     return written;
                                 if (m_settings.value(key).toString() == plaintext)
                                     m_settings.remove(key);
                                 qCInfo(lcProfiles).noquote()
                                     << "moved the" << ConnectionProfile::secretName(kind) << "of profile" << id
                                     << "from the settings file into the secret store";
                                 if (const QString error = syncError(); !error.isEmpty())
                                     return VoidResult(ApiError::internal(error));
                                 return written;
                             }));
        }
    }
    if (const QString error = syncError(); !error.isEmpty())
        qCWarning(lcProfiles) << error;
    return allOf(this, moves);
}

std::optional<ConnectionProfile> ConnectionProfileStore::load(const QString &id) const
{
    if (!isStored(id))
        return std::nullopt;

    ConnectionProfile profile;
    profile.id = id;
    m_settings.beginGroup(profileGroup(id));
    profile.name = m_settings.value(nameKey).toString();
    const QString kind = m_settings.value(kindKey).toString();
    profile.kind = ConnectionProfile::kindFromName(kind).value_or(ConnectionProfile::Kind::Remote);
    profile.url = QUrl(m_settings.value(urlKey).toString());
    const QString auth = m_settings.value(authKey).toString();
    profile.auth = ConnectionProfile::authFromName(auth).value_or(ConnectionProfile::Auth::None);
    profile.username = m_settings.value(usernameKey).toString();
    profile.caCertificateFile = m_settings.value(caCertificateFileKey).toString();
    profile.ignoreTlsErrors = m_settings.value(ignoreTlsErrorsKey, false).toBool();
    const QString transport = m_settings.value(transportKey).toString();
    profile.transport = ConnectionProfile::transportFromName(transport).value_or(ConnectionProfile::Transport::Auto);
    profile.pollIntervalSeconds = m_settings.value(pollIntervalKey, 0).toInt();
    m_settings.endGroup();

    if (!kind.isEmpty() && !ConnectionProfile::kindFromName(kind))
        qCWarning(lcProfiles) << "profile" << id << "has an unknown kind" << kind << "; reading it as remote";
    if (!auth.isEmpty() && !ConnectionProfile::authFromName(auth))
        qCWarning(lcProfiles) << "profile" << id << "has an unknown auth" << auth << "; using none";
    if (!transport.isEmpty() && !ConnectionProfile::transportFromName(transport))
        qCWarning(lcProfiles) << "profile" << id << "has an unknown transport" << transport << "; using auto";
    // Whatever the file says, the built-in profile is the embedded core and no other is.
    if (id == ConnectionProfile::embeddedId()) {
        profile.kind = ConnectionProfile::Kind::Embedded;
        if (profile.name.trimmed().isEmpty())
            profile.name = ConnectionProfile::embedded().name;
    } else if (profile.kind == ConnectionProfile::Kind::Embedded) {
        qCWarning(lcProfiles) << "profile" << id << "claims to be the embedded core; reading it as remote";
        profile.kind = ConnectionProfile::Kind::Remote;
    }
    return profile;
}

bool ConnectionProfileStore::exists(const QString &id) const
{
    return id == ConnectionProfile::embeddedId() || isStored(id);
}

bool ConnectionProfileStore::isStored(const QString &id) const
{
    if (id.isEmpty())
        return false;
    m_settings.beginGroup(profilesGroup());
    const bool found = m_settings.childGroups().contains(id);
    m_settings.endGroup();
    return found;
}

QString ConnectionProfileStore::syncError()
{
    m_settings.sync();
    if (m_settings.status() == QSettings::NoError)
        return {};
    return tr("Cannot write the settings file %1.").arg(m_settings.fileName());
}
