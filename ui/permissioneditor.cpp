// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/permissioneditor.h"

#include <QFormLayout>
#include <QJsonArray>
#include <QLineEdit>

#include "ui/administrationscopelist.h"

PermissionEditor::PermissionEditor(AlertBackend &backend, const QJsonObject &permission, QWidget *parent)
    : AdministrationEditor(backend, permission.isEmpty() ? tr("New permission") : tr("Edit permission"), parent)
    , m_id(permission.value(QLatin1StringView("id")).toString())
    , m_roleEdit(new QLineEdit(permission.value(QLatin1StringView("match")).toString(), this))
    , m_scopeList(new AdministrationScopeList(backend, this))
{
    m_roleEdit->setObjectName(QStringLiteral("roleEdit"));
    m_roleEdit->setPlaceholderText(tr("A role or group name, e.g. ops"));
    m_scopeList->setObjectName(QStringLiteral("scopeList"));
    QStringList scopes;
    for (const QJsonValue &scope : permission.value(QLatin1StringView("scopes")).toArray())
        scopes.append(scope.toString());
    m_scopeList->setCheckedScopes(scopes);
    form()->addRow(tr("&Role:"), m_roleEdit);
    form()->addRow(tr("&Scopes:"), m_scopeList);
}

QString PermissionEditor::problem() const
{
    if (m_roleEdit->text().trimmed().isEmpty())
        return tr("Enter the role.");
    return {};
}

ApiCall PermissionEditor::request() const
{
    const QJsonObject body{{QStringLiteral("match"), m_roleEdit->text().trimmed()},
                           {QStringLiteral("scopes"), QJsonArray::fromStringList(m_scopeList->checkedScopes())}};
    if (m_id.isEmpty())
        return ApiCall::post(QStringLiteral("/perm"), body);
    return ApiCall::put(u"/perm/" + m_id, body);
}
