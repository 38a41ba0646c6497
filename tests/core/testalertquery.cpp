// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QTest>

#include "core/alertquery.h"
#include "core/paging.h"
#include "core/severitymap.h"
#include "core/sqliteconnection.h"
#include "core/sqliteschema.h"
#include "core/timestamp.h"
#include "tests/support/querytestdata.h"

#include <memory>

namespace {
using Params = QList<QPair<QString, QString>>;

using namespace QueryTestData;

// `a=1&b!=2` → [(a, 1), (b!, 2)], without percent-decoding so that rows read like the URLs they stand for.
Params params(const QString &query)
{
    Params result;
    for (const QString &item : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(u'=');
        result.append({item.left(eq), eq < 0 ? QString() : item.mid(eq + 1)});
    }
    return result;
}

QueryContext context(Timestamp now = Now)
{
    QueryContext ctx;
    ctx.now = now;
    return ctx;
}
} // namespace

class TestAlertQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void shouldSelectMatchingAlerts_data();
    void shouldSelectMatchingAlerts();
    void shouldOrderAlerts_data();
    void shouldOrderAlerts();
    void shouldHideAlertsReceivedAfterNowByDefault();
    void shouldSortSeveritiesByTheConfiguredMap();
    void shouldLeaveOrderUnspecifiedWithoutSortBy();
    void shouldRejectBadParameters_data();
    void shouldRejectBadParameters();
    void shouldRejectInvalidRegexAlternation();
    void shouldReadPagingFlagsAndGrouping_data();
    void shouldReadPagingFlagsAndGrouping();
    void shouldComputePages_data();
    void shouldComputePages();
    void shouldRefuseOutOfRangePages_data();
    void shouldRefuseOutOfRangePages();
    void shouldKeepValuesOutOfTheSqlText();
    void shouldCountFromTotalsOnlyExactEnvironmentsAndStatuses_data();
    void shouldCountFromTotalsOnlyExactEnvironmentsAndStatuses();

private:
    QString select(const AlertQuery &query);
    Result<QString> run(const QString &query, const QueryContext &ctx = context());

    std::unique_ptr<SqliteConnection> m_db;
};

void TestAlertQuery::init()
{
    m_db = std::make_unique<SqliteConnection>(QStringLiteral(":memory:"));
    SqliteSchema::migrate(*m_db);
    insertRows(*m_db);
}

QString TestAlertQuery::select(const AlertQuery &query)
{
    // rid breaks ties so that expectations are exact; the store adds its own tie-breaker.
    SqliteStatement s = m_db->prepareTransient(
        QStringLiteral("SELECT resource FROM alerts WHERE ") + query.where.whereSql() + QStringLiteral(" ORDER BY ")
        + (query.orderBy.isEmpty() ? QString() : QString(query.orderBy + u", ")) + QStringLiteral("rid"));
    s.bindAll(query.where.binds);
    QStringList resources;
    while (s.next())
        resources.append(s.text(0));
    return resources.join(u' ');
}

Result<QString> TestAlertQuery::run(const QString &query, const QueryContext &ctx)
{
    const Result<AlertQuery> compiled = AlertQuery::fromParameters(params(query), ctx);
    if (!compiled)
        return compiled.error();
    return select(*compiled);
}

void TestAlertQuery::shouldSelectMatchingAlerts_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");

    const QString allUpToNow = QStringLiteral("web01 web02 db01 db02 web03 app01 sec01");
    QTest::newRow("no parameters: every alert received up to now") << QString() << allUpToNow;
    QTest::newRow("special parameters are not filters")
        << QStringLiteral("_=1&callback=cb&token=t&api-key=k&page=1&page-size=10&limit=5&show-history=true&"
                          "show-raw-data=0&group-by=resource&q.df=resource&sort-by=resource")
        << QStringLiteral("app01 db01 db02 sec01 web01 web02 web03");

    // f=v, f=v1&f=v2
    QTest::newRow("equals") << QStringLiteral("status=open") << QStringLiteral("web01");
    QTest::newRow("equals is case-sensitive") << QStringLiteral("status=OPEN") << QString();
    QTest::newRow("equals any (IN)") << QStringLiteral("status=open&status=ack") << QStringLiteral("web01 web02");
    QTest::newRow("equals on a NULL-able column") << QStringLiteral("value=0") << QStringLiteral("web03");
    QTest::newRow("equals the empty string") << QStringLiteral("value=") << QString();
    QTest::newRow("group column (reserved word)") << QStringLiteral("group=DB") << QStringLiteral("db01 db02");
    QTest::newRow("customer") << QStringLiteral("customer=acme") << QStringLiteral("web02 db01");
    QTest::newRow("filters are ANDed") << QStringLiteral("environment=Production&severity=critical&severity=major")
                                       << QStringLiteral("web01 web02");
    // f=~v, f=~a&f=~b
    QTest::newRow("~ substring, ignoring case")
        << QStringLiteral("resource=~WEB") << QStringLiteral("web01 web02 web03");
    QTest::newRow("~ substring is literal, not LIKE") << QStringLiteral("value=~9_%") << QString();
    QTest::newRow("~ substring with a percent sign") << QStringLiteral("value=~5%") << QStringLiteral("db01");
    QTest::newRow("~ substring of non-ASCII text ignores case")
        << QStringLiteral("text=~üBERLAST") << QStringLiteral("app01");
    QTest::newRow("several ~: regex alternation, ignoring case")
        << QStringLiteral("event=~^disk&event=~PING") << QStringLiteral("db01 db02 web03");
    QTest::newRow("several values with one ~: all are regex alternatives")
        << QStringLiteral("resource=~^db&resource=03$") << QStringLiteral("db01 db02 web03");
    // f!=v, f!=~v, several
    QTest::newRow("not equal") << QStringLiteral("status!=closed") << QStringLiteral("web01 web02 db02 app01 sec01");
    QTest::newRow("not equal includes NULL values")
        << QStringLiteral("group!=Web") << QStringLiteral("db01 db02 web03 app01 sec01");
    QTest::newRow("not containing") << QStringLiteral("text!=~DISK") << QStringLiteral("web01 web02 web03 app01 sec01");
    QTest::newRow("NOT IN") << QStringLiteral("status!=closed&status!=ack") << QStringLiteral("web01 db02 app01 sec01");
    QTest::newRow("NOT regex") << QStringLiteral("resource!=~^web&resource!=~^db") << QStringLiteral("app01 sec01");
    // arrays
    QTest::newRow("service overlaps one value") << QStringLiteral("service=Web") << QStringLiteral("web01 web02 db02");
    QTest::newRow("service overlaps several values")
        << QStringLiteral("service=Shop&service=Database") << QStringLiteral("web01 db01 db02");
    QTest::newRow("service is exact") << QStringLiteral("service=We") << QString();
    QTest::newRow("service does not overlap")
        << QStringLiteral("service!=Web") << QStringLiteral("db01 web03 app01 sec01");
    QTest::newRow("service ~ substring of an element")
        << QStringLiteral("service=~data") << QStringLiteral("db01 db02");
    QTest::newRow("tag membership") << QStringLiteral("tag=prod") << QStringLiteral("web01 web02 sec01");
    QTest::newRow("several tags: any") << QStringLiteral("tag=eu&tag=dev") << QStringLiteral("web01 db02");
    QTest::newRow("tag absent") << QStringLiteral("tag!=prod") << QStringLiteral("db01 db02 web03 app01");
    QTest::newRow("correlate (empty everywhere)") << QStringLiteral("correlate=HttpError") << QString();
    // attributes.<key>
    QTest::newRow("attribute equals") << QStringLiteral("attributes.region=EU") << QStringLiteral("web01 sec01");
    QTest::newRow("attribute equals is exact") << QStringLiteral("attributes.region=eu") << QString();
    QTest::newRow("attribute: first value only")
        << QStringLiteral("attributes.region=US&attributes.region=EU") << QStringLiteral("web02");
    QTest::newRow("attribute not equal, missing included")
        << QStringLiteral("attributes.region!=EU") << QStringLiteral("web02 db01 db02 web03 app01");
    QTest::newRow("attribute key with a quote") << QStringLiteral("attributes.a\"b=1") << QString();
    // typed fields
    QTest::newRow("duplicateCount integer") << QStringLiteral("duplicateCount=3") << QStringLiteral("web02");
    QTest::newRow("duplicateCount IN") << QStringLiteral("duplicateCount=3&duplicateCount=7")
                                       << QStringLiteral("web02");
    QTest::newRow("timeout integer") << QStringLiteral("timeout=0") << QStringLiteral("db01");
    QTest::newRow("repeat true") << QStringLiteral("repeat=true") << QStringLiteral("web02");
    QTest::newRow("repeat yes") << QStringLiteral("repeat=YES") << QStringLiteral("web02");
    QTest::newRow("repeat on") << QStringLiteral("repeat=on") << QStringLiteral("web02");
    QTest::newRow("repeat anything else is false")
        << QStringLiteral("repeat=nope") << QStringLiteral("web01 db01 db02 web03 app01 sec01");
    QTest::newRow("time field equals") << QStringLiteral("lastReceiveTime=2024-05-01T11:00:00.000Z")
                                       << QStringLiteral("web01");
    QTest::newRow("time field not equal") << QStringLiteral("createTime!=2024-05-01T11:00:00.000Z")
                                          << QStringLiteral("web02 db01 db02 web03 app01 sec01");
    QTest::newRow("lastReceiveId") << QStringLiteral("lastReceiveId=a1a1a1a1-9999-4000-8000-000000000002")
                                   << QStringLiteral("web02");
    // id
    QTest::newRow("id prefix matches id or lastReceiveId")
        << QStringLiteral("id=a1a1a1a1") << QStringLiteral("web01 web02");
    QTest::newRow("id prefix is lowercased") << QStringLiteral("id=A1A1A1A1-0000") << QStringLiteral("web01");
    QTest::newRow("full id") << QStringLiteral("id=b2b2b2b2-0000-4000-8000-000000000002") << QStringLiteral("web02");
    QTest::newRow("several ids: any") << QStringLiteral("id=c3c3&id=d4") << QStringLiteral("db01 db02");
    QTest::newRow("id prefix ending in f")
        << QStringLiteral("id=f6f6f&to-date=2024-05-01T14:00:00.000Z") << QStringLiteral("cache01");
    QTest::newRow("unknown id") << QStringLiteral("id=zz") << QString();
    QTest::newRow("id!= is special too, so ignored") << QStringLiteral("id!=a1") << allUpToNow;
    // from-date, to-date
    QTest::newRow("from-date is exclusive")
        << QStringLiteral("from-date=2024-05-01T11:00:00.000Z") << QStringLiteral("web02 db02 web03");
    QTest::newRow("to-date is inclusive")
        << QStringLiteral("to-date=2024-05-01T11:00:00.000Z") << QStringLiteral("web01 db01 app01 sec01");
    QTest::newRow("from-date and to-date")
        << QStringLiteral("from-date=2024-05-01T10:00:00.000Z&to-date=2024-05-01T11:50:00.000Z")
        << QStringLiteral("web01 web02 db02");
    QTest::newRow("to-date in the future shows future alerts")
        << QStringLiteral("to-date=2024-05-01T14:00:00.000Z")
        << QStringLiteral("web01 web02 db01 db02 web03 cache01 app01 sec01");
    QTest::newRow("invalid from-date is ignored") << QStringLiteral("from-date=yesterday") << allUpToNow;
    QTest::newRow("invalid to-date keeps now") << QStringLiteral("to-date=2024-05-01T14:00:00Z") << allUpToNow;
    // q
    QTest::newRow("q") << QStringLiteral("q=resource:web AND severity:critical") << QStringLiteral("web01");
    QTest::newRow("q on the default field text") << QStringLiteral("q=disk") << QStringLiteral("db01 db02");
    QTest::newRow("q.df") << QStringLiteral("q=web&q.df=resource") << QStringLiteral("web01 web02 web03");
    QTest::newRow("q with filters and the to-date default")
        << QStringLiteral("q=environment:Staging OR resource:web01&status=open") << QStringLiteral("web01");
    QTest::newRow("empty q") << QStringLiteral("q=") << allUpToNow;
}

void TestAlertQuery::shouldSelectMatchingAlerts()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);

    // Given the stored alerts and the query parameters of a row
    // When they are compiled and run against the store
    const Result<QString> result = run(query);

    // Then exactly the expected alerts come back, in insertion order
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(*result, expected);
}

void TestAlertQuery::shouldOrderAlerts_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");

    QTest::newRow("severity: most severe first, unknown last")
        << QStringLiteral("sort-by=severity") << QStringLiteral("sec01 web01 web02 db01 db02 web03 app01");
    QTest::newRow("-severity: least severe first, unknown still last")
        << QStringLiteral("sort-by=-severity") << QStringLiteral("web03 db02 db01 web02 web01 sec01 app01");
    QTest::newRow("status: by letter, open first, unknown last")
        << QStringLiteral("sort-by=status") << QStringLiteral("web01 web02 db02 db01 web03 sec01 app01");
    QTest::newRow("-status") << QStringLiteral("sort-by=-status")
                             << QStringLiteral("sec01 db01 web03 db02 web02 web01 app01");
    QTest::newRow("lastReceiveTime: newest first")
        << QStringLiteral("sort-by=lastReceiveTime") << QStringLiteral("web03 db02 web02 web01 db01 app01 sec01");
    QTest::newRow("-lastReceiveTime: oldest first")
        << QStringLiteral("sort-by=-lastReceiveTime") << QStringLiteral("sec01 app01 db01 web01 web02 db02 web03");
    QTest::newRow("createTime: newest first")
        << QStringLiteral("sort-by=createTime") << QStringLiteral("web03 db02 web02 web01 db01 app01 sec01");
    QTest::newRow("updateTime: newest first")
        << QStringLiteral("sort-by=updateTime") << QStringLiteral("web03 db02 web02 web01 db01 app01 sec01");
    QTest::newRow("receiveTime: newest first")
        << QStringLiteral("sort-by=receiveTime") << QStringLiteral("web03 db02 web02 web01 db01 app01 sec01");
    QTest::newRow("text field ascending")
        << QStringLiteral("sort-by=resource") << QStringLiteral("app01 db01 db02 sec01 web01 web02 web03");
    QTest::newRow("-text field descending")
        << QStringLiteral("sort-by=-resource") << QStringLiteral("web03 web02 web01 sec01 db02 db01 app01");
    QTest::newRow("integer field") << QStringLiteral("sort-by=-duplicateCount")
                                   << QStringLiteral("web02 web01 db01 db02 web03 app01 sec01");
    QTest::newRow("several keys") << QStringLiteral("sort-by=environment&sort-by=-severity")
                                  << QStringLiteral("db02 db01 web03 web02 web01 sec01 app01");
    QTest::newRow("attribute, missing last")
        << QStringLiteral("sort-by=attributes.region") << QStringLiteral("web01 sec01 web02 db01 db02 web03 app01");
    QTest::newRow("-attribute, missing still last")
        << QStringLiteral("sort-by=-attributes.region") << QStringLiteral("web02 web01 sec01 db01 db02 web03 app01");
    QTest::newRow("group, NULL last") << QStringLiteral("sort-by=group")
                                      << QStringLiteral("app01 db01 db02 sec01 web01 web02 web03");
    QTest::newRow("filter and sort") << QStringLiteral("environment=Production&sort-by=severity")
                                     << QStringLiteral("sec01 web01 web02 web03 app01");
}

void TestAlertQuery::shouldOrderAlerts()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);

    // Given the stored alerts and sort-by parameters
    // When the query runs with its ORDER BY
    const Result<QString> result = run(query);

    // Then the alerts come back in the expected order
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(*result, expected);
}

void TestAlertQuery::shouldHideAlertsReceivedAfterNowByDefault()
{
    // Given a clock 20 minutes earlier than the newest alerts
    const QueryContext earlier = context(Now - 20 * Minute);

    // When the alerts are listed without to-date
    const Result<QString> result = run(QString(), earlier);

    // Then the alerts received since are hidden, as if they were in the future
    QVERIFY(result.ok());
    QCOMPARE(*result, QStringLiteral("web01 web02 db01 app01 sec01"));
}

void TestAlertQuery::shouldSortSeveritiesByTheConfiguredMap()
{
    // Given a severity map where "bogus" is the most severe and "security" is unknown
    const Result<SeverityMap> map = SeverityMap::create({{QStringLiteral("bogus"), 0},
                                                         {QStringLiteral("critical"), 1},
                                                         {QStringLiteral("major"), 2},
                                                         {QStringLiteral("normal"), 5},
                                                         {QStringLiteral("indeterminate"), 5}});
    QVERIFY(map.ok());
    QueryContext ctx = context();
    ctx.severities = &*map;

    // When the alerts are sorted by severity
    const Result<QString> result = run(QStringLiteral("sort-by=severity"), ctx);

    // Then the map's levels decide, and the severities outside it come last in insertion order
    QVERIFY(result.ok());
    QCOMPARE(*result, QStringLiteral("app01 web01 web02 web03 db01 db02 sec01"));
}

void TestAlertQuery::shouldLeaveOrderUnspecifiedWithoutSortBy()
{
    // Given no sort-by
    // When the query is compiled
    const Result<AlertQuery> query = AlertQuery::fromParameters(params(QStringLiteral("status=open")), context());

    // Then there is no ORDER BY, so that the store picks its natural order
    QVERIFY(query.ok());
    QVERIFY(query->orderBy.isEmpty());
}

void TestAlertQuery::shouldRejectBadParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("reverse was removed") << QStringLiteral("reverse=1") << 400
                                         << QStringLiteral("Invalid filter parameter: reverse");
    QTest::newRow("unknown field") << QStringLiteral("bogus=1") << 400
                                   << QStringLiteral("Invalid filter parameter: bogus");
    QTest::newRow("unknown negated field keeps its !")
        << QStringLiteral("bogus!=1") << 400 << QStringLiteral("Invalid filter parameter: bogus!");
    QTest::newRow("storage names are not parameters")
        << QStringLiteral("last_receive_time=2024-05-01T11:00:00.000Z") << 400
        << QStringLiteral("Invalid filter parameter: last_receive_time");
    QTest::newRow("tags is for sorting, tag for filtering")
        << QStringLiteral("tags=prod") << 400 << QStringLiteral("Invalid filter parameter: tags");
    QTest::newRow("attributes without a key")
        << QStringLiteral("attributes=x") << 400 << QStringLiteral("Invalid filter parameter: attributes");
    QTest::newRow("unknown object field")
        << QStringLiteral("labels.x=1") << 400 << QStringLiteral("Invalid filter parameter: labels.x");
    QTest::newRow("sort by id") << QStringLiteral("sort-by=id") << 400
                                << QStringLiteral("Sorting by 'id' field not supported.");
    QTest::newRow("sort by -tag") << QStringLiteral("sort-by=-tag") << 400
                                  << QStringLiteral("Sorting by 'tag' field not supported.");
    QTest::newRow("sort by unknown") << QStringLiteral("sort-by=resource&sort-by=bogus") << 400
                                     << QStringLiteral("Sorting by 'bogus' field not supported.");
    QTest::newRow("q does not parse") << QStringLiteral("q=resource:(web") << 400
                                      << QStringLiteral("Failed to parse query string.");
    QTest::newRow("q on an unknown field")
        << QStringLiteral("q=bogus:1") << 400 << QStringLiteral("Failed to parse query string.");
    QTest::newRow("q.df unknown") << QStringLiteral("q=web&q.df=bogus") << 400
                                  << QStringLiteral("Failed to parse query string.");
    QTest::newRow("integer field") << QStringLiteral("duplicateCount=abc") << 400
                                   << QStringLiteral("Invalid duplicateCount value: 'abc' is not an integer");
    QTest::newRow("~ on an integer field")
        << QStringLiteral("timeout=~3") << 400 << QStringLiteral("Invalid timeout value: '~3' is not an integer");
    QTest::newRow("time field") << QStringLiteral("updateTime=garbage") << 400
                                << QStringLiteral("dates must be ISO 8601 date format YYYY-MM-DDThh:mm:ss.sssZ");
    QTest::newRow("page") << QStringLiteral("page=two") << 400
                          << QStringLiteral("Invalid page parameter: 'two' is not an integer");
    QTest::newRow("page-size") << QStringLiteral("page-size=1.5") << 400
                               << QStringLiteral("Invalid page-size parameter: '1.5' is not an integer");
    QTest::newRow("limit") << QStringLiteral("limit=x") << 400
                           << QStringLiteral("Invalid limit parameter: 'x' is not an integer");
    QTest::newRow("negative page-size") << QStringLiteral("page-size=-1") << 400
                                        << QStringLiteral("Invalid page-size parameter: '-1' is negative");
    QTest::newRow("negative limit") << QStringLiteral("limit=-5") << 400
                                    << QStringLiteral("Invalid limit parameter: '-5' is negative");
    QTest::newRow("group-by an array") << QStringLiteral("group-by=tags") << 400
                                       << QStringLiteral("Grouping by 'tags' field not supported.");
    QTest::newRow("group-by unknown") << QStringLiteral("group-by=nope") << 400
                                      << QStringLiteral("Grouping by 'nope' field not supported.");
}

void TestAlertQuery::shouldRejectBadParameters()
{
    QFETCH(QString, query);
    QFETCH(int, code);
    QFETCH(QString, message);

    // Given parameters the API refuses
    // When they are compiled
    const Result<AlertQuery> result = AlertQuery::fromParameters(params(query), context());

    // Then the error carries upstream's status and message
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, code);
    QCOMPARE(result.error().message, message);
}

void TestAlertQuery::shouldRejectInvalidRegexAlternation()
{
    // Given several ~ values that do not form a regular expression
    // When they are compiled
    const Result<AlertQuery> result =
        AlertQuery::fromParameters(params(QStringLiteral("resource=~(web&resource=~db")), context());

    // Then the client gets a 400 naming the pattern rather than a database error
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, 400);
    QVERIFY2(result.error().message.startsWith(QStringLiteral("Invalid regular expression for resource: (web|db")),
             qPrintable(result.error().message));
}

void TestAlertQuery::shouldReadPagingFlagsAndGrouping_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<bool>("showHistory");
    QTest::addColumn<bool>("showRawData");
    QTest::addColumn<QString>("groupBy");

    const QString event = QStringLiteral("\"event\"");
    QTest::newRow("defaults") << QString() << 1 << 50 << false << false << event;
    QTest::newRow("page and page-size") << QStringLiteral("page=2&page-size=10") << 2 << 10 << false << false << event;
    QTest::newRow("limit is page-size") << QStringLiteral("limit=20") << 1 << 20 << false << false << event;
    QTest::newRow("page-size wins over limit")
        << QStringLiteral("limit=20&page-size=5") << 1 << 5 << false << false << event;
    QTest::newRow("page-size 0 means default, even with limit")
        << QStringLiteral("page-size=0&limit=20") << 1 << 50 << false << false << event;
    QTest::newRow("no upper cap") << QStringLiteral("page-size=1000") << 1 << 1000 << false << false << event;
    QTest::newRow("first value counts") << QStringLiteral("page=3&page=4") << 3 << 50 << false << false << event;
    QTest::newRow("page 0 is refused only with the total")
        << QStringLiteral("page=0") << 0 << 50 << false << false << event;
    QTest::newRow("booleans true") << QStringLiteral("show-history=Y&show-raw-data=on") << 1 << 50 << true << true
                                   << event;
    QTest::newRow("booleans false") << QStringLiteral("show-history=0&show-raw-data=nah") << 1 << 50 << false << false
                                    << event;
    QTest::newRow("group-by API name") << QStringLiteral("group-by=previousSeverity") << 1 << 50 << false << false
                                       << QStringLiteral("\"previous_severity\"");
    QTest::newRow("group-by storage name") << QStringLiteral("group-by=trend_indication") << 1 << 50 << false << false
                                           << QStringLiteral("\"trend_indication\"");
    QTest::newRow("group-by reserved word")
        << QStringLiteral("group-by=group") << 1 << 50 << false << false << QStringLiteral("\"group\"");
}

void TestAlertQuery::shouldReadPagingFlagsAndGrouping()
{
    QFETCH(QString, query);
    QFETCH(int, page);
    QFETCH(int, pageSize);
    QFETCH(bool, showHistory);
    QFETCH(bool, showRawData);
    QFETCH(QString, groupBy);

    // Given the non-filter parameters of a row
    // When they are compiled
    const Result<AlertQuery> result = AlertQuery::fromParameters(params(query), context());

    // Then paging, flags and the group-by column are as requested
    QVERIFY(result.ok());
    QCOMPARE(result->page, page);
    QCOMPARE(result->pageSize, pageSize);
    QCOMPARE(result->showHistory, showHistory);
    QCOMPARE(result->showRawData, showRawData);
    QCOMPARE(result->groupBy, groupBy);
}

void TestAlertQuery::shouldComputePages_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("pages");
    QTest::addColumn<bool>("more");
    QTest::addColumn<qint64>("offset");

    QTest::newRow("nothing found") << 1 << 50 << Q_INT64_C(0) << Q_INT64_C(0) << false << Q_INT64_C(0);
    QTest::newRow("page 2 of nothing is no error") << 2 << 50 << Q_INT64_C(0) << Q_INT64_C(0) << false << Q_INT64_C(50);
    QTest::newRow("one item") << 1 << 50 << Q_INT64_C(1) << Q_INT64_C(1) << false << Q_INT64_C(0);
    QTest::newRow("exactly one page") << 1 << 50 << Q_INT64_C(50) << Q_INT64_C(1) << false << Q_INT64_C(0);
    QTest::newRow("one more than a page") << 1 << 50 << Q_INT64_C(51) << Q_INT64_C(2) << true << Q_INT64_C(0);
    QTest::newRow("last page") << 2 << 50 << Q_INT64_C(51) << Q_INT64_C(2) << false << Q_INT64_C(50);
    QTest::newRow("middle page") << 3 << 10 << Q_INT64_C(100) << Q_INT64_C(10) << true << Q_INT64_C(20);
    QTest::newRow("last of ten") << 10 << 10 << Q_INT64_C(100) << Q_INT64_C(10) << false << Q_INT64_C(90);
    QTest::newRow("big totals") << 2 << 1 << Q_INT64_C(5000000000) << Q_INT64_C(5000000000) << true << Q_INT64_C(1);
}

void TestAlertQuery::shouldComputePages()
{
    QFETCH(int, page);
    QFETCH(int, pageSize);
    QFETCH(qint64, total);
    QFETCH(qint64, pages);
    QFETCH(bool, more);
    QFETCH(qint64, offset);

    // Given a page request and the number of matching items
    // When the paging is computed
    const Result<Paging> paging = Paging::compute(page, pageSize, total);

    // Then pages = floor((total - 1) / pageSize) + 1 and more = page < pages
    QVERIFY(paging.ok());
    QCOMPARE(paging->page(), page);
    QCOMPARE(paging->pageSize(), pageSize);
    QCOMPARE(paging->total(), total);
    QCOMPARE(paging->pages(), pages);
    QCOMPARE(paging->more(), more);
    QCOMPARE(paging->offset(), offset);
}

void TestAlertQuery::shouldRefuseOutOfRangePages_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QString>("message");

    QTest::newRow("past the last page") << QStringLiteral("page=11&page-size=10") << Q_INT64_C(100)
                                        << QStringLiteral("page out of range: 1-10");
    QTest::newRow("page 0") << QStringLiteral("page=0") << Q_INT64_C(10) << QStringLiteral("page out of range: 1-1");
    QTest::newRow("page 0 of nothing") << QStringLiteral("page=0") << Q_INT64_C(0)
                                       << QStringLiteral("page out of range: 1-0");
    QTest::newRow("negative page") << QStringLiteral("page=-1&limit=5") << Q_INT64_C(12)
                                   << QStringLiteral("page out of range: 1-3");
}

void TestAlertQuery::shouldRefuseOutOfRangePages()
{
    QFETCH(QString, query);
    QFETCH(qint64, total);
    QFETCH(QString, message);

    // Given a page request that parses
    const Result<Paging> request = Paging::fromParameters(params(query), 50);
    QVERIFY(request.ok());

    // When the total turns out to have no such page
    const Result<Paging> paging = request->withTotal(total);

    // Then the answer is 416 naming the valid range
    QVERIFY(!paging.ok());
    QCOMPARE(paging.error().code, 416);
    QCOMPARE(paging.error().message, message);
}

void TestAlertQuery::shouldKeepValuesOutOfTheSqlText()
{
    // Given values and keys written to break out of SQL strings
    const QString query = QStringLiteral("resource=x' OR '1'='1&attributes.k'--=v&sort-by=attributes.a') DESC; "
                                         "DROP TABLE alerts; --");

    // When the query is compiled and run
    const Result<AlertQuery> compiled = AlertQuery::fromParameters(params(query), context());
    QVERIFY(compiled.ok());
    const QString result = select(*compiled);

    // Then nothing matches, no value appears in the SQL and the table is still there
    QCOMPARE(result, QString());
    QVERIFY(!compiled->where.sql.contains(QStringLiteral("OR '1'")));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM alerts")).toInt(), 8);
}

void TestAlertQuery::shouldCountFromTotalsOnlyExactEnvironmentsAndStatuses_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("fromTotals");
    QTest::addColumn<QString>("environments"); // joined with |
    QTest::addColumn<QString>("statuses");
    QTest::addColumn<Timestamp>("upTo");

    // Counts that the running totals can give: nothing but exact environments and statuses, and the to-date bound
    QTest::newRow("no filter") << "" << true << ""
                               << "" << Now;
    QTest::newRow("paging and sorting only") << "page=2&page-size=10&sort-by=severity&show-history=true" << true << ""
                                             << "" << Now;
    QTest::newRow("empty q") << "q=" << true << ""
                             << "" << Now;
    QTest::newRow("environment") << "environment=Production" << true << "Production"
                                 << "" << Now;
    QTest::newRow("environment and status") << "environment=Production&status=open" << true << "Production"
                                            << "open" << Now;
    QTest::newRow("several of each") << "status=open&environment=Production&status=ack&environment=Dev" << true
                                     << "Production|Dev"
                                     << "open|ack" << Now;
    QTest::newRow("to-date") << "status=open&to-date=2026-01-01T00:00:00.000Z" << true << ""
                             << "open" << IsoTime::parse(QStringLiteral("2026-01-01T00:00:00.000Z")).value();
    // Anything else is counted row by row
    QTest::newRow("substring") << "environment=~Prod" << false << ""
                               << "" << Now;
    QTest::newRow("regex among several") << "status=open&status=~ack" << false << ""
                                         << "" << Now;
    QTest::newRow("negated") << "environment!=Production" << false << ""
                             << "" << Now;
    QTest::newRow("another field") << "environment=Production&severity=major" << false << ""
                                   << "" << Now;
    QTest::newRow("q") << "q=resource:web01" << false << ""
                       << "" << Now;
    QTest::newRow("id") << "id=abc" << false << ""
                        << "" << Now;
    QTest::newRow("from-date") << "status=open&from-date=2020-01-01T00:00:00.000Z" << false << ""
                               << "" << Now;
    QTest::newRow("attribute") << "attributes.region=EU" << false << ""
                               << "" << Now;
}

void TestAlertQuery::shouldCountFromTotalsOnlyExactEnvironmentsAndStatuses()
{
    QFETCH(QString, query);
    QFETCH(bool, fromTotals);

    const Result<AlertQuery> compiled = AlertQuery::fromParameters(params(query), context());
    QVERIFY(compiled.ok());
    QCOMPARE(compiled->totals.has_value(), fromTotals);
    if (!fromTotals)
        return;
    QTEST(compiled->totals->environments.join(u'|'), "environments");
    QTEST(compiled->totals->statuses.join(u'|'), "statuses");
    QTEST(compiled->totals->upTo, "upTo");
}

QTEST_GUILESS_MAIN(TestAlertQuery)
#include "testalertquery.moc"
