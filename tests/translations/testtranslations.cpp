// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
// The translations keep up with the code: lupdate runs over the sources into a temporary copy of each .ts file of
// translations/, exactly as `update_translations` would, and the result must have no message left unfinished — a
// new or changed source string shows up there as unfinished. Every translation must also keep the placeholders of
// its source (%1, %L2, %n...), or the console would show the wrong values or none.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; ///< the translation's type attribute: "unfinished", "vanished", "obsolete" or empty (finished)
    QStringList forms;
};

/// The messages of a .ts file.
QList<Message> readMessages(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QString context;
    Message message;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(message);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) // a plural translation has its forms as children
                message.forms = {xml.readElementText()};
        } else if (name == QLatin1String("numerusform")) {
            message.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        qWarning() << path << xml.errorString();
    return messages;
}

/// %1..%99, with or without L, and %n / %Ln.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    return found;
}

QStringList sourceDirectories()
{
    QStringList dirs;
    for (const char *dir : {"app", "core", "models", "ui"})
        dirs.append(QStringLiteral(ALERTA_SOURCE_DIR "/") + QLatin1String(dir));
    return dirs;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldTranslateEverySourceString_data();
    void shouldTranslateEverySourceString();
};

void TestTranslations::shouldTranslateEverySourceString_data()
{
    QTest::addColumn<QString>("tsFile");
    const QDir translations(QStringLiteral(ALERTA_SOURCE_DIR "/translations"));
    const QStringList files = translations.entryList({QStringLiteral("alerta-console_*.ts")}, QDir::Files);
    QVERIFY2(files.size() >= 3, "expected English, German and French translations");
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << translations.filePath(file);
}

void TestTranslations::shouldTranslateEverySourceString()
{
    QFETCH(QString, tsFile);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QFileInfo(tsFile).fileName());
    QVERIFY(QFile::copy(tsFile, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    // English is the source language: its file holds only the plural forms.
    QStringList arguments{QStringLiteral("-no-obsolete"),
                          QStringLiteral("-locations"),
                          QStringLiteral("none"),
                          QStringLiteral("-extensions"),
                          QStringLiteral("cpp,h")};
    if (tsFile.endsWith(QLatin1String("_en.ts")))
        arguments.append(QStringLiteral("-pluralonly"));
    arguments << sourceDirectories() << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(LUPDATE_PATH), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    const QList<Message> messages = readMessages(copy);
    QVERIFY(!messages.isEmpty());
    QStringList problems;
    for (const Message &message : messages) {
        const QString where = message.context + QStringLiteral(": \"") + message.source.left(60) + u'"';
        if (!message.type.isEmpty()) {
            problems.append(message.type + QStringLiteral(" — ") + where);
            continue;
        }
        const QSet<QString> wanted = placeholders(message.source);
        for (const QString &form : message.forms) {
            QSet<QString> got = placeholders(form);
            // A plural form may say "one" in words instead of %n ("Eine Warnung").
            QSet<QString> expected = wanted;
            if (message.numerus && !got.contains(QStringLiteral("n")))
                expected.remove(QStringLiteral("n"));
            if (form.isEmpty() || got != expected)
                problems.append(QStringLiteral("placeholders differ — ") + where + QStringLiteral(" → \"") + form
                                + u'"');
        }
    }
    if (!problems.isEmpty()) {
        const QStringList shown = problems.mid(0, 25);
        QFAIL(qPrintable(QStringLiteral("%1 of %2 messages need work (run `cmake --build <dir> --target "
                                        "update_translations`, then translate):\n")
                             .arg(problems.size())
                             .arg(messages.size())
                         + shown.join(u'\n')));
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "testtranslations.moc"
