// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QJsonObject>

class AlertBackend;
class QLabel;
class QMessageBox;
class QPushButton;
class QSpinBox;

/// Runs the server's housekeeping once, now (spec §6), as `alerta housekeeping --expired H --info H` does: deletes
/// old closed, expired and informational alerts, expires alerts past their timeout and ends shelves and acks past
/// theirs. Asks for confirmation first (deletions cannot be undone) and shows what the run changed. The Run button
/// is disabled, with the reason, for a session without `admin:management`.
class HousekeepingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HousekeepingDialog)

public:
    explicit HousekeepingDialog(AlertBackend &backend, QWidget *parent = nullptr);
    ~HousekeepingDialog() override;

    /// The default thresholds of the CLI and the server, in hours.
    static constexpr int DefaultExpiredHours = 2;
    static constexpr int DefaultInfoHours = 12;

    /// The confirmation being shown (window-modal, opened by Run), or null.
    QMessageBox *confirmation() const { return m_confirmation; }

public Q_SLOTS:
    /// Asks for confirmation; the run starts once the user accepts.
    void requestRun();

Q_SIGNALS:
    /// The server answered a run: `result` is its answer (spec §6 step 7, with `deleted` on this project's server).
    void finished(const QJsonObject &result);
    /// The run failed: the server's message.
    void failed(const QString &message);

private:
    void showAccess();
    void run();
    void showResult(const QJsonObject &result);
    void showError(const QString &message);
    void setBusy(bool busy);

    AlertBackend &m_backend;
    QSpinBox *m_expiredHours = nullptr;
    QSpinBox *m_infoHours = nullptr;
    QPushButton *m_runButton = nullptr;
    QLabel *m_accessLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QWidget *m_resultBox = nullptr;
    QLabel *m_expiredLabel = nullptr;
    QLabel *m_unshelvedLabel = nullptr;
    QLabel *m_unackedLabel = nullptr;
    QLabel *m_deletedLabel = nullptr;
    QMessageBox *m_confirmation = nullptr;
    bool m_busy = false;
};
