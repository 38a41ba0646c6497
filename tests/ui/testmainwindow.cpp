// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>

#include <memory>

#include "core/client/remotebackend.h"
#include "models/alerttablemodel.h"
#include "tests/support/httptest.h"
#include "tests/support/serverprocess.h"
#include "tests/ui/consolefixture.h"
#include "ui/actonmatchingdialog.h"
#include "ui/alertdetailspane.h"
#include "ui/alerttableview.h"
#include "ui/commanddialog.h"
#include "ui/environmenttabbar.h"
#include "ui/mainwindow.h"
#include "ui/multiselectbutton.h"
#include "ui/shortcutsheet.h"

namespace {

using Column = AlertTableModel::Column;

/// Every text of a tree's items (all levels), one "col0 | col1 | ..." line per item.
QStringList treeLines(const QTreeWidget *tree)
{
    QStringList lines;
    std::function<void(const QTreeWidgetItem *)> walk = [&](const QTreeWidgetItem *item) {
        QStringList cells;
        for (int column = 0; column < tree->columnCount(); ++column)
            cells.append(item->text(column));
        lines.append(cells.join(QStringLiteral(" | ")));
        for (int i = 0; i < item->childCount(); ++i)
            walk(item->child(i));
    };
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        walk(tree->topLevelItem(i));
    return lines;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shouldShowAlertsOfTheBackendAndNewOnesLive();
    void shouldShowEmptyStateWhenNothingMatches();
    void shouldSwitchToAnotherBackend();
    void shouldSendStatusFilterToBackend();
    void shouldSendSearchTextToBackend();
    void shouldSendSeverityFilterToBackend();
    void shouldShowEnvironmentTabsWithCountsAndFilterRows();
    void shouldShowDetailsOfCurrentRowWithHistoryAndNotes();
    void shouldAcknowledgeSelectedAlertWithShortcut();
    void shouldNotTriggerShortcutsWhileTypingInSearch();
    void shouldAcknowledgeWithNoteFromShiftShortcutDialog();
    void shouldTagUntagAndNoteThroughDialogs();
    void shouldDeleteOnlyAfterConfirmation();
    void shouldActOnEverythingMatchingAfterPreview();
    void shouldHideColumnsAndRestoreViewStateInNewWindow();
    void shouldKeepSelectionAcrossLiveUpdatesAndResyncs();
    void shouldListActionsWithShortcutsInCheatSheet();
    void shouldMoveFocusWithSlashAndEscape();
    void shouldCopySelectedRowsAsTabSeparatedText();
    void shouldTriageARemoteServerAndShowWhenItDies();

private:
    QString send(const QString &resource,
                 const QString &severity,
                 const QString &environment = QStringLiteral("Production"),
                 const QJsonObject &extra = {})
    {
        return m_core->send(resource, severity, environment, extra);
    }
    AlertTableView *table() const { return m_window->findChild<AlertTableView *>(QStringLiteral("alertTable")); }
    QAbstractItemModel *rows() const { return table()->model(); }
    /// The view row showing `resource`, or −1.
    int rowOf(const QString &resource) const;
    QString cell(const QString &resource, Column column) const;
    QStringList shownResources() const;
    void select(const QString &resource);
    template<typename T>
    T *child(const QString &objectName) const
    {
        return m_window->findChild<T *>(objectName);
    }
    QAction *action(const QString &objectName) const { return child<QAction>(objectName); }
    QString statusMessage() const { return m_window->statusBar()->currentMessage(); }

    std::unique_ptr<ConsoleFixture> m_core;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    m_core = std::make_unique<ConsoleFixture>();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_core.reset();
}

int TestMainWindow::rowOf(const QString &resource) const
{
    for (int row = 0; row < rows()->rowCount(); ++row) {
        if (rows()->index(row, static_cast<int>(Column::Resource)).data().toString() == resource)
            return row;
    }
    return -1;
}

QString TestMainWindow::cell(const QString &resource, Column column) const
{
    const int row = rowOf(resource);
    return row < 0 ? QString() : rows()->index(row, static_cast<int>(column)).data().toString();
}

QStringList TestMainWindow::shownResources() const
{
    QStringList resources;
    for (int row = 0; row < rows()->rowCount(); ++row)
        resources.append(rows()->index(row, static_cast<int>(Column::Resource)).data().toString());
    resources.sort();
    return resources;
}

void TestMainWindow::select(const QString &resource)
{
    const int row = rowOf(resource);
    QVERIFY2(row >= 0, qPrintable(resource));
    table()->selectionModel()->setCurrentIndex(rows()->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table()->setFocus();
}

void TestMainWindow::shouldShowAlertsOfTheBackendAndNewOnesLive()
{
    // Given two alerts in the core
    send(QStringLiteral("web01"), QStringLiteral("major"));
    send(QStringLiteral("db01"), QStringLiteral("critical"));

    // When the window is given the backend
    m_window->setBackend(m_core->backend.get());

    // Then it starts it and lists both, most severe first, and says it is live
    QTRY_COMPARE(rows()->rowCount(), 2);
    QCOMPARE(rows()->index(0, static_cast<int>(Column::Resource)).data().toString(), QStringLiteral("db01"));
    QTRY_COMPARE(child<QLabel>(QStringLiteral("connectionStateLabel"))->text(), QStringLiteral("Live · This computer"));
    QVERIFY(!child<QLabel>(QStringLiteral("dataAgeLabel"))->isVisible());
    QVERIFY(!child<QLabel>(QStringLiteral("emptyStateLabel"))->isVisible());
    QTRY_VERIFY(
        child<QLabel>(QStringLiteral("alertSummaryLabel"))->text().contains(QStringLiteral("1 critical · 1 major")));

    // When another alert arrives through the engine
    send(QStringLiteral("router1"), QStringLiteral("minor"));

    // Then it appears without a refresh
    QTRY_COMPARE(rows()->rowCount(), 3);
    QCOMPARE(cell(QStringLiteral("router1"), Column::Severity), QStringLiteral("minor"));
    QTRY_VERIFY(child<QLabel>(QStringLiteral("alertSummaryLabel"))->text().contains(QStringLiteral("1 minor")));
}

void TestMainWindow::shouldShowEmptyStateWhenNothingMatches()
{
    // Given no backend, then an empty one
    auto *empty = child<QLabel>(QStringLiteral("emptyStateLabel"));
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("Not connected")));
    m_window->setBackend(m_core->backend.get());

    // Then the table says nothing matches
    QTRY_VERIFY(empty->text().contains(QStringLiteral("No alerts match")));
    QVERIFY(empty->isVisible());

    // When an alert arrives, the hint goes
    send(QStringLiteral("web01"), QStringLiteral("major"));
    QTRY_VERIFY(!empty->isVisible());
}

void TestMainWindow::shouldSwitchToAnotherBackend()
{
    // Given a window showing one core's alert
    send(QStringLiteral("web01"), QStringLiteral("major"));
    m_window->setBackend(m_core->backend.get());
    QTRY_COMPARE(shownResources(), QStringList{QStringLiteral("web01")});

    // When it is given another backend
    auto other = std::make_unique<ConsoleFixture>();
    other->send(QStringLiteral("db01"), QStringLiteral("minor"));
    m_window->setBackend(other->backend.get());

    // Then the first is stopped and only the second one's alerts show, live
    QCOMPARE(m_core->backend->state(), AlertBackend::State::Stopped);
    QTRY_COMPARE(shownResources(), QStringList{QStringLiteral("db01")});
    send(QStringLiteral("web02"), QStringLiteral("major"));
    other->send(QStringLiteral("db02"), QStringLiteral("minor"));
    QTRY_COMPARE(shownResources(), (QStringList{QStringLiteral("db01"), QStringLiteral("db02")}));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Alerta Console — This computer"));

    // When the shown backend is deleted, the window lets it go
    other.reset();
    QCOMPARE(m_window->backend(), nullptr);
    QCOMPARE(rows()->rowCount(), 0);
    QVERIFY(child<QLabel>(QStringLiteral("emptyStateLabel"))->text().contains(QStringLiteral("Not connected")));
    QCOMPARE(child<QLabel>(QStringLiteral("connectionStateLabel"))->text(), QStringLiteral("Not connected"));
}

void TestMainWindow::shouldSendStatusFilterToBackend()
{
    // Given an open and a closed alert, shown with the default filter (open and ack)
    send(QStringLiteral("web01"), QStringLiteral("major"));
    const QString closed = send(QStringLiteral("db01"), QStringLiteral("major"));
    QVERIFY(m_core->engine->action(closed, QStringLiteral("close")).ok());
    m_window->setBackend(m_core->backend.get());
    QTRY_COMPARE(shownResources(), QStringList{QStringLiteral("web01")});

    // When the operator adds "closed" in the status menu
    auto *statuses = child<MultiSelectButton>(QStringLiteral("statusFilterButton"));
    statuses->optionAction(QStringLiteral("closed"))->trigger();

    // Then the backend's filter has it and the closed alert appears
    QCOMPARE(m_core->backend->filter().statuses,
             (QStringList{QStringLiteral("open"), QStringLiteral("ack"), QStringLiteral("closed")}));
    QTRY_COMPARE(shownResources(), (QStringList{QStringLiteral("db01"), QStringLiteral("web01")}));

    // When "open" and "ack" are taken out, only the closed one stays
    statuses->optionAction(QStringLiteral("open"))->trigger();
    statuses->optionAction(QStringLiteral("ack"))->trigger();
    QTRY_COMPARE(shownResources(), QStringList{QStringLiteral("db01")});
    QCOMPARE(statuses->text(), QStringLiteral("Status: closed ▾"));
}

void TestMainWindow::shouldSendSearchTextToBackend()
{
    // Given three alerts
    send(QStringLiteral("web01"), QStringLiteral("major"));
    send(QStringLiteral("web02"), QStringLiteral("critical"));
    send(QStringLiteral("db01"), QStringLiteral("critical"));
    m_window->setBackend(m_core->backend.get());
    QTRY_COMPARE(rows()->rowCount(), 3);

    // When a Lucene query is typed and applied with Enter
    auto *search = child<QLineEdit>(QStringLiteral("searchEdit"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("resource:web01 OR resource:db01"));
    QTest::keyClick(search, Qt::Key_Return);

    // Then the server-side query selects the alerts
    QCOMPARE(m_core->backend->filter().text, QStringLiteral("resource:web01 OR resource:db01"));
    QTRY_COMPARE(shownResources(), (QStringList{QStringLiteral("db01"), QStringLiteral("web01")}));

    // And typing the query (without Enter) applies after a pause
    search->clear();
    QTest::keyClicks(search, QStringLiteral("severity:critical"));
    QTRY_COMPARE(shownResources(), (QStringList{QStringLiteral("db01"), QStringLiteral("web02")}));
}

void TestMainWindow::shouldSendSeverityFilterToBackend()
{
    // Given alerts of three severities
    send(QStringLiteral("web01"), QStringLiteral("major"));
    send(QStringLiteral("web02"), QStringLiteral("critical"));
    send(QStringLiteral("db01"), QStringLiteral("minor"));
    m_window->setBackend(m_core->backend.get());
    QTRY_COMPARE(rows()->rowCount(), 3);

    // When critical and minor are chosen
    auto *severities = child<MultiSelectButton>(QStringLiteral("severityFilterButton"));
    severities->optionAction(QStringLiteral("critical"))->trigger();
    severities->optionAction(QStringLiteral("minor"))->trigger();

    // Then only those are listed, and the menu lists severities most severe first
    QTRY_COMPARE(shownResources(), (QStringList{QStringLiteral("db01"), QStringLiteral("web02")}));
    QCOMPARE(severities->selected(), (QStringList{QStringLiteral("critical"), QStringLiteral("minor")}));
}

void TestMainWindow::shouldShowEnvironmentTabsWithCountsAndFilterRows()
{
    // Given alerts in two environments
    send(QStringLiteral("web01"), QStringLiteral("major"), QStringLiteral("Production"));
    send(QStringLiteral("web02"), QStringLiteral("major"), QStringLiteral("Production"));
    send(QStringLiteral("dev01"), QStringLiteral("minor"), QStringLiteral("Development"));
    m_window->setBackend(m_core->backend.get());
    auto *tabs = child<EnvironmentTabBar>(QStringLiteral("environmentTabs"));

    // Then there is a tab per environment, by name, with counts
    const auto tabTexts = [tabs] {
        QStringList texts;
        for (int i = 0; i < tabs->count(); ++i)
            texts.append(tabs->tabText(i));
        return texts;
    };
    QTRY_COMPARE(
        tabTexts(),
        (QStringList{QStringLiteral("All 3"), QStringLiteral("Development 1"), QStringLiteral("Production 2")}));

    // When the Development tab is selected, only its rows show
    tabs->setCurrentIndex(1);
    QCOMPARE(shownResources(), QStringList{QStringLiteral("dev01")});

    // When a Production alert arrives, the counts move but the tab and its rows stay
    send(QStringLiteral("web03"), QStringLiteral("major"), QStringLiteral("Production"));
    QTRY_COMPARE(
        tabTexts(),
        (QStringList{QStringLiteral("All 4"), QStringLiteral("Development 1"), QStringLiteral("Production 3")}));
    QCOMPARE(tabs->currentIndex(), 1);
    QCOMPARE(shownResources(), QStringList{QStringLiteral("dev01")});

    // And "act on everything matching" is narrowed to the tab
    QCOMPARE(m_window->matchingFilter().environments, QStringList{QStringLiteral("Development")});
}

void TestMainWindow::shouldShowDetailsOfCurrentRowWithHistoryAndNotes()
{
    // Given an acknowledged alert with a note
    const QString id = send(QStringLiteral("web01"), QStringLiteral("major"));
    QVERIFY(m_core->engine->action(id, QStringLiteral("ack"), QStringLiteral("looking into it")).ok());
    QVERIFY(m_core->engine->addNote(id, QStringLiteral("disk replaced")).ok());
    m_window->setBackend(m_core->backend.get());
    QTRY_COMPARE(rows()->rowCount(), 1);
    auto *message = child<QLabel>(QStringLiteral("detailsMessageLabel"));
    QCOMPARE(message->text(), QStringLiteral("No alert selected"));

    // When its row becomes current
    select(QStringLiteral("web01"));

    // Then the pane shows its fields, its history (newest first) and its notes
    auto *history = child<QTreeWidget>(QStringLiteral("detailsHistory"));
    auto *notes = child<QTreeWidget>(QStringLiteral("detailsNotes"));
    QTRY_COMPARE(child<QLabel>(QStringLiteral("detailsTitleLabel"))->text(), QStringLiteral("web01 · NodeDown"));
    QTRY_COMPARE(notes->topLevelItemCount(), 1);
    const QStringList lines = treeLines(history);
    QVERIFY2(lines.size() == 3 && lines.at(1).endsWith(QStringLiteral("| ack | open → ack |  | looking into it")),
             qPrintable(lines.join(u'\n')));
    QCOMPARE(notes->topLevelItem(0)->text(2), QStringLiteral("disk replaced"));
    QVERIFY(treeLines(child<QTreeWidget>(QStringLiteral("detailsFields"))).contains(QStringLiteral("Status | ack")));

    // When the alert changes in the engine, the pane follows
    QVERIFY(m_core->engine->addNote(id, QStringLiteral("second note")).ok());
    QVERIFY(m_core->engine->action(id, QStringLiteral("unack")).ok());
    QTRY_VERIFY(
        treeLines(child<QTreeWidget>(QStringLiteral("detailsFields"))).contains(QStringLiteral("Status | open")));
    QTRY_COMPARE(notes->topLevelItemCount(), 2);
    QCOMPARE(notes->topLevelItem(0)->text(2), QStringLiteral("second note"));

    // And Copy as JSON copies the whole alert in Alerta's form
    action(QStringLiteral("copyJsonAction"))->trigger();
    const QString json = QApplication::clipboard()->text();
    QVERIFY(json.contains(QStringLiteral("\"id\": \"%1\"").arg(id)));
    QVERIFY(json.contains(QStringLiteral("\"history\"")));
}

void TestMainWindow::shouldAcknowledgeSelectedAlertWithShortcut()
{
    // Given an open alert, selected
    const QString id = send(QStringLiteral("web01"), QStringLiteral("major"));
    m_window->setBackend(m_core->backend.get());
    QTRY_COMPARE(rows()->rowCount(), 1);
    QVERIFY(!action(QStringLiteral("ackAction"))->isEnabled());
    select(QStringLiteral("web01"));
    QVERIFY(action(QStringLiteral("ackAction"))->isEnabled());

    // When A is pressed in the table
    QTest::keyClick(table(), Qt::Key_A);

    // Then the engine has it acknowledged, the table shows it once the change arrives, and the status bar says so
    QTRY_COMPARE(m_core->statusOf(id), QStringLiteral("ack"));
    QTRY_COMPARE(cell(QStringLiteral("web01"), Column::Status), QStringLiteral("ack"));
    QTRY_VERIFY2(statusMessage().startsWith(QStringLiteral("Acknowledged 1 alert")), qPrintable(statusMessage()));

    // When ack is pressed again, the engine refuses and the status bar reports it
    QTest::keyClick(table(), Qt::Key_A);
    QTRY_VERIFY2(statusMessage().startsWith(QStringLiteral("1 of 1 failed: ")), qPrintable(statusMessage()));

    // When W is pressed, the alert is watched by the operator
    QTest::keyClick(table(), Qt::Key_W);
    QTRY_VERIFY(m_core->engine->alert(id)->tags.contains(QStringLiteral("watch:operator")));
    QTRY_VERIFY(cell(QStringLiteral("web01"), Column::Tags).contains(QStringLiteral("watch:operator")));
    QTest::keyClick(table(), Qt::Key_W);
    QTRY_VERIFY(!m_core->engine->alert(id)->tags.contains(QStringLiteral("watch:operator")));
}

void TestMainWindow::shouldNotTriggerShortcutsWhileTypingInSearch()
{
    // Given a selected open alert
    const QString id = send(QStringLiteral("web01"), QStringLiteral("major"));
    m_window->setBackend(m_core->backend.get());
    QTRY_COMPARE(rows()->rowCount(), 1);
    select(QStringLiteral("web01"));

    // When "a" is typed into the search field
    auto *search = child<QLineEdit>(QStringLiteral("searchEdit"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("a"));

    // Then it is text, not an ack (a command would have announced itself in the status bar at once)
    QCOMPARE(search->text(), QStringLiteral("a"));
    QCOMPARE(statusMessage(), QString());
    QCOMPARE(m_core->statusOf(id), QStringLiteral("open"));
}

void TestMainWindow::shouldAcknowledgeWithNoteFromShiftShortcutDialog()
{
    // Given two selected open alerts
    const QString first = send(QStringLiteral("web01"), QStringLiteral("major"));
    const QString second = send(QStringLiteral("web02"), QStringLiteral("major"));
    m_window->setBackend(m_core->backend.get());
    QTRY_COMPARE(rows()->rowCount(), 2);
    table()->setFocus();
    table()->selectAll();

    // When Shift+A opens the dialog and it is accepted with a note
    QTest::keyClick(table(), Qt::Key_A, Qt::ShiftModifier);
    CommandDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = child<CommandDialog>(QStringLiteral("commandDialog"))));
    QVERIFY(dialog->isVisible());
    dialog->findChild<QLineEdit *>(QStringLiteral("commandTextEdit"))->setText(QStringLiteral("maintenance CHG-42"));
    dialog->accept();

    // Then both are acknowledged with that text in their history
    QTRY_COMPARE(m_core->statusOf(first), QStringLiteral("ack"));
    QTRY_COMPARE(m_core->statusOf(second), QStringLiteral("ack"));
    QCOMPARE(m_core->engine->alert(first)->history.first().text, QStringLiteral("maintenance CHG-42"));
    QTRY_VERIFY2(statusMessage().startsWith(QStringLiteral("Acknowledged 2 alert")), qPrintable(statusMessage()));
}

void TestMainWindow::shouldTagUntagAndNoteThroughDialogs()
{
    // Given a selected alert
    const QString id = send(QStringLiteral("web01"), QStringLiteral("major"));
    m_window->setBackend(m_core->backend.get());
    QTRY_COMPARE(rows()->rowCount(), 1);
    select(QStringLiteral("web01"));
    const auto answer = [this](const QString &dialogName, const QString &text) {
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = child<QInputDialog>(dialogName)));
        dialog->setTextValue(text);
        dialog->accept();
        QTRY_VERIFY(!child<QInputDialog>(dialogName));
        // The offscreen platform does not give the activation back to the window by itself.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        table()->setFocus();
    };

    // When T is answered with two tags, the alert has them
    QTest::keyClick(table(), Qt::Key_T);
    answer(QStringLiteral("tagDialog"), QStringLiteral("maintenance, db "));
    QTRY_VERIFY(m_core->engine->alert(id)->tags.contains(QStringLiteral("db")));
    QVERIFY(m_core->engine->alert(id)->tags.contains(QStringLiteral("maintenance")));

    // When Shift+T offers them and one is kept for removal, only that one goes
    QTRY_VERIFY(cell(QStringLiteral("web01"), Column::Tags).contains(QStringLiteral("maintenance")));
    QTest::keyClick(table(), Qt::Key_T, Qt::ShiftModifier);
    QInputDialog *untag = nullptr;
    QTRY_VERIFY((untag = child<QInputDialog>(QStringLiteral("untagDialog"))));
    QCOMPARE(untag->textValue(), QStringLiteral("maintenance, db"));
    answer(QStringLiteral("untagDialog"), QStringLiteral("maintenance"));
    QTRY_VERIFY(!m_core->engine->alert(id)->tags.contains(QStringLiteral("maintenance")));
    QVERIFY(m_core->engine->alert(id)->tags.contains(QStringLiteral("db")));

    // When N is answered with a note, the alert has it
    QTest::keyClick(table(), Qt::Key_N);
    answer(QStringLiteral("noteDialog"), QStringLiteral("vendor ticket 4711"));
    QTRY_COMPARE(m_core->engine->notes(id)->size(), 1);
    QCOMPARE(m_core->engine->notes(id)->first().text, QStringLiteral("vendor ticket 4711"));
}

void TestMainWindow::shouldDeleteOnlyAfterConfirmation()
{
    // Given a selected alert
    const QString id = send(QStringLiteral("web01"), QStringLiteral("major"));
    send(QStringLiteral("web02"), QStringLiteral("major"));
    m_window->setBackend(m_core->backend.get());
    QTRY_COMPARE(rows()->rowCount(), 2);
    select(QStringLiteral("web01"));

    // When Delete is pressed, a confirmation asks first; cancelling keeps the alert
    QTest::keyClick(table(), Qt::Key_Delete);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = child<QMessageBox>(QStringLiteral("confirmDeleteDialog"))));
    QVERIFY(box->text().contains(QStringLiteral("Delete 1 alert")));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!child<QMessageBox>(QStringLiteral("confirmDeleteDialog")));
    QCOMPARE(m_core->statusOf(id), QStringLiteral("open"));
    // The offscreen platform does not give the activation back to the window by itself.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    table()->setFocus();

    // When it is confirmed
    QTest::keyClick(table(), Qt::Key_Delete);
    QTRY_VERIFY((box = child<QMessageBox>(QStringLiteral("confirmDeleteDialog"))));
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            button->click();
    }

    // Then the alert is gone from the engine and the table
    QTRY_COMPARE(m_core->statusOf(id), QStringLiteral("gone"));
    QTRY_COMPARE(shownResources(), QStringList{QStringLiteral("web02")});
}

void TestMainWindow::shouldActOnEverythingMatchingAfterPreview()
{
    // Given three open alerts in Production and one in Development, with the Production tab selected
    QStringList production;
    for (const QString &resource : {QStringLiteral("web01"), QStringLiteral("web02"), QStringLiteral("web03")})
        production.append(send(resource, QStringLiteral("major")));
    const QString development = send(QStringLiteral("dev01"), QStringLiteral("major"), QStringLiteral("Development"));
    m_window->setBackend(m_core->backend.get());
    QTRY_COMPARE(rows()->rowCount(), 4);
    auto *tabs = child<EnvironmentTabBar>(QStringLiteral("environmentTabs"));
    QTRY_COMPARE(tabs->count(), 3);
    tabs->setCurrentIndex(tabs->tabOf(QStringLiteral("Production")));

    // When "act on everything matching" is opened, it previews the count from the server
    action(QStringLiteral("actOnMatchingAction"))->trigger();
    ActOnMatchingDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = child<ActOnMatchingDialog>(QStringLiteral("actOnMatchingDialog"))));
    auto *preview = dialog->findChild<QLabel *>(QStringLiteral("actOnMatchingPreviewLabel"));
    QTRY_VERIFY2(preview->text().startsWith(QStringLiteral("This will acknowledge 3 alert")),
                 qPrintable(preview->text()));
    QVERIFY(preview->text().contains(QStringLiteral("environment Production")));

    // And when it is accepted, every matching alert is acknowledged, the other environment's is not
    dialog->findChild<QLineEdit *>(QStringLiteral("actOnMatchingTextEdit"))->setText(QStringLiteral("bulk"));
    dialog->accept();
    for (const QString &id : std::as_const(production))
        QTRY_COMPARE(m_core->statusOf(id), QStringLiteral("ack"));
    QCOMPARE(m_core->statusOf(development), QStringLiteral("open"));
    QCOMPARE(m_core->engine->alert(production.first())->history.first().text, QStringLiteral("bulk"));
    QTRY_VERIFY2(statusMessage().startsWith(QStringLiteral("Acknowledged 3 alert")), qPrintable(statusMessage()));
}

void TestMainWindow::shouldHideColumnsAndRestoreViewStateInNewWindow()
{
    // Given a window whose operator hid a column, added an attribute column, sorted and filtered
    m_window->setBackend(m_core->backend.get());
    QHeaderView *header = table()->horizontalHeader();
    QVERIFY(!header->isSectionHidden(static_cast<int>(Column::Value)));
    QMenu menu;
    table()->fillColumnMenu(&menu);
    menu.findChild<QAction *>(QStringLiteral("columnAction_value"))->trigger();
    QVERIFY(header->isSectionHidden(static_cast<int>(Column::Value)));
    table()->addAttributeColumn(QStringLiteral("region"));
    header->resizeSection(static_cast<int>(Column::Resource), 321);
    table()->sortByColumn(static_cast<int>(Column::Resource), Qt::DescendingOrder);
    child<MultiSelectButton>(QStringLiteral("statusFilterButton"))->optionAction(QStringLiteral("shelved"))->trigger();
    const QVariantMap state = m_window->viewState();

    // When a new window restores that state
    MainWindow restored;
    restored.restoreViewState(state);

    // Then its header, attribute columns, sort and filter are the same
    auto *restoredTable = restored.findChild<AlertTableView *>(QStringLiteral("alertTable"));
    // (Compared section by section with a header restored from the saved state alone: the bytes of two headers
    // differ in the widths that layout and live rows adjust, under load.)
    const QByteArray savedHeader =
        state.value(QStringLiteral("columns")).toMap().value(QStringLiteral("header")).toByteArray();
    QVERIFY(!savedHeader.isEmpty());
    QHeaderView expected(Qt::Horizontal);
    expected.setModel(restoredTable->model());
    QVERIFY(expected.restoreState(savedHeader));
    const QHeaderView *restoredHeader = restoredTable->horizontalHeader();
    QCOMPARE(restoredHeader->count(), expected.count());
    for (int section = 0; section < expected.count(); ++section) {
        QCOMPARE(restoredHeader->visualIndex(section), expected.visualIndex(section));
        QCOMPARE(restoredHeader->isSectionHidden(section), expected.isSectionHidden(section));
    }
    QCOMPARE(restoredHeader->sortIndicatorSection(), expected.sortIndicatorSection());
    QCOMPARE(restoredHeader->sortIndicatorOrder(), expected.sortIndicatorOrder());
    QVERIFY(restoredTable->horizontalHeader()->isSectionHidden(static_cast<int>(Column::Value)));
    QCOMPARE(restoredTable->horizontalHeader()->sectionSize(static_cast<int>(Column::Resource)), 321);
    QCOMPARE(restoredTable->model()->headerData(static_cast<int>(Column::Count), Qt::Horizontal).toString(),
             table()->model()->headerData(static_cast<int>(Column::Count), Qt::Horizontal).toString());
    const auto withoutHeaderBytes = [](QVariantMap columns) {
        columns.remove(QStringLiteral("header"));
        return columns;
    };
    QCOMPARE(withoutHeaderBytes(restored.viewState().value(QStringLiteral("columns")).toMap()),
             withoutHeaderBytes(state.value(QStringLiteral("columns")).toMap()));
    QCOMPARE(restored.viewState().value(QStringLiteral("filter")), state.value(QStringLiteral("filter")));

    // When the column is shown again from the menu
    QMenu again;
    table()->fillColumnMenu(&again);
    again.findChild<QAction *>(QStringLiteral("columnAction_value"))->trigger();
    QVERIFY(!header->isSectionHidden(static_cast<int>(Column::Value)));
}

void TestMainWindow::shouldKeepSelectionAcrossLiveUpdatesAndResyncs()
{
    // Given a selected alert among others
    const QString id = send(QStringLiteral("web01"), QStringLiteral("minor"));
    send(QStringLiteral("web02"), QStringLiteral("major"));
    m_window->setBackend(m_core->backend.get());
    QTRY_COMPARE(rows()->rowCount(), 2);
    select(QStringLiteral("web01"));
    QCOMPARE(table()->currentAlertId(), id);

    // When alerts arrive and the selected one escalates (and moves up in the sort)
    send(QStringLiteral("web03"), QStringLiteral("warning"));
    send(QStringLiteral("web01"), QStringLiteral("critical"));
    QTRY_COMPARE(cell(QStringLiteral("web01"), Column::Severity), QStringLiteral("critical"));
    QTRY_COMPARE(rows()->rowCount(), 3);

    // Then the same alert is still current and the only one selected
    QCOMPARE(table()->currentAlertId(), id);
    QCOMPARE(table()->selectedAlertIds(), QStringList{id});
    QCOMPARE(rowOf(QStringLiteral("web01")), 0);

    // When the list is reloaded (F5) — a model reset — the selection is restored by id
    QTest::keyClick(table(), Qt::Key_F5);
    QTRY_COMPARE(child<QLabel>(QStringLiteral("connectionStateLabel"))->text(), QStringLiteral("Live · This computer"));
    QTRY_COMPARE(table()->selectedAlertIds(), QStringList{id});
    QCOMPARE(table()->currentAlertId(), id);
}

void TestMainWindow::shouldListActionsWithShortcutsInCheatSheet()
{
    // When ? is pressed in the table
    m_window->setBackend(m_core->backend.get());
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Question);

    // Then the sheet lists the actions with their keys, read from the actions
    ShortcutSheet *sheet = nullptr;
    QTRY_VERIFY((sheet = child<ShortcutSheet>(QStringLiteral("shortcutSheet"))));
    const QStringList lines = treeLines(sheet->findChild<QTreeWidget *>(QStringLiteral("shortcutList")));
    QVERIFY2(lines.contains(QStringLiteral("Acknowledge | A")), qPrintable(lines.join(u'\n')));
    QVERIFY(lines.contains(QStringLiteral("Acknowledge… | Shift+A")));
    QVERIFY(lines.contains(QStringLiteral("Delete… | Del")));
    QVERIFY(lines.contains(QStringLiteral("Act on Everything Matching… | Ctrl+Shift+M")));
    QVERIFY(lines.contains(QStringLiteral("Search | /")));
    QVERIFY(lines.contains(QStringLiteral("Keyboard Shortcuts | ? or F1")));
    QVERIFY(lines.contains(QStringLiteral("Alert | ")));
}

void TestMainWindow::shouldMoveFocusWithSlashAndEscape()
{
    // Given focus in the table
    m_window->setBackend(m_core->backend.get());
    table()->setFocus();
    QTRY_VERIFY(table()->hasFocus());
    auto *search = child<QLineEdit>(QStringLiteral("searchEdit"));

    // When / is pressed, the search field has focus; Esc returns to the table
    QTest::keyClick(table(), Qt::Key_Slash);
    QTRY_VERIFY(search->hasFocus());
    QCOMPARE(search->text(), QString());
    QTest::keyClick(search, Qt::Key_Escape);
    QTRY_VERIFY(table()->hasFocus());
}

void TestMainWindow::shouldCopySelectedRowsAsTabSeparatedText()
{
    // Given a selected alert and a few columns hidden
    send(QStringLiteral("web01"), QStringLiteral("major"));
    m_window->setBackend(m_core->backend.get());
    QTRY_COMPARE(rows()->rowCount(), 1);
    select(QStringLiteral("web01"));

    // When Ctrl+C is pressed in the table
    QTest::keyClick(table(), Qt::Key_C, Qt::ControlModifier);

    // Then the clipboard has the shown columns, tab-separated, in their shown order
    const QStringList cells = QApplication::clipboard()->text().split(u'\t');
    const QHeaderView *header = table()->horizontalHeader();
    QCOMPARE(cells.size(), header->count() - header->hiddenSectionCount());
    QCOMPARE(cells.first(), QStringLiteral("major"));
    QVERIFY(cells.contains(QStringLiteral("web01")));
    QVERIFY(cells.contains(QStringLiteral("web01 is down")));
}

void TestMainWindow::shouldTriageARemoteServerAndShowWhenItDies()
{
    // Given: a real alerta-server with one open alert, and the window on it through the stream
    QTemporaryDir dir;
    ServerProcess::Options options;
    options.name = QStringLiteral("remote");
    options.extraArguments = {QStringLiteral("--database"), dir.filePath(QStringLiteral("remote.sqlite"))};
    ServerProcess server(options);
    QVERIFY2(server.waitForPort(), qPrintable(server.failure()));
    QNetworkAccessManager network;
    const auto http = [&](const QByteArray &verb, const QString &path, const QJsonObject &body = {}) {
        QNetworkRequest request(QUrl(server.url(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return HttpAnswer::await(network.sendCustomRequest(request, verb, QJsonDocument(body).toJson()));
    };
    const HttpAnswer posted = http("POST",
                                   QStringLiteral("/alert"),
                                   {{QStringLiteral("resource"), QStringLiteral("edge01")},
                                    {QStringLiteral("event"), QStringLiteral("LinkDown")},
                                    {QStringLiteral("environment"), QStringLiteral("Production")},
                                    {QStringLiteral("severity"), QStringLiteral("critical")},
                                    {QStringLiteral("service"), QJsonArray{QStringLiteral("Network")}}});
    const QString id = posted.json().value(QStringLiteral("id")).toString();
    QVERIFY2(!id.isEmpty(), qPrintable(posted.describe()));
    RemoteBackendOptions remote;
    remote.endpoint = QUrl(server.url({}));
    remote.minReconnectDelay = std::chrono::milliseconds(100);
    remote.maxReconnectDelay = std::chrono::milliseconds(300);
    RemoteBackend backend(remote);
    m_window->setBackend(&backend);
    QTRY_COMPARE_WITH_TIMEOUT(rows()->rowCount(), 1, 30000);
    QTRY_VERIFY(child<QLabel>(QStringLiteral("connectionStateLabel"))->text().startsWith(QStringLiteral("Live")));

    // When: the operator acknowledges it with A
    select(QStringLiteral("edge01"));
    QTest::keyClick(table(), Qt::Key_A);

    // Then: the server has it acknowledged, and the table shows what the stream brought back
    QTRY_COMPARE_WITH_TIMEOUT(
        http("GET", u"/alert/" + id).json()[QStringLiteral("alert")][QStringLiteral("status")].toString(),
        QStringLiteral("ack"),
        30000);
    QTRY_COMPARE_WITH_TIMEOUT(cell(QStringLiteral("edge01"), Column::Status), QStringLiteral("ack"), 30000);

    // When: another client closes it on the server
    QCOMPARE(http("PUT", u"/alert/" + id + u"/action", {{QStringLiteral("action"), QStringLiteral("close")}}).status,
             200);
    // Then: it leaves the default view
    QTRY_COMPARE_WITH_TIMEOUT(rows()->rowCount(), 0, 30000);

    // When: the server dies
    server.kill();
    // Then: the status bar says so, shows the data's age, and the window still answers
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>(QStringLiteral("connectionStateLabel"))->text().startsWith(QStringLiteral("Reconnecting")),
        30000);
    QTRY_VERIFY(child<QLabel>(QStringLiteral("dataAgeLabel"))->isVisible());
    QTest::keyClick(table(), Qt::Key_Slash);
    QTRY_VERIFY(child<QLineEdit>(QStringLiteral("searchEdit"))->hasFocus());
    m_window->setBackend(nullptr);
}

QTEST_MAIN(TestMainWindow)
#include "testmainwindow.moc"
