// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/shortcutsheet.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace {

/// A menu text as a person reads it: "&File" → "File", "Fish && Chips" → "Fish & Chips".
QString withoutMnemonic(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i;
        plain.append(text.at(i));
    }
    return plain;
}

} // namespace

ShortcutSheet::ShortcutSheet(const QList<QMenu *> &menus, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutSheet"));
    setWindowTitle(tr("Keyboard Shortcuts"));

    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus);
    for (QMenu *menu : menus)
        addMenu(menu, withoutMnemonic(menu->title()));
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    // Tall enough for the whole list where the screen allows: a cheat sheet is read at a glance, not scrolled.
    int lines = 0;
    for (QTreeWidgetItemIterator it(m_list); *it; ++it)
        ++lines;
    const int rowHeight = qMax(m_list->sizeHintForRow(0), fontMetrics().height());
    const QMargins margins = layout->contentsMargins();
    const int height = lines * rowHeight + m_list->header()->sizeHint().height() + 2 * m_list->frameWidth()
        + layout->spacing() + buttons->sizeHint().height() + margins.top() + margins.bottom();
    resize(fontMetrics().averageCharWidth() * 70, height);
}

ShortcutSheet::~ShortcutSheet() = default;

void ShortcutSheet::addMenu(QMenu *menu, const QString &group)
{
    QTreeWidgetItem *groupItem = nullptr;
    for (QAction *action : menu->actions()) {
        if (QMenu *submenu = action->menu()) {
            addMenu(submenu, group + QStringLiteral(" › ") + withoutMnemonic(submenu->title()));
            continue;
        }
        if (action->isSeparator() || action->shortcuts().isEmpty())
            continue;
        if (!groupItem) {
            groupItem = new QTreeWidgetItem(m_list, {group});
            QFont bold = groupItem->font(0);
            bold.setBold(true);
            groupItem->setFont(0, bold);
            groupItem->setFirstColumnSpanned(true);
        }
        QStringList keys;
        for (const QKeySequence &shortcut : action->shortcuts())
            keys.append(shortcut.toString(QKeySequence::NativeText));
        new QTreeWidgetItem(groupItem, {withoutMnemonic(action->text()), keys.join(tr(" or "))});
    }
}
