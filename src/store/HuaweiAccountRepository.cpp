#include "HuaweiAccountRepository.h"

namespace oc::store {

using namespace Qt::StringLiterals;

namespace {

HuaweiAccount readAccount(const SqlQuery &q)
{
    HuaweiAccount a;
    a.accountId = q.text(0);
    a.loginId = q.text(1);
    a.tenantName = q.text(2);
    a.email = q.text(3);
    a.serviceMobile = q.text(4);
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
    a.industry = q.text(15);
    a.createdAt = timeFromDb(q.value(16));
    a.securityPhone = q.text(17);
    a.servicesEnabledAt = timeFromDb(q.value(18));
    a.promotions = q.integer(19) != 0;
    a.postPayment = q.integer(20) != 0;
    // R-ACC-16: "not enabled" is 'enabled' without a time (migration 0011 says why).
    if (a.servicesStatus == ServicesStatus::Enabled && !a.servicesEnabledAt.isValid())
        a.servicesStatus = ServicesStatus::NotEnabled;
    // schema 15: My Account's information
    a.serviceEmail = q.text(21);
    a.loginIdChangedAt = timeFromDb(q.value(22));
    a.contactAddress.line1 = q.text(23);
    a.contactAddress.line2 = q.text(24);
    a.contactAddress.city = q.text(25);
    a.contactAddress.stateProvince = q.text(26);
    a.contactAddress.commune = q.text(27);
    a.contactAddress.postalCode = q.text(28);
    a.qualificationName = q.text(29);
    a.taxId = q.text(30);
    a.designation = q.text(31);
    a.paymentCurrency = q.text(32);
    a.secondaryIndustry = q.text(33);
    return a;
}

const QString AccountColumns =
    u"account_id, login_id, tenant_name, email, service_mobile, country_region, account_type, "
    "full_name, enterprise_name, auth_status, services_status, retention_until, "
    "message_language, time_zone, currency, industry, created_at, security_phone, "
    "services_enabled_at, promotions, post_payment, service_email, login_id_changed_at, "
    "address_line1, address_line2, address_city, address_state_province, address_commune, "
    "address_postal_code, qualification_name, tax_id, designation, payment_currency, "
    "secondary_industry"_s;

// services_status as stored: 'not_enabled' is outside its CHECK (migration 0011).
QString storedServicesStatus(ServicesStatus status)
{
    return toString(status == ServicesStatus::NotEnabled ? ServicesStatus::Enabled : status);
}

PartnerAssociation readPartner(const SqlQuery &q)
{
    return PartnerAssociation{q.text(0), enumOr(q.text(1), PartnerModel::Referral), q.text(2),
                              timeFromDb(q.value(3))};
}

// Sets one column of one account; `column` is a name written in this file, never input, and
// the value is bound.
void setColumn(Database &db, QLatin1StringView column, const QString &accountId,
               const QVariant &value)
{
    SqlQuery(db, u"UPDATE huawei_accounts SET "_s + column + u" = :v WHERE account_id = :id"_s)
        .bind(u":v"_s, value)
        .bind(u":id"_s, accountId)
        .exec();
}

} // namespace

void HuaweiAccountRepository::insert(const HuaweiAccount &a, const QString &passwordHash)
{
    // Services enabled (or enabled once: closed, disabled) always have a time; without one
    // given, they were enabled at sign-up.
    const QDateTime enabledAt = a.servicesStatus == ServicesStatus::NotEnabled ? QDateTime()
                                : a.servicesEnabledAt.isValid()                ? a.servicesEnabledAt
                                                                               : a.createdAt;
    const ContactAddress &address = a.contactAddress;
    SqlQuery(m_db,
             u"INSERT INTO huawei_accounts (account_id, login_id, tenant_name, email, "
             "service_mobile, country_region, password_hash, account_type, full_name, "
             "enterprise_name, auth_status, services_status, retention_until, message_language, "
             "time_zone, currency, industry, created_at, security_phone, services_enabled_at, "
             "promotions, post_payment, service_email, login_id_changed_at, address_line1, "
             "address_line2, address_city, address_state_province, address_commune, "
             "address_postal_code, qualification_name, tax_id, designation, payment_currency, "
             "secondary_industry) VALUES (:id, :login, :tenant, :email, :mobile, :country, "
             ":hash, :type, :full, :ent, :auth, :services, :retention, :lang, :tz, :currency, "
             ":industry, :created, :security, :enabled, :promotions, :post, :serviceEmail, "
             ":loginChanged, :line1, :line2, :city, :state, :commune, :postal, :qualification, "
             ":tax, :designation, :payment, :secondary)"_s)
        .bind(u":id"_s, a.accountId)
        .bind(u":login"_s, a.loginId)
        .bind(u":tenant"_s, a.tenantName)
        .bind(u":email"_s, a.email)
        .bind(u":mobile"_s, a.serviceMobile)
        .bind(u":country"_s, a.countryRegion)
        .bind(u":hash"_s, passwordHash)
        .bind(u":type"_s, toString(a.accountType))
        .bind(u":full"_s, a.fullName)
        .bind(u":ent"_s, a.enterpriseName)
        .bind(u":auth"_s, toString(a.authStatus))
        .bind(u":services"_s, storedServicesStatus(a.servicesStatus))
        .bind(u":retention"_s, toDb(a.retentionUntil))
        .bind(u":lang"_s, a.messageLanguage.isEmpty() ? u"zh_CN"_s : a.messageLanguage)
        .bind(u":tz"_s, a.timeZone.isEmpty() ? u"Asia/Shanghai"_s : a.timeZone)
        .bind(u":currency"_s, a.currency.isEmpty() ? u"CNY"_s : a.currency)
        .bind(u":industry"_s, a.industry)
        .bind(u":created"_s, toDb(a.createdAt))
        .bind(u":security"_s, a.securityPhone)
        .bind(u":enabled"_s, toDb(enabledAt))
        .bind(u":promotions"_s, a.promotions ? 1 : 0)
        .bind(u":post"_s, a.postPayment ? 1 : 0)
        .bind(u":serviceEmail"_s, a.serviceEmail)
        .bind(u":loginChanged"_s, toDb(a.loginIdChangedAt))
        .bind(u":line1"_s, address.line1)
        .bind(u":line2"_s, address.line2)
        .bind(u":city"_s, address.city)
        .bind(u":state"_s, address.stateProvince)
        .bind(u":commune"_s, address.commune)
        .bind(u":postal"_s, address.postalCode)
        .bind(u":qualification"_s, a.qualificationName)
        .bind(u":tax"_s, a.taxId)
        .bind(u":designation"_s, a.designation)
        .bind(u":payment"_s, a.paymentCurrency)
        .bind(u":secondary"_s, a.secondaryIndustry)
        .exec();
}

std::optional<HuaweiAccount> HuaweiAccountRepository::find(const QString &accountId)
{
    SqlQuery q(m_db,
               u"SELECT "_s + AccountColumns + u" FROM huawei_accounts WHERE account_id = :id"_s);
    q.bind(u":id"_s, accountId).exec();
    if (q.next())
        return readAccount(q);
    return std::nullopt;
}

bool HuaweiAccountRepository::emailTaken(const QString &email)
{
    // `email <> ''`: the unique email index is partial (migration 0013).
    SqlQuery q(m_db, u"SELECT 1 FROM huawei_accounts WHERE email <> '' AND "
                     "lower(email) = lower(:e)"_s);
    q.bind(u":e"_s, email).exec();
    return q.next();
}

bool HuaweiAccountRepository::loginTaken(const QString &name)
{
    SqlQuery q(m_db, u"SELECT 1 FROM huawei_accounts WHERE login_id = :n OR "
                     "lower(tenant_name) = lower(:n)"_s);
    q.bind(u":n"_s, name).exec();
    return q.next();
}

bool HuaweiAccountRepository::nameTaken(const QString &name)
{
    SqlQuery q(m_db, u"SELECT 1 FROM huawei_accounts WHERE lower(login_id) = lower(:n) OR "
                     "lower(tenant_name) = lower(:n)"_s);
    q.bind(u":n"_s, name).exec();
    return q.next();
}

std::optional<HuaweiAccount> HuaweiAccountRepository::findByIdentifier(const QString &identifier,
                                                                       const QString &phone)
{
    // One statement per kind, in the order that decides, each served by its own index
    // (migrations 0006 and 0013; the partial ones need their condition in the query).
    const QString select = u"SELECT "_s + AccountColumns + u" FROM huawei_accounts WHERE "_s;
    const QString order = u" ORDER BY created_at, account_id LIMIT 1"_s;
    const auto first = [&](const QString &where, const QString &value) {
        std::optional<HuaweiAccount> found;
        SqlQuery q(m_db, select + where + order);
        q.bind(u":v"_s, value).exec();
        if (q.next())
            found = readAccount(q);
        return found;
    };
    if (!identifier.isEmpty()) {
        for (const QString &where :
             {u"lower(login_id) = lower(:v)"_s, u"lower(tenant_name) = lower(:v)"_s,
              u"email <> '' AND lower(email) = lower(:v)"_s})
            if (auto found = first(where, identifier))
                return found;
    }
    if (!phone.isEmpty())
        return first(u"security_phone <> '' AND security_phone = :v"_s, phone);
    return std::nullopt;
}

bool HuaweiAccountRepository::securityPhoneTaken(const QString &phone)
{
    SqlQuery q(m_db, u"SELECT 1 FROM huawei_accounts WHERE security_phone <> '' AND "
                     "security_phone = :p"_s);
    q.bind(u":p"_s, phone).exec();
    return q.next();
}

std::optional<QString> HuaweiAccountRepository::passwordHash(const QString &accountId)
{
    SqlQuery q(m_db, u"SELECT password_hash FROM huawei_accounts WHERE account_id = :id"_s);
    q.bind(u":id"_s, accountId).exec();
    if (q.next())
        return q.text(0);
    return std::nullopt;
}

bool HuaweiAccountRepository::exists(const QString &accountId)
{
    SqlQuery q(m_db, u"SELECT 1 FROM huawei_accounts WHERE account_id = :id"_s);
    q.bind(u":id"_s, accountId).exec();
    return q.next();
}

void HuaweiAccountRepository::setAuthStatus(const QString &accountId, AuthStatus status)
{
    setColumn(m_db, "auth_status"_L1, accountId, toString(status));
}

void HuaweiAccountRepository::setAccountType(const QString &accountId, AccountType type,
                                             const QString &fullName, const QString &enterpriseName)
{
    SqlQuery(m_db, u"UPDATE huawei_accounts SET account_type = :t, full_name = :f, "
                   "enterprise_name = :e WHERE account_id = :id"_s)
        .bind(u":t"_s, toString(type))
        .bind(u":f"_s, fullName)
        .bind(u":e"_s, enterpriseName)
        .bind(u":id"_s, accountId)
        .exec();
}

void HuaweiAccountRepository::setServices(const QString &accountId, ServicesStatus status,
                                          const QDateTime &closedAt,
                                          const QDateTime &retentionUntil)
{
    // Back to "not enabled" forgets when they were enabled (migration 0011); any other
    // status keeps it.
    SqlQuery(m_db, u"UPDATE huawei_accounts SET services_status = :s, services_closed_at = :c, "
                   "retention_until = :r, services_enabled_at = CASE WHEN :notEnabled = 1 THEN "
                   "NULL ELSE services_enabled_at END WHERE account_id = :id"_s)
        .bind(u":s"_s, storedServicesStatus(status))
        .bind(u":c"_s, toDb(closedAt))
        .bind(u":r"_s, toDb(retentionUntil))
        .bind(u":notEnabled"_s, status == ServicesStatus::NotEnabled ? 1 : 0)
        .bind(u":id"_s, accountId)
        .exec();
}

void HuaweiAccountRepository::disableServices(const QString &accountId, const QDateTime &at)
{
    SqlQuery(m_db, u"UPDATE huawei_accounts SET services_status = 'disabled', "
                   "services_disabled_at = :at WHERE account_id = :id"_s)
        .bind(u":at"_s, toDb(at))
        .bind(u":id"_s, accountId)
        .exec();
}

QDateTime HuaweiAccountRepository::disabledAt(const QString &accountId)
{
    SqlQuery q(m_db, u"SELECT services_disabled_at FROM huawei_accounts WHERE account_id = :id "
                     "AND services_status = 'disabled'"_s);
    q.bind(u":id"_s, accountId).exec();
    return q.next() ? timeFromDb(q.value(0)) : QDateTime();
}

void HuaweiAccountRepository::enableServices(const QString &accountId, const QString &countryRegion,
                                             bool promotions, const QDateTime &at)
{
    SqlQuery(m_db, u"UPDATE huawei_accounts SET services_status = 'enabled', "
                   "services_enabled_at = :at, country_region = :country, promotions = :p "
                   "WHERE account_id = :id"_s)
        .bind(u":at"_s, toDb(at))
        .bind(u":country"_s, countryRegion)
        .bind(u":p"_s, promotions ? 1 : 0)
        .bind(u":id"_s, accountId)
        .exec();
}

void HuaweiAccountRepository::setSecurityPhone(const QString &accountId, const QString &phone)
{
    setColumn(m_db, "security_phone"_L1, accountId, phone);
}

void HuaweiAccountRepository::setServiceMobile(const QString &accountId, const QString &mobile)
{
    setColumn(m_db, "service_mobile"_L1, accountId, mobile);
}

void HuaweiAccountRepository::setServiceEmail(const QString &accountId, const QString &email)
{
    setColumn(m_db, "service_email"_L1, accountId, email);
}

void HuaweiAccountRepository::setPasswordHash(const QString &accountId, const QString &hash)
{
    setColumn(m_db, "password_hash"_L1, accountId, hash);
}

void HuaweiAccountRepository::setLoginId(const QString &accountId, const QString &loginId,
                                         const QDateTime &at)
{
    SqlQuery(m_db, u"UPDATE huawei_accounts SET login_id = :l, login_id_changed_at = :at "
                   "WHERE account_id = :id"_s)
        .bind(u":l"_s, loginId)
        .bind(u":at"_s, toDb(at))
        .bind(u":id"_s, accountId)
        .exec();
}

bool HuaweiAccountRepository::nameTakenByOther(const QString &name, const QString &accountId)
{
    SqlQuery q(m_db, u"SELECT 1 FROM huawei_accounts WHERE account_id <> :id AND "
                     "(lower(login_id) = lower(:n) OR lower(tenant_name) = lower(:n))"_s);
    q.bind(u":n"_s, name).bind(u":id"_s, accountId).exec();
    return q.next();
}

void HuaweiAccountRepository::setInformation(const QString &accountId,
                                             const AccountInformation &info)
{
    const ContactAddress &address = info.contactAddress;
    SqlQuery(m_db, u"UPDATE huawei_accounts SET qualification_name = :qualification, "
                   "tax_id = :tax, designation = :designation, address_line1 = :line1, "
                   "address_line2 = :line2, address_city = :city, address_state_province = "
                   ":state, address_commune = :commune, address_postal_code = :postal, "
                   "payment_currency = :payment, industry = :industry, secondary_industry = "
                   ":secondary WHERE account_id = :id"_s)
        .bind(u":qualification"_s, info.qualificationName)
        .bind(u":tax"_s, info.taxId)
        .bind(u":designation"_s, info.designation)
        .bind(u":line1"_s, address.line1)
        .bind(u":line2"_s, address.line2)
        .bind(u":city"_s, address.city)
        .bind(u":state"_s, address.stateProvince)
        .bind(u":commune"_s, address.commune)
        .bind(u":postal"_s, address.postalCode)
        .bind(u":payment"_s, info.paymentCurrency)
        .bind(u":industry"_s, info.industry)
        .bind(u":secondary"_s, info.secondaryIndustry)
        .bind(u":id"_s, accountId)
        .exec();
}

void HuaweiAccountRepository::setPreferences(const QString &accountId, const QString &language,
                                             const QString &timeZone, const QString &currency)
{
    SqlQuery(m_db, u"UPDATE huawei_accounts SET message_language = :l, time_zone = :tz, "
                   "currency = :c WHERE account_id = :id"_s)
        .bind(u":l"_s, language)
        .bind(u":tz"_s, timeZone)
        .bind(u":c"_s, currency)
        .bind(u":id"_s, accountId)
        .exec();
}

void HuaweiAccountRepository::selectCurrency(const QString &accountId, const QString &currency,
                                             const QDateTime &at)
{
    SqlQuery(m_db, u"INSERT INTO currency_selections (account_id, currency, selected_at) "
                   "VALUES (:id, :c, :at)"_s)
        .bind(u":id"_s, accountId)
        .bind(u":c"_s, currency)
        .bind(u":at"_s, toDb(at))
        .exec();
}

QList<CurrencySelection> HuaweiAccountRepository::currencySelections(const QString &accountId)
{
    SqlQuery q(m_db, u"SELECT currency, selected_at FROM currency_selections WHERE account_id = "
                     ":id ORDER BY selected_at DESC, selection_id DESC"_s);
    q.bind(u":id"_s, accountId).exec();
    QList<CurrencySelection> list;
    while (q.next())
        list.append(CurrencySelection{q.text(0), timeFromDb(q.value(1))});
    return list;
}

void HuaweiAccountRepository::setQualificationProof(const QString &accountId,
                                                    const MaterialRow &proof, const QDateTime &at)
{
    // SQLite (3.24 and later) and PostgreSQL spell the upsert alike.
    SqlQuery(m_db, u"INSERT INTO qualification_proofs (account_id, file_name, size, header, "
                   "sha256, thumbnail, uploaded_at) VALUES (:id, :name, :size, :header, :sha, "
                   ":thumb, :at) ON CONFLICT (account_id) DO UPDATE SET file_name = "
                   "excluded.file_name, size = excluded.size, header = excluded.header, "
                   "sha256 = excluded.sha256, thumbnail = excluded.thumbnail, uploaded_at = "
                   "excluded.uploaded_at"_s)
        .bind(u":id"_s, accountId)
        .bind(u":name"_s, proof.fileName)
        .bind(u":size"_s, proof.size)
        .bind(u":header"_s, proof.header)
        .bind(u":sha"_s, proof.sha256)
        .bind(u":thumb"_s, proof.thumbnail)
        .bind(u":at"_s, toDb(at))
        .exec();
}

std::optional<MaterialRow> HuaweiAccountRepository::qualificationProof(const QString &accountId)
{
    SqlQuery q(m_db, u"SELECT file_name, size, header, sha256, thumbnail FROM "
                     "qualification_proofs WHERE account_id = :id"_s);
    q.bind(u":id"_s, accountId).exec();
    if (!q.next())
        return std::nullopt;
    return MaterialRow{QString(), q.text(0), q.integer(1), q.text(2), q.text(3), q.text(4)};
}

void HuaweiAccountRepository::setPostPayment(const QString &accountId, bool postPayment)
{
    setColumn(m_db, "post_payment"_L1, accountId, postPayment ? 1 : 0);
}

void HuaweiAccountRepository::setTenantName(const QString &accountId, const QString &oldName,
                                            const QString &newName, const QDateTime &at)
{
    setColumn(m_db, "tenant_name"_L1, accountId, newName);
    SqlQuery(m_db, u"INSERT INTO tenant_name_changes (account_id, old_name, new_name, changed_at) "
                   "VALUES (:id, :o, :n, :at)"_s)
        .bind(u":id"_s, accountId)
        .bind(u":o"_s, oldName)
        .bind(u":n"_s, newName)
        .bind(u":at"_s, toDb(at))
        .exec();
}

int HuaweiAccountRepository::tenantNameChangesBetween(const QString &accountId,
                                                      const QDateTime &from, const QDateTime &to)
{
    SqlQuery q(m_db, u"SELECT count(*) FROM tenant_name_changes WHERE account_id = :id "
                     "AND changed_at >= :f AND changed_at < :t"_s);
    q.bind(u":id"_s, accountId).bind(u":f"_s, toDb(from)).bind(u":t"_s, toDb(to)).exec();
    return q.next() ? int(q.integer(0)) : 0;
}

void HuaweiAccountRepository::insertPartner(const QString &accountId, const QString &partnerName,
                                            PartnerModel model, const QDateTime &since,
                                            const QString &status)
{
    SqlQuery(m_db, u"INSERT INTO partner_associations (account_id, partner_name, model, since, "
                   "status) VALUES (:id, :p, :m, :since, :st)"_s)
        .bind(u":id"_s, accountId)
        .bind(u":p"_s, partnerName)
        .bind(u":m"_s, toString(model))
        .bind(u":since"_s, toDb(since))
        .bind(u":st"_s, status)
        .exec();
}

void HuaweiAccountRepository::setPartnerBudget(const QString &accountId, Fen budget,
                                               const QString &status)
{
    SqlQuery(m_db, u"UPDATE partner_associations SET budget_fen = :b, status = :st "
                   "WHERE account_id = :id"_s)
        .bind(u":b"_s, budget.value)
        .bind(u":st"_s, status)
        .bind(u":id"_s, accountId)
        .exec();
}

std::optional<PartnerAssociation> HuaweiAccountRepository::partner(const QString &accountId)
{
    SqlQuery q(m_db, u"SELECT partner_name, model, status, since FROM partner_associations "
                     "WHERE account_id = :id"_s);
    q.bind(u":id"_s, accountId).exec();
    if (q.next())
        return readPartner(q);
    return std::nullopt;
}

} // namespace oc::store
