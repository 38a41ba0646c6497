// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alert.h"
#include "core/result.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <optional>

class AlertBackend;
class AlertDetailsView;
class QLabel;
class QStackedWidget;

/// The details pane beside the alert table: fetches the whole alert (history, raw data) and its notes from the
/// backend for the alert the table's current row shows, and shows them in an AlertDetailsView.
///
/// Fetches wait for a short pause (arrow keys through the table do not fetch every row they pass) and answers to
/// older requests are dropped. refresh() fetches the shown alert again when the list says it changed; the old
/// version stays on screen until the new one arrives, so nothing flickers. Shows "No alert selected" without an
/// alert and the backend's error when the fetch fails (e.g. the alert was deleted). Object name: detailsPane;
/// its message label: detailsMessageLabel.
class AlertDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertDetailsPane)

public:
    explicit AlertDetailsPane(QWidget *parent = nullptr);
    ~AlertDetailsPane() override;

    /// Where alerts are fetched from (not owned); nullptr shows nothing. Forgets the shown alert.
    void setBackend(AlertBackend *backend);

    /// Shows alert `id` after the fetch delay; an empty id shows "No alert selected". The same id again only
    /// refreshes.
    void showAlert(const QString &id);
    /// Fetches the shown alert again, keeping it on screen meanwhile.
    void refresh();
    /// The id asked for by showAlert(), or empty.
    QString alertId() const { return m_id; }
    /// The alert as last fetched for alertId(), if it arrived.
    const std::optional<Alert> &alert() const { return m_alert; }

    /// Copies the shown alert as Alerta JSON (upstream's serialisation, `href` relative) to the clipboard.
    void copyAsJson();

    /// Pause between a change of alert and its fetch. Default 100 ms.
    void setFetchDelay(std::chrono::milliseconds delay);

Q_SIGNALS:
    /// The alert `id` was fetched and is shown (its notes may still be on their way).
    void alertLoaded(const QString &id);
    /// A line for the status bar (e.g. after copying).
    void statusMessage(const QString &message);

private:
    void fetch();
    void showNotes(const Result<QList<Note>> &notes);
    void showMessage(const QString &message);

    QPointer<AlertBackend> m_backend;
    QString m_id;
    std::optional<Alert> m_alert;
    std::optional<Result<QList<Note>>> m_pendingNotes; ///< notes that arrived before their alert
    quint64 m_generation = 0; ///< bumped by every fetch and every change of alert: older answers are dropped
    QTimer m_fetchTimer;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_messageLabel = nullptr;
    AlertDetailsView *m_view = nullptr;
};
