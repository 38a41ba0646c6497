// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
//
// Child process of testcrash: receives alerts from 4 threads in an endless loop and, after each receive returns,
// writes "<alert id> <duplicateCount>" on stdout. The parent kills it with SIGKILL at a random moment and then
// checks that every acknowledged receive is in the database.
#include "core/alertengine.h"
#include "core/sqlitealertstore.h"

#include <QCoreApplication>
#include <QUuid>

#include <thread>
#include <unistd.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    auto store = std::make_shared<SqliteAlertStore>(QString::fromLocal8Bit(argv[1]));
    AlertEngine engine(store, EngineConfig{}, Clock::system());
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&engine, t] {
            for (int i = 0;; ++i) {
                Alert a;
                a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                a.resource = QStringLiteral("host%1").arg((i * 7 + t) % 300);
                a.event = QStringLiteral("Crash%1").arg(i % 3);
                a.environment = QStringLiteral("Production");
                a.severity = QStringLiteral("major");
                a.status = QStringLiteral("open");
                a.service = {QStringLiteral("Test")};
                a.group = QStringLiteral("Misc");
                a.text = QStringLiteral("receive %1").arg(i);
                a.type = QStringLiteral("exceptionAlert");
                a.origin = QStringLiteral("crashchild");
                a.createTime = engine.now();
                a.timeout = 86400;
                const Result<ReceiveResult> r = engine.receive(a);
                if (!r.ok())
                    _exit(3);
                // One write per line: atomic on a pipe, so lines from the threads never interleave.
                const QByteArray line =
                    r->alert.id.toLatin1() + ' ' + QByteArray::number(r->alert.duplicateCount) + '\n';
                if (::write(STDOUT_FILENO, line.constData(), static_cast<size_t>(line.size())) != line.size())
                    _exit(4);
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    return 0;
}
