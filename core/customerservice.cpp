// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/customerservice.h"

#include "core/alertstore.h"
#include "core/fieldtable.h"
#include "core/sqlvalues.h"

namespace {

const QString Table = QStringLiteral("customers");
const QString Columns = QStringLiteral("id, match, customer");

Customer fromRow(const QVariantList &row)
{
    using SqlValues::text;
    return Customer{text(row.at(0)), text(row.at(1)), text(row.at(2))};
}

std::optional<Customer> findCustomer(SqlSession &sql, const QString &id, const SqlFragment &restriction)
{
    SqlFragment where = IdentitySql::equals(QStringLiteral("id"), id);
    where.andWith(restriction);
    const QList<QVariantList> rows = IdentitySql::select(sql, Columns, Table, where);
    return rows.isEmpty() ? std::nullopt : std::optional<Customer>(fromRow(rows.first()));
}

// 409 when another row has the same (match, customer): the table's unique key, checked first so that the
// duplicate is a clear answer rather than a failed statement.
std::optional<ApiError> duplicate(SqlSession &sql, const Customer &customer)
{
    SqlFragment same = IdentitySql::equals(QStringLiteral("match"), customer.match);
    same.andWith(IdentitySql::equals(QStringLiteral("customer"), customer.customer));
    same.andWith({QStringLiteral("id <> ?"), {customer.id}});
    if (!IdentitySql::exists(sql, Table, same))
        return std::nullopt;
    return ApiError::conflict(
        QStringLiteral("customer lookup for '%1' and '%2' already exists").arg(customer.match, customer.customer));
}

// A restricted caller may only create or move rows to one of its customers.
std::optional<ApiError> outsideCallersCustomers(const Customer &customer, const Caller &caller)
{
    if (caller.customers.isEmpty() || caller.customers.contains(customer.customer))
        return std::nullopt;
    return ApiError::badRequest(QStringLiteral("not allowed to set customer to '%1'").arg(customer.customer));
}

QList<FieldSpec> customerFields()
{
    const FieldSpec::Uses filterAndSort = FieldSpec::Use::Filter | FieldSpec::Use::Sort;
    const auto field = [&](const char16_t *name) {
        const QString n = QString::fromUtf16(name);
        return FieldSpec{n, n, FieldKind::Text, filterAndSort, FieldSpec::SortKey::Value};
    };
    return {field(u"id"), field(u"match"), field(u"customer")};
}

} // namespace

CustomerService::CustomerService(std::shared_ptr<AlertStore> store, IdentityConfig config)
    : m_store(std::move(store))
    , m_config(std::move(config))
{}

const FieldTable &CustomerService::fields()
{
    static const FieldTable table(customerFields());
    return table;
}

Result<Customer> CustomerService::create(const Customer &customer, const Caller &caller)
{
    if (const std::optional<ApiError> error = outsideCallersCustomers(customer, caller))
        return *error;
    return m_store
        ->write<Customer>([customer](AlertTransaction &tx) -> Result<Customer> {
            SqlSession &sql = tx.sql();
            if (IdentitySql::exists(sql, Table, IdentitySql::equals(QStringLiteral("id"), customer.id)))
                return ApiError::conflict(QStringLiteral("customer lookup '%1' already exists").arg(customer.id));
            if (const std::optional<ApiError> error = duplicate(sql, customer))
                return *error;
            sql.execute(QStringLiteral("INSERT INTO customers (id, match, customer) VALUES (?, ?, ?)"),
                        {customer.id, customer.match, customer.customer});
            return customer;
        })
        .result();
}

Result<Customer> CustomerService::get(const QString &id, const Caller &caller)
{
    std::optional<Customer> found;
    m_store->read([&](AlertReader &reader) { found = findCustomer(reader.sql(), id, caller.restriction()); });
    if (!found)
        return ApiError::notFound();
    return *found;
}

Result<Customer> CustomerService::update(const QString &id, const QJsonObject &body, const Caller &caller)
{
    return m_store
        ->write<Customer>([id, body, caller](AlertTransaction &tx) -> Result<Customer> {
            SqlSession &sql = tx.sql();
            const std::optional<Customer> found = findCustomer(sql, id, caller.restriction());
            if (!found)
                return ApiError::notFound();
            const Result<Customer> changed = IdentityJson::applyCustomerUpdate(*found, body);
            if (!changed)
                return changed;
            if (const std::optional<ApiError> error = outsideCallersCustomers(*changed, caller))
                return *error;
            if (const std::optional<ApiError> error = duplicate(sql, *changed))
                return *error;
            sql.execute(QStringLiteral("UPDATE customers SET match = ?, customer = ? WHERE id = ?"),
                        {changed->match, changed->customer, changed->id});
            return changed;
        })
        .result();
}

VoidResult CustomerService::remove(const QString &id, const Caller &caller)
{
    return m_store
        ->write<Ok>([id, caller](AlertTransaction &tx) -> VoidResult {
            const std::optional<Customer> found = findCustomer(tx.sql(), id, caller.restriction());
            if (!found)
                return ApiError::notFound();
            tx.sql().execute(QStringLiteral("DELETE FROM customers WHERE id = ?"), {found->id});
            return Ok{};
        })
        .result();
}

Result<ListPage<Customer>> CustomerService::list(const QList<QPair<QString, QString>> &params, const Caller &caller)
{
    const IdentitySql::Table table{Table, Columns, QStringLiteral("match, customer, id"), caller.restriction()};
    const Result<IdentitySql::RowPage> rows =
        IdentitySql::selectPage(*m_store, params, fields(), table, m_config.defaultPageSize);
    if (!rows)
        return rows.error();
    return IdentitySql::mapPage<Customer>(*rows, fromRow);
}

Result<QStringList> CustomerService::customersFor(const QString &login, const QStringList &groups)
{
    if (!m_config.customerViews || (!login.isEmpty() && m_config.roles.adminUsers.contains(login)))
        return QStringList();
    const QStringList matches = QStringList{login} + groups;
    QList<QVariantList> rows;
    m_store->read([&](AlertReader &reader) {
        rows = IdentitySql::select(reader.sql(),
                                   QStringLiteral("match, customer"),
                                   Table,
                                   SqlFragment::in(QStringLiteral("match"), matches),
                                   QStringLiteral("customer"));
    });
    // Upstream asks match by match (login first), so the customers come in that order.
    QStringList customers;
    for (const QString &match : matches) {
        for (const QVariantList &row : std::as_const(rows)) {
            const QString customer = SqlValues::text(row.at(1));
            if (SqlValues::text(row.at(0)) == match && !customers.contains(customer))
                customers.append(customer);
        }
    }
    if (customers.contains(QLatin1StringView("*")))
        return QStringList();
    if (customers.isEmpty()) {
        return ApiError{
            403,
            QStringLiteral("No customer lookup configured for user '%1' or '%2'").arg(login, groups.join(u',')),
            {}};
    }
    return customers;
}
