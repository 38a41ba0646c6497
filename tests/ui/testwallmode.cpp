// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
// The wall display of a main window: full screen on the chosen monitor and back on it after it was unplugged, the
// screen saver inhibited over D-Bus (a ScreenSaver service in this process, on the private bus of
// dbus-run-session, records the calls), worst alerts first, paging, the banner's counts and data line, view
// rotation, controls that appear with the mouse, and the lock. Runs on the offscreen platform with two screens
// (data/wallscreens.json); the screens are unplugged and plugged in through the platform's configuration.
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QMouseEvent>
#include <QScreen>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <qpa/qplatformnativeinterface.h>

#include "consolefixture.h"
#include "core/client/alertbackend.h"
#include "models/alerttablemodel.h"
#include "tests/support/serverfixture.h"
#include "ui/mainwindow.h"
#include "ui/wallbanner.h"
#include "ui/wallmode.h"
#include "ui/wallview.h"

/// org.freedesktop.ScreenSaver as desktops serve it, recording what it is asked.
class FakeScreenSaver : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")

public:
    struct Inhibition
    {
        QString application;
        QString reason;
        uint cookie = 0;
    };
    QList<Inhibition> inhibitions;
    QList<uint> released;

public Q_SLOTS:
    uint Inhibit(const QString &application, const QString &reason)
    {
        const uint cookie = 4000 + uint(inhibitions.size());
        inhibitions.append({application, reason, cookie});
        return cookie;
    }
    void UnInhibit(uint cookie) { released.append(cookie); }
};

namespace {

/// With ALERTA_SCREENSHOT_DIR set, keeps a picture of `widget` there as `name`.png (for docs/screenshots).
void keepScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("ALERTA_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

/// Plugs in and unplugs the offscreen platform's screens (its "setConfiguration" integration resource).
void setScreens(const QJsonArray &screens)
{
    QPlatformNativeInterface *native = QGuiApplication::platformNativeInterface();
    using GetConfiguration = QJsonObject (*)(QPlatformNativeInterface *);
    using SetConfiguration = void (*)(const QJsonObject &, QPlatformNativeInterface *);
    // The offscreen platform hands out these functions as plain resources (void *).
    auto get = reinterpret_cast<GetConfiguration>(native->nativeResourceForIntegration("configuration"));
    auto set = reinterpret_cast<SetConfiguration>(native->nativeResourceForIntegration("setConfiguration"));
    QVERIFY2(get && set, "the offscreen platform cannot change its screens");
    QJsonObject configuration = get(native);
    configuration.insert(QStringLiteral("screens"), screens);
    set(configuration, native);
}

QJsonObject screenConfig(const QString &name, int x, int width, int height)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("x"), x},
            {QStringLiteral("y"), 0},
            {QStringLiteral("width"), width},
            {QStringLiteral("height"), height},
            {QStringLiteral("logicalDpi"), 96},
            {QStringLiteral("logicalBaseDpi"), 96},
            {QStringLiteral("dpr"), 1.0}};
}

const QJsonObject deskScreen = screenConfig(QStringLiteral("desk"), 0, 1280, 800);
const QJsonObject wallScreen = screenConfig(QStringLiteral("wall"), 1280, 1920, 1080);

/// Answers the next PIN prompt (a modal QInputDialog) with `pin`.
void answerNextPrompt(const QString &pin)
{
    QTimer::singleShot(0, qApp, [pin] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setTextValue(pin);
        dialog->accept();
    });
}

} // namespace

class TestWallMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void shouldGoFullScreenOnTheWallMonitorAndKeepTheScreenAwake();
    void shouldReturnToTheWallMonitorWhenItIsPluggedInAgain();
    void shouldShowTheWorstAlertsFirstAndTurnPages();
    void shouldCountPerSeverityAndEnvironmentInTheBanner();
    void shouldWarnWhenTheConnectionIsLost();
    void shouldWarnWhenPolledDataIsStale();
    void shouldRotateThroughSavedViews();
    void shouldShowControlsOnlyAfterTheMouseMoves();
    void shouldKeepPassersByOutWhileLocked();

private:
    /// A window on the fixture's backend with its alerts loaded.
    void openWindow();

    QDBusConnection m_serviceBus{QString()};
    FakeScreenSaver m_screenSaver;
    std::unique_ptr<ConsoleFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
};

void TestWallMode::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run inside dbus-run-session");
    QVERIFY2(QDBusConnection::sessionBus().isConnected(), "no session bus");
    // The service has a connection of its own, as a desktop's would: the window's calls really cross the bus.
    m_serviceBus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-screensaver"));
    QVERIFY(m_serviceBus.registerObject(QString::fromLatin1(ScreenSaverInhibitor::objectPath),
                                        &m_screenSaver,
                                        QDBusConnection::ExportAllSlots));
    QVERIFY(m_serviceBus.registerService(QString::fromLatin1(ScreenSaverInhibitor::serviceName)));
    QCOMPARE(QGuiApplication::screens().size(), 2);
}

void TestWallMode::init()
{
    setScreens({deskScreen, wallScreen});
    m_screenSaver.inhibitions.clear();
    m_screenSaver.released.clear();
    m_fixture = std::make_unique<ConsoleFixture>();
}

void TestWallMode::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

void TestWallMode::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->setGeometry(100, 100, 1000, 600);
    m_window->setBackend(m_fixture->backend.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(m_fixture->backend->state(), AlertBackend::State::Live);
}

void TestWallMode::shouldGoFullScreenOnTheWallMonitorAndKeepTheScreenAwake()
{
    openWindow();
    QCOMPARE(m_window->screen()->name(), QStringLiteral("desk"));
    m_window->wallMode().setScreenName(QStringLiteral("wall"));

    m_window->findChild<QAction *>(QStringLiteral("wallModeAction"))->trigger();

    QVERIFY(m_window->isWallMode());
    QTRY_COMPARE(m_window->screen()->name(), QStringLiteral("wall"));
    QTRY_VERIFY(m_window->windowState() & Qt::WindowFullScreen);
    QTRY_COMPARE(m_window->geometry(), QRect(1280, 0, 1920, 1080));
    QVERIFY(!m_window->menuBar()->isVisible());
    QVERIFY(!m_window->statusBar()->isVisible());
    QVERIFY(m_window->wallView().isVisible());
    // The inhibition reached the service, with the console's name and a reason, and its cookie is kept.
    QTRY_COMPARE(m_screenSaver.inhibitions.size(), 1);
    QCOMPARE(m_screenSaver.inhibitions.first().application, QCoreApplication::applicationName());
    QVERIFY(!m_screenSaver.inhibitions.first().reason.isEmpty());
    QTRY_COMPARE(m_window->wallMode().inhibitor().cookie(), std::optional<uint>(4000));

    // Esc leaves: the screen saver may work again, with the same cookie, and the desk window is back.
    QTest::keyClick(m_window->wallView().window(), Qt::Key_Escape);
    QVERIFY(!m_window->isWallMode());
    QTRY_COMPARE(m_screenSaver.released, QList<uint>{4000});
    QTRY_VERIFY(!(m_window->windowState() & Qt::WindowFullScreen));
    QVERIFY(m_window->menuBar()->isVisible());
    QVERIFY(m_window->statusBar()->isVisible());
}

void TestWallMode::shouldReturnToTheWallMonitorWhenItIsPluggedInAgain()
{
    openWindow();
    m_window->wallMode().setScreenName(QStringLiteral("wall"));
    m_window->setWallMode(true);
    QTRY_COMPARE(m_window->screen()->name(), QStringLiteral("wall"));

    setScreens({deskScreen}); // the wall's monitor is unplugged (or switched off): Qt moves the window away
    QTRY_COMPARE(m_window->screen()->name(), QStringLiteral("desk"));
    QVERIFY(m_window->isWallMode());

    setScreens({deskScreen, wallScreen}); // and plugged in again
    QTRY_COMPARE(m_window->screen()->name(), QStringLiteral("wall"));
    QTRY_COMPARE(m_window->geometry(), QRect(1280, 0, 1920, 1080));
    QVERIFY(m_window->windowState() & Qt::WindowFullScreen);
}

void TestWallMode::shouldShowTheWorstAlertsFirstAndTurnPages()
{
    for (int i = 0; i < 40; ++i)
        QVERIFY(!m_fixture->send(QStringLiteral("web%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("minor"))
                     .isEmpty());
    const QString critical = m_fixture->send(QStringLiteral("db01"), QStringLiteral("critical"));
    QVERIFY(!m_fixture->send(QStringLiteral("db02"), QStringLiteral("major")).isEmpty());
    openWindow();
    m_window->wallMode().setScreenName(QStringLiteral("wall"));
    m_window->setWallMode(true);
    QTRY_COMPARE(m_window->geometry(), QRect(1280, 0, 1920, 1080));

    WallView &wall = m_window->wallView();
    QAbstractItemModel *rows = wall.table().model();
    QTRY_COMPARE(rows->rowCount(), 42);
    QCOMPARE(rows->index(0, 0).data(AlertTableModel::AlertIdRole).toString(), critical);
    QCOMPARE(rows->index(1, 0).data(AlertTableModel::SeverityRole).toString(), QStringLiteral("major"));

    // Large type: 42 rows do not fit on 1080 pixels, so the wall turns pages.
    const int perPage = wall.rowsPerPage();
    QVERIFY2(perPage > 5 && perPage < 42, qPrintable(QString::number(perPage)));
    const int pages = (42 + perPage - 1) / perPage;
    QCOMPARE(wall.pageCount(), pages);
    QCOMPARE(wall.firstVisibleRow(), 0);
    auto *pageLabel = wall.findChild<QLabel *>(QStringLiteral("wallPageLabel"));
    QCOMPARE(pageLabel->text(), QStringLiteral("Page 1 of %1").arg(pages));
    wall.nextPage();
    QCOMPARE(wall.page(), 1);
    QCOMPARE(wall.firstVisibleRow(), qMin(perPage, 42 - perPage));
    QCOMPARE(pageLabel->text(), QStringLiteral("Page 2 of %1").arg(pages));
    keepScreenshot(*m_window, QStringLiteral("wall-page-2"));
    QCOMPARE(wall.page(), 1);
    for (int i = 1; i < pages; ++i)
        wall.nextPage();
    QCOMPARE(wall.page(), 0); // after the last page, the first again
    QCOMPARE(wall.firstVisibleRow(), 0);

    // By itself too, at the chosen pace.
    wall.setPageInterval(std::chrono::seconds(1));
    QTRY_COMPARE_WITH_TIMEOUT(wall.page(), 1, 3000);
    wall.setPaused(true);
    QTest::qWait(1500);
    QCOMPARE(wall.page(), 1);
}

void TestWallMode::shouldCountPerSeverityAndEnvironmentInTheBanner()
{
    m_fixture->send(QStringLiteral("db01"), QStringLiteral("critical"));
    m_fixture->send(QStringLiteral("db02"), QStringLiteral("critical"), QStringLiteral("Development"));
    m_fixture->send(QStringLiteral("web01"), QStringLiteral("major"));
    m_fixture->send(QStringLiteral("web02"), QStringLiteral("major"));
    m_fixture->send(QStringLiteral("web03"), QStringLiteral("minor"), QStringLiteral("Development"));
    openWindow();
    m_window->setWallMode(true);
    WallView &wall = m_window->wallView();
    QTRY_COMPARE(wall.table().model()->rowCount(), 5);

    const auto text = [&wall](const QString &name) {
        auto *label = wall.findChild<QLabel *>(name);
        return label ? label->text() : QStringLiteral("<no %1>").arg(name);
    };
    // Counted by themselves, after the list arrived (not only on later changes).
    QTRY_COMPARE(text(QStringLiteral("wallSeverityChip_critical")), QStringLiteral("2 critical"));
    QCOMPARE(text(QStringLiteral("wallSeverityChip_major")), QStringLiteral("2 major"));
    QCOMPARE(text(QStringLiteral("wallSeverityChip_minor")), QStringLiteral("1 minor"));
    // Per environment: the counts in their severity's colour, the words for the tooltip and screen readers.
    const auto environment = [&wall](const QString &name) { return wall.findChild<QLabel *>(name); };
    QLabel *production = environment(QStringLiteral("wallEnvironmentLabel_Production"));
    QLabel *development = environment(QStringLiteral("wallEnvironmentLabel_Development"));
    QVERIFY(production && development);
    QCOMPARE(production->toolTip(), QStringLiteral("Production: 1 critical · 2 major"));
    QCOMPARE(development->toolTip(), QStringLiteral("Development: 1 critical · 1 minor"));
    const QString critical =
        QColor(m_window->alertModel().alarmModel().severityColors.value(QStringLiteral("critical"))).name();
    const QString major =
        QColor(m_window->alertModel().alarmModel().severityColors.value(QStringLiteral("major"))).name();
    QCOMPARE(production->text(),
             QStringLiteral("Production&nbsp;&nbsp;<span style=\"color:%1\">1</span> · "
                            "<span style=\"color:%2\">2</span>")
                 .arg(critical, major));

    // Live changes reach the banner.
    m_fixture->send(QStringLiteral("db03"), QStringLiteral("critical"));
    QTRY_COMPARE(text(QStringLiteral("wallSeverityChip_critical")), QStringLiteral("3 critical"));
}

void TestWallMode::shouldWarnWhenTheConnectionIsLost()
{
    openWindow();
    m_window->setWallMode(true);
    WallBanner &banner = m_window->wallView().banner();
    auto *data = banner.findChild<QLabel *>(QStringLiteral("wallDataLabel"));
    auto *clock = banner.findChild<QLabel *>(QStringLiteral("wallClockLabel"));
    banner.setClock([] { return QDateTime(QDate(2026, 11, 26), QTime(9, 41, 7)); });
    QCOMPARE(clock->text(), QStringLiteral("09:41:07"));
    QCOMPARE(banner.freshness(), WallBanner::Freshness::Current);
    QCOMPARE(data->text(), QStringLiteral("Live"));

    // The backend stops (what a lost connection looks like from here): the banner says so, in a warning block.
    m_fixture->backend->stop();
    QTRY_COMPARE(banner.freshness(), WallBanner::Freshness::Lost);
    QVERIFY2(data->text().startsWith(QStringLiteral("CONNECTION LOST")), qPrintable(data->text()));
    QVERIFY(data->styleSheet().contains(QStringLiteral("background")));
}

void TestWallMode::shouldWarnWhenPolledDataIsStale()
{
    // A real server, polled (as an upstream Alerta server without the stream is).
    ServerFixture server;
    QVERIFY2(server.start(), qPrintable(server.failure()));
    QVERIFY(!server.sendAlert(QStringLiteral("db01"), QStringLiteral("critical")).isEmpty());
    std::unique_ptr<RemoteBackend> backend =
        server.backend(server.adminKey, true, RemoteBackendOptions::Transport::Polling);
    m_window = std::make_unique<MainWindow>();
    m_window->setBackend(backend.get());
    m_window->wallMode().setScreenName(QStringLiteral("wall"));
    m_window->show();
    m_window->setWallMode(true);
    QTRY_COMPARE(m_window->wallView().table().model()->rowCount(), 1);
    QCOMPARE(backend->state(), AlertBackend::State::Polling);
    WallBanner &banner = m_window->wallView().banner();
    auto *data = banner.findChild<QLabel *>(QStringLiteral("wallDataLabel"));

    // Polled a moment ago: current.
    banner.tick();
    QCOMPARE(banner.freshness(), WallBanner::Freshness::Current);
    QVERIFY2(data->text().startsWith(QStringLiteral("Updated")), qPrintable(data->text()));

    // The same data ten minutes later (the polls stopped coming back): stale, with the time it is from.
    const QDateTime syncedAt = backend->syncedAt();
    banner.setClock([syncedAt] { return syncedAt.addSecs(600).toLocalTime(); });
    QCOMPARE(banner.freshness(), WallBanner::Freshness::Stale);
    QVERIFY2(data->text().startsWith(QStringLiteral("STALE: data as of ")), qPrintable(data->text()));
    QVERIFY2(data->text().endsWith(QStringLiteral("(10 min ago)")), qPrintable(data->text()));

    // The server goes away: lost.
    banner.setClock([] { return QDateTime::currentDateTime(); });
    server.server().kill();
    QTRY_COMPARE_WITH_TIMEOUT(banner.freshness(), WallBanner::Freshness::Lost, 10000);
    QVERIFY2(data->text().startsWith(QStringLiteral("CONNECTION LOST: data as of ")), qPrintable(data->text()));
    QTRY_COMPARE(m_window->geometry(), QRect(1280, 0, 1920, 1080));
    keepScreenshot(*m_window, QStringLiteral("wall-connection-lost"));
    m_window.reset(); // before the backend it shows
}

void TestWallMode::shouldRotateThroughSavedViews()
{
    m_fixture->send(QStringLiteral("db01"), QStringLiteral("critical"));
    m_fixture->send(QStringLiteral("web01"), QStringLiteral("major"), QStringLiteral("Development"));
    openWindow();
    QTRY_COMPARE(m_window->alertModel().rowCount(), 2);
    SavedViews views;
    QVariantMap production = m_window->viewState();
    production.insert(QStringLiteral("environment"), QStringLiteral("Production"));
    QVariantMap development = production;
    development.insert(QStringLiteral("environment"), QStringLiteral("Development"));
    views.put(QStringLiteral("Production"), production);
    views.put(QStringLiteral("Development"), development);
    m_window->setSavedViews(views);

    WallMode &wallMode = m_window->wallMode();
    QSignalSpy shown(&wallMode, &WallMode::viewShown);
    wallMode.setRotation({QStringLiteral("Production"), QStringLiteral("Gone"), QStringLiteral("Development")},
                         std::chrono::seconds(1));
    m_window->setWallMode(true);
    WallView &wall = m_window->wallView();
    auto *viewLabel = wall.findChild<QLabel *>(QStringLiteral("wallViewLabel"));

    // The rotation starts with its first view; the wall shows only that view's alerts.
    QCOMPARE(wallMode.currentView(), QStringLiteral("Production"));
    QCOMPARE(viewLabel->text(), QStringLiteral("Production"));
    QTRY_COMPARE(wall.table().model()->rowCount(), 1);
    QCOMPARE(wall.table().model()->index(0, 0).data(AlertTableModel::EnvironmentRole).toString(),
             QStringLiteral("Production"));

    // After its time, the next view that still exists ("Gone" was deleted).
    QTRY_COMPARE_WITH_TIMEOUT(wallMode.currentView(), QStringLiteral("Development"), 3000);
    QCOMPARE(viewLabel->text(), QStringLiteral("Development"));
    QTRY_COMPARE(wall.table().model()->index(0, 0).data(AlertTableModel::EnvironmentRole).toString(),
                 QStringLiteral("Development"));
    QTRY_COMPARE_WITH_TIMEOUT(wallMode.currentView(), QStringLiteral("Production"), 3000);

    // Paused, it stays.
    wall.setPaused(true);
    const QString paused = wallMode.currentView();
    QTest::qWait(1500);
    QCOMPARE(wallMode.currentView(), paused);
    QVERIFY(!shown.isEmpty());
}

void TestWallMode::shouldShowControlsOnlyAfterTheMouseMoves()
{
    openWindow();
    m_window->setWallMode(true);
    WallView &wall = m_window->wallView();
    QVERIFY(!wall.controlsVisible());
    QCOMPARE(wall.cursor().shape(), Qt::BlankCursor);

    QWidget *viewport = wall.table().viewport();
    QMouseEvent move(QEvent::MouseMove,
                     QPointF(50, 50),
                     viewport->mapToGlobal(QPointF(50, 50)),
                     Qt::NoButton,
                     Qt::NoButton,
                     Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QVERIFY(wall.controlsVisible());
    QVERIFY(wall.cursor().shape() != Qt::BlankCursor);
    // Nobody touches it: they go again.
    QTRY_VERIFY_WITH_TIMEOUT(!wall.controlsVisible(), 8000);
    QCOMPARE(wall.cursor().shape(), Qt::BlankCursor);
}

void TestWallMode::shouldKeepPassersByOutWhileLocked()
{
    const QString id = m_fixture->send(QStringLiteral("db01"), QStringLiteral("critical"));
    openWindow();
    m_window->wallMode().setScreenName(QStringLiteral("wall"));
    m_window->setWallMode(true);
    WallView &wall = m_window->wallView();
    QTRY_COMPARE(wall.table().model()->rowCount(), 1);

    wall.lock(QStringLiteral("2468"));
    QVERIFY(wall.isLocked());
    wall.revealControls();
    QTRY_COMPARE(m_window->geometry(), QRect(1280, 0, 1920, 1080));
    QTRY_VERIFY(wall.findChild<QLabel *>(QStringLiteral("wallSeverityChip_critical"))); // counted by itself
    keepScreenshot(*m_window, QStringLiteral("wall-locked"));
    QVERIFY(!wall.findChild<QToolButton *>(QStringLiteral("leaveWallButton"))->isVisible());
    QCOMPARE(wall.findChild<QToolButton *>(QStringLiteral("lockWallButton"))->text(), QStringLiteral("Unlock…"));

    // The desk's shortcuts do nothing on a wall: no ack, no leaving.
    for (const QKeySequence &key : {QKeySequence(Qt::Key_A), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W)})
        QTest::keySequence(m_window.get(), key);
    QTest::qWait(200);
    QCOMPARE(m_fixture->statusOf(id), QStringLiteral("open"));
    QVERIFY(m_window->isWallMode());

    // Esc asks for the PIN: a wrong one keeps the wall locked...
    answerNextPrompt(QStringLiteral("1111"));
    QTimer::singleShot(50, qApp, [] { // and the "wrong PIN" message is dismissed
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
    QTest::keyClick(&wall, Qt::Key_Escape);
    QVERIFY(wall.isLocked());
    QVERIFY(m_window->isWallMode());
    QVERIFY(!wall.unlock(QStringLiteral("1111")));

    // ...the right one unlocks, and Esc leaves.
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    answerNextPrompt(QStringLiteral("2468"));
    QTest::keyClick(&wall, Qt::Key_Escape);
    QVERIFY(!wall.isLocked());
    QVERIFY(m_window->isWallMode());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(&wall, Qt::Key_Escape);
    QVERIFY(!m_window->isWallMode());
}

QTEST_MAIN(TestWallMode)
#include "testwallmode.moc"
