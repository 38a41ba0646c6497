// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QLoggingCategory>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <functional>

#include "core/alertengine.h"
#include "core/severitymap.h"
#include "tests/support/enginefixture.h"
#include "tests/support/testtext.h"

// The query side of AlertEngine against a real SQLite store, fed through the receive pipeline: `GET /alerts`
// with filters, sort and paging (spec §4.1, §4.3), counts, the history search (§1.3, §4.3), the environments /
// services / groups / tags aggregations, the top-N reports, and the customer restriction of every read path (§5.5).

namespace {

/// `name=value` items as query parameters, in order; the name ends at the first `=` (so `status!=closed` is the
/// name `status!` with the value `closed`, as the HTTP layer splits it).
QueryParams toParams(const QStringList &items)
{
    QueryParams params;
    for (const QString &item : items) {
        const qsizetype eq = item.indexOf(u'=');
        params.append({item.left(eq), item.mid(eq + 1)});
    }
    return params;
}

template<typename T>
QString errorText(const Result<T> &r)
{
    return r.ok() ? QString() : QString::number(r.error().code) + u' ' + r.error().message;
}

/// Milliseconds since the fixture's start, as seconds, for readable expectations.
Timestamp at(qint64 seconds)
{
    return EngineFixture::Start + seconds * 1000;
}

/// `base` as a new submission with its own id: a duplicate or a correlation of the stored alert, or a new alert.
Alert again(const Alert &base, const QString &severity)
{
    Alert a = base;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.severity = severity;
    return a;
}

/// Receives `a` one second after the previous step, created at that time. Returns an empty string, or what failed.
QString receiveNext(EngineFixture &f, Alert a, const Caller &caller = {})
{
    f.clock->advanceSeconds(1);
    a.createTime = f.clock->now();
    const Result<ReceiveResult> r = f.engine->receive(a, caller);
    return r.ok() ? QString() : a.resource + u'/' + a.event + u": " + errorText(r);
}

/// Receives `a` at `seconds` after the fixture's start, created at that time.
QString receiveAt(EngineFixture &f, Alert a, qint64 seconds)
{
    f.clock->set(at(seconds));
    a.createTime = f.clock->now();
    const Result<ReceiveResult> r = f.engine->receive(a);
    return r.ok() ? QString() : a.resource + u'/' + a.event + u": " + errorText(r);
}

QString resources(const QList<Alert> &alerts)
{
    QStringList list;
    for (const Alert &a : alerts)
        list.append(a.resource);
    return list.join(u' ');
}

/// `critical=2 major=1`, keys in order.
QString describe(const QMap<QString, qint64> &counts)
{
    QStringList list;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        list.append(it.key() + u'=' + QString::number(it.value()));
    return list.join(u' ');
}

/// `Production/Web 2 [critical/open=1 major/ack=1]` per row, rows and buckets sorted: the spec fixes neither order.
QString describe(const QList<GroupedCount> &rows)
{
    QStringList lines;
    for (const GroupedCount &row : rows) {
        QStringList buckets;
        for (const SeverityStatusCount &b : row.buckets)
            buckets.append(b.severity + u'/' + b.status + u'=' + QString::number(b.count));
        buckets.sort();
        QString name = row.environment;
        if (!row.key.isEmpty())
            name += u'/' + row.key;
        lines.append(name + u' ' + QString::number(row.count) + u" [" + buckets.join(u' ') + u']');
    }
    lines.sort();
    return lines.join(QStringLiteral("; "));
}

QString sortedJoin(QStringList list, QChar separator = u',')
{
    list.sort();
    return list.join(separator);
}

/// `NodeDown dup=2 env=Development,Production svc=Web res=web01,web02` per row, rows in the engine's order (the
/// ranking is what is under test); the lists inside a row are sets, so they are sorted. The count is left out:
/// see counts().
QString describe(const QList<TopRow> &rows)
{
    QStringList lines;
    for (const TopRow &row : rows) {
        QStringList res;
        for (const auto &[id, resource] : row.resources)
            res.append(resource);
        lines.append(row.value + u" dup=" + QString::number(row.duplicateCount) + u" env="
                     + sortedJoin(row.environments) + u" svc=" + sortedJoin(row.services) + u" res=" + sortedJoin(res));
    }
    return lines.join(QStringLiteral("; "));
}

/// `NodeDown=3 DiskFull=2`: each top row's count, in the engine's order.
QString counts(const QList<TopRow> &rows)
{
    QStringList list;
    for (const TopRow &row : rows)
        list.append(row.value + u'=' + QString::number(row.count));
    return list.join(u' ');
}

/// `web01/Production note major`: a history search row, its alert's current identity with the entry's own fields.
QString describe(const QList<HistoryRow> &rows)
{
    QStringList lines;
    for (const HistoryRow &row : rows)
        lines.append(row.alert.resource + u'/' + row.alert.environment + u' ' + row.entry.type + u' '
                     + row.entry.severity);
    return lines.join(QStringLiteral("; "));
}

const QString Dave = QStringLiteral("dave");

// ---- The customer matrix --------------------------------------------------------------------------------------

/// One stored alert per customer (A, B and none), each with a label that every aggregation can show: resource
/// `res-<label>`, environment `env-<label>`, service `svc-<label>`, group `grp-<label>`, tag `tag-<label>`, and a
/// final severity of its own. Each changed severity once (so that it is flapping) and has a note.
struct TenantAlert
{
    QString label;
    QString customer;
    QString severity;
    QString id;
};

QList<TenantAlert> tenants()
{
    return {{QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("major"), {}},
            {QStringLiteral("B"), QStringLiteral("B"), QStringLiteral("minor"), {}},
            {QStringLiteral("none"), QString(), QStringLiteral("warning"), {}}};
}

QString labelOf(const QString &name)
{
    return name.section(u'-', -1);
}

QString labelOfSeverity(const QString &severity)
{
    for (const TenantAlert &t : tenants()) {
        if (t.severity == severity)
            return t.label;
    }
    return u'?' + severity;
}

/// What a read path shows of the tenant alerts: their labels, sorted and space-separated, or the error.
using ReadPath =
    std::function<Result<QString>(AlertEngine &, const QueryParams &, const Caller &, const QList<TenantAlert> &)>;

Result<QString> labels(QStringList list)
{
    list.removeDuplicates();
    list.sort();
    return list.join(u' ');
}

Result<QString> groupedLabels(AlertEngine &e, AlertReader::Grouping g, const QueryParams &p, const Caller &c)
{
    const Result<QList<GroupedCount>> rows = e.grouped(g, p, c);
    if (!rows)
        return rows.error();
    QStringList list;
    for (const GroupedCount &row : *rows)
        list.append(labelOf(g == AlertReader::Grouping::Environment ? row.environment : row.key));
    return labels(list);
}

Result<QString> topLabels(AlertEngine &e, AlertReader::TopKind k, const QueryParams &p, const Caller &c)
{
    const Result<QList<TopRow>> rows = e.top(k, p, c);
    if (!rows)
        return rows.error();
    QStringList list;
    for (const TopRow &row : *rows) {
        for (const auto &[id, resource] : row.resources)
            list.append(labelOf(resource));
    }
    return labels(list);
}

/// The search paths take query parameters; the single-alert ones (`alert`, `notes`) look every tenant alert up.
const QMap<QString, ReadPath> &searchPaths()
{
    using G = AlertReader::Grouping;
    using K = AlertReader::TopKind;
    static const QMap<QString, ReadPath> paths = {
        {QStringLiteral("query"),
         [](AlertEngine &e, const QueryParams &p, const Caller &c, const QList<TenantAlert> &) -> Result<QString> {
             const Result<AlertPage> page = e.query(p, c);
             if (!page)
                 return page.error();
             QStringList list;
             for (const Alert &a : page->alerts)
                 list.append(labelOf(a.resource));
             if (page->counts.total != list.size())
                 return ApiError::internal(
                     QStringLiteral("total %1 for %2 alerts").arg(page->counts.total).arg(list.size()));
             return labels(list);
         }},
        {QStringLiteral("count"),
         [](AlertEngine &e, const QueryParams &p, const Caller &c, const QList<TenantAlert> &) -> Result<QString> {
             const Result<AlertCounts> counts = e.count(p, c);
             if (!counts)
                 return counts.error();
             QStringList list;
             for (auto it = counts->severityCounts.constBegin(); it != counts->severityCounts.constEnd(); ++it) {
                 for (qint64 i = 0; i < it.value(); ++i)
                     list.append(labelOfSeverity(it.key()));
             }
             if (counts->total != list.size())
                 return ApiError::internal(
                     QStringLiteral("total %1 for %2 alerts").arg(counts->total).arg(list.size()));
             return labels(list);
         }},
        {QStringLiteral("history"),
         [](AlertEngine &e, const QueryParams &p, const Caller &c, const QList<TenantAlert> &) -> Result<QString> {
             const Result<HistoryPage> page = e.history(p, c);
             if (!page)
                 return page.error();
             QStringList list;
             for (const HistoryRow &row : page->rows)
                 list.append(labelOf(row.alert.resource));
             return labels(list);
         }},
        {QStringLiteral("environments"),
         [](AlertEngine &e, const QueryParams &p, const Caller &c, const QList<TenantAlert> &) {
             return groupedLabels(e, G::Environment, p, c);
         }},
        {QStringLiteral("services"),
         [](AlertEngine &e, const QueryParams &p, const Caller &c, const QList<TenantAlert> &) {
             return groupedLabels(e, G::Service, p, c);
         }},
        {QStringLiteral("groups"),
         [](AlertEngine &e, const QueryParams &p, const Caller &c, const QList<TenantAlert> &) {
             return groupedLabels(e, G::Group, p, c);
         }},
        {QStringLiteral("tags"),
         [](AlertEngine &e, const QueryParams &p, const Caller &c, const QList<TenantAlert> &) {
             return groupedLabels(e, G::Tag, p, c);
         }},
        {QStringLiteral("top count"),
         [](AlertEngine &e, const QueryParams &p, const Caller &c, const QList<TenantAlert> &) {
             return topLabels(e, K::Count, p, c);
         }},
        {QStringLiteral("top flapping"),
         [](AlertEngine &e, const QueryParams &p, const Caller &c, const QList<TenantAlert> &) {
             return topLabels(e, K::Flapping, p, c);
         }},
        {QStringLiteral("top standing"),
         [](AlertEngine &e, const QueryParams &p, const Caller &c, const QList<TenantAlert> &) {
             return topLabels(e, K::Standing, p, c);
         }},
    };
    return paths;
}

const QMap<QString, ReadPath> &singleAlertPaths()
{
    static const QMap<QString, ReadPath> paths = {
        {QStringLiteral("alert(id)"),
         [](AlertEngine &e, const QueryParams &, const Caller &c, const QList<TenantAlert> &ts) -> Result<QString> {
             QStringList list;
             for (const TenantAlert &t : ts) {
                 const Result<Alert> a = e.alert(t.id, c);
                 if (a.ok())
                     list.append(labelOf(a->resource));
                 else if (a.error().code != 404 || a.error().message != QLatin1StringView("not found"))
                     return a.error();
             }
             return labels(list);
         }},
        {QStringLiteral("notes(id)"),
         [](AlertEngine &e, const QueryParams &, const Caller &c, const QList<TenantAlert> &ts) -> Result<QString> {
             QStringList list;
             for (const TenantAlert &t : ts) {
                 const Result<QList<Note>> notes = e.notes(t.id, c);
                 if (notes.ok() && notes->size() == 1)
                     list.append(labelOf(notes->first().attributes.value(QStringLiteral("resource")).toString()));
                 else if (notes.ok())
                     return ApiError::internal(QStringLiteral("%1 notes").arg(notes->size()));
                 else if (notes.error().code != 404 || notes.error().message != QLatin1StringView("not found"))
                     return notes.error();
             }
             return labels(list);
         }},
    };
    return paths;
}

} // namespace

class TestQueries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void shouldPageFilteredSortedAlerts_data();
    void shouldPageFilteredSortedAlerts();
    void shouldPageBySeverityAsTheWholeListIsOrdered_data();
    void shouldPageBySeverityAsTheWholeListIsOrdered();
    void shouldRefuseOutOfRangePage_data();
    void shouldRefuseOutOfRangePage();
    void shouldServeEmptyResultWithoutPages_data();
    void shouldServeEmptyResultWithoutPages();
    void shouldMatchLongListsOfIdsAndTerms();
    void shouldAnswerTheLargestQueriesTheParserTakes_data();
    void shouldAnswerTheLargestQueriesTheParserTakes();
    void shouldMatchWildcardsAndPhrasesAtWordBoundaries_data();
    void shouldMatchWildcardsAndPhrasesAtWordBoundaries();
    void shouldCountWholeQueryNotPage_data();
    void shouldCountWholeQueryNotPage();
    void shouldReportLastTime_data();
    void shouldReportLastTime();
    void shouldShowHistoryAndRawDataOnlyWhenRequested_data();
    void shouldShowHistoryAndRawDataOnlyWhenRequested();
    void shouldRejectUnknownParameter_data();
    void shouldRejectUnknownParameter();

    void shouldRestrictEveryReadPathToCallerCustomers_data();
    void shouldRestrictEveryReadPathToCallerCustomers();

    void shouldSearchHistoryNewestFirst_data();
    void shouldSearchHistoryNewestFirst();
    void shouldCarryAlertsCurrentValuesInHistoryRows();
    void shouldRefuseHistoryPageBelowOne();

    void shouldGroupAlerts_data();
    void shouldGroupAlerts();

    void shouldRankTopCount_data();
    void shouldRankTopCount();
    void shouldListEachAlertOfTopRowByIdAndResource();
    void shouldLimitTopToFiftyByDefault();
    void shouldRankTopFlapping_data();
    void shouldRankTopFlapping();
    void shouldRankTopStanding_data();
    void shouldRankTopStanding();
    void shouldLeaveAlertsWithoutServiceOutOfTop_data();
    void shouldLeaveAlertsWithoutServiceOutOfTop();
};

void TestQueries::initTestCase()
{
    // One store per test row: keep the store's "opened" lines out of the output.
    QLoggingCategory::setFilterRules(QStringLiteral("alerta.*.info=false"));
}

// ---- GET /alerts ------------------------------------------------------------------------------------------------

namespace {

/// web01..web07 in Production, received out of resource order, and db01, db02 in Development; all major, open.
/// Receive order (one second apart): web05 db01 web02 web07 web01 db02 web06 web03 web04.
QString seedPagingSet(EngineFixture &f)
{
    const QStringList order = qsl({"web05", "db01", "web02", "web07", "web01", "db02", "web06", "web03", "web04"});
    for (const QString &resource : order) {
        Alert a = f.makeAlert(resource, QStringLiteral("NodeDown"), QStringLiteral("major"));
        if (resource.startsWith(QLatin1StringView("db")))
            a.environment = QStringLiteral("Development");
        if (const QString failed = receiveNext(f, a); !failed.isEmpty())
            return failed;
    }
    return {};
}

} // namespace

void TestQueries::shouldPageFilteredSortedAlerts_data()
{
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<QString>("expectedResources");
    QTest::addColumn<int>("expectedPage");
    QTest::addColumn<int>("expectedPageSize");
    QTest::addColumn<int>("expectedPages");
    QTest::addColumn<bool>("expectedMore");
    QTest::addColumn<qint64>("expectedTotal");

    const QStringList prodByResource = qsl({"environment=Production", "sort-by=resource", "page-size=3"});
    // clang-format off
    QTest::newRow("page 1 of 3")
        << prodByResource + qsl({"page=1"}) << qs("web01 web02 web03") << 1 << 3 << 3 << true << 7LL;
    QTest::newRow("page 2 of 3")
        << prodByResource + qsl({"page=2"}) << qs("web04 web05 web06") << 2 << 3 << 3 << true << 7LL;
    QTest::newRow("page 3 of 3: the rest, no more")
        << prodByResource + qsl({"page=3"}) << qs("web07") << 3 << 3 << 3 << false << 7LL;
    QTest::newRow("page defaults to 1")
        << prodByResource << qs("web01 web02 web03") << 1 << 3 << 3 << true << 7LL;
    QTest::newRow("-resource inverts the order")
        << qsl({"environment=Production", "sort-by=-resource", "page-size=3", "page=2"})
        << qs("web04 web03 web02") << 2 << 3 << 3 << true << 7LL;
    QTest::newRow("lastReceiveTime: newest first")
        << qsl({"environment=Production", "sort-by=lastReceiveTime", "page-size=3"})
        << qs("web04 web03 web06") << 1 << 3 << 3 << true << 7LL;
    QTest::newRow("-lastReceiveTime: oldest first")
        << qsl({"sort-by=-lastReceiveTime", "page-size=4"})
        << qs("web05 db01 web02 web07") << 1 << 4 << 3 << true << 9LL;
    QTest::newRow("limit is page-size's alias")
        << qsl({"environment=Production", "sort-by=resource", "limit=4", "page=2"})
        << qs("web05 web06 web07") << 2 << 4 << 2 << false << 7LL;
    QTest::newRow("negated filter")
        << qsl({"environment!=Production", "sort-by=resource"}) << qs("db01 db02") << 1 << 50 << 1 << false << 2LL;
    QTest::newRow("two filters, IN")
        << qsl({"resource=web02", "resource=db02", "resource=web07", "environment=Production", "sort-by=resource"})
        << qs("web02 web07") << 1 << 50 << 1 << false << 2LL;
    QTest::newRow("default page size 50")
        << qsl({"sort-by=resource"})
        << qs("db01 db02 web01 web02 web03 web04 web05 web06 web07") << 1 << 50 << 1 << false << 9LL;
    QTest::newRow("page-size 0 is the default")
        << qsl({"sort-by=resource", "page-size=0", "resource=~web0"})
        << qs("web01 web02 web03 web04 web05 web06 web07") << 1 << 50 << 1 << false << 7LL;
    QTest::newRow("exactly full pages")
        << qsl({"resource=~web0", "sort-by=resource", "page-size=7"})
        << qs("web01 web02 web03 web04 web05 web06 web07") << 1 << 7 << 1 << false << 7LL;
    // clang-format on
}

void TestQueries::shouldPageFilteredSortedAlerts()
{
    QFETCH(QStringList, params);
    QFETCH(QString, expectedResources);
    QFETCH(int, expectedPage);
    QFETCH(int, expectedPageSize);
    QFETCH(int, expectedPages);
    QFETCH(bool, expectedMore);
    QFETCH(qint64, expectedTotal);

    // Given: nine alerts, seven in Production and two in Development, received one second apart
    EngineFixture f;
    const QString failed = seedPagingSet(f);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    // When: the page is asked for
    const Result<AlertPage> page = f.engine->query(toParams(params));

    // Then: the page's alerts in order, and the paging over the whole query
    QVERIFY2(page.ok(), qPrintable(errorText(page)));
    QCOMPARE(resources(page->alerts), expectedResources);
    QCOMPARE(page->page, expectedPage);
    QCOMPARE(page->pageSize, expectedPageSize);
    QCOMPARE(page->pages, expectedPages);
    QCOMPARE(page->more, expectedMore);
    QCOMPARE(page->counts.total, expectedTotal);
}

void TestQueries::shouldPageBySeverityAsTheWholeListIsOrdered_data()
{
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<bool>("mostSevereFirst");
    // The web UI's default order and its variations, with filters that the running counts answer and others
    const QList<QPair<QString, QStringList>> orders = {
        {qs("severity, newest"), qsl({"sort-by=severity", "sort-by=lastReceiveTime"})},
        {qs("-severity, newest"), qsl({"sort-by=-severity", "sort-by=lastReceiveTime"})},
        {qs("severity, oldest"), qsl({"sort-by=severity", "sort-by=-lastReceiveTime"})},
        {qs("severity, resource"), qsl({"sort-by=severity", "sort-by=resource"})},
        {qs("-severity, -resource"), qsl({"sort-by=-severity", "sort-by=-resource"})},
    };
    const QList<QPair<QString, QStringList>> filters = {
        {qs("all"), {}},
        {qs("open"), qsl({"status=open"})},
        {qs("Production, open"), qsl({"environment=Production", "status=open"})},
        {qs("resource substring"), qsl({"resource=~web"})},
    };
    for (const auto &[orderName, order] : orders) {
        for (const auto &[filterName, filter] : filters) {
            QTest::addRow("%s; %s", qPrintable(orderName), qPrintable(filterName))
                << order + filter << !orderName.startsWith(u'-');
        }
    }
}

void TestQueries::shouldPageBySeverityAsTheWholeListIsOrdered()
{
    QFETCH(QStringList, params);
    QFETCH(bool, mostSevereFirst);

    // Given: 60 alerts of nine severities (normal, ok and cleared share a level) in two environments, received one
    // second apart; the normal ones are closed by the alarm model
    EngineFixture f;
    const QStringList severities =
        qsl({"critical", "major", "minor", "warning", "indeterminate", "informational", "normal", "ok", "cleared"});
    QRandomGenerator random(20261126);
    for (int i = 0; i < 60; ++i) {
        Alert a = f.makeAlert((i % 3 ? u"web" : u"db") + QString::number(i).rightJustified(2, u'0'),
                              qs("Check"),
                              severities.at(random.bounded(severities.size())));
        a.environment = i % 4 ? qs("Production") : qs("Development");
        const QString failed = receiveNext(f, a);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }
    const auto ids = [](const QList<Alert> &alerts) {
        QStringList list;
        for (const Alert &a : alerts)
            list.append(a.resource + u'/' + a.severity);
        return list;
    };
    // When: the whole list is asked for on one page (every level on it: ordered by the SQL order as it stands)
    const Result<AlertPage> whole = f.engine->query(toParams(params + qsl({"page-size=1000"})));
    QVERIFY(whole.ok());
    const QStringList all = ids(whole->alerts);
    QVERIFY(all.size() >= 10);
    // Then: it is ordered by level
    const SeverityMap map = SeverityMap::alertaDefault();
    for (qsizetype i = 1; i < whole->alerts.size(); ++i) {
        const int previous = map.level(whole->alerts.at(i - 1).severity);
        const int current = map.level(whole->alerts.at(i).severity);
        QVERIFY2(mostSevereFirst ? previous <= current : previous >= current, qPrintable(all.join(u' ')));
    }
    // And: every page of every size is its slice of the whole list, across the level boundaries
    for (const int size : {1, 4, 7}) {
        for (int page = 1; (page - 1) * size < all.size(); ++page) {
            const Result<AlertPage> got = f.engine->query(toParams(
                params + QStringList{u"page-size=" + QString::number(size), u"page=" + QString::number(page)}));
            QVERIFY(got.ok());
            QCOMPARE(ids(got->alerts), all.mid((page - 1) * size, size));
            QCOMPARE(got->counts.total, whole->counts.total);
        }
    }
}

void TestQueries::shouldRefuseOutOfRangePage_data()
{
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<QString>("expectedMessage");

    // clang-format off
    QTest::newRow("page 4 of 3")      << qsl({"environment=Production", "page-size=3", "page=4"})
                                      << qs("page out of range: 1-3");
    QTest::newRow("page 0")           << qsl({"environment=Production", "page-size=3", "page=0"})
                                      << qs("page out of range: 1-3");
    QTest::newRow("negative page")    << qsl({"environment=Production", "page-size=3", "page=-1"})
                                      << qs("page out of range: 1-3");
    QTest::newRow("page 2 of 1")      << qsl({"page=2"}) << qs("page out of range: 1-1");
    QTest::newRow("filtered to 2, page 3 of 2")
                                      << qsl({"environment=Development", "page-size=1", "page=3"})
                                      << qs("page out of range: 1-2");
    QTest::newRow("page 0 of nothing") << qsl({"environment=Nowhere", "page=0"}) << qs("page out of range: 1-0");
    // clang-format on
}

void TestQueries::shouldRefuseOutOfRangePage()
{
    QFETCH(QStringList, params);
    QFETCH(QString, expectedMessage);

    // Given: nine alerts, seven in Production and two in Development
    EngineFixture f;
    const QString failed = seedPagingSet(f);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    // When: a page outside 1..pages is asked for
    const Result<AlertPage> page = f.engine->query(toParams(params));

    // Then: 416 naming the valid range
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code, 416);
    QCOMPARE(page.error().message, expectedMessage);
}

void TestQueries::shouldServeEmptyResultWithoutPages_data()
{
    QTest::addColumn<QStringList>("params");

    QTest::newRow("page 1") << qsl({"environment=Nowhere", "page=1"});
    QTest::newRow("no page") << qsl({"environment=Nowhere"});
    // Out of range only applies when something matched (spec §4.1).
    QTest::newRow("page 2 of nothing") << qsl({"environment=Nowhere", "page=2"});
}

void TestQueries::shouldServeEmptyResultWithoutPages()
{
    QFETCH(QStringList, params);

    // Given: alerts, none in the asked-for environment
    EngineFixture f;
    const QString failed = seedPagingSet(f);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    // When: the empty result is asked for
    const Result<AlertPage> page = f.engine->query(toParams(params));

    // Then: no alerts, no pages, no more, zero counts
    QVERIFY2(page.ok(), qPrintable(errorText(page)));
    QVERIFY(page->alerts.isEmpty());
    QCOMPARE(page->pages, 0);
    QCOMPARE(page->more, false);
    QCOMPARE(page->counts.total, 0);
    QVERIFY(page->counts.severityCounts.isEmpty());
    QVERIFY(page->counts.statusCounts.isEmpty());
}

void TestQueries::shouldCountWholeQueryNotPage_data()
{
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<int>("expectedOnPage");
    QTest::addColumn<qint64>("expectedTotal");
    QTest::addColumn<QString>("expectedSeverityCounts");
    QTest::addColumn<QString>("expectedStatusCounts");

    // clang-format off
    QTest::newRow("everything, page of 2")
        << qsl({"page-size=2"}) << 2 << 5LL << qs("critical=2 major=2 normal=1") << qs("ack=1 closed=1 open=3");
    QTest::newRow("page 3 of 2-size pages")
        << qsl({"page-size=2", "page=3"}) << 1 << 5LL << qs("critical=2 major=2 normal=1")
        << qs("ack=1 closed=1 open=3");
    QTest::newRow("open only")
        << qsl({"status=open", "page-size=1"}) << 1 << 3LL << qs("critical=2 major=1") << qs("open=3");
    QTest::newRow("not closed")
        << qsl({"status!=closed", "page-size=1", "page=2"}) << 1 << 4LL << qs("critical=2 major=2")
        << qs("ack=1 open=3");
    QTest::newRow("by severity")
        << qsl({"severity=major"}) << 2 << 2LL << qs("major=2") << qs("ack=1 open=1");
    // clang-format on
}

void TestQueries::shouldMatchLongListsOfIdsAndTerms()
{
    // Given: 300 alerts
    EngineFixture f;
    QStringList ids;
    for (int i = 0; i < 300; ++i) {
        const Alert a =
            f.makeAlert(QStringLiteral("host%1").arg(i), QStringLiteral("NodeDown"), QStringLiteral("major"));
        const QString failed = receiveNext(f, a);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        ids.append(f.engine->alert(a.id)->id);
    }

    // When: all of them are asked for by id (a console looks up what it acted on this way), and by 300 search terms
    QueryParams byId;
    for (const QString &id : std::as_const(ids))
        byId.append({QStringLiteral("id"), id});
    byId.append({QStringLiteral("page-size"), QStringLiteral("1000")});
    QStringList terms;
    for (int i = 0; i < 300; ++i)
        terms.append(QStringLiteral("resource:host%1").arg(i));
    const QueryParams byTerms{{QStringLiteral("q"), terms.join(u' ')},
                              {QStringLiteral("page-size"), QStringLiteral("1000")}};
    const Result<AlertPage> idPage = f.engine->query(byId);
    const Result<AlertPage> termPage = f.engine->query(byTerms);

    // Then: the store answers (flat OR chains, not 300 nested levels) with every one of them
    QVERIFY2(idPage.ok(),
             qPrintable(idPage.ok() ? QString() : idPage.error().message + idPage.error().errors.join(u' ')));
    QCOMPARE(idPage->counts.total, 300);
    QCOMPARE(idPage->alerts.size(), 300);
    QVERIFY2(termPage.ok(),
             qPrintable(termPage.ok() ? QString() : termPage.error().message + termPage.error().errors.join(u' ')));
    QCOMPARE(termPage->counts.total, 300);
}

void TestQueries::shouldAnswerTheLargestQueriesTheParserTakes_data()
{
    QTest::addColumn<QString>("q");
    QTest::addColumn<int>("total");
    // QueryString's bounds: 500 terms, 16 levels of groups and NOT/+/- (one more is a 400: testquerystring).
    QStringList terms;
    for (int i = 0; i < 500; ++i)
        terms.append(QStringLiteral("resource:host%1").arg(i));
    QTest::newRow("500 terms joined by OR") << terms.join(u" OR ") << 3;
    QTest::newRow("500 terms side by side") << terms.join(u' ') << 3;
    QTest::newRow("16 nested groups") << QString(QString(16, u'(') + u"resource:host1" + QString(16, u')')) << 1;
    QTest::newRow("16 NOTs") << QString(QStringLiteral("NOT ").repeated(16) + u"resource:host1") << 1;
    QTest::newRow("15 NOTs") << QString(QStringLiteral("NOT ").repeated(15) + u"resource:host1") << 2;
    QTest::newRow("16 -") << QString(QString(16, u'-') + u"resource:host1") << 1;
    QTest::newRow("8 NOTs in 8 groups of ORs")
        << QString(QStringLiteral("NOT (resource:host2 OR ").repeated(8) + u"resource:host1" + QString(8, u')')) << 1;
}

void TestQueries::shouldAnswerTheLargestQueriesTheParserTakes()
{
    QFETCH(QString, q);
    QFETCH(int, total);

    // Given: three alerts
    EngineFixture f;
    for (int i = 0; i < 3; ++i) {
        const QString failed = receiveNext(
            f,
            f.makeAlert(QStringLiteral("host%1").arg(i), QStringLiteral("NodeDown"), QStringLiteral("major")));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    // When: the largest queries QueryString accepts are asked
    const Result<AlertPage> page = f.engine->query({{QStringLiteral("q"), q}});

    // Then: the store runs them (SQLite's expression depth is 1,000) and finds what they name
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message + page.error().errors.join(u' ')));
    QCOMPARE(page->counts.total, total);
}

void TestQueries::shouldMatchWildcardsAndPhrasesAtWordBoundaries_data()
{
    QTest::addColumn<QString>("q");
    QTest::addColumn<QStringList>("resources");
    // Spec §4.1: a wildcard term and a quoted phrase are regexes anchored on word boundaries, ignoring case. Each
    // store spells the boundary and the escapes its own way (PostgreSQL's `\b` is a backspace).
    QTest::newRow("trailing *") << qs("resource:phr*") << qsl({"phr1", "phr2", "phr3"});
    QTest::newRow("? for one character") << qs("text:fu?l") << qsl({"other", "phr1"});
    QTest::newRow("? for no character") << qs("text:fue?l") << qsl({"other"});
    QTest::newRow("* within a word") << qs("text:f*l") << qsl({"other", "phr1"});
    QTest::newRow("* not across words") << qs("text:d*h") << QStringList();
    QTest::newRow("phrase") << qs(R"(text:"disk full")") << qsl({"phr1"});
    QTest::newRow("phrase, other case") << qs(R"(text:"DISK Full")") << qsl({"phr1"});
    QTest::newRow("phrase inside a word") << qs(R"(text:"isk full")") << QStringList();
    QTest::newRow("phrase with non-ASCII letters") << qs(R"(text:"café crème")") << qsl({"phr2"});
    QTest::newRow("phrase with regex characters") << qs(R"q(text:"a.b (c)")q") << qsl({"phr3"});
    QTest::newRow("regex characters taken literally") << qs(R"q(text:"a?b (c)")q") << QStringList();
}

void TestQueries::shouldMatchWildcardsAndPhrasesAtWordBoundaries()
{
    QFETCH(QString, q);
    QFETCH(QStringList, resources);

    // Given: alerts whose texts hold words, non-ASCII letters and regex characters
    EngineFixture f;
    const QList<QPair<QString, QString>> alerts{{qs("phr1"), qs("disk full on host")},
                                                {qs("phr2"), qs("un café crème")},
                                                {qs("phr3"), qs("see a.b (c) here")},
                                                {qs("other"), qs("axb (c) and fuel")}};
    for (const auto &[resource, text] : alerts) {
        Alert a = f.makeAlert(resource, QStringLiteral("NodeDown"), QStringLiteral("major"));
        a.text = text;
        const QString failed = receiveNext(f, a);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    // When: the term is searched
    const Result<AlertPage> page = f.engine->query({{QStringLiteral("q"), q}});

    // Then: exactly the alerts whose words match
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message));
    QStringList found;
    for (const Alert &a : page->alerts)
        found.append(a.resource);
    found.sort();
    QCOMPARE(found.join(u','), resources.join(u','));
}

void TestQueries::shouldCountWholeQueryNotPage()
{
    QFETCH(QStringList, params);
    QFETCH(int, expectedOnPage);
    QFETCH(qint64, expectedTotal);
    QFETCH(QString, expectedSeverityCounts);
    QFETCH(QString, expectedStatusCounts);

    // Given: two critical open alerts, a major open one, a major acked one and one closed (normal) by an operator
    EngineFixture f;
    const auto seed = [&f](const char *resource, const char *severity, const QStringList &steps) {
        const Alert a = f.makeAlert(qs(resource), QStringLiteral("NodeDown"), qs(severity));
        const QString failed = receiveNext(f, a);
        return failed.isEmpty() ? f.applySteps(a, steps) : failed;
    };
    for (const QString &failed : {seed("web01", "critical", {}),
                                  seed("web02", "critical", {}),
                                  seed("web03", "major", {}),
                                  seed("web04", "major", qsl({"ack"})),
                                  seed("web05", "minor", qsl({"close"}))})
        QVERIFY2(failed.isEmpty(), qPrintable(failed));

    // When: a page of the query and the counts of the same query are asked for
    const QueryParams query = toParams(params);
    const Result<AlertPage> page = f.engine->query(query);
    QueryParams countQuery;
    for (const auto &p : query) {
        if (p.first != QLatin1StringView("page") && p.first != QLatin1StringView("page-size"))
            countQuery.append(p);
    }
    const Result<AlertCounts> counts = f.engine->count(countQuery);

    // Then: the page holds only its share, but total and counts cover the whole query
    QVERIFY2(page.ok(), qPrintable(errorText(page)));
    QCOMPARE(page->alerts.size(), expectedOnPage);
    QCOMPARE(page->counts.total, expectedTotal);
    QCOMPARE(describe(page->counts.severityCounts), expectedSeverityCounts);
    QCOMPARE(describe(page->counts.statusCounts), expectedStatusCounts);
    // And: count() agrees with query()
    QVERIFY2(counts.ok(), qPrintable(errorText(counts)));
    QCOMPARE(counts->total, expectedTotal);
    QCOMPARE(describe(counts->severityCounts), expectedSeverityCounts);
    QCOMPARE(describe(counts->statusCounts), expectedStatusCounts);
}

void TestQueries::shouldReportLastTime_data()
{
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<QString>("expectedResources");
    QTest::addColumn<qint64>("expectedLastTime"); // seconds after the start; -1: the query time

    // clang-format off
    QTest::newRow("newest on page 1, not the newest overall")
        << qsl({"sort-by=resource", "page-size=2"}) << qs("web01 web02") << 4LL;
    QTest::newRow("newest on page 2")
        << qsl({"sort-by=resource", "page-size=2", "page=2"}) << qs("web03") << 3LL;
    QTest::newRow("one older alert")
        << qsl({"sort-by=-lastReceiveTime", "page-size=1"}) << qs("web02") << 2LL;
    QTest::newRow("whole result")
        << qsl({}) << qs("web01 web02 web03") << 4LL;
    QTest::newRow("empty: the query time")
        << qsl({"environment=Nowhere"}) << QString() << -1LL;
    QTest::newRow("from-date past every alert: the query time")
        << qsl({"from-date=2024-05-01T09:30:04.000Z"}) << QString() << -1LL;
    // clang-format on
}

void TestQueries::shouldReportLastTime()
{
    QFETCH(QStringList, params);
    QFETCH(QString, expectedResources);
    QFETCH(qint64, expectedLastTime);

    // Given: web01 at +1 s, web02 at +2 s, web03 at +3 s, web01 again (duplicate) at +4 s; the query runs at +10 s
    EngineFixture f;
    const Alert web01 = f.makeAlert(QStringLiteral("web01"), QStringLiteral("NodeDown"), QStringLiteral("major"));
    for (const QString &failed :
         {receiveNext(f, web01),
          receiveNext(f, f.makeAlert(QStringLiteral("web02"), QStringLiteral("NodeDown"), QStringLiteral("major"))),
          receiveNext(f, f.makeAlert(QStringLiteral("web03"), QStringLiteral("NodeDown"), QStringLiteral("major"))),
          receiveNext(f, again(web01, QStringLiteral("major")))})
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    f.clock->set(at(10));

    // When: a page is asked for
    const Result<AlertPage> page = f.engine->query(toParams(params));

    // Then: lastTime is the newest lastReceiveTime on that page, or the query time when the page is empty
    QVERIFY2(page.ok(), qPrintable(errorText(page)));
    QCOMPARE(sortedJoin(resources(page->alerts).split(u' ', Qt::SkipEmptyParts), u' '), expectedResources);
    QCOMPARE(page->lastTime, expectedLastTime < 0 ? at(10) : at(expectedLastTime));
}

void TestQueries::shouldShowHistoryAndRawDataOnlyWhenRequested_data()
{
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<bool>("expectHistory");
    QTest::addColumn<bool>("expectRawData");

    // clang-format off
    QTest::newRow("neither")            << qsl({})                                  << false << false;
    QTest::newRow("show-history=true")  << qsl({"show-history=true"})               << true  << false;
    QTest::newRow("show-history=1")     << qsl({"show-history=1"})                  << true  << false;
    QTest::newRow("show-history=yes")   << qsl({"show-history=yes"})                << true  << false;
    QTest::newRow("show-history=false") << qsl({"show-history=false"})              << false << false;
    QTest::newRow("show-history=0")     << qsl({"show-history=0"})                  << false << false;
    QTest::newRow("show-raw-data=true") << qsl({"show-raw-data=true"})              << false << true;
    QTest::newRow("show-raw-data=on")   << qsl({"show-raw-data=on"})                << false << true;
    QTest::newRow("show-raw-data=no")   << qsl({"show-raw-data=no"})                << false << false;
    QTest::newRow("both")               << qsl({"show-history=t", "show-raw-data=y"}) << true  << true;
    // clang-format on
}

void TestQueries::shouldShowHistoryAndRawDataOnlyWhenRequested()
{
    QFETCH(QStringList, params);
    QFETCH(bool, expectHistory);
    QFETCH(bool, expectRawData);

    // Given: an alert with raw data, received and then acked (two history entries)
    EngineFixture f;
    Alert a = f.makeAlert(QStringLiteral("web01"), QStringLiteral("NodeDown"), QStringLiteral("major"));
    a.rawData = QStringLiteral("{\"raw\": 1}");
    QString failed = receiveNext(f, a);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    failed = f.applySteps(a, qsl({"ack"}));
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    // When: the alert list is asked for
    const Result<AlertPage> page = f.engine->query(toParams(params));

    // Then: history and raw data are there only when asked for; otherwise [] and null
    QVERIFY2(page.ok(), qPrintable(errorText(page)));
    QCOMPARE(page->alerts.size(), 1);
    const Alert &listed = page->alerts.first();
    if (expectHistory) {
        QStringList types;
        for (const HistoryEntry &h : listed.history)
            types.append(h.type);
        QCOMPARE(types.join(u' '), qs("ack new")); // newest first, as stored
    } else {
        QVERIFY(listed.history.isEmpty());
    }
    if (expectRawData)
        QCOMPARE(listed.rawData, a.rawData);
    else
        QVERIFY2(listed.rawData.isNull(), qPrintable(listed.rawData));
}

void TestQueries::shouldRejectUnknownParameter_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<QString>("expectedMessage");

    for (auto it = searchPaths().constBegin(); it != searchPaths().constEnd(); ++it) {
        QTest::addRow("%s: x", qPrintable(it.key())) << it.key() << qsl({"x=1"}) << qs("Invalid filter parameter: x");
        QTest::addRow("%s: x after a valid filter", qPrintable(it.key()))
            << it.key() << qsl({"environment=Production", "x=1"}) << qs("Invalid filter parameter: x");
    }
    QTest::newRow("query: reverse") << qs("query") << qsl({"reverse=1"}) << qs("Invalid filter parameter: reverse");
}

void TestQueries::shouldRejectUnknownParameter()
{
    QFETCH(QString, path);
    QFETCH(QStringList, params);
    QFETCH(QString, expectedMessage);

    // Given: a stored alert
    EngineFixture f;
    const QString failed =
        receiveNext(f, f.makeAlert(QStringLiteral("web01"), QStringLiteral("NodeDown"), QStringLiteral("major")));
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    // When: the read path gets a parameter that is not a field
    const Result<QString> r = searchPaths().value(path)(*f.engine, toParams(params), {}, {});

    // Then: 400 naming it
    QVERIFY2(!r.ok(), qPrintable(r.ok() ? *r : QString()));
    QCOMPARE(r.error().code, 400);
    QCOMPARE(r.error().message, expectedMessage);
}

// ---- Customer restriction ---------------------------------------------------------------------------------------

void TestQueries::shouldRestrictEveryReadPathToCallerCustomers_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("callerCustomers");
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<QString>("expectedVisible");

    struct Case
    {
        const char *name;
        QStringList customers;
        QStringList params;
        const char *visible;
    };
    const QStringList a = qsl({"A"});
    const QStringList ab = qsl({"A", "B"});
    const QStringList all;
    const QStringList none;
    const QStringList askB = qsl({"customer=B"});
    const QList<Case> cases = {
        {"A", a, none, "A"},
        {"A+B", ab, none, "A B"},
        {"unrestricted", all, none, "A B none"},
        {"C (no alerts)", qsl({"C"}), none, ""},
    };
    const QList<Case> filterCases = {
        {"A asks for B", a, askB, ""},
        {"A+B asks for B", ab, askB, "B"},
        {"unrestricted asks for B", all, askB, "B"},
    };
    for (auto it = searchPaths().constBegin(); it != searchPaths().constEnd(); ++it) {
        for (const Case &c : cases + filterCases)
            QTest::addRow("%s, %s", qPrintable(it.key()), c.name)
                << it.key() << c.customers << c.params << qs(c.visible);
    }
    for (auto it = singleAlertPaths().constBegin(); it != singleAlertPaths().constEnd(); ++it) {
        for (const Case &c : cases)
            QTest::addRow("%s, %s", qPrintable(it.key()), c.name)
                << it.key() << c.customers << c.params << qs(c.visible);
    }
}

void TestQueries::shouldRestrictEveryReadPathToCallerCustomers()
{
    QFETCH(QString, path);
    QFETCH(QStringList, callerCustomers);
    QFETCH(QStringList, params);
    QFETCH(QString, expectedVisible);

    // Given: one alert of customer A, one of B and one without a customer, each with its own environment,
    // service, group and tag, each correlated once to its final severity and given a note
    EngineFixture f;
    QList<TenantAlert> ts = tenants();
    for (TenantAlert &t : ts) {
        Alert alert = f.makeAlert(u"res-" + t.label, u"evt-" + t.label, QStringLiteral("critical"));
        alert.customer = t.customer;
        alert.environment = u"env-" + t.label;
        alert.service = {u"svc-" + t.label};
        alert.group = u"grp-" + t.label;
        alert.tags = {u"tag-" + t.label};
        t.id = alert.id;
        QString failed = receiveNext(f, alert);
        if (failed.isEmpty())
            failed = f.applySteps(alert, {u"recv " + t.severity, QStringLiteral("note seen")});
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }
    f.clock->advanceSeconds(1);

    // When: a caller restricted to `callerCustomers` reads through `path`
    const ReadPath read = searchPaths().contains(path) ? searchPaths().value(path) : singleAlertPaths().value(path);
    const Result<QString> visible = read(*f.engine, toParams(params), Caller{Dave, callerCustomers, {}}, ts);

    // Then: exactly the alerts of its customers, never null-customer ones when restricted; a customer filter
    // narrows within the restriction and never widens it
    QVERIFY2(visible.ok(), qPrintable(errorText(visible)));
    QCOMPARE(*visible, expectedVisible);
}

// ---- GET /alerts/history ----------------------------------------------------------------------------------------

namespace {

/// web01 (Production) and web02 (Development), one second apart:
/// +1 web01 new (major), +2 web02 new (minor), +3 web01 correlated to critical with service Db (severity entry),
/// +4 dave acks web02, +5 note on web01, +6 web02 again with a new value (value entry).
QString seedHistorySet(EngineFixture &f, Alert &web01, Alert &web02)
{
    web01 = f.makeAlert(QStringLiteral("web01"), QStringLiteral("NodeDown"), QStringLiteral("major"));
    web01.tags = {QStringLiteral("linux")};
    web02 = f.makeAlert(QStringLiteral("web02"), QStringLiteral("DiskFull"), QStringLiteral("minor"));
    web02.environment = QStringLiteral("Development");
    QString failed = receiveNext(f, web01);
    if (failed.isEmpty())
        failed = receiveNext(f, web02);
    if (failed.isEmpty()) {
        Alert correlated = again(web01, QStringLiteral("critical"));
        correlated.service = {QStringLiteral("Db")};
        correlated.tags = {QStringLiteral("dc1")};
        failed = receiveNext(f, correlated);
    }
    if (failed.isEmpty())
        failed = f.applySteps(web02, qsl({"ack"}), Caller{Dave, {}, {}});
    if (failed.isEmpty())
        failed = f.applySteps(web01, qsl({"note looking"}), Caller{Dave, {}, {}});
    if (failed.isEmpty())
        failed = f.applySteps(web02, qsl({"recv minor value=99"}));
    return failed;
}

} // namespace

void TestQueries::shouldSearchHistoryNewestFirst_data()
{
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<QString>("expectedRows");
    QTest::addColumn<int>("expectedPage");
    QTest::addColumn<int>("expectedPageSize");

    const QString all = qs("web02/Development value minor; web01/Production note critical; "
                           "web02/Development ack minor; web01/Production severity critical; "
                           "web02/Development new minor; web01/Production new major");
    // clang-format off
    QTest::newRow("everything")            << qsl({}) << all << 1 << 50;
    QTest::newRow("page 1 of size 2")      << qsl({"page-size=2"})
        << qs("web02/Development value minor; web01/Production note critical") << 1 << 2;
    QTest::newRow("page 2 of size 2")      << qsl({"page-size=2", "page=2"})
        << qs("web02/Development ack minor; web01/Production severity critical") << 2 << 2;
    QTest::newRow("page 3 of size 2")      << qsl({"page=3", "page-size=2"})
        << qs("web02/Development new minor; web01/Production new major") << 3 << 2;
    QTest::newRow("page 2 by limit")       << qsl({"limit=4", "page=2"})
        << qs("web02/Development new minor; web01/Production new major") << 2 << 4;
    QTest::newRow("past the end: empty")   << qsl({"page-size=2", "page=4"}) << QString() << 4 << 2;
    QTest::newRow("filter by resource")    << qsl({"resource=web01"})
        << qs("web01/Production note critical; web01/Production severity critical; web01/Production new major")
        << 1 << 50;
    QTest::newRow("filter by environment") << qsl({"environment=Development", "page-size=2"})
        << qs("web02/Development value minor; web02/Development ack minor") << 1 << 2;
    QTest::newRow("filter on current severity") << qsl({"severity=critical"})
        << qs("web01/Production note critical; web01/Production severity critical; web01/Production new major")
        << 1 << 50;
    QTest::newRow("filter on current status")   << qsl({"status=ack"})
        << qs("web02/Development value minor; web02/Development ack minor; web02/Development new minor") << 1 << 50;
    QTest::newRow("q search")                   << qsl({"q=resource:web02"})
        << qs("web02/Development value minor; web02/Development ack minor; web02/Development new minor") << 1 << 50;
    QTest::newRow("nothing matches")            << qsl({"environment=Nowhere"}) << QString() << 1 << 50;
    // clang-format on
}

void TestQueries::shouldSearchHistoryNewestFirst()
{
    QFETCH(QStringList, params);
    QFETCH(QString, expectedRows);
    QFETCH(int, expectedPage);
    QFETCH(int, expectedPageSize);

    // Given: two alerts whose changes interleave over six seconds
    EngineFixture f;
    Alert web01;
    Alert web02;
    const QString failed = seedHistorySet(f, web01, web02);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    f.clock->advanceSeconds(1);

    // When: the history search is asked for
    const Result<HistoryPage> page = f.engine->history(toParams(params));

    // Then: the entries of the matching alerts, newest first across alerts, one page of them
    QVERIFY2(page.ok(), qPrintable(errorText(page)));
    QCOMPARE(describe(page->rows), expectedRows);
    QCOMPARE(page->page, expectedPage);
    QCOMPARE(page->pageSize, expectedPageSize);
}

void TestQueries::shouldCarryAlertsCurrentValuesInHistoryRows()
{
    // Given: the interleaved history of web01 and web02, where web01's service and tags changed on correlation
    EngineFixture f;
    Alert web01;
    Alert web02;
    const QString failed = seedHistorySet(f, web01, web02);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    f.clock->advanceSeconds(1);
    const Alert current = *f.engine->alert(web01.id);

    // When: web01's history is searched
    const Result<HistoryPage> page = f.engine->history(toParams(qsl({"resource=web01"})));

    // Then: every row carries the alert's current values, each entry its own snapshot and time
    QVERIFY2(page.ok(), qPrintable(errorText(page)));
    QCOMPARE(page->rows.size(), 3);
    for (const HistoryRow &row : page->rows) {
        QCOMPARE(row.alert.id, web01.id);
        QCOMPARE(row.alert.resource, qs("web01"));
        QCOMPARE(row.alert.environment, qs("Production"));
        QCOMPARE(row.alert.service, qsl({"Db"}));
        QCOMPARE(row.alert.tags, current.tags);
        QCOMPARE(row.alert.group, web01.group);
        QCOMPARE(row.alert.origin, web01.origin);
        QCOMPARE(row.alert.customer, web01.customer);
        QCOMPARE(row.alert.severity, qs("critical"));
        QVERIFY(row.alert.history.isEmpty());
    }
    // And: the entries are those of the stored history, newest first
    QCOMPARE(current.history.size(), page->rows.size());
    for (qsizetype i = 0; i < page->rows.size(); ++i)
        QVERIFY2(page->rows.at(i).entry == current.history.at(i), qPrintable(QString::number(i)));
    const HistoryEntry &note = page->rows.at(0).entry;
    QCOMPARE(note.type, qs("note"));
    QCOMPARE(note.text, qs("looking"));
    QCOMPARE(note.user, Dave);
    QCOMPARE(note.updateTime, at(5));
    const HistoryEntry &created = page->rows.at(2).entry;
    QCOMPARE(created.type, qs("new"));
    QCOMPARE(created.id, web01.id);
    QCOMPARE(created.severity, qs("major")); // the snapshot, not the current critical
    QCOMPARE(created.updateTime, at(1));
}

// ---- Environments, services, groups, tags -----------------------------------------------------------------------

void TestQueries::shouldGroupAlerts_data()
{
    QTest::addColumn<int>("grouping");
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<QString>("expectedRows");

    const int env = static_cast<int>(AlertReader::Grouping::Environment);
    const int svc = static_cast<int>(AlertReader::Grouping::Service);
    const int grp = static_cast<int>(AlertReader::Grouping::Group);
    const int tag = static_cast<int>(AlertReader::Grouping::Tag);
    // clang-format off
    QTest::newRow("environments")
        << env << qsl({})
        << qs("Development 1 [minor/open=1]; Production 3 [critical/open=2 major/ack=1]");
    QTest::newRow("environments, open only")
        << env << qsl({"status=open"})
        << qs("Development 1 [minor/open=1]; Production 2 [critical/open=2]");
    QTest::newRow("services: one row per (environment, service)")
        << svc << qsl({})
        << qs("Development/Web 1 [minor/open=1]; Production/Db 2 [critical/open=1 major/ack=1]; "
              "Production/Web 2 [critical/open=2]");
    QTest::newRow("services, Production critical")
        << svc << qsl({"environment=Production", "severity=critical"})
        << qs("Production/Db 1 [critical/open=1]; Production/Web 2 [critical/open=2]");
    QTest::newRow("groups")
        << grp << qsl({})
        << qs("Development/Os 1 [minor/open=1]; Production/Net 2 [critical/open=2]; "
              "Production/Storage 1 [major/ack=1]");
    QTest::newRow("groups, not acked")
        << grp << qsl({"status!=ack"})
        << qs("Development/Os 1 [minor/open=1]; Production/Net 2 [critical/open=2]");
    QTest::newRow("tags: alerts without tags absent")
        << tag << qsl({})
        << qs("Development/windows 1 [minor/open=1]; Production/dc1 1 [critical/open=1]; "
              "Production/linux 2 [critical/open=2]");
    QTest::newRow("tags, by resource")
        << tag << qsl({"resource=web01"})
        << qs("Production/dc1 1 [critical/open=1]; Production/linux 1 [critical/open=1]");
    QTest::newRow("nothing matches")
        << env << qsl({"environment=Nowhere"}) << QString();
    // clang-format on
}

void TestQueries::shouldGroupAlerts()
{
    QFETCH(int, grouping);
    QFETCH(QStringList, params);
    QFETCH(QString, expectedRows);

    // Given: web01 and web02 (NodeDown, critical, open, group Net, Production; services Web / Web+Db; tags
    // linux+dc1 / linux), db01 (DiskFull, major, acked, group Storage, service Db, no tags, Production) and app01
    // (CpuHigh, minor, open, group Os, service Web, tag windows, Development)
    EngineFixture f;
    const auto seed = [&f](const char *resource,
                           const char *event,
                           const char *severity,
                           const char *environment,
                           const QStringList &service,
                           const char *group,
                           const QStringList &tags,
                           const QStringList &steps) {
        Alert a = f.makeAlert(qs(resource), qs(event), qs(severity));
        a.environment = qs(environment);
        a.service = service;
        a.group = qs(group);
        a.tags = tags;
        const QString failed = receiveNext(f, a);
        return failed.isEmpty() ? f.applySteps(a, steps) : failed;
    };
    for (const QString &failed :
         {seed("web01", "NodeDown", "critical", "Production", qsl({"Web"}), "Net", qsl({"linux", "dc1"}), {}),
          seed("web02", "NodeDown", "critical", "Production", qsl({"Web", "Db"}), "Net", qsl({"linux"}), {}),
          seed("db01", "DiskFull", "major", "Production", qsl({"Db"}), "Storage", {}, qsl({"ack"})),
          seed("app01", "CpuHigh", "minor", "Development", qsl({"Web"}), "Os", qsl({"windows"}), {})})
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    f.clock->advanceSeconds(1);

    // When: the aggregation is asked for
    const Result<QList<GroupedCount>> rows =
        f.engine->grouped(static_cast<AlertReader::Grouping>(grouping), toParams(params));

    // Then: one row per (environment, key) with its count and per-severity/status buckets
    QVERIFY2(rows.ok(), qPrintable(errorText(rows)));
    QCOMPARE(describe(*rows), expectedRows);
    for (const GroupedCount &row : *rows) {
        qint64 sum = 0;
        for (const SeverityStatusCount &b : row.buckets)
            sum += b.count;
        QCOMPARE(sum, row.count);
    }
}

// ---- Top-N -----------------------------------------------------------------------------------------------------

namespace {

/// NodeDown on web01 (2 duplicates), web02 and web03 (Development); DiskFull on web01 and web02 (1 duplicate);
/// CpuHigh on web01. Services: NodeDown Web, DiskFull Storage, CpuHigh Compute.
QString seedTopCountSet(EngineFixture &f)
{
    const auto make = [&f](const char *resource, const char *event, const char *service) {
        Alert a = f.makeAlert(qs(resource), qs(event), QStringLiteral("major"));
        a.service = {qs(service)};
        return a;
    };
    Alert web03 = make("web03", "NodeDown", "Web");
    web03.environment = QStringLiteral("Development");
    const Alert nodeDown1 = make("web01", "NodeDown", "Web");
    const Alert diskFull2 = make("web02", "DiskFull", "Storage");
    for (const QString &failed : {receiveNext(f, nodeDown1),
                                  receiveNext(f, make("web02", "NodeDown", "Web")),
                                  receiveNext(f, web03),
                                  receiveNext(f, make("web01", "DiskFull", "Storage")),
                                  receiveNext(f, diskFull2),
                                  receiveNext(f, make("web01", "CpuHigh", "Compute")),
                                  f.applySteps(nodeDown1, qsl({"recv major", "recv major"})),
                                  f.applySteps(diskFull2, qsl({"recv major"}))}) {
        if (!failed.isEmpty())
            return failed;
    }
    f.clock->advanceSeconds(1);
    return {};
}

} // namespace

void TestQueries::shouldRankTopCount_data()
{
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<QString>("expectedRows");
    QTest::addColumn<QString>("expectedCounts");

    const QString nodeDown = qs("NodeDown dup=2 env=Development,Production svc=Web res=web01,web02,web03");
    const QString diskFull = qs("DiskFull dup=1 env=Production svc=Storage res=web01,web02");
    const QString cpuHigh = qs("CpuHigh dup=0 env=Production svc=Compute res=web01");
    // clang-format off
    QTest::newRow("group-by defaults to event")
        << qsl({}) << nodeDown + u"; " + diskFull + u"; " + cpuHigh << qs("NodeDown=3 DiskFull=2 CpuHigh=1");
    QTest::newRow("group-by=event")
        << qsl({"group-by=event"}) << nodeDown + u"; " + diskFull + u"; " + cpuHigh
        << qs("NodeDown=3 DiskFull=2 CpuHigh=1");
    QTest::newRow("group-by=resource")
        << qsl({"group-by=resource"})
        << qs("web01 dup=2 env=Production svc=Compute,Storage,Web res=web01,web01,web01; "
              "web02 dup=1 env=Production svc=Storage,Web res=web02,web02; "
              "web03 dup=0 env=Development svc=Web res=web03")
        << qs("web01=3 web02=2 web03=1");
    QTest::newRow("page-size is N")
        << qsl({"page-size=2"}) << nodeDown + u"; " + diskFull << qs("NodeDown=3 DiskFull=2");
    QTest::newRow("page-size 1, by resource")
        << qsl({"page-size=1", "group-by=resource"})
        << qs("web01 dup=2 env=Production svc=Compute,Storage,Web res=web01,web01,web01") << qs("web01=3");
    QTest::newRow("filter: Development")
        << qsl({"environment=Development"}) << qs("NodeDown dup=0 env=Development svc=Web res=web03")
        << qs("NodeDown=1");
    QTest::newRow("filter: Production, by resource")
        << qsl({"environment=Production", "group-by=resource", "resource!=web01"})
        << qs("web02 dup=1 env=Production svc=Storage,Web res=web02,web02") << qs("web02=2");
    QTest::newRow("filter: nothing")
        << qsl({"environment=Nowhere"}) << QString() << QString();
    // clang-format on
}

void TestQueries::shouldRankTopCount()
{
    QFETCH(QStringList, params);
    QFETCH(QString, expectedRows);
    QFETCH(QString, expectedCounts);

    // Given: three NodeDown, two DiskFull and one CpuHigh alerts, some duplicated
    EngineFixture f;
    const QString failed = seedTopCountSet(f);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    // When: the top-N by count is asked for
    const Result<QList<TopRow>> rows = f.engine->top(AlertReader::TopKind::Count, toParams(params));

    // Then: groups by count, descending, each with summed duplicates, environments, services and resources
    QVERIFY2(rows.ok(), qPrintable(errorText(rows)));
    QCOMPARE(describe(*rows), expectedRows);
    QCOMPARE(counts(*rows), expectedCounts);
}

void TestQueries::shouldListEachAlertOfTopRowByIdAndResource()
{
    // Given: the top-count alerts
    EngineFixture f;
    const QString failed = seedTopCountSet(f);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    // When: the top-N by event is asked for
    const Result<QList<TopRow>> rows = f.engine->top(AlertReader::TopKind::Count, {});

    // Then: every (id, resource) pair names a stored alert of that group, each alert once
    QVERIFY2(rows.ok(), qPrintable(errorText(rows)));
    QSet<QString> seen;
    for (const TopRow &row : *rows) {
        for (const auto &[id, resource] : row.resources) {
            const Result<Alert> a = f.engine->alert(id);
            QVERIFY2(a.ok(), qPrintable(id));
            QCOMPARE(a->id, id);
            QCOMPARE(a->resource, resource);
            QCOMPARE(a->event, row.value);
            QVERIFY2(!seen.contains(id), qPrintable(id));
            seen.insert(id);
        }
    }
    QCOMPARE(seen.size(), 6);
}

void TestQueries::shouldLimitTopToFiftyByDefault()
{
    // Given: 51 alerts with distinct events, one alert per group
    EngineFixture f;
    for (int i = 0; i < 51; ++i) {
        const QString failed = receiveNext(f,
                                           f.makeAlert(QStringLiteral("web01"),
                                                       QStringLiteral("Event%1").arg(i, 2, 10, QChar(u'0')),
                                                       QStringLiteral("major")));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    // When: each top-N is asked for without page-size, and with a larger one
    const Result<QList<TopRow>> byDefault = f.engine->top(AlertReader::TopKind::Count, {});
    const Result<QList<TopRow>> standing = f.engine->top(AlertReader::TopKind::Standing, {});
    const Result<QList<TopRow>> larger = f.engine->top(AlertReader::TopKind::Count, toParams(qsl({"page-size=100"})));

    // Then: N defaults to 50 (DEFAULT_PAGE_SIZE, despite the endpoint's name) and page-size raises it
    QVERIFY2(byDefault.ok(), qPrintable(errorText(byDefault)));
    QCOMPARE(byDefault->size(), 50);
    QVERIFY2(standing.ok(), qPrintable(errorText(standing)));
    QCOMPARE(standing->size(), 50);
    QVERIFY2(larger.ok(), qPrintable(errorText(larger)));
    QCOMPARE(larger->size(), 51);
}

void TestQueries::shouldRankTopFlapping_data()
{
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<QString>("expectedRows");
    QTest::addColumn<QString>("expectedCounts"); // number of severity entries per group (spec §4.3)

    const QString nodeDown = qs("NodeDown dup=0 env=Production svc=Web res=web01");
    const QString diskFull = qs("DiskFull dup=0 env=Production svc=Web res=web02,web03");
    // clang-format off
    QTest::newRow("by event: more severity changes first, steady groups dropped")
        << qsl({}) << nodeDown + u"; " + diskFull << qs("NodeDown=4 DiskFull=3");
    QTest::newRow("by resource")
        << qsl({"group-by=resource"})
        << qs("web01 dup=0 env=Production svc=Web res=web01; web03 dup=0 env=Production svc=Web res=web03; "
              "web02 dup=0 env=Production svc=Web res=web02")
        << qs("web01=4 web03=2 web02=1");
    QTest::newRow("page-size is N")
        << qsl({"page-size=1"}) << nodeDown << qs("NodeDown=4");
    QTest::newRow("filter applies")
        << qsl({"resource!=web01"}) << diskFull << qs("DiskFull=3");
    QTest::newRow("filter to a steady alert: nothing")
        << qsl({"resource=web04"}) << QString() << QString();
    // clang-format on
}

void TestQueries::shouldRankTopFlapping()
{
    QFETCH(QStringList, params);
    QFETCH(QString, expectedRows);
    QFETCH(QString, expectedCounts);

    // Given: NodeDown on web01 changed severity four times; DiskFull on web02 once and on web03 twice (more
    // alerts, fewer changes); CpuHigh on web04 only repeated itself (duplicates, no severity entry)
    EngineFixture f;
    const Alert web01 = f.makeAlert(QStringLiteral("web01"), QStringLiteral("NodeDown"), QStringLiteral("major"));
    const Alert web02 = f.makeAlert(QStringLiteral("web02"), QStringLiteral("DiskFull"), QStringLiteral("minor"));
    const Alert web03 = f.makeAlert(QStringLiteral("web03"), QStringLiteral("DiskFull"), QStringLiteral("minor"));
    const Alert web04 = f.makeAlert(QStringLiteral("web04"), QStringLiteral("CpuHigh"), QStringLiteral("minor"));
    for (const QString &failed :
         {receiveNext(f, web01),
          receiveNext(f, web02),
          receiveNext(f, web03),
          receiveNext(f, web04),
          f.applySteps(web01, qsl({"recv critical", "recv major", "recv critical", "recv major"})),
          f.applySteps(web02, qsl({"recv major"})),
          f.applySteps(web03, qsl({"recv major", "recv minor"})),
          f.applySteps(web04, qsl({"recv minor", "recv minor"}))})
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    f.clock->advanceSeconds(1);

    // When: the flapping top-N is asked for
    const Result<QList<TopRow>> rows = f.engine->top(AlertReader::TopKind::Flapping, toParams(params));

    // Then: groups ranked by their number of severity changes, groups without any left out
    QVERIFY2(rows.ok(), qPrintable(errorText(rows)));
    QCOMPARE(describe(*rows), expectedRows);
    // And: the count is the number of severity entries counted (upstream COUNT(1) over the history join)
    QCOMPARE(counts(*rows), expectedCounts);
}

void TestQueries::shouldRankTopStanding_data()
{
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<QString>("expectedRows");

    const QString nodeDown = qs("NodeDown dup=1 env=Production svc=Web res=web01");
    const QString diskFull = qs("DiskFull dup=2 env=Production svc=Web res=web02,web03");
    const QString cpuHigh = qs("CpuHigh dup=0 env=Production svc=Web res=web04");
    // clang-format off
    QTest::newRow("by event: longest summed life first")
        << qsl({}) << nodeDown + u"; " + diskFull + u"; " + cpuHigh;
    QTest::newRow("by resource")
        << qsl({"group-by=resource"})
        << qs("web01 dup=1 env=Production svc=Web res=web01; web03 dup=1 env=Production svc=Web res=web03; "
              "web02 dup=1 env=Production svc=Web res=web02; web04 dup=0 env=Production svc=Web res=web04");
    QTest::newRow("page-size is N")
        << qsl({"page-size=2"}) << nodeDown + u"; " + diskFull;
    QTest::newRow("filter applies")
        << qsl({"event!=NodeDown"}) << diskFull + u"; " + cpuHigh;
    // clang-format on
}

void TestQueries::shouldRankTopStanding()
{
    QFETCH(QStringList, params);
    QFETCH(QString, expectedRows);

    // Given: NodeDown on web01 created at 0 s and last received at 100 s (100 s standing); DiskFull on web02
    // 10 s → 40 s and on web03 20 s → 60 s (70 s together, but two alerts); CpuHigh on web04 received once
    EngineFixture f;
    const Alert web01 = f.makeAlert(QStringLiteral("web01"), QStringLiteral("NodeDown"), QStringLiteral("major"));
    const Alert web02 = f.makeAlert(QStringLiteral("web02"), QStringLiteral("DiskFull"), QStringLiteral("minor"));
    const Alert web03 = f.makeAlert(QStringLiteral("web03"), QStringLiteral("DiskFull"), QStringLiteral("minor"));
    const Alert web04 = f.makeAlert(QStringLiteral("web04"), QStringLiteral("CpuHigh"), QStringLiteral("minor"));
    for (const QString &failed : {receiveAt(f, web01, 0),
                                  receiveAt(f, web02, 10),
                                  receiveAt(f, web03, 20),
                                  receiveAt(f, web04, 30),
                                  receiveAt(f, again(web02, web02.severity), 40),
                                  receiveAt(f, again(web03, web03.severity), 60),
                                  receiveAt(f, again(web01, web01.severity), 100)})
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    f.clock->set(at(120));

    // When: the standing top-N is asked for
    const Result<QList<TopRow>> rows = f.engine->top(AlertReader::TopKind::Standing, toParams(params));

    // Then: groups ranked by summed lastReceiveTime - createTime, longer-lived first
    QVERIFY2(rows.ok(), qPrintable(errorText(rows)));
    QCOMPARE(describe(*rows), expectedRows);
}

void TestQueries::shouldLeaveAlertsWithoutServiceOutOfTop_data()
{
    QTest::addColumn<int>("kind");

    QTest::newRow("count") << static_cast<int>(AlertReader::TopKind::Count);
    QTest::newRow("flapping") << static_cast<int>(AlertReader::TopKind::Flapping);
    QTest::newRow("standing") << static_cast<int>(AlertReader::TopKind::Standing);
}

void TestQueries::shouldLeaveAlertsWithoutServiceOutOfTop()
{
    QFETCH(int, kind);

    // Given: NodeDown on web01 with service Web, and NodeDown on web02 with no service; both changed severity
    EngineFixture f;
    const Alert web01 = f.makeAlert(QStringLiteral("web01"), QStringLiteral("NodeDown"), QStringLiteral("major"));
    Alert web02 = f.makeAlert(QStringLiteral("web02"), QStringLiteral("NodeDown"), QStringLiteral("major"));
    web02.service.clear();
    for (const QString &failed : {receiveNext(f, web01),
                                  receiveNext(f, web02),
                                  f.applySteps(web01, qsl({"recv critical"})),
                                  f.applySteps(web02, qsl({"recv critical"}))})
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    f.clock->advanceSeconds(1);

    // When: a top-N is asked for
    const Result<QList<TopRow>> rows = f.engine->top(static_cast<AlertReader::TopKind>(kind), {});

    // Then: only the alert with a service is in it (upstream unnests service, spec §4.3)
    QVERIFY2(rows.ok(), qPrintable(errorText(rows)));
    QCOMPARE(describe(*rows), qs("NodeDown dup=0 env=Production svc=Web res=web01"));
}

void TestQueries::shouldRefuseHistoryPageBelowOne()
{
    // Given: an alert with history
    EngineFixture f;
    QVERIFY(f.engine->receive(f.makeAlert(qs("web01"), qs("NodeDown"), qs("major"))).ok());

    // When: the history search is asked for page 0, and for a page past its entries
    const Result<HistoryPage> zero = f.engine->history({{qs("page"), qs("0")}});
    const Result<HistoryPage> far = f.engine->history({{qs("page"), qs("9")}});

    // Then: page 0 is out of range as upstream says it (no total: "1-0"); a far page is just empty
    QVERIFY(!zero.ok());
    QCOMPARE(zero.error().code, 416);
    QCOMPARE(zero.error().message, qs("page out of range: 1-0"));
    QVERIFY(far.ok());
    QCOMPARE(far->rows.size(), 0);
}

QTEST_GUILESS_MAIN(TestQueries)
#include "testqueries.moc"
