// W-REG's flow without any widget (issue 15): RegistrationFlow over the suite's backend on
// a private copy of the demo, in a QCoreApplication: each page's messages, what the live
// checks and the commit send and learn, and where a refusal lands (R-FC-1, R-FC-2,
// R-REG-1..3, R-VC-2).

#include "DomainPrinting.h"
#include "TestSupport.h"
#include "gui/wizards/registration/RegistrationFlow.h"
#include "services/DemoStoryData.h"

#include <QSignalSpy>

using namespace oc;
using namespace oc::gui;
using namespace oc::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QString Password = s("Onboard#2026");

// Every page filled in well (fee-center settlement), the code still to be sent.
void fill(RegistrationFlow &flow, const QString &username, const QString &email)
{
    flow.setUsername(username);
    flow.setPassword(Password);
    flow.setPasswordConfirmation(Password);
    flow.setEmail(email);
    flow.setCode(s("123456"));
    flow.setMobile(s("+86 139 1234 5678"));
    flow.setEnterpriseName(s("Hangzhou Lianyun Technology Co., Ltd."));
    flow.setAgreementAccepted(true);
    flow.setWorkspaceName(s("Lianyun Production"));
    flow.setLanguage(WorkspaceLanguage::English);
    flow.setMethod(SettlementMethod::FeeCenter);
    flow.setTermsAccepted(true);
}

QString sendCode(Backend &backend, const QString &email)
{
    const auto sent = await(backend.sendCode(Channel::Email, email, s(CodePurpose::Register)));
    if (!sent.ok())
        qFatal("send code: %s", qPrintable(sent.error().toString()));
    return latestCode(backend, email);
}

} // namespace

class TestRegistrationFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { OC_REQUIRE_STORE(); }
    void wellFilledPagesHaveNoMessages();
    void basicInfoMessages_data();
    void basicInfoMessages();
    void activationMessages_data();
    void activationMessages();
    void R_REG_3_feeCenterAccountFollowsTheMethod();
    void R_FC_1_takenUsernameWhileTyping();
    void R_FC_2_linkedHuaweiAccountWhileTyping();
    void R_REG_2_huaweiActivationThroughTheFlow();
    void R_VC_2_wrongCodeStopsPageOne();
};

void TestRegistrationFlow::wellFilledPagesHaveNoMessages()
{
    RegistrationFlow flow(nullptr, QString());
    fill(flow, s("lianyun-ops"), s("ops@lianyuntech.com"));
    for (auto page : {RegistrationFlow::BasicInfoPage, RegistrationFlow::CompanyInfoPage,
                      RegistrationFlow::ActivationPage}) {
        QCOMPARE(rulesAndFields(flow.messages(page)), QStringList{});
        QVERIFY(flow.isReady(page));
    }
    QVERIFY(!flow.isReady(RegistrationFlow::DonePage));
    const RegistrationRequest r = flow.request();
    QCOMPARE(r.username, s("lianyun-ops"));
    QCOMPARE(r.language, WorkspaceLanguage::English);
    QVERIFY(r.createFeeCenterAccount);
    QVERIFY(r.agreementAccepted && r.termsAccepted);
    // Secrets stay out of a draft.
    const QJsonObject draft = flow.toDraft();
    QVERIFY(!draft.contains(s("password")));
    QVERIFY(!draft.contains(s("code")));
    QCOMPARE(draft.value(s("username")).toString(), s("lianyun-ops"));
}

void TestRegistrationFlow::basicInfoMessages_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("short username") << s("username") << s("ab") << s("R-FC-1:username");
    // (the confirmation, typed for the old password, then differs too)
    QTest::newRow("weak password")
        << s("password") << s("onboard") << s("R-ACC-2:password,E-MISMATCH:passwordConfirm");
    QTest::newRow("confirmation differs")
        << s("passwordConfirm") << s("Onboard#2027") << s("E-MISMATCH:passwordConfirm");
    QTest::newRow("email without domain") << s("email") << s("ops@") << s("R-ACC-1:email");
    QTest::newRow("no code") << s("code") << QString() << s("E-REQUIRED:code");
}

void TestRegistrationFlow::basicInfoMessages()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, message);
    RegistrationFlow flow(nullptr, QString());
    fill(flow, s("lianyun-ops"), s("ops@lianyuntech.com"));
    flow.setValue(field, value);
    QCOMPARE(rulesAndFields(flow.messages(RegistrationFlow::BasicInfoPage)).join(QLatin1Char(',')),
             message);
    QCOMPARE(flow.isReady(RegistrationFlow::BasicInfoPage), !value.isEmpty());
}

void TestRegistrationFlow::activationMessages_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("huawei: account id of another form")
        << int(SettlementMethod::HuaweiCloud) << s("huaweiAccountId") << QVariant(s("123"))
        << s("R-ID-1:huaweiAccountId");
    QTest::newRow("alibaba: account id not digits")
        << int(SettlementMethod::AlibabaCloud) << s("alibabaAccountId") << QVariant(s("ali-12"))
        << s("R-SET-1:alibabaAccountId");
    QTest::newRow("aws: subscription not confirmed")
        << int(SettlementMethod::Aws) << s("awsSubscription") << QVariant(false)
        << s("R-SET-1:awsSubscription");
    QTest::newRow("terms not accepted")
        << int(SettlementMethod::FeeCenter) << s("terms") << QVariant(false) << s("R-REG-2:terms");
    QTest::newRow("password gone after a resume")
        << int(SettlementMethod::FeeCenter) << s("password") << QVariant(QString())
        << s("E-REQUIRED:password");
}

void TestRegistrationFlow::activationMessages()
{
    QFETCH(int, method);
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    QFETCH(QString, message);
    RegistrationFlow flow(nullptr, QString());
    fill(flow, s("lianyun-ops"), s("ops@lianyuntech.com"));
    flow.setMethod(SettlementMethod(method));
    flow.setHuaweiAccountId(s("0123456789abcdef0123456789abcdef"));
    flow.setAlibabaAccountId(s("1234567890"));
    flow.setAlibabaInstanceId(s("i-alibaba-1"));
    flow.setAwsSubscriptionConfirmed(true);
    flow.setValue(field, value);
    QCOMPARE(rulesAndFields(flow.messages(RegistrationFlow::ActivationPage)), QStringList{message});
}

void TestRegistrationFlow::R_REG_3_feeCenterAccountFollowsTheMethod()
{
    RegistrationFlow flow(nullptr, QString());
    QSignalSpy methodChanged(&flow, &RegistrationFlow::methodChanged);
    flow.setMethod(SettlementMethod::AlibabaCloud);
    flow.setCreateFeeCenterAccount(false);
    QVERIFY(!flow.feeCenterRequired());
    QVERIFY(!flow.request().createFeeCenterAccount);
    flow.setMethod(SettlementMethod::FeeCenter);
    QVERIFY(flow.feeCenterRequired());
    QVERIFY(flow.flag(s("createFeeCenterAccount"))); // chosen again for the operator
    QVERIFY(flow.request().createFeeCenterAccount);
    QCOMPARE(methodChanged.count(), 2);
}

void TestRegistrationFlow::R_FC_1_takenUsernameWhileTyping()
{
    TestBackend backend(true);
    RegistrationFlow flow(backend.backend.get(), QString());
    flow.setUsername(s(demo::cast::OnboardedFeeCenter)); // an existing fee-center account
    const Status taken = await(flow.checkUsername());
    QVERIFY(!taken.ok());
    QCOMPARE(taken.error().rule, s("R-FC-1"));
    QCOMPARE(flow.error(s("username"))->rule, s("R-FC-1"));
    // Not well formed: no call, the message comes with Next.
    flow.setUsername(s("a"));
    QVERIFY(await(flow.checkUsername()).ok());
    QVERIFY(!flow.error(s("username")).has_value());
}

void TestRegistrationFlow::R_FC_2_linkedHuaweiAccountWhileTyping()
{
    TestBackend backend(true);
    const QString qiming = huaweiAccountIdOf(*backend.backend, s(demo::cast::OnboardedLogin));
    RegistrationFlow flow(backend.backend.get(), qiming);
    QCOMPARE(flow.huaweiAccountId(), qiming);
    QCOMPARE(flow.method(), SettlementMethod::HuaweiCloud);
    const Status linked = await(flow.checkHuaweiAccount());
    QVERIFY(!linked.ok());
    QCOMPARE(linked.error().rule, s("R-FC-2"));
    QCOMPARE(flow.error(s("huaweiAccountId"))->reason, s("linked"));
    QVERIFY(!flow.huaweiCheck());
}

void TestRegistrationFlow::R_REG_2_huaweiActivationThroughTheFlow()
{
    TestBackend backend(true);
    Backend &b = *backend.backend;
    const QString buyer = huaweiAccountIdOf(b, s(demo::cast::BuyerLogin));
    const QString email = s("ops@lianyuntech.com");
    RegistrationFlow flow(&b, QString());
    fill(flow, s("lianyun-ops"), email);
    flow.setMethod(SettlementMethod::HuaweiCloud);
    flow.setHuaweiAccountId(buyer.toUpper());
    QSignalSpy found(&flow, &RegistrationFlow::huaweiChecked);
    QVERIFY(await(flow.checkHuaweiAccount()).ok());
    QCOMPARE(found.count(), 1);
    QCOMPARE(flow.huaweiCheck()->accountId, buyer);
    QVERIFY(!flow.huaweiCheck()->instanceId.isEmpty());

    flow.setCode(sendCode(b, email));
    QVERIFY(await(flow.checkBasicInfo()).ok());
    QSignalSpy registered(&flow, &RegistrationFlow::registered);
    const Status done = await(flow.activate());
    QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().toString()));
    QCOMPARE(registered.count(), 1);
    QVERIFY(flow.isReady(RegistrationFlow::DonePage));
    QCOMPARE(flow.result()->guanceAccount.username, s("lianyun-ops"));
    QVERIFY(flow.result()->feeCenterAccount.has_value());
    QCOMPARE(flow.result()->workspace.settlement, SettlementMethod::HuaweiCloud);
    QCOMPARE(flow.result()->workspace.settlementAccountId, buyer);

    // The same username again: refused at its field, on page 1.
    RegistrationFlow again(&b, QString());
    fill(again, s("lianyun-ops"), s("ops2@lianyuntech.com"));
    again.setCode(sendCode(b, s("ops2@lianyuntech.com")));
    const Status refused = await(again.activate());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, s("username"));
    QVERIFY(again.error(s("username")).has_value());
    QVERIFY(!again.result());
}

void TestRegistrationFlow::R_VC_2_wrongCodeStopsPageOne()
{
    TestBackend backend(true);
    Backend &b = *backend.backend;
    const QString email = s("ops@lianyuntech.com");
    RegistrationFlow flow(&b, QString());
    fill(flow, s("lianyun-ops"), email);
    const QString code = sendCode(b, email);
    flow.setCode(code == u"000000" ? s("111111") : s("000000"));
    const Status wrong = await(flow.checkBasicInfo());
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().field, s("code"));
    flow.setCode(code);
    QVERIFY(await(flow.checkBasicInfo()).ok());
}

QTEST_GUILESS_MAIN(TestRegistrationFlow)
#include "test_registration_flow.moc"
