// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/alertitemdelegate.h"

#include <QPalette>

#include "models/alerttablemodel.h"

namespace {

/// Share of the accent in a cell that changed this instant. Chosen by eye on both themes: strong enough to catch
/// the eye across a wall screen, weak enough that severity colours stay distinguishable.
constexpr double peakStrength = 0.55;

QColor blend(const QColor &from, const QColor &to, double share)
{
    const double keep = 1.0 - share;
    return QColor::fromRgbF(static_cast<float>(from.redF() * keep + to.redF() * share),
                            static_cast<float>(from.greenF() * keep + to.greenF() * share),
                            static_cast<float>(from.blueF() * keep + to.blueF() * share));
}

} // namespace

AlertItemDelegate::AlertItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

AlertItemDelegate::~AlertItemDelegate() = default;

void AlertItemDelegate::setHighlightDuration(int ms)
{
    m_durationMs = qMax(1, ms);
}

QColor AlertItemDelegate::highlighted(const QColor &background, int agoMs, const QPalette &palette) const
{
    if (agoMs < 0 || agoMs >= m_durationMs)
        return background;
    // Amber reads as "look here" on light and dark bases alike and is none of the default severity colours.
    const bool darkBase = palette.color(QPalette::Base).lightnessF() < 0.5;
    const QColor accent = darkBase ? QColor(0xf0, 0xb0, 0x00) : QColor(0xff, 0xc1, 0x07);
    // Ease out: most of the fade happens late, so a change stays visible for most of the duration.
    const double left = 1.0 - static_cast<double>(agoMs) / m_durationMs;
    return blend(background, accent, peakStrength * (1.0 - (1.0 - left) * (1.0 - left)));
}

void AlertItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant ago = index.data(AlertTableModel::ChangedAgoRole);
    if (!ago.isValid() || ago.toInt() < 0)
        return;
    const QColor background = option->backgroundBrush.style() != Qt::NoBrush ? option->backgroundBrush.color()
                                                                             : option->palette.color(QPalette::Base);
    option->backgroundBrush = highlighted(background, ago.toInt(), option->palette);
}
