// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

class QAbstractItemModel;

/// Runs an update at most once per interval while a model changes (rows in or out, data, layout, reset): for the
/// counts that the status bar, the tray icon and the wall banner show over thousands of rows. The first change
/// starts the pause and later ones do not restart it, so that during a storm of changes the update still runs every
/// interval instead of never.
class ModelChangeThrottle final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelChangeThrottle)

public:
    /// `model` must outlive the throttle.
    ModelChangeThrottle(const QAbstractItemModel &model,
                        std::chrono::milliseconds interval,
                        std::function<void()> update,
                        QObject *parent = nullptr);
    ~ModelChangeThrottle() override;

    /// Forgets a pending update: the owner has just updated.
    void cancel();
    /// Whether an update waits for the pause to end.
    bool isPending() const;

private:
    void schedule();

    QTimer m_timer;
    std::function<void()> m_update;
};
