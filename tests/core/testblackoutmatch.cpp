// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QJsonDocument>
#include <QTest>

#include "core/blackoutjson.h"
#include "core/blackoutmatch.h"
#include "tests/support/testtext.h"

// Blackout matching during receive (spec §3.8): each criterion alone and combined, the time window on the alert's
// createTime, subset semantics for service and tags, the customer only under customer views, and the plugin's
// decision for NOTIFICATION_BLACKOUT and BLACKOUT_ACCEPT.

namespace {

/// 2024-05-01T09:30:00.000Z: the alert's createTime; the blackouts run [Start − 1 h, Start + 1 h).
constexpr Timestamp Start = 1714555800000;
constexpr qint64 Hour = 3600 * 1000;

/// web01/NodeDown in Production, services Web and API, group Network, tags linux and dc1, from nagios, no customer.
Alert alert()
{
    Alert a;
    a.id = QStringLiteral("a1");
    a.resource = QStringLiteral("web01");
    a.event = QStringLiteral("NodeDown");
    a.environment = QStringLiteral("Production");
    a.severity = QStringLiteral("major");
    a.status = QStringLiteral("open");
    a.service = qsl({"Web", "API"});
    a.group = QStringLiteral("Network");
    a.tags = qsl({"linux", "dc1"});
    a.origin = QStringLiteral("nagios");
    a.createTime = Start;
    a.receiveTime = Start;
    return a;
}

/// A blackout from a `POST /blackout` body, created an hour before Start for two hours.
Blackout blackout(const QString &body)
{
    const Result<Blackout> b = BlackoutJson::parseIncomingBlackout(QJsonDocument::fromJson(body.toUtf8()).object(),
                                                                   QString(),
                                                                   7200,
                                                                   Start - Hour);
    if (!b)
        qFatal("bad test blackout %s: %s", qPrintable(body), qPrintable(b.error().message));
    return *b;
}

Blackout blackout(const char *body)
{
    return blackout(qs(body));
}

QString outcomeName(BlackoutMatch::Outcome outcome)
{
    switch (outcome) {
    case BlackoutMatch::Outcome::Suppress:
        return QStringLiteral("suppress");
    case BlackoutMatch::Outcome::MarkBlackout:
        return QStringLiteral("mark");
    case BlackoutMatch::Outcome::NotBlackedOut:
        break;
    }
    return QStringLiteral("none");
}

} // namespace

class TestBlackoutMatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldMatchOnEachCriterion_data();
    void shouldMatchOnEachCriterion();
    void shouldMatchOnlyInsideTheWindow_data();
    void shouldMatchOnlyInsideTheWindow();
    void shouldMatchCustomerOnlyUnderCustomerViews_data();
    void shouldMatchCustomerOnlyUnderCustomerViews();
    void shouldDecideOutcome_data();
    void shouldDecideOutcome();
    void shouldMatchAnyOfSeveral();
};

void TestBlackoutMatch::shouldMatchOnEachCriterion_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("matches");
    const auto row = [](const char *name, const char *body, bool matches) {
        QTest::newRow(name) << qs(body) << matches;
    };
    row("environment only", R"({"environment": "Production"})", true);
    row("other environment", R"({"environment": "Development"})", false);
    row("environment is case-sensitive", R"({"environment": "production"})", false);
    row("resource equal", R"({"environment": "Production", "resource": "web01"})", true);
    row("resource differs", R"({"environment": "Production", "resource": "web02"})", false);
    row("resource is not a substring", R"({"environment": "Production", "resource": "web"})", false);
    row("event equal", R"({"environment": "Production", "event": "NodeDown"})", true);
    row("event differs", R"({"environment": "Production", "event": "NodeUp"})", false);
    row("group equal", R"({"environment": "Production", "group": "Network"})", true);
    row("group differs", R"({"environment": "Production", "group": "OS"})", false);
    row("origin equal", R"({"environment": "Production", "origin": "nagios"})", true);
    row("origin differs", R"({"environment": "Production", "origin": "zabbix"})", false);
    // service and tags: the blackout's list must be a subset of the alert's.
    row("one of the services", R"({"environment": "Production", "service": ["API"]})", true);
    row("all services", R"({"environment": "Production", "service": ["API", "Web"]})", true);
    row("service repeated", R"({"environment": "Production", "service": ["Web", "Web"]})", true);
    row("a service the alert lacks", R"({"environment": "Production", "service": ["Web", "DB"]})", false);
    row("other service", R"({"environment": "Production", "service": ["DB"]})", false);
    row("empty service is not set", R"({"environment": "Production", "service": []})", true);
    row("one of the tags", R"({"environment": "Production", "tags": ["dc1"]})", true);
    row("all tags", R"({"environment": "Production", "tags": ["dc1", "linux"]})", true);
    row("a tag the alert lacks", R"({"environment": "Production", "tags": ["linux", "dc2"]})", false);
    row("empty tags are not set", R"({"environment": "Production", "tags": []})", true);
    // Combined: every criterion that is set must hold.
    row("all criteria hold",
        R"({"environment": "Production", "resource": "web01", "event": "NodeDown", "group": "Network",
            "service": ["Web"], "tags": ["linux"], "origin": "nagios"})",
        true);
    row("resource holds, event does not",
        R"({"environment": "Production", "resource": "web01", "event": "NodeUp"})",
        false);
    row("all but origin hold",
        R"({"environment": "Production", "resource": "web01", "event": "NodeDown", "group": "Network",
            "service": ["Web"], "tags": ["linux"], "origin": "zabbix"})",
        false);
    row("all but tags hold",
        R"({"environment": "Production", "resource": "web01", "event": "NodeDown", "tags": ["linux", "dc9"]})",
        false);
    row("criteria hold, environment does not", R"({"environment": "Development", "resource": "web01"})", false);
}

void TestBlackoutMatch::shouldMatchOnEachCriterion()
{
    QFETCH(QString, body);
    QFETCH(bool, matches);

    // Given: the alert and an active blackout with these criteria
    const Blackout b = blackout(body);

    // When/Then: it covers the alert exactly when every set criterion holds, with or without customer views
    QCOMPARE(BlackoutMatch::matches(b, alert(), false), matches);
    QCOMPARE(BlackoutMatch::matches(b, alert(), true), matches);
}

void TestBlackoutMatch::shouldMatchOnlyInsideTheWindow_data()
{
    QTest::addColumn<qint64>("createOffset");  // alert createTime − Start, ms
    QTest::addColumn<qint64>("receiveOffset"); // alert receiveTime − Start, ms
    QTest::addColumn<bool>("matches");
    QTest::newRow("1 ms before start") << -Hour - 1 << qint64(0) << false;
    QTest::newRow("at start (inclusive)") << -Hour << qint64(0) << true;
    QTest::newRow("inside") << qint64(0) << qint64(0) << true;
    QTest::newRow("1 ms before end") << Hour - 1 << qint64(0) << true;
    QTest::newRow("at end (exclusive)") << Hour << qint64(0) << false;
    QTest::newRow("long after") << 10 * Hour << qint64(0) << false;
    QTest::newRow("created inside, received after") << qint64(0) << 5 * Hour << true;
    QTest::newRow("created before, received inside") << -2 * Hour << qint64(0) << false;
}

void TestBlackoutMatch::shouldMatchOnlyInsideTheWindow()
{
    QFETCH(qint64, createOffset);
    QFETCH(qint64, receiveOffset);
    QFETCH(bool, matches);

    // Given: a Production blackout for [Start − 1 h, Start + 1 h) and the alert created and received at these times
    const Blackout b = blackout(R"({"environment": "Production", "resource": "web01"})");
    QCOMPARE(b.startTime, Start - Hour);
    QCOMPARE(b.endTime, Start + Hour);
    Alert a = alert();
    a.createTime = Start + createOffset;
    a.receiveTime = Start + receiveOffset;

    // When/Then: only the alert's createTime counts, start inclusive, end exclusive
    QCOMPARE(BlackoutMatch::matches(b, a, false), matches);
}

void TestBlackoutMatch::shouldMatchCustomerOnlyUnderCustomerViews_data()
{
    QTest::addColumn<QString>("blackoutCustomer"); // null = none
    QTest::addColumn<QString>("alertCustomer");    // null = none
    QTest::addColumn<bool>("customerViews");
    QTest::addColumn<bool>("matches");
    const QString none;
    const QString acme = qs("acme");
    const QString other = qs("other");
    QTest::newRow("views: no blackout customer covers acme") << none << acme << true << true;
    QTest::newRow("views: no blackout customer covers none") << none << none << true << true;
    QTest::newRow("views: same customer") << acme << acme << true << true;
    QTest::newRow("views: other customer") << acme << other << true << false;
    QTest::newRow("views: alert without customer") << acme << none << true << false;
    QTest::newRow("no views: other customer ignored") << acme << other << false << true;
    QTest::newRow("no views: alert without customer") << acme << none << false << true;
}

void TestBlackoutMatch::shouldMatchCustomerOnlyUnderCustomerViews()
{
    QFETCH(QString, blackoutCustomer);
    QFETCH(QString, alertCustomer);
    QFETCH(bool, customerViews);
    QFETCH(bool, matches);

    // Given: a Production blackout and the alert with these customers
    Blackout b = blackout(R"({"environment": "Production"})");
    b.customer = blackoutCustomer;
    Alert a = alert();
    a.customer = alertCustomer;

    // When/Then: the customer counts only under customer views
    QCOMPARE(BlackoutMatch::matches(b, a, customerViews), matches);
    BlackoutPolicy policy;
    policy.customerViews = customerViews;
    QCOMPARE(BlackoutMatch::evaluate({b}, a, policy),
             matches ? BlackoutMatch::Outcome::Suppress : BlackoutMatch::Outcome::NotBlackedOut);
}

void TestBlackoutMatch::shouldDecideOutcome_data()
{
    QTest::addColumn<bool>("notificationBlackout");
    QTest::addColumn<QStringList>("accept");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("resource"); // the blackout's; the alert is web01
    QTest::addColumn<QString>("outcome");
    const QStringList clearing = qsl({"normal", "ok", "cleared"});
    QTest::newRow("default: no match") << false << QStringList() << qs("major") << qs("web02") << qs("none");
    QTest::newRow("default: match is suppressed")
        << false << QStringList() << qs("major") << qs("web01") << qs("suppress");
    QTest::newRow("notification: match is marked") << true << QStringList() << qs("major") << qs("web01") << qs("mark");
    QTest::newRow("notification: no match") << true << QStringList() << qs("major") << qs("web02") << qs("none");
    QTest::newRow("accept: normal passes") << false << clearing << qs("normal") << qs("web01") << qs("none");
    QTest::newRow("accept: ok passes") << false << clearing << qs("ok") << qs("web01") << qs("none");
    QTest::newRow("accept: major still suppressed")
        << false << clearing << qs("major") << qs("web01") << qs("suppress");
    QTest::newRow("accept is case-sensitive") << false << clearing << qs("Normal") << qs("web01") << qs("suppress");
    QTest::newRow("accept ignored under notification") << true << clearing << qs("normal") << qs("web01") << qs("mark");
}

void TestBlackoutMatch::shouldDecideOutcome()
{
    QFETCH(bool, notificationBlackout);
    QFETCH(QStringList, accept);
    QFETCH(QString, severity);
    QFETCH(QString, resource);
    QFETCH(QString, outcome);

    // Given: the policy, a blackout on `resource` and the alert with this severity
    BlackoutPolicy policy;
    policy.notificationBlackout = notificationBlackout;
    policy.blackoutAccept = accept;
    Blackout b = blackout(R"({"environment": "Production"})");
    b.resource = resource;
    Alert a = alert();
    a.severity = severity;

    // When: the blackout plugin decides
    // Then: suppressed (202), marked `blackout`, or let through
    QCOMPARE(outcomeName(BlackoutMatch::evaluate({b}, a, policy)), outcome);
}

void TestBlackoutMatch::shouldMatchAnyOfSeveral()
{
    // Given: no blackouts, then blackouts of which only the last covers the alert
    const BlackoutPolicy policy;
    QCOMPARE(BlackoutMatch::evaluate({}, alert(), policy), BlackoutMatch::Outcome::NotBlackedOut);
    const QList<Blackout> blackouts = {blackout(R"({"environment": "Development"})"),
                                       blackout(R"({"environment": "Production", "event": "NodeUp"})"),
                                       blackout(R"({"environment": "Production", "tags": ["dc1"]})")};

    // When/Then: one match is enough
    QCOMPARE(BlackoutMatch::evaluate(blackouts, alert(), policy), BlackoutMatch::Outcome::Suppress);
    QCOMPARE(BlackoutMatch::evaluate(blackouts.first(2), alert(), policy), BlackoutMatch::Outcome::NotBlackedOut);
}

QTEST_GUILESS_MAIN(TestBlackoutMatch)
#include "testblackoutmatch.moc"
