// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>

#include "core/hawk.h"
#include "core/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

struct EngineConfig;

/// The server's settings (spec §9) under upstream's names, with upstream's defaults: a default-constructed
/// ServerSettings is what alertad runs with when no file and no environment variable says otherwise.
///
/// Build one with load() at start-up and hand copies (or engineConfig()) to the services; nothing reads a global.
/// Every member names the upstream setting it holds; the table that maps those names to members for files, the
/// environment and value() lives in serversettings.cpp, in one place. Upstream `None` is an empty std::optional.
struct ServerSettings
{
    using Seconds = std::chrono::seconds;
    using Milliseconds = std::chrono::milliseconds;
    /// SEVERITY_MAP entries (severity, level).
    using SeverityLevels = QList<QPair<QString, int>>;
    using HawkCredentials = QList<Hawk::Credential>;

    // General
    bool debug = false;                             ///< DEBUG
    QString secretKey = QStringLiteral("changeme"); ///< SECRET_KEY: JWT/API-key secret; never log it
    QString baseUrl;                                ///< BASE_URL: prefix of every href ('' = request root)
    bool useProxyFix = false;                       ///< USE_PROXYFIX: trust X-Forwarded-*
    QString databaseUrl = QStringLiteral("mongodb://localhost:27017/monitoring"); ///< DATABASE_URL
    std::optional<QString> databaseName;                                          ///< DATABASE_NAME
    QString databaseSchema = QStringLiteral("public");                            ///< DATABASE_SCHEMA
    QString alarmModel = QStringLiteral("ALERTA"); ///< ALARM_MODEL (only ALERTA is implemented)
    int defaultPageSize = 50;                      ///< DEFAULT_PAGE_SIZE
    int historyLimit = 100;                        ///< HISTORY_LIMIT
    bool historyOnValueChange = true;              ///< HISTORY_ON_VALUE_CHANGE
    QString defaultField = QStringLiteral("text"); ///< DEFAULT_FIELD for `q`

    // Authentication and authorisation (§5)
    bool authRequired = false;                          ///< AUTH_REQUIRED
    QString authProvider = QStringLiteral("basic");     ///< AUTH_PROVIDER
    QStringList adminUsers;                             ///< ADMIN_USERS: logins/emails with full admin
    QString defaultAdminRole = QStringLiteral("admin"); ///< DEFAULT_ADMIN_ROLE
    QStringList adminRoles{QStringLiteral("admin")};    ///< ADMIN_ROLES
    QString defaultUserRole = QStringLiteral("user");   ///< DEFAULT_USER_ROLE
    QStringList userRoles{QStringLiteral("user")};      ///< USER_ROLES
    QStringList userDefaultScopes{QStringLiteral("read"), QStringLiteral("write")}; ///< USER_DEFAULT_SCOPES
    QString defaultGuestRole = QStringLiteral("guest");                             ///< DEFAULT_GUEST_ROLE
    QStringList guestRoles{QStringLiteral("guest")};                                ///< GUEST_ROLES
    QStringList guestDefaultScopes{QStringLiteral("read:alerts")};                  ///< GUEST_DEFAULT_SCOPES
    QStringList customScopes;                                       ///< CUSTOM_SCOPES: extra `<action>:<resource>`
    QStringList deleteScopes;                                       ///< DELETE_SCOPES: `delete:X` here needs `admin:X`
    bool customerViews = false;                                     ///< CUSTOMER_VIEWS (§5.5)
    bool allowReadonly = false;                                     ///< ALLOW_READONLY
    QStringList readonlyScopes{QStringLiteral("read")};             ///< READONLY_SCOPES
    QString basicAuthRealm = QStringLiteral("Alerta");              ///< BASIC_AUTH_REALM
    bool signupEnabled = true;                                      ///< SIGNUP_ENABLED
    bool emailVerification = false;                                 ///< EMAIL_VERIFICATION
    QStringList allowedEmailDomains{QStringLiteral("*")};           ///< ALLOWED_EMAIL_DOMAINS
    bool authProxy = false;                                         ///< AUTH_PROXY
    QString authProxyUserHeader = QStringLiteral("X-Proxy-User");   ///< AUTH_PROXY_USER_HEADER
    QString authProxyRolesHeader = QStringLiteral("X-Proxy-Roles"); ///< AUTH_PROXY_ROLES_HEADER
    QString authProxyRolesSeparator = QStringLiteral(",");          ///< AUTH_PROXY_ROLES_SEPARATOR
    bool authProxyAutoSignup = true;                                ///< AUTH_PROXY_AUTO_SIGNUP
    /// HMAC_AUTH_CREDENTIALS: the ids and secrets of Hawk-signed requests (`[{'key', 'secret', 'algorithm'}]`).
    HawkCredentials hmacAuthCredentials;
    int tokenExpireDays = 14;                  ///< TOKEN_EXPIRE_DAYS: JWT lifetime, days
    int apiKeyExpireDays = 365;                ///< API_KEY_EXPIRE_DAYS: default key lifetime, days
    std::optional<QString> oauth2ClientId;     ///< OAUTH2_CLIENT_ID (also the JWT audience)
    std::optional<QString> oauth2ClientSecret; ///< OAUTH2_CLIENT_SECRET: never log it
    std::optional<QString> saml2EntityId;      ///< SAML2_ENTITY_ID (JWT audience fallback)

    // CORS
    /// CORS_ORIGINS: exact origins or regexes.
    QStringList corsOrigins{QStringLiteral("http://localhost"),
                            QStringLiteral("http://localhost:8000"),
                            QStringLiteral("https?://\\w*\\.?local\\.alerta\\.io:?\\d*/?.*")};
    /// CORS_ALLOW_HEADERS
    QStringList corsAllowHeaders{QStringLiteral("Content-Type"),
                                 QStringLiteral("Authorization"),
                                 QStringLiteral("Access-Control-Allow-Origin"),
                                 QStringLiteral("X-Request-ID")};
    bool corsSupportsCredentials = false; ///< CORS_SUPPORTS_CREDENTIALS

    // Severities (§2)
    SeverityLevels severityMap;                     ///< SEVERITY_MAP: replaces the built-in levels when not empty
    QJsonObject colorMap;                           ///< COLOR_MAP: replaces the built-in UI colours when not empty
    std::optional<QString> defaultNormalSeverity;   ///< DEFAULT_NORMAL_SEVERITY (None = `normal`)
    std::optional<QString> defaultInformSeverity;   ///< DEFAULT_INFORM_SEVERITY (None = `informational`)
    std::optional<QString> defaultPreviousSeverity; ///< DEFAULT_PREVIOUS_SEVERITY (None = `indeterminate`)

    // Timeouts and housekeeping (§6, §7)
    Seconds alertTimeout{86400};            ///< ALERT_TIMEOUT (or DEFAULT_TIMEOUT when ALERT_TIMEOUT is not set)
    Seconds heartbeatTimeout{86400};        ///< HEARTBEAT_TIMEOUT
    Milliseconds heartbeatMaxLatency{2000}; ///< HEARTBEAT_MAX_LATENCY: a slower heartbeat is `slow`
    Seconds ackTimeout{0};                  ///< ACK_TIMEOUT (0 = never auto-unack)
    Seconds shelveTimeout{7200};            ///< SHELVE_TIMEOUT (0 = never auto-unshelve)
    /// DELETE_EXPIRED_AFTER (0 = never). DEFAULT_EXPIRED_DELETE_HRS (file or environment), then
    /// HK_EXPIRED_DELETE_HRS (environment), in hours, take precedence when set and not 0.
    Seconds deleteExpiredAfter{7200};
    /// DELETE_INFO_AFTER (0 = never). DEFAULT_INFO_DELETE_HRS (file or environment), then HK_INFO_DELETE_HRS
    /// (environment), in hours, take precedence when set and not 0.
    Seconds deleteInfoAfter{43200};

    // Plugins (§3.8, §3.9)
    /// PLUGINS, in the order they run.
    QStringList plugins{QStringLiteral("remote_ip"),
                        QStringLiteral("reject"),
                        QStringLiteral("heartbeat"),
                        QStringLiteral("blackout"),
                        QStringLiteral("forwarder")};
    bool pluginsRaiseOnError = true; ///< PLUGINS_RAISE_ON_ERROR
    QStringList originBlacklist;     ///< ORIGIN_BLACKLIST: regexes
    /// ALLOWED_ENVIRONMENTS: regexes an alert's environment must fully match; DEFAULT_ENVIRONMENT must be one.
    QStringList allowedEnvironments{QStringLiteral("Production"), QStringLiteral("Development")};
    QStringList heartbeatEvents{QStringLiteral("Heartbeat")};  ///< HEARTBEAT_EVENTS
    Seconds blackoutDuration{3600};                            ///< BLACKOUT_DURATION: default blackout length
    bool notificationBlackout = false;                         ///< NOTIFICATION_BLACKOUT
    QStringList blackoutAccept;                                ///< BLACKOUT_ACCEPT: severities let through
    QString defaultEnvironment = QStringLiteral("Production"); ///< DEFAULT_ENVIRONMENT (webhooks)

    // Served to clients (§4.10)
    QString serverVersion = QStringLiteral("full"); ///< SERVER_VERSION: full, major or off
    Milliseconds autoRefreshInterval{5000};         ///< AUTO_REFRESH_INTERVAL
    /// COLUMNS of the UI's alert list.
    QStringList columns{QStringLiteral("severity"),
                        QStringLiteral("status"),
                        QStringLiteral("lastReceiveTime"),
                        QStringLiteral("timeoutLeft"),
                        QStringLiteral("duplicateCount"),
                        QStringLiteral("customer"),
                        QStringLiteral("environment"),
                        QStringLiteral("service"),
                        QStringLiteral("resource"),
                        QStringLiteral("event"),
                        QStringLiteral("value"),
                        QStringLiteral("text")};
    QStringList sortListBy{QStringLiteral("severity"), QStringLiteral("lastReceiveTime")}; ///< SORT_LIST_BY
    /// DEFAULT_FILTER: `{'status': ['open', 'ack']}`.
    QJsonObject defaultFilter{{QStringLiteral("status"), QJsonArray{QStringLiteral("open"), QStringLiteral("ack")}}};
    QStringList actions;       ///< ACTIONS: custom actions offered by the UI
    QString clipboardTemplate; ///< CLIPBOARD_TEMPLATE
    QString siteLogoUrl;       ///< SITE_LOGO_URL

    // Our own (not upstream): the core's timers
    Seconds housekeepingInterval{60}; ///< HOUSEKEEPING_INTERVAL: run housekeeping every N s (0 = off)
    /// HEARTBEAT_ALERT_INTERVAL: every N s the server turns stale and slow heartbeats into alerts itself, as
    /// `alerta heartbeats --alert` would (0 = off).
    Seconds heartbeatAlertInterval{0};
    QString heartbeatAlertSeverity = QStringLiteral("major"); ///< HEARTBEAT_ALERT_SEVERITY of those alerts
    /// PASSWORD_HASH_COST: bcrypt cost of new password hashes (4-31; upstream always uses 12). Each step doubles the
    /// work of every password check; tests lower it.
    int passwordHashCost = 12;

    // Our own (not upstream): limits on what one HTTP request may carry (docs/deployment.md, "Limits"). 0 = no limit.
    /// MAX_CONTENT_LENGTH (Flask's name; upstream leaves it unset): larger request bodies get 413 before they are
    /// read.
    int maxContentLength = 1024 * 1024;
    /// MAX_HEADER_SIZE: the request line and headers together, in bytes; more gets 431.
    int maxHeaderSize = 32 * 1024;
    /// KEEP_ALIVE_TIMEOUT: seconds an open connection may wait between requests before it is closed (nginx's 75).
    int keepAliveTimeout = 75;
    /// REQUEST_TIMEOUT: seconds a request's line and headers may take to arrive, and that its body may go without
    /// a byte; past them 408. Slow clients that would otherwise hold a connection (and its memory) for ever.
    int requestTimeout = 30;
    /// DATABASE_QUERY_TIMEOUT: seconds one read of the store may take (a list, a count, a search); a query still
    /// running then is stopped and answered 503, so that a heavy query cannot hold a worker and a database
    /// connection for ever. Writes are not limited.
    Seconds databaseQueryTimeout{30};
    /// MAX_JSON_DEPTH: nesting of arrays and objects in a JSON body; deeper gets 400.
    int maxJsonDepth = 64;
    /// MAX_PAGE_SIZE: the largest `page-size` (or `limit`) a list may ask for; more gets 400. Upstream has no cap;
    /// the alerta CLI asks for 1000.
    int maxPageSize = 10000;
    /// TLS_CERT_FILE, TLS_KEY_FILE: alerta-server serves HTTPS (and WSS) with this PEM certificate chain and key;
    /// empty = plain HTTP (behind a proxy that terminates TLS).
    QString tlsCertFile;
    QString tlsKeyFile;
    /// The scheme of the server's own URLs: "https" with TLS_CERT_FILE, else "http".
    QString scheme() const { return tlsCertFile.isEmpty() ? QStringLiteral("http") : QStringLiteral("https"); }

    /// Where load() reads from. Default-constructed: no file and an empty environment (what tests want).
    struct LoadOptions
    {
        /// Config files read in order, later ones winning; a missing file is skipped.
        QStringList files;
        /// Environment variables, winning over every file.
        QProcessEnvironment environment;
        /// Changes to the built-in defaults before files and environment apply, for programs whose defaults differ
        /// from upstream's (alerta-server requires authentication unless told otherwise).
        std::function<void(ServerSettings &)> defaults;
        /// A file that exists but cannot be read stops the load: a server must not run without its settings. A
        /// desktop program sets this to skip such a file with a warning instead (a system-wide /etc/alertad.conf
        /// readable only by the server's own user).
        bool skipUnreadableFiles = false;

        /// What alertad reads: defaultFiles() and the process environment.
        static LoadOptions fromSystem();
        /// `/etc/alertad.conf`, then the file named by ALERTA_SVR_CONF_FILE in `environment` (if set).
        static QStringList defaultFiles(const QProcessEnvironment &environment);
    };

    /// Built-in defaults, then every file, then the environment (only environmentNames() are read there), then the
    /// start-up checks. Errors (all code 400) name their source: `<file>:<line>: cannot parse value of <NAME>`,
    /// `<file>:<line>: <NAME> must be an integer`, `environment variable <NAME> must be an integer`,
    /// `<file>: cannot read: <reason>`, and the checks' own messages: `Default environment "<e>" not in list of
    /// allowed environments`, `Must enable authentication to use customer views`, `Customer views is enabled but
    /// there are no admin users`, `'<s>' is not a valid Scope`, `DEFAULT_NORMAL_SEVERITY (<x>) is not one of <list>`
    /// (and PREVIOUS), `HEARTBEAT_ALERT_SEVERITY (<x>) is not one of <list>` and `<NAME> must not be negative`.
    /// Names a file sets that are not settings are ignored, as upstream does.
    static Result<ServerSettings> load(const LoadOptions &options);

    /// The start-up checks of load() on their own, for settings built in code.
    VoidResult validate() const;

    /// The engine's part: severities from SEVERITY_MAP and DEFAULT_*_SEVERITY, history, timeouts (seconds),
    /// page size, default field, BASE_URL without trailing '/', housekeeping thresholds, heartbeat defaults.
    /// Falls back to the built-in severity map (with a warning) when the severity settings do not validate.
    EngineConfig engineConfig() const;

    /// A setting as its JSON value (durations as integers in the setting's unit, None as null), by upstream name;
    /// undefined for names that are not settings. For `/config`-like listings and tests; holds secrets too.
    QJsonValue value(const QString &name) const;

    /// Every setting name value() knows, in table order.
    static QStringList names();
    /// The names read from the environment, in table order: the §9 list (without the legacy Mongo aliases of
    /// DATABASE_URL) including DEFAULT_/HK_*_DELETE_HRS.
    static QStringList environmentNames();
};

/// Reads upstream's alertad.conf, a Python file, without running Python: `NAME = <literal>` statements, one per
/// line (a value in brackets or a triple-quoted string may span lines; `;` and a trailing `\` work as in Python),
/// and `#` comments. Literals: strings in either quote, triple-quoted, with r/u prefixes, escapes and adjacent
/// concatenation; ints (also hex/octal/binary, `_` separators, signed); floats; True/False/None; lists; tuples
/// (as lists); dicts with string keys; nested, with trailing commas. A right-hand side that is any other Python
/// expression (`5*1024`, `os.environ[...]`) is kept as an Assignment without value, so that unknown settings that
/// use one do not stop the server; other statements (`import os`) are syntax errors.
class AlertadConf
{
public:
    struct Assignment
    {
        QString name;
        int line = 0; ///< 1-based line of the name
        /// The value, or nullopt when the right-hand side is not a literal this reader understands.
        std::optional<QJsonValue> value;
    };

    /// The assignments of `text` in file order. Errors (400) read `<fileName>:<line>: invalid syntax` for a
    /// statement that is not an assignment, and `<fileName>:<line>: cannot parse value of <NAME>` for a right-hand
    /// side whose end cannot even be found (an unterminated string or bracket).
    static Result<QList<Assignment>> parse(QStringView text, const QString &fileName);

    /// One literal making up the whole of `text` (surrounding white space allowed), or nullopt.
    static std::optional<QJsonValue> parseLiteral(QStringView text);
};
