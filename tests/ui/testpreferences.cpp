// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

#include <ctime>
#include <memory>

#include "tests/support/testtext.h"
#include "ui/preferences.h"
#include "ui/preferencesdialog.h"

// ConsolePreferences through a temporary INI file (defaults, round trip, fallback for bad values), its time
// formats in a fixed zone (Europe/Berlin, set in main() and by CMake, so that local time differs from UTC and has
// summer time), and the Preferences dialog driven through its controls on all three tabs (the offscreen platform
// has one screen). No server needed.

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
    const NotificationRules &n = p.notifications;
    QStringList sounds;
    for (auto it = p.sounds.cbegin(); it != p.sounds.cend(); ++it)
        sounds.append(it.key() + u'=' + it.value());
    const QString notifications =
        QStringLiteral(" {severities [%1], environments [%2], services [%3], customers [%4], quiet %5 %6-%7, storm "
                       "%8 in %9 ms, sounds [%10], repeat %11, start in tray %12, close to tray %13}")
            .arg(n.severities.join(u','),
                 n.environments.join(u','),
                 n.services.join(u','),
                 n.customers.join(u','),
                 n.quietHours ? qs("on") : qs("off"),
                 n.quietFrom.toString(qs("HH:mm:ss")),
                 n.quietTo.toString(qs("HH:mm:ss")),
                 QString::number(n.stormThreshold),
                 QString::number(n.stormWindow.count()))
            .arg(sounds.join(u','),
                 p.repeatSoundUntilAcknowledged ? qs("yes") : qs("no"),
                 p.startInTray ? qs("yes") : qs("no"),
                 p.closeToTray ? qs("yes") : qs("no"));
    const QString wall = QStringLiteral(" {wall page %1 s, rotate %2 s [%3], screen \"%4\", font %5}")
                             .arg(QString::number(p.wall.pageSeconds),
                                  QString::number(p.wall.rotateSeconds),
                                  p.wall.rotateViews.join(u','),
                                  p.wall.screenName,
                                  QString::number(p.wall.fontPoints));
    return qstrdup((text + notifications + wall).toUtf8().constData());
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
    p.language = qs("de");
    NotificationRules &n = p.notifications;
    n.severities = qsl({"security", "minor"});
    n.environments = qsl({"Production", "Staging"});
    n.services = qsl({"Web"});
    n.customers = qsl({"ACME"});
    n.quietHours = true;
    n.quietFrom = QTime(23, 30);
    n.quietTo = QTime(6, 15);
    n.stormThreshold = 10;
    n.stormWindow = std::chrono::seconds(30);
    p.sounds = {{qs("critical"), qs("siren")}, {qs("warning"), qs("chime")}};
    p.repeatSoundUntilAcknowledged = true;
    p.startInTray = true;
    p.closeToTray = false;
    p.wall.pageSeconds = 30;
    p.wall.rotateSeconds = 120;
    p.wall.rotateViews = qsl({"Databases", "Network"});
    p.wall.screenName = qs("HDMI-2");
    p.wall.fontPoints = 40;
    return p;
}

/// The severities of Alerta's alarm model that the Notifications tab lists, most severe first.
QStringList nonNormalSeverities()
{
    return qsl({"security",
                "critical",
                "major",
                "minor",
                "warning",
                "indeterminate",
                "informational",
                "debug",
                "trace",
                "unknown"});
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
    void shouldKeepAnEmptyListApartFromAMissingOne();
    void shouldForgetTheSoundOfASeverityMadeSilent();
    void shouldNameTheSounds();
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
    void shouldArrangeTheControlsOnThreeTabs();
    void shouldListEveryNonNormalSeverityWithASound();
    void shouldKeepASeverityItDoesNotList();
    void shouldTrimCommaSeparatedNames();
    void shouldEnableQuietTimesOnlyWithQuietHours();
    void shouldKeepAScreenThatIsNotConnected();
    void shouldDropSavedViewsThatVanished();
    void shouldSayWhenThereAreNoSavedViews();
    void shouldShowNoRotation();

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
    /// Selects the item of `combo` whose text is (or starts with) `text`.
    void pickText(const char *combo, const QString &text, Qt::MatchFlags flags = Qt::MatchExactly) const
    {
        auto *box = widget<QComboBox>(combo);
        const int index = box->findText(text, flags);
        QVERIFY2(index >= 0, combo);
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
    // critical and major notify, silently; the tray keeps the console when the window closes; the wall pages every
    // 15 s and rotates every minute through no view, in 22 pt on the window's screen
    QCOMPARE(loaded.notifications, NotificationRules());
    QCOMPARE(loaded.notifications.severities, qsl({"critical", "major"}));
    QVERIFY(loaded.sounds.isEmpty());
    QCOMPARE(loaded.soundFor(qs("critical")), QString());
    QVERIFY(!loaded.repeatSoundUntilAcknowledged);
    QVERIFY(!loaded.startInTray);
    QVERIFY(loaded.closeToTray);
    QCOMPARE(loaded.wall.pageSeconds, 15);
    QCOMPARE(loaded.wall.rotateSeconds, 60);
    QVERIFY(loaded.wall.rotateViews.isEmpty());
    QCOMPARE(loaded.wall.screenName, QString());
    QCOMPARE(loaded.wall.fontPoints, 22);
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
    ConsolePreferences lowest;
    lowest.notifications.severities.clear(); // every non-normal severity
    lowest.notifications.environments = qsl({"Production"});
    lowest.notifications.quietFrom = QTime(0, 0);
    lowest.notifications.quietTo = QTime(23, 59, 30);
    lowest.notifications.stormThreshold = ConsolePreferences::minStormThreshold;
    lowest.notifications.stormWindow = std::chrono::seconds(ConsolePreferences::minStormWindowSeconds);
    lowest.sounds = {{qs("major"), qs("beep")}};
    lowest.wall.pageSeconds = ConsolePreferences::Wall::minPageSeconds;
    lowest.wall.rotateSeconds = 0;
    lowest.wall.rotateViews = qsl({"Only view, with a comma"});
    lowest.wall.fontPoints = ConsolePreferences::Wall::minFontPoints;
    QTest::newRow("every severity, no rotation, lowest bounds") << lowest;
    ConsolePreferences highest;
    highest.notifications.stormThreshold = ConsolePreferences::maxStormThreshold;
    highest.notifications.stormWindow = std::chrono::seconds(ConsolePreferences::maxStormWindowSeconds);
    highest.sounds = {{qs("security"), qs("alarm")}, {qs("critical"), qs("alarm")}, {qs("fatal"), qs("siren")}};
    highest.wall.pageSeconds = ConsolePreferences::Wall::maxPageSeconds;
    highest.wall.rotateSeconds = ConsolePreferences::Wall::minRotateSeconds;
    highest.wall.fontPoints = ConsolePreferences::Wall::maxFontPoints;
    QTest::newRow("highest bounds, shortest rotation") << highest;
    ConsolePreferences longest;
    longest.wall.rotateSeconds = ConsolePreferences::Wall::maxRotateSeconds;
    QTest::newRow("longest rotation") << longest;
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

    // Then the same preferences come back, under preferences/ with the settings version, notifications/, tray/ and
    // wall/
    QCOMPARE(loaded, preferences);
    QCOMPARE(reread->value(qs("preferences/version")).toInt(), ConsolePreferences::settingsVersion);
    QStringList groups = reread->childGroups();
    groups.sort();
    QCOMPARE(groups, qsl({"notifications", "preferences", "tray", "wall"}));
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
    QTest::newRow("language without a translation") << qs("language") << qs("xx");
    // Keys with a group of their own are given in full.
    QTest::newRow("blank severities") << qs("notifications/severities") << qs("   ");
    QTest::newRow("empty severities text") << qs("notifications/severities") << QString();
    QTest::newRow("blank environments") << qs("notifications/environments") << qs(" ");
    QTest::newRow("quiet hours yes") << qs("notifications/quietHours") << qs("yes");
    QTest::newRow("quiet hours 2") << qs("notifications/quietHours") << qs("2");
    QTest::newRow("quiet from 25:00") << qs("notifications/quietFrom") << qs("25:00");
    QTest::newRow("quiet from an hour alone") << qs("notifications/quietFrom") << qs("7");
    QTest::newRow("quiet from a word") << qs("notifications/quietFrom") << qs("late");
    QTest::newRow("quiet to 07:60") << qs("notifications/quietTo") << qs("07:60");
    QTest::newRow("storm threshold 0") << qs("notifications/stormThreshold") << qs("0");
    QTest::newRow("storm threshold above 1000") << qs("notifications/stormThreshold") << qs("1001");
    QTest::newRow("storm threshold a word") << qs("notifications/stormThreshold") << qs("many");
    QTest::newRow("storm window 0") << qs("notifications/stormWindowSeconds") << qs("0");
    QTest::newRow("storm window above 1 h") << qs("notifications/stormWindowSeconds") << qs("3601");
    QTest::newRow("storm window fractional") << qs("notifications/stormWindowSeconds") << qs("1.5");
    QTest::newRow("unknown sound") << qs("notifications/sounds/critical") << qs("trumpet");
    QTest::newRow("sound in capitals") << qs("notifications/sounds/critical") << qs("Alarm");
    QTest::newRow("empty sound") << qs("notifications/sounds/critical") << QString();
    QTest::newRow("repeat maybe") << qs("notifications/repeatSoundUntilAcknowledged") << qs("maybe");
    QTest::newRow("start in tray 2") << qs("tray/startInTray") << qs("2");
    QTest::newRow("close to tray no") << qs("tray/closeToTray") << qs("no");
    QTest::newRow("close to tray empty") << qs("tray/closeToTray") << QString();
    QTest::newRow("page below 5 s") << qs("wall/pageSeconds") << qs("4");
    QTest::newRow("page above 10 min") << qs("wall/pageSeconds") << qs("601");
    QTest::newRow("page a word") << qs("wall/pageSeconds") << qs("slow");
    QTest::newRow("rotation below 10 s") << qs("wall/rotateSeconds") << qs("9");
    QTest::newRow("rotation of 1 s") << qs("wall/rotateSeconds") << qs("1");
    QTest::newRow("negative rotation") << qs("wall/rotateSeconds") << qs("-1");
    QTest::newRow("rotation above 1 h") << qs("wall/rotateSeconds") << qs("3601");
    QTest::newRow("wall font below 12") << qs("wall/fontSize") << qs("11");
    QTest::newRow("wall font above 72") << qs("wall/fontSize") << qs("73");
    QTest::newRow("blank rotate views") << qs("wall/rotateViews") << qs("  ");
    QTest::newRow("blank screen") << qs("wall/screen") << qs("  ");
}

void TestPreferences::shouldFallBackToDefaultsForInvalidValues()
{
    QFETCH(QString, key);
    QFETCH(QString, value);

    // Given a settings file with one bad preference, as a hand edit or another version might leave it
    {
        const auto stored = settings();
        stored->setValue(qs("preferences/version"), 1);
        stored->setValue(key.contains(u'/') ? key : qs("preferences/") + key, value);
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
        // and the same for a storm window, a quiet hour, a sound and a wall page time
        stored->setValue(qs("notifications/stormWindowSeconds"), qs("long"));
        stored->setValue(qs("notifications/quietTo"), qs("6.15"));
        stored->setValue(qs("notifications/sounds/warning"), qs("gong"));
        stored->setValue(qs("wall/pageSeconds"), 0);
    }

    // When the preferences are loaded
    const ConsolePreferences loaded = ConsolePreferences::load(*settings());

    // Then only those are back to their defaults (a sound's default is silence)
    ConsolePreferences expected = saved;
    expected.refreshSeconds = ConsolePreferences::defaultRefreshSeconds;
    expected.fontPoints = 0;
    expected.notifications.stormWindow = NotificationRules().stormWindow;
    expected.notifications.quietTo = NotificationRules().quietTo;
    expected.sounds.remove(qs("warning"));
    expected.wall.pageSeconds = ConsolePreferences::Wall().pageSeconds;
    QCOMPARE(loaded, expected);
}

void TestPreferences::shouldKeepAnEmptyListApartFromAMissingOne()
{
    // Given preferences that notify of every non-normal severity (no severity chosen), saved
    ConsolePreferences every;
    every.notifications.severities.clear();
    {
        const auto stored = settings();
        every.save(*stored);
    }
    // Then the key is there, as QSettings writes an empty list
    QVERIFY(settings()->contains(qs("notifications/severities")));

    // When they are loaded, then the list is still empty rather than the default critical and major
    QVERIFY(ConsolePreferences::load(*settings()).notifications.severities.isEmpty());

    // When the key is removed, then the default comes back
    settings()->remove(qs("notifications/severities"));
    QCOMPARE(ConsolePreferences::load(*settings()).notifications.severities, qsl({"critical", "major"}));

    // When a hand edit leaves spaces and repeats in a list, then the names are trimmed and kept once
    settings()->setValue(qs("wall/rotateViews"), qsl({" Network", "", "Databases "}));
    {
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::Append | QIODevice::Text));
        file.write("\n[notifications]\nenvironments= Production , Staging,Production,\nseverities= , \n");
    }
    const ConsolePreferences loaded = ConsolePreferences::load(*settings());
    QCOMPARE(loaded.notifications.environments, qsl({"Production", "Staging"}));
    QCOMPARE(loaded.wall.rotateViews, qsl({"Network", "Databases"}));
    // and a list of nothing but commas is no choice at all: the default
    QCOMPARE(loaded.notifications.severities, qsl({"critical", "major"}));
}

void TestPreferences::shouldForgetTheSoundOfASeverityMadeSilent()
{
    // Given a sound for critical and one for major, saved
    ConsolePreferences p;
    p.sounds = {{qs("critical"), qs("alarm")}, {qs("major"), qs("chime")}};
    {
        const auto stored = settings();
        p.save(*stored);
    }
    QCOMPARE(settings()->value(qs("notifications/sounds/critical")).toString(), qs("alarm"));

    // When critical is made silent and the preferences saved again
    p.sounds.remove(qs("critical"));
    {
        const auto stored = settings();
        p.save(*stored);
    }

    // Then its key is gone and it loads silent, while major keeps its chime
    const auto reread = settings();
    QVERIFY(!reread->contains(qs("notifications/sounds/critical")));
    const ConsolePreferences loaded = ConsolePreferences::load(*reread);
    QCOMPARE(loaded.soundFor(qs("critical")), QString());
    QCOMPARE(loaded.soundFor(qs("major")), qs("chime"));
    QCOMPARE(loaded, p);
}

void TestPreferences::shouldNameTheSounds()
{
    // The player's files are :/sounds/<id>.wav: the ids are fixed, the titles translated
    QCOMPARE(ConsolePreferences::soundIds(), qsl({"alarm", "siren", "chime", "beep"}));
    QCOMPARE(ConsolePreferences::soundTitle(QString()), qs("None"));
    QCOMPARE(ConsolePreferences::soundTitle(qs("alarm")), qs("Alarm"));
    QCOMPARE(ConsolePreferences::soundTitle(qs("siren")), qs("Siren"));
    QCOMPARE(ConsolePreferences::soundTitle(qs("chime")), qs("Chime"));
    QCOMPARE(ConsolePreferences::soundTitle(qs("beep")), qs("Beep"));
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
    // And on the Notifications tab
    for (const QString &severity : nonNormalSeverities()) {
        const bool chosen = severity == u"security" || severity == u"minor";
        QCOMPARE(widget<QCheckBox>(qPrintable(u"severityCheck_" + severity))->isChecked(), chosen);
    }
    QCOMPARE(widget<QComboBox>("soundCombo_critical")->currentText(), qs("Siren"));
    QCOMPARE(widget<QComboBox>("soundCombo_warning")->currentText(), qs("Chime"));
    QCOMPARE(widget<QComboBox>("soundCombo_major")->currentText(), qs("None"));
    QVERIFY(widget<QCheckBox>("repeatSoundCheck")->isChecked());
    QCOMPARE(widget<QLineEdit>("environmentsEdit")->text(), qs("Production, Staging"));
    QCOMPARE(widget<QLineEdit>("servicesEdit")->text(), qs("Web"));
    QCOMPARE(widget<QLineEdit>("customersEdit")->text(), qs("ACME"));
    QVERIFY(widget<QCheckBox>("quietHoursCheck")->isChecked());
    QCOMPARE(widget<QTimeEdit>("quietFromEdit")->text(), qs("23:30"));
    QCOMPARE(widget<QTimeEdit>("quietToEdit")->text(), qs("06:15"));
    QCOMPARE(widget<QSpinBox>("stormThresholdSpin")->value(), 10);
    QCOMPARE(widget<QSpinBox>("stormWindowSpin")->text(), qs("30 s"));
    QVERIFY(widget<QCheckBox>("startInTrayCheck")->isChecked());
    QVERIFY(!widget<QCheckBox>("closeToTrayCheck")->isChecked());
    // And on the Wall display tab (the saved views not known yet: the chosen ones are listed)
    QCOMPARE(widget<QComboBox>("screenCombo")->currentText(), qs("HDMI-2 (not connected)"));
    QCOMPARE(widget<QSpinBox>("wallFontSpin")->text(), qs("40 pt"));
    QCOMPARE(widget<QSpinBox>("pageSecondsSpin")->text(), qs("30 s"));
    QCOMPARE(widget<QSpinBox>("rotateSecondsSpin")->text(), qs("120 s"));
    auto *views = widget<QListWidget>("rotateViewsList");
    QCOMPARE(views->count(), 2);
    QCOMPARE(views->item(0)->text(), qs("Databases"));
    QCOMPARE(views->item(0)->checkState(), Qt::Checked);
    QCOMPARE(views->item(1)->checkState(), Qt::Checked);
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
    pickText("languageCombo", qs("Deutsch"));
    type("ackTimeoutSpin", qs("45"));
    type("shelveTimeoutSpin", qs("240"));
    widget<QTabWidget>("preferencesTabs")->setCurrentIndex(1);
    for (const char *severity : {"security", "critical", "major", "minor"})
        widget<QCheckBox>(qPrintable(u"severityCheck_" + qs(severity)))->click();
    pickText("soundCombo_critical", qs("Siren"));
    pickText("soundCombo_warning", qs("Chime"));
    widget<QCheckBox>("repeatSoundCheck")->click();
    type("environmentsEdit", qs("Production, Staging"));
    type("servicesEdit", qs("Web"));
    type("customersEdit", qs("ACME"));
    QVERIFY(!widget<QTimeEdit>("quietFromEdit")->isEnabled());
    widget<QCheckBox>("quietHoursCheck")->click();
    QVERIFY(widget<QTimeEdit>("quietFromEdit")->isEnabled());
    widget<QTimeEdit>("quietFromEdit")->setTime(QTime(23, 30));
    widget<QTimeEdit>("quietToEdit")->setTime(QTime(6, 15));
    type("stormThresholdSpin", qs("10"));
    type("stormWindowSpin", qs("30"));
    widget<QCheckBox>("startInTrayCheck")->click();
    widget<QCheckBox>("closeToTrayCheck")->click();
    widget<QTabWidget>("preferencesTabs")->setCurrentIndex(2);
    m_dialog->setSavedViewNames(qsl({"Databases", "Network", "Storage"}));
    const QString screen = QGuiApplication::primaryScreen()->name();
    pickText("screenCombo", screen, Qt::MatchStartsWith);
    type("wallFontSpin", qs("40"));
    type("pageSecondsSpin", qs("30"));
    type("rotateSecondsSpin", qs("120"));
    auto *views = widget<QListWidget>("rotateViewsList");
    for (int row : {0, 1})
        views->item(row)->setCheckState(Qt::Checked);
    QVERIFY(button("applyButton")->isEnabled());
    button("okButton")->click();

    // Then applied() carries exactly those values (the wall on the one screen there is), once, and the dialog
    // closes accepted
    ConsolePreferences expected = everythingChanged();
    expected.wall.screenName = screen;
    QCOMPARE(applied.size(), 1);
    QCOMPARE(applied.at(0).at(0).value<ConsolePreferences>(), expected);
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
    // on every tab
    QVERIFY(widget<QCheckBox>("severityCheck_critical")->isChecked());
    QVERIFY(!widget<QCheckBox>("severityCheck_security")->isChecked());
    QCOMPARE(widget<QComboBox>("soundCombo_critical")->currentText(), qs("None"));
    QCOMPARE(widget<QLineEdit>("environmentsEdit")->text(), QString());
    QVERIFY(!widget<QTimeEdit>("quietFromEdit")->isEnabled());
    QVERIFY(widget<QCheckBox>("closeToTrayCheck")->isChecked());
    QCOMPARE(widget<QComboBox>("screenCombo")->currentText(), qs("Window's current screen"));
    QCOMPARE(widget<QSpinBox>("wallFontSpin")->text(), qs("22 pt"));
    QCOMPARE(widget<QSpinBox>("rotateSecondsSpin")->text(), qs("60 s"));
    QCOMPARE(widget<QListWidget>("rotateViewsList")->count(), 0);

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
        // As the console opens it: the server's timeouts and the saved views known before it shows.
        m_dialog = std::make_unique<PreferencesDialog>(ConsolePreferences());
        m_dialog->setClock(m_clock);
        m_dialog->setServerTimeouts(0, 7200);
        m_dialog->setSavedViewNames(qsl({"Databases", "Network", "Storage"}));
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        pick("dateFormatCombo", static_cast<int>(DateFormat::Custom));
        type("customPatternEdit", qs("HH:mm t"));
        type("ackTimeoutSpin", qs("30"));
        button("okButton")->setFocus();       // no text cursor in the picture
        QCoreApplication::sendPostedEvents(); // the group boxes' layout requests, so that the size hint is current
        m_dialog->adjustSize();
        auto *tabs = widget<QTabWidget>("preferencesTabs");
        const QStringList names = qsl({"preferences.png", "preferences-notifications.png", "preferences-wall.png"});
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QVERIFY(m_dialog->grab().save(QDir(dir).filePath(names.at(tab))));
        }
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

void TestPreferences::shouldArrangeTheControlsOnThreeTabs()
{
    // Given the dialog
    openDialog(ConsolePreferences());
    auto *tabs = widget<QTabWidget>("preferencesTabs");

    // Then it has the tabs General, Notifications and Wall display, with the earlier groups on General
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->tabText(0), qs("&General"));
    QCOMPARE(tabs->tabText(1), qs("&Notifications"));
    QCOMPARE(tabs->tabText(2), qs("&Wall display"));
    for (const char *name : {"refreshSpin", "zoneCombo", "fontSizeSpin", "themeCombo", "shelveTimeoutSpin"})
        QVERIFY2(tabs->widget(0)->isAncestorOf(widget<QWidget>(name)), name);
    for (const char *name : {"severityCheck_critical",
                             "soundCombo_critical",
                             "repeatSoundCheck",
                             "environmentsEdit",
                             "servicesEdit",
                             "customersEdit",
                             "quietHoursCheck",
                             "quietFromEdit",
                             "quietToEdit",
                             "stormThresholdSpin",
                             "stormWindowSpin",
                             "startInTrayCheck",
                             "closeToTrayCheck"})
        QVERIFY2(tabs->widget(1)->isAncestorOf(widget<QWidget>(name)), name);
    for (const char *name : {"screenCombo", "wallFontSpin", "pageSecondsSpin", "rotateSecondsSpin", "rotateViewsList"})
        QVERIFY2(tabs->widget(2)->isAncestorOf(widget<QWidget>(name)), name);
    // And the list edits say that they take names separated by commas, empty meaning any
    QCOMPARE(widget<QLineEdit>("servicesEdit")->placeholderText(), qs("Any (comma-separated)"));
}

void TestPreferences::shouldListEveryNonNormalSeverityWithASound()
{
    // Given the dialog on the defaults
    openDialog(ConsolePreferences());

    // Then every non-normal severity of Alerta's model has a row, most severe first, and the normal ones none
    QStringList listed;
    for (const QCheckBox *check : m_dialog->findChildren<QCheckBox *>()) {
        if (check->objectName().startsWith(u"severityCheck_"))
            listed.append(check->text());
    }
    QCOMPARE(listed, nonNormalSeverities());
    QVERIFY(!m_dialog->findChild<QCheckBox *>(qs("severityCheck_normal")));
    // And each sound combo offers silence and the four sounds
    auto *sound = widget<QComboBox>("soundCombo_security");
    QStringList offered;
    for (int i = 0; i < sound->count(); ++i)
        offered.append(sound->itemData(i).toString());
    QCOMPARE(offered, QStringList({QString()}) + ConsolePreferences::soundIds());

    // When no severity is checked, then none is chosen (every non-normal one notifies)
    widget<QCheckBox>("severityCheck_critical")->click();
    widget<QCheckBox>("severityCheck_major")->click();
    QVERIFY(m_dialog->preferences().notifications.severities.isEmpty());
}

void TestPreferences::shouldKeepASeverityItDoesNotList()
{
    // Given preferences of a server with a severity of its own, chosen and with a sound
    ConsolePreferences current;
    current.notifications.severities = qsl({"fatal"});
    current.sounds = {{qs("fatal"), qs("alarm")}, {qs("page"), qs("beep")}};

    // When the dialog opens on them
    openDialog(current);

    // Then both have rows, and nothing is lost
    QVERIFY(widget<QCheckBox>("severityCheck_fatal")->isChecked());
    QCOMPARE(widget<QComboBox>("soundCombo_fatal")->currentText(), qs("Alarm"));
    QVERIFY(!widget<QCheckBox>("severityCheck_page")->isChecked());
    QCOMPARE(widget<QComboBox>("soundCombo_page")->currentText(), qs("Beep"));
    QCOMPARE(m_dialog->preferences(), current);
    QVERIFY(!button("applyButton")->isEnabled());
}

void TestPreferences::shouldTrimCommaSeparatedNames()
{
    // Given the dialog on the Notifications tab
    openDialog(ConsolePreferences());
    widget<QTabWidget>("preferencesTabs")->setCurrentIndex(1);

    // When names are typed with spaces, empty entries and a repeat
    type("environmentsEdit", qs(" Production , ,Staging,Production,"));
    type("customersEdit", qs(" , "));

    // Then they are trimmed, without the empty and repeated ones; only commas is no name at all
    QCOMPARE(m_dialog->preferences().notifications.environments, qsl({"Production", "Staging"}));
    QVERIFY(m_dialog->preferences().notifications.customers.isEmpty());
}

void TestPreferences::shouldEnableQuietTimesOnlyWithQuietHours()
{
    // Given the dialog on the defaults (no quiet hours, 22:00 to 07:00)
    openDialog(ConsolePreferences());
    widget<QTabWidget>("preferencesTabs")->setCurrentIndex(1);
    auto *from = widget<QTimeEdit>("quietFromEdit");
    QVERIFY(!from->isEnabled());
    QCOMPARE(from->text(), qs("22:00"));

    // When quiet hours are turned on, then the times can be edited and are applied
    widget<QCheckBox>("quietHoursCheck")->click();
    QVERIFY(from->isEnabled());
    QVERIFY(widget<QTimeEdit>("quietToEdit")->isEnabled());
    QVERIFY(m_dialog->preferences().notifications.quietHours);
    QVERIFY(button("applyButton")->isEnabled());
}

void TestPreferences::shouldKeepAScreenThatIsNotConnected()
{
    // Given preferences with the wall on a monitor that is not plugged in
    ConsolePreferences current;
    current.wall.screenName = qs("DP-7");

    // When the dialog opens on them
    openDialog(current);
    auto *screens = widget<QComboBox>("screenCombo");

    // Then it is listed as not connected, chosen, and kept
    QCOMPARE(screens->currentText(), qs("DP-7 (not connected)"));
    QCOMPARE(m_dialog->preferences().wall.screenName, qs("DP-7"));
    QVERIFY(!button("applyButton")->isEnabled());
    // And the others are the window's current screen and every connected screen
    QCOMPARE(screens->count(), QGuiApplication::screens().size() + 2);
    QCOMPARE(screens->itemText(0), qs("Window's current screen"));
    QCOMPARE(screens->itemData(1).toString(), QGuiApplication::screens().at(0)->name());

    // When the window's current screen is picked, then no screen is named
    screens->setCurrentIndex(0);
    QCOMPARE(m_dialog->preferences().wall.screenName, QString());
    // And DP-7 stays in the list, to be picked again
    QCOMPARE(screens->findData(qs("DP-7")), screens->count() - 1);
}

void TestPreferences::shouldDropSavedViewsThatVanished()
{
    // Given the dialog on a rotation through Network and Gone, with Network unchecked already
    ConsolePreferences current;
    current.wall.rotateViews = qsl({"Network", "Gone", "Storage"});
    openDialog(current);
    QSignalSpy applied(m_dialog.get(), &PreferencesDialog::applied);
    auto *views = widget<QListWidget>("rotateViewsList");
    QCOMPARE(views->count(), 3);
    views->item(2)->setCheckState(Qt::Unchecked);
    QCOMPARE(m_dialog->preferences().wall.rotateViews, qsl({"Network", "Gone"}));

    // When the saved views turn out to be Databases, Network and Storage (Gone was deleted)
    m_dialog->setSavedViewNames(qsl({"Databases", "Network", "Storage"}));

    // Then those are listed in their order, Network checked, Storage still unchecked, and Gone no longer chosen
    QCOMPARE(views->count(), 3);
    QCOMPARE(views->item(0)->text(), qs("Databases"));
    QCOMPARE(views->item(0)->checkState(), Qt::Unchecked);
    QCOMPARE(views->item(1)->checkState(), Qt::Checked);
    QCOMPARE(views->item(2)->checkState(), Qt::Unchecked);
    QCOMPARE(m_dialog->preferences().wall.rotateViews, qsl({"Network"}));

    // When Databases is checked and OK pressed, then the rotation is Databases and Network
    views->item(0)->setCheckState(Qt::Checked);
    button("okButton")->click();
    QCOMPARE(applied.size(), 1);
    QCOMPARE(applied.at(0).at(0).value<ConsolePreferences>().wall.rotateViews, qsl({"Databases", "Network"}));
}

void TestPreferences::shouldSayWhenThereAreNoSavedViews()
{
    // Given the dialog on the Wall display tab
    openDialog(ConsolePreferences());
    widget<QTabWidget>("preferencesTabs")->setCurrentIndex(2);
    auto *none = widget<QLabel>("noSavedViewsLabel");
    QVERIFY(!none->isVisible());

    // When there are no saved views, then it says how to make one
    m_dialog->setSavedViewNames({});
    QVERIFY(none->isVisible());

    // When there are some, then it does not
    m_dialog->setSavedViewNames(qsl({"Network"}));
    QVERIFY(!none->isVisible());
    QCOMPARE(widget<QListWidget>("rotateViewsList")->count(), 1);
}

void TestPreferences::shouldShowNoRotation()
{
    // Given preferences without rotation
    ConsolePreferences current;
    current.wall.rotateSeconds = 0;
    current.wall.rotateViews = qsl({"Network"});

    // When the dialog opens on them, then it says so, and the views cannot be checked
    openDialog(current);
    widget<QTabWidget>("preferencesTabs")->setCurrentIndex(2);
    auto *rotate = widget<QSpinBox>("rotateSecondsSpin");
    QCOMPARE(rotate->text(), qs("No rotation"));
    QVERIFY(!widget<QListWidget>("rotateViewsList")->isEnabled());
    QCOMPARE(m_dialog->preferences(), current);

    // When a time below the shortest is typed, then it is no rotation still: nothing invalid can be entered
    type("rotateSecondsSpin", qs("5"));
    QCOMPARE(m_dialog->preferences().wall.rotateSeconds, 0);

    // When 30 s is typed, then the views rotate every 30 s
    type("rotateSecondsSpin", qs("30"));
    QCOMPARE(m_dialog->preferences().wall.rotateSeconds, 30);
    QVERIFY(widget<QListWidget>("rotateViewsList")->isEnabled());
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
