// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "models/notificationpolicy.h"
#include "tests/support/testtext.h"

#include <QTest>

class TestNotificationPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldNotifyAsTheRulesSay_data();
    void shouldNotifyAsTheRulesSay();
    void shouldNotifyOncePerAlertAndAgainOnEscalation();
    void shouldSayNothingForTheListAfterAReconnection();
    void shouldCoalesceAStormIntoSummaries();
    void shouldKeepQuietInQuietHours_data();
    void shouldKeepQuietInQuietHours();
};

namespace {

const QDateTime noon(QDate(2026, 11, 26), QTime(12, 0));

Alert alert(const QString &id,
            const QString &severity = qs("critical"),
            const QString &environment = qs("Production"),
            const QString &status = qs("open"))
{
    Alert a;
    a.id = id;
    a.resource = qs("web-") + id;
    a.event = qs("NodeDown");
    a.environment = environment;
    a.severity = severity;
    a.status = status;
    a.service = {qs("Web")};
    a.customer = qs("Acme");
    a.text = qs("not answering");
    return a;
}

} // namespace

void TestNotificationPolicy::shouldNotifyAsTheRulesSay_data()
{
    QTest::addColumn<NotificationRules>("rules");
    QTest::addColumn<Alert>("alert");
    QTest::addColumn<bool>("notified");
    const NotificationRules defaults;
    NotificationRules everything = defaults;
    everything.severities.clear();
    NotificationRules production = defaults;
    production.environments = {qs("Production")};
    NotificationRules database = defaults;
    database.services = {qs("Database")};
    NotificationRules beta = defaults;
    beta.customers = {qs("Beta")};

    QTest::newRow("critical by default") << defaults << alert(qs("a")) << true;
    QTest::newRow("major by default") << defaults << alert(qs("a"), qs("major")) << true;
    QTest::newRow("minor not by default") << defaults << alert(qs("a"), qs("minor")) << false;
    QTest::newRow("every severity: minor") << everything << alert(qs("a"), qs("minor")) << true;
    QTest::newRow("every severity: not normal") << everything << alert(qs("a"), qs("normal")) << false;
    QTest::newRow("every severity: not informational") << everything << alert(qs("a"), qs("informational")) << false;
    QTest::newRow("acknowledged is no news")
        << defaults << alert(qs("a"), qs("critical"), qs("Production"), qs("ack")) << false;
    QTest::newRow("shelved is no news") << defaults << alert(qs("a"), qs("critical"), qs("Production"), qs("shelved"))
                                        << false;
    QTest::newRow("environment matches") << production << alert(qs("a")) << true;
    QTest::newRow("environment does not") << production << alert(qs("a"), qs("critical"), qs("Development")) << false;
    QTest::newRow("service does not") << database << alert(qs("a")) << false;
    QTest::newRow("customer does not") << beta << alert(qs("a")) << false;
}

void TestNotificationPolicy::shouldNotifyAsTheRulesSay()
{
    QFETCH(NotificationRules, rules);
    QFETCH(Alert, alert);
    QFETCH(bool, notified);
    NotificationPolicy policy;
    policy.setRules(rules);
    const QList<Notice> notices = policy.apply({alert}, {}, noon);
    QCOMPARE(notices.size(), notified ? 1 : 0);
    if (notified) {
        QCOMPARE(notices.first().kind, Notice::Kind::NewAlert);
        QCOMPARE(notices.first().alertIds, QStringList{alert.id});
        QCOMPARE(notices.first().title, qs("%1: NodeDown on web-a").arg(alert.severity));
        QCOMPARE(notices.first().text, alert.environment + qs(" — not answering"));
    }
}

void TestNotificationPolicy::shouldNotifyOncePerAlertAndAgainOnEscalation()
{
    NotificationPolicy policy;
    // New major: one notice
    QCOMPARE(policy.apply({alert(qs("a"), qs("major"))}, {}, noon).size(), 1);
    // The same alert again (a duplicate, a poll): nothing
    QCOMPARE(policy.apply({alert(qs("a"), qs("major"))}, {}, noon).size(), 0);
    // Escalated to critical: notified again, as an escalation
    const QList<Notice> escalated = policy.apply({alert(qs("a"), qs("critical"))}, {}, noon);
    QCOMPARE(escalated.size(), 1);
    QCOMPARE(escalated.first().kind, Notice::Kind::Escalated);
    QCOMPARE(escalated.first().title, qs("Escalated to critical: NodeDown on web-a"));
    // Down to minor, then up to major: that is an escalation again
    QCOMPARE(policy.apply({alert(qs("a"), qs("minor"))}, {}, noon).size(), 0);
    QCOMPARE(policy.apply({alert(qs("a"), qs("major"))}, {}, noon).size(), 1);
    // A minor alert escalating into the rules (minor → critical) is notified
    QCOMPARE(policy.apply({alert(qs("b"), qs("minor"))}, {}, noon).size(), 0);
    QCOMPARE(policy.apply({alert(qs("b"), qs("critical"))}, {}, noon).size(), 1);
    // Gone and back (deleted, then received again): new again
    policy.apply({}, {qs("b")}, noon);
    QCOMPARE(policy.apply({alert(qs("b"), qs("critical"))}, {}, noon.addSecs(60)).size(), 1);
}

void TestNotificationPolicy::shouldSayNothingForTheListAfterAReconnection()
{
    NotificationPolicy policy;
    policy.reset({alert(qs("a")), alert(qs("b"), qs("major"))});
    // Changes of known alerts that do not escalate are no news; a new one is
    const QList<Notice> notices = policy.apply({alert(qs("a")), alert(qs("b"), qs("major")), alert(qs("c"))}, {}, noon);
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.first().alertIds, QStringList{qs("c")});
}

void TestNotificationPolicy::shouldCoalesceAStormIntoSummaries()
{
    // Given: a threshold of 3 notices within 10 s
    NotificationPolicy policy;
    QList<Alert> storm;
    for (int i = 0; i < 37; ++i)
        storm.append(alert(qs("p%1").arg(i)));
    storm.append(alert(qs("d1"), qs("major"), qs("Development")));
    storm.append(alert(qs("d2"), qs("major"), qs("Development")));

    // When: 39 alerts arrive in one batch
    const QList<Notice> notices = policy.apply(storm, {}, noon);

    // Then: one summary per severity and environment, most severe first
    QCOMPARE(notices.size(), 2);
    QCOMPARE(notices.at(0).kind, Notice::Kind::Summary);
    QCOMPARE(notices.at(0).title, qs("37 new critical alert(s) in Production"));
    QCOMPARE(notices.at(0).alertIds.size(), 37);
    QCOMPARE(notices.at(1).title, qs("2 new major alert(s) in Development"));

    // When: two more arrive within the window: still a storm, summarised
    const QList<Notice> more = policy.apply({alert(qs("x")), alert(qs("y"))}, {}, noon.addSecs(5));
    QCOMPARE(more.size(), 1);
    QCOMPARE(more.first().kind, Notice::Kind::Summary);

    // When: one arrives after the window: a plain notice again
    const QList<Notice> later = policy.apply({alert(qs("z"))}, {}, noon.addSecs(30));
    QCOMPARE(later.size(), 1);
    QCOMPARE(later.first().kind, Notice::Kind::NewAlert);
}

void TestNotificationPolicy::shouldKeepQuietInQuietHours_data()
{
    QTest::addColumn<QTime>("from");
    QTest::addColumn<QTime>("to");
    QTest::addColumn<QTime>("now");
    QTest::addColumn<bool>("quiet");
    QTest::newRow("night, before midnight") << QTime(22, 0) << QTime(7, 0) << QTime(23, 30) << true;
    QTest::newRow("night, after midnight") << QTime(22, 0) << QTime(7, 0) << QTime(3, 0) << true;
    QTest::newRow("night, morning") << QTime(22, 0) << QTime(7, 0) << QTime(7, 0) << false;
    QTest::newRow("lunch") << QTime(12, 0) << QTime(13, 0) << QTime(12, 30) << true;
    QTest::newRow("after lunch") << QTime(12, 0) << QTime(13, 0) << QTime(13, 30) << false;
}

void TestNotificationPolicy::shouldKeepQuietInQuietHours()
{
    QFETCH(QTime, from);
    QFETCH(QTime, to);
    QFETCH(QTime, now);
    QFETCH(bool, quiet);
    NotificationPolicy policy;
    NotificationRules rules;
    rules.quietHours = true;
    rules.quietFrom = from;
    rules.quietTo = to;
    policy.setRules(rules);
    QCOMPARE(policy.isQuiet(now), quiet);
    const QDateTime when(QDate(2026, 11, 26), now);
    QCOMPARE(policy.apply({alert(qs("a"))}, {}, when).size(), quiet ? 0 : 1);
    // What arrived in quiet hours is known afterwards: no stale notice later
    QCOMPARE(policy.apply({alert(qs("a"))}, {}, when.addSecs(12 * 3600)).size(), 0);
}

QTEST_GUILESS_MAIN(TestNotificationPolicy)
#include "testnotificationpolicy.moc"
