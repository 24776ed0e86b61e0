// D-LOGIN's flow without any widget (issue 17): HuaweiLoginFlow over the suite's backend (a
// LocalBackend, or a RemoteBackend on a billing-api process) on a private copy of the demo,
// in a QCoreApplication. What each page needs before Next, the branching (code or trusted
// device, the channel choice, the website account's binding, the Enable page), what each
// step learns and where a refusal lands (R-ACC-16, R-ACC-19, R-CLS-2, R-VC-1).

#include "DomainPrinting.h"
#include "TestSupport.h"
#include "gui/wizards/huaweilogin/HuaweiLoginFlow.h"
#include "store/HuaweiAccountRepository.h"

#include <QJsonDocument>
#include <QSignalSpy>

using namespace oc;
using namespace oc::gui;
using namespace oc::test;
using namespace Qt::StringLiterals;

namespace {

const QString Password = u"Passw0rd2026"_s;

struct Customer
{
    QString accountId;
    QString email;
    QString phone;
};

Customer signUp(Backend &backend, const QString &email, const QString &phone)
{
    return {signUpHuaweiId(backend, email, Password, phone), email, phone};
}

// The code of the password step sent to `channel` and typed into the flow (a minute after
// the last code to anywhere: R-VC-1 sends one per minute per destination).
Status obtainCode(Backend &backend, HuaweiLoginFlow &flow, Channel channel)
{
    if (const auto advanced = await(backend.advanceClock(ClockStep::Minute)); !advanced.ok())
        return advanced.error();
    flow.setChannel(channel);
    const QString to = flow.destination(channel);
    const auto sent =
        await(backend.sendCode(channel, to, QString::fromLatin1(CodePurpose::HuaweiLogin)));
    if (!sent.ok())
        return sent.error();
    flow.setCode(latestCode(backend, to));
    return okStatus();
}

} // namespace

class TestHuaweiLoginFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { OC_REQUIRE_STORE(); }
    void signInPageMessages();
    void R_ACC_19_passwordCodeTrustThenEnable();
    void R_ACC_19_trustedDeviceNeedsNoCode();
    void R_ACC_19_onlyTheBoundChannel();
    void R_ACC_19_refusalsLandOnTheirField();
    void R_CLS_2_disabledAccountRefused();
    void R_ACC_19_websiteAccountBindsOnFirstLogin();
    void R_ACC_19_websiteAccountBindsToAnExistingId();
    void draftKeepsNoSecret();
};

void TestHuaweiLoginFlow::signInPageMessages()
{
    TestBackend backend(true);
    HuaweiLoginFlow flow(backend.backend.get(), u"device-a"_s);
    QVERIFY(!flow.isReady(HuaweiLoginFlow::SignInPage));
    QList<Error> errors = flow.messages(HuaweiLoginFlow::SignInPage);
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0), makeError(u"E-REQUIRED"_s, u"identifier"_s, u"required"_s));
    QCOMPARE(errors.at(1), makeError(u"E-REQUIRED"_s, u"password"_s, u"required"_s));
    flow.setIdentifier(u"someone@example.com"_s);
    flow.setPassword(Password);
    QVERIFY(flow.isReady(HuaweiLoginFlow::SignInPage));
    QVERIFY(flow.messages(HuaweiLoginFlow::SignInPage).isEmpty());
    // The website account's tab asks for its own fields.
    flow.setMethod(HuaweiLoginFlow::Method::Website);
    QVERIFY(!flow.isReady(HuaweiLoginFlow::SignInPage));
    errors = flow.messages(HuaweiLoginFlow::SignInPage);
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0).field, u"websiteName"_s);
    QCOMPARE(errors.at(1).field, u"websitePassword"_s);
}

// R-ACC-19: identifier and password, then the code to the chosen channel, then "Trust this
// browser?"; a not-enabled account goes on to the Enable page (R-ACC-16).
void TestHuaweiLoginFlow::R_ACC_19_passwordCodeTrustThenEnable()
{
    TestBackend backend(true);
    const Customer c = signUp(*backend.backend, u"login.flow@example.com"_s, u"+8613900001111"_s);
    QVERIFY(!c.accountId.isEmpty());
    HuaweiLoginFlow flow(backend.backend.get(), u"device-a"_s);
    // The security phone is an identifier (the service mobile number is not: R-ACC-17).
    flow.setIdentifier(c.phone);
    flow.setPassword(Password);
    QSignalSpy challenged(&flow, &HuaweiLoginFlow::challenged);
    QVERIFY(await(flow.signIn()).ok());
    QCOMPARE(challenged.count(), 1);
    QVERIFY(flow.challenge().has_value());
    QCOMPARE(flow.challenge()->accountId, c.accountId);
    QVERIFY(flow.challenge()->codeRequired);
    QVERIFY(flow.channelChoice()); // both bound: the user chooses
    QVERIFY(!flow.isSignedIn());
    QCOMPARE(flow.nextPage(HuaweiLoginFlow::SignInPage), HuaweiLoginFlow::CodePage);

    QVERIFY(obtainCode(*backend.backend, flow, Channel::Email).ok());
    QVERIFY(flow.isReady(HuaweiLoginFlow::CodePage));
    QVERIFY(await(flow.checkCode()).ok());
    QCOMPARE(flow.nextPage(HuaweiLoginFlow::CodePage), HuaweiLoginFlow::TrustPage);
    flow.setTrustDevice(true);
    QSignalSpy signedIn(&flow, &HuaweiLoginFlow::signedIn);
    QVERIFY(await(flow.logIn()).ok());
    QCOMPARE(signedIn.count(), 1);
    QVERIFY(flow.isSignedIn());
    QCOMPARE(flow.accountId(), c.accountId);
    QVERIFY(flow.result()->deviceTrusted);
    QCOMPARE(flow.nextPage(HuaweiLoginFlow::TrustPage), HuaweiLoginFlow::EnablePage);

    // R-ACC-16: the agreement is required; then Enable fixes the country.
    QCOMPARE(flow.messages(HuaweiLoginFlow::EnablePage).size(), 1);
    QCOMPARE(flow.messages(HuaweiLoginFlow::EnablePage).first().rule, u"R-ACC-16"_s);
    flow.setServiceCountryRegion(u"SG"_s);
    flow.setAgreementAccepted(true);
    QVERIFY(await(flow.enableServices()).ok());
    QCOMPARE(flow.result()->account->servicesStatus, ServicesStatus::Enabled);
    QCOMPARE(flow.nextPage(HuaweiLoginFlow::EnablePage), HuaweiLoginFlow::DonePage);
    const auto detail = await(backend->huaweiAccount(c.accountId));
    QVERIFY(detail.ok());
    QCOMPARE(detail->account.servicesStatus, ServicesStatus::Enabled);
    QCOMPARE(detail->account.countryRegion, u"SG"_s);
}

// R-ACC-19: TRUST on one device skips the code there, not on another; Don't trust keeps it.
void TestHuaweiLoginFlow::R_ACC_19_trustedDeviceNeedsNoCode()
{
    TestBackend backend(true);
    const Customer c =
        signUp(*backend.backend, u"trusted.device@example.com"_s, u"+8613900002222"_s);
    QVERIFY(!c.accountId.isEmpty());
    const auto logInOnce = [&](const QString &device, bool trust) {
        HuaweiLoginFlow flow(backend.backend.get(), device);
        flow.setIdentifier(c.email.toUpper()); // whatever its letter case
        flow.setPassword(Password);
        if (!await(flow.signIn()).ok() || !obtainCode(*backend.backend, flow, Channel::Sms).ok())
            return false;
        flow.setTrustDevice(trust);
        return await(flow.logIn()).ok() && flow.result()->deviceTrusted == trust;
    };
    QVERIFY(logInOnce(u"device-untrusted"_s, false));
    QVERIFY(logInOnce(u"device-trusted"_s, true));

    HuaweiLoginFlow again(backend.backend.get(), u"device-trusted"_s);
    again.setIdentifier(c.email);
    again.setPassword(Password);
    QVERIFY(await(again.signIn()).ok());
    QVERIFY(!again.challenge()->codeRequired);
    QVERIFY(again.isSignedIn()); // the password was all it took
    QCOMPARE(again.nextPage(HuaweiLoginFlow::SignInPage), HuaweiLoginFlow::EnablePage);

    HuaweiLoginFlow other(backend.backend.get(), u"device-untrusted"_s);
    other.setIdentifier(c.email);
    other.setPassword(Password);
    QVERIFY(await(other.signIn()).ok());
    QVERIFY(other.challenge()->codeRequired);
    QVERIFY(!other.isSignedIn());
    QCOMPARE(other.nextPage(HuaweiLoginFlow::SignInPage), HuaweiLoginFlow::CodePage);
}

// R-ACC-19: with only an email bound the code goes there, and SMS has nowhere to go.
void TestHuaweiLoginFlow::R_ACC_19_onlyTheBoundChannel()
{
    TestBackend backend(true);
    const Customer c = signUp(*backend.backend, u"email.only@example.com"_s, QString());
    QVERIFY(!c.accountId.isEmpty());
    HuaweiLoginFlow flow(backend.backend.get(), u"device-a"_s);
    flow.setIdentifier(c.email);
    flow.setPassword(Password);
    QVERIFY(await(flow.signIn()).ok());
    QVERIFY(!flow.channelChoice());
    QCOMPARE(flow.channel(), Channel::Email); // the only one bound, chosen for the user
    flow.setChannel(Channel::Sms);
    flow.setCode(u"123456"_s);
    const QList<Error> errors = flow.messages(HuaweiLoginFlow::CodePage);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first(), makeError(u"R-ACC-19"_s, u"channel"_s, u"unbound"_s));
}

void TestHuaweiLoginFlow::R_ACC_19_refusalsLandOnTheirField()
{
    TestBackend backend(true);
    const Customer c = signUp(*backend.backend, u"refusals@example.com"_s, u"+8613900003333"_s);
    QVERIFY(!c.accountId.isEmpty());
    HuaweiLoginFlow flow(backend.backend.get(), u"device-a"_s);
    flow.setIdentifier(c.email);
    flow.setPassword(u"Wrong0password"_s);
    Status status = await(flow.signIn());
    QVERIFY(!status.ok());
    QCOMPARE(status.error().rule, u"R-ACC-19"_s);
    QCOMPARE(flow.error(u"password"_s)->reason, u"wrongPassword"_s);

    // A wrong code lands on the code (R-VC-1), and nothing is signed in.
    flow.setPassword(Password);
    QVERIFY(await(flow.signIn()).ok());
    QVERIFY(obtainCode(*backend.backend, flow, Channel::Sms).ok());
    flow.setCode(u"000000"_s == latestCode(*backend.backend, c.phone) ? u"111111"_s : u"000000"_s);
    status = await(flow.checkCode());
    QVERIFY(!status.ok());
    QCOMPARE(status.error().rule, u"R-VC-1"_s);
    QVERIFY(flow.error(u"code"_s).has_value());
    QVERIFY(!flow.isSignedIn());

    // Five wrong passwords in a row lock the login (throttled lands on the identifier).
    for (int i = 0; i < 5; ++i) {
        flow.setPassword(u"Wrong0password"_s);
        (void)await(flow.signIn());
    }
    flow.setPassword(Password);
    status = await(flow.signIn());
    QVERIFY(!status.ok());
    QCOMPARE(status.error().reason, u"throttled"_s);
    QVERIFY(flow.error(u"identifier"_s).has_value());
}

// R-CLS-2 (R-CLS-5): a disabled account cannot sign in, even with the right password.
void TestHuaweiLoginFlow::R_CLS_2_disabledAccountRefused()
{
    TestBackend backend(true);
    const Customer c = signUp(*backend.backend, u"disabled@example.com"_s, QString());
    QVERIFY(!c.accountId.isEmpty());
    {
        // W-CLOSE is not built yet: disable the account's services directly.
        auto db = openStore(backend.database());
        store::HuaweiAccountRepository(*db).setServices(c.accountId, ServicesStatus::Disabled,
                                                        QDateTime::currentDateTimeUtc(), {});
    }
    HuaweiLoginFlow flow(backend.backend.get(), u"device-a"_s);
    flow.setIdentifier(c.email);
    flow.setPassword(Password);
    const Status status = await(flow.signIn());
    QVERIFY(!status.ok());
    QCOMPARE(status.error().rule, u"R-CLS-2"_s);
    QCOMPARE(status.error().reason, u"disabled"_s);
    QVERIFY(flow.error(u"identifier"_s).has_value());
    QVERIFY(!flow.isSignedIn());
}

// R-ACC-19: a website account's first login binds it — here to a new Huawei Cloud account
// (Create and Bind), which then also signs in by its name; later logins go straight in.
void TestHuaweiLoginFlow::R_ACC_19_websiteAccountBindsOnFirstLogin()
{
    TestBackend backend(true);
    const auto created = await(backend->createWebsiteAccount({u"web.flow"_s, Password, u"CN"_s}));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().reason));
    HuaweiLoginFlow flow(backend.backend.get(), u"device-a"_s);
    flow.setMethod(HuaweiLoginFlow::Method::Website);
    flow.setWebsiteName(u"web.flow"_s);
    flow.setWebsitePassword(Password);
    QVERIFY(await(flow.signIn()).ok());
    QVERIFY(flow.bindRequired());
    QVERIFY(!flow.isSignedIn());
    QCOMPARE(flow.nextPage(HuaweiLoginFlow::SignInPage), HuaweiLoginFlow::BindPage);

    flow.setBindMode(HuaweiLoginFlow::BindMode::CreateNew);
    QVERIFY(!flow.isReady(HuaweiLoginFlow::BindPage));
    flow.setAccountName(u"webflow_new"_s);
    flow.setMobile(u"+8613900004444"_s);
    QVERIFY(await(backend->sendCode(Channel::Sms, u"+8613900004444"_s,
                                    QString::fromLatin1(CodePurpose::WebsiteBind)))
                .ok());
    flow.setMobileCode(latestCode(*backend.backend, u"+8613900004444"_s));
    QVERIFY(flow.isReady(HuaweiLoginFlow::BindPage));
    const Status bound = await(flow.bind());
    QVERIFY2(bound.ok(), qPrintable(bound.ok() ? QString() : bound.error().reason));
    QVERIFY(flow.isSignedIn());
    QCOMPARE(flow.result()->account->loginId, u"webflow_new"_s);
    QCOMPARE(flow.result()->account->servicesStatus, ServicesStatus::NotEnabled);
    QCOMPARE(flow.nextPage(HuaweiLoginFlow::BindPage), HuaweiLoginFlow::EnablePage);
    flow.enableLater();
    QVERIFY(await(flow.enableServices()).ok()); // nothing to do
    QCOMPARE(flow.result()->account->servicesStatus, ServicesStatus::NotEnabled);

    // Later logins go straight in.
    HuaweiLoginFlow again(backend.backend.get(), u"device-a"_s);
    again.setMethod(HuaweiLoginFlow::Method::Website);
    again.setWebsiteName(u"WEB.FLOW"_s);
    again.setWebsitePassword(Password);
    QVERIFY(await(again.signIn()).ok());
    QVERIFY(again.isSignedIn());
    QCOMPARE(again.accountId(), flow.accountId());
    QCOMPARE(again.result()->websiteAccount.toLower(), u"web.flow"_s);

    // The new account signs in by its own name too (HUAWEI ID tab).
    HuaweiLoginFlow byName(backend.backend.get(), u"device-a"_s);
    byName.setIdentifier(u"webflow_new"_s);
    byName.setPassword(Password);
    QVERIFY(await(byName.signIn()).ok());
    QCOMPARE(byName.challenge()->accountId, flow.accountId());
}

void TestHuaweiLoginFlow::R_ACC_19_websiteAccountBindsToAnExistingId()
{
    TestBackend backend(true);
    const Customer c = signUp(*backend.backend, u"existing.id@example.com"_s, QString());
    QVERIFY(!c.accountId.isEmpty());
    QVERIFY(await(backend->createWebsiteAccount({u"web.existing"_s, Password, u"CN"_s})).ok());
    HuaweiLoginFlow flow(backend.backend.get(), u"device-a"_s);
    flow.setMethod(HuaweiLoginFlow::Method::Website);
    flow.setWebsiteName(u"web.existing"_s);
    flow.setWebsitePassword(Password);
    QVERIFY(await(flow.signIn()).ok());
    QVERIFY(flow.bindRequired());
    flow.setBindIdentifier(c.email);
    flow.setHuaweiPassword(u"Wrong0password"_s);
    Status status = await(flow.bind());
    QVERIFY(!status.ok());
    QVERIFY(flow.error(u"huaweiPassword"_s).has_value());
    QVERIFY(!flow.isSignedIn());
    flow.setHuaweiPassword(Password);
    status = await(flow.bind());
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().reason));
    QCOMPARE(flow.accountId(), c.accountId);
}

void TestHuaweiLoginFlow::draftKeepsNoSecret()
{
    TestBackend backend(true);
    HuaweiLoginFlow flow(backend.backend.get(), u"device-a"_s);
    flow.setIdentifier(u"someone@example.com"_s);
    flow.setPassword(u"Secret0password"_s);
    flow.setWebsitePassword(u"Secret1password"_s);
    flow.setHuaweiPassword(u"Secret2password"_s);
    const QByteArray draft = QJsonDocument(flow.toDraft()).toJson();
    QVERIFY(draft.contains("someone@example.com"));
    QVERIFY(!draft.contains("Secret"));
}

QTEST_GUILESS_MAIN(TestHuaweiLoginFlow)
#include "test_huawei_login_flow.moc"
