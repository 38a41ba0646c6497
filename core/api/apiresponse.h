// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

#include <algorithm>

/// Flask's answers to framework errors, as upstream gives them: the HTTP status and its description as `message`,
/// the description or the particular reason in `errors`.
/// 404 for a path no route serves.
ApiError notFoundError();
/// 400 for a request that is not HTTP or JSON as it must be; `why` goes into `errors`.
ApiError badRequestError(const QString &why);
/// 413 for a body over MAX_CONTENT_LENGTH (`limit` bytes).
ApiError payloadTooLargeError(qint64 limit);

/// An HTTP answer built by an API handler, in the wire form of spec §0: JSON with sorted keys and non-ASCII
/// escaped, errors in the error envelope.
struct ApiResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    /// A JSON answer (JsonText::encode: compact, non-ASCII as `\uXXXX` as Python's json.dumps writes it). The
    /// object's keys come out sorted (QJsonObject keeps them so).
    static ApiResponse json(const QJsonObject &object, int status = 200);
    /// `{"status": "ok", ...fields}`.
    static ApiResponse ok(QJsonObject fields = {}, int status = 200);
    /// `{"status": "ok", ...fields, key: json}`, where `json` is one member already written as JSON text (JsonText),
    /// merged at its sorted place: for members too large to build as a QJsonObject first (alerts).
    static ApiResponse okWith(QLatin1StringView key,
                              QByteArrayView json,
                              const QJsonObject &fields = {},
                              int status = 200);
    /// The error envelope `{status: "error", message, code, errors, requestId}` with HTTP status = code.
    static ApiResponse error(const ApiError &error, const QString &requestId);
    /// A text/plain answer (`/_`, healthchecks, Prometheus metrics).
    static ApiResponse text(const QByteArray &body,
                            int status = 200,
                            const QByteArray &contentType = QByteArrayLiteral("text/plain; charset=utf-8"));

    /// What a handler returns when it answers through ApiContext::answerLater instead (no status yet).
    static ApiResponse later()
    {
        ApiResponse r;
        r.status = 0;
        return r;
    }
    bool isLater() const { return status == 0; }

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append({name, value}); }
    bool hasHeader(QByteArrayView name) const
    {
        return std::any_of(headers.cbegin(), headers.cend(), [name](const auto &header) {
            return name.compare(header.first, Qt::CaseInsensitive) == 0;
        });
    }
    /// The value of a header set on this response, or empty.
    QByteArray header(QByteArrayView name) const;
};
