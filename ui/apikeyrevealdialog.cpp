// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/apikeyrevealdialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

ApiKeyRevealDialog::ApiKeyRevealDialog(const QString &key, QWidget *parent)
    : QDialog(parent)
    , m_keyEdit(new QLineEdit(key, this))
{
    setWindowTitle(tr("New API key"));
    setAttribute(Qt::WA_DeleteOnClose);

    auto *intro = new QLabel(tr("The new API key:"), this);
    m_keyEdit->setObjectName(QStringLiteral("keyEdit"));
    m_keyEdit->setReadOnly(true);
    m_keyEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_keyEdit->setMinimumWidth(m_keyEdit->fontMetrics().horizontalAdvance(key) + 24);
    m_keyEdit->selectAll();

    auto *warning = new QLabel(tr("Copy it now and keep it somewhere safe: it will not be shown again. Anyone who has "
                                  "it can use the server with the key's scopes."),
                               this);
    warning->setObjectName(QStringLiteral("warningLabel"));
    warning->setWordWrap(true);
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    auto *warningRow = new QHBoxLayout;
    warningRow->addWidget(icon, 0, Qt::AlignTop);
    warningRow->addWidget(warning, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    auto *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyButton"));
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_keyEdit->text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_keyEdit);
    layout->addLayout(warningRow);
    layout->addWidget(buttons);
    copy->setFocus();
}

void ApiKeyRevealDialog::done(int result)
{
    m_keyEdit->clear();
    QDialog::done(result);
}
