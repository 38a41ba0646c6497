// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/api/chunkedframing.h"

#include "core/api/httptext.h"

namespace {

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

} // namespace

ChunkedFraming::ChunkedFraming(qint64 maxBody, qint64 maxTrailer)
    : m_maxBody(maxBody)
    , m_maxTrailer(maxTrailer)
{}

qsizetype ChunkedFraming::feed(QByteArrayView data)
{
    qsizetype at = 0;
    while (at < data.size() && m_outcome == Outcome::NeedMore) {
        switch (m_step) {
        case Step::Data: {
            const qsizetype take = qsizetype(qMin<qint64>(m_chunkLeft, data.size() - at));
            m_chunkLeft -= take;
            at += take;
            if (m_chunkLeft == 0) {
                m_step = Step::DataEnd;
                m_dataEndSeen = 0;
            }
            break;
        }
        case Step::DataEnd: {
            const char expected = m_dataEndSeen == 0 ? '\r' : '\n';
            if (data.at(at++) != expected) {
                fail(Outcome::Malformed, QStringLiteral("A chunk's data does not end with CRLF"));
                break;
            }
            if (++m_dataEndSeen == 2)
                m_step = Step::SizeLine;
            break;
        }
        case Step::SizeLine:
        case Step::TrailerLine: {
            const char c = data.at(at++);
            if (m_step == Step::TrailerLine && m_maxTrailer > 0 && ++m_trailerSize > m_maxTrailer + 2) {
                fail(Outcome::TrailerTooLarge);
                break;
            }
            if (c == '\n') {
                if (!m_line.endsWith('\r')) {
                    fail(Outcome::Malformed, QStringLiteral("A chunk line does not end with CRLF"));
                    break;
                }
                m_line.chop(1);
                if (m_step == Step::SizeLine)
                    endSizeLine();
                else
                    endTrailerLine();
                m_line.clear();
                break;
            }
            if (m_line.endsWith('\r')) {
                fail(Outcome::Malformed, QStringLiteral("A chunk line does not end with CRLF"));
                break;
            }
            // A trailer line is bounded by the trailer limit above; a size line by its own.
            if (m_step == Step::SizeLine && m_line.size() > MaxChunkLine) {
                fail(Outcome::Malformed, QStringLiteral("A chunk-size line is over %1 bytes").arg(MaxChunkLine));
                break;
            }
            m_line.append(c);
            break;
        }
        case Step::End:
            return at;
        }
    }
    return at;
}

void ChunkedFraming::endSizeLine()
{
    // chunk-size [ chunk-ext ]: 1*HEXDIG, then *( BWS ";" BWS name [ BWS "=" BWS value ] ), which is ignored.
    qsizetype digits = 0;
    while (digits < m_line.size() && isHexDigit(m_line.at(digits)))
        ++digits;
    const QByteArrayView extension = QByteArrayView(m_line).sliced(digits).trimmed();
    if (digits == 0 || (!extension.isEmpty() && !extension.startsWith(';')) || !HttpText::isFieldValue(extension)) {
        fail(Outcome::Malformed, QStringLiteral("Malformed chunk-size line"));
        return;
    }
    // Leading zeros are allowed; 15 significant hex digits already exceed any body this server takes.
    const QByteArray size = m_line.left(digits);
    qsizetype first = 0;
    while (first < size.size() - 1 && size.at(first) == '0')
        ++first;
    if (size.size() - first > 15) {
        fail(Outcome::TooLarge);
        return;
    }
    const qint64 chunk = size.mid(first).toLongLong(nullptr, 16);
    m_dataSize += chunk;
    if (m_maxBody > 0 && m_dataSize > m_maxBody) {
        fail(Outcome::TooLarge);
        return;
    }
    m_chunkLeft = chunk;
    m_step = chunk == 0 ? Step::TrailerLine : Step::Data;
}

void ChunkedFraming::endTrailerLine()
{
    if (m_line.isEmpty()) {
        m_step = Step::End;
        m_outcome = Outcome::Done;
        return;
    }
    // A trailer field is a header field (name ":" value); what it says is discarded (RFC 9112 §7.1.2 allows it).
    const qsizetype colon = m_line.indexOf(':');
    if (colon <= 0 || !HttpText::isFieldValue(m_line))
        fail(Outcome::Malformed, QStringLiteral("Malformed trailer field"));
}

void ChunkedFraming::fail(Outcome outcome, const QString &why)
{
    m_outcome = outcome;
    m_error = why;
    m_step = Step::End;
}
