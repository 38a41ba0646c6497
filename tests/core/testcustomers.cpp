// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QJsonDocument>
#include <QTest>

#include "core/customerservice.h"
#include "core/identityjson.h"
#include "tests/support/enginefixture.h"
#include "tests/support/testtext.h"

// Customer look-ups (spec §4.8 `/customer`, §5.5): the body checks, create/get/update/delete with the 409 for a
// duplicate (match, customer), the list query, the customer restriction, and the customer list of a logged-in user
// row by row (ADMIN_USERS, login and group matches, `*`, the 403, CUSTOMER_VIEWS off).

namespace {

using Params = QList<QPair<QString, QString>>;

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

template<typename T>
QString errorText(const Result<T> &r)
{
    return r.ok() ? QString() : QString::number(r.error().code) + u' ' + r.error().message;
}

/// A customer service over a fresh store.
struct Customers
{
    explicit Customers(IdentityConfig config = {})
        : service(f.store, std::move(config))
    {}

    /// Creates the look-up row match → customer; fails the test on an error.
    Customer add(const char *match, const char *customer, const Caller &caller = {})
    {
        const Result<Customer> parsed = IdentityJson::parseCustomer(
            {{QStringLiteral("match"), qs(match)}, {QStringLiteral("customer"), qs(customer)}});
        if (!parsed)
            qFatal("parse failed: %s", qPrintable(parsed.error().message));
        const Result<Customer> stored = service.create(*parsed, caller);
        if (!stored)
            qFatal("create failed: %s", qPrintable(stored.error().message));
        return *stored;
    }

    /// `match→customer` of a list query in result order, or `<code> <message>`.
    QString listed(const Params &params, const Caller &caller = {})
    {
        const Result<ListPage<Customer>> page = service.list(params, caller);
        if (!page)
            return errorText(page);
        QStringList out;
        for (const Customer &c : page->items)
            out.append(c.match + u"→" + c.customer);
        return out.join(u',');
    }

    EngineFixture f;
    CustomerService service;
};

IdentityConfig viewsConfig(bool customerViews)
{
    IdentityConfig config;
    config.customerViews = customerViews;
    config.roles.adminUsers = qsl({"root@example.com"});
    return config;
}

} // namespace

class TestCustomers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRejectInvalidBodies_data();
    void shouldRejectInvalidBodies();
    void shouldCreateGetUpdateAndDelete();
    void shouldRefuseDuplicateMatchAndCustomer();
    void shouldFilterSortAndPageList();
    void shouldRestrictToCallersCustomers();
    void shouldLookUpCustomersForUser_data();
    void shouldLookUpCustomersForUser();
    void shouldSerialiseEveryKey();
};

void TestCustomers::shouldRejectInvalidBodies_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("no match") << qs(R"({"customer": "acme"})") << qs(R"(Missing mandatory value for "match")");
    QTest::newRow("empty match") << qs(R"({"match": "", "customer": "acme"})")
                                 << qs(R"(Missing mandatory value for "match")");
    QTest::newRow("no customer") << qs(R"({"match": "ops"})") << qs(R"(Missing mandatory value for "customer")");
    QTest::newRow("match number") << qs(R"({"match": 5, "customer": "acme"})") << qs("match must be a string");
    QTest::newRow("customer list") << qs(R"({"match": "ops", "customer": ["a"]})") << qs("customer must be a string");
}

void TestCustomers::shouldRejectInvalidBodies()
{
    QFETCH(QString, body);
    QFETCH(QString, message);

    // Given a POST /customer body
    // When it is parsed
    const Result<Customer> parsed = IdentityJson::parseCustomer(json(body.toUtf8().constData()));

    // Then it is refused with the message naming the field
    QCOMPARE(errorText(parsed), u"400 " + message);
}

void TestCustomers::shouldCreateGetUpdateAndDelete()
{
    // Given a stored look-up row
    Customers c;
    const Customer created = c.add("ops", "acme");
    QCOMPARE(created.id.size(), 36);

    // When it is read back, renamed and deleted
    const Result<Customer> read = c.service.get(created.id);
    const Result<Customer> renamed = c.service.update(created.id, json(R"({"match": "dev"})"));
    const Result<Customer> reread = c.service.get(created.id);
    const VoidResult removed = c.service.remove(created.id);

    // Then every step answers as the table holds it, and the row is gone at the end
    QVERIFY(read);
    QCOMPARE(read->match + u'/' + read->customer, qs("ops/acme"));
    QVERIFY(renamed);
    QCOMPARE(reread->match + u'/' + reread->customer, qs("dev/acme"));
    QVERIFY(removed);
    QCOMPARE(errorText(c.service.get(created.id)), qs("404 not found"));
    QCOMPARE(errorText(c.service.remove(created.id)), qs("404 not found"));
    QCOMPARE(errorText(c.service.update(created.id, json(R"({"match": "x"})"))), qs("404 not found"));
    QCOMPARE(errorText(c.service.update(QStringLiteral("x"), {})), qs("404 not found"));
}

void TestCustomers::shouldRefuseDuplicateMatchAndCustomer()
{
    // Given ops → acme and ops → beta (the same match may name several customers)
    Customers c;
    c.add("ops", "acme");
    const Customer beta = c.add("ops", "beta");

    // When the same pair is created again, or the second row is changed into the first
    const Result<Customer> again =
        c.service.create(*IdentityJson::parseCustomer(json(R"({"match": "ops", "customer": "acme"})")));
    const Result<Customer> moved = c.service.update(beta.id, json(R"({"customer": "acme"})"));

    // Then both are 409 and the table is unchanged
    QCOMPARE(errorText(again), qs("409 customer lookup for 'ops' and 'acme' already exists"));
    QCOMPARE(errorText(moved), qs("409 customer lookup for 'ops' and 'acme' already exists"));
    QCOMPARE(c.listed({}), qs("ops→acme,ops→beta"));
    // Updating a row to its own values is not a duplicate of itself
    QVERIFY(c.service.update(beta.id, json(R"({"customer": "beta"})")));
}

void TestCustomers::shouldFilterSortAndPageList()
{
    // Given three rows
    Customers c;
    c.add("ops", "acme");
    c.add("dev", "beta");
    c.add("ops", "gamma");

    // When listed with filters, sorts and pages
    // Then the rows, order and errors are those of the common list machinery
    QCOMPARE(c.listed({}), qs("dev→beta,ops→acme,ops→gamma"));
    QCOMPARE(c.listed({{qs("match"), qs("ops")}}), qs("ops→acme,ops→gamma"));
    QCOMPARE(c.listed({{qs("customer!"), qs("acme")}}), qs("dev→beta,ops→gamma"));
    QCOMPARE(c.listed({{qs("sort-by"), qs("-customer")}}), qs("ops→gamma,dev→beta,ops→acme"));
    QCOMPARE(c.listed({{qs("page-size"), qs("2")}, {qs("page"), qs("2")}}), qs("ops→gamma"));
    QCOMPARE(c.listed({{qs("page-size"), qs("2")}, {qs("page"), qs("3")}}), qs("416 page out of range: 1-2"));
    QCOMPARE(c.listed({{qs("bogus"), qs("1")}}), qs("400 Invalid filter parameter: bogus"));

    const Result<ListPage<Customer>> page = c.service.list({{qs("page-size"), qs("2")}});
    QVERIFY(page);
    QCOMPARE(page->total, 3);
    QCOMPARE(page->pages, 2);
    QVERIFY(page->more);
}

void TestCustomers::shouldRestrictToCallersCustomers()
{
    // Given rows for two customers
    Customers c;
    c.add("ops", "acme");
    const Customer beta = c.add("dev", "beta");
    const Caller acmeAdmin{qs("alice"), qsl({"acme"}), qsl({"admin:customers"})};

    // When a caller restricted to acme lists, reads, changes and creates rows
    // Then it only sees and touches acme's rows
    QCOMPARE(c.listed({}, acmeAdmin), qs("ops→acme"));
    QCOMPARE(errorText(c.service.get(beta.id, acmeAdmin)), qs("404 not found"));
    QCOMPARE(errorText(c.service.remove(beta.id, acmeAdmin)), qs("404 not found"));
    const Result<Customer> other =
        c.service.create(*IdentityJson::parseCustomer(json(R"({"match": "qa", "customer": "beta"})")), acmeAdmin);
    QCOMPARE(errorText(other), qs("400 not allowed to set customer to 'beta'"));
}

void TestCustomers::shouldLookUpCustomersForUser_data()
{
    QTest::addColumn<bool>("customerViews");
    QTest::addColumn<QString>("login");
    QTest::addColumn<QStringList>("groups");
    QTest::addColumn<QString>("expected"); // customers joined by `,`; "" = all; else `<code> <message>`

    // Rows: alice → acme, ops → beta, ops → gamma, example.com → delta, bob → acme, sre → *.
    QTest::newRow("views off: all") << false << qs("carol") << qsl({"nowhere"}) << QString();
    QTest::newRow("ADMIN_USERS: all") << true << qs("root@example.com") << QStringList() << QString();
    QTest::newRow("login match") << true << qs("alice") << QStringList() << qs("acme");
    QTest::newRow("group match, all its rows") << true << qs("carol") << qsl({"ops"}) << qs("beta,gamma");
    QTest::newRow("domain as group") << true << qs("carol") << qsl({"example.com"}) << qs("delta");
    QTest::newRow("login first, then groups")
        << true << qs("alice") << qsl({"example.com", "ops"}) << qs("acme,delta,beta,gamma");
    QTest::newRow("same customer twice") << true << qs("bob") << qsl({"alice"}) << qs("acme");
    QTest::newRow("star among them: all") << true << qs("alice") << qsl({"sre"}) << QString();
    QTest::newRow("no match: 403") << true << qs("carol") << qsl({"x.org", "qa"})
                                   << qs("403 No customer lookup configured for user 'carol' or 'x.org,qa'");
    QTest::newRow("no match, no groups") << true << qs("carol") << QStringList()
                                         << qs("403 No customer lookup configured for user 'carol' or ''");
}

void TestCustomers::shouldLookUpCustomersForUser()
{
    QFETCH(bool, customerViews);
    QFETCH(QString, login);
    QFETCH(QStringList, groups);
    QFETCH(QString, expected);

    // Given the look-up rows of the table above
    Customers c(viewsConfig(customerViews));
    c.add("alice", "acme");
    c.add("ops", "beta");
    c.add("ops", "gamma");
    c.add("example.com", "delta");
    c.add("bob", "acme");
    c.add("sre", "*");

    // When the customers of a user with these groups are looked up
    const Result<QStringList> customers = c.service.customersFor(login, groups);

    // Then they are those of spec §5.5
    QCOMPARE(customers ? customers->join(u',') : errorText(customers), expected);
}

void TestCustomers::shouldSerialiseEveryKey()
{
    // Given a stored row
    Customers c;
    const Customer created = c.add("ops", "acme");

    // When it is serialised
    const QJsonObject o = IdentityJson::customerToJson(created, qs("http://host/api"));

    // Then it has exactly the keys of spec §4.8
    QCOMPARE(o.keys(), qsl({"customer", "href", "id", "match"}));
    QCOMPARE(o.value(qs("href")).toString(), u"http://host/api/customer/" + created.id);
    QCOMPARE(o.value(qs("match")).toString(), qs("ops"));
    QCOMPARE(o.value(qs("customer")).toString(), qs("acme"));
}

QTEST_GUILESS_MAIN(TestCustomers)
#include "testcustomers.moc"
