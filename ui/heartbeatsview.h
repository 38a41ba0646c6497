// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QTimer>
#include <QWidget>

#include <chrono>

class AlertBackend;
class JsonTableModel;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

/// The server's heartbeats (spec §7.1): who last sent one, how late, and whether it is ok, slow or expired, with
/// counts per status. Refreshes every 10 s while visible and on F5. Deletes heartbeats of hosts that are gone and
/// raises the alerts `alerta heartbeats --alert` would (spec §7.2), for a site without that cron job.
///
/// Confirmations and the severity choice are window-modal dialogs opened with open() (object names
/// heartbeatsConfirmDelete, raiseHeartbeatAlertsDialog with heartbeatSeverityCombo), so nothing blocks.
/// Other object names: heartbeatsTable, heartbeatsCountsLabel, heartbeatsErrorLabel, heartbeatsMessageLabel,
/// heartbeatsRefreshButton, heartbeatsDeleteButton, heartbeatsRaiseButton.
class HeartbeatsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeartbeatsView)

public:
    /// `backend` must outlive the view.
    explicit HeartbeatsView(AlertBackend &backend, QWidget *parent = nullptr);
    ~HeartbeatsView() override;

    /// Time between refreshes while the view is visible (10 s).
    void setRefreshInterval(std::chrono::milliseconds interval);

public Q_SLOTS:
    /// Fetches the list now; a failure is shown above the table and the rows shown stay.
    void refresh();
    /// Asks to delete the selected heartbeats.
    void deleteSelected();
    /// Asks for the severity, then sends the alert of every heartbeat.
    void raiseAlerts();

Q_SIGNALS:
    /// A refresh finished (`ok` false: it failed and errorText() in the view says why).
    void refreshed(bool ok);
    /// Deleting or raising alerts finished; the message label says what happened.
    void actionFinished();

    // QWidget
protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showList(const QList<QJsonObject> &heartbeats);
    void showError(const QString &message);
    void updateForSession();
    void updateActions();
    QStringList selectedIds() const;
    void removeHeartbeats(const QStringList &ids);
    void sendAlerts(const QString &severity);

    AlertBackend &m_backend;
    JsonTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_raiseButton = nullptr;
    QTimer m_timer;
    bool m_loading = false;
    bool m_refreshAgain = false; ///< a refresh was asked for while one was under way
    int m_customerColumn = -1;
};
