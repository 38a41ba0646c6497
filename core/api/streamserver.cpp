// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/api/streamserver.h"

#include "core/alertacore.h"
#include "core/alertjson.h"
#include "core/alertmemory.h"
#include "core/alertquery.h"
#include "core/alertrow.h"
#include "core/api/apirequest.h"
#include "core/api/authenticator.h"
#include "core/jsontext.h"
#include "core/logging.h"
#include "core/sqliteconnection.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerRouterRule>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

namespace {

const QString StreamPath = QStringLiteral("/stream");
/// The stream's own parameters; every other one is an `/alerts` filter.
const QString RevisionParam = QStringLiteral("revision");
const QString EpochParam = QStringLiteral("epoch");
/// RFC 6455 §5.5: a close frame's payload is at most 125 bytes, two of them the code.
constexpr qsizetype MaxCloseReason = 123;
/// A client that does not finish the closing handshake in this time is cut off.
constexpr int CloseGraceMs = 5000;
/// Clients only send control frames; anything larger than this is not a stream client.
constexpr qint64 MaxIncomingMessage = 4096;
// Room for frame headers and the server's own control frames beside its messages (cutOffFloods()).
constexpr qint64 FrameSlack = 64 * 1024;
// How often cutOffFloods() looks: a flood on loopback adds about 30 MB in that time.
constexpr int FloodCheckMs = 100;
/// Encoded messages kept for the other clients of the same event.
constexpr size_t EncodedCacheSize = 256;

// The store's `alerts` columns (core/sqliteschema.cpp, AlertRow) without its constraints: the window holds
// several states of one alert. `rid` is 2 × revision for the state after a change and 2 × revision − 1 for the state
// before it.
// The columns need no declared types: every value is bound with the type the store binds, so filters compare alike.
// A function, not a constant: AlertColumns is another file's static.
QString windowSchema()
{
    QString columns = AlertRow::AlertColumns;
    columns.replace(QStringLiteral("rid, "), QStringLiteral("rid INTEGER PRIMARY KEY, "));
    return u"CREATE TABLE alerts (" + columns + u")";
}

QString changeName(AlertEngine::Change change)
{
    switch (change) {
    case AlertEngine::Change::Created:
        return QStringLiteral("created");
    case AlertEngine::Change::Duplicated:
        return QStringLiteral("duplicated");
    case AlertEngine::Change::Correlated:
        return QStringLiteral("correlated");
    case AlertEngine::Change::Updated:
        return QStringLiteral("updated");
    case AlertEngine::Change::Deleted:
        return QStringLiteral("deleted");
    }
    return QStringLiteral("updated");
}

// Fields of `state` equal to those of `previous` take its copies, which share their data: a received alert's text is
// parsed anew from each request, though mostly the same as before, and the window keeps thousands of states.
void shareUnchanged(Alert &state, const Alert &previous)
{
    const auto share = [](auto &field, const auto &kept) {
        if (field == kept)
            field = kept;
    };
    share(state.id, previous.id);
    share(state.resource, previous.resource);
    share(state.event, previous.event);
    share(state.environment, previous.environment);
    share(state.severity, previous.severity);
    share(state.correlate, previous.correlate);
    share(state.status, previous.status);
    share(state.service, previous.service);
    share(state.group, previous.group);
    share(state.value, previous.value);
    share(state.text, previous.text);
    share(state.tags, previous.tags);
    share(state.attributes, previous.attributes);
    share(state.origin, previous.origin);
    share(state.type, previous.type);
    share(state.rawData, previous.rawData);
    share(state.customer, previous.customer);
    share(state.previousSeverity, previous.previousSeverity);
    share(state.trendIndication, previous.trendIndication);
    share(state.lastReceiveId, previous.lastReceiveId);
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Cut to what a close frame carries, without splitting a character.
QString closeReason(const QString &reason)
{
    QString cut = reason;
    while (cut.toUtf8().size() > MaxCloseReason)
        cut.chop(1);
    return cut;
}

quint16 closeCodeFor(const ApiError &error)
{
    switch (error.code) {
    case 400:
        return StreamServer::BadRequest;
    case 401:
        return StreamServer::Unauthorized;
    case 403:
        return StreamServer::Forbidden;
    case 429:
        return StreamServer::TooManyRequests;
    default:
        return StreamServer::Internal;
    }
}

// The caller that `request`'s credentials make, if it may read alerts: checked on the upgrade and again now and
// then (recheckAll()), as every REST request is; the errors are REST's (401, 403, 429).
Result<Caller> streamReader(const Authenticator &auth, const ApiRequest &request, Authenticator::Purpose purpose)
{
    const Result<Authenticator::Identity> who = auth.authenticate(request, purpose);
    if (!who)
        return who.error();
    if (const VoidResult allowed = auth.checkScope(*who, QStringLiteral("read:alerts")); !allowed)
        return allowed.error();
    return who->caller;
}

/// Takes every request that asks for a WebSocket, whatever its path: Qt 6.4 upgrades a request only once a route
/// has taken it, and a route that answers it would write HTTP into the WebSocket. The handler answers nothing.
class UpgradeRule final : public QHttpServerRouterRule
{
public:
    using QHttpServerRouterRule::QHttpServerRouterRule;

protected:
    bool matches(const QHttpServerRequest &request, QRegularExpressionMatch *match) const override
    {
        *match = QRegularExpressionMatch();
        // As Qt's parser decides that a request upgrades: `Connection: upgrade` and an Upgrade header.
        const bool connectionUpgrade = request.value(QByteArrayLiteral("connection")).toLower().contains("upgrade");
        return connectionUpgrade
            && request.value(QByteArrayLiteral("upgrade")).trimmed().compare("websocket", Qt::CaseInsensitive) == 0;
    }
};

} // namespace

// ---------------------------------------------------------------------------------------------------------------

EngineStreamFeed::EngineStreamFeed(AlertEngine &engine)
    : m_engine(engine)
{}

EngineStreamFeed::~EngineStreamFeed()
{
    stop();
}

void EngineStreamFeed::start(Sink sink, Missed)
{
    stop();
    // No context object: a direct call on the writer's thread, where the sink only queues the change.
    m_connection =
        QObject::connect(&m_engine,
                         &AlertEngine::alertChangeDetails,
                         [sink = std::move(sink)](const AlertEngine::ChangeDetails &details) { sink(details); });
}

void EngineStreamFeed::stop()
{
    if (m_connection)
        QObject::disconnect(m_connection);
    m_connection = {};
}

// ---------------------------------------------------------------------------------------------------------------

/// One kept change with the alert's states on both sides of it (without history).
struct StreamServer::Event
{
    qint64 revision = 0;
    AlertEngine::Change change = AlertEngine::Change::Updated;
    QString alertId;
    /// As it was, or as this stream last saw it (another instance's change comes without it); none when new.
    std::shared_ptr<const Alert> before;
    std::shared_ptr<const Alert> after; ///< none for a deletion
    qint64 bytes = 0;                   ///< roughly what its states take (approxMemory())
    /// Another instance's change of an alert this stream has not seen: whether a client had it is not known, so
    /// every client allowed to see it (`customer`) is told when it is gone or does not match (`visible: false`).
    bool beforeUnknown = false;
    QString customer = {};
};

struct StreamServer::Client
{
    quint64 id = 0;
    std::unique_ptr<QWebSocket> socket;
    bool live = false;    ///< receives events
    bool closing = false; ///< rejected or dropped: waits for the socket to go
    QString peer;
    QString requestId;
    QString root;
    bool rawData = false;
    QStringList customers;  ///< the customers its credentials may see; empty: all
    ApiRequest credentials; ///< the upgrade request, to check its credentials again
    bool rechecking = false;
    qsizetype largestMessage = 0;                ///< bytes of the largest message written to it
    std::deque<std::pair<qint64, bool>> backlog; ///< matching revisions not yet written, and their `visible`
    /// Neither a filter nor a customer restriction: every change concerns the client, no SQL needed.
    bool seesEverything = false;
    QVariantList binds;                   ///< the filter's binds, after the two revision bounds
    std::optional<SqliteStatement> match; ///< rids of the window table in (?, ?] that the filter admits
};

/// Changes handed over by the feeds, from any thread, until the server's thread drains them.
struct StreamServer::Inbox
{
    QMutex mutex;
    QList<AlertEngine::ChangeDetails> changes;
    bool wakePending = false;
    StreamServer *server = nullptr; ///< null once the server is gone
};

/// What authentication and filter compilation decided for one connection.
struct StreamServer::Setup
{
    std::optional<ApiError> error;
    SqlFragment where; ///< the filter and the customer restriction
    std::optional<qint64> revision;
    QString epoch;
    QString root;
    Caller caller; ///< who streams
    bool rawData = false;
};

StreamServer::StreamServer(AlertaCore &core, const Authenticator &auth, QObject *parent)
    : QObject(parent)
    , m_core(core)
    , m_auth(auth)
    , m_epoch(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_inbox(std::make_shared<Inbox>())
    , m_window(std::make_unique<SqliteConnection>(QStringLiteral(":memory:")))
{
    m_window->execute(windowSchema());
    m_window->execute(QStringLiteral("CREATE INDEX alerts_id ON alerts (id)"));
    m_inbox->server = this;
    m_pool.setMaxThreadCount(4);
    connect(&m_ping, &QTimer::timeout, this, [this] {
        for (const auto &[id, client] : m_clients) {
            if (client->live)
                client->socket->ping();
        }
    });
    connect(&m_recheck, &QTimer::timeout, this, &StreamServer::recheckAll);
    connect(&m_floodCheck, &QTimer::timeout, this, &StreamServer::cutOffFloods);
    m_floodCheck.start(FloodCheckMs);
    setOptions(m_options);
    addFeed(std::make_unique<EngineStreamFeed>(core.engine()));
}

StreamServer::~StreamServer()
{
    {
        QMutexLocker lock(&m_inbox->mutex);
        m_inbox->server = nullptr;
    }
    for (const std::unique_ptr<StreamFeed> &feed : m_feeds)
        feed->stop();
    m_pool.waitForDone();
    for (auto &[id, client] : m_clients) {
        client->match.reset();
        if (client->socket->state() == QAbstractSocket::ConnectedState && !client->closing) {
            client->socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("server shutting down"));
            client->socket->flush();
        }
    }
    m_clients.clear();
}

void StreamServer::attach(QHttpServer &http)
{
    http.route<UpgradeRule>(StreamPath, [](const QHttpServerRequest &, QHttpServerResponder &&) {});
    connect(&http, &QHttpServer::newWebSocketConnection, this, [this, &http] {
        while (http.hasPendingWebSocketConnections())
            accept(http.nextPendingWebSocketConnection());
    });
}

void StreamServer::addFeed(std::unique_ptr<StreamFeed> feed)
{
    feed->start(
        [inbox = m_inbox](AlertEngine::ChangeDetails details) {
            QMutexLocker lock(&inbox->mutex);
            if (!inbox->server)
                return;
            inbox->changes.append(std::move(details));
            if (!inbox->wakePending) {
                inbox->wakePending = true;
                // Posted under the lock, so the server cannot be destroyed in between; its destructor drops the post.
                StreamServer *server = inbox->server;
                QMetaObject::invokeMethod(
                    server,
                    [server] { server->drain(); },
                    Qt::QueuedConnection);
            }
        },
        [inbox = m_inbox] {
            QMutexLocker lock(&inbox->mutex);
            if (!inbox->server)
                return;
            // After the drains already posted: the changes queued before the loss go out first.
            StreamServer *server = inbox->server;
            QMetaObject::invokeMethod(
                server,
                [server] { server->startOver(QStringLiteral("changes missed")); },
                Qt::QueuedConnection);
        });
    m_feeds.push_back(std::move(feed));
}

void StreamServer::setOptions(const Options &options)
{
    m_options = options;
    if (m_options.pingSeconds > 0)
        m_ping.start(m_options.pingSeconds * 1000);
    else
        m_ping.stop();
    if (m_options.recheckSeconds > 0)
        m_recheck.start(m_options.recheckSeconds * 1000);
    else
        m_recheck.stop();
    trim();
}

int StreamServer::liveCount() const
{
    int live = 0;
    for (const auto &[id, client] : m_clients)
        live += client->live ? 1 : 0;
    return live;
}

void StreamServer::accept(std::unique_ptr<QWebSocket> socket)
{
    if (!socket)
        return;
    auto owned = std::make_unique<Client>();
    Client &client = *owned;
    client.id = ++m_nextClient;
    client.socket = std::move(socket);
    QWebSocket *ws = client.socket.get();
    ws->setMaxAllowedIncomingMessageSize(MaxIncomingMessage);
    ws->setMaxAllowedIncomingFrameSize(MaxIncomingMessage);
    client.peer = ws->peerAddress().toString();
    m_clients.emplace(client.id, std::move(owned));
    // Queued: a socket may report its end from inside close() or a send, while the clients are being walked.
    const quint64 id = client.id;
    connect(
        ws,
        &QWebSocket::disconnected,
        this,
        [this, id] { forget(id); },
        Qt::QueuedConnection);
    connect(ws, &QWebSocket::bytesWritten, this, [this, id] {
        if (const auto found = m_clients.find(id); found != m_clients.end())
            pump(*found->second);
    });
    if (ws->state() != QAbstractSocket::ConnectedState) {
        QMetaObject::invokeMethod(
            this,
            [this, id] { forget(id); },
            Qt::QueuedConnection);
        return;
    }

    const QUrl url = ws->requestUrl();
    ApiRequest request;
    request.method = QByteArrayLiteral("GET");
    request.path = url.path(QUrl::FullyDecoded);
    request.query = ApiRequest::parseQuery(url.query(QUrl::FullyEncoded).toLatin1());
    const QNetworkRequest handshake = ws->request();
    for (const QByteArray &name : handshake.rawHeaderList())
        request.headers.append({name, handshake.rawHeader(name)});
    request.peerAddress = client.peer;
    QByteArray requestId = request.header("X-Request-ID");
    if (requestId.isEmpty())
        requestId = request.header("X-Amzn-Trace-Id");
    request.requestId =
        requestId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : QString::fromLatin1(requestId);
    request.root = ApiRequest::rootFor(request.headers, m_core.settings().baseUrl, m_core.settings().scheme());
    client.requestId = request.requestId;
    client.credentials = request;

    if (request.path != StreamPath) {
        reject(client, NotFound, QStringLiteral("404 Not Found: WebSocket upgrades are served on /stream only"));
        return;
    }

    // Off the server's thread: checking an API key records its use, a durable write.
    QtConcurrent::run(&m_pool, [&core = m_core, &auth = m_auth, request] {
        Setup setup;
        setup.root = request.root;
        try {
            const Result<Caller> reader = streamReader(auth, request, Authenticator::Purpose::Request);
            if (!reader) {
                setup.error = reader.error();
                return setup;
            }
            setup.caller = *reader;

            QueryParams filters;
            for (const auto &param : request.query) {
                if (param.first == RevisionParam) {
                    // Digits only: toLongLong() also takes a sign and surrounding spaces.
                    bool ok =
                        !param.second.isEmpty() && std::all_of(param.second.cbegin(), param.second.cend(), [](QChar c) {
                            return c >= u'0' && c <= u'9';
                        });
                    const qint64 revision = ok ? param.second.toLongLong(&ok) : -1;
                    if (!ok || revision < 0) {
                        setup.error = ApiError::badRequest(QStringLiteral("revision must be a non-negative integer"));
                        return setup;
                    }
                    setup.revision = revision;
                } else if (param.first == EpochParam) {
                    setup.epoch = param.second;
                } else {
                    filters.append(param);
                }
            }
            const EngineConfig &config = core.engine().config();
            QueryContext context;
            // No default upper bound: the stream is about alerts received from now on.
            context.now = std::numeric_limits<Timestamp>::max();
            context.severities = &config.severities;
            context.defaultPageSize = config.defaultPageSize;
            context.defaultField = config.defaultField;
            Result<AlertQuery> query = AlertQuery::fromParameters(filters, context);
            if (!query) {
                setup.error = query.error();
                return setup;
            }
            setup.rawData = query->showRawData;
            setup.where = query->where;
            setup.where.andWith(setup.caller.restriction());
        } catch (const std::exception &e) {
            setup.error = ApiError::internal(QString::fromUtf8(e.what()));
        }
        return setup;
    }).then(this, [this, id](const Setup &setup) { ready(id, setup); });
}

void StreamServer::ready(quint64 clientId, const Setup &setup)
{
    const auto found = m_clients.find(clientId);
    if (found == m_clients.end() || found->second->closing)
        return;
    Client &client = *found->second;
    if (setup.error) {
        reject(client, closeCodeFor(*setup.error), setup.error->message);
        return;
    }
    client.seesEverything = setup.where.isEmpty();
    if (!client.seesEverything) {
        try {
            client.match.emplace(m_window->prepareTransient(u"SELECT rid FROM alerts WHERE rid > ? AND rid <= ? AND ("
                                                            + setup.where.whereSql() + u") ORDER BY rid"));
        } catch (const SqliteError &e) {
            reject(client, Internal, QString::fromUtf8(e.what()));
            return;
        }
    }
    client.binds = setup.where.binds;
    client.customers = setup.caller.customers;
    client.root = setup.root;
    client.rawData = setup.rawData;

    if (!sendNow(client,
                 compact({{QStringLiteral("type"), QStringLiteral("hello")},
                          {QStringLiteral("revision"), m_revision},
                          {QStringLiteral("epoch"), m_epoch}})))
        return;
    QString resync;
    if (setup.revision) {
        const qint64 oldest = oldestKept();
        if (!setup.epoch.isEmpty() && setup.epoch != m_epoch)
            resync = QStringLiteral("epoch");
        else if (*setup.revision > m_revision)
            resync = QStringLiteral("unknown revision");
        else if (*setup.revision < m_resyncBelow)
            resync = QStringLiteral("changes missed");
        else if (*setup.revision + 1 < oldest)
            resync = QStringLiteral("revision too old");
        if (!resync.isEmpty()) {
            if (!sendNow(client,
                         compact({{QStringLiteral("type"), QStringLiteral("resync")},
                                  {QStringLiteral("revision"), m_revision},
                                  {QStringLiteral("reason"), resync}})))
                return;
        } else {
            queueRange(client, *setup.revision, m_revision);
        }
    }
    if (client.closing)
        return;
    client.live = true;
    const QString from = resync.isEmpty() ? QString::number(setup.revision.value_or(m_revision))
                                          : QStringLiteral("resync (%1)").arg(resync);
    qCInfo(lcApi).noquote() << client.peer << "GET /stream 101"
                            << (setup.caller.login.isEmpty() ? QStringLiteral("-") : setup.caller.login) << "from"
                            << from << client.requestId;
}

// Changes were lost before they reached this stream (another instance's, while this one could not listen): no
// client can be brought up to date by events, so every live client refetches, as after a reconnect from too far
// back, and so does any client that reconnects from before now. What a client still had waiting is dropped: the
// refetch shows newer states, which older events must not overwrite.
void StreamServer::startOver(const QString &reason)
{
    qCWarning(lcApi) << "stream: clients resync at revision" << m_revision << "(" << reason << ")";
    m_resyncBelow = m_revision;
    for (auto &[id, client] : m_clients) {
        if (!client->live)
            continue;
        client->backlog.clear();
        sendNow(*client,
                compact({{QStringLiteral("type"), QStringLiteral("resync")},
                         {QStringLiteral("revision"), m_revision},
                         {QStringLiteral("reason"), reason}}));
    }
}

void StreamServer::drain()
{
    QList<AlertEngine::ChangeDetails> batch;
    {
        QMutexLocker lock(&m_inbox->mutex);
        batch.swap(m_inbox->changes);
        m_inbox->wakePending = false;
    }
    if (batch.isEmpty())
        return;

    const qint64 first = m_revision + 1;
    for (AlertEngine::ChangeDetails &change : batch) {
        Event event{++m_revision, change.change, change.alertId, nullptr, nullptr};
        LastSeen &seen = m_lastSeen[event.alertId];
        // The state before a change is, as a rule, the one after the alert's previous change: kept once. A change
        // from another instance comes without it: the state this stream saw last stands in, so that a client still
        // learns when the alert leaves its view.
        const bool newBefore = change.before && !(seen.state && *seen.state == *change.before);
        if (newBefore)
            event.before = std::make_shared<const Alert>(std::move(*change.before));
        else if (change.before || event.change != AlertEngine::Change::Created)
            event.before = seen.state;
        if (change.after) {
            if (event.before)
                shareUnchanged(*change.after, *event.before);
            event.after = std::make_shared<const Alert>(std::move(*change.after));
        }
        if (!event.before && event.change != AlertEngine::Change::Created) {
            event.beforeUnknown = true;
            event.customer = event.after ? event.after->customer : change.deletedCustomer;
        }
        seen = {event.revision, event.after ? event.after : event.before};
        // A state before is, as a rule, the previous change's state after, counted there.
        event.bytes = (event.after ? approxMemory(*event.after) : 0) + (newBefore ? approxMemory(*event.before) : 0);
        m_eventBytes += event.bytes;
        m_events.push_back(std::move(event));
    }
    for (auto &[id, client] : m_clients) {
        if (client->live)
            queueRange(*client, first - 1, m_revision);
    }
    trim();
}

// Clients with a filter match the changes in SQL, against the window table, so that the stream matches exactly as
// `/alerts` does. The table is filled only when such a client needs it: without one, changes stay in memory alone.
bool StreamServer::materialise()
{
    if (m_events.empty() || m_materialised >= m_events.back().revision)
        return true;
    const qint64 oldest = oldestKept();
    try {
        m_window->execute(QStringLiteral("BEGIN"));
        SqliteStatement insert =
            m_window->prepare(u"INSERT INTO alerts (" + AlertRow::AlertColumns
                              + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                u"?, ?, ?)");
        for (size_t i = static_cast<size_t>(std::max<qint64>(0, m_materialised + 1 - oldest)); i < m_events.size();
             ++i) {
            const Event &event = m_events[i];
            for (const auto &[rid, state] :
                 {std::pair{2 * event.revision - 1, &event.before}, std::pair{2 * event.revision, &event.after}}) {
                if (!*state)
                    continue;
                insert.reset();
                insert.bind(1, rid);
                AlertRow::bindAlert(insert, **state, 2);
                insert.exec();
            }
        }
        m_window->execute(QStringLiteral("COMMIT"));
        m_materialised = m_events.back().revision;
        return true;
    } catch (const SqliteError &e) {
        // Cannot happen short of memory running out. The filtered clients would miss changes: they go, and the
        // table starts over from what is kept.
        qCWarning(lcApi) << "stream window failed:" << e.what();
        try {
            m_window->execute(QStringLiteral("ROLLBACK"));
        } catch (const SqliteError &) {
        }
        try {
            m_window->execute(QStringLiteral("DELETE FROM alerts"));
        } catch (const SqliteError &) {
        }
        m_materialised = oldest - 1;
        for (auto &[id, client] : m_clients) {
            if (client->live && !client->seesEverything)
                reject(*client, Internal, QStringLiteral("stream window failed"));
        }
        return false;
    }
}

void StreamServer::queueRange(Client &client, qint64 after, qint64 upTo)
{
    if (client.closing)
        return;
    after = std::max(after, oldestKept() - 1);
    if (after >= upTo)
        return;
    if (client.seesEverything) {
        for (qint64 revision = after + 1; revision <= upTo; ++revision) {
            const Event &event = eventAt(revision);
            if (event.before || event.after || event.beforeUnknown)
                client.backlog.emplace_back(revision, event.after != nullptr);
        }
        pump(client);
        return;
    }
    if (!client.match || !materialise())
        return;
    // Revisions with a matching state: the one after the change (visible) or only the one before (it left).
    std::vector<std::pair<qint64, bool>> matched;
    try {
        SqliteStatement &s = *client.match;
        s.reset();
        s.bind(1, 2 * after).bind(2, 2 * upTo);
        s.bindAll(client.binds, 3);
        while (s.next()) {
            const qint64 rid = s.integer(0);
            const qint64 revision = (rid + 1) / 2;
            const bool visible = rid % 2 == 0;
            if (!matched.empty() && matched.back().first == revision)
                matched.back().second = matched.back().second || visible;
            else
                matched.emplace_back(revision, visible);
        }
        s.reset();
    } catch (const SqliteError &e) {
        reject(client, Internal, QString::fromUtf8(e.what()));
        return;
    }
    // And, in order among them, the changes whose state before is unknown and whose state after does not match: the
    // client may have had the alert, so it learns that it left (or is gone) if it may see its customer at all.
    auto next = matched.cbegin();
    for (qint64 revision = after + 1; revision <= upTo; ++revision) {
        if (next != matched.cend() && next->first == revision) {
            client.backlog.push_back(*next++);
            continue;
        }
        const Event &event = eventAt(revision);
        if (event.beforeUnknown && (client.customers.isEmpty() || client.customers.contains(event.customer)))
            client.backlog.emplace_back(revision, false);
    }
    pump(client);
}

void StreamServer::pump(Client &client)
{
    if (client.closing || client.backlog.empty())
        return;
    // The backlog is in revision order: once its head has left the window, the client cannot be served without a
    // gap, however full its socket is.
    const qint64 oldest = oldestKept();
    if (client.backlog.front().first < oldest) {
        reject(client,
               TooSlow,
               QStringLiteral("client too slow: fell more than %1 changes behind").arg(m_options.window));
        return;
    }
    while (!client.closing && !client.backlog.empty() && client.socket->bytesToWrite() < m_options.maxBufferedBytes) {
        const auto [revision, visible] = client.backlog.front();
        client.backlog.pop_front();
        sendNow(client, encode(eventAt(revision), client, visible));
    }
}

qint64 StreamServer::oldestKept() const
{
    return m_events.empty() ? m_revision + 1 : m_events.front().revision;
}

const StreamServer::Event &StreamServer::eventAt(qint64 revision) const
{
    return m_events.at(static_cast<size_t>(revision - oldestKept()));
}

QString StreamServer::encode(const Event &event, const Client &client, bool visible)
{
    const QString key =
        QString::number(event.revision) + u' ' + (client.rawData ? u'r' : u'-') + (visible ? u'v' : u'-') + client.root;
    if (const auto cached = m_encoded.constFind(key); cached != m_encoded.cend())
        return *cached;

    // Written as JSON text (JsonText) in one go: every change is encoded once per kind of client.
    QByteArray json;
    JsonObjectWriter message(json);
    if (event.after) {
        AlertJson::SerializeOptions options;
        options.showHistory = false;
        options.showRawData = client.rawData;
        options.defaultTimeout = m_core.engine().config().alertTimeout;
        message.nested(QLatin1StringView("alert"),
                       [&](JsonBuffer &out) { AlertJson::appendAlertJson(out, *event.after, client.root, options); });
    }
    message.text(QLatin1StringView("change"), changeName(event.change))
        .text(QLatin1StringView("id"), event.alertId)
        .integer(QLatin1StringView("revision"), event.revision)
        .text(QLatin1StringView("type"), QStringLiteral("alert"))
        .boolean(QLatin1StringView("visible"), visible)
        .close();
    const QString encoded = QString::fromLatin1(json); // JsonText escapes every non-ASCII character
    m_encoded.insert(key, encoded);
    m_encodedOrder.push_back(key);
    while (m_encodedOrder.size() > EncodedCacheSize) {
        m_encoded.remove(m_encodedOrder.front());
        m_encodedOrder.pop_front();
    }
    return encoded;
}

bool StreamServer::sendNow(Client &client, const QString &message)
{
    if (client.closing)
        return false;
    client.largestMessage = std::max(client.largestMessage, message.size()); // ASCII: one byte per character
    client.socket->sendTextMessage(message);
    return true;
}

// What this server writes to a client is held to Options::maxBufferedBytes and one message more (pump()), but Qt
// answers every ping a client sends with a pong, unbounded: a client that sends pings and reads nothing grew the
// server by 300 MB a second. One whose unsent bytes go past what the stream itself could have left is cut off.
void StreamServer::cutOffFloods()
{
    std::vector<quint64> flooding;
    for (const auto &[id, client] : m_clients) {
        const qint64 ours = m_options.maxBufferedBytes + client->largestMessage + FrameSlack;
        if (client->socket->bytesToWrite() > ours)
            flooding.push_back(id);
    }
    for (const quint64 id : flooding) {
        Client &client = *m_clients.at(id);
        qCWarning(lcApi).noquote() << client.peer << "GET /stream cut off: it sends and does not read ("
                                   << client.socket->bytesToWrite() << "bytes unsent)" << client.requestId;
        client.closing = true;
        client.socket->abort();
        forget(id);
    }
}

void StreamServer::recheckAll()
{
    for (auto &[id, client] : m_clients) {
        if (!client->live || client->closing || client->rechecking)
            continue;
        client->rechecking = true;
        QtConcurrent::run(&m_pool, [&auth = m_auth, request = client->credentials]() -> std::optional<Result<Caller>> {
            try {
                return streamReader(auth, request, Authenticator::Purpose::Recheck);
            } catch (const std::exception &e) {
                // The store is unreachable: nothing says the credentials went; the next check asks again.
                qCWarning(lcApi) << "stream: cannot check credentials again:" << e.what();
                return std::nullopt;
            }
        }).then(this, [this, id = id](const std::optional<Result<Caller>> &reader) {
            const auto found = m_clients.find(id);
            if (found == m_clients.end())
                return;
            Client &checked = *found->second;
            checked.rechecking = false;
            if (!reader)
                return;
            if (!*reader)
                reject(checked, closeCodeFor(reader->error()), reader->error().message);
            else if ((*reader)->customers != checked.customers)
                reject(checked,
                       ViewChanged,
                       QStringLiteral("The credentials now give another view of the alerts: reconnect"));
        });
    }
}

void StreamServer::reject(Client &client, quint16 code, const QString &reason)
{
    if (client.closing)
        return;
    client.live = false;
    client.closing = true;
    client.match.reset();
    client.backlog.clear();
    // A 401's reason may quote the credentials it refused (`API key parameter '<key>' is invalid`): not logged.
    qCInfo(lcApi).noquote() << client.peer << "GET /stream closed" << code
                            << (code == Unauthorized ? QStringLiteral("(unauthorized)") : reason) << client.requestId;
    client.socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), closeReason(reason));
    const quint64 id = client.id;
    QTimer::singleShot(CloseGraceMs, this, [this, id] {
        if (const auto found = m_clients.find(id); found != m_clients.end()) {
            found->second->socket->abort();
            forget(id);
        }
    });
}

void StreamServer::forget(quint64 clientId)
{
    const auto found = m_clients.find(clientId);
    if (found == m_clients.end())
        return;
    std::unique_ptr<Client> client = std::move(found->second);
    m_clients.erase(found);
    client->match.reset();
    client->socket->disconnect(this);
    // Possibly inside one of the socket's own signals: let it finish first.
    client->socket.release()->deleteLater();
}

void StreamServer::trim()
{
    const size_t keep = static_cast<size_t>(std::max(0, m_options.window));
    const auto over = [this, keep] {
        return m_events.size() > keep || (m_options.windowBytes > 0 && m_eventBytes > m_options.windowBytes);
    };
    if (m_events.empty() || !over())
        return;
    const qint64 firstGone = m_events.front().revision;
    qint64 last = 0;
    while (!m_events.empty() && over()) {
        const Event &gone = m_events.front();
        last = gone.revision;
        m_eventBytes -= gone.bytes;
        // The stream forgets what it saw of an alert with the change that showed it, as the window table does.
        if (const auto seen = m_lastSeen.find(gone.alertId); seen != m_lastSeen.end() && seen->revision == last)
            m_lastSeen.erase(seen);
        m_events.pop_front();
    }
    if (m_materialised >= firstGone) {
        try {
            m_window->prepare(QStringLiteral("DELETE FROM alerts WHERE rid <= ?")).bind(1, 2 * last).exec();
        } catch (const SqliteError &e) {
            qCWarning(lcApi) << "stream window trim failed:" << e.what();
        }
    }
    // A client still waiting for a change that is gone cannot be served without a gap.
    for (auto &[id, client] : m_clients) {
        if (!client->backlog.empty() && client->backlog.front().first <= last)
            pump(*client);
    }
}
