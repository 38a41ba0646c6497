// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/alertactions.h"
#include "core/client/whenfinished.h"

#include <QAction>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

#include "core/client/alertbackend.h"
#include "models/alerttablemodel.h"
#include "ui/actonmatchingdialog.h"
#include "ui/alerttableview.h"
#include "ui/commanddialog.h"
#include "ui/commandtext.h"
#include "ui/filtersummary.h"

namespace {

/// The single key of each operator action (Shift+key opens its dialog).
Qt::Key keyOf(const QString &action)
{
    static const QHash<QString, Qt::Key> keys{{QStringLiteral("ack"), Qt::Key_A},
                                              {QStringLiteral("unack"), Qt::Key_U},
                                              {QStringLiteral("shelve"), Qt::Key_S},
                                              {QStringLiteral("unshelve"), Qt::Key_H},
                                              {QStringLiteral("close"), Qt::Key_C},
                                              {QStringLiteral("open"), Qt::Key_O}};
    return keys.value(action, Qt::Key_unknown);
}

/// `web, db ,, api` → [web, db, api].
QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        if (const QString tag = part.trimmed(); !tag.isEmpty())
            tags.append(tag);
    }
    return tags;
}

QInputDialog *textDialog(QWidget *parent, const QString &objectName, const QString &title, const QString &label)
{
    auto *dialog = new QInputDialog(parent);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setInputMode(QInputDialog::TextInput);
    return dialog;
}

} // namespace

AlertActions::AlertActions(AlertTableModel *model, AlertTableView *view, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_model(model)
    , m_view(view)
    , m_dialogParent(dialogParent)
{
    for (const QString &action : CommandText::operatorActions()) {
        const AlertCommand command = AlertCommand::act(action);
        QAction *plain = createAction(action + QStringLiteral("Action"),
                                      CommandText::title(command),
                                      QKeySequence(keyOf(action)),
                                      [this, action] { act(action); });
        m_plainActions.append(plain);
    }
    for (const QString &action : CommandText::operatorActions()) {
        const AlertCommand command = AlertCommand::act(action);
        QAction *withDialog = createAction(action + QStringLiteral("WithNoteAction"),
                                           tr("%1…", "command that opens a dialog").arg(CommandText::title(command)),
                                           QKeySequence(Qt::SHIFT | keyOf(action)),
                                           [this, action] { actWithDialog(action); });
        withDialog->setStatusTip(tr("%1 with a note and a timeout").arg(CommandText::title(command)));
        m_dialogActions.append(withDialog);
    }
    m_note =
        createAction(QStringLiteral("noteAction"), tr("Add Note…"), QKeySequence(Qt::Key_N), [this] { promptNote(); });
    m_tag =
        createAction(QStringLiteral("tagAction"), tr("Tag…"), QKeySequence(Qt::Key_T), [this] { promptTags(false); });
    m_untag = createAction(QStringLiteral("untagAction"), tr("Untag…"), QKeySequence(Qt::SHIFT | Qt::Key_T), [this] {
        promptTags(true);
    });
    m_watch = createAction(QStringLiteral("watchAction"), tr("Watch / Unwatch"), QKeySequence(Qt::Key_W), [this] {
        toggleWatch();
    });
    m_watch->setStatusTip(tr("Tag the alerts watch:<you>, or remove that tag when they all have it"));
    m_delete = createAction(QStringLiteral("deleteAction"), tr("Delete…"), QKeySequence(QKeySequence::Delete), [this] {
        confirmDelete();
    });

    m_actOnMatching = new QAction(tr("Act on Everything Matching…"), this);
    m_actOnMatching->setObjectName(QStringLiteral("actOnMatchingAction"));
    m_actOnMatching->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_actOnMatching->setStatusTip(tr("Run one command on every alert the filters and the environment tab match"));
    connect(m_actOnMatching, &QAction::triggered, this, &AlertActions::actOnMatching);

    connect(m_view, &AlertTableView::selectionCountChanged, this, &AlertActions::updateEnabled);
    updateEnabled();
}

AlertActions::~AlertActions() = default;

QAction *AlertActions::createAction(const QString &objectName,
                                    const QString &text,
                                    const QKeySequence &shortcut,
                                    std::function<void()> handler)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    // Single keys must not fire while the operator types in the filter bar: only where the action is added.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, std::move(handler));
    m_alertActions.append(action);
    return action;
}

void AlertActions::setBackend(AlertBackend *backend)
{
    if (m_backend)
        m_backend->disconnect(this);
    m_backend = backend;
    // The login (and so whether watching is possible) is known once the backend has connected.
    if (backend)
        connect(backend, &AlertBackend::sessionChanged, this, &AlertActions::updateEnabled);
    updateEnabled();
}

void AlertActions::setMatchingFilter(std::function<AlertFilter()> filter)
{
    m_matchingFilter = std::move(filter);
}

void AlertActions::fillMenu(QMenu *menu) const
{
    menu->addActions(m_plainActions);
    QMenu *withNote = menu->addMenu(tr("With Note or Timeout"));
    withNote->setObjectName(QStringLiteral("withNoteMenu"));
    withNote->addActions(m_dialogActions);
    menu->addSeparator();
    menu->addAction(m_note);
    menu->addAction(m_tag);
    menu->addAction(m_untag);
    menu->addAction(m_watch);
    menu->addSeparator();
    menu->addAction(m_delete);
    menu->addSeparator();
    menu->addAction(m_actOnMatching);
}

void AlertActions::updateEnabled()
{
    const bool usable = m_backend && m_view->selectionModel()->hasSelection();
    for (QAction *action : std::as_const(m_alertActions))
        action->setEnabled(usable);
    m_watch->setEnabled(usable && !m_backend->userName().isEmpty());
    m_actOnMatching->setEnabled(m_backend);
}

QStringList AlertActions::selectedIds() const
{
    return m_view->selectedAlertIds();
}

void AlertActions::run(const AlertCommand &command, const QStringList &ids, const QString &doneText)
{
    if (!m_backend || ids.isEmpty())
        return;
    Q_EMIT statusMessage(CommandText::running(command, ids.size()));
    whenFinished(m_backend->run(command, ids), this, [this, command, doneText](const Result<CommandOutcome> &outcome) {
        if (!outcome) {
            Q_EMIT statusMessage(tr("%1 failed: %2").arg(CommandText::title(command), outcome.error().message));
            return;
        }
        const bool plain = doneText.isEmpty() || !outcome->allSucceeded();
        Q_EMIT statusMessage(plain ? CommandText::outcome(command, *outcome) : doneText);
    });
}

void AlertActions::setDefaultTimeouts(std::optional<qint64> ackSeconds, std::optional<qint64> shelveSeconds)
{
    m_ackTimeout = ackSeconds;
    m_shelveTimeout = shelveSeconds;
}

std::optional<qint64> AlertActions::preferredTimeout(const QString &action) const
{
    if (action == QLatin1StringView("ack"))
        return m_ackTimeout;
    if (action == QLatin1StringView("shelve"))
        return m_shelveTimeout;
    return std::nullopt;
}

void AlertActions::act(const QString &action)
{
    // Without a preference no timeout is sent: the server applies its own default (spec §3.6).
    run(AlertCommand::act(action, {}, preferredTimeout(action)), selectedIds());
}

void AlertActions::actWithDialog(const QString &action)
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || !m_backend)
        return;
    const ServerAlarmModel &alarm = m_backend->alarmModel();
    const qint64 serverDefault = action == QLatin1StringView("ack") ? alarm.ackTimeout
        : action == QLatin1StringView("shelve")                     ? alarm.shelveTimeout
                                                                    : 0;
    const qint64 timeout = preferredTimeout(action).value_or(serverDefault);
    auto *dialog = new CommandDialog(action, ids.size(), timeout, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] { run(dialog->command(), ids); });
    dialog->open();
}

void AlertActions::confirmDelete()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    auto *box =
        new QMessageBox(QMessageBox::Warning,
                        tr("Delete Alerts"),
                        tr("Delete %Ln alert(s)? This cannot be undone.", nullptr, static_cast<int>(ids.size())),
                        QMessageBox::Cancel,
                        m_dialogParent);
    box->setObjectName(QStringLiteral("confirmDeleteDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("A deleted alert comes back only if its source sends it again."));
    QPushButton *deleteButton = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, deleteButton, ids](QAbstractButton *clicked) {
        if (clicked == deleteButton)
            run(AlertCommand::remove(), ids);
    });
    box->open();
}

void AlertActions::promptNote()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    QInputDialog *dialog = textDialog(m_dialogParent,
                                      QStringLiteral("noteDialog"),
                                      tr("Add Note"),
                                      tr("Note on %Ln alert(s):", nullptr, static_cast<int>(ids.size())));
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, ids](const QString &text) {
        if (!text.trimmed().isEmpty())
            run(AlertCommand::note(text.trimmed()), ids);
    });
    dialog->open();
}

void AlertActions::promptTags(bool untag)
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    const int n = static_cast<int>(ids.size());
    QInputDialog *dialog = untag ? textDialog(m_dialogParent,
                                              QStringLiteral("untagDialog"),
                                              tr("Untag"),
                                              tr("Tags to remove from %Ln alert(s), comma-separated:", nullptr, n))
                                 : textDialog(m_dialogParent,
                                              QStringLiteral("tagDialog"),
                                              tr("Tag"),
                                              tr("Tags to add to %Ln alert(s), comma-separated:", nullptr, n));
    if (untag) {
        // Offer what the alerts have, to be trimmed down to what should go.
        QStringList present;
        for (const QString &id : ids) {
            if (const int row = m_model->rowOf(id); row >= 0) {
                for (const QString &tag : m_model->alertAt(row).tags) {
                    if (!present.contains(tag))
                        present.append(tag);
                }
            }
        }
        dialog->setTextValue(present.join(QStringLiteral(", ")));
    }
    connect(dialog, &QInputDialog::textValueSelected, this, [this, ids, untag](const QString &text) {
        const QStringList tags = splitTags(text);
        if (!tags.isEmpty())
            run(untag ? AlertCommand::untag(tags) : AlertCommand::tag(tags), ids);
    });
    dialog->open();
}

void AlertActions::toggleWatch()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || !m_backend || m_backend->userName().isEmpty())
        return;
    // Upstream's web UI marks watched alerts with this tag.
    const QString tag = QStringLiteral("watch:") + m_backend->userName();
    const bool allWatched = std::all_of(ids.cbegin(), ids.cend(), [this, &tag](const QString &id) {
        const int row = m_model->rowOf(id);
        return row >= 0 && m_model->alertAt(row).tags.contains(tag);
    });
    const int n = static_cast<int>(ids.size());
    if (allWatched)
        run(AlertCommand::untag({tag}), ids, tr("Stopped watching %Ln alert(s)", nullptr, n));
    else
        run(AlertCommand::tag({tag}), ids, tr("Watching %Ln alert(s)", nullptr, n));
}

void AlertActions::actOnMatching()
{
    if (!m_backend)
        return;
    const AlertFilter filter = m_matchingFilter ? m_matchingFilter() : m_backend->filter();
    auto *dialog = new ActOnMatchingDialog(FilterSummary::describe(filter), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog is the context: closing it before the count arrives drops the answer.
    whenFinished(m_backend->countMatching(filter), dialog, [dialog](const Result<qint64> &count) {
        if (count)
            dialog->setCount(count.value());
        else
            dialog->setCountError(count.error().message);
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog, filter] { runOnMatching(dialog->command(), filter); });
    dialog->open();
}

void AlertActions::runOnMatching(const AlertCommand &command, const AlertFilter &filter)
{
    if (!m_backend)
        return;
    Q_EMIT statusMessage(tr("Finding the alerts matching: %1…").arg(FilterSummary::describe(filter)));
    whenFinished(m_backend->idsMatching(filter), this, [this, command](const Result<QStringList> &ids) {
        if (!ids) {
            Q_EMIT statusMessage(tr("%1 failed: %2").arg(CommandText::title(command), ids.error().message));
            return;
        }
        if (ids->isEmpty()) {
            Q_EMIT statusMessage(tr("No alert matches any more"));
            return;
        }
        run(command, ids.value());
    });
}
