// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/apikeyeditor.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QJsonArray>
#include <QLineEdit>

#include "core/client/alertbackend.h"
#include "core/timestamp.h"
#include "ui/administrationscopelist.h"

ApiKeyEditor::ApiKeyEditor(AlertBackend &backend, const QJsonObject &key, QWidget *parent)
    : AdministrationEditor(backend, key.isEmpty() ? tr("New API key") : tr("Edit API key"), parent)
    , m_key(key)
    , m_userEdit(new QLineEdit(this))
    , m_scopeList(new AdministrationScopeList(backend, this))
    , m_expiryEdit(new QDateTimeEdit(this))
    , m_textEdit(new QLineEdit(this))
    , m_customerCombo(new QComboBox(this))
{
    const SessionInfo &session = backend.session();
    const bool creating = key.isEmpty();
    m_userEdit->setObjectName(QStringLiteral("userEdit"));
    m_scopeList->setObjectName(QStringLiteral("scopeList"));
    m_expiryEdit->setObjectName(QStringLiteral("expiryEdit"));
    m_textEdit->setObjectName(QStringLiteral("textEdit"));
    m_customerCombo->setObjectName(QStringLiteral("customerCombo"));

    // The server ignores another user from anyone but a key administrator and makes the key theirs.
    const bool mayChooseUser = session.allows(QStringLiteral("admin:keys"));
    m_userEdit->setText(creating ? session.login : key.value(QLatin1StringView("user")).toString());
    m_userEdit->setEnabled(mayChooseUser);
    if (!mayChooseUser)
        m_userEdit->setToolTip(tr("Only sessions with the scope admin:keys may make keys for other users."));
    m_userEdit->setReadOnly(!creating && !mayChooseUser);

    if (creating) {
        // The server's USER_DEFAULT_SCOPES, as far as this session may hand them out.
        QStringList defaults;
        for (const QString &scope : {QStringLiteral("read"), QStringLiteral("write")}) {
            if (session.allows(scope))
                defaults.append(scope);
        }
        m_scopeList->setCheckedScopes(defaults);
    } else {
        QStringList scopes;
        for (const QJsonValue &scope : key.value(QLatin1StringView("scopes")).toArray())
            scopes.append(scope.toString());
        m_scopeList->setCheckedScopes(scopes);
    }

    m_expiryEdit->setCalendarPopup(true);
    m_expiryEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    const std::optional<Timestamp> expires = IsoTime::parse(key.value(QLatin1StringView("expireTime")).toString());
    m_expiryEdit->setDateTime(expires ? QDateTime::fromMSecsSinceEpoch(*expires).toLocalTime()
                                      : QDateTime::currentDateTime().addDays(365));

    m_textEdit->setText(key.value(QLatin1StringView("text")).toString());
    m_textEdit->setPlaceholderText(tr("What the key is for, e.g. “Nagios forwarder”"));

    m_customerCombo->setEditable(session.seesAllCustomers());
    if (session.seesAllCustomers())
        m_customerCombo->addItem(QString()); // no customer: the key sees every customer
    m_customerCombo->addItems(session.customers);
    const QString customer = key.value(QLatin1StringView("customer")).toString();
    if (!customer.isEmpty())
        m_customerCombo->setCurrentText(customer);

    form()->addRow(tr("&User:"), m_userEdit);
    form()->addRow(tr("&Scopes:"), m_scopeList);
    form()->addRow(tr("E&xpires:"), m_expiryEdit);
    form()->addRow(tr("&Text:"), m_textEdit);
    if (session.customerViews)
        form()->addRow(tr("&Customer:"), m_customerCombo);
    else
        m_customerCombo->hide();
    m_textEdit->setFocus();
}

QString ApiKeyEditor::problem() const
{
    if (m_scopeList->checkedScopes().isEmpty())
        return tr("Choose at least one scope.");
    if (m_expiryEdit->dateTime() <= QDateTime::currentDateTime())
        return tr("The expiry time is in the past.");
    return {};
}

ApiCall ApiKeyEditor::request() const
{
    QJsonObject body{
        {QStringLiteral("scopes"), QJsonArray::fromStringList(m_scopeList->checkedScopes())},
        {QStringLiteral("text"), m_textEdit->text().trimmed()},
        {QStringLiteral("expireTime"), IsoTime::format(m_expiryEdit->dateTime().toMSecsSinceEpoch())},
    };
    const QString customer = m_customerCombo->currentText().trimmed();
    const bool customerViews = backend().session().customerViews;
    if (m_key.isEmpty()) {
        if (m_userEdit->isEnabled() && !m_userEdit->text().trimmed().isEmpty())
            body.insert(QStringLiteral("user"), m_userEdit->text().trimmed());
        if (customerViews && !customer.isEmpty())
            body.insert(QStringLiteral("customer"), customer);
        return ApiCall::post(QStringLiteral("/key"), body);
    }
    if (m_userEdit->isEnabled() && m_userEdit->text().trimmed() != m_key.value(QLatin1StringView("user")).toString())
        body.insert(QStringLiteral("user"), m_userEdit->text().trimmed());
    if (customerViews && customer != m_key.value(QLatin1StringView("customer")).toString())
        body.insert(QStringLiteral("customer"), customer);
    return ApiCall::put(u"/key/" + m_key.value(QLatin1StringView("id")).toString(), body);
}
