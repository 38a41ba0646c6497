// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alert.h"
#include "core/client/serveralarmmodel.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

/// The console's live alert list: one row per alert id, fed by a backend's changes (AlertBackend::alertsReset and
/// alertsChanged).
///
/// Updates are incremental and never a model reset after the first load: removed alerts leave with
/// beginRemoveRows per run of rows, changed rows get one dataChanged per run of adjacent rows, new alerts are
/// appended with one beginInsertRows per batch. Views therefore keep their selection, current row and scroll
/// position across every update. Rows stay where they were first put; sort through AlertSortFilterProxyModel.
///
/// Columns: the built-in ones of the Column enum (upstream's column names, plus Age and TimeoutLeft), then one per
/// key of setAttributeColumns() (custom attributes, `attributes.<key>`). Age and TimeoutLeft are computed from the
/// clock when read, so they need no signals: the view only repaints.
class AlertTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertTableModel)

public:
    enum class Column {
        Severity,
        Status,
        TrendIndication, ///< an arrow (more / less severe / no change)
        LastReceiveTime,
        Age, ///< now − createTime
        DuplicateCount,
        Environment,
        Service,
        Resource,
        Event,
        Group,
        Value,
        Text,
        Tags,
        Attributes, ///< all attributes as `k=v, ...`
        Origin,
        Type,
        Customer,
        Correlate,
        CreateTime,
        ReceiveTime,
        UpdateTime,
        Timeout,     ///< seconds
        TimeoutLeft, ///< lastReceiveTime + timeout − now; empty for timeout 0 / none
        Repeat,
        PreviousSeverity,
        LastReceiveId,
        Id,
        Count ///< sentinel: the number of built-in columns; attribute columns follow
    };
    Q_ENUM(Column)

    /// Unscoped on purpose: roles travel as int through every QAbstractItemModel API.
    enum Role {
        /// What proxies sort on, never the display string: severity level (lower = more severe; unknown severities
        /// last), status letter order (open first, spec §2.3), times in ms since the epoch, counts and seconds as
        /// qint64, lists joined with ", ", attribute values as their JSON text.
        /// Also: TrendIndication as 0 more severe, 1 no change, 2 less severe, 3 other; PreviousSeverity as its level;
        /// Age and TimeoutLeft as ms at the time of the call (null without a timeout); Repeat as bool.
        RawValueRole = Qt::UserRole + 1,
        AlertIdRole,     ///< the row's alert id, in every column
        SeverityRole,    ///< the row's severity name, in every column
        StatusRole,      ///< the row's status name, in every column
        EnvironmentRole, ///< the row's environment, in every column
        /// ms since the row was inserted or last changed by a live update, or -1 when that is longer ago than
        /// highlightDuration() (rows of a reset are not highlighted). Delegates fade a highlight with it.
        ChangedAgoRole,
    };
    Q_ENUM(Role)

    explicit AlertTableModel(QObject *parent = nullptr);
    ~AlertTableModel() override;

    /// Severity order and colours (BackgroundRole/ForegroundRole of the Severity and Status cells). Default: the
    /// ALERTA model.
    void setAlarmModel(const ServerAlarmModel &model);
    const ServerAlarmModel &alarmModel() const;

    /// Attribute keys shown as extra columns after the built-in ones, in this order.
    void setAttributeColumns(const QStringList &keys);
    QStringList attributeColumns() const;

    /// A column's stable name for settings and the column chooser: upstream's name (`severity`, `lastReceiveTime`,
    /// `duplicateCount`, `age`, `timeoutLeft`) or `attributes.<key>`; empty when out of range.
    QString columnKey(int column) const;
    /// The column for a key of columnKey(), or -1.
    int columnForKey(const QString &key) const;

    /// Replaces every row (model reset): the first load and resyncs.
    void resetAlerts(const QList<Alert> &alerts);
    /// Applies a live update: each of `upserted` replaces the row of its id or is appended; then the rows of
    /// `removedIds` go (unknown ids are ignored). Changed and new rows are highlighted.
    /// An upserted alert equal to its row is no change: no signal, no highlight. Of an id listed twice in
    /// `upserted` the later version counts.
    void applyChanges(const QList<Alert> &upserted, const QStringList &removedIds);

    /// The alert shown in `row` (0 <= row < rowCount()).
    const Alert &alertAt(int row) const;
    /// The row showing alert `id`, or -1.
    int rowOf(const QString &id) const;

    /// Number of rows per environment, kept up to date by every update (the environment tabs' counts).
    const QHash<QString, int> &environmentCounts() const;
    /// The customers of the alerts shown, sorted (walks every row: for occasional use, such as a selector).
    QStringList customers() const;

    /// How long a changed row stays highlighted (ChangedAgoRole). Default 3000 ms.
    void setHighlightDuration(int ms);
    int highlightDuration() const;
    /// Clock for Age, TimeoutLeft and highlights, in ms since the epoch; default the system clock. For tests.
    void setClock(std::function<qint64()> nowMs);

    /// Three-way comparison of two rows on `column`'s raw value (<0, 0, >0), without QVariant: what the sort proxy
    /// calls for every comparison so that sorting 100,000 rows stays fast.
    /// Strings compare case-insensitively (not locale-aware: too slow for 100,000-row sorts). Age compares by
    /// createTime (newest = youngest first) and TimeoutLeft by deadline (rows without a timeout last), so an order
    /// never drifts as the clock moves. Ties return 0; the proxy breaks them. Out-of-range columns compare equal.
    int compareRows(int leftRow, int rightRow, int column) const;

    // QAbstractItemModel
    /// As QAbstractTableModel's, without its two virtual calls: a sort asks for two indexes per comparison.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    /// environmentCounts() changed (not emitted when an update leaves every count as it was).
    void environmentCountsChanged();
    /// Around the row signals of every applyChanges() with a non-empty batch; `count` is the number of upserted
    /// alerts and removed ids it was given. AlertSortFilterProxyModel turns a large batch into one layout change.
    void changesAboutToBeApplied(int count);
    void changesApplied();

private:
    struct Row;
    struct Private;

    // The three steps of applyChanges(), in the order its contract gives.
    QList<Alert> replaceKnownRows(const QList<Alert> &upserted, qint64 now);
    void appendRows(const QList<Alert> &alerts, qint64 now);
    void removeRowsOf(const QStringList &ids);

    std::unique_ptr<Private> d;
};
