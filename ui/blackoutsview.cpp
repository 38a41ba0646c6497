// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/blackoutsview.h"

#include <QAction>
#include <QColor>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
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
#include "core/timestamp.h"
#include "models/jsontablemodel.h"
#include "models/timeformat.h"
#include "ui/blackoutdialog.h"
#include "ui/theme.h"

namespace {

using namespace std::chrono_literals;

const QString WriteBlackouts = QStringLiteral("write:blackouts");

// Blackouts are few (maintenance windows); one page holds them all.
const QString PageSize = QStringLiteral("1000");

QString fieldText(const QJsonObject &row, const char *key)
{
    return row.value(QLatin1StringView(key)).toString();
}

/// Seconds; some backends send `remaining` as a decimal string.
qint64 fieldSeconds(const QJsonObject &row, const char *key)
{
    const QJsonValue value = row.value(QLatin1StringView(key));
    return static_cast<qint64>(value.isString() ? value.toString().toDouble() : value.toDouble());
}

QString statusTitle(const QString &status)
{
    if (status == QLatin1StringView("active"))
        return BlackoutsView::tr("active");
    if (status == QLatin1StringView("pending"))
        return BlackoutsView::tr("pending");
    if (status == QLatin1StringView("expired"))
        return BlackoutsView::tr("expired");
    return status;
}

int statusRank(const QString &status)
{
    if (status == QLatin1StringView("active"))
        return 2;
    if (status == QLatin1StringView("pending"))
        return 1;
    return 0;
}

QVariant rightAligned()
{
    return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
}

JsonTableModel::Column durationColumn(const QString &title, const char *key)
{
    return {title, QString::fromLatin1(key), [key](const QJsonObject &row, int role) -> QVariant {
                const qint64 seconds = fieldSeconds(row, key);
                switch (role) {
                case Qt::DisplayRole:
                    return TimeFormat::duration(seconds);
                case Qt::ToolTipRole:
                    return BlackoutsView::tr("%n second(s)", nullptr, int(seconds));
                case Qt::TextAlignmentRole:
                    return rightAligned();
                case JsonTableModel::SortRole:
                    return seconds;
                default:
                    return {};
                }
            }};
}

} // namespace

BlackoutsView::BlackoutsView(AlertBackend &backend, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_statusFilter(new QComboBox(this))
    , m_errorLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
    , m_newButton(new QPushButton(tr("&New blackout…"), this))
    , m_deleteButton(new QPushButton(tr("&Delete…"), this))
    , m_refreshButton(new QPushButton(tr("&Refresh"), this))
{
    setObjectName(QStringLiteral("blackoutsView"));
    AlertBackend *b = &m_backend;
    // In force: the normal (green) colour, as alerts are quiet; waiting: indeterminate; over: unknown (grey).
    const auto statusColour = [b](const QString &status) {
        const QString severity = status == QLatin1StringView("active") ? b->alarmModel().severities.normalSeverity()
            : status == QLatin1StringView("pending")                   ? QStringLiteral("indeterminate")
                                                                       : QStringLiteral("unknown");
        return QColor::fromString(b->alarmModel().severityColors.value(severity));
    };
    QList<JsonTableModel::Column> columns{
        {tr("Status"),
         QStringLiteral("status"),
         [statusColour](const QJsonObject &row, int role) -> QVariant {
             const QString status = fieldText(row, "status");
             switch (role) {
             case Qt::DisplayRole:
                 return statusTitle(status);
             case Qt::BackgroundRole: {
                 const QColor colour = statusColour(status);
                 return colour.isValid() ? QVariant(colour) : QVariant();
             }
             case Qt::ForegroundRole: {
                 const QColor colour = statusColour(status);
                 return colour.isValid() ? QVariant(Theme::textOn(colour)) : QVariant();
             }
             case JsonTableModel::SortRole:
                 return statusRank(status);
             default:
                 return {};
             }
         }},
        {tr("Environment"), QStringLiteral("environment")},
        {tr("Service"), QStringLiteral("service")},
        {tr("Resource"), QStringLiteral("resource")},
        {tr("Event"), QStringLiteral("event")},
        {tr("Group"), QStringLiteral("group")},
        {tr("Tags"), QStringLiteral("tags")},
        {tr("Origin"), QStringLiteral("origin")},
        {tr("Customer"), QStringLiteral("customer")},
        JsonTableModel::timeColumn(tr("Start"), QStringLiteral("startTime")),
        JsonTableModel::timeColumn(tr("End"), QStringLiteral("endTime")),
        durationColumn(tr("Duration"), "duration"),
        durationColumn(tr("Remaining"), "remaining"),
        {tr("User"), QStringLiteral("user")},
        {tr("Reason"), QStringLiteral("text")},
        JsonTableModel::timeColumn(tr("Created"), QStringLiteral("createTime")),
    };
    m_customerColumn = 8;
    m_model = new JsonTableModel(std::move(columns), QStringLiteral("id"), this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(JsonTableModel::SortRole);

    m_table->setObjectName(QStringLiteral("blackoutsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(9, Qt::DescendingOrder); // latest start first
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_statusFilter->setObjectName(QStringLiteral("blackoutsStatusFilter"));
    m_statusFilter->addItem(tr("All"), QString());
    m_statusFilter->addItem(tr("Active"), QStringLiteral("active"));
    m_statusFilter->addItem(tr("Pending"), QStringLiteral("pending"));
    m_statusFilter->addItem(tr("Expired"), QStringLiteral("expired"));
    auto *filterLabel = new QLabel(tr("S&tatus:"), this);
    filterLabel->setBuddy(m_statusFilter);

    m_errorLabel->setObjectName(QStringLiteral("blackoutsErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_errorLabel->hide();
    m_messageLabel->setObjectName(QStringLiteral("blackoutsMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();
    m_newButton->setObjectName(QStringLiteral("blackoutsNewButton"));
    m_deleteButton->setObjectName(QStringLiteral("blackoutsDeleteButton"));
    m_refreshButton->setObjectName(QStringLiteral("blackoutsRefreshButton"));
    m_refreshButton->setToolTip(tr("Fetch the blackouts again (F5)"));

    // F5 only while this view has the focus: the main window has its own refresh.
    auto *refreshAction = new QAction(tr("Refresh"), this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refreshAction);
    connect(refreshAction, &QAction::triggered, this, &BlackoutsView::refresh);
    connect(m_refreshButton, &QPushButton::clicked, this, &BlackoutsView::refresh);
    connect(m_newButton, &QPushButton::clicked, this, &BlackoutsView::newBlackout);
    connect(m_deleteButton, &QPushButton::clicked, this, &BlackoutsView::deleteSelected);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &BlackoutsView::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BlackoutsView::updateActions);
    connect(&m_backend, &AlertBackend::sessionChanged, this, &BlackoutsView::updateForSession);
    connect(&m_backend, &AlertBackend::alarmModelChanged, m_table->viewport(), qOverload<>(&QWidget::update));

    m_timer.setInterval(10s);
    connect(&m_timer, &QTimer::timeout, this, &BlackoutsView::refresh);

    auto *top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_statusFilter);
    top->addStretch(1);
    top->addWidget(m_newButton);
    top->addWidget(m_deleteButton);
    top->addWidget(m_refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_table, 1);

    updateForSession();
}

BlackoutsView::~BlackoutsView() = default;

void BlackoutsView::setRefreshInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void BlackoutsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer.start();
}

void BlackoutsView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer.stop();
}

void BlackoutsView::refresh()
{
    if (m_loading) {
        m_refreshAgain = true;
        return;
    }
    m_loading = true;
    QList<QPair<QString, QString>> query{{QStringLiteral("page-size"), PageSize}};
    if (const QString status = m_statusFilter->currentData().toString(); !status.isEmpty())
        query.append({QStringLiteral("status"), status});
    whenFinished(
        m_backend.call(ApiCall::get(QStringLiteral("/blackouts"), query)),
        this,
        [this](const Result<ApiAnswer> &answer) {
            m_loading = false;
            // An answer for a filter that changed meanwhile is stale: only the next one is shown.
            if (!m_refreshAgain) {
                if (answer) {
                    m_errorLabel->hide();
                    showList(JsonTableModel::objects(answer->json().value(QStringLiteral("blackouts")).toArray()));
                } else {
                    m_errorLabel->setText(tr("Could not refresh the blackouts: %1").arg(answer.error().message));
                    m_errorLabel->show();
                }
                Q_EMIT refreshed(answer.ok());
                return;
            }
            m_refreshAgain = false;
            refresh();
        });
}

void BlackoutsView::showList(const QList<QJsonObject> &blackouts)
{
    m_model->setRows(blackouts);
    if (!m_sized && !blackouts.isEmpty()) {
        m_sized = true;
        m_table->resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 320));
    }
    updateActions();
}

void BlackoutsView::updateForSession()
{
    m_table->setColumnHidden(m_customerColumn, !m_backend.session().customerViews);
    updateActions();
}

void BlackoutsView::updateActions()
{
    const bool mayWrite = m_backend.session().allows(WriteBlackouts);
    const QString missing = tr("Changing blackouts needs the %1 scope").arg(WriteBlackouts);
    m_newButton->setEnabled(mayWrite);
    m_newButton->setToolTip(mayWrite ? tr("Suppress matching alerts for a while (a maintenance window)") : missing);
    const bool haveSelection = !selectedIds().isEmpty();
    m_deleteButton->setEnabled(mayWrite && haveSelection);
    m_deleteButton->setToolTip(!mayWrite           ? missing
                                   : haveSelection ? tr("Delete the selected blackouts")
                                                   : tr("Select the blackouts to delete"));
}

QStringList BlackoutsView::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(index.data(JsonTableModel::IdRole).toString());
    return ids;
}

BlackoutDialog *BlackoutsView::newBlackout()
{
    return newBlackoutLike({});
}

BlackoutDialog *BlackoutsView::newBlackoutLike(const QJsonObject &alert)
{
    auto *dialog = new BlackoutDialog(m_backend, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    if (!alert.isEmpty())
        dialog->setFields(alert);
    connect(dialog, &BlackoutDialog::blackoutCreated, this, [this](const QJsonObject &blackout) {
        m_messageLabel->setText(tr("Created the blackout of %1.").arg(fieldText(blackout, "environment")));
        m_messageLabel->show();
        refresh();
    });
    dialog->open();
    return dialog;
}

void BlackoutsView::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || !m_backend.session().allows(WriteBlackouts))
        return;
    auto *box = new QMessageBox(QMessageBox::Question,
                                tr("Delete blackouts"),
                                tr("Delete %n blackout(s)?", nullptr, int(ids.size())),
                                QMessageBox::Yes | QMessageBox::Cancel,
                                this);
    box->setObjectName(QStringLiteral("blackoutsConfirmDelete"));
    box->setInformativeText(tr("Alerts they suppress are received normally again."));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, ids](int) {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            removeBlackouts(ids);
    });
    box->open();
}

void BlackoutsView::removeBlackouts(const QStringList &ids)
{
    struct Batch
    {
        int pending = 0;
        int done = 0;
        QStringList errors;
    };
    auto batch = std::make_shared<Batch>();
    batch->pending = int(ids.size());
    for (const QString &id : ids) {
        whenFinished(m_backend.call(ApiCall::remove(QStringLiteral("/blackout/") + id)),
                     this,
                     [this, batch](const Result<ApiAnswer> &answer) {
                         if (answer)
                             ++batch->done;
                         else
                             batch->errors.append(answer.error().message);
                         if (--batch->pending > 0)
                             return;
                         QString message = tr("Deleted %n blackout(s).", nullptr, batch->done);
                         if (!batch->errors.isEmpty()) {
                             message += u' '
                                 + tr("%n could not be deleted: %1", nullptr, int(batch->errors.size()))
                                       .arg(batch->errors.first());
                         }
                         m_messageLabel->setText(message);
                         m_messageLabel->show();
                         refresh();
                         Q_EMIT actionFinished();
                     });
    }
}
