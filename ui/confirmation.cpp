// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/confirmation.h"

#include <QMessageBox>
#include <QPushButton>

QMessageBox *openConfirmation(QWidget *parent,
                              const QString &objectName,
                              const QString &title,
                              const QString &text,
                              const QString &yesText,
                              std::function<void(bool yes)> answered)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box->setObjectName(objectName);
    box->button(QMessageBox::Yes)->setText(yesText);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box, [box, answered = std::move(answered)] {
        answered(box->clickedButton() == box->button(QMessageBox::Yes));
    });
    box->open();
    return box;
}
