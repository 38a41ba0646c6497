// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/api/answerorder.h"

#include <QTcpSocket>

AnswerOrder::AnswerOrder(QTcpSocket *socket)
    : QObject(socket)
    , m_socket(socket)
{}

AnswerOrder *AnswerOrder::of(QTcpSocket *socket)
{
    auto *order = socket->findChild<AnswerOrder *>(QString(), Qt::FindDirectChildrenOnly);
    return order ? order : new AnswerOrder(socket);
}

AnswerOrder::Place AnswerOrder::take()
{
    m_pending.push_back({});
    return m_first + m_pending.size() - 1;
}

void AnswerOrder::answer(Place place, std::function<void()> write, bool close)
{
    if (m_closing || place < m_first || place - m_first >= m_pending.size())
        return; // the connection is ending: nothing after the answer that closes it
    m_pending[place - m_first] = {std::move(write), close};
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
}
