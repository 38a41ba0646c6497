// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/modelchangethrottle.h"

#include <QLabel>

class AlertTableModel;
class QAbstractProxyModel;

/// The status bar's count of the shown rows by severity, most severe first: "1,234 alerts: 3 critical ·
/// 10 major · 5 minor". Counts the view's rows (the environment tab applies), at most every 200 ms however
/// many updates arrive. Object name: alertSummaryLabel.
class AlertSummaryLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertSummaryLabel)

public:
    /// `proxy` shows `model`'s rows; both must outlive the label.
    AlertSummaryLabel(AlertTableModel *model, QAbstractProxyModel *proxy, QWidget *parent = nullptr);
    ~AlertSummaryLabel() override;

    /// Counts now instead of after the pause.
    void updateNow();

private:
    AlertTableModel *m_model;
    QAbstractProxyModel *m_proxy;
    ModelChangeThrottle m_updates;
};
