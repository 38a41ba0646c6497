// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/alertengine.h"

#include "core/alertquery.h"
#include "core/logging.h"
#include "core/metrics.h"
#include "core/paging.h"
#include "core/severitypage.h"
#include "core/sqldialect.h"
#include "core/waitfor.h"

#include <QMetaMethod>
#include <QUuid>

#include <limits>

namespace {

// A history lookup for the whole alert: unack/unshelve look past the newest entries (spec §3.6).
constexpr int AllHistory = -1;

/// The current and previous status and the previous entry's timeout, as the action path reads them (spec §3.6).
struct HistoryInfo
{
    QString current = AlertStatus::Open;
    QString previous = AlertStatus::Open;
    std::optional<qint64> previousTimeout;
};

HistoryInfo historyInfo(const Alert &alert, const QString &action)
{
    HistoryInfo info;
    const QList<HistoryEntry> &h = alert.history; // newest first
    if (!h.isEmpty() && !h.first().status.isEmpty())
        info.current = h.first().status;
    qsizetype previousIndex = 1;
    if (action == QLatin1StringView("unack") || action == QLatin1StringView("unshelve")) {
        // Return to what the alert was before the most recent ack (shelve): the entry just older than it.
        const QString type = action == QLatin1StringView("unack") ? QStringLiteral("ack") : QStringLiteral("shelve");
        previousIndex = h.size(); // not found → default open
        for (qsizetype i = 0; i < h.size(); ++i) {
            if (h.at(i).type == type) {
                previousIndex = i + 1;
                break;
            }
        }
    }
    if (previousIndex < h.size()) {
        if (!h.at(previousIndex).status.isEmpty())
            info.previous = h.at(previousIndex).status;
        info.previousTimeout = h.at(previousIndex).timeout;
    }
    return info;
}

/// Upstream chains timeouts with Python's `or`: zero and null both fall through.
std::optional<qint64> orElse(std::optional<qint64> value, std::optional<qint64> fallback)
{
    return value && *value != 0 ? value : fallback;
}

AlertCounts toCounts(const QList<SeverityStatusCount> &buckets)
{
    AlertCounts counts;
    for (const SeverityStatusCount &b : buckets) {
        counts.total += b.count;
        counts.severityCounts[b.severity] += b.count;
        counts.statusCounts[b.status] += b.count;
    }
    return counts;
}

// What change listeners get: the alert's fields; its history can be long and nobody listening needs it.
Alert withoutHistory(Alert alert)
{
    // Not clear(): on a list shared with the original, that allocates an empty buffer of the original's capacity
    // (5 KiB for a history of 20 entries), which the live stream's window then kept ten thousand times over.
    alert.history = {};
    return alert;
}

// The row as committed by the transaction so far (after an update), for change listeners.
std::optional<Alert> reloaded(AlertReader &reader, qint64 rowId)
{
    std::optional<StoredAlert> row = reader.findByRowId(rowId, 0);
    if (!row)
        return std::nullopt;
    return std::move(row->alert);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Housekeeping's deletion filter (spec §6 steps 1-2), over the same column as the query engine's.
SqlFragment receivedBefore(Timestamp time)
{
    return {QStringLiteral("last_receive_time < ?"), {QVariant(static_cast<qint64>(time))}};
}

} // namespace

AlertEngine::AlertEngine(std::shared_ptr<AlertStore> store,
                         EngineConfig config,
                         std::shared_ptr<Clock> clock,
                         QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_config(std::move(config))
    , m_model(m_config.severities)
    , m_rules(m_config, m_model)
    , m_clock(std::move(clock))
    , m_plugins(std::make_shared<PluginChain>())
    , m_metrics(std::make_unique<Metrics>())
{}

void AlertEngine::setPlugins(std::shared_ptr<const PluginChain> plugins)
{
    m_plugins = plugins ? std::move(plugins) : std::make_shared<PluginChain>();
}

AlertEngine::~AlertEngine()
{
    // The writer runs jobs and reports them in submission order, so once this barrier is reported every earlier
    // job of ours has finished too.
    m_store->write<Ok>([](AlertTransaction &) -> VoidResult { return Ok{}; }).waitForFinished();
}

bool AlertEngine::wantsDetails() const
{
    static const QMetaMethod signal = QMetaMethod::fromSignal(&AlertEngine::alertChangeDetails);
    return isSignalConnected(signal);
}

QFuture<Result<ReceiveResult>> AlertEngine::receiveAsync(Alert incoming, const Caller &caller)
{
    auto promise = std::make_shared<QPromise<Result<ReceiveResult>>>();
    promise->start();
    QFuture<Result<ReceiveResult>> future = promise->future();
    submitReceive(std::move(incoming), caller, AnswerHistory::Newest, [promise](Result<ReceiveResult> result) {
        promise->addResult(std::move(result));
        promise->finish();
    });
    return future;
}

Result<ReceiveResult> AlertEngine::receive(Alert incoming, const Caller &caller)
{
    return waitFor<Result<ReceiveResult>>([&](std::function<void(Result<ReceiveResult>)> then) {
        receiveThen(std::move(incoming), caller, std::move(then));
    });
}

void AlertEngine::receiveThen(Alert incoming, const Caller &caller, std::function<void(Result<ReceiveResult>)> then)
{
    submitReceive(std::move(incoming), caller, AnswerHistory::Whole, std::move(then));
}

void AlertEngine::submitReceive(Alert incoming,
                                const Caller &caller,
                                AnswerHistory history,
                                std::function<void(Result<ReceiveResult>)> then)
{
    // The stored alert before the change, only while someone listens for details: the receive path already has
    // both sides in hand, so this costs a copy of implicitly shared fields.
    std::shared_ptr<std::optional<Alert>> before = wantsDetails() ? std::make_shared<std::optional<Alert>>() : nullptr;
    AlertKey subject{incoming.environment, incoming.resource, incoming.event, incoming.customer};
    m_store->writeThen<ReceiveResult>(
        [this, incoming = std::move(incoming), caller, before, history](AlertTransaction &tx) {
            Result<ReceiveResult> received = receiveIn(tx, incoming, caller, before.get());
            if (received && history == AnswerHistory::Whole) {
                if (const int missing = missingHistory(*received); missing > 0)
                    addOlderHistory(tx, *received, missing);
            }
            return received;
        },
        [this, before, then = std::move(then)](Result<ReceiveResult> result) {
            // Announced first, so that listeners hear of changes in commit order.
            if (result.ok()) {
                static constexpr Change changes[] = {Change::Created, Change::Duplicated, Change::Correlated};
                const Change change = changes[static_cast<int>(result->kind)];
                if (before)
                    Q_EMIT alertChangeDetails({change, result->alert.id, *before, withoutHistory(result->alert)});
                Q_EMIT alertChanged(change, result->alert.id);
            }
            then(std::move(result));
        },
        std::move(subject));
}

void AlertEngine::completeHistory(ReceiveResult &received)
{
    if (const int missing = missingHistory(received); missing > 0)
        m_store->read([&](AlertReader &reader) { addOlderHistory(reader, received, missing); });
}

int AlertEngine::missingHistory(ReceiveResult &received) const
{
    QList<HistoryEntry> &history = received.alert.history;
    // Entries are numbered 1, 2, ... per alert and the store keeps the newest historyLimit of them.
    const qint64 kept = std::min<qint64>(received.newestSeq, m_config.historyLimit);
    if (history.size() >= kept) {
        history.resize(kept); // a store that loads every entry may hold more than a lowered HISTORY_LIMIT
        return 0;
    }
    return static_cast<int>(kept - history.size());
}

void AlertEngine::addOlderHistory(AlertReader &reader, ReceiveResult &received, int missing)
{
    QList<HistoryEntry> &history = received.alert.history;
    history.append(reader.historyUpTo(received.rowId, received.alert.id, received.newestSeq - history.size(), missing));
}

// Runs inside the store's write transaction, so the look-up and the update are one atomic step.
Result<ReceiveResult> AlertEngine::receiveIn(AlertTransaction &tx,
                                             const Alert &incoming,
                                             const Caller &caller,
                                             std::optional<Alert> *before)
{
    const Timestamp now = m_clock->now();
    std::optional<StoredAlert> row =
        tx.findByKey(incoming.environment, incoming.resource, incoming.event, incoming.customer);
    Result<AlertChangeSet> change = ApiError::internal(QStringLiteral("insert or update of received alert failed"));
    if (row && row->alert.severity == incoming.severity)
        change = m_rules.duplicate(row->alert, incoming, now, caller.login);
    else if (row)
        change = m_rules.correlate(row->alert, incoming, now, caller.login);
    else if ((row = tx.findCorrelated(incoming.environment, incoming.resource, incoming.event, incoming.customer)))
        change = m_rules.correlate(row->alert, incoming, now, caller.login);
    else
        change = m_rules.create(incoming, now, caller.login);
    if (!change)
        return change.error();
    if (before) // assigned on every run: the writer may run a job twice
        *before = row ? std::optional<Alert>(withoutHistory(row->alert)) : std::nullopt;
    if (row && change->after.status != row->alert.status) {
        // A duplicate or correlation that changes the status passes the status_change hooks first (spec §3.3).
        QString status = change->after.status;
        QString text = change->entry ? change->entry->text : change->after.text;
        if (const VoidResult hooked = m_plugins->statusChange(change->after, status, text, caller); !hooked)
            return hooked.error();
        change->after.status = status;
        if (change->entry) {
            change->entry->status = status;
            change->entry->text = text;
        }
    }

    if (!row) {
        // A sender may choose a new alert's id; one that another alert has is a conflict, not a server error.
        std::optional<StoredAlert> stored = tx.insert(change->after);
        if (!stored)
            return ApiError::conflict(QStringLiteral("alert with id '%1' already exists").arg(change->after.id));
        return ReceiveResult{change->kind, stored->alert, stored->rowId, stored->newestSeq};
    }
    tx.update(*row, change->after);
    if (change->entry)
        tx.prependHistory(*row, *change->entry, m_config.historyLimit);
    ReceiveResult result{change->kind, std::move(change->after), row->rowId, row->newestSeq};
    result.alert.history = row->alert.history; // the newest entries, kept current by prependHistory()
    return result;
}

Result<Alert> AlertEngine::alert(const QString &id, const Caller &caller)
{
    std::optional<StoredAlert> row;
    m_store->read([&](AlertReader &reader) { row = reader.findById(id, caller.restriction(), AllHistory); });
    if (!row)
        return ApiError::notFound();
    return row->alert;
}

VoidResult AlertEngine::modify(const QString &id, const Caller &caller, Change change, Apply apply)
{
    return waitFor<VoidResult>([&](std::function<void(VoidResult)> then) {
        modifyThen(id, caller, change, std::move(apply), std::move(then));
    });
}

void AlertEngine::modifyThen(const QString &id,
                             const Caller &caller,
                             Change change,
                             Apply apply,
                             std::function<void(VoidResult)> then)
{
    const SqlFragment restriction = caller.restriction();
    const bool details = wantsDetails();
    // Filled by the write (which may run more than once: each run starts it over), read once committed.
    auto done = std::make_shared<ChangeDetails>(ChangeDetails{change, {}, {}, {}});
    // Announced from the writer's thread once committed, so that listeners hear of changes in commit order.
    m_store->writeThen<Ok>(
        [id, restriction, details, change, done, apply = std::move(apply)](AlertTransaction &tx) -> VoidResult {
            *done = ChangeDetails{change, {}, {}, {}};
            std::optional<StoredAlert> row = tx.findById(id, restriction, AllHistory);
            if (!row)
                return ApiError::notFound();
            done->alertId = row->alert.id;
            if (details)
                done->before = withoutHistory(row->alert);
            const qint64 rowId = row->rowId;
            const VoidResult applied = apply(*row, tx);
            if (applied && details && change != Change::Deleted)
                done->after = reloaded(tx, rowId);
            return applied;
        },
        [this, change, details, done, then = std::move(then)](VoidResult result) {
            if (result.ok()) {
                if (details)
                    Q_EMIT alertChangeDetails(*done);
                Q_EMIT alertChanged(change, done->alertId);
            }
            then(std::move(result));
        });
}

VoidResult AlertEngine::timedModify(Metric timer, const QString &id, const Caller &caller, Change change, Apply apply)
{
    Metrics::Timer running = m_metrics->startTimer(timer);
    const VoidResult done = modify(id, caller, change, std::move(apply));
    if (done)
        running.succeeded();
    return done;
}

// The action path shared by operator actions and housekeeping: the alarm model, then the update and its entry.
VoidResult AlertEngine::applyAction(AlertTransaction &tx,
                                    StoredAlert &row,
                                    const QString &action,
                                    const QString &text,
                                    std::optional<qint64> requested,
                                    const Caller &caller) const
{
    // take_action hooks may change the request and the alert's tags and attributes (spec §3.6).
    Alert alert = row.alert;
    ActionRequest request{action, text, requested};
    if (const VoidResult taken = m_plugins->takeAction(alert, request, caller); !taken)
        return taken.error();
    const QString &act = request.action;
    const HistoryInfo info = historyInfo(alert, act);

    std::optional<qint64> timeout = request.timeout;
    if (act == QLatin1StringView("unack") || act == QLatin1StringView("unshelve")
        || act == QLatin1StringView("timeout"))
        timeout = orElse(timeout, info.previousTimeout);
    if (act == QLatin1StringView("ack") || act == QLatin1StringView("unack"))
        timeout = orElse(timeout, m_config.ackTimeout);
    else if (act == QLatin1StringView("shelve") || act == QLatin1StringView("unshelve"))
        timeout = orElse(timeout, m_config.shelveTimeout);
    else
        timeout = orElse(orElse(timeout, alert.timeout), m_config.alertTimeout);

    const auto outcome =
        m_model.transition({alert.severity, info.current, info.previous, alert.previousSeverity, act, alert.status});
    if (!outcome)
        return outcome.error();

    const Timestamp now = m_clock->now();
    Alert after = withoutHistory(alert);
    if (outcome->severity != alert.severity)
        after.previousSeverity = alert.severity;
    after.severity = outcome->severity;
    after.updateTime = now;
    QString status = outcome->status;
    QString entryText = request.text.isNull() ? act + u" operator action" : request.text;
    if (status != alert.status) {
        if (const VoidResult hooked = m_plugins->statusChange(after, status, entryText, caller); !hooked)
            return hooked.error();
    }
    after.status = status;
    const QString type = AlarmModel::isStandardAction(act) ? act : QStringLiteral("action");
    const HistoryEntry entry{alert.id,
                             alert.event,
                             after.severity,
                             after.status,
                             alert.value,
                             entryText,
                             type,
                             now,
                             caller.login,
                             timeout};
    tx.update(row, after);
    tx.prependHistory(row, entry, m_config.historyLimit);
    if (row.alert.status != AlertStatus::Blackout)
        m_plugins->postAction(after, request, caller);
    return Ok{};
}

VoidResult AlertEngine::action(const QString &id,
                               const QString &action,
                               const QString &text,
                               std::optional<qint64> timeout,
                               const Caller &caller)
{
    if (action.isEmpty())
        return ApiError::badRequest(QStringLiteral("must supply 'action' as json data"));
    return timedModify(Metric::Status, id, caller, Change::Updated, [&](StoredAlert &row, AlertTransaction &tx) {
        return applyAction(tx, row, action, text, timeout, caller);
    });
}

VoidResult AlertEngine::setStatus(const QString &id,
                                  const QString &status,
                                  const QString &text,
                                  std::optional<qint64> timeout,
                                  const Caller &caller)
{
    if (status.isEmpty())
        return ApiError::badRequest(QStringLiteral("must supply 'status' as json data"));
    return timedModify(Metric::Status, id, caller, Change::Updated, [&](StoredAlert &row, AlertTransaction &tx) {
        const Timestamp now = m_clock->now();
        Alert after = withoutHistory(row.alert);
        QString newStatus = status;
        QString entryText = text.isNull() ? QStringLiteral("") : text;
        if (const VoidResult hooked = m_plugins->statusChange(after, newStatus, entryText, caller); !hooked)
            return hooked;
        after.status = newStatus;
        after.updateTime = now;
        // Upstream stores the request's timeout as given, even when absent [quirk, spec §3.7].
        after.timeout = timeout;
        tx.update(row, after);
        tx.prependHistory(row,
                          {after.id,
                           after.event,
                           after.severity,
                           newStatus,
                           after.value,
                           entryText,
                           QStringLiteral("status"),
                           now,
                           caller.login,
                           orElse(timeout, m_config.alertTimeout)},
                          m_config.historyLimit);
        return VoidResult(Ok{});
    });
}

VoidResult AlertEngine::tag(const QString &id, const QStringList &tags, const Caller &caller)
{
    return timedModify(Metric::Tagged,
                       id,
                       caller,
                       Change::Updated,
                       [&](StoredAlert &row, AlertTransaction &tx) -> VoidResult {
                           Alert after = row.alert;
                           after.tags = ReceiveRules::mergeTags(after.tags, tags);
                           tx.update(row, after);
                           return Ok{};
                       });
}

VoidResult AlertEngine::untag(const QString &id, const QStringList &tags, const Caller &caller)
{
    return timedModify(Metric::Untagged,
                       id,
                       caller,
                       Change::Updated,
                       [&](StoredAlert &row, AlertTransaction &tx) -> VoidResult {
                           Alert after = row.alert;
                           after.tags.removeIf([&tags](const QString &t) { return tags.contains(t); });
                           tx.update(row, after);
                           return Ok{};
                       });
}

VoidResult AlertEngine::updateAttributes(const QString &id, const QJsonObject &attributes, const Caller &caller)
{
    return timedModify(Metric::Attributes,
                       id,
                       caller,
                       Change::Updated,
                       [&](StoredAlert &row, AlertTransaction &tx) -> VoidResult {
                           Alert after = row.alert;
                           for (auto it = attributes.begin(); it != attributes.end(); ++it) {
                               if (it.value().isNull())
                                   after.attributes.remove(it.key());
                               else
                                   after.attributes.insert(it.key(), it.value());
                           }
                           tx.update(row, after);
                           return Ok{};
                       });
}

VoidResult AlertEngine::remove(const QString &id, const Caller &caller)
{
    return timedModify(Metric::Deleted,
                       id,
                       caller,
                       Change::Deleted,
                       [&](StoredAlert &row, AlertTransaction &tx) -> VoidResult {
                           if (const VoidResult allowed = m_plugins->allowDelete(row.alert, caller); !allowed)
                               return allowed;
                           tx.remove(row);
                           return Ok{};
                       });
}

void AlertEngine::saveTagsAndAttributesThen(const QString &id,
                                            const QStringList &tags,
                                            const QJsonObject &attributes,
                                            std::function<void(VoidResult)> then)
{
    const auto apply = [tags, attributes](StoredAlert &row, AlertTransaction &tx) -> VoidResult {
        Alert after = row.alert;
        after.tags = tags;
        after.attributes = attributes;
        tx.update(row, after);
        return Ok{};
    };
    modifyThen(id, Caller::internal(), Change::Updated, apply, std::move(then));
}

Result<Note> AlertEngine::addNote(const QString &id, const QString &text, const Caller &caller)
{
    if (text.isEmpty())
        return ApiError::badRequest(QStringLiteral("must supply 'note' text"));
    Note note;
    const VoidResult status =
        modify(id, caller, Change::Updated, [&](StoredAlert &row, AlertTransaction &tx) -> VoidResult {
            Alert a = row.alert;
            QString noteText = text;
            if (const VoidResult hooked = m_plugins->takeNote(a, noteText, caller); !hooked)
                return hooked;
            const Timestamp now = m_clock->now();
            note = Note{newId(),
                        noteText,
                        caller.login,
                        QJsonObject{{QStringLiteral("resource"), a.resource},
                                    {QStringLiteral("event"), a.event},
                                    {QStringLiteral("environment"), a.environment},
                                    {QStringLiteral("severity"), a.severity},
                                    {QStringLiteral("status"), a.status}},
                        QStringLiteral("alert"),
                        now,
                        now,
                        a.id,
                        a.customer};
            tx.insertNote(note);
            tx.prependHistory(row,
                              {note.id,
                               a.event,
                               a.severity,
                               a.status,
                               a.value,
                               noteText,
                               QStringLiteral("note"),
                               now,
                               caller.login,
                               {}},
                              m_config.historyLimit);
            return Ok{};
        });
    if (!status)
        return status.error();
    return note;
}

Result<QList<Note>> AlertEngine::notes(const QString &id, const Caller &caller)
{
    std::optional<QList<Note>> notes;
    m_store->read([&](AlertReader &reader) {
        if (const auto row = reader.findById(id, caller.restriction(), 0))
            notes = reader.notes(row->alert.id);
    });
    if (!notes)
        return ApiError::notFound();
    return *notes;
}

Result<Note> AlertEngine::updateNote(const QString &id,
                                     const QString &noteId,
                                     const std::optional<QString> &text,
                                     const std::optional<QJsonObject> &attributes,
                                     const Caller &caller)
{
    if (!text && !attributes)
        return ApiError::badRequest(QStringLiteral("nothing to change"));
    Note updated;
    const VoidResult status =
        modify(id, caller, Change::Updated, [&](StoredAlert &row, AlertTransaction &tx) -> VoidResult {
            std::optional<Note> note = tx.note(noteId);
            if (!note || note->alertId != row.alert.id)
                return ApiError::notFound(QStringLiteral("note not found"));
            if (text) {
                Alert a = row.alert;
                QString noteText = *text;
                if (const VoidResult hooked = m_plugins->takeNote(a, noteText, caller); !hooked)
                    return hooked;
                note->text = noteText;
            }
            if (attributes)
                note->attributes = ReceiveRules::mergeAttributes(note->attributes, *attributes);
            note->user = caller.login;
            note->updateTime = m_clock->now();
            tx.updateNote(*note);
            updated = *note;
            return Ok{};
        });
    if (!status)
        return status.error().code == 404 && status.error().message == QLatin1StringView("not found")
            ? ApiError::notFound(QStringLiteral("alert not found"))
            : status.error();
    return updated;
}

VoidResult AlertEngine::deleteNote(const QString &id, const QString &noteId, const Caller &caller)
{
    const VoidResult status =
        modify(id, caller, Change::Updated, [&](StoredAlert &row, AlertTransaction &tx) -> VoidResult {
            std::optional<Note> note = tx.note(noteId);
            if (!note || note->alertId != row.alert.id)
                return ApiError::notFound(QStringLiteral("note not found"));
            tx.removeNote(noteId);
            const Alert &a = row.alert;
            tx.prependHistory(row,
                              {noteId,
                               a.event,
                               a.severity,
                               a.status,
                               a.value,
                               QStringLiteral("note dismissed"),
                               QStringLiteral("dismiss"),
                               m_clock->now(),
                               caller.login,
                               {}},
                              m_config.historyLimit);
            return Ok{};
        });
    if (!status && status.error().code == 404 && status.error().message == QLatin1StringView("not found"))
        return ApiError::notFound(QStringLiteral("alert not found"));
    return status;
}

// The counts of a query: the store's running totals when nothing but environments, statuses and the default time
// bound restrict it.
QList<SeverityStatusCount> AlertEngine::countsOf(AlertReader &reader, const AlertQuery &query, const Caller &caller)
{
    if (query.totals && caller.customers.isEmpty())
        return reader.countFromTotals(*query.totals, query.where);
    return reader.countBySeverityStatus(query.where);
}

// Every search path goes through here, so the caller's customer restriction cannot be forgotten on one of them.
Result<AlertQuery> AlertEngine::restrictedQuery(const QueryParams &params, const Caller &caller, Timestamp now) const
{
    QueryContext ctx;
    ctx.now = now;
    ctx.severities = &m_config.severities;
    ctx.defaultPageSize = m_config.defaultPageSize;
    ctx.defaultField = m_config.defaultField;
    ctx.dialect = &m_store->dialect();
    Result<AlertQuery> query = AlertQuery::fromParameters(params, ctx);
    if (query)
        query->where.andWith(caller.restriction());
    return query;
}

Result<AlertPage> AlertEngine::query(const QueryParams &params, const Caller &caller)
{
    Metrics::Timer timer = m_metrics->startTimer(Metric::Queries);
    const Timestamp now = m_clock->now();
    const Result<AlertQuery> query = restrictedQuery(params, caller, now);
    if (!query)
        return query.error();
    const SqlFragment &where = query->where;

    std::optional<ApiError> error;
    AlertPage page;
    m_store->read([&](AlertReader &reader) {
        page.counts = toCounts(countsOf(reader, *query, caller));
        const Result<Paging> paging = Paging::compute(query->page, query->pageSize, page.counts.total);
        if (!paging) {
            error = paging.error();
            return;
        }
        page.setFrom(*paging);
        if (page.counts.total > 0) {
            AlertSelection selection{where,
                                     query->orderBy,
                                     paging->pageSize(),
                                     static_cast<int>(paging->offset()),
                                     query->showHistory,
                                     query->showRawData};
            if (query->severityFirst)
                selection = SeverityPage::narrowed(selection,
                                                   *query->severityFirst,
                                                   page.counts.severityCounts,
                                                   m_config.severities);
            page.alerts = reader.select(selection);
        }
    });
    if (error)
        return *error;
    // lastTime lets clients poll with from-date: the newest receive on the page, or the query time.
    page.lastTime = now;
    if (!page.alerts.isEmpty()) {
        page.lastTime = 0;
        for (const Alert &a : std::as_const(page.alerts))
            page.lastTime = std::max(page.lastTime, a.lastReceiveTime);
    }
    timer.succeeded();
    return page;
}

Result<AlertCounts> AlertEngine::count(const QueryParams &params, const Caller &caller)
{
    Metrics::Timer timer = m_metrics->startTimer(Metric::Counts);
    const Result<AlertQuery> query = restrictedQuery(params, caller, m_clock->now());
    if (!query)
        return query.error();
    AlertCounts counts;
    m_store->read([&](AlertReader &reader) { counts = toCounts(countsOf(reader, *query, caller)); });
    timer.succeeded();
    return counts;
}

Result<HistoryPage> AlertEngine::history(const QueryParams &params, const Caller &caller)
{
    const Result<AlertQuery> query = restrictedQuery(params, caller, m_clock->now());
    if (!query)
        return query.error();
    const SqlFragment &where = query->where;
    // Upstream pages the history search with no total (items=0), so only a page below 1 is out of range.
    if (const Result<Paging> paging = Paging::compute(query->page, query->pageSize, 0); !paging)
        return paging.error();
    HistoryPage page;
    page.page = query->page;
    page.pageSize = query->pageSize;
    m_store->read([&](AlertReader &reader) {
        page.rows = reader.history(where, query->pageSize, (query->page - 1) * query->pageSize);
    });
    return page;
}

Result<QList<GroupedCount>> AlertEngine::grouped(AlertReader::Grouping grouping,
                                                 const QueryParams &params,
                                                 const Caller &caller)
{
    const Result<AlertQuery> query = restrictedQuery(params, caller, m_clock->now());
    if (!query)
        return query.error();
    const SqlFragment &where = query->where;
    QList<GroupedCount> rows;
    m_store->read([&](AlertReader &reader) { rows = reader.grouped(grouping, where); });
    return rows;
}

Result<QList<TopRow>> AlertEngine::top(AlertReader::TopKind kind, const QueryParams &params, const Caller &caller)
{
    const Result<AlertQuery> query = restrictedQuery(params, caller, m_clock->now());
    if (!query)
        return query.error();
    const SqlFragment &where = query->where;
    QList<TopRow> rows;
    m_store->read([&](AlertReader &reader) { rows = reader.top(kind, query->groupBy, where, query->pageSize); });
    return rows;
}

Result<HousekeepingResult> AlertEngine::housekeeping(std::optional<qint64> expiredSeconds,
                                                     std::optional<qint64> infoSeconds)
{
    // As the API's hours parameters: 0 falls back to the setting, where 0 switches the deletion off.
    const qint64 expiredAfter = orElse(expiredSeconds, m_config.deleteExpiredAfter).value_or(0);
    const qint64 infoAfter = orElse(infoSeconds, m_config.deleteInfoAfter).value_or(0);
    const Timestamp now = m_clock->now();

    HousekeepingResult result;
    QStringList &deleted = result.deleted;
    QStringList errors;
    const bool wanted = wantsDetails();
    QList<ChangeDetails> details;
    const VoidResult status =
        m_store
            ->write<Ok>(
                [&](AlertTransaction &tx) -> VoidResult {
                    // The writer may run a job a second time (SqliteWriteQueue): start from nothing each time.
                    result = {};
                    errors.clear();
                    details.clear();
                    const auto removeAll = [&](const SqlFragment &where) {
                        // The deleted alerts as they were, for listeners that must know whose they were.
                        QList<Alert> matching;
                        if (wanted)
                            matching = tx.select({where, {}, std::numeric_limits<int>::max(), 0, false, true});
                        // What this run deleted: on a shared database another instance's run may have taken some
                        // of them first, or a receive reopened them.
                        const QStringList gone = tx.removeWhere(where);
                        const QSet<QString> goneIds(gone.cbegin(), gone.cend());
                        for (Alert &alert : matching) {
                            if (goneIds.contains(alert.id))
                                details.append({Change::Deleted, alert.id, std::move(alert), std::nullopt});
                        }
                        deleted += gone;
                    };
                    if (expiredAfter > 0) {
                        SqlFragment where =
                            SqlFragment::in(QStringLiteral("status"), {AlertStatus::Closed, AlertStatus::Expired});
                        removeAll(where.andWith(receivedBefore(now - expiredAfter * 1000)));
                    }
                    if (infoAfter > 0) {
                        SqlFragment where{QStringLiteral("severity = ?"), {m_config.severities.informSeverity()}};
                        removeAll(where.andWith(receivedBefore(now - infoAfter * 1000)));
                    }
                    // Every scan runs before any action, as upstream's: an alert due both to expire and to leave
                    // its shelve (or ack) gets both actions in this run, and is listed under both.
                    // Each row is checked again once locked, against what others did meanwhile (another instance
                    // on a shared database received the alert again, or expired it); not against this run's own
                    // actions: an alert this run expired is still due to leave its shelve.
                    QList<ChangeDetails> *updates = wanted ? &details : nullptr;
                    const qint64 alertTimeout = m_config.alertTimeout;
                    const auto timedOut = [&tx, now](const QString &inStatus, const QString &entryType) {
                        return RowsDue{tx.timedOutRows(inStatus, entryType, now),
                                       [&tx, now, inStatus, entryType](qint64 rowId) {
                                           return !tx.timedOutRows(inStatus, entryType, now, rowId).isEmpty();
                                       }};
                    };
                    const RowsDue expiring{tx.expiringRows(now, alertTimeout), [&tx, now, alertTimeout](qint64 rowId) {
                                               return !tx.expiringRows(now, alertTimeout, rowId).isEmpty();
                                           }};
                    const RowsDue unshelve = timedOut(AlertStatus::Shelved, QStringLiteral("shelve"));
                    const RowsDue unack = timedOut(AlertStatus::Ack, QStringLiteral("ack"));
                    QSet<qint64> acted;
                    applyToRows(tx, expiring, QStringLiteral("expired"), acted, result.expired, errors, updates);
                    applyToRows(tx, unshelve, QStringLiteral("timeout"), acted, result.unshelve, errors, updates);
                    applyToRows(tx, unack, QStringLiteral("timeout"), acted, result.unack, errors, updates);
                    return Ok{};
                },
                [&](const VoidResult &committed) {
                    // Announced from the writer's thread once committed, as every other change.
                    if (!committed.ok())
                        return;
                    for (const ChangeDetails &d : std::as_const(details))
                        Q_EMIT alertChangeDetails(d);
                    for (const QString &id : std::as_const(deleted))
                        Q_EMIT alertChanged(Change::Deleted, id);
                    for (const QStringList *ids : {&result.expired, &result.unshelve, &result.unack}) {
                        for (const QString &id : *ids)
                            Q_EMIT alertChanged(Change::Updated, id);
                    }
                })
            .result();
    if (!status)
        return status.error();

    if (!deleted.isEmpty())
        qCInfo(lcHousekeeping) << "deleted" << deleted.size() << "alerts";
    if (!errors.isEmpty())
        return ApiError::internal(QStringLiteral("housekeeping failed"), errors);
    result.count = static_cast<int>(result.expired.size() + result.unshelve.size() + result.unack.size());
    return result;
}

// Housekeeping's half of the action path: `action` with text "", no requested timeout and no user. An alert the
// alarm model refuses is left alone and reported, as upstream collects plugin rejections, so that one bad alert
// (a severity no longer in SEVERITY_MAP) does not hold back the others.
void AlertEngine::applyToRows(AlertTransaction &tx,
                              const RowsDue &due,
                              const QString &action,
                              QSet<qint64> &acted,
                              QStringList &changed,
                              QStringList &errors,
                              QList<ChangeDetails> *details) const
{
    for (const qint64 rowId : due.rowIds) {
        // `expired` and `timeout` read the current and the previous entry only (spec §3.6).
        std::optional<StoredAlert> row = tx.findByRowId(rowId, 2);
        if (!row || (!acted.contains(rowId) && !due.stillDue(rowId)))
            continue;
        std::optional<Alert> before = details ? std::optional<Alert>(withoutHistory(row->alert)) : std::nullopt;
        const VoidResult applied = applyAction(tx, *row, action, QStringLiteral(""), {}, Caller{});
        if (applied) {
            acted.insert(rowId);
            changed.append(row->alert.id);
            if (details)
                details->append({Change::Updated, row->alert.id, std::move(before), reloaded(tx, rowId)});
        } else {
            qCWarning(lcHousekeeping) << action << row->alert.id << "refused:" << applied.error().message;
            errors.append(applied.error().message);
        }
    }
}
