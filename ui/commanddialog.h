// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/client/alertcommand.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QSpinBox;

/// Asks for the optional parts of an operator action before it runs on the chosen alerts: the text the
/// history records (one shared note, e.g. "maintenance CHG-123") and, for ack and shelve, a timeout.
/// Open it with open() (window-modal, not blocking); accepted() means command() is ready.
/// Object names: commandDialog, commandTextEdit, commandTimeoutSpin.
class CommandDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandDialog)

public:
    /// For `action` (ack, shelve, close, ...) on `alertCount` alerts. `defaultTimeout` (seconds; 0 = the
    /// server's default) fills the timeout field of actions that take one.
    CommandDialog(const QString &action, qsizetype alertCount, qint64 defaultTimeout, QWidget *parent = nullptr);
    ~CommandDialog() override;

    /// Whether `action` takes a timeout (ack: until it is unacked again; shelve: until it is unshelved).
    static bool takesTimeout(const QString &action);

    /// The action with what was entered; a timeout of 0 leaves it to the server.
    AlertCommand command() const;

private:
    QString m_action;
    QLineEdit *m_textEdit = nullptr;
    QSpinBox *m_timeoutSpin = nullptr; ///< minutes; only for actions that take a timeout
};
