// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/blackoutdialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/client/alertbackend.h"
#include "core/client/whenfinished.h"
#include "core/timestamp.h"

namespace {

constexpr qint64 FallbackDuration = 3600; // BLACKOUT_DURATION's default, until /config says otherwise

/// A comma-separated list as a JSON array of its non-empty, trimmed parts.
QJsonArray listOf(const QString &text)
{
    QJsonArray list;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            list.append(part.trimmed());
    }
    return list;
}

QString textOf(const QJsonValue &value)
{
    if (!value.isArray())
        return value.toString();
    QStringList parts;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        parts.append(v.toString());
    return parts.join(QStringLiteral(", "));
}

void addChoice(QComboBox *combo, const QString &text)
{
    if (!text.isEmpty() && combo->findText(text) < 0)
        combo->addItem(text);
}

} // namespace

BlackoutDialog::BlackoutDialog(AlertBackend &backend, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_form(new QFormLayout)
    , m_environmentCombo(new QComboBox(this))
    , m_serviceEdit(new QLineEdit(this))
    , m_resourceEdit(new QLineEdit(this))
    , m_eventEdit(new QLineEdit(this))
    , m_groupEdit(new QLineEdit(this))
    , m_tagsEdit(new QLineEdit(this))
    , m_originEdit(new QLineEdit(this))
    , m_customerCombo(new QComboBox(this))
    , m_startNowRadio(new QRadioButton(tr("&Now"), this))
    , m_startAtRadio(new QRadioButton(tr("&At"), this))
    , m_startEdit(new QDateTimeEdit(this))
    , m_durationRadio(new QRadioButton(tr("&For"), this))
    , m_hoursSpin(new QSpinBox(this))
    , m_minutesSpin(new QSpinBox(this))
    , m_endAtRadio(new QRadioButton(tr("&Until"), this))
    , m_endEdit(new QDateTimeEdit(this))
    , m_textEdit(new QLineEdit(this))
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("blackoutDialog"));
    setWindowTitle(tr("New blackout"));

    m_environmentCombo->setObjectName(QStringLiteral("blackoutEnvironmentCombo"));
    m_environmentCombo->setEditable(true);
    m_environmentCombo->setInsertPolicy(QComboBox::NoInsert);
    m_environmentCombo->setToolTip(tr("Required: alerts of this environment are suppressed"));
    m_serviceEdit->setObjectName(QStringLiteral("blackoutServiceEdit"));
    m_serviceEdit->setPlaceholderText(tr("Any; several separated by commas"));
    m_resourceEdit->setObjectName(QStringLiteral("blackoutResourceEdit"));
    m_resourceEdit->setPlaceholderText(tr("Any"));
    m_eventEdit->setObjectName(QStringLiteral("blackoutEventEdit"));
    m_eventEdit->setPlaceholderText(tr("Any"));
    m_groupEdit->setObjectName(QStringLiteral("blackoutGroupEdit"));
    m_groupEdit->setPlaceholderText(tr("Any"));
    m_tagsEdit->setObjectName(QStringLiteral("blackoutTagsEdit"));
    m_tagsEdit->setPlaceholderText(tr("None; alerts must carry all of them, separated by commas"));
    m_originEdit->setObjectName(QStringLiteral("blackoutOriginEdit"));
    m_originEdit->setPlaceholderText(tr("Any"));
    m_customerCombo->setObjectName(QStringLiteral("blackoutCustomerCombo"));
    m_customerCombo->setEditable(true);
    m_customerCombo->setInsertPolicy(QComboBox::NoInsert);

    m_startNowRadio->setObjectName(QStringLiteral("blackoutStartNowRadio"));
    m_startAtRadio->setObjectName(QStringLiteral("blackoutStartAtRadio"));
    m_startEdit->setObjectName(QStringLiteral("blackoutStartEdit"));
    m_durationRadio->setObjectName(QStringLiteral("blackoutDurationRadio"));
    m_hoursSpin->setObjectName(QStringLiteral("blackoutHoursSpin"));
    m_minutesSpin->setObjectName(QStringLiteral("blackoutMinutesSpin"));
    m_endAtRadio->setObjectName(QStringLiteral("blackoutEndAtRadio"));
    m_endEdit->setObjectName(QStringLiteral("blackoutEndEdit"));
    m_textEdit->setObjectName(QStringLiteral("blackoutTextEdit"));
    m_textEdit->setPlaceholderText(tr("e.g. “Maintenance CHG-1234”"));
    m_errorLabel->setObjectName(QStringLiteral("blackoutErrorLabel"));
    m_buttons->setObjectName(QStringLiteral("blackoutButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create blackout"));

    const QDateTime now = QDateTime::currentDateTime();
    const QString dateFormat = QStringLiteral("yyyy-MM-dd HH:mm");
    m_startEdit->setDisplayFormat(dateFormat);
    m_startEdit->setCalendarPopup(true);
    m_startEdit->setDateTime(now);
    m_endEdit->setDisplayFormat(dateFormat);
    m_endEdit->setCalendarPopup(true);
    m_endEdit->setDateTime(now.addSecs(FallbackDuration));
    m_hoursSpin->setRange(0, 24 * 366);
    m_hoursSpin->setSuffix(tr(" h"));
    m_minutesSpin->setRange(0, 59);
    m_minutesSpin->setSuffix(tr(" min"));
    m_hoursSpin->setValue(int(FallbackDuration / 3600));

    auto *startGroup = new QButtonGroup(this);
    startGroup->addButton(m_startNowRadio);
    startGroup->addButton(m_startAtRadio);
    m_startNowRadio->setChecked(true);
    auto *endGroup = new QButtonGroup(this);
    endGroup->addButton(m_durationRadio);
    endGroup->addButton(m_endAtRadio);
    m_durationRadio->setChecked(true);

    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_startNowRadio);
    startRow->addWidget(m_startAtRadio);
    startRow->addWidget(m_startEdit, 1);
    auto *endRow = new QHBoxLayout;
    endRow->addWidget(m_durationRadio);
    endRow->addWidget(m_hoursSpin);
    endRow->addWidget(m_minutesSpin);
    endRow->addSpacing(12);
    endRow->addWidget(m_endAtRadio);
    endRow->addWidget(m_endEdit, 1);

    m_form->addRow(tr("&Environment:"), m_environmentCombo);
    m_form->addRow(tr("&Service:"), m_serviceEdit);
    m_form->addRow(tr("&Resource:"), m_resourceEdit);
    m_form->addRow(tr("E&vent:"), m_eventEdit);
    m_form->addRow(tr("&Group:"), m_groupEdit);
    m_form->addRow(tr("&Tags:"), m_tagsEdit);
    m_form->addRow(tr("&Origin:"), m_originEdit);
    m_form->addRow(tr("&Customer:"), m_customerCombo);
    m_form->addRow(tr("Start:"), startRow);
    m_form->addRow(tr("End:"), endRow);
    m_form->addRow(tr("Rea&son:"), m_textEdit);
    m_form->setRowVisible(m_customerCombo, m_backend.session().customerViews);

    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_errorLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &BlackoutDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_startNowRadio, &QRadioButton::toggled, this, &BlackoutDialog::updateTimeFields);
    connect(m_durationRadio, &QRadioButton::toggled, this, &BlackoutDialog::updateTimeFields);
    const auto edited = [this] { m_durationEdited = true; };
    connect(m_hoursSpin, &QSpinBox::valueChanged, this, edited);
    connect(m_minutesSpin, &QSpinBox::valueChanged, this, edited);
    updateTimeFields();
    loadChoices();
}

BlackoutDialog::~BlackoutDialog() = default;

void BlackoutDialog::updateTimeFields()
{
    m_startEdit->setEnabled(m_startAtRadio->isChecked());
    m_hoursSpin->setEnabled(m_durationRadio->isChecked());
    m_minutesSpin->setEnabled(m_durationRadio->isChecked());
    m_endEdit->setEnabled(m_endAtRadio->isChecked());
}

void BlackoutDialog::loadChoices()
{
    const SessionInfo &session = m_backend.session();
    if (session.customerViews) {
        for (const QString &customer : session.customers)
            addChoice(m_customerCombo, customer);
        // A session with one customer gets it anyway (spec §5.6); showing it says so.
        m_customerCombo->setEditText(session.customers.size() == 1 ? session.customers.first() : QString());
        if (session.allows(QStringLiteral("read:customers"))) {
            whenFinished(m_backend.call(ApiCall::get(QStringLiteral("/customers"))),
                         this,
                         [this](const Result<ApiAnswer> &answer) {
                             if (!answer)
                                 return; // the customer is typed in then
                             const QString typed = m_customerCombo->currentText();
                             const QJsonArray customers = answer->json().value(QStringLiteral("customers")).toArray();
                             for (const QJsonValue &c : customers)
                                 addChoice(m_customerCombo, c.toObject().value(QStringLiteral("customer")).toString());
                             m_customerCombo->setEditText(typed);
                         });
        }
    }

    // Environments: those with alerts, and those the server allows (ALLOWED_ENVIRONMENTS in /config).
    whenFinished(m_backend.call(ApiCall::get(QStringLiteral("/environments"))),
                 this,
                 [this](const Result<ApiAnswer> &answer) {
                     if (!answer)
                         return; // typed in then
                     const QString typed = m_environmentCombo->currentText();
                     const QJsonArray environments = answer->json().value(QStringLiteral("environments")).toArray();
                     for (const QJsonValue &e : environments)
                         addChoice(m_environmentCombo, e.toObject().value(QStringLiteral("environment")).toString());
                     m_environmentCombo->setEditText(typed);
                 });
    whenFinished(
        m_backend.call(ApiCall::get(QStringLiteral("/config"))),
        this,
        [this](const Result<ApiAnswer> &answer) {
            if (!answer)
                return;
            const QJsonObject config = answer->json();
            const QString typed = m_environmentCombo->currentText();
            const QJsonArray allowed = config.value(QStringLiteral("environments")).toArray();
            for (const QJsonValue &e : allowed)
                addChoice(m_environmentCombo, e.toString());
            m_environmentCombo->setEditText(typed);
            const qint64 duration = static_cast<qint64>(
                config.value(QStringLiteral("blackouts")).toObject().value(QStringLiteral("duration")).toDouble());
            if (duration > 0 && !m_durationEdited) {
                m_hoursSpin->blockSignals(true);
                m_minutesSpin->blockSignals(true);
                m_hoursSpin->setValue(int(duration / 3600));
                m_minutesSpin->setValue(int(duration / 60 % 60));
                m_hoursSpin->blockSignals(false);
                m_minutesSpin->blockSignals(false);
                if (!m_endEdit->isEnabled())
                    m_endEdit->setDateTime(QDateTime::currentDateTime().addSecs(duration));
            }
        });
}

void BlackoutDialog::setFields(const QJsonObject &fields)
{
    const auto fill = [&fields](QLineEdit *edit, const char *key) {
        if (fields.contains(QLatin1StringView(key)))
            edit->setText(textOf(fields.value(QLatin1StringView(key))));
    };
    if (fields.contains(QStringLiteral("environment")))
        m_environmentCombo->setEditText(fields.value(QStringLiteral("environment")).toString());
    fill(m_serviceEdit, "service");
    fill(m_resourceEdit, "resource");
    fill(m_eventEdit, "event");
    fill(m_groupEdit, "group");
    fill(m_tagsEdit, "tags");
    fill(m_originEdit, "origin");
    if (fields.value(QStringLiteral("customer")).isString())
        m_customerCombo->setEditText(fields.value(QStringLiteral("customer")).toString());
}

QJsonObject BlackoutDialog::body() const
{
    QJsonObject body;
    // Sent even when empty: the server's message says what is missing.
    body.insert(QStringLiteral("environment"), m_environmentCombo->currentText().trimmed());
    if (const QJsonArray services = listOf(m_serviceEdit->text()); !services.isEmpty())
        body.insert(QStringLiteral("service"), services);
    const auto insertText = [&body](const char *key, const QString &text) {
        if (!text.trimmed().isEmpty())
            body.insert(QLatin1StringView(key), text.trimmed());
    };
    insertText("resource", m_resourceEdit->text());
    insertText("event", m_eventEdit->text());
    insertText("group", m_groupEdit->text());
    if (const QJsonArray tags = listOf(m_tagsEdit->text()); !tags.isEmpty())
        body.insert(QStringLiteral("tags"), tags);
    insertText("origin", m_originEdit->text());
    if (m_backend.session().customerViews)
        insertText("customer", m_customerCombo->currentText());
    if (m_startAtRadio->isChecked())
        body.insert(QStringLiteral("startTime"), IsoTime::format(m_startEdit->dateTime().toMSecsSinceEpoch()));
    if (m_durationRadio->isChecked())
        body.insert(QStringLiteral("duration"), m_hoursSpin->value() * 3600 + m_minutesSpin->value() * 60);
    else
        body.insert(QStringLiteral("endTime"), IsoTime::format(m_endEdit->dateTime().toMSecsSinceEpoch()));
    insertText("text", m_textEdit->text());
    return body;
}

void BlackoutDialog::accept()
{
    if (m_sending)
        return;
    m_sending = true;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_errorLabel->hide();
    whenFinished(m_backend.call(ApiCall::post(QStringLiteral("/blackout"), body())),
                 this,
                 [this](const Result<ApiAnswer> &answer) {
                     m_sending = false;
                     m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
                     if (!answer) {
                         QString message = answer.error().message;
                         if (!answer.error().errors.isEmpty())
                             message += u'\n' + answer.error().errors.join(u'\n');
                         m_errorLabel->setText(message);
                         m_errorLabel->show();
                         return;
                     }
                     Q_EMIT blackoutCreated(answer->json().value(QStringLiteral("blackout")).toObject());
                     QDialog::accept();
                 });
}
