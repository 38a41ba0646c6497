// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/preferences.h"

#include <algorithm>

#include <QSettings>

#include "models/timeformat.h"
#include "ui/soundalarm.h"

namespace {

// Keys under preferences/. The group is spelled out because load() gets a const QSettings (no beginGroup()).
const QString versionKey = QStringLiteral("preferences/version");
const QString refreshKey = QStringLiteral("preferences/refreshInterval");
const QString zoneKeyName = QStringLiteral("preferences/timeZone");
const QString dateFormatKeyName = QStringLiteral("preferences/dateFormat");
const QString customPatternKey = QStringLiteral("preferences/customDateFormat");
const QString fontKey = QStringLiteral("preferences/tableFontSize");
const QString densityKeyName = QStringLiteral("preferences/tableDensity");
const QString ackTimeoutKey = QStringLiteral("preferences/ackTimeout");
const QString shelveTimeoutKey = QStringLiteral("preferences/shelveTimeout");
const QString themeKey = QStringLiteral("preferences/theme");
const QString languageKey = QStringLiteral("preferences/language");
// notifications/, tray/ and wall/: groups of their own, as a hand edit looks for them there.
const QString severitiesKey = QStringLiteral("notifications/severities");
const QString environmentsKey = QStringLiteral("notifications/environments");
const QString servicesKey = QStringLiteral("notifications/services");
const QString customersKey = QStringLiteral("notifications/customers");
const QString quietHoursKey = QStringLiteral("notifications/quietHours");
const QString quietFromKey = QStringLiteral("notifications/quietFrom");
const QString quietToKey = QStringLiteral("notifications/quietTo");
const QString stormThresholdKey = QStringLiteral("notifications/stormThreshold");
const QString stormWindowKey = QStringLiteral("notifications/stormWindowSeconds");
const QString soundsGroup = QStringLiteral("notifications/sounds"); ///< one key per severity
const QString repeatSoundKey = QStringLiteral("notifications/repeatSoundUntilAcknowledged");
const QString startInTrayKey = QStringLiteral("tray/startInTray");
const QString closeToTrayKey = QStringLiteral("tray/closeToTray");
const QString wallPageKey = QStringLiteral("wall/pageSeconds");
const QString wallRotateKey = QStringLiteral("wall/rotateSeconds");
const QString wallViewsKey = QStringLiteral("wall/rotateViews");
const QString wallScreenKey = QStringLiteral("wall/screen");
const QString wallFontKey = QStringLiteral("wall/fontSize");
const QString timeFormat = QStringLiteral("HH:mm");
const QString timeFormatWithSeconds = QStringLiteral("HH:mm:ss");
/// The stored form of "the server's default" timeout; anything else is minutes.
const QString serverDefault = QStringLiteral("server");

/// An integer setting within [min, max]; nullopt for a missing, non-integer or out-of-range value.
std::optional<int> intIn(const QSettings &settings, const QString &key, int min, int max)
{
    const QVariant value = settings.value(key);
    if (!value.isValid())
        return std::nullopt;
    bool ok = false;
    // Through QString: an INI file gives strings, and QVariant's toInt() would accept "5.9" from a double.
    const int number = value.toString().trimmed().toInt(&ok);
    if (!ok || number < min || number > max)
        return std::nullopt;
    return number;
}

std::optional<int> timeoutFrom(const QSettings &settings, const QString &key)
{
    return intIn(settings, key, 1, ConsolePreferences::maxTimeoutMinutes);
}

QVariant timeoutValue(std::optional<int> minutes)
{
    return minutes ? QVariant(*minutes) : QVariant(serverDefault);
}

/// A boolean setting: `true`/`false` (what QSettings writes) or 1/0; nullopt for anything else.
std::optional<bool> boolIn(const QSettings &settings, const QString &key)
{
    const QVariant value = settings.value(key);
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    // QVariant's toBool() would take any text but "false" and "0" for true: a typo must not turn a choice on.
    const QString text = value.toString().trimmed().toLower();
    if (text == u"true" || text == u"1")
        return true;
    if (text == u"false" || text == u"0")
        return false;
    return std::nullopt;
}

/// A list setting, trimmed, without empty or repeated entries; nullopt when the key is missing or holds nothing but
/// blanks. An empty list is stored as @Invalid() in an INI file, read back as an invalid value under a key that
/// exists.
std::optional<QStringList> listIn(const QSettings &settings, const QString &key)
{
    if (!settings.contains(key))
        return std::nullopt;
    const QStringList stored = settings.value(key).toStringList();
    QStringList clean = ConsolePreferences::cleanList(stored);
    // `severities=` or `severities= , ` is a hand edit gone wrong rather than "every severity".
    if (clean.isEmpty() && !stored.isEmpty())
        return std::nullopt;
    return clean;
}

/// A time of day as `HH:mm` or `HH:mm:ss`; nullopt for anything else.
std::optional<QTime> timeIn(const QSettings &settings, const QString &key)
{
    const QString text = settings.value(key).toString().trimmed();
    for (const QString &format : {timeFormat, timeFormatWithSeconds}) {
        const QTime time = QTime::fromString(text, format);
        if (time.isValid())
            return time;
    }
    return std::nullopt;
}

QString timeValue(const QTime &time)
{
    return time.toString(time.second() == 0 ? timeFormat : timeFormatWithSeconds);
}

template<typename Enum>
Enum enumFrom(const QSettings &settings,
              const QString &key,
              std::optional<Enum> (*fromKey)(const QString &),
              Enum fallback)
{
    return fromKey(settings.value(key).toString()).value_or(fallback);
}

/// QTimeZone::utc() arrived in Qt 6.5.
QTimeZone utcZone()
{
    return QTimeZone(0);
}

} // namespace

ConsolePreferences ConsolePreferences::load(const QSettings &settings)
{
    const ConsolePreferences defaults;
    ConsolePreferences p;
    // Version 1 is the first; a newer file is read for the keys this version knows, each one still validated.
    p.refreshSeconds = intIn(settings, refreshKey, minRefreshSeconds, maxRefreshSeconds).value_or(p.refreshSeconds);
    p.zone = enumFrom(settings, zoneKeyName, &zoneFromKey, defaults.zone);
    p.dateFormat = enumFrom(settings, dateFormatKeyName, &dateFormatFromKey, defaults.dateFormat);
    const QString pattern = settings.value(customPatternKey).toString();
    if (validateCustomPattern(pattern).isEmpty())
        p.customPattern = pattern;
    const std::optional<int> font = intIn(settings, fontKey, 0, maxFontPoints);
    p.fontPoints = font && (*font == 0 || *font >= minFontPoints) ? *font : defaults.fontPoints;
    p.density = enumFrom(settings, densityKeyName, &densityFromKey, defaults.density);
    p.ackTimeoutMinutes = timeoutFrom(settings, ackTimeoutKey);
    p.shelveTimeoutMinutes = timeoutFrom(settings, shelveTimeoutKey);
    const QString theme = settings.value(themeKey).toString();
    p.theme = Theme::fromKey(theme); // System for anything unknown, which is also the default
    const QString language = settings.value(languageKey).toString().trimmed();
    if (languages().contains(language))
        p.language = language; // else the system's

    NotificationRules &rules = p.notifications;
    rules.severities = listIn(settings, severitiesKey).value_or(rules.severities);
    rules.environments = listIn(settings, environmentsKey).value_or(rules.environments);
    rules.services = listIn(settings, servicesKey).value_or(rules.services);
    rules.customers = listIn(settings, customersKey).value_or(rules.customers);
    rules.quietHours = boolIn(settings, quietHoursKey).value_or(rules.quietHours);
    rules.quietFrom = timeIn(settings, quietFromKey).value_or(rules.quietFrom);
    rules.quietTo = timeIn(settings, quietToKey).value_or(rules.quietTo);
    rules.stormThreshold =
        intIn(settings, stormThresholdKey, minStormThreshold, maxStormThreshold).value_or(rules.stormThreshold);
    if (const auto window = intIn(settings, stormWindowKey, minStormWindowSeconds, maxStormWindowSeconds))
        rules.stormWindow = std::chrono::seconds(*window);

    // Every key under notifications/sounds/ is a severity; a sound that is not one of ours is silence.
    const QString soundsPrefix = soundsGroup + u'/';
    const QStringList soundIdList = soundIds();
    for (const QString &key : settings.allKeys()) {
        if (!key.startsWith(soundsPrefix))
            continue;
        const QString severity = key.mid(soundsPrefix.size());
        const QString sound = settings.value(key).toString().trimmed();
        if (!severity.isEmpty() && !severity.contains(u'/') && soundIdList.contains(sound))
            p.sounds.insert(severity, sound);
    }
    p.repeatSoundUntilAcknowledged = boolIn(settings, repeatSoundKey).value_or(p.repeatSoundUntilAcknowledged);

    p.startInTray = boolIn(settings, startInTrayKey).value_or(p.startInTray);
    p.closeToTray = boolIn(settings, closeToTrayKey).value_or(p.closeToTray);

    Wall &wall = p.wall;
    wall.pageSeconds =
        intIn(settings, wallPageKey, Wall::minPageSeconds, Wall::maxPageSeconds).value_or(wall.pageSeconds);
    const std::optional<int> rotate = intIn(settings, wallRotateKey, 0, Wall::maxRotateSeconds);
    if (rotate && (*rotate == 0 || *rotate >= Wall::minRotateSeconds))
        wall.rotateSeconds = *rotate;
    wall.rotateViews = listIn(settings, wallViewsKey).value_or(wall.rotateViews);
    wall.screenName = settings.value(wallScreenKey).toString().trimmed();
    wall.fontPoints = intIn(settings, wallFontKey, Wall::minFontPoints, Wall::maxFontPoints).value_or(wall.fontPoints);
    return p;
}

void ConsolePreferences::save(QSettings &settings) const
{
    settings.setValue(versionKey, settingsVersion);
    settings.setValue(refreshKey, refreshSeconds);
    settings.setValue(zoneKeyName, zoneKey(zone));
    settings.setValue(dateFormatKeyName, dateFormatKey(dateFormat));
    settings.setValue(customPatternKey, customPattern);
    settings.setValue(fontKey, fontPoints);
    settings.setValue(densityKeyName, densityKey(density));
    settings.setValue(ackTimeoutKey, timeoutValue(ackTimeoutMinutes));
    settings.setValue(shelveTimeoutKey, timeoutValue(shelveTimeoutMinutes));
    settings.setValue(themeKey, Theme::key(theme));
    settings.setValue(languageKey, language);

    settings.setValue(severitiesKey, notifications.severities);
    settings.setValue(environmentsKey, notifications.environments);
    settings.setValue(servicesKey, notifications.services);
    settings.setValue(customersKey, notifications.customers);
    settings.setValue(quietHoursKey, notifications.quietHours);
    settings.setValue(quietFromKey, timeValue(notifications.quietFrom));
    settings.setValue(quietToKey, timeValue(notifications.quietTo));
    settings.setValue(stormThresholdKey, notifications.stormThreshold);
    settings.setValue(stormWindowKey,
                      qint64(std::chrono::duration_cast<std::chrono::seconds>(notifications.stormWindow).count()));
    settings.remove(soundsGroup);
    for (auto it = sounds.cbegin(); it != sounds.cend(); ++it) {
        // A '/' would make a group of its own, which load() does not read back.
        if (!it.key().isEmpty() && !it.key().contains(u'/') && !it.value().isEmpty())
            settings.setValue(soundsGroup + u'/' + it.key(), it.value());
    }
    settings.setValue(repeatSoundKey, repeatSoundUntilAcknowledged);

    settings.setValue(startInTrayKey, startInTray);
    settings.setValue(closeToTrayKey, closeToTray);

    settings.setValue(wallPageKey, wall.pageSeconds);
    settings.setValue(wallRotateKey, wall.rotateSeconds);
    settings.setValue(wallViewsKey, wall.rotateViews);
    settings.setValue(wallScreenKey, wall.screenName);
    settings.setValue(wallFontKey, wall.fontPoints);
}

qint64 ConsolePreferences::ackTimeoutSeconds(qint64 serverDefaultSeconds) const
{
    return ackTimeoutMinutes ? qint64(*ackTimeoutMinutes) * 60 : serverDefaultSeconds;
}

qint64 ConsolePreferences::shelveTimeoutSeconds(qint64 serverDefaultSeconds) const
{
    return shelveTimeoutMinutes ? qint64(*shelveTimeoutMinutes) * 60 : serverDefaultSeconds;
}

QFont ConsolePreferences::tableFont(const QFont &base) const
{
    QFont font = base;
    if (fontPoints > 0)
        font.setPointSize(fontPoints);
    return font;
}

QString ConsolePreferences::formatTime(const QDateTime &utc) const
{
    return PreferredTimeFormat(*this).format(utc);
}

QString ConsolePreferences::validateCustomPattern(const QString &pattern)
{
    if (pattern.trimmed().isEmpty())
        return tr("Enter a date format, e.g. yyyy-MM-dd HH:mm:ss.");
    // Two times that differ in every field (year, month, day, weekday, hour, AM/PM, minute, second, ms): a pattern
    // that writes both the same shows no time at all.
    const QDateTime first(QDate(2001, 2, 3), QTime(4, 5, 6, 7), utcZone());
    const QDateTime second(QDate(2012, 11, 22), QTime(15, 16, 17, 890), utcZone());
    const QString firstText = first.toString(pattern);
    if (firstText.trimmed().isEmpty())
        return tr("The date format “%1” writes nothing.").arg(pattern);
    if (firstText == second.toString(pattern))
        return tr("The date format “%1” has no date or time in it: use fields such as yyyy, MM, dd, HH, mm and ss.")
            .arg(pattern);
    return {};
}

QList<ConsolePreferences::DateFormat> ConsolePreferences::dateFormats()
{
    return {DateFormat::Iso, DateFormat::LocaleShort, DateFormat::LocaleLong, DateFormat::Relative, DateFormat::Custom};
}

QString ConsolePreferences::zoneKey(Zone zone)
{
    return zone == Zone::Utc ? QStringLiteral("utc") : QStringLiteral("local");
}

std::optional<ConsolePreferences::Zone> ConsolePreferences::zoneFromKey(const QString &key)
{
    for (const Zone zone : {Zone::Local, Zone::Utc}) {
        if (zoneKey(zone) == key)
            return zone;
    }
    return std::nullopt;
}

QString ConsolePreferences::dateFormatKey(DateFormat format)
{
    switch (format) {
    case DateFormat::LocaleShort:
        return QStringLiteral("localeShort");
    case DateFormat::LocaleLong:
        return QStringLiteral("localeLong");
    case DateFormat::Relative:
        return QStringLiteral("relative");
    case DateFormat::Custom:
        return QStringLiteral("custom");
    case DateFormat::Iso:
        break;
    }
    return QStringLiteral("iso");
}

std::optional<ConsolePreferences::DateFormat> ConsolePreferences::dateFormatFromKey(const QString &key)
{
    for (const DateFormat format : dateFormats()) {
        if (dateFormatKey(format) == key)
            return format;
    }
    return std::nullopt;
}

QString ConsolePreferences::dateFormatTitle(DateFormat format)
{
    switch (format) {
    case DateFormat::LocaleShort:
        return tr("Short (language settings)");
    case DateFormat::LocaleLong:
        return tr("Long (language settings)");
    case DateFormat::Relative:
        return tr("Relative (“5 min ago”)");
    case DateFormat::Custom:
        return tr("Custom");
    case DateFormat::Iso:
        break;
    }
    return tr("ISO (2024-05-01 11:30:00)");
}

QString ConsolePreferences::densityKey(Density density)
{
    return density == Density::Compact ? QStringLiteral("compact") : QStringLiteral("comfortable");
}

std::optional<ConsolePreferences::Density> ConsolePreferences::densityFromKey(const QString &key)
{
    for (const Density density : {Density::Comfortable, Density::Compact}) {
        if (densityKey(density) == key)
            return density;
    }
    return std::nullopt;
}

QString ConsolePreferences::densityTitle(Density density)
{
    return density == Density::Compact ? tr("Compact") : tr("Comfortable");
}

QStringList ConsolePreferences::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString ConsolePreferences::languageTitle(const QString &language)
{
    const QLocale locale(language);
    // Each in its own language, capitalised as menus show it: "English", "Deutsch", "Français".
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = locale.toUpper(name.left(1)).at(0);
    return name;
}

QStringList ConsolePreferences::soundIds()
{
    return SoundAlarm::soundIds(); // the sounds the console ships
}

QString ConsolePreferences::soundTitle(const QString &id)
{
    if (id.isEmpty())
        return tr("None");
    if (id == u"alarm")
        return tr("Alarm");
    if (id == u"siren")
        return tr("Siren");
    if (id == u"chime")
        return tr("Chime");
    if (id == u"beep")
        return tr("Beep");
    return id;
}

QStringList ConsolePreferences::cleanList(const QStringList &items)
{
    QStringList clean;
    for (const QString &item : items) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty() && !clean.contains(trimmed))
            clean.append(trimmed);
    }
    return clean;
}

PreferredTimeFormat::PreferredTimeFormat(const ConsolePreferences &preferences,
                                         std::shared_ptr<const Clock> clock,
                                         const QTimeZone &localZone,
                                         const QLocale &locale)
    : m_format(preferences.dateFormat)
    , m_pattern(preferences.dateFormat == ConsolePreferences::DateFormat::Custom
                    ? preferences.customPattern
                    : ConsolePreferences::defaultCustomPattern())
    , m_clock(std::move(clock))
    , m_zone(preferences.zone == ConsolePreferences::Zone::Utc ? utcZone() : localZone)
    , m_locale(locale)
{}

QString PreferredTimeFormat::format(const QDateTime &time) const
{
    if (!time.isValid())
        return {};
    const QDateTime inZone = time.toTimeZone(m_zone);
    switch (m_format) {
    case ConsolePreferences::DateFormat::LocaleShort:
        return m_locale.toString(inZone, QLocale::ShortFormat);
    case ConsolePreferences::DateFormat::LocaleLong:
        return m_locale.toString(inZone, QLocale::LongFormat);
    case ConsolePreferences::DateFormat::Relative: {
        const qint64 ageMs = m_clock->now() - time.toMSecsSinceEpoch();
        // A blackout's end or a timeout is in the future, where "ago" would lie; clocks a few seconds apart are not.
        if (ageMs > -5000)
            return TimeFormat::ago(std::max<qint64>(ageMs, 0) / 1000);
        break;
    }
    case ConsolePreferences::DateFormat::Iso:
    case ConsolePreferences::DateFormat::Custom:
        break;
    }
    return inZone.toString(m_pattern);
}

QString PreferredTimeFormat::format(Timestamp ms) const
{
    return ms == 0 ? QString() : format(QDateTime::fromMSecsSinceEpoch(ms, utcZone()));
}

QString PreferredTimeFormat::toolTip(Timestamp ms)
{
    return TimeFormat::utc(ms);
}

QString PreferredTimeFormat::zoneName(const QTimeZone &zone)
{
    if (zone.id() == utcZone().id())
        return tr("UTC");
    return QString::fromUtf8(zone.id());
}
