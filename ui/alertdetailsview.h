// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/alert.h"
#include "core/client/serveralarmmodel.h"

#include <QList>
#include <QWidget>

class QFrame;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

/// Shows one whole alert: a title, every field (times local, UTC in the tooltip), attributes, the history as a
/// timeline (newest first), notes and the raw data. Display only: AlertDetailsPane decides what to show and when.
///
/// Showing a new version of the same alert keeps the scroll positions and the current tab, so a live update
/// does not make the pane jump. Widgets: detailsTitleLabel, copyJsonButton, detailsTabs, detailsFields,
/// detailsAttributes, detailsHistory, detailsNotes, detailsRawData.
class AlertDetailsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertDetailsView)

public:
    explicit AlertDetailsView(QWidget *parent = nullptr);
    ~AlertDetailsView() override;

    /// Colours of the severity bar beside the title.
    void setAlarmModel(const ServerAlarmModel &model);
    void setAlert(const Alert &alert);
    void setNotes(const QList<Note> &notes);
    /// The notes could not be fetched: says why in the notes tab.
    void setNotesError(const QString &message);

Q_SIGNALS:
    void copyJsonRequested();

private:
    QWidget *createHeader();
    QTreeWidget *createTree(const QString &objectName, const QStringList &headers);
    void fillFields(const Alert &alert);
    void fillAttributes(const Alert &alert);
    void fillHistory(const Alert &alert);
    void updateTabTitles();

    ServerAlarmModel m_alarmModel = ServerAlarmModel::alertaDefault();
    QString m_alertId;
    int m_noteCount = 0;
    bool m_columnsFitted = false;
    QFrame *m_severityBar = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_subtitleLabel = nullptr;
    QPushButton *m_copyJsonButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_fields = nullptr;
    QTreeWidget *m_attributes = nullptr;
    QTreeWidget *m_history = nullptr;
    QTreeWidget *m_notes = nullptr;
    QPlainTextEdit *m_rawData = nullptr;
};
