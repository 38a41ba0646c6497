// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alert.h"
#include "core/severitymap.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

/// A flat table of alerts, one row per alert id, for the console's alert list.
///
/// Feed it whole snapshots (the result of a query) with setAlerts(): it diffs them by alert id against what it
/// shows and emits row removals, one dataChanged per run of changed rows and one row insertion, never a reset, so
/// views keep their selection and scroll position across refreshes. Existing rows keep their place and new alerts
/// are appended, so the row order is not the query's order: sort through a QSortFilterProxyModel on RawValueRole.
///
/// Not for paging through history or for alerts arriving one by one from a stream; those get their own models.
class AlertTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertTableModel)

public:
    enum class Column {
        Severity,
        Status,
        LastReceiveTime,
        DuplicateCount,
        Environment,
        Service,
        Resource,
        Event,
        Value,
        Text,
        Count ///< sentinel: the number of columns
    };
    Q_ENUM(Column)

    /// Unscoped on purpose: roles travel as int through every QAbstractItemModel API.
    enum Role {
        /// What proxies sort on, never the display string: severity level (lower = more severe; severities not in
        /// the map sort last), status sort key (open first, spec §2.3), lastReceiveTime in ms since the epoch (UTC),
        /// duplicateCount as int, the text of the other columns (services joined with ", ").
        RawValueRole = Qt::UserRole + 1,
        /// The alert id of the row, in every column.
        AlertIdRole,
    };
    Q_ENUM(Role)

    /// `severities` gives the sort order of the Severity column; pass the engine's map (EngineConfig::severities).
    explicit AlertTableModel(SeverityMap severities, QObject *parent = nullptr);
    explicit AlertTableModel(QObject *parent = nullptr);

    /// Replaces the shown alerts with `alerts` using minimal row operations, keyed by Alert::id: rows of missing
    /// ids are removed, rows whose alert differs get dataChanged, unknown ids are appended. Of repeated ids the
    /// first wins.
    void setAlerts(const QList<Alert> &alerts);

    /// The alert shown in `row` (0 <= row < rowCount()).
    const Alert &alertAt(int row) const { return m_alerts.at(row); }
    /// The row showing alert `id`, or -1.
    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant displayValue(const Alert &alert, Column column) const;
    QVariant rawValue(const Alert &alert, Column column) const;
    void rebuildIndex();

    SeverityMap m_severities;
    QList<Alert> m_alerts;
    QHash<QString, int> m_rowById;
};
