// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/permissionservice.h"

#include <QHash>
#include <QSet>
#include <QUuid>

#include "core/alertstore.h"
#include "core/fieldtable.h"
#include "core/scopes.h"
#include "core/sqlvalues.h"

namespace {

const QString Table = QStringLiteral("perms");
const QString Columns = QStringLiteral("id, match, scopes");

Permission fromRow(const QVariantList &row)
{
    return Permission{SqlValues::text(row.at(0)), SqlValues::text(row.at(1)), SqlValues::stringList(row.at(2))};
}

std::optional<Permission> findPermission(SqlSession &sql, const QString &id)
{
    const QList<QVariantList> rows =
        IdentitySql::select(sql, Columns, Table, IdentitySql::equals(QStringLiteral("id"), id));
    return rows.isEmpty() ? std::nullopt : std::optional<Permission>(fromRow(rows.first()));
}

ApiError roleExists(const QString &match)
{
    return ApiError::conflict(QStringLiteral("%1 role already exists").arg(match));
}

// `match` is unique: another row with it is a 409 like a built-in role.
std::optional<ApiError> duplicate(SqlSession &sql, const Permission &permission)
{
    SqlFragment same = IdentitySql::equals(QStringLiteral("match"), permission.match);
    same.andWith({QStringLiteral("id <> ?"), {permission.id}});
    if (IdentitySql::exists(sql, Table, same))
        return roleExists(permission.match);
    return std::nullopt;
}

QList<FieldSpec> permissionFields()
{
    const FieldSpec::Uses filterAndSort = FieldSpec::Use::Filter | FieldSpec::Use::Sort;
    const auto field = [](const char16_t *name, FieldKind kind, FieldSpec::Uses uses) {
        const QString n = QString::fromUtf16(name);
        return FieldSpec{n, n, kind, uses, FieldSpec::SortKey::Value};
    };
    return {field(u"id", FieldKind::Text, filterAndSort),
            field(u"match", FieldKind::Text, filterAndSort),
            field(u"scopes", FieldKind::JsonArray, FieldSpec::Use::Filter)};
}

} // namespace

PermissionService::PermissionService(std::shared_ptr<AlertStore> store, IdentityConfig config)
    : m_store(std::move(store))
    , m_config(std::move(config))
{}

const FieldTable &PermissionService::fields()
{
    static const FieldTable table(permissionFields());
    return table;
}

QList<Permission> PermissionService::builtIns() const
{
    // A fixed namespace for the name-based ids of the built-in entries.
    static const QUuid Namespace(QStringLiteral("6f0c7c3e-2b8e-4d55-9a43-5f1c8e2d7a10"));
    const auto entry = [](const QString &role, const QStringList &scopes) {
        return Permission{QUuid::createUuidV5(Namespace, role).toString(QUuid::WithoutBraces), role, scopes};
    };
    return {entry(m_config.defaultAdminRole, Scopes::adminScopes()),
            entry(m_config.defaultUserRole, m_config.roles.userDefaultScopes),
            entry(m_config.defaultGuestRole, m_config.roles.guestDefaultScopes)};
}

std::optional<ApiError> PermissionService::checkGrantable(const Permission &permission, const Caller &caller) const
{
    for (const Permission &builtIn : builtIns()) {
        if (builtIn.match == permission.match)
            return roleExists(permission.match);
    }
    const VoidResult granted = Scopes::checkRequested(permission.scopes, caller.scopes, m_config.deleteScopes);
    if (!granted)
        return granted.error();
    return std::nullopt;
}

Result<Permission> PermissionService::create(const Permission &permission, const Caller &caller)
{
    if (const std::optional<ApiError> error = checkGrantable(permission, caller))
        return *error;
    return m_store
        ->write<Permission>([permission](AlertTransaction &tx) -> Result<Permission> {
            SqlSession &sql = tx.sql();
            if (IdentitySql::exists(sql, Table, IdentitySql::equals(QStringLiteral("id"), permission.id)))
                return ApiError::conflict(QStringLiteral("permission '%1' already exists").arg(permission.id));
            if (const std::optional<ApiError> error = duplicate(sql, permission))
                return *error;
            sql.execute(QStringLiteral("INSERT INTO perms (id, match, scopes) VALUES (?, ?, ?)"),
                        {permission.id, permission.match, SqlValues::jsonText(permission.scopes)});
            return permission;
        })
        .result();
}

Result<Permission> PermissionService::get(const QString &id)
{
    std::optional<Permission> found;
    m_store->read([&](AlertReader &reader) { found = findPermission(reader.sql(), id); });
    if (!found)
        return ApiError::notFound();
    return *found;
}

Result<Permission> PermissionService::update(const QString &id, const QJsonObject &body, const Caller &caller)
{
    const QStringList customScopes = m_config.customScopes;
    return m_store
        ->write<Permission>([this, id, body, caller, customScopes](AlertTransaction &tx) -> Result<Permission> {
            SqlSession &sql = tx.sql();
            const std::optional<Permission> found = findPermission(sql, id);
            if (!found)
                return ApiError::notFound();
            const Result<Permission> changed = IdentityJson::applyPermissionUpdate(*found, body, customScopes);
            if (!changed)
                return changed;
            if (const std::optional<ApiError> error = checkGrantable(*changed, caller))
                return *error;
            if (const std::optional<ApiError> error = duplicate(sql, *changed))
                return *error;
            sql.execute(QStringLiteral("UPDATE perms SET match = ?, scopes = ? WHERE id = ?"),
                        {changed->match, SqlValues::jsonText(changed->scopes), changed->id});
            return changed;
        })
        .result();
}

VoidResult PermissionService::remove(const QString &id)
{
    return m_store
        ->write<Ok>([id](AlertTransaction &tx) -> VoidResult {
            if (tx.sql().execute(QStringLiteral("DELETE FROM perms WHERE id = ?"), {id}) == 0)
                return ApiError::notFound();
            return Ok{};
        })
        .result();
}

Result<ListPage<Permission>> PermissionService::list(const QList<QPair<QString, QString>> &params)
{
    // Upstream: with `scopes` parameters, a built-in entry is listed only when it shares one of them.
    QSet<QString> wanted;
    for (const auto &[name, value] : params) {
        if (name == QLatin1StringView("scopes"))
            wanted.insert(value);
    }
    QList<Permission> leading;
    for (const Permission &builtIn : builtIns()) {
        if (wanted.isEmpty() || QSet<QString>(builtIn.scopes.cbegin(), builtIn.scopes.cend()).intersects(wanted))
            leading.append(builtIn);
    }

    IdentitySql::Table table{Table, Columns, QStringLiteral("match, id"), {}};
    table.leading = leading.size();
    const Result<IdentitySql::RowPage> rows =
        IdentitySql::selectPage(*m_store, params, fields(), table, m_config.defaultPageSize);
    if (!rows)
        return rows.error();
    ListPage<Permission> page = IdentitySql::mapPage<Permission>(*rows, fromRow);
    page.items = leading.mid(rows->leadingFirst, rows->leadingCount) + page.items;
    return page;
}

QStringList PermissionService::scopesFor(const QString &login, const QStringList &roles, const QStringList &groups)
{
    QHash<QString, QStringList> rowScopes;
    const QStringList matches = roles + groups;
    if (!matches.isEmpty()) {
        m_store->read([&](AlertReader &reader) {
            const QList<QVariantList> rows =
                IdentitySql::select(reader.sql(), Columns, Table, SqlFragment::in(QStringLiteral("match"), matches));
            for (const QVariantList &row : rows) {
                const Permission permission = fromRow(row);
                rowScopes.insert(permission.match, permission.scopes);
            }
        });
    }
    return Scopes::scopesForRoles(login, roles, groups, m_config.roles, [&rowScopes](const QString &role) {
        return rowScopes.value(role);
    });
}
