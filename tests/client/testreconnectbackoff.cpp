// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QTest>

#include "core/client/reconnectbackoff.h"

using std::chrono::milliseconds;

// Delays between reconnection attempts: doubling, capped, jittered between half and all of the ceiling.

class TestReconnectBackoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldDoubleUpToTheCap_data();
    void shouldDoubleUpToTheCap();
    void shouldStartOverAfterReset();
    void shouldSpreadDelaysWithJitter();
};

void TestReconnectBackoff::shouldDoubleUpToTheCap_data()
{
    QTest::addColumn<double>("random");
    QTest::addColumn<QList<int>>("delays");
    // Ceilings 500, 1000, 2000, 4000, 8000, 16000, 30000 (capped), 30000.
    QTest::newRow("lowest jitter: half the ceiling")
        << 0.0 << QList<int>{250, 500, 1000, 2000, 4000, 8000, 15000, 15000};
    QTest::newRow("highest jitter: the ceiling")
        << 0.999999 << QList<int>{499, 999, 1999, 3999, 7999, 15999, 29999, 29999};
}

void TestReconnectBackoff::shouldDoubleUpToTheCap()
{
    QFETCH(double, random);
    QFETCH(QList<int>, delays);
    ReconnectBackoff backoff(milliseconds(500), milliseconds(30000));
    backoff.setRandom([random] { return random; });
    QList<int> got;
    for (qsizetype i = 0; i < delays.size(); ++i)
        got.append(int(backoff.next().count()));
    QCOMPARE(got, delays);
    QCOMPARE(backoff.attempts(), delays.size());
}

void TestReconnectBackoff::shouldStartOverAfterReset()
{
    ReconnectBackoff backoff(milliseconds(100), milliseconds(1000));
    backoff.setRandom([] { return 0.0; });
    for (int i = 0; i < 10; ++i)
        backoff.next();
    backoff.reset();
    QCOMPARE(backoff.next(), milliseconds(50));
}

void TestReconnectBackoff::shouldSpreadDelaysWithJitter()
{
    // Given: the real random source. When: many consoles compute their first retry after the same failure.
    QList<qint64> delays;
    for (int i = 0; i < 200; ++i) {
        ReconnectBackoff backoff(milliseconds(1000), milliseconds(30000));
        delays.append(backoff.next().count());
    }
    // Then: all within [500, 1000] ms, and not in step
    const auto [low, high] = std::minmax_element(delays.cbegin(), delays.cend());
    QVERIFY(*low >= 500 && *high <= 1000);
    QVERIFY2(*high - *low > 250, "delays should spread over the jitter range");
}

QTEST_GUILESS_MAIN(TestReconnectBackoff)
#include "testreconnectbackoff.moc"
