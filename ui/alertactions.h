// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include "core/client/alertcommand.h"
#include "core/client/alertfilter.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class AlertBackend;
class AlertTableModel;
class AlertTableView;
class QAction;
class QKeySequence;
class QMenu;
class QWidget;

/// The triage commands of the console as QActions — their texts, single-key shortcuts, enabled states and what
/// they do — on the selected rows of an AlertTableView, through AlertBackend::run().
///
/// Nothing is changed locally: the table shows a command's effect when the backend's change arrives, and the
/// outcome ("Acknowledged 12 alerts", "3 of 15 failed: …") goes out as statusMessage(). Dialogs (notes, tags,
/// timeouts, delete confirmation, act on everything matching) open with open(), never exec(), so nothing
/// blocks and tests find them by object name: commandDialog, noteDialog, tagDialog, untagDialog,
/// confirmDeleteDialog, actOnMatchingDialog.
///
/// The per-alert actions use Qt::WidgetWithChildrenShortcut: add them to the widget whose focus should enable
/// the single-key shortcuts (the table area), so that typing in the filter bar never triggers them.
class AlertActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertActions)

public:
    /// Acts on `view`'s selection of `model`'s alerts; dialogs are children of `dialogParent`.
    AlertActions(AlertTableModel *model, AlertTableView *view, QWidget *dialogParent);
    ~AlertActions() override;

    /// Where commands go (not owned); nullptr disables every action.
    void setBackend(AlertBackend *backend);
    /// The operator's default ack and shelve timeouts in seconds (Preferences); nullopt = the server's default.
    /// Plain A and S send them; the Shift dialogs offer them.
    void setDefaultTimeouts(std::optional<qint64> ackSeconds, std::optional<qint64> shelveSeconds);
    /// The filter of "act on everything matching"; default: the backend's filter.
    void setMatchingFilter(std::function<AlertFilter()> filter);

    /// The actions on selected alerts, in menu order.
    QList<QAction *> alertActions() const { return m_alertActions; }
    QAction *actOnMatchingAction() const { return m_actOnMatching; }
    /// Fills the Alert menu (also the table's context menu).
    void fillMenu(QMenu *menu) const;

    /// Runs `command` on `ids` and reports the outcome; `doneText` replaces the usual success message.
    void run(const AlertCommand &command, const QStringList &ids, const QString &doneText = {});

Q_SIGNALS:
    /// A line for the status bar: a command started, finished or failed.
    void statusMessage(const QString &message);

private:
    QAction *createAction(const QString &objectName,
                          const QString &text,
                          const QKeySequence &shortcut,
                          std::function<void()> handler);
    void updateEnabled();
    /// The preferred timeout of `action` (ack, shelve), if the operator chose one.
    std::optional<qint64> preferredTimeout(const QString &action) const;
    QStringList selectedIds() const;
    void act(const QString &action);
    void actWithDialog(const QString &action);
    void confirmDelete();
    void promptNote();
    void promptTags(bool untag);
    void toggleWatch();
    void actOnMatching();
    void runOnMatching(const AlertCommand &command, const AlertFilter &filter);

    AlertTableModel *m_model;
    AlertTableView *m_view;
    QWidget *m_dialogParent;
    QPointer<AlertBackend> m_backend;
    std::optional<qint64> m_ackTimeout;
    std::optional<qint64> m_shelveTimeout;
    std::function<AlertFilter()> m_matchingFilter;
    QList<QAction *> m_alertActions;
    QList<QAction *> m_plainActions;  ///< ack … reopen
    QList<QAction *> m_dialogActions; ///< the same with a dialog (Shift)
    QAction *m_delete = nullptr;
    QAction *m_note = nullptr;
    QAction *m_tag = nullptr;
    QAction *m_untag = nullptr;
    QAction *m_watch = nullptr;
    QAction *m_actOnMatching = nullptr;
};
