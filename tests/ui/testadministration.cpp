// SPDX-FileCopyrightText: 2026 Alerta Console contributors
// SPDX-License-Identifier: Apache-2.0
// The administration dialog against a real alerta-server: each tab shows what the server holds, and what the user
// does in it (create, edit, revoke, delete) is what the server holds afterwards. Sessions without the admin scopes
// see the reason instead of the buttons, and nothing of other users or customers.
#include "tests/support/serverfixture.h"
#include "tests/support/testtext.h"
#include "ui/administrationdialog.h"
#include "ui/administrationscopelist.h"
#include "ui/apikeyeditor.h"
#include "ui/apikeyrevealdialog.h"
#include "ui/apikeyspage.h"
#include "ui/customereditor.h"
#include "ui/customerspage.h"
#include "ui/permissioneditor.h"
#include "ui/permissionspage.h"
#include "ui/usereditor.h"
#include "ui/userspage.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include "core/timestamp.h"

class TestAdministration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldShowWhatTheServerHolds();
    void shouldCreateAKeyAndShowItOnlyOnce();
    void shouldRevokeAKeyAfterConfirmation();
    void shouldCreateEditAndDeleteAUser();
    void shouldCreateEditAndDeleteCustomersAndPermissions();
    void shouldShowAnEditorsServerError();
    void shouldLimitANonAdminSession();
    void shouldShowOnlyTheCustomersKeysUnderCustomerViews();
};

namespace {

constexpr int Wait = 30000;

/// The ids the server lists at `path` (`key` is the array) for `backend`.
QSet<QString> serverIds(AlertBackend &backend, const QString &path, const QString &key)
{
    const Result<ApiAnswer> answer =
        FutureTest::await(backend.call(ApiCall::get(path, {{qs("page-size"), qs("1000")}})), Wait);
    QSet<QString> ids;
    if (!answer)
        return ids;
    for (const QJsonValue &row : answer->json().value(key).toArray())
        ids.insert(row[qs("id")].toString());
    return ids;
}

QSet<QString> shownIds(const ResourcePage *page)
{
    QSet<QString> ids;
    for (int row = 0; row < page->model()->rowCount(); ++row)
        ids.insert(page->model()->idOf(row));
    return ids;
}

/// Every text the table shows (display and tooltip of every cell).
QStringList shownTexts(const ResourcePage *page)
{
    QStringList texts;
    const QAbstractItemModel *model = page->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            texts.append(model->index(row, column).data(Qt::DisplayRole).toString());
            texts.append(model->index(row, column).data(Qt::ToolTipRole).toString());
        }
    }
    return texts;
}

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning() << "no child" << name << "of" << parent;
    return found;
}

QPushButton *button(QObject *parent, const char *name)
{
    return child<QPushButton>(parent, name);
}

/// The open editor of type T under `page` (editors are deleted on close; only a live one counts).
template<typename T>
T *openEditor(QObject *page)
{
    for (T *editor : page->findChildren<T *>()) {
        if (editor->isVisible())
            return editor;
    }
    return nullptr;
}

void tick(AdministrationScopeList *list, const QStringList &scopes)
{
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(scopes.contains(list->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
}

/// Answers the open delete confirmation of `page` with Delete.
bool confirmDelete(QObject *page)
{
    QMessageBox *box = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                box = page->findChild<QMessageBox *>(qs("deleteConfirmation"));
                return box && box->isVisible();
            },
            Wait))
        return false;
    box->button(QMessageBox::Yes)->click();
    return true;
}

void replaceText(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

QStringList strings(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out.append(v.toString());
    return out;
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("ALERTA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace

void TestAdministration::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAdministration::shouldShowWhatTheServerHolds()
{
    // Given: a server with a key of another user, a user, a customer lookup and a permission
    ServerFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    const QString bobKey = fixture.makeKey(qs("bob"), {qs("read")});
    fixture.api(ApiCall::put(u"/key/" + bobKey, {{qs("text"), qs("Nagios forwarder")}}));
    fixture.api(ApiCall::post(qs("/user"),
                              {{qs("name"), qs("Dana Scully")},
                               {qs("login"), qs("dana")},
                               {qs("email"), qs("dana@example.test")},
                               {qs("password"), qs("secret-pass-1")},
                               {qs("roles"), QJsonArray{qs("user"), qs("ops")}},
                               {qs("text"), qs("night shift")}}));
    fixture.api(ApiCall::post(qs("/customer"), {{qs("match"), qs("example.test")}, {qs("customer"), qs("Acme")}}));
    fixture.api(ApiCall::post(qs("/perm"),
                              {{qs("match"), qs("ops")}, {qs("scopes"), QJsonArray{qs("read"), qs("write:alerts")}}}));
    const auto admin = fixture.backend(fixture.adminKey);

    // When: the admin opens the dialog
    AdministrationDialog dialog(*admin);
    dialog.show();

    // Then: every tab shows exactly the server's rows
    QTRY_COMPARE_WITH_TIMEOUT(shownIds(dialog.keysPage()), serverIds(*admin, qs("/keys"), qs("keys")), Wait);
    QTRY_COMPARE_WITH_TIMEOUT(shownIds(dialog.usersPage()), serverIds(*admin, qs("/users"), qs("users")), Wait);
    QTRY_COMPARE_WITH_TIMEOUT(shownIds(dialog.customersPage()),
                              serverIds(*admin, qs("/customers"), qs("customers")),
                              Wait);
    QTRY_COMPARE_WITH_TIMEOUT(shownIds(dialog.permissionsPage()),
                              serverIds(*admin, qs("/perms"), qs("permissions")),
                              Wait);
    QCOMPARE(dialog.keysPage()->model()->rowCount(), 2);        // the admin's and bob's
    QCOMPARE(dialog.usersPage()->model()->rowCount(), 2);       // the admin and dana
    QCOMPARE(dialog.permissionsPage()->model()->rowCount(), 4); // admin, user, guest and ops

    // And: the cells say what the server holds; keys only shortened; no customer column without customer views
    const QStringList keyTexts = shownTexts(dialog.keysPage());
    QVERIFY(keyTexts.contains(qs("Nagios forwarder")));
    QVERIFY(keyTexts.contains(ApiKeysPage::shortened(bobKey)));
    QVERIFY(!keyTexts.join(u' ').contains(bobKey));
    QVERIFY(!keyTexts.join(u' ').contains(fixture.adminKey));
    QVERIFY(dialog.keysPage()->table()->isColumnHidden(ApiKeysPage::CustomerColumn));
    const QStringList userTexts = shownTexts(dialog.usersPage());
    for (const QString &text :
         {qs("Dana Scully"), qs("dana"), qs("dana@example.test"), qs("user, ops"), qs("night shift")})
        QVERIFY2(userTexts.contains(text), qPrintable(text));
    QVERIFY(shownTexts(dialog.customersPage()).contains(qs("Acme")));
    const QStringList permTexts = shownTexts(dialog.permissionsPage());
    QVERIFY(permTexts.contains(qs("read, write:alerts")));
    QCOMPARE(permTexts.count(qs("built in")), 3);

    // And: the built-in roles cannot be changed
    const PermissionsPage *perms = dialog.permissionsPage();
    QTabWidget *tabs = child<QTabWidget>(&dialog, "tabs");
    tabs->setCurrentWidget(dialog.permissionsPage());
    QVERIFY(dialog.permissionsPage()->selectRow(perms->model()->idOf(0)));
    QVERIFY(!button(dialog.permissionsPage(), "editButton")->isEnabled());
    QVERIFY(!button(dialog.permissionsPage(), "deleteButton")->isEnabled());
    QVERIFY(dialog.permissionsPage()->selectRow(perms->model()->idOf(3)));
    QVERIFY(button(dialog.permissionsPage(), "editButton")->isEnabled());
    QVERIFY(button(dialog.permissionsPage(), "deleteButton")->isEnabled());

    for (auto [page, name] : {std::pair<QWidget *, QString>{dialog.keysPage(), qs("admin-keys")},
                              {dialog.usersPage(), qs("admin-users")},
                              {dialog.customersPage(), qs("admin-customers")},
                              {dialog.permissionsPage(), qs("admin-permissions")}}) {
        tabs->setCurrentWidget(page);
        screenshot(&dialog, name);
    }
}

void TestAdministration::shouldCreateAKeyAndShowItOnlyOnce()
{
    // Given: the dialog as the admin
    ServerFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    const auto admin = fixture.backend(fixture.adminKey);
    AdministrationDialog dialog(*admin);
    dialog.show();
    ApiKeysPage *page = dialog.keysPage();
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, Wait);

    // When: the user makes a key for bob with two scopes, a text and an expiry in 30 days
    button(page, "newButton")->click();
    ApiKeyEditor *editor = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((editor = openEditor<ApiKeyEditor>(page)), Wait);
    auto *scopes = child<AdministrationScopeList>(editor, "scopeList");
    QTRY_VERIFY_WITH_TIMEOUT(scopes->isLoaded(), Wait);
    QVERIFY(scopes->count() > 20); // every scope of GET /scopes
    QCOMPARE(child<QLineEdit>(editor, "userEdit")->text(), qs(ServerFixture::AdminLogin));
    QVERIFY(child<QLineEdit>(editor, "userEdit")->isEnabled());
    replaceText(child<QLineEdit>(editor, "userEdit"), qs("bob"));
    tick(scopes, {qs("read:alerts"), qs("write:heartbeats")});
    QTest::keyClicks(child<QLineEdit>(editor, "textEdit"), qs("Heartbeat sender"));
    const QDateTime expiry = QDateTime::currentDateTime().addDays(30);
    child<QDateTimeEdit>(editor, "expiryEdit")->setDateTime(expiry);
    screenshot(editor, qs("admin-new-key"));
    button(editor, "saveButton")->click();

    // Then: the new key is shown once, and the server knows it with those settings
    ApiKeyRevealDialog *reveal = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((reveal = openEditor<ApiKeyRevealDialog>(page)), Wait);
    QPointer<ApiKeyRevealDialog> revealGuard(reveal);
    const QString key = child<QLineEdit>(reveal, "keyEdit")->text();
    QCOMPARE(key.size(), 40);
    QVERIFY(child<QLineEdit>(reveal, "keyEdit")->isReadOnly());
    const Result<ApiAnswer> known = FutureTest::await(admin->call(ApiCall::get(u"/key/" + key)), Wait);
    QVERIFY(known.ok());
    QCOMPARE(known->status, 200);
    const QJsonObject stored = known->json().value(qs("key")).toObject();
    QCOMPARE(stored[qs("user")].toString(), qs("bob"));
    QCOMPARE(strings(stored[qs("scopes")]), (QStringList{qs("read:alerts"), qs("write:heartbeats")}));
    QCOMPARE(stored[qs("text")].toString(), qs("Heartbeat sender"));
    const std::optional<Timestamp> expires = IsoTime::parse(stored[qs("expireTime")].toString());
    QVERIFY(expires);
    QVERIFY(qAbs(*expires - expiry.toMSecsSinceEpoch()) < 60 * 1000); // the editor shows minutes
    QTRY_COMPARE_WITH_TIMEOUT(shownIds(page), serverIds(*admin, qs("/keys"), qs("keys")), Wait);
    QCOMPARE(page->model()->rowCount(), 2);

    // When: the reveal dialog is closed
    button(reveal, "copyButton")->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), key);
    button(reveal, "closeButton")->click();

    // Then: the full key is nowhere in the console any more, the list shows it shortened
    QTRY_VERIFY_WITH_TIMEOUT(revealGuard.isNull(), Wait);
    QVERIFY(shownTexts(page).contains(ApiKeysPage::shortened(key)));
    for (const QLineEdit *edit : dialog.findChildren<QLineEdit *>())
        QVERIFY(!edit->text().contains(key));
    QVERIFY(!shownTexts(page).join(u' ').contains(key));
}

void TestAdministration::shouldRevokeAKeyAfterConfirmation()
{
    // Given: a key of carol, shown in the dialog
    ServerFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    const QString carolKey = fixture.makeKey(qs("carol"), {qs("read")});
    const auto admin = fixture.backend(fixture.adminKey);
    const QString carolId =
        fixture.api(ApiCall::get(u"/key/" + carolKey)).value(qs("key")).toObject().value(qs("id")).toString();
    AdministrationDialog dialog(*admin);
    dialog.show();
    ApiKeysPage *page = dialog.keysPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->selectRow(carolId), Wait);

    // When: the user revokes it and confirms
    button(page, "deleteButton")->click();
    auto *box = page->findChild<QMessageBox *>(qs("deleteConfirmation"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(qs("carol")), qPrintable(box->text()));
    QVERIFY(confirmDelete(page));

    // Then: the server no longer has it, and neither has the list
    QTRY_VERIFY_WITH_TIMEOUT(!serverIds(*admin, qs("/keys"), qs("keys")).contains(carolId), Wait);
    QTRY_COMPARE_WITH_TIMEOUT(shownIds(page), serverIds(*admin, qs("/keys"), qs("keys")), Wait);
    const Result<ApiAnswer> gone = FutureTest::await(admin->call(ApiCall::get(u"/key/" + carolKey)), Wait);
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().code, 404);
}

void TestAdministration::shouldCreateEditAndDeleteAUser()
{
    // Given: the users tab as the admin
    ServerFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    const auto admin = fixture.backend(fixture.adminKey);
    AdministrationDialog dialog(*admin);
    dialog.show();
    UsersPage *page = dialog.usersPage();
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, Wait);

    // When: the user creates fox with two roles
    button(page, "newButton")->click();
    UserEditor *editor = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((editor = openEditor<UserEditor>(page)), Wait);
    QTest::keyClicks(child<QLineEdit>(editor, "nameEdit"), qs("Fox Mulder"));
    QTest::keyClicks(child<QLineEdit>(editor, "loginEdit"), qs("fox"));
    QTest::keyClicks(child<QLineEdit>(editor, "emailEdit"), qs("fox@example.test"));
    QTest::keyClicks(child<QLineEdit>(editor, "passwordEdit"), qs("trust-no-1"));
    QTest::keyClicks(child<QLineEdit>(editor, "confirmEdit"), qs("trust-no-2"));
    replaceText(child<QLineEdit>(editor, "rolesEdit"), qs("user, ops"));
    button(editor, "saveButton")->click();
    // (a typo in the confirmation is caught before anything is sent)
    QVERIFY(child<QLabel>(editor, "errorLabel")->isVisibleTo(editor));
    QCOMPARE(child<QLabel>(editor, "errorLabel")->text(), UserEditor::tr("The passwords do not match."));
    replaceText(child<QLineEdit>(editor, "confirmEdit"), qs("trust-no-1"));
    button(editor, "saveButton")->click();

    // Then: the server has fox as typed, and the list shows it
    QJsonObject fox;
    QTRY_VERIFY_WITH_TIMEOUT(!(fox = fixture.api(ApiCall::get(qs("/users"), {{qs("login"), qs("fox")}}))
                                         .value(qs("users"))
                                         .toArray()
                                         .at(0)
                                         .toObject())
                                  .isEmpty(),
                             Wait);
    QCOMPARE(fox[qs("name")].toString(), qs("Fox Mulder"));
    QCOMPARE(fox[qs("email")].toString(), qs("fox@example.test"));
    QCOMPARE(strings(fox[qs("roles")]), (QStringList{qs("user"), qs("ops")}));
    QCOMPARE(fox[qs("status")].toString(), qs("active"));
    QTRY_COMPARE_WITH_TIMEOUT(shownIds(page), serverIds(*admin, qs("/users"), qs("users")), Wait);
    // ... with the password that was typed
    const Result<ApiAnswer> login =
        FutureTest::await(admin->call(ApiCall::post(qs("/auth/login"),
                                                    {{qs("username"), qs("fox")}, {qs("password"), qs("trust-no-1")}})),
                          Wait);
    QVERIFY2(login.ok(), login.ok() ? "" : qPrintable(login.error().message));

    // When: the user makes fox inactive and a guest
    const QString foxId = fox[qs("id")].toString();
    QTRY_VERIFY_WITH_TIMEOUT(page->selectRow(foxId), Wait);
    button(page, "editButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT((editor = openEditor<UserEditor>(page)), Wait);
    QCOMPARE(child<QLineEdit>(editor, "rolesEdit")->text(), qs("user, ops"));
    auto *status = child<QComboBox>(editor, "statusCombo");
    status->setCurrentIndex(status->findData(qs("inactive")));
    replaceText(child<QLineEdit>(editor, "rolesEdit"), qs("guest"));
    button(editor, "saveButton")->click();

    // Then: the server has the change, and the list shows it
    QTRY_COMPARE_WITH_TIMEOUT(
        fixture.api(ApiCall::get(u"/user/" + foxId)).value(qs("user")).toObject().value(qs("status")).toString(),
        qs("inactive"),
        Wait);
    QCOMPARE(strings(fixture.api(ApiCall::get(u"/user/" + foxId)).value(qs("user")).toObject().value(qs("roles"))),
             QStringList{qs("guest")});
    QTRY_VERIFY_WITH_TIMEOUT(shownTexts(page).contains(UserEditor::statusTitle(qs("inactive"))), Wait);

    // When: the user deletes fox
    QVERIFY(page->selectRow(foxId));
    button(page, "deleteButton")->click();
    QVERIFY(confirmDelete(page));

    // Then: fox is gone from the server and the list
    QTRY_VERIFY_WITH_TIMEOUT(!serverIds(*admin, qs("/users"), qs("users")).contains(foxId), Wait);
    QTRY_COMPARE_WITH_TIMEOUT(shownIds(page), serverIds(*admin, qs("/users"), qs("users")), Wait);
}

void TestAdministration::shouldCreateEditAndDeleteCustomersAndPermissions()
{
    // Given: the dialog as the admin
    ServerFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    const auto admin = fixture.backend(fixture.adminKey);
    AdministrationDialog dialog(*admin);
    dialog.show();
    CustomersPage *customers = dialog.customersPage();
    PermissionsPage *perms = dialog.permissionsPage();
    QTRY_COMPARE_WITH_TIMEOUT(perms->model()->rowCount(), 3, Wait);

    // When: the user adds the lookup example.test → Acme
    button(customers, "newButton")->click();
    CustomerEditor *customerEditor = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((customerEditor = openEditor<CustomerEditor>(customers)), Wait);
    QTest::keyClicks(child<QLineEdit>(customerEditor, "matchEdit"), qs("example.test"));
    QTest::keyClicks(child<QLineEdit>(customerEditor, "customerEdit"), qs("Acme"));
    button(customerEditor, "saveButton")->click();

    // Then: the server has it, and the list shows it
    QTRY_COMPARE_WITH_TIMEOUT(serverIds(*admin, qs("/customers"), qs("customers")).size(), 1, Wait);
    QTRY_COMPARE_WITH_TIMEOUT(shownIds(customers), serverIds(*admin, qs("/customers"), qs("customers")), Wait);
    const QJsonObject row =
        fixture.api(ApiCall::get(qs("/customers"))).value(qs("customers")).toArray().at(0).toObject();
    QCOMPARE(row[qs("match")].toString(), qs("example.test"));
    QCOMPARE(row[qs("customer")].toString(), qs("Acme"));

    // When: the user changes it to Globex
    QVERIFY(customers->selectRow(row[qs("id")].toString()));
    button(customers, "editButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT((customerEditor = openEditor<CustomerEditor>(customers)), Wait);
    replaceText(child<QLineEdit>(customerEditor, "customerEdit"), qs("Globex"));
    button(customerEditor, "saveButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(fixture.api(ApiCall::get(u"/customer/" + row[qs("id")].toString()))
                                  .value(qs("customer"))
                                  .toObject()
                                  .value(qs("customer"))
                                  .toString(),
                              qs("Globex"),
                              Wait);
    QTRY_VERIFY_WITH_TIMEOUT(shownTexts(customers).contains(qs("Globex")), Wait);

    // When: the user adds the role ops with two scopes
    button(perms, "newButton")->click();
    PermissionEditor *permEditor = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((permEditor = openEditor<PermissionEditor>(perms)), Wait);
    auto *scopes = child<AdministrationScopeList>(permEditor, "scopeList");
    QTRY_VERIFY_WITH_TIMEOUT(scopes->isLoaded(), Wait);
    QTest::keyClicks(child<QLineEdit>(permEditor, "roleEdit"), qs("ops"));
    tick(scopes, {qs("read:alerts"), qs("write:alerts")});
    button(permEditor, "saveButton")->click();

    // Then: the server has it after its built-in roles, and the list shows the same
    QTRY_COMPARE_WITH_TIMEOUT(serverIds(*admin, qs("/perms"), qs("permissions")).size(), 4, Wait);
    QTRY_COMPARE_WITH_TIMEOUT(shownIds(perms), serverIds(*admin, qs("/perms"), qs("permissions")), Wait);
    const QJsonObject ops = fixture.api(ApiCall::get(qs("/perms"))).value(qs("permissions")).toArray().at(3).toObject();
    QCOMPARE(ops[qs("match")].toString(), qs("ops"));
    QCOMPARE(strings(ops[qs("scopes")]), (QStringList{qs("read:alerts"), qs("write:alerts")}));

    // When: the user narrows it to reading alerts
    QVERIFY(perms->selectRow(ops[qs("id")].toString()));
    button(perms, "editButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT((permEditor = openEditor<PermissionEditor>(perms)), Wait);
    scopes = child<AdministrationScopeList>(permEditor, "scopeList");
    QTRY_VERIFY_WITH_TIMEOUT(scopes->isLoaded(), Wait);
    QCOMPARE(scopes->checkedScopes(), (QStringList{qs("read:alerts"), qs("write:alerts")}));
    tick(scopes, {qs("read:alerts")});
    button(permEditor, "saveButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(strings(fixture.api(ApiCall::get(u"/perm/" + ops[qs("id")].toString()))
                                          .value(qs("permission"))
                                          .toObject()
                                          .value(qs("scopes"))),
                              QStringList{qs("read:alerts")},
                              Wait);

    // When: the user deletes the customer row and the permission
    QTRY_VERIFY_WITH_TIMEOUT(customers->selectRow(row[qs("id")].toString()), Wait);
    button(customers, "deleteButton")->click();
    QVERIFY(confirmDelete(customers));
    QTRY_VERIFY_WITH_TIMEOUT(perms->selectRow(ops[qs("id")].toString()), Wait);
    button(perms, "deleteButton")->click();
    QVERIFY(confirmDelete(perms));

    // Then: both are gone from the server and the lists
    QTRY_COMPARE_WITH_TIMEOUT(serverIds(*admin, qs("/customers"), qs("customers")).size(), 0, Wait);
    QTRY_COMPARE_WITH_TIMEOUT(serverIds(*admin, qs("/perms"), qs("permissions")).size(), 3, Wait);
    QTRY_COMPARE_WITH_TIMEOUT(customers->model()->rowCount(), 0, Wait);
    QTRY_COMPARE_WITH_TIMEOUT(shownIds(perms), serverIds(*admin, qs("/perms"), qs("permissions")), Wait);
}

void TestAdministration::shouldShowAnEditorsServerError()
{
    // Given: the permissions tab as the admin
    ServerFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    const auto admin = fixture.backend(fixture.adminKey);
    AdministrationDialog dialog(*admin);
    dialog.show();
    PermissionsPage *perms = dialog.permissionsPage();
    QTRY_COMPARE_WITH_TIMEOUT(perms->model()->rowCount(), 3, Wait);

    // When: the user adds a permission for the built-in role "user"
    button(perms, "newButton")->click();
    PermissionEditor *editor = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((editor = openEditor<PermissionEditor>(perms)), Wait);
    QTest::keyClicks(child<QLineEdit>(editor, "roleEdit"), qs("user"));
    button(editor, "saveButton")->click();

    // Then: the server's message is shown in the editor, which stays open with what was typed
    auto *error = child<QLabel>(editor, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisibleTo(editor), Wait);
    QCOMPARE(error->text(), qs("user role already exists"));
    QVERIFY(editor->isVisible());
    QCOMPARE(child<QLineEdit>(editor, "roleEdit")->text(), qs("user"));
    QCOMPARE(serverIds(*admin, qs("/perms"), qs("permissions")).size(), 3);
}

void TestAdministration::shouldLimitANonAdminSession()
{
    // Given: keys of viewer and of bob, and a dialog in viewer's read-only session
    ServerFixture fixture;
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    const QString viewerKey = fixture.makeKey(qs("viewer"), {qs("read")});
    fixture.makeKey(qs("bob"), {qs("read"), qs("write")});
    fixture.api(ApiCall::post(qs("/user"),
                              {{qs("name"), qs("Dana Scully")},
                               {qs("email"), qs("dana@example.test")},
                               {qs("password"), qs("secret-pass-1")}}));
    const auto viewer = fixture.backend(viewerKey);
    AdministrationDialog dialog(*viewer);
    dialog.show();

    // Then: the keys tab shows exactly viewer's own keys, and viewer may not make or revoke any
    ApiKeysPage *keys = dialog.keysPage();
    QTRY_COMPARE_WITH_TIMEOUT(keys->model()->rowCount(), 1, Wait);
    QCOMPARE(shownIds(keys), serverIds(*viewer, qs("/keys"), qs("keys")));
    QCOMPARE(keys->model()->row(0)[qs("user")].toString(), qs("viewer"));
    QVERIFY(!button(keys, "newButton")->isEnabled());
    QVERIFY(keys->selectRow(keys->model()->idOf(0)));
    QVERIFY(!button(keys, "deleteButton")->isEnabled());
    QVERIFY(child<QLabel>(keys, "scopeLabel")->text().contains(qs("write:keys")));

    // And: the users tab is disabled with the missing scope named, and shows no user
    UsersPage *users = dialog.usersPage();
    QVERIFY(!users->table()->isEnabled());
    QVERIFY(!button(users, "newButton")->isEnabled());
    QVERIFY(child<QLabel>(users, "scopeLabel")->isVisibleTo(users));
    QVERIFY(child<QLabel>(users, "scopeLabel")->text().contains(qs("admin:users")));
    QCOMPARE(users->model()->rowCount(), 0);

    // And: the permissions tab shows the roles but may not change them
    PermissionsPage *perms = dialog.permissionsPage();
    QTRY_COMPARE_WITH_TIMEOUT(perms->model()->rowCount(), 3, Wait);
    QVERIFY(!button(perms, "newButton")->isEnabled());
    QVERIFY(child<QLabel>(perms, "scopeLabel")->text().contains(qs("admin:perms")));
    QVERIFY(!button(dialog.customersPage(), "newButton")->isEnabled());
    QVERIFY(child<QLabel>(dialog.customersPage(), "scopeLabel")->text().contains(qs("admin:customers")));
    QVERIFY(!child<QLabel>(dialog.customersPage(), "errorLabel")->isVisibleTo(&dialog));
}

void TestAdministration::shouldShowOnlyTheCustomersKeysUnderCustomerViews()
{
    // Given: customer views, with keys of Acme's alice and Globex's bob
    ServerFixture::Options options;
    options.customerViews = true;
    ServerFixture fixture(options);
    QVERIFY2(fixture.start(), qPrintable(fixture.failure()));
    const QString aliceKey = fixture.makeKey(qs("alice"), {qs("read"), qs("write")}, qs("Acme"));
    fixture.makeKey(qs("alice"), {qs("read")}, qs("Acme"));
    fixture.makeKey(qs("bob"), {qs("read")}, qs("Globex"));

    // When: the admin opens the dialog
    {
        const auto admin = fixture.backend(fixture.adminKey);
        AdministrationDialog dialog(*admin);
        dialog.show();
        // Then: every key, with the customer column
        QTRY_COMPARE_WITH_TIMEOUT(shownIds(dialog.keysPage()), serverIds(*admin, qs("/keys"), qs("keys")), Wait);
        QCOMPARE(dialog.keysPage()->model()->rowCount(), 4);
        QVERIFY(!dialog.keysPage()->table()->isColumnHidden(ApiKeysPage::CustomerColumn));
        QVERIFY(shownTexts(dialog.keysPage()).contains(qs("Globex")));
    }

    // When: alice opens it
    const auto alice = fixture.backend(aliceKey);
    AdministrationDialog dialog(*alice);
    dialog.show();

    // Then: only Acme's keys, with the customer column; nothing of Globex
    ApiKeysPage *keys = dialog.keysPage();
    QTRY_COMPARE_WITH_TIMEOUT(keys->model()->rowCount(), 2, Wait);
    QCOMPARE(shownIds(keys), serverIds(*alice, qs("/keys"), qs("keys")));
    QVERIFY(!keys->table()->isColumnHidden(ApiKeysPage::CustomerColumn));
    for (int row = 0; row < keys->model()->rowCount(); ++row)
        QCOMPARE(keys->model()->row(row)[qs("customer")].toString(), qs("Acme"));
    QVERIFY(!shownTexts(keys).contains(qs("Globex")));

    // And: a new key of alice's is Acme's (the only customer she may choose)
    button(keys, "newButton")->click();
    ApiKeyEditor *editor = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((editor = openEditor<ApiKeyEditor>(keys)), Wait);
    QVERIFY(!child<QLineEdit>(editor, "userEdit")->isEnabled());
    QCOMPARE(child<QComboBox>(editor, "customerCombo")->currentText(), qs("Acme"));
    auto *scopes = child<AdministrationScopeList>(editor, "scopeList");
    QTRY_VERIFY_WITH_TIMEOUT(scopes->isLoaded(), Wait);
    QCOMPARE(scopes->checkedScopes(), (QStringList{qs("read"), qs("write")}));
    button(editor, "saveButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(keys->model()->rowCount(), 3, Wait);
    QCOMPARE(shownIds(keys), serverIds(*alice, qs("/keys"), qs("keys")));
    for (int row = 0; row < keys->model()->rowCount(); ++row) {
        QCOMPARE(keys->model()->row(row)[qs("customer")].toString(), qs("Acme"));
        QCOMPARE(keys->model()->row(row)[qs("user")].toString(), qs("alice"));
    }
}

QTEST_MAIN(TestAdministration)
#include "testadministration.moc"
