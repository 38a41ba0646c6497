// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include "core/alertjson.h"
#include "core/jsontext.h"
#include "tests/support/samplealert.h"
#include "tests/support/testtext.h"

// JsonText and JsonObjectWriter: JSON written straight as text must be byte for byte what QJsonDocument writes
// for the same values (then with non-ASCII escaped), so that answers written either way look the same to clients:
// string escapes (data-driven, then random UTF-16), every kind of value, and whole alerts, whose written text must
// survive a round trip through QJsonDocument unchanged (sorted keys, same spelling of every value).

namespace {

/// What JsonText::encode writes for {"k": value}.
QByteArray viaQt(const QJsonValue &value)
{
    return JsonText::encode(QJsonObject{{qs("k"), value}});
}

QByteArray viaWriterString(const QString &text)
{
    QByteArray out;
    JsonObjectWriter o(out);
    o.text(QLatin1StringView("k"), text).close();
    return out;
}

/// SampleAlert::full() with `text` and `attributes`, strings that need escaping, and a stored history (newest first)
/// of four entries, two of them at the same time (their stored order must be kept).
Alert alertWith(const QString &text, const QJsonObject &attributes)
{
    Alert a = SampleAlert::full();
    a.text = text;
    a.attributes = attributes;
    a.service = qsl({"Web", "Sérvice \"quoted\""});
    a.tags = qsl({"dc1", "tab\tnewline\n"});
    a.rawData = qs("raw \\ data");
    const HistoryEntry ack = a.history.at(0);     // 1714556000456, timeout 7200
    const HistoryEntry created = a.history.at(1); // 1714555800100, no timeout
    HistoryEntry note = created;
    note.type = qs("note");
    note.updateTime = 1714555900000;
    HistoryEntry value = note;
    value.type = qs("value");
    value.timeout = 600;
    a.history = {ack, note, value, created};
    return a;
}

} // namespace

class TestJsonText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldEscapeStringsAsQJsonDocument_data();
    void shouldEscapeStringsAsQJsonDocument();
    void shouldEscapeRandomStringsAsQJsonDocument();
    void shouldWriteEveryKindOfValueAsQJsonDocument_data();
    void shouldWriteEveryKindOfValueAsQJsonDocument();
    void shouldWriteAlertsThatRoundTripUnchanged_data();
    void shouldWriteAlertsThatRoundTripUnchanged();
    void shouldServeHistoryOldestFirstKeepingStoredOrder();
    void shouldAppendAfterWhatTheArrayHeldAcrossGrowth();
};

void TestJsonText::shouldEscapeStringsAsQJsonDocument_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << qs("");
    QTest::newRow("null string") << QString();
    QTest::newRow("plain") << qs("load is high on host1");
    QTest::newRow("quote and backslash") << qs(R"(say "hi" \ bye \\)");
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls.append(QChar(c));
    QTest::newRow("every control character") << controls;
    QTest::newRow("DEL and slash") << qs("\x7f / </script>");
    QTest::newRow("Latin-1") << qs("café Grüße");
    QTest::newRow("CJK") << qs("警告 サーバー");
    QTest::newRow("surrogate pair") << qs("fire 🔥 emoji");
    QTest::newRow("lone high surrogate") << (qs("a") + QChar(char16_t(0xd83d)) + qs("b"));
    QTest::newRow("lone low surrogate") << (qs("a") + QChar(char16_t(0xdd25)) + qs("b"));
    QTest::newRow("high surrogate at the end") << (qs("end") + QChar(char16_t(0xd800)));
    QTest::newRow("swapped pair") << (QString(QChar(char16_t(0xdc00))) + QChar(char16_t(0xd800)));
    QTest::newRow("non-characters") << (QString(QChar(char16_t(0xfffe))) + QChar(char16_t(0xffff)));
    QTest::newRow("line separators") << qs("a\u2028b\u2029c");
}

void TestJsonText::shouldEscapeStringsAsQJsonDocument()
{
    QFETCH(QString, text);
    // Given a string; When it is written as a field; Then it is what QJsonDocument writes (null for a null string)
    const QByteArray expected = text.isNull() ? viaQt(QJsonValue::Null) : viaQt(text);
    QCOMPARE(viaWriterString(text), expected);
}

void TestJsonText::shouldEscapeRandomStringsAsQJsonDocument()
{
    // Given 3,000 random strings of UTF-16 units, biased towards the ranges that need escaping
    QRandomGenerator random(20261126);
    for (int i = 0; i < 3000; ++i) {
        QString text = qs(""); // never null: null is written as null
        const int length = random.bounded(40);
        for (int j = 0; j < length; ++j) {
            switch (random.bounded(4)) {
            case 0:
                text.append(QChar(char16_t(random.bounded(0x80))));
                break;
            case 1:
                text.append(QChar(char16_t(0xd800 + random.bounded(0x800)))); // surrogates, paired or not
                break;
            default:
                text.append(QChar(char16_t(random.bounded(0x10000))));
            }
        }
        // When written; Then as QJsonDocument writes it
        const QByteArray expected = viaQt(text);
        const QByteArray written = viaWriterString(text);
        if (written != expected)
            QFAIL(qPrintable(u"differs for " + QString::fromLatin1(text.toUtf8().toHex()) + u": "
                             + QString::fromLatin1(written) + u" vs " + QString::fromLatin1(expected)));
    }
}

void TestJsonText::shouldWriteEveryKindOfValueAsQJsonDocument_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("true") << QJsonValue(true);
    QTest::newRow("false") << QJsonValue(false);
    QTest::newRow("zero") << QJsonValue(0);
    QTest::newRow("negative") << QJsonValue(qint64(-42));
    QTest::newRow("large integer") << QJsonValue(qint64(9007199254740993LL));
    QTest::newRow("double") << QJsonValue(0.1);
    QTest::newRow("double with exponent") << QJsonValue(1.5e300);
    QTest::newRow("string") << QJsonValue(qs("é\"x"));
    QTest::newRow("array") << QJsonValue(QJsonArray{1, qs("ü"), QJsonValue::Null, QJsonArray{}});
    QTest::newRow("object") << QJsonValue(QJsonObject{{qs("z"), 1}, {qs("a"), QJsonObject{{qs("ñ"), 2.5}}}});
    QTest::newRow("empty object") << QJsonValue(QJsonObject{});
}

void TestJsonText::shouldWriteEveryKindOfValueAsQJsonDocument()
{
    QFETCH(QJsonValue, value);
    QByteArray written;
    JsonObjectWriter o(written);
    o.value(qs("k"), value).close();
    QCOMPARE(written, viaQt(value));
    if (value.isObject()) {
        QByteArray viaObject;
        JsonObjectWriter(viaObject).object(QLatin1StringView("k"), value.toObject()).close();
        QCOMPARE(viaObject, viaQt(value));
    }
}

void TestJsonText::shouldWriteAlertsThatRoundTripUnchanged_data()
{
    QTest::addColumn<Alert>("alert");
    QTest::addColumn<bool>("showHistory");
    QTest::addColumn<bool>("showRawData");
    const QJsonObject nested{{qs("region"), qs("eu")},
                             {qs("load"), 0.75},
                             {qs("ports"), QJsonArray{80, 443}},
                             {qs("owner"), QJsonObject{{qs("name"), qs("Zoë")}}}};
    QTest::newRow("full") << alertWith(qs("server error"), nested) << true << true;
    QTest::newRow("non-ASCII and escapes") << alertWith(qs("pánico \"500\" 🔥\n"), nested) << true << true;
    QTest::newRow("no history, no raw data") << alertWith(qs("x"), {}) << false << false;
    Alert minimal;
    minimal.id = qs("11111111-2222-4333-8444-555555555555");
    minimal.resource = qs("r");
    minimal.event = qs("e");
    QTest::newRow("nulls and empty lists") << minimal << true << true;
}

void TestJsonText::shouldWriteAlertsThatRoundTripUnchanged()
{
    QFETCH(Alert, alert);
    QFETCH(bool, showHistory);
    QFETCH(bool, showRawData);
    AlertJson::SerializeOptions options;
    options.showHistory = showHistory;
    options.showRawData = showRawData;

    // When the alert is written as JSON text
    QByteArray written;
    AlertJson::appendAlertJson(written, alert, qs("http://host/api"), options);

    // Then it parses, and QJsonDocument writes the parsed object back to the same bytes: keys in order, every
    // value spelt the same
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(written, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(JsonText::encode(parsed.object()), written);
    // And it carries the alert's values
    const QJsonObject o = parsed.object();
    QCOMPARE(o.value(qs("text")).toString(), alert.text);
    QCOMPARE(o.value(qs("service")).toArray().size(), alert.service.size());
    QCOMPARE(o.value(qs("attributes")).toObject(), alert.attributes);
    QCOMPARE(o.value(qs("rawData")).toString(), showRawData ? alert.rawData : QString());
    QCOMPARE(o.value(qs("history")).toArray().size(), showHistory ? alert.history.size() : 0);
    QCOMPARE(o.value(qs("href")).toString(), u"http://host/api/alert/" + alert.id);
    QCOMPARE(o.value(qs("timeout")).toInteger(), alert.timeout.value_or(options.defaultTimeout));
}

void TestJsonText::shouldServeHistoryOldestFirstKeepingStoredOrder()
{
    // Given an alert whose stored history (newest first) has two entries with the same time
    const Alert alert = alertWith(qs("x"), {});

    // When it is written
    QByteArray written;
    AlertJson::appendAlertJson(written, alert, qs("r"));

    // Then the history is oldest first, and the two entries of one time keep their stored order reversed
    QStringList types;
    for (const QJsonValue &e : QJsonDocument::fromJson(written).object().value(qs("history")).toArray())
        types.append(e[qs("type")].toString());
    QCOMPARE(types, qsl({"new", "value", "note", "ack"}));
    // And an entry without a timeout has null, one with a timeout its number
    const QJsonArray history = QJsonDocument::fromJson(written).object().value(qs("history")).toArray();
    QVERIFY(history.at(0)[qs("timeout")].isNull());
    QCOMPARE(history.at(3)[qs("timeout")].toInteger(), 7200);
}

QTEST_GUILESS_MAIN(TestJsonText)
#include "testjsontext.moc"

void TestJsonText::shouldAppendAfterWhatTheArrayHeldAcrossGrowth()
{
    // Given an array that already holds bytes, and the same pieces appended to a second one the plain way
    QByteArray written("prefix");
    QByteArray expected = written;
    QRandomGenerator random(7);
    {
        JsonBuffer buffer(written);
        // When pieces of every size from 0 up to well past any growth step are written, and some written room is
        // taken back
        for (int i = 0; i < 3000; ++i) {
            const QByteArray piece(random.bounded(0, 700), static_cast<char>('a' + i % 26));
            if (i % 3 == 0) {
                const char c = static_cast<char>('A' + i % 26);
                buffer.append(c);
                expected.append(c);
            } else if (i % 3 == 1) {
                buffer.append(piece);
                expected.append(piece);
            } else {
                char *room = buffer.extend(piece.size() + 5);
                std::copy(piece.cbegin(), piece.cend(), room);
                buffer.shrink(5);
                expected.append(piece);
            }
        }
        buffer.finish();
        // Then after finish() the array holds exactly that, and writing may go on
        QCOMPARE(written, expected);
        buffer.append("tail", 4);
        expected.append("tail");
    }
    // And the buffer's end cuts the array to what was written
    QCOMPARE(written, expected);
}
