// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "app/consoleapplication.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QMessageBox>
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
#include "core/client/whenfinished.h"
#include "core/sqlitealertstore.h"
#include "core/sqliteconnection.h"
#include "ui/connectiondialog.h"
#include "ui/mainwindow.h"

namespace {

const QString viewStateKey = QStringLiteral("window/viewState");

} // namespace

ConsoleApplication::ConsoleApplication()
    : m_secrets(std::make_unique<KeychainSecretStore>())
    , m_profiles(std::make_unique<ConnectionProfileStore>(m_settings, *m_secrets))
    , m_backends(std::make_unique<BackendFactory>(*m_profiles, [this](QString *error) { return embedded(error); }))
{}

ConsoleApplication::~ConsoleApplication()
{
    // The window lets go of the backend first, then the backend (which may still refer to the core) goes, then the
    // core.
    if (m_window)
        m_window->setBackend(nullptr);
    m_backend.reset();
    m_window.reset();
    m_api.reset();
    m_core.reset();
}

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
    parser.addOptions({databaseOption, listenOption, noListenOption, connectionOption});
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

    m_window = std::make_unique<MainWindow>();
    m_window->restoreViewState(m_settings.value(viewStateKey).toMap());
    QObject::connect(m_window.get(), &MainWindow::manageConnectionsRequested, m_window.get(), [this] {
        showConnections();
    });
    QObject::connect(m_window.get(), &MainWindow::sendTestAlertRequested, m_window.get(), [this] { sendTestAlert(); });
    QObject::connect(m_window.get(), &MainWindow::themeChanged, m_window.get(), [this] { saveViewState(); });
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, m_window.get(), [this] { saveViewState(); });
    m_window->show();
    useProfile(profileId);
    return std::nullopt;
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
                                               m_window.get());
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

void ConsoleApplication::useProfile(const QString &id)
{
    const std::optional<ConnectionProfile> profile = m_profiles->profile(id);
    if (!profile)
        return;
    m_window->statusBar()->showMessage(tr("Connecting to %1…").arg(profile->name));
    m_backends->create(*profile, [this, id](std::unique_ptr<AlertBackend> backend, const QString &problem) {
        if (!m_window)
            return;
        if (!backend) {
            QMessageBox *box =
                new QMessageBox(QMessageBox::Warning, tr("Alerta Console"), problem, QMessageBox::Ok, m_window.get());
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        // The window stops the old backend and lets go of it before it is deleted.
        m_window->setBackend(backend.get());
        m_backend = std::move(backend);
        m_profiles->setCurrentProfileId(id);
        if (!problem.isEmpty())
            m_window->statusBar()->showMessage(problem);
        else
            m_window->statusBar()->clearMessage();
    });
}

void ConsoleApplication::showConnections()
{
    auto *dialog = new ConnectionDialog(*m_profiles, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &ConnectionDialog::connectionChosen, m_window.get(), [this](const QString &id) {
        useProfile(id);
    });
    dialog->open();
}

void ConsoleApplication::sendTestAlert()
{
    QString error;
    AlertaCore *core = embeddedCore(&error);
    if (!core) {
        m_window->statusBar()->showMessage(error);
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
        m_window->statusBar()->showMessage(tr("Could not send the test alert: %1").arg(alert.error().message));
        return;
    }
    // Asynchronous: the write waits for fsync, which must not freeze the window. It goes to this computer's core;
    // a console connected elsewhere shows it once it switches to "This computer".
    whenFinished(
        engine.receiveAsync(std::move(alert).value()),
        m_window.get(),
        [this, severity](const Result<ReceiveResult> &result) {
            if (result)
                m_window->statusBar()->showMessage(tr("Sent a %1 test alert to this computer").arg(severity), 5000);
            else
                m_window->statusBar()->showMessage(tr("Could not send the test alert: %1").arg(result.error().message));
        });
}

void ConsoleApplication::saveViewState()
{
    if (!m_window)
        return;
    m_settings.setValue(viewStateKey, m_window->viewState());
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
