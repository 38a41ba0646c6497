// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/alertsummarylabel.h"

#include <QAbstractProxyModel>

#include "models/alerttablemodel.h"
#include "models/severitycounts.h"

AlertSummaryLabel::AlertSummaryLabel(AlertTableModel *model, QAbstractProxyModel *proxy, QWidget *parent)
    : QLabel(parent)
    , m_model(model)
    , m_proxy(proxy)
    , m_updates(*proxy, std::chrono::milliseconds(200), [this] { updateNow(); })
{
    setObjectName(QStringLiteral("alertSummaryLabel"));
    setTextFormat(Qt::PlainText);
    updateNow();
}

AlertSummaryLabel::~AlertSummaryLabel() = default;

void AlertSummaryLabel::updateNow()
{
    m_updates.cancel();
    QHash<QString, int> counts;
    const int rows = m_proxy->rowCount();
    for (int row = 0; row < rows; ++row) {
        // Through the source rows, not QVariant data(): this runs over every shown row.
        const int sourceRow = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
        ++counts[m_model->alertAt(sourceRow).severity];
    }

    const QString bySeverity = SeverityCounts::from(counts, m_model->alarmModel().severities).text();
    const QString total = tr("%Ln alert(s)", nullptr, rows);
    setText(bySeverity.isEmpty() ? total : tr("%1: %2", "total: counts by severity").arg(total, bySeverity));
}
