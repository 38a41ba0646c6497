// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/administrationeditor.h"

class QComboBox;
class QLineEdit;

/// Creates a user (`POST /user`) or edits one (`PUT /user/{id}`). Roles are a comma-separated list (the built-in
/// roles are admin, user and guest; any `perms` role works). The password is typed twice and only sent: it is
/// never stored, logged, or kept after the dialog closes. When editing, an empty password leaves it unchanged.
///
/// Object names: nameEdit, loginEdit, emailEdit, passwordEdit, confirmEdit, statusCombo, rolesEdit, textEdit.
class UserEditor final : public AdministrationEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserEditor)

public:
    /// A new user when `user` is empty, else an editor for `user` (an object of `GET /users`).
    UserEditor(AlertBackend &backend, const QJsonObject &user, QWidget *parent = nullptr);

    /// A user status (`active`, `inactive`, `unknown`) for people.
    static QString statusTitle(const QString &status);
    /// `"a, b,,c "` → `[a, b, c]`.
    static QStringList splitRoles(const QString &text);

    // QDialog
    void done(int result) override;

protected:
    QString problem() const override;
    ApiCall request() const override;

private:
    QJsonObject m_user;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_loginEdit = nullptr;
    QLineEdit *m_emailEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLineEdit *m_confirmEdit = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QLineEdit *m_rolesEdit = nullptr;
    QLineEdit *m_textEdit = nullptr;
};
