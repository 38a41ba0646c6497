// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/housekeeper.h"

#include "core/logging.h"

#include <QtConcurrent/QtConcurrentRun>

#include <memory>

Housekeeper::Housekeeper(AlertEngine &engine, std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    connect(&m_timer, &QTimer::timeout, this, &Housekeeper::runNow);
    connect(&m_run, &QFutureWatcherBase::finished, this, &Housekeeper::report);
    setInterval(interval);
}

Housekeeper::~Housekeeper()
{
    m_run.waitForFinished();
}

void Housekeeper::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
    if (interval.count() > 0)
        m_timer.start();
    else
        m_timer.stop();
}

void Housekeeper::runNow()
{
    // Busy until report(), not merely until the future finishes: a new future set before the watcher reported
    // the last one would drop that report.
    if (m_busy) {
        qCDebug(lcHousekeeping) << "previous run still in progress, skipping this one";
        return;
    }
    m_busy = true;
    // Every server instance on a shared database has this timer; one of them at a time does the work.
    m_run.setFuture(QtConcurrent::run([engine = &m_engine] {
        return resultOrInternalError<HousekeepingResult>([engine] {
            return engine->store().exclusively<Result<HousekeepingResult>>(
                QStringLiteral("housekeeping"),
                [engine] { return engine->housekeeping(); },
                HousekeepingResult{});
        });
    }));
}

void Housekeeper::report()
{
    m_busy = false;
    const Result<HousekeepingResult> result = m_run.result();
    if (!result) {
        qCWarning(lcHousekeeping) << "housekeeping failed:" << result.error().message << result.error().errors;
        return;
    }
    // Quiet when nothing was due, which is most minutes.
    if (result->count > 0) {
        qCInfo(lcHousekeeping) << "expired" << result->expired.size() << "unshelved" << result->unshelve.size()
                               << "unacked" << result->unack.size();
    } else {
        qCDebug(lcHousekeeping) << "nothing due";
    }
    Q_EMIT finished(*result);
}
