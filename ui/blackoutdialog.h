// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QJsonObject>

class AlertBackend;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

/// A new blackout (maintenance window, spec §4.6): which alerts it suppresses (environment and optionally service,
/// resource, event, group, tags, origin, customer), from when ("now" or a time) for how long (a duration or an end
/// time), and why. OK sends `POST /blackout`; the dialog closes only once the server accepted it, and shows the
/// server's message otherwise (e.g. `Missing mandatory value for "environment"`). Open it with open().
///
/// Object names: blackoutDialog, blackoutEnvironmentCombo, blackoutServiceEdit, blackoutResourceEdit,
/// blackoutEventEdit, blackoutGroupEdit, blackoutTagsEdit, blackoutOriginEdit, blackoutCustomerCombo,
/// blackoutStartNowRadio, blackoutStartAtRadio, blackoutStartEdit, blackoutDurationRadio, blackoutHoursSpin,
/// blackoutMinutesSpin, blackoutEndAtRadio, blackoutEndEdit, blackoutTextEdit, blackoutErrorLabel, blackoutButtons.
class BlackoutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlackoutDialog)

public:
    /// `backend` must outlive the dialog. Asks the server for its environments, customers and default duration.
    explicit BlackoutDialog(AlertBackend &backend, QWidget *parent = nullptr);
    ~BlackoutDialog() override;

    /// Fills the fields from an alert (or blackout) object: environment, service, resource, event, group, tags,
    /// origin and customer where present — "blackout like this alert".
    void setFields(const QJsonObject &fields);

    /// The `POST /blackout` body for what is entered.
    QJsonObject body() const;

Q_SIGNALS:
    /// The server created `blackout` (its answer's object); the dialog closes after this.
    void blackoutCreated(const QJsonObject &blackout);

    // QDialog
public Q_SLOTS:
    /// Sends the blackout; closes only when the server accepted it.
    void accept() override;

private:
    void loadChoices();
    void updateTimeFields();

    AlertBackend &m_backend;
    QFormLayout *m_form = nullptr;
    QComboBox *m_environmentCombo = nullptr;
    QLineEdit *m_serviceEdit = nullptr;
    QLineEdit *m_resourceEdit = nullptr;
    QLineEdit *m_eventEdit = nullptr;
    QLineEdit *m_groupEdit = nullptr;
    QLineEdit *m_tagsEdit = nullptr;
    QLineEdit *m_originEdit = nullptr;
    QComboBox *m_customerCombo = nullptr;
    QRadioButton *m_startNowRadio = nullptr;
    QRadioButton *m_startAtRadio = nullptr;
    QDateTimeEdit *m_startEdit = nullptr;
    QRadioButton *m_durationRadio = nullptr;
    QSpinBox *m_hoursSpin = nullptr;
    QSpinBox *m_minutesSpin = nullptr;
    QRadioButton *m_endAtRadio = nullptr;
    QDateTimeEdit *m_endEdit = nullptr;
    QLineEdit *m_textEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_durationEdited = false; ///< the user chose a duration: the server's default no longer applies
    bool m_sending = false;
};
