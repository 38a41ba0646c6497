// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/modelchangethrottle.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <functional>

class AlertBackend;
class QAbstractProxyModel;
class QGridLayout;
class QLabel;
class AlertTableModel;

/// The top of the wall display, readable from across the room: the view's name and page, a chip per severity with
/// its count, the counts of each environment, the clock, and how current the data is. The data line turns amber
/// when the list is getting old and red when the connection is lost, so a frozen wall is never mistaken for a quiet
/// one.
///
/// Counts are those of the rows `proxy` shows (the wall's list), recounted at most every 250 ms.
///
/// Object names: wallViewLabel, wallPageLabel, wallClockLabel, wallDataLabel, wallSeverityChip_<severity>,
/// wallEnvironmentLabel_<environment>.
class WallBanner final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallBanner)

public:
    /// How current the shown data is.
    enum class Freshness {
        Current, ///< live, or polled recently
        Stale,   ///< polled, but longer ago than staleAfter()
        Lost,    ///< reconnecting, failed, stopped or never connected
    };

    WallBanner(const AlertTableModel &model, const QAbstractProxyModel &proxy, QWidget *parent = nullptr);
    ~WallBanner() override;

    /// The backend whose state and sync time the data line reports (not owned; nullptr = not connected).
    void setBackend(AlertBackend *backend);
    void setViewName(const QString &name);
    /// "Page 2 of 5"; hidden for a single page.
    void setPage(int page, int pageCount);
    /// Polled data older than this is stale. Default 2 minutes.
    void setStaleAfter(std::chrono::seconds age) { m_staleAfter = age; }
    /// The clock (tests); default the system's.
    void setClock(std::function<QDateTime()> now);

    Freshness freshness() const { return m_freshness; }
    /// Count per severity and per environment as shown now.
    const QHash<QString, int> &severityCounts() const { return m_severityCounts; }
    const QHash<QString, QHash<QString, int>> &environmentCounts() const { return m_environmentCounts; }

    /// Recounts now instead of after the pause (tests).
    void updateCounts();
    /// Updates the clock and the data line now (tests; a timer does it every second).
    void tick();

protected:
    // QWidget
    void changeEvent(QEvent *event) override;

private:
    void rebuildChips();

    const AlertTableModel &m_model;
    const QAbstractProxyModel &m_proxy;
    QPointer<AlertBackend> m_backend;
    QLabel *m_viewLabel = nullptr;
    QLabel *m_pageLabel = nullptr;
    QLabel *m_clockLabel = nullptr;
    QLabel *m_dateLabel = nullptr;
    QLabel *m_dataLabel = nullptr;
    QWidget *m_chips = nullptr;
    QWidget *m_environments = nullptr;
    ModelChangeThrottle m_recounts;
    QTimer m_clockTimer;
    std::function<QDateTime()> m_now = [] { return QDateTime::currentDateTime(); };
    std::chrono::seconds m_staleAfter{120};
    Freshness m_freshness = Freshness::Lost;
    QHash<QString, int> m_severityCounts;
    QHash<QString, QHash<QString, int>> m_environmentCounts;
};
