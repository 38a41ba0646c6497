// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alertacore.h"
#include "core/api/apiserver.h"
#include "core/sqlitealertstore.h"
#include "tests/support/httptest.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>

/// One HTTP exchange as a test sees it.
/// A real alerta API for one test: a core over its own SQLite file in a QTemporaryDir, served by ApiServer on a
/// free loopback port, and a QNetworkAccessManager to talk HTTP to it. `settings` adjusts the server settings before
/// the core starts (e.g. turn AUTH_REQUIRED on).
class ApiFixture
{
public:
    explicit ApiFixture(const std::function<void(ServerSettings &)> &adjust = {})
    {
        ServerSettings settings;
        settings.housekeepingInterval = std::chrono::seconds(0); // tests run housekeeping themselves
        settings.passwordHashCost = 4;                           // bcrypt's minimum: logins take microseconds
        if (adjust)
            adjust(settings);
        store = std::make_shared<SqliteAlertStore>(dir.filePath(QStringLiteral("alerta.sqlite")));
        core = std::make_unique<AlertaCore>(settings, store);
        server = std::make_unique<ApiServer>(*core);
        port = server->listen(QHostAddress::LocalHost, 0);
    }

    ~ApiFixture()
    {
        server.reset();
        core.reset();
    }

    QString url(const QString &path) const { return QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path); }

    /// Sends one request and waits for the answer (30 s at most). `body` is sent as given; `json` sets the JSON
    /// Content-Type. Extra headers are added as they are.
    HttpAnswer request(const QByteArray &method,
                       const QString &path,
                       const QByteArray &body = {},
                       const QList<QPair<QByteArray, QByteArray>> &headers = {},
                       bool json = true)
    {
        QNetworkRequest r{QUrl(url(path))};
        if (json && !body.isEmpty())
            r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &[name, value] : headers)
            r.setRawHeader(name, value);
        return HttpAnswer::await(network.sendCustomRequest(r, method, body));
    }

    HttpAnswer get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return request("GET", path, {}, headers);
    }
    HttpAnswer post(const QString &path,
                    const QJsonObject &body,
                    const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }
    HttpAnswer put(const QString &path,
                   const QJsonObject &body,
                   const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return request("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }
    HttpAnswer del(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return request("DELETE", path, {}, headers);
    }

    QTemporaryDir dir;
    std::shared_ptr<SqliteAlertStore> store;
    std::unique_ptr<AlertaCore> core;
    std::unique_ptr<ApiServer> server;
    quint16 port = 0;
    QNetworkAccessManager network;
};
