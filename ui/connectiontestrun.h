// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/client/remotebackend.h"

#include <QCoreApplication>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

/// One "Test connection": a RemoteBackend started with the form's settings, until it is connected (success), reports
/// a failure, or the time limit passes. Reports once through `done`, then deletes itself with the backend.
class ConnectionTestRun final : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionTestRun)
    Q_DISABLE_COPY_MOVE(ConnectionTestRun)

public:
    using Done = std::function<void(bool ok, const QString &message)>;

    ConnectionTestRun(RemoteBackendOptions options, std::chrono::milliseconds limit, Done done, QObject *parent)
        : QObject(parent)
        , m_limitSeconds(static_cast<int>((limit.count() + 999) / 1000))
        , m_pollSeconds(
              static_cast<int>(std::chrono::duration_cast<std::chrono::seconds>(options.pollInterval).count()))
        , m_backend(new RemoteBackend(std::move(options), this))
        , m_done(std::move(done))
    {
        m_limit.setSingleShot(true);
        m_limit.setInterval(limit);
        connect(&m_limit, &QTimer::timeout, this, [this] {
            finish(false, tr("The server did not answer within %n s.", nullptr, m_limitSeconds));
        });
        connect(m_backend, &AlertBackend::stateChanged, this, &ConnectionTestRun::onStateChanged);
    }

    void start()
    {
        m_limit.start();
        m_backend->start();
    }

    /// Stops without reporting: the form has moved on.
    void cancel()
    {
        m_done = nullptr;
        finish(false, {});
    }

private:
    void onStateChanged(AlertBackend::State state)
    {
        switch (state) {
        case AlertBackend::State::Live:
            finish(true, tr("Connected: live stream"));
            break;
        case AlertBackend::State::Polling:
            finish(true, tr("Connected: polling every %n s", nullptr, m_pollSeconds));
            break;
        case AlertBackend::State::Reconnecting:
        case AlertBackend::State::Failed: {
            // The first failure is the answer: the retries the backend would make belong to a real connection.
            const QString why = m_backend->stateMessage();
            finish(false, why.isEmpty() ? tr("Failed.") : tr("Failed: %1").arg(why));
            break;
        }
        case AlertBackend::State::Stopped:
        case AlertBackend::State::Connecting:
            break;
        }
    }

    void finish(bool ok, const QString &message)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_limit.stop();
        m_backend->disconnect(this);
        m_backend->stop();
        if (m_done)
            m_done(ok, message);
        // Later: this may run inside one of the backend's own signals, and the backend is our child.
        deleteLater();
    }

    int m_limitSeconds;
    int m_pollSeconds;
    RemoteBackend *m_backend;
    Done m_done;
    QTimer m_limit;
    bool m_finished = false;
};
