// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QStringList>
#include <QTableView>
#include <QTimer>
#include <QVariantMap>

class AlertItemDelegate;
class AlertSortFilterProxyModel;
class AlertTableModel;
class QLabel;
class QMenu;

/// The alert table: an AlertTableModel behind an AlertSortFilterProxyModel, with the console's conventions.
///
/// - Rows are alerts, selected whole; headers sort (clicking headers in turn builds a multi-key sort) and move;
///   the header's context menu chooses columns, adds attribute columns and resets the layout.
/// - Live updates highlight the rows they touch (AlertItemDelegate). The viewport repaints every 100 ms only
///   while a highlight fades, and every second while the Age or Timeout Left column is shown — never through
///   model signals.
/// - The selection and current row survive resyncs (a model reset): they are restored by alert id.
/// - An empty-state text sits over the viewport when no row is shown.
///
/// Object names: alertTable, emptyStateLabel; column menu entries columnAction_<key>, addAttributeColumnAction,
/// removeAttributeColumnAction, resetColumnsAction; the attribute prompt attributeColumnDialog.
class AlertTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertTableView)

public:
    AlertTableView(AlertTableModel *model, AlertSortFilterProxyModel *proxy, QWidget *parent = nullptr);
    ~AlertTableView() override;

    /// The ids of the selected rows, in view order.
    QStringList selectedAlertIds() const;
    /// The id of the current row, or empty.
    QString currentAlertId() const;
    /// The selected rows as tab-separated text of the shown columns in their shown order, one line per row.
    QString selectedRowsAsText() const;

    /// What the empty table says (no alert matches, loading, not connected).
    void setEmptyText(const QString &text);

    /// Call after every live update (AlertTableModel::applyChanges): starts the highlight repaints.
    void noteLiveUpdate();

    /// Header state (order, sizes, hidden columns), attribute columns and sort keys by column key, for the
    /// window's saved view.
    QVariantMap columnState() const;
    void restoreColumnState(const QVariantMap &state);
    /// The default columns in the web UI's order, default widths, no attribute columns, sorted by severity then
    /// newest.
    void resetColumns();
    /// Adds a column for attribute `key` (`attributes.` prefix optional) after the shown ones.
    void addAttributeColumn(const QString &key);
    void removeAttributeColumn(const QString &key);
    /// Asks for an attribute key (non-blocking dialog) and adds its column.
    void promptAttributeColumn();
    /// Fills `menu` with the column chooser: a checkable entry per column, then add/remove/reset. `section` is
    /// the logical column the menu was opened on (for "Remove column"), or −1.
    void fillColumnMenu(QMenu *menu, int section = -1);

Q_SIGNALS:
    /// The current row shows another alert (or none: empty id), including after a resync.
    void currentAlertChanged(const QString &id);
    /// The number of selected rows changed.
    void selectionCountChanged(int count);

private:
    void applyDefaultWidths();
    void setAttributeColumnsKeepingLayout(const QStringList &keys);
    void rememberSelection();
    void restoreSelection();
    void updateEmptyState();
    void repaintHighlights();
    void repaintClockColumns();

    AlertTableModel *m_model;
    AlertSortFilterProxyModel *m_proxy;
    AlertItemDelegate *m_delegate;
    QLabel *m_emptyStateLabel;
    QTimer m_highlightTimer;
    QTimer m_clockTimer;
    QElapsedTimer m_sinceLastUpdate;
    QStringList m_savedSelection; ///< ids selected before a model reset
    QString m_savedCurrent;       ///< id of the current row before a model reset
    QString m_lastCurrent;        ///< last id announced by currentAlertChanged
};
