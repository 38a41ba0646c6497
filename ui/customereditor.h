// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/administrationeditor.h"

class QLineEdit;

/// Creates (`POST /customer`) or edits (`PUT /customer/{id}`) a customer lookup row: a login, group or email domain
/// (`match`) and the customer it sees (`*` = every customer).
///
/// Object names: matchEdit, customerEdit.
class CustomerEditor final : public AdministrationEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerEditor)

public:
    /// A new row when `customer` is empty, else an editor for `customer` (an object of `GET /customers`).
    CustomerEditor(AlertBackend &backend, const QJsonObject &customer, QWidget *parent = nullptr);

protected:
    QString problem() const override;
    ApiCall request() const override;

private:
    QString m_id;
    QLineEdit *m_matchEdit = nullptr;
    QLineEdit *m_customerEdit = nullptr;
};
