// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <chrono>

class AlertBackend;
class AlertSortFilterProxyModel;
class AlertTableModel;
class QAction;
class QTableView;
class QToolButton;
class WallBanner;

/// The wall display of a main window's alert list, for a screen watched from across the room: WallBanner on top,
/// then the alerts, worst first (severity, then the most recent), in large type on black. A list longer than the
/// screen is shown a page at a time, turning every pageInterval().
///
/// Nobody sits at a wall: the controls (leave, lock, previous/next view, pause) and the mouse pointer stay hidden
/// until the mouse moves, and hide again after a few seconds. Locked (with a PIN the operator chooses), the wall
/// offers only Unlock, so that a passer-by can neither act on alerts nor leave the wall; the PIN itself is never
/// kept, only a salted hash of it, in memory.
///
/// Object names: wallView, wallTable, wallControls and its buttons leaveWallButton, lockWallButton,
/// previousViewButton, nextViewButton, pauseWallButton; the actions leaveWallAction (Esc), lockWallAction.
class WallView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallView)

public:
    /// Shows the rows of `model`, which must outlive the view.
    explicit WallView(AlertTableModel &model, QWidget *parent = nullptr);
    ~WallView() override;

    WallBanner &banner() const { return *m_banner; }
    QTableView &table() const { return *m_table; }
    void setBackend(AlertBackend *backend);
    void setViewName(const QString &name);
    /// Shows only the alerts of `environment` (the window's environment tab); empty = all.
    void setEnvironment(const QString &environment);

    /// Large type: the table's point size (the banner scales from it).
    void setFontPoints(int points);
    /// How long a page stays before the next one.
    void setPageInterval(std::chrono::seconds interval);
    std::chrono::seconds pageInterval() const;
    /// Starts (true) or stops turning pages and, through pausedChanged(), the view rotation.
    void setRunning(bool running);
    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);

    /// Rows that fit on the screen at once (at least 1).
    int rowsPerPage() const;
    int pageCount() const;
    int page() const { return m_page; }
    /// The next page, back to the first after the last one.
    void nextPage();
    /// The first row of the proxy shown at the top.
    int firstVisibleRow() const;

    /// Locks the wall with `pin` (not empty). While locked only unlock() leaves the lock.
    void lock(const QString &pin);
    /// Unlocks when `pin` is the lock's PIN; false otherwise.
    bool unlock(const QString &pin);
    bool isLocked() const { return !m_pinHash.isEmpty(); }
    /// Whether the controls are shown (the mouse moved lately).
    bool controlsVisible() const;
    /// Shows the controls and the pointer as a mouse move does, until they hide again.
    void revealControls();

Q_SIGNALS:
    void leaveRequested();
    void nextViewRequested();
    void previousViewRequested();
    void pausedChanged(bool paused);
    void lockedChanged(bool locked);

protected:
    // QObject
    bool eventFilter(QObject *watched, QEvent *event) override;
    // QWidget
    void resizeEvent(QResizeEvent *event) override;

private:
    void createControls();
    void hideControls();
    void showPage(int page);
    void updatePageTimer();
    void updateColumnWidths();
    void askToLock();
    void askToUnlock();
    void updateLockControls();
    QByteArray hashOf(const QString &pin) const;

    AlertTableModel &m_model;
    AlertSortFilterProxyModel *m_proxy = nullptr;
    WallBanner *m_banner = nullptr;
    QTableView *m_table = nullptr;
    QWidget *m_controls = nullptr;
    QToolButton *m_leaveButton = nullptr;
    QToolButton *m_lockButton = nullptr;
    QToolButton *m_previousButton = nullptr;
    QToolButton *m_nextButton = nullptr;
    QToolButton *m_pauseButton = nullptr;
    QAction *m_leaveAction = nullptr;
    QTimer m_pageTimer;
    QTimer m_idleTimer;
    int m_page = 0;
    bool m_running = false;
    bool m_paused = false;
    QByteArray m_salt;
    QByteArray m_pinHash; ///< empty = unlocked
};
