// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/modelchangethrottle.h"

#include <QAbstractItemModel>

ModelChangeThrottle::ModelChangeThrottle(const QAbstractItemModel &model,
                                         std::chrono::milliseconds interval,
                                         std::function<void()> update,
                                         QObject *parent)
    : QObject(parent)
    , m_update(std::move(update))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, [this] { m_update(); });
    for (const auto rows : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(&model, rows, this, &ModelChangeThrottle::schedule);
    connect(&model, &QAbstractItemModel::dataChanged, this, &ModelChangeThrottle::schedule);
    connect(&model, &QAbstractItemModel::layoutChanged, this, &ModelChangeThrottle::schedule);
    connect(&model, &QAbstractItemModel::modelReset, this, &ModelChangeThrottle::schedule);
}

ModelChangeThrottle::~ModelChangeThrottle() = default;

void ModelChangeThrottle::cancel()
{
    m_timer.stop();
}

bool ModelChangeThrottle::isPending() const
{
    return m_timer.isActive();
}

void ModelChangeThrottle::schedule()
{
    if (!m_timer.isActive())
        m_timer.start();
}
