// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "core/keyservice.h"
#include "core/prometheuswebhook.h"
#include "tests/support/apifixture.h"
#include "tests/support/testtext.h"

// The webhooks over HTTP (spec §4.12): Alertmanager notifications through `/webhooks/prometheus` become alerts by
// the mapping table and go through the receive pipeline; unknown webhooks, payloads without alerts and scopes.

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

Headers keyWith(ApiFixture &api, const QStringList &scopes)
{
    NewKey request;
    request.key.user = qs("alertmanager");
    request.key.scopes = scopes;
    const Result<ApiKey> key = api.core->keys().create(request, Caller::internal(qs("admin")));
    if (!key)
        qFatal("key not created: %s", qPrintable(key.error().message));
    return {{"Authorization", "Key " + key->key.toUtf8()}};
}

QJsonValue at(const QJsonObject &object, const QString &path)
{
    QJsonValue v = object;
    for (const QString &key : path.split(u'.'))
        v = v.toObject().value(key);
    return v;
}

/// One alert as Alertmanager (v4 webhook) sends it: a disk filling up on web01, with templated annotations.
QJsonObject diskFull(const char *status = "firing")
{
    return {
        {qs("status"), qs(status)},
        {qs("labels"),
         QJsonObject{{qs("alertname"), qs("DiskFull")},
                     {qs("app"), qs("shop")},
                     {qs("correlate"), qs("DiskFull,DiskOk")},
                     {qs("environment"), qs("Development")},
                     {qs("instance"), qs("web01:9100")},
                     {qs("job"), qs("node")},
                     {qs("monitor"), qs("codelab")},
                     {qs("mountpoint"), qs("/var")},
                     {qs("service"), qs("Web,Storage")},
                     {qs("severity"), qs("critical")},
                     {qs("timeout"), qs("600")}}},
        {qs("annotations"),
         QJsonObject{{qs("description"), qs("{mountpoint} on {instance} is 95% full")},
                     {qs("runbook"), qs("https://wiki.example.com/{app}/{alertname}")},
                     {qs("summary"), qs("Disk almost full")},
                     {qs("value"), qs("95%")}}},
        {qs("startsAt"), qs("2024-05-01T09:30:00.123Z")},
        {qs("endsAt"),
         QString::fromLatin1(status) == u"resolved" ? qs("2024-05-01T09:45:00.000Z") : qs("0001-01-01T00:00:00Z")},
        {qs("generatorURL"), qs("http://prometheus:9090/graph?g0.expr=disk")},
        {qs("fingerprint"), qs("5e1b6c1a3f0e2d7c")},
    };
}

/// The smallest alert: only an alertname.
QJsonObject bare(const char *alertname)
{
    return {{qs("status"), qs("firing")},
            {qs("labels"), QJsonObject{{qs("alertname"), qs(alertname)}}},
            {qs("annotations"), QJsonObject()},
            {qs("startsAt"), qs("2024-05-01T09:30:00.123Z")},
            {qs("endsAt"), qs("0001-01-01T00:00:00Z")}};
}

QJsonObject notification(const QJsonArray &alerts)
{
    return {{qs("version"), qs("4")},
            {qs("groupKey"), qs("{}:{alertname=\"DiskFull\"}")},
            {qs("status"), qs("firing")},
            {qs("receiver"), qs("alerta")},
            {qs("groupLabels"), QJsonObject{{qs("alertname"), qs("DiskFull")}}},
            {qs("commonLabels"), QJsonObject()},
            {qs("commonAnnotations"), QJsonObject()},
            {qs("externalURL"), qs("http://alertmanager:9093")},
            {qs("alerts"), alerts}};
}

} // namespace

class TestWebhooks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldMapAlertmanagerAlerts_data();
    void shouldMapAlertmanagerAlerts();
    void shouldCloseTheAlertWhenResolved();
    void shouldDateTheAlertWhenAlertmanagerSaysItHappened_data();
    void shouldDateTheAlertWhenAlertmanagerSaysItHappened();
    void shouldAnswerIdsForSeveralAlerts();
    void shouldReadTheBodyWhateverItsContentType();
    void shouldTakeNotificationsOnAnySubPath();
    void shouldAnswer202WhenAnAlertIsNotStored();
    void shouldRejectPayloadsWithoutAlerts_data();
    void shouldRejectPayloadsWithoutAlerts();
    void shouldRejectInvalidAlertsBeforeStoringAny();
    void shouldAnswer404ForUnknownWebhooks();
    void shouldRequireTheWebhooksScope_data();
    void shouldRequireTheWebhooksScope();
    void shouldFormatNamedPlaceholdersAsPython_data();
    void shouldFormatNamedPlaceholdersAsPython();

private:
    /// The answer to one notification with the full or the bare alert, each posted once to a server of its own.
    HttpAnswer mapped(bool full);
    QHash<bool, HttpAnswer> m_mapped;
};

HttpAnswer TestWebhooks::mapped(bool full)
{
    if (!m_mapped.contains(full)) {
        ApiFixture api;
        m_mapped.insert(
            full,
            api.post(qs("/webhooks/prometheus"), notification(QJsonArray{full ? diskFull() : bare("InstanceDown")})));
    }
    return m_mapped.value(full);
}

void TestWebhooks::shouldMapAlertmanagerAlerts_data()
{
    QTest::addColumn<bool>("full"); // the disk alert with every label, or the bare one
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("expected");
    const auto row = [](bool full, const char *path, const QJsonValue &expected) {
        QTest::addRow("%s %s", full ? "full" : "bare", path) << full << qs(path) << expected;
    };
    row(true, "resource", qs("web01:9100"));
    row(true, "event", qs("DiskFull"));
    row(true, "environment", qs("Development"));
    row(true, "severity", qs("critical"));
    row(true, "status", qs("open"));
    row(true, "correlate", QJsonArray{qs("DiskFull"), qs("DiskOk")});
    row(true, "service", QJsonArray{qs("Web"), qs("Storage")});
    row(true, "group", qs("node"));
    row(true, "origin", qs("prometheus/codelab"));
    row(true, "type", qs("prometheusAlert"));
    row(true, "timeout", 600);
    row(true, "tags", QJsonArray{qs("app=shop"), qs("mountpoint=/var")});
    row(true, "value", qs("95%"));
    row(true, "text", qs("/var on web01:9100 is 95% full"));
    row(true, "attributes.runbook", qs("https://wiki.example.com/shop/DiskFull"));
    row(true, "attributes.externalUrl", qs("http://alertmanager:9093"));
    row(true,
        "attributes.moreInfo",
        qs("<a href=\"http://prometheus:9090/graph?g0.expr=disk\" target=\"_blank\">Prometheus Graph</a>"));
    row(true, "attributes.startsAt", qs("2024-05-01T09:30:00.123Z"));
    row(true, "attributes.endsAt", qs("0001-01-01T00:00:00Z"));
    row(true, "attributes.summary", QJsonValue(QJsonValue::Undefined));
    row(true, "customer", QJsonValue(QJsonValue::Null));
    row(true, "createTime", qs("2024-05-01T09:30:00.123Z")); // startsAt (upstream's create_time)
    row(false, "resource", qs("n/a"));
    row(false, "event", qs("InstanceDown"));
    row(false, "environment", qs("Production"));
    row(false, "severity", qs("warning"));
    row(false, "correlate", QJsonArray());
    row(false, "service", QJsonArray{qs("")});
    row(false, "group", qs("Prometheus"));
    row(false, "origin", qs("prometheus/-"));
    row(false, "timeout", 86400);
    row(false, "tags", QJsonArray());
    row(false, "text", qs("WARNING: n/a is InstanceDown"));
}

void TestWebhooks::shouldMapAlertmanagerAlerts()
{
    QFETCH(bool, full);
    QFETCH(QString, path);
    QFETCH(QJsonValue, expected);
    // Given: a server
    // When: Alertmanager posts a notification with one alert
    const HttpAnswer a = mapped(full);
    // Then: 201 with the stored alert, mapped from labels and annotations
    QCOMPARE(a.status, 201);
    QCOMPARE(a.json().value(qs("status")).toString(), qs("ok"));
    const QJsonObject alert = a.json().value(qs("alert")).toObject();
    QCOMPARE(alert.value(qs("id")), a.json().value(qs("id")));
    QCOMPARE(at(alert, path), expected);
    // And: the raw data is the Alertmanager alert
    const QJsonObject raw = QJsonDocument::fromJson(alert.value(qs("rawData")).toString().toUtf8()).object();
    QCOMPARE(raw, full ? diskFull() : bare("InstanceDown"));
}

void TestWebhooks::shouldCloseTheAlertWhenResolved()
{
    // Given: a firing disk alert received through the webhook
    ApiFixture api;
    const HttpAnswer firing = api.post(qs("/webhooks/prometheus"), notification(QJsonArray{diskFull("firing")}));
    QCOMPARE(firing.status, 201);
    const QString id = firing.json().value(qs("id")).toString();
    // When: Alertmanager reports it resolved
    const HttpAnswer resolved = api.post(qs("/webhooks/prometheus"), notification(QJsonArray{diskFull("resolved")}));
    // Then: the same alert is closed with the normal severity
    QCOMPARE(resolved.status, 201);
    QCOMPARE(resolved.json().value(qs("id")).toString(), id);
    const QJsonObject alert = api.get(u"/alert/" + id).json().value(qs("alert")).toObject();
    QCOMPARE(alert.value(qs("status")).toString(), qs("closed"));
    QCOMPARE(alert.value(qs("severity")).toString(), qs("normal"));
    QCOMPARE(alert.value(qs("previousSeverity")).toString(), qs("critical"));
    QCOMPARE(at(alert, qs("attributes.endsAt")).toString(), qs("2024-05-01T09:45:00.000Z"));
}

void TestWebhooks::shouldDateTheAlertWhenAlertmanagerSaysItHappened_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("startsAt");
    QTest::addColumn<QString>("endsAt");
    QTest::addColumn<QString>("createTime"); // empty: the time it came
    const QString never = qs("0001-01-01T00:00:00Z");
    QTest::newRow("firing: startsAt") << qs("firing") << qs("2024-05-01T09:30:00.123Z") << never
                                      << qs("2024-05-01T09:30:00.123Z");
    QTest::newRow("resolved: endsAt") << qs("resolved") << qs("2024-05-01T09:30:00.123Z")
                                      << qs("2024-05-01T09:45:00.5Z") << qs("2024-05-01T09:45:00.500Z");
    QTest::newRow("other status: endsAt") << qs("suppressed") << qs("2024-05-01T09:30:00Z")
                                          << qs("2024-05-01T09:40:00Z") << qs("2024-05-01T09:40:00.000Z");
    QTest::newRow("other status without endsAt: startsAt")
        << qs("suppressed") << qs("2024-05-01T09:30:00Z") << QString() << qs("2024-05-01T09:30:00.000Z");
    QTest::newRow("nanoseconds and an offset")
        << qs("firing") << qs("2024-05-01T11:30:00.123456789+02:00") << never << qs("2024-05-01T09:30:00.123Z");
    QTest::newRow("not a time: when it came") << qs("firing") << qs("yesterday") << never << QString();
}

void TestWebhooks::shouldDateTheAlertWhenAlertmanagerSaysItHappened()
{
    QFETCH(QString, status);
    QFETCH(QString, startsAt);
    QFETCH(QString, endsAt);
    QFETCH(QString, createTime);
    // Given: a server
    ApiFixture api;
    QJsonObject alert = bare("Dated");
    alert.insert(qs("status"), status);
    alert.insert(qs("startsAt"), startsAt);
    if (endsAt.isNull())
        alert.remove(qs("endsAt"));
    else
        alert.insert(qs("endsAt"), endsAt);
    // When: Alertmanager posts it
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const HttpAnswer a = api.post(qs("/webhooks/prometheus"), notification(QJsonArray{alert}));
    // Then: the alert's createTime is when Alertmanager says it began (or ended), else when it came
    QCOMPARE(a.status, 201);
    const QString created = a.json().value(qs("alert")).toObject().value(qs("createTime")).toString();
    if (!createTime.isEmpty()) {
        QCOMPARE(created, createTime);
    } else {
        QVERIFY2(QDateTime::fromString(created, Qt::ISODateWithMs) >= before, qPrintable(created));
    }
}

void TestWebhooks::shouldAnswerIdsForSeveralAlerts()
{
    // Given: a server
    ApiFixture api;
    // When: a notification carries two alerts
    const HttpAnswer a =
        api.post(qs("/webhooks/prometheus"), notification(QJsonArray{diskFull(), bare("InstanceDown")}));
    // Then: 201 with both ids and no alert
    QCOMPARE(a.status, 201);
    QCOMPARE(a.json().keys(), qsl({"ids", "status"}));
    const QJsonArray ids = a.json().value(qs("ids")).toArray();
    QCOMPARE(ids.size(), 2);
    // And: both are stored, in payload order
    QCOMPARE(at(api.get(u"/alert/" + ids.at(0).toString()).json(), qs("alert.event")).toString(), qs("DiskFull"));
    QCOMPARE(at(api.get(u"/alert/" + ids.at(1).toString()).json(), qs("alert.event")).toString(), qs("InstanceDown"));
}

void TestWebhooks::shouldTakeNotificationsOnAnySubPath()
{
    // Given: a server
    ApiFixture api;
    // When: Alertmanager posts to a sub-path of the webhook, of one segment or several (Flask's `<path:path>`)
    for (const QString &path : {qs("/webhooks/prometheus/team"), qs("/webhooks/prometheus/team/web/eu")}) {
        const HttpAnswer a = api.post(path, notification(QJsonArray{diskFull()}));
        // Then: the notification is taken as on the webhook's own path
        QVERIFY2(a.status == 201, qPrintable(path + u' ' + a.describe()));
        QCOMPARE(at(a.json(), qs("alert.event")).toString(), qs("DiskFull"));
    }
}

void TestWebhooks::shouldReadTheBodyWhateverItsContentType()
{
    // Given: a server
    ApiFixture api;
    // When: the notification comes without a JSON Content-Type
    const HttpAnswer a = api.request("POST",
                                     qs("/webhooks/prometheus"),
                                     QJsonDocument(notification(QJsonArray{bare("InstanceDown")})).toJson(),
                                     {{"Content-Type", "text/plain"}},
                                     false);
    // Then: it is still read as JSON
    QCOMPARE(a.status, 201);
    QCOMPARE(at(a.json(), qs("alert.event")).toString(), qs("InstanceDown"));
}

void TestWebhooks::shouldAnswer202WhenAnAlertIsNotStored()
{
    // Given: a server, whose heartbeat plugin turns `Heartbeat` events into heartbeats
    ApiFixture api;
    // When: Alertmanager sends a Heartbeat alert (a watchdog rule) and another alert after it
    const HttpAnswer a =
        api.post(qs("/webhooks/prometheus"), notification(QJsonArray{bare("Heartbeat"), bare("InstanceDown")}));
    // Then: 202 outside the error envelope, as the receive endpoint answers; the rest is not processed (upstream)
    QCOMPARE(a.status, 202);
    QCOMPARE(a.json().value(qs("status")).toString(), qs("ok"));
    QVERIFY(!a.json().contains(qs("alert")));
    QCOMPARE(api.get(qs("/alerts")).json().value(qs("total")).toInt(), 0);
}

void TestWebhooks::shouldRejectPayloadsWithoutAlerts_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("GET") << QByteArray("GET") << QByteArray();
    QTest::newRow("empty body") << QByteArray("POST") << QByteArray();
    QTest::newRow("empty object") << QByteArray("POST") << QByteArray("{}");
    QTest::newRow("not JSON") << QByteArray("POST") << QByteArray("alerts");
    QTest::newRow("JSON array") << QByteArray("POST") << QByteArray("[{\"alerts\": []}]");
    QTest::newRow("alerts not a list") << QByteArray("POST") << QByteArray("{\"alerts\": \"x\"}");
}

void TestWebhooks::shouldRejectPayloadsWithoutAlerts()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    // Given: a server
    ApiFixture api;
    // When: the webhook gets no alerts
    const HttpAnswer a = api.request(method, qs("/webhooks/prometheus"), body);
    // Then: 400 in the error envelope
    QCOMPARE(a.error(), qs("400 no alerts in Prometheus notification payload"));
    QCOMPARE(a.json().value(qs("status")).toString(), qs("error"));
}

void TestWebhooks::shouldRejectInvalidAlertsBeforeStoringAny()
{
    // Given: a server
    ApiFixture api;
    QJsonObject invalid = bare("Bad");
    invalid.insert(qs("labels"), QJsonObject{{qs("alertname"), qs("Bad")}, {qs("severity"), qs("fatal")}});
    QJsonObject nameless = bare("x");
    nameless.insert(qs("labels"), QJsonObject{{qs("job"), qs("node")}});
    // When: a notification holds an alert that names no event
    const HttpAnswer a = api.post(qs("/webhooks/prometheus"), notification(QJsonArray{bare("Good"), nameless}));
    // Then: 400 and nothing is stored
    QCOMPARE(a.error(), qs("400 Prometheus alert has no 'alertname' label"));
    QCOMPARE(api.get(qs("/alerts")).json().value(qs("total")).toInt(), 0);
    // When: one has a severity the alarm model does not know
    const HttpAnswer b = api.post(qs("/webhooks/prometheus"), notification(QJsonArray{invalid}));
    // Then: the receive pipeline's 400
    QCOMPARE(b.status, 400);
    QVERIFY2(b.json().value(qs("message")).toString().contains(qs("fatal")), b.body.constData());
}

void TestWebhooks::shouldAnswer404ForUnknownWebhooks()
{
    // Given: a server
    ApiFixture api;
    // When: a webhook this server does not have is called, also with a sub-path
    const HttpAnswer a = api.post(qs("/webhooks/nagios"), notification(QJsonArray{bare("x")}));
    const HttpAnswer b = api.get(qs("/webhooks/nagios/hosts"));
    // Then: 404 naming it
    QCOMPARE(a.error(), qs("404 Custom webhook 'nagios' not found."));
    QCOMPARE(b.error(), qs("404 Custom webhook 'nagios' not found."));
}

void TestWebhooks::shouldRequireTheWebhooksScope_data()
{
    QTest::addColumn<QStringList>("scopes"); // empty: no credentials
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("no credentials") << QStringList() << 401 << qs("Missing authorization API Key or Bearer Token");
    QTest::newRow("read") << qsl({"read"}) << 403 << qs("Missing required scope: write:webhooks");
    QTest::newRow("write:alerts") << qsl({"write:alerts"}) << 403 << qs("Missing required scope: write:webhooks");
    QTest::newRow("write:webhooks") << qsl({"write:webhooks"}) << 201 << QString();
    QTest::newRow("write") << qsl({"write"}) << 201 << QString();
}

void TestWebhooks::shouldRequireTheWebhooksScope()
{
    QFETCH(QStringList, scopes);
    QFETCH(int, status);
    QFETCH(QString, message);
    // Given: a server requiring authentication, and a key with the row's scopes
    ApiFixture api([](ServerSettings &s) { s.authRequired = true; });
    const Headers headers = scopes.isEmpty() ? Headers() : keyWith(api, scopes);
    // When: Alertmanager posts with it
    const HttpAnswer a = api.post(qs("/webhooks/prometheus"), notification(QJsonArray{bare("x")}), headers);
    // Then: write:webhooks is needed
    QCOMPARE(a.status, status);
    if (!message.isEmpty())
        QCOMPARE(a.json().value(qs("message")).toString(), message);
}

void TestWebhooks::shouldFormatNamedPlaceholdersAsPython_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("formats"); // false: Python raises and upstream keeps the text
    QTest::addColumn<QString>("expected");
    QTest::newRow("no placeholder") << qs("plain") << true << qs("plain");
    QTest::newRow("named") << qs("https://wiki/{app}/{alertname}") << true << qs("https://wiki/shop/DiskFull");
    QTest::newRow("escaped braces") << qs("{{app}} is {app}") << true << qs("{app} is shop");
    QTest::newRow("unknown name") << qs("{team}") << false << QString();
    QTest::newRow("positional") << qs("{} {0}") << false << QString();
    QTest::newRow("format spec") << qs("{app:>8}") << false << QString();
    QTest::newRow("single closing brace") << qs("a } b") << false << QString();
    QTest::newRow("unclosed") << qs("{app") << false << QString();
    QTest::newRow("empty") << qs("") << true << qs("");
}

void TestWebhooks::shouldFormatNamedPlaceholdersAsPython()
{
    QFETCH(QString, text);
    QFETCH(bool, formats);
    QFETCH(QString, expected);
    // Given: the labels of an alert
    const QHash<QString, QString> labels{{qs("app"), qs("shop")}, {qs("alertname"), qs("DiskFull")}};
    // When: a text is formatted with them
    const std::optional<QString> formatted = PrometheusWebhook::formatNamed(text, labels);
    // Then: the placeholders are replaced, or nothing when Python would raise
    QCOMPARE(formatted.has_value(), formats);
    if (formats)
        QCOMPARE(*formatted, expected);
}

QTEST_GUILESS_MAIN(TestWebhooks)
#include "testwebhooks.moc"
