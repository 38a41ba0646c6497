// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

#include "core/metrics.h"
#include "tests/support/testtext.h"

// Metrics (spec §8): the table of counters and timers, recording from many threads, the deltas a flusher adds to the
// shared table, and the `/management/status` JSON and `/management/metrics` Prometheus bodies rendered from values.

namespace {

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad expected JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

/// `group.name type count/totalTimeMs` per value, comma-separated, for whole-list comparisons.
QString describe(const QList<MetricValue> &values)
{
    QStringList out;
    for (const MetricValue &v : values) {
        out.append(v.group + u'.' + v.name + u' ' + QString(metricTypeName(v.type)) + u' ' + QString::number(v.count)
                   + u'/' + QString::number(v.totalTimeMs));
    }
    return out.join(QStringLiteral(", "));
}

/// Ten rejected, three ratelimited, received 4 calls in 250 ms, queries 2 calls in 0 ms.
QList<MetricValue> sampleValues()
{
    return {
        MetricValue::of(Metric::Rejected, 10),
        MetricValue::of(Metric::RateLimited, 3),
        MetricValue::of(Metric::Received, 4, 250),
        MetricValue::of(Metric::Queries, 2, 0),
    };
}

constexpr Timestamp Now = 1714555800123; // 2024-05-01T09:30:00.123Z

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldDescribeEveryMetricAsSpecTable_data();
    void shouldDescribeEveryMetricAsSpecTable();
    void shouldListEveryMetricOnce();
    void shouldUseValidPrometheusNames();
    void shouldNameTypes();
    void shouldAccumulateCountersAndTimers();
    void shouldRecordTimerOnlyOnSuccess();
    void shouldTakeDeltasOnceKeepingSubMillisecondRemainders();
    void shouldNotLoseIncrementsWhileTakingDeltas();
    void shouldRenderStatusJson_data();
    void shouldRenderStatusJson();
    void shouldRenderOnlyGaugeAndSwitchesWhenNothingWasUsed();
    void shouldSumRepeatedValuesAndSkipUnknownOnes();
    void shouldRenderPrometheusText();
};

void TestMetrics::shouldDescribeEveryMetricAsSpecTable_data()
{
    QTest::addColumn<Metric>("metric");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("name");
    QTest::addColumn<MetricType>("type");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("description");
    const auto row = [](Metric metric, const char *name, MetricType type, const char *title, const char *description) {
        QTest::newRow(name) << metric << qs("alerts") << qs(name) << type << qs(title) << qs(description);
    };
    using enum MetricType;
    row(Metric::TotalAlerts, "total", Gauge, "Total alerts", "Total number of alerts in the database");
    row(Metric::Rejected, "rejected", Counter, "Rejected alerts", "Total number of alerts rejected by policy");
    row(Metric::RateLimited,
        "ratelimited",
        Counter,
        "Rate-limited alerts",
        "Total number of alerts rejected by rate limit");
    row(Metric::Blackout,
        "blackout",
        Counter,
        "Blackout alerts",
        "Total number of alerts suppressed by blackout period");
    row(Metric::Received, "received", Timer, "Received alerts", "Total time and number of received alerts");
    row(Metric::Queries, "queries", Timer, "Alert queries", "Total time and number of alert queries");
    row(Metric::Status, "status", Timer, "Alert status change", "Total time and number of alerts with status changed");
    row(Metric::Tagged, "tagged", Timer, "Tagging alerts", "Total time to tag number of alerts");
    row(Metric::Untagged, "untagged", Timer, "Removing tags from alerts", "Total time to un-tag and number of alerts");
    row(Metric::Attributes,
        "attributes",
        Timer,
        "Alert attributes change",
        "Total time and number of alerts with attributes changed");
    row(Metric::Deleted, "deleted", Timer, "Deleted alerts", "Total time and number of deleted alerts");
    row(Metric::Counts, "counts", Timer, "Count alerts", "Total time and number of count queries");
}

void TestMetrics::shouldDescribeEveryMetricAsSpecTable()
{
    QFETCH(Metric, metric);
    QFETCH(QString, group);
    QFETCH(QString, name);
    QFETCH(MetricType, type);
    QFETCH(QString, title);
    QFETCH(QString, description);
    // Given: a row of §8's table
    // When: the metric is looked up
    const MetricInfo &info = Metrics::info(metric);
    // Then: every string is upstream's, and the name finds the metric back
    QCOMPARE(info.metric, metric);
    QCOMPARE(QString(info.group), group);
    QCOMPARE(QString(info.name), name);
    QCOMPARE(info.type, type);
    QCOMPARE(QString(info.title), title);
    QCOMPARE(QString(info.description), description);
    QCOMPARE(Metrics::find(group, name), std::optional<Metric>(metric));
}

void TestMetrics::shouldListEveryMetricOnce()
{
    // Given: the twelve metrics of §8 (the data table above has a row for each)
    QCOMPARE(MetricCount, 12);
    QStringList names;
    for (int i = 0; i < MetricCount; ++i) {
        // When: each is looked up by enum and by name
        const MetricInfo &info = Metrics::info(static_cast<Metric>(i));
        // Then: both lead to the same row, and no name repeats
        QCOMPARE(static_cast<int>(info.metric), i);
        QCOMPARE(Metrics::find(QString(info.group), QString(info.name)), std::optional<Metric>(info.metric));
        names.append(QString(info.group) + u'.' + QString(info.name));
    }
    names.removeDuplicates();
    QCOMPARE(names.size(), MetricCount);
}

void TestMetrics::shouldUseValidPrometheusNames()
{
    // Given: Prometheus metric names are [a-zA-Z_:][a-zA-Z0-9_:]*, and the exporter does not escape
    static const QRegularExpression valid(QStringLiteral("^[a-zA-Z_:][a-zA-Z0-9_:]*$"));
    for (int i = 0; i < MetricCount; ++i) {
        // When: a metric's exported name is built
        const MetricInfo &info = Metrics::info(static_cast<Metric>(i));
        const QString name = u"alerta_" + QString(info.group) + u'_' + QString(info.name);
        // Then: it is valid as it is
        QVERIFY2(valid.match(name).hasMatch(), qPrintable(name));
    }
    // And: unknown names are not metrics
    QCOMPARE(Metrics::find(u"switch", u"auto-refresh-allow"), std::nullopt);
    QCOMPARE(Metrics::find(u"alerts", u"duplicate"), std::nullopt);
}

void TestMetrics::shouldNameTypes()
{
    // Given: the types as the status JSON and the shared table spell them
    const QList<std::pair<MetricType, QString>> names{
        {MetricType::Gauge, qs("gauge")},
        {MetricType::Counter, qs("counter")},
        {MetricType::Timer, qs("timer")},
    };
    for (const auto &[type, name] : names) {
        // Then: names and types convert both ways
        QCOMPARE(QString(metricTypeName(type)), name);
        QCOMPARE(metricTypeFromName(name), std::optional<MetricType>(type));
    }
    QCOMPARE(metricTypeFromName(u"text"), std::nullopt);
}

void TestMetrics::shouldAccumulateCountersAndTimers()
{
    // Given: fresh metrics
    Metrics metrics;
    // Then: nothing appears before first use
    QCOMPARE(describe(metrics.snapshot()), QString());

    // When: counters and timers are used
    metrics.increment(Metric::Blackout);
    metrics.increment(Metric::Rejected, 2);
    metrics.increment(Metric::Rejected);
    metrics.record(Metric::Counts, 1, 400'000);
    metrics.record(Metric::Received, 1, 1'500'000);
    metrics.record(Metric::Received, 2, 1'600'000);
    // Then: they add up, in §8 order, with times in whole milliseconds; unused metrics stay absent
    QCOMPARE(describe(metrics.snapshot()),
             qs("alerts.rejected counter 3/0, alerts.blackout counter 1/0, alerts.received timer 3/3, "
                "alerts.counts timer 1/0"));
    QCOMPARE(metrics.snapshot().first(), MetricValue::of(Metric::Rejected, 3));
}

void TestMetrics::shouldRecordTimerOnlyOnSuccess()
{
    Metrics metrics;
    // Given: a handler that fails after starting its timer
    {
        auto timer = metrics.startTimer(Metric::Queries);
        // When: it returns without succeeded()
    }
    // Then: nothing is recorded
    QCOMPARE(describe(metrics.snapshot()), QString());

    // Given: a handler that succeeds, even if it says so twice
    {
        auto timer = metrics.startTimer(Metric::Queries);
        timer.succeeded();
        timer.succeeded();
    }
    // Then: one call is counted
    QCOMPARE(metrics.snapshot().size(), 1);
    QCOMPARE(metrics.snapshot().first().count, qint64(1));

    // Given: a timer moved elsewhere that succeeds there, and a handler counting several alerts
    {
        auto timer = metrics.startTimer(Metric::Tagged);
        auto moved = std::move(timer);
        moved.succeeded(5);
        timer.succeeded(); // moved-from: records nothing
    }
    // Then: only the moved timer's count is recorded
    const QList<MetricValue> values = metrics.snapshot();
    QCOMPARE(values.size(), 2);
    QCOMPARE(values.at(1).name, qs("tagged"));
    QCOMPARE(values.at(1).count, qint64(5));
}

void TestMetrics::shouldTakeDeltasOnceKeepingSubMillisecondRemainders()
{
    Metrics metrics;
    // Given: a counter and a timer of 1.5 ms
    metrics.increment(Metric::RateLimited, 7);
    metrics.record(Metric::Status, 1, 1'500'000);
    // When: deltas are taken
    // Then: they are what changed, in whole ms
    QCOMPARE(describe(metrics.takeDeltas()), qs("alerts.ratelimited counter 7/0, alerts.status timer 1/1"));
    // And: a second take finds nothing, and the snapshot of what is left is empty
    QCOMPARE(describe(metrics.takeDeltas()), QString());
    QCOMPARE(describe(metrics.snapshot()), QString());

    // When: another 0.6 ms call is recorded
    metrics.record(Metric::Status, 1, 600'000);
    // Then: the 0.5 ms kept from before makes a whole millisecond with it
    QCOMPARE(describe(metrics.takeDeltas()), qs("alerts.status timer 1/1"));

    // When: a 0.95 ms call adds to the 0.1 ms left
    metrics.record(Metric::Status, 1, 950'000);
    QCOMPARE(describe(metrics.takeDeltas()), qs("alerts.status timer 1/1"));
    // Then: only 0.05 ms remains, not a millisecond yet: a delta of count 0 is not a change either
    QCOMPARE(describe(metrics.takeDeltas()), QString());
}

void TestMetrics::shouldNotLoseIncrementsWhileTakingDeltas()
{
    // Given: 8 threads counting and timing (1 µs per call) while another thread keeps taking deltas
    constexpr int Threads = 8;
    constexpr qint64 PerThread = 20'000;
    Metrics metrics;
    std::atomic<int> running{Threads};
    QList<MetricValue> taken;
    std::thread flusher([&] {
        while (running.load() > 0)
            taken.append(metrics.takeDeltas());
    });
    std::vector<std::thread> workers;
    for (int t = 0; t < Threads; ++t) {
        workers.emplace_back([&] {
            for (qint64 i = 0; i < PerThread; ++i) {
                metrics.increment(Metric::Rejected);
                metrics.record(Metric::Received, 1, 1'000);
            }
            running.fetch_sub(1);
        });
    }
    for (std::thread &worker : workers)
        worker.join();
    flusher.join();

    // When: the deltas and what remains are added up
    taken.append(metrics.takeDeltas());
    qint64 rejected = 0;
    qint64 received = 0;
    qint64 receivedMs = 0;
    for (const MetricValue &value : taken) {
        if (value.name == u"rejected") {
            rejected += value.count;
        } else {
            received += value.count;
            receivedMs += value.totalTimeMs;
        }
    }
    // Then: every increment and every microsecond is there exactly once
    QCOMPARE(rejected, Threads * PerThread);
    QCOMPARE(received, Threads * PerThread);
    QCOMPARE(receivedMs, Threads * PerThread / 1'000);
    QCOMPARE(describe(metrics.snapshot()), QString());
}

void TestMetrics::shouldRenderStatusJson_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QJsonValue>("expected");
    QTest::newRow("full") << qs("9.1.0") << QJsonValue(qs("9.1.0"));
    QTest::newRow("major") << qs("9") << QJsonValue(qs("9"));
    QTest::newRow("off") << QString() << QJsonValue(QJsonValue::Null);
}

void TestMetrics::shouldRenderStatusJson()
{
    QFETCH(QString, version);
    QFETCH(QJsonValue, expected);
    // Given: used counters and timers, 42 alerts, one switch on and one off
    const QList<Switch> switches{Switch::autoRefreshAllow(true), Switch::senderApiAllow(false)};
    // When: the status is rendered
    const QJsonObject status = MetricsReport::statusJson(sampleValues(), 42, version, Now, 3'600'000, switches);
    // Then: every key of §8: the gauge, the counters, the timers, then the switches in the order given
    QJsonObject want = json(R"({
        "application": "alerta",
        "time": 1714555800123,
        "uptime": 3600000,
        "metrics": [
            {"group": "alerts", "name": "total", "title": "Total alerts",
             "description": "Total number of alerts in the database", "type": "gauge", "value": 42},
            {"group": "alerts", "name": "rejected", "title": "Rejected alerts",
             "description": "Total number of alerts rejected by policy", "type": "counter", "count": 10},
            {"group": "alerts", "name": "ratelimited", "title": "Rate-limited alerts",
             "description": "Total number of alerts rejected by rate limit", "type": "counter", "count": 3},
            {"group": "alerts", "name": "received", "title": "Received alerts",
             "description": "Total time and number of received alerts", "type": "timer", "count": 4,
             "totalTime": 250},
            {"group": "alerts", "name": "queries", "title": "Alert queries",
             "description": "Total time and number of alert queries", "type": "timer", "count": 2, "totalTime": 0},
            {"group": "switch", "name": "auto-refresh-allow", "type": "text", "title": "Alerta console auto-refresh",
             "description": "Allow consoles to auto-refresh alerts", "value": "ON"},
            {"group": "switch", "name": "sender-api-allow", "type": "text", "title": "API alert submission",
             "description": "Allow alerts to be submitted via the API", "value": "OFF"}
        ]
    })");
    want.insert(QStringLiteral("version"), expected);
    QCOMPARE(status, want);
    // And: integers stay integers on the wire
    QVERIFY(QJsonDocument(status).toJson(QJsonDocument::Compact).contains(R"("time":1714555800123)"));
}

void TestMetrics::shouldRenderOnlyGaugeAndSwitchesWhenNothingWasUsed()
{
    // Given: unused metrics, and a timer whose delta counted no call
    const QList<MetricValue> values{MetricValue::of(Metric::Deleted, 0, 3)};
    // When: the status and the Prometheus text are rendered without switches
    const QJsonObject status = MetricsReport::statusJson(values, 0, qs("9.1.0"), Now, 5, {});
    // Then: only the gauge, which is always there
    QCOMPARE(status.value(u"metrics"),
             QJsonValue(json(R"({"m": [
        {"group": "alerts", "name": "total", "title": "Total alerts",
         "description": "Total number of alerts in the database", "type": "gauge", "value": 0}
    ]})")
                            .value(u"m")));
    QCOMPARE(MetricsReport::prometheusText(values, 0, 5),
             QByteArray("# HELP alerta_alerts_total Total number of alerts in the database\n"
                        "# TYPE alerta_alerts_total gauge\n"
                        "alerta_alerts_total 0\n"
                        "# HELP alerta_uptime_msecs milliseconds since app has started\n"
                        "# TYPE alerta_uptime_msecs counter\n"
                        "alerta_uptime_msecs 5\n"));
}

void TestMetrics::shouldSumRepeatedValuesAndSkipUnknownOnes()
{
    // Given: local values followed by shared ones, in another order, plus rows §8 does not know
    QList<MetricValue> values{MetricValue::of(Metric::Received, 1, 10), MetricValue::of(Metric::Blackout, 2)};
    values.append({qs("alerts"), qs("duplicate"), MetricType::Counter, 9, 0});
    values.append({qs("alerts"), qs("received"), MetricType::Counter, 100, 0}); // wrong type for alerts.received
    values.append(MetricValue::of(Metric::Received, 2, 20));
    // When: the status is rendered
    const QJsonObject status = MetricsReport::statusJson(values, 1, qs("9"), Now, 0, {});
    // Then: per metric sums in §8 order, without the unknown rows
    QStringList got;
    for (const QJsonValue &metric : status.value(u"metrics").toArray()) {
        const QJsonObject m = metric.toObject();
        got.append(m.value(u"name").toString() + u' ' + QString::number(m.value(u"count").toInteger()) + u' '
                   + QString::number(m.value(u"totalTime").toInteger()));
    }
    QCOMPARE(got, qsl({"total 0 0", "blackout 2 0", "received 3 30"}));
}

void TestMetrics::shouldRenderPrometheusText()
{
    // Given: used counters and timers and 42 alerts, one hour after start
    // When: the Prometheus text is rendered
    const QByteArray text = MetricsReport::prometheusText(sampleValues(), 42, 3'600'000);
    // Then: one HELP and TYPE per family, counters named _total, timers as summaries in ms, uptime last
    QCOMPARE(text,
             QByteArray("# HELP alerta_alerts_total Total number of alerts in the database\n"
                        "# TYPE alerta_alerts_total gauge\n"
                        "alerta_alerts_total 42\n"
                        "# HELP alerta_alerts_rejected_total Total number of alerts rejected by policy\n"
                        "# TYPE alerta_alerts_rejected_total counter\n"
                        "alerta_alerts_rejected_total 10\n"
                        "# HELP alerta_alerts_ratelimited_total Total number of alerts rejected by rate limit\n"
                        "# TYPE alerta_alerts_ratelimited_total counter\n"
                        "alerta_alerts_ratelimited_total 3\n"
                        "# HELP alerta_alerts_received Total time and number of received alerts\n"
                        "# TYPE alerta_alerts_received summary\n"
                        "alerta_alerts_received_count 4\n"
                        "alerta_alerts_received_sum 250\n"
                        "# HELP alerta_alerts_queries Total time and number of alert queries\n"
                        "# TYPE alerta_alerts_queries summary\n"
                        "alerta_alerts_queries_count 2\n"
                        "alerta_alerts_queries_sum 0\n"
                        "# HELP alerta_uptime_msecs milliseconds since app has started\n"
                        "# TYPE alerta_uptime_msecs counter\n"
                        "alerta_uptime_msecs 3600000\n"));
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "testmetrics.moc"
