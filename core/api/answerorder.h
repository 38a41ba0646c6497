// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArrayView>
#include <QObject>

#include <deque>
#include <functional>

class QTcpSocket;

/// The requests of one connection, run and answered in the order they came. A client may send requests one after
/// another without waiting (pipelining); HTTP/1.1 matches answers to requests by position, and a server may run
/// pipelined requests at the same time only while they are safe (RFC 9112 §9.3.2): a GET after a POST must see
/// what the POST did. So each request takes a place when QHttpServer hands it over; it starts at once if the
/// requests before it allow (a safe one after the unsafe ones before it have finished, an unsafe one after all of
/// them have), and its answer waits at its place until the answers before it have been written. A request whose
/// answer ends the connection (HTTP/1.0, `Connection: close`) closes it once written, and the places after it are
/// dropped, their requests never run (RFC 9112 §9.6).
///
/// Lives on the socket's thread, as the socket's child.
class AnswerOrder final : public QObject
{
    Q_OBJECT

public:
    /// The order of `socket`, made on first use.
    static AnswerOrder *of(QTcpSocket *socket);

    /// Whether requests of `method` change nothing, so that they may run beside each other (RFC 9110 §9.2.1).
    static bool isSafe(QByteArrayView method);

    using Place = quint64;
    using Start = std::function<void(Place)>;
    /// The next request's place; `start` runs the request at that place (now or once the requests before it allow)
    /// and leads to answer() for it. A request that needs no running (a refusal) passes none.
    Place take(bool safe, Start start = {});
    /// The answer of the request at `place`: `write` writes it; `close` ends the connection after it.
    void answer(Place place, std::function<void()> write, bool close);
    /// No request of the connection waits for its answer.
    bool isIdle() const { return m_pending.empty(); }

private:
    explicit AnswerOrder(QTcpSocket *socket);
    /// The client has gone: the requests still waiting run all the same (it may have sent alerts and hung up
    /// without waiting for the answers), with nobody to answer.
    ~AnswerOrder() override;

    /// Starts every waiting request that the ones before it now allow.
    void startWhatMay();

    struct Pending
    {
        bool safe = true;
        Start start;                 ///< empty once started
        std::function<void()> write; ///< empty until the answer is ready
        bool close = false;
    };

    QTcpSocket *m_socket;
    std::deque<Pending> m_pending; ///< from the oldest place not yet written
    Place m_first = 0;             ///< the place of m_pending.front()
    bool m_closing = false;
};
