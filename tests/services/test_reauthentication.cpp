// W-REAUTH and the simulated conditions through the asynchronous Backend (my-account.md
// §4.4-§4.5, D.1, D.2 D-CONDITIONS, D.4): each re-authentication kind submitted and decided
// (R-AUTH-10..14), the preconditions (R-AUTH-4, R-AUTH-5, R-AUTH-11), the fields and
// materials (R-AUTH-1/2/3/7, R-AUTH-12, R-AUTH-13), a master's change copied to its members,
// R-AUTH-6 in W-AUTH, the conditions read and set, and the review queue's kind column; on
// private copies of the demo story, each test asserting what the store holds afterwards.

#include "AuthenticationFixtures.h"
#include "DomainPrinting.h"
#include "TestSupport.h"
#include "core/Clock.h"
#include "core/Materials.h"
#include "services/DemoStoryData.h"

#include <functional>

using namespace oc;
using namespace oc::test;
using namespace Qt::StringLiterals;

class TestReauthentication : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { OC_REQUIRE_STORE(); }
    // each kind, submitted and approved
    void R_AUTH_11_individualOwnerApproved();
    void R_AUTH_14_individualToEnterpriseApproved();
    void R_AUTH_11_enterpriseEntityApproved();
    void R_AUTH_13_enterpriseNameApproved();
    void R_AUTH_10_rejectedKeepsTheOldRecord();
    // preconditions
    void R_AUTH_4_pendingRequestBlocks();
    void R_AUTH_11_arrearsRefused();
    void R_AUTH_5_koogallerySellerKeepsItsEntity();
    void R_AUTH_5_pendingInvitationBlocksMasterAndMember();
    void R_AUTH_5_memberLeavesItToItsMaster();
    void R_AUTH_5_notAuthenticatedOrWrongType();
    void R_ACC_16_E_INVALID_accountAndKind();
    // fields and materials
    void R_AUTH_11_R_AUTH_13_declarationRequired();
    void R_AUTH_12_applicationFormNeverWord();
    void R_AUTH_13_numberFixedAndNameChanged();
    void R_AUTH_13_gifAcceptedForTheNameChange();
    void R_AUTH_1_R_AUTH_2_R_AUTH_7_refusalsChangeNothing();
    void R_AUTH_3_newNumberLimit();
    // W-AUTH
    void R_AUTH_6_hcpnPartnerNotAsIndividual();
    // the simulated conditions
    void conditionsDefaultsAndRoundTrip();
    void conditionsRefusals();
    void conditionsTwoOperatorsAtOnce();
    // the review queue
    void R_AUTH_4_reviewQueueKindColumn();
    void R_AUTH_4_demoNameChangePendingWithDueTime();
};

namespace {

ReauthenticationRequest individualOwner(const QString &accountId,
                                        const QString &number = u"G12345678"_s)
{
    ReauthenticationRequest r;
    r.accountId = accountId;
    r.kind = ReviewKind::IndividualOwner;
    r.certificateType = CertificateType::Passport;
    r.issuingCountryRegion = u"CN"_s;
    r.fullName = u"Wang Lei"_s;
    r.certificateNumber = number;
    r.declaration = true;
    r.materials = {pngMaterial(MaterialSlot::CurrentCertificatePage, u"current-page.png"_s),
                   jpegMaterial(MaterialSlot::CurrentHoldingPhoto),
                   pdfMaterial(MaterialSlot::ApplicationForm, u"change-form.pdf"_s),
                   pngMaterial(MaterialSlot::CertificatePage, u"new-page.png"_s),
                   pngMaterial(MaterialSlot::HoldingPhoto, u"new-holding.png"_s)};
    return r;
}

ReauthenticationRequest individualToEnterprise(const QString &accountId)
{
    ReauthenticationRequest r;
    r.accountId = accountId;
    r.kind = ReviewKind::IndividualToEnterprise;
    r.registeredAddress = u"No. 9 Xueyuan Road, Hangzhou"_s;
    r.enterpriseName = u"Hangzhou Mingyuan Software Studio"_s;
    r.certificateNumber = u"92330106MA2MYS0001"_s;
    r.declaration = true;
    r.materials = {jpegMaterial(MaterialSlot::HoldingVisaPage),
                   pngMaterial(MaterialSlot::HoldingPhoto, u"holding.png"_s),
                   pdfMaterial(MaterialSlot::ApplicationForm, u"ticket-form.pdf"_s),
                   pngMaterial(MaterialSlot::CertificateFront, u"front.png"_s),
                   pngMaterial(MaterialSlot::CertificateBack, u"back.png"_s)};
    return r;
}

ReauthenticationRequest enterpriseEntity(const QString &accountId,
                                         const QString &number = u"91330106MA2NEW0001"_s)
{
    ReauthenticationRequest r;
    r.accountId = accountId;
    r.kind = ReviewKind::EnterpriseEntity;
    r.registeredAddress = u"No. 1 Wangshang Road, Hangzhou"_s;
    r.enterpriseName = u"Hangzhou Lianyun Digital Co., Ltd."_s;
    r.certificateNumber = number;
    r.declaration = true;
    // The certificate's back is optional; the form is a PDF scan or one photo.
    r.materials = {pngMaterial(MaterialSlot::CertificateFront, u"front.png"_s),
                   jpegMaterial(MaterialSlot::ApplicationForm)};
    return r;
}

ReauthenticationRequest enterpriseName(const QString &accountId, const QString &name)
{
    ReauthenticationRequest r;
    r.accountId = accountId;
    r.kind = ReviewKind::EnterpriseName;
    r.enterpriseName = name;
    r.declaration = true;
    r.materials = {pngMaterial(MaterialSlot::Statement, u"statement.png"_s),
                   pdfMaterial(MaterialSlot::AuthorityDocument, u"authority.pdf"_s),
                   pngMaterial(MaterialSlot::NewCertificate, u"certificate.png"_s)};
    return r;
}

Error err(const char *rule, const char *field, const char *reason, QVariantMap args = {})
{
    return makeError(QString::fromLatin1(rule), QString::fromLatin1(field),
                     QString::fromLatin1(reason), std::move(args));
}

QString demoAccount(TestBackend &b, const char *loginId)
{
    return huaweiAccountIdOf(*b.backend, QString::fromUtf8(loginId));
}

QList<QVariantMap> journalOf(TestBackend &b, const QString &operation, const QString &target)
{
    return rows(*b.backend, view::Journal,
                {{column::Operation, operation},
                 {column::Target, target},
                 {column::Outcome, u"success"_s}});
}

AccountConditions conditionsSet(TestBackend &b, const AccountConditions &c)
{
    const auto result = await(b->setAccountConditions(c));
    if (!result.ok())
        qFatal("conditions: %s", qPrintable(result.error().toString()));
    return result.value();
}

// An authenticated enterprise account with its approved record (a master or a member).
QString authenticatedEnterprise(TestBackend &b, const QString &name, const QString &number)
{
    const QString id =
        newAccount(b, spec(AccountType::Enterprise, name, AuthStatus::Authenticated));
    approvedRecord(b, id, number, name, u"No. 8 Qiushi Road, Hangzhou"_s);
    return id;
}

QString authenticatedIndividual(TestBackend &b, const QString &name, const QString &number)
{
    AccountSpec s = spec(AccountType::Individual, {}, AuthStatus::Authenticated);
    s.fullName = name;
    const QString id = newAccount(b, s);
    approvedRecord(b, id, number, name);
    return id;
}

} // namespace

// ---- each kind, submitted and approved -----------------------------------------------------

// §4.4.2: the new owner's data waits for the review; the account keeps its owner until then
// (R-AUTH-10), and the new owner's afterwards.
void TestReauthentication::R_AUTH_11_individualOwnerApproved()
{
    TestBackend b(true);
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    const HuaweiAccount before = accountOf(b, zhou);
    ReauthenticationRequest r = individualOwner(zhou, u" g1234-5678 "_s);
    r.certificateType = CertificateType::IdCard;
    const auto result = await(b->submitReauthentication(r));
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    const AuthenticationRecord &record = result.value();
    QCOMPARE(record.kind, ReviewKind::IndividualOwner);
    QCOMPARE(record.accountId, zhou);
    QCOMPARE(record.accountName, u"Zhou Mingyuan"_s); // the account's name, still the old one
    QCOMPARE(record.type, AccountType::Individual);
    QCOMPARE(record.certificateType, CertificateType::IdCard);
    QCOMPARE(record.certificateNumber, u"G1234-5678"_s);
    QCOMPARE(record.subjectName, u"Wang Lei"_s);
    QCOMPARE(record.countryRegion, u"CN"_s);
    QCOMPARE(record.status, ReviewStatus::Pending);
    QCOMPARE(record.submittedAt, ClockSteps::demoStart());
    QCOMPARE(record.dueBy, addWorkingDays(record.submittedAt, 3, ClockSteps::chinaTimeZone()));
    QVERIFY(record.materials == r.materials);
    QVERIFY(await(b->authentication(record.authenticationId)).value() == record);
    // R-AUTH-10: the old record stays valid.
    QVERIFY(accountOf(b, zhou) == before);
    QCOMPARE(before.authStatus, AuthStatus::Authenticated);
    // R-AUD-1, R-AUD-2: the CTS trace name in the details.
    const auto submittedEntries = journalOf(b, u"submitReauthentication"_s, zhou);
    QCOMPARE(submittedEntries.size(), 1);
    QCOMPARE(submittedEntries.first().value(column::Details).toString(),
             u"changeIndividualAuthInfo %1"_s.arg(record.authenticationId));
    QCOMPARE(submittedEntries.first().value(column::ResourceType).toString(), u"accountCenter"_s);

    const AuthenticationRecord approved = reviewed(b, approve(record.authenticationId));
    QCOMPARE(approved.status, ReviewStatus::Approved);
    QCOMPARE(approved.accountName, u"Wang Lei"_s);
    const HuaweiAccount after = accountOf(b, zhou);
    QCOMPARE(after.authStatus, AuthStatus::Authenticated);
    QCOMPARE(after.accountType, AccountType::Individual);
    QCOMPARE(after.fullName, u"Wang Lei"_s);
    const auto mails = outboxOf(b, after.email, u"reauthenticationApproved"_s);
    QCOMPARE(mails.size(), 1);
    QCOMPARE(paramsOf(mails.first()).value(u"kind"_s).toString(), u"individual_owner"_s);
    QCOMPARE(paramsOf(mails.first()).value(u"subjectName"_s).toString(), u"Wang Lei"_s);
    QCOMPARE(journalOf(b, u"authenticateAccount"_s, zhou).first().value(column::Details).toString(),
             u"approved changeIndividualAuthInfo"_s);
}

// §4.4.3, R-AUTH-14: the service ticket; on approval the account becomes an enterprise.
void TestReauthentication::R_AUTH_14_individualToEnterpriseApproved()
{
    TestBackend b(true);
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    ReauthenticationRequest r = individualToEnterprise(zhou);
    r.issuingCountryRegion = u"cn"_s; // the account's, given explicitly
    const AuthenticationRecord record = submitted(b, r);
    QCOMPARE(record.kind, ReviewKind::IndividualToEnterprise);
    QCOMPARE(record.type, AccountType::Enterprise);
    QCOMPARE(record.subjectName, u"Hangzhou Mingyuan Software Studio"_s);
    QCOMPARE(record.address, u"No. 9 Xueyuan Road, Hangzhou"_s);
    QCOMPARE(record.countryRegion, u"CN"_s);
    QCOMPARE(record.materials.size(), 5);
    QCOMPARE(accountOf(b, zhou).accountType, AccountType::Individual); // until the decision
    QCOMPARE(journalOf(b, u"submitReauthentication"_s, zhou)
                 .first()
                 .value(column::Details)
                 .toString()
                 .section(u' ', 0, 0),
             u"reauthWithEnterpriseInfo"_s);

    reviewed(b, approve(record.authenticationId));
    const HuaweiAccount after = accountOf(b, zhou);
    QCOMPARE(after.accountType, AccountType::Enterprise);
    QCOMPARE(after.enterpriseName, u"Hangzhou Mingyuan Software Studio"_s);
    QCOMPARE(after.fullName, u"Zhou Mingyuan"_s);
    QCOMPARE(after.authStatus, AuthStatus::Authenticated);
    QCOMPARE(after.displayName(), u"Hangzhou Mingyuan Software Studio"_s);
}

// §4.5.2: the new entity's name and number; the back of its certificate is optional.
void TestReauthentication::R_AUTH_11_enterpriseEntityApproved()
{
    TestBackend b(true);
    const QString lianyun = demoAccount(b, demo::cast::BuyerLogin);
    const AuthenticationRecord record = submitted(b, enterpriseEntity(lianyun));
    QCOMPARE(record.kind, ReviewKind::EnterpriseEntity);
    QCOMPARE(record.certificateNumber, u"91330106MA2NEW0001"_s);
    QCOMPARE(record.materials.size(), 2);
    QCOMPARE(accountOf(b, lianyun).enterpriseName, u"Hangzhou Lianyun Technology Co., Ltd."_s);

    reviewed(b, approve(record.authenticationId));
    const HuaweiAccount after = accountOf(b, lianyun);
    QCOMPARE(after.enterpriseName, u"Hangzhou Lianyun Digital Co., Ltd."_s);
    QCOMPARE(after.authStatus, AuthStatus::Authenticated);
    QCOMPARE(journalOf(b, u"authenticateAccount"_s, lianyun).first().value(column::Details),
             QVariant(u"approved changeEnterpriseEntity"_s));
    // The record carries the new number: a name change now keeps that one (R-AUTH-13).
    const auto nameChange =
        await(b->submitReauthentication(enterpriseName(lianyun, u"Lianyun Digital Group"_s)));
    QVERIFY2(nameChange.ok(), qPrintable(errorText(nameChange)));
    QCOMPARE(nameChange->certificateNumber, u"91330106MA2NEW0001"_s);
    QCOMPARE(nameChange->address, u"No. 1 Wangshang Road, Hangzhou"_s);
}

// §4.5.3: a new name, the registration number and address of the current record.
void TestReauthentication::R_AUTH_13_enterpriseNameApproved()
{
    TestBackend b(true);
    const QString lianyun = demoAccount(b, demo::cast::BuyerLogin);
    ReauthenticationRequest r = enterpriseName(lianyun, u"  Hangzhou Lianyun  Cloud Co., Ltd. "_s);
    r.certificateNumber = u"91330106ma2h3k7x5b"_s; // the current number, typed in lower case
    const AuthenticationRecord record = submitted(b, r);
    QCOMPARE(record.kind, ReviewKind::EnterpriseName);
    QCOMPARE(record.subjectName, u"Hangzhou Lianyun Cloud Co., Ltd."_s);
    QCOMPARE(record.certificateNumber, u"91330106MA2H3K7X5B"_s);
    QCOMPARE(record.address, u"No. 588 Wensan Road, Xihu District, Hangzhou"_s);
    QCOMPARE(journalOf(b, u"submitReauthentication"_s, lianyun).first().value(column::Details),
             QVariant(u"changeEnterpriseName %1"_s.arg(record.authenticationId)));

    reviewed(b, approve(record.authenticationId));
    const HuaweiAccount after = accountOf(b, lianyun);
    QCOMPARE(after.enterpriseName, u"Hangzhou Lianyun Cloud Co., Ltd."_s);
    QCOMPARE(after.accountType, AccountType::Enterprise);
    QCOMPARE(after.authStatus, AuthStatus::Authenticated);
}

// R-AUTH-10: a rejection changes nothing about the account, which stays authenticated
// (unlike a rejected first authentication) and may ask again.
void TestReauthentication::R_AUTH_10_rejectedKeepsTheOldRecord()
{
    TestBackend b(true);
    const QString lianyun = demoAccount(b, demo::cast::BuyerLogin);
    const HuaweiAccount before = accountOf(b, lianyun);
    const AuthenticationRecord record =
        submitted(b, enterpriseName(lianyun, u"Lianyun Holdings"_s));
    const AuthenticationRecord rejected =
        reviewed(b, reject(record.authenticationId, RejectReason::Illegible, u"blurred seal"_s));
    QCOMPARE(rejected.status, ReviewStatus::Rejected);
    QVERIFY(rejected.rejectReason == std::optional(RejectReason::Illegible));
    QCOMPARE(rejected.reviewerNote, u"blurred seal"_s);
    QVERIFY(accountOf(b, lianyun) == before);
    QCOMPARE(before.authStatus, AuthStatus::Authenticated);
    const auto mails = outboxOf(b, before.email, u"reauthenticationRejected"_s);
    QCOMPARE(mails.size(), 1);
    QCOMPARE(paramsOf(mails.first()).value(u"reason"_s).toString(), u"illegible"_s);
    QCOMPARE(paramsOf(mails.first()).value(u"note"_s).toString(), u"blurred seal"_s);
    QCOMPARE(journalOf(b, u"authenticateAccount"_s, lianyun).first().value(column::Details),
             QVariant(u"rejected illegible changeEnterpriseName"_s));
    QVERIFY(outboxOf(b, before.email, u"authenticationRejected"_s).isEmpty());
    // Reviewed once; the account asks again.
    QCOMPARE(await(b->reviewAuthentication(approve(record.authenticationId))).error(),
             err("R-AUTH-4", "authenticationId", "notPending", {{u"status"_s, u"rejected"_s}}));
    QVERIFY(await(b->submitReauthentication(enterpriseName(lianyun, u"Lianyun Holdings"_s))).ok());
}

// ---- preconditions -----------------------------------------------------------------------

// R-AUTH-4: one request under review per account, whatever its kind (the demo's (7) waits
// for its name change).
void TestReauthentication::R_AUTH_4_pendingRequestBlocks()
{
    TestBackend b(true);
    const QString jiangcheng = demoAccount(b, demo::cast::NameChangeLogin);
    const Snapshot before = snapshot(b, jiangcheng);
    QCOMPARE(await(b->submitReauthentication(enterpriseEntity(jiangcheng))).error(),
             err("R-AUTH-4", "accountId", "pending"));
    QCOMPARE(await(b->submitReauthentication(enterpriseName(jiangcheng, u"JC Media"_s))).error(),
             err("R-AUTH-4", "accountId", "pending"));
    QCOMPARE(snapshot(b, jiangcheng), before);
    // A refusal is journaled with its rule (R-AUD-1).
    QCOMPARE(count(*b.backend, view::Journal,
                   {{column::Operation, u"submitReauthentication"_s},
                    {column::Target, jiangcheng},
                    {column::Outcome, u"R-AUTH-4"_s}}),
             2);
    // Submitted now by another account: its own request waits too.
    const QString lianyun = demoAccount(b, demo::cast::BuyerLogin);
    submitted(b, enterpriseName(lianyun, u"Lianyun Holdings"_s));
    QCOMPARE(await(b->submitReauthentication(enterpriseEntity(lianyun))).error(),
             err("R-AUTH-4", "accountId", "pending"));
}

// R-AUTH-11 (§4.4.2, §4.5.2): no re-authentication of any kind with arrears, until paid.
void TestReauthentication::R_AUTH_11_arrearsRefused()
{
    TestBackend b(true);
    const QString haixing = demoAccount(b, demo::cast::ArrearsLogin);
    const auto conditions = await(b->accountConditions(haixing));
    QVERIFY2(conditions.ok(), qPrintable(errorText(conditions)));
    QCOMPARE(conditions->arrears, Fen(128050));
    const Snapshot before = snapshot(b, haixing);
    const Error arrears = err("R-AUTH-11", "accountId", "arrears", {{u"amount"_s, u"1280.50"_s}});
    QCOMPARE(await(b->submitReauthentication(enterpriseEntity(haixing))).error(), arrears);
    QCOMPARE(await(b->submitReauthentication(enterpriseName(haixing, u"Haixing Group"_s))).error(),
             arrears);
    QCOMPARE(snapshot(b, haixing), before);
    // An individual in arrears as well.
    const QString person = authenticatedIndividual(b, u"Li Na"_s, u"E55500001"_s);
    AccountConditions owes;
    owes.accountId = person;
    owes.arrears = Fen(1);
    conditionsSet(b, owes);
    QCOMPARE(await(b->submitReauthentication(individualOwner(person))).error(),
             err("R-AUTH-11", "accountId", "arrears", {{u"amount"_s, u"0.01"_s}}));
    QCOMPARE(await(b->submitReauthentication(individualToEnterprise(person))).error(),
             err("R-AUTH-11", "accountId", "arrears", {{u"amount"_s, u"0.01"_s}}));
    // Paid: the operator clears the arrears, and the request goes through.
    AccountConditions paid = *conditions;
    paid.arrears = Fen();
    conditionsSet(b, paid);
    QVERIFY(await(b->submitReauthentication(enterpriseName(haixing, u"Haixing Group"_s))).ok());
}

// R-AUTH-5 (§4.5.2): a KooGallery seller cannot change its entity; its name it can.
void TestReauthentication::R_AUTH_5_koogallerySellerKeepsItsEntity()
{
    TestBackend b(true);
    const QString qiming = demoAccount(b, demo::cast::KooGallerySellerLogin);
    QVERIFY(await(b->accountConditions(qiming))->koogallerySeller);
    const Snapshot before = snapshot(b, qiming);
    QCOMPARE(await(b->submitReauthentication(enterpriseEntity(qiming))).error(),
             err("R-AUTH-5", "accountId", "koogallerySeller"));
    QCOMPARE(snapshot(b, qiming), before);
    QVERIFY(
        await(b->submitReauthentication(enterpriseName(qiming, u"Qiming Retail Group"_s))).ok());
}

// R-AUTH-5 (§4.5.1): an invitation not accepted yet blocks both the master and the invited
// account (the demo's (10) and (11)); accepted, it blocks no more.
void TestReauthentication::R_AUTH_5_pendingInvitationBlocksMasterAndMember()
{
    TestBackend b(true);
    const QString master = demoAccount(b, demo::cast::MasterLogin);
    const QString member = demoAccount(b, demo::cast::InvitedMemberLogin);
    const Snapshot masterBefore = snapshot(b, master);
    QCOMPARE(await(b->submitReauthentication(enterpriseName(master, u"Xinghe Group"_s))).error(),
             err("R-AUTH-5", "accountId", "masterInvitationPending", {{u"accountId"_s, member}}));
    QCOMPARE(await(b->submitReauthentication(enterpriseEntity(member))).error(),
             err("R-AUTH-5", "accountId", "masterInvitationPending", {{u"accountId"_s, master}}));
    QCOMPARE(snapshot(b, master), masterBefore);
    // Another master's invitation of a new account blocks that master as well.
    const QString other = authenticatedEnterprise(b, u"Other Master Co."_s, u"REG-OTHER-1"_s);
    const QString invited = newAccount(b, spec(AccountType::Enterprise, u"Invited Co."_s));
    associate(b, invited, other, u"invited"_s);
    QCOMPARE(await(b->submitReauthentication(enterpriseName(other, u"Other Co."_s))).error(),
             err("R-AUTH-5", "accountId", "masterInvitationPending", {{u"accountId"_s, invited}}));
    // A rejected invitation blocks neither side.
    const QString third = authenticatedEnterprise(b, u"Third Co."_s, u"REG-THIRD-1"_s);
    const QString declined = authenticatedEnterprise(b, u"Declined Co."_s, u"REG-DECL-1"_s);
    associate(b, declined, third, u"rejected"_s);
    QVERIFY(await(b->submitReauthentication(enterpriseName(declined, u"Declined Ltd."_s))).ok());
    QVERIFY(await(b->submitReauthentication(enterpriseName(third, u"Third Ltd."_s))).ok());
}

// R-AUTH-5 (§4.5.1): master and member authenticated with the same enterprise information:
// only the master re-authenticates, and its approved change is copied to the member.
void TestReauthentication::R_AUTH_5_memberLeavesItToItsMaster()
{
    TestBackend b(true);
    const QString name = u"Zhejiang Hengyuan Group Co., Ltd."_s;
    const QString master = authenticatedEnterprise(b, name, u"91330100MA2HY00001"_s);
    const QString member = authenticatedEnterprise(b, name, u"91330100MA2HY00001"_s);
    const QString otherMember =
        authenticatedEnterprise(b, u"Hengyuan Logistics Co., Ltd."_s, u"91330100MA2HY00002"_s);
    associate(b, member, master);
    associate(b, otherMember, master);
    const Snapshot memberBefore = snapshot(b, member);
    QCOMPARE(await(b->submitReauthentication(enterpriseName(member, u"Hengyuan Co."_s))).error(),
             err("R-AUTH-5", "accountId", "memberOfMaster", {{u"masterAccountId"_s, master}}));
    QCOMPARE(snapshot(b, member), memberBefore);
    // A member of another name re-authenticates on its own.
    const HuaweiAccount otherBefore = accountOf(b, otherMember);

    const AuthenticationRecord request =
        submitted(b, enterpriseName(master, u"Zhejiang Hengyuan Holdings Co., Ltd."_s));
    reviewed(b, approve(request.authenticationId));
    QCOMPARE(accountOf(b, master).enterpriseName, u"Zhejiang Hengyuan Holdings Co., Ltd."_s);
    const HuaweiAccount copied = accountOf(b, member);
    QCOMPARE(copied.enterpriseName, u"Zhejiang Hengyuan Holdings Co., Ltd."_s);
    QCOMPARE(copied.authStatus, AuthStatus::Authenticated);
    QVERIFY(accountOf(b, otherMember) == otherBefore);
    // The member's copy: approved, of the same kind, without the master's materials.
    const auto memberRows = rows(*b.backend, view::Authentications,
                                 {{column::AccountId, member}, {column::Status, u"approved"_s}});
    QCOMPARE(memberRows.size(), 2); // its own first authentication and the copy
    const auto copyRow = std::find_if(memberRows.cbegin(), memberRows.cend(), [](const auto &r) {
        return r.value(column::Kind).toString() == u"enterprise_name";
    });
    QVERIFY(copyRow != memberRows.cend());
    const auto copy =
        await(b->authentication(copyRow->value(column::AuthenticationId).toLongLong()));
    QVERIFY2(copy.ok(), qPrintable(errorText(copy)));
    QCOMPARE(copy->subjectName, u"Zhejiang Hengyuan Holdings Co., Ltd."_s);
    QCOMPARE(copy->certificateNumber, u"91330100MA2HY00001"_s);
    QVERIFY(copy->materials.isEmpty());
    QCOMPARE(outboxOf(b, copied.email, u"reauthenticationApproved"_s).size(), 1);
    QCOMPARE(journalOf(b, u"authenticateAccount"_s, member).first().value(column::Details),
             QVariant(u"approved: R-AUTH-5 copy %1 of %2"_s.arg(copy->authenticationId)
                          .arg(request.authenticationId)));
}

// R-AUTH-5: re-authentication needs an approved authentication, of the kind's account type.
void TestReauthentication::R_AUTH_5_notAuthenticatedOrWrongType()
{
    TestBackend b(true);
    const Error notAuthenticated = err("R-AUTH-5", "accountId", "notAuthenticated");
    const QString fresh = demoAccount(b, demo::cast::NewSignUpLogin);
    QCOMPARE(await(b->submitReauthentication(individualOwner(fresh))).error(), notAuthenticated);
    // Under review for the first time (the demo's (4)): not authenticated yet.
    const QString hengtai = demoAccount(b, demo::cast::PendingLogin);
    QCOMPARE(await(b->submitReauthentication(enterpriseName(hengtai, u"Hengtai"_s))).error(),
             notAuthenticated);
    // Rejected, and authenticated without any approved record.
    const QString rejected =
        newAccount(b, spec(AccountType::Enterprise, u"Rejected Co."_s, AuthStatus::Rejected));
    QCOMPARE(await(b->submitReauthentication(enterpriseName(rejected, u"R Co."_s))).error(),
             notAuthenticated);
    const QString unrecorded =
        newAccount(b, spec(AccountType::Enterprise, u"Odd Co."_s, AuthStatus::Authenticated));
    QCOMPARE(await(b->submitReauthentication(enterpriseName(unrecorded, u"O Co."_s))).error(),
             notAuthenticated);

    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    const QString lianyun = demoAccount(b, demo::cast::BuyerLogin);
    const Error individualAccount =
        err("R-AUTH-5", "kind", "wrongType", {{u"accountType"_s, u"individual"_s}});
    const Error enterpriseAccount =
        err("R-AUTH-5", "kind", "wrongType", {{u"accountType"_s, u"enterprise"_s}});
    QCOMPARE(await(b->submitReauthentication(enterpriseEntity(zhou))).error(), individualAccount);
    QCOMPARE(await(b->submitReauthentication(enterpriseName(zhou, u"Zhou Co."_s))).error(),
             individualAccount);
    QCOMPARE(await(b->submitReauthentication(individualOwner(lianyun))).error(), enterpriseAccount);
    QCOMPARE(await(b->submitReauthentication(individualToEnterprise(lianyun))).error(),
             enterpriseAccount);
}

void TestReauthentication::R_ACC_16_E_INVALID_accountAndKind()
{
    TestBackend b(true);
    const QString lianyun = demoAccount(b, demo::cast::BuyerLogin);
    ReauthenticationRequest first = enterpriseName(lianyun, u"Lianyun"_s);
    first.kind = ReviewKind::Authentication;
    QCOMPARE(await(b->submitReauthentication(first)).error(),
             err("E-INVALID", "kind", "authentication"));
    QCOMPARE(await(b->submitReauthentication(
                       enterpriseName(u"f000ee4d7327428da2f53a081e7109bd"_s, u"X"_s)))
                 .error(),
             err("E-NOT-FOUND", "accountId", "huaweiAccount"));
    QCOMPARE(await(b->submitReauthentication(enterpriseName(u"nope"_s, u"X"_s))).error(),
             err("R-ID-1", "accountId", "format", {{u"length"_s, 4}}));
    // R-ACC-16: closed services first.
    AccountSpec closed = spec(AccountType::Enterprise, u"Closed Co."_s, AuthStatus::Authenticated);
    closed.services = ServicesStatus::Closed;
    const QString closedId = newAccount(b, closed);
    approvedRecord(b, closedId, u"REG-CLOSED-1"_s, u"Closed Co."_s);
    QCOMPARE(await(b->submitReauthentication(enterpriseName(closedId, u"C Co."_s))).error(),
             err("R-ACC-16", "accountId", "servicesClosed"));
}

// ---- fields and materials ----------------------------------------------------------------

// R-AUTH-11: signed or stamped by both sides; R-AUTH-13: the statement sealed or signed.
void TestReauthentication::R_AUTH_11_R_AUTH_13_declarationRequired()
{
    TestBackend b(true);
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    const QString lianyun = demoAccount(b, demo::cast::BuyerLogin);
    const Snapshot before = snapshot(b, zhou);
    const QList<std::pair<ReauthenticationRequest, const char *>> table = {
        {individualOwner(zhou), "R-AUTH-11"},
        {individualToEnterprise(zhou), "R-AUTH-11"},
        {enterpriseEntity(lianyun), "R-AUTH-11"},
        {enterpriseName(lianyun, u"Lianyun New"_s), "R-AUTH-13"},
    };
    for (auto [request, rule] : table) {
        request.declaration = false;
        QCOMPARE(await(b->submitReauthentication(request)).error(),
                 err(rule, "declaration", "required"));
    }
    QCOMPARE(snapshot(b, zhou), before);
}

// R-AUTH-12: an application form is a PDF or an image, never Word; an individual's change form
// a PDF only (§4.4.2 step 4).
void TestReauthentication::R_AUTH_12_applicationFormNeverWord()
{
    TestBackend b(true);
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    const QString lianyun = demoAccount(b, demo::cast::BuyerLogin);
    const Snapshot before = snapshot(b, zhou);
    const Error word = err("R-AUTH-12", "applicationForm", "word");

    ReauthenticationRequest owner = individualOwner(zhou);
    owner.materials[2] = wordMaterial(MaterialSlot::ApplicationForm, u"change-form.docx"_s);
    QCOMPARE(await(b->submitReauthentication(owner)).error(), word);
    owner.materials[2] = jpegMaterial(MaterialSlot::ApplicationForm);
    QCOMPARE(await(b->submitReauthentication(owner)).error(),
             err("R-AUTH-12", "applicationForm", "type", {{u"allowed"_s, u"PDF"_s}}));

    ReauthenticationRequest ticket = individualToEnterprise(zhou);
    ticket.materials[2] = wordMaterial(MaterialSlot::ApplicationForm);
    QCOMPARE(await(b->submitReauthentication(ticket)).error(), word);
    ticket.materials.removeAt(2); // the ticket's items are R-AUTH-14's
    QCOMPARE(await(b->submitReauthentication(ticket)).error(),
             err("R-AUTH-14", "applicationForm", "required"));

    ReauthenticationRequest entity = enterpriseEntity(lianyun);
    entity.materials[1] = wordMaterial(MaterialSlot::ApplicationForm);
    QCOMPARE(await(b->submitReauthentication(entity)).error(), word);
    entity.materials[1] = gifMaterial(MaterialSlot::ApplicationForm);
    QCOMPARE(
        await(b->submitReauthentication(entity)).error(),
        err("R-AUTH-12", "applicationForm", "type", {{u"allowed"_s, u"PDF, JPG, BMP, PNG"_s}}));
    entity.materials.removeAt(1);
    QCOMPARE(await(b->submitReauthentication(entity)).error(),
             err("R-AUTH-12", "applicationForm", "required"));
    QCOMPARE(snapshot(b, zhou), before);
    // A photo of the pages side by side is fine for an entity change.
    entity.materials.append(pngMaterial(MaterialSlot::ApplicationForm, u"pages.png"_s));
    QVERIFY(await(b->submitReauthentication(entity)).ok());
}

// R-AUTH-13: the registration number cannot change; the name must.
void TestReauthentication::R_AUTH_13_numberFixedAndNameChanged()
{
    TestBackend b(true);
    const QString lianyun = demoAccount(b, demo::cast::BuyerLogin);
    const Snapshot before = snapshot(b, lianyun);
    ReauthenticationRequest r = enterpriseName(lianyun, u"Lianyun Cloud"_s);
    r.certificateNumber = u"91330106MA2NEW0001"_s;
    QCOMPARE(await(b->submitReauthentication(r)).error(),
             err("R-AUTH-13", "certificateNumber", "fixed"));
    r = enterpriseName(lianyun, u" hangzhou LIANYUN technology  co., ltd."_s);
    QCOMPARE(await(b->submitReauthentication(r)).error(),
             err("R-AUTH-13", "enterpriseName", "unchanged"));
    r.enterpriseName = u" "_s;
    QCOMPARE(await(b->submitReauthentication(r)).error(),
             err("R-AUTH-2", "enterpriseName", "required"));
    r.enterpriseName = QString(65, u'x');
    QCOMPARE(await(b->submitReauthentication(r)).error(),
             err("R-AUTH-2", "enterpriseName", "tooLong", {{u"max"_s, 64}}));
    // Its three materials, R-AUTH-13's.
    r = enterpriseName(lianyun, u"Lianyun Cloud"_s);
    r.materials.removeAt(1);
    QCOMPARE(await(b->submitReauthentication(r)).error(),
             err("R-AUTH-13", "authorityDocument", "required"));
    r = enterpriseName(lianyun, u"Lianyun Cloud"_s);
    r.materials.append(pngMaterial(MaterialSlot::CertificateFront));
    QCOMPARE(await(b->submitReauthentication(r)).error(),
             err("E-INVALID", "materials", "unknownSlot", {{u"slot"_s, u"certificateFront"_s}}));
    r = enterpriseName(lianyun, u"Lianyun Cloud"_s);
    r.materials[2] = wordMaterial(MaterialSlot::NewCertificate);
    QCOMPARE(await(b->submitReauthentication(r)).error(),
             err("R-AUTH-13", "newCertificate", "word"));
    QCOMPARE(snapshot(b, lianyun), before);
}

// my-account.md Decisions: the name change's uploads are JPG, JPEG, BMP, PNG, GIF or PDF.
void TestReauthentication::R_AUTH_13_gifAcceptedForTheNameChange()
{
    TestBackend b(true);
    const QString lianyun = demoAccount(b, demo::cast::BuyerLogin);
    ReauthenticationRequest r = enterpriseName(lianyun, u"Lianyun Cloud"_s);
    r.materials = {gifMaterial(MaterialSlot::Statement, u"statement.gif"_s),
                   gifMaterial(MaterialSlot::AuthorityDocument, u"authority.GIF"_s),
                   pdfMaterial(MaterialSlot::NewCertificate, u"certificate.pdf"_s)};
    const auto result = await(b->submitReauthentication(r));
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->materials.size(), 3);
    QCOMPARE(result->materials.first().fileName, u"statement.gif"_s);
    // A GIF elsewhere is still refused (R-AUTH-2: the certificate of an entity change).
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    ReauthenticationRequest ticket = individualToEnterprise(zhou);
    ticket.materials[3] = gifMaterial(MaterialSlot::CertificateFront);
    QCOMPARE(await(b->submitReauthentication(ticket)).error(),
             err("R-AUTH-14", "certificateFront", "type", {{u"allowed"_s, u"JPG, BMP, PNG"_s}}));
}

// The subject's fields as W-AUTH checks them, the slots of each kind; nothing changes on a
// refusal.
void TestReauthentication::R_AUTH_1_R_AUTH_2_R_AUTH_7_refusalsChangeNothing()
{
    TestBackend b(true);
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    const QString lianyun = demoAccount(b, demo::cast::BuyerLogin);
    using Change = std::function<void(ReauthenticationRequest &)>;
    struct Row
    {
        const char *name;
        std::function<ReauthenticationRequest()> make;
        Change change;
        Error expected;
    };
    const auto owner = [&] { return individualOwner(zhou); };
    const auto ticket = [&] { return individualToEnterprise(zhou); };
    const auto entity = [&] { return enterpriseEntity(lianyun); };
    const QList<Row> table = {
        {"R-AUTH-7 new owner", owner, [](auto &r) { r.issuingCountryRegion = u"SG"_s; },
         err("R-AUTH-7", "issuingCountryRegion", "mismatch", {{u"countryRegion"_s, u"CN"_s}})},
        {"country required", owner, [](auto &r) { r.issuingCountryRegion.clear(); },
         err("E-REQUIRED", "issuingCountryRegion", "required")},
        {"full name required", owner, [](auto &r) { r.fullName = u" "_s; },
         err("E-REQUIRED", "fullName", "required")},
        {"number format", owner, [](auto &r) { r.certificateNumber = u"G1"_s; },
         err("R-AUTH-1", "certificateNumber", "format")},
        {"current page missing", owner, [](auto &r) { r.materials.removeFirst(); },
         err("R-AUTH-11", "currentCertificatePage", "required")},
        {"current holding photo missing", owner, [](auto &r) { r.materials.removeAt(1); },
         err("R-AUTH-11", "currentHoldingPhoto", "required")},
        {"new page missing", owner, [](auto &r) { r.materials.removeAt(3); },
         err("R-AUTH-1", "certificatePage", "required")},
        {"new holding photo too large", owner,
         [](auto &r) { r.materials[4].size = material::MaxBytes + 1; },
         err("R-AUTH-1", "holdingPhoto", "tooLarge", {{u"maxMb"_s, 10}})},
        {"an enterprise slot", owner,
         [](auto &r) { r.materials.append(pngMaterial(MaterialSlot::CertificateFront)); },
         err("E-INVALID", "materials", "unknownSlot", {{u"slot"_s, u"certificateFront"_s}})},
        {"a slot twice", owner,
         [](auto &r) { r.materials.append(pdfMaterial(MaterialSlot::ApplicationForm)); },
         err("E-INVALID", "materials", "duplicateSlot", {{u"slot"_s, u"applicationForm"_s}})},
        {"sha256", owner, [](auto &r) { r.materials[0].sha256.chop(1); },
         err("E-INVALID", "currentCertificatePage", "sha256")},
        {"R-AUTH-7 ticket", ticket, [](auto &r) { r.issuingCountryRegion = u"HK"_s; },
         err("R-AUTH-7", "issuingCountryRegion", "mismatch", {{u"countryRegion"_s, u"CN"_s}})},
        {"ticket address", ticket, [](auto &r) { r.registeredAddress.clear(); },
         err("E-REQUIRED", "registeredAddress", "required")},
        {"ticket registration number", ticket, [](auto &r) { r.certificateNumber = u"9/1"_s; },
         err("R-AUTH-2", "certificateNumber", "format")},
        {"visa page missing", ticket, [](auto &r) { r.materials.removeFirst(); },
         err("R-AUTH-14", "holdingVisaPage", "required")},
        {"certificate back missing", ticket, [](auto &r) { r.materials.removeLast(); },
         err("R-AUTH-14", "certificateBack", "required")},
        {"a PDF photo", ticket,
         [](auto &r) { r.materials[1] = pdfMaterial(MaterialSlot::HoldingPhoto); },
         err("R-AUTH-14", "holdingPhoto", "type", {{u"allowed"_s, u"JPG, BMP, PNG"_s}})},
        {"R-AUTH-7 entity", entity, [](auto &r) { r.issuingCountryRegion = u"US"_s; },
         err("R-AUTH-7", "issuingCountryRegion", "mismatch", {{u"countryRegion"_s, u"CN"_s}})},
        {"entity name", entity, [](auto &r) { r.enterpriseName.clear(); },
         err("R-AUTH-2", "enterpriseName", "required")},
        {"entity front missing", entity, [](auto &r) { r.materials.removeFirst(); },
         err("R-AUTH-2", "certificateFront", "required")},
        {"a .png that is a JPEG form", entity,
         [](auto &r) { r.materials[1].fileName = u"form.png"_s; },
         err("R-AUTH-12", "applicationForm", "extension", {{u"type"_s, u"JPG"_s}})},
    };
    const Snapshot zhouBefore = snapshot(b, zhou);
    const Snapshot lianyunBefore = snapshot(b, lianyun);
    for (const Row &row : table) {
        ReauthenticationRequest r = row.make();
        row.change(r);
        const auto result = await(b->submitReauthentication(r));
        QVERIFY2(!result.ok(), row.name);
        QVERIFY2(result.error() == row.expected,
                 qPrintable(QString::fromUtf8(row.name) + u": "_s + result.error().toString()));
    }
    QCOMPARE(snapshot(b, zhou), zhouBefore);
    QCOMPARE(snapshot(b, lianyun), lianyunBefore);
}

// R-AUTH-3: the new number counts like W-AUTH's, over other accounts' current records (a
// record a later approval superseded no longer counts) and requests under review.
void TestReauthentication::R_AUTH_3_newNumberLimit()
{
    TestBackend b(true);
    const QString number = u"G77700077"_s;
    QStringList holders;
    for (int i = 0; i < 3; ++i)
        holders << authenticatedIndividual(b, u"Holder %1"_s.arg(i), number);
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    const Snapshot before = snapshot(b, zhou);
    const Error limit = err("R-AUTH-3", "certificateNumber", "limit", {{u"max"_s, 3}});
    QCOMPARE(await(b->submitReauthentication(individualOwner(zhou, number))).error(), limit);
    QCOMPARE(snapshot(b, zhou), before);
    // One holder passes its account to another owner: its old record no longer counts.
    const AuthenticationRecord passed =
        submitted(b, individualOwner(holders.at(0), u"G88800088"_s));
    QCOMPARE(await(b->submitReauthentication(individualOwner(zhou, number))).error(), limit);
    reviewed(b, approve(passed.authenticationId));
    const AuthenticationRecord mine = submitted(b, individualOwner(zhou, number));
    // ... and it is checked again at approval: a fourth account took the number meanwhile.
    approvedRecord(b, authenticatedIndividual(b, u"Late"_s, u"X0000000"_s), number, u"Late"_s);
    QCOMPARE(await(b->reviewAuthentication(approve(mine.authenticationId))).error(), limit);
    QCOMPARE(accountOf(b, zhou).fullName, u"Zhou Mingyuan"_s);
}

// ---- W-AUTH ------------------------------------------------------------------------------

// R-AUTH-6 (§4.2.2): an account that joined a partner program (HCPN) cannot authenticate as
// an individual; as an enterprise it can.
void TestReauthentication::R_AUTH_6_hcpnPartnerNotAsIndividual()
{
    TestBackend b(true);
    const QString chen = demoAccount(b, demo::cast::NewSignUpLogin);
    AccountConditions partner;
    partner.accountId = chen;
    partner.hcpnPartner = true;
    conditionsSet(b, partner);
    AuthenticationRequest individual;
    individual.accountId = chen;
    individual.type = AccountType::Individual;
    individual.issuingCountryRegion = u"CN"_s;
    individual.fullName = u"Chen Xiaoyu"_s;
    individual.certificateNumber = u"E12345678"_s;
    individual.materials = {pngMaterial(MaterialSlot::CertificatePage),
                            jpegMaterial(MaterialSlot::HoldingPhoto)};
    const Snapshot before = snapshot(b, chen);
    QCOMPARE(await(b->submitAuthentication(individual)).error(),
             err("R-AUTH-6", "accountType", "hcpnPartner"));
    QCOMPARE(snapshot(b, chen), before);
    AuthenticationRequest enterprise;
    enterprise.accountId = chen;
    enterprise.type = AccountType::Enterprise;
    enterprise.enterpriseName = u"Chen Studio"_s;
    enterprise.registeredAddress = u"No. 1 Binjiang Road, Hangzhou"_s;
    enterprise.certificateNumber = u"91330106MA2CHEN001"_s;
    enterprise.materials = {pngMaterial(MaterialSlot::CertificateFront, u"front.png"_s),
                            pngMaterial(MaterialSlot::CertificateBack, u"back.png"_s)};
    const auto accepted = await(b->submitAuthentication(enterprise));
    QVERIFY2(accepted.ok(), qPrintable(errorText(accepted)));
}

// ---- the simulated conditions ------------------------------------------------------------

void TestReauthentication::conditionsDefaultsAndRoundTrip()
{
    TestBackend b(true);
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    const auto defaults = await(b->accountConditions(zhou.toUpper()));
    QVERIFY2(defaults.ok(), qPrintable(errorText(defaults)));
    AccountConditions none;
    none.accountId = zhou;
    QVERIFY(defaults.value() == none);

    AccountConditions all{zhou, Fen(12345), Fen(600000), true, true, true, true,
                          true, true,       true,        true, true, true};
    const AccountConditions stored = conditionsSet(b, all);
    QVERIFY(stored == all);
    QVERIFY(await(b->accountConditions(zhou)).value() == all);
    const auto entries = journalOf(b, u"setAccountConditions"_s, zhou);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().value(column::Details).toString(),
             u"arrears 123.45 balance 6000.00 overIssuedInvoices pendingPayments unpaidTaxes "
             "reservedInstances pendingContracts complaints koogallerySeller hcpnPartner "
             "specialContract cashSpending"_s);
    QCOMPARE(entries.first().value(column::Actor).toString(), u"test"_s);
    // Setting replaces every member.
    AccountConditions some;
    some.accountId = zhou;
    some.complaints = true;
    QVERIFY(conditionsSet(b, some) == some);
    QVERIFY(await(b->accountConditions(zhou)).value() == some);
    // The demo's: (5) in arrears, (6) a KooGallery seller.
    const auto haixing = await(b->accountConditions(demoAccount(b, demo::cast::ArrearsLogin)));
    QCOMPARE(haixing->arrears, Fen(128050));
    QVERIFY(!haixing->koogallerySeller);
}

void TestReauthentication::conditionsRefusals()
{
    TestBackend b(true);
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    const qint64 journalBefore =
        count(*b.backend, view::Journal, {{column::Outcome, u"success"_s}});
    AccountConditions negative;
    negative.accountId = zhou;
    negative.arrears = Fen(-1);
    QCOMPARE(await(b->setAccountConditions(negative)).error(),
             err("E-INVALID", "arrears", "negative"));
    negative.arrears = Fen();
    negative.balance = Fen(-100);
    QCOMPARE(await(b->setAccountConditions(negative)).error(),
             err("E-INVALID", "balance", "negative"));
    const QString unknown = u"f000ee4d7327428da2f53a081e7109bd"_s;
    QCOMPARE(await(b->accountConditions(unknown)).error(),
             err("E-NOT-FOUND", "accountId", "huaweiAccount"));
    AccountConditions nobody;
    nobody.accountId = unknown;
    QCOMPARE(await(b->setAccountConditions(nobody)).error(),
             err("E-NOT-FOUND", "accountId", "huaweiAccount"));
    QCOMPARE(await(b->accountConditions(u"nope"_s)).error(),
             err("R-ID-1", "accountId", "format", {{u"length"_s, 4}}));
    QCOMPARE(count(*b.backend, view::Journal, {{column::Outcome, u"success"_s}}), journalBefore);
    QCOMPARE(await(b->accountConditions(zhou))->arrears, Fen());
}

// Two operators setting one account's conditions at once: both succeed (one upsert each),
// one row, the values of one of them.
void TestReauthentication::conditionsTwoOperatorsAtOnce()
{
    TestBackend b(true);
    std::unique_ptr<Backend> second = b.openSecondBackend();
    QVERIFY(second);
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    QList<QFuture<Result<AccountConditions>>> calls;
    for (int i = 0; i < 6; ++i) {
        AccountConditions c;
        c.accountId = zhou;
        c.balance = Fen(100 * (i + 1));
        calls << (i % 2 ? second->setAccountConditions(c) : b->setAccountConditions(c));
    }
    QList<Fen> written;
    for (auto &call : calls) {
        const auto result = await(call);
        QVERIFY2(result.ok(), qPrintable(errorText(result)));
        written << result->balance;
    }
    const Fen last = await(b->accountConditions(zhou))->balance;
    QVERIFY(written.contains(last));
    QCOMPARE(count(*b.backend, view::Journal,
                   {{column::Operation, u"setAccountConditions"_s},
                    {column::Target, zhou},
                    {column::Outcome, u"success"_s}}),
             6);
}

// ---- the review queue --------------------------------------------------------------------

void TestReauthentication::R_AUTH_4_reviewQueueKindColumn()
{
    TestBackend b(true);
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    const QString lianyun = demoAccount(b, demo::cast::BuyerLogin);
    const AuthenticationRecord owner = submitted(b, individualOwner(zhou));
    const AuthenticationRecord entity = submitted(b, enterpriseEntity(lianyun));
    const auto byKind = [&](const char *kind) {
        return rows(*b.backend, view::Authentications, {{column::Kind, QString::fromLatin1(kind)}});
    };
    QCOMPARE(byKind("individual_owner").size(), 1);
    QCOMPARE(byKind("individual_owner").first().value(column::AuthenticationId).toLongLong(),
             owner.authenticationId);
    QCOMPARE(byKind("enterprise_entity").size(), 1);
    QCOMPARE(byKind("enterprise_name").size(), 1); // the demo's (7)
    QCOMPARE(byKind("individual_to_enterprise").size(), 0);
    const qint64 all = count(*b.backend, view::Authentications);
    QCOMPARE(byKind("authentication").size(), all - 3);
    // The pending ones of a kind, as the queue filters them.
    QCOMPARE(count(*b.backend, view::Authentications,
                   {{column::Kind, u"enterprise_entity"_s}, {column::Status, u"pending"_s}}),
             1);
    const QVariantMap row = byKind("enterprise_entity").first();
    QCOMPARE(row.value(column::AuthenticationId).toLongLong(), entity.authenticationId);
    QCOMPARE(row.value(column::Name).toString(), u"Hangzhou Lianyun Technology Co., Ltd."_s);
    QCOMPARE(row.value(column::SubjectName).toString(), u"Hangzhou Lianyun Digital Co., Ltd."_s);
    QCOMPARE(row.value(column::AccountType).toString(), u"enterprise"_s);
    // The kind column is an enum column of its own names, and sorts.
    ListQuery query;
    query.view = view::Authentications;
    query.sortColumn = column::Kind;
    query.limit = 100;
    const auto page = await(b->list(query));
    QVERIFY2(page.ok(), qPrintable(errorText(page)));
    const auto kindColumn = std::find_if(page->columns.cbegin(), page->columns.cend(),
                                         [](const ColumnInfo &c) { return c.key == column::Kind; });
    QVERIFY(kindColumn != page->columns.cend());
    QCOMPARE(kindColumn->kind, ColumnKind::Enum);
    QCOMPARE(kindColumn->enumName, QString(enumName::ReviewKind));
    const auto sorted = rows(*b.backend, query);
    for (int i = 1; i < sorted.size(); ++i)
        QVERIFY(sorted.at(i - 1).value(column::Kind).toString() <=
                sorted.at(i).value(column::Kind).toString());
}

// The demo's (7): a Change Enterprise Name request under review since Thursday 2026-02-26
// 15:40, due on Tuesday 2026-03-03 15:40 (UTC+8); the operator approves it.
void TestReauthentication::R_AUTH_4_demoNameChangePendingWithDueTime()
{
    TestBackend b(true);
    const QString jiangcheng = demoAccount(b, demo::cast::NameChangeLogin);
    const auto queue = rows(*b.backend, view::Authentications,
                            {{column::Kind, u"enterprise_name"_s}, {column::Status, u"pending"_s}});
    QCOMPARE(queue.size(), 1);
    const QVariantMap row = queue.first();
    QCOMPARE(row.value(column::AccountId).toString(), jiangcheng);
    const QTimeZone cst = ClockSteps::chinaTimeZone();
    QCOMPARE(row.value(column::SubmittedAt).toLongLong(),
             QDateTime(QDate(2026, 2, 26), QTime(15, 40), cst).toMSecsSinceEpoch());
    QCOMPARE(row.value(column::DueBy).toLongLong(),
             QDateTime(QDate(2026, 3, 3), QTime(15, 40), cst).toMSecsSinceEpoch());
    const auto record = await(b->authentication(row.value(column::AuthenticationId).toLongLong()));
    QVERIFY2(record.ok(), qPrintable(errorText(record)));
    QCOMPARE(record->subjectName, u"Wuhan Jiangcheng Culture Media Group Co., Ltd."_s);
    QCOMPARE(record->certificateNumber, u"91420103MA4KX8L61P"_s);
    QCOMPARE(accountOf(b, jiangcheng).enterpriseName, u"Wuhan Jiangcheng Media Group Co., Ltd."_s);
    QCOMPARE(accountOf(b, jiangcheng).authStatus, AuthStatus::Authenticated);

    reviewed(b, approve(record->authenticationId));
    QCOMPARE(accountOf(b, jiangcheng).enterpriseName,
             u"Wuhan Jiangcheng Culture Media Group Co., Ltd."_s);
}

QTEST_MAIN(TestReauthentication)
#include "test_reauthentication.moc"
