// W-REG end to end through the real widgets on the demo data, its main error paths
// (R-VC-1 wrong and expired codes, duplicate username, invalid account id, account id
// without an active instance), Cancel and the draft resume.

#include "GuiTestSupport.h"
#include "gui/widgets/CodeField.h"
#include "gui/wizards/registration/RegistrationWizard.h"
#include "services/DemoStoryData.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace oc;
using namespace oc::gui;
using namespace oc::test;

class TestRegistrationWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        OC_REQUIRE_STORE();
    }
    void registersWithHuaweiCloudStoreActivation();
    void R_VC_1_wrongCodeThenResendAfterSixtySeconds();
    void R_VC_1_expiredCode();
    void R_FC_1_usernameTakenLiveAndAtNext();
    void R_ID_1_invalidAccountId();
    void R_REG_2_accountWithoutActiveInstance();
    void cancelAsksWhenDirty();
    void resumesADraftAtItsPageWithoutPasswords();

private:
    RegistrationWizard *open(GuiFixture &f, const QString &huaweiAccountId = {});
    void fillBasicInfo(GuiFixture &f, RegistrationWizard *wizard, const QString &username,
                       const QString &email, bool typeCode = true);
    QLabel *error(QWizard *wizard, const char *objectName);
};

RegistrationWizard *TestRegistrationWizard::open(GuiFixture &f, const QString &huaweiAccountId)
{
    RegistrationWizard *wizard = f.window->openRegistrationWizard(huaweiAccountId);
    if (!waitFor([wizard] { return wizard->isVisible(); }))
        return nullptr;
    return wizard;
}

QLabel *TestRegistrationWizard::error(QWizard *wizard, const char *objectName)
{
    return wizard->findChild<QLabel *>(QString::fromLatin1(objectName));
}

void TestRegistrationWizard::fillBasicInfo(GuiFixture &f, RegistrationWizard *wizard,
                                           const QString &username, const QString &email,
                                           bool typeCode)
{
    type(wizard, "usernameEdit", username);
    type(wizard, "passwordEdit", QStringLiteral("Lianyun@2026"));
    type(wizard, "passwordConfirmEdit", QStringLiteral("Lianyun@2026"));
    type(wizard, "emailEdit", email);
    auto *send = wizard->findChild<QPushButton *>(QStringLiteral("sendCodeButton"));
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(waitFor([&] { return !latestMessageTo(f.backend.backend.get(), email).isEmpty(); }));
    if (typeCode)
        type(wizard, "codeEdit",
             latestMessageTo(f.backend.backend.get(), email)
                 .value(QStringLiteral("code"))
                 .toString());
}

void TestRegistrationWizard::registersWithHuaweiCloudStoreActivation()
{
    GuiFixture f;
    Backend *backend = f.backend.backend.get();
    const QString buyer = accountIdOf(backend, QString::fromLatin1(demo::cast::BuyerLogin));
    RegistrationWizard *wizard = open(f);
    QVERIFY(wizard);

    fillBasicInfo(f, wizard, QStringLiteral("lianyun-admin"),
                  QStringLiteral("admin@lianyuntech.com"));
    snapshot(wizard, QStringLiteral("reg-1-basic"));
    clickWizardButton(wizard, QWizard::NextButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == RegistrationWizard::CompanyInfo; }));

    type(wizard, "enterpriseNameEdit", QStringLiteral("Hangzhou Lianyun Technology Co., Ltd."));
    type(wizard, "contactEdit", QStringLiteral("Li Na +86 138 5716 0321"));
    QTest::mouseClick(wizard->findChild<QCheckBox *>(QStringLiteral("agreementCheck")),
                      Qt::LeftButton, {}, QPoint(6, 6));
    snapshot(wizard, QStringLiteral("reg-2-company"));
    clickWizardButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(RegistrationWizard::Activation));

    type(wizard, "workspaceNameEdit", QStringLiteral("Lianyun Production"));
    QVERIFY(wizard->findChild<QRadioButton *>(QStringLiteral("methodHuaweiRadio"))->isChecked());
    type(wizard, "huaweiAccountIdEdit", buyer.toUpper()); // R-ID-1: uppercase is accepted
    auto *check = wizard->findChild<QLabel *>(QStringLiteral("huaweiCheckValue"));
    QVERIFY(waitFor([check] {
        return check->text().contains(
            inTestLanguage(QStringLiteral("active instance"), QStringLiteral("有效实例")));
    }));
    QTest::mouseClick(wizard->findChild<QCheckBox *>(QStringLiteral("termsCheck")), Qt::LeftButton,
                      {}, QPoint(6, 6));
    snapshot(wizard, QStringLiteral("reg-3-activation"));
    clickWizardButton(wizard, QWizard::CommitButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == RegistrationWizard::Done; }));
    snapshot(wizard, QStringLiteral("reg-4-done"));
    QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("feeCenterValue"))
                ->text()
                .contains(QStringLiteral("lianyun-admin")));

    // R-REG-3: the fee-center account, the workspace settled through Huawei, the link.
    const QVariantMap feeCenter = findRow(backend, view::FeeCenterAccounts, column::Username,
                                          QStringLiteral("lianyun-admin"));
    QCOMPARE(feeCenter.value(column::EnterpriseName).toString(),
             QStringLiteral("Hangzhou Lianyun Technology Co., Ltd."));
    QCOMPARE(feeCenter.value(column::LinkedHuaweiAccounts).toInt(), 1);
    const QVariantMap workspace = findRow(backend, view::Workspaces, column::FeeCenterAccountId,
                                          feeCenter.value(column::FeeCenterAccountId));
    QCOMPARE(workspace.value(column::Name).toString(), QStringLiteral("Lianyun Production"));
    QCOMPARE(workspace.value(column::Settlement).toString(), QStringLiteral("huawei_cloud"));
    QCOMPARE(workspace.value(column::SettlementAccountId).toString(), buyer);
    QCOMPARE(workspace.value(column::Language).toString(), QStringLiteral("zh"));
    QCOMPARE(workspace.value(column::Site).toString(), QStringLiteral("cn4"));
    const QVariantMap instance = findRow(backend, view::Instances, column::InstanceId,
                                         workspace.value(column::SettlementInstanceId));
    QCOMPARE(instance.value(column::Status).toString(), QStringLiteral("active"));
    QCOMPARE(instance.value(column::AccountId).toString(), buyer);

    clickWizardButton(wizard, QWizard::FinishButton);
    QVERIFY(waitFor([&] { return f.window->currentPage() == MainWindow::Page::BillingCenter; }));
}

void TestRegistrationWizard::R_VC_1_wrongCodeThenResendAfterSixtySeconds()
{
    GuiFixture f;
    RegistrationWizard *wizard = open(f);
    fillBasicInfo(f, wizard, QStringLiteral("vc-tester"), QStringLiteral("vc@example.com"), false);
    auto *send = wizard->findChild<QPushButton *>(QStringLiteral("sendCodeButton"));
    // R-VC-1: one code per 60 s (once the answer to the send has arrived).
    QVERIFY(waitFor([send] {
        return send->text().contains(QRegularExpression(
            inTestLanguage(QStringLiteral("\\((60|59) s\\)"), QStringLiteral("^(60|59) 秒后"))));
    }));
    QVERIFY(!send->isEnabled());
    const QString code = latestMessageTo(f.backend.backend.get(), QStringLiteral("vc@example.com"))
                             .value(QStringLiteral("code"))
                             .toString();
    type(wizard, "codeEdit",
         code == QStringLiteral("000000") ? QStringLiteral("111111") : QStringLiteral("000000"));
    clickWizardButton(wizard, QWizard::NextButton);
    QLabel *codeError = error(wizard, "codeError");
    QVERIFY(waitFor([codeError] { return codeError->isVisible(); }));
    QVERIFY2(codeError->text().contains(
                 inTestLanguage(QStringLiteral("4 attempt"), QStringLiteral("还可尝试 4 次"))),
             qPrintable(codeError->text()));
    snapshot(wizard, QStringLiteral("reg-1-wrong-code"));
    QCOMPARE(wizard->currentId(), int(RegistrationWizard::BasicInfo));
    QVERIFY(wizard->findChild<QLineEdit *>(QStringLiteral("codeEdit"))->hasFocus());
    // After 60 s on the clock a new code may be sent.
    QVERIFY(await(f.backend->advanceClock(ClockStep::Minute)).ok());
    QVERIFY(waitFor([send] { return send->isEnabled(); }));
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(waitFor([&] {
        return latestMessageTo(f.backend.backend.get(), QStringLiteral("vc@example.com"))
                   .value(QStringLiteral("code")) != code;
    }));
}

void TestRegistrationWizard::R_VC_1_expiredCode()
{
    GuiFixture f;
    RegistrationWizard *wizard = open(f);
    fillBasicInfo(f, wizard, QStringLiteral("late-tester"), QStringLiteral("late@example.com"));
    for (int i = 0; i < 11; ++i)
        QVERIFY(await(f.backend->advanceClock(ClockStep::Minute)).ok());
    clickWizardButton(wizard, QWizard::NextButton);
    QLabel *codeError = error(wizard, "codeError");
    QVERIFY(waitFor([codeError] { return codeError->isVisible(); }));
    QVERIFY2(codeError->text().contains(
                 inTestLanguage(QStringLiteral("expired"), QStringLiteral("已过期"))),
             qPrintable(codeError->text()));
}

void TestRegistrationWizard::R_FC_1_usernameTakenLiveAndAtNext()
{
    GuiFixture f;
    RegistrationWizard *wizard = open(f);
    // A fee-center username of the demo story.
    type(wizard, "usernameEdit", QString::fromLatin1(demo::cast::OnboardedFeeCenter));
    QLabel *usernameError = error(wizard, "usernameError");
    QVERIFY(waitFor([usernameError] { return usernameError->isVisible(); }));
    QVERIFY(usernameError->text().contains(
        inTestLanguage(QStringLiteral("taken"), QStringLiteral("已被占用"))));
    // Still refused at Next, with the focus on the field.
    fillBasicInfo(f, wizard, QString::fromLatin1(demo::cast::OnboardedFeeCenter),
                  QStringLiteral("dup@example.com"));
    clickWizardButton(wizard, QWizard::NextButton);
    QVERIFY(waitFor([usernameError] { return usernameError->isVisible(); }));
    QCOMPARE(wizard->currentId(), int(RegistrationWizard::BasicInfo));
    QVERIFY(wizard->findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->hasFocus());
}

void TestRegistrationWizard::R_ID_1_invalidAccountId()
{
    GuiFixture f;
    RegistrationWizard *wizard = open(f);
    fillBasicInfo(f, wizard, QStringLiteral("id-tester"), QStringLiteral("id@example.com"));
    clickWizardButton(wizard, QWizard::NextButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == RegistrationWizard::CompanyInfo; }));
    type(wizard, "enterpriseNameEdit", QStringLiteral("Test Co."));
    QTest::mouseClick(wizard->findChild<QCheckBox *>(QStringLiteral("agreementCheck")),
                      Qt::LeftButton, {}, QPoint(6, 6));
    clickWizardButton(wizard, QWizard::NextButton);
    type(wizard, "workspaceNameEdit", QStringLiteral("Test"));
    type(wizard, "huaweiAccountIdEdit", QStringLiteral("not-an-account-id"));
    QTest::mouseClick(wizard->findChild<QCheckBox *>(QStringLiteral("termsCheck")), Qt::LeftButton,
                      {}, QPoint(6, 6));
    clickWizardButton(wizard, QWizard::CommitButton);
    QLabel *idError = error(wizard, "huaweiAccountIdError");
    QVERIFY(waitFor([idError] { return idError->isVisible(); }));
    QVERIFY2(idError->text().contains(
                 inTestLanguage(QStringLiteral("32 characters"), QStringLiteral("32 位"))),
             qPrintable(idError->text()));
    QCOMPARE(wizard->currentId(), int(RegistrationWizard::Activation));
    QVERIFY(findRow(f.backend.backend.get(), view::FeeCenterAccounts, column::Username,
                    QStringLiteral("id-tester"))
                .isEmpty());
}

void TestRegistrationWizard::R_REG_2_accountWithoutActiveInstance()
{
    GuiFixture f;
    Backend *backend = f.backend.backend.get();
    const QString individual =
        accountIdOf(backend, QString::fromLatin1(demo::cast::IndividualLogin));
    RegistrationWizard *wizard = open(f);
    fillBasicInfo(f, wizard, QStringLiteral("noinst-tester"), QStringLiteral("noinst@example.com"));
    clickWizardButton(wizard, QWizard::NextButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == RegistrationWizard::CompanyInfo; }));
    type(wizard, "enterpriseNameEdit", QStringLiteral("Zhou Studio"));
    QTest::mouseClick(wizard->findChild<QCheckBox *>(QStringLiteral("agreementCheck")),
                      Qt::LeftButton, {}, QPoint(6, 6));
    clickWizardButton(wizard, QWizard::NextButton);
    type(wizard, "workspaceNameEdit", QStringLiteral("Studio"));
    type(wizard, "huaweiAccountIdEdit", individual);
    QLabel *idError = error(wizard, "huaweiAccountIdError");
    QVERIFY(waitFor([idError] { return idError->isVisible(); })); // live check
    QVERIFY2(idError->text().contains(
                 inTestLanguage(QStringLiteral("no active"), QStringLiteral("没有状态正常"))),
             qPrintable(idError->text()));
    QTest::mouseClick(wizard->findChild<QCheckBox *>(QStringLiteral("termsCheck")), Qt::LeftButton,
                      {}, QPoint(6, 6));
    clickWizardButton(wizard, QWizard::CommitButton);
    QVERIFY(waitFor([idError] { return idError->isVisible(); }));
    QCOMPARE(wizard->currentId(), int(RegistrationWizard::Activation));
    QVERIFY(
        findRow(backend, view::FeeCenterAccounts, column::Username, QStringLiteral("noinst-tester"))
            .isEmpty());
}

void TestRegistrationWizard::cancelAsksWhenDirty()
{
    GuiFixture f;
    RegistrationWizard *wizard = open(f);
    type(wizard, "usernameEdit", QStringLiteral("someone"));
    f.dialogs.confirmAnswer = false;
    clickWizardButton(wizard, QWizard::CancelButton);
    QVERIFY(f.dialogs.asked.join(QLatin1Char('\n'))
                .contains(inTestLanguage(QStringLiteral("Discard"), QStringLiteral("放弃"))));
    QVERIFY(wizard->isVisible());
    f.dialogs.confirmAnswer = true;
    clickWizardButton(wizard, QWizard::CancelButton);
    QVERIFY(waitFor([&] { return !f.window->findChild<RegistrationWizard *>(); }));
    // Discarded: no draft is offered next time.
    const Result<WizardDraft> draft =
        await(f.backend->loadDraft(QStringLiteral("registration"), f.context.operatorName()));
    QVERIFY(draft.ok());
    QVERIFY(draft->wizard.isEmpty());
}

void TestRegistrationWizard::resumesADraftAtItsPageWithoutPasswords()
{
    GuiFixture f;
    RegistrationWizard *wizard = open(f);
    fillBasicInfo(f, wizard, QStringLiteral("draft-tester"), QStringLiteral("draft@example.com"));
    clickWizardButton(wizard, QWizard::NextButton);
    QVERIFY(waitFor([&] { return wizard->currentId() == RegistrationWizard::CompanyInfo; }));
    type(wizard, "enterpriseNameEdit", QStringLiteral("Draft Industries"));
    // The window is closed (as by a crash or the window manager): the draft stays.
    wizard->close();
    QVERIFY(waitFor([&] { return !f.window->findChild<RegistrationWizard *>(); }));
    QVERIFY(waitFor([&] {
        const Result<WizardDraft> draft =
            await(f.backend->loadDraft(QStringLiteral("registration"), f.context.operatorName()));
        return draft.ok() && draft->page == QStringLiteral("companyInfo") &&
               draft->state.value(QStringLiteral("enterpriseName")).toString() ==
                   QStringLiteral("Draft Industries");
    }));
    const Result<WizardDraft> saved =
        await(f.backend->loadDraft(QStringLiteral("registration"), f.context.operatorName()));
    QVERIFY(!saved->state.contains(QStringLiteral("password")));
    QVERIFY(!saved->state.contains(QStringLiteral("passwordConfirm")));

    f.dialogs.asked.clear();
    f.dialogs.confirmAnswer = true; // "Resume"
    RegistrationWizard *resumed = open(f);
    QVERIFY(resumed);
    QVERIFY(
        f.dialogs.asked.join(QLatin1Char('\n'))
            .contains(inTestLanguage(QStringLiteral("unfinished"), QStringLiteral("尚未完成"))));
    QCOMPARE(resumed->currentId(), int(RegistrationWizard::CompanyInfo));
    QCOMPARE(resumed->findChild<QLineEdit *>(QStringLiteral("enterpriseNameEdit"))->text(),
             QStringLiteral("Draft Industries"));
    clickWizardButton(resumed, QWizard::BackButton);
    QCOMPARE(resumed->findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->text(),
             QStringLiteral("draft-tester"));
    QCOMPARE(resumed->findChild<QLineEdit *>(QStringLiteral("emailEdit"))->text(),
             QStringLiteral("draft@example.com"));
    QVERIFY(resumed->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text().isEmpty());
}

QTEST_MAIN(TestRegistrationWizard)
#include "test_registration_wizard.moc"
