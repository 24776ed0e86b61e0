// The security dialogs of My Account (issue 18) through the real widgets and the real backend
// on the demo data, in both languages and both backends: D-PASSWORD (change with its
// refusals, R-ACC-2 and R-ACC-20; reset with the code from the Outbox, then the new password
// signs in), D-HWID-MANAGE (the login ID changed once, then refused and disabled, R-ACC-8),
// D-SERVICE-CONTACT (two verified steps: a wrong code stays on its step, Back keeps the
// entries, the change is read back and leaves its CTS trace while CTS is on, R-ACC-14,
// R-AUD-2) and D-RECIPIENT (add and edit, refusals next to the field, R-ACC-1, R-ACC-4).
// Each dialog and its main error state is snapshotted (fit and accessibility checks).

#include "GuiTestSupport.h"
#include "core/MyAccount.h"
#include "core/Rules.h"
#include "core/Validators.h"
#include "gui/ErrorText.h"
#include "gui/dialogs/HuaweiIdManageDialog.h"
#include "gui/dialogs/PasswordDialog.h"
#include "gui/dialogs/RecipientDialog.h"
#include "gui/dialogs/ServiceContactDialog.h"
#include "gui/widgets/CodeField.h"
#include "services/DemoStoryData.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabWidget>

using namespace oc;
using namespace oc::gui;
using namespace oc::test;
using namespace Qt::StringLiterals;

namespace {

const QString Password = QString::fromLatin1(demo::cast::Password);

HuaweiAccountDetail detailOf(Backend *backend, const char *login)
{
    const QString account = accountIdOf(backend, QString::fromLatin1(login));
    const Result<HuaweiAccountDetail> detail = await(backend->huaweiAccount(account));
    if (!detail.ok())
        qFatal("no detail of %s: %s", login, qPrintable(detail.error().toString()));
    return *detail;
}

// A dialog's own text in the language the test runs in (the source text until the
// translations are merged).
QString translated(const char *dialog, const char *source)
{
    return QCoreApplication::translate(dialog, source);
}

// What a refusal reads like next to its field, in the test's language.
QString messageOf(const char *rule, const QString &field, const QString &reason,
                  const QVariantMap &args = {})
{
    return ErrorText::message(makeError(QString::fromLatin1(rule), field, reason, args));
}

QString messageOf(const Error &error)
{
    return ErrorText::message(error);
}

// A code other than `code` (a wrong one).
QString wrongCode(const QString &code)
{
    return code == u"000000"_s ? u"111111"_s : u"000000"_s;
}

void click(QWidget *parent, const char *button)
{
    auto *b = parent->findChild<QPushButton *>(QString::fromLatin1(button));
    QVERIFY2(b, button);
    QVERIFY2(b->isVisible() && b->isEnabled(), button);
    QTest::mouseClick(b, Qt::LeftButton);
}

QLabel *label(QWidget *parent, const char *name)
{
    return parent->findChild<QLabel *>(QString::fromLatin1(name));
}

// The account's CTS traces of `traceName` with `outcome` ("success" or the refusal's rule).
qint64 ctsTraces(Backend *backend, const QString &account, const char *traceName,
                 const QString &outcome = u"success"_s)
{
    return count(*backend, QString(view::CtsTraces),
                 {{QString(column::AccountId), account},
                  {QString(column::TraceName), QString::fromLatin1(traceName)},
                  {QString(column::Outcome), outcome}});
}

// Sends the code of `field` and returns it, read from the Outbox at `destination`.
QString sendCode(Backend *backend, CodeField *field, const QString &destination)
{
    QTest::mouseClick(field->sendButton(), Qt::LeftButton);
    if (!waitFor([field] { return field->hasSent(); }))
        return {};
    return latestCode(*backend, destination);
}

} // namespace

class TestSecurityDialogs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        OC_REQUIRE_STORE();
    }
    void R_ACC_2_R_ACC_20_changePasswordRefusedThenSignsIn();
    void R_ACC_20_resetWithTheCodeFromTheOutbox();
    void R_ACC_8_loginIdChangedOnceThenDisabled();
    void R_ACC_14_R_AUD_2_serviceEmailInTwoVerifiedSteps();
    void R_ACC_14_R_AUD_2_serviceMobileChangedByEmail();
    void R_ACC_14_serviceMobileBoundWithoutCts();
    void R_ACC_1_R_ACC_4_recipientAddedAndEdited();
};

void TestSecurityDialogs::R_ACC_2_R_ACC_20_changePasswordRefusedThenSignsIn()
{
    GuiFixture f;
    Backend *backend = f.backend.backend.get();
    const HuaweiAccountDetail detail = detailOf(backend, demo::cast::BuyerLogin);
    auto *dialog = new PasswordDialog(&f.context, detail, f.window.get());
    dialog->show();
    QVERIFY(waitFor([dialog] { return dialog->isVisible(); }));
    QCOMPARE(dialog->objectName(), u"passwordDialog"_s);
    // Every password is masked.
    for (const char *edit : {"currentPasswordEdit", "newPasswordEdit", "confirmPasswordEdit",
                             "resetPasswordEdit", "resetConfirmEdit"})
        QCOMPARE(dialog->findChild<QLineEdit *>(QString::fromLatin1(edit))->echoMode(),
                 QLineEdit::Password);
    // R-ACC-2 under the new password; the IAM user's way only pointed at (R-ACC-20).
    QVERIFY(!label(dialog, "newPasswordHint")->text().isEmpty());
    QVERIFY(!label(dialog, "iamNote")->text().isEmpty());
    snapshot(dialog, u"password-dialog"_s);

    // R-ACC-2: letters only, refused next to the new password; editing it clears the message.
    type(dialog, "currentPasswordEdit", Password);
    type(dialog, "newPasswordEdit", u"abcdefgh"_s);
    type(dialog, "confirmPasswordEdit", u"abcdefgh"_s);
    click(dialog, "okButton");
    QLabel *newError = label(dialog, "newPasswordError");
    QVERIFY(waitFor([newError] { return newError->isVisible(); }));
    QCOMPARE(newError->text(), messageOf(rule::ACC_2, u"newPassword"_s, u"lettersAndDigits"_s));
    type(dialog, "newPasswordEdit", u"Lianyun2026x"_s);
    QVERIFY(!newError->isVisible());
    // The confirmation must match.
    click(dialog, "okButton");
    QLabel *confirmError = label(dialog, "confirmPasswordError");
    QVERIFY(waitFor([confirmError] { return confirmError->isVisible(); }));
    QCOMPARE(confirmError->text(),
             messageOf(*validate::passwordConfirmation(u"Lianyun2026x"_s, u"abcdefgh"_s)));
    type(dialog, "confirmPasswordEdit", u"Lianyun2026x"_s);

    // R-ACC-20: a wrong current password is the backend's refusal, next to that field; the
    // dialog stays open with the entries kept.
    type(dialog, "currentPasswordEdit", u"Wrong2026x"_s);
    click(dialog, "okButton");
    QLabel *currentError = label(dialog, "currentPasswordError");
    QVERIFY(waitFor([currentError] { return currentError->isVisible(); }));
    QCOMPARE(currentError->text(),
             messageOf(rule::ACC_20, u"currentPassword"_s, u"wrongPassword"_s));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(u"newPasswordEdit"_s)->text(), u"Lianyun2026x"_s);
    snapshot(dialog, u"password-dialog-wrong-current"_s);

    type(dialog, "currentPasswordEdit", Password);
    QVERIFY(!currentError->isVisible());
    click(dialog, "okButton");
    QVERIFY(waitFor([dialog] { return !dialog->isVisible(); }));
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(dialog->successMessage(),
             translated("oc::gui::PasswordDialog", "The password was changed."));

    // The new password signs in, the old one no longer does.
    HuaweiLoginRequest login;
    login.identifier = QString::fromLatin1(demo::cast::BuyerLogin);
    login.password = u"Lianyun2026x"_s;
    login.deviceId = u"test-device"_s;
    const auto signedIn = await(backend->checkHuaweiLogin(login));
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.ok() ? QString() : signedIn.error().toString()));
    QCOMPARE(signedIn->accountId, detail.account.accountId);
    login.password = Password;
    const auto refused = await(backend->checkHuaweiLogin(login));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().reason, u"wrongPassword"_s);
}

void TestSecurityDialogs::R_ACC_20_resetWithTheCodeFromTheOutbox()
{
    GuiFixture f;
    Backend *backend = f.backend.backend.get();
    // chenxiaoyu has an email address and no security phone: only the email is offered.
    const HuaweiAccountDetail detail = detailOf(backend, demo::cast::NewSignUpLogin);
    QVERIFY(detail.account.securityPhone.isEmpty());
    const QString email = detail.account.email;
    auto *dialog = new PasswordDialog(&f.context, detail, f.window.get());
    dialog->show();
    QVERIFY(waitFor([dialog] { return dialog->isVisible(); }));
    auto *tabs = dialog->findChild<QTabWidget *>(u"modeTabs"_s);
    tabs->setCurrentWidget(dialog->findChild<QWidget *>(u"forgotTab"_s));
    auto *sms = dialog->findChild<QRadioButton *>(u"smsRadio"_s);
    auto *byEmail = dialog->findChild<QRadioButton *>(u"emailRadio"_s);
    QVERIFY(!sms->isVisible());
    QVERIFY(byEmail->isVisible() && byEmail->isChecked());
    // Masked: the first letter and the domain only.
    QVERIFY(byEmail->text().contains(email.left(1) + u"***@"_s));
    QVERIFY(!byEmail->text().contains(email));
    snapshot(dialog, u"password-dialog-forgot"_s);

    auto *codeField = dialog->findChild<CodeField *>(u"codeField"_s);
    const QString code = sendCode(backend, codeField, email);
    QVERIFY(!code.isEmpty());
    type(dialog, "codeEdit", wrongCode(code));
    type(dialog, "resetPasswordEdit", u"Chenxy2026reset"_s);
    type(dialog, "resetConfirmEdit", u"Chenxy2026reset"_s);
    click(dialog, "okButton");
    QLabel *codeError = label(dialog, "codeError");
    QVERIFY(waitFor([codeError] { return codeError->isVisible(); }));
    QCOMPARE(codeError->text(),
             messageOf(rule::VC_1, u"code"_s, u"wrong"_s, {{u"attemptsLeft"_s, 4}}));
    QVERIFY(dialog->isVisible());
    snapshot(dialog, u"password-dialog-wrong-code"_s);

    type(dialog, "codeEdit", code);
    QVERIFY(!codeError->isVisible());
    click(dialog, "okButton");
    QVERIFY(waitFor([dialog] { return !dialog->isVisible(); }));
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(dialog->successMessage(),
             translated("oc::gui::PasswordDialog",
                        "The password was reset. Sign in with the new password."));

    // Signing in with the new password works (R-ACC-19's password check).
    HuaweiLoginRequest login;
    login.identifier = email;
    login.password = u"Chenxy2026reset"_s;
    login.deviceId = u"test-device"_s;
    const auto signedIn = await(backend->checkHuaweiLogin(login));
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.ok() ? QString() : signedIn.error().toString()));
    QCOMPARE(signedIn->accountId, detail.account.accountId);
}

void TestSecurityDialogs::R_ACC_8_loginIdChangedOnceThenDisabled()
{
    GuiFixture f;
    Backend *backend = f.backend.backend.get();
    const HuaweiAccountDetail detail = detailOf(backend, demo::cast::BuyerLogin);
    QVERIFY(!detail.account.loginIdChanged());
    auto *dialog = new HuaweiIdManageDialog(&f.context, detail, f.window.get());
    dialog->show();
    QVERIFY(waitFor([dialog] { return dialog->isVisible(); }));
    QCOMPARE(dialog->objectName(), u"huaweiIdManageDialog"_s);
    QCOMPARE(label(dialog, "loginIdValue")->text(), QString::fromLatin1(demo::cast::BuyerLogin));
    // The security phone is masked and read-only.
    const QString phone = label(dialog, "securityPhoneValue")->text();
    QVERIFY(phone.endsWith(u"0320"_s));
    QVERIFY(!phone.contains(QString::fromLatin1(demo::cast::BuyerHuaweiIdMobile)));
    snapshot(dialog, u"hwid-manage"_s);

    // "Change password…" opens D-PASSWORD on top.
    click(dialog, "changePasswordButton");
    PasswordDialog *password = nullptr;
    QVERIFY(waitFor([&] {
        password = dialog->findChild<PasswordDialog *>();
        return password && password->isVisible();
    }));
    QCOMPARE(password->parentWidget(), dialog);
    type(password, "currentPasswordEdit", Password);
    type(password, "newPasswordEdit", u"Lianyun2026y"_s);
    type(password, "confirmPasswordEdit", u"Lianyun2026y"_s);
    click(password, "okButton");
    QVERIFY(waitFor([dialog] { return !dialog->findChild<PasswordDialog *>(); }));
    // Back on "Account & security", which says so under the password.
    QLabel *passwordStatus = label(dialog, "passwordStatus");
    QVERIFY(passwordStatus->isVisible());
    QCOMPARE(passwordStatus->text(),
             translated("oc::gui::PasswordDialog", "The password was changed."));

    // R-ACC-8's form, then another account's login ID (the backend's refusal), next to it.
    QLabel *error = label(dialog, "loginIdError");
    type(dialog, "newLoginIdEdit", u"9lives"_s);
    click(dialog, "changeLoginIdButton");
    QVERIFY(waitFor([error] { return error->isVisible(); }));
    QCOMPARE(error->text(), messageOf(validate::loginId(u"9lives"_s).error()));
    type(dialog, "newLoginIdEdit", QString::fromLatin1(demo::cast::IndividualLogin));
    QVERIFY(!error->isVisible());
    click(dialog, "changeLoginIdButton");
    QVERIFY(waitFor([error] { return error->isVisible(); }));
    QCOMPARE(error->text(), messageOf(rule::ACC_8, u"loginId"_s, u"taken"_s));
    snapshot(dialog, u"hwid-manage-taken"_s);

    // The one change.
    type(dialog, "newLoginIdEdit", u"lianyun-hz-2026"_s);
    click(dialog, "changeLoginIdButton");
    QVERIFY(waitFor([dialog] { return !dialog->isVisible(); }));
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(dialog->successMessage(),
             translated("oc::gui::HuaweiIdManageDialog", "The login ID was changed to %1.")
                 .arg(u"lianyun-hz-2026"_s));
    const HuaweiAccountDetail changed = detailOf(backend, "lianyun-hz-2026");
    QCOMPARE(changed.account.accountId, detail.account.accountId);
    QVERIFY(changed.account.loginIdChanged());

    // A dialog opened before the change: the backend refuses a second one, next to the field.
    auto *stale = new HuaweiIdManageDialog(&f.context, detail, f.window.get());
    stale->show();
    QVERIFY(waitFor([stale] { return stale->isVisible(); }));
    type(stale, "newLoginIdEdit", u"lianyun-again"_s);
    click(stale, "changeLoginIdButton");
    QLabel *staleError = label(stale, "loginIdError");
    QVERIFY(waitFor([staleError] { return staleError->isVisible(); }));
    QCOMPARE(staleError->text(), messageOf(rule::ACC_8, u"loginId"_s, u"changedOnce"_s));
    stale->reject();

    // Opened afresh: the change is disabled and the note says when it was made.
    auto *again = new HuaweiIdManageDialog(&f.context, changed, f.window.get());
    again->show();
    QVERIFY(waitFor([again] { return again->isVisible(); }));
    QVERIFY(!again->findChild<QLineEdit *>(u"newLoginIdEdit"_s)->isEnabled());
    QVERIFY(!again->findChild<QPushButton *>(u"changeLoginIdButton"_s)->isEnabled());
    const QString day = changed.account.loginIdChangedAt.toTimeZone(f.context.displayZone())
                            .date()
                            .toString(Qt::ISODate);
    QCOMPARE(label(again, "loginIdNote")->text(),
             translated("oc::gui::HuaweiIdManageDialog",
                        "The login ID was already changed on %1 and cannot be changed again.")
                 .arg(day));
    snapshot(again, u"hwid-manage-changed-once"_s);
}

void TestSecurityDialogs::R_ACC_14_R_AUD_2_serviceEmailInTwoVerifiedSteps()
{
    GuiFixture f;
    Backend *backend = f.backend.backend.get();
    // The buyer: CTS on, a HUAWEI ID mobile number (its security phone) and email.
    const HuaweiAccountDetail detail = detailOf(backend, demo::cast::BuyerLogin);
    const QString account = detail.account.accountId;
    QVERIFY(detail.ctsEnabled);
    const qint64 tracesBefore = ctsTraces(backend, account, cts::ChangeEmail);
    auto *dialog =
        new ServiceContactDialog(&f.context, detail, ServiceContact::Email, f.window.get());
    dialog->show();
    QVERIFY(waitFor([dialog] { return dialog->isVisible(); }));
    QCOMPARE(dialog->objectName(), u"serviceContactDialog"_s);
    QCOMPARE(dialog->windowTitle(),
             translated("oc::gui::ServiceContactDialog", "Change Service Email Address"));
    QCOMPARE(dialog->step(), ServiceContactDialog::VerifyIdentity);
    QVERIFY(dialog->findChild<QRadioButton *>(u"smsRadio"_s)->isChecked());
    QVERIFY(dialog->findChild<QRadioButton *>(u"emailRadio"_s)->isEnabled());
    QVERIFY(!dialog->findChild<QPushButton *>(u"backButton"_s)->isVisible());
    snapshot(dialog, u"service-contact-step1"_s);

    // Step 1 by SMS to the HUAWEI ID's mobile number; a wrong code stays on step 1.
    auto *identity = dialog->findChild<CodeField *>(u"identityCodeField"_s);
    const QString identityCode =
        sendCode(backend, identity, QString::fromLatin1(demo::cast::BuyerHuaweiIdMobile));
    QVERIFY(!identityCode.isEmpty());
    type(dialog, "identityCodeEdit", wrongCode(identityCode));
    click(dialog, "nextButton");
    QLabel *identityError = label(dialog, "identityCodeError");
    QVERIFY(waitFor([identityError] { return identityError->isVisible(); }));
    QCOMPARE(identityError->text(),
             messageOf(rule::VC_1, u"identityCode"_s, u"wrong"_s, {{u"attemptsLeft"_s, 4}}));
    QCOMPARE(dialog->step(), ServiceContactDialog::VerifyIdentity);
    snapshot(dialog, u"service-contact-wrong-code"_s);
    type(dialog, "identityCodeEdit", identityCode);
    QVERIFY(!identityError->isVisible());
    click(dialog, "nextButton");
    QVERIFY(waitFor([dialog] { return dialog->step() == ServiceContactDialog::NewValue; }));
    snapshot(dialog, u"service-contact-step2"_s);

    // Back keeps the entries; Next again.
    click(dialog, "backButton");
    QCOMPARE(dialog->step(), ServiceContactDialog::VerifyIdentity);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"identityCodeEdit"_s)->text(), identityCode);
    click(dialog, "nextButton");
    QVERIFY(waitFor([dialog] { return dialog->step() == ServiceContactDialog::NewValue; }));

    // Step 2: R-ACC-1 before a code is sent; the code goes to the NEW address.
    QLabel *valueError = label(dialog, "newValueError");
    type(dialog, "newValueEdit", u"ops+billing@lianyuntech.com"_s);
    click(dialog, "newSendButton");
    QVERIFY(waitFor([valueError] { return valueError->isVisible(); }));
    QCOMPARE(valueError->text(),
             messageOf(validate::email(u"ops+billing@lianyuntech.com"_s, u"newValue"_s).error()));
    const QString newEmail = u"ops@lianyuntech.com"_s;
    type(dialog, "newValueEdit", newEmail);
    QVERIFY(!valueError->isVisible());
    auto *newField = dialog->findChild<CodeField *>(u"newCodeField"_s);
    const QString newCode = sendCode(backend, newField, newEmail);
    QVERIFY(!newCode.isEmpty());
    // A wrong step-2 code: refused next to it, on step 2.
    type(dialog, "newCodeEdit", wrongCode(newCode));
    click(dialog, "okButton");
    QLabel *newCodeError = label(dialog, "newCodeError");
    QVERIFY(waitFor([newCodeError] { return newCodeError->isVisible(); }));
    QCOMPARE(newCodeError->text(),
             messageOf(rule::VC_1, u"newCode"_s, u"wrong"_s, {{u"attemptsLeft"_s, 4}}));
    QCOMPARE(dialog->step(), ServiceContactDialog::NewValue);
    QVERIFY(dialog->isVisible());
    snapshot(dialog, u"service-contact-step2-wrong-code"_s);

    type(dialog, "newCodeEdit", newCode);
    click(dialog, "okButton");
    QVERIFY(waitFor([dialog] { return !dialog->isVisible(); }));
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(dialog->successMessage(),
             translated("oc::gui::ServiceContactDialog", "The email address was changed."));
    QCOMPARE(detailOf(backend, demo::cast::BuyerLogin).account.serviceEmail, newEmail);
    // R-AUD-2: the buyer's CTS is on: the change is traced, and so was the refused code.
    QCOMPARE(ctsTraces(backend, account, cts::ChangeEmail), tracesBefore + 1);
    QCOMPARE(ctsTraces(backend, account, cts::ChangeEmail, QString::fromLatin1(rule::VC_1)), 1);
}

void TestSecurityDialogs::R_ACC_14_R_AUD_2_serviceMobileChangedByEmail()
{
    GuiFixture f;
    Backend *backend = f.backend.backend.get();
    const HuaweiAccountDetail detail = detailOf(backend, demo::cast::BuyerLogin);
    const QString account = detail.account.accountId;
    const qint64 tracesBefore = ctsTraces(backend, account, cts::ChangePhone);
    auto *dialog =
        new ServiceContactDialog(&f.context, detail, ServiceContact::Mobile, f.window.get());
    dialog->show();
    QVERIFY(waitFor([dialog] { return dialog->isVisible(); }));
    QCOMPARE(dialog->windowTitle(),
             translated("oc::gui::ServiceContactDialog", "Change Service Mobile Number"));

    // Step 1 by email this time.
    QTest::mouseClick(dialog->findChild<QRadioButton *>(u"emailRadio"_s), Qt::LeftButton, {},
                      QPoint(6, 6));
    QVERIFY(dialog->findChild<QRadioButton *>(u"emailRadio"_s)->isChecked());
    auto *identity = dialog->findChild<CodeField *>(u"identityCodeField"_s);
    const QString identityCode = sendCode(backend, identity, detail.account.email);
    QVERIFY(!identityCode.isEmpty());
    type(dialog, "identityCodeEdit", identityCode);
    click(dialog, "nextButton");
    QVERIFY(waitFor([dialog] { return dialog->step() == ServiceContactDialog::NewValue; }));

    // R-ACC-4 refused next to the number, then the new number with its code.
    type(dialog, "newValueEdit", u"13900001111"_s);
    type(dialog, "newCodeEdit", u"123456"_s);
    click(dialog, "okButton");
    QLabel *valueError = label(dialog, "newValueError");
    QVERIFY(waitFor([valueError] { return valueError->isVisible(); }));
    QCOMPARE(valueError->text(),
             messageOf(validate::mobile(u"13900001111"_s, false, u"newValue"_s).error()));
    const QString newMobile = u"+8613900001111"_s;
    type(dialog, "newValueEdit", newMobile);
    const QString newCode =
        sendCode(backend, dialog->findChild<CodeField *>(u"newCodeField"_s), newMobile);
    QVERIFY(!newCode.isEmpty());
    type(dialog, "newCodeEdit", newCode);
    click(dialog, "okButton");
    QVERIFY(waitFor([dialog] { return !dialog->isVisible(); }));
    QCOMPARE(dialog->successMessage(),
             translated("oc::gui::ServiceContactDialog", "The mobile number was changed."));
    QCOMPARE(detailOf(backend, demo::cast::BuyerLogin).account.serviceMobile, newMobile);
    QCOMPARE(ctsTraces(backend, account, cts::ChangePhone), tracesBefore + 1);
}

void TestSecurityDialogs::R_ACC_14_serviceMobileBoundWithoutCts()
{
    GuiFixture f;
    Backend *backend = f.backend.backend.get();
    // chenxiaoyu: no mobile number at all, an email address, CTS off.
    const HuaweiAccountDetail detail = detailOf(backend, demo::cast::NewSignUpLogin);
    QVERIFY(detail.account.serviceMobile.isEmpty());
    QVERIFY(!detail.ctsEnabled);
    auto *dialog =
        new ServiceContactDialog(&f.context, detail, ServiceContact::Mobile, f.window.get());
    dialog->show();
    QVERIFY(waitFor([dialog] { return dialog->isVisible(); }));
    QCOMPARE(dialog->windowTitle(),
             translated("oc::gui::ServiceContactDialog", "Bind Service Mobile Number"));
    // No HUAWEI ID mobile number: SMS is not offered, email is chosen.
    QVERIFY(!dialog->findChild<QRadioButton *>(u"smsRadio"_s)->isEnabled());
    QVERIFY(dialog->findChild<QRadioButton *>(u"emailRadio"_s)->isChecked());
    snapshot(dialog, u"service-contact-bind"_s);

    const QString identityCode = sendCode(
        backend, dialog->findChild<CodeField *>(u"identityCodeField"_s), detail.account.email);
    type(dialog, "identityCodeEdit", identityCode);
    click(dialog, "nextButton");
    QVERIFY(waitFor([dialog] { return dialog->step() == ServiceContactDialog::NewValue; }));
    const QString newMobile = u"+8615800002222"_s;
    type(dialog, "newValueEdit", newMobile);
    const QString newCode =
        sendCode(backend, dialog->findChild<CodeField *>(u"newCodeField"_s), newMobile);
    type(dialog, "newCodeEdit", newCode);
    click(dialog, "okButton");
    QVERIFY(waitFor([dialog] { return !dialog->isVisible(); }));
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(detailOf(backend, demo::cast::NewSignUpLogin).account.serviceMobile, newMobile);
    // R-AUD-2: journaled, but no CTS trace while the account's CTS is off.
    QCOMPARE(ctsTraces(backend, detail.account.accountId, cts::ChangePhone), 0);
}

void TestSecurityDialogs::R_ACC_1_R_ACC_4_recipientAddedAndEdited()
{
    GuiFixture f;
    Backend *backend = f.backend.backend.get();
    const HuaweiAccountDetail detail = detailOf(backend, demo::cast::BuyerLogin);
    const QString account = detail.account.accountId;
    const qint64 addedBefore = ctsTraces(backend, account, cts::AddRecipient);

    auto *dialog = new RecipientDialog(&f.context, account, std::nullopt, f.window.get());
    dialog->show();
    QVERIFY(waitFor([dialog] { return dialog->isVisible(); }));
    QCOMPARE(dialog->objectName(), u"recipientDialog"_s);
    QCOMPARE(dialog->windowTitle(),
             translated("oc::gui::RecipientDialog", "Add Message Recipient"));
    snapshot(dialog, u"recipient-dialog"_s);
    // Nothing entered: a name, and a mobile number or an email address.
    click(dialog, "okButton");
    QLabel *nameError = label(dialog, "nameError");
    QLabel *mobileError = label(dialog, "mobileError");
    QLabel *emailError = label(dialog, "emailError");
    QVERIFY(waitFor([=] { return nameError->isVisible() && mobileError->isVisible(); }));
    QCOMPARE(mobileError->text(),
             messageOf(SystemError::Required, u"mobile"_s, u"mobileOrEmail"_s));
    // R-ACC-1: refused next to the email address.
    type(dialog, "nameEdit", u"Wang Lei"_s);
    QVERIFY(!nameError->isVisible());
    type(dialog, "emailEdit", u"wang+lei@lianyuntech.com"_s);
    QVERIFY(!mobileError->isVisible());
    click(dialog, "okButton");
    QVERIFY(waitFor([emailError] { return emailError->isVisible(); }));
    QCOMPARE(emailError->text(), messageOf(validate::email(u"wang+lei@lianyuntech.com"_s).error()));
    snapshot(dialog, u"recipient-dialog-bad-email"_s);
    // R-ACC-4: refused next to the mobile number.
    type(dialog, "emailEdit", u"wang.lei@lianyuntech.com"_s);
    type(dialog, "mobileEdit", u"12345"_s);
    click(dialog, "okButton");
    QVERIFY(waitFor([mobileError] { return mobileError->isVisible(); }));
    QCOMPARE(mobileError->text(), messageOf(validate::mobile(u"12345"_s, true).error()));
    type(dialog, "mobileEdit", u"+8613900003333"_s);
    click(dialog, "okButton");
    QVERIFY(waitFor([dialog] { return !dialog->isVisible(); }));
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(dialog->recipient().has_value());
    QVERIFY(dialog->recipient()->recipientId > 0);
    QCOMPARE(
        dialog->successMessage(),
        translated("oc::gui::RecipientDialog", "The recipient %1 was added.").arg(u"Wang Lei"_s));
    QCOMPARE(ctsTraces(backend, account, cts::AddRecipient), addedBefore + 1);

    // Edit the demo's recipient: an invalid email refused, then saved.
    const HuaweiAccountDetail now = detailOf(backend, demo::cast::BuyerLogin);
    QCOMPARE(now.recipients.size(), detail.recipients.size() + 1);
    const MessageRecipient xu = now.recipients.first();
    QCOMPARE(xu.name, QString::fromLatin1(demo::cast::BuyerRecipient));
    auto *edit = new RecipientDialog(&f.context, account, xu, f.window.get());
    edit->show();
    QVERIFY(waitFor([edit] { return edit->isVisible(); }));
    QCOMPARE(edit->windowTitle(), translated("oc::gui::RecipientDialog", "Edit Message Recipient"));
    QCOMPARE(edit->findChild<QLineEdit *>(u"nameEdit"_s)->text(), xu.name);
    QCOMPARE(edit->findChild<QLineEdit *>(u"emailEdit"_s)->text(), xu.email);
    type(edit, "emailEdit", u"finance@"_s);
    click(edit, "okButton");
    QLabel *editEmailError = label(edit, "emailError");
    QVERIFY(waitFor([editEmailError] { return editEmailError->isVisible(); }));
    QCOMPARE(editEmailError->text(), messageOf(validate::email(u"finance@"_s).error()));
    type(edit, "emailEdit", u"billing@lianyuntech.com"_s);
    click(edit, "okButton");
    QVERIFY(waitFor([edit] { return !edit->isVisible(); }));
    QCOMPARE(edit->recipient()->recipientId, xu.recipientId);
    QCOMPARE(detailOf(backend, demo::cast::BuyerLogin).recipients.first().email,
             u"billing@lianyuntech.com"_s);
    QCOMPARE(ctsTraces(backend, account, cts::EditRecipient), 1);
}

QTEST_MAIN(TestSecurityDialogs)
#include "test_security_dialogs.moc"
