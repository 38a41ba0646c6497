// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QListWidget>
#include <QStringList>

class AlertBackend;

/// The scopes of an API key or a permission as checkboxes, one per scope the server knows (`GET /scopes`, or the
/// built-in list when the session may not read it). Only scopes the session holds can be ticked: the server
/// refuses to hand out more than the caller has (403 `Requested scope … not in existing scopes`). A scope the
/// session lacks keeps its state, so editing a key with more scopes than the editor's session does not drop them.
///
/// Object name: scopeList (set by the user of the widget); each item's text is the scope.
class AdministrationScopeList final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdministrationScopeList)

public:
    explicit AdministrationScopeList(AlertBackend &backend, QWidget *parent = nullptr);

    /// Ticks exactly `scopes` (also those that arrive later from `GET /scopes`).
    void setCheckedScopes(const QStringList &scopes);
    QStringList checkedScopes() const;
    /// Whether the list of scopes arrived (or fell back to the built-in one).
    bool isLoaded() const { return m_loaded; }

    QSize sizeHint() const override;

Q_SIGNALS:
    void loaded();

private:
    void fill(const QStringList &scopes);

    AlertBackend &m_backend;
    QStringList m_wanted;
    bool m_loaded = false;
};
