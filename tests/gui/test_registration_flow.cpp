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
using namespace Qt::StringLiterals;

namespace {

const QString Password = u"Onboard#2026"_s;

// Every page filled in well (fee-center settlement), the code still to be sent.
void fill(RegistrationFlow &flow, const QString &username, const QString &email)
{
    flow.setUsername(username);
    flow.setPassword(Password);
    flow.setPasswordConfirmation(Password);
    flow.setEmail(email);
    flow.setCode(u"123456"_s);
    flow.setMobile(u"+86 139 1234 5678"_s);
    flow.setEnterpriseName(u"Hangzhou Lianyun Technology Co., Ltd."_s);
    flow.setAgreementAccepted(true);
    flow.setWorkspaceName(u"Lianyun Production"_s);
    flow.setLanguage(WorkspaceLanguage::English);
    flow.setMethod(SettlementMethod::FeeCenter);
    flow.setTermsAccepted(true);
}

QString sendCode(Backend &backend, const QString &email)
{
    const auto sent =
        await(backend.sendCode(Channel::Email, email, QString::fromUtf8(CodePurpose::Register)));
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
    fill(flow, u"lianyun-ops"_s, u"ops@lianyuntech.com"_s);
    for (auto page : {RegistrationFlow::BasicInfoPage, RegistrationFlow::CompanyInfoPage,
                      RegistrationFlow::ActivationPage}) {
        QCOMPARE(rulesAndFields(flow.messages(page)), QStringList{});
        QVERIFY(flow.isReady(page));
    }
    QVERIFY(!flow.isReady(RegistrationFlow::DonePage));
    const RegistrationRequest r = flow.request();
    QCOMPARE(r.username, u"lianyun-ops"_s);
    QCOMPARE(r.language, WorkspaceLanguage::English);
    QVERIFY(r.createFeeCenterAccount);
    QVERIFY(r.agreementAccepted && r.termsAccepted);
    // Secrets stay out of a draft.
    const QJsonObject draft = flow.toDraft();
    QVERIFY(!draft.contains(u"password"_s));
    QVERIFY(!draft.contains(u"code"_s));
    QCOMPARE(draft.value(u"username"_s).toString(), u"lianyun-ops"_s);
}

void TestRegistrationFlow::basicInfoMessages_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("short username") << u"username"_s << u"ab"_s << u"R-FC-1:username"_s;
    // (the confirmation, typed for the old password, then differs too)
    QTest::newRow("weak password")
        << u"password"_s << u"onboard"_s << u"R-ACC-2:password,E-MISMATCH:passwordConfirm"_s;
    QTest::newRow("confirmation differs")
        << u"passwordConfirm"_s << u"Onboard#2027"_s << u"E-MISMATCH:passwordConfirm"_s;
    QTest::newRow("email without domain") << u"email"_s << u"ops@"_s << u"R-ACC-1:email"_s;
    QTest::newRow("no code") << u"code"_s << QString() << u"E-REQUIRED:code"_s;
}

void TestRegistrationFlow::basicInfoMessages()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, message);
    RegistrationFlow flow(nullptr, QString());
    fill(flow, u"lianyun-ops"_s, u"ops@lianyuntech.com"_s);
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
        << int(SettlementMethod::HuaweiCloud) << u"huaweiAccountId"_s << QVariant(u"123"_s)
        << u"R-ID-1:huaweiAccountId"_s;
    QTest::newRow("alibaba: account id not digits")
        << int(SettlementMethod::AlibabaCloud) << u"alibabaAccountId"_s << QVariant(u"ali-12"_s)
        << u"R-SET-1:alibabaAccountId"_s;
    QTest::newRow("aws: subscription not confirmed")
        << int(SettlementMethod::Aws) << u"awsSubscription"_s << QVariant(false)
        << u"R-SET-1:awsSubscription"_s;
    QTest::newRow("terms not accepted")
        << int(SettlementMethod::FeeCenter) << u"terms"_s << QVariant(false) << u"R-REG-2:terms"_s;
    QTest::newRow("password gone after a resume")
        << int(SettlementMethod::FeeCenter) << u"password"_s << QVariant(QString())
        << u"E-REQUIRED:password"_s;
}

void TestRegistrationFlow::activationMessages()
{
    QFETCH(int, method);
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    QFETCH(QString, message);
    RegistrationFlow flow(nullptr, QString());
    fill(flow, u"lianyun-ops"_s, u"ops@lianyuntech.com"_s);
    flow.setMethod(SettlementMethod(method));
    flow.setHuaweiAccountId(u"0123456789abcdef0123456789abcdef"_s);
    flow.setAlibabaAccountId(u"1234567890"_s);
    flow.setAlibabaInstanceId(u"i-alibaba-1"_s);
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
    QVERIFY(flow.flag(u"createFeeCenterAccount"_s)); // chosen again for the operator
    QVERIFY(flow.request().createFeeCenterAccount);
    QCOMPARE(methodChanged.count(), 2);
}

void TestRegistrationFlow::R_FC_1_takenUsernameWhileTyping()
{
    TestBackend backend(true);
    RegistrationFlow flow(backend.backend.get(), QString());
    flow.setUsername(
        QString::fromUtf8(demo::cast::OnboardedFeeCenter)); // an existing fee-center account
    const Status taken = await(flow.checkUsername());
    QVERIFY(!taken.ok());
    QCOMPARE(taken.error().rule, u"R-FC-1"_s);
    QCOMPARE(flow.error(u"username"_s)->rule, u"R-FC-1"_s);
    // Not well formed: no call, the message comes with Next.
    flow.setUsername(u"a"_s);
    QVERIFY(await(flow.checkUsername()).ok());
    QVERIFY(!flow.error(u"username"_s).has_value());
}

void TestRegistrationFlow::R_FC_2_linkedHuaweiAccountWhileTyping()
{
    TestBackend backend(true);
    const QString qiming =
        huaweiAccountIdOf(*backend.backend, QString::fromUtf8(demo::cast::OnboardedLogin));
    RegistrationFlow flow(backend.backend.get(), qiming);
    QCOMPARE(flow.huaweiAccountId(), qiming);
    QCOMPARE(flow.method(), SettlementMethod::HuaweiCloud);
    const Status linked = await(flow.checkHuaweiAccount());
    QVERIFY(!linked.ok());
    QCOMPARE(linked.error().rule, u"R-FC-2"_s);
    QCOMPARE(flow.error(u"huaweiAccountId"_s)->reason, u"linked"_s);
    QVERIFY(!flow.huaweiCheck());
}

void TestRegistrationFlow::R_REG_2_huaweiActivationThroughTheFlow()
{
    TestBackend backend(true);
    Backend &b = *backend.backend;
    const QString buyer = huaweiAccountIdOf(b, QString::fromUtf8(demo::cast::BuyerLogin));
    const QString email = u"ops@lianyuntech.com"_s;
    RegistrationFlow flow(&b, QString());
    fill(flow, u"lianyun-ops"_s, email);
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
    QCOMPARE(flow.result()->guanceAccount.username, u"lianyun-ops"_s);
    QVERIFY(flow.result()->feeCenterAccount.has_value());
    QCOMPARE(flow.result()->workspace.settlement, SettlementMethod::HuaweiCloud);
    QCOMPARE(flow.result()->workspace.settlementAccountId, buyer);

    // The same username again: refused at its field, on page 1.
    RegistrationFlow again(&b, QString());
    fill(again, u"lianyun-ops"_s, u"ops2@lianyuntech.com"_s);
    again.setCode(sendCode(b, u"ops2@lianyuntech.com"_s));
    const Status refused = await(again.activate());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, u"username"_s);
    QVERIFY(again.error(u"username"_s).has_value());
    QVERIFY(!again.result());
}

void TestRegistrationFlow::R_VC_2_wrongCodeStopsPageOne()
{
    TestBackend backend(true);
    Backend &b = *backend.backend;
    const QString email = u"ops@lianyuntech.com"_s;
    RegistrationFlow flow(&b, QString());
    fill(flow, u"lianyun-ops"_s, email);
    const QString code = sendCode(b, email);
    flow.setCode(code == u"000000" ? u"111111"_s : u"000000"_s);
    const Status wrong = await(flow.checkBasicInfo());
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().field, u"code"_s);
    flow.setCode(code);
    QVERIFY(await(flow.checkBasicInfo()).ok());
}

QTEST_GUILESS_MAIN(TestRegistrationFlow)
#include "test_registration_flow.moc"
