// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/alertdetailsview.h"

#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "models/alertvaluetext.h"
#include "models/timeformat.h"

namespace {

/// One line of a tree: its column texts and, where it helps, tooltips (full text, UTC time).
struct TreeRow
{
    QStringList texts;
    QStringList toolTips;
};

/// Puts `rows` into `tree`, reusing its items: refilling in place keeps the scroll position and the current
/// item, so a live update of the shown alert does not jump.
void setRows(QTreeWidget *tree, const QList<TreeRow> &rows)
{
    while (tree->topLevelItemCount() > rows.size())
        delete tree->takeTopLevelItem(tree->topLevelItemCount() - 1);
    while (tree->topLevelItemCount() < rows.size())
        tree->addTopLevelItem(new QTreeWidgetItem(tree));
    for (int i = 0; i < rows.size(); ++i) {
        QTreeWidgetItem *item = tree->topLevelItem(i);
        const TreeRow &row = rows.at(i);
        for (int column = 0; column < tree->columnCount(); ++column) {
            item->setText(column, row.texts.value(column));
            // Long values are cut by the column; the tooltip always has them whole.
            const QString tip = row.toolTips.value(column);
            item->setToolTip(column, tip.isEmpty() ? row.texts.value(column) : tip);
        }
    }
}

TreeRow timeRow(const QString &label, Timestamp ms)
{
    return {{label, TimeFormat::local(ms)}, {QString(), TimeFormat::utc(ms)}};
}

/// An attribute value as text: strings as they are, anything else as compact JSON.
QString attributeText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("null");
    // QJsonDocument only serialises arrays and objects: wrap the value and drop the brackets.
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

/// "major → critical" when `older` had another value, nothing when it had the same, the value alone when there is
/// nothing to compare with (the oldest entry, or an entry that did not record the field).
QString changeOf(const QString &older, const QString &newer)
{
    if (newer.isEmpty() || older == newer)
        return {};
    if (older.isEmpty())
        return newer;
    return QCoreApplication::translate("AlertDetailsView", "%1 → %2", "old value, new value").arg(older, newer);
}

} // namespace

AlertDetailsView::AlertDetailsView(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
{
    m_tabs->setObjectName(QStringLiteral("detailsTabs"));
    m_tabs->setDocumentMode(true);

    m_fields = createTree(QStringLiteral("detailsFields"), {tr("Field"), tr("Value")});
    m_attributes = createTree(QStringLiteral("detailsAttributes"), {tr("Attribute"), tr("Value")});
    // Free text last: the last column takes the pane's remaining width.
    m_history =
        createTree(QStringLiteral("detailsHistory"), {tr("Time"), tr("Type"), tr("Change"), tr("User"), tr("Text")});
    m_notes = createTree(QStringLiteral("detailsNotes"), {tr("Time"), tr("User"), tr("Note")});
    m_rawData = new QPlainTextEdit(this);
    m_rawData->setObjectName(QStringLiteral("detailsRawData"));
    m_rawData->setReadOnly(true);
    m_rawData->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_rawData->setPlaceholderText(tr("No raw data"));
    m_rawData->setLineWrapMode(QPlainTextEdit::NoWrap);

    m_tabs->addTab(m_fields, tr("Details"));
    m_tabs->addTab(m_attributes, QString());
    m_tabs->addTab(m_history, QString());
    m_tabs->addTab(m_notes, QString());
    m_tabs->addTab(m_rawData, tr("Raw Data"));
    updateTabTitles();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createHeader());
    layout->addWidget(m_tabs, 1);
}

AlertDetailsView::~AlertDetailsView() = default;

QWidget *AlertDetailsView::createHeader()
{
    auto *header = new QWidget(this);
    m_severityBar = new QFrame(header);
    m_severityBar->setFixedWidth(fontMetrics().averageCharWidth());
    m_severityBar->setAutoFillBackground(true);

    m_titleLabel = new QLabel(header);
    m_titleLabel->setObjectName(QStringLiteral("detailsTitleLabel"));
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_titleLabel->setFont(titleFont);
    m_subtitleLabel = new QLabel(header);
    m_subtitleLabel->setTextFormat(Qt::PlainText);
    m_subtitleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_copyJsonButton = new QPushButton(tr("Copy as JSON"), header);
    m_copyJsonButton->setObjectName(QStringLiteral("copyJsonButton"));
    m_copyJsonButton->setToolTip(tr("Copy the whole alert as Alerta JSON (Ctrl+Shift+C)"));
    connect(m_copyJsonButton, &QPushButton::clicked, this, &AlertDetailsView::copyJsonRequested);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_titleLabel);
    titles->addWidget(m_subtitleLabel);
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_severityBar);
    layout->addLayout(titles, 1);
    layout->addWidget(m_copyJsonButton, 0, Qt::AlignTop);
    return header;
}

QTreeWidget *AlertDetailsView::createTree(const QString &objectName, const QStringList &headers)
{
    auto *tree = new QTreeWidget(this);
    tree->setObjectName(objectName);
    tree->setColumnCount(headers.size());
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setWordWrap(false);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    tree->header()->setStretchLastSection(true);
    tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    return tree;
}

void AlertDetailsView::setAlarmModel(const ServerAlarmModel &model)
{
    m_alarmModel = model;
}

void AlertDetailsView::setAlert(const Alert &alert)
{
    const bool sameAlert = alert.id == m_alertId;
    m_alertId = alert.id;

    QPalette barPalette = m_severityBar->palette();
    const QColor colour = QColor::fromString(m_alarmModel.severityColors.value(alert.severity));
    barPalette.setColor(QPalette::Window, colour.isValid() ? colour : palette().color(QPalette::Mid));
    m_severityBar->setPalette(barPalette);
    m_titleLabel->setText(tr("%1 · %2", "resource · event").arg(alert.resource, alert.event));
    QStringList subtitle{AlertValueText::severity(alert.severity),
                         AlertValueText::status(alert.status),
                         alert.environment};
    if (!alert.service.isEmpty())
        subtitle.append(alert.service.join(QStringLiteral(", ")));
    m_subtitleLabel->setText(subtitle.join(QStringLiteral(" · ")));

    fillFields(alert);
    fillAttributes(alert);
    fillHistory(alert);
    if (m_rawData->toPlainText() != alert.rawData)
        m_rawData->setPlainText(alert.rawData);
    if (!sameAlert) {
        m_noteCount = 0;
        m_notes->clear();
        for (QTreeWidget *tree : {m_fields, m_attributes, m_history, m_notes})
            tree->scrollToTop();
        // Column widths follow the first alert shown; later ones keep what the user dragged.
        if (!m_columnsFitted) {
            m_fields->resizeColumnToContents(0);
            for (int column = 0; column < m_history->columnCount() - 1; ++column)
                m_history->resizeColumnToContents(column);
            m_notes->setColumnWidth(0, m_history->columnWidth(0));
            m_columnsFitted = true;
        }
    }
    updateTabTitles();
}

void AlertDetailsView::fillFields(const Alert &alert)
{
    const QLocale locale;
    const QString none = QStringLiteral("—");
    const auto list = [&none](const QStringList &values) {
        return values.isEmpty() ? none : values.join(QStringLiteral(", "));
    };
    const QString timeout = alert.timeout ? tr("%1 s").arg(locale.toString(*alert.timeout)) : tr("server default");
    setRows(m_fields,
            {
                {{tr("Resource"), alert.resource}, {}},
                {{tr("Event"), alert.event}, {}},
                {{tr("Environment"), alert.environment}, {}},
                {{tr("Severity"), AlertValueText::severity(alert.severity)}, {}},
                {{tr("Status"), AlertValueText::status(alert.status)}, {}},
                {{tr("Service"), list(alert.service)}, {}},
                {{tr("Group"), alert.group}, {}},
                {{tr("Value"), alert.value}, {}},
                {{tr("Text"), alert.text}, {}},
                {{tr("Tags"), list(alert.tags)}, {}},
                {{tr("Origin"), alert.origin}, {}},
                {{tr("Type"), alert.type}, {}},
                {{tr("Customer"), alert.customer.isEmpty() ? none : alert.customer}, {}},
                {{tr("Correlate"), list(alert.correlate)}, {}},
                {{tr("Duplicate count"), locale.toString(alert.duplicateCount)}, {}},
                {{tr("Repeat"), alert.repeat ? tr("yes") : tr("no")}, {}},
                {{tr("Previous severity"), AlertValueText::severity(alert.previousSeverity)}, {}},
                {{tr("Trend"), alert.trendIndication}, {}},
                {{tr("Timeout"), timeout}, {}},
                timeRow(tr("Created"), alert.createTime),
                timeRow(tr("Received"), alert.receiveTime),
                timeRow(tr("Last received"), alert.lastReceiveTime),
                timeRow(tr("Updated"), alert.updateTime),
                {{tr("Last receive id"), alert.lastReceiveId}, {}},
                {{tr("Id"), alert.id}, {}},
            });
}

void AlertDetailsView::fillAttributes(const Alert &alert)
{
    QList<TreeRow> rows;
    for (auto it = alert.attributes.begin(); it != alert.attributes.end(); ++it)
        rows.append({{it.key(), attributeText(it.value())}, {}});
    setRows(m_attributes, rows);
}

void AlertDetailsView::fillHistory(const Alert &alert)
{
    // Stored newest first; each entry's change is against the entry before it in time (the next in the list).
    QList<TreeRow> rows;
    const QList<HistoryEntry> &history = alert.history;
    for (qsizetype i = 0; i < history.size(); ++i) {
        const HistoryEntry &entry = history.at(i);
        const HistoryEntry *older = i + 1 < history.size() ? &history.at(i + 1) : nullptr;
        QStringList changes;
        if (const QString s = changeOf(AlertValueText::severity(older ? older->severity : QString()),
                                       AlertValueText::severity(entry.severity));
            !s.isEmpty())
            changes.append(s);
        if (const QString s = changeOf(AlertValueText::status(older ? older->status : QString()),
                                       AlertValueText::status(entry.status));
            !s.isEmpty())
            changes.append(s);
        rows.append({{TimeFormat::local(entry.updateTime),
                      entry.type,
                      changes.join(QStringLiteral(" · ")),
                      entry.user,
                      entry.text},
                     {TimeFormat::utc(entry.updateTime)}});
    }
    setRows(m_history, rows);
}

void AlertDetailsView::setNotes(const QList<Note> &notes)
{
    // Served oldest first; the timeline reads newest first like the history.
    QList<TreeRow> rows;
    for (auto it = notes.crbegin(); it != notes.crend(); ++it)
        rows.append({{TimeFormat::local(it->createTime), it->user, it->text}, {TimeFormat::utc(it->createTime)}});
    setRows(m_notes, rows);
    m_noteCount = static_cast<int>(notes.size());
    updateTabTitles();
}

void AlertDetailsView::setNotesError(const QString &message)
{
    setRows(m_notes, {{{QString(), QString(), tr("Could not load the notes: %1").arg(message)}, {}}});
    m_noteCount = 0;
    updateTabTitles();
}

void AlertDetailsView::updateTabTitles()
{
    m_tabs->setTabText(m_tabs->indexOf(m_attributes), tr("Attributes (%1)").arg(m_attributes->topLevelItemCount()));
    m_tabs->setTabText(m_tabs->indexOf(m_history), tr("History (%1)").arg(m_history->topLevelItemCount()));
    m_tabs->setTabText(m_tabs->indexOf(m_notes), tr("Notes (%1)").arg(m_noteCount));
}
