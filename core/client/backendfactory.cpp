// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/client/backendfactory.h"

#include "core/alertacore.h"
#include "core/client/connectionprofilestore.h"
#include "core/client/embeddedbackend.h"
#include "core/client/remotebackend.h"
#include "core/client/whenfinished.h"
#include "core/configjson.h"

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

BackendFactory::BackendFactory(ConnectionProfileStore &profiles, EmbeddedCore embeddedCore, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_embeddedCore(std::move(embeddedCore))
{}

QString BackendFactory::localUserName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        if (const QString user = qEnvironmentVariable(variable); !user.isEmpty())
            return user;
    }
#ifdef Q_OS_UNIX
    // Started without a login environment (a service, a bare session): the account itself.
    if (const passwd *account = getpwuid(getuid()))
        return QString::fromLocal8Bit(account->pw_name);
#endif
    return {};
}

void BackendFactory::create(const ConnectionProfile &profile, Done done)
{
    if (profile.kind == ConnectionProfile::Kind::Remote) {
        createRemote(profile, std::move(done));
        return;
    }
    QString error;
    const Embedded embedded = m_embeddedCore(&error);
    AlertaCore *core = embedded.core;
    if (!core) {
        done(nullptr, error);
        return;
    }
    // The same /config a remote console would read, so that both backends paint with the same rules.
    const ServerAlarmModel alarmModel = ServerAlarmModel::fromConfig(
        ConfigJson::config(core->settings(), core->engine().config().severities, QString()));
    auto backend = std::make_unique<EmbeddedBackend>(core->engine(), alarmModel, Caller::internal(localUserName()));
    if (embedded.api)
        backend->setApi(embedded.api, core->settings().customerViews);
    done(std::move(backend), {});
}

void BackendFactory::createRemote(const ConnectionProfile &profile, Done done)
{
    const RemoteBackendOptions options = RemoteBackendOptions::forProfile(profile, m_defaultPollInterval);

    // Only the secrets the auth needs are read (a profile without auth must not depend on a keychain), together. A
    // keychain that cannot be read is reported, and the connection goes on without the secret (the server then says
    // what it misses).
    using Field = QString RemoteBackendOptions::*;
    QList<QPair<ConnectionProfile::Secret, Field>> wanted;
    if (profile.auth == ConnectionProfile::Auth::ApiKey)
        wanted = {{ConnectionProfile::Secret::ApiKey, &RemoteBackendOptions::apiKey}};
    else if (profile.auth == ConnectionProfile::Auth::Password)
        wanted = {{ConnectionProfile::Secret::Password, &RemoteBackendOptions::password},
                  {ConnectionProfile::Secret::Token, &RemoteBackendOptions::token}};

    struct Reads
    {
        RemoteBackendOptions options;
        QString problem;
        qsizetype waiting = 0;
    };
    auto reads = std::make_shared<Reads>();
    reads->options = options;
    reads->waiting = wanted.size();
    const QString profileId = profile.id;
    const auto finish = [this, reads, profileId, done] {
        auto backend = std::make_unique<RemoteBackend>(reads->options);
        // A token from a password login spares the next start the login.
        connect(backend.get(), &AlertBackend::tokenIssued, this, [this, profileId](const QString &token) {
            m_profiles.storeSecret(profileId, ConnectionProfile::Secret::Token, token);
        });
        done(std::move(backend), reads->problem);
    };
    if (wanted.isEmpty()) {
        finish();
        return;
    }
    for (const auto &secretAndField : std::as_const(wanted)) {
        const Field field = secretAndField.second; // a plain variable: clang 14 cannot capture structured bindings
        whenFinished(m_profiles.secret(profileId, secretAndField.first),
                     this,
                     [reads, finish, field](const Result<QString> &secret) {
                         if (secret.ok())
                             reads->options.*field = secret.value();
                         else if (reads->problem.isEmpty())
                             reads->problem = tr("The keychain could not be read: %1").arg(secret.error().message);
                         if (--reads->waiting == 0)
                             finish();
                     });
    }
}
