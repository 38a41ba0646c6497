// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/api/apiserver.h"

#include "core/api/answerorder.h"
#include "core/api/connectionguard.h"

#include "core/api/pgstreamfeed.h"
#include "core/pgalertstore.h"

#include "core/alertacore.h"
#include "core/api/routes.h"
#include "core/api/servertls.h"
#include "core/api/streamserver.h"
#include "core/logging.h"
#include "core/pgconnection.h"
#include "core/sqliteconnection.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTimer>
#include <QUuid>

#include <sys/ioctl.h>

#include <atomic>
#include <exception>
#include <future>
#include <mutex>

namespace {

QLoggingCategory::CategoryFilter previousLogFilter = nullptr;

// Qt's HTTP server and WebSocket module log each request with all its headers at debug level, Authorization and
// X-API-Key included: whoever turns debug logging on to chase a problem would write every client's credentials to
// the journal. Those categories stay off whatever the rules say; our own request log line carries no secrets.
void withoutCredentialDumps(QLoggingCategory *category)
{
    if (previousLogFilter)
        previousLogFilter(category);
    const QByteArrayView name(category->categoryName());
    if (name.startsWith("qt.httpserver") || name.startsWith("qt.websockets"))
        category->setEnabled(QtDebugMsg, false);
}

const QByteArray AllowedMethods = QByteArrayLiteral("DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT");

void writeAnswer(ApiResponse response, bool head, QHttpServerResponder &responder)
{
    const auto status = static_cast<QHttpServerResponder::StatusCode>(response.status);
    if (!head) {
        QHttpServerResponse r(response.contentType, std::move(response.body), status);
        for (auto &[name, value] : response.headers)
            r.addHeader(std::move(name), std::move(value));
        r.write(std::move(responder));
        return;
    }
    // The head a GET would have, Content-Length included (RFC 9110 §9.3.2); QHttpServerResponse would say 0.
    responder.writeStatusLine(status);
    responder.writeHeader(QByteArrayLiteral("Content-Type"), response.contentType);
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(response.body.size()));
    responder.writeBody(QByteArray());
}

// Flask's descriptions for the framework errors, kept in the envelope's `errors`.
ApiError methodNotAllowed()
{
    const QString description = QStringLiteral("The method is not allowed for the requested URL.");
    return ApiError{405, u"405 Method Not Allowed: " + description, {description}};
}

} // namespace

/// Where answers are handed to the server's thread, from workers and from the store's writer: once the server is
/// being destroyed nothing more is posted to it (an answer that arrives then is dropped, its connection going too).
class ApiServer::Mailbox
{
public:
    explicit Mailbox(QObject *server)
        : m_server(server)
    {}
    void post(std::function<void()> run)
    {
        std::lock_guard lock(m_mutex);
        if (m_server)
            QMetaObject::invokeMethod(m_server, std::move(run), Qt::QueuedConnection);
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_server = nullptr;
    }

private:
    std::mutex m_mutex;
    QObject *m_server;
};

ApiServer::ApiServer(AlertaCore &core, QObject *parent)
    : ApiServer(core, Options{}, parent)
{}

ApiServer::ApiServer(AlertaCore &core, Options options, QObject *parent)
    : QObject(parent)
    , m_core(core)
    , m_auth(core)
{
    m_mailbox = std::make_shared<Mailbox>(this);
    static std::once_flag filterInstalled;
    std::call_once(filterInstalled,
                   [] { previousLogFilter = QLoggingCategory::installFilter(withoutCredentialDumps); });
    Routes::addAll(m_router);
    // CORS_ORIGINS: plain origins, and (as Flask-CORS) entries with regex characters as patterns, compiled once.
    static const QRegularExpression regexCharacters(QStringLiteral("[\\\\^$*+?()\\[\\]{}|]"));
    for (const QString &allowed : core.settings().corsOrigins) {
        m_corsOrigins.insert(allowed);
        if (allowed.contains(regexCharacters)) {
            const QRegularExpression re(QRegularExpression::anchoredPattern(allowed));
            if (re.isValid())
                m_corsOriginPatterns.append(re);
        }
    }
    // First: its route takes every WebSocket upgrade ahead of the routes below (see StreamServer::attach).
    m_stream = std::make_unique<StreamServer>(core, m_auth);
    m_streamOn = options.stream;
    if (options.stream) {
        m_stream->attach(m_http);
    } else {
        // No clients, so nothing kept for them; it still publishes this instance's changes to the others'.
        StreamServer::Options none;
        none.window = 0;
        none.pingSeconds = 0;
        none.recheckSeconds = 0;
        m_stream->setOptions(none);
    }
    // Instances that share a PostgreSQL database see each other's changes on their streams.
    if (auto *shared = dynamic_cast<PgAlertStore *>(&core.store()))
        m_stream->addFeed(std::make_unique<PgStreamFeed>(*shared, core.engine()));

    routeEveryPath(m_http, [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        respondLater(request, std::move(responder));
    });
}

void ApiServer::preferQtEventLoops()
{
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
}

void ApiServer::routeEveryPath(QHttpServer &http, const Serve &serve)
{
    using R = const QHttpServerRequest &;
    using W = QHttpServerResponder &&;
    using S = const QString &;
    http.route(QStringLiteral("/"), serve);
    http.route(QStringLiteral("/<arg>"), [serve](S, R r, W w) { serve(r, std::move(w)); });
    http.route(QStringLiteral("/<arg>/<arg>"), [serve](S, S, R r, W w) { serve(r, std::move(w)); });
    http.route(QStringLiteral("/<arg>/<arg>/<arg>"), [serve](S, S, S, R r, W w) { serve(r, std::move(w)); });
    http.route(QStringLiteral("/<arg>/<arg>/<arg>/<arg>"), [serve](S, S, S, S, R r, W w) { serve(r, std::move(w)); });
    http.route(QStringLiteral("/<arg>/<arg>/<arg>/<arg>/<arg>"),
               [serve](S, S, S, S, S, R r, W w) { serve(r, std::move(w)); });
    http.setMissingHandler(serve);
}

void ApiServer::respondLater(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    // The answer is written back on this thread, and only if the client is still connected: Qt 6.4 deletes the
    // socket of a client that hung up, and writing to it (as its QFuture answers do) crashes the server.
    QPointer<QTcpSocket> socket = responder.socket();
    if (socket) {
        // Answers are written in one go, but a large one leaves in several segments: without this the client's
        // delayed ACK holds the tail for 40 ms (Nagle).
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    }
    // QHttpServer has read this request whole: the connection's guard starts on the next one.
    bool close = m_stopping;
    if (ConnectionGuard *guard = ConnectionGuard::of(socket))
        close = guard->requestDispatched() || close;
    // Counts the request until the last copy of the token, in the closure that writes the answer, is gone.
    ++*m_inProgress;
    const std::shared_ptr<void> inProgress(nullptr, [count = m_inProgress](void *) { --*count; });
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    ApiRequest copy = ApiRequest::from(request, m_core.settings().baseUrl, m_core.settings().scheme());
    copy.maxJsonDepth = m_core.settings().maxJsonDepth;
    const bool safe = AnswerOrder::isSafe(copy.method);
    // The order goes with the socket (its child): null once the client has gone.
    QPointer<AnswerOrder> order = socket ? AnswerOrder::of(socket) : nullptr;
    auto run = [this, alive = m_alive, copy = std::move(copy), held, order, close, inProgress](
                   AnswerOrder::Place place) mutable {
        if (!*alive)
            return;
        auto pending =
            std::make_shared<PendingAnswer>(PendingAnswer{std::make_shared<const ApiRequest>(std::move(copy)),
                                                          held,
                                                          order,
                                                          place,
                                                          close,
                                                          inProgress,
                                                          {}});
        m_workers.start([this, pending] { answer(pending); });
    };
    if (order)
        order->take(safe, std::move(run));
    else
        run(0);
}

// On a worker: runs the request; its answer goes back to the server's thread, now or once the handler answers later.
void ApiServer::answer(const std::shared_ptr<PendingAnswer> &pending) const
{
    pending->elapsed.start();
    const ApiRequest &request = *pending->request;
    // A handler answers once: through `later` or by returning its answer. A second answer would take the place of
    // the connection's next request.
    auto answered = std::make_shared<std::atomic<bool>>(false);
    const AnswerLater later = [this, pending, answered, mailbox = m_mailbox](std::function<ApiResponse()> build) {
        if (answered->exchange(true))
            return;
        mailbox->post([this, pending, build = std::move(build)] {
            ApiResponse answer = guarded(*pending->request, build);
            finish(*pending->request, answer, pending->elapsed);
            writeBack(*pending, std::move(answer));
        });
    };
    auto answer = std::make_shared<ApiResponse>(guarded(request, [&] { return dispatch(request, later); }));
    if (answer->isLater() || answered->exchange(true))
        return;
    finish(request, *answer, pending->elapsed);
    m_mailbox->post([this, pending, answer] { writeBack(*pending, std::move(*answer)); });
}

// On the server's thread: the answer takes its place in the connection's order.
void ApiServer::writeBack(const PendingAnswer &pending, ApiResponse answer)
{
    if (!pending.order)
        return;
    if (pending.close)
        answer.headers.append({QByteArrayLiteral("Connection"), QByteArrayLiteral("close")});
    const bool head = pending.request->method == "HEAD";
    auto written = std::make_shared<ApiResponse>(std::move(answer));
    pending.order->answer(
        pending.place,
        [written, held = pending.responder, head, inProgress = pending.inProgress] {
            writeAnswer(std::move(*written), head, *held);
        },
        pending.close);
}

ApiServer::~ApiServer()
{
    *m_alive = false;
    m_mailbox->close(); // answers still to come from the store are dropped with their connections
    waitForRequests();
}

quint16 ApiServer::listen(const QHostAddress &address, quint16 port)
{
    // Our own QTcpServer, so that every connection is guarded (size limits, malformed heads) before QHttpServer
    // reads it; bind() makes it a child of m_http, where ports(), stopListening() and the stream find it.
    const ServerSettings &settings = m_core.settings();
    const RequestLimits limits{settings.maxHeaderSize,
                               settings.maxContentLength,
                               m_streamOn,
                               settings.keepAliveTimeout * 1000,
                               settings.requestTimeout * 1000};
    QTcpServer *server = nullptr;
    if (settings.tlsCertFile.isEmpty() && settings.tlsKeyFile.isEmpty()) {
        server = new GuardedTcpServer(limits, &m_http);
    } else {
        const Result<QSslConfiguration> tls = ServerTls::load(settings.tlsCertFile, settings.tlsKeyFile);
        if (!tls) {
            m_listenError = tls.error().message;
            return 0;
        }
        server = new GuardedSslServer(limits, *tls, &m_http);
    }
    if (!server->listen(address, port)) {
        m_listenError = server->errorString();
        delete server;
        return 0;
    }
    m_http.bind(server);
    return server->serverPort();
}

QList<quint16> ApiServer::ports()
{
    return m_http.serverPorts();
}

void ApiServer::stopListening()
{
    m_stopping = true;
    for (QTcpServer *server : m_http.servers())
        server->close();
}

namespace {

/// Bytes a client sent that are still to be read, by Qt or from the kernel: requests that came before the stop.
bool hasUnreadInput(QTcpSocket &socket)
{
    int kernel = 0;
    return socket.bytesAvailable() > 0
        || (socket.socketDescriptor() >= 0 && ::ioctl(int(socket.socketDescriptor()), FIONREAD, &kernel) == 0
            && kernel > 0);
}

} // namespace

void ApiServer::drain(std::chrono::milliseconds limit, std::function<void(int running)> done)
{
    // Polled: the answers come back through this thread's event loop, which must keep running meanwhile.
    const QDeadlineTimer deadline(limit);
    auto *poll = new QTimer(this);
    poll->setInterval(10);
    connect(poll, &QTimer::timeout, this, [this, poll, deadline, done = std::move(done)] {
        bool busy = false;
        for (QTcpServer *server : m_http.servers()) {
            for (QTcpSocket *socket : server->findChildren<QTcpSocket *>()) {
                socket->flush();
                const ConnectionGuard *guard = ConnectionGuard::of(socket);
                busy = busy || socket->bytesToWrite() > 0 || (guard && guard->isPartwayThroughRequest())
                    || hasUnreadInput(*socket);
            }
        }
        const int running = m_inProgress->load();
        if ((running > 0 || busy) && !deadline.hasExpired())
            return;
        poll->deleteLater();
        done(running);
    });
    poll->start();
}

void ApiServer::waitForRequests()
{
    m_workers.waitForDone();
}

namespace {
// What a client is told of a request that threw: the store's errors know their status (503 unavailable or timed
// out, 507 disk full), anything else is upstream's 500.
ApiError errorOf(const std::exception &e)
{
    if (const auto *pg = dynamic_cast<const PgError *>(&e))
        return pg->apiError();
    if (const auto *sqlite = dynamic_cast<const SqliteError *>(&e))
        return sqlite->apiError();
    return ApiError::internal(QStringLiteral("An internal error has occurred!"), {QString::fromUtf8(e.what())});
}
} // namespace

ApiResponse ApiServer::handle(const ApiRequest &request) const
{
    QElapsedTimer elapsed;
    elapsed.start();
    // Shared: the store may report after this returned (a handler that answered twice), or never (a dropped report).
    auto later = std::make_shared<std::promise<std::function<ApiResponse()>>>();
    std::future<std::function<ApiResponse()>> built = later->get_future();
    ApiResponse response = guarded(request, [&] {
        return dispatch(
            request,
            [later, answered = std::make_shared<std::atomic<bool>>(false)](std::function<ApiResponse()> build) {
                if (!answered->exchange(true)) // answers once (see answer())
                    later->set_value(std::move(build));
            });
    });
    if (response.isLater())
        response = guarded(request, [&built] { return built.get()(); });
    finish(request, response, elapsed);
    return response;
}

ApiResponse ApiServer::guarded(const ApiRequest &request, const std::function<ApiResponse()> &produce) const
{
    try {
        return produce();
    } catch (const std::exception &e) {
        // Logged whole; a database's error tells the client what failed, not where the database is (PostgreSQL's
        // messages name the server, the user and the socket).
        qCWarning(lcEngine) << "request" << request.requestId << request.method << request.path
                            << "failed:" << e.what();
        return ApiResponse::error(errorOf(e), request.requestId);
    }
}

void ApiServer::finish(const ApiRequest &request, ApiResponse &response, const QElapsedTimer &elapsed) const
{
    decorate(request, response);
    qCInfo(lcApi).noquote() << request.peerAddress << request.method << request.path << response.status
                            << QStringLiteral("%1 ms").arg(elapsed.nsecsElapsed() / 1e6, 0, 'f', 2)
                            << request.requestId;
}

Result<ApiAnswer> ApiServer::call(const ApiCall &call, const Caller &caller) const
{
    ApiRequest request;
    request.method = call.verb;
    request.path = call.path;
    request.query = call.query;
    if (call.verb == "POST" || call.verb == "PUT" || !call.body.isEmpty()) {
        request.body = QJsonDocument(call.body).toJson(QJsonDocument::Compact);
        request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    }
    request.peerAddress = QStringLiteral("console");
    request.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.inProcessCaller = caller;
    const ApiResponse response = handle(request);
    if (response.status >= 400) {
        const QJsonObject envelope = QJsonDocument::fromJson(response.body).object();
        ApiError error{response.status, envelope.value(QLatin1StringView("message")).toString(), {}};
        if (error.message.isEmpty())
            error.message = QString::fromUtf8(response.body).trimmed();
        for (const QJsonValue &v : envelope.value(QLatin1StringView("errors")).toArray())
            error.errors.append(v.toString());
        return error;
    }
    return ApiAnswer{response.status, response.contentType, response.body};
}

ApiResponse ApiServer::dispatch(const ApiRequest &request, const AnswerLater &later) const
{
    if (request.invalidUrlEncoding)
        return ApiResponse::error(
            badRequestError(QStringLiteral("The path or query string is not UTF-8, or holds a NUL")),
            request.requestId);
    // The connection's guard refuses such a body before it is read; this catches what it could not tell apart
    // (a request pipelined behind another). The console in this process is not limited.
    const int maxBody = m_core.settings().maxContentLength;
    if (maxBody > 0 && request.body.size() > maxBody && !request.inProcessCaller)
        return ApiResponse::error(payloadTooLargeError(maxBody), request.requestId);
    const ApiRouter::Match match = m_router.match(request.method, request.path);
    if (request.method == "OPTIONS" && match.pathExists)
        return preflight(request);
    if (!match.route && !match.pathExists)
        return ApiResponse::error(notFoundError(), request.requestId);
    if (!match.route) {
        // What the path does answer (RFC 9110 §15.5.6), as Flask lists it: HEAD with GET, and OPTIONS.
        QByteArrayList allow = match.allowedMethods;
        if (allow.contains("GET"))
            allow.append(QByteArrayLiteral("HEAD"));
        allow.append(QByteArrayLiteral("OPTIONS"));
        std::sort(allow.begin(), allow.end());
        ApiResponse refused = ApiResponse::error(methodNotAllowed(), request.requestId);
        refused.addHeader("Allow", allow.join(", "));
        return refused;
    }
    const ApiRoute &route = *match.route;

    // Before the credentials, as upstream's before_request hook runs before its views' permission checks.
    if (route.jsonBody && (request.method == "POST" || request.method == "PUT") && !request.hasJsonContentType()) {
        const QString spelling = request.path.startsWith(QLatin1StringView("/auth/")) ? QStringLiteral("Content-Type")
                                                                                      : QStringLiteral("Content-type");
        return ApiResponse::error(request.jsonObject(spelling).error(), request.requestId);
    }

    // Refusals of Basic (and auth-proxy) callers, 401 and 403 alike, ask for other credentials.
    const auto refuse = [&](const ApiError &error, bool challenge) {
        ApiResponse denied = ApiResponse::error(error, request.requestId);
        if (challenge)
            denied.addHeader("WWW-Authenticate", "Basic realm=" + m_core.settings().basicAuthRealm.toUtf8());
        return denied;
    };
    Authenticator::Identity identity;
    if (route.access != ApiRoute::Access::Public) {
        const Result<Authenticator::Identity> who = m_auth.authenticate(request);
        if (!who)
            return refuse(who.error(), request.header("Authorization").toLower().startsWith("basic"));
        identity = *who;
        if (route.access == ApiRoute::Access::SignedIn && identity.caller.login.isEmpty())
            return ApiResponse::error(
                ApiError{401, QStringLiteral("Missing authorization API Key or Bearer Token"), {}},
                request.requestId);
        if (route.access == ApiRoute::Access::Scoped) {
            if (const VoidResult allowed = m_auth.checkScope(identity, route.scope); !allowed)
                return refuse(allowed.error(), identity.challenge);
        }
    }

    // MAX_PAGE_SIZE: upstream has no cap, but one request must not make the server build an unbounded answer.
    // Only too large values are answered here; the handlers judge the rest (not an integer, negative).
    if (const int maxPageSize = m_core.settings().maxPageSize; maxPageSize > 0) {
        for (const QString &name : {QStringLiteral("page-size"), QStringLiteral("limit")}) {
            bool isNumber = false;
            const QString value = request.param(name);
            if (value.toLongLong(&isNumber) > maxPageSize && isNumber)
                return ApiResponse::error(
                    ApiError::badRequest(QStringLiteral("Invalid %1 parameter: '%2' is over the maximum of %3")
                                             .arg(name, value)
                                             .arg(maxPageSize)),
                    request.requestId);
        }
    }

    ApiContext context{request, identity.caller, match.args, m_core, later};
    return route.handler(context);
}

ApiResponse ApiServer::preflight(const ApiRequest &request) const
{
    ApiResponse r = ApiResponse::text({}, 200, QByteArrayLiteral("text/html; charset=utf-8"));
    r.addHeader("Access-Control-Allow-Methods", AllowedMethods);
    const QByteArray requested = request.header("Access-Control-Request-Headers");
    QByteArrayList allowed;
    for (const QString &h : m_core.settings().corsAllowHeaders)
        allowed.append(h.toUtf8());
    if (requested.isEmpty()) {
        r.addHeader("Access-Control-Allow-Headers", allowed.join(", "));
    } else {
        // The asked headers that CORS_ALLOW_HEADERS lists, sorted, as Flask-CORS answers: never a header the
        // settings do not allow, whatever the client asks.
        const bool any = allowed.contains("*");
        QByteArrayList granted;
        for (const QByteArray &asked : requested.split(',')) {
            const QByteArray name = asked.trimmed();
            const bool listed = std::any_of(allowed.cbegin(), allowed.cend(), [&name](const QByteArray &a) {
                return a.compare(name, Qt::CaseInsensitive) == 0;
            });
            if (!name.isEmpty() && (any || listed))
                granted.append(name);
        }
        std::sort(granted.begin(), granted.end());
        if (!granted.isEmpty())
            r.addHeader("Access-Control-Allow-Headers", granted.join(", "));
    }
    r.addHeader("Access-Control-Max-Age", "21600");
    return r;
}

void ApiServer::decorate(const ApiRequest &request, ApiResponse &response) const
{
    response.addHeader("X-Request-ID", request.requestId.toUtf8());

    const QByteArray origin = request.header("Origin");
    // A route that lets every origin in (the oEmbed widget) has said so itself.
    if (!origin.isEmpty() && originAllowed(origin) && !response.hasHeader("Access-Control-Allow-Origin")) {
        response.addHeader("Access-Control-Allow-Origin", origin);
        response.addHeader("Vary", "Origin");
        if (m_core.settings().corsSupportsCredentials || request.path.startsWith(QLatin1StringView("/auth/")))
            response.addHeader("Access-Control-Allow-Credentials", "true");
    }

    // JSONP (spec §0): `callback=<fn>` wraps JSON answers. Only a plain JavaScript name is accepted, so that the
    // parameter cannot inject script.
    const QString callback = request.param(QStringLiteral("callback"));
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$.]*$"));
    if (!callback.isEmpty() && response.contentType == "application/json" && identifier.match(callback).hasMatch()) {
        response.body = callback.toUtf8() + '(' + response.body + ')';
        response.contentType = QByteArrayLiteral("application/javascript");
    }
}

bool ApiServer::originAllowed(const QByteArray &origin) const
{
    const QString o = QString::fromUtf8(origin);
    if (m_corsOrigins.contains(QStringLiteral("*")) || m_corsOrigins.contains(o))
        return true;
    return std::any_of(m_corsOriginPatterns.cbegin(), m_corsOriginPatterns.cend(), [&o](const QRegularExpression &re) {
        return re.match(o).hasMatch();
    });
}
