// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/clock.h"
#include "models/notificationpolicy.h"
#include "ui/theme.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <memory>
#include <optional>

class QSettings;

/// What the operator chose in Settings → Preferences: how often polled lists refresh, how times are written, the
/// alert table's font and density, the default ack and shelve timeouts, the theme (`preferences/`); which alerts
/// give a desktop notification and which sound they make (`notifications/`); the tray (`tray/`); and the wall
/// display (`wall/`). A plain value; load() and save() keep it in QSettings, PreferencesDialog edits it.
///
/// Loading never fails: a missing, unreadable or out-of-range value is replaced by its default (a hand-edited or
/// newer settings file must not keep the console from starting).
struct ConsolePreferences
{
    Q_DECLARE_TR_FUNCTIONS(ConsolePreferences)

public:
    /// Which clock times are written in. Alerta's wire times are UTC; operators mostly compare with a wall clock.
    enum class Zone { Local, Utc };
    /// How a time is written (see PreferredTimeFormat for what each one looks like).
    enum class DateFormat {
        Iso,         ///< `2024-05-01 11:30:00`, the console's format so far: unambiguous, sortable, with seconds
        LocaleShort, ///< the locale's short date and time (no seconds)
        LocaleLong,  ///< the locale's long date and time, with the zone
        Relative,    ///< "5 min ago" (TimeFormat::ago); times in the future fall back to Iso
        Custom,      ///< customPattern, a QDateTime::toString() pattern
    };
    /// Row height of the alert table: Comfortable is the style's own, Compact drops the extra padding.
    enum class Density { Comfortable, Compact };

    /// Bumped when a key changes meaning; load() reads every version up to this one.
    static constexpr int settingsVersion = 1;
    static constexpr int defaultRefreshSeconds = 5; ///< the web UI's AUTO_REFRESH_INTERVAL (5000 ms)
    static constexpr int minRefreshSeconds = 2;
    static constexpr int maxRefreshSeconds = 3600;
    static constexpr int minFontPoints = 6; ///< fontPoints is 0 (the system's size) or minFontPoints..maxFontPoints
    static constexpr int maxFontPoints = 32;
    static constexpr int maxTimeoutMinutes = 365 * 24 * 60; ///< the same bound as the ack/shelve dialog
    static QString defaultCustomPattern() { return QStringLiteral("yyyy-MM-dd HH:mm:ss"); }

    /// Seconds between refreshes of lists that are polled (heartbeats, blackouts, and alerts of a backend without
    /// a stream); a connection profile's own poll interval wins for that connection's alerts.
    int refreshSeconds = defaultRefreshSeconds;
    Zone zone = Zone::Local;
    DateFormat dateFormat = DateFormat::Iso;
    /// The pattern of DateFormat::Custom; kept when another format is chosen so that switching back restores it.
    QString customPattern = defaultCustomPattern();
    /// Point size of the alert table's font; 0 = the system's.
    int fontPoints = 0;
    Density density = Density::Comfortable;
    /// Default ack timeout in minutes; nullopt = the server's default (`/config` `timeouts.ack`). Never 0: a
    /// request timeout of 0 means "the server's default" to Alerta anyway.
    std::optional<int> ackTimeoutMinutes;
    /// Default shelve timeout in minutes; nullopt = the server's default (`/config` `timeouts.shelve`).
    std::optional<int> shelveTimeoutMinutes;
    Theme::Mode theme = Theme::Mode::System;
    /// The language of the console, one of languages(); empty = the system's. Applied at the next start.
    QString language;

    /// The languages the console has translations for, as QLocale names (English is the source language).
    static QStringList languages();
    /// A language's own name ("Deutsch", "Français") for the dialog.
    static QString languageTitle(const QString &language);

    /// Which alerts give a desktop notification (NotificationPolicy's rules). Lists are trimmed, without empty or
    /// repeated entries.
    NotificationRules notifications;
    static constexpr int minStormThreshold = 1;
    static constexpr int maxStormThreshold = 1000;
    static constexpr int minStormWindowSeconds = 1; ///< stormWindow is kept in whole seconds
    static constexpr int maxStormWindowSeconds = 3600;

    /// The sound of a notification per severity: severity → one of soundIds(). A severity that is missing is
    /// silent (there are no empty values); by default every severity is.
    QMap<QString, QString> sounds;
    /// Whether a sound repeats until its alert is acknowledged, rather than playing once.
    bool repeatSoundUntilAcknowledged = false;

    /// Start hidden in the tray (only where the desktop has one: otherwise the window shows as usual).
    bool startInTray = false;
    /// Closing the main window keeps the console running in the tray (where there is one) rather than quitting.
    bool closeToTray = true;

    /// The wall display: the alert list full screen, for a monitor on the wall of an operations room.
    struct Wall
    {
        static constexpr int minPageSeconds = 5;
        static constexpr int maxPageSeconds = 600;
        static constexpr int minRotateSeconds = 10; ///< rotateSeconds is 0 (no rotation) or min..maxRotateSeconds
        static constexpr int maxRotateSeconds = 3600;
        static constexpr int minFontPoints = 12;
        static constexpr int maxFontPoints = 72;

        /// How long each page of an alert list too long for the screen stays before the next one.
        int pageSeconds = 15;
        /// How long each of rotateViews stays before the next one; 0 = no rotation.
        int rotateSeconds = 60;
        /// Names of saved views to rotate through, in order; empty = none (the current filters stay).
        QStringList rotateViews;
        /// QScreen::name() of the monitor for the wall; empty = the screen the window is on.
        QString screenName;
        int fontPoints = 22;

        friend bool operator==(const Wall &, const Wall &) = default;
    };
    Wall wall;

    /// The preferences stored in `settings` (defaults for what is missing or invalid).
    static ConsolePreferences load(const QSettings &settings);
    /// Writes every preference, and the settings version under `preferences/`. Sounds are rewritten as a whole, so
    /// that a severity made silent loses its key.
    void save(QSettings &settings) const;

    /// The timeout (seconds) to offer for an ack: the preference, or `serverDefaultSeconds` (ServerAlarmModel's
    /// ackTimeout) when the server's default is chosen. What CommandDialog takes as its defaultTimeout.
    qint64 ackTimeoutSeconds(qint64 serverDefaultSeconds) const;
    /// As ackTimeoutSeconds(), for a shelve.
    qint64 shelveTimeoutSeconds(qint64 serverDefaultSeconds) const;

    /// `base` with the alert table's point size, if one was chosen.
    QFont tableFont(const QFont &base) const;

    /// `utc` written as chosen, now being the wall clock; empty for an invalid QDateTime. For many times (a table)
    /// build one PreferredTimeFormat instead.
    QString formatTime(const QDateTime &utc) const;

    /// Why `pattern` cannot be a custom date format (translated), or empty when it can: a pattern that writes
    /// nothing, or the same text for any time (no date or time field in it), is refused.
    static QString validateCustomPattern(const QString &pattern);

    // The saved forms of the enums ("local", "localeShort", "compact", ...) and their titles for the dialog.
    static QList<DateFormat> dateFormats();
    static QString zoneKey(Zone zone);
    static std::optional<Zone> zoneFromKey(const QString &key);
    static QString dateFormatKey(DateFormat format);
    static std::optional<DateFormat> dateFormatFromKey(const QString &key);
    static QString dateFormatTitle(DateFormat format);
    static QString densityKey(Density density);
    static std::optional<Density> densityFromKey(const QString &key);
    static QString densityTitle(Density density);

    /// The sounds there are (`:/sounds/<id>.wav`): alarm, siren, chime, beep.
    static QStringList soundIds();
    /// "Alarm", "Siren", ... for the dialog; "None" for "" (silent); an unknown id as it is.
    static QString soundTitle(const QString &id);
    /// `items` trimmed, without empty or repeated entries (the form of the lists of notifications and wall).
    static QStringList cleanList(const QStringList &items);

    /// The sound id of `severity`, or "" when it is silent.
    QString soundFor(const QString &severity) const { return sounds.value(severity); }

    friend bool operator==(const ConsolePreferences &, const ConsolePreferences &) = default;
};

/// Writes times the way ConsolePreferences say: one object for the table, the details pane and the views, so that
/// every place agrees. Builds on TimeFormat (its ISO layout, ago() for relative times and utc() for the exact
/// wire time in tooltips) rather than repeating it.
///
/// The local zone, the locale and the clock are injectable so that tests do not depend on the machine.
class PreferredTimeFormat
{
    Q_DECLARE_TR_FUNCTIONS(PreferredTimeFormat)

public:
    explicit PreferredTimeFormat(const ConsolePreferences &preferences,
                                 std::shared_ptr<const Clock> clock = Clock::system(),
                                 const QTimeZone &localZone = QTimeZone::systemTimeZone(),
                                 const QLocale &locale = QLocale());

    /// `time` (any zone; converted) as chosen; empty for an invalid QDateTime.
    QString format(const QDateTime &time) const;
    /// A wire Timestamp (ms since the epoch, UTC) as chosen; empty for 0 (never), as TimeFormat::local().
    QString format(Timestamp ms) const;
    /// The exact time for a tooltip: the wire form `2024-05-01T09:30:00.000Z` whatever the format (TimeFormat::utc).
    static QString toolTip(Timestamp ms);

    /// The zone times are written in: the local zone or UTC.
    QTimeZone zone() const { return m_zone; }
    /// "UTC" or the local zone's IANA id (e.g. "Europe/Berlin"): for headers and the preferences dialog.
    static QString zoneName(const QTimeZone &zone);

private:
    ConsolePreferences::DateFormat m_format;
    QString m_pattern; ///< the QDateTime pattern of Iso and Custom
    std::shared_ptr<const Clock> m_clock;
    QTimeZone m_zone;
    QLocale m_locale;
};
