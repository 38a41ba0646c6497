// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/caller.h"
#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

class QHttpServerRequest;

/// One HTTP request as the API handlers see it: copied out of Qt's request object on the connection's thread so
/// that handlers can run on any thread. Parameters keep their order and repeats (spec §4.1).
struct ApiRequest
{
    QByteArray method; ///< upper case, e.g. "GET"
    QString path;      ///< decoded, without the query, e.g. "/alert/0a1b"
    QByteArray target; ///< the path and query as the client sent them, e.g. "/alerts?status=open" (Hawk signs it)
    QList<QPair<QString, QString>> query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString peerAddress;
    QString requestId; ///< X-Request-ID, else X-Amzn-Trace-Id, else a new UUID (spec §0)
    QString root;      ///< the API root for `href`s, without a trailing slash
    /// Set only by ApiServer::call() for the console in the same process: the request is this caller, without
    /// credentials. Requests from the network never have it (from() does not set it).
    std::optional<Caller> inProcessCaller;
    /// The path or query, percent-decoded, is not UTF-8: from() sets it, the server answers 400.
    bool invalidUrlEncoding = false;
    /// MAX_JSON_DEPTH for jsonObject() (0 = only QJsonDocument's own limit); the server sets it from the settings.
    int maxJsonDepth = 0;

    /// The first header of that name (case-insensitive); empty when absent.
    QByteArray header(QByteArrayView name) const;
    /// The first value of a query parameter, or a null QString.
    QString param(const QString &name) const;
    bool hasParam(const QString &name) const;

    /// The body as a JSON object (spec §0): 415 `POST and PUT requests must set '<spelling>' to 'application/json'`
    /// unless the Content-Type is JSON; 400 for malformed JSON; 400 `JSON body must be an object` for any other JSON
    /// value (upstream answers 500 there [quirk]); 400 for nesting deeper than maxJsonDepth.
    Result<QJsonObject> jsonObject(const QString &contentTypeSpelling = QStringLiteral("Content-type")) const;
    bool hasJsonContentType() const;

    /// The client's address: the last X-Forwarded-For entry (what the proxy in front saw) when `behindProxy`
    /// (USE_PROXYFIX) and the header is there, else the connection's peer.
    QString clientAddress(bool behindProxy) const;

    /// How deeply arrays and objects nest in `json` (1 for `{}`), counted without parsing: a scan outside strings.
    static int jsonDepth(QByteArrayView json);

    /// Copies `request`. The root for hrefs: an absolute `baseUrl` (BASE_URL) as it is; a relative one (`/api`)
    /// joined to the scheme and host the client used; without BASE_URL, X-Forwarded-Proto / X-Forwarded-Host /
    /// X-Forwarded-Prefix when a proxy sent them, else the Host header and `scheme` (how the request came in).
    static ApiRequest from(const QHttpServerRequest &request,
                           const QString &baseUrl,
                           const QString &scheme = QStringLiteral("http"));
    /// Splits a query string as Flask does: `+` is a space, `%xx` decoded, order and repeats kept.
    static QList<QPair<QString, QString>> parseQuery(const QByteArray &query);
    /// The root of the API as clients reach it (see from()).
    static QString rootFor(const QList<QPair<QByteArray, QByteArray>> &headers,
                           const QString &baseUrl,
                           const QString &scheme = QStringLiteral("http"));
};
