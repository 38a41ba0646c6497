// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class AlertEngine;
class Housekeeper;
class MainWindow;
class SqliteAlertStore;

/// Wires the desktop console: reads the command line, opens the embedded store, builds the engine and shows the
/// main window. Owns them for the life of the process and destroys them in reverse order (window, housekeeper, engine,
/// store). Create it after the QApplication and its name/organisation are set, since the default database path uses
/// them.
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
    /// Opens the store and the engine on `path`; returns the error text, empty on success.
    QString openEngine(const QString &path);

    std::shared_ptr<SqliteAlertStore> m_store;
    std::unique_ptr<AlertEngine> m_engine;
    std::unique_ptr<Housekeeper> m_housekeeper;
    std::unique_ptr<MainWindow> m_window;
};
