#include "Repositories.h"

#include <QJsonDocument>

namespace oc::store {

namespace {

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

// Binds a possibly-null id (0 = none).
QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

HuaweiAccount readAccount(const SqlQuery &q)
{
    HuaweiAccount a;
    a.accountId = q.text(0);
    a.loginId = q.text(1);
    a.tenantName = q.text(2);
    a.email = q.text(3);
    a.mobile = q.text(4);
    a.countryRegion = q.text(5);
    a.accountType = enumOr(q.text(6), AccountType::Unset);
    a.fullName = q.text(7);
    a.enterpriseName = q.text(8);
    a.authStatus = enumOr(q.text(9), AuthStatus::Unauthenticated);
    a.servicesStatus = enumOr(q.text(10), ServicesStatus::Enabled);
    a.retentionUntil = timeFromDb(q.value(11));
    a.messageLanguage = q.text(12);
    a.timeZone = q.text(13);
    a.currency = q.text(14);
    a.contactAddress = q.text(15);
    a.industry = q.text(16);
    a.createdAt = timeFromDb(q.value(17));
    return a;
}

const char *AccountColumns =
    "account_id, login_id, tenant_name, email, mobile, country_region, account_type, full_name, "
    "enterprise_name, auth_status, services_status, retention_until, message_language, "
    "time_zone, currency, contact_address, industry, created_at";

Instance readInstance(const SqlQuery &q)
{
    Instance i;
    i.instanceId = q.text(0);
    i.orderId = q.text(1);
    i.accountId = q.text(2);
    i.productId = q.text(3);
    i.status = enumOr(q.text(4), InstanceStatus::Provisioning);
    i.openedAt = timeFromDb(q.value(5));
    i.activeAt = timeFromDb(q.value(6));
    i.closedAt = timeFromDb(q.value(7));
    return i;
}

const char *InstanceColumns =
    "instance_id, order_id, account_id, product_id, status, opened_at, active_at, closed_at";

Organization readOrganization(const SqlQuery &q)
{
    Organization o;
    o.organizationId = q.text(0);
    o.ownerAccountId = q.text(1);
    o.enterpriseName = q.text(2);
    o.abbreviation = q.text(3);
    o.status = enumOr(q.text(4), OrganizationStatus::Creating);
    o.createdAt = timeFromDb(q.value(5));
    o.readyAt = timeFromDb(q.value(6));
    return o;
}

const char *OrganizationColumns = "organization_id, owner_account_id, enterprise_name, "
                                  "abbreviation, status, created_at, ready_at";

Member readMember(const SqlQuery &q)
{
    Member m;
    m.memberId = q.integer(0);
    m.organizationId = q.text(1);
    m.account = q.text(2);
    m.displayName = q.text(3);
    m.departmentId = q.integer(4);
    m.mobile = q.text(5);
    m.email = q.text(6);
    m.mustChangePassword = q.integer(7) != 0;
    m.enabled = q.integer(8) != 0;
    m.createdAt = timeFromDb(q.value(9));
    return m;
}

const char *MemberColumns = "member_id, organization_id, account, display_name, department_id, "
                            "mobile, email, must_change_password, enabled, created_at";

AppBinding readBinding(const SqlQuery &q)
{
    AppBinding b;
    b.bindingId = q.integer(0);
    b.orderId = q.text(1);
    b.instanceId = q.text(2);
    b.productId = q.text(3);
    b.organizationId = q.text(4);
    b.boundAt = timeFromDb(q.value(5));
    return b;
}

const char *BindingColumns =
    "binding_id, order_id, instance_id, product_id, organization_id, bound_at";

GuanceAccount readGuance(const SqlQuery &q)
{
    GuanceAccount g;
    g.guanceAccountId = q.integer(0);
    g.username = q.text(1);
    g.email = q.text(2);
    g.site = q.text(3);
    g.mobile = q.text(4);
    g.createdAt = timeFromDb(q.value(5));
    return g;
}

const char *GuanceColumns = "guance_account_id, username, email, site, mobile, created_at";

FeeCenterAccount readFeeCenter(const SqlQuery &q)
{
    FeeCenterAccount f;
    f.feeCenterAccountId = q.integer(0);
    f.username = q.text(1);
    f.email = q.text(2);
    f.enterpriseName = q.text(3);
    f.industry = q.text(4);
    f.contact = q.text(5);
    f.cashBalance = Fen(q.integer(6));
    f.createdAt = timeFromDb(q.value(7));
    return f;
}

const char *FeeCenterColumns = "fee_center_account_id, username, email, enterprise_name, industry, "
                               "contact, cash_balance_fen, created_at";

Workspace readWorkspace(const SqlQuery &q)
{
    Workspace w;
    w.workspaceId = q.text(0);
    w.name = q.text(1);
    w.language = enumOr(q.text(2), WorkspaceLanguage::Chinese);
    w.site = q.text(3);
    w.ownerGuanceAccountId = q.integer(4);
    w.feeCenterAccountId = q.integer(5);
    w.settlement = enumOr(q.text(6), SettlementMethod::FeeCenter);
    w.settlementAccountId = q.text(7);
    w.settlementInstanceId = q.text(8);
    w.settlementChangedAt = timeFromDb(q.value(9));
    w.status = enumOr(q.text(10), WorkspaceStatus::Active);
    w.lockReason = q.text(11);
    w.lockedAt = timeFromDb(q.value(12));
    w.createdAt = timeFromDb(q.value(13));
    return w;
}

const char *WorkspaceColumns =
    "workspace_id, name, language, site, owner_guance_account_id, fee_center_account_id, "
    "settlement_method, settlement_account_id, settlement_instance_id, settlement_changed_at, "
    "status, lock_reason, locked_at, created_at";

StoredValueCard readCard(const SqlQuery &q)
{
    StoredValueCard c;
    c.cardNumber = q.text(0);
    c.feeCenterAccountId = q.integer(1);
    c.faceValue = Fen(q.integer(2));
    c.balance = Fen(q.integer(3));
    c.status = enumOr(q.text(4), CardStatus::Available);
    c.purchaseType = enumOr(q.text(5), PurchaseType::HuaweiMarketplace);
    c.purchasedAt = timeFromDb(q.value(6));
    c.expiresAt = timeFromDb(q.value(7));
    c.sourceOrderId = q.text(8);
    return c;
}

const char *CardColumns =
    "card_number, fee_center_account_id, face_value_fen, balance_fen, status, "
    "purchase_type, purchased_at, expires_at, source_order_id";

QString sel(const char *columns, const char *rest)
{
    return s("SELECT ") + s(columns) + QLatin1Char(' ') + s(rest);
}

} // namespace

// ---- meta ---------------------------------------------------------------------------

std::optional<QString> MetaRepository::get(const QString &key)
{
    SqlQuery q(m_db, s("SELECT value FROM meta WHERE key = :key"));
    q.bind(s(":key"), key).exec();
    if (q.next())
        return q.text(0);
    return std::nullopt;
}

std::optional<QString> MetaRepository::getForUpdate(const QString &key)
{
    SqlQuery q(m_db, s("SELECT value FROM meta WHERE key = :key") + m_db.dialect().forUpdate());
    q.bind(s(":key"), key).exec();
    if (q.next())
        return q.text(0);
    return std::nullopt;
}

void MetaRepository::lockAgainstWriters()
{
    if (m_db.dialect().kind() == SqlDialect::Kind::Postgres)
        m_db.execute(s("LOCK TABLE meta IN SHARE ROW EXCLUSIVE MODE"));
}

void MetaRepository::setIfChanged(const QString &key, const QString &value)
{
    SqlQuery update(m_db,
                    s("UPDATE meta SET value = :value WHERE key = :key AND value <> :value2"));
    update.bind(s(":value"), value).bind(s(":key"), key).bind(s(":value2"), value).exec();
    if (update.rowsAffected() > 0)
        return;
    SqlQuery(m_db, s("INSERT INTO meta (key, value) VALUES (:key, :value) "
                     "ON CONFLICT (key) DO NOTHING"))
        .bind(s(":key"), key)
        .bind(s(":value"), value)
        .exec();
}

void MetaRepository::set(const QString &key, const QString &value)
{
    SqlQuery(m_db, s("INSERT INTO meta (key, value) VALUES (:key, :value) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"))
        .bind(s(":key"), key)
        .bind(s(":value"), value)
        .exec();
}

// ---- Huawei accounts ----------------------------------------------------------------

void HuaweiAccountRepository::insert(const HuaweiAccount &a, const QString &passwordHash)
{
    SqlQuery(m_db,
             s("INSERT INTO huawei_accounts (account_id, login_id, tenant_name, email, mobile, "
               "country_region, password_hash, account_type, full_name, enterprise_name, "
               "auth_status, services_status, retention_until, message_language, time_zone, "
               "currency, contact_address, industry, created_at) VALUES (:id, :login, :tenant, "
               ":email, :mobile, :country, :hash, :type, :full, :ent, :auth, :services, "
               ":retention, :lang, :tz, :currency, :address, :industry, :created)"))
        .bind(s(":id"), a.accountId)
        .bind(s(":login"), a.loginId)
        .bind(s(":tenant"), a.tenantName)
        .bind(s(":email"), a.email)
        .bind(s(":mobile"), a.mobile)
        .bind(s(":country"), a.countryRegion)
        .bind(s(":hash"), passwordHash)
        .bind(s(":type"), toString(a.accountType))
        .bind(s(":full"), a.fullName)
        .bind(s(":ent"), a.enterpriseName)
        .bind(s(":auth"), toString(a.authStatus))
        .bind(s(":services"), toString(a.servicesStatus))
        .bind(s(":retention"), toDb(a.retentionUntil))
        .bind(s(":lang"), a.messageLanguage.isEmpty() ? s("zh_CN") : a.messageLanguage)
        .bind(s(":tz"), a.timeZone.isEmpty() ? s("Asia/Shanghai") : a.timeZone)
        .bind(s(":currency"), a.currency.isEmpty() ? s("CNY") : a.currency)
        .bind(s(":address"), a.contactAddress)
        .bind(s(":industry"), a.industry)
        .bind(s(":created"), toDb(a.createdAt))
        .exec();
}

std::optional<HuaweiAccount> HuaweiAccountRepository::find(const QString &accountId)
{
    SqlQuery q(m_db, sel(AccountColumns, "FROM huawei_accounts WHERE account_id = :id"));
    q.bind(s(":id"), accountId).exec();
    if (q.next())
        return readAccount(q);
    return std::nullopt;
}

bool HuaweiAccountRepository::exists(const QString &accountId)
{
    SqlQuery q(m_db, s("SELECT 1 FROM huawei_accounts WHERE account_id = :id"));
    q.bind(s(":id"), accountId).exec();
    return q.next();
}

void HuaweiAccountRepository::setAuthStatus(const QString &accountId, AuthStatus status)
{
    SqlQuery(m_db, s("UPDATE huawei_accounts SET auth_status = :s WHERE account_id = :id"))
        .bind(s(":s"), toString(status))
        .bind(s(":id"), accountId)
        .exec();
}

void HuaweiAccountRepository::setAccountType(const QString &accountId, AccountType type,
                                             const QString &fullName, const QString &enterpriseName)
{
    SqlQuery(m_db, s("UPDATE huawei_accounts SET account_type = :t, full_name = :f, "
                     "enterprise_name = :e WHERE account_id = :id"))
        .bind(s(":t"), toString(type))
        .bind(s(":f"), fullName)
        .bind(s(":e"), enterpriseName)
        .bind(s(":id"), accountId)
        .exec();
}

void HuaweiAccountRepository::setServices(const QString &accountId, ServicesStatus status,
                                          const QDateTime &closedAt,
                                          const QDateTime &retentionUntil)
{
    SqlQuery(m_db, s("UPDATE huawei_accounts SET services_status = :s, services_closed_at = :c, "
                     "retention_until = :r WHERE account_id = :id"))
        .bind(s(":s"), toString(status))
        .bind(s(":c"), toDb(closedAt))
        .bind(s(":r"), toDb(retentionUntil))
        .bind(s(":id"), accountId)
        .exec();
}

void HuaweiAccountRepository::setTenantName(const QString &accountId, const QString &oldName,
                                            const QString &newName, const QDateTime &at)
{
    SqlQuery(m_db, s("UPDATE huawei_accounts SET tenant_name = :n WHERE account_id = :id"))
        .bind(s(":n"), newName)
        .bind(s(":id"), accountId)
        .exec();
    SqlQuery(m_db, s("INSERT INTO tenant_name_changes (account_id, old_name, new_name, changed_at) "
                     "VALUES (:id, :o, :n, :at)"))
        .bind(s(":id"), accountId)
        .bind(s(":o"), oldName)
        .bind(s(":n"), newName)
        .bind(s(":at"), toDb(at))
        .exec();
}

int HuaweiAccountRepository::tenantNameChangesBetween(const QString &accountId,
                                                      const QDateTime &from, const QDateTime &to)
{
    SqlQuery q(m_db, s("SELECT count(*) FROM tenant_name_changes WHERE account_id = :id "
                       "AND changed_at >= :f AND changed_at < :t"));
    q.bind(s(":id"), accountId).bind(s(":f"), toDb(from)).bind(s(":t"), toDb(to)).exec();
    return q.next() ? int(q.integer(0)) : 0;
}

void HuaweiAccountRepository::insertAuthentication(
    const QString &accountId, const QString &type, const QString &certificateType,
    const QString &certificateNumber, const QString &subjectName, const QString &status,
    const QDateTime &submittedAt, const QDateTime &reviewedAt, const QString &note)
{
    SqlQuery(m_db, s("INSERT INTO authentications (account_id, auth_type, certificate_type, "
                     "certificate_number, subject_name, status, submitted_at, reviewed_at, "
                     "reviewer_note) VALUES (:id, :type, :ct, :cn, :sn, :st, :sub, :rev, :note)"))
        .bind(s(":id"), accountId)
        .bind(s(":type"), type)
        .bind(s(":ct"), certificateType)
        .bind(s(":cn"), certificateNumber)
        .bind(s(":sn"), subjectName)
        .bind(s(":st"), status)
        .bind(s(":sub"), toDb(submittedAt))
        .bind(s(":rev"), toDb(reviewedAt))
        .bind(s(":note"), note)
        .exec();
}

void HuaweiAccountRepository::insertPartner(const QString &accountId, const QString &partnerName,
                                            PartnerModel model, const QDateTime &since,
                                            const QString &status)
{
    SqlQuery(m_db, s("INSERT INTO partner_associations (account_id, partner_name, model, since, "
                     "status) VALUES (:id, :p, :m, :since, :st)"))
        .bind(s(":id"), accountId)
        .bind(s(":p"), partnerName)
        .bind(s(":m"), toString(model))
        .bind(s(":since"), toDb(since))
        .bind(s(":st"), status)
        .exec();
}

void HuaweiAccountRepository::setPartnerBudget(const QString &accountId, Fen budget,
                                               const QString &status)
{
    SqlQuery(m_db, s("UPDATE partner_associations SET budget_fen = :b, status = :st "
                     "WHERE account_id = :id"))
        .bind(s(":b"), budget.value)
        .bind(s(":st"), status)
        .bind(s(":id"), accountId)
        .exec();
}

// ---- catalogue, orders, instances ---------------------------------------------------

void CatalogueRepository::insert(const Product &p)
{
    SqlQuery(m_db, s("INSERT INTO products (product_id, kind, name, unit_price_fen) "
                     "VALUES (:id, :kind, :name, :price)"))
        .bind(s(":id"), p.productId)
        .bind(s(":kind"), toString(p.kind))
        .bind(s(":name"), p.name)
        .bind(s(":price"), p.unitPrice.value)
        .exec();
}

std::optional<Product> CatalogueRepository::find(const QString &productId)
{
    SqlQuery q(m_db, s("SELECT product_id, kind, name, unit_price_fen FROM products "
                       "WHERE product_id = :id"));
    q.bind(s(":id"), productId).exec();
    if (!q.next())
        return std::nullopt;
    return Product{q.text(0), enumOr(q.text(1), ProductKind::Subscription), q.text(2),
                   Fen(q.integer(3))};
}

void OrderRepository::insert(const Order &o)
{
    SqlQuery(m_db, s("INSERT INTO orders (order_id, account_id, product_id, quantity, amount_fen, "
                     "status, created_at, paid_at) VALUES (:id, :acc, :prod, :qty, :amount, "
                     ":status, :created, :paid)"))
        .bind(s(":id"), o.orderId)
        .bind(s(":acc"), o.accountId)
        .bind(s(":prod"), o.productId)
        .bind(s(":qty"), o.quantity)
        .bind(s(":amount"), o.amount.value)
        .bind(s(":status"), toString(o.status))
        .bind(s(":created"), toDb(o.createdAt))
        .bind(s(":paid"), o.status == OrderStatus::Paid ? toDb(o.createdAt) : toDb({}))
        .exec();
}

std::optional<Order> OrderRepository::find(const QString &orderId)
{
    SqlQuery q(m_db, s("SELECT order_id, account_id, product_id, quantity, amount_fen, status, "
                       "created_at FROM orders WHERE order_id = :id"));
    q.bind(s(":id"), orderId).exec();
    if (!q.next())
        return std::nullopt;
    Order o;
    o.orderId = q.text(0);
    o.accountId = q.text(1);
    o.productId = q.text(2);
    o.quantity = int(q.integer(3));
    o.amount = Fen(q.integer(4));
    o.status = enumOr(q.text(5), OrderStatus::Unpaid);
    o.createdAt = timeFromDb(q.value(6));
    return o;
}

QStringList OrderRepository::paidWithoutInstance(const QString &productId, int limit)
{
    SqlQuery q(m_db, s("SELECT o.order_id FROM orders o WHERE o.product_id = :prod AND "
                       "o.status = 'paid' AND NOT EXISTS (SELECT 1 FROM instances i WHERE "
                       "i.order_id = o.order_id) ORDER BY o.created_at, o.order_id LIMIT :l"));
    q.bind(s(":prod"), productId).bind(s(":l"), limit).exec();
    QStringList ids;
    while (q.next())
        ids << q.text(0);
    return ids;
}

void InstanceRepository::insert(const Instance &i)
{
    SqlQuery(m_db,
             s("INSERT INTO instances (instance_id, order_id, account_id, product_id, status, "
               "opened_at, active_at, closed_at) VALUES (:id, :order, :acc, :prod, :status, "
               ":opened, :active, :closed)"))
        .bind(s(":id"), i.instanceId)
        .bind(s(":order"), i.orderId)
        .bind(s(":acc"), i.accountId)
        .bind(s(":prod"), i.productId)
        .bind(s(":status"), toString(i.status))
        .bind(s(":opened"), toDb(i.openedAt))
        .bind(s(":active"), toDb(i.activeAt))
        .bind(s(":closed"), toDb(i.closedAt))
        .exec();
}

std::optional<Instance> InstanceRepository::find(const QString &instanceId)
{
    SqlQuery q(m_db, sel(InstanceColumns, "FROM instances WHERE instance_id = :id"));
    q.bind(s(":id"), instanceId).exec();
    if (q.next())
        return readInstance(q);
    return std::nullopt;
}

std::optional<Instance> InstanceRepository::findByOrder(const QString &orderId)
{
    SqlQuery q(m_db, sel(InstanceColumns, "FROM instances WHERE order_id = :id"));
    q.bind(s(":id"), orderId).exec();
    if (q.next())
        return readInstance(q);
    return std::nullopt;
}

void InstanceRepository::setStatus(const QString &instanceId, InstanceStatus status,
                                   const QDateTime &closedAt)
{
    SqlQuery(m_db, s("UPDATE instances SET status = :s, closed_at = :c WHERE instance_id = :id"))
        .bind(s(":s"), toString(status))
        .bind(s(":c"), toDb(closedAt))
        .bind(s(":id"), instanceId)
        .exec();
}

std::optional<Instance> InstanceRepository::newestActive(const QString &accountId,
                                                         const QString &productId)
{
    SqlQuery q(m_db, sel(InstanceColumns, "FROM instances WHERE account_id = :acc AND "
                                          "product_id = :prod AND status = 'active' "
                                          "ORDER BY opened_at DESC, instance_id DESC LIMIT 1"));
    q.bind(s(":acc"), accountId).bind(s(":prod"), productId).exec();
    if (q.next())
        return readInstance(q);
    return std::nullopt;
}

QStringList InstanceRepository::activateDue(const QDateTime &now)
{
    SqlQuery q(m_db, s("UPDATE instances SET status = 'active' WHERE status = 'provisioning' "
                       "AND active_at <= :now RETURNING instance_id"));
    q.bind(s(":now"), toDb(now)).exec();
    QStringList ids;
    while (q.next())
        ids << q.text(0);
    return ids;
}

// ---- organizations, departments, members, bindings -----------------------------------

void OrganizationRepository::insert(const Organization &o)
{
    SqlQuery(m_db,
             s("INSERT INTO organizations (organization_id, owner_account_id, enterprise_name, "
               "abbreviation, status, created_at, ready_at) VALUES (:id, :owner, :name, "
               ":abbr, :status, :created, :ready)"))
        .bind(s(":id"), o.organizationId)
        .bind(s(":owner"), o.ownerAccountId)
        .bind(s(":name"), o.enterpriseName)
        .bind(s(":abbr"), o.abbreviation)
        .bind(s(":status"), toString(o.status))
        .bind(s(":created"), toDb(o.createdAt))
        .bind(s(":ready"), toDb(o.readyAt))
        .exec();
}

std::optional<Organization> OrganizationRepository::find(const QString &organizationId)
{
    SqlQuery q(m_db, sel(OrganizationColumns, "FROM organizations WHERE organization_id = :id"));
    q.bind(s(":id"), organizationId).exec();
    if (q.next())
        return readOrganization(q);
    return std::nullopt;
}

std::optional<Organization> OrganizationRepository::findByAbbreviation(const QString &abbreviation)
{
    SqlQuery q(m_db, sel(OrganizationColumns, "FROM organizations WHERE abbreviation = :a"));
    q.bind(s(":a"), abbreviation).exec();
    if (q.next())
        return readOrganization(q);
    return std::nullopt;
}

QList<Organization> OrganizationRepository::listByOwner(const QString &ownerAccountId)
{
    SqlQuery q(m_db, sel(OrganizationColumns,
                         "FROM organizations WHERE owner_account_id = :o ORDER BY created_at"));
    q.bind(s(":o"), ownerAccountId).exec();
    QList<Organization> list;
    while (q.next())
        list << readOrganization(q);
    return list;
}

QStringList OrganizationRepository::readyDue(const QDateTime &now)
{
    SqlQuery q(m_db, s("UPDATE organizations SET status = 'ready' WHERE status = 'creating' "
                       "AND ready_at <= :now RETURNING organization_id"));
    q.bind(s(":now"), toDb(now)).exec();
    QStringList ids;
    while (q.next())
        ids << q.text(0);
    return ids;
}

qint64 OrganizationRepository::insertDepartment(const QString &organizationId, qint64 parentId,
                                                const QString &name)
{
    SqlQuery q(m_db, s("INSERT INTO departments (organization_id, parent_id, name) "
                       "VALUES (:org, :parent, :name) RETURNING department_id"));
    q.bind(s(":org"), organizationId)
        .bind(s(":parent"), idOrNull(parentId))
        .bind(s(":name"), name)
        .exec();
    return q.next() ? q.integer(0) : 0;
}

QList<Department> OrganizationRepository::departments(const QString &organizationId)
{
    SqlQuery q(m_db, s("SELECT department_id, organization_id, parent_id, name FROM departments "
                       "WHERE organization_id = :org ORDER BY department_id"));
    q.bind(s(":org"), organizationId).exec();
    QList<Department> list;
    while (q.next())
        list << Department{q.integer(0), q.text(1), q.integer(2), q.text(3)};
    return list;
}

qint64 MemberRepository::insert(const Member &m, const QString &passwordHash)
{
    SqlQuery q(m_db,
               s("INSERT INTO members (organization_id, account, display_name, department_id, "
                 "mobile, email, password_hash, must_change_password, enabled, created_at) "
                 "VALUES (:org, :acc, :name, :dept, :mobile, :email, :hash, :must, :enabled, "
                 ":created) RETURNING member_id"));
    q.bind(s(":org"), m.organizationId)
        .bind(s(":acc"), m.account)
        .bind(s(":name"), m.displayName)
        .bind(s(":dept"), idOrNull(m.departmentId))
        .bind(s(":mobile"), m.mobile)
        .bind(s(":email"), m.email)
        .bind(s(":hash"), passwordHash)
        .bind(s(":must"), m.mustChangePassword ? 1 : 0)
        .bind(s(":enabled"), m.enabled ? 1 : 0)
        .bind(s(":created"), toDb(m.createdAt))
        .exec();
    return q.next() ? q.integer(0) : 0;
}

std::optional<Member> MemberRepository::find(qint64 memberId)
{
    SqlQuery q(m_db, sel(MemberColumns, "FROM members WHERE member_id = :id"));
    q.bind(s(":id"), memberId).exec();
    if (q.next())
        return readMember(q);
    return std::nullopt;
}

std::optional<Member> MemberRepository::findByAccount(const QString &organizationId,
                                                      const QString &account)
{
    SqlQuery q(m_db,
               sel(MemberColumns, "FROM members WHERE organization_id = :org AND account = :acc"));
    q.bind(s(":org"), organizationId).bind(s(":acc"), account).exec();
    if (q.next())
        return readMember(q);
    return std::nullopt;
}

QList<Member> MemberRepository::listByOrganization(const QString &organizationId)
{
    SqlQuery q(m_db,
               sel(MemberColumns, "FROM members WHERE organization_id = :org ORDER BY member_id"));
    q.bind(s(":org"), organizationId).exec();
    QList<Member> list;
    while (q.next())
        list << readMember(q);
    return list;
}

std::optional<QString> MemberRepository::passwordHash(qint64 memberId)
{
    SqlQuery q(m_db, s("SELECT password_hash FROM members WHERE member_id = :id"));
    q.bind(s(":id"), memberId).exec();
    if (q.next())
        return q.text(0);
    return std::nullopt;
}

void MemberRepository::setPassword(qint64 memberId, const QString &passwordHash, bool mustChange)
{
    SqlQuery(m_db, s("UPDATE members SET password_hash = :h, must_change_password = :m "
                     "WHERE member_id = :id"))
        .bind(s(":h"), passwordHash)
        .bind(s(":m"), mustChange ? 1 : 0)
        .bind(s(":id"), memberId)
        .exec();
}

std::optional<MemberRepository::LoginFailures>
MemberRepository::countLoginFailure(qint64 memberId, const QDateTime &now, int maxFailures,
                                    const QDateTime &lockUntil)
{
    // Every SET expression reads the row as it was: the new count is computed twice.
    SqlQuery q(m_db,
               s("UPDATE members SET "
                 "failed_logins = CASE WHEN locked_until IS NULL THEN failed_logins + 1 "
                 "ELSE 1 END, "
                 "locked_until = CASE WHEN (CASE WHEN locked_until IS NULL THEN "
                 "failed_logins + 1 ELSE 1 END) >= :max THEN CAST(:until AS BIGINT) ELSE NULL END "
                 "WHERE member_id = :id AND (locked_until IS NULL OR locked_until <= :now) "
                 "RETURNING failed_logins, locked_until"));
    q.bind(s(":max"), maxFailures)
        .bind(s(":until"), toDb(lockUntil))
        .bind(s(":id"), memberId)
        .bind(s(":now"), toDb(now))
        .exec();
    if (!q.next())
        return std::nullopt;
    return LoginFailures{int(q.integer(0)), timeFromDb(q.value(1))};
}

void MemberRepository::resetLoginFailures(qint64 memberId)
{
    SqlQuery(m_db, s("UPDATE members SET failed_logins = 0, locked_until = NULL "
                     "WHERE member_id = :id"))
        .bind(s(":id"), memberId)
        .exec();
}

int MemberRepository::loginFailures(qint64 memberId, QDateTime *lockedUntil)
{
    SqlQuery q(m_db, s("SELECT failed_logins, locked_until FROM members WHERE member_id = :id"));
    q.bind(s(":id"), memberId).exec();
    if (!q.next())
        return 0;
    if (lockedUntil)
        *lockedUntil = timeFromDb(q.value(1));
    return int(q.integer(0));
}

qint64 BindingRepository::insert(const AppBinding &b)
{
    SqlQuery q(m_db,
               s("INSERT INTO app_bindings (order_id, instance_id, product_id, organization_id, "
                 "bound_at) VALUES (:order, :inst, :prod, :org, :at) RETURNING binding_id"));
    q.bind(s(":order"), b.orderId)
        .bind(s(":inst"), b.instanceId)
        .bind(s(":prod"), b.productId)
        .bind(s(":org"), b.organizationId)
        .bind(s(":at"), toDb(b.boundAt))
        .exec();
    return q.next() ? q.integer(0) : 0;
}

std::optional<AppBinding> BindingRepository::findByOrder(const QString &orderId)
{
    SqlQuery q(m_db, sel(BindingColumns, "FROM app_bindings WHERE order_id = :id"));
    q.bind(s(":id"), orderId).exec();
    if (q.next())
        return readBinding(q);
    return std::nullopt;
}

std::optional<AppBinding> BindingRepository::find(qint64 bindingId)
{
    SqlQuery q(m_db, sel(BindingColumns, "FROM app_bindings WHERE binding_id = :id"));
    q.bind(s(":id"), bindingId).exec();
    if (q.next())
        return readBinding(q);
    return std::nullopt;
}

std::optional<AppBinding>
BindingRepository::findByOrganizationProduct(const QString &organizationId,
                                             const QString &productId)
{
    SqlQuery q(m_db, sel(BindingColumns,
                         "FROM app_bindings WHERE organization_id = :org AND product_id = :prod"));
    q.bind(s(":org"), organizationId).bind(s(":prod"), productId).exec();
    if (q.next())
        return readBinding(q);
    return std::nullopt;
}

QList<AppBinding> BindingRepository::listByOrganization(const QString &organizationId)
{
    SqlQuery q(m_db, sel(BindingColumns,
                         "FROM app_bindings WHERE organization_id = :org ORDER BY binding_id"));
    q.bind(s(":org"), organizationId).exec();
    QList<AppBinding> list;
    while (q.next())
        list << readBinding(q);
    return list;
}

void BindingRepository::authorize(qint64 bindingId, qint64 memberId, const QDateTime &at)
{
    SqlQuery(m_db, s("INSERT INTO app_authorizations (binding_id, member_id, authorized_at) "
                     "VALUES (:b, :m, :at)"))
        .bind(s(":b"), bindingId)
        .bind(s(":m"), memberId)
        .bind(s(":at"), toDb(at))
        .exec();
}

bool BindingRepository::isAuthorized(qint64 bindingId, qint64 memberId)
{
    SqlQuery q(m_db,
               s("SELECT 1 FROM app_authorizations WHERE binding_id = :b AND member_id = :m"));
    q.bind(s(":b"), bindingId).bind(s(":m"), memberId).exec();
    return q.next();
}

QList<qint64> BindingRepository::authorizedMembers(qint64 bindingId)
{
    SqlQuery q(m_db, s("SELECT member_id FROM app_authorizations WHERE binding_id = :b "
                       "ORDER BY member_id"));
    q.bind(s(":b"), bindingId).exec();
    QList<qint64> ids;
    while (q.next())
        ids << q.integer(0);
    return ids;
}

// ---- Guance side --------------------------------------------------------------------

qint64 GuanceAccountRepository::insert(const GuanceAccount &g, const QString &passwordHash)
{
    SqlQuery q(m_db,
               s("INSERT INTO guance_accounts (username, email, site, password_hash, mobile, "
                 "created_at) VALUES (:u, :e, :site, :h, :m, :at) RETURNING guance_account_id"));
    q.bind(s(":u"), g.username)
        .bind(s(":e"), g.email)
        .bind(s(":site"), g.site)
        .bind(s(":h"), passwordHash)
        .bind(s(":m"), g.mobile)
        .bind(s(":at"), toDb(g.createdAt))
        .exec();
    return q.next() ? q.integer(0) : 0;
}

std::optional<GuanceAccount> GuanceAccountRepository::find(qint64 id)
{
    SqlQuery q(m_db, sel(GuanceColumns, "FROM guance_accounts WHERE guance_account_id = :id"));
    q.bind(s(":id"), id).exec();
    if (q.next())
        return readGuance(q);
    return std::nullopt;
}

// Usernames and emails are one account whatever their case (as on the real consoles): the
// lookups behind every uniqueness check and login compare case-insensitively (ASCII, which
// is all R-FC-1 usernames hold; lower() is the same in SQLite and PostgreSQL).
std::optional<GuanceAccount> GuanceAccountRepository::findByUsername(const QString &username)
{
    SqlQuery q(m_db, sel(GuanceColumns, "FROM guance_accounts WHERE lower(username) = lower(:u)"));
    q.bind(s(":u"), username).exec();
    if (q.next())
        return readGuance(q);
    return std::nullopt;
}

std::optional<GuanceAccount> GuanceAccountRepository::findByEmail(const QString &email,
                                                                  const QString &site)
{
    SqlQuery q(m_db, sel(GuanceColumns,
                         "FROM guance_accounts WHERE lower(email) = lower(:e) AND site = :s"));
    q.bind(s(":e"), email).bind(s(":s"), site).exec();
    if (q.next())
        return readGuance(q);
    return std::nullopt;
}

qint64 FeeCenterRepository::insert(const FeeCenterAccount &f, const QString &passwordHash)
{
    SqlQuery q(m_db,
               s("INSERT INTO fee_center_accounts (username, email, password_hash, "
                 "enterprise_name, industry, contact, cash_balance_fen, created_at) VALUES "
                 "(:u, :e, :h, :ent, :ind, :contact, :cash, :at) RETURNING fee_center_account_id"));
    q.bind(s(":u"), f.username)
        .bind(s(":e"), f.email)
        .bind(s(":h"), passwordHash)
        .bind(s(":ent"), f.enterpriseName)
        .bind(s(":ind"), f.industry)
        .bind(s(":contact"), f.contact)
        .bind(s(":cash"), f.cashBalance.value)
        .bind(s(":at"), toDb(f.createdAt))
        .exec();
    return q.next() ? q.integer(0) : 0;
}

std::optional<FeeCenterAccount> FeeCenterRepository::find(qint64 id)
{
    SqlQuery q(m_db,
               sel(FeeCenterColumns, "FROM fee_center_accounts WHERE fee_center_account_id = :id"));
    q.bind(s(":id"), id).exec();
    if (q.next())
        return readFeeCenter(q);
    return std::nullopt;
}

std::optional<FeeCenterAccount> FeeCenterRepository::findByUsername(const QString &username)
{
    SqlQuery q(m_db,
               sel(FeeCenterColumns, "FROM fee_center_accounts WHERE lower(username) = lower(:u)"));
    q.bind(s(":u"), username).exec();
    if (q.next())
        return readFeeCenter(q);
    return std::nullopt;
}

void FeeCenterRepository::addCash(qint64 id, Fen amount)
{
    SqlQuery(m_db, s("UPDATE fee_center_accounts SET cash_balance_fen = cash_balance_fen + :a "
                     "WHERE fee_center_account_id = :id"))
        .bind(s(":a"), amount.value)
        .bind(s(":id"), id)
        .exec();
}

void FeeCenterRepository::linkHuaweiAccount(const QString &huaweiAccountId,
                                            qint64 feeCenterAccountId, const QDateTime &at)
{
    SqlQuery(m_db,
             s("INSERT INTO fee_center_huawei_links (huawei_account_id, fee_center_account_id, "
               "linked_at) VALUES (:h, :f, :at)"))
        .bind(s(":h"), huaweiAccountId)
        .bind(s(":f"), feeCenterAccountId)
        .bind(s(":at"), toDb(at))
        .exec();
}

std::optional<qint64> FeeCenterRepository::linkedFeeCenter(const QString &huaweiAccountId)
{
    SqlQuery q(m_db, s("SELECT fee_center_account_id FROM fee_center_huawei_links "
                       "WHERE huawei_account_id = :h"));
    q.bind(s(":h"), huaweiAccountId).exec();
    if (q.next())
        return q.integer(0);
    return std::nullopt;
}

QStringList FeeCenterRepository::linkedHuaweiAccounts(qint64 feeCenterAccountId)
{
    SqlQuery q(m_db, s("SELECT huawei_account_id FROM fee_center_huawei_links "
                       "WHERE fee_center_account_id = :f ORDER BY linked_at"));
    q.bind(s(":f"), feeCenterAccountId).exec();
    QStringList ids;
    while (q.next())
        ids << q.text(0);
    return ids;
}

void WorkspaceRepository::insert(const Workspace &w)
{
    SqlQuery(m_db,
             s("INSERT INTO workspaces (workspace_id, name, language, site, "
               "owner_guance_account_id, fee_center_account_id, settlement_method, "
               "settlement_account_id, settlement_instance_id, settlement_changed_at, status, "
               "lock_reason, locked_at, created_at) VALUES (:id, :name, :lang, :site, :owner, "
               ":fc, :method, :sacc, :sinst, :schanged, :status, :reason, :locked, :created)"))
        .bind(s(":id"), w.workspaceId)
        .bind(s(":name"), w.name)
        .bind(s(":lang"), toString(w.language))
        .bind(s(":site"), w.site)
        .bind(s(":owner"), idOrNull(w.ownerGuanceAccountId))
        .bind(s(":fc"), idOrNull(w.feeCenterAccountId)) // 0 = none (schema 2)
        .bind(s(":method"), toString(w.settlement))
        .bind(s(":sacc"), w.settlementAccountId)
        .bind(s(":sinst"), w.settlementInstanceId)
        .bind(s(":schanged"), toDb(w.settlementChangedAt))
        .bind(s(":status"), toString(w.status))
        .bind(s(":reason"), w.lockReason)
        .bind(s(":locked"), toDb(w.lockedAt))
        .bind(s(":created"), toDb(w.createdAt))
        .exec();
}

std::optional<Workspace> WorkspaceRepository::find(const QString &workspaceId)
{
    SqlQuery q(m_db, sel(WorkspaceColumns, "FROM workspaces WHERE workspace_id = :id"));
    q.bind(s(":id"), workspaceId).exec();
    if (q.next())
        return readWorkspace(q);
    return std::nullopt;
}

QList<Workspace> WorkspaceRepository::listByFeeCenter(qint64 feeCenterAccountId)
{
    SqlQuery q(m_db, sel(WorkspaceColumns,
                         "FROM workspaces WHERE fee_center_account_id = :f ORDER BY created_at"));
    q.bind(s(":f"), feeCenterAccountId).exec();
    QList<Workspace> list;
    while (q.next())
        list << readWorkspace(q);
    return list;
}

bool WorkspaceRepository::nameTaken(qint64 feeCenterAccountId, const QString &name)
{
    SqlQuery q(m_db, s("SELECT 1 FROM workspaces WHERE fee_center_account_id = :f AND name = :n"));
    q.bind(s(":f"), feeCenterAccountId).bind(s(":n"), name).exec();
    return q.next();
}

bool WorkspaceRepository::nameTakenByOwner(qint64 ownerGuanceAccountId, const QString &name)
{
    SqlQuery q(m_db, s("SELECT 1 FROM workspaces WHERE fee_center_account_id IS NULL AND "
                       "owner_guance_account_id = :o AND name = :n"));
    q.bind(s(":o"), ownerGuanceAccountId).bind(s(":n"), name).exec();
    return q.next();
}

void WorkspaceRepository::setSettlement(const QString &workspaceId, SettlementMethod method,
                                        const QString &accountId, const QString &instanceId,
                                        const QDateTime &changedAt)
{
    SqlQuery(m_db, s("UPDATE workspaces SET settlement_method = :m, settlement_account_id = :a, "
                     "settlement_instance_id = :i, settlement_changed_at = :at "
                     "WHERE workspace_id = :id"))
        .bind(s(":m"), toString(method))
        .bind(s(":a"), accountId)
        .bind(s(":i"), instanceId)
        .bind(s(":at"), toDb(changedAt))
        .bind(s(":id"), workspaceId)
        .exec();
}

QList<Workspace> WorkspaceRepository::listSettledBy(const QString &huaweiAccountId,
                                                    const QString &instanceId)
{
    SqlQuery q(m_db,
               sel(WorkspaceColumns, "FROM workspaces WHERE settlement_method = 'huawei_cloud' AND "
                                     "settlement_account_id = :a AND settlement_instance_id = :i "
                                     "ORDER BY created_at"));
    q.bind(s(":a"), huaweiAccountId).bind(s(":i"), instanceId).exec();
    QList<Workspace> list;
    while (q.next())
        list << readWorkspace(q);
    return list;
}

void WorkspaceRepository::lock(const QString &workspaceId, const QString &reason,
                               const QDateTime &at)
{
    SqlQuery(m_db, s("UPDATE workspaces SET status = 'locked', lock_reason = :r, locked_at = :at, "
                     "settlement_account_id = '', settlement_instance_id = '' "
                     "WHERE workspace_id = :id"))
        .bind(s(":r"), reason)
        .bind(s(":at"), toDb(at))
        .bind(s(":id"), workspaceId)
        .exec();
}

void WorkspaceRepository::lockKeepingSettlement(const QString &workspaceId, const QString &reason,
                                                const QDateTime &at)
{
    SqlQuery(m_db, s("UPDATE workspaces SET status = 'locked', lock_reason = :r, locked_at = :at "
                     "WHERE workspace_id = :id"))
        .bind(s(":r"), reason)
        .bind(s(":at"), toDb(at))
        .bind(s(":id"), workspaceId)
        .exec();
}

QList<Workspace> WorkspaceRepository::listByInstance(const QString &instanceId,
                                                     WorkspaceStatus status)
{
    // workspaces_settlement_instance (settlement_instance_id, workspace_id) serves it.
    SqlQuery q(m_db, sel(WorkspaceColumns, "FROM workspaces WHERE settlement_instance_id = :i "
                                           "AND settlement_method = 'huawei_cloud' AND "
                                           "status = :s ORDER BY workspace_id"));
    q.bind(s(":i"), instanceId).bind(s(":s"), toString(status)).exec();
    QList<Workspace> list;
    while (q.next())
        list << readWorkspace(q);
    return list;
}

void WorkspaceRepository::unlock(const QString &workspaceId, const QDateTime &at)
{
    // R-SET-6: unlocking settles through the fee-center account.
    SqlQuery(m_db, s("UPDATE workspaces SET status = 'active', lock_reason = '', locked_at = NULL, "
                     "settlement_method = 'fee_center', settlement_account_id = '', "
                     "settlement_instance_id = '', settlement_changed_at = :at "
                     "WHERE workspace_id = :id"))
        .bind(s(":at"), toDb(at))
        .bind(s(":id"), workspaceId)
        .exec();
}

void StoredValueCardRepository::insert(const StoredValueCard &c)
{
    SqlQuery(m_db,
             s("INSERT INTO stored_value_cards (card_number, fee_center_account_id, "
               "face_value_fen, balance_fen, status, purchase_type, purchased_at, expires_at, "
               "source_order_id) VALUES (:n, :fc, :face, :bal, :st, :pt, :pa, :exp, :order)"))
        .bind(s(":n"), c.cardNumber)
        .bind(s(":fc"), c.feeCenterAccountId)
        .bind(s(":face"), c.faceValue.value)
        .bind(s(":bal"), c.balance.value)
        .bind(s(":st"), toString(c.status))
        .bind(s(":pt"), toString(c.purchaseType))
        .bind(s(":pa"), toDb(c.purchasedAt))
        .bind(s(":exp"), toDb(c.expiresAt))
        .bind(s(":order"), c.sourceOrderId)
        .exec();
}

QList<StoredValueCard> StoredValueCardRepository::listByFeeCenter(qint64 feeCenterAccountId)
{
    SqlQuery q(m_db, sel(CardColumns, "FROM stored_value_cards WHERE fee_center_account_id = :f "
                                      "ORDER BY purchased_at, card_number"));
    q.bind(s(":f"), feeCenterAccountId).exec();
    QList<StoredValueCard> list;
    while (q.next())
        list << readCard(q);
    return list;
}

void StoredValueCardRepository::insertRedemption(const QString &orderId, qint64 feeCenterAccountId,
                                                 const QDateTime &at)
{
    SqlQuery(m_db, s("INSERT INTO card_redemptions (order_id, fee_center_account_id, redeemed_at) "
                     "VALUES (:o, :f, :at)"))
        .bind(s(":o"), orderId)
        .bind(s(":f"), feeCenterAccountId)
        .bind(s(":at"), toDb(at))
        .exec();
}

std::optional<qint64> StoredValueCardRepository::redeemedBy(const QString &orderId)
{
    SqlQuery q(m_db, s("SELECT fee_center_account_id FROM card_redemptions WHERE order_id = :o"));
    q.bind(s(":o"), orderId).exec();
    if (q.next())
        return q.integer(0);
    return std::nullopt;
}

// ---- verification codes, outbox, journal, drafts ------------------------------------

qint64 VerificationCodeRepository::insert(const VerificationCodeRecord &r)
{
    SqlQuery q(m_db, s("INSERT INTO verification_codes (channel, destination, purpose, code, "
                       "issued_at, expires_at, attempts) VALUES (:c, :d, :p, :code, :i, :e, 0) "
                       "RETURNING code_id"));
    q.bind(s(":c"), r.channel)
        .bind(s(":d"), r.destination)
        .bind(s(":p"), r.purpose)
        .bind(s(":code"), r.code)
        .bind(s(":i"), toDb(r.issuedAt))
        .bind(s(":e"), toDb(r.expiresAt))
        .exec();
    return q.next() ? q.integer(0) : 0;
}

std::optional<VerificationCodeRecord> VerificationCodeRepository::latest(const QString &destination,
                                                                         const QString &purpose)
{
    SqlQuery q(m_db,
               s("SELECT code_id, channel, destination, purpose, code, issued_at, expires_at, "
                 "attempts, consumed_at FROM verification_codes WHERE destination = :d AND "
                 "purpose = :p ORDER BY issued_at DESC, code_id DESC LIMIT 1"));
    q.bind(s(":d"), destination).bind(s(":p"), purpose).exec();
    if (!q.next())
        return std::nullopt;
    VerificationCodeRecord r;
    r.codeId = q.integer(0);
    r.channel = q.text(1);
    r.destination = q.text(2);
    r.purpose = q.text(3);
    r.code = q.text(4);
    r.issuedAt = timeFromDb(q.value(5));
    r.expiresAt = timeFromDb(q.value(6));
    r.attempts = int(q.integer(7));
    r.consumed = !q.value(8).isNull();
    return r;
}

std::optional<QDateTime> VerificationCodeRepository::lastIssuedTo(const QString &destination)
{
    SqlQuery q(m_db, s("SELECT max(issued_at) FROM verification_codes WHERE destination = :d"));
    q.bind(s(":d"), destination).exec();
    if (!q.next() || q.value(0).isNull())
        return std::nullopt;
    return timeFromDb(q.value(0));
}

int VerificationCodeRepository::countWrongAttempt(qint64 codeId)
{
    SqlQuery q(m_db, s("UPDATE verification_codes SET attempts = attempts + 1 WHERE code_id = :id "
                       "RETURNING attempts"));
    q.bind(s(":id"), codeId).exec();
    return q.next() ? int(q.integer(0)) : 0;
}

void VerificationCodeRepository::consume(qint64 codeId, const QDateTime &at)
{
    SqlQuery(m_db, s("UPDATE verification_codes SET consumed_at = :at WHERE code_id = :id"))
        .bind(s(":at"), toDb(at))
        .bind(s(":id"), codeId)
        .exec();
}

qint64 OutboxRepository::insert(const OutboxMessage &m, bool held, const QString &relatedId)
{
    SqlQuery q(m_db, s("INSERT INTO outbox (sent_at, channel, destination, kind, params, held, "
                       "related_id) VALUES (:at, :c, :d, :k, :p, :h, :r) RETURNING message_id"));
    q.bind(s(":at"), toDb(m.sentAt))
        .bind(s(":c"), toString(m.channel))
        .bind(s(":d"), m.destination)
        .bind(s(":k"), m.kind)
        .bind(s(":p"), QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(m.params))
                                             .toJson(QJsonDocument::Compact)))
        .bind(s(":h"), held ? 1 : 0)
        .bind(s(":r"), relatedId)
        .exec();
    return q.next() ? q.integer(0) : 0;
}

int OutboxRepository::release(const QString &relatedId, const QDateTime &at)
{
    SqlQuery q(m_db,
               s("UPDATE outbox SET held = 0, sent_at = :at WHERE related_id = :r AND held = 1"));
    q.bind(s(":at"), toDb(at)).bind(s(":r"), relatedId).exec();
    return q.rowsAffected();
}

int OutboxRepository::redactParam(const QString &relatedId, const QString &param)
{
    SqlQuery q(m_db, s("SELECT message_id, params FROM outbox WHERE related_id = :r"));
    q.bind(s(":r"), relatedId).exec();
    QList<std::pair<qint64, QJsonObject>> changes;
    while (q.next()) {
        QJsonObject params = QJsonDocument::fromJson(q.text(1).toUtf8()).object();
        if (params.contains(param)) {
            params.insert(param, QStringLiteral("••••••"));
            changes.append({q.integer(0), params});
        }
    }
    for (const auto &[id, params] : changes)
        SqlQuery(m_db, s("UPDATE outbox SET params = :p WHERE message_id = :id"))
            .bind(s(":p"), QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact)))
            .bind(s(":id"), id)
            .exec();
    return int(changes.size());
}

QList<OutboxMessage> OutboxRepository::recent(int limit)
{
    SqlQuery q(m_db, s("SELECT message_id, sent_at, channel, destination, kind, params FROM outbox "
                       "WHERE held = 0 ORDER BY sent_at DESC, message_id DESC LIMIT :l"));
    q.bind(s(":l"), limit).exec();
    QList<OutboxMessage> list;
    while (q.next()) {
        OutboxMessage m;
        m.messageId = q.integer(0);
        m.sentAt = timeFromDb(q.value(1));
        m.channel = enumOr(q.text(2), Channel::Email);
        m.destination = q.text(3);
        m.kind = q.text(4);
        m.params = QJsonDocument::fromJson(q.text(5).toUtf8()).object().toVariantMap();
        list << m;
    }
    return list;
}

qint64 JournalRepository::append(const JournalEntry &e)
{
    SqlQuery q(m_db, s("INSERT INTO journal (at, actor, operation, resource_type, target, outcome, "
                       "details) VALUES (:at, :actor, :op, :rt, :target, :outcome, :details) "
                       "RETURNING entry_id"));
    q.bind(s(":at"), toDb(e.at))
        .bind(s(":actor"), e.actor)
        .bind(s(":op"), e.operation)
        .bind(s(":rt"), e.resourceType)
        .bind(s(":target"), e.target)
        .bind(s(":outcome"), e.outcome)
        .bind(s(":details"), e.details)
        .exec();
    return q.next() ? q.integer(0) : 0;
}

QList<JournalEntry> JournalRepository::recent(int limit)
{
    SqlQuery q(m_db, s("SELECT entry_id, at, actor, operation, resource_type, target, outcome, "
                       "details FROM journal ORDER BY at DESC, entry_id DESC LIMIT :l"));
    q.bind(s(":l"), limit).exec();
    QList<JournalEntry> list;
    while (q.next())
        list << JournalEntry{q.integer(0), timeFromDb(q.value(1)),
                             q.text(2),    q.text(3),
                             q.text(4),    q.text(5),
                             q.text(6),    q.text(7)};
    return list;
}

void DraftRepository::save(const QString &wizard, const QString &key, const QString &page,
                           const QJsonObject &state, const QDateTime &at)
{
    SqlQuery(m_db,
             s("INSERT INTO drafts (wizard, draft_key, page, state, updated_at) VALUES "
               "(:w, :k, :p, :s, :at) ON CONFLICT (wizard, draft_key) DO UPDATE SET "
               "page = excluded.page, state = excluded.state, updated_at = excluded.updated_at"))
        .bind(s(":w"), wizard)
        .bind(s(":k"), key)
        .bind(s(":p"), page)
        .bind(s(":s"), QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)))
        .bind(s(":at"), toDb(at))
        .exec();
}

std::optional<DraftRepository::Draft> DraftRepository::load(const QString &wizard,
                                                            const QString &key)
{
    SqlQuery q(
        m_db, s("SELECT page, state, updated_at FROM drafts WHERE wizard = :w AND draft_key = :k"));
    q.bind(s(":w"), wizard).bind(s(":k"), key).exec();
    if (!q.next())
        return std::nullopt;
    return Draft{q.text(0), QJsonDocument::fromJson(q.text(1).toUtf8()).object(),
                 timeFromDb(q.value(2))};
}

void DraftRepository::remove(const QString &wizard, const QString &key)
{
    SqlQuery(m_db, s("DELETE FROM drafts WHERE wizard = :w AND draft_key = :k"))
        .bind(s(":w"), wizard)
        .bind(s(":k"), key)
        .exec();
}

// ---- Joint Operations (W-ORG) -------------------------------------------------------------

void JointOperationsRepository::updateMember(const Member &m)
{
    SqlQuery(m_db, s("UPDATE members SET display_name = :name, department_id = :dept, "
                     "mobile = :mobile, email = :email WHERE member_id = :id"))
        .bind(s(":name"), m.displayName)
        .bind(s(":dept"), idOrNull(m.departmentId))
        .bind(s(":mobile"), m.mobile)
        .bind(s(":email"), m.email)
        .bind(s(":id"), m.memberId)
        .exec();
}

int JointOperationsRepository::redirectHeld(const QString &relatedId, Channel channel,
                                            const QString &destination)
{
    SqlQuery q(m_db, s("UPDATE outbox SET channel = :c, destination = :d "
                       "WHERE related_id = :r AND held = 1"));
    q.bind(s(":c"), toString(channel)).bind(s(":d"), destination).bind(s(":r"), relatedId).exec();
    return q.rowsAffected();
}

RemovedMember JointOperationsRepository::deleteMember(qint64 memberId, const QString &relatedId)
{
    RemovedMember removed;
    SqlQuery authorizations(m_db, s("DELETE FROM app_authorizations WHERE member_id = :id"));
    authorizations.bind(s(":id"), memberId).exec();
    removed.authorizations = authorizations.rowsAffected();
    SqlQuery held(m_db, s("DELETE FROM outbox WHERE related_id = :r AND held = 1"));
    held.bind(s(":r"), relatedId).exec();
    removed.heldMessages = held.rowsAffected();
    SqlQuery(m_db, s("DELETE FROM members WHERE member_id = :id")).bind(s(":id"), memberId).exec();
    return removed;
}

QList<SubscriptionOrder> JointOperationsRepository::subscriptionOrders(const QString &accountId)
{
    SqlQuery q(m_db,
               s("SELECT o.order_id, o.account_id, o.product_id, o.quantity, o.amount_fen, "
                 "o.status, o.created_at, i.instance_id, i.order_id, i.account_id, i.product_id, "
                 "i.status, i.opened_at, i.active_at, i.closed_at, "
                 "COALESCE(g.organization_id, ''), COALESCE(g.abbreviation, '') "
                 "FROM orders o JOIN products p ON p.product_id = o.product_id "
                 "JOIN instances i ON i.order_id = o.order_id "
                 "LEFT JOIN app_bindings b ON b.order_id = o.order_id "
                 "LEFT JOIN organizations g ON g.organization_id = b.organization_id "
                 "WHERE o.account_id = :acc AND p.kind = 'subscription' "
                 "ORDER BY o.created_at DESC, o.order_id DESC"));
    q.bind(s(":acc"), accountId).exec();
    QList<SubscriptionOrder> list;
    while (q.next()) {
        SubscriptionOrder row;
        Order &o = row.order;
        o.orderId = q.text(0);
        o.accountId = q.text(1);
        o.productId = q.text(2);
        o.quantity = int(q.integer(3));
        o.amount = Fen(q.integer(4));
        o.status = enumOr(q.text(5), OrderStatus::Unpaid);
        o.createdAt = timeFromDb(q.value(6));
        Instance &i = row.instance;
        i.instanceId = q.text(7);
        i.orderId = q.text(8);
        i.accountId = q.text(9);
        i.productId = q.text(10);
        i.status = enumOr(q.text(11), InstanceStatus::Provisioning);
        i.openedAt = timeFromDb(q.value(12));
        i.activeAt = timeFromDb(q.value(13));
        i.closedAt = timeFromDb(q.value(14));
        row.boundOrganizationId = q.text(15);
        row.boundAbbreviation = q.text(16);
        list << row;
    }
    return list;
}

// ---- W-LOGIN (unified login and workspace binding) ----------------------------------

void FeeCenterRepository::setCompanyInformation(qint64 id, const QString &enterpriseName,
                                                const QString &industry, const QString &contact)
{
    SqlQuery(m_db, s("UPDATE fee_center_accounts SET enterprise_name = :ent, industry = :ind, "
                     "contact = :contact WHERE fee_center_account_id = :id"))
        .bind(s(":ent"), enterpriseName)
        .bind(s(":ind"), industry)
        .bind(s(":contact"), contact)
        .bind(s(":id"), id)
        .exec();
}

// ---- Billing Center ---------------------------------------------------------------------

QList<Workspace> BillingRepository::activeSettledByHuaweiAccount(const QString &huaweiAccountId)
{
    // workspaces_settlement (settlement_account_id, ...) serves the account id.
    SqlQuery q(m_db,
               sel(WorkspaceColumns, "FROM workspaces WHERE settlement_account_id = :a AND "
                                     "settlement_method = 'huawei_cloud' AND status = 'active' "
                                     "ORDER BY created_at, workspace_id"));
    q.bind(s(":a"), huaweiAccountId).exec();
    QList<Workspace> list;
    while (q.next())
        list << readWorkspace(q);
    return list;
}

bool BillingRepository::cardNumberTaken(const QString &cardNumber)
{
    SqlQuery q(m_db, s("SELECT 1 FROM stored_value_cards WHERE card_number = :n"));
    q.bind(s(":n"), cardNumber).exec();
    return q.next();
}

QList<StoredValueCard> BillingRepository::expireDueCards(const QDateTime &now)
{
    // stored_value_cards_expiry (status, expires_at), migration 0003.
    SqlQuery q(m_db, s("UPDATE stored_value_cards SET status = 'expired' WHERE "
                       "status = 'available' AND expires_at <= :now RETURNING ") +
                         s(CardColumns));
    q.bind(s(":now"), toDb(now)).exec();
    QList<StoredValueCard> list;
    while (q.next())
        list << readCard(q);
    return list;
}

std::map<CardStatus, BillingRepository::CardTotals>
BillingRepository::cardTotals(qint64 feeCenterAccountId)
{
    SqlQuery q(m_db, s("SELECT status, count(*), COALESCE(sum(balance_fen), 0) FROM "
                       "stored_value_cards WHERE fee_center_account_id = :f GROUP BY status"));
    q.bind(s(":f"), feeCenterAccountId).exec();
    std::map<CardStatus, CardTotals> totals;
    while (q.next())
        totals[enumOr(q.text(0), CardStatus::Available)] =
            CardTotals{int(q.integer(1)), Fen(q.integer(2))};
    return totals;
}

} // namespace oc::store
