// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/metricshistory.h"

#include <QDialog>
#include <QJsonObject>
#include <QTimer>

#include <chrono>
#include <optional>

class AlertBackend;
class JsonTableModel;
class MetricsChart;
class QGroupBox;
class QLabel;
class QMessageBox;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
struct ApiError;

/// Help > About: the console (version, Qt, build, connection) and the server it shows, as the web UI's About page
/// (spec §8): the manifest, the health check, and every metric of `/management/status` with charts of the alert
/// receive rate and processing time since the dialog opened. Refreshes every 5 s while shown; a failed refresh keeps
/// the last values and says how old they are. A session without `read:management` sees only the console part and
/// a note saying why. With `admin:management`, a switch of the table (`auto-refresh-allow`, `sender-api-allow`) is
/// turned ON or OFF with the button below it, as at the server's `/management/switchboard` (OFF after a
/// confirmation: while `sender-api-allow` is OFF, the server refuses alerts from senders).
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    static constexpr std::chrono::milliseconds DefaultRefreshInterval = std::chrono::seconds(5);

    explicit AboutDialog(AlertBackend &backend, QWidget *parent = nullptr);
    ~AboutDialog() override;

    /// Time between refreshes of the status and the health check (tests shorten it).
    void setRefreshInterval(std::chrono::milliseconds interval);
    /// The series the charts show.
    const MetricsHistory &history() const { return m_history; }

public Q_SLOTS:
    /// Asks the server again now (the manifest too, until it answered once).
    void refresh();

Q_SIGNALS:
    /// A `/management/status` answer was shown.
    void statusRefreshed();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QGroupBox *createConsoleGroup();
    QGroupBox *createServerGroup();
    QWidget *createMetricsPart();
    void showAccess();
    void showBackend();
    void fetchManifest();
    void fetchHealth();
    void fetchStatus();
    void showStatus(const QJsonObject &status);
    void showStatusError(const ApiError &error);
    void showCharts();
    /// A switch of the metrics table, as its row reads.
    struct SwitchRow
    {
        QString name;  ///< `sender-api-allow`
        QString title; ///< `API alert submission`
        bool on = true;
    };
    /// The switch of the selected row; nothing when the row is not a switch.
    std::optional<SwitchRow> selectedSwitch() const;
    void showSwitchButton();
    void requestSwitchFlip();
    void flipSwitch(const QString &name, bool on);

    AlertBackend &m_backend;
    QTimer m_timer;
    MetricsHistory m_history;
    JsonTableModel *m_metrics = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;

    QLabel *m_backendLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    QGroupBox *m_serverGroup = nullptr;
    QWidget *m_metricsPart = nullptr;
    QLabel *m_noAccessLabel = nullptr;
    QLabel *m_releaseLabel = nullptr;
    QLabel *m_buildLabel = nullptr;
    QLabel *m_dateLabel = nullptr;
    QLabel *m_revisionLabel = nullptr;
    QLabel *m_healthLabel = nullptr;
    QLabel *m_versionLabel = nullptr;
    QLabel *m_timeLabel = nullptr;
    QLabel *m_uptimeLabel = nullptr;
    QLabel *m_updateLabel = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_switchButton = nullptr;
    QMessageBox *m_switchConfirmation = nullptr;
    bool m_switchBusy = false;
    MetricsChart *m_receiveRateChart = nullptr;
    MetricsChart *m_receiveTimeChart = nullptr;
    MetricsChart *m_queryRateChart = nullptr;

    bool m_manifestKnown = false;
    bool m_manifestBusy = false;
    bool m_healthBusy = false;
    bool m_statusBusy = false;
    bool m_statusAgain = false; ///< asked for while a fetch was running: its answer may predate a change
    qint64 m_statusShownAt = 0; ///< local ms of the last status answer shown; 0 before the first
};
