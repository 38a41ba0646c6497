// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/screensaverinhibitor.h"

#include <QObject>
#include <QPointer>
#include <QRect>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <functional>

class QScreen;
class QWidget;
class WallView;

/// What a wall display does over time, around a WallView: full screen on the chosen monitor — and back on it when
/// that monitor is unplugged and plugged in again —, the screen kept awake (ScreenSaverInhibitor), and a timed
/// rotation through saved views. The window's own parts (which page of it shows, its menus) are the window's.
class WallMode final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallMode)

public:
    /// Shows a saved view by name; false when there is none.
    using ShowView = std::function<bool(const QString &name)>;

    /// `window` and `view` must outlive this object.
    WallMode(QWidget &window,
             WallView &view,
             ShowView showView,
             QDBusConnection bus = QDBusConnection::sessionBus(),
             QObject *parent = nullptr);
    ~WallMode() override;

    /// The monitor (QScreen::name()) to run on; empty = wherever the window is.
    void setScreenName(const QString &name);
    QString screenName() const { return m_screenName; }
    /// The saved views to rotate through and how long each stays; fewer than two views, or 0 s, is no rotation.
    void setRotation(const QStringList &views, std::chrono::seconds interval);
    QStringList rotationViews() const { return m_views; }

    /// Goes full screen on the chosen monitor, keeps the screen awake and starts the rotation.
    void start();
    /// Ends all of it; the window gets back the geometry it had.
    void stop();
    bool isActive() const { return m_active; }

    /// The next or previous view of the rotation (also what the timer does).
    void nextView();
    void previousView();
    /// The view shown now; empty before the first turn of a rotation.
    QString currentView() const { return m_current; }
    /// The screen the wall goes to: the chosen one when connected, else the window's.
    QScreen *targetScreen() const;

    ScreenSaverInhibitor &inhibitor() { return m_inhibitor; }

Q_SIGNALS:
    /// A rotation turned to `name` (or the operator did).
    void viewShown(const QString &name);

private:
    void showViewAt(int index);
    void goFullScreen();
    void onScreenAdded(QScreen *screen);
    void updateRotationTimer();

    QWidget &m_window;
    WallView &m_view;
    ShowView m_showView;
    ScreenSaverInhibitor m_inhibitor;
    QString m_screenName;
    QStringList m_views;
    QTimer m_rotationTimer;
    int m_index = -1;
    QString m_current;
    bool m_active = false;
    QRect m_normalGeometry;
    Qt::WindowStates m_normalState;
};
