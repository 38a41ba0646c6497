// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/api/pgstreamfeed.h"

#include "core/logging.h"
#include "core/pgalertstore.h"
#include "core/pgconnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QSqlDriver>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace {

using Change = AlertEngine::Change;

// How long the publisher lets changes gather before it notifies. Every notification wakes the publisher, a database
// backend, and every instance's listener and its backend: at 2 ms (a notification per nine receives at 8 connections)
// that was a tenth of a single instance's throughput (4,300 against 4,750 alerts/s, run-pg-bench, 2026-11-28), and
// 50 ms gained nothing more. Ten milliseconds more before another instance's stream shows a change go unnoticed.
constexpr std::chrono::milliseconds CoalesceDelay{10};

/// One change as published: a deletion carries the alert's customer, so that another instance's stream knows whose
/// clients to tell even when it never saw the alert.
struct Published
{
    Change change;
    QString alertId;
    QString customer;
};

// The payloads for `changes`, each within PgStreamFeed::PayloadLimit.
QList<QByteArray> payloads(const QString &from, const QList<Published> &changes)
{
    QList<QByteArray> result;
    QJsonArray batch;
    qsizetype size = 0;
    auto flush = [&] {
        if (batch.isEmpty())
            return;
        const QJsonObject message{{QStringLiteral("from"), from}, {QStringLiteral("changes"), batch}};
        result.append(QJsonDocument(message).toJson(QJsonDocument::Compact));
        batch = QJsonArray();
        size = 0;
    };
    for (const Published &published : changes) {
        const qsizetype entry = published.alertId.toUtf8().size() + published.customer.toUtf8().size() + 32;
        if (size + entry > PgStreamFeed::PayloadLimit - 100)
            flush();
        QJsonArray item{static_cast<int>(published.change), published.alertId};
        if (!published.customer.isNull())
            item.append(published.customer);
        batch.append(item);
        size += entry;
    }
    flush();
    return result;
}

} // namespace

/// Sends this instance's committed changes, in commit order, from a thread and connection of its own.
class PgStreamFeed::Publisher
{
public:
    Publisher(PgConnectionOptions options, QString from)
        : m_options(std::move(options))
        , m_from(std::move(from))
        , m_thread([this] { run(); })
    {}

    ~Publisher()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }

    void publish(Published change)
    {
        {
            std::lock_guard lock(m_mutex);
            m_pending.append(std::move(change));
        }
        m_wake.notify_one();
    }

private:
    void run()
    {
        std::unique_ptr<PgConnection> db;
        for (;;) {
            QList<Published> changes;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || !m_pending.isEmpty(); });
                if (m_pending.isEmpty())
                    return;
                // A moment for more changes to join, so that a busy instance sends a notification per batch rather
                // than per alert (each costs a round trip and the other instances' wake-ups).
                m_wake.wait_for(lock, CoalesceDelay, [this] { return m_stopping; });
                changes.swap(m_pending);
            }
            if (!send(db, changes)) {
                // Kept, in order, ahead of what came meanwhile, and sent again once the database answers (a
                // restart, a failover); past MaxUnsent they are given up, and the others told to refetch.
                std::unique_lock lock(m_mutex);
                changes.append(m_pending);
                m_pending.swap(changes);
                if (m_pending.size() > MaxUnsent) {
                    qCWarning(lcStore) << "stream: other instances miss" << m_pending.size()
                                       << "changes: cannot notify them";
                    m_pending.clear();
                    m_lost = true;
                }
                m_wake.wait_for(lock, RetryDelay, [this] { return m_stopping; });
                if (m_stopping)
                    return;
            }
        }
    }

    // Sends `changes` (after the news that some were lost, if so); false when the database could not be reached.
    bool send(std::unique_ptr<PgConnection> &db, const QList<Published> &changes)
    {
        try {
            if (!db || !db->isOpen())
                db = std::make_unique<PgConnection>(m_options, QStringLiteral("stream publisher"));
            const auto notify = [&db](const QByteArray &payload) {
                db->scalar(QStringLiteral("SELECT pg_notify(?, ?)"),
                           {QString::fromLatin1(Channel), QString::fromUtf8(payload)});
            };
            if (m_lost) {
                notify(QJsonDocument(QJsonObject{{QStringLiteral("from"), m_from}, {QStringLiteral("lost"), true}})
                           .toJson(QJsonDocument::Compact));
                m_lost = false;
            }
            for (const QByteArray &payload : payloads(m_from, changes))
                notify(payload);
            return true;
        } catch (const PgError &e) {
            db.reset();
            qCWarning(lcStore) << "stream: cannot notify other instances of" << changes.size()
                               << "changes yet (retrying):" << e.what();
            return false;
        }
    }

    static constexpr qsizetype MaxUnsent = 100000;
    static constexpr std::chrono::milliseconds RetryDelay{500};

    PgConnectionOptions m_options;
    QString m_from;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    QList<Published> m_pending;
    bool m_stopping = false;
    bool m_lost = false;  ///< changes were given up: the others must refetch (publisher thread only)
    std::thread m_thread; ///< last: starts once the rest is built
};

/// Receives the other instances' notifications on a thread with an event loop (QPSQL delivers them as signals),
/// loads each changed alert and hands it to the sink.
class PgStreamFeed::Listener : public QObject
{
public:
    /// Returns once the first LISTEN has been tried: a stream that greets clients before it listens would miss
    /// the changes made meanwhile.
    Listener(PgAlertStore &store, QString self, Sink sink, Missed missed)
        : m_store(store)
        , m_self(std::move(self))
        , m_sink(std::move(sink))
        , m_missed(std::move(missed))
    {
        moveToThread(&m_thread);
        connect(&m_thread, &QThread::started, this, &Listener::open);
        connect(&m_thread, &QThread::finished, this, &Listener::close);
        m_thread.setObjectName(QStringLiteral("stream-listener"));
        m_thread.start();
        m_opened.acquire();
    }

    ~Listener() override
    {
        m_thread.quit();
        m_thread.wait();
    }

private:
    void open()
    {
        m_check = new QTimer(this);
        connect(m_check, &QTimer::timeout, this, &Listener::checkConnection);
        m_check->start(std::chrono::seconds(5));
        subscribe();
        m_opened.release();
    }

    void close()
    {
        delete m_check;
        m_db.reset();
    }

    void subscribe()
    {
        try {
            m_db = std::make_unique<PgConnection>(m_store.connectionOptions(), QStringLiteral("stream listener"));
            QSqlDriver *driver = m_db->database().driver();
            connect(driver,
                    &QSqlDriver::notification,
                    this,
                    [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                        received(payload.toString());
                    });
            if (!driver->subscribeToNotification(QString::fromLatin1(Channel)))
                throw PgError(QString(), QStringLiteral("LISTEN failed"));
            if (m_listenedBefore || m_failedBefore)
                m_missed(); // whatever was published while this instance was not listening is gone
            m_listenedBefore = true;
        } catch (const PgError &e) {
            m_failedBefore = true;
            m_db.reset();
            qCWarning(lcStore) << "stream: cannot listen for other instances' changes (retrying):" << e.what();
        }
    }

    // A lost connection stops notifications silently; a cheap query finds out.
    void checkConnection()
    {
        if (m_db) {
            try {
                m_db->ping();
                return;
            } catch (const PgError &) {
                qCWarning(lcStore) << "stream: lost the connection that listens for other instances' changes";
            }
        }
        subscribe();
    }

    void received(const QString &payload)
    {
        const QJsonObject message = QJsonDocument::fromJson(payload.toUtf8()).object();
        if (message.value(QStringLiteral("from")).toString() == m_self)
            return; // this instance's own changes reach the stream from its engine
        if (message.value(QStringLiteral("lost")).toBool()) {
            m_missed(); // another instance could not tell its changes for a while
            return;
        }
        QList<AlertEngine::ChangeDetails> changes;
        QStringList ids;
        for (const QJsonValue &entry : message.value(QStringLiteral("changes")).toArray()) {
            const QJsonArray pair = entry.toArray();
            const int kind = pair.at(0).toInt(-1);
            const QString id = pair.at(1).toString();
            if (kind < static_cast<int>(Change::Created) || kind > static_cast<int>(Change::Deleted) || id.isEmpty())
                continue;
            AlertEngine::ChangeDetails details{static_cast<Change>(kind), id, std::nullopt, std::nullopt, {}};
            if (details.change == Change::Deleted && pair.at(2).isString())
                details.deletedCustomer = pair.at(2).toString();
            changes.append(std::move(details));
            ids.append(id);
        }
        if (changes.isEmpty())
            return;
        // The alerts as stored now, all in one snapshot.
        QHash<QString, Alert> current;
        try {
            m_store.read([&](AlertReader &reader) {
                AlertSelection selection;
                selection.where = SqlFragment::in(QStringLiteral("id"), ids);
                selection.limit = static_cast<int>(ids.size());
                selection.withRawData = true;
                for (Alert &alert : reader.select(selection))
                    current.insert(alert.id, std::move(alert));
            });
        } catch (const std::exception &e) {
            // The changes cannot be shown: clients refetch instead of going on without them.
            qCWarning(lcStore) << "stream: cannot load" << ids.size() << "changed alerts:" << e.what();
            m_missed();
            return;
        }
        for (AlertEngine::ChangeDetails &details : changes) {
            const auto found = current.constFind(details.alertId);
            if (found != current.constEnd())
                details.after = *found;
            else if (details.change != Change::Deleted)
                continue; // deleted since; its deletion follows
            m_sink(std::move(details));
        }
    }

    PgAlertStore &m_store;
    QString m_self;
    Sink m_sink;
    Missed m_missed;
    bool m_listenedBefore = false;
    bool m_failedBefore = false;
    QSemaphore m_opened;
    QThread m_thread;
    QTimer *m_check = nullptr;
    std::unique_ptr<PgConnection> m_db;
};

PgStreamFeed::PgStreamFeed(PgAlertStore &store, AlertEngine &engine)
    : m_store(store)
    , m_engine(engine)
    , m_instanceId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

PgStreamFeed::~PgStreamFeed()
{
    stop();
}

void PgStreamFeed::start(Sink sink, Missed missed)
{
    stop();
    m_publisher = std::make_unique<Publisher>(m_store.connectionOptions(), m_instanceId);
    // Direct, on the writer's thread once committed: the publisher only queues.
    m_engineConnection = QObject::connect(
        &m_engine,
        &AlertEngine::alertChangeDetails,
        [publisher = m_publisher.get()](const AlertEngine::ChangeDetails &details) {
            const bool deleted = details.change == Change::Deleted && details.before;
            publisher->publish({details.change, details.alertId, deleted ? details.before->customer : QString()});
        });
    m_listener = std::make_unique<Listener>(m_store, m_instanceId, std::move(sink), std::move(missed));
}

void PgStreamFeed::stop()
{
    if (m_engineConnection)
        QObject::disconnect(m_engineConnection);
    m_engineConnection = {};
    m_listener.reset();
    m_publisher.reset();
}
