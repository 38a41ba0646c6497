// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/client/connectionprofile.h"

#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <array>
#include <utility>

namespace {

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &names, const QString &name)
{
    for (const auto &[value, candidate] : names) {
        if (name == QLatin1StringView(candidate))
            return value;
    }
    return std::nullopt;
}

using Kind = ConnectionProfile::Kind;
using Auth = ConnectionProfile::Auth;
using Transport = ConnectionProfile::Transport;
using Secret = ConnectionProfile::Secret;

constexpr std::array<std::pair<Kind, const char *>, 2> kindNames{{
    {Kind::Embedded, "embedded"},
    {Kind::Remote, "remote"},
}};
constexpr std::array<std::pair<Auth, const char *>, 3> authNames{{
    {Auth::None, "none"},
    {Auth::ApiKey, "apiKey"},
    {Auth::Password, "password"},
}};
constexpr std::array<std::pair<Transport, const char *>, 3> transportNames{{
    {Transport::Auto, "auto"},
    {Transport::Stream, "stream"},
    {Transport::Polling, "polling"},
}};
constexpr std::array<std::pair<Secret, const char *>, 3> secretNames{{
    {Secret::ApiKey, "apiKey"},
    {Secret::Password, "password"},
    {Secret::Token, "token"},
}};

} // namespace

ConnectionProfile ConnectionProfile::embedded()
{
    ConnectionProfile profile;
    profile.id = embeddedId();
    profile.name = tr("This computer");
    profile.kind = Kind::Embedded;
    return profile;
}

QString ConnectionProfile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString ConnectionProfile::validate() const
{
    // The id names a settings group and prefixes secret keys ("<id>/<kind>"), so no separators in it.
    if (id.isEmpty())
        return tr("The profile has no id.");
    if (id.contains(u'/') || id.contains(u'\\'))
        return tr("The profile id must not contain a slash or a backslash.");
    if (name.trimmed().isEmpty())
        return tr("Enter a name for the profile.");
    if (kind == Kind::Embedded && id != embeddedId())
        return tr("Only the built-in profile can use the embedded core.");
    if (kind == Kind::Remote && id == embeddedId())
        return tr("The built-in profile cannot connect to a remote server.");
    if (kind == Kind::Remote) {
        if (url.isEmpty())
            return tr("Enter the server's URL, e.g. https://alerta.example.com/api.");
        if (!url.isValid())
            return tr("The server URL is not valid: %1").arg(url.errorString());
        const QString scheme = url.scheme().toLower();
        if (scheme != u"http" && scheme != u"https")
            return tr("The server URL must start with http:// or https://.");
        if (url.host().isEmpty())
            return tr("The server URL has no host name.");
        // A password in the URL would end up in the settings file, which never holds a secret.
        if (!url.password().isEmpty())
            return tr("Remove the password from the server URL; use password login instead.");
        if (!caCertificateFile.isEmpty()) {
            const QFileInfo info(caCertificateFile);
            QFile file(caCertificateFile);
            if (!info.isFile() || !file.open(QIODevice::ReadOnly))
                return tr("Cannot read the CA certificate file %1.").arg(caCertificateFile);
        }
        if (pollIntervalSeconds < 0)
            return tr("The poll interval cannot be negative.");
    }
    if (auth == Auth::Password && username.trimmed().isEmpty())
        return tr("Enter the username to log in with.");
    return {};
}

QString ConnectionProfile::secretKey(const QString &profileId, Secret secret)
{
    return profileId + u'/' + secretName(secret);
}

QString ConnectionProfile::kindName(Kind value)
{
    return nameOf(kindNames, value);
}

std::optional<ConnectionProfile::Kind> ConnectionProfile::kindFromName(const QString &name)
{
    return valueOf(kindNames, name);
}

QString ConnectionProfile::authName(Auth value)
{
    return nameOf(authNames, value);
}

std::optional<ConnectionProfile::Auth> ConnectionProfile::authFromName(const QString &name)
{
    return valueOf(authNames, name);
}

QString ConnectionProfile::transportName(Transport value)
{
    return nameOf(transportNames, value);
}

std::optional<ConnectionProfile::Transport> ConnectionProfile::transportFromName(const QString &name)
{
    return valueOf(transportNames, name);
}

QString ConnectionProfile::secretName(Secret value)
{
    return nameOf(secretNames, value);
}
