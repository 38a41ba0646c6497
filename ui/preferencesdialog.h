// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/preferences.h"

#include <QDialog>

#include <memory>

class QAbstractButton;
class QComboBox;
class QDialogButtonBox;
class QEvent;
class QLabel;
class QLineEdit;
class QSpinBox;

/// Settings → Preferences: edits a ConsolePreferences in four groups (Updates; Date and time, with a preview of
/// the chosen format in the chosen zone; Appearance; Triage) and hands the result over through applied(). Saving
/// and applying them (QSettings, Theme::apply(), the table's font) is the caller's job.
///
/// Input cannot be invalid except a custom date format, which is explained in validationLabel while OK and Apply
/// are disabled. Timeouts at their lowest value mean "the server's default", as in the ack/shelve dialog.
///
/// Object names: preferencesDialog, refreshSpin, zoneCombo, dateFormatCombo, customPatternEdit, previewLabel,
/// fontSizeSpin, densityCombo, themeCombo, ackTimeoutSpin, shelveTimeoutSpin, validationLabel, and the buttons
/// okButton, cancelButton, applyButton, restoreDefaultsButton.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    /// Shows `current`.
    explicit PreferencesDialog(const ConsolePreferences &current, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    /// What the controls show now (applied or not).
    ConsolePreferences preferences() const;
    /// The server's ack and shelve timeouts in seconds (ServerAlarmModel's, from `/config` `timeouts`), shown as
    /// "Server default (2 h)"; without them the dialog says only "Server default".
    void setServerTimeouts(qint64 ackSeconds, qint64 shelveSeconds);
    /// The clock of the preview (which shows a time five minutes ago); the wall clock by default.
    void setClock(std::shared_ptr<const Clock> clock);

Q_SIGNALS:
    /// OK or Apply with preferences that differ from the ones last applied (or shown at first).
    void applied(const ConsolePreferences &preferences);

protected:
    // QWidget
    void changeEvent(QEvent *event) override;

private:
    void showPreferences(const ConsolePreferences &preferences);
    /// Preview, validation message, custom pattern field and buttons after any change.
    void updateState();
    /// Emits applied() if the input is valid and changed; false if it is invalid.
    bool apply();
    void onButtonClicked(QAbstractButton *button);

    ConsolePreferences m_applied;
    std::shared_ptr<const Clock> m_clock;
    QSpinBox *m_refreshSpin = nullptr;
    QComboBox *m_zoneCombo = nullptr;
    QComboBox *m_dateFormatCombo = nullptr;
    QLineEdit *m_customPatternEdit = nullptr;
    QLabel *m_previewLabel = nullptr;
    QSpinBox *m_fontSizeSpin = nullptr;
    QComboBox *m_densityCombo = nullptr;
    QComboBox *m_themeCombo = nullptr;
    QSpinBox *m_ackTimeoutSpin = nullptr;
    QSpinBox *m_shelveTimeoutSpin = nullptr;
    QLabel *m_hintLabel = nullptr; ///< what the refresh interval is for
    QLabel *m_validationLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
