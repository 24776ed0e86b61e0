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
using namespace Qt::StringLiterals;

namespace {

const QString Wangfang = u"wangfang@qiming"_s; // a member of the onboarded, linked qiming

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
    QTest::newRow("account@abbreviation") << u"wendy@gcy"_s << QStringList{};
    QTest::newRow("no at") << u"wendy"_s << QStringList{u"R-ORG-6:loginName"_s};
    QTest::newRow("no abbreviation") << u"wendy@"_s << QStringList{u"R-ORG-6:loginName"_s};
    QTest::newRow("uppercase abbreviation")
        << u"wendy@GCY"_s << QStringList{u"R-ORG-6:loginName"_s};
}

void TestLoginFlow::loginNameMessages()
{
    QFETCH(QString, loginName);
    QFETCH(QStringList, messages);
    LoginFlow flow(nullptr, loginName);
    QCOMPARE(rulesAndFields(flow.messages(LoginFlow::LoginPage)), messages);
    QVERIFY(!flow.isReady(LoginFlow::LoginPage)); // no password yet
    flow.setPassword(u"x"_s);
    QVERIFY(flow.isReady(LoginFlow::LoginPage));
}

void TestLoginFlow::passwordChangeMessages_data()
{
    QTest::addColumn<QString>("newPassword");
    QTest::addColumn<QString>("confirmation");
    QTest::addColumn<QStringList>("messages");
    QTest::newRow("a new, strong one") << u"Lina#Own2026"_s << u"Lina#Own2026"_s << QStringList{};
    QTest::newRow("weak") << u"linalina"_s << u"linalina"_s
                          << QStringList{u"R-ACC-2:newPassword"_s};
    QTest::newRow("confirmation differs") << u"Lina#Own2026"_s << u"Lina#Own2027"_s
                                          << QStringList{u"E-MISMATCH:newPasswordConfirm"_s};
    // R-ORG-6: the initial password (the current one) cannot be kept.
    QTest::newRow("the initial one again")
        << u"Lianyun#2026"_s << u"Lianyun#2026"_s << QStringList{u"R-ORG-6:newPassword"_s};
}

void TestLoginFlow::passwordChangeMessages()
{
    QFETCH(QString, newPassword);
    QFETCH(QString, confirmation);
    QFETCH(QStringList, messages);
    LoginFlow flow(nullptr, u"lina@lianyun"_s);
    flow.setDefault(QString::fromLatin1(LoginFlow::CurrentPasswordKey), u"Lianyun#2026"_s);
    flow.setNewPassword(newPassword);
    flow.setNewPasswordConfirmation(confirmation);
    QCOMPARE(rulesAndFields(flow.messages(LoginFlow::ChangePasswordPage)), messages);
    QVERIFY(flow.isReady(LoginFlow::ChangePasswordPage));
}

void TestLoginFlow::branchesAfterTheChoice()
{
    LoginFlow flow(nullptr, u"lina@lianyun"_s);
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
    flow.setFeeCenterUsername(u"x"_s);
    flow.setCode(u"12"_s);
    QCOMPARE(rulesAndFields(flow.messages(LoginFlow::ExistingFeeCenterPage)),
             (QStringList{u"R-FC-1:username"_s, u"R-VC-1:code"_s}));
    // Nothing bound yet: the binding page is not done.
    QVERIFY(!flow.isReady(LoginFlow::BindWorkspacesPage));
}

void TestLoginFlow::R_FC_2_linkedAccountGoesStraightThrough()
{
    TestBackend backend(true);
    LoginFlow flow(backend.backend.get(), Wangfang);
    flow.setPassword(QString::fromUtf8(demo::cast::Password));
    const Status in = await(flow.logIn());
    QVERIFY2(in.ok(), in.ok() ? "" : qPrintable(in.error().toString()));
    QVERIFY(flow.session());
    QVERIFY(flow.isLinked());
    QCOMPARE(flow.session()->linkedFeeCenterUsername,
             QString::fromUtf8(demo::cast::OnboardedFeeCenter));
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
    QVERIFY(!draft.contains(u"password"_s));
    QCOMPARE(draft.value(u"loginName"_s).toString(), Wangfang);
}

void TestLoginFlow::R_ORG_6_wrongPasswordLandsOnItsField()
{
    TestBackend backend(true);
    LoginFlow flow(backend.backend.get(), Wangfang);
    flow.setPassword(u"Wrong@2026a"_s);
    const Status refused = await(flow.logIn());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().rule, u"R-ORG-6"_s);
    QCOMPARE(refused.error().field, u"password"_s);
    QCOMPARE(flow.error(u"password"_s)->reason, u"wrongPassword"_s);
    QVERIFY(!flow.session());
    QCOMPARE(flow.nextPage(LoginFlow::LoginPage), LoginFlow::ChoicePage);
}

QTEST_GUILESS_MAIN(TestLoginFlow)
#include "test_login_flow.moc"
