// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/traycontroller.h"

#include "models/alerttablemodel.h"
#include "models/severitycounts.h"
#include "ui/trayiconpainter.h"

#include <QAction>
#include <QEvent>
#include <QIcon>
#include <QLocale>
#include <QMenu>
#include <QWidget>

namespace {

/// Sizes the panels ask for; QIcon picks the nearest.
constexpr int iconSizes[] = {16, 22, 24, 32, 48, 64};

} // namespace

TrayController::TrayController(const AlertTableModel &model, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_window(window)
    , m_menu(new QMenu(window))
    , m_updates(model, std::chrono::milliseconds(500), [this] { updateNow(); })
{
    QAction *show = m_menu->addAction(tr("&Show Window"));
    show->setObjectName(QStringLiteral("trayShowAction"));
    connect(show, &QAction::triggered, this, &TrayController::showWindow);
    m_menu->addSeparator();
    QAction *mute15 = m_menu->addAction(tr("Mute for &15 Minutes"));
    mute15->setObjectName(QStringLiteral("trayMute15Action"));
    connect(mute15, &QAction::triggered, this, [this] { muteFor(std::chrono::minutes(15)); });
    QAction *mute60 = m_menu->addAction(tr("Mute for 1 &Hour"));
    mute60->setObjectName(QStringLiteral("trayMute60Action"));
    connect(mute60, &QAction::triggered, this, [this] { muteFor(std::chrono::minutes(60)); });
    m_unmute = m_menu->addAction(tr("&Unmute"));
    m_unmute->setObjectName(QStringLiteral("trayUnmuteAction"));
    connect(m_unmute, &QAction::triggered, this, &TrayController::unmute);
    m_quitSeparator = m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("trayQuitAction"));
    connect(quit, &QAction::triggered, this, &TrayController::quitRequested);
    m_icon.setContextMenu(m_menu);

    connect(&m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showWindow();
    });

    m_muteTimer.setSingleShot(true);
    connect(&m_muteTimer, &QTimer::timeout, this, &TrayController::unmute);

    updateMuteActions();
    updateNow();
    m_icon.show();
    if (m_window)
        m_window->installEventFilter(this);
}

TrayController::~TrayController() = default;

bool TrayController::eventFilter(QObject *watched, QEvent *event)
{
    // Only a close the operator asked for (the window's close button, spontaneous): File → Quit and the session's
    // end close the window from inside the application, and must still close it.
    if (watched == m_window && event->type() == QEvent::Close && event->spontaneous() && m_closeToTray) {
        event->ignore();
        m_window->hide();
        if (!m_toldAboutTray) {
            m_toldAboutTray = true;
            m_icon.showMessage(tr("Alerta Console is still running"),
                               tr("Alerts are still counted and notified. Click the tray icon to bring the window "
                                  "back; quit from its menu."),
                               QSystemTrayIcon::Information);
        }
        Q_EMIT hiddenToTray();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void TrayController::addWindowAction(QAction *action)
{
    m_menu->insertAction(m_quitSeparator, action);
}

void TrayController::updateNow()
{
    m_updates.cancel();
    QHash<QString, int> counts;
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const Alert &alert = m_model.alertAt(row);
        // Open only: what still waits for someone (acknowledged and shelved alerts have an owner).
        if (AlertStatus::isOpen(alert.status))
            ++counts[alert.severity];
    }
    const ServerAlarmModel &alarm = m_model.alarmModel();
    const SeverityCounts open = SeverityCounts::from(counts, alarm.severities);
    m_openCount = open.total;
    m_worst = open.worst();
    const QString colourOf = m_worst.isEmpty() ? alarm.severities.normalSeverity() : m_worst;
    QColor colour(alarm.severityColors.value(colourOf));
    if (!colour.isValid())
        colour = m_worst.isEmpty() ? QColor(0, 204, 0) : QColor(Qt::gray);

    QIcon icon;
    for (const int size : iconSizes)
        icon.addPixmap(TrayIconPainter::paint(colour, m_openCount, size));
    m_icon.setIcon(icon);
    QString tip = m_openCount == 0 ? tr("Alerta Console: no open alerts")
                                   : tr("Alerta Console: %n open alert(s)\n%1", nullptr, m_openCount).arg(open.text());
    if (isMuted())
        tip += u'\n'
            + tr("Notifications muted until %1").arg(QLocale().toString(m_mutedUntil.time(), QLocale::ShortFormat));
    m_icon.setToolTip(tip);
}

bool TrayController::isMuted() const
{
    return m_mutedUntil.isValid() && m_now() < m_mutedUntil;
}

void TrayController::muteFor(std::chrono::minutes duration)
{
    m_mutedUntil = m_now().addSecs(std::chrono::duration_cast<std::chrono::seconds>(duration).count());
    m_muteTimer.start(duration);
    updateMuteActions();
    updateNow();
    Q_EMIT muteChanged(true);
}

void TrayController::unmute()
{
    const bool wasMuted = m_mutedUntil.isValid();
    m_mutedUntil = {};
    m_muteTimer.stop();
    updateMuteActions();
    updateNow();
    if (wasMuted)
        Q_EMIT muteChanged(false);
}

void TrayController::updateMuteActions()
{
    m_unmute->setEnabled(m_mutedUntil.isValid());
}

void TrayController::showWindow()
{
    if (!m_window)
        return;
    // A wall stays full screen; a minimised window comes back as it was before.
    if (m_window->windowState() & Qt::WindowFullScreen)
        m_window->show();
    else
        m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}
