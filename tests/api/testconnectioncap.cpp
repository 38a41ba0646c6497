// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

#include "core/api/connectionguard.h"

// ConnectionCap, through GuardedTcpServer: a server at its cap takes no more connections (those Qt accepts anyway
// are closed at once) until one of its own closes, so that descriptors never run out (Qt 6.4 retries a failed
// accept() without end, and serves nobody then).

class TestConnectionCap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldHoldNoMoreThanTheCapUntilOneCloses();
};

namespace {

std::unique_ptr<QTcpSocket> connectedClient(quint16 port)
{
    auto client = std::make_unique<QTcpSocket>();
    client->connectToHost(QHostAddress::LocalHost, port);
    return client;
}

} // namespace

void TestConnectionCap::shouldHoldNoMoreThanTheCapUntilOneCloses()
{
    // Given: a guarded server capped at 3 connections
    GuardedTcpServer server(RequestLimits{}, nullptr, 3);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    std::vector<QTcpSocket *> taken;
    connect(&server, &QTcpServer::pendingConnectionAvailable, &server, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection())
            taken.push_back(socket);
    });

    // When: five clients connect
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    for (int i = 0; i < 5; ++i)
        clients.push_back(connectedClient(server.serverPort()));
    QTRY_COMPARE(taken.size(), size_t(3));

    // Then: the server holds three; the others are left waiting or closed, never served
    QTest::qWait(300);
    QCOMPARE(taken.size(), size_t(3));

    // And when one of its connections closes, a new client is taken again
    delete taken.front();
    taken.erase(taken.begin());
    auto late = connectedClient(server.serverPort());
    QTRY_COMPARE(taken.size(), size_t(3));
    QTest::qWait(300);
    QCOMPARE(taken.size(), size_t(3));
}

QTEST_GUILESS_MAIN(TestConnectionCap)
#include "testconnectioncap.moc"
