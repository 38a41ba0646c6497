// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QTest>

#include "core/alertquery.h"
#include "core/querystring.h"
#include "core/sqliteconnection.h"
#include "core/sqliteschema.h"
#include "tests/support/querytestdata.h"

#include <memory>

namespace {
using namespace QueryTestData;

const QString All = QStringLiteral("web01 web02 db01 db02 web03 cache01 app01 sec01");
} // namespace

class TestQueryString : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void shouldMatchQuerySyntax_data();
    void shouldMatchQuerySyntax();
    void shouldSearchTheGivenDefaultField();
    void shouldSelectEverythingForABlankQuery();
    void shouldRejectMalformedQueries_data();
    void shouldRejectMalformedQueries();
    void shouldBindValuesRatherThanSplicingThem();

private:
    QString select(const SqlFragment &where);

    std::unique_ptr<SqliteConnection> m_db;
};

void TestQueryString::init()
{
    m_db = std::make_unique<SqliteConnection>(QStringLiteral(":memory:"));
    SqliteSchema::migrate(*m_db);
    insertRows(*m_db);
}

QString TestQueryString::select(const SqlFragment &where)
{
    SqliteStatement s = m_db->prepareTransient(QStringLiteral("SELECT resource FROM alerts WHERE ") + where.whereSql()
                                               + u" ORDER BY rid");
    s.bindAll(where.binds);
    QStringList resources;
    while (s.next())
        resources.append(s.text(0));
    return resources.join(u' ');
}

void TestQueryString::shouldMatchQuerySyntax_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");

    // field:word, word
    QTest::newRow("field:word is a substring") << QStringLiteral("resource:web") << QStringLiteral("web01 web02 web03");
    QTest::newRow("field:word ignores case") << QStringLiteral("resource:WEB0") << QStringLiteral("web01 web02 web03");
    QTest::newRow("word searches text by default") << QStringLiteral("DISK") << QStringLiteral("db01 db02");
    QTest::newRow("word with non-ASCII letters ignores case") << QStringLiteral("PRÜF") << QStringLiteral("app01");
    QTest::newRow("storage name") << QStringLiteral("last_receive_id:9999") << QStringLiteral("web02");
    QTest::newRow("API name as alias") << QStringLiteral("lastReceiveId:9999") << QStringLiteral("web02");
    QTest::newRow("reserved word as field") << QStringLiteral("group:web") << QStringLiteral("web01 web02");
    QTest::newRow("id is searchable") << QStringLiteral("id:b2b2") << QStringLiteral("web02");
    // "phrase"
    QTest::newRow("phrase") << QStringLiteral("text:\"server error\"") << QStringLiteral("web01");
    QTest::newRow("phrase on word boundaries") << QStringLiteral("text:\"serv\"") << QString();
    QTest::newRow("phrase is literal text") << QStringLiteral("text:\"95% full\"") << QStringLiteral("db01");
    QTest::newRow("phrase on the default field") << QStringLiteral("\"page not found\"") << QStringLiteral("web02");
    QTest::newRow("phrase with an escaped quote") << QStringLiteral("text:\"a \\\" b\"") << QString();
    // wildcards
    QTest::newRow("wildcards ? and *") << QStringLiteral("resource:we?0*") << QStringLiteral("web01 web02 web03");
    QTest::newRow("? matches no character too") << QStringLiteral("resource:d?b01") << QStringLiteral("db01");
    QTest::newRow("wildcard anchored at a word start") << QStringLiteral("resource:eb0*") << QString();
    QTest::newRow("wildcard anchored at a word end") << QStringLiteral("resource:we*0") << QString();
    QTest::newRow("leading *") << QStringLiteral("resource:*01") << QStringLiteral("web01 db01 cache01 app01 sec01");
    QTest::newRow("wildcard on the default field") << QStringLiteral("serv*") << QStringLiteral("web01");
    // /regex/
    QTest::newRow("regex") << QStringLiteral("resource:/^db0[12]$/") << QStringLiteral("db01 db02");
    QTest::newRow("regex ignores case") << QStringLiteral("resource:/^DB/") << QStringLiteral("db01 db02");
    QTest::newRow("regex with an escaped slash") << QStringLiteral("text:/\\/var/") << QStringLiteral("db01");
    QTest::newRow("regex class escapes") << QStringLiteral("text:/\\d+%/") << QStringLiteral("db01");
    // ranges
    QTest::newRow("inclusive range") << QStringLiteral("resource:[db01 TO db02]") << QStringLiteral("db01 db02");
    QTest::newRow("exclusive lower bound") << QStringLiteral("resource:{db01 TO db02]") << QStringLiteral("db02");
    QTest::newRow("exclusive upper bound") << QStringLiteral("resource:[db01 TO db02}") << QStringLiteral("db01");
    QTest::newRow("open upper bound") << QStringLiteral("resource:[web02 TO *]") << QStringLiteral("web02 web03");
    QTest::newRow("open lower bound") << QStringLiteral("resource:[* TO b]") << QStringLiteral("app01");
    QTest::newRow("both open: has a value")
        << QStringLiteral("value:[* TO *]") << QStringLiteral("web01 web02 db01 web03 cache01 app01 sec01");
    QTest::newRow("lowercase to") << QStringLiteral("resource:[db01 to db02]") << QStringLiteral("db01 db02");
    QTest::newRow(">=") << QStringLiteral("duplicate_count:>=3") << QStringLiteral("web02");
    QTest::newRow(">") << QStringLiteral("duplicate_count:>0") << QStringLiteral("web02");
    QTest::newRow("<") << QStringLiteral("timeout:<3600") << QStringLiteral("db01");
    QTest::newRow("<=") << QStringLiteral("timeout:<=3600") << QStringLiteral("web02 db01");
    QTest::newRow("integers compare as numbers")
        << QStringLiteral("timeout:>500") << QStringLiteral("web01 web02 db02 web03 cache01 app01 sec01");
    QTest::newRow("text compares as strings") << QStringLiteral("value:>5") << QStringLiteral("web01 db01 app01");
    QTest::newRow("time range in the wire format")
        << QStringLiteral("lastReceiveTime:[2024-05-01T10:00:00.000Z TO 2024-05-01T11:00:00.000Z]")
        << QStringLiteral("web01 db01");
    QTest::newRow("time one-sided") << QStringLiteral("last_receive_time:>2024-05-01T11:45:00.000Z")
                                    << QStringLiteral("db02 web03 cache01");
    QTest::newRow("time bound quoted") << QStringLiteral("last_receive_time:>\"2024-05-01T11:45:00.000Z\"")
                                       << QStringLiteral("db02 web03 cache01");
    QTest::newRow("time bound without fraction and Z is UTC")
        << QStringLiteral("create_time:{2024-05-01T08:00:00 TO 2024-05-01T09:00:00]") << QStringLiteral("app01");
    QTest::newRow("time bound as a date") << QStringLiteral("update_time:<2024-05-01") << QString();
    QTest::newRow("time bound with an offset")
        << QStringLiteral("receive_time:>=2024-05-01T13:55:00+02:00") << QStringLiteral("web03 cache01");
    QTest::newRow("time equality with escaped colons")
        << QStringLiteral("last_receive_time:2024-05-01T11\\:00\\:00.000Z") << QStringLiteral("web01");
    // arrays
    QTest::newRow("tags: exact membership") << QStringLiteral("tags:prod") << QStringLiteral("web01 web02 sec01");
    QTest::newRow("tags: no substring") << QStringLiteral("tags:pro") << QString();
    QTest::newRow("service: exact membership") << QStringLiteral("service:Web") << QStringLiteral("web01 web02 db02");
    QTest::newRow("service: case matters") << QStringLiteral("service:web") << QString();
    QTest::newRow("correlate") << QStringLiteral("correlate:x") << QString();
    QTest::newRow("array element regex") << QStringLiteral("tags:/^d/") << QStringLiteral("db02");
    QTest::newRow("array element phrase") << QStringLiteral("service:\"web\"") << QStringLiteral("web01 web02 db02");
    QTest::newRow("array element range") << QStringLiteral("service:[Cache TO Database]")
                                         << QStringLiteral("db01 db02 cache01");
    // attributes
    QTest::newRow("_.key substring") << QStringLiteral("_.region:eu") << QStringLiteral("web01 sec01");
    QTest::newRow("attributes.key substring")
        << QStringLiteral("attributes.region:u") << QStringLiteral("web01 web02 sec01");
    QTest::newRow("attribute regex") << QStringLiteral("_.owner:/^d/") << QStringLiteral("db02");
    QTest::newRow("attribute group") << QStringLiteral("_.region:(eu OR us)") << QStringLiteral("web01 web02 sec01");
    QTest::newRow("_exists_") << QStringLiteral("_exists_:owner") << QStringLiteral("web01 db02");
    QTest::newRow("_exists_ unknown key") << QStringLiteral("_exists_:nope") << QString();
    QTest::newRow("not _exists_") << QStringLiteral("NOT _exists_:region")
                                  << QStringLiteral("db01 db02 web03 cache01 app01");
    // integers and booleans
    QTest::newRow("integer equality") << QStringLiteral("duplicate_count:3") << QStringLiteral("web02");
    QTest::newRow("boolean true") << QStringLiteral("repeat:true") << QStringLiteral("web02");
    QTest::newRow("boolean false") << QStringLiteral("repeat:0")
                                   << QStringLiteral("web01 db01 db02 web03 cache01 app01 sec01");
    // boolean operators
    QTest::newRow("AND") << QStringLiteral("resource:web AND severity:major") << QStringLiteral("web02");
    QTest::newRow("&&") << QStringLiteral("resource:web && severity:major") << QStringLiteral("web02");
    QTest::newRow("and in lowercase") << QStringLiteral("resource:web and severity:major") << QStringLiteral("web02");
    QTest::newRow("OR") << QStringLiteral("resource:web01 OR resource:db01") << QStringLiteral("web01 db01");
    QTest::newRow("||") << QStringLiteral("resource:web01 || resource:db01") << QStringLiteral("web01 db01");
    QTest::newRow("juxtaposition is OR") << QStringLiteral("resource:web01 resource:db01")
                                         << QStringLiteral("web01 db01");
    QTest::newRow("NOT") << QStringLiteral("NOT resource:web") << QStringLiteral("db01 db02 cache01 app01 sec01");
    QTest::newRow("!") << QStringLiteral("!resource:web") << QStringLiteral("db01 db02 cache01 app01 sec01");
    QTest::newRow("NOT includes NULL fields")
        << QStringLiteral("NOT group:web") << QStringLiteral("db01 db02 web03 cache01 app01 sec01");
    QTest::newRow("NOT NOT") << QStringLiteral("NOT NOT group:web") << QStringLiteral("web01 web02");
    QTest::newRow("- prohibits") << QStringLiteral("resource:web -severity:critical") << QStringLiteral("web02 web03");
    QTest::newRow("- alone") << QStringLiteral("-resource:web") << QStringLiteral("db01 db02 cache01 app01 sec01");
    QTest::newRow("+ makes the others optional")
        << QStringLiteral("resource:web +severity:critical") << QStringLiteral("web01");
    QTest::newRow("+ and +") << QStringLiteral("+resource:web +severity:major") << QStringLiteral("web02");
    QTest::newRow("+, - and optional") << QStringLiteral("+environment:production -status:closed resource:nothing")
                                       << QStringLiteral("web01 web02 app01 sec01");
    QTest::newRow("AND binds tighter than OR")
        << QStringLiteral("resource:db01 OR resource:web AND severity:major") << QStringLiteral("web02 db01");
    QTest::newRow("NOT binds tighter than AND")
        << QStringLiteral("NOT resource:web AND environment:dev") << QStringLiteral("db01 db02");
    QTest::newRow("parentheses") << QStringLiteral("(resource:web OR resource:db) AND status:closed")
                                 << QStringLiteral("db01 web03");
    QTest::newRow("field group") << QStringLiteral("resource:(web01 OR db01)") << QStringLiteral("web01 db01");
    QTest::newRow("field group with juxtaposition")
        << QStringLiteral("resource:(web01 db01)") << QStringLiteral("web01 db01");
    QTest::newRow("word starting like a keyword") << QStringLiteral("ORacle") << QString();
    QTest::newRow("spaces around") << QStringLiteral("  ( resource:web01 )  ") << QStringLiteral("web01");
    QTest::newRow("everything") << QStringLiteral("resource:*") << All;
}

void TestQueryString::shouldMatchQuerySyntax()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);

    // Given the stored alerts and a q expression
    // When it is compiled with the alert fields and run
    const Result<SqlFragment> where = QueryString::parse(query, AlertQuery::fields(), QStringLiteral("text"));

    // Then exactly the expected alerts match
    QVERIFY2(where.ok(), qPrintable(where.ok() ? QString() : where.error().errors.join(u'\n')));
    QCOMPARE(select(*where), expected);
}

void TestQueryString::shouldSearchTheGivenDefaultField()
{
    // Given a default field other than text, named by its API name
    // When a bare word is searched
    const Result<SqlFragment> where =
        QueryString::parse(QStringLiteral("dev OR 1"), AlertQuery::fields(), QStringLiteral("environment"));

    // Then the word applies to that field
    QVERIFY(where.ok());
    QCOMPARE(select(*where), QStringLiteral("db01 db02"));
}

void TestQueryString::shouldSelectEverythingForABlankQuery()
{
    // Given a blank q
    // When it is compiled
    const Result<SqlFragment> where =
        QueryString::parse(QStringLiteral("   "), AlertQuery::fields(), QStringLiteral("text"));

    // Then there is no condition
    QVERIFY(where.ok());
    QVERIFY(where->isEmpty());
    QCOMPARE(select(*where), All);
}

void TestQueryString::shouldRejectMalformedQueries_data()
{
    QTest::addColumn<QString>("query");

    QTest::newRow("field without term") << QStringLiteral("resource:");
    QTest::newRow("unclosed parenthesis") << QStringLiteral("(resource:web");
    QTest::newRow("stray parenthesis") << QStringLiteral("resource:web)");
    QTest::newRow("empty group") << QStringLiteral("()");
    QTest::newRow("unclosed range") << QStringLiteral("resource:[a TO b");
    QTest::newRow("range without TO") << QStringLiteral("resource:[a b]");
    QTest::newRow("range without bound") << QStringLiteral("resource:[ TO b]");
    QTest::newRow("unknown field") << QStringLiteral("bogus:x");
    QTest::newRow("unknown object field") << QStringLiteral("labels.x:y");
    QTest::newRow("object field without key") << QStringLiteral("attributes.:x");
    QTest::newRow("invalid regex") << QStringLiteral("resource:/[/");
    QTest::newRow("unterminated regex") << QStringLiteral("resource:/abc");
    QTest::newRow("unterminated phrase") << QStringLiteral("\"unterminated");
    QTest::newRow("lone AND") << QStringLiteral("AND");
    QTest::newRow("trailing AND") << QStringLiteral("resource:web AND");
    QTest::newRow("trailing NOT") << QStringLiteral("NOT");
    QTest::newRow("lone TO") << QStringLiteral("TO");
    QTest::newRow("integer field with a word") << QStringLiteral("duplicate_count:abc");
    QTest::newRow("integer range with a word") << QStringLiteral("timeout:[a TO *]");
    QTest::newRow("time field with a word") << QStringLiteral("last_receive_time:yesterday");
    QTest::newRow("time field with a pattern") << QStringLiteral("last_receive_time:\"2024\"");
    QTest::newRow("time with unescaped colons") << QStringLiteral("last_receive_time:2024-05-01T11:00:00.000Z");
    QTest::newRow("boolean range") << QStringLiteral("repeat:[a TO b]");
    QTest::newRow("_exists_ without key") << QStringLiteral("_exists_:");
    QTest::newRow("fuzzy is not supported") << QStringLiteral("resource:web~2");
    QTest::newRow("boost is not supported") << QStringLiteral("text:a^2");
    // Past the parser's bounds (what the largest allowed ones do on the stores: testqueries)
    QTest::newRow("17 nested groups") << QString(QString(17, u'(') + u"a" + QString(17, u')'));
    QTest::newRow("17 NOTs") << QString(QStringLiteral("NOT ").repeated(17) + u"a");
    QTest::newRow("9 NOTs in 8 groups") << QString(QStringLiteral("NOT (").repeated(8) + u"NOT a" + QString(8, u')'));
    QTest::newRow("999 !") << QString(QString(999, u'!') + u"a");
    QTest::newRow("8,000 nested groups") << QString(QString(8000, u'(') + u"a" + QString(8000, u')'));
    QStringList terms;
    for (int i = 0; i < 501; ++i)
        terms.append(QStringLiteral("resource:r%1").arg(i));
    QTest::newRow("501 terms") << terms.join(u" OR ");
}

void TestQueryString::shouldRejectMalformedQueries()
{
    QFETCH(QString, query);

    // Given a q that is not valid syntax for the alert fields
    // When it is compiled
    const Result<SqlFragment> where = QueryString::parse(query, AlertQuery::fields(), QStringLiteral("text"));

    // Then upstream's 400 comes back, with the reason for the log
    QVERIFY(!where.ok());
    QCOMPARE(where.error().code, 400);
    QCOMPARE(where.error().message, QStringLiteral("Failed to parse query string."));
    QCOMPARE(where.error().errors.size(), 1);
}

void TestQueryString::shouldBindValuesRatherThanSplicingThem()
{
    // Given terms written to break out of an SQL string
    const QString query = QStringLiteral("resource:\"x' OR 1=1 --\" OR _.k'x:1 OR _exists_:\"a') OR ('1\"");

    // When they are compiled and run
    const Result<SqlFragment> where = QueryString::parse(query, AlertQuery::fields(), QStringLiteral("text"));

    // Then nothing matches and the values only travel as binds
    QVERIFY(where.ok());
    QCOMPARE(select(*where), QString());
    QVERIFY(!where->sql.contains(QStringLiteral("1=1")));
    QVERIFY(!where->sql.contains(QStringLiteral("k'x")));
    QVERIFY(!where->sql.contains(QStringLiteral("OR ('1")));
}

QTEST_GUILESS_MAIN(TestQueryString)
#include "testquerystring.moc"
