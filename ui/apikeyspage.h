// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/resourcepage.h"

/// The "API keys" tab of the AdministrationDialog (spec §4.7): the keys the session may see (the server lists only
/// their own to non-admins, and only their customer's under customer views), with New… (which shows the new key
/// once, in an ApiKeyRevealDialog), Edit… (text, scopes, expiry) and Revoke. Keys are shown shortened: the full
/// key string is a credential and appears only in the reveal dialog.
///
/// Columns: Key, User, Scopes, Type, Text, Expires, Status, Uses, Last used, Customer (only with customer views).
/// Needs `read:keys`; `write:keys` to create and edit, `admin:keys` to revoke. Object name: keysPage.
class ApiKeysPage final : public ResourcePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeysPage)

public:
    enum Column {
        KeyColumn,
        UserColumn,
        ScopesColumn,
        TypeColumn,
        TextColumn,
        ExpiresColumn,
        StatusColumn,
        CountColumn,
        LastUsedColumn,
        CustomerColumn,
        ColumnCount
    };

    explicit ApiKeysPage(AlertBackend &backend, QWidget *parent = nullptr);

    /// `abcd1234…`: enough to tell keys apart, not enough to use one.
    static QString shortened(const QString &key);

Q_SIGNALS:
    /// A key was created; the dialog showing it is open. For tests and for the main window's status bar.
    void keyCreated(const QString &id);

protected:
    // ResourcePage
    void openEditor(const QJsonObject &row) override;
    Confirmation deleteConfirmation(const QList<QJsonObject> &rows) const override;
};
