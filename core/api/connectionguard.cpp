// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/api/connectionguard.h"

#include "core/api/answerorder.h"
#include "core/api/apiresponse.h"
#include "core/api/chunkedframing.h"
#include "core/api/httptext.h"
#include "core/logging.h"

#include <QStringDecoder>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <algorithm>

#include <sys/resource.h>
#include <unistd.h>

namespace {

// The end of the head (after its blank line) in `head`, searching from `from`; -1 while it has not come.
qsizetype headEnd(const QByteArray &head, qsizetype from)
{
    for (qsizetype i = head.indexOf('\n', from); i >= 0; i = head.indexOf('\n', i + 1)) {
        // A blank line: "\n\n" or "\n\r\n" (HTTP allows a bare LF as line end, and so does Qt's parser).
        if (i + 1 < head.size() && head.at(i + 1) == '\n')
            return i + 2;
        if (i + 2 < head.size() && head.at(i + 1) == '\r' && head.at(i + 2) == '\n')
            return i + 3;
    }
    return -1;
}

QByteArray lineOf(QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, RequestLimits limits)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_timer(new QTimer(this))
{
    connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
    armTimer();
}

bool ConnectionGuard::isPartwayThroughRequest() const
{
    return (m_state == State::Head && !m_head.isEmpty()) || m_state == State::Body || m_state == State::Trailer;
}

void ConnectionGuard::armTimer()
{
    const auto start = [this](int ms) {
        if (ms > 0)
            m_timer->start(ms);
        else
            m_timer->stop();
    };
    switch (m_state) {
    case State::Head:
        if (m_head.isEmpty()) {
            m_headClockRunning = false;
            start(m_limits.keepAliveMs);
        } else if (!m_headClockRunning) {
            m_headClockRunning = true;
            start(m_limits.requestMs);
        }
        break;
    case State::Body:
    case State::Trailer:
        m_headClockRunning = false;
        start(m_limits.requestMs);
        break;
    case State::Complete: // QHttpServer has it (or it became a WebSocket, which has pings of its own)
    case State::Draining: // on a timer of its own
        m_headClockRunning = false;
        m_timer->stop();
        break;
    }
}

void ConnectionGuard::onTimeout()
{
    if (!m_socket)
        return;
    if (m_state == State::Head && m_head.isEmpty()) {
        // Idle, unless answers are still being worked on: the keep-alive clock counts from the last of them.
        const AnswerOrder *order = m_socket->findChild<AnswerOrder *>(QString(), Qt::FindDirectChildrenOnly);
        if (order && !order->isIdle()) {
            m_timer->start(m_limits.keepAliveMs);
            return;
        }
        m_socket->disconnectFromHost();
        return;
    }
    if (isPartwayThroughRequest())
        refuse(
            "Request Timeout",
            ApiError{408, QStringLiteral("The request did not arrive within %1 s").arg(m_limits.requestMs / 1000), {}});
}

ConnectionGuard::~ConnectionGuard() = default;

ConnectionGuard *ConnectionGuard::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

bool ConnectionGuard::requestDispatched()
{
    const bool closeAfter = m_closeAfter;
    if (m_state == State::Draining || !m_socket)
        return closeAfter;
    // QHttpServer read its request from the bytes looked at last; what it left of them is still in the socket.
    const qint64 left = m_socket->bytesAvailable();
    const qint64 readByQt = m_peekSize - left;
    if (m_state == State::Body && m_chunks) {
        // Qt 6.4 stops two bytes into a trailer section; the rest of it, here and still to come, is taken away
        // before QHttpServer reads it as the next request.
        m_socket->skip(left);
        m_state = State::Trailer;
        armTimer();
        return closeAfter;
    }
    if (m_state == State::Complete && m_requestEnd > readByQt)
        m_socket->skip(m_requestEnd - readByQt); // the trailer section, which has come whole
    startNextRequest();
    return closeAfter;
}

void ConnectionGuard::startNextRequest()
{
    m_state = State::Head;
    m_head.clear();
    m_bodyLeft = 0;
    m_chunks.reset();
    m_expectsContinue = false;
    m_closeAfter = false;
    m_requestLine.clear();
    m_requestId.clear();
    armTimer();
}

void ConnectionGuard::onReadyRead()
{
    if (!m_socket)
        return;
    const qint64 available = m_socket->bytesAvailable();
    if (available <= 0)
        return;
    if (m_state == State::Draining) {
        // QHttpServer reads inside a transaction that keeps every byte; ending it lets the discarded bytes go.
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_socket->skip(m_socket->bytesAvailable());
        return;
    }
    // Only looked at: QHttpServer reads the same bytes right after this slot.
    QByteArray data = m_socket->peek(available);
    if (m_state == State::Trailer) {
        const qsizetype trailer = m_chunks->feed(data);
        if (m_chunks->outcome() == ChunkedFraming::Outcome::NeedMore) {
            m_socket->skip(trailer);
            return;
        }
        if (m_chunks->outcome() != ChunkedFraming::Outcome::Done) {
            refuseFraming();
            return;
        }
        m_socket->skip(trailer);
        data.remove(0, trailer);
        startNextRequest();
    }
    // What requestDispatched() measures QHttpServer's reading against. In Complete (QHttpServer has not taken the
    // request yet, which its parser does in the same readyRead as the guard) the bytes belong to the next request:
    // the end is forgotten, so that nothing is taken away from them.
    m_peekSize = data.size();
    m_requestEnd = -1;
    if (m_state == State::Head)
        readHead(data);
    else if (m_state == State::Body)
        readBody(data, 0);
    armTimer();
}

void ConnectionGuard::readHead(QByteArrayView data)
{
    qsizetype start = 0;
    if (m_head.isEmpty()) {
        // Blank lines before a request line are to be ignored (RFC 9112 §2.2), as Qt's parser does.
        while (start < data.size() && (data.at(start) == '\r' || data.at(start) == '\n'))
            ++start;
        if (start == data.size())
            return;
    }
    const qint64 limit = m_limits.maxHeaderSize > 0 ? m_limits.maxHeaderSize : std::numeric_limits<qint32>::max();
    // Keep at most the limit and its blank line: enough to find the end of a head that fits, bounded memory.
    const qsizetype before = m_head.size();
    const qsizetype room = qMax<qint64>(0, limit + 4 - before);
    const qsizetype searchFrom = qMax<qsizetype>(0, before - 3);
    const qsizetype taken = qMin<qsizetype>(data.size() - start, room);
    m_head.append(data.constData() + start, taken);

    const qsizetype end = headEnd(m_head, searchFrom);
    if (end < 0 || end > limit + 4) {
        if (m_head.size() > limit)
            refuseFieldsTooLarge(QStringLiteral("The request line and headers"), limit);
        return;
    }
    // The blank line itself does not count towards the limit.
    const qsizetype headSize = end - (m_head.at(end - 2) == '\r' ? 4 : 2);
    if (headSize > limit) {
        refuseFieldsTooLarge(QStringLiteral("The request line and headers"), limit);
        return;
    }
    const qsizetype bodyStart = start + (end - before);
    m_head.truncate(end);
    if (!checkHead(m_head))
        return;
    m_state = State::Body;
    if (m_chunks || m_bodyLeft > 0) {
        // A client that asks before sending its body (curl does for bodies over 1 KiB) waits for this, a second by
        // default, when it does not come (RFC 9110 §10.1.1); QHttpServer 6.4 does not send it. A refusal above was
        // the final answer instead.
        if (m_expectsContinue && bodyStart == data.size())
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    }
    readBody(data, bodyStart);
}

void ConnectionGuard::readBody(QByteArrayView data, qsizetype from)
{
    qsizetype used = 0;
    if (m_chunks) {
        used = m_chunks->feed(data.sliced(from));
        if (m_chunks->outcome() == ChunkedFraming::Outcome::NeedMore)
            return;
        if (m_chunks->outcome() != ChunkedFraming::Outcome::Done) {
            refuseFraming();
            return;
        }
    } else {
        used = qsizetype(qMin<qint64>(m_bodyLeft, data.size() - from));
        m_bodyLeft -= used;
        if (m_bodyLeft > 0)
            return;
    }
    m_state = State::Complete;
    m_requestEnd = from + used;
}

bool ConnectionGuard::checkHead(const QByteArray &head)
{
    const QByteArrayList lines = head.split('\n');
    const QByteArray requestLine = lineOf(lines.value(0));
    m_requestLine = requestLine.left(200); // the log keeps the start of a long one; the checks read all of it
    const auto badRequest = [this](const QString &why) {
        refuse("Bad Request", badRequestError(why));
        return false;
    };

    // METHOD SP request-target SP HTTP/1.x, the target without spaces or control characters.
    const QByteArrayList parts = requestLine.split(' ');
    const auto badTarget = [](char c) {
        const auto u = static_cast<uchar>(c);
        return u <= 0x20 || u == 0x7f;
    };
    if (parts.size() != 3 || !HttpText::isToken(parts[0]) || parts[1].isEmpty()
        || std::any_of(parts[1].begin(), parts[1].end(), badTarget))
        return badRequest(QStringLiteral("Malformed request line"));
    if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0")
        return badRequest(QStringLiteral("Unsupported HTTP version"));
    // Qt's parser turns bytes that are not UTF-8 into U+FFFD before the API sees the URL; a request that has them,
    // raw or percent-encoded, is refused here instead of being looked up or filtered by a mangled value.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    [[maybe_unused]] const QString target = utf8(QByteArray::fromPercentEncoding(parts[1]));
    if (utf8.hasError())
        return badRequest(QStringLiteral("The path or query string is not UTF-8"));

    QByteArray contentLength;
    QByteArray transferEncoding;
    int hosts = 0;
    QByteArray upgrade;
    QByteArray connection; ///< the Connection headers' options, lower case, each followed by a comma
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lineOf(lines[i]);
        if (line.isEmpty())
            break;
        // obs-fold (a continuation line) may be refused (RFC 9112 §5.2).
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !HttpText::isToken(QByteArrayView(line).first(colon)))
            return badRequest(QStringLiteral("Malformed header line"));
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (!HttpText::isFieldValue(value))
            return badRequest(QStringLiteral("Control character in a header value"));
        const QByteArray name = line.left(colon).toLower();
        if (name == "content-length") {
            if (value.isEmpty() || !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })
                || (!contentLength.isNull() && contentLength != value))
                return badRequest(QStringLiteral("Invalid Content-Length"));
            contentLength = value;
        } else if (name == "transfer-encoding") {
            transferEncoding = transferEncoding.isNull() ? value : transferEncoding + ", " + value;
        } else if (name == "x-request-id" && m_requestId.isEmpty()) {
            m_requestId = value;
        } else if (name == "host") {
            ++hosts;
        } else if (name == "connection") {
            connection += value.toLower() + ',';
        } else if (name == "upgrade") {
            upgrade = value.toLower();
        } else if (name == "expect") {
            m_expectsContinue = parts[2] == "HTTP/1.1" && value.toLower() == "100-continue";
        }
    }
    const auto hasOption = [&connection](QByteArrayView option) {
        for (const QByteArray &item : connection.split(','))
            if (item.trimmed() == option)
                return true;
        return false;
    };
    m_closeAfter = hasOption("close") || (parts[2] == "HTTP/1.0" && !hasOption("keep-alive"));
    if (!m_limits.webSockets && hasOption("upgrade") && upgrade == "websocket") {
        // As upstream, which has no stream, answers: clients that fall back to polling learn it at once.
        refuse("Not Found", notFoundError());
        return false;
    }
    // The host a request is for must be known, and only one (RFC 9112 §3.2); HTTP/1.0 may leave it out.
    if (hosts > 1 || (hosts == 0 && parts[2] == "HTTP/1.1"))
        return badRequest(hosts > 1 ? QStringLiteral("More than one Host header") : QStringLiteral("No Host header"));
    // Both framings at once is how requests are smuggled past proxies (RFC 9112 §6.3).
    if (!contentLength.isNull() && !transferEncoding.isNull())
        return badRequest(QStringLiteral("Both Content-Length and Transfer-Encoding"));
    if (!transferEncoding.isNull()) {
        // QHttpServer decodes no other coding (gzip would reach the API as bytes).
        if (transferEncoding.toLower() != "chunked")
            return badRequest(QStringLiteral("Unsupported Transfer-Encoding"));
        m_chunks = std::make_unique<ChunkedFraming>(m_limits.maxBodySize, m_limits.maxHeaderSize);
    }
    if (!contentLength.isNull()) {
        bool ok = false;
        m_bodyLeft = contentLength.toLongLong(&ok);
        if (!ok || (m_limits.maxBodySize > 0 && m_bodyLeft > m_limits.maxBodySize)) {
            refuseTooLarge();
            return false;
        }
    }
    return true;
}

void ConnectionGuard::refuseFraming()
{
    switch (m_chunks->outcome()) {
    case ChunkedFraming::Outcome::NeedMore:
    case ChunkedFraming::Outcome::Done:
        return;
    case ChunkedFraming::Outcome::Malformed:
        refuse("Bad Request", badRequestError(m_chunks->error()));
        return;
    case ChunkedFraming::Outcome::TooLarge:
        refuseTooLarge();
        return;
    case ChunkedFraming::Outcome::TrailerTooLarge:
        refuseFieldsTooLarge(QStringLiteral("The trailer fields of the chunked body"), m_limits.maxHeaderSize);
        return;
    }
}

void ConnectionGuard::refuseFieldsTooLarge(const QString &what, qint64 limit)
{
    refuse("Request Header Fields Too Large",
           ApiError{431,
                    QStringLiteral("431 Request Header Fields Too Large: %1 are over %2 bytes (MAX_HEADER_SIZE).")
                        .arg(what)
                        .arg(limit),
                    {}});
}

void ConnectionGuard::refuseTooLarge()
{
    refuse("Payload Too Large", payloadTooLargeError(m_limits.maxBodySize));
}

void ConnectionGuard::refuse(const QByteArray &reason, const ApiError &error)
{
    const int status = error.code;
    QTcpSocket *socket = m_socket;
    m_state = State::Draining;
    // What has come is read here, so QHttpServer (whose slot runs next) never parses it.
    socket->skip(socket->bytesAvailable());

    const QString requestId =
        m_requestId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : QString::fromLatin1(m_requestId);
    const ApiResponse answer = ApiResponse::error(error, requestId);
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    out += "Content-Type: " + answer.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
    out += "X-Request-ID: " + requestId.toLatin1() + "\r\n";
    out += "Connection: close\r\n\r\n";
    out += answer.body;
    // After the answers of the requests before this one, which the client matches to its requests by position.
    AnswerOrder *order = AnswerOrder::of(socket);
    order->answer(
        order->take(true),
        [socket, out] {
            socket->write(out);
            // A client still uploading reads the answer once its upload is done: take its bytes for a moment, then
            // close.
            QTimer::singleShot(DrainMs, socket, [socket] {
                if (socket->state() == QAbstractSocket::ConnectedState)
                    socket->disconnectFromHost();
            });
        },
        false);
    // The request line as sent, control characters masked: it is the client's text in our log.
    QByteArray line = m_requestLine;
    std::replace_if(
        line.begin(),
        line.end(),
        [](char c) { return static_cast<uchar>(c) < 0x20; },
        '?');
    qCInfo(lcApi).noquote() << socket->peerAddress().toString() << QString::fromLatin1(line) << status << requestId;
}

ConnectionCap::ConnectionCap(QTcpServer *server, int maxOpen)
    : QObject(server)
    , m_server(server)
    , m_maxOpen(maxOpen)
{
    if (m_maxOpen <= 0) {
        rlimit limit{};
        const rlim_t descriptors = ::getrlimit(RLIMIT_NOFILE, &limit) == 0 ? limit.rlim_cur : 1024;
        constexpr rlim_t Reserve = 64; // the database's files, the log, the stream's notifications, a margin
        m_maxOpen = static_cast<int>(std::clamp<rlim_t>(descriptors, 2 * Reserve, 1 << 20) - Reserve);
    }
    connect(server, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError error) {
        if (m_backingOff)
            return;
        qCWarning(lcApi) << "accepting a connection failed:" << error << m_server->errorString() << "with" << m_open
                         << "open; pausing for a moment";
        m_backingOff = true;
        if (m_server->isListening())
            m_server->pauseAccepting();
        QTimer::singleShot(200, this, [this] {
            m_backingOff = false;
            resumeIfBelow();
        });
    });
}

void ConnectionCap::track(QTcpSocket *socket)
{
    if (++m_open >= m_maxOpen) {
        qCWarning(lcApi) << m_open << "connections open: accepting no more until one closes";
        if (m_server->isListening())
            m_server->pauseAccepting();
    }
    connect(socket, &QObject::destroyed, this, [this] {
        --m_open;
        resumeIfBelow();
    });
}

void ConnectionCap::resumeIfBelow()
{
    if (!m_backingOff && m_open < m_maxOpen && m_server->isListening())
        m_server->resumeAccepting();
}

GuardedTcpServer::GuardedTcpServer(RequestLimits limits, QObject *parent, int maxConnections)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_cap(new ConnectionCap(this, maxConnections))
{}

GuardedSslServer::GuardedSslServer(RequestLimits limits, const QSslConfiguration &configuration, QObject *parent)
    : QSslServer(parent)
    , m_cap(new ConnectionCap(this))
{
    setSslConfiguration(configuration);
    connect(this, &QSslServer::startedEncryptionHandshake, this, [this, limits](QSslSocket *socket) {
        new ConnectionGuard(socket, limits);
        m_cap->track(socket);
    });
    // A failed handshake (a plain HTTP client, an unknown certificate authority) is the client's business; the
    // socket goes away by itself.
    connect(this, &QSslServer::errorOccurred, this, [](QSslSocket *socket, QAbstractSocket::SocketError) {
        socket->deleteLater();
    });
}

void GuardedSslServer::incomingConnection(qintptr handle)
{
    if (!m_cap->hasRoom()) {
        ::close(static_cast<int>(handle));
        return;
    }
    QSslServer::incomingConnection(handle);
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    if (!m_cap->hasRoom()) {
        ::close(static_cast<int>(handle));
        return;
    }
    // As QTcpServer's own, with the guard connected first.
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    new ConnectionGuard(socket, m_limits);
    m_cap->track(socket);
    addPendingConnection(socket);
}
