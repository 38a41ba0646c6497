// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/caller.h"
#include "core/client/alertbackend.h"

#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

class AlertEngine;

/// The embedded core as an AlertBackend: no network, no polling. Reads and writes run on a private thread pool
/// (the engine is thread-safe and its calls block until durable), results come back to the backend's thread.
///
/// Live updates: the engine announces every committed change (AlertEngine::alertChanged, from its writer thread).
/// The backend collects the changed ids for a short batch interval, then asks the engine for those ids under the
/// current filter in one query: ids that come back are upserted, the others left the filter (or were deleted) and
/// are removed. So the list matches exactly as `/alerts` would, with one query per batch however many changes a
/// storm brings. One batch is in flight at a time, which keeps batches in commit order.
class EmbeddedBackend final : public AlertBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmbeddedBackend)

public:
    /// Shows the alerts of `engine`, which must outlive the backend, acting as `caller` (the console's operator).
    EmbeddedBackend(AlertEngine &engine, const ServerAlarmModel &alarmModel, Caller caller, QObject *parent = nullptr);
    ~EmbeddedBackend() override;

    /// Time changes wait to be fetched together. Default 50 ms: well under what an eye notices, and at 1,000
    /// changes/s one query per 50 changes.
    void setBatchInterval(std::chrono::milliseconds interval);

    /// The in-process Alerta API that call() uses (ApiServer::call of the same core: the HTTP handlers without
    /// HTTP), and whether that core runs with customer views. Without it call() answers 501.
    using InProcessApi = std::function<Result<ApiAnswer>(const ApiCall &call, const Caller &caller)>;
    void setApi(InProcessApi api, bool customerViews);

    // AlertBackend
    QString displayName() const override;
    QString userName() const override;
    void start() override;
    void stop() override;
    void setFilter(const AlertFilter &filter) override;
    QFuture<Result<Alert>> fetchAlert(const QString &id) override;
    QFuture<Result<QList<Note>>> fetchNotes(const QString &id) override;
    QFuture<Result<CommandOutcome>> run(const AlertCommand &command, const QStringList &ids) override;
    QFuture<Result<qint64>> countMatching(const AlertFilter &filter) override;
    QFuture<Result<QStringList>> idsMatching(const AlertFilter &filter) override;
    QFuture<Result<ApiAnswer>> call(const ApiCall &call) override;

private:
    void noteChange(const QString &alertId);
    void fetchAll();
    void fetchChanged();

    AlertEngine &m_engine;
    const Caller m_caller;
    QThreadPool m_pool;
    QTimer m_batchTimer;
    QSet<QString> m_changed; ///< ids changed since the last batch was taken
    bool m_running = false;
    bool m_batchInFlight = false;
    bool m_resetInFlight = false;
    quint64 m_generation = 0; ///< bumped by every reset: results of older fetches are dropped
    QMetaObject::Connection m_engineConnection;
    InProcessApi m_api;
};
