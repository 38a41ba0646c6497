// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "models/jsontablemodel.h"

#include "core/timestamp.h"
#include "models/timeformat.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>

JsonTableModel::JsonTableModel(QList<Column> columns, QString idKey, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(std::move(columns))
    , m_idKey(std::move(idKey))
{}

QList<QJsonObject> JsonTableModel::objects(const QJsonArray &array)
{
    QList<QJsonObject> out;
    out.reserve(array.size());
    for (const QJsonValue &v : array)
        out.append(v.toObject());
    return out;
}

void JsonTableModel::setRows(const QList<QJsonObject> &rows)
{
    QHash<QString, int> wanted; // id → index in `rows`
    for (int i = 0; i < rows.size(); ++i)
        wanted.insert(rows.at(i).value(m_idKey).toString(), i);

    // Removals first, from the bottom, in runs of adjacent rows.
    for (int r = int(m_rows.size()) - 1; r >= 0;) {
        if (wanted.contains(idOf(r))) {
            --r;
            continue;
        }
        int first = r;
        while (first > 0 && !wanted.contains(idOf(first - 1)))
            --first;
        beginRemoveRows({}, first, r);
        m_rows.remove(first, r - first + 1);
        endRemoveRows();
        r = first - 1;
    }

    // Updates in place.
    QSet<QString> shown;
    for (int r = 0; r < m_rows.size(); ++r) {
        const QString id = idOf(r);
        shown.insert(id);
        const QJsonObject &fresh = rows.at(wanted.value(id));
        if (fresh != m_rows.at(r)) {
            m_rows[r] = fresh;
            Q_EMIT dataChanged(index(r, 0), index(r, columnCount() - 1));
        }
    }

    // Additions, in the server's order.
    QList<QJsonObject> added;
    for (const QJsonObject &row : rows) {
        if (!shown.contains(row.value(m_idKey).toString()))
            added.append(row);
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
        m_rows.append(added);
        endInsertRows();
    }
}

int JsonTableModel::rowOf(const QString &id) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (idOf(r) == id)
            return r;
    }
    return -1;
}

QString JsonTableModel::idOf(int row) const
{
    return m_rows.value(row).value(m_idKey).toString();
}

JsonTableModel::Column JsonTableModel::timeColumn(const QString &title, const QString &key)
{
    return {title, key, [key](const QJsonObject &row, int role) -> QVariant {
                const std::optional<Timestamp> time = IsoTime::parse(row.value(key).toString());
                switch (role) {
                case Qt::DisplayRole:
                    return time ? TimeFormat::local(*time) : QString();
                case Qt::ToolTipRole:
                    return time ? TimeFormat::utc(*time) : QString();
                case SortRole:
                    return time ? *time : Timestamp(0);
                default:
                    return {};
                }
            }};
}

QString JsonTableModel::text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts.append(text(v));
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

int JsonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JsonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant JsonTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.value(m_idKey).toString();
    case ObjectRole:
        return row;
    default:
        break;
    }
    const Column &column = m_columns.at(index.column());
    // A column's own data wins; where it has none, display and sort fall back to the field itself.
    if (column.data) {
        if (QVariant custom = column.data(row, role); custom.isValid())
            return custom;
    }
    const QJsonValue value = row.value(column.key);
    if (role == Qt::DisplayRole)
        return text(value);
    if (role == SortRole)
        return value.isDouble() ? QVariant(value.toDouble()) : QVariant(text(value));
    return {};
}

QVariant JsonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columns.size())
        return m_columns.at(section).title;
    return QAbstractTableModel::headerData(section, orientation, role);
}
