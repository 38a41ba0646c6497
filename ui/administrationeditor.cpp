// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/administrationeditor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/client/alertbackend.h"
#include "core/client/whenfinished.h"

AdministrationEditor::AdministrationEditor(AlertBackend &backend, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_form(new QFormLayout)
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral("color: palette(highlight); font-weight: bold;"));
    m_errorLabel->hide();
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AdministrationEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AdministrationEditor::reject);

    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
}

void AdministrationEditor::accept()
{
    if (m_sending)
        return;
    if (const QString why = problem(); !why.isEmpty()) {
        showError(why);
        return;
    }
    m_sending = true;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    whenFinished(m_backend.call(request()), this, [this](const Result<ApiAnswer> &answer) {
        m_sending = false;
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
        if (!answer) {
            showError(answer.error().message.isEmpty()
                          ? tr("The server refused the request (%1).").arg(answer.error().code)
                          : answer.error().message);
            return;
        }
        showError({});
        Q_EMIT saved(answer->json());
        QDialog::accept();
    });
}

void AdministrationEditor::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}
