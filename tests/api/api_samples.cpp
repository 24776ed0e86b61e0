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

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// ---- fully populated values --------------------------------------------------------------

HuaweiAccount huaweiAccount()
{
    HuaweiAccount a;
    a.accountId = s("0a1b2c3d4e5f60718293a4b5c6d7e8f9");
    a.loginId = s("lanhai_ops");
    a.tenantName = Chinese;
    a.email = s("ops@lanhai.com");
    a.mobile = s("+86-13800000000");
    a.countryRegion = s("CN");
    a.accountType = AccountType::Enterprise;
    a.fullName = s("张三");
    a.enterpriseName = Chinese;
    a.authStatus = AuthStatus::Authenticated;
    a.servicesStatus = ServicesStatus::Closed;
    a.retentionUntil = T2;
    a.messageLanguage = s("zh-cn");
    a.timeZone = s("Asia/Shanghai");
    a.currency = s("CNY");
    a.contactAddress = s("上海市浦东新区\n第二行");
    a.industry = s("互联网");
    a.createdAt = T1;
    return a;
}

Product product()
{
    return Product{QString::fromLatin1(Catalogue::StoredValueCardProductId),
                   ProductKind::StoredValueCard, s("储值卡"),
                   Fen(Catalogue::StoredValueCardUnitFen)};
}

Order order()
{
    return Order{s("CS2603020130AB12"),
                 s("0a1b2c3d4e5f60718293a4b5c6d7e8f9"),
                 QString::fromLatin1(Catalogue::SaasProductId),
                 3,
                 Fen(-150),
                 OrderStatus::Paid,
                 T1};
}

Instance instance()
{
    return Instance{s("ins-1"), s("CS2603020130AB12"),  s("acc"),
                    s("prod"),  InstanceStatus::Frozen, T1,
                    T2,         utc(2026, 12, 31, 16)};
}

Organization organization()
{
    return Organization{s("org-1"), s("acc"), Chinese, s("lanhai"), OrganizationStatus::Ready,
                        T1,         T2};
}

Department department()
{
    return Department{MaxId, s("org-1"), 7, s("研发部")};
}

Member member()
{
    return Member{
        42,    s("org-1"), s("zhang.san"), s("张三"), 7, s("13800000000"), s("z@lanhai.com"), false,
        false, T1};
}

AppBinding appBinding()
{
    return AppBinding{9, s("o"), s("i"), s("p"), s("org-1"), T2};
}

GuanceAccount guanceAccount()
{
    return GuanceAccount{MaxId, s("lanhai"), s("a@b.c"), s("1"), s("cn1"), T1};
}

FeeCenterAccount feeCenterAccount()
{
    return FeeCenterAccount{5,           s("lanhai"),           s("f@lanhai.com"), Chinese,
                            s("制造业"), s("李四 13900000000"), Fen(MinId),        T1};
}

Workspace workspace()
{
    Workspace w;
    w.workspaceId = s("wksp_0123456789abcdef");
    w.name = s("生产环境");
    w.language = WorkspaceLanguage::English;
    w.site = s("cn4");
    w.ownerGuanceAccountId = MaxId;
    w.feeCenterAccountId = 5;
    w.settlement = SettlementMethod::HuaweiCloud;
    w.settlementAccountId = s("acc");
    w.settlementInstanceId = s("ins-1");
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
    return StoredValueCard{s("SVC0001"),         5,  Fen(10000), Fen(2500), CardStatus::Expired,
                           PurchaseType::Direct, T1, T2,         s("CS1")};
}

OutboxMessage outboxMessage()
{
    return OutboxMessage{MaxId,
                         T1,
                         Channel::Sms,
                         s("13800000000"),
                         s("memberLogin"),
                         {{s("loginName"), s("zhang.san@lanhai")},
                          {s("cards"), 3},
                          {s("big"), MaxId},
                          {s("held"), true},
                          {s("ratio"), 0.25},
                          {s("at"), T2},
                          {s("none"), QVariant()}}};
}

JournalEntry journalEntry()
{
    return JournalEntry{1,
                        T1,
                        s("operator"),
                        s("createOrganization"),
                        s("organization"),
                        s("lanhai"),
                        s("R-ORG-2"),
                        s("细节 \"quoted\" \\ back")};
}

ColumnInfo columnInfo()
{
    return ColumnInfo{s("status"), ColumnKind::Enum, s("authStatus")};
}

ListQuery listQuery()
{
    ListQuery q;
    q.view = s("workspaces");
    q.search = Chinese;
    q.filters = {{s("status"), s("locked")},
                 {s("feeCenterAccountId"), qint64(5)},
                 {s("demo"), false},
                 {s("big"), MinId},
                 {s("none"), QVariant()}};
    q.sortColumn = s("createdAt");
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
    page.columns = {columnInfo(), ColumnInfo{s("amount"), ColumnKind::Money, {}},
                    ColumnInfo{s("at"), ColumnKind::Time, {}}};
    page.rows = {{s("locked"), qint64(-150), qint64(1772415000123)},
                 {QVariant(), MaxId, MinId},
                 {Chinese, qint64(0), true},
                 {1.5, T1, QVariant(QDateTime())}};
    page.total = MaxId;
    page.offset = 200;
    return page;
}

Error ruleError()
{
    return makeError(s("R-BND-2"), s("organization"), s("taken"),
                     {{s("organization"), s("lanhai")}, {s("max"), 64}, {s("big"), MinId}});
}

PartnerInfo partnerInfo()
{
    return PartnerInfo{Chinese, PartnerModel::Reseller, s("active"), T1};
}

HuaweiAccountDetail huaweiAccountDetail()
{
    return HuaweiAccountDetail{
        huaweiAccount(), partnerInfo(), 2, s("lanhai"), {journalEntry(), journalEntry()}};
}

RegistrationRequest registrationRequest()
{
    RegistrationRequest r;
    r.site = s("cn1");
    r.username = s("lanhai");
    r.password = s("Passw0rd!密码");
    r.email = s("a@lanhai.com");
    r.code = s("123456");
    r.mobile = s("13800000000");
    r.enterpriseName = Chinese;
    r.industry = s("制造业");
    r.contact = s("李四");
    r.agreementAccepted = true;
    r.workspaceName = s("生产");
    r.language = WorkspaceLanguage::English;
    r.method = SettlementMethod::Aws;
    r.huaweiAccountId = s("h");
    r.alibabaAccountId = s("a");
    r.alibabaInstanceId = s("ai");
    r.awsSubscriptionConfirmed = true;
    r.createFeeCenterAccount = false;
    r.termsAccepted = true;
    return r;
}

OrganizationDetail organizationDetail()
{
    OrganizationDetail d;
    d.organization = organization();
    d.departments = {department(), Department{1, s("org-1"), 0, Chinese}};
    d.members = {member(), member()};
    d.bindings = {appBinding()};
    d.authorizedMembers = {{9, {42, MaxId}}, {MaxId, {}}, {-3, {MinId}}};
    return d;
}

MemberInput memberInput()
{
    return MemberInput{42,    s("org-1"), s("zhang.san"), s("张三"),
                       MaxId, s("138"),   s("z@x.cn"),    s("secret")};
}

LoginSession loginSession()
{
    return LoginSession{42,          s("zhang.san@lanhai"),
                        s("张三"),   s("org-1"),
                        s("lanhai"), s("acc"),
                        true,        MaxId,
                        s("lanhai")};
}

CreateWorkspaceRequest createWorkspaceRequest()
{
    CreateWorkspaceRequest r;
    r.memberId = 42;
    r.feeCenterAccountId = MaxId;
    r.site = s("cn4");
    r.workspaceName = s("生产");
    r.language = WorkspaceLanguage::English;
    r.haveGuanceAccount = false;
    r.email = s("new@lanhai.com");
    r.code = s("654321");
    r.username = s("lanhai2");
    r.password = s("Passw0rd!");
    r.mobile = s("139");
    r.termsAccepted = true;
    return r;
}

WizardDraft wizardDraft()
{
    return WizardDraft{s("registration"), s("acc"), s("company"),
                       QJsonObject{{s("enterpriseName"), Chinese},
                                   {s("nested"), QJsonObject{{s("n"), 1.5}}},
                                   {s("list"), QJsonArray{1, s("two"), QJsonValue()}}},
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
OC_FULL(HuaweiAccount, huaweiAccount())
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
OC_FULL(BackendInfo, BackendInfo{s("remote"), s("https://billing.example/"), true, 12, s("alice")})
OC_FULL(ClockState, ClockState{T1, true, false})
OC_FULL(PartnerInfo, partnerInfo())
OC_FULL(HuaweiAccountDetail, huaweiAccountDetail())
OC_FULL(OnboardingProgress,
        OnboardingProgress{s("acc"), true, true, true, true, true, true, true, true})
OC_FULL(CodeSent, CodeSent{s("a@lanhai.com"), T1, T2})
OC_FULL(PurchaseRequest, PurchaseRequest{s("acc"), ProductKind::StoredValueCard,
                                         PurchaseRequest::MaxCardQuantity, true})
OC_FULL(PurchaseResult, PurchaseResult{order(), instance()})
OC_FULL(RegistrationRequest, registrationRequest())
OC_FULL(RegistrationResult, RegistrationResult{guanceAccount(), feeCenterAccount(), workspace()})
OC_FULL(HuaweiActivationCheck, HuaweiActivationCheck{s("acc"), Chinese, s("ins-1")})
OC_FULL(OrganizationRequest, OrganizationRequest{s("acc"), Chinese, s("lanhai")})
OC_FULL(OwnerPrefill, OwnerPrefill{s("张三"), s("zhang.san"), s("138"), s("z@x.cn")})
OC_FULL(MemberInput, memberInput())
OC_FULL(OrganizationDetail, organizationDetail())
OC_FULL(BindableOrder, BindableOrder{order(), instance(), s("org-1"), s("lanhai")})
OC_FULL(AuthorizationRequest, AuthorizationRequest{9, {1, MaxId, MinId, 0}, true})
OC_FULL(MemberLogin, MemberLogin{42, s("张三"), s("zhang.san@lanhai"), s("138****0000")})
OC_FULL(AuthorizationResult,
        AuthorizationResult{QString::fromLatin1(Catalogue::UnifiedLoginAddress),
                            {MemberLogin{MaxId, Chinese, s("a@b"), {}}}})
OC_FULL(LoginRequest, LoginRequest{s("zhang.san@lanhai"), s("密码 with space")})
OC_FULL(LoginSession, loginSession())
OC_FULL(FeeCenterCodeSent, FeeCenterCodeSent{s("f***@lanhai.com"), T1, T2})
OC_FULL(FeeCenterVerification, FeeCenterVerification{42, s("cn1"), s("lanhai"), s("123456")})
OC_FULL(FeeCenterBinding, FeeCenterBinding{feeCenterAccount(), {workspace()}})
OC_FULL(EnterpriseConfirmation, EnterpriseConfirmation{5, Chinese, s("制造业"), s("李四")})
OC_FULL(BindWorkspaceRequest, BindWorkspaceRequest{42, MaxId, s("wksp_0123456789abcdef")})
OC_FULL(CreateWorkspaceRequest, createWorkspaceRequest())
OC_FULL(ActivationSummary, ActivationSummary{feeCenterAccount(), {workspace(), workspace()}})
OC_FULL(SettlementChangeRequest,
        SettlementChangeRequest{s("wksp"), SettlementMethod::AlibabaCloud, s("ali"), s("ali-ins")})
OC_FULL(RechargeRequest, RechargeRequest{5, s("acc"), s("CS1")})
OC_FULL(FeeCenterOverview, FeeCenterOverview{feeCenterAccount(), Fen(123456), 3, 1, 2, Fen(-1)})
OC_FULL(CloseResourceResult, CloseResourceResult{instance(), {workspace()}})
OC_FULL(WizardDraft, wizardDraft())
OC_FULL(SendCodeRequest,
        SendCodeRequest{Channel::Sms, s("+86 138 0013 8000"), s("bind-fee-center")})
OC_FULL(CheckCodeRequest, CheckCodeRequest{s("a@b.cn"), s("register"), s("123456")})
OC_FULL(DepartmentRequest, DepartmentRequest{MaxId, Chinese})
OC_FULL(BindOrderRequest, BindOrderRequest{s("CS2603020930AB12C"), s("org_1")})
OC_FULL(PasswordChange, PasswordChange{s("Old#2026pw"), s("新 pass#1")})
OC_FULL(FeeCenterCodeRequest, FeeCenterCodeRequest{s("lanhai")})
OC_FULL(ActivationRequest, ActivationRequest{42, MaxId})
OC_FULL(ClockAdvance, ClockAdvance{ClockStep::NinetyDays})
OC_FULL(ExportRequest, ExportRequest{listQuery(), {Chinese, s("ID")}})
OC_FULL(ChangeBatch, ChangeBatch{MaxId, {s("orders"), s("journal")}, true})
OC_FULL(ServerVersion, ServerVersion{s("0.1.0"), 7, true, s("postgres"), s("alice")})

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
    QJsonObject entry{{s("full"), encoded}};
    if (!encoded.isObject())
        return entry; // Fen: a scalar
    const QJsonObject object = encoded.toObject();
    entry.insert(s("keys"), keysOf(object));
    QJsonArray probes;
    for (const QString &key : object.keys()) {
        for (const Mutation &m : mutations()) {
            QJsonObject mutated = object;
            if (m.value)
                mutated.insert(key, m.value());
            else
                mutated.remove(key);
            probes.append(QJsonObject{{s("key"), key},
                                      {s("mutation"), QString::fromLatin1(m.name)},
                                      {s("accepted"), accepts<T>(mutated)}});
        }
    }
    entry.insert(s("probes"), probes);
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
        add(s("Fen"), json::toJson(Fen(fen)));
    add(s("Error"), json::toJson(makeError(QString::fromLatin1(SystemError::Store))));
    {
        Order o = order();
        o.orderId = QString(json::MaxShortLength, QChar(u'长'));
        o.createdAt = utc(9999, 12, 31, 23, 59, 59, 999);
        add(s("Order"), json::toJson(o));
    }
    {
        Workspace w = workspace();
        w.name = QString(json::MaxTextLength, QChar(u'x'));
        w.createdAt = utc(1970, 1, 1);
        w.lockedAt = QDateTime();
        w.settlementChangedAt = QDateTime();
        w.status = WorkspaceStatus::Active;
        add(s("Workspace"), json::toJson(w));
    }
    {
        Instance i = instance();
        i.closedAt = QDateTime(); // not closed yet
        i.status = InstanceStatus::Active;
        add(s("Instance"), json::toJson(i));
    }
    {
        HuaweiAccount a = huaweiAccount();
        a.retentionUntil = QDateTime();
        a.createdAt = QDateTime(QDate(2026, 3, 2), QTime(9, 30),
                                QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
        add(s("HuaweiAccount"), json::toJson(a));
    }
    add(s("HuaweiAccountDetail"),
        json::toJson(HuaweiAccountDetail{huaweiAccount(), std::nullopt, 0, {}, {}}));
    add(s("PurchaseResult"), json::toJson(PurchaseResult{order(), std::nullopt}));
    add(s("RegistrationResult"),
        json::toJson(RegistrationResult{guanceAccount(), std::nullopt, workspace()}));
    add(s("WizardDraft"), json::toJson(WizardDraft{})); // loadDraft: no draft
    add(s("ListPage"), json::toJson(ListPage{}));
    add(s("ListQuery"), json::toJson(ListQuery{}));
    add(s("OrganizationDetail"), json::toJson(OrganizationDetail{organization(), {}, {}, {}, {}}));
    add(s("ChangeBatch"), json::toJson(ChangeBatch{0, {}, false}));
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
        list.append(QJsonObject{{s("json"), value}, {s("accepted"), accepts<T>(value)}});
    return list;
}

QJsonObject values()
{
    const QJsonValue null(QJsonValue::Null);
    const QJsonArray timestamps = {
        s("2026-03-02T01:30:00.123Z"), s("2024-02-29T00:00:00.000Z"), s("9999-12-31T23:59:59.999Z"),
        s("0001-01-01T00:00:00.000Z"), null,
        // refused
        s("2026-02-29T00:00:00.000Z"), s("2026-04-31T00:00:00.000Z"), s("2026-13-01T00:00:00.000Z"),
        s("2026-00-10T00:00:00.000Z"), s("2026-03-00T00:00:00.000Z"), s("2026-03-02T24:00:00.000Z"),
        s("2026-03-02T23:60:00.000Z"), s("2026-03-02T23:59:60.000Z"), s("0000-01-01T00:00:00.000Z"),
        s("2026-03-02T01:30:00Z"), s("2026-03-02T01:30:00.1234Z"),
        s("2026-03-02T01:30:00.000+08:00"), s("2026-03-02T01:30:00.000z"),
        s("2026-03-02 01:30:00.000Z"), s("2026-03-02T01:30:00.000"), s(" 2026-03-02T01:30:00.000Z"),
        s("+2026-03-02T01:30:00.000Z"), s(""), 1772415000123.0, true, QJsonObject{}};
    const QJsonArray int64s = {
        0, -1, 42, double(json::MaxSafeInteger), double(-json::MaxSafeInteger), s("0"), s("-0"),
        s("007"), s("9007199254740992"), s("9223372036854775807"), s("-9223372036854775808"),
        // refused
        s(""), s("-"), s("+1"), s(" 1"), s("1 "), s("1e3"), s("0x10"), s("1.0"), s("١٢"), 1.5, true,
        null, QJsonArray{}, QJsonObject{},
        // beyond what the schema expresses: both accepted or refused by the decoder, see
        // check-samples.mjs
        s("9223372036854775808"), s("-9223372036854775809"), 9007199254740992.0, 1e18};
    const QJsonArray int32s = {
        0, -1, 2147483647.0, -2147483648.0, 2147483648.0, -2147483649.0, 1.5, s("1"), true, null};
    const QJsonArray variants = {
        null, true, false, 0, -5, 1.5, 1e300, s(""), s("5"), Chinese,
        QJsonObject{{s("int64"), s("9223372036854775807")}},
        QJsonObject{{s("int64"), s("-9007199254740992")}},
        QJsonObject{{s("time"), s("2026-03-02T01:30:00.123Z")}}, QJsonObject{{s("time"), null}},
        QString(json::MaxTextLength, u'x'),
        // refused
        QString(json::MaxTextLength + 1, u'x'), QJsonArray{}, QJsonArray{1}, QJsonObject{},
        QJsonObject{{s("int64"), 5}}, QJsonObject{{s("int64"), s("12a")}},
        QJsonObject{{s("int64"), s("1")}, {s("time"), null}},
        QJsonObject{{s("time"), s("2026-03-02T01:30:00Z")}}, QJsonObject{{s("time"), 5}},
        QJsonObject{{s("unsupported"), s("QByteArray")}}, QJsonObject{{s("other"), 1}}};
    return {{s("timestamp"), probe<QDateTime>(timestamps)},
            {s("int64"), probe<qint64>(int64s)},
            {s("int32"), probe<int>(int32s)},
            {s("variant"), probe<QVariant>(variants)}};
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
        {op::Changes, {{s("since")}, none, answer(full<ChangeBatch>())}},
        {op::List, {{}, json::toJson(listQuery()), answer(listPage())}},
        {op::ExportCsv, {{}, json::toJson(full<ExportRequest>()), s("text/csv")}},
        {op::HuaweiAccount, {{}, none, answer(huaweiAccountDetail())}},
        {op::OnboardingProgress, {{}, none, answer(full<OnboardingProgress>())}},
        {op::Clock, {{}, none, answer(full<ClockState>())}},
        {op::AdvanceClock, {{}, json::toJson(full<ClockAdvance>()), answer(full<ClockState>())}},
        {op::ResetDemo, {{}, none, status}},
        {op::SendCode, {{}, json::toJson(full<SendCodeRequest>()), answer(full<CodeSent>())}},
        {op::CheckCode, {{}, json::toJson(full<CheckCodeRequest>()), status}},
        {op::Purchase, {{}, json::toJson(full<PurchaseRequest>()), answer(full<PurchaseResult>())}},
        {op::CheckUsername, {{s("username")}, none, status}},
        {op::CheckGuanceEmail, {{s("email"), s("site")}, none, status}},
        {op::CheckHuaweiActivation, {{}, none, answer(full<HuaweiActivationCheck>())}},
        {op::RegisterCommercialPlan,
         {{}, json::toJson(registrationRequest()), answer(full<RegistrationResult>())}},
        {op::CheckAbbreviation, {{s("abbreviation")}, none, status}},
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
        QJsonObject entry{{s("operation"), QString::fromLatin1(route.operation)},
                          {s("method"), QString::fromLatin1(api::methodName(route.method))},
                          {s("path"), QString::fromLatin1(route.path)},
                          {s("changes"), route.changes},
                          {s("query"), QJsonArray::fromStringList(it->query)},
                          {s("response"), it->response}};
        if (!it->request.isUndefined())
            entry.insert(s("request"), it->request);
        out.append(entry);
    }
    return complete;
}

// ---- errors ------------------------------------------------------------------------------

QJsonObject errorBody(const Error &error)
{
    QJsonObject body = json::toJson(Status(error)).toObject();
    QJsonObject inner = body.value(s("error")).toObject();
    inner.insert(s("message"), api::fallbackMessage(error));
    body.insert(s("error"), inner);
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
        e(se::Invalid, "", json::Reason::Format, {{s("offset"), 17}}),
        e(se::Invalid, "name", json::Reason::TooLong, {{s("max"), json::MaxTextLength}}),
        e(se::Invalid, "idempotencyKey", "reused"),
        e(se::Invalid, "body", "tooLarge", {{s("max"), api::MaxBodyBytes}}),
        e(se::Invalid, "body", "contentType"),
        e(se::Auth, "authorization", "missing"),
        e(se::Auth, "authorization", "invalid"),
        e(se::Auth, "authorization", "revoked"),
        e(se::Auth, "idempotencyKey", "keyOfAnotherOperator"),
        e(se::NotFound, "organizationId"),
        e(se::NotFound, "path", "route"),
        e(se::Required, "name", "required"),
        e(se::TooLong, "name", "tooLong", {{s("max"), 64}}),
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
        e("R-ORG-2", "abbreviation", "format", {{s("min"), 2}, {s("big"), MinId}}),
        e("R-ORG-2", "abbreviation", "taken", {{s("at"), T1}, {s("none"), QVariant()}}),
        e("R-MKT-3", "quantity", "range", {{s("max"), 999}, {s("ratio"), 0.5}}),
        e("R-MKT-2", "marketplace", "instancePending", {{s("orderId"), s("CS2603020930ABCDE")}}),
        e("R-BND-2", "organization", "taken", {{s("organization"), Chinese}}),
        e("R-ORG-6", "loginName", "throttled", {{s("until"), T2}, {s("locked"), true}}),
    };
    QJsonArray out;
    for (const Error &error : list)
        out.append(
            QJsonObject{{s("status"), api::httpStatusOf(error)}, {s("body"), errorBody(error)}});
    // Answered by the server's routing, not by a call: a known path with another method.
    out.append(QJsonObject{{s("status"), 405},
                           {s("body"), errorBody(e(se::Invalid, "method", "method"))}});
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QJsonArray routeList;
    const bool complete = routes(routeList);
    const QJsonObject document{
        {s("limits"), QJsonObject{{s("short"), json::MaxShortLength},
                                  {s("text"), json::MaxTextLength},
                                  {s("list"), json::MaxListLength},
                                  {s("maxSafeInteger"), double(json::MaxSafeInteger)},
                                  {s("maxBodyBytes"), double(api::MaxBodyBytes)},
                                  {s("maxIdempotencyKeyLength"), api::MaxIdempotencyKeyLength}}},
        {s("types"), types()},
        {s("samples"), samples()},
        {s("enums"), enums()},
        {s("values"), values()},
        {s("routes"), routeList},
        {s("errors"), errors()},
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
