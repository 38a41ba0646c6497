// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/client/apicall.h"
#include "models/jsontablemodel.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QWidget>

class AlertBackend;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

/// One tab of the AdministrationDialog: a server list (API keys, users, customers, permissions) as a sortable
/// table with Refresh, New…, Edit… and Delete. Subclasses say which list to fetch, which scopes reading and
/// changing it need, how to open the editor and how to delete a row; the page does the rest: it greys out what
/// the session may not do (with a label naming the missing scope), shows the server's error messages, asks before
/// deleting, and keeps the selection through refreshes.
///
/// Object names: table, refreshButton, newButton, editButton, deleteButton, messageLabel (server errors),
/// scopeLabel (what the session may not do); the delete confirmation box: deleteConfirmation.
class AdministrationPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdministrationPage)

public:
    /// What a page needs to know about its resource.
    struct Resource
    {
        QString listPath;    ///< `/keys`
        QString listKey;     ///< `keys`: the array in the answer
        QString readScope;   ///< reading the list
        QString writeScope;  ///< New… and Edit…
        QString deleteScope; ///< Delete
        QString idKey = QStringLiteral("id");
    };

    /// Reloads the list from the server (F5 in the dialog).
    void refresh();
    /// Re-evaluates what the session may do (after sessionChanged()).
    virtual void applySession();

    QTableView *table() const { return m_table; }
    JsonTableModel *model() const { return m_model; }
    /// The object of the selected row; empty when none.
    QJsonObject selectedRow() const;
    /// Selects the row with `id` (tests, and after an edit); false when it is not shown.
    bool selectRow(const QString &id);

Q_SIGNALS:
    /// The list was (re)loaded from the server.
    void refreshed();

protected:
    AdministrationPage(AlertBackend &backend,
                       Resource resource,
                       QList<JsonTableModel::Column> columns,
                       QWidget *parent = nullptr);

    AlertBackend &backend() const { return m_backend; }
    QPushButton *deleteButton() const { return m_deleteButton; }
    /// The query of the list request; all rows at once by default (these lists are short).
    virtual QList<QPair<QString, QString>> listQuery() const;
    /// Opens the editor for a new row (`row` empty) or for `row`. Call editorSaved() when the editor saved.
    virtual void openEditor(const QJsonObject &row) = 0;
    /// The question asked before deleting `row`, naming it.
    virtual QString deleteQuestion(const QJsonObject &row) const = 0;
    /// The request that deletes `row`.
    virtual ApiCall deleteCall(const QJsonObject &row) const = 0;
    /// False for rows that cannot be changed (built-in permissions).
    virtual bool isEditable(const QJsonObject &row) const;
    /// Called with the rows of each refresh before they are shown, e.g. to mark some of them.
    virtual QList<QJsonObject> prepareRows(QList<QJsonObject> rows) const { return rows; }

    /// Refreshes and selects `id` once the list is back.
    void editorSaved(const QString &id);
    /// Shows a server error (or clears the message with an empty string).
    void showMessage(const QString &message);

private:
    void updateButtons();
    void sizeColumns();
    void confirmDelete();

    AlertBackend &m_backend;
    Resource m_resource;
    JsonTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QLabel *m_messageLabel = nullptr;
    QLabel *m_scopeLabel = nullptr;
    QString m_selectAfterRefresh;
    int m_refreshGeneration = 0;
    bool m_sizedColumns = false;
};
