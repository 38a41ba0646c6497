// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/alertacore.h"

#include "core/alertengine.h"
#include "core/blackoutservice.h"
#include "core/builtinplugins.h"
#include "core/customerservice.h"
#include "core/heartbeatalerts.h"
#include "core/heartbeatservice.h"
#include "core/housekeeper.h"
#include "core/identityconfig.h"
#include "core/keyservice.h"
#include "core/logging.h"
#include "core/metricsstore.h"
#include "core/permissionservice.h"
#include "core/receivepipeline.h"
#include "core/userservice.h"

namespace {

BuiltInPlugins::Settings pluginSettings(const ServerSettings &s)
{
    BuiltInPlugins::Settings p;
    p.originBlacklist = s.originBlacklist;
    p.allowedEnvironments = s.allowedEnvironments;
    p.heartbeatEvents = s.heartbeatEvents;
    p.blackoutPolicy = BlackoutPolicy{s.notificationBlackout, s.blackoutAccept, s.customerViews};
    p.ackTimeout = s.ackTimeout.count();
    p.shelveTimeout = s.shelveTimeout.count();
    return p;
}

} // namespace

AlertaCore::AlertaCore(ServerSettings settings, std::shared_ptr<AlertStore> store, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_store(std::move(store))
{
    m_store->setQueryTimeout(m_settings.databaseQueryTimeout);
    const EngineConfig config = m_settings.engineConfig();
    const std::shared_ptr<Clock> clock = Clock::system();
    m_engine = std::make_unique<AlertEngine>(m_store, config, clock);
    m_heartbeats = std::make_unique<HeartbeatService>(m_store, config, clock);
    m_blackouts = std::make_unique<BlackoutService>(m_store, config, clock);
    m_engine->setPlugins(std::make_shared<PluginChain>(BuiltInPlugins::chain(m_settings.plugins,
                                                                             pluginSettings(m_settings),
                                                                             *m_heartbeats,
                                                                             *m_blackouts,
                                                                             &m_skippedPlugins)));
    qCInfo(lcEngine) << "plugins:" << m_engine->plugins().names();
    m_pipeline = std::make_unique<ReceivePipeline>(*m_engine);

    const IdentityConfig identity = identityConfig(m_settings);
    m_customers = std::make_unique<CustomerService>(m_store, identity);
    m_permissions = std::make_shared<PermissionService>(m_store, identity);
    m_users = std::make_unique<UserService>(m_store, identity, clock, m_permissions);
    m_keys = std::make_unique<KeyService>(m_store, identity, clock);

    m_housekeeper = std::make_unique<Housekeeper>(
        *m_engine,
        std::chrono::duration_cast<std::chrono::milliseconds>(m_settings.housekeepingInterval));

    HeartbeatAlertOptions heartbeatAlerts;
    heartbeatAlerts.severity = m_settings.heartbeatAlertSeverity;
    m_heartbeatAlerter = std::make_unique<HeartbeatAlerter>(
        *m_heartbeats,
        *m_engine,
        std::chrono::duration_cast<std::chrono::milliseconds>(m_settings.heartbeatAlertInterval),
        heartbeatAlerts);

    m_metricsStore = std::make_unique<MetricsStore>(m_store, m_engine->metrics());
    connect(&m_metricsFlush, &QTimer::timeout, this, [this] {
        if (const VoidResult flushed = m_metricsStore->flush(); !flushed)
            qCWarning(lcEngine) << "could not save metrics:" << flushed.error().message;
    });
    m_metricsFlush.start(MetricsFlushInterval);
}

IdentityConfig AlertaCore::identityConfig(const ServerSettings &s)
{
    IdentityConfig c;
    c.secretKey = s.secretKey.toUtf8();
    c.authProvider = s.authProvider;
    c.authRequired = s.authRequired;
    c.roles.adminUsers = s.adminUsers;
    c.roles.adminRoles = s.adminRoles;
    c.roles.userRoles = s.userRoles;
    c.roles.userDefaultScopes = s.userDefaultScopes;
    c.roles.guestRoles = s.guestRoles;
    c.roles.guestDefaultScopes = s.guestDefaultScopes;
    c.defaultAdminRole = s.defaultAdminRole;
    c.defaultUserRole = s.defaultUserRole;
    c.defaultGuestRole = s.defaultGuestRole;
    c.customScopes = s.customScopes;
    c.deleteScopes = s.deleteScopes;
    c.customerViews = s.customerViews;
    c.apiKeyExpireDays = s.apiKeyExpireDays;
    c.allowedEmailDomains = s.allowedEmailDomains;
    c.emailVerification = s.emailVerification;
    c.baseUrl = s.baseUrl;
    c.defaultPageSize = s.defaultPageSize;
    c.passwordCost = s.passwordHashCost;
    return c;
}

AlertaCore::~AlertaCore()
{
    m_metricsFlush.stop();
    m_heartbeatAlerter.reset();
    m_housekeeper.reset();
    if (m_metricsStore)
        (void)m_metricsStore->flush(); // counts of the last seconds
}
