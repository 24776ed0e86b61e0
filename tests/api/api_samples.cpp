// The contract as the codecs see it, for tests/api/check-samples.mjs to hold
// resources/api/openapi.yaml against: prints one JSON document on stdout (or into the file
// named by the first argument). Linked with oc_contract only, like the server's codec use.
//
//   "limits":  the codec and route limits (Json.h, Routes.h).
//   "types":   per struct with a codec: "full", the encoding of a fully populated value; its
//              "keys"; "probes", what the type's decoder says of that encoding with one
//              member removed, null, true, [], 1.5 or a string of 256/257/65536/65537
//              code units ({"key", "mutation", "accepted"}).
//   "samples": more encodings per type (edge values: limits, empty optionals, big ids).
//   "enums":   every enum's spellings (EnumSpelling), in order.
//   "values":  what the scalar decoders say of edge JSON values: "timestamp" (QDateTime,
//              which takes null), "int64", "int32", "variant" ({"json", "accepted"}).
//   "routes":  the route table (Routes.h), each route with its query parameters, a request
//              body and a 200 answer as the server writes them ({"value": T}; "text/csv"
//              for the export).
//   "errors":  error answers ({"status", "body"}), the status by api::httpStatusOf and the
//              body as the server writes it (the Error's codec plus "message").
//
// Full values are those of tests/contract/test_json.cpp (copied, trimmed): every member set,
// so that a member the description lacks or mistypes shows.

#include "contract/Json.h"
#include "contract/Routes.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cstdio>
#include <functional>
#include <limits>

using namespace oc;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MaxId = std::numeric_limits<qint64>::max();
constexpr qint64 MinId = std::numeric_limits<qint64>::min();

QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0,
              int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), QTimeZone::utc());
}

const QDateTime T1 = utc(2026, 3, 2, 1, 30, 0, 123);
const QDateTime T2 = utc(2026, 3, 5, 23, 59, 59, 999);
const QString Chinese = QStringLiteral("蓝海科技（上海）有限公司 🚀");

// ---- fully populated values --------------------------------------------------------------

ContactAddress contactAddress()
{
    return ContactAddress{u"浦东新区张江路 88 号"_s,
                          u"3 号楼 12 层"_s,
                          u"上海"_s,
                          u"上海市"_s,
                          u"张江镇"_s,
                          u"201203"_s};
}

HuaweiAccount huaweiAccount()
{
    HuaweiAccount a;
    a.accountId = u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s;
    a.loginId = u"lanhai_ops"_s;
    a.loginIdChangedAt = T2;
    a.email = u"ops@lanhai.com"_s;
    a.securityPhone = u"+8613900000000"_s;
    a.tenantName = Chinese;
    a.serviceMobile = u"+86-13800000000"_s;
    a.serviceEmail = u"notices@lanhai.com"_s;
    a.countryRegion = u"CN"_s;
    a.accountType = AccountType::Enterprise;
    a.fullName = u"张三"_s;
    a.enterpriseName = Chinese;
    a.authStatus = AuthStatus::Authenticated;
    a.servicesStatus = ServicesStatus::Closed;
    a.servicesEnabledAt = T1;
    a.promotions = true;
    a.postPayment = true;
    a.retentionUntil = T2;
    a.qualificationName = u"business_license"_s;
    a.taxId = u"91310115MA1K4QX27D"_s;
    a.designation = u"财务总监"_s;
    a.contactAddress = contactAddress();
    a.paymentCurrency = u"USD"_s;
    a.industry = u"it_internet"_s;
    a.secondaryIndustry = u"software"_s;
    a.messageLanguage = u"zh_CN"_s;
    a.timeZone = u"Asia/Shanghai"_s;
    a.currency = u"CNY"_s;
    a.createdAt = T1;
    return a;
}

MessageRecipient messageRecipient()
{
    return MessageRecipient{MaxId,
                            u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s,
                            u"徐静"_s,
                            u"+8613857160322"_s,
                            u"finance@lanhai.com"_s,
                            T1};
}

PaymentCard paymentCard()
{
    return PaymentCard{MaxId,
                       u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s,
                       u"**** **** **** 4242"_s,
                       u"ZHANG SAN 张三"_s,
                       u"12/29"_s,
                       CardVerification::InsufficientFunds,
                       T1};
}

Product product()
{
    return Product{QString::fromLatin1(Catalogue::StoredValueCardProductId),
                   ProductKind::StoredValueCard, u"储值卡"_s,
                   Fen(Catalogue::StoredValueCardUnitFen)};
}

Order order()
{
    return Order{u"CS2603020130AB12"_s,
                 u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s,
                 QString::fromLatin1(Catalogue::SaasProductId),
                 3,
                 Fen(-150),
                 OrderStatus::Paid,
                 T1};
}

Instance instance()
{
    return Instance{u"ins-1"_s, u"CS2603020130AB12"_s,  u"acc"_s,
                    u"prod"_s,  InstanceStatus::Frozen, T1,
                    T2,         utc(2026, 12, 31, 16)};
}

Organization organization()
{
    return Organization{u"org-1"_s, u"acc"_s, Chinese, u"lanhai"_s, OrganizationStatus::Ready,
                        T1,         T2};
}

Department department()
{
    return Department{MaxId, u"org-1"_s, 7, u"研发部"_s};
}

Member member()
{
    return Member{
        42,    u"org-1"_s, u"zhang.san"_s, u"张三"_s, 7, u"13800000000"_s, u"z@lanhai.com"_s, false,
        false, T1};
}

AppBinding appBinding()
{
    return AppBinding{9, u"o"_s, u"i"_s, u"p"_s, u"org-1"_s, T2};
}

GuanceAccount guanceAccount()
{
    return GuanceAccount{MaxId, u"lanhai"_s, u"a@b.c"_s, u"1"_s, u"cn1"_s, T1};
}

FeeCenterAccount feeCenterAccount()
{
    return FeeCenterAccount{5,           u"lanhai"_s,           u"f@lanhai.com"_s, Chinese,
                            u"制造业"_s, u"李四 13900000000"_s, Fen(MinId),        T1};
}

Workspace workspace()
{
    Workspace w;
    w.workspaceId = u"wksp_0123456789abcdef"_s;
    w.name = u"生产环境"_s;
    w.language = WorkspaceLanguage::English;
    w.site = u"cn4"_s;
    w.ownerGuanceAccountId = MaxId;
    w.feeCenterAccountId = 5;
    w.settlement = SettlementMethod::HuaweiCloud;
    w.settlementAccountId = u"acc"_s;
    w.settlementInstanceId = u"ins-1"_s;
    w.settlementChangedAt = T1;
    w.status = WorkspaceStatus::Locked;
    w.lockReason = QString::fromLatin1(Catalogue::InstanceClosedLockReason);
    w.lockedAt = T2;
    w.createdAt = T1;
    return w;
}

// Active and never changed: its lock and settlement-change times are null.
Workspace activeWorkspace()
{
    Workspace w = workspace();
    w.status = WorkspaceStatus::Active;
    w.lockReason.clear();
    w.lockedAt = QDateTime();
    w.settlementChangedAt = QDateTime();
    return w;
}

StoredValueCard storedValueCard()
{
    return StoredValueCard{u"SVC0001"_s,         5,  Fen(10000), Fen(2500), CardStatus::Expired,
                           PurchaseType::Direct, T1, T2,         u"CS1"_s};
}

OutboxMessage outboxMessage()
{
    return OutboxMessage{MaxId,
                         T1,
                         Channel::Sms,
                         u"13800000000"_s,
                         u"memberLogin"_s,
                         {{u"loginName"_s, u"zhang.san@lanhai"_s},
                          {u"cards"_s, 3},
                          {u"big"_s, MaxId},
                          {u"held"_s, true},
                          {u"ratio"_s, 0.25},
                          {u"at"_s, T2},
                          {u"none"_s, QVariant()}}};
}

JournalEntry journalEntry()
{
    return JournalEntry{1,
                        T1,
                        u"operator"_s,
                        u"createOrganization"_s,
                        u"organization"_s,
                        u"lanhai"_s,
                        u"R-ORG-2"_s,
                        u"细节 \"quoted\" \\ back"_s};
}

ColumnInfo columnInfo()
{
    return ColumnInfo{u"status"_s, ColumnKind::Enum, u"authStatus"_s};
}

ListQuery listQuery()
{
    ListQuery q;
    q.view = u"workspaces"_s;
    q.search = Chinese;
    q.filters = {{u"status"_s, u"locked"_s},
                 {u"feeCenterAccountId"_s, qint64(5)},
                 {u"demo"_s, false},
                 {u"big"_s, MinId},
                 {u"none"_s, QVariant()}};
    q.sortColumn = u"createdAt"_s;
    q.descending = true;
    q.offset = std::numeric_limits<int>::max();
    q.limit = 0;
    q.withTotal = false;
    q.knownTotal = MaxId;
    return q;
}

ListPage listPage()
{
    ListPage page;
    page.columns = {columnInfo(), ColumnInfo{u"amount"_s, ColumnKind::Money, {}},
                    ColumnInfo{u"at"_s, ColumnKind::Time, {}}};
    page.rows = {{u"locked"_s, qint64(-150), qint64(1772415000123)},
                 {QVariant(), MaxId, MinId},
                 {Chinese, qint64(0), true},
                 {1.5, T1, QVariant(QDateTime())}};
    page.total = MaxId;
    page.offset = 200;
    return page;
}

Error ruleError()
{
    return makeError(u"R-BND-2"_s, u"organization"_s, u"taken"_s,
                     {{u"organization"_s, u"lanhai"_s}, {u"max"_s, 64}, {u"big"_s, MinId}});
}

// Partners and enterprise master accounts (my-account.md §6, §7).
PartnerProfile partnerProfile()
{
    return PartnerProfile{
        Chinese,
        u"华为云转售合作伙伴\nHuawei Cloud reseller since 2019."_s,
        u"https://www.yunfan-digital.com.cn"_s,
        {PartnerContact{u"技术管理 Technical administration"_s, u"support@yunfan.cn"_s,
                        u"+8613968012345"_s, u"+86-571-8796-2210"_s},
         PartnerContact{u"Marketing"_s, u"sales@yunfan.cn"_s, {}, {}}}};
}

PartnerInfo partnerInfo()
{
    return PartnerInfo{
        Chinese,
        PartnerModel::Reseller,
        PartnerStatus::Disassociating,
        T1,
        partnerProfile(),
        true,
        Fen(MaxId),
        PartnerDisassociation{DisassociationInitiator::Partner, u"合同到期 contract ended"_s, T2},
        T2,
        {PartnerLogEntry{T2, u"disassociationRequested"_s, u"partner"_s,
                         u"合同到期 contract ended"_s},
         PartnerLogEntry{T1, u"associated"_s, u"customer"_s, u"reseller"_s}}};
}

MasterLink masterLink()
{
    return MasterLink{u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s,
                      Chinese,
                      u"1a1b2c3d4e5f60718293a4b5c6d7e8f9"_s,
                      u"杭州星河机器人有限公司"_s,
                      MasterLinkStatus::CancellationRequested,
                      MasterAccounting::Independent,
                      T2,
                      T1};
}

// W-AUTH (what the console read of a material; a request; its record and review).
MaterialUpload materialUpload()
{
    return MaterialUpload{
        u"certificatePage"_s, u"护照 passport.png"_s,
        10 * 1024 * 1024,     u"iVBORw0KGgoAAAANSUhEUgAAAHAAAABQCAIAAAAlxj7+"_s,
        QString(64, u'e'),    u"iVBORw0KGgoAAAANSUhEUgAAAHAAAABQCAIAAAAlxj7+AAAAAElFTkSuQmCC"_s};
}

ClosingCheck closingCheck()
{
    return ClosingCheck{
        MaxId,
        u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s,
        ClosingReason::MistakenlyEnabled,
        T1,
        {ClosingFailure{ClosingCheckGroup::Account, u"partnerAssociation"_s,
                        u"浙江云帆数字科技有限公司"_s},
         ClosingFailure{ClosingCheckGroup::Financial, u"arrears"_s, u"1280.50"_s},
         ClosingFailure{ClosingCheckGroup::OrdersAndResources, u"reservedInstances"_s, {}}},
        T2};
}

ServicesClosing servicesClosing()
{
    return ServicesClosing{T1, T2, T1, T1, T2};
}

HuaweiAccountDetail huaweiAccountDetail()
{
    MaterialUpload proof = materialUpload();
    proof.slot = u"qualificationProof"_s;
    proof.fileName = u"增值税登记证.odt"_s;
    proof.thumbnail.clear();
    return HuaweiAccountDetail{huaweiAccount(),
                               partnerInfo(),
                               2,
                               u"lanhai"_s,
                               {journalEntry(), journalEntry()},
                               {paymentCard()},
                               {messageRecipient()},
                               proof,
                               {CurrencySelection{u"USD"_s, T2}, CurrencySelection{u"CNY"_s, T1}},
                               true,
                               closingCheck(),
                               servicesClosing(),
                               masterLink(),
                               {masterLink()}};
}

AuthenticationRequest authenticationRequest()
{
    return AuthenticationRequest{u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s,
                                 AccountType::Enterprise,
                                 CertificateType::DriverLicense,
                                 u"CN"_s,
                                 u"张三"_s,
                                 u"91330106MA2H3K7X5B"_s,
                                 Chinese,
                                 u"No. 588 Wensan Road, Hangzhou"_s,
                                 {materialUpload(), materialUpload()}};
}

AuthenticationRecord authenticationRecord()
{
    return AuthenticationRecord{MaxId,
                                ReviewKind::IndividualOwner,
                                u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s,
                                Chinese,
                                AccountType::Individual,
                                CertificateType::IdCard,
                                u"330106199004121235"_s,
                                u"张三"_s,
                                u"CN"_s,
                                u"No. 588 Wensan Road, Hangzhou"_s,
                                ReviewStatus::Rejected,
                                T1,
                                T2,
                                T2,
                                RejectReason::NotOriginal,
                                u"edited photo"_s,
                                {materialUpload()}};
}

ReauthenticationRequest reauthenticationRequest()
{
    ReauthenticationRequest r;
    r.accountId = u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s;
    r.kind = ReviewKind::EnterpriseEntity;
    r.certificateType = CertificateType::IdCard;
    r.issuingCountryRegion = u"CN"_s;
    r.fullName = u"张三"_s;
    r.certificateNumber = u"91330106MA2H3K7X5B"_s;
    r.enterpriseName = Chinese;
    r.registeredAddress = u"No. 588 Wensan Road, Hangzhou"_s;
    r.declaration = true;
    r.materials = {materialUpload()};
    return r;
}

AccountConditions accountConditions()
{
    return AccountConditions{u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s,
                             Fen(MaxId),
                             Fen(128050),
                             true,
                             true,
                             true,
                             true,
                             true,
                             true,
                             true,
                             true,
                             true,
                             true,
                             true,
                             true,
                             true,
                             true,
                             true,
                             true,
                             true};
}

EditInformationRequest editInformationRequest()
{
    EditInformationRequest r;
    r.accountId = u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s;
    r.accountType = AccountType::Enterprise;
    r.fullName = u"张三"_s;
    r.enterpriseName = Chinese;
    r.qualificationName = u"tax_registration_certificate"_s;
    MaterialUpload proof = materialUpload();
    proof.slot = u"qualificationProof"_s;
    proof.fileName = u"vat.png"_s;
    proof.size = 5 * 1024 * 1024;
    r.qualificationProof = proof;
    r.taxId = u"DE123456789"_s;
    r.designation = u"CFO"_s;
    r.contactAddress = contactAddress();
    r.paymentCurrency = u"EUR"_s;
    r.industry = u"finance"_s;
    r.secondaryIndustry = u"banking"_s;
    return r;
}

RegistrationRequest registrationRequest()
{
    RegistrationRequest r;
    r.site = u"cn1"_s;
    r.username = u"lanhai"_s;
    r.password = u"Passw0rd!密码"_s;
    r.email = u"a@lanhai.com"_s;
    r.code = u"123456"_s;
    r.mobile = u"13800000000"_s;
    r.enterpriseName = Chinese;
    r.industry = u"制造业"_s;
    r.contact = u"李四"_s;
    r.agreementAccepted = true;
    r.workspaceName = u"生产"_s;
    r.language = WorkspaceLanguage::English;
    r.method = SettlementMethod::Aws;
    r.huaweiAccountId = u"h"_s;
    r.alibabaAccountId = u"a"_s;
    r.alibabaInstanceId = u"ai"_s;
    r.awsSubscriptionConfirmed = true;
    r.createFeeCenterAccount = false;
    r.termsAccepted = true;
    return r;
}

OrganizationDetail organizationDetail()
{
    OrganizationDetail d;
    d.organization = organization();
    d.departments = {department(), Department{1, u"org-1"_s, 0, Chinese}};
    d.members = {member(), member()};
    d.bindings = {appBinding()};
    d.authorizedMembers = {{9, {42, MaxId}}, {MaxId, {}}, {-3, {MinId}}};
    return d;
}

MemberInput memberInput()
{
    return MemberInput{42,    u"org-1"_s, u"zhang.san"_s, u"张三"_s,
                       MaxId, u"138"_s,   u"z@x.cn"_s,    u"secret"_s};
}

LoginSession loginSession()
{
    return LoginSession{42,          u"zhang.san@lanhai"_s,
                        u"张三"_s,   u"org-1"_s,
                        u"lanhai"_s, u"acc"_s,
                        true,        MaxId,
                        u"lanhai"_s};
}

CreateWorkspaceRequest createWorkspaceRequest()
{
    CreateWorkspaceRequest r;
    r.memberId = 42;
    r.feeCenterAccountId = MaxId;
    r.site = u"cn4"_s;
    r.workspaceName = u"生产"_s;
    r.language = WorkspaceLanguage::English;
    r.haveGuanceAccount = false;
    r.email = u"new@lanhai.com"_s;
    r.code = u"654321"_s;
    r.username = u"lanhai2"_s;
    r.password = u"Passw0rd!"_s;
    r.mobile = u"139"_s;
    r.termsAccepted = true;
    return r;
}

WizardDraft wizardDraft()
{
    return WizardDraft{u"registration"_s, u"acc"_s, u"company"_s,
                       QJsonObject{{u"enterpriseName"_s, Chinese},
                                   {u"nested"_s, QJsonObject{{u"n"_s, 1.5}}},
                                   {u"list"_s, QJsonArray{1, u"two"_s, QJsonValue()}}},
                       T2};
}

// One fully populated value per struct with a codec.
template<class T>
T full();

#define OC_FULL(T, ...)                                                                            \
    template<>                                                                                     \
    T full<T>()                                                                                    \
    {                                                                                              \
        return __VA_ARGS__;                                                                        \
    }

OC_FULL(Fen, Fen(MinId))
OC_FULL(Error, ruleError())
OC_FULL(Done, Done{})
OC_FULL(ContactAddress, contactAddress())
OC_FULL(CurrencySelection, CurrencySelection{u"EUR"_s, T2})
OC_FULL(HuaweiAccount, huaweiAccount())
OC_FULL(MessageRecipient, messageRecipient())
OC_FULL(PaymentCard, paymentCard())
OC_FULL(Product, product())
OC_FULL(Order, order())
OC_FULL(Instance, instance())
OC_FULL(Organization, organization())
OC_FULL(Department, department())
OC_FULL(Member, member())
OC_FULL(AppBinding, appBinding())
OC_FULL(GuanceAccount, guanceAccount())
OC_FULL(FeeCenterAccount, feeCenterAccount())
OC_FULL(Workspace, workspace())
OC_FULL(StoredValueCard, storedValueCard())
OC_FULL(OutboxMessage, outboxMessage())
OC_FULL(JournalEntry, journalEntry())
OC_FULL(ColumnInfo, columnInfo())
OC_FULL(ListQuery, listQuery())
OC_FULL(ListPage, listPage())
OC_FULL(BackendInfo, BackendInfo{u"remote"_s, u"https://billing.example/"_s, true, 12, u"alice"_s})
OC_FULL(ClockState, ClockState{T1, true, false})
OC_FULL(PartnerInfo, partnerInfo())
OC_FULL(HuaweiAccountDetail, huaweiAccountDetail())
OC_FULL(OnboardingProgress,
        OnboardingProgress{u"acc"_s, true, true, true, true, true, true, true, true})
OC_FULL(CodeSent, CodeSent{u"a@lanhai.com"_s, T1, T2})
OC_FULL(SignUpRequest,
        SignUpRequest{u"HK"_s, u"Ops@Lanhai.com"_s, u"123456"_s, u"密码 with space 1"_s})
OC_FULL(BindPhoneRequest,
        BindPhoneRequest{u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s, PhonePurpose::Service,
                         u"+86 138 0013 8000"_s, u"654321"_s})
OC_FULL(EnableServicesRequest,
        EnableServicesRequest{u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s, u"SG"_s, true, true})
OC_FULL(BindCardRequest,
        BindCardRequest{u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s, u"4111 1111 1111 1111"_s, Chinese,
                        u"12/29"_s, u"123"_s, true, CardVerification::AuthenticationFailed})
OC_FULL(HuaweiLoginRequest, HuaweiLoginRequest{u"Ops@Lanhai.com"_s, u"密码 with space 1"_s,
                                               u"device-7f3a"_s, Channel::Email, u"123456"_s, true})
OC_FULL(HuaweiLoginChallenge,
        HuaweiLoginChallenge{u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s, u"+8613900000000"_s,
                             u"ops@lanhai.com"_s, false, ServicesStatus::NotEnabled})
OC_FULL(WebsiteAccount,
        WebsiteAccount{u"li.lei_01"_s, u"CN"_s, u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s, T1, T2})
OC_FULL(WebsiteAccountRequest, WebsiteAccountRequest{u"li.lei_01"_s, u"Web2026pass"_s, u"SG"_s})
OC_FULL(WebsiteLoginRequest,
        WebsiteLoginRequest{u"li.lei_01"_s, u"Web2026pass"_s, u"device-7f3a"_s})
OC_FULL(BindWebsiteAccountRequest,
        BindWebsiteAccountRequest{u"li.lei_01"_s, u"Web2026pass"_s, true, u"lanhai_ops"_s,
                                  u"Hw2026pass"_s, u"lilei-shop"_s, u"+86 138 0013 8000"_s,
                                  u"654321"_s})
OC_FULL(HuaweiLoginResult, HuaweiLoginResult{huaweiAccount(), u"li.lei_01"_s, true, true})
OC_FULL(MaterialUpload, materialUpload())
OC_FULL(AuthenticationRequest, authenticationRequest())
OC_FULL(AuthenticationRecord, authenticationRecord())
OC_FULL(ReviewDecision, ReviewDecision{MaxId, false, RejectReason::HoldingPhoto, u"备注 note"_s})
OC_FULL(ReauthenticationRequest, reauthenticationRequest())
OC_FULL(AccountConditions, accountConditions())
OC_FULL(ClosingFailure, ClosingFailure{ClosingCheckGroup::Financial, u"balance"_s, u"0.01"_s})
OC_FULL(ClosingCheck, closingCheck())
OC_FULL(ServicesClosing, servicesClosing())
OC_FULL(CloseServicesRequest, CloseServicesRequest{u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s, true,
                                                   ClosingReason::Other, Channel::Sms, u"123456"_s})
OC_FULL(DisableServicesRequest, DisableServicesRequest{u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s,
                                                       Channel::Email, u"123456"_s, true})
OC_FULL(TerminateClosingRequest,
        TerminateClosingRequest{u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s,
                                ClosingTermination::FailedChecks, u"投诉 complaint"_s})
OC_FULL(PasswordChangeRequest, PasswordChangeRequest{u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s,
                                                     u"Demo@2026a"_s, u"新密码 2026 x"_s})
OC_FULL(PasswordResetRequest, PasswordResetRequest{u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s,
                                                   Channel::Email, u"123456"_s, u"Reset2026x"_s})
OC_FULL(LoginIdChangeRequest,
        LoginIdChangeRequest{u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s, u"Lianyun-Ops"_s})
OC_FULL(TenantNameChangeRequest,
        TenantNameChangeRequest{u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s, u"Lianyun-Cloud"_s})
OC_FULL(CompleteInformationRequest,
        CompleteInformationRequest{u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s, AccountType::Enterprise,
                                   Chinese})
OC_FULL(EditInformationRequest, editInformationRequest())
OC_FULL(ServiceContactChangeRequest,
        ServiceContactChangeRequest{u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s, ServiceContact::Email,
                                    Channel::Email, u"123456"_s, u"notices@lanhai.com"_s,
                                    u"654321"_s})
OC_FULL(PreferencesRequest, PreferencesRequest{u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s, u"en"_s,
                                               u"Europe/Berlin"_s, u"EUR"_s})
OC_FULL(RecipientInput, RecipientInput{7, u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s, u"徐静"_s,
                                       u"+8613857160322"_s, u"xu@lanhai.com"_s})
OC_FULL(PurchaseRequest, PurchaseRequest{u"acc"_s, ProductKind::StoredValueCard,
                                         PurchaseRequest::MaxCardQuantity, true})
OC_FULL(PurchaseResult, PurchaseResult{order(), instance()})
OC_FULL(RegistrationRequest, registrationRequest())
OC_FULL(RegistrationResult, RegistrationResult{guanceAccount(), feeCenterAccount(), workspace()})
OC_FULL(HuaweiActivationCheck, HuaweiActivationCheck{u"acc"_s, Chinese, u"ins-1"_s})
OC_FULL(OrganizationRequest, OrganizationRequest{u"acc"_s, Chinese, u"lanhai"_s})
OC_FULL(OwnerPrefill, OwnerPrefill{u"张三"_s, u"zhang.san"_s, u"138"_s, u"z@x.cn"_s})
OC_FULL(MemberInput, memberInput())
OC_FULL(OrganizationDetail, organizationDetail())
OC_FULL(BindableOrder, BindableOrder{order(), instance(), u"org-1"_s, u"lanhai"_s})
OC_FULL(AuthorizationRequest, AuthorizationRequest{9, {1, MaxId, MinId, 0}, true})
OC_FULL(MemberLogin, MemberLogin{42, u"张三"_s, u"zhang.san@lanhai"_s, u"138****0000"_s})
OC_FULL(AuthorizationResult,
        AuthorizationResult{QString::fromLatin1(Catalogue::UnifiedLoginAddress),
                            {MemberLogin{MaxId, Chinese, u"a@b"_s, {}}}})
OC_FULL(LoginRequest, LoginRequest{u"zhang.san@lanhai"_s, u"密码 with space"_s})
OC_FULL(LoginSession, loginSession())
OC_FULL(FeeCenterCodeSent, FeeCenterCodeSent{u"f***@lanhai.com"_s, T1, T2})
OC_FULL(FeeCenterVerification, FeeCenterVerification{42, u"cn1"_s, u"lanhai"_s, u"123456"_s})
OC_FULL(FeeCenterBinding, FeeCenterBinding{feeCenterAccount(), {workspace()}})
OC_FULL(EnterpriseConfirmation, EnterpriseConfirmation{5, Chinese, u"制造业"_s, u"李四"_s})
OC_FULL(BindWorkspaceRequest, BindWorkspaceRequest{42, MaxId, u"wksp_0123456789abcdef"_s})
OC_FULL(CreateWorkspaceRequest, createWorkspaceRequest())
OC_FULL(ActivationSummary, ActivationSummary{feeCenterAccount(), {workspace(), workspace()}})
OC_FULL(SettlementChangeRequest,
        SettlementChangeRequest{u"wksp"_s, SettlementMethod::AlibabaCloud, u"ali"_s, u"ali-ins"_s})
OC_FULL(RechargeRequest, RechargeRequest{5, u"acc"_s, u"CS1"_s})
OC_FULL(FeeCenterOverview, FeeCenterOverview{feeCenterAccount(), Fen(123456), 3, 1, 2, Fen(-1)})
OC_FULL(CloseResourceResult, CloseResourceResult{instance(), {workspace()}})
OC_FULL(WizardDraft, wizardDraft())
OC_FULL(PartnerContact, partnerProfile().contacts.first())
OC_FULL(PartnerProfile, partnerProfile())
OC_FULL(PartnerDisassociation, *partnerInfo().pending)
OC_FULL(PartnerLogEntry, partnerInfo().log.first())
OC_FULL(PartnerInvitationRequest,
        PartnerInvitationRequest{partnerProfile(), PartnerModel::Referral, false})
OC_FULL(PartnerInvitation, PartnerInvitation{u"yunfan-reseller-demo"_s, partnerProfile(),
                                             PartnerModel::Referral, false, T1})
OC_FULL(PartnerAssociationRequest,
        PartnerAssociationRequest{u"yunfan-reseller-demo"_s, true, true, false, u"SG"_s,
                                  u"Ops@Lanhai.com"_s, u"123456"_s, u"+86 138 0013 8000"_s,
                                  u"密码 with space 1"_s, true, true})
OC_FULL(PartnerAssociationResult, PartnerAssociationResult{huaweiAccount(), partnerInfo()})
OC_FULL(PartnerBudgetRequest,
        PartnerBudgetRequest{u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s, Fen(800000)})
OC_FULL(CheckFailure, CheckFailure{u"arrears"_s, u"1280.50"_s})
OC_FULL(PartnerDisassociationCheck,
        PartnerDisassociationCheck{
            u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s,
            T1,
            {CheckFailure{u"arrears"_s, u"1280.50"_s},
             CheckFailure{u"requestedWithin3Months"_s, u"2026-06-02T09:30:00+08:00"_s}}})
OC_FULL(PartnerDisassociationRequest,
        PartnerDisassociationRequest{u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s, true, u"123456"_s})
OC_FULL(PartnerInitiatedDisassociation,
        PartnerInitiatedDisassociation{u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s,
                                       u"合同到期 contract ended"_s})
OC_FULL(ProcessDisassociationRequest,
        ProcessDisassociationRequest{u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s,
                                     DisassociationInitiator::Customer, true})
OC_FULL(MasterLink, masterLink())
OC_FULL(MasterInvitationRequest, MasterInvitationRequest{u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_s,
                                                         u"1a1b2c3d4e5f60718293a4b5c6d7e8f9"_s,
                                                         MasterAccounting::Independent})
OC_FULL(MasterAnswer, MasterAnswer{u"1a1b2c3d4e5f60718293a4b5c6d7e8f9"_s, true, true})
OC_FULL(SendCodeRequest,
        SendCodeRequest{Channel::Sms, u"+86 138 0013 8000"_s, u"bind-fee-center"_s})
OC_FULL(CheckCodeRequest, CheckCodeRequest{u"a@b.cn"_s, u"register"_s, u"123456"_s})
OC_FULL(DepartmentRequest, DepartmentRequest{MaxId, Chinese})
OC_FULL(BindOrderRequest, BindOrderRequest{u"CS2603020930AB12C"_s, u"org_1"_s})
OC_FULL(PasswordChange, PasswordChange{u"Old#2026pw"_s, u"新 pass#1"_s})
OC_FULL(FeeCenterCodeRequest, FeeCenterCodeRequest{u"lanhai"_s})
OC_FULL(ActivationRequest, ActivationRequest{42, MaxId})
OC_FULL(ClockAdvance, ClockAdvance{ClockStep::NinetyDays})
OC_FULL(ExportRequest, ExportRequest{listQuery(), {Chinese, u"ID"_s}})
OC_FULL(ChangeBatch, ChangeBatch{MaxId, {u"orders"_s, u"journal"_s}, true})
OC_FULL(ServerVersion, ServerVersion{u"0.1.0"_s, 7, true, u"postgres"_s, u"alice"_s})

#undef OC_FULL

// ---- probes ------------------------------------------------------------------------------

// What the decoder of T says of `json` (Error goes through its codec: no Result<Error>).
template<class T>
bool accepts(const QJsonValue &json)
{
    json::JsonReader reader;
    T value{};
    return json::Codec<T>::read(reader, json, value);
}

QJsonArray keysOf(const QJsonObject &object)
{
    QJsonArray keys;
    for (const QString &key : object.keys())
        keys.append(key);
    return keys;
}

struct Mutation
{
    const char *name;
    std::function<QJsonValue()> value; // empty: remove the member
};

const QList<Mutation> &mutations()
{
    static const QList<Mutation> list = {
        {"remove", {}},
        {"null", [] { return QJsonValue(QJsonValue::Null); }},
        {"true", [] { return QJsonValue(true); }},
        {"[]", [] { return QJsonValue(QJsonArray()); }},
        {"1.5", [] { return QJsonValue(1.5); }},
        {"string:256", [] { return QJsonValue(QString(json::MaxShortLength, u'x')); }},
        {"string:257", [] { return QJsonValue(QString(json::MaxShortLength + 1, u'x')); }},
        {"string:65536", [] { return QJsonValue(QString(json::MaxTextLength, u'x')); }},
        {"string:65537", [] { return QJsonValue(QString(json::MaxTextLength + 1, u'x')); }},
    };
    return list;
}

template<class T>
QJsonObject typeEntry()
{
    const QJsonValue encoded = json::toJson(full<T>());
    QJsonObject entry{{u"full"_s, encoded}};
    if (!encoded.isObject())
        return entry; // Fen: a scalar
    const QJsonObject object = encoded.toObject();
    entry.insert(u"keys"_s, keysOf(object));
    QJsonArray probes;
    for (const QString &key : object.keys()) {
        for (const Mutation &m : mutations()) {
            QJsonObject mutated = object;
            if (m.value)
                mutated.insert(key, m.value());
            else
                mutated.remove(key);
            probes.append(QJsonObject{{u"key"_s, key},
                                      {u"mutation"_s, QString::fromLatin1(m.name)},
                                      {u"accepted"_s, accepts<T>(mutated)}});
        }
    }
    entry.insert(u"probes"_s, probes);
    return entry;
}

QJsonObject types()
{
    QJsonObject all;
#define OC_TYPE_ENTRY(T) all.insert(QStringLiteral(#T), typeEntry<T>());
    OC_JSON_CORE_TYPES(OC_TYPE_ENTRY)
    OC_JSON_DOMAIN_TYPES(OC_TYPE_ENTRY)
    OC_JSON_BACKEND_TYPES(OC_TYPE_ENTRY)
#undef OC_TYPE_ENTRY
    return all;
}

// Edge values, each by the type's component name.
QJsonObject samples()
{
    QJsonObject all;
    const auto add = [&all](const QString &type, const QJsonValue &json) {
        QJsonArray list = all.value(type).toArray();
        list.append(json);
        all.insert(type, list);
    };
    for (const qint64 fen : {qint64(0), qint64(-1), json::MaxSafeInteger, -json::MaxSafeInteger,
                             json::MaxSafeInteger + 1, MaxId, MinId})
        add(u"Fen"_s, json::toJson(Fen(fen)));
    add(u"Error"_s, json::toJson(makeError(QString::fromLatin1(SystemError::Store))));
    {
        Order o = order();
        o.orderId = QString(json::MaxShortLength, QChar(u'长'));
        o.createdAt = utc(9999, 12, 31, 23, 59, 59, 999);
        add(u"Order"_s, json::toJson(o));
    }
    {
        Workspace w = workspace();
        w.name = QString(json::MaxTextLength, QChar(u'x'));
        w.createdAt = utc(1970, 1, 1);
        w.lockedAt = QDateTime();
        w.settlementChangedAt = QDateTime();
        w.status = WorkspaceStatus::Active;
        add(u"Workspace"_s, json::toJson(w));
    }
    {
        Instance i = instance();
        i.closedAt = QDateTime(); // not closed yet
        i.status = InstanceStatus::Active;
        add(u"Instance"_s, json::toJson(i));
    }
    {
        HuaweiAccount a = huaweiAccount();
        a.retentionUntil = QDateTime();
        a.createdAt = QDateTime(QDate(2026, 3, 2), QTime(9, 30),
                                QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
        add(u"HuaweiAccount"_s, json::toJson(a));
        a.servicesStatus = ServicesStatus::NotEnabled; // R-ACC-16: not enabled, no time yet
        a.servicesEnabledAt = QDateTime();
        add(u"HuaweiAccount"_s, json::toJson(a));
    }
    add(u"HuaweiAccountDetail"_s, json::toJson(HuaweiAccountDetail{huaweiAccount(),
                                                                   std::nullopt,
                                                                   0,
                                                                   {},
                                                                   {},
                                                                   {},
                                                                   {},
                                                                   std::nullopt,
                                                                   {},
                                                                   false,
                                                                   std::nullopt,
                                                                   std::nullopt,
                                                                   std::nullopt,
                                                                   {}}));
    {
        // A referral association: no budget, nothing pending, any time to ask; an invitation
        // not accepted yet.
        PartnerInfo referral = partnerInfo();
        referral.model = PartnerModel::Referral;
        referral.status = PartnerStatus::Associated;
        referral.monthlyBudget.reset();
        referral.pending.reset();
        referral.nextCustomerRequestFrom = QDateTime();
        referral.log.clear();
        add(u"PartnerInfo"_s, json::toJson(referral));
        MasterLink invited = masterLink();
        invited.status = MasterLinkStatus::Invited;
        invited.associatedAt = QDateTime();
        add(u"MasterLink"_s, json::toJson(invited));
        add(u"PartnerDisassociationCheck"_s,
            json::toJson(PartnerDisassociationCheck{u"acc"_s, T1, {}}));
    }
    {
        // Edit Information keeping the stored proof; an account whose login ID never changed,
        // without a service email, before Edit Information.
        EditInformationRequest r = editInformationRequest();
        r.qualificationProof = std::nullopt;
        add(u"EditInformationRequest"_s, json::toJson(r));
        HuaweiAccount a = huaweiAccount();
        a.loginIdChangedAt = QDateTime();
        a.serviceEmail.clear();
        a.contactAddress = ContactAddress{};
        a.paymentCurrency.clear();
        add(u"HuaweiAccount"_s, json::toJson(a));
    }
    add(u"PurchaseResult"_s, json::toJson(PurchaseResult{order(), std::nullopt}));
    {
        // A request under review: not reviewed, no reason; a PDF without a thumbnail.
        AuthenticationRecord r = authenticationRecord();
        r.status = ReviewStatus::Pending;
        r.reviewedAt = QDateTime();
        r.rejectReason = std::nullopt;
        r.materials.first().thumbnail.clear();
        add(u"AuthenticationRecord"_s, json::toJson(r));
        add(u"ReviewDecision"_s, json::toJson(ReviewDecision{1, true, std::nullopt, {}}));
        r.kind = ReviewKind::Authentication; // a first authentication
        add(u"AuthenticationRecord"_s, json::toJson(r));
    }
    add(u"AccountConditions"_s, json::toJson(AccountConditions{})); // never set: all zero
    add(u"RegistrationResult"_s,
        json::toJson(RegistrationResult{guanceAccount(), std::nullopt, workspace()}));
    add(u"WizardDraft"_s, json::toJson(WizardDraft{})); // loadDraft: no draft
    add(u"ListPage"_s, json::toJson(ListPage{}));
    add(u"ListQuery"_s, json::toJson(ListQuery{}));
    add(u"OrganizationDetail"_s, json::toJson(OrganizationDetail{organization(), {}, {}, {}, {}}));
    add(u"ChangeBatch"_s, json::toJson(ChangeBatch{0, {}, false}));
    return all;
}

template<class E>
QJsonArray spellings()
{
    QJsonArray list;
    for (const auto &[value, name] : EnumSpelling<E>::values)
        list.append(QString::fromLatin1(name));
    return list;
}

QJsonObject enums()
{
    QJsonObject all;
#define OC_ENUM_ENTRY(E) all.insert(QStringLiteral(#E), spellings<E>());
    OC_JSON_ENUM_TYPES(OC_ENUM_ENTRY)
#undef OC_ENUM_ENTRY
    return all;
}

template<class T>
QJsonArray probe(const QJsonArray &values)
{
    QJsonArray list;
    for (const QJsonValue &value : values)
        list.append(QJsonObject{{u"json"_s, value}, {u"accepted"_s, accepts<T>(value)}});
    return list;
}

QJsonObject values()
{
    const QJsonValue null(QJsonValue::Null);
    const QJsonArray timestamps = {
        u"2026-03-02T01:30:00.123Z"_s, u"2024-02-29T00:00:00.000Z"_s, u"9999-12-31T23:59:59.999Z"_s,
        u"0001-01-01T00:00:00.000Z"_s, null,
        // refused
        u"2026-02-29T00:00:00.000Z"_s, u"2026-04-31T00:00:00.000Z"_s, u"2026-13-01T00:00:00.000Z"_s,
        u"2026-00-10T00:00:00.000Z"_s, u"2026-03-00T00:00:00.000Z"_s, u"2026-03-02T24:00:00.000Z"_s,
        u"2026-03-02T23:60:00.000Z"_s, u"2026-03-02T23:59:60.000Z"_s, u"0000-01-01T00:00:00.000Z"_s,
        u"2026-03-02T01:30:00Z"_s, u"2026-03-02T01:30:00.1234Z"_s,
        u"2026-03-02T01:30:00.000+08:00"_s, u"2026-03-02T01:30:00.000z"_s,
        u"2026-03-02 01:30:00.000Z"_s, u"2026-03-02T01:30:00.000"_s, u" 2026-03-02T01:30:00.000Z"_s,
        u"+2026-03-02T01:30:00.000Z"_s, u""_s, 1772415000123.0, true, QJsonObject{}};
    const QJsonArray int64s = {
        0, -1, 42, double(json::MaxSafeInteger), double(-json::MaxSafeInteger), u"0"_s, u"-0"_s,
        u"007"_s, u"9007199254740992"_s, u"9223372036854775807"_s, u"-9223372036854775808"_s,
        // refused
        u""_s, u"-"_s, u"+1"_s, u" 1"_s, u"1 "_s, u"1e3"_s, u"0x10"_s, u"1.0"_s, u"١٢"_s, 1.5, true,
        null, QJsonArray{}, QJsonObject{},
        // beyond what the schema expresses: both accepted or refused by the decoder, see
        // check-samples.mjs
        u"9223372036854775808"_s, u"-9223372036854775809"_s, 9007199254740992.0, 1e18};
    const QJsonArray int32s = {
        0, -1, 2147483647.0, -2147483648.0, 2147483648.0, -2147483649.0, 1.5, u"1"_s, true, null};
    const QJsonArray variants = {
        null, true, false, 0, -5, 1.5, 1e300, u""_s, u"5"_s, Chinese,
        QJsonObject{{u"int64"_s, u"9223372036854775807"_s}},
        QJsonObject{{u"int64"_s, u"-9007199254740992"_s}},
        QJsonObject{{u"time"_s, u"2026-03-02T01:30:00.123Z"_s}}, QJsonObject{{u"time"_s, null}},
        QString(json::MaxTextLength, u'x'),
        // a list of strings (an error's failed conditions, R-PTN-2..4)
        QJsonArray{}, QJsonArray{u"arrears"_s, Chinese},
        // refused
        QString(json::MaxTextLength + 1, u'x'), QJsonArray{1}, QJsonArray{u"a"_s, null},
        QJsonArray{QJsonArray{}}, QJsonObject{}, QJsonObject{{u"int64"_s, 5}},
        QJsonObject{{u"int64"_s, u"12a"_s}}, QJsonObject{{u"int64"_s, u"1"_s}, {u"time"_s, null}},
        QJsonObject{{u"time"_s, u"2026-03-02T01:30:00Z"_s}}, QJsonObject{{u"time"_s, 5}},
        QJsonObject{{u"unsupported"_s, u"QByteArray"_s}}, QJsonObject{{u"other"_s, 1}}};
    return {{u"timestamp"_s, probe<QDateTime>(timestamps)},
            {u"int64"_s, probe<qint64>(int64s)},
            {u"int32"_s, probe<int>(int32s)},
            {u"variant"_s, probe<QVariant>(variants)}};
}

// ---- routes ------------------------------------------------------------------------------

template<class T>
QJsonValue answer(const T &value)
{
    return json::toJson(Result<T>(value));
}

struct RouteSample
{
    QStringList query;   // query parameters
    QJsonValue request;  // the body; undefined: none
    QJsonValue response; // the 200 body; a string: its content type
};

// What each call takes and answers (Backend.h), as the billing API carries it (Routes.h).
QHash<QByteArray, RouteSample> routeSamples()
{
    namespace op = operation;
    const QJsonValue none(QJsonValue::Undefined);
    const QJsonValue status = json::toJson(okStatus());
    return {
        {op::Open, {{}, none, answer(full<ServerVersion>())}},
        {op::Changes, {{u"since"_s}, none, answer(full<ChangeBatch>())}},
        {op::List, {{}, json::toJson(listQuery()), answer(listPage())}},
        {op::ExportCsv, {{}, json::toJson(full<ExportRequest>()), u"text/csv"_s}},
        {op::HuaweiAccount, {{}, none, answer(huaweiAccountDetail())}},
        {op::OnboardingProgress, {{}, none, answer(full<OnboardingProgress>())}},
        {op::Clock, {{}, none, answer(full<ClockState>())}},
        {op::AdvanceClock, {{}, json::toJson(full<ClockAdvance>()), answer(full<ClockState>())}},
        {op::ResetDemo, {{}, none, status}},
        {op::SendCode, {{}, json::toJson(full<SendCodeRequest>()), answer(full<CodeSent>())}},
        {op::CheckCode, {{}, json::toJson(full<CheckCodeRequest>()), status}},
        {op::SignUp, {{}, json::toJson(full<SignUpRequest>()), answer(huaweiAccount())}},
        {op::BindPhone, {{}, json::toJson(full<BindPhoneRequest>()), answer(huaweiAccount())}},
        {op::EnableServices,
         {{}, json::toJson(full<EnableServicesRequest>()), answer(huaweiAccount())}},
        {op::BindCard, {{}, json::toJson(full<BindCardRequest>()), answer(paymentCard())}},
        {op::CheckHuaweiLogin,
         {{}, json::toJson(full<HuaweiLoginRequest>()), answer(full<HuaweiLoginChallenge>())}},
        {op::HuaweiLogin,
         {{}, json::toJson(full<HuaweiLoginRequest>()), answer(full<HuaweiLoginResult>())}},
        {op::CreateWebsiteAccount,
         {{}, json::toJson(full<WebsiteAccountRequest>()), answer(full<WebsiteAccount>())}},
        {op::WebsiteLogin,
         {{}, json::toJson(full<WebsiteLoginRequest>()), answer(full<HuaweiLoginResult>())}},
        {op::BindWebsiteAccount,
         {{}, json::toJson(full<BindWebsiteAccountRequest>()), answer(full<HuaweiLoginResult>())}},
        {op::Purchase, {{}, json::toJson(full<PurchaseRequest>()), answer(full<PurchaseResult>())}},
        {op::SubmitAuthentication,
         {{}, json::toJson(full<AuthenticationRequest>()), answer(full<AuthenticationRecord>())}},
        {op::Authentication, {{}, none, answer(full<AuthenticationRecord>())}},
        {op::ReviewAuthentication,
         {{}, json::toJson(full<ReviewDecision>()), answer(full<AuthenticationRecord>())}},
        {op::SubmitReauthentication,
         {{}, json::toJson(full<ReauthenticationRequest>()), answer(full<AuthenticationRecord>())}},
        {op::AccountConditions, {{}, none, answer(full<AccountConditions>())}},
        {op::ChangePassword, {{}, json::toJson(full<PasswordChangeRequest>()), status}},
        {op::ResetPassword, {{}, json::toJson(full<PasswordResetRequest>()), status}},
        {op::ChangeLoginId,
         {{}, json::toJson(full<LoginIdChangeRequest>()), answer(huaweiAccount())}},
        {op::ChangeTenantName,
         {{}, json::toJson(full<TenantNameChangeRequest>()), answer(huaweiAccount())}},
        {op::CompleteInformation,
         {{}, json::toJson(full<CompleteInformationRequest>()), answer(huaweiAccount())}},
        {op::EditInformation,
         {{}, json::toJson(full<EditInformationRequest>()), answer(huaweiAccount())}},
        {op::ChangeServiceContact,
         {{}, json::toJson(full<ServiceContactChangeRequest>()), answer(huaweiAccount())}},
        {op::SavePreferences,
         {{}, json::toJson(full<PreferencesRequest>()), answer(huaweiAccount())}},
        {op::SaveRecipient,
         {{}, json::toJson(full<RecipientInput>()), answer(full<MessageRecipient>())}},
        {op::DeleteRecipient, {{}, none, status}},
        {op::StartClosing,
         {{}, json::toJson(full<CloseServicesRequest>()), answer(full<ClosingCheck>())}},
        {op::CloseServices, {{}, none, answer(full<ServicesClosing>())}},
        {op::ClosingCheck, {{}, none, answer(full<ClosingCheck>())}},
        {op::RestoreServices, {{}, none, answer(huaweiAccount())}},
        {op::DisableServices,
         {{}, json::toJson(full<DisableServicesRequest>()), answer(full<ServicesClosing>())}},
        {op::TerminateClosing,
         {{}, json::toJson(full<TerminateClosingRequest>()), answer(huaweiAccount())}},
        {op::CreatePartnerInvitation,
         {{}, json::toJson(full<PartnerInvitationRequest>()), answer(full<PartnerInvitation>())}},
        {op::PartnerInvitation, {{}, none, answer(full<PartnerInvitation>())}},
        {op::AssociatePartner,
         {{},
          json::toJson(full<PartnerAssociationRequest>()),
          answer(full<PartnerAssociationResult>())}},
        {op::SetPartnerBudget,
         {{}, json::toJson(full<PartnerBudgetRequest>()), answer(partnerInfo())}},
        {op::PartnerDisassociationCheck, {{}, none, answer(full<PartnerDisassociationCheck>())}},
        {op::RequestPartnerDisassociation,
         {{}, json::toJson(full<PartnerDisassociationRequest>()), answer(partnerInfo())}},
        {op::PartnerRequestDisassociation,
         {{}, json::toJson(full<PartnerInitiatedDisassociation>()), answer(partnerInfo())}},
        {op::ProcessPartnerDisassociation,
         {{}, json::toJson(full<ProcessDisassociationRequest>()), status}},
        {op::InviteMember,
         {{}, json::toJson(full<MasterInvitationRequest>()), answer(masterLink())}},
        {op::RequestMemberCancellation, {{}, none, answer(masterLink())}},
        {op::AnswerMasterRequest, {{}, json::toJson(full<MasterAnswer>()), answer(masterLink())}},
        {op::SetAccountConditions,
         {{}, json::toJson(full<AccountConditions>()), answer(full<AccountConditions>())}},
        {op::CheckUsername, {{u"username"_s}, none, status}},
        {op::CheckGuanceEmail, {{u"email"_s, u"site"_s}, none, status}},
        {op::CheckHuaweiActivation, {{}, none, answer(full<HuaweiActivationCheck>())}},
        {op::RegisterCommercialPlan,
         {{}, json::toJson(registrationRequest()), answer(full<RegistrationResult>())}},
        {op::CheckAbbreviation, {{u"abbreviation"_s}, none, status}},
        {op::CreateOrganization,
         {{}, json::toJson(full<OrganizationRequest>()), answer(organization())}},
        {op::Organization, {{}, none, answer(organizationDetail())}},
        {op::AddDepartment, {{}, json::toJson(full<DepartmentRequest>()), answer(department())}},
        {op::OwnerPrefill, {{}, none, answer(full<OwnerPrefill>())}},
        {op::SaveMember, {{}, json::toJson(memberInput()), answer(member())}},
        {op::RemoveMember, {{}, none, status}},
        {op::BindableOrders,
         {{}, none, answer(QList<BindableOrder>{full<BindableOrder>(), full<BindableOrder>()})}},
        {op::BindOrder, {{}, json::toJson(full<BindOrderRequest>()), answer(appBinding())}},
        {op::AuthorizeMembers,
         {{}, json::toJson(full<AuthorizationRequest>()), answer(full<AuthorizationResult>())}},
        {op::UnifiedLogin, {{}, json::toJson(full<LoginRequest>()), answer(loginSession())}},
        {op::ChangeInitialPassword, {{}, json::toJson(full<PasswordChange>()), status}},
        {op::SendFeeCenterCode,
         {{}, json::toJson(full<FeeCenterCodeRequest>()), answer(full<FeeCenterCodeSent>())}},
        {op::VerifyFeeCenter,
         {{}, json::toJson(full<FeeCenterVerification>()), answer(full<FeeCenterBinding>())}},
        {op::ConfirmEnterprise, {{}, json::toJson(full<EnterpriseConfirmation>()), status}},
        {op::BindWorkspace, {{}, json::toJson(full<BindWorkspaceRequest>()), answer(workspace())}},
        {op::CreateWorkspace, {{}, json::toJson(createWorkspaceRequest()), answer(workspace())}},
        {op::FinishActivation,
         {{}, json::toJson(full<ActivationRequest>()), answer(full<ActivationSummary>())}},
        {op::CheckSettlementChange, {{}, json::toJson(full<SettlementChangeRequest>()), status}},
        {op::ChangeSettlement,
         {{}, json::toJson(full<SettlementChangeRequest>()), answer(workspace())}},
        {op::RechargeStoredValueCards,
         {{},
          json::toJson(full<RechargeRequest>()),
          answer(QList<StoredValueCard>{storedValueCard(), storedValueCard()})}},
        {op::FeeCenterOverview, {{}, none, answer(full<FeeCenterOverview>())}},
        {op::CloseResourcePreview,
         {{}, none, answer(QList<Workspace>{workspace(), activeWorkspace()})}},
        {op::CloseResource, {{}, none, answer(full<CloseResourceResult>())}},
        {op::UnlockWorkspace, {{}, none, answer(workspace())}},
        {op::SaveDraft, {{}, json::toJson(wizardDraft()), status}},
        {op::LoadDraft, {{}, none, answer(wizardDraft())}},
        {op::DeleteDraft, {{}, none, status}},
    };
}

bool routes(QJsonArray &out)
{
    const QHash<QByteArray, RouteSample> table = routeSamples();
    bool complete = true;
    for (const api::Route &route : api::routes()) {
        const auto it = table.constFind(QByteArray(route.operation));
        if (it == table.cend()) {
            std::fprintf(stderr, "api_samples: no sample for the route of \"%s\"\n",
                         route.operation);
            complete = false;
            continue;
        }
        QJsonObject entry{{u"operation"_s, QString::fromLatin1(route.operation)},
                          {u"method"_s, QString::fromLatin1(api::methodName(route.method))},
                          {u"path"_s, QString::fromLatin1(route.path)},
                          {u"changes"_s, route.changes},
                          {u"query"_s, QJsonArray::fromStringList(it->query)},
                          {u"response"_s, it->response}};
        if (!it->request.isUndefined())
            entry.insert(u"request"_s, it->request);
        out.append(entry);
    }
    return complete;
}

// ---- errors ------------------------------------------------------------------------------

QJsonObject errorBody(const Error &error)
{
    QJsonObject body = json::toJson(Status(error)).toObject();
    QJsonObject inner = body.value(u"error"_s).toObject();
    inner.insert(u"message"_s, api::fallbackMessage(error));
    body.insert(u"error"_s, inner);
    return body;
}

QJsonArray errors()
{
    const auto e = [](const char *rule, const char *field = "", const char *reason = "",
                      QVariantMap args = {}) {
        return makeError(QString::fromLatin1(rule), QString::fromUtf8(field),
                         QString::fromLatin1(reason), std::move(args));
    };
    namespace se = SystemError;
    // E-NOT-IMPLEMENTED (501) is left out: no call of the contract answers it, and the
    // description has no 501.
    const QList<Error> list = {
        e(se::Invalid, "memberIds[3]", json::Reason::Type),
        e(se::Invalid, "", json::Reason::Format, {{u"offset"_s, 17}}),
        e(se::Invalid, "name", json::Reason::TooLong, {{u"max"_s, json::MaxTextLength}}),
        e(se::Invalid, "idempotencyKey", "reused"),
        e(se::Invalid, "body", "tooLarge", {{u"max"_s, api::MaxBodyBytes}}),
        e(se::Invalid, "body", "contentType"),
        e(se::Auth, "authorization", "missing"),
        e(se::Auth, "authorization", "invalid"),
        e(se::Auth, "authorization", "revoked"),
        e(se::Auth, "idempotencyKey", "keyOfAnotherOperator"),
        e(se::NotFound, "organizationId"),
        e(se::NotFound, "path", "route"),
        e(se::Required, "name", "required"),
        e(se::TooLong, "name", "tooLong", {{u"max"_s, 64}}),
        e(se::Mismatch, "password", "mismatch"),
        e(se::Conflict),
        e(se::Conflict, "idempotencyKey", "inProgress"),
        e(se::Conflict, "idempotencyKey", "outcomeUnknown"),
        e(se::Duplicate, "name", "taken"),
        e(se::Clock, "", "fixed"),
        e(se::Demo, "", "notDemo"),
        e(se::Store),
        e(se::Store, "", "busy"),
        e(se::Store, "", "conflict"),
        e(se::Unreachable),
        e(se::File, "path", "write"),
        e(se::Cancelled, "", "cancelled"),
        e("R-ORG-2", "abbreviation", "format", {{u"min"_s, 2}, {u"big"_s, MinId}}),
        e("R-ORG-2", "abbreviation", "taken", {{u"at"_s, T1}, {u"none"_s, QVariant()}}),
        e("R-MKT-3", "quantity", "range", {{u"max"_s, 999}, {u"ratio"_s, 0.5}}),
        e("R-MKT-2", "marketplace", "instancePending", {{u"orderId"_s, u"CS2603020930ABCDE"_s}}),
        e("R-BND-2", "organization", "taken", {{u"organization"_s, Chinese}}),
        e("R-ORG-6", "loginName", "throttled", {{u"until"_s, T2}, {u"locked"_s, true}}),
        // R-PTN-2..4: every failed condition, a list of spellings.
        e("R-PTN-3", "accountId", "registeredOver7Days",
          {{u"failed"_s, QStringList{u"registeredOver7Days"_s, u"unpaidBills"_s}}}),
        e("R-PTN-2", "accountId", "requestedWithin3Months",
          {{u"failed"_s, QStringList{u"requestedWithin3Months"_s}},
           {u"allowedFrom"_s, u"2026-06-02T09:30:00+08:00"_s}}),
    };
    QJsonArray out;
    for (const Error &error : list)
        out.append(
            QJsonObject{{u"status"_s, api::httpStatusOf(error)}, {u"body"_s, errorBody(error)}});
    // Answered by the server's routing, not by a call: a known path with another method.
    out.append(QJsonObject{{u"status"_s, 405},
                           {u"body"_s, errorBody(e(se::Invalid, "method", "method"))}});
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QJsonArray routeList;
    const bool complete = routes(routeList);
    const QJsonObject document{
        {u"limits"_s, QJsonObject{{u"short"_s, json::MaxShortLength},
                                  {u"text"_s, json::MaxTextLength},
                                  {u"list"_s, json::MaxListLength},
                                  {u"maxSafeInteger"_s, double(json::MaxSafeInteger)},
                                  {u"maxBodyBytes"_s, double(api::MaxBodyBytes)},
                                  {u"maxIdempotencyKeyLength"_s, api::MaxIdempotencyKeyLength}}},
        {u"types"_s, types()},
        {u"samples"_s, samples()},
        {u"enums"_s, enums()},
        {u"values"_s, values()},
        {u"routes"_s, routeList},
        {u"errors"_s, errors()},
    };
    const QByteArray bytes = QJsonDocument(document).toJson(QJsonDocument::Indented);
    if (argc > 1) {
        QFile file(QString::fromLocal8Bit(argv[1]));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(bytes) != bytes.size()) {
            std::fprintf(stderr, "api_samples: cannot write %s\n", argv[1]);
            return 1;
        }
    } else {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    }
    return complete ? 0 : 1;
}
