// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/permissionspage.h"

#include <QBrush>
#include <QFont>
#include <QPalette>
#include <QTableView>

#include "ui/permissioneditor.h"

namespace {

// Marks the rows of the server's built-in roles; a field no server sends.
const QLatin1StringView BuiltInKey("_builtIn");
// The server lists exactly three built-in roles (DEFAULT_ADMIN_ROLE, _USER_, _GUEST_) before the stored ones.
constexpr int BuiltInCount = 3;

QVariant builtInLook(const QJsonObject &row, int role)
{
    if (!PermissionsPage::isBuiltIn(row))
        return {};
    if (role == Qt::ForegroundRole)
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role == Qt::ToolTipRole)
        return PermissionsPage::tr("Built into the server and set by its configuration; it cannot be changed here.");
    if (role == Qt::FontRole) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    return {};
}

QList<JsonTableModel::Column> permissionColumns()
{
    using Column = JsonTableModel::Column;
    return {
        Column{PermissionsPage::tr("Role"), QStringLiteral("match"), builtInLook},
        Column{PermissionsPage::tr("Scopes"), QStringLiteral("scopes"), builtInLook},
        Column{PermissionsPage::tr("Kind"),
               QString(BuiltInKey),
               [](const QJsonObject &row, int role) -> QVariant {
                   if (role == Qt::DisplayRole || role == JsonTableModel::SortRole)
                       return PermissionsPage::isBuiltIn(row) ? PermissionsPage::tr("built in")
                                                              : PermissionsPage::tr("custom");
                   return builtInLook(row, role);
               }},
    };
}

} // namespace

PermissionsPage::PermissionsPage(AlertBackend &backend, QWidget *parent)
    : ResourcePage(backend,
                   Resource{.listPath = QStringLiteral("/perms"),
                            .listKey = QStringLiteral("permissions"),
                            .itemPath = QStringLiteral("/perm"),
                            .readScope = QStringLiteral("read:perms"),
                            .writeScope = QStringLiteral("admin:perms"),
                            .deleteScope = QStringLiteral("admin:perms"),
                            .actions = Action::New | Action::Edit | Action::Delete,
                            .toolbarBelow = true},
                   permissionColumns(),
                   parent)
{
    setObjectName(QStringLiteral("permissionsPage"));
}

bool PermissionsPage::isBuiltIn(const QJsonObject &row)
{
    return row.value(BuiltInKey).toBool();
}

QList<QJsonObject> PermissionsPage::prepareRows(QList<QJsonObject> rows) const
{
    // The list is fetched whole and unfiltered, so its first rows are the built-in ones (spec §4.8).
    for (int i = 0; i < std::min<int>(BuiltInCount, rows.size()); ++i)
        rows[i].insert(BuiltInKey, true);
    return rows;
}

bool PermissionsPage::isEditable(const QJsonObject &row) const
{
    return !isBuiltIn(row);
}

void PermissionsPage::openEditor(const QJsonObject &row)
{
    auto *editor = new PermissionEditor(backend(), row, this);
    connect(editor, &AdministrationEditor::saved, this, [this](const QJsonObject &answer) {
        editorSaved(answer.value(QLatin1StringView("permission")).toObject().value(QLatin1StringView("id")).toString());
    });
    editor->open();
}

ResourcePage::Confirmation PermissionsPage::deleteConfirmation(const QList<QJsonObject> &rows) const
{
    const QJsonObject &row = rows.first(); // one: the table selects single rows
    return {{},
            tr("Delete the permission of the role %1? Users with that role lose its scopes at their next login.")
                .arg(row.value(QLatin1StringView("match")).toString())};
}
