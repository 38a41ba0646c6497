// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alert.h"
#include "core/client/alertfilter.h"
#include "ui/savedviews.h"
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
class QStackedWidget;
class ServerToolWindows;
class WallMode;
class WallView;
class WatchedAlertMonitor;
struct ConsolePreferences;

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
/// AlertActions; newWindowAction, preferencesAction, saveViewAction, importViewsAction, exportViewsAction,
/// savedViewAction_<n>, deleteViewAction_<n>; heartbeatsAction, blackoutsAction, blackoutLikeAction,
/// housekeepingAction, administrationAction, serverStatusAction, wallModeAction; and those of WallView.
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

    /// The saved views the View menu offers (the application keeps them, and gives every window the same).
    void setSavedViews(const SavedViews &views);
    const SavedViews &savedViews() const { return m_savedViews; }
    /// Switches to the saved view `name` (its filters, columns, sort, environment); false when there is none.
    bool showSavedView(const QString &name);
    /// Applies the operator's preferences: theme, table font and density, default ack/shelve timeouts, refresh of
    /// the server windows. (Times follow TimeFormat, which the application configures.)
    void applyPreferences(const ConsolePreferences &preferences);
    /// The alerts this window has loaded (the tray counts them).
    const AlertTableModel &alertModel() const { return *m_model; }
    /// The heartbeats, blackouts, administration, About and housekeeping windows of this window's server.
    ServerToolWindows &toolWindows() const { return *m_tools; }

    /// Wall display (View → Wall Display, Ctrl+Shift+W, `--wall`): the window shows WallView full screen on the
    /// wall's monitor, without menus, filter bar or status bar; Esc (or Leave Wall) comes back unless it is locked.
    void setWallMode(bool on);
    bool isWallMode() const;
    WallView &wallView() const { return *m_wall; }
    WallMode &wallMode() const { return *m_wallMode; }
    /// View → Wall Display, for the tray's menu.
    QAction *wallModeAction() const { return m_wallAction; }

Q_SIGNALS:
    /// Connection → Manage Connections…: the application shows its connection dialog.
    void manageConnectionsRequested();
    /// File → Send Test Alert: the application sends one (the embedded core can).
    void sendTestAlertRequested();
    /// File → New Window: the application opens another window on the same connection.
    void newWindowRequested();
    /// File → Preferences…: the application shows its preferences dialog.
    void preferencesRequested();
    /// The operator saved, deleted or imported views: the application keeps them and gives them to every window.
    void savedViewsChanged(const SavedViews &views);
    /// The user picked another theme (the saved key of Theme::key()).
    void themeChanged(const QString &themeKey);
    /// The backend's list, passed on (AlertBackend::alertsReset / alertsChanged) for whoever follows this window's
    /// alerts without holding its backend, such as the desktop notifications.
    void alertsReset(const QList<Alert> &alerts);
    void alertsChanged(const QList<Alert> &upserted, const QStringList &removedIds);
    /// A watched alert changed or left the list; also shown in the status bar. For desktop notifications.
    void watchedAlertNotice(const QString &title, const QString &text, const QString &alertId);
    /// The window entered (true) or left wall mode.
    void wallModeChanged(bool on);

private:
    void createMenus();
    void createStatusBar();
    void connectParts();
    void setTheme(Theme::Mode mode);
    void refresh();
    void copyRows();
    void showShortcutSheet();
    void createServerMenu();
    void rebuildSavedViewsMenu();
    void saveViewAs();
    void importViews();
    void exportViews();
    void selectEnvironmentTab(int step);
    void updateEmptyText();
    void updateWindowTitle();
    void updateSelectionCount(int count);
    void refreshDetailsIfShownChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    /// The backend's session is known or changed: the watch tag, the customer selector and column.
    void applySession();
    /// Offers `customers` (and those of the shown alerts) in the customer selector.
    void offerCustomers(const QStringList &customers);
    void noticeWatched(const Alert &alert, const QString &what);

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
    QStackedWidget *m_pages = nullptr; ///< the console (m_central) or the wall
    WallView *m_wall = nullptr;
    WallMode *m_wallMode = nullptr;
    QAction *m_wallAction = nullptr;
    AlertActions *m_actions = nullptr;
    BackendStatusWidget *m_backendStatus = nullptr;
    AlertSummaryLabel *m_summaryLabel = nullptr;
    QLabel *m_selectionLabel = nullptr;
    QAction *m_toggleDetails = nullptr;
    QAction *m_fullScreen = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    WatchedAlertMonitor *m_watched = nullptr;
    ServerToolWindows *m_tools = nullptr;
    SavedViews m_savedViews;
    QMenu *m_savedViewsMenu = nullptr;
    QList<QAction *> m_serverActions;
    QStringList m_customerChoices; ///< what the customer selector offers; empty: no selector
    QList<QMenu *> m_menus;        ///< the menu bar's menus, in order: what the shortcut sheet lists
    Theme::Mode m_theme = Theme::Mode::System;
};
