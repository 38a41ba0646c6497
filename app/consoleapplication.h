// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class AlertaCore;
class ApiServer;
class MainWindow;

/// Wires the desktop console: reads the command line, opens the embedded store, builds the core (engine, plugins,
/// services, timers) and shows the main window. Owns them for the life of the process and destroys them in reverse
/// order (window, core). Create it after the QApplication and its name/organisation are set, since the default database
/// path uses them.
class ConsoleApplication final
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleApplication)
    Q_DISABLE_COPY_MOVE(ConsoleApplication)

public:
    ConsoleApplication();
    ~ConsoleApplication();

    /// Starts the console. Returns nothing when the event loop should run, or the exit code when start-up ended
    /// (the database could not be opened; --help and --version exit inside).
    std::optional<int> start(const QStringList &arguments);

    /// `<AppDataLocation>/alerta.sqlite`.
    static QString defaultDatabasePath();

private:
    /// Opens the store and the core on `path`; returns the error text, empty on success.
    QString openCore(const QString &path);

    /// Serves the Alerta API of the embedded core on `address` (e.g. `127.0.0.1:8080`) so that monitoring tools
    /// can send alerts to the desktop. Returns the error text, empty on success.
    QString listen(const QString &address);

    std::unique_ptr<AlertaCore> m_core;
    std::unique_ptr<ApiServer> m_api;
    std::unique_ptr<MainWindow> m_window;
};
