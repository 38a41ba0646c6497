// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/alertacore.h"
#include "core/api/authenticator.h"
#include "core/api/routes.h"
#include "core/customerservice.h"
#include "core/identityjson.h"
#include "core/keyservice.h"
#include "core/permissionservice.h"
#include "core/scopes.h"
#include "core/userservice.h"

#include <QJsonArray>

// API keys (spec §4.7), users, groups, permissions, customers and scopes (§4.8).

namespace {

using namespace Routes;

ApiResponse done(const ApiContext &ctx, const VoidResult &r)
{
    return r ? ApiResponse::ok() : fail(ctx, r.error());
}

/// `{status, <key>: <item>}` for a result, with extra fields such as `total` or `id` and the HTTP status.
template<typename T, typename ToJson>
ApiResponse one(const ApiContext &ctx,
                const Result<T> &result,
                const QString &key,
                ToJson toJson,
                QJsonObject extra = {},
                int status = 200)
{
    if (!result)
        return fail(ctx, result.error());
    extra.insert(key, toJson(*result));
    return ApiResponse::ok(extra, status);
}

/// A paged identity list: `{status, <key>: [...], total, page, pageSize, pages, more, ...extra}`.
template<typename T, typename ToJson>
ApiResponse page(const ApiContext &ctx,
                 const Result<ListPage<T>> &result,
                 const QString &key,
                 ToJson toJson,
                 QJsonObject extra = {})
{
    if (!result)
        return fail(ctx, result.error());
    QJsonArray items;
    for (const T &item : result->items)
        items.append(toJson(item));
    addPageFields(extra, *result);
    return list(key, items, items.isEmpty() ? 0 : result->total, extra);
}

/// The body of a POST or PUT, parsed by `parse`.
template<typename Parse>
auto parsedBody(const ApiContext &ctx, Parse parse) -> decltype(parse(QJsonObject()))
{
    const Result<QJsonObject> body = ctx.body();
    if (!body)
        return body.error();
    return parse(*body);
}

const QStringList &customScopes(const ApiContext &ctx)
{
    return ctx.core.settings().customScopes;
}

// API keys

ApiResponse createKey(ApiContext &ctx)
{
    const QStringList &custom = customScopes(ctx);
    const Result<NewKey> request =
        parsedBody(ctx, [&custom](const QJsonObject &body) { return IdentityJson::parseNewKey(body, custom); });
    if (!request)
        return fail(ctx, request.error());
    KeyService &keys = ctx.core.keys();
    const Result<ApiKey> key = keys.create(*request, ctx.caller);
    if (!key)
        return fail(ctx, key.error());
    return ApiResponse::ok({{QStringLiteral("key"), key->key},
                            {QStringLiteral("data"), IdentityJson::keyToJson(*key, ctx.request.root, keys.now())}},
                           201);
}

auto keyJson(const ApiContext &ctx)
{
    return [&ctx](const ApiKey &key) { return IdentityJson::keyToJson(key, ctx.request.root, ctx.core.keys().now()); };
}

ApiResponse getKey(ApiContext &ctx)
{
    return one(ctx,
               ctx.core.keys().get(ctx.arg(0), ctx.caller),
               QStringLiteral("key"),
               keyJson(ctx),
               {{QStringLiteral("total"), 1}});
}

ApiResponse listKeys(ApiContext &ctx)
{
    return page(ctx, ctx.core.keys().list(ctx.request.query, ctx.caller), QStringLiteral("keys"), keyJson(ctx));
}

ApiResponse updateKey(ApiContext &ctx)
{
    const Result<QJsonObject> body = ctx.body();
    if (!body)
        return fail(ctx, body.error());
    return one(ctx, ctx.core.keys().update(ctx.arg(0), *body, ctx.caller), QStringLiteral("key"), keyJson(ctx));
}

ApiResponse deleteKey(ApiContext &ctx)
{
    return done(ctx, ctx.core.keys().remove(ctx.arg(0), ctx.caller));
}

// Users

auto userJson(const ApiContext &ctx)
{
    return [&ctx](const User &user) { return IdentityJson::userToJson(user, ctx.request.root); };
}

ApiResponse createUser(ApiContext &ctx)
{
    const Result<NewUser> request = parsedBody(ctx, IdentityJson::parseNewUser);
    if (!request)
        return fail(ctx, request.error());
    const Result<User> user = ctx.core.users().create(request->user, request->password, ctx.caller);
    if (!user)
        return fail(ctx, user.error());
    return ApiResponse::ok(
        {{QStringLiteral("id"), user->id}, {QStringLiteral("user"), IdentityJson::userToJson(*user, ctx.request.root)}},
        201);
}

ApiResponse getUser(ApiContext &ctx)
{
    return one(ctx,
               ctx.core.users().get(ctx.arg(0)),
               QStringLiteral("user"),
               userJson(ctx),
               {{QStringLiteral("total"), 1}});
}

ApiResponse listUsers(ApiContext &ctx)
{
    const QJsonObject domains{
        {QStringLiteral("domains"), QJsonArray::fromStringList(ctx.core.settings().allowedEmailDomains)}};
    return page(ctx, ctx.core.users().list(ctx.request.query), QStringLiteral("users"), userJson(ctx), domains);
}

ApiResponse userGroups(ApiContext &ctx)
{
    const Result<QList<Group>> groups = ctx.core.users().groupsOf(ctx.arg(0));
    if (!groups)
        return fail(ctx, groups.error());
    QJsonArray items;
    for (const Group &g : *groups)
        items.append(IdentityJson::groupToJson(g, ctx.request.root));
    return list(QStringLiteral("groups"), items, items.size());
}

ApiResponse updateUser(ApiContext &ctx)
{
    const Result<QJsonObject> body = ctx.body();
    if (!body)
        return fail(ctx, body.error());
    return one(ctx, ctx.core.users().update(ctx.arg(0), *body, ctx.caller), QStringLiteral("user"), userJson(ctx));
}

ApiResponse updateUserAttributes(ApiContext &ctx)
{
    const Result<QJsonObject> attributes = parsedBody(ctx, IdentityJson::parseAttributesBody);
    if (!attributes)
        return fail(ctx, attributes.error());
    const Result<User> user = ctx.core.users().updateAttributes(ctx.arg(0), *attributes);
    return user ? ApiResponse::ok() : fail(ctx, user.error());
}

ApiResponse deleteUser(ApiContext &ctx)
{
    return done(ctx, ctx.core.users().remove(ctx.arg(0)));
}

/// The user the caller signed in as: its login is a user's login (keys, tokens) or email (Basic).
Result<User> me(const ApiContext &ctx)
{
    const QString &login = ctx.caller.login;
    for (const QString &field : {QStringLiteral("login"), QStringLiteral("email")}) {
        const Result<ListPage<User>> found = ctx.core.users().list({{field, login}});
        if (!found)
            return found.error();
        for (const User &user : found->items) {
            // The list filter reads a leading `~` as a pattern: only an exact match is the caller.
            if ((field == QLatin1StringView("login") ? user.login : user.email) == login)
                return user;
        }
    }
    return ApiError::notFound();
}

ApiResponse getMe(ApiContext &ctx)
{
    return one(ctx, me(ctx), QStringLiteral("user"), userJson(ctx), {{QStringLiteral("total"), 1}});
}

ApiResponse getMyAttributes(ApiContext &ctx)
{
    return one(ctx,
               me(ctx),
               QStringLiteral("attributes"),
               [](const User &user) { return user.attributes; },
               {{QStringLiteral("total"), 1}});
}

ApiResponse updateMe(ApiContext &ctx)
{
    const Result<QJsonObject> body = ctx.body();
    if (!body)
        return fail(ctx, body.error());
    const Result<User> user = me(ctx);
    if (!user)
        return fail(ctx, user.error());
    const Authenticator authenticator(ctx.core);
    const auto sameAccess = [&authenticator](const User &before, const User &after) {
        return authenticator.sameAccess(before, after);
    };
    return one(ctx, ctx.core.users().updateMe(*user, *body, sameAccess), QStringLiteral("user"), userJson(ctx));
}

ApiResponse updateMyAttributes(ApiContext &ctx)
{
    const Result<QJsonObject> attributes = parsedBody(ctx, IdentityJson::parseAttributesBody);
    if (!attributes)
        return fail(ctx, attributes.error());
    const Result<User> user = me(ctx);
    if (!user)
        return fail(ctx, user.error());
    const Result<User> updated = ctx.core.users().updateAttributes(user->id, *attributes);
    return updated ? ApiResponse::ok() : fail(ctx, updated.error());
}

// Groups

auto groupJson(const ApiContext &ctx)
{
    return [&ctx](const Group &group) { return IdentityJson::groupToJson(group, ctx.request.root); };
}

ApiResponse createGroup(ApiContext &ctx)
{
    const Result<Group> request = parsedBody(ctx, IdentityJson::parseGroup);
    if (!request)
        return fail(ctx, request.error());
    const Result<Group> group = ctx.core.users().createGroup(*request);
    if (!group)
        return fail(ctx, group.error());
    return one(ctx, group, QStringLiteral("group"), groupJson(ctx), {{QStringLiteral("id"), group->id}}, 201);
}

ApiResponse getGroup(ApiContext &ctx)
{
    return one(ctx,
               ctx.core.users().group(ctx.arg(0)),
               QStringLiteral("group"),
               groupJson(ctx),
               {{QStringLiteral("total"), 1}});
}

ApiResponse groupUsers(ApiContext &ctx)
{
    const Result<QList<GroupMember>> members = ctx.core.users().members(ctx.arg(0));
    if (!members)
        return fail(ctx, members.error());
    QJsonArray items;
    for (const GroupMember &m : *members)
        items.append(IdentityJson::groupMemberToJson(m, ctx.request.root));
    return list(QStringLiteral("users"), items, items.size());
}

ApiResponse listGroups(ApiContext &ctx)
{
    return page(ctx, ctx.core.users().listGroups(ctx.request.query), QStringLiteral("groups"), groupJson(ctx));
}

ApiResponse updateGroup(ApiContext &ctx)
{
    const Result<QJsonObject> body = ctx.body();
    if (!body)
        return fail(ctx, body.error());
    return one(ctx, ctx.core.users().updateGroup(ctx.arg(0), *body), QStringLiteral("group"), groupJson(ctx));
}

ApiResponse deleteGroup(ApiContext &ctx)
{
    return done(ctx, ctx.core.users().removeGroup(ctx.arg(0)));
}

ApiResponse addGroupMember(ApiContext &ctx)
{
    return done(ctx, ctx.core.users().addMember(ctx.arg(0), ctx.arg(1)));
}

ApiResponse removeGroupMember(ApiContext &ctx)
{
    return done(ctx, ctx.core.users().removeMember(ctx.arg(0), ctx.arg(1)));
}

// Permissions and scopes

auto permissionJson(const ApiContext &ctx)
{
    return [&ctx](const Permission &p) { return IdentityJson::permissionToJson(p, ctx.request.root); };
}

ApiResponse createPermission(ApiContext &ctx)
{
    const QStringList &custom = customScopes(ctx);
    const Result<Permission> request =
        parsedBody(ctx, [&custom](const QJsonObject &body) { return IdentityJson::parsePermission(body, custom); });
    if (!request)
        return fail(ctx, request.error());
    const Result<Permission> permission = ctx.core.permissions().create(*request, ctx.caller);
    if (!permission)
        return fail(ctx, permission.error());
    return one(ctx,
               permission,
               QStringLiteral("permission"),
               permissionJson(ctx),
               {{QStringLiteral("id"), permission->id}},
               201);
}

ApiResponse getPermission(ApiContext &ctx)
{
    return one(ctx,
               ctx.core.permissions().get(ctx.arg(0)),
               QStringLiteral("permission"),
               permissionJson(ctx),
               {{QStringLiteral("total"), 1}});
}

ApiResponse listPermissions(ApiContext &ctx)
{
    return page(ctx,
                ctx.core.permissions().list(ctx.request.query),
                QStringLiteral("permissions"),
                permissionJson(ctx));
}

ApiResponse updatePermission(ApiContext &ctx)
{
    const Result<QJsonObject> body = ctx.body();
    if (!body)
        return fail(ctx, body.error());
    return one(ctx,
               ctx.core.permissions().update(ctx.arg(0), *body, ctx.caller),
               QStringLiteral("permission"),
               permissionJson(ctx));
}

ApiResponse deletePermission(ApiContext &ctx)
{
    return done(ctx, ctx.core.permissions().remove(ctx.arg(0)));
}

ApiResponse listScopes(ApiContext &ctx)
{
    const QStringList scopes = Scopes::all(customScopes(ctx));
    return ApiResponse::ok(
        {{QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)}, {QStringLiteral("total"), scopes.size()}});
}

// Customers

auto customerJson(const ApiContext &ctx)
{
    return [&ctx](const Customer &c) { return IdentityJson::customerToJson(c, ctx.request.root); };
}

ApiResponse createCustomer(ApiContext &ctx)
{
    const Result<Customer> request = parsedBody(ctx, IdentityJson::parseCustomer);
    if (!request)
        return fail(ctx, request.error());
    const Result<Customer> customer = ctx.core.customers().create(*request, ctx.caller);
    if (!customer)
        return fail(ctx, customer.error());
    return one(ctx,
               customer,
               QStringLiteral("customer"),
               customerJson(ctx),
               {{QStringLiteral("id"), customer->id}},
               201);
}

ApiResponse getCustomer(ApiContext &ctx)
{
    return one(ctx,
               ctx.core.customers().get(ctx.arg(0), ctx.caller),
               QStringLiteral("customer"),
               customerJson(ctx),
               {{QStringLiteral("total"), 1}});
}

ApiResponse listCustomers(ApiContext &ctx)
{
    return page(ctx,
                ctx.core.customers().list(ctx.request.query, ctx.caller),
                QStringLiteral("customers"),
                customerJson(ctx));
}

ApiResponse updateCustomer(ApiContext &ctx)
{
    const Result<QJsonObject> body = ctx.body();
    if (!body)
        return fail(ctx, body.error());
    return one(ctx,
               ctx.core.customers().update(ctx.arg(0), *body, ctx.caller),
               QStringLiteral("customer"),
               customerJson(ctx));
}

ApiResponse deleteCustomer(ApiContext &ctx)
{
    return done(ctx, ctx.core.customers().remove(ctx.arg(0), ctx.caller));
}

} // namespace

void Routes::addIdentityRoutes(ApiRouter &router)
{
    router.add("POST", QStringLiteral("/key"), QStringLiteral("write:keys"), createKey);
    router.add("GET", QStringLiteral("/key/{key}"), QStringLiteral("read:keys"), getKey);
    router.add("PUT", QStringLiteral("/key/{key}"), QStringLiteral("write:keys"), updateKey);
    router.add("DELETE", QStringLiteral("/key/{key}"), QStringLiteral("admin:keys"), deleteKey);
    router.add("GET", QStringLiteral("/keys"), QStringLiteral("read:keys"), listKeys);

    // `/user/me...` before `/user/{id}...`: the first route that matches wins.
    router.add(ApiRoute::unscoped(ApiRoute::Access::SignedIn, "GET", QStringLiteral("/user/me"), getMe));
    router.add(ApiRoute::unscoped(ApiRoute::Access::SignedIn, "PUT", QStringLiteral("/user/me"), updateMe));
    router.add(
        ApiRoute::unscoped(ApiRoute::Access::SignedIn, "GET", QStringLiteral("/user/me/attributes"), getMyAttributes));
    router.add(ApiRoute::unscoped(ApiRoute::Access::SignedIn,
                                  "PUT",
                                  QStringLiteral("/user/me/attributes"),
                                  updateMyAttributes));
    const QString adminUsers = QStringLiteral("admin:users");
    router.add("POST", QStringLiteral("/user"), adminUsers, createUser);
    router.add("GET", QStringLiteral("/user/{id}"), adminUsers, getUser);
    router.add("PUT", QStringLiteral("/user/{id}"), adminUsers, updateUser);
    router.add("DELETE", QStringLiteral("/user/{id}"), adminUsers, deleteUser);
    router.add("GET", QStringLiteral("/user/{id}/groups"), adminUsers, userGroups);
    router.add("PUT", QStringLiteral("/user/{id}/attributes"), adminUsers, updateUserAttributes);
    router.add("GET", QStringLiteral("/users"), adminUsers, listUsers);

    const QString readGroups = QStringLiteral("read:groups");
    const QString adminGroups = QStringLiteral("admin:groups");
    router.add("POST", QStringLiteral("/group"), adminGroups, createGroup);
    router.add("GET", QStringLiteral("/group/{id}"), readGroups, getGroup);
    router.add("PUT", QStringLiteral("/group/{id}"), adminGroups, updateGroup);
    router.add("DELETE", QStringLiteral("/group/{id}"), adminGroups, deleteGroup);
    router.add("GET", QStringLiteral("/group/{id}/users"), readGroups, groupUsers);
    router.add("PUT", QStringLiteral("/group/{id}/user/{userId}"), adminGroups, addGroupMember);
    router.add("DELETE", QStringLiteral("/group/{id}/user/{userId}"), adminGroups, removeGroupMember);
    router.add("GET", QStringLiteral("/groups"), readGroups, listGroups);

    const QString readPerms = QStringLiteral("read:perms");
    const QString adminPerms = QStringLiteral("admin:perms");
    router.add("POST", QStringLiteral("/perm"), adminPerms, createPermission);
    router.add("GET", QStringLiteral("/perm/{id}"), readPerms, getPermission);
    router.add("PUT", QStringLiteral("/perm/{id}"), adminPerms, updatePermission);
    router.add("DELETE", QStringLiteral("/perm/{id}"), adminPerms, deletePermission);
    router.add("GET", QStringLiteral("/perms"), readPerms, listPermissions);
    router.add("GET", QStringLiteral("/scopes"), readPerms, listScopes);

    const QString readCustomers = QStringLiteral("read:customers");
    const QString adminCustomers = QStringLiteral("admin:customers");
    router.add("POST", QStringLiteral("/customer"), adminCustomers, createCustomer);
    router.add("GET", QStringLiteral("/customer/{id}"), readCustomers, getCustomer);
    router.add("PUT", QStringLiteral("/customer/{id}"), adminCustomers, updateCustomer);
    router.add("DELETE", QStringLiteral("/customer/{id}"), adminCustomers, deleteCustomer);
    router.add("GET", QStringLiteral("/customers"), readCustomers, listCustomers);
}
