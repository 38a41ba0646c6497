// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/serversettings.h"
#include "core/switchboard.h"

#include <QObject>
#include <QTimer>

#include <memory>

class AlertEngine;
class AlertStore;
class BlackoutService;
class CustomerService;
class KeyService;
class PermissionService;
class UserService;
struct IdentityConfig;
class HeartbeatAlerter;
class HeartbeatService;
class Housekeeper;
class MetricsStore;
class ReceivePipeline;

/// The whole Alerta core of one process, built from the settings: the store, the alert engine with the PLUGINS
/// chain, the heartbeat, blackout and identity services (customers, permissions, users and groups, API keys), the
/// receive pipeline, and the core's own timers (housekeeping, heartbeat alerts, metrics flushing). The console embeds
/// one; alerta-server runs one headless. Destroys its parts in reverse order, so queued writes finish before the store
/// closes.
class AlertaCore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertaCore)

public:
    /// How often the metrics counted in this process are added to the shared table (spec §8).
    static constexpr std::chrono::seconds MetricsFlushInterval{5};

    /// Builds the core over an opened store. The settings must have passed ServerSettings::validate().
    AlertaCore(ServerSettings settings, std::shared_ptr<AlertStore> store, QObject *parent = nullptr);
    ~AlertaCore() override;

    const ServerSettings &settings() const { return m_settings; }
    AlertStore &store() const { return *m_store; }
    AlertEngine &engine() const { return *m_engine; }
    HeartbeatService &heartbeats() const { return *m_heartbeats; }
    BlackoutService &blackouts() const { return *m_blackouts; }
    ReceivePipeline &receivePipeline() const { return *m_pipeline; }
    Housekeeper &housekeeper() const { return *m_housekeeper; }
    HeartbeatAlerter &heartbeatAlerter() const { return *m_heartbeatAlerter; }
    MetricsStore &metricsStore() const { return *m_metricsStore; }
    CustomerService &customers() const { return *m_customers; }
    PermissionService &permissions() const { return *m_permissions; }
    UserService &users() const { return *m_users; }
    KeyService &keys() const { return *m_keys; }
    /// The switches of `/management/switchboard`, this process's own.
    Switchboard &switchboard() { return m_switchboard; }
    const Switchboard &switchboard() const { return m_switchboard; }
    /// The identity services' settings, as mapped from the server settings.
    static IdentityConfig identityConfig(const ServerSettings &settings);
    /// PLUGINS names this build does not have (upstream's `forwarder`, Python plugins); they were skipped.
    const QStringList &skippedPlugins() const { return m_skippedPlugins; }

private:
    ServerSettings m_settings;
    std::shared_ptr<AlertStore> m_store;
    std::unique_ptr<AlertEngine> m_engine;
    std::unique_ptr<HeartbeatService> m_heartbeats;
    std::unique_ptr<BlackoutService> m_blackouts;
    std::unique_ptr<ReceivePipeline> m_pipeline;
    std::unique_ptr<Housekeeper> m_housekeeper;
    std::unique_ptr<HeartbeatAlerter> m_heartbeatAlerter;
    std::unique_ptr<MetricsStore> m_metricsStore;
    std::unique_ptr<CustomerService> m_customers;
    std::shared_ptr<PermissionService> m_permissions;
    std::unique_ptr<UserService> m_users;
    std::unique_ptr<KeyService> m_keys;
    QTimer m_metricsFlush;
    QStringList m_skippedPlugins;
    Switchboard m_switchboard;
};
