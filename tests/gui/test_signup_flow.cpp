// W-SIGNUP's flow without any widget (issue 17): SignUpFlow over the suite's backend (a
// LocalBackend, or a RemoteBackend on a billing-api process) on a private copy of the demo,
// in a QCoreApplication. What each page needs before Next, the messages its fields get, the
// branching (skips, "enable services later"), what each step sends and learns, and where a
// refusal lands (R-ACC-1, R-ACC-2, R-ACC-4, R-ACC-5, R-ACC-16, R-ACC-17, R-ACC-18, R-VC-1).

#include "DomainPrinting.h"
#include "TestSupport.h"
#include "gui/wizards/signup/SignUpFlow.h"
#include "services/DemoStoryData.h"

#include <QSignalSpy>

using namespace oc;
using namespace oc::gui;
using namespace oc::test;
using namespace Qt::StringLiterals;

namespace {

// A Visa test number (Luhn-valid) and one digit off it.
const QString GoodCard = u"4111 1111 1111 1111"_s;
const QString BadCard = u"4111 1111 1111 1112"_s;

// Signs `flow` up with `email` through the backend: the code sent, read from the Outbox.
Status signUp(Backend &backend, SignUpFlow &flow, const QString &email)
{
    flow.setEmail(email);
    flow.setPassword(u"Passw0rd2026"_s);
    const auto sent =
        await(backend.sendCode(Channel::Email, email, QString::fromLatin1(CodePurpose::SignUp)));
    if (!sent.ok())
        return sent.error();
    flow.setCode(latestCode(backend, email));
    return await(flow.signUp());
}

Status bindPhone(Backend &backend, SignUpFlow &flow, bool security, const QString &mobile)
{
    const char *purpose = security ? CodePurpose::SecurityPhone : CodePurpose::ServiceMobile;
    const auto sent = await(backend.sendCode(Channel::Sms, mobile, QString::fromLatin1(purpose)));
    if (!sent.ok())
        return sent.error();
    if (security) {
        flow.setSecurityPhone(mobile);
        flow.setSecurityPhoneCode(latestCode(backend, mobile));
        return await(flow.bindSecurityPhone());
    }
    flow.setMobile(mobile);
    flow.setMobileCode(latestCode(backend, mobile));
    return await(flow.bindMobile());
}

void fillCard(SignUpFlow &flow, const QString &number)
{
    flow.setCardNumber(number);
    flow.setHolder(u"Chen Xiaoyu"_s);
    flow.setExpiry(u"08/30"_s);
    flow.setCardSecurityCode(u"123"_s);
    flow.setTermsAccepted(true);
}

} // namespace

class TestSignUpFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { OC_REQUIRE_STORE(); }
    void accountPageMessages_data();
    void accountPageMessages();
    void R_ACC_16_enablePageNeedsTheAgreement();
    void R_ACC_18_cardPageMessages_data();
    void R_ACC_18_cardPageMessages();
    void skippedPagesNeedNothingAndBranch();
    void R_ACC_16_R_ACC_17_R_ACC_18_wholeSignUp();
    void R_ACC_16_enableLaterLeavesTheAccountNotEnabled();
    void R_ACC_5_countryStillEditableUntilEnabled();
    void refusalsLandOnTheirField();
    void draftKeepsNoSecretButTheAccount();
};

void TestSignUpFlow::accountPageMessages_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QStringList>("messages");
    QTest::newRow("all good") << u"CN"_s << u"a@example.com"_s << u"123456"_s << u"abcd1234"_s
                              << QStringList{};
    QTest::newRow("nothing") << u""_s << u""_s << u""_s << u""_s
                             << QStringList{u"E-REQUIRED:countryRegion"_s, u"E-REQUIRED:email"_s,
                                            u"E-REQUIRED:code"_s, u"E-REQUIRED:password"_s};
    QTest::newRow("R-ACC-5 unknown country")
        << u"XX"_s << u"a@example.com"_s << u"123456"_s << u"abcd1234"_s
        << QStringList{u"R-ACC-5:countryRegion"_s};
    QTest::newRow("R-ACC-1 plus sign") << u"SG"_s << u"a+b@example.com"_s << u"123456"_s
                                       << u"abcd1234"_s << QStringList{u"R-ACC-1:email"_s};
    QTest::newRow("R-VC-1 five digits") << u"SG"_s << u"a@example.com"_s << u"12345"_s
                                        << u"abcd1234"_s << QStringList{u"R-VC-1:code"_s};
    QTest::newRow("R-ACC-2 no digit") << u"SG"_s << u"a@example.com"_s << u"123456"_s
                                      << u"abcdefgh"_s << QStringList{u"R-ACC-2:password"_s};
    QTest::newRow("R-ACC-2 space") << u"SG"_s << u"a@example.com"_s << u"123456"_s << u"abcd 1234"_s
                                   << QStringList{u"R-ACC-2:password"_s};
}

void TestSignUpFlow::accountPageMessages()
{
    QFETCH(QString, country);
    QFETCH(QString, email);
    QFETCH(QString, code);
    QFETCH(QString, password);
    QFETCH(QStringList, messages);
    SignUpFlow flow(nullptr);
    flow.setCountryRegion(country);
    flow.setEmail(email);
    flow.setCode(code);
    flow.setPassword(password);
    QCOMPARE(rulesAndFields(flow.messages(SignUpFlow::SignUpPage)), messages);
    QCOMPARE(flow.isReady(SignUpFlow::SignUpPage),
             !country.isEmpty() && !email.isEmpty() && !code.isEmpty() && !password.isEmpty());
}

void TestSignUpFlow::R_ACC_16_enablePageNeedsTheAgreement()
{
    SignUpFlow flow(nullptr);
    flow.setServiceCountryRegion(u"SG"_s);
    QVERIFY(flow.isReady(SignUpFlow::EnablePage)); // the agreement says why on Enable
    QCOMPARE(rulesAndFields(flow.messages(SignUpFlow::EnablePage)),
             QStringList{u"R-ACC-16:agreement"_s});
    flow.setPromotions(true); // optional
    QCOMPARE(rulesAndFields(flow.messages(SignUpFlow::EnablePage)),
             QStringList{u"R-ACC-16:agreement"_s});
    flow.setAgreementAccepted(true);
    QVERIFY(flow.messages(SignUpFlow::EnablePage).isEmpty());
}

void TestSignUpFlow::R_ACC_18_cardPageMessages_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("expiry");
    QTest::addColumn<QString>("securityCode");
    QTest::addColumn<bool>("terms");
    QTest::addColumn<QStringList>("messages");
    QTest::newRow("all good") << GoodCard << u"08/30"_s << u"123"_s << true << QStringList{};
    QTest::newRow("this month") << GoodCard << u"12/26"_s << u"1234"_s << true << QStringList{};
    QTest::newRow("check digit") << BadCard << u"08/30"_s << u"123"_s << true
                                 << QStringList{u"R-ACC-18:cardNumber"_s};
    QTest::newRow("too short") << u"4111 1111"_s << u"08/30"_s << u"123"_s << true
                               << QStringList{u"R-ACC-18:cardNumber"_s};
    QTest::newRow("expired") << GoodCard << u"11/26"_s << u"123"_s << true
                             << QStringList{u"R-ACC-18:expiry"_s};
    QTest::newRow("month 13") << GoodCard << u"13/30"_s << u"123"_s << true
                              << QStringList{u"R-ACC-18:expiry"_s};
    QTest::newRow("security code")
        << GoodCard << u"08/30"_s << u"12"_s << true << QStringList{u"R-ACC-18:securityCode"_s};
    QTest::newRow("terms") << GoodCard << u"08/2030"_s << u"123"_s << false
                           << QStringList{u"R-ACC-18:terms"_s};
}

void TestSignUpFlow::R_ACC_18_cardPageMessages()
{
    QFETCH(QString, number);
    QFETCH(QString, expiry);
    QFETCH(QString, securityCode);
    QFETCH(bool, terms);
    QFETCH(QStringList, messages);
    SignUpFlow flow(nullptr);
    flow.setToday(QDate(2026, 12, 5));
    flow.setCardNumber(number);
    flow.setHolder(u"Chen Xiaoyu"_s);
    flow.setExpiry(expiry);
    flow.setCardSecurityCode(securityCode);
    flow.setTermsAccepted(terms);
    QCOMPARE(rulesAndFields(flow.messages(SignUpFlow::CardPage)), messages);
    QVERIFY(flow.isReady(SignUpFlow::CardPage));
    flow.setHolder(u"  "_s);
    QVERIFY(!flow.isReady(SignUpFlow::CardPage));
}

// Skip (R-ACC-4), "enable services later" (R-ACC-16) and "complete later": the page needs
// nothing and the wizard goes on where the seed goes.
void TestSignUpFlow::skippedPagesNeedNothingAndBranch()
{
    SignUpFlow flow(nullptr);
    QVERIFY(!flow.isReady(SignUpFlow::SecurityPhonePage));
    flow.skipSecurityPhone();
    QVERIFY(flow.isReady(SignUpFlow::SecurityPhonePage));
    QVERIFY(flow.messages(SignUpFlow::SecurityPhonePage).isEmpty());
    QCOMPARE(flow.nextPage(SignUpFlow::SecurityPhonePage), SignUpFlow::EnablePage);
    flow.enableLater();
    QVERIFY(flow.messages(SignUpFlow::EnablePage).isEmpty());
    QCOMPARE(flow.nextPage(SignUpFlow::EnablePage), SignUpFlow::DonePage);
    QCOMPARE(flow.nextPage(SignUpFlow::MobilePage), SignUpFlow::CardPage);
    flow.skipMobile();
    QCOMPARE(flow.nextPage(SignUpFlow::MobilePage), SignUpFlow::DonePage);
    flow.skipCard();
    QVERIFY(flow.isReady(SignUpFlow::CardPage));
    QCOMPARE(flow.nextPage(SignUpFlow::CardPage), SignUpFlow::DonePage);
    QCOMPARE(flow.nextPage(SignUpFlow::DonePage), SignUpFlow::NoPage);
}

void TestSignUpFlow::R_ACC_16_R_ACC_17_R_ACC_18_wholeSignUp()
{
    TestBackend backend(true);
    SignUpFlow flow(backend.backend.get());
    flow.setToday(QDate(2026, 12, 5));
    QSignalSpy accountChanged(&flow, &SignUpFlow::accountChanged);
    flow.setCountryRegion(u"SG"_s);
    const Status signedUp = signUp(*backend.backend, flow, u"new.customer@example.com"_s);
    QVERIFY2(signedUp.ok(), signedUp.ok() ? "" : qPrintable(signedUp.error().toString()));
    QVERIFY(!flow.accountId().isEmpty());
    QVERIFY(accountChanged.count() >= 1);
    QCOMPARE(flow.account()->servicesStatus, ServicesStatus::NotEnabled);
    QVERIFY(flow.account()->loginId.startsWith(u"hid_"));
    QCOMPARE(flow.account()->countryRegion, u"SG"_s);
    QVERIFY(!flow.servicesEnabled());

    QVERIFY(bindPhone(*backend.backend, flow, true, u"+6591234567"_s).ok());
    QCOMPARE(flow.account()->securityPhone, u"+6591234567"_s);

    QCOMPARE(flow.serviceCountryRegion(), u"SG"_s); // carried over, still editable
    flow.setAgreementAccepted(true);
    flow.setPromotions(true);
    QVERIFY(await(flow.enableServices()).ok());
    QVERIFY(flow.servicesEnabled());
    QCOMPARE(flow.account()->servicesStatus, ServicesStatus::Enabled);
    QVERIFY(flow.account()->promotions);
    QCOMPARE(flow.nextPage(SignUpFlow::EnablePage), SignUpFlow::MobilePage);

    QVERIFY(bindPhone(*backend.backend, flow, false, u"+6598765432"_s).ok());
    QCOMPARE(flow.account()->serviceMobile, u"+6598765432"_s);

    // R-ACC-18: the bank declines: the attempt is a Historical Cards row, nothing bound.
    QSignalSpy cardsChanged(&flow, &SignUpFlow::cardsChanged);
    fillCard(flow, GoodCard);
    flow.setBankResult(CardVerification::Declined);
    const Status declined = await(flow.bindCard());
    QVERIFY(!declined.ok());
    QCOMPARE(declined.error().rule, u"R-ACC-18"_s);
    QCOMPARE(declined.error().reason, u"bankDeclined"_s);
    QVERIFY(declined.error().field.isEmpty());
    QCOMPARE(flow.cards().size(), 1);
    QCOMPARE(flow.cards().first().result, CardVerification::Declined);
    QCOMPARE(flow.cards().first().maskedNumber, u"**** **** **** 1111"_s);
    QVERIFY(!flow.cardBound());
    QCOMPARE(cardsChanged.count(), 1);

    // Then it approves: post-payment qualification.
    flow.setBankResult(CardVerification::Approved);
    QVERIFY(await(flow.bindCard()).ok());
    QVERIFY(flow.cardBound());
    QCOMPARE(flow.cards().size(), 2);
    QVERIFY(flow.account()->postPayment);

    // The done page's reload sees the same, from the store.
    SignUpFlow again(backend.backend.get());
    again.setDefault(SignUpFlow::AccountIdKey, flow.accountId());
    QVERIFY(await(again.loadAccount()).ok());
    QVERIFY(again.cardBound());
    QVERIFY(again.servicesEnabled());
    QCOMPARE(again.cards().size(), 2);
    QCOMPARE(again.cards().first().result, CardVerification::Approved);
    QCOMPARE(again.account()->serviceMobile, u"+6598765432"_s);
}

void TestSignUpFlow::R_ACC_16_enableLaterLeavesTheAccountNotEnabled()
{
    TestBackend backend(true);
    SignUpFlow flow(backend.backend.get());
    QVERIFY(signUp(*backend.backend, flow, u"later@example.com"_s).ok());
    flow.skipSecurityPhone();
    QVERIFY(await(flow.bindSecurityPhone()).ok()); // nothing to do
    flow.enableLater();
    QVERIFY(await(flow.enableServices()).ok()); // nothing to do
    QCOMPARE(flow.nextPage(SignUpFlow::EnablePage), SignUpFlow::DonePage);
    QVERIFY(await(flow.loadAccount()).ok());
    QCOMPARE(flow.account()->servicesStatus, ServicesStatus::NotEnabled);
    QVERIFY(flow.account()->securityPhone.isEmpty());
}

// R-ACC-5: the country chosen at sign-up may still change on the Enable page; enabling
// fixes the one chosen there.
void TestSignUpFlow::R_ACC_5_countryStillEditableUntilEnabled()
{
    TestBackend backend(true);
    SignUpFlow flow(backend.backend.get());
    flow.setCountryRegion(u"SG"_s);
    QVERIFY(signUp(*backend.backend, flow, u"moved@example.com"_s).ok());
    flow.setServiceCountryRegion(u"MY"_s);
    flow.setAgreementAccepted(true);
    QVERIFY(await(flow.enableServices()).ok());
    QCOMPARE(flow.account()->countryRegion, u"MY"_s);
}

void TestSignUpFlow::refusalsLandOnTheirField()
{
    TestBackend backend(true);
    // R-ACC-1: the email of an existing HUAWEI ID.
    const QString buyer =
        huaweiAccountIdOf(*backend.backend, QString::fromUtf8(demo::cast::BuyerLogin));
    const auto detail = await(backend->huaweiAccount(buyer));
    QVERIFY(detail.ok());
    SignUpFlow taken(backend.backend.get());
    const Status refused = signUp(*backend.backend, taken, detail->account.email.toUpper());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().rule, u"R-ACC-1"_s);
    QCOMPARE(refused.error().reason, u"idTaken"_s);
    QVERIFY(taken.error(SignUpFlow::EmailKey).has_value());
    QVERIFY(taken.accountId().isEmpty());

    // R-VC-1: a wrong code lands on the code.
    SignUpFlow wrong(backend.backend.get());
    wrong.setEmail(u"wrong.code@example.com"_s);
    wrong.setPassword(u"Passw0rd2026"_s);
    QVERIFY(await(backend->sendCode(Channel::Email, u"wrong.code@example.com"_s,
                                    QString::fromLatin1(CodePurpose::SignUp)))
                .ok());
    const QString code = latestCode(*backend.backend, u"wrong.code@example.com"_s);
    wrong.setCode(code == u"000000" ? u"111111"_s : u"000000"_s);
    const Status wrongCode = await(wrong.signUp());
    QVERIFY(!wrongCode.ok());
    QCOMPARE(wrongCode.error().rule, u"R-VC-1"_s);
    QVERIFY(wrong.error(SignUpFlow::CodeKey).has_value());

    // The security phone step's "mobile" and "code" land on its own fields.
    SignUpFlow phone(backend.backend.get());
    QVERIFY(signUp(*backend.backend, phone, u"phone@example.com"_s).ok());
    QVERIFY(await(backend->sendCode(Channel::Sms, u"+8613800138000"_s,
                                    QString::fromLatin1(CodePurpose::SecurityPhone)))
                .ok());
    phone.setSecurityPhone(u"+8613800138000"_s);
    const QString smsCode = latestCode(*backend.backend, u"+8613800138000"_s);
    phone.setSecurityPhoneCode(smsCode == u"000000" ? u"111111"_s : u"000000"_s);
    const Status wrongSms = await(phone.bindSecurityPhone());
    QVERIFY(!wrongSms.ok());
    QCOMPARE(wrongSms.error().rule, u"R-VC-1"_s);
    QVERIFY(phone.error(SignUpFlow::SecurityCodeKey).has_value());
    QVERIFY(!phone.error(SignUpFlow::CodeKey).has_value());

    // R-ACC-17 / R-ACC-16: no service mobile before services are enabled.
    QVERIFY(await(backend->sendCode(Channel::Sms, u"+8613900139000"_s,
                                    QString::fromLatin1(CodePurpose::ServiceMobile)))
                .ok());
    phone.setMobile(u"+8613900139000"_s);
    phone.setMobileCode(latestCode(*backend.backend, u"+8613900139000"_s));
    const Status notEnabled = await(phone.bindMobile());
    QVERIFY(!notEnabled.ok());
    QCOMPARE(notEnabled.error().rule, u"R-ACC-16"_s);
    QCOMPARE(notEnabled.error().reason, u"notEnabled"_s);
}

void TestSignUpFlow::draftKeepsNoSecretButTheAccount()
{
    TestBackend backend(true);
    SignUpFlow flow(backend.backend.get());
    QVERIFY(signUp(*backend.backend, flow, u"draft@example.com"_s).ok());
    fillCard(flow, GoodCard);
    const QJsonObject draft = flow.toDraft();
    QVERIFY(!draft.contains(QString(SignUpFlow::PasswordKey)));
    QVERIFY(!draft.contains(QString(SignUpFlow::CardNumberKey)));
    QVERIFY(!draft.contains(QString(SignUpFlow::SecurityCodeCardKey)));
    QCOMPARE(draft.value(QString(SignUpFlow::AccountIdKey)).toString(), flow.accountId());
    QCOMPARE(draft.value(QString(SignUpFlow::HolderKey)).toString(), u"Chen Xiaoyu"_s);

    // A resumed wizard goes on with the account, and does not sign up again.
    SignUpFlow resumed(backend.backend.get());
    resumed.restoreDraft(draft);
    QCOMPARE(resumed.accountId(), flow.accountId());
    QVERIFY(await(resumed.signUp()).ok());
    QCOMPARE(resumed.accountId(), flow.accountId());
}

QTEST_GUILESS_MAIN(TestSignUpFlow)
#include "test_signup_flow.moc"
