// D-LOGIN "Sign in to Huawei Cloud" end to end through the real widgets (issue 17), in both
// languages: a HUAWEI ID by password, the code to the chosen channel, "Trust this
// browser?" and the Enable page of a not-enabled account; a website account bound on its
// first login by Create and Bind; a wrong password next to its field. Each test asserts
// what the store holds afterwards (R-ACC-16, R-ACC-19).

#include "DomainPrinting.h"
#include "GuiTestSupport.h"
#include "gui/views/HuaweiAccountsView.h"
#include "gui/wizards/huaweilogin/HuaweiLoginWizard.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>

using namespace oc;
using namespace oc::gui;
using namespace oc::test;
using namespace Qt::StringLiterals;

namespace {
const QString Password = u"Passw0rd2026"_s;
}

class TestHuaweiLoginWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        OC_REQUIRE_STORE();
    }
    void R_ACC_19_R_ACC_16_codeTrustAndEnable();
    void R_ACC_19_websiteAccountCreateAndBind();
    void R_ACC_19_wrongPasswordNextToItsField();

private:
    HuaweiLoginWizard *open(MainWindow &w, const QString &identifier);
    void sendAndType(QWizard *wizard, Backend *backend, const char *codeField,
                     const QString &destination);
};

HuaweiLoginWizard *TestHuaweiLoginWizard::open(MainWindow &w, const QString &identifier)
{
    HuaweiLoginWizard *wizard = w.openHuaweiLoginWizard(identifier);
    waitFor([&] { return wizard->isVisible(); });
    return wizard;
}

void TestHuaweiLoginWizard::sendAndType(QWizard *wizard, Backend *backend, const char *codeField,
                                        const QString &destination)
{
    auto *field = wizard->currentPage()->findChild<QWidget *>(QString::fromLatin1(codeField));
    QVERIFY(field);
    auto *send = field->findChild<QPushButton *>();
    QVERIFY(send && send->isEnabled());
    // The destination may have had a code before (the sign-up's): wait for a new one.
    const QString before = latestCode(*backend, destination);
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(waitFor([&] {
        const QString code = latestCode(*backend, destination);
        return !code.isEmpty() && code != before;
    }));
    auto *edit = field->findChild<QLineEdit *>();
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClicks(edit, latestCode(*backend, destination));
}

void TestHuaweiLoginWizard::R_ACC_19_R_ACC_16_codeTrustAndEnable()
{
    GuiFixture f;
    MainWindow &w = *f.window;
    Backend *backend = f.backend.backend.get();
    const QString email = u"gui.login@example.com"_s;
    const QString phone = u"+8613900005555"_s;
    const QString accountId = signUpHuaweiId(*backend, email, Password, phone);
    QVERIFY(!accountId.isEmpty());

    HuaweiLoginWizard *wizard = open(w, email);
    QCOMPARE(wizard->currentId(), int(HuaweiLoginWizard::SignIn));
    type(wizard, "passwordEdit", Password);
    snapshot(wizard, u"huawei-login"_s);
    clickWizardButton(wizard, QWizard::NextButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == HuaweiLoginWizard::Code; }));

    // Both bound: the user chooses; here the email.
    auto *emailRadio = wizard->currentPage()->findChild<QRadioButton *>(u"emailRadio"_s);
    QVERIFY(emailRadio->isEnabled());
    QTest::mouseClick(emailRadio, Qt::LeftButton, {}, QPoint(4, 4));
    sendAndType(wizard, backend, "codeField", email);
    snapshot(wizard, u"huawei-login-code"_s);
    clickWizardButton(wizard, QWizard::NextButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == HuaweiLoginWizard::Trust; }));
    snapshot(wizard, u"huawei-login-trust"_s);
    clickWizardButton(wizard, QWizard::CommitButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == HuaweiLoginWizard::Enable; }));

    // R-ACC-16: Enable without the agreement says why, next to the checkbox.
    clickWizardButton(wizard, QWizard::CommitButton);
    auto *agreementError = wizard->currentPage()->findChild<QLabel *>(u"agreementError"_s);
    QVERIFY(waitFor([&] { return agreementError->isVisible(); }));
    snapshot(wizard, u"huawei-login-enable-agreement"_s);
    QTest::mouseClick(wizard->currentPage()->findChild<QCheckBox *>(u"agreementCheck"_s),
                      Qt::LeftButton, {}, QPoint(4, 4));
    clickWizardButton(wizard, QWizard::CommitButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == HuaweiLoginWizard::Done; }));
    auto *trusted = wizard->currentPage()->findChild<QLabel *>(u"trustedValue"_s);
    QVERIFY(trusted->text().contains(inTestLanguage(u"Trusted"_s, u"已信任"_s)));
    snapshot(wizard, u"huawei-login-done"_s);
    clickWizardButton(wizard, QWizard::FinishButton);
    QVERIFY(waitFor([&] { return w.currentPage() == MainWindow::Page::HuaweiAccounts; }));

    const auto detail = await(backend->huaweiAccount(accountId));
    QVERIFY(detail.ok());
    QCOMPARE(detail->account.servicesStatus, ServicesStatus::Enabled);
    // R-AUD-1: the sign-in is journaled against the account.
    bool logged = false;
    for (const JournalEntry &trace : detail->traces)
        logged = logged || trace.operation == u"login";
    QVERIFY(logged);
}

void TestHuaweiLoginWizard::R_ACC_19_websiteAccountCreateAndBind()
{
    GuiFixture f;
    MainWindow &w = *f.window;
    Backend *backend = f.backend.backend.get();
    QVERIFY(await(backend->createWebsiteAccount({u"gui.web"_s, Password, u"CN"_s})).ok());
    HuaweiLoginWizard *wizard = open(w, QString());
    QTest::mouseClick(wizard->currentPage()->findChild<QRadioButton *>(u"websiteRadio"_s),
                      Qt::LeftButton, {}, QPoint(4, 4));
    QVERIFY(wizard->currentPage()->findChild<QLineEdit *>(u"websiteNameEdit"_s)->isVisible());
    QVERIFY(!wizard->currentPage()->findChild<QLineEdit *>(u"identifierEdit"_s)->isVisible());
    type(wizard, "websiteNameEdit", u"gui.web"_s);
    type(wizard, "websitePasswordEdit", Password);
    snapshot(wizard, u"huawei-login-website"_s);
    clickWizardButton(wizard, QWizard::NextButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == HuaweiLoginWizard::Bind; }));
    QTest::mouseClick(wizard->currentPage()->findChild<QRadioButton *>(u"createNewRadio"_s),
                      Qt::LeftButton, {}, QPoint(4, 4));
    type(wizard, "accountNameEdit", u"guiweb_new"_s);
    type(wizard, "mobileEdit", u"+8613900006666"_s);
    sendAndType(wizard, backend, "mobileCodeField", u"+8613900006666"_s);
    snapshot(wizard, u"huawei-login-bind"_s);
    clickWizardButton(wizard, QWizard::CommitButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == HuaweiLoginWizard::Enable; }));
    QTest::mouseClick(wizard->currentPage()->findChild<QPushButton *>(u"laterButton"_s),
                      Qt::LeftButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == HuaweiLoginWizard::Done; }));
    const QString accountId = wizard->flow()->accountId();
    QVERIFY(!accountId.isEmpty());
    const auto detail = await(backend->huaweiAccount(accountId));
    QVERIFY(detail.ok());
    QCOMPARE(detail->account.loginId, u"guiweb_new"_s);
    QCOMPARE(detail->account.securityPhone, u"+8613900006666"_s);
    QCOMPARE(detail->account.servicesStatus, ServicesStatus::NotEnabled);
}

void TestHuaweiLoginWizard::R_ACC_19_wrongPasswordNextToItsField()
{
    GuiFixture f;
    MainWindow &w = *f.window;
    Backend *backend = f.backend.backend.get();
    const QString email = u"gui.wrong@example.com"_s;
    QVERIFY(!signUpHuaweiId(*backend, email, Password).isEmpty());
    HuaweiLoginWizard *wizard = open(w, email);
    type(wizard, "passwordEdit", u"Wrong0password"_s);
    clickWizardButton(wizard, QWizard::NextButton);
    auto *error = wizard->currentPage()->findChild<QLabel *>(u"passwordError"_s);
    QVERIFY(waitFor([&] { return error->isVisible() && error->height() > 0; }));
    QVERIFY2(error->text().contains(inTestLanguage(u"password is wrong"_s, u"密码错误"_s)),
             qPrintable(error->text()));
    QCOMPARE(wizard->currentId(), int(HuaweiLoginWizard::SignIn));
    snapshot(wizard, u"huawei-login-wrong-password"_s);
}

QTEST_MAIN(TestHuaweiLoginWizard)
#include "test_huawei_login_wizard.moc"
