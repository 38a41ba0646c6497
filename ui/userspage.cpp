// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/userspage.h"

#include <QBrush>
#include <QPalette>
#include <QTableView>

#include "ui/usereditor.h"

namespace {

QList<JsonTableModel::Column> userColumns()
{
    using Column = JsonTableModel::Column;
    return {
        Column{UsersPage::tr("Name"), QStringLiteral("name")},
        Column{UsersPage::tr("Login"), QStringLiteral("login")},
        Column{UsersPage::tr("Email"), QStringLiteral("email")},
        Column{UsersPage::tr("Status"),
               QStringLiteral("status"),
               [](const QJsonObject &row, int role) -> QVariant {
                   const QString status = row.value(QLatin1StringView("status")).toString();
                   if (role == Qt::DisplayRole)
                       return UserEditor::statusTitle(status);
                   if (role == Qt::ForegroundRole && status != QLatin1StringView("active"))
                       return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
                   return {};
               }},
        Column{UsersPage::tr("Roles"), QStringLiteral("roles")},
        JsonTableModel::timeColumn(UsersPage::tr("Created"), QStringLiteral("createTime")),
        JsonTableModel::timeColumn(UsersPage::tr("Last login"), QStringLiteral("lastLogin")),
        Column{UsersPage::tr("Text"), QStringLiteral("text")},
    };
}

} // namespace

UsersPage::UsersPage(AlertBackend &backend, QWidget *parent)
    : ResourcePage(backend,
                   Resource{.listPath = QStringLiteral("/users"),
                            .listKey = QStringLiteral("users"),
                            .itemPath = QStringLiteral("/user"),
                            .readScope = QStringLiteral("admin:users"),
                            .writeScope = QStringLiteral("admin:users"),
                            .deleteScope = QStringLiteral("admin:users"),
                            .actions = Action::New | Action::Edit | Action::Delete,
                            .toolbarBelow = true},
                   userColumns(),
                   parent)
{
    setObjectName(QStringLiteral("usersPage"));
}

void UsersPage::openEditor(const QJsonObject &row)
{
    auto *editor = new UserEditor(backend(), row, this);
    connect(editor, &AdministrationEditor::saved, this, [this](const QJsonObject &answer) {
        editorSaved(answer.value(QLatin1StringView("user")).toObject().value(QLatin1StringView("id")).toString());
    });
    editor->open();
}

ResourcePage::Confirmation UsersPage::deleteConfirmation(const QList<QJsonObject> &rows) const
{
    const QJsonObject &row = rows.first(); // one: the table selects single rows
    return {
        {},
        tr("Delete the user %1 (%2)? Their API keys stay until revoked.")
            .arg(row.value(QLatin1StringView("name")).toString(), row.value(QLatin1StringView("login")).toString())};
}
