// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/resourcepage.h"

class QLabel;

/// The server's heartbeats (spec §7.1): who last sent one, how late, and whether it is ok, slow or expired, with
/// counts per status. Refreshes every 10 s while visible and on F5. Deletes heartbeats of hosts that are gone and
/// raises the alerts `alerta heartbeats --alert` would (spec §7.2), for a site without that cron job.
///
/// The list, refresh, errors, scopes and deleting are ResourcePage's (object names with the prefix "heartbeats":
/// heartbeatsTable, heartbeatsErrorLabel, heartbeatsMessageLabel, heartbeatsRefreshButton, heartbeatsDeleteButton,
/// the confirmation heartbeatsDeleteConfirmation). Its own: heartbeatsCountsLabel, heartbeatsRaiseButton, and the
/// window-modal severity choice raiseHeartbeatAlertsDialog with heartbeatSeverityCombo, opened with open().
class HeartbeatsView final : public ResourcePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeartbeatsView)

public:
    /// `backend` must outlive the view.
    explicit HeartbeatsView(AlertBackend &backend, QWidget *parent = nullptr);
    ~HeartbeatsView() override;

public Q_SLOTS:
    /// Asks for the severity, then sends the alert of every heartbeat.
    void raiseAlerts();

protected:
    // ResourcePage
    QList<QPair<QString, QString>> listQuery() const override;
    void rowsChanged() override;
    void updateActions() override;
    Confirmation deleteConfirmation(const QList<QJsonObject> &rows) const override;
    QString deletedText(int count) const override;

private:
    void sendAlerts(const QString &severity);
    void finishAction(const QString &message);

    QLabel *m_countsLabel = nullptr;
    QPushButton *m_raiseButton = nullptr;
};
