// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include "core/sqliteconnection.h"
#include "core/sqliteschema.h"
#include "tests/support/enginefixture.h"
#include "tests/support/testtext.h"

// The running counts by environment, severity and status that answer `/alerts` and `/alerts/count` without counting
// every alert when nothing but environments and statuses filter (schema steps 4 and 6): after any mix of receives,
// actions, status changes, deletions and housekeeping they equal what counting the rows gives, and alerts received
// "in the future" (a clock set back) are still left out.

namespace {

using Params = QList<QPair<QString, QString>>;

/// The filters of the web UI's lists that the running totals answer.
const QList<Params> totalsFilters = {
    {},
    {{qs("environment"), qs("Production")}},
    {{qs("environment"), qs("Development")}, {qs("status"), qs("open")}},
    {{qs("environment"), qs("Production")}, {qs("environment"), qs("Staging")}},
    {{qs("status"), qs("ack")}, {qs("status"), qs("closed")}, {qs("status"), qs("expired")}},
    {{qs("environment"), qs("Nowhere")}},
};

/// The counts as `/alerts/count` gives them with `params` (from the running totals) and with `params` and a
/// from-date that every alert passes (counted row by row), as "severity/status=n" texts.
QPair<QString, QString> bothCounts(AlertEngine &engine, const Params &params = {})
{
    const auto text = [](const Result<AlertCounts> &c) {
        QStringList parts{QString::number(c->total)};
        for (auto it = c->severityCounts.cbegin(); it != c->severityCounts.cend(); ++it)
            parts.append(it.key() + u'=' + QString::number(it.value()));
        for (auto it = c->statusCounts.cbegin(); it != c->statusCounts.cend(); ++it)
            parts.append(it.key() + u'=' + QString::number(it.value()));
        return parts.join(u' ');
    };
    const Result<AlertCounts> totals = engine.count(params);
    const Result<AlertCounts> counted =
        engine.count(params + Params{{qs("from-date"), qs("2000-01-01T00:00:00.000Z")}});
    return {text(totals), text(counted)};
}

} // namespace

class TestCounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldKeepRunningCountsEqualToCountingRows();
    void shouldLeaveOutAlertsReceivedLaterThanNow();
    void shouldCountExistingAlertsWhenUpgrading_data();
    void shouldCountExistingAlertsWhenUpgrading();
};

void TestCounts::shouldKeepRunningCountsEqualToCountingRows()
{
    // Given: an engine and a fixed random sequence of operations on 20 alerts in three environments
    EngineFixture f;
    QRandomGenerator random(20261125);
    const QStringList severities = qsl({"critical", "major", "minor", "warning", "normal", "informational"});
    const QStringList environments = qsl({"Production", "Development", "Staging"});
    const QStringList actions = qsl({"ack", "unack", "shelve", "unshelve", "close", "open"});
    QStringList ids;
    for (int step = 0; step < 400; ++step) {
        f.clock->advanceSeconds(60);
        const int op = random.bounded(10);
        // When: alerts are received (new, duplicate, correlated), actioned, set, deleted or housekept
        if (op < 5 || ids.isEmpty()) {
            const int n = random.bounded(20);
            Alert alert = f.makeAlert(u"web" + QString::number(n),
                                      qs("HttpError"),
                                      severities.at(random.bounded(severities.size())));
            alert.environment = environments.at(n % environments.size());
            const Result<ReceiveResult> r = f.engine->receive(alert);
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
        // Then: the running totals equal the counted rows after every step, with each filter they answer
        for (const Params &filter : totalsFilters) {
            const auto [totals, counted] = bothCounts(*f.engine, filter);
            QCOMPARE(totals, counted);
        }
    }
    // And: they survive reopening the store
    f.reopen();
    for (const Params &filter : totalsFilters) {
        const auto [totals, counted] = bothCounts(*f.engine, filter);
        QCOMPARE(totals, counted);
    }
    // And: the filters were not all trivially empty
    QVERIFY(!bothCounts(*f.engine, totalsFilters.at(2)).first.startsWith(u"0"));
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

void TestCounts::shouldCountExistingAlertsWhenUpgrading_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("before the counts (step 4)") << 3;
    QTest::newRow("before the counts by environment (step 6)") << 5;
}

void TestCounts::shouldCountExistingAlertsWhenUpgrading()
{
    if (TestStore::usesPostgres())
        QSKIP("SQLite's schema upgrade; the PostgreSQL schema counts without running counts");
    QFETCH(int, version);
    // Given: a store at an older schema version with alerts in it
    EngineFixture f;
    f.engine.reset();
    f.store.reset();
    for (const QString &suffix : {QString(), qs("-wal"), qs("-shm")})
        QFile::remove(f.databasePath() + suffix);
    {
        SqliteConnection db(f.databasePath());
        SqliteSchema::migrate(db, version);
        for (const char *resource : {"web01", "web02", "db01"}) {
            db.execute(qs("INSERT INTO alerts (id, resource, event, environment, severity, status, create_time, "
                          "receive_time, last_receive_id, last_receive_time, update_time) VALUES ('%1', '%2', "
                          "'HttpError', '%3', 'major', 'open', %4, %4, '%1', %4, %4)")
                           .arg(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                QString::fromLatin1(resource),
                                resource[0] == 'd' ? qs("Development") : qs("Production"))
                           .arg(f.clock->now()));
        }
    }
    // When: it is opened by this version (migrating to the last step)
    f.reopen();
    // Then: the running counts start from the existing alerts
    for (const Params &filter : totalsFilters) {
        const auto [totals, counted] = bothCounts(*f.engine, filter);
        QCOMPARE(totals, counted);
    }
    QVERIFY(bothCounts(*f.engine).first.startsWith(u"3 "));
    QVERIFY(bothCounts(*f.engine, totalsFilters.at(2)).first.startsWith(u"1 "));
}

QTEST_GUILESS_MAIN(TestCounts)
#include "testcounts.moc"
