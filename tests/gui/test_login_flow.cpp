// W-LOGIN's flow without any widget (issue 15): LoginFlow over the suite's backend on a
// private copy of the demo, in a QCoreApplication: the branching (R-ORG-6 first login,
// R-FC-2 linked or not, W-REG or an existing fee-center account), each page's messages, and
// where a refusal lands.

#include "DomainPrinting.h"
#include "TestSupport.h"
#include "gui/wizards/login/LoginFlow.h"
#include "services/DemoStoryData.h"

using namespace oc;
using namespace oc::gui;
using namespace oc::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QString Wangfang = s("wangfang@qiming"); // a member of the onboarded, linked qiming

} // namespace

class TestLoginFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { OC_REQUIRE_STORE(); }
    void loginNameMessages_data();
    void loginNameMessages();
    void passwordChangeMessages_data();
    void passwordChangeMessages();
    void branchesAfterTheChoice();
    void R_FC_2_linkedAccountGoesStraightThrough();
    void R_ORG_6_wrongPasswordLandsOnItsField();
};

void TestLoginFlow::loginNameMessages_data()
{
    QTest::addColumn<QString>("loginName");
    QTest::addColumn<QStringList>("messages");
    QTest::newRow("account@abbreviation") << s("wendy@gcy") << QStringList{};
    QTest::newRow("no at") << s("wendy") << QStringList{s("R-ORG-6:loginName")};
    QTest::newRow("no abbreviation") << s("wendy@") << QStringList{s("R-ORG-6:loginName")};
    QTest::newRow("uppercase abbreviation")
        << s("wendy@GCY") << QStringList{s("R-ORG-6:loginName")};
}

void TestLoginFlow::loginNameMessages()
{
    QFETCH(QString, loginName);
    QFETCH(QStringList, messages);
    LoginFlow flow(nullptr, loginName);
    QCOMPARE(rulesAndFields(flow.messages(LoginFlow::LoginPage)), messages);
    QVERIFY(!flow.isReady(LoginFlow::LoginPage)); // no password yet
    flow.setPassword(s("x"));
    QVERIFY(flow.isReady(LoginFlow::LoginPage));
}

void TestLoginFlow::passwordChangeMessages_data()
{
    QTest::addColumn<QString>("newPassword");
    QTest::addColumn<QString>("confirmation");
    QTest::addColumn<QStringList>("messages");
    QTest::newRow("a new, strong one") << s("Lina#Own2026") << s("Lina#Own2026") << QStringList{};
    QTest::newRow("weak") << s("linalina") << s("linalina")
                          << QStringList{s("R-ACC-2:newPassword")};
    QTest::newRow("confirmation differs") << s("Lina#Own2026") << s("Lina#Own2027")
                                          << QStringList{s("E-MISMATCH:newPasswordConfirm")};
    // R-ORG-6: the initial password (the current one) cannot be kept.
    QTest::newRow("the initial one again")
        << s("Lianyun#2026") << s("Lianyun#2026") << QStringList{s("R-ORG-6:newPassword")};
}

void TestLoginFlow::passwordChangeMessages()
{
    QFETCH(QString, newPassword);
    QFETCH(QString, confirmation);
    QFETCH(QStringList, messages);
    LoginFlow flow(nullptr, s("lina@lianyun"));
    flow.setDefault(QString::fromLatin1(LoginFlow::CurrentPasswordKey), s("Lianyun#2026"));
    flow.setNewPassword(newPassword);
    flow.setNewPasswordConfirmation(confirmation);
    QCOMPARE(rulesAndFields(flow.messages(LoginFlow::ChangePasswordPage)), messages);
    QVERIFY(flow.isReady(LoginFlow::ChangePasswordPage));
}

void TestLoginFlow::branchesAfterTheChoice()
{
    LoginFlow flow(nullptr, s("lina@lianyun"));
    // Not logged in: not linked, no initial password to change.
    QCOMPARE(flow.nextPage(LoginFlow::LoginPage), LoginFlow::ChoicePage);
    QVERIFY(!flow.registering()); // binding an existing account is the default
    QCOMPARE(flow.nextPage(LoginFlow::ChoicePage), LoginFlow::ExistingFeeCenterPage);
    flow.setRegistering(true);
    QCOMPARE(flow.nextPage(LoginFlow::ChoicePage), LoginFlow::NoPage); // W-REG takes over
    QCOMPARE(flow.nextPage(LoginFlow::ExistingFeeCenterPage), LoginFlow::EnterprisePage);
    QCOMPARE(flow.nextPage(LoginFlow::EnterprisePage), LoginFlow::BindWorkspacesPage);
    QCOMPARE(flow.nextPage(LoginFlow::BindWorkspacesPage), LoginFlow::ActivatedPage);
    QCOMPARE(flow.nextPage(LoginFlow::ActivatedPage), LoginFlow::NoPage);
    // The existing account's page: its own messages.
    flow.setFeeCenterUsername(s("x"));
    flow.setCode(s("12"));
    QCOMPARE(rulesAndFields(flow.messages(LoginFlow::ExistingFeeCenterPage)),
             (QStringList{s("R-FC-1:username"), s("R-VC-1:code")}));
    // Nothing bound yet: the binding page is not done.
    QVERIFY(!flow.isReady(LoginFlow::BindWorkspacesPage));
}

void TestLoginFlow::R_FC_2_linkedAccountGoesStraightThrough()
{
    TestBackend backend(true);
    LoginFlow flow(backend.backend.get(), Wangfang);
    flow.setPassword(s(demo::cast::Password));
    const Status in = await(flow.logIn());
    QVERIFY2(in.ok(), in.ok() ? "" : qPrintable(in.error().toString()));
    QVERIFY(flow.session());
    QVERIFY(flow.isLinked());
    QCOMPARE(flow.session()->linkedFeeCenterUsername, s(demo::cast::OnboardedFeeCenter));
    QCOMPARE(flow.nextPage(LoginFlow::LoginPage), flow.session()->mustChangePassword
                                                      ? LoginFlow::ChangePasswordPage
                                                      : LoginFlow::DirectPage);
    QCOMPARE(flow.nextPage(LoginFlow::ChangePasswordPage), LoginFlow::DirectPage);
    // The linked account's workspaces, and which are settled through this Huawei account.
    QVERIFY(await(flow.loadWorkspaces()).ok());
    QVERIFY(!flow.workspaces().isEmpty());
    QVERIFY(std::any_of(flow.workspaces().begin(), flow.workspaces().end(),
                        [&flow](const QVariantMap &w) { return flow.isBound(w); }));
    // Secrets stay out of a draft; the session is not part of it either.
    const QJsonObject draft = flow.toDraft();
    QVERIFY(!draft.contains(s("password")));
    QCOMPARE(draft.value(s("loginName")).toString(), Wangfang);
}

void TestLoginFlow::R_ORG_6_wrongPasswordLandsOnItsField()
{
    TestBackend backend(true);
    LoginFlow flow(backend.backend.get(), Wangfang);
    flow.setPassword(s("Wrong@2026a"));
    const Status refused = await(flow.logIn());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().rule, s("R-ORG-6"));
    QCOMPARE(refused.error().field, s("password"));
    QCOMPARE(flow.error(s("password"))->reason, s("wrongPassword"));
    QVERIFY(!flow.session());
    QCOMPARE(flow.nextPage(LoginFlow::LoginPage), LoginFlow::ChoicePage);
}

QTEST_GUILESS_MAIN(TestLoginFlow)
#include "test_login_flow.moc"
