// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
// ChunkedFraming: where a chunked body (RFC 9112 §7.1) ends on the wire, its de-chunked size, and what framing is
// refused. Every row is fed whole, then byte by byte, then in pieces of 7: a client's bytes come split anywhere.

#include <QTest>

#include "core/api/chunkedframing.h"

using Outcome = ChunkedFraming::Outcome;
Q_DECLARE_METATYPE(ChunkedFraming::Outcome)

namespace {

constexpr qint64 MaxBody = 100;
constexpr qint64 MaxTrailer = 40;
const QByteArray NextRequest = QByteArrayLiteral("GET / HTTP/1.1\r\nHost: x\r\n\r\n");

struct Fed
{
    Outcome outcome = Outcome::NeedMore;
    qsizetype used = 0; ///< bytes that belonged to the body
    qint64 dataSize = 0;
    QString error;
};

Fed feedInPieces(const QByteArray &wire, qsizetype piece)
{
    ChunkedFraming framing(MaxBody, MaxTrailer);
    Fed fed;
    for (qsizetype at = 0; at < wire.size() && framing.outcome() == Outcome::NeedMore; at += piece) {
        const qsizetype used = framing.feed(QByteArrayView(wire).sliced(at, qMin(piece, wire.size() - at)));
        fed.used += used;
    }
    fed.outcome = framing.outcome();
    fed.dataSize = framing.dataSize();
    fed.error = framing.error();
    return fed;
}

} // namespace

class TestChunkedFraming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldFindTheEndOfAWellFormedBody_data();
    void shouldFindTheEndOfAWellFormedBody();
    void shouldRefuseWhatIsNotChunkedFraming_data();
    void shouldRefuseWhatIsNotChunkedFraming();
    void shouldWaitForTheRestOfAnUnfinishedBody();
};

void TestChunkedFraming::shouldFindTheEndOfAWellFormedBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("dataSize");
    QTest::newRow("one chunk") << QByteArray("5\r\nhello\r\n0\r\n\r\n") << qint64(5);
    QTest::newRow("no data") << QByteArray("0\r\n\r\n") << qint64(0);
    QTest::newRow("several chunks, hex sizes")
        << QByteArray("a\r\n0123456789\r\nA\r\n0123456789\r\n1\r\n!\r\n0\r\n\r\n") << qint64(21);
    QTest::newRow("leading zeros") << QByteArray("0005\r\nhello\r\n000\r\n\r\n") << qint64(5);
    QTest::newRow("chunk extensions") << QByteArray(
        "5;name=value\r\nhello\r\n5 ; a ; b=\"c\"\r\nworld\r\n0;last\r\n\r\n")
                                      << qint64(10);
    QTest::newRow("CR and LF inside the data") << QByteArray("6\r\n\r\n\r\n\r\n\r\n0\r\n\r\n") << qint64(6);
    QTest::newRow("one trailer field") << QByteArray("5\r\nhello\r\n0\r\nX-Checksum: abc\r\n\r\n") << qint64(5);
    QTest::newRow("two trailer fields") << QByteArray("5\r\nhello\r\n0\r\nX-A: 1\r\nX-B:\t2 3\r\n\r\n") << qint64(5);
    QTest::newRow("exactly the body limit")
        << QByteArray("64\r\n" + QByteArray(100, 'x') + "\r\n0\r\n\r\n") << qint64(100);
    QTest::newRow("the limit in one-byte chunks (framing does not count)")
        << QByteArray(QByteArray("1\r\nx\r\n").repeated(100) + "0\r\n\r\n") << qint64(100);
}

void TestChunkedFraming::shouldFindTheEndOfAWellFormedBody()
{
    QFETCH(QByteArray, body);
    QFETCH(qint64, dataSize);
    for (const qsizetype piece : {body.size() + qsizetype(NextRequest.size()), qsizetype(1), qsizetype(7)}) {
        // Given: the body followed by the next request on the same connection, in pieces
        const Fed fed = feedInPieces(body + NextRequest, piece);
        // Then: it ends where the body ends (the next request is not part of it), with the data's size
        QCOMPARE(fed.outcome, Outcome::Done);
        QCOMPARE(fed.used, body.size());
        QCOMPARE(fed.dataSize, dataSize);
    }
}

void TestChunkedFraming::shouldRefuseWhatIsNotChunkedFraming_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("error");
    const QString sizeLine = QStringLiteral("Malformed chunk-size line");
    const QString lineEnd = QStringLiteral("A chunk line does not end with CRLF");
    QTest::newRow("no size") << QByteArray("\r\nhello\r\n0\r\n\r\n") << Outcome::Malformed << sizeLine;
    QTest::newRow("not hex") << QByteArray("g\r\nhello\r\n0\r\n\r\n") << Outcome::Malformed << sizeLine;
    QTest::newRow("negative") << QByteArray("-5\r\nhello\r\n0\r\n\r\n") << Outcome::Malformed << sizeLine;
    QTest::newRow("0x prefix") << QByteArray("0x5\r\nhello\r\n0\r\n\r\n") << Outcome::Malformed << sizeLine;
    QTest::newRow("space before the size") << QByteArray(" 5\r\nhello\r\n0\r\n\r\n") << Outcome::Malformed << sizeLine;
    QTest::newRow("junk after the size") << QByteArray("5 x\r\nhello\r\n0\r\n\r\n") << Outcome::Malformed << sizeLine;
    QTest::newRow("control character in an extension")
        << QByteArray("5;a=\x01\r\nhello\r\n0\r\n\r\n") << Outcome::Malformed << sizeLine;
    QTest::newRow("size line ends in a bare LF")
        << QByteArray("5\nhello\r\n0\r\n\r\n") << Outcome::Malformed << lineEnd;
    QTest::newRow("bare CR in a size line")
        << QByteArray("5\rx\r\nhello\r\n0\r\n\r\n") << Outcome::Malformed << lineEnd;
    QTest::newRow("last line ends in a bare LF")
        << QByteArray("5\r\nhello\r\n0\r\n\n") << Outcome::Malformed << lineEnd;
    QTest::newRow("data longer than its size") << QByteArray("5\r\nhello!\r\n0\r\n\r\n") << Outcome::Malformed
                                               << QStringLiteral("A chunk's data does not end with CRLF");
    QTest::newRow("data without its CRLF") << QByteArray("5\r\nhello0\r\n\r\n") << Outcome::Malformed
                                           << QStringLiteral("A chunk's data does not end with CRLF");
    QTest::newRow("size line over its limit")
        << QByteArray("5;" + QByteArray(ChunkedFraming::MaxChunkLine, 'e') + "\r\nhello\r\n0\r\n\r\n")
        << Outcome::Malformed << QStringLiteral("A chunk-size line is over 4096 bytes");
    QTest::newRow("trailer field without a colon") << QByteArray("5\r\nhello\r\n0\r\nX-Checksum abc\r\n\r\n")
                                                   << Outcome::Malformed << QStringLiteral("Malformed trailer field");
    QTest::newRow("trailer field with an empty name")
        << QByteArray("5\r\nhello\r\n0\r\n: abc\r\n\r\n") << Outcome::Malformed
        << QStringLiteral("Malformed trailer field");
    QTest::newRow("one chunk over the body limit")
        << QByteArray("65\r\n" + QByteArray(101, 'x') + "\r\n0\r\n\r\n") << Outcome::TooLarge << QString();
    QTest::newRow("chunks that add up to more than the limit")
        << QByteArray(QByteArray("1\r\nx\r\n").repeated(101) + "0\r\n\r\n") << Outcome::TooLarge << QString();
    QTest::newRow("a size of 16 hex digits")
        << QByteArray("1000000000000000\r\nx\r\n0\r\n\r\n") << Outcome::TooLarge << QString();
    QTest::newRow("trailer fields over their limit")
        << QByteArray("5\r\nhello\r\n0\r\nX-Long: " + QByteArray(MaxTrailer, 't') + "\r\n\r\n")
        << Outcome::TrailerTooLarge << QString();
}

void TestChunkedFraming::shouldRefuseWhatIsNotChunkedFraming()
{
    QFETCH(QByteArray, body);
    QFETCH(Outcome, outcome);
    QFETCH(QString, error);
    for (const qsizetype piece : {body.size() + qsizetype(NextRequest.size()), qsizetype(1), qsizetype(7)}) {
        // Given: the body followed by more bytes, in pieces
        const Fed fed = feedInPieces(body + NextRequest, piece);
        // Then: it is refused, for the row's reason, at the fault (not after what followed)
        QCOMPARE(fed.outcome, outcome);
        QCOMPARE(fed.error, error);
        QVERIFY(fed.used <= body.size());
    }
}

void TestChunkedFraming::shouldWaitForTheRestOfAnUnfinishedBody()
{
    const QByteArray body("5\r\nhello\r\n0\r\nX-A: 1\r\n\r\n");
    // Every proper beginning of a well-formed body is taken whole, and the body has not ended
    for (qsizetype size = 0; size < body.size(); ++size) {
        ChunkedFraming framing(MaxBody, MaxTrailer);
        QCOMPARE(framing.feed(QByteArrayView(body).first(size)), size);
        QCOMPARE(framing.outcome(), Outcome::NeedMore);
    }
}

QTEST_APPLESS_MAIN(TestChunkedFraming)
#include "testchunkedframing.moc"
