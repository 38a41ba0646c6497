// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/consoletranslations.h"
#include "core/client/backendfactory.h"
#include "ui/preferences.h"
#include "ui/savedviews.h"

#include <QHash>
#include <QPointer>

#include <QCoreApplication>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class AlertBackend;
class AlertaCore;
class ApiServer;
class ConnectionProfileStore;
class AlertNotifications;
class DesktopNotifier;
class TrayController;
class MainWindow;
class SecretStore;
class SoundAlarm;

/// Wires the desktop console: reads the command line and the settings, keeps the connection profiles (secrets in
/// the keychain), opens the embedded core when a profile needs it (and serves its API on localhost so that senders
/// can post alerts), builds the backend of the chosen profile and shows the main window. Owns all of them for the
/// life of the process and destroys them in reverse order. Create it after the QApplication and its
/// name/organisation are set, since the settings file and the default database path use them.
class ConsoleApplication final
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleApplication)
    Q_DISABLE_COPY_MOVE(ConsoleApplication)

public:
    ConsoleApplication();
    ~ConsoleApplication();

    /// Starts the console. Returns nothing when the event loop should run, or the exit code when start-up ended
    /// (the embedded database could not be opened; --help and --version exit inside).
    std::optional<int> start(const QStringList &arguments);

    /// `<AppDataLocation>/alerta.sqlite`.
    static QString defaultDatabasePath();

private:
    /// The embedded core, opened (and its API served) on first use; nullptr with the reason in `error`.
    AlertaCore *embeddedCore(QString *error);
    /// The embedded core with its in-process API, for BackendFactory.
    BackendFactory::Embedded embedded(QString *error);
    /// Opens the store and the core on `path`; returns the error text, empty on success.
    QString openCore(const QString &path);
    /// Serves the Alerta API of the embedded core on `address` (e.g. `127.0.0.1:8080`). Returns the error text.
    QString listen(const QString &address);
    /// Switches the window to the profile `id` (asynchronously: secrets come from the keychain).
    void useProfile(const QString &id, MainWindow *window);
    /// A new main window with `viewState`, shown; it deletes itself (and its backend) when closed.
    MainWindow *openWindow(const QVariantMap &viewState);
    /// File → New Window: another window like `original`, on the current connection with a backend of its own.
    void openWindowLike(MainWindow *original);
    void showConnections(MainWindow *window);
    void showPreferences(MainWindow *window);
    void savePreferences();
    /// Gives the preferences to every window, the notifications, the sound and the tray.
    void applyPreferences();
    /// The tray, notifications and sound follow `window` (the first one).
    void followWindow(MainWindow *window);
    /// Makes TimeFormat write times as the preferences say.
    void applyTimeFormat();
    void sendTestAlert(MainWindow *window);
    void saveViewState();

    std::unique_ptr<DesktopNotifier> m_notifier;
    std::unique_ptr<TrayController> m_tray;              ///< with a system tray only
    std::unique_ptr<AlertNotifications> m_notifications; ///< desktop notifications of the first window
    std::unique_ptr<SoundAlarm> m_sound;                 ///< the sound of those notifications, if chosen
    QSettings m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ConnectionProfileStore> m_profiles;
    std::unique_ptr<BackendFactory> m_backends;
    QString m_databasePath;
    QString m_listenAddress; ///< empty = do not serve the embedded core's API
    std::unique_ptr<AlertaCore> m_core;
    std::unique_ptr<ApiServer> m_api;
    QList<QPointer<MainWindow>> m_windows; ///< open windows, the first one's view is saved; each owns its backend
    ConsolePreferences m_preferences;
    ConsoleTranslations m_translations;
    SavedViews m_savedViews;
    int m_testAlertsSent = 0;
};
