// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/administrationscopelist.h"

#include <QJsonArray>

#include "core/client/alertbackend.h"
#include "core/client/whenfinished.h"
#include "core/scopes.h"

AdministrationScopeList::AdministrationScopeList(AlertBackend &backend, QWidget *parent)
    : QListWidget(parent)
    , m_backend(backend)
{
    setFlow(QListView::TopToBottom);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    // Not uniform: the first item (`read`) would set every item's width and elide the long scopes.
    setUniformItemSizes(false);
    setSpacing(1);
    setSelectionMode(QAbstractItemView::NoSelection);
    whenFinished(m_backend.call(ApiCall::get(QStringLiteral("/scopes"))),
                 this,
                 [this](const Result<ApiAnswer> &answer) {
                     QStringList scopes;
                     if (answer) {
                         for (const QJsonValue &scope : answer->json().value(QLatin1StringView("scopes")).toArray())
                             scopes.append(scope.toString());
                     }
                     // Without `read:perms` the server does not say which scopes exist; the built-in ones are the usual
                     // answer.
                     fill(scopes.isEmpty() ? Scopes::builtIn() : scopes);
                 });
}

void AdministrationScopeList::fill(const QStringList &scopes)
{
    clear();
    const SessionInfo &session = m_backend.session();
    QStringList all = scopes;
    for (const QString &wanted : std::as_const(m_wanted)) {
        if (!all.contains(wanted))
            all.append(wanted); // a scope the server no longer lists stays visible rather than silently dropped
    }
    for (const QString &scope : std::as_const(all)) {
        auto *item = new QListWidgetItem(scope, this);
        Qt::ItemFlags flags = Qt::ItemIsEnabled;
        if (session.allows(scope))
            flags |= Qt::ItemIsUserCheckable;
        else
            item->setToolTip(tr("This session does not hold %1, so it cannot grant it.").arg(scope));
        item->setFlags(flags);
        item->setCheckState(m_wanted.contains(scope) ? Qt::Checked : Qt::Unchecked);
        if (!session.allows(scope))
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    m_loaded = true;
    updateGeometry();
    Q_EMIT loaded();
}

void AdministrationScopeList::setCheckedScopes(const QStringList &scopes)
{
    m_wanted = scopes;
    for (int i = 0; i < count(); ++i)
        item(i)->setCheckState(scopes.contains(item(i)->text()) ? Qt::Checked : Qt::Unchecked);
}

QStringList AdministrationScopeList::checkedScopes() const
{
    if (!m_loaded)
        return m_wanted;
    QStringList scopes;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->checkState() == Qt::Checked)
            scopes.append(item(i)->text());
    }
    return scopes;
}

QSize AdministrationScopeList::sizeHint() const
{
    // Room for the built-in scopes in four columns of ten without scrolling.
    const int row = fontMetrics().height() + 8;
    return {4 * (fontMetrics().horizontalAdvance(QStringLiteral("admin:management")) + 48), 10 * row};
}
