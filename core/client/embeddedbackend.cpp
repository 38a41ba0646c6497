// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/client/embeddedbackend.h"

#include <QtConcurrent>

#include "core/alertengine.h"
#include "core/logging.h"

namespace {

/// Ids per look-up query: a storm (housekeeping expiring thousands) is cut into queries of a sane size.
constexpr qsizetype idsPerQuery = 500;

/// `page-size` that makes one page of any list: one SELECT is one consistent snapshot, which offset paging over a
/// changing table is not.
const QString wholeList = QStringLiteral("1000000000");

QueryParams withParams(QueryParams params, std::initializer_list<QPair<QString, QString>> extra)
{
    for (const auto &p : extra)
        params.append(p);
    return params;
}

/// Every alert matching `filter` in one page.
Result<QList<Alert>> queryAll(AlertEngine &engine, const AlertFilter &filter, const Caller &caller)
{
    auto page = engine.query(withParams(filter.queryParams(), {{QStringLiteral("page-size"), wholeList}}), caller);
    if (!page)
        return page.error();
    return std::move(page.value().alerts);
}

struct ChangedAlerts
{
    QList<Alert> upserted;
    QStringList removed;
};

/// Which of `ids` match `filter` now: those are upserted, the rest removed.
Result<ChangedAlerts> lookUp(AlertEngine &engine, const AlertFilter &filter, const Caller &caller, QStringList ids)
{
    ChangedAlerts changes;
    QSet<QString> wanted(ids.begin(), ids.end());
    for (qsizetype start = 0; start < ids.size(); start += idsPerQuery) {
        QueryParams params = filter.queryParams();
        for (const QString &id : ids.mid(start, idsPerQuery))
            params.append({QStringLiteral("id"), id});
        params.append({QStringLiteral("page-size"), wholeList});
        auto page = engine.query(params, caller);
        if (!page)
            return page.error();
        // `id` is a prefix match on id or lastReceiveId: keep only the alerts asked for.
        for (Alert &alert : page.value().alerts) {
            if (wanted.remove(alert.id))
                changes.upserted.append(std::move(alert));
        }
    }
    for (const QString &id : ids) {
        if (wanted.contains(id))
            changes.removed.append(id);
    }
    return changes;
}

VoidResult runOne(AlertEngine &engine, const AlertCommand &command, const QString &id, const Caller &caller)
{
    switch (command.kind) {
    case AlertCommand::Kind::Action:
        return engine.action(id, command.action, command.text, command.timeout, caller);
    case AlertCommand::Kind::Tag:
        return engine.tag(id, command.tags, caller);
    case AlertCommand::Kind::Untag:
        return engine.untag(id, command.tags, caller);
    case AlertCommand::Kind::Note: {
        auto note = engine.addNote(id, command.text, caller);
        return note ? VoidResult(Ok{}) : VoidResult(note.error());
    }
    case AlertCommand::Kind::Delete:
        return engine.remove(id, caller);
    }
    return ApiError::internal(QStringLiteral("unknown command"));
}

} // namespace

EmbeddedBackend::EmbeddedBackend(AlertEngine &engine,
                                 const ServerAlarmModel &alarmModel,
                                 Caller caller,
                                 QObject *parent)
    : AlertBackend(parent)
    , m_engine(engine)
    , m_caller(std::move(caller))
{
    m_pool.setMaxThreadCount(2); // one list fetch and one command at a time: the engine serialises writes anyway
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(std::chrono::milliseconds(50));
    connect(&m_batchTimer, &QTimer::timeout, this, &EmbeddedBackend::fetchChanged);
    setAlarmModel(alarmModel);
    SessionInfo session;
    session.known = true;
    session.login = m_caller.login;
    session.scopes = m_caller.scopes;
    session.customers = m_caller.customers;
    setSession(session);
}

void EmbeddedBackend::setApi(InProcessApi api, bool customerViews)
{
    m_api = std::move(api);
    SessionInfo session = this->session();
    session.customerViews = customerViews;
    setSession(session);
}

EmbeddedBackend::~EmbeddedBackend()
{
    QObject::disconnect(m_engineConnection);
    m_pool.waitForDone();
}

void EmbeddedBackend::setBatchInterval(std::chrono::milliseconds interval)
{
    m_batchTimer.setInterval(interval);
}

QString EmbeddedBackend::displayName() const
{
    return tr("This computer");
}

QString EmbeddedBackend::userName() const
{
    return m_caller.login;
}

void EmbeddedBackend::start()
{
    if (m_running)
        return;
    m_running = true;
    // Connected before the first fetch: a change committed while it runs is looked up again afterwards.
    m_engineConnection = connect(
        &m_engine,
        &AlertEngine::alertChanged,
        this,
        [this](AlertEngine::Change, const QString &alertId) { noteChange(alertId); },
        Qt::QueuedConnection);
    setState(State::Connecting);
    fetchAll();
}

void EmbeddedBackend::stop()
{
    m_running = false;
    QObject::disconnect(m_engineConnection);
    m_batchTimer.stop();
    m_changed.clear();
    ++m_generation;
    setState(State::Stopped);
}

void EmbeddedBackend::setFilter(const AlertFilter &filter)
{
    if (filter == this->filter())
        return;
    storeFilter(filter);
    if (m_running)
        fetchAll();
}

void EmbeddedBackend::noteChange(const QString &alertId)
{
    if (!m_running)
        return;
    m_changed.insert(alertId);
    if (!m_batchTimer.isActive() && !m_batchInFlight && !m_resetInFlight)
        m_batchTimer.start();
}

void EmbeddedBackend::fetchAll()
{
    const quint64 generation = ++m_generation;
    m_resetInFlight = true;
    m_batchTimer.stop();
    // A reset shows every change committed before its query; those noted so far need no look-up.
    m_changed.clear();
    const AlertFilter filter = this->filter();
    QtConcurrent::run(&m_pool, [engine = &m_engine, filter, caller = m_caller] {
        return resultOrInternalError<QList<Alert>>([&] { return queryAll(*engine, filter, caller); });
    }).then(this, [this, generation](const Result<QList<Alert>> &alerts) {
        if (generation != m_generation)
            return;
        m_resetInFlight = false;
        if (!alerts) {
            qCWarning(lcClient) << "embedded list failed:" << alerts.error().message;
            setState(State::Failed, alerts.error().message);
            return;
        }
        Q_EMIT alertsReset(alerts.value());
        setSyncedAt(QDateTime::currentDateTimeUtc());
        setState(State::Live);
        if (!m_changed.isEmpty())
            m_batchTimer.start();
    });
}

void EmbeddedBackend::fetchChanged()
{
    if (m_changed.isEmpty() || m_batchInFlight || m_resetInFlight)
        return;
    m_batchInFlight = true;
    const quint64 generation = m_generation;
    QStringList ids(m_changed.begin(), m_changed.end());
    m_changed.clear();
    const AlertFilter filter = this->filter();
    QtConcurrent::run(&m_pool, [engine = &m_engine, filter, caller = m_caller, ids] {
        return resultOrInternalError<ChangedAlerts>([&] { return lookUp(*engine, filter, caller, ids); });
    }).then(this, [this, generation, ids](const Result<ChangedAlerts> &changes) {
        m_batchInFlight = false;
        if (generation != m_generation)
            return;
        if (!changes) {
            // Try these ids again with the next batch rather than lose them.
            qCWarning(lcClient) << "embedded look-up failed:" << changes.error().message;
            for (const QString &id : ids)
                m_changed.insert(id);
        } else {
            Q_EMIT alertsChanged(changes->upserted, changes->removed);
            setSyncedAt(QDateTime::currentDateTimeUtc());
        }
        if (!m_changed.isEmpty())
            m_batchTimer.start();
    });
}

QFuture<Result<Alert>> EmbeddedBackend::fetchAlert(const QString &id)
{
    return QtConcurrent::run(&m_pool, [engine = &m_engine, id, caller = m_caller] {
        return resultOrInternalError<Alert>([&] { return engine->alert(id, caller); });
    });
}

QFuture<Result<QList<Note>>> EmbeddedBackend::fetchNotes(const QString &id)
{
    return QtConcurrent::run(&m_pool, [engine = &m_engine, id, caller = m_caller] {
        return resultOrInternalError<QList<Note>>([&] { return engine->notes(id, caller); });
    });
}

QFuture<Result<CommandOutcome>> EmbeddedBackend::run(const AlertCommand &command, const QStringList &ids)
{
    return QtConcurrent::run(&m_pool, [engine = &m_engine, command, ids, caller = m_caller] {
        return resultOrInternalError<CommandOutcome>([&]() -> Result<CommandOutcome> {
            CommandOutcome outcome;
            for (const QString &id : ids) {
                const VoidResult done = runOne(*engine, command, id, caller);
                if (done)
                    outcome.succeeded.append(id);
                else
                    outcome.failed.append({id, done.error()});
            }
            return outcome;
        });
    });
}

QFuture<Result<qint64>> EmbeddedBackend::countMatching(const AlertFilter &filter)
{
    return QtConcurrent::run(&m_pool, [engine = &m_engine, filter, caller = m_caller] {
        return resultOrInternalError<qint64>([&]() -> Result<qint64> {
            const auto counts = engine->count(filter.queryParams(), caller);
            if (!counts)
                return counts.error();
            return counts->total;
        });
    });
}

QFuture<Result<QStringList>> EmbeddedBackend::idsMatching(const AlertFilter &filter)
{
    return QtConcurrent::run(&m_pool, [engine = &m_engine, filter, caller = m_caller] {
        return resultOrInternalError<QStringList>([&]() -> Result<QStringList> {
            const auto alerts = queryAll(*engine, filter, caller);
            if (!alerts)
                return alerts.error();
            QStringList ids;
            ids.reserve(alerts->size());
            for (const Alert &alert : alerts.value())
                ids.append(alert.id);
            return ids;
        });
    });
}

QFuture<Result<ApiAnswer>> EmbeddedBackend::call(const ApiCall &call)
{
    if (!m_api)
        return QtFuture::makeReadyFuture(
            Result<ApiAnswer>(ApiError{501, tr("This part of the API is not available here."), {}}));
    // Handlers block until their writes are durable: never on the calling (GUI) thread.
    return QtConcurrent::run(&m_pool, [api = m_api, call, caller = m_caller] {
        return resultOrInternalError<ApiAnswer>([&] { return api(call, caller); });
    });
}
