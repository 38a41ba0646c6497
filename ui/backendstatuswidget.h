// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/client/alertbackend.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;

/// The status bar's connection part: a coloured dot and the backend's state ("Live · This computer",
/// "Polling · alerta.example.com", "Connecting…", "Reconnecting: <why>", "Failed: <why>"), and, whenever the
/// list is not live, how old it is ("Data as of 12:03:04 (2 min ago)", updated every second) — so that an
/// operator never mistakes a stale list for a quiet one. Object names: connectionStateLabel, dataAgeLabel.
class BackendStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackendStatusWidget)

public:
    explicit BackendStatusWidget(QWidget *parent = nullptr);
    ~BackendStatusWidget() override;

    /// The backend to report on (not owned); nullptr reads "Not connected".
    void setBackend(AlertBackend *backend);

private:
    void updateState();
    void updateAge();

    QPointer<AlertBackend> m_backend;
    QLabel *m_dotLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_ageLabel = nullptr;
    QTimer m_ageTimer;
};
