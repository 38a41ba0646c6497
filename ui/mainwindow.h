// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/client/alertfilter.h"
#include "ui/theme.h"

#include <QMainWindow>
#include <QPointer>
#include <QVariantMap>

class AlertActions;
class AlertChangeFeed;
class AlertBackend;
class AlertDetailsPane;
class AlertSortFilterProxyModel;
class AlertSummaryLabel;
class AlertTableModel;
class AlertTableView;
class BackendStatusWidget;
class EnvironmentTabBar;
class FilterBar;
class QActionGroup;
class QLabel;
class QMenu;
class QModelIndex;
class QSplitter;

/// The console's main window: the filter bar, the environment tabs, the alert table with the details pane beside
/// it, the status bar, and the menus whose actions carry the keyboard shortcuts. It wires these parts to one
/// AlertBackend and owns no rules of its own.
///
/// The window neither reads nor writes settings: the application saves viewState() and gives it back with
/// restoreViewState(). It also knows nothing of connection profiles: Connection → Manage Connections… only emits
/// manageConnectionsRequested(), and the application calls setBackend() with the backend it chose.
///
/// Object names of what tests touch: alertTable, environmentTabs, filterBar (and its widgets), detailsPane,
/// mainSplitter, connectionStateLabel, dataAgeLabel, alertSummaryLabel, selectionCountLabel, emptyStateLabel;
/// actions sendTestAlertAction, quitAction, copyRowsAction, copyJsonAction, selectAllAction, searchAction,
/// focusTableAction, refreshAction, toggleDetailsAction, fullScreenAction, nextEnvironmentAction,
/// previousEnvironmentAction, themeAction_<key>, manageConnectionsAction, shortcutsAction, aboutAction, and those of
/// AlertActions.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows the alerts of `backend` (not owned; nullptr shows none). The window gives it the filter bar's filter
    /// and starts it; the backend it replaces is stopped and disconnected, and the caller may then delete it.
    /// A backend deleted while shown is let go as if setBackend(nullptr) had been called.
    void setBackend(AlertBackend *backend);
    AlertBackend *backend() const { return m_backend; }

    /// The view to save between sessions: columns (header state, attribute columns, sort keys), filters,
    /// environment tab, splitter, details pane, theme and window geometry.
    QVariantMap viewState() const;
    /// Restores a viewState(); missing parts keep their current state. Applies the theme.
    void restoreViewState(const QVariantMap &state);

    /// The filter "act on everything matching" uses: the backend's filter narrowed to the environment tab.
    AlertFilter matchingFilter() const;

Q_SIGNALS:
    /// Connection → Manage Connections…: the application shows its connection dialog.
    void manageConnectionsRequested();
    /// File → Send Test Alert: the application sends one (the embedded core can).
    void sendTestAlertRequested();
    /// The user picked another theme (the saved key of Theme::key()).
    void themeChanged(const QString &themeKey);

private:
    void createMenus();
    void createStatusBar();
    void connectParts();
    void setTheme(Theme::Mode mode);
    void refresh();
    void copyRows();
    void showShortcutSheet();
    void showAbout();
    void selectEnvironmentTab(int step);
    void updateEmptyText();
    void updateWindowTitle();
    void updateSelectionCount(int count);
    void refreshDetailsIfShownChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    QPointer<AlertBackend> m_backend;
    AlertTableModel *m_model = nullptr;
    AlertChangeFeed *m_feed = nullptr; ///< feeds m_model in time-boxed slices: a storm never freezes the window
    AlertSortFilterProxyModel *m_proxy = nullptr;
    FilterBar *m_filterBar = nullptr;
    EnvironmentTabBar *m_environmentTabs = nullptr;
    AlertTableView *m_table = nullptr;
    AlertDetailsPane *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    QWidget *m_central = nullptr;
    AlertActions *m_actions = nullptr;
    BackendStatusWidget *m_backendStatus = nullptr;
    AlertSummaryLabel *m_summaryLabel = nullptr;
    QLabel *m_selectionLabel = nullptr;
    QAction *m_toggleDetails = nullptr;
    QAction *m_fullScreen = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QList<QMenu *> m_menus; ///< the menu bar's menus, in order: what the shortcut sheet lists
    Theme::Mode m_theme = Theme::Mode::System;
};
