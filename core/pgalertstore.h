// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alertstore.h"
#include "core/pgconnection.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

/// The production store: a PostgreSQL database that several server instances share (upstream's `DATABASE_URL`).
///
/// Writes run on a few writer threads, each with its own connection, one transaction per write; PostgreSQL's own
/// group commit shares the WAL flush among writers that commit together, and every write is durable before its
/// caller hears of it. Writers that touch the same alert, in this process or another, are kept apart by the
/// database: an advisory lock on the alert's (environment, resource, customer) before it is looked up (so two
/// instances cannot both create it), and row locks on what a write loads to change. A deadlock or serialization
/// failure runs the write again. Reads use a pool of connections, each read one REPEATABLE READ snapshot.
class PgAlertStore final : public AlertStore
{
public:
    /// Connects, migrates the schema and starts `writers` writer threads. Throws PgError on failure.
    explicit PgAlertStore(const PgConnectionOptions &options, int writers = 4);
    ~PgAlertStore() override;

    void submitWrite(std::function<bool(AlertTransaction &)> work,
                     std::function<void(const QString &commitError)> done) override;
    void read(const std::function<void(AlertReader &)> &work) override;
    const SqlDialect &dialect() const override;

    const PgConnectionOptions &connectionOptions() const { return m_options; }

private:
    struct Job
    {
        std::function<bool(AlertTransaction &)> work;
        std::function<void(const QString &)> done;
    };
    void runWriter();
    QString runJob(std::unique_ptr<PgConnection> &db, Job &job);
    std::unique_ptr<PgConnection> acquireReader();
    void releaseReader(std::unique_ptr<PgConnection> connection);

    PgConnectionOptions m_options;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    bool m_stopping = false;
    std::vector<std::thread> m_writers;
    std::mutex m_poolMutex;
    std::vector<std::unique_ptr<PgConnection>> m_idleReaders;
};
