// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolButton>
#include <QWidget>

#include <functional>
#include <optional>

/// A secret's line edit with its Show toggle. The edit stays empty unless the user types a new secret or asks to
/// see the stored one: an untouched field means "keep what the keychain has", and the stored secret is in a widget
/// only while it is shown.
class SecretField final : public QWidget
{
    Q_DECLARE_TR_FUNCTIONS(SecretField)
    Q_DISABLE_COPY_MOVE(SecretField)

public:
    /// `name` makes the object names: "apiKey" gives apiKeyEdit and showApiKeyButton.
    SecretField(const QString &name, QWidget *parent)
        : QWidget(parent)
        , m_edit(new QLineEdit(this))
        , m_toggle(new QToolButton(this))
    {
        m_edit->setObjectName(QString(name + u"Edit"));
        m_edit->setEchoMode(QLineEdit::Password);
        m_toggle->setObjectName(QString(u"show" + name.left(1).toUpper() + name.mid(1) + u"Button"));
        m_toggle->setCheckable(true);
        m_toggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_toggle->setToolTip(tr("Show or hide the secret"));
        showToggleText();
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_edit, 1);
        layout->addWidget(m_toggle);

        // Emptying the field is the same as not touching it: the stored secret stays.
        connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) { m_typed = !text.isEmpty(); });
        connect(m_toggle, &QToolButton::toggled, this, &SecretField::onToggled);
    }

    QLineEdit *edit() const { return m_edit; }
    QToolButton *toggle() const { return m_toggle; }

    /// What the user typed; empty when the field is untouched.
    QString typed() const { return m_typed ? m_edit->text() : QString(); }
    bool isTyped() const { return m_typed; }
    /// What the field holds: typed, or the stored secret while shown.
    QString text() const { return m_edit->text(); }

    /// Whether the keychain has this secret: the placeholder says so. std::nullopt while unknown.
    std::optional<bool> stored() const { return m_stored; }
    void setStored(std::optional<bool> stored)
    {
        m_stored = stored;
        m_edit->setPlaceholderText(stored.value_or(false) ? tr("stored in the keychain") : QString());
    }

    /// Empties the field and hides it again; what the keychain has stays known.
    void clear()
    {
        const QSignalBlocker blocker(m_toggle);
        m_toggle->setChecked(false);
        m_edit->setEchoMode(QLineEdit::Password);
        showToggleText();
        forget();
    }

    /// The stored secret, asked for by the Show toggle: shown if the user still wants it and typed nothing.
    void reveal(const QString &secret)
    {
        if (m_toggle->isChecked() && !m_typed && m_edit->text().isEmpty())
            m_edit->setText(secret);
    }

    /// Called when the toggle asks to see the stored secret.
    std::function<void()> revealRequested;

private:
    void onToggled(bool shown)
    {
        m_edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        showToggleText();
        if (shown && !m_typed && m_edit->text().isEmpty() && m_stored.value_or(false) && revealRequested)
            revealRequested();
        else if (!shown && !m_typed)
            forget(); // the stored secret leaves the widget with the toggle
    }

    void showToggleText() { m_toggle->setText(m_toggle->isChecked() ? tr("Hide") : tr("Show")); }

    void forget()
    {
        // setText(), not clear(): clear() is an undoable edit, which would keep the secret in the undo history.
        m_edit->setText(QString());
        m_typed = false;
    }

    QLineEdit *m_edit;
    QToolButton *m_toggle;
    bool m_typed = false;
    std::optional<bool> m_stored;
};
