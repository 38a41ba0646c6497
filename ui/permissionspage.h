// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/resourcepage.h"

/// The "Permissions" tab of the AdministrationDialog (spec §4.8, §5.4): which scopes each role gives, with New…,
/// Edit… and Delete. The server lists its built-in roles (admin, user, guest; set by its configuration) first;
/// they are shown greyed, marked "built in", and cannot be edited or deleted. Needs `read:perms`; `admin:perms`
/// to change.
///
/// Columns: Role, Scopes, Kind. Object name: permissionsPage.
class PermissionsPage final : public ResourcePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PermissionsPage)

public:
    enum Column { RoleColumn, ScopesColumn, KindColumn, ColumnCount };

    explicit PermissionsPage(AlertBackend &backend, QWidget *parent = nullptr);

    /// Whether `row` (an object of the list) is one of the server's built-in roles.
    static bool isBuiltIn(const QJsonObject &row);

protected:
    // ResourcePage
    void openEditor(const QJsonObject &row) override;
    Confirmation deleteConfirmation(const QList<QJsonObject> &rows) const override;
    bool isEditable(const QJsonObject &row) const override;
    QList<QJsonObject> prepareRows(QList<QJsonObject> rows) const override;
};
