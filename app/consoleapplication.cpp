// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "app/consoleapplication.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QMessageBox>
#include <QPointer>
#include <QStandardPaths>
#include <QStatusBar>

#include "core/alertacore.h"
#include "core/alertengine.h"
#include "core/alertjson.h"
#include "core/api/apiserver.h"
#include "core/client/alertbackend.h"
#include "core/client/backendfactory.h"
#include "core/client/connectionprofilestore.h"
#include "core/client/keychainsecretstore.h"
#include "core/client/remotebackend.h"
#include "core/client/whenfinished.h"
#include "core/sqlitealertstore.h"
#include "core/sqliteconnection.h"
#include "models/timeformat.h"
#include "ui/alertnotifications.h"
#include "ui/connectiondialog.h"
#include "ui/desktopnotifier.h"
#include "ui/mainwindow.h"
#include "ui/preferencesdialog.h"
#include "ui/soundalarm.h"
#include "ui/traycontroller.h"
#include "ui/wallmode.h"

namespace {

const QString viewStateKey = QStringLiteral("window/viewState");
const QString savedViewsKey = QStringLiteral("views/saved");

} // namespace

ConsoleApplication::ConsoleApplication()
    : m_notifier(std::make_unique<DesktopNotifier>())
    , m_secrets(std::make_unique<KeychainSecretStore>())
    , m_profiles(std::make_unique<ConnectionProfileStore>(m_settings, *m_secrets))
    , m_backends(std::make_unique<BackendFactory>(*m_profiles, [this](QString *error) { return embedded(error); }))
{}

ConsoleApplication::~ConsoleApplication()
{
    // Each window lets go of its backend, then the backend (its child, which may still refer to the core) goes;
    // then the core.
    m_sound.reset(); // all three follow the first window
    m_notifications.reset();
    m_tray.reset();
    for (const QPointer<MainWindow> &window : std::as_const(m_windows))
        delete window.data();
    m_api.reset();
    m_core.reset();
}

std::optional<int> ConsoleApplication::start(const QStringList &arguments)
{
    // The language first: --help is already in it.
    m_preferences = ConsolePreferences::load(m_settings);
    m_translations.install(*QCoreApplication::instance(), ConsoleTranslations::localeFor(m_preferences.language));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Desktop console for Alerta alerts, with an embedded alert engine."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            tr("Use the alert database at <path> (created when missing) instead of %1.")
                                                .arg(QDir::toNativeSeparators(defaultDatabasePath())),
                                            tr("path"));
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        tr("Serve the Alerta API of the embedded core on <address:port> (default 127.0.0.1:8080), so that monitoring "
           "tools can send alerts to this console."),
        tr("address:port"),
        QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption noListenOption(QStringLiteral("no-listen"),
                                            tr("Do not serve the Alerta API (alerts come only from this window)."));
    const QCommandLineOption connectionOption(
        QStringLiteral("connection"),
        tr("Connect to the connection profile <name> (or id) instead of the last one used."),
        tr("name"));
    const QCommandLineOption wallOption(QStringLiteral("wall"),
                                        tr("Start as a wall display: full screen, large type, worst alerts first (Esc "
                                           "leaves unless it is locked)."));
    const QCommandLineOption wallScreenOption(
        QStringLiteral("wall-screen"),
        tr("Show the wall display on the monitor <name> (as xrandr names it) instead of the one in Preferences."),
        tr("name"));
    parser.addOptions({databaseOption, listenOption, noListenOption, connectionOption, wallOption, wallScreenOption});
    parser.process(arguments); // exits for --help, --version and unknown options

    m_databasePath = parser.isSet(databaseOption) ? parser.value(databaseOption) : defaultDatabasePath();
    m_listenAddress = parser.isSet(noListenOption) ? QString() : parser.value(listenOption);

    QString profileId = m_profiles->currentProfileId();
    if (parser.isSet(connectionOption)) {
        const QString wanted = parser.value(connectionOption);
        const QList<ConnectionProfile> profiles = m_profiles->profiles();
        const auto match = std::find_if(profiles.cbegin(), profiles.cend(), [&wanted](const ConnectionProfile &p) {
            return p.id == wanted || p.name.compare(wanted, Qt::CaseInsensitive) == 0;
        });
        if (match == profiles.cend()) {
            QMessageBox::critical(nullptr, tr("Alerta Console"), tr("There is no connection named %1.").arg(wanted));
            return 2;
        }
        profileId = match->id;
    }

    // A console that starts on this computer needs its database: failing to open it ends the start, as before
    // there were connections.
    if (profileId == ConnectionProfile::embeddedId()) {
        QString error;
        if (!embeddedCore(&error)) {
            QMessageBox::critical(nullptr, tr("Alerta Console"), error);
            return 1;
        }
    }

    // A click on a watched alert's notification brings back the window that showed it (AlertNotifications handles
    // its own notifications).
    QObject::connect(m_notifier.get(),
                     &DesktopNotifier::openRequested,
                     qApp,
                     [](const QStringList &, QObject *requester) {
                         if (auto *window = qobject_cast<MainWindow *>(requester)) {
                             window->showNormal();
                             window->raise();
                             window->activateWindow();
                         }
                     });
    applyTimeFormat();
    m_backends->setDefaultPollInterval(std::chrono::seconds(m_preferences.refreshSeconds));
    m_savedViews = SavedViews::fromSettings(m_settings.value(savedViewsKey));
    MainWindow *window = openWindow(m_settings.value(viewStateKey).toMap());
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, window, [this] { saveViewState(); });
    followWindow(window);
    applyPreferences();
    // Tray-only start: the window waits behind the tray icon (a wall is always shown).
    if (m_tray && m_preferences.startInTray && !parser.isSet(wallOption))
        window->hide();
    useProfile(profileId, window);
    if (parser.isSet(wallScreenOption))
        window->wallMode().setScreenName(parser.value(wallScreenOption));
    if (parser.isSet(wallOption))
        window->setWallMode(true);
    return std::nullopt;
}

void ConsoleApplication::followWindow(MainWindow *window)
{
    // The tray follows the first window: the worst open alert and how many are open, at a glance.
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = std::make_unique<TrayController>(window->alertModel(), window);
        QObject::connect(m_tray.get(), &TrayController::quitRequested, qApp, &QApplication::quit);
        m_tray->addWindowAction(window->wallModeAction());
    }
    // Desktop notifications of the first window's alerts (new ones and escalations, as the rules say), and their
    // sound; muting the tray pauses both.
    m_notifications = std::make_unique<AlertNotifications>(*window, *m_notifier);
    m_notifications->setMuted([this] { return m_tray && m_tray->isMuted(); });
    m_sound = std::make_unique<SoundAlarm>();
    QObject::connect(m_notifications.get(), &AlertNotifications::noticeShown, m_sound.get(), &SoundAlarm::play);
    QObject::connect(window, &MainWindow::alertsChanged, m_sound.get(), &SoundAlarm::alertsChanged);
    QObject::connect(window, &MainWindow::alertsReset, m_sound.get(), &SoundAlarm::alertsReset);
    if (m_tray) {
        QObject::connect(m_tray.get(), &TrayController::muteChanged, m_sound.get(), [this](bool muted) {
            if (muted)
                m_sound->silence();
        });
    }
    QObject::connect(window, &QObject::destroyed, qApp, [this] {
        m_sound.reset();
        m_notifications.reset();
        m_tray.reset();
    });
}

void ConsoleApplication::applyPreferences()
{
    for (const QPointer<MainWindow> &each : std::as_const(m_windows)) {
        if (each)
            each->applyPreferences(m_preferences);
    }
    if (m_notifications)
        m_notifications->setRules(m_preferences.notifications);
    if (m_sound) {
        m_sound->setSounds(m_preferences.sounds);
        m_sound->setRepeatUntilAcknowledged(m_preferences.repeatSoundUntilAcknowledged);
    }
    if (m_tray)
        m_tray->setCloseToTray(m_preferences.closeToTray);
}

MainWindow *ConsoleApplication::openWindow(const QVariantMap &viewState)
{
    auto *window = new MainWindow();
    window->setAttribute(Qt::WA_DeleteOnClose);
    m_windows.append(window);
    window->restoreViewState(viewState);
    window->setSavedViews(m_savedViews);
    window->applyPreferences(m_preferences);
    QObject::connect(window, &MainWindow::manageConnectionsRequested, window, [this, window] {
        showConnections(window);
    });
    QObject::connect(window, &MainWindow::sendTestAlertRequested, window, [this, window] { sendTestAlert(window); });
    QObject::connect(window, &MainWindow::themeChanged, window, [this](const QString &key) {
        m_preferences.theme = Theme::fromKey(key);
        savePreferences();
    });
    QObject::connect(window, &MainWindow::preferencesRequested, window, [this, window] { showPreferences(window); });
    QObject::connect(window, &MainWindow::newWindowRequested, window, [this, window] { openWindowLike(window); });
    QObject::connect(window, &MainWindow::savedViewsChanged, window, [this](const SavedViews &views) {
        m_savedViews = views;
        m_settings.setValue(savedViewsKey, views.toSettings());
        for (const QPointer<MainWindow> &other : std::as_const(m_windows)) {
            if (other)
                other->setSavedViews(views);
        }
    });
    QObject::connect(window, &QObject::destroyed, qApp, [this] { m_windows.removeAll(nullptr); });
    // Watched alerts that change reach the desktop, where a click brings this window back.
    QObject::connect(window,
                     &MainWindow::watchedAlertNotice,
                     window,
                     [this, window](const QString &title, const QString &text, const QString &alertId) {
                         Notice notice;
                         notice.title = title;
                         notice.text = text;
                         notice.alertIds = {alertId};
                         if (!m_tray || !m_tray->isMuted())
                             m_notifier->show(notice, false, window);
                     });
    window->show();
    return window;
}

void ConsoleApplication::openWindowLike(MainWindow *original)
{
    QVariantMap state = original->viewState();
    MainWindow *window = openWindow(state);
    window->move(original->pos() + QPoint(40, 40)); // beside it, not hidden under it
    useProfile(m_profiles->currentProfileId(), window);
}

void ConsoleApplication::showPreferences(MainWindow *window)
{
    auto *dialog = new PreferencesDialog(m_preferences, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (AlertBackend *backend = window->backend())
        dialog->setServerTimeouts(backend->alarmModel().ackTimeout, backend->alarmModel().shelveTimeout);
    QStringList viewNames;
    for (const SavedView &view : std::as_const(m_savedViews.views))
        viewNames.append(view.name);
    dialog->setSavedViewNames(viewNames);
    QObject::connect(dialog, &PreferencesDialog::applied, window, [this](const ConsolePreferences &preferences) {
        m_preferences = preferences;
        savePreferences();
        applyTimeFormat();
        const std::chrono::seconds refresh(m_preferences.refreshSeconds);
        m_backends->setDefaultPollInterval(refresh);
        applyPreferences();
        for (const QPointer<MainWindow> &each : std::as_const(m_windows)) {
            if (!each)
                continue;
            auto *remote = qobject_cast<RemoteBackend *>(each->backend());
            if (remote && remote->options().pollIntervalFromPreferences)
                remote->setPollInterval(refresh);
        }
    });
    dialog->open();
}

void ConsoleApplication::savePreferences()
{
    m_preferences.save(m_settings);
    m_settings.sync();
}

void ConsoleApplication::applyTimeFormat()
{
    const PreferredTimeFormat format(m_preferences);
    TimeFormat::setFormatter([format](Timestamp ms) { return format.format(ms); });
}

AlertaCore *ConsoleApplication::embeddedCore(QString *error)
{
    if (m_core)
        return m_core.get();
    if (const QString failure = openCore(m_databasePath); !failure.isEmpty()) {
        *error =
            tr("Could not open the alert database %1:\n\n%2").arg(QDir::toNativeSeparators(m_databasePath), failure);
        return nullptr;
    }
    // A busy port must not keep the console from starting: it still shows its alerts, and says why none arrive.
    if (!m_listenAddress.isEmpty()) {
        if (const QString listenError = listen(m_listenAddress); !listenError.isEmpty()) {
            QMessageBox *box = new QMessageBox(QMessageBox::Warning,
                                               tr("Alerta Console"),
                                               listenError,
                                               QMessageBox::Ok,
                                               m_windows.value(0));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    }
    return m_core.get();
}

BackendFactory::Embedded ConsoleApplication::embedded(QString *error)
{
    AlertaCore *core = embeddedCore(error);
    if (!core)
        return {};
    const ApiServer *api = m_api.get();
    return {core, [api](const ApiCall &call, const Caller &caller) { return api->call(call, caller); }};
}

void ConsoleApplication::useProfile(const QString &id, MainWindow *target)
{
    const std::optional<ConnectionProfile> profile = m_profiles->profile(id);
    if (!profile)
        return;
    target->statusBar()->showMessage(tr("Connecting to %1…").arg(profile->name));
    QPointer<MainWindow> window = target;
    m_backends->create(*profile, [this, id, window](std::unique_ptr<AlertBackend> backend, const QString &problem) {
        if (!window)
            return;
        if (!backend) {
            QMessageBox *box =
                new QMessageBox(QMessageBox::Warning, tr("Alerta Console"), problem, QMessageBox::Ok, window);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        // The window's backend lives as long as the window (its child); the window stops the old one and lets go
        // of it before it is deleted.
        AlertBackend *previous = window->backend();
        backend->setParent(window);
        window->setBackend(backend.release());
        if (previous && previous->parent() == window)
            previous->deleteLater();
        m_profiles->setCurrentProfileId(id);
        if (!problem.isEmpty())
            window->statusBar()->showMessage(problem);
        else
            window->statusBar()->clearMessage();
    });
}

void ConsoleApplication::showConnections(MainWindow *window)
{
    auto *dialog = new ConnectionDialog(*m_profiles, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &ConnectionDialog::connectionChosen, window, [this, window](const QString &id) {
        useProfile(id, window);
    });
    dialog->open();
}

void ConsoleApplication::sendTestAlert(MainWindow *window)
{
    QString error;
    AlertaCore *core = embeddedCore(&error);
    if (!core) {
        window->statusBar()->showMessage(error);
        return;
    }
    static const QStringList severities = {QStringLiteral("minor"),
                                           QStringLiteral("major"),
                                           QStringLiteral("critical")};
    const QString severity = severities.at(m_testAlertsSent % severities.size());
    ++m_testAlertsSent;
    // Through the API's parser so the alert gets exactly the defaults of a `POST /alert` (id, status, timeout, ...).
    const QJsonObject body{
        {QStringLiteral("resource"), QStringLiteral("console-test")},
        {QStringLiteral("event"), QStringLiteral("TestAlert")},
        {QStringLiteral("environment"), QStringLiteral("Production")},
        {QStringLiteral("severity"), severity},
        {QStringLiteral("service"), QJsonArray{QStringLiteral("Console")}},
        {QStringLiteral("group"), QStringLiteral("Console")},
        {QStringLiteral("value"), QString::number(m_testAlertsSent)},
        {QStringLiteral("text"), tr("Test alert sent from the console")},
        {QStringLiteral("tags"), QJsonArray{QStringLiteral("test")}},
    };
    AlertEngine &engine = core->engine();
    Result<Alert> alert = AlertJson::parseIncomingAlert(body, engine.config(), engine.now());
    if (!alert) {
        window->statusBar()->showMessage(tr("Could not send the test alert: %1").arg(alert.error().message));
        return;
    }
    // Asynchronous: the write waits for fsync, which must not freeze the window. It goes to this computer's core;
    // a console connected elsewhere shows it once it switches to "This computer".
    whenFinished(
        engine.receiveAsync(std::move(alert).value()),
        window,
        [window, severity](const Result<ReceiveResult> &result) {
            if (result)
                window->statusBar()->showMessage(tr("Sent a %1 test alert to this computer").arg(severity), 5000);
            else
                window->statusBar()->showMessage(tr("Could not send the test alert: %1").arg(result.error().message));
        });
}

void ConsoleApplication::saveViewState()
{
    // The first window still open is the one a restart brings back.
    m_windows.removeAll(nullptr);
    if (m_windows.isEmpty())
        return;
    m_settings.setValue(viewStateKey, m_windows.first()->viewState());
    m_settings.sync();
}

QString ConsoleApplication::listen(const QString &address)
{
    const qsizetype colon = address.lastIndexOf(u':');
    const QHostAddress host(address.left(colon));
    bool portOk = false;
    const quint16 port = address.mid(colon + 1).toUShort(&portOk);
    if (colon < 0 || host.isNull() || !portOk)
        return tr("Cannot serve the Alerta API on %1: expected an address and port such as 127.0.0.1:8080.")
            .arg(address);
    if (m_api->listen(host, port) == 0) {
        return tr("Cannot serve the Alerta API on %1: the port is in use or not available. Alerts can still be "
                  "added from this window.")
            .arg(address);
    }
    return {};
}

QString ConsoleApplication::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/alerta.sqlite");
}

QString ConsoleApplication::openCore(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(folder));
    std::shared_ptr<SqliteAlertStore> store;
    try {
        store = std::make_shared<SqliteAlertStore>(path);
    } catch (const SqliteError &error) {
        return QString::fromUtf8(error.what());
    }
    // The embedded core reads the same settings as alerta-server (alertad.conf, ALERTA_SVR_CONF_FILE, environment);
    // by default housekeeping runs by itself every 60 s, so the embedded store needs no cron job.
    ServerSettings::LoadOptions options = ServerSettings::LoadOptions::fromSystem();
    options.skipUnreadableFiles = true; // the server's /etc/alertad.conf may be readable by its own user only
    const Result<ServerSettings> settings = ServerSettings::load(options);
    if (!settings)
        return tr("Invalid settings: %1").arg(settings.error().message);
    m_core = std::make_unique<AlertaCore>(*settings, std::move(store));
    // Always there: the console's own views call its handlers in-process; listen() only opens it to the network.
    m_api = std::make_unique<ApiServer>(*m_core);
    return {};
}
