// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QString>
#include <QTabBar>

/// The environment tabs above the alert table: "All 1,234", then one tab per environment with its count,
/// sorted by name. Counts update in place; an environment's tab appears when it has alerts and goes when it has
/// none (unless it is the selected tab, which stays, showing 0). Selecting a tab only filters the loaded alerts.
/// Object name: environmentTabs.
class EnvironmentTabBar final : public QTabBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentTabBar)

public:
    explicit EnvironmentTabBar(QWidget *parent = nullptr);
    ~EnvironmentTabBar() override;

    /// Rows per environment (AlertTableModel::environmentCounts); "All" shows their sum.
    void setCounts(const QHash<QString, int> &counts);
    /// The selected environment; empty = all.
    QString environment() const;
    /// Selects `environment`'s tab, adding it (with count 0) when it has none; emits environmentSelected.
    void setEnvironment(const QString &environment);
    /// The tab showing `environment` (empty = All), or −1.
    int tabOf(const QString &environment) const;

Q_SIGNALS:
    /// The user (or setEnvironment) selected another tab; empty = all.
    void environmentSelected(const QString &environment);

private:
    QString labelFor(const QString &environment, int count) const;
    int insertEnvironment(const QString &environment, int count);

    QString m_selected;
};
