// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/customerspage.h"

#include <QTableView>

#include "ui/customereditor.h"

CustomersPage::CustomersPage(AlertBackend &backend, QWidget *parent)
    : ResourcePage(backend,
                   Resource{.listPath = QStringLiteral("/customers"),
                            .listKey = QStringLiteral("customers"),
                            .itemPath = QStringLiteral("/customer"),
                            .readScope = QStringLiteral("read:customers"),
                            .writeScope = QStringLiteral("admin:customers"),
                            .deleteScope = QStringLiteral("admin:customers"),
                            .actions = Action::New | Action::Edit | Action::Delete,
                            .toolbarBelow = true},
                   {JsonTableModel::Column{tr("Match (login or group)"), QStringLiteral("match")},
                    JsonTableModel::Column{tr("Customer"), QStringLiteral("customer")}},
                   parent)
{
    setObjectName(QStringLiteral("customersPage"));
}

void CustomersPage::openEditor(const QJsonObject &row)
{
    auto *editor = new CustomerEditor(backend(), row, this);
    connect(editor, &AdministrationEditor::saved, this, [this](const QJsonObject &answer) {
        editorSaved(answer.value(QLatin1StringView("customer")).toObject().value(QLatin1StringView("id")).toString());
    });
    editor->open();
}

ResourcePage::Confirmation CustomersPage::deleteConfirmation(const QList<QJsonObject> &rows) const
{
    const QJsonObject &row = rows.first(); // one: the table selects single rows
    return {{},
            tr("Delete the lookup %1 → %2? Users it matched no longer see that customer.")
                .arg(row.value(QLatin1StringView("match")).toString(),
                     row.value(QLatin1StringView("customer")).toString())};
}
