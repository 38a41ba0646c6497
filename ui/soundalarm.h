// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alert.h"
#include "core/severitymap.h"
#include "models/notificationpolicy.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QSoundEffect;

/// The NOC's audible alarm: a sound per severity when a notice is given (the desktop notification's companion, for
/// the operator who is not looking at the screen), and optionally the sound again and again until somebody has
/// dealt with the alerts — acknowledged, shelved, closed or removed them — or muted the console. Plays through
/// QSoundEffect, which decodes once and mixes in the sound server, so the GUI thread never waits for audio.
class SoundAlarm final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SoundAlarm)

public:
    /// The sounds shipped with the console, by id (Preferences offers them).
    static QStringList soundIds();
    /// The sound `id` in the console's resources (qrc:/sounds/<id>.wav, which QSoundEffect reads directly), or an
    /// empty URL when `id` is not one of soundIds().
    static QUrl soundUrl(const QString &id);

    explicit SoundAlarm(QObject *parent = nullptr);
    ~SoundAlarm() override;

    /// Severity → sound id; a severity that is missing or maps to "" is silent.
    void setSounds(const QMap<QString, QString> &soundOfSeverity);
    QMap<QString, QString> sounds() const { return m_soundOfSeverity; }
    /// Whether a notice's sound comes back every repeatInterval() while any of its alerts is still open.
    void setRepeatUntilAcknowledged(bool repeat);
    bool repeatUntilAcknowledged() const { return m_repeat; }
    void setRepeatInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds repeatInterval() const;
    /// The server's severity levels: while alerts of several notices wait, the most severe one's sound repeats.
    void setSeverities(const SeverityMap &severities) { m_severities = severities; }

    /// Whether a sound is waiting to be repeated.
    bool isRepeating() const { return !m_waiting.isEmpty(); }

public Q_SLOTS:
    /// Plays the sound of `notice.severity` (nothing when it is silent) and, when repeating, remembers its alerts.
    void play(const Notice &notice);
    /// Changes of the alert list (MainWindow::alertsChanged): alerts that are no longer open stop their repeat.
    void alertsChanged(const QList<Alert> &upserted, const QStringList &removedIds);
    /// A whole new list (MainWindow::alertsReset): what is not open in it any more stops repeating — also an alert
    /// the new filter leaves out, as the window no longer shows it.
    void alertsReset(const QList<Alert> &alerts);
    /// Stops every sound and forgets every repeat (the tray's mute, or the operator's "I heard it").
    void silence();

Q_SIGNALS:
    /// The sound `soundId` started (QSoundEffect is playing it; the sound server hears it milliseconds later).
    void played(const QString &soundId);

private:
    /// A notice still repeating: its sound and its alerts that are still open.
    struct Waiting
    {
        QString soundId;
        int level = -1; ///< of the notice's severity; lower is more severe
        QStringList alertIds;
    };

    QString soundOf(const QString &severity) const;
    QSoundEffect *loaded(const QString &soundId);
    void start(const QString &soundId);
    /// Stops `effect` and lets it go.
    void finish(QSoundEffect *effect);
    void repeat();
    /// Drops `alertId` from every waiting notice.
    void resolve(const QString &alertId);
    /// Forgets the notices left with no open alert; stops repeating when none is left.
    void stopRepeatingIfDone();

    QMap<QString, QString> m_soundOfSeverity;
    SeverityMap m_severities = SeverityMap::alertaDefault();
    bool m_repeat = false;
    QTimer m_repeatTimer;
    QList<Waiting> m_waiting;
    QHash<QString, QSoundEffect *> m_loaded;  ///< by sound id, made on first use, never played: keep samples decoded
    QHash<QString, QSoundEffect *> m_playing; ///< by sound id, while it plays
};
