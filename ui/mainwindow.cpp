// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "core/alertengine.h"
#include "core/alertjson.h"
#include "models/alerttablemodel.h"

namespace {

using Column = AlertTableModel::Column;

constexpr int columnIndex(Column column)
{
    return static_cast<int>(column);
}

/// The web UI's default order (SORT_LIST_BY, spec §9) and the CLI's page size. The table re-sorts locally anyway;
/// the query order decides which 1000 alerts are shown when there are more.
QueryParams listQuery()
{
    return {{QStringLiteral("sort-by"), QStringLiteral("severity")},
            {QStringLiteral("sort-by"), QStringLiteral("lastReceiveTime")},
            {QStringLiteral("page-size"), QStringLiteral("1000")}};
}

} // namespace

MainWindow::MainWindow(AlertEngine &engine, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_model(new AlertTableModel(engine.config().severities, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_emptyStateLabel(new QLabel(m_table->viewport()))
    , m_summaryLabel(new QLabel(this))
    , m_refreshTimer(new QTimer(this))
{
    setWindowTitle(tr("Alerta Console"));
    resize(1200, 640);

    createActions();
    setUpTable();
    setCentralWidget(m_table);

    m_summaryLabel->setObjectName(QStringLiteral("alertSummaryLabel"));
    statusBar()->addPermanentWidget(m_summaryLabel);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(std::chrono::milliseconds(200));
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refresh);
    // alertChanged comes from the store's writer thread: always queue it into this window's thread.
    connect(&m_engine, &AlertEngine::alertChanged, this, &MainWindow::scheduleRefresh, Qt::QueuedConnection);

    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::setRefreshDelay(std::chrono::milliseconds delay)
{
    m_refreshTimer->setInterval(delay);
}

void MainWindow::refresh()
{
    m_refreshTimer->stop();
    const Result<AlertPage> page = m_engine.query(listQuery());
    if (!page) {
        statusBar()->showMessage(tr("Could not load alerts: %1").arg(page.error().message));
        return;
    }
    m_model->setAlerts(page->alerts);
    updateSummary(*page);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));

    auto *sendTestAlert = fileMenu->addAction(tr("Send &Test Alert"));
    sendTestAlert->setObjectName(QStringLiteral("sendTestAlertAction"));
    sendTestAlert->setStatusTip(tr("Send a sample alert through the engine"));
    connect(sendTestAlert, &QAction::triggered, this, &MainWindow::sendTestAlert);

    fileMenu->addSeparator();
    auto *quit = fileMenu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    auto *about = helpMenu->addAction(tr("&About Alerta Console"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::setUpTable()
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AlertTableModel::RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_table->setObjectName(QStringLiteral("alertTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(columnIndex(Column::Severity), Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    // Widths from sample contents, so they follow the font; the free text takes the rest.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const auto fitTo = [this, header](Column column, const QString &sample) {
        const QString title = m_model->headerData(columnIndex(column), Qt::Horizontal).toString();
        const int width = std::max(fontMetrics().horizontalAdvance(sample), fontMetrics().horizontalAdvance(title));
        header->resizeSection(columnIndex(column), width + 24);
    };
    fitTo(Column::Severity, QStringLiteral("informational"));
    fitTo(Column::Status, QStringLiteral("shelved"));
    fitTo(Column::LastReceiveTime, QStringLiteral("2026-12-31 23:59:59"));
    fitTo(Column::DuplicateCount, QStringLiteral("9999"));
    fitTo(Column::Environment, QStringLiteral("Development"));
    fitTo(Column::Service, QStringLiteral("Platform, Network"));
    fitTo(Column::Resource, QStringLiteral("web01.example.com"));
    fitTo(Column::Event, QStringLiteral("HttpServerError"));
    fitTo(Column::Value, QStringLiteral("100 % busy"));

    // The empty state sits on the viewport so the column headers stay visible above it.
    m_emptyStateLabel->setObjectName(QStringLiteral("emptyStateLabel"));
    m_emptyStateLabel->setText(tr("<p><big>No alerts</big></p><p>Alerts received by the console appear here.<br>"
                                  "Use <b>File → Send Test Alert</b> to see one.</p>"));
    m_emptyStateLabel->setAlignment(Qt::AlignCenter);
    m_emptyStateLabel->setWordWrap(true);
    m_emptyStateLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_emptyStateLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *viewportLayout = new QVBoxLayout(m_table->viewport());
    viewportLayout->addWidget(m_emptyStateLabel);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
    updateEmptyState();
}

void MainWindow::scheduleRefresh()
{
    // Not restarted on every change: under a steady stream of alerts the list still refreshes once per delay.
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void MainWindow::sendTestAlert()
{
    static const QStringList severities = {QStringLiteral("minor"),
                                           QStringLiteral("major"),
                                           QStringLiteral("critical")};
    const QString severity = severities.at(m_testAlertsSent % severities.size());
    ++m_testAlertsSent;

    // Through the API's parser so the alert gets exactly the defaults of a `POST /alert` (id, status, timeout, ...).
    const QJsonObject body{
        {QStringLiteral("resource"), QStringLiteral("console-test")},
        {QStringLiteral("event"), QStringLiteral("TestAlert")},
        {QStringLiteral("environment"), QStringLiteral("Production")},
        {QStringLiteral("severity"), severity},
        {QStringLiteral("service"), QJsonArray{QStringLiteral("Console")}},
        {QStringLiteral("group"), QStringLiteral("Console")},
        {QStringLiteral("value"), QString::number(m_testAlertsSent)},
        {QStringLiteral("text"), tr("Test alert sent from the console")},
        {QStringLiteral("tags"), QJsonArray{QStringLiteral("test")}},
    };
    Result<Alert> alert = AlertJson::parseIncomingAlert(body, m_engine.config(), m_engine.now());
    if (!alert) {
        statusBar()->showMessage(tr("Could not send the test alert: %1").arg(alert.error().message));
        return;
    }
    // Asynchronous: the write waits for fsync, which must not freeze the window.
    m_engine.receiveAsync(std::move(alert).value()).then(this, [this, severity](const Result<ReceiveResult> &result) {
        if (result)
            statusBar()->showMessage(tr("Sent a %1 test alert").arg(severity), 5000);
        else
            statusBar()->showMessage(tr("Could not send the test alert: %1").arg(result.error().message));
    });
}

void MainWindow::showAbout()
{
    QMessageBox::about(this,
                       tr("About Alerta Console"),
                       tr("<h3>Alerta Console %1</h3>"
                          "<p>A desktop console for Alerta alerts, with an embedded Alerta-compatible engine.</p>")
                           .arg(QStringLiteral(ALERTA_VERSION)));
}

void MainWindow::updateSummary(const AlertPage &page)
{
    QString text = page.counts.total > page.alerts.size()
        ? tr("Alerts: %1 of %2 shown").arg(page.alerts.size()).arg(page.counts.total)
        : tr("Alerts: %1").arg(page.counts.total);

    // Most severe first; severities outside the map (there should be none) after them.
    const QStringList &ordered = m_engine.config().severities.ordered();
    QStringList parts;
    for (const QString &severity : ordered) {
        if (const qint64 count = page.counts.severityCounts.value(severity); count > 0)
            parts.append(tr("%1 %2", "severity, number of alerts").arg(severity).arg(count));
    }
    for (auto it = page.counts.severityCounts.cbegin(); it != page.counts.severityCounts.cend(); ++it) {
        if (!ordered.contains(it.key()) && it.value() > 0)
            parts.append(tr("%1 %2", "severity, number of alerts").arg(it.key()).arg(it.value()));
    }
    if (!parts.isEmpty())
        text += QStringLiteral("   ·   ") + parts.join(QStringLiteral(", "));
    m_summaryLabel->setText(text);
}

void MainWindow::updateEmptyState()
{
    m_emptyStateLabel->setVisible(m_model->rowCount() == 0);
}
