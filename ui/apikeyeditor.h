// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/administrationeditor.h"

class AdministrationScopeList;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;

/// Creates an API key (`POST /key`) or edits one (`PUT /key/{id}`: text, scopes, expiry). The user defaults to
/// the session's login and only key administrators (`admin:keys`) may name another; only scopes the session holds
/// can be ticked; the expiry defaults to a year from now (the server's API_KEY_EXPIRE_DAYS default); the customer
/// field appears only under customer views.
///
/// Object names: userEdit, scopeList, expiryEdit, textEdit, customerCombo (plus those of AdministrationEditor).
class ApiKeyEditor final : public AdministrationEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyEditor)

public:
    /// A new key when `key` is empty, else an editor for `key` (an object of `GET /keys`).
    ApiKeyEditor(AlertBackend &backend, const QJsonObject &key, QWidget *parent = nullptr);

protected:
    QString problem() const override;
    ApiCall request() const override;

private:
    QJsonObject m_key;
    QLineEdit *m_userEdit = nullptr;
    AdministrationScopeList *m_scopeList = nullptr;
    QDateTimeEdit *m_expiryEdit = nullptr;
    QLineEdit *m_textEdit = nullptr;
    QComboBox *m_customerCombo = nullptr;
};
