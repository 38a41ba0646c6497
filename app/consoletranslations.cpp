// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "app/consoletranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace {

const QString consoleCatalog = QStringLiteral("alerta-console");
const QString translationsResource = QStringLiteral(":/i18n");

} // namespace

QLocale ConsoleTranslations::localeFor(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

void ConsoleTranslations::install(QCoreApplication &app, const QLocale &locale)
{
    QCoreApplication::removeTranslator(&m_console);
    QCoreApplication::removeTranslator(&m_qt);
    // QTranslator::load(QLocale, ...) tries the locale's UI languages in turn (de_AT, de, ...).
    if (m_console.load(locale, consoleCatalog, QStringLiteral("_"), translationsResource)) {
        m_language = QLocale(m_console.language()).name().section(u'_', 0, 0);
    } else {
        // A language the console does not speak: English, with its plural forms (built in, so always there).
        m_language = QStringLiteral("en");
        if (!m_console.load(consoleCatalog + QStringLiteral("_en"), translationsResource))
            qWarning("The English translation is missing from the build");
    }
    app.installTranslator(&m_console);
    if (m_language != QLatin1String("en")
        && m_qt.load(locale,
                     QStringLiteral("qtbase"),
                     QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&m_qt);
    QLocale::setDefault(locale);
}
