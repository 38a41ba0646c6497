// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QTest>

#include <algorithm>
#include <functional>

#include "core/alertengine.h"
#include "tests/support/enginefixture.h"
#include "tests/support/testtext.h"

// The receive pipeline of AlertEngine against a real SQLite store: classification (spec §3.2), the field rules of
// each path (§3.3), the alarm model on the receive path (§3.4, §3.5), trend (§2.2), history (§1.3) and the
// receive-path items of the compatibility checklist (§12).

namespace {

using Kind = AlertChangeSet::Kind;

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Created:
        return QStringLiteral("new");
    case Kind::Duplicated:
        return QStringLiteral("duplicate");
    case Kind::Correlated:
        return QStringLiteral("correlate");
    }
    return QStringLiteral("?");
}

QString orNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("<null>") : s;
}

QString orNull(std::optional<qint64> n)
{
    return n ? QString::number(*n) : QStringLiteral("<null>");
}

/// `type|id|event|severity|status|value|text|updateTime|user|timeout`: a whole history entry as one short string.
QString entryText(const HistoryEntry &h)
{
    return QStringList{orNull(h.type),
                       orNull(h.id),
                       orNull(h.event),
                       orNull(h.severity),
                       orNull(h.status),
                       orNull(h.value),
                       orNull(h.text),
                       QString::number(h.updateTime),
                       orNull(h.user),
                       orNull(h.timeout)}
        .join(u'|');
}

QString sortedJoin(QStringList list)
{
    list.sort();
    return list.join(u',');
}

/// One field of an alert rendered as text, by its JSON name, plus `history.count` and `history.newest`.
QString fieldText(const Alert &a, const QString &field)
{
    using Render = std::function<QString(const Alert &)>;
    static const QHash<QString, Render> fields = {
        {QStringLiteral("id"), [](const Alert &x) { return orNull(x.id); }},
        {QStringLiteral("resource"), [](const Alert &x) { return orNull(x.resource); }},
        {QStringLiteral("event"), [](const Alert &x) { return orNull(x.event); }},
        {QStringLiteral("environment"), [](const Alert &x) { return orNull(x.environment); }},
        {QStringLiteral("severity"), [](const Alert &x) { return orNull(x.severity); }},
        {QStringLiteral("correlate"), [](const Alert &x) { return x.correlate.join(u','); }},
        {QStringLiteral("status"), [](const Alert &x) { return orNull(x.status); }},
        {QStringLiteral("service"), [](const Alert &x) { return x.service.join(u','); }},
        {QStringLiteral("group"), [](const Alert &x) { return orNull(x.group); }},
        {QStringLiteral("value"), [](const Alert &x) { return orNull(x.value); }},
        {QStringLiteral("text"), [](const Alert &x) { return orNull(x.text); }},
        // A set: the spec does not promise an order.
        {QStringLiteral("tags"), [](const Alert &x) { return sortedJoin(x.tags); }},
        {QStringLiteral("attributes"),
         [](const Alert &x) { return QString::fromUtf8(QJsonDocument(x.attributes).toJson(QJsonDocument::Compact)); }},
        {QStringLiteral("origin"), [](const Alert &x) { return orNull(x.origin); }},
        {QStringLiteral("type"), [](const Alert &x) { return orNull(x.type); }},
        {QStringLiteral("createTime"), [](const Alert &x) { return QString::number(x.createTime); }},
        {QStringLiteral("timeout"), [](const Alert &x) { return orNull(x.timeout); }},
        {QStringLiteral("rawData"), [](const Alert &x) { return orNull(x.rawData); }},
        {QStringLiteral("customer"), [](const Alert &x) { return orNull(x.customer); }},
        {QStringLiteral("duplicateCount"), [](const Alert &x) { return QString::number(x.duplicateCount); }},
        {QStringLiteral("repeat"),
         [](const Alert &x) { return x.repeat ? QStringLiteral("true") : QStringLiteral("false"); }},
        {QStringLiteral("previousSeverity"), [](const Alert &x) { return orNull(x.previousSeverity); }},
        {QStringLiteral("trendIndication"), [](const Alert &x) { return orNull(x.trendIndication); }},
        {QStringLiteral("receiveTime"), [](const Alert &x) { return QString::number(x.receiveTime); }},
        {QStringLiteral("lastReceiveId"), [](const Alert &x) { return orNull(x.lastReceiveId); }},
        {QStringLiteral("lastReceiveTime"), [](const Alert &x) { return QString::number(x.lastReceiveTime); }},
        {QStringLiteral("updateTime"), [](const Alert &x) { return QString::number(x.updateTime); }},
        {QStringLiteral("history.count"), [](const Alert &x) { return QString::number(x.history.size()); }},
        {QStringLiteral("history.newest"),
         [](const Alert &x) { return x.history.isEmpty() ? QStringLiteral("<none>") : entryText(x.history.first()); }},
    };
    const auto it = fields.constFind(field);
    return it == fields.constEnd() ? QString(u"<unknown field " + field + u'>') : (*it)(a);
}

template<typename T>
QString errorText(const Result<T> &r)
{
    return r.ok() ? QString() : QString::number(r.error().code) + u' ' + r.error().message;
}

// The scenario of the field table (spec §3.3). A stored alert created at Start by "alice"; a minute later "bob"
// sends a submission that differs in every field the sender controls.
const QString StoredId = QStringLiteral("11111111-1111-4111-8111-111111111111");
const QString IncomingId = QStringLiteral("22222222-2222-4222-8222-222222222222");
constexpr Timestamp Start = EngineFixture::Start;
constexpr Timestamp StoredCreate = Start - 2000;
constexpr Timestamp Later = Start + 60000;          // server time of the second receive
constexpr Timestamp IncomingCreate = Start + 55000; // sender time of the second submission

// db01/Lag received `count` times, a second apart, with the values "0", "1", ... (a `value` history entry each);
// false when a receive failed.
bool receiveWithValues(EngineFixture &f, Alert &a, int count)
{
    a = f.makeAlert(QStringLiteral("db01"), QStringLiteral("Lag"), QStringLiteral("warning"));
    for (int i = 0; i < count; ++i) {
        a.value = QString::number(i);
        if (!f.engine->receive(a).ok())
            return false;
        f.clock->advanceSeconds(1);
    }
    return true;
}

// The entries' values, newest first: "5,4,3".
QString historyValues(const QList<HistoryEntry> &history)
{
    QStringList values;
    for (const HistoryEntry &h : history)
        values.append(h.value);
    return values.join(u',');
}

Alert storedSubmission(const EngineFixture &f)
{
    Alert a = f.makeAlert(QStringLiteral("web01"), QStringLiteral("HttpError"), QStringLiteral("minor"));
    a.id = StoredId;
    a.correlate = {QStringLiteral("HttpError"), QStringLiteral("HttpOK")};
    a.service = {QStringLiteral("Web")};
    a.value = QStringLiteral("500");
    a.text = QStringLiteral("first");
    a.tags = {QStringLiteral("a"), QStringLiteral("b")};
    a.attributes = {{QStringLiteral("region"), QStringLiteral("eu")}, {QStringLiteral("owner"), QStringLiteral("ops")}};
    a.timeout = 3600;
    a.rawData = QStringLiteral("raw1");
    a.createTime = StoredCreate;
    return a;
}

Alert incomingSubmission(const EngineFixture &f, const QString &path)
{
    Alert a = f.makeAlert(QStringLiteral("web01"), QStringLiteral("HttpError"), QStringLiteral("minor"));
    if (path == QLatin1StringView("new"))
        a.severity = QStringLiteral("major");
    else if (path == QLatin1StringView("correlate"))
        a.severity = QStringLiteral("warning");
    else if (path == QLatin1StringView("correlateEvent"))
        a.event = QStringLiteral("HttpOK"); // listed in the stored alert's correlate, same severity
    a.id = IncomingId;
    a.correlate = {a.event, QStringLiteral("Other")};
    a.service = {QStringLiteral("Api"), QStringLiteral("Web")};
    a.group = QStringLiteral("Other");
    a.value = QStringLiteral("503");
    a.text = QStringLiteral("second");
    a.tags = {QStringLiteral("b"), QStringLiteral("c")};
    a.attributes = {{QStringLiteral("owner"), QStringLiteral("dev")}, {QStringLiteral("rack"), QStringLiteral("r1")}};
    a.origin = QStringLiteral("other/host");
    a.type = QStringLiteral("otherType");
    a.timeout = 7200;
    a.rawData = QStringLiteral("raw2");
    a.createTime = IncomingCreate;
    return a;
}

QString n(qint64 v)
{
    return QString::number(v);
}

QString entry(const QString &type,
              const QString &id,
              const QString &event,
              const QString &severity,
              const QString &status,
              Timestamp updateTime,
              const QString &user,
              qint64 timeout)
{
    return QStringList{type,
                       id,
                       event,
                       severity,
                       status,
                       QStringLiteral("503"),
                       QStringLiteral("second"),
                       n(updateTime),
                       user,
                       n(timeout)}
        .join(u'|');
}

} // namespace

class TestReceive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void shouldApplyFieldRulesOfEachPath_data();
    void shouldApplyFieldRulesOfEachPath();
    void shouldClassifyByKeys_data();
    void shouldClassifyByKeys();
    void shouldCountDuplicatesAndResetOnCorrelation_data();
    void shouldCountDuplicatesAndResetOnCorrelation();
    void shouldComputeTrendAndPreviousSeverity_data();
    void shouldComputeTrendAndPreviousSeverity();
    void shouldApplyAlarmModelOnReceive_data();
    void shouldApplyAlarmModelOnReceive();
    void shouldRecordDuplicateHistoryByRule_data();
    void shouldRecordDuplicateHistoryByRule();
    void shouldCapHistoryKeepingNewest_data();
    void shouldCapHistoryKeepingNewest();
    void shouldCompleteAnAnswerWithTheHistoryAsItWasAtItsReceive();
    void shouldAnswerWithNoMoreHistoryThanTheLimitAfterItWasLowered();
    void shouldTellListenersBothSidesOfAReceiveWithoutHistory();
    void shouldRejectUnknownSeverity_data();
    void shouldRejectUnknownSeverity();
    void shouldRecordAnonymousSubmissionWithNullUser();
    void shouldAnswerWithTheMatchedAlertWhenItsIdPrefixesAnother();
    void shouldRefuseANewAlertWithAnotherAlertsId();
    void shouldFollowAConfiguredSeverityMap_data();
    void shouldFollowAConfiguredSeverityMap();
};

void TestReceive::initTestCase()
{
    // One store per test row: keep the store's "opened" lines out of the output.
    QLoggingCategory::setFilterRules(QStringLiteral("alerta.*.info=false"));
}

void TestReceive::shouldApplyFieldRulesOfEachPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");

    const QString bob = QStringLiteral("bob");
    struct Row
    {
        const char *field;
        QString created;     // New
        QString duplicate;   // Duplicate
        QString correlate;   // Correlated: same event, other severity (minor -> warning)
        QString correlateEv; // Correlated: other event from the stored correlate list, same severity
    };
    // clang-format off
    const QList<Row> rows = {
        {"id",              IncomingId, StoredId, StoredId, StoredId},
        {"resource",        qs("web01"), qs("web01"), qs("web01"), qs("web01")},
        {"event",           qs("HttpError"), qs("HttpError"), qs("HttpError"), qs("HttpOK")},
        {"environment",     qs("Production"), qs("Production"), qs("Production"), qs("Production")},
        {"severity",        qs("major"), qs("minor"), qs("warning"), qs("minor")},
        {"status",          qs("open"), qs("open"), qs("open"), qs("open")},
        {"service",         qs("Api,Web"), qs("Api,Web"), qs("Api,Web"), qs("Api,Web")},
        {"value",           qs("503"), qs("503"), qs("503"), qs("503")},
        {"text",            qs("second"), qs("second"), qs("second"), qs("second")},
        {"timeout",         qs("7200"), qs("7200"), qs("7200"), qs("7200")},
        {"rawData",         qs("raw2"), qs("raw2"), qs("raw2"), qs("raw2")},
        {"tags",            qs("b,c"), qs("a,b,c"), qs("a,b,c"), qs("a,b,c")},
        {"attributes",      QStringLiteral(R"({"owner":"dev","rack":"r1"})"),
                            QStringLiteral(R"({"owner":"dev","rack":"r1","region":"eu"})"),
                            QStringLiteral(R"({"owner":"dev","rack":"r1","region":"eu"})"),
                            QStringLiteral(R"({"owner":"dev","rack":"r1","region":"eu"})")},
        {"createTime",      n(IncomingCreate), n(StoredCreate), n(IncomingCreate), n(IncomingCreate)},
        {"group",           qs("Other"), qs("Misc"), qs("Misc"), qs("Misc")},
        {"origin",          qs("other/host"), qs("test/host"), qs("test/host"), qs("test/host")},
        {"type",            qs("otherType"), qs("exceptionAlert"), qs("exceptionAlert"), qs("exceptionAlert")},
        {"correlate",       qs("HttpError,Other"), qs("HttpError,HttpOK"), qs("HttpError,HttpOK"),
                            qs("HttpError,HttpOK")},
        {"customer",        qs("<null>"), qs("<null>"), qs("<null>"), qs("<null>")},
        {"duplicateCount",  qs("0"), qs("1"), qs("0"), qs("0")},
        {"repeat",          qs("false"), qs("true"), qs("false"), qs("false")},
        {"previousSeverity", qs("indeterminate"), qs("indeterminate"), qs("minor"), qs("minor")},
        // stored: trend(indeterminate, minor) = moreSevere
        {"trendIndication", qs("moreSevere"), qs("moreSevere"), qs("lessSevere"), qs("noChange")},
        {"receiveTime",     n(Later), n(Start), n(Later), n(Later)},
        {"lastReceiveId",   IncomingId, IncomingId, IncomingId, IncomingId},
        {"lastReceiveTime", n(Later), n(Later), n(Later), n(Later)},
        // The status stays open on every path here: updateTime moves only on create.
        {"updateTime",      n(Later), n(Start), n(Start), n(Start)},
        {"history.count",   qs("1"), qs("2"), qs("2"), qs("2")},
        {"history.newest",
         entry(qs("new"), IncomingId, qs("HttpError"), qs("major"), qs("open"), IncomingCreate, bob, 7200),
         entry(qs("value"), IncomingId, qs("HttpError"), qs("minor"), qs("open"), IncomingCreate, bob, 7200),
         entry(qs("severity"), IncomingId, qs("HttpError"), qs("warning"), qs("open"), IncomingCreate, bob, 7200),
         entry(qs("severity"), IncomingId, qs("HttpOK"), qs("minor"), qs("open"), IncomingCreate, bob, 7200)},
    };
    // clang-format on
    for (const Row &row : rows) {
        const QList<QPair<const char *, QString>> paths = {{"new", row.created},
                                                           {"duplicate", row.duplicate},
                                                           {"correlate", row.correlate},
                                                           {"correlateEvent", row.correlateEv}};
        for (const auto &[path, expected] : paths) {
            QTest::addRow("%s/%s", path, row.field)
                << QString::fromLatin1(path) << QString::fromLatin1(row.field) << expected;
        }
    }
}

void TestReceive::shouldApplyFieldRulesOfEachPath()
{
    QFETCH(QString, path);
    QFETCH(QString, field);
    QFETCH(QString, expected);

    // Given: for every path but "new", an alert stored at Start by alice
    EngineFixture f;
    if (path != QLatin1StringView("new")) {
        const Result<ReceiveResult> first =
            f.engine->receive(storedSubmission(f), Caller{QStringLiteral("alice"), {}, {}});
        QVERIFY2(first.ok(), qPrintable(errorText(first)));
        QCOMPARE(first->alert.updateTime, Start);
    }

    // When: a minute later bob sends the second submission
    f.clock->set(Later);
    const Result<ReceiveResult> r =
        f.engine->receive(incomingSubmission(f, path), Caller{QStringLiteral("bob"), {}, {}});

    // Then: the path is the expected one, the returned alert is what is stored, and the field follows §3.3
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(kindName(r->kind), path == QLatin1StringView("correlateEvent") ? QStringLiteral("correlate") : path);
    const Result<Alert> stored = f.engine->alert(r->alert.id);
    QVERIFY2(stored.ok(), qPrintable(errorText(stored)));
    QCOMPARE(fieldText(r->alert, field), fieldText(*stored, field));
    QCOMPARE(fieldText(*stored, field), expected);
    QCOMPARE(f.alertCount(), 1);
}

void TestReceive::shouldClassifyByKeys_data()
{
    QTest::addColumn<QString>("storedCustomer");
    QTest::addColumn<QStringList>("storedCorrelate");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("customer");
    QTest::addColumn<QStringList>("incomingCorrelate");
    QTest::addColumn<QString>("expectedKind");
    QTest::addColumn<int>("expectedAlerts");

    // Stored: Production / web01 / NodeDown / major.
    const QString none;
    const QString a = QStringLiteral("A");
    const QString b = QStringLiteral("B");
    const QString prod = QStringLiteral("Production");
    const QString dev = QStringLiteral("Development");
    const QString web01 = QStringLiteral("web01");
    const QString down = QStringLiteral("NodeDown");
    const QString up = QStringLiteral("NodeUp");
    const QString major = QStringLiteral("major");
    const QStringList downUp = {down, up};
    const QStringList noList;
    const QString dup = QStringLiteral("duplicate");
    const QString corr = QStringLiteral("correlate");
    const QString created = QStringLiteral("new");

    // clang-format off
    QTest::newRow("same five keys: duplicate")
        << none << downUp << prod << web01 << down << major << none << noList << dup << 1;
    QTest::newRow("same event, other severity: correlated")
        << none << downUp << prod << web01 << down << qs("critical") << none << noList << corr << 1;
    QTest::newRow("same event, normal severity: correlated")
        << none << noList << prod << web01 << down << qs("normal") << none << noList << corr << 1;
    QTest::newRow("other environment: new")
        << none << downUp << dev << web01 << down << major << none << noList << created << 2;
    QTest::newRow("other resource: new")
        << none << downUp << prod << qs("web02") << down << major << none << noList << created << 2;
    QTest::newRow("resource differs only in case: new")
        << none << downUp << prod << qs("WEB01") << down << major << none << noList << created << 2;
    QTest::newRow("other event, not correlated: new")
        << none << downUp << prod << web01 << qs("DiskFull") << major << none << noList << created << 2;
    QTest::newRow("event in stored correlate: correlated")
        << none << downUp << prod << web01 << up << major << none << noList << corr << 1;
    QTest::newRow("event in stored correlate, other sev")
        << none << downUp << prod << web01 << up << qs("minor") << none << noList << corr << 1;
    QTest::newRow("only incoming correlate lists stored")
        << none << noList << prod << web01 << up << major << none << downUp << created << 2;
    QTest::newRow("stored correlate, other environment")
        << none << downUp << dev << web01 << up << major << none << noList << created << 2;
    QTest::newRow("stored correlate, other customer")
        << none << downUp << prod << web01 << up << major << a << noList << created << 2;
    QTest::newRow("customer null vs A: new")
        << none << downUp << prod << web01 << down << major << a << noList << created << 2;
    QTest::newRow("customer A vs null: new")
        << a << downUp << prod << web01 << down << major << none << noList << created << 2;
    QTest::newRow("customer A vs B: new")
        << a << downUp << prod << web01 << down << major << b << noList << created << 2;
    QTest::newRow("customer A vs A: duplicate")
        << a << downUp << prod << web01 << down << major << a << noList << dup << 1;
    QTest::newRow("customer A vs A, other severity")
        << a << downUp << prod << web01 << down << qs("minor") << a << noList << corr << 1;
    QTest::newRow("customer A, stored correlate")
        << a << downUp << prod << web01 << up << major << a << noList << corr << 1;
    QTest::newRow("customer null vs A, other severity: new")
        << none << downUp << prod << web01 << down << qs("minor") << a << noList << created << 2;
    // clang-format on
}

void TestReceive::shouldClassifyByKeys()
{
    QFETCH(QString, storedCustomer);
    QFETCH(QStringList, storedCorrelate);
    QFETCH(QString, environment);
    QFETCH(QString, resource);
    QFETCH(QString, event);
    QFETCH(QString, severity);
    QFETCH(QString, customer);
    QFETCH(QStringList, incomingCorrelate);
    QFETCH(QString, expectedKind);
    QFETCH(int, expectedAlerts);

    // Given: a stored alert Production / web01 / NodeDown / major with the row's customer and correlate list
    EngineFixture f;
    Alert stored = f.makeAlert(QStringLiteral("web01"), QStringLiteral("NodeDown"), QStringLiteral("major"));
    stored.customer = storedCustomer;
    stored.correlate = storedCorrelate;
    const Result<ReceiveResult> first = f.engine->receive(stored);
    QVERIFY2(first.ok(), qPrintable(errorText(first)));

    // When: a submission with the row's keys arrives
    f.clock->advanceSeconds(10);
    Alert incoming = f.makeAlert(resource, event, severity);
    incoming.environment = environment;
    incoming.customer = customer;
    incoming.correlate = incomingCorrelate;
    const Result<ReceiveResult> r = f.engine->receive(incoming);

    // Then: it took the expected path, onto the stored alert unless new
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(kindName(r->kind), expectedKind);
    QCOMPARE(f.alertCount(), expectedAlerts);
    QCOMPARE(r->alert.id, expectedKind == QLatin1StringView("new") ? incoming.id : stored.id);
    QCOMPARE(r->alert.event, event);
    QCOMPARE(r->alert.severity, severity);
    QCOMPARE(orNull(r->alert.customer), orNull(customer));
    // A new alert keeps its own correlate list; a matched one keeps the stored list, never the incoming one.
    QCOMPARE(r->alert.correlate, expectedKind == QLatin1StringView("new") ? incomingCorrelate : storedCorrelate);
    // And the stored alert the submission did not match is untouched.
    if (expectedKind == QLatin1StringView("new")) {
        const Result<Alert> untouched = f.engine->alert(stored.id);
        QVERIFY2(untouched.ok(), qPrintable(errorText(untouched)));
        QCOMPARE(untouched->duplicateCount, 0);
        QCOMPARE(untouched->lastReceiveId, stored.id);
        QCOMPARE(untouched->history.size(), 1);
    }
}

void TestReceive::shouldCountDuplicatesAndResetOnCorrelation_data()
{
    QTest::addColumn<int>("receives");
    QTest::newRow("once") << 1;
    QTest::newRow("twice") << 2;
    QTest::newRow("seven times") << 7;
}

void TestReceive::shouldCountDuplicatesAndResetOnCorrelation()
{
    QFETCH(int, receives);

    // Given: the same alert sent `receives` times
    EngineFixture f;
    const Alert base = f.makeAlert(QStringLiteral("db01"), QStringLiteral("Lag"), QStringLiteral("warning"));
    QString lastId;
    for (int i = 0; i < receives; ++i) {
        Alert again = base;
        if (i > 0)
            again.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        lastId = again.id;
        f.clock->advanceSeconds(1);
        const Result<ReceiveResult> r = f.engine->receive(again);
        QVERIFY2(r.ok(), qPrintable(errorText(r)));
    }

    // Then: duplicateCount counts every receive after the first, repeat says whether there was one
    Result<Alert> a = f.engine->alert(base.id);
    QVERIFY2(a.ok(), qPrintable(errorText(a)));
    QCOMPARE(a->duplicateCount, receives - 1);
    QCOMPARE(a->repeat, receives > 1);
    QCOMPARE(a->lastReceiveId, lastId);

    // When: a correlation follows
    f.clock->advanceSeconds(1);
    Alert worse = base;
    worse.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    worse.severity = QStringLiteral("critical");
    QVERIFY(f.engine->receive(worse).ok());

    // Then: both are reset
    a = f.engine->alert(base.id);
    QCOMPARE(a->duplicateCount, 0);
    QCOMPARE(a->repeat, false);

    // When: and a duplicate of the new severity follows
    f.clock->advanceSeconds(1);
    worse.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(f.engine->receive(worse).ok());

    // Then: counting starts again from the correlation
    a = f.engine->alert(base.id);
    QCOMPARE(a->duplicateCount, 1);
    QCOMPARE(a->repeat, true);
}

void TestReceive::shouldComputeTrendAndPreviousSeverity_data()
{
    QTest::addColumn<QString>("storedSeverity"); // empty: no stored alert, the submission creates one
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("expectedTrend");
    QTest::addColumn<QString>("expectedPreviousSeverity");

    const QString none;
    // clang-format off
    QTest::newRow("new critical vs indeterminate")
        << none << qs("critical") << qs("moreSevere") << qs("indeterminate");
    QTest::newRow("new security")
        << none << qs("security") << qs("moreSevere") << qs("indeterminate");
    QTest::newRow("new indeterminate")
        << none << qs("indeterminate") << qs("noChange") << qs("indeterminate");
    QTest::newRow("new informational")
        << none << qs("informational") << qs("lessSevere") << qs("indeterminate");
    QTest::newRow("new normal")
        << none << qs("normal") << qs("lessSevere") << qs("indeterminate");
    QTest::newRow("new debug")
        << none << qs("debug") << qs("lessSevere") << qs("indeterminate");
    QTest::newRow("new unknown")
        << none << qs("unknown") << qs("lessSevere") << qs("indeterminate");
    QTest::newRow("correlate minor to critical")
        << qs("minor") << qs("critical") << qs("moreSevere") << qs("minor");
    QTest::newRow("correlate critical to minor")
        << qs("critical") << qs("minor") << qs("lessSevere") << qs("critical");
    QTest::newRow("correlate security to critical")
        << qs("security") << qs("critical") << qs("lessSevere") << qs("security");
    QTest::newRow("correlate warning to minor")
        << qs("warning") << qs("minor") << qs("moreSevere") << qs("warning");
    QTest::newRow("correlate normal to ok: same level")
        << qs("normal") << qs("ok") << qs("noChange") << qs("normal");
    QTest::newRow("correlate trace to debug")
        << qs("trace") << qs("debug") << qs("moreSevere") << qs("trace");
    // Duplicates leave both as the creation set them.
    QTest::newRow("duplicate major keeps creation's")
        << qs("major") << qs("major") << qs("moreSevere") << qs("indeterminate");
    QTest::newRow("duplicate debug keeps creation's")
        << qs("debug") << qs("debug") << qs("lessSevere") << qs("indeterminate");
    // clang-format on
}

void TestReceive::shouldComputeTrendAndPreviousSeverity()
{
    QFETCH(QString, storedSeverity);
    QFETCH(QString, severity);
    QFETCH(QString, expectedTrend);
    QFETCH(QString, expectedPreviousSeverity);

    // Given: optionally a stored alert at storedSeverity
    EngineFixture f;
    if (!storedSeverity.isEmpty()) {
        const Result<ReceiveResult> first =
            f.engine->receive(f.makeAlert(QStringLiteral("sw1"), QStringLiteral("PortDown"), storedSeverity));
        QVERIFY2(first.ok(), qPrintable(errorText(first)));
    }

    // When: a submission with `severity` arrives
    f.clock->advanceSeconds(5);
    const Result<ReceiveResult> r =
        f.engine->receive(f.makeAlert(QStringLiteral("sw1"), QStringLiteral("PortDown"), severity));

    // Then
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    const Result<Alert> stored = f.engine->alert(r->alert.id);
    QCOMPARE(stored->severity, severity);
    QCOMPARE(stored->trendIndication, expectedTrend);
    QCOMPARE(stored->previousSeverity, expectedPreviousSeverity);
}

void TestReceive::shouldApplyAlarmModelOnReceive_data()
{
    QTest::addColumn<QString>("initialSeverity"); // empty: nothing stored, the submission creates the alert
    QTest::addColumn<QStringList>("setup");       // EngineFixture::applySteps
    QTest::addColumn<QString>("event");           // empty: the stored event (NodeDown); NodeUp is in its correlate
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("status"); // the submission's own status (normally open)
    QTest::addColumn<QString>("expectedKind");
    QTest::addColumn<QString>("expectedStatus");

    const QString none;
    const QString up = QStringLiteral("NodeUp");
    const QString open = QStringLiteral("open");
    const QString dup = QStringLiteral("duplicate");
    const QString corr = QStringLiteral("correlate");
    const QString created = QStringLiteral("new");
    const QString critical = QStringLiteral("critical");
    const QString major = QStringLiteral("major");
    const QString minor = QStringLiteral("minor");
    const QString normal = QStringLiteral("normal");
    const QStringList nothing;
    const QStringList acked = {QStringLiteral("ack")};
    const QStringList shelved = {QStringLiteral("shelve")};
    const QStringList expired = {QStringLiteral("expired")};

    // clang-format off
    // open
    QTest::newRow("open + duplicate: open")
        << major << nothing << none << major << open << dup << open;
    QTest::newRow("open + more severe: open")
        << major << nothing << none << critical << open << corr << open;
    QTest::newRow("open + less severe: open")
        << major << nothing << none << minor << open << corr << open;
    QTest::newRow("open + normal: closed")
        << major << nothing << none << normal << open << corr << qs("closed");
    QTest::newRow("open + ok: closed")
        << major << nothing << none << qs("ok") << open << corr << qs("closed");
    QTest::newRow("open + cleared: closed")
        << major << nothing << none << qs("cleared") << open << corr << qs("closed");
    QTest::newRow("open + correlated event normal: closed")
        << major << nothing << up << normal << open << corr << qs("closed");
    // ack
    QTest::newRow("ack + duplicate: ack")
        << minor << acked << none << minor << open << dup << qs("ack");
    QTest::newRow("ack + correlate more severe: open")
        << minor << acked << none << major << open << corr << open;
    QTest::newRow("ack + correlate much more severe: open")
        << minor << acked << none << critical << open << corr << open;
    QTest::newRow("ack + correlate less severe: ack")
        << major << acked << none << minor << open << corr << qs("ack");
    QTest::newRow("ack + correlate informational: ack")
        << major << acked << none << qs("informational") << open << corr << qs("ack");
    QTest::newRow("ack + correlated event more severe: open")
        << minor << acked << up << major << open << corr << open;
    QTest::newRow("ack + correlated event same severity: ack")
        << minor << acked << up << minor << open << corr << qs("ack");
    QTest::newRow("ack at indeterminate + more severe: ack")
        << qs("indeterminate") << acked << none << critical << open << corr << qs("ack");
    QTest::newRow("ack + normal: closed")
        << major << acked << none << normal << open << corr << qs("closed");
    QTest::newRow("ack + duplicate after dup: ack")
        << major << qsl({"ack", "recv major"}) << none << major << open << dup << qs("ack");
    // shelved
    QTest::newRow("shelved + duplicate: shelved")
        << major << shelved << none << major << open << dup << qs("shelved");
    QTest::newRow("shelved + more severe: shelved")
        << major << shelved << none << critical << open << corr << qs("shelved");
    QTest::newRow("shelved + less severe: shelved")
        << major << shelved << none << minor << open << corr << qs("shelved");
    QTest::newRow("acked then shelved + more severe: shelved")
        << minor << qsl({"ack", "shelve"}) << none << critical << open << corr << qs("shelved");
    QTest::newRow("shelved + normal: closed")
        << major << shelved << none << normal << open << corr << qs("closed");
    // closed
    QTest::newRow("closed by action + major: open")
        << major << qsl({"close"}) << none << major << open << corr << open;
    QTest::newRow("closed by normal + major: open")
        << major << qsl({"recv normal"}) << none << major << open << corr << open;
    QTest::newRow("closed by normal + duplicate normal: closed")
        << major << qsl({"recv normal"}) << none << normal << open << dup << qs("closed");
    QTest::newRow("closed + ok: closed")
        << major << qsl({"recv normal"}) << none << qs("ok") << open << corr << qs("closed");
    QTest::newRow("acked then closed + major: open")
        << major << qsl({"ack", "close"}) << none << major << open << corr << open;
    QTest::newRow("shelved then closed by action + major: shelved")
        << major << qsl({"shelve", "close"}) << none << major << open << corr << qs("shelved");
    QTest::newRow("shelved then closed by normal + major: shelved")
        << major << qsl({"shelve", "recv normal"}) << none << major << open << corr << qs("shelved");
    // expired
    QTest::newRow("expired + duplicate: open")
        << major << expired << none << major << open << dup << open;
    QTest::newRow("expired + more severe: open")
        << major << expired << none << critical << open << corr << open;
    QTest::newRow("expired + less severe: open")
        << major << expired << none << minor << open << corr << open;
    QTest::newRow("expired + normal: closed")
        << major << expired << none << normal << open << corr << qs("closed");
    // a sender- or plugin-chosen status (SET-*), and blackout (BLK-*)
    QTest::newRow("open + duplicate sent as ack: ack")
        << major << nothing << none << major << qs("ack") << dup << qs("ack");
    QTest::newRow("open + duplicate sent as blackout: blackout")
        << major << nothing << none << major << qs("blackout") << dup << qs("blackout");
    QTest::newRow("open + normal sent as blackout: closed")
        << major << nothing << none << normal << qs("blackout") << corr << qs("closed");
    QTest::newRow("blackout + duplicate: status before (open)")
        << major << qsl({"recv major blackout"}) << none << major << open << dup << open;
    QTest::newRow("blackout + duplicate: status before (ack)")
        << major << qsl({"ack", "recv major blackout"}) << none << major << open << dup << qs("ack");
    QTest::newRow("blackout + normal: status before, not closed")
        << major << qsl({"recv major blackout"}) << none << normal << open << corr << open;
    // new alerts
    QTest::newRow("new major: open")
        << none << nothing << none << major << open << created << open;
    QTest::newRow("new informational: open")
        << none << nothing << none << qs("informational") << open << created << open;
    QTest::newRow("new normal: closed")
        << none << nothing << none << normal << open << created << qs("closed");
    QTest::newRow("new ok: closed")
        << none << nothing << none << qs("ok") << open << created << qs("closed");
    QTest::newRow("new cleared: closed")
        << none << nothing << none << qs("cleared") << open << created << qs("closed");
    QTest::newRow("new sent as ack: ack")
        << none << nothing << none << major << qs("ack") << created << qs("ack");
    QTest::newRow("new normal sent as blackout: closed")
        << none << nothing << none << normal << qs("blackout") << created << qs("closed");
    // clang-format on
}

void TestReceive::shouldApplyAlarmModelOnReceive()
{
    QFETCH(QString, initialSeverity);
    QFETCH(QStringList, setup);
    QFETCH(QString, event);
    QFETCH(QString, severity);
    QFETCH(QString, status);
    QFETCH(QString, expectedKind);
    QFETCH(QString, expectedStatus);

    // Given: web01/NodeDown (correlate NodeDown, NodeUp) stored at initialSeverity and taken through `setup`
    EngineFixture f;
    Alert base = f.makeAlert(QStringLiteral("web01"), QStringLiteral("NodeDown"), initialSeverity);
    base.correlate = {QStringLiteral("NodeDown"), QStringLiteral("NodeUp")};
    std::optional<Alert> before;
    if (!initialSeverity.isEmpty()) {
        const Result<ReceiveResult> first = f.engine->receive(base);
        QVERIFY2(first.ok(), qPrintable(errorText(first)));
        const QString failed = f.applySteps(base, setup);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const Result<Alert> stored = f.engine->alert(base.id);
        QVERIFY2(stored.ok(), qPrintable(errorText(stored)));
        before = *stored;
    }

    // When: a submission with the row's event, severity and status arrives a minute later
    f.clock->advanceSeconds(60);
    const Timestamp now = f.clock->now();
    Alert incoming = base;
    incoming.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    incoming.event = event.isEmpty() ? base.event : event;
    incoming.severity = severity;
    incoming.status = status;
    incoming.createTime = now - 1000;
    const Result<ReceiveResult> r = f.engine->receive(incoming);

    // Then: the path and the resulting status are the table's, and the severity is always the incoming one
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(kindName(r->kind), expectedKind);
    const Result<Alert> after = f.engine->alert(r->alert.id);
    QVERIFY2(after.ok(), qPrintable(errorText(after)));
    QCOMPARE(after->status, expectedStatus);
    QCOMPARE(after->severity, severity);
    QCOMPARE(after->event, incoming.event);
    QCOMPARE(f.alertCount(), 1);

    // And: the newest history entry records the resulting status; updateTime moved only if the status changed
    QVERIFY(!after->history.isEmpty());
    if (!before) {
        QCOMPARE(after->history.size(), 1);
        QCOMPARE(after->history.first().type, QStringLiteral("new"));
        QCOMPARE(after->history.first().status, expectedStatus);
        QCOMPARE(after->updateTime, now);
        return;
    }
    const bool statusChanged = expectedStatus != before->status;
    QCOMPARE(after->updateTime, statusChanged ? now : before->updateTime);
    if (expectedKind == QLatin1StringView("correlate")) {
        QCOMPARE(after->history.size(), before->history.size() + 1);
        QCOMPARE(after->history.first().type, QStringLiteral("severity"));
        QCOMPARE(after->history.first().status, expectedStatus);
        QCOMPARE(after->history.first().id, incoming.id);
    } else if (statusChanged) {
        QCOMPARE(after->history.size(), before->history.size() + 1);
        QCOMPARE(after->history.first().type, QStringLiteral("status"));
        QCOMPARE(after->history.first().status, expectedStatus);
        QCOMPARE(after->history.first().id, incoming.id);
        QCOMPARE(after->history.first().updateTime, incoming.createTime);
    } else {
        // Same value, same status: a duplicate adds nothing.
        QCOMPARE(after->history.size(), before->history.size());
    }
}

void TestReceive::shouldRecordDuplicateHistoryByRule_data()
{
    QTest::addColumn<bool>("historyOnValueChange");
    QTest::addColumn<QStringList>("setup");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expectedNewestType"); // empty: the duplicate added no entry

    const QStringList nothing;
    const QStringList expired = {QStringLiteral("expired")};
    const QString same = QStringLiteral("n/a"); // EngineFixture::makeAlert's value
    const QString other = QStringLiteral("42");
    // clang-format off
    QTest::newRow("on, same value: none")
        << true << nothing << same << QString();
    QTest::newRow("on, new value: value")
        << true << nothing << other << qs("value");
    QTest::newRow("off, new value: none")
        << false << nothing << other << QString();
    QTest::newRow("off, same value: none")
        << false << nothing << same << QString();
    QTest::newRow("on, status change wins over value")
        << true << expired << other << qs("status");
    QTest::newRow("off, status change: status")
        << false << expired << same << qs("status");
    QTest::newRow("on, value equal to newest entry")
        << true << qsl({"ack"}) << same << QString();
    // clang-format on
}

void TestReceive::shouldRecordDuplicateHistoryByRule()
{
    QFETCH(bool, historyOnValueChange);
    QFETCH(QStringList, setup);
    QFETCH(QString, value);
    QFETCH(QString, expectedNewestType);

    // Given: HISTORY_ON_VALUE_CHANGE as in the row and a stored alert taken through `setup`
    EngineConfig config = EngineFixture::defaultConfig();
    config.historyOnValueChange = historyOnValueChange;
    EngineFixture f(config);
    const Alert base = f.makeAlert(QStringLiteral("db01"), QStringLiteral("Lag"), QStringLiteral("warning"));
    QVERIFY(f.engine->receive(base).ok());
    const QString failed = f.applySteps(base, setup);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    const Alert before = *f.engine->alert(base.id);

    // When: a duplicate with `value` arrives
    f.clock->advanceSeconds(30);
    Alert dup = base;
    dup.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    dup.value = value;
    dup.createTime = f.clock->now() - 500;
    const Result<ReceiveResult> r = f.engine->receive(dup, Caller{QStringLiteral("carol"), {}, {}});
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(kindName(r->kind), QStringLiteral("duplicate"));

    // Then: at most one entry was added, of the expected type, stamped like every receive-path entry
    const Alert after = *f.engine->alert(base.id);
    QCOMPARE(after.value, value);
    if (expectedNewestType.isEmpty()) {
        QCOMPARE(after.history.size(), before.history.size());
        QCOMPARE(after.history.first(), before.history.first());
        QCOMPARE(after.updateTime, before.updateTime);
        return;
    }
    QCOMPARE(after.history.size(), before.history.size() + 1);
    const HistoryEntry &h = after.history.first();
    QCOMPARE(h.type, expectedNewestType);
    QCOMPARE(h.id, dup.id);
    QCOMPARE(h.value, value);
    QCOMPARE(h.status, after.status);
    QCOMPARE(h.updateTime, dup.createTime);
    QCOMPARE(h.user, QStringLiteral("carol"));
    QCOMPARE(h.timeout, dup.timeout);
    // A value entry is not a status change: updateTime stays.
    QCOMPARE(after.updateTime, expectedNewestType == QLatin1StringView("status") ? f.clock->now() : before.updateTime);
}

void TestReceive::shouldCapHistoryKeepingNewest_data()
{
    QTest::addColumn<int>("historyLimit");
    QTest::addColumn<int>("duplicates");

    QTest::newRow("limit 5, 2 duplicates: all kept") << 5 << 2;
    QTest::newRow("limit 5, 4 duplicates: exactly full") << 5 << 4;
    QTest::newRow("limit 5, 5 duplicates: one dropped") << 5 << 5;
    QTest::newRow("limit 5, 12 duplicates") << 5 << 12;
    QTest::newRow("limit 1, 3 duplicates") << 1 << 3;
    QTest::newRow("default 100, 104 duplicates") << 100 << 104;
}

void TestReceive::shouldCapHistoryKeepingNewest()
{
    QFETCH(int, historyLimit);
    QFETCH(int, duplicates);

    // Given: HISTORY_LIMIT = historyLimit
    EngineConfig config = EngineFixture::defaultConfig();
    config.historyLimit = historyLimit;
    EngineFixture f(config);

    // When: an alert is created and then duplicated with a new value each time (one `value` entry each)
    Alert a = f.makeAlert(QStringLiteral("db01"), QStringLiteral("Lag"), QStringLiteral("warning"));
    QStringList submissions; // oldest first
    Result<ReceiveResult> last = ApiError::notFound();
    for (int i = 0; i <= duplicates; ++i) {
        if (i > 0)
            a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        a.value = QString::number(i);
        a.createTime = f.clock->now();
        submissions.append(a.id);
        last = f.engine->receive(a);
        QVERIFY(last.ok());
        // Each answer carries the whole history so far, up to the limit (the look-up loads only the newest
        // entries; for receive() the writer reads the rest in the same transaction)
        QCOMPARE(last->alert.history.size(), std::min(historyLimit, i + 1));
        f.clock->advanceSeconds(1);
    }

    // Then: the newest historyLimit entries are kept, newest first, and the oldest are gone
    const Result<Alert> stored = f.engine->alert(submissions.first());
    QVERIFY2(stored.ok(), qPrintable(errorText(stored)));
    const qsizetype kept = std::min<qsizetype>(historyLimit, submissions.size());
    QCOMPARE(stored->history.size(), kept);
    QStringList expectedIds;
    for (qsizetype i = submissions.size() - 1; i >= submissions.size() - kept; --i)
        expectedIds.append(submissions.at(i));
    QStringList ids;
    QStringList types;
    for (const HistoryEntry &h : stored->history) {
        ids.append(h.id);
        types.append(h.type);
    }
    QCOMPARE(ids, expectedIds);
    QCOMPARE(stored->history.first().value, QString::number(duplicates));
    QCOMPARE(types.contains(QStringLiteral("new")), kept == submissions.size());
    for (qsizetype i = 1; i < stored->history.size(); ++i)
        QVERIFY(stored->history.at(i - 1).updateTime > stored->history.at(i).updateTime);
    // And: the last receive's answer has the same history as the stored alert
    QCOMPARE(last->alert.history, stored->history);
}

void TestReceive::shouldCompleteAnAnswerWithTheHistoryAsItWasAtItsReceive()
{
    // Given: an alert with five value entries
    EngineFixture f;
    Alert a;
    QVERIFY(receiveWithValues(f, a, 5));

    // When: one more receive is answered asynchronously, and another one follows before its answer is completed
    a.value = QStringLiteral("5");
    Result<ReceiveResult> answer = f.engine->receiveAsync(a).result();
    QVERIFY(answer.ok());
    const qsizetype fromWriter = answer->alert.history.size();
    f.clock->advanceSeconds(1);
    a.value = QStringLiteral("6");
    QVERIFY(f.engine->receive(a).ok());
    f.engine->completeHistory(*answer);

    // Then: SQLite's writer handed over only the newest entries (its time is what limits; the answer reads the rest
    // after the commit), PostgreSQL's loaded them all with the look-up; completed, the answer holds the six entries up
    // to its own receive, newest first, and not the later one
    if (&f.store->dialect() == &SqlDialect::postgres())
        QCOMPARE(fromWriter, 6);
    else
        QVERIFY(fromWriter < 6);
    QCOMPARE(answer->alert.history.size(), 6);
    QCOMPARE(historyValues(answer->alert.history), QStringLiteral("5,4,3,2,1,0"));
    QCOMPARE(answer->alert.history, f.engine->alert(a.id)->history.mid(1));
}

void TestReceive::shouldAnswerWithNoMoreHistoryThanTheLimitAfterItWasLowered()
{
    // Given: an alert with eight value entries, stored under a history limit of ten
    EngineFixture f;
    Alert a;
    QVERIFY(receiveWithValues(f, a, 8));

    // When: an engine configured with HISTORY_LIMIT 3 receives a duplicate that adds no entry
    EngineConfig lowered = EngineFixture::defaultConfig();
    lowered.historyLimit = 3;
    AlertEngine engine(f.store, lowered, f.clock);
    const Result<ReceiveResult> answer = engine.receive(a);

    // Then: the answer holds the three newest entries, whatever the store's writer loaded
    QVERIFY(answer.ok());
    QCOMPARE(answer->alert.duplicateCount, 8);
    QCOMPARE(historyValues(answer->alert.history), QStringLiteral("7,6,5"));
}

void TestReceive::shouldTellListenersBothSidesOfAReceiveWithoutHistory()
{
    // Given: a listener for change details (the live stream keeps thousands of them) and an alert with a long history
    EngineFixture f;
    QMutex mutex;
    QList<AlertEngine::ChangeDetails> heard;
    QObject::connect(
        f.engine.get(),
        &AlertEngine::alertChangeDetails,
        f.engine.get(),
        [&](const AlertEngine::ChangeDetails &details) {
            QMutexLocker lock(&mutex);
            heard.append(details);
        },
        Qt::DirectConnection);
    Alert a;
    QVERIFY(receiveWithValues(f, a, 30));

    // Then: the last change is a duplicate from value 28 to 29, and neither side holds history, nor a buffer for it
    QMutexLocker lock(&mutex);
    QCOMPARE(heard.size(), 30);
    const AlertEngine::ChangeDetails &last = heard.last();
    QCOMPARE(last.change, AlertEngine::Change::Duplicated);
    QVERIFY(last.before && last.after);
    QCOMPARE(last.before->value, QStringLiteral("28"));
    QCOMPARE(last.after->value, QStringLiteral("29"));
    QCOMPARE(last.before->duplicateCount + 1, last.after->duplicateCount);
    for (const std::optional<Alert> *side : {&last.before, &last.after}) {
        QVERIFY((*side)->history.isEmpty());
        QCOMPARE((*side)->history.capacity(), 0);
    }
}

void TestReceive::shouldRejectUnknownSeverity_data()
{
    QTest::addColumn<bool>("stored");
    QTest::addColumn<QString>("severity");

    QTest::newRow("new alert, unknown word") << false << QStringLiteral("bogus");
    QTest::newRow("new alert, wrong case") << false << QStringLiteral("Major");
    QTest::newRow("onto a stored alert (would correlate)") << true << QStringLiteral("bogus");
    QTest::newRow("onto a stored alert, wrong case") << true << QStringLiteral("CRITICAL");
}

void TestReceive::shouldRejectUnknownSeverity()
{
    QFETCH(bool, stored);
    QFETCH(QString, severity);

    // Given: optionally a stored alert with the same key
    EngineFixture f;
    const Alert base = f.makeAlert(QStringLiteral("web01"), QStringLiteral("NodeDown"), QStringLiteral("major"));
    std::optional<Alert> before;
    if (stored) {
        QVERIFY(f.engine->receive(base).ok());
        before = *f.engine->alert(base.id);
    }

    // When: a submission with a severity outside the map arrives
    f.clock->advanceSeconds(1);
    Alert incoming = base;
    incoming.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    incoming.severity = severity;
    const Result<ReceiveResult> r = f.engine->receive(incoming);

    // Then: 400 with upstream's message listing the severities in level order, and nothing is written
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, 400);
    QCOMPARE(r.error().message,
             QStringLiteral("Severity (%1) is not one of security, critical, major, minor, warning, indeterminate, "
                            "informational, normal, ok, cleared, debug, trace, unknown")
                 .arg(severity));
    QCOMPARE(f.alertCount(), stored ? 1 : 0);
    if (before)
        QVERIFY(*f.engine->alert(base.id) == *before);
}

void TestReceive::shouldRecordAnonymousSubmissionWithNullUser()
{
    // Given: an anonymous caller (auth disabled)
    EngineFixture f;
    const Alert a = f.makeAlert(QStringLiteral("web01"), QStringLiteral("NodeDown"), QStringLiteral("major"));

    // When: it creates and then correlates an alert
    QVERIFY(f.engine->receive(a).ok());
    Alert worse = a;
    worse.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    worse.severity = QStringLiteral("critical");
    QVERIFY(f.engine->receive(worse).ok());

    // Then: both receive-path entries have a null user
    const Result<Alert> stored = f.engine->alert(a.id);
    QCOMPARE(stored->history.size(), 2);
    QVERIFY(stored->history.at(0).user.isNull());
    QVERIFY(stored->history.at(1).user.isNull());
}

void TestReceive::shouldAnswerWithTheMatchedAlertWhenItsIdPrefixesAnother()
{
    // Given: sender-chosen ids (any string is accepted, spec §1.1) where one id is a prefix of an older alert's id
    EngineFixture f;
    Alert older = f.makeAlert(QStringLiteral("web02"), QStringLiteral("NodeDown"), QStringLiteral("major"));
    older.id = QStringLiteral("abcd");
    Alert mine = f.makeAlert(QStringLiteral("web01"), QStringLiteral("NodeDown"), QStringLiteral("major"));
    mine.id = QStringLiteral("abc");
    QVERIFY(f.engine->receive(older).ok());
    QVERIFY(f.engine->receive(mine).ok());

    // When: a duplicate of "abc" arrives
    Alert dup = mine;
    dup.id = QStringLiteral("zzz-1");
    const Result<ReceiveResult> r = f.engine->receive(dup);

    // Then: the answer (the 201 body of POST /alert) is the alert that was updated, not its neighbour
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(kindName(r->kind), QStringLiteral("duplicate"));
    QCOMPARE(r->alert.id, mine.id);
    QCOMPARE(r->alert.resource, QStringLiteral("web01"));
    QCOMPARE(r->alert.duplicateCount, 1);
    QCOMPARE(r->alert.lastReceiveId, dup.id);
}

void TestReceive::shouldRefuseANewAlertWithAnotherAlertsId()
{
    // Given: an alert stored under a sender-chosen id
    EngineFixture f;
    Alert first = f.makeAlert(QStringLiteral("web01"), QStringLiteral("NodeDown"), QStringLiteral("major"));
    first.id = QStringLiteral("chosen-id");
    QVERIFY(f.engine->receive(first).ok());

    // When: a new alert (another key) arrives with the same id
    Alert other = f.makeAlert(QStringLiteral("web02"), QStringLiteral("NodeDown"), QStringLiteral("major"));
    other.id = first.id;
    const Result<ReceiveResult> refused = f.engine->receive(other);

    // Then: a conflict, not a server error; nothing of it is stored, and the store goes on receiving
    QCOMPARE(errorText(refused), QStringLiteral("409 alert with id 'chosen-id' already exists"));
    QCOMPARE(f.engine->alert(first.id, {})->resource, QStringLiteral("web01"));
    other.id = QStringLiteral("another-id");
    QVERIFY2(f.engine->receive(other).ok(), "the same alert with a free id");
    // And: a duplicate may carry any id: it only becomes the alert's lastReceiveId
    Alert duplicate = first;
    duplicate.id = QStringLiteral("another-id");
    const Result<ReceiveResult> counted = f.engine->receive(duplicate);
    QVERIFY2(counted.ok(), qPrintable(errorText(counted)));
    QCOMPARE(counted->alert.duplicateCount, 1);
}

void TestReceive::shouldFollowAConfiguredSeverityMap_data()
{
    QTest::addColumn<QStringList>("severities"); // received in order for one key
    QTest::addColumn<QString>("expected");       // severity status trend previousSeverity, or the error

    // A SEVERITY_MAP replacing the built-in one (spec §2.1): fatal(0) high(1) low(2) fine(3), normal = fine,
    // previous default = low.
    QTest::newRow("more severe than the previous default") << qsl({"high"}) << qs("high open moreSevere low");
    QTest::newRow("same level as the previous default") << qsl({"low"}) << qs("low open noChange low");
    QTest::newRow("normal level closes") << qsl({"fine"}) << qs("fine closed lessSevere low");
    QTest::newRow("correlation by level") << qsl({"low", "fatal"}) << qs("fatal open moreSevere low");
    QTest::newRow("built-in names are unknown")
        << qsl({"major"}) << qs("400 Severity (major) is not one of fatal, high, low, fine");
}

void TestReceive::shouldFollowAConfiguredSeverityMap()
{
    QFETCH(QStringList, severities);
    QFETCH(QString, expected);

    // Given: an engine configured with its own severity map
    EngineConfig config = EngineFixture::defaultConfig();
    config.severities = SeverityMap::create({{qs("fatal"), 0}, {qs("high"), 1}, {qs("low"), 2}, {qs("fine"), 3}},
                                            qs("fine"),
                                            qs("low"),
                                            qs("low"))
                            .value();
    EngineFixture f(config);

    // When: alerts of one key arrive with these severities
    Result<ReceiveResult> last = ApiError::internal(qs("nothing received"));
    for (const QString &severity : severities)
        last = f.engine->receive(f.makeAlert(qs("db01"), qs("Replication"), severity));

    // Then: levels, normal closing and trends follow the configured map
    const QString actual = last.ok() ? QStringList{last->alert.severity,
                                                   last->alert.status,
                                                   last->alert.trendIndication,
                                                   last->alert.previousSeverity}
                                           .join(u' ')
                                     : QString::number(last.error().code) + u' ' + last.error().message;
    QCOMPARE(actual, expected);
}

QTEST_GUILESS_MAIN(TestReceive)
#include "testreceive.moc"
