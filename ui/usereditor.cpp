// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/usereditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLineEdit>

UserEditor::UserEditor(AlertBackend &backend, const QJsonObject &user, QWidget *parent)
    : AdministrationEditor(backend, user.isEmpty() ? tr("New user") : tr("Edit user"), parent)
    , m_user(user)
    , m_nameEdit(new QLineEdit(user.value(QLatin1StringView("name")).toString(), this))
    , m_loginEdit(new QLineEdit(user.value(QLatin1StringView("login")).toString(), this))
    , m_emailEdit(new QLineEdit(user.value(QLatin1StringView("email")).toString(), this))
    , m_passwordEdit(new QLineEdit(this))
    , m_confirmEdit(new QLineEdit(this))
    , m_statusCombo(new QComboBox(this))
    , m_rolesEdit(new QLineEdit(this))
    , m_textEdit(new QLineEdit(user.value(QLatin1StringView("text")).toString(), this))
{
    const bool creating = user.isEmpty();
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_loginEdit->setObjectName(QStringLiteral("loginEdit"));
    m_emailEdit->setObjectName(QStringLiteral("emailEdit"));
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_confirmEdit->setObjectName(QStringLiteral("confirmEdit"));
    m_statusCombo->setObjectName(QStringLiteral("statusCombo"));
    m_rolesEdit->setObjectName(QStringLiteral("rolesEdit"));
    m_textEdit->setObjectName(QStringLiteral("textEdit"));

    m_loginEdit->setPlaceholderText(tr("Defaults to the email address"));
    for (QLineEdit *edit : {m_passwordEdit, m_confirmEdit}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    }
    if (!creating)
        m_passwordEdit->setPlaceholderText(tr("Leave empty to keep the password"));

    for (const QString &status : {QStringLiteral("active"), QStringLiteral("inactive")})
        m_statusCombo->addItem(statusTitle(status), status);
    const QString status = user.value(QLatin1StringView("status")).toString();
    if (!status.isEmpty() && m_statusCombo->findData(status) < 0)
        m_statusCombo->addItem(statusTitle(status), status);
    m_statusCombo->setCurrentIndex(std::max(0, m_statusCombo->findData(status)));

    QStringList roles;
    for (const QJsonValue &role : user.value(QLatin1StringView("roles")).toArray())
        roles.append(role.toString());
    m_rolesEdit->setText(creating ? QStringLiteral("user") : roles.join(QStringLiteral(", ")));
    m_rolesEdit->setPlaceholderText(tr("Comma-separated, e.g. user, ops"));
    m_rolesEdit->setToolTip(
        tr("Built-in roles: admin (every scope), user (read and write), guest (read alerts); a permission row "
           "adds scopes to any role."));

    form()->addRow(tr("&Name:"), m_nameEdit);
    form()->addRow(tr("&Login:"), m_loginEdit);
    form()->addRow(tr("&Email:"), m_emailEdit);
    form()->addRow(tr("&Password:"), m_passwordEdit);
    form()->addRow(tr("Con&firm password:"), m_confirmEdit);
    form()->addRow(tr("&Status:"), m_statusCombo);
    form()->addRow(tr("&Roles:"), m_rolesEdit);
    form()->addRow(tr("&Text:"), m_textEdit);
    setMinimumWidth(420);
}

QString UserEditor::statusTitle(const QString &status)
{
    if (status == QLatin1StringView("active"))
        return tr("active");
    if (status == QLatin1StringView("inactive"))
        return tr("inactive");
    if (status == QLatin1StringView("unknown"))
        return tr("unknown");
    return status;
}

QStringList UserEditor::splitRoles(const QString &text)
{
    QStringList roles;
    for (const QString &part : text.split(u',')) {
        const QString role = part.trimmed();
        if (!role.isEmpty() && !roles.contains(role))
            roles.append(role);
    }
    return roles;
}

void UserEditor::done(int result)
{
    m_passwordEdit->clear();
    m_confirmEdit->clear();
    AdministrationEditor::done(result);
}

QString UserEditor::problem() const
{
    if (m_nameEdit->text().trimmed().isEmpty())
        return tr("Enter the user's name.");
    if (m_loginEdit->text().trimmed().isEmpty() && m_emailEdit->text().trimmed().isEmpty())
        return tr("Enter a login or an email address.");
    const QString email = m_emailEdit->text().trimmed();
    if (!email.isEmpty() && !email.contains(u'@'))
        return tr("“%1” is not an email address.").arg(email);
    if (m_user.isEmpty() && m_passwordEdit->text().isEmpty())
        return tr("Enter a password for the new user.");
    if (m_passwordEdit->text() != m_confirmEdit->text())
        return tr("The passwords do not match.");
    return {};
}

ApiCall UserEditor::request() const
{
    QJsonObject body{
        {QStringLiteral("name"), m_nameEdit->text().trimmed()},
        {QStringLiteral("status"), m_statusCombo->currentData().toString()},
        {QStringLiteral("roles"), QJsonArray::fromStringList(splitRoles(m_rolesEdit->text()))},
        {QStringLiteral("text"), m_textEdit->text().trimmed()},
    };
    if (const QString login = m_loginEdit->text().trimmed(); !login.isEmpty())
        body.insert(QStringLiteral("login"), login);
    if (const QString email = m_emailEdit->text().trimmed(); !email.isEmpty())
        body.insert(QStringLiteral("email"), email);
    if (!m_passwordEdit->text().isEmpty())
        body.insert(QStringLiteral("password"), m_passwordEdit->text());
    if (m_user.isEmpty())
        return ApiCall::post(QStringLiteral("/user"), body);
    return ApiCall::put(u"/user/" + m_user.value(QLatin1StringView("id")).toString(), body);
}
