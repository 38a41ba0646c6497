// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPair>
#include <QSortFilterProxyModel>
#include <QString>

class AlertTableModel;

/// Sorts and filters an AlertTableModel for the alert view: the environment tab (client-side, so switching tabs
/// costs no round trip) and a multi-column sort (e.g. severity, then last receive time newest first).
///
/// sort(column, order) as a view calls it makes `column` the primary key and keeps the previous keys after it
/// (up to four), so clicking headers in turn builds a multi-column sort; setSortKeys() sets the whole list.
/// Comparisons go to AlertTableModel::compareRows, never through QVariant. Must be given an AlertTableModel.
///
/// Under the hood QSortFilterProxyModel sorts ascending on the primary column (sortColumn() is the primary key,
/// sortOrder() always Ascending) and lessThan() applies each key's own direction, so mixed directions work; ties
/// after the last key keep source order. dynamicSortFilter stays on: live updates keep the order.
///
/// The view's sort indicator is the view's business. With QTableView::setSortingEnabled(true), a header click
/// calls sort(), and the indicator already shows the primary key. After setSortKeys() from code (restoring
/// settings), the view shows it with `header->setSortIndicator(keys.first().first, keys.first().second)` — which
/// calls sort() with the primary key again, a no-op — or `setSortIndicator(-1, Qt::AscendingOrder)` for no keys.
/// Enable sorting on the view before that: setSortingEnabled(true) itself calls sort() with the indicator's
/// section.
///
/// A large live batch of the source (16 changes or more, AlertTableModel::changesAboutToBeApplied) reaches views as
/// one layout change plus one dataChanged over everything, not as one layout change, insertion or removal per row:
/// at 100,000 rows a QTableView spends about 0.1 ms on each (its vertical QHeaderView walks all its sections), a
/// third of the cost of a 50-change batch (bench-alerttable: GUI-thread CPU per batch 14.4 -> 9.4 ms, median).
/// Persistent indexes — selection, current row — follow the rows as always; a current row that leaves is simply
/// gone rather than moved to its neighbour. Small batches keep the fine-grained signals.
class AlertSortFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertSortFilterProxyModel)

public:
    using SortKey = QPair<int, Qt::SortOrder>; ///< source column and direction

    explicit AlertSortFilterProxyModel(QObject *parent = nullptr);
    ~AlertSortFilterProxyModel() override;

    /// Shows only alerts of `environment`; empty = all.
    void setEnvironment(const QString &environment);
    QString environment() const;

    /// The whole sort, primary key first. Empty = source order. A column listed twice counts once (the first);
    /// negative columns are dropped. Setting the current keys again does nothing.
    void setSortKeys(const QList<SortKey> &keys);
    QList<SortKey> sortKeys() const;

    // QSortFilterProxyModel
    /// Makes (`column`, `order`) the primary key, drops an older key on the same column and keeps at most four
    /// keys; `column` < 0 clears the keys (source order).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void setSourceModel(QAbstractItemModel *sourceModel) override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void beginBatch(int count);
    void endBatch();

    AlertTableModel *m_source = nullptr;
    QString m_environment;
    QList<SortKey> m_keys;
    QList<QMetaObject::Connection> m_sourceConnections;
    bool m_coalescing = false; ///< inside a large batch of the source: own signals blocked
};
