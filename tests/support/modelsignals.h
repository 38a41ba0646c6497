// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/alerttablemodel.h"

#include <QAbstractItemModel>
#include <QStringList>

/// What the model and proxy tests compare: signal sequences and row orders as short strings (STYLE §6).
namespace ModelSignals {

constexpr int col(AlertTableModel::Column column)
{
    return static_cast<int>(column);
}

/// The alert ids of the model's rows, in row order, as "a,b,c".
inline QString rowIds(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(AlertTableModel::AlertIdRole).toString());
    return ids.join(u',');
}

/// Records a model's structural, layout and data signals in order, as "change 2-4; insert 10-11; remove 3-3;
/// layout; reset". dataChanged over fewer than all columns is marked (" columns 3-5"), since the models promise
/// all of them.
class Recorder : public QObject
{
public:
    explicit Recorder(QAbstractItemModel *model)
    {
        connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
            m_events.append(QStringLiteral("insert %1-%2").arg(first).arg(last));
        });
        connect(model, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &, int first, int last) {
            m_events.append(QStringLiteral("remove %1-%2").arg(first).arg(last));
        });
        connect(model,
                &QAbstractItemModel::dataChanged,
                this,
                [this, model](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    QString event = QStringLiteral("change %1-%2").arg(topLeft.row()).arg(bottomRight.row());
                    if (topLeft.column() != 0 || bottomRight.column() != model->columnCount() - 1)
                        event += QStringLiteral(" columns %1-%2").arg(topLeft.column()).arg(bottomRight.column());
                    m_events.append(event);
                });
        connect(model, &QAbstractItemModel::modelReset, this, [this] { m_events.append(QStringLiteral("reset")); });
        connect(model, &QAbstractItemModel::layoutChanged, this, [this] { m_events.append(QStringLiteral("layout")); });
    }

    /// The events so far; clears them.
    QString take()
    {
        const QString events = m_events.join(QStringLiteral("; "));
        m_events.clear();
        return events;
    }

private:
    QStringList m_events;
};

} // namespace ModelSignals
