// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/resourcepage.h"

#include <QAction>
#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

#include "core/client/alertbackend.h"
#include "core/client/whenfinished.h"
#include "ui/theme.h"

namespace {

/// Results of several requests sent at once, reported when the last one answered.
struct Batch
{
    int pending = 0;
    int done = 0;
    QStringList errors;
};

} // namespace

ResourcePage::ResourcePage(AlertBackend &backend,
                           Resource resource,
                           QList<JsonTableModel::Column> columns,
                           QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_resource(std::move(resource))
    , m_model(new JsonTableModel(std::move(columns), m_resource.idKey, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_toolbar(new QHBoxLayout)
    , m_refreshButton(new QPushButton(tr("&Refresh"), this))
    , m_refreshAction(new QAction(tr("Refresh"), this))
    , m_errorLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
    , m_scopeLabel(new QLabel(this))
{
    if (m_resource.refreshFailedText.isEmpty())
        m_resource.refreshFailedText = tr("Could not refresh the list: %1");
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(JsonTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_table->setObjectName(childName(QLatin1StringView("table")));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the server's order until the user (or the subclass) sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    m_refreshButton->setObjectName(childName(QLatin1StringView("refreshButton")));
    m_refreshButton->setToolTip(tr("Reload the list from the server (F5)"));
    m_toolbar->addStretch(1);
    if (m_resource.actions.testFlag(Action::New)) {
        m_newButton = new QPushButton(tr("&New…"), this);
        m_newButton->setObjectName(childName(QLatin1StringView("newButton")));
        m_toolbar->addWidget(m_newButton);
        connect(m_newButton, &QPushButton::clicked, this, [this] { openEditor({}); });
    }
    if (m_resource.actions.testFlag(Action::Edit)) {
        m_editButton = new QPushButton(tr("&Edit…"), this);
        m_editButton->setObjectName(childName(QLatin1StringView("editButton")));
        m_toolbar->addWidget(m_editButton);
        connect(m_editButton, &QPushButton::clicked, this, [this] {
            const QJsonObject row = selectedRow();
            if (!row.isEmpty() && isEditable(row))
                openEditor(row);
        });
        connect(m_table, &QTableView::doubleClicked, this, [this] {
            if (m_editButton->isEnabled())
                m_editButton->click();
        });
    }
    if (m_resource.actions.testFlag(Action::Delete)) {
        m_deleteButton = new QPushButton(tr("&Delete…"), this);
        m_deleteButton->setObjectName(childName(QLatin1StringView("deleteButton")));
        m_toolbar->addWidget(m_deleteButton);
        connect(m_deleteButton, &QPushButton::clicked, this, &ResourcePage::deleteSelected);
    }
    m_toolbar->addWidget(m_refreshButton);

    m_errorLabel->setObjectName(childName(QLatin1StringView("errorLabel")));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_errorLabel->hide();
    m_messageLabel->setObjectName(childName(QLatin1StringView("messageLabel")));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->hide();
    m_scopeLabel->setObjectName(childName(QLatin1StringView("scopeLabel")));
    m_scopeLabel->setWordWrap(true);
    m_scopeLabel->hide();

    auto *layout = new QVBoxLayout(this);
    if (!m_resource.toolbarBelow)
        layout->addLayout(m_toolbar);
    layout->addWidget(m_scopeLabel);
    if (m_resource.toolbarBelow)
        layout->addWidget(m_table, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_messageLabel);
    if (!m_resource.toolbarBelow)
        layout->addWidget(m_table, 1);
    else
        layout->addLayout(m_toolbar);

    // F5 only while the focus is in the page: the window around it may have its own refresh.
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_refreshAction);
    connect(m_refreshAction, &QAction::triggered, this, &ResourcePage::refresh);
    connect(m_refreshButton, &QPushButton::clicked, this, &ResourcePage::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ResourcePage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ResourcePage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ResourcePage::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ResourcePage::updateButtons);
    connect(&m_backend, &AlertBackend::sessionChanged, this, &ResourcePage::applySession);
    // Columns coloured by severity follow the server's colours.
    connect(&m_backend, &AlertBackend::alarmModelChanged, m_table->viewport(), qOverload<>(&QWidget::update));
    connect(&m_timer, &QTimer::timeout, this, &ResourcePage::refresh);

    applySession();
}

ResourcePage::~ResourcePage() = default;

JsonTableModel::Column ResourcePage::statusColumn(AlertBackend &backend,
                                                  const QString &title,
                                                  const QString &key,
                                                  QList<StatusLook> looks)
{
    AlertBackend *b = &backend;
    return {title, key, [b, key, looks = std::move(looks)](const QJsonObject &row, int role) -> QVariant {
                const QString status = row.value(key).toString();
                const auto look =
                    std::find_if(looks.begin(), looks.end(), [&](const StatusLook &l) { return l.status == status; });
                const bool known = look != looks.end();
                switch (role) {
                case Qt::DisplayRole:
                    return known ? look->title : status;
                case JsonTableModel::SortRole:
                    return known ? int(look - looks.begin()) : -1;
                case Qt::BackgroundRole:
                case Qt::ForegroundRole: {
                    if (!known)
                        return {};
                    const SeverityMap &severities = b->alarmModel().severities;
                    const QColor colour = QColor::fromString(b->alarmModel().severityColors.value(
                        look->severity.isEmpty() ? severities.normalSeverity() : look->severity));
                    if (!colour.isValid())
                        return {};
                    return role == Qt::BackgroundRole ? QVariant(colour) : QVariant(Theme::textOn(colour));
                }
                default:
                    return {};
                }
            }};
}

QString ResourcePage::childName(QLatin1StringView name) const
{
    if (m_resource.namePrefix.isEmpty())
        return QString(name);
    return m_resource.namePrefix + QChar(name.front()).toUpper() + name.mid(1);
}

void ResourcePage::setRefreshInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
    if (interval <= std::chrono::milliseconds::zero())
        m_timer.stop();
}

void ResourcePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_timer.interval() > 0) {
        refresh();
        m_timer.start();
    }
}

void ResourcePage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer.stop();
}

void ResourcePage::addToolbarWidget(QWidget *widget, ToolbarSide side)
{
    // The row: leading widgets, the stretch, trailing widgets, then New, Edit, Delete and Refresh.
    if (side == ToolbarSide::Leading)
        m_toolbar->insertWidget(m_leadingWidgets++, widget);
    else
        m_toolbar->insertWidget(m_leadingWidgets + 1 + m_trailingWidgets++, widget);
}

void ResourcePage::setActionToolTip(Action action, const QString &toolTip)
{
    if (action == Action::New)
        m_newToolTip = toolTip;
    else if (action == Action::Delete)
        m_deleteToolTip = toolTip;
    updateButtons();
}

bool ResourcePage::readable() const
{
    return m_resource.readScope.isEmpty() || m_backend.session().allows(m_resource.readScope);
}

void ResourcePage::applySession()
{
    const SessionInfo &session = m_backend.session();
    const bool canRead = readable();
    QStringList notes;
    if (!canRead) {
        notes.append(tr("This list needs the scope %1, which this session does not have.").arg(m_resource.readScope));
    } else {
        QStringList missing;
        const auto note = [&](bool used, const QString &scope) {
            if (used && !scope.isEmpty() && !session.allows(scope) && !missing.contains(scope))
                missing.append(scope);
        };
        note(m_newButton || m_editButton, m_resource.writeScope);
        note(m_deleteButton, m_resource.deleteScope);
        if (!missing.isEmpty())
            notes.append(tr("Read only: changes need the scope %1, which this session does not have.")
                             .arg(missing.join(tr(" and "))));
    }
    m_scopeLabel->setText(notes.join(u'\n'));
    m_scopeLabel->setVisible(!notes.isEmpty());
    m_table->setEnabled(canRead);
    m_refreshButton->setEnabled(canRead);
    if (m_resource.customerColumn >= 0)
        m_table->setColumnHidden(m_resource.customerColumn, !session.customerViews);
    if (!canRead && m_model->rowCount() > 0)
        showRows({});
    updateButtons();
}

QList<QPair<QString, QString>> ResourcePage::listQuery() const
{
    // The lists are short; one page of 1000 (what the CLI asks for) holds them all.
    return {{QStringLiteral("page-size"), QStringLiteral("1000")}};
}

void ResourcePage::refresh()
{
    if (!readable())
        return;
    if (m_loading) {
        m_refreshAgain = true;
        return;
    }
    m_loading = true;
    whenFinished(m_backend.call(ApiCall::get(m_resource.listPath, listQuery())),
                 this,
                 [this](const Result<ApiAnswer> &answer) {
                     m_loading = false;
                     // Asked for again meanwhile (e.g. a filter changed): this answer is stale, the next one counts.
                     if (m_refreshAgain) {
                         m_refreshAgain = false;
                         refresh();
                         return;
                     }
                     if (!readable())
                         return; // the session changed meanwhile and may no longer see the list
                     if (!answer) {
                         showError(m_resource.refreshFailedText.arg(answer.error().message));
                         Q_EMIT refreshed(false);
                         return;
                     }
                     showError({});
                     showRows(JsonTableModel::objects(answer->json().value(m_resource.listKey).toArray()));
                     Q_EMIT refreshed(true);
                 });
}

void ResourcePage::showRows(const QList<QJsonObject> &rows)
{
    m_model->setRows(prepareRows(rows));
    if (!m_sizedColumns && m_model->rowCount() > 0)
        sizeColumns();
    if (!m_selectAfterRefresh.isEmpty()) {
        selectRow(m_selectAfterRefresh);
        m_selectAfterRefresh.clear();
    }
    rowsChanged();
    updateButtons();
}

QJsonObject ResourcePage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_model->row(m_proxy->mapToSource(rows.first()).row());
}

QList<QJsonObject> ResourcePage::selectedRows() const
{
    QModelIndexList indexes = m_table->selectionModel()->selectedRows();
    std::sort(indexes.begin(), indexes.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.row() < b.row();
    });
    QList<QJsonObject> rows;
    for (const QModelIndex &index : std::as_const(indexes))
        rows.append(m_model->row(m_proxy->mapToSource(index).row()));
    return rows;
}

QStringList ResourcePage::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(index.data(JsonTableModel::IdRole).toString());
    return ids;
}

bool ResourcePage::selectRow(const QString &id)
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

void ResourcePage::openEditor(const QJsonObject &) {}

bool ResourcePage::isEditable(const QJsonObject &) const
{
    return true;
}

ApiCall ResourcePage::deleteCall(const QJsonObject &row) const
{
    return ApiCall::remove(m_resource.itemPath + u'/' + row.value(m_resource.idKey).toString());
}

QString ResourcePage::deletedText(int count) const
{
    return tr("Deleted %n item(s).", nullptr, count);
}

void ResourcePage::editorSaved(const QString &id)
{
    m_selectAfterRefresh = id;
    refresh();
}

QString ResourcePage::missingScopeText(const QString &scope)
{
    return tr("Needs the scope %1").arg(scope);
}

void ResourcePage::sizeColumns()
{
    // Once, to the first list's contents: later refreshes keep what the user dragged. Capped so that one long
    // text (attributes, a reason) does not push the other columns out of sight.
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

void ResourcePage::showMessage(const QString &message)
{
    m_messageLabel->setText(message);
    m_messageLabel->setVisible(!message.isEmpty());
}

void ResourcePage::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void ResourcePage::updateButtons()
{
    const SessionInfo &session = m_backend.session();
    const bool canRead = readable();
    const auto may = [&session](const QString &scope) { return scope.isEmpty() || session.allows(scope); };
    if (m_newButton) {
        m_newButton->setEnabled(canRead && may(m_resource.writeScope));
        m_newButton->setToolTip(may(m_resource.writeScope) ? m_newToolTip : missingScopeText(m_resource.writeScope));
    }
    if (m_editButton) {
        const QJsonObject row = selectedRow();
        m_editButton->setEnabled(canRead && !row.isEmpty() && isEditable(row) && may(m_resource.writeScope));
        m_editButton->setToolTip(may(m_resource.writeScope) ? QString() : missingScopeText(m_resource.writeScope));
    }
    if (m_deleteButton) {
        const QList<QJsonObject> rows = selectedRows();
        const bool deletable =
            std::any_of(rows.begin(), rows.end(), [this](const QJsonObject &row) { return isEditable(row); });
        m_deleteButton->setEnabled(canRead && deletable && may(m_resource.deleteScope));
        m_deleteButton->setToolTip(may(m_resource.deleteScope) ? m_deleteToolTip
                                                               : missingScopeText(m_resource.deleteScope));
    }
    updateActions();
}

void ResourcePage::deleteSelected()
{
    QList<QJsonObject> rows = selectedRows();
    rows.removeIf([this](const QJsonObject &row) { return !isEditable(row); });
    if (rows.isEmpty() || !m_deleteButton || !m_deleteButton->isEnabled())
        return;
    const Confirmation confirmation = deleteConfirmation(rows);
    // Says what it does ("Delete", "Revoke"): the delete button's text without its mnemonic and ellipsis.
    const QString verb = m_deleteButton->text().remove(u'&').remove(u'…');
    auto *box = new QMessageBox(QMessageBox::Question,
                                confirmation.title.isEmpty() ? verb : confirmation.title,
                                confirmation.text,
                                QMessageBox::Yes | QMessageBox::Cancel,
                                this);
    box->setObjectName(childName(QLatin1StringView("deleteConfirmation")));
    box->setInformativeText(confirmation.informativeText);
    if (!confirmation.detailedText.isEmpty())
        box->setDetailedText(confirmation.detailedText);
    box->button(QMessageBox::Yes)->setText(verb);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, rows](int) {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            removeRows(rows);
    });
    box->open();
}

void ResourcePage::removeRows(const QList<QJsonObject> &rows)
{
    m_deleteButton->setEnabled(false);
    auto batch = std::make_shared<Batch>();
    batch->pending = int(rows.size());
    for (const QJsonObject &row : rows) {
        whenFinished(m_backend.call(deleteCall(row)), this, [this, batch](const Result<ApiAnswer> &answer) {
            if (answer)
                ++batch->done;
            else
                batch->errors.append(answer.error().message);
            if (--batch->pending > 0)
                return;
            QString message = deletedText(batch->done);
            if (!batch->errors.isEmpty()) {
                message += u' '
                    + tr("%n could not be deleted: %1", nullptr, int(batch->errors.size())).arg(batch->errors.first());
            }
            showMessage(message);
            updateButtons();
            refresh();
            Q_EMIT actionFinished();
        });
    }
}
