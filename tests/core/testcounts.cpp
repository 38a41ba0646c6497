// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include "core/sqliteconnection.h"
#include "core/sqliteschema.h"
#include "tests/support/enginefixture.h"
#include "tests/support/testtext.h"

// The running counts by severity and status that answer unfiltered `/alerts` and `/alerts/count` without counting
// every alert (schema step 4): after any mix of receives, actions, status changes, deletions and housekeeping they
// equal what counting the rows gives, and alerts received "in the future" (a clock set back) are still left out.

namespace {

/// The counts as `/alerts/count` gives them without filters (the running totals) and with a filter that matches
/// every alert (counted row by row), as "severity/status=n" texts.
QPair<QString, QString> bothCounts(AlertEngine &engine)
{
    const auto text = [](const Result<AlertCounts> &c) {
        QStringList parts{QString::number(c->total)};
        for (auto it = c->severityCounts.cbegin(); it != c->severityCounts.cend(); ++it)
            parts.append(it.key() + u'=' + QString::number(it.value()));
        for (auto it = c->statusCounts.cbegin(); it != c->statusCounts.cend(); ++it)
            parts.append(it.key() + u'=' + QString::number(it.value()));
        return parts.join(u' ');
    };
    const Result<AlertCounts> totals = engine.count({});
    const Result<AlertCounts> counted = engine.count({{qs("from-date"), qs("2000-01-01T00:00:00.000Z")}});
    return {text(totals), text(counted)};
}

} // namespace

class TestCounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldKeepRunningCountsEqualToCountingRows();
    void shouldLeaveOutAlertsReceivedLaterThanNow();
    void shouldCountExistingAlertsWhenUpgrading();
};

void TestCounts::shouldKeepRunningCountsEqualToCountingRows()
{
    // Given: an engine and a fixed random sequence of operations on 20 alerts
    EngineFixture f;
    QRandomGenerator random(20261125);
    const QStringList severities = qsl({"critical", "major", "minor", "warning", "normal", "informational"});
    const QStringList actions = qsl({"ack", "unack", "shelve", "unshelve", "close", "open"});
    QStringList ids;
    for (int step = 0; step < 400; ++step) {
        f.clock->advanceSeconds(60);
        const int op = random.bounded(10);
        // When: alerts are received (new, duplicate, correlated), actioned, set, deleted or housekept
        if (op < 5 || ids.isEmpty()) {
            const QString resource = u"web" + QString::number(random.bounded(20));
            const Result<ReceiveResult> r = f.engine->receive(
                f.makeAlert(resource, qs("HttpError"), severities.at(random.bounded(severities.size()))));
            QVERIFY(r.ok());
            if (!ids.contains(r->alert.id))
                ids.append(r->alert.id);
        } else if (op < 7) {
            (void)f.engine->action(ids.at(random.bounded(ids.size())), actions.at(random.bounded(actions.size())));
        } else if (op < 8) {
            (void)f.engine->setStatus(ids.at(random.bounded(ids.size())), qs("expired"));
        } else if (op < 9) {
            const QString id = ids.takeAt(random.bounded(ids.size()));
            QVERIFY(f.engine->remove(id).ok());
        } else {
            QVERIFY(f.engine->housekeeping(1, 1).ok());
            ids.removeIf([&](const QString &id) { return !f.engine->alert(id).ok(); });
        }
        // Then: the running totals equal the counted rows after every step
        const auto [totals, counted] = bothCounts(*f.engine);
        QCOMPARE(totals, counted);
    }
    // And: they survive reopening the store
    f.reopen();
    const auto [totals, counted] = bothCounts(*f.engine);
    QCOMPARE(totals, counted);
}

void TestCounts::shouldLeaveOutAlertsReceivedLaterThanNow()
{
    // Given: one alert received now and one received an hour later by a clock that is then set back
    EngineFixture f;
    QVERIFY(f.engine->receive(f.makeAlert(qs("web01"), qs("HttpError"), qs("major"))).ok());
    f.clock->advanceSeconds(3600);
    QVERIFY(f.engine->receive(f.makeAlert(qs("web02"), qs("HttpError"), qs("minor"))).ok());
    f.clock->advanceSeconds(-3600);
    // When: counted without filters (to-date defaults to now)
    const Result<AlertCounts> counts = f.engine->count({});
    // Then: only the alert received up to now, as /alerts lists
    QCOMPARE(counts->total, qint64(1));
    QCOMPARE(counts->severityCounts.value(qs("major")), qint64(1));
    QCOMPARE(f.engine->query({})->alerts.size(), 1);
}

void TestCounts::shouldCountExistingAlertsWhenUpgrading()
{
    if (TestStore::usesPostgres())
        QSKIP("SQLite's schema upgrade; the PostgreSQL schema counts without running counts");
    // Given: a store at schema version 3 with alerts in it
    EngineFixture f;
    f.engine.reset();
    f.store.reset();
    for (const QString &suffix : {QString(), qs("-wal"), qs("-shm")})
        QFile::remove(f.databasePath() + suffix);
    {
        SqliteConnection db(f.databasePath());
        SqliteSchema::migrate(db, 3);
        for (const char *resource : {"web01", "web02", "db01"}) {
            db.execute(qs("INSERT INTO alerts (id, resource, event, environment, severity, status, create_time, "
                          "receive_time, last_receive_id, last_receive_time, update_time) VALUES ('%1', '%2', "
                          "'HttpError', 'Production', 'major', 'open', %3, %3, '%1', %3, %3)")
                           .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), QString::fromLatin1(resource))
                           .arg(f.clock->now()));
        }
    }
    // When: it is opened by this version (migrating to step 4)
    f.reopen();
    // Then: the running counts start from the existing alerts
    const auto [totals, counted] = bothCounts(*f.engine);
    QCOMPARE(totals, counted);
    QVERIFY(totals.startsWith(u"3 "));
}

QTEST_GUILESS_MAIN(TestCounts)
#include "testcounts.moc"
