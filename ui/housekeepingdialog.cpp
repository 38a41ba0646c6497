// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/housekeepingdialog.h"

#include "ui/confirmation.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/client/alertbackend.h"
#include "core/client/whenfinished.h"
#include "models/timeformat.h"

namespace {

const QString AdminScope = QStringLiteral("admin:management");

/// A year: beyond that a threshold means "never", which the server spells as a configured 0, not a parameter.
constexpr int MaxHours = 24 * 366;

QSpinBox *hoursBox(const char *objectName, int value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QLatin1StringView(objectName));
    box->setRange(0, MaxHours);
    box->setValue(value);
    box->setSuffix(HousekeepingDialog::tr(" h"));
    // Spec §6: the server reads 0 as "use my configured default", not as "everything".
    box->setSpecialValueText(HousekeepingDialog::tr("Server default"));
    box->setToolTip(HousekeepingDialog::tr("Hours since the alert was last received. 0 uses the server's default."));
    return box;
}

QString hoursText(int hours)
{
    return hours == 0 ? HousekeepingDialog::tr("the server's default time")
                      : HousekeepingDialog::tr("%n hour(s)", nullptr, hours);
}

QLabel *countLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1StringView(objectName));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

/// "3" with the ids as a tooltip, for the lists of the answer.
void showIds(QLabel *label, const QJsonValue &ids)
{
    const QJsonArray list = ids.toArray();
    label->setText(QString::number(list.size()));
    QStringList lines;
    for (const QJsonValue &id : list)
        lines.append(id.toString());
    label->setToolTip(lines.join(u'\n'));
}

} // namespace

HousekeepingDialog::HousekeepingDialog(AlertBackend &backend, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
{
    setObjectName(QStringLiteral("housekeepingDialog"));
    setWindowTitle(tr("Housekeeping"));
    auto *layout = new QVBoxLayout(this);
    // Grows with the result box instead of squeezing the wrapped explanation.
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    auto *explanation = new QLabel(this);
    explanation->setObjectName(QStringLiteral("explanationLabel"));
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::RichText);
    explanation->setText(
        tr("<p>Housekeeping runs on the server, in this order:</p>"
           "<ol>"
           "<li>deletes <b>closed</b> and <b>expired</b> alerts not received for longer than the first time "
           "below;</li>"
           "<li>deletes <b>informational</b> alerts, in any status, not received for longer than the second "
           "time below;</li>"
           "<li>marks alerts whose timeout has passed as <b>expired</b>;</li>"
           "<li>ends shelves and acknowledgements whose timeout has passed: those alerts become open again (or "
           "acknowledged, if they were before the shelve).</li>"
           "</ol>"
           "<p>Deleted alerts cannot be restored. The server usually runs this by itself every minute; running it "
           "here does it now, with your times.</p>"));
    layout->addWidget(explanation);

    auto *form = new QFormLayout;
    m_expiredHours = hoursBox("expiredHoursBox", DefaultExpiredHours, this);
    m_infoHours = hoursBox("infoHoursBox", DefaultInfoHours, this);
    form->addRow(tr("Delete closed and expired alerts older than:"), m_expiredHours);
    form->addRow(tr("Delete informational alerts older than:"), m_infoHours);
    layout->addLayout(form);

    m_accessLabel =
        new QLabel(tr("Housekeeping needs the admin:management scope, which this session does not have."), this);
    m_accessLabel->setObjectName(QStringLiteral("accessLabel"));
    m_accessLabel->setWordWrap(true);
    layout->addWidget(m_accessLabel);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_statusLabel);

    auto *resultBox = new QGroupBox(tr("Result of the last run"), this);
    resultBox->setObjectName(QStringLiteral("resultBox"));
    auto *resultForm = new QFormLayout(resultBox);
    m_expiredLabel = countLabel("expiredCountLabel", resultBox);
    m_unshelvedLabel = countLabel("unshelvedCountLabel", resultBox);
    m_unackedLabel = countLabel("unackedCountLabel", resultBox);
    m_deletedLabel = countLabel("deletedCountLabel", resultBox);
    resultForm->addRow(tr("Expired:"), m_expiredLabel);
    resultForm->addRow(tr("Unshelved:"), m_unshelvedLabel);
    resultForm->addRow(tr("Unacknowledged:"), m_unackedLabel);
    resultForm->addRow(tr("Deleted:"), m_deletedLabel);
    m_resultBox = resultBox;
    m_resultBox->hide();
    layout->addWidget(m_resultBox);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_runButton = buttons->addButton(tr("&Run now…"), QDialogButtonBox::ActionRole);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    connect(m_runButton, &QPushButton::clicked, this, &HousekeepingDialog::requestRun);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(&m_backend, &AlertBackend::sessionChanged, this, &HousekeepingDialog::showAccess);
    showAccess();
    resize(580, heightForWidth(580));
}

HousekeepingDialog::~HousekeepingDialog() = default;

void HousekeepingDialog::showAccess()
{
    const bool allowed = m_backend.session().allows(AdminScope);
    m_accessLabel->setVisible(!allowed);
    m_runButton->setEnabled(allowed && !m_busy);
    m_runButton->setToolTip(allowed ? QString() : m_accessLabel->text());
}

void HousekeepingDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_expiredHours->setEnabled(!busy);
    m_infoHours->setEnabled(!busy);
    showAccess();
}

void HousekeepingDialog::requestRun()
{
    if (m_busy || m_confirmation || !m_backend.session().allows(AdminScope))
        return;
    m_confirmation = openConfirmation(
        this,
        QStringLiteral("confirmRunBox"),
        tr("Run housekeeping"),
        tr("Run housekeeping on %1 now?\n\nClosed and expired alerts not received for "
           "%2 and informational alerts not received for %3 are deleted for good.")
            .arg(m_backend.displayName(), hoursText(m_expiredHours->value()), hoursText(m_infoHours->value())),
        tr("Run"),
        [this](bool yes) {
            m_confirmation = nullptr;
            if (yes)
                run();
        });
}

void HousekeepingDialog::run()
{
    setBusy(true);
    m_statusLabel->setText(tr("Running…"));
    m_statusLabel->setPalette(QPalette());
    ApiCall call = ApiCall::post(QStringLiteral("/management/housekeeping"));
    call.query = {{QStringLiteral("expired"), QString::number(m_expiredHours->value())},
                  {QStringLiteral("info"), QString::number(m_infoHours->value())}};
    whenFinished(m_backend.call(call), this, [this](const Result<ApiAnswer> &answer) {
        setBusy(false);
        if (answer)
            showResult(answer->json());
        else
            showError(answer.error().errors.isEmpty()
                          ? answer.error().message
                          : tr("%1: %2").arg(answer.error().message, answer.error().errors.join(QStringLiteral("; "))));
    });
}

void HousekeepingDialog::showResult(const QJsonObject &result)
{
    showIds(m_expiredLabel, result.value(QLatin1StringView("expired")));
    showIds(m_unshelvedLabel, result.value(QLatin1StringView("unshelve")));
    showIds(m_unackedLabel, result.value(QLatin1StringView("unack")));
    // Upstream's answer has no deleted count; this project's server adds `deleted`.
    const QJsonValue deleted = result.value(QLatin1StringView("deleted"));
    m_deletedLabel->setText(deleted.isDouble() ? QString::number(deleted.toInteger())
                                               : tr("not reported by this server"));
    m_resultBox->show();
    m_statusLabel->setText(
        tr("Housekeeping finished at %1.").arg(TimeFormat::local(QDateTime::currentMSecsSinceEpoch())));
    Q_EMIT finished(result);
}

void HousekeepingDialog::showError(const QString &message)
{
    m_statusLabel->setText(tr("Housekeeping failed: %1").arg(message));
    const bool dark = m_statusLabel->palette().color(QPalette::Window).lightness() < 128;
    QPalette palette;
    palette.setColor(QPalette::WindowText, dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28));
    m_statusLabel->setPalette(palette);
    Q_EMIT failed(message);
}
