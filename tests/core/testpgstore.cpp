// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QFuture>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <atomic>
#include <latch>
#include <limits>
#include <stdexcept>
#include <thread>
#include <tuple>
#include <vector>

#include "core/alertengine.h"
#include "core/alertrowcache.h"
#include "core/pgalertpreload.h"
#include "core/pgalertstore.h"
#include "core/pgconnection.h"
#include "core/pgschema.h"
#include "core/storefactory.h"
#include "tests/support/enginefixture.h"

// What the PostgreSQL store adds to the common suites (which run on it as `*_pg`): upstream's DATABASE_URL,
// SQLite-style placeholders, and what several server instances on one database need — one alert per key and the
// exact duplicate count when instances receive the same alerts at once, migrations that tolerate simultaneous
// starts, and periodic tasks that never run twice at once. Two stores over one schema stand for two instances.

class TestPgStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReadDatabaseUrls_data();
    void shouldReadDatabaseUrls();
    void shouldRefuseUnusableDatabaseUrls_data();
    void shouldRefuseUnusableDatabaseUrls();
    void shouldNumberPlaceholdersOutsideQuotes_data();
    void shouldNumberPlaceholdersOutsideQuotes();
    void shouldMigrateOnceWhenInstancesStartTogether();
    void shouldKeepOneAlertPerKeyAcrossInstances();
    void shouldKeepOneAlertPerCorrelatedPairAcrossInstances();
    void shouldRunATaskOnOneInstanceAtATime();
    void shouldHousekeepEachAlertOnceWhenInstancesRunAtOnce();
    void shouldWriteAgainAfterTheDatabaseDroppedItsConnections();
    void shouldRetryAWriteThatADeadlockEnded();
    void shouldLockABatchsKeysWhateverCharactersTheyHold();
    void shouldReportAFailedStatementAndCarryOn_data();
    void shouldReportAFailedStatementAndCarryOn();
    void shouldSendDeferredStatementsWithTheNextStatement();
    void shouldReportADeferredStatementsFailureThroughTheStatementThatSentIt_data();
    void shouldReportADeferredStatementsFailureThroughTheStatementThatSentIt();
    void shouldDropDeferredStatementsOnRollback();
    void shouldReportALostConnectionWithDeferredStatements();
    void shouldReadAStatementSentAheadOnceTheNextOneHasRun();
    void shouldReportAFailedStatementSentAheadThroughTheOneThatTookItAlong();
    void shouldPreloadABatchsAlertsWithTheirWholeHistoriesLocked();
    void shouldReceiveOneAlertSeveralTimesInOneBatch();
    void shouldRunALoneWriteThatRollsBackOrFailsOnce();
    void shouldNotNameTheDatabaseToClientsWhenItIsUnreachable();
    void shouldBoundTheWaitsLibpqLeavesUnbounded_data();
    void shouldBoundTheWaitsLibpqLeavesUnbounded();
    void shouldQuoteOptionValuesForLibpq_data();
    void shouldQuoteOptionValuesForLibpq();
    void shouldLimitIdleTransactionsUnlessConfigured_data();
    void shouldLimitIdleTransactionsUnlessConfigured();
    void shouldFreeTheAlertsAFrozenInstanceLocked();
    void shouldStopAReadAtItsDeadline();
};

// A macro, not a function: QSKIP must return from the test function itself.
#define REQUIRE_POSTGRES()                                                                                             \
    if (!TestStore::usesPostgres())                                                                                    \
    QSKIP("needs the PostgreSQL test cluster (runs as testpgstore_pg)")

void TestPgStore::shouldReadDatabaseUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QStringList>("libpq");
    QTest::addColumn<QString>("redacted");

    QTest::newRow("upstream example") << "postgres://alerta:s3cret@db.example.com:5433/monitoring"
                                      << "db.example.com" << 5433 << "alerta"
                                      << "s3cret"
                                      << "monitoring" << QStringList()
                                      << "postgres://alerta@db.example.com:5433/monitoring";
    QTest::newRow("postgresql scheme, default port")
        << "postgresql://u@localhost/alerta"
        << "localhost" << 5432 << "u"
        << ""
        << "alerta" << QStringList() << "postgres://u@localhost:5432/alerta";
    QTest::newRow("escaped password") << "postgres://u:p%40ss%2Fw@h/d"
                                      << "h" << 5432 << "u"
                                      << "p@ss/w"
                                      << "d" << QStringList() << "postgres://u@h:5432/d";
    QTest::newRow("unix socket and libpq options")
        << "postgres://u@localhost/d?host=/run/postgresql&sslmode=require&connect_timeout=5"
        << "/run/postgresql" << 5432 << "u"
        << ""
        << "d" << QStringList{QStringLiteral("sslmode=require"), QStringLiteral("connect_timeout=5")}
        << "postgres://u@:5432/d?host=/run/postgresql";
}

void TestPgStore::shouldReadDatabaseUrls()
{
    QFETCH(QString, url);
    QString error;
    const std::optional<PgConnectionOptions> options = PgConnectionOptions::fromUrl(url, &error);
    QVERIFY2(options, qPrintable(error));
    QTEST(options->host, "host");
    QTEST(options->port, "port");
    QTEST(options->user, "user");
    QTEST(options->password, "password");
    QTEST(options->database, "database");
    QTEST(options->libpqOptions, "libpq");
    QTEST(options->redacted(), "redacted");
    QVERIFY(!options->redacted().contains(QStringLiteral("s3cret")));
}

void TestPgStore::shouldRefuseUnusableDatabaseUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message");
    QTest::newRow("upstream's MongoDB default") << "mongodb://localhost:27017/monitoring"
                                                << "not a postgres:// URL";
    QTest::newRow("no database") << "postgres://u@localhost:5432"
                                 << "DATABASE_URL names no database";
    QTest::newRow("bad port") << "postgres://u@localhost:port/d"
                              << "invalid DATABASE_URL";
    QTest::newRow("a ';' that Qt's driver would turn into a space")
        << "postgres://u@localhost/d?options=-c%20a%3D1%3Bb"
        << "DATABASE_URL option options: a value cannot hold ';'";
}

void TestPgStore::shouldRefuseUnusableDatabaseUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!PgConnectionOptions::fromUrl(url, &error));
    QVERIFY2(error.startsWith(message), qPrintable(error));
}

void TestPgStore::shouldNumberPlaceholdersOutsideQuotes_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");
    QTest::newRow("positional") << "a = ? AND b = ?"
                                << "a = $1 AND b = $2";
    QTest::newRow("numbered, repeated") << "x <> ?1 AND COALESCE(t, ?2) < ?3 + ?2"
                                        << "x <> $1 AND COALESCE(t, $2) < $3 + $2";
    QTest::newRow("quoted") << "a = '?' AND \"b?\" = ? AND c = 'it''s ?'"
                            << "a = '?' AND \"b?\" = $1 AND c = 'it''s ?'";
}

void TestPgStore::shouldNumberPlaceholdersOutsideQuotes()
{
    QFETCH(QString, sql);
    QTEST(PgConnection::numberedPlaceholders(sql), "expected");
}

void TestPgStore::shouldMigrateOnceWhenInstancesStartTogether()
{
    REQUIRE_POSTGRES();
    // Given: an empty schema; When: four instances open it at the same moment
    QTemporaryDir dir;
    const QString url = TestStore::freshLocation(dir);
    std::atomic<int> opened = 0;
    QStringList failures;
    std::mutex failuresMutex;
    std::vector<std::thread> starts;
    for (int i = 0; i < 4; ++i) {
        starts.emplace_back([&] {
            try {
                PgAlertStore store(*PgConnectionOptions::fromUrl(url), 1);
                ++opened;
            } catch (const std::exception &e) {
                std::lock_guard lock(failuresMutex);
                failures.append(QString::fromUtf8(e.what()));
            }
        });
    }
    for (std::thread &t : starts)
        t.join();
    // Then: every one opened it, and the schema was created once
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QCOMPARE(opened.load(), 4);
    PgConnection db(*PgConnectionOptions::fromUrl(url));
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM alerta_schema")).toLongLong(), 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM alerta_schema")).toLongLong(), PgSchema::currentVersion());
}

namespace {

constexpr int ReceivingThreads = 8;

// Receives alertFor(0 .. ReceivingThreads * perThread - 1) from ReceivingThreads threads, half through f's engine and
// half through a second instance on f's database (its own store: its own connections and writers), with several
// receives in flight per thread; returns how many failed.
int receiveOnTwoInstances(EngineFixture &f, int perThread, const std::function<Alert(int)> &alertFor)
{
    auto otherStore = StoreFactory::open(f.databasePath());
    AlertEngine otherEngine(otherStore, EngineFixture::defaultConfig(), f.clock);
    AlertEngine *engines[] = {f.engine.get(), &otherEngine};
    std::atomic<int> failures = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < ReceivingThreads; ++t) {
        threads.emplace_back([&, t] {
            AlertEngine &engine = *engines[t % 2];
            QList<QFuture<Result<ReceiveResult>>> inFlight;
            for (int i = 0; i < perThread; ++i) {
                inFlight.append(engine.receiveAsync(alertFor(t * perThread + i)));
                if (inFlight.size() >= 4 && !inFlight.takeFirst().result().ok())
                    ++failures;
            }
            for (auto &future : inFlight) {
                if (!future.result().ok())
                    ++failures;
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    return failures.load();
}

// How many sessions wait for a lock that the session with backend `pid` holds, as `observer` sees it.
qint64 sessionsBlockedBy(PgConnection &observer, qint64 pid)
{
    return observer
        .scalar(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE ? = ANY(pg_blocking_pids(pid))"), {pid})
        .toLongLong();
}

/// Another session in a transaction that holds a lock (taken by `lockStatement`), and one more that watches who
/// waits for it.
struct LockHolder
{
    LockHolder(const QString &databaseUrl, const QString &lockStatement, const QVariantList &binds = {})
        : session(*PgConnectionOptions::fromUrl(databaseUrl))
        , observer(*PgConnectionOptions::fromUrl(databaseUrl))
    {
        session.execute(QStringLiteral("BEGIN"));
        session.scalar(lockStatement, binds);
        pid = session.scalar(QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
    }
    /// How many sessions wait for the lock.
    qint64 waiting() { return sessionsBlockedBy(observer, pid); }

    PgConnection session;
    PgConnection observer;
    qint64 pid = 0;
};

QList<Alert> everyAlert(AlertStore &store)
{
    QList<Alert> alerts;
    store.read([&](AlertReader &reader) {
        AlertSelection all;
        all.limit = -1;
        all.withHistory = true;
        alerts = reader.select(all);
    });
    return alerts;
}

} // namespace

void TestPgStore::shouldKeepOneAlertPerKeyAcrossInstances()
{
    REQUIRE_POSTGRES();
    EngineFixture f;

    // When: 8 threads, half on each of two instances on one database, receive the same 10 alerts (5 resources x 2
    // events) 100 times each (same severity: every receive after the first is a duplicate)
    constexpr int PerThread = 100;
    const int failures = receiveOnTwoInstances(f, PerThread, [&](int n) {
        return f.makeAlert(QStringLiteral("web%1").arg(n % 5),
                           n % 2 ? QStringLiteral("HttpError") : QStringLiteral("DiskFull"),
                           QStringLiteral("major"));
    });

    // Then: every receive succeeded; one alert per key, whose duplicates add up to every receive but its first
    QCOMPARE(failures, 0);
    QCOMPARE(f.alertCount(), 10);
    qint64 duplicates = 0;
    for (const Alert &a : everyAlert(*f.store))
        duplicates += a.duplicateCount;
    QCOMPARE(duplicates, ReceivingThreads * PerThread - 10);
}

void TestPgStore::shouldKeepOneAlertPerCorrelatedPairAcrossInstances()
{
    REQUIRE_POSTGRES();
    EngineFixture f;

    // When: 8 threads, half on each of two instances on one database, receive the two events of a correlated pair
    // (NodeDown / NodeUp, each listing both in `correlate`) for 5 resources, alternating, each receive with a value of
    // its own: the first creates the resource's alert, and each later one is a duplicate of it or correlates it from
    // the other event, mostly by looking the key up, finding nothing and taking the key lock
    constexpr int PerThread = 50;
    const QStringList pair{QStringLiteral("NodeDown"), QStringLiteral("NodeUp")};
    const int failures = receiveOnTwoInstances(f, PerThread, [&](int n) {
        Alert a = f.makeAlert(QStringLiteral("node%1").arg(n % 5), pair.at((n / 5) % 2), QStringLiteral("major"));
        a.correlate = pair;
        a.value = QString::number(n);
        return a;
    });

    // Then: one alert per resource, and every receive left exactly one history entry on it (new, severity or value;
    // 80 per alert, under the cap): none went to a second alert of the pair, none was lost
    QCOMPARE(failures, 0);
    const QList<Alert> alerts = everyAlert(*f.store);
    QCOMPARE(alerts.size(), 5);
    qsizetype entries = 0;
    for (const Alert &a : alerts)
        entries += a.history.size();
    QCOMPARE(entries, ReceivingThreads * PerThread);
}

namespace {

/// Six housekeeping runs at once, three on each of two instances (as the API's, which take no task lock); their
/// results. `whileStarting` runs once they have started.
std::vector<Result<HousekeepingResult>> housekeepOnTwoInstances(AlertEngine &one,
                                                                AlertEngine &other,
                                                                const std::function<void()> &whileStarting = {})
{
    AlertEngine *engines[] = {&one, &other};
    std::vector<Result<HousekeepingResult>> runs(6, ApiError::internal(QStringLiteral("not run")));
    std::vector<std::thread> threads;
    for (int t = 0; t < 6; ++t)
        threads.emplace_back([&, t] { runs[t] = engines[t % 2]->housekeeping(); });
    if (whileStarting)
        whileStarting();
    for (std::thread &t : threads)
        t.join();
    return runs;
}

} // namespace

void TestPgStore::shouldHousekeepEachAlertOnceWhenInstancesRunAtOnce()
{
    REQUIRE_POSTGRES();
    // Given: 40 alerts past their timeout on a database shared by two instances
    EngineConfig config = EngineFixture::defaultConfig();
    config.deleteExpiredAfter = 7200;
    EngineFixture f(config);
    constexpr int Each = 40;
    for (int i = 0; i < Each; ++i) {
        Alert expiring =
            f.makeAlert(QStringLiteral("web%1").arg(i), QStringLiteral("HttpError"), QStringLiteral("major"));
        expiring.timeout = 600;
        QVERIFY(f.engine->receive(expiring).ok());
    }
    f.clock->advanceSeconds(601);
    auto otherStore = StoreFactory::open(f.databasePath());
    AlertEngine other(otherStore, config, f.clock);
    // And: another session holding the first one's row, so that every run has scanned before any commits
    LockHolder holder(f.databasePath(), QStringLiteral("SELECT rid FROM alerts WHERE resource = 'web0' FOR UPDATE"));

    // When: six runs start at once, and the row is let go once some wait for it
    const std::vector<Result<HousekeepingResult>> expiring = housekeepOnTwoInstances(*f.engine, other, [&] {
        QTRY_VERIFY_WITH_TIMEOUT(holder.waiting() >= 1, 10000);
        QTest::qWait(300);
        holder.session.execute(QStringLiteral("COMMIT"));
    });

    // Then: together they expired every alert once, and say so
    qsizetype expired = 0;
    for (const Result<HousekeepingResult> &run : expiring) {
        QVERIFY2(run.ok(), qPrintable(run.ok() ? QString() : run.error().message));
        expired += run->expired.size();
    }
    QCOMPARE(expired, Each);
    for (const Alert &alert : everyAlert(*f.store)) {
        QCOMPARE(alert.status, AlertStatus::Expired);
        const qsizetype entries = std::count_if(alert.history.cbegin(),
                                                alert.history.cend(),
                                                [](const HistoryEntry &h) { return h.status == AlertStatus::Expired; });
        QCOMPARE(entries, 1);
    }

    // When: they are past DELETE_EXPIRED_AFTER, and six runs start at once again
    f.clock->advanceSeconds(7200);
    const std::vector<Result<HousekeepingResult>> deleting = housekeepOnTwoInstances(*f.engine, other);

    // Then: together they deleted every alert once, and say so
    qsizetype deleted = 0;
    for (const Result<HousekeepingResult> &run : deleting) {
        QVERIFY(run.ok());
        deleted += run->deleted.size();
    }
    QCOMPARE(deleted, Each);
    QCOMPARE(f.alertCount(), 0);
}

void TestPgStore::shouldRunATaskOnOneInstanceAtATime()
{
    REQUIRE_POSTGRES();
    EngineFixture f;
    auto other = StoreFactory::open(f.databasePath());

    // When: one instance runs housekeeping and, meanwhile, the other tries to
    bool otherRan = false;
    bool otherStarted = true;
    const bool ran = f.store->runExclusive(QStringLiteral("housekeeping"), [&] {
        otherStarted = other->runExclusive(QStringLiteral("housekeeping"), [&] { otherRan = true; });
    });
    // Then: the other skips it; a different task is not held up
    QVERIFY(ran);
    QVERIFY(!otherStarted);
    QVERIFY(!otherRan);
    bool differentTaskRan = false;
    QVERIFY(f.store->runExclusive(QStringLiteral("housekeeping"), [&] {
        other->runExclusive(QStringLiteral("heartbeat-alerts"), [&] { differentTaskRan = true; });
    }));
    QVERIFY(differentTaskRan);

    // And: once the first is done, the other may run it
    QVERIFY(other->runExclusive(QStringLiteral("housekeeping"), [&] { otherRan = true; }));
    QVERIFY(otherRan);

    // And: the engine's own runs go through it (exclusively() gives the skipped result while another holds it)
    f.clock->advanceSeconds(1);
    const Result<HousekeepingResult> skipped = f.store->exclusively<Result<HousekeepingResult>>(
        QStringLiteral("housekeeping"),
        [&] {
            return other->exclusively<Result<HousekeepingResult>>(
                QStringLiteral("housekeeping"),
                [&] { return f.engine->housekeeping(); },
                ApiError::internal(QStringLiteral("skipped")));
        },
        HousekeepingResult{});
    QVERIFY(!skipped.ok());
    QCOMPARE(skipped.error().message, QStringLiteral("skipped"));
}

void TestPgStore::shouldWriteAgainAfterTheDatabaseDroppedItsConnections()
{
    REQUIRE_POSTGRES();
    // Given: a store whose sessions carry a name of their own, with an alert written and read through it
    EngineFixture f;
    const QString name = QStringLiteral("alerta-test-%1").arg(QCoreApplication::applicationPid());
    auto store = StoreFactory::open(f.databasePath() + u"&application_name=" + name);
    AlertEngine engine(store, EngineFixture::defaultConfig(), f.clock);
    QVERIFY(engine.receive(f.makeAlert(QStringLiteral("web01"), QStringLiteral("HttpError"), QStringLiteral("major")))
                .ok());
    QVERIFY(engine.query({}).ok());
    // And: four readers in its pool (four reads at once)
    std::latch together(4);
    std::vector<std::thread> readers;
    for (int r = 0; r < 4; ++r)
        readers.emplace_back([&] { store->read([&](AlertReader &) { together.arrive_and_wait(); }); });
    for (std::thread &t : readers)
        t.join();

    // When: the database ends every one of its connections (a restart, a failover, an administrator)
    PgConnection admin(*PgConnectionOptions::fromUrl(TestStore::postgresUrl()));
    const qint64 ended = admin
                             .scalar(QStringLiteral("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                                    "WHERE application_name LIKE ?"),
                                     {QString(name + u'%')})
                             .toLongLong();
    QVERIFY2(ended >= 2, qPrintable(QString::number(ended))); // at least a writer and a reader

    // Then: the next receive is accepted (its writer reconnects and runs it again) and stored as a duplicate
    const Result<ReceiveResult> again =
        engine.receive(f.makeAlert(QStringLiteral("web01"), QStringLiteral("HttpError"), QStringLiteral("major")));
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
    QCOMPARE(again->alert.duplicateCount, 1);
    // And: reads recover at once: pooled readers that died are dropped before they serve a request, which another
    // connection serves (after a restart, four of every instance's first requests failed with 500)
    for (int attempt = 0; attempt < 4; ++attempt) {
        try {
            QVERIFY(engine.query({}).ok());
        } catch (const PgError &e) {
            QFAIL(e.what());
        }
    }
}

void TestPgStore::shouldRetryAWriteThatADeadlockEnded()
{
    REQUIRE_POSTGRES();
    // Given: an alert, and another session that holds its row lock
    EngineFixture f;
    const Alert alert = f.makeAlert(QStringLiteral("web01"), QStringLiteral("HttpError"), QStringLiteral("major"));
    QVERIFY(f.engine->receive(alert).ok());
    LockHolder holder(f.databasePath(), QStringLiteral("SELECT rid FROM alerts WHERE resource = 'web01' FOR UPDATE"));
    PgConnection &other = holder.session;

    // When: a duplicate arrives, whose writer takes the alert's key lock and then waits for the row (the one session
    // that the other blocks, whatever other tests run on the cluster meanwhile); and the other session then asks for
    // that key lock: a deadlock, which PostgreSQL ends after a second by failing one of the two
    QFuture<Result<ReceiveResult>> duplicate = f.engine->receiveAsync(alert);
    QTRY_COMPARE_WITH_TIMEOUT(holder.waiting(), 1LL, 10000);
    bool otherFailed = false;
    try {
        other.scalar(PgAlertStore::keyLockStatement(),
                     {AlertStore::alertLockKey(alert.environment, alert.resource, alert.customer)});
        other.execute(QStringLiteral("COMMIT"));
    } catch (const PgError &e) {
        QCOMPARE(e.sqlState(), QStringLiteral("40P01"));
        otherFailed = true;
        other.execute(QStringLiteral("ROLLBACK"));
    }

    // Then: the duplicate is received all the same — written again when it was the one that failed — and counted
    // once
    const Result<ReceiveResult> received = duplicate.result();
    QVERIFY2(received.ok(), qPrintable(received.ok() ? QString() : received.error().message));
    QCOMPARE(received->alert.duplicateCount, 1);
    qInfo() << (otherFailed ? "the other session" : "the store's writer") << "was the deadlock's victim";
}

void TestPgStore::shouldLockABatchsKeysWhateverCharactersTheyHold()
{
    REQUIRE_POSTGRES();
    // Given: a store with one writer, and another session that holds the key lock of a resource whose name holds
    // control characters (the record separator split the batch's key list once) and quotes (the batch's look-up
    // sends its keys as JSON too)
    EngineFixture f;
    const PgConnectionOptions options = *PgConnectionOptions::fromUrl(f.databasePath());
    PgAlertStore store(options, 1);
    const AlertKey subject{QStringLiteral("Production"),
                           QStringLiteral("web\x1e"
                                          "01,\"x\"\u00e9"),
                           QStringLiteral("Http\"Error\\"),
                           QString()};
    const QString key = subject.lockKey();
    LockHolder other(f.databasePath(), PgAlertStore::keyLockStatement(), {key});

    // When: two writes on that key wait together behind a write that holds the writer, so they run as one batch
    QSemaphore holdWriter;
    QSemaphore committed;
    store.submitWrite(
        [&](AlertTransaction &) {
            holdWriter.acquire();
            return true;
        },
        [](const WriteFailure &) {},
        std::nullopt);
    std::atomic<int> ran = 0;
    std::atomic<int> failed = 0;
    for (int i = 0; i < 2; ++i) {
        store.submitWrite(
            [&](AlertTransaction &) {
                ++ran;
                return true;
            },
            [&](const WriteFailure &failure) {
                if (failure)
                    ++failed;
                committed.release();
            },
            subject);
    }
    holdWriter.release();

    // Then: the batch waits for the other session's key lock before it runs either write, and runs both once the
    // lock is free
    QTRY_COMPARE_WITH_TIMEOUT(other.waiting(), 1LL, 10000);
    QCOMPARE(ran.load(), 0);
    other.session.execute(QStringLiteral("COMMIT"));
    QVERIFY(committed.tryAcquire(2, 10000));
    QCOMPARE(ran.load(), 2);
    QCOMPARE(failed.load(), 0);
}

void TestPgStore::shouldReportAFailedStatementAndCarryOn_data()
{
    QTest::addColumn<bool>("transient");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("sqlState");

    QTest::newRow("prepared, division by zero") << false << "SELECT 1 / ?"
                                                << "22012";
    QTest::newRow("transient, division by zero") << true << "SELECT 1 / ?"
                                                 << "22012";
    QTest::newRow("prepared, unique key violated") << false << "INSERT INTO failing VALUES (?), (0)"
                                                   << "23505";
    QTest::newRow("transient, unique key violated") << true << "INSERT INTO failing VALUES (?), (0)"
                                                    << "23505";
}

void TestPgStore::shouldReportAFailedStatementAndCarryOn()
{
    REQUIRE_POSTGRES();
    QFETCH(bool, transient);
    QFETCH(QString, sql);
    QFETCH(QString, sqlState);
    // Given: a connection as the stores open them, and a table with a unique key
    PgConnection db(*PgConnectionOptions::fromUrl(TestStore::postgresUrl()));
    db.execute(QStringLiteral("CREATE TEMPORARY TABLE failing (k BIGINT PRIMARY KEY)"));

    // When: a statement fails as it runs (the statement and the failed result then go: a result freed twice, once
    // when the failure is reported and again with the statement, aborted the process)
    QString reported;
    try {
        PgStatement s = transient ? db.prepareTransient(sql) : db.prepare(sql);
        s.bind(1, qint64(0));
        s.exec();
    } catch (const PgError &e) {
        reported = e.sqlState();
    }

    // Then: the failure is reported with its SQLSTATE, and the connection runs the next statement (the same one
    // again too)
    QCOMPARE(reported, sqlState);
    QCOMPARE(db.scalar(QStringLiteral("SELECT 1 + ?"), {41}).toLongLong(), 42LL);
    PgStatement again = transient ? db.prepareTransient(sql) : db.prepare(sql);
    again.bind(1, qint64(0));
    QVERIFY_THROWS_EXCEPTION(PgError, again.exec());
}

namespace {

// A table that a second connection sees as the first writes it (no temporary table: those are the session's own).
QString deferredTable(PgConnection &db)
{
    const QString table = QStringLiteral("deferred_%1").arg(QCoreApplication::applicationPid());
    db.execute(QStringLiteral("DROP TABLE IF EXISTS %1; CREATE TABLE %1 (k BIGINT PRIMARY KEY)").arg(table));
    return table;
}

// Defers an INSERT of each key into `table`.
void deferInserts(PgConnection &db, const QString &table, std::initializer_list<qint64> keys)
{
    for (qint64 k : keys) {
        PgStatement insert = db.prepare(QStringLiteral("INSERT INTO %1 VALUES (?)").arg(table));
        insert.bind(1, k);
        insert.execDeferred();
    }
}

qint64 rowsOf(PgConnection &db, const QString &table)
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toLongLong();
}

} // namespace

void TestPgStore::shouldSendDeferredStatementsWithTheNextStatement()
{
    REQUIRE_POSTGRES();
    // Given: a connection and another that watches what reaches the server
    const auto options = *PgConnectionOptions::fromUrl(TestStore::postgresUrl());
    PgConnection db(options);
    PgConnection watcher(options);
    const QString table = deferredTable(db);

    // When: two writes are deferred (outside a transaction: each commits as it runs)
    deferInserts(db, table, {1, 2});

    // Then: nothing has reached the server yet; the next statement takes them along, in order, ahead of itself
    QCOMPARE(rowsOf(watcher, table), 0LL);
    QCOMPARE(db.scalar(QStringLiteral("SELECT string_agg(k::text, ',' ORDER BY k) FROM %1").arg(table)).toString(),
             QStringLiteral("1,2"));
    QCOMPARE(rowsOf(watcher, table), 2LL);

    // And: a deferred BEGIN opens the transaction that the deferred writes and COMMIT close
    db.executeDeferred(QStringLiteral("BEGIN"));
    deferInserts(db, table, {3});
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toLongLong(), 3LL);
    QCOMPARE(rowsOf(watcher, table), 2LL); // not committed yet
    db.execute(QStringLiteral("COMMIT"));
    QCOMPARE(rowsOf(watcher, table), 3LL);
    db.execute(QStringLiteral("DROP TABLE ") + table);
}

void TestPgStore::shouldReportADeferredStatementsFailureThroughTheStatementThatSentIt_data()
{
    QTest::addColumn<QString>("sender");
    QTest::newRow("a query") << "query";
    QTest::newRow("a write") << "write";
    QTest::newRow("COMMIT") << "commit";
}

void TestPgStore::shouldReportADeferredStatementsFailureThroughTheStatementThatSentIt()
{
    REQUIRE_POSTGRES();
    QFETCH(QString, sender);
    // Given: a transaction whose deferred writes hold one that breaks the table's unique key, between good ones
    const auto options = *PgConnectionOptions::fromUrl(TestStore::postgresUrl());
    PgConnection db(options);
    PgConnection watcher(options);
    const QString table = deferredTable(db);
    db.executeDeferred(QStringLiteral("BEGIN"));
    deferInserts(db, table, {1, 1, 2});

    // When: the next statement sends them
    QString reported;
    try {
        if (sender == QLatin1String("query")) {
            db.scalar(QStringLiteral("SELECT 1"));
        } else if (sender == QLatin1String("write")) {
            PgStatement insert = db.prepare(QStringLiteral("INSERT INTO %1 VALUES (?)").arg(table));
            insert.bind(1, qint64(3));
            insert.exec();
        } else {
            db.execute(QStringLiteral("COMMIT"));
        }
    } catch (const PgError &e) {
        reported = e.sqlState();
    }

    // Then: it reports the failure with its SQLSTATE; nothing of the transaction is kept; the connection carries on
    QCOMPARE(reported, QStringLiteral("23505"));
    db.rollback();
    QCOMPARE(rowsOf(watcher, table), 0LL);
    QCOMPARE(db.scalar(QStringLiteral("SELECT 1 + ?"), {41}).toLongLong(), 42LL);
    db.execute(QStringLiteral("DROP TABLE ") + table);
}

void TestPgStore::shouldDropDeferredStatementsOnRollback()
{
    REQUIRE_POSTGRES();
    // Given: a transaction with a write that was run and one still deferred
    const auto options = *PgConnectionOptions::fromUrl(TestStore::postgresUrl());
    PgConnection db(options);
    const QString table = deferredTable(db);
    db.executeDeferred(QStringLiteral("BEGIN"));
    db.scalar(QStringLiteral("INSERT INTO %1 VALUES (1) RETURNING k").arg(table));
    deferInserts(db, table, {2});

    // When: the transaction is rolled back
    db.rollback();

    // Then: neither write is kept, and the deferred one is not sent later either
    QCOMPARE(rowsOf(db, table), 0LL);
    QCOMPARE(rowsOf(db, table), 0LL);
    db.execute(QStringLiteral("DROP TABLE ") + table);
}

void TestPgStore::shouldReportALostConnectionWithDeferredStatements()
{
    REQUIRE_POSTGRES();
    // Given: a connection with a deferred write, whose session the server then ends (a restart, a failover)
    const auto options = *PgConnectionOptions::fromUrl(TestStore::postgresUrl());
    PgConnection admin(options);
    const QString table = deferredTable(admin);
    PgConnection db(options);
    const qint64 backend = db.scalar(QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
    deferInserts(db, table, {1});
    admin.scalar(QStringLiteral("SELECT pg_terminate_backend(?, 5000)"), {backend}); // waits until it has gone

    // When: the next statement would send it
    std::optional<PgError> reported;
    try {
        db.scalar(QStringLiteral("SELECT 1"));
    } catch (const PgError &e) {
        reported = e;
    }

    // Then: the loss is reported as one (the store then opens a new connection), and nothing was written
    QVERIFY(reported);
    QVERIFY2(reported->isTransient() || reported->isUnavailable(), qPrintable(reported->sqlState()));
    QVERIFY(!db.isOpen());
    QCOMPARE(rowsOf(admin, table), 0LL);
    admin.execute(QStringLiteral("DROP TABLE ") + table);
}

void TestPgStore::shouldReadAStatementSentAheadOnceTheNextOneHasRun()
{
    REQUIRE_POSTGRES();
    // Given: a connection and another that watches what reaches the server
    const auto options = *PgConnectionOptions::fromUrl(TestStore::postgresUrl());
    PgConnection db(options);
    PgConnection watcher(options);
    const QString table = deferredTable(db);

    // When: a write that returns a row is sent ahead
    PgStatement ahead = db.prepare(QStringLiteral("INSERT INTO %1 VALUES (?) RETURNING k * 10").arg(table));
    ahead.bind(1, qint64(4));
    ahead.execAhead();

    // Then: it has not reached the server
    QCOMPARE(rowsOf(watcher, table), 0LL);

    // When: the next statement runs
    // Then: it went first, in the same run, and its rows are read afterwards
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toLongLong(), 1LL);
    QVERIFY(ahead.next());
    QCOMPARE(ahead.integer(0), 40LL);
    QVERIFY(!ahead.next());
    QCOMPARE(rowsOf(watcher, table), 1LL);

    // And: one read before the next statement ran has no rows (an error, not a crash), still runs with the next
    // statement, and leaves nothing behind; nor does one never read
    PgStatement early = db.prepare(QStringLiteral("INSERT INTO %1 VALUES (?) RETURNING k").arg(table));
    early.bind(1, qint64(5));
    early.execAhead();
    QVERIFY_THROWS_EXCEPTION(PgError, early.next());
    {
        PgStatement unread = db.prepare(QStringLiteral("SELECT k FROM %1").arg(table));
        unread.execAhead();
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toLongLong(), 2LL);
    }
    QCOMPARE(db.scalar(QStringLiteral("SELECT 2 + ?"), {40}).toLongLong(), 42LL);
    db.execute(QStringLiteral("DROP TABLE ") + table);
}

void TestPgStore::shouldReportAFailedStatementSentAheadThroughTheOneThatTookItAlong()
{
    REQUIRE_POSTGRES();
    // Given: a transaction with a row, and a statement sent ahead that breaks the table's unique key
    const auto options = *PgConnectionOptions::fromUrl(TestStore::postgresUrl());
    PgConnection db(options);
    PgConnection watcher(options);
    const QString table = deferredTable(db);
    db.executeDeferred(QStringLiteral("BEGIN"));
    deferInserts(db, table, {1});
    PgStatement ahead = db.prepare(QStringLiteral("INSERT INTO %1 VALUES (?) RETURNING k").arg(table));
    ahead.bind(1, qint64(1));
    ahead.execAhead();

    // When: the next statement sends it
    QString reported;
    try {
        db.scalar(QStringLiteral("SELECT 1"));
    } catch (const PgError &e) {
        reported = e.sqlState();
    }

    // Then: that statement reports the failure; the one sent ahead has no rows to read; nothing is kept
    QCOMPARE(reported, QStringLiteral("23505"));
    QVERIFY_THROWS_EXCEPTION(PgError, ahead.next());
    db.rollback();
    QCOMPARE(rowsOf(watcher, table), 0LL);
    QCOMPARE(db.scalar(QStringLiteral("SELECT 1 + ?"), {41}).toLongLong(), 42LL);
    db.execute(QStringLiteral("DROP TABLE ") + table);
}

void TestPgStore::shouldPreloadABatchsAlertsWithTheirWholeHistoriesLocked()
{
    REQUIRE_POSTGRES();
    // Given: a store with an alert whose severity changed three times (four history entries) and another alert
    EngineFixture f;
    auto store = StoreFactory::open(f.databasePath());
    AlertEngine engine(store, EngineFixture::defaultConfig(), f.clock);
    QString id;
    for (const char *severity : {"major", "critical", "minor", "warning"}) {
        const Result<ReceiveResult> received = engine.receive(
            f.makeAlert(QStringLiteral("web01"), QStringLiteral("HttpError"), QString::fromLatin1(severity)));
        QVERIFY(received.ok());
        id = received->alert.id;
    }
    QVERIFY(engine.receive(f.makeAlert(QStringLiteral("web02"), QStringLiteral("HttpError"), QStringLiteral("major")))
                .ok());
    const Alert stored = *engine.alert(id);
    QCOMPARE(stored.history.size(), 4);
    const AlertKey web01{stored.environment, stored.resource, stored.event, stored.customer};
    const AlertKey missing{stored.environment, QStringLiteral("web03"), stored.event, stored.customer};

    // When: a writer's transaction preloads web01 (twice, as two receives of one batch) and a key without an alert
    const auto options = *PgConnectionOptions::fromUrl(f.databasePath());
    PgConnection db(options);
    db.execute(QStringLiteral("BEGIN"));
    AlertRowCache cache(10, std::numeric_limits<qint64>::max(), AlertRowCache::AllHistory);
    PgAlertPreload::load(db, {web01, missing, web01}, cache);

    // Then: the cache holds web01 once, as stored, with its whole history newest first and its newest entry's number
    QCOMPARE(cache.size(), 1);
    const std::optional<StoredAlert> row = cache.find(web01.environment, web01.resource, web01.event, web01.customer);
    QVERIFY(row);
    QCOMPARE(row->alert.id, id);
    QCOMPARE(row->alert.severity, QStringLiteral("warning"));
    QCOMPARE(row->alert.history.size(), stored.history.size());
    for (qsizetype i = 0; i < stored.history.size(); ++i) {
        QCOMPARE(row->alert.history.at(i).severity, stored.history.at(i).severity);
        QCOMPARE(row->alert.history.at(i).updateTime, stored.history.at(i).updateTime);
    }
    QCOMPARE(row->newestSeq,
             db.scalar(QStringLiteral("SELECT MAX(seq) FROM history WHERE alert_rid = ?"), {row->rowId}).toLongLong());

    // And: the row stays locked until the transaction ends
    PgConnection other(options);
    const QString lockRow = QStringLiteral("SELECT rid FROM alerts WHERE rid = ? FOR UPDATE NOWAIT");
    QString reported;
    try {
        other.scalar(lockRow, {row->rowId});
    } catch (const PgError &e) {
        reported = e.sqlState();
    }
    QCOMPARE(reported, QStringLiteral("55P03")); // lock_not_available
    db.rollback();
    QCOMPARE(other.scalar(lockRow, {row->rowId}).toLongLong(), row->rowId);
}

void TestPgStore::shouldReceiveOneAlertSeveralTimesInOneBatch()
{
    REQUIRE_POSTGRES();
    // Given: a store with one writer and an alert received once
    EngineFixture f;
    auto store = std::make_shared<PgAlertStore>(*PgConnectionOptions::fromUrl(f.databasePath()), 1);
    AlertEngine engine(store, EngineFixture::defaultConfig(), f.clock);
    const Alert existing = f.makeAlert(QStringLiteral("web01"), QStringLiteral("HttpError"), QStringLiteral("major"));
    QVERIFY(engine.receive(existing).ok());

    // When: with the writer held, a new alert arrives twice and the existing one three times (twice as a
    // duplicate, then with another severity), and the writer then takes them all as one batch
    QSemaphore started;
    QSemaphore hold;
    store->submitWrite(
        [&](AlertTransaction &) {
            started.release();
            hold.acquire();
            return true;
        },
        [](const WriteFailure &) {},
        std::nullopt);
    QVERIFY(started.tryAcquire(1, 10000));
    const Alert fresh = f.makeAlert(QStringLiteral("web02"), QStringLiteral("HttpError"), QStringLiteral("minor"));
    Alert raised = existing;
    raised.severity = QStringLiteral("critical");
    const QList<Alert> arrivals{fresh, existing, fresh, existing, raised};
    std::vector<Result<ReceiveResult>> results(arrivals.size(), ApiError::internal(QStringLiteral("not answered")));
    QSemaphore answered;
    for (qsizetype i = 0; i < arrivals.size(); ++i) {
        engine.receiveThen(arrivals.at(i), {}, [&results, &answered, i](Result<ReceiveResult> result) {
            results[static_cast<size_t>(i)] = std::move(result);
            answered.release();
        });
    }
    hold.release();
    QVERIFY(answered.tryAcquire(static_cast<int>(arrivals.size()), 10000));

    // Then: each answer is the alert as that receive left it, in order, from one transaction (no write ran again)
    for (const Result<ReceiveResult> &result : results)
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(results[0]->kind, AlertChangeSet::Kind::Created);
    QCOMPARE(results[2]->kind, AlertChangeSet::Kind::Duplicated);
    QCOMPARE(results[2]->alert.duplicateCount, 1);
    QCOMPARE(results[2]->alert.id, results[0]->alert.id);
    QCOMPARE(results[1]->alert.duplicateCount, 1);
    QCOMPARE(results[3]->alert.duplicateCount, 2);
    QCOMPARE(results[4]->kind, AlertChangeSet::Kind::Correlated);
    QCOMPARE(results[4]->alert.severity, QStringLiteral("critical"));
    QCOMPARE(store->batchesRunAlone(), 0);

    // And: what is stored is what the last answers said, histories included
    for (const size_t last : {size_t(2), size_t(4)}) {
        const Alert stored = *engine.alert(results[last]->alert.id);
        QCOMPARE(stored.duplicateCount, results[last]->alert.duplicateCount);
        QCOMPARE(stored.severity, results[last]->alert.severity);
        QCOMPARE(stored.history.size(), results[last]->alert.history.size());
        for (qsizetype h = 0; h < stored.history.size(); ++h)
            QCOMPARE(stored.history.at(h).severity, results[last]->alert.history.at(h).severity);
    }
}

void TestPgStore::shouldRunALoneWriteThatRollsBackOrFailsOnce()
{
    REQUIRE_POSTGRES();
    // Given: a store with one writer, and a table that its writes fill
    EngineFixture f;
    const PgConnectionOptions options = *PgConnectionOptions::fromUrl(f.databasePath());
    PgConnection admin(options);
    const QString table = deferredTable(admin);
    PgAlertStore store(options, 1);
    const auto writeAlone = [&](qint64 key, const std::function<bool()> &then) {
        std::atomic<int> runs = 0;
        std::atomic<int> reports = 0;
        WriteFailure reported;
        QSemaphore done;
        store.submitWrite(
            [&](AlertTransaction &tx) {
                ++runs;
                tx.sql().execute(QStringLiteral("INSERT INTO %1 VALUES (?)").arg(table), {key});
                return then();
            },
            [&](const WriteFailure &failure) {
                ++reports;
                reported = failure;
                done.release();
            },
            std::nullopt);
        if (!done.tryAcquire(1, 10000))
            qFatal("the write was not reported");
        QThread::msleep(50); // a second report would come now
        return std::make_tuple(runs.load(), reports.load(), reported);
    };

    // When: a write rolls back what it wrote; Then: it ran and was reported once, without a failure, and kept nothing
    const auto [rolledBackRuns, rolledBackReports, rolledBackFailure] = writeAlone(1, [] { return false; });
    QCOMPARE(rolledBackRuns, 1);
    QCOMPARE(rolledBackReports, 1);
    QVERIFY(!rolledBackFailure);

    // When: a write fails after writing; Then: once, with the internal error
    const auto [failedRuns, failedReports, failure] =
        writeAlone(2, []() -> bool { throw std::runtime_error("the job broke"); });
    QCOMPARE(failedRuns, 1);
    QCOMPARE(failedReports, 1);
    QVERIFY(failure);
    QCOMPARE(failure->code, 500);

    // When: a write breaks the table's unique key (a lasting failure); Then: once, with the database's error
    admin.execute(QStringLiteral("INSERT INTO %1 VALUES (3)").arg(table));
    const auto [refusedRuns, refusedReports, refused] = writeAlone(3, [] { return true; });
    QCOMPARE(refusedRuns, 1);
    QCOMPARE(refusedReports, 1);
    QVERIFY(refused);

    QCOMPARE(rowsOf(admin, table), 1LL); // only the row written beside the store
    QCOMPARE(store.batchesRunAlone(), 0);
    admin.execute(QStringLiteral("DROP TABLE ") + table);
}

void TestPgStore::shouldNotNameTheDatabaseToClientsWhenItIsUnreachable()
{
    REQUIRE_POSTGRES();
    // Given: a store on a database of its own, with an alert written
    const QString name = QStringLiteral("alerta_unreachable_%1").arg(QCoreApplication::applicationPid());
    const QString url = TestStore::freshDatabase(name);
    EngineFixture f;
    auto store = StoreFactory::open(url);
    {
        AlertEngine engine(store, EngineFixture::defaultConfig(), f.clock);
        const Alert alert = f.makeAlert(QStringLiteral("web01"), QStringLiteral("HttpError"), QStringLiteral("major"));
        QVERIFY(engine.receive(alert).ok());

        // When: the database stops taking connections and ends the store's (an outage)
        TestStore::takeDatabaseAway(name);
        const Result<ReceiveResult> refused = engine.receive(alert);

        // Then: the write fails as unavailable (503, which a load balancer may send elsewhere) with the SQLSTATE
        // of a connection that could not be made, and nothing that names the database, its socket or its user
        // (libpq's message has all three; the log keeps it)
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, 503);
        QCOMPARE(refused.error().message, QStringLiteral("database unavailable (SQLSTATE 08001)"));
        QVERIFY(refused.error().errors.isEmpty());

        // And: once the database takes connections again, the store writes again
        TestStore::restoreDatabase(name);
        const Result<ReceiveResult> again = engine.receive(alert);
        QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error().message));
        QCOMPARE(again->alert.duplicateCount, 1);
    }
    store.reset();
    TestStore::dropDatabase(name);
}

void TestPgStore::shouldBoundTheWaitsLibpqLeavesUnbounded_data()
{
    QTest::addColumn<QString>("parameters");
    QTest::addColumn<QStringList>("expected"); // key=value as libpq then uses them

    QTest::newRow("defaults") << QString()
                              << QStringList{QStringLiteral("connect_timeout=10"),
                                             QStringLiteral("keepalives_idle=30"),
                                             QStringLiteral("keepalives_interval=10"),
                                             QStringLiteral("keepalives_count=3"),
                                             QStringLiteral("tcp_user_timeout=30000")};
    QTest::newRow("the URL's own win") << QStringLiteral("&connect_timeout=3&keepalives_idle=5&tcp_user_timeout=0")
                                       << QStringList{QStringLiteral("connect_timeout=3"),
                                                      QStringLiteral("keepalives_idle=5"),
                                                      QStringLiteral("keepalives_interval=10"),
                                                      QStringLiteral("keepalives_count=3"),
                                                      QStringLiteral("tcp_user_timeout=0")};
}

void TestPgStore::shouldBoundTheWaitsLibpqLeavesUnbounded()
{
    // Given: a URL with or without timeouts of its own
    QFETCH(QString, parameters);
    QFETCH(QStringList, expected);
    const QString url = (TestStore::usesPostgres() ? TestStore::postgresUrl()
                                                   : QStringLiteral("postgres://u@localhost/d?sslmode=prefer"))
        + parameters;
    const PgConnectionOptions options = *PgConnectionOptions::fromUrl(url);

    // Then: each timeout is passed once, the URL's value when it has one
    const QStringList passed = options.connectOptions();
    for (const QString &option : std::as_const(expected)) {
        QVERIFY2(passed.contains(option), qPrintable(passed.join(u' ')));
        const QString key = option.section(u'=', 0, 0) + u'=';
        QCOMPARE(std::count_if(passed.cbegin(), passed.cend(), [&key](const QString &o) { return o.startsWith(key); }),
                 1);
    }

    // And: a connection made with them is one libpq runs with those values
    REQUIRE_POSTGRES();
    PgConnection connection(options);
    for (const QString &option : std::as_const(expected))
        QCOMPARE(connection.setting(option.section(u'=', 0, 0).toUtf8().constData()), option.section(u'=', 1));
}

void TestPgStore::shouldQuoteOptionValuesForLibpq_data()
{
    QTest::addColumn<QString>("parameter"); // as in the URL, encoded
    QTest::addColumn<QString>("passed");    // as libpq's conninfo gets it

    QTest::newRow("plain") << QStringLiteral("sslmode=require") << QStringLiteral("sslmode=require");
    QTest::newRow("spaces") << QStringLiteral("options=-c%20a%3D1%20-c%20b%3D2")
                            << QStringLiteral("options='-c a=1 -c b=2'");
    QTest::newRow("quote and backslash") << QStringLiteral("application_name_x=it%27s%5Cok")
                                         << QStringLiteral("application_name_x='it\\'s\\\\ok'");
    QTest::newRow("empty") << QStringLiteral("sslrootcert=") << QStringLiteral("sslrootcert=''");
    QTest::newRow("a tab") << QStringLiteral("options=-c%09a%3D1") << QStringLiteral("options='-c\ta=1'");
}

void TestPgStore::shouldQuoteOptionValuesForLibpq()
{
    QFETCH(QString, parameter);
    QFETCH(QString, passed);
    const auto options = PgConnectionOptions::fromUrl(u"postgres://u@h/d?" + parameter);
    QVERIFY(options);
    QVERIFY2(options->connectOptions().contains(passed), qPrintable(options->connectOptions().join(u' ')));
}

namespace {
/// `url` with `-c setting` added to the options libpq sends the server at connection (after any search_path).
QString withServerOption(const QString &url, const QString &setting)
{
    QUrl parsed(url);
    QUrlQuery query(parsed);
    const QString options = query.queryItemValue(QStringLiteral("options"), QUrl::FullyDecoded);
    query.removeQueryItem(QStringLiteral("options"));
    query.addQueryItem(QStringLiteral("options"), QString(options + u" -c" + setting).trimmed());
    parsed.setQuery(query);
    return parsed.toString(QUrl::FullyEncoded);
}
} // namespace

void TestPgStore::shouldLimitIdleTransactionsUnlessConfigured_data()
{
    QTest::addColumn<QString>("serverOption");
    QTest::addColumn<QString>("limit");

    QTest::newRow("none configured") << QString() << QStringLiteral("30s");
    QTest::newRow("the URL's") << QStringLiteral("idle_in_transaction_session_timeout=5min") << QStringLiteral("5min");
    QTest::newRow("the URL's 0 (no limit)")
        << QStringLiteral("idle_in_transaction_session_timeout=0") << QStringLiteral("0");
}

void TestPgStore::shouldLimitIdleTransactionsUnlessConfigured()
{
    REQUIRE_POSTGRES();
    QFETCH(QString, serverOption);
    QFETCH(QString, limit);
    const QString url =
        serverOption.isEmpty() ? TestStore::postgresUrl() : withServerOption(TestStore::postgresUrl(), serverOption);
    PgConnection connection(*PgConnectionOptions::fromUrl(url));
    QCOMPARE(connection.scalar(QStringLiteral("SHOW idle_in_transaction_session_timeout")).toString(), limit);
}

void TestPgStore::shouldFreeTheAlertsAFrozenInstanceLocked()
{
    REQUIRE_POSTGRES();
    // Given: a store whose sessions may idle in a transaction for 1 s, and a session of another instance that took
    // an alert's key lock in its transaction and then froze. (The limit is the URL's, so that the test takes a second
    // rather than the default's 30; shouldLimitIdleTransactionsUnlessConfigured checks that the default is set.)
    QTemporaryDir dir;
    const QString url =
        withServerOption(TestStore::freshLocation(dir), QStringLiteral("idle_in_transaction_session_timeout=1s"));
    EngineFixture f;
    auto store = StoreFactory::open(url);
    AlertEngine engine(store, EngineFixture::defaultConfig(), f.clock);
    const Alert alert = f.makeAlert(QStringLiteral("web01"), QStringLiteral("HttpError"), QStringLiteral("major"));
    PgConnection frozen(*PgConnectionOptions::fromUrl(url), QStringLiteral("frozen writer"));
    frozen.execute(QStringLiteral("BEGIN"));
    frozen.scalar(PgAlertStore::keyLockStatement(),
                  {AlertStore::alertLockKey(alert.environment, alert.resource, alert.customer)});

    // When: this store receives that alert
    QFuture<Result<ReceiveResult>> received = engine.receiveAsync(alert);

    // Then: the server ends the frozen session, its lock goes, and the receive is written (without the limit it
    // would wait as long as the other instance stays frozen)
    QVERIFY2(QTest::qWaitFor([&] { return received.isFinished(); }, 30000), "the receive still waits for the lock");
    const Result<ReceiveResult> result = received.result();
    QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->alert.duplicateCount, 0);
    bool frozenEnded = false;
    try {
        frozen.execute(QStringLiteral("COMMIT"));
    } catch (const PgError &) {
        frozenEnded = true;
    }
    QVERIFY(frozenEnded);
}

void TestPgStore::shouldStopAReadAtItsDeadline()
{
    REQUIRE_POSTGRES();
    // Given: a store whose reads may take 200 ms
    EngineFixture f;
    f.store->setQueryTimeout(std::chrono::milliseconds(200));

    // When: a read runs a statement that takes 5 s
    std::optional<ApiError> stopped;
    try {
        f.store->read([](AlertReader &reader) { reader.sql().scalar(QStringLiteral("SELECT pg_sleep(5)")); });
    } catch (const PgError &e) {
        stopped = e.apiError();
    }

    // Then: PostgreSQL cancels it, and the client is told so with a 503
    QVERIFY2(stopped, "the slow read was not stopped");
    QCOMPARE(stopped->code, 503);
    QCOMPARE(stopped->message, ApiError::queryTimedOut().message);
    // And: the store reads and writes on
    QVERIFY(
        f.engine->receive(f.makeAlert(QStringLiteral("web01"), QStringLiteral("Down"), QStringLiteral("major"))).ok());
    QCOMPARE(f.alertCount(), 1);
    // And: without a limit, reads take as long as they take
    f.store->setQueryTimeout(std::chrono::milliseconds(0));
    f.store->read([](AlertReader &reader) { reader.sql().scalar(QStringLiteral("SELECT pg_sleep(0.3)")); });
}

QTEST_MAIN(TestPgStore)
#include "testpgstore.moc"
