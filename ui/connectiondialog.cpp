// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
#include "ui/connectiondialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <memory>
#include <utility>

#include "core/client/connectionprofilestore.h"
#include "core/client/remotebackend.h"
#include "core/client/whenfinished.h"
#include "ui/connectiontestrun.h"
#include "ui/secretfield.h"

namespace {

using Auth = ConnectionProfile::Auth;
using Kind = ConnectionProfile::Kind;
using Secret = ConnectionProfile::Secret;
using Transport = ConnectionProfile::Transport;

/// The profile id of a list item.
constexpr int IdRole = Qt::UserRole + 1;

/// Calls `handler` once every one of `futures` finished: ok() when all are, else with the first error to arrive.
/// Never, if one is cancelled: that happens only to a SecretStore destroyed first, which must outlive the dialog.
void whenAllFinished(QObject *context,
                     QList<QFuture<VoidResult>> futures,
                     const std::function<void(const VoidResult &)> &handler)
{
    if (futures.isEmpty())
        futures.append(QtFuture::makeReadyFuture(VoidResult(Ok{})));
    struct State
    {
        qsizetype remaining = 0;
        std::optional<ApiError> firstError;
    };
    auto state = std::make_shared<State>();
    state->remaining = futures.size();
    for (const QFuture<VoidResult> &future : std::as_const(futures)) {
        whenFinished(future, context, [state, handler](const VoidResult &result) {
            if (!result.ok() && !state->firstError)
                state->firstError = result.error();
            if (--state->remaining > 0)
                return;
            handler(state->firstError ? VoidResult(*state->firstError) : VoidResult(Ok{}));
        });
    }
}

/// Sets the text colour of `label`: green for success, red for a failure, the palette's for neither. Both tones
/// are lighter on a dark palette, so that they stay readable in the dark theme.
void setTone(QLabel *label, std::optional<bool> ok)
{
    if (!ok) {
        label->setPalette(QPalette()); // resolves nothing: everything is inherited again
        return;
    }
    const bool dark = label->palette().color(QPalette::Window).lightness() < 128;
    QPalette palette;
    if (*ok)
        palette.setColor(QPalette::WindowText, dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x2e, 0x7d, 0x32));
    else
        palette.setColor(QPalette::WindowText, dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28));
    label->setPalette(palette);
}

/// A form label whose mnemonic focuses `buddy`, for rows whose field is a row of widgets. (Not a focus proxy on
/// the row: that would make the row a tab stop of its own, outside the tab order.)
QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

/// The form's profile as backend options, with the one secret its auth needs.
RemoteBackendOptions backendOptions(const ConnectionProfile &profile, const QString &secret)
{
    RemoteBackendOptions options = RemoteBackendOptions::forProfile(profile);
    if (profile.auth == ConnectionProfile::Auth::ApiKey)
        options.apiKey = secret;
    else if (profile.auth == ConnectionProfile::Auth::Password)
        options.password = secret;
    return options;
}

} // namespace

// ---- ConnectionDialog --------------------------------------------------------------------------------------------

ConnectionDialog::ConnectionDialog(ConnectionProfileStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connections"));

    auto *panels = new QHBoxLayout;
    panels->addWidget(createListPanel());
    panels->addWidget(createFormPanel(), 1);

    // A plain row, not a QDialogButtonBox: the box reorders its buttons per platform, which would leave the tab
    // order (set below) out of step with what is seen.
    m_useButton = new QPushButton(tr("Use this co&nnection"), this);
    m_useButton->setObjectName(QStringLiteral("useButton"));
    m_useButton->setToolTip(tr("Save the form and connect the console to this profile"));
    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_closeButton = new QPushButton(tr("Close"), this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    connect(m_useButton, &QPushButton::clicked, this, &ConnectionDialog::useProfile);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { saveThen({}); });
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_useButton);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(panels, 1);
    layout->addLayout(buttons);

    // Enter saves wherever the focus is: no other button may take it over by having the focus.
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);
    m_saveButton->setDefault(true);
    setUpTabOrder();

    connect(&m_store, &ConnectionProfileStore::profilesChanged, this, &ConnectionDialog::onProfilesChanged);
    connect(&m_store, &ConnectionProfileStore::currentProfileIdChanged, this, &ConnectionDialog::reloadList);

    alignFormLabels();
    // Sized while every group is still visible, so that a remote profile fits without the window growing.
    resize(std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 130), sizeHint().height());
    loadStoredProfile(m_store.currentProfileId());
}

ConnectionDialog::~ConnectionDialog() = default;

QWidget *ConnectionDialog::createListPanel()
{
    auto *panel = new QWidget(this);
    m_list = new QListWidget(panel);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMinimumWidth(fontMetrics().averageCharWidth() * 26);
    // Queued: the handler rebuilds the list, which must not happen inside the list's own signal.
    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionDialog::onSelectionMoved, Qt::QueuedConnection);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_list);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, [this] {
        if (m_deleteButton->isEnabled())
            confirmDelete();
    });

    m_addButton = new QPushButton(tr("&Add"), panel);
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_addButton->setToolTip(tr("Add a connection to a remote Alerta server"));
    m_duplicateButton = new QPushButton(tr("Du&plicate"), panel);
    m_duplicateButton->setObjectName(QStringLiteral("duplicateButton"));
    m_duplicateButton->setToolTip(tr("Copy this connection, its stored secrets included"));
    m_deleteButton = new QPushButton(tr("&Delete"), panel);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    connect(m_addButton, &QPushButton::clicked, this, &ConnectionDialog::addProfile);
    connect(m_duplicateButton, &QPushButton::clicked, this, &ConnectionDialog::duplicateProfile);
    connect(m_deleteButton, &QPushButton::clicked, this, &ConnectionDialog::confirmDelete);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_duplicateButton);
    buttons->addWidget(m_deleteButton);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    return panel;
}

QWidget *ConnectionDialog::createFormPanel()
{
    auto *panel = new QWidget(this);
    m_nameEdit = new QLineEdit(panel);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_kindLabel = new QLabel(panel);
    m_kindLabel->setObjectName(QStringLiteral("kindLabel"));
    auto *top = new QFormLayout;
    top->addRow(tr("Na&me:"), m_nameEdit);
    top->addRow(tr("Kind:"), m_kindLabel);

    m_embeddedNote = new QLabel(tr("The console keeps the alerts itself, in a database on this computer. "
                                   "There is no server to configure."),
                                panel);
    m_embeddedNote->setObjectName(QStringLiteral("embeddedNote"));
    m_embeddedNote->setWordWrap(true);

    m_testRow = new QWidget(panel);
    m_testButton = new QPushButton(tr("T&est connection"), m_testRow);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_testButton->setToolTip(tr("Connect with the settings above, without saving them"));
    m_testResultLabel = new QLabel(m_testRow);
    m_testResultLabel->setObjectName(QStringLiteral("testResultLabel"));
    m_testResultLabel->setWordWrap(true);
    m_testResultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    auto *testLayout = new QHBoxLayout(m_testRow);
    testLayout->setContentsMargins(0, 0, 0, 0);
    testLayout->addWidget(m_testButton);
    testLayout->addWidget(m_testResultLabel, 1);

    m_validationLabel = new QLabel(panel);
    m_validationLabel->setObjectName(QStringLiteral("validationLabel"));
    m_validationLabel->setWordWrap(true);
    m_validationLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_validationLabel->hide();

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_embeddedNote);
    layout->addWidget(createServerGroup());
    layout->addWidget(createTlsGroup());
    layout->addWidget(createUpdatesGroup());
    layout->addWidget(m_testRow);
    layout->addStretch(1);
    layout->addWidget(m_validationLabel);
    return panel;
}

QGroupBox *ConnectionDialog::createServerGroup()
{
    m_serverGroup = new QGroupBox(tr("Server"), this);
    m_urlEdit = new QLineEdit(m_serverGroup);
    m_urlEdit->setObjectName(QStringLiteral("urlEdit"));
    m_urlEdit->setPlaceholderText(QStringLiteral("https://alerta.example.com/api"));
    m_urlEdit->setToolTip(tr("The API root of the Alerta server"));
    m_authCombo = new QComboBox(m_serverGroup);
    m_authCombo->setObjectName(QStringLiteral("authCombo"));
    m_authCombo->addItem(tr("None"), static_cast<int>(Auth::None));
    m_authCombo->addItem(tr("API key"), static_cast<int>(Auth::ApiKey));
    m_authCombo->addItem(tr("Username and password"), static_cast<int>(Auth::Password));
    m_apiKey = new SecretField(QStringLiteral("apiKey"), m_serverGroup);
    m_apiKey->revealRequested = [this] { revealSecret(m_apiKey, Secret::ApiKey); };
    m_usernameEdit = new QLineEdit(m_serverGroup);
    m_usernameEdit->setObjectName(QStringLiteral("usernameEdit"));
    m_password = new SecretField(QStringLiteral("password"), m_serverGroup);
    m_password->revealRequested = [this] { revealSecret(m_password, Secret::Password); };
    connect(m_authCombo, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateFieldStates);

    auto *form = new QFormLayout(m_serverGroup);
    form->addRow(tr("U&RL:"), m_urlEdit);
    form->addRow(tr("Aut&hentication:"), m_authCombo);
    form->addRow(buddyLabel(tr("API &key:"), m_apiKey->edit()), m_apiKey);
    form->addRow(tr("&Username:"), m_usernameEdit);
    form->addRow(buddyLabel(tr("Pass&word:"), m_password->edit()), m_password);
    return m_serverGroup;
}

QGroupBox *ConnectionDialog::createTlsGroup()
{
    m_tlsGroup = new QGroupBox(tr("TLS"), this);
    m_caFileEdit = new QLineEdit(m_tlsGroup);
    m_caFileEdit->setObjectName(QStringLiteral("caFileEdit"));
    m_caFileEdit->setPlaceholderText(tr("the system's certificates"));
    m_caFileEdit->setToolTip(tr("A PEM file with the certificate of a private CA that signed the server's"));
    m_browseCaButton = new QPushButton(tr("&Browse…"), m_tlsGroup);
    m_browseCaButton->setObjectName(QStringLiteral("browseCaButton"));
    connect(m_browseCaButton, &QPushButton::clicked, this, &ConnectionDialog::browseCaFile);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFileEdit, 1);
    caRow->addWidget(m_browseCaButton);

    m_ignoreTlsCheck = new QCheckBox(tr("&Ignore TLS errors (unsafe)"), m_tlsGroup);
    m_ignoreTlsCheck->setObjectName(QStringLiteral("ignoreTlsCheck"));
    m_tlsWarningLabel = new QLabel(tr("Anyone between the console and the server can read and change the traffic, "
                                      "your credentials included. Prefer a CA file."),
                                   m_tlsGroup);
    m_tlsWarningLabel->setObjectName(QStringLiteral("tlsWarningLabel"));
    m_tlsWarningLabel->setWordWrap(true);
    setTone(m_tlsWarningLabel, false);
    connect(m_ignoreTlsCheck, &QCheckBox::toggled, this, &ConnectionDialog::updateFieldStates);

    auto *form = new QFormLayout(m_tlsGroup);
    form->addRow(buddyLabel(tr("&CA certificates:"), m_caFileEdit), caRow);
    form->addRow(m_ignoreTlsCheck);
    form->addRow(m_tlsWarningLabel);
    return m_tlsGroup;
}

QGroupBox *ConnectionDialog::createUpdatesGroup()
{
    m_updatesGroup = new QGroupBox(tr("Updates"), this);
    m_transportCombo = new QComboBox(m_updatesGroup);
    m_transportCombo->setObjectName(QStringLiteral("transportCombo"));
    m_transportCombo->addItem(tr("Automatic"), static_cast<int>(Transport::Auto));
    m_transportCombo->setItemData(0, tr("The live stream when the server has one, else polling"), Qt::ToolTipRole);
    m_transportCombo->addItem(tr("Live stream only"), static_cast<int>(Transport::Stream));
    m_transportCombo->addItem(tr("Polling only"), static_cast<int>(Transport::Polling));
    m_pollIntervalSpin = new QSpinBox(m_updatesGroup);
    m_pollIntervalSpin->setObjectName(QStringLiteral("pollIntervalSpin"));
    m_pollIntervalSpin->setRange(0, 3600);
    m_pollIntervalSpin->setSpecialValueText(tr("As in Preferences"));
    m_pollIntervalSpin->setSuffix(tr(" s"));
    m_pollIntervalSpin->setToolTip(tr("How often to ask a server without a live stream for changes"));
    connect(m_transportCombo, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateFieldStates);

    auto *form = new QFormLayout(m_updatesGroup);
    form->addRow(tr("&Transport:"), m_transportCombo);
    form->addRow(tr("P&oll interval:"), m_pollIntervalSpin);
    return m_updatesGroup;
}

void ConnectionDialog::setUpTabOrder()
{
    const QList<QWidget *> chain{
        m_list,       m_addButton,      m_duplicateButton,  m_deleteButton,   m_nameEdit,         m_urlEdit,
        m_authCombo,  m_apiKey->edit(), m_apiKey->toggle(), m_usernameEdit,   m_password->edit(), m_password->toggle(),
        m_caFileEdit, m_browseCaButton, m_ignoreTlsCheck,   m_transportCombo, m_pollIntervalSpin, m_testButton,
        m_useButton,  m_saveButton,     m_closeButton};
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
}

void ConnectionDialog::alignFormLabels()
{
    // The groups' fields start at one column, as if they were one form.
    QList<QLabel *> labels;
    for (const QGroupBox *group : {m_serverGroup, m_tlsGroup, m_updatesGroup}) {
        const auto *form = qobject_cast<QFormLayout *>(group->layout());
        for (int row = 0; form && row < form->rowCount(); ++row) {
            if (auto *label = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)
                                                         ? form->itemAt(row, QFormLayout::LabelRole)->widget()
                                                         : nullptr))
                labels.append(label);
        }
    }
    int width = 0;
    for (const QLabel *label : std::as_const(labels))
        width = std::max(width, label->sizeHint().width());
    for (QLabel *label : std::as_const(labels))
        label->setMinimumWidth(width);
}

// ---- the list ----------------------------------------------------------------------------------------------------

void ConnectionDialog::reloadList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    QList<ConnectionProfile> profiles = m_store.profiles();
    if (m_isNew)
        profiles.append(m_profile);
    const QString currentId = m_store.currentProfileId();
    for (const ConnectionProfile &profile : std::as_const(profiles)) {
        auto *item = new QListWidgetItem(m_list);
        const bool inUse = profile.id == currentId && !(m_isNew && profile.id == m_profile.id);
        item->setText(inUse ? tr("%1 (in use)").arg(profile.name) : profile.name);
        const bool embedded = profile.kind == Kind::Embedded;
        item->setIcon(style()->standardIcon(embedded ? QStyle::SP_ComputerIcon : QStyle::SP_DriveNetIcon));
        item->setToolTip(embedded ? tr("The embedded core, on this computer") : profile.url.toDisplayString());
        item->setData(IdRole, profile.id);
        if (profile.id == m_profile.id)
            m_list->setCurrentItem(item);
    }
}

void ConnectionDialog::onSelectionMoved()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString id = item->data(IdRole).toString();
    if (id == m_profile.id)
        return;
    // The selection follows the form: it moves once the form's changes are saved or discarded.
    reloadList();
    selectProfile(id);
}

void ConnectionDialog::onProfilesChanged()
{
    if (!m_isNew) {
        const std::optional<ConnectionProfile> stored = m_store.profile(m_profile.id);
        if (!stored) {
            // Deleted (here or elsewhere): show the profile the console uses.
            loadStoredProfile(m_store.currentProfileId());
            return;
        }
        // Changed elsewhere: follow, unless that would drop what the user is typing.
        if (*stored != m_profile && !isDirty()) {
            loadProfile(*stored, false);
            return;
        }
    }
    reloadList();
}

void ConnectionDialog::selectProfile(const QString &id)
{
    if (id == m_profile.id || !m_store.profile(id))
        return;
    whenFormSettled([this, id] { loadStoredProfile(id); });
}

void ConnectionDialog::whenFormSettled(const std::function<void()> &next)
{
    if (!isDirty()) {
        next();
        return;
    }
    const QString typedName = formProfile().name;
    const QString name = typedName.isEmpty() ? m_profile.name : typedName;
    auto *box = new QMessageBox(QMessageBox::Question,
                                tr("Unsaved changes"),
                                tr("Save the changes to “%1”?").arg(name),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                this);
    box->setObjectName(QStringLiteral("unsavedChangesBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Save);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, next](QAbstractButton *button) {
        switch (box->standardButton(button)) {
        case QMessageBox::Save:
            saveThen(next);
            break;
        case QMessageBox::Discard:
            if (m_isNew)
                loadStoredProfile(m_store.currentProfileId());
            else
                loadProfile(m_profile, false);
            next();
            break;
        default:
            break;
        }
    });
    box->open();
}

void ConnectionDialog::addProfile()
{
    whenFormSettled([this] {
        ConnectionProfile profile;
        profile.id = ConnectionProfile::newId();
        profile.name = tr("New connection");
        profile.kind = Kind::Remote;
        loadProfile(profile, true);
        m_nameEdit->setFocus();
        m_nameEdit->selectAll();
    });
}

void ConnectionDialog::duplicateProfile()
{
    whenFormSettled([this] {
        if (m_isNew || m_profile.kind != Kind::Remote)
            return;
        const ConnectionProfile source = m_profile;
        ConnectionProfile copy = source;
        copy.id = ConnectionProfile::newId();
        copy.name = tr("%1 (copy)").arg(source.name);
        if (const QString error = m_store.save(copy); !error.isEmpty()) {
            showMessage(error, true);
            return;
        }
        loadStoredProfile(copy.id);
        m_nameEdit->setFocus();
        m_nameEdit->selectAll();
        copySecrets(source, copy.id);
    });
}

void ConnectionDialog::copySecrets(const ConnectionProfile &source, const QString &targetId)
{
    // Only the secret of the login method: a token belongs to the source's session.
    std::optional<Secret> kind;
    if (source.auth == Auth::ApiKey)
        kind = Secret::ApiKey;
    else if (source.auth == Auth::Password)
        kind = Secret::Password;
    if (!kind)
        return;
    const QString name = source.name;
    whenFinished(m_store.secret(source.id, *kind), this, [this, kind, name, targetId](const Result<QString> &secret) {
        if (!secret.ok()) {
            showMessage(
                tr("The secrets of “%1” could not be read from the keychain: %2").arg(name, secret.error().message),
                true);
            return;
        }
        if (secret.value().isEmpty())
            return;
        whenFinished(m_store.storeSecret(targetId, *kind, secret.value()),
                     this,
                     [this, targetId](const VoidResult &stored) {
                         if (!stored.ok()) {
                             showMessage(tr("The copy was saved, but the keychain did not store its secrets: %1")
                                             .arg(stored.error().message),
                                         true);
                             return;
                         }
                         if (m_profile.id == targetId)
                             readSecretPresence();
                     });
    });
}

void ConnectionDialog::confirmDelete()
{
    if (m_profile.id == ConnectionProfile::embeddedId())
        return;
    if (m_isNew) {
        // Nothing stored yet: dropping the form is the whole deletion.
        m_isNew = false;
        loadStoredProfile(m_store.currentProfileId());
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question,
                                tr("Delete connection"),
                                tr("Delete the connection “%1”?").arg(m_profile.name),
                                QMessageBox::Yes | QMessageBox::Cancel,
                                this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setInformativeText(tr("Its API key and password are removed from the keychain too."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->setDefaultButton(QMessageBox::Cancel);
    const ConnectionProfile profile = m_profile;
    connect(box, &QMessageBox::buttonClicked, this, [this, box, profile](QAbstractButton *button) {
        if (box->standardButton(button) == QMessageBox::Yes)
            deleteProfile(profile);
    });
    box->open();
}

void ConnectionDialog::deleteProfile(const ConnectionProfile &profile)
{
    stopTest();
    m_apiKey->clear();
    m_password->clear();
    // remove() drops the profile at once (profilesChanged moves the form to another one); the secrets follow.
    whenFinished(m_store.remove(profile.id), this, [this, name = profile.name](const VoidResult &removed) {
        if (!removed.ok()) {
            showMessage(tr("“%1” was deleted, but its secrets could not be removed from the keychain: %2")
                            .arg(name, removed.error().message),
                        true);
        }
    });
}

void ConnectionDialog::useProfile()
{
    auto use = [this] {
        const QString id = m_profile.id;
        if (!m_store.setCurrentProfileId(id)) {
            showMessage(tr("“%1” is not saved.").arg(m_profile.name), true);
            return;
        }
        Q_EMIT connectionChosen(id);
        accept();
    };
    if (m_isNew || isDirty())
        saveThen(use);
    else
        use();
}

// ---- the form ----------------------------------------------------------------------------------------------------

void ConnectionDialog::loadStoredProfile(const QString &id)
{
    std::optional<ConnectionProfile> profile = m_store.profile(id);
    if (!profile)
        profile = m_store.profile(ConnectionProfile::embeddedId());
    loadProfile(*profile, false);
}

void ConnectionDialog::loadProfile(const ConnectionProfile &profile, bool isNew)
{
    stopTest();
    ++m_generation;
    m_profile = profile;
    m_isNew = isNew;
    const bool remote = profile.kind == Kind::Remote;

    m_nameEdit->setText(profile.name);
    m_kindLabel->setText(remote ? tr("A remote Alerta server") : tr("The embedded core, on this computer"));
    m_urlEdit->setText(profile.url.toString());
    m_authCombo->setCurrentIndex(m_authCombo->findData(static_cast<int>(profile.auth)));
    m_usernameEdit->setText(profile.username);
    m_apiKey->clear();
    m_password->clear();
    m_caFileEdit->setText(profile.caCertificateFile);
    m_ignoreTlsCheck->setChecked(profile.ignoreTlsErrors);
    m_transportCombo->setCurrentIndex(m_transportCombo->findData(static_cast<int>(profile.transport)));
    m_pollIntervalSpin->setValue(profile.pollIntervalSeconds);
    showTestResult(std::nullopt, {});
    showMessage({}, false);

    if (isNew || !remote) {
        m_apiKey->setStored(false);
        m_password->setStored(false);
    } else {
        readSecretPresence();
    }
    reloadList();
    updateFieldStates();
}

ConnectionProfile ConnectionDialog::formProfile() const
{
    ConnectionProfile profile = m_profile;
    profile.name = m_nameEdit->text().trimmed();
    if (profile.kind == Kind::Embedded)
        return profile; // its name is all there is to edit
    profile.url = QUrl(m_urlEdit->text().trimmed(), QUrl::StrictMode);
    profile.auth = static_cast<Auth>(m_authCombo->currentData().toInt());
    profile.username = m_usernameEdit->text().trimmed();
    profile.caCertificateFile = m_caFileEdit->text().trimmed();
    profile.ignoreTlsErrors = m_ignoreTlsCheck->isChecked();
    profile.transport = static_cast<Transport>(m_transportCombo->currentData().toInt());
    profile.pollIntervalSeconds = m_pollIntervalSpin->value();
    return profile;
}

bool ConnectionDialog::isDirty() const
{
    return formProfile() != m_profile || m_apiKey->isTyped() || m_password->isTyped();
}

void ConnectionDialog::updateFieldStates()
{
    const bool remote = m_profile.kind == Kind::Remote;
    m_embeddedNote->setVisible(!remote);
    m_serverGroup->setVisible(remote);
    m_tlsGroup->setVisible(remote);
    m_updatesGroup->setVisible(remote);
    m_testRow->setVisible(remote);

    const auto auth = static_cast<Auth>(m_authCombo->currentData().toInt());
    m_apiKey->setEnabled(auth == Auth::ApiKey);
    m_usernameEdit->setEnabled(auth == Auth::Password);
    m_password->setEnabled(auth == Auth::Password);
    m_tlsWarningLabel->setVisible(m_ignoreTlsCheck->isChecked());
    // Automatic polls a server without a stream, so only "Live stream only" makes the interval moot.
    const auto transport = static_cast<Transport>(m_transportCombo->currentData().toInt());
    m_pollIntervalSpin->setEnabled(transport != Transport::Stream);
    m_testButton->setEnabled(remote && !m_testing);

    const bool idle = !m_saving;
    m_list->setEnabled(idle);
    m_addButton->setEnabled(idle);
    m_duplicateButton->setEnabled(idle && remote && !m_isNew);
    m_deleteButton->setEnabled(idle && m_profile.id != ConnectionProfile::embeddedId());
    m_deleteButton->setToolTip(
        m_profile.id == ConnectionProfile::embeddedId() ? tr("The built-in connection cannot be deleted") : QString());
    m_saveButton->setEnabled(idle);
    m_useButton->setEnabled(idle);
}

void ConnectionDialog::readSecretPresence()
{
    // Only the secret of the profile's login method: saving removes the others.
    const std::array<std::pair<SecretField *, Secret>, 2> fields{{
        {m_apiKey, Secret::ApiKey},
        {m_password, Secret::Password},
    }};
    const quint64 generation = m_generation;
    for (const auto &[field, kind] : fields) {
        const bool used = (kind == Secret::ApiKey && m_profile.auth == Auth::ApiKey)
            || (kind == Secret::Password && m_profile.auth == Auth::Password);
        if (!used) {
            field->setStored(false);
            continue;
        }
        field->setStored(std::nullopt);
        // The secret passes through here only to learn whether there is one; it is not kept.
        whenFinished(m_store.secret(m_profile.id, kind),
                     this,
                     [this, generation, field](const Result<QString> &secret) {
                         if (generation != m_generation)
                             return;
                         if (!secret.ok()) {
                             showMessage(tr("Cannot read the keychain: %1").arg(secret.error().message), true);
                             return;
                         }
                         field->setStored(!secret.value().isEmpty());
                     });
    }
}

void ConnectionDialog::revealSecret(SecretField *field, ConnectionProfile::Secret kind)
{
    const quint64 generation = m_generation;
    whenFinished(m_store.secret(m_profile.id, kind), this, [this, generation, field](const Result<QString> &secret) {
        if (generation != m_generation)
            return;
        if (!secret.ok()) {
            showMessage(tr("Cannot read the keychain: %1").arg(secret.error().message), true);
            return;
        }
        field->reveal(secret.value());
    });
}

void ConnectionDialog::browseCaFile()
{
    const QFileInfo current(m_caFileEdit->text().trimmed());
    const QString directory =
        current.dir().exists() && !m_caFileEdit->text().trimmed().isEmpty() ? current.absolutePath() : QDir::homePath();
    auto *chooser = new QFileDialog(this,
                                    tr("Choose the CA certificate file"),
                                    directory,
                                    tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    chooser->setObjectName(QStringLiteral("caFileDialog"));
    chooser->setFileMode(QFileDialog::ExistingFile);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_caFileEdit->setText(QDir::toNativeSeparators(file));
    });
    chooser->open();
}

// ---- saving ------------------------------------------------------------------------------------------------------

QString ConnectionDialog::missingSecret(const ConnectionProfile &profile) const
{
    if (profile.kind != Kind::Remote)
        return {};
    // Unknown (the keychain has not answered, or failed) counts as there: the test or the connection will tell.
    if (profile.auth == Auth::ApiKey && !m_apiKey->isTyped() && m_apiKey->stored() == false)
        return tr("Enter the API key.");
    if (profile.auth == Auth::Password && !m_password->isTyped() && m_password->stored() == false)
        return tr("Enter the password.");
    return {};
}

void ConnectionDialog::saveThen(const std::function<void()> &next)
{
    if (m_saving)
        return;
    const ConnectionProfile profile = formProfile();
    QString error = profile.validate();
    if (error.isEmpty())
        error = missingSecret(profile);
    if (!error.isEmpty()) {
        showMessage(error, true);
        return;
    }

    const ConnectionProfile before = m_profile;
    const bool wasNew = m_isNew;
    // Before save(): the profilesChanged it emits must find the form's profile stored, not a new one.
    m_profile = profile;
    m_isNew = false;
    if (const QString failed = m_store.save(profile); !failed.isEmpty()) {
        m_profile = before;
        m_isNew = wasNew;
        reloadList();
        showMessage(failed, true);
        return;
    }

    QList<QFuture<VoidResult>> writes;
    if (profile.kind == Kind::Remote) {
        const QString &id = profile.id;
        if (profile.auth == Auth::ApiKey && m_apiKey->isTyped())
            writes.append(m_store.storeSecret(id, Secret::ApiKey, m_apiKey->typed()));
        if (profile.auth == Auth::Password && m_password->isTyped())
            writes.append(m_store.storeSecret(id, Secret::Password, m_password->typed()));
        // The secrets of a login method the profile no longer uses would linger in the keychain, unseen.
        if (!wasNew && before.auth != profile.auth) {
            if (profile.auth != Auth::ApiKey)
                writes.append(m_store.storeSecret(id, Secret::ApiKey, {}));
            if (profile.auth != Auth::Password) {
                writes.append(m_store.storeSecret(id, Secret::Password, {}));
                writes.append(m_store.storeSecret(id, Secret::Token, {}));
            }
        }
        // A token issued for other credentials, or by another server, must not be sent again.
        const bool loginChanged =
            m_password->isTyped() || before.username != profile.username || before.url != profile.url;
        if (!wasNew && profile.auth == Auth::Password && before.auth == Auth::Password && loginChanged)
            writes.append(m_store.storeSecret(id, Secret::Token, {}));
    }

    m_saving = true;
    updateFieldStates();
    const quint64 generation = m_generation;
    whenAllFinished(this, writes, [this, generation, next, name = profile.name](const VoidResult &stored) {
        m_saving = false;
        updateFieldStates();
        if (generation != m_generation)
            return; // the dialog closed or moved on meanwhile
        if (!stored.ok()) {
            // The typed secrets stay in their fields, so that Save tries again.
            showMessage(
                tr("“%1” was saved, but the keychain did not store its secrets: %2").arg(name, stored.error().message),
                true);
            return;
        }
        m_apiKey->clear();
        m_password->clear();
        readSecretPresence();
        showMessage(tr("Saved."), false);
        if (next)
            next();
    });
}

void ConnectionDialog::showMessage(const QString &text, bool isError)
{
    m_validationLabel->setText(text);
    m_validationLabel->setVisible(!text.isEmpty());
    setTone(m_validationLabel, isError ? std::optional<bool>(false) : std::nullopt);
}

// ---- testing -----------------------------------------------------------------------------------------------------

void ConnectionDialog::testConnection()
{
    if (m_testing)
        return;
    const ConnectionProfile profile = formProfile();
    if (const QString error = profile.validate(); !error.isEmpty()) {
        showTestResult(false, error);
        return;
    }
    std::optional<Secret> kind;
    SecretField *field = nullptr;
    if (profile.auth == Auth::ApiKey) {
        kind = Secret::ApiKey;
        field = m_apiKey;
    } else if (profile.auth == Auth::Password) {
        kind = Secret::Password;
        field = m_password;
    }
    if (!kind || !field->text().isEmpty()) {
        startTest(profile, field ? field->text() : QString());
        return;
    }
    if (m_isNew || profile.auth != m_profile.auth || field->stored() == false) {
        showTestResult(false, *kind == Secret::ApiKey ? tr("Enter the API key.") : tr("Enter the password."));
        return;
    }
    // The stored secret goes from the keychain straight to the test, never through a widget.
    m_testing = true;
    updateFieldStates();
    showTestResult(std::nullopt, tr("Testing…"));
    const quint64 generation = m_generation;
    whenFinished(m_store.secret(m_profile.id, *kind), this, [this, generation, profile](const Result<QString> &secret) {
        if (generation != m_generation)
            return;
        if (!secret.ok()) {
            m_testing = false;
            updateFieldStates();
            showTestResult(false, tr("Cannot read the keychain: %1").arg(secret.error().message));
            return;
        }
        startTest(profile, secret.value());
    });
}

void ConnectionDialog::startTest(const ConnectionProfile &profile, const QString &secret)
{
    m_testing = true;
    m_testRun = new ConnectionTestRun(
        backendOptions(profile, secret),
        m_testTimeout,
        [this](bool ok, const QString &message) {
            m_testing = false;
            m_testRun = nullptr;
            showTestResult(ok, message);
            updateFieldStates();
        },
        this);
    showTestResult(std::nullopt, tr("Testing…"));
    updateFieldStates();
    m_testRun->start();
}

void ConnectionDialog::showTestResult(std::optional<bool> ok, const QString &text)
{
    m_testResultLabel->setText(text);
    setTone(m_testResultLabel, ok);
}

void ConnectionDialog::stopTest()
{
    if (m_testRun)
        m_testRun->cancel();
    m_testRun = nullptr;
    m_testing = false;
}

void ConnectionDialog::done(int result)
{
    // Whatever is still on its way from the keychain is for a form that is gone.
    ++m_generation;
    stopTest();
    m_apiKey->clear();
    m_password->clear();
    updateFieldStates();
    QDialog::done(result);
}
