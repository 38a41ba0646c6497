// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/client/alertcommand.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

/// "Act on everything matching": picks one command for every alert the current filter matches — not only the
/// loaded or selected ones — with one shared note, and previews how many alerts that is before anything runs
/// ("This will acknowledge 1,234 alerts matching: …"). The count comes from the server after the dialog
/// opens (setCount); the command cannot be run before it is known.
/// Object names: actOnMatchingDialog, actOnMatchingCommandCombo, actOnMatchingTextEdit, actOnMatchingPreviewLabel.
class ActOnMatchingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActOnMatchingDialog)

public:
    explicit ActOnMatchingDialog(const QString &filterSummary, QWidget *parent = nullptr);
    ~ActOnMatchingDialog() override;

    /// How many alerts match now.
    void setCount(qint64 count);
    /// The count failed: says why; the command stays unavailable.
    void setCountError(const QString &message);
    /// The chosen command with the note.
    AlertCommand command() const;

private:
    void updatePreview();

    QString m_summary;
    std::optional<qint64> m_count;
    QComboBox *m_commandCombo = nullptr;
    QLineEdit *m_textEdit = nullptr;
    QLabel *m_previewLabel = nullptr;
    QPushButton *m_runButton = nullptr;
};
