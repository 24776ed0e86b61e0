// The JSON codecs of the Backend contract (contract/Json.h): every type round-trips
// through JSON bytes; hostile input is refused with the exact Error; every struct and enum
// of the contract headers has a codec.

#include "DomainPrinting.h"
#include "contract/Json.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <functional>
#include <limits>

using namespace oc;

namespace {

// Runs one round trip or one decode; returns what went wrong, or nothing.
using Check = std::function<QString()>;

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

QByteArray bytesOf(const QJsonValue &json)
{
    // Qt 6.4 documents hold an object or an array only: scalars travel inside [ ].
    return QJsonDocument(QJsonArray{json}).toJson(QJsonDocument::Compact);
}

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes.left(600));
}

template<class T>
bool equal(const T &a, const T &b)
{
    return a == b;
}

template<class T>
bool equal(const Result<T> &a, const Result<T> &b)
{
    if (a.ok() != b.ok())
        return false;
    return a.ok() ? equal(a.value(), b.value()) : a.error() == b.error();
}

// value -> JSON -> bytes -> JSON -> value: equal, and encoded again to the same bytes
// (which also catches a QVariant that changed type: QVariant's == finds "5" equal to 5).
template<class T>
QString roundTrip(const T &value)
{
    const QByteArray bytes = bytesOf(json::toJson(value));
    const Result<QJsonValue> parsed = json::parse(bytes);
    if (!parsed)
        return QStringLiteral("unparsable: ") + text(bytes);
    // fromJson<Error> cannot be (Result<Error>): the codec itself, as fromJson uses it.
    json::JsonReader reader;
    T decodedValue{};
    if (!json::Codec<T>::read(reader, parsed->toArray().at(0), decodedValue))
        return QStringLiteral("refused: %1 in %2").arg(reader.error().toString(), text(bytes));
    const std::optional<T> decoded = decodedValue;
    if (!equal(*decoded, value))
        return QStringLiteral("differs after ") + text(bytes);
    const QByteArray again = bytesOf(json::toJson(*decoded));
    if (again != bytes)
        return QStringLiteral("encoded %1 then %2").arg(text(bytes), text(again));
    return {};
}

struct Case
{
    QString type;
    QString name;
    Check check;
};

// A "full" row's encoding next to the default value's.
struct Full
{
    QString type;
    QJsonValue full;
    QJsonValue defaults;
};

// ---- fully populated values --------------------------------------------------------------

ContactAddress contactAddress()
{
    return ContactAddress{QStringLiteral("浦东新区张江路 88 号"),
                          QStringLiteral("3 号楼 12 层"),
                          QStringLiteral("上海"),
                          QStringLiteral("上海市"),
                          QStringLiteral("张江镇"),
                          QStringLiteral("201203")};
}

HuaweiAccount huaweiAccount()
{
    HuaweiAccount a;
    a.accountId = QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9");
    a.loginId = QStringLiteral("lanhai_ops");
    a.loginIdChangedAt = T2;
    a.tenantName = Chinese;
    a.email = QStringLiteral("ops@lanhai.com");
    a.serviceMobile = QStringLiteral("+86-13800000000");
    a.serviceEmail = QStringLiteral("notices@lanhai.com");
    a.securityPhone = QStringLiteral("+8613900000000");
    a.countryRegion = QStringLiteral("CN");
    a.accountType = AccountType::Enterprise;
    a.fullName = QStringLiteral("张三");
    a.enterpriseName = Chinese;
    a.authStatus = AuthStatus::Authenticated;
    a.servicesStatus = ServicesStatus::Closed;
    a.servicesEnabledAt = T1;
    a.promotions = true;
    a.postPayment = true;
    a.retentionUntil = T2;
    a.qualificationName = QStringLiteral("business_license");
    a.taxId = QStringLiteral("91310115MA1K4QX27D");
    a.designation = QStringLiteral("财务总监");
    a.contactAddress = contactAddress();
    a.paymentCurrency = QStringLiteral("USD");
    a.industry = QStringLiteral("it_internet");
    a.secondaryIndustry = QStringLiteral("software");
    a.messageLanguage = QStringLiteral("zh-cn");
    a.timeZone = QStringLiteral("Asia/Shanghai");
    a.currency = QStringLiteral("CNY");
    a.createdAt = T1;
    return a;
}

MessageRecipient messageRecipient()
{
    return MessageRecipient{MaxId,
                            QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9"),
                            QStringLiteral("徐静"),
                            QStringLiteral("+8613857160322"),
                            QStringLiteral("finance@lanhai.com"),
                            T1};
}

PaymentCard paymentCard()
{
    return PaymentCard{MaxId,
                       QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9"),
                       QStringLiteral("**** **** **** 4242"),
                       QStringLiteral("ZHANG SAN 张三"),
                       QStringLiteral("12/29"),
                       CardVerification::InsufficientFunds,
                       T1};
}

Product product()
{
    return Product{QString::fromLatin1(Catalogue::StoredValueCardProductId),
                   ProductKind::StoredValueCard, QStringLiteral("储值卡"),
                   Fen(Catalogue::StoredValueCardUnitFen)};
}

Order order()
{
    return Order{QStringLiteral("CS2603020130AB12"),
                 QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9"),
                 QString::fromLatin1(Catalogue::SaasProductId),
                 3,
                 Fen(-150),
                 OrderStatus::Paid,
                 T1};
}

Instance instance()
{
    return Instance{QStringLiteral("ins-1"),
                    QStringLiteral("CS2603020130AB12"),
                    QStringLiteral("acc"),
                    QStringLiteral("prod"),
                    InstanceStatus::Frozen,
                    T1,
                    T2,
                    utc(2026, 12, 31, 16)};
}

Organization organization()
{
    return Organization{QStringLiteral("org-1"),
                        QStringLiteral("acc"),
                        Chinese,
                        QStringLiteral("lanhai"),
                        OrganizationStatus::Ready,
                        T1,
                        T2};
}

Department department()
{
    return Department{MaxId, QStringLiteral("org-1"), 7, QStringLiteral("研发部")};
}

Member member()
{
    return Member{42,
                  QStringLiteral("org-1"),
                  QStringLiteral("zhang.san"),
                  QStringLiteral("张三"),
                  7,
                  QStringLiteral("13800000000"),
                  QStringLiteral("z@lanhai.com"),
                  false,
                  false,
                  T1};
}

AppBinding appBinding()
{
    return AppBinding{
        9, QStringLiteral("o"), QStringLiteral("i"), QStringLiteral("p"), QStringLiteral("org-1"),
        T2};
}

GuanceAccount guanceAccount()
{
    return GuanceAccount{MaxId,
                         QStringLiteral("lanhai"),
                         QStringLiteral("a@b.c"),
                         QStringLiteral("1"),
                         QStringLiteral("cn1"),
                         T1};
}

FeeCenterAccount feeCenterAccount()
{
    return FeeCenterAccount{5,
                            QStringLiteral("lanhai"),
                            QStringLiteral("f@lanhai.com"),
                            Chinese,
                            QStringLiteral("制造业"),
                            QStringLiteral("李四 13900000000"),
                            Fen(std::numeric_limits<qint64>::min()),
                            T1};
}

Workspace workspace()
{
    Workspace w;
    w.workspaceId = QStringLiteral("wksp_0123456789abcdef");
    w.name = QStringLiteral("生产环境");
    w.language = WorkspaceLanguage::English;
    w.site = QStringLiteral("cn4");
    w.ownerGuanceAccountId = MaxId;
    w.feeCenterAccountId = 5;
    w.settlement = SettlementMethod::HuaweiCloud;
    w.settlementAccountId = QStringLiteral("acc");
    w.settlementInstanceId = QStringLiteral("ins-1");
    w.settlementChangedAt = T1;
    w.status = WorkspaceStatus::Locked;
    w.lockReason = QString::fromLatin1(Catalogue::InstanceClosedLockReason);
    w.lockedAt = T2;
    w.createdAt = T1;
    return w;
}

StoredValueCard storedValueCard()
{
    return StoredValueCard{QStringLiteral("SVC0001"),
                           5,
                           Fen(10000),
                           Fen(2500),
                           CardStatus::Expired,
                           PurchaseType::Direct,
                           T1,
                           T2,
                           QStringLiteral("CS1")};
}

OutboxMessage outboxMessage()
{
    return OutboxMessage{MaxId,
                         T1,
                         Channel::Sms,
                         QStringLiteral("13800000000"),
                         QStringLiteral("memberLogin"),
                         {{QStringLiteral("loginName"), QStringLiteral("zhang.san@lanhai")},
                          {QStringLiteral("cards"), 3},
                          {QStringLiteral("big"), MaxId},
                          {QStringLiteral("held"), true},
                          {QStringLiteral("none"), QVariant()}}};
}

JournalEntry journalEntry()
{
    return JournalEntry{1,
                        T1,
                        QStringLiteral("operator"),
                        QStringLiteral("createOrganization"),
                        QStringLiteral("organization"),
                        QStringLiteral("lanhai"),
                        QStringLiteral("R-ORG-2"),
                        QStringLiteral("细节 \"quoted\" \\ back")};
}

ColumnInfo columnInfo()
{
    return ColumnInfo{QStringLiteral("status"), ColumnKind::Enum, QStringLiteral("authStatus")};
}

ListQuery listQuery()
{
    ListQuery q;
    q.view = QStringLiteral("workspaces");
    q.search = Chinese;
    q.filters = {{QStringLiteral("status"), QStringLiteral("locked")},
                 {QStringLiteral("feeCenterAccountId"), qint64(5)},
                 {QStringLiteral("demo"), false}};
    q.sortColumn = QStringLiteral("createdAt");
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
    page.columns = {columnInfo(), ColumnInfo{QStringLiteral("amount"), ColumnKind::Money, {}},
                    ColumnInfo{QStringLiteral("at"), ColumnKind::Time, {}}};
    page.rows = {{QStringLiteral("locked"), qint64(-150), qint64(1772415000123)},
                 {QVariant(), MaxId, MinId},
                 {Chinese, qint64(0), true}};
    page.total = MaxId;
    page.offset = 200;
    return page;
}

Error error()
{
    return makeError(QStringLiteral("R-BND-2"), QStringLiteral("organization"),
                     QStringLiteral("taken"),
                     {{QStringLiteral("organization"), QStringLiteral("lanhai")},
                      {QStringLiteral("max"), 64},
                      {QStringLiteral("big"), MinId}});
}

PartnerProfile partnerProfile()
{
    return PartnerProfile{
        Chinese,
        QStringLiteral("华为云转售合作伙伴\nHuawei Cloud reseller since 2019."),
        QStringLiteral("https://www.yunfan-digital.com.cn"),
        {PartnerContact{QStringLiteral("技术管理 Technical administration"),
                        QStringLiteral("support@yunfan.cn"), QStringLiteral("+8613968012345"),
                        QStringLiteral("+86-571-8796-2210")},
         PartnerContact{QStringLiteral("Marketing"), QString(), QString(), QString()}}};
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
        Fen(json::MaxSafeInteger + 1),
        PartnerDisassociation{DisassociationInitiator::Partner,
                              QStringLiteral("合同到期 contract ended"), T2},
        T2,
        {PartnerLogEntry{T2, QStringLiteral("disassociationRequested"), QStringLiteral("partner"),
                         QStringLiteral("合同到期 contract ended")},
         PartnerLogEntry{T1, QStringLiteral("associated"), QStringLiteral("customer"),
                         QStringLiteral("reseller")}}};
}

MasterLink masterLink()
{
    return MasterLink{QStringLiteral("master"),
                      Chinese,
                      QStringLiteral("member"),
                      QStringLiteral("杭州星河机器人有限公司"),
                      MasterLinkStatus::CancellationRequested,
                      MasterAccounting::Independent,
                      T2,
                      T1};
}

ClosingCheck closingCheck()
{
    return ClosingCheck{
        json::MaxSafeInteger,
        QStringLiteral("acc"),
        ClosingReason::Other,
        T1,
        {ClosingFailure{ClosingCheckGroup::Account, QStringLiteral("partnerAssociation"),
                        QStringLiteral("浙江云帆数字科技有限公司")},
         ClosingFailure{ClosingCheckGroup::OrdersAndResources, QStringLiteral("instancesInUse"),
                        QStringLiteral("2")}},
        T2};
}

HuaweiAccountDetail huaweiAccountDetail()
{
    return HuaweiAccountDetail{huaweiAccount(),
                               partnerInfo(),
                               2,
                               QStringLiteral("lanhai"),
                               {journalEntry(), journalEntry()},
                               {paymentCard(), paymentCard()},
                               {messageRecipient()},
                               MaterialUpload{QStringLiteral("qualificationProof"),
                                              QStringLiteral("增值税登记证.odt"), 5 * 1024 * 1024,
                                              QStringLiteral("UEsDBBQAAAAAAA=="), QString(64, u'c'),
                                              QString()},
                               {CurrencySelection{QStringLiteral("USD"), T2},
                                CurrencySelection{QStringLiteral("CNY"), T1}},
                               true,
                               closingCheck(),
                               ServicesClosing{T1, T2, T1, T1, T2},
                               masterLink(),
                               {masterLink(), masterLink()}};
}

OnboardingProgress onboardingProgress()
{
    return OnboardingProgress{
        QStringLiteral("acc"), true, true, true, true, true, true, true, true};
}

RegistrationRequest registrationRequest()
{
    RegistrationRequest r;
    r.site = QStringLiteral("cn1");
    r.username = QStringLiteral("lanhai");
    r.password = QStringLiteral("Passw0rd!密码");
    r.email = QStringLiteral("a@lanhai.com");
    r.code = QStringLiteral("123456");
    r.mobile = QStringLiteral("13800000000");
    r.enterpriseName = Chinese;
    r.industry = QStringLiteral("制造业");
    r.contact = QStringLiteral("李四");
    r.agreementAccepted = true;
    r.workspaceName = QStringLiteral("生产");
    r.language = WorkspaceLanguage::English;
    r.method = SettlementMethod::Aws;
    r.huaweiAccountId = QStringLiteral("h");
    r.alibabaAccountId = QStringLiteral("a");
    r.alibabaInstanceId = QStringLiteral("ai");
    r.awsSubscriptionConfirmed = true;
    r.createFeeCenterAccount = false;
    r.termsAccepted = true;
    return r;
}

OrganizationDetail organizationDetail()
{
    OrganizationDetail d;
    d.organization = organization();
    d.departments = {department(), Department{1, QStringLiteral("org-1"), 0, Chinese}};
    d.members = {member(), member()};
    d.bindings = {appBinding()};
    d.authorizedMembers = {{9, {42, MaxId}}, {MaxId, {}}, {-3, {MinId}}};
    return d;
}

MemberInput memberInput()
{
    return MemberInput{
        42,    QStringLiteral("org-1"), QStringLiteral("zhang.san"), QStringLiteral("张三"),
        MaxId, QStringLiteral("138"),   QStringLiteral("z@x.cn"),    QStringLiteral("secret")};
}

LoginSession loginSession()
{
    return LoginSession{42,
                        QStringLiteral("zhang.san@lanhai"),
                        QStringLiteral("张三"),
                        QStringLiteral("org-1"),
                        QStringLiteral("lanhai"),
                        QStringLiteral("acc"),
                        true,
                        MaxId,
                        QStringLiteral("lanhai")};
}

CreateWorkspaceRequest createWorkspaceRequest()
{
    CreateWorkspaceRequest r;
    r.memberId = 42;
    r.feeCenterAccountId = MaxId;
    r.site = QStringLiteral("cn4");
    r.workspaceName = QStringLiteral("生产");
    r.language = WorkspaceLanguage::English;
    r.haveGuanceAccount = false;
    r.email = QStringLiteral("new@lanhai.com");
    r.code = QStringLiteral("654321");
    r.username = QStringLiteral("lanhai2");
    r.password = QStringLiteral("Passw0rd!");
    r.mobile = QStringLiteral("139");
    r.termsAccepted = true;
    return r;
}

WizardDraft wizardDraft()
{
    return WizardDraft{
        QStringLiteral("registration"), QStringLiteral("acc"), QStringLiteral("company"),
        QJsonObject{{QStringLiteral("enterpriseName"), Chinese},
                    {QStringLiteral("nested"), QJsonObject{{QStringLiteral("n"), 1.5}}},
                    {QStringLiteral("list"), QJsonArray{1, QStringLiteral("two"), QJsonValue()}}},
        T2};
}

// ---- the rows ----------------------------------------------------------------------------

class Cases
{
public:
    template<class T>
    void add(const char *type, const char *name, T value)
    {
        if (qstrcmp(name, "full") == 0)
            m_full.append(Full{QString::fromLatin1(type), json::toJson(value), json::toJson(T{})});
        m_cases.append(Case{QString::fromLatin1(type), QString::fromLatin1(name),
                            [value = std::move(value)] { return roundTrip(value); }});
    }
    // Every spelling of an enum, and its default.
    template<class E>
    void addEnum(const char *type)
    {
        for (const auto &[value, spelling] : EnumSpelling<E>::values)
            add(type, spelling, value);
    }
    QList<Case> take() { return std::move(m_cases); }
    QList<Full> full() const { return m_full; }

private:
    QList<Case> m_cases;
    QList<Full> m_full;
};

#define OC_ROW(T, name, ...) cases.add<T>(#T, name, __VA_ARGS__)
#define OC_DEFAULT_ROW(T) OC_ROW(T, "default", T{});
#define OC_ENUM_ROWS(T) cases.addEnum<T>(#T);

Cases allCases()
{
    Cases cases;

    // Every type's default value: empty strings, zero ids, invalid times, empty lists and
    // optionals, the first enum value.
    OC_JSON_CORE_TYPES(OC_DEFAULT_ROW)
    OC_JSON_DOMAIN_TYPES(OC_DEFAULT_ROW)
    OC_JSON_BACKEND_TYPES(OC_DEFAULT_ROW)
    OC_JSON_ENUM_TYPES(OC_ENUM_ROWS)

    // core
    OC_ROW(Fen, "negative", Fen(-150));
    OC_ROW(Fen, "safe max", Fen(json::MaxSafeInteger));
    OC_ROW(Fen, "beyond 2^53", Fen(json::MaxSafeInteger + 1));
    OC_ROW(Fen, "qint64 max", Fen(MaxId));
    OC_ROW(Fen, "qint64 min", Fen(MinId));
    OC_ROW(Error, "full", error());
    OC_ROW(Error, "no field", makeError(QString::fromLatin1(SystemError::Store)));

    // domain
    OC_ROW(ContactAddress, "full", contactAddress());
    OC_ROW(ContactAddress, "only the required parts",
           ContactAddress{QStringLiteral("No. 588 Wensan Road"),
                          {},
                          QStringLiteral("Hangzhou"),
                          QStringLiteral("Zhejiang"),
                          {},
                          QStringLiteral("310012")});
    OC_ROW(CurrencySelection, "full", CurrencySelection{QStringLiteral("EUR"), T2});
    OC_ROW(HuaweiAccount, "full", huaweiAccount());
    OC_ROW(MessageRecipient, "full", messageRecipient());
    OC_ROW(MessageRecipient, "email only",
           MessageRecipient{1,
                            QStringLiteral("acc"),
                            QStringLiteral("Xu Jing"),
                            {},
                            QStringLiteral("xu@lanhai.com"),
                            T1});
    OC_ROW(PaymentCard, "full", paymentCard());
    OC_ROW(Product, "full", product());
    OC_ROW(Order, "full", order());
    OC_ROW(Instance, "full", instance());
    OC_ROW(Organization, "full", organization());
    OC_ROW(Department, "full", department());
    OC_ROW(Member, "full", member());
    OC_ROW(AppBinding, "full", appBinding());
    OC_ROW(GuanceAccount, "full", guanceAccount());
    OC_ROW(FeeCenterAccount, "full", feeCenterAccount());
    OC_ROW(Workspace, "full", workspace());
    OC_ROW(StoredValueCard, "full", storedValueCard());
    OC_ROW(OutboxMessage, "full", outboxMessage());
    OC_ROW(JournalEntry, "full", journalEntry());
    OC_ROW(ColumnInfo, "full", columnInfo());
    OC_ROW(ListQuery, "full", listQuery());
    OC_ROW(ListPage, "full", listPage());
    {
        Order o = order();
        o.orderId = QString(json::MaxShortLength, QChar(u'长'));
        o.createdAt = utc(9999, 12, 31, 23, 59, 59, 999);
        OC_ROW(Order, "limits", o);
        Workspace w = workspace();
        w.name = QString(json::MaxTextLength, QChar(u'x'));
        w.createdAt = utc(1970, 1, 1);
        w.lockedAt = QDateTime();
        OC_ROW(Workspace, "limits", w);
    }

    // Backend types
    OC_ROW(BackendInfo, "full",
           BackendInfo{QStringLiteral("remote"), QStringLiteral("https://billing.example/"), true,
                       12, QStringLiteral("alice")});
    OC_ROW(ClockState, "full", ClockState{T1, true, false});
    OC_ROW(PartnerInfo, "full", partnerInfo());
    {
        // A referral association: no budget, nothing pending, any time to ask.
        PartnerInfo referral = partnerInfo();
        referral.model = PartnerModel::Referral;
        referral.status = PartnerStatus::Associated;
        referral.profile = PartnerProfile{Chinese, QString(), QString(), {}};
        referral.authorized = false;
        referral.monthlyBudget.reset();
        referral.pending.reset();
        referral.nextCustomerRequestFrom = QDateTime();
        referral.log.clear();
        OC_ROW(PartnerInfo, "referral", referral);
    }
    OC_ROW(HuaweiAccountDetail, "full", huaweiAccountDetail());
    OC_ROW(HuaweiAccountDetail, "no partner",
           HuaweiAccountDetail{huaweiAccount(),
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
                               {}});
    OC_ROW(OnboardingProgress, "full", onboardingProgress());
    OC_ROW(CodeSent, "full", CodeSent{QStringLiteral("a@lanhai.com"), T1, T2});
    OC_ROW(SignUpRequest, "full",
           SignUpRequest{QStringLiteral("HK"), QStringLiteral("Ops@Lanhai.com"),
                         QStringLiteral("123456"), QStringLiteral("密码 with space 1")});
    OC_ROW(BindPhoneRequest, "full",
           BindPhoneRequest{QStringLiteral("acc"), PhonePurpose::Service,
                            QStringLiteral("+86 138 0013 8000"), QStringLiteral("654321")});
    OC_ROW(EnableServicesRequest, "full",
           EnableServicesRequest{QStringLiteral("acc"), QStringLiteral("SG"), true, true});
    OC_ROW(BindCardRequest, "full",
           BindCardRequest{QStringLiteral("acc"), QStringLiteral("4111 1111 1111 1111"), Chinese,
                           QStringLiteral("12/29"), QStringLiteral("123"), true,
                           CardVerification::AuthenticationFailed});
    // D-LOGIN (R-ACC-19)
    OC_ROW(HuaweiLoginRequest, "full",
           HuaweiLoginRequest{QStringLiteral("Ops@Lanhai.com"), QStringLiteral("密码 with space 1"),
                              QStringLiteral("device-7f3a"), Channel::Email,
                              QStringLiteral("123456"), true});
    OC_ROW(HuaweiLoginChallenge, "full",
           HuaweiLoginChallenge{QStringLiteral("acc"), QStringLiteral("+8613900000000"),
                                QStringLiteral("ops@lanhai.com"), false,
                                ServicesStatus::NotEnabled});
    OC_ROW(HuaweiLoginChallenge, "unbound channels",
           HuaweiLoginChallenge{QStringLiteral("acc"), {}, {}, true, ServicesStatus::Enabled});
    OC_ROW(WebsiteAccount, "full",
           WebsiteAccount{QStringLiteral("li.lei_01"), QStringLiteral("CN"), QStringLiteral("acc"),
                          T1, T2});
    OC_ROW(WebsiteAccount, "not bound",
           WebsiteAccount{QStringLiteral("li.lei_01"), QStringLiteral("CN"), {}, T1, QDateTime()});
    OC_ROW(WebsiteAccountRequest, "full",
           WebsiteAccountRequest{QStringLiteral("li.lei_01"), QStringLiteral("Web2026pass"),
                                 QStringLiteral("SG")});
    OC_ROW(WebsiteLoginRequest, "full",
           WebsiteLoginRequest{QStringLiteral("li.lei_01"), QStringLiteral("Web2026pass"),
                               QStringLiteral("device-7f3a")});
    OC_ROW(BindWebsiteAccountRequest, "full",
           BindWebsiteAccountRequest{QStringLiteral("li.lei_01"), QStringLiteral("Web2026pass"),
                                     true, QStringLiteral("lanhai_ops"),
                                     QStringLiteral("Hw2026pass"), QStringLiteral("lilei-shop"),
                                     QStringLiteral("+86 138 0013 8000"),
                                     QStringLiteral("654321")});
    OC_ROW(HuaweiLoginResult, "full",
           HuaweiLoginResult{huaweiAccount(), QStringLiteral("li.lei_01"), true, true});
    OC_ROW(HuaweiLoginResult, "bind required",
           HuaweiLoginResult{std::nullopt, QStringLiteral("li.lei_01"), true, false});
    OC_ROW(PurchaseRequest, "full",
           PurchaseRequest{QStringLiteral("acc"), ProductKind::StoredValueCard,
                           PurchaseRequest::MaxCardQuantity, true});
    OC_ROW(PurchaseResult, "full", PurchaseResult{order(), instance()});
    OC_ROW(PurchaseResult, "no instance", PurchaseResult{order(), std::nullopt});
    {
        const MaterialUpload photo{QStringLiteral("holdingPhoto"),
                                   Chinese + QStringLiteral(".png"),
                                   10 * 1024 * 1024,
                                   QStringLiteral("iVBORw0KGgo="),
                                   QString(64, QChar(u'f')),
                                   QStringLiteral("iVBORw0KGgo=")};
        MaterialUpload pdf = photo;
        pdf.fileName = QStringLiteral("passport.pdf");
        pdf.thumbnail.clear();
        OC_ROW(MaterialUpload, "full", photo);
        OC_ROW(MaterialUpload, "no thumbnail", pdf);
        const AuthenticationRequest request{QStringLiteral("acc"),
                                            AccountType::Enterprise,
                                            CertificateType::IdCard,
                                            QStringLiteral("CN"),
                                            QStringLiteral("张三"),
                                            QStringLiteral("E1234-5678"),
                                            Chinese,
                                            QStringLiteral("No. 1 Road"),
                                            {photo, pdf}};
        OC_ROW(AuthenticationRequest, "full", request);
        OC_ROW(AuthenticationRequest, "no materials", AuthenticationRequest{});
        const AuthenticationRecord record{MaxId,
                                          ReviewKind::EnterpriseName,
                                          QStringLiteral("acc"),
                                          Chinese,
                                          AccountType::Enterprise,
                                          CertificateType::DriverLicense,
                                          QStringLiteral("91330106MA2H3K7X5B"),
                                          Chinese,
                                          QStringLiteral("CN"),
                                          QStringLiteral("No. 1 Road"),
                                          ReviewStatus::Rejected,
                                          T1,
                                          T2,
                                          T2,
                                          RejectReason::CountryMismatch,
                                          QStringLiteral("note"),
                                          {photo}};
        OC_ROW(AuthenticationRecord, "full", record);
        AuthenticationRecord pending = record;
        pending.status = ReviewStatus::Pending;
        pending.reviewedAt = QDateTime();
        pending.rejectReason = std::nullopt;
        pending.materials.clear();
        OC_ROW(AuthenticationRecord, "pending", pending);
        OC_ROW(ReviewDecision, "reject",
               ReviewDecision{MaxId, false, RejectReason::NotOriginal, QStringLiteral("备注")});
        OC_ROW(ReviewDecision, "approve", ReviewDecision{1, true, std::nullopt, {}});
        OC_ROW(ReviewDecision, "full",
               ReviewDecision{MaxId, true, RejectReason::CountryMismatch, QStringLiteral("n")});
        // W-REAUTH: the fields each kind takes, the declaration, the new slots.
        MaterialUpload form = pdf;
        form.slot = QStringLiteral("applicationForm");
        const ReauthenticationRequest change{QStringLiteral("acc"),
                                             ReviewKind::IndividualToEnterprise,
                                             CertificateType::DriverLicense,
                                             QStringLiteral("CN"),
                                             QStringLiteral("张三"),
                                             QStringLiteral("91330106MA2H3K7X5B"),
                                             Chinese,
                                             QStringLiteral("No. 1 Road"),
                                             true,
                                             {photo, form}};
        OC_ROW(ReauthenticationRequest, "full", change);
        ReauthenticationRequest nameChange;
        nameChange.accountId = QStringLiteral("acc");
        nameChange.kind = ReviewKind::EnterpriseName;
        nameChange.enterpriseName = Chinese;
        nameChange.declaration = true;
        OC_ROW(ReauthenticationRequest, "name change", nameChange);
        AuthenticationRecord reauthentication = pending;
        reauthentication.kind = ReviewKind::EnterpriseEntity;
        OC_ROW(AuthenticationRecord, "re-authentication", reauthentication);
    }
    // D-CONDITIONS: money in fen beyond 2^53, every flag.
    OC_ROW(AccountConditions, "full",
           AccountConditions{QStringLiteral("acc"),
                             Fen(json::MaxSafeInteger + 1),
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
                             true});
    {
        AccountConditions cts;
        cts.accountId = QStringLiteral("acc");
        cts.ctsEnabled = true;
        OC_ROW(AccountConditions, "CTS enabled", cts);
    }
    // My Account, part 2: every request in full, the optional proof absent and present.
    OC_ROW(PasswordChangeRequest, "full",
           PasswordChangeRequest{QStringLiteral("acc"), QStringLiteral("Demo@2026a"),
                                 QStringLiteral("新密码 2026 x")});
    OC_ROW(PasswordResetRequest, "full",
           PasswordResetRequest{QStringLiteral("acc"), Channel::Email, QStringLiteral("123456"),
                                QStringLiteral("Reset2026x")});
    OC_ROW(LoginIdChangeRequest, "full",
           LoginIdChangeRequest{QStringLiteral("acc"), QStringLiteral("Lianyun-Ops")});
    OC_ROW(TenantNameChangeRequest, "full",
           TenantNameChangeRequest{QStringLiteral("acc"), QStringLiteral("Lianyun-Cloud")});
    OC_ROW(CompleteInformationRequest, "full",
           CompleteInformationRequest{QStringLiteral("acc"), AccountType::Enterprise, Chinese});
    {
        EditInformationRequest edit;
        edit.accountId = QStringLiteral("acc");
        edit.accountType = AccountType::Enterprise;
        edit.fullName = QStringLiteral("张三");
        edit.enterpriseName = Chinese;
        edit.qualificationName = QStringLiteral("tax_registration_certificate");
        edit.qualificationProof = MaterialUpload{QStringLiteral("qualificationProof"),
                                                 QStringLiteral("vat.pdf"),
                                                 1024,
                                                 QStringLiteral("JVBERi0xLjcK"),
                                                 QString(64, u'a'),
                                                 QStringLiteral("iVBORw0KGgo=")};
        edit.taxId = QStringLiteral("DE123456789");
        edit.designation = QStringLiteral("CFO");
        edit.contactAddress = contactAddress();
        edit.paymentCurrency = QStringLiteral("EUR");
        edit.industry = QStringLiteral("finance");
        edit.secondaryIndustry = QStringLiteral("banking");
        OC_ROW(EditInformationRequest, "full", edit);
        edit.qualificationProof.reset();
        OC_ROW(EditInformationRequest, "proof kept", edit);
    }
    OC_ROW(ServiceContactChangeRequest, "full",
           ServiceContactChangeRequest{QStringLiteral("acc"), ServiceContact::Email, Channel::Email,
                                       QStringLiteral("123456"),
                                       QStringLiteral("notices@lanhai.com"),
                                       QStringLiteral("654321")});
    OC_ROW(PreferencesRequest, "full",
           PreferencesRequest{QStringLiteral("acc"), QStringLiteral("en"),
                              QStringLiteral("Europe/Berlin"), QStringLiteral("EUR")});
    // Closing Huawei Cloud services: a failed check and a passed one not used yet; a closing
    // not disabled; every request in full, the reason absent.
    OC_ROW(ClosingFailure, "full",
           ClosingFailure{ClosingCheckGroup::Financial, QStringLiteral("balance"),
                          QStringLiteral("0.01")});
    OC_ROW(ClosingCheck, "failed", closingCheck());
    OC_ROW(ClosingCheck, "passed, not used",
           ClosingCheck{1, QStringLiteral("acc"), ClosingReason::NoLongerNeeded, T1, {}, {}});
    OC_ROW(ServicesClosing, "full", (ServicesClosing{T1, T2, T1, T1, T2}));
    OC_ROW(ServicesClosing, "closed", (ServicesClosing{T1, T2, T1, T1, {}}));
    OC_ROW(CloseServicesRequest, "full",
           (CloseServicesRequest{QStringLiteral("acc"), true, ClosingReason::MistakenlyEnabled,
                                 Channel::Sms, QStringLiteral("123456")}));
    OC_ROW(CloseServicesRequest, "no reason",
           (CloseServicesRequest{QStringLiteral("acc"), false, std::nullopt, Channel::Email,
                                 QString()}));
    OC_ROW(DisableServicesRequest, "full",
           (DisableServicesRequest{QStringLiteral("acc"), Channel::Sms, QStringLiteral("123456"),
                                   true}));
    OC_ROW(TerminateClosingRequest, "full",
           (TerminateClosingRequest{QStringLiteral("acc"), ClosingTermination::Litigation,
                                    QStringLiteral("仲裁 arbitration")}));
    // Partners and master accounts: every type in full, the optional members absent.
    OC_ROW(PartnerContact, "full",
           (PartnerContact{QStringLiteral("Marketing 市场"), QStringLiteral("m@yunfan.cn"),
                           QStringLiteral("+8613968054321"), QStringLiteral("0571-87962230")}));
    OC_ROW(PartnerProfile, "full", partnerProfile());
    OC_ROW(PartnerDisassociation, "customer's",
           (PartnerDisassociation{DisassociationInitiator::Customer, QString(), T1}));
    OC_ROW(PartnerLogEntry, "full",
           (PartnerLogEntry{T1, QStringLiteral("budgetSet"), QStringLiteral("partner"),
                            QStringLiteral("8000.00")}));
    OC_ROW(PartnerInvitationRequest, "full",
           (PartnerInvitationRequest{partnerProfile(), PartnerModel::Referral, false}));
    OC_ROW(PartnerInvitation, "full",
           (PartnerInvitation{QStringLiteral("yunfan-reseller-demo"), partnerProfile(),
                              PartnerModel::Referral, false, T1}));
    {
        PartnerAssociationRequest r;
        r.token = QStringLiteral("yunfan-reseller-demo");
        r.instructionsAccepted = true;
        r.authorizationAccepted = true;
        r.registerNew = false;
        r.countryRegion = QStringLiteral("SG");
        r.email = QStringLiteral("a@lanhai.com");
        r.code = QStringLiteral("123456");
        r.accountName = QStringLiteral("+86 138 0013 8000");
        r.password = QStringLiteral("密码 with space 1");
        r.documentsAccepted = true;
        r.promotions = true;
        OC_ROW(PartnerAssociationRequest, "full", r);
    }
    OC_ROW(PartnerAssociationResult, "full",
           (PartnerAssociationResult{huaweiAccount(), partnerInfo()}));
    OC_ROW(PartnerBudgetRequest, "full", (PartnerBudgetRequest{QStringLiteral("acc"), Fen(MaxId)}));
    OC_ROW(CheckFailure, "full",
           (CheckFailure{QStringLiteral("requestedWithin3Months"),
                         QStringLiteral("2026-06-02T09:30:00+08:00")}));
    OC_ROW(PartnerDisassociationCheck, "failed",
           (PartnerDisassociationCheck{
               QStringLiteral("acc"),
               T1,
               {CheckFailure{QStringLiteral("arrears"), QStringLiteral("1280.50")},
                CheckFailure{QStringLiteral("noCurrency"), QString()}}}));
    OC_ROW(PartnerDisassociationCheck, "passed",
           (PartnerDisassociationCheck{QStringLiteral("acc"), T1, {}}));
    OC_ROW(PartnerDisassociationRequest, "full",
           (PartnerDisassociationRequest{QStringLiteral("acc"), true, QStringLiteral("123456")}));
    OC_ROW(PartnerInitiatedDisassociation, "full",
           (PartnerInitiatedDisassociation{QStringLiteral("acc"), QStringLiteral("原因 reason")}));
    OC_ROW(ProcessDisassociationRequest, "full",
           (ProcessDisassociationRequest{QStringLiteral("acc"), DisassociationInitiator::Customer,
                                         true}));
    OC_ROW(MasterLink, "full", masterLink());
    OC_ROW(MasterLink, "invited",
           (MasterLink{QStringLiteral("master"), Chinese, QStringLiteral("member"), QString(),
                       MasterLinkStatus::Invited, MasterAccounting::Unified, T1, QDateTime()}));
    OC_ROW(MasterInvitationRequest, "full",
           (MasterInvitationRequest{QStringLiteral("master"), QStringLiteral("member"),
                                    MasterAccounting::Independent}));
    OC_ROW(MasterAnswer, "full", (MasterAnswer{QStringLiteral("member"), true, true}));
    OC_ROW(RecipientInput, "full",
           RecipientInput{7, QStringLiteral("acc"), QStringLiteral("徐静"),
                          QStringLiteral("+8613857160322"), QStringLiteral("xu@lanhai.com")});
    {
        AccountConditions seller;
        seller.accountId = QStringLiteral("acc");
        seller.koogallerySeller = true;
        OC_ROW(AccountConditions, "a KooGallery seller", seller);
    }
    OC_ROW(RegistrationRequest, "full", registrationRequest());
    OC_ROW(RegistrationResult, "full",
           RegistrationResult{guanceAccount(), feeCenterAccount(), workspace()});
    OC_ROW(RegistrationResult, "no fee-center account",
           RegistrationResult{guanceAccount(), std::nullopt, workspace()});
    OC_ROW(HuaweiActivationCheck, "full",
           HuaweiActivationCheck{QStringLiteral("acc"), Chinese, QStringLiteral("ins-1")});
    OC_ROW(OrganizationRequest, "full",
           OrganizationRequest{QStringLiteral("acc"), Chinese, QStringLiteral("lanhai")});
    OC_ROW(OwnerPrefill, "full",
           OwnerPrefill{QStringLiteral("张三"), QStringLiteral("zhang.san"), QStringLiteral("138"),
                        QStringLiteral("z@x.cn")});
    OC_ROW(MemberInput, "full", memberInput());
    OC_ROW(OrganizationDetail, "full", organizationDetail());
    OC_ROW(BindableOrder, "full",
           BindableOrder{order(), instance(), QStringLiteral("org-1"), QStringLiteral("lanhai")});
    OC_ROW(AuthorizationRequest, "full", AuthorizationRequest{9, {1, MaxId, MinId, 0}, true});
    OC_ROW(MemberLogin, "full",
           MemberLogin{42, QStringLiteral("张三"), QStringLiteral("zhang.san@lanhai"),
                       QStringLiteral("138****0000")});
    OC_ROW(AuthorizationResult, "full",
           AuthorizationResult{QString::fromLatin1(Catalogue::UnifiedLoginAddress),
                               {MemberLogin{MaxId, Chinese, QStringLiteral("a@b"), {}}}});
    OC_ROW(LoginRequest, "full",
           LoginRequest{QStringLiteral("zhang.san@lanhai"), QStringLiteral("密码 with space")});
    OC_ROW(LoginSession, "full", loginSession());
    OC_ROW(FeeCenterCodeSent, "full", FeeCenterCodeSent{QStringLiteral("f***@lanhai.com"), T1, T2});
    OC_ROW(FeeCenterVerification, "full",
           FeeCenterVerification{42, QStringLiteral("cn1"), QStringLiteral("lanhai"),
                                 QStringLiteral("123456")});
    OC_ROW(FeeCenterBinding, "full", FeeCenterBinding{feeCenterAccount(), {workspace()}});
    OC_ROW(EnterpriseConfirmation, "full",
           EnterpriseConfirmation{5, Chinese, QStringLiteral("制造业"), QStringLiteral("李四")});
    OC_ROW(BindWorkspaceRequest, "full",
           BindWorkspaceRequest{42, MaxId, QStringLiteral("wksp_0123456789abcdef")});
    OC_ROW(CreateWorkspaceRequest, "full", createWorkspaceRequest());
    OC_ROW(ActivationSummary, "full",
           ActivationSummary{feeCenterAccount(), {workspace(), workspace()}});
    OC_ROW(SettlementChangeRequest, "full",
           SettlementChangeRequest{QStringLiteral("wksp"), SettlementMethod::AlibabaCloud,
                                   QStringLiteral("ali"), QStringLiteral("ali-ins")});
    OC_ROW(RechargeRequest, "full",
           RechargeRequest{5, QStringLiteral("acc"), QStringLiteral("CS1")});
    OC_ROW(FeeCenterOverview, "full",
           FeeCenterOverview{feeCenterAccount(), Fen(123456), 3, 1, 2, Fen(-1)});
    OC_ROW(CloseResourceResult, "full", CloseResourceResult{instance(), {workspace()}});
    OC_ROW(WizardDraft, "full", wizardDraft());
    OC_ROW(SendCodeRequest, "full",
           SendCodeRequest{Channel::Sms, QStringLiteral("+86 138 0013 8000"),
                           QStringLiteral("bind-fee-center")});
    OC_ROW(CheckCodeRequest, "full",
           CheckCodeRequest{QStringLiteral("a@b.cn"), QStringLiteral("register"),
                            QStringLiteral("123456")});
    OC_ROW(DepartmentRequest, "full", DepartmentRequest{MaxId, Chinese});
    OC_ROW(BindOrderRequest, "full",
           BindOrderRequest{QStringLiteral("CS2603020930AB12C"), QStringLiteral("org_1")});
    OC_ROW(PasswordChange, "full",
           PasswordChange{QStringLiteral("Old#2026pw"), QStringLiteral("新 pass#1")});
    OC_ROW(FeeCenterCodeRequest, "full", FeeCenterCodeRequest{QStringLiteral("lanhai")});
    OC_ROW(ActivationRequest, "full", ActivationRequest{42, MaxId});
    OC_ROW(ClockAdvance, "full", ClockAdvance{ClockStep::NinetyDays});
    OC_ROW(ExportRequest, "full", ExportRequest{listQuery(), {Chinese, QStringLiteral("ID")}});
    OC_ROW(ChangeBatch, "full",
           ChangeBatch{MaxId, {QStringLiteral("orders"), QStringLiteral("journal")}, true});
    OC_ROW(ServerVersion, "full",
           ServerVersion{QStringLiteral("0.1.0"), 7, true, QStringLiteral("postgres"),
                         QStringLiteral("alice")});

    // What the Backend's functions return, in their envelopes.
    OC_ROW(Status, "ok", okStatus());
    OC_ROW(Status, "error", Status(error()));
    OC_ROW(Result<Order>, "value", Result<Order>(order()));
    OC_ROW(Result<Order>, "error", Result<Order>(error()));
    OC_ROW(Result<qint64>, "export count", Result<qint64>(MaxId));
    OC_ROW(Result<QList<BindableOrder>>, "list",
           Result<QList<BindableOrder>>(
               QList<BindableOrder>{BindableOrder{order(), instance(), {}, {}}}));
    OC_ROW(Result<QList<StoredValueCard>>, "empty list",
           Result<QList<StoredValueCard>>(QList<StoredValueCard>{}));
    OC_ROW(Result<QList<Workspace>>, "list",
           Result<QList<Workspace>>(QList<Workspace>{workspace(), Workspace{}}));
    OC_ROW(Result<ListPage>, "page", Result<ListPage>(listPage()));
    OC_ROW(QStringList, "changed views",
           QStringList{QStringLiteral("workspaces"), QStringLiteral("outbox")});
    OC_ROW(QDateTime, "clockChanged", T1);
    OC_ROW(QDateTime, "invalid", QDateTime());
    // A time in another zone is the same instant in UTC.
    OC_ROW(
        QDateTime, "China time",
        QDateTime(QDate(2026, 3, 2), QTime(9, 30), QTimeZone(QByteArrayLiteral("Asia/Shanghai"))));
    return cases;
}

QList<Case> roundTripCases()
{
    return allCases().take();
}

#undef OC_ENUM_ROWS
#undef OC_DEFAULT_ROW
#undef OC_ROW

// ---- hostile input -----------------------------------------------------------------------

// The decoder of T as a function: its error, or an Error with rule "accepted".
using Decode = std::function<Error(const QJsonValue &)>;

template<class T>
Decode decoderOf(const QString &path = {})
{
    return [path](const QJsonValue &json) {
        const Result<T> result = json::fromJson<T>(json, path);
        return result ? makeError(QStringLiteral("accepted")) : result.error();
    };
}

// Replaces (or, with an undefined value, removes) the value at `path` ("a.b[3].c") of a
// JSON value.
QJsonValue edit(const QJsonValue &root, QStringView path, const QJsonValue &replacement)
{
    if (path.isEmpty())
        return replacement;
    if (path.startsWith(u'[')) {
        const qsizetype close = path.indexOf(u']');
        const qsizetype index = path.mid(1, close - 1).toLongLong();
        QStringView rest = path.mid(close + 1);
        if (rest.startsWith(u'.'))
            rest = rest.mid(1);
        QJsonArray array = root.toArray();
        if (rest.isEmpty() && replacement.isUndefined())
            array.removeAt(index);
        else
            array[index] = edit(array.at(index), rest, replacement);
        return array;
    }
    qsizetype end = 0;
    while (end < path.size() && path[end] != u'.' && path[end] != u'[')
        ++end;
    const QString key = path.left(end).toString();
    QStringView rest = path.mid(end);
    if (rest.startsWith(u'.'))
        rest = rest.mid(1);
    QJsonObject object = root.toObject();
    if (rest.isEmpty() && replacement.isUndefined())
        object.remove(key);
    else
        object.insert(key, edit(object.value(key), rest, replacement));
    return object;
}

const QJsonValue Remove = QJsonValue(QJsonValue::Undefined);

QJsonArray numbers(qsizetype count)
{
    QJsonArray array;
    for (qsizetype i = 0; i < count; ++i)
        array.append(qint64(i));
    return array;
}

} // namespace

Q_DECLARE_METATYPE(Check)
Q_DECLARE_METATYPE(Decode)
Q_DECLARE_METATYPE(oc::ListPage)

class TestJson : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void everyCodecHasRoundTripRows();
    void fullRowsSetEveryMember();
    void wireFormat_data();
    void wireFormat();
    void variants_data();
    void variants();
    void refused_data();
    void refused();
    void unknownMembersIgnored();
    void optionalMayBeAbsent();
    void malformedDocument();
    void everyContractTypeHasCodec();
    void everyMemberHasKey();
    void listPageAnswerText_data();
    void listPageAnswerText();
};

void TestJson::roundTrip_data()
{
    QTest::addColumn<Check>("check");
    for (const Case &c : roundTripCases())
        QTest::newRow(qPrintable(c.type + QLatin1Char('/') + c.name)) << c.check;
}

void TestJson::roundTrip()
{
    QFETCH(Check, check);
    const QString problem = check();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestJson::everyCodecHasRoundTripRows()
{
    QSet<QString> covered;
    for (const Case &c : roundTripCases())
        if (c.name != u"default")
            covered.insert(c.type);
    QStringList missing;
    for (const QString &name : json::codecTypeNames())
        if (!covered.contains(name) && name != u"Done") // Done has one value
            missing << name;
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("no round-trip row beyond the default value: ") +
                        missing.join(QStringLiteral(", "))));
}

// A "full" row gives every member a value other than the default, so that a member the
// codec forgot (missing on both sides) shows in the round trip.
void TestJson::fullRowsSetEveryMember()
{
    for (const Full &row : allCases().full()) {
        if (!row.full.isObject())
            continue;
        const QJsonObject full = row.full.toObject();
        const QJsonObject defaults = row.defaults.toObject();
        for (auto it = defaults.constBegin(); it != defaults.constEnd(); ++it)
            QVERIFY2(full.value(it.key()) != it.value(),
                     qPrintable(QStringLiteral("%1 full row leaves %2 at its default")
                                    .arg(row.type, it.key())));
    }
}

// The wire format itself, for the OpenAPI description and other clients.
void TestJson::wireFormat_data()
{
    QTest::addColumn<QJsonValue>("json");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("Order") << json::toJson(order())
                           << QByteArray(R"({"accountId":"0a1b2c3d4e5f60718293a4b5c6d7e8f9",)"
                                         R"("amount":-150,"createdAt":"2026-03-02T01:30:00.123Z",)"
                                         R"("orderId":"CS2603020130AB12",)"
                                         R"("productId":"OFFI845592654693900288",)"
                                         R"("quantity":3,"status":"paid"})");
    QTest::newRow("64-bit ids") << json::toJson(AuthorizationRequest{
                                       json::MaxSafeInteger,
                                       {json::MaxSafeInteger + 1, MinId, -json::MaxSafeInteger},
                                       false})
                                << QByteArray(R"({"bindingId":9007199254740991,)"
                                              R"("memberIds":["9007199254740992",)"
                                              R"("-9223372036854775808",-9007199254740991],)"
                                              R"("termsAccepted":false})");
    QTest::newRow("optional empty")
        << json::toJson(PurchaseResult{Order{}, std::nullopt})
        << QByteArray(R"({"instance":null,"order":{"accountId":"","amount":0,"createdAt":null,)"
                      R"("orderId":"","productId":"","quantity":1,"status":"unpaid"}})");
    QTest::newRow("hash") << json::toJson(OrganizationDetail{{}, {}, {}, {}, {{9, {1, 2}}}})
                                 .toObject()
                                 .value(QLatin1StringView("authorizedMembers"))
                          << QByteArray(R"({"9":[1,2]})");
    QTest::newRow("Error") << json::toJson(error())
                           << QByteArray(R"({"args":{"big":{"int64":"-9223372036854775808"},)"
                                         R"("max":64,"organization":"lanhai"},"code":"R-BND-2",)"
                                         R"("field":"organization","reason":"taken"})");
    QTest::newRow("Status ok") << json::toJson(okStatus()) << QByteArray(R"({"value":{}})");
    QTest::newRow("Result error")
        << json::toJson(Result<Order>(makeError(QStringLiteral("R-MKT-1"))))
        << QByteArray(R"({"error":{"args":{},"code":"R-MKT-1","field":"","reason":""}})");
    QTest::newRow("ColumnInfo") << json::toJson(columnInfo())
                                << QByteArray(R"({"enumName":"authStatus","key":"status",)"
                                              R"("kind":"enum"})");
    QTest::newRow("ClockStep") << QJsonValue(QJsonArray{json::toJson(ClockStep::ThreeWorkingDays),
                                                        json::toJson(ClockStep::NinetyDays)})
                               << QByteArray(R"(["threeWorkingDays","ninetyDays"])");
    QTest::newRow("times") << QJsonValue(QJsonArray{json::toJson(utc(2026, 3, 2, 1, 30)),
                                                    json::toJson(QDateTime())})
                           << QByteArray(R"(["2026-03-02T01:30:00.000Z",null])");
}

void TestJson::wireFormat()
{
    QFETCH(QJsonValue, json);
    QFETCH(QByteArray, expected);
    const QByteArray actual = json.isArray()
                                  ? QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact)
                                  : QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact);
    QCOMPARE(actual, expected);
}

// QVariant's mapping (Json.h): the value, its JSON and the type it reads back as.
void TestJson::variants_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QVariant>("decoded"); // invalid: refused

    const QVariant refused;
    const auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };
    row("invalid") << QVariant() << QByteArray("[null]") << QVariant();
    row("typed null (SQL NULL)") << QVariant(QMetaType::fromType<qint64>()) << QByteArray("[null]")
                                 << QVariant();
    row("true") << QVariant(true) << QByteArray("[true]") << QVariant(true);
    row("false") << QVariant(false) << QByteArray("[false]") << QVariant(false);
    row("int") << QVariant(-5) << QByteArray("[-5]") << QVariant(qint64(-5));
    row("uint") << QVariant(5u) << QByteArray("[5]") << QVariant(qint64(5));
    row("safe max") << QVariant(json::MaxSafeInteger) << QByteArray("[9007199254740991]")
                    << QVariant(json::MaxSafeInteger);
    row("beyond 2^53") << QVariant(json::MaxSafeInteger + 1)
                       << QByteArray(R"([{"int64":"9007199254740992"}])")
                       << QVariant(json::MaxSafeInteger + 1);
    row("qint64 max") << QVariant(MaxId) << QByteArray(R"([{"int64":"9223372036854775807"}])")
                      << QVariant(MaxId);
    row("qint64 min") << QVariant(MinId) << QByteArray(R"([{"int64":"-9223372036854775808"}])")
                      << QVariant(MinId);
    row("quint64 max") << QVariant(std::numeric_limits<quint64>::max())
                       << QByteArray(R"([{"unsupported":"qulonglong"}])") << refused;
    row("double") << QVariant(1.5) << QByteArray("[1.5]") << QVariant(1.5);
    row("integral double") << QVariant(2.0) << QByteArray("[2]") << QVariant(qint64(2));
    row("NaN") << QVariant(std::nan("")) << QByteArray(R"([{"unsupported":"double"}])") << refused;
    row("string") << QVariant(Chinese) << (QByteArray("[\"") + Chinese.toUtf8() + "\"]")
                  << QVariant(Chinese);
    row("digits string") << QVariant(QStringLiteral("5")) << QByteArray(R"(["5"])")
                         << QVariant(QStringLiteral("5"));
    row("empty string") << QVariant(QString()) << QByteArray(R"([""])")
                        << QVariant(QString(QLatin1StringView("")));
    row("time") << QVariant(T1) << QByteArray(R"([{"time":"2026-03-02T01:30:00.123Z"}])")
                << QVariant(T1);
    row("invalid time") << QVariant(QDateTime()) << QByteArray(R"([{"time":null}])")
                        << QVariant(QDateTime());
    row("bytes") << QVariant(QByteArray("x")) << QByteArray(R"([{"unsupported":"QByteArray"}])")
                 << refused;
    row("list") << QVariant(QVariantList{1}) << QByteArray(R"([{"unsupported":"QVariantList"}])")
                << refused;
    // An error's failed conditions (R-PTN-2..4).
    row("string list") << QVariant(QStringList{QStringLiteral("arrears"), Chinese})
                       << (QByteArray(R"([["arrears",")") + Chinese.toUtf8() + "\"]]")
                       << QVariant(QStringList{QStringLiteral("arrears"), Chinese});
    row("empty string list") << QVariant(QStringList()) << QByteArray("[[]]")
                             << QVariant(QStringList());
}

void TestJson::variants()
{
    QFETCH(QVariant, value);
    QFETCH(QByteArray, json);
    QFETCH(QVariant, decoded);

    const QByteArray bytes = bytesOf(json::toJson(value));
    QCOMPARE(bytes, json);
    const Result<QVariant> back = json::fromJson<QVariant>(json::parse(bytes)->toArray().at(0));
    if (!decoded.isValid() && !value.isNull()) {
        QVERIFY(!back.ok());
        QVERIFY2(back.error() == makeError(QStringLiteral("E-INVALID"), {}, QStringLiteral("type")),
                 qPrintable(back.error().toString()));
        return;
    }
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
    QCOMPARE(back->metaType(), decoded.metaType());
    QCOMPARE(*back, decoded);
}

void TestJson::refused_data()
{
    QTest::addColumn<Decode>("decode");
    QTest::addColumn<QJsonValue>("input");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QVariantMap>("args");

    const QJsonValue anOrder = json::toJson(order());
    const auto orderWith = [&](const char *path, const QJsonValue &value) {
        return edit(anOrder, QString::fromLatin1(path), value);
    };
    const auto row = [](const char *name, const Decode &decode, const QJsonValue &input,
                        const char *field, const char *reason, QVariantMap args = {}) {
        QTest::newRow(name) << decode << input << QString::fromLatin1(field)
                            << QString::fromLatin1(reason) << args;
    };
    const QVariantMap maxShort{{QStringLiteral("max"), json::MaxShortLength}};
    const QVariantMap maxText{{QStringLiteral("max"), json::MaxTextLength}};
    const QVariantMap maxList{{QStringLiteral("max"), json::MaxListLength}};
    const Decode decodeOrder = decoderOf<Order>();

    // Top level.
    row("not an object", decodeOrder, QJsonArray{anOrder}, "", "type");
    row("null", decodeOrder, QJsonValue(), "", "type");
    row("missing member", decodeOrder, orderWith("amount", Remove), "amount", "missing");
    row("null for a string", decodeOrder, orderWith("orderId", QJsonValue()), "orderId", "type");
    row("number for a string", decodeOrder, orderWith("orderId", 5), "orderId", "type");
    row("id too long", decodeOrder,
        orderWith("orderId", QString(json::MaxShortLength + 1, QChar(u'x'))), "orderId", "tooLong",
        maxShort);
    row("fraction of fen", decodeOrder, orderWith("amount", 12.5), "amount", "type");
    row("money as text", decodeOrder, orderWith("amount", QStringLiteral("12.50")), "amount",
        "format");
    row("money with a plus sign", decodeOrder, orderWith("amount", QStringLiteral("+12")), "amount",
        "format");
    row("money with blanks", decodeOrder, orderWith("amount", QStringLiteral(" 12")), "amount",
        "format");
    row("money empty string", decodeOrder, orderWith("amount", QString()), "amount", "format");
    row("money beyond qint64 (string)", decodeOrder,
        orderWith("amount", QStringLiteral("9223372036854775808")), "amount", "range");
    row("money beyond qint64 (number)", decodeOrder, orderWith("amount", 1e19), "amount", "range");
    row("money bool", decodeOrder, orderWith("amount", true), "amount", "type");
    row("int beyond int", decodeOrder, orderWith("quantity", qint64(2147483648)), "quantity",
        "range");
    row("int below int", decodeOrder, orderWith("quantity", qint64(-2147483649)), "quantity",
        "range");
    row("int as string", decodeOrder, orderWith("quantity", QStringLiteral("3")), "quantity",
        "type");
    row("unknown enum", decodeOrder, orderWith("status", QStringLiteral("refunded")), "status",
        "enum");
    row("enum in other case", decodeOrder, orderWith("status", QStringLiteral("Paid")), "status",
        "enum");
    row("enum as number", decodeOrder, orderWith("status", 1), "status", "type");
    row("time without ms", decodeOrder,
        orderWith("createdAt", QStringLiteral("2026-03-02T01:30:00Z")), "createdAt", "format");
    row("time with offset", decodeOrder,
        orderWith("createdAt", QStringLiteral("2026-03-02T09:30:00.000+08:00")), "createdAt",
        "format");
    row("time without zone", decodeOrder,
        orderWith("createdAt", QStringLiteral("2026-03-02T01:30:00.000")), "createdAt", "format");
    row("time 30 February", decodeOrder,
        orderWith("createdAt", QStringLiteral("2026-02-30T01:30:00.000Z")), "createdAt", "format");
    row("time 24:00", decodeOrder,
        orderWith("createdAt", QStringLiteral("2026-03-02T24:00:00.000Z")), "createdAt", "format");
    row("time as number", decodeOrder, orderWith("createdAt", qint64(1772415000000)), "createdAt",
        "type");
    row("bool as string", decoderOf<Member>(),
        edit(json::toJson(member()), u"enabled", QStringLiteral("true")), "enabled", "type");
    row("text too long", decoderOf<HuaweiAccount>(),
        edit(json::toJson(huaweiAccount()), u"tenantName",
             QString(json::MaxTextLength + 1, QChar(u'长'))),
        "tenantName", "tooLong", maxText);
    row("clock step", decoderOf<ClockStep>(), QStringLiteral("week"), "", "enum");
    row("column kind", decoderOf<ColumnKind>(), QStringLiteral("float"), "", "enum");
    const QJsonValue aDecision =
        json::toJson(ReviewDecision{7, false, RejectReason::Illegible, QStringLiteral("x")});
    row("reject reason unknown", decoderOf<ReviewDecision>(),
        edit(aDecision, u"reason", QStringLiteral("lazy")), "reason", "enum");
    row("review id as text", decoderOf<ReviewDecision>(),
        edit(aDecision, u"authenticationId", QStringLiteral("seven")), "authenticationId",
        "format");
    const QJsonValue aSubmission =
        json::toJson(AuthenticationRequest{QStringLiteral("acc"),
                                           AccountType::Individual,
                                           CertificateType::Passport,
                                           QStringLiteral("CN"),
                                           QStringLiteral("Li"),
                                           QStringLiteral("E12345"),
                                           {},
                                           {},
                                           {MaterialUpload{QStringLiteral("certificatePage"),
                                                           QStringLiteral("a.png"),
                                                           9,
                                                           QStringLiteral("iVBO"),
                                                           QString(64, QChar(u'a')),
                                                           {}}}});
    row("review kind unknown", decoderOf<ReauthenticationRequest>(),
        edit(json::toJson(ReauthenticationRequest{}), u"kind", QStringLiteral("owner_change")),
        "kind", "enum");
    row("declaration as text", decoderOf<ReauthenticationRequest>(),
        edit(json::toJson(ReauthenticationRequest{}), u"declaration", QStringLiteral("yes")),
        "declaration", "type");
    row("arrears as a fraction", decoderOf<AccountConditions>(),
        edit(json::toJson(AccountConditions{}), u"arrears", 12.5), "arrears", "type");
    row("conditions missing a flag", decoderOf<AccountConditions>(),
        edit(json::toJson(AccountConditions{}), u"hcpnPartner", Remove), "hcpnPartner", "missing");
    row("conditions without ctsEnabled", decoderOf<AccountConditions>(),
        edit(json::toJson(AccountConditions{}), u"ctsEnabled", Remove), "ctsEnabled", "missing");
    // My Account, part 2
    row("service contact unknown", decoderOf<ServiceContactChangeRequest>(),
        edit(json::toJson(ServiceContactChangeRequest{}), u"contact", QStringLiteral("fax")),
        "contact", "enum");
    row("identity channel as number", decoderOf<ServiceContactChangeRequest>(),
        edit(json::toJson(ServiceContactChangeRequest{}), u"identityChannel", 1), "identityChannel",
        "type");
    row("edit without its address", decoderOf<EditInformationRequest>(),
        edit(json::toJson(EditInformationRequest{}), u"contactAddress", Remove), "contactAddress",
        "missing");
    row("address as text", decoderOf<EditInformationRequest>(),
        edit(json::toJson(EditInformationRequest{}), u"contactAddress",
             QStringLiteral("No. 588 Wensan Road")),
        "contactAddress", "type");
    row("address part as number", decoderOf<EditInformationRequest>(),
        edit(json::toJson(EditInformationRequest{}), u"contactAddress.city", 310012),
        "contactAddress.city", "type");
    EditInformationRequest withProof;
    withProof.qualificationProof = MaterialUpload{};
    row("proof without its hash", decoderOf<EditInformationRequest>(),
        edit(json::toJson(withProof), u"qualificationProof.sha256", Remove),
        "qualificationProof.sha256", "missing");
    row("recipient id as text", decoderOf<RecipientInput>(),
        edit(json::toJson(RecipientInput{}), u"recipientId", QStringLiteral("seven")),
        "recipientId", "format");
    row("certificate type unknown", decoderOf<AuthenticationRequest>(),
        edit(aSubmission, u"certificateType", QStringLiteral("library_card")), "certificateType",
        "enum");
    row("material size as text", decoderOf<AuthenticationRequest>(),
        edit(aSubmission, u"materials[0].size", QStringLiteral("big")), "materials[0].size",
        "format");
    row("material missing sha256", decoderOf<AuthenticationRequest>(),
        edit(aSubmission, u"materials[0].sha256", Remove), "materials[0].sha256", "missing");

    // Nested.
    const QJsonValue aPurchase = json::toJson(PurchaseResult{order(), instance()});
    row("nested missing", decoderOf<PurchaseResult>(), edit(aPurchase, u"order.amount", Remove),
        "order.amount", "missing");
    row("nested optional enum", decoderOf<PurchaseResult>(),
        edit(aPurchase, u"instance.status", QStringLiteral("gone")), "instance.status", "enum");
    row("nested optional wrong type", decoderOf<PurchaseResult>(),
        edit(aPurchase, u"instance", QStringLiteral("ins-1")), "instance", "type");
    row("base path", decoderOf<Order>(QStringLiteral("order")), orderWith("amount", Remove),
        "order.amount", "missing");

    const QJsonValue anAuthorization = json::toJson(AuthorizationRequest{9, {1, 2, 3, 4, 5}, true});
    row("list element format", decoderOf<AuthorizationRequest>(),
        edit(anAuthorization, u"memberIds[3]", QStringLiteral("x")), "memberIds[3]", "format");
    row("list element type", decoderOf<AuthorizationRequest>(),
        edit(anAuthorization, u"memberIds[1]", true), "memberIds[1]", "type");
    row("list element range", decoderOf<AuthorizationRequest>(),
        edit(anAuthorization, u"memberIds[0]", -1e300), "memberIds[0]", "range");
    row("list not an array", decoderOf<AuthorizationRequest>(),
        edit(anAuthorization, u"memberIds", 1), "memberIds", "type");
    row("list too long", decoderOf<AuthorizationRequest>(),
        edit(anAuthorization, u"memberIds", numbers(json::MaxListLength + 1)), "memberIds",
        "tooMany", maxList);
    row("top-level list too long", decoderOf<QList<qint64>>(), numbers(json::MaxListLength + 1), "",
        "tooMany", maxList);

    const QJsonValue anOrganization = json::toJson(organizationDetail());
    row("hash key not an id", decoderOf<OrganizationDetail>(),
        edit(anOrganization, u"authorizedMembers.abc", QJsonArray{}), "authorizedMembers.abc",
        "format");
    row("hash key beyond qint64", decoderOf<OrganizationDetail>(),
        edit(anOrganization, u"authorizedMembers.99999999999999999999", QJsonArray{}),
        "authorizedMembers.99999999999999999999", "range");
    row("hash value element", decoderOf<OrganizationDetail>(),
        edit(anOrganization, u"authorizedMembers.9[0]", 1.5), "authorizedMembers.9[0]", "type");
    row("hash not an object", decoderOf<OrganizationDetail>(),
        edit(anOrganization, u"authorizedMembers", QJsonArray{}), "authorizedMembers", "type");
    row("list of structs", decoderOf<OrganizationDetail>(),
        edit(anOrganization, u"members[1].account", QString(json::MaxShortLength + 1, u'a')),
        "members[1].account", "tooLong", maxShort);
    row("list of structs missing", decoderOf<OrganizationDetail>(),
        edit(anOrganization, u"departments[1].parentId", Remove), "departments[1].parentId",
        "missing");

    const QJsonValue aDetail = json::toJson(huaweiAccountDetail());
    row("deep time", decoderOf<HuaweiAccountDetail>(),
        edit(aDetail, u"traces[1].at", QStringLiteral("yesterday")), "traces[1].at", "format");
    row("optional struct member", decoderOf<HuaweiAccountDetail>(),
        edit(aDetail, u"partner.model", QStringLiteral("agent")), "partner.model", "enum");

    const QJsonValue aPage = json::toJson(listPage());
    // An array is a cell only when it lists strings (Json.h).
    row("cell array", decoderOf<ListPage>(), edit(aPage, u"rows[1][2]", QJsonArray{1}),
        "rows[1][2][0]", "type");
    row("cell int64 not digits", decoderOf<ListPage>(),
        edit(aPage, u"rows[0][0]", QJsonObject{{QStringLiteral("int64"), QStringLiteral("1e3")}}),
        "rows[0][0]", "format");
    row("cell int64 number", decoderOf<ListPage>(),
        edit(aPage, u"rows[0][0]", QJsonObject{{QStringLiteral("int64"), 5}}), "rows[0][0]",
        "type");
    row("cell unknown tag", decoderOf<ListPage>(),
        edit(aPage, u"rows[0][1]", QJsonObject{{QStringLiteral("mystery"), 1}}), "rows[0][1]",
        "type");
    row("cell unsupported", decoderOf<ListPage>(),
        edit(aPage, u"rows[0][1]",
             QJsonObject{{QStringLiteral("unsupported"), QStringLiteral("QByteArray")}}),
        "rows[0][1]", "type");
    row("cell two tags", decoderOf<ListPage>(),
        edit(aPage, u"rows[0][1]",
             QJsonObject{{QStringLiteral("int64"), QStringLiteral("1")},
                         {QStringLiteral("time"), QJsonValue()}}),
        "rows[0][1]", "type");
    row("cell bad time", decoderOf<ListPage>(),
        edit(aPage, u"rows[2][0]", QJsonObject{{QStringLiteral("time"), QStringLiteral("now")}}),
        "rows[2][0]", "format");
    row("cell text too long", decoderOf<ListPage>(),
        edit(aPage, u"rows[2][0]", QString(json::MaxTextLength + 1, u'x')), "rows[2][0]", "tooLong",
        maxText);
    row("too many rows", decoderOf<ListPage>(),
        edit(aPage, u"rows", QJsonArray(numbers(json::MaxListLength + 1))), "rows", "tooMany",
        maxList);
    row("column kind", decoderOf<ListPage>(),
        edit(aPage, u"columns[0].kind", QStringLiteral("float")), "columns[0].kind", "enum");
    row("total as fraction", decoderOf<ListPage>(), edit(aPage, u"total", 0.5), "total", "type");

    const QString longKey(json::MaxShortLength + 1, u'k');
    row("filter key too long", decoderOf<ListQuery>(),
        edit(json::toJson(listQuery()), QStringLiteral("filters.") + longKey, 1),
        qPrintable(QStringLiteral("filters.") + longKey), "tooLong", maxShort);
    row("filters not an object", decoderOf<ListQuery>(),
        edit(json::toJson(listQuery()), u"filters", QJsonArray{}), "filters", "type");
    const QJsonValue aFailure = json::toJson(Status(error()));
    row("error args", decoderOf<Status>(), edit(aFailure, u"error.args.max", QJsonArray{true}),
        "error.args.max[0]", "type");
    row("error code", decoderOf<Status>(), edit(aFailure, u"error.code", 409), "error.code",
        "type");
    row("outbox params", decoderOf<OutboxMessage>(),
        edit(json::toJson(outboxMessage()), u"params", QStringLiteral("x")), "params", "type");
    row("draft state", decoderOf<WizardDraft>(),
        edit(json::toJson(wizardDraft()), u"state", QJsonArray{}), "state", "type");

    // Envelopes.
    const QJsonValue anError = json::toJson(error());
    row("result empty", decoderOf<Result<Order>>(), QJsonObject{}, "value", "missing");
    row("result both", decoderOf<Result<Order>>(),
        QJsonObject{{QStringLiteral("value"), anOrder}, {QStringLiteral("error"), anError}}, "",
        "format");
    row("result value member", decoderOf<Result<Order>>(),
        QJsonObject{{QStringLiteral("value"), orderWith("amount", Remove)}}, "value.amount",
        "missing");
    row("result error member", decoderOf<Result<Order>>(),
        QJsonObject{{QStringLiteral("error"), edit(anError, u"reason", Remove)}}, "error.reason",
        "missing");
    row("status value", decoderOf<Status>(), QJsonObject{{QStringLiteral("value"), QJsonArray{}}},
        "value", "type");
    row("result list element", decoderOf<Result<QList<Workspace>>>(),
        QJsonObject{
            {QStringLiteral("value"),
             QJsonArray{json::toJson(workspace()),
                        edit(json::toJson(workspace()), u"settlement", QStringLiteral("paypal"))}}},
        "value[1].settlement", "enum");
}

void TestJson::refused()
{
    QFETCH(Decode, decode);
    QFETCH(QJsonValue, input);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    QFETCH(QVariantMap, args);

    // Through bytes, as it comes from the network (scalars inside [ ]).
    const QJsonValue received = json::parse(bytesOf(input))->toArray().at(0);
    const Error actual = decode(received);
    const Error expected =
        makeError(QString::fromLatin1(SystemError::Invalid), field, reason, args);
    QVERIFY2(
        actual == expected,
        qPrintable(QStringLiteral("%1, expected %2").arg(actual.toString(), expected.toString())));
}

// Forward compatibility: a newer peer may add members.
void TestJson::unknownMembersIgnored()
{
    QJsonObject input = json::toJson(order()).toObject();
    input.insert(QStringLiteral("refundedAt"), QStringLiteral("whatever"));
    input.insert(QStringLiteral("nested"), QJsonObject{{QStringLiteral("x"), QJsonArray{}}});
    const Result<Order> decoded = json::fromJson<Order>(input);
    QVERIFY(decoded.ok());
    QVERIFY(*decoded == order());

    QJsonObject envelope{{QStringLiteral("value"), QJsonObject{}},
                         {QStringLiteral("requestId"), 7}};
    QVERIFY(json::fromJson<Status>(envelope).ok());
}

void TestJson::optionalMayBeAbsent()
{
    QJsonObject input = json::toJson(PurchaseResult{order(), instance()}).toObject();
    input.remove(QStringLiteral("instance"));
    const Result<PurchaseResult> decoded = json::fromJson<PurchaseResult>(input);
    QVERIFY(decoded.ok());
    QVERIFY(!decoded->instance.has_value());
    QVERIFY(decoded->order == order());
}

void TestJson::malformedDocument()
{
    const Result<QJsonValue> parsed = json::parse(QByteArrayLiteral(R"({"a": 1,})"));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().rule, QString::fromLatin1(SystemError::Invalid));
    QCOMPARE(parsed.error().field, QString());
    QCOMPARE(parsed.error().reason, QStringLiteral("format"));
    QVERIFY(parsed.error().args.contains(QStringLiteral("offset")));

    QVERIFY(!json::parse(QByteArrayLiteral("5")).ok()); // not a document for Qt 6.4
    QVERIFY(!json::parse(QByteArray()).ok());
    QVERIFY(json::parse(QByteArrayLiteral("[]")).ok());
}

// The headers that declare the contract's types, read as text.
QString contractHeaders()
{
    const QString root = QString::fromUtf8(OC_SOURCE_DIR);
    QString text;
    for (const char *header : {"src/contract/BackendTypes.h", "src/core/Domain.h",
                               "src/core/Listing.h", "src/core/Error.h", "src/core/Money.h"}) {
        QFile file(root + QLatin1Char('/') + QLatin1StringView(header));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        text += QString::fromUtf8(file.readAll());
    }
    return text;
}

// A struct or enum added to a contract header without a codec fails here, by name.
void TestJson::everyContractTypeHasCodec()
{
    static const QRegularExpression declaration(
        QStringLiteral(R"(^\s*(?:struct|enum\s+class)\s+([A-Za-z_]\w*))"),
        QRegularExpression::MultilineOption);
    QSet<QString> declared;
    for (const auto &match : declaration.globalMatch(contractHeaders()))
        declared.insert(match.captured(1));
    QVERIFY(declared.size() > 60); // the expression still finds the declarations

    const QStringList codecs = json::codecTypeNames();
    QSet<QString> known(codecs.cbegin(), codecs.cend());
    QCOMPARE(known.size(), codecs.size()); // no name twice
    for (const auto &[name, reason] : json::codecExclusions()) {
        QVERIFY2(!reason.isEmpty(), qPrintable(name));
        known.insert(name);
    }

    QStringList missing;
    for (const QString &name : declared)
        if (!known.contains(name))
            missing << name;
    missing.sort();
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("contract types without a JSON codec (add them to "
                                       "contract/Json.h's lists, or to codecExclusions() "
                                       "with the reason): ") +
                        missing.join(QStringLiteral(", "))));

    QStringList stale;
    for (const QString &name : std::as_const(known))
        if (!declared.contains(name))
            stale << name;
    stale.sort();
    QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("codecs of types no contract header "
                                                        "declares: ") +
                                         stale.join(QStringLiteral(", "))));
}

// A member added to a struct without a line in its fields() fails here: the struct's data
// members, counted in its header, each have a key in its encoding.
void TestJson::everyMemberHasKey()
{
    QHash<QString, qsizetype> keys; // of objects' encodings
#define OC_KEYS(T)                                                                                 \
    if (const QJsonValue json = json::toJson(T{}); json.isObject())                                \
        keys.insert(QStringLiteral(#T), json.toObject().size());
    OC_JSON_CORE_TYPES(OC_KEYS)
    OC_JSON_DOMAIN_TYPES(OC_KEYS)
    OC_JSON_BACKEND_TYPES(OC_KEYS)
#undef OC_KEYS

    // "struct X\n{ ... \n};" at the start of a line; a data member is a line indented by
    // four spaces that is not static, not a function and ends its declaration with ';'.
    static const QRegularExpression structure(QStringLiteral(R"(^struct (\w+)\n\{\n(.*?)^\};)"),
                                              QRegularExpression::MultilineOption |
                                                  QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression member(
        QStringLiteral(R"(^    (?!static\b|constexpr\b|return\b|bool operator)[A-Za-z][^(/;]*;)"),
        QRegularExpression::MultilineOption);
    int checked = 0;
    for (const auto &match : structure.globalMatch(contractHeaders())) {
        const QString name = match.captured(1);
        if (!keys.contains(name))
            continue;
        qsizetype members = 0;
        for (auto it = member.globalMatch(match.captured(2)); it.hasNext(); it.next())
            ++members;
        QVERIFY2(members == keys.value(name),
                 qPrintable(QStringLiteral("%1: %2 data members, %3 keys")
                                .arg(name)
                                .arg(members)
                                .arg(keys.value(name))));
        ++checked;
    }
    QCOMPARE(checked, keys.size());
}

// The billing API writes list pages straight as text: the same document, byte for byte, as
// the codec's tree written by QJsonDocument, for every kind of cell.
void TestJson::listPageAnswerText_data()
{
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    QTest::addColumn<ListPage>("page");
    QTest::addColumn<bool>("readable"); // false: holds a value no codec reads back
    const QList<ColumnInfo> columns{{s("orderId"), ColumnKind::Id, {}},
                                    {s("status"), ColumnKind::Enum, s("orderStatus")},
                                    {s("amount"), ColumnKind::Money, {}}};
    ListPage empty;
    empty.columns = columns;
    empty.total = 0;
    QTest::newRow("no rows") << empty << true;
    ListPage noTotal = empty;
    noTotal.total = -1;
    noTotal.offset = 150;
    QTest::newRow("no total, deep offset") << noTotal << true;

    ListPage cells;
    cells.columns = columns;
    cells.total = 3;
    const QDateTime when(QDate(2026, 3, 2), QTime(9, 30, 0, 250), QTimeZone::utc());
    cells.rows = {
        {s("CS2602271000QY0PL"), s("paid"), qint64(19900)},
        {s("quote \" backslash \\ slash / tab \t newline \n cr \r bell \a nul ") + QChar(0) +
             s(" del \x7f"),
         s("中文 观测云 emoji 😀"), QVariant()},
        {true, false, QVariant(QMetaType::fromType<QString>())},
        {int(-42), qint64(json::MaxSafeInteger), qint64(json::MaxSafeInteger) + 1},
        {std::numeric_limits<qint64>::min(), 2.5, 1e-7},
        {when, QDateTime(), QVariant(QSize(1, 2))},
        {quint64(7), uint(8), QString()},
    };
    QTest::newRow("every kind of cell") << cells << false;
    ListPage huge = empty;
    huge.total = std::numeric_limits<qint64>::max();
    QTest::newRow("total beyond 2^53") << huge << true;
}

void TestJson::listPageAnswerText()
{
    QFETCH(ListPage, page);
    QFETCH(bool, readable);
    const QByteArray expected = QJsonDocument(json::toJson(Result<ListPage>(page)).toObject())
                                    .toJson(QJsonDocument::Compact);
    const QByteArray written = json::listPageAnswerText(page);
    QCOMPARE(written, expected);
    // And it reads back.
    const auto parsed = json::parse(written);
    QVERIFY(parsed.ok());
    if (readable)
        QVERIFY(json::fromJson<Result<ListPage>>(parsed.value()).ok());
}

QTEST_GUILESS_MAIN(TestJson)
#include "test_json.moc"
