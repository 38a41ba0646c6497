// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/servertoolwindows.h"

#include "core/client/alertbackend.h"
#include "ui/aboutdialog.h"
#include "ui/administrationdialog.h"
#include "ui/blackoutsview.h"
#include "ui/heartbeatsview.h"
#include "ui/housekeepingdialog.h"

#include <QWidget>

ServerToolWindows::ServerToolWindows(QWidget *owner)
    : QObject(owner)
    , m_owner(owner)
{}

ServerToolWindows::~ServerToolWindows()
{
    closeAll();
}

void ServerToolWindows::setBackend(AlertBackend *backend)
{
    if (backend == m_backend)
        return;
    closeAll();
    m_backend = backend;
}

void ServerToolWindows::setRefreshInterval(std::chrono::milliseconds interval)
{
    m_refreshInterval = interval;
    if (auto *heartbeats = qobject_cast<HeartbeatsView *>(window(Tool::Heartbeats)))
        heartbeats->setRefreshInterval(interval);
    if (auto *blackouts = qobject_cast<BlackoutsView *>(window(Tool::Blackouts)))
        blackouts->setRefreshInterval(interval);
}

QWidget *ServerToolWindows::window(Tool tool) const
{
    return m_windows[int(tool)];
}

QWidget *ServerToolWindows::open(Tool tool)
{
    if (!m_backend)
        return nullptr;
    QPointer<QWidget> &slot = m_windows[int(tool)];
    if (!slot) {
        slot = create(tool);
        slot->setAttribute(Qt::WA_DeleteOnClose);
        slot->show();
    }
    slot->raise();
    slot->activateWindow();
    return slot;
}

void ServerToolWindows::blackoutLike(const QJsonObject &alert)
{
    if (auto *blackouts = qobject_cast<BlackoutsView *>(open(Tool::Blackouts)))
        blackouts->newBlackoutLike(alert);
}

void ServerToolWindows::closeAll()
{
    for (QPointer<QWidget> &window : m_windows) {
        // Deleted at once, not on close(): the backend they hold may be about to go.
        delete window.data();
        window.clear();
    }
}

QWidget *ServerToolWindows::create(Tool tool)
{
    AlertBackend &backend = *m_backend;
    QWidget *widget = nullptr;
    switch (tool) {
    case Tool::Heartbeats: {
        auto *view = new HeartbeatsView(backend, m_owner);
        view->setRefreshInterval(m_refreshInterval);
        view->setWindowTitle(tr("Heartbeats — %1").arg(backend.displayName()));
        view->resize(1100, 520);
        widget = view;
        break;
    }
    case Tool::Blackouts: {
        auto *view = new BlackoutsView(backend, m_owner);
        view->setRefreshInterval(m_refreshInterval);
        view->setWindowTitle(tr("Blackouts — %1").arg(backend.displayName()));
        view->resize(1400, 520);
        widget = view;
        break;
    }
    case Tool::Administration:
        widget = new AdministrationDialog(backend, m_owner);
        break;
    case Tool::About:
        widget = new AboutDialog(backend, m_owner);
        break;
    case Tool::Housekeeping:
        widget = new HousekeepingDialog(backend, m_owner);
        break;
    }
    // Views are plain widgets: a window of their own, beside the main window.
    widget->setWindowFlag(Qt::Window, true);
    return widget;
}
