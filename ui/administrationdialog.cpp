// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/administrationdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

#include "core/client/alertbackend.h"
#include "ui/apikeyspage.h"
#include "ui/customerspage.h"
#include "ui/permissionspage.h"
#include "ui/userspage.h"

AdministrationDialog::AdministrationDialog(AlertBackend &backend, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_tabs(new QTabWidget(this))
    , m_keysPage(new ApiKeysPage(backend, this))
    , m_usersPage(new UsersPage(backend, this))
    , m_customersPage(new CustomersPage(backend, this))
    , m_permissionsPage(new PermissionsPage(backend, this))
{
    setWindowTitle(tr("Administration — %1").arg(backend.displayName()));
    setModal(false);
    setSizeGripEnabled(true);
    setWindowFlag(Qt::WindowMaximizeButtonHint, true);

    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(m_keysPage, tr("API &keys"));
    m_tabs->addTab(m_usersPage, tr("&Users"));
    m_tabs->addTab(m_customersPage, tr("&Customers"));
    m_tabs->addTab(m_permissionsPage, tr("&Permissions"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    // F5 anywhere in the dialog, not only with the focus in a page: the pages leave the key to the dialog (two
    // shortcuts for one key would be ambiguous, and neither would fire).
    for (ResourcePage *page : pages())
        page->refreshAction()->setShortcut({});
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    connect(refresh, &QShortcut::activated, this, [this] {
        if (auto *page = qobject_cast<ResourcePage *>(m_tabs->currentWidget()))
            page->refresh();
    });
    // Someone else may see other rows: reload every tab when the console reconnects (the pages re-check the scopes).
    connect(&m_backend, &AlertBackend::sessionChanged, this, &AdministrationDialog::refreshAll);

    resize(1100, 560);
    refreshAll();
}

QList<ResourcePage *> AdministrationDialog::pages() const
{
    return {m_keysPage, m_usersPage, m_customersPage, m_permissionsPage};
}

void AdministrationDialog::refreshAll()
{
    for (ResourcePage *page : pages())
        page->refresh();
}
