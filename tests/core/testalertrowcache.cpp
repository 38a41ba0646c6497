// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QJsonObject>
#include <QTest>

#include <functional>
#include <limits>

#include "core/alertrow.h"
#include "core/alertrowcache.h"

// The SQLite writer's row cache (what it keeps, how a write changes it, its bound) and the column sets of the
// store's narrow UPDATE. The cache inside a running store (roll-back, another connection's writes) is tested in
// testsqlitestore.

namespace {

Alert alertFor(const QString &resource, const QString &event, const QString &customer = {})
{
    Alert a;
    a.id = resource + u'-' + event;
    a.environment = QStringLiteral("Production");
    a.resource = resource;
    a.event = event;
    a.customer = customer;
    a.severity = QStringLiteral("major");
    a.status = QStringLiteral("open");
    return a;
}

HistoryEntry entry(const QString &text)
{
    HistoryEntry h;
    h.text = text;
    h.type = QStringLiteral("value");
    return h;
}

StoredAlert stored(qint64 rowId, const Alert &alert, int historyEntries)
{
    StoredAlert row{rowId, historyEntries, alert};
    for (int i = historyEntries; i >= 1; --i)
        row.alert.history.append(entry(QString::number(i)));
    return row;
}

std::optional<StoredAlert> find(const AlertRowCache &cache, const Alert &a)
{
    return cache.find(a.environment, a.resource, a.event, a.customer);
}

using AlertChange = std::function<void(Alert &)>;

} // namespace

Q_DECLARE_METATYPE(AlertChange)
Q_DECLARE_METATYPE(AlertRow::UpdatedColumn)

class TestAlertRowCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldFindARememberedRowByItsMatchKey();
    void shouldTellANullCustomerFromAnEmptyOne();
    void shouldKeepOnlyTheNewestHistoryEntries();
    void shouldKeepTheWholeHistoryWhenAskedTo();
    void shouldFollowUpdatesAndKeepTheHistory();
    void shouldFollowAnEventChangedByACorrelation();
    void shouldPrependHistoryAndAdvanceTheSequence();
    void shouldForgetRemovedRowsAndEverythingOnClear();
    void shouldStayWithinItsCapacity();
    void shouldStayWithinItsMemoryBudget();
    void shouldIgnoreWritesToRowsItDoesNotKeep();

    void shouldNameExactlyTheChangedColumn_data();
    void shouldNameExactlyTheChangedColumn();
    void shouldNameNoColumnWhenNothingChanged();
    void shouldWriteOnlyTheChangedColumnsWithTheRowIdLast();
};

void TestAlertRowCache::shouldFindARememberedRowByItsMatchKey()
{
    // Given: a cache with one row
    AlertRowCache cache;
    const Alert a = alertFor(QStringLiteral("web01"), QStringLiteral("HighLoad"));
    cache.remember(stored(7, a, 1));

    // Then: its key finds it; any other key does not
    const std::optional<StoredAlert> hit = find(cache, a);
    QVERIFY(hit);
    QCOMPARE(hit->rowId, 7);
    QCOMPARE(hit->alert.id, a.id);
    QVERIFY(!find(cache, alertFor(QStringLiteral("web01"), QStringLiteral("DiskFull"))));
    QVERIFY(!find(cache, alertFor(QStringLiteral("web02"), QStringLiteral("HighLoad"))));
    Alert otherEnvironment = a;
    otherEnvironment.environment = QStringLiteral("Development");
    QVERIFY(!find(cache, otherEnvironment));
    QVERIFY(!cache.find(a.environment, a.resource.toUpper(), a.event, a.customer)); // the store compares exactly
}

void TestAlertRowCache::shouldTellANullCustomerFromAnEmptyOne()
{
    // Given: one alert without a customer and one with the empty customer (the store keeps NULL and '' apart)
    AlertRowCache cache;
    const Alert none = alertFor(QStringLiteral("web01"), QStringLiteral("HighLoad"));
    Alert empty = none;
    empty.customer = QStringLiteral("");
    cache.remember(stored(1, none, 1));

    // Then: the empty customer does not find the alert without one, until it is kept itself
    QVERIFY(find(cache, none));
    QVERIFY(!find(cache, empty));
    cache.remember(stored(2, empty, 1));
    QCOMPARE(find(cache, empty)->rowId, 2);
    QCOMPARE(find(cache, none)->rowId, 1);
}

void TestAlertRowCache::shouldKeepOnlyTheNewestHistoryEntries()
{
    // Given: a row read with five history entries, newest first
    AlertRowCache cache;
    const Alert a = alertFor(QStringLiteral("web01"), QStringLiteral("HighLoad"));
    cache.remember(stored(1, a, 5));

    // Then: the cache keeps what findByKey() promises, the newest ones
    const QList<HistoryEntry> kept = find(cache, a)->alert.history;
    QCOMPARE(kept.size(), AlertTransaction::HistoryHead);
    QCOMPARE(kept.at(0).text, QStringLiteral("5"));
    QCOMPARE(kept.at(1).text, QStringLiteral("4"));
}

void TestAlertRowCache::shouldKeepTheWholeHistoryWhenAskedTo()
{
    // Given: a cache that keeps every entry (a PostgreSQL writer's, for one transaction), with a row of five
    AlertRowCache cache(10, std::numeric_limits<qint64>::max(), AlertRowCache::AllHistory);
    const Alert a = alertFor(QStringLiteral("web01"), QStringLiteral("HighLoad"));
    cache.remember(stored(1, a, 5));

    // When: a sixth entry is prepended
    cache.historyPrepended(1, entry(QStringLiteral("6")), 6, 100);

    // Then: all six are kept, newest first
    std::optional<StoredAlert> kept = find(cache, a);
    QCOMPARE(kept->newestSeq, 6);
    QCOMPARE(kept->alert.history.size(), 6);
    for (int i = 0; i < 6; ++i)
        QCOMPARE(kept->alert.history.at(i).text, QString::number(6 - i));

    // And: a seventh with a history limit of four leaves the four newest, as the store keeps them
    cache.historyPrepended(1, entry(QStringLiteral("7")), 7, 4);
    kept = find(cache, a);
    QCOMPARE(kept->alert.history.size(), 4);
    QCOMPARE(kept->alert.history.first().text, QStringLiteral("7"));
    QCOMPARE(kept->alert.history.last().text, QStringLiteral("4"));
}

void TestAlertRowCache::shouldFollowUpdatesAndKeepTheHistory()
{
    // Given: a kept row
    AlertRowCache cache;
    const Alert a = alertFor(QStringLiteral("web01"), QStringLiteral("HighLoad"));
    cache.remember(stored(1, a, 2));

    // When: the row is updated with new values and an alert without history (as update() writes no history)
    Alert after = a;
    after.duplicateCount = 3;
    after.value = QStringLiteral("97%");
    after.history.clear();
    cache.updated(1, after);

    // Then: the new values are found, with the history as it was
    const std::optional<StoredAlert> hit = find(cache, a);
    QCOMPARE(hit->alert.duplicateCount, 3);
    QCOMPARE(hit->alert.value, QStringLiteral("97%"));
    QCOMPARE(hit->alert.history.size(), 2);
    QCOMPARE(hit->alert.history.first().text, QStringLiteral("2"));
}

void TestAlertRowCache::shouldFollowAnEventChangedByACorrelation()
{
    // Given: a kept row whose event a correlation changes
    AlertRowCache cache;
    const Alert before = alertFor(QStringLiteral("web01"), QStringLiteral("NodeDown"));
    cache.remember(stored(1, before, 1));
    Alert after = before;
    after.event = QStringLiteral("NodeUp");
    cache.updated(1, after);

    // Then: the new key finds it and the old one no longer does
    QVERIFY(!find(cache, before));
    QCOMPARE(find(cache, after)->rowId, 1);
    QCOMPARE(cache.size(), 1);
}

void TestAlertRowCache::shouldPrependHistoryAndAdvanceTheSequence()
{
    // Given: a kept row whose newest entry is number 2
    AlertRowCache cache;
    const Alert a = alertFor(QStringLiteral("web01"), QStringLiteral("HighLoad"));
    cache.remember(stored(1, a, 2));

    // When: entry 3 is added
    cache.historyPrepended(1, entry(QStringLiteral("3")), 3, 100);

    // Then: it is the newest, the sequence follows, and the head stays within its size
    const std::optional<StoredAlert> hit = find(cache, a);
    QCOMPARE(hit->newestSeq, 3);
    QCOMPARE(hit->alert.history.size(), AlertTransaction::HistoryHead);
    QCOMPARE(hit->alert.history.at(0).text, QStringLiteral("3"));
    QCOMPARE(hit->alert.history.at(1).text, QStringLiteral("2"));
}

void TestAlertRowCache::shouldForgetRemovedRowsAndEverythingOnClear()
{
    // Given: two kept rows
    AlertRowCache cache;
    const Alert a = alertFor(QStringLiteral("web01"), QStringLiteral("HighLoad"));
    const Alert b = alertFor(QStringLiteral("web02"), QStringLiteral("HighLoad"));
    cache.remember(stored(1, a, 1));
    cache.remember(stored(2, b, 1));

    // When/Then: a removed row is gone, the other stays; clear() forgets the rest
    cache.removed(1);
    QVERIFY(!find(cache, a));
    QVERIFY(find(cache, b));
    cache.clear();
    QVERIFY(!find(cache, b));
    QCOMPARE(cache.size(), 0);
}

void TestAlertRowCache::shouldStayWithinItsCapacity()
{
    // Given: a cache for 100 rows
    AlertRowCache cache(100);

    // When: 250 rows are kept
    for (int i = 0; i < 250; ++i)
        cache.remember(stored(i + 1, alertFor(QStringLiteral("host%1").arg(i), QStringLiteral("Ping")), 1));

    // Then: it holds 100, the newest is among them, and every row found is the one its key names
    QCOMPARE(cache.size(), 100);
    QVERIFY(find(cache, alertFor(QStringLiteral("host249"), QStringLiteral("Ping"))));
    int found = 0;
    for (int i = 0; i < 250; ++i) {
        if (const std::optional<StoredAlert> hit =
                find(cache, alertFor(QStringLiteral("host%1").arg(i), QStringLiteral("Ping")))) {
            QCOMPARE(hit->rowId, i + 1);
            ++found;
        }
    }
    QCOMPARE(found, 100);
}

void TestAlertRowCache::shouldIgnoreWritesToRowsItDoesNotKeep()
{
    // Given: an empty cache
    AlertRowCache cache;
    const Alert a = alertFor(QStringLiteral("web01"), QStringLiteral("HighLoad"));

    // When: it hears of writes to a row it never read (an operator action loads rows by id, around the cache)
    cache.updated(5, a);
    cache.historyPrepended(5, entry(QStringLiteral("x")), 9, 100);
    cache.removed(5);

    // Then: it still keeps nothing, rather than a row with a partial history
    QVERIFY(!find(cache, a));
    QCOMPARE(cache.size(), 0);
}

void TestAlertRowCache::shouldStayWithinItsMemoryBudget()
{
    // Given: a cache of 1,000 rows but 1 MiB, and alerts with 100,000 characters of text (about 200 KB each)
    constexpr qint64 Budget = 1024 * 1024;
    AlertRowCache cache(1000, Budget);
    const auto large = [](int i) {
        Alert a = alertFor(QStringLiteral("big%1").arg(i), QStringLiteral("e"));
        a.text = QString(100000, u'x');
        return a;
    };

    // When: twenty such rows are remembered
    for (int i = 0; i < 20; ++i) {
        cache.remember(stored(i + 1, large(i), 0));
        QVERIFY2(cache.bytes() <= Budget, qPrintable(QString::number(cache.bytes())));
    }

    // Then: only a few fit, the newest among them, and their sizes add up
    QVERIFY(cache.size() >= 3 && cache.size() <= 5);
    QVERIFY(find(cache, large(19)).has_value());

    // And a row larger than the whole budget is not kept at all (it is read from the database)
    Alert huge = alertFor(QStringLiteral("huge"), QStringLiteral("e"));
    huge.attributes.insert(QStringLiteral("blob"), QJsonObject{{QStringLiteral("nested"), QString(600000, u'y')}});
    cache.remember(stored(100, huge, 0));
    QVERIFY(!find(cache, huge).has_value());
    QVERIFY(find(cache, large(19)).has_value());

    // And a kept row that grows past the budget is dropped, the others kept
    Alert grown = large(19);
    grown.text = QString(700000, u'z');
    cache.updated(20, grown);
    QVERIFY(!find(cache, grown).has_value());
    QVERIFY(cache.bytes() <= Budget);

    // And clear() gives everything back
    cache.clear();
    QCOMPARE(cache.bytes(), 0);
}

void TestAlertRowCache::shouldNameExactlyTheChangedColumn_data()
{
    using C = AlertRow::UpdatedColumn;
    QTest::addColumn<AlertChange>("change");
    QTest::addColumn<C>("column");
    QTest::addColumn<QString>("sqlColumn");

    QTest::newRow("severity") << AlertChange([](Alert &a) { a.severity = QStringLiteral("critical"); }) << C::Severity
                              << QStringLiteral("severity");
    QTest::newRow("status") << AlertChange([](Alert &a) { a.status = QStringLiteral("ack"); }) << C::Status
                            << QStringLiteral("status");
    QTest::newRow("service") << AlertChange([](Alert &a) { a.service.append(QStringLiteral("Web")); }) << C::Service
                             << QStringLiteral("service");
    QTest::newRow("value") << AlertChange([](Alert &a) { a.value = QStringLiteral("99"); }) << C::Value
                           << QStringLiteral("value");
    QTest::newRow("text") << AlertChange([](Alert &a) { a.text = QStringLiteral("now worse"); }) << C::Text
                          << QStringLiteral("text");
    QTest::newRow("tags") << AlertChange([](Alert &a) { a.tags.append(QStringLiteral("db")); }) << C::Tags
                          << QStringLiteral("tags");
    QTest::newRow("attributes") << AlertChange([](Alert &a) { a.attributes.insert(QStringLiteral("region"), 1); })
                                << C::Attributes << QStringLiteral("attributes");
    QTest::newRow("createTime") << AlertChange([](Alert &a) { a.createTime += 1; }) << C::CreateTime
                                << QStringLiteral("create_time");
    QTest::newRow("timeout set") << AlertChange([](Alert &a) { a.timeout = 60; }) << C::Timeout
                                 << QStringLiteral("timeout");
    QTest::newRow("rawData") << AlertChange([](Alert &a) { a.rawData = QStringLiteral("{}"); }) << C::RawData
                             << QStringLiteral("raw_data");
    QTest::newRow("duplicateCount") << AlertChange([](Alert &a) { ++a.duplicateCount; }) << C::DuplicateCount
                                    << QStringLiteral("duplicate_count");
    QTest::newRow("repeat") << AlertChange([](Alert &a) { a.repeat = true; }) << C::Repeat << QStringLiteral("repeat");
    QTest::newRow("previousSeverity") << AlertChange([](Alert &a) { a.previousSeverity = QStringLiteral("minor"); })
                                      << C::PreviousSeverity << QStringLiteral("previous_severity");
    QTest::newRow("trendIndication") << AlertChange([](Alert &a) { a.trendIndication = QStringLiteral("noChange"); })
                                     << C::TrendIndication << QStringLiteral("trend_indication");
    QTest::newRow("receiveTime") << AlertChange([](Alert &a) { a.receiveTime += 1; }) << C::ReceiveTime
                                 << QStringLiteral("receive_time");
    QTest::newRow("lastReceiveId") << AlertChange([](Alert &a) { a.lastReceiveId = QStringLiteral("b"); })
                                   << C::LastReceiveId << QStringLiteral("last_receive_id");
    QTest::newRow("lastReceiveTime") << AlertChange([](Alert &a) { a.lastReceiveTime += 1; }) << C::LastReceiveTime
                                     << QStringLiteral("last_receive_time");
    QTest::newRow("updateTime") << AlertChange([](Alert &a) { a.updateTime += 1; }) << C::UpdateTime
                                << QStringLiteral("update_time");
    QTest::newRow("event (correlation)") << AlertChange([](Alert &a) { a.event = QStringLiteral("NodeUp"); })
                                         << C::Event << QStringLiteral("event");
}

void TestAlertRowCache::shouldNameExactlyTheChangedColumn()
{
    QFETCH(AlertChange, change);
    QFETCH(AlertRow::UpdatedColumn, column);
    QFETCH(QString, sqlColumn);

    // Given: an alert and a copy with one field changed
    Alert before = alertFor(QStringLiteral("web01"), QStringLiteral("HighLoad"));
    before.timeout = std::nullopt;
    Alert after = before;
    change(after);

    // Then: that column alone is named, and the UPDATE sets it alone
    const AlertRow::ColumnSet changed = AlertRow::changedColumns(before, after);
    QCOMPARE(changed, AlertRow::ColumnSet(1) << static_cast<int>(column));
    QCOMPARE(AlertRow::updateSql(changed), u"UPDATE alerts SET " + sqlColumn + u" = ? WHERE rid = ?");
}

void TestAlertRowCache::shouldNameNoColumnWhenNothingChanged()
{
    // Given: two equal alerts but for what an update never writes (identity, creation fields, history)
    const Alert before = alertFor(QStringLiteral("web01"), QStringLiteral("HighLoad"));
    Alert after = before;
    after.history.append(entry(QStringLiteral("new")));

    // Then: no column
    QCOMPARE(AlertRow::changedColumns(before, after), AlertRow::ColumnSet(0));
}

void TestAlertRowCache::shouldWriteOnlyTheChangedColumnsWithTheRowIdLast()
{
    // Given: a duplicate's usual changes
    const Alert before = alertFor(QStringLiteral("web01"), QStringLiteral("HighLoad"));
    Alert after = before;
    after.duplicateCount = 4;
    after.lastReceiveId = QStringLiteral("r4");
    after.lastReceiveTime = 1000;

    // Then: the statement names those columns in the table's order; the binder fills them from 1 and leaves the
    // row id for the last parameter
    const AlertRow::ColumnSet changed = AlertRow::changedColumns(before, after);
    QCOMPARE(AlertRow::updateSql(changed),
             QStringLiteral("UPDATE alerts SET duplicate_count = ?, last_receive_id = ?, last_receive_time = ? "
                            "WHERE rid = ?"));
    struct Recorder
    {
        QList<QPair<int, QVariant>> bound;
        void bind(int i, const QString &v) { bound.append({i, v}); }
        void bind(int i, const QByteArray &v) { bound.append({i, v}); }
        void bind(int i, qint64 v) { bound.append({i, v}); }
        void bindNull(int i) { bound.append({i, QVariant()}); }
    } recorder;
    const int rowIdParameter = AlertRow::bindChanged(recorder, changed, after);
    QCOMPARE(rowIdParameter, 4);
    const QList<QPair<int, QVariant>> expected = {{1, QVariant(qint64(4))},
                                                  {2, QVariant(QStringLiteral("r4"))},
                                                  {3, QVariant(qint64(1000))}};
    QCOMPARE(recorder.bound, expected);
}

QTEST_GUILESS_MAIN(TestAlertRowCache)
#include "testalertrowcache.moc"
