// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>

/// Conversions between the portable column forms of SqlSession rows and the core's types: JSON text for lists
/// and objects, integer ms for times, null for absent text. One definition for every resource table.
namespace SqlValues {

/// A list as the compact JSON text stored in list columns.
inline QByteArray jsonText(const QStringList &list)
{
    return QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact);
}

/// An object as the compact JSON text stored in object columns.
inline QByteArray jsonText(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// JSON list text back as strings (malformed → empty).
inline QStringList stringList(const QByteArray &utf8)
{
    QStringList result;
    const QJsonArray array = QJsonDocument::fromJson(utf8).array();
    result.reserve(array.size());
    for (const QJsonValue &v : array)
        result.append(v.toString());
    return result;
}

/// A JSON list column back as strings (null or malformed → empty).
inline QStringList stringList(const QVariant &value)
{
    return stringList(value.toString().toUtf8());
}

/// JSON object text back as an object (malformed → empty).
inline QJsonObject object(const QByteArray &utf8)
{
    return QJsonDocument::fromJson(utf8).object();
}

/// A JSON object column back as an object (null or malformed → empty).
inline QJsonObject object(const QVariant &value)
{
    return object(value.toString().toUtf8());
}

/// A text column, keeping SQL NULL as a null QString.
inline QString text(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

/// A text value to bind, a null QString binding SQL NULL.
inline QVariant bindText(const QString &text)
{
    return text.isNull() ? QVariant() : QVariant(text);
}

/// How a bind value of SqlSession's kinds is stored; each store binds every kind with its own call.
enum class BindKind { Null, Integer, Real, Utf8, Text };

inline BindKind bindKind(const QVariant &value)
{
    if (value.isNull())
        return BindKind::Null;
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return BindKind::Integer;
    case QMetaType::Double:
        return BindKind::Real;
    case QMetaType::QByteArray:
        return BindKind::Utf8;
    default:
        return BindKind::Text;
    }
}

} // namespace SqlValues
