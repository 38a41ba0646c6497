// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include "core/alertstore.h"
#include "core/keyservice.h"
#include "core/sqlsession.h"
#include "core/timestamp.h"
#include "tests/support/apifixture.h"
#include "tests/support/testtext.h"

// The API's own pages and the management endpoints over HTTP (spec §4.10, §4.11, §6, §8): `/`, `/_`, `/config`,
// the manifest, properties, gtg, healthcheck, housekeeping, status and Prometheus metrics, and who may call them.

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;

/// `Authorization: Key ...` of a new API key with these scopes.
Headers keyWith(ApiFixture &api, const QStringList &scopes)
{
    NewKey request;
    request.key.user = qs("ops");
    request.key.scopes = scopes;
    const Result<ApiKey> key = api.core->keys().create(request, Caller::internal(qs("ops")));
    if (!key)
        qFatal("key not created: %s", qPrintable(key.error().message));
    return {{"Authorization", "Key " + key->key.toUtf8()}};
}

/// The value at a dotted path, e.g. `alarm_model.defaults.status`.
QJsonValue at(const QJsonObject &object, const QString &path)
{
    QJsonValue v = object;
    for (const QString &key : path.split(u'.'))
        v = v.toObject().value(key);
    return v;
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

/// Posts an alert and returns its id.
QString postAlert(ApiFixture &api, const char *resource, const char *event, const char *severity, qint64 timeout = -1)
{
    QJsonObject body{{qs("resource"), qs(resource)},
                     {qs("event"), qs(event)},
                     {qs("environment"), qs("Production")},
                     {qs("service"), QJsonArray{qs("Web")}},
                     {qs("severity"), qs(severity)}};
    if (timeout >= 0)
        body.insert(qs("timeout"), timeout);
    const HttpAnswer a = api.post(qs("/alert"), body);
    if (a.status != 201)
        qFatal("alert not received: %s", a.body.constData());
    return a.json().value(qs("id")).toString();
}

/// Moves an alert's lastReceiveTime `ms` into the past, as if it had been received that long ago.
void age(ApiFixture &api, const QString &id, qint64 ms)
{
    const VoidResult done =
        api.store
            ->write<Ok>([id, ms](AlertTransaction &tx) -> VoidResult {
                tx.sql().execute(qs("UPDATE alerts SET last_receive_time = last_receive_time - ? WHERE id = ?"),
                                 {ms, id});
                return Ok{};
            })
            .result();
    if (!done)
        qFatal("ageing failed: %s", qPrintable(done.error().message));
}

/// Stores a heartbeat last received `ageMs` ago (the service would stamp it with the time of the call).
void storeHeartbeat(ApiFixture &api, const char *origin, qint64 timeout, qint64 ageMs)
{
    Heartbeat heartbeat;
    heartbeat.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    heartbeat.origin = qs(origin);
    heartbeat.timeout = timeout;
    heartbeat.receiveTime = QDateTime::currentMSecsSinceEpoch() - ageMs;
    heartbeat.createTime = heartbeat.receiveTime;
    const Result<Heartbeat> stored = api.store
                                         ->write<Heartbeat>([heartbeat](AlertTransaction &tx) -> Result<Heartbeat> {
                                             return *tx.upsertHeartbeat(heartbeat);
                                         })
                                         .result();
    if (!stored)
        qFatal("heartbeat not stored: %s", qPrintable(stored.error().message));
}

} // namespace

class TestManagementApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void shouldServeConfigWithEveryKeyWithoutCredentials();
    void shouldServeConfigValuesFromTheSettings_data();
    void shouldServeConfigValuesFromTheSettings();
    void shouldReflectChangedSettingsInConfig();
    void shouldListEveryRouteSortedByHref();
    void shouldAnswerPlainOk();
    void shouldServeTheManifestAsStrings_data();
    void shouldServeTheManifestAsStrings();
    void shouldRedactSecretsInProperties();
    void shouldBeGoodToGoWhenTheStoreAnswers();
    void shouldReportStaleHeartbeatsInTheHealthcheck_data();
    void shouldReportStaleHeartbeatsInTheHealthcheck();
    void shouldHousekeepWithHoursOrDefaults_data();
    void shouldHousekeepWithHoursOrDefaults();
    void shouldServeStatusWithMetricsAfterUse();
    void shouldServePrometheusMetrics();
    void shouldCheckScopesOfManagementRoutes_data();
    void shouldCheckScopesOfManagementRoutes();
    void shouldShowEverySwitchOnTheSwitchboard();
    void shouldFlipSwitchesFromTheSwitchboardForm_data();
    void shouldFlipSwitchesFromTheSwitchboardForm();
    void shouldRefuseBadSwitchboardFields_data();
    void shouldRefuseBadSwitchboardFields();
    void shouldRefuseSwitchboardFormsFromOtherSites_data();
    void shouldRefuseSwitchboardFormsFromOtherSites();
    void shouldKeepTheApiKeyInTheSwitchboardsLinks();
    void shouldStopAutoRefreshWhileItsSwitchIsOff();
    void shouldRefuseAlertsFromSendersWhileTheirSwitchIsOff();
    void shouldEmbedTheCountsOfAnAlertsCountUrl();
    void shouldCountOnlyTheCallersCustomerInTheWidget();
    void shouldRefuseWidgetRequestsItCannotServe_data();
    void shouldRefuseWidgetRequestsItCannotServe();
    void shouldServeTheEmbeddingScriptAgainstThisServer();
    void shouldKeepForwardedHeadersOutOfTheScriptsCode();

private:
    std::unique_ptr<ApiFixture> m_defaults; ///< a server with the default settings, for read-only checks
};

void TestManagementApi::initTestCase()
{
    m_defaults = std::make_unique<ApiFixture>();
}

void TestManagementApi::cleanupTestCase()
{
    m_defaults.reset();
}

void TestManagementApi::shouldServeConfigWithEveryKeyWithoutCredentials()
{
    // Given: a server that requires authentication
    ApiFixture api([](ServerSettings &s) { s.authRequired = true; });
    // When: /config is fetched without credentials, as the CLI does before every command
    const HttpAnswer a = api.get(qs("/config"));
    // Then: 200 with every key of spec §4.10, and the endpoint is this server's root
    QCOMPARE(a.status, 200);
    const QJsonObject config = a.json();
    QStringList expected = qsl({"debug",          "endpoint",
                                "alarm_model",    "auth_required",
                                "allow_readonly", "readonly_scopes",
                                "provider",       "customer_views",
                                "signup_enabled", "email_verification",
                                "client_id",      "azure_tenant",
                                "aws_region",     "cognito_domain",
                                "github_url",     "gitlab_url",
                                "keycloak_url",   "keycloak_realm",
                                "oidc_auth_url",  "site_logo_url",
                                "severity",       "colors",
                                "timeouts",       "blackouts",
                                "dates",          "font",
                                "audio",          "columns",
                                "sort_by",        "filter",
                                "indicators",     "actions",
                                "tracking_id",    "refresh_interval",
                                "environments",   "clipboard_template"});
    expected.sort();
    QCOMPARE(sortedKeys(config), expected);
    QCOMPARE(sortedKeys(config.value(qs("alarm_model")).toObject()),
             qsl({"colors", "defaults", "name", "severity", "status"}));
    QCOMPARE(config.value(qs("endpoint")).toString(), api.url(QString()));
    QCOMPARE(config.value(qs("auth_required")).toBool(), true);
    QCOMPARE(config.value(qs("severity")), config.value(qs("alarm_model")).toObject().value(qs("severity")));
    QCOMPARE(config.value(qs("colors")), config.value(qs("alarm_model")).toObject().value(qs("colors")));
}

void TestManagementApi::shouldServeConfigValuesFromTheSettings_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("expected");
    const auto row = [](const char *path, const QJsonValue &expected) { QTest::newRow(path) << qs(path) << expected; };
    row("alarm_model.name", qs("Alerta 9.1.0"));
    row("alarm_model.severity.security", 0);
    row("alarm_model.severity.critical", 1);
    row("alarm_model.severity.ok", 7);
    row("alarm_model.severity.unknown", 10);
    row("alarm_model.status.open", qs("A"));
    row("alarm_model.status.closed", qs("F"));
    row("alarm_model.status.unknown", qs("H"));
    row("alarm_model.defaults.status", qs("open"));
    row("alarm_model.defaults.normal_severity", qs("normal"));
    row("alarm_model.defaults.previous_severity", qs("indeterminate"));
    row("alarm_model.colors.severity.warning", qs("dodgerblue"));
    row("alarm_model.colors.severity.informational", qs("#00CC00"));
    row("alarm_model.colors.status.shelved", qs("skyblue"));
    row("alarm_model.colors.text", qs("black"));
    row("severity.major", 2);
    row("debug", false);
    row("auth_required", false);
    row("allow_readonly", false);
    row("readonly_scopes", QJsonArray{qs("read")});
    row("provider", qs("basic"));
    row("customer_views", false);
    row("signup_enabled", true);
    row("email_verification", false);
    row("client_id", QJsonValue(QJsonValue::Null));
    row("azure_tenant", qs("common"));
    row("aws_region", qs("us-east-1"));
    row("github_url", qs("https://github.com"));
    row("gitlab_url", qs("https://gitlab.com"));
    row("keycloak_url", QJsonValue(QJsonValue::Null));
    row("site_logo_url", qs(""));
    row("timeouts.alert", 86400);
    row("timeouts.heartbeat", 86400);
    row("timeouts.ack", 0);
    row("timeouts.shelve", 7200);
    row("blackouts.duration", 3600);
    row("dates.shortTime", qs("HH:mm"));
    row("font.font-size", qs("13px"));
    row("audio.new", QJsonValue(QJsonValue::Null));
    row("sort_by", QJsonArray{qs("severity"), qs("lastReceiveTime")});
    row("filter.status", QJsonArray{qs("open"), qs("ack")});
    row("indicators.severity",
        QJsonArray{qs("critical"), qs("major"), qs("minor"), qs("warning"), qs("indeterminate"), qs("informational")});
    row("actions", QJsonArray());
    row("tracking_id", QJsonValue(QJsonValue::Null));
    row("refresh_interval", 5000);
    row("environments", QJsonArray{qs("Production"), qs("Development")});
}

void TestManagementApi::shouldServeConfigValuesFromTheSettings()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, expected);
    // Given: a server with the default settings
    // When: /config is fetched
    const HttpAnswer a = m_defaults->get(qs("/config"));
    // Then: the value is upstream's default
    QCOMPARE(a.status, 200);
    QCOMPARE(at(a.json(), path), expected);
}

void TestManagementApi::shouldReflectChangedSettingsInConfig()
{
    // Given: a server with changed settings
    ApiFixture api([](ServerSettings &s) {
        s.authProvider = qs("github");
        s.oauth2ClientId = qs("client-1");
        s.defaultNormalSeverity = qs("ok");
        s.colorMap = QJsonObject{{qs("text"), qs("white")}};
        s.allowedEnvironments = qsl({"Production", "Staging"});
        s.defaultEnvironment = qs("Production");
        s.alertTimeout = std::chrono::seconds(600);
        s.columns = qsl({"severity", "resource"});
    });
    // When: /config is fetched
    const QJsonObject config = api.get(qs("/config")).json();
    // Then: every value follows them; sign-up is only for the basic provider
    QCOMPARE(at(config, qs("provider")), QJsonValue(qs("github")));
    QCOMPARE(at(config, qs("signup_enabled")), QJsonValue(false));
    QCOMPARE(at(config, qs("client_id")), QJsonValue(qs("client-1")));
    QCOMPARE(at(config, qs("alarm_model.defaults.normal_severity")), QJsonValue(qs("ok")));
    QCOMPARE(at(config, qs("alarm_model.colors")), QJsonValue(QJsonObject{{qs("text"), qs("white")}}));
    QCOMPARE(at(config, qs("environments")), QJsonValue(QJsonArray{qs("Production"), qs("Staging")}));
    QCOMPARE(at(config, qs("timeouts.alert")), QJsonValue(600));
    QCOMPARE(at(config, qs("columns")), QJsonValue(QJsonArray{qs("severity"), qs("resource")}));
}

void TestManagementApi::shouldListEveryRouteSortedByHref()
{
    // Given: a server
    ApiFixture api;
    // When: the index is fetched
    const HttpAnswer a = api.get(qs("/"));
    // Then: ok, this server's uri, the description, and links sorted by href
    QCOMPARE(a.status, 200);
    const QJsonObject index = a.json();
    QCOMPARE(index.value(qs("status")).toString(), qs("ok"));
    QCOMPARE(index.value(qs("uri")).toString(), api.url(QString()));
    QCOMPARE(at(index, qs("data.description")).toString(), qs("Alerta API"));
    QStringList hrefs;
    QHash<QString, QString> methods;
    for (const QJsonValue &link : index.value(qs("links")).toArray()) {
        const QJsonObject o = link.toObject();
        QCOMPARE(sortedKeys(o), qsl({"href", "method", "rel"}));
        hrefs.append(o.value(qs("href")).toString());
        methods.insert(o.value(qs("href")).toString(), o.value(qs("method")).toString());
    }
    QStringList sorted = hrefs;
    sorted.sort();
    QCOMPARE(hrefs, sorted);
    // And: each path once, with all its methods
    QCOMPARE(methods.value(api.url(qs("/alert"))), qs("POST"));
    QCOMPARE(methods.value(api.url(qs("/management/housekeeping"))), qs("GET,POST"));
    QCOMPARE(methods.value(api.url(qs("/config"))), qs("GET"));
    QCOMPARE(hrefs.count(api.url(qs("/webhooks/{name}"))), 1);
}

void TestManagementApi::shouldAnswerPlainOk()
{
    // Given: a server
    ApiFixture api;
    // When: /_ is fetched
    const HttpAnswer a = api.get(qs("/_"));
    // Then: the plain text OK
    QCOMPARE(a.status, 200);
    QCOMPARE(a.body, QByteArray("OK"));
    QVERIFY(a.header("Content-Type").startsWith("text/plain"));
}

void TestManagementApi::shouldServeTheManifestAsStrings_data()
{
    QTest::addColumn<QString>("serverVersion");
    QTest::addColumn<QString>("release");
    QTest::newRow("full") << qs("full") << qs("9.1.0");
    QTest::newRow("major") << qs("major") << qs("9");
    QTest::newRow("off") << qs("off") << qs("");
}

void TestManagementApi::shouldServeTheManifestAsStrings()
{
    QFETCH(QString, serverVersion);
    QFETCH(QString, release);
    // Given: a server with that SERVER_VERSION
    ApiFixture api([&](ServerSettings &s) { s.serverVersion = serverVersion; });
    // When: the manifest is fetched
    const HttpAnswer a = api.get(qs("/management/manifest"));
    // Then: release per SERVER_VERSION, and build, date and revision are non-empty strings (the web UI calls
    // .substring() on them)
    QCOMPARE(a.status, 200);
    const QJsonObject manifest = a.json();
    QCOMPARE(sortedKeys(manifest), qsl({"build", "date", "release", "revision"}));
    QCOMPARE(manifest.value(qs("release")), QJsonValue(release));
    for (const char *key : {"build", "date", "revision"}) {
        QVERIFY2(manifest.value(qs(key)).isString(), key);
        QVERIFY2(!manifest.value(qs(key)).toString().isEmpty(), key);
    }
    QVERIFY(IsoTime::parse(manifest.value(qs("date")).toString()).has_value());
}

void TestManagementApi::shouldRedactSecretsInProperties()
{
    // Given: a server whose settings hold secrets, and an admin key
    ApiFixture api([](ServerSettings &s) {
        s.authRequired = true;
        s.secretKey = qs("s3cr3t-key");
        s.oauth2ClientSecret = qs("oauth-s3cr3t");
        s.databaseUrl = qs("postgres://alerta:pa55w0rd@db:5432/monitoring");
        s.hmacAuthCredentials = {Hawk::Credential{qs("ci-sender"), "hawk-s3cr3t", qs("sha256")}};
    });
    const Headers admin = keyWith(api, qsl({"admin"}));
    // When: the properties are fetched
    const HttpAnswer a = api.get(qs("/management/properties"), admin);
    // Then: plain text with every setting, secrets redacted
    QCOMPARE(a.status, 200);
    QVERIFY(a.header("Content-Type").startsWith("text/plain"));
    const QString text = QString::fromUtf8(a.body);
    QVERIFY2(text.contains(qs("\nAUTH_REQUIRED: true\n")), a.body.constData());
    QVERIFY(text.contains(qs("\nSECRET_KEY: ********\n")));
    QVERIFY(text.contains(qs("\nOAUTH2_CLIENT_SECRET: ********\n")));
    QVERIFY(text.contains(qs("\nHMAC_AUTH_CREDENTIALS: ********\n")));
    QVERIFY(text.contains(qs("DATABASE_URL: postgres://alerta:********@db:5432/monitoring\n")));
    QVERIFY(text.contains(qs("\nDEFAULT_ENVIRONMENT: Production\n")));
    QVERIFY(text.contains(qs("\nCORS_SUPPORTS_CREDENTIALS: false\n")));
    QVERIFY(text.contains(qs("\nDATABASE_NAME: null\n")));
    for (const char *secret : {"s3cr3t-key", "oauth-s3cr3t", "pa55w0rd", "hawk-s3cr3t"})
        QVERIFY2(!text.contains(qs(secret)), secret);
}

void TestManagementApi::shouldBeGoodToGoWhenTheStoreAnswers()
{
    // Given: a server requiring authentication
    ApiFixture api([](ServerSettings &s) { s.authRequired = true; });
    // When: gtg is asked without credentials
    const HttpAnswer a = api.get(qs("/management/gtg"));
    // Then: OK
    QCOMPARE(a.status, 200);
    QCOMPARE(a.body, QByteArray("OK"));
}

void TestManagementApi::shouldReportStaleHeartbeatsInTheHealthcheck_data()
{
    QTest::addColumn<qint64>("timeout"); // seconds; -1 = no heartbeat at all
    QTest::addColumn<qint64>("ageMs");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no heartbeats") << qint64(-1) << qint64(0) << 200 << QByteArray("OK");
    QTest::newRow("fresh") << qint64(60) << qint64(0) << 200 << QByteArray("OK");
    QTest::newRow("late but within 4x timeout") << qint64(3) << qint64(10000) << 200 << QByteArray("OK");
    QTest::newRow("older than 4x timeout")
        << qint64(2) << qint64(10000) << 503 << QByteArray("HEARTBEAT_STALE: cron/x");
    QTest::newRow("timeout 0, two seconds old")
        << qint64(0) << qint64(2000) << 503 << QByteArray("HEARTBEAT_STALE: cron/x");
}

void TestManagementApi::shouldReportStaleHeartbeatsInTheHealthcheck()
{
    QFETCH(qint64, timeout);
    QFETCH(qint64, ageMs);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    // Given: a fresh heartbeat, and the one of the row, last received ageMs ago
    ApiFixture api;
    if (timeout >= 0) {
        storeHeartbeat(api, "cron/fresh", 60, 0);
        storeHeartbeat(api, "cron/x", timeout, ageMs);
    }
    // When: the healthcheck is asked
    const HttpAnswer a = api.get(qs("/management/healthcheck"));
    // Then: OK, or 503 naming the stale heartbeat
    QCOMPARE(a.status, status);
    QCOMPARE(a.body, body);
}

void TestManagementApi::shouldHousekeepWithHoursOrDefaults_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("closedKept");
    QTest::addColumn<bool>("infoKept");
    // Defaults: closed/expired deleted after 2 h, informational after 12 h
    QTest::newRow("defaults") << QByteArray("GET") << QString() << false << false;
    QTest::newRow("0 and non-integers mean the default")
        << QByteArray("GET") << qs("?expired=0&info=abc") << false << false;
    QTest::newRow("expired hours") << QByteArray("GET") << qs("?expired=4") << true << false;
    QTest::newRow("info hours") << QByteArray("GET") << qs("?info=14") << false << true;
    QTest::newRow("both hours") << QByteArray("GET") << qs("?expired=4&info=24") << true << true;
    QTest::newRow("POST") << QByteArray("POST") << qs("?expired=4&info=24") << true << true;
}

void TestManagementApi::shouldHousekeepWithHoursOrDefaults()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, query);
    QFETCH(bool, closedKept);
    QFETCH(bool, infoKept);
    // Given: a closed alert last received 3 h ago, an informational one 13 h ago, a major one with a 60 s timeout
    // last received 2 min ago, and a fresh major one
    ApiFixture api;
    const QString closed = postAlert(api, "web01", "Closed", "normal");
    const QString info = postAlert(api, "web02", "Info", "informational");
    const QString timedOut = postAlert(api, "web03", "TimedOut", "major", 60);
    const QString fresh = postAlert(api, "web04", "Fresh", "major");
    age(api, closed, 3 * Hour);
    age(api, info, 13 * Hour);
    age(api, timedOut, 2 * Minute);
    // When: housekeeping runs
    const HttpAnswer a = api.request(method, u"/management/housekeeping" + query);
    // Then: the timed-out alert is reported expired; deleted alerts are not listed (upstream does not report them),
    // only counted in this server's extra key `deleted`
    QCOMPARE(a.status, 200);
    const QJsonObject done = a.json();
    QCOMPARE(sortedKeys(done), qsl({"count", "deleted", "expired", "status", "unack", "unshelve"}));
    QCOMPARE(done.value(qs("deleted")).toInt(), (closedKept ? 0 : 1) + (infoKept ? 0 : 1));
    QCOMPARE(done.value(qs("status")).toString(), qs("ok"));
    QCOMPARE(done.value(qs("expired")).toArray(), QJsonArray{timedOut});
    QCOMPARE(done.value(qs("unshelve")).toArray(), QJsonArray());
    QCOMPARE(done.value(qs("unack")).toArray(), QJsonArray());
    QCOMPARE(done.value(qs("count")).toInt(), 1);
    // And: old alerts are deleted by the thresholds in force, the others stay
    QCOMPARE(api.get(u"/alert/" + closed).status, closedKept ? 200 : 404);
    QCOMPARE(api.get(u"/alert/" + info).status, infoKept ? 200 : 404);
    QCOMPARE(at(api.get(u"/alert/" + timedOut).json(), qs("alert.status")).toString(), qs("expired"));
    QCOMPARE(at(api.get(u"/alert/" + fresh).json(), qs("alert.status")).toString(), qs("open"));
}

void TestManagementApi::shouldServeStatusWithMetricsAfterUse()
{
    // Given: a new server
    ApiFixture api;
    // When: the status is asked before any use
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const HttpAnswer first = api.get(qs("/management/status"));
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    // Then: application, version, time now, uptime, and only the alerts.total gauge and the switches
    QCOMPARE(first.status, 200);
    const QJsonObject status = first.json();
    QCOMPARE(sortedKeys(status), qsl({"application", "metrics", "time", "uptime", "version"}));
    QCOMPARE(status.value(qs("application")).toString(), qs("alerta"));
    QCOMPARE(status.value(qs("version")).toString(), qs("9.1.0"));
    QVERIFY(status.value(qs("time")).toInteger() >= before && status.value(qs("time")).toInteger() <= after);
    QVERIFY(status.value(qs("uptime")).toInteger() > 0);
    QStringList names;
    for (const QJsonValue &m : status.value(qs("metrics")).toArray())
        names.append(m.toObject().value(qs("group")).toString() + u'.' + m.toObject().value(qs("name")).toString());
    QCOMPARE(names, qsl({"alerts.total", "switch.auto-refresh-allow", "switch.sender-api-allow"}));
    const QJsonArray initial = status.value(qs("metrics")).toArray();
    QCOMPARE(initial.at(0).toObject(),
             (QJsonObject{{qs("group"), qs("alerts")},
                          {qs("name"), qs("total")},
                          {qs("type"), qs("gauge")},
                          {qs("title"), qs("Total alerts")},
                          {qs("description"), qs("Total number of alerts in the database")},
                          {qs("value"), 0}}));
    QCOMPARE(initial.at(1).toObject(),
             (QJsonObject{{qs("group"), qs("switch")},
                          {qs("name"), qs("auto-refresh-allow")},
                          {qs("type"), qs("text")},
                          {qs("title"), qs("Alerta console auto-refresh")},
                          {qs("description"), qs("Allow consoles to auto-refresh alerts")},
                          {qs("value"), qs("ON")}}));

    // When: two alerts are received and the alerts are queried
    postAlert(api, "web01", "HttpError", "major");
    postAlert(api, "web02", "HttpError", "major");
    QCOMPARE(api.get(qs("/alerts")).status, 200);
    const QJsonArray metrics = api.get(qs("/management/status")).json().value(qs("metrics")).toArray();
    // Then: the gauge counts the alerts, and the used timers appear with their counts and a total time
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &m : metrics)
        byName.insert(m.toObject().value(qs("group")).toString() + u'.' + m.toObject().value(qs("name")).toString(),
                      m.toObject());
    QCOMPARE(byName.value(qs("alerts.total")).value(qs("value")).toInt(), 2);
    const QJsonObject received = byName.value(qs("alerts.received"));
    QCOMPARE(sortedKeys(received), qsl({"count", "description", "group", "name", "title", "totalTime", "type"}));
    QCOMPARE(received.value(qs("type")).toString(), qs("timer"));
    QCOMPARE(received.value(qs("count")).toInt(), 2);
    QVERIFY(received.value(qs("totalTime")).toInteger() >= 0);
    QCOMPARE(byName.value(qs("alerts.queries")).value(qs("count")).toInt(), 1);
    // And: gauges first, switches last, and no timer with count 0 (clients divide by it)
    QCOMPARE(metrics.first().toObject().value(qs("type")).toString(), qs("gauge"));
    QCOMPARE(metrics.last().toObject().value(qs("group")).toString(), qs("switch"));
    for (const QJsonValue &m : metrics) {
        if (m.toObject().value(qs("type")).toString() == u"timer")
            QVERIFY(m.toObject().value(qs("count")).toInt() > 0);
    }
}

void TestManagementApi::shouldServePrometheusMetrics()
{
    // Given: a server that received one alert
    ApiFixture api;
    postAlert(api, "web01", "HttpError", "major");
    // When: the metrics are scraped
    const HttpAnswer a = api.get(qs("/management/metrics"));
    // Then: Prometheus text format 0.0.4, each family with HELP and TYPE lines before its samples
    QCOMPARE(a.status, 200);
    QCOMPARE(a.header("Content-Type"), QByteArray("text/plain; version=0.0.4"));
    const QList<QByteArray> lines = a.body.split('\n');
    const auto indexOf = [&](const QByteArray &prefix) {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines.at(i).startsWith(prefix))
                return i;
        }
        return qsizetype(-1);
    };
    QCOMPARE(lines.at(indexOf("# HELP alerta_alerts_total ")),
             QByteArray("# HELP alerta_alerts_total Total number of alerts in the database"));
    QCOMPARE(lines.at(indexOf("# TYPE alerta_alerts_total ")), QByteArray("# TYPE alerta_alerts_total gauge"));
    QCOMPARE(lines.at(indexOf("alerta_alerts_total ")), QByteArray("alerta_alerts_total 1"));
    QVERIFY(indexOf("# HELP alerta_alerts_total ") < indexOf("alerta_alerts_total "));
    QCOMPARE(lines.at(indexOf("# TYPE alerta_alerts_received ")), QByteArray("# TYPE alerta_alerts_received summary"));
    QCOMPARE(lines.at(indexOf("alerta_alerts_received_count ")), QByteArray("alerta_alerts_received_count 1"));
    QVERIFY(indexOf("alerta_alerts_received_sum ") > 0);
    QCOMPARE(lines.at(indexOf("# TYPE alerta_uptime_msecs ")), QByteArray("# TYPE alerta_uptime_msecs counter"));
    QVERIFY(indexOf("alerta_uptime_msecs ") > 0);
    QVERIFY(a.body.endsWith('\n'));
}

void TestManagementApi::shouldCheckScopesOfManagementRoutes_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("credential"); // none, read or admin
    QTest::addColumn<int>("status");
    const auto row = [](const char *method, const char *path, const char *credential, int status) {
        QTest::addRow("%s %s as %s", method, path, credential)
            << QByteArray(method) << qs(path) << qs(credential) << status;
    };
    row("GET", "/", "none", 200);
    row("GET", "/_", "none", 200);
    row("GET", "/config", "none", 200);
    row("GET", "/management", "none", 200);
    row("GET", "/management/gtg", "none", 200);
    row("GET", "/management/healthcheck", "none", 200);
    row("GET", "/management/manifest", "none", 401);
    row("GET", "/management/manifest", "read", 200);
    row("GET", "/management/status", "none", 401);
    row("GET", "/management/status", "read", 200);
    row("GET", "/management/metrics", "read", 200);
    row("GET", "/management/properties", "read", 403);
    row("GET", "/management/properties", "admin", 200);
    row("GET", "/management/housekeeping", "read", 403);
    row("GET", "/management/housekeeping", "admin", 200);
    row("POST", "/management/housekeeping", "admin", 200);
    row("GET", "/management/switchboard", "read", 403);
    row("GET", "/management/switchboard", "admin", 200);
    row("POST", "/management/switchboard", "read", 403);
    row("POST", "/management/switchboard", "admin", 200);
    row("GET", "/embed.js", "none", 200);
    row("GET", "/oembed?url=http://h/alerts/count", "none", 401);
    row("GET", "/oembed?url=http://h/alerts/count", "read", 200);
    row("GET", "/oembed.json?url=http://h/alerts/count", "read", 200);
}

void TestManagementApi::shouldCheckScopesOfManagementRoutes()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, credential);
    QFETCH(int, status);
    // Given: a server requiring authentication, and the row's credential
    ApiFixture api([](ServerSettings &s) { s.authRequired = true; });
    Headers headers;
    if (credential == u"read")
        headers = keyWith(api, qsl({"read"}));
    else if (credential == u"admin")
        headers = keyWith(api, qsl({"admin"}));
    // When: the route is called
    const HttpAnswer a = api.request(method, path, {}, headers);
    // Then: public routes answer anyone, the others need their scope
    QCOMPARE(a.status, status);
    if (status == 403)
        QVERIFY(a.json().value(qs("message")).toString().startsWith(qs("Missing required scope: ")));
}

namespace {

/// The state cell of each switch on a switchboard page: name -> "ON" / "OFF".
QMap<QString, QString> switchStates(const QByteArray &page)
{
    static const QRegularExpression row(
        qs("<tr><td><a href=\"\\?switch=([^\"]+)\">[^<]*</a></td><td>[^<]*</td><td><span[^>]*>(ON|OFF)</span></td>"));
    QMap<QString, QString> states;
    for (const QRegularExpressionMatch &m : row.globalMatch(QString::fromUtf8(page)))
        states.insert(m.captured(1), m.captured(2));
    return states;
}

/// Posts the switchboard's form as a browser does.
HttpAnswer postForm(ApiFixture &api, const QByteArray &form, const Headers &headers = {})
{
    Headers withType = headers;
    withType.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
    return api.request("POST", qs("/management/switchboard"), form, withType, false);
}

/// The switches of `/management/status`: name -> "ON" / "OFF".
QMap<QString, QString> statusSwitches(ApiFixture &api)
{
    QMap<QString, QString> states;
    for (const QJsonValue &metric : api.get(qs("/management/status")).json().value(qs("metrics")).toArray()) {
        if (metric[qs("group")].toString() == u"switch")
            states.insert(metric[qs("name")].toString(), metric[qs("value")].toString());
    }
    return states;
}

} // namespace

void TestManagementApi::shouldShowEverySwitchOnTheSwitchboard()
{
    // Given: a server as it starts
    ApiFixture api;
    // When: the switchboard is fetched, whole and for one switch
    const HttpAnswer all = api.get(qs("/management/switchboard"));
    const HttpAnswer one = api.get(qs("/management/switchboard?switch=sender-api-allow"));
    // Then: an HTML page with both switches ON, each with a button that turns it OFF; the one asked for alone
    QCOMPARE(all.status, 200);
    QCOMPARE(all.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
    QCOMPARE(switchStates(all.body),
             (QMap<QString, QString>{{qs("auto-refresh-allow"), qs("ON")}, {qs("sender-api-allow"), qs("ON")}}));
    QVERIFY(all.body.contains(R"(<button type="submit" name="sender-api-allow" value="OFF">)"));
    QVERIFY(all.body.contains("Allow alerts to be submitted via the API"));
    QCOMPARE(switchStates(one.body), (QMap<QString, QString>{{qs("sender-api-allow"), qs("ON")}}));
    // And: a switch that does not exist is a 404 in the error envelope
    QCOMPARE(api.get(qs("/management/switchboard?switch=nope")).error(), qs("404 switch 'nope' not found"));
}

void TestManagementApi::shouldFlipSwitchesFromTheSwitchboardForm_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("json");
    QTest::addColumn<QString>("autoRefresh");
    QTest::addColumn<QString>("senderApi");

    QTest::newRow("a browser's button") << QByteArray("sender-api-allow=OFF") << false << qs("ON") << qs("OFF");
    QTest::newRow("both, lower case") << QByteArray("auto-refresh-allow=off&sender-api-allow=off") << false << qs("OFF")
                                      << qs("OFF");
    QTest::newRow("JSON") << QByteArray(R"({"auto-refresh-allow":"OFF"})") << true << qs("OFF") << qs("ON");
    QTest::newRow("nothing") << QByteArray() << false << qs("ON") << qs("ON");
}

void TestManagementApi::shouldFlipSwitchesFromTheSwitchboardForm()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, json);
    QFETCH(QString, autoRefresh);
    QFETCH(QString, senderApi);
    // Given: a server as it starts
    ApiFixture api;
    // When: the row's fields are posted
    const HttpAnswer a = json ? api.request("POST", qs("/management/switchboard"), body) : postForm(api, body);
    // Then: the page shows every switch in its new state, and /management/status reports the same
    QCOMPARE(a.status, 200);
    const QMap<QString, QString> expected{{qs("auto-refresh-allow"), autoRefresh}, {qs("sender-api-allow"), senderApi}};
    QCOMPARE(switchStates(a.body), expected);
    QCOMPARE(statusSwitches(api), expected);
    // And: turned ON again, a switch is ON
    QCOMPARE(switchStates(postForm(api, "sender-api-allow=ON&auto-refresh-allow=ON").body),
             (QMap<QString, QString>{{qs("auto-refresh-allow"), qs("ON")}, {qs("sender-api-allow"), qs("ON")}}));
}

void TestManagementApi::shouldRefuseBadSwitchboardFields_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("json");
    QTest::addColumn<QString>("error");

    QTest::newRow("unknown switch") << QByteArray("sender-api-allow=OFF&nope=OFF") << false
                                    << qs("400 switch 'nope' not found");
    QTest::newRow("neither ON nor OFF") << QByteArray("sender-api-allow=maybe") << false
                                        << qs("400 switch 'sender-api-allow' must be \"ON\" or \"OFF\"");
    QTest::newRow("JSON that is not text") << QByteArray(R"({"sender-api-allow":false})") << true
                                           << qs("400 switch 'sender-api-allow' must be \"ON\" or \"OFF\"");
}

void TestManagementApi::shouldRefuseBadSwitchboardFields()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, json);
    QFETCH(QString, error);
    // Given: a server as it starts
    ApiFixture api;
    // When: the row's fields are posted
    const HttpAnswer a = json ? api.request("POST", qs("/management/switchboard"), body) : postForm(api, body);
    // Then: a 400 naming the field, and no switch changed (the valid fields before it neither)
    QCOMPARE(a.error(), error);
    QCOMPARE(statusSwitches(api),
             (QMap<QString, QString>{{qs("auto-refresh-allow"), qs("ON")}, {qs("sender-api-allow"), qs("ON")}}));
}

void TestManagementApi::shouldStopAutoRefreshWhileItsSwitchIsOff()
{
    // Given: a server with an alert
    ApiFixture api;
    postAlert(api, "web01", "HttpError", "major");
    QCOMPARE(api.get(qs("/alerts")).json().value(qs("autoRefresh")), QJsonValue(true));
    // When: auto-refresh-allow is turned OFF
    QCOMPARE(postForm(api, "auto-refresh-allow=OFF").status, 200);
    // Then: the list and the count say autoRefresh false (the web UI stops refreshing), and true once it is ON again
    QCOMPARE(api.get(qs("/alerts")).json().value(qs("autoRefresh")), QJsonValue(false));
    QCOMPARE(api.get(qs("/alerts/count")).json().value(qs("autoRefresh")), QJsonValue(false));
    QCOMPARE(postForm(api, "auto-refresh-allow=ON").status, 200);
    QCOMPARE(api.get(qs("/alerts")).json().value(qs("autoRefresh")), QJsonValue(true));
}

void TestManagementApi::shouldRefuseAlertsFromSendersWhileTheirSwitchIsOff()
{
    // Given: a server whose sender-api-allow switch is OFF
    ApiFixture api;
    QCOMPARE(postForm(api, "sender-api-allow=OFF").status, 200);
    const QJsonObject alert{{qs("resource"), qs("web01")},
                            {qs("event"), qs("HttpError")},
                            {qs("environment"), qs("Production")},
                            {qs("service"), QJsonArray{qs("Web")}}};
    // When: an alert is posted, and Alertmanager's webhook is called
    const HttpAnswer posted = api.post(qs("/alert"), alert);
    const QJsonObject alertmanager{
        {qs("alerts"),
         QJsonArray{
             QJsonObject{{qs("status"), qs("firing")},
                         {qs("labels"), QJsonObject{{qs("alertname"), qs("Down")}, {qs("instance"), qs("db1")}}}}}}};
    const HttpAnswer hooked = api.post(qs("/webhooks/prometheus"), alertmanager);
    // Then: both are 503 (send again later), and nothing was stored
    const QString refusal =
        qs("503 Alerts are not accepted through the API at the moment (switch sender-api-allow is OFF)");
    QCOMPARE(posted.error(), refusal);
    QCOMPARE(hooked.error(), refusal);
    QCOMPARE(api.get(qs("/alerts/count")).json().value(qs("total")).toInt(), 0);
    // And: once it is ON again, the same alert is stored
    QCOMPARE(postForm(api, "sender-api-allow=ON").status, 200);
    QCOMPARE(api.post(qs("/alert"), alert).status, 201);
}

void TestManagementApi::shouldEmbedTheCountsOfAnAlertsCountUrl()
{
    // Given: open alerts in Production (two major, one minor) and one critical in Development
    ApiFixture api;
    postAlert(api, "web01", "HttpError", "major");
    postAlert(api, "web02", "HttpError", "major");
    postAlert(api, "web03", "DiskFull", "minor");
    const HttpAnswer dev = api.post(qs("/alert"),
                                    QJsonObject{{qs("resource"), qs("dev01")},
                                                {qs("event"), qs("Down")},
                                                {qs("environment"), qs("Development")},
                                                {qs("service"), QJsonArray{qs("Web")}},
                                                {qs("severity"), qs("critical")}});
    QCOMPARE(dev.status, 201);
    // When: a page asks for the widget of the Production count URL, through embed.js's JSONP
    const QString target = QString::fromLatin1(
        QUrl::toPercentEncoding(qs("https://alerta.example.com/api/alerts/count?environment=Production")));
    const HttpAnswer a =
        api.get(u"/oembed.json?url=" + target + u"&title=Prod%20%3Cb%3E&maxwidth=300&maxheight=120&callback=cb");
    // Then: an oEmbed rich object, wrapped for the callback, any origin allowed
    QCOMPARE(a.status, 200);
    QCOMPARE(a.header("Access-Control-Allow-Origin"), QByteArray("*"));
    QVERIFY(a.body.startsWith("cb(") && a.body.endsWith(")"));
    const QJsonObject o = QJsonDocument::fromJson(a.body.mid(3, a.body.size() - 4)).object();
    QCOMPARE(o.value(qs("version")).toString(), qs("1.0"));
    QCOMPARE(o.value(qs("type")).toString(), qs("rich"));
    QCOMPARE(o.value(qs("title")).toString(), qs("Prod <b>"));
    QCOMPARE(o.value(qs("provider_name")).toString(), qs("Alerta"));
    QCOMPARE(o.value(qs("provider_url")).toString(), api.url(qs("/")));
    QCOMPARE(o.value(qs("width")).toInt(), 300);
    QCOMPARE(o.value(qs("height")).toInt(), 120);
    // And: its HTML counts Production only, marks the most severe level there, and escapes the title
    const QString html = o.value(qs("html")).toString();
    QVERIFY2(html.startsWith(qs("<div class=\"alerta-div alerta-severity-major\">")), qPrintable(html));
    QVERIFY(html.contains(qs("<th colspan=\"5\">Prod &lt;b&gt;</th>")));
    QVERIFY(html.contains(qs("<td title=\"critical\"><b>0</b></td>")));
    QVERIFY(html.contains(qs("<td class=\"alerta-severity-major\" title=\"major\"><b>2</b></td>")));
    QVERIFY(html.contains(qs("<td class=\"alerta-severity-minor\" title=\"minor\"><b>1</b></td>")));
    QVERIFY(html.contains(qs("<td title=\"warning\"><b>0</b></td>")));
}

void TestManagementApi::shouldCountOnlyTheCallersCustomerInTheWidget()
{
    // Given: a server requiring authentication, a critical alert of customer Acme and a minor one of Globex, and a
    // key restricted to Globex
    ApiFixture api([](ServerSettings &s) { s.authRequired = true; });
    const Headers admin = keyWith(api, qsl({"admin"}));
    for (const auto &[customer, severity] : {std::pair{"Acme", "critical"}, std::pair{"Globex", "minor"}}) {
        const HttpAnswer a = api.post(qs("/alert"),
                                      QJsonObject{{qs("resource"), qs("web01")},
                                                  {qs("event"), qs("HttpError")},
                                                  {qs("environment"), qs("Production")},
                                                  {qs("service"), QJsonArray{qs("Web")}},
                                                  {qs("severity"), qs(severity)},
                                                  {qs("customer"), qs(customer)}},
                                      admin);
        QCOMPARE(a.status, 201);
    }
    NewKey request;
    request.key.user = qs("globex-wall");
    request.key.scopes = qsl({"read:oembed"});
    request.key.customer = qs("Globex");
    const Result<ApiKey> key = api.core->keys().create(request, Caller::internal(qs("ops")));
    QVERIFY(key.ok());
    // When: the widget is fetched with that key in the query, as embed.js sends it
    const HttpAnswer a = api.get(u"/oembed?url=http://h/api/alerts/count&api-key=" + key->key);
    // Then: it counts Globex's alert only
    QCOMPARE(a.status, 200);
    const QString html = a.json().value(qs("html")).toString();
    QVERIFY2(html.contains(qs("alerta-severity-minor\" title=\"minor\"><b>1</b>")), qPrintable(html));
    QVERIFY2(html.contains(qs("<td title=\"critical\"><b>0</b></td>")), qPrintable(html));
}

void TestManagementApi::shouldRefuseWidgetRequestsItCannotServe_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("error");

    QTest::newRow("no url") << qs("title=x") << qs("400 missing parameter: url");
    QTest::newRow("not a count URL") << qs("url=http://h/api/alerts") << qs("400 unsupported oEmbed URL scheme");
    QTest::newRow("top 10 (not served)") << qs("url=http://h/api/alerts/top10/count")
                                         << qs("400 unsupported oEmbed URL scheme");
    QTest::newRow("a filter /alerts refuses")
        << qs("url=http://h/api/alerts/count%3Fbogus%3D1") << qs("400 Invalid filter parameter: bogus");
    QTest::newRow("bad size") << qs("url=http://h/api/alerts/count&maxwidth=-3")
                              << qs("400 maxwidth must be a positive integer");
}

void TestManagementApi::shouldRefuseWidgetRequestsItCannotServe()
{
    QFETCH(QString, query);
    QFETCH(QString, error);
    QCOMPARE(m_defaults->get(u"/oembed?" + query).error(), error);
}

void TestManagementApi::shouldServeTheEmbeddingScriptAgainstThisServer()
{
    // When: the script is fetched, without credentials
    const HttpAnswer a = m_defaults->get(qs("/embed.js"));
    // Then: JavaScript defining the jQuery plugin, whose default endpoint is this server's API root
    QCOMPARE(a.status, 200);
    QCOMPARE(a.header("Content-Type"), QByteArray("application/javascript; charset=utf-8"));
    QVERIFY(a.body.contains("$.fn.alerta = function (url, options)"));
    QVERIFY(
        a.body.contains(QByteArray("{endpoint: \"" + m_defaults->url(QString()).toUtf8().replace("/", "\\/") + "\"")));
    QVERIFY(a.body.contains("'/oembed.json?url='"));
}

void TestManagementApi::shouldRefuseSwitchboardFormsFromOtherSites_data()
{
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<int>("status");

    QTest::newRow("a form on another site") << Headers{{"Origin", "http://evil.example"}} << 403;
    QTest::newRow("a sandboxed page") << Headers{{"Origin", "null"}} << 403;
    QTest::newRow("the browser says cross-site") << Headers{{"Sec-Fetch-Site", "cross-site"}} << 403;
    QTest::newRow("the browser says same-site, not same-origin") << Headers{{"Sec-Fetch-Site", "same-site"}} << 403;
    QTest::newRow("the page's own form") << Headers{{"Sec-Fetch-Site", "same-origin"}} << 200;
    QTest::newRow("curl, a script") << Headers{} << 200;
}

void TestManagementApi::shouldRefuseSwitchboardFormsFromOtherSites()
{
    QFETCH(Headers, headers);
    QFETCH(int, status);
    // Given: a server as it starts
    ApiFixture api;
    // When: a form turning senders OFF arrives with the row's headers
    const HttpAnswer a = postForm(api, "sender-api-allow=OFF", headers);
    // Then: refused when a browser brought it from elsewhere, the switch untouched; taken otherwise
    QCOMPARE(a.status, status);
    QCOMPARE(statusSwitches(api).value(qs("sender-api-allow")), status == 200 ? qs("OFF") : qs("ON"));
    if (status == 403)
        QCOMPARE(a.error(), qs("403 The switchboard takes no form posted from another site"));
}

void TestManagementApi::shouldKeepTheApiKeyInTheSwitchboardsLinks()
{
    // Given: a server requiring authentication, and an administrator's key in the URL, as a browser can carry it
    ApiFixture api([](ServerSettings &s) { s.authRequired = true; });
    const QByteArray key = keyWith(api, qsl({"admin"})).first().second.mid(4);
    const QString page = u"/management/switchboard?api-key=" + QString::fromUtf8(key);
    // When: the page is fetched
    const HttpAnswer a = api.get(page);
    // Then: each switch's link keeps the key (it would answer 401 without), and following it works
    QCOMPARE(a.status, 200);
    const QByteArray link = "?api-key=" + key + "&amp;switch=sender-api-allow";
    QVERIFY2(a.body.contains(QByteArray("<a href=\"" + link + "\">")), a.body.constData());
    QCOMPARE(api.get(u"/management/switchboard?api-key=" + QString::fromUtf8(key) + u"&switch=sender-api-allow").status,
             200);
    // And: the page's own form, posted back to its URL by the browser, works
    QCOMPARE(postForm(api, "sender-api-allow=OFF", {{"Origin", api.url(QString()).toUtf8()}}).status, 401);
    QCOMPARE(
        api.request("POST",
                    page,
                    "sender-api-allow=OFF",
                    {{"Content-Type", "application/x-www-form-urlencoded"}, {"Origin", api.url(QString()).toUtf8()}},
                    false)
            .status,
        200);
}

void TestManagementApi::shouldKeepForwardedHeadersOutOfTheScriptsCode()
{
    // When: the script is fetched through a proxy whose prefix header tries to close the script's comment
    const HttpAnswer a = m_defaults->get(qs("/embed.js"), {{"X-Forwarded-Prefix", "/x*/;alert(1);/*"}});
    // Then: the prefix is in the endpoint string, every `/` escaped, and the only comment end is the script's own
    QCOMPARE(a.status, 200);
    QVERIFY2(a.body.contains("\\/x*\\/;alert(1);\\/*"), a.body.constData());
    QCOMPARE(a.body.count("*/"), 1);
}

QTEST_GUILESS_MAIN(TestManagementApi)
#include "testmanagementapi.moc"
