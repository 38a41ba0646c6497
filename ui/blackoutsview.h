// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QTimer>
#include <QWidget>

#include <chrono>

class AlertBackend;
class BlackoutDialog;
class JsonTableModel;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

/// The server's blackouts (maintenance windows, spec §4.6): what they suppress, when, for how long still, who made
/// them and why; filtered by status on the server (active, pending, expired). Refreshes every 10 s while visible and
/// on F5. New blackouts through BlackoutDialog, deletion after a confirmation (a window-modal QMessageBox named
/// blackoutsConfirmDelete, opened with open()).
///
/// Object names: blackoutsTable, blackoutsStatusFilter, blackoutsErrorLabel, blackoutsMessageLabel,
/// blackoutsNewButton, blackoutsDeleteButton, blackoutsRefreshButton.
class BlackoutsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlackoutsView)

public:
    /// `backend` must outlive the view.
    explicit BlackoutsView(AlertBackend &backend, QWidget *parent = nullptr);
    ~BlackoutsView() override;

    /// Time between refreshes while the view is visible (10 s).
    void setRefreshInterval(std::chrono::milliseconds interval);

public Q_SLOTS:
    /// Fetches the list now; a failure is shown above the table and the rows shown stay.
    void refresh();
    /// Opens a BlackoutDialog (window-modal, not blocking); the list refreshes once it created a blackout.
    BlackoutDialog *newBlackout();
    /// The same, with the fields of `alert` filled in: a blackout like this alert.
    BlackoutDialog *newBlackoutLike(const QJsonObject &alert);
    /// Asks to delete the selected blackouts.
    void deleteSelected();

Q_SIGNALS:
    /// A refresh finished (`ok` false: it failed and the view says why).
    void refreshed(bool ok);
    /// Deleting finished; the message label says what happened.
    void actionFinished();

    // QWidget
protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showList(const QList<QJsonObject> &blackouts);
    void updateForSession();
    void updateActions();
    QStringList selectedIds() const;
    void removeBlackouts(const QStringList &ids);

    AlertBackend &m_backend;
    JsonTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QTimer m_timer;
    bool m_loading = false;
    bool m_refreshAgain = false; ///< a refresh was asked for while one was under way (e.g. the filter changed)
    bool m_sized = false;
    int m_customerColumn = -1;
};
