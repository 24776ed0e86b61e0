// The account detail as the customer's My Account console (issue 18, my-account.md D.3),
// through the real widgets on the demo data, in both languages, on both stores and both
// backends: Basic Information's rows and the seed's empty texts (§5.2; R-ACC-7, R-ACC-10,
// R-ACC-14), Preferences saved with the currency rule (R-ACC-15), message recipients, and the
// CTS traces tab, shown only while the customer's CTS is on and filtered by trace name
// (R-AUD-2). A button that goes on a reload while it has the focus (Complete Information,
// once complete) hands it to the one shown in its place.

#include "GuiTestSupport.h"
#include "core/ListNames.h"
#include "core/MyAccount.h"
#include "gui/views/HuaweiAccountsView.h"
#include "gui/views/ListViewWidget.h"
#include "services/DemoStoryData.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

#include <algorithm>

using namespace oc;
using namespace oc::gui;
using namespace oc::test;
using namespace Qt::StringLiterals;

class TestMyAccountConsole : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        OC_REQUIRE_STORE();
    }
    void R_ACC_7_R_ACC_14_basicInformationOfTheBuyer();
    void R_ACC_10_emptyTextsOfANewSignUp();
    void R_ACC_10_completedTheFocusGoesToEdit_data();
    void R_ACC_10_completedTheFocusGoesToEdit();
    void R_ACC_15_preferencesSaved();
    void R_AUD_2_ctsTracesOnlyWhileEnabled();
    // Issue 18's "Done means": every change and refusal from the buyer's My Account, then
    // exactly the expected trace names in its CTS view (R-ACC-3, R-ACC-7, R-ACC-9, R-ACC-11,
    // R-ACC-14, R-ACC-2, R-AUD-2).
    void R_AUD_2_everyChangeAndRefusalThenTheirTraces();

private:
    HuaweiAccountsView *show(GuiFixture &f, const char *login);
};

namespace {

QLabel *label(QWidget *root, const char *name)
{
    return root->findChild<QLabel *>(QString::fromLatin1(name));
}

QPushButton *button(QWidget *root, const char *name)
{
    return root->findChild<QPushButton *>(QString::fromLatin1(name));
}

// The trace names the CTS table shows, top to bottom (all rows loaded).
QStringList traceNames(ListViewWidget *list)
{
    QStringList names;
    const int rows = list->model()->rowCount();
    for (int row = 0; row < rows; ++row)
        names << list->model()->raw(row, column::TraceName).toString();
    return names;
}

// The dialog of `name` the view opened (its child, shown).
QDialog *openedDialog(QWidget *view, const char *name)
{
    QDialog *dialog = nullptr;
    waitFor([&] {
        dialog = view->findChild<QDialog *>(QString::fromLatin1(name));
        return dialog && dialog->isVisible();
    });
    return dialog;
}

// Once it can be (a button the view disables while the account reloads after a change).
void click(QWidget *parent, const char *name)
{
    QPushButton *b = button(parent, name);
    QVERIFY2(b && waitFor([b] { return b->isVisible() && b->isEnabled(); }), name);
    QTest::mouseClick(b, Qt::LeftButton);
}

// OK of a dialog with a button box.
void clickOk(QDialog *dialog)
{
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok && ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

// The account's CTS traces as "traceName outcome", oldest first, through the backend.
QStringList tracesOf(Backend *backend, const QString &account)
{
    ListQuery query;
    query.view = view::CtsTraces;
    query.filters.insert(column::AccountId, account);
    query.limit = 100;
    const Result<ListPage> page = await(backend->list(query));
    QStringList traces;
    if (page.ok())
        for (int row = 0; row < page->rows.size(); ++row)
            traces.prepend(page->value(row, column::TraceName).toString() + u' ' +
                           page->value(row, column::Outcome).toString());
    return traces;
}

// Sends the code of a CodeField (its Send button `sendName`) and reads it at `destination`.
QString sendCode(Backend *backend, QWidget *dialog, const char *sendName,
                 const QString &destination)
{
    const QString before = latestCode(*backend, destination);
    click(dialog, sendName);
    QString code;
    waitFor([&] {
        code = latestCode(*backend, destination);
        return !code.isEmpty() && code != before;
    });
    return code;
}

QString wrongCode(const QString &code)
{
    return code == u"000000"_s ? u"111111"_s : u"000000"_s;
}

} // namespace

HuaweiAccountsView *TestMyAccountConsole::show(GuiFixture &f, const char *login)
{
    MainWindow &w = *f.window;
    const QString account = accountIdOf(f.backend.backend.get(), QString::fromLatin1(login));
    w.showPage(MainWindow::Page::HuaweiAccounts);
    HuaweiAccountsView *view = w.huaweiAccountsView();
    view->selectAccount(account);
    // Shown once the detail of that account arrived.
    if (!waitFor([&] { return label(view, "accountIdValue")->text() == account; }))
        return nullptr;
    return view;
}

void TestMyAccountConsole::R_ACC_7_R_ACC_14_basicInformationOfTheBuyer()
{
    GuiFixture f;
    HuaweiAccountsView *view = show(f, demo::cast::BuyerLogin);
    QVERIFY(view);
    // HUAWEI ID Information: its own mobile number, masked; the password never shown.
    const QString mobile = label(view, "huaweiIdMobileValue")->text();
    QVERIFY2(mobile.endsWith(u"0320"_s) && mobile.contains(u"****"_s), qPrintable(mobile));
    QVERIFY(label(view, "emailValue")->text().contains(u'*'));
    QCOMPARE(label(view, "passwordValue")->text(), u"********"_s);
    // R-ACC-7: the tenant name differs from the login ID, so its row (with Edit) shows, and
    // R-ACC-3's count of this year's changes.
    QLabel *tenant = label(view, "tenantNameValue");
    QVERIFY(tenant->isVisible());
    QVERIFY(tenant->text().contains(QString::fromLatin1(demo::cast::BuyerTenantName)));
    QVERIFY(tenant->text().contains(u'2'));
    QVERIFY(button(view, "tenantNameButton")->isVisible());
    // R-ACC-14: the service mobile number and email address differ from the HUAWEI ID's:
    // both shown with Edit.
    QVERIFY(label(view, "mobileValue")->isVisible());
    QCOMPARE(button(view, "serviceMobileButton")->text(),
             inTestLanguage(u"E&dit…"_s, u"编辑(&D)…"_s));
    QCOMPARE(label(view, "serviceEmailValue")->text(),
             QString::fromLatin1(demo::cast::BuyerServiceEmail));
    QVERIFY(label(view, "serviceEmailValue")->isVisible());
    QVERIFY(button(view, "serviceEmailButton")->isVisible());
    // R-ACC-10: the type is set: Edit, not Complete Information; authenticated: View/Change.
    QVERIFY(button(view, "editInfoButton")->isVisible());
    QVERIFY(!button(view, "completeInfoButton")->isVisible());
    QVERIFY(button(view, "reauthButton")->isVisible());
    QVERIFY(!button(view, "authenticateRowButton")->isVisible());
    QVERIFY2(unnamedFocusableWidgets(view).isEmpty(),
             qPrintable(unnamedFocusableWidgets(view).join(u", "_s)));
    snapshot(f.window.get(), u"my-account-basic-information"_s);
}

void TestMyAccountConsole::R_ACC_10_emptyTextsOfANewSignUp()
{
    GuiFixture f;
    HuaweiAccountsView *view = show(f, demo::cast::NewSignUpLogin);
    QVERIFY(view);
    // The seed's empty texts (my-account.md §5.2).
    QCOMPARE(label(view, "accountTypeValue")->text(),
             inTestLanguage(u"Not yet selected"_s, u"未选择"_s));
    QCOMPARE(label(view, "contactAddressValue")->text(),
             inTestLanguage(u"No data available."_s, u"暂无数据。"_s));
    QCOMPARE(label(view, "designationValue")->text(),
             inTestLanguage(u"Not yet selected"_s, u"未选择"_s));
    // R-ACC-7: its tenant name is its login ID: no Tenant Name row.
    QVERIFY(!label(view, "tenantNameValue")->isVisible());
    // R-ACC-10: Complete Information while the type is unset; W-AUTH, not View/Change.
    QVERIFY(button(view, "completeInfoButton")->isVisible());
    QVERIFY(!button(view, "editInfoButton")->isVisible());
    QVERIFY(button(view, "authenticateRowButton")->isVisible());
    QVERIFY(!button(view, "reauthButton")->isVisible());
}

// Complete Information had the focus; once the account is complete, Edit Information takes
// its place and the focus:
// - completed by another change, the window active: instead of Qt passing the focus down the
//   tab chain (and scrolling the panel to wherever that is);
// - completed through its dialog: the tabs, disabled while the account is read again, took the
//   focus; it comes back, not to nothing (Tab would start over from the top).
void TestMyAccountConsole::R_ACC_10_completedTheFocusGoesToEdit_data()
{
    QTest::addColumn<bool>("throughDialog");
    QTest::newRow("another change") << false;
    QTest::newRow("its dialog") << true;
}

void TestMyAccountConsole::R_ACC_10_completedTheFocusGoesToEdit()
{
    QFETCH(bool, throughDialog);
    GuiFixture f;
    HuaweiAccountsView *view = show(f, demo::cast::NewSignUpLogin);
    QVERIFY(view);
    QApplication::setActiveWindow(f.window.get());
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    QPushButton *complete = button(view, "completeInfoButton");
    QPushButton *edit = button(view, "editInfoButton");
    QVERIFY(complete->isVisible());
    complete->setFocus(Qt::MouseFocusReason);
    QVERIFY(complete->hasFocus());
    if (throughDialog) {
        click(view, "completeInfoButton");
        QPointer<QDialog> dialog = openedDialog(view, "completeInformationDialog");
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QRadioButton *>(u"individualRadio"_s), Qt::LeftButton,
                          {}, QPoint(6, 6));
        type(dialog, "nameEdit", u"Chen Xiaoyu"_s);
        clickOk(dialog);
        QVERIFY(waitFor([&] { return !dialog || !dialog->isVisible(); }));
    } else {
        Backend *backend = f.backend.backend.get();
        const QString account =
            accountIdOf(backend, QString::fromLatin1(demo::cast::NewSignUpLogin));
        QVERIFY(await(backend->completeInformation(
                          {account, AccountType::Individual, u"Chen Xiaoyu"_s}))
                    .ok());
    }
    QVERIFY(waitFor([&] { return edit->isVisible() && edit->isEnabled(); }));
    QVERIFY(!complete->isVisible());
    QCOMPARE(f.window->focusWidget(), edit);
    f.window->activateWindow(); // the window manager's part, not the offscreen platform's
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    QTRY_COMPARE(QApplication::focusWidget(), edit);
}

void TestMyAccountConsole::R_ACC_15_preferencesSaved()
{
    GuiFixture f;
    HuaweiAccountsView *view = show(f, demo::cast::BuyerLogin);
    QVERIFY(view);
    Backend *backend = f.backend.backend.get();
    const QString account = accountIdOf(backend, QString::fromLatin1(demo::cast::BuyerLogin));
    auto *tabs = view->findChild<QTabWidget *>(u"detailTabs"_s);
    tabs->setCurrentWidget(tabs->findChild<QWidget *>(u"preferencesTab"_s));
    auto *currency = view->findChild<QComboBox *>(u"currencyCombo"_s);
    auto *language = view->findChild<QComboBox *>(u"messageLanguageCombo"_s);
    auto *zone = view->findChild<QComboBox *>(u"timeZoneCombo"_s);
    // The labels' mnemonics reach their fields: Alt+N, Alt+Z, Alt+U ("(&N)" in Chinese), which
    // nothing else on the page or in the menu bar uses (Alt+L opens the Language menu, Alt+T
    // is the accounts filter's Type).
    QCOMPARE(label(view, "messageLanguageLabel")->buddy(), language);
    QCOMPARE(label(view, "timeZoneLabel")->buddy(), zone);
    QCOMPARE(label(view, "currencyLabel")->buddy(), currency);
    QApplication::setActiveWindow(f.window.get());
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    currency->setFocus(); // each mnemonic below moves the focus from another field
    for (const auto &[key, field] : {std::pair{Qt::Key_N, language}, std::pair{Qt::Key_Z, zone},
                                     std::pair{Qt::Key_U, currency}}) {
        QTest::keyClick(f.window.get(), key, Qt::AltModifier);
        QVERIFY2(field->hasFocus(), qPrintable(field->objectName()));
    }
    const HuaweiAccount before = await(backend->huaweiAccount(account))->account;
    QCOMPARE(currency->currentData().toString(), before.currency);
    // Chosen from the keyboard, as a person would.
    const QString other = before.currency == u"USD" ? u"EUR"_s : u"USD"_s;
    currency->setFocus();
    while (currency->currentData().toString() != other)
        QTest::keyClick(currency, Qt::Key_Down);
    language->setFocus();
    QTest::keyClick(language, language->currentIndex() == 0 ? Qt::Key_Down : Qt::Key_Up);
    const QString chosenLanguage = language->currentData().toString();
    QVERIFY(chosenLanguage != before.messageLanguage);
    // A reload of the same account (another change) keeps what is being chosen.
    QVERIFY(
        await(backend->saveRecipient({0, account, u"Wang Min"_s, u"+8613900001111"_s, QString()}))
            .ok());
    QVERIFY(waitFor(
        [&] { return view->findChild<QTableWidget *>(u"recipientsTable"_s)->rowCount() == 2; }));
    QCOMPARE(currency->currentData().toString(), other);
    QTest::mouseClick(button(view, "savePreferencesButton"), Qt::LeftButton);
    QVERIFY(waitFor([&] {
        return label(view, "preferencesStatus")->text() ==
               inTestLanguage(u"Preferences saved."_s, u"偏好设置已保存。"_s);
    }));
    const HuaweiAccountDetail after = *await(backend->huaweiAccount(account));
    QCOMPARE(after.account.currency, other);
    QCOMPARE(after.account.messageLanguage, chosenLanguage);
    // R-ACC-15: the selection is remembered for the bill of this cycle.
    QVERIFY(!after.currencySelections.isEmpty());
    QCOMPARE(after.currencySelections.first().currency, other);
    snapshot(f.window.get(), u"my-account-preferences"_s);
}

void TestMyAccountConsole::R_AUD_2_ctsTracesOnlyWhileEnabled()
{
    GuiFixture f;
    HuaweiAccountsView *view = show(f, demo::cast::BuyerLogin);
    QVERIFY(view);
    auto *tabs = view->findChild<QTabWidget *>(u"detailTabs"_s);
    QWidget *ctsTab = tabs->findChild<QWidget *>(u"ctsTab"_s);
    // The buyer's CTS is on (demo story): its traces, the recipient added in the story.
    QVERIFY(tabs->isTabVisible(tabs->indexOf(ctsTab)));
    tabs->setCurrentWidget(ctsTab);
    ListViewWidget *cts = view->ctsList();
    QVERIFY(
        waitFor([&] { return traceNames(cts).contains(QString::fromLatin1(cts::AddRecipient)); }));

    // Deleting the recipient from Preferences (confirmed) is traced as deleteRecipient.
    tabs->setCurrentWidget(tabs->findChild<QWidget *>(u"preferencesTab"_s));
    auto *recipients = view->findChild<QTableWidget *>(u"recipientsTable"_s);
    QVERIFY(waitFor([&] { return recipients->rowCount() == 1; }));
    QCOMPARE(recipients->item(0, 0)->text(), QString::fromLatin1(demo::cast::BuyerRecipient));
    recipients->selectRow(0);
    QPushButton *remove = button(view, "deleteRecipientButton");
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(waitFor([&] { return recipients->rowCount() == 0; }));
    QVERIFY(label(view, "myAccountMessage")
                ->text()
                .contains(QString::fromLatin1(demo::cast::BuyerRecipient)));

    tabs->setCurrentWidget(ctsTab);
    QVERIFY(waitFor(
        [&] { return traceNames(cts).contains(QString::fromLatin1(cts::DeleteRecipient)); }));
    // Filtered by trace name: only that one.
    auto *filter = cts->findChild<QComboBox *>(u"ctsTracesFilter_traceName"_s);
    QVERIFY(filter);
    const int index = filter->findData(QString::fromLatin1(cts::DeleteRecipient));
    QVERIFY(index > 0);
    filter->setCurrentIndex(index);
    QVERIFY(waitFor(
        [&] { return traceNames(cts) == QStringList{QString::fromLatin1(cts::DeleteRecipient)}; }));
    QVERIFY2(unnamedFocusableWidgets(view).isEmpty(),
             qPrintable(unnamedFocusableWidgets(view).join(u", "_s)));
    snapshot(f.window.get(), u"my-account-cts-traces"_s);

    // An account whose CTS is off has no CTS tab (its journal still records, R-AUD-1).
    view = show(f, demo::cast::IndividualLogin);
    QVERIFY(view);
    QVERIFY(!tabs->isTabVisible(tabs->indexOf(ctsTab)));
    QVERIFY(tabs->isTabVisible(tabs->indexOf(tabs->findChild<QWidget *>(u"journalTab"_s))));
}

void TestMyAccountConsole::R_AUD_2_everyChangeAndRefusalThenTheirTraces()
{
    GuiFixture f;
    Backend *backend = f.backend.backend.get();
    HuaweiAccountsView *view = show(f, demo::cast::BuyerLogin);
    QVERIFY(view);
    const QString account = accountIdOf(backend, QString::fromLatin1(demo::cast::BuyerLogin));
    const HuaweiAccount before = await(backend->huaweiAccount(account))->account;
    const QStringList tracesBefore = tracesOf(backend, account);
    QLabel *message = label(view, "myAccountMessage");

    // D-TENANT-NAME: the third change this year (R-ACC-3), from the Tenant Name row (R-ACC-7).
    click(view, "tenantNameButton");
    QPointer<QDialog> dialog = openedDialog(view, "tenantNameDialog");
    QVERIFY(dialog);
    type(dialog, "newNameEdit", u"Lianyun-Cloud-2027"_s);
    clickOk(dialog);
    QVERIFY(waitFor([&] { return !dialog; }));
    QVERIFY(waitFor([&] { return message->isVisible(); }));
    QVERIFY(waitFor([&] { return label(view, "tenantNameValue")->text().contains(u"2027"_s); }));
    // ... and a fourth: refused up front, OK disabled.
    click(view, "tenantNameButton");
    dialog = openedDialog(view, "tenantNameDialog");
    QVERIFY(dialog);
    QVERIFY(label(dialog, "limitLabel")->isVisible());
    QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog->reject();
    QVERIFY(waitFor([&] { return !dialog; }));

    // D-EDIT-INFO: the enterprise name cannot be edited after authentication (R-ACC-9), and a
    // program renamed .pdf is refused as the qualification proof by its content (R-ACC-11).
    click(view, "editInfoButton");
    dialog = openedDialog(view, "editInformationDialog");
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLineEdit *>(u"enterpriseNameEdit"_s)->isReadOnly());
    QTemporaryDir dir;
    const QString program = dir.filePath(u"vat-certificate.pdf"_s);
    {
        QFile file(program);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x7f"
                              "ELF\x02\x01\x01\x00",
                              8) +
                   QByteArray(4096, '\0'));
    }
    chooseMaterial(f, dialog, "qualificationProof", program);
    QVERIFY(waitFor([&] { return label(dialog, "qualificationProofError")->isVisible(); }));
    snapshot(dialog, u"my-account-executable-proof"_s);
    dialog->reject();
    QVERIFY(waitFor([&] { return !dialog; }));

    // D-SERVICE-CONTACT, email (R-ACC-14): a wrong code in step 1 stays there; a wrong code
    // in step 2 is refused (and traced, the change being attempted); then the right ones.
    click(view, "serviceEmailButton");
    dialog = openedDialog(view, "serviceContactDialog");
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QRadioButton *>(u"emailRadio"_s), Qt::LeftButton, {},
                      QPoint(6, 6));
    QString code = sendCode(backend, dialog, "identitySendButton", before.email);
    QVERIFY(!code.isEmpty());
    type(dialog, "identityCodeEdit", wrongCode(code));
    click(dialog, "nextButton");
    QVERIFY(waitFor([&] { return label(dialog, "identityCodeError")->isVisible(); }));
    type(dialog, "identityCodeEdit", code);
    click(dialog, "nextButton");
    QVERIFY(
        waitFor([&] { return dialog->findChild<QLineEdit *>(u"newValueEdit"_s)->isVisible(); }));
    const QString newEmail = u"billing@lianyuntech.com"_s;
    type(dialog, "newValueEdit", newEmail);
    code = sendCode(backend, dialog, "newSendButton", newEmail);
    QVERIFY(!code.isEmpty());
    type(dialog, "newCodeEdit", wrongCode(code));
    click(dialog, "okButton");
    QVERIFY(waitFor([&] { return label(dialog, "newCodeError")->isVisible(); }));
    type(dialog, "newCodeEdit", code);
    click(dialog, "okButton");
    QVERIFY(waitFor([&] { return !dialog; }));
    QVERIFY(waitFor([&] { return label(view, "serviceEmailValue")->text() == newEmail; }));

    // D-SERVICE-CONTACT, mobile.
    click(view, "serviceMobileButton");
    dialog = openedDialog(view, "serviceContactDialog");
    QVERIFY(dialog);
    // Identity by SMS this time, to the HUAWEI ID's mobile number (the email's code was
    // just sent: a new one only after the resend interval, R-VC-1).
    code = sendCode(backend, dialog, "identitySendButton", before.securityPhone);
    type(dialog, "identityCodeEdit", code);
    click(dialog, "nextButton");
    QVERIFY(
        waitFor([&] { return dialog->findChild<QLineEdit *>(u"newValueEdit"_s)->isVisible(); }));
    const QString newMobile = u"+8613900002222"_s;
    type(dialog, "newValueEdit", newMobile);
    code = sendCode(backend, dialog, "newSendButton", newMobile);
    type(dialog, "newCodeEdit", code);
    click(dialog, "okButton");
    QVERIFY(waitFor([&] { return !dialog; }));
    QVERIFY(waitFor([&] { return label(view, "mobileValue")->text() == newMobile; }));

    // D-RECIPIENT: added, edited, deleted from Preferences.
    auto *tabs = view->findChild<QTabWidget *>(u"detailTabs"_s);
    tabs->setCurrentWidget(tabs->findChild<QWidget *>(u"preferencesTab"_s));
    auto *recipients = view->findChild<QTableWidget *>(u"recipientsTable"_s);
    QVERIFY(waitFor([&] { return recipients->rowCount() == 1; }));
    click(view, "addRecipientButton");
    dialog = openedDialog(view, "recipientDialog");
    QVERIFY(dialog);
    type(dialog, "nameEdit", u"Wang Min"_s);
    type(dialog, "emailEdit", u"wang.min@lianyuntech.com"_s);
    click(dialog, "okButton");
    QVERIFY(waitFor([&] { return !dialog; }));
    QVERIFY(waitFor([&] { return recipients->rowCount() == 2; }));
    recipients->selectRow(1);
    QCOMPARE(recipients->item(1, 0)->text(), u"Wang Min"_s);
    click(view, "editRecipientButton");
    dialog = openedDialog(view, "recipientDialog");
    QVERIFY(dialog);
    type(dialog, "mobileEdit", u"+8613900003333"_s);
    click(dialog, "okButton");
    QVERIFY(waitFor([&] { return !dialog; }));
    QVERIFY(waitFor([&] {
        return recipients->rowCount() == 2 && recipients->item(1, 1)->text() == u"+8613900003333";
    }));
    recipients->selectRow(1);
    click(view, "deleteRecipientButton");
    QVERIFY(waitFor([&] { return recipients->rowCount() == 1; }));

    // D-PASSWORD: a change of its own (no CTS name, R-AUD-2).
    tabs->setCurrentWidget(tabs->findChild<QWidget *>(u"basicTab"_s));
    click(view, "changePasswordButton");
    dialog = openedDialog(view, "passwordDialog");
    QVERIFY(dialog);
    type(dialog, "currentPasswordEdit", QString::fromLatin1(demo::cast::Password));
    type(dialog, "newPasswordEdit", u"Lianyun@2027b"_s);
    type(dialog, "confirmPasswordEdit", u"Lianyun@2027b"_s);
    click(dialog, "okButton");
    QVERIFY(waitFor([&] { return !dialog; }));
    QVERIFY(waitFor([&] { return message->isVisible(); }));

    // The CTS view: exactly the traced operations, in order, the refused code among them.
    const QStringList expected =
        tracesBefore + QStringList{u"changeEmail R-VC-1"_s,    u"changeEmail success"_s,
                                   u"changePhone success"_s,   u"addRecipient success"_s,
                                   u"editRecipient success"_s, u"deleteRecipient success"_s};
    QCOMPARE(tracesOf(backend, account), expected);
    tabs->setCurrentWidget(tabs->findChild<QWidget *>(u"ctsTab"_s));
    ListViewWidget *cts = view->ctsList();
    QVERIFY(waitFor([&] { return cts->model()->rowCount() == expected.size(); }));
    QStringList shown = traceNames(cts);
    std::reverse(shown.begin(), shown.end()); // the view is newest first
    QStringList names;
    for (const QString &trace : expected)
        names << trace.section(u' ', 0, 0);
    QCOMPARE(shown, names);
    snapshot(f.window.get(), u"my-account-cts-after-changes"_s);
}

QTEST_MAIN(TestMyAccountConsole)
#include "test_my_account_console.moc"
