// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/resourcepage.h"

/// The "Users" tab of the AdministrationDialog (spec §4.8): the server's local users with New…, Edit… (name,
/// email, status, roles, text, optionally a new password) and Delete. Everything needs `admin:users`.
///
/// Columns: Name, Login, Email, Status, Roles, Created, Last login, Text. Object name: usersPage.
class UsersPage final : public ResourcePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPage)

public:
    enum Column {
        NameColumn,
        LoginColumn,
        EmailColumn,
        StatusColumn,
        RolesColumn,
        CreatedColumn,
        LastLoginColumn,
        TextColumn,
        ColumnCount
    };

    explicit UsersPage(AlertBackend &backend, QWidget *parent = nullptr);

protected:
    // ResourcePage
    void openEditor(const QJsonObject &row) override;
    Confirmation deleteConfirmation(const QList<QJsonObject> &rows) const override;
};
