// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/metricshistory.h"

#include <QList>
#include <QString>
#include <QWidget>

/// A small area chart of one series (MetricsHistory points): title, the latest value, the minimum and maximum on
/// the value axis and the time span covered. Painted with the palette's colours, so it follows the theme. For a
/// glance at a trend, not for reading exact values (the metrics table has those).
class MetricsChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsChart)

public:
    explicit MetricsChart(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const { return m_title; }
    /// Appended to values: "/s", " ms".
    void setUnit(const QString &unit);
    /// Decimals of the values shown.
    void setPrecision(int decimals);
    /// What is drawn; repaints.
    void setPoints(const QList<MetricsHistory::Point> &points);
    QList<MetricsHistory::Point> points() const { return m_points; }
    /// The newest value as the chart writes it ("2.40/s"); empty without points.
    QString latestText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString valueText(double value) const;

    QString m_title;
    QString m_unit;
    int m_precision = 2;
    QList<MetricsHistory::Point> m_points;
};
