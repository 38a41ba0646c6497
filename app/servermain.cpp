// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
// alerta-server: the Alerta-compatible core, headless, serving the REST API.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTextStream>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include "core/alertacore.h"
#include "core/api/apiserver.h"
#include "core/identityjson.h"
#include "core/keyservice.h"
#include "core/storefactory.h"
#include "core/userservice.h"

namespace {

int signalPipe[2] = {-1, -1};

void onTerminate(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "alerta-server: %s\n", qPrintable(message));
    return 1;
}

/// How long a graceful stop waits for the requests in progress (below systemd's TimeoutStopSec, 30 s by default).
constexpr std::chrono::milliseconds ShutdownLimit{20000};

/// SIGTERM and SIGINT stop the server gracefully: a signal handler may only write to a pipe, which the event loop
/// watches.
void installShutdown(QCoreApplication &app, ApiServer &server)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app, &server, notifier] {
        notifier->setEnabled(false);
        std::fprintf(stderr, "alerta-server: stopping: finishing requests in progress\n");
        server.stopListening();
        server.drain(ShutdownLimit, [&app](int running) {
            if (running == 0) {
                app.quit();
                return;
            }
            // Workers stuck on a database that does not answer would hold the exit for ever, past a service
            // manager's patience (systemd kills at TimeoutStopSec). What was acknowledged is stored.
            std::fprintf(
                stderr,
                "alerta-server: stopping without waiting any longer: %d requests still unanswered after %lld s\n",
                running,
                static_cast<long long>(ShutdownLimit.count() / 1000));
            std::fflush(stderr);
            ::_exit(1);
        });
    });
    struct sigaction action = {};
    action.sa_handler = onTerminate;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

QString readPassword(const QString &value)
{
    if (value != QLatin1StringView("-"))
        return value;
    QTextStream in(stdin);
    return in.readLine();
}

/// Each client connection takes a descriptor: the soft limit (often 1,024) goes up to the hard one, as servers do,
/// so that the connection cap (ConnectionCap) sits where the administrator allows.
void raiseDescriptorLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    raiseDescriptorLimit();
    ApiServer::preferQtEventLoops();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("alerta-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ALERTA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Alerta-compatible alert server.\n\n"
                       "Commands:\n"
                       "  (none)   serve the API\n"
                       "  user     create an administrator: --login, --password (or - to read it from stdin), --name\n"
                       "  key      create an API key for a user: --user, --scope (repeatable), --text, --customer"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("user or key (optional)"));
    const QCommandLineOption config(QStringLiteral("config"),
                                    QStringLiteral("Settings file (alertad.conf syntax)."),
                                    QStringLiteral("file"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address and port to serve on (default 127.0.0.1:8080)."),
                                    QStringLiteral("addr:port"),
                                    QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption database(
        QStringLiteral("database"),
        QStringLiteral("SQLite database file, or a postgres:// URL (default: DATABASE_URL when it is a postgres:// "
                       "URL, else alerta.sqlite)."),
        QStringLiteral("path-or-url"));
    const QCommandLineOption login(QStringLiteral("login"),
                                   QStringLiteral("user: login (an email is fine)."),
                                   QStringLiteral("login"));
    const QCommandLineOption password(QStringLiteral("password"),
                                      QStringLiteral("user: password, or - for stdin."),
                                      QStringLiteral("password"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("user: full name."), QStringLiteral("name"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  QStringLiteral("key: the key's user."),
                                  QStringLiteral("login"));
    const QCommandLineOption scope(QStringLiteral("scope"),
                                   QStringLiteral("key: a scope (default admin, read, write)."),
                                   QStringLiteral("scope"));
    const QCommandLineOption text(QStringLiteral("text"), QStringLiteral("key: description."), QStringLiteral("text"));
    const QCommandLineOption customer(QStringLiteral("customer"),
                                      QStringLiteral("key: customer."),
                                      QStringLiteral("customer"));
    const QCommandLineOption noStream(QStringLiteral("no-stream"),
                                      QStringLiteral("Serve no /stream WebSocket, as upstream Alerta (404); for "
                                                     "testing clients that must fall back to polling."));
    parser.addOptions({config, listen, database, login, password, name, user, scope, text, customer, noStream});
    parser.process(app);

    ServerSettings::LoadOptions options = ServerSettings::LoadOptions::fromSystem();
    if (parser.isSet(config))
        options.files.append(parser.value(config));
    // Unlike upstream's default, a server on the network requires credentials unless its settings say otherwise.
    options.defaults = [](ServerSettings &s) { s.authRequired = true; };
    const Result<ServerSettings> settings = ServerSettings::load(options);
    if (!settings)
        return fail(settings.error().message);

    // Upstream's DATABASE_URL names PostgreSQL in production; its default (MongoDB) means nothing here.
    QString location = QStringLiteral("alerta.sqlite");
    if (parser.isSet(database))
        location = parser.value(database);
    else if (StoreFactory::isPostgres(settings->databaseUrl))
        location = settings->databaseUrl;
    std::shared_ptr<AlertStore> store;
    try {
        store = StoreFactory::open(location);
    } catch (const std::exception &e) {
        return fail(
            QStringLiteral("cannot open %1: %2").arg(StoreFactory::describe(location), QString::fromUtf8(e.what())));
    }
    AlertaCore core(*settings, store);

    const QString command = parser.positionalArguments().value(0);
    if (command == QLatin1StringView("user")) {
        if (!parser.isSet(login) || !parser.isSet(password))
            return fail(QStringLiteral("user needs --login and --password"));
        const Result<User> created =
            core.users().bootstrapAdmin(parser.value(login), readPassword(parser.value(password)), parser.value(name));
        if (!created)
            return fail(created.error().message);
        std::printf("%s\n", qPrintable(created->id));
        return 0;
    }
    if (command == QLatin1StringView("key")) {
        if (!parser.isSet(user))
            return fail(QStringLiteral("key needs --user"));
        NewKey key;
        key.key.user = parser.value(user);
        key.key.scopes = parser.isSet(scope)
            ? parser.values(scope)
            : QStringList{QStringLiteral("admin"), QStringLiteral("read"), QStringLiteral("write")};
        key.key.text = parser.value(text);
        if (parser.isSet(customer))
            key.key.customer = parser.value(customer);
        const Result<ApiKey> created = core.keys().create(key, Caller::internal());
        if (!created)
            return fail(created.error().message);
        std::printf("%s\n", qPrintable(created->key));
        return 0;
    }
    if (!command.isEmpty())
        return fail(QStringLiteral("unknown command %1").arg(command));

    const QString endpoint = parser.value(listen);
    const qsizetype colon = endpoint.lastIndexOf(u':');
    const QHostAddress address(endpoint.left(colon));
    const quint16 port = endpoint.mid(colon + 1).toUShort();
    if (colon < 0 || address.isNull())
        return fail(QStringLiteral("--listen needs ADDR:PORT, e.g. 127.0.0.1:8080"));

    ApiServer server(core, ApiServer::Options{!parser.isSet(noStream)});
    if (server.listen(address, port) == 0)
        return fail(QStringLiteral("cannot listen on %1: %2").arg(endpoint, server.listenError()));
    // Before the line that tells a supervisor (or a test) that the server is up: a SIGTERM right after it must stop
    // the server gracefully, not kill it.
    installShutdown(app, server);
    std::fprintf(stderr,
                 "alerta-server: serving on %s://%s:%d (auth %s, database %s)\n",
                 qPrintable(settings->scheme()),
                 qPrintable(address.toString()),
                 int(server.ports().value(0)),
                 settings->authRequired ? "required" : "off",
                 qPrintable(StoreFactory::describe(location)));
    return app.exec();
}
