// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/apikeyspage.h"

#include <QBrush>
#include <QFont>
#include <QHeaderView>
#include <QPalette>
#include <QPushButton>
#include <QTableView>

#include "core/client/alertbackend.h"
#include "ui/apikeyeditor.h"
#include "ui/apikeyrevealdialog.h"

namespace {

QList<JsonTableModel::Column> keyColumns()
{
    using Column = JsonTableModel::Column;
    return {
        Column{ApiKeysPage::tr("Key"),
               QStringLiteral("key"),
               [](const QJsonObject &row, int role) -> QVariant {
                   // Never the whole key, not even as a tooltip or the sort value.
                   if (role == Qt::DisplayRole || role == JsonTableModel::SortRole)
                       return ApiKeysPage::shortened(row.value(QLatin1StringView("key")).toString());
                   if (role == Qt::FontRole)
                       return QFont(QStringLiteral("monospace"));
                   return {};
               }},
        Column{ApiKeysPage::tr("User"), QStringLiteral("user")},
        Column{ApiKeysPage::tr("Scopes"), QStringLiteral("scopes")},
        Column{ApiKeysPage::tr("Type"), QStringLiteral("type")},
        Column{ApiKeysPage::tr("Text"), QStringLiteral("text")},
        JsonTableModel::timeColumn(ApiKeysPage::tr("Expires"), QStringLiteral("expireTime")),
        Column{ApiKeysPage::tr("Status"),
               QStringLiteral("status"),
               [](const QJsonObject &row, int role) -> QVariant {
                   const bool expired =
                       row.value(QLatin1StringView("status")).toString() == QLatin1StringView("expired");
                   if (role == Qt::DisplayRole)
                       return expired ? ApiKeysPage::tr("expired") : ApiKeysPage::tr("active");
                   if (role == Qt::ForegroundRole && expired)
                       return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
                   return {};
               }},
        Column{ApiKeysPage::tr("Uses"), QStringLiteral("count")},
        JsonTableModel::timeColumn(ApiKeysPage::tr("Last used"), QStringLiteral("lastUsedTime")),
        Column{ApiKeysPage::tr("Customer"), QStringLiteral("customer")},
    };
}

} // namespace

ApiKeysPage::ApiKeysPage(AlertBackend &backend, QWidget *parent)
    : ResourcePage(backend,
                   Resource{.listPath = QStringLiteral("/keys"),
                            .listKey = QStringLiteral("keys"),
                            .itemPath = QStringLiteral("/key"),
                            .readScope = QStringLiteral("read:keys"),
                            .writeScope = QStringLiteral("write:keys"),
                            .deleteScope = QStringLiteral("admin:keys"),
                            .actions = Action::New | Action::Edit | Action::Delete,
                            .customerColumn = CustomerColumn,
                            .toolbarBelow = true},
                   keyColumns(),
                   parent)
{
    setObjectName(QStringLiteral("keysPage"));
    // Deleted by id (the base's DELETE /key/id): the key string is a credential and would end up in the server's
    // access log.
    deleteButton()->setText(tr("Re&voke…"));
    // Shown next to the user it belongs with; also keeps a visible column last, which the header stretches (a hidden
    // last section leaves a needless horizontal scroll bar).
    QHeaderView *header = table()->horizontalHeader();
    header->moveSection(header->visualIndex(CustomerColumn), header->visualIndex(UserColumn) + 1);
}

QString ApiKeysPage::shortened(const QString &key)
{
    return key.size() <= 8 ? key : key.left(8) + QStringLiteral("…");
}

void ApiKeysPage::openEditor(const QJsonObject &row)
{
    auto *editor = new ApiKeyEditor(backend(), row, this);
    const bool creating = row.isEmpty();
    connect(editor, &AdministrationEditor::saved, this, [this, creating](const QJsonObject &answer) {
        if (!creating) {
            editorSaved(answer.value(QLatin1StringView("key")).toObject().value(QLatin1StringView("id")).toString());
            return;
        }
        const QString id = answer.value(QLatin1StringView("data")).toObject().value(QLatin1StringView("id")).toString();
        editorSaved(id);
        // The only time the key string is shown in full: the server lists it, but the console does not.
        auto *reveal = new ApiKeyRevealDialog(answer.value(QLatin1StringView("key")).toString(), this);
        reveal->open();
        Q_EMIT keyCreated(id);
    });
    editor->open();
}

ResourcePage::Confirmation ApiKeysPage::deleteConfirmation(const QList<QJsonObject> &rows) const
{
    const QJsonObject &row = rows.first(); // one: the table selects single rows
    const QString text = row.value(QLatin1StringView("text")).toString();
    const QString user = row.value(QLatin1StringView("user")).toString();
    const QString key = shortened(row.value(QLatin1StringView("key")).toString());
    if (text.isEmpty())
        return {{}, tr("Revoke the API key %1 of %2? Clients using it will be refused at once.").arg(key, user)};
    return {{},
            tr("Revoke the API key “%1” (%2) of %3? Clients using it will be refused at once.").arg(text, key, user)};
}
