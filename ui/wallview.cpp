// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/wallview.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/constanttime.h"
#include "models/alertsortfilterproxymodel.h"
#include "models/alerttablemodel.h"
#include "ui/wallbanner.h"

namespace {

using Column = AlertTableModel::Column;

/// What a wall shows of an alert: enough to know what is wrong where and since when; the rest is for a desk.
const QList<Column> wallColumns = {Column::Severity,
                                   Column::Status,
                                   Column::Environment,
                                   Column::Resource,
                                   Column::Event,
                                   Column::Text,
                                   Column::DuplicateCount,
                                   Column::Age};

/// How long the controls and the pointer stay after the mouse stops.
constexpr std::chrono::seconds controlsIdle{4};

/// High contrast: light text on black, the severity colours of the server in their cells.
QPalette wallPalette(QPalette palette)
{
    const QColor black(0, 0, 0);
    const QColor nearBlack(0x14, 0x14, 0x14);
    const QColor white(0xf5, 0xf5, 0xf5);
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        palette.setColor(group, QPalette::Window, black);
        palette.setColor(group, QPalette::Base, black);
        palette.setColor(group, QPalette::AlternateBase, nearBlack);
        palette.setColor(group, QPalette::WindowText, white);
        palette.setColor(group, QPalette::Text, white);
        palette.setColor(group, QPalette::ButtonText, white);
        palette.setColor(group, QPalette::Button, QColor(0x30, 0x30, 0x30));
    }
    return palette;
}

} // namespace

WallView::WallView(AlertTableModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new AlertSortFilterProxyModel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("wallView"));
    setAutoFillBackground(true);
    setPalette(wallPalette(palette()));

    m_proxy->setSourceModel(&m_model);
    // Worst first, then the most recent: what needs someone now is at the top of the first page.
    m_proxy->setSortKeys(
        {{int(Column::Severity), Qt::AscendingOrder}, {int(Column::LastReceiveTime), Qt::DescendingOrder}});
    m_banner = new WallBanner(m_model, *m_proxy, this);

    m_table->setObjectName(QStringLiteral("wallTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    for (int column = 0; column < m_model.columnCount(); ++column)
        m_table->setColumnHidden(column, !wallColumns.contains(Column(column)));
    // Widths fixed from the font, not from the rows shown: columns that moved with every page turn would make the
    // wall hard to read across the room.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setSectionResizeMode(int(Column::Text), QHeaderView::Stretch);
    connect(&m_model, &AlertTableModel::environmentCountsChanged, this, &WallView::updateColumnWidths);
    header->setSectionsClickable(false);
    header->setHighlightSections(false);

    createControls();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_controls);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);

    m_pageTimer.setInterval(std::chrono::seconds(15));
    connect(&m_pageTimer, &QTimer::timeout, this, &WallView::nextPage);
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(controlsIdle);
    connect(&m_idleTimer, &QTimer::timeout, this, &WallView::hideControls);
    // Rows come and go: keep the page in range and the banner's "page n of m" right.
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, [this] { showPage(m_page); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] { showPage(0); });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] { showPage(m_page); });
    setFontPoints(22);
    hideControls();
}

WallView::~WallView() = default;

void WallView::createControls()
{
    m_controls = new QWidget(this);
    m_controls->setObjectName(QStringLiteral("wallControls"));
    m_controls->setAutoFillBackground(true);
    QPalette controlsPalette = m_controls->palette();
    controlsPalette.setColor(QPalette::Window, QColor(0x26, 0x32, 0x38));
    m_controls->setPalette(controlsPalette);
    const auto button = [this](const QString &objectName, const QString &text, const QString &toolTip) {
        auto *result = new QToolButton(m_controls);
        result->setObjectName(objectName);
        result->setText(text);
        result->setToolTip(toolTip);
        result->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return result;
    };
    m_leaveButton = button(QStringLiteral("leaveWallButton"), tr("Leave Wall"), tr("Back to the console (Esc)"));
    m_lockButton = button(QStringLiteral("lockWallButton"), tr("Lock…"), tr("Lock the wall with a PIN"));
    m_previousButton = button(QStringLiteral("previousViewButton"), tr("◀ Previous View"), QString());
    m_nextButton = button(QStringLiteral("nextViewButton"), tr("Next View ▶"), QString());
    m_pauseButton = button(QStringLiteral("pauseWallButton"), tr("Pause"), tr("Stop turning pages and views"));
    m_pauseButton->setCheckable(true);
    auto *layout = new QHBoxLayout(m_controls);
    layout->setContentsMargins(8, 4, 8, 4);
    for (QToolButton *each : {m_leaveButton, m_lockButton})
        layout->addWidget(each);
    layout->addStretch(1);
    for (QToolButton *each : {m_previousButton, m_pauseButton, m_nextButton})
        layout->addWidget(each);

    m_leaveAction = new QAction(tr("Leave Wall"), this);
    m_leaveAction->setObjectName(QStringLiteral("leaveWallAction"));
    m_leaveAction->setShortcut(QKeySequence(Qt::Key_Escape));
    // The whole window: nothing on a wall has focus. Only while the wall is shown, since actions of hidden widgets
    // do not fire.
    m_leaveAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_leaveAction);
    auto *lockAction = new QAction(tr("Lock Wall…"), this);
    lockAction->setObjectName(QStringLiteral("lockWallAction"));
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lockAction->setShortcutContext(Qt::WindowShortcut);
    addAction(lockAction);

    // Locked, every way out asks for the PIN first.
    const auto leaveOrUnlock = [this] {
        if (isLocked())
            askToUnlock();
        else
            Q_EMIT leaveRequested();
    };
    connect(m_leaveAction, &QAction::triggered, this, leaveOrUnlock);
    connect(m_leaveButton, &QToolButton::clicked, this, leaveOrUnlock);
    const auto lockOrUnlock = [this] {
        if (isLocked())
            askToUnlock();
        else
            askToLock();
    };
    connect(m_lockButton, &QToolButton::clicked, this, lockOrUnlock);
    connect(lockAction, &QAction::triggered, this, lockOrUnlock);
    connect(m_previousButton, &QToolButton::clicked, this, &WallView::previousViewRequested);
    connect(m_nextButton, &QToolButton::clicked, this, &WallView::nextViewRequested);
    connect(m_pauseButton, &QToolButton::toggled, this, &WallView::setPaused);
}

void WallView::setBackend(AlertBackend *backend)
{
    m_banner->setBackend(backend);
}

void WallView::setViewName(const QString &name)
{
    m_banner->setViewName(name);
}

void WallView::setEnvironment(const QString &environment)
{
    m_proxy->setEnvironment(environment);
}

void WallView::setFontPoints(int points)
{
    QFont big = font();
    big.setPointSize(points);
    m_table->setFont(big);
    m_table->horizontalHeader()->setFont(big);
    QFont bannerFont = big;
    bannerFont.setPointSizeF(points * 0.9);
    m_banner->setFont(bannerFont);
    // The controls are for someone standing at the wall with a mouse: large enough to hit, smaller than the alerts.
    QFont controlsFont = big;
    controlsFont.setPointSizeF(points * 0.7);
    m_controls->setFont(controlsFont);
    m_table->verticalHeader()->setDefaultSectionSize(QFontMetrics(big).height() * 3 / 2);
    updateColumnWidths();
    showPage(m_page);
}

void WallView::updateColumnWidths()
{
    const QFontMetrics metrics(m_table->font());
    const int padding = metrics.averageCharWidth() * 2;
    const auto widest = [&metrics, padding](const QStringList &texts) {
        int width = 0;
        for (const QString &text : texts)
            width = qMax(width, metrics.horizontalAdvance(text));
        return width + padding;
    };
    const auto widestOf = [&](Column column, QStringList samples) {
        samples.append(m_model.headerData(int(column), Qt::Horizontal).toString());
        m_table->setColumnWidth(int(column), widest(samples));
    };
    widestOf(Column::Severity, m_model.alarmModel().severities.ordered());
    widestOf(Column::Status, {QStringLiteral("blackout"), QStringLiteral("shelved")});
    widestOf(Column::Age, {QStringLiteral("23h 59m")});
    widestOf(Column::DuplicateCount, {QStringLiteral("99999")});
    widestOf(Column::Environment, m_model.environmentCounts().keys());
    // What is wrong where gets a fair share of the rest; the text takes what is left.
    const int width = m_table->viewport()->width();
    m_table->setColumnWidth(int(Column::Resource), width * 18 / 100);
    m_table->setColumnWidth(int(Column::Event), width * 15 / 100);
}

void WallView::setPageInterval(std::chrono::seconds interval)
{
    m_pageTimer.setInterval(interval);
}

std::chrono::seconds WallView::pageInterval() const
{
    return std::chrono::duration_cast<std::chrono::seconds>(m_pageTimer.intervalAsDuration());
}

void WallView::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    updatePageTimer();
    // Mouse moves anywhere in the window reveal the controls: the table's viewport would swallow them otherwise.
    if (running) {
        qApp->installEventFilter(this);
        showPage(0);
        hideControls();
    } else {
        qApp->removeEventFilter(this);
        hideControls();
        unsetCursor();
    }
}

void WallView::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    m_pauseButton->setChecked(paused);
    m_pauseButton->setText(paused ? tr("Resume") : tr("Pause"));
    updatePageTimer();
    Q_EMIT pausedChanged(paused);
}

void WallView::updatePageTimer()
{
    if (m_running && !m_paused)
        m_pageTimer.start();
    else
        m_pageTimer.stop();
}

int WallView::rowsPerPage() const
{
    const int rowHeight = qMax(1, m_table->verticalHeader()->defaultSectionSize());
    return qMax(1, m_table->viewport()->height() / rowHeight);
}

int WallView::pageCount() const
{
    const int rows = m_proxy->rowCount();
    const int perPage = rowsPerPage();
    return qMax(1, (rows + perPage - 1) / perPage);
}

void WallView::nextPage()
{
    showPage((m_page + 1) % pageCount());
}

int WallView::firstVisibleRow() const
{
    return m_table->verticalScrollBar()->value();
}

void WallView::showPage(int page)
{
    m_page = qBound(0, page, pageCount() - 1);
    // Per item scrolling: the scroll bar's value is the top row. The last page ends at the last row, so it may
    // repeat some rows of the page before: better than a half-empty screen.
    m_table->verticalScrollBar()->setValue(m_page * rowsPerPage());
    m_banner->setPage(m_page, pageCount());
}

void WallView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateColumnWidths();
    showPage(m_page);
}

bool WallView::controlsVisible() const
{
    return m_controls->isVisibleTo(this);
}

void WallView::revealControls()
{
    m_controls->show();
    unsetCursor();
    m_idleTimer.start();
}

void WallView::hideControls()
{
    m_controls->hide();
    if (m_running)
        setCursor(Qt::BlankCursor);
}

bool WallView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseMove) {
        const auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget->window() == window() && isVisible())
            revealControls();
    }
    return QWidget::eventFilter(watched, event);
}

QByteArray WallView::hashOf(const QString &pin) const
{
    return QCryptographicHash::hash(QByteArray(m_salt + pin.toUtf8()), QCryptographicHash::Sha256);
}

void WallView::lock(const QString &pin)
{
    if (pin.isEmpty() || isLocked())
        return;
    // A fresh salt per lock: the hash in memory says nothing about a PIN used before.
    m_salt.resize(16);
    QRandomGenerator::system()->generate(m_salt.begin(), m_salt.end());
    m_pinHash = hashOf(pin);
    updateLockControls();
    Q_EMIT lockedChanged(true);
}

bool WallView::unlock(const QString &pin)
{
    if (!isLocked())
        return true;
    if (!ConstantTime::equals(hashOf(pin), m_pinHash))
        return false;
    m_pinHash.clear();
    updateLockControls();
    Q_EMIT lockedChanged(false);
    return true;
}

void WallView::updateLockControls()
{
    const bool locked = isLocked();
    m_lockButton->setText(locked ? tr("Unlock…") : tr("Lock…"));
    m_lockButton->setToolTip(locked ? tr("Enter the PIN to use the wall") : tr("Lock the wall with a PIN"));
    for (QToolButton *each : {m_leaveButton, m_previousButton, m_nextButton, m_pauseButton})
        each->setVisible(!locked);
}

void WallView::askToLock()
{
    bool ok = false;
    const QString pin = QInputDialog::getText(this,
                                              tr("Lock Wall"),
                                              tr("PIN to unlock the wall:"),
                                              QLineEdit::Password,
                                              QString(),
                                              &ok);
    if (!ok || pin.isEmpty())
        return;
    const QString again =
        QInputDialog::getText(this, tr("Lock Wall"), tr("The same PIN again:"), QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    if (again != pin) {
        QMessageBox::warning(this, tr("Lock Wall"), tr("The two PINs differ; the wall stays unlocked."));
        return;
    }
    lock(pin);
}

void WallView::askToUnlock()
{
    bool ok = false;
    const QString pin = QInputDialog::getText(this, tr("Unlock Wall"), tr("PIN:"), QLineEdit::Password, QString(), &ok);
    if (ok && !unlock(pin))
        QMessageBox::warning(this, tr("Unlock Wall"), tr("Wrong PIN; the wall stays locked."));
    // The wall's own shortcuts (Esc) need the window active again, whatever the prompts did to activation.
    window()->activateWindow();
}
