// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QTest>

#include "core/caller.h"
#include "tests/support/testtext.h"

// Assigning `customer` on writes (spec §5.6), one row per line of the spec's table, and the read restriction of
// §5.5 that every service applies.
class TestCaller : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldAssignCustomerAsSpecTable_data();
    void shouldAssignCustomerAsSpecTable();
    void shouldRestrictOnlyCallersWithCustomers();
};

void TestCaller::shouldAssignCustomerAsSpecTable_data()
{
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QStringList>("customers");
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("expected"); // the customer, or "400 <message>"
    QTest::addColumn<bool>("expectNull");

    const QString none; // request without customer
    QTest::newRow("set, admin") << qsl({"admin"}) << qsl({"acme"}) << qs("other") << qs("other") << false;
    QTest::newRow("set, override scope") << qsl({"admin:alerts"}) << qsl({"acme"}) << qs("other") << qs("other")
                                         << false;
    QTest::newRow("set, other resource's override") << qsl({"admin:heartbeats"}) << qsl({"acme"}) << qs("other")
                                                    << qs("400 not allowed to set customer to 'other'") << false;
    QTest::newRow("set, in caller's list")
        << qsl({"write"}) << qsl({"acme", "beta"}) << qs("beta") << qs("beta") << false;
    QTest::newRow("set, not in caller's list")
        << qsl({"write"}) << qsl({"acme"}) << qs("beta") << qs("400 not allowed to set customer to 'beta'") << false;
    QTest::newRow("set, anonymous with auth off")
        << QStringList() << QStringList() << qs("acme") << qs("400 not allowed to set customer to 'acme'") << false;
    QTest::newRow("absent, one customer") << qsl({"write"}) << qsl({"acme"}) << none << qs("acme") << false;
    QTest::newRow("absent, several") << qsl({"write"}) << qsl({"acme", "beta"}) << none
                                     << qs("400 must define customer as more than one possibility") << false;
    QTest::newRow("absent, none (all)") << qsl({"write"}) << QStringList() << none << QString() << true;
    QTest::newRow("absent, internal") << Caller::internal().scopes << QStringList() << none << QString() << true;
}

void TestCaller::shouldAssignCustomerAsSpecTable()
{
    QFETCH(QStringList, scopes);
    QFETCH(QStringList, customers);
    QFETCH(QString, requested);
    QFETCH(QString, expected);
    QFETCH(bool, expectNull);

    // Given: a caller with these scopes and customers
    const Caller caller{qs("alice"), customers, scopes};
    // When: it writes with or without a customer (override scope of the alerts resource)
    const Result<QString> assigned = caller.assignCustomer(requested, qs("admin:alerts"));
    // Then: the customer of the spec's table, or its error
    const QString got =
        assigned.ok() ? *assigned : QString::number(assigned.error().code) + u' ' + assigned.error().message;
    QCOMPARE(got, expected);
    QCOMPARE(assigned.ok() && assigned->isNull(), expectNull);
}

void TestCaller::shouldRestrictOnlyCallersWithCustomers()
{
    // Given: an unrestricted and a restricted caller
    const Caller all{qs("admin"), {}, {}};
    const Caller acme{qs("alice"), qsl({"acme", "beta"}), {}};
    // Then: the first reads everything, the second only its customers (null customers excluded by IN)
    QVERIFY(all.restriction().isEmpty());
    QCOMPARE(acme.restriction().sql, qs("customer IN (?, ?)"));
    QCOMPARE(acme.restriction().binds, QVariantList({qs("acme"), qs("beta")}));
}

QTEST_GUILESS_MAIN(TestCaller)
#include "testcaller.moc"
