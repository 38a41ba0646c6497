// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "app/consoleapplication.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

#include "core/alertengine.h"
#include "core/housekeeper.h"
#include "core/sqlitealertstore.h"
#include "core/sqliteconnection.h"
#include "ui/mainwindow.h"

ConsoleApplication::ConsoleApplication() = default;

ConsoleApplication::~ConsoleApplication() = default;

std::optional<int> ConsoleApplication::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Desktop console for Alerta alerts, with an embedded alert engine."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            tr("Use the alert database at <path> (created when missing) instead of %1.")
                                                .arg(QDir::toNativeSeparators(defaultDatabasePath())),
                                            tr("path"));
    parser.addOption(databaseOption);
    parser.process(arguments); // exits for --help, --version and unknown options

    const QString path = parser.isSet(databaseOption) ? parser.value(databaseOption) : defaultDatabasePath();
    if (const QString error = openEngine(path); !error.isEmpty()) {
        QMessageBox::critical(
            nullptr,
            tr("Alerta Console"),
            tr("Could not open the alert database %1:\n\n%2").arg(QDir::toNativeSeparators(path), error));
        return 1;
    }

    m_window = std::make_unique<MainWindow>(*m_engine);
    m_window->show();
    return std::nullopt;
}

QString ConsoleApplication::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/alerta.sqlite");
}

QString ConsoleApplication::openEngine(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(folder));
    try {
        m_store = std::make_shared<SqliteAlertStore>(path);
    } catch (const SqliteError &error) {
        return QString::fromUtf8(error.what());
    }
    m_engine = std::make_unique<AlertEngine>(m_store, EngineConfig{}, Clock::system());
    // Housekeeping runs by itself (every 60 s), so the embedded store needs no cron job.
    m_housekeeper = std::make_unique<Housekeeper>(*m_engine);
    return {};
}
