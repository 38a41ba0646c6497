// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
// Saved views (the file form, and saving, switching, importing and exporting from the main window), the operator's
// preferences as the main window applies them, and the Server menu's windows.
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "models/alerttablemodel.h"
#include "tests/ui/consolefixture.h"
#include "ui/alerttableview.h"
#include "ui/heartbeatsview.h"
#include "ui/mainwindow.h"
#include "ui/preferences.h"
#include "ui/savedviews.h"
#include "ui/servertoolwindows.h"

namespace {

QVariantMap viewWithSearch(const QString &text)
{
    return {{QStringLiteral("filter"), QVariantMap{{QStringLiteral("text"), text}}},
            {QStringLiteral("columns"),
             QVariantMap{{QStringLiteral("header"), QByteArray("\x00\x01\xff binary", 11)},
                         {QStringLiteral("sortKeys"), QStringList{QStringLiteral("severity:asc")}}}},
            {QStringLiteral("environment"), QStringLiteral("Production")},
            {QStringLiteral("geometry"), QByteArray("screen only")}};
}

} // namespace

class TestSavedViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void shouldKeepOnlyTheViewPart();
    void shouldRoundTripThroughTheFileAndSettings();
    void shouldRefuseFilesThatAreNotSavedViews_data();
    void shouldRefuseFilesThatAreNotSavedViews();
    void shouldSaveAViewAndSwitchBackWithAltDigit();
    void shouldExportAndImportViewsAsAFile();
    void shouldAcknowledgeWithThePreferredTimeout();
    void shouldOpenServerWindowsOnceAndCloseThemWithTheBackend();

private:
    AlertTableView *table() const { return m_window->findChild<AlertTableView *>(QStringLiteral("alertTable")); }
    QLineEdit *search() const { return m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit")); }
    /// Accepts the file dialog named `objectName` of `window` with `path` chosen.
    static void chooseFile(const QWidget &window, const QString &objectName, const QString &path);

    std::unique_ptr<ConsoleFixture> m_core;
    std::unique_ptr<MainWindow> m_window;
};

void TestSavedViews::init()
{
    m_core = std::make_unique<ConsoleFixture>();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestSavedViews::cleanup()
{
    m_window.reset();
    m_core.reset();
}

void TestSavedViews::chooseFile(const QWidget &window, const QString &objectName, const QString &path)
{
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QFileDialog *>(objectName)) != nullptr);
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own accept() is protected; it is virtual
}

void TestSavedViews::shouldKeepOnlyTheViewPart()
{
    SavedViews views;
    views.put(QStringLiteral("Web"), viewWithSearch(QStringLiteral("web")));
    // Geometry belongs to one screen: not part of a saved view
    QVERIFY(!views.find(QStringLiteral("Web"))->state.contains(QStringLiteral("geometry")));
    QVERIFY(views.find(QStringLiteral("Web"))->state.contains(QStringLiteral("filter")));
    // A second save under the same name replaces it in place
    views.put(QStringLiteral("Db"), viewWithSearch(QStringLiteral("db")));
    views.put(QStringLiteral("Web"), viewWithSearch(QStringLiteral("web2")));
    QCOMPARE(views.views.size(), 2);
    QCOMPARE(views.views.at(0).name, QStringLiteral("Web"));
    QCOMPARE(views.views.at(0).state.value(QStringLiteral("filter")).toMap().value(QStringLiteral("text")).toString(),
             QStringLiteral("web2"));
    QVERIFY(views.remove(QStringLiteral("Web")));
    QVERIFY(!views.remove(QStringLiteral("Web")));
    QCOMPARE(views.views.size(), 1);
}

void TestSavedViews::shouldRoundTripThroughTheFileAndSettings()
{
    SavedViews views;
    views.put(QStringLiteral("Web"), viewWithSearch(QStringLiteral("web")));
    views.put(QStringLiteral("Critical only"), viewWithSearch(QStringLiteral("severity:critical")));

    const Result<SavedViews> read = SavedViews::fromJson(views.toJson());
    QVERIFY(read.ok());
    QCOMPARE(read->views.size(), 2);
    QCOMPARE(read->views.at(1).name, QStringLiteral("Critical only"));
    const QVariantMap columns = read->views.at(0).state.value(QStringLiteral("columns")).toMap();
    // Binary header layout survives as bytes, lists as lists
    QCOMPARE(columns.value(QStringLiteral("header")).toByteArray(), QByteArray("\x00\x01\xff binary", 11));
    QCOMPARE(columns.value(QStringLiteral("sortKeys")).toStringList(), QStringList{QStringLiteral("severity:asc")});

    QCOMPARE(SavedViews::fromSettings(views.toSettings()), views);
}

void TestSavedViews::shouldRefuseFilesThatAreNotSavedViews_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{views") << QStringLiteral("The file is not JSON");
    QTest::newRow("another format") << QByteArray(R"({"format": "karma", "version": 1, "views": []})")
                                    << QStringLiteral("The file holds no saved views of Alerta Console.");
    QTest::newRow("newer version") << QByteArray(R"({"format": "alerta-console-views", "version": 2, "views": []})")
                                   << QStringLiteral(
                                          "The file's views are of version 2; this console reads version 1.");
    QTest::newRow("nameless view") << QByteArray(
        R"({"format": "alerta-console-views", "version": 1, "views": [{"name": " ", "view": {}}]})")
                                   << QStringLiteral("A view in the file has no name or no settings.");
}

void TestSavedViews::shouldRefuseFilesThatAreNotSavedViews()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, message);
    const Result<SavedViews> read = SavedViews::fromJson(file);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message.startsWith(message), qPrintable(read.error().message));
}

void TestSavedViews::shouldSaveAViewAndSwitchBackWithAltDigit()
{
    // Given: the window on the embedded core, searching "resource:web*"
    m_window->setBackend(m_core->backend.get());
    QSignalSpy changed(m_window.get(), &MainWindow::savedViewsChanged);
    search()->setText(QStringLiteral("resource:web*"));
    QTest::keyClick(search(), Qt::Key_Return);
    QCOMPARE(m_core->backend->filter().text, QStringLiteral("resource:web*"));

    // When: saved as "Web servers" through View → Saved Views → Save View As…
    m_window->findChild<QAction *>(QStringLiteral("saveViewAction"))->trigger();
    QInputDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QInputDialog *>(QStringLiteral("saveViewDialog"))) != nullptr);
    dialog->setTextValue(QStringLiteral("Web servers"));
    dialog->accept();

    // Then: the application hears of it, and the menu has it on Alt+1
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_window->savedViews().views.size(), 1);
    QAction *first = m_window->findChild<QAction *>(QStringLiteral("savedViewAction_1"));
    QVERIFY(first);
    QCOMPARE(first->text(), QStringLiteral("Web servers"));
    QCOMPARE(first->shortcut(), QKeySequence(Qt::ALT | Qt::Key_1));

    // When: the filter is cleared, then Alt+1 pressed
    search()->clear();
    QTest::keyClick(search(), Qt::Key_Return);
    QTRY_COMPARE(m_core->backend->filter().text, QString());
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_1, Qt::AltModifier);

    // Then: the saved view is back, and the backend asks for it again
    QCOMPARE(search()->text(), QStringLiteral("resource:web*"));
    QCOMPARE(m_core->backend->filter().text, QStringLiteral("resource:web*"));

    // When: deleted from the menu
    m_window->findChild<QAction *>(QStringLiteral("deleteViewAction_1"))->trigger();
    QCOMPARE(changed.count(), 2);
    QVERIFY(m_window->savedViews().views.isEmpty());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("savedViewAction_1")));
}

void TestSavedViews::shouldExportAndImportViewsAsAFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team-views.json"));
    SavedViews views;
    views.put(QStringLiteral("Web"), viewWithSearch(QStringLiteral("web")));
    m_window->setSavedViews(views);

    // When: exported
    m_window->findChild<QAction *>(QStringLiteral("exportViewsAction"))->trigger();
    chooseFile(*m_window, QStringLiteral("exportViewsDialog"), path);

    // Then: the file holds them
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<SavedViews> written = SavedViews::fromJson(file.readAll());
    QVERIFY(written.ok());
    QCOMPARE(written->views.at(0).name, QStringLiteral("Web"));

    // When: another console with a view of its own imports the file
    MainWindow other;
    SavedViews own;
    own.put(QStringLiteral("Mine"), viewWithSearch(QStringLiteral("mine")));
    other.setSavedViews(own);
    QSignalSpy changed(&other, &MainWindow::savedViewsChanged);
    other.findChild<QAction *>(QStringLiteral("importViewsAction"))->trigger();
    chooseFile(other, QStringLiteral("importViewsDialog"), path);

    // Then: both views, in order
    QCOMPARE(changed.count(), 1);
    QCOMPARE(other.savedViews().views.size(), 2);
    QCOMPARE(other.savedViews().views.at(1).name, QStringLiteral("Web"));
}

void TestSavedViews::shouldAcknowledgeWithThePreferredTimeout()
{
    // Given: the operator prefers acks to last 30 minutes
    const QString id = m_core->send(QStringLiteral("web01"), QStringLiteral("major"));
    m_window->setBackend(m_core->backend.get());
    ConsolePreferences preferences;
    preferences.ackTimeoutMinutes = 30;
    m_window->applyPreferences(preferences);
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    table()->selectRow(0);
    table()->setFocus();

    // When: A
    QTest::keyClick(table(), Qt::Key_A);

    // Then: acknowledged with a timeout of 1,800 s
    QTRY_COMPARE(m_core->statusOf(id), QStringLiteral("ack"));
    const Alert alert = m_core->engine->alert(id).value();
    const auto ack = std::find_if(alert.history.cbegin(), alert.history.cend(), [](const HistoryEntry &entry) {
        return entry.type == QStringLiteral("ack");
    });
    QVERIFY(ack != alert.history.cend());
    QCOMPARE(ack->timeout, std::optional<qint64>(1800));

    // And: the table font follows the preferences
    preferences.fontPoints = 15;
    m_window->applyPreferences(preferences);
    QCOMPARE(table()->font().pointSize(), 15);
}

void TestSavedViews::shouldOpenServerWindowsOnceAndCloseThemWithTheBackend()
{
    m_window->setBackend(m_core->backend.get());
    // When: Server → Heartbeats, twice
    m_window->findChild<QAction *>(QStringLiteral("heartbeatsAction"))->trigger();
    QPointer<QWidget> heartbeats = m_window->toolWindows().window(ServerToolWindows::Tool::Heartbeats);
    QVERIFY(qobject_cast<HeartbeatsView *>(heartbeats.data()));
    QVERIFY(heartbeats->isWindow());
    m_window->findChild<QAction *>(QStringLiteral("heartbeatsAction"))->trigger();
    // Then: one window, raised again
    QCOMPARE(m_window->findChildren<HeartbeatsView *>().size(), 1);

    // When: the window moves to another backend
    m_window->setBackend(nullptr);
    // Then: the heartbeats of the old one are gone
    QVERIFY(heartbeats.isNull());
}

QTEST_MAIN(TestSavedViews)
#include "testsavedviews.moc"
