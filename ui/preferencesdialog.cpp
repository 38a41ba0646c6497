// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/preferencesdialog.h"

#include <algorithm>
#include <limits>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

using DateFormat = ConsolePreferences::DateFormat;
using Zone = ConsolePreferences::Zone;
using Density = ConsolePreferences::Density;

/// The preview shows a time this long ago: recent enough to be typical, far enough for the relative format.
constexpr qint64 previewAgeMs = 5 * 60 * 1000;

/// A server timeout for "Server default (…)": "never" for 0, else the largest whole unit.
QString describeSeconds(qint64 seconds)
{
    if (seconds <= 0)
        return PreferencesDialog::tr("never");
    const int count = static_cast<int>(std::min<qint64>(seconds, std::numeric_limits<int>::max()));
    if (seconds % 86400 == 0)
        return PreferencesDialog::tr("%n d", nullptr, count / 86400);
    if (seconds % 3600 == 0)
        return PreferencesDialog::tr("%n h", nullptr, count / 3600);
    if (seconds % 60 == 0)
        return PreferencesDialog::tr("%n min", nullptr, count / 60);
    return PreferencesDialog::tr("%n s", nullptr, count);
}

/// Minutes, with the lowest value (0) standing for the server's default: the same control as in CommandDialog.
QSpinBox *timeoutSpin(const QString &objectName, const QString &toolTip, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(0, ConsolePreferences::maxTimeoutMinutes);
    spin->setSuffix(PreferencesDialog::tr(" min"));
    spin->setSpecialValueText(PreferencesDialog::tr("Server default"));
    spin->setToolTip(toolTip);
    return spin;
}

void selectData(QComboBox *combo, int value)
{
    combo->setCurrentIndex(std::max(combo->findData(value), 0));
}

template<typename Enum>
Enum currentEnum(const QComboBox *combo)
{
    return static_cast<Enum>(combo->currentData().toInt());
}

/// Red text for the validation message and grey for the hint, from the dialog's palette: lighter red on a dark
/// one, so that it stays readable in the dark theme.
void setTones(const QPalette &dialog, QLabel *validation, QLabel *hint)
{
    const bool dark = dialog.color(QPalette::Window).lightness() < 128;
    QPalette error;
    error.setColor(QPalette::WindowText, dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28));
    validation->setPalette(error);
    QPalette dimmed;
    dimmed.setColor(QPalette::WindowText, dialog.color(QPalette::PlaceholderText));
    hint->setPalette(dimmed);
}

} // namespace

PreferencesDialog::PreferencesDialog(const ConsolePreferences &current, QWidget *parent)
    : QDialog(parent)
    , m_applied(current)
    , m_clock(Clock::system())
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    // ---- Updates
    auto *updates = new QGroupBox(tr("Updates"), this);
    m_refreshSpin = new QSpinBox(updates);
    m_refreshSpin->setObjectName(QStringLiteral("refreshSpin"));
    m_refreshSpin->setRange(ConsolePreferences::minRefreshSeconds, ConsolePreferences::maxRefreshSeconds);
    m_refreshSpin->setSuffix(tr(" s"));
    auto *updatesForm = new QFormLayout(updates);
    updatesForm->addRow(tr("&Refresh every:"), m_refreshSpin);
    m_hintLabel = new QLabel(tr("For lists without live updates, such as heartbeats and blackouts. A connection "
                                "that polls for alerts keeps its own interval."),
                             updates);
    m_hintLabel->setWordWrap(true);
    updatesForm->addRow(m_hintLabel);

    // ---- Date and time
    auto *dates = new QGroupBox(tr("Date and time"), this);
    m_zoneCombo = new QComboBox(dates);
    m_zoneCombo->setObjectName(QStringLiteral("zoneCombo"));
    m_zoneCombo->addItem(tr("Local time (%1)").arg(PreferredTimeFormat::zoneName(QTimeZone::systemTimeZone())),
                         static_cast<int>(Zone::Local));
    m_zoneCombo->addItem(tr("UTC"), static_cast<int>(Zone::Utc));
    m_dateFormatCombo = new QComboBox(dates);
    m_dateFormatCombo->setObjectName(QStringLiteral("dateFormatCombo"));
    for (const DateFormat format : ConsolePreferences::dateFormats())
        m_dateFormatCombo->addItem(ConsolePreferences::dateFormatTitle(format), static_cast<int>(format));
    m_customPatternEdit = new QLineEdit(dates);
    m_customPatternEdit->setObjectName(QStringLiteral("customPatternEdit"));
    m_customPatternEdit->setPlaceholderText(ConsolePreferences::defaultCustomPattern());
    m_customPatternEdit->setToolTip(tr("yyyy year, MM month, dd day, ddd weekday, HH hour (hh with AP for 12 hours), "
                                       "mm minutes, ss seconds, zzz milliseconds, t time zone; text in 'quotes'"));
    m_previewLabel = new QLabel(dates);
    m_previewLabel->setObjectName(QStringLiteral("previewLabel"));
    m_previewLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewLabel->setToolTip(tr("A time five minutes ago, as the alert list will show it"));
    auto *datesForm = new QFormLayout(dates);
    datesForm->addRow(tr("Time &zone:"), m_zoneCombo);
    datesForm->addRow(tr("&Format:"), m_dateFormatCombo);
    datesForm->addRow(tr("&Custom format:"), m_customPatternEdit);
    datesForm->addRow(tr("Preview:"), m_previewLabel);

    // ---- Appearance
    auto *appearance = new QGroupBox(tr("Appearance"), this);
    // One step below the smallest size stands for the system's size (stored as 0), so no invalid size can be typed.
    m_fontSizeSpin = new QSpinBox(appearance);
    m_fontSizeSpin->setObjectName(QStringLiteral("fontSizeSpin"));
    m_fontSizeSpin->setRange(ConsolePreferences::minFontPoints - 1, ConsolePreferences::maxFontPoints);
    m_fontSizeSpin->setSuffix(tr(" pt"));
    m_fontSizeSpin->setSpecialValueText(tr("System default"));
    m_densityCombo = new QComboBox(appearance);
    m_densityCombo->setObjectName(QStringLiteral("densityCombo"));
    for (const Density density : {Density::Comfortable, Density::Compact})
        m_densityCombo->addItem(ConsolePreferences::densityTitle(density), static_cast<int>(density));
    m_themeCombo = new QComboBox(appearance);
    m_themeCombo->setObjectName(QStringLiteral("themeCombo"));
    for (const Theme::Mode mode : Theme::modes())
        m_themeCombo->addItem(Theme::title(mode), static_cast<int>(mode));
    auto *appearanceForm = new QFormLayout(appearance);
    appearanceForm->addRow(tr("Alert list &font size:"), m_fontSizeSpin);
    appearanceForm->addRow(tr("Alert list &density:"), m_densityCombo);
    appearanceForm->addRow(tr("&Theme:"), m_themeCombo);

    // ---- Triage
    auto *triage = new QGroupBox(tr("Triage"), this);
    m_ackTimeoutSpin = timeoutSpin(QStringLiteral("ackTimeoutSpin"),
                                   tr("Offered when acknowledging with a note: the alert is unacknowledged again "
                                      "after this time"),
                                   triage);
    m_shelveTimeoutSpin = timeoutSpin(QStringLiteral("shelveTimeoutSpin"),
                                      tr("Offered when shelving with a note: the alert is unshelved again after this "
                                         "time"),
                                      triage);
    auto *triageForm = new QFormLayout(triage);
    triageForm->addRow(tr("&Acknowledge timeout:"), m_ackTimeoutSpin);
    triageForm->addRow(tr("&Shelve timeout:"), m_shelveTimeoutSpin);

    m_validationLabel = new QLabel(this);
    m_validationLabel->setObjectName(QStringLiteral("validationLabel"));
    m_validationLabel->setWordWrap(true);
    m_validationLabel->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply
                                         | QDialogButtonBox::RestoreDefaults,
                                     this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_buttons->button(QDialogButtonBox::Apply)->setObjectName(QStringLiteral("applyButton"));
    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setObjectName(QStringLiteral("restoreDefaultsButton"));
    connect(m_buttons, &QDialogButtonBox::clicked, this, &PreferencesDialog::onButtonClicked);

    // Both columns of groups share the width; the date group is the widest because of the custom format.
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(updates);
    left->addWidget(dates);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(appearance);
    right->addWidget(triage);
    right->addStretch();
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_validationLabel);
    layout->addWidget(m_buttons);

    setTones(palette(), m_validationLabel, m_hintLabel);
    showPreferences(current);
    for (QSpinBox *spin : {m_refreshSpin, m_fontSizeSpin, m_ackTimeoutSpin, m_shelveTimeoutSpin})
        connect(spin, &QSpinBox::valueChanged, this, &PreferencesDialog::updateState);
    for (QComboBox *combo : {m_zoneCombo, m_dateFormatCombo, m_densityCombo, m_themeCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateState);
    connect(m_customPatternEdit, &QLineEdit::textChanged, this, &PreferencesDialog::updateState);
    updateState();
}

PreferencesDialog::~PreferencesDialog() = default;

ConsolePreferences PreferencesDialog::preferences() const
{
    ConsolePreferences p;
    p.refreshSeconds = m_refreshSpin->value();
    p.zone = currentEnum<Zone>(m_zoneCombo);
    p.dateFormat = currentEnum<DateFormat>(m_dateFormatCombo);
    p.customPattern = m_customPatternEdit->text();
    // A half-typed pattern of a format that is not chosen is not worth keeping (nor refusing OK for).
    if (p.dateFormat != DateFormat::Custom && !ConsolePreferences::validateCustomPattern(p.customPattern).isEmpty())
        p.customPattern = m_applied.customPattern;
    p.fontPoints = m_fontSizeSpin->value() == m_fontSizeSpin->minimum() ? 0 : m_fontSizeSpin->value();
    p.density = currentEnum<Density>(m_densityCombo);
    p.theme = currentEnum<Theme::Mode>(m_themeCombo);
    if (m_ackTimeoutSpin->value() > 0)
        p.ackTimeoutMinutes = m_ackTimeoutSpin->value();
    if (m_shelveTimeoutSpin->value() > 0)
        p.shelveTimeoutMinutes = m_shelveTimeoutSpin->value();
    return p;
}

void PreferencesDialog::setServerTimeouts(qint64 ackSeconds, qint64 shelveSeconds)
{
    m_ackTimeoutSpin->setSpecialValueText(tr("Server default (%1)").arg(describeSeconds(ackSeconds)));
    m_shelveTimeoutSpin->setSpecialValueText(tr("Server default (%1)").arg(describeSeconds(shelveSeconds)));
    // The column's stretch would squeeze the longer text: a spin box's minimum size ignores its special text.
    for (QSpinBox *spin : {m_ackTimeoutSpin, m_shelveTimeoutSpin})
        spin->setMinimumWidth(spin->sizeHint().width());
}

void PreferencesDialog::setClock(std::shared_ptr<const Clock> clock)
{
    m_clock = std::move(clock);
    updateState();
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    // Applying a theme while the dialog is open changes its palette: the tones follow.
    if (event->type() == QEvent::PaletteChange)
        setTones(palette(), m_validationLabel, m_hintLabel);
}

void PreferencesDialog::showPreferences(const ConsolePreferences &p)
{
    m_refreshSpin->setValue(p.refreshSeconds);
    selectData(m_zoneCombo, static_cast<int>(p.zone));
    selectData(m_dateFormatCombo, static_cast<int>(p.dateFormat));
    m_customPatternEdit->setText(p.customPattern);
    m_fontSizeSpin->setValue(p.fontPoints == 0 ? m_fontSizeSpin->minimum() : p.fontPoints);
    selectData(m_densityCombo, static_cast<int>(p.density));
    selectData(m_themeCombo, static_cast<int>(p.theme));
    m_ackTimeoutSpin->setValue(p.ackTimeoutMinutes.value_or(0));
    m_shelveTimeoutSpin->setValue(p.shelveTimeoutMinutes.value_or(0));
}

void PreferencesDialog::updateState()
{
    const ConsolePreferences p = preferences();
    const bool custom = p.dateFormat == DateFormat::Custom;
    m_customPatternEdit->setEnabled(custom);
    const QString problem = custom ? ConsolePreferences::validateCustomPattern(p.customPattern) : QString();
    m_validationLabel->setText(problem);
    m_validationLabel->setVisible(!problem.isEmpty());
    m_previewLabel->setText(problem.isEmpty() ? PreferredTimeFormat(p, m_clock).format(m_clock->now() - previewAgeMs)
                                              : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(problem.isEmpty() && p != m_applied);
}

bool PreferencesDialog::apply()
{
    const ConsolePreferences p = preferences();
    if (p.dateFormat == DateFormat::Custom && !ConsolePreferences::validateCustomPattern(p.customPattern).isEmpty())
        return false;
    if (p != m_applied) {
        m_applied = p;
        Q_EMIT applied(p);
    }
    updateState();
    return true;
}

void PreferencesDialog::onButtonClicked(QAbstractButton *button)
{
    switch (m_buttons->standardButton(button)) {
    case QDialogButtonBox::Ok:
        if (apply())
            accept();
        break;
    case QDialogButtonBox::Apply:
        apply();
        break;
    case QDialogButtonBox::RestoreDefaults:
        showPreferences(ConsolePreferences());
        break;
    case QDialogButtonBox::Cancel:
        reject();
        break;
    default:
        break;
    }
}
