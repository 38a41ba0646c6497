// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

/// A list the Alerta API answered (heartbeats, blackouts, API keys, users, customers, permissions) as a table: one
/// row per JSON object, one column per field. The resource views describe their columns and refresh the list
/// with setRows(); rows are matched by id, so a refresh updates in place and selection and scrolling survive it.
class JsonTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTableModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the row's id (QString)
        SortRole,                  ///< the raw value for sorting: numbers as numbers, text as text
        ObjectRole,                ///< the whole row (QJsonObject)
    };

    struct Column
    {
        QString title; ///< already translated
        QString key;   ///< the field shown, e.g. "origin"
        /// What the column shows for `role` (DisplayRole, ToolTipRole, ForegroundRole, SortRole...). Where it is
        /// null or returns an invalid QVariant: DisplayRole is the field as text() and SortRole the raw value.
        std::function<QVariant(const QJsonObject &row, int role)> data = {};
    };

    explicit JsonTableModel(QList<Column> columns, QString idKey = QStringLiteral("id"), QObject *parent = nullptr);

    /// Shows `rows`: rows whose id is already shown are updated in place, new ones appended, missing ones
    /// removed.
    void setRows(const QList<QJsonObject> &rows);
    /// The objects of a JSON array (the `heartbeats` of `GET /heartbeats`).
    static QList<QJsonObject> objects(const QJsonArray &array);

    QJsonObject row(int row) const { return m_rows.value(row); }
    /// The row of `id`, or -1.
    int rowOf(const QString &id) const;
    QString idOf(int row) const;

    /// A column of an API time field (`createTime`...): shown per TimeFormat::local(), the exact UTC wire time as
    /// tooltip, sorted by time; empty when the field is null.
    static Column timeColumn(const QString &title, const QString &key);

    /// A field as text, the default display: strings as they are, numbers without trailing zeros, booleans as
    /// yes/no, arrays joined by ", ", objects as compact JSON, null/missing as empty.
    static QString text(const QJsonValue &value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Column> m_columns;
    QString m_idKey;
    QList<QJsonObject> m_rows;
};
