// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QDateTime>
#include <QLabel>
#include <QTest>

#include <memory>

#include "core/client/alertbackend.h"
#include "ui/backendstatuswidget.h"

namespace {

/// A backend whose state the test sets: the states a remote server goes through cannot be produced by the
/// embedded core. Requests answer "not found"; the widget never makes any.
class FakeBackend final : public AlertBackend
{
public:
    using AlertBackend::setState;
    using AlertBackend::setSyncedAt;

    QString displayName() const override { return QStringLiteral("alerta.example.com"); }
    QString userName() const override { return {}; }
    void start() override {}
    void stop() override {}
    void setFilter(const AlertFilter &filter) override { storeFilter(filter); }
    QFuture<Result<Alert>> fetchAlert(const QString &) override { return notFound<Alert>(); }
    QFuture<Result<QList<Note>>> fetchNotes(const QString &) override { return notFound<QList<Note>>(); }
    QFuture<Result<CommandOutcome>> run(const AlertCommand &, const QStringList &) override
    {
        return notFound<CommandOutcome>();
    }
    QFuture<Result<qint64>> countMatching(const AlertFilter &) override { return notFound<qint64>(); }
    QFuture<Result<QStringList>> idsMatching(const AlertFilter &) override { return notFound<QStringList>(); }
    QFuture<Result<ApiAnswer>> call(const ApiCall &) override { return notFound<ApiAnswer>(); }

private:
    template<typename T>
    static QFuture<Result<T>> notFound()
    {
        return QtFuture::makeReadyFuture(Result<T>(ApiError::notFound()));
    }
};

} // namespace

class TestBackendStatusWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shouldSayNotConnectedWithoutBackend();
    void shouldShowLiveWithoutDataAge();
    void shouldShowDataAgeWhenPolling();
    void shouldShowWhyItIsReconnectingOrFailed();
    void shouldForgetDeletedBackend();

private:
    QString state() const { return m_widget->findChild<QLabel *>(QStringLiteral("connectionStateLabel"))->text(); }
    QLabel *age() const { return m_widget->findChild<QLabel *>(QStringLiteral("dataAgeLabel")); }

    std::unique_ptr<FakeBackend> m_backend;
    std::unique_ptr<BackendStatusWidget> m_widget;
};

void TestBackendStatusWidget::init()
{
    m_backend = std::make_unique<FakeBackend>();
    m_widget = std::make_unique<BackendStatusWidget>();
    m_widget->show();
}

void TestBackendStatusWidget::cleanup()
{
    m_widget.reset();
    m_backend.reset();
}

void TestBackendStatusWidget::shouldSayNotConnectedWithoutBackend()
{
    QCOMPARE(state(), QStringLiteral("Not connected"));
    QVERIFY(!age()->isVisible());
}

void TestBackendStatusWidget::shouldShowLiveWithoutDataAge()
{
    // Given a backend that connects and goes live
    m_widget->setBackend(m_backend.get());
    m_backend->setState(AlertBackend::State::Connecting);
    QCOMPARE(state(), QStringLiteral("Connecting…"));
    m_backend->setSyncedAt(QDateTime::currentDateTimeUtc());
    m_backend->setState(AlertBackend::State::Live);

    // Then it says so, and live data needs no age
    QCOMPARE(state(), QStringLiteral("Live · alerta.example.com"));
    QVERIFY(!age()->isVisible());
}

void TestBackendStatusWidget::shouldShowDataAgeWhenPolling()
{
    // Given a polling backend whose last sync was two minutes ago
    m_widget->setBackend(m_backend.get());
    const QDateTime synced = QDateTime::currentDateTimeUtc().addSecs(-125);
    m_backend->setSyncedAt(synced);
    m_backend->setState(AlertBackend::State::Polling);

    // Then the age of the data shows, in local time
    QCOMPARE(state(), QStringLiteral("Polling · alerta.example.com"));
    QVERIFY(age()->isVisible());
    QCOMPARE(
        age()->text(),
        QStringLiteral("Data as of %1 (2 min ago)").arg(synced.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));

    // When a poll succeeds, the age follows
    m_backend->setSyncedAt(QDateTime::currentDateTimeUtc());
    QVERIFY(age()->text().endsWith(QStringLiteral("(just now)")));
}

void TestBackendStatusWidget::shouldShowWhyItIsReconnectingOrFailed()
{
    m_widget->setBackend(m_backend.get());
    m_backend->setSyncedAt(QDateTime::currentDateTimeUtc().addSecs(-30));

    m_backend->setState(AlertBackend::State::Reconnecting, QStringLiteral("Connection refused"));
    QCOMPARE(state(), QStringLiteral("Reconnecting: Connection refused"));
    QVERIFY(age()->isVisible());
    QVERIFY(age()->text().endsWith(QStringLiteral("(30 s ago)")));

    m_backend->setState(AlertBackend::State::Failed, QStringLiteral("401 Unauthorized"));
    QCOMPARE(state(), QStringLiteral("Failed: 401 Unauthorized"));
    QVERIFY(age()->isVisible());
}

void TestBackendStatusWidget::shouldForgetDeletedBackend()
{
    // Given a polling backend, whose data age the widget updates every second
    m_widget->setBackend(m_backend.get());
    m_backend->setSyncedAt(QDateTime::currentDateTimeUtc());
    m_backend->setState(AlertBackend::State::Polling);
    QVERIFY(age()->isVisible());

    // When the backend is deleted, the next update finds none (and does not touch the deleted one)
    m_backend.reset();
    QTRY_VERIFY(!age()->isVisible());
    m_widget->setBackend(nullptr);
    QCOMPARE(state(), QStringLiteral("Not connected"));
}

QTEST_MAIN(TestBackendStatusWidget)
#include "testbackendstatuswidget.moc"
