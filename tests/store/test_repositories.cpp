// Repositories and list views over a fresh database of the suite's store: round trips with
// realistic values (times as UTC milliseconds, money as fen, enums by their spelling), the unique
// keys that implement rules, due transitions, the Outbox, drafts and paged lists.

#include "DomainPrinting.h"
#include "TestSupport.h"
#include "contract/MaterialSlots.h"
#include "core/IdGenerator.h"
#include "core/ListNames.h"
#include "services/ServiceHost.h"
#include "store/AccountConditionsRepository.h"
#include "store/AuthenticationRepository.h"
#include "store/BindingRepository.h"
#include "store/CatalogueRepository.h"
#include "store/Constraints.h"
#include "store/CtsTraceRepository.h"
#include "store/Database.h"
#include "store/DraftRepository.h"
#include "store/DueTransitions.h"
#include "store/FeeCenterRepository.h"
#include "store/GuanceAccountRepository.h"
#include "store/HuaweiAccountRepository.h"
#include "store/InstanceRepository.h"
#include "store/JournalRepository.h"
#include "store/ListViews.h"
#include "store/LoginFailureRepository.h"
#include "store/MasterAssociationRepository.h"
#include "store/MemberRepository.h"
#include "store/MessageRecipientRepository.h"
#include "store/MetaRepository.h"
#include "store/NonceRepository.h"
#include "store/OrderRepository.h"
#include "store/OrganizationRepository.h"
#include "store/OutboxRepository.h"
#include "store/StoredValueCardRepository.h"
#include "store/TrustedDeviceRepository.h"
#include "store/VerificationCodeRepository.h"
#include "store/WebsiteAccountRepository.h"
#include "store/WorkspaceRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>

#include <functional>
#include <optional>
#include <span>

using namespace oc;
using namespace oc::store;
using namespace Qt::StringLiterals;

namespace oc::store {
char *toString(const std::optional<StoreError::Kind> &kind)
{
    static const char *names[] = {"Unique",  "ForeignKey", "Busy", "Conflict",
                                  "Corrupt", "ReadOnly",   "Other"};
    return qstrdup(kind ? names[int(*kind)] : "nothing thrown");
}
} // namespace oc::store

namespace {

using Thrown = std::optional<StoreError::Kind>;

Thrown thrown(const std::function<void()> &body)
{
    try {
        body();
    } catch (const StoreError &e) {
        return e.kind();
    }
    return std::nullopt;
}

const Thrown Unique = StoreError::Kind::Unique;
const Thrown ForeignKey = StoreError::Kind::ForeignKey;

// 2026-03-02 09:30:00.123 in UTC+8, with milliseconds to prove they survive.
const QDateTime T0(QDate(2026, 3, 2), QTime(1, 30, 0, 123), QTimeZone::utc());

const QString AccountA = QStringLiteral("f000ee4d7327428da2f53a081e7109bd");
const QString AccountB = QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9");
const QString SaaS = QString::fromLatin1(Catalogue::SaasProductId);
const QString Cards = QString::fromLatin1(Catalogue::StoredValueCardProductId);

QStringList toStrings(std::span<const QLatin1StringView> list)
{
    return QStringList(list.begin(), list.end());
}

QStringList keysOf(const QList<ColumnInfo> &columns)
{
    QStringList keys;
    for (const ColumnInfo &column : columns)
        keys << column.key;
    return keys;
}

HuaweiAccount makeAccount(const QString &id, const QString &login)
{
    HuaweiAccount a;
    a.accountId = id;
    a.loginId = login;
    a.tenantName = login + u"_tenant"_s;
    a.email = login + u"@example.com"_s;
    a.serviceMobile = u"+8613800138000"_s;
    a.countryRegion = u"CN"_s;
    a.accountType = AccountType::Enterprise;
    a.fullName = u"李雷"_s;
    a.enterpriseName = u"杭州观测云科技有限公司"_s;
    a.authStatus = AuthStatus::Authenticated;
    a.servicesStatus = ServicesStatus::Enabled;
    a.messageLanguage = u"en_US"_s;
    a.timeZone = u"Asia/Shanghai"_s;
    a.currency = u"CNY"_s;
    a.contactAddress = {u"No. 1 West Lake Road"_s,
                        u"Building 2"_s,
                        u"Hangzhou"_s,
                        u"Zhejiang"_s,
                        u"Xihu"_s,
                        u"310012"_s};
    a.industry = u"it_internet"_s;
    a.secondaryIndustry = u"software"_s;
    a.serviceEmail = login + u"-notices@example.com"_s;
    a.qualificationName = u"business_license"_s;
    a.taxId = u"91330106MA2H3K7X5B"_s;
    a.designation = u"CTO"_s;
    a.paymentCurrency = u"USD"_s;
    a.createdAt = T0;
    return a;
}

Order makeOrder(const QString &orderId, const QString &account, const QString &product,
                int quantity, qint64 fen, OrderStatus status = OrderStatus::Paid)
{
    Order o;
    o.orderId = orderId;
    o.accountId = account;
    o.productId = product;
    o.quantity = quantity;
    o.amount = Fen(fen);
    o.status = status;
    o.createdAt = T0.addSecs(60);
    return o;
}

Instance makeInstance(const QString &instanceId, const QString &orderId, const QString &account,
                      InstanceStatus status, const QDateTime &activeAt)
{
    Instance i;
    i.instanceId = instanceId;
    i.orderId = orderId;
    i.accountId = account;
    i.productId = SaaS;
    i.status = status;
    i.openedAt = T0.addSecs(61);
    i.activeAt = activeAt;
    return i;
}

Organization makeOrganization(const QString &id, const QString &owner, const QString &abbreviation,
                              OrganizationStatus status = OrganizationStatus::Ready)
{
    Organization o;
    o.organizationId = id;
    o.ownerAccountId = owner;
    o.enterpriseName = u"杭州观测云科技有限公司"_s;
    o.abbreviation = abbreviation;
    o.status = status;
    o.createdAt = T0.addSecs(300);
    o.readyAt = o.createdAt.addSecs(120);
    return o;
}

Member makeMember(const QString &organizationId, const QString &account)
{
    Member m;
    m.organizationId = organizationId;
    m.account = account;
    m.displayName = u"张三"_s;
    m.mobile = u"+8613900139000"_s;
    m.email = account + u"@acme.example.com"_s;
    m.mustChangePassword = true;
    m.enabled = true;
    m.createdAt = T0.addSecs(600);
    return m;
}

FeeCenterAccount makeFeeCenter(const QString &username)
{
    FeeCenterAccount f;
    f.username = username;
    f.email = username + u"@example.com"_s;
    f.enterpriseName = u"Acme Ltd"_s;
    f.industry = u"Retail"_s;
    f.contact = u"Li Lei"_s;
    f.cashBalance = Fen(12345);
    f.createdAt = T0.addDays(1);
    return f;
}

Workspace makeWorkspace(const QString &id, const QString &name, qint64 feeCenter, qint64 owner)
{
    Workspace w;
    w.workspaceId = id;
    w.name = name;
    w.language = WorkspaceLanguage::English;
    w.site = u"cn4"_s;
    w.ownerGuanceAccountId = owner;
    w.feeCenterAccountId = feeCenter;
    w.settlement = SettlementMethod::FeeCenter;
    w.status = WorkspaceStatus::Active;
    w.createdAt = T0.addDays(1).addSecs(30);
    return w;
}

StoredValueCard makeCard(const QString &number, qint64 feeCenter, const QString &orderId,
                         const QDateTime &purchased)
{
    StoredValueCard c;
    c.cardNumber = number;
    c.feeCenterAccountId = feeCenter;
    c.faceValue = Fen(Catalogue::StoredValueCardUnitFen);
    c.balance = Fen(Catalogue::StoredValueCardUnitFen - 2550);
    c.status = CardStatus::Available;
    c.purchaseType = PurchaseType::HuaweiMarketplace;
    c.purchasedAt = purchased;
    c.expiresAt = purchased.addDays(Catalogue::CardValidityDays);
    c.sourceOrderId = orderId;
    return c;
}

JournalEntry entry(const QDateTime &at, const QString &operation, const QString &target,
                   const QString &outcome = u"success"_s)
{
    return JournalEntry{0, at, u"operator"_s, operation, u"test"_s, target, outcome, {}};
}

} // namespace

class TestRepositories : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { OC_REQUIRE_STORE(); }
    void init();
    void cleanup();

    void meta();
    void koogalleryNonces();
    void huaweiAccountRoundTrip();
    void huaweiAccountUpdates();
    void R_AUTH_10_reauthenticationRecords();
    void accountConditions();
    void myAccountInformation();
    void R_AUD_2_ctsTraces();
    void R_AUTH_5_masterAssociations();
    void R_ACC_3_tenantNameChanges();
    void R_ACC_19_identifiersOfAHuaweiId();
    void R_ACC_19_loginFailuresCountedAndLocked();
    void R_ACC_19_websiteAccountsAndTrustedDevices();
    void R_CLS_2_disabledAt();
    void catalogue();
    void orderRoundTrip();
    void instanceRoundTrip();
    void R_MKT_2_activateDue();
    void organizationRoundTrip();
    void R_ORG_2_abbreviationUnique();
    void R_ORG_3_readyDue();
    void R_ORG_5_membersUniqueInOrganization();
    void memberPasswordsAndLogins();
    void R_BND_1_orderBoundOnce();
    void R_BND_2_oneOrderPerProductPerOrganization();
    void R_BND_4_authorizations();
    void guanceAccounts();
    void R_FC_1_feeCenterUsernameUnique();
    void R_FC_2_huaweiAccountLinkedOnce();
    void R_WS_1_workspaceNameUniquePerFeeCenter();
    void R_SET_workspaceSettlementLockUnlock();
    void R_SVC_cardsAndRedemption();
    void R_VC_1_verificationCodes();
    void outboxHeldReleaseRedact();
    void journal();
    void drafts();

    void listViewsColumnsOnEmptyDatabase();
    void listViewsRowsMatchColumns();
    void listPaging_data();
    void listPaging();
    void listSortTieBreaker();
    void listSearchEscapesWildcards_data();
    void listSearchEscapesWildcards();
    void listFilters();
    void listUnknownNames_data();
    void listUnknownNames();
    void forEachRow();
    void forEachRawRowHoldsForEachRowsValues();

private:
    void populateEverything();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    DatabaseConfig m_config;
    int m_counter = 0;
};

void TestRepositories::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_config = oc::test::freshDatabase(*m_dir, QStringLiteral("repositories.sqlite"));
    auto opened = Database::open(m_config, QStringLiteral("repositories-%1").arg(++m_counter));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
    m_db = std::move(opened).value();
}

void TestRepositories::cleanup()
{
    m_db.reset();
    oc::test::dropDatabase(m_config);
    m_dir.reset();
}

// ---- meta and Huawei accounts ------------------------------------------------------------

void TestRepositories::meta()
{
    MetaRepository meta(*m_db);
    QCOMPARE(meta.get(u"demo.story"_s), std::nullopt);
    meta.set(u"demo.story"_s, u"1"_s);
    QCOMPARE(meta.get(u"demo.story"_s), u"1"_s);
    meta.set(u"demo.story"_s, u"2"_s);
    QCOMPARE(meta.get(u"demo.story"_s), u"2"_s);
    meta.set(u"empty"_s, QString());
    QCOMPARE(meta.get(u"empty"_s), QStringLiteral(""));

    // setIfChanged: inserts a missing key, writes a different value, leaves an equal one
    // alone (no row written: nothing for a concurrent transaction to conflict with).
    meta.setIfChanged(u"demo.clock"_s, u"100"_s);
    QCOMPARE(meta.get(u"demo.clock"_s), u"100"_s);
    meta.setIfChanged(u"demo.clock"_s, u"200"_s);
    QCOMPARE(meta.get(u"demo.clock"_s), u"200"_s);
    const auto rowVersion = [&] {
        // SQLite: the row is rewritten only by a write; PostgreSQL: its xmin moves.
        SqlQuery q(*m_db, m_db->dialect().kind() == SqlDialect::Kind::Postgres
                              ? u"SELECT xmin::text FROM meta WHERE key = 'demo.clock'"_s
                              : u"SELECT total_changes()"_s);
        q.exec();
        return q.next() ? q.text(0) : QString();
    };
    const QString before = rowVersion();
    meta.setIfChanged(u"demo.clock"_s, u"200"_s);
    QCOMPARE(rowVersion(), before);
    QCOMPARE(meta.get(u"demo.clock"_s), u"200"_s);
    {
        Transaction tx(*m_db);
        meta.lockAgainstWriters(); // first in its transaction; nothing else waits here
        meta.setIfChanged(u"demo.clock"_s, u"300"_s);
        tx.commit();
    }
    QCOMPARE(meta.get(u"demo.clock"_s), u"300"_s);
}

// A KooGallery nonce is kept once: seen again (also by another connection, as another server
// process would) it is a replay; pruned, it is forgotten.
void TestRepositories::koogalleryNonces()
{
    const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1772415000000, QTimeZone::utc());
    NonceRepository nonces(*m_db);
    QVERIFY(nonces.remember(u"3c9a1f0e7b2d4a6c"_s, t0));
    QVERIFY(!nonces.remember(u"3c9a1f0e7b2d4a6c"_s, t0.addSecs(5)));
    QVERIFY(nonces.remember(u"3C9A1F0E7B2D4A6C"_s, t0.addSecs(5))); // case matters
    auto other = Database::open(m_config, u"nonces-b"_s);
    QVERIFY2(other.ok(), qPrintable(other.ok() ? QString() : other.error().toString()));
    QVERIFY(!NonceRepository(*other.value()).remember(u"3c9a1f0e7b2d4a6c"_s, t0.addSecs(9)));
    QCOMPARE(nonces.prune(t0.addSecs(1)), 1); // the first one only
    QVERIFY(nonces.remember(u"3c9a1f0e7b2d4a6c"_s, t0.addSecs(130)));
    QVERIFY(!nonces.remember(u"3C9A1F0E7B2D4A6C"_s, t0.addSecs(130)));
}

void TestRepositories::huaweiAccountRoundTrip()
{
    HuaweiAccountRepository accounts(*m_db);
    HuaweiAccount a = makeAccount(AccountA, u"lilei"_s);
    a.retentionUntil = T0.addDays(90);
    accounts.insert(a, u"$argon2id$v=19$m=8,t=1,p=1$salt$hash"_s);
    QVERIFY(accounts.exists(AccountA));
    QVERIFY(!accounts.exists(AccountB));
    QCOMPARE(accounts.find(AccountB).has_value(), false);

    const auto found = accounts.find(AccountA);
    QVERIFY(found.has_value());
    QCOMPARE(found->accountId, a.accountId);
    QCOMPARE(found->loginId, a.loginId);
    QCOMPARE(found->tenantName, a.tenantName);
    QCOMPARE(found->email, a.email);
    QCOMPARE(found->serviceMobile, a.serviceMobile);
    QCOMPARE(found->serviceEmail, a.serviceEmail);
    QVERIFY(!found->loginIdChanged());
    QCOMPARE(found->countryRegion, a.countryRegion);
    QCOMPARE(found->accountType, AccountType::Enterprise);
    QCOMPARE(found->fullName, a.fullName);
    QCOMPARE(found->enterpriseName, a.enterpriseName);
    QCOMPARE(found->authStatus, AuthStatus::Authenticated);
    QCOMPARE(found->servicesStatus, ServicesStatus::Enabled);
    QCOMPARE(found->retentionUntil, a.retentionUntil);
    QCOMPARE(found->messageLanguage, u"en_US"_s);
    QCOMPARE(found->timeZone, a.timeZone);
    QCOMPARE(found->currency, a.currency);
    QCOMPARE(found->contactAddress, a.contactAddress);
    QCOMPARE(found->industry, a.industry);
    QCOMPARE(found->secondaryIndustry, a.secondaryIndustry);
    QCOMPARE(found->qualificationName, a.qualificationName);
    QCOMPARE(found->taxId, a.taxId);
    QCOMPARE(found->designation, a.designation);
    QCOMPARE(found->paymentCurrency, a.paymentCurrency);
    QCOMPARE(found->createdAt, T0);
    QCOMPARE(found->createdAt.toMSecsSinceEpoch() % 1000, 123);
    QCOMPARE(found->displayName(), a.enterpriseName);

    // Unset optional fields: empty text, schema defaults, NULL times.
    HuaweiAccount minimal;
    minimal.accountId = AccountB;
    minimal.loginId = u"hanmeimei"_s;
    minimal.tenantName = u"hanmeimei_t"_s;
    minimal.email = u"hanmeimei@example.com"_s;
    minimal.countryRegion = u"HK"_s;
    minimal.createdAt = T0;
    accounts.insert(minimal, u"hash"_s);
    const auto back = accounts.find(AccountB);
    QVERIFY(back.has_value());
    QCOMPARE(back->serviceMobile, QStringLiteral(""));
    QCOMPARE(back->serviceEmail, QStringLiteral(""));
    QVERIFY(back->contactAddress.isEmpty());
    QCOMPARE(back->paymentCurrency, QStringLiteral(""));
    QCOMPARE(back->accountType, AccountType::Unset);
    QCOMPARE(back->authStatus, AuthStatus::Unauthenticated);
    QCOMPARE(back->messageLanguage, u"zh_CN"_s);
    QCOMPARE(back->timeZone, u"Asia/Shanghai"_s);
    QCOMPARE(back->currency, u"CNY"_s);
    QVERIFY(!back->retentionUntil.isValid());
    QCOMPARE(back->displayName(), u"hanmeimei"_s);

    // The id is the primary key; login id and tenant name are unique.
    QCOMPARE(thrown([&] { accounts.insert(makeAccount(AccountA, u"other"_s), u"h"_s); }), Unique);
    HuaweiAccount sameLogin = makeAccount(u"11111111111111111111111111111111"_s, u"lilei"_s);
    sameLogin.tenantName = u"different_tenant"_s;
    QCOMPARE(thrown([&] { accounts.insert(sameLogin, u"h"_s); }), Unique);
}

void TestRepositories::huaweiAccountUpdates()
{
    HuaweiAccountRepository accounts(*m_db);
    HuaweiAccount a = makeAccount(AccountA, u"lilei"_s);
    a.accountType = AccountType::Individual;
    a.authStatus = AuthStatus::Unauthenticated;
    accounts.insert(a, u"h"_s);

    accounts.setAuthStatus(AccountA, AuthStatus::Pending);
    QCOMPARE(accounts.find(AccountA)->authStatus, AuthStatus::Pending);
    accounts.setAccountType(AccountA, AccountType::Enterprise, QString(), u"Acme Ltd"_s);
    QCOMPARE(accounts.find(AccountA)->accountType, AccountType::Enterprise);
    QCOMPARE(accounts.find(AccountA)->fullName, QStringLiteral(""));
    QCOMPARE(accounts.find(AccountA)->enterpriseName, u"Acme Ltd"_s);
    accounts.setServices(AccountA, ServicesStatus::Closed, T0.addDays(2), T0.addDays(92));
    QCOMPARE(accounts.find(AccountA)->servicesStatus, ServicesStatus::Closed);
    QCOMPARE(accounts.find(AccountA)->retentionUntil, T0.addDays(92));

    // Real-name authentication requests (AuthenticationRepository, migration 12).
    AuthenticationRepository authentications(*m_db);
    AuthenticationRow request;
    request.accountId = AccountA;
    request.type = AccountType::Enterprise;
    request.certificateNumber = u"91330100MA27XXXX1A"_s;
    request.subjectName = u"Acme Ltd"_s;
    request.countryRegion = u"CN"_s;
    request.address = u"1 Road"_s;
    request.submittedAt = T0.addSecs(10);
    request.dueBy = T0.addDays(3);
    request.materials = {MaterialRow{u"certificateFront"_s, u"front.png"_s, 2048, u"iVBORw0KGgo="_s,
                                     QString(64, u'a'), QString()}};
    const qint64 pending = authentications.insert(request);
    auto stored = authentications.find(pending);
    QVERIFY(stored);
    QCOMPARE(stored->accountName, u"Acme Ltd"_s);
    QCOMPARE(stored->status, ReviewStatus::Pending);
    QVERIFY(!stored->certificateType);
    QCOMPARE(stored->dueBy, T0.addDays(3));
    QVERIFY(!stored->reviewedAt.isValid());
    QVERIFY(!stored->rejectReason);
    QCOMPARE(stored->materials.size(), 1);
    QCOMPARE(stored->materials.first().fileName, u"front.png"_s);
    QCOMPARE(stored->materials.first().size, 2048);
    // R-AUTH-4: one pending request per account.
    QCOMPARE(thrown([&] { authentications.insert(request); }), Unique);
    QCOMPARE(authentications.accountsUsingNumber(AccountType::Enterprise, request.certificateNumber,
                                                 AccountB, true),
             1);
    QCOMPARE(authentications.accountsUsingNumber(AccountType::Enterprise, request.certificateNumber,
                                                 AccountB, false),
             0);
    authentications.review(pending, ReviewStatus::Rejected, T0.addDays(1), RejectReason::Illegible,
                           u"blurred"_s);
    stored = authentications.find(pending);
    QCOMPARE(stored->status, ReviewStatus::Rejected);
    QCOMPARE(stored->reviewedAt, T0.addDays(1));
    QVERIFY(stored->rejectReason == RejectReason::Illegible);
    QCOMPARE(stored->reviewerNote, u"blurred"_s);
    QVERIFY(!authentications.find(pending + 1000));
    // A status outside the schema's list is refused.
    QVERIFY(thrown([&] {
                SqlQuery(*m_db, u"INSERT INTO authentications (account_id, auth_type, "
                                "subject_name, status, submitted_at) VALUES (:id, 'enterprise', "
                                "'x', 'maybe', 0)"_s)
                    .bind(u":id"_s, AccountA)
                    .exec();
            }).has_value());

    QVERIFY(!accounts.partner(AccountA));
    accounts.insertPartner(AccountA, u"Partner Co"_s, PartnerModel::Reseller, T0, u"frozen"_s);
    accounts.setPartnerBudget(AccountA, Fen(500000), u"associated"_s);
    const auto association = accounts.partner(AccountA);
    QVERIFY(association);
    QCOMPARE(association->partnerName, u"Partner Co"_s);
    QCOMPARE(association->model, PartnerModel::Reseller);
    QCOMPARE(association->status, u"associated"_s);
    QCOMPARE(association->since, T0);
    SqlQuery partner(*m_db,
                     QString::fromUtf8("SELECT partner_name, model, status, budget_fen, since "
                                       "FROM partner_associations WHERE account_id = :id"));
    partner.bind(u":id"_s, AccountA).exec();
    QVERIFY(partner.next());
    QCOMPARE(partner.text(0), u"Partner Co"_s);
    QCOMPARE(partner.text(1), u"reseller"_s);
    QCOMPARE(partner.text(2), u"associated"_s);
    QCOMPARE(partner.integer(3), 500000);
    QCOMPARE(timeFromDb(partner.value(4)), T0);
    // One partner association per account.
    QCOMPARE(thrown([&] {
                 accounts.insertPartner(AccountA, u"Other"_s, PartnerModel::Referral, T0,
                                        u"associated"_s);
             }),
             Unique);
}

// W-REAUTH (migration 0014_reauthentication): a request's kind, the current record (the
// latest approved one) and R-AUTH-3's count over current records only.
void TestRepositories::R_AUTH_10_reauthenticationRecords()
{
    HuaweiAccountRepository(*m_db).insert(makeAccount(AccountA, u"lilei"_s), u"h"_s);
    AuthenticationRepository authentications(*m_db);
    QVERIFY(!authentications.current(AccountA));
    QVERIFY(!authentications.pendingOf(AccountA));
    AuthenticationRow first;
    first.accountId = AccountA;
    first.type = AccountType::Enterprise;
    first.certificateNumber = u"REG-OLD-0001"_s;
    first.subjectName = u"Old Co."_s;
    first.address = u"1 Road"_s;
    first.status = ReviewStatus::Approved;
    first.submittedAt = T0;
    first.reviewedAt = T0.addDays(1);
    const qint64 firstId = authentications.insert(first);
    QCOMPARE(authentications.find(firstId)->kind, ReviewKind::Authentication);
    QCOMPARE(authentications.current(AccountA)->authenticationId, firstId);

    AuthenticationRow change = first;
    change.kind = ReviewKind::EnterpriseEntity;
    change.certificateNumber = u"REG-NEW-0001"_s;
    change.subjectName = u"New Co."_s;
    change.status = ReviewStatus::Pending;
    change.submittedAt = T0.addDays(2);
    change.reviewedAt = QDateTime();
    change.materials = {MaterialRow{u"applicationForm"_s, u"form.pdf"_s, 4096, u"JVBERi0="_s,
                                    QString(64, u'b'), QString()},
                        MaterialRow{u"certificateFront"_s, u"front.png"_s, 2048, u"iVBORw0KGgo="_s,
                                    QString(64, u'c'), QString()}};
    const qint64 changeId = authentications.insert(change);
    const auto stored = authentications.find(changeId);
    QCOMPARE(stored->kind, ReviewKind::EnterpriseEntity);
    QCOMPARE(stored->materials.size(), 2);
    QCOMPARE(stored->materials.first().slot, u"applicationForm"_s);
    QCOMPARE(*authentications.pendingOf(AccountA), changeId);
    // Pending, the old record is current (R-AUTH-10); both numbers count for others.
    QCOMPARE(authentications.current(AccountA)->authenticationId, firstId);
    QCOMPARE(authentications.accountsUsingNumber(AccountType::Enterprise, u"REG-OLD-0001"_s,
                                                 AccountB, false),
             1);
    QCOMPARE(authentications.accountsUsingNumber(AccountType::Enterprise, u"REG-NEW-0001"_s,
                                                 AccountB, true),
             1);
    authentications.review(changeId, ReviewStatus::Approved, T0.addDays(3), std::nullopt, {});
    QVERIFY(!authentications.pendingOf(AccountA));
    const auto current = authentications.current(AccountA);
    QCOMPARE(current->authenticationId, changeId);
    QCOMPARE(current->kind, ReviewKind::EnterpriseEntity);
    QCOMPARE(current->subjectName, u"New Co."_s);
    // The superseded record no longer authenticates the account (R-AUTH-3).
    QCOMPARE(authentications.accountsUsingNumber(AccountType::Enterprise, u"REG-OLD-0001"_s,
                                                 AccountB, true),
             0);
    QCOMPARE(authentications.accountsUsingNumber(AccountType::Enterprise, u"REG-NEW-0001"_s,
                                                 AccountB, false),
             1);
    // Every slot a request of any kind takes is one the schema takes.
    AuthenticationRow everySlot = first;
    everySlot.status = ReviewStatus::Rejected;
    QSet<QString> slotNames;
    for (const ReviewKind kind : {ReviewKind::Authentication, ReviewKind::IndividualOwner,
                                  ReviewKind::IndividualToEnterprise, ReviewKind::EnterpriseEntity,
                                  ReviewKind::EnterpriseName})
        for (const AccountType type : {AccountType::Individual, AccountType::Enterprise})
            for (const MaterialSlotRule &rule : materialSlotRules(kind, type))
                slotNames.insert(QString::fromLatin1(rule.slot));
    QCOMPARE(slotNames.size(), 11);
    for (const QString &slot : std::as_const(slotNames))
        everySlot.materials.append(
            MaterialRow{slot, u"f.pdf"_s, 1, u"JVBERi0="_s, QString(64, u'd'), QString()});
    QCOMPARE(authentications.find(authentications.insert(everySlot))->materials.size(), 11);
    // The kinds and slots outside the schema's lists are refused.
    QVERIFY(thrown([&] {
                SqlQuery(*m_db, u"UPDATE authentications SET kind = 'owner' WHERE "
                                "authentication_id = :id"_s)
                    .bind(u":id"_s, firstId)
                    .exec();
            }).has_value());
    QVERIFY(thrown([&] {
                SqlQuery(*m_db, u"INSERT INTO authentication_materials (authentication_id, "
                                "slot, file_name, size, header, sha256) VALUES (:id, 'selfie', "
                                "'a.png', 1, 'x', :sha)"_s)
                    .bind(u":id"_s, firstId)
                    .bind(u":sha"_s, QString(64, u'a'))
                    .exec();
            }).has_value());
}

// D-CONDITIONS: none stored until set; set again, every member replaced; money never
// negative in the schema either.
void TestRepositories::accountConditions()
{
    HuaweiAccountRepository(*m_db).insert(makeAccount(AccountA, u"lilei"_s), u"h"_s);
    AccountConditionsRepository conditions(*m_db);
    QVERIFY(!conditions.find(AccountA));
    ConditionsRow row;
    row.accountId = AccountA;
    row.arrears = Fen(128050);
    row.balance = Fen(1);
    row.overIssuedInvoices = row.pendingPayments = row.unpaidTaxes = row.reservedInstances = true;
    row.pendingContracts = row.complaints = row.koogallerySeller = row.hcpnPartner = true;
    row.specialContract = row.cashSpending = row.ctsEnabled = true;
    row.updatedAt = T0;
    conditions.save(row);
    QVERIFY(conditions.ctsEnabled(AccountA));
    QVERIFY(!conditions.ctsEnabled(AccountB));
    auto back = conditions.find(AccountA);
    QVERIFY(back);
    QCOMPARE(back->arrears, Fen(128050));
    QCOMPARE(back->balance, Fen(1));
    QVERIFY(back->overIssuedInvoices && back->pendingPayments && back->unpaidTaxes &&
            back->reservedInstances && back->pendingContracts && back->complaints &&
            back->koogallerySeller && back->hcpnPartner && back->specialContract &&
            back->cashSpending && back->ctsEnabled);
    QCOMPARE(back->updatedAt, T0);
    ConditionsRow cleared;
    cleared.accountId = AccountA;
    cleared.hcpnPartner = true;
    cleared.updatedAt = T0.addDays(1);
    conditions.save(cleared);
    back = conditions.find(AccountA);
    QCOMPARE(back->arrears, Fen());
    QVERIFY(back->hcpnPartner && !back->koogallerySeller && !back->cashSpending);
    QVERIFY(!back->ctsEnabled && !conditions.ctsEnabled(AccountA));
    QCOMPARE(back->updatedAt, T0.addDays(1));
    SqlQuery rows(*m_db, u"SELECT count(*) FROM account_conditions"_s);
    rows.exec();
    QVERIFY(rows.next());
    QCOMPARE(rows.integer(0), 1);
    ConditionsRow negative = cleared;
    negative.arrears = Fen(-1);
    QVERIFY(thrown([&] { conditions.save(negative); }).has_value());
    ConditionsRow nobody = cleared;
    nobody.accountId = AccountB; // no such account
    QCOMPARE(thrown([&] { conditions.save(nobody); }), ForeignKey);
}

// My Account, part 2 (schema 15): the login ID changed once, the password, the service
// contacts, Edit Information, Preferences and the currency selections, the qualification
// proof, the message recipients.
void TestRepositories::myAccountInformation()
{
    HuaweiAccountRepository accounts(*m_db);
    accounts.insert(makeAccount(AccountA, u"lilei"_s), u"h"_s);
    accounts.insert(makeAccount(AccountB, u"hanmeimei"_s), u"h"_s);

    // R-ACC-8, R-ACC-19: a name any account uses, whatever its case, but the asking one's.
    QVERIFY(accounts.nameTakenByOther(u"HANMEIMEI"_s, AccountA));
    QVERIFY(accounts.nameTakenByOther(u"hanmeimei_TENANT"_s, AccountA));
    QVERIFY(!accounts.nameTakenByOther(u"LiLei_tenant"_s, AccountA));
    QVERIFY(!accounts.nameTakenByOther(u"nobody1"_s, AccountA));
    accounts.setLoginId(AccountA, u"LiLei-2026"_s, T0.addDays(1));
    auto a = accounts.find(AccountA);
    QCOMPARE(a->loginId, u"LiLei-2026"_s);
    QCOMPARE(a->loginIdChangedAt, T0.addDays(1));
    QVERIFY(a->loginIdChanged());
    // The login ID stays unique (case-sensitively, as since version 1).
    QCOMPARE(thrown([&] { accounts.setLoginId(AccountB, u"LiLei-2026"_s, T0); }), Unique);

    accounts.setPasswordHash(AccountA, u"new-hash"_s);
    QCOMPARE(accounts.passwordHash(AccountA), u"new-hash"_s);
    accounts.setServiceMobile(AccountA, u"+8613900000001"_s);
    accounts.setServiceEmail(AccountA, u"ops@lilei.cn"_s);
    a = accounts.find(AccountA);
    QCOMPARE(a->serviceMobile, u"+8613900000001"_s);
    QCOMPARE(a->serviceEmail, u"ops@lilei.cn"_s);

    AccountInformation info;
    info.qualificationName = u"other"_s;
    info.taxId = u"DE123456789"_s;
    info.designation = QStringLiteral("");
    info.contactAddress = {u"1 Main St"_s, QStringLiteral(""), u"Berlin"_s,
                           u"Berlin"_s,    QStringLiteral(""), u"10115"_s};
    info.paymentCurrency = u"EUR"_s;
    info.industry = u"education"_s;
    info.secondaryIndustry = QStringLiteral("");
    accounts.setInformation(AccountA, info);
    a = accounts.find(AccountA);
    QCOMPARE(a->qualificationName, info.qualificationName);
    QCOMPARE(a->taxId, info.taxId);
    QCOMPARE(a->designation, QString());
    QCOMPARE(a->contactAddress, info.contactAddress);
    QCOMPARE(a->paymentCurrency, u"EUR"_s);
    QCOMPARE(a->industry, u"education"_s);
    QCOMPARE(a->secondaryIndustry, QString());

    // R-ACC-15
    accounts.setPreferences(AccountA, u"en"_s, u"Europe/Berlin"_s, u"EUR"_s);
    a = accounts.find(AccountA);
    QCOMPARE(a->messageLanguage, u"en"_s);
    QCOMPARE(a->timeZone, u"Europe/Berlin"_s);
    QCOMPARE(a->currency, u"EUR"_s);
    QVERIFY(accounts.currencySelections(AccountA).isEmpty());
    accounts.selectCurrency(AccountA, u"CNY"_s, T0);
    accounts.selectCurrency(AccountA, u"EUR"_s, T0.addDays(2));
    accounts.selectCurrency(AccountA, u"USD"_s, T0.addDays(2)); // the same time: the later
    const QList<CurrencySelection> selections = accounts.currencySelections(AccountA);
    QCOMPARE(selections.size(), 3);
    QCOMPARE(selections.first(), (CurrencySelection{u"USD"_s, T0.addDays(2)}));
    QCOMPARE(selections.last(), (CurrencySelection{u"CNY"_s, T0}));
    QVERIFY(accounts.currencySelections(AccountB).isEmpty());
    QVERIFY(thrown([&] { accounts.selectCurrency(AccountA, u"JPY"_s, T0); }).has_value());

    // R-ACC-11: one proof per account, replaced.
    QVERIFY(!accounts.qualificationProof(AccountA));
    accounts.setQualificationProof(AccountA,
                                   MaterialRow{u"qualificationProof"_s, u"vat.pdf"_s, 2048,
                                               u"JVBERi0x"_s, QString(64, u'a'), QString()},
                                   T0);
    accounts.setQualificationProof(AccountA,
                                   MaterialRow{u"qualificationProof"_s, u"vat.odt"_s, 4096,
                                               u"UEsDBA=="_s, QString(64, u'b'), QString()},
                                   T0.addDays(1));
    const auto proof = accounts.qualificationProof(AccountA);
    QVERIFY(proof);
    QCOMPARE(proof->fileName, u"vat.odt"_s);
    QCOMPARE(proof->size, 4096);
    QCOMPARE(proof->sha256, QString(64, u'b'));
    SqlQuery proofs(*m_db, u"SELECT count(*) FROM qualification_proofs"_s);
    proofs.exec();
    QVERIFY(proofs.next());
    QCOMPARE(proofs.integer(0), 1);

    // D-RECIPIENT
    MessageRecipientRepository recipients(*m_db);
    MessageRecipient xu{0, AccountA, u"Xu Jing"_s, u"+8613857160322"_s, QStringLiteral(""), T0};
    xu.recipientId = recipients.insert(xu);
    QVERIFY(xu.recipientId > 0);
    MessageRecipient wang{
        0, AccountA, u"Wang Lei"_s, QStringLiteral(""), u"wl@lilei.cn"_s, T0.addSecs(1)};
    wang.recipientId = recipients.insert(wang);
    QCOMPARE(recipients.ofAccount(AccountA), (QList<MessageRecipient>{xu, wang}));
    QVERIFY(recipients.ofAccount(AccountB).isEmpty());
    xu.email = u"xu@lilei.cn"_s;
    recipients.update(xu);
    QVERIFY(recipients.find(xu.recipientId).has_value());
    QCOMPARE(*recipients.find(xu.recipientId), xu);
    recipients.remove(wang.recipientId);
    QVERIFY(!recipients.find(wang.recipientId));
    // A recipient to nobody is refused by the schema as well.
    MessageRecipient nobody{0, AccountA, u"Nobody"_s, QStringLiteral(""), QStringLiteral(""), T0};
    QVERIFY(thrown([&] { recipients.insert(nobody); }).has_value());
}

// R-AUD-2: the CTS traces keep the nine names of my-account.md B only, listed per account and
// per trace name, newest first.
void TestRepositories::R_AUD_2_ctsTraces()
{
    HuaweiAccountRepository accounts(*m_db);
    accounts.insert(makeAccount(AccountA, u"lilei"_s), u"h"_s);
    accounts.insert(makeAccount(AccountB, u"hanmeimei"_s), u"h"_s);
    CtsTraceRepository traces(*m_db);
    QVERIFY(traces.insert({0, AccountA, T0, u"changePhone"_s, u"alice"_s, u"success"_s, u"x"_s}) >
            0);
    traces.insert({0, AccountA, T0.addSecs(60), u"addRecipient"_s, u"alice"_s, u"success"_s, {}});
    traces.insert({0, AccountB, T0.addSecs(120), u"changeEmail"_s, u"bob"_s, u"R-VC-1"_s,
                   u"newCode:wrong"_s});
    QVERIFY(
        thrown([&] {
            traces.insert({0, AccountA, T0, u"changeTenantName"_s, u"alice"_s, u"success"_s, {}});
        }).has_value());
    QCOMPARE(thrown([&] {
                 traces.insert({0, u"nobody"_s, T0, u"changePhone"_s, u"a"_s, u"success"_s, {}});
             }),
             ForeignKey);

    ListViews views(*m_db);
    ListQuery query;
    query.view = view::CtsTraces;
    query.filters = {{column::AccountId, AccountA}};
    ListPage page = views.page(query);
    QCOMPARE(page.total, 2);
    QCOMPARE(page.value(0, column::TraceName).toString(), u"addRecipient"_s); // newest first
    QCOMPARE(page.value(0, column::Operation).toString(), u"addRecipient"_s);
    QCOMPARE(page.value(0, column::ResourceType).toString(), u"accountCenter"_s);
    QCOMPARE(page.value(1, column::Actor).toString(), u"alice"_s);
    query.filters = {{column::TraceName, u"changeEmail"_s}};
    page = views.page(query);
    QCOMPARE(page.total, 1);
    QCOMPARE(page.value(0, column::AccountId).toString(), AccountB);
    QCOMPARE(page.value(0, column::Outcome).toString(), u"R-VC-1"_s);
    query.filters.clear();
    query.search = u"newCode"_s;
    QCOMPARE(views.page(query).total, 1);
}

// Masters and members (my-account.md §4.5.1, §7.1): one master per member; an invitation not
// accepted yet names both sides.
void TestRepositories::R_AUTH_5_masterAssociations()
{
    HuaweiAccountRepository accounts(*m_db);
    accounts.insert(makeAccount(AccountA, u"master"_s), u"h"_s);
    accounts.insert(makeAccount(AccountB, u"member"_s), u"h"_s);
    const QString third = u"11111111111111111111111111111111"_s;
    accounts.insert(makeAccount(third, u"third"_s), u"h"_s);
    MasterAssociationRepository associations(*m_db);
    QVERIFY(!associations.pendingInvitation(AccountA));
    associations.insert({AccountB, AccountA, u"invited"_s, T0});
    QCOMPARE(associations.pendingInvitation(AccountA)->memberAccountId, AccountB);
    QCOMPARE(associations.pendingInvitation(AccountB)->masterAccountId, AccountA);
    QCOMPARE(associations.ofMember(AccountB)->since, T0);
    QVERIFY(!associations.ofMember(AccountA));
    QVERIFY(associations.associatedMembers(AccountA).isEmpty());
    associations.insert({third, AccountA, u"associated"_s, T0});
    QCOMPARE(associations.associatedMembers(AccountA), QStringList{third});
    QVERIFY(!associations.pendingInvitation(third));
    QCOMPARE(thrown([&] { associations.insert({AccountB, third, u"invited"_s, T0}); }), Unique);
}

void TestRepositories::R_ACC_3_tenantNameChanges()
{
    HuaweiAccountRepository accounts(*m_db);
    accounts.insert(makeAccount(AccountA, u"lilei"_s), u"h"_s);
    const QDateTime yearStart(QDate(2026, 1, 1), QTime(0, 0), QTimeZone(8 * 3600));
    const QDateTime yearEnd = yearStart.addYears(1);
    accounts.setTenantName(AccountA, u"lilei_tenant"_s, u"lilei_2025"_s, yearStart.addMSecs(-1));
    accounts.setTenantName(AccountA, u"lilei_2025"_s, u"lilei_a"_s, yearStart);
    accounts.setTenantName(AccountA, u"lilei_a"_s, u"lilei_b"_s, T0);
    accounts.setTenantName(AccountA, u"lilei_b"_s, u"lilei_2027"_s, yearEnd);
    QCOMPARE(accounts.find(AccountA)->tenantName, u"lilei_2027"_s);
    // [from, to): the change at the first instant of the year counts, the next year's not.
    QCOMPARE(accounts.tenantNameChangesBetween(AccountA, yearStart, yearEnd), 2);
    QCOMPARE(accounts.tenantNameChangesBetween(AccountA, yearStart.addYears(-1), yearStart), 1);
    QCOMPARE(accounts.tenantNameChangesBetween(AccountB, yearStart, yearEnd), 0);
    // Tenant names are unique across accounts.
    HuaweiAccount b = makeAccount(AccountB, u"hanmeimei"_s);
    accounts.insert(b, u"h"_s);
    QCOMPARE(thrown([&] { accounts.setTenantName(AccountB, b.tenantName, u"lilei_2027"_s, T0); }),
             Unique);
}

// D-LOGIN (R-ACC-19): the login identifiers of a HUAWEI ID, whatever their case; the service
// mobile number is none (R-ACC-17); HUAWEI IDs without an email (Create and Bind) are many.
void TestRepositories::R_ACC_19_identifiersOfAHuaweiId()
{
    HuaweiAccountRepository accounts(*m_db);
    HuaweiAccount a = makeAccount(AccountA, u"lilei"_s);
    a.securityPhone = u"+8613911112222"_s;
    accounts.insert(a, u"hash-a"_s);
    const auto idOf = [&](const QString &identifier, const QString &phone = {}) {
        const auto found = accounts.findByIdentifier(identifier, phone);
        return found ? found->accountId : QString();
    };
    QCOMPARE(idOf(u"LiLei"_s), AccountA);
    QCOMPARE(idOf(u"LILEI_TENANT"_s), AccountA);
    QCOMPARE(idOf(u"LiLei@Example.COM"_s), AccountA);
    QCOMPARE(idOf(u"+8613911112222"_s, u"+8613911112222"_s), AccountA);
    QCOMPARE(idOf(u"+8613800138000"_s, u"+8613800138000"_s), QString()); // the service mobile
    QCOMPARE(idOf(QString(), QString()), QString());
    QCOMPARE(idOf(u"nobody"_s), QString());
    QCOMPARE(*accounts.passwordHash(AccountA), u"hash-a"_s);
    QVERIFY(accounts.nameTaken(u"LILEI"_s));
    QVERIFY(accounts.nameTaken(u"lilei_Tenant"_s));
    QVERIFY(!accounts.nameTaken(u"hanmeimei"_s));
    QVERIFY(accounts.securityPhoneTaken(u"+8613911112222"_s));
    QVERIFY(!accounts.securityPhoneTaken(u"+8613800138000"_s));

    // Another account whose tenant name is A's login id: the login id comes first.
    HuaweiAccount b = makeAccount(AccountB, u"hanmeimei"_s);
    b.tenantName = u"LiLei"_s;
    QCOMPARE(thrown([&] { accounts.insert(b, u"hash-b"_s); }), Thrown()); // other case: allowed
    QCOMPARE(idOf(u"lilei"_s), AccountA);
    QCOMPARE(idOf(u"hanmeimei"_s), AccountB);

    // No email, twice (migration 0013's partial key); a real one stays one per account.
    HuaweiAccount c = makeAccount(u"c0000000000000000000000000000000"_s, u"web-one"_s);
    c.email = u""_s;
    HuaweiAccount d = makeAccount(u"d0000000000000000000000000000000"_s, u"web-two"_s);
    d.email = u""_s;
    QCOMPARE(thrown([&] { accounts.insert(c, u"h"_s); }), Thrown());
    QCOMPARE(thrown([&] { accounts.insert(d, u"h"_s); }), Thrown());
    QVERIFY(!accounts.emailTaken(u""_s));
    QCOMPARE(idOf(u""_s), QString());
    HuaweiAccount twin = makeAccount(u"e0000000000000000000000000000000"_s, u"twin"_s);
    twin.email = u"LILEI@example.com"_s;
    try {
        accounts.insert(twin, u"h"_s);
        QFAIL("an email differing only in case was stored");
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::Unique);
        QCOMPARE(ruleOfConstraint(e.constraint())->rule, u"R-ACC-1"_s);
    }
}

// R-ACC-19 (as R-ORG-6): wrong passwords in a row, a lock at the fifth, nothing counted while
// locked, a new count after it lifts; per kind and subject.
void TestRepositories::R_ACC_19_loginFailuresCountedAndLocked()
{
    using Kind = LoginFailureRepository::Kind;
    LoginFailureRepository failures(*m_db);
    const QDateTime lockUntil = T0.addSecs(900);
    QCOMPARE(failures.failures(Kind::HuaweiId, AccountA).failures, 0);
    for (int n = 1; n <= 4; ++n) {
        const auto counted = failures.count(Kind::HuaweiId, AccountA, T0, 5, lockUntil);
        QVERIFY(counted.has_value());
        QCOMPARE(counted->failures, n);
        QVERIFY(!counted->lockedUntil.isValid());
    }
    const auto fifth = failures.count(Kind::HuaweiId, AccountA, T0, 5, lockUntil);
    QCOMPARE(fifth->failures, 5);
    QCOMPARE(fifth->lockedUntil, lockUntil);
    // Locked: not counted.
    QCOMPARE(failures.count(Kind::HuaweiId, AccountA, T0.addSecs(60), 5, lockUntil), std::nullopt);
    QCOMPARE(failures.failures(Kind::HuaweiId, AccountA).failures, 5);
    // Another kind, the same subject: its own count.
    QCOMPARE(failures.count(Kind::WebsiteAccount, AccountA, T0, 5, lockUntil)->failures, 1);
    // Lifted: a new count.
    const auto after =
        failures.count(Kind::HuaweiId, AccountA, lockUntil, 5, lockUntil.addSecs(900));
    QCOMPARE(after->failures, 1);
    QVERIFY(!after->lockedUntil.isValid());
    failures.reset(Kind::HuaweiId, AccountA);
    QCOMPARE(failures.failures(Kind::HuaweiId, AccountA).failures, 0);
    QCOMPARE(failures.failures(Kind::WebsiteAccount, AccountA).failures, 1);
    // A limit of one locks at once.
    QCOMPARE(failures.count(Kind::HuaweiId, AccountB, T0, 1, lockUntil)->lockedUntil, lockUntil);
}

// R-ACC-19: website account names are one whatever their case; one per HUAWEI ID, bound
// once; trusted devices per account.
void TestRepositories::R_ACC_19_websiteAccountsAndTrustedDevices()
{
    HuaweiAccountRepository(*m_db).insert(makeAccount(AccountA, u"lilei"_s), u"h"_s);
    WebsiteAccountRepository websites(*m_db);
    WebsiteAccountRow row;
    row.name = u"Li.Lei_01"_s;
    row.passwordHash = u"$argon2id$x"_s;
    row.countryRegion = u"SG"_s;
    row.createdAt = T0;
    const qint64 id = websites.insert(row);
    QVERIFY(id > 0);
    const auto found = websites.findByName(u"li.lei_01"_s);
    QVERIFY(found.has_value());
    QCOMPARE(found->websiteAccountId, id);
    QCOMPARE(found->name, u"Li.Lei_01"_s);
    QCOMPARE(found->passwordHash, u"$argon2id$x"_s);
    QCOMPARE(found->countryRegion, u"SG"_s);
    QCOMPARE(found->createdAt, T0);
    QVERIFY(found->accountId.isEmpty());
    QVERIFY(!found->boundAt.isValid());
    const auto violated = [](const std::function<void()> &body) {
        try {
            body();
        } catch (const StoreError &e) {
            const auto rule = ruleOfConstraint(e.constraint());
            return rule ? rule->rule + u' ' + rule->field + u' ' + rule->reason
                        : u"store "_s + e.constraint();
        }
        return u"nothing"_s;
    };
    WebsiteAccountRow twin = row;
    twin.name = u"LI.LEI_01"_s;
    QCOMPARE(violated([&] { websites.insert(twin); }), u"R-ACC-19 name taken"_s);

    QVERIFY(websites.bind(id, AccountA, T0.addSecs(5)));
    QVERIFY(!websites.bind(id, AccountA, T0.addSecs(6))); // bound once
    QCOMPARE(websites.findByAccount(AccountA)->websiteAccountId, id);
    QCOMPARE(websites.findByName(u"Li.Lei_01"_s)->boundAt, T0.addSecs(5));
    WebsiteAccountRow other = row;
    other.name = u"other.web"_s;
    const qint64 otherId = websites.insert(other);
    QCOMPARE(violated([&] { websites.bind(otherId, AccountA, T0); }),
             u"R-ACC-19 identifier alreadyBound"_s);
    QCOMPARE(websites.findByAccount(AccountB), std::nullopt);

    TrustedDeviceRepository devices(*m_db);
    QVERIFY(!devices.trusts(AccountA, u"console-1"_s));
    devices.trust(AccountA, u"console-1"_s, T0);
    devices.trust(AccountA, u"console-1"_s, T0.addSecs(1)); // again: kept
    QVERIFY(devices.trusts(AccountA, u"console-1"_s));
    QVERIFY(!devices.trusts(AccountA, u"console-2"_s));
    QCOMPARE(thrown([&] { devices.trust(AccountB, u"console-1"_s, T0); }), ForeignKey);
}

// R-CLS-2: when services were disabled is kept for the login's refusal.
void TestRepositories::R_CLS_2_disabledAt()
{
    HuaweiAccountRepository accounts(*m_db);
    accounts.insert(makeAccount(AccountA, u"lilei"_s), u"h"_s);
    QVERIFY(!accounts.disabledAt(AccountA).isValid());
    accounts.setServices(AccountA, ServicesStatus::Closed, T0, T0.addDays(90));
    QVERIFY(!accounts.disabledAt(AccountA).isValid());
    accounts.disableServices(AccountA, T0.addDays(90));
    QCOMPARE(accounts.find(AccountA)->servicesStatus, ServicesStatus::Disabled);
    QCOMPARE(accounts.disabledAt(AccountA), T0.addDays(90));
}

void TestRepositories::catalogue()
{
    CatalogueRepository products(*m_db);
    const auto saas = products.find(SaaS);
    QVERIFY(saas.has_value());
    QCOMPARE(saas->kind, ProductKind::Subscription);
    QCOMPARE(saas->unitPrice, Fen(0));
    const auto cards = products.find(Cards);
    QVERIFY(cards.has_value());
    QCOMPARE(cards->kind, ProductKind::StoredValueCard);
    QCOMPARE(cards->unitPrice.value, Catalogue::StoredValueCardUnitFen);
    QVERIFY(!products.find(u"OFFI000"_s).has_value());

    products.insert(Product{u"OFFI999"_s, ProductKind::Subscription, u"Trial"_s, Fen(9900)});
    QCOMPARE(products.find(u"OFFI999"_s)->unitPrice.value, 9900);
    QCOMPARE(products.find(u"OFFI999"_s)->name, u"Trial"_s);
    QCOMPARE(thrown([&] {
                 products.insert(Product{SaaS, ProductKind::Subscription, u"x"_s, Fen(0)});
             }),
             Unique);
}

void TestRepositories::orderRoundTrip()
{
    HuaweiAccountRepository(*m_db).insert(makeAccount(AccountA, u"lilei"_s), u"h"_s);
    OrderRepository orders(*m_db);
    // R-MKT-3: 50 cards of 100 CNY = 5,000 CNY = 500,000 fen.
    const Order cards = makeOrder(u"CS2603020931ABCDE"_s, AccountA, Cards, 50, 500000);
    orders.insert(cards);
    const auto found = orders.find(cards.orderId);
    QVERIFY(found.has_value());
    QCOMPARE(found->accountId, AccountA);
    QCOMPARE(found->productId, Cards);
    QCOMPARE(found->quantity, 50);
    QCOMPARE(found->amount, Fen::fromYuan(5000));
    QCOMPARE(found->status, OrderStatus::Paid);
    QCOMPARE(found->createdAt, cards.createdAt);
    QVERIFY(!orders.find(u"CS2603020931ZZZZZ"_s).has_value());

    const Order unpaid =
        makeOrder(u"CS2603020932ABCDE"_s, AccountA, SaaS, 1, 0, OrderStatus::Unpaid);
    orders.insert(unpaid);
    QCOMPARE(orders.find(unpaid.orderId)->status, OrderStatus::Unpaid);
    SqlQuery paid(*m_db, u"SELECT paid_at FROM orders WHERE order_id = :id"_s);
    paid.bind(u":id"_s, unpaid.orderId).exec();
    QVERIFY(paid.next());
    QVERIFY(paid.value(0).isNull());

    QCOMPARE(thrown([&] { orders.insert(cards); }), Unique);
    QCOMPARE(
        thrown([&] { orders.insert(makeOrder(u"CS2603020933ABCDE"_s, AccountB, SaaS, 1, 0)); }),
        ForeignKey);
    QCOMPARE(thrown([&] {
                 orders.insert(makeOrder(u"CS2603020934ABCDE"_s, AccountA, u"OFFI0"_s, 1, 0));
             }),
             ForeignKey);
}

void TestRepositories::instanceRoundTrip()
{
    HuaweiAccountRepository(*m_db).insert(makeAccount(AccountA, u"lilei"_s), u"h"_s);
    OrderRepository(*m_db).insert(makeOrder(u"CS2603020931ABCDE"_s, AccountA, SaaS, 1, 0));
    InstanceRepository instances(*m_db);
    const QString id = u"3f1c2a9e-8b7d-4c1e-9f20-6a5b4c3d2e1f"_s;
    const Instance instance = makeInstance(id, u"CS2603020931ABCDE"_s, AccountA,
                                           InstanceStatus::Provisioning, T0.addSecs(81));
    instances.insert(instance);
    const auto found = instances.find(id);
    QVERIFY(found.has_value());
    QCOMPARE(found->orderId, instance.orderId);
    QCOMPARE(found->accountId, AccountA);
    QCOMPARE(found->productId, SaaS);
    QCOMPARE(found->status, InstanceStatus::Provisioning);
    QCOMPARE(found->openedAt, instance.openedAt);
    QCOMPARE(found->activeAt, instance.activeAt);
    QVERIFY(!found->closedAt.isValid());
    QCOMPARE(instances.findByOrder(instance.orderId)->instanceId, id);
    QVERIFY(!instances.findByOrder(u"CS0000000000AAAAA"_s).has_value());

    instances.setStatus(id, InstanceStatus::Closed, T0.addDays(30));
    QCOMPARE(instances.find(id)->status, InstanceStatus::Closed);
    QCOMPARE(instances.find(id)->closedAt, T0.addDays(30));
    instances.setStatus(id, InstanceStatus::Frozen);
    QCOMPARE(instances.find(id)->status, InstanceStatus::Frozen);
    QVERIFY(!instances.find(id)->closedAt.isValid());

    // One instance per order.
    QCOMPARE(thrown([&] {
                 instances.insert(makeInstance(u"00000000-0000-4000-8000-000000000000"_s,
                                               instance.orderId, AccountA, InstanceStatus::Active,
                                               T0));
             }),
             Unique);
}

void TestRepositories::R_MKT_2_activateDue()
{
    HuaweiAccountRepository(*m_db).insert(makeAccount(AccountA, u"lilei"_s), u"h"_s);
    OrderRepository orders(*m_db);
    InstanceRepository instances(*m_db);
    const QDateTime now = T0.addSecs(3600);
    const QStringList ids = {
        u"10000000-0000-4000-8000-000000000001"_s, u"10000000-0000-4000-8000-000000000002"_s,
        u"10000000-0000-4000-8000-000000000003"_s, u"10000000-0000-4000-8000-000000000004"_s,
        u"10000000-0000-4000-8000-000000000005"_s};
    const QList<std::pair<InstanceStatus, QDateTime>> states = {
        {InstanceStatus::Provisioning, now.addSecs(-20)}, // due
        {InstanceStatus::Provisioning, now},              // due at this very instant
        {InstanceStatus::Provisioning, now.addMSecs(1)},  // not yet
        {InstanceStatus::Active, now.addSecs(-100)},      // already active
        {InstanceStatus::Closed, now.addSecs(-100)},      // closed stays closed
    };
    for (int i = 0; i < ids.size(); ++i) {
        const QString order = QStringLiteral("CS260302093%1ABCDE").arg(i);
        orders.insert(makeOrder(order, AccountA, SaaS, 1, 0));
        instances.insert(
            makeInstance(ids.at(i), order, AccountA, states.at(i).first, states.at(i).second));
    }
    // The clock's cheap look (DueTransitions) sees the same instants.
    QVERIFY(DueTransitions(*m_db).anyDue(now));
    QVERIFY(!DueTransitions(*m_db).anyDue(now.addSecs(-21)));
    QStringList activated = instances.activateDue(now);
    activated.sort();
    QCOMPARE(activated, (QStringList{ids.at(0), ids.at(1)}));
    QCOMPARE(instances.find(ids.at(0))->status, InstanceStatus::Active);
    QCOMPARE(instances.find(ids.at(1))->status, InstanceStatus::Active);
    QCOMPARE(instances.find(ids.at(2))->status, InstanceStatus::Provisioning);
    QCOMPARE(instances.find(ids.at(4))->status, InstanceStatus::Closed);
    QCOMPARE(instances.activateDue(now), QStringList());
    QVERIFY(!DueTransitions(*m_db).anyDue(now));
    QVERIFY(DueTransitions(*m_db).anyDue(now.addMSecs(1)));
    QCOMPARE(instances.activateDue(now.addMSecs(1)), QStringList{ids.at(2)});
    QVERIFY(!DueTransitions(*m_db).anyDue(now.addDays(1)));
}

// ---- organizations, members, bindings -----------------------------------------------

void TestRepositories::organizationRoundTrip()
{
    HuaweiAccountRepository(*m_db).insert(makeAccount(AccountA, u"lilei"_s), u"h"_s);
    OrganizationRepository organizations(*m_db);
    const Organization acme = makeOrganization(u"org_0123456789abcdef"_s, AccountA, u"acme"_s,
                                               OrganizationStatus::Creating);
    organizations.insert(acme);
    Organization second = makeOrganization(u"org_fedcba9876543210"_s, AccountA, u"acme-2"_s);
    second.createdAt = acme.createdAt.addSecs(-60); // listed first
    organizations.insert(second);

    const auto found = organizations.find(acme.organizationId);
    QVERIFY(found.has_value());
    QCOMPARE(found->ownerAccountId, AccountA);
    QCOMPARE(found->enterpriseName, acme.enterpriseName);
    QCOMPARE(found->abbreviation, u"acme"_s);
    QCOMPARE(found->status, OrganizationStatus::Creating);
    QCOMPARE(found->createdAt, acme.createdAt);
    QCOMPARE(found->readyAt, acme.readyAt);
    QCOMPARE(organizations.findByAbbreviation(u"acme-2"_s)->organizationId, second.organizationId);
    QVERIFY(!organizations.findByAbbreviation(u"ACME"_s).has_value());
    const QList<Organization> owned = organizations.listByOwner(AccountA); // R-ORG-4: several
    QCOMPARE(owned.size(), 2);
    QCOMPARE(owned.at(0).organizationId, second.organizationId);
    QCOMPARE(owned.at(1).organizationId, acme.organizationId);
    QVERIFY(organizations.listByOwner(AccountB).isEmpty());

    const qint64 root = organizations.insertDepartment(acme.organizationId, 0, u"Acme"_s);
    const qint64 ops = organizations.insertDepartment(acme.organizationId, root, u"运维部"_s);
    QVERIFY(root > 0 && ops > root);
    const QList<Department> departments = organizations.departments(acme.organizationId);
    QCOMPARE(departments.size(), 2);
    QCOMPARE(departments.at(0).departmentId, root);
    QCOMPARE(departments.at(0).parentId, 0);
    QCOMPARE(departments.at(1).parentId, root);
    QCOMPARE(departments.at(1).name, u"运维部"_s);
    QCOMPARE(
        thrown([&] { organizations.insertDepartment(acme.organizationId, root, u"运维部"_s); }),
        Unique);
    // The owner must exist.
    QCOMPARE(
        thrown([&] { organizations.insert(makeOrganization(u"org_x"_s, AccountB, u"beta"_s)); }),
        ForeignKey);
}

void TestRepositories::R_ORG_2_abbreviationUnique()
{
    HuaweiAccountRepository accounts(*m_db);
    accounts.insert(makeAccount(AccountA, u"lilei"_s), u"h"_s);
    accounts.insert(makeAccount(AccountB, u"hanmeimei"_s), u"h"_s);
    OrganizationRepository organizations(*m_db);
    organizations.insert(makeOrganization(u"org_1"_s, AccountA, u"acme"_s));
    // Unique across all organizations, whoever owns them.
    QCOMPARE(
        thrown([&] { organizations.insert(makeOrganization(u"org_2"_s, AccountB, u"acme"_s)); }),
        Unique);
    QVERIFY(!organizations.find(u"org_2"_s).has_value());
    organizations.insert(makeOrganization(u"org_3"_s, AccountB, u"acme-cn"_s));
    QVERIFY(organizations.find(u"org_3"_s).has_value());
}

void TestRepositories::R_ORG_3_readyDue()
{
    HuaweiAccountRepository(*m_db).insert(makeAccount(AccountA, u"lilei"_s), u"h"_s);
    OrganizationRepository organizations(*m_db);
    Organization due =
        makeOrganization(u"org_due"_s, AccountA, u"due"_s, OrganizationStatus::Creating);
    Organization later =
        makeOrganization(u"org_later"_s, AccountA, u"later"_s, OrganizationStatus::Creating);
    later.readyAt = due.readyAt.addSecs(60);
    organizations.insert(due);
    organizations.insert(later);
    QCOMPARE(organizations.readyDue(due.readyAt.addMSecs(-1)), QStringList());
    QVERIFY(!DueTransitions(*m_db).anyDue(due.readyAt.addMSecs(-1)));
    QVERIFY(DueTransitions(*m_db).anyDue(due.readyAt));
    QCOMPARE(organizations.readyDue(due.readyAt), QStringList{u"org_due"_s});
    QVERIFY(!DueTransitions(*m_db).anyDue(due.readyAt));
    QCOMPARE(organizations.find(u"org_due"_s)->status, OrganizationStatus::Ready);
    QCOMPARE(organizations.find(u"org_later"_s)->status, OrganizationStatus::Creating);
    QCOMPARE(organizations.readyDue(due.readyAt), QStringList());
    QCOMPARE(organizations.readyDue(later.readyAt.addDays(1)), QStringList{u"org_later"_s});
}

void TestRepositories::R_ORG_5_membersUniqueInOrganization()
{
    HuaweiAccountRepository(*m_db).insert(makeAccount(AccountA, u"lilei"_s), u"h"_s);
    OrganizationRepository organizations(*m_db);
    organizations.insert(makeOrganization(u"org_1"_s, AccountA, u"acme"_s));
    organizations.insert(makeOrganization(u"org_2"_s, AccountA, u"beta"_s));
    const qint64 department = organizations.insertDepartment(u"org_1"_s, 0, u"Acme"_s);
    MemberRepository members(*m_db);
    Member zhang = makeMember(u"org_1"_s, u"zhang.san"_s);
    zhang.departmentId = department;
    const qint64 id = members.insert(zhang, u"hash-1"_s);
    QVERIFY(id > 0);

    const auto found = members.find(id);
    QVERIFY(found.has_value());
    QCOMPARE(found->memberId, id);
    QCOMPARE(found->organizationId, u"org_1"_s);
    QCOMPARE(found->account, u"zhang.san"_s);
    QCOMPARE(found->displayName, u"张三"_s);
    QCOMPARE(found->departmentId, department);
    QCOMPARE(found->mobile, zhang.mobile);
    QCOMPARE(found->email, zhang.email);
    QCOMPARE(found->mustChangePassword, true);
    QCOMPARE(found->enabled, true);
    QCOMPARE(found->createdAt, zhang.createdAt);
    QCOMPARE(memberLoginName(found->account, u"acme"_s), u"zhang.san@acme"_s);

    QCOMPARE(thrown([&] { members.insert(makeMember(u"org_1"_s, u"zhang.san"_s), u"h"_s); }),
             Unique);
    // The same account in another organization is another member.
    Member other = makeMember(u"org_2"_s, u"zhang.san"_s);
    other.enabled = false;
    other.mustChangePassword = false;
    const qint64 otherId = members.insert(other, u"hash-2"_s);
    QVERIFY(otherId != id);
    QCOMPARE(members.findByAccount(u"org_2"_s, u"zhang.san"_s)->memberId, otherId);
    QCOMPARE(members.findByAccount(u"org_2"_s, u"zhang.san"_s)->enabled, false);
    QCOMPARE(members.findByAccount(u"org_2"_s, u"zhang.san"_s)->mustChangePassword, false);
    QCOMPARE(members.findByAccount(u"org_2"_s, u"zhang.san"_s)->departmentId, 0);
    QVERIFY(!members.findByAccount(u"org_1"_s, u"li.si"_s).has_value());
    members.insert(makeMember(u"org_1"_s, u"li.si"_s), u"h"_s);
    const QList<Member> list = members.listByOrganization(u"org_1"_s);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).account, u"zhang.san"_s);
    QCOMPARE(list.at(1).account, u"li.si"_s);
}

void TestRepositories::memberPasswordsAndLogins()
{
    HuaweiAccountRepository(*m_db).insert(makeAccount(AccountA, u"lilei"_s), u"h"_s);
    OrganizationRepository(*m_db).insert(makeOrganization(u"org_1"_s, AccountA, u"acme"_s));
    MemberRepository members(*m_db);
    const qint64 id = members.insert(makeMember(u"org_1"_s, u"zhang.san"_s), u"initial-hash"_s);
    QCOMPARE(members.passwordHash(id), u"initial-hash"_s);
    QCOMPARE(members.passwordHash(id + 100), std::nullopt);
    members.setPassword(id, u"changed-hash"_s, false); // R-ORG-6: changed at first login
    QCOMPARE(members.passwordHash(id), u"changed-hash"_s);
    QCOMPARE(members.find(id)->mustChangePassword, false);

    QDateTime lockedUntil = T0;
    QCOMPARE(members.loginFailures(id, &lockedUntil), 0);
    QVERIFY(!lockedUntil.isValid());
    // R-ORG-6: counted in one statement; the fifth locks, nothing counts while locked, the
    // first after the lock starts again at 1.
    for (int i = 1; i <= 4; ++i) {
        const auto counted = members.countLoginFailure(id, T0, 5, T0.addSecs(900));
        QVERIFY(counted.has_value());
        QCOMPARE(counted->failures, i);
        QVERIFY(!counted->lockedUntil.isValid());
    }
    const auto locking = members.countLoginFailure(id, T0, 5, T0.addSecs(900));
    QCOMPARE(locking->failures, 5);
    QCOMPARE(locking->lockedUntil, T0.addSecs(900));
    QCOMPARE(members.countLoginFailure(id, T0.addSecs(10), 5, T0.addSecs(910)), std::nullopt);
    QCOMPARE(members.loginFailures(id, &lockedUntil), 5);
    QCOMPARE(lockedUntil, T0.addSecs(900));
    const auto afterLock = members.countLoginFailure(id, T0.addSecs(900), 5, T0.addSecs(1800));
    QCOMPARE(afterLock->failures, 1);
    QVERIFY(!afterLock->lockedUntil.isValid());
    members.resetLoginFailures(id);
    QCOMPARE(members.loginFailures(id, &lockedUntil), 0);
    QVERIFY(!lockedUntil.isValid());
    QCOMPARE(members.loginFailures(id + 100, nullptr), 0);
}

namespace {

// Two paid SaaS orders with active instances and a card order, for the binding tests.
void seedBindable(Database &db)
{
    HuaweiAccountRepository(db).insert(makeAccount(AccountA, u"lilei"_s), u"h"_s);
    OrderRepository orders(db);
    InstanceRepository instances(db);
    orders.insert(makeOrder(u"CS2603020931AAAAA"_s, AccountA, SaaS, 1, 0));
    orders.insert(makeOrder(u"CS2603020931BBBBB"_s, AccountA, SaaS, 1, 0));
    orders.insert(makeOrder(u"CS2603020931CCCCC"_s, AccountA, Cards, 1, 10000));
    instances.insert(makeInstance(u"aaaaaaaa-0000-4000-8000-000000000001"_s, u"CS2603020931AAAAA"_s,
                                  AccountA, InstanceStatus::Active, T0));
    instances.insert(makeInstance(u"bbbbbbbb-0000-4000-8000-000000000002"_s, u"CS2603020931BBBBB"_s,
                                  AccountA, InstanceStatus::Active, T0));
    OrganizationRepository organizations(db);
    organizations.insert(makeOrganization(u"org_1"_s, AccountA, u"acme"_s));
    organizations.insert(makeOrganization(u"org_2"_s, AccountA, u"beta"_s));
}

AppBinding binding(const QString &orderId, const QString &instanceId, const QString &organization)
{
    AppBinding b;
    b.orderId = orderId;
    b.instanceId = instanceId;
    b.productId = SaaS;
    b.organizationId = organization;
    b.boundAt = T0.addSecs(900);
    return b;
}

} // namespace

void TestRepositories::R_BND_1_orderBoundOnce()
{
    seedBindable(*m_db);
    BindingRepository bindings(*m_db);
    const qint64 id = bindings.insert(
        binding(u"CS2603020931AAAAA"_s, u"aaaaaaaa-0000-4000-8000-000000000001"_s, u"org_1"_s));
    QVERIFY(id > 0);
    const auto found = bindings.find(id);
    QVERIFY(found.has_value());
    QCOMPARE(found->orderId, u"CS2603020931AAAAA"_s);
    QCOMPARE(found->instanceId, u"aaaaaaaa-0000-4000-8000-000000000001"_s);
    QCOMPARE(found->productId, SaaS);
    QCOMPARE(found->organizationId, u"org_1"_s);
    QCOMPARE(found->boundAt, T0.addSecs(900));
    QCOMPARE(bindings.findByOrder(u"CS2603020931AAAAA"_s)->bindingId, id);
    QVERIFY(!bindings.findByOrder(u"CS2603020931BBBBB"_s).has_value());
    // The same order cannot be bound to a second organization.
    QCOMPARE(thrown([&] {
                 bindings.insert(binding(u"CS2603020931AAAAA"_s,
                                         u"aaaaaaaa-0000-4000-8000-000000000001"_s, u"org_2"_s));
             }),
             Unique);
    QVERIFY(bindings.listByOrganization(u"org_2"_s).isEmpty());
    // A binding refers to existing rows.
    QCOMPARE(thrown([&] {
                 bindings.insert(binding(u"CS2603020931BBBBB"_s,
                                         u"bbbbbbbb-0000-4000-8000-000000000002"_s, u"org_9"_s));
             }),
             ForeignKey);
}

void TestRepositories::R_BND_2_oneOrderPerProductPerOrganization()
{
    seedBindable(*m_db);
    BindingRepository bindings(*m_db);
    bindings.insert(
        binding(u"CS2603020931AAAAA"_s, u"aaaaaaaa-0000-4000-8000-000000000001"_s, u"org_1"_s));
    // A second SaaS order in the same organization is refused ...
    QCOMPARE(thrown([&] {
                 bindings.insert(binding(u"CS2603020931BBBBB"_s,
                                         u"bbbbbbbb-0000-4000-8000-000000000002"_s, u"org_1"_s));
             }),
             Unique);
    // ... and allowed in another one.
    const qint64 other = bindings.insert(
        binding(u"CS2603020931BBBBB"_s, u"bbbbbbbb-0000-4000-8000-000000000002"_s, u"org_2"_s));
    QVERIFY(other > 0);
    QCOMPARE(bindings.findByOrganizationProduct(u"org_1"_s, SaaS)->orderId, u"CS2603020931AAAAA"_s);
    QCOMPARE(bindings.findByOrganizationProduct(u"org_2"_s, SaaS)->orderId, u"CS2603020931BBBBB"_s);
    QVERIFY(!bindings.findByOrganizationProduct(u"org_1"_s, Cards).has_value());
    QCOMPARE(bindings.listByOrganization(u"org_1"_s).size(), 1);
}

void TestRepositories::R_BND_4_authorizations()
{
    seedBindable(*m_db);
    BindingRepository bindings(*m_db);
    const qint64 id = bindings.insert(
        binding(u"CS2603020931AAAAA"_s, u"aaaaaaaa-0000-4000-8000-000000000001"_s, u"org_1"_s));
    MemberRepository members(*m_db);
    const qint64 zhang = members.insert(makeMember(u"org_1"_s, u"zhang.san"_s), u"h"_s);
    const qint64 li = members.insert(makeMember(u"org_1"_s, u"li.si"_s), u"h"_s);
    QVERIFY(!bindings.isAuthorized(id, zhang));
    bindings.authorize(id, li, T0.addSecs(1000));
    bindings.authorize(id, zhang, T0.addSecs(1000));
    QVERIFY(bindings.isAuthorized(id, zhang));
    QCOMPARE(bindings.authorizedMembers(id), (QList<qint64>{zhang, li}));
    QCOMPARE(thrown([&] { bindings.authorize(id, zhang, T0); }), Unique);
    QCOMPARE(thrown([&] { bindings.authorize(id, li + 100, T0); }), ForeignKey);
}

// ---- Guance side ----------------------------------------------------------------------

void TestRepositories::guanceAccounts()
{
    GuanceAccountRepository accounts(*m_db);
    GuanceAccount g;
    g.username = u"lilei_guance"_s;
    g.email = u"lilei@example.com"_s;
    g.site = u"cn1"_s;
    g.createdAt = T0;
    const qint64 id = accounts.insert(g, u"hash"_s);
    QVERIFY(id > 0);
    const auto found = accounts.find(id);
    QVERIFY(found.has_value());
    QCOMPARE(found->username, g.username);
    QCOMPARE(found->email, g.email);
    QCOMPARE(found->site, u"cn1"_s);
    QCOMPARE(found->mobile, QStringLiteral(""));
    QCOMPARE(found->createdAt, T0);
    QCOMPARE(accounts.findByUsername(u"lilei_guance"_s)->guanceAccountId, id);
    QCOMPARE(accounts.findByEmail(u"lilei@example.com"_s, u"cn1"_s)->guanceAccountId, id);
    QVERIFY(!accounts.findByEmail(u"lilei@example.com"_s, u"us1"_s).has_value());

    // Email is unique per site; the username everywhere.
    GuanceAccount otherSite = g;
    otherSite.username = u"lilei_us"_s;
    otherSite.site = u"us1"_s;
    QVERIFY(accounts.insert(otherSite, u"hash"_s) > id);
    GuanceAccount sameSite = g;
    sameSite.username = u"lilei_2"_s;
    QCOMPARE(thrown([&] { accounts.insert(sameSite, u"hash"_s); }), Unique);
    GuanceAccount sameName = g;
    sameName.email = u"other@example.com"_s;
    QCOMPARE(thrown([&] { accounts.insert(sameName, u"hash"_s); }), Unique);
}

void TestRepositories::R_FC_1_feeCenterUsernameUnique()
{
    FeeCenterRepository feeCenters(*m_db);
    const qint64 id = feeCenters.insert(makeFeeCenter(u"acme_billing"_s), u"hash"_s);
    const auto found = feeCenters.find(id);
    QVERIFY(found.has_value());
    QCOMPARE(found->username, u"acme_billing"_s);
    QCOMPARE(found->email, u"acme_billing@example.com"_s);
    QCOMPARE(found->enterpriseName, u"Acme Ltd"_s);
    QCOMPARE(found->industry, u"Retail"_s);
    QCOMPARE(found->contact, u"Li Lei"_s);
    QCOMPARE(found->cashBalance, Fen(12345));
    QCOMPARE(found->createdAt, T0.addDays(1));
    feeCenters.addCash(id, Fen(100));
    feeCenters.addCash(id, Fen(-45));
    QCOMPARE(feeCenters.findByUsername(u"acme_billing"_s)->cashBalance, Fen(12400));
    // One account whatever the letter case (the uniqueness checks rely on this lookup).
    QCOMPARE(feeCenters.findByUsername(u"ACME_Billing"_s)->feeCenterAccountId, id);
    QCOMPARE(thrown([&] { feeCenters.insert(makeFeeCenter(u"acme_billing"_s), u"hash"_s); }),
             Unique);
}

void TestRepositories::R_FC_2_huaweiAccountLinkedOnce()
{
    FeeCenterRepository feeCenters(*m_db);
    const qint64 first = feeCenters.insert(makeFeeCenter(u"acme_billing"_s), u"hash"_s);
    const qint64 second = feeCenters.insert(makeFeeCenter(u"beta_billing"_s), u"hash"_s);
    feeCenters.linkHuaweiAccount(AccountA, first, T0);
    feeCenters.linkHuaweiAccount(AccountB, first, T0.addSecs(1)); // many per fee-center account
    QCOMPARE(feeCenters.linkedFeeCenter(AccountA), first);
    QCOMPARE(feeCenters.linkedFeeCenter(u"99999999999999999999999999999999"_s), std::nullopt);
    QCOMPARE(feeCenters.linkedHuaweiAccounts(first), (QStringList{AccountA, AccountB}));
    QCOMPARE(thrown([&] { feeCenters.linkHuaweiAccount(AccountA, second, T0.addDays(1)); }),
             Unique);
    QCOMPARE(thrown([&] { feeCenters.linkHuaweiAccount(AccountA, first, T0.addDays(1)); }), Unique);
    QCOMPARE(feeCenters.linkedFeeCenter(AccountA), first);
    QVERIFY(feeCenters.linkedHuaweiAccounts(second).isEmpty());
}

void TestRepositories::R_WS_1_workspaceNameUniquePerFeeCenter()
{
    FeeCenterRepository feeCenters(*m_db);
    const qint64 first = feeCenters.insert(makeFeeCenter(u"acme_billing"_s), u"hash"_s);
    const qint64 second = feeCenters.insert(makeFeeCenter(u"beta_billing"_s), u"hash"_s);
    WorkspaceRepository workspaces(*m_db);
    const Workspace production =
        makeWorkspace(u"wksp_00000000000000000000000000000001"_s, u"生产环境"_s, first, 0);
    workspaces.insert(production);
    QVERIFY(workspaces.nameTaken(first, u"生产环境"_s));
    QVERIFY(!workspaces.nameTaken(second, u"生产环境"_s));
    QCOMPARE(thrown([&] {
                 workspaces.insert(makeWorkspace(u"wksp_00000000000000000000000000000002"_s,
                                                 u"生产环境"_s, first, 0));
             }),
             Unique);
    workspaces.insert(
        makeWorkspace(u"wksp_00000000000000000000000000000003"_s, u"生产环境"_s, second, 0));
    QCOMPARE(workspaces.listByFeeCenter(first).size(), 1);
    QCOMPARE(workspaces.listByFeeCenter(second).size(), 1);

    const auto found = workspaces.find(production.workspaceId);
    QVERIFY(found.has_value());
    QCOMPARE(found->name, u"生产环境"_s);
    QCOMPARE(found->language, WorkspaceLanguage::English);
    QCOMPARE(found->site, u"cn4"_s);
    QCOMPARE(found->ownerGuanceAccountId, 0); // no owner: NULL
    QCOMPARE(found->feeCenterAccountId, first);
    QCOMPARE(found->settlement, SettlementMethod::FeeCenter);
    QCOMPARE(found->status, WorkspaceStatus::Active);
    QVERIFY(!found->settlementChangedAt.isValid());
    QVERIFY(!found->lockedAt.isValid());
    QCOMPARE(found->createdAt, production.createdAt);
    // The owner, when given, must exist.
    QCOMPARE(thrown([&] {
                 workspaces.insert(makeWorkspace(u"wksp_00000000000000000000000000000004"_s,
                                                 u"Test"_s, first, 77));
             }),
             ForeignKey);
}

void TestRepositories::R_SET_workspaceSettlementLockUnlock()
{
    const qint64 fc = FeeCenterRepository(*m_db).insert(makeFeeCenter(u"acme_billing"_s), u"h"_s);
    WorkspaceRepository workspaces(*m_db);
    const QString id = u"wksp_00000000000000000000000000000001"_s;
    const QString instance = u"3f1c2a9e-8b7d-4c1e-9f20-6a5b4c3d2e1f"_s;
    workspaces.insert(makeWorkspace(id, u"Production"_s, fc, 0));
    workspaces.insert(
        makeWorkspace(u"wksp_00000000000000000000000000000002"_s, u"Staging"_s, fc, 0));

    // R-SET-2: settled through a Huawei account and instance.
    workspaces.setSettlement(id, SettlementMethod::HuaweiCloud, AccountA, instance, T0.addDays(2));
    auto found = workspaces.find(id);
    QCOMPARE(found->settlement, SettlementMethod::HuaweiCloud);
    QCOMPARE(found->settlementAccountId, AccountA);
    QCOMPARE(found->settlementInstanceId, instance);
    QCOMPARE(found->settlementChangedAt, T0.addDays(2));
    const QList<Workspace> settled = workspaces.listSettledBy(AccountA, instance);
    QCOMPARE(settled.size(), 1);
    QCOMPARE(settled.at(0).workspaceId, id);
    QVERIFY(workspaces.listSettledBy(AccountB, instance).isEmpty());

    // R-SET-5: closing the instance locks the workspace and drops the link.
    workspaces.lock(id, u"huaweiInstanceClosed"_s, T0.addDays(3));
    found = workspaces.find(id);
    QCOMPARE(found->status, WorkspaceStatus::Locked);
    QCOMPARE(found->lockReason, u"huaweiInstanceClosed"_s);
    QCOMPARE(found->lockedAt, T0.addDays(3));
    QCOMPARE(found->settlementAccountId, QStringLiteral(""));
    QCOMPARE(found->settlementInstanceId, QStringLiteral(""));
    QVERIFY(workspaces.listSettledBy(AccountA, instance).isEmpty());

    // R-SET-6: unlocking settles through the fee-center account.
    workspaces.unlock(id, T0.addDays(4));
    found = workspaces.find(id);
    QCOMPARE(found->status, WorkspaceStatus::Active);
    QCOMPARE(found->settlement, SettlementMethod::FeeCenter);
    QCOMPARE(found->lockReason, QStringLiteral(""));
    QVERIFY(!found->lockedAt.isValid());
    QCOMPARE(found->settlementChangedAt, T0.addDays(4));
    QCOMPARE(workspaces.find(u"wksp_00000000000000000000000000000002"_s)->status,
             WorkspaceStatus::Active);
}

void TestRepositories::R_SVC_cardsAndRedemption()
{
    seedBindable(*m_db);
    const qint64 fc = FeeCenterRepository(*m_db).insert(makeFeeCenter(u"acme_billing"_s), u"h"_s);
    StoredValueCardRepository cards(*m_db);
    const QDateTime purchased = T0.addDays(5);
    cards.insert(makeCard(u"6100000000000002"_s, fc, u"CS2603020931CCCCC"_s, purchased));
    cards.insert(makeCard(u"6100000000000001"_s, fc, u"CS2603020931CCCCC"_s, purchased));
    StoredValueCard older = makeCard(u"6100000000000009"_s, fc, QString(), purchased.addDays(-1));
    older.purchaseType = PurchaseType::Direct;
    older.status = CardStatus::UsedUp;
    older.balance = Fen(0);
    cards.insert(older);
    const QList<StoredValueCard> list = cards.listByFeeCenter(fc);
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).cardNumber, u"6100000000000009"_s); // oldest first
    QCOMPARE(list.at(1).cardNumber, u"6100000000000001"_s); // then by number
    QCOMPARE(list.at(2).cardNumber, u"6100000000000002"_s);
    const StoredValueCard &card = list.at(1);
    QCOMPARE(card.feeCenterAccountId, fc);
    QCOMPARE(card.faceValue, Fen::fromYuan(100));
    QCOMPARE(card.balance, Fen(7450));
    QCOMPARE(card.status, CardStatus::Available);
    QCOMPARE(card.purchaseType, PurchaseType::HuaweiMarketplace);
    QCOMPARE(card.purchasedAt, purchased);
    QCOMPARE(card.expiresAt, purchased.addDays(365));
    QCOMPARE(card.sourceOrderId, u"CS2603020931CCCCC"_s);
    QCOMPARE(list.at(0).purchaseType, PurchaseType::Direct);
    QCOMPARE(list.at(0).status, CardStatus::UsedUp);
    QCOMPARE(list.at(0).sourceOrderId, QStringLiteral(""));
    // Available cards are due to expire at their expiry (the used-up one, a day earlier,
    // is not), and only until they are marked expired.
    const QDateTime expiry = card.expiresAt;
    QVERIFY(!DueTransitions(*m_db).anyDue(expiry.addMSecs(-1)));
    QVERIFY(DueTransitions(*m_db).anyDue(expiry));
    QCOMPARE(thrown([&] { cards.insert(makeCard(u"6100000000000001"_s, fc, {}, purchased)); }),
             Unique);

    // R-SVC-2: an order is redeemed once.
    QCOMPARE(cards.redeemedBy(u"CS2603020931CCCCC"_s), std::nullopt);
    cards.insertRedemption(u"CS2603020931CCCCC"_s, fc, purchased);
    QCOMPARE(cards.redeemedBy(u"CS2603020931CCCCC"_s), fc);
    const qint64 other =
        FeeCenterRepository(*m_db).insert(makeFeeCenter(u"beta_billing"_s), u"h"_s);
    QCOMPARE(thrown([&] { cards.insertRedemption(u"CS2603020931CCCCC"_s, other, purchased); }),
             Unique);
    QCOMPARE(cards.redeemedBy(u"CS2603020931CCCCC"_s), fc);
    QCOMPARE(thrown([&] { cards.insertRedemption(u"CS0000000000NOPE0"_s, fc, purchased); }),
             ForeignKey);
}

// ---- shared mechanics -----------------------------------------------------------------

void TestRepositories::R_VC_1_verificationCodes()
{
    VerificationCodeRepository codes(*m_db);
    const QString email = u"lilei@example.com"_s;
    QCOMPARE(codes.latest(email, u"register"_s).has_value(), false);
    VerificationCodeRecord record;
    record.channel = u"email"_s;
    record.destination = email;
    record.purpose = u"register"_s;
    record.code = u"048213"_s;
    record.issuedAt = T0;
    record.expiresAt = T0.addSecs(600);
    const qint64 first = codes.insert(record);
    record.code = u"913370"_s;
    record.issuedAt = T0.addSecs(61);
    record.expiresAt = record.issuedAt.addSecs(600);
    const qint64 second = codes.insert(record);
    QVERIFY(first > 0 && second > first);

    auto latest = codes.latest(email, u"register"_s);
    QVERIFY(latest.has_value());
    QCOMPARE(latest->codeId, second);
    QCOMPARE(latest->channel, u"email"_s);
    QCOMPARE(latest->destination, email);
    QCOMPARE(latest->purpose, u"register"_s);
    QCOMPARE(latest->code, u"913370"_s); // leading digits and zeros survive as text
    QCOMPARE(latest->issuedAt, T0.addSecs(61));
    QCOMPARE(latest->expiresAt, T0.addSecs(661));
    QCOMPARE(latest->attempts, 0);
    QCOMPARE(latest->consumed, false);
    QVERIFY(!codes.latest(email, u"bind-fee-center"_s).has_value());
    QVERIFY(!codes.latest(u"other@example.com"_s, u"register"_s).has_value());
    // R-VC-1's 60 seconds count per destination, across purposes.
    QCOMPARE(codes.lastIssuedTo(email), T0.addSecs(61));
    QCOMPARE(codes.lastIssuedTo(u"other@example.com"_s), std::nullopt);
    VerificationCodeRecord other = record;
    other.purpose = u"bind-fee-center"_s;
    other.issuedAt = T0.addSecs(130);
    codes.insert(other);
    QCOMPARE(codes.lastIssuedTo(email), T0.addSecs(130));
    QCOMPARE(codes.latest(email, u"register"_s)->codeId, second);

    QCOMPARE(codes.countWrongAttempt(second), 1);
    QCOMPARE(codes.countWrongAttempt(second), 2);
    QCOMPARE(codes.latest(email, u"register"_s)->attempts, 2);
    codes.consume(second, T0.addSecs(90));
    QCOMPARE(codes.latest(email, u"register"_s)->consumed, true);

    // Same issue time: the later row wins.
    record.code = u"000001"_s;
    const qint64 third = codes.insert(record);
    QCOMPARE(codes.latest(email, u"register"_s)->codeId, third);
    QCOMPARE(codes.latest(email, u"register"_s)->code, u"000001"_s);
}

void TestRepositories::outboxHeldReleaseRedact()
{
    OutboxRepository outbox(*m_db);
    OutboxMessage code;
    code.sentAt = T0;
    code.channel = Channel::Email;
    code.destination = u"lilei@example.com"_s;
    code.kind = u"verificationCode"_s;
    code.params = {{u"code"_s, u"048213"_s}, {u"minutes"_s, 10}};
    const qint64 codeId = outbox.insert(code);
    QVERIFY(codeId > 0);

    OutboxMessage credentials;
    credentials.sentAt = T0.addSecs(5);
    credentials.channel = Channel::Sms;
    credentials.destination = u"+8613900139000"_s;
    credentials.kind = u"memberCredentials"_s;
    credentials.params = {{u"loginName"_s, u"zhang.san@acme"_s},
                          {u"password"_s, u"Xy7#kPq2mN4z"_s},
                          {u"url"_s, u"https://example.com/login"_s}};
    const qint64 heldId = outbox.insert(credentials, true, u"member:7"_s);
    OutboxMessage notice = credentials;
    notice.kind = u"memberNotice"_s;
    notice.params = {{u"loginName"_s, u"zhang.san@acme"_s}};
    outbox.insert(notice, false, u"member:7"_s);

    QList<OutboxMessage> recent = outbox.recent(10);
    QCOMPARE(recent.size(), 2); // the held one is not "sent" yet
    QCOMPARE(recent.at(0).kind, u"memberNotice"_s);
    QCOMPARE(recent.at(1).messageId, codeId);
    QCOMPARE(recent.at(1).channel, Channel::Email);
    QCOMPARE(recent.at(1).destination, code.destination);
    QCOMPARE(recent.at(1).sentAt, T0);
    QCOMPARE(recent.at(1).params.value(u"code"_s).toString(), u"048213"_s);
    QCOMPARE(recent.at(1).params.value(u"minutes"_s).toInt(), 10);
    QCOMPARE(outbox.recent(1).size(), 1);

    // R-BND-4: released when the authorization happens, "sent" then.
    QCOMPARE(outbox.release(u"member:8"_s, T0.addSecs(60)), 0);
    QCOMPARE(outbox.release(u"member:7"_s, T0.addSecs(60)), 1);
    QCOMPARE(outbox.release(u"member:7"_s, T0.addSecs(70)), 0);
    recent = outbox.recent(10);
    QCOMPARE(recent.size(), 3);
    QCOMPARE(recent.at(0).messageId, heldId);
    QCOMPARE(recent.at(0).sentAt, T0.addSecs(60));
    QCOMPARE(recent.at(0).channel, Channel::Sms);
    QCOMPARE(recent.at(0).params.value(u"password"_s).toString(), u"Xy7#kPq2mN4z"_s);

    // R-ORG-6: once changed, the initial password is blanked in every copy.
    QCOMPARE(outbox.redactParam(u"member:7"_s, u"password"_s), 1);
    recent = outbox.recent(10);
    QCOMPARE(recent.at(0).params.value(u"password"_s).toString(), u"••••••"_s);
    QCOMPARE(recent.at(0).params.value(u"loginName"_s).toString(), u"zhang.san@acme"_s);
    QVERIFY(!recent.at(1).params.contains(u"password"_s));
    QCOMPARE(recent.at(2).params.value(u"code"_s).toString(), u"048213"_s);
    QCOMPARE(outbox.redactParam(u"member:9"_s, u"password"_s), 0);
}

void TestRepositories::journal()
{
    JournalRepository journal(*m_db);
    const qint64 a = journal.append(entry(T0, u"createOrganization"_s, u"org_1"_s));
    JournalEntry withDetails =
        entry(T0.addSecs(1), u"bindOrder"_s, u"CS2603020931AAAAA"_s, u"R-BND-2"_s);
    withDetails.details = u"organizationId:taken"_s;
    const qint64 b = journal.append(withDetails);
    const qint64 c = journal.append(entry(T0, u"sameInstant"_s, u"x"_s));
    QVERIFY(a > 0 && b > a && c > b);
    const QList<JournalEntry> recent = journal.recent(10);
    QCOMPARE(recent.size(), 3);
    QCOMPARE(recent.at(0).entryId, b);
    QCOMPARE(recent.at(1).entryId, c); // same time: newer entry first
    QCOMPARE(recent.at(2).entryId, a);
    QCOMPARE(recent.at(0).at, T0.addSecs(1));
    QCOMPARE(recent.at(0).actor, u"operator"_s);
    QCOMPARE(recent.at(0).operation, u"bindOrder"_s);
    QCOMPARE(recent.at(0).resourceType, u"test"_s);
    QCOMPARE(recent.at(0).target, u"CS2603020931AAAAA"_s);
    QCOMPARE(recent.at(0).outcome, u"R-BND-2"_s);
    QCOMPARE(recent.at(0).details, u"organizationId:taken"_s);
    QCOMPARE(recent.at(2).details, QStringLiteral(""));
    QCOMPARE(journal.recent(2).size(), 2);
    // An account's traces: the entries about it only, newest first.
    journal.append(entry(T0.addSecs(2), u"bindOrder"_s, u"CS2603020931AAAAA"_s));
    const QList<JournalEntry> about = journal.recentAbout(u"CS2603020931AAAAA"_s);
    QCOMPARE(about.size(), 2);
    QCOMPARE(about.at(0).at, T0.addSecs(2));
    QCOMPARE(about.at(1).entryId, b);
    QVERIFY(journal.recentAbout(u"nobody"_s).isEmpty());
}

void TestRepositories::drafts()
{
    DraftRepository drafts(*m_db);
    QVERIFY(!drafts.load(u"signup"_s, u"default"_s).has_value());
    QJsonObject state{{u"email"_s, u"lilei@example.com"_s},
                      {u"name"_s, u"李雷"_s},
                      {u"accept"_s, true},
                      {u"count"_s, 3},
                      {u"members"_s, QJsonArray{u"zhang.san"_s, u"li.si"_s}}};
    drafts.save(u"signup"_s, u"default"_s, u"companyPage"_s, state, T0);
    auto loaded = drafts.load(u"signup"_s, u"default"_s);
    QVERIFY(loaded.has_value());
    QCOMPARE(loaded->page, u"companyPage"_s);
    QCOMPARE(loaded->state, state);
    QCOMPARE(loaded->updatedAt, T0);
    QVERIFY(!drafts.load(u"signup"_s, u"other"_s).has_value());
    QVERIFY(!drafts.load(u"binding"_s, u"default"_s).has_value());

    state.insert(u"count"_s, 4);
    drafts.save(u"signup"_s, u"default"_s, u"activationPage"_s, state, T0.addSecs(5));
    loaded = drafts.load(u"signup"_s, u"default"_s);
    QCOMPARE(loaded->page, u"activationPage"_s);
    QCOMPARE(loaded->state.value(u"count"_s).toInt(), 4);
    QCOMPARE(loaded->updatedAt, T0.addSecs(5));
    drafts.save(u"binding"_s, u"default"_s, u"first"_s, {}, T0);
    drafts.remove(u"signup"_s, u"default"_s);
    QVERIFY(!drafts.load(u"signup"_s, u"default"_s).has_value());
    QVERIFY(drafts.load(u"binding"_s, u"default"_s).has_value());
    drafts.remove(u"signup"_s, u"default"_s); // removing nothing is fine
}

// ---- list views -----------------------------------------------------------------------

// One row (at least) behind every list view.
void TestRepositories::populateEverything()
{
    seedBindable(*m_db);
    HuaweiAccountRepository(*m_db).insertPartner(AccountA, u"Partner Co"_s, PartnerModel::Referral,
                                                 T0, u"associated"_s);
    BindingRepository bindings(*m_db);
    const qint64 bindingId = bindings.insert(
        binding(u"CS2603020931AAAAA"_s, u"aaaaaaaa-0000-4000-8000-000000000001"_s, u"org_1"_s));
    const qint64 member =
        MemberRepository(*m_db).insert(makeMember(u"org_1"_s, u"zhang.san"_s), u"h"_s);
    bindings.authorize(bindingId, member, T0.addSecs(1000));
    FeeCenterRepository feeCenters(*m_db);
    const qint64 fc = feeCenters.insert(makeFeeCenter(u"acme_billing"_s), u"h"_s);
    feeCenters.linkHuaweiAccount(AccountA, fc, T0);
    WorkspaceRepository(*m_db).insert(
        makeWorkspace(u"wksp_00000000000000000000000000000001"_s, u"Production"_s, fc, 0));
    StoredValueCardRepository cards(*m_db);
    cards.insert(makeCard(u"6100000000000001"_s, fc, u"CS2603020931CCCCC"_s, T0.addDays(1)));
    cards.insertRedemption(u"CS2603020931CCCCC"_s, fc, T0.addDays(1));
    OutboxMessage message;
    message.sentAt = T0;
    message.destination = u"lilei@example.com"_s;
    message.kind = u"verificationCode"_s;
    message.params = {{u"code"_s, u"048213"_s}};
    OutboxRepository(*m_db).insert(message);
    JournalRepository(*m_db).append(entry(T0, u"createOrganization"_s, u"org_1"_s));
    AuthenticationRow request;
    request.accountId = AccountA;
    request.type = AccountType::Individual;
    request.certificateType = CertificateType::Passport;
    request.certificateNumber = u"E12345678"_s;
    request.subjectName = u"Li Lei"_s;
    request.status = ReviewStatus::Rejected;
    request.submittedAt = T0;
    request.dueBy = T0.addDays(3);
    request.reviewedAt = T0.addDays(1);
    request.rejectReason = RejectReason::Illegible;
    AuthenticationRepository(*m_db).insert(request);
    CtsTraceRepository(*m_db).insert(
        {0, AccountA, T0.addSecs(5), u"changePhone"_s, u"alice"_s, u"success"_s, u"x"_s});
}

void TestRepositories::listViewsColumnsOnEmptyDatabase()
{
    // The views and their column keys are the ones core/ListNames.h names (the GUI's texts
    // are checked against that list: tests/gui/test_text_tables).
    const QStringList names = ListViews::viewNames();
    QCOMPARE(names, toStrings(view::All));
    ListViews views(*m_db);
    for (const QString &name : names) {
        QVERIFY(ListViews::hasView(name));
        const QList<ColumnInfo> columns = ListViews::columns(name);
        QVERIFY2(!columns.isEmpty(), qPrintable(name));
        QCOMPARE(keysOf(columns), toStrings(view::columns(name)));
        QSet<QString> keys;
        for (const ColumnInfo &column : columns) {
            QVERIFY2(!column.key.isEmpty(), qPrintable(name));
            keys.insert(column.key);
            QCOMPARE(column.kind == ColumnKind::Enum, !column.enumName.isEmpty());
            if (column.kind == ColumnKind::Enum) // the GUI has a text for each of its values
                QVERIFY2(toStrings(enumName::All).contains(column.enumName),
                         qPrintable(name + QLatin1Char('.') + column.key));
        }
        QCOMPARE(keys.size(), columns.size()); // keys are unique

        ListQuery query;
        query.view = name;
        const ListPage page = views.page(query);
        QCOMPARE(page.columns.size(), columns.size());
        for (int i = 0; i < columns.size(); ++i) {
            QCOMPARE(page.columns.at(i).key, columns.at(i).key);
            QCOMPARE(page.columns.at(i).kind, columns.at(i).kind);
        }
        QVERIFY2(page.rows.isEmpty(), qPrintable(name));
        QCOMPARE(page.total, 0);
        // Every column sorts, ascending and descending.
        for (const ColumnInfo &column : columns) {
            query.sortColumn = column.key;
            query.descending = !query.descending;
            QCOMPARE(views.page(query).total, 0);
        }
        QCOMPARE(views.forEachRow(query, [](const QVariantList &, qint64, qint64) { return true; }),
                 0);
    }
    QVERIFY(!ListViews::hasView(u"users"_s));
    QVERIFY(ListViews::columns(u"users"_s).isEmpty());
}

void TestRepositories::listViewsRowsMatchColumns()
{
    populateEverything();
    ListViews views(*m_db);
    for (const QString &name : ListViews::viewNames()) {
        const QList<ColumnInfo> columns = ListViews::columns(name);
        ListQuery query;
        query.view = name;
        const ListPage page = views.page(query);
        QVERIFY2(!page.rows.isEmpty(), qPrintable(name));
        QCOMPARE(page.total, page.rows.size());
        for (const QVariantList &row : page.rows) {
            QCOMPARE(row.size(), columns.size());
            for (int i = 0; i < columns.size(); ++i) {
                const QVariant &value = row.at(i);
                switch (columns.at(i).kind) {
                case ColumnKind::Money:
                case ColumnKind::Integer:
                case ColumnKind::Boolean: {
                    bool ok = false;
                    value.toLongLong(&ok);
                    QVERIFY2(ok, qPrintable(name + QLatin1Char('.') + columns.at(i).key));
                    break;
                }
                case ColumnKind::Time:
                    QVERIFY2(value.isNull() || timeFromDb(value) >= T0,
                             qPrintable(name + QLatin1Char('.') + columns.at(i).key));
                    break;
                default:
                    break;
                }
            }
        }
        // Filtering on the first filterable column by the first row's value keeps that row.
        for (int i = 0; i < columns.size(); ++i) {
            ListQuery filtered = query;
            filtered.filters.insert(columns.at(i).key, page.rows.first().at(i));
            if (!ListViews::unknownName(filtered).isEmpty())
                continue;
            const ListPage one = views.page(filtered);
            QVERIFY2(!one.rows.isEmpty(), qPrintable(name + QLatin1Char('.') + columns.at(i).key));
            break;
        }
    }
    // Spot checks of computed columns.
    ListQuery query;
    query.view = view::FeeCenterAccounts;
    const ListPage fc = views.page(query);
    QCOMPARE(fc.value(0, column::CashBalance).toLongLong(), 12345);
    QCOMPARE(fc.value(0, column::CardBalance).toLongLong(), 7450);
    QCOMPARE(fc.value(0, column::WorkspaceCount).toInt(), 1);
    QCOMPARE(fc.value(0, column::LinkedHuaweiAccounts).toInt(), 1);
    query.view = view::Members;
    const ListPage members = views.page(query);
    QCOMPARE(members.value(0, column::LoginName).toString(), u"zhang.san@acme"_s);
    QCOMPARE(members.value(0, column::Authorized).toInt(), 1);
    query.view = view::Orders;
    query.filters = {{column::Redeemed, 1}};
    const ListPage redeemed = views.page(query);
    QCOMPARE(redeemed.total, 1);
    QCOMPARE(redeemed.value(0, column::OrderId).toString(), u"CS2603020931CCCCC"_s);
    query.filters = {{column::OrderId, u"CS2603020931AAAAA"_s}};
    const ListPage bound = views.page(query);
    QCOMPARE(bound.value(0, column::BoundOrganization).toString(), u"acme"_s);
    QCOMPARE(bound.value(0, column::Redeemed).toInt(), 0);
    query.view = view::HuaweiAccounts;
    query.filters.clear();
    const ListPage accounts = views.page(query);
    QCOMPARE(accounts.value(0, column::Partner).toString(), u"Partner Co"_s);
    QCOMPARE(accounts.value(0, column::Name).toString(), u"杭州观测云科技有限公司"_s);
}

namespace {

// 25 journal entries, one per minute; targets t00..t24; outcome "R-BND-2" on multiples of 5.
void seedJournal(Database &db)
{
    JournalRepository journal(db);
    for (int i = 0; i < 25; ++i)
        journal.append(entry(T0.addSecs(60 * i), i % 2 ? u"bindOrder"_s : u"createOrganization"_s,
                             QStringLiteral("t%1").arg(i, 2, 10, QLatin1Char('0')),
                             i % 5 == 0 ? u"R-BND-2"_s : u"success"_s));
}

QStringList targets(const ListPage &page)
{
    QStringList out;
    for (int row = 0; row < page.rows.size(); ++row)
        out << page.value(row, column::Target).toString();
    return out;
}

QStringList range(int from, int to) // inclusive, counting up or down
{
    QStringList out;
    for (int i = from; from <= to ? i <= to : i >= to; from <= to ? ++i : --i)
        out << QStringLiteral("t%1").arg(i, 2, 10, QLatin1Char('0'));
    return out;
}

} // namespace

void TestRepositories::listPaging_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QVariantMap>("filters");
    QTest::addColumn<QString>("sort");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("withTotal");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<qint64>("total");
    const QVariantMap none;
    QTest::newRow("default order is newest first")
        << QString() << none << QString() << false << 0 << 5 << true << range(24, 20) << qint64(25);
    QTest::newRow("second page") << QString() << none << QString() << false << 5 << 5 << true
                                 << range(19, 15) << qint64(25);
    QTest::newRow("last partial page")
        << QString() << none << QString() << false << 20 << 10 << true << range(4, 0) << qint64(25);
    QTest::newRow("past the end") << QString() << none << QString() << false << 30 << 10 << true
                                  << QStringList() << qint64(25);
    QTest::newRow("sorted ascending") << QString() << none << QString(column::At) << false << 0 << 3
                                      << true << range(0, 2) << qint64(25);
    QTest::newRow("sorted by target descending")
        << QString() << none << QString(column::Target) << true << 0 << 3 << true << range(24, 22)
        << qint64(25);
    QTest::newRow("without total") << QString() << none << QString(column::At) << false << 10 << 2
                                   << false << range(10, 11) << qint64(-1);
    QTest::newRow("search target") << u"t1"_s << none << QString(column::At) << false << 0 << 100
                                   << true << range(10, 19) << qint64(10);
    QTest::newRow("search is case-insensitive")
        << u"BINDORDER"_s << none << QString(column::At) << false << 0 << 3 << true
        << QStringList{u"t01"_s, u"t03"_s, u"t05"_s} << qint64(12);
    QTest::newRow("search is trimmed") << u"  t07 "_s << none << QString() << false << 0 << 10
                                       << true << QStringList{u"t07"_s} << qint64(1);
    QTest::newRow("filter outcome")
        << QString() << QVariantMap{{column::Outcome, u"R-BND-2"_s}} << QString(column::At) << false
        << 0 << 100 << true << QStringList{u"t00"_s, u"t05"_s, u"t10"_s, u"t15"_s, u"t20"_s}
        << qint64(5);
    QTest::newRow("filter and search")
        << u"bind"_s << QVariantMap{{column::Outcome, u"R-BND-2"_s}} << QString(column::At) << true
        << 0 << 100 << true << QStringList{u"t15"_s, u"t05"_s} << qint64(2);
    QTest::newRow("two filters") << QString()
                                 << QVariantMap{{column::Outcome, u"R-BND-2"_s},
                                                {column::Operation, u"createOrganization"_s}}
                                 << QString(column::At) << false << 1 << 1 << true
                                 << QStringList{u"t10"_s} << qint64(3);
    QTest::newRow("nothing matches")
        << u"zzz"_s << none << QString() << false << 0 << 10 << true << QStringList() << qint64(0);
    QTest::newRow("zero limit") << QString() << none << QString() << false << 0 << 0 << true
                                << QStringList() << qint64(25);
}

void TestRepositories::listPaging()
{
    QFETCH(QString, search);
    QFETCH(QVariantMap, filters);
    QFETCH(QString, sort);
    QFETCH(bool, descending);
    QFETCH(int, offset);
    QFETCH(int, limit);
    QFETCH(bool, withTotal);
    QFETCH(QStringList, expected);
    QFETCH(qint64, total);
    seedJournal(*m_db);
    ListQuery query;
    query.view = view::Journal;
    query.search = search;
    query.filters = filters;
    query.sortColumn = sort;
    query.descending = descending;
    query.offset = offset;
    query.limit = limit;
    query.withTotal = withTotal;
    QVERIFY(ListViews::unknownName(query).isEmpty());
    const ListPage page = ListViews(*m_db).page(query);
    QCOMPARE(targets(page), expected);
    QCOMPARE(page.total, total);
    QCOMPARE(page.offset, offset);
}

// Rows with equal sort values are ordered by the view's key, so pages never overlap.
void TestRepositories::listSortTieBreaker()
{
    JournalRepository journal(*m_db);
    for (int i = 0; i < 10; ++i)
        journal.append(entry(T0, u"same"_s, QStringLiteral("t%1").arg(i, 2, 10, QLatin1Char('0'))));
    for (const bool descending : {false, true}) {
        QStringList seen;
        for (int offset = 0; offset < 10; offset += 3) {
            ListQuery query;
            query.view = view::Journal;
            query.sortColumn = column::Operation;
            query.descending = descending;
            query.offset = offset;
            query.limit = 3;
            seen << targets(ListViews(*m_db).page(query));
        }
        QCOMPARE(seen, descending ? range(9, 0) : range(0, 9));
    }
}

void TestRepositories::listSearchEscapesWildcards_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("percent is literal") << u"50%"_s << QStringList{u"50%"_s};
    QTest::newRow("underscore is literal") << u"a_b"_s << QStringList{u"a_b"_s};
    QTest::newRow("backslash is literal") << u"c\\d"_s << QStringList{u"c\\d"_s};
    QTest::newRow("lone percent") << u"%"_s << QStringList{u"50%"_s};
    QTest::newRow("lone underscore") << u"_"_s << QStringList{u"a_b"_s};
    QTest::newRow("plain prefix matches all that contain it")
        << u"50"_s << QStringList{u"50%"_s, u"500"_s};
    QTest::newRow("quote") << u"o'brien"_s << QStringList{u"o'brien"_s};
}

void TestRepositories::listSearchEscapesWildcards()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    JournalRepository journal(*m_db);
    int i = 0;
    for (const QString &target :
         {u"50%"_s, u"500"_s, u"a_b"_s, u"axb"_s, u"c\\d"_s, u"cd"_s, u"o'brien"_s})
        journal.append(entry(T0.addSecs(i++), u"op"_s, target));
    ListQuery query;
    query.view = view::Journal;
    query.search = search;
    query.sortColumn = column::At;
    QCOMPARE(targets(ListViews(*m_db).page(query)), expected);
}

void TestRepositories::listFilters()
{
    populateEverything();
    ListViews views(*m_db);
    ListQuery query;
    query.view = view::Instances;
    query.filters = {{column::Status, u"active"_s}, {column::AccountId, AccountA}};
    QCOMPARE(views.page(query).total, 2);
    query.filters = {{column::Status, u"provisioning"_s}};
    QCOMPARE(views.page(query).total, 0);
    query.view = view::Workspaces;
    query.filters = {{column::Site, u"cn4"_s}, {column::Language, u"en"_s}};
    QCOMPARE(views.page(query).total, 1);
    query.filters = {{column::Site, u"cn1"_s}};
    QCOMPARE(views.page(query).total, 0);
    // The outbox view shows sent messages only.
    OutboxMessage held;
    held.sentAt = T0;
    held.destination = u"+8613900139000"_s;
    held.kind = u"memberCredentials"_s;
    OutboxRepository(*m_db).insert(held, true, u"member:1"_s);
    query.view = view::Outbox;
    query.filters.clear();
    QCOMPARE(views.page(query).total, 1);
    OutboxRepository(*m_db).release(u"member:1"_s, T0.addSecs(1));
    QCOMPARE(views.page(query).total, 2);
}

void TestRepositories::listUnknownNames_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("sort");
    QTest::addColumn<QVariantMap>("filters");
    QTest::addColumn<QString>("unknown");
    const QVariantMap none;
    QTest::newRow("valid") << QString(view::Journal) << QString(column::At)
                           << QVariantMap{{column::Outcome, u"success"_s}} << QString();
    QTest::newRow("valid without sort") << QString(view::Orders) << QString() << none << QString();
    QTest::newRow("unknown view") << u"users"_s << QString() << none << u"users"_s;
    QTest::newRow("empty view") << QString() << QString() << none << u"view"_s;
    QTest::newRow("unknown sort column")
        << QString(view::Journal) << u"password"_s << none << u"password"_s;
    QTest::newRow("SQL as sort column") << QString(view::Journal) << u"at; DROP TABLE journal"_s
                                        << none << u"at; DROP TABLE journal"_s;
    QTest::newRow("unknown filter")
        << QString(view::Journal) << QString() << QVariantMap{{u"nope"_s, 1}} << u"nope"_s;
    QTest::newRow("searchable but not filterable")
        << QString(view::Journal) << QString() << QVariantMap{{column::Details, u"x"_s}}
        << QString(column::Details);
    QTest::newRow("sortable but not filterable")
        << QString(view::Orders) << QString(column::Amount) << QVariantMap{{column::Amount, 100}}
        << QString(column::Amount);
    QTest::newRow("column of another view")
        << QString(view::Orders) << QString() << QVariantMap{{column::Abbreviation, u"acme"_s}}
        << QString(column::Abbreviation);
}

void TestRepositories::listUnknownNames()
{
    QFETCH(QString, view);
    QFETCH(QString, sort);
    QFETCH(QVariantMap, filters);
    QFETCH(QString, unknown);
    seedJournal(*m_db);
    ListQuery query;
    query.view = view;
    query.sortColumn = sort;
    query.filters = filters;
    QCOMPARE(ListViews::unknownName(query), unknown);
    const ListPage page = ListViews(*m_db).page(query);
    if (unknown.isEmpty()) {
        QVERIFY(!page.columns.isEmpty());
    } else {
        QVERIFY(page.columns.isEmpty());
        QVERIFY(page.rows.isEmpty());
        QCOMPARE(page.total, 0);
        QCOMPARE(ListViews(*m_db).forEachRow(
                     query, [](const QVariantList &, qint64, qint64) { return true; }),
                 0);
    }
    QCOMPARE(JournalRepository(*m_db).recent(100).size(), 25); // nothing was dropped
}

void TestRepositories::forEachRow()
{
    seedJournal(*m_db);
    ListViews views(*m_db);
    ListQuery query;
    query.view = view::Journal;
    query.sortColumn = column::At;
    query.offset = 20; // ignored: every row is streamed
    query.limit = 2;
    QStringList streamed;
    QList<qint64> indexes;
    const qint64 delivered =
        views.forEachRow(query, [&](const QVariantList &row, qint64 index, qint64 total) {
            streamed << row.at(5).toString(); // target
            indexes << index;
            return total == 25;
        });
    QCOMPARE(delivered, 25);
    QCOMPARE(streamed, range(0, 24));
    QCOMPARE(indexes.first(), 0);
    QCOMPARE(indexes.last(), 24);

    // Filters and search apply; the sink can stop early.
    query.filters = {{column::Outcome, u"R-BND-2"_s}};
    query.descending = true;
    streamed.clear();
    qint64 seenTotal = -1;
    const qint64 stopped =
        views.forEachRow(query, [&](const QVariantList &row, qint64 index, qint64 total) {
            streamed << row.at(5).toString();
            seenTotal = total;
            return index < 2;
        });
    QCOMPARE(stopped, 3);
    QCOMPARE(seenTotal, 5);
    QCOMPARE(streamed, (QStringList{u"t20"_s, u"t15"_s, u"t10"_s}));
}

// The export's cells as the store holds them (forEachRawRow: on SQLite from a statement
// of its own) are forEachRow's values, cell for cell, in every view of the demo story
// (Chinese text, money, times, nulls), searched and filtered too (bound values), outside a
// transaction and in one (as a service reads). A read stopped early leaves its
// transaction usable.
void TestRepositories::forEachRawRowHoldsForEachRowsValues()
{
    const oc::test::DemoDatabase demo = oc::test::demoDatabase(*m_dir);
    const auto drop = qScopeGuard([&] { oc::test::dropDatabase(demo.copy); });
    ServiceHost host(oc::test::demoHostOptions(demo));
    QVERIFY2(host.open().ok(), "open the demo");
    const auto db = oc::test::openStore(demo.copy);
    ListViews views(*db);
    using Kind = ListViews::RawCell::Kind;
    int compared = 0;
    int texts = 0;
    int nulls = 0;
    // The rows of `query` both ways, compared cell by cell; then read again stopped after
    // the first row, and the next read still works. Inside a transaction when asked.
    const auto compare = [&](ListQuery query, bool inTransaction) {
        std::optional<Transaction> transaction;
        if (inTransaction)
            transaction.emplace(*db);
        QList<QVariantList> expected;
        const qint64 total = views.forEachRow(query, [&](const QVariantList &row, qint64, qint64) {
            expected << row;
            return true;
        });
        qint64 seen = 0;
        QString mismatch;
        const qint64 rawTotal = views.forEachRawRow(
            query, [&](const QList<ListViews::RawCell> &row, qint64 index, qint64) {
                const QVariantList &want = expected.value(index);
                if (row.size() != want.size()) {
                    mismatch = u"width %1, not %2"_s.arg(row.size()).arg(want.size());
                    return false;
                }
                for (qsizetype i = 0; i < row.size(); ++i) {
                    const ListViews::RawCell &cell = row.at(i);
                    const QVariant &value = want.at(i);
                    bool same = false;
                    switch (cell.kind) {
                    case Kind::Null:
                        same = value.isNull();
                        ++nulls;
                        break;
                    case Kind::Integer:
                        // Not a text or a fraction the store holds, but a number.
                        same = !value.isNull() && value.typeId() != QMetaType::QString &&
                               value.typeId() != QMetaType::Double &&
                               value.toString() == QString::number(cell.integer);
                        break;
                    case Kind::Real:
                        same = !value.isNull() && value.toDouble() == cell.real;
                        break;
                    case Kind::Text:
                        // A text the store holds, not a number written out.
                        same = value.typeId() == QMetaType::QString && !value.isNull() &&
                               value.toString().toUtf8() == cell.text;
                        ++texts;
                        break;
                    }
                    if (!same) {
                        mismatch = u"row %1 cell %2: %3"_s.arg(index).arg(i).arg(value.toString());
                        return false;
                    }
                }
                ++seen;
                return true;
            });
        QString what = query.view + u" \""_s + query.search + u"\""_s;
        for (auto it = query.filters.cbegin(); it != query.filters.cend(); ++it)
            what += u" "_s + it.key() + u"="_s + it.value().toString();
        QVERIFY2(mismatch.isEmpty(), qPrintable(what + u" "_s + mismatch));
        QVERIFY2(rawTotal == total && seen == total, qPrintable(what));
        compared += int(seen);
        if (total > 1) {
            // Stopped after the first row: one row, and the next read still works.
            const qint64 stopped = views.forEachRawRow(
                query, [](const QList<ListViews::RawCell> &, qint64, qint64) { return false; });
            QCOMPARE(stopped, 1);
            query.limit = 1;
            QCOMPARE(views.page(query).rows.value(0), expected.value(0));
        }
        if (transaction)
            transaction->commit();
    };
    for (const bool inTransaction : {false, true}) {
        for (const QString &view : ListViews::viewNames()) {
            for (const QString &search : {QString(), u"a"_s, u"云"_s}) {
                ListQuery query;
                query.view = view;
                query.search = search;
                compare(query, inTransaction);
                if (QTest::currentTestFailed())
                    return;
            }
        }
        // Filters: their values bound as a whole number and as a text.
        ListQuery cards;
        cards.view = view::StoredValueCards;
        cards.limit = 1;
        const ListPage first = views.page(cards);
        QVERIFY(!first.rows.isEmpty());
        cards.filters = {{column::FeeCenterAccountId, first.value(0, column::FeeCenterAccountId)},
                         {column::Status, first.value(0, column::Status)}};
        QVERIFY(cards.filters.value(column::FeeCenterAccountId).toLongLong() > 0);
        compare(cards, inTransaction);
        cards.filters.remove(column::Status);
        cards.search = u"0"_s;
        compare(cards, inTransaction);
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY2(compared > 100 && texts > 100 && nulls > 0,
             qPrintable(u"%1 rows, %2 texts, %3 nulls"_s.arg(compared).arg(texts).arg(nulls)));
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "test_repositories.moc"
