// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

/// Follows the framing of a chunked request body (RFC 9112 §7.1) as its bytes come, without keeping the data:
/// where the body ends on the wire, how large it is once de-chunked, and whether the framing is well formed.
///
/// ConnectionGuard needs it because Qt 6.4's own chunked reader is lenient where it must not be: it stops two bytes
/// into a trailer section and leaves the rest to be read as the next request, reads a chunk-size line of any length
/// into memory, and misreads chunk lines that end in a bare LF.
class ChunkedFraming
{
public:
    /// A chunk-size line (size and chunk extensions) may be this long, CRLF excluded.
    static constexpr qsizetype MaxChunkLine = 4096;

    enum class Outcome {
        NeedMore,        ///< the body has not ended yet
        Done,            ///< the last chunk and the trailer section have come
        Malformed,       ///< not chunked framing: error() says why
        TooLarge,        ///< the de-chunked body is over maxBody
        TrailerTooLarge, ///< the trailer section is over maxTrailer
    };

    /// 0 = no limit.
    ChunkedFraming(qint64 maxBody, qint64 maxTrailer);

    /// Follows `data`, the next bytes of the body on the wire; returns how many of them belong to the body (fewer
    /// than data.size() only once the outcome is no longer NeedMore).
    qsizetype feed(QByteArrayView data);

    Outcome outcome() const { return m_outcome; }
    /// Why the framing is malformed.
    QString error() const { return m_error; }
    /// The size of the body's data so far, framing excluded.
    qint64 dataSize() const { return m_dataSize; }

private:
    enum class Step {
        SizeLine,    ///< collecting a chunk-size line
        Data,        ///< inside a chunk's data
        DataEnd,     ///< expecting the CRLF after a chunk's data
        TrailerLine, ///< collecting a trailer field line, or the blank line that ends the body
        End,
    };

    /// Handles a complete line (CRLF removed) of the step it ends.
    void endSizeLine();
    void endTrailerLine();
    void fail(Outcome outcome, const QString &why = {});

    qint64 m_maxBody;
    qint64 m_maxTrailer;
    Step m_step = Step::SizeLine;
    Outcome m_outcome = Outcome::NeedMore;
    QString m_error;
    QByteArray m_line;           ///< the line being collected, with its CR if it has come
    qint64 m_chunkLeft = 0;      ///< data bytes of the current chunk still to come
    qint64 m_dataSize = 0;       ///< data bytes announced so far
    qint64 m_trailerSize = 0;    ///< bytes of the trailer section so far
    qsizetype m_dataEndSeen = 0; ///< bytes of the CRLF after a chunk's data seen so far
};
