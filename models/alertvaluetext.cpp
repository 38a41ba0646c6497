// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "models/alertvaluetext.h"

#include <QCoreApplication>
#include <QHash>

namespace {

// The ALERTA model's values (spec §2), marked for lupdate; translated when first shown.
const char *const severities[] = {
    QT_TRANSLATE_NOOP("AlertValueText", "security"),
    QT_TRANSLATE_NOOP("AlertValueText", "critical"),
    QT_TRANSLATE_NOOP("AlertValueText", "major"),
    QT_TRANSLATE_NOOP("AlertValueText", "minor"),
    QT_TRANSLATE_NOOP("AlertValueText", "warning"),
    QT_TRANSLATE_NOOP("AlertValueText", "indeterminate"),
    QT_TRANSLATE_NOOP("AlertValueText", "informational"),
    QT_TRANSLATE_NOOP("AlertValueText", "normal"),
    QT_TRANSLATE_NOOP("AlertValueText", "ok"),
    QT_TRANSLATE_NOOP("AlertValueText", "cleared"),
    QT_TRANSLATE_NOOP("AlertValueText", "debug"),
    QT_TRANSLATE_NOOP("AlertValueText", "trace"),
    QT_TRANSLATE_NOOP("AlertValueText", "unknown"),
};
const char *const statuses[] = {
    QT_TRANSLATE_NOOP("AlertValueText", "open"),
    QT_TRANSLATE_NOOP("AlertValueText", "assign"),
    QT_TRANSLATE_NOOP("AlertValueText", "ack"),
    QT_TRANSLATE_NOOP("AlertValueText", "closed"),
    QT_TRANSLATE_NOOP("AlertValueText", "expired"),
    QT_TRANSLATE_NOOP("AlertValueText", "blackout"),
    QT_TRANSLATE_NOOP("AlertValueText", "shelved"),
    QT_TRANSLATE_NOOP("AlertValueText", "unknown"),
};

/// Built once: the table asks for every visible cell on every repaint, and the language is chosen at start-up.
template<size_t N>
QHash<QString, QString> translated(const char *const (&values)[N])
{
    QHash<QString, QString> texts;
    for (const char *value : values)
        texts.insert(QString::fromLatin1(value), QCoreApplication::translate("AlertValueText", value));
    return texts;
}

} // namespace

QString AlertValueText::severity(const QString &severity)
{
    static const QHash<QString, QString> texts = translated(severities);
    return texts.value(severity, severity);
}

QString AlertValueText::status(const QString &status)
{
    static const QHash<QString, QString> texts = translated(statuses);
    return texts.value(status, status);
}
