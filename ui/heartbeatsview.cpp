// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/heartbeatsview.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
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

namespace {

using namespace std::chrono_literals;

const QString WriteHeartbeats = QStringLiteral("write:heartbeats");
const QString WriteAlerts = QStringLiteral("write:alerts");

QString fieldText(const QJsonObject &row, const char *key)
{
    return row.value(QLatin1StringView(key)).toString();
}

qint64 fieldNumber(const QJsonObject &row, const char *key)
{
    return static_cast<qint64>(row.value(QLatin1StringView(key)).toDouble());
}

QVariant rightAligned()
{
    return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
}

constexpr int CustomerColumn = 2;

QList<JsonTableModel::Column> heartbeatColumns(AlertBackend &backend)
{
    // Expired is as bad as a critical alert, slow as a warning; worse sorts higher.
    return {
        ResourcePage::statusColumn(
            backend,
            HeartbeatsView::tr("Status"),
            QStringLiteral("status"),
            {{QStringLiteral("ok"), HeartbeatsView::tr("ok")},
             {QStringLiteral("slow"), HeartbeatsView::tr("slow"), QStringLiteral("warning")},
             {QStringLiteral("expired"), HeartbeatsView::tr("expired"), QStringLiteral("critical")}}),
        {HeartbeatsView::tr("Origin"), QStringLiteral("origin")},
        {HeartbeatsView::tr("Customer"), QStringLiteral("customer")},
        {HeartbeatsView::tr("Latency"),
         QStringLiteral("latency"),
         [](const QJsonObject &row, int role) -> QVariant {
             if (role == Qt::DisplayRole)
                 return HeartbeatsView::tr("%1 ms").arg(fieldNumber(row, "latency"));
             if (role == Qt::TextAlignmentRole)
                 return rightAligned();
             return {};
         }},
        {HeartbeatsView::tr("Max latency"),
         QStringLiteral("maxLatency"),
         [](const QJsonObject &row, int role) -> QVariant {
             if (role == Qt::DisplayRole)
                 return HeartbeatsView::tr("%1 ms").arg(fieldNumber(row, "maxLatency"));
             if (role == Qt::TextAlignmentRole)
                 return rightAligned();
             return {};
         }},
        {HeartbeatsView::tr("Timeout"),
         QStringLiteral("timeout"),
         [](const QJsonObject &row, int role) -> QVariant {
             const qint64 timeout = fieldNumber(row, "timeout");
             if (role == Qt::DisplayRole)
                 return timeout < 60 ? HeartbeatsView::tr("%1 s").arg(timeout)
                                     : HeartbeatsView::tr("%1 s (%2)").arg(timeout).arg(TimeFormat::duration(timeout));
             if (role == Qt::TextAlignmentRole)
                 return rightAligned();
             return {};
         }},
        {HeartbeatsView::tr("Since"),
         QStringLiteral("since"),
         [](const QJsonObject &row, int role) -> QVariant {
             if (role == Qt::DisplayRole)
                 return TimeFormat::duration(fieldNumber(row, "since"));
             if (role == Qt::ToolTipRole)
                 return HeartbeatsView::tr("Time since the last heartbeat was received");
             if (role == Qt::TextAlignmentRole)
                 return rightAligned();
             return {};
         }},
        {HeartbeatsView::tr("Tags"), QStringLiteral("tags")},
        {HeartbeatsView::tr("Attributes"), QStringLiteral("attributes")},
        JsonTableModel::timeColumn(HeartbeatsView::tr("Received"), QStringLiteral("receiveTime")),
    };
}

/// Results of several requests sent at once, reported when the last one answered.
struct Batch
{
    int pending = 0;
    int done = 0;
    QStringList errors;
};

} // namespace

HeartbeatsView::HeartbeatsView(AlertBackend &backend, QWidget *parent)
    : ResourcePage(backend,
                   Resource{.listPath = QStringLiteral("/heartbeats"),
                            .listKey = QStringLiteral("heartbeats"),
                            .itemPath = QStringLiteral("/heartbeat"),
                            .deleteScope = WriteHeartbeats,
                            .actions = Action::Delete,
                            .namePrefix = QStringLiteral("heartbeats"),
                            .refreshFailedText = tr("Could not refresh the heartbeats: %1"),
                            .customerColumn = CustomerColumn},
                   heartbeatColumns(backend),
                   parent)
    , m_countsLabel(new QLabel(this))
    , m_raiseButton(new QPushButton(tr("Raise &alerts for stale heartbeats…"), this))
{
    setObjectName(QStringLiteral("heartbeatsView"));
    table()->sortByColumn(1, Qt::AscendingOrder);
    table()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_countsLabel->setObjectName(QStringLiteral("heartbeatsCountsLabel"));
    m_raiseButton->setObjectName(QStringLiteral("heartbeatsRaiseButton"));
    addToolbarWidget(m_countsLabel, ToolbarSide::Leading);
    addToolbarWidget(m_raiseButton, ToolbarSide::Trailing);
    setActionToolTip(Action::Delete, tr("Delete the selected heartbeats"));
    connect(m_raiseButton, &QPushButton::clicked, this, &HeartbeatsView::raiseAlerts);
    setRefreshInterval(10s);
    rowsChanged();
    updateActions();
}

HeartbeatsView::~HeartbeatsView() = default;

QList<QPair<QString, QString>> HeartbeatsView::listQuery() const
{
    return ResourcePage::listQuery() << QPair<QString, QString>{QStringLiteral("sort-by"), QStringLiteral("origin")};
}

void HeartbeatsView::rowsChanged()
{
    int ok = 0;
    int slow = 0;
    int expired = 0;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QString status = fieldText(model()->row(row), "status");
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
}

void HeartbeatsView::updateActions()
{
    const bool mayRaise = backend().session().allows(WriteAlerts);
    m_raiseButton->setEnabled(mayRaise);
    m_raiseButton->setToolTip(mayRaise ? tr("Send a HeartbeatFail, HeartbeatSlow or HeartbeatOK alert for every "
                                            "heartbeat, as “alerta heartbeats --alert” does")
                                       : missingScopeText(WriteAlerts));
}

ResourcePage::Confirmation HeartbeatsView::deleteConfirmation(const QList<QJsonObject> &rows) const
{
    QStringList origins;
    for (const QJsonObject &row : rows)
        origins.append(fieldText(row, "origin"));
    return {tr("Delete heartbeats"),
            tr("Delete %n heartbeat(s)?", nullptr, int(rows.size())),
            tr("A process that still sends heartbeats creates its heartbeat again."),
            origins.join(u'\n')};
}

QString HeartbeatsView::deletedText(int count) const
{
    return tr("Deleted %n heartbeat(s).", nullptr, count);
}

void HeartbeatsView::finishAction(const QString &message)
{
    showMessage(message);
    updateActions();
    Q_EMIT actionFinished();
}

void HeartbeatsView::raiseAlerts()
{
    if (!backend().session().allows(WriteAlerts))
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
    const SeverityMap &severities = backend().alarmModel().severities;
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
    choices.normalSeverity = backend().alarmModel().severities.normalSeverity();
    choices.origin = QStringLiteral("alerta-console/") + QSysInfo::machineHostName();
    if (const VoidResult valid = HeartbeatAlertBuilder::validate(choices, backend().alarmModel().severities); !valid) {
        finishAction(valid.error().message);
        return;
    }
    m_raiseButton->setEnabled(false);
    // A fresh list: the alerts must say what the heartbeats are now, not at the last refresh.
    whenFinished(backend().call(ApiCall::get(QStringLiteral("/heartbeats"), ResourcePage::listQuery())),
                 this,
                 [this, choices](const Result<ApiAnswer> &list) {
                     if (!list) {
                         finishAction(tr("Could not list the heartbeats: %1").arg(list.error().message));
                         return;
                     }
                     const QList<QJsonObject> heartbeats =
                         JsonTableModel::objects(list->json().value(QStringLiteral("heartbeats")).toArray());
                     showRows(heartbeats);
                     if (heartbeats.isEmpty()) {
                         finishAction(tr("There are no heartbeats."));
                         return;
                     }
                     auto batch = std::make_shared<Batch>();
                     batch->pending = int(heartbeats.size());
                     for (const QJsonObject &heartbeat : heartbeats) {
                         const QString origin = fieldText(heartbeat, "origin");
                         whenFinished(
                             backend().call(ApiCall::post(QStringLiteral("/alert"),
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
                                 finishAction(message);
                             });
                     }
                 });
}
