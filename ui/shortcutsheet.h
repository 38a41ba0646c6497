// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QList>

class QMenu;
class QTreeWidget;

/// The keyboard cheat sheet (? or F1): every action of the given menus that has a shortcut, grouped by menu,
/// read from the QActions themselves, so it cannot drift from what the keys do.
/// Object names: shortcutSheet, shortcutList.
class ShortcutSheet final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutSheet)

public:
    /// Lists the actions of `menus` and their submenus.
    explicit ShortcutSheet(const QList<QMenu *> &menus, QWidget *parent = nullptr);
    ~ShortcutSheet() override;

private:
    void addMenu(QMenu *menu, const QString &group);

    QTreeWidget *m_list = nullptr;
};
