// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QTest>

#include "core/timestamp.h"

class TestTimestamp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRoundTripFormatAndParse_data();
    void shouldRoundTripFormatAndParse();
    void shouldParseWhatStrptimeAccepts_data();
    void shouldParseWhatStrptimeAccepts();
    void shouldRejectMalformedDates_data();
    void shouldRejectMalformedDates();
    void shouldNameTheUpstreamFormatInTheError();
};

void TestTimestamp::shouldRoundTripFormatAndParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");

    QTest::newRow("epoch") << QStringLiteral("1970-01-01T00:00:00.000Z") << Q_INT64_C(0);
    QTest::newRow("one ms before epoch") << QStringLiteral("1969-12-31T23:59:59.999Z") << Q_INT64_C(-1);
    QTest::newRow("leap day") << QStringLiteral("2024-02-29T12:34:56.789Z") << Q_INT64_C(1709210096789);
    QTest::newRow("century leap day") << QStringLiteral("2000-02-29T00:00:00.000Z") << Q_INT64_C(951782400000);
    QTest::newRow("year 9999") << QStringLiteral("9999-12-31T23:59:59.999Z") << Q_INT64_C(253402300799999);
    QTest::newRow("year 1") << QStringLiteral("0001-01-01T00:00:00.000Z") << Q_INT64_C(-62135596800000);
    QTest::newRow("ms padded to 3 digits (7)")
        << QStringLiteral("2024-05-01T09:30:00.007Z") << Q_INT64_C(1714555800007);
    QTest::newRow("ms padded to 3 digits (70)")
        << QStringLiteral("2024-05-01T09:30:00.070Z") << Q_INT64_C(1714555800070);
    QTest::newRow("spec example") << QStringLiteral("2024-05-01T09:30:00.123Z") << Q_INT64_C(1714555800123);
}

void TestTimestamp::shouldRoundTripFormatAndParse()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);

    // Given a millisecond timestamp and its wire form
    // When it is formatted and the wire form is parsed
    const QString formatted = IsoTime::format(ms);
    const std::optional<Timestamp> parsed = IsoTime::parse(text);

    // Then each is the other's inverse
    QCOMPARE(formatted, text);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, ms);
    QCOMPARE(IsoTime::format(*parsed), text);
}

void TestTimestamp::shouldParseWhatStrptimeAccepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalised");

    QTest::newRow("1 fraction digit") << QStringLiteral("2024-05-01T09:30:00.1Z")
                                      << QStringLiteral("2024-05-01T09:30:00.100Z");
    QTest::newRow("2 fraction digits") << QStringLiteral("2024-05-01T09:30:00.12Z")
                                       << QStringLiteral("2024-05-01T09:30:00.120Z");
    QTest::newRow("4 fraction digits") << QStringLiteral("2024-05-01T09:30:00.1239Z")
                                       << QStringLiteral("2024-05-01T09:30:00.123Z");
    QTest::newRow("6 fraction digits truncated, not rounded")
        << QStringLiteral("2024-05-01T09:30:00.999999Z") << QStringLiteral("2024-05-01T09:30:00.999Z");
    QTest::newRow("unpadded fields") << QStringLiteral("2024-5-1T9:3:7.5Z")
                                     << QStringLiteral("2024-05-01T09:03:07.500Z");
}

void TestTimestamp::shouldParseWhatStrptimeAccepts()
{
    QFETCH(QString, text);
    QFETCH(QString, normalised);

    // Given a date upstream's `%Y-%m-%dT%H:%M:%S.%fZ` accepts
    // When it is parsed
    const std::optional<Timestamp> parsed = IsoTime::parse(text);

    // Then it is accepted and reads back in the canonical 3-digit form
    QVERIFY(parsed.has_value());
    QCOMPARE(IsoTime::format(*parsed), normalised);
}

void TestTimestamp::shouldRejectMalformedDates_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("missing fraction") << QStringLiteral("2024-05-01T09:30:00Z");
    QTest::newRow("empty fraction") << QStringLiteral("2024-05-01T09:30:00.Z");
    QTest::newRow("7 fraction digits") << QStringLiteral("2024-05-01T09:30:00.1234567Z");
    QTest::newRow("offset instead of Z") << QStringLiteral("2024-05-01T09:30:00.000+00:00");
    QTest::newRow("Z and offset") << QStringLiteral("2024-05-01T09:30:00.000Z+00:00");
    QTest::newRow("missing Z") << QStringLiteral("2024-05-01T09:30:00.000");
    QTest::newRow("date only") << QStringLiteral("2024-05-01");
    QTest::newRow("space instead of T") << QStringLiteral("2024-05-01 09:30:00.000Z");
    QTest::newRow("leading space") << QStringLiteral(" 2024-05-01T09:30:00.000Z");
    QTest::newRow("trailing space") << QStringLiteral("2024-05-01T09:30:00.000Z ");
    QTest::newRow("3-digit year") << QStringLiteral("999-05-01T09:30:00.000Z");
    QTest::newRow("5-digit year") << QStringLiteral("12024-05-01T09:30:00.000Z");
    QTest::newRow("year 0") << QStringLiteral("0000-01-01T00:00:00.000Z");
    QTest::newRow("month 0") << QStringLiteral("2024-00-01T09:30:00.000Z");
    QTest::newRow("month 13") << QStringLiteral("2024-13-01T09:30:00.000Z");
    QTest::newRow("day 32") << QStringLiteral("2024-01-32T09:30:00.000Z");
    QTest::newRow("29 Feb in a common year") << QStringLiteral("2023-02-29T09:30:00.000Z");
    QTest::newRow("29 Feb 1900") << QStringLiteral("1900-02-29T09:30:00.000Z");
    QTest::newRow("hour 24") << QStringLiteral("2024-05-01T24:00:00.000Z");
    QTest::newRow("minute 60") << QStringLiteral("2024-05-01T09:60:00.000Z");
    QTest::newRow("second 60") << QStringLiteral("2024-05-01T09:30:60.000Z");
    QTest::newRow("epoch seconds") << QStringLiteral("1714555800");
}

void TestTimestamp::shouldRejectMalformedDates()
{
    QFETCH(QString, text);

    // Given a date upstream's strptime pattern refuses
    // When it is parsed
    const std::optional<Timestamp> parsed = IsoTime::parse(text);

    // Then there is no timestamp
    QVERIFY2(!parsed.has_value(), qPrintable(IsoTime::format(parsed.value_or(0))));
}

void TestTimestamp::shouldNameTheUpstreamFormatInTheError()
{
    // Given / When the parse error message
    // Then it is upstream's, word for word
    QCOMPARE(IsoTime::formatError(), QStringLiteral("dates must be ISO 8601 date format YYYY-MM-DDThh:mm:ss.sssZ"));
}

QTEST_GUILESS_MAIN(TestTimestamp)
#include "testtimestamp.moc"
