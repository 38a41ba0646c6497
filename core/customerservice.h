// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/caller.h"
#include "core/identityconfig.h"
#include "core/identityjson.h"
#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>

class AlertStore;
class FieldTable;

/// Customer look-up rows (spec §4.8 `/customer`, §5.5) over the store, and the customer list of a logged-in user
/// that every login path (Basic, `/auth/login`, proxy, OAuth) puts into the caller. Thread-safe; writes return
/// once durable.
///
/// Look-up rows carry a customer, so a customer-restricted caller only sees and changes rows of its own customers,
/// as for every other resource that has one.
class CustomerService final
{
    Q_DISABLE_COPY_MOVE(CustomerService)

public:
    CustomerService(std::shared_ptr<AlertStore> store, IdentityConfig config);

    /// `POST /customer` with a body parsed by IdentityJson::parseCustomer. 409
    /// `customer lookup for '<match>' and '<customer>' already exists` for a duplicate (match, customer) pair.
    Result<Customer> create(const Customer &customer, const Caller &caller = {});
    /// The row with this id; 404 `not found`.
    Result<Customer> get(const QString &id, const Caller &caller = {});
    /// `PUT /customer/{id}` (IdentityJson::applyCustomerUpdate); 404, 409 as create().
    Result<Customer> update(const QString &id, const QJsonObject &body, const Caller &caller = {});
    /// `DELETE /customer/{id}`; 404 `not found`.
    VoidResult remove(const QString &id, const Caller &caller = {});
    /// `GET /customers`: filters and `sort-by` on id, match, customer; paging with 416. Ordered by match, customer
    /// when no sort is asked for.
    Result<ListPage<Customer>> list(const QList<QPair<QString, QString>> &params, const Caller &caller = {});

    /// The customers a user sees (spec §5.5, upstream get_customers): [] (= all) when CUSTOMER_VIEWS is off or
    /// `login` is in ADMIN_USERS; otherwise the `customer` of every row whose match is `login` or one of `groups`
    /// (login first, then groups in order, without repeats), [] if one of them is `*`, and 403
    /// `No customer lookup configured for user '<login>' or '<groups joined by ,>'` when none matches.
    /// For Basic and `/auth/login`, `groups` is the user's domain followed by its group names.
    Result<QStringList> customersFor(const QString &login, const QStringList &groups);

    /// The customer fields: API names, storage columns and uses.
    static const FieldTable &fields();

private:
    std::shared_ptr<AlertStore> m_store;
    IdentityConfig m_config;
};
