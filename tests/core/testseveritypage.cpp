// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QTest>

#include "core/severitymap.h"
#include "core/severitypage.h"
#include "tests/support/testtext.h"

// SeverityPage: which severities a page sorted by severity first shows, and where it starts among them.

namespace {

/// "critical=2 major=3" as counts by severity.
QMap<QString, qint64> counts(const QString &text)
{
    QMap<QString, qint64> result;
    for (const QString &item : text.split(u' ', Qt::SkipEmptyParts))
        result.insert(item.section(u'=', 0, 0), item.section(u'=', 1).toLongLong());
    return result;
}

} // namespace

class TestSeverityPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldNarrowToTheSeveritiesOnThePage_data();
    void shouldNarrowToTheSeveritiesOnThePage();
};

void TestSeverityPage::shouldNarrowToTheSeveritiesOnThePage_data()
{
    QTest::addColumn<QString>("counts");
    QTest::addColumn<bool>("ascending");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("severities"); // on the page, in IN order; empty: the selection is left as it was
    QTest::addColumn<int>("expectedOffset");
    QTest::addColumn<bool>("restOfOrderOnly"); // one level on the page: its severity term is dropped

    const QString three = qs("critical=2 major=3 minor=5");
    // clang-format off
    QTest::newRow("first page within the most severe level") << three << true << 0 << 2 << qs("critical") << 0 << true;
    QTest::newRow("first page across two levels") << three << true << 0 << 3 << qs("critical major") << 0 << false;
    QTest::newRow("a page that starts a level") << three << true << 2 << 3 << qs("major") << 0 << true;
    QTest::newRow("a page inside a level") << three << true << 6 << 2 << qs("minor") << 1 << true;
    QTest::newRow("a page across a boundary") << three << true << 4 << 3 << qs("major minor") << 2 << false;
    QTest::newRow("every level") << three << true << 0 << 50 << qs("critical major minor") << 0 << false;
    QTest::newRow("least severe first") << three << false << 0 << 5 << qs("minor") << 0 << true;
    QTest::newRow("least severe first, second level") << three << false << 5 << 3 << qs("major") << 0 << true;
    QTest::newRow("severities sharing a level") << qs("major=1 normal=2 ok=1 cleared=1") << true << 1 << 4
                                                  << qs("cleared normal ok") << 0 << true;
    QTest::newRow("outside the map: last, most severe first") << qs("critical=1 bogus=2") << true << 1 << 5
                                                                << qs("bogus") << 0 << true;
    QTest::newRow("outside the map: last, least severe first") << qs("critical=1 minor=1 bogus=2") << false << 0
                                                                 << 3 << qs("minor critical bogus") << 0 << false;
    QTest::newRow("beyond the counted rows") << three << true << 20 << 5 << QString() << 20 << false;
    QTest::newRow("nothing counted") << QString() << true << 0 << 50 << QString() << 0 << false;
    // clang-format on
}

void TestSeverityPage::shouldNarrowToTheSeveritiesOnThePage()
{
    QFETCH(QString, counts);
    QFETCH(bool, ascending);
    QFETCH(int, offset);
    QFETCH(int, limit);
    QFETCH(QString, severities);
    QFETCH(int, expectedOffset);
    QFETCH(bool, restOfOrderOnly);

    const QString fullOrder = qs("CASE ... END ASC NULLS LAST, last_receive_time DESC NULLS LAST");
    const SeverityFirstOrder order{ascending, qs("last_receive_time DESC NULLS LAST")};
    AlertSelection selection;
    selection.where = SqlFragment{qs("status = ?"), {qs("open")}};
    selection.orderBy = fullOrder;
    selection.offset = offset;
    selection.limit = limit;

    const AlertSelection narrowed =
        SeverityPage::narrowed(selection, order, ::counts(counts), SeverityMap::alertaDefault());

    QVariantList binds{qs("open")};
    for (const QString &severity : severities.split(u' ', Qt::SkipEmptyParts))
        binds.append(severity);
    QCOMPARE(narrowed.where.binds, binds);
    QCOMPARE(narrowed.where.sql.contains(u"severity"), !severities.isEmpty());
    QCOMPARE(narrowed.offset, expectedOffset);
    QCOMPARE(narrowed.limit, limit);
    QCOMPARE(narrowed.orderBy, restOfOrderOnly ? order.thenBy : fullOrder);
}

QTEST_GUILESS_MAIN(TestSeverityPage)
#include "testseveritypage.moc"
