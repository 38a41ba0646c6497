// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/filterbar.h"

#include <QComboBox>
#include <QDateTime>
#include <QLayout>
#include <QLineEdit>
#include <QToolButton>

#include "models/alertvaluetext.h"
#include "ui/multiselectbutton.h"

namespace {

const QString statusesKey = QStringLiteral("statuses");
const QString severitiesKey = QStringLiteral("severities");
const QString servicesKey = QStringLiteral("services");
const QString groupsKey = QStringLiteral("groups");
const QString customersKey = QStringLiteral("customers");
const QString watchedKey = QStringLiteral("watched");
const QString textKey = QStringLiteral("text");
const QString rangeKey = QStringLiteral("rangeSeconds");

/// Every status of the ALERTA model (spec §2.3), in the web UI's order.
QStringList allStatuses()
{
    return {AlertStatus::Open,
            AlertStatus::Assign,
            AlertStatus::Ack,
            AlertStatus::Shelved,
            AlertStatus::Blackout,
            AlertStatus::Closed,
            AlertStatus::Expired,
            AlertStatus::Unknown};
}

/// `web, db ,, api` → [web, db, api].
QStringList splitList(const QString &text)
{
    QStringList values;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        if (const QString value = part.trimmed(); !value.isEmpty())
            values.append(value);
    }
    return values;
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QToolBar(tr("Filters"), parent)
    , m_statusButton(new MultiSelectButton(tr("Status"), this))
    , m_severityButton(new MultiSelectButton(tr("Severity"), this))
    , m_searchEdit(new QLineEdit(this))
    , m_timeRange(new QComboBox(this))
    , m_clearButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("filterBar"));
    setMovable(false);
    layout()->setSpacing(fontMetrics().averageCharWidth());
    setFloatable(false);

    m_statusButton->setObjectName(QStringLiteral("statusFilterButton"));
    m_statusButton->setOptionText(&AlertValueText::status);
    m_statusButton->setOptions(allStatuses());
    m_statusButton->setSelected(AlertFilter().statuses);
    addWidget(m_statusButton);
    m_severityButton->setObjectName(QStringLiteral("severityFilterButton"));
    m_severityButton->setOptionText(&AlertValueText::severity);
    m_severityButton->setOptions(ServerAlarmModel::alertaDefault().severities.ordered());
    addWidget(m_severityButton);
    connect(m_statusButton, &MultiSelectButton::selectionChanged, this, &FilterBar::apply);
    connect(m_severityButton, &MultiSelectButton::selectionChanged, this, &FilterBar::apply);

    m_serviceEdit = addListEdit(QStringLiteral("serviceFilterEdit"),
                                tr("Service"),
                                tr("Only alerts of these services (comma-separated)"));
    m_groupEdit = addListEdit(QStringLiteral("groupFilterEdit"),
                              tr("Group"),
                              tr("Only alerts of these groups (comma-separated)"));
    m_customerButton = new MultiSelectButton(tr("Customer"), this);
    m_customerButton->setObjectName(QStringLiteral("customerFilterButton"));
    m_customerButton->setToolTip(tr("Only alerts of these customers; none chosen shows every customer you may see"));
    m_customerAction = addWidget(m_customerButton);
    m_customerAction->setVisible(false);
    connect(m_customerButton, &MultiSelectButton::selectionChanged, this, &FilterBar::apply);

    m_watchedButton = new QToolButton(this);
    m_watchedButton->setObjectName(QStringLiteral("watchedFilterButton"));
    m_watchedButton->setText(tr("Watched"));
    m_watchedButton->setCheckable(true);
    m_watchedButton->setEnabled(false);
    m_watchedButton->setToolTip(tr("Sign in to watch alerts"));
    addWidget(m_watchedButton);
    connect(m_watchedButton, &QToolButton::toggled, this, &FilterBar::apply);

    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search (Lucene syntax), e.g. resource:web01 AND severity:critical   ( / )"));
    m_searchEdit->setToolTip(tr("Server-side query in Lucene syntax: field:value, AND, OR, NOT, wildcards, quotes. "
                                "Plain words search the alert text."));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_searchEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    addWidget(m_searchEdit);
    connect(m_searchEdit, &QLineEdit::textEdited, this, [this] { m_typingTimer.start(); });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &FilterBar::apply);
    // The clear button of the field changes the text without textEdited.
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            m_typingTimer.start();
    });

    m_timeRange->setObjectName(QStringLiteral("timeRangeCombo"));
    m_timeRange->setToolTip(tr("Only alerts last received within this time"));
    m_timeRange->addItem(tr("Any time"), 0);
    m_timeRange->addItem(tr("Last 15 minutes"), 15 * 60);
    m_timeRange->addItem(tr("Last hour"), 3600);
    m_timeRange->addItem(tr("Last 6 hours"), 6 * 3600);
    m_timeRange->addItem(tr("Last 24 hours"), 24 * 3600);
    m_timeRange->addItem(tr("Last 7 days"), 7 * 24 * 3600);
    addWidget(m_timeRange);
    connect(m_timeRange, &QComboBox::activated, this, &FilterBar::apply);

    m_clearButton->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clearButton->setText(tr("Clear Filters"));
    m_clearButton->setToolTip(tr("Show open and acknowledged alerts of any severity, service, group and time"));
    addWidget(m_clearButton);
    connect(m_clearButton, &QToolButton::clicked, this, &FilterBar::clearFilters);

    m_typingTimer.setSingleShot(true);
    m_typingTimer.setInterval(std::chrono::milliseconds(400));
    connect(&m_typingTimer, &QTimer::timeout, this, &FilterBar::apply);

    m_defaultState = state();
    m_applied = m_defaultState;
    updateClearButton();
}

FilterBar::~FilterBar() = default;

QLineEdit *FilterBar::addListEdit(const QString &objectName, const QString &placeholder, const QString &toolTip)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setToolTip(toolTip);
    edit->setClearButtonEnabled(true);
    edit->setMaximumWidth(fontMetrics().averageCharWidth() * 18);
    addWidget(edit);
    connect(edit, &QLineEdit::textEdited, this, [this] { m_typingTimer.start(); });
    connect(edit, &QLineEdit::returnPressed, this, &FilterBar::apply);
    connect(edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            m_typingTimer.start();
    });
    return edit;
}

void FilterBar::setAlarmModel(const ServerAlarmModel &model)
{
    m_severityButton->setOptions(model.severities.ordered());
}

void FilterBar::setCustomerChoices(const QStringList &customers)
{
    QStringList offered = customers;
    if (!customers.isEmpty()) {
        // A saved view may name a customer the list does not have yet (no lookup row, not loaded yet).
        for (const QString &selected : m_customerButton->selected()) {
            if (!offered.contains(selected))
                offered.append(selected);
        }
        offered.sort(Qt::CaseInsensitive);
    }
    m_customerButton->setOptions(offered);
    m_customerAction->setVisible(!customers.isEmpty());
}

void FilterBar::setWatcher(const QString &login)
{
    m_watcher = login;
    m_watchedButton->setEnabled(!login.isEmpty());
    m_watchedButton->setToolTip(
        login.isEmpty() ? tr("Sign in to watch alerts")
                        : tr("Only the alerts you watch (tagged watch:%1), queried on the server").arg(login));
}

void FilterBar::setWatchedOnly(bool watchedOnly)
{
    m_watchedButton->setChecked(watchedOnly);
}

bool FilterBar::watchedOnly() const
{
    return m_watchedButton->isChecked() && !m_watcher.isEmpty();
}

AlertFilter FilterBar::filter() const
{
    AlertFilter filter;
    filter.statuses = m_statusButton->selected();
    filter.severities = m_severityButton->selected();
    filter.services = splitList(m_serviceEdit->text());
    filter.groups = splitList(m_groupEdit->text());
    if (m_customerAction->isVisible())
        filter.customers = m_customerButton->selected();
    if (watchedOnly())
        filter.tags = {QStringLiteral("watch:") + m_watcher};
    filter.text = m_searchEdit->text().trimmed();
    if (const qint64 range = m_timeRange->currentData().toLongLong(); range > 0)
        filter.from = QDateTime::currentMSecsSinceEpoch() - range * 1000;
    return filter;
}

QVariantMap FilterBar::state() const
{
    return {{statusesKey, m_statusButton->selected()},
            {severitiesKey, m_severityButton->selected()},
            {servicesKey, m_serviceEdit->text()},
            {groupsKey, m_groupEdit->text()},
            {customersKey, m_customerButton->selected()},
            {watchedKey, m_watchedButton->isChecked()},
            {textKey, m_searchEdit->text()},
            {rangeKey, m_timeRange->currentData()}};
}

void FilterBar::restoreState(const QVariantMap &state)
{
    setWidgets(state);
    m_applied = this->state();
    updateClearButton();
}

void FilterBar::setWidgets(const QVariantMap &state)
{
    m_typingTimer.stop();
    m_statusButton->setSelected(state.value(statusesKey, AlertFilter().statuses).toStringList());
    m_severityButton->setSelected(state.value(severitiesKey).toStringList());
    const QSignalBlocker blockService(m_serviceEdit);
    const QSignalBlocker blockGroup(m_groupEdit);
    const QSignalBlocker blockWatched(m_watchedButton);
    const QSignalBlocker blockSearch(m_searchEdit);
    m_serviceEdit->setText(state.value(servicesKey).toString());
    m_groupEdit->setText(state.value(groupsKey).toString());
    // Offered first, so that a saved customer survives until the server's list arrives.
    const QStringList customers = state.value(customersKey).toStringList();
    QStringList offered = m_customerButton->options();
    for (const QString &customer : customers) {
        if (!offered.contains(customer))
            offered.append(customer);
    }
    m_customerButton->setOptions(offered);
    m_customerButton->setSelected(customers);
    m_watchedButton->setChecked(state.value(watchedKey).toBool());
    m_searchEdit->setText(state.value(textKey).toString());
    const int range = m_timeRange->findData(state.value(rangeKey, 0).toInt());
    m_timeRange->setCurrentIndex(qMax(range, 0));
}

void FilterBar::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void FilterBar::clearFilters()
{
    setWidgets({});
    apply();
}

void FilterBar::setTypingDelay(std::chrono::milliseconds delay)
{
    m_typingTimer.setInterval(delay);
}

void FilterBar::apply()
{
    m_typingTimer.stop();
    const QVariantMap current = state();
    updateClearButton();
    if (current == m_applied)
        return;
    m_applied = current;
    Q_EMIT filterChanged(filter());
}

void FilterBar::updateClearButton()
{
    m_clearButton->setEnabled(state() != m_defaultState);
}
