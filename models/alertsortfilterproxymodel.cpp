// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "models/alertsortfilterproxymodel.h"

#include <algorithm>

#include "models/alerttablemodel.h"

namespace {

/// Enough for "severity, then newest first" plus a couple of tie breakers; every key costs each comparison.
constexpr qsizetype maxSortKeys = 4;

/// From this many changes in one source batch on, views get one layout change instead of a signal per row.
constexpr int coalesceFrom = 16;

} // namespace

AlertSortFilterProxyModel::AlertSortFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // lessThan() never reads roles, but generic code (and QSortFilterProxyModel's own fallback without an
    // AlertTableModel) must sort on raw values, not display strings.
    setSortRole(AlertTableModel::RawValueRole);
}

AlertSortFilterProxyModel::~AlertSortFilterProxyModel() = default;

void AlertSortFilterProxyModel::setEnvironment(const QString &environment)
{
    if (environment == m_environment)
        return;
    m_environment = environment;
    // invalidate(), not invalidateRowsFilter(): the latter removes and inserts the changed rows interval by interval,
    // rebuilding its whole mapping and signalling the view for each. With 100,000 rows in 20 environments
    // (bench-alerttable) a tab switch took 620 ms (all -> one) and 390 ms (one -> all) that way, 10 and 35 ms with
    // invalidate(), which refilters and resorts once (a layout change) and keeps the persistent indexes (selection,
    // current row) of rows that stay visible.
    invalidate();
}

QString AlertSortFilterProxyModel::environment() const
{
    return m_environment;
}

void AlertSortFilterProxyModel::setSortKeys(const QList<SortKey> &keys)
{
    // A column counts once (its first key decides, later ones never could); negative columns mean nothing.
    QList<SortKey> cleaned;
    for (const SortKey &key : keys) {
        const bool seen =
            std::any_of(cleaned.cbegin(), cleaned.cend(), [&key](const SortKey &k) { return k.first == key.first; });
        if (key.first >= 0 && !seen)
            cleaned.append(key);
    }
    if (cleaned == m_keys)
        return;
    m_keys = cleaned;

    if (m_keys.isEmpty()) {
        QSortFilterProxyModel::sort(-1, Qt::AscendingOrder);
        return;
    }
    // The base class sorts ascending on the primary column; lessThan() applies every key's own direction.
    const int primary = m_keys.constFirst().first;
    if (sortColumn() == primary && sortOrder() == Qt::AscendingOrder)
        invalidate(); // QSortFilterProxyModel::sort() returns early for an unchanged column, but later keys changed
    else
        QSortFilterProxyModel::sort(primary, Qt::AscendingOrder);
}

QList<AlertSortFilterProxyModel::SortKey> AlertSortFilterProxyModel::sortKeys() const
{
    return m_keys;
}

void AlertSortFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0) {
        setSortKeys({});
        return;
    }
    QList<SortKey> keys = m_keys;
    keys.removeIf([column](const SortKey &key) { return key.first == column; });
    keys.prepend({column, order});
    if (keys.size() > maxSortKeys)
        keys.resize(maxSortKeys);
    setSortKeys(keys);
}

void AlertSortFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    auto *alerts = qobject_cast<AlertTableModel *>(sourceModel);
    Q_ASSERT_X(alerts || !sourceModel, "AlertSortFilterProxyModel", "the source model must be an AlertTableModel");
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    // Before the base call, which already filters and sorts through lessThan() and filterAcceptsRow().
    m_source = alerts;
    if (alerts) {
        m_sourceConnections = {
            connect(alerts, &QObject::destroyed, this, [this] { m_source = nullptr; }),
            connect(alerts, &AlertTableModel::changesAboutToBeApplied, this, &AlertSortFilterProxyModel::beginBatch),
            connect(alerts, &AlertTableModel::changesApplied, this, &AlertSortFilterProxyModel::endBatch),
        };
    }
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void AlertSortFilterProxyModel::beginBatch(int count)
{
    if (count < coalesceFrom || m_coalescing)
        return;
    // QSortFilterProxyModel still updates its mapping and the persistent indexes row by row (those are not
    // signals); only the signals are held back and replaced by one layout change around the whole batch, as
    // QSortFilterProxyModel::invalidate() does.
    Q_EMIT layoutAboutToBeChanged();
    m_coalescing = true;
    blockSignals(true);
}

void AlertSortFilterProxyModel::endBatch()
{
    if (!m_coalescing)
        return;
    blockSignals(false);
    m_coalescing = false;
    Q_EMIT layoutChanged();
    // For whoever watches data rather than layout (a details pane on the current alert).
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

bool AlertSortFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_source)
        return QSortFilterProxyModel::lessThan(left, right);
    const int leftRow = left.row();
    const int rightRow = right.row();
    for (const SortKey &key : m_keys) {
        const int result = m_source->compareRows(leftRow, rightRow, key.first);
        if (result != 0)
            return key.second == Qt::AscendingOrder ? result < 0 : result > 0;
    }
    // Ties in source order: rows with equal keys keep their relative order across live updates and re-sorts.
    return leftRow < rightRow;
}

bool AlertSortFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent)
    // Called for every row on each refilter: compare the string in place, no QVariant.
    return m_environment.isEmpty() || !m_source || m_source->alertAt(sourceRow).environment == m_environment;
}
