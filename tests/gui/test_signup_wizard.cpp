// W-SIGNUP end to end through the real widgets on the demo data (issue 17), in both
// languages: sign up by email with its code, skip the security phone, enable services, bind
// the mobile number, a card the bank declines (Historical Cards, the message on the page),
// then one it approves, and the new Account ID; "enable services later"; refusals next to
// their fields. Each test asserts what the store holds afterwards.

#include "GuiTestSupport.h"
#include "gui/views/HuaweiAccountsView.h"
#include "gui/views/ListViewWidget.h"
#include "gui/wizards/signup/SignUpWizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>

using namespace oc;
using namespace oc::gui;
using namespace oc::test;
using namespace Qt::StringLiterals;

class TestSignUpWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        OC_REQUIRE_STORE();
    }
    void R_ACC_16_R_ACC_18_signsUpEnablesAndBindsACard();
    void R_ACC_16_enableLaterEndsNotEnabled();
    void refusalsShowNextToTheirField();

private:
    SignUpWizard *openFromAccountsView(MainWindow &w);
    void signUp(SignUpWizard *wizard, Backend *backend, const QString &email);
    void sendAndType(SignUpWizard *wizard, Backend *backend, const char *codeField,
                     const QString &destination);
};

SignUpWizard *TestSignUpWizard::openFromAccountsView(MainWindow &w)
{
    w.showPage(MainWindow::Page::HuaweiAccounts);
    auto *button = w.huaweiAccountsView()->findChild<QPushButton *>(u"signUpButton"_s);
    if (!button)
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    SignUpWizard *wizard = nullptr;
    waitFor([&] {
        wizard = w.findChild<SignUpWizard *>();
        return wizard && wizard->isVisible();
    });
    return wizard;
}

// Presses the code field's Send and types the code the Outbox got.
void TestSignUpWizard::sendAndType(SignUpWizard *wizard, Backend *backend, const char *codeField,
                                   const QString &destination)
{
    auto *field = wizard->currentPage()->findChild<QWidget *>(QString::fromLatin1(codeField));
    QVERIFY(field);
    auto *send = field->findChild<QPushButton *>();
    QVERIFY(send && send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(waitFor([&] { return !latestMessageTo(backend, destination).isEmpty(); }));
    auto *edit = field->findChild<QLineEdit *>();
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClicks(edit, latestMessageTo(backend, destination).value(u"code"_s).toString());
}

void TestSignUpWizard::signUp(SignUpWizard *wizard, Backend *backend, const QString &email)
{
    QCOMPARE(wizard->currentId(), int(SignUpWizard::Account));
    type(wizard, "emailEdit", email);
    sendAndType(wizard, backend, "codeField", email);
    type(wizard, "passwordEdit", u"Passw0rd2026"_s);
    snapshot(wizard, u"signup-account"_s);
    clickWizardButton(wizard, QWizard::CommitButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == SignUpWizard::SecurityPhone; }));
}

void TestSignUpWizard::R_ACC_16_R_ACC_18_signsUpEnablesAndBindsACard()
{
    GuiFixture f;
    MainWindow &w = *f.window;
    Backend *backend = f.backend.backend.get();
    SignUpWizard *wizard = openFromAccountsView(w);
    QVERIFY(wizard);
    signUp(wizard, backend, u"gui.signup@example.com"_s);
    snapshot(wizard, u"signup-security-phone"_s);
    QTest::mouseClick(wizard->currentPage()->findChild<QPushButton *>(u"skipButton"_s),
                      Qt::LeftButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == SignUpWizard::Enable; }));

    // R-ACC-16: Enable without the agreement says why, next to the checkbox.
    clickWizardButton(wizard, QWizard::CommitButton);
    auto *agreementError = wizard->currentPage()->findChild<QLabel *>(u"agreementError"_s);
    QVERIFY(waitFor([&] { return agreementError->isVisible(); }));
    QVERIFY(!agreementError->text().isEmpty());
    snapshot(wizard, u"signup-enable-agreement"_s);
    QTest::mouseClick(wizard->currentPage()->findChild<QCheckBox *>(u"agreementCheck"_s),
                      Qt::LeftButton, {}, QPoint(4, 4));
    clickWizardButton(wizard, QWizard::CommitButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == SignUpWizard::Mobile; }));

    type(wizard, "mobileEdit", u"+8613712345678"_s);
    sendAndType(wizard, backend, "mobileCodeField", u"+8613712345678"_s);
    clickWizardButton(wizard, QWizard::CommitButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == SignUpWizard::Card; }));

    // R-ACC-18: declined by the bank: the message on the page, a Historical Cards row.
    type(wizard, "cardNumberEdit", u"4111 1111 1111 1111"_s);
    type(wizard, "holderEdit", u"Gui Tester"_s);
    type(wizard, "expiryEdit", u"08/30"_s);
    type(wizard, "securityCodeEdit", u"123"_s);
    QTest::mouseClick(wizard->currentPage()->findChild<QCheckBox *>(u"termsCheck"_s),
                      Qt::LeftButton, {}, QPoint(4, 4));
    auto *bank = wizard->currentPage()->findChild<QComboBox *>(u"bankCombo"_s);
    bank->setCurrentIndex(bank->findData(u"declined"_s));
    clickWizardButton(wizard, QWizard::CommitButton);
    auto *history = wizard->currentPage()->findChild<QTableWidget *>(u"historyTable"_s);
    QVERIFY(waitFor([&] {
        return history->rowCount() == 1 &&
               !wizard->currentPage()->findChild<QLabel *>(u"pageError"_s)->text().isEmpty();
    }));
    QCOMPARE(wizard->currentId(), int(SignUpWizard::Card));
    QCOMPARE(history->item(0, 3)->text(), inTestLanguage(u"Declined by the bank"_s, u"银行拒绝"_s));
    snapshot(wizard, u"signup-card-declined"_s);

    // Then approved: on to the done page with the Account ID.
    bank->setCurrentIndex(bank->findData(u"approved"_s));
    clickWizardButton(wizard, QWizard::CommitButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == SignUpWizard::Done; }));
    auto *accountId = wizard->currentPage()->findChild<QLineEdit *>(u"accountIdValue"_s);
    QVERIFY(waitFor([&] { return accountId->text().size() == 32; }));
    snapshot(wizard, u"signup-done"_s);
    const QVariantMap row =
        findRow(backend, u"huaweiAccounts"_s, u"accountId"_s, accountId->text());
    QCOMPARE(row.value(u"servicesStatus"_s).toString(), u"enabled"_s);
    const auto detail = await(backend->huaweiAccount(accountId->text()));
    QVERIFY(detail.ok());
    QVERIFY(detail->account.postPayment);
    QCOMPARE(detail->account.serviceMobile, u"+8613712345678"_s);
    QVERIFY(detail->account.securityPhone.isEmpty());
    QCOMPARE(detail->cards.size(), 2);

    // Finish (once the page has read the account back) shows the new account in the list.
    QVERIFY(waitFor([&] { return wizard->button(QWizard::FinishButton)->isEnabled(); }));
    clickWizardButton(wizard, QWizard::FinishButton);
    const QString created = accountId->text();
    QVERIFY(waitFor([&] {
        return w.huaweiAccountsView()->isVisible() &&
               w.huaweiAccountsView()->list()->currentValue(u"accountId"_s).toString() == created;
    }));
    // Its Payment tab: the bound card, post-payment, both attempts in Historical Cards.
    auto *tabs = w.huaweiAccountsView()->findChild<QTabWidget *>(u"detailTabs"_s);
    tabs->setCurrentWidget(tabs->findChild<QWidget *>(u"paymentTab"_s));
    auto *cards = tabs->findChild<QTableWidget *>(u"cardsTable"_s);
    auto *bound = tabs->findChild<QLabel *>(u"boundCardValue"_s);
    QVERIFY(waitFor([&] { return cards->rowCount() == 2 && cards->isVisible(); }));
    QVERIFY(bound->text().startsWith(u"**** **** **** 1111"_s));
    QCOMPARE(cards->item(0, 3)->text(), inTestLanguage(u"Bound successfully"_s, u"绑定成功"_s));
    QCOMPARE(cards->item(1, 3)->text(), inTestLanguage(u"Declined by the bank"_s, u"银行拒绝"_s));
    snapshot(&w, u"account-payment"_s);
}

void TestSignUpWizard::R_ACC_16_enableLaterEndsNotEnabled()
{
    GuiFixture f;
    MainWindow &w = *f.window;
    Backend *backend = f.backend.backend.get();
    SignUpWizard *wizard = w.openSignUpWizard();
    QVERIFY(waitFor([&] { return wizard->isVisible(); }));
    signUp(wizard, backend, u"gui.later@example.com"_s);
    QTest::mouseClick(wizard->currentPage()->findChild<QPushButton *>(u"skipButton"_s),
                      Qt::LeftButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == SignUpWizard::Enable; }));
    snapshot(wizard, u"signup-enable"_s);
    QTest::mouseClick(wizard->currentPage()->findChild<QPushButton *>(u"laterButton"_s),
                      Qt::LeftButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == SignUpWizard::Done; }));
    auto *accountId = wizard->currentPage()->findChild<QLineEdit *>(u"accountIdValue"_s);
    QVERIFY(waitFor([&] { return accountId->text().size() == 32; }));
    const QVariantMap row =
        findRow(backend, u"huaweiAccounts"_s, u"accountId"_s, accountId->text());
    QCOMPARE(row.value(u"servicesStatus"_s).toString(), u"not_enabled"_s);
}

void TestSignUpWizard::refusalsShowNextToTheirField()
{
    GuiFixture f;
    MainWindow &w = *f.window;
    SignUpWizard *wizard = w.openSignUpWizard();
    QVERIFY(waitFor([&] { return wizard->isVisible(); }));
    // R-ACC-1 and R-ACC-2, found before anything is sent.
    type(wizard, "emailEdit", u"a+b@example.com"_s);
    type(wizard, "passwordEdit", u"onlyletters"_s);
    auto *code = wizard->currentPage()->findChild<QWidget *>(u"codeField"_s);
    code->findChild<QLineEdit *>()->setFocus();
    QTest::keyClicks(code->findChild<QLineEdit *>(), u"123456"_s);
    clickWizardButton(wizard, QWizard::CommitButton);
    auto *emailError = wizard->currentPage()->findChild<QLabel *>(u"emailError"_s);
    auto *passwordError = wizard->currentPage()->findChild<QLabel *>(u"passwordError"_s);
    QVERIFY(waitFor([&] { return emailError->isVisible() && passwordError->isVisible(); }));
    QCOMPARE(emailError->text(), inTestLanguage(u"An email address cannot contain + ! # or $."_s,
                                                u"邮箱地址不能包含 + ! # 或 $。"_s));
    QCOMPARE(wizard->currentId(), int(SignUpWizard::Account));
    snapshot(wizard, u"signup-account-errors"_s);
}

QTEST_MAIN(TestSignUpWizard)
#include "test_signup_wizard.moc"
