// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alert.h"
#include "core/client/alertcommand.h"
#include "core/client/alertfilter.h"
#include "core/client/apicall.h"
#include "core/client/serveralarmmodel.h"
#include "core/client/sessioninfo.h"
#include "core/result.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QString>
#include <QStringList>

/// Where the console gets its alerts from: the embedded core (EmbeddedBackend) or a remote Alerta server
/// (RemoteBackend). The console's models and windows only see this interface.
///
/// Everything is asynchronous and nothing blocks the calling (GUI) thread: the list arrives as signals, requests
/// return QFutures whose continuations the caller attaches with a context object (`future.then(this, ...)`).
///
/// The list: after start() and after every filter change the backend emits alertsReset() with every alert that
/// matches filter(), then alertsChanged() with what changed since, in order. A resync after a lost connection is
/// delivered as changes (the difference to what was shown), so views keep their selection through it. Alerts in
/// the list carry no history and no raw data; fetchAlert() gets the whole alert.
class AlertBackend : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertBackend)

public:
    enum class State {
        Stopped,      ///< before start() or after stop()
        Connecting,   ///< the first connection or the first fetch is under way
        Live,         ///< changes are pushed (embedded core, or the `/stream` WebSocket)
        Polling,      ///< live by polling `/alerts` (a server without `/stream`, such as upstream Alerta)
        Reconnecting, ///< the connection failed; retrying with backoff. The list is kept but ages
        Failed,       ///< cannot go on without the user (credentials refused, bad URL); no retries
    };
    Q_ENUM(State)

    explicit AlertBackend(QObject *parent = nullptr);
    ~AlertBackend() override;

    /// A short name for the status bar: "Embedded", the server's host.
    virtual QString displayName() const = 0;

    /// Starts delivering the list (alertsReset, then alertsChanged). Safe to call again after stop().
    virtual void start() = 0;
    /// Stops delivering; requests under way still finish.
    virtual void stop() = 0;

    /// Changes the list's filter; the backend resyncs (a new alertsReset follows).
    virtual void setFilter(const AlertFilter &filter) = 0;
    const AlertFilter &filter() const { return m_filter; }

    State state() const { return m_state; }
    /// Why the backend is Reconnecting or Failed (the server's message or the network error); empty otherwise.
    QString stateMessage() const { return m_stateMessage; }
    /// When the list was last known to match the server (UTC): the last event, poll or live-connection check.
    /// Null before the first fetch. The console shows the data's age from it when not Live.
    QDateTime syncedAt() const { return m_syncedAt; }
    /// Severity order and colours of the server (defaults until it answered).
    const ServerAlarmModel &alarmModel() const { return m_alarmModel; }
    /// The login the backend acts as (history entries show it), empty when anonymous.
    virtual QString userName() const = 0;
    /// Who the console is on the server: login, scopes, customers (known once connected; sessionChanged()).
    const SessionInfo &session() const { return m_session; }

    /// The whole alert (history, raw data); 404 when it is gone.
    virtual QFuture<Result<Alert>> fetchAlert(const QString &id) = 0;
    /// The alert's notes, oldest first.
    virtual QFuture<Result<QList<Note>>> fetchNotes(const QString &id) = 0;
    /// Applies `command` to each alert of `ids`, going on after failures.
    virtual QFuture<Result<CommandOutcome>> run(const AlertCommand &command, const QStringList &ids) = 0;
    /// How many alerts match `filter` now (the preview of "act on everything matching").
    virtual QFuture<Result<qint64>> countMatching(const AlertFilter &filter) = 0;
    /// The ids of every alert matching `filter` now.
    virtual QFuture<Result<QStringList>> idsMatching(const AlertFilter &filter) = 0;
    /// Any other request of the Alerta API (heartbeats, blackouts, keys, users, customers, permissions,
    /// management), answered as the server answers it; an answer of 400 or more is the error envelope's ApiError.
    virtual QFuture<Result<ApiAnswer>> call(const ApiCall &call) = 0;

Q_SIGNALS:
    void stateChanged(AlertBackend::State state);
    /// The whole list for filter() (after start() and setFilter()): replace what is shown.
    void alertsReset(const QList<Alert> &alerts);
    /// Changes since the last reset or change, in order: upsert `upserted` by id, then remove `removedIds`. An id is
    /// in at most one of the two lists.
    void alertsChanged(const QList<Alert> &upserted, const QStringList &removedIds);
    void syncedAtChanged(const QDateTime &syncedAt);
    void alarmModelChanged();
    void sessionChanged();
    /// A bearer token the server issued after a password login, for the caller to keep in the keychain (so that the
    /// next start needs no password prompt if the token is still valid).
    void tokenIssued(const QString &token);

protected:
    void setState(State state, const QString &message = {});
    void setSyncedAt(const QDateTime &when);
    void setAlarmModel(const ServerAlarmModel &model);
    void setSession(const SessionInfo &session);
    /// Stores the filter; implementations call it from setFilter() before resyncing.
    void storeFilter(const AlertFilter &filter) { m_filter = filter; }

private:
    AlertFilter m_filter;
    State m_state = State::Stopped;
    QString m_stateMessage;
    QDateTime m_syncedAt;
    ServerAlarmModel m_alarmModel = ServerAlarmModel::alertaDefault();
    SessionInfo m_session;
};
