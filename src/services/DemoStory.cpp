// The demo story (../shared/spec/demo.md "Demo mode"). Sales and trainers rely on it, so
// here is the cast. The demo starts on Monday 2026-03-02 09:30 (UTC+8); everything below
// happened before, unless it says otherwise. Every Huawei, Guance and fee-center account's
// password is cast::Password ("Demo@2026a"), and so is that of each member who changed the
// initial one; the others' initial passwords are in their credentials SMS (Outbox). Ids
// are generated from demo::Seed and identical in every build: look them up by the names
// below (DemoStoryData.h).
//
// Huawei Cloud side (HUAWEI ID login id = tenant name):
//  (1) lianyun-tech       Hangzhou Lianyun Technology Co., Ltd., authenticated enterprise:
//                         THE BUYER of the demo. Active SaaS Edition instance bought on
//                         2026-02-27, not bound; stored-value-card orders of 50 units (paid,
//                         not redeemed: recharge it) and 10 units (redeemed into fee-center
//                         account lianyun-finance). No organization yet (W-ORG creates it),
//                         no linked fee-center account (W-LOGIN / W-REG link one). Its
//                         HUAWEI ID mobile number (+8613857160320) is not its service mobile
//                         number (+8613857160321), so Basic Information shows both (R-ACC-14);
//                         its tenant information is complete (contact address in parts,
//                         business license and tax number, CNY, IT & Internet / Internet
//                         services); CTS enabled, with one trace (addRecipient: Xu Jing, its
//                         message recipient); two tenant-name changes this year, "2 of 3
//                         used", the tenant name now Lianyun-Cloud, so it can be edited
//                         (R-ACC-3, R-ACC-7).
//  (2) zhoumingyuan       Zhou Mingyuan, authenticated individual; one cancelled order;
//                         nothing blocks closing his services (W-CLOSE passes).
//  (3) chenxiaoyu         new sign-up of 2026-03-01, unauthenticated, no mobile number.
//  (4) hengtai-precision  Suzhou Hengtai Precision Machinery Co., Ltd., enterprise
//                         authentication pending since Friday 2026-02-27 (review queue).
//  (5) haixing-logistics  Ningbo Haixing Logistics Co., Ltd., authenticated, associated on
//                         2025-11-20 through the online invitation of reseller partner
//                         Zhejiang Yunfan Digital Technology (cast::ResellerInvitationToken;
//                         Letter of Authorization given), frozen until the partner set a
//                         budget of 50,000 CNY the next day; active SaaS instance, not bound;
//                         its organization "haixing" is still creating and becomes ready at
//                         09:32 on the demo clock. Owes 1,280.50 CNY (simulated conditions):
//                         no re-authentication until it is paid (R-AUTH-11), and on
//                         2026-02-26 the partner took its budget back, so it is FROZEN
//                         (R-PTN-1: it cannot buy until the partner sets a budget again; its
//                         arrears also keep it from asking to disassociate, R-PTN-2).
//  (6) qiming-retail      Shanghai Qiming Smart Retail Co., Ltd., FULLY ONBOARDED:
//                         organization "qiming" (3 departments, 4 members), its SaaS order
//                         bound and authorized to wangfang, liqiang and liuyang (credentials
//                         SMS in the Outbox); liuyang never logged in (his SMS still shows
//                         the initial password), zhangwei is not authorized. Linked to
//                         fee-center account qiming-ops (R-FC-2); 3 workspaces on cn4/cn6
//                         settle through the Huawei account (R-WS-4). Sells its own app on
//                         KooGallery (simulated conditions): it cannot change its enterprise
//                         entity (R-AUTH-5), only its name.
//  (7) jiangcheng-media   Wuhan Jiangcheng Media Group Co., Ltd.: closed its SaaS instance
//                         exactly 5 days before the demo start, so workspace "Jiangcheng
//                         Newsroom Monitoring" is locked with 9 of 14 days left (R-SET-5/7).
//                         Its Change Enterprise Name request (to "Wuhan Jiangcheng Culture
//                         Media Group Co., Ltd.", W-REAUTH, R-AUTH-13) waits in the review
//                         queue since Thursday 2026-02-26, due on Tuesday; the account keeps
//                         its authenticated name until then (R-AUTH-10).
//  (8) hid_m3q8x2k7w5tz   signed up through W-SIGNUP on the demo morning (Hong Kong (China),
//                         security phone bound) and chose "enable services later": services
//                         not enabled (R-ACC-16), its country/region still editable (R-ACC-5).
//  (9) hid_r7c2v9n4b6ds   signed up on 2026-02-26 (Singapore), services enabled with
//                         promotions, service mobile number bound; Historical Cards: a card
//                         declined for insufficient funds, then another approved, so it has
//                         post-payment (R-ACC-18). Unauthenticated: its next step is W-AUTH.
// (10) lindongmei       Lin Dongmei, individual: closed her services on 2025-11-20; after the
//                         90 days of retention they were disabled on 2026-02-18 (R-CLS-2), so
//                         she can no longer sign in (D-LOGIN refuses her, R-CLS-5).
//
// Signing in (D-LOGIN, R-ACC-19), added with it:
//  (2) zhoumingyuan also bound a security phone (+8618626173350, his mobile number), so he
//      chooses SMS or email for the login code.
//  Huawei website accounts (the operator plays the Huawei website; password cast::Password):
//   zhoumy.uniportal  bound to (2) zhoumingyuan on 2026-01-25: it signs in straight away.
//   sunli.uniportal   Sun Li's, never used: its first login must bind it, to an existing
//                     HUAWEI ID or a new one (Create and Bind).
// (11) xinghe-group       Zhejiang Xinghe Holding Group Co., Ltd., authenticated enterprise
//                         master account (Enterprise Center on, simulated conditions); invited
//                         (12) on 2026-02-28; (16) is its associated member.
// (12) xinghe-robotics    Hangzhou Xinghe Robotics Co., Ltd., authenticated; has not accepted
//                         (11)'s invitation yet, so neither can re-authenticate (R-AUTH-5).
// Closing Huawei Cloud services (W-CLOSE, my-account.md §5.11), added with it:
// (13) wangjiahui         Wang Jiahui, individual: the checks passed and she closed her
//                         services on 2026-03-01 20:00, the demo's eve: Restore and Disable
//                         only from 2026-03-02 20:00 (R-CLS-2, R-CLS-5; "+1 day" shows them).
// (14) zhaoxinyi          Zhao Xinyi, individual: closed on 2026-02-20 10:00, retained until
//                         2026-05-21 (R-CLS-2): Restore or Disable at once; "+90 days" and the
//                         clock disables her services.
// Partners and enterprise master accounts (my-account.md §6, §7, D.5), added with them:
//  Zhejiang Yunfan Digital Technology Co., Ltd., reseller partner (the operator plays it): its
//  online invitation link of 2025-09-01, token "yunfan-reseller-demo", with its profile (website,
//  enterprise information, two contact cards); the partner of (5) and (15).
// (15) minghui-trading    Fuzhou Minghui Trading Co., Ltd., authenticated; associated with
//                         the reseller on 2025-10-10, budget 20,000 CNY the next day; asked to
//                         disassociate on 2026-02-27 (SMS code): the request waits for the
//                         partner (R-PTN-7), the next one possible from 2026-05-27 (R-PTN-2).
// (16) xinghe-zhizao      Hangzhou Xinghe Smart Factory Co., Ltd., authenticated;
//                         invited by (11) on 2025-12-01 (unified accounting), accepted the next
//                         day: an associated member, so cancellation can be shown (R-MST-1).
// (17) songyuqing         Song Yuqing, individual, signed up 2026-02-27 and authenticated the
//                         next day; no partner, no master, nothing owed: eligible for the
//                         reseller's link (Log In and Associate, R-PTN-3/4) until 2026-03-06.
//
// Guance side (fee-center usernames; each registration also made a Guance account):
//  lianyun-finance  (1)'s finance team: 10 available marketplace cards, no workspace, not
//                   linked (customer 1 registers the Commercial Plan later).
//  qiming-ops       (6): Huawei-settled workspaces; Guance accounts qiming-ops (cn4) and
//                   qiming-hk (cn6).
//  jiangcheng-ops   (7): the locked workspace (cn1) and an AWS-settled one (us1).
//  lanhai-games     Xiamen Lanhai Games, no Huawei account: the EXISTING fee-center account
//                   for "bind existing workspace" (2 fee-center-settled workspaces on cn1);
//                   direct-purchase cards used up and available.
//  tianfu-fintech   Chengdu Tianfu Fintech: Alibaba Cloud settlement (cn2), an expired card.

#include "DemoStory.h"

#include "ConditionsService.h"
#include "CtsTrail.h"
#include "DemoStoryData.h"
#include "KooGalleryService.h"
#include "ReauthenticationService.h"
#include "Session.h"
#include "core/Clock.h"
#include "core/Closing.h"
#include "core/MyAccount.h"
#include "core/Partners.h"
#include "core/Random.h"
#include "core/Validators.h"
#include "store/AuthenticationRepository.h"
#include "store/BindingRepository.h"
#include "store/CatalogueRepository.h"
#include "store/ClosingRepository.h"
#include "store/DatabaseAdmin.h"
#include "store/FeeCenterRepository.h"
#include "store/GuanceAccountRepository.h"
#include "store/HuaweiAccountRepository.h"
#include "store/InstanceRepository.h"
#include "store/MasterAssociationRepository.h"
#include "store/MemberRepository.h"
#include "store/MessageRecipientRepository.h"
#include "store/MetaRepository.h"
#include "store/OrderRepository.h"
#include "store/OrganizationRepository.h"
#include "store/OutboxRepository.h"
#include "store/PartnerRepository.h"
#include "store/PaymentCardRepository.h"
#include "store/StoredValueCardRepository.h"
#include "store/VerificationCodeRepository.h"
#include "store/WebsiteAccountRepository.h"
#include "store/WorkspaceRepository.h"

#include <QFile>
#include <QHash>

#include <map>
#include <memory>

namespace oc::demo {

namespace {

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// A console's wall-clock time in China Standard Time, as the UTC instant the store keeps.
QDateTime cst(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), ClockSteps::chinaTimeZone())
        .toUTC();
}

QDateTime minutesLater(const QDateTime &at, int minutes)
{
    return at.addSecs(qint64(minutes) * 60);
}

// The store binds a null QString as SQL NULL, which its NOT NULL text columns refuse:
// optional text is written as an empty, non-null string.
QString orEmpty(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// R-ACC-13: a cast member's industry on the two-level list of my-account.md Decisions (core/
// MyAccount.h spellings), as migration 0015 maps the free texts of earlier versions.
std::pair<QString, QString> industryOf(const QString &words)
{
    const QString key = words.trimmed().toLower();
    if (key.isEmpty())
        return {QStringLiteral(""), QStringLiteral("")};
    if (key == u"internet")
        return {QStringLiteral("it_internet"), QStringLiteral("internet_services")};
    if (key == u"software")
        return {QStringLiteral("it_internet"), QStringLiteral("software")};
    for (const char *code : {"finance", "manufacturing", "education", "government", "retail"})
        if (key == QLatin1StringView(code))
            return {key, QStringLiteral("")};
    return {QStringLiteral("other"), QStringLiteral("")};
}

// The journal's actors besides the customers themselves: the platforms and the reviewer.
QString systemActor()
{
    return QStringLiteral("system");
}

QString operatorActor()
{
    return QStringLiteral("operator");
}

// ---- the story's records -------------------------------------------------------------

struct AccountSeed
{
    const char *loginId; // also the tenant name unless `tenantName` is set
    const char *email;
    const char *mobile; // "" when the security-phone step was skipped
    AccountType type;
    const char *name; // full name (individual) or enterprise name
    const char *industry = "";
    const char *address = "";
    const char *tenantName = nullptr;
};

// A HUAWEI ID made through W-SIGNUP's own steps (generated login id).
struct HuaweiIdSeed
{
    const char *loginId; // also the tenant name
    const char *email;
    const char *countryRegion;
    const char *securityPhone; // "" when step 2 was skipped
};

// A HUAWEI ID as the rest of the story refers to it.
struct Customer
{
    QString accountId;
    QString loginId;
    QString email;
    QString mobile;
    AccountType type = AccountType::Unset;
    QString name;
    QString industry;
    QString address;
};

struct Subscription
{
    QString orderId;
    QString instanceId;
};

struct OrganizationRef
{
    QString organizationId;
    QString enterpriseName;
    QString abbreviation;
    qint64 rootDepartmentId = 0;
    QHash<QString, qint64> departments; // sub-department name -> id
};

struct MemberSeed
{
    const char *account; // R-ORG-5
    const char *displayName;
    const char *department;
    const char *mobile;
    const char *email;
};

struct MemberRef
{
    qint64 memberId = 0;
    QString loginName; // R-ORG-6
    // Messages about this member (its credentials SMS) carry this related id.
    QString relatedId;
};

// Username, email and mobile of a Guance or fee-center account.
struct LoginSeed
{
    const char *username;
    const char *email;
    const char *mobile;
};

// Company information of a fee-center account (W-REG page 2).
struct CompanySeed
{
    QString enterpriseName;
    QString industry;
    QString contact;
};

struct WorkspaceSeed
{
    const char *name;
    WorkspaceLanguage language;
    const char *site;
};

struct Settlement
{
    SettlementMethod method = SettlementMethod::FeeCenter;
    QString accountId;  // Huawei, Alibaba Cloud or AWS account id
    QString instanceId; // Huawei or Alibaba Cloud instance id
};

// A fee-center account and the Guance account registered with it (R-REG-3).
struct Tenant
{
    qint64 feeCenterAccountId = 0;
    qint64 guanceAccountId = 0;
    QString username;
    QString email;
};

// A Huawei customer registers the Commercial Plan with its own company information.
CompanySeed companyOf(const Customer &customer, const char *contact)
{
    return {customer.name, customer.industry, text(contact)};
}

Settlement huaweiSettlement(const Customer &customer, const Subscription &subscription)
{
    return {SettlementMethod::HuaweiCloud, customer.accountId, subscription.instanceId};
}

// ---- the builder -----------------------------------------------------------------------

// Writes the story through the repositories, one step per business event, each with its
// journal entries and Outbox messages at the event's time on the frozen clock.
class StoryBuilder
{
public:
    StoryBuilder(store::Database &db, AdjustableClock &clock, RandomSource &random)
        : m_db(db)
        , m_clock(clock)
        , m_random(random)
        , m_session(db, clock, random, HashCost::Minimum, systemActor())
    {}

    // In the order the customers arrived, so that row numbers follow the story.
    void build()
    {
        multiCloudFintech();
        existingGameStudio();
        closedMediaGroup();
        onboardedRetailer();
        resellerCustomer();
        lianyunBuyer();
        authenticatedIndividual();
        pendingManufacturer();
        newSignUp();
        // Added with W-SIGNUP: last, so that every earlier id stays what it was.
        cardHistory();
        servicesNotEnabled();
        // Added with D-LOGIN: last, likewise.
        disabledIndividual();
        signingIn();
        // Added with W-REAUTH and the simulated conditions: last, for the same reason, and with
        // ids of a stream of their own, so that the seeded sequence the demo leaves for the
        // ids made later (MetaKey::IdState: tests' and scenarios' new records, the durations
        // of R-ORG-3) stays what it was.
        m_ids = &m_laterIds;
        masterInvitation();
        nameChangePending();
        simulatedConditions();
        // Added with My Account, part 2: last, on the same stream of ids.
        buyerAccountInformation();
        // Added with closing Huawei Cloud services: last, on the same stream of ids.
        closedAccount({cast::RecentlyClosedLogin, "wang.jiahui@163.com", "+8613706518842",
                       AccountType::Individual, "Wang Jiahui", "Education", ""},
                      cst(2025, 12, 3, 21, 15), cst(2026, 3, 1, 20, 0),
                      ClosingReason::NoLongerNeeded);
        closedAccount({cast::ClosedInRetentionLogin, "zhaoxinyi@qq.com", "+8615921873306",
                       AccountType::Individual, "Zhao Xinyi", "Other", ""},
                      cst(2026, 1, 9, 13, 40), cst(2026, 2, 20, 10, 0),
                      ClosingReason::MistakenlyEnabled);
        // Added with partners and master accounts: last, on the same stream of ids.
        partnersAndMasters();
    }

private:
    // ---- story parts, one per member of the cast ----

    // (6) Marketplace -> organization -> binding -> authorization -> unified login ->
    // registration with Huawei settlement, then more workspaces across sites.
    void onboardedRetailer()
    {
        const Customer qiming =
            signUp({cast::OnboardedLogin, "it@qimingretail.com", "+8613801762245",
                    AccountType::Enterprise, "Shanghai Qiming Smart Retail Co., Ltd.", "Retail",
                    "No. 1888 Zhangjiang Road, Pudong, Shanghai"},
                   cst(2025, 10, 13, 10, 5));
        authenticate(qiming, std::nullopt, "91310115MA1K4QX27D", cst(2025, 10, 13, 10, 40),
                     cst(2025, 10, 14, 15, 20));
        const Subscription saas = subscribeSaas(qiming, cst(2025, 10, 20, 14, 0));

        OrganizationRef org =
            createOrganization(qiming, cast::OnboardedAbbreviation, cst(2025, 10, 20, 14, 30),
                               cst(2025, 10, 20, 14, 32));
        addDepartments(qiming, org, {"R&D Center", "Operations & Maintenance", "Finance"},
                       cst(2025, 10, 20, 14, 35));
        const MemberRef wangfang = addMember(
            qiming, org,
            {"wangfang", "Wang Fang", "R&D Center", "+8613916620418", "wang.fang@qimingretail.com"},
            cst(2025, 10, 20, 14, 40));
        const MemberRef liqiang = addMember(qiming, org,
                                            {"liqiang", "Li Qiang", "Operations & Maintenance",
                                             "+8613761105532", "li.qiang@qimingretail.com"},
                                            cst(2025, 10, 20, 14, 42));
        addMember(
            qiming, org,
            {"zhangwei", "Zhang Wei", "Finance", "+8615800937716", "zhang.wei@qimingretail.com"},
            cst(2025, 10, 20, 14, 44)); // never authorized: the credentials SMS stays held
        const qint64 binding = bindApp(qiming, org, saas, cst(2025, 10, 20, 14, 50));
        authorizeMembers(qiming, binding, saas, {wangfang, liqiang}, cst(2025, 10, 20, 14, 55));

        changeInitialPassword(wangfang, cst(2025, 10, 20, 15, 10));
        const LoginSeed opsLogin{cast::OnboardedFeeCenter, "ops@qimingretail.com",
                                 "+8613916620418"};
        const Tenant ops = registerCommercialPlan(
            opsLogin, companyOf(qiming, "Wang Fang"),
            {"Qiming Store Monitoring", WorkspaceLanguage::Chinese, "cn4"},
            huaweiSettlement(qiming, saas), qiming.accountId, cst(2025, 10, 20, 15, 20));
        changeInitialPassword(liqiang, cst(2025, 10, 21, 9, 15));

        const QString staging = createWorkspace(
            ops, ops.guanceAccountId, {"Qiming POS Staging", WorkspaceLanguage::English, "cn4"}, {},
            cst(2025, 11, 5, 11, 0));
        changeSettlement(ops, staging, huaweiSettlement(qiming, saas), cst(2025, 12, 1, 10, 0));
        // Hong Kong runs on its own site, where the team registered a second Guance account
        // with the same email (unique per site).
        const qint64 hongKongOwner = registerGuanceAccount(
            {"qiming-hk", opsLogin.email, opsLogin.mobile}, "cn6", cst(2026, 1, 15, 15, 40));
        createWorkspace(ops, hongKongOwner,
                        {"Qiming Hong Kong Stores", WorkspaceLanguage::English, "cn6"},
                        huaweiSettlement(qiming, saas), cst(2026, 1, 15, 16, 0));

        // A new developer joined last week and has not logged in yet.
        const MemberRef liuyang = addMember(
            qiming, org,
            {"liuyang", "Liu Yang", "R&D Center", "+8618019263347", "liu.yang@qimingretail.com"},
            cst(2026, 2, 26, 10, 10));
        authorizeMembers(qiming, binding, saas, {liuyang}, cst(2026, 2, 26, 10, 15));
    }

    // (7) Onboarded in 2025, closed the subscription 5 days before the demo start.
    void closedMediaGroup()
    {
        const Customer jiangcheng =
            signUp({cast::ClosedLogin, "it@jcmedia.com.cn", "+8613971184520",
                    AccountType::Enterprise, "Wuhan Jiangcheng Media Group Co., Ltd.", "Media",
                    "No. 66 Xinhua Road, Jianghan District, Wuhan"},
                   cst(2025, 6, 9, 9, 20));
        authenticate(jiangcheng, std::nullopt, "91420103MA4KX8L61P", cst(2025, 6, 9, 9, 50),
                     cst(2025, 6, 11, 11, 5));
        const Subscription saas = subscribeSaas(jiangcheng, cst(2025, 6, 16, 10, 30));

        OrganizationRef org = createOrganization(jiangcheng, cast::ClosedAbbreviation,
                                                 cst(2025, 6, 16, 11, 0), cst(2025, 6, 16, 11, 3));
        addDepartments(jiangcheng, org, {"Newsroom", "Platform Engineering"},
                       cst(2025, 6, 16, 11, 5));
        const MemberRef huangli = addMember(jiangcheng, org,
                                            {"huangli", "Huang Li", "Platform Engineering",
                                             "+8613545021876", "huang.li@jcmedia.com.cn"},
                                            cst(2025, 6, 16, 11, 10));
        const MemberRef sunhao =
            addMember(jiangcheng, org,
                      {"sunhao", "Sun Hao", "Newsroom", "+8618971330264", "sun.hao@jcmedia.com.cn"},
                      cst(2025, 6, 16, 11, 12));
        const qint64 binding = bindApp(jiangcheng, org, saas, cst(2025, 6, 16, 11, 20));
        authorizeMembers(jiangcheng, binding, saas, {huangli, sunhao}, cst(2025, 6, 16, 11, 25));

        changeInitialPassword(huangli, cst(2025, 6, 16, 14, 0));
        const LoginSeed opsLogin{cast::ClosedFeeCenter, "ops@jcmedia.com.cn", "+8613545021876"};
        const Tenant ops = registerCommercialPlan(
            opsLogin, companyOf(jiangcheng, "Huang Li"),
            {"Jiangcheng Newsroom Monitoring", WorkspaceLanguage::Chinese, "cn1"},
            huaweiSettlement(jiangcheng, saas), jiangcheng.accountId, cst(2025, 6, 16, 14, 10));
        changeInitialPassword(sunhao, cst(2025, 6, 17, 9, 30));

        const qint64 globalOwner = registerGuanceAccount(
            {"jiangcheng-global", opsLogin.email, opsLogin.mobile}, "us1", cst(2025, 9, 8, 14, 40));
        createWorkspace(
            ops, globalOwner, {"Jiangcheng Overseas Edition", WorkspaceLanguage::English, "us1"},
            {SettlementMethod::Aws, QStringLiteral("483920175364"), {}}, cst(2025, 9, 8, 15, 0));

        // R-SET-7: locked 5 days before the demo start, 9 of 14 days left.
        closeResource(jiangcheng, saas, ClockSteps::demoStart().addDays(-5));
    }

    // (1) The buyer the demo's wizards start from.
    void lianyunBuyer()
    {
        const char *formerTenantName = "lianyun-hz";
        const Customer lianyun =
            signUp({cast::BuyerLogin, "it-admin@lianyuntech.com", "+8613857160321",
                    AccountType::Enterprise, "Hangzhou Lianyun Technology Co., Ltd.", "Internet",
                    "No. 588 Wensan Road, Xihu District, Hangzhou", formerTenantName},
                   cst(2025, 12, 1, 14, 10));
        authenticate(lianyun, std::nullopt, "91330106MA2H3K7X5B", cst(2025, 12, 1, 14, 40),
                     cst(2025, 12, 3, 10, 0));
        changeTenantName(lianyun, text(formerTenantName), cst(2026, 1, 5, 9, 45));

        const QString tenCards = buyStoredValueCards(lianyun, 10, cst(2026, 1, 12, 10, 20));
        const Tenant finance = registerFeeCenterAccount(
            {cast::BuyerFinanceFeeCenter, "finance@lianyuntech.com", "+8613857160322"},
            companyOf(lianyun, "Xu Jing"), cst(2026, 1, 13, 9, 0));
        redeemStoredValueCards(finance, lianyun, tenCards, 10, cst(2026, 1, 13, 9, 10));

        // 5,000 CNY in 50 cards (R-MKT-3), paid and not redeemed: W-SVC recharges it.
        buyStoredValueCards(lianyun, 50, cst(2026, 2, 26, 15, 0));
        subscribeSaas(lianyun, cst(2026, 2, 27, 10, 0));
    }

    // (2)
    void authenticatedIndividual()
    {
        const Customer zhou =
            signUp({cast::IndividualLogin, "zhou.mingyuan@163.com", "+8618626173350",
                    AccountType::Individual, "Zhou Mingyuan", "Software", ""},
                   cst(2026, 1, 20, 21, 5));
        authenticate(zhou, CertificateType::IdCard, "330106199004121235", cst(2026, 1, 20, 21, 30),
                     cst(2026, 1, 21, 16, 45));
        placeOrder(zhou, Catalogue::StoredValueCardProductId, 5, OrderStatus::Cancelled,
                   cst(2026, 2, 3, 20, 10));
    }

    // (3)
    void newSignUp()
    {
        signUp({cast::NewSignUpLogin, "chenxiaoyu.dev@outlook.com", "", AccountType::Unset, ""},
               cst(2026, 3, 1, 20, 40));
    }

    // (8) W-SIGNUP steps 1 and 2, then "enable services later" (R-ACC-16).
    void servicesNotEnabled()
    {
        HuaweiIdSeed seed{cast::NotEnabledLogin, "tsang.kawai@outlook.com", "HK", "+85291736042"};
        huaweiIdSignUp(seed, cst(2026, 3, 2, 8, 50));
    }

    // (9) W-SIGNUP end to end: enabled, service mobile, a card declined then one approved
    // (R-ACC-18).
    void cardHistory()
    {
        HuaweiIdSeed seed{cast::CardHistoryLogin, "ong.weiming@lionpeak.sg", "SG", ""};
        const QDateTime at = cst(2026, 2, 26, 19, 10);
        Customer ong = huaweiIdSignUp(seed, at);
        enableServices(ong, "SG", true, minutesLater(at, 4));
        bindServiceMobile(ong, QStringLiteral("+6581234567"), minutesLater(at, 6));
        bindCard(ong, "4000000000000002", "ONG WEI MING", "08/28",
                 CardVerification::InsufficientFunds, minutesLater(at, 10));
        bindCard(ong, "5555555555554444", "ONG WEI MING", "11/29", CardVerification::Approved,
                 minutesLater(at, 14));
    }

    // (10) R-CLS-2: closed, retained for 90 days, then disabled automatically.
    void disabledIndividual()
    {
        const Customer lin = signUp({cast::DisabledLogin, "lin.dongmei@126.com", "+8613977052168",
                                     AccountType::Individual, "Lin Dongmei", "Education", ""},
                                    cst(2025, 5, 6, 19, 30));
        const QDateTime closed = cst(2025, 11, 20, 10, 0);
        const QDateTime retentionUntil = closed.addDays(90);
        setClock(closed);
        store::HuaweiAccountRepository accounts(m_db);
        accounts.setServices(lin.accountId, ServicesStatus::Closed, closed, retentionUntil);
        journal(lin.loginId, "closeServices", "accountCenter", lin.accountId);
        setClock(retentionUntil);
        accounts.disableServices(lin.accountId, retentionUntil);
        journal(systemActor(), "disableServices", "accountCenter", lin.accountId,
                QStringLiteral("retention ended"));
    }

    // (13), (14) W-CLOSE (R-CLS-1..4): the checks passed, then Proceed to Close; retained for
    // 90 days (R-CLS-2).
    void closedAccount(const AccountSeed &seed, const QDateTime &signedUp, const QDateTime &closed,
                       ClosingReason reason)
    {
        const Customer c = signUp(seed, signedUp);
        const QDateTime checked = minutesLater(closed, -3);
        verifiedCode(c.loginId, Channel::Email, c.email, CodePurpose::CloseServices,
                     minutesLater(checked, -2));
        setClock(checked);
        store::ClosingRepository closings(m_db);
        const qint64 checkId = closings.insertCheck(c.accountId, reason, checked, {});
        journal(c.loginId, "startClosing", "accountCenter", c.accountId, QStringLiteral("passed"));
        m_session.send(Channel::Email, c.email, QStringLiteral("closingCheckResult"),
                       {{QStringLiteral("passed"), true}, {QStringLiteral("failures"), QString()}});
        setClock(closed);
        store::HuaweiAccountRepository(m_db).setServices(c.accountId, ServicesStatus::Closed,
                                                         closed, closing::retentionUntil(closed));
        closings.markClosed(checkId, closed);
        journal(c.loginId, "closeServices", "accountCenter", c.accountId, toString(reason));
    }

    // D-LOGIN (R-ACC-19): a security phone beside the email, and two website accounts.
    void signingIn()
    {
        Customer &zhou = m_cast[text(cast::IndividualLogin)];
        const QString phone = zhou.mobile;
        verifiedCode(zhou.loginId, Channel::Sms, phone, "security-phone", cst(2026, 1, 22, 20, 0));
        store::HuaweiAccountRepository(m_db).setSecurityPhone(zhou.accountId, phone);
        journal(zhou.loginId, "bindSecurityPhone", "accountCenter", zhou.accountId, phone);

        const QDateTime made = cst(2026, 1, 25, 14, 0);
        const qint64 bound = createWebsiteAccount(cast::BoundWebsiteAccount, "CN", made);
        setClock(minutesLater(made, 3));
        store::WebsiteAccountRepository(m_db).bind(bound, zhou.accountId, m_clock.now());
        journal(zhou.loginId, "bindWebsiteAccount", "websiteAccount",
                text(cast::BoundWebsiteAccount), zhou.accountId);
        journal(zhou.loginId, "bindWebsiteAccount", "accountCenter", zhou.accountId,
                text(cast::BoundWebsiteAccount));
        journal(zhou.loginId, "login", "accountCenter", zhou.accountId,
                QStringLiteral("websiteAccount ") + text(cast::BoundWebsiteAccount));

        createWebsiteAccount(cast::UnboundWebsiteAccount, "CN", cst(2026, 2, 28, 16, 45));
    }

    // The operator acting as the Huawei website (R-ACC-19): an account not bound yet.
    qint64 createWebsiteAccount(const char *name, const char *countryRegion, const QDateTime &at)
    {
        setClock(at);
        store::WebsiteAccountRow row;
        row.name = text(name);
        row.passwordHash = passwordHash();
        row.countryRegion = text(countryRegion);
        row.createdAt = at;
        const qint64 id = store::WebsiteAccountRepository(m_db).insert(row);
        journal(operatorActor(), "createWebsiteAccount", "websiteAccount", row.name,
                row.countryRegion);
        return id;
    }

    // (4) R-AUTH-4: submitted on Friday, reviewed within 3 working days.
    void pendingManufacturer()
    {
        const Customer hengtai =
            signUp({cast::PendingLogin, "it@hengtai-precision.com", "+8618962475103",
                    AccountType::Enterprise, "Suzhou Hengtai Precision Machinery Co., Ltd.",
                    "Manufacturing", "No. 9 Suhong Road, Suzhou Industrial Park"},
                   cst(2026, 2, 25, 13, 30));
        authenticate(hengtai, std::nullopt, "91320594MA1NW5T83C", cst(2026, 2, 27, 16, 20), {});
    }

    // (5) R-PTN-1, and R-ORG-3 live on the demo clock.
    void resellerCustomer()
    {
        const Customer haixing =
            signUp({cast::ResellerCustomerLogin, "it@haixinglogistics.com", "+8615888462719",
                    AccountType::Enterprise, "Ningbo Haixing Logistics Co., Ltd.", "Logistics",
                    "No. 300 Zhongshan East Road, Haishu District, Ningbo"},
                   cst(2025, 11, 18, 10, 0));
        authenticate(haixing, std::nullopt, "91330203MA2J6RQ04E", cst(2025, 11, 18, 10, 30),
                     cst(2025, 11, 19, 14, 0));
        resellerInvitation();
        associateReseller(haixing, true, cst(2025, 11, 20, 11, 0), Fen::fromYuan(50000),
                          cst(2025, 11, 21, 9, 30));
        subscribeSaas(haixing, cst(2026, 2, 24, 11, 0));
        const QDateTime start = ClockSteps::demoStart();
        createOrganization(haixing, cast::CreatingAbbreviation, start.addSecs(-60),
                           start.addSecs(120));
    }

    // A Guance customer without a Huawei account: the existing fee-center account whose
    // workspaces a Huawei customer can bind (seed 002 "bind existing workspace").
    void existingGameStudio()
    {
        const Tenant lanhai = registerCommercialPlan(
            {cast::ExistingFeeCenter, "devops@lanhaigames.com", "+8615959207714"},
            {QStringLiteral("Xiamen Lanhai Games Co., Ltd."), QStringLiteral("Gaming"),
             QStringLiteral("Lin Yue")},
            {"Lanhai Game Servers", WorkspaceLanguage::Chinese, "cn1"}, {}, {},
            cst(2025, 3, 10, 10, 0));
        rechargeCash(lanhai, Fen::fromYuan(1520), cst(2025, 3, 12, 11, 0));
        buyDirectCards(lanhai, Fen::fromYuan(1000), {0, 0}, cst(2025, 4, 18, 16, 30));
        createWorkspace(lanhai, lanhai.guanceAccountId,
                        {"Lanhai Global Launch", WorkspaceLanguage::English, "cn1"}, {},
                        cst(2025, 8, 18, 15, 30));
        buyDirectCards(lanhai, Fen::fromYuan(1000), {38250, 100000}, cst(2025, 11, 3, 10, 45));
    }

    // Alibaba Cloud settlement, and a card that expired with money left on it.
    void multiCloudFintech()
    {
        const Tenant tianfu = registerCommercialPlan(
            {cast::MultiCloudFeeCenter, "sre@tianfufintech.com", "+8618081937265"},
            {QStringLiteral("Chengdu Tianfu Fintech Co., Ltd."), QStringLiteral("Finance"),
             QStringLiteral("He Jun")},
            {"Tianfu Payments Core", WorkspaceLanguage::Chinese, "cn2"},
            {SettlementMethod::AlibabaCloud, QStringLiteral("1839274650192837"),
             QStringLiteral("2170053")},
            {}, cst(2025, 2, 17, 9, 40));
        buyDirectCards(tianfu, Fen::fromYuan(500), {12000}, cst(2025, 2, 20, 10, 0));
        createWorkspace(tianfu, tianfu.guanceAccountId,
                        {"Tianfu Risk Lab", WorkspaceLanguage::Chinese, "cn2"}, {},
                        cst(2025, 7, 1, 14, 0));
    }

    // (10) and (11): a master's invitation not accepted yet (my-account.md §4.5.1, §7.1).
    void masterInvitation()
    {
        const Customer group =
            signUp({cast::MasterLogin, "it@xinghe-group.com", "+8613905716628",
                    AccountType::Enterprise, "Zhejiang Xinghe Holding Group Co., Ltd.",
                    "Manufacturing", "No. 77 Jiangnan Avenue, Binjiang District, Hangzhou"},
                   cst(2025, 9, 2, 10, 0));
        authenticate(group, std::nullopt, "91330108MA2B7XH41K", cst(2025, 9, 2, 10, 30),
                     cst(2025, 9, 3, 14, 10));
        const Customer robotics =
            signUp({cast::InvitedMemberLogin, "it@xinghe-robotics.com", "+8613588210437",
                    AccountType::Enterprise, "Hangzhou Xinghe Robotics Co., Ltd.", "Manufacturing",
                    "No. 18 Xiyuan Road, Xihu District, Hangzhou"},
                   cst(2025, 11, 10, 9, 15));
        authenticate(robotics, std::nullopt, "91330106MA2C9RB52M", cst(2025, 11, 10, 9, 45),
                     cst(2025, 11, 11, 11, 20));
        inviteMember(group, robotics, cst(2026, 2, 28, 10, 30));
    }

    // (7) W-REAUTH's Change Enterprise Name (§4.5.3, R-AUTH-13), submitted on Thursday and
    // reviewed within 3 working days; the registration number and address stay the current
    // record's.
    void nameChangePending()
    {
        const Customer &jiangcheng = customer(cast::NameChangeLogin);
        const QDateTime submitted = cst(2026, 2, 26, 15, 40);
        setClock(submitted);
        store::AuthenticationRepository authentications(m_db);
        const auto current = authentications.current(jiangcheng.accountId);
        store::AuthenticationRow request;
        request.kind = ReviewKind::EnterpriseName;
        request.accountId = jiangcheng.accountId;
        request.type = AccountType::Enterprise;
        request.certificateNumber = current ? current->certificateNumber : QString();
        request.subjectName = QStringLiteral("Wuhan Jiangcheng Culture Media Group Co., Ltd.");
        request.countryRegion = QStringLiteral("CN");
        request.address = current ? current->address : jiangcheng.address;
        request.status = ReviewStatus::Pending;
        request.submittedAt = submitted;
        request.dueBy = addWorkingDays(submitted, 3, ClockSteps::chinaTimeZone());
        const qint64 id = authentications.insert(request);
        journal(jiangcheng.loginId, "submitReauthentication", "accountCenter", jiangcheng.accountId,
                ReauthenticationService::traceName(request.kind) + QLatin1Char(' ') +
                    QString::number(id));
    }

    // D-CONDITIONS, as the operator set them acting as Huawei: (5) owes money (R-AUTH-11),
    // (6) sells on KooGallery (R-AUTH-5).
    void simulatedConditions()
    {
        AccountConditions arrears;
        arrears.arrears = Fen(128050);
        setConditions(customer(cast::ArrearsLogin), arrears, cst(2026, 2, 20, 9, 0));
        AccountConditions seller;
        seller.koogallerySeller = true;
        setConditions(customer(cast::KooGallerySellerLogin), seller, cst(2025, 11, 3, 14, 0));
    }

    // (1) My Account, part 2 (my-account.md §5.2-§5.10, B): the buyer's HUAWEI ID has a mobile
    // number of its own, so that its service mobile number differs and Basic Information shows
    // both (R-ACC-14), and so does its service email address; Edit Information made its tenant
    // information complete (contact address in parts, qualification and tax number, payment
    // currency, industry; R-ACC-11..13); the operator enabled its CTS (D-CONDITIONS), so adding a
    // message recipient left a CTS trace (addRecipient, R-AUD-2); and a second tenant-name change
    // this year ("2 of 3 used", R-ACC-3) gave it a tenant name other than its login ID (R-ACC-7:
    // editable).
    void buyerAccountInformation()
    {
        const Customer &lianyun = customer(cast::BuyerLogin);
        store::HuaweiAccountRepository accounts(m_db);
        const QString phone = text(cast::BuyerHuaweiIdMobile);
        verifiedCode(lianyun.loginId, Channel::Sms, phone, "security-phone", cst(2026, 1, 8, 9, 0));
        accounts.setSecurityPhone(lianyun.accountId, phone);
        journal(lianyun.loginId, "bindSecurityPhone", "accountCenter", lianyun.accountId, phone);
        // Its service email address did not sync from the HUAWEI ID's (it had one of its
        // own), so Basic Information shows it with Edit (R-ACC-14).
        const QString serviceEmail = text(cast::BuyerServiceEmail);
        accounts.setServiceEmail(lianyun.accountId, serviceEmail);
        journal(lianyun.loginId, "changeServiceContact", "accountCenter", lianyun.accountId,
                serviceEmail);

        setClock(cst(2026, 1, 8, 9, 20));
        store::AccountInformation info;
        info.qualificationName = QStringLiteral("business_license");
        info.taxId = QStringLiteral("91330106MA2H3K7X5B");
        info.designation = QStringLiteral("");
        info.contactAddress = {QStringLiteral("No. 588 Wensan Road"),
                               QStringLiteral("Building 3, 12th Floor"),
                               QStringLiteral("Hangzhou"),
                               QStringLiteral("Zhejiang"),
                               QStringLiteral("Xihu District"),
                               QStringLiteral("310012")};
        info.paymentCurrency = QStringLiteral("CNY");
        info.industry = QStringLiteral("it_internet");
        info.secondaryIndustry = QStringLiteral("internet_services");
        accounts.setInformation(lianyun.accountId, info);
        journal(lianyun.loginId, "editInformation", "accountCenter", lianyun.accountId,
                QStringLiteral("enterprise it_internet/internet_services CNY"));

        AccountConditions cts;
        cts.ctsEnabled = true;
        setConditions(lianyun, cts, cst(2026, 1, 20, 10, 0));

        setClock(cst(2026, 2, 2, 14, 30));
        MessageRecipient recipient;
        recipient.accountId = lianyun.accountId;
        recipient.name = text(cast::BuyerRecipient);
        recipient.mobile = QStringLiteral("+8613857160322");
        recipient.email = QStringLiteral("finance@lianyuntech.com");
        recipient.createdAt = m_clock.now();
        const qint64 recipientId = store::MessageRecipientRepository(m_db).insert(recipient);
        const QString details = QString::number(recipientId) + QLatin1Char(' ') + recipient.name;
        journal(lianyun.loginId, "addRecipient", "accountCenter", lianyun.accountId, details);
        CtsTrail::record(sessionOf(lianyun.loginId), lianyun.accountId, cts::AddRecipient, details);

        setClock(cst(2026, 2, 9, 11, 0));
        const QString tenantName = text(cast::BuyerTenantName);
        accounts.setTenantName(lianyun.accountId, lianyun.loginId, tenantName, m_clock.now());
        journal(lianyun.loginId, "changeTenantName", "accountCenter", lianyun.accountId,
                lianyun.loginId + QStringLiteral(" -> ") + tenantName);
    }

    // ---- Huawei Cloud steps ----

    // W-SIGNUP: email code, account, optional security phone.
    Customer signUp(const AccountSeed &seed, const QDateTime &at)
    {
        Customer c;
        c.loginId = text(seed.loginId);
        c.email = text(seed.email);
        c.mobile = text(seed.mobile);
        c.type = seed.type;
        c.name = text(seed.name);
        c.industry = text(seed.industry);
        c.address = text(seed.address);
        verifiedCode(c.loginId, Channel::Email, c.email, "sign-up", at);
        if (!c.mobile.isEmpty())
            verifiedCode(c.loginId, Channel::Sms, c.mobile, "security-phone", minutesLater(at, 1));
        setClock(minutesLater(at, 2));
        HuaweiAccount account;
        account.accountId = c.accountId = ids().huaweiAccountId();
        account.loginId = c.loginId;
        account.tenantName = seed.tenantName ? text(seed.tenantName) : c.loginId;
        account.email = c.email;
        account.serviceMobile = c.mobile;
        account.countryRegion = QStringLiteral("CN");
        account.accountType = seed.type;
        const bool enterprise = seed.type == AccountType::Enterprise;
        account.enterpriseName = enterprise ? c.name : QStringLiteral("");
        account.fullName = enterprise ? QStringLiteral("") : c.name;
        // R-ACC-13: the HUAWEI ID's industry is on the list of Decisions (the fee-center
        // account registered later keeps the company's own words).
        const auto [industry, secondary] = industryOf(c.industry);
        account.industry = industry;
        account.secondaryIndustry = secondary;
        account.contactAddress.line1 = text(seed.address);
        account.createdAt = m_session.now();
        store::HuaweiAccountRepository(m_db).insert(account, passwordHash());
        journal(c.loginId, "createAccount", "accountCenter", c.accountId);
        m_cast.insert({c.loginId, c});
        return c;
    }

    // The ids of the story's records (see build()).
    IdGenerator &ids() { return m_ids ? *m_ids : m_session.ids(); }

    // A HUAWEI ID of the cast signed up earlier in the story.
    const Customer &customer(const char *loginId) const { return m_cast.at(text(loginId)); }

    // W-SIGNUP step 1 and, when it has one, step 2: a generated login id, services not
    // enabled (R-ACC-16), no mobile number yet.
    Customer huaweiIdSignUp(const HuaweiIdSeed &seed, const QDateTime &at)
    {
        Customer c;
        c.loginId = text(seed.loginId);
        c.email = text(seed.email);
        verifiedCode(c.loginId, Channel::Email, c.email, "sign-up", at);
        setClock(minutesLater(at, 1));
        HuaweiAccount account;
        account.accountId = c.accountId = ids().huaweiAccountId();
        account.loginId = account.tenantName = c.loginId;
        account.email = c.email;
        account.countryRegion = text(seed.countryRegion);
        account.servicesStatus = ServicesStatus::NotEnabled;
        account.createdAt = m_session.now();
        store::HuaweiAccountRepository accounts(m_db);
        accounts.insert(account, passwordHash());
        journal(c.loginId, "signUp", "accountCenter", c.accountId, c.loginId);
        const QString phone = text(seed.securityPhone);
        if (!phone.isEmpty()) {
            verifiedCode(c.loginId, Channel::Sms, phone, "security-phone", minutesLater(at, 2));
            accounts.setSecurityPhone(c.accountId, phone);
            journal(c.loginId, "bindSecurityPhone", "accountCenter", c.accountId, phone);
        }
        return c;
    }

    // W-SIGNUP step 3 (R-ACC-16, R-ACC-5: the country is fixed from now on).
    void enableServices(const Customer &c, const char *countryRegion, bool promotions,
                        const QDateTime &at)
    {
        setClock(at);
        store::HuaweiAccountRepository(m_db).enableServices(c.accountId, text(countryRegion),
                                                            promotions, at);
        journal(c.loginId, "enableServices", "accountCenter", c.accountId,
                text(countryRegion) + (promotions ? QStringLiteral(" promotions") : QString()));
    }

    // W-SIGNUP step 4a (R-ACC-17).
    void bindServiceMobile(Customer &c, const QString &mobile, const QDateTime &at)
    {
        verifiedCode(c.loginId, Channel::Sms, mobile, "service-mobile", at);
        store::HuaweiAccountRepository(m_db).setServiceMobile(c.accountId, mobile);
        c.mobile = mobile;
        journal(c.loginId, "changePhone", "accountCenter", c.accountId, mobile);
    }

    // W-SIGNUP step 4b (R-ACC-18): a Historical Cards row; approved gives post-payment.
    void bindCard(const Customer &c, const char *number, const char *holder, const char *expiry,
                  CardVerification result, const QDateTime &at)
    {
        setClock(at);
        PaymentCard card;
        card.accountId = c.accountId;
        card.maskedNumber = validate::maskedCardNumber(text(number));
        card.holder = text(holder);
        card.expiry = text(expiry);
        card.result = result;
        card.attemptedAt = at;
        store::PaymentCardRepository(m_db).insert(card);
        const bool approved = result == CardVerification::Approved;
        if (approved)
            store::HuaweiAccountRepository(m_db).setPostPayment(c.accountId, true);
        send(Channel::Email, c.email,
             approved ? QStringLiteral("cardBound") : QStringLiteral("cardRejected"),
             {{QStringLiteral("maskedNumber"), card.maskedNumber},
              {QStringLiteral("result"), toString(result)}});
        journal(c.loginId, "bindCard", "accountCenter", c.accountId,
                toString(result) + QLatin1Char(' ') + card.maskedNumber);
    }

    // W-AUTH and the review queue (R-AUTH-4); an invalid `reviewed` leaves it pending. The
    // demo's requests have no materials (the console shows none for them).
    void authenticate(const Customer &c, std::optional<CertificateType> certificateType,
                      const char *certificateNumber, const QDateTime &submitted,
                      const QDateTime &reviewed)
    {
        store::HuaweiAccountRepository accounts(m_db);
        store::AuthenticationRepository authentications(m_db);
        const bool approved = reviewed.isValid();
        setClock(submitted);
        store::AuthenticationRow request;
        request.accountId = c.accountId;
        request.type = c.type;
        request.certificateType = certificateType;
        request.certificateNumber = text(certificateNumber);
        request.subjectName = c.name;
        request.countryRegion = QStringLiteral("CN");
        request.address = c.type == AccountType::Enterprise ? c.address : QString();
        request.status = ReviewStatus::Pending;
        request.submittedAt = submitted;
        request.dueBy = addWorkingDays(submitted, 3, ClockSteps::chinaTimeZone());
        const qint64 id = authentications.insert(request);
        accounts.setAuthStatus(c.accountId, AuthStatus::Pending);
        journal(c.loginId, "submitAuthentication", "accountCenter", c.accountId);
        if (!approved)
            return;
        setClock(reviewed);
        authentications.review(id, ReviewStatus::Approved, reviewed, std::nullopt, QString());
        accounts.setAuthStatus(c.accountId, AuthStatus::Authenticated);
        journal(operatorActor(), "authenticateAccount", "accountCenter", c.accountId,
                QStringLiteral("approved"));
    }

    // §7.1: the master invites an existing account in unified accounting (R-MST-2), which has
    // not accepted yet (R-AUTH-5).
    void inviteMember(const Customer &master, const Customer &member, const QDateTime &at)
    {
        setClock(at);
        store::MasterLinkRow link;
        link.memberAccountId = member.accountId;
        link.masterAccountId = master.accountId;
        link.status = MasterLinkStatus::Invited;
        link.since = at;
        link.accounting = MasterAccounting::Unified;
        link.requestedAt = at;
        store::MasterAssociationRepository(m_db).invite(link);
        journal(master.loginId, "inviteMember", "accountCenter", member.accountId,
                master.accountId + QStringLiteral(" unified"));
        send(Channel::Email, member.email, QStringLiteral("memberInvitation"),
             {{QStringLiteral("masterName"), master.name},
              {QStringLiteral("accounting"), QStringLiteral("unified")}});
    }

    // D-MASTER-REQUEST: the member accepts, the Account Management Agreement ticked (R-MST-1,
    // R-MST-2).
    void acceptInvitation(const Customer &master, const Customer &member, const QDateTime &at)
    {
        setClock(at);
        store::MasterAssociationRepository links(m_db);
        auto link = *links.link(member.accountId);
        link.status = MasterLinkStatus::Associated;
        link.since = at;
        link.associatedAt = at;
        links.update(link);
        journal(member.loginId, "answerMasterRequest", "accountCenter", member.accountId,
                QStringLiteral("accepted invitation"));
        send(Channel::Email, master.email, QStringLiteral("masterRequestAnswered"),
             {{QStringLiteral("memberName"), member.name},
              {QStringLiteral("request"), QStringLiteral("invitation")},
              {QStringLiteral("accepted"), true}});
    }

    // D-CONDITIONS: the operator, acting as Huawei, sets an account's simulated facts.
    void setConditions(const Customer &c, AccountConditions conditions, const QDateTime &at)
    {
        setClock(at);
        conditions.accountId = c.accountId;
        ConditionsService::save(m_db, conditions, at);
        journal(operatorActor(), "setAccountConditions", "accountCenter", c.accountId,
                ConditionsService::summary(conditions));
    }

    // R-ACC-3: counted per calendar year.
    void changeTenantName(const Customer &c, const QString &oldName, const QDateTime &at)
    {
        setClock(at);
        store::HuaweiAccountRepository(m_db).setTenantName(c.accountId, oldName, c.loginId, at);
        journal(c.loginId, "changeTenantName", "accountCenter", c.accountId,
                oldName + QStringLiteral(" -> ") + c.loginId);
    }

    // R-PTN-5: the reseller partner's online invitation link, as the operator made it acting as
    // the partner (its token fixed, so that trainers can type it; a real one is random).
    void resellerInvitation()
    {
        setClock(cst(2025, 9, 1, 10, 0));
        store::PartnerInvitationRow i;
        i.token = text(cast::ResellerInvitationToken);
        i.enterpriseName = text(cast::ResellerPartnerName);
        i.information = QStringLiteral(
            "Huawei Cloud reseller partner in Hangzhou since 2019: cloud migration, managed "
            "operations and monthly billing for small and medium enterprises in Zhejiang.");
        i.website = QStringLiteral("https://www.yunfan-digital.com.cn");
        i.model = PartnerModel::Reseller;
        i.online = true;
        i.createdAt = m_clock.now();
        i.contacts = {{QStringLiteral("Technical administration"),
                       QStringLiteral("support@yunfan-digital.com.cn"),
                       QStringLiteral("+8613968012345"), QStringLiteral("+86-571-8796-2210")},
                      {QStringLiteral("Marketing"), QStringLiteral("sales@yunfan-digital.com.cn"),
                       QStringLiteral("+8613968054321"), QStringLiteral("+86-571-8796-2230")}};
        store::PartnerRepository(m_db).insertInvitation(i);
        journal(operatorActor(), "createPartnerInvitation", "partnerInvitation", i.token,
                i.enterpriseName + QStringLiteral(" reseller online"));
    }

    // W-PARTNER-ASSOC through the reseller's link (R-PTN-5): frozen (R-PTN-1, R-PTN-6) until
    // the partner sets a monthly budget; each step in the association's Operation Log (R-PTN-7)
    // and the customer told.
    void associateReseller(const Customer &c, bool authorized, const QDateTime &since, Fen budget,
                           const QDateTime &budgetSet)
    {
        namespace L = partner::log;
        store::PartnerRepository partners(m_db);
        const QString partner = text(cast::ResellerPartnerName);
        setClock(since);
        store::PartnerAssociationRow a;
        a.accountId = c.accountId;
        a.partnerName = partner;
        a.model = PartnerModel::Reseller;
        a.status = PartnerStatus::Frozen;
        a.since = since;
        a.invitationToken = text(cast::ResellerInvitationToken);
        a.authorized = authorized;
        partners.insertAssociation(a);
        partnerLog(c, since, L::Associated, L::Customer, QStringLiteral("reseller"));
        if (authorized)
            partnerLog(c, since, L::Authorized, L::Customer);
        journal(c.loginId, "associatePartner", "accountCenter", c.accountId,
                partner + QStringLiteral(" reseller"));
        send(Channel::Email, c.email, QStringLiteral("partnerAssociated"),
             {{QStringLiteral("partnerName"), partner},
              {QStringLiteral("model"), QStringLiteral("reseller")},
              {QStringLiteral("frozen"), true}});
        setClock(budgetSet);
        partners.setBudget(c.accountId, budget, PartnerStatus::Associated);
        partnerLog(c, since, L::BudgetSet, L::Partner, budget.toPlainString());
        journal(operatorActor(), "setPartnerBudget", "accountCenter", c.accountId,
                budget.toPlainString() + QStringLiteral(" CNY"));
        send(Channel::Email, c.email, QStringLiteral("partnerBudgetSet"),
             {{QStringLiteral("partnerName"), partner},
              {QStringLiteral("monthlyBudget"), budget.toPlainString()}});
    }

    // One line of the Operation Log of `c`'s association of `since`, at the clock's time.
    void partnerLog(const Customer &c, const QDateTime &since, const char *operation,
                    const char *actor, const QString &detail = {})
    {
        store::PartnerRepository(m_db).appendLog(
            c.accountId, since, {m_clock.now(), text(operation), text(actor), orEmpty(detail)});
    }

    // Partners and master accounts (my-account.md D.5): the reseller took (5)'s budget back;
    // (15) asked to disassociate; (11) has Enterprise Center and an associated member (16);
    // (17) may still associate with a partner.
    void partnersAndMasters()
    {
        namespace L = partner::log;
        // (5): frozen again over its unpaid bill (R-PTN-1).
        const Customer &haixing = customer(cast::FrozenResellerCustomerLogin);
        setClock(cst(2026, 2, 26, 10, 0));
        store::PartnerRepository partners(m_db);
        partners.withdrawBudget(haixing.accountId);
        partnerLog(haixing, cst(2025, 11, 20, 11, 0), L::BudgetWithdrawn, L::Partner,
                   QStringLiteral("arrears 1280.50"));
        journal(operatorActor(), "withdrawPartnerBudget", "accountCenter", haixing.accountId,
                QStringLiteral("arrears 1280.50"));

        // (15) R-PTN-7: a customer's request, pending the partner.
        const Customer minghui =
            signUp({cast::PendingDisassociationLogin, "it@minghui-trading.com", "+8613860731152",
                    AccountType::Enterprise, "Fuzhou Minghui Trading Co., Ltd.", "Retail",
                    "No. 128 Wusi Road, Gulou District, Fuzhou"},
                   cst(2025, 10, 8, 10, 0));
        authenticate(minghui, std::nullopt, "91350102MA8T4LK93W", cst(2025, 10, 8, 10, 30),
                     cst(2025, 10, 9, 11, 0));
        const QDateTime since = cst(2025, 10, 10, 9, 0);
        associateReseller(minghui, false, since, Fen::fromYuan(20000), cst(2025, 10, 11, 10, 0));
        const QDateTime requested = cst(2026, 2, 27, 15, 0);
        verifiedCode(minghui.loginId, Channel::Sms, minghui.mobile,
                     CodePurpose::PartnerDisassociate, minutesLater(requested, -2));
        setClock(requested);
        partners.setPending(minghui.accountId, DisassociationInitiator::Customer, QString(),
                            requested);
        partnerLog(minghui, since, L::DisassociationRequested, L::Customer);
        journal(minghui.loginId, "requestPartnerDisassociation", "accountCenter",
                minghui.accountId);

        // (11) Enterprise Center (R-MST-2), and (16) its associated member (R-MST-1).
        const Customer &group = customer(cast::MasterLogin);
        AccountConditions center;
        center.enterpriseCenter = true;
        setConditions(group, center, cst(2025, 9, 2, 16, 0));
        const Customer zhizao =
            signUp({cast::AssociatedMemberLogin, "it@xinghe-zhizao.com", "+8613757190824",
                    AccountType::Enterprise, "Hangzhou Xinghe Smart Factory Co., Ltd.",
                    "Manufacturing", "No. 258 Xingzhong Road, Linping District, Hangzhou"},
                   cst(2025, 11, 24, 9, 0));
        authenticate(zhizao, std::nullopt, "91330113MA2KD6UP7X", cst(2025, 11, 24, 9, 30),
                     cst(2025, 11, 25, 14, 0));
        inviteMember(group, zhizao, cst(2025, 12, 1, 10, 0));
        acceptInvitation(group, zhizao, cst(2025, 12, 2, 9, 30));

        // (17) a recent, authenticated individual: W-PARTNER-ASSOC's Log In and Associate.
        const Customer song =
            signUp({cast::PartnerCandidateLogin, "song.yuqing@outlook.com", "+8613588317706",
                    AccountType::Individual, "Song Yuqing", "Education", ""},
                   cst(2026, 2, 27, 14, 0));
        authenticate(song, CertificateType::IdCard, "330102199503085526", cst(2026, 2, 27, 14, 30),
                     cst(2026, 2, 28, 10, 0));
    }

    // ---- marketplace steps ----

    QString placeOrder(const Customer &c, const char *productId, int quantity, OrderStatus status,
                       const QDateTime &at)
    {
        setClock(at);
        Order order;
        order.orderId = ids().orderId(at);
        order.accountId = c.accountId;
        order.productId = text(productId);
        order.quantity = quantity;
        const auto product = store::CatalogueRepository(m_db).find(order.productId);
        order.amount = product ? product->unitPrice * quantity : Fen();
        order.status = status;
        order.createdAt = at;
        store::OrderRepository(m_db).insert(order);
        journal(c.loginId, "createOrder", "order", order.orderId,
                QStringLiteral("%1 x %2").arg(order.productId).arg(quantity));
        if (status == OrderStatus::Paid) {
            journal(c.loginId, "payOrder", "order", order.orderId, order.amount.toPlainString());
            // Seed 001: a short message confirms the purchase.
            notify(c, "purchaseNotice",
                   {{QStringLiteral("orderId"), order.orderId},
                    {QStringLiteral("product"), product ? toString(product->kind) : QString()},
                    {QStringLiteral("quantity"), quantity}});
        } else if (status == OrderStatus::Cancelled) {
            setClock(minutesLater(at, 15));
            journal(c.loginId, "cancelOrder", "order", order.orderId);
        }
        return order.orderId;
    }

    QString buyStoredValueCards(const Customer &c, int quantity, const QDateTime &at)
    {
        // Cards are not a service instance: the order is all there is (R-SVC-1).
        return placeOrder(c, Catalogue::StoredValueCardProductId, quantity, OrderStatus::Paid, at);
    }

    // W-BUY, R-MKT-2: paid order, instance provisioning, active shortly after.
    Subscription subscribeSaas(const Customer &c, const QDateTime &at)
    {
        Subscription s;
        s.orderId = placeOrder(c, Catalogue::SaasProductId, 1, OrderStatus::Paid, at);
        // The marketplace's signed newInstance, through the one path that opens instances.
        koogallery::NewInstance call;
        call.businessId = s.orderId;
        call.orderId = s.orderId;
        call.orderLineId = s.orderId + QStringLiteral("-1");
        call.customerId = c.accountId;
        const auto answer = KooGalleryService(m_session).callInTransaction(call);
        if (!answer.ok())
            throw store::StoreError(store::StoreError::Kind::Other,
                                    QStringLiteral("demo newInstance: ") +
                                        answer.error().toString());
        s.instanceId = answer->value(QStringLiteral("instanceId")).toString();
        const Instance instance = *store::InstanceRepository(m_db).find(s.instanceId);
        setClock(instance.activeAt);
        store::InstanceRepository(m_db).setStatus(s.instanceId, InstanceStatus::Active);
        journal(systemActor(), "activateInstance", "instance", s.instanceId);
        return s;
    }

    // W-CANCEL: R-MKT-4 closes the instance, R-SET-5 locks the workspaces it settled.
    void closeResource(const Customer &c, const Subscription &s, const QDateTime &at)
    {
        setClock(at);
        journal(c.loginId, "closeResource", "instance", s.instanceId);
        // The marketplace's signed releaseInstance: R-MKT-4 and R-SET-5 as for a real one.
        const auto answer = KooGalleryService(m_session).callInTransaction(
            koogallery::ReleaseInstance{s.instanceId});
        if (!answer.ok())
            throw store::StoreError(store::StoreError::Kind::Other,
                                    QStringLiteral("demo releaseInstance: ") +
                                        answer.error().toString());
    }

    // ---- Joint Operations steps ----

    // W-ORG page 1 (R-ORG-1..4): the enterprise name is the owner's, the root department
    // is the organization.
    OrganizationRef createOrganization(const Customer &owner, const char *abbreviation,
                                       const QDateTime &createdAt, const QDateTime &readyAt)
    {
        setClock(createdAt);
        const bool ready = readyAt <= ClockSteps::demoStart();
        Organization o;
        o.organizationId = ids().organizationId();
        o.ownerAccountId = owner.accountId;
        o.enterpriseName = owner.name;
        o.abbreviation = text(abbreviation);
        o.status = ready ? OrganizationStatus::Ready : OrganizationStatus::Creating;
        o.createdAt = createdAt;
        o.readyAt = readyAt;
        store::OrganizationRepository organizations(m_db);
        organizations.insert(o);
        const qint64 root = organizations.insertDepartment(o.organizationId, 0, o.enterpriseName);
        journal(owner.loginId, "createOrganization", "organization", o.organizationId,
                o.abbreviation);
        if (ready) {
            setClock(readyAt);
            journal(systemActor(), "organizationReady", "organization", o.organizationId);
            notify(owner, "organizationReady",
                   {{QStringLiteral("enterpriseName"), o.enterpriseName},
                    {QStringLiteral("abbreviation"), o.abbreviation}});
        }
        return {o.organizationId, o.enterpriseName, o.abbreviation, root, {}};
    }

    void addDepartments(const Customer &owner, OrganizationRef &org,
                        std::initializer_list<const char *> names, const QDateTime &at)
    {
        setClock(at);
        store::OrganizationRepository organizations(m_db);
        for (const char *name : names) {
            const QString department = text(name);
            org.departments.insert(department, organizations.insertDepartment(org.organizationId,
                                                                              org.rootDepartmentId,
                                                                              department));
            journal(owner.loginId, "addDepartment", "organization", org.organizationId, department);
        }
    }

    // W-ORG page 2: a generated initial password; its SMS waits for the authorization
    // (R-BND-4).
    MemberRef addMember(const Customer &owner, const OrganizationRef &org, const MemberSeed &seed,
                        const QDateTime &at)
    {
        setClock(at);
        Q_ASSERT(org.departments.contains(text(seed.department)));
        const QString initialPassword = ids().password();
        Member m;
        m.organizationId = org.organizationId;
        m.account = text(seed.account);
        m.displayName = text(seed.displayName);
        m.departmentId = org.departments.value(text(seed.department));
        m.mobile = text(seed.mobile);
        m.email = text(seed.email);
        m.mustChangePassword = true;
        m.createdAt = at;
        MemberRef ref;
        ref.memberId =
            store::MemberRepository(m_db).insert(m, m_session.hasher().hash(initialPassword));
        ref.loginName = memberLoginName(m.account, org.abbreviation);
        ref.relatedId = QStringLiteral("member:%1").arg(ref.memberId);
        journal(owner.loginId, "addMember", "member", ref.loginName, m.displayName);
        send(Channel::Sms, m.mobile, QStringLiteral("memberCredentials"),
             {{QStringLiteral("loginAddress"), text(cast::UnifiedLoginAddress)},
              {QStringLiteral("loginName"), ref.loginName},
              {QStringLiteral("initialPassword"), initialPassword},
              {QStringLiteral("organization"), org.enterpriseName}},
             true, ref.relatedId);
        return ref;
    }

    // W-ORG page 3 (R-BND-1..3).
    qint64 bindApp(const Customer &owner, const OrganizationRef &org, const Subscription &s,
                   const QDateTime &at)
    {
        setClock(at);
        AppBinding b;
        b.orderId = s.orderId;
        b.instanceId = s.instanceId;
        b.productId = text(Catalogue::SaasProductId);
        b.organizationId = org.organizationId;
        b.boundAt = at;
        const qint64 bindingId = store::BindingRepository(m_db).insert(b);
        journal(owner.loginId, "bindApp", "binding", s.orderId, org.abbreviation);
        return bindingId;
    }

    // W-ORG page 4 (R-BND-4): the held credentials SMS go out now.
    void authorizeMembers(const Customer &owner, qint64 bindingId, const Subscription &s,
                          const QList<MemberRef> &members, const QDateTime &at)
    {
        setClock(at);
        store::BindingRepository bindings(m_db);
        store::OutboxRepository outbox(m_db);
        QStringList names;
        for (const MemberRef &member : members) {
            bindings.authorize(bindingId, member.memberId, at);
            outbox.release(member.relatedId, at);
            names << member.loginName;
        }
        journal(owner.loginId, "authorizeMembers", "binding", s.orderId,
                names.join(QStringLiteral(", ")));
    }

    // W-LOGIN page 2 (R-ORG-6): the member now uses the demo password; the initial one is
    // blanked in the Outbox.
    void changeInitialPassword(const MemberRef &member, const QDateTime &at)
    {
        setClock(at);
        store::MemberRepository(m_db).setPassword(member.memberId, passwordHash(), false);
        store::OutboxRepository(m_db).redactParam(member.relatedId,
                                                  QStringLiteral("initialPassword"));
        journal(member.loginName, "changeInitialPassword", "member", member.loginName);
    }

    // ---- Guance steps ----

    qint64 registerGuanceAccount(const LoginSeed &seed, const char *site, const QDateTime &at)
    {
        const QString username = text(seed.username);
        verifiedCode(username, Channel::Email, text(seed.email), "register", minutesLater(at, -2));
        setClock(at);
        GuanceAccount g;
        g.username = username;
        g.email = text(seed.email);
        g.mobile = text(seed.mobile);
        g.site = text(site);
        g.createdAt = at;
        const qint64 id = store::GuanceAccountRepository(m_db).insert(g, passwordHash());
        journal(username, "createGuanceAccount", "guanceAccount", username, g.site);
        return id;
    }

    // A fee-center account on its own (registered directly in the Billing Center).
    Tenant registerFeeCenterAccount(const LoginSeed &seed, const CompanySeed &company,
                                    const QDateTime &at)
    {
        Tenant t;
        t.username = text(seed.username);
        t.email = text(seed.email);
        verifiedCode(t.username, Channel::Email, t.email, "register", minutesLater(at, -2));
        t.feeCenterAccountId = insertFeeCenter(seed, company, at);
        journal(t.username, "createFeeCenterAccount", "feeCenterAccount", t.username);
        return t;
    }

    // W-REG (R-REG-3): Guance account, fee-center account with the same credentials, the
    // workspace, and the Huawei link when activated through the Huawei Cloud Store.
    Tenant registerCommercialPlan(const LoginSeed &seed, const CompanySeed &company,
                                  const WorkspaceSeed &workspace, const Settlement &settlement,
                                  const QString &linkedHuaweiAccountId, const QDateTime &at)
    {
        Tenant t;
        t.username = text(seed.username);
        t.email = text(seed.email);
        // The site chosen on the first page is the workspace's too (R-WS-3).
        t.guanceAccountId = registerGuanceAccount(seed, workspace.site, at);
        t.feeCenterAccountId = insertFeeCenter(seed, company, at);
        if (!linkedHuaweiAccountId.isEmpty())
            store::FeeCenterRepository(m_db).linkHuaweiAccount(linkedHuaweiAccountId,
                                                               t.feeCenterAccountId, at);
        journal(t.username, "registerCommercialPlan", "feeCenterAccount", t.username,
                linkedHuaweiAccountId.isEmpty()
                    ? toString(settlement.method)
                    : QStringLiteral("huawei_cloud ") + linkedHuaweiAccountId);
        createWorkspace(t, t.guanceAccountId, workspace, settlement, at);
        send(Channel::Email, t.email, QStringLiteral("registration"),
             {{QStringLiteral("username"), t.username},
              {QStringLiteral("workspaceName"), text(workspace.name)}});
        return t;
    }

    QString createWorkspace(const Tenant &t, qint64 ownerGuanceAccountId, const WorkspaceSeed &seed,
                            const Settlement &settlement, const QDateTime &at)
    {
        setClock(at);
        Workspace w;
        w.workspaceId = ids().workspaceId();
        w.name = text(seed.name);
        w.language = seed.language;
        w.site = text(seed.site);
        w.ownerGuanceAccountId = ownerGuanceAccountId;
        w.feeCenterAccountId = t.feeCenterAccountId;
        w.settlement = settlement.method;
        w.settlementAccountId = orEmpty(settlement.accountId);
        w.settlementInstanceId = orEmpty(settlement.instanceId);
        w.lockReason = QStringLiteral("");
        w.status = WorkspaceStatus::Active;
        w.createdAt = at;
        store::WorkspaceRepository(m_db).insert(w);
        journal(t.username, "createWorkspace", "workspace", w.workspaceId,
                w.name + QStringLiteral(" @ ") + w.site);
        return w.workspaceId;
    }

    // W-SET (R-SET-2, R-SET-3).
    void changeSettlement(const Tenant &t, const QString &workspaceId, const Settlement &settlement,
                          const QDateTime &at)
    {
        setClock(at);
        store::WorkspaceRepository(m_db).setSettlement(workspaceId, settlement.method,
                                                       orEmpty(settlement.accountId),
                                                       orEmpty(settlement.instanceId), at);
        journal(t.username, "changeSettlement", "workspace", workspaceId,
                toString(settlement.method));
    }

    // W-SVC (R-SVC-1..4): one available card per unit, bound to the fee-center account.
    void redeemStoredValueCards(const Tenant &t, const Customer &buyer, const QString &orderId,
                                int quantity, const QDateTime &at)
    {
        setClock(at);
        store::StoredValueCardRepository cards(m_db);
        cards.insertRedemption(orderId, t.feeCenterAccountId, at);
        const Fen face(Catalogue::StoredValueCardUnitFen);
        for (int i = 0; i < quantity; ++i)
            insertCard(t, face, face, PurchaseType::HuaweiMarketplace, at, orderId);
        journal(t.username, "redeemStoredValueCards", "storedValueCard", orderId,
                QStringLiteral("%1 cards, Huawei account %2").arg(quantity).arg(buyer.accountId));
        send(Channel::Email, t.email, QStringLiteral("recharge"),
             {{QStringLiteral("cards"), quantity},
              {QStringLiteral("orderId"), orderId},
              {QStringLiteral("username"), t.username}});
    }

    // Cards bought directly in the Billing Center; their state follows from the balance
    // left (in fen) and the expiry date.
    void buyDirectCards(const Tenant &t, Fen face, std::initializer_list<qint64> balancesLeft,
                        const QDateTime &at)
    {
        setClock(at);
        for (const qint64 balance : balancesLeft)
            insertCard(t, face, Fen(balance), PurchaseType::Direct, at, {});
        journal(t.username, "purchaseStoredValueCards", "storedValueCard", t.username,
                QStringLiteral("%1 x %2 CNY").arg(balancesLeft.size()).arg(face.toPlainString()));
    }

    void rechargeCash(const Tenant &t, Fen amount, const QDateTime &at)
    {
        setClock(at);
        store::FeeCenterRepository(m_db).addCash(t.feeCenterAccountId, amount);
        journal(t.username, "rechargeCash", "feeCenterAccount", t.username, amount.toPlainString());
    }

    // ---- plumbing ----

    void setClock(const QDateTime &at) { m_clock.set(at); }

    QString passwordHash() const { return m_session.hasher().hash(text(cast::Password)); }

    qint64 insertFeeCenter(const LoginSeed &seed, const CompanySeed &company, const QDateTime &at)
    {
        setClock(at);
        FeeCenterAccount f;
        f.username = text(seed.username);
        f.email = text(seed.email);
        f.enterpriseName = company.enterpriseName;
        f.industry = company.industry;
        f.contact = company.contact;
        f.createdAt = at;
        return store::FeeCenterRepository(m_db).insert(f, passwordHash());
    }

    void insertCard(const Tenant &t, Fen face, Fen balance, PurchaseType type, const QDateTime &at,
                    const QString &orderId)
    {
        StoredValueCard card;
        card.cardNumber = ids().cardNumber();
        card.feeCenterAccountId = t.feeCenterAccountId;
        card.faceValue = face;
        card.balance = balance;
        card.purchaseType = type;
        card.purchasedAt = at;
        card.expiresAt = at.addDays(Catalogue::CardValidityDays);
        card.status = balance == Fen()                            ? CardStatus::UsedUp
                      : card.expiresAt <= ClockSteps::demoStart() ? CardStatus::Expired
                                                                  : CardStatus::Available;
        card.sourceOrderId = orEmpty(orderId);
        store::StoredValueCardRepository(m_db).insert(card);
    }

    // R-VC-1: a code "sent" (Outbox) and consumed 40 seconds later.
    void verifiedCode(const QString &actor, Channel channel, const QString &destination,
                      const char *purpose, const QDateTime &at)
    {
        setClock(at);
        VerificationCodeRecord record;
        record.channel = toString(channel);
        record.destination = destination;
        record.purpose = text(purpose);
        record.code = ids().verificationCode();
        record.issuedAt = at;
        record.expiresAt = at.addSecs(CodePolicy::ValiditySeconds);
        store::VerificationCodeRepository codes(m_db);
        const qint64 id = codes.insert(record);
        send(channel, destination, QStringLiteral("verificationCode"),
             {{QStringLiteral("code"), record.code},
              {QStringLiteral("purpose"), record.purpose},
              {QStringLiteral("minutes"), CodePolicy::ValiditySeconds / 60}});
        journal(actor, "sendVerificationCode", "verificationCode", destination);
        codes.consume(id, at.addSecs(40));
    }

    // Notices to a HUAWEI ID go by SMS when it has a mobile number (seed 001), else email.
    void notify(const Customer &c, const char *kind, const QVariantMap &params)
    {
        const bool sms = !c.mobile.isEmpty();
        send(sms ? Channel::Sms : Channel::Email, sms ? c.mobile : c.email, text(kind), params);
    }

    // Puts a message in the Outbox at the clock's time; `relatedId` ties it to the record
    // it is about (R-BND-4 releases, R-ORG-6 redacts).
    void send(Channel channel, const QString &destination, const QString &kind,
              const QVariantMap &params, bool held = false, const QString &relatedId = {})
    {
        m_session.send(channel, destination, kind, params, held, orEmpty(relatedId));
    }

    // R-AUD-1: journaled through a session of the actor, at the clock's time.
    void journal(const QString &actor, const char *operation, const char *resourceType,
                 const QString &target, const QString &details = {})
    {
        sessionOf(actor).journal(text(operation), text(resourceType), target,
                                 QStringLiteral("success"), orEmpty(details));
    }

    Session &sessionOf(const QString &actor)
    {
        if (actor == m_session.actor())
            return m_session;
        auto &session = m_actors[actor];
        if (!session)
            session = std::make_unique<Session>(m_db, m_clock, m_random, HashCost::Minimum, actor);
        return *session;
    }

    store::Database &m_db;
    AdjustableClock &m_clock;
    RandomSource &m_random;
    Session m_session;                  // ids, hashes and the Outbox; journals as "system"
    std::map<QString, Customer> m_cast; // the HUAWEI IDs signed up so far, by login id
    SeededRandom m_laterRandom{Seed + 17};
    IdGenerator m_laterIds{m_laterRandom};
    IdGenerator *m_ids = nullptr; // null: m_session's, over the seeded sequence
    std::map<QString, std::unique_ptr<Session>> m_actors;
};

} // namespace

Status buildDemoDatabase(const store::DatabaseConfig &target)
{
    const bool sqlite = target.kind == store::SqlDialect::Kind::Sqlite;
    const store::DatabaseConfig partial =
        store::admin::sibling(target, sqlite ? target.path + QStringLiteral(".building")
                                             : target.name + QStringLiteral("_building"));
    if (Status removed = store::admin::remove(partial); !removed.ok())
        return removed;
    if (Status created = store::admin::create(partial); !created.ok())
        return created;
    {
        static QAtomicInt builds;
        auto opened =
            store::Database::open(partial, QStringLiteral("oc-demo-build-") +
                                               QString::number(builds.fetchAndAddRelaxed(1)));
        if (!opened.ok())
            return opened.error();
        auto db = std::move(opened).value();
        try {
            store::Transaction tx(*db);
            AdjustableClock clock(ClockSteps::demoStart());
            SeededRandom random(Seed);
            StoryBuilder(*db, clock, random).build();
            store::MetaRepository meta(*db);
            meta.set(QString::fromLatin1(MetaKey::Story), QString::number(StoryVersion));
            meta.set(QString::fromLatin1(MetaKey::Clock),
                     QString::number(ClockSteps::demoStart().toMSecsSinceEpoch()));
            // Ids made in the demo continue the seeded sequence.
            meta.set(QString::fromLatin1(MetaKey::IdState), QString::number(random.state()));
            tx.commit();
            db->refreshPlannerStatistics(); // copies of the template carry them
            db->checkpoint();
        } catch (const store::StoreError &e) {
            return Session::storeError(e);
        }
    }
    return store::admin::rename(partial, target);
}

Status buildDemoDatabase(const QString &path)
{
    store::DatabaseConfig config;
    config.path = path;
    return buildDemoDatabase(config);
}

} // namespace oc::demo
