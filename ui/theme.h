// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>

#include <QCoreApplication>
#include <QList>
#include <QString>

/// The application's look: the system's style and palette, or Fusion with a light or a dark palette (a dark
/// console for night shifts and wall screens, whatever the desktop uses). Severity and status colours are the
/// server's in every theme; the model picks their text colours for contrast.
///
/// Applies to the whole QApplication. The first apply() remembers the style and palette the application started
/// with, so System restores them; call it before changing the style any other way.
class Theme
{
    Q_DECLARE_TR_FUNCTIONS(Theme)

public:
    enum class Mode { System, Light, Dark };

    static void apply(Mode mode);
    static QList<Mode> modes();
    /// "system", "light", "dark": the saved form.
    static QString key(Mode mode);
    /// The mode of key(); System for anything else.
    static Mode fromKey(const QString &key);
    /// The menu entry: "System", "Light", "Dark".
    static QString title(Mode mode);
    /// Black or white, whichever reads better on `background` (status cells in the server windows).
    static QColor textOn(const QColor &background);
};
