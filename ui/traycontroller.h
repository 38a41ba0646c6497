// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/modelchangethrottle.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>
#include <QTimer>

#include <chrono>
#include <functional>

class AlertTableModel;
class QAction;
class QMenu;
class QWidget;

/// The console in the system tray: an icon in the colour of the worst open alert with the number of open alerts
/// (TrayIconPainter), a tooltip with the counts per severity, and a menu — Show Window, Mute for 15 minutes /
/// 1 hour (desktop notifications pause; the icon keeps counting), Unmute, Quit. A click on the icon brings the
/// window back. Counts follow the window's alert list, at most twice a second however many changes arrive.
///
/// Object names of the menu's actions: trayShowAction, trayMute15Action, trayMute60Action, trayUnmuteAction,
/// trayQuitAction.
class TrayController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayController)

public:
    /// Counts the open alerts of `model` and brings back `window`; both must outlive the controller.
    TrayController(const AlertTableModel &model, QWidget *window, QObject *parent = nullptr);
    ~TrayController() override;

    QSystemTrayIcon &icon() { return m_icon; }
    QMenu *menu() const { return m_menu; }
    /// The tooltip the icon has now.
    QString toolTip() const { return m_icon.toolTip(); }
    /// The number and colour the icon shows now.
    int openCount() const { return m_openCount; }
    QString worstSeverity() const { return m_worst; }

    /// Notifications are muted until mutedUntil() (local time); a null time is not muted.
    bool isMuted() const;
    QDateTime mutedUntil() const { return m_mutedUntil; }
    void muteFor(std::chrono::minutes duration);
    void unmute();
    /// The clock (tests). Default: the system's.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    /// Closing the window with its close button hides it instead, and the console keeps running in the tray (the
    /// first time, a tray message says so). Quitting still quits.
    void setCloseToTray(bool on) { m_closeToTray = on; }
    bool closeToTray() const { return m_closeToTray; }

    /// Offers one of the window's own actions (such as its Wall Display toggle) in the menu, above Quit.
    void addWindowAction(QAction *action);

    /// Counts now instead of after the pause.
    void updateNow();

Q_SIGNALS:
    void muteChanged(bool muted);
    /// The operator closed the window and it went to the tray.
    void hiddenToTray();
    void quitRequested();

protected:
    // QObject
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showWindow();
    void updateMuteActions();

    const AlertTableModel &m_model;
    QPointer<QWidget> m_window;
    QSystemTrayIcon m_icon;
    QMenu *m_menu = nullptr;
    QAction *m_unmute = nullptr;
    QAction *m_quitSeparator = nullptr;
    bool m_closeToTray = false;
    bool m_toldAboutTray = false;
    ModelChangeThrottle m_updates;
    QTimer m_muteTimer;
    QDateTime m_mutedUntil;
    std::function<QDateTime()> m_now = [] { return QDateTime::currentDateTime(); };
    int m_openCount = 0;
    QString m_worst;
};
