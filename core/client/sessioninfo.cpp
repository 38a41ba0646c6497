// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/client/sessioninfo.h"

#include "core/scopes.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

} // namespace

bool SessionInfo::allows(const QString &scope) const
{
    if (!known || unchecked)
        return true;
    return Scopes::granted(scope, scopes);
}

SessionInfo SessionInfo::fromToken(const QString &token, bool customerViews)
{
    SessionInfo session;
    session.customerViews = customerViews;
    const QStringList parts = token.split(u'.');
    if (parts.size() != 3)
        return session;
    const QByteArray payload =
        QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QJsonObject claims = QJsonDocument::fromJson(payload).object();
    if (claims.isEmpty())
        return session;
    session.known = true;
    session.login = claims.value(QLatin1StringView("preferred_username")).toString();
    session.scopes = claims.value(QLatin1StringView("scope")).toString().split(u' ', Qt::SkipEmptyParts);
    // As the server reads it (§5.3): a `customer` claim wins over the `customers` list.
    if (const QString customer = claims.value(QLatin1StringView("customer")).toString(); !customer.isEmpty())
        session.customers = {customer};
    else
        session.customers = strings(claims.value(QLatin1StringView("customers")));
    return session;
}

SessionInfo SessionInfo::fromKey(const QJsonObject &key, bool customerViews)
{
    SessionInfo session;
    session.known = !key.isEmpty();
    session.customerViews = customerViews;
    session.login = key.value(QLatin1StringView("user")).toString();
    session.scopes = strings(key.value(QLatin1StringView("scopes")));
    if (const QString customer = key.value(QLatin1StringView("customer")).toString(); !customer.isEmpty())
        session.customers = {customer};
    return session;
}

SessionInfo SessionInfo::anonymous(const QJsonObject &config)
{
    SessionInfo session;
    session.known = true;
    session.customerViews = config.value(QLatin1StringView("customer_views")).toBool();
    if (!config.value(QLatin1StringView("auth_required")).toBool()) {
        session.unchecked = true;
        return session;
    }
    if (config.value(QLatin1StringView("allow_readonly")).toBool())
        session.scopes = strings(config.value(QLatin1StringView("readonly_scopes")));
    return session;
}
