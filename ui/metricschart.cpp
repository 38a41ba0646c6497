// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/metricschart.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

MetricsChart::MetricsChart(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void MetricsChart::setTitle(const QString &title)
{
    m_title = title;
    setAccessibleName(title);
    update();
}

void MetricsChart::setUnit(const QString &unit)
{
    m_unit = unit;
    update();
}

void MetricsChart::setPrecision(int decimals)
{
    m_precision = decimals;
    update();
}

void MetricsChart::setPoints(const QList<MetricsHistory::Point> &points)
{
    m_points = points;
    setToolTip(m_points.isEmpty()
                   ? QString()
                   : tr("%1: %2 (%n point(s))", nullptr, static_cast<int>(m_points.size())).arg(m_title, latestText()));
    update();
}

QString MetricsChart::valueText(double value) const
{
    return QLocale().toString(value, 'f', m_precision) + m_unit;
}

QString MetricsChart::latestText() const
{
    return m_points.isEmpty() ? QString() : valueText(m_points.constLast().value);
}

QSize MetricsChart::sizeHint() const
{
    return {320, fontMetrics().height() * 9};
}

QSize MetricsChart::minimumSizeHint() const
{
    return {160, fontMetrics().height() * 6};
}

void MetricsChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QFontMetrics fm = fontMetrics();
    const int pad = fm.height() / 2;

    // The card.
    const QRectF card = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(pal.color(QPalette::Mid), 1));
    painter.setBrush(pal.color(QPalette::Base));
    painter.drawRoundedRect(card, 4, 4);

    // Title left, latest value right, on one line.
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(pal.color(QPalette::Text));
    const QRect header(pad, pad / 2, width() - 2 * pad, fm.height() + pad / 2);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, m_title);
    painter.setPen(pal.color(QPalette::Highlight));
    painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, latestText());
    painter.setFont(font());

    const QColor muted = pal.color(QPalette::PlaceholderText);
    const int footerHeight = fm.height();
    if (m_points.isEmpty()) {
        painter.setPen(muted);
        painter.drawText(rect().adjusted(pad, header.bottom(), -pad, -pad), Qt::AlignCenter, tr("Waiting for data…"));
        return;
    }

    const auto [minIt, maxIt] = std::minmax_element(
        m_points.cbegin(),
        m_points.cend(),
        [](const MetricsHistory::Point &a, const MetricsHistory::Point &b) { return a.value < b.value; });
    const double minValue = minIt->value;
    const double maxValue = maxIt->value;
    const QString maxLabel = valueText(maxValue);
    const QString minLabel = valueText(minValue);
    const int axisWidth = std::max(fm.horizontalAdvance(maxLabel), fm.horizontalAdvance(minLabel)) + pad;

    const QRectF plot(pad + axisWidth,
                      header.bottom() + pad,
                      width() - 2 * pad - axisWidth,
                      height() - header.bottom() - 2 * pad - footerHeight - pad / 2);
    if (plot.width() < 10 || plot.height() < 10)
        return;

    // Value axis: the data's maximum at the top, its minimum at the bottom; a flat series sits in the middle.
    double low = minValue;
    double high = maxValue;
    if (high - low < 1e-9) {
        low -= 1;
        high += 1;
    }
    painter.setPen(muted);
    painter.drawText(QRectF(pad, plot.top() - fm.height() / 2.0, axisWidth - pad / 2, fm.height()),
                     Qt::AlignRight | Qt::AlignVCenter,
                     maxLabel);
    painter.drawText(QRectF(pad, plot.bottom() - fm.height() / 2.0, axisWidth - pad / 2, fm.height()),
                     Qt::AlignRight | Qt::AlignVCenter,
                     minLabel);
    QPen grid(pal.color(QPalette::Midlight), 1, Qt::DashLine);
    painter.setPen(grid);
    painter.drawLine(plot.topLeft(), plot.topRight());
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());

    // Time axis: first and last point's local time.
    const qint64 first = m_points.constFirst().time;
    const qint64 last = m_points.constLast().time;
    const QString format = QStringLiteral("HH:mm:ss");
    const QRectF footer(plot.left(), plot.bottom() + pad / 2.0, plot.width(), footerHeight);
    painter.setPen(muted);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, QDateTime::fromMSecsSinceEpoch(first).toString(format));
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, QDateTime::fromMSecsSinceEpoch(last).toString(format));

    const auto xOf = [&](qint64 time) {
        if (last == first)
            return plot.center().x();
        return plot.left() + plot.width() * static_cast<double>(time - first) / static_cast<double>(last - first);
    };
    const auto yOf = [&](double value) { return plot.bottom() - plot.height() * (value - low) / (high - low); };

    const QColor lineColour = pal.color(QPalette::Highlight);
    if (m_points.size() == 1) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(lineColour);
        painter.drawEllipse(QPointF(xOf(first), yOf(m_points.constFirst().value)), 3, 3);
        return;
    }
    QPainterPath line;
    line.moveTo(xOf(first), yOf(m_points.constFirst().value));
    for (qsizetype i = 1; i < m_points.size(); ++i)
        line.lineTo(xOf(m_points.at(i).time), yOf(m_points.at(i).value));
    QPainterPath area = line;
    area.lineTo(xOf(last), plot.bottom());
    area.lineTo(xOf(first), plot.bottom());
    area.closeSubpath();
    QColor fill = lineColour;
    fill.setAlpha(60);
    painter.fillPath(area, fill);
    painter.setPen(QPen(lineColour, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(line);
}
