// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/savedviews.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString formatName = QStringLiteral("alerta-console-views");
const QString nameKey = QStringLiteral("name");
const QString stateKey = QStringLiteral("state");
/// What a viewState() holds that is not the view itself.
const QStringList screenKeys = {QStringLiteral("geometry"), QStringLiteral("splitter"), QStringLiteral("theme")};
/// The marker of a binary value in the file: {"base64": "..."}.
const QString base64Key = QStringLiteral("base64");

QJsonValue toJsonValue(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return QJsonObject{{base64Key, QString::fromLatin1(value.toByteArray().toBase64())}};
    case QMetaType::QVariantMap: {
        QJsonObject object;
        const QVariantMap map = value.toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            object.insert(it.key(), toJsonValue(it.value()));
        return object;
    }
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        QJsonArray array;
        for (const QVariant &item : value.toList())
            array.append(toJsonValue(item));
        return array;
    }
    default:
        return QJsonValue::fromVariant(value);
    }
}

QVariant fromJsonValue(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.size() == 1 && object.value(base64Key).isString())
            return QByteArray::fromBase64(object.value(base64Key).toString().toLatin1());
        QVariantMap map;
        for (auto it = object.begin(); it != object.end(); ++it)
            map.insert(it.key(), fromJsonValue(it.value()));
        return map;
    }
    if (value.isArray()) {
        QVariantList list;
        for (const QJsonValue &item : value.toArray())
            list.append(fromJsonValue(item));
        return list;
    }
    return value.toVariant();
}

} // namespace

QVariantMap SavedViews::viewPart(const QVariantMap &viewState)
{
    QVariantMap part = viewState;
    for (const QString &key : screenKeys)
        part.remove(key);
    return part;
}

void SavedViews::put(const QString &name, const QVariantMap &state)
{
    const SavedView view{name, viewPart(state)};
    for (SavedView &existing : views) {
        if (existing.name == name) {
            existing = view;
            return;
        }
    }
    views.append(view);
}

bool SavedViews::remove(const QString &name)
{
    return views.removeIf([&name](const SavedView &view) { return view.name == name; }) > 0;
}

const SavedView *SavedViews::find(const QString &name) const
{
    for (const SavedView &view : views) {
        if (view.name == name)
            return &view;
    }
    return nullptr;
}

int SavedViews::merge(const SavedViews &other)
{
    for (const SavedView &view : other.views)
        put(view.name, view.state);
    return int(other.views.size());
}

QVariant SavedViews::toSettings() const
{
    QVariantList list;
    for (const SavedView &view : views)
        list.append(QVariantMap{{nameKey, view.name}, {stateKey, view.state}});
    return list;
}

SavedViews SavedViews::fromSettings(const QVariant &value)
{
    SavedViews saved;
    for (const QVariant &item : value.toList()) {
        const QVariantMap map = item.toMap();
        if (const QString name = map.value(nameKey).toString().trimmed(); !name.isEmpty())
            saved.put(name, map.value(stateKey).toMap());
    }
    return saved;
}

QByteArray SavedViews::toJson() const
{
    QJsonArray list;
    for (const SavedView &view : views)
        list.append(QJsonObject{{nameKey, view.name}, {QStringLiteral("view"), toJsonValue(view.state)}});
    const QJsonObject file{{QStringLiteral("format"), formatName},
                           {QStringLiteral("version"), fileVersion},
                           {QStringLiteral("views"), list}};
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

Result<SavedViews> SavedViews::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ApiError::badRequest(tr("The file is not JSON: %1").arg(parseError.errorString()));
    const QJsonObject file = document.object();
    if (file.value(QLatin1StringView("format")).toString() != formatName)
        return ApiError::badRequest(tr("The file holds no saved views of Alerta Console."));
    if (const int version = file.value(QLatin1StringView("version")).toInt(); version < 1 || version > fileVersion)
        return ApiError::badRequest(
            tr("The file's views are of version %1; this console reads version %2.").arg(version).arg(fileVersion));
    SavedViews saved;
    for (const QJsonValue &item : file.value(QLatin1StringView("views")).toArray()) {
        const QString name = item[nameKey].toString().trimmed();
        if (name.isEmpty() || !item[QLatin1StringView("view")].isObject())
            return ApiError::badRequest(tr("A view in the file has no name or no settings."));
        saved.put(name, fromJsonValue(item[QLatin1StringView("view")]).toMap());
    }
    return saved;
}
