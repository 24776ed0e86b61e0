// D-LOGIN "Sign in to Huawei Cloud" through the asynchronous Backend (my-account.md §3, D.2,
// D.4 R-ACC-19): the HUAWEI ID tab (identifier kinds, the service mobile number that is none
// (R-ACC-17), wrong passwords counted and throttled, the code of the chosen channel (R-VC-1),
// trusted devices, disabled accounts (R-CLS-2, R-CLS-5), not enabled ones (R-ACC-16)) and the
// Huawei Website Account tab (making website accounts, the first login's binding to an
// existing or a new HUAWEI ID, later logins), on private copies of the demo story, each test
// asserting what the store holds afterwards.

#include "DomainPrinting.h"
#include "TestSupport.h"
#include "core/Validators.h"
#include "services/DemoStoryData.h"
#include "store/HuaweiAccountRepository.h"
#include "store/LoginFailureRepository.h"
#include "store/VerificationCodeRepository.h"
#include "store/WebsiteAccountRepository.h"

using namespace oc;
using namespace oc::test;
using namespace Qt::StringLiterals;

class TestHuaweiLogin : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { OC_REQUIRE_STORE(); }
    // the HUAWEI ID tab
    void R_ACC_19_eachIdentifierKind_data();
    void R_ACC_19_eachIdentifierKind();
    void R_ACC_17_serviceMobileIsNoIdentifier();
    void R_ACC_19_requiredFields();
    void R_ACC_19_wrongPasswordCountedAndJournaled();
    void R_ACC_19_throttledAfterFiveLiftedAfterFifteenMinutes();
    void R_ACC_19_rightPasswordResetsCount();
    void R_CLS_2_disabledAccountRefused();
    void R_ACC_19_codeThenTrustedDeviceSkipsIt();
    void R_ACC_19_channelUnbound();
    void R_VC_1_wrongCodeCountedAndRefused();
    void R_ACC_16_notEnabledAccountSignsIn();
    // the Huawei Website Account tab
    void R_ACC_19_createWebsiteAccount();
    void R_ACC_19_createWebsiteAccountRefusals_data();
    void R_ACC_19_createWebsiteAccountRefusals();
    void R_ACC_19_websiteNameTakenWhateverItsCase();
    void R_ACC_19_racingWebsiteAccountsOneWins();
    void R_ACC_19_unboundWebsiteLoginRequiresBinding();
    void R_ACC_19_websiteLoginThrottled();
    void R_ACC_19_boundWebsiteLoginSignsIn();
    void R_ACC_19_bindExistingHuaweiId();
    void R_ACC_19_createAndBind();
    void R_ACC_19_createAndBindRefusals();
    void demoStory();
};

namespace {

const QString DemoPassword = QString::fromUtf8(demo::cast::Password);
const QString WebPassword = u"Uniportal2026"_s;

Error err(const char *rule, const char *field, const char *reason, QVariantMap args = {})
{
    return makeError(QString::fromUtf8(rule), QString::fromUtf8(field), QString::fromUtf8(reason),
                     std::move(args));
}

template<class T>
QString errorText(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().toString();
}

// The rule, field and reason of a refusal (the args, such as attempts left, aside).
template<class T>
Error refusal(const Result<T> &result)
{
    if (result.ok())
        return makeError(u"(accepted)"_s);
    return makeError(result.error().rule, result.error().field, result.error().reason);
}

QString cast(const char *name)
{
    return QString::fromUtf8(name);
}

HuaweiLoginRequest login(const QString &identifier, const QString &password,
                         const QString &deviceId = {})
{
    HuaweiLoginRequest r;
    r.identifier = identifier;
    r.password = password;
    r.deviceId = deviceId;
    return r;
}

QString sendCode(Backend &backend, Channel channel, const QString &destination, const char *purpose)
{
    const auto sent = await(backend.sendCode(channel, destination, QString::fromUtf8(purpose)));
    if (!sent.ok())
        qFatal("send code: %s", qPrintable(sent.error().toString()));
    return latestCode(backend, sent->destination);
}

// A different, well-formed code.
QString wrongCode(const QString &code)
{
    return code == u"000000" ? u"111111"_s : u"000000"_s;
}

qint64 scalar(store::Database &db, const QString &sql, const QVariantMap &binds = {})
{
    store::SqlQuery q(db, sql);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bind(it.key(), it.value());
    q.exec();
    return q.next() ? q.integer(0) : -1;
}

qint64 journalCount(Backend &backend, const QString &operation, const QString &target,
                    const QString &outcome = u"success"_s)
{
    return count(
        backend, view::Journal,
        {{column::Operation, operation}, {column::Target, target}, {column::Outcome, outcome}});
}

QDateTime now(Backend &backend)
{
    return await(backend.clock())->now;
}

using FailureKind = store::LoginFailureRepository::Kind;

std::pair<int, QDateTime> failures(TestBackend &b, FailureKind kind, const QString &subject)
{
    auto db = openStore(b.database());
    const auto f = store::LoginFailureRepository(*db).failures(kind, subject);
    return {f.failures, f.lockedUntil};
}

std::optional<store::WebsiteAccountRow> websiteRow(TestBackend &b, const QString &name)
{
    auto db = openStore(b.database());
    return store::WebsiteAccountRepository(*db).findByName(name);
}

std::pair<int, QDateTime> websiteFailures(TestBackend &b, const QString &name)
{
    const auto row = websiteRow(b, name);
    if (!row)
        qFatal("no website account %s", qPrintable(name));
    return failures(b, FailureKind::WebsiteAccount, QString::number(row->websiteAccountId));
}

HuaweiAccount accountOf(Backend &backend, const QString &accountId)
{
    const auto detail = await(backend.huaweiAccount(accountId));
    if (!detail.ok())
        qFatal("account: %s", qPrintable(detail.error().toString()));
    return detail->account;
}

WebsiteAccount createWebsite(Backend &backend, const QString &name,
                             const QString &password = WebPassword,
                             const QString &country = u"SG"_s)
{
    const auto made =
        await(backend.createWebsiteAccount(WebsiteAccountRequest{name, password, country}));
    if (!made.ok())
        qFatal("website account: %s", qPrintable(made.error().toString()));
    return *made;
}

BindWebsiteAccountRequest bindExisting(const QString &name, const QString &password,
                                       const QString &identifier, const QString &huaweiPassword)
{
    BindWebsiteAccountRequest r;
    r.name = name;
    r.password = password;
    r.identifier = identifier;
    r.huaweiPassword = huaweiPassword;
    return r;
}

BindWebsiteAccountRequest createAndBind(const QString &name, const QString &password,
                                        const QString &accountName, const QString &mobile,
                                        const QString &code)
{
    BindWebsiteAccountRequest r;
    r.name = name;
    r.password = password;
    r.createNew = true;
    r.accountName = accountName;
    r.mobile = mobile;
    r.code = code;
    return r;
}

// The demo's HUAWEI ID with both a security phone and an email (the channel choice).
struct Zhou
{
    QString accountId;
    QString phone;
    QString email;
};

Zhou zhou(Backend &backend)
{
    const QString id = huaweiAccountIdOf(backend, cast(demo::cast::IndividualLogin));
    const HuaweiAccount account = accountOf(backend, id);
    return {id, account.securityPhone, account.email};
}

// Everything a D-LOGIN call may change, counted.
struct Snapshot
{
    qint64 accounts = 0;
    qint64 websiteAccounts = 0;
    qint64 boundWebsiteAccounts = 0;
    qint64 trustedDevices = 0;
    qint64 successfulChanges = 0;
    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(TestBackend &b)
{
    Snapshot snap;
    snap.accounts = count(*b.backend, view::HuaweiAccounts);
    snap.successfulChanges = count(*b.backend, view::Journal, {{column::Outcome, u"success"_s}});
    auto db = openStore(b.database());
    snap.websiteAccounts = scalar(*db, u"SELECT count(*) FROM website_accounts"_s);
    snap.boundWebsiteAccounts =
        scalar(*db, u"SELECT count(*) FROM website_accounts WHERE account_id IS NOT NULL"_s);
    snap.trustedDevices = scalar(*db, u"SELECT count(*) FROM trusted_devices"_s);
    return snap;
}

char *toString(const Snapshot &s)
{
    return qstrdup(QStringLiteral("accounts %1 website %2 bound %3 devices %4 changes %5")
                       .arg(s.accounts)
                       .arg(s.websiteAccounts)
                       .arg(s.boundWebsiteAccounts)
                       .arg(s.trustedDevices)
                       .arg(s.successfulChanges)
                       .toUtf8()
                       .constData());
}

} // namespace

// ---- the HUAWEI ID tab -----------------------------------------------------------------------

// R-ACC-19: a security phone, email, login ID or tenant name, whatever its letter case.
void TestHuaweiLogin::R_ACC_19_eachIdentifierKind_data()
{
    QTest::addColumn<QString>("identifier");
    QTest::newRow("R-ACC-19 login ID") << u"zhoumingyuan"_s;
    QTest::newRow("R-ACC-19 login ID, other case") << u"  ZhouMingYuan "_s;
    QTest::newRow("R-ACC-19 email, other case") << u"ZHOU.MINGYUAN@163.com"_s;
    QTest::newRow("R-ACC-19 security phone") << u"+8618626173350"_s;
    QTest::newRow("R-ACC-19 security phone with spaces") << u"+86 186 2617-3350"_s;
    QTest::newRow("R-ACC-19 tenant name, other case") << u"zhou-STUDIO"_s;
}

void TestHuaweiLogin::R_ACC_19_eachIdentifierKind()
{
    QFETCH(QString, identifier);
    TestBackend b(true);
    const Zhou z = zhou(*b.backend);
    {
        // R-ACC-3: a tenant name other than the login ID (the demo's are the same).
        auto db = openStore(b.database());
        store::HuaweiAccountRepository(*db).setTenantName(z.accountId, u"zhoumingyuan"_s,
                                                          u"Zhou-Studio"_s, now(*b.backend));
    }
    const auto challenge = await(b->checkHuaweiLogin(login(identifier, DemoPassword)));
    QVERIFY2(challenge.ok(), qPrintable(errorText(challenge)));
    QCOMPARE(challenge->accountId, z.accountId);
    QCOMPARE(challenge->securityPhone, u"+8618626173350"_s);
    QCOMPARE(challenge->email, u"zhou.mingyuan@163.com"_s);
    QVERIFY(challenge->codeRequired);
    QCOMPARE(challenge->servicesStatus, ServicesStatus::Enabled);
}

// R-ACC-17: the service mobile number is no login identifier: the same answer as an unknown
// identifier.
void TestHuaweiLogin::R_ACC_17_serviceMobileIsNoIdentifier()
{
    TestBackend b(true);
    const QString lianyun = huaweiAccountIdOf(*b.backend, cast(demo::cast::BuyerLogin));
    const HuaweiAccount buyer = accountOf(*b.backend, lianyun);
    // Its HUAWEI ID has a mobile number of its own (R-ACC-14: both are shown).
    QVERIFY(!buyer.serviceMobile.isEmpty());
    QVERIFY(!buyer.securityPhone.isEmpty());
    QVERIFY(buyer.securityPhone != buyer.serviceMobile);
    QCOMPARE(await(b->checkHuaweiLogin(login(buyer.serviceMobile, DemoPassword))).error(),
             err("R-ACC-19", "password", "wrongPassword"));
    QCOMPARE(await(b->huaweiLogin(login(buyer.serviceMobile, DemoPassword))).error(),
             err("R-ACC-19", "password", "wrongPassword"));
    // Nothing was counted against the account (no account was named).
    QCOMPARE(failures(b, FailureKind::HuaweiId, lianyun).first, 0);
    QCOMPARE(journalCount(*b.backend, u"login"_s, buyer.serviceMobile, u"R-ACC-19"_s), 2);
    // Its email does log in.
    QVERIFY(await(b->checkHuaweiLogin(login(buyer.email, DemoPassword))).ok());
}

void TestHuaweiLogin::R_ACC_19_requiredFields()
{
    TestBackend b(true);
    const Snapshot before = snapshot(b);
    QCOMPARE(await(b->checkHuaweiLogin(login(u"  "_s, DemoPassword))).error(),
             err("E-REQUIRED", "identifier", "required"));
    QCOMPARE(await(b->checkHuaweiLogin(login(u"zhoumingyuan"_s, {}))).error(),
             err("E-REQUIRED", "password", "required"));
    QCOMPARE(await(b->huaweiLogin(login({}, DemoPassword))).error(),
             err("E-REQUIRED", "identifier", "required"));
    HuaweiLoginRequest trust = login(u"zhoumingyuan"_s, DemoPassword, u"  "_s);
    trust.trustDevice = true;
    QCOMPARE(await(b->huaweiLogin(trust)).error(), err("E-REQUIRED", "deviceId", "required"));
    QCOMPARE(await(b->websiteLogin(WebsiteLoginRequest{{}, WebPassword, {}})).error(),
             err("E-REQUIRED", "name", "required"));
    QCOMPARE(await(b->websiteLogin(WebsiteLoginRequest{u"sunli.uniportal"_s, {}, {}})).error(),
             err("E-REQUIRED", "password", "required"));
    QCOMPARE(snapshot(b), before);
}

// R-ACC-19: a wrong password is refused, counted and journaled although the login is refused;
// an unknown identifier gets the same answer.
void TestHuaweiLogin::R_ACC_19_wrongPasswordCountedAndJournaled()
{
    TestBackend b(true);
    const Zhou z = zhou(*b.backend);
    const Snapshot before = snapshot(b);
    QCOMPARE(await(b->checkHuaweiLogin(login(u"zhoumingyuan"_s, u"Wrong2026x"_s))).error(),
             err("R-ACC-19", "password", "wrongPassword"));
    QCOMPARE(failures(b, FailureKind::HuaweiId, z.accountId), (std::pair<int, QDateTime>{1, {}}));
    QCOMPARE(journalCount(*b.backend, u"login"_s, z.accountId, u"R-ACC-19"_s), 1);
    const auto journaled = rows(*b.backend, view::Journal,
                                {{column::Target, z.accountId}, {column::Outcome, u"R-ACC-19"_s}});
    QCOMPARE(journaled.size(), 1);
    QCOMPARE(journaled.first().value(column::Details).toString(), u"password:wrongPassword (1)"_s);
    QCOMPARE(journaled.first().value(column::ResourceType).toString(), u"accountCenter"_s);

    // huaweiLogin judges it again, and counts.
    QCOMPARE(await(b->huaweiLogin(login(u"zhou.mingyuan@163.com"_s, u"Wrong2026x"_s))).error(),
             err("R-ACC-19", "password", "wrongPassword"));
    QCOMPARE(failures(b, FailureKind::HuaweiId, z.accountId).first, 2);

    // Unknown: the same answer, journaled under what was typed.
    QCOMPARE(await(b->checkHuaweiLogin(login(u"nobody@example.com"_s, DemoPassword))).error(),
             err("R-ACC-19", "password", "wrongPassword"));
    QCOMPARE(journalCount(*b.backend, u"login"_s, u"nobody@example.com"_s, u"R-ACC-19"_s), 1);
    QCOMPARE(snapshot(b), before);
}

// R-ACC-19 (as R-ORG-6): five wrong passwords in a row lock the login for 15 minutes on the
// clock, the right password included; afterwards a wrong one starts a new count.
void TestHuaweiLogin::R_ACC_19_throttledAfterFiveLiftedAfterFifteenMinutes()
{
    TestBackend b(true);
    const Zhou z = zhou(*b.backend);
    const QDateTime start = now(*b.backend);
    for (int attempt = 1; attempt <= 4; ++attempt)
        QCOMPARE(await(b->checkHuaweiLogin(login(u"zhoumingyuan"_s, u"Wrong2026x"_s))).error(),
                 err("R-ACC-19", "password", "wrongPassword"));
    QCOMPARE(await(b->checkHuaweiLogin(login(z.phone, u"Wrong2026x"_s))).error(),
             err("R-ACC-19", "identifier", "throttled", {{u"minutes"_s, 15}}));
    QCOMPARE(failures(b, FailureKind::HuaweiId, z.accountId),
             (std::pair<int, QDateTime>{5, start.addSecs(15 * 60)}));

    // Locked: even the right password is refused, by any identifier, and not judged.
    QCOMPARE(await(b->checkHuaweiLogin(login(z.email, DemoPassword))).error(),
             err("R-ACC-19", "identifier", "throttled", {{u"minutes"_s, 15}}));
    QCOMPARE(await(b->huaweiLogin(login(u"zhoumingyuan"_s, DemoPassword))).error(),
             err("R-ACC-19", "identifier", "throttled", {{u"minutes"_s, 15}}));
    QVERIFY(await(b->advanceClock(ClockStep::Minute)).ok());
    QCOMPARE(await(b->checkHuaweiLogin(login(u"zhoumingyuan"_s, DemoPassword))).error(),
             err("R-ACC-19", "identifier", "throttled", {{u"minutes"_s, 14}}));
    QCOMPARE(failures(b, FailureKind::HuaweiId, z.accountId).first, 5);
    QCOMPARE(journalCount(*b.backend, u"login"_s, z.accountId, u"R-ACC-19"_s), 8);

    // The lock lifts after 15 minutes on the demo clock; a wrong password starts a new count.
    QVERIFY(await(b->advanceClock(ClockStep::Hour)).ok());
    QCOMPARE(await(b->checkHuaweiLogin(login(u"zhoumingyuan"_s, u"Wrong2026x"_s))).error(),
             err("R-ACC-19", "password", "wrongPassword"));
    QCOMPARE(failures(b, FailureKind::HuaweiId, z.accountId), (std::pair<int, QDateTime>{1, {}}));
    const auto ok = await(b->checkHuaweiLogin(login(u"zhoumingyuan"_s, DemoPassword)));
    QVERIFY2(ok.ok(), qPrintable(errorText(ok)));
    QCOMPARE(failures(b, FailureKind::HuaweiId, z.accountId), (std::pair<int, QDateTime>{0, {}}));
}

// R-ACC-19: the count is of wrong passwords in a row.
void TestHuaweiLogin::R_ACC_19_rightPasswordResetsCount()
{
    TestBackend b(true);
    const Zhou z = zhou(*b.backend);
    for (int attempt = 1; attempt <= 4; ++attempt)
        QCOMPARE(await(b->checkHuaweiLogin(login(u"zhoumingyuan"_s, u"Wrong2026x"_s))).error(),
                 err("R-ACC-19", "password", "wrongPassword"));
    QVERIFY(await(b->checkHuaweiLogin(login(u"zhoumingyuan"_s, DemoPassword))).ok());
    QCOMPARE(failures(b, FailureKind::HuaweiId, z.accountId).first, 0);
    for (int attempt = 1; attempt <= 4; ++attempt)
        QCOMPARE(await(b->checkHuaweiLogin(login(u"zhoumingyuan"_s, u"Wrong2026x"_s))).error(),
                 err("R-ACC-19", "password", "wrongPassword"));
    QCOMPARE(failures(b, FailureKind::HuaweiId, z.accountId).first, 4);
    // A full login resets it as well.
    HuaweiLoginRequest r = login(u"zhoumingyuan"_s, DemoPassword);
    r.channel = Channel::Email;
    r.code = sendCode(*b.backend, Channel::Email, z.email, CodePurpose::HuaweiLogin);
    const auto signedIn = await(b->huaweiLogin(r));
    QVERIFY2(signedIn.ok(), qPrintable(errorText(signedIn)));
    QCOMPARE(failures(b, FailureKind::HuaweiId, z.accountId).first, 0);
}

// R-CLS-2, R-CLS-5: no login once services are disabled, said only to the right password.
void TestHuaweiLogin::R_CLS_2_disabledAccountRefused()
{
    TestBackend b(true);
    const QString lin = huaweiAccountIdOf(*b.backend, cast(demo::cast::DisabledLogin));
    QCOMPARE(accountOf(*b.backend, lin).servicesStatus, ServicesStatus::Disabled);
    const Error disabled =
        err("R-CLS-2", "identifier", "disabled", {{u"disabledAt"_s, u"2026-02-18"_s}});
    QCOMPARE(await(b->checkHuaweiLogin(login(u"lindongmei"_s, DemoPassword))).error(), disabled);
    QCOMPARE(await(b->huaweiLogin(login(u"LIN.DONGMEI@126.com"_s, DemoPassword))).error(),
             disabled);
    QCOMPARE(journalCount(*b.backend, u"login"_s, lin, u"R-CLS-2"_s), 2);
    // A wrong password tells nothing about the account.
    QCOMPARE(await(b->checkHuaweiLogin(login(u"lindongmei"_s, u"Wrong2026x"_s))).error(),
             err("R-ACC-19", "password", "wrongPassword"));
    // Disabled without a known date: no date.
    {
        auto db = openStore(b.database());
        store::SqlQuery(*db, u"UPDATE huawei_accounts SET services_disabled_at = NULL WHERE "
                             "account_id = :id"_s)
            .bind(u":id"_s, lin)
            .exec();
    }
    QCOMPARE(await(b->checkHuaweiLogin(login(u"lindongmei"_s, DemoPassword))).error(),
             err("R-CLS-2", "identifier", "disabled"));
    QCOMPARE(journalCount(*b.backend, u"login"_s, lin), 0);
}

// R-ACC-19: the code to the chosen channel, then TRUST: that device needs no code any more,
// another one does.
void TestHuaweiLogin::R_ACC_19_codeThenTrustedDeviceSkipsIt()
{
    TestBackend b(true);
    const Zhou z = zhou(*b.backend);
    const QString device = u"console-7f3a"_s;
    const auto challenge =
        await(b->checkHuaweiLogin(login(u"zhoumingyuan"_s, DemoPassword, device)));
    QVERIFY2(challenge.ok(), qPrintable(errorText(challenge)));
    QVERIFY(challenge->codeRequired);
    QVERIFY(!challenge->securityPhone.isEmpty() && !challenge->email.isEmpty()); // a choice

    // Without the code: refused, nothing trusted.
    HuaweiLoginRequest r = login(u"zhoumingyuan"_s, DemoPassword, device);
    r.channel = Channel::Sms;
    r.trustDevice = true;
    QCOMPARE(await(b->huaweiLogin(r)).error(), err("E-REQUIRED", "code", "required"));
    // The code sent by SMS to the security phone (purpose huawei-login).
    r.code = sendCode(*b.backend, Channel::Sms, z.phone, CodePurpose::HuaweiLogin);
    const Snapshot before = snapshot(b);
    const auto signedIn = await(b->huaweiLogin(r));
    QVERIFY2(signedIn.ok(), qPrintable(errorText(signedIn)));
    QVERIFY(signedIn->account.has_value());
    QCOMPARE(signedIn->account->accountId, z.accountId);
    QVERIFY(signedIn->deviceTrusted);
    QVERIFY(!signedIn->bindRequired);
    QVERIFY(signedIn->websiteAccount.isEmpty());
    Snapshot after = before;
    after.trustedDevices += 1;
    after.successfulChanges += 1; // the login
    QCOMPARE(snapshot(b), after);
    const auto logins = rows(*b.backend, view::Journal,
                             {{column::Operation, u"login"_s},
                              {column::Target, z.accountId},
                              {column::Outcome, u"success"_s}});
    QCOMPARE(logins.size(), 2); // the demo's website login, and this one
    QCOMPARE(logins.first().value(column::ResourceType).toString(), u"accountCenter"_s);
    QCOMPARE(logins.first().value(column::Details).toString(), u"sms trustDevice"_s);
    QCOMPARE(logins.first().value(column::Actor).toString(), u"test"_s);

    // That device: no code.
    const auto trusted =
        await(b->checkHuaweiLogin(login(u"zhou.mingyuan@163.com"_s, DemoPassword, device)));
    QVERIFY(trusted.ok());
    QVERIFY(!trusted->codeRequired);
    const auto again = await(b->huaweiLogin(login(u"zhoumingyuan"_s, DemoPassword, device)));
    QVERIFY2(again.ok(), qPrintable(errorText(again)));
    QVERIFY(again->deviceTrusted);
    QCOMPARE(snapshot(b).trustedDevices, after.trustedDevices);

    // Another device, or the same device for another account: a code.
    QVERIFY(await(b->checkHuaweiLogin(login(u"zhoumingyuan"_s, DemoPassword, u"other"_s)))
                ->codeRequired);
    QCOMPARE(await(b->huaweiLogin(login(u"zhoumingyuan"_s, DemoPassword, u"other"_s))).error(),
             err("E-REQUIRED", "code", "required"));
    QVERIFY(
        await(b->checkHuaweiLogin(login(u"qiming-retail"_s, DemoPassword, device)))->codeRequired);
}

// R-ACC-19: the code goes to a bound destination only (qiming-retail has no security phone;
// the buyer has one since My Account, part 2).
void TestHuaweiLogin::R_ACC_19_channelUnbound()
{
    TestBackend b(true);
    const QString qiming = huaweiAccountIdOf(*b.backend, cast(demo::cast::OnboardedLogin));
    const auto challenge = await(b->checkHuaweiLogin(login(u"qiming-retail"_s, DemoPassword)));
    QVERIFY(challenge.ok());
    QVERIFY(challenge->securityPhone.isEmpty());
    HuaweiLoginRequest r = login(u"qiming-retail"_s, DemoPassword);
    r.channel = Channel::Sms;
    r.code = u"123456"_s;
    QCOMPARE(await(b->huaweiLogin(r)).error(), err("R-ACC-19", "channel", "unbound"));
    QCOMPARE(journalCount(*b.backend, u"login"_s, qiming, u"R-ACC-19"_s), 1);
    r.channel = Channel::Email;
    r.code = sendCode(*b.backend, Channel::Email, challenge->email, CodePurpose::HuaweiLogin);
    const auto signedIn = await(b->huaweiLogin(r));
    QVERIFY2(signedIn.ok(), qPrintable(errorText(signedIn)));
    QCOMPARE(signedIn->account->accountId, qiming);
}

// R-VC-1: a wrong code is counted and refused (field code); the right one is consumed once.
void TestHuaweiLogin::R_VC_1_wrongCodeCountedAndRefused()
{
    TestBackend b(true);
    const Zhou z = zhou(*b.backend);
    HuaweiLoginRequest r = login(u"zhoumingyuan"_s, DemoPassword);
    r.channel = Channel::Email;
    const QString code = sendCode(*b.backend, Channel::Email, z.email, CodePurpose::HuaweiLogin);
    r.code = wrongCode(code);
    QCOMPARE(refusal(await(b->huaweiLogin(r))), err("R-VC-1", "code", "wrong"));
    {
        auto db = openStore(b.database());
        const auto latest = store::VerificationCodeRepository(*db).latest(
            z.email, QString::fromLatin1(CodePurpose::HuaweiLogin));
        QVERIFY(latest.has_value());
        QCOMPARE(latest->attempts, 1);
        QVERIFY(!latest->consumed);
    }
    // A code of another purpose, or sent to the other channel, is no login code.
    r.channel = Channel::Sms;
    r.code = code;
    QCOMPARE(refusal(await(b->huaweiLogin(r))).rule, u"R-VC-1"_s);
    r.channel = Channel::Email;
    const auto signedIn = await(b->huaweiLogin(r));
    QVERIFY2(signedIn.ok(), qPrintable(errorText(signedIn)));
    QVERIFY(!signedIn->deviceTrusted);
    QCOMPARE(refusal(await(b->huaweiLogin(r))), err("R-VC-1", "code", "used"));
    QCOMPARE(journalCount(*b.backend, u"login"_s, z.accountId), 2); // demo's website login + 1
}

// R-ACC-16: services not enabled sign in (the console then offers Enable).
void TestHuaweiLogin::R_ACC_16_notEnabledAccountSignsIn()
{
    TestBackend b(true);
    const QString id = huaweiAccountIdOf(*b.backend, cast(demo::cast::NotEnabledLogin));
    const HuaweiAccount account = accountOf(*b.backend, id);
    const auto challenge = await(
        b->checkHuaweiLogin(login(QString::fromUtf8(demo::cast::NotEnabledLogin), DemoPassword)));
    QVERIFY2(challenge.ok(), qPrintable(errorText(challenge)));
    QCOMPARE(challenge->servicesStatus, ServicesStatus::NotEnabled);
    HuaweiLoginRequest r = login(account.securityPhone, DemoPassword);
    r.channel = Channel::Sms;
    r.code = sendCode(*b.backend, Channel::Sms, account.securityPhone, CodePurpose::HuaweiLogin);
    const auto signedIn = await(b->huaweiLogin(r));
    QVERIFY2(signedIn.ok(), qPrintable(errorText(signedIn)));
    QCOMPARE(signedIn->account->servicesStatus, ServicesStatus::NotEnabled);
    QCOMPARE(journalCount(*b.backend, u"login"_s, id), 1);
}

// ---- the Huawei Website Account tab ------------------------------------------------------------

void TestHuaweiLogin::R_ACC_19_createWebsiteAccount()
{
    TestBackend b(true);
    const Snapshot before = snapshot(b);
    const auto made = await(
        b->createWebsiteAccount(WebsiteAccountRequest{u"  Li.Lei_01 "_s, WebPassword, u"sg"_s}));
    QVERIFY2(made.ok(), qPrintable(errorText(made)));
    QCOMPARE(made->name, u"Li.Lei_01"_s);
    QCOMPARE(made->countryRegion, u"SG"_s);
    QVERIFY(made->accountId.isEmpty());
    QCOMPARE(made->createdAt, now(*b.backend));
    QVERIFY(!made->boundAt.isValid());
    Snapshot after = before;
    after.websiteAccounts += 1;
    after.successfulChanges += 1;
    QCOMPARE(snapshot(b), after);
    QCOMPARE(journalCount(*b.backend, u"createWebsiteAccount"_s, u"Li.Lei_01"_s), 1);
    const auto row = websiteRow(b, u"li.lei_01"_s);
    QVERIFY(row.has_value());
    QVERIFY(row->passwordHash.startsWith(u"$argon2id$"_s)); // never as given
}

void TestHuaweiLogin::R_ACC_19_createWebsiteAccountRefusals_data()
{
    QTest::addColumn<WebsiteAccountRequest>("request");
    QTest::addColumn<Error>("expected");
    const auto row = [](const char *name, const char *webName, const char *password,
                        const char *country, Error expected) {
        QTest::newRow(name) << WebsiteAccountRequest{QString::fromUtf8(webName),
                                                     QString::fromUtf8(password),
                                                     QString::fromUtf8(country)}
                            << expected;
    };
    const QVariantMap nameLimits{{u"min"_s, 3}, {u"max"_s, 32}};
    row("E-REQUIRED name", "", "Uniportal2026", "CN", err("E-REQUIRED", "name", "required"));
    row("R-ACC-19 name too short", "ab", "Uniportal2026", "CN",
        err("R-ACC-19", "name", "format", nameLimits));
    row("R-ACC-19 name with a space", "li lei", "Uniportal2026", "CN",
        err("R-ACC-19", "name", "format", nameLimits));
    row("R-ACC-19 name too long", "abcdefghijabcdefghijabcdefghijabc", "Uniportal2026", "CN",
        err("R-ACC-19", "name", "format", nameLimits));
    row("E-REQUIRED password", "li.lei", "", "CN", err("E-REQUIRED", "password", "required"));
    row("R-ACC-2 password too short", "li.lei", "Uni2026", "CN",
        err("R-ACC-2", "password", "tooShort", {{u"min"_s, 8}}));
    row("R-ACC-2 password without digits", "li.lei", "Uniportalxx", "CN",
        err("R-ACC-2", "password", "lettersAndDigits"));
    row("E-REQUIRED countryRegion", "li.lei", "Uniportal2026", "",
        err("E-REQUIRED", "countryRegion", "required"));
    row("R-ACC-5 country unknown", "li.lei", "Uniportal2026", "XX",
        err("R-ACC-5", "countryRegion", "unknown"));
}

void TestHuaweiLogin::R_ACC_19_createWebsiteAccountRefusals()
{
    QFETCH(WebsiteAccountRequest, request);
    QFETCH(Error, expected);
    TestBackend b(true);
    const Snapshot before = snapshot(b);
    QCOMPARE(await(b->createWebsiteAccount(request)).error(), expected);
    QCOMPARE(snapshot(b), before);
}

void TestHuaweiLogin::R_ACC_19_websiteNameTakenWhateverItsCase()
{
    TestBackend b(true);
    createWebsite(*b.backend, u"Web.User"_s);
    const Snapshot before = snapshot(b);
    QCOMPARE(
        await(b->createWebsiteAccount(WebsiteAccountRequest{u"web.USER"_s, WebPassword, u"CN"_s}))
            .error(),
        err("R-ACC-19", "name", "taken"));
    // The demo's, in other letter case.
    QCOMPARE(await(b->createWebsiteAccount(
                       WebsiteAccountRequest{u"SunLi.Uniportal"_s, WebPassword, u"CN"_s}))
                 .error(),
             err("R-ACC-19", "name", "taken"));
    QCOMPARE(snapshot(b), before);
}

// Two operators make the same name at once (two connections or servers on one store): one
// wins, the other is told the name is taken (its check sees the winner, or the unique index
// refuses it, on both stores).
void TestHuaweiLogin::R_ACC_19_racingWebsiteAccountsOneWins()
{
    TestBackend b(true);
    const std::unique_ptr<Backend> other = b.openSecondBackend();
    QVERIFY(other);
    auto first =
        b->createWebsiteAccount(WebsiteAccountRequest{u"twin.web"_s, WebPassword, u"CN"_s});
    auto second =
        other->createWebsiteAccount(WebsiteAccountRequest{u"TWIN.web"_s, WebPassword, u"SG"_s});
    const auto a = await(first);
    const auto c = await(second);
    QVERIFY2(a.ok() != c.ok(), qPrintable(errorText(a) + u'/' + errorText(c)));
    QCOMPARE((a.ok() ? c : a).error(), err("R-ACC-19", "name", "taken"));
    auto db = openStore(b.database());
    QCOMPARE(scalar(*db, u"SELECT count(*) FROM website_accounts WHERE lower(name) = 'twin.web'"_s),
             1);
}

// R-ACC-19: the first login of a website account must bind it; nothing else changes.
void TestHuaweiLogin::R_ACC_19_unboundWebsiteLoginRequiresBinding()
{
    TestBackend b(true);
    const QString sunli = cast(demo::cast::UnboundWebsiteAccount);
    const Snapshot before = snapshot(b);
    const auto first =
        await(b->websiteLogin(WebsiteLoginRequest{u"SUNLI.uniportal"_s, DemoPassword, {}}));
    QVERIFY2(first.ok(), qPrintable(errorText(first)));
    QVERIFY(first->bindRequired);
    QVERIFY(!first->account.has_value());
    QCOMPARE(first->websiteAccount, sunli);
    QVERIFY(!first->deviceTrusted);
    QCOMPARE(snapshot(b), before);

    // A wrong password, or an unknown name: one answer, and the first is counted.
    QCOMPARE(await(b->websiteLogin(WebsiteLoginRequest{sunli, u"Wrong2026x"_s, {}})).error(),
             err("R-ACC-19", "password", "wrongPassword"));
    QCOMPARE(websiteFailures(b, sunli).first, 1);
    QCOMPARE(journalCount(*b.backend, u"websiteLogin"_s, sunli, u"R-ACC-19"_s), 1);
    QCOMPARE(
        await(b->websiteLogin(WebsiteLoginRequest{u"no.such.web"_s, DemoPassword, {}})).error(),
        err("R-ACC-19", "password", "wrongPassword"));
    QCOMPARE(journalCount(*b.backend, u"websiteLogin"_s, u"no.such.web"_s, u"R-ACC-19"_s), 1);
    // The right password starts the count again.
    QVERIFY(await(b->websiteLogin(WebsiteLoginRequest{sunli, DemoPassword, {}}))->bindRequired);
    QCOMPARE(websiteFailures(b, sunli).first, 0);
}

void TestHuaweiLogin::R_ACC_19_websiteLoginThrottled()
{
    TestBackend b(true);
    const QString sunli = cast(demo::cast::UnboundWebsiteAccount);
    for (int attempt = 1; attempt <= 4; ++attempt)
        QCOMPARE(await(b->websiteLogin(WebsiteLoginRequest{sunli, u"Wrong2026x"_s, {}})).error(),
                 err("R-ACC-19", "password", "wrongPassword"));
    QCOMPARE(await(b->websiteLogin(WebsiteLoginRequest{sunli, u"Wrong2026x"_s, {}})).error(),
             err("R-ACC-19", "name", "throttled", {{u"minutes"_s, 15}}));
    QCOMPARE(await(b->websiteLogin(WebsiteLoginRequest{sunli, DemoPassword, {}})).error(),
             err("R-ACC-19", "name", "throttled", {{u"minutes"_s, 15}}));
    // Binding judges the same password, and is locked out the same.
    QCOMPARE(await(b->bindWebsiteAccount(
                       bindExisting(sunli, DemoPassword, u"lianyun-tech"_s, DemoPassword)))
                 .error(),
             err("R-ACC-19", "name", "throttled", {{u"minutes"_s, 15}}));
    QVERIFY(await(b->advanceClock(ClockStep::Hour)).ok());
    QVERIFY(await(b->websiteLogin(WebsiteLoginRequest{sunli, DemoPassword, {}}))->bindRequired);
    QCOMPARE(websiteFailures(b, sunli), (std::pair<int, QDateTime>{0, {}}));
}

// §3 "Later logins go straight in."
void TestHuaweiLogin::R_ACC_19_boundWebsiteLoginSignsIn()
{
    TestBackend b(true);
    const Zhou z = zhou(*b.backend);
    const QString web = cast(demo::cast::BoundWebsiteAccount);
    const qint64 loginsBefore = journalCount(*b.backend, u"login"_s, z.accountId);
    const auto signedIn = await(b->websiteLogin(WebsiteLoginRequest{web, DemoPassword, u"dev"_s}));
    QVERIFY2(signedIn.ok(), qPrintable(errorText(signedIn)));
    QVERIFY(!signedIn->bindRequired);
    QCOMPARE(signedIn->account->accountId, z.accountId);
    QCOMPARE(signedIn->websiteAccount, web);
    QVERIFY(!signedIn->deviceTrusted);
    QCOMPARE(journalCount(*b.backend, u"login"_s, z.accountId), loginsBefore + 1);
}

// R-ACC-19: bound on first use to an existing HUAWEI ID, whose credentials are judged like a
// login's.
void TestHuaweiLogin::R_ACC_19_bindExistingHuaweiId()
{
    TestBackend b(true);
    const QString web = createWebsite(*b.backend, u"li.lei"_s).name;
    const QString lianyun = huaweiAccountIdOf(*b.backend, cast(demo::cast::BuyerLogin));
    const Snapshot before = snapshot(b);

    // The required fields of the existing HUAWEI ID.
    QCOMPARE(await(b->bindWebsiteAccount(bindExisting(web, WebPassword, {}, DemoPassword))).error(),
             err("E-REQUIRED", "identifier", "required"));
    QCOMPARE(
        await(b->bindWebsiteAccount(bindExisting(web, WebPassword, u"lianyun-tech"_s, {}))).error(),
        err("E-REQUIRED", "huaweiPassword", "required"));
    // The website account's password, then the HUAWEI ID's, each counted where it belongs.
    QCOMPARE(await(b->bindWebsiteAccount(
                       bindExisting(web, u"Wrong2026x"_s, u"lianyun-tech"_s, DemoPassword)))
                 .error(),
             err("R-ACC-19", "password", "wrongPassword"));
    QCOMPARE(websiteFailures(b, web).first, 1);
    QCOMPARE(await(b->bindWebsiteAccount(
                       bindExisting(web, WebPassword, u"lianyun-tech"_s, u"Wrong2026x"_s)))
                 .error(),
             err("R-ACC-19", "huaweiPassword", "wrongPassword"));
    QCOMPARE(failures(b, FailureKind::HuaweiId, lianyun).first, 1);
    QCOMPARE(journalCount(*b.backend, u"bindWebsiteAccount"_s, lianyun, u"R-ACC-19"_s), 1);
    QCOMPARE(await(b->bindWebsiteAccount(
                       bindExisting(web, WebPassword, u"nobody@example.com"_s, DemoPassword)))
                 .error(),
             err("R-ACC-19", "huaweiPassword", "wrongPassword"));
    // A HUAWEI ID bound to a website account already (the demo's zhoumy.uniportal).
    QCOMPARE(await(b->bindWebsiteAccount(
                       bindExisting(web, WebPassword, u"zhou.mingyuan@163.com"_s, DemoPassword)))
                 .error(),
             err("R-ACC-19", "identifier", "alreadyBound"));
    // A disabled one (R-CLS-2).
    QCOMPARE(refusal(await(b->bindWebsiteAccount(
                 bindExisting(web, WebPassword, u"lindongmei"_s, DemoPassword)))),
             err("R-CLS-2", "identifier", "disabled"));
    QCOMPARE(snapshot(b), before);

    // Bound: signed in to it, both counts started again.
    const auto bound = await(b->bindWebsiteAccount(
        bindExisting(u"LI.LEI"_s, WebPassword, u"LIANYUN-TECH"_s, DemoPassword)));
    QVERIFY2(bound.ok(), qPrintable(errorText(bound)));
    QCOMPARE(bound->account->accountId, lianyun);
    QCOMPARE(bound->websiteAccount, web);
    QVERIFY(!bound->bindRequired);
    QCOMPARE(websiteFailures(b, web).first, 0);
    QCOMPARE(failures(b, FailureKind::HuaweiId, lianyun).first, 0);
    const auto row = websiteRow(b, web);
    QCOMPARE(row->accountId, lianyun);
    QCOMPARE(row->boundAt, now(*b.backend));
    QCOMPARE(journalCount(*b.backend, u"bindWebsiteAccount"_s, web), 1);
    QCOMPARE(journalCount(*b.backend, u"bindWebsiteAccount"_s, lianyun), 1);
    Snapshot after = before;
    after.boundWebsiteAccounts += 1;
    after.successfulChanges += 2;
    QCOMPARE(snapshot(b), after);

    // Bound already.
    QCOMPARE(await(b->bindWebsiteAccount(
                       bindExisting(web, WebPassword, u"qiming-retail"_s, DemoPassword)))
                 .error(),
             err("R-ACC-19", "name", "alreadyBound"));
    // Later logins go straight in.
    const auto later = await(b->websiteLogin(WebsiteLoginRequest{web, WebPassword, {}}));
    QVERIFY2(later.ok(), qPrintable(errorText(later)));
    QCOMPARE(later->account->accountId, lianyun);
    QCOMPARE(journalCount(*b.backend, u"login"_s, lianyun), 1);
}

// R-ACC-19 Create and Bind: a new HUAWEI ID named by the account name, its security phone the
// mobile number; later it logs in by either on the HUAWEI ID tab.
void TestHuaweiLogin::R_ACC_19_createAndBind()
{
    TestBackend b(true);
    const QString sunli = cast(demo::cast::UnboundWebsiteAccount);
    const QString mobile = u"+86 139 1234 5678"_s;
    const Snapshot before = snapshot(b);
    const QString code = sendCode(*b.backend, Channel::Sms, mobile, CodePurpose::WebsiteBind);
    const auto bound = await(
        b->bindWebsiteAccount(createAndBind(sunli, DemoPassword, u" SunLi-Shop "_s, mobile, code)));
    QVERIFY2(bound.ok(), qPrintable(errorText(bound)));
    QVERIFY(bound->account.has_value());
    const HuaweiAccount account = *bound->account;
    QCOMPARE(bound->websiteAccount, sunli);
    QVERIFY(validate::huaweiAccountId(account.accountId).ok()); // R-ID-1
    QCOMPARE(account.loginId, u"SunLi-Shop"_s);
    QCOMPARE(account.tenantName, u"SunLi-Shop"_s);
    QCOMPARE(account.email, QString());
    QCOMPARE(account.securityPhone, u"+8613912345678"_s);
    QVERIFY(account.serviceMobile.isEmpty()); // not the service mobile number (R-ACC-17)
    QCOMPARE(account.countryRegion, u"CN"_s);
    QCOMPARE(account.servicesStatus, ServicesStatus::NotEnabled);
    QVERIFY(!account.servicesEnabledAt.isValid());
    QCOMPARE(account.accountType, AccountType::Unset);
    QCOMPARE(account.authStatus, AuthStatus::Unauthenticated);
    QCOMPARE(accountOf(*b.backend, account.accountId), account);
    QCOMPARE(websiteRow(b, sunli)->accountId, account.accountId);
    Snapshot after = before;
    after.accounts += 1;
    after.boundWebsiteAccounts += 1;
    after.successfulChanges += 3 + 1; // createAccount, bindWebsiteAccount twice; the code sent
    QCOMPARE(snapshot(b), after);
    QCOMPARE(journalCount(*b.backend, u"bindWebsiteAccount"_s, account.accountId), 1);
    QCOMPARE(journalCount(*b.backend, u"bindWebsiteAccount"_s, sunli), 1);
    QCOMPARE(journalCount(*b.backend, u"createAccount"_s, account.accountId), 1);
    {
        auto db = openStore(b.database());
        const auto latest = store::VerificationCodeRepository(*db).latest(
            u"+8613912345678"_s, QString::fromLatin1(CodePurpose::WebsiteBind));
        QVERIFY(latest && latest->consumed);
        // The website account's password is the HUAWEI ID's (one hash).
        QCOMPARE(*store::HuaweiAccountRepository(*db).passwordHash(account.accountId),
                 websiteRow(b, sunli)->passwordHash);
    }

    // Later logins: the website account goes straight in ...
    const auto web = await(b->websiteLogin(WebsiteLoginRequest{sunli, DemoPassword, {}}));
    QVERIFY2(web.ok(), qPrintable(errorText(web)));
    QCOMPARE(web->account->accountId, account.accountId);
    // ... and the HUAWEI ID tab takes its name (any case) or its mobile number.
    for (const QString &identifier : {u"sunli-shop"_s, u"+86 139-1234-5678"_s}) {
        const auto challenge = await(b->checkHuaweiLogin(login(identifier, DemoPassword)));
        QVERIFY2(challenge.ok(), qPrintable(errorText(challenge)));
        QCOMPARE(challenge->accountId, account.accountId);
        QCOMPARE(challenge->email, QString());
        QCOMPARE(challenge->servicesStatus, ServicesStatus::NotEnabled);
    }
    HuaweiLoginRequest r = login(u"SUNLI-SHOP"_s, DemoPassword);
    r.channel = Channel::Email;
    QCOMPARE(await(b->huaweiLogin(r)).error(), err("R-ACC-19", "channel", "unbound")); // no email
    r.channel = Channel::Sms;
    QVERIFY(await(b->advanceClock(ClockStep::Minute)).ok()); // R-VC-1: one code a minute
    r.code = sendCode(*b.backend, Channel::Sms, mobile, CodePurpose::HuaweiLogin);
    const auto signedIn = await(b->huaweiLogin(r));
    QVERIFY2(signedIn.ok(), qPrintable(errorText(signedIn)));
    QCOMPARE(signedIn->account->accountId, account.accountId);

    // The Enable page follows (R-ACC-16); the card binding's notice by email goes nowhere
    // (no email), and no message to nobody is left in the Outbox.
    const auto enabled =
        await(b->enableServices(EnableServicesRequest{account.accountId, u"CN"_s, true, false}));
    QVERIFY2(enabled.ok(), qPrintable(errorText(enabled)));
    const auto card =
        await(b->bindCard(BindCardRequest{account.accountId, u"4111 1111 1111 1111"_s, u"Sun Li"_s,
                                          u"12/29"_s, u"123"_s, true, CardVerification::Approved}));
    QVERIFY2(card.ok(), qPrintable(errorText(card)));
    {
        auto db = openStore(b.database());
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM outbox WHERE destination = ''"_s), 0);
    }

    // A second HUAWEI ID without an email (the email key is partial, migration 0013).
    createWebsite(*b.backend, u"second.web"_s);
    const QString other = u"+8613700001111"_s;
    const auto second = await(b->bindWebsiteAccount(
        createAndBind(u"second.web"_s, WebPassword, u"second-shop"_s, other,
                      sendCode(*b.backend, Channel::Sms, other, CodePurpose::WebsiteBind))));
    QVERIFY2(second.ok(), qPrintable(errorText(second)));
    QCOMPARE(second->account->email, QString());
    QCOMPARE(second->account->countryRegion, u"SG"_s);
}

void TestHuaweiLogin::R_ACC_19_createAndBindRefusals()
{
    TestBackend b(true);
    const QString sunli = cast(demo::cast::UnboundWebsiteAccount);
    const QString mobile = u"+8613912345678"_s;
    const QString code = sendCode(*b.backend, Channel::Sms, mobile, CodePurpose::WebsiteBind);
    const Zhou z = zhou(*b.backend);
    const Snapshot before = snapshot(b);
    const QVariantMap nameLimits{{u"min"_s, 6}, {u"max"_s, 32}};
    const auto refused = [&](const QString &accountName, const QString &number,
                             const QString &withCode) {
        return await(b->bindWebsiteAccount(
            createAndBind(sunli, DemoPassword, accountName, number, withCode)));
    };
    QCOMPARE(refused({}, mobile, code).error(), err("E-REQUIRED", "accountName", "required"));
    QCOMPARE(refused(u"shop"_s, mobile, code).error(),
             err("R-ACC-19", "accountName", "format", nameLimits));
    QCOMPARE(refused(u"1shop-01"_s, mobile, code).error(),
             err("R-ACC-19", "accountName", "format", nameLimits));
    QCOMPARE(refused(u"sunli-shop"_s, {}, code).error(), err("E-REQUIRED", "mobile", "required"));
    QCOMPARE(refused(u"sunli-shop"_s, u"12345"_s, code).error(),
             err("R-ACC-4", "mobile", "format"));
    QCOMPARE(refused(u"sunli-shop"_s, mobile, {}).error(), err("E-REQUIRED", "code", "required"));
    // Taken as a login ID or a tenant name, whatever its case.
    QCOMPARE(refused(u"ZhouMingYuan"_s, mobile, code).error(),
             err("R-ACC-19", "accountName", "taken"));
    {
        auto db = openStore(b.database());
        store::HuaweiAccountRepository(*db).setTenantName(z.accountId, u"zhoumingyuan"_s,
                                                          u"Zhou-Studio"_s, now(*b.backend));
    }
    QCOMPARE(refused(u"zhou-studio"_s, mobile, code).error(),
             err("R-ACC-19", "accountName", "taken"));
    // Another HUAWEI ID's security phone: it would not name the new one alone.
    QCOMPARE(refused(u"sunli-shop"_s, u"+86 186 2617 3350"_s, code).error(),
             err("R-ACC-19", "mobile", "taken"));
    // Nothing of the above cost a code attempt; a wrong code does.
    QCOMPARE(refusal(refused(u"sunli-shop"_s, mobile, wrongCode(code))),
             err("R-VC-1", "code", "wrong"));
    // The website account's own password comes first.
    QCOMPARE(await(b->bindWebsiteAccount(
                       createAndBind(sunli, u"Wrong2026x"_s, u"sunli-shop"_s, mobile, code)))
                 .error(),
             err("R-ACC-19", "password", "wrongPassword"));
    QCOMPARE(snapshot(b), before);
    {
        auto db = openStore(b.database());
        const auto latest = store::VerificationCodeRepository(*db).latest(
            mobile, QString::fromLatin1(CodePurpose::WebsiteBind));
        QCOMPARE(latest->attempts, 1);
        QVERIFY(!latest->consumed);
    }
    // The code is of purpose website-bind: a login code is none.
    QVERIFY(await(b->advanceClock(ClockStep::Minute)).ok());
    const QString loginCode = sendCode(*b.backend, Channel::Sms, mobile, CodePurpose::HuaweiLogin);
    QCOMPARE(refusal(refused(u"sunli-shop"_s, mobile, loginCode)).rule, u"R-VC-1"_s);
    // Bound already: the demo's zhoumy.uniportal.
    QCOMPARE(await(b->bindWebsiteAccount(createAndBind(cast(demo::cast::BoundWebsiteAccount),
                                                       DemoPassword, u"zhou-shop"_s, mobile, code)))
                 .error(),
             err("R-ACC-19", "name", "alreadyBound"));
}

void TestHuaweiLogin::demoStory()
{
    TestBackend b(true);
    // A HUAWEI ID with both channels, enabled.
    const Zhou z = zhou(*b.backend);
    QVERIFY(!z.phone.isEmpty() && !z.email.isEmpty());
    QCOMPARE(accountOf(*b.backend, z.accountId).servicesStatus, ServicesStatus::Enabled);
    // The website accounts: one bound to it, one never used.
    const auto bound = websiteRow(b, cast(demo::cast::BoundWebsiteAccount));
    QVERIFY(bound.has_value());
    QCOMPARE(bound->accountId, z.accountId);
    QVERIFY(bound->boundAt.isValid());
    const auto unbound = websiteRow(b, cast(demo::cast::UnboundWebsiteAccount));
    QVERIFY(unbound.has_value());
    QVERIFY(unbound->accountId.isEmpty());
    QVERIFY(!unbound->boundAt.isValid());
    // The disabled account, with its date.
    const QString lin = huaweiAccountIdOf(*b.backend, cast(demo::cast::DisabledLogin));
    const HuaweiAccount disabled = accountOf(*b.backend, lin);
    QCOMPARE(disabled.servicesStatus, ServicesStatus::Disabled);
    auto db = openStore(b.database());
    QCOMPARE(store::HuaweiAccountRepository(*db).disabledAt(lin),
             QDateTime(QDate(2026, 2, 18), QTime(10, 0), ClockSteps::chinaTimeZone()).toUTC());
    QCOMPARE(count(*b.backend, view::HuaweiAccounts, {{column::ServicesStatus, u"disabled"_s}}), 1);
}

QTEST_GUILESS_MAIN(TestHuaweiLogin)
#include "test_huawei_login.moc"
