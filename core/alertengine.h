// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alarmmodel.h"
#include "core/alert.h"
#include "core/alertquery.h"
#include "core/alertstore.h"
#include "core/caller.h"
#include "core/clock.h"
#include "core/engineconfig.h"
#include "core/paging.h"
#include "core/pluginchain.h"
#include "core/receivelogic.h"
#include "core/result.h"

#include <QFuture>
#include <QJsonObject>
#include <QMap>
#include <QObject>

#include <memory>
#include <optional>

/// Query-string parameters in request order; names may repeat.
using QueryParams = QList<QPair<QString, QString>>;

struct ReceiveResult
{
    AlertChangeSet::Kind kind = AlertChangeSet::Kind::Created;
    /// As stored. From receiveAsync() its history may hold only the newest entries; receive() and
    /// AlertEngine::completeHistory() add the rest.
    Alert alert;
    qint64 rowId = 0;
    qint64 newestSeq = 0; ///< number of the alert's newest history entry as of this receive
};

struct AlertCounts
{
    qint64 total = 0;
    QMap<QString, qint64> severityCounts;
    QMap<QString, qint64> statusCounts;
};

/// One page of `GET /alerts` (spec §4.3).
struct AlertPage : PageInfo
{
    QList<Alert> alerts;
    AlertCounts counts;     ///< over the whole query, not the page
    Timestamp lastTime = 0; ///< newest lastReceiveTime on the page, or the query time when empty
};

struct HistoryPage
{
    QList<HistoryRow> rows;
    int page = 1;
    int pageSize = 50;
};

/// What one housekeeping run changed (spec §6 step 7). Deleted alerts are not reported.
struct HousekeepingResult
{
    QStringList expired;  ///< ids moved to `expired` because their timeout passed
    QStringList unshelve; ///< ids taken out of `shelved` because the shelve timeout passed
    QStringList unack;    ///< ids taken out of `ack` because the ack timeout passed
    int count = 0;        ///< sum of the three lists' sizes
    QStringList deleted;  ///< ids of the closed, expired and informational alerts the run deleted
};

class Metrics;
enum class Metric;

/// The alert engine: the receive pipeline, operator actions and the query engine over an AlertStore.
/// Thread-safe: call it from any thread. Writes return once durable.
///
/// Authentication and plugins sit in front of it (they decide the Caller and may reject or rewrite alerts); the
/// engine itself applies the alarm model and the storage rules of spec §3 and §4.
class AlertEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertEngine)

public:
    enum class Change { Created, Duplicated, Correlated, Updated, Deleted };
    Q_ENUM(Change)

    /// One committed change with the alert on both sides of it, for listeners that need the alert itself (the
    /// live stream filters on both: an alert that stops matching a client's filter is news to that client too).
    struct ChangeDetails
    {
        Change change = Change::Updated;
        QString alertId;
        std::optional<Alert> before; ///< as it was, without history; none for Created
        std::optional<Alert> after;  ///< as committed, without history (raw data included); none for Deleted
        /// Another instance's deletion, known only by id (PgStreamFeed): the alert's customer; null when it had none.
        QString deletedCustomer = {};
    };

    AlertEngine(std::shared_ptr<AlertStore> store,
                EngineConfig config,
                std::shared_ptr<Clock> clock,
                QObject *parent = nullptr);
    /// Waits for this engine's queued writes: they refer to the engine, and the store may outlive it.
    ~AlertEngine() override;

    const EngineConfig &config() const { return m_config; }
    /// The store this engine writes to.
    AlertStore &store() const { return *m_store; }
    /// Installs the plugins whose action, status, note and delete hooks the engine calls (spec §3.9). Call it
    /// before the engine is used from other threads; the default is no plugins.
    void setPlugins(std::shared_ptr<const PluginChain> plugins);
    const PluginChain &plugins() const { return *m_plugins; }
    /// The same, shared, for work that runs after the caller returned.
    std::shared_ptr<const PluginChain> pluginChain() const { return m_plugins; }
    /// The counters and timers of `/management/status` (spec §8) that this engine and its pipeline keep.
    Metrics &metrics() const { return *m_metrics; }
    const AlarmModel &alarmModel() const { return m_model; }
    Timestamp now() const { return m_clock->now(); }

    /// Receives a validated alert (spec §3): duplicate, correlate or create, atomically. The result's alert
    /// carries its newest history entries only: the single writer does not read the rest, which a caller that
    /// needs it reads on its own thread with completeHistory(), so that many receives in flight (a sender's batch,
    /// a benchmark) do not make the writer read what nobody waits for.
    QFuture<Result<ReceiveResult>> receiveAsync(Alert incoming, const Caller &caller = {});
    /// receiveAsync(), waited for, with the whole history (an HTTP answer). The writer reads the older entries in the
    /// receive's transaction: its connection has their pages in its cache, where a reader after the commit starts
    /// with an empty one (SQLite drops a connection's cache whenever another has committed) and reads them from the
    /// file, at about twice the CPU in all.
    Result<ReceiveResult> receive(Alert incoming, const Caller &caller = {});
    /// receive() without waiting: `then` gets the result on the writer's thread once it is durable, and must not
    /// wait for another write there (use the Then variants). What an HTTP answer uses, so that no thread sits idle
    /// while the commit is on its way.
    void receiveThen(Alert incoming, const Caller &caller, std::function<void(Result<ReceiveResult>)> then);
    /// Adds the older history entries to a receive's result, up to the history limit, as they were at that receive
    /// (later entries are left out; entries trimmed by later receives are gone).
    void completeHistory(ReceiveResult &received);

    /// One alert by id or id prefix (also matches lastReceiveId), with full history and raw data.
    Result<Alert> alert(const QString &id, const Caller &caller = {});
    /// Operator action through the alarm model (spec §3.6). `text` null = `<action> operator action`.
    VoidResult action(const QString &id,
                      const QString &action,
                      const QString &text = {},
                      std::optional<qint64> timeout = {},
                      const Caller &caller = {});
    /// Direct status change without the alarm model (spec §3.7).
    VoidResult setStatus(const QString &id,
                         const QString &status,
                         const QString &text = {},
                         std::optional<qint64> timeout = {},
                         const Caller &caller = {});
    VoidResult tag(const QString &id, const QStringList &tags, const Caller &caller = {});
    VoidResult untag(const QString &id, const QStringList &tags, const Caller &caller = {});
    /// Shallow merge; a key set to null is deleted.
    VoidResult updateAttributes(const QString &id, const QJsonObject &attributes, const Caller &caller = {});
    VoidResult remove(const QString &id, const Caller &caller = {});
    /// Stores the tags and attributes a post-receive hook changed (spec §3.1 step 6). Not an operator call, so no
    /// timer counts it.
    /// `then` gets the outcome on the writer's thread, as with receiveThen().
    void saveTagsAndAttributesThen(const QString &id,
                                   const QStringList &tags,
                                   const QJsonObject &attributes,
                                   std::function<void(VoidResult)> then);

    Result<Note> addNote(const QString &id, const QString &text, const Caller &caller = {});
    Result<QList<Note>> notes(const QString &id, const Caller &caller = {});
    Result<Note> updateNote(const QString &id,
                            const QString &noteId,
                            const std::optional<QString> &text,
                            const std::optional<QJsonObject> &attributes,
                            const Caller &caller = {});
    VoidResult deleteNote(const QString &id, const QString &noteId, const Caller &caller = {});

    /// `GET /alerts`: filters, sort, paging (416), counts.
    Result<AlertPage> query(const QueryParams &params, const Caller &caller = {});
    Result<AlertCounts> count(const QueryParams &params, const Caller &caller = {});
    Result<HistoryPage> history(const QueryParams &params, const Caller &caller = {});
    Result<QList<GroupedCount>> grouped(AlertReader::Grouping grouping,
                                        const QueryParams &params,
                                        const Caller &caller = {});
    /// Top-N report; N = page-size (default 50, as upstream). Also returns the group-by field's API name.
    Result<QList<TopRow>> top(AlertReader::TopKind kind, const QueryParams &params, const Caller &caller = {});

    /// One housekeeping run (spec §6), in one transaction: deletes closed and expired alerts not received for
    /// `expiredSeconds` and informational ones not received for `infoSeconds`, then expires alerts past their
    /// timeout and ends shelves and acks past theirs, through the action path. A threshold of 0 or none falls back
    /// to DELETE_EXPIRED_AFTER / DELETE_INFO_AFTER, where 0 disables that deletion. When the alarm model refuses
    /// some alerts, the others are still committed and the answer is 500 `housekeeping failed` with the refusals.
    Result<HousekeepingResult> housekeeping(std::optional<qint64> expiredSeconds = {},
                                            std::optional<qint64> infoSeconds = {});

Q_SIGNALS:
    /// Emitted after the change is committed, from the writer's thread, in commit order.
    void alertChanged(AlertEngine::Change change, const QString &alertId);
    /// The same changes in full, emitted before their alertChanged from the same thread. The snapshots cost an
    /// extra read per operator change (none per receive), so the engine takes them only while this signal is
    /// connected.
    void alertChangeDetails(const AlertEngine::ChangeDetails &details);

private:
    using Apply = std::function<VoidResult(StoredAlert &, AlertTransaction &)>;
    VoidResult modify(const QString &id, const Caller &caller, Change change, Apply apply);
    /// modify() without waiting: `then` gets the outcome on the writer's thread once committed.
    void modifyThen(const QString &id,
                    const Caller &caller,
                    Change change,
                    Apply apply,
                    std::function<void(VoidResult)> then);
    /// modify() of an operator call, counted in `timer` (spec §8) when it succeeds.
    VoidResult timedModify(Metric timer, const QString &id, const Caller &caller, Change change, Apply apply);
    Result<AlertQuery> restrictedQuery(const QueryParams &params, const Caller &caller, Timestamp now) const;
    static QList<SeverityStatusCount> countsOf(AlertReader &reader, const AlertQuery &query, const Caller &caller);
    enum class AnswerHistory { Newest, Whole };
    void submitReceive(Alert incoming,
                       const Caller &caller,
                       AnswerHistory history,
                       std::function<void(Result<ReceiveResult>)> then);
    Result<ReceiveResult> receiveIn(AlertTransaction &tx,
                                    const Alert &incoming,
                                    const Caller &caller,
                                    std::optional<Alert> *before);
    /// How many older history entries `received` lacks up to the history limit, once a longer history is cut to it.
    int missingHistory(ReceiveResult &received) const;
    static void addOlderHistory(AlertReader &reader, ReceiveResult &received, int missing);
    bool wantsDetails() const;
    VoidResult applyAction(AlertTransaction &tx,
                           StoredAlert &row,
                           const QString &action,
                           const QString &text,
                           std::optional<qint64> timeout,
                           const Caller &caller) const;
    /// What housekeeping's scan found for one action: the rows, and the scan of one row to check it again with.
    struct RowsDue
    {
        QList<qint64> rowIds;
        std::function<bool(qint64)> stillDue;
    };
    /// Applies `action` to the rows due, each once locked and still due; `acted` (the rows this run has acted on)
    /// grows by them. A row in `acted` is not checked again: its change is this run's own.
    void applyToRows(AlertTransaction &tx,
                     const RowsDue &due,
                     const QString &action,
                     QSet<qint64> &acted,
                     QStringList &changed,
                     QStringList &errors,
                     QList<ChangeDetails> *details) const;

    std::shared_ptr<AlertStore> m_store;
    EngineConfig m_config;
    AlarmModel m_model;
    ReceiveRules m_rules;
    std::shared_ptr<Clock> m_clock;
    std::shared_ptr<const PluginChain> m_plugins;
    std::unique_ptr<Metrics> m_metrics;
};
