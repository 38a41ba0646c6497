// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/wallmode.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>
#include <QWindow>

#include "ui/wallview.h"

WallMode::WallMode(QWidget &window, WallView &view, ShowView showView, QDBusConnection bus, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_view(view)
    , m_showView(std::move(showView))
    , m_inhibitor(std::move(bus))
{
    connect(&m_rotationTimer, &QTimer::timeout, this, &WallMode::nextView);
    connect(&m_view, &WallView::nextViewRequested, this, &WallMode::nextView);
    connect(&m_view, &WallView::previousViewRequested, this, &WallMode::previousView);
    connect(&m_view, &WallView::pausedChanged, this, &WallMode::updateRotationTimer);
    connect(qApp, &QGuiApplication::screenAdded, this, &WallMode::onScreenAdded);
}

WallMode::~WallMode() = default;

void WallMode::setScreenName(const QString &name)
{
    m_screenName = name;
    if (m_active)
        goFullScreen();
}

void WallMode::setRotation(const QStringList &views, std::chrono::seconds interval)
{
    m_views = views;
    m_rotationTimer.setInterval(interval);
    if (m_index >= m_views.size())
        m_index = -1;
    updateRotationTimer();
}

void WallMode::start()
{
    if (m_active)
        return;
    m_active = true;
    m_normalGeometry = m_window.geometry();
    m_normalState = m_window.windowState();
    goFullScreen();
    m_inhibitor.inhibit(tr("Alerta Console is showing alerts on a wall display"));
    m_view.setRunning(true);
    // The rotation starts on its first view, so the wall shows the same thing after every restart.
    if (!m_views.isEmpty())
        showViewAt(0);
    updateRotationTimer();
}

void WallMode::stop()
{
    if (!m_active)
        return;
    m_active = false;
    m_rotationTimer.stop();
    m_view.setRunning(false);
    m_inhibitor.release();
    m_window.setWindowState(m_normalState & ~Qt::WindowFullScreen);
    if (!(m_normalState & (Qt::WindowMaximized | Qt::WindowFullScreen)))
        m_window.setGeometry(m_normalGeometry);
}

void WallMode::nextView()
{
    if (!m_views.isEmpty())
        showViewAt((m_index + 1) % m_views.size());
}

void WallMode::previousView()
{
    if (!m_views.isEmpty())
        showViewAt((m_index - 1 + m_views.size()) % m_views.size());
}

void WallMode::showViewAt(int index)
{
    // A view deleted meanwhile is skipped, not shown as an error on a wall nobody sits at.
    for (int tried = 0; tried < m_views.size(); ++tried) {
        const int candidate = (index + tried) % m_views.size();
        if (m_showView(m_views.at(candidate))) {
            m_index = candidate;
            m_current = m_views.at(candidate);
            m_view.setViewName(m_current);
            Q_EMIT viewShown(m_current);
            break;
        }
    }
    // An operator's turn starts the interval again: the chosen view gets its full time.
    if (m_rotationTimer.isActive())
        m_rotationTimer.start();
}

QScreen *WallMode::targetScreen() const
{
    if (!m_screenName.isEmpty()) {
        const QList<QScreen *> screens = QGuiApplication::screens();
        for (QScreen *screen : screens) {
            if (screen->name() == m_screenName)
                return screen;
        }
    }
    return m_window.screen();
}

void WallMode::goFullScreen()
{
    QScreen *screen = targetScreen();
    if (screen && screen != m_window.screen()) {
        // Full screen happens on the screen the window is on: leave full screen, move, and go full screen there.
        m_window.setWindowState(m_window.windowState() & ~Qt::WindowFullScreen);
        if (QWindow *handle = m_window.windowHandle())
            handle->setScreen(screen);
    }
    // The whole monitor, also where no window manager makes a full-screen window cover it (a bare X server on a
    // wall computer).
    if (screen)
        m_window.setGeometry(screen->geometry());
    m_window.setWindowState(m_window.windowState() | Qt::WindowFullScreen);
}

void WallMode::onScreenAdded(QScreen *screen)
{
    // The wall's monitor is back (unplugged, switched off, or the display server restarted): go back to it.
    if (m_active && !m_screenName.isEmpty() && screen->name() == m_screenName)
        goFullScreen();
}

void WallMode::updateRotationTimer()
{
    const bool rotate = m_active && !m_view.isPaused() && m_views.size() > 1 && m_rotationTimer.interval() > 0;
    if (rotate && !m_rotationTimer.isActive())
        m_rotationTimer.start();
    else if (!rotate)
        m_rotationTimer.stop();
}
