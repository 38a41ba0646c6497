// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/preferences.h"

#include <QDialog>

#include <memory>
#include <optional>

class QAbstractButton;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QEvent;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTabWidget;
class QTimeEdit;

/// Settings → Preferences: edits a ConsolePreferences on three tabs — General (Updates; Date and time, with a
/// preview of the chosen format in the chosen zone; Appearance; Triage), Notifications (which alerts notify, their
/// sounds, quiet hours, bursts, the tray) and Wall display — and hands the result over through applied(). Saving and
/// applying them (QSettings, Theme::apply(), the table's font, the notifications) is the caller's job.
///
/// Input cannot be invalid except a custom date format, which is explained in validationLabel while OK and Apply
/// are disabled. Timeouts at their lowest value mean "the server's default", as in the ack/shelve dialog; the
/// rotation spin box at its lowest means no rotation. Nothing the dialog cannot show is lost: a severity or a wall
/// screen it does not know (a server's own severity, a monitor that is unplugged) is listed as it is.
///
/// Object names: preferencesDialog, preferencesTabs; General: refreshSpin, zoneCombo, dateFormatCombo,
/// customPatternEdit, previewLabel, fontSizeSpin, densityCombo, themeCombo, languageCombo, ackTimeoutSpin,
/// shelveTimeoutSpin; Notifications: severityCheck_<severity>, soundCombo_<severity>, repeatSoundCheck,
/// environmentsEdit, servicesEdit, customersEdit, quietHoursCheck, quietFromEdit, quietToEdit, stormThresholdSpin,
/// stormWindowSpin, startInTrayCheck, closeToTrayCheck; Wall display: screenCombo, wallFontSpin, pageSecondsSpin,
/// rotateSecondsSpin, rotateViewsList, noSavedViewsLabel; below the tabs validationLabel and the buttons okButton,
/// cancelButton, applyButton, restoreDefaultsButton.
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
    /// The names of the saved views (SavedViews), listed on the Wall display tab to be checked for rotation.
    /// Chosen names that are not among them are no longer chosen; until this is called the list holds the chosen
    /// names only.
    void setSavedViewNames(const QStringList &names);

Q_SIGNALS:
    /// OK or Apply with preferences that differ from the ones last applied (or shown at first).
    void applied(const ConsolePreferences &preferences);

protected:
    // QWidget
    void changeEvent(QEvent *event) override;

private:
    /// One row of the severity table: whether it notifies, and its sound.
    struct SeverityRow
    {
        QString severity;
        QCheckBox *notify = nullptr;
        QComboBox *sound = nullptr;
    };

    QWidget *createGeneralTab();
    QWidget *createNotificationsTab();
    QWidget *createWallTab();
    /// A dimmed explanation, in m_hintLabels.
    QLabel *hint(const QString &text, QWidget *parent);
    /// A row for `severity` unless it has one already.
    void addSeverityRow(const QString &severity);
    /// Lists the connected screens (and `selected` if it is not connected) and selects `selected`.
    void showScreens(const QString &selected);
    /// Lists `names` in rotateViewsList, checking those in `chosen`.
    void showViewNames(const QStringList &names, const QStringList &chosen);
    QStringList checkedViewNames() const;
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
    QComboBox *m_languageCombo = nullptr;
    QSpinBox *m_ackTimeoutSpin = nullptr;
    QSpinBox *m_shelveTimeoutSpin = nullptr;
    QList<QLabel *> m_hintLabels; ///< explanations, dimmed
    QTabWidget *m_tabs = nullptr;

    QGridLayout *m_severityGrid = nullptr;
    QList<SeverityRow> m_severityRows;
    QCheckBox *m_repeatSoundCheck = nullptr;
    QLineEdit *m_environmentsEdit = nullptr;
    QLineEdit *m_servicesEdit = nullptr;
    QLineEdit *m_customersEdit = nullptr;
    QCheckBox *m_quietHoursCheck = nullptr;
    QTimeEdit *m_quietFromEdit = nullptr;
    QTimeEdit *m_quietToEdit = nullptr;
    QSpinBox *m_stormThresholdSpin = nullptr;
    QSpinBox *m_stormWindowSpin = nullptr;
    QCheckBox *m_startInTrayCheck = nullptr;
    QCheckBox *m_closeToTrayCheck = nullptr;

    QComboBox *m_screenCombo = nullptr;
    QSpinBox *m_wallFontSpin = nullptr;
    QSpinBox *m_pageSecondsSpin = nullptr;
    QSpinBox *m_rotateSecondsSpin = nullptr;
    QListWidget *m_rotateViewsList = nullptr;
    QLabel *m_noSavedViewsLabel = nullptr;
    /// Set by setSavedViewNames(); until then rotateViewsList holds the chosen names.
    std::optional<QStringList> m_savedViewNames;

    QLabel *m_validationLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
