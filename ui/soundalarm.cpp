// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/soundalarm.h"

#include <QLoggingCategory>
#include <QSet>
#include <QSoundEffect>

#include <algorithm>
#include <limits>

namespace {

Q_LOGGING_CATEGORY(lcSound, "alerta.ui.sound")

// The ids Preferences stores: renaming one would silence every operator who chose it.
const QStringList shippedSounds{QStringLiteral("alarm"),
                                QStringLiteral("siren"),
                                QStringLiteral("chime"),
                                QStringLiteral("beep")};

// Every shipped sound is shorter than 1.5 s; an effect still playing after this is stuck.
constexpr std::chrono::seconds StuckAfter{10};

} // namespace

QStringList SoundAlarm::soundIds()
{
    return shippedSounds;
}

QUrl SoundAlarm::soundUrl(const QString &id)
{
    if (!shippedSounds.contains(id))
        return {};
    return QUrl(QStringLiteral("qrc:/sounds/%1.wav").arg(id));
}

SoundAlarm::SoundAlarm(QObject *parent)
    : QObject(parent)
{
    m_repeatTimer.setInterval(std::chrono::seconds(10));
    connect(&m_repeatTimer, &QTimer::timeout, this, &SoundAlarm::repeat);
}

SoundAlarm::~SoundAlarm() = default;

void SoundAlarm::setSounds(const QMap<QString, QString> &soundOfSeverity)
{
    m_soundOfSeverity = soundOfSeverity;
    // Decoded now, so that the first alarm sounds at once.
    for (const QString &severity : soundOfSeverity.keys()) {
        if (const QString id = soundOf(severity); !id.isEmpty())
            loaded(id);
    }
}

void SoundAlarm::setRepeatUntilAcknowledged(bool repeat)
{
    m_repeat = repeat;
    if (!repeat) {
        m_waiting.clear();
        m_repeatTimer.stop();
    }
}

void SoundAlarm::setRepeatInterval(std::chrono::milliseconds interval)
{
    m_repeatTimer.setInterval(interval);
}

std::chrono::milliseconds SoundAlarm::repeatInterval() const
{
    return m_repeatTimer.intervalAsDuration();
}

QString SoundAlarm::soundOf(const QString &severity) const
{
    const QString id = m_soundOfSeverity.value(severity);
    if (!id.isEmpty() && !shippedSounds.contains(id)) {
        qCWarning(lcSound) << "no sound" << id << "for severity" << severity;
        return {};
    }
    return id;
}

void SoundAlarm::play(const Notice &notice)
{
    const QString id = soundOf(notice.severity);
    if (id.isEmpty())
        return;
    start(id);
    if (m_repeat && !notice.alertIds.isEmpty()) {
        m_waiting.append({id, m_severities.level(notice.severity), notice.alertIds});
        if (!m_repeatTimer.isActive())
            m_repeatTimer.start();
    }
}

QSoundEffect *SoundAlarm::loaded(const QString &soundId)
{
    QSoundEffect *&effect = m_loaded[soundId];
    if (!effect) {
        effect = new QSoundEffect(this);
        connect(effect, &QSoundEffect::statusChanged, this, [effect, soundId] {
            if (effect->status() == QSoundEffect::Error)
                qCWarning(lcSound) << "cannot load sound" << soundId << "from" << effect->source();
        });
        // Decoded in QSoundEffect's loader thread, not here.
        effect->setSource(soundUrl(soundId));
    }
    return effect;
}

void SoundAlarm::start(const QString &soundId)
{
    // A fresh effect (a fresh stream in the sound server) each time: Qt 6.4's PulseAudio sink, restarted for the
    // same effect a few times, can hang in a stream the server never reads, and the alarm would fall silent. The
    // decoded sample is shared through QSoundEffect's cache, which the loaded effect keeps filled.
    loaded(soundId);
    if (QSoundEffect *playing = m_playing.value(soundId))
        finish(playing); // from the start: a new alarm should sound like one
    auto *effect = new QSoundEffect(this);
    m_playing.insert(soundId, effect);
    connect(effect, &QSoundEffect::playingChanged, this, [this, effect, soundId] {
        if (effect->isPlaying())
            Q_EMIT played(soundId);
        else
            finish(effect);
    });
    // Should the stream hang all the same, the next sound must not wait for it.
    QTimer::singleShot(StuckAfter, effect, [this, effect] { finish(effect); });
    effect->setSource(soundUrl(soundId));
    effect->play();
}

void SoundAlarm::finish(QSoundEffect *effect)
{
    for (auto it = m_playing.begin(); it != m_playing.end(); ++it) {
        if (*it == effect) {
            m_playing.erase(it);
            break;
        }
    }
    effect->disconnect(this);
    effect->stop();
    effect->deleteLater();
}

void SoundAlarm::repeat()
{
    if (m_waiting.isEmpty()) {
        m_repeatTimer.stop();
        return;
    }
    // The most severe waiting notice speaks for all (one sound at a time is an alarm; four are a din); the
    // latest of equally severe ones, as the operator heard it last.
    auto worst = std::min_element(m_waiting.crbegin(), m_waiting.crend(), [](const Waiting &a, const Waiting &b) {
        constexpr int unknown = std::numeric_limits<int>::max(); // a severity the server does not know: least
        const int la = a.level < 0 ? unknown : a.level;
        const int lb = b.level < 0 ? unknown : b.level;
        return la < lb;
    });
    start(worst->soundId);
}

void SoundAlarm::resolve(const QString &alertId)
{
    for (Waiting &waiting : m_waiting)
        waiting.alertIds.removeAll(alertId);
}

void SoundAlarm::stopRepeatingIfDone()
{
    m_waiting.removeIf([](const Waiting &waiting) { return waiting.alertIds.isEmpty(); });
    if (m_waiting.isEmpty())
        m_repeatTimer.stop();
}

void SoundAlarm::alertsChanged(const QList<Alert> &upserted, const QStringList &removedIds)
{
    if (m_waiting.isEmpty())
        return;
    for (const Alert &alert : upserted) {
        if (!AlertStatus::isOpen(alert.status))
            resolve(alert.id);
    }
    for (const QString &id : removedIds)
        resolve(id);
    stopRepeatingIfDone();
}

void SoundAlarm::alertsReset(const QList<Alert> &alerts)
{
    if (m_waiting.isEmpty())
        return;
    QSet<QString> open;
    for (const Alert &alert : alerts) {
        if (AlertStatus::isOpen(alert.status))
            open.insert(alert.id);
    }
    for (Waiting &waiting : m_waiting)
        waiting.alertIds.removeIf([&open](const QString &id) { return !open.contains(id); });
    stopRepeatingIfDone();
}

void SoundAlarm::silence()
{
    m_waiting.clear();
    m_repeatTimer.stop();
    const QList<QSoundEffect *> playing = m_playing.values();
    for (QSoundEffect *effect : playing)
        finish(effect);
}
