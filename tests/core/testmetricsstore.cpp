// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QTest>

#include "core/metricsstore.h"
#include "tests/support/enginefixture.h"

// The shared `metrics` table (spec §8): what each process counted is added to it, the totals are the sum of every
// process's counts in the spec's order, and they survive a restart.
class TestMetricsStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldSumTheCountsOfEveryProcess();
    void shouldKeepTotalsAcrossRestarts();
    void shouldFlushNothingWhenNothingHappened();
};

void TestMetricsStore::shouldSumTheCountsOfEveryProcess()
{
    // Given: two servers' metrics on one database
    EngineFixture f;
    Metrics first;
    Metrics second;
    MetricsStore a(f.store, first);
    MetricsStore b(f.store, second);

    // When: each counts and records, and both flush twice with more counting in between
    first.increment(Metric::Rejected, 2);
    first.record(Metric::Received, 3, 9'000'000);
    second.increment(Metric::Rejected);
    QVERIFY(a.flush().ok());
    QVERIFY(b.flush().ok());
    second.record(Metric::Received, 1, 1'000'000);
    second.increment(Metric::Blackout);

    // Then: the totals, read from either, add both up (flushing what is pending), in the spec's order
    const Result<QList<MetricValue>> totals = b.totals();
    QVERIFY(totals.ok());
    const QList<MetricValue> expected{MetricValue::of(Metric::Rejected, 3),
                                      MetricValue::of(Metric::Blackout, 1),
                                      MetricValue::of(Metric::Received, 4, 10)};
    QCOMPARE(*totals, expected);
    QCOMPARE(*a.totals(), expected);
}

void TestMetricsStore::shouldKeepTotalsAcrossRestarts()
{
    // Given: counts flushed by one run of the server
    EngineFixture f;
    {
        Metrics metrics;
        MetricsStore store(f.store, metrics);
        metrics.record(Metric::Queries, 5, 25'000'000);
        QVERIFY(store.flush().ok());
    }
    // When: the store is reopened by a new process with fresh counters
    f.reopen();
    Metrics fresh;
    MetricsStore store(f.store, fresh);
    // Then: the earlier counts are still there
    QCOMPARE(*store.totals(), QList<MetricValue>{MetricValue::of(Metric::Queries, 5, 25)});
}

void TestMetricsStore::shouldFlushNothingWhenNothingHappened()
{
    // Given: a process that counted nothing
    EngineFixture f;
    Metrics metrics;
    MetricsStore store(f.store, metrics);
    // Then: no metric appears (they appear only after first use)
    QVERIFY(store.flush().ok());
    QVERIFY(store.totals()->isEmpty());
}

QTEST_GUILESS_MAIN(TestMetricsStore)
#include "testmetricsstore.moc"
