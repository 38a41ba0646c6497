// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class AlertBackend;
class ApiKeysPage;
class CustomersPage;
class PermissionsPage;
class QTabWidget;
class ResourcePage;
class UsersPage;

/// The "Administration…" window: API keys, users, customers and permissions of the server the console is connected
/// to, one tab each (see ApiKeysPage, UsersPage, CustomersPage, PermissionsPage). Non-modal and resizable, so an
/// operator can keep it open beside the alert list. Each tab greys out what the session's scopes do not allow and
/// says which scope is missing. The Customers tab is there without customer views too: its lookup rows can be set
/// up before the server switches them on. F5 reloads the current tab.
///
/// Object names: tabs, keysPage, usersPage, customersPage, permissionsPage, closeButton.
class AdministrationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdministrationDialog)

public:
    explicit AdministrationDialog(AlertBackend &backend, QWidget *parent = nullptr);

    ApiKeysPage *keysPage() const { return m_keysPage; }
    UsersPage *usersPage() const { return m_usersPage; }
    CustomersPage *customersPage() const { return m_customersPage; }
    PermissionsPage *permissionsPage() const { return m_permissionsPage; }

    /// Reloads every tab (also done on open and when the session changes).
    void refreshAll();

private:
    QList<ResourcePage *> pages() const;

    AlertBackend &m_backend;
    QTabWidget *m_tabs = nullptr;
    ApiKeysPage *m_keysPage = nullptr;
    UsersPage *m_usersPage = nullptr;
    CustomersPage *m_customersPage = nullptr;
    PermissionsPage *m_permissionsPage = nullptr;
};
