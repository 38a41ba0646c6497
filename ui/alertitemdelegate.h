// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStyledItemDelegate>

/// Paints the alert table's cells with a fading highlight on rows that a live update just inserted or changed
/// (AlertTableModel::ChangedAgoRole): an accent blended into the cell's background, strongest when the change is
/// new and gone after the highlight duration. Blending the background rather than painting over the cell keeps
/// the text crisp and the severity colours recognisable.
///
/// The delegate only reads the role when painting; the view must repaint while highlights fade (AlertTableView
/// does, on a timer that runs only while a change is recent).
class AlertItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertItemDelegate)

public:
    explicit AlertItemDelegate(QObject *parent = nullptr);
    ~AlertItemDelegate() override;

    /// The model's highlight duration in ms (AlertTableModel::highlightDuration), over which the accent fades.
    void setHighlightDuration(int ms);
    int highlightDuration() const { return m_durationMs; }

    /// The background of a cell changed `agoMs` ago (−1: not recently): `background` with the accent blended in.
    QColor highlighted(const QColor &background, int agoMs, const QPalette &palette) const;

    // QStyledItemDelegate
protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_durationMs = 3000;
};
