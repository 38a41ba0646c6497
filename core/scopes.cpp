// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/scopes.h"

#include <algorithm>

#include <QRegularExpression>

namespace Scopes {

namespace {

const QString Read = QStringLiteral("read");
const QString Write = QStringLiteral("write");
const QString Admin = QStringLiteral("admin");
const QString Delete = QStringLiteral("delete");

/// `want` with its action (the part before the first `:`, or all of it) replaced by `action`.
QString withAction(const QString &want, const QString &action)
{
    const qsizetype colon = want.indexOf(u':');
    return colon < 0 ? action : action + want.mid(colon);
}

} // namespace

const QStringList &builtIn()
{
    static const QStringList scopes = [] {
        QStringList list;
        for (const char *scope : {"read",
                                  "write",
                                  "admin",
                                  "read:alerts",
                                  "write:alerts",
                                  "delete:alerts",
                                  "admin:alerts",
                                  "read:blackouts",
                                  "write:blackouts",
                                  "admin:blackouts",
                                  "read:heartbeats",
                                  "write:heartbeats",
                                  "admin:heartbeats",
                                  "write:users",
                                  "admin:users",
                                  "read:groups",
                                  "admin:groups",
                                  "read:perms",
                                  "admin:perms",
                                  "read:customers",
                                  "admin:customers",
                                  "read:keys",
                                  "write:keys",
                                  "admin:keys",
                                  "write:webhooks",
                                  "read:oembed",
                                  "read:management",
                                  "admin:management",
                                  "read:userinfo"})
            list.append(QLatin1String(scope));
        return list;
    }();
    return scopes;
}

const QStringList &adminScopes()
{
    static const QStringList scopes{Admin, Read, Write};
    return scopes;
}

bool isValidCustomScope(const QString &scope)
{
    // Python 3's `\w` on str is Unicode-aware; PCRE2's is ASCII unless asked.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral(R"((admin|write|read|delete):\w+(\.\w+)?)")),
        QRegularExpression::UseUnicodePropertiesOption);
    return pattern.match(scope).hasMatch();
}

bool isValidScope(const QString &scope, const QStringList &customScopes)
{
    return builtIn().contains(scope) || customScopes.contains(scope);
}

QStringList all(const QStringList &customScopes)
{
    QStringList scopes = builtIn();
    for (const QString &scope : customScopes) {
        if (isValidCustomScope(scope) && !scopes.contains(scope))
            scopes.append(scope);
    }
    return scopes;
}

bool granted(const QString &want, const QStringList &have, const QStringList &deleteScopes)
{
    // Step 1
    if (want.isEmpty())
        return true;
    const QString action = want.section(u':', 0, 0);
    if (have.contains(want) || have.contains(action))
        return true;
    // Steps 2 and 3: each retry moves one rung up read → write → admin, so the recursion ends within three calls.
    if (action == Read)
        return granted(withAction(want, Write), have, deleteScopes);
    if (action == Write)
        return granted(withAction(want, Admin), have, deleteScopes);
    if (action == Delete)
        return granted(withAction(want, deleteScopes.contains(want) ? Admin : Write), have, deleteScopes);
    // Step 4
    return false;
}

VoidResult checkRequested(const QStringList &requested, const QStringList &have, const QStringList &deleteScopes)
{
    for (const QString &want : requested) {
        if (!granted(want, have, deleteScopes)) {
            return ApiError{
                403,
                QStringLiteral("Requested scope '%1' not in existing scopes: %2").arg(want, have.join(u',')),
                {}};
        }
    }
    return Ok{};
}

QStringList scopesForRoles(const QString &login,
                           const QStringList &roles,
                           const QStringList &groups,
                           const RoleSettings &settings,
                           const PermissionLookup &permissions)
{
    if (!login.isEmpty() && settings.adminUsers.contains(login))
        return adminScopes();
    QStringList scopes;
    for (const QString &match : roles + groups) {
        if (settings.adminRoles.contains(match))
            return adminScopes();
        if (settings.userRoles.contains(match))
            scopes += settings.userDefaultScopes;
        if (settings.guestRoles.contains(match))
            scopes += settings.guestDefaultScopes;
        if (permissions)
            scopes += permissions(match);
    }
    std::sort(scopes.begin(), scopes.end());
    scopes.erase(std::unique(scopes.begin(), scopes.end()), scopes.end());
    return scopes;
}

QStringList keyTypeToScopes(const QString &type, bool adminUser)
{
    if (adminUser)
        return adminScopes();
    if (type == QLatin1String("read-write"))
        return {Read, Write};
    if (type == QLatin1String("read-only"))
        return {Read};
    return {};
}

QString keyTypeFromScopes(const QStringList &scopes)
{
    const bool writes = std::any_of(scopes.cbegin(), scopes.cend(), [](const QString &scope) {
        return scope.startsWith(Write) || scope.startsWith(Admin);
    });
    return writes ? QStringLiteral("read-write") : QStringLiteral("read-only");
}

} // namespace Scopes
