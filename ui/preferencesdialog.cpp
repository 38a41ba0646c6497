// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/preferencesdialog.h"

#include <algorithm>
#include <limits>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

#include "core/severitymap.h"

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

/// A time of day in whole minutes, as quiet hours are.
QTimeEdit *timeEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QTimeEdit(parent);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    return edit;
}

/// "a, b" → {"a", "b"}: trimmed, without empty or repeated names.
QStringList splitList(const QString &text)
{
    return ConsolePreferences::cleanList(text.split(u','));
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

/// Red text for the validation message and grey for the hints, from the dialog's palette: lighter red on a dark
/// one, so that it stays readable in the dark theme.
void setTones(const QPalette &dialog, QLabel *validation, const QList<QLabel *> &hints)
{
    const bool dark = dialog.color(QPalette::Window).lightness() < 128;
    QPalette error;
    error.setColor(QPalette::WindowText, dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28));
    validation->setPalette(error);
    QPalette dimmed;
    dimmed.setColor(QPalette::WindowText, dialog.color(QPalette::PlaceholderText));
    for (QLabel *hint : hints)
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

    // Tabs rather than one page: with notifications and the wall display the groups no longer fit one screen.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("preferencesTabs"));
    m_tabs->addTab(createGeneralTab(), tr("&General"));
    m_tabs->addTab(createNotificationsTab(), tr("&Notifications"));
    m_tabs->addTab(createWallTab(), tr("&Wall display"));
    // Severities and sounds of a server's own alarm model get rows of their own, so that they are not lost.
    for (const QString &severity : current.notifications.severities)
        addSeverityRow(severity);
    for (const QString &severity : current.sounds.keys())
        addSeverityRow(severity);

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
    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setToolTip(tr("Show the defaults on every tab"));
    connect(m_buttons, &QDialogButtonBox::clicked, this, &PreferencesDialog::onButtonClicked);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_validationLabel);
    layout->addWidget(m_buttons);

    setTones(palette(), m_validationLabel, m_hintLabels);
    showPreferences(current);
    for (QSpinBox *spin : {m_refreshSpin,
                           m_fontSizeSpin,
                           m_ackTimeoutSpin,
                           m_shelveTimeoutSpin,
                           m_stormThresholdSpin,
                           m_stormWindowSpin,
                           m_wallFontSpin,
                           m_pageSecondsSpin,
                           m_rotateSecondsSpin})
        connect(spin, &QSpinBox::valueChanged, this, &PreferencesDialog::updateState);
    for (QComboBox *combo :
         {m_zoneCombo, m_dateFormatCombo, m_densityCombo, m_themeCombo, m_screenCombo, m_languageCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateState);
    for (QLineEdit *edit : {m_customPatternEdit, m_environmentsEdit, m_servicesEdit, m_customersEdit})
        connect(edit, &QLineEdit::textChanged, this, &PreferencesDialog::updateState);
    for (QCheckBox *check : {m_repeatSoundCheck, m_quietHoursCheck, m_startInTrayCheck, m_closeToTrayCheck})
        connect(check, &QCheckBox::toggled, this, &PreferencesDialog::updateState);
    for (QTimeEdit *edit : {m_quietFromEdit, m_quietToEdit})
        connect(edit, &QTimeEdit::timeChanged, this, &PreferencesDialog::updateState);
    connect(m_rotateViewsList, &QListWidget::itemChanged, this, &PreferencesDialog::updateState);
    // A monitor plugged in or out while the dialog is open: the list follows, the choice stays.
    const auto followScreens = [this] { showScreens(m_screenCombo->currentData().toString()); };
    connect(qApp, &QGuiApplication::screenAdded, this, followScreens);
    connect(qApp, &QGuiApplication::screenRemoved, this, followScreens);
    updateState();
}

QWidget *PreferencesDialog::createGeneralTab()
{
    auto *tab = new QWidget;
    // ---- Updates
    auto *updates = new QGroupBox(tr("Updates"), tab);
    m_refreshSpin = new QSpinBox(updates);
    m_refreshSpin->setObjectName(QStringLiteral("refreshSpin"));
    m_refreshSpin->setRange(ConsolePreferences::minRefreshSeconds, ConsolePreferences::maxRefreshSeconds);
    m_refreshSpin->setSuffix(tr(" s"));
    auto *updatesForm = new QFormLayout(updates);
    updatesForm->addRow(tr("&Refresh every:"), m_refreshSpin);
    updatesForm->addRow(hint(tr("For lists without live updates, such as heartbeats and blackouts. A connection that "
                                "polls for alerts keeps its own interval."),
                             updates));

    // ---- Date and time
    auto *dates = new QGroupBox(tr("Date and time"), tab);
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
    auto *appearance = new QGroupBox(tr("Appearance"), tab);
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
    m_languageCombo = new QComboBox(appearance);
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    m_languageCombo->addItem(tr("System default (%1)").arg(ConsolePreferences::languageTitle(QLocale::system().name())),
                             QString());
    for (const QString &language : ConsolePreferences::languages())
        m_languageCombo->addItem(ConsolePreferences::languageTitle(language), language);
    m_languageCombo->setToolTip(tr("Takes effect when the console starts again."));
    auto *appearanceForm = new QFormLayout(appearance);
    appearanceForm->addRow(tr("&Language:"), m_languageCombo);
    appearanceForm->addRow(tr("Alert list &font size:"), m_fontSizeSpin);
    appearanceForm->addRow(tr("Alert list &density:"), m_densityCombo);
    appearanceForm->addRow(tr("&Theme:"), m_themeCombo);

    // ---- Triage
    auto *triage = new QGroupBox(tr("Triage"), tab);
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

    // Each column gets its size hint first: the other tabs may make the dialog wider than this one needs, and stretch
    // factors would then share out the whole width, squeezing the right column's labels.
    auto *left = new QVBoxLayout;
    left->addWidget(updates);
    left->addWidget(dates);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(appearance);
    right->addWidget(triage);
    right->addStretch();
    auto *columns = new QHBoxLayout(tab);
    columns->addLayout(left);
    columns->addLayout(right);
    return tab;
}

QWidget *PreferencesDialog::createNotificationsTab()
{
    auto *tab = new QWidget;

    // ---- Severities: whether each notifies, and its sound
    auto *alerts = new QGroupBox(tr("Severities"), tab);
    m_severityGrid = new QGridLayout;
    m_severityGrid->addWidget(new QLabel(tr("Notify"), alerts), 0, 0);
    m_severityGrid->addWidget(new QLabel(tr("Sound"), alerts), 0, 1);
    m_repeatSoundCheck = new QCheckBox(tr("&Repeat the sound until the alert is acknowledged"), alerts);
    m_repeatSoundCheck->setObjectName(QStringLiteral("repeatSoundCheck"));
    auto *alertsLayout = new QVBoxLayout(alerts);
    alertsLayout->addLayout(m_severityGrid);
    alertsLayout->addWidget(hint(tr("None checked: every severity except informational and the normal ones."), alerts));
    alertsLayout->addWidget(m_repeatSoundCheck);
    alertsLayout->addStretch();
    // Every severity of Alerta's alarm model that can be news, most severe first.
    const SeverityMap severities = SeverityMap::alertaDefault();
    for (const QString &severity : severities.ordered()) {
        if (!severities.isNormal(severity))
            addSeverityRow(severity);
    }

    // ---- Which alerts
    auto *scope = new QGroupBox(tr("Only alerts of"), tab);
    const auto listEdit = [scope](const QString &objectName) {
        auto *edit = new QLineEdit(scope);
        edit->setObjectName(objectName);
        edit->setPlaceholderText(tr("Any (comma-separated)"));
        edit->setClearButtonEnabled(true);
        return edit;
    };
    m_environmentsEdit = listEdit(QStringLiteral("environmentsEdit"));
    m_servicesEdit = listEdit(QStringLiteral("servicesEdit"));
    m_customersEdit = listEdit(QStringLiteral("customersEdit"));
    auto *scopeForm = new QFormLayout(scope);
    scopeForm->addRow(tr("&Environments:"), m_environmentsEdit);
    scopeForm->addRow(tr("Ser&vices:"), m_servicesEdit);
    scopeForm->addRow(tr("C&ustomers:"), m_customersEdit);
    scopeForm->addRow(hint(tr("Names separated by commas; an alert must have one of them. Empty: any."), scope));

    // ---- Quiet hours and bursts
    auto *timing = new QGroupBox(tr("Quiet hours and bursts"), tab);
    m_quietHoursCheck = new QCheckBox(tr("&Quiet hours, from"), timing);
    m_quietHoursCheck->setObjectName(QStringLiteral("quietHoursCheck"));
    m_quietHoursCheck->setToolTip(tr("No notifications in this time (local time); it may span midnight"));
    m_quietFromEdit = timeEdit(QStringLiteral("quietFromEdit"), timing);
    m_quietToEdit = timeEdit(QStringLiteral("quietToEdit"), timing);
    auto *quietRow = new QHBoxLayout;
    quietRow->addWidget(m_quietHoursCheck);
    quietRow->addWidget(m_quietFromEdit);
    quietRow->addWidget(new QLabel(tr("to"), timing));
    quietRow->addWidget(m_quietToEdit);
    quietRow->addStretch();
    m_stormThresholdSpin = new QSpinBox(timing);
    m_stormThresholdSpin->setObjectName(QStringLiteral("stormThresholdSpin"));
    m_stormThresholdSpin->setRange(ConsolePreferences::minStormThreshold, ConsolePreferences::maxStormThreshold);
    m_stormThresholdSpin->setSuffix(tr(" notifications"));
    m_stormWindowSpin = new QSpinBox(timing);
    m_stormWindowSpin->setObjectName(QStringLiteral("stormWindowSpin"));
    m_stormWindowSpin->setRange(ConsolePreferences::minStormWindowSeconds, ConsolePreferences::maxStormWindowSeconds);
    m_stormWindowSpin->setSuffix(tr(" s"));
    auto *timingForm = new QFormLayout(timing);
    timingForm->addRow(quietRow);
    timingForm->addRow(tr("&Summarise more than:"), m_stormThresholdSpin);
    timingForm->addRow(tr("With&in:"), m_stormWindowSpin);
    timingForm->addRow(hint(tr("A burst becomes one summary per severity and environment."), timing));

    // ---- Tray
    auto *tray = new QGroupBox(tr("Tray"), tab);
    m_startInTrayCheck = new QCheckBox(tr("Start &hidden in the tray"), tray);
    m_startInTrayCheck->setObjectName(QStringLiteral("startInTrayCheck"));
    m_closeToTrayCheck = new QCheckBox(tr("&Closing the window keeps the console running in the tray"), tray);
    m_closeToTrayCheck->setObjectName(QStringLiteral("closeToTrayCheck"));
    auto *trayLayout = new QVBoxLayout(tray);
    trayLayout->addWidget(m_startInTrayCheck);
    trayLayout->addWidget(m_closeToTrayCheck);
    trayLayout->addWidget(hint(tr("Only where the desktop has a system tray."), tray));

    auto *right = new QVBoxLayout;
    right->addWidget(scope);
    right->addWidget(timing);
    right->addWidget(tray);
    right->addStretch();
    auto *columns = new QHBoxLayout(tab);
    columns->addWidget(alerts, 2);
    columns->addLayout(right, 3);
    return tab;
}

QWidget *PreferencesDialog::createWallTab()
{
    auto *tab = new QWidget;
    using Wall = ConsolePreferences::Wall;

    auto *display = new QGroupBox(tr("Screen"), tab);
    m_screenCombo = new QComboBox(display);
    m_screenCombo->setObjectName(QStringLiteral("screenCombo"));
    m_wallFontSpin = new QSpinBox(display);
    m_wallFontSpin->setObjectName(QStringLiteral("wallFontSpin"));
    m_wallFontSpin->setRange(Wall::minFontPoints, Wall::maxFontPoints);
    m_wallFontSpin->setSuffix(tr(" pt"));
    m_pageSecondsSpin = new QSpinBox(display);
    m_pageSecondsSpin->setObjectName(QStringLiteral("pageSecondsSpin"));
    m_pageSecondsSpin->setRange(Wall::minPageSeconds, Wall::maxPageSeconds);
    m_pageSecondsSpin->setSuffix(tr(" s"));
    m_pageSecondsSpin->setToolTip(tr("How long each page of a list too long for the screen stays"));
    auto *displayForm = new QFormLayout(display);
    displayForm->addRow(tr("&Monitor:"), m_screenCombo);
    displayForm->addRow(tr("&Font size:"), m_wallFontSpin);
    displayForm->addRow(tr("Next &page after:"), m_pageSecondsSpin);

    auto *rotation = new QGroupBox(tr("Rotation"), tab);
    // One step below the shortest time stands for no rotation (stored as 0), so no invalid time can be typed.
    m_rotateSecondsSpin = new QSpinBox(rotation);
    m_rotateSecondsSpin->setObjectName(QStringLiteral("rotateSecondsSpin"));
    m_rotateSecondsSpin->setRange(Wall::minRotateSeconds - 1, Wall::maxRotateSeconds);
    m_rotateSecondsSpin->setSuffix(tr(" s"));
    m_rotateSecondsSpin->setSpecialValueText(tr("No rotation"));
    m_rotateViewsList = new QListWidget(rotation);
    m_rotateViewsList->setObjectName(QStringLiteral("rotateViewsList"));
    m_noSavedViewsLabel = hint(tr("No saved views yet: View → Saved Views → Save View As… keeps one."), rotation);
    m_noSavedViewsLabel->setObjectName(QStringLiteral("noSavedViewsLabel"));
    m_noSavedViewsLabel->hide();
    auto *rotationForm = new QFormLayout(rotation);
    rotationForm->addRow(tr("Next &view after:"), m_rotateSecondsSpin);
    rotationForm->addRow(tr("Saved v&iews:"), m_rotateViewsList);
    rotationForm->addRow(m_noSavedViewsLabel);
    rotationForm->addRow(hint(tr("The checked views take turns on the wall, in this order."), rotation));

    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(display);
    layout->addWidget(rotation, 1);
    return tab;
}

QLabel *PreferencesDialog::hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    m_hintLabels.append(label);
    return label;
}

void PreferencesDialog::addSeverityRow(const QString &severity)
{
    const bool known = std::any_of(m_severityRows.cbegin(), m_severityRows.cend(), [&](const SeverityRow &row) {
        return row.severity == severity;
    });
    if (severity.isEmpty() || known)
        return;
    QWidget *parent = m_severityGrid->parentWidget();
    const SeverityRow row{severity, new QCheckBox(severity, parent), new QComboBox(parent)};
    row.notify->setObjectName(u"severityCheck_" + severity);
    row.sound->setObjectName(u"soundCombo_" + severity);
    row.sound->setToolTip(tr("The sound of notifications of %1 alerts").arg(severity));
    row.sound->addItem(ConsolePreferences::soundTitle(QString()), QString());
    for (const QString &id : ConsolePreferences::soundIds())
        row.sound->addItem(ConsolePreferences::soundTitle(id), id);
    const int gridRow = m_severityGrid->rowCount();
    m_severityGrid->addWidget(row.notify, gridRow, 0);
    m_severityGrid->addWidget(row.sound, gridRow, 1);
    connect(row.notify, &QCheckBox::toggled, this, &PreferencesDialog::updateState);
    connect(row.sound, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateState);
    m_severityRows.append(row);
}

void PreferencesDialog::showScreens(const QString &selected)
{
    const QSignalBlocker blocker(m_screenCombo);
    m_screenCombo->clear();
    m_screenCombo->addItem(tr("Window's current screen"), QString());
    for (const QScreen *screen : QGuiApplication::screens()) {
        const QSize size = screen->size();
        m_screenCombo->addItem(tr("%1 (%2 × %3)").arg(screen->name()).arg(size.width()).arg(size.height()),
                               screen->name());
    }
    // A monitor that is not plugged in now stays chosen: the wall may be off while this is edited.
    if (m_screenCombo->findData(selected) < 0)
        m_screenCombo->addItem(tr("%1 (not connected)").arg(selected), selected);
    m_screenCombo->setCurrentIndex(m_screenCombo->findData(selected));
}

void PreferencesDialog::showViewNames(const QStringList &names, const QStringList &chosen)
{
    const QSignalBlocker blocker(m_rotateViewsList);
    m_rotateViewsList->clear();
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(name, m_rotateViewsList);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
    m_noSavedViewsLabel->setVisible(m_savedViewNames && m_savedViewNames->isEmpty());
}

QStringList PreferencesDialog::checkedViewNames() const
{
    QStringList names;
    for (int i = 0; i < m_rotateViewsList->count(); ++i) {
        const QListWidgetItem *item = m_rotateViewsList->item(i);
        if (item->checkState() == Qt::Checked)
            names.append(item->text());
    }
    return names;
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
    p.language = m_languageCombo->currentData().toString();
    if (m_ackTimeoutSpin->value() > 0)
        p.ackTimeoutMinutes = m_ackTimeoutSpin->value();
    if (m_shelveTimeoutSpin->value() > 0)
        p.shelveTimeoutMinutes = m_shelveTimeoutSpin->value();

    NotificationRules &rules = p.notifications;
    rules.severities.clear();
    for (const SeverityRow &row : m_severityRows) {
        if (row.notify->isChecked())
            rules.severities.append(row.severity);
        if (const QString sound = row.sound->currentData().toString(); !sound.isEmpty())
            p.sounds.insert(row.severity, sound);
    }
    rules.environments = splitList(m_environmentsEdit->text());
    rules.services = splitList(m_servicesEdit->text());
    rules.customers = splitList(m_customersEdit->text());
    rules.quietHours = m_quietHoursCheck->isChecked();
    rules.quietFrom = m_quietFromEdit->time();
    rules.quietTo = m_quietToEdit->time();
    rules.stormThreshold = m_stormThresholdSpin->value();
    rules.stormWindow = std::chrono::seconds(m_stormWindowSpin->value());
    p.repeatSoundUntilAcknowledged = m_repeatSoundCheck->isChecked();
    p.startInTray = m_startInTrayCheck->isChecked();
    p.closeToTray = m_closeToTrayCheck->isChecked();

    p.wall.screenName = m_screenCombo->currentData().toString();
    p.wall.fontPoints = m_wallFontSpin->value();
    p.wall.pageSeconds = m_pageSecondsSpin->value();
    p.wall.rotateSeconds =
        m_rotateSecondsSpin->value() == m_rotateSecondsSpin->minimum() ? 0 : m_rotateSecondsSpin->value();
    p.wall.rotateViews = checkedViewNames();
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

void PreferencesDialog::setSavedViewNames(const QStringList &names)
{
    // What is checked now stays checked (it may have been changed since the dialog opened); names that are gone
    // are gone from the choice too.
    const QStringList chosen = checkedViewNames();
    m_savedViewNames = names;
    showViewNames(names, chosen);
    updateState();
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    // Applying a theme while the dialog is open changes its palette: the tones follow.
    if (event->type() == QEvent::PaletteChange)
        setTones(palette(), m_validationLabel, m_hintLabels);
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
    m_languageCombo->setCurrentIndex(qMax(0, m_languageCombo->findData(p.language)));
    m_ackTimeoutSpin->setValue(p.ackTimeoutMinutes.value_or(0));
    m_shelveTimeoutSpin->setValue(p.shelveTimeoutMinutes.value_or(0));

    const NotificationRules &rules = p.notifications;
    for (const QString &severity : rules.severities)
        addSeverityRow(severity);
    for (const QString &severity : p.sounds.keys())
        addSeverityRow(severity);
    for (const SeverityRow &row : std::as_const(m_severityRows)) {
        row.notify->setChecked(rules.severities.contains(row.severity));
        row.sound->setCurrentIndex(std::max(row.sound->findData(p.soundFor(row.severity)), 0));
    }
    m_environmentsEdit->setText(rules.environments.join(QStringLiteral(", ")));
    m_servicesEdit->setText(rules.services.join(QStringLiteral(", ")));
    m_customersEdit->setText(rules.customers.join(QStringLiteral(", ")));
    m_quietHoursCheck->setChecked(rules.quietHours);
    m_quietFromEdit->setTime(rules.quietFrom);
    m_quietToEdit->setTime(rules.quietTo);
    m_stormThresholdSpin->setValue(rules.stormThreshold);
    m_stormWindowSpin->setValue(
        static_cast<int>(std::chrono::duration_cast<std::chrono::seconds>(rules.stormWindow).count()));
    m_repeatSoundCheck->setChecked(p.repeatSoundUntilAcknowledged);
    m_startInTrayCheck->setChecked(p.startInTray);
    m_closeToTrayCheck->setChecked(p.closeToTray);

    showScreens(p.wall.screenName);
    m_wallFontSpin->setValue(p.wall.fontPoints);
    m_pageSecondsSpin->setValue(p.wall.pageSeconds);
    m_rotateSecondsSpin->setValue(p.wall.rotateSeconds == 0 ? m_rotateSecondsSpin->minimum() : p.wall.rotateSeconds);
    // Until the saved views are known, the list holds the chosen ones.
    showViewNames(m_savedViewNames.value_or(p.wall.rotateViews), p.wall.rotateViews);
}

void PreferencesDialog::updateState()
{
    const ConsolePreferences p = preferences();
    const bool custom = p.dateFormat == DateFormat::Custom;
    m_customPatternEdit->setEnabled(custom);
    m_quietFromEdit->setEnabled(p.notifications.quietHours);
    m_quietToEdit->setEnabled(p.notifications.quietHours);
    m_rotateViewsList->setEnabled(p.wall.rotateSeconds > 0);
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
