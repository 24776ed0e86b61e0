// W-SIGNUP through the asynchronous Backend (my-account.md §2, D.1): signing up for a
// HUAWEI ID, its security phone and service mobile number, enabling Huawei Cloud services and
// binding a card (R-ACC-1, R-ACC-2, R-ACC-4, R-ACC-5, R-ACC-16, R-ACC-17, R-ACC-18, R-VC-1),
// and a purchase of an account whose services are not enabled (R-MKT-1), on private copies of
// the demo story, each test asserting what the store holds afterwards.

#include "DomainPrinting.h"
#include "TestSupport.h"
#include "core/Validators.h"
#include "services/DemoStoryData.h"
#include "store/HuaweiAccountRepository.h"
#include "store/VerificationCodeRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace oc;
using namespace oc::test;
using namespace Qt::StringLiterals;

class TestSignUp : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { OC_REQUIRE_STORE(); }
    void R_ACC_16_signUpToPostPayment();
    void R_ACC_1_R_ACC_2_signUpFieldsChecked_data();
    void R_ACC_1_R_ACC_2_signUpFieldsChecked();
    void R_ACC_1_emailTaken();
    void R_VC_1_signUpCodeCountedAndConsumed();
    void R_ACC_4_bindPhoneRefusals();
    void R_ACC_17_serviceMobileNeedsServices();
    void R_ACC_16_enableServicesRefusals();
    void R_ACC_5_countryEditableUntilEnabled();
    void R_ACC_18_bindCardRefusals_data();
    void R_ACC_18_bindCardRefusals();
    void R_ACC_16_closedOrDisabledAccounts();
    void R_MKT_1_servicesNotEnabled();
    void demoStory();
};

namespace {

const QString Password = u"Signup2026"_s;
const QString UnknownAccount = u"0123456789abcdef0123456789abcdef"_s;

Error err(const char *rule, const char *field, const char *reason)
{
    return makeError(QString::fromUtf8(rule), QString::fromUtf8(field), QString::fromUtf8(reason));
}

// The rule, field and reason of a refusal (the args, such as attempts left, aside).
template<class T>
Error refusal(const Result<T> &result)
{
    if (result.ok())
        return makeError(u"(accepted)"_s);
    return makeError(result.error().rule, result.error().field, result.error().reason);
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

SignUpRequest signUpRequest(const QString &email, const QString &code, const QString &country)
{
    return SignUpRequest{country, email, code, Password};
}

// W-SIGNUP step 1 with a fresh code; fails the process when refused.
HuaweiAccount signUp(Backend &backend, const QString &email, const QString &country = u"CN"_s)
{
    const QString code = sendCode(backend, Channel::Email, email, CodePurpose::SignUp);
    const auto account = await(backend.signUp(signUpRequest(email, code, country)));
    if (!account.ok())
        qFatal("sign up: %s", qPrintable(account.error().toString()));
    return *account;
}

HuaweiAccount enable(Backend &backend, const QString &accountId, const QString &country = u"CN"_s)
{
    const auto account =
        await(backend.enableServices(EnableServicesRequest{accountId, country, true, false}));
    if (!account.ok())
        qFatal("enable: %s", qPrintable(account.error().toString()));
    return *account;
}

BindCardRequest cardRequest(const QString &accountId,
                            CardVerification result = CardVerification::Approved)
{
    return BindCardRequest{
        accountId, u"4111 1111 1111 1111"_s, u"  Li Hua  "_s, u"12/29"_s, u"123"_s, true, result};
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

// Everything a W-SIGNUP call may change, counted.
struct Snapshot
{
    qint64 accounts = 0;
    qint64 notEnabled = 0;
    qint64 cards = 0;
    qint64 outbox = 0;
    qint64 successfulChanges = 0;
    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(TestBackend &b)
{
    Snapshot snap;
    snap.accounts = count(*b.backend, view::HuaweiAccounts);
    snap.notEnabled =
        count(*b.backend, view::HuaweiAccounts, {{column::ServicesStatus, u"not_enabled"_s}});
    snap.outbox = count(*b.backend, view::Outbox);
    snap.successfulChanges = count(*b.backend, view::Journal, {{column::Outcome, u"success"_s}});
    auto db = openStore(b.database());
    snap.cards = scalar(*db, u"SELECT count(*) FROM payment_cards"_s);
    return snap;
}

// The newest code of `destination` for `purpose`: wrong attempts so far and whether it was
// consumed.
std::pair<qint64, bool> codeState(TestBackend &b, const QString &destination, const char *purpose)
{
    auto db = openStore(b.database());
    const auto latest =
        store::VerificationCodeRepository(*db).latest(destination, QString::fromUtf8(purpose));
    return latest ? std::pair<qint64, bool>{latest->attempts, latest->consumed}
                  : std::pair<qint64, bool>{-1, false};
}

HuaweiAccount accountOf(Backend &backend, const QString &accountId)
{
    const auto detail = await(backend.huaweiAccount(accountId));
    if (!detail.ok())
        qFatal("account: %s", qPrintable(detail.error().toString()));
    return detail->account;
}

void setServices(TestBackend &b, const QString &accountId, ServicesStatus status)
{
    auto db = openStore(b.database());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    store::HuaweiAccountRepository(*db).setServices(accountId, status, now, now.addDays(90));
}

QJsonObject paramsOf(const QVariantMap &message)
{
    return QJsonDocument::fromJson(message.value(column::Params).toString().toUtf8()).object();
}

} // namespace

// ---- the whole wizard ------------------------------------------------------------------

void TestSignUp::R_ACC_16_signUpToPostPayment()
{
    TestBackend b(true);
    const Snapshot before = snapshot(b);

    // Step 1 (R-ACC-1, R-ACC-2, R-VC-1): the email code, and the account.
    const QString email = u"Wu.Fang@Example.com"_s;
    const QString code = sendCode(*b.backend, Channel::Email, email, CodePurpose::SignUp);
    const auto signedUp = await(b->signUp(signUpRequest(u"  "_s + email, code, u"hk"_s)));
    QVERIFY2(signedUp.ok(), qPrintable(signedUp.ok() ? QString() : signedUp.error().toString()));
    const HuaweiAccount account = *signedUp;
    QVERIFY(validate::huaweiAccountId(account.accountId).ok()); // R-ID-1
    QVERIFY2(QRegularExpression(u"^hid_[a-z0-9]{12}$"_s).match(account.loginId).hasMatch(),
             qPrintable(account.loginId));
    QCOMPARE(account.tenantName, account.loginId);
    QVERIFY(validate::tenantName(account.tenantName).ok()); // R-ACC-3
    QCOMPARE(account.email, email);
    QCOMPARE(account.countryRegion, u"HK"_s);
    QCOMPARE(account.servicesStatus, ServicesStatus::NotEnabled);
    QVERIFY(!account.servicesEnabledAt.isValid());
    QCOMPARE(account.accountType, AccountType::Unset);
    QCOMPARE(account.authStatus, AuthStatus::Unauthenticated);
    QVERIFY(account.serviceMobile.isEmpty() && account.securityPhone.isEmpty());
    QVERIFY(!account.postPayment && !account.promotions);
    QCOMPARE(accountOf(*b.backend, account.accountId), account);
    QCOMPARE(codeState(b, email, CodePurpose::SignUp), (std::pair<qint64, bool>{0, true}));
    // The password is stored as an Argon2id hash, never as given.
    {
        auto db = openStore(b.database());
        store::SqlQuery q(*db,
                          u"SELECT password_hash FROM huawei_accounts WHERE account_id = :id"_s);
        q.bind(u":id"_s, account.accountId).exec();
        QVERIFY(q.next());
        QVERIFY(q.text(0).startsWith(u"$argon2id$"_s));
    }
    // The list shows it as not enabled.
    const auto listed =
        rows(*b.backend, view::HuaweiAccounts, {{column::AccountId, account.accountId}});
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().value(column::ServicesStatus).toString(), u"not_enabled"_s);

    // Step 2 (R-ACC-4): the security phone.
    const QString security = u"+852 9123 4567"_s;
    const QString securityCode =
        sendCode(*b.backend, Channel::Sms, security, CodePurpose::SecurityPhone);
    const auto secured = await(b->bindPhone(
        BindPhoneRequest{account.accountId, PhonePurpose::Security, security, securityCode}));
    QVERIFY2(secured.ok(), qPrintable(secured.ok() ? QString() : secured.error().toString()));
    QCOMPARE(secured->securityPhone, u"+85291234567"_s);
    QVERIFY(secured->serviceMobile.isEmpty()); // not the service number (R-ACC-17)
    QCOMPARE(secured->servicesStatus, ServicesStatus::NotEnabled);

    // Step 3 (R-ACC-16): enabled, with promotions, the country fixed from now on (R-ACC-5).
    const auto enabled = await(
        b->enableServices(EnableServicesRequest{account.accountId.toUpper(), u"SG"_s, true, true}));
    QVERIFY2(enabled.ok(), qPrintable(enabled.ok() ? QString() : enabled.error().toString()));
    QCOMPARE(enabled->servicesStatus, ServicesStatus::Enabled);
    QVERIFY(enabled->servicesEnabledAt.isValid());
    QCOMPARE(enabled->countryRegion, u"SG"_s);
    QVERIFY(enabled->promotions);
    QCOMPARE(enabled->securityPhone, u"+85291234567"_s);

    // Step 4a (R-ACC-17): the service mobile number.
    const QString mobile = u"+65 8123-4567"_s;
    const QString mobileCode =
        sendCode(*b.backend, Channel::Sms, mobile, CodePurpose::ServiceMobile);
    const auto bound = await(b->bindPhone(
        BindPhoneRequest{account.accountId, PhonePurpose::Service, mobile, mobileCode}));
    QVERIFY2(bound.ok(), qPrintable(bound.ok() ? QString() : bound.error().toString()));
    QCOMPARE(bound->serviceMobile, u"+6581234567"_s);
    QCOMPARE(bound->securityPhone, u"+85291234567"_s);

    // Step 4b (R-ACC-18): the bank declines a first card: a Historical Cards row, no
    // post-payment, and the customer is told.
    const auto declined =
        await(b->bindCard(cardRequest(account.accountId, CardVerification::InsufficientFunds)));
    QVERIFY2(declined.ok(), qPrintable(declined.ok() ? QString() : declined.error().toString()));
    QCOMPARE(declined->result, CardVerification::InsufficientFunds);
    QCOMPARE(declined->maskedNumber, u"**** **** **** 1111"_s);
    QCOMPARE(declined->holder, u"Li Hua"_s);
    QCOMPARE(declined->expiry, u"12/29"_s);
    QCOMPARE(declined->accountId, account.accountId);
    QVERIFY(declined->cardId > 0);
    QVERIFY(!accountOf(*b.backend, account.accountId).postPayment);

    // ... then approves another: post-payment.
    BindCardRequest second = cardRequest(account.accountId);
    second.cardNumber = u"5555-5555-5555-4444"_s;
    second.expiry = u"3/2026"_s; // this month still counts
    const auto approved = await(b->bindCard(second));
    QVERIFY2(approved.ok(), qPrintable(approved.ok() ? QString() : approved.error().toString()));
    QCOMPARE(approved->result, CardVerification::Approved);
    QCOMPARE(approved->expiry, u"03/26"_s);

    const auto detail = await(b->huaweiAccount(account.accountId));
    QVERIFY(detail.ok());
    QVERIFY(detail->account.postPayment);
    QCOMPARE(detail->cards.size(), 2); // Historical Cards, newest first
    QCOMPARE(detail->cards.at(0), *approved);
    QCOMPARE(detail->cards.at(1), *declined);
    // Only the masked number is stored; the security code never is.
    {
        auto db = openStore(b.database());
        QCOMPARE(scalar(*db,
                        u"SELECT count(*) FROM payment_cards WHERE account_id = :id AND "
                        "(masked_number LIKE '%1111' OR masked_number LIKE '%4444')"_s,
                        {{u":id"_s, account.accountId}}),
                 2);
    }

    // The Outbox: one message per attempt to the account's email (kind, maskedNumber, result).
    const auto rejectedMail =
        rows(*b.backend, view::Outbox,
             {{column::Kind, u"cardRejected"_s}, {column::Destination, email}});
    QCOMPARE(rejectedMail.size(), 1);
    QCOMPARE(paramsOf(rejectedMail.first()).value(u"maskedNumber"_s).toString(),
             u"**** **** **** 1111"_s);
    QCOMPARE(paramsOf(rejectedMail.first()).value(u"result"_s).toString(), u"insufficient_funds"_s);
    const auto boundMail = rows(*b.backend, view::Outbox,
                                {{column::Kind, u"cardBound"_s}, {column::Destination, email}});
    QCOMPARE(boundMail.size(), 1);
    QCOMPARE(paramsOf(boundMail.first()).value(u"result"_s).toString(), u"approved"_s);

    // R-AUD-1: each step journaled against the account, under resource type accountCenter,
    // by the operator who did it.
    for (const auto &[operation, times] :
         {std::pair{u"signUp"_s, 1}, std::pair{u"bindSecurityPhone"_s, 1},
          std::pair{u"enableServices"_s, 1}, std::pair{u"changePhone"_s, 1},
          std::pair{u"bindCard"_s, 2}})
        QCOMPARE(journalCount(*b.backend, operation, account.accountId), times);
    for (const JournalEntry &trace : detail->traces) {
        QCOMPARE(trace.resourceType, u"accountCenter"_s);
        QCOMPARE(trace.actor, u"test"_s);
    }

    const Snapshot after = snapshot(b);
    QCOMPARE(after.accounts, before.accounts + 1);
    QCOMPARE(after.notEnabled, before.notEnabled);
    QCOMPARE(after.cards, before.cards + 2);
}

// ---- step 1 ------------------------------------------------------------------------------

void TestSignUp::R_ACC_1_R_ACC_2_signUpFieldsChecked_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("reason");
    QTest::newRow("R-ACC-5 country unknown")
        << u"countryRegion"_s << u"XX"_s << u"R-ACC-5"_s << u"unknown"_s;
    QTest::newRow("country empty")
        << u"countryRegion"_s << u" "_s << u"E-REQUIRED"_s << u"required"_s;
    QTest::newRow("R-ACC-1 forbidden")
        << u"email"_s << u"wu+1@example.com"_s << u"R-ACC-1"_s << u"forbiddenCharacter"_s;
    QTest::newRow("R-ACC-1 format")
        << u"email"_s << u"not-an-email"_s << u"R-ACC-1"_s << u"format"_s;
    QTest::newRow("email empty") << u"email"_s << QString() << u"E-REQUIRED"_s << u"required"_s;
    QTest::newRow("R-VC-1 format") << u"code"_s << u"12345"_s << u"R-VC-1"_s << u"format"_s;
    QTest::newRow("R-ACC-2 short") << u"password"_s << u"abc123"_s << u"R-ACC-2"_s << u"tooShort"_s;
    QTest::newRow("R-ACC-2 letters only")
        << u"password"_s << u"abcdefghij"_s << u"R-ACC-2"_s << u"lettersAndDigits"_s;
    QTest::newRow("R-ACC-2 space")
        << u"password"_s << u"abcd 12345"_s << u"R-ACC-2"_s << u"whitespace"_s;
    QTest::newRow("password empty")
        << u"password"_s << QString() << u"E-REQUIRED"_s << u"required"_s;
}

void TestSignUp::R_ACC_1_R_ACC_2_signUpFieldsChecked()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, rule);
    QFETCH(QString, reason);
    TestBackend b(true);
    const QString email = u"fields@example.com"_s;
    const QString code = sendCode(*b.backend, Channel::Email, email, CodePurpose::SignUp);
    SignUpRequest r = signUpRequest(email, code, u"CN"_s);
    if (field == u"countryRegion")
        r.countryRegion = value;
    else if (field == u"email")
        r.email = value;
    else if (field == u"code")
        r.code = value;
    else
        r.password = value;
    const Snapshot before = snapshot(b);
    const auto result = await(b->signUp(r));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().rule, rule);
    QCOMPARE(result.error().field, field);
    QCOMPARE(result.error().reason, reason);
    QCOMPARE(snapshot(b), before);
    // A refusal of the form costs no code attempt.
    QCOMPARE(codeState(b, email, CodePurpose::SignUp), (std::pair<qint64, bool>{0, false}));
}

void TestSignUp::R_ACC_1_emailTaken()
{
    TestBackend b(true);
    // A demo HUAWEI ID's email, in other letter case.
    const QString demoEmail = u"ChenXiaoyu.Dev@Outlook.com"_s;
    const QString code = sendCode(*b.backend, Channel::Email, demoEmail, CodePurpose::SignUp);
    const Snapshot before = snapshot(b);
    const auto refused = await(b->signUp(signUpRequest(demoEmail, code, u"CN"_s)));
    QCOMPARE(refusal(refused), err("R-ACC-1", "email", "idTaken"));
    QCOMPARE(snapshot(b), before);
    QCOMPARE(codeState(b, demoEmail, CodePurpose::SignUp), (std::pair<qint64, bool>{0, false}));
    QCOMPARE(journalCount(*b.backend, u"signUp"_s, demoEmail), 0);

    // One signed up now is taken too.
    signUp(*b.backend, u"new.one@example.com"_s);
    const QString again =
        sendCode(*b.backend, Channel::Email, u"NEW.ONE@example.com"_s, CodePurpose::SignUp);
    QCOMPARE(refusal(await(b->signUp(signUpRequest(u"NEW.ONE@example.com"_s, again, u"CN"_s)))),
             err("R-ACC-1", "email", "idTaken"));
    QCOMPARE(count(*b.backend, view::HuaweiAccounts, {}), before.accounts + 1);
}

void TestSignUp::R_VC_1_signUpCodeCountedAndConsumed()
{
    TestBackend b(true);
    const QString email = u"codes@example.com"_s;
    const QString code = sendCode(*b.backend, Channel::Email, email, CodePurpose::SignUp);
    const Snapshot before = snapshot(b);

    // A wrong code counts (R-VC-1: 5 attempts) and makes nothing.
    const auto wrong = await(b->signUp(signUpRequest(email, wrongCode(code), u"CN"_s)));
    QCOMPARE(refusal(wrong), err("R-VC-1", "code", "wrong"));
    QCOMPARE(snapshot(b), before);
    QCOMPARE(codeState(b, email, CodePurpose::SignUp), (std::pair<qint64, bool>{1, false}));

    // A code of another purpose is not this one's.
    const QString other = u"other@example.com"_s;
    const QString phoneCode = sendCode(*b.backend, Channel::Email, other, CodePurpose::Register);
    QCOMPARE(refusal(await(b->signUp(signUpRequest(other, phoneCode, u"CN"_s)))),
             err("R-VC-1", "code", "notSent"));

    // The right one is consumed by the account it made ...
    const auto made = await(b->signUp(signUpRequest(email, code, u"CN"_s)));
    QVERIFY(made.ok());
    QCOMPARE(codeState(b, email, CodePurpose::SignUp), (std::pair<qint64, bool>{1, true}));
    QCOMPARE(journalCount(*b.backend, u"signUp"_s, made->accountId), 1);
    // ... and the refusals are journaled against the email (R-AUD-1).
    QCOMPARE(journalCount(*b.backend, u"checkVerificationCode"_s, email, u"R-VC-1"_s), 1);

    // A used code binds no phone a second time.
    const QString phone = u"+8613912345678"_s;
    const QString security = sendCode(*b.backend, Channel::Sms, phone, CodePurpose::SecurityPhone);
    const BindPhoneRequest bind{made->accountId, PhonePurpose::Security, phone, security};
    QVERIFY(await(b->bindPhone(bind)).ok());
    QCOMPARE(codeState(b, phone, CodePurpose::SecurityPhone), (std::pair<qint64, bool>{0, true}));
    QCOMPARE(refusal(await(b->bindPhone(bind))), err("R-VC-1", "code", "used"));
}

// ---- steps 2 and 4a ----------------------------------------------------------------------

void TestSignUp::R_ACC_4_bindPhoneRefusals()
{
    TestBackend b(true);
    const HuaweiAccount account = signUp(*b.backend, u"phones@example.com"_s);
    const QString phone = u"+8613811112222"_s;
    const QString code = sendCode(*b.backend, Channel::Sms, phone, CodePurpose::SecurityPhone);
    const Snapshot before = snapshot(b);
    const auto attempt = [&](const QString &accountId, const QString &mobile, const QString &c) {
        return refusal(
            await(b->bindPhone(BindPhoneRequest{accountId, PhonePurpose::Security, mobile, c})));
    };
    QCOMPARE(attempt(u"nope"_s, phone, code), err("R-ID-1", "accountId", "format"));
    QCOMPARE(attempt(UnknownAccount, phone, code),
             err("E-NOT-FOUND", "accountId", "huaweiAccount"));
    // R-ACC-4: required here (the step itself is skippable: no call at all).
    QCOMPARE(attempt(account.accountId, u" "_s, code), err("E-REQUIRED", "mobile", "required"));
    QCOMPARE(attempt(account.accountId, u"13811112222"_s, code),
             err("R-ACC-4", "mobile", "format"));
    QCOMPARE(attempt(account.accountId, phone, QString()), err("E-REQUIRED", "code", "required"));
    QCOMPARE(snapshot(b), before);
    QCOMPARE(codeState(b, phone, CodePurpose::SecurityPhone), (std::pair<qint64, bool>{0, false}));

    // A code sent for the other purpose (or to another number) is not this one's (R-VC-1).
    QCOMPARE(refusal(await(b->bindPhone(
                 BindPhoneRequest{account.accountId, PhonePurpose::Service, phone, code}))),
             err("R-ACC-16", "accountId", "notEnabled"));
    QCOMPARE(attempt(account.accountId, phone, wrongCode(code)), err("R-VC-1", "code", "wrong"));
    QCOMPARE(codeState(b, phone, CodePurpose::SecurityPhone), (std::pair<qint64, bool>{1, false}));
    QVERIFY(accountOf(*b.backend, account.accountId).securityPhone.isEmpty());
    QCOMPARE(snapshot(b), before);
    QCOMPARE(journalCount(*b.backend, u"bindSecurityPhone"_s, account.accountId), 0);
}

void TestSignUp::R_ACC_17_serviceMobileNeedsServices()
{
    TestBackend b(true);
    const HuaweiAccount account = signUp(*b.backend, u"service@example.com"_s);
    const QString mobile = u"+8613722223333"_s;
    const QString code = sendCode(*b.backend, Channel::Sms, mobile, CodePurpose::ServiceMobile);
    const BindPhoneRequest request{account.accountId, PhonePurpose::Service, mobile, code};

    // R-ACC-16: not before services are enabled; the refusal costs no code attempt and is
    // journaled against the account.
    const Snapshot before = snapshot(b);
    QCOMPARE(refusal(await(b->bindPhone(request))), err("R-ACC-16", "accountId", "notEnabled"));
    QCOMPARE(snapshot(b), before);
    QCOMPARE(codeState(b, mobile, CodePurpose::ServiceMobile), (std::pair<qint64, bool>{0, false}));

    enable(*b.backend, account.accountId);
    // A security-phone code is not a service-mobile one.
    const QString security = u"+8613733334444"_s;
    const QString securityCode =
        sendCode(*b.backend, Channel::Sms, security, CodePurpose::SecurityPhone);
    QCOMPARE(refusal(await(b->bindPhone(BindPhoneRequest{account.accountId, PhonePurpose::Service,
                                                         security, securityCode}))),
             err("R-VC-1", "code", "notSent"));

    const auto bound = await(b->bindPhone(request));
    QVERIFY2(bound.ok(), qPrintable(bound.ok() ? QString() : bound.error().toString()));
    QCOMPARE(bound->serviceMobile, mobile);
    QVERIFY(bound->securityPhone.isEmpty()); // R-ACC-17: the two numbers are apart
    QCOMPARE(journalCount(*b.backend, u"changePhone"_s, account.accountId), 1);
}

// ---- step 3 ------------------------------------------------------------------------------

void TestSignUp::R_ACC_16_enableServicesRefusals()
{
    TestBackend b(true);
    const HuaweiAccount account = signUp(*b.backend, u"enable@example.com"_s, u"HK"_s);
    const Snapshot before = snapshot(b);
    const auto attempt = [&](const EnableServicesRequest &r) {
        return refusal(await(b->enableServices(r)));
    };
    QCOMPARE(attempt({UnknownAccount, u"CN"_s, true, false}),
             err("E-NOT-FOUND", "accountId", "huaweiAccount"));
    QCOMPARE(attempt({QString(), u"CN"_s, true, false}),
             err("E-REQUIRED", "accountId", "required"));
    QCOMPARE(attempt({account.accountId, u"ZZ"_s, true, false}),
             err("R-ACC-5", "countryRegion", "unknown"));
    QCOMPARE(attempt({account.accountId, u""_s, true, false}),
             err("E-REQUIRED", "countryRegion", "required"));
    QCOMPARE(attempt({account.accountId, u"CN"_s, false, true}),
             err("R-ACC-16", "agreement", "required"));
    QCOMPARE(snapshot(b), before);
    const HuaweiAccount still = accountOf(*b.backend, account.accountId);
    QCOMPARE(still, account);
    QCOMPARE(journalCount(*b.backend, u"enableServices"_s, account.accountId, u"R-ACC-16"_s), 1);

    enable(*b.backend, account.accountId);
    QCOMPARE(attempt({account.accountId, u"CN"_s, true, false}),
             err("R-ACC-16", "accountId", "alreadyEnabled"));
}

void TestSignUp::R_ACC_5_countryEditableUntilEnabled()
{
    TestBackend b(true);
    const HuaweiAccount account = signUp(*b.backend, u"country@example.com"_s, u"CN"_s);
    // Editable until enabling (R-ACC-5, my-account.md Decisions): the Enable page sets it.
    QVERIFY(!validate::countryRegionChange(account.servicesStatus, u"CN"_s, u"SG"_s));
    const HuaweiAccount enabled = enable(*b.backend, account.accountId, u" sg "_s);
    QCOMPARE(enabled.countryRegion, u"SG"_s);
    QCOMPARE(enabled.servicesEnabledAt, accountOf(*b.backend, account.accountId).servicesEnabledAt);
    // ... and fixed afterwards: enabling again is refused and changes nothing.
    QCOMPARE(refusal(await(b->enableServices({account.accountId, u"CN"_s, true, false}))),
             err("R-ACC-16", "accountId", "alreadyEnabled"));
    QCOMPARE(accountOf(*b.backend, account.accountId).countryRegion, u"SG"_s);
    QCOMPARE(validate::countryRegionChange(enabled.servicesStatus, u"SG"_s, u"CN"_s)->rule,
             u"R-ACC-5"_s);
}

// ---- step 4b -----------------------------------------------------------------------------

void TestSignUp::R_ACC_18_bindCardRefusals_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<Error>("expected");
    QTest::newRow("number empty") << u"cardNumber"_s << QString()
                                  << err("E-REQUIRED", "cardNumber", "required");
    QTest::newRow("R-ACC-18 number format")
        << u"cardNumber"_s << u"4111 1111"_s << err("R-ACC-18", "cardNumber", "format");
    QTest::newRow("R-ACC-18 check digit") << u"cardNumber"_s << u"4111 1111 1111 1112"_s
                                          << err("R-ACC-18", "cardNumber", "checkDigit");
    QTest::newRow("holder empty") << u"holder"_s << u"  "_s
                                  << err("E-REQUIRED", "holder", "required");
    QTest::newRow("holder long") << u"holder"_s << QString(65, u'x')
                                 << err("E-TOO-LONG", "holder", "tooLong");
    QTest::newRow("R-ACC-18 expired")
        << u"expiry"_s << u"02/26"_s << err("R-ACC-18", "expiry", "expired");
    QTest::newRow("R-ACC-18 expiry format")
        << u"expiry"_s << u"13/29"_s << err("R-ACC-18", "expiry", "format");
    QTest::newRow("R-ACC-18 security code")
        << u"securityCode"_s << u"12"_s << err("R-ACC-18", "securityCode", "format");
    QTest::newRow("security code empty")
        << u"securityCode"_s << QString() << err("E-REQUIRED", "securityCode", "required");
    QTest::newRow("R-ACC-18 terms")
        << u"terms"_s << QString() << err("R-ACC-18", "terms", "required");
    QTest::newRow("R-ACC-16 not enabled")
        << u"accountId"_s << QString() << err("R-ACC-16", "accountId", "notEnabled");
    QTest::newRow("unknown account")
        << u"accountId"_s << UnknownAccount << err("E-NOT-FOUND", "accountId", "huaweiAccount");
}

void TestSignUp::R_ACC_18_bindCardRefusals()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(Error, expected);
    TestBackend b(true);
    const HuaweiAccount account = signUp(*b.backend, u"cards@example.com"_s);
    BindCardRequest r = cardRequest(account.accountId);
    if (field == u"accountId") {
        if (!value.isEmpty())
            r.accountId = value; // else: the account, services not enabled yet
    } else {
        enable(*b.backend, account.accountId);
        if (field == u"cardNumber")
            r.cardNumber = value;
        else if (field == u"holder")
            r.holder = value;
        else if (field == u"expiry")
            r.expiry = value;
        else if (field == u"securityCode")
            r.securityCode = value;
        else
            r.termsAccepted = false;
    }
    const Snapshot before = snapshot(b);
    QCOMPARE(refusal(await(b->bindCard(r))), expected);
    QCOMPARE(snapshot(b), before);
    const auto detail = await(b->huaweiAccount(account.accountId));
    QVERIFY(detail->cards.isEmpty());
    QVERIFY(!detail->account.postPayment);
    if (expected.rule != u"E-NOT-FOUND")
        QCOMPARE(journalCount(*b.backend, u"bindCard"_s, account.accountId, expected.rule), 1);
}

// ---- services closed or disabled (R-ACC-16 lifecycle) -----------------------------------

void TestSignUp::R_ACC_16_closedOrDisabledAccounts()
{
    TestBackend b(true);
    const HuaweiAccount account = signUp(*b.backend, u"lifecycle@example.com"_s);
    enable(*b.backend, account.accountId);
    setServices(b, account.accountId, ServicesStatus::Closed);

    const Error closed = err("R-ACC-16", "accountId", "servicesClosed");
    QCOMPARE(refusal(await(b->enableServices({account.accountId, u"CN"_s, true, false}))), closed);
    QCOMPARE(refusal(await(b->bindCard(cardRequest(account.accountId)))), closed);
    const QString mobile = u"+8613655556666"_s;
    const QString mobileCode =
        sendCode(*b.backend, Channel::Sms, mobile, CodePurpose::ServiceMobile);
    QCOMPARE(refusal(await(
                 b->bindPhone({account.accountId, PhonePurpose::Service, mobile, mobileCode}))),
             closed);
    // The security phone resets a password, which a closed account in retention still may.
    const QString phone = u"+8613677778888"_s;
    const QString phoneCode = sendCode(*b.backend, Channel::Sms, phone, CodePurpose::SecurityPhone);
    QVERIFY(
        await(b->bindPhone({account.accountId, PhonePurpose::Security, phone, phoneCode})).ok());

    setServices(b, account.accountId, ServicesStatus::Disabled);
    const Error disabled = err("R-ACC-16", "accountId", "servicesDisabled");
    const QString other = u"+8613699990000"_s;
    const QString otherCode = sendCode(*b.backend, Channel::Sms, other, CodePurpose::SecurityPhone);
    QCOMPARE(
        refusal(await(b->bindPhone({account.accountId, PhonePurpose::Security, other, otherCode}))),
        disabled);
    QCOMPARE(refusal(await(b->bindCard(cardRequest(account.accountId)))), disabled);
    QCOMPARE(refusal(await(b->enableServices({account.accountId, u"CN"_s, true, false}))),
             disabled);
    QCOMPARE(accountOf(*b.backend, account.accountId).securityPhone, phone);
}

// ---- W-BUY ---------------------------------------------------------------------------------

void TestSignUp::R_MKT_1_servicesNotEnabled()
{
    TestBackend b(true);
    const QString demoAccount =
        huaweiAccountIdOf(*b.backend, QString::fromUtf8(demo::cast::NotEnabledLogin));
    const HuaweiAccount fresh = signUp(*b.backend, u"buyer@example.com"_s);
    const qint64 orders = count(*b.backend, view::Orders);
    for (const QString &accountId : {demoAccount, fresh.accountId}) {
        for (const ProductKind kind : {ProductKind::Subscription, ProductKind::StoredValueCard}) {
            // Not enabled is said first (before unauthenticated; terms not even looked at).
            const auto bought = await(b->purchase(PurchaseRequest{accountId, kind, 1, false}));
            QCOMPARE(refusal(bought), err("R-MKT-1", "accountId", "servicesNotEnabled"));
        }
    }
    QCOMPARE(count(*b.backend, view::Orders), orders);
    // Once enabled, it is refused as unauthenticated (the next step is W-AUTH).
    enable(*b.backend, fresh.accountId);
    QCOMPARE(refusal(await(b->purchase(
                 PurchaseRequest{fresh.accountId, ProductKind::StoredValueCard, 1, true}))),
             err("R-MKT-1", "accountId", "unauthenticated"));
}

// ---- the demo story's sign-ups ---------------------------------------------------------------

void TestSignUp::demoStory()
{
    TestBackend b(true);
    const QString notEnabled =
        huaweiAccountIdOf(*b.backend, QString::fromUtf8(demo::cast::NotEnabledLogin));
    const HuaweiAccount later = accountOf(*b.backend, notEnabled);
    QCOMPARE(later.servicesStatus, ServicesStatus::NotEnabled);
    QCOMPARE(later.countryRegion, u"HK"_s);
    QVERIFY(!later.securityPhone.isEmpty());
    QCOMPARE(count(*b.backend, view::HuaweiAccounts, {{column::ServicesStatus, u"not_enabled"_s}}),
             1);

    const QString cards =
        huaweiAccountIdOf(*b.backend, QString::fromUtf8(demo::cast::CardHistoryLogin));
    const auto detail = await(b->huaweiAccount(cards));
    QVERIFY(detail.ok());
    QCOMPARE(detail->account.servicesStatus, ServicesStatus::Enabled);
    QVERIFY(detail->account.postPayment);
    QVERIFY(!detail->account.serviceMobile.isEmpty());
    QCOMPARE(detail->cards.size(), 2);
    QCOMPARE(detail->cards.at(0).result, CardVerification::Approved);
    QCOMPARE(detail->cards.at(1).result, CardVerification::InsufficientFunds);
    QVERIFY(detail->cards.at(0).attemptedAt > detail->cards.at(1).attemptedAt);

    // Every other demo account had its services enabled at sign-up.
    for (const QVariantMap &row : rows(*b.backend, view::HuaweiAccounts)) {
        const QString id = row.value(column::AccountId).toString();
        if (id == notEnabled)
            continue;
        QVERIFY(accountOf(*b.backend, id).servicesEnabledAt.isValid());
    }
}

QTEST_GUILESS_MAIN(TestSignUp)
#include "test_signup.moc"
