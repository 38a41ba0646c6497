// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/administrationeditor.h"

class AdministrationScopeList;
class QLineEdit;

/// Creates (`POST /perm`) or edits (`PUT /perm/{id}`) the scopes a role gives. Only scopes the session holds can
/// be ticked (the server refuses to grant more).
///
/// Object names: roleEdit, scopeList.
class PermissionEditor final : public AdministrationEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PermissionEditor)

public:
    /// A new permission when `permission` is empty, else an editor for it (an object of `GET /perms`).
    PermissionEditor(AlertBackend &backend, const QJsonObject &permission, QWidget *parent = nullptr);

protected:
    QString problem() const override;
    ApiCall request() const override;

private:
    QString m_id;
    QLineEdit *m_roleEdit = nullptr;
    AdministrationScopeList *m_scopeList = nullptr;
};
