// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>
#include <memory>

#include "tests/support/testtext.h"
#include "ui/preferences.h"
#include "ui/preferencesdialog.h"

// ConsolePreferences through a temporary INI file (defaults, round trip, fallback for bad values), its time
// formats in a fixed zone (Europe/Berlin, set in main() and by CMake, so that local time differs from UTC and has
// summer time), and the Preferences dialog driven through its controls. No server needed.

using DateFormat = ConsolePreferences::DateFormat;
using Zone = ConsolePreferences::Zone;
using Density = ConsolePreferences::Density;

Q_DECLARE_METATYPE(ConsolePreferences)
Q_DECLARE_METATYPE(DateFormat)
Q_DECLARE_METATYPE(Zone)

/// QCOMPARE's text for a mismatch: every field.
char *toString(const ConsolePreferences &p)
{
    const auto timeout = [](std::optional<int> minutes) {
        return minutes ? QString::number(*minutes) : QStringLiteral("server");
    };
    const QString text = QStringLiteral("{refresh %1, zone %2, format %3 \"%4\", font %5, density %6, ack %7, "
                                        "shelve %8, theme %9}")
                             .arg(QString::number(p.refreshSeconds),
                                  ConsolePreferences::zoneKey(p.zone),
                                  ConsolePreferences::dateFormatKey(p.dateFormat),
                                  p.customPattern,
                                  QString::number(p.fontPoints),
                                  ConsolePreferences::densityKey(p.density),
                                  timeout(p.ackTimeoutMinutes),
                                  timeout(p.shelveTimeoutMinutes),
                                  Theme::key(p.theme));
    return qstrdup(text.toUtf8().constData());
}

namespace {

/// 2024-05-01 09:30:05 UTC: 11:30:05 in Berlin (CEST, +2).
QDateTime summerTime()
{
    return QDateTime(QDate(2024, 5, 1), QTime(9, 30, 5), QTimeZone(0));
}

/// 2024-01-15 09:30:05 UTC: 10:30:05 in Berlin (CET, +1).
QDateTime winterTime()
{
    return QDateTime(QDate(2024, 1, 15), QTime(9, 30, 5), QTimeZone(0));
}

/// Preferences that differ from the defaults in every field.
ConsolePreferences everythingChanged()
{
    ConsolePreferences p;
    p.refreshSeconds = 30;
    p.zone = Zone::Utc;
    p.dateFormat = DateFormat::Custom;
    p.customPattern = qs("dd.MM.yyyy HH:mm");
    p.fontPoints = 14;
    p.density = Density::Compact;
    p.ackTimeoutMinutes = 45;
    p.shelveTimeoutMinutes = 240;
    p.theme = Theme::Mode::Dark;
    return p;
}

} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // ConsolePreferences in QSettings
    void shouldUseDefaultsWhenNothingIsStored();
    void shouldRoundTripThroughSettings_data();
    void shouldRoundTripThroughSettings();
    void shouldFallBackToDefaultsForInvalidValues_data();
    void shouldFallBackToDefaultsForInvalidValues();
    void shouldKeepValidValuesNextToAnInvalidOne();
    void shouldOfferThePreferredTimeoutOrTheServers();
    void shouldSizeTheTableFontOnlyWhenChosen();

    // Time formats
    void shouldFormatTimes_data();
    void shouldFormatTimes();
    void shouldFormatInTheSystemZoneByDefault();
    void shouldWriteNothingForNever();
    void shouldRefuseCustomPatternsWithoutATime_data();
    void shouldRefuseCustomPatternsWithoutATime();

    // PreferencesDialog
    void shouldShowTheCurrentPreferences();
    void shouldEmitExactlyTheChosenValuesOnOk();
    void shouldEmitNothingOnCancel();
    void shouldApplyWithoutClosing();
    void shouldRestoreDefaults();
    void shouldPreviewTheChosenFormatInTheChosenZone();
    void shouldRefuseACustomPatternThatWritesNothing();
    void shouldNameTheServersDefaultTimeouts();
    void shouldKeepTheMessageReadableInTheDarkTheme();

private:
    QString iniPath() const { return m_dir->filePath(qs("console.ini")); }
    std::unique_ptr<QSettings> settings() const { return std::make_unique<QSettings>(iniPath(), QSettings::IniFormat); }
    void openDialog(const ConsolePreferences &current);

    template<typename T>
    T *widget(const char *name) const
    {
        auto *found = m_dialog->findChild<T *>(qs(name));
        if (!found)
            qFatal("no widget named %s", name);
        return found;
    }
    QPushButton *button(const char *name) const { return widget<QPushButton>(name); }
    /// Selects the item of `combo` whose data is `value`, as picking it from the list does.
    void pick(const char *combo, int value) const
    {
        auto *box = widget<QComboBox>(combo);
        const int index = box->findData(value);
        QVERIFY(index >= 0);
        box->setCurrentIndex(index);
    }
    /// Replaces the text of a spin box or line edit by typing.
    void type(const char *name, const QString &text) const
    {
        QWidget *field = widget<QWidget>(name);
        field->setFocus();
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(field, Qt::Key_Delete);
        QTest::keyClicks(field, text);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<PreferencesDialog> m_dialog;
};

void TestPreferences::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // The preview shows five minutes before now: summerTime().
    m_clock = std::make_shared<ManualClock>(summerTime().toMSecsSinceEpoch() + 5 * 60 * 1000);
}

void TestPreferences::cleanup()
{
    m_dialog.reset();
    m_dir.reset();
}

void TestPreferences::openDialog(const ConsolePreferences &current)
{
    m_dialog = std::make_unique<PreferencesDialog>(current);
    m_dialog->setClock(m_clock);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

// ---- ConsolePreferences in QSettings ------------------------------------------------------------------------------

void TestPreferences::shouldUseDefaultsWhenNothingIsStored()
{
    // Given an empty settings file
    const auto stored = settings();

    // When the preferences are loaded
    const ConsolePreferences loaded = ConsolePreferences::load(*stored);

    // Then they are the defaults: the web UI's 5 s refresh, ISO local times, the system's font and theme, and the
    // server's timeouts
    QCOMPARE(loaded, ConsolePreferences());
    QCOMPARE(loaded.refreshSeconds, 5);
    QCOMPARE(loaded.zone, Zone::Local);
    QCOMPARE(loaded.dateFormat, DateFormat::Iso);
    QCOMPARE(loaded.fontPoints, 0);
    QCOMPARE(loaded.density, Density::Comfortable);
    QVERIFY(!loaded.ackTimeoutMinutes.has_value());
    QVERIFY(!loaded.shelveTimeoutMinutes.has_value());
    QCOMPARE(loaded.theme, Theme::Mode::System);
}

void TestPreferences::shouldRoundTripThroughSettings_data()
{
    QTest::addColumn<ConsolePreferences>("preferences");
    QTest::newRow("defaults") << ConsolePreferences();
    QTest::newRow("everything changed") << everythingChanged();
    ConsolePreferences bounds;
    bounds.refreshSeconds = ConsolePreferences::maxRefreshSeconds;
    bounds.fontPoints = ConsolePreferences::minFontPoints;
    bounds.ackTimeoutMinutes = 1;
    bounds.shelveTimeoutMinutes = ConsolePreferences::maxTimeoutMinutes;
    bounds.dateFormat = DateFormat::Relative;
    bounds.theme = Theme::Mode::Light;
    QTest::newRow("bounds") << bounds;
    ConsolePreferences locale;
    locale.refreshSeconds = ConsolePreferences::minRefreshSeconds;
    locale.fontPoints = ConsolePreferences::maxFontPoints;
    locale.dateFormat = DateFormat::LocaleLong;
    QTest::newRow("locale format, smallest refresh, largest font") << locale;
}

void TestPreferences::shouldRoundTripThroughSettings()
{
    QFETCH(ConsolePreferences, preferences);

    // Given preferences saved to an INI file
    {
        const auto stored = settings();
        preferences.save(*stored);
        stored->sync();
        QCOMPARE(stored->status(), QSettings::NoError);
    }

    // When another QSettings reads the file
    const auto reread = settings();
    const ConsolePreferences loaded = ConsolePreferences::load(*reread);

    // Then the same preferences come back, under preferences/ with the settings version
    QCOMPARE(loaded, preferences);
    QCOMPARE(reread->value(qs("preferences/version")).toInt(), ConsolePreferences::settingsVersion);
    QCOMPARE(reread->childGroups(), qsl({"preferences"}));
    QCOMPARE(reread->value(qs("preferences/ackTimeout")).toString(),
             preferences.ackTimeoutMinutes ? QString::number(*preferences.ackTimeoutMinutes) : qs("server"));
}

void TestPreferences::shouldFallBackToDefaultsForInvalidValues_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");

    QTest::newRow("refresh below 2 s") << qs("refreshInterval") << qs("1");
    QTest::newRow("refresh above 1 h") << qs("refreshInterval") << qs("3601");
    QTest::newRow("refresh not a number") << qs("refreshInterval") << qs("often");
    QTest::newRow("refresh fractional") << qs("refreshInterval") << qs("5.5");
    QTest::newRow("refresh empty") << qs("refreshInterval") << QString();
    QTest::newRow("unknown zone") << qs("timeZone") << qs("mars");
    QTest::newRow("zone in capitals") << qs("timeZone") << qs("UTC");
    QTest::newRow("unknown date format") << qs("dateFormat") << qs("fancy");
    QTest::newRow("empty custom pattern") << qs("customDateFormat") << QString();
    QTest::newRow("blank custom pattern") << qs("customDateFormat") << qs("   ");
    QTest::newRow("custom pattern without a time") << qs("customDateFormat") << qs("'noon'");
    QTest::newRow("font below the smallest") << qs("tableFontSize") << qs("3");
    QTest::newRow("font above the largest") << qs("tableFontSize") << qs("33");
    QTest::newRow("negative font") << qs("tableFontSize") << qs("-1");
    QTest::newRow("font not a number") << qs("tableFontSize") << qs("big");
    QTest::newRow("unknown density") << qs("tableDensity") << qs("tiny");
    QTest::newRow("ack timeout 0") << qs("ackTimeout") << qs("0");
    QTest::newRow("negative ack timeout") << qs("ackTimeout") << qs("-5");
    QTest::newRow("ack timeout over a year") << qs("ackTimeout") << qs("525601");
    QTest::newRow("ack timeout not a number") << qs("ackTimeout") << qs("soon");
    QTest::newRow("shelve timeout 0") << qs("shelveTimeout") << qs("0");
    QTest::newRow("shelve timeout huge") << qs("shelveTimeout") << qs("99999999999999");
    QTest::newRow("unknown theme") << qs("theme") << qs("neon");
}

void TestPreferences::shouldFallBackToDefaultsForInvalidValues()
{
    QFETCH(QString, key);
    QFETCH(QString, value);

    // Given a settings file with one bad preference, as a hand edit or another version might leave it
    {
        const auto stored = settings();
        stored->setValue(qs("preferences/version"), 1);
        stored->setValue(qs("preferences/") + key, value);
    }

    // When the preferences are loaded
    const ConsolePreferences loaded = ConsolePreferences::load(*settings());

    // Then that preference is its default (and so are the others, which are missing)
    QCOMPARE(loaded, ConsolePreferences());
}

void TestPreferences::shouldKeepValidValuesNextToAnInvalidOne()
{
    // Given saved preferences, then a garbage refresh interval and a font size out of range written over them
    const ConsolePreferences saved = everythingChanged();
    {
        const auto stored = settings();
        saved.save(*stored);
        stored->setValue(qs("preferences/refreshInterval"), qs("fast"));
        stored->setValue(qs("preferences/tableFontSize"), 200);
    }

    // When the preferences are loaded
    const ConsolePreferences loaded = ConsolePreferences::load(*settings());

    // Then only those two are back to their defaults
    ConsolePreferences expected = saved;
    expected.refreshSeconds = ConsolePreferences::defaultRefreshSeconds;
    expected.fontPoints = 0;
    QCOMPARE(loaded, expected);
}

void TestPreferences::shouldOfferThePreferredTimeoutOrTheServers()
{
    // Given the server's defaults of ACK_TIMEOUT 0 (never) and SHELVE_TIMEOUT 7200 s
    ConsolePreferences p;

    // When no timeout is preferred, then the ack/shelve dialog gets the server's
    QCOMPARE(p.ackTimeoutSeconds(0), qint64(0));
    QCOMPARE(p.shelveTimeoutSeconds(7200), qint64(7200));

    // When 45 and 240 minutes are preferred, then those, in seconds
    p.ackTimeoutMinutes = 45;
    p.shelveTimeoutMinutes = 240;
    QCOMPARE(p.ackTimeoutSeconds(0), qint64(45 * 60));
    QCOMPARE(p.shelveTimeoutSeconds(7200), qint64(240 * 60));
}

void TestPreferences::shouldSizeTheTableFontOnlyWhenChosen()
{
    // Given a base font of 10 pt
    QFont base;
    base.setPointSize(10);
    ConsolePreferences p;

    // When no size is chosen, then the base font; when 14 pt is, then 14 pt
    QCOMPARE(p.tableFont(base).pointSize(), 10);
    p.fontPoints = 14;
    QCOMPARE(p.tableFont(base).pointSize(), 14);
}

// ---- Time formats -------------------------------------------------------------------------------------------------

void TestPreferences::shouldFormatTimes_data()
{
    QTest::addColumn<DateFormat>("format");
    QTest::addColumn<Zone>("zone");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<qint64>("secondsBeforeNow"); ///< now = time + this
    QTest::addColumn<QString>("expected");

    const QString none;
    QTest::newRow("iso, local summer") << DateFormat::Iso << Zone::Local << none << summerTime() << 0LL
                                       << qs("2024-05-01 11:30:05");
    QTest::newRow("iso, local winter") << DateFormat::Iso << Zone::Local << none << winterTime() << 0LL
                                       << qs("2024-01-15 10:30:05");
    QTest::newRow("iso, utc") << DateFormat::Iso << Zone::Utc << none << summerTime() << 0LL
                              << qs("2024-05-01 09:30:05");
    QTest::newRow("iso from another zone") << DateFormat::Iso << Zone::Utc << none
                                           << summerTime().toTimeZone(QTimeZone(QByteArrayLiteral("America/New_York")))
                                           << 0LL << qs("2024-05-01 09:30:05");
    QTest::newRow("locale short, local") << DateFormat::LocaleShort << Zone::Local << none << summerTime() << 0LL
                                         << qs("5/1/24 11:30 AM");
    QTest::newRow("locale short, utc") << DateFormat::LocaleShort << Zone::Utc << none << summerTime() << 0LL
                                       << qs("5/1/24 9:30 AM");
    QTest::newRow("locale long, local") << DateFormat::LocaleLong << Zone::Local << none << summerTime() << 0LL
                                        << qs("Wednesday, May 1, 2024 11:30:05 AM CEST");
    QTest::newRow("locale long, utc") << DateFormat::LocaleLong << Zone::Utc << none << summerTime() << 0LL
                                      << qs("Wednesday, May 1, 2024 9:30:05 AM UTC");
    QTest::newRow("relative, seconds") << DateFormat::Relative << Zone::Local << none << summerTime() << 42LL
                                       << qs("42 s ago");
    QTest::newRow("relative, minutes") << DateFormat::Relative << Zone::Utc << none << summerTime() << 300LL
                                       << qs("5 min ago");
    QTest::newRow("relative, hours") << DateFormat::Relative << Zone::Local << none << summerTime() << 3 * 3600LL
                                     << qs("3 h ago");
    QTest::newRow("relative, clocks slightly apart")
        << DateFormat::Relative << Zone::Local << none << summerTime() << -2LL << qs("just now");
    QTest::newRow("relative, future falls back to iso")
        << DateFormat::Relative << Zone::Local << none << summerTime() << -3600LL << qs("2024-05-01 11:30:05");
    QTest::newRow("custom, local") << DateFormat::Custom << Zone::Local << qs("dd.MM.yyyy HH:mm") << summerTime() << 0LL
                                   << qs("01.05.2024 11:30");
    QTest::newRow("custom with zone, utc")
        << DateFormat::Custom << Zone::Utc << qs("HH:mm:ss t") << summerTime() << 0LL << qs("09:30:05 UTC");
    QTest::newRow("custom with zone, local")
        << DateFormat::Custom << Zone::Local << qs("HH:mm t") << winterTime() << 0LL << qs("10:30 CET");
    QTest::newRow("custom pattern unused by iso")
        << DateFormat::Iso << Zone::Utc << qs("HH:mm") << summerTime() << 0LL << qs("2024-05-01 09:30:05");
}

void TestPreferences::shouldFormatTimes()
{
    QFETCH(DateFormat, format);
    QFETCH(Zone, zone);
    QFETCH(QString, pattern);
    QFETCH(QDateTime, time);
    QFETCH(qint64, secondsBeforeNow);
    QFETCH(QString, expected);

    // Given preferences with that format and zone, Berlin as the local zone, US English, and a fixed now
    ConsolePreferences p;
    p.dateFormat = format;
    p.zone = zone;
    if (!pattern.isEmpty())
        p.customPattern = pattern;
    const auto clock = std::make_shared<ManualClock>(time.toMSecsSinceEpoch() + secondsBeforeNow * 1000);
    const PreferredTimeFormat formatter(p,
                                        clock,
                                        QTimeZone(QByteArrayLiteral("Europe/Berlin")),
                                        QLocale(QLocale::English, QLocale::UnitedStates));

    // When the time is written, as a QDateTime and as a wire Timestamp
    // Then both read as expected
    QCOMPARE(formatter.format(time), expected);
    QCOMPARE(formatter.format(time.toMSecsSinceEpoch()), expected);
}

void TestPreferences::shouldFormatInTheSystemZoneByDefault()
{
    // Given the process's zone Europe/Berlin (TZ) and the default preferences
    QCOMPARE(QTimeZone::systemTimeZoneId(), QByteArrayLiteral("Europe/Berlin"));
    ConsolePreferences p;

    // When a time is written with the defaults, then it is Berlin's wall clock; with UTC, the UTC one
    QCOMPARE(p.formatTime(summerTime()), qs("2024-05-01 11:30:05"));
    p.zone = Zone::Utc;
    QCOMPARE(p.formatTime(summerTime()), qs("2024-05-01 09:30:05"));
    // And the tooltip is the exact wire time whatever the preferences
    QCOMPARE(PreferredTimeFormat::toolTip(summerTime().toMSecsSinceEpoch()), qs("2024-05-01T09:30:05.000Z"));
    QCOMPARE(PreferredTimeFormat::zoneName(QTimeZone::systemTimeZone()), qs("Europe/Berlin"));
}

void TestPreferences::shouldWriteNothingForNever()
{
    // Given any preferences, when "never" (Timestamp 0) or an invalid time is written, then nothing is
    const PreferredTimeFormat formatter(everythingChanged());
    QCOMPARE(formatter.format(Timestamp(0)), QString());
    QCOMPARE(formatter.format(QDateTime()), QString());
}

void TestPreferences::shouldRefuseCustomPatternsWithoutATime_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << qs("  ") << false;
    QTest::newRow("quoted text only") << qs("'at noon'") << false;
    QTest::newRow("punctuation only") << qs("-- ::") << false;
    QTest::newRow("zone only") << qs("t") << false;
    QTest::newRow("iso") << qs("yyyy-MM-dd HH:mm:ss") << true;
    QTest::newRow("time only") << qs("HH:mm") << true;
    QTest::newRow("weekday only") << qs("dddd") << true;
    QTest::newRow("with quoted text") << qs("'day' d") << true;
}

void TestPreferences::shouldRefuseCustomPatternsWithoutATime()
{
    QFETCH(QString, pattern);
    QFETCH(bool, accepted);

    // When a custom pattern is checked, then one that shows no time is refused with a reason
    const QString problem = ConsolePreferences::validateCustomPattern(pattern);
    QCOMPARE(problem.isEmpty(), accepted);
}

// ---- PreferencesDialog --------------------------------------------------------------------------------------------

void TestPreferences::shouldShowTheCurrentPreferences()
{
    // Given preferences that differ from the defaults everywhere
    const ConsolePreferences current = everythingChanged();

    // When the dialog opens on them
    openDialog(current);

    // Then its controls show them
    QCOMPARE(m_dialog->preferences(), current);
    QCOMPARE(widget<QSpinBox>("refreshSpin")->value(), 30);
    QCOMPARE(widget<QComboBox>("zoneCombo")->currentText(), qs("UTC"));
    QCOMPARE(widget<QLineEdit>("customPatternEdit")->text(), qs("dd.MM.yyyy HH:mm"));
    QVERIFY(widget<QLineEdit>("customPatternEdit")->isEnabled());
    QCOMPARE(widget<QSpinBox>("fontSizeSpin")->text(), qs("14 pt"));
    QCOMPARE(widget<QComboBox>("densityCombo")->currentText(), qs("Compact"));
    QCOMPARE(widget<QComboBox>("themeCombo")->currentText(), qs("Dark"));
    QCOMPARE(widget<QSpinBox>("ackTimeoutSpin")->text(), qs("45 min"));
    QCOMPARE(widget<QSpinBox>("shelveTimeoutSpin")->text(), qs("240 min"));
    QCOMPARE(widget<QLabel>("previewLabel")->text(), qs("01.05.2024 09:30"));
    // And nothing to apply yet
    QVERIFY(!button("applyButton")->isEnabled());
    QVERIFY(button("okButton")->isEnabled());
}

void TestPreferences::shouldEmitExactlyTheChosenValuesOnOk()
{
    // Given the dialog on the defaults
    openDialog(ConsolePreferences());
    QSignalSpy applied(m_dialog.get(), &PreferencesDialog::applied);
    QVERIFY(!widget<QLineEdit>("customPatternEdit")->isEnabled());

    // When every control is changed and OK pressed
    type("refreshSpin", qs("30"));
    pick("zoneCombo", static_cast<int>(Zone::Utc));
    pick("dateFormatCombo", static_cast<int>(DateFormat::Custom));
    QVERIFY(widget<QLineEdit>("customPatternEdit")->isEnabled());
    type("customPatternEdit", qs("dd.MM.yyyy HH:mm"));
    type("fontSizeSpin", qs("14"));
    pick("densityCombo", static_cast<int>(Density::Compact));
    pick("themeCombo", static_cast<int>(Theme::Mode::Dark));
    type("ackTimeoutSpin", qs("45"));
    type("shelveTimeoutSpin", qs("240"));
    QVERIFY(button("applyButton")->isEnabled());
    button("okButton")->click();

    // Then applied() carries exactly those values, once, and the dialog closes accepted
    QCOMPARE(applied.size(), 1);
    QCOMPARE(applied.at(0).at(0).value<ConsolePreferences>(), everythingChanged());
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(!m_dialog->isVisible());
}

void TestPreferences::shouldEmitNothingOnCancel()
{
    // Given the dialog with changed controls
    openDialog(ConsolePreferences());
    QSignalSpy applied(m_dialog.get(), &PreferencesDialog::applied);
    type("refreshSpin", qs("60"));
    pick("themeCombo", static_cast<int>(Theme::Mode::Light));

    // When Cancel is pressed
    button("cancelButton")->click();

    // Then nothing is applied and the dialog closes rejected
    QCOMPARE(applied.size(), 0);
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY(!m_dialog->isVisible());
}

void TestPreferences::shouldApplyWithoutClosing()
{
    // Given the dialog with a changed refresh interval
    openDialog(ConsolePreferences());
    QSignalSpy applied(m_dialog.get(), &PreferencesDialog::applied);
    type("refreshSpin", qs("60"));

    // When Apply is pressed
    button("applyButton")->click();

    // Then the preferences are applied and the dialog stays open with nothing left to apply
    QCOMPARE(applied.size(), 1);
    QCOMPARE(applied.at(0).at(0).value<ConsolePreferences>().refreshSeconds, 60);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!button("applyButton")->isEnabled());

    // When OK follows without another change, then nothing is applied twice
    button("okButton")->click();
    QCOMPARE(applied.size(), 1);
    QVERIFY(!m_dialog->isVisible());
}

void TestPreferences::shouldRestoreDefaults()
{
    // Given the dialog on preferences that differ everywhere
    openDialog(everythingChanged());
    QSignalSpy applied(m_dialog.get(), &PreferencesDialog::applied);

    // When Restore Defaults is pressed
    button("restoreDefaultsButton")->click();

    // Then the controls show the defaults, nothing is applied yet, and the custom pattern field is disabled
    QCOMPARE(m_dialog->preferences(), ConsolePreferences());
    QCOMPARE(applied.size(), 0);
    QVERIFY(!widget<QLineEdit>("customPatternEdit")->isEnabled());
    QCOMPARE(widget<QSpinBox>("fontSizeSpin")->text(), qs("System default"));
    QCOMPARE(widget<QSpinBox>("ackTimeoutSpin")->text(), qs("Server default"));

    // When Apply is pressed, then the defaults are applied
    button("applyButton")->click();
    QCOMPARE(applied.size(), 1);
    QCOMPARE(applied.at(0).at(0).value<ConsolePreferences>(), ConsolePreferences());
}

void TestPreferences::shouldPreviewTheChosenFormatInTheChosenZone()
{
    // Given the dialog on the defaults, five minutes after summerTime()
    openDialog(ConsolePreferences());
    auto *preview = widget<QLabel>("previewLabel");

    // Then the preview is ISO in Berlin time
    QCOMPARE(preview->text(), qs("2024-05-01 11:30:05"));

    // When UTC is picked, then it follows the zone
    pick("zoneCombo", static_cast<int>(Zone::Utc));
    QCOMPARE(preview->text(), qs("2024-05-01 09:30:05"));

    // When the relative format is picked, then it is an age
    pick("dateFormatCombo", static_cast<int>(DateFormat::Relative));
    QCOMPARE(preview->text(), qs("5 min ago"));

    // When a custom pattern is typed, then it follows every key
    pick("dateFormatCombo", static_cast<int>(DateFormat::Custom));
    type("customPatternEdit", qs("HH:mm t"));
    QCOMPARE(preview->text(), qs("09:30 UTC"));
    pick("zoneCombo", static_cast<int>(Zone::Local));
    QCOMPARE(preview->text(), qs("11:30 CEST"));

    if (const QString dir = qEnvironmentVariable("ALERTA_SCREENSHOT_DIR"); !dir.isEmpty()) {
        m_dialog->setServerTimeouts(0, 7200);
        type("ackTimeoutSpin", qs("30"));
        button("okButton")->setFocus();       // no text cursor in the picture
        QCoreApplication::sendPostedEvents(); // the group boxes' layout requests, so that the size hint is current
        m_dialog->adjustSize();
        QVERIFY(m_dialog->grab().save(QDir(dir).filePath(qs("preferences.png"))));
    }
}

void TestPreferences::shouldRefuseACustomPatternThatWritesNothing()
{
    // Given the dialog with the custom format chosen
    openDialog(ConsolePreferences());
    QSignalSpy applied(m_dialog.get(), &PreferencesDialog::applied);
    pick("dateFormatCombo", static_cast<int>(DateFormat::Custom));
    auto *validation = widget<QLabel>("validationLabel");
    QVERIFY(!validation->isVisible());

    // When a pattern without any date or time field is typed
    type("customPatternEdit", qs("'soon'"));

    // Then the dialog says why, has no preview, and refuses OK and Apply
    QVERIFY(validation->isVisible());
    QVERIFY2(validation->text().contains(qs("no date or time")), qPrintable(validation->text()));
    QCOMPARE(widget<QLabel>("previewLabel")->text(), QString());
    QVERIFY(!button("okButton")->isEnabled());
    QVERIFY(!button("applyButton")->isEnabled());
    QTest::keyClick(m_dialog.get(), Qt::Key_Return);
    QCOMPARE(applied.size(), 0);
    QVERIFY(m_dialog->isVisible());

    // When the field is emptied, then it says so too
    type("customPatternEdit", QString());
    QVERIFY(validation->isVisible());
    QVERIFY(!button("okButton")->isEnabled());

    // When another format is picked instead, then the half-typed pattern no longer matters
    pick("dateFormatCombo", static_cast<int>(DateFormat::Iso));
    QVERIFY(!validation->isVisible());
    QVERIFY(button("okButton")->isEnabled());
    QCOMPARE(m_dialog->preferences(), ConsolePreferences());

    // When the custom format gets a real pattern, then OK applies it
    pick("dateFormatCombo", static_cast<int>(DateFormat::Custom));
    type("customPatternEdit", qs("HH:mm"));
    QVERIFY(!validation->isVisible());
    button("okButton")->click();
    QCOMPARE(applied.size(), 1);
    QCOMPARE(applied.at(0).at(0).value<ConsolePreferences>().customPattern, qs("HH:mm"));
}

void TestPreferences::shouldNameTheServersDefaultTimeouts()
{
    // Given the dialog on the defaults
    openDialog(ConsolePreferences());

    // When the server's timeouts are known (ACK_TIMEOUT 0, SHELVE_TIMEOUT 7200 s)
    m_dialog->setServerTimeouts(0, 7200);

    // Then "Server default" says what that is
    QCOMPARE(widget<QSpinBox>("ackTimeoutSpin")->text(), qs("Server default (never)"));
    QCOMPARE(widget<QSpinBox>("shelveTimeoutSpin")->text(), qs("Server default (2 h)"));
    QVERIFY(!m_dialog->preferences().shelveTimeoutMinutes.has_value());
}

void TestPreferences::shouldKeepTheMessageReadableInTheDarkTheme()
{
    // Given the dialog showing why a custom pattern is refused
    openDialog(ConsolePreferences());
    pick("dateFormatCombo", static_cast<int>(DateFormat::Custom));
    type("customPatternEdit", qs("'soon'"));
    auto *validation = widget<QLabel>("validationLabel");
    QVERIFY(validation->isVisible());
    QVERIFY(validation->palette().color(QPalette::WindowText).lightness() < 128);

    // When the dark theme is applied while it is open
    Theme::apply(Theme::Mode::Dark);
    const auto restore = qScopeGuard([] { Theme::apply(Theme::Mode::System); });

    // Then the message turns a light red, readable on the dark window
    QTRY_VERIFY_WITH_TIMEOUT(validation->palette().color(QPalette::WindowText).lightness() > 128, 30000);
    QVERIFY(m_dialog->palette().color(QPalette::Window).lightness() < 128);
}

int main(int argc, char **argv)
{
    // Before anything reads the zone: local time is Berlin's, whatever the machine's (CMake sets it as well).
    qputenv("TZ", "Europe/Berlin");
    tzset();
    QApplication app(argc, argv);
    TestPreferences test;
    return QTest::qExec(&test, argc, argv);
}

#include "testpreferences.moc"
