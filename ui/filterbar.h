// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/client/alertfilter.h"
#include "core/client/serveralarmmodel.h"

#include <QTimer>
#include <QToolBar>
#include <QVariantMap>

#include <chrono>

class MultiSelectButton;
class QComboBox;
class QLineEdit;
class QToolButton;

/// The filter bar above the alert table: what the backend is asked for (AlertFilter). Statuses and severities
/// are multi-select menus; service, group and customer take comma-separated names; the search field is the
/// server-side `q` (Lucene-like); the time range limits lastReceiveTime relative to the moment it is applied.
///
/// Emits filterChanged() once per user change: at once for menus and the time range, on Enter or after a pause
/// in typing for the text fields. Widgets: statusFilterButton, severityFilterButton, serviceFilterEdit,
/// groupFilterEdit, customerFilterButton (only with customer choices), watchedFilterButton, searchEdit,
/// timeRangeCombo, clearFiltersButton.
class FilterBar final : public QToolBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    explicit FilterBar(QWidget *parent = nullptr);
    ~FilterBar() override;

    /// The server's severities (the severity menu, most severe first). Keeps what is selected. No signal.
    void setAlarmModel(const ServerAlarmModel &model);
    /// The customers the operator may choose between (customer views, spec §5.5): an empty list hides the
    /// customer selector (no customer views, or a login that sees one customer only: the server restricts it).
    /// Customers selected before stay offered. No signal.
    void setCustomerChoices(const QStringList &customers);
    /// The login whose watch tag (`watch:<login>`) the Watched toggle filters on; empty disables the toggle (an
    /// anonymous session cannot watch). No signal.
    void setWatcher(const QString &login);
    /// Turns the Watched view on or off (emits filterChanged when that changes the filter).
    void setWatchedOnly(bool watchedOnly);
    bool watchedOnly() const;

    /// The filter the widgets describe; a time range becomes `from` = now − range.
    AlertFilter filter() const;

    /// What the widgets hold, for the window's saved view: keys statuses, severities, services, groups,
    /// customers, watched, text, rangeSeconds.
    QVariantMap state() const;
    /// Sets the widgets from state() without emitting filterChanged(). Missing keys take the defaults.
    void restoreState(const QVariantMap &state);

    /// Focuses the search field with its text selected, ready to type over.
    void focusSearch();
    /// Back to the default filter (open and ack alerts of any severity, any time); emits when that changes it.
    void clearFilters();

    /// The pause in typing after which a text field applies. Default 400 ms.
    void setTypingDelay(std::chrono::milliseconds delay);

Q_SIGNALS:
    void filterChanged(const AlertFilter &filter);

private:
    QLineEdit *addListEdit(const QString &objectName, const QString &placeholder, const QString &toolTip);
    /// Sets the widgets from a state() map; missing keys take the defaults. No signal.
    void setWidgets(const QVariantMap &state);
    void apply();
    void updateClearButton();

    MultiSelectButton *m_statusButton = nullptr;
    MultiSelectButton *m_severityButton = nullptr;
    QLineEdit *m_serviceEdit = nullptr;
    QLineEdit *m_groupEdit = nullptr;
    MultiSelectButton *m_customerButton = nullptr;
    QAction *m_customerAction = nullptr; ///< the toolbar entry of m_customerButton, hidden without choices
    QToolButton *m_watchedButton = nullptr;
    QString m_watcher; ///< the login of the watch tag
    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_timeRange = nullptr;
    QToolButton *m_clearButton = nullptr;
    QTimer m_typingTimer;
    QVariantMap m_applied; ///< state() as last emitted: a change that changes nothing emits nothing
    QVariantMap m_defaultState;
};
