// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/api/workerpool.h"

#include <algorithm>
#include <iterator>

#include <pthread.h>

WorkerPool::WorkerPool(int maxThreads, std::chrono::milliseconds idleLimit)
    : m_max(std::max(1, maxThreads))
    , m_idleLimit(idleLimit)
{}

WorkerPool::~WorkerPool()
{
    waitForDone();
    std::vector<std::thread> threads;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        for (Worker *idle : m_idle)
            idle->wake.release(); // with no task: it ends
        m_idle.clear();
        for (auto &worker : m_workers)
            threads.push_back(std::move(worker->thread));
    }
    for (std::thread &thread : threads)
        thread.join();
}

void WorkerPool::setMaxThreadCount(int count)
{
    std::lock_guard lock(m_mutex);
    m_max = std::max(1, count);
}

void WorkerPool::start(std::function<void()> task)
{
    Worker *woken = nullptr;
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return; // the pool is going: nothing new starts
        if (!m_idle.empty()) {
            woken = m_idle.back();
            m_idle.pop_back();
            woken->task = std::move(task);
            ++m_active;
        } else if (static_cast<int>(m_workers.size()) < m_max) {
            startThread(std::move(task));
            ++m_active;
        } else {
            m_queue.push_back(std::move(task));
        }
    }
    if (woken)
        woken->wake.release(); // after the lock: it does not wake up to wait for it
}

// Under the lock.
void WorkerPool::startThread(std::function<void()> task)
{
    auto worker = std::make_unique<Worker>();
    Worker *w = worker.get();
    w->task = std::move(task);
    w->thread = std::thread([this, w] { run(w); }); // may throw: then nothing is registered
    m_workers.push_back(std::move(worker));
}

bool WorkerPool::takeQueued(Worker *worker)
{
    if (m_queue.empty())
        return false;
    worker->task = std::move(m_queue.front());
    m_queue.pop_front();
    return true;
}

void WorkerPool::run(Worker *worker)
{
#ifdef __linux__
    pthread_setname_np(pthread_self(), "api worker"); // as top and perf show it (15 characters at most)
#endif
    for (;;) {
        std::function<void()> task = std::move(worker->task);
        worker->task = nullptr;
        if (task)
            task();
        task = nullptr; // what it holds goes before the thread may sleep
        {
            std::lock_guard lock(m_mutex);
            if (takeQueued(worker))
                continue;
            --m_active;
            if (m_active == 0)
                m_done.notify_all();
            if (m_stopping)
                return;
            m_idle.push_back(worker);
        }
        if (worker->wake.try_acquire_for(m_idleLimit)) {
            std::lock_guard lock(m_mutex);
            if (m_stopping && !worker->task)
                return;
            continue;
        }
        // Idle too long: ends, unless it was given a task meanwhile (the wake-up is then on its way).
        std::unique_lock lock(m_mutex);
        const auto idle = std::find(m_idle.begin(), m_idle.end(), worker);
        if (idle == m_idle.end()) {
            lock.unlock();
            worker->wake.acquire();
            lock.lock();
            if (m_stopping && !worker->task)
                return;
            continue;
        }
        m_idle.erase(idle);
        const auto owned =
            std::find_if(m_workers.begin(), m_workers.end(), [worker](const auto &w) { return w.get() == worker; });
        std::unique_ptr<Worker> self = std::move(*owned);
        m_workers.erase(owned);
        self->thread.detach(); // nothing of the pool is touched past the lock: the pool may go meanwhile
        lock.unlock();
        return; // `self` goes with this frame
    }
}

void WorkerPool::waitForDone()
{
    std::unique_lock lock(m_mutex);
    m_done.wait(lock, [this] { return m_active == 0 && m_queue.empty(); });
}

int WorkerPool::activeThreadCount() const
{
    std::lock_guard lock(m_mutex);
    return m_active;
}

int WorkerPool::threadCount() const
{
    std::lock_guard lock(m_mutex);
    return static_cast<int>(m_workers.size());
}
