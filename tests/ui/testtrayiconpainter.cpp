// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "tests/support/testtext.h"
#include "ui/trayiconpainter.h"

#include <QImage>
#include <QTest>

class TestTrayIconPainter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldShortenTheCount_data();
    void shouldShortenTheCount();
    void shouldPaintTheDiscInTheSeverityColour_data();
    void shouldPaintTheDiscInTheSeverityColour();
    void shouldShowTheCount();
};

void TestTrayIconPainter::shouldShortenTheCount_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("text");
    QTest::newRow("nothing open") << 0 << QString();
    QTest::newRow("one") << 1 << qs("1");
    QTest::newRow("three digits") << 999 << qs("999");
    QTest::newRow("more") << 12345 << qs("999+");
}

void TestTrayIconPainter::shouldShortenTheCount()
{
    QFETCH(int, count);
    QFETCH(QString, text);
    QCOMPARE(TrayIconPainter::countText(count), text);
}

void TestTrayIconPainter::shouldPaintTheDiscInTheSeverityColour_data()
{
    QTest::addColumn<QColor>("fill");
    QTest::addColumn<int>("size");
    QTest::newRow("critical, 64 px") << QColor(Qt::red) << 64;
    QTest::newRow("minor, 22 px") << QColor(Qt::yellow) << 22;
    QTest::newRow("normal, 16 px") << QColor(0, 204, 0) << 16;
}

void TestTrayIconPainter::shouldPaintTheDiscInTheSeverityColour()
{
    QFETCH(QColor, fill);
    QFETCH(int, size);
    const QImage image = TrayIconPainter::paint(fill, 0, size).toImage();
    QCOMPARE(image.size(), QSize(size, size));
    // Without a number the middle is the disc; the corners stay transparent
    QCOMPARE(image.pixelColor(size / 2, size / 2), fill);
    QCOMPARE(image.pixelColor(0, 0).alpha(), 0);
}

void TestTrayIconPainter::shouldShowTheCount()
{
    const QImage none = TrayIconPainter::paint(Qt::red, 0).toImage();
    const QImage seven = TrayIconPainter::paint(Qt::red, 7).toImage();
    const QImage many = TrayIconPainter::paint(Qt::red, 42).toImage();
    QVERIFY(none != seven);
    QVERIFY(seven != many);
    // The digits are white on red (black would not read): some pure white pixels
    bool white = false;
    for (int y = 0; y < seven.height() && !white; ++y) {
        for (int x = 0; x < seven.width() && !white; ++x)
            white = seven.pixelColor(x, y) == QColor(Qt::white);
    }
    QVERIFY(white);
}

QTEST_MAIN(TestTrayIconPainter)
#include "testtrayiconpainter.moc"
