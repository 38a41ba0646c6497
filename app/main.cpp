// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QApplication>

#include "app/consoleapplication.h"

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("alerta-console"));
    QApplication::setOrganizationName(QStringLiteral("Alerta"));
    QApplication::setApplicationVersion(QStringLiteral(ALERTA_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.alerta.Console"));

    ConsoleApplication console;
    if (const std::optional<int> exitCode = console.start(QApplication::arguments()))
        return *exitCode;
    return QApplication::exec();
}
