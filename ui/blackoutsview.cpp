// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/blackoutsview.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

#include <algorithm>
#include <memory>

#include "core/client/alertbackend.h"
#include "core/timestamp.h"
#include "models/jsontablemodel.h"
#include "models/timeformat.h"
#include "ui/blackoutdialog.h"

namespace {

using namespace std::chrono_literals;

const QString WriteBlackouts = QStringLiteral("write:blackouts");

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

constexpr int CustomerColumn = 8;
constexpr int StartColumn = 9;

QList<JsonTableModel::Column> blackoutColumns(AlertBackend &backend)
{
    // In force: the normal (green) colour, as alerts are quiet; waiting: indeterminate; over: unknown (grey).
    return {
        ResourcePage::statusColumn(
            backend,
            BlackoutsView::tr("Status"),
            QStringLiteral("status"),
            {{QStringLiteral("expired"), BlackoutsView::tr("expired"), QStringLiteral("unknown")},
             {QStringLiteral("pending"), BlackoutsView::tr("pending"), QStringLiteral("indeterminate")},
             {QStringLiteral("active"), BlackoutsView::tr("active")}}),
        {BlackoutsView::tr("Environment"), QStringLiteral("environment")},
        {BlackoutsView::tr("Service"), QStringLiteral("service")},
        {BlackoutsView::tr("Resource"), QStringLiteral("resource")},
        {BlackoutsView::tr("Event"), QStringLiteral("event")},
        {BlackoutsView::tr("Group"), QStringLiteral("group")},
        {BlackoutsView::tr("Tags"), QStringLiteral("tags")},
        {BlackoutsView::tr("Origin"), QStringLiteral("origin")},
        {BlackoutsView::tr("Customer"), QStringLiteral("customer")},
        JsonTableModel::timeColumn(BlackoutsView::tr("Start"), QStringLiteral("startTime")),
        JsonTableModel::timeColumn(BlackoutsView::tr("End"), QStringLiteral("endTime")),
        durationColumn(BlackoutsView::tr("Duration"), "duration"),
        durationColumn(BlackoutsView::tr("Remaining"), "remaining"),
        {BlackoutsView::tr("User"), QStringLiteral("user")},
        {BlackoutsView::tr("Reason"), QStringLiteral("text")},
        JsonTableModel::timeColumn(BlackoutsView::tr("Created"), QStringLiteral("createTime")),
    };
}

} // namespace

BlackoutsView::BlackoutsView(AlertBackend &backend, QWidget *parent)
    : ResourcePage(backend,
                   Resource{.listPath = QStringLiteral("/blackouts"),
                            .listKey = QStringLiteral("blackouts"),
                            .itemPath = QStringLiteral("/blackout"),
                            .writeScope = WriteBlackouts,
                            .deleteScope = WriteBlackouts,
                            .actions = Action::New | Action::Delete,
                            .namePrefix = QStringLiteral("blackouts"),
                            .refreshFailedText = tr("Could not refresh the blackouts: %1"),
                            .customerColumn = CustomerColumn},
                   blackoutColumns(backend),
                   parent)
    , m_statusFilter(new QComboBox(this))
{
    setObjectName(QStringLiteral("blackoutsView"));
    table()->sortByColumn(StartColumn, Qt::DescendingOrder); // latest start first
    table()->setSelectionMode(QAbstractItemView::ExtendedSelection);

    m_statusFilter->setObjectName(QStringLiteral("blackoutsStatusFilter"));
    m_statusFilter->addItem(tr("All"), QString());
    m_statusFilter->addItem(tr("Active"), QStringLiteral("active"));
    m_statusFilter->addItem(tr("Pending"), QStringLiteral("pending"));
    m_statusFilter->addItem(tr("Expired"), QStringLiteral("expired"));
    auto *filterLabel = new QLabel(tr("S&tatus:"), this);
    filterLabel->setBuddy(m_statusFilter);
    addToolbarWidget(filterLabel, ToolbarSide::Leading);
    addToolbarWidget(m_statusFilter, ToolbarSide::Leading);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &BlackoutsView::refresh);

    newButton()->setText(tr("&New blackout…"));
    setActionToolTip(Action::New, tr("Suppress matching alerts for a while (a maintenance window)"));
    setActionToolTip(Action::Delete, tr("Delete the selected blackouts"));
    setRefreshInterval(10s);
}

BlackoutsView::~BlackoutsView() = default;

QList<QPair<QString, QString>> BlackoutsView::listQuery() const
{
    QList<QPair<QString, QString>> query = ResourcePage::listQuery();
    if (const QString status = m_statusFilter->currentData().toString(); !status.isEmpty())
        query.append({QStringLiteral("status"), status});
    return query;
}

void BlackoutsView::openEditor(const QJsonObject &)
{
    newBlackout();
}

BlackoutDialog *BlackoutsView::newBlackout()
{
    return newBlackoutLike({});
}

BlackoutDialog *BlackoutsView::newBlackoutLike(const QJsonObject &alert)
{
    auto *dialog = new BlackoutDialog(backend(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    if (!alert.isEmpty())
        dialog->setFields(alert);
    connect(dialog, &BlackoutDialog::blackoutCreated, this, [this](const QJsonObject &blackout) {
        showMessage(tr("Created the blackout of %1.").arg(fieldText(blackout, "environment")));
        refresh();
    });
    dialog->open();
    return dialog;
}

ResourcePage::Confirmation BlackoutsView::deleteConfirmation(const QList<QJsonObject> &rows) const
{
    return {tr("Delete blackouts"),
            tr("Delete %n blackout(s)?", nullptr, int(rows.size())),
            tr("Alerts they suppress are received normally again.")};
}

QString BlackoutsView::deletedText(int count) const
{
    return tr("Deleted %n blackout(s).", nullptr, count);
}
