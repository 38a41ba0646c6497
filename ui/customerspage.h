// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/resourcepage.h"

/// The "Customers" tab of the AdministrationDialog (spec §4.8, §5.5): the lookup rows that give a login or a group
/// (`match`) its customer, with New…, Edit… and Delete. Needs `read:customers`; `admin:customers` to change.
///
/// Columns: Match, Customer. Object name: customersPage.
class CustomersPage final : public ResourcePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomersPage)

public:
    enum Column { MatchColumn, CustomerColumn, ColumnCount };

    explicit CustomersPage(AlertBackend &backend, QWidget *parent = nullptr);

protected:
    // ResourcePage
    void openEditor(const QJsonObject &row) override;
    Confirmation deleteConfirmation(const QList<QJsonObject> &rows) const override;
};
