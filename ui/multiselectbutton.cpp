// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/multiselectbutton.h"

#include <QAction>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>

namespace {

/// A menu that toggles its checkable entries without closing: QMenu closes on every triggered action.
class StayOpenMenu final : public QMenu
{
public:
    using QMenu::QMenu;

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (toggleActive())
            return;
        QMenu::mouseReleaseEvent(event);
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Space || event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
            && toggleActive())
            return;
        QMenu::keyPressEvent(event);
    }

private:
    bool toggleActive()
    {
        QAction *action = activeAction();
        if (!action || !action->isCheckable() || !action->isEnabled())
            return false;
        action->trigger();
        return true;
    }
};

} // namespace

MultiSelectButton::MultiSelectButton(const QString &label, QWidget *parent)
    : QToolButton(parent)
    , m_label(label)
    , m_menu(new StayOpenMenu(this))
{
    setMenu(m_menu);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    // The style's menu indicator sits on top of the text's end; the text carries its own arrow instead.
    setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; width: 0px; }"));
    updateText();
}

MultiSelectButton::~MultiSelectButton() = default;

void MultiSelectButton::setOptions(const QStringList &values)
{
    rebuildMenu(values, selected());
}

void MultiSelectButton::setSelected(const QStringList &values)
{
    for (QAction *action : std::as_const(m_options))
        action->setChecked(values.contains(action->data().toString()));
    updateText();
}

QStringList MultiSelectButton::selected() const
{
    QStringList values;
    for (const QAction *action : m_options) {
        if (action->isChecked())
            values.append(action->data().toString());
    }
    return values;
}

QStringList MultiSelectButton::options() const
{
    QStringList values;
    for (const QAction *action : m_options)
        values.append(action->data().toString());
    return values;
}

QAction *MultiSelectButton::optionAction(const QString &value) const
{
    for (QAction *action : m_options) {
        if (action->data().toString() == value)
            return action;
    }
    return nullptr;
}

void MultiSelectButton::rebuildMenu(const QStringList &values, const QStringList &selected)
{
    m_menu->clear();
    m_options.clear();
    for (const QString &value : values) {
        // Values are the server's names (statuses, severities); shown in the console's language where it has them.
        QAction *action = m_menu->addAction(m_optionText(value));
        action->setData(value);
        action->setCheckable(true);
        action->setChecked(selected.contains(value));
        connect(action, &QAction::triggered, this, [this] {
            updateText();
            Q_EMIT selectionChanged(this->selected());
        });
        m_options.append(action);
    }
    m_menu->addSeparator();
    QAction *any = m_menu->addAction(tr("Any"));
    any->setToolTip(tr("Do not filter on this"));
    connect(any, &QAction::triggered, this, [this] {
        if (this->selected().isEmpty())
            return;
        setSelected({});
        Q_EMIT selectionChanged({});
    });
    updateText();
}

void MultiSelectButton::setOptionText(std::function<QString(const QString &)> text)
{
    m_optionText = std::move(text);
    rebuildMenu(options(), selected());
}

void MultiSelectButton::updateText()
{
    QStringList values = selected();
    for (QString &value : values)
        value = m_optionText(value);
    QString shown;
    if (values.isEmpty())
        shown = tr("any");
    else if (values.size() <= 3)
        shown = values.join(QStringLiteral(", "));
    else
        shown = tr("%1 selected").arg(values.size());
    setText(tr("%1: %2 ▾", "filter label: chosen values, menu arrow").arg(m_label, shown));
    setToolTip(values.isEmpty() ? tr("%1: any").arg(m_label)
                                : tr("%1: %2").arg(m_label, values.join(QStringLiteral(", "))));
}
