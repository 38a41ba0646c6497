// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/administrationpage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "core/client/alertbackend.h"
#include "core/client/whenfinished.h"
#include "core/timestamp.h"
#include "models/timeformat.h"

AdministrationPage::AdministrationPage(AlertBackend &backend,
                                       Resource resource,
                                       QList<JsonTableModel::Column> columns,
                                       QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_resource(std::move(resource))
    , m_model(new JsonTableModel(std::move(columns), m_resource.idKey, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_refreshButton(new QPushButton(tr("&Refresh"), this))
    , m_newButton(new QPushButton(tr("&New…"), this))
    , m_editButton(new QPushButton(tr("&Edit…"), this))
    , m_deleteButton(new QPushButton(tr("&Delete"), this))
    , m_messageLabel(new QLabel(this))
    , m_scopeLabel(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(JsonTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_table->setObjectName(QStringLiteral("table"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the server's order until the user sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_refreshButton->setToolTip(tr("Reload the list from the server (F5)"));
    m_newButton->setObjectName(QStringLiteral("newButton"));
    m_editButton->setObjectName(QStringLiteral("editButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));

    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->setStyleSheet(QStringLiteral("color: palette(highlight); font-weight: bold;"));
    m_messageLabel->hide();
    m_scopeLabel->setObjectName(QStringLiteral("scopeLabel"));
    m_scopeLabel->setWordWrap(true);
    m_scopeLabel->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refreshButton);
    buttons->addStretch(1);
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_deleteButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scopeLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_messageLabel);
    layout->addLayout(buttons);

    connect(m_refreshButton, &QPushButton::clicked, this, &AdministrationPage::refresh);
    connect(m_newButton, &QPushButton::clicked, this, [this] { openEditor({}); });
    connect(m_editButton, &QPushButton::clicked, this, [this] {
        const QJsonObject row = selectedRow();
        if (!row.isEmpty() && isEditable(row))
            openEditor(row);
    });
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_editButton->isEnabled())
            m_editButton->click();
    });
    connect(m_deleteButton, &QPushButton::clicked, this, &AdministrationPage::confirmDelete);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &AdministrationPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AdministrationPage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AdministrationPage::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AdministrationPage::updateButtons);
}

void AdministrationPage::applySession()
{
    const SessionInfo &session = m_backend.session();
    QStringList notes;
    const bool readable = session.allows(m_resource.readScope);
    if (!readable) {
        notes.append(tr("This list needs the scope %1, which this session does not have.").arg(m_resource.readScope));
    } else {
        QStringList missing;
        for (const QString &scope : {m_resource.writeScope, m_resource.deleteScope}) {
            if (!session.allows(scope) && !missing.contains(scope))
                missing.append(scope);
        }
        if (!missing.isEmpty())
            notes.append(tr("Read only: changes need the scope %1, which this session does not have.")
                             .arg(missing.join(tr(" and "))));
    }
    m_scopeLabel->setText(notes.join(u'\n'));
    m_scopeLabel->setVisible(!notes.isEmpty());
    m_table->setEnabled(readable);
    m_refreshButton->setEnabled(readable);
    if (!readable)
        m_model->setRows({});
    updateButtons();
}

QList<QPair<QString, QString>> AdministrationPage::listQuery() const
{
    // The lists are administrative and short; one page of 1000 (what the CLI asks for) holds them all.
    return {{QStringLiteral("page-size"), QStringLiteral("1000")}};
}

void AdministrationPage::refresh()
{
    if (!m_backend.session().allows(m_resource.readScope))
        return;
    const int generation = ++m_refreshGeneration;
    m_refreshButton->setEnabled(false);
    whenFinished(m_backend.call(ApiCall::get(m_resource.listPath, listQuery())),
                 this,
                 [this, generation](const Result<ApiAnswer> &answer) {
                     if (generation != m_refreshGeneration)
                         return; // a newer refresh is under way; its answer wins
                     m_refreshButton->setEnabled(m_backend.session().allows(m_resource.readScope));
                     if (!answer) {
                         showMessage(answer.error().message);
                         return;
                     }
                     showMessage({});
                     m_model->setRows(
                         prepareRows(JsonTableModel::objects(answer->json().value(m_resource.listKey).toArray())));
                     if (!m_sizedColumns && m_model->rowCount() > 0)
                         sizeColumns();
                     if (!m_selectAfterRefresh.isEmpty()) {
                         selectRow(m_selectAfterRefresh);
                         m_selectAfterRefresh.clear();
                     }
                     updateButtons();
                     Q_EMIT refreshed();
                 });
}

QJsonObject AdministrationPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_model->row(m_proxy->mapToSource(rows.first()).row());
}

bool AdministrationPage::selectRow(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

bool AdministrationPage::isEditable(const QJsonObject &) const
{
    return true;
}

void AdministrationPage::editorSaved(const QString &id)
{
    m_selectAfterRefresh = id;
    refresh();
}

void AdministrationPage::sizeColumns()
{
    // Once, to the first list's contents: later refreshes keep what the user dragged. Capped so that one long
    // text does not push the other columns out of sight.
    m_sizedColumns = true;
    m_table->resizeColumnsToContents();
    const int cap = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 24;
    // The last visible column stretches to the edge; a width set on it too makes the view scroll by a few pixels.
    const QHeaderView *header = m_table->horizontalHeader();
    int lastVisible = -1;
    for (int visual = header->count() - 1; visual >= 0 && lastVisible < 0; --visual) {
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            lastVisible = header->logicalIndex(visual);
    }
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (!m_table->isColumnHidden(column) && column != lastVisible)
            m_table->setColumnWidth(column, std::min(m_table->columnWidth(column) + 8, cap));
    }
}

void AdministrationPage::showMessage(const QString &message)
{
    m_messageLabel->setText(message);
    m_messageLabel->setVisible(!message.isEmpty());
}

void AdministrationPage::updateButtons()
{
    const SessionInfo &session = m_backend.session();
    const bool readable = session.allows(m_resource.readScope);
    const QJsonObject row = selectedRow();
    const bool changeable = !row.isEmpty() && isEditable(row);
    m_newButton->setEnabled(readable && session.allows(m_resource.writeScope));
    m_editButton->setEnabled(readable && changeable && session.allows(m_resource.writeScope));
    m_deleteButton->setEnabled(readable && changeable && session.allows(m_resource.deleteScope));
    const auto reason = [](const QString &scope) { return tr("Needs the scope %1").arg(scope); };
    m_newButton->setToolTip(session.allows(m_resource.writeScope) ? QString() : reason(m_resource.writeScope));
    m_editButton->setToolTip(session.allows(m_resource.writeScope) ? QString() : reason(m_resource.writeScope));
    m_deleteButton->setToolTip(session.allows(m_resource.deleteScope) ? QString() : reason(m_resource.deleteScope));
}

void AdministrationPage::confirmDelete()
{
    const QJsonObject row = selectedRow();
    if (row.isEmpty() || !isEditable(row))
        return;
    auto *box = new QMessageBox(QMessageBox::Question,
                                tr("Delete"),
                                deleteQuestion(row),
                                QMessageBox::Yes | QMessageBox::Cancel,
                                this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->setDefaultButton(QMessageBox::Cancel);
    const ApiCall call = deleteCall(row);
    connect(box, &QMessageBox::finished, this, [this, call](int result) {
        if (result != QMessageBox::Yes)
            return;
        m_deleteButton->setEnabled(false);
        whenFinished(m_backend.call(call), this, [this](const Result<ApiAnswer> &answer) {
            if (!answer) {
                showMessage(answer.error().message);
                updateButtons();
                return;
            }
            refresh();
        });
    });
    box->open();
}
