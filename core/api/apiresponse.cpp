// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/api/apiresponse.h"

#include "core/jsontext.h"

#include <QJsonArray>

ApiResponse ApiResponse::json(const QJsonObject &object, int status)
{
    ApiResponse r;
    r.status = status;
    r.body = JsonText::encode(object);
    return r;
}

ApiResponse ApiResponse::ok(QJsonObject fields, int status)
{
    fields.insert(QStringLiteral("status"), QStringLiteral("ok"));
    return json(fields, status);
}

ApiResponse ApiResponse::okWith(QLatin1StringView key, QByteArrayView json, const QJsonObject &fields, int status)
{
    QJsonObject members = fields;
    members.insert(QStringLiteral("status"), QStringLiteral("ok"));
    ApiResponse r;
    r.status = status;
    r.body.reserve(json.size() + 64 * members.size());
    JsonObjectWriter o(r.body);
    bool written = false;
    for (auto it = members.constBegin(); it != members.constEnd(); ++it) {
        if (!written && key < it.key()) {
            o.raw(key, json);
            written = true;
        }
        o.value(it.key(), it.value());
    }
    if (!written)
        o.raw(key, json);
    o.close();
    return r;
}

ApiResponse ApiResponse::error(const ApiError &error, const QString &requestId)
{
    QJsonObject o{{QStringLiteral("status"), QStringLiteral("error")},
                  {QStringLiteral("message"), error.message},
                  {QStringLiteral("code"), error.code},
                  {QStringLiteral("requestId"), requestId}};
    o.insert(QStringLiteral("errors"),
             error.errors.isEmpty() ? QJsonValue(QJsonValue::Null)
                                    : QJsonValue(QJsonArray::fromStringList(error.errors)));
    return json(o, error.code);
}

ApiResponse ApiResponse::text(const QByteArray &body, int status, const QByteArray &contentType)
{
    ApiResponse r;
    r.status = status;
    r.body = body;
    r.contentType = contentType;
    return r;
}

QByteArray ApiResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ApiError notFoundError()
{
    const QString description = QStringLiteral("The requested URL was not found on the server. If you entered the URL "
                                               "manually please check your spelling and try again.");
    return ApiError{404, u"404 Not Found: " + description, {description}};
}

ApiError badRequestError(const QString &why)
{
    return ApiError{
        400,
        QStringLiteral("400 Bad Request: The browser (or proxy) sent a request that this server could not understand."),
        {why}};
}

ApiError payloadTooLargeError(qint64 limit)
{
    return ApiError{
        413,
        QStringLiteral("413 Request Entity Too Large: The data value transmitted exceeds the capacity limit."),
        {QStringLiteral("The request body is over %1 bytes (MAX_CONTENT_LENGTH).").arg(limit)}};
}
