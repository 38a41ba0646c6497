// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QPalette>
#include <QTest>

#include "ui/alertitemdelegate.h"

namespace {

/// How far `colour` moved from `from`, summed over the channels (0..765).
int distance(const QColor &from, const QColor &colour)
{
    return qAbs(from.red() - colour.red()) + qAbs(from.green() - colour.green()) + qAbs(from.blue() - colour.blue());
}

} // namespace

class TestAlertItemDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldLeaveUnchangedRowsAlone();
    void shouldFadeFromStrongToNothing();
    void shouldHighlightOnDarkBackgroundsToo();
};

void TestAlertItemDelegate::shouldLeaveUnchangedRowsAlone()
{
    AlertItemDelegate delegate;
    delegate.setHighlightDuration(3000);
    const QColor white(Qt::white);
    QCOMPARE(delegate.highlighted(white, -1, QPalette(white)), white);
    QCOMPARE(delegate.highlighted(white, 3000, QPalette(white)), white);
    QCOMPARE(delegate.highlighted(white, 60000, QPalette(white)), white);
}

void TestAlertItemDelegate::shouldFadeFromStrongToNothing()
{
    // Given a light table and a 3 s highlight
    AlertItemDelegate delegate;
    delegate.setHighlightDuration(3000);
    const QColor base(Qt::white);
    const QPalette palette(base);

    // Then the accent is strongest at the change and weakens steadily to nothing
    int previous = std::numeric_limits<int>::max();
    for (const int ago : {0, 500, 1500, 2500, 2990}) {
        const int moved = distance(base, delegate.highlighted(base, ago, palette));
        QVERIFY2(moved < previous, qPrintable(QStringLiteral("%1 ms: %2").arg(ago).arg(moved)));
        QVERIFY(moved > 0);
        previous = moved;
    }
    // Strong enough to see across a room at first (more than a fifth of the way from white to the accent)
    QVERIFY(distance(base, delegate.highlighted(base, 0, palette)) > 40);
}

void TestAlertItemDelegate::shouldHighlightOnDarkBackgroundsToo()
{
    AlertItemDelegate delegate;
    const QColor base(0x1e, 0x1e, 0x1e);
    QPalette dark(base);
    dark.setColor(QPalette::Base, base);
    const QColor highlighted = delegate.highlighted(base, 0, dark);
    QVERIFY(highlighted.lightness() > base.lightness() + 40);
}

QTEST_MAIN(TestAlertItemDelegate)
#include "testalertitemdelegate.moc"
