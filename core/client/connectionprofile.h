// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

/// Where the console connects to and how: the embedded core ("This computer", always there) or a remote Alerta
/// server. A plain value; ConnectionProfileStore keeps the profiles in QSettings.
///
/// A profile holds no secrets: the API key, the password and a login token live in a SecretStore under
/// secretKey(kind), and only there.
struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)

public:
    enum class Kind { Embedded, Remote };
    enum class Auth {
        None,     ///< anonymous (a server with AUTH_REQUIRED off)
        ApiKey,   ///< an API key, sent as "Authorization: Key …"
        Password, ///< username and password, exchanged for a token at /auth/login
    };
    enum class Transport {
        Auto,    ///< the `/stream` WebSocket when the server has it, else polling
        Stream,  ///< the `/stream` WebSocket only
        Polling, ///< polling `/alerts` every pollIntervalSeconds
    };
    /// What a secret of a profile is; its name ("apiKey") is the last part of the secret's key.
    enum class Secret {
        ApiKey,   ///< the API key of Auth::ApiKey
        Password, ///< the password of Auth::Password
        Token,    ///< the token the server gave for the password, reused until it expires
    };

    /// The id of the embedded profile.
    static QString embeddedId() { return QStringLiteral("embedded"); }
    /// The default profile, "This computer": the embedded core, no authentication.
    static ConnectionProfile embedded();
    /// A new random id for a new profile (a UUID without braces).
    static QString newId();

    /// Why the profile cannot be saved (translated, for the profile dialog), or empty when it can: no id or
    /// name, a remote profile without a valid http(s) URL (or with a password in it), a password login without
    /// a username, an unreadable CA certificate file, a poll interval below 1 s. Does not contact the server.
    QString validate() const;

    /// The key of this profile's `secret` in the SecretStore: "<id>/<kind>", e.g. "…/apiKey".
    QString secretKey(Secret secret) const { return secretKey(id, secret); }
    static QString secretKey(const QString &profileId, Secret secret);

    // Names of the enum values as stored in settings and used in secret keys ("remote", "apiKey", "polling").
    static QString kindName(Kind value);
    static std::optional<Kind> kindFromName(const QString &name);
    static QString authName(Auth value);
    static std::optional<Auth> authFromName(const QString &name);
    static QString transportName(Transport value);
    static std::optional<Transport> transportFromName(const QString &name);
    static QString secretName(Secret value);

    QString id;   ///< embeddedId() or a UUID without braces; also names the settings group and the secrets
    QString name; ///< what the user calls it, shown in the profile switcher
    Kind kind = Kind::Remote;
    QUrl url; ///< the API root of a remote server: http://host:8080 or https://host/api
    Auth auth = Auth::None;
    QString username;          ///< the login of Auth::Password
    QString caCertificateFile; ///< PEM file of the CA(s) to trust for https; empty = the system CAs
    bool ignoreTlsErrors = false;
    Transport transport = Transport::Auto;
    /// Seconds between polls of /alerts when polling; 0 = the console's preference (File → Preferences).
    int pollIntervalSeconds = 0;

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};
