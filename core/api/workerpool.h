// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <semaphore>
#include <thread>
#include <vector>

/// The threads that run the API's handlers: up to a maximum, started as needed, ended after a minute idle.
///
/// Why not QThreadPool: it wakes a waiting thread while holding its own lock, so the thread wakes up only to wait for
/// that lock and sleeps again — half of the workers' sleeps under steady receives (README, "Thread hand-offs and
/// round trips"), and on a virtual machine each wake-up costs tens of microseconds. Here each thread waits on a
/// semaphore of its own, released after the pool's lock; and the thread that went idle last is the one given work,
/// so that a few threads stay warm instead of every one taking turns.
class WorkerPool
{
public:
    explicit WorkerPool(int maxThreads, std::chrono::milliseconds idleLimit = std::chrono::minutes(1));
    /// Runs what was started, then ends the threads.
    ~WorkerPool();
    WorkerPool(const WorkerPool &) = delete;
    WorkerPool &operator=(const WorkerPool &) = delete;

    void setMaxThreadCount(int count);
    /// Runs `task` on an idle thread, a new one, or once a thread is free; not once the pool is being destroyed.
    void start(std::function<void()> task);
    /// Waits until nothing is running or waiting to run.
    void waitForDone();
    /// Threads running a task now.
    int activeThreadCount() const;
    /// Threads alive, busy or idle.
    int threadCount() const;

private:
    struct Worker
    {
        std::thread thread;
        std::binary_semaphore wake{0};
        std::function<void()> task; ///< given with the wake-up, under the pool's lock
    };
    void run(Worker *worker);
    /// The next task for a thread that finished one, or none (it is then idle).
    bool takeQueued(Worker *worker);
    void startThread(std::function<void()> task);

    mutable std::mutex m_mutex;
    std::condition_variable m_done;
    std::deque<std::function<void()>> m_queue;
    std::vector<Worker *> m_idle; ///< the last to go idle at the back
    std::vector<std::unique_ptr<Worker>> m_workers;
    int m_max;
    int m_active = 0;
    bool m_stopping = false;
    std::chrono::milliseconds m_idleLimit;
};
