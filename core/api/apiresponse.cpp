// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/api/apiresponse.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

// Non-ASCII bytes only occur inside JSON strings, so escaping them byte-wise on the serialised text is exact.
QByteArray escapeNonAscii(const QByteArray &utf8)
{
    const bool ascii = std::all_of(utf8.cbegin(), utf8.cend(), [](char c) { return static_cast<uchar>(c) < 0x80; });
    if (ascii)
        return utf8;
    QByteArray out;
    out.reserve(utf8.size() + utf8.size() / 2);
    const QString text = QString::fromUtf8(utf8);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            out.append(static_cast<char>(u));
        } else {
            // UTF-16 code units are exactly what \u escapes carry, surrogate pairs included.
            out.append("\\u");
            out.append(QByteArray::number(u, 16).rightJustified(4, '0'));
        }
    }
    return out;
}

} // namespace

ApiResponse ApiResponse::json(const QJsonObject &object, int status)
{
    ApiResponse r;
    r.status = status;
    r.body = encode(object);
    return r;
}

ApiResponse ApiResponse::ok(QJsonObject fields, int status)
{
    fields.insert(QStringLiteral("status"), QStringLiteral("ok"));
    return json(fields, status);
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

QByteArray ApiResponse::encode(const QJsonObject &object)
{
    return escapeNonAscii(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
