// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/client/apicall.h"
#include "models/jsontablemodel.h"

#include <QFlags>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <chrono>

class AlertBackend;
class QAction;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

/// A server list (heartbeats, blackouts, API keys, users...) as a sortable table with a toolbar: Refresh (and F5
/// while the focus is in the page), and as the subclass asks New…, Edit… and Delete…. Subclasses say which list to
/// fetch and which scopes reading, changing and deleting need; the page does the rest:
/// - one list request at a time: a refresh asked for meanwhile runs once it is back, and its stale answer is
///   dropped; a failed refresh shows the server's message and keeps the rows shown;
/// - rows are refreshed in place by id, so the selection survives; columns are sized to the first list once;
/// - what the session may not do is greyed out, with a tooltip and a label naming the missing scope, re-evaluated
///   when the session changes; a customer column shows only with customer views;
/// - Delete… asks first (a window-modal QMessageBox opened with open()), deletes the selected rows one request each
///   and says how it went;
/// - with a refresh interval, the list refreshes when the page is shown and then periodically while it is visible.
///
/// Object names (with `namePrefix` "heartbeats": heartbeatsTable, heartbeatsRefreshButton...): table,
/// refreshButton, newButton, editButton, deleteButton, errorLabel (refresh failures), messageLabel (what an action
/// did), scopeLabel (what the session may not do); the delete confirmation: deleteConfirmation.
class ResourcePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourcePage)

public:
    /// The buttons besides Refresh.
    enum class Action { New = 0x1, Edit = 0x2, Delete = 0x4 };
    Q_DECLARE_FLAGS(Actions, Action)

    /// What a page needs to know about its resource, and how it looks.
    struct Resource
    {
        QString listPath = {};    ///< `/keys`
        QString listKey = {};     ///< `keys`: the array in the answer
        QString itemPath = {};    ///< `/key`: deleting a row is DELETE itemPath/id
        QString readScope = {};   ///< reading the list; empty: any session may
        QString writeScope = {};  ///< New… and Edit…
        QString deleteScope = {}; ///< Delete…
        QString idKey = QStringLiteral("id");
        Actions actions = Action::Delete;
        /// Prefixes the object names of the page's widgets (see the class comment); empty: none.
        QString namePrefix = {};
        /// The text of a failed refresh, `%1` the server's message.
        QString refreshFailedText = {};
        /// Hidden unless the session has customer views; -1: none.
        int customerColumn = -1;
        /// The buttons below the table (a tab of a dialog) rather than above it (a window of its own).
        bool toolbarBelow = false;
    };

    /// Where addToolbarWidget() puts a widget: left of the stretch, or right of it before the standard buttons.
    enum class ToolbarSide { Leading, Trailing };

    /// What the delete confirmation says.
    struct Confirmation
    {
        QString title;
        QString text;
        QString informativeText = {};
        QString detailedText = {};
    };

    /// How a status column shows one status: its title, and the alert severity whose colours it gets.
    struct StatusLook
    {
        QString status;
        QString title;         ///< already translated
        QString severity = {}; ///< empty: the server's normal severity
    };

    ~ResourcePage() override;

    /// A column of the `key` status coloured like alerts of the severity of its StatusLook, sorting in the order of
    /// `looks` (the first lowest). The colours follow the server's (`backend` must outlive the column).
    static JsonTableModel::Column statusColumn(AlertBackend &backend,
                                               const QString &title,
                                               const QString &key,
                                               QList<StatusLook> looks);

    /// Time between refreshes while the page is visible; zero (the default) for none: the owner calls refresh().
    void setRefreshInterval(std::chrono::milliseconds interval);
    /// Re-evaluates what the session may do (done on sessionChanged()).
    void applySession();

    QTableView *table() const { return m_table; }
    JsonTableModel *model() const { return m_model; }
    /// F5 while the focus is in the page; a window that has its own F5 for the page takes the shortcut away.
    QAction *refreshAction() const { return m_refreshAction; }
    /// The object of the (first) selected row; empty when none.
    QJsonObject selectedRow() const;
    /// The objects of the selected rows, in the table's order.
    QList<QJsonObject> selectedRows() const;
    /// The ids of the selected rows.
    QStringList selectedIds() const;
    /// Selects the row with `id` (tests, and after an edit); false when it is not shown.
    bool selectRow(const QString &id);

public Q_SLOTS:
    /// Fetches the list now (or once the request under way is back).
    void refresh();
    /// Asks to delete the selected rows, then deletes them.
    void deleteSelected();

Q_SIGNALS:
    /// A refresh finished (`ok` false: it failed and the error label says why).
    void refreshed(bool ok);
    /// An action (deleting, or one of the subclass's) finished; the message label says what happened.
    void actionFinished();

protected:
    ResourcePage(AlertBackend &backend,
                 Resource resource,
                 QList<JsonTableModel::Column> columns,
                 QWidget *parent = nullptr);

    AlertBackend &backend() const { return m_backend; }
    QPushButton *newButton() const { return m_newButton; }
    QPushButton *deleteButton() const { return m_deleteButton; }
    /// Adds a widget of the subclass (a filter, a label, another button) to the toolbar row.
    void addToolbarWidget(QWidget *widget, ToolbarSide side);
    /// The tooltip of the New… or Delete… button while the session may use it.
    void setActionToolTip(Action action, const QString &toolTip);

    /// The query of the list request; one page of 1000 by default (these lists are short).
    virtual QList<QPair<QString, QString>> listQuery() const;
    /// Called with the rows of each refresh before they are shown, e.g. to mark some of them.
    virtual QList<QJsonObject> prepareRows(QList<QJsonObject> rows) const { return rows; }
    /// Called after the rows shown changed.
    virtual void rowsChanged() {}
    /// Enables the subclass's own buttons for the session and selection; called whenever the page's are.
    virtual void updateActions() {}
    /// Opens the editor for a new row (`row` empty) or for `row`. Call editorSaved() when the editor saved.
    virtual void openEditor(const QJsonObject &row);
    /// False for rows that cannot be changed (built-in permissions).
    virtual bool isEditable(const QJsonObject &row) const;
    /// What to ask before deleting `rows` (one unless the table allows selecting several), naming them.
    virtual Confirmation deleteConfirmation(const QList<QJsonObject> &rows) const = 0;
    /// The request that deletes `row`: DELETE itemPath/id.
    virtual ApiCall deleteCall(const QJsonObject &row) const;
    /// What the message label says after deleting `count` rows.
    virtual QString deletedText(int count) const;

    /// Shows `rows` as the list (after prepareRows()), e.g. a list fetched for an action.
    void showRows(const QList<QJsonObject> &rows);
    /// Refreshes and selects `id` once the list is back.
    void editorSaved(const QString &id);
    /// Says what an action did (or clears the message with an empty string).
    void showMessage(const QString &message);
    /// Shows an error of the server (or clears it with an empty string).
    void showError(const QString &message);
    /// "Needs the scope %1": the tooltip of a button the session may not use.
    static QString missingScopeText(const QString &scope);

    // QWidget
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    bool readable() const;
    QString childName(QLatin1StringView name) const;
    void updateButtons();
    void sizeColumns();
    void removeRows(const QList<QJsonObject> &rows);

    AlertBackend &m_backend;
    Resource m_resource;
    JsonTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QHBoxLayout *m_toolbar = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QAction *m_refreshAction = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QLabel *m_scopeLabel = nullptr;
    QString m_newToolTip;
    QString m_deleteToolTip;
    QString m_selectAfterRefresh;
    QTimer m_timer;
    int m_leadingWidgets = 0;
    int m_trailingWidgets = 0;
    bool m_loading = false;
    bool m_refreshAgain = false; ///< a refresh was asked for while one was under way: the answer is stale
    bool m_sizedColumns = false;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ResourcePage::Actions)
