// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/customereditor.h"

#include <QFormLayout>
#include <QLineEdit>

CustomerEditor::CustomerEditor(AlertBackend &backend, const QJsonObject &customer, QWidget *parent)
    : AdministrationEditor(backend, customer.isEmpty() ? tr("New customer lookup") : tr("Edit customer lookup"), parent)
    , m_id(customer.value(QLatin1StringView("id")).toString())
    , m_matchEdit(new QLineEdit(customer.value(QLatin1StringView("match")).toString(), this))
    , m_customerEdit(new QLineEdit(customer.value(QLatin1StringView("customer")).toString(), this))
{
    m_matchEdit->setObjectName(QStringLiteral("matchEdit"));
    m_customerEdit->setObjectName(QStringLiteral("customerEdit"));
    m_matchEdit->setPlaceholderText(tr("A login, group or email domain"));
    m_customerEdit->setPlaceholderText(tr("The customer it sees; * for all"));
    form()->addRow(tr("&Match:"), m_matchEdit);
    form()->addRow(tr("&Customer:"), m_customerEdit);
    setMinimumWidth(380);
}

QString CustomerEditor::problem() const
{
    if (m_matchEdit->text().trimmed().isEmpty())
        return tr("Enter the login, group or domain to match.");
    if (m_customerEdit->text().trimmed().isEmpty())
        return tr("Enter the customer.");
    return {};
}

ApiCall CustomerEditor::request() const
{
    const QJsonObject body{{QStringLiteral("match"), m_matchEdit->text().trimmed()},
                           {QStringLiteral("customer"), m_customerEdit->text().trimmed()}};
    if (m_id.isEmpty())
        return ApiCall::post(QStringLiteral("/customer"), body);
    return ApiCall::put(u"/customer/" + m_id, body);
}
