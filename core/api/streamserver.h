// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alertengine.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QTimer>

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <vector>

class AlertaCore;
class Authenticator;
class QHttpServer;
class QWebSocket;
class SqliteConnection;

/// A source of committed alert changes for the live stream. The engine of this process is one (EngineStreamFeed);
/// with PostgreSQL, the changes of the other server instances arrive through LISTEN/NOTIFY (PgStreamFeed).
class StreamFeed
{
public:
    using Sink = std::function<void(AlertEngine::ChangeDetails)>;
    /// Tells the stream that changes were lost on the way: its clients must refetch.
    using Missed = std::function<void()>;

    virtual ~StreamFeed() = default;
    /// Starts handing changes to `sink`, in commit order, and calls `missed` after losing some. Both may be called
    /// from any thread; they only queue. Returns once the feed delivers every change committed from then on.
    virtual void start(Sink sink, Missed missed) = 0;
    /// Stops handing changes over. A call already under way may still reach the sink, which tolerates it.
    virtual void stop() = 0;
};

/// The changes this process commits: AlertEngine::alertChangeDetails, taken on the writer's thread.
class EngineStreamFeed final : public StreamFeed
{
public:
    explicit EngineStreamFeed(AlertEngine &engine);
    ~EngineStreamFeed() override;

    void start(Sink sink, Missed missed) override;
    void stop() override;

private:
    AlertEngine &m_engine;
    QMetaObject::Connection m_connection;
};

/// `GET /stream`: alert changes pushed over WebSocket (docs/stream.md).
///
/// Each change gets the next revision of this process and is kept, for reconnects, in a window of the latest
/// changes: the alert before and after it. A client's `/alerts` filter, with its customer restriction, is compiled once
/// to SQL and evaluated against those states as rows of an in-memory SQLite table shaped like the store's `alerts`, so
/// the stream matches exactly as `/alerts` does, deleted alerts included (their last state is in the window). The
/// table is filled only while a filtered client needs it; a client that sees every alert needs no SQL at all.
/// An event goes to a client when the alert matches its filter after the change (`visible: true`) or matched it
/// before (`visible: false`: it left the client's view).
///
/// Back-pressure: a client's matching revisions wait in its backlog while its socket holds more than
/// Options::maxBufferedBytes unsent, and are encoded only when written. A client whose oldest waiting revision leaves
/// the window is closed with TooSlow; memory per client is thus bounded by the buffer and the window.
///
/// Lives on the thread of the HTTP server (sockets, window, matching); authentication runs on a small pool.
class StreamServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamServer)

public:
    /// WebSocket close codes (docs/stream.md): 4000 + the HTTP status of the REST answer where there is one.
    enum CloseCode : quint16 {
        NotFound = 1008,        ///< policy violation: the upgrade was not for /stream
        BadRequest = 4400,      ///< an unknown or malformed filter, or a bad `revision`; reason: the 400 message
        Unauthorized = 4401,    ///< no or bad credentials; reason: the 401 message
        Forbidden = 4403,       ///< credentials without `read:alerts`, or a customer look-up refused
        TooSlow = 4408,         ///< the client's backlog fell out of the window: it cannot catch up
        ViewChanged = 4409,     ///< the credentials now give another view (their customer changed): reconnect
        TooManyRequests = 4429, ///< Basic sign-in refused after too many failed logins; reason: the 429 message
        Internal = 4500,        ///< anything else the REST API would answer 500 for
    };

    struct Options
    {
        int window = 10000; ///< changes kept for reconnects; also the most a client may fall behind
        /// The most memory the kept changes may take (roughly: their alerts' text); older ones go first. 0 = any.
        qint64 windowBytes = 64 * 1024 * 1024;
        /// Bytes written to a socket but not yet sent, above which the client's events wait in its backlog (as
        /// revisions, not bytes) until the socket drains.
        qint64 maxBufferedBytes = 1024 * 1024;
        /// Seconds between the pings sent to every client, so that proxies do not close quiet streams; 0 = none.
        int pingSeconds = 30;
        /// Seconds between checks that each client's credentials still hold, as a REST request checks them on
        /// every call: a key deleted or expired, a token expired, a password changed close the stream (4401), a
        /// scope taken away too (4403), a key or user moved to another customer asks for a reconnect (4409).
        /// 0 = never.
        int recheckSeconds = 30;
    };

    /// Streams the changes of `core`'s engine; `auth` decides who may read.
    StreamServer(AlertaCore &core, const Authenticator &auth, QObject *parent = nullptr);
    ~StreamServer() override;

    /// Takes the WebSocket upgrades of `http`. Call it before adding any other route: Qt 6.4 upgrades a request only
    /// when a route takes it without answering, so this adds a route ahead of the others for every request with
    /// `Upgrade: websocket`; sockets for any path but /stream are then closed with NotFound.
    void attach(QHttpServer &http);
    /// Adds another source of changes (e.g. other server instances); the engine's feed is always there.
    void addFeed(std::unique_ptr<StreamFeed> feed);

    void setOptions(const Options &options);
    const Options &options() const { return m_options; }
    /// The newest revision handed out (0 before the first change).
    qint64 revision() const { return m_revision; }
    /// Identifies this process's revision sequence: revisions of another epoch mean nothing here.
    const QString &epoch() const { return m_epoch; }
    /// Connections, including those still authenticating or closing.
    int connectionCount() const { return static_cast<int>(m_clients.size()); }
    /// Connections that receive events.
    int liveCount() const;

    /// Serves one accepted WebSocket: checks its path, authenticates it, then streams.
    void accept(std::unique_ptr<QWebSocket> socket);

private:
    struct Event;
    struct Client;
    struct Inbox;
    struct Setup;

    void drain();
    void startOver(const QString &reason);
    bool materialise();
    void ready(quint64 clientId, const Setup &setup);
    void queueRange(Client &client, qint64 after, qint64 upTo);
    void pump(Client &client);
    bool sendNow(Client &client, const QString &message);
    qint64 oldestKept() const;
    const Event &eventAt(qint64 revision) const;
    /// Checks every live client's credentials again (Options::recheckSeconds).
    void recheckAll();
    /// Drops clients that flood the server with pings while reading nothing.
    void cutOffFloods();
    void reject(Client &client, quint16 code, const QString &reason);
    void forget(quint64 clientId);
    void trim();
    QString encode(const Event &event, const Client &client, bool visible);

    AlertaCore &m_core;
    const Authenticator &m_auth;
    Options m_options;
    QString m_epoch;
    qint64 m_revision = 0;
    qint64 m_resyncBelow = 0; ///< reconnects from before this revision get resync: changes were missed since
    quint64 m_nextClient = 0;
    std::shared_ptr<Inbox> m_inbox;
    std::vector<std::unique_ptr<StreamFeed>> m_feeds;
    std::deque<Event> m_events; ///< the kept changes, oldest first
    qint64 m_eventBytes = 0;    ///< what they take, roughly
    /// The kept changes' states as rows of an `alerts` table, for filtered clients; filled up to m_materialised.
    std::unique_ptr<SqliteConnection> m_window;
    qint64 m_materialised = 0;
    struct LastSeen
    {
        qint64 revision = 0;
        std::shared_ptr<const Alert> state;
    };
    /// Each kept alert's newest state, by id: what stands in for a missing state before a change.
    QHash<QString, LastSeen> m_lastSeen;
    std::map<quint64, std::unique_ptr<Client>> m_clients;
    QHash<QString, QString> m_encoded; ///< recent messages by revision and client flavour (root, raw data, visible)
    std::deque<QString> m_encodedOrder;
    QTimer m_ping;
    QTimer m_recheck;
    QTimer m_floodCheck;
    QThreadPool m_pool; ///< authentication (a key check is a write) and filter compilation; destroyed first
};
