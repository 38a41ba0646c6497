// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/client/remotebackend.h"
#include "tests/support/backendmirror.h"
#include "tests/support/serverprocess.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A real alerta-server on loopback with an admin, for tests of the console's views (the including test defines
// ALERTA_SERVER_PATH). The views talk to it through RemoteBackend, as the console does.

/// The server, its admin's API key, and RemoteBackends for any key. One per test function.
class ServerFixture
{
public:
    static constexpr auto AdminLogin = "admin@example.test";

    struct Options
    {
        bool authRequired = true;
        bool customerViews = false;         ///< CUSTOMER_VIEWS with AdminLogin in ADMIN_USERS
        QMap<QString, QString> environment; ///< more settings
    };

    ServerFixture()
        : ServerFixture(Options{})
    {}

    explicit ServerFixture(const Options &options)
    {
        m_options.name = QStringLiteral("views");
        m_options.authRequired = options.authRequired;
        m_options.extraArguments = {QStringLiteral("--database"), m_dir.filePath(QStringLiteral("alerta.sqlite"))};
        m_options.environment = options.environment;
        m_options.environment.insert(QStringLiteral("ADMIN_USERS"), QString::fromLatin1(AdminLogin));
        if (options.customerViews)
            m_options.environment.insert(QStringLiteral("CUSTOMER_VIEWS"), QStringLiteral("true"));
    }

    /// Makes the admin (user and API key, with the server's CLI) and starts the server. False with failure().
    bool start()
    {
        runServerCommand(m_options,
                         {QStringLiteral("user"),
                          QStringLiteral("--login"),
                          QString::fromLatin1(AdminLogin),
                          QStringLiteral("--password"),
                          QStringLiteral("-")},
                         QByteArrayLiteral("admin-pass-123\n"),
                         &m_failure);
        if (!m_failure.isEmpty())
            return false;
        adminKey = QString::fromUtf8(
            runServerCommand(m_options,
                             {QStringLiteral("key"), QStringLiteral("--user"), QString::fromLatin1(AdminLogin)},
                             {},
                             &m_failure));
        if (!m_failure.isEmpty())
            return false;
        m_server = std::make_unique<ServerProcess>(m_options);
        if (!m_server->waitForPort()) {
            m_failure = m_server->failure();
            return false;
        }
        admin = backend(adminKey, /*start=*/false);
        return true;
    }

    QString failure() const { return m_failure; }
    ServerProcess &server() { return *m_server; }

    /// A backend on the server with `apiKey` (none: anonymous). Started, it is Live (or Polling) with its session
    /// known before this returns; not started, only call() is used. `transport` Polling ignores the stream.
    std::unique_ptr<RemoteBackend> backend(
        const QString &apiKey,
        bool start = true,
        RemoteBackendOptions::Transport transport = RemoteBackendOptions::Transport::Auto)
    {
        RemoteBackendOptions options;
        options.transport = transport;
        options.endpoint = QUrl(m_server->url({}));
        options.auth = apiKey.isEmpty() ? RemoteBackendOptions::Auth::None : RemoteBackendOptions::Auth::ApiKey;
        options.apiKey = apiKey;
        options.pollInterval = std::chrono::milliseconds(200);
        options.minReconnectDelay = std::chrono::milliseconds(100);
        options.maxReconnectDelay = std::chrono::milliseconds(300);
        auto remote = std::make_unique<RemoteBackend>(options);
        if (start) {
            remote->start();
            RemoteBackend *b = remote.get();
            if (!QTest::qWaitFor(
                    [b] {
                        return (b->state() == AlertBackend::State::Live || b->state() == AlertBackend::State::Polling)
                            && b->session().known;
                    },
                    ServerProcess::WaitMs))
                qFatal("the backend did not get live: %s", qPrintable(b->stateMessage()));
        }
        return remote;
    }

    /// A request as the admin; the test fails (and the answer is empty) when the server refuses it.
    QJsonObject api(const ApiCall &call)
    {
        const Result<ApiAnswer> answer = FutureTest::await(admin->call(call), ServerProcess::WaitMs);
        if (!answer) {
            qWarning() << call.verb << call.path << "refused:" << answer.error().code << answer.error().message;
            return {};
        }
        return answer->json();
    }

    /// A new API key for `user` with `scopes`, restricted to `customer` when given (made by the admin).
    QString makeKey(const QString &user, const QStringList &scopes, const QString &customer = {})
    {
        QJsonObject body{{QStringLiteral("user"), user},
                         {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)}};
        if (!customer.isEmpty())
            body.insert(QStringLiteral("customer"), customer);
        return api(ApiCall::post(QStringLiteral("/key"), body)).value(QStringLiteral("key")).toString();
    }

    /// Sends an alert as the admin; returns its id.
    QString sendAlert(const QString &resource,
                      const QString &severity = QStringLiteral("major"),
                      const QJsonObject &extra = {})
    {
        QJsonObject body{{QStringLiteral("resource"), resource},
                         {QStringLiteral("event"), QStringLiteral("NodeDown")},
                         {QStringLiteral("environment"), QStringLiteral("Production")},
                         {QStringLiteral("severity"), severity},
                         {QStringLiteral("service"), QJsonArray{QStringLiteral("Web")}}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        return api(ApiCall::post(QStringLiteral("/alert"), body)).value(QStringLiteral("id")).toString();
    }

    QString adminKey;
    std::unique_ptr<RemoteBackend> admin; ///< not started: for call()

private:
    QTemporaryDir m_dir;
    ServerProcess::Options m_options;
    std::unique_ptr<ServerProcess> m_server;
    QString m_failure;
};
