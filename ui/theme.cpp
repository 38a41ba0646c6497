// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace {

struct StartupLook
{
    QString styleName;
    QPalette palette;
};

/// What the application looked like before the first apply(): System goes back to it.
const StartupLook &startupLook()
{
    static const StartupLook look{QApplication::style()->name(), QApplication::palette()};
    return look;
}

QPalette darkPalette()
{
    // Fusion's usual dark scheme; disabled text dimmed so that disabled actions read as such.
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor dimmed(0x80, 0x80, 0x80);
    const QColor accent(0x2a, 0x82, 0xda);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x28));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x40));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x55, 0x55));
    palette.setColor(QPalette::Light, QColor(0x45, 0x45, 0x48));
    palette.setColor(QPalette::Midlight, QColor(0x3a, 0x3a, 0x3d));
    palette.setColor(QPalette::Mid, QColor(0x25, 0x25, 0x27));
    palette.setColor(QPalette::Dark, QColor(0x19, 0x19, 0x1a));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Link, QColor(0x5a, 0xa9, 0xf0));
    palette.setColor(QPalette::LinkVisited, QColor(0xa0, 0x7c, 0xe0));
    palette.setColor(QPalette::Highlight, accent);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText})
        palette.setColor(QPalette::Disabled, role, dimmed);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return palette;
}

} // namespace

void Theme::apply(Mode mode)
{
    const StartupLook &startup = startupLook();
    // Re-applying the look repolishes every widget: skip it when nothing changes (System at every start).
    static Mode applied = Mode::System;
    if (mode == applied)
        return;
    applied = mode;
    if (mode == Mode::System) {
        QApplication::setStyle(startup.styleName);
        QApplication::setPalette(startup.palette);
        return;
    }
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    const QPalette palette = mode == Mode::Dark ? darkPalette() : fusion->standardPalette();
    QApplication::setStyle(fusion);
    QApplication::setPalette(palette);
}

QList<Theme::Mode> Theme::modes()
{
    return {Mode::System, Mode::Light, Mode::Dark};
}

QString Theme::key(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

Theme::Mode Theme::fromKey(const QString &key)
{
    for (const Mode mode : modes()) {
        if (Theme::key(mode) == key)
            return mode;
    }
    return Mode::System;
}

QString Theme::title(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return tr("Light");
    case Mode::Dark:
        return tr("Dark");
    case Mode::System:
        break;
    }
    return tr("System");
}

QColor Theme::textOn(const QColor &background)
{
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
}
