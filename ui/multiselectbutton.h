// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QToolButton>

#include <functional>

class QAction;
class QMenu;

/// A tool button whose menu picks any number of values (the filter bar's statuses and severities). The menu
/// stays open while values are toggled, so choosing three statuses is three clicks, not three menu trips.
/// Nothing selected means "any": the button then reads "Status: any".
class MultiSelectButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MultiSelectButton)

public:
    /// `label` names what is chosen ("Status"); it prefixes the button's text.
    explicit MultiSelectButton(const QString &label, QWidget *parent = nullptr);
    ~MultiSelectButton() override;

    /// Offers `values` in this order, keeping the selected ones that are still offered. No signal.
    void setOptions(const QStringList &values);
    /// Selects exactly `values` (unknown ones are ignored). No signal: for restoring a saved view.
    void setSelected(const QStringList &values);
    /// The selected values in option order.
    QStringList selected() const;
    /// The values offered, in order.
    QStringList options() const;
    /// The menu entry of `value`, or nullptr.
    QAction *optionAction(const QString &value) const;
    /// How a value is shown (in the menu and on the button); values themselves stay as they are. Default: as is.
    void setOptionText(std::function<QString(const QString &)> text);

Q_SIGNALS:
    /// The user changed the selection.
    void selectionChanged(const QStringList &values);

private:
    void rebuildMenu(const QStringList &values, const QStringList &selected);
    void updateText();

    QString m_label;
    QMenu *m_menu = nullptr;
    QList<QAction *> m_options;
    std::function<QString(const QString &)> m_optionText = [](const QString &value) { return value; };
};
