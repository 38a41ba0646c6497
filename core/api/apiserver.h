// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/answerorder.h"
#include "core/api/apirouter.h"
#include "core/api/authenticator.h"
#include "core/api/workerpool.h"
#include "core/client/apicall.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>

#include <functional>
#include <memory>

class AlertaCore;
class QHttpServerRequest;
class QHttpServerResponder;
class StreamServer;

/// The Alerta REST API (spec §0, §4, §5) over an AlertaCore, served with QHttpServer.
///
/// Requests are read on the server's thread and handled on a pool of worker threads, so that a handler waiting for
/// a durable commit never holds up other connections, and many receives can share one commit (the store's group
/// commit). A receive does not even hold its worker meanwhile: it answers later (ApiContext::answerLater), from the
/// store's report, and its answer is built on the server's thread; on a virtual machine each thread woken costs tens
/// of microseconds (README, "Thread hand-offs and round trips"). handle() is the whole request path without the
/// network, for tests and for the stream.
class ApiServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServer)

public:
    /// Threads that run handlers: enough for as many concurrent requests as the store can commit together.
    static constexpr int DefaultWorkers = 64;

    struct Options
    {
        /// Serve `GET /stream`. Off, the server answers like upstream Alerta, which has no stream (404): clients'
        /// polling fallback is tested against it.
        bool stream = true;
    };

    explicit ApiServer(AlertaCore &core, QObject *parent = nullptr);
    ApiServer(AlertaCore &core, Options options, QObject *parent = nullptr);
    ~ApiServer() override;

    /// Starts listening, with TLS when the settings name a certificate and key; returns the port (useful with port
    /// 0), or 0 when the address is taken or the TLS files are unusable (listenError() says why).
    quint16 listen(const QHostAddress &address, quint16 port);
    QString listenError() const { return m_listenError; }
    QList<quint16> ports();

    /// Answers one request: routing (404/405), CORS preflight, authentication and scope, the handler, then the
    /// request id, CORS and JSONP decorations. Never throws: failures become the error envelope.
    ApiResponse handle(const ApiRequest &request) const;

    /// One request from the console in this process, as `caller` (its operator), through handle(): the same
    /// routes, scopes and customer rules as over HTTP. Blocks until answered; call it off the GUI thread.
    Result<ApiAnswer> call(const ApiCall &call, const Caller &caller) const;

    const ApiRouter &router() const { return m_router; }
    AlertaCore &core() const { return m_core; }
    const Authenticator &authenticator() const { return m_auth; }
    /// `GET /stream`, the live alert stream over WebSocket (docs/stream.md).
    StreamServer &stream() const { return *m_stream; }
    using Serve = std::function<void(const QHttpServerRequest &, QHttpServerResponder &&)>;
    /// Sends every request that `http` reads to `serve`, whatever its path: QHttpServer only hands over requests
    /// whose path matches a rule, and its `<arg>` matches one segment, so a rule per depth and the missing handler
    /// for deeper or odd paths (a trailing slash). Our own router then knows methods, scopes and 404/405.
    static void routeEveryPath(QHttpServer &http, const Serve &serve);

    /// Makes the QCoreApplication about to be created, and its threads, run Qt's own event loops instead of GLib's
    /// (QT_NO_GLIB), unless the environment says otherwise: a headless server needs nothing of GLib, and each request
    /// wakes the HTTP thread and a worker a few times, which GLib's main context makes dearer (about 5% of the
    /// server's CPU per alert at 8 connections; README, "Over HTTP"). QT_NO_GLIB set to an empty value keeps GLib,
    /// which Qt uses only while the variable is empty. Call before the application object exists.
    static void preferQtEventLoops();

    /// Stops accepting connections (graceful shutdown starts here); from now on each answer closes its connection.
    void stopListening();
    /// Waits until every request in progress has been answered (graceful shutdown).
    void waitForRequests();
    /// Graceful shutdown's wait, without blocking this thread, which writes the answers: `done(running)` runs once
    /// every request taken has its answer written and handed to the kernel, or once `limit` has passed; `running`
    /// counts the requests still without an answer then (stuck on a database that does not answer). Answers that a
    /// client does not read in time are not waited for past the limit.
    void drain(std::chrono::milliseconds limit, std::function<void(int running)> done);
    /// Requests taken and not yet answered (or dropped with their connection).
    int requestsInProgress() const { return m_inProgress->load(); }
    /// Worker threads running a handler now: not the receives waiting for their commit, which hold none.
    int busyWorkers() const { return m_workers.activeThreadCount(); }
    /// At most `count` worker threads (DefaultWorkers unless set).
    void setMaxWorkers(int count) { m_workers.setMaxThreadCount(count); }

private:
    /// Hands the request to a worker; the answer is written back on the server's thread.
    void respondLater(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    /// What a request waits for on a worker until its answer is written.
    struct PendingAnswer
    {
        std::shared_ptr<const ApiRequest> request;
        std::shared_ptr<QHttpServerResponder> responder;
        QPointer<AnswerOrder> order; ///< null once the client has gone
        AnswerOrder::Place place;
        bool close; ///< the answer ends the connection
        std::shared_ptr<void> inProgress;
        QElapsedTimer elapsed;
    };
    class Mailbox;
    void answer(const std::shared_ptr<PendingAnswer> &pending) const;
    static void writeBack(const PendingAnswer &pending, ApiResponse answer);
    /// The route's answer; a handler that waits for the store answers through `later` instead (ApiContext).
    ApiResponse dispatch(const ApiRequest &request, const AnswerLater &later) const;
    /// `produce`'s answer, or the error envelope of what it threw.
    ApiResponse guarded(const ApiRequest &request, const std::function<ApiResponse()> &produce) const;
    /// The request id, CORS and JSONP decorations, then the request's log line.
    void finish(const ApiRequest &request, ApiResponse &response, const QElapsedTimer &elapsed) const;
    void decorate(const ApiRequest &request, ApiResponse &response) const;
    ApiResponse preflight(const ApiRequest &request) const;
    bool originAllowed(const QByteArray &origin) const;

    AlertaCore &m_core;
    Authenticator m_auth;
    ApiRouter m_router;
    QHttpServer m_http;
    WorkerPool m_workers{DefaultWorkers};
    QString m_listenError;
    bool m_streamOn = true;                         ///< Options::stream
    QSet<QString> m_corsOrigins;                    ///< CORS_ORIGINS as given
    QList<QRegularExpression> m_corsOriginPatterns; ///< its entries that are regular expressions
    std::unique_ptr<StreamServer> m_stream;         ///< destroyed first: it holds the WebSockets and reads m_auth
    /// False once this server is being destroyed: the connections, destroyed with m_http after m_workers, must
    /// not start the requests still waiting on them (AnswerOrder) then.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
    /// Counted by a token that goes with each request until its answer is written (or dropped); atomic because the
    /// token may die on a worker.
    std::shared_ptr<std::atomic<int>> m_inProgress = std::make_shared<std::atomic<int>>(0);
    bool m_stopping = false; ///< stopListening() was called
    std::shared_ptr<Mailbox> m_mailbox;
};
