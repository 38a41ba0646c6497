// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMainWindow>

#include <chrono>

class AlertEngine;
class AlertTableModel;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
struct AlertPage;

/// The console's main window: the alert list of one AlertEngine, a status bar with the alert and severity counts,
/// and the File/Help menus.
///
/// It re-queries the engine when it starts and after the engine reports changes, at most once per refresh delay, and
/// hands each snapshot to an AlertTableModel, which updates rows in place so selection and scrolling survive.
/// Widgets a test touches have object names: alertTable, alertSummaryLabel, emptyStateLabel, sendTestAlertAction,
/// quitAction, aboutAction.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// Shows the alerts of `engine`, which must outlive the window.
    explicit MainWindow(AlertEngine &engine, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Time from the first engine change to the refresh it triggers; changes within it share that refresh.
    /// Default 200 ms.
    void setRefreshDelay(std::chrono::milliseconds delay);

    /// Queries the engine now and updates the table and the status bar.
    void refresh();

private:
    void createActions();
    void setUpTable();
    void scheduleRefresh();
    void sendTestAlert();
    void showAbout();
    void updateSummary(const AlertPage &page);
    void updateEmptyState();

    AlertEngine &m_engine;
    AlertTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyStateLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTimer *m_refreshTimer = nullptr;
    int m_testAlertsSent = 0;
};
