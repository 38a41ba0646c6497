// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "app/consoleapplication.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

#include "core/alertacore.h"
#include "core/alertengine.h"
#include "core/api/apiserver.h"
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
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        tr("Serve the Alerta API of the embedded core on <address:port> (default 127.0.0.1:8080), so that monitoring "
           "tools can send alerts to this console."),
        tr("address:port"),
        QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption noListenOption(QStringLiteral("no-listen"),
                                            tr("Do not serve the Alerta API (alerts come only from this window)."));
    parser.addOption(listenOption);
    parser.addOption(noListenOption);
    parser.process(arguments); // exits for --help, --version and unknown options

    const QString path = parser.isSet(databaseOption) ? parser.value(databaseOption) : defaultDatabasePath();
    if (const QString error = openCore(path); !error.isEmpty()) {
        QMessageBox::critical(
            nullptr,
            tr("Alerta Console"),
            tr("Could not open the alert database %1:\n\n%2").arg(QDir::toNativeSeparators(path), error));
        return 1;
    }

    // A busy port must not keep the console from starting: it still shows its alerts, and says why none arrive.
    QString listenError;
    if (!parser.isSet(noListenOption))
        listenError = listen(parser.value(listenOption));

    m_window = std::make_unique<MainWindow>(m_core->engine());
    m_window->show();
    if (!listenError.isEmpty())
        QMessageBox::warning(m_window.get(), tr("Alerta Console"), listenError);
    return std::nullopt;
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
    m_api = std::make_unique<ApiServer>(*m_core);
    if (m_api->listen(host, port) == 0) {
        m_api.reset();
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
    return {};
}
