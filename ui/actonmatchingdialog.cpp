// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/actonmatchingdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/commandtext.h"

namespace {

const QString deleteKey = QStringLiteral("delete");

} // namespace

ActOnMatchingDialog::ActOnMatchingDialog(const QString &filterSummary, QWidget *parent)
    : QDialog(parent)
    , m_summary(filterSummary)
    , m_commandCombo(new QComboBox(this))
    , m_textEdit(new QLineEdit(this))
    , m_previewLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("actOnMatchingDialog"));
    setWindowTitle(tr("Act on Everything Matching"));

    m_commandCombo->setObjectName(QStringLiteral("actOnMatchingCommandCombo"));
    for (const QString &action : CommandText::operatorActions())
        m_commandCombo->addItem(CommandText::title(AlertCommand::act(action)), action);
    m_commandCombo->addItem(CommandText::title(AlertCommand::remove()), deleteKey);
    m_textEdit->setObjectName(QStringLiteral("actOnMatchingTextEdit"));
    m_textEdit->setPlaceholderText(tr("Optional, e.g. “Maintenance CHG-1234”"));
    m_previewLabel->setObjectName(QStringLiteral("actOnMatchingPreviewLabel"));
    m_previewLabel->setWordWrap(true);
    m_previewLabel->setTextFormat(Qt::PlainText);
    m_previewLabel->setMinimumWidth(fontMetrics().averageCharWidth() * 60);

    auto *form = new QFormLayout;
    form->addRow(tr("&Command:"), m_commandCombo);
    form->addRow(tr("&Note:"), m_textEdit);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_runButton = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_commandCombo, &QComboBox::currentIndexChanged, this, &ActOnMatchingDialog::updatePreview);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_previewLabel);
    layout->addWidget(buttons);
    updatePreview();
}

ActOnMatchingDialog::~ActOnMatchingDialog() = default;

void ActOnMatchingDialog::setCount(qint64 count)
{
    m_count = count;
    updatePreview();
}

void ActOnMatchingDialog::setCountError(const QString &message)
{
    m_count.reset();
    m_previewLabel->setText(tr("Could not count the matching alerts: %1").arg(message));
    m_runButton->setEnabled(false);
}

AlertCommand ActOnMatchingDialog::command() const
{
    const QString key = m_commandCombo->currentData().toString();
    if (key == deleteKey)
        return AlertCommand::remove();
    return AlertCommand::act(key, m_textEdit->text().trimmed());
}

void ActOnMatchingDialog::updatePreview()
{
    const AlertCommand chosen = command();
    // Deletion records nothing in a history, so a note would be lost.
    m_textEdit->setEnabled(chosen.kind != AlertCommand::Kind::Delete);
    m_runButton->setText(CommandText::title(chosen));
    if (!m_count) {
        m_previewLabel->setText(tr("Counting the alerts matching: %1…").arg(m_summary));
        m_runButton->setEnabled(false);
        return;
    }
    m_previewLabel->setText(*m_count > 0 ? CommandText::preview(chosen, *m_count, m_summary)
                                         : tr("No alert matches: %1").arg(m_summary));
    m_runButton->setEnabled(*m_count > 0);
}
