// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QPixmap>
#include <QString>

/// The picture of the tray icon: a disc in the colour of the worst open severity with the number of open alerts on
/// it, readable at tray sizes (16–64 px): the number is drawn in black or white, whichever contrasts with the disc,
/// and shortened above 999. With nothing open the disc is the normal colour and carries no number.
class TrayIconPainter
{
public:
    /// The icon at `size` × `size` pixels.
    static QPixmap paint(const QColor &fill, int openCount, int size = 64);
    /// What the disc says: "" for 0, "7", "999+".
    static QString countText(int openCount);
};
