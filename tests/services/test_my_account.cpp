// My Account, part 2 through the asynchronous Backend (my-account.md §5.1-§5.10, §8, B, D.2,
// D.4): the HUAWEI ID's password (change, reset with a code) and login ID (once), the tenant
// name (3 per calendar year, only when it differs from the login ID), Complete Information,
// Edit Information (account type, names, qualification and proof, tax number, contact
// address, payment currency, industries), the service mobile number and email in two verified
// steps, Preferences and the currency of a month's bill, message recipients, and the CTS
// traces (R-AUD-2) recorded only while an account's CTS is enabled — on private copies of the
// demo story, each test asserting what the store holds afterwards and that a refusal changed
// nothing.

#include "AuthenticationFixtures.h"
#include "DomainPrinting.h"
#include "TestSupport.h"
#include "core/Materials.h"
#include "core/MyAccount.h"
#include "core/Validators.h"
#include "services/DemoStoryData.h"
#include "store/HuaweiAccountRepository.h"

#include <QFile>
#include <QTimeZone>

using namespace oc;
using namespace oc::test;
using namespace Qt::StringLiterals;

class TestMyAccount : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { OC_REQUIRE_STORE(); }
    // the HUAWEI ID
    void R_ACC_20_changePassword();
    void R_ACC_20_resetForgottenPasswordWithCode();
    void R_ACC_8_loginIdChangedOnce();
    // the tenant
    void R_ACC_7_tenantNameEditableOnlyWhenItDiffers();
    void R_ACC_3_tenantNameAtMostThreePerCalendarYear();
    void R_ACC_3_tenantNameFormatAndUniqueness();
    void R_ACC_10_completeInformationOnlyWhileTypeUnset();
    void R_ACC_16_tenantChangesNeedServicesEnabled();
    void R_ACC_11_R_ACC_12_R_ACC_13_editInformationStored();
    void R_ACC_6_typeChangeOnlyIndividualToEnterpriseBeforeAuthentication();
    void R_ACC_9_nameEditableOnlyBeforeAuthentication();
    void R_ACC_11_qualificationProofJudgedByContent_data();
    void R_ACC_11_qualificationProofJudgedByContent();
    void R_ACC_11_qualificationNameAndTaxId();
    void R_ACC_12_requiredFields_data();
    void R_ACC_12_requiredFields();
    void R_ACC_13_secondaryIndustry_data();
    void R_ACC_13_secondaryIndustry();
    // service mobile number and email (R-ACC-14)
    void R_ACC_14_serviceContactRowsOfTheDemo();
    void R_ACC_14_serviceMobileInTwoVerifiedSteps();
    void R_ACC_14_serviceEmailWrongCodeInEitherStep();
    void R_ACC_14_identityChannelUnboundAndValueUnchanged();
    // Preferences (R-ACC-15) and recipients
    void R_ACC_15_preferencesSaved();
    void R_ACC_15_preferencesRefused_data();
    void R_ACC_15_preferencesRefused();
    void R_ACC_15_billCurrencyIsTheLastSelectedInItsCycle();
    void R_AUD_2_recipientsAddedEditedDeleted();
    // CTS (R-AUD-2)
    void R_AUD_2_ctsTracesOnlyWhileEnabled();
    void R_AUD_2_reauthenticationSubmissionTraced();
    void R_AUD_1_everySuccessJournaled();
    void demoStory();
};

namespace {

const QString DemoPassword = QString::fromUtf8(demo::cast::Password);

Error err(const char *rule, const char *field, const char *reason, QVariantMap args = {})
{
    return makeError(QString::fromUtf8(rule), QString::fromUtf8(field), QString::fromUtf8(reason),
                     std::move(args));
}

// The rule, field and reason of a refusal (its args, such as attempts left, aside).
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

QString demoAccount(TestBackend &b, const char *loginId)
{
    return huaweiAccountIdOf(*b.backend, cast(loginId));
}

HuaweiAccountDetail detailOf(TestBackend &b, const QString &accountId)
{
    const auto detail = await(b->huaweiAccount(accountId));
    if (!detail.ok())
        qFatal("account: %s", qPrintable(detail.error().toString()));
    return *detail;
}

HuaweiAccount accountIn(TestBackend &b, const QString &accountId)
{
    return detailOf(b, accountId).account;
}

// A code sent through the Outbox (R-VC-1); the clock a minute on first, so that a destination
// may get another.
QString sendCode(TestBackend &b, Channel channel, const QString &destination, const char *purpose)
{
    await(b->advanceClock(ClockStep::Minute));
    const auto sent = await(b->sendCode(channel, destination, QString::fromUtf8(purpose)));
    if (!sent.ok())
        qFatal("send code: %s", qPrintable(sent.error().toString()));
    return latestCode(*b.backend, sent->destination);
}

// A different, well-formed code.
QString wrongCode(const QString &code)
{
    return code == u"000000" ? u"111111"_s : u"000000"_s;
}

qint64 journalCount(TestBackend &b, const QString &operation, const QString &target,
                    const QString &outcome = u"success"_s)
{
    return count(
        *b.backend, view::Journal,
        {{column::Operation, operation}, {column::Target, target}, {column::Outcome, outcome}});
}

// An account's CTS traces, oldest first: "traceName outcome".
QStringList ctsTraces(TestBackend &b, const QString &accountId)
{
    QStringList traces;
    const auto list = rows(*b.backend, view::CtsTraces, {{column::AccountId, accountId}});
    for (auto it = list.crbegin(); it != list.crend(); ++it)
        traces << it->value(column::TraceName).toString() + QLatin1Char(' ') +
                      it->value(column::Outcome).toString();
    return traces;
}

void setCts(TestBackend &b, const QString &accountId, bool enabled)
{
    auto conditions = await(b->accountConditions(accountId));
    QVERIFY(conditions.ok());
    AccountConditions c = *conditions;
    c.ctsEnabled = enabled;
    QVERIFY(await(b->setAccountConditions(c)).ok());
}

// What a change may touch, to show that a refusal touched nothing.
struct AccountState
{
    HuaweiAccountDetail detail;
    qint64 successes = 0;
    qint64 ctsTraces = 0;
    bool operator==(const AccountState &other) const
    {
        // The journal of the account in the detail grows with every refusal (R-AUD-1).
        HuaweiAccountDetail a = detail, o = other.detail;
        a.traces.clear();
        o.traces.clear();
        return a == o && successes == other.successes && ctsTraces == other.ctsTraces;
    }
};

AccountState accountState(TestBackend &b, const QString &accountId)
{
    return {detailOf(b, accountId),
            count(*b.backend, view::Journal, {{column::Outcome, u"success"_s}}),
            count(*b.backend, view::CtsTraces)};
}

char *toString(const AccountState &s)
{
    return qstrdup(QStringLiteral("%1 successes %2 cts %3")
                       .arg(s.detail.account.accountId)
                       .arg(s.successes)
                       .arg(s.ctsTraces)
                       .toUtf8()
                       .constData());
}

// A file as the console reads it (core/Materials: its first bytes judge its type).
MaterialUpload proofFile(const QString &fileName, const QByteArray &firstBytes,
                         qint64 size = 200 * 1024)
{
    QByteArray header = firstBytes.left(material::HeaderBytes);
    header += QByteArray(material::HeaderBytes - header.size(), '\0');
    return MaterialUpload{QString::fromLatin1(MaterialSlot::QualificationProof),
                          fileName,
                          size,
                          QString::fromLatin1(header.toBase64()),
                          sha256Of(fileName.toUtf8() + firstBytes),
                          QString()};
}

// A zip's first entry, as a local file header (stored, no extra field) and its name.
QByteArray zipEntry(const QByteArray &name, quint32 size)
{
    QByteArray h("PK\x03\x04\x14\x00\x00\x00\x00\x00\x00\x00\x00\x00\xAA\xBB\xCC\xDD", 18);
    for (int i = 0; i < 2; ++i) // compressed and uncompressed size
        for (int b = 0; b < 4; ++b)
            h += char((size >> (8 * b)) & 0xFF);
    h += char(name.size());
    h += QByteArray("\x00\x00\x00", 3);
    return h + name;
}

QByteArray pdfBytes()
{
    return "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj";
}
QByteArray docxBytes()
{
    return zipEntry("[Content_Types].xml", 1312) + "<?xml";
}
QByteArray odtBytes()
{
    return zipEntry("mimetype", 39) + "application/vnd.oasis.opendocument.text";
}
QByteArray odsBytes() // an OpenDocument spreadsheet: not a text
{
    return zipEntry("mimetype", 46) + "application/vnd.oasis.opendocument.spreadsheet";
}
QByteArray elfBytes() // a Linux program
{
    return QByteArray("\x7F"
                      "ELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x3E",
                      19);
}
QByteArray exeBytes() // a Windows program
{
    return QByteArray("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xFF\xFF", 14);
}

// Edit Information as a complete, valid form for `account` (its type and names kept).
EditInformationRequest editForm(const HuaweiAccount &account)
{
    EditInformationRequest r;
    r.accountId = account.accountId;
    r.accountType =
        account.accountType == AccountType::Unset ? AccountType::Individual : account.accountType;
    r.fullName = account.fullName;
    r.enterpriseName = account.enterpriseName;
    r.qualificationName = u"business_license"_s;
    r.taxId = u"91330106ma2h3k7x5b"_s;
    r.contactAddress = {
        u"No. 1 West Lake Road"_s, {}, u"Hangzhou"_s, u"Zhejiang"_s, {}, u"310007"_s};
    r.paymentCurrency = u"CNY"_s;
    r.industry = u"it_internet"_s;
    r.secondaryIndustry = u"software"_s;
    return r;
}

} // namespace

// ---- the HUAWEI ID ---------------------------------------------------------------------------

// D-PASSWORD change (R-ACC-20): the current password, a new one of R-ACC-2; a wrong current
// one is refused, journaled and changes nothing; the new one logs in.
void TestMyAccount::R_ACC_20_changePassword()
{
    TestBackend b(true);
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    const AccountState before = accountState(b, zhou);
    QCOMPARE(refusal(await(b->changePassword({zhou, {}, u"NewPass2026"_s}))),
             err("E-REQUIRED", "currentPassword", "required"));
    QCOMPARE(refusal(await(b->changePassword({zhou, DemoPassword, u"short1"_s}))),
             err("R-ACC-2", "newPassword", "tooShort"));
    QCOMPARE(refusal(await(b->changePassword({zhou, DemoPassword, u"no digits here"_s}))),
             err("R-ACC-2", "newPassword", "whitespace"));
    QCOMPARE(refusal(await(b->changePassword({zhou, DemoPassword, u"lettersonly"_s}))),
             err("R-ACC-2", "newPassword", "lettersAndDigits"));
    QCOMPARE(refusal(await(b->changePassword({zhou, u"Wrong2026x"_s, u"NewPass2026"_s}))),
             err("R-ACC-20", "currentPassword", "wrongPassword"));
    QCOMPARE(journalCount(b, u"changePassword"_s, zhou, u"R-ACC-20"_s), 1);
    QCOMPARE(refusal(await(b->changePassword({zhou, DemoPassword, DemoPassword}))),
             err("R-ACC-20", "newPassword", "samePassword"));
    QCOMPARE(refusal(await(b->changePassword(
                 {u"0123456789abcdef0123456789abcdef"_s, DemoPassword, u"NewPass2026"_s}))),
             err("E-NOT-FOUND", "accountId", "huaweiAccount"));
    QCOMPARE(accountState(b, zhou), before);
    QVERIFY(
        await(b->checkHuaweiLogin({u"zhoumingyuan"_s, DemoPassword, {}, Channel::Sms, {}, false}))
            .ok());

    const Status changed = await(b->changePassword({zhou, DemoPassword, u"NewPass2026"_s}));
    QVERIFY2(changed.ok(), qPrintable(errorText(changed)));
    QCOMPARE(journalCount(b, u"changePassword"_s, zhou), 1);
    QCOMPARE(refusal(await(b->checkHuaweiLogin(
                 {u"zhoumingyuan"_s, DemoPassword, {}, Channel::Sms, {}, false}))),
             err("R-ACC-19", "password", "wrongPassword"));
    QVERIFY(await(b->checkHuaweiLogin(
                      {u"zhoumingyuan"_s, u"NewPass2026"_s, {}, Channel::Sms, {}, false}))
                .ok());
    // Never a password in the journal.
    for (const QVariantMap &row : rows(*b.backend, view::Journal, {{column::Target, zhou}}))
        QVERIFY(!row.value(column::Details).toString().contains(u"NewPass2026"_s));
}

// D-PASSWORD forgot (R-ACC-20, R-VC-1): a code to the security phone or the email, then a new
// password; a wrong code or an unbound channel is refused and changes nothing.
void TestMyAccount::R_ACC_20_resetForgottenPasswordWithCode()
{
    TestBackend b(true);
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    const HuaweiAccount z = accountIn(b, zhou);
    // No code sent yet.
    QCOMPARE(refusal(await(b->resetPassword({zhou, Channel::Sms, u"123456"_s, u"Reset2026x"_s}))),
             err("R-VC-1", "code", "notSent"));
    const QString code = sendCode(b, Channel::Sms, z.securityPhone, CodePurpose::ResetPassword);
    // The code of another purpose does not reset (a login code).
    const QString loginCode = sendCode(b, Channel::Email, z.email, CodePurpose::HuaweiLogin);
    const AccountState before = accountState(b, zhou);
    QCOMPARE(
        refusal(await(b->resetPassword({zhou, Channel::Sms, wrongCode(code), u"Reset2026x"_s}))),
        err("R-VC-1", "code", "wrong"));
    QCOMPARE(refusal(await(b->resetPassword({zhou, Channel::Sms, code, u"short"_s}))),
             err("R-ACC-2", "newPassword", "tooShort"));
    QCOMPARE(refusal(await(b->resetPassword({zhou, Channel::Email, loginCode, u"Reset2026x"_s}))),
             err("R-VC-1", "code", "notSent"));
    QCOMPARE(accountState(b, zhou), before);

    const Status reset = await(b->resetPassword({zhou, Channel::Sms, code, u"Reset2026x"_s}));
    QVERIFY2(reset.ok(), qPrintable(errorText(reset)));
    QCOMPARE(journalCount(b, u"resetPassword"_s, zhou), 1);
    QVERIFY(await(b->checkHuaweiLogin(
                      {u"zhoumingyuan"_s, u"Reset2026x"_s, {}, Channel::Sms, {}, false}))
                .ok());
    // The code is used.
    QCOMPARE(refusal(await(b->resetPassword({zhou, Channel::Sms, code, u"Again2026x"_s}))),
             err("R-VC-1", "code", "used"));

    // R-ACC-20: an account without a security phone has no SMS to reset by.
    const QString chen = demoAccount(b, demo::cast::NewSignUpLogin);
    QVERIFY(accountIn(b, chen).securityPhone.isEmpty());
    QCOMPARE(refusal(await(b->resetPassword({chen, Channel::Sms, u"123456"_s, u"Reset2026x"_s}))),
             err("R-ACC-20", "channel", "unbound"));
    QCOMPARE(journalCount(b, u"resetPassword"_s, chen, u"R-ACC-20"_s), 1);
}

// D-HWID-MANAGE (R-ACC-8): the login ID's form, not another account's login ID or tenant name
// (any case), not the current one; once, then never again.
void TestMyAccount::R_ACC_8_loginIdChangedOnce()
{
    TestBackend b(true);
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    const AccountState before = accountState(b, zhou);
    QCOMPARE(refusal(await(b->changeLoginId({zhou, u"  "_s}))),
             err("E-REQUIRED", "loginId", "required"));
    QCOMPARE(refusal(await(b->changeLoginId({zhou, u"9zhou-2026"_s}))),
             err("R-ACC-8", "loginId", "format"));
    QCOMPARE(refusal(await(b->changeLoginId({zhou, u"zhou"_s}))),
             err("R-ACC-8", "loginId", "format"));
    QCOMPARE(refusal(await(b->changeLoginId({zhou, u"ZhouMingYuan"_s}))),
             err("R-ACC-8", "loginId", "unchanged"));
    QCOMPARE(refusal(await(b->changeLoginId({zhou, u"LIANYUN-TECH"_s}))),
             err("R-ACC-8", "loginId", "taken")); // another account's login ID
    QCOMPARE(refusal(await(b->changeLoginId({zhou, cast(demo::cast::BuyerTenantName).toLower()}))),
             err("R-ACC-8", "loginId", "taken")); // another account's tenant name
    QCOMPARE(accountState(b, zhou), before);

    const auto changed = await(b->changeLoginId({zhou, u" Zhou-Studio "_s}));
    QVERIFY2(changed.ok(), qPrintable(errorText(changed)));
    QCOMPARE(changed->loginId, u"Zhou-Studio"_s);
    QVERIFY(changed->loginIdChanged());
    QCOMPARE(changed->tenantName, u"zhoumingyuan"_s); // the tenant name stays
    QCOMPARE(accountIn(b, zhou), *changed);
    QCOMPARE(journalCount(b, u"changeLoginId"_s, zhou), 1);
    // The new login ID logs in (R-ACC-19); the old one is now the tenant name's, which does too.
    QVERIFY(
        await(b->checkHuaweiLogin({u"zhou-studio"_s, DemoPassword, {}, Channel::Sms, {}, false}))
            .ok());
    // R-ACC-8: once.
    QCOMPARE(refusal(await(b->changeLoginId({zhou, u"Zhou-Studio-2"_s}))),
             err("R-ACC-8", "loginId", "changedOnce"));
    QCOMPARE(accountIn(b, zhou).loginId, u"Zhou-Studio"_s);
}

// ---- the tenant ------------------------------------------------------------------------------

// R-ACC-7: the tenant name of an account whose tenant name is its login ID is not editable;
// one that differs is.
void TestMyAccount::R_ACC_7_tenantNameEditableOnlyWhenItDiffers()
{
    TestBackend b(true);
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    const HuaweiAccount z = accountIn(b, zhou);
    QCOMPARE(z.tenantName, z.loginId);
    QVERIFY(!myaccount::tenantNameEditable(z));
    const AccountState before = accountState(b, zhou);
    QCOMPARE(refusal(await(b->changeTenantName({zhou, u"Zhou-Studio"_s}))),
             err("R-ACC-7", "tenantName", "sameAsLoginId"));
    QCOMPARE(journalCount(b, u"changeTenantName"_s, zhou, u"R-ACC-7"_s), 1);
    QCOMPARE(accountState(b, zhou), before);

    // The buyer's tenant name differs from its login ID (the demo changed it): editable.
    const QString lianyun = demoAccount(b, demo::cast::BuyerLogin);
    const HuaweiAccount l = accountIn(b, lianyun);
    QVERIFY(myaccount::tenantNameEditable(l));
    const auto changed = await(b->changeTenantName({lianyun, u"Lianyun-Digital"_s}));
    QVERIFY2(changed.ok(), qPrintable(errorText(changed)));
    QCOMPARE(changed->tenantName, u"Lianyun-Digital"_s);
    QCOMPARE(changed->loginId, l.loginId);

    // Jiangcheng's tenant name is its login ID; a new login ID makes them differ (editable),
    // a tenant name then set to the login ID (any case) makes them the same again.
    const QString jiangcheng = demoAccount(b, demo::cast::ClosedLogin);
    QCOMPARE(refusal(await(b->changeTenantName({jiangcheng, u"JCMedia-Group"_s}))),
             err("R-ACC-7", "tenantName", "sameAsLoginId"));
    QVERIFY(await(b->changeLoginId({jiangcheng, u"jcmedia-group"_s})).ok());
    QVERIFY(myaccount::tenantNameEditable(accountIn(b, jiangcheng)));
    const auto same = await(b->changeTenantName({jiangcheng, u"JCMedia-Group"_s}));
    QVERIFY2(same.ok(), qPrintable(errorText(same)));
    QVERIFY(!myaccount::tenantNameEditable(*same));
    QCOMPARE(refusal(await(b->changeTenantName({jiangcheng, u"Jiangcheng-Media"_s}))),
             err("R-ACC-7", "tenantName", "sameAsLoginId"));
}

// R-ACC-3: at most 3 tenant-name changes per calendar year, on the clock's calendar: the
// buyer's 2 of 3 this year allow one more; a fourth is refused; the next year allows again.
void TestMyAccount::R_ACC_3_tenantNameAtMostThreePerCalendarYear()
{
    TestBackend b(true);
    const QString lianyun = demoAccount(b, demo::cast::BuyerLogin);
    QCOMPARE(detailOf(b, lianyun).tenantNameChangesThisYear, 2);
    const auto third = await(b->changeTenantName({lianyun, u"Lianyun-Digital"_s}));
    QVERIFY2(third.ok(), qPrintable(errorText(third)));
    QCOMPARE(detailOf(b, lianyun).tenantNameChangesThisYear, 3);
    QCOMPARE(journalCount(b, u"changeTenantName"_s, lianyun), 3); // 2 by the demo
    const AccountState before = accountState(b, lianyun);
    const auto fourth = await(b->changeTenantName({lianyun, u"Lianyun-Group"_s}));
    QCOMPARE(refusal(fourth), err("R-ACC-3", "tenantName", "changeLimit"));
    QCOMPARE(fourth.error().args.value(u"max"_s).toInt(), validate::MaxTenantNameChangesPerYear);
    QCOMPARE(accountState(b, lianyun), before);

    // A new calendar year (2026-03-02 + 4 x 90 days = 2027-02-25): the count starts again.
    for (int i = 0; i < 4; ++i)
        QVERIFY(await(b->advanceClock(ClockStep::NinetyDays)).ok());
    QCOMPARE(await(b->clock())
                 ->now.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
                 .date()
                 .year(),
             2027);
    QCOMPARE(detailOf(b, lianyun).tenantNameChangesThisYear, 0);
    const auto nextYear = await(b->changeTenantName({lianyun, u"Lianyun-Group"_s}));
    QVERIFY2(nextYear.ok(), qPrintable(errorText(nextYear)));
    QCOMPARE(detailOf(b, lianyun).tenantNameChangesThisYear, 1);
}

// R-ACC-3: a letter first, 6-32 letters, digits, '-' and '_'; unique across accounts whatever
// its case (another's tenant name or login ID); not the current one.
void TestMyAccount::R_ACC_3_tenantNameFormatAndUniqueness()
{
    TestBackend b(true);
    const QString lianyun = demoAccount(b, demo::cast::BuyerLogin);
    const AccountState before = accountState(b, lianyun);
    QCOMPARE(refusal(await(b->changeTenantName({lianyun, {}}))),
             err("E-REQUIRED", "tenantName", "required"));
    QCOMPARE(refusal(await(b->changeTenantName({lianyun, u"Ly-5"_s}))),
             err("R-ACC-3", "tenantName", "length"));
    QCOMPARE(refusal(await(b->changeTenantName({lianyun, u"1ianyun-cloud"_s}))),
             err("R-ACC-3", "tenantName", "format"));
    QCOMPARE(refusal(await(b->changeTenantName({lianyun, u"lianyun cloud"_s}))),
             err("R-ACC-3", "tenantName", "format"));
    QCOMPARE(refusal(await(b->changeTenantName({lianyun, u"LIANYUN-cloud"_s}))),
             err("R-ACC-3", "tenantName", "unchanged"));
    QCOMPARE(refusal(await(b->changeTenantName({lianyun, u"ZhouMingYuan"_s}))),
             err("R-ACC-3", "tenantName", "taken"));
    QCOMPARE(refusal(await(b->changeTenantName({lianyun, u"Qiming-Retail"_s}))),
             err("R-ACC-3", "tenantName", "taken"));
    QCOMPARE(accountState(b, lianyun), before);
    QCOMPARE(detailOf(b, lianyun).tenantNameChangesThisYear, 2); // refusals count nothing
    // Its own login ID is free to it: tenant name and login ID are then the same (R-ACC-7).
    const auto back = await(b->changeTenantName({lianyun, u"lianyun-tech"_s}));
    QVERIFY2(back.ok(), qPrintable(errorText(back)));
    QVERIFY(!myaccount::tenantNameEditable(*back));
}

// R-ACC-10: Complete Information sets the type and its name while the type is unset, once.
void TestMyAccount::R_ACC_10_completeInformationOnlyWhileTypeUnset()
{
    TestBackend b(true);
    const QString chen = demoAccount(b, demo::cast::NewSignUpLogin);
    const HuaweiAccount c = accountIn(b, chen);
    QCOMPARE(c.accountType, AccountType::Unset);
    QVERIFY(myaccount::completeInformationOffered(c));
    const AccountState before = accountState(b, chen);
    QCOMPARE(refusal(await(b->completeInformation({chen, AccountType::Unset, u"Chen Xiaoyu"_s}))),
             err("R-ACC-10", "accountType", "required"));
    QCOMPARE(refusal(await(b->completeInformation({chen, AccountType::Individual, u"   "_s}))),
             err("R-ACC-10", "name", "required"));
    QCOMPARE(
        refusal(await(b->completeInformation({chen, AccountType::Individual, QString(65, u'x')}))),
        err("E-TOO-LONG", "name", "tooLong"));
    QCOMPARE(accountState(b, chen), before);

    const auto completed =
        await(b->completeInformation({chen, AccountType::Individual, u"  Chen   Xiaoyu "_s}));
    QVERIFY2(completed.ok(), qPrintable(errorText(completed)));
    QCOMPARE(completed->accountType, AccountType::Individual);
    QCOMPARE(completed->fullName, u"Chen Xiaoyu"_s);
    QCOMPARE(completed->enterpriseName, QString());
    QCOMPARE(journalCount(b, u"completeInformation"_s, chen), 1);
    QVERIFY(!myaccount::completeInformationOffered(*completed));
    // Not offered any more.
    QCOMPARE(refusal(await(b->completeInformation({chen, AccountType::Enterprise, u"Chen Co"_s}))),
             err("R-ACC-10", "accountType", "typeSet"));
    QCOMPARE(accountIn(b, chen), *completed);
    // An account of a type: refused the same way.
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    QCOMPARE(refusal(await(b->completeInformation({zhou, AccountType::Individual, u"Zhou"_s}))),
             err("R-ACC-10", "accountType", "typeSet"));
}

// R-ACC-16: the tenant's changes need Huawei Cloud services enabled; the HUAWEI ID's password
// does not.
void TestMyAccount::R_ACC_16_tenantChangesNeedServicesEnabled()
{
    TestBackend b(true);
    const QString waiting = demoAccount(b, demo::cast::NotEnabledLogin);
    const HuaweiAccount w = accountIn(b, waiting);
    QCOMPARE(w.servicesStatus, ServicesStatus::NotEnabled);
    const AccountState before = accountState(b, waiting);
    const Error notEnabled = err("R-ACC-16", "accountId", "notEnabled");
    QCOMPARE(refusal(await(b->completeInformation({waiting, AccountType::Individual, u"Tsang"_s}))),
             notEnabled);
    EditInformationRequest form = editForm(w);
    form.fullName = u"Tsang Ka Wai"_s;
    QCOMPARE(refusal(await(b->editInformation(form))), notEnabled);
    QCOMPARE(refusal(await(b->savePreferences({waiting, u"en"_s, u"Asia/Hong_Kong"_s, u"USD"_s}))),
             notEnabled);
    QCOMPARE(refusal(await(b->saveRecipient({0, waiting, u"Ka Wai"_s, u"+85291736042"_s, {}}))),
             notEnabled);
    QCOMPARE(accountState(b, waiting), before);
    // The HUAWEI ID's own: its password.
    QVERIFY(await(b->changePassword({waiting, DemoPassword, u"Waiting2026"_s})).ok());
    // A disabled account's tenant is refused likewise.
    const QString lin = demoAccount(b, demo::cast::DisabledLogin);
    QCOMPARE(refusal(await(b->savePreferences({lin, u"en"_s, u"Asia/Shanghai"_s, u"CNY"_s}))),
             err("R-ACC-16", "accountId", "servicesDisabled"));
}

// D-EDIT-INFO (R-ACC-11..13): the whole form stored, the proof kept with it and kept when a
// later edit sends none; journaled.
void TestMyAccount::R_ACC_11_R_ACC_12_R_ACC_13_editInformationStored()
{
    TestBackend b(true);
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    EditInformationRequest r = editForm(accountIn(b, zhou));
    r.qualificationName = u"tax_registration_certificate"_s;
    r.qualificationProof = proofFile(u"VAT certificate.odt"_s, odtBytes());
    r.designation = u"  Founder "_s;
    r.contactAddress = {u" Room 1201, No. 88 Zhangjiang Road "_s,
                        u"Building 3"_s,
                        u"Shanghai"_s,
                        u"Shanghai"_s,
                        u"Zhangjiang Town"_s,
                        u"201203"_s};
    r.paymentCurrency = u"USD"_s;
    r.industry = u"finance"_s;
    r.secondaryIndustry = u"securities"_s;
    const auto edited = await(b->editInformation(r));
    QVERIFY2(edited.ok(), qPrintable(errorText(edited)));
    QCOMPARE(edited->qualificationName, u"tax_registration_certificate"_s);
    QCOMPARE(edited->taxId, u"91330106MA2H3K7X5B"_s); // upper-cased
    QCOMPARE(edited->designation, u"Founder"_s);
    QCOMPARE(edited->contactAddress,
             (ContactAddress{u"Room 1201, No. 88 Zhangjiang Road"_s, u"Building 3"_s, u"Shanghai"_s,
                             u"Shanghai"_s, u"Zhangjiang Town"_s, u"201203"_s}));
    QCOMPARE(edited->paymentCurrency, u"USD"_s);
    QCOMPARE(edited->industry, u"finance"_s);
    QCOMPARE(edited->secondaryIndustry, u"securities"_s);
    QCOMPARE(edited->accountType, AccountType::Individual);
    QCOMPARE(edited->fullName, u"Zhou Mingyuan"_s);
    HuaweiAccountDetail detail = detailOf(b, zhou);
    QCOMPARE(detail.account, *edited);
    QVERIFY(detail.qualificationProof.has_value());
    QCOMPARE(detail.qualificationProof->fileName, u"VAT certificate.odt"_s);
    QCOMPARE(detail.qualificationProof->sha256, r.qualificationProof->sha256);
    QCOMPARE(detail.qualificationProof->slot,
             QString::fromLatin1(MaterialSlot::QualificationProof));
    QCOMPARE(journalCount(b, u"editInformation"_s, zhou), 1);

    // Another edit without a proof keeps the stored one; the optional parts may be empty.
    r.qualificationProof.reset();
    r.designation.clear();
    r.contactAddress.line2.clear();
    r.contactAddress.commune.clear();
    r.industry = u"education"_s;
    r.secondaryIndustry.clear();
    const auto again = await(b->editInformation(r));
    QVERIFY2(again.ok(), qPrintable(errorText(again)));
    QCOMPARE(again->industry, u"education"_s);
    QCOMPARE(again->secondaryIndustry, QString());
    QCOMPARE(again->designation, QString());
    detail = detailOf(b, zhou);
    QCOMPARE(detail.qualificationProof->fileName, u"VAT certificate.odt"_s);
    QCOMPARE(journalCount(b, u"editInformation"_s, zhou), 2);
}

// R-ACC-6: individual -> enterprise only, and only before authentication; enterprise ->
// individual never.
void TestMyAccount::R_ACC_6_typeChangeOnlyIndividualToEnterpriseBeforeAuthentication()
{
    TestBackend b(true);
    const QString chen = demoAccount(b, demo::cast::NewSignUpLogin);
    QVERIFY(await(b->completeInformation({chen, AccountType::Individual, u"Chen Xiaoyu"_s})).ok());
    EditInformationRequest r = editForm(accountIn(b, chen));
    r.accountType = AccountType::Unset;
    QCOMPARE(refusal(await(b->editInformation(r))), err("R-ACC-6", "accountType", "unset"));
    // Before authentication, individual -> enterprise, the enterprise name required.
    r.accountType = AccountType::Enterprise;
    QCOMPARE(refusal(await(b->editInformation(r))), err("R-ACC-10", "enterpriseName", "required"));
    r.enterpriseName = u"Chen Studio Ltd."_s;
    const auto enterprise = await(b->editInformation(r));
    QVERIFY2(enterprise.ok(), qPrintable(errorText(enterprise)));
    QCOMPARE(enterprise->accountType, AccountType::Enterprise);
    QCOMPARE(enterprise->enterpriseName, u"Chen Studio Ltd."_s);
    QCOMPARE(enterprise->fullName, u"Chen Xiaoyu"_s);
    // ... and never back.
    const AccountState before = accountState(b, chen);
    r.accountType = AccountType::Individual;
    QCOMPARE(refusal(await(b->editInformation(r))),
             err("R-ACC-6", "accountType", "enterpriseToIndividual"));
    QCOMPARE(accountState(b, chen), before);

    // Authenticated: the type changes only by re-authentication.
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    EditInformationRequest z = editForm(accountIn(b, zhou));
    z.accountType = AccountType::Enterprise;
    z.enterpriseName = u"Zhou Studio Ltd."_s;
    QCOMPARE(refusal(await(b->editInformation(z))),
             err("R-ACC-6", "accountType", "reauthenticationRequired"));
    QCOMPARE(accountIn(b, zhou).accountType, AccountType::Individual);
}

// R-ACC-9: the full name or enterprise name changes only before real-name authentication
// (submitted: under review; approved); the rest of the form stays editable.
void TestMyAccount::R_ACC_9_nameEditableOnlyBeforeAuthentication()
{
    TestBackend b(true);
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    const AccountState before = accountState(b, zhou);
    EditInformationRequest r = editForm(accountIn(b, zhou));
    r.fullName = u"Zhou Ming"_s;
    QCOMPARE(refusal(await(b->editInformation(r))), err("R-ACC-9", "fullName", "authenticated"));
    QCOMPARE(journalCount(b, u"editInformation"_s, zhou, u"R-ACC-9"_s), 1);
    QCOMPARE(accountState(b, zhou), before);
    // The same name (however spaced): the rest is saved.
    r.fullName = u" Zhou  Mingyuan "_s;
    const auto kept = await(b->editInformation(r));
    QVERIFY2(kept.ok(), qPrintable(errorText(kept)));
    QCOMPARE(kept->fullName, u"Zhou Mingyuan"_s);
    QCOMPARE(kept->industry, u"it_internet"_s);

    // Under review (hengtai's authentication is pending): the enterprise name is fixed.
    const QString hengtai = demoAccount(b, demo::cast::PendingLogin);
    EditInformationRequest h = editForm(accountIn(b, hengtai));
    h.enterpriseName = u"Suzhou Hengtai Machinery Co., Ltd."_s;
    QCOMPARE(refusal(await(b->editInformation(h))), err("R-ACC-9", "enterpriseName", "pending"));
    // Before authentication (chen): the name is free.
    const QString chen = demoAccount(b, demo::cast::NewSignUpLogin);
    QVERIFY(await(b->completeInformation({chen, AccountType::Individual, u"Chen Xiaoyu"_s})).ok());
    EditInformationRequest c = editForm(accountIn(b, chen));
    c.fullName = u"Chen Xiaoyu-Lin"_s;
    const auto renamed = await(b->editInformation(c));
    QVERIFY2(renamed.ok(), qPrintable(errorText(renamed)));
    QCOMPARE(renamed->fullName, u"Chen Xiaoyu-Lin"_s);
}

// R-ACC-11: the qualification proof is DOC, DOCX, JPG, PNG, PDF or ODT by its content, at
// most 5 MB; a program renamed .pdf is refused whatever its name says.
void TestMyAccount::R_ACC_11_qualificationProofJudgedByContent_data()
{
    QTest::addColumn<MaterialUpload>("proof");
    QTest::addColumn<QString>("reason"); // empty: accepted
    QTest::newRow("PDF") << proofFile(u"vat.pdf"_s, pdfBytes()) << QString();
    QTest::newRow("DOCX") << proofFile(u"vat.docx"_s, docxBytes()) << QString();
    QTest::newRow("DOC") << proofFile(u"vat.doc"_s,
                                      QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
                         << QString();
    QTest::newRow("ODT") << proofFile(u"vat.odt"_s, odtBytes()) << QString();
    QTest::newRow("PNG") << proofFile(u"vat.png"_s, png(64, 48)) << QString();
    QTest::newRow("JPG") << proofFile(u"vat.jpg"_s, jpegHeader()) << QString();
    QTest::newRow("exactly 5 MB") << proofFile(u"vat.pdf"_s, pdfBytes(), 5 * 1024 * 1024)
                                  << QString();
    QTest::newRow("a program renamed .pdf") << proofFile(u"vat.pdf"_s, elfBytes()) << u"type"_s;
    QTest::newRow("a Windows program renamed .pdf")
        << proofFile(u"VAT certificate.pdf"_s, exeBytes()) << u"type"_s;
    QTest::newRow("a spreadsheet renamed .odt") << proofFile(u"vat.odt"_s, odsBytes()) << u"type"_s;
    QTest::newRow("a GIF (not on the list)")
        << proofFile(u"vat.gif"_s, QByteArray("GIF89a\x10\x00\x10\x00", 10)) << u"type"_s;
    QTest::newRow("a PNG named .pdf") << proofFile(u"vat.pdf"_s, png(64, 48)) << u"extension"_s;
    QTest::newRow("over 5 MB") << proofFile(u"vat.pdf"_s, pdfBytes(), 5 * 1024 * 1024 + 1)
                               << u"tooLarge"_s;
    QTest::newRow("empty") << proofFile(u"vat.pdf"_s, pdfBytes(), 0) << u"empty"_s;
}

void TestMyAccount::R_ACC_11_qualificationProofJudgedByContent()
{
    QFETCH(MaterialUpload, proof);
    QFETCH(QString, reason);
    TestBackend b(true);
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    EditInformationRequest r = editForm(accountIn(b, zhou));
    r.qualificationProof = proof;
    const AccountState before = accountState(b, zhou);
    const auto edited = await(b->editInformation(r));
    if (reason.isEmpty()) {
        QVERIFY2(edited.ok(), qPrintable(errorText(edited)));
        QCOMPARE(detailOf(b, zhou).qualificationProof->fileName, proof.fileName);
        return;
    }
    QCOMPARE(refusal(edited), makeError(u"R-ACC-11"_s, u"qualificationProof"_s, reason));
    if (reason == u"tooLarge")
        QCOMPARE(edited.error().args.value(u"maxMb"_s).toInt(), 5);
    if (reason == u"type")
        QCOMPARE(edited.error().args.value(u"allowed"_s).toString(), u"Word, JPG, PNG, PDF, ODT"_s);
    QCOMPARE(accountState(b, zhou), before);
    QVERIFY(!detailOf(b, zhou).qualificationProof.has_value());
}

void TestMyAccount::R_ACC_11_qualificationNameAndTaxId()
{
    TestBackend b(true);
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    const AccountState before = accountState(b, zhou);
    EditInformationRequest r = editForm(accountIn(b, zhou));
    r.qualificationName = u"passport"_s;
    QCOMPARE(refusal(await(b->editInformation(r))),
             err("R-ACC-11", "qualificationName", "notListed"));
    r.qualificationName = u"other"_s;
    r.taxId = u"VAT 123"_s;
    QCOMPARE(refusal(await(b->editInformation(r))), err("R-ACC-11", "taxId", "format"));
    r.taxId = QString(31, u'1');
    QCOMPARE(refusal(await(b->editInformation(r))), err("R-ACC-11", "taxId", "format"));
    r.taxId.clear();
    r.qualificationProof = proofFile(u"vat.pdf"_s, pdfBytes());
    r.qualificationProof->sha256 = u"not a hash"_s;
    QCOMPARE(refusal(await(b->editInformation(r))),
             err("E-INVALID", "qualificationProof", "sha256"));
    r.qualificationProof = proofFile(u"vat.pdf"_s, pdfBytes());
    r.qualificationProof->slot = QString::fromLatin1(MaterialSlot::HoldingPhoto);
    QCOMPARE(refusal(await(b->editInformation(r))), err("E-INVALID", "qualificationProof", "slot"));
    QCOMPARE(accountState(b, zhou), before);
    // Neither is required: none selected, none given.
    r.qualificationProof.reset();
    r.qualificationName.clear();
    const auto bare = await(b->editInformation(r));
    QVERIFY2(bare.ok(), qPrintable(errorText(bare)));
    QCOMPARE(bare->qualificationName, QString());
    QCOMPARE(bare->taxId, QString());
}

// R-ACC-12: Address Line 1, City, State/Province/Region and Postal Code required (Line 2 and
// Commune not), the payment currency and the industry too; each refused on its own field.
void TestMyAccount::R_ACC_12_requiredFields_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason");
    QTest::newRow("address line 1")
        << u"line1"_s << u"  "_s << u"contactAddress.line1"_s << u"required"_s;
    QTest::newRow("city") << u"city"_s << QString() << u"contactAddress.city"_s << u"required"_s;
    QTest::newRow("state") << u"stateProvince"_s << QString() << u"contactAddress.stateProvince"_s
                           << u"required"_s;
    QTest::newRow("postal code") << u"postalCode"_s << QString() << u"contactAddress.postalCode"_s
                                 << u"required"_s;
    QTest::newRow("postal code malformed")
        << u"postalCode"_s << u"#310007"_s << u"contactAddress.postalCode"_s << u"format"_s;
    QTest::newRow("address line 1 too long")
        << u"line1"_s << QString(129, u'x') << u"contactAddress.line1"_s << u"tooLong"_s;
    QTest::newRow("payment currency")
        << u"paymentCurrency"_s << QString() << u"paymentCurrency"_s << u"required"_s;
    QTest::newRow("payment currency not listed")
        << u"paymentCurrency"_s << u"JPY"_s << u"paymentCurrency"_s << u"notListed"_s;
    QTest::newRow("industry") << u"industry"_s << QString() << u"industry"_s << u"required"_s;
}

void TestMyAccount::R_ACC_12_requiredFields()
{
    QFETCH(QString, part);
    QFETCH(QString, value);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    TestBackend b(true);
    const QString lianyun = demoAccount(b, demo::cast::BuyerLogin);
    EditInformationRequest r = editForm(accountIn(b, lianyun));
    r.contactAddress.line2.clear();
    r.contactAddress.commune.clear(); // optional: never the refusal
    if (part == u"line1")
        r.contactAddress.line1 = value;
    else if (part == u"city")
        r.contactAddress.city = value;
    else if (part == u"stateProvince")
        r.contactAddress.stateProvince = value;
    else if (part == u"postalCode")
        r.contactAddress.postalCode = value;
    else if (part == u"paymentCurrency")
        r.paymentCurrency = value;
    else if (part == u"industry")
        r.industry = value;
    const AccountState before = accountState(b, lianyun);
    QCOMPARE(refusal(await(b->editInformation(r))), makeError(u"R-ACC-12"_s, field, reason));
    QCOMPARE(accountState(b, lianyun), before);
}

// R-ACC-13: an industry of the list; one with secondary industries needs one of its own.
void TestMyAccount::R_ACC_13_secondaryIndustry_data()
{
    QTest::addColumn<QString>("industry");
    QTest::addColumn<QString>("secondary");
    QTest::addColumn<QString>("field"); // empty: accepted
    QTest::addColumn<QString>("reason");
    QTest::newRow("IT & Internet / Software")
        << u"it_internet"_s << u"software"_s << QString() << QString();
    QTest::newRow("Retail / E-commerce") << u"retail"_s << u"ecommerce"_s << QString() << QString();
    QTest::newRow("Government, none to choose")
        << u"government"_s << QString() << QString() << QString();
    QTest::newRow("Manufacturing without its secondary")
        << u"manufacturing"_s << QString() << u"secondaryIndustry"_s << u"required"_s;
    QTest::newRow("Finance with another's secondary")
        << u"finance"_s << u"software"_s << u"secondaryIndustry"_s << u"notListed"_s;
    QTest::newRow("Education with a secondary")
        << u"education"_s << u"stores"_s << u"secondaryIndustry"_s << u"notListed"_s;
    QTest::newRow("not an industry")
        << u"Internet"_s << QString() << u"industry"_s << u"notListed"_s;
}

void TestMyAccount::R_ACC_13_secondaryIndustry()
{
    QFETCH(QString, industry);
    QFETCH(QString, secondary);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    TestBackend b(true);
    const QString lianyun = demoAccount(b, demo::cast::BuyerLogin);
    EditInformationRequest r = editForm(accountIn(b, lianyun));
    r.industry = industry;
    r.secondaryIndustry = secondary;
    const auto edited = await(b->editInformation(r));
    if (field.isEmpty()) {
        QVERIFY2(edited.ok(), qPrintable(errorText(edited)));
        QCOMPARE(edited->industry, industry);
        QCOMPARE(edited->secondaryIndustry, secondary);
        return;
    }
    QCOMPARE(refusal(edited), makeError(u"R-ACC-13"_s, field, reason));
    QCOMPARE(accountIn(b, lianyun).industry, u"it_internet"_s);
}

// ---- service mobile number and email (R-ACC-14) ---------------------------------------------

// R-ACC-14's display rules on the demo: the buyer's service mobile differs from its HUAWEI
// ID's (shown, Edit); Zhou's is his HUAWEI ID's (hidden); Chen has none (Bind); no service
// email of their own (hidden).
void TestMyAccount::R_ACC_14_serviceContactRowsOfTheDemo()
{
    TestBackend b(true);
    const HuaweiAccount lianyun = accountIn(b, demoAccount(b, demo::cast::BuyerLogin));
    QCOMPARE(lianyun.securityPhone, cast(demo::cast::BuyerHuaweiIdMobile));
    QVERIFY(lianyun.serviceMobile != lianyun.securityPhone);
    QCOMPARE(myaccount::serviceMobileRow(lianyun), myaccount::ServiceRow::Edit);
    QCOMPARE(lianyun.serviceEmail, cast(demo::cast::BuyerServiceEmail));
    QCOMPARE(myaccount::serviceEmailRow(lianyun), myaccount::ServiceRow::Edit);
    const HuaweiAccount zhou = accountIn(b, demoAccount(b, demo::cast::IndividualLogin));
    QCOMPARE(zhou.serviceMobile, zhou.securityPhone);
    QCOMPARE(myaccount::serviceMobileRow(zhou), myaccount::ServiceRow::Hidden);
    const HuaweiAccount chen = accountIn(b, demoAccount(b, demo::cast::NewSignUpLogin));
    QCOMPARE(myaccount::serviceMobileRow(chen), myaccount::ServiceRow::Bind);
}

// §5.6: step 1 a code to the HUAWEI ID's mobile (SMS), step 2 a code to the new number; a
// wrong code in either step is refused on its own field and changes nothing; the change is
// journaled and traced as changePhone (the buyer's CTS is on).
void TestMyAccount::R_ACC_14_serviceMobileInTwoVerifiedSteps()
{
    TestBackend b(true);
    const QString lianyun = demoAccount(b, demo::cast::BuyerLogin);
    const HuaweiAccount l = accountIn(b, lianyun);
    const QString newMobile = u"+86 138 5716 0399"_s;
    const QString identity =
        sendCode(b, Channel::Sms, l.securityPhone, CodePurpose::VerifyIdentity);
    const QString fresh = sendCode(b, Channel::Sms, newMobile, CodePurpose::ServiceMobile);
    const QStringList tracesBefore = ctsTraces(b, lianyun);
    const AccountState before = accountState(b, lianyun);

    ServiceContactChangeRequest r{
        lianyun, ServiceContact::Mobile, Channel::Sms, wrongCode(identity), newMobile, fresh};
    QCOMPARE(refusal(await(b->changeServiceContact(r))), err("R-VC-1", "identityCode", "wrong"));
    r.identityCode = identity;
    r.newCode = wrongCode(fresh);
    QCOMPARE(refusal(await(b->changeServiceContact(r))), err("R-VC-1", "newCode", "wrong"));
    // Each step's code is its own: the identity code does not verify the new number.
    r.newCode = identity;
    QVERIFY(refusal(await(b->changeServiceContact(r))).field == u"newCode");
    r.newValue = u"13857160399"_s;
    QCOMPARE(refusal(await(b->changeServiceContact(r))), err("R-ACC-4", "newValue", "format"));
    QCOMPARE(accountIn(b, lianyun), l);
    // The refusals are the CTS's too (R-AUD-2), nothing else changed.
    AccountState after = accountState(b, lianyun);
    QCOMPARE(after.detail.account, before.detail.account);
    QCOMPARE(after.successes, before.successes);
    QCOMPARE(ctsTraces(b, lianyun).mid(tracesBefore.size()),
             (QStringList{u"changePhone R-VC-1"_s, u"changePhone R-VC-1"_s, u"changePhone R-VC-1"_s,
                          u"changePhone R-ACC-4"_s}));

    r.newValue = newMobile;
    r.newCode = fresh;
    const auto changed = await(b->changeServiceContact(r));
    QVERIFY2(changed.ok(), qPrintable(errorText(changed)));
    QCOMPARE(changed->serviceMobile, u"+8613857160399"_s);
    QCOMPARE(changed->securityPhone, l.securityPhone); // the HUAWEI ID's own stays
    QCOMPARE(accountIn(b, lianyun), *changed);
    QCOMPARE(journalCount(b, u"changePhone"_s, lianyun), 1);
    QCOMPARE(ctsTraces(b, lianyun).last(), u"changePhone success"_s);
    // The codes are used: the same request again is refused.
    QCOMPARE(refusal(await(b->changeServiceContact(r))), err("R-ACC-14", "newValue", "unchanged"));
}

// §5.7: the service email, identity verified by email; a wrong code in either step refused on
// its own field, nothing changed; then changed, journaled and traced as changeEmail.
void TestMyAccount::R_ACC_14_serviceEmailWrongCodeInEitherStep()
{
    TestBackend b(true);
    const QString lianyun = demoAccount(b, demo::cast::BuyerLogin);
    const HuaweiAccount l = accountIn(b, lianyun);
    const QString newEmail = u"Billing@LianyunTech.com"_s;
    const QString identity = sendCode(b, Channel::Email, l.email, CodePurpose::VerifyIdentity);
    const QString fresh = sendCode(b, Channel::Email, newEmail, CodePurpose::ServiceEmail);
    const AccountState before = accountState(b, lianyun);
    const qint64 tracesBefore = ctsTraces(b, lianyun).size();

    ServiceContactChangeRequest r{
        lianyun, ServiceContact::Email, Channel::Email, wrongCode(identity), newEmail, fresh};
    QCOMPARE(refusal(await(b->changeServiceContact(r))), err("R-VC-1", "identityCode", "wrong"));
    QCOMPARE(accountIn(b, lianyun), l);
    r.identityCode = identity;
    r.newCode = wrongCode(fresh);
    QCOMPARE(refusal(await(b->changeServiceContact(r))), err("R-VC-1", "newCode", "wrong"));
    QCOMPARE(accountIn(b, lianyun), l);
    // Identity verified by SMS needs that channel's code: this one went by email.
    r.identityChannel = Channel::Sms;
    r.newCode = fresh;
    QCOMPARE(refusal(await(b->changeServiceContact(r))), err("R-VC-1", "identityCode", "notSent"));
    r.newValue = u"not an email"_s;
    r.identityChannel = Channel::Email;
    QCOMPARE(refusal(await(b->changeServiceContact(r))), err("R-ACC-1", "newValue", "format"));
    QCOMPARE(accountState(b, lianyun).detail.account, before.detail.account);
    QCOMPARE(accountState(b, lianyun).successes, before.successes);
    QCOMPARE(journalCount(b, u"changeEmail"_s, lianyun), 0);

    r.newValue = newEmail;
    const auto changed = await(b->changeServiceContact(r));
    QVERIFY2(changed.ok(), qPrintable(errorText(changed)));
    QCOMPARE(changed->serviceEmail.toLower(), newEmail.toLower());
    QCOMPARE(changed->email, l.email);
    QCOMPARE(myaccount::serviceEmailRow(*changed), myaccount::ServiceRow::Edit);
    QCOMPARE(journalCount(b, u"changeEmail"_s, lianyun), 1);
    const QStringList traces = ctsTraces(b, lianyun).mid(tracesBefore);
    QCOMPARE(traces,
             (QStringList{u"changeEmail R-VC-1"_s, u"changeEmail R-VC-1"_s, u"changeEmail R-VC-1"_s,
                          u"changeEmail R-ACC-1"_s, u"changeEmail success"_s}));
}

// R-ACC-14: step 1 needs the chosen channel bound to the HUAWEI ID; the new value must differ
// from the current one. A mobile bound where there was none (Bind).
void TestMyAccount::R_ACC_14_identityChannelUnboundAndValueUnchanged()
{
    TestBackend b(true);
    const QString chen = demoAccount(b, demo::cast::NewSignUpLogin);
    const HuaweiAccount c = accountIn(b, chen);
    QVERIFY(c.securityPhone.isEmpty());
    const AccountState before = accountState(b, chen);
    QCOMPARE(
        refusal(await(b->changeServiceContact({chen, ServiceContact::Mobile, Channel::Sms,
                                               u"123456"_s, u"+8613700000001"_s, u"123456"_s}))),
        err("R-ACC-14", "identityChannel", "unbound"));
    QCOMPARE(journalCount(b, u"changePhone"_s, chen, u"R-ACC-14"_s), 1);
    QCOMPARE(accountState(b, chen), before);
    // By email, a number bound where there was none.
    const QString identity = sendCode(b, Channel::Email, c.email, CodePurpose::VerifyIdentity);
    const QString fresh =
        sendCode(b, Channel::Sms, u"+8613700000001"_s, CodePurpose::ServiceMobile);
    const auto bound = await(b->changeServiceContact(
        {chen, ServiceContact::Mobile, Channel::Email, identity, u"+8613700000001"_s, fresh}));
    QVERIFY2(bound.ok(), qPrintable(errorText(bound)));
    QCOMPARE(bound->serviceMobile, u"+8613700000001"_s);
    QCOMPARE(myaccount::serviceMobileRow(*bound), myaccount::ServiceRow::Edit);
    // The same number again.
    QCOMPARE(
        refusal(await(b->changeServiceContact({chen, ServiceContact::Mobile, Channel::Email,
                                               u"123456"_s, u"+86 137 0000 0001"_s, u"123456"_s}))),
        err("R-ACC-14", "newValue", "unchanged"));
    // CTS is off for chen: journaled, never traced (R-AUD-2).
    QVERIFY(ctsTraces(b, chen).isEmpty());
}

// ---- Preferences (R-ACC-15) and recipients --------------------------------------------------

void TestMyAccount::R_ACC_15_preferencesSaved()
{
    TestBackend b(true);
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    const auto saved = await(b->savePreferences({zhou, u"en"_s, u"Europe/Berlin"_s, u"EUR"_s}));
    QVERIFY2(saved.ok(), qPrintable(errorText(saved)));
    QCOMPARE(saved->messageLanguage, u"en"_s);
    QCOMPARE(saved->timeZone, u"Europe/Berlin"_s);
    QCOMPARE(saved->currency, u"EUR"_s);
    QCOMPARE(accountIn(b, zhou), *saved);
    QCOMPARE(journalCount(b, u"savePreferences"_s, zhou), 1);
    // The currency's history: the one it had since it was made, then EUR now.
    const auto history = detailOf(b, zhou).currencySelections;
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.first().currency, u"EUR"_s);
    QCOMPARE(history.first().selectedAt, await(b->clock())->now);
    QCOMPARE(history.last().currency, u"CNY"_s);
    QCOMPARE(history.last().selectedAt, saved->createdAt);
    // Saving without a new currency keeps no new selection.
    QVERIFY(await(b->savePreferences({zhou, u"zh_CN"_s, u"UTC"_s, u"EUR"_s})).ok());
    QCOMPARE(detailOf(b, zhou).currencySelections.size(), 2);
}

void TestMyAccount::R_ACC_15_preferencesRefused_data()
{
    QTest::addColumn<PreferencesRequest>("request");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason");
    const auto r = [](const char *language, const char *zone, const char *currency) {
        return PreferencesRequest{
            {}, QString::fromUtf8(language), QString::fromUtf8(zone), QString::fromUtf8(currency)};
    };
    QTest::newRow("language not listed")
        << r("ja", "Asia/Tokyo", "CNY") << u"messageLanguage"_s << u"notListed"_s;
    QTest::newRow("language missing")
        << r("", "Asia/Tokyo", "CNY") << u"messageLanguage"_s << u"required"_s;
    QTest::newRow("zone unknown") << r("en", "Mars/Olympus", "CNY") << u"timeZone"_s
                                  << u"notListed"_s;
    QTest::newRow("zone an offset")
        << r("en", "UTC+08:00", "CNY") << u"timeZone"_s << u"notListed"_s;
    QTest::newRow("zone missing") << r("en", "", "CNY") << u"timeZone"_s << u"required"_s;
    QTest::newRow("currency not listed")
        << r("en", "Asia/Tokyo", "JPY") << u"currency"_s << u"notListed"_s;
    QTest::newRow("currency lower case")
        << r("en", "Asia/Tokyo", "usd") << u"currency"_s << u"notListed"_s;
}

void TestMyAccount::R_ACC_15_preferencesRefused()
{
    QFETCH(PreferencesRequest, request);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    TestBackend b(true);
    request.accountId = demoAccount(b, demo::cast::IndividualLogin);
    const AccountState before = accountState(b, request.accountId);
    QCOMPARE(refusal(await(b->savePreferences(request))), makeError(u"R-ACC-15"_s, field, reason));
    QCOMPARE(accountState(b, request.accountId), before);
}

// R-ACC-15: a month's bill uses the currency last selected in its billing cycle (the
// calendar month, China's calendar); a month without a selection keeps the one in effect.
void TestMyAccount::R_ACC_15_billCurrencyIsTheLastSelectedInItsCycle()
{
    TestBackend b(true);
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    const QTimeZone china(QByteArrayLiteral("Asia/Shanghai"));
    const auto bill = [&](int year, int month) {
        const HuaweiAccountDetail d = detailOf(b, zhou);
        return myaccount::billCurrency(d.currencySelections, year, month, china,
                                       d.account.currency);
    };
    QCOMPARE(bill(2026, 3), u"CNY"_s); // never selected: the account's own
    // March (the demo starts 2026-03-02): USD, then EUR the same month.
    QVERIFY(await(b->savePreferences({zhou, u"zh_CN"_s, u"Asia/Shanghai"_s, u"USD"_s})).ok());
    await(b->advanceClock(ClockStep::Hour));
    QVERIFY(await(b->savePreferences({zhou, u"zh_CN"_s, u"Asia/Shanghai"_s, u"EUR"_s})).ok());
    QCOMPARE(bill(2026, 2), u"CNY"_s); // before: the currency it had
    QCOMPARE(bill(2026, 3), u"EUR"_s); // the last selected within March
    // April: nothing selected yet, EUR is in effect; then CNY.
    QVERIFY(await(b->advanceClock(ClockStep::Month)).ok());
    QCOMPARE(bill(2026, 4), u"EUR"_s);
    QVERIFY(await(b->savePreferences({zhou, u"zh_CN"_s, u"Asia/Shanghai"_s, u"CNY"_s})).ok());
    QCOMPARE(bill(2026, 4), u"CNY"_s);
    QCOMPARE(bill(2026, 3), u"EUR"_s); // March's bill keeps its own
    QCOMPARE(bill(2026, 5), u"CNY"_s);
    QCOMPARE(detailOf(b, zhou).currencySelections.size(), 4);
}

// D-RECIPIENT: added, edited, deleted, each journaled and (the buyer's CTS is on) traced as
// addRecipient / editRecipient / deleteRecipient (R-AUD-2); refusals on their fields.
void TestMyAccount::R_AUD_2_recipientsAddedEditedDeleted()
{
    TestBackend b(true);
    const QString lianyun = demoAccount(b, demo::cast::BuyerLogin);
    const QStringList tracesBefore = ctsTraces(b, lianyun);
    QCOMPARE(detailOf(b, lianyun).recipients.size(), 1); // the demo's Xu Jing

    QCOMPARE(refusal(await(b->saveRecipient({0, lianyun, u" "_s, u"+8613800000002"_s, {}}))),
             err("E-REQUIRED", "name", "required"));
    QCOMPARE(refusal(await(b->saveRecipient({0, lianyun, u"Wang Lei"_s, {}, {}}))),
             err("E-REQUIRED", "mobile", "mobileOrEmail"));
    QCOMPARE(refusal(await(b->saveRecipient({0, lianyun, u"Wang Lei"_s, u"12345"_s, {}}))),
             err("R-ACC-4", "mobile", "format"));
    QCOMPARE(refusal(await(b->saveRecipient({0, lianyun, u"Wang Lei"_s, {}, u"wl@x"_s}))),
             err("R-ACC-1", "email", "format"));
    QCOMPARE(detailOf(b, lianyun).recipients.size(), 1);

    const auto added =
        await(b->saveRecipient({0, lianyun, u"Wang Lei"_s, u"+86 138 0000 0002"_s, {}}));
    QVERIFY2(added.ok(), qPrintable(errorText(added)));
    QVERIFY(added->recipientId > 0);
    QCOMPARE(added->mobile, u"+8613800000002"_s);
    QCOMPARE(added->accountId, lianyun);
    const auto edited = await(b->saveRecipient(
        {added->recipientId, lianyun, u"Wang Lei"_s, {}, u"wang.lei@lianyuntech.com"_s}));
    QVERIFY2(edited.ok(), qPrintable(errorText(edited)));
    QCOMPARE(edited->mobile, QString());
    QCOMPARE(edited->email, u"wang.lei@lianyuntech.com"_s);
    QCOMPARE(detailOf(b, lianyun).recipients.last(), *edited);
    // Another account's recipient is none of this one's.
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    QCOMPARE(refusal(await(b->saveRecipient({added->recipientId, zhou, u"X"_s, {}, u"x@y.cn"_s}))),
             err("E-NOT-FOUND", "recipientId", "recipient"));
    QVERIFY(await(b->deleteRecipient(added->recipientId)).ok());
    QCOMPARE(refusal(await(b->deleteRecipient(added->recipientId))),
             err("E-NOT-FOUND", "recipientId", "recipient"));
    QCOMPARE(detailOf(b, lianyun).recipients.size(), 1);
    QCOMPARE(journalCount(b, u"addRecipient"_s, lianyun), 2); // one by the demo
    QCOMPARE(journalCount(b, u"editRecipient"_s, lianyun), 1);
    QCOMPARE(journalCount(b, u"deleteRecipient"_s, lianyun), 1);
    QCOMPARE(ctsTraces(b, lianyun).mid(tracesBefore.size()),
             (QStringList{u"addRecipient E-REQUIRED"_s, u"addRecipient E-REQUIRED"_s,
                          u"addRecipient R-ACC-4"_s, u"addRecipient R-ACC-1"_s,
                          u"addRecipient success"_s, u"editRecipient success"_s,
                          u"deleteRecipient success"_s}));
}

// ---- CTS (R-AUD-2) ---------------------------------------------------------------------------

// R-AUD-2: an account whose CTS is off gets no CTS trace, though the journal records every
// call (R-AUD-1); enabled, the same calls leave exactly their trace names, resource type
// accountCenter and the operator; disabled again, none.
void TestMyAccount::R_AUD_2_ctsTracesOnlyWhileEnabled()
{
    TestBackend b(true);
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    const HuaweiAccount z = accountIn(b, zhou);
    QVERIFY(!detailOf(b, zhou).ctsEnabled);
    const auto changeEmail = [&](const QString &email) {
        const QString identity =
            sendCode(b, Channel::Sms, z.securityPhone, CodePurpose::VerifyIdentity);
        const QString fresh = sendCode(b, Channel::Email, email, CodePurpose::ServiceEmail);
        return await(b->changeServiceContact(
            {zhou, ServiceContact::Email, Channel::Sms, identity, email, fresh}));
    };
    const auto addRecipient = [&](const QString &name) {
        return await(b->saveRecipient({0, zhou, name, {}, u"studio@zhou.cn"_s}));
    };

    QVERIFY(changeEmail(u"studio@zhou.cn"_s).ok());
    QVERIFY(addRecipient(u"Zhou Li"_s).ok());
    QVERIFY(ctsTraces(b, zhou).isEmpty());
    QCOMPARE(journalCount(b, u"changeEmail"_s, zhou), 1);
    QCOMPARE(journalCount(b, u"addRecipient"_s, zhou), 1);

    setCts(b, zhou, true);
    QVERIFY(detailOf(b, zhou).ctsEnabled);
    QVERIFY(changeEmail(u"office@zhou.cn"_s).ok());
    const auto added = addRecipient(u"Zhou Ming"_s);
    QVERIFY(added.ok());
    QVERIFY(
        await(b->saveRecipient({added->recipientId, zhou, u"Zhou Ming"_s, u"+8613600000003"_s, {}}))
            .ok());
    QVERIFY(await(b->deleteRecipient(added->recipientId)).ok());
    // The other operations are journaled, never traced.
    QVERIFY(await(b->savePreferences({zhou, u"en"_s, u"Asia/Shanghai"_s, u"USD"_s})).ok());
    QVERIFY(await(b->changeLoginId({zhou, u"Zhou-Studio"_s})).ok());
    const auto traces = rows(*b.backend, view::CtsTraces, {{column::AccountId, zhou}});
    QCOMPARE(ctsTraces(b, zhou),
             (QStringList{u"changeEmail success"_s, u"addRecipient success"_s,
                          u"editRecipient success"_s, u"deleteRecipient success"_s}));
    for (const QVariantMap &trace : traces) {
        QCOMPARE(trace.value(column::ResourceType).toString(), u"accountCenter"_s);
        QCOMPARE(trace.value(column::Actor).toString(), u"test"_s);
        QCOMPARE(trace.value(column::Operation).toString(), trace.value(column::TraceName));
        QVERIFY(cts::isTraceName(trace.value(column::TraceName).toString()));
    }
    // Filtered by trace name, across accounts.
    QCOMPARE(count(*b.backend, view::CtsTraces,
                   {{column::TraceName, u"editRecipient"_s}, {column::AccountId, zhou}}),
             1);

    // The account's CTS view exports as CSV like every list (its columns, newest first).
    ListQuery query;
    query.view = QString(view::CtsTraces);
    query.filters = {{column::AccountId, zhou}};
    const QString csv = b.dir.filePath(u"cts.csv"_s);
    const auto exported = await(b->exportCsv(query, {}, csv));
    QVERIFY2(exported.ok(), qPrintable(errorText(exported)));
    QCOMPARE(*exported, 4);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll())
                                  .remove(QChar(0xFEFF))
                                  .split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QVERIFY2(lines.first().contains(u"traceName"_s), qPrintable(lines.first()));
    QVERIFY(lines.at(1).contains(u"deleteRecipient"_s));
    QVERIFY(lines.at(4).contains(u"changeEmail"_s));

    setCts(b, zhou, false);
    QVERIFY(addRecipient(u"Zhou Three"_s).ok());
    QCOMPARE(ctsTraces(b, zhou).size(), 4);
    QCOMPARE(journalCount(b, u"addRecipient"_s, zhou), 3);
}

// R-AUD-2: a re-authentication's submission is its CTS trace (changeEnterpriseName here),
// a refused one too, while the account's CTS is on.
void TestMyAccount::R_AUD_2_reauthenticationSubmissionTraced()
{
    TestBackend b(true);
    const QString lianyun = demoAccount(b, demo::cast::BuyerLogin);
    const QStringList before = ctsTraces(b, lianyun);
    ReauthenticationRequest r;
    r.accountId = lianyun;
    r.kind = ReviewKind::EnterpriseName;
    r.enterpriseName = u"Hangzhou Lianyun Cloud Co., Ltd."_s;
    r.declaration = false;
    r.materials = {pngMaterial(MaterialSlot::Statement, u"statement.png"_s),
                   pdfMaterial(MaterialSlot::AuthorityDocument, u"authority.pdf"_s),
                   pngMaterial(MaterialSlot::NewCertificate, u"certificate.png"_s)};
    QCOMPARE(refusal(await(b->submitReauthentication(r))),
             err("R-AUTH-13", "declaration", "required"));
    r.declaration = true;
    const auto submitted = await(b->submitReauthentication(r));
    QVERIFY2(submitted.ok(), qPrintable(errorText(submitted)));
    QCOMPARE(ctsTraces(b, lianyun).mid(before.size()),
             (QStringList{u"changeEnterpriseName R-AUTH-13"_s, u"changeEnterpriseName success"_s}));
    // The journal has it as ever.
    QCOMPARE(journalCount(b, u"submitReauthentication"_s, lianyun), 1);
    // Jiangcheng's CTS is off: its submissions are journaled only (its name change is pending,
    // so this one is refused, R-AUTH-4).
    const QString jiangcheng = demoAccount(b, demo::cast::NameChangeLogin);
    r.accountId = jiangcheng;
    QCOMPARE(refusal(await(b->submitReauthentication(r))), err("R-AUTH-4", "accountId", "pending"));
    QVERIFY(ctsTraces(b, jiangcheng).isEmpty());
}

// R-AUD-1: every success of My Account is journaled under resource type accountCenter with
// the account as target.
void TestMyAccount::R_AUD_1_everySuccessJournaled()
{
    TestBackend b(true);
    const QString chen = demoAccount(b, demo::cast::NewSignUpLogin);
    QVERIFY(await(b->completeInformation({chen, AccountType::Individual, u"Chen Xiaoyu"_s})).ok());
    QVERIFY(await(b->editInformation(editForm(accountIn(b, chen)))).ok());
    QVERIFY(await(b->savePreferences({chen, u"en"_s, u"Asia/Shanghai"_s, u"USD"_s})).ok());
    QVERIFY(await(b->changePassword({chen, DemoPassword, u"Chen2026pass"_s})).ok());
    QVERIFY(await(b->changeLoginId({chen, u"Chen-Xiaoyu"_s})).ok());
    QVERIFY(await(b->changeTenantName({chen, u"Chen-Studio"_s})).ok());
    const auto recipient = await(b->saveRecipient({0, chen, u"Chen Yu"_s, {}, u"yu@chen.cn"_s}));
    QVERIFY(recipient.ok());
    QVERIFY(await(b->deleteRecipient(recipient->recipientId)).ok());
    for (const char *operation :
         {"completeInformation", "editInformation", "savePreferences", "changePassword",
          "changeLoginId", "changeTenantName", "addRecipient", "deleteRecipient"}) {
        const auto entries =
            rows(*b.backend, view::Journal,
                 {{column::Operation, QString::fromLatin1(operation)}, {column::Target, chen}});
        QVERIFY2(entries.size() == 1, operation);
        QCOMPARE(entries.first().value(column::Outcome).toString(), u"success"_s);
        QCOMPARE(entries.first().value(column::ResourceType).toString(), u"accountCenter"_s);
        QCOMPARE(entries.first().value(column::Actor).toString(), u"test"_s);
    }
}

// The demo story's My Account: the buyer's (1) two numbers, complete information, CTS on with
// its addRecipient trace, its recipient, "2 of 3" tenant-name changes and a tenant name other
// than its login ID; nobody else's CTS is on.
void TestMyAccount::demoStory()
{
    TestBackend b(true);
    const QString lianyun = demoAccount(b, demo::cast::BuyerLogin);
    const HuaweiAccountDetail d = detailOf(b, lianyun);
    QCOMPARE(d.account.loginId, cast(demo::cast::BuyerLogin));
    QCOMPARE(d.account.tenantName, cast(demo::cast::BuyerTenantName));
    QCOMPARE(d.tenantNameChangesThisYear, 2);
    QCOMPARE(d.account.securityPhone, cast(demo::cast::BuyerHuaweiIdMobile));
    QCOMPARE(d.account.serviceMobile, u"+8613857160321"_s);
    QCOMPARE(d.account.contactAddress,
             (ContactAddress{u"No. 588 Wensan Road"_s, u"Building 3, 12th Floor"_s, u"Hangzhou"_s,
                             u"Zhejiang"_s, u"Xihu District"_s, u"310012"_s}));
    QCOMPARE(d.account.industry, u"it_internet"_s);
    QCOMPARE(d.account.secondaryIndustry, u"internet_services"_s);
    QCOMPARE(d.account.paymentCurrency, u"CNY"_s);
    QCOMPARE(d.account.qualificationName, u"business_license"_s);
    QVERIFY(d.ctsEnabled);
    QCOMPARE(d.recipients.size(), 1);
    QCOMPARE(d.recipients.first().name, cast(demo::cast::BuyerRecipient));
    QCOMPARE(ctsTraces(b, lianyun), QStringList{u"addRecipient success"_s});
    QCOMPARE(count(*b.backend, view::CtsTraces), 1);
    QVERIFY(await(b->accountConditions(lianyun))->ctsEnabled);
    QVERIFY(!await(b->accountConditions(demoAccount(b, demo::cast::IndividualLogin)))->ctsEnabled);
    // Every demo account's industry is on the list (R-ACC-13).
    for (const QVariantMap &row : rows(*b.backend, view::HuaweiAccounts)) {
        const HuaweiAccount a = accountIn(b, row.value(column::AccountId).toString());
        QVERIFY2(a.industry.isEmpty() || myaccount::industry(a.industry), qPrintable(a.industry));
    }
}

QTEST_GUILESS_MAIN(TestMyAccount)
#include "test_my_account.moc"
