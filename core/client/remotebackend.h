// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/client/alertbackend.h"
#include "core/client/connectionprofile.h"
#include "core/client/reconnectbackoff.h"
#include "core/client/streammessage.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkReply;

/// How RemoteBackend reaches and authenticates to a server. Secrets live here only in memory: the caller reads them
/// from the keychain (ConnectionProfileStore) and hands them over.
struct RemoteBackendOptions
{
    enum class Auth { None, ApiKey, Token, Password };
    enum class Transport {
        Auto,   ///< the `/stream` WebSocket when the server has it, else polling (upstream Alerta has no stream)
        Stream, ///< only the stream; a server without it is retried like a dead one
        Polling ///< only polling
    };

    QUrl endpoint; ///< the API root, e.g. `http://alerta:8080` or `https://noc.example.com/api`
    Auth auth = Auth::None;
    QString apiKey;   ///< Auth::ApiKey: sent as `Authorization: Key <key>`
    QString token;    ///< Auth::Token, or a token kept from an earlier Auth::Password login (tried first)
    QString username; ///< Auth::Password: `POST /auth/login` for a bearer token
    QString password;
    QString caCertificateFile; ///< PEM file of extra trusted CAs (a private CA); empty = system CAs only
    bool ignoreTlsErrors = false;
    Transport transport = Transport::Auto;

    std::chrono::milliseconds pollInterval{5000};       ///< webui's default refresh
    bool pollIntervalFromPreferences = false;           ///< the profile has none: follows the console's preference
    int fullRefreshEvery = 6;                           ///< polls between two full refreshes (see RemoteBackend)
    std::chrono::milliseconds requestTimeout{15000};    ///< a request with no progress for this long fails
    std::chrono::milliseconds liveCheckInterval{10000}; ///< stream: ping period; no pong within it = dead
    std::chrono::milliseconds minReconnectDelay{500};
    std::chrono::milliseconds maxReconnectDelay{30000};
    int pageSize = 1000; ///< alerts per `/alerts` page (what the official CLI asks for)
    /// Commands run on this many alerts at a time (one `PUT /alert/{id}/...` each).
    int parallelRequests = 8;

    /// The options of a remote connection profile: endpoint, auth kind and username, TLS, transport, poll
    /// interval (`defaultPollInterval`, the console's preference, when the profile has none). The secrets (API key,
    /// password, token) are the caller's to add from the keychain.
    static RemoteBackendOptions forProfile(const ConnectionProfile &profile,
                                           std::chrono::milliseconds defaultPollInterval = std::chrono::seconds(5));
};

/// A remote Alerta server — ours or the upstream Python one — as an AlertBackend.
///
/// Staying live: with the `/stream` WebSocket (docs/stream.md) the backend opens the stream, waits for `hello`,
/// fetches `/alerts` page by page while queueing the stream's events, applies them, and from then on applies each
/// event as it comes (events already waiting are applied together). After a lost connection it reconnects with
/// `revision` and `epoch`: the server replays what was missed, or answers `resync` and the list is fetched again.
///
/// A server without the stream (upstream Alerta) is polled: every pollInterval `/alerts?from-date=<lastTime>`
/// brings what was received since, and every fullRefreshEvery polls the whole list is fetched and compared, which
/// also catches what from-date cannot show (status changes by other operators, alerts that left the filter or were
/// deleted). The alerts a command of this console touched are looked up at once.
///
/// Failures never block: requests time out, the state goes to Reconnecting with the error, and attempts follow
/// with exponential backoff and jitter while the last list stays shown (syncedAt() tells its age). Credentials
/// the server refuses (401/403, stream close 4401/4403) end in Failed; a token that expired is renewed once with
/// the password when there is one.
class RemoteBackend final : public AlertBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteBackend)

public:
    explicit RemoteBackend(RemoteBackendOptions options, QObject *parent = nullptr);
    ~RemoteBackend() override;

    const RemoteBackendOptions &options() const { return m_options; }
    /// Polls every `interval` from the next poll on (the console's preference changed).
    void setPollInterval(std::chrono::milliseconds interval);
    /// True while Auto mode polls because the server's `/stream` failed although the server answered.
    bool pollingFallback() const { return m_noStream; }

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

    /// Alerts of one or several `/alerts` pages (defined in the .cpp; public only for its parser).
    struct Page;

    /// The API key's own object among the keys a server lists (`GET /keys`): by its key string, which upstream
    /// lists, or by ApiKeys::hint, all that our server lists, when no other listed key shares the hint.
    static std::optional<QJsonObject> ownKey(const QJsonArray &listed, const QString &apiKey);

private:
    class Session;
    using Params = QList<QPair<QString, QString>>;
    using JsonHandler = std::function<void(const Result<QJsonObject> &)>;
    using PageHandler = std::function<void(Result<Page>)>;

    // Connection life cycle
    void connectNow();
    void closeConnection();
    void login(std::function<void()> then);
    /// Finds out who the credentials are (SessionInfo): the token's claims, the API key's object, or `/config`.
    void learnSession(const QJsonObject &config);
    void openStream();
    void startPolling();
    /// A list request failed: credentials refused → Failed (after one fresh login), else reconnect.
    void listFailed(const ApiError &error);
    void connectionLost(const QString &why);
    void fail(const QString &why);
    void goLive(State state);

    // The list
    void fetchAll(PageHandler done);
    void fetchPage(int page, std::shared_ptr<Page> collected, PageHandler done);
    /// One `/alerts` request, parsed off the GUI thread; answers of an older generation are dropped.
    void getPage(const Params &params, PageHandler handler);
    /// Fetches the whole list and shows it (showList), then calls `then`; a failure goes to listFailed().
    void fetchAndShowAll(std::function<void(const Page &)> then);
    /// The first list after start/filter change as alertsReset, later ones as the difference to what is shown.
    void showList(const Page &page);
    /// Upserts what changed in `page`; ids of `lookedUp` missing from it are removed.
    void upsertChanged(const Page &page, const QStringList &lookedUp = {});
    void poll();
    void lookUp(const QStringList &ids);

    // The stream
    void onStreamMessage(const QString &message);
    void onStreamClosed();
    /// The stream failed before its `hello`.
    void streamUnavailable(const QString &why);
    void fetchForStream(int attempt);
    void flushStreamEvents();

    // Requests
    QUrl url(const QString &path, const Params &query = {}) const;
    QByteArray authorization() const;
    QNetworkRequest request(const QString &path, const Params &query = {}) const;
    QNetworkReply *send(const QByteArray &verb, const QNetworkRequest &request, const QJsonObject &body = {});
    /// The failure of a finished reply (no answer: code 0), or none.
    std::optional<ApiError> replyError(QNetworkReply *reply) const;
    void finishJson(QNetworkReply *reply, JsonHandler handler);
    void getJson(const QString &path, const Params &query, JsonHandler handler);
    void sendJson(const QByteArray &verb, const QString &path, const QJsonObject &body, JsonHandler handler);

    RemoteBackendOptions m_options;
    QNetworkAccessManager m_network;
    QSslConfiguration m_ssl;
    ReconnectBackoff m_backoff;
    QTimer m_reconnectTimer;
    QTimer m_pollTimer;
    QTimer m_liveCheckTimer;
    QTimer m_flushTimer;
    QThreadPool m_parsePool; ///< JSON of big pages is parsed here, not on the GUI thread
    std::unique_ptr<QWebSocket> m_socket;

    bool m_running = false;
    bool m_resetNext = true; ///< the next list is a new one (start, filter change): alertsReset, not a diff
    bool m_noStream = false;
    bool m_loginTried = false;
    quint64 m_generation = 0; ///< bumped on every (re)connect, stop and filter change: older answers are dropped
    QString m_token;          ///< the bearer token in use (Auth::Token, or from a login)

    // Stream state
    bool m_helloSeen = false;
    bool m_fetching = false; ///< the initial/resync fetch is under way: events wait in m_queued
    bool m_removedWhileFetching = false;
    quint64 m_streamFetch = 0; ///< bumped by each fetchForStream(): answers of older fetches are dropped
    qint64 m_revision = -1;    ///< last applied revision; -1 = none yet
    QString m_epoch;
    QList<StreamMessage> m_queued; ///< alert events waiting for the fetch or the next flush
    bool m_pongPending = false;

    // Polling state
    QString m_lastTime; ///< `lastTime` of the last answer, sent back as `from-date`
    int m_pollsSinceFull = 0;

    QHash<QString, size_t> m_shown; ///< id → fingerprint of the alert as last emitted
};
