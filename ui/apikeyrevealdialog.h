// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QLineEdit;

/// Shows a newly created API key once: read-only, with Copy, and a warning that the console will not show it
/// again (the key lists show keys shortened). The field is emptied when the dialog closes.
///
/// Object names: keyEdit, copyButton, closeButton, warningLabel.
class ApiKeyRevealDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyRevealDialog)

public:
    ApiKeyRevealDialog(const QString &key, QWidget *parent = nullptr);

    // QDialog
    void done(int result) override;

private:
    QLineEdit *m_keyEdit = nullptr;
};
