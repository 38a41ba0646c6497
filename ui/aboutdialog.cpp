// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/aboutdialog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

#include "core/client/alertbackend.h"
#include "core/client/whenfinished.h"
#include "models/jsontablemodel.h"
#include "models/timeformat.h"
#include "ui/confirmation.h"
#include "ui/metricschart.h"

namespace {

const QString ReceivedMetric = QStringLiteral("alerts.received");
const QString QueriesMetric = QStringLiteral("alerts.queries");

/// The warning tone of the console's dialogs, lighter on a dark palette so that it stays readable.
void setWarning(QLabel *label, bool warn)
{
    if (!warn) {
        label->setPalette(QPalette());
        return;
    }
    const bool dark = label->palette().color(QPalette::Window).lightness() < 128;
    QPalette palette;
    palette.setColor(QPalette::WindowText, dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28));
    label->setPalette(palette);
}

QLabel *valueLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1StringView(objectName));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QString compilerText()
{
#if defined(__clang__)
    return QStringLiteral("Clang %1.%2.%3").arg(__clang_major__).arg(__clang_minor__).arg(__clang_patchlevel__);
#elif defined(__GNUC__)
    return QStringLiteral("GCC %1.%2.%3").arg(__GNUC__).arg(__GNUC_MINOR__).arg(__GNUC_PATCHLEVEL__);
#elif defined(_MSC_VER)
    return QStringLiteral("MSVC %1").arg(_MSC_VER);
#else
    return QStringLiteral("unknown compiler");
#endif
}

QString consoleVersion()
{
#ifdef ALERTA_VERSION
    return QStringLiteral(ALERTA_VERSION);
#else
    return QCoreApplication::applicationVersion();
#endif
}

QString stateText(AlertBackend::State state)
{
    switch (state) {
    case AlertBackend::State::Stopped:
        return AboutDialog::tr("stopped");
    case AlertBackend::State::Connecting:
        return AboutDialog::tr("connecting");
    case AlertBackend::State::Live:
        return AboutDialog::tr("live");
    case AlertBackend::State::Polling:
        return AboutDialog::tr("polling");
    case AlertBackend::State::Reconnecting:
        return AboutDialog::tr("reconnecting");
    case AlertBackend::State::Failed:
        return AboutDialog::tr("failed");
    }
    return {};
}

/// `alerta uptime`'s form: days, then hours and minutes.
QString uptimeText(qint64 ms)
{
    const qint64 minutes = ms / 60000;
    const int days = static_cast<int>(minutes / (24 * 60));
    const QString clock = QStringLiteral("%1:%2")
                              .arg((minutes / 60) % 24, 2, 10, QLatin1Char('0'))
                              .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return AboutDialog::tr("%n day(s), %1", nullptr, days).arg(clock);
}

/// The web UI's Value column: `value || count`.
QJsonValue metricValue(const QJsonObject &metric)
{
    return metric.contains(QLatin1StringView("value")) ? metric.value(QLatin1StringView("value"))
                                                       : metric.value(QLatin1StringView("count"));
}

/// totalTime / count of a timer with events; none otherwise.
std::optional<double> averageMs(const QJsonObject &metric)
{
    const double count = metric.value(QLatin1StringView("count")).toDouble();
    if (!metric.contains(QLatin1StringView("totalTime")) || count <= 0)
        return std::nullopt;
    return metric.value(QLatin1StringView("totalTime")).toDouble() / count;
}

QList<JsonTableModel::Column> metricColumns()
{
    const auto rightAligned = [](int role) -> QVariant {
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    };
    return {
        {AboutDialog::tr("Metric"), QStringLiteral("title")},
        {AboutDialog::tr("Type"), QStringLiteral("type")},
        {AboutDialog::tr("Name"),
         QStringLiteral("id"),
         [](const QJsonObject &row, int role) -> QVariant {
             if (role == Qt::ToolTipRole)
                 return row.value(QLatin1StringView("description")).toString();
             return {};
         }},
        {AboutDialog::tr("Value"),
         QStringLiteral("count"),
         [rightAligned](const QJsonObject &row, int role) -> QVariant {
             const QJsonValue value = metricValue(row);
             if (role == Qt::DisplayRole)
                 return JsonTableModel::text(value);
             if (role == JsonTableModel::SortRole)
                 return value.isDouble() ? QVariant(value.toDouble()) : QVariant(value.toString());
             return rightAligned(role);
         }},
        {AboutDialog::tr("Average"),
         QStringLiteral("totalTime"),
         [rightAligned](const QJsonObject &row, int role) -> QVariant {
             const std::optional<double> average = averageMs(row);
             if (role == Qt::DisplayRole)
                 return average ? AboutDialog::tr("%1 ms").arg(QString::number(*average, 'f', 2))
                                : AboutDialog::tr("n/a");
             if (role == JsonTableModel::SortRole)
                 return average.value_or(-1.0);
             return rightAligned(role);
         }},
    };
}

} // namespace

AboutDialog::AboutDialog(AlertBackend &backend, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Alerta Console"));

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(createConsoleGroup(), 1);
    top->addWidget(createServerGroup(), 1);
    layout->addLayout(top);

    m_noAccessLabel = new QLabel(this);
    m_noAccessLabel->setObjectName(QStringLiteral("noAccessLabel"));
    m_noAccessLabel->setWordWrap(true);
    m_noAccessLabel->setText(tr("The server's status and metrics need the read:management scope, which this session "
                                "does not have. Ask an administrator for it, or connect with another key or login."));
    layout->addWidget(m_noAccessLabel);

    layout->addWidget(createMetricsPart(), 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *refreshButton = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(refreshButton, &QPushButton::clicked, this, &AboutDialog::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(&m_backend, &AlertBackend::stateChanged, this, &AboutDialog::showBackend);
    connect(&m_backend, &AlertBackend::sessionChanged, this, [this] {
        showAccess();
        if (isVisible())
            refresh();
    });
    connect(&m_timer, &QTimer::timeout, this, &AboutDialog::refresh);
    m_timer.setInterval(DefaultRefreshInterval);

    showBackend();
    showAccess();
    showCharts();
    resize(980, 760);
}

AboutDialog::~AboutDialog() = default;

void AboutDialog::setRefreshInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

// Polls only while shown: a dialog the main window keeps for the next time costs the server nothing meanwhile.
void AboutDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_timer.start();
    refresh();
}

void AboutDialog::hideEvent(QHideEvent *event)
{
    m_timer.stop();
    QDialog::hideEvent(event);
}

QGroupBox *AboutDialog::createConsoleGroup()
{
    auto *group = new QGroupBox(tr("Console"), this);
    group->setObjectName(QStringLiteral("consoleGroup"));
    auto *form = new QFormLayout(group);
    auto *name = valueLabel("consoleNameLabel", group);
    name->setText(tr("Alerta Console"));
    auto *version = valueLabel("consoleVersionLabel", group);
    version->setText(consoleVersion());
    auto *qt = valueLabel("qtVersionLabel", group);
    qt->setText(tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    auto *build = valueLabel("buildLabel", group);
    build->setText(tr("%1, %2").arg(compilerText(), QStringLiteral(__DATE__)));
    m_backendLabel = valueLabel("backendLabel", group);
    m_stateLabel = valueLabel("backendStateLabel", group);
    form->addRow(tr("Name:"), name);
    form->addRow(tr("Version:"), version);
    form->addRow(tr("Qt:"), qt);
    form->addRow(tr("Build:"), build);
    form->addRow(tr("Connection:"), m_backendLabel);
    form->addRow(tr("State:"), m_stateLabel);
    return group;
}

QGroupBox *AboutDialog::createServerGroup()
{
    m_serverGroup = new QGroupBox(tr("Server"), this);
    m_serverGroup->setObjectName(QStringLiteral("serverGroup"));
    auto *form = new QFormLayout(m_serverGroup);
    m_releaseLabel = valueLabel("releaseLabel", m_serverGroup);
    m_buildLabel = valueLabel("serverBuildLabel", m_serverGroup);
    m_dateLabel = valueLabel("dateLabel", m_serverGroup);
    m_revisionLabel = valueLabel("revisionLabel", m_serverGroup);
    m_healthLabel = valueLabel("healthLabel", m_serverGroup);
    m_versionLabel = valueLabel("serverVersionLabel", m_serverGroup);
    m_timeLabel = valueLabel("serverTimeLabel", m_serverGroup);
    m_uptimeLabel = valueLabel("uptimeLabel", m_serverGroup);
    form->addRow(tr("Release:"), m_releaseLabel);
    form->addRow(tr("Build:"), m_buildLabel);
    form->addRow(tr("Started:"), m_dateLabel);
    form->addRow(tr("Revision:"), m_revisionLabel);
    form->addRow(tr("Health:"), m_healthLabel);
    form->addRow(tr("Version:"), m_versionLabel);
    form->addRow(tr("Server time:"), m_timeLabel);
    form->addRow(tr("Uptime:"), m_uptimeLabel);
    return m_serverGroup;
}

QWidget *AboutDialog::createMetricsPart()
{
    m_metricsPart = new QWidget(this);
    m_metricsPart->setObjectName(QStringLiteral("metricsPart"));
    auto *layout = new QVBoxLayout(m_metricsPart);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *charts = new QHBoxLayout;
    m_receiveRateChart = new MetricsChart(m_metricsPart);
    m_receiveRateChart->setObjectName(QStringLiteral("receiveRateChart"));
    m_receiveRateChart->setTitle(tr("Alerts received"));
    m_receiveRateChart->setUnit(tr("/s"));
    m_receiveTimeChart = new MetricsChart(m_metricsPart);
    m_receiveTimeChart->setObjectName(QStringLiteral("receiveTimeChart"));
    m_receiveTimeChart->setTitle(tr("Receive processing time"));
    m_receiveTimeChart->setUnit(tr(" ms"));
    m_queryRateChart = new MetricsChart(m_metricsPart);
    m_queryRateChart->setObjectName(QStringLiteral("queryRateChart"));
    m_queryRateChart->setTitle(tr("Alert queries"));
    m_queryRateChart->setUnit(tr("/s"));
    charts->addWidget(m_receiveRateChart);
    charts->addWidget(m_receiveTimeChart);
    charts->addWidget(m_queryRateChart);
    layout->addLayout(charts);

    auto *updateRow = new QHBoxLayout;
    m_updateLabel = valueLabel("updateLabel", m_metricsPart);
    updateRow->addWidget(m_updateLabel, 1);
    m_switchButton = new QPushButton(m_metricsPart);
    m_switchButton->setObjectName(QStringLiteral("switchButton"));
    m_switchButton->setToolTip(tr("Select a switch in the table to turn it ON or OFF on the server."));
    connect(m_switchButton, &QPushButton::clicked, this, &AboutDialog::requestSwitchFlip);
    updateRow->addWidget(m_switchButton);
    layout->addLayout(updateRow);

    m_metrics = new JsonTableModel(metricColumns(), QStringLiteral("id"), this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_metrics);
    m_sorted->setSortRole(JsonTableModel::SortRole);
    m_table = new QTableView(m_metricsPart);
    m_table->setObjectName(QStringLiteral("metricsTable"));
    m_table->setModel(m_sorted);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // The titles take the room left: the numbers stay next to their names.
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // The server's order (gauges, counters, timers, switches) until the user sorts by a column.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    layout->addWidget(m_table, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AboutDialog::showSwitchButton);
    showSwitchButton();
    return m_metricsPart;
}

std::optional<AboutDialog::SwitchRow> AboutDialog::selectedSwitch() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const QJsonObject metric = m_metrics->row(m_sorted->mapToSource(current).row());
    if (metric.value(QLatin1StringView("group")).toString() != QLatin1StringView("switch"))
        return std::nullopt;
    return SwitchRow{metric.value(QLatin1StringView("name")).toString(),
                     metric.value(QLatin1StringView("title")).toString(),
                     metric.value(QLatin1StringView("value")).toString() == QLatin1StringView("ON")};
}

void AboutDialog::showSwitchButton()
{
    const std::optional<SwitchRow> row = selectedSwitch();
    m_switchButton->setVisible(m_backend.session().allows(QStringLiteral("admin:management")));
    if (!row) {
        m_switchButton->setText(tr("Turn switch ON/OFF"));
        m_switchButton->setEnabled(false);
        return;
    }
    m_switchButton->setText(row->on ? tr("Turn OFF “%1”").arg(row->title) : tr("Turn ON “%1”").arg(row->title));
    m_switchButton->setEnabled(!m_switchBusy && !m_switchConfirmation);
}

void AboutDialog::requestSwitchFlip()
{
    const std::optional<SwitchRow> row = selectedSwitch();
    if (!row || m_switchBusy || m_switchConfirmation)
        return;
    if (!row->on) {
        flipSwitch(row->name, true);
        return;
    }
    const QString consequence = row->name == QLatin1StringView("sender-api-allow")
        ? tr("While it is OFF, the server refuses every alert sent to its API or webhooks (503), and senders have to "
             "send them again later")
        : tr("While it is OFF, the server tells web consoles not to refresh their alert lists");
    m_switchConfirmation =
        openConfirmation(this,
                         QStringLiteral("confirmSwitchBox"),
                         tr("Turn a switch OFF"),
                         tr("Turn OFF “%1” on %2?\n\n%3.").arg(row->title, m_backend.displayName(), consequence),
                         tr("Turn OFF"),
                         [this, name = row->name](bool yes) {
                             m_switchConfirmation = nullptr;
                             if (yes)
                                 flipSwitch(name, false);
                             else
                                 showSwitchButton();
                         });
    showSwitchButton();
}

void AboutDialog::flipSwitch(const QString &name, bool on)
{
    m_switchBusy = true;
    showSwitchButton();
    const ApiCall call = ApiCall::post(QStringLiteral("/management/switchboard"),
                                       {{name, on ? QStringLiteral("ON") : QStringLiteral("OFF")}});
    whenFinished(m_backend.call(call), this, [this, name](const Result<ApiAnswer> &answer) {
        m_switchBusy = false;
        if (answer) {
            fetchStatus(); // shows the new state, and the button follows it
        } else {
            m_updateLabel->setText(tr("Could not turn %1 ON or OFF: %2").arg(name, answer.error().message));
            setWarning(m_updateLabel, true);
        }
        showSwitchButton();
    });
}

void AboutDialog::showBackend()
{
    m_backendLabel->setText(m_backend.displayName());
    const QString message = m_backend.stateMessage();
    m_stateLabel->setText(message.isEmpty() ? stateText(m_backend.state())
                                            : tr("%1: %2").arg(stateText(m_backend.state()), message));
}

void AboutDialog::showAccess()
{
    const bool allowed = m_backend.session().allows(QStringLiteral("read:management"));
    m_serverGroup->setVisible(allowed);
    m_metricsPart->setVisible(allowed);
    m_noAccessLabel->setVisible(!allowed);
    if (m_switchButton)
        showSwitchButton();
}

void AboutDialog::refresh()
{
    showBackend();
    if (!m_backend.session().allows(QStringLiteral("read:management")))
        return;
    if (!m_manifestKnown)
        fetchManifest();
    fetchHealth();
    fetchStatus();
}

void AboutDialog::fetchManifest()
{
    if (m_manifestBusy)
        return;
    m_manifestBusy = true;
    whenFinished(m_backend.call(ApiCall::get(QStringLiteral("/management/manifest"))),
                 this,
                 [this](const Result<ApiAnswer> &answer) {
                     m_manifestBusy = false;
                     if (!answer) {
                         m_releaseLabel->setText(tr("unknown: %1").arg(answer.error().message));
                         setWarning(m_releaseLabel, true);
                         return;
                     }
                     m_manifestKnown = true;
                     const QJsonObject manifest = answer->json();
                     const auto text = [&manifest](const char *key) {
                         return JsonTableModel::text(manifest.value(QLatin1StringView(key)));
                     };
                     m_releaseLabel->setText(text("release"));
                     setWarning(m_releaseLabel, false);
                     m_buildLabel->setText(text("build"));
                     // The manifest's date is the server's start in UTC; shown in local time as the server time.
                     const QDateTime started = QDateTime::fromString(text("date"), Qt::ISODateWithMs);
                     m_dateLabel->setText(started.isValid() ? TimeFormat::local(started.toMSecsSinceEpoch())
                                                            : text("date"));
                     m_dateLabel->setToolTip(text("date"));
                     m_revisionLabel->setText(text("revision"));
                 });
}

void AboutDialog::fetchHealth()
{
    if (m_healthBusy)
        return;
    m_healthBusy = true;
    whenFinished(m_backend.call(ApiCall::get(QStringLiteral("/management/healthcheck"))),
                 this,
                 [this](const Result<ApiAnswer> &answer) {
                     m_healthBusy = false;
                     // 503 with `HEARTBEAT_STALE: <origin>` arrives as the error's message.
                     m_healthLabel->setText(answer ? answer->text() : answer.error().message);
                     setWarning(m_healthLabel, !answer || answer->text() != QLatin1StringView("OK"));
                 });
}

void AboutDialog::fetchStatus()
{
    if (m_statusBusy) {
        m_statusAgain = true;
        return;
    }
    m_statusBusy = true;
    whenFinished(m_backend.call(ApiCall::get(QStringLiteral("/management/status"))),
                 this,
                 [this](const Result<ApiAnswer> &answer) {
                     m_statusBusy = false;
                     if (answer)
                         showStatus(answer->json());
                     else
                         showStatusError(answer.error());
                     if (std::exchange(m_statusAgain, false))
                         fetchStatus();
                 });
}

void AboutDialog::showStatus(const QJsonObject &status)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QJsonValue time = status.value(QLatin1StringView("time"));
    const qint64 serverTime = time.isDouble() ? static_cast<qint64>(time.toDouble()) : now;
    m_statusShownAt = now;

    const QJsonValue version = status.value(QLatin1StringView("version"));
    m_versionLabel->setText(version.isString() ? version.toString() : tr("not disclosed"));
    m_timeLabel->setText(TimeFormat::local(serverTime));
    m_timeLabel->setToolTip(TimeFormat::utc(serverTime));
    m_uptimeLabel->setText(uptimeText(static_cast<qint64>(status.value(QLatin1StringView("uptime")).toDouble())));

    QList<QJsonObject> rows;
    for (const QJsonValue &value : status.value(QLatin1StringView("metrics")).toArray()) {
        QJsonObject metric = value.toObject();
        metric.insert(QStringLiteral("id"), MetricsHistory::metricName(metric));
        rows.append(metric);
    }
    const bool first = m_metrics->rowCount() == 0;
    m_metrics->setRows(rows);
    if (first && !rows.isEmpty())
        m_table->resizeColumnsToContents();

    m_history.add(status, serverTime);
    showCharts();
    m_updateLabel->setText(tr("Updated %1").arg(TimeFormat::local(now)));
    setWarning(m_updateLabel, false);
    showSwitchButton();
    Q_EMIT statusRefreshed();
}

void AboutDialog::showStatusError(const ApiError &error)
{
    if (error.code == 403) {
        // The session's scopes were not known in advance: the server's answer says what is missing.
        m_noAccessLabel->setText(tr("The server refused its status: %1").arg(error.message));
        m_noAccessLabel->setVisible(true);
        m_serverGroup->setVisible(false);
        m_metricsPart->setVisible(false);
        return;
    }
    const QString why = tr("Could not refresh: %1").arg(error.message);
    if (m_statusShownAt == 0) {
        m_updateLabel->setText(why);
    } else {
        const qint64 age = (QDateTime::currentMSecsSinceEpoch() - m_statusShownAt) / 1000;
        m_updateLabel->setText(
            tr("%1 — showing values from %2 (%3).").arg(why, TimeFormat::local(m_statusShownAt), TimeFormat::ago(age)));
    }
    setWarning(m_updateLabel, true);
}

void AboutDialog::showCharts()
{
    m_receiveRateChart->setPoints(m_history.rate(ReceivedMetric));
    m_receiveTimeChart->setPoints(m_history.averageMs(ReceivedMetric));
    m_queryRateChart->setPoints(m_history.rate(QueriesMetric));
}
