// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include "ui/filterbar.h"
#include "ui/multiselectbutton.h"

class TestFilterBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shouldStartWithWebUiDefaultFilter();
    void shouldEmitOnceWhenStatusIsToggled();
    void shouldApplyTypedTextOnceAfterPause();
    void shouldApplyOnEnterAtOnce();
    void shouldSplitCommaSeparatedNames();
    void shouldSetFromRelativeToNowForTimeRange();
    void shouldRestoreStateWithoutEmitting();
    void shouldClearFiltersToDefault();
    void shouldShowCustomerFieldOnlyWithCustomerViews();
    void shouldQueryWatchedAlertsOfTheLogin();
    void shouldOfferServerSeveritiesMostSevereFirst();

private:
    template<typename T>
    T *child(const QString &objectName) const
    {
        return m_bar->findChild<T *>(objectName);
    }
    MultiSelectButton *statuses() const { return child<MultiSelectButton>(QStringLiteral("statusFilterButton")); }

    std::unique_ptr<FilterBar> m_bar;
    std::unique_ptr<QSignalSpy> m_spy;
};

void TestFilterBar::init()
{
    m_bar = std::make_unique<FilterBar>();
    m_bar->setTypingDelay(std::chrono::milliseconds(20));
    m_bar->show();
    m_spy = std::make_unique<QSignalSpy>(m_bar.get(), &FilterBar::filterChanged);
}

void TestFilterBar::cleanup()
{
    m_spy.reset();
    m_bar.reset();
}

void TestFilterBar::shouldStartWithWebUiDefaultFilter()
{
    // Then a new bar asks for open and acknowledged alerts of any kind and time
    QCOMPARE(m_bar->filter(), AlertFilter());
    QCOMPARE(statuses()->text(), QStringLiteral("Status: open, ack ▾"));
    QCOMPARE(child<MultiSelectButton>(QStringLiteral("severityFilterButton"))->text(),
             QStringLiteral("Severity: any ▾"));
    QVERIFY(!child<QToolButton>(QStringLiteral("clearFiltersButton"))->isEnabled());
}

void TestFilterBar::shouldEmitOnceWhenStatusIsToggled()
{
    // When "closed" is checked in the status menu
    statuses()->optionAction(QStringLiteral("closed"))->trigger();

    // Then one filterChanged carries it
    QCOMPARE(m_spy->count(), 1);
    const auto filter = m_spy->at(0).at(0).value<AlertFilter>();
    QCOMPARE(filter.statuses, (QStringList{QStringLiteral("open"), QStringLiteral("ack"), QStringLiteral("closed")}));
    QVERIFY(child<QToolButton>(QStringLiteral("clearFiltersButton"))->isEnabled());
}

void TestFilterBar::shouldApplyTypedTextOnceAfterPause()
{
    // When a query is typed
    auto *search = child<QLineEdit>(QStringLiteral("searchEdit"));
    QTest::keyClicks(search, QStringLiteral("resource:web01"));

    // Then nothing is applied while typing, and once after the pause
    QCOMPARE(m_spy->count(), 0);
    QTRY_COMPARE(m_spy->count(), 1);
    QCOMPARE(m_spy->at(0).at(0).value<AlertFilter>().text, QStringLiteral("resource:web01"));

    // And Enter afterwards changes nothing, so emits nothing
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_spy->count(), 1);
}

void TestFilterBar::shouldApplyOnEnterAtOnce()
{
    // When a group is typed and Enter pressed
    auto *group = child<QLineEdit>(QStringLiteral("groupFilterEdit"));
    QTest::keyClicks(group, QStringLiteral("Network"));
    QTest::keyClick(group, Qt::Key_Return);

    // Then it applies without waiting, and the pause that follows applies nothing more
    QCOMPARE(m_spy->count(), 1);
    QCOMPARE(m_spy->at(0).at(0).value<AlertFilter>().groups, QStringList{QStringLiteral("Network")});
    QVERIFY(!m_spy->wait(100)); // five typing delays
    QCOMPARE(m_spy->count(), 1);
}

void TestFilterBar::shouldSplitCommaSeparatedNames()
{
    // When services are typed with stray spaces and commas
    auto *service = child<QLineEdit>(QStringLiteral("serviceFilterEdit"));
    QTest::keyClicks(service, QStringLiteral(" Web, Db ,, Api "));
    QTest::keyClick(service, Qt::Key_Return);

    // Then the filter has the names alone
    QCOMPARE(m_bar->filter().services,
             (QStringList{QStringLiteral("Web"), QStringLiteral("Db"), QStringLiteral("Api")}));
}

void TestFilterBar::shouldSetFromRelativeToNowForTimeRange()
{
    // When "Last hour" is chosen
    auto *range = child<QComboBox>(QStringLiteral("timeRangeCombo"));
    const int lastHour = range->findText(QStringLiteral("Last hour"));
    QVERIFY(lastHour > 0);
    range->setCurrentIndex(lastHour);
    Q_EMIT range->activated(lastHour);

    // Then from is an hour before now, when applied and when asked again
    QCOMPARE(m_spy->count(), 1);
    const qint64 hourAgo = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
    const auto from = m_spy->at(0).at(0).value<AlertFilter>().from;
    QVERIFY(from.has_value());
    QVERIFY(qAbs(*from - hourAgo) < 5000);
    QVERIFY(qAbs(*m_bar->filter().from - hourAgo) < 5000);
}

void TestFilterBar::shouldRestoreStateWithoutEmitting()
{
    // Given a bar with every kind of filter set
    statuses()->optionAction(QStringLiteral("shelved"))->trigger();
    child<MultiSelectButton>(QStringLiteral("severityFilterButton"))
        ->optionAction(QStringLiteral("critical"))
        ->trigger();
    auto *service = child<QLineEdit>(QStringLiteral("serviceFilterEdit"));
    QTest::keyClicks(service, QStringLiteral("Web"));
    QTest::keyClick(service, Qt::Key_Return);
    auto *range = child<QComboBox>(QStringLiteral("timeRangeCombo"));
    range->setCurrentIndex(range->count() - 1);
    Q_EMIT range->activated(range->count() - 1);
    const QVariantMap state = m_bar->state();

    // When another bar restores its state
    FilterBar other;
    QSignalSpy otherSpy(&other, &FilterBar::filterChanged);
    other.restoreState(state);

    // Then it describes the same filter, without announcing it
    QCOMPARE(otherSpy.count(), 0);
    QCOMPARE(other.state(), state);
    AlertFilter restored = other.filter();
    AlertFilter original = m_bar->filter();
    QVERIFY(restored.from && original.from);
    restored.from.reset();
    original.from.reset();
    QCOMPARE(restored, original);
}

void TestFilterBar::shouldClearFiltersToDefault()
{
    // Given a changed filter
    statuses()->optionAction(QStringLiteral("closed"))->trigger();
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("searchEdit")), QStringLiteral("web"));
    QTest::keyClick(child<QLineEdit>(QStringLiteral("searchEdit")), Qt::Key_Return);
    QCOMPARE(m_spy->count(), 2);

    // When Clear Filters is clicked
    child<QToolButton>(QStringLiteral("clearFiltersButton"))->click();

    // Then the default filter is applied once, and there is nothing left to clear
    QCOMPARE(m_spy->count(), 3);
    QCOMPARE(m_spy->at(2).at(0).value<AlertFilter>(), AlertFilter());
    QVERIFY(!child<QToolButton>(QStringLiteral("clearFiltersButton"))->isEnabled());
    QCOMPARE(child<QLineEdit>(QStringLiteral("searchEdit"))->text(), QString());
}

void TestFilterBar::shouldShowCustomerFieldOnlyWithCustomerViews()
{
    auto *customer = child<MultiSelectButton>(QStringLiteral("customerFilterButton"));
    QVERIFY(!customer->isVisibleTo(m_bar.get()));

    // When the operator may choose between customers
    m_bar->setCustomerChoices({QStringLiteral("Beta"), QStringLiteral("Acme")});

    // Then the customer selector shows (once the toolbar laid it out) with them in order, and filters
    QTRY_VERIFY(customer->isVisibleTo(m_bar.get()));
    QCOMPARE(customer->options(), (QStringList{QStringLiteral("Acme"), QStringLiteral("Beta")}));
    customer->menu()->actions().at(0)->trigger();
    QCOMPARE(m_bar->filter().customers, QStringList{QStringLiteral("Acme")});
    QCOMPARE(m_spy->count(), 1);

    // And: a saved view naming a customer not offered yet keeps it
    QVariantMap state = m_bar->state();
    state.insert(QStringLiteral("customers"), QStringList{QStringLiteral("Gamma")});
    m_bar->restoreState(state);
    QCOMPARE(m_bar->filter().customers, QStringList{QStringLiteral("Gamma")});
    m_bar->setCustomerChoices({QStringLiteral("Acme")});
    QCOMPARE(m_bar->filter().customers, QStringList{QStringLiteral("Gamma")});

    // When: the login sees one customer only, the selector goes and filters nothing (the server restricts)
    m_bar->setCustomerChoices({});
    QTRY_VERIFY(!customer->isVisibleTo(m_bar.get()));
    QVERIFY(m_bar->filter().customers.isEmpty());
}

void TestFilterBar::shouldQueryWatchedAlertsOfTheLogin()
{
    auto *watched = child<QToolButton>(QStringLiteral("watchedFilterButton"));
    // Given: anonymous, nothing to watch with
    QVERIFY(!watched->isEnabled());

    // When: signed in as ops and Watched is toggled on
    m_bar->setWatcher(QStringLiteral("ops"));
    QVERIFY(watched->isEnabled());
    watched->click();

    // Then: the filter asks the server for alerts tagged watch:ops, and it is part of the saved view
    QCOMPARE(m_spy->count(), 1);
    QCOMPARE(m_spy->at(0).at(0).value<AlertFilter>().tags, QStringList{QStringLiteral("watch:ops")});
    QVERIFY(m_bar->state().value(QStringLiteral("watched")).toBool());
    QVERIFY(child<QToolButton>(QStringLiteral("clearFiltersButton"))->isEnabled());

    // When: toggled off
    watched->click();
    QCOMPARE(m_spy->count(), 2);
    QVERIFY(m_spy->at(1).at(0).value<AlertFilter>().tags.isEmpty());
}

void TestFilterBar::shouldOfferServerSeveritiesMostSevereFirst()
{
    // When the server's model is set
    const ServerAlarmModel model = ServerAlarmModel::alertaDefault();
    m_bar->setAlarmModel(model);

    // Then the severity menu has its severities by level
    auto *severities = child<MultiSelectButton>(QStringLiteral("severityFilterButton"));
    QStringList offered;
    for (const QString &severity : model.severities.ordered()) {
        if (severities->optionAction(severity))
            offered.append(severity);
    }
    QCOMPARE(offered, model.severities.ordered());
    QCOMPARE(offered.first(), QStringLiteral("security"));
}

QTEST_MAIN(TestFilterBar)
#include "testfilterbar.moc"
