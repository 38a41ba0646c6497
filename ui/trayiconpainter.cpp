// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/trayiconpainter.h"

#include "ui/theme.h"

#include <QFont>
#include <QPainter>

QString TrayIconPainter::countText(int openCount)
{
    if (openCount <= 0)
        return {};
    return openCount > 999 ? QStringLiteral("999+") : QString::number(openCount);
}

QPixmap TrayIconPainter::paint(const QColor &fill, int openCount, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    // A dark rim keeps a light disc (yellow, white) visible on a light panel.
    const qreal rim = std::max(1.0, size / 32.0);
    painter.setPen(QPen(fill.darker(170), rim));
    painter.setBrush(fill);
    painter.drawEllipse(QRectF(rim / 2, rim / 2, size - rim, size - rim));

    const QString text = countText(openCount);
    if (!text.isEmpty()) {
        QFont font = painter.font();
        font.setBold(true);
        // As large as fits: the disc's inner square, less for more digits.
        font.setPixelSize(std::max(6, int(size * (text.size() <= 2 ? 0.55 : 0.36))));
        painter.setFont(font);
        painter.setPen(Theme::textOn(fill));
        painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, text);
    }
    return pixmap;
}
