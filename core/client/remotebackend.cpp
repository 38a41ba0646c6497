// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/client/remotebackend.h"

#include "core/apikeys.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QPromise>
#include <QSet>
#include <QSslCertificate>
#include <QUrlQuery>
#include <QtConcurrent>

#include "core/client/remotejson.h"
#include "core/logging.h"
#include "core/timestamp.h"

/// One page of `/alerts`, parsed off the GUI thread; also the sum of several pages.
struct RemoteBackend::Page
{
    QList<Alert> alerts;
    QList<size_t> prints; ///< fingerprint of each alert's JSON, to tell changed alerts from unchanged ones
    qint64 total = 0;
    bool more = false;
    QString lastTime; ///< newest `lastTime` seen (ISO text compares in time order)
};

namespace {

using Params = QList<QPair<QString, QString>>;

/// ApiError::code of a request that got no HTTP answer (refused, timed out, TLS failure).
constexpr int noAnswer = 0;

/// Ids per look-up request: each is an `id=` parameter of about 40 bytes, and proxies refuse request lines much
/// over 8 KiB (nginx's default).
constexpr qsizetype idsPerLookUp = 100;

bool refusesCredentials(const ApiError &error)
{
    return error.code == 401 || error.code == 403;
}

size_t fingerprint(const QJsonObject &json)
{
    return qHash(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

Result<RemoteBackend::Page> parsePage(const QByteArray &body)
{
    auto json = RemoteJson::object(body);
    if (!json)
        return json.error();
    RemoteBackend::Page page;
    const QJsonArray alerts = json->value(QLatin1StringView("alerts")).toArray();
    page.alerts.reserve(alerts.size());
    page.prints.reserve(alerts.size());
    for (const QJsonValue &value : alerts) {
        const QJsonObject object = value.toObject();
        auto alert = RemoteJson::alert(object);
        if (!alert)
            continue; // a malformed entry must not cost the whole list
        page.alerts.append(std::move(alert.value()));
        page.prints.append(fingerprint(object));
    }
    page.total = json->value(QLatin1StringView("total")).toInteger();
    page.more = json->value(QLatin1StringView("more")).toBool();
    page.lastTime = json->value(QLatin1StringView("lastTime")).toString();
    return page;
}

Params withoutParam(Params params, const QString &name)
{
    params.removeIf([&name](const QPair<QString, QString> &p) { return p.first == name; });
    return params;
}

/// The login in a JWT's payload (`preferred_username`), read without verifying: only for display and watch tags.
QString tokenLogin(const QString &token)
{
    const QStringList parts = token.split(u'.');
    if (parts.size() != 3)
        return {};
    const QByteArray payload = QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding);
    return QJsonDocument::fromJson(payload).object().value(QLatin1StringView("preferred_username")).toString();
}

} // namespace

RemoteBackendOptions RemoteBackendOptions::forProfile(const ConnectionProfile &profile,
                                                      std::chrono::milliseconds defaultPollInterval)
{
    RemoteBackendOptions options;
    options.endpoint = profile.url;
    options.caCertificateFile = profile.caCertificateFile;
    options.ignoreTlsErrors = profile.ignoreTlsErrors;
    options.pollIntervalFromPreferences = profile.pollIntervalSeconds == 0;
    options.pollInterval = options.pollIntervalFromPreferences
        ? defaultPollInterval
        : std::chrono::milliseconds(std::chrono::seconds(profile.pollIntervalSeconds));
    switch (profile.transport) {
    case ConnectionProfile::Transport::Auto:
        options.transport = Transport::Auto;
        break;
    case ConnectionProfile::Transport::Stream:
        options.transport = Transport::Stream;
        break;
    case ConnectionProfile::Transport::Polling:
        options.transport = Transport::Polling;
        break;
    }
    switch (profile.auth) {
    case ConnectionProfile::Auth::None:
        options.auth = Auth::None;
        break;
    case ConnectionProfile::Auth::ApiKey:
        options.auth = Auth::ApiKey;
        break;
    case ConnectionProfile::Auth::Password:
        options.auth = Auth::Password;
        options.username = profile.username;
        break;
    }
    return options;
}

RemoteBackend::RemoteBackend(RemoteBackendOptions options, QObject *parent)
    : AlertBackend(parent)
    , m_options(std::move(options))
    , m_ssl(QSslConfiguration::defaultConfiguration())
    , m_backoff(m_options.minReconnectDelay, m_options.maxReconnectDelay)
    , m_token(m_options.token)
{
    if (!m_options.caCertificateFile.isEmpty()) {
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(m_options.caCertificateFile);
        if (extra.isEmpty())
            qCWarning(lcClient) << "no certificate in" << m_options.caCertificateFile;
        m_ssl.addCaCertificates(extra);
    }
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &RemoteBackend::connectNow);
    m_pollTimer.setInterval(m_options.pollInterval);
    connect(&m_pollTimer, &QTimer::timeout, this, &RemoteBackend::poll);
    m_liveCheckTimer.setInterval(m_options.liveCheckInterval);
    connect(&m_liveCheckTimer, &QTimer::timeout, this, [this] {
        if (!m_socket)
            return;
        if (m_pongPending) {
            connectionLost(tr("The server stopped answering."));
            return;
        }
        m_pongPending = true;
        m_socket->ping();
    });
    // Events that arrive together (a storm, a replay) are applied together: one model update per event-loop turn.
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &RemoteBackend::flushStreamEvents);
}

RemoteBackend::~RemoteBackend()
{
    if (m_socket)
        m_socket->abort();
}

QString RemoteBackend::displayName() const
{
    const QUrl &e = m_options.endpoint;
    return e.port() > 0 ? QStringLiteral("%1:%2").arg(e.host()).arg(e.port()) : e.host();
}

void RemoteBackend::setPollInterval(std::chrono::milliseconds interval)
{
    m_options.pollInterval = interval;
    m_pollTimer.setInterval(interval);
}

QString RemoteBackend::userName() const
{
    // The server's login (a key's user, a token's preferred_username) is what it records and what watch tags use.
    if (!session().login.isEmpty())
        return session().login;
    if (m_options.auth == RemoteBackendOptions::Auth::Password)
        return m_options.username;
    return tokenLogin(m_token);
}

void RemoteBackend::start()
{
    if (m_running)
        return;
    m_running = true;
    m_resetNext = true;
    setState(State::Connecting);
    connectNow();
}

void RemoteBackend::stop()
{
    m_running = false;
    ++m_generation;
    closeConnection();
    m_reconnectTimer.stop();
    setState(State::Stopped);
}

void RemoteBackend::setFilter(const AlertFilter &filter)
{
    if (filter == this->filter())
        return;
    storeFilter(filter);
    if (!m_running)
        return;
    // The stream's filter is part of its URL: a new filter is a new stream and a new list.
    m_resetNext = true;
    m_revision = -1;
    m_epoch.clear();
    connectNow();
}

// ---- connection life cycle -------------------------------------------------------------------------------------

void RemoteBackend::closeConnection()
{
    m_pollTimer.stop();
    m_liveCheckTimer.stop();
    m_flushTimer.stop();
    m_queued.clear();
    m_fetching = false;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket.release()->deleteLater(); // may be inside one of its own signals
    }
}

void RemoteBackend::connectNow()
{
    if (!m_running)
        return;
    ++m_generation;
    closeConnection();
    const quint64 generation = m_generation;
    // Every start reads /config first, as the official clients do: the alarm model, and a cheap liveness test.
    getJson(QStringLiteral("/config"), {}, [this, generation](const Result<QJsonObject> &config) {
        if (generation != m_generation)
            return;
        if (!config) {
            connectionLost(config.error().message);
            return;
        }
        setAlarmModel(ServerAlarmModel::fromConfig(config.value()));
        const auto next = [this] {
            if (m_options.transport == RemoteBackendOptions::Transport::Polling || m_noStream)
                startPolling();
            else
                openStream();
        };
        const QJsonObject configObject = config.value();
        const auto learnThenNext = [this, configObject, next] {
            learnSession(configObject);
            next();
        };
        if (m_options.auth == RemoteBackendOptions::Auth::Password && m_token.isEmpty())
            login(learnThenNext);
        else
            learnThenNext();
    });
}

void RemoteBackend::learnSession(const QJsonObject &config)
{
    const bool customerViews = config.value(QLatin1StringView("customer_views")).toBool();
    switch (m_options.auth) {
    case RemoteBackendOptions::Auth::None:
        setSession(SessionInfo::anonymous(config));
        return;
    case RemoteBackendOptions::Auth::Token:
    case RemoteBackendOptions::Auth::Password:
        setSession(SessionInfo::fromToken(m_token, customerViews));
        return;
    case RemoteBackendOptions::Auth::ApiKey:
        // The key's own object, found in the list of keys (a non-admin's own, an admin's all) rather than asked for
        // as `/key/<key>`: a key in a URL ends up in every access log on the way. A key that may not read keys
        // leaves the session unknown: the console then offers everything and the server's 403 says what is missing.
        getJson(QStringLiteral("/keys"),
                {{QStringLiteral("page-size"), QStringLiteral("1000")}},
                [this, customerViews](const Result<QJsonObject> &keys) {
                    const QJsonArray listed = keys ? keys->value(QLatin1StringView("keys")).toArray() : QJsonArray();
                    SessionInfo session;
                    if (const std::optional<QJsonObject> own = ownKey(listed, m_options.apiKey))
                        session = SessionInfo::fromKey(*own, customerViews);
                    session.customerViews = customerViews;
                    setSession(session);
                });
        return;
    }
}

std::optional<QJsonObject> RemoteBackend::ownKey(const QJsonArray &listed, const QString &apiKey)
{
    // Upstream lists key strings; our server lists hints only (keys are hashed at rest), which the key's own hint
    // matches unless another listed key shares it.
    const QString hint = ApiKeys::hint(apiKey);
    std::optional<QJsonObject> byHint;
    int hintMatches = 0;
    for (const QJsonValue &key : listed) {
        const QString shown = key[QLatin1StringView("key")].toString();
        if (shown == apiKey)
            return key.toObject();
        if (shown == hint && ++hintMatches == 1)
            byHint = key.toObject();
    }
    return hintMatches == 1 ? byHint : std::nullopt;
}

void RemoteBackend::login(std::function<void()> then)
{
    const quint64 generation = m_generation;
    const QJsonObject body{{QStringLiteral("username"), m_options.username},
                           {QStringLiteral("password"), m_options.password}};
    sendJson("POST", QStringLiteral("/auth/login"), body, [this, generation, then](const Result<QJsonObject> &answer) {
        if (generation != m_generation)
            return;
        if (!answer) {
            if (refusesCredentials(answer.error()))
                fail(answer.error().message);
            else
                connectionLost(answer.error().message);
            return;
        }
        m_token = answer->value(QLatin1StringView("token")).toString();
        if (m_token.isEmpty()) {
            fail(tr("The server accepted the login but sent no token."));
            return;
        }
        Q_EMIT tokenIssued(m_token);
        then();
    });
}

void RemoteBackend::listFailed(const ApiError &error)
{
    if (refusesCredentials(error)) {
        // An expired token: log in again once with the password, if there is one.
        if (m_options.auth == RemoteBackendOptions::Auth::Password && !m_loginTried) {
            m_loginTried = true;
            m_token.clear();
            connectNow();
            return;
        }
        fail(error.message);
        return;
    }
    if (error.code == 400) { // a filter the server rejects: retrying would fail the same way
        fail(error.message);
        return;
    }
    connectionLost(error.message);
}

void RemoteBackend::connectionLost(const QString &why)
{
    if (!m_running)
        return;
    ++m_generation;
    closeConnection();
    m_noStream = false;
    const auto delay = m_backoff.next();
    qCInfo(lcClient) << displayName() << "connection lost:" << why << "- retrying in" << delay.count() << "ms";
    setState(State::Reconnecting, why);
    m_reconnectTimer.start(delay);
}

void RemoteBackend::fail(const QString &why)
{
    qCWarning(lcClient) << displayName() << "failed:" << why;
    ++m_generation;
    closeConnection();
    m_reconnectTimer.stop();
    setState(State::Failed, why);
}

void RemoteBackend::goLive(State state)
{
    m_backoff.reset();
    m_loginTried = false;
    setSyncedAt(QDateTime::currentDateTimeUtc());
    setState(state);
}

// ---- the list ----------------------------------------------------------------------------------------------------

void RemoteBackend::fetchAll(PageHandler done)
{
    fetchPage(1, std::make_shared<Page>(), std::move(done));
}

void RemoteBackend::fetchPage(int page, std::shared_ptr<Page> collected, PageHandler done)
{
    Params params = filter().queryParams();
    params.append({QStringLiteral("page"), QString::number(page)});
    params.append({QStringLiteral("page-size"), QString::number(m_options.pageSize)});
    getPage(params, [=, this](const Result<Page> &parsed) {
        // 416: the list shrank under the paging; what came so far is the list (a full refresh repairs the rest).
        if (!parsed && parsed.error().code == 416) {
            done(std::move(*collected));
            return;
        }
        if (!parsed) {
            done(parsed.error());
            return;
        }
        collected->alerts.append(parsed->alerts);
        collected->prints.append(parsed->prints);
        collected->total = parsed->total;
        collected->lastTime = std::max(collected->lastTime, parsed->lastTime);
        if (parsed->more && !parsed->alerts.isEmpty())
            fetchPage(page + 1, collected, done);
        else
            done(std::move(*collected));
    });
}

void RemoteBackend::getPage(const Params &params, PageHandler handler)
{
    const quint64 generation = m_generation;
    QNetworkReply *reply = send("GET", request(QStringLiteral("/alerts"), params));
    connect(reply, &QNetworkReply::finished, this, [=, this] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        if (const auto error = replyError(reply)) {
            handler(*error);
            return;
        }
        QtConcurrent::run(&m_parsePool, parsePage, reply->readAll()).then(this, [=, this](Result<Page> page) {
            if (generation == m_generation)
                handler(std::move(page));
        });
    });
}

void RemoteBackend::showList(const Page &page)
{
    if (m_resetNext) {
        m_resetNext = false;
        m_shown.clear();
        for (qsizetype i = 0; i < page.alerts.size(); ++i)
            m_shown.insert(page.alerts.at(i).id, page.prints.at(i));
        Q_EMIT alertsReset(page.alerts);
        return;
    }
    // A refresh: only the difference, so that the view keeps its selection and nothing flashes needlessly.
    QList<Alert> upserted;
    QHash<QString, size_t> gone = m_shown;
    for (qsizetype i = 0; i < page.alerts.size(); ++i) {
        const Alert &alert = page.alerts.at(i);
        gone.remove(alert.id);
        if (m_shown.value(alert.id) != page.prints.at(i)) {
            m_shown.insert(alert.id, page.prints.at(i));
            upserted.append(alert);
        }
    }
    const QStringList removed = gone.keys();
    for (const QString &id : removed)
        m_shown.remove(id);
    if (!upserted.isEmpty() || !removed.isEmpty())
        Q_EMIT alertsChanged(upserted, removed);
}

void RemoteBackend::fetchAndShowAll(std::function<void(const Page &)> then)
{
    m_fetching = true;
    fetchAll([this, then = std::move(then)](Result<Page> page) {
        m_fetching = false;
        if (!page) {
            listFailed(page.error());
            return;
        }
        showList(page.value());
        then(page.value());
    });
}

void RemoteBackend::startPolling()
{
    fetchAndShowAll([this](const Page &page) {
        m_lastTime = page.lastTime;
        m_pollsSinceFull = 0;
        goLive(State::Polling);
        m_pollTimer.start();
    });
}

void RemoteBackend::poll()
{
    if (m_fetching)
        return;
    if (++m_pollsSinceFull >= m_options.fullRefreshEvery) {
        m_pollsSinceFull = 0;
        fetchAndShowAll([this](const Page &page) {
            m_lastTime = std::max(m_lastTime, page.lastTime);
            setSyncedAt(QDateTime::currentDateTimeUtc());
        });
        return;
    }
    m_fetching = true;
    // What was received since the last answer: `from-date` is exclusive, so nothing comes twice.
    Params params = withoutParam(filter().queryParams(), QStringLiteral("from-date"));
    QString from = m_lastTime;
    if (filter().from)
        from = std::max(from, IsoTime::format(*filter().from));
    if (!from.isEmpty())
        params.append({QStringLiteral("from-date"), from});
    params.append({QStringLiteral("page-size"), QString::number(m_options.pageSize)});
    getPage(params, [this](const Result<Page> &page) {
        m_fetching = false;
        if (!page) {
            listFailed(page.error());
            return;
        }
        upsertChanged(page.value());
        m_lastTime = std::max(m_lastTime, page->lastTime);
        if (page->more) // more arrived than one page holds: a full refresh next time
            m_pollsSinceFull = m_options.fullRefreshEvery;
        setSyncedAt(QDateTime::currentDateTimeUtc());
    });
}

void RemoteBackend::upsertChanged(const Page &page, const QStringList &lookedUp)
{
    QList<Alert> upserted;
    QSet<QString> seen;
    for (qsizetype i = 0; i < page.alerts.size(); ++i) {
        const Alert &alert = page.alerts.at(i);
        seen.insert(alert.id);
        const auto shown = m_shown.constFind(alert.id);
        if (shown == m_shown.cend() || *shown != page.prints.at(i)) {
            m_shown.insert(alert.id, page.prints.at(i));
            upserted.append(alert);
        }
    }
    // Ids asked for that did not come back no longer match the filter.
    QStringList removed;
    for (const QString &id : lookedUp) {
        if (!seen.contains(id) && m_shown.remove(id))
            removed.append(id);
    }
    if (!upserted.isEmpty() || !removed.isEmpty())
        Q_EMIT alertsChanged(upserted, removed);
}

void RemoteBackend::lookUp(const QStringList &ids)
{
    if (ids.isEmpty() || state() != State::Polling)
        return;
    for (qsizetype start = 0; start < ids.size(); start += idsPerLookUp) {
        const QStringList chunk = ids.mid(start, idsPerLookUp);
        Params params = filter().queryParams();
        for (const QString &id : chunk)
            params.append({QStringLiteral("id"), id});
        params.append({QStringLiteral("page-size"), QString::number(chunk.size() + m_options.pageSize)});
        getPage(params, [this, chunk](const Result<Page> &page) {
            if (!page)
                return; // the next poll or full refresh shows it
            // `id` also matches lastReceiveId prefixes: keep only the alerts asked for.
            const QSet<QString> asked(chunk.cbegin(), chunk.cend());
            Page wanted;
            for (qsizetype i = 0; i < page->alerts.size(); ++i) {
                if (asked.contains(page->alerts.at(i).id)) {
                    wanted.alerts.append(page->alerts.at(i));
                    wanted.prints.append(page->prints.at(i));
                }
            }
            upsertChanged(wanted, chunk);
        });
    }
}

// ---- the stream --------------------------------------------------------------------------------------------------

void RemoteBackend::openStream()
{
    Params params = filter().queryParams();
    if (m_revision >= 0 && !m_epoch.isEmpty() && !m_resetNext) {
        params.append({QStringLiteral("revision"), QString::number(m_revision)});
        params.append({QStringLiteral("epoch"), m_epoch});
    } else {
        m_revision = -1;
    }
    QUrl streamUrl = url(QStringLiteral("/stream"), params);
    streamUrl.setScheme(streamUrl.scheme() == QLatin1StringView("https") ? QStringLiteral("wss")
                                                                         : QStringLiteral("ws"));
    QNetworkRequest upgrade(streamUrl);
    if (const QByteArray auth = authorization(); !auth.isEmpty())
        upgrade.setRawHeader("Authorization", auth);

    m_helloSeen = false;
    m_pongPending = false;
    m_socket = std::make_unique<QWebSocket>();
    m_socket->setSslConfiguration(m_ssl);
    const quint64 generation = m_generation;
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &RemoteBackend::onStreamMessage);
    connect(m_socket.get(), &QWebSocket::disconnected, this, [this, generation] {
        if (generation != m_generation)
            return;
        if (m_helloSeen)
            onStreamClosed();
        else
            streamUnavailable(m_socket->errorString());
    });
    connect(m_socket.get(), &QWebSocket::pong, this, [this] {
        m_pongPending = false;
        if (state() == State::Live)
            setSyncedAt(QDateTime::currentDateTimeUtc());
    });
    if (m_options.ignoreTlsErrors)
        connect(m_socket.get(), &QWebSocket::sslErrors, m_socket.get(), qOverload<>(&QWebSocket::ignoreSslErrors));
    // Qt 6.4 names the signal error(); errorOccurred() came in 6.5.
    connect(m_socket.get(),
            qOverload<QAbstractSocket::SocketError>(&QWebSocket::error),
            this,
            [this, generation](QAbstractSocket::SocketError) {
                if (generation == m_generation && !m_helloSeen)
                    streamUnavailable(m_socket->errorString());
            });
    // Nothing may hang: no hello within the request timeout counts as a dead server.
    QTimer::singleShot(m_options.requestTimeout, this, [this, generation] {
        if (generation == m_generation && !m_helloSeen && m_socket)
            connectionLost(tr("The server did not open the live stream in time."));
    });
    m_socket->open(upgrade);
}

void RemoteBackend::streamUnavailable(const QString &why)
{
    // /config answered moments ago, so the server is there but its stream is not: upstream Alerta answers 404,
    // a proxy without WebSocket support 400 or a closed connection. Auto mode polls; the next reconnection tries
    // the stream again, in case this was a passing failure.
    if (m_options.transport == RemoteBackendOptions::Transport::Auto) {
        qCInfo(lcClient) << displayName() << "has no usable /stream (" << why << "): polling";
        m_noStream = true;
        ++m_generation;
        closeConnection();
        startPolling();
        return;
    }
    connectionLost(why);
}

void RemoteBackend::onStreamMessage(const QString &message)
{
    StreamMessage event = StreamMessage::parse(message.toUtf8());
    switch (event.type) {
    case StreamMessage::Type::Hello: {
        m_helloSeen = true;
        const bool resumed = m_revision >= 0 && event.epoch == m_epoch;
        m_epoch = event.epoch;
        m_liveCheckTimer.start();
        if (resumed) {
            // The server replays what this list missed, or says `resync` right away.
            goLive(State::Live);
        } else {
            m_revision = event.revision;
            fetchForStream(0);
        }
        return;
    }
    case StreamMessage::Type::Resync:
        m_revision = event.revision;
        m_queued.clear();
        fetchForStream(0);
        return;
    case StreamMessage::Type::Other:
        return;
    case StreamMessage::Type::Alert:
        break;
    }
    m_revision = std::max(m_revision, event.revision);
    if (m_fetching && !event.visible)
        m_removedWhileFetching = true;
    m_queued.append(std::move(event));
    if (!m_fetching && !m_flushTimer.isActive())
        m_flushTimer.start();
}

void RemoteBackend::fetchForStream(int attempt)
{
    m_fetching = true;
    m_removedWhileFetching = false;
    // Only the newest fetch counts: after a restart the server says `hello` (a new epoch: fetch) and then `resync`
    // (fetch again). Applied after the newer one, the older page would bring back what stream events since removed.
    const quint64 fetch = ++m_streamFetch;
    fetchAll([this, attempt, fetch](Result<Page> page) {
        if (fetch != m_streamFetch)
            return;
        if (!page) {
            m_fetching = false;
            listFailed(page.error());
            return;
        }
        // Pages are offsets: an alert that left the list during the paging shifted the later ones, and one of
        // them may have been skipped. The stream said so (an invisible event): page again.
        if (m_removedWhileFetching && attempt < 2) {
            fetchForStream(attempt + 1);
            return;
        }
        m_fetching = false;
        showList(page.value());
        flushStreamEvents();
        goLive(State::Live);
    });
}

void RemoteBackend::flushStreamEvents()
{
    if (m_queued.isEmpty())
        return;
    // Fold the events per alert, the last one winning: the list only needs each alert's newest state.
    QHash<QString, qsizetype> last;
    for (qsizetype i = 0; i < m_queued.size(); ++i)
        last.insert(m_queued.at(i).id, i);
    QList<Alert> upserted;
    QStringList removed;
    for (qsizetype i = 0; i < m_queued.size(); ++i) {
        const StreamMessage &event = m_queued.at(i);
        const QString &id = event.id;
        if (last.value(id) != i)
            continue;
        const QJsonObject &alertJson = event.alert;
        auto alert = event.visible ? RemoteJson::alert(alertJson) : Result<Alert>(ApiError::notFound());
        if (alert) {
            m_shown.insert(id, fingerprint(alertJson));
            upserted.append(std::move(alert.value()));
        } else if (m_shown.remove(id)) {
            removed.append(id);
        }
    }
    m_queued.clear();
    if (!upserted.isEmpty() || !removed.isEmpty())
        Q_EMIT alertsChanged(upserted, removed);
    if (state() == State::Live)
        setSyncedAt(QDateTime::currentDateTimeUtc());
}

void RemoteBackend::onStreamClosed()
{
    const auto code = m_socket ? m_socket->closeCode() : QWebSocketProtocol::CloseCodeNormal;
    const QString reason = m_socket ? m_socket->closeReason() : QString();
    QString why = reason;
    if (why.isEmpty() && m_socket && m_socket->error() != QAbstractSocket::UnknownSocketError)
        why = m_socket->errorString();
    switch (static_cast<int>(code)) {
    case 4400: // the filter: the same request fails again
        fail(why);
        return;
    case 4401:
    case 4403:
        listFailed(ApiError{static_cast<int>(code) - 4000, why, {}});
        return;
    default:
        connectionLost(why.isEmpty() ? tr("The connection to the server was lost.") : why);
    }
}

// ---- requests ----------------------------------------------------------------------------------------------------

QUrl RemoteBackend::url(const QString &path, const Params &query) const
{
    QUrl u = m_options.endpoint;
    QString base = u.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    u.setPath(base + path);
    if (!query.isEmpty()) {
        QUrlQuery q;
        for (const auto &[name, value] : query) {
            // QUrlQuery leaves '+' alone, which servers read as a space; `q` may well contain one.
            QString encoded = value;
            encoded.replace(u'%', QStringLiteral("%25")).replace(u'+', QStringLiteral("%2B"));
            q.addQueryItem(name, encoded);
        }
        u.setQuery(q);
    }
    return u;
}

QByteArray RemoteBackend::authorization() const
{
    switch (m_options.auth) {
    case RemoteBackendOptions::Auth::ApiKey:
        return "Key " + m_options.apiKey.toUtf8();
    case RemoteBackendOptions::Auth::Token:
    case RemoteBackendOptions::Auth::Password:
        return m_token.isEmpty() ? QByteArray() : "Bearer " + m_token.toUtf8();
    case RemoteBackendOptions::Auth::None:
        break;
    }
    return {};
}

QNetworkRequest RemoteBackend::request(const QString &path, const Params &query) const
{
    QNetworkRequest r(url(path, query));
    r.setTransferTimeout(static_cast<int>(m_options.requestTimeout.count()));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    r.setSslConfiguration(m_ssl);
    if (const QByteArray auth = authorization(); !auth.isEmpty())
        r.setRawHeader("Authorization", auth);
    return r;
}

QNetworkReply *RemoteBackend::send(const QByteArray &verb, const QNetworkRequest &request, const QJsonObject &body)
{
    // POST and PUT always carry a JSON object (`{}` at least): the server reads their body as one.
    const bool json = !body.isEmpty() || verb == "POST" || verb == "PUT";
    const QByteArray data = json ? QJsonDocument(body).toJson(QJsonDocument::Compact) : QByteArray();
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, data);
    if (m_options.ignoreTlsErrors)
        connect(reply, &QNetworkReply::sslErrors, reply, qOverload<>(&QNetworkReply::ignoreSslErrors));
    return reply;
}

std::optional<ApiError> RemoteBackend::replyError(QNetworkReply *reply) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0 && reply->error() != QNetworkReply::NoError) {
        // No HTTP answer; a timeout reads as "Operation canceled", which says nothing to an operator.
        const QString why = reply->error() == QNetworkReply::OperationCanceledError
            ? tr("The server did not answer within %1 s.")
                  .arg(QString::number(m_options.requestTimeout.count() / 1000.0, 'g', 2))
            : reply->errorString();
        return ApiError{noAnswer, why, {}};
    }
    if (status >= 400)
        return RemoteJson::error(status, reply->readAll(), reply->errorString());
    return std::nullopt;
}

void RemoteBackend::finishJson(QNetworkReply *reply, JsonHandler handler)
{
    connect(reply, &QNetworkReply::finished, this, [this, reply, handler] {
        reply->deleteLater();
        if (const auto error = replyError(reply)) {
            handler(*error);
            return;
        }
        handler(RemoteJson::object(reply->readAll()));
    });
}

void RemoteBackend::getJson(const QString &path, const Params &query, JsonHandler handler)
{
    finishJson(send("GET", request(path, query)), std::move(handler));
}

void RemoteBackend::sendJson(const QByteArray &verb, const QString &path, const QJsonObject &body, JsonHandler handler)
{
    finishJson(send(verb, request(path), body), std::move(handler));
}

// ---- requests for the console --------------------------------------------------------------------------------------

QFuture<Result<Alert>> RemoteBackend::fetchAlert(const QString &id)
{
    auto promise = std::make_shared<QPromise<Result<Alert>>>();
    promise->start();
    getJson(QStringLiteral("/alert/") + id, {}, [promise](const Result<QJsonObject> &answer) {
        if (!answer)
            promise->addResult(answer.error());
        else
            promise->addResult(RemoteJson::alert(answer->value(QLatin1StringView("alert")).toObject()));
        promise->finish();
    });
    return promise->future();
}

QFuture<Result<QList<Note>>> RemoteBackend::fetchNotes(const QString &id)
{
    auto promise = std::make_shared<QPromise<Result<QList<Note>>>>();
    promise->start();
    getJson(QStringLiteral("/alert/%1/notes").arg(id), {}, [promise](const Result<QJsonObject> &answer) {
        if (!answer) {
            promise->addResult(answer.error());
        } else {
            QList<Note> notes;
            for (const QJsonValue &v : answer->value(QLatin1StringView("notes")).toArray())
                notes.append(RemoteJson::note(v.toObject()));
            promise->addResult(notes);
        }
        promise->finish();
    });
    return promise->future();
}

QFuture<Result<ApiAnswer>> RemoteBackend::call(const ApiCall &call)
{
    auto promise = std::make_shared<QPromise<Result<ApiAnswer>>>();
    promise->start();
    QNetworkReply *reply = send(call.verb, request(call.path, call.query), call.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, promise] {
        reply->deleteLater();
        if (const auto error = replyError(reply)) {
            promise->addResult(*error);
        } else {
            promise->addResult(ApiAnswer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                                         reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                                         reply->readAll()});
        }
        promise->finish();
    });
    return promise->future();
}

/// One command over many alerts, `parallelRequests` at a time.
class RemoteBackend::Session
{
public:
    QStringList waiting;
    QStringList ids;
    int running = 0;
    QSet<QString> succeeded;
    CommandOutcome outcome;
    QPromise<Result<CommandOutcome>> promise;
};

QFuture<Result<CommandOutcome>> RemoteBackend::run(const AlertCommand &command, const QStringList &ids)
{
    auto session = std::make_shared<Session>();
    session->waiting = ids;
    session->ids = ids;
    session->promise.start();
    QFuture<Result<CommandOutcome>> future = session->promise.future();
    if (ids.isEmpty()) {
        session->promise.addResult(CommandOutcome{});
        session->promise.finish();
        return future;
    }

    auto sendNext = std::make_shared<std::function<void()>>();
    *sendNext = [this, command, session, sendNext] {
        while (session->running < m_options.parallelRequests && !session->waiting.isEmpty()) {
            const QString id = session->waiting.takeFirst();
            ++session->running;
            const auto handle = [this, session, sendNext, id](const Result<QJsonObject> &answer) {
                --session->running;
                if (answer)
                    session->succeeded.insert(id);
                else
                    session->outcome.failed.append({id, answer.error()});
                if (!session->waiting.isEmpty()) {
                    (*sendNext)();
                } else if (session->running == 0) {
                    // In the given order, whatever order the answers came in (one pass: "everything matching"
                    // may be thousands of alerts).
                    for (const QString &given : std::as_const(session->ids)) {
                        if (session->succeeded.contains(given))
                            session->outcome.succeeded.append(given);
                    }
                    session->promise.addResult(session->outcome);
                    session->promise.finish();
                    lookUp(session->outcome.succeeded);
                    *sendNext = nullptr; // breaks the cycle sendNext → lambda → sendNext
                }
            };
            const QString alertPath = QStringLiteral("/alert/") + id;
            switch (command.kind) {
            case AlertCommand::Kind::Action: {
                QJsonObject body{{QStringLiteral("action"), command.action}, {QStringLiteral("text"), command.text}};
                if (command.timeout)
                    body.insert(QStringLiteral("timeout"), *command.timeout);
                sendJson("PUT", alertPath + QStringLiteral("/action"), body, handle);
                break;
            }
            case AlertCommand::Kind::Tag:
            case AlertCommand::Kind::Untag:
                sendJson(
                    "PUT",
                    alertPath
                        + (command.kind == AlertCommand::Kind::Tag ? QStringLiteral("/tag") : QStringLiteral("/untag")),
                    {{QStringLiteral("tags"), QJsonArray::fromStringList(command.tags)}},
                    handle);
                break;
            case AlertCommand::Kind::Note:
                sendJson("PUT", alertPath + QStringLiteral("/note"), {{QStringLiteral("text"), command.text}}, handle);
                break;
            case AlertCommand::Kind::Delete:
                finishJson(send("DELETE", request(alertPath)), handle);
                break;
            }
        }
    };
    (*sendNext)();
    return future;
}

QFuture<Result<qint64>> RemoteBackend::countMatching(const AlertFilter &filter)
{
    auto promise = std::make_shared<QPromise<Result<qint64>>>();
    promise->start();
    getJson(QStringLiteral("/alerts/count"), filter.queryParams(), [promise](const Result<QJsonObject> &answer) {
        if (!answer)
            promise->addResult(answer.error());
        else
            promise->addResult(answer->value(QLatin1StringView("total")).toInteger());
        promise->finish();
    });
    return promise->future();
}

QFuture<Result<QStringList>> RemoteBackend::idsMatching(const AlertFilter &filter)
{
    auto promise = std::make_shared<QPromise<Result<QStringList>>>();
    promise->start();
    auto ids = std::make_shared<QStringList>();
    auto fetch = std::make_shared<std::function<void(int)>>();
    *fetch = [this, filter, promise, ids, fetch](int page) {
        Params params = filter.queryParams();
        params.append({QStringLiteral("page"), QString::number(page)});
        params.append({QStringLiteral("page-size"), QString::number(m_options.pageSize)});
        getJson(QStringLiteral("/alerts"), params, [promise, ids, fetch, page](const Result<QJsonObject> &answer) {
            if (!answer) {
                promise->addResult(answer.error());
                promise->finish();
                *fetch = nullptr;
                return;
            }
            const QJsonArray alerts = answer->value(QLatin1StringView("alerts")).toArray();
            for (const QJsonValue &v : alerts)
                ids->append(v.toObject().value(QLatin1StringView("id")).toString());
            if (answer->value(QLatin1StringView("more")).toBool() && !alerts.isEmpty()) {
                (*fetch)(page + 1);
                return;
            }
            promise->addResult(*ids);
            promise->finish();
            *fetch = nullptr;
        });
    };
    (*fetch)(1);
    return promise->future();
}
