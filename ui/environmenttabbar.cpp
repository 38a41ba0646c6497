// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/environmenttabbar.h"

#include <QLocale>

EnvironmentTabBar::EnvironmentTabBar(QWidget *parent)
    : QTabBar(parent)
{
    setObjectName(QStringLiteral("environmentTabs"));
    setDocumentMode(true);
    setExpanding(false);
    setDrawBase(false);
    setUsesScrollButtons(true);
    setElideMode(Qt::ElideNone);
    addTab(labelFor(QString(), 0));
    setTabData(0, QString());
    connect(this, &QTabBar::currentChanged, this, [this](int index) {
        const QString environment = tabData(index).toString();
        if (index < 0 || environment == m_selected)
            return;
        m_selected = environment;
        Q_EMIT environmentSelected(environment);
    });
}

EnvironmentTabBar::~EnvironmentTabBar() = default;

void EnvironmentTabBar::setCounts(const QHash<QString, int> &counts)
{
    int total = 0;
    for (const int count : counts)
        total += count;
    setTabText(0, labelFor(QString(), total));
    // Tabs of environments without alerts go, except the selected one: the operator is looking at it.
    for (int index = count() - 1; index > 0; --index) {
        const QString environment = tabData(index).toString();
        if (counts.value(environment) > 0 || environment == m_selected)
            setTabText(index, labelFor(environment, counts.value(environment)));
        else
            removeTab(index);
    }
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (it.value() > 0 && tabOf(it.key()) < 0)
            insertEnvironment(it.key(), it.value());
    }
}

QString EnvironmentTabBar::environment() const
{
    return m_selected;
}

void EnvironmentTabBar::setEnvironment(const QString &environment)
{
    int index = tabOf(environment);
    if (index < 0)
        index = insertEnvironment(environment, 0);
    setCurrentIndex(index);
}

int EnvironmentTabBar::tabOf(const QString &environment) const
{
    for (int index = 0; index < count(); ++index) {
        if (tabData(index).toString() == environment)
            return index;
    }
    return -1;
}

QString EnvironmentTabBar::labelFor(const QString &environment, int count) const
{
    const QString name = environment.isEmpty() ? tr("All") : environment;
    return tr("%1 %2", "environment tab: name, number of alerts").arg(name, QLocale().toString(count));
}

int EnvironmentTabBar::insertEnvironment(const QString &environment, int count)
{
    // After "All", sorted by name; inserting moves no other tab's data, and QTabBar keeps the current tab.
    int index = 1;
    while (index < this->count() && QString::localeAwareCompare(tabData(index).toString(), environment) < 0)
        ++index;
    index = insertTab(index, labelFor(environment, count));
    setTabData(index, environment);
    return index;
}
