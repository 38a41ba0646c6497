// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
// SoundAlarm through a real sound server: PulseAudio with a null sink, which tests/support/audiosession.sh starts
// around this executable. That the sound really plays is read back from the server: the test process's stream
// among the sink's inputs (pactl), and non-silent samples recorded from the sink's monitor (parec).
#include "tests/support/testtext.h"
#include "ui/soundalarm.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cstdlib>
#include <memory>

namespace {

constexpr int WaitMs = 10000;
/// Well above the null sink's digital silence (0) and below every shipped sound's peak (0.6 of full scale).
constexpr int AudibleLevel = 2000;

/// Records the null sink's monitor (what everything plays, mixed) and keeps the loudest sample since clear().
class MonitorRecorder
{
public:
    MonitorRecorder()
    {
        QObject::connect(&m_parec, &QProcess::readyReadStandardOutput, [this] { read(); });
        m_parec.start(qs("parec"),
                      {qs("--device=@DEFAULT_MONITOR@"),
                       qs("--raw"),
                       qs("--format=s16le"),
                       qs("--rate=48000"),
                       qs("--channels=1"),
                       qs("--latency-msec=20")});
    }
    ~MonitorRecorder()
    {
        m_parec.terminate();
        m_parec.waitForFinished(WaitMs);
    }
    /// Whether parec records: the null sink plays silence all the time, so a live recording grows.
    bool isRecording() const { return m_bytes > 0; }
    int peak() const { return m_peak; }
    void clear() { m_peak = 0; }

private:
    void read()
    {
        m_pending += m_parec.readAllStandardOutput();
        m_bytes += m_pending.size();
        const qsizetype whole = m_pending.size() & ~qsizetype(1);
        for (qsizetype i = 0; i < whole; i += 2) {
            const auto sample = qint16(quint8(m_pending[i]) | (quint8(m_pending[i + 1]) << 8));
            m_peak = std::max(m_peak, std::abs(int(sample)));
        }
        m_pending.remove(0, whole);
    }

    QProcess m_parec;
    QByteArray m_pending;
    qint64 m_bytes = 0;
    int m_peak = 0;
};

Notice notice(const QString &severity, const QStringList &ids)
{
    Notice n;
    n.title = qs("%1: NodeDown on web01").arg(severity);
    n.severity = severity;
    n.environment = qs("Production");
    n.alertIds = ids;
    return n;
}

Alert alert(const QString &id, const QString &status)
{
    Alert a;
    a.id = id;
    a.severity = qs("critical");
    a.status = status;
    return a;
}

QMap<QString, QString> oneSoundEach()
{
    return {{qs("critical"), qs("siren")},
            {qs("major"), qs("alarm")},
            {qs("minor"), qs("chime")},
            {qs("warning"), qs("beep")}};
}

/// The streams this process plays into the sound server now (libpulse names the process in each).
int streamsOfThisProcess()
{
    QProcess pactl;
    pactl.start(qs("pactl"), {qs("list"), qs("sink-inputs")});
    if (!pactl.waitForFinished(WaitMs) || pactl.exitCode() != 0) {
        qWarning() << "pactl failed:" << pactl.readAllStandardError();
        return -1;
    }
    const QByteArray mine =
        "application.process.id = \"" + QByteArray::number(QCoreApplication::applicationPid()) + '"';
    return int(pactl.readAllStandardOutput().count(mine));
}

QStringList ids(const QSignalSpy &played)
{
    QStringList result;
    for (const QList<QVariant> &arguments : played)
        result.append(arguments.first().toString());
    return result;
}

} // namespace

class TestSoundAlarm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void shouldShipEachSoundAsAShortMonoWave_data();
    void shouldShipEachSoundAsAShortMonoWave();
    void shouldPlayTheSoundOfTheSeverity_data();
    void shouldPlayTheSoundOfTheSeverity();
    void shouldStayQuietForASilentSeverity();
    void shouldRepeatUntilEveryAlertIsDealtWith_data();
    void shouldRepeatUntilEveryAlertIsDealtWith();
    void shouldRepeatTheMostSevereWaitingSound();
    void shouldNotRepeatWhenNotAsked();
    void shouldStopEverythingWhenSilenced();

private:
    std::unique_ptr<MonitorRecorder> m_recorder;
};

void TestSoundAlarm::initTestCase()
{
    QProcess pactl;
    pactl.start(qs("pactl"), {qs("info")});
    QVERIFY(pactl.waitForFinished(WaitMs));
    QVERIFY2(pactl.exitCode() == 0, "no sound server: run through tests/support/audiosession.sh");
    // One recording for all tests: the idle null sink first delivers after up to 2 s (its longest latency).
    m_recorder = std::make_unique<MonitorRecorder>();
    QTRY_VERIFY_WITH_TIMEOUT(m_recorder->isRecording(), WaitMs);
}

void TestSoundAlarm::cleanupTestCase()
{
    m_recorder.reset();
}

void TestSoundAlarm::init()
{
    m_recorder->clear();
}

void TestSoundAlarm::cleanup()
{
    // Each test starts with nothing playing (a sound of the last one would be heard in the next).
    QTRY_COMPARE_WITH_TIMEOUT(streamsOfThisProcess(), 0, WaitMs);
    QTest::qWait(100); // what parec recorded before the stream ended (it records in 20 ms fragments)
}

void TestSoundAlarm::shouldShipEachSoundAsAShortMonoWave_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : SoundAlarm::soundIds())
        QTest::newRow(qPrintable(id)) << id;
}

void TestSoundAlarm::shouldShipEachSoundAsAShortMonoWave()
{
    QFETCH(QString, id);
    QFile file(qs(":/sounds/%1.wav").arg(id));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray wav = file.readAll();
    // The canonical 44-byte header generate.py writes (wave module): RIFF, fmt chunk, then data.
    QVERIFY(wav.size() > 44);
    QCOMPARE(wav.left(4), QByteArray("RIFF"));
    QCOMPARE(wav.mid(8, 8), QByteArray("WAVEfmt "));
    QDataStream in(wav.mid(20, 24));
    in.setByteOrder(QDataStream::LittleEndian);
    quint16 format, channels, blockAlign, bits;
    quint32 rate, byteRate, dataSize;
    QByteArray dataTag(4, '\0');
    in >> format >> channels >> rate >> byteRate >> blockAlign >> bits;
    in.readRawData(dataTag.data(), 4);
    in >> dataSize;
    QCOMPARE(format, quint16(1)); // PCM
    QCOMPARE(channels, quint16(1));
    QVERIFY(rate == 44100 || rate == 48000);
    QCOMPARE(bits, quint16(16));
    QCOMPARE(dataTag, QByteArray("data"));
    QCOMPARE(qsizetype(dataSize), wav.size() - 44);
    QVERIFY(dataSize / 2.0 / rate < 1.5);
    QCOMPARE(SoundAlarm::soundUrl(id).isEmpty(), false);
    QCOMPARE(SoundAlarm::soundUrl(qs("fanfare")), QUrl());
}

void TestSoundAlarm::shouldPlayTheSoundOfTheSeverity_data()
{
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("sound");
    QTest::newRow("critical: siren") << qs("critical") << qs("siren");
    QTest::newRow("major: alarm") << qs("major") << qs("alarm");
    QTest::newRow("minor: chime") << qs("minor") << qs("chime");
    QTest::newRow("warning: beep") << qs("warning") << qs("beep");
}

void TestSoundAlarm::shouldPlayTheSoundOfTheSeverity()
{
    QFETCH(QString, severity);
    QFETCH(QString, sound);
    // Given: a sound for each of four severities
    SoundAlarm alarm;
    alarm.setSounds(oneSoundEach());
    QSignalSpy played(&alarm, &SoundAlarm::played);

    // When: a notice of one of them is given
    alarm.play(notice(severity, {qs("a1")}));

    // Then: that severity's sound plays, once, really: a stream of this process in the server, audible on the sink
    QTRY_COMPARE_WITH_TIMEOUT(played.count(), 1, WaitMs);
    QCOMPARE(played.first().first().toString(), sound);
    QTRY_COMPARE_WITH_TIMEOUT(streamsOfThisProcess(), 1, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_recorder->peak() > AudibleLevel, WaitMs);
    QVERIFY(!alarm.isRepeating());
}

void TestSoundAlarm::shouldStayQuietForASilentSeverity()
{
    // Given: minor chosen silent, warning not mentioned
    SoundAlarm alarm;
    alarm.setSounds({{qs("critical"), qs("beep")}, {qs("minor"), QString()}});
    alarm.setRepeatUntilAcknowledged(true);
    QSignalSpy played(&alarm, &SoundAlarm::played);

    // When: notices of both are given
    alarm.play(notice(qs("minor"), {qs("a1")}));
    alarm.play(notice(qs("warning"), {qs("a2")}));

    // Then: nothing plays and nothing waits to be repeated...
    QVERIFY(!alarm.isRepeating());
    QCOMPARE(streamsOfThisProcess(), 0);
    // ...which a sound given afterwards shows: it is the only one played
    alarm.play(notice(qs("critical"), {qs("a3")}));
    QTRY_COMPARE_WITH_TIMEOUT(played.count(), 1, WaitMs);
    QCOMPARE(ids(played), QStringList{qs("beep")});
    QTRY_VERIFY_WITH_TIMEOUT(m_recorder->peak() > AudibleLevel, WaitMs);
    alarm.silence();
}

void TestSoundAlarm::shouldRepeatUntilEveryAlertIsDealtWith_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("acknowledged") << qs("ack");
    QTest::newRow("shelved") << qs("shelved");
    QTest::newRow("closed") << qs("closed");
    QTest::newRow("removed") << qs("removed");
    QTest::newRow("gone from a new list") << qs("reset");
}

void TestSoundAlarm::shouldRepeatUntilEveryAlertIsDealtWith()
{
    QFETCH(QString, how);
    // Given: repeating every 400 ms, a notice of two open alerts
    SoundAlarm alarm;
    alarm.setSounds(oneSoundEach());
    alarm.setRepeatUntilAcknowledged(true);
    alarm.setRepeatInterval(std::chrono::milliseconds(400));
    QSignalSpy played(&alarm, &SoundAlarm::played);
    alarm.play(notice(qs("warning"), {qs("a1"), qs("a2")}));
    QVERIFY(alarm.isRepeating());

    // Then: the sound comes again and again
    QTRY_VERIFY_WITH_TIMEOUT(played.count() >= 3, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_recorder->peak() > AudibleLevel, WaitMs);

    // When: one alert is dealt with, and the other changes but stays open
    auto dealtWith = [&](const QString &id) {
        if (how == qs("removed"))
            alarm.alertsChanged({}, {id});
        else if (how == qs("reset"))
            alarm.alertsReset(
                {alert(id == qs("a1") ? qs("a2") : qs("a1"), AlertStatus::Open), alert(qs("a9"), AlertStatus::Open)});
        else
            alarm.alertsChanged({alert(id, how)}, {});
    };
    dealtWith(qs("a1"));
    alarm.alertsChanged({alert(qs("a2"), AlertStatus::Assign)}, {});

    // Then: it still repeats, for the other, audibly
    QVERIFY(alarm.isRepeating());
    const qsizetype before = played.count();
    m_recorder->clear();
    QTRY_VERIFY_WITH_TIMEOUT(played.count() >= before + 2, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_recorder->peak() > AudibleLevel, WaitMs);

    // When: the other is dealt with too
    if (how == qs("reset"))
        alarm.alertsReset({alert(qs("a9"), AlertStatus::Open)});
    else
        dealtWith(qs("a2"));

    // Then: the repeating stops; the last sound ends and no other starts
    QVERIFY(!alarm.isRepeating());
    const qsizetype last = played.count();
    QTRY_COMPARE_WITH_TIMEOUT(streamsOfThisProcess(), 0, WaitMs);
    QTest::qWait(3 * 400); // three intervals: a repeat would have started in them
    QCOMPARE(played.count(), last);
    QCOMPARE(ids(played), QStringList(last, qs("beep")));
}

void TestSoundAlarm::shouldRepeatTheMostSevereWaitingSound()
{
    // Given: a critical notice, then a minor one, both waiting
    SoundAlarm alarm;
    alarm.setSounds({{qs("critical"), qs("beep")}, {qs("minor"), qs("chime")}});
    alarm.setRepeatUntilAcknowledged(true);
    alarm.setRepeatInterval(std::chrono::milliseconds(400));
    QSignalSpy played(&alarm, &SoundAlarm::played);
    alarm.play(notice(qs("critical"), {qs("c1")}));
    alarm.play(notice(qs("minor"), {qs("m1")}));

    // Then: after both once, the critical one's sound repeats
    QTRY_VERIFY_WITH_TIMEOUT(played.count() >= 4, WaitMs);
    QCOMPARE(ids(played).mid(2, 2), (QStringList{qs("beep"), qs("beep")}));

    // When: the critical alert is acknowledged; then the minor sound repeats
    alarm.alertsChanged({alert(qs("c1"), AlertStatus::Ack)}, {});
    const qsizetype before = played.count();
    QTRY_VERIFY_WITH_TIMEOUT(played.count() >= before + 2, WaitMs);
    const QStringList after = ids(played).mid(before + 1);
    QCOMPARE(QSet<QString>(after.cbegin(), after.cend()), QSet<QString>{qs("chime")});
    alarm.silence();
}

void TestSoundAlarm::shouldNotRepeatWhenNotAsked()
{
    SoundAlarm alarm;
    alarm.setSounds(oneSoundEach());
    alarm.setRepeatInterval(std::chrono::milliseconds(200));
    QSignalSpy played(&alarm, &SoundAlarm::played);
    alarm.play(notice(qs("warning"), {qs("a1")}));
    QVERIFY(!alarm.isRepeating());
    QTRY_COMPARE_WITH_TIMEOUT(played.count(), 1, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(streamsOfThisProcess(), 0, WaitMs);
    QTest::qWait(3 * 200); // three intervals: a repeat would have started in them
    QCOMPARE(played.count(), 1);
}

void TestSoundAlarm::shouldStopEverythingWhenSilenced()
{
    // Given: a repeating sound, playing now
    SoundAlarm alarm;
    alarm.setSounds(oneSoundEach());
    alarm.setRepeatUntilAcknowledged(true);
    alarm.setRepeatInterval(std::chrono::milliseconds(1500));
    QSignalSpy played(&alarm, &SoundAlarm::played);
    alarm.play(notice(qs("critical"), {qs("a1")}));
    QTRY_COMPARE_WITH_TIMEOUT(played.count(), 1, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(streamsOfThisProcess(), 1, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_recorder->peak() > AudibleLevel, WaitMs);

    // When: silenced mid-sound (the siren lasts a second)
    alarm.silence();
    const qsizetype last = played.count();

    // Then: the stream ends, the sink falls silent, and the alert no longer repeats although still open
    QVERIFY(!alarm.isRepeating());
    QTRY_COMPARE_WITH_TIMEOUT(streamsOfThisProcess(), 0, WaitMs);
    QTest::qWait(100); // what parec recorded before the stream ended (it records in 20 ms fragments)
    m_recorder->clear();
    QTest::qWait(2000); // past the repeat interval: a repeat would have started in it
    QCOMPARE(played.count(), last);
    QCOMPARE(m_recorder->peak(), 0);
}

QTEST_MAIN(TestSoundAlarm)
#include "testsoundalarm.moc"
