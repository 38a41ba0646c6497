// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

/// One request to the Alerta API beyond the alert list: heartbeats, blackouts, keys, users, customers, permissions,
/// housekeeping, management. The console's views are written once against the REST API and work the same over a
/// remote server (HTTP) and the embedded core (the same handlers, called in-process).
struct ApiCall
{
    QByteArray verb = QByteArrayLiteral("GET");
    QString path; ///< below the API root, e.g. "/heartbeats" or "/blackout/<id>"
    QList<QPair<QString, QString>> query;
    QJsonObject body; ///< sent as JSON for POST and PUT

    static ApiCall get(const QString &path, QList<QPair<QString, QString>> query = {})
    {
        return ApiCall{QByteArrayLiteral("GET"), path, std::move(query), {}};
    }
    static ApiCall post(const QString &path, const QJsonObject &body = {})
    {
        return ApiCall{QByteArrayLiteral("POST"), path, {}, body};
    }
    static ApiCall put(const QString &path, const QJsonObject &body)
    {
        return ApiCall{QByteArrayLiteral("PUT"), path, {}, body};
    }
    static ApiCall remove(const QString &path) { return ApiCall{QByteArrayLiteral("DELETE"), path, {}, {}}; }
};

/// A successful answer (HTTP status below 400) to an ApiCall; failures come as the ApiError of the error envelope.
struct ApiAnswer
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;

    /// The body as a JSON object; empty when it is not one (`/management/healthcheck` answers plain text).
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    /// The body as text, trimmed (`OK`).
    QString text() const { return QString::fromUtf8(body).trimmed(); }
};
