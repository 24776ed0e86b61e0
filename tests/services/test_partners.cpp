// Partners through the asynchronous Backend (my-account.md §6, D.1 W-PARTNER-ASSOC, D.2
// D-PARTNER-DISASSOC / D-PARTNER-PROCESS, D.3 My Partner; R-PTN-1..7): the operator's
// invitation links; association by registering or by logging in through an online link, with
// every failed condition of R-PTN-3 / R-PTN-4 listed; the reseller's freeze until a monthly
// budget (no purchase meanwhile); D-PARTNER-DISASSOC's check list and the once-per-3-months
// limit; a disassociation asked by either side and agreed or refused by the other, each step in
// the Operation Log; two answers racing — on private copies of the demo story, each refusal
// changing nothing.

#include "DomainPrinting.h"
#include "TestSupport.h"
#include "core/Partners.h"
#include "services/DemoStoryData.h"
#include "store/HuaweiAccountRepository.h"

using namespace oc;
using namespace oc::test;
using namespace Qt::StringLiterals;

class TestPartners : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { OC_REQUIRE_STORE(); }
    void R_PTN_5_invitationLinks();
    void R_PTN_5_registerAndAssociate();
    void R_PTN_5_logInNeedsAnOnlineLinkInstructionsAndDocuments();
    void R_PTN_3_everyFailedConditionListed();
    void R_PTN_4_resellerConditionsOnlyForAReseller();
    void R_PTN_1_R_PTN_6_frozenUntilTheBudget();
    void R_PTN_2_checkListAndItsFixes();
    void R_PTN_7_customerRequestRefusedThenAgreed_R_PTN_2_threeMonths();
    void R_PTN_7_partnerRequestProcessedByTheCustomer();
    void R_PTN_7_twoAnswersRaceOneWins();
    void R_AUD_1_R_AUD_2_journaledWithoutCtsTraces();
    void demoStory();
};

namespace {

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

template<class T>
QString errorText(const Result<T> &result)
{
    return result.ok() ? u"(accepted)"_s : result.error().toString();
}

// The rule, field and reason of a refusal (its args aside).
template<class T>
Error refusal(const Result<T> &result)
{
    if (result.ok())
        return makeError(u"(accepted)"_s);
    return makeError(result.error().rule, result.error().field, result.error().reason);
}

Error err(const char *rule, const char *field, const char *reason)
{
    return makeError(QString::fromUtf8(rule), QString::fromUtf8(field), QString::fromUtf8(reason));
}

QStringList failedOf(const Error &error)
{
    return error.args.value(QString::fromLatin1(partner::FailedArg)).toStringList();
}

void setConditions(TestBackend &b, const QString &accountId,
                   const std::function<void(AccountConditions &)> &change)
{
    auto conditions = await(b->accountConditions(accountId));
    QVERIFY(conditions.ok());
    AccountConditions c = *conditions;
    change(c);
    QVERIFY(await(b->setAccountConditions(c)).ok());
}

qint64 journalCount(TestBackend &b, const char *operation, const QString &target,
                    const QString &outcome = u"success"_s)
{
    return count(*b.backend, view::Journal,
                 {{column::Operation, QString::fromUtf8(operation)},
                  {column::Target, target},
                  {column::Outcome, outcome}});
}

PartnerProfile profile(const QString &name)
{
    PartnerProfile p;
    p.enterpriseName = name;
    p.information = u"Reseller of Huawei Cloud in Shenzhen.\nManaged operations."_s;
    p.website = u"https://www.example-partner.cn"_s;
    p.contacts = {PartnerContact{u"Technical administration"_s, u"tech@example-partner.cn"_s,
                                 u"+8613900001111"_s, u"+86-755-1234-5678"_s},
                  PartnerContact{u"Marketing"_s, u"sales@example-partner.cn"_s, {}, {}}};
    return p;
}

PartnerInvitation invitation(TestBackend &b, PartnerModel model, bool online,
                             const QString &name = u"Shenzhen Partner Co., Ltd."_s)
{
    const auto made = await(b->createPartnerInvitation({profile(name), model, online}));
    if (!made.ok())
        qFatal("invitation: %s", qPrintable(made.error().toString()));
    return *made;
}

// Log In and Associate with a demo account (its password is the demo's).
PartnerAssociationRequest logIn(const QString &token, const char *loginId)
{
    PartnerAssociationRequest r;
    r.token = token;
    r.instructionsAccepted = true;
    r.authorizationAccepted = true;
    r.registerNew = false;
    r.accountName = cast(loginId);
    r.password = cast(demo::cast::Password);
    r.documentsAccepted = true;
    return r;
}

PartnerAssociationResult associate(TestBackend &b, const QString &token, const char *loginId)
{
    const auto result = await(b->associatePartner(logIn(token, loginId)));
    if (!result.ok())
        qFatal("associate: %s", qPrintable(result.error().toString()));
    return *result;
}

// The code of D-PARTNER-DISASSOC to the account's service mobile number, the clock a minute
// on first (R-VC-1).
QString smsCode(TestBackend &b, const QString &accountId)
{
    await(b->advanceClock(ClockStep::Minute));
    const QString mobile = detailOf(b, accountId).account.serviceMobile;
    const auto sent = await(
        b->sendCode(Channel::Sms, mobile, QString::fromLatin1(CodePurpose::PartnerDisassociate)));
    if (!sent.ok())
        qFatal("send code: %s", qPrintable(sent.error().toString()));
    return latestCode(*b.backend, sent->destination);
}

PartnerDisassociationRequest disassociation(TestBackend &b, const QString &accountId)
{
    return PartnerDisassociationRequest{accountId, true, smsCode(b, accountId)};
}

QStringList conditionsOf(const PartnerDisassociationCheck &check)
{
    QStringList list;
    for (const CheckFailure &f : check.failures)
        list << f.condition;
    return list;
}

QStringList logOf(const PartnerInfo &info)
{
    QStringList list;
    for (const PartnerLogEntry &e : info.log)
        list << e.actor + u':' + e.operation;
    return list;
}

PurchaseRequest cards(const QString &accountId)
{
    return PurchaseRequest{accountId, ProductKind::StoredValueCard, 1, true};
}

// What a refused call must not change: the account's detail (its traces aside: a refusal is
// journaled) and the Outbox.
struct Snapshot
{
    HuaweiAccountDetail detail;
    qint64 outbox = 0;
    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(TestBackend &b, const QString &accountId)
{
    Snapshot s{detailOf(b, accountId), count(*b.backend, view::Outbox)};
    s.detail.traces.clear();
    return s;
}

} // namespace

void TestPartners::R_PTN_5_invitationLinks()
{
    TestBackend b(true);
    const PartnerInvitation made = invitation(b, PartnerModel::Referral, false);
    QVERIFY(made.token.size() >= 20);
    QVERIFY(made.partner == profile(u"Shenzhen Partner Co., Ltd."_s));
    QVERIFY(made.model == PartnerModel::Referral);
    QVERIFY(!made.online);
    QVERIFY(made.createdAt.isValid());
    const auto read = await(b->partnerInvitation(u"  "_s + made.token + u" "_s));
    QVERIFY2(read.ok(), qPrintable(errorText(read)));
    QVERIFY(*read == made);
    // Two links are two tokens.
    QVERIFY(invitation(b, PartnerModel::Referral, false).token != made.token);

    // W-PARTNER-ASSOC's entry: a token no link carries, or none.
    QCOMPARE(refusal(await(b->partnerInvitation(u"no-such-token-here"_s))),
             err("E-NOT-FOUND", "token", "partnerInvitation"));
    QCOMPARE(refusal(await(b->partnerInvitation(u"https://x?token=1"_s))),
             err("E-NOT-FOUND", "token", "partnerInvitation"));
    QCOMPARE(refusal(await(b->partnerInvitation(QString()))),
             err("E-REQUIRED", "token", "required"));
    // The demo's online reseller link.
    const auto demoLink = await(b->partnerInvitation(cast(demo::cast::ResellerInvitationToken)));
    QVERIFY(demoLink.ok());
    QCOMPARE(demoLink->partner.enterpriseName, cast(demo::cast::ResellerPartnerName));
    QVERIFY(demoLink->online && demoLink->model == PartnerModel::Reseller);
    QCOMPARE(demoLink->partner.contacts.size(), 2);
    QVERIFY(!demoLink->partner.website.isEmpty() && !demoLink->partner.information.isEmpty());

    // The operator's form (the partner's profile).
    PartnerInvitationRequest r{profile(QString()), PartnerModel::Reseller, true};
    QCOMPARE(refusal(await(b->createPartnerInvitation(r))),
             err("E-REQUIRED", "enterpriseName", "required"));
    r.partner.enterpriseName = u"Partner"_s;
    r.partner.website = u"www.partner .cn"_s;
    QCOMPARE(refusal(await(b->createPartnerInvitation(r))), err("E-INVALID", "website", "format"));
    r.partner.website.clear();
    r.partner.contacts[1].email = u"not-an-email"_s;
    QCOMPARE(refusal(await(b->createPartnerInvitation(r))).field, u"contacts[1].email"_s);
    r.partner.contacts[1].email.clear();
    r.partner.contacts = QList<PartnerContact>(11);
    QCOMPARE(refusal(await(b->createPartnerInvitation(r))),
             err("E-INVALID", "contacts", "tooMany"));
    QCOMPARE(journalCount(b, "createPartnerInvitation", made.token), 1);
}

void TestPartners::R_PTN_5_registerAndAssociate()
{
    TestBackend b(true);
    const PartnerInvitation link = invitation(b, PartnerModel::Reseller, false);
    const QString email = u"new.customer@example.com"_s;
    PartnerAssociationRequest r;
    r.token = link.token;
    r.instructionsAccepted = true;
    r.registerNew = true;
    r.countryRegion = u"SG"_s;
    r.email = email;
    r.password = u"Partner2026x"_s;
    r.documentsAccepted = true;
    r.promotions = true;
    // The code of W-SIGNUP 1, sent to the email (purpose sign-up); a wrong one first.
    QVERIFY(
        await(b->sendCode(Channel::Email, email, QString::fromLatin1(CodePurpose::SignUp))).ok());
    const QString code = latestCode(*b.backend, email);
    r.code = code == u"000000" ? u"111111"_s : u"000000"_s;
    const qint64 accounts = count(*b.backend, view::HuaweiAccounts);
    QCOMPARE(refusal(await(b->associatePartner(r))), err("R-VC-1", "code", "wrong"));
    QCOMPARE(count(*b.backend, view::HuaweiAccounts), accounts);
    r.code = code;
    r.documentsAccepted = false;
    QCOMPARE(refusal(await(b->associatePartner(r))),
             err("R-PTN-5", "documentsAccepted", "required"));
    r.documentsAccepted = true;

    const auto result = await(b->associatePartner(r));
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(count(*b.backend, view::HuaweiAccounts), accounts + 1);
    const HuaweiAccount &account = result->account;
    QCOMPARE(account.email, email);
    QCOMPARE(account.countryRegion, u"SG"_s);
    QVERIFY(account.servicesStatus == ServicesStatus::Enabled); // the Enable page's documents
    QVERIFY(account.promotions);
    // A reseller association freezes the account (R-PTN-1); no Letter of Authorization.
    const PartnerInfo &p = result->partner;
    QVERIFY(p.status == PartnerStatus::Frozen);
    QVERIFY(p.model == PartnerModel::Reseller);
    QCOMPARE(p.partnerName, link.partner.enterpriseName);
    QVERIFY(p.profile == link.partner);
    QVERIFY(!p.authorized);
    QVERIFY(!p.monthlyBudget);
    QVERIFY(!p.pending);
    QCOMPARE(logOf(p), QStringList{u"customer:associated"_s});
    QVERIFY(detailOf(b, account.accountId).partner == std::optional<PartnerInfo>(p));
    // The email is the new HUAWEI ID's now (R-ACC-1).
    r.code = code;
    QCOMPARE(refusal(await(b->associatePartner(r))), err("R-ACC-1", "email", "idTaken"));
    QCOMPARE(count(*b.backend, view::Outbox,
                   {{column::Destination, email}, {column::Kind, u"partnerAssociated"_s}}),
             1);
}

void TestPartners::R_PTN_5_logInNeedsAnOnlineLinkInstructionsAndDocuments()
{
    TestBackend b(true);
    const QString song = demoAccount(b, demo::cast::PartnerCandidateLogin);
    const Snapshot before = snapshot(b, song);
    const PartnerInvitation offline = invitation(b, PartnerModel::Reseller, false);
    // An existing account only by an online link.
    QCOMPARE(refusal(await(
                 b->associatePartner(logIn(offline.token, demo::cast::PartnerCandidateLogin)))),
             err("R-PTN-5", "registerNew", "offlineInvitation"));
    const QString token = cast(demo::cast::ResellerInvitationToken);
    PartnerAssociationRequest r = logIn(token, demo::cast::PartnerCandidateLogin);
    r.instructionsAccepted = false;
    QCOMPARE(refusal(await(b->associatePartner(r))),
             err("R-PTN-5", "instructionsAccepted", "required"));
    r.instructionsAccepted = true;
    r.documentsAccepted = false;
    QCOMPARE(refusal(await(b->associatePartner(r))),
             err("R-PTN-5", "documentsAccepted", "required"));
    r.documentsAccepted = true;
    r.password = u"Wrong2026x"_s;
    QCOMPARE(refusal(await(b->associatePartner(r))), err("R-ACC-19", "password", "wrongPassword"));
    r.password.clear();
    QCOMPARE(refusal(await(b->associatePartner(r))), err("E-REQUIRED", "password", "required"));
    r.token = u"unknown-token-123"_s;
    QCOMPARE(refusal(await(b->associatePartner(r))),
             err("E-NOT-FOUND", "token", "partnerInvitation"));
    QCOMPARE(snapshot(b, song), before);

    // Logged in by another of its names (its email), the Letter of Authorization given.
    r = logIn(token, demo::cast::PartnerCandidateLogin);
    r.accountName = detailOf(b, song).account.email.toUpper();
    const auto result = await(b->associatePartner(r));
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->account.accountId, song);
    QVERIFY(result->partner.authorized);
    QCOMPARE(logOf(result->partner),
             (QStringList{u"customer:authorized"_s, u"customer:associated"_s})); // newest first
    QCOMPARE(journalCount(b, "associatePartner", song), 1);
    // The refusals before the login are journaled against the name given.
    QCOMPARE(
        journalCount(b, "associatePartner", cast(demo::cast::PartnerCandidateLogin), u"R-PTN-5"_s),
        3);
}

void TestPartners::R_PTN_3_everyFailedConditionListed()
{
    TestBackend b(true);
    const QString song = demoAccount(b, demo::cast::PartnerCandidateLogin);
    setConditions(b, song, [](AccountConditions &c) {
        c.chineseMainlandSite = c.specialContract = c.cashSpending = true;
        c.arrears = Fen(100);
    });
    const Snapshot before = snapshot(b, song);
    const QString referral = invitation(b, PartnerModel::Referral, true).token;
    const auto refused =
        await(b->associatePartner(logIn(referral, demo::cast::PartnerCandidateLogin)));
    QCOMPARE(refusal(refused), err("R-PTN-3", "accountId", "chineseMainlandSite"));
    QCOMPARE(failedOf(refused.error()), (QStringList{u"chineseMainlandSite"_s, u"specialContract"_s,
                                                     u"cashSpending"_s, u"unpaidBills"_s}));
    QCOMPARE(snapshot(b, song), before);

    // Registered more than 7 days ago (on the clock); an unpaid order is an unpaid bill too.
    setConditions(b, song, [](AccountConditions &c) {
        AccountConditions none;
        none.accountId = c.accountId;
        c = none;
    });
    await(b->advanceClock(ClockStep::Month));
    auto again = await(b->associatePartner(logIn(referral, demo::cast::PartnerCandidateLogin)));
    QCOMPARE(failedOf(again.error()), QStringList{u"registeredOver7Days"_s});

    // (5) has a partner already; (16) is a member of a unified-accounting master.
    again = await(b->associatePartner(logIn(referral, demo::cast::FrozenResellerCustomerLogin)));
    QVERIFY(failedOf(again.error()).contains(u"partnerAssociated"_s));
    QVERIFY(failedOf(again.error()).contains(u"unpaidBills"_s)); // its arrears
    again = await(b->associatePartner(logIn(referral, demo::cast::AssociatedMemberLogin)));
    QVERIFY2(failedOf(again.error()).contains(u"unifiedMaster"_s),
             qPrintable(failedOf(again.error()).join(u' ')));
    // ... and so is its master (11), whose members are its resource accounts.
    again = await(b->associatePartner(logIn(referral, demo::cast::MasterLogin)));
    QVERIFY2(failedOf(again.error()).contains(u"unifiedMaster"_s),
             qPrintable(failedOf(again.error()).join(u' ')));
    QCOMPARE(journalCount(b, "associatePartner", song, u"R-PTN-3"_s), 2);
}

void TestPartners::R_PTN_4_resellerConditionsOnlyForAReseller()
{
    TestBackend b(true);
    const QString song = demoAccount(b, demo::cast::PartnerCandidateLogin);
    const QString group = demoAccount(b, demo::cast::MasterLogin);
    // (17) becomes a member of (11) in independent accounting: no R-PTN-3 condition.
    QVERIFY(await(b->inviteMember({group, song, MasterAccounting::Independent})).ok());
    QVERIFY(await(b->answerMasterRequest({song, true, true})).ok());
    setConditions(
        b, song, [](AccountConditions &c) { c.professionalContract = c.reservedInstances = true; });
    const QString reseller = cast(demo::cast::ResellerInvitationToken);
    const auto refused =
        await(b->associatePartner(logIn(reseller, demo::cast::PartnerCandidateLogin)));
    QCOMPARE(refusal(refused), err("R-PTN-4", "accountId", "professionalContract"));
    QCOMPARE(failedOf(refused.error()),
             (QStringList{u"professionalContract"_s, u"reservedInstances"_s, u"memberAccount"_s}));
    QVERIFY(!detailOf(b, song).partner);
    // A master with independent-accounting members (R-PTN-4): (11) now.
    const auto master = await(b->associatePartner(logIn(reseller, demo::cast::MasterLogin)));
    QVERIFY2(failedOf(master.error()).contains(u"independentMembers"_s),
             qPrintable(failedOf(master.error()).join(u' ')));
    // A referral partner does not ask R-PTN-4.
    const QString referral = invitation(b, PartnerModel::Referral, true).token;
    const auto associated =
        await(b->associatePartner(logIn(referral, demo::cast::PartnerCandidateLogin)));
    QVERIFY2(associated.ok(), qPrintable(errorText(associated)));
    QVERIFY(associated->partner.status == PartnerStatus::Associated); // not frozen
}

void TestPartners::R_PTN_1_R_PTN_6_frozenUntilTheBudget()
{
    TestBackend b(true);
    const QString song = demoAccount(b, demo::cast::PartnerCandidateLogin);
    // Before: (17) can buy.
    const QString token = cast(demo::cast::ResellerInvitationToken);
    const PartnerAssociationResult result = associate(b, token, demo::cast::PartnerCandidateLogin);
    QVERIFY(result.partner.status == PartnerStatus::Frozen);
    const qint64 orders = count(*b.backend, view::Orders);
    const auto refused = await(b->purchase(cards(song)));
    QCOMPARE(refusal(refused), err("R-MKT-1", "accountId", "frozen"));
    QCOMPARE(refused.error().args.value(u"partnerName"_s).toString(),
             cast(demo::cast::ResellerPartnerName));
    QCOMPARE(count(*b.backend, view::Orders), orders);

    // The partner's budget: more than 0, at most 100,000,000 CNY; a reseller's customer only.
    QCOMPARE(refusal(await(b->setPartnerBudget({song, Fen(0)}))),
             err("R-PTN-1", "monthlyBudget", "range"));
    QCOMPARE(refusal(await(b->setPartnerBudget({song, Fen::fromYuan(100'000'001)}))),
             err("R-PTN-1", "monthlyBudget", "range"));
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    QCOMPARE(refusal(await(b->setPartnerBudget({zhou, Fen(100)}))),
             err("R-PTN-1", "accountId", "noPartner"));
    QCOMPARE(refusal(await(b->setPartnerBudget({u"0123456789abcdef0123456789abcdef"_s, Fen(100)}))),
             err("E-NOT-FOUND", "accountId", "huaweiAccount"));
    const auto set = await(b->setPartnerBudget({song, Fen::fromYuan(8000)}));
    QVERIFY2(set.ok(), qPrintable(errorText(set)));
    QVERIFY(set->status == PartnerStatus::Associated);
    QVERIFY(set->monthlyBudget == std::optional<Fen>(Fen::fromYuan(8000)));
    QCOMPARE(logOf(*set).first(), u"partner:budgetSet"_s);
    QCOMPARE(set->log.first().detail, u"8000.00"_s);
    QVERIFY(await(b->purchase(cards(song))).ok());
    QCOMPARE(
        count(*b.backend, view::Outbox,
              {{column::Destination, result.account.email}, {column::Kind, u"partnerBudgetSet"_s}}),
        1);

    // A referral association has no budget.
    const QString referral = invitation(b, PartnerModel::Referral, true).token;
    associate(b, referral, demo::cast::NewSignUpLogin);
    const QString chen = demoAccount(b, demo::cast::NewSignUpLogin);
    QCOMPARE(refusal(await(b->setPartnerBudget({chen, Fen(100)}))),
             err("R-PTN-1", "accountId", "notReseller"));

    // (5), frozen at the demo's start, buys once its partner sets a budget again.
    const QString haixing = demoAccount(b, demo::cast::FrozenResellerCustomerLogin);
    QCOMPARE(refusal(await(b->purchase(cards(haixing)))), err("R-MKT-1", "accountId", "frozen"));
    QVERIFY(await(b->setPartnerBudget({haixing, Fen::fromYuan(50000)})).ok());
    QVERIFY(await(b->purchase(cards(haixing))).ok());
}

void TestPartners::R_PTN_2_checkListAndItsFixes()
{
    TestBackend b(true);
    const QString song = demoAccount(b, demo::cast::PartnerCandidateLogin);
    QCOMPARE(refusal(await(b->partnerDisassociationCheck(song))),
             err("R-PTN-2", "accountId", "noPartner"));
    associate(b, cast(demo::cast::ResellerInvitationToken), demo::cast::PartnerCandidateLogin);
    auto check = await(b->partnerDisassociationCheck(song));
    QVERIFY2(check.ok(), qPrintable(errorText(check)));
    QVERIFY(check->passed());
    QCOMPARE(check->accountId, song);
    QVERIFY(check->checkedAt.isValid());

    // Every simulated condition, and a master with members of both accountings.
    setConditions(b, song, [](AccountConditions &c) {
        c.arrears = Fen(128050);
        c.reservedInstances = c.partnerSupportPlan = c.specialContract = true;
        c.ordersAwaitingPartner = c.enterpriseCenter = true;
    });
    {
        auto db = openStore(b.database());
        store::SqlQuery(*db, u"UPDATE huawei_accounts SET currency = '' WHERE account_id = :id"_s)
            .bind(u":id"_s, song)
            .exec();
    }
    // (17) as a master: (2) in unified, (3) in independent accounting.
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    const QString chen = demoAccount(b, demo::cast::NewSignUpLogin);
    {
        auto db = openStore(b.database());
        store::SqlQuery(*db, u"UPDATE huawei_accounts SET account_type = 'enterprise', "
                             "enterprise_name = "
                             "'Song Trading' WHERE account_id = :id"_s)
            .bind(u":id"_s, song)
            .exec();
    }
    QVERIFY(await(b->inviteMember({song, zhou, MasterAccounting::Unified})).ok());
    QVERIFY(await(b->answerMasterRequest({zhou, true, true})).ok());
    QVERIFY(await(b->inviteMember({song, chen, MasterAccounting::Independent})).ok());
    QVERIFY(await(b->answerMasterRequest({chen, true, true})).ok());
    check = await(b->partnerDisassociationCheck(song));
    QVERIFY(check.ok());
    QCOMPARE(conditionsOf(*check),
             (QStringList{u"masterOrMember"_s, u"independentMembers"_s, u"arrears"_s,
                          u"reservedInstances"_s, u"partnerSupportPlan"_s, u"noCurrency"_s,
                          u"specialContract"_s, u"ordersAwaitingPartner"_s}));
    QCOMPARE(check->failures.at(0).detail, u"1"_s);
    QCOMPARE(check->failures.at(1).detail, u"1"_s);
    QCOMPARE(check->failures.at(2).detail, u"1280.50"_s);
    // The request is refused with all of them.
    const Snapshot before = snapshot(b, song);
    const auto refused = await(b->requestPartnerDisassociation(disassociation(b, song)));
    QCOMPARE(refusal(refused), err("R-PTN-2", "accountId", "masterOrMember"));
    QCOMPARE(failedOf(refused.error()), conditionsOf(*check));
    Snapshot after = snapshot(b, song);
    after.outbox = before.outbox; // the code sent
    QCOMPARE(after, before);
    // A member of a master fails masterOrMember too (with its master's name): (3), whose
    // independent accounting lets it associate with a referral partner (R-PTN-3).
    associate(b, invitation(b, PartnerModel::Referral, true).token, demo::cast::NewSignUpLogin);
    check = await(b->partnerDisassociationCheck(chen));
    QVERIFY(check.ok());
    QCOMPARE(conditionsOf(*check), QStringList{u"masterOrMember"_s});
    QCOMPARE(check->failures.first().detail, u"Song Trading"_s);
}

void TestPartners::R_PTN_7_customerRequestRefusedThenAgreed_R_PTN_2_threeMonths()
{
    TestBackend b(true);
    const QString song = demoAccount(b, demo::cast::PartnerCandidateLogin);
    const QString token = cast(demo::cast::ResellerInvitationToken);
    const QDateTime since = associate(b, token, demo::cast::PartnerCandidateLogin).partner.since;

    // The statement and the SMS code (R-PTN-7).
    PartnerDisassociationRequest r = disassociation(b, song);
    r.statementAccepted = false;
    QCOMPARE(refusal(await(b->requestPartnerDisassociation(r))),
             err("R-PTN-7", "statementAccepted", "required"));
    r.statementAccepted = true;
    const QString right = r.code;
    r.code = right == u"000000" ? u"111111"_s : u"000000"_s;
    QCOMPARE(refusal(await(b->requestPartnerDisassociation(r))), err("R-VC-1", "code", "wrong"));
    QVERIFY(!detailOf(b, song).partner->pending);
    r.code = right;
    auto pending = await(b->requestPartnerDisassociation(r));
    QVERIFY2(pending.ok(), qPrintable(errorText(pending)));
    QVERIFY(pending->status == PartnerStatus::Disassociating);
    QVERIFY(pending->pending);
    QVERIFY(pending->pending->initiator == DisassociationInitiator::Customer);
    QVERIFY(pending->pending->reason.isEmpty());
    const QDateTime requested = pending->pending->requestedAt;
    QVERIFY(requested.isValid());
    QCOMPARE(logOf(*pending).first(), u"customer:disassociationRequested"_s);
    // Waiting for the partner: no second request, and the customer does not answer its own.
    QCOMPARE(refusal(await(b->requestPartnerDisassociation(disassociation(b, song)))),
             err("R-PTN-7", "accountId", "pending"));
    QCOMPARE(refusal(await(
                 b->processPartnerDisassociation({song, DisassociationInitiator::Customer, true}))),
             err("R-PTN-7", "answeredBy", "notTheOtherSide"));
    // A frozen account stays frozen, pending or not: the budget is the partner's.
    QCOMPARE(refusal(await(b->purchase(cards(song)))), err("R-MKT-1", "accountId", "frozen"));

    // The partner refuses: frozen again (no budget yet), the customer told.
    QVERIFY(await(b->processPartnerDisassociation({song, DisassociationInitiator::Partner, false}))
                .ok());
    PartnerInfo p = *detailOf(b, song).partner;
    QVERIFY(p.status == PartnerStatus::Frozen);
    QVERIFY(!p.pending);
    QCOMPARE(logOf(p).first(), u"partner:disassociationRefused"_s);
    QCOMPARE(count(*b.backend, view::Outbox, {{column::Kind, u"partnerDisassociationRefused"_s}}),
             1);
    QCOMPARE(refusal(await(
                 b->processPartnerDisassociation({song, DisassociationInitiator::Partner, true}))),
             err("R-PTN-7", "accountId", "nothingPending"));

    // R-PTN-2: one request per 3 months.
    const QDateTime allowed =
        requested.toTimeZone(ClockSteps::chinaTimeZone()).addMonths(3).toUTC();
    QCOMPARE(p.nextCustomerRequestFrom, allowed);
    auto check = await(b->partnerDisassociationCheck(song));
    QCOMPARE(conditionsOf(*check), QStringList{u"requestedWithin3Months"_s});
    QCOMPARE(QDateTime::fromString(check->failures.first().detail, Qt::ISODate), allowed);
    const auto early = await(b->requestPartnerDisassociation(disassociation(b, song)));
    QCOMPARE(refusal(early), err("R-PTN-2", "accountId", "requestedWithin3Months"));
    QCOMPARE(
        QDateTime::fromString(early.error().args.value(u"allowedFrom"_s).toString(), Qt::ISODate),
        allowed);
    for (int month = 0; month < 3; ++month)
        await(b->advanceClock(ClockStep::Month));
    await(b->advanceClock(ClockStep::Day));
    QVERIFY(!detailOf(b, song).partner->nextCustomerRequestFrom.isValid());
    pending = await(b->requestPartnerDisassociation(disassociation(b, song)));
    QVERIFY2(pending.ok(), qPrintable(errorText(pending)));

    // The partner agrees: the association ends, its log kept; the customer told.
    QVERIFY(await(b->processPartnerDisassociation({song, DisassociationInitiator::Partner, true}))
                .ok());
    QVERIFY(!detailOf(b, song).partner);
    QCOMPARE(count(*b.backend, view::Outbox, {{column::Kind, u"partnerDisassociated"_s}}), 1);
    {
        auto db = openStore(b.database());
        store::SqlQuery log(*db,
                            u"SELECT actor, operation FROM partner_log WHERE account_id = :id AND "
                            "since = :since ORDER BY log_id"_s);
        log.bind(u":id"_s, song).bind(u":since"_s, since.toMSecsSinceEpoch()).exec();
        QStringList lines;
        while (log.next())
            lines << log.text(0) + u':' + log.text(1);
        QCOMPARE(
            lines,
            (QStringList{u"customer:associated"_s, u"customer:authorized"_s,
                         u"customer:disassociationRequested"_s, u"partner:disassociationRefused"_s,
                         u"customer:disassociationRequested"_s, u"partner:disassociated"_s}));
        store::SqlQuery history(*db, u"SELECT initiator FROM partner_association_history WHERE "
                                     "account_id = :id"_s);
        history.bind(u":id"_s, song).exec();
        QVERIFY(history.next());
        QCOMPARE(history.text(0), u"customer"_s);
    }
    // Free again: it may buy without a budget (no partner), and nothing is pending.
    QVERIFY(await(b->purchase(cards(song))).ok());
    QCOMPARE(journalCount(b, "processPartnerDisassociation", song), 2);
    QCOMPARE(journalCount(b, "requestPartnerDisassociation", song), 2);
}

void TestPartners::R_PTN_7_partnerRequestProcessedByTheCustomer()
{
    TestBackend b(true);
    // (5): frozen, in arrears — the partner may ask all the same.
    const QString haixing = demoAccount(b, demo::cast::FrozenResellerCustomerLogin);
    PartnerInitiatedDisassociation r{haixing, u"  "_s};
    QCOMPARE(refusal(await(b->partnerRequestDisassociation(r))),
             err("R-PTN-7", "reason", "required"));
    r.reason = QString(501, u'x');
    QCOMPARE(refusal(await(b->partnerRequestDisassociation(r))),
             err("E-TOO-LONG", "reason", "tooLong"));
    r.reason = u"Contract  ended\non 2026-02-28"_s;
    auto asked = await(b->partnerRequestDisassociation(r));
    QVERIFY2(asked.ok(), qPrintable(errorText(asked)));
    QVERIFY(asked->status == PartnerStatus::Disassociating);
    QVERIFY(asked->pending->initiator == DisassociationInitiator::Partner);
    QCOMPARE(asked->pending->reason, u"Contract ended on 2026-02-28"_s);
    QCOMPARE(asked->log.first().detail, u"Contract ended on 2026-02-28"_s);
    QCOMPARE(count(*b.backend, view::Outbox, {{column::Kind, u"partnerDisassociationRequested"_s}}),
             1);
    // The customer's request limit is not touched by the partner's.
    QVERIFY(!asked->nextCustomerRequestFrom.isValid());
    QCOMPARE(refusal(await(b->partnerRequestDisassociation(r))),
             err("R-PTN-7", "accountId", "pending"));
    QCOMPARE(refusal(await(b->processPartnerDisassociation(
                 {haixing, DisassociationInitiator::Partner, true}))),
             err("R-PTN-7", "answeredBy", "notTheOtherSide"));
    // The customer refuses: frozen as before (its budget was taken back).
    QVERIFY(
        await(b->processPartnerDisassociation({haixing, DisassociationInitiator::Customer, false}))
            .ok());
    PartnerInfo p = *detailOf(b, haixing).partner;
    QVERIFY(p.status == PartnerStatus::Frozen);
    QCOMPARE(logOf(p).first(), u"customer:disassociationRefused"_s);
    // Asked again, then agreed by the customer (D-PARTNER-PROCESS): no partner any more.
    QVERIFY(await(b->partnerRequestDisassociation(r)).ok());
    QVERIFY(
        await(b->processPartnerDisassociation({haixing, DisassociationInitiator::Customer, true}))
            .ok());
    QVERIFY(!detailOf(b, haixing).partner);
    QCOMPARE(refusal(await(b->partnerRequestDisassociation(r))),
             err("R-PTN-7", "accountId", "noPartner"));
    QCOMPARE(refusal(await(b->processPartnerDisassociation(
                 {haixing, DisassociationInitiator::Customer, true}))),
             err("R-PTN-7", "accountId", "noPartner"));
    QCOMPARE(journalCount(b, "partnerRequestDisassociation", haixing), 2);
}

// Both sides' answers to one request at once (two consoles on one store): exactly one wins;
// the other is told nothing is pending any more.
void TestPartners::R_PTN_7_twoAnswersRaceOneWins()
{
    TestBackend b(true);
    const std::unique_ptr<Backend> other = b.openSecondBackend();
    QVERIFY(other);
    const QString minghui = demoAccount(b, demo::cast::PendingDisassociationLogin);
    auto agree = b->processPartnerDisassociation({minghui, DisassociationInitiator::Partner, true});
    auto refuse =
        other->processPartnerDisassociation({minghui, DisassociationInitiator::Partner, false});
    const Status first = await(agree);
    const Status second = await(refuse);
    QVERIFY2(first.ok() != second.ok(), qPrintable(errorText(first) + u'/' + errorText(second)));
    const Status &lost = first.ok() ? second : first;
    QVERIFY2(lost.error().reason == u"nothingPending" || lost.error().reason == u"noPartner",
             qPrintable(lost.error().toString()));
    const auto detail = detailOf(b, minghui);
    if (first.ok())
        QVERIFY(!detail.partner);
    else
        QVERIFY(detail.partner && detail.partner->status == PartnerStatus::Associated);
}

void TestPartners::R_AUD_1_R_AUD_2_journaledWithoutCtsTraces()
{
    TestBackend b(true);
    const QString song = demoAccount(b, demo::cast::PartnerCandidateLogin);
    setConditions(b, song, [](AccountConditions &c) { c.ctsEnabled = true; });
    const qint64 traces = count(*b.backend, view::CtsTraces);
    associate(b, cast(demo::cast::ResellerInvitationToken), demo::cast::PartnerCandidateLogin);
    QVERIFY(await(b->setPartnerBudget({song, Fen(100)})).ok());
    QVERIFY(await(b->requestPartnerDisassociation(disassociation(b, song))).ok());
    QVERIFY(await(b->processPartnerDisassociation({song, DisassociationInitiator::Partner, false}))
                .ok());
    QCOMPARE(journalCount(b, "associatePartner", song), 1);
    QCOMPARE(journalCount(b, "setPartnerBudget", song), 1);
    QCOMPARE(journalCount(b, "requestPartnerDisassociation", song), 1);
    QCOMPARE(journalCount(b, "processPartnerDisassociation", song), 1);
    QCOMPARE(count(*b.backend, view::CtsTraces), traces);
}

void TestPartners::demoStory()
{
    TestBackend b(true);
    // (5) frozen: its budget taken back, the full profile and log.
    const auto haixing = detailOf(b, demoAccount(b, demo::cast::FrozenResellerCustomerLogin));
    QVERIFY(haixing.partner);
    const PartnerInfo &p = *haixing.partner;
    QVERIFY(p.status == PartnerStatus::Frozen);
    QVERIFY(p.model == PartnerModel::Reseller);
    QCOMPARE(p.partnerName, cast(demo::cast::ResellerPartnerName));
    QCOMPARE(p.profile.contacts.size(), 2);
    QVERIFY(p.authorized);
    QVERIFY(!p.monthlyBudget);
    QCOMPARE(logOf(p), (QStringList{u"partner:budgetWithdrawn"_s, u"partner:budgetSet"_s,
                                    u"customer:authorized"_s, u"customer:associated"_s}));
    // (15) its request waits for the partner; the next one from three months later.
    const auto minghui = detailOf(b, demoAccount(b, demo::cast::PendingDisassociationLogin));
    QVERIFY(minghui.partner && minghui.partner->pending);
    QVERIFY(minghui.partner->status == PartnerStatus::Disassociating);
    QVERIFY(minghui.partner->pending->initiator == DisassociationInitiator::Customer);
    QVERIFY(minghui.partner->nextCustomerRequestFrom > ClockSteps::demoStart());
    QVERIFY(minghui.partner->monthlyBudget == std::optional<Fen>(Fen::fromYuan(20000)));
    // Refused by the partner, it goes back to being associated (its budget is set).
    QVERIFY(await(b->processPartnerDisassociation(
                      {minghui.account.accountId, DisassociationInitiator::Partner, false}))
                .ok());
    QVERIFY(detailOf(b, minghui.account.accountId).partner->status == PartnerStatus::Associated);
    // (17) may associate with the reseller's link.
    QVERIFY(!detailOf(b, demoAccount(b, demo::cast::PartnerCandidateLogin)).partner);
    associate(b, cast(demo::cast::ResellerInvitationToken), demo::cast::PartnerCandidateLogin);
}

QTEST_MAIN(TestPartners)
#include "test_partners.moc"
