// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSemaphore>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <future>
#include <random>
#include <stdexcept>
#include <thread>
#include <vector>

#include "core/alertengine.h"
#include "core/sqlitealertstore.h"
#include "core/sqliteconnection.h"
#include "core/sqliteschema.h"
#include "tests/support/enginefixture.h"

// The embedded SQLite store under the engine: atomic match-and-update with many concurrent writers (spec §3.2 last
// paragraph), group commit, reads that neither wait for writes nor see half of them, durability across close, and
// the schema version. Waits are on semaphores and futures with generous timeouts, never sleeps.

namespace {

// This suite tests the embedded store itself: its fixture's store is always the SQLite one.
SqliteAlertStore *sqlite(const EngineFixture &f)
{
    return static_cast<SqliteAlertStore *>(f.store.get());
}

constexpr int WaitMs = 30000; // only reached when something hangs

template<typename T>
QString errorText(const Result<T> &r)
{
    return r.ok() ? QString() : QString::number(r.error().code) + u' ' + r.error().message;
}

/// An alert as the store keeps it after creation (what ReceiveRules::create makes), for raw store writes.
Alert storedAlert(const EngineFixture &f, const QString &resource)
{
    Alert a = f.makeAlert(resource, QStringLiteral("Raw"), QStringLiteral("minor"));
    a.previousSeverity = QStringLiteral("indeterminate");
    a.trendIndication = QStringLiteral("moreSevere");
    a.receiveTime = a.lastReceiveTime = a.updateTime = f.clock->now();
    a.lastReceiveId = a.id;
    a.history = {HistoryEntry{a.id,
                              a.event,
                              a.severity,
                              a.status,
                              a.value,
                              a.text,
                              QStringLiteral("new"),
                              a.createTime,
                              {},
                              a.timeout}};
    return a;
}

/// Blocks the store's single writer inside a transaction until released, so that later writes queue up. The state
/// is shared with the queued job, which may finish after the gate object is gone.
class WriterGate
{
public:
    explicit WriterGate(AlertStore &store, std::function<void(AlertTransaction &)> insideWork = {})
        : m_state(std::make_shared<State>())
    {
        store.submitWrite(
            [state = m_state, insideWork = std::move(insideWork)](AlertTransaction &tx) {
                if (insideWork)
                    insideWork(tx);
                state->entered.release();
                state->open.acquire();
                return true;
            },
            [state = m_state](const WriteFailure &failure) {
                state->failed = failure.has_value();
                state->done.release();
            });
    }
    ~WriterGate() { open(); }
    WriterGate(const WriterGate &) = delete;
    WriterGate &operator=(const WriterGate &) = delete;

    /// True once the writer is inside the gate's transaction.
    bool waitEntered() { return m_state->entered.tryAcquire(1, WaitMs); }
    void open()
    {
        if (!m_state->opened.exchange(true))
            m_state->open.release();
    }
    /// True once the gate's own transaction has committed.
    bool waitCommitted() { return m_state->done.tryAcquire(1, WaitMs) && !m_state->failed; }

private:
    struct State
    {
        QSemaphore entered;
        QSemaphore open;
        QSemaphore done;
        std::atomic<bool> opened = false;
        bool failed = false;
    };
    std::shared_ptr<State> m_state;
};

qsizetype countIn(AlertReader &reader)
{
    AlertSelection all;
    all.limit = -1;
    return reader.select(all).size();
}

} // namespace

class TestSqliteStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void shouldMatchAndUpdateAtomicallyUnderConcurrency_data();
    void shouldMatchAndUpdateAtomicallyUnderConcurrency();
    void shouldCommitQueuedWritesAsOneBatch();
    void shouldRollBackOnlyTheFailingJobOfABatch();
    void shouldRunABatchOnceWhenJobsFailBeforeWriting();
    void shouldReadWithoutWaitingForTheWriter();
    void shouldForgetCachedRowsWhenAJobRollsBack();
    void shouldSeeWhatAnotherConnectionCommitted();
    void shouldCheckpointTheLogBesideTheWriter();
    void shouldReadOneSnapshotWhileTheWriterCommits();
    void shouldKeepEveryAlertAcrossReopen();
    void shouldFinishQueuedWritesBeforeClosing();
    void shouldStampSchemaVersion();
    void shouldRefuseNewerSchema();
    void shouldRefuseAnotherProgramsDatabaseWithoutChangingIt();
    void shouldUpgradeEveryOlderSchemaKeepingAlerts();
    void shouldRefuseWritesWhileTheDiskIsFullAndCarryOn();
    void shouldStopAReadAtItsDeadlineButNeverAWrite();
    void shouldFailTheWholeBatchWhenAJobEndsItsTransaction();
};

void TestSqliteStore::initTestCase()
{
    // One store per test row: keep the store's "opened" lines out of the output.
    QLoggingCategory::setFilterRules(QStringLiteral("alerta.*.info=false"));
}

void TestSqliteStore::shouldMatchAndUpdateAtomicallyUnderConcurrency_data()
{
    QTest::addColumn<int>("threads");
    QTest::addColumn<int>("keys");
    QTest::addColumn<int>("repeats");
    QTest::addColumn<bool>("newValueEachTime");

    QTest::newRow("8 threads x 50 keys x 20") << 8 << 50 << 20 << false;
    QTest::newRow("8 threads x 10 keys x 25, value entries") << 8 << 10 << 25 << true;
}

void TestSqliteStore::shouldMatchAndUpdateAtomicallyUnderConcurrency()
{
    QFETCH(int, threads);
    QFETCH(int, keys);
    QFETCH(int, repeats);
    QFETCH(bool, newValueEachTime);

    // Given: an empty store (HISTORY_LIMIT 10) and a listener counting committed changes
    EngineConfig config = EngineFixture::defaultConfig();
    config.historyLimit = 10;
    EngineFixture f(config);
    std::atomic<int> createdSignals = 0;
    std::atomic<int> duplicatedSignals = 0;
    QObject context;
    connect(
        f.engine.get(),
        &AlertEngine::alertChanged,
        &context,
        [&](AlertEngine::Change change, const QString &) {
            if (change == AlertEngine::Change::Created)
                ++createdSignals;
            else if (change == AlertEngine::Change::Duplicated)
                ++duplicatedSignals;
        },
        Qt::DirectConnection);

    // When: every thread sends every key `repeats` times, in its own order, a burst of async receives per round
    std::atomic<int> created = 0;
    std::atomic<int> duplicated = 0;
    std::atomic<int> failed = 0;
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            std::mt19937 shuffle(static_cast<unsigned>(t + 1));
            std::vector<int> order(static_cast<size_t>(keys));
            for (int k = 0; k < keys; ++k)
                order[static_cast<size_t>(k)] = k;
            for (int r = 0; r < repeats; ++r) {
                std::shuffle(order.begin(), order.end(), shuffle);
                QList<QFuture<Result<ReceiveResult>>> round;
                for (int k : order) {
                    Alert a =
                        f.makeAlert(QStringLiteral("host%1").arg(k), QStringLiteral("Load"), QStringLiteral("major"));
                    if (newValueEachTime)
                        a.value = QStringLiteral("t%1r%2").arg(t).arg(r);
                    round.append(f.engine->receiveAsync(a));
                }
                for (QFuture<Result<ReceiveResult>> &future : round) {
                    const Result<ReceiveResult> result = future.result();
                    if (!result.ok())
                        ++failed;
                    else if (result->kind == AlertChangeSet::Kind::Created)
                        ++created;
                    else if (result->kind == AlertChangeSet::Kind::Duplicated)
                        ++duplicated;
                }
            }
        });
    }
    for (std::thread &worker : workers)
        worker.join();

    // Then: every receive succeeded; each key was created exactly once and duplicated by every other receive
    const int perKey = threads * repeats;
    QCOMPARE(failed.load(), 0);
    QCOMPARE(created.load(), keys);
    QCOMPARE(duplicated.load(), keys * (perKey - 1));
    QCOMPARE(createdSignals.load(), keys);
    QCOMPARE(duplicatedSignals.load(), keys * (perKey - 1));
    QList<Alert> alerts;
    f.store->read([&alerts](AlertReader &reader) {
        AlertSelection all;
        all.limit = -1;
        all.withHistory = true;
        alerts = reader.select(all);
    });
    QCOMPARE(alerts.size(), keys);
    qint64 sum = 0;
    for (const Alert &a : alerts) {
        QCOMPARE(a.duplicateCount, perKey - 1);
        sum += a.duplicateCount;
        QVERIFY(a.repeat);
        // The last update wrote both the alert row and its newest history entry (value entries only).
        if (newValueEachTime) {
            QCOMPARE(a.history.size(), qsizetype(config.historyLimit));
            QCOMPARE(a.history.first().id, a.lastReceiveId);
            QCOMPARE(a.history.first().value, a.value);
        } else {
            QCOMPARE(a.history.size(), 1);
        }
    }
    QCOMPARE(sum, qint64(keys) * (perKey - 1));
    // And: the writer grouped commits, and the file is healthy
    QVERIFY2(sqlite(f)->largestBatch() > 1, qPrintable(QString::number(sqlite(f)->largestBatch())));
    QCOMPARE(sqlite(f)->integrityCheck(), QStringLiteral("ok"));
}

void TestSqliteStore::shouldCommitQueuedWritesAsOneBatch()
{
    // Given: the writer is held inside a transaction
    EngineFixture f;
    WriterGate gate(*f.store);
    QVERIFY(gate.waitEntered());

    // When: 40 receives queue behind it, then the writer is let go
    constexpr int Queued = 40;
    QList<QFuture<Result<ReceiveResult>>> futures;
    for (int i = 0; i < Queued; ++i)
        futures.append(f.engine->receiveAsync(
            f.makeAlert(QStringLiteral("host%1").arg(i), QStringLiteral("Load"), QStringLiteral("major"))));
    QVERIFY(!futures.first().isFinished());
    gate.open();

    // Then: all are stored, and they went into one transaction together
    for (QFuture<Result<ReceiveResult>> &future : futures) {
        const Result<ReceiveResult> r = future.result();
        QVERIFY2(r.ok(), qPrintable(errorText(r)));
    }
    QVERIFY(gate.waitCommitted());
    QCOMPARE(f.alertCount(), Queued);
    QCOMPARE(sqlite(f)->largestBatch(), Queued);
}

void TestSqliteStore::shouldRollBackOnlyTheFailingJobOfABatch()
{
    // Given: the writer is held, and four raw writes queue behind it: keep, roll back, throw, keep
    EngineFixture f;
    WriterGate gate(*f.store);
    QVERIFY(gate.waitEntered());
    const Alert kept1 = storedAlert(f, QStringLiteral("kept1"));
    const Alert rolledBack = storedAlert(f, QStringLiteral("rolledBack"));
    const Alert kept2 = storedAlert(f, QStringLiteral("kept2"));
    const Alert clash = storedAlert(f, QStringLiteral("kept1")); // kept1's key, another id: the insert throws
    QStringList errors(4);
    QSemaphore done;
    const auto submit = [&](int index, const Alert &alert, bool keep) {
        f.store->submitWrite(
            [alert, keep](AlertTransaction &tx) {
                tx.insert(alert);
                return keep;
            },
            [&errors, &done, index](const WriteFailure &failure) {
                errors[index] = failure ? failure->message : QString();
                done.release();
            });
    };
    submit(0, kept1, true);
    submit(1, rolledBack, false);
    submit(2, clash, true);
    submit(3, kept2, true);

    // When: the writer is let go
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("write failed: .*UNIQUE constraint failed")));
    gate.open();
    QVERIFY(done.tryAcquire(4, WaitMs));

    // Then: the batch committed; only the job that failed lost its write, and only it heard of an error
    QCOMPARE(sqlite(f)->largestBatch(), 4);
    QVERIFY2(errors.at(0).isEmpty(), qPrintable(errors.at(0)));
    QVERIFY2(errors.at(1).isEmpty(), qPrintable(errors.at(1)));
    QVERIFY(!errors.at(2).isEmpty());
    QVERIFY2(errors.at(3).isEmpty(), qPrintable(errors.at(3)));
    QCOMPARE(f.alertCount(), 2);
    QVERIFY(f.engine->alert(kept1.id).ok());
    QCOMPARE(f.engine->alert(kept1.id)->resource, QStringLiteral("kept1"));
    QVERIFY(f.engine->alert(kept2.id).ok());
    QVERIFY(!f.engine->alert(rolledBack.id).ok());
    QCOMPARE(sqlite(f)->integrityCheck(), QStringLiteral("ok"));
}

void TestSqliteStore::shouldRunABatchOnceWhenJobsFailBeforeWriting()
{
    // Given: the writer is held, and three raw writes queue behind it: keep, refuse before writing, keep
    EngineFixture f;
    WriterGate gate(*f.store);
    QVERIFY(gate.waitEntered());
    const Alert first = storedAlert(f, QStringLiteral("first"));
    const Alert second = storedAlert(f, QStringLiteral("second"));
    std::atomic<int> runs = 0;
    QStringList errors(3);
    QSemaphore done;
    const auto submit = [&](int index, const std::optional<Alert> &alert) {
        f.store->submitWrite(
            [alert, &runs](AlertTransaction &tx) {
                ++runs;
                if (!alert)
                    return false; // e.g. "not found": nothing written, nothing to undo
                tx.insert(*alert);
                return true;
            },
            [&errors, &done, index](const WriteFailure &failure) {
                errors[index] = failure ? failure->message : QString();
                done.release();
            });
    };
    submit(0, first);
    submit(1, std::nullopt);
    submit(2, second);

    // When: the writer is let go
    gate.open();
    QVERIFY(done.tryAcquire(3, WaitMs));

    // Then: one pass over the batch (no re-run with savepoints), both writes committed, nobody saw an error
    QCOMPARE(sqlite(f)->largestBatch(), 3);
    QCOMPARE(runs.load(), 3);
    QCOMPARE(errors, QStringList(3));
    QCOMPARE(f.alertCount(), 2);
}

void TestSqliteStore::shouldForgetCachedRowsWhenAJobRollsBack()
{
    // Given: an alert received twice (the writer keeps its row), and the writer held
    EngineFixture f;
    const Alert alert = f.makeAlert(QStringLiteral("web01"), QStringLiteral("HighLoad"), QStringLiteral("major"));
    QVERIFY(f.engine->receive(alert).ok());
    QVERIFY(f.engine->receive(alert).ok());
    WriterGate gate(*f.store);
    QVERIFY(gate.waitEntered());

    // When: a job of the next batch changes that row and then gives up, so the batch is rolled back and run again
    QSemaphore done;
    f.store->submitWrite(
        [&alert](AlertTransaction &tx) {
            std::optional<StoredAlert> row = tx.findByKey(alert.environment, alert.resource, alert.event, {});
            if (!row)
                return true;
            Alert after = row->alert;
            after.duplicateCount = 1000;
            after.text = QStringLiteral("never committed");
            tx.update(*row, after);
            return false;
        },
        [&done](const WriteFailure &) { done.release(); });
    QFuture<Result<ReceiveResult>> third = f.engine->receiveAsync(alert);
    gate.open();
    QVERIFY(done.tryAcquire(1, WaitMs));

    // Then: the receives after it count from the committed row, not from the rolled-back one
    const Result<ReceiveResult> thirdResult = third.result();
    QVERIFY2(thirdResult.ok(), qPrintable(errorText(thirdResult)));
    QCOMPARE(thirdResult->alert.duplicateCount, 2);
    const Result<ReceiveResult> fourth = f.engine->receive(alert);
    QVERIFY2(fourth.ok(), qPrintable(errorText(fourth)));
    QCOMPARE(fourth->alert.duplicateCount, 3);
    QCOMPARE(fourth->alert.text, alert.text);
    QCOMPARE(f.engine->alert(alert.id)->duplicateCount, 3);
}

void TestSqliteStore::shouldSeeWhatAnotherConnectionCommitted()
{
    // Given: an alert received twice, so the writer keeps its row
    EngineFixture f;
    const Alert alert = f.makeAlert(QStringLiteral("web01"), QStringLiteral("HighLoad"), QStringLiteral("major"));
    QVERIFY(f.engine->receive(alert).ok());
    QVERIFY(f.engine->receive(alert).ok());

    // When: another connection (an administrator's sqlite3 shell) changes the row
    {
        SqliteConnection other(f.databasePath());
        other.execute(QStringLiteral("UPDATE alerts SET duplicate_count = 41, text = 'edited by hand'"));
    }

    // Then: the next receive starts from the row as it is in the file
    const Result<ReceiveResult> next = f.engine->receive(alert);
    QVERIFY2(next.ok(), qPrintable(errorText(next)));
    QCOMPARE(next->alert.duplicateCount, 42);
    QCOMPARE(f.engine->alert(alert.id)->duplicateCount, 42);
}

void TestSqliteStore::shouldCheckpointTheLogBesideTheWriter()
{
    // Given: a store that checkpoints every 1,000 pages (4 MiB) of log
    EngineFixture f;
    const QString wal = f.databasePath() + u"-wal";
    sqlite(f)->setPagesPerCheckpoint(1000);

    // When: receives write far more than one checkpoint's worth of log
    constexpr int Receives = 6000;
    Alert alert = f.makeAlert(QStringLiteral("web01"), QStringLiteral("HighLoad"), QStringLiteral("major"));
    QList<QFuture<Result<ReceiveResult>>> futures;
    for (int i = 0; i < Receives; ++i) {
        alert.resource = QStringLiteral("host%1").arg(i);
        alert.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        alert.rawData = QString(2000, QChar(u'a' + i % 26));
        futures.append(f.engine->receiveAsync(alert));
        if (futures.size() == 64) {
            for (QFuture<Result<ReceiveResult>> &future : futures)
                QVERIFY(future.result().ok());
            futures.clear();
        }
    }
    for (QFuture<Result<ReceiveResult>> &future : futures)
        QVERIFY(future.result().ok());

    // Then: the checkpointer copied the log into the database while it grew (a new file holds nothing before a
    // checkpoint), and the log was started over rather than kept growing: without that it would hold every page
    // ever written, more than the database itself. The file is sound.
    QTRY_VERIFY_WITH_TIMEOUT(sqlite(f)->checkpoints() >= 1, WaitMs);
    const qint64 database = QFileInfo(f.databasePath()).size();
    const qint64 log = QFileInfo(wal).size();
    QVERIFY2(database > 8 * 1024 * 1024, qPrintable(QString::number(database)));
    QVERIFY2(log < database / 2, qPrintable(QStringLiteral("log %1, database %2").arg(log).arg(database)));
    QCOMPARE(sqlite(f)->integrityCheck(), QStringLiteral("ok"));
    QCOMPARE(f.alertCount(), Receives);
}

void TestSqliteStore::shouldReadWithoutWaitingForTheWriter()
{
    // Given: one committed alert, and the writer held inside a transaction that has inserted another
    EngineFixture f;
    const Alert committed = f.makeAlert(QStringLiteral("web01"), QStringLiteral("NodeDown"), QStringLiteral("major"));
    QVERIFY(f.engine->receive(committed).ok());
    const Alert pending = storedAlert(f, QStringLiteral("pending"));
    WriterGate gate(*f.store, [&pending](AlertTransaction &tx) { tx.insert(pending); });
    QVERIFY(gate.waitEntered());
    // ... with more writes queued behind it
    QFuture<Result<ReceiveResult>> queued = f.engine->receiveAsync(
        f.makeAlert(QStringLiteral("web02"), QStringLiteral("NodeDown"), QStringLiteral("major")));

    // When: another thread reads
    auto reading = std::async(std::launch::async, [&f, &committed] {
        QPair<qsizetype, bool> seen;
        f.store->read([&](AlertReader &reader) {
            seen.first = countIn(reader);
            seen.second = reader.findById(committed.id, {}, -1).has_value();
        });
        return seen;
    });
    const bool finished = reading.wait_for(std::chrono::milliseconds(WaitMs)) == std::future_status::ready;
    const bool queuedDone = queued.isFinished();
    gate.open(); // whatever happened, let the writer go so that the fixture can close

    // Then: the read completed while the writer was busy, and saw only committed data
    QVERIFY2(finished, "a read waited for the writer");
    QVERIFY(!queuedDone);
    const QPair<qsizetype, bool> seen = reading.get();
    QCOMPARE(seen.first, 1);
    QVERIFY(seen.second);

    // And: once the writer is let go, everything is visible
    QVERIFY(queued.result().ok());
    QVERIFY(gate.waitCommitted());
    QCOMPARE(f.alertCount(), 3);
}

void TestSqliteStore::shouldReadOneSnapshotWhileTheWriterCommits()
{
    // Given: three committed alerts
    EngineFixture f;
    for (int i = 0; i < 3; ++i)
        QVERIFY(
            f.engine
                ->receive(f.makeAlert(QStringLiteral("host%1").arg(i), QStringLiteral("Load"), QStringLiteral("major")))
                .ok());

    // When: inside one read, a fourth alert is committed and an existing one is duplicated
    qsizetype countBefore = -1;
    qsizetype countAfter = -1;
    int duplicatesBefore = -1;
    int duplicatesAfter = -1;
    bool committed = false;
    AlertSelection host0;
    host0.where = {QStringLiteral("resource = ?"), {QStringLiteral("host0")}};
    f.store->read([&](AlertReader &reader) {
        countBefore = countIn(reader);
        duplicatesBefore = reader.select(host0).value(0).duplicateCount;
        QSemaphore durable;
        const Alert extra = storedAlert(f, QStringLiteral("extra"));
        f.store->submitWrite(
            [&extra](AlertTransaction &tx) {
                tx.insert(extra);
                std::optional<StoredAlert> row = tx.findByKey(QStringLiteral("Production"),
                                                              QStringLiteral("host0"),
                                                              QStringLiteral("Load"),
                                                              QString());
                if (!row)
                    return false;
                Alert after = row->alert;
                after.history.clear();
                after.duplicateCount += 1;
                tx.update(*row, after);
                return true;
            },
            [&durable](const WriteFailure &) { durable.release(); });
        committed = durable.tryAcquire(1, WaitMs);
        countAfter = countIn(reader);
        duplicatesAfter = reader.select(host0).value(0).duplicateCount;
    });

    // Then: the writer committed while the read was open, and the read kept seeing its own snapshot
    QVERIFY2(committed, "the writer waited for a reader");
    QCOMPARE(countBefore, 3);
    QCOMPARE(duplicatesBefore, 0);
    QCOMPARE(countAfter, 3);
    QCOMPARE(duplicatesAfter, 0);

    // And: the next read sees both changes
    QCOMPARE(f.alertCount(), 4);
    int duplicatesNow = -1;
    f.store->read([&](AlertReader &reader) { duplicatesNow = reader.select(host0).value(0).duplicateCount; });
    QCOMPARE(duplicatesNow, 1);
}

void TestSqliteStore::shouldKeepEveryAlertAcrossReopen()
{
    // Given: alerts that went through every kind of write: create, duplicate, correlate, action, note, tag
    EngineFixture f;
    QStringList ids;
    QList<Alert> submissions;
    for (int i = 0; i < 20; ++i) {
        Alert a = f.makeAlert(QStringLiteral("host%1").arg(i), QStringLiteral("Load"), QStringLiteral("major"));
        a.tags = {QStringLiteral("t%1").arg(i)};
        a.attributes = {{QStringLiteral("n"), i}};
        a.rawData = QStringLiteral(R"({"raw":%1})").arg(i);
        a.customer = i % 2 ? QStringLiteral("C") : QString();
        QVERIFY(f.engine->receive(a).ok());
        ids.append(a.id);
        submissions.append(a);
    }
    for (int i = 0; i < 20; i += 3) {
        f.clock->advanceSeconds(1);
        const QString failed = f.applySteps(submissions.at(i),
                                            {QStringLiteral("recv major value=x"),
                                             QStringLiteral("recv critical"),
                                             QStringLiteral("ack"),
                                             QStringLiteral("note checked")});
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(f.engine->tag(ids.at(i), {QStringLiteral("seen")}).ok());
    }
    QList<Alert> before;
    QList<QList<Note>> notesBefore;
    for (const QString &id : ids) {
        before.append(*f.engine->alert(id));
        notesBefore.append(*f.engine->notes(id));
    }

    // When: the store is closed and opened again on the same file
    f.reopen();

    // Then: every alert and note is there, field for field, and the file is healthy
    QCOMPARE(f.alertCount(), ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const Result<Alert> after = f.engine->alert(ids.at(i));
        QVERIFY2(after.ok(), qPrintable(ids.at(i)));
        QVERIFY2(*after == before.at(i), qPrintable(ids.at(i)));
        QVERIFY(*f.engine->notes(ids.at(i)) == notesBefore.at(i));
    }
    QCOMPARE(sqlite(f)->integrityCheck(), QStringLiteral("ok"));

    // And: the reopened store carries on where the old one stopped
    Alert again = submissions.at(1);
    again.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Result<ReceiveResult> r = f.engine->receive(again);
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QVERIFY(r->kind == AlertChangeSet::Kind::Duplicated);
    QCOMPARE(r->alert.duplicateCount, before.at(1).duplicateCount + 1);
    QCOMPARE(r->alert.history.size(), before.at(1).history.size());
}

void TestSqliteStore::shouldFinishQueuedWritesBeforeClosing()
{
    // Given: the writer is held, with 25 raw inserts queued behind it
    EngineFixture f;
    const std::weak_ptr<AlertStore> watched = f.store;
    WriterGate gate(*f.store);
    QVERIFY(gate.waitEntered());
    QStringList ids;
    for (int i = 0; i < 25; ++i) {
        const Alert a = storedAlert(f, QStringLiteral("queued%1").arg(i));
        ids.append(a.id);
        f.store->submitWrite(
            [a](AlertTransaction &tx) {
                tx.insert(a);
                return true;
            },
            [](const WriteFailure &) {});
    }

    // When: the store is closed while the writer is still held (the gate opens once the close has begun), then
    // reopened
    std::thread opener([&watched, &gate] {
        const QDeadlineTimer deadline(WaitMs);
        while (!watched.expired() && !deadline.hasExpired())
            std::this_thread::yield();
        gate.open();
    });
    f.reopen();
    opener.join();

    // Then: every queued write was committed before the close
    QCOMPARE(f.alertCount(), ids.size());
    for (const QString &id : ids)
        QVERIFY2(f.engine->alert(id).ok(), qPrintable(id));
}

void TestSqliteStore::shouldStampSchemaVersion()
{
    // Given: a store created on a new file, then reopened (migrations must be idempotent)
    EngineFixture f;
    QVERIFY(SqliteSchema::currentVersion() >= 1);
    QVERIFY(f.engine->receive(f.makeAlert(QStringLiteral("web01"), QStringLiteral("NodeDown"), QStringLiteral("major")))
                .ok());
    f.reopen();

    // When: the file's header is read directly
    SqliteConnection db(f.databasePath(), SqliteConnection::Mode::ReadOnly);
    const qint64 version = db.scalar(QStringLiteral("PRAGMA user_version")).toLongLong();
    const QString journal = db.scalar(QStringLiteral("PRAGMA journal_mode")).toString();

    // Then: the schema version is this build's, in WAL mode, data intact
    QCOMPARE(version, qint64(SqliteSchema::currentVersion()));
    QCOMPARE(journal, QStringLiteral("wal"));
    QCOMPARE(f.alertCount(), 1);
    QCOMPARE(sqlite(f)->integrityCheck(), QStringLiteral("ok"));
}

void TestSqliteStore::shouldRefuseNewerSchema()
{
    // Given: a file stamped with a schema version newer than this build's
    EngineFixture f;
    f.engine.reset();
    f.store.reset();
    {
        SqliteConnection db(f.databasePath());
        db.execute(QStringLiteral("PRAGMA user_version = %1").arg(SqliteSchema::currentVersion() + 1));
    }

    // When / Then: opening it fails instead of writing an older layout into it
    QVERIFY_THROWS_EXCEPTION(SqliteError, SqliteAlertStore store(f.databasePath()));
    SqliteConnection db(f.databasePath(), SqliteConnection::Mode::ReadOnly);
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA user_version")).toLongLong(), qint64(SqliteSchema::currentVersion() + 1));
}

void TestSqliteStore::shouldRefuseAnotherProgramsDatabaseWithoutChangingIt()
{
    // Given: another program's database (a table of its own, no schema version), in rollback-journal mode
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("invoices.sqlite"));
    {
        SqliteConnection db(path);
        db.execute(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"));
        db.execute(QStringLiteral("INSERT INTO invoices (total) VALUES (12.5)"));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    // When: the store is asked to open it
    QVERIFY_THROWS_EXCEPTION(SqliteError, SqliteAlertStore store(path));

    // Then: the file is byte for byte as it was (not switched to WAL, no tables added)
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestSqliteStore::shouldUpgradeEveryOlderSchemaKeepingAlerts()
{
    for (int from = 1; from < SqliteSchema::currentVersion(); ++from) {
        // Given: a file left at an older schema version, holding one alert written with that version's columns
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            SqliteConnection db(path);
            SqliteSchema::migrate(db, from);
            db.execute(QStringLiteral(
                "INSERT INTO alerts (id, resource, event, environment, severity, status, create_time, receive_time, "
                "last_receive_id, last_receive_time, update_time) VALUES ('0badc0de-0000-4000-8000-000000000001', "
                "'web01', 'NodeDown', 'Production', 'major', 'open', 0, 0, '0badc0de-0000-4000-8000-000000000001', "
                "0, 0)"));
        }

        // When: this build opens it
        auto store = std::make_shared<SqliteAlertStore>(path);

        // Then: it is at the current version, with the alert kept and the file healthy
        QCOMPARE(store->integrityCheck(), QStringLiteral("ok"));
        {
            SqliteConnection db(path, SqliteConnection::Mode::ReadOnly);
            QCOMPARE(db.scalar(QStringLiteral("PRAGMA user_version")).toLongLong(),
                     qint64(SqliteSchema::currentVersion()));
        }
        AlertEngine engine(store, EngineConfig{}, Clock::system());
        const Result<Alert> kept = engine.alert(QStringLiteral("0badc0de"));
        QVERIFY2(kept.ok(), qPrintable(QStringLiteral("alert lost upgrading from version %1").arg(from)));
        QCOMPARE(kept->resource, QStringLiteral("web01"));
    }
}

namespace {
/// Sets SQLite's max_page_count on the store's writer connection, the one that writes: at `pages` the database
/// cannot grow, and a write that needs a page more fails with SQLITE_FULL, as on a full disk. Empty: the database's
/// size now.
void limitWriterPages(EngineFixture &f, const QString &pages)
{
    QSemaphore done;
    f.store->submitWrite(
        [&pages](AlertTransaction &tx) {
            const QString count =
                pages.isEmpty() ? tx.sql().scalar(QStringLiteral("PRAGMA page_count")).toString() : pages;
            tx.sql().scalar(QStringLiteral("PRAGMA max_page_count = %1").arg(count));
            return true;
        },
        [&done](const WriteFailure &) { done.release(); });
    QVERIFY(done.tryAcquire(1, WaitMs));
}
} // namespace

void TestSqliteStore::shouldRefuseWritesWhileTheDiskIsFullAndCarryOn()
{
    // Given: a store with one alert, whose database may no longer grow (its disk is full)
    EngineFixture f;
    QVERIFY(
        f.engine->receive(f.makeAlert(QStringLiteral("web00"), QStringLiteral("Boot"), QStringLiteral("normal"))).ok());
    limitWriterPages(f, QString());

    // When: new alerts keep arriving, each with a large text, until one is refused
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("write failed: .*full")));
    int accepted = 1;
    std::optional<ApiError> refusal;
    for (int i = 1; i <= 2000 && !refusal; ++i) {
        Alert alert = f.makeAlert(u"web" + QString::number(i), QStringLiteral("DiskFull"), QStringLiteral("major"));
        alert.text = QString(2000, u'x');
        const Result<ReceiveResult> result = f.engine->receive(alert);
        if (result)
            ++accepted;
        else
            refusal = result.error();
    }

    // Then: the refusal is 507 Insufficient Storage with SQLite's words, the refused alert left nothing behind, and
    // the database is sound
    QVERIFY2(refusal, "the database grew past its page limit");
    QCOMPARE(refusal->code, 507);
    QCOMPARE(refusal->message, QStringLiteral("database or disk is full"));
    QCOMPARE(f.alertCount(), accepted);
    QCOMPARE(sqlite(f)->integrityCheck(), QStringLiteral("ok"));

    // And: once there is room again, the same store writes again, without a restart
    limitWriterPages(f, QStringLiteral("1073741823"));
    const Result<ReceiveResult> after = f.engine->receive(
        f.makeAlert(QStringLiteral("web-after"), QStringLiteral("DiskFull"), QStringLiteral("major")));
    QVERIFY2(after.ok(), qPrintable(after ? QString() : after.error().message));
    QCOMPARE(f.alertCount(), accepted + 1);
}

namespace {
/// A statement that counts for ever unless `limit` stops it.
QString countingQuery(qint64 limit = -1)
{
    return QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c%1) SELECT count(*) FROM c")
        .arg(limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString());
}
} // namespace

void TestSqliteStore::shouldStopAReadAtItsDeadlineButNeverAWrite()
{
    // Given: a store whose reads may take 200 ms
    EngineFixture f;
    f.store->setQueryTimeout(std::chrono::milliseconds(200));

    // When: a read runs a statement that would never end
    std::optional<ApiError> stopped;
    try {
        f.store->read([](AlertReader &reader) { reader.sql().scalar(countingQuery()); });
    } catch (const SqliteError &e) {
        stopped = e.apiError();
    }

    // Then: it is stopped, and the client is told so with a 503
    QVERIFY2(stopped, "the endless read was not stopped");
    QCOMPARE(stopped->code, 503);
    QCOMPARE(stopped->message, ApiError::queryTimedOut().message);
    // And: the next reads work, on the same pool
    QVERIFY(
        f.engine->receive(f.makeAlert(QStringLiteral("web01"), QStringLiteral("Down"), QStringLiteral("major"))).ok());
    QCOMPARE(f.alertCount(), 1);

    // When: a write runs a statement for longer than a read may (housekeeping may)
    qint64 limit = 1'000'000;
    qint64 tookMs = 0;
    for (int attempt = 0; attempt < 6 && tookMs <= 400; ++attempt, limit *= 2) {
        QElapsedTimer took;
        took.start();
        QSemaphore done;
        WriteFailure failure;
        qint64 counted = 0;
        f.store->submitWrite(
            [&](AlertTransaction &tx) {
                counted = tx.sql().scalar(countingQuery(limit)).toLongLong();
                return true;
            },
            [&](const WriteFailure &result) {
                failure = result;
                done.release();
            });
        QVERIFY(done.tryAcquire(1, WaitMs));
        tookMs = took.elapsed();
        // Then: it runs to its end
        QVERIFY2(!failure, qPrintable(failure ? failure->message : QString()));
        QCOMPARE(counted, limit);
    }
    QVERIFY2(tookMs > 400, "no write ran longer than the read deadline: the check proved nothing");
}

void TestSqliteStore::shouldFailTheWholeBatchWhenAJobEndsItsTransaction()
{
    // Given: the writer is held, and three raw writes queue behind it: an insert, a job whose failure ends the
    // batch's transaction (as SQLite does itself on a full disk or an I/O error), and another insert
    EngineFixture f;
    WriterGate gate(*f.store);
    QVERIFY(gate.waitEntered());
    const Alert first = storedAlert(f, QStringLiteral("first"));
    const Alert third = storedAlert(f, QStringLiteral("third"));
    QStringList errors(3);
    QSemaphore done;
    const auto report = [&errors, &done](int index) {
        return [&errors, &done, index](const WriteFailure &failure) {
            errors[index] = failure ? failure->message : QString();
            done.release();
        };
    };
    f.store->submitWrite(
        [first](AlertTransaction &tx) {
            tx.insert(first);
            return true;
        },
        report(0));
    f.store->submitWrite(
        [](AlertTransaction &tx) -> bool {
            tx.sql().execute(QStringLiteral("ROLLBACK"));
            throw std::runtime_error("the disk went away");
        },
        report(1));
    f.store->submitWrite(
        [third](AlertTransaction &tx) {
            tx.insert(third);
            return true;
        },
        report(2));

    // When: the writer is let go
    gate.open();
    QVERIFY(done.tryAcquire(3, WaitMs));

    // Then: every job of the batch hears of the failure — the first one's insert went with the transaction, and the
    // third did not run on its own outside it — and nothing of the batch is stored
    for (const QString &error : std::as_const(errors))
        QVERIFY2(error.contains(QStringLiteral("the disk went away")), qPrintable(errors.join(u'|')));
    QCOMPARE(f.alertCount(), 0);
    QCOMPARE(sqlite(f)->integrityCheck(), QStringLiteral("ok"));
    // And: the writer writes on
    QVERIFY(
        f.engine->receive(f.makeAlert(QStringLiteral("web01"), QStringLiteral("Down"), QStringLiteral("major"))).ok());
    QCOMPARE(f.alertCount(), 1);
}

QTEST_GUILESS_MAIN(TestSqliteStore)
#include "testsqlitestore.moc"
