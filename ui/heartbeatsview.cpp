// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/heartbeatsview.h"

#include <QAction>
#include <QColor>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSysInfo>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

#include "core/client/alertbackend.h"
#include "core/client/heartbeatalertbuilder.h"
#include "core/client/whenfinished.h"
#include "core/timestamp.h"
#include "models/jsontablemodel.h"
#include "models/timeformat.h"
#include "ui/theme.h"

namespace {

using namespace std::chrono_literals;

const QString WriteHeartbeats = QStringLiteral("write:heartbeats");
const QString WriteAlerts = QStringLiteral("write:alerts");

// Far more heartbeats than a site has (one per monitored process); the CLI only looks at the first 50.
const QString PageSize = QStringLiteral("1000");

QString fieldText(const QJsonObject &row, const char *key)
{
    return row.value(QLatin1StringView(key)).toString();
}

qint64 fieldNumber(const QJsonObject &row, const char *key)
{
    return static_cast<qint64>(row.value(QLatin1StringView(key)).toDouble());
}

QString statusTitle(const QString &status)
{
    if (status == QLatin1StringView("ok"))
        return HeartbeatsView::tr("ok");
    if (status == QLatin1StringView("slow"))
        return HeartbeatsView::tr("slow");
    if (status == QLatin1StringView("expired"))
        return HeartbeatsView::tr("expired");
    return status;
}

/// Worse sorts higher.
int statusRank(const QString &status)
{
    if (status == QLatin1StringView("expired"))
        return 2;
    if (status == QLatin1StringView("slow"))
        return 1;
    return 0;
}

QVariant rightAligned()
{
    return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
}

} // namespace

HeartbeatsView::HeartbeatsView(AlertBackend &backend, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_countsLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
    , m_refreshButton(new QPushButton(tr("&Refresh"), this))
    , m_deleteButton(new QPushButton(tr("&Delete…"), this))
    , m_raiseButton(new QPushButton(tr("Raise &alerts for stale heartbeats…"), this))
{
    setObjectName(QStringLiteral("heartbeatsView"));
    AlertBackend *b = &m_backend;
    // Expired is as bad as a critical alert, slow as a warning: the server's colours for those severities.
    const auto statusColour = [b](const QString &status) {
        const QString severity = status == QLatin1StringView("expired") ? QStringLiteral("critical")
            : status == QLatin1StringView("slow")                       ? QStringLiteral("warning")
                                                                        : b->alarmModel().severities.normalSeverity();
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
        {tr("Origin"), QStringLiteral("origin")},
        {tr("Customer"), QStringLiteral("customer")},
        {tr("Latency"),
         QStringLiteral("latency"),
         [](const QJsonObject &row, int role) -> QVariant {
             if (role == Qt::DisplayRole)
                 return tr("%1 ms").arg(fieldNumber(row, "latency"));
             if (role == Qt::TextAlignmentRole)
                 return rightAligned();
             return {};
         }},
        {tr("Max latency"),
         QStringLiteral("maxLatency"),
         [](const QJsonObject &row, int role) -> QVariant {
             if (role == Qt::DisplayRole)
                 return tr("%1 ms").arg(fieldNumber(row, "maxLatency"));
             if (role == Qt::TextAlignmentRole)
                 return rightAligned();
             return {};
         }},
        {tr("Timeout"),
         QStringLiteral("timeout"),
         [](const QJsonObject &row, int role) -> QVariant {
             const qint64 timeout = fieldNumber(row, "timeout");
             if (role == Qt::DisplayRole)
                 return timeout < 60 ? tr("%1 s").arg(timeout)
                                     : tr("%1 s (%2)").arg(timeout).arg(TimeFormat::duration(timeout));
             if (role == Qt::TextAlignmentRole)
                 return rightAligned();
             return {};
         }},
        {tr("Since"),
         QStringLiteral("since"),
         [](const QJsonObject &row, int role) -> QVariant {
             if (role == Qt::DisplayRole)
                 return TimeFormat::duration(fieldNumber(row, "since"));
             if (role == Qt::ToolTipRole)
                 return tr("Time since the last heartbeat was received");
             if (role == Qt::TextAlignmentRole)
                 return rightAligned();
             return {};
         }},
        {tr("Tags"), QStringLiteral("tags")},
        {tr("Attributes"), QStringLiteral("attributes")},
        JsonTableModel::timeColumn(tr("Received"), QStringLiteral("receiveTime")),
    };
    m_customerColumn = 2;
    m_model = new JsonTableModel(std::move(columns), QStringLiteral("id"), this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(JsonTableModel::SortRole);

    m_table->setObjectName(QStringLiteral("heartbeatsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    m_countsLabel->setObjectName(QStringLiteral("heartbeatsCountsLabel"));
    m_errorLabel->setObjectName(QStringLiteral("heartbeatsErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_errorLabel->hide();
    m_messageLabel->setObjectName(QStringLiteral("heartbeatsMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();

    m_refreshButton->setObjectName(QStringLiteral("heartbeatsRefreshButton"));
    m_refreshButton->setToolTip(tr("Fetch the heartbeats again (F5)"));
    m_deleteButton->setObjectName(QStringLiteral("heartbeatsDeleteButton"));
    m_raiseButton->setObjectName(QStringLiteral("heartbeatsRaiseButton"));

    // F5 only while this view has the focus: the main window has its own refresh.
    auto *refreshAction = new QAction(tr("Refresh"), this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refreshAction);
    connect(refreshAction, &QAction::triggered, this, &HeartbeatsView::refresh);
    connect(m_refreshButton, &QPushButton::clicked, this, &HeartbeatsView::refresh);
    connect(m_deleteButton, &QPushButton::clicked, this, &HeartbeatsView::deleteSelected);
    connect(m_raiseButton, &QPushButton::clicked, this, &HeartbeatsView::raiseAlerts);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HeartbeatsView::updateActions);
    connect(&m_backend, &AlertBackend::sessionChanged, this, &HeartbeatsView::updateForSession);
    connect(&m_backend, &AlertBackend::alarmModelChanged, m_table->viewport(), qOverload<>(&QWidget::update));

    m_timer.setInterval(10s);
    connect(&m_timer, &QTimer::timeout, this, &HeartbeatsView::refresh);

    auto *top = new QHBoxLayout;
    top->addWidget(m_countsLabel, 1);
    top->addWidget(m_raiseButton);
    top->addWidget(m_deleteButton);
    top->addWidget(m_refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_table, 1);

    showList({});
    updateForSession();
}

HeartbeatsView::~HeartbeatsView() = default;

void HeartbeatsView::setRefreshInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void HeartbeatsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer.start();
}

void HeartbeatsView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer.stop();
}

void HeartbeatsView::refresh()
{
    if (m_loading) {
        m_refreshAgain = true;
        return;
    }
    m_loading = true;
    whenFinished(m_backend.call(ApiCall::get(
                     QStringLiteral("/heartbeats"),
                     {{QStringLiteral("page-size"), PageSize}, {QStringLiteral("sort-by"), QStringLiteral("origin")}})),
                 this,
                 [this](const Result<ApiAnswer> &answer) {
                     m_loading = false;
                     if (answer) {
                         m_errorLabel->hide();
                         showList(
                             JsonTableModel::objects(answer->json().value(QStringLiteral("heartbeats")).toArray()));
                     } else {
                         showError(answer.error().message);
                     }
                     Q_EMIT refreshed(answer.ok());
                     if (m_refreshAgain) {
                         m_refreshAgain = false;
                         refresh();
                     }
                 });
}

void HeartbeatsView::showList(const QList<QJsonObject> &heartbeats)
{
    const bool first = m_model->rowCount() == 0;
    m_model->setRows(heartbeats);
    int ok = 0;
    int slow = 0;
    int expired = 0;
    for (const QJsonObject &h : heartbeats) {
        const QString status = fieldText(h, "status");
        if (status == QLatin1StringView("expired"))
            ++expired;
        else if (status == QLatin1StringView("slow"))
            ++slow;
        else
            ++ok;
    }
    //: The counts above the heartbeats table, e.g. "3 ok · 1 slow · 0 expired".
    m_countsLabel->setText(tr("%n ok", nullptr, ok) + QStringLiteral(" · ") + tr("%n slow", nullptr, slow)
                           + QStringLiteral(" · ") + tr("%n expired", nullptr, expired));
    if (first && !heartbeats.isEmpty()) {
        m_table->resizeColumnsToContents();
        // Long attribute objects would push the receive time off screen.
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 320));
    }
    updateActions();
}

void HeartbeatsView::showError(const QString &message)
{
    m_errorLabel->setText(tr("Could not refresh the heartbeats: %1").arg(message));
    m_errorLabel->show();
}

void HeartbeatsView::updateForSession()
{
    m_table->setColumnHidden(m_customerColumn, !m_backend.session().customerViews);
    updateActions();
}

void HeartbeatsView::updateActions()
{
    const SessionInfo &session = m_backend.session();
    const bool mayDelete = session.allows(WriteHeartbeats);
    const bool haveSelection = !selectedIds().isEmpty();
    m_deleteButton->setEnabled(mayDelete && haveSelection);
    m_deleteButton->setToolTip(!mayDelete          ? tr("Deleting heartbeats needs the %1 scope").arg(WriteHeartbeats)
                                   : haveSelection ? tr("Delete the selected heartbeats")
                                                   : tr("Select the heartbeats to delete"));
    const bool mayRaise = session.allows(WriteAlerts);
    m_raiseButton->setEnabled(mayRaise);
    m_raiseButton->setToolTip(mayRaise ? tr("Send a HeartbeatFail, HeartbeatSlow or HeartbeatOK alert for every "
                                            "heartbeat, as “alerta heartbeats --alert” does")
                                       : tr("Raising alerts needs the %1 scope").arg(WriteAlerts));
}

QStringList HeartbeatsView::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(index.data(JsonTableModel::IdRole).toString());
    return ids;
}

void HeartbeatsView::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || !m_backend.session().allows(WriteHeartbeats))
        return;
    QStringList origins;
    for (const QString &id : ids)
        origins.append(m_model->row(m_model->rowOf(id)).value(QStringLiteral("origin")).toString());
    auto *box = new QMessageBox(QMessageBox::Question,
                                tr("Delete heartbeats"),
                                tr("Delete %n heartbeat(s)?", nullptr, int(ids.size())),
                                QMessageBox::Yes | QMessageBox::Cancel,
                                this);
    box->setObjectName(QStringLiteral("heartbeatsConfirmDelete"));
    box->setInformativeText(tr("A process that still sends heartbeats creates its heartbeat again."));
    box->setDetailedText(origins.join(u'\n'));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, ids](int) {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            removeHeartbeats(ids);
    });
    box->open();
}

namespace {

/// Results of several requests sent at once, reported when the last one answered.
struct Batch
{
    int pending = 0;
    int done = 0;
    QStringList errors;
};

} // namespace

void HeartbeatsView::removeHeartbeats(const QStringList &ids)
{
    auto batch = std::make_shared<Batch>();
    batch->pending = int(ids.size());
    for (const QString &id : ids) {
        whenFinished(m_backend.call(ApiCall::remove(QStringLiteral("/heartbeat/") + id)),
                     this,
                     [this, batch](const Result<ApiAnswer> &answer) {
                         if (answer)
                             ++batch->done;
                         else
                             batch->errors.append(answer.error().message);
                         if (--batch->pending > 0)
                             return;
                         QString message = tr("Deleted %n heartbeat(s).", nullptr, batch->done);
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

void HeartbeatsView::raiseAlerts()
{
    if (!m_backend.session().allows(WriteAlerts))
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("raiseHeartbeatAlertsDialog"));
    dialog->setWindowTitle(tr("Raise alerts for stale heartbeats"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *explanation = new QLabel(tr("Sends one alert per heartbeat: HeartbeatFail for expired ones, HeartbeatSlow "
                                      "for slow ones, and HeartbeatOK (which clears them) for the others."),
                                   dialog);
    explanation->setWordWrap(true);
    auto *combo = new QComboBox(dialog);
    combo->setObjectName(QStringLiteral("heartbeatSeverityCombo"));
    // The CLI's rule: a severity of the server's map that is not a normal one (the alert would close itself).
    const SeverityMap &severities = m_backend.alarmModel().severities;
    for (const auto &[name, level] : severities.levels()) {
        Q_UNUSED(level)
        HeartbeatAlertChoices choices;
        choices.severity = name;
        if (HeartbeatAlertBuilder::validate(choices, severities))
            combo->addItem(name);
    }
    combo->setCurrentIndex(std::max(0, combo->findText(QStringLiteral("major"))));
    combo->setToolTip(tr("For heartbeats without a “severity” attribute"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Severity:"), combo);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Raise alerts"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(dialog, &QDialog::accepted, this, [this, combo] { sendAlerts(combo->currentText()); });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void HeartbeatsView::sendAlerts(const QString &severity)
{
    HeartbeatAlertChoices choices;
    choices.severity = severity;
    choices.normalSeverity = m_backend.alarmModel().severities.normalSeverity();
    choices.origin = QStringLiteral("alerta-console/") + QSysInfo::machineHostName();
    if (const VoidResult valid = HeartbeatAlertBuilder::validate(choices, m_backend.alarmModel().severities); !valid) {
        m_messageLabel->setText(valid.error().message);
        m_messageLabel->show();
        Q_EMIT actionFinished();
        return;
    }
    m_raiseButton->setEnabled(false);
    // A fresh list: the alerts must say what the heartbeats are now, not at the last refresh.
    whenFinished(m_backend.call(ApiCall::get(QStringLiteral("/heartbeats"), {{QStringLiteral("page-size"), PageSize}})),
                 this,
                 [this, choices](const Result<ApiAnswer> &list) {
                     if (!list) {
                         m_messageLabel->setText(tr("Could not list the heartbeats: %1").arg(list.error().message));
                         m_messageLabel->show();
                         updateActions();
                         Q_EMIT actionFinished();
                         return;
                     }
                     const QList<QJsonObject> heartbeats =
                         JsonTableModel::objects(list->json().value(QStringLiteral("heartbeats")).toArray());
                     showList(heartbeats);
                     if (heartbeats.isEmpty()) {
                         m_messageLabel->setText(tr("There are no heartbeats."));
                         m_messageLabel->show();
                         updateActions();
                         Q_EMIT actionFinished();
                         return;
                     }
                     auto batch = std::make_shared<Batch>();
                     batch->pending = int(heartbeats.size());
                     for (const QJsonObject &heartbeat : heartbeats) {
                         const QString origin = fieldText(heartbeat, "origin");
                         whenFinished(
                             m_backend.call(ApiCall::post(QStringLiteral("/alert"),
                                                          HeartbeatAlertBuilder::alertFor(heartbeat, choices))),
                             this,
                             [this, batch, origin](const Result<ApiAnswer> &answer) {
                                 if (answer)
                                     ++batch->done;
                                 else
                                     batch->errors.append(origin + QStringLiteral(": ") + answer.error().message);
                                 if (--batch->pending > 0)
                                     return;
                                 QString message = tr("Sent %n alert(s).", nullptr, batch->done);
                                 if (!batch->errors.isEmpty()) {
                                     message += u' '
                                         + tr("%n failed: %1", nullptr, int(batch->errors.size()))
                                               .arg(batch->errors.join(QStringLiteral("; ")));
                                 }
                                 m_messageLabel->setText(message);
                                 m_messageLabel->show();
                                 updateActions();
                                 Q_EMIT actionFinished();
                             });
                     }
                 });
}
