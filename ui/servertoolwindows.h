// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <chrono>

class AlertBackend;
class QWidget;

/// The windows a main window opens on its server beside the alert list: heartbeats, blackouts, administration,
/// About (status and metrics) and housekeeping. One of each at a time (asking again raises it); all of them close
/// when the main window moves to another backend, since each holds the backend it was opened on.
class ServerToolWindows final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerToolWindows)

public:
    enum class Tool { Heartbeats, Blackouts, Administration, About, Housekeeping };
    Q_ENUM(Tool)

    /// Windows open as children of `owner` (so they stay above it and go with it).
    explicit ServerToolWindows(QWidget *owner);
    ~ServerToolWindows() override;

    /// The backend the next windows open on; closes the windows of the previous one.
    void setBackend(AlertBackend *backend);
    /// How often the heartbeats and blackouts lists refresh (Preferences).
    void setRefreshInterval(std::chrono::milliseconds interval);

    /// Opens (or raises) `tool`'s window; nothing without a backend. Returns it.
    QWidget *open(Tool tool);
    /// Opens the blackouts window with a new blackout filled in from `alert` (its JSON: environment, resource,
    /// event, service, group, customer).
    void blackoutLike(const QJsonObject &alert);
    /// The open window of `tool`, or nullptr.
    QWidget *window(Tool tool) const;
    void closeAll();

private:
    QWidget *create(Tool tool);

    QWidget *m_owner;
    QPointer<AlertBackend> m_backend;
    std::chrono::milliseconds m_refreshInterval{10000};
    QPointer<QWidget> m_windows[5];
};
