// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

#include "core/alertjson.h"
#include "core/client/alertbackend.h"
#include "core/client/whenfinished.h"
#include "models/alertchangefeed.h"
#include "models/alertsortfilterproxymodel.h"
#include "models/alerttablemodel.h"
#include "models/watchedalertmonitor.h"
#include "ui/alertactions.h"
#include "ui/alertdetailspane.h"
#include "ui/alertsummarylabel.h"
#include "ui/alerttableview.h"
#include "ui/backendstatuswidget.h"
#include "ui/environmenttabbar.h"
#include "ui/filterbar.h"
#include "ui/preferences.h"
#include "ui/servertoolwindows.h"
#include "ui/shortcutsheet.h"
#include "ui/wallmode.h"
#include "ui/wallview.h"

namespace {

const QString columnsKey = QStringLiteral("columns");
const QString filterKey = QStringLiteral("filter");
const QString environmentKey = QStringLiteral("environment");
const QString splitterKey = QStringLiteral("splitter");
const QString detailsVisibleKey = QStringLiteral("detailsVisible");
const QString themeKey = QStringLiteral("theme");
const QString geometryKey = QStringLiteral("geometry");

/// How long a command's outcome stays in the status bar.
constexpr int messageTimeoutMs = 10000;

QAction *createAction(QObject *parent,
                      const QString &objectName,
                      const QString &text,
                      const QKeySequence &shortcut = {})
{
    auto *action = new QAction(text, parent);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    return action;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new AlertTableModel(this))
    , m_feed(new AlertChangeFeed(*m_model, this))
    , m_proxy(new AlertSortFilterProxyModel(this))
    , m_filterBar(new FilterBar(this))
    , m_environmentTabs(new EnvironmentTabBar(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_central(new QWidget(this))
    , m_watched(new WatchedAlertMonitor(this))
    , m_tools(new ServerToolWindows(this))
{
    setWindowTitle(tr("Alerta Console"));
    resize(1400, 820);

    m_proxy->setSourceModel(m_model);
    m_table = new AlertTableView(m_model, m_proxy, m_splitter);
    // Highlights start when rows change, which the feed may spread over several turns of the event loop.
    connect(m_feed, &AlertChangeFeed::applied, m_table, &AlertTableView::noteLiveUpdate);
    m_details = new AlertDetailsPane(m_splitter);
    m_actions = new AlertActions(m_model, m_table, this);
    m_actions->setMatchingFilter([this] { return matchingFilter(); });

    addToolBar(Qt::TopToolBarArea, m_filterBar);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({1000, 460});
    auto *layout = new QVBoxLayout(m_central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_environmentTabs);
    layout->addWidget(m_splitter, 1);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_central);
    m_wall = new WallView(*m_model, m_pages);
    m_pages->addWidget(m_wall);
    setCentralWidget(m_pages);
    m_wallMode = new WallMode(
        *this,
        *m_wall,
        [this](const QString &name) { return showSavedView(name); },
        QDBusConnection::sessionBus(),
        this);
    connect(m_wall, &WallView::leaveRequested, this, [this] { setWallMode(false); });
    // The single-key shortcuts work wherever focus is in the table area, never in the filter bar.
    m_central->addActions(m_actions->alertActions());

    createMenus();
    createStatusBar();
    connectParts();
    updateEmptyText();
    updateWindowTitle();
    m_table->setFocus();
}

MainWindow::~MainWindow()
{
    // Let go of the backend first: its signals must not reach half-destroyed parts.
    setBackend(nullptr);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newWindow = createAction(this, QStringLiteral("newWindowAction"), tr("&New Window"), QKeySequence::New);
    newWindow->setStatusTip(tr("Another window on this connection, with its own filters (another customer, say)"));
    connect(newWindow, &QAction::triggered, this, &MainWindow::newWindowRequested);
    fileMenu->addAction(newWindow);
    QAction *sendTestAlert = createAction(this, QStringLiteral("sendTestAlertAction"), tr("Send &Test Alert"));
    sendTestAlert->setStatusTip(tr("Send a sample alert, to see how alerts arrive"));
    connect(sendTestAlert, &QAction::triggered, this, &MainWindow::sendTestAlertRequested);
    fileMenu->addAction(sendTestAlert);
    fileMenu->addSeparator();
    QAction *preferences = createAction(this,
                                        QStringLiteral("preferencesAction"),
                                        tr("&Preferences…"),
                                        QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::preferencesRequested);
    fileMenu->addAction(preferences);
    fileMenu->addSeparator();
    QAction *quit = createAction(this, QStringLiteral("quitAction"), tr("&Quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);
    fileMenu->addAction(quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *copyRows = createAction(this, QStringLiteral("copyRowsAction"), tr("&Copy Rows"), QKeySequence::Copy);
    copyRows->setStatusTip(tr("Copy the selected rows as tab-separated text of the shown columns"));
    // Only from the table: elsewhere Ctrl+C copies what that widget has selected.
    copyRows->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(copyRows);
    connect(copyRows, &QAction::triggered, this, &MainWindow::copyRows);
    QAction *copyJson = createAction(this,
                                     QStringLiteral("copyJsonAction"),
                                     tr("Copy Alert as &JSON"),
                                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(copyJson, &QAction::triggered, m_details, &AlertDetailsPane::copyAsJson);
    QAction *selectAll =
        createAction(this, QStringLiteral("selectAllAction"), tr("Select &All"), QKeySequence::SelectAll);
    selectAll->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(selectAll);
    connect(selectAll, &QAction::triggered, m_table, &QTableView::selectAll);
    QAction *search = createAction(this, QStringLiteral("searchAction"), tr("&Search"), QKeySequence(Qt::Key_Slash));
    connect(search, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);
    QAction *focusTable = createAction(this,
                                       QStringLiteral("focusTableAction"),
                                       tr("Back to the &Alert List"),
                                       QKeySequence(Qt::Key_Escape));
    connect(focusTable, &QAction::triggered, this, [this] { m_table->setFocus(Qt::ShortcutFocusReason); });
    QAction *clearFilters = createAction(this, QStringLiteral("clearFiltersAction"), tr("C&lear Filters"));
    connect(clearFilters, &QAction::triggered, m_filterBar, &FilterBar::clearFilters);
    editMenu->addActions({copyRows, copyJson, selectAll});
    editMenu->addSeparator();
    editMenu->addActions({search, focusTable, clearFilters});

    QMenu *alertMenu = menuBar()->addMenu(tr("&Alert"));
    m_actions->fillMenu(alertMenu);
    alertMenu->addSeparator();
    QAction *blackoutLike = createAction(this, QStringLiteral("blackoutLikeAction"), tr("&Blackout Like This…"));
    blackoutLike->setStatusTip(tr("A new blackout for the current alert's environment, resource and event"));
    connect(blackoutLike, &QAction::triggered, this, [this] {
        if (const int row = m_model->rowOf(m_table->currentAlertId()); row >= 0)
            m_tools->blackoutLike(AlertJson::alertToJson(m_model->alertAt(row), QString()));
    });
    alertMenu->addAction(blackoutLike);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this, alertMenu](const QPoint &pos) {
        alertMenu->popup(m_table->viewport()->mapToGlobal(pos));
    });

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *refresh = createAction(this, QStringLiteral("refreshAction"), tr("&Refresh"), QKeySequence::Refresh);
    refresh->setStatusTip(tr("Load the whole list again from the server"));
    connect(refresh, &QAction::triggered, this, &MainWindow::refresh);
    m_toggleDetails =
        createAction(this, QStringLiteral("toggleDetailsAction"), tr("Show &Details Pane"), QKeySequence(Qt::Key_F3));
    m_toggleDetails->setCheckable(true);
    m_toggleDetails->setChecked(true);
    connect(m_toggleDetails, &QAction::toggled, m_details, &QWidget::setVisible);
    // F11 everywhere: QKeySequence::FullScreen has no binding on some X11 desktops.
    m_fullScreen =
        createAction(this, QStringLiteral("fullScreenAction"), tr("&Full Screen"), QKeySequence(Qt::Key_F11));
    m_fullScreen->setCheckable(true);
    connect(m_fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
    QAction *nextEnvironment = createAction(this,
                                            QStringLiteral("nextEnvironmentAction"),
                                            tr("&Next Environment"),
                                            QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(nextEnvironment, &QAction::triggered, this, [this] { selectEnvironmentTab(1); });
    QAction *previousEnvironment = createAction(this,
                                                QStringLiteral("previousEnvironmentAction"),
                                                tr("&Previous Environment"),
                                                QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(previousEnvironment, &QAction::triggered, this, [this] { selectEnvironmentTab(-1); });
    viewMenu->addAction(refresh);
    viewMenu->addSeparator();
    m_savedViewsMenu = viewMenu->addMenu(tr("Sa&ved Views"));
    m_savedViewsMenu->setObjectName(QStringLiteral("savedViewsMenu"));
    rebuildSavedViewsMenu();
    viewMenu->addSeparator();
    m_wallAction = createAction(this,
                                QStringLiteral("wallModeAction"),
                                tr("&Wall Display"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_wallAction->setCheckable(true);
    m_wallAction->setStatusTip(tr("The alerts in large type, full screen, for a wall screen (Esc leaves)"));
    connect(m_wallAction, &QAction::triggered, this, &MainWindow::setWallMode);
    viewMenu->addActions({m_toggleDetails, m_fullScreen, m_wallAction});
    viewMenu->addSeparator();
    viewMenu->addActions({nextEnvironment, previousEnvironment});
    viewMenu->addSeparator();
    QMenu *columnsMenu = viewMenu->addMenu(tr("&Columns"));
    columnsMenu->setObjectName(QStringLiteral("columnsMenu"));
    // Built when opened: the columns and their visibility change with the header's context menu too.
    connect(columnsMenu, &QMenu::aboutToShow, this, [this, columnsMenu] {
        columnsMenu->clear();
        m_table->fillColumnMenu(columnsMenu);
    });
    QMenu *themeMenu = viewMenu->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    for (const Theme::Mode mode : Theme::modes()) {
        QAction *action = themeMenu->addAction(Theme::title(mode));
        action->setObjectName(QStringLiteral("themeAction_") + Theme::key(mode));
        action->setCheckable(true);
        action->setChecked(mode == m_theme);
        action->setData(Theme::key(mode));
        m_themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode] {
            setTheme(mode);
            Q_EMIT themeChanged(Theme::key(mode));
        });
    }

    QMenu *connectionMenu = menuBar()->addMenu(tr("&Connection"));
    QAction *manageConnections =
        createAction(this, QStringLiteral("manageConnectionsAction"), tr("&Manage Connections…"));
    connect(manageConnections, &QAction::triggered, this, &MainWindow::manageConnectionsRequested);
    connectionMenu->addAction(manageConnections);

    QMenu *serverMenu = menuBar()->addMenu(tr("&Server"));
    createServerMenu();
    serverMenu->addActions(m_serverActions);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = createAction(this, QStringLiteral("shortcutsAction"), tr("&Keyboard Shortcuts"));
    shortcuts->setShortcuts({QKeySequence(Qt::Key_Question), QKeySequence(QKeySequence::HelpContents)});
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcutSheet);
    QAction *about = createAction(this, QStringLiteral("aboutAction"), tr("&About Alerta Console"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] { m_tools->open(ServerToolWindows::Tool::About); });
    helpMenu->addActions({shortcuts, about});

    m_menus = {fileMenu, editMenu, alertMenu, viewMenu, connectionMenu, serverMenu, helpMenu};
}

void MainWindow::createStatusBar()
{
    m_backendStatus = new BackendStatusWidget(this);
    m_summaryLabel = new AlertSummaryLabel(m_model, m_proxy, this);
    m_selectionLabel = new QLabel(this);
    m_selectionLabel->setObjectName(QStringLiteral("selectionCountLabel"));
    m_selectionLabel->hide();
    // All permanent: command outcomes (temporary messages) must never hide the connection state.
    statusBar()->addPermanentWidget(m_selectionLabel);
    statusBar()->addPermanentWidget(m_summaryLabel);
    statusBar()->addPermanentWidget(m_backendStatus);
}

void MainWindow::connectParts()
{
    connect(m_filterBar, &FilterBar::filterChanged, this, [this](const AlertFilter &filter) {
        if (m_backend)
            m_backend->setFilter(filter);
        updateEmptyText();
    });
    connect(m_environmentTabs,
            &EnvironmentTabBar::environmentSelected,
            m_proxy,
            &AlertSortFilterProxyModel::setEnvironment);
    connect(m_environmentTabs, &EnvironmentTabBar::environmentSelected, this, &MainWindow::updateEmptyText);
    connect(m_environmentTabs, &EnvironmentTabBar::environmentSelected, m_wall, &WallView::setEnvironment);
    connect(m_model, &AlertTableModel::environmentCountsChanged, this, [this] {
        m_environmentTabs->setCounts(m_model->environmentCounts());
    });
    // An admin's customer selector also offers the customers of the alerts as they arrive.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_backend && m_backend->session().customerViews && m_backend->session().seesAllCustomers())
            offerCustomers({});
    });
    connect(m_table, &AlertTableView::currentAlertChanged, m_details, &AlertDetailsPane::showAlert);
    connect(m_table, &AlertTableView::selectionCountChanged, this, &MainWindow::updateSelectionCount);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::refreshDetailsIfShownChanged);
    connect(m_actions, &AlertActions::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, messageTimeoutMs);
    });
    connect(m_details, &AlertDetailsPane::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, messageTimeoutMs);
    });
    connect(m_watched,
            &WatchedAlertMonitor::watchedAlertChanged,
            this,
            [this](const Alert &alert, const QStringList &changes) {
                noticeWatched(alert, changes.join(QStringLiteral("; ")));
            });
    connect(m_watched, &WatchedAlertMonitor::watchedAlertLeft, this, [this](const Alert &lastSeen) {
        if (!m_backend)
            return;
        // Left the list: closed, deleted, or no longer matching the filter. The server says which.
        whenFinished(m_backend->fetchAlert(lastSeen.id), this, [this, lastSeen](const Result<Alert> &now) {
            if (!now)
                noticeWatched(lastSeen, now.error().code == 404 ? tr("deleted") : tr("left this view"));
            else if (now->status != lastSeen.status)
                noticeWatched(*now, tr("status %1 → %2").arg(lastSeen.status, now->status));
            else
                noticeWatched(*now, tr("no longer matches the filter"));
        });
    });
}

void MainWindow::noticeWatched(const Alert &alert, const QString &what)
{
    const QString title = tr("Watched alert changed");
    const QString text = tr("%1 %2 (%3): %4").arg(alert.resource, alert.event, alert.environment, what);
    statusBar()->showMessage(title + QStringLiteral(" — ") + text, 3 * messageTimeoutMs);
    QApplication::alert(this); // the taskbar entry asks for attention when the window is not active
    Q_EMIT watchedAlertNotice(title, text, alert.id);
}

void MainWindow::applySession()
{
    const QString login = m_backend ? m_backend->userName() : QString();
    m_filterBar->setWatcher(login);
    m_watched->setWatchTag(login.isEmpty() ? QString() : QStringLiteral("watch:") + login);
    m_customerChoices.clear();
    if (!m_backend || !m_backend->session().customerViews) {
        m_filterBar->setCustomerChoices({});
        return;
    }
    const SessionInfo &session = m_backend->session();
    if (!session.seesAllCustomers()) {
        // A login of several customers chooses among them; one of a single customer needs no selector.
        offerCustomers(session.customers.size() > 1 ? session.customers : QStringList{});
        return;
    }
    // Every customer: the lookup rows name them (admins may read them), the alerts shown add the rest.
    offerCustomers({});
    if (!session.allows(QStringLiteral("read:customers")))
        return;
    QPointer<AlertBackend> asked = m_backend;
    whenFinished(m_backend->call(ApiCall::get(QStringLiteral("/customers"))),
                 this,
                 [this, asked](const Result<ApiAnswer> &answer) {
                     if (!answer || asked != m_backend)
                         return;
                     QStringList customers;
                     for (const QJsonValue &row : answer->json().value(QLatin1StringView("customers")).toArray()) {
                         const QString customer = row[QLatin1StringView("customer")].toString();
                         if (!customer.isEmpty() && customer != u'*')
                             customers.append(customer);
                     }
                     offerCustomers(customers);
                 });
}

void MainWindow::offerCustomers(const QStringList &customers)
{
    const bool restricted = m_backend && !m_backend->session().seesAllCustomers();
    if (restricted) {
        m_customerChoices = customers;
    } else {
        for (const QString &customer : customers) {
            if (!m_customerChoices.contains(customer))
                m_customerChoices.append(customer);
        }
        for (const QString &customer : m_model->customers()) {
            if (!customer.isEmpty() && !m_customerChoices.contains(customer))
                m_customerChoices.append(customer);
        }
    }
    m_filterBar->setCustomerChoices(m_customerChoices);
    // Whose alert it is matters as soon as there is more than one customer to see.
    if (!m_customerChoices.isEmpty() || !restricted)
        m_table->horizontalHeader()->setSectionHidden(int(AlertTableModel::Column::Customer), false);
}

void MainWindow::setBackend(AlertBackend *backend)
{
    if (backend && backend == m_backend)
        return;
    if (m_backend) {
        m_backend->disconnect(this);
        m_backend->disconnect(m_feed);
        m_backend->stop();
    }
    m_backend = backend;
    // The previous server's alerts must not linger under the new one's name.
    m_feed->reset({});
    m_details->setBackend(backend);
    m_actions->setBackend(backend);
    m_tools->setBackend(backend);
    m_backendStatus->setBackend(backend);
    m_wall->setBackend(backend);
    if (backend) {
        m_model->setAlarmModel(backend->alarmModel());
        m_filterBar->setAlarmModel(backend->alarmModel());
        connect(backend, &AlertBackend::alertsReset, m_feed, &AlertChangeFeed::reset);
        connect(backend, &AlertBackend::alertsChanged, m_feed, &AlertChangeFeed::enqueue);
        connect(backend, &AlertBackend::alertsReset, this, &MainWindow::alertsReset);
        connect(backend, &AlertBackend::alertsChanged, this, &MainWindow::alertsChanged);
        connect(backend, &AlertBackend::alertsReset, m_watched, &WatchedAlertMonitor::reset);
        connect(backend, &AlertBackend::alertsChanged, m_watched, &WatchedAlertMonitor::apply);
        connect(backend, &AlertBackend::sessionChanged, this, &MainWindow::applySession);
        connect(backend, &AlertBackend::alarmModelChanged, this, [this] {
            m_model->setAlarmModel(m_backend->alarmModel());
            m_filterBar->setAlarmModel(m_backend->alarmModel());
        });
        connect(backend, &AlertBackend::stateChanged, this, &MainWindow::updateEmptyText);
        connect(backend, &QObject::destroyed, this, [this] { setBackend(nullptr); });
    }
    applySession();
    if (backend) {
        // A backend handed over running would not send its list again (an unchanged filter does nothing, start()
        // on a running backend neither): restarted, it sends this window the whole list.
        if (backend->state() != AlertBackend::State::Stopped)
            backend->stop();
        backend->setFilter(m_filterBar->filter());
        backend->start();
    }
    updateEmptyText();
    updateWindowTitle();
}

QVariantMap MainWindow::viewState() const
{
    return {{columnsKey, m_table->columnState()},
            {filterKey, m_filterBar->state()},
            {environmentKey, m_environmentTabs->environment()},
            {splitterKey, m_splitter->saveState()},
            {detailsVisibleKey, m_toggleDetails->isChecked()},
            {themeKey, Theme::key(m_theme)},
            {geometryKey, saveGeometry()}};
}

void MainWindow::restoreViewState(const QVariantMap &state)
{
    if (state.contains(columnsKey))
        m_table->restoreColumnState(state.value(columnsKey).toMap());
    if (state.contains(filterKey)) {
        m_filterBar->restoreState(state.value(filterKey).toMap());
        if (m_backend)
            m_backend->setFilter(m_filterBar->filter());
    }
    if (state.contains(environmentKey))
        m_environmentTabs->setEnvironment(state.value(environmentKey).toString());
    if (state.contains(splitterKey))
        m_splitter->restoreState(state.value(splitterKey).toByteArray());
    if (state.contains(detailsVisibleKey))
        m_toggleDetails->setChecked(state.value(detailsVisibleKey).toBool());
    if (state.contains(themeKey))
        setTheme(Theme::fromKey(state.value(themeKey).toString()));
    if (state.contains(geometryKey))
        restoreGeometry(state.value(geometryKey).toByteArray());
    updateEmptyText();
}

AlertFilter MainWindow::matchingFilter() const
{
    AlertFilter filter = m_backend ? m_backend->filter() : m_filterBar->filter();
    if (const QString environment = m_environmentTabs->environment(); !environment.isEmpty())
        filter.environments = {environment};
    return filter;
}

void MainWindow::setTheme(Theme::Mode mode)
{
    m_theme = mode;
    Theme::apply(mode);
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().toString() == Theme::key(mode));
}

void MainWindow::refresh()
{
    if (!m_backend)
        return;
    // A full resync: setFilter() with an unchanged filter does nothing, a restart reloads. The time range is
    // taken again from now.
    m_backend->stop();
    m_backend->setFilter(m_filterBar->filter());
    m_backend->start();
    statusBar()->showMessage(tr("Refreshing…"), messageTimeoutMs);
}

void MainWindow::copyRows()
{
    const QString text = m_table->selectedRowsAsText();
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text);
    statusBar()->showMessage(
        tr("Copied %Ln row(s)", nullptr, static_cast<int>(m_table->selectionModel()->selectedRows().size())),
        messageTimeoutMs);
}

void MainWindow::showShortcutSheet()
{
    if (auto *open = findChild<ShortcutSheet *>(); open) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *sheet = new ShortcutSheet(m_menus, this);
    sheet->setAttribute(Qt::WA_DeleteOnClose);
    sheet->show();
}

void MainWindow::createServerMenu()
{
    using Tool = ServerToolWindows::Tool;
    const auto add = [this](const QString &objectName,
                            const QString &text,
                            const QKeySequence &shortcut,
                            Tool tool,
                            const QString &tip) {
        QAction *action = createAction(this, objectName, text, shortcut);
        action->setStatusTip(tip);
        connect(action, &QAction::triggered, this, [this, tool] { m_tools->open(tool); });
        m_serverActions.append(action);
        return action;
    };
    add(QStringLiteral("heartbeatsAction"),
        tr("&Heartbeats"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
        Tool::Heartbeats,
        tr("Which senders still send heartbeats, which are slow or silent"));
    add(QStringLiteral("blackoutsAction"),
        tr("&Blackouts"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
        Tool::Blackouts,
        tr("Maintenance windows that suppress alerts: active, pending and expired"));
    add(QStringLiteral("housekeepingAction"),
        tr("House&keeping…"),
        {},
        Tool::Housekeeping,
        tr("Expire timed-out alerts and delete old closed and informational ones now"));
    add(QStringLiteral("administrationAction"),
        tr("&Administration…"),
        {},
        Tool::Administration,
        tr("API keys, users, customers and permissions of the server"));
    add(QStringLiteral("serverStatusAction"),
        tr("Server &Status"),
        {},
        Tool::About,
        tr("Version, health and live metrics of the server"));
}

void MainWindow::setSavedViews(const SavedViews &views)
{
    m_savedViews = views;
    rebuildSavedViewsMenu();
}

void MainWindow::setWallMode(bool on)
{
    if (on == isWallMode())
        return;
    // Nothing of the desk console is reachable from the wall: its menus (and their shortcuts), the filter bar and
    // the alert actions of the table all go with it.
    menuBar()->setVisible(!on);
    statusBar()->setVisible(!on);
    m_filterBar->setVisible(!on);
    m_pages->setCurrentWidget(on ? static_cast<QWidget *>(m_wall) : m_central);
    m_wallAction->setChecked(on);
    if (on) {
        m_wallMode->start();
        m_wall->setFocus();
    } else {
        m_wallMode->stop();
        m_fullScreen->setChecked(windowState() & Qt::WindowFullScreen);
        m_table->setFocus();
    }
    Q_EMIT wallModeChanged(on);
}

bool MainWindow::isWallMode() const
{
    return m_pages->currentWidget() == m_wall;
}

bool MainWindow::showSavedView(const QString &name)
{
    const SavedView *view = m_savedViews.find(name);
    if (!view)
        return false;
    restoreViewState(view->state);
    statusBar()->showMessage(tr("View “%1”").arg(name), messageTimeoutMs);
    return true;
}

void MainWindow::rebuildSavedViewsMenu()
{
    // Rebuilt whenever the views change, not when opened: Alt+1…9 must work with the menu closed.
    m_savedViewsMenu->clear();
    QAction *save = createAction(m_savedViewsMenu,
                                 QStringLiteral("saveViewAction"),
                                 tr("&Save View As…"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    save->setStatusTip(tr("Keep the filters, columns, sort and environment under a name"));
    connect(save, &QAction::triggered, this, &MainWindow::saveViewAs);
    m_savedViewsMenu->addAction(save);
    if (!m_savedViews.views.isEmpty())
        m_savedViewsMenu->addSeparator();
    QMenu *deleteMenu = nullptr;
    for (int i = 0; i < m_savedViews.views.size(); ++i) {
        const QString name = m_savedViews.views.at(i).name;
        QAction *show = createAction(m_savedViewsMenu,
                                     QStringLiteral("savedViewAction_%1").arg(i + 1),
                                     name,
                                     i < 9 ? QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)) : QKeySequence());
        connect(show, &QAction::triggered, this, [this, name] { showSavedView(name); });
        m_savedViewsMenu->addAction(show);
        if (!deleteMenu) {
            m_savedViewsMenu->addSeparator();
            deleteMenu = new QMenu(tr("&Delete"), m_savedViewsMenu);
        }
        QAction *remove = createAction(deleteMenu, QStringLiteral("deleteViewAction_%1").arg(i + 1), name);
        connect(remove, &QAction::triggered, this, [this, name] {
            m_savedViews.remove(name);
            rebuildSavedViewsMenu();
            Q_EMIT savedViewsChanged(m_savedViews);
        });
        deleteMenu->addAction(remove);
    }
    if (deleteMenu) {
        // The separator above the first view is followed by the views; the delete menu goes after them.
        m_savedViewsMenu->addSeparator();
        m_savedViewsMenu->addMenu(deleteMenu);
    }
    m_savedViewsMenu->addSeparator();
    QAction *importViews = createAction(m_savedViewsMenu, QStringLiteral("importViewsAction"), tr("&Import…"));
    connect(importViews, &QAction::triggered, this, &MainWindow::importViews);
    QAction *exportViews = createAction(m_savedViewsMenu, QStringLiteral("exportViewsAction"), tr("&Export…"));
    exportViews->setEnabled(!m_savedViews.views.isEmpty());
    connect(exportViews, &QAction::triggered, this, &MainWindow::exportViews);
    m_savedViewsMenu->addActions({importViews, exportViews});
}

void MainWindow::saveViewAs()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("saveViewDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save View"));
    dialog->setLabelText(tr("Name of this view (a saved view of the same name is replaced):"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        const QString name = text.trimmed();
        if (name.isEmpty())
            return;
        m_savedViews.put(name, viewState());
        rebuildSavedViewsMenu();
        statusBar()->showMessage(tr("Saved the view “%1”").arg(name), messageTimeoutMs);
        Q_EMIT savedViewsChanged(m_savedViews);
    });
    dialog->open();
}

void MainWindow::importViews()
{
    auto *dialog = new QFileDialog(this, tr("Import Saved Views"), QString(), tr("Saved views (*.json)"));
    dialog->setObjectName(QStringLiteral("importViewsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QFile file(path);
        Result<SavedViews> imported = file.open(QIODevice::ReadOnly)
            ? SavedViews::fromJson(file.readAll())
            : Result<SavedViews>(ApiError::badRequest(file.errorString()));
        if (!imported) {
            QMessageBox::warning(this, tr("Import Saved Views"), imported.error().message);
            return;
        }
        const int count = m_savedViews.merge(*imported);
        rebuildSavedViewsMenu();
        statusBar()->showMessage(tr("Imported %n view(s)", nullptr, count), messageTimeoutMs);
        Q_EMIT savedViewsChanged(m_savedViews);
    });
    dialog->open();
}

void MainWindow::exportViews()
{
    auto *dialog = new QFileDialog(this, tr("Export Saved Views"), QString(), tr("Saved views (*.json)"));
    dialog->setObjectName(QStringLiteral("exportViewsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(m_savedViews.toJson()) < 0 || !file.commit()) {
            QMessageBox::warning(this, tr("Export Saved Views"), file.errorString());
            return;
        }
        statusBar()->showMessage(tr("Exported %n view(s) to %1", nullptr, int(m_savedViews.views.size()))
                                     .arg(QDir::toNativeSeparators(path)),
                                 messageTimeoutMs);
    });
    dialog->open();
}

void MainWindow::applyPreferences(const ConsolePreferences &preferences)
{
    setTheme(preferences.theme);
    m_table->setFont(preferences.tableFont(QApplication::font(m_table)));
    const int padding = preferences.density == ConsolePreferences::Density::Compact ? 2 : 8;
    m_table->verticalHeader()->setDefaultSectionSize(QFontMetrics(m_table->font()).height() + padding);
    const auto minutes = [](std::optional<int> value) -> std::optional<qint64> {
        return value ? std::optional<qint64>(qint64(*value) * 60) : std::nullopt;
    };
    m_actions->setDefaultTimeouts(minutes(preferences.ackTimeoutMinutes), minutes(preferences.shelveTimeoutMinutes));
    m_tools->setRefreshInterval(std::chrono::seconds(preferences.refreshSeconds));
    const ConsolePreferences::Wall &wall = preferences.wall;
    m_wall->setFontPoints(wall.fontPoints);
    m_wall->setPageInterval(std::chrono::seconds(wall.pageSeconds));
    m_wallMode->setRotation(wall.rotateViews, std::chrono::seconds(wall.rotateSeconds));
    m_wallMode->setScreenName(wall.screenName);
    // Times are written when painted: repaint them in the new format.
    m_table->viewport()->update();
    m_details->refresh();
}

void MainWindow::selectEnvironmentTab(int step)
{
    const int count = m_environmentTabs->count();
    if (count > 0)
        m_environmentTabs->setCurrentIndex((m_environmentTabs->currentIndex() + step + count) % count);
}

void MainWindow::updateEmptyText()
{
    QString text;
    if (!m_backend) {
        text = tr("<p><big>Not connected</big></p><p>Choose a server with <b>Connection → Manage Connections…</b></p>");
    } else if (m_backend->state() == AlertBackend::State::Connecting) {
        text = tr("<p><big>Loading alerts…</big></p>");
    } else if (m_backend->state() == AlertBackend::State::Reconnecting && m_model->rowCount() == 0) {
        text = tr("<p><big>Reconnecting…</big></p><p>%1</p>").arg(m_backend->stateMessage().toHtmlEscaped());
    } else if (m_backend->state() == AlertBackend::State::Failed) {
        text = tr("<p><big>Could not load alerts</big></p><p>%1</p>").arg(m_backend->stateMessage().toHtmlEscaped());
    } else if (!m_environmentTabs->environment().isEmpty()) {
        text = tr("<p><big>No alerts in %1</big></p><p>The other environment tabs may have some.</p>")
                   .arg(m_environmentTabs->environment().toHtmlEscaped());
    } else {
        text = tr("<p><big>No alerts match</big></p><p>Change the filters, or use <b>File → Send Test Alert</b> to "
                  "see one arrive.</p>");
    }
    m_table->setEmptyText(text);
}

void MainWindow::updateWindowTitle()
{
    setWindowTitle(m_backend ? tr("Alerta Console — %1").arg(m_backend->displayName()) : tr("Alerta Console"));
}

void MainWindow::updateSelectionCount(int count)
{
    m_selectionLabel->setText(tr("%Ln selected", nullptr, count));
    m_selectionLabel->setVisible(count > 0);
}

void MainWindow::refreshDetailsIfShownChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    const QString shown = m_details->alertId();
    if (shown.isEmpty())
        return;
    const int row = m_model->rowOf(shown);
    if (row >= topLeft.row() && row <= bottomRight.row())
        m_details->refresh();
}
