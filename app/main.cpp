// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QApplication>
#include <QIcon>

#include "app/consoleapplication.h"

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("alerta-console"));
    QApplication::setOrganizationName(QStringLiteral("Alerta"));
    QApplication::setApplicationVersion(QStringLiteral(ALERTA_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.alerta.Console"));
    // The installed icon theme's, else the one built in (a build run from its directory).
    QIcon builtIn;
    for (const char *size : {"32x32", "64x64", "256x256"})
        builtIn.addFile(QStringLiteral(":/icons/%1/io.alerta.Console.png").arg(QLatin1String(size)));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.alerta.Console"), builtIn));

    ConsoleApplication console;
    if (const std::optional<int> exitCode = console.start(QApplication::arguments()))
        return *exitCode;
    return QApplication::exec();
}
