// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "core/alertjson.h"
#include "core/client/alertfilter.h"
#include "core/client/remotejson.h"
#include "core/client/serveralarmmodel.h"
#include "core/client/streammessage.h"
#include "core/configjson.h"
#include "core/serversettings.h"
#include "core/timestamp.h"
#include "tests/support/samplealert.h"
#include "tests/support/testtext.h"

// What the console reads from and sends to a server: alerts and notes as served (the inverse of core/alertjson),
// the alarm model of /config, error envelopes, and the filter as /alerts parameters.

class TestClientJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReadBackEveryFieldTheServerWrites();
    void shouldReadAnAlertWithNullsAndExtraKeys();
    void shouldRefuseAnAlertWithoutId();
    void shouldReadANote();
    void shouldTakeTheEnvelopesMessage_data();
    void shouldTakeTheEnvelopesMessage();
    void shouldReadTheAlarmModelOfOurConfig();
    void shouldReadACustomAlarmModel();
    void shouldKeepDefaultsForAForeignConfig();
    void shouldTurnTheFilterIntoQueryParameters_data();
    void shouldTurnTheFilterIntoQueryParameters();
    void shouldReadStreamMessages_data();
    void shouldReadStreamMessages();
    void shouldReadNumbersBeyondQint64AsAbsent_data();
    void shouldReadNumbersBeyondQint64AsAbsent();
};

void TestClientJson::shouldReadBackEveryFieldTheServerWrites()
{
    // Given: an alert with every field set, served as /alert/{id} serves it (history oldest first)
    const Alert original = SampleAlert::full();
    const QJsonObject served = AlertJson::alertToJson(original, qs("http://alerta/api"));

    // When: the console reads it
    const Result<Alert> read = RemoteJson::alert(served);

    // Then: it is the same alert, history back in stored order (newest first)
    QVERIFY(read.ok());
    QCOMPARE(read->history.first().text, qs("on it"));
    QCOMPARE(read.value(), original);
}

void TestClientJson::shouldReadAnAlertWithNullsAndExtraKeys()
{
    // Given: a list entry as upstream sends it: nulls, empty history, a key this console does not know, rawData
    // as a JSON object
    const QJsonObject served = QJsonDocument::fromJson(R"({
        "id": "a1", "resource": "db01", "event": "Down", "environment": "Dev", "severity": "critical",
        "status": "open", "service": ["DB"], "group": null, "value": null, "text": "", "tags": [],
        "attributes": {}, "origin": null, "type": "exceptionAlert", "createTime": "2024-05-01T09:30:00.000Z",
        "timeout": 86400, "rawData": {"k": 1}, "customer": null, "duplicateCount": 0, "repeat": false,
        "previousSeverity": "indeterminate", "trendIndication": "moreSevere",
        "receiveTime": "2024-05-01T09:30:00.001Z", "lastReceiveId": "a1",
        "lastReceiveTime": "2024-05-01T09:30:00.001Z", "updateTime": "2024-05-01T09:30:00.001Z",
        "history": [], "href": "http://x/alert/a1", "futureField": 42})")
                                   .object();

    // When: it is read
    const Result<Alert> read = RemoteJson::alert(served);

    // Then: nulls are null strings, times parsed, the rest ignored
    QVERIFY(read.ok());
    QVERIFY(read->group.isNull());
    QVERIFY(read->customer.isNull());
    QCOMPARE(read->service, QStringList{qs("DB")});
    QCOMPARE(read->createTime, 1714555800000);
    QCOMPARE(read->timeout, std::optional<qint64>(86400));
    QCOMPARE(read->rawData, qs("{\"k\":1}"));
    QVERIFY(read->history.isEmpty());
}

void TestClientJson::shouldRefuseAnAlertWithoutId()
{
    QVERIFY(!RemoteJson::alert(QJsonObject{{qs("resource"), qs("x")}}).ok());
}

void TestClientJson::shouldReadANote()
{
    Note note;
    note.id = qs("n1");
    note.text = qs("checked");
    note.user = qs("bob");
    note.attributes = {{qs("status"), qs("open")}};
    note.type = qs("alert");
    note.createTime = 1714555800000;
    note.updateTime = 1714555800500;
    note.alertId = qs("a1");
    note.customer = qs("acme");
    QCOMPARE(RemoteJson::note(AlertJson::noteToJson(note, qs("http://x"))), note);
}

void TestClientJson::shouldTakeTheEnvelopesMessage_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("errors");
    QTest::newRow("envelope") << 409 << QByteArray(R"({"status":"error","message":"invalid action","code":409})")
                              << qs("invalid action") << QStringList{};
    QTest::newRow("with errors") << 500 << QByteArray(R"({"status":"error","message":"failed","errors":["a","b"]})")
                                 << qs("failed") << QStringList{qs("a"), qs("b")};
    QTest::newRow("html from a proxy") << 502 << QByteArray("<html>Bad Gateway</html>") << qs("fallback")
                                       << QStringList{};
}

void TestClientJson::shouldTakeTheEnvelopesMessage()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QFETCH(QStringList, errors);
    const ApiError error = RemoteJson::error(status, body, qs("fallback"));
    QCOMPARE(error.code, status);
    QCOMPARE(error.message, message);
    QCOMPARE(error.errors, errors);
}

void TestClientJson::shouldReadTheAlarmModelOfOurConfig()
{
    // Given: the /config this project's server sends with default settings
    const QJsonObject config = ConfigJson::config(ServerSettings(), SeverityMap::alertaDefault(), qs("http://x"));

    // When: the console reads it
    const ServerAlarmModel model = ServerAlarmModel::fromConfig(config);

    // Then: upstream's colours and levels (spec §2.1) and timeouts
    const ServerAlarmModel expected = ServerAlarmModel::alertaDefault();
    QCOMPARE(model.severityColors, expected.severityColors);
    QCOMPARE(model.statusColors, expected.statusColors);
    QCOMPARE(model.textColor, qs("black"));
    QCOMPARE(model.severities.level(qs("critical")), 1);
    QCOMPARE(model.severities.level(qs("trace")), 9);
    QCOMPARE(model.shelveTimeout, 7200);
    QVERIFY(!model.customerViews);
}

void TestClientJson::shouldReadACustomAlarmModel()
{
    // Given: a server with its own severities and colours, and customer views on
    const QJsonObject config = QJsonDocument::fromJson(R"({
        "alarm_model": {"name": "Custom 1.0",
                        "severity": {"fatal": 0, "error": 3, "info": 6, "ok": 7},
                        "colors": {"severity": {"fatal": "#800000", "error": "red"}, "status": {"ack": "#cccccc"},
                                   "text": "white"},
                        "defaults": {"normal_severity": "ok", "previous_severity": "info"}},
        "timeouts": {"ack": 600, "shelve": 3600},
        "customer_views": true})")
                                   .object();

    // When: the console reads it
    const ServerAlarmModel model = ServerAlarmModel::fromConfig(config);

    // Then: the server's model, not the default one
    QCOMPARE(model.name, qs("Custom 1.0"));
    QCOMPARE(model.severities.level(qs("fatal")), 0);
    QCOMPARE(model.severities.level(qs("critical")), -1);
    QCOMPARE(model.severityColors.value(qs("fatal")), qs("#800000"));
    QCOMPARE(model.statusColors, (QHash<QString, QString>{{qs("ack"), qs("#cccccc")}}));
    QCOMPARE(model.textColor, qs("white"));
    QCOMPARE(model.ackTimeout, 600);
    QCOMPARE(model.shelveTimeout, 3600);
    QVERIFY(model.customerViews);
}

void TestClientJson::shouldKeepDefaultsForAForeignConfig()
{
    // A /config without an alarm model (an old or foreign server) still gives a usable model.
    const ServerAlarmModel model = ServerAlarmModel::fromConfig(QJsonObject{{qs("endpoint"), qs("http://x")}});
    QCOMPARE(model.severityColors, ServerAlarmModel::alertaDefault().severityColors);
    QCOMPARE(model.severities.level(qs("major")), 2);
}

void TestClientJson::shouldTurnTheFilterIntoQueryParameters_data()
{
    QTest::addColumn<AlertFilter>("filter");
    QTest::addColumn<QString>("query");

    QTest::newRow("default: open and ack") << AlertFilter{} << qs("status=open&status=ack");
    AlertFilter all;
    all.statuses.clear();
    QTest::newRow("every status") << all << QString();
    AlertFilter full;
    full.statuses = {qs("closed")};
    full.severities = {qs("critical"), qs("major")};
    full.environments = {qs("Production")};
    full.services = {qs("Web")};
    full.groups = {qs("Network")};
    full.customers = {qs("acme")};
    full.tags = {qs("watch:ops")};
    full.text = qs("  resource:web AND severity:major  ");
    full.from = 1714555800000;
    full.to = 1714559400000;
    QTest::newRow("every filter")
        << full
        << qs("status=closed&severity=critical&severity=major&environment=Production&service=Web&group=Network&"
              "customer=acme&tag=watch:ops&q=resource:web AND severity:major&from-date=2024-05-01T09:30:00.000Z&"
              "to-date=2024-05-01T10:30:00.000Z");
    AlertFilter blank;
    blank.text = qs("   ");
    QTest::newRow("blank text is no q") << blank << qs("status=open&status=ack");
}

void TestClientJson::shouldTurnTheFilterIntoQueryParameters()
{
    QFETCH(AlertFilter, filter);
    QFETCH(QString, query);
    QStringList pairs;
    for (const auto &[name, value] : filter.queryParams())
        pairs.append(name + u'=' + value);
    QCOMPARE(pairs.join(u'&'), query);
}

void TestClientJson::shouldReadStreamMessages_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<StreamMessage::Type>("type");
    QTest::addColumn<qint64>("revision");
    QTest::addColumn<QString>("epoch");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("visible");
    QTest::addColumn<QString>("alertId");
    using T = StreamMessage::Type;

    // docs/stream.md's examples
    QTest::newRow("hello") << QByteArray(R"({"type":"hello","revision":1041,"epoch":"6f0c"})") << T::Hello
                           << qint64(1041) << QStringLiteral("6f0c") << QString() << false << QString();
    QTest::newRow("resync") << QByteArray(R"({"type":"resync","revision":1041,"reason":"revision too old"})")
                            << T::Resync << qint64(1041) << QString() << QString() << false << QString();
    QTest::newRow("alert") << QByteArray(
        R"({"type":"alert","revision":1042,"change":"updated","id":"a1","visible":true,"alert":{"id":"a1"}})")
                           << T::Alert << qint64(1042) << QString() << QStringLiteral("a1") << true
                           << QStringLiteral("a1");
    QTest::newRow("deletion") << QByteArray(
        R"({"type":"alert","revision":7,"change":"deleted","id":"a1","visible":false})")
                              << T::Alert << qint64(7) << QString() << QStringLiteral("a1") << false << QString();
    // What the client ignores or reads as absent
    QTest::newRow("unknown type") << QByteArray(R"({"type":"ping","revision":3})") << T::Other << qint64(-1)
                                  << QString() << QString() << false << QString();
    QTest::newRow("not JSON") << QByteArray("hello") << T::Other << qint64(-1) << QString() << QString() << false
                              << QString();
    QTest::newRow("an array") << QByteArray(R"([{"type":"hello"}])") << T::Other << qint64(-1) << QString() << QString()
                              << false << QString();
    QTest::newRow("revision not a number")
        << QByteArray(R"({"type":"alert","revision":"5","id":"a","visible":1})") << T::Alert << qint64(-1) << QString()
        << QStringLiteral("a") << false << QString();
    QTest::newRow("empty") << QByteArray() << T::Other << qint64(-1) << QString() << QString() << false << QString();
}

void TestClientJson::shouldReadStreamMessages()
{
    QFETCH(QByteArray, message);
    const StreamMessage m = StreamMessage::parse(message);
    QTEST(m.type, "type");
    QTEST(m.revision, "revision");
    QTEST(m.epoch, "epoch");
    QTEST(m.id, "id");
    QTEST(m.visible, "visible");
    QFETCH(QString, alertId);
    QCOMPARE(m.alert.value(QLatin1StringView("id")).toString(), alertId);
}

void TestClientJson::shouldReadNumbersBeyondQint64AsAbsent_data()
{
    QTest::addColumn<QByteArray>("message");
    // Regression (fuzz-stream): a timeout no qint64 holds was converted anyway, undefined behaviour. This is the
    // fuzzer's input, minimised.
    QTest::newRow("history timeout 8.7e19 (fuzz-stream)") << QByteArray(
        R"({"type":"alert","visible":true,"alert":{"id":"Z","history":[{"timeout":86666666666666666600}]}})");
    QTest::newRow("alert timeout 1e50") << QByteArray(
        R"({"type":"alert","visible":true,"alert":{"id":"Z","timeout":1e50,"history":[]}})");
    QTest::newRow("negative timeouts -1e300") << QByteArray(
        R"({"type":"alert","visible":true,"alert":{"id":"Z","timeout":-1e300,"history":[{"timeout":-1e300}]}})");
    QTest::newRow("2^63 exactly") << QByteArray(
        R"({"type":"alert","visible":true,"alert":{"id":"Z","timeout":9223372036854775808,"history":[{}]}})");
}

void TestClientJson::shouldReadNumbersBeyondQint64AsAbsent()
{
    QFETCH(QByteArray, message);

    // When: the stream message arrives and its alert is read, as RemoteBackend does
    const StreamMessage m = StreamMessage::parse(message);
    QCOMPARE(m.type, StreamMessage::Type::Alert);
    const Result<Alert> read = RemoteJson::alert(m.alert);

    // Then: the alert is read, with the impossible timeouts absent
    QVERIFY(read.ok());
    QCOMPARE(read->id, qs("Z"));
    QVERIFY(!read->timeout.has_value());
    for (const HistoryEntry &entry : read->history)
        QVERIFY(!entry.timeout.has_value());
}

QTEST_GUILESS_MAIN(TestClientJson)
#include "testclientjson.moc"
