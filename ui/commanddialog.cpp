// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/commanddialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ui/commandtext.h"

CommandDialog::CommandDialog(const QString &action, qsizetype alertCount, qint64 defaultTimeout, QWidget *parent)
    : QDialog(parent)
    , m_action(action)
    , m_textEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("commandDialog"));
    const AlertCommand bare = AlertCommand::act(action);
    setWindowTitle(CommandText::title(bare));

    auto *heading = new QLabel(CommandText::heading(bare, alertCount), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);

    m_textEdit->setObjectName(QStringLiteral("commandTextEdit"));
    m_textEdit->setPlaceholderText(tr("Optional, e.g. “Maintenance CHG-1234”"));
    m_textEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    auto *form = new QFormLayout;
    form->addRow(tr("&Note:"), m_textEdit);
    if (takesTimeout(action)) {
        // Minutes: what operators think in; the API's seconds are a detail. 0 = the server's default.
        m_timeoutSpin = new QSpinBox(this);
        m_timeoutSpin->setObjectName(QStringLiteral("commandTimeoutSpin"));
        m_timeoutSpin->setRange(0, 365 * 24 * 60);
        m_timeoutSpin->setSuffix(tr(" min"));
        m_timeoutSpin->setSpecialValueText(tr("Server default"));
        m_timeoutSpin->setValue(static_cast<int>((defaultTimeout + 59) / 60));
        m_timeoutSpin->setToolTip(action == QLatin1StringView("ack")
                                      ? tr("The alert is unacknowledged again after this time")
                                      : tr("The alert is unshelved again after this time"));
        form->addRow(tr("&Timeout:"), m_timeoutSpin);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(CommandText::title(bare));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

CommandDialog::~CommandDialog() = default;

bool CommandDialog::takesTimeout(const QString &action)
{
    return action == QLatin1StringView("ack") || action == QLatin1StringView("shelve");
}

AlertCommand CommandDialog::command() const
{
    std::optional<qint64> timeout;
    if (m_timeoutSpin && m_timeoutSpin->value() > 0)
        timeout = qint64(m_timeoutSpin->value()) * 60;
    return AlertCommand::act(m_action, m_textEdit->text().trimmed(), timeout);
}
