// The console over a slow, failing or silent backend (issue 12, item 6): a FaultyBackend
// between the console and the demo data delays, fails or hangs chosen calls. For a page of
// every wizard (W-BUY, W-REG, W-ORG, W-LOGIN, W-SET, W-SVC): while a call is in flight
// Next/Back/Commit are disabled and a busy indicator (with an accessible name) shows, and
// they come back with the answer; a call that fails with E-UNREACHABLE shows the message on
// the page with Retry, and Retry repeats it with every entry intact; a call that never
// answers ends after the call timeout as unreachable with Retry, and its late answer is
// ignored. Also: a list view and a submitting dialog offer Retry, and the dialog seam never
// blocks.

#include "FaultyBackend.h"
#include "GuiTestSupport.h"
#include "contract/Async.h"
#include "gui/dialogs/MemberDialog.h"
#include "gui/views/HuaweiAccountsView.h"
#include "gui/views/ListViewWidget.h"
#include "gui/wizards/login/LoginWizard.h"
#include "gui/wizards/organization/OrganizationWizard.h"
#include "gui/wizards/purchase/PurchaseWizard.h"
#include "gui/wizards/recharge/RechargeWizard.h"
#include "gui/wizards/registration/RegistrationWizard.h"
#include "gui/wizards/settlement/SettlementWizard.h"
#include "services/DemoStoryData.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>

using namespace oc;
using namespace oc::gui;
using namespace oc::test;
using namespace std::chrono_literals;

namespace {

// Long enough for every real call of the demo data, short enough for a test.
constexpr auto ShortTimeout = 1000ms;
constexpr int Delay = 500;

// A console whose backend is a FaultyBackend over the demo data.
struct SlowFixture : GuiFixture
{
    SlowFixture()
        : GuiFixture([](Backend *inner) { return std::make_unique<FaultyBackend>(inner); })
    {}
    FaultyBackend &faulty() const { return *static_cast<FaultyBackend *>(decorator.get()); }
    Backend *inner() const { return backend.backend.get(); }
    // Waits until nothing is delayed, hung or running (late answers included).
    bool settle() const
    {
        return waitFor([this] { return decorator->callsInFlight() == 0; });
    }
};

// Calls started meanwhile wait ShortTimeout instead of the console's 30 s.
struct ShortCallTimeout
{
    ShortCallTimeout() { setCallTimeout(ShortTimeout); }
    ~ShortCallTimeout() { setCallTimeout(DefaultCallTimeout); }
};

QString unreachableText()
{
    return inTestLanguage(QStringLiteral("cannot be reached"), QStringLiteral("无法连接服务器"));
}

QString timeoutText()
{
    return inTestLanguage(QStringLiteral("did not answer within 1 second"),
                          QStringLiteral("服务器在 1 秒内未响应"));
}

QLabel *pageError(QWizard *wizard)
{
    return wizard->currentPage()->findChild<QLabel *>(QStringLiteral("pageError"));
}

QPushButton *retryButton(QWizard *wizard)
{
    return wizard->currentPage()->findChild<QPushButton *>(QStringLiteral("retryButton"));
}

} // namespace

class TestSlowBackend : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { setCallTimeout(DefaultCallTimeout); }

    void timeoutEndsAHungCallAndIgnoresItsLateAnswer();
    void W_BUY_accountCheckHangsThenTheSubscriptionFailsOnce();
    void W_BUY_paidOrderAwaitingItsInstanceIsNotBoughtAgain();
    void W_REG_basicInformationThroughHangFailureAndDelay();
    void W_ORG_creationFailsOnceAndTheMembersLoadHangs();
    void W_LOGIN_loginHangsFailsThenLogsIn();
    void W_LOGIN_changePasswordBusyDisablesBack();
    void W_SET_accountCheckHangsFailsThenPasses();
    void W_SVC_rechargeHangsFailsThenRecharges();
    void listViewShowsTheFailureWithRetry();
    void confirmationDoesNotBlock();

private:
    // The current page waits: Back, Next, Commit and Finish disabled, Cancel available,
    // the busy indicator visible with an accessible name and description.
    void expectBusy(QWizard *wizard);
    // The current page shows `text` with Retry (visible, enabled, named) and waits no more.
    void expectRetry(QWizard *wizard, const QString &text);
};

void TestSlowBackend::expectBusy(QWizard *wizard)
{
    auto *indicator =
        wizard->currentPage()->findChild<QProgressBar *>(QStringLiteral("busyIndicator"));
    QVERIFY(indicator);
    QVERIFY(waitFor([indicator] { return indicator->isVisible(); }));
    QVERIFY(!indicator->accessibleName().isEmpty());
    QVERIFY(!indicator->accessibleDescription().isEmpty());
    auto *label = wizard->currentPage()->findChild<QLabel *>(QStringLiteral("busyLabel"));
    QVERIFY(label->isVisible());
    QCOMPARE(indicator->accessibleName(), label->text());
    for (auto which :
         {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton})
        QVERIFY2(!wizard->button(which)->isEnabled(), qPrintable(wizard->button(which)->text()));
    QVERIFY(wizard->button(QWizard::CancelButton)->isEnabled());
}

void TestSlowBackend::expectRetry(QWizard *wizard, const QString &text)
{
    QLabel *error = pageError(wizard);
    QVERIFY(error);
    QVERIFY(waitFor([error] { return error->isVisible(); }));
    QVERIFY2(error->text().contains(text), qPrintable(error->text()));
    QPushButton *retry = retryButton(wizard);
    QVERIFY(retry->isVisible() && retry->isEnabled());
    QCOMPARE(retry->accessibleName(),
             inTestLanguage(QStringLiteral("Retry"), QStringLiteral("重试")));
    auto *indicator =
        wizard->currentPage()->findChild<QProgressBar *>(QStringLiteral("busyIndicator"));
    QVERIFY(waitFor([indicator] { return !indicator->isVisible(); }));
}

void TestSlowBackend::timeoutEndsAHungCallAndIgnoresItsLateAnswer()
{
    TestBackend backend(true);
    FaultyBackend faulty(backend.backend.get());
    faulty.hang(QStringLiteral("clock"));
    QObject context;
    int answers = 0;
    std::optional<Result<ClockState>> answer;
    onFinished(
        faulty.clock(), &context,
        [&](const Result<ClockState> &r) {
            ++answers;
            answer = r;
        },
        200ms);
    QVERIFY(waitFor([&] { return answers > 0; }));
    QVERIFY(!answer->ok());
    QCOMPARE(answer->error().rule, QString::fromLatin1(SystemError::Unreachable));
    QCOMPARE(answer->error().reason, QStringLiteral("timeout"));
    QCOMPARE(answer->error().args.value(QStringLiteral("seconds")).toInt(), 1);
    // The late answer comes and goes unnoticed.
    QCOMPARE(faulty.hungCalls(), 1);
    faulty.answerHung();
    QVERIFY(waitFor([&] { return faulty.callsInFlight() == 0; }));
    QTest::qWait(50);
    QCOMPARE(answers, 1);

    // A call within its time is answered as usual; a failure is answered as planned.
    faulty.fail(QStringLiteral("clock"));
    onFinished(faulty.clock(), &context, [&](const Result<ClockState> &r) { answer = r; });
    QVERIFY(waitFor([&] { return !answer->ok() && answer->error().reason == u"connection"; }));
    answer.reset();
    onFinished(faulty.clock(), &context, [&](const Result<ClockState> &r) { answer = r; });
    QVERIFY(waitFor([&] { return answer.has_value(); }));
    QVERIFY(answer->ok());
    QCOMPARE(faulty.calls(QStringLiteral("clock")), 3);
}

void TestSlowBackend::W_BUY_accountCheckHangsThenTheSubscriptionFailsOnce()
{
    SlowFixture f;
    const QString buyer = accountIdOf(f.inner(), QString::fromLatin1(demo::cast::BuyerLogin));
    const QVariantMap byBuyer{{QStringLiteral("accountId"), buyer}};
    const qint64 ordersBefore = count(*f.inner(), QStringLiteral("orders"), byBuyer);

    // (c) The account check never answers: unreachable after the timeout, with Retry.
    PurchaseWizard *wizard = nullptr;
    {
        ShortCallTimeout shortTimeout;
        f.faulty().hang(QStringLiteral("huaweiAccount"), -1);
        wizard = f.window->openPurchaseWizard(buyer, ProductKind::Subscription);
        QVERIFY(waitFor([wizard] { return wizard->isVisible(); }));
        expectBusy(wizard);
        expectRetry(wizard, timeoutText());
    }
    f.faulty().clearPlans();
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // the account is not checked
    // The late answers are ignored.
    f.faulty().answerHung();
    QVERIFY(f.settle());
    QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("accountStatusValue"))->text().isEmpty());
    QVERIFY(pageError(wizard)->isVisible());
    snapshot(wizard, QStringLiteral("slow-buy-1-timeout"));
    QTest::mouseClick(retryButton(wizard), Qt::LeftButton);
    QVERIFY(waitFor([wizard] { return wizard->button(QWizard::NextButton)->isEnabled(); }));
    QVERIFY(!pageError(wizard)->isVisible());
    clickWizardButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(PurchaseWizard::ConfirmPage));

    // (b) The subscription fails once: the message and Retry on the page, nothing bought.
    auto *terms = wizard->findChild<QCheckBox *>(QStringLiteral("termsCheck"));
    QTest::mouseClick(terms, Qt::LeftButton, {}, QPoint(6, 6));
    f.faulty().fail(QStringLiteral("purchase"));
    clickWizardButton(wizard, QWizard::CommitButton);
    expectRetry(wizard, unreachableText());
    QCOMPARE(wizard->currentId(), int(PurchaseWizard::ConfirmPage));
    QVERIFY(terms->isChecked());
    QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());
    QVERIFY(wizard->button(QWizard::BackButton)->isEnabled());
    QCOMPARE(count(*f.inner(), QStringLiteral("orders"), byBuyer), ordersBefore);
    // The new controls are named (busy indicator: see expectBusy).
    for (const QString &unnamed : unnamedFocusableWidgets(wizard))
        QVERIFY2(!unnamed.contains(QStringLiteral("retryButton")), qPrintable(unnamed));
    snapshot(wizard, QStringLiteral("slow-buy-2-unreachable"));

    // (a) Retry, slowly: Commit and Back wait for the answer; then the result.
    f.faulty().delay(QStringLiteral("purchase"), Delay, 1);
    QTest::mouseClick(retryButton(wizard), Qt::LeftButton);
    expectBusy(wizard);
    QVERIFY(!pageError(wizard)->isVisible());
    snapshot(wizard, QStringLiteral("slow-buy-3-busy"));
    QVERIFY(waitFor([wizard] { return wizard->currentId() == PurchaseWizard::ResultPage; }));
    QCOMPARE(count(*f.inner(), QStringLiteral("orders"), byBuyer), ordersBefore + 1);
    QCOMPARE(f.faulty().calls(QStringLiteral("purchase")), 2);
}

// A server whose marketplace call did not go through (R-MKT-2 instancePending): the order is
// paid and its instance on its way, so the page says so without Retry, not as a server
// that cannot be reached, and Subscribe stays off (also after Back and Next) until another
// purchase is chosen.
void TestSlowBackend::W_BUY_paidOrderAwaitingItsInstanceIsNotBoughtAgain()
{
    SlowFixture f;
    const QString buyer = accountIdOf(f.inner(), QString::fromLatin1(demo::cast::BuyerLogin));
    PurchaseWizard *wizard = f.window->openPurchaseWizard(buyer, ProductKind::Subscription);
    QVERIFY(waitFor([wizard] { return wizard->button(QWizard::NextButton)->isEnabled(); }));
    clickWizardButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(PurchaseWizard::ConfirmPage));
    auto *terms = wizard->findChild<QCheckBox *>(QStringLiteral("termsCheck"));
    QTest::mouseClick(terms, Qt::LeftButton, {}, QPoint(6, 6));
    const QString orderId = QStringLiteral("CS2603020930PENDG");
    f.faulty().fail(QStringLiteral("purchase"),
                    makeError(QStringLiteral("R-MKT-2"), QStringLiteral("marketplace"),
                              QStringLiteral("instancePending"),
                              {{QStringLiteral("orderId"), orderId}}));
    clickWizardButton(wizard, QWizard::CommitButton);
    QLabel *error = pageError(wizard);
    QVERIFY(waitFor([error] { return error->isVisible(); }));
    QVERIFY2(error->text().contains(orderId), qPrintable(error->text()));
    QVERIFY2(!error->text().contains(unreachableText()), qPrintable(error->text()));
    QVERIFY(!retryButton(wizard)->isVisible());
    QCOMPARE(wizard->currentId(), int(PurchaseWizard::ConfirmPage));
    QVERIFY(waitFor([wizard] { return !wizard->button(QWizard::CommitButton)->isEnabled(); }));
    QVERIFY(wizard->button(QWizard::BackButton)->isEnabled());

    // Back and Next: the same message, Subscribe still off; nothing was sent again.
    clickWizardButton(wizard, QWizard::BackButton);
    QCOMPARE(wizard->currentId(), int(PurchaseWizard::ProductPage));
    clickWizardButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(PurchaseWizard::ConfirmPage));
    QVERIFY(waitFor([wizard] { return pageError(wizard)->isVisible(); }));
    QVERIFY(pageError(wizard)->text().contains(orderId));
    QVERIFY(!retryButton(wizard)->isVisible());
    QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
    QCOMPARE(f.faulty().calls(QStringLiteral("purchase")), 1);
}

void TestSlowBackend::W_REG_basicInformationThroughHangFailureAndDelay()
{
    SlowFixture f;
    const QString buyer = accountIdOf(f.inner(), QString::fromLatin1(demo::cast::BuyerLogin));
    RegistrationWizard *wizard = f.window->openRegistrationWizard({});
    QVERIFY(waitFor([wizard] { return wizard->isVisible(); }));
    const QString username = QStringLiteral("lianyun-admin");
    const QString email = QStringLiteral("admin@lianyuntech.com");
    const QString password = QStringLiteral("Lianyun@2026");
    type(wizard, "usernameEdit", username);
    type(wizard, "passwordEdit", password);
    type(wizard, "passwordConfirmEdit", password);
    type(wizard, "emailEdit", email);
    QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("sendCodeButton")),
                      Qt::LeftButton);
    QVERIFY(waitFor([&] { return !latestMessageTo(f.inner(), email).isEmpty(); }));
    const QString code = latestMessageTo(f.inner(), email).value(QStringLiteral("code")).toString();
    type(wizard, "codeEdit", code);
    // The live username check has run (it is early feedback, not a step).
    QVERIFY(waitFor([&] { return f.faulty().calls(QStringLiteral("checkUsername")) > 0; }));
    QVERIFY(f.settle());
    const auto entries = [wizard] {
        QStringList texts;
        for (const char *name : {"usernameEdit", "passwordEdit", "passwordConfirmEdit", "emailEdit",
                                 "codeEdit", "mobileEdit"})
            texts << wizard->findChild<QLineEdit *>(QString::fromLatin1(name))->text();
        return texts;
    };
    const QStringList typed = entries();

    // (c) The code check never answers.
    {
        ShortCallTimeout shortTimeout;
        f.faulty().hang(QStringLiteral("checkCode"));
        clickWizardButton(wizard, QWizard::NextButton);
        expectBusy(wizard);
        expectRetry(wizard, timeoutText());
    }
    f.faulty().answerHung();
    QVERIFY(f.settle());
    QCOMPARE(wizard->currentId(), int(RegistrationWizard::BasicInfo)); // the late "ok" ignored
    QVERIFY(pageError(wizard)->text().contains(timeoutText()));
    QCOMPARE(entries(), typed);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());

    // (b) Retry: now the email check fails once.
    f.faulty().fail(QStringLiteral("checkGuanceEmail"));
    QTest::mouseClick(retryButton(wizard), Qt::LeftButton);
    expectRetry(wizard, unreachableText());
    QCOMPARE(entries(), typed);
    snapshot(wizard, QStringLiteral("slow-reg-1-unreachable"));

    // (a) Retry, slowly: then on to the company.
    f.faulty().delay(QStringLiteral("checkCode"), Delay, 1);
    QTest::mouseClick(retryButton(wizard), Qt::LeftButton);
    expectBusy(wizard);
    QVERIFY(waitFor([wizard] { return wizard->currentId() == RegistrationWizard::CompanyInfo; }));
    clickWizardButton(wizard, QWizard::BackButton);
    QCOMPARE(entries(), typed); // nothing typed was lost
    clickWizardButton(wizard, QWizard::NextButton);
    QVERIFY(waitFor([wizard] { return wizard->currentId() == RegistrationWizard::CompanyInfo; }));

    type(wizard, "enterpriseNameEdit", QStringLiteral("Hangzhou Lianyun Technology Co., Ltd."));
    QTest::mouseClick(wizard->findChild<QCheckBox *>(QStringLiteral("agreementCheck")),
                      Qt::LeftButton, {}, QPoint(6, 6));
    clickWizardButton(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(RegistrationWizard::Activation));
    type(wizard, "workspaceNameEdit", QStringLiteral("Lianyun Production"));
    type(wizard, "huaweiAccountIdEdit", buyer);
    auto *check = wizard->findChild<QLabel *>(QStringLiteral("huaweiCheckValue"));
    QVERIFY(waitFor([check] { return !check->text().isEmpty(); }));
    QTest::mouseClick(wizard->findChild<QCheckBox *>(QStringLiteral("termsCheck")), Qt::LeftButton,
                      {}, QPoint(6, 6));

    // (a) The activation (a commit page after a page with Back): everything waits.
    QVERIFY(wizard->button(QWizard::BackButton)->isEnabled());
    f.faulty().delay(QStringLiteral("registerCommercialPlan"), Delay, 1);
    clickWizardButton(wizard, QWizard::CommitButton);
    expectBusy(wizard);
    snapshot(wizard, QStringLiteral("slow-reg-2-busy"));
    QVERIFY(waitFor([wizard] { return wizard->currentId() == RegistrationWizard::Done; }));
    QVERIFY(!findRow(f.inner(), QStringLiteral("feeCenterAccounts"), QStringLiteral("username"),
                     username)
                 .isEmpty());
}

void TestSlowBackend::W_ORG_creationFailsOnceAndTheMembersLoadHangs()
{
    SlowFixture f;
    const QString buyer = accountIdOf(f.inner(), QString::fromLatin1(demo::cast::BuyerLogin));
    OrganizationWizard *wizard = f.window->openOrganizationWizard(buyer);
    QVERIFY(waitFor([wizard] { return wizard->isVisible(); }));
    type(wizard, "enterpriseNameEdit", QStringLiteral("Hangzhou Lianyun Technology Co., Ltd."));
    type(wizard, "abbreviationEdit", QStringLiteral("lianyun"));
    auto *hint = wizard->findChild<QLabel *>(QStringLiteral("abbreviationHint"));
    QVERIFY(waitFor([hint] { return hint->text().contains(QStringLiteral("lianyun")); }));
    QVERIFY(f.settle());

    // (b) Creating fails once: nothing created, the entries kept; Retry (slowly, (a)).
    f.faulty().fail(QStringLiteral("createOrganization"));
    clickWizardButton(wizard, QWizard::CommitButton);
    expectRetry(wizard, unreachableText());
    QCOMPARE(wizard->currentId(), int(OrganizationWizard::Setup));
    QCOMPARE(wizard->findChild<QLineEdit *>(QStringLiteral("abbreviationEdit"))->text(),
             QStringLiteral("lianyun"));
    QVERIFY(findRow(f.inner(), QStringLiteral("organizations"), QStringLiteral("abbreviation"),
                    QStringLiteral("lianyun"))
                .isEmpty());
    f.faulty().delay(QStringLiteral("createOrganization"), Delay, 1);
    QTest::mouseClick(retryButton(wizard), Qt::LeftButton);
    expectBusy(wizard);
    QVERIFY(waitFor([wizard] { return wizard->currentId() == OrganizationWizard::Progress; }));
    QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("advanceHourButton")),
                      Qt::LeftButton);
    QVERIFY(waitFor([wizard] { return wizard->button(QWizard::NextButton)->isEnabled(); }));
    QTest::qWait(200); // the progress page's refresh after the clock moved
    QVERIFY(f.settle());

    // (c) The members never load: Back and Next wait, then unreachable with Retry.
    auto *table = wizard->findChild<QTableWidget *>(QStringLiteral("membersTable"));
    {
        ShortCallTimeout shortTimeout;
        f.faulty().hang(QStringLiteral("organization"));
        clickWizardButton(wizard, QWizard::NextButton);
        QCOMPARE(wizard->currentId(), int(OrganizationWizard::Members));
        expectBusy(wizard);
        expectRetry(wizard, timeoutText());
    }
    QVERIFY(wizard->button(QWizard::BackButton)->isEnabled()); // back with the answer
    // A member appears meanwhile; the late answer that would list them is ignored.
    MemberInput input;
    input.organizationId = wizard->flow()->organizationId();
    input.account = QStringLiteral("lina");
    input.displayName = QStringLiteral("Li Na");
    input.mobile = QStringLiteral("+8613857160001");
    input.password = QStringLiteral("Lianyun#2026");
    QVERIFY(await(f.inner()->saveMember(input)).ok());
    f.faulty().answerHung();
    QVERIFY(f.settle());
    QCOMPARE(table->rowCount(), 0);
    snapshot(wizard, QStringLiteral("slow-org-1-timeout"));

    // (a) Retry, slowly: Back waits too, then the members are there.
    f.faulty().delay(QStringLiteral("organization"), Delay, 1);
    QTest::mouseClick(retryButton(wizard), Qt::LeftButton);
    expectBusy(wizard);
    QVERIFY(waitFor([table] { return table->rowCount() == 1; }));
    QVERIFY(waitFor([wizard] { return wizard->button(QWizard::BackButton)->isEnabled(); }));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());

    // A dialog that submits keeps its entries and offers Retry after a failure.
    QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("addMemberButton")),
                      Qt::LeftButton);
    MemberDialog *dialog = nullptr;
    QVERIFY(waitFor([&] {
        dialog = wizard->findChild<MemberDialog *>();
        return dialog && dialog->isVisible();
    }));
    type(dialog, "displayNameEdit", QStringLiteral("Wang Lei"));
    type(dialog, "mobileEdit", QStringLiteral("+86 138 5716 0002"));
    type(dialog, "accountEdit", QStringLiteral("wanglei"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("generateButton")),
                      Qt::LeftButton);
    const QString password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text();
    f.faulty().fail(QStringLiteral("saveMember"));
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QPushButton *retry = nullptr;
    QVERIFY(waitFor([&] {
        retry = buttons->findChild<QPushButton *>(QStringLiteral("retryButton"));
        return retry && retry->isVisible() && retry->isEnabled();
    }));
    QVERIFY(!retry->accessibleName().isEmpty());
    auto *accountError = dialog->findChild<QLabel *>(QStringLiteral("accountError"));
    QVERIFY(waitFor([accountError] { return accountError->isVisible(); }));
    QVERIFY2(accountError->text().contains(unreachableText()), qPrintable(accountError->text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("accountEdit"))->text(),
             QStringLiteral("wanglei"));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text(), password);
    snapshot(dialog, QStringLiteral("slow-org-2-dialog"));
    const QPointer<MemberDialog> open(dialog);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(waitFor([&] { return !open || !open->isVisible(); }));
    QVERIFY(waitFor([table] { return table->rowCount() == 2; }));
}

void TestSlowBackend::W_LOGIN_loginHangsFailsThenLogsIn()
{
    SlowFixture f;
    LoginWizard *wizard = f.window->openLoginWizard(QStringLiteral("wangfang@qiming"));
    QVERIFY(waitFor([wizard] { return wizard->isVisible(); }));
    QApplication::setActiveWindow(wizard);
    QVERIFY(QTest::qWaitForWindowActive(wizard));
    type(wizard, "passwordEdit", QString::fromLatin1(demo::cast::Password));

    // (c) The login never answers; its late success is ignored.
    {
        ShortCallTimeout shortTimeout;
        f.faulty().hang(QStringLiteral("unifiedLogin"));
        clickWizardButton(wizard, QWizard::NextButton);
        expectBusy(wizard);
        expectRetry(wizard, timeoutText());
    }
    f.faulty().answerHung();
    QVERIFY(f.settle());
    QCOMPARE(wizard->currentId(), int(LoginWizard::Login));

    // (b) Retry, by keyboard (the focus is on it): fails once, the entries stay.
    f.faulty().fail(QStringLiteral("unifiedLogin"));
    QPushButton *retry = retryButton(wizard);
    QVERIFY(waitFor([wizard, retry] { return wizard->focusWidget() == retry; }));
    QTest::keyClick(wizard->focusWidget(), Qt::Key_Space);
    expectRetry(wizard, unreachableText());
    QCOMPARE(wizard->findChild<QLineEdit *>(QStringLiteral("loginNameEdit"))->text(),
             QStringLiteral("wangfang@qiming"));
    QCOMPARE(wizard->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text(),
             QString::fromLatin1(demo::cast::Password));
    snapshot(wizard, QStringLiteral("slow-login-1-unreachable"));

    // (a) Retry, slowly; then logged in.
    f.faulty().delay(QStringLiteral("unifiedLogin"), Delay, 1);
    QVERIFY(waitFor([wizard, retry] { return wizard->focusWidget() == retry; }));
    QTest::keyClick(wizard->focusWidget(), Qt::Key_Space);
    expectBusy(wizard);
    QVERIFY(waitFor([wizard] { return wizard->currentId() == LoginWizard::Direct; }));
    QCOMPARE(f.faulty().calls(QStringLiteral("unifiedLogin")), 3);
}

void TestSlowBackend::W_LOGIN_changePasswordBusyDisablesBack()
{
    SlowFixture f;
    // liuyang never logged in: his initial password is in his credentials SMS.
    ListQuery query;
    query.view = QStringLiteral("outbox");
    query.search = QStringLiteral("liuyang@qiming");
    const Result<ListPage> messages = await(f.inner()->list(query));
    QString initial;
    for (const QVariantList &row : messages->rows)
        for (int i = 0; i < messages->columns.size(); ++i)
            if (messages->columns.at(i).key == u"params") {
                const QVariantMap p = QJsonDocument::fromJson(row.value(i).toString().toUtf8())
                                          .object()
                                          .toVariantMap();
                if (p.value(QStringLiteral("loginName")) == QStringLiteral("liuyang@qiming"))
                    initial = p.value(QStringLiteral("initialPassword")).toString();
            }
    QVERIFY(!initial.isEmpty());
    LoginWizard *wizard = f.window->openLoginWizard(QStringLiteral("liuyang@qiming"));
    QVERIFY(waitFor([wizard] { return wizard->isVisible(); }));
    type(wizard, "passwordEdit", initial);
    clickWizardButton(wizard, QWizard::NextButton);
    QVERIFY(waitFor([wizard] { return wizard->currentId() == LoginWizard::ChangePassword; }));
    type(wizard, "newPasswordEdit", QStringLiteral("Liuyang#2026"));
    type(wizard, "newPasswordConfirmEdit", QStringLiteral("Liuyang#2026"));

    // (b) Fails once: Next and Back come back, the new password stays typed.
    f.faulty().fail(QStringLiteral("changeInitialPassword"));
    clickWizardButton(wizard, QWizard::NextButton);
    expectRetry(wizard, unreachableText());
    QVERIFY(wizard->button(QWizard::BackButton)->isEnabled());
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(wizard->findChild<QLineEdit *>(QStringLiteral("newPasswordEdit"))->text(),
             QStringLiteral("Liuyang#2026"));

    // (a) Retry, slowly: Back and Next wait for the answer.
    f.faulty().delay(QStringLiteral("changeInitialPassword"), Delay, 1);
    QTest::mouseClick(retryButton(wizard), Qt::LeftButton);
    expectBusy(wizard);
    snapshot(wizard, QStringLiteral("slow-login-2-busy"));
    QVERIFY(waitFor([wizard] { return wizard->currentId() == LoginWizard::Direct; }));
}

void TestSlowBackend::W_SET_accountCheckHangsFailsThenPasses()
{
    SlowFixture f;
    Backend *b = f.inner();
    const QString buyer = accountIdOf(b, QString::fromLatin1(demo::cast::BuyerLogin));
    ListQuery instances;
    instances.view = QStringLiteral("instances");
    instances.filters.insert(QStringLiteral("accountId"), buyer);
    instances.filters.insert(QStringLiteral("status"), QStringLiteral("active"));
    instances.filters.insert(QStringLiteral("productKind"), QStringLiteral("subscription"));
    const QString instance = await(b->list(instances))->rows.first().value(0).toString();
    const QVariantMap account =
        findRow(b, QStringLiteral("feeCenterAccounts"), QStringLiteral("username"),
                QString::fromLatin1(demo::cast::ExistingFeeCenter));
    ListQuery workspaces;
    workspaces.view = QStringLiteral("workspaces");
    workspaces.filters.insert(QStringLiteral("feeCenterAccountId"),
                              account.value(QStringLiteral("feeCenterAccountId")));
    workspaces.filters.insert(QStringLiteral("settlement"), QStringLiteral("fee_center"));
    const QString workspaceId = await(b->list(workspaces))->rows.first().value(0).toString();

    SettlementWizard *wizard = f.window->openSettlementWizard(workspaceId);
    QVERIFY(waitFor(
        [&] { return wizard->isVisible() && wizard->button(QWizard::NextButton)->isEnabled(); }));
    clickWizardButton(wizard, QWizard::NextButton);
    type(wizard, "accountIdEdit", buyer);
    type(wizard, "instanceIdEdit", instance);
    auto *check = wizard->findChild<QLabel *>(QStringLiteral("checkValue"));
    QVERIFY(waitFor([check] { return !check->text().isEmpty(); })); // the live check ran
    QVERIFY(f.settle());

    // (c) The check never answers: Back and Next wait, then unreachable with Retry.
    {
        ShortCallTimeout shortTimeout;
        f.faulty().hang(QStringLiteral("checkSettlementChange"));
        clickWizardButton(wizard, QWizard::NextButton);
        expectBusy(wizard);
        expectRetry(wizard, timeoutText());
    }
    QVERIFY(wizard->button(QWizard::BackButton)->isEnabled());
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    f.faulty().answerHung();
    QVERIFY(f.settle());
    QCOMPARE(wizard->currentId(), int(SettlementWizard::Account)); // the late "ok" ignored
    snapshot(wizard, QStringLiteral("slow-set-1-timeout"));

    // (b) Retry fails once; (a) Retry again, slowly; then the confirmation.
    f.faulty().fail(QStringLiteral("checkSettlementChange"));
    QTest::mouseClick(retryButton(wizard), Qt::LeftButton);
    expectRetry(wizard, unreachableText());
    f.faulty().delay(QStringLiteral("checkSettlementChange"), Delay, 1);
    QTest::mouseClick(retryButton(wizard), Qt::LeftButton);
    expectBusy(wizard);
    QVERIFY(waitFor([wizard] { return wizard->currentId() == SettlementWizard::Confirm; }));
    clickWizardButton(wizard, QWizard::BackButton);
    QCOMPARE(wizard->findChild<QLineEdit *>(QStringLiteral("accountIdEdit"))->text(), buyer);
    QCOMPARE(wizard->findChild<QLineEdit *>(QStringLiteral("instanceIdEdit"))->text(), instance);
}

void TestSlowBackend::W_SVC_rechargeHangsFailsThenRecharges()
{
    SlowFixture f;
    Backend *b = f.inner();
    const QString buyer = accountIdOf(b, QString::fromLatin1(demo::cast::BuyerLogin));
    const QVariantMap finance =
        findRow(b, QStringLiteral("feeCenterAccounts"), QStringLiteral("username"),
                QString::fromLatin1(demo::cast::BuyerFinanceFeeCenter));
    ListQuery orders;
    orders.view = QStringLiteral("orders");
    orders.filters.insert(QStringLiteral("accountId"), buyer);
    orders.filters.insert(QStringLiteral("productKind"), QStringLiteral("stored_value_card"));
    orders.filters.insert(QStringLiteral("redeemed"), 0);
    const QString orderId = await(b->list(orders))->rows.first().value(0).toString();
    const QVariantMap fromOrder{{QStringLiteral("sourceOrderId"), orderId}};

    RechargeWizard *wizard = f.window->openRechargeWizard(
        finance.value(QStringLiteral("feeCenterAccountId")).toLongLong());
    QVERIFY(waitFor([wizard] { return wizard->isVisible(); }));
    clickWizardButton(wizard, QWizard::NextButton);
    type(wizard, "accountIdEdit", buyer);
    type(wizard, "orderIdEdit", orderId);
    QVERIFY(f.settle());

    // (c) The recharge never answers: Commit and Back wait, then unreachable with Retry.
    {
        ShortCallTimeout shortTimeout;
        f.faulty().hang(QStringLiteral("rechargeStoredValueCards"));
        clickWizardButton(wizard, QWizard::CommitButton);
        expectBusy(wizard);
        expectRetry(wizard, timeoutText());
    }
    QVERIFY(wizard->button(QWizard::BackButton)->isEnabled());
    QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());
    QCOMPARE(count(*b, QStringLiteral("storedValueCards"), fromOrder), 0);
    snapshot(wizard, QStringLiteral("slow-svc-1-timeout"));

    // (b) Retry fails once; (a) Retry again, slowly; then the cards.
    f.faulty().fail(QStringLiteral("rechargeStoredValueCards"));
    QTest::mouseClick(retryButton(wizard), Qt::LeftButton);
    expectRetry(wizard, unreachableText());
    QCOMPARE(wizard->findChild<QLineEdit *>(QStringLiteral("orderIdEdit"))->text(), orderId);
    f.faulty().delay(QStringLiteral("rechargeStoredValueCards"), Delay, 1);
    QTest::mouseClick(retryButton(wizard), Qt::LeftButton);
    expectBusy(wizard);
    QVERIFY(waitFor([wizard] { return wizard->currentId() == RechargeWizard::Result; }));
    QCOMPARE(wizard->findChild<QTableWidget *>(QStringLiteral("cardsTable"))->rowCount(), 50);
    QCOMPARE(count(*b, QStringLiteral("storedValueCards"), fromOrder), 50);
}

void TestSlowBackend::listViewShowsTheFailureWithRetry()
{
    SlowFixture f;
    ListViewWidget *list = nullptr;
    {
        ShortCallTimeout shortTimeout;
        f.faulty().hang(QStringLiteral("list"), -1);
        f.window->showPage(MainWindow::Page::HuaweiAccounts);
        list = f.window->huaweiAccountsView()->list();
        auto *error = list->findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(waitFor([error] { return error->isVisible(); }));
        QVERIFY2(error->text().contains(timeoutText()), qPrintable(error->text()));
    }
    f.faulty().clearPlans();
    auto *retry = list->findChild<QPushButton *>(QStringLiteral("retryButton"));
    QVERIFY(retry->isVisible() && retry->isEnabled());
    QVERIFY(!retry->accessibleName().isEmpty());
    QVERIFY(!list->findChild<QTableView *>()->isVisible()); // not an empty list
    snapshot(f.window.get(), QStringLiteral("slow-list-timeout"));
    f.faulty().answerHung();
    QVERIFY(f.settle());
    QVERIFY(list->findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible());

    // Retry fails once more, then loads.
    f.faulty().fail(QStringLiteral("list"));
    QTest::mouseClick(retry, Qt::LeftButton);
    auto *error = list->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(waitFor(
        [error] { return error->isVisible() && error->text().contains(unreachableText()); }));
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(waitFor([list] { return list->model()->hasLoaded() && list->model()->total() > 0; }));
    QVERIFY(waitFor([list] { return list->findChild<QTableView *>()->isVisible(); }));
}

void TestSlowBackend::confirmationDoesNotBlock()
{
    WidgetDialogs dialogs;
    QWidget parent;
    parent.resize(400, 300);
    parent.show();
    // The question on screen (a box answered earlier may still await its deletion).
    QPointer<QMessageBox> box;
    const auto questionShown = [&] {
        for (QMessageBox *candidate :
             parent.findChildren<QMessageBox *>(QStringLiteral("confirmQuestion")))
            if (candidate->isVisible())
                box = candidate;
        return !box.isNull();
    };
    std::optional<bool> answer;
    dialogs.confirm(&parent, QStringLiteral("Title"), QStringLiteral("Go on?"),
                    QStringLiteral("&Go"), [&](bool accepted) { answer = accepted; });
    // confirm() returned at once: no nested event loop; the box waits window-modal.
    QVERIFY(!answer);
    QVERIFY(waitFor(questionShown));
    QCOMPARE(box->windowModality(), Qt::WindowModal);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("acceptButton")),
                      Qt::LeftButton);
    QVERIFY(waitFor([&] { return answer.has_value(); }));
    QVERIFY(*answer);
    QVERIFY(waitFor([&] { return box.isNull(); })); // the box deletes itself

    // Cancel answers false.
    answer.reset();
    dialogs.confirm(&parent, QStringLiteral("Title"), QStringLiteral("Go on?"),
                    QStringLiteral("&Go"), [&](bool accepted) { answer = accepted; });
    QVERIFY(waitFor(questionShown));
    box->reject();
    QVERIFY(waitFor([&] { return answer.has_value(); }));
    QVERIFY(!*answer);

    // A parent gone before the answer takes the question, and its callback, with it.
    answer.reset();
    {
        QWidget gone;
        gone.show();
        dialogs.confirm(&gone, QStringLiteral("Title"), QStringLiteral("Go on?"),
                        QStringLiteral("&Go"), [&](bool accepted) { answer = accepted; });
    }
    QTest::qWait(20);
    QVERIFY(!answer);

    // Messages do not block either.
    dialogs.warn(&parent, QStringLiteral("Title"), QStringLiteral("Something failed."));
    QPointer<QMessageBox> warning = parent.findChild<QMessageBox *>(QStringLiteral("warningBox"));
    QVERIFY(waitFor([&] { return warning && warning->isVisible(); }));
    warning->accept();
}

QTEST_MAIN(TestSlowBackend)
#include "test_slow_backend.moc"
