// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/client/connectionprofile.h"
#include "core/client/embeddedbackend.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

class AlertBackend;
class AlertaCore;
class ConnectionProfileStore;

/// Builds the AlertBackend of a connection profile: an EmbeddedBackend over the embedded core, or a RemoteBackend
/// with the profile's secrets, read from the keychain just for this (they live on in memory only, inside the
/// backend). Tokens that a password login brings are kept in the keychain for the next start.
class BackendFactory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackendFactory)

public:
    /// The embedded core and the in-process API over it (ApiServer::call) that embedded backends use for
    /// everything beyond the alert list (heartbeats, blackouts, administration, management).
    struct Embedded
    {
        AlertaCore *core = nullptr;
        EmbeddedBackend::InProcessApi api;
    };
    /// Opens the embedded core on first use and returns it, or a null core with the reason in `error`.
    using EmbeddedCore = std::function<Embedded(QString *error)>;
    /// The new backend (owned by the receiver), or nullptr; `problem` says what went wrong or is worth knowing
    /// (a keychain that could not be read), empty otherwise.
    using Done = std::function<void(std::unique_ptr<AlertBackend> backend, const QString &problem)>;

    BackendFactory(ConnectionProfileStore &profiles, EmbeddedCore embeddedCore, QObject *parent = nullptr);

    /// Builds the backend of `profile` and hands it to `done` (later, on this thread: secrets are read
    /// asynchronously). The backend is not started.
    void create(const ConnectionProfile &profile, Done done);

    /// The poll interval of remote profiles that leave it to the console's preference.
    void setDefaultPollInterval(std::chrono::milliseconds interval) { m_defaultPollInterval = interval; }

    /// The login that embedded actions are recorded under: the operating system's user.
    static QString localUserName();

private:
    void createRemote(const ConnectionProfile &profile, Done done);

    ConnectionProfileStore &m_profiles;
    EmbeddedCore m_embeddedCore;
    std::chrono::milliseconds m_defaultPollInterval{5000};
};
