// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/engineconfig.h"

#include <QCoreApplication>
#include <QSysInfo>

QString EngineConfig::defaultOriginName()
{
    QString program = QCoreApplication::applicationName();
    if (program.isEmpty())
        program = QStringLiteral("alerta");
    return program + u'/' + QSysInfo::machineHostName();
}
