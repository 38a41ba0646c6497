// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

#include <deque>
#include <functional>

class QTcpSocket;

/// The answers of one connection, written in the order its requests came. A client may send requests one after
/// another without waiting (pipelining); each goes to a worker, and the workers finish in any order, but HTTP/1.1
/// matches answers to requests by position (RFC 9112 §9.3.2). Each request takes a place when QHttpServer hands it
/// over; its answer waits there until the answers before it have been written. A request whose answer ends the
/// connection (HTTP/1.0, `Connection: close`) closes it once written, and the places after it are dropped.
///
/// Lives on the socket's thread, as the socket's child.
class AnswerOrder final : public QObject
{
    Q_OBJECT

public:
    /// The order of `socket`, made on first use.
    static AnswerOrder *of(QTcpSocket *socket);

    using Place = quint64;
    /// The next request's place.
    Place take();
    /// The answer of the request at `place`: `write` writes it; `close` ends the connection after it.
    void answer(Place place, std::function<void()> write, bool close);

private:
    explicit AnswerOrder(QTcpSocket *socket);

    struct Pending
    {
        std::function<void()> write; ///< empty until the answer is ready
        bool close = false;
    };

    QTcpSocket *m_socket;
    std::deque<Pending> m_pending; ///< from the oldest place not yet written
    Place m_first = 0;             ///< the place of m_pending.front()
    bool m_closing = false;
};
