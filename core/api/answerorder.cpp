// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/api/answerorder.h"

#include <QTcpSocket>

#include <utility>

AnswerOrder::AnswerOrder(QTcpSocket *socket)
    : QObject(socket)
    , m_socket(socket)
{}

AnswerOrder *AnswerOrder::of(QTcpSocket *socket)
{
    auto *order = socket->findChild<AnswerOrder *>(QString(), Qt::FindDirectChildrenOnly);
    return order ? order : new AnswerOrder(socket);
}

bool AnswerOrder::isSafe(QByteArrayView method)
{
    return method == "GET" || method == "HEAD" || method == "OPTIONS" || method == "TRACE";
}

AnswerOrder::~AnswerOrder()
{
    if (m_closing)
        return;
    for (Place place = m_first; Pending & pending : m_pending) {
        if (pending.start)
            std::exchange(pending.start, {})(place);
        ++place;
    }
}

AnswerOrder::Place AnswerOrder::take(bool safe, Start start)
{
    m_pending.push_back({safe, std::move(start), {}, false});
    const Place place = m_first + m_pending.size() - 1;
    startWhatMay();
    return place;
}

void AnswerOrder::startWhatMay()
{
    bool unfinishedBefore = false;       // a request before this one has no answer yet
    bool unfinishedUnsafeBefore = false; // an unsafe one of them
    for (Place place = m_first; Pending & pending : m_pending) {
        if (pending.start && (pending.safe ? !unfinishedUnsafeBefore : !unfinishedBefore))
            std::exchange(pending.start, {})(place);
        ++place;
        if (!pending.write) {
            unfinishedBefore = true;
            unfinishedUnsafeBefore = unfinishedUnsafeBefore || !pending.safe;
        }
    }
}

void AnswerOrder::answer(Place place, std::function<void()> write, bool close)
{
    if (m_closing || place < m_first || place - m_first >= m_pending.size())
        return; // the connection is ending: nothing after the answer that closes it
    Pending &pending = m_pending[place - m_first];
    pending.write = std::move(write);
    pending.close = close;
    while (!m_pending.empty() && m_pending.front().write) {
        const Pending next = std::move(m_pending.front());
        m_pending.pop_front();
        ++m_first;
        next.write();
        if (next.close) {
            m_closing = true;
            m_pending.clear();
            m_socket->disconnectFromHost(); // after what was written has left
            return;
        }
    }
    startWhatMay();
}
