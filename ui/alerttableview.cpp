// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/alerttableview.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QSet>
#include <QVBoxLayout>

#include "models/alertsortfilterproxymodel.h"
#include "models/alerttablemodel.h"
#include "ui/alertitemdelegate.h"

namespace {

using Column = AlertTableModel::Column;

constexpr int col(Column column)
{
    return static_cast<int>(column);
}

const QString headerKey = QStringLiteral("header");
const QString attributeColumnsKey = QStringLiteral("attributeColumns");
const QString sortKeysKey = QStringLiteral("sortKeys");
const QString attributePrefix = QStringLiteral("attributes.");

/// The web UI's default columns, in its order (customer only with customer views).
QList<Column> defaultColumns(bool customerViews)
{
    QList<Column> columns{Column::Severity,
                          Column::Status,
                          Column::LastReceiveTime,
                          Column::TimeoutLeft,
                          Column::DuplicateCount,
                          Column::Environment,
                          Column::Service,
                          Column::Resource,
                          Column::Event,
                          Column::Value,
                          Column::Text};
    if (customerViews)
        columns.insert(columns.indexOf(Column::Environment), Column::Customer);
    return columns;
}

/// Severity first, then newest first: what needs attention at the top (the web UI's default sort).
QList<AlertSortFilterProxyModel::SortKey> defaultSort()
{
    return {{col(Column::Severity), Qt::AscendingOrder}, {col(Column::LastReceiveTime), Qt::DescendingOrder}};
}

} // namespace

AlertTableView::AlertTableView(AlertTableModel *model, AlertSortFilterProxyModel *proxy, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
    , m_proxy(proxy)
    , m_delegate(new AlertItemDelegate(this))
    , m_emptyStateLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("alertTable"));
    if (m_proxy->sourceModel() != m_model)
        m_proxy->setSourceModel(m_model);
    setModel(m_proxy);
    setItemDelegate(m_delegate);
    m_delegate->setHighlightDuration(m_model->highlightDuration());

    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Severity and status colours already stripe the table; alternating rows would fight them.
    setAlternatingRowColors(false);
    setShowGrid(false);
    setWordWrap(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setContextMenuPolicy(Qt::CustomContextMenu);

    // One fixed row height: the view never asks rows for size hints, however many there are.
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        fillColumnMenu(menu, header->logicalIndexAt(pos));
        menu->popup(header->viewport()->mapToGlobal(pos));
    });
    header->setSortIndicator(col(Column::Severity), Qt::AscendingOrder);
    setSortingEnabled(true);
    resetColumns();

    // The empty state sits on the viewport so the column headers stay visible above it.
    m_emptyStateLabel->setObjectName(QStringLiteral("emptyStateLabel"));
    m_emptyStateLabel->setAlignment(Qt::AlignCenter);
    m_emptyStateLabel->setWordWrap(true);
    m_emptyStateLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_emptyStateLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *viewportLayout = new QVBoxLayout(viewport());
    viewportLayout->addWidget(m_emptyStateLabel);

    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, &AlertTableView::rememberSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AlertTableView::restoreSelection);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AlertTableView::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AlertTableView::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AlertTableView::updateEmptyState);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const QString id = currentAlertId();
        if (id == m_lastCurrent)
            return;
        m_lastCurrent = id;
        Q_EMIT currentAlertChanged(id);
    });
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        Q_EMIT selectionCountChanged(static_cast<int>(selectionModel()->selectedRows().size()));
    });

    m_highlightTimer.setInterval(std::chrono::milliseconds(100));
    connect(&m_highlightTimer, &QTimer::timeout, this, &AlertTableView::repaintHighlights);
    m_clockTimer.setInterval(std::chrono::seconds(1));
    connect(&m_clockTimer, &QTimer::timeout, this, &AlertTableView::repaintClockColumns);
    m_clockTimer.start();

    updateEmptyState();
}

AlertTableView::~AlertTableView() = default;

QStringList AlertTableView::selectedAlertIds() const
{
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    ids.reserve(rows.size());
    for (const QModelIndex &row : std::as_const(rows))
        ids.append(row.data(AlertTableModel::AlertIdRole).toString());
    return ids;
}

QString AlertTableView::currentAlertId() const
{
    const QModelIndex current = selectionModel()->currentIndex();
    return current.isValid() ? current.data(AlertTableModel::AlertIdRole).toString() : QString();
}

QString AlertTableView::selectedRowsAsText() const
{
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    const QHeaderView *header = horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        if (const int logical = header->logicalIndex(visual); !header->isSectionHidden(logical))
            columns.append(logical);
    }
    QStringList lines;
    for (const QModelIndex &row : std::as_const(rows)) {
        QStringList cells;
        for (const int column : std::as_const(columns)) {
            // A tab or line break inside a value would shift the pasted columns.
            QString text = row.siblingAtColumn(column).data().toString();
            text.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
            cells.append(text);
        }
        lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n');
}

void AlertTableView::setEmptyText(const QString &text)
{
    m_emptyStateLabel->setText(text);
}

void AlertTableView::noteLiveUpdate()
{
    m_sinceLastUpdate.start();
    if (!m_highlightTimer.isActive())
        m_highlightTimer.start();
}

QVariantMap AlertTableView::columnState() const
{
    QStringList sortKeys;
    for (const auto &[column, order] : m_proxy->sortKeys()) {
        sortKeys.append(m_model->columnKey(column)
                        + (order == Qt::AscendingOrder ? QStringLiteral(":asc") : QStringLiteral(":desc")));
    }
    return {{headerKey, horizontalHeader()->saveState()},
            {attributeColumnsKey, m_model->attributeColumns()},
            {sortKeysKey, sortKeys}};
}

void AlertTableView::restoreColumnState(const QVariantMap &state)
{
    m_model->setAttributeColumns(state.value(attributeColumnsKey).toStringList());
    if (const QByteArray header = state.value(headerKey).toByteArray(); !header.isEmpty())
        horizontalHeader()->restoreState(header);

    QList<AlertSortFilterProxyModel::SortKey> keys;
    for (const QString &key : state.value(sortKeysKey).toStringList()) {
        const qsizetype colon = key.lastIndexOf(u':');
        const int column = m_model->columnForKey(key.left(colon));
        if (colon > 0 && column >= 0)
            keys.append(
                {column, key.mid(colon + 1) == QLatin1StringView("desc") ? Qt::DescendingOrder : Qt::AscendingOrder});
    }
    if (keys.isEmpty())
        keys = defaultSort();
    {
        // The indicator shows the primary key; set quietly, since the view would re-sort on it alone.
        const QSignalBlocker blocker(horizontalHeader());
        horizontalHeader()->setSortIndicator(keys.first().first, keys.first().second);
    }
    m_proxy->setSortKeys(keys);
}

void AlertTableView::resetColumns()
{
    setAttributeColumnsKeepingLayout({});
    QHeaderView *header = horizontalHeader();
    const QList<Column> shown = defaultColumns(m_model->alarmModel().customerViews);
    for (int logical = 0; logical < header->count(); ++logical)
        header->setSectionHidden(logical, !shown.contains(static_cast<Column>(logical)));
    for (int i = 0; i < shown.size(); ++i)
        header->moveSection(header->visualIndex(col(shown.at(i))), i);
    applyDefaultWidths();

    const auto keys = defaultSort();
    {
        const QSignalBlocker blocker(header);
        header->setSortIndicator(keys.first().first, keys.first().second);
    }
    m_proxy->setSortKeys(keys);
}

void AlertTableView::applyDefaultWidths()
{
    // Widths from sample contents, so they follow the font; the last column takes the rest.
    QHeaderView *header = horizontalHeader();
    const auto fitTo = [this, header](int column, const QString &sample) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        const int width = std::max(fontMetrics().horizontalAdvance(sample), fontMetrics().horizontalAdvance(title));
        // Room for the cell margins and the sort arrow.
        header->resizeSection(column, width + fontMetrics().averageCharWidth() * 4);
    };
    const QString time = QStringLiteral("2026-12-31 23:59:59");
    for (int column = 0; column < header->count(); ++column)
        fitTo(column, QStringLiteral("mmmmmmmmmm"));
    fitTo(col(Column::Severity), QStringLiteral("informational"));
    fitTo(col(Column::Status), QStringLiteral("shelved"));
    fitTo(col(Column::TrendIndication), QStringLiteral("mm"));
    fitTo(col(Column::LastReceiveTime), time);
    fitTo(col(Column::CreateTime), time);
    fitTo(col(Column::ReceiveTime), time);
    fitTo(col(Column::UpdateTime), time);
    fitTo(col(Column::Age), QStringLiteral("23h 59m"));
    fitTo(col(Column::TimeoutLeft), QStringLiteral("23:59:59"));
    fitTo(col(Column::DuplicateCount), QStringLiteral("9999"));
    fitTo(col(Column::Environment), QStringLiteral("Development"));
    fitTo(col(Column::Service), QStringLiteral("Platform, Network"));
    fitTo(col(Column::Resource), QStringLiteral("web01.example.com"));
    fitTo(col(Column::Event), QStringLiteral("HttpServerError"));
    fitTo(col(Column::Value), QStringLiteral("100 % busy"));
    fitTo(col(Column::Id), QStringLiteral("00000000-0000-0000-0000-000000000000"));
    fitTo(col(Column::LastReceiveId), QStringLiteral("00000000-0000-0000-0000-000000000000"));
}

void AlertTableView::addAttributeColumn(const QString &key)
{
    QString name = key.trimmed();
    if (name.startsWith(attributePrefix))
        name = name.mid(attributePrefix.size());
    QStringList keys = m_model->attributeColumns();
    if (name.isEmpty() || keys.contains(name))
        return;
    keys.append(name);
    setAttributeColumnsKeepingLayout(keys);
    const int column = m_model->columnForKey(attributePrefix + name);
    if (column >= 0) {
        // At the end of the shown columns, where the operator looks for what they just added.
        QHeaderView *header = horizontalHeader();
        header->moveSection(header->visualIndex(column), header->count() - 1);
        header->setSectionHidden(column, false);
        header->resizeSection(column, fontMetrics().averageCharWidth() * 16);
    }
}

void AlertTableView::removeAttributeColumn(const QString &key)
{
    QStringList keys = m_model->attributeColumns();
    keys.removeAll(key.startsWith(attributePrefix) ? key.mid(attributePrefix.size()) : key);
    setAttributeColumnsKeepingLayout(keys);
}

void AlertTableView::setAttributeColumnsKeepingLayout(const QStringList &keys)
{
    if (keys == m_model->attributeColumns())
        return;
    // The model replaces all attribute columns at once, and the header forgets their places, widths and hidden
    // state: carry those over by key.
    struct Section
    {
        QString key;
        int visual;
        int size;
        bool hidden;
    };
    QHeaderView *header = horizontalHeader();
    QList<Section> kept;
    for (const QString &key : m_model->attributeColumns()) {
        const int column = m_model->columnForKey(attributePrefix + key);
        if (keys.contains(key))
            kept.append(
                {key, header->visualIndex(column), header->sectionSize(column), header->isSectionHidden(column)});
    }
    std::sort(kept.begin(), kept.end(), [](const Section &a, const Section &b) { return a.visual < b.visual; });

    m_model->setAttributeColumns(keys);
    // Left to right, so that each move lands where it was before the later ones are placed.
    for (const Section &section : std::as_const(kept)) {
        const int column = m_model->columnForKey(attributePrefix + section.key);
        header->moveSection(header->visualIndex(column), qMin(section.visual, header->count() - 1));
        header->resizeSection(column, section.size);
        header->setSectionHidden(column, section.hidden);
    }
}

void AlertTableView::promptAttributeColumn()
{
    // Offer the keys the loaded alerts have; any other key can still be typed.
    QSet<QString> known;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QJsonObject &attributes = m_model->alertAt(row).attributes;
        for (auto it = attributes.begin(); it != attributes.end(); ++it)
            known.insert(it.key());
    }
    for (const QString &shown : m_model->attributeColumns())
        known.remove(shown);
    QStringList keys(known.begin(), known.end());
    keys.sort(Qt::CaseInsensitive);

    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("attributeColumnDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add Attribute Column"));
    dialog->setLabelText(tr("Attribute key (the <i>key</i> of attributes.<i>key</i>):"));
    dialog->setComboBoxEditable(true);
    dialog->setComboBoxItems(keys);
    dialog->setTextValue(QString());
    connect(dialog, &QInputDialog::textValueSelected, this, &AlertTableView::addAttributeColumn);
    dialog->open();
}

void AlertTableView::fillColumnMenu(QMenu *menu, int section)
{
    QHeaderView *header = horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        QAction *action = menu->addAction(m_model->headerData(logical, Qt::Horizontal).toString());
        action->setObjectName(QStringLiteral("columnAction_") + m_model->columnKey(logical));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(logical));
        connect(action, &QAction::toggled, this, [this, header, logical, action](bool shown) {
            // The last shown column stays: a table without columns has no header left to bring them back.
            if (!shown && header->count() - header->hiddenSectionCount() <= 1) {
                action->setChecked(true);
                return;
            }
            header->setSectionHidden(logical, !shown);
            if (shown && header->sectionSize(logical) < fontMetrics().averageCharWidth() * 4)
                header->resizeSection(logical, fontMetrics().averageCharWidth() * 12);
        });
    }
    menu->addSeparator();
    QAction *add = menu->addAction(tr("Add Attribute Column…"));
    add->setObjectName(QStringLiteral("addAttributeColumnAction"));
    connect(add, &QAction::triggered, this, &AlertTableView::promptAttributeColumn);
    const QString key = m_model->columnKey(section);
    if (key.startsWith(attributePrefix)) {
        QAction *remove = menu->addAction(tr("Remove Column “%1”").arg(key.mid(attributePrefix.size())));
        remove->setObjectName(QStringLiteral("removeAttributeColumnAction"));
        connect(remove, &QAction::triggered, this, [this, key] { removeAttributeColumn(key); });
    }
    QAction *reset = menu->addAction(tr("Reset Columns"));
    reset->setObjectName(QStringLiteral("resetColumnsAction"));
    reset->setToolTip(tr("The default columns, order, widths and sort"));
    connect(reset, &QAction::triggered, this, &AlertTableView::resetColumns);
}

void AlertTableView::rememberSelection()
{
    m_savedSelection = selectedAlertIds();
    m_savedCurrent = currentAlertId();
}

void AlertTableView::restoreSelection()
{
    QItemSelection selection;
    for (const QString &id : std::as_const(m_savedSelection)) {
        const int sourceRow = m_model->rowOf(id);
        if (sourceRow < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
        if (index.isValid())
            selection.select(index, index);
    }
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const int currentSource = m_savedCurrent.isEmpty() ? -1 : m_model->rowOf(m_savedCurrent);
    const QModelIndex current =
        currentSource < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(currentSource, 0));
    selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    m_savedSelection.clear();
    m_savedCurrent.clear();

    // A reset changes the current row without currentRowChanged when it ends up invalid: announce it either way,
    // so that the details pane fetches the alert's new version (or shows nothing).
    m_lastCurrent = currentAlertId();
    Q_EMIT currentAlertChanged(m_lastCurrent);
    Q_EMIT selectionCountChanged(static_cast<int>(selectionModel()->selectedRows().size()));
    updateEmptyState();
}

void AlertTableView::updateEmptyState()
{
    m_emptyStateLabel->setVisible(m_proxy->rowCount() == 0);
}

void AlertTableView::repaintHighlights()
{
    viewport()->update();
    // One more repaint after the duration clears the last traces of the fade.
    if (m_sinceLastUpdate.elapsed() > m_delegate->highlightDuration())
        m_highlightTimer.stop();
}

void AlertTableView::repaintClockColumns()
{
    if (m_proxy->rowCount() == 0)
        return;
    for (const Column clockColumn : {Column::Age, Column::TimeoutLeft}) {
        const int column = col(clockColumn);
        if (isColumnHidden(column))
            continue;
        const int x = columnViewportPosition(column);
        if (x + columnWidth(column) > 0)
            viewport()->update(QRect(x, 0, columnWidth(column), viewport()->height()));
    }
}
