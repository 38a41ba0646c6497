// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include "core/alertjson.h"
#include "core/engineconfig.h"
#include "core/timestamp.h"

namespace {
const QString Root = QStringLiteral("http://alerta.example:8080/api");
constexpr Timestamp Now = 1714555800123; // 2024-05-01T09:30:00.123Z

QJsonObject parseJson(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("test body is not a JSON object: %s", text.constData());
    return doc.object();
}

// A body with the two mandatory fields plus `extra` (a JSON object's inside, without braces).
QJsonObject body(const QByteArray &extra = {})
{
    QByteArray text = R"({"resource":"web01","event":"HttpError")";
    if (!extra.isEmpty())
        text += ',' + extra;
    return parseJson(text + '}');
}

// Distinct from upstream's defaults so that the tests prove the parser reads them from the config.
EngineConfig testConfig()
{
    EngineConfig config;
    config.severities = SeverityMap::create(SeverityMap::alertaDefault().levels(), QStringLiteral("ok")).value();
    config.alertTimeout = 1234;
    config.defaultOrigin = QStringLiteral("alertad/test-host");
    return config;
}

Result<Alert> parse(const QJsonObject &json)
{
    return AlertJson::parseIncomingAlert(json, testConfig(), Now);
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

HistoryEntry entry(const QString &id, Timestamp updateTime, const QString &type = QStringLiteral("severity"))
{
    HistoryEntry e;
    e.id = id;
    e.event = QStringLiteral("HttpError");
    e.severity = QStringLiteral("major");
    e.status = QStringLiteral("open");
    e.value = QStringLiteral("500");
    e.text = QStringLiteral("server error");
    e.type = type;
    e.updateTime = updateTime;
    e.user = QStringLiteral("alice@example.com");
    e.timeout = 3600;
    return e;
}

// Every field set, with distinct times so a mix-up between them shows.
Alert fullAlert()
{
    Alert a;
    a.id = QStringLiteral("0c7f3a2e-1b5d-4c8e-9f00-123456789abc");
    a.resource = QStringLiteral("web01");
    a.event = QStringLiteral("HttpError");
    a.environment = QStringLiteral("Production");
    a.severity = QStringLiteral("major");
    a.correlate = {QStringLiteral("HttpOK"), QStringLiteral("HttpError")};
    a.status = QStringLiteral("open");
    a.service = {QStringLiteral("Web")};
    a.group = QStringLiteral("Web");
    a.value = QStringLiteral("500");
    a.text = QStringLiteral("server error");
    a.tags = {QStringLiteral("dc1")};
    a.attributes = {{QStringLiteral("region"), QStringLiteral("eu")}};
    a.origin = QStringLiteral("curl/laptop");
    a.type = QStringLiteral("httpAlert");
    a.createTime = 1714555800001;
    a.timeout = 600;
    a.rawData = QStringLiteral("raw");
    a.customer = QStringLiteral("acme");
    a.duplicateCount = 3;
    a.repeat = true;
    a.previousSeverity = QStringLiteral("minor");
    a.trendIndication = QStringLiteral("moreSevere");
    a.receiveTime = 1714555800002;
    a.lastReceiveId = QStringLiteral("9d6e5f4a-0000-4000-8000-000000000001");
    a.lastReceiveTime = 1714555800003;
    a.updateTime = 1714555800004;
    a.history = {entry(a.id, 1714555800001, QStringLiteral("new"))};
    return a;
}
} // namespace

class TestAlertJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Parsing: validation (spec §1.2)
    void shouldRejectInvalidBodiesInUpstreamOrder_data();
    void shouldRejectInvalidBodiesInUpstreamOrder();
    void shouldLeaveSeverityMembershipToTheAlarmModel();
    void shouldAcceptOneToSixFractionDigits_data();
    void shouldAcceptOneToSixFractionDigits();

    // Parsing: defaults and conversions (spec §1.1)
    void shouldApplyEveryDefault();
    void shouldTreatNullAndEmptyAsAbsent_data();
    void shouldTreatNullAndEmptyAsAbsent();
    void shouldGenerateAnIdForNullOrEmpty_data();
    void shouldGenerateAnIdForNullOrEmpty();
    void shouldAppendEventToCorrelate_data();
    void shouldAppendEventToCorrelate();
    void shouldConvertValueToText_data();
    void shouldConvertValueToText();
    void shouldAcceptIntegralTimeouts_data();
    void shouldAcceptIntegralTimeouts();
    void shouldDeduplicateTagsKeepingFirstOccurrence();
    void shouldConvertScalarListElementsToText();
    void shouldKeepRawDataAsText_data();
    void shouldKeepRawDataAsText();
    void shouldKeepCustomer_data();
    void shouldKeepCustomer();

    // Serialisation
    void shouldSerialiseEveryKeyOfAnAlert();
    void shouldSerialiseFieldValues();
    void shouldSerialiseNullStringsAsNull();
    void shouldServeANullTimeoutAsTheDefault();
    void shouldServeHistoryOldestFirst();
    void shouldHonourShowFlags_data();
    void shouldHonourShowFlags();
    void shouldSerialiseAHistoryEntry();
    void shouldSerialiseARichHistoryEntry();
    void shouldOmitEmptySeverityStatusValueFromRichEntries();
    void shouldSerialiseAnAlertNote();
    void shouldSerialiseANoteWithoutAlert();
    void shouldRoundTripAFullAlert();
};

void TestAlertJson::shouldRejectInvalidBodiesInUpstreamOrder_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    const QString correlate = QStringLiteral("correlate must be a list");
    const QString service = QStringLiteral("service must be a list");
    const QString tags = QStringLiteral("tags must be a list");
    const QString attributes = QStringLiteral("attributes must be a JSON object");
    const QString timeout = QStringLiteral("timeout must be an integer");
    const QString customer = QStringLiteral("customer must not be an empty string");
    const QString dates = QStringLiteral("dates must be ISO 8601 date format YYYY-MM-DDThh:mm:ss.sssZ");
    const QString resource = QStringLiteral("Missing mandatory value for \"resource\"");
    const QString event = QStringLiteral("Missing mandatory value for \"event\"");
    const QString keys = QStringLiteral("Attribute keys must not contain \".\" or \"$\"");
    const auto okWith = [](const char *extra) -> QByteArray {
        return QByteArray(R"("resource":"r","event":"e")") + extra;
    };

    // One rule at a time.
    QTest::newRow("1 correlate string") << okWith(R"(,"correlate":"x")") << correlate;
    QTest::newRow("1 correlate object") << okWith(R"(,"correlate":{})") << correlate;
    QTest::newRow("1 correlate null") << okWith(R"(,"correlate":null)") << correlate;
    QTest::newRow("2 service string") << okWith(R"(,"service":"Web")") << service;
    QTest::newRow("2 service null") << okWith(R"(,"service":null)") << service;
    QTest::newRow("3 tags string") << okWith(R"(,"tags":"a")") << tags;
    QTest::newRow("3 tags number") << okWith(R"(,"tags":1)") << tags;
    QTest::newRow("4 attributes array") << okWith(R"(,"attributes":[])") << attributes;
    QTest::newRow("4 attributes null") << okWith(R"(,"attributes":null)") << attributes;
    QTest::newRow("5 timeout float") << okWith(R"(,"timeout":60.5)") << timeout;
    QTest::newRow("5 timeout string") << okWith(R"(,"timeout":"60")") << timeout;
    QTest::newRow("5 timeout boolean") << okWith(R"(,"timeout":true)") << timeout;
    QTest::newRow("5 timeout beyond 64 bits") << okWith(R"(,"timeout":1e30)") << timeout;
    QTest::newRow("6 customer empty") << okWith(R"(,"customer":"")") << customer;
    QTest::newRow("7 createTime without fraction") << okWith(R"(,"createTime":"2024-05-01T09:30:00Z")") << dates;
    QTest::newRow("7 createTime with +00:00") << okWith(R"(,"createTime":"2024-05-01T09:30:00.000+00:00")") << dates;
    QTest::newRow("7 createTime without Z") << okWith(R"(,"createTime":"2024-05-01T09:30:00.000")") << dates;
    QTest::newRow("7 createTime 7 fraction digits")
        << okWith(R"(,"createTime":"2024-05-01T09:30:00.0000000Z")") << dates;
    QTest::newRow("7 createTime empty") << okWith(R"(,"createTime":"")") << dates;
    QTest::newRow("7 createTime number") << okWith(R"(,"createTime":1714555800)") << dates;
    QTest::newRow("8 resource missing") << QByteArray(R"("event":"e")") << resource;
    QTest::newRow("8 resource empty") << QByteArray(R"("resource":"","event":"e")") << resource;
    QTest::newRow("8 resource null") << QByteArray(R"("resource":null,"event":"e")") << resource;
    QTest::newRow("8 event missing") << QByteArray(R"("resource":"r")") << event;
    QTest::newRow("8 event empty") << QByteArray(R"("resource":"r","event":"")") << event;
    QTest::newRow("9 attribute key with dot") << okWith(R"(,"attributes":{"a.b":1})") << keys;
    QTest::newRow("9 attribute key with dollar") << okWith(R"(,"attributes":{"ok":1,"$where":2})") << keys;
    QTest::newRow("10 negative timeout") << okWith(R"(,"timeout":-1)")
                                         << QStringLiteral("Invalid negative 'timeout' value (-1)");
    QTest::newRow("10 negative timeout, large")
        << okWith(R"(,"timeout":-86400)") << QStringLiteral("Invalid negative 'timeout' value (-86400)");
    QTest::newRow("10 timeout past 32 bits")
        << okWith(R"(,"timeout":2147483648)")
        << QStringLiteral("Invalid 'timeout' value (2147483648): at most 2147483647 seconds");

    // Two rules broken at once: the earlier row wins.
    QTest::newRow("order 1 before 2") << okWith(R"(,"service":"Web","correlate":"x")") << correlate;
    QTest::newRow("order 2 before 3") << okWith(R"(,"tags":"a","service":"Web")") << service;
    QTest::newRow("order 3 before 4") << okWith(R"(,"attributes":[],"tags":"a")") << tags;
    QTest::newRow("order 4 before 5") << okWith(R"(,"timeout":1.5,"attributes":"x")") << attributes;
    QTest::newRow("order 5 before 6") << okWith(R"(,"customer":"","timeout":"60")") << timeout;
    QTest::newRow("order 6 before 7") << okWith(R"(,"createTime":"bad","customer":"")") << customer;
    QTest::newRow("order 7 before 8") << QByteArray(R"("event":"e","createTime":"bad")") << dates;
    QTest::newRow("order 8 resource before event") << QByteArray(R"("text":"t")") << resource;
    QTest::newRow("order 8 before 9") << QByteArray(R"("resource":"r","attributes":{"a.b":1})") << event;
    QTest::newRow("order 9 before 10") << okWith(R"(,"timeout":-5,"attributes":{"$x":1})") << keys;
    QTest::newRow("order 1 before everything") << QByteArray(
        R"("timeout":-5,"attributes":{"$x":1},"createTime":"bad","customer":"","service":1,"correlate":1)")
                                               << correlate;
    QTest::newRow("order 10 before type checks")
        << okWith(R"(,"group":["a"],"timeout":-2)") << QStringLiteral("Invalid negative 'timeout' value (-2)");
    QTest::newRow("order 9 before list element checks") << okWith(R"(,"tags":[{}],"attributes":{"a.b":1})") << keys;

    // Values upstream cannot store (its database insert fails with a 500): rejected as 400 after row 10.
    QTest::newRow("resource array") << QByteArray(R"("resource":["r"],"event":"e")")
                                    << QStringLiteral("resource must be a string");
    QTest::newRow("group object") << okWith(R"(,"group":{"a":1})") << QStringLiteral("group must be a string");
    QTest::newRow("severity array") << okWith(R"(,"severity":["major"])")
                                    << QStringLiteral("severity must be a string");
    QTest::newRow("tags element object") << okWith(R"(,"tags":["a",{}])")
                                         << QStringLiteral("tags must be a list of strings");
    QTest::newRow("correlate element null")
        << okWith(R"(,"correlate":[null])") << QStringLiteral("correlate must be a list of strings");
    QTest::newRow("service element array")
        << okWith(R"(,"service":[["Web"]])") << QStringLiteral("service must be a list of strings");
    QTest::newRow("customer array") << okWith(R"(,"customer":[])") << QStringLiteral("customer must be a string");
    QTest::newRow("value object") << okWith(R"(,"value":{"v":1})")
                                  << QStringLiteral("value must be a string or a number");
}

void TestAlertJson::shouldRejectInvalidBodiesInUpstreamOrder()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);

    // Given a POST /alert body breaking one or more validation rules
    const QJsonObject input = parseJson('{' + json + '}');

    // When it is parsed
    const Result<Alert> result = parse(input);

    // Then it fails with 400 and the message of the first broken rule
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, 400);
    QCOMPARE(result.error().message, message);
}

void TestAlertJson::shouldLeaveSeverityMembershipToTheAlarmModel()
{
    // Given a severity that is not in the map
    // When the body is parsed
    const Result<Alert> result = parse(body(R"("severity":"bogus")"));

    // Then parsing succeeds: row 12 of §1.2 is the state machine's job
    QVERIFY(result.ok());
    QCOMPARE(result->severity, QStringLiteral("bogus"));
}

void TestAlertJson::shouldAcceptOneToSixFractionDigits_data()
{
    QTest::addColumn<QString>("createTime");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("1 digit") << QStringLiteral("2024-05-01T09:30:00.1Z") << Q_INT64_C(1714555800100);
    QTest::newRow("2 digits") << QStringLiteral("2024-05-01T09:30:00.12Z") << Q_INT64_C(1714555800120);
    QTest::newRow("3 digits") << QStringLiteral("2024-05-01T09:30:00.123Z") << Q_INT64_C(1714555800123);
    QTest::newRow("4 digits") << QStringLiteral("2024-05-01T09:30:00.1234Z") << Q_INT64_C(1714555800123);
    QTest::newRow("5 digits") << QStringLiteral("2024-05-01T09:30:00.12345Z") << Q_INT64_C(1714555800123);
    QTest::newRow("6 digits") << QStringLiteral("2024-05-01T09:30:00.123456Z") << Q_INT64_C(1714555800123);
}

void TestAlertJson::shouldAcceptOneToSixFractionDigits()
{
    QFETCH(QString, createTime);
    QFETCH(qint64, expected);

    // Given a createTime with 1 to 6 fractional digits
    QJsonObject input = body();
    input.insert(QStringLiteral("createTime"), createTime);

    // When it is parsed
    const Result<Alert> result = parse(input);

    // Then the sender's time is kept, to the millisecond
    QVERIFY(result.ok());
    QCOMPARE(result->createTime, expected);
}

void TestAlertJson::shouldApplyEveryDefault()
{
    // Given a body with only the mandatory resource and event
    // When it is parsed
    const Result<Alert> result = parse(body());

    // Then every other field has its §1.1 default, taken from the config where one exists
    QVERIFY(result.ok());
    const Alert &a = *result;
    static const QRegularExpression uuidV4(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QVERIFY2(uuidV4.match(a.id).hasMatch(), qPrintable(a.id));
    QCOMPARE(a.resource, QStringLiteral("web01"));
    QCOMPARE(a.event, QStringLiteral("HttpError"));
    QCOMPARE(a.environment, QStringLiteral(""));
    QVERIFY(!a.environment.isNull());
    QCOMPARE(a.severity, QStringLiteral("ok")); // the config's DEFAULT_NORMAL_SEVERITY
    QCOMPARE(a.correlate, QStringList());
    QCOMPARE(a.status, QStringLiteral("open"));
    QCOMPARE(a.service, QStringList());
    QCOMPARE(a.group, QStringLiteral("Misc"));
    QVERIFY(a.value.isNull());
    QCOMPARE(a.text, QStringLiteral(""));
    QVERIFY(!a.text.isNull());
    QCOMPARE(a.tags, QStringList());
    QCOMPARE(a.attributes, QJsonObject());
    QCOMPARE(a.origin, QStringLiteral("alertad/test-host"));
    QCOMPARE(a.type, QStringLiteral("exceptionAlert"));
    QCOMPARE(a.createTime, Now);
    QCOMPARE(a.timeout, std::optional<qint64>(1234));
    QVERIFY(a.rawData.isNull());
    QVERIFY(a.customer.isNull());
    // Server-side fields are the engine's: only lastReceiveId is known at parse time.
    QCOMPARE(a.lastReceiveId, a.id);
    QCOMPARE(a.receiveTime, Timestamp(0));
    QCOMPARE(a.lastReceiveTime, Timestamp(0));
    QCOMPARE(a.updateTime, Timestamp(0));
    QCOMPARE(a.duplicateCount, 0);
    QCOMPARE(a.repeat, false);
    QVERIFY(a.previousSeverity.isNull());
    QVERIFY(a.trendIndication.isNull());
    QVERIFY(a.history.isEmpty());
}

void TestAlertJson::shouldTreatNullAndEmptyAsAbsent_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QJsonValue>("expected");

    const QJsonValue null(QJsonValue::Null);
    const QJsonValue empty(QStringLiteral(""));
    const struct
    {
        QString key;
        QJsonValue fallback;
    } fields[] = {
        {QStringLiteral("environment"), QStringLiteral("")},
        {QStringLiteral("severity"), QStringLiteral("ok")},
        {QStringLiteral("status"), QStringLiteral("open")},
        {QStringLiteral("group"), QStringLiteral("Misc")},
        {QStringLiteral("text"), QStringLiteral("")},
        {QStringLiteral("origin"), QStringLiteral("alertad/test-host")},
        {QStringLiteral("type"), QStringLiteral("exceptionAlert")},
        {QStringLiteral("correlate"), QJsonArray()},
        {QStringLiteral("service"), QJsonArray()},
        {QStringLiteral("tags"), QJsonArray()},
        {QStringLiteral("attributes"), QJsonObject()},
        {QStringLiteral("timeout"), 1234},
        {QStringLiteral("createTime"), IsoTime::format(Now)},
        {QStringLiteral("value"), null},
        {QStringLiteral("rawData"), null},
        {QStringLiteral("customer"), null},
    };
    for (const auto &field : fields) {
        QTest::addRow("%s absent", qPrintable(field.key))
            << field.key << QJsonValue(QJsonValue::Undefined) << field.fallback;
        const bool nullIsAnError = field.key == QLatin1StringView("correlate")
            || field.key == QLatin1StringView("service") || field.key == QLatin1StringView("tags")
            || field.key == QLatin1StringView("attributes");
        if (!nullIsAnError)
            QTest::addRow("%s null", qPrintable(field.key)) << field.key << null << field.fallback;
    }
    // `json.get(key) or default`: an empty string is as good as absent for the defaulted strings ...
    for (const char *key : {"environment", "severity", "status", "group", "text", "origin", "type"}) {
        const auto &field = *std::find_if(std::begin(fields), std::end(fields), [key](const auto &f) {
            return f.key == QLatin1StringView(key);
        });
        QTest::addRow("%s empty", key) << field.key << empty << field.fallback;
    }
    // ... and so are empty lists and objects.
    QTest::newRow("correlate empty") << QStringLiteral("correlate") << QJsonValue(QJsonArray())
                                     << QJsonValue(QJsonArray());
    QTest::newRow("attributes empty") << QStringLiteral("attributes") << QJsonValue(QJsonObject())
                                      << QJsonValue(QJsonObject());
    // value and rawData have no `or`: an empty string stays an empty string.
    QTest::newRow("value empty stays empty") << QStringLiteral("value") << empty << empty;
    QTest::newRow("rawData empty stays empty") << QStringLiteral("rawData") << empty << empty;
}

void TestAlertJson::shouldTreatNullAndEmptyAsAbsent()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QJsonValue, expected);

    // Given a body whose field is absent, null or empty
    QJsonObject input = body();
    if (!value.isUndefined())
        input.insert(key, value);

    // When it is parsed and served back
    const Result<Alert> result = parse(input);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const QJsonObject out = AlertJson::alertToJson(*result, Root);

    // Then the field has its default
    QCOMPARE(out.value(key), expected);
}

void TestAlertJson::shouldGenerateAnIdForNullOrEmpty_data()
{
    QTest::addColumn<QJsonValue>("id");
    QTest::newRow("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("empty") << QJsonValue(QStringLiteral(""));
}

void TestAlertJson::shouldGenerateAnIdForNullOrEmpty()
{
    QFETCH(QJsonValue, id);

    // Given a body with a null or empty id
    QJsonObject input = body();
    input.insert(QStringLiteral("id"), id);

    // When it is parsed twice
    const Result<Alert> first = parse(input);
    const Result<Alert> second = parse(input);

    // Then each gets a fresh UUID, also recorded as lastReceiveId
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(first->id.size(), 36);
    QVERIFY(first->id != second->id);
    QCOMPARE(first->lastReceiveId, first->id);
}

void TestAlertJson::shouldAppendEventToCorrelate_data()
{
    QTest::addColumn<QByteArray>("correlate");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("event missing is appended")
        << QByteArray(R"(["HttpOK","HttpSlow"])")
        << QStringList{QStringLiteral("HttpOK"), QStringLiteral("HttpSlow"), QStringLiteral("HttpError")};
    QTest::newRow("event present is not repeated")
        << QByteArray(R"(["HttpError","HttpOK"])")
        << QStringList{QStringLiteral("HttpError"), QStringLiteral("HttpOK")};
    QTest::newRow("empty stays empty") << QByteArray("[]") << QStringList();
}

void TestAlertJson::shouldAppendEventToCorrelate()
{
    QFETCH(QByteArray, correlate);
    QFETCH(QStringList, expected);

    // Given an alert for event HttpError with a correlate list
    // When it is parsed
    const Result<Alert> result = parse(body(R"("correlate":)" + correlate));

    // Then a non-empty list always names the alert's own event
    QVERIFY(result.ok());
    QCOMPARE(result->correlate, expected);
}

void TestAlertJson::shouldConvertValueToText_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("integer") << QByteArray("42") << QStringLiteral("42");
    QTest::newRow("zero") << QByteArray("0") << QStringLiteral("0");
    QTest::newRow("negative integer") << QByteArray("-7") << QStringLiteral("-7");
    QTest::newRow("large integer") << QByteArray("9007199254740993") << QStringLiteral("9007199254740993");
    QTest::newRow("fraction") << QByteArray("1.5") << QStringLiteral("1.5");
    QTest::newRow("shortest fraction") << QByteArray("0.1") << QStringLiteral("0.1");
    QTest::newRow("string") << QByteArray(R"("HTTP 500")") << QStringLiteral("HTTP 500");
    QTest::newRow("numeric string") << QByteArray(R"("007")") << QStringLiteral("007");
    QTest::newRow("boolean as Python's str()") << QByteArray("true") << QStringLiteral("True");
}

void TestAlertJson::shouldConvertValueToText()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, expected);

    // Given a value of some JSON type
    // When it is parsed
    const Result<Alert> result = parse(body(R"("value":)" + value));

    // Then it is stored as text
    QVERIFY(result.ok());
    QCOMPARE(result->value, expected);
}

void TestAlertJson::shouldAcceptIntegralTimeouts_data()
{
    QTest::addColumn<QByteArray>("timeout");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("integer") << QByteArray("60") << Q_INT64_C(60);
    QTest::newRow("zero means never") << QByteArray("0") << Q_INT64_C(0);
    QTest::newRow("integral float") << QByteArray("60.0") << Q_INT64_C(60);
    QTest::newRow("exponent") << QByteArray("6e1") << Q_INT64_C(60);
    QTest::newRow("null takes ALERT_TIMEOUT") << QByteArray("null") << Q_INT64_C(1234);
}

void TestAlertJson::shouldAcceptIntegralTimeouts()
{
    QFETCH(QByteArray, timeout);
    QFETCH(qint64, expected);

    // Given a timeout that is a whole number (or null)
    // When it is parsed
    const Result<Alert> result = parse(body(R"("timeout":)" + timeout));

    // Then it is the alert's timeout in seconds
    QVERIFY(result.ok());
    QCOMPARE(result->timeout, std::optional<qint64>(expected));
}

void TestAlertJson::shouldDeduplicateTagsKeepingFirstOccurrence()
{
    // Given tags with repeats
    // When they are parsed
    const Result<Alert> result = parse(body(R"("tags":["b","a","b","c","a"])"));

    // Then each tag is kept once, at its first position
    QVERIFY(result.ok());
    QCOMPARE(result->tags, (QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")}));
}

void TestAlertJson::shouldConvertScalarListElementsToText()
{
    // Given list elements that are numbers or booleans
    // When they are parsed
    const Result<Alert> result = parse(body(R"("tags":[1,2.5,true],"service":[404])"));

    // Then they are kept as their text, as a text[] column would store them
    QVERIFY(result.ok());
    QCOMPARE(result->tags, (QStringList{QStringLiteral("1"), QStringLiteral("2.5"), QStringLiteral("true")}));
    QCOMPARE(result->service, QStringList{QStringLiteral("404")});
}

void TestAlertJson::shouldKeepRawDataAsText_data()
{
    QTest::addColumn<QByteArray>("rawData");
    QTest::addColumn<QString>("expected");

    QTest::newRow("string verbatim") << QByteArray(R"("line 1\nline 2")") << QStringLiteral("line 1\nline 2");
    QTest::newRow("JSON text in a string is not touched")
        << QByteArray(R"("{ \"a\" : 1 }")") << QStringLiteral("{ \"a\" : 1 }");
    QTest::newRow("object as compact JSON")
        << QByteArray(R"({ "b": [true, null], "a": 1 })") << QStringLiteral(R"({"a":1,"b":[true,null]})");
    QTest::newRow("array as compact JSON") << QByteArray(R"([1, "x"])") << QStringLiteral(R"([1,"x"])");
    QTest::newRow("number") << QByteArray("5") << QStringLiteral("5");
}

void TestAlertJson::shouldKeepRawDataAsText()
{
    QFETCH(QByteArray, rawData);
    QFETCH(QString, expected);

    // Given rawData of some JSON type
    // When it is parsed
    const Result<Alert> result = parse(body(R"("rawData":)" + rawData));

    // Then it is opaque text
    QVERIFY(result.ok());
    QCOMPARE(result->rawData, expected);
}

void TestAlertJson::shouldKeepCustomer_data()
{
    QTest::addColumn<QByteArray>("customer");
    QTest::addColumn<QString>("expected");

    QTest::newRow("name") << QByteArray(R"("acme")") << QStringLiteral("acme");
    QTest::newRow("null is no customer") << QByteArray("null") << QString();
}

void TestAlertJson::shouldKeepCustomer()
{
    QFETCH(QByteArray, customer);
    QFETCH(QString, expected);

    // Given a customer in the body
    // When it is parsed (the permission check of row 11 happens later)
    const Result<Alert> result = parse(body(R"("customer":)" + customer));

    // Then it is kept as sent, null staying null
    QVERIFY(result.ok());
    QCOMPARE(result->customer, expected);
    QCOMPARE(result->customer.isNull(), expected.isNull());
}

void TestAlertJson::shouldSerialiseEveryKeyOfAnAlert()
{
    // Given a stored alert
    // When it is serialised
    const QJsonObject out = AlertJson::alertToJson(fullAlert(), Root);

    // Then it has exactly upstream's keys
    const QStringList expected = {
        QStringLiteral("attributes"),
        QStringLiteral("correlate"),
        QStringLiteral("createTime"),
        QStringLiteral("customer"),
        QStringLiteral("duplicateCount"),
        QStringLiteral("environment"),
        QStringLiteral("event"),
        QStringLiteral("group"),
        QStringLiteral("history"),
        QStringLiteral("href"),
        QStringLiteral("id"),
        QStringLiteral("lastReceiveId"),
        QStringLiteral("lastReceiveTime"),
        QStringLiteral("origin"),
        QStringLiteral("previousSeverity"),
        QStringLiteral("rawData"),
        QStringLiteral("receiveTime"),
        QStringLiteral("repeat"),
        QStringLiteral("resource"),
        QStringLiteral("service"),
        QStringLiteral("severity"),
        QStringLiteral("status"),
        QStringLiteral("tags"),
        QStringLiteral("text"),
        QStringLiteral("timeout"),
        QStringLiteral("trendIndication"),
        QStringLiteral("type"),
        QStringLiteral("updateTime"),
        QStringLiteral("value"),
    };
    QCOMPARE(sortedKeys(out), expected);
}

void TestAlertJson::shouldSerialiseFieldValues()
{
    // Given a stored alert with every field set
    const Alert a = fullAlert();

    // When it is serialised
    const QJsonObject out = AlertJson::alertToJson(a, Root);

    // Then each key carries its field, times in the wire format and href under the API root
    QCOMPARE(out.value(QStringLiteral("href")).toString(),
             QStringLiteral("http://alerta.example:8080/api/alert/0c7f3a2e-1b5d-4c8e-9f00-123456789abc"));
    QCOMPARE(out.value(QStringLiteral("createTime")).toString(), QStringLiteral("2024-05-01T09:30:00.001Z"));
    QCOMPARE(out.value(QStringLiteral("receiveTime")).toString(), QStringLiteral("2024-05-01T09:30:00.002Z"));
    QCOMPARE(out.value(QStringLiteral("lastReceiveTime")).toString(), QStringLiteral("2024-05-01T09:30:00.003Z"));
    QCOMPARE(out.value(QStringLiteral("updateTime")).toString(), QStringLiteral("2024-05-01T09:30:00.004Z"));
    QCOMPARE(out.value(QStringLiteral("timeout")), QJsonValue(600));
    QCOMPARE(out.value(QStringLiteral("duplicateCount")), QJsonValue(3));
    QCOMPARE(out.value(QStringLiteral("repeat")), QJsonValue(true));
    QCOMPARE(out.value(QStringLiteral("correlate")),
             QJsonValue(QJsonArray{QStringLiteral("HttpOK"), QStringLiteral("HttpError")}));
    QCOMPARE(out.value(QStringLiteral("service")), QJsonValue(QJsonArray{QStringLiteral("Web")}));
    QCOMPARE(out.value(QStringLiteral("tags")), QJsonValue(QJsonArray{QStringLiteral("dc1")}));
    QCOMPARE(out.value(QStringLiteral("attributes")), QJsonValue(a.attributes));
    QCOMPARE(out.value(QStringLiteral("type")).toString(), QStringLiteral("httpAlert"));
    QCOMPARE(out.value(QStringLiteral("rawData")).toString(), QStringLiteral("raw"));
    QCOMPARE(out.value(QStringLiteral("customer")).toString(), QStringLiteral("acme"));
    QCOMPARE(out.value(QStringLiteral("previousSeverity")).toString(), QStringLiteral("minor"));
    QCOMPARE(out.value(QStringLiteral("trendIndication")).toString(), QStringLiteral("moreSevere"));
    QCOMPARE(out.value(QStringLiteral("lastReceiveId")).toString(), a.lastReceiveId);
    QCOMPARE(out.value(QStringLiteral("history")).toArray().size(), 1);
}

void TestAlertJson::shouldSerialiseNullStringsAsNull()
{
    // Given an alert without value, rawData or customer
    Alert a = fullAlert();
    a.value = QString();
    a.rawData = QString();
    a.customer = QString();

    // When it is serialised
    const QJsonObject out = AlertJson::alertToJson(a, Root);

    // Then those keys are present and null, not empty strings
    for (const char *key : {"value", "rawData", "customer"}) {
        QVERIFY2(out.contains(QLatin1StringView(key)), key);
        QVERIFY2(out.value(QLatin1StringView(key)).isNull(), key);
    }
}

void TestAlertJson::shouldServeANullTimeoutAsTheDefault()
{
    // Given an alert whose timeout was nulled by a status change without timeout (spec §3.7)
    Alert a = fullAlert();
    a.timeout.reset();
    AlertJson::SerializeOptions options;
    options.defaultTimeout = 7777;

    // When it is serialised
    const QJsonObject out = AlertJson::alertToJson(a, Root, options);

    // Then it reads back as ALERT_TIMEOUT
    QCOMPARE(out.value(QStringLiteral("timeout")), QJsonValue(7777));
}

void TestAlertJson::shouldServeHistoryOldestFirst()
{
    // Given history stored newest first, with two entries sharing a time and one dated before an older-stored
    // entry (receive-path entries carry the sender's createTime)
    Alert a = fullAlert();
    a.history = {
        entry(QStringLiteral("e5"), 150), // newest stored, but the sender's clock was behind
        entry(QStringLiteral("e4"), 400),
        entry(QStringLiteral("e3"), 300),
        entry(QStringLiteral("e2"), 300),
        entry(QStringLiteral("e1"), 100, QStringLiteral("new")),
    };

    // When it is serialised
    const QJsonArray history = AlertJson::alertToJson(a, Root).value(QStringLiteral("history")).toArray();

    // Then entries are sorted by updateTime ascending, equal times in the order they were stored
    QStringList ids;
    for (const QJsonValue &e : history)
        ids.append(e.toObject().value(QStringLiteral("id")).toString());
    QCOMPARE(ids.join(u','), QStringLiteral("e1,e5,e2,e3,e4"));
}

void TestAlertJson::shouldHonourShowFlags_data()
{
    QTest::addColumn<bool>("showHistory");
    QTest::addColumn<bool>("showRawData");

    QTest::newRow("single alert: both") << true << true;
    QTest::newRow("list query: neither") << false << false;
    QTest::newRow("show-history only") << true << false;
    QTest::newRow("show-raw-data only") << false << true;
}

void TestAlertJson::shouldHonourShowFlags()
{
    QFETCH(bool, showHistory);
    QFETCH(bool, showRawData);

    // Given an alert with history and rawData
    AlertJson::SerializeOptions options;
    options.showHistory = showHistory;
    options.showRawData = showRawData;

    // When it is serialised with the flags
    const QJsonObject out = AlertJson::alertToJson(fullAlert(), Root, options);

    // Then hidden history is [] and hidden rawData is null, but both keys stay
    QVERIFY(out.value(QStringLiteral("history")).isArray());
    QCOMPARE(out.value(QStringLiteral("history")).toArray().size(), showHistory ? 1 : 0);
    QVERIFY(out.contains(QStringLiteral("rawData")));
    QCOMPARE(out.value(QStringLiteral("rawData")),
             showRawData ? QJsonValue(QStringLiteral("raw")) : QJsonValue(QJsonValue::Null));
}

void TestAlertJson::shouldSerialiseAHistoryEntry()
{
    // Given an anonymous history entry without timeout
    HistoryEntry e = entry(QStringLiteral("9d6e5f4a-0000-4000-8000-000000000001"), 1714555800123);
    e.user = QString();
    e.timeout.reset();

    // When it is serialised
    const QJsonObject out = AlertJson::historyEntryToJson(e, Root);

    // Then it has exactly upstream's keys, href built from the entry id and user/timeout null
    QCOMPARE(sortedKeys(out),
             (QStringList{QStringLiteral("event"),
                          QStringLiteral("href"),
                          QStringLiteral("id"),
                          QStringLiteral("severity"),
                          QStringLiteral("status"),
                          QStringLiteral("text"),
                          QStringLiteral("timeout"),
                          QStringLiteral("type"),
                          QStringLiteral("updateTime"),
                          QStringLiteral("user"),
                          QStringLiteral("value")}));
    QCOMPARE(out.value(QStringLiteral("href")).toString(), QString(Root + QStringLiteral("/alert/") + e.id));
    QCOMPARE(out.value(QStringLiteral("updateTime")).toString(), QStringLiteral("2024-05-01T09:30:00.123Z"));
    QCOMPARE(out.value(QStringLiteral("type")).toString(), QStringLiteral("severity"));
    QVERIFY(out.value(QStringLiteral("user")).isNull());
    QVERIFY(out.value(QStringLiteral("timeout")).isNull());

    // And a timeout, when recorded, is an integer
    e.timeout = 3600;
    QCOMPARE(AlertJson::historyEntryToJson(e, Root).value(QStringLiteral("timeout")), QJsonValue(3600));
}

void TestAlertJson::shouldSerialiseARichHistoryEntry()
{
    // Given a history entry and its alert's current state
    const Alert a = fullAlert();
    HistoryEntry e = entry(QStringLiteral("e1"), 1714555800123);
    e.event = QStringLiteral("HttpOK"); // the event at the time, not the alert's current one

    // When the entry is serialised for GET /alerts/history
    const QJsonObject out = AlertJson::historyEntryToRichJson(e, a, Root);

    // Then it carries the entry's own fields and the alert's current context
    QCOMPARE(sortedKeys(out),
             (QStringList{QStringLiteral("attributes"),
                          QStringLiteral("customer"),
                          QStringLiteral("environment"),
                          QStringLiteral("event"),
                          QStringLiteral("group"),
                          QStringLiteral("href"),
                          QStringLiteral("id"),
                          QStringLiteral("origin"),
                          QStringLiteral("resource"),
                          QStringLiteral("service"),
                          QStringLiteral("severity"),
                          QStringLiteral("status"),
                          QStringLiteral("tags"),
                          QStringLiteral("text"),
                          QStringLiteral("timeout"),
                          QStringLiteral("type"),
                          QStringLiteral("updateTime"),
                          QStringLiteral("user"),
                          QStringLiteral("value")}));
    QCOMPARE(out.value(QStringLiteral("href")).toString(), QString(Root + QStringLiteral("/alert/e1")));
    QCOMPARE(out.value(QStringLiteral("event")).toString(), QStringLiteral("HttpOK"));
    QCOMPARE(out.value(QStringLiteral("resource")).toString(), a.resource);
    QCOMPARE(out.value(QStringLiteral("environment")).toString(), a.environment);
    QCOMPARE(out.value(QStringLiteral("service")), QJsonValue(QJsonArray::fromStringList(a.service)));
    QCOMPARE(out.value(QStringLiteral("group")).toString(), a.group);
    QCOMPARE(out.value(QStringLiteral("tags")), QJsonValue(QJsonArray::fromStringList(a.tags)));
    QCOMPARE(out.value(QStringLiteral("attributes")), QJsonValue(a.attributes));
    QCOMPARE(out.value(QStringLiteral("origin")).toString(), a.origin);
    QCOMPARE(out.value(QStringLiteral("customer")).toString(), a.customer);
    QCOMPARE(out.value(QStringLiteral("text")).toString(), e.text);
    QCOMPARE(out.value(QStringLiteral("severity")).toString(), e.severity);
    QCOMPARE(out.value(QStringLiteral("status")).toString(), e.status);
    QCOMPARE(out.value(QStringLiteral("value")).toString(), e.value);
    QCOMPARE(out.value(QStringLiteral("user")).toString(), e.user);
    QCOMPARE(out.value(QStringLiteral("timeout")), QJsonValue(3600));
    QCOMPARE(out.value(QStringLiteral("updateTime")).toString(), QStringLiteral("2024-05-01T09:30:00.123Z"));
}

void TestAlertJson::shouldOmitEmptySeverityStatusValueFromRichEntries()
{
    // Given a note entry with no value and an entry with nothing but a type
    HistoryEntry note = entry(QStringLiteral("n1"), 1, QStringLiteral("note"));
    note.value = QString();
    HistoryEntry bare = entry(QStringLiteral("b1"), 1, QStringLiteral("action"));
    bare.severity = QString();
    bare.status = QStringLiteral("");
    bare.value = QStringLiteral("");

    // When they are serialised as rich entries
    const QJsonObject noteOut = AlertJson::historyEntryToRichJson(note, fullAlert(), Root);
    const QJsonObject bareOut = AlertJson::historyEntryToRichJson(bare, fullAlert(), Root);

    // Then empty severity/status/value keys are left out instead of being null
    QVERIFY(noteOut.contains(QStringLiteral("severity")));
    QVERIFY(noteOut.contains(QStringLiteral("status")));
    QVERIFY(!noteOut.contains(QStringLiteral("value")));
    QVERIFY(!bareOut.contains(QStringLiteral("severity")));
    QVERIFY(!bareOut.contains(QStringLiteral("status")));
    QVERIFY(!bareOut.contains(QStringLiteral("value")));
}

void TestAlertJson::shouldSerialiseAnAlertNote()
{
    // Given a note on an alert
    Note n;
    n.id = QStringLiteral("n-1");
    n.text = QStringLiteral("looking into it");
    n.user = QStringLiteral("alice@example.com");
    n.attributes = {{QStringLiteral("resource"), QStringLiteral("web01")}};
    n.type = QStringLiteral("alert");
    n.createTime = 1714555800123;
    n.updateTime = 1714555800456;
    n.alertId = QStringLiteral("a-1");
    n.customer = QString();

    // When it is serialised
    const QJsonObject out = AlertJson::noteToJson(n, Root);

    // Then it has §1.4's keys, links to its alert and a null customer
    QCOMPARE(sortedKeys(out),
             (QStringList{QStringLiteral("_links"),
                          QStringLiteral("attributes"),
                          QStringLiteral("createTime"),
                          QStringLiteral("customer"),
                          QStringLiteral("href"),
                          QStringLiteral("id"),
                          QStringLiteral("related"),
                          QStringLiteral("text"),
                          QStringLiteral("type"),
                          QStringLiteral("updateTime"),
                          QStringLiteral("user")}));
    QCOMPARE(out.value(QStringLiteral("href")).toString(), QString(Root + QStringLiteral("/note/n-1")));
    QCOMPARE(out.value(QStringLiteral("_links")),
             QJsonValue(QJsonObject{{QStringLiteral("alert"), QString(Root + QStringLiteral("/alert/a-1"))}}));
    QCOMPARE(out.value(QStringLiteral("related")),
             QJsonValue(QJsonObject{{QStringLiteral("alert"), QStringLiteral("a-1")}}));
    QCOMPARE(out.value(QStringLiteral("createTime")).toString(), QStringLiteral("2024-05-01T09:30:00.123Z"));
    QCOMPARE(out.value(QStringLiteral("updateTime")).toString(), QStringLiteral("2024-05-01T09:30:00.456Z"));
    QCOMPARE(out.value(QStringLiteral("attributes")), QJsonValue(n.attributes));
    QCOMPARE(out.value(QStringLiteral("type")).toString(), QStringLiteral("alert"));
    QCOMPARE(out.value(QStringLiteral("text")).toString(), n.text);
    QCOMPARE(out.value(QStringLiteral("user")).toString(), n.user);
    QVERIFY(out.value(QStringLiteral("customer")).isNull());
}

void TestAlertJson::shouldSerialiseANoteWithoutAlert()
{
    // Given a note that belongs to no alert
    Note n;
    n.id = QStringLiteral("n-2");
    n.type = QStringLiteral("blackout");

    // When it is serialised
    const QJsonObject out = AlertJson::noteToJson(n, Root);

    // Then `_links` is empty and `related` is absent
    QCOMPARE(out.value(QStringLiteral("_links")), QJsonValue(QJsonObject()));
    QVERIFY(!out.contains(QStringLiteral("related")));
}

void TestAlertJson::shouldRoundTripAFullAlert()
{
    // Given a body with every accepted field
    const QJsonObject input = parseJson(R"({
        "id": "0c7f3a2e-1b5d-4c8e-9f00-123456789abc",
        "resource": "web01",
        "event": "HttpError",
        "environment": "Production",
        "severity": "major",
        "correlate": ["HttpOK", "HttpError"],
        "status": "open",
        "service": ["Web", "Api"],
        "group": "Web",
        "value": "500",
        "text": "server error",
        "tags": ["dc1", "rack7"],
        "attributes": {"region": "eu", "nested": {"a": [1, 2]}, "flag": true},
        "origin": "curl/laptop",
        "type": "httpAlert",
        "createTime": "2024-05-01T09:29:59.987Z",
        "timeout": 600,
        "rawData": "GET / HTTP/1.1 -> 500",
        "customer": "acme",
        "ignored": "not an alert field"
    })");

    // When it is parsed and served back
    const Result<Alert> result = parse(input);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const QJsonObject out = AlertJson::alertToJson(*result, Root);

    // Then every accepted field comes back unchanged and unknown keys are dropped
    for (auto it = input.begin(); it != input.end(); ++it) {
        if (it.key() == QLatin1StringView("ignored"))
            continue;
        QVERIFY2(out.value(it.key()) == it.value(), qPrintable(it.key()));
    }
    QVERIFY(!out.contains(QStringLiteral("ignored")));
    QCOMPARE(out.value(QStringLiteral("lastReceiveId")), input.value(QStringLiteral("id")));
    QCOMPARE(out.value(QStringLiteral("href")).toString(),
             QString(Root + QStringLiteral("/alert/0c7f3a2e-1b5d-4c8e-9f00-123456789abc")));
}

QTEST_GUILESS_MAIN(TestAlertJson)
#include "testalertjson.moc"
