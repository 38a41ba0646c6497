// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/client/apicall.h"

#include <QDialog>
#include <QJsonObject>

class AlertBackend;
class QDialogButtonBox;
class QFormLayout;
class QLabel;

/// The base of the small editors of the AdministrationDialog (API key, user, customer, permission): a form, an
/// error label and Save/Cancel. Save checks the form (problem()), sends request() and closes only when the server
/// accepted it; otherwise the server's message stays in the dialog, with what the user typed. Opened with open(),
/// never exec(): nothing waits in a nested event loop.
///
/// Object names: saveButton, cancelButton, errorLabel.
class AdministrationEditor : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdministrationEditor)

public:
    // QDialog
    void accept() override;

Q_SIGNALS:
    /// The server accepted the request; `answer` is its JSON body.
    void saved(const QJsonObject &answer);

protected:
    AdministrationEditor(AlertBackend &backend, const QString &title, QWidget *parent = nullptr);

    AlertBackend &backend() const { return m_backend; }
    QFormLayout *form() const { return m_form; }
    /// Why the form cannot be sent as it is (shown in errorLabel); empty when it can.
    virtual QString problem() const { return {}; }
    /// The request that saves the form.
    virtual ApiCall request() const = 0;
    void showError(const QString &message);

private:
    AlertBackend &m_backend;
    QFormLayout *m_form = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_sending = false;
};
