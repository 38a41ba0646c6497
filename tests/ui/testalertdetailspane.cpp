// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QApplication>
#include <QClipboard>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

#include "tests/ui/consolefixture.h"
#include "ui/alertdetailspane.h"
#include "ui/alertdetailsview.h"

namespace {

/// "col0 | col1 | ..." per top-level item.
QStringList treeLines(const QTreeWidget *tree)
{
    QStringList lines;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QStringList cells;
        for (int column = 0; column < tree->columnCount(); ++column)
            cells.append(tree->topLevelItem(i)->text(column));
        lines.append(cells.join(QStringLiteral(" | ")));
    }
    return lines;
}

} // namespace

class TestAlertDetailsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shouldSayNoAlertSelected();
    void shouldShowFieldsAttributesHistoryNotesAndRawData();
    void shouldShowOnlyTheLastAskedAlert();
    void shouldKeepAlertOnScreenWhileRefreshing();
    void shouldShowErrorWhenAlertIsGone();
    void shouldCopyAlertAsAlertaJson();

private:
    template<typename T>
    T *child(const QString &objectName) const
    {
        return m_pane->findChild<T *>(objectName);
    }
    QString message() const { return child<QLabel>(QStringLiteral("detailsMessageLabel"))->text(); }
    bool showsAlert() const
    {
        return child<QStackedWidget>(QStringLiteral("detailsStack"))->currentWidget()
            == m_pane->findChild<AlertDetailsView *>();
    }

    std::unique_ptr<ConsoleFixture> m_core;
    std::unique_ptr<AlertDetailsPane> m_pane;
};

void TestAlertDetailsPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAlertDetailsPane::init()
{
    m_core = std::make_unique<ConsoleFixture>();
    m_pane = std::make_unique<AlertDetailsPane>();
    m_pane->setFetchDelay(std::chrono::milliseconds(0));
    m_pane->setBackend(m_core->backend.get());
    m_pane->show();
}

void TestAlertDetailsPane::cleanup()
{
    m_pane.reset();
    m_core.reset();
}

void TestAlertDetailsPane::shouldSayNoAlertSelected()
{
    QCOMPARE(message(), QStringLiteral("No alert selected"));
    QVERIFY(!showsAlert());
    m_pane->showAlert(QString());
    QCOMPARE(message(), QStringLiteral("No alert selected"));
}

void TestAlertDetailsPane::shouldShowFieldsAttributesHistoryNotesAndRawData()
{
    // Given an alert with attributes and raw data, acknowledged, with two notes
    const QString id = m_core->send(
        QStringLiteral("web01"),
        QStringLiteral("major"),
        QStringLiteral("Production"),
        {{QStringLiteral("attributes"),
          QJsonObject{{QStringLiteral("region"), QStringLiteral("eu-west")}, {QStringLiteral("rack"), 12}}},
         {QStringLiteral("rawData"), QStringLiteral("line one\nline two")}});
    QVERIFY(m_core->engine->action(id, QStringLiteral("ack"), QStringLiteral("on it")).ok());
    QVERIFY(m_core->engine->addNote(id, QStringLiteral("first")).ok());
    QVERIFY(m_core->engine->addNote(id, QStringLiteral("second")).ok());

    // When it is shown
    QSignalSpy loaded(m_pane.get(), &AlertDetailsPane::alertLoaded);
    m_pane->showAlert(id);
    QVERIFY(loaded.wait());
    QCOMPARE(loaded.at(0).at(0).toString(), id);

    // Then every part is there
    QVERIFY(showsAlert());
    QCOMPARE(child<QLabel>(QStringLiteral("detailsTitleLabel"))->text(), QStringLiteral("web01 · NodeDown"));
    const QStringList fields = treeLines(child<QTreeWidget>(QStringLiteral("detailsFields")));
    QVERIFY(fields.contains(QStringLiteral("Resource | web01")));
    QVERIFY(fields.contains(QStringLiteral("Status | ack")));
    QVERIFY(fields.contains(QStringLiteral("Id | %1").arg(id)));
    QCOMPARE(treeLines(child<QTreeWidget>(QStringLiteral("detailsAttributes"))),
             (QStringList{QStringLiteral("rack | 12"), QStringLiteral("region | eu-west")}));
    // The history reads newest first: the two notes, the ack, the creation
    auto *history = child<QTreeWidget>(QStringLiteral("detailsHistory"));
    const QStringList lines = treeLines(history);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).endsWith(QStringLiteral("| note |  |  | second")), qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.at(2).endsWith(QStringLiteral("| ack | open → ack |  | on it")), qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.at(3).endsWith(QStringLiteral("| new | major · open |  | web01 is down")),
             qPrintable(lines.join(u'\n')));
    // Times are local, with the UTC wire time as tooltip
    QVERIFY(history->topLevelItem(0)->toolTip(0).endsWith(u'Z'));
    QTRY_COMPARE(child<QTreeWidget>(QStringLiteral("detailsNotes"))->topLevelItemCount(), 2);
    QCOMPARE(child<QTreeWidget>(QStringLiteral("detailsNotes"))->topLevelItem(0)->text(2), QStringLiteral("second"));
    QCOMPARE(child<QPlainTextEdit>(QStringLiteral("detailsRawData"))->toPlainText(),
             QStringLiteral("line one\nline two"));
}

void TestAlertDetailsPane::shouldShowOnlyTheLastAskedAlert()
{
    // Given two alerts
    const QString first = m_core->send(QStringLiteral("web01"), QStringLiteral("major"));
    const QString second = m_core->send(QStringLiteral("web02"), QStringLiteral("minor"));
    QSignalSpy loaded(m_pane.get(), &AlertDetailsPane::alertLoaded);

    // When the first is asked for, its fetch starts, and the second is asked for before the answer
    m_pane->showAlert(first);
    QCoreApplication::processEvents(); // the zero fetch delay elapses: the first fetch is under way
    m_pane->showAlert(second);

    // Then only the second is shown; the first answer is dropped
    QVERIFY(loaded.wait());
    QCOMPARE(loaded.at(0).at(0).toString(), second);
    QCOMPARE(m_pane->alert()->id, second);
    QVERIFY(!loaded.wait(200)); // the first answer, if it came late, was dropped
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(child<QLabel>(QStringLiteral("detailsTitleLabel"))->text(), QStringLiteral("web02 · NodeDown"));
}

void TestAlertDetailsPane::shouldKeepAlertOnScreenWhileRefreshing()
{
    // Given a shown alert
    const QString id = m_core->send(QStringLiteral("web01"), QStringLiteral("major"));
    QSignalSpy loaded(m_pane.get(), &AlertDetailsPane::alertLoaded);
    m_pane->showAlert(id);
    QVERIFY(loaded.wait());

    // When it changes and the pane refreshes
    QVERIFY(m_core->engine->action(id, QStringLiteral("shelve")).ok());
    m_pane->refresh();

    // Then the old version stays, enabled, until the new one replaces it
    QVERIFY(showsAlert());
    QVERIFY(m_pane->findChild<AlertDetailsView *>()->isEnabled());
    QVERIFY(loaded.wait());
    QVERIFY(
        treeLines(child<QTreeWidget>(QStringLiteral("detailsFields"))).contains(QStringLiteral("Status | shelved")));
}

void TestAlertDetailsPane::shouldShowErrorWhenAlertIsGone()
{
    // Given a shown alert that is then deleted
    const QString id = m_core->send(QStringLiteral("web01"), QStringLiteral("major"));
    QSignalSpy loaded(m_pane.get(), &AlertDetailsPane::alertLoaded);
    m_pane->showAlert(id);
    QVERIFY(loaded.wait());
    QVERIFY(m_core->engine->remove(id).ok());

    // When the pane fetches it again
    m_pane->refresh();

    // Then it says why there is nothing to show
    QTRY_VERIFY(!showsAlert());
    QVERIFY2(message().startsWith(QStringLiteral("Could not load the alert: ")), qPrintable(message()));
    QVERIFY(!m_pane->alert());
}

void TestAlertDetailsPane::shouldCopyAlertAsAlertaJson()
{
    // Given a shown alert
    const QString id = m_core->send(QStringLiteral("web01"), QStringLiteral("major"));
    QSignalSpy loaded(m_pane.get(), &AlertDetailsPane::alertLoaded);
    m_pane->showAlert(id);
    QVERIFY(loaded.wait());

    // When Copy as JSON is clicked
    QSignalSpy messages(m_pane.get(), &AlertDetailsPane::statusMessage);
    m_pane->copyAsJson();

    // Then the clipboard holds the alert as the API serialises it
    const QJsonObject json = QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(json.value(QStringLiteral("resource")).toString(), QStringLiteral("web01"));
    QCOMPARE(json.value(QStringLiteral("href")).toString(), QStringLiteral("/alert/%1").arg(id));
    QVERIFY(json.value(QStringLiteral("history")).isArray());
    QCOMPARE(messages.count(), 1);
}

QTEST_MAIN(TestAlertDetailsPane)
#include "testalertdetailspane.moc"
