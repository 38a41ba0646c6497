// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alertengine.h"
#include "core/alertjson.h"
#include "core/client/embeddedbackend.h"
#include "core/sqlitealertstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/// A real embedded core for widget tests: a SQLite store in a temporary directory, an AlertEngine on the system
/// clock and an EmbeddedBackend acting as the operator `operator`, with a short batch interval so that live
/// updates reach the widgets within milliseconds. One per test function.
class ConsoleFixture
{
public:
    ConsoleFixture()
        : store(std::make_shared<SqliteAlertStore>(dir.filePath(QStringLiteral("alerta.sqlite"))))
        , engine(std::make_unique<AlertEngine>(store, EngineConfig{}, Clock::system()))
        , backend(std::make_unique<EmbeddedBackend>(*engine,
                                                    ServerAlarmModel::alertaDefault(),
                                                    Caller::internal(QStringLiteral("operator"))))
    {
        backend->setBatchInterval(std::chrono::milliseconds(5));
    }

    ~ConsoleFixture()
    {
        // The backend's pool still reads the engine until it is gone.
        backend.reset();
        engine.reset();
    }

    /// Receives an alert through the API's parser (so it gets the defaults of a `POST /alert`) and returns its
    /// id, or an empty string (with a test failure) when it was refused. `extra` adds or overrides fields.
    QString send(const QString &resource,
                 const QString &severity,
                 const QString &environment = QStringLiteral("Production"),
                 const QJsonObject &extra = {})
    {
        QJsonObject body{{QStringLiteral("resource"), resource},
                         {QStringLiteral("event"), QStringLiteral("NodeDown")},
                         {QStringLiteral("environment"), environment},
                         {QStringLiteral("severity"), severity},
                         {QStringLiteral("service"), QJsonArray{QStringLiteral("Web")}},
                         {QStringLiteral("text"), QStringLiteral("%1 is down").arg(resource)}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        Result<Alert> alert = AlertJson::parseIncomingAlert(body, engine->config(), engine->now());
        if (!alert) {
            qWarning() << "refused:" << alert.error().message;
            return {};
        }
        const Result<ReceiveResult> received = engine->receive(std::move(alert).value());
        if (!received) {
            qWarning() << "not received:" << received.error().message;
            return {};
        }
        return received->alert.id;
    }

    /// The stored status of alert `id`, or "gone".
    QString statusOf(const QString &id)
    {
        const Result<Alert> alert = engine->alert(id);
        return alert ? alert->status : QStringLiteral("gone");
    }

    QTemporaryDir dir;
    std::shared_ptr<SqliteAlertStore> store;
    std::unique_ptr<AlertEngine> engine;
    std::unique_ptr<EmbeddedBackend> backend;
};
