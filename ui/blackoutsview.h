// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/resourcepage.h"

class BlackoutDialog;
class QComboBox;

/// The server's blackouts (maintenance windows, spec §4.6): what they suppress, when, for how long still, who made
/// them and why; filtered by status on the server (active, pending, expired). Refreshes every 10 s while visible and
/// on F5. New blackouts through BlackoutDialog (window-modal, opened with open()).
///
/// The list, refresh, errors, scopes and deleting are ResourcePage's (object names with the prefix "blackouts":
/// blackoutsTable, blackoutsErrorLabel, blackoutsMessageLabel, blackoutsNewButton, blackoutsDeleteButton,
/// blackoutsRefreshButton, the confirmation blackoutsDeleteConfirmation). Its own: blackoutsStatusFilter.
class BlackoutsView final : public ResourcePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlackoutsView)

public:
    /// `backend` must outlive the view.
    explicit BlackoutsView(AlertBackend &backend, QWidget *parent = nullptr);
    ~BlackoutsView() override;

public Q_SLOTS:
    /// Opens a BlackoutDialog (window-modal, not blocking); the list refreshes once it created a blackout.
    BlackoutDialog *newBlackout();
    /// The same, with the fields of `alert` filled in: a blackout like this alert.
    BlackoutDialog *newBlackoutLike(const QJsonObject &alert);

protected:
    // ResourcePage
    QList<QPair<QString, QString>> listQuery() const override;
    void openEditor(const QJsonObject &row) override;
    Confirmation deleteConfirmation(const QList<QJsonObject> &rows) const override;
    QString deletedText(int count) const override;

private:
    QComboBox *m_statusFilter = nullptr;
};
