// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSslServer>
#include <QStringList>
#include <QTcpServer>
#include <QTimer>

#include <memory>

class ChunkedFraming;

class QTcpSocket;

/// What one HTTP request may carry on the wire (MAX_HEADER_SIZE, MAX_CONTENT_LENGTH); 0 = no limit.
struct RequestLimits
{
    qint64 maxHeaderSize = 0; ///< request line and headers, in bytes; also the trailer fields of a chunked body
    qint64 maxBodySize = 0;   ///< body, in bytes (a chunked one de-chunked)
    /// False when nothing serves WebSockets: an upgrade request is then answered 404 (Qt 6.4 would close the
    /// connection without a word).
    bool webSockets = true;
    int keepAliveMs = 0; ///< how long a connection may wait between requests (KEEP_ALIVE_TIMEOUT); 0 = for ever
    int requestMs = 0;   ///< for a head to come whole, and between two reads of a body (REQUEST_TIMEOUT); 0 = for ever
};

/// Watches the bytes of one connection before QHttpServer parses them, and answers what must not reach it.
///
/// Qt 6.4's QHttpServer reads every byte a client sends into memory (the request line, each header, the whole
/// body) before a route sees the request, has no size limits, and drops a connection it cannot parse without a
/// word. This guard sees each chunk first (its readyRead slot is connected before QHttpServer's), keeps a bounded
/// copy of the request head, follows the body's framing, and answers in Alerta's error envelope, then closes:
/// - 431 when the head grows past maxHeaderSize (without waiting for its end), or a chunked body's trailer fields;
/// - 413 when Content-Length is over maxBodySize (before any of the body is read), or a chunked body's chunks add
///   up to more;
/// - 400 for a head that is not HTTP/1.x (a bad request line, header line or Content-Length, both Content-Length and
///   Transfer-Encoding, an HTTP/1.1 request without exactly one Host) or chunked framing that is not well formed,
///   which QHttpServer would drop without an answer or misread.
/// What it refuses it reads itself, so that QHttpServer never parses it; the refusal is written after the answers
/// of the requests before it (AnswerOrder); afterwards the guard discards what the client still sends for a moment
/// (a client that is uploading reads the answer only once its upload is done), then closes. A WebSocket upgrade
/// disconnects every slot of the socket, this one included: frames are not looked at.
/// It also answers `Expect: 100-continue` with `100 Continue` once the head has passed, and takes the trailer
/// fields of a chunked body away from QHttpServer, which would read them as the next request.
/// Pipelined requests: QHttpServer takes one request at a time and signals readyRead again for the bytes after it,
/// so the guard sees each request whole. ApiServer answers them in order (AnswerOrder), and closes after an answer
/// when requestDispatched() says so.
class ConnectionGuard final : public QObject
{
    Q_OBJECT

public:
    /// Guards `socket` (and becomes its child). Call before QHttpServer connects to the socket.
    ConnectionGuard(QTcpSocket *socket, RequestLimits limits);
    ~ConnectionGuard() override;

    /// The guard of `socket`, if it has one.
    static ConnectionGuard *of(QTcpSocket *socket);

    /// QHttpServer has read a whole request from the socket: the next bytes start a new one. Returns whether the
    /// connection ends after that request's answer (HTTP/1.0 without `Connection: keep-alive`, or
    /// `Connection: close`; RFC 9112 §9.3).
    bool requestDispatched();

    /// How long a refused client may go on sending before the connection is cut.
    static constexpr int DrainMs = 2000;

    /// Some of a request has come that QHttpServer has not been given whole yet (graceful shutdown waits for it).
    bool isPartwayThroughRequest() const;

private:
    enum class State {
        Head,     ///< reading the request line and headers
        Body,     ///< the head passed; following the body
        Complete, ///< the request has come whole; what follows is the next one, looked at once QHttpServer is done
        Trailer,  ///< QHttpServer is done, but the trailer fields of the chunked body are still coming
        Draining, ///< answered and refused: discarding input until the client or the timer closes
    };

    void onReadyRead();
    /// Starts the clock of the state the connection is in: keep-alive between requests, the head's deadline
    /// (from its first byte, not restarted), a body's time between reads; none while a request is answered.
    void armTimer();
    /// KEEP_ALIVE_TIMEOUT closes an idle connection; REQUEST_TIMEOUT answers a request partway through 408.
    void onTimeout();
    /// Follows `data` (from `from` on) in the head / the body of the current request.
    void readHead(QByteArrayView data);
    void readBody(QByteArrayView data, qsizetype from);
    /// Checks the complete head; false after refusing it.
    bool checkHead(const QByteArray &head);
    /// Forgets the request that QHttpServer has read.
    void startNextRequest();
    /// Refuses a chunked body whose framing failed, as its outcome says.
    void refuseFraming();
    /// 431: `what` (head, trailer fields) is over `limit` bytes.
    void refuseFieldsTooLarge(const QString &what, qint64 limit);
    void refuseTooLarge();
    /// Answers `error` with `reason` in its status line, then drains and closes.
    void refuse(const QByteArray &reason, const ApiError &error);

    QPointer<QTcpSocket> m_socket;
    RequestLimits m_limits;
    State m_state = State::Head;
    QByteArray m_head;                        ///< the head so far, at most maxHeaderSize (+ the blank line)
    qint64 m_bodyLeft = 0;                    ///< bytes of a Content-Length body still to come
    std::unique_ptr<ChunkedFraming> m_chunks; ///< the framing of a chunked body
    bool m_expectsContinue = false;           ///< the current request has `Expect: 100-continue`
    bool m_closeAfter = false;                ///< the connection ends after the current request's answer
    qsizetype m_peekSize = 0;                 ///< bytes looked at in the last readyRead (QHttpServer reads them next)
    qsizetype m_requestEnd = -1;              ///< where in them the current request ended; -1 if it did not
    QByteArray m_requestLine;                 ///< for the log line of a refusal
    QByteArray m_requestId;                   ///< X-Request-ID of the current request, when its head has been read
    QTimer *m_timer;                          ///< armTimer()
    bool m_headClockRunning = false;          ///< the timer counts the current head's time
};

/// Keeps the connections of a server under the process's descriptor limit: past it accept() fails, and Qt 6.4
/// then retries without end (the server spins, and no client is served). At the cap the server stops accepting
/// (new clients wait in the kernel's queue) until a connection closes; one that Qt accepts meanwhile (it takes
/// what is queued in one go) is closed at once. A failed accept() pauses the server for a moment.
class ConnectionCap final : public QObject
{
    Q_OBJECT

public:
    /// Caps `server` (and becomes its child) at `maxOpen` connections; 0 = the descriptor limit less a reserve
    /// for the database and the log.
    explicit ConnectionCap(QTcpServer *server, int maxOpen = 0);
    /// Whether one more connection may be taken.
    bool hasRoom() const { return m_open < m_maxOpen; }
    /// Counts `socket` until it is destroyed.
    void track(QTcpSocket *socket);
    int open() const { return m_open; }

private:
    void resumeIfBelow();

    QTcpServer *m_server;
    int m_maxOpen;
    int m_open = 0;
    bool m_backingOff = false;
};

/// A QSslServer (TLS_CERT_FILE, TLS_KEY_FILE) that gives each connection a ConnectionGuard as its handshake starts,
/// so that the guard sees the decrypted requests before QHttpServer, which takes the connection once encrypted.
class GuardedSslServer final : public QSslServer
{
    Q_OBJECT

public:
    GuardedSslServer(RequestLimits limits, const QSslConfiguration &configuration, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr handle) override;

private:
    ConnectionCap *m_cap;
};

/// A QTcpServer that gives each accepted connection a ConnectionGuard before QHttpServer sees it.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT

public:
    /// `maxConnections`: ConnectionCap's; 0 = from the descriptor limit.
    GuardedTcpServer(RequestLimits limits, QObject *parent = nullptr, int maxConnections = 0);

protected:
    void incomingConnection(qintptr handle) override;

private:
    RequestLimits m_limits;
    ConnectionCap *m_cap;
};
