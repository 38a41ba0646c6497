// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QTest>

#include "core/api/workerpool.h"

#include <atomic>
#include <latch>
#include <mutex>
#include <set>
#include <thread>

// The threads that run the API's handlers: every task runs, no more threads than allowed, the last thread to go
// idle is the next to work, idle threads end.

class TestWorkerPool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRunEveryTaskOnNoMoreThreadsThanAllowed();
    void shouldGiveWorkToTheThreadThatWentIdleLast();
    void shouldEndThreadsIdleForTooLong();
    void shouldRunQueuedTasksBeforeItGoes();
};

void TestWorkerPool::shouldRunEveryTaskOnNoMoreThreadsThanAllowed()
{
    // Given: a pool of at most 3 threads
    WorkerPool pool(3);
    std::atomic<int> ran = 0;
    std::atomic<int> running = 0;
    std::atomic<int> mostAtOnce = 0;

    // When: 200 tasks are started at once, each taking a millisecond
    for (int i = 0; i < 200; ++i) {
        pool.start([&] {
            const int now = ++running;
            int most = mostAtOnce.load();
            while (now > most && !mostAtOnce.compare_exchange_weak(most, now)) {
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
            --running;
            ++ran;
        });
    }
    pool.waitForDone();

    // Then: all ran, three at a time at most, and none is running any more
    QCOMPARE(ran.load(), 200);
    QVERIFY(mostAtOnce.load() <= 3);
    QVERIFY(mostAtOnce.load() >= 2);
    QCOMPARE(pool.activeThreadCount(), 0);
    QCOMPARE(pool.threadCount(), 3);
}

void TestWorkerPool::shouldGiveWorkToTheThreadThatWentIdleLast()
{
    // Given: a pool whose four threads have all worked at once and gone idle
    WorkerPool pool(4);
    std::latch together(4);
    for (int i = 0; i < 4; ++i)
        pool.start([&] { together.arrive_and_wait(); });
    pool.waitForDone();
    QCOMPARE(pool.threadCount(), 4);

    // When: tasks come one at a time
    std::mutex mutex;
    std::set<std::thread::id> threads;
    for (int i = 0; i < 20; ++i) {
        pool.start([&] {
            std::lock_guard lock(mutex);
            threads.insert(std::this_thread::get_id());
        });
        pool.waitForDone();
    }

    // Then: one thread runs them all (its cache warm), not each in turn
    QCOMPARE(threads.size(), size_t(1));
}

void TestWorkerPool::shouldEndThreadsIdleForTooLong()
{
    // Given: a pool whose threads end after 50 ms idle, and three threads that worked
    WorkerPool pool(3, std::chrono::milliseconds(50));
    std::latch together(3);
    for (int i = 0; i < 3; ++i)
        pool.start([&] { together.arrive_and_wait(); });
    pool.waitForDone();
    QCOMPARE(pool.threadCount(), 3);

    // When: nothing comes for a while
    // Then: the threads end
    QTRY_COMPARE_WITH_TIMEOUT(pool.threadCount(), 0, 5000);

    // And: the next task gets a new thread
    std::atomic<bool> ran = false;
    pool.start([&] { ran = true; });
    pool.waitForDone();
    QVERIFY(ran.load());
}

void TestWorkerPool::shouldRunQueuedTasksBeforeItGoes()
{
    // Given: a pool of one thread, held, with 10 tasks waiting behind it
    std::atomic<int> ran = 0;
    std::latch release(1);
    std::thread releaser;
    {
        WorkerPool pool(1);
        pool.start([&] { release.wait(); });
        for (int i = 0; i < 10; ++i)
            pool.start([&] { ++ran; });

        // When: the pool goes while they wait (the held task let go a moment later)
        releaser = std::thread([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            release.count_down();
        });
    }
    releaser.join();
    // Then: every one ran first
    QCOMPARE(ran.load(), 10);
}

QTEST_GUILESS_MAIN(TestWorkerPool)
#include "testworkerpool.moc"
