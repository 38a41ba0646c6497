// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

class QCoreApplication;

/// The console's languages: its own translations (`translations/alerta-console_<lang>.ts`, built into the binary
/// under `:/i18n`) and Qt's for its standard dialogs and buttons (`qtbase_<lang>.qm` from qt6-translations-l10n).
/// English is the source language; its translation only supplies plural forms ("1 alert", "2 alerts").
class ConsoleTranslations
{
public:
    /// The locale to use for `language` (one of ConsolePreferences::languages(); empty = the system's).
    static QLocale localeFor(const QString &language);

    /// Installs the translators for `locale` in `app` (replacing earlier ones) and makes it the default QLocale, so
    /// that numbers and dates follow the language too. A language without a translation falls back to English.
    void install(QCoreApplication &app, const QLocale &locale);
    /// The language whose translation is in use ("en" for the fallback).
    QString language() const { return m_language; }

private:
    QTranslator m_qt;
    QTranslator m_console;
    QString m_language;
};
