#pragma once

#include "AuthenticationRepository.h"
#include "Database.h"
#include "core/Domain.h"

#include <optional>

namespace oc::store {

// An account's association with a Huawei partner (R-PTN-1).
struct PartnerAssociation
{
    QString partnerName;
    PartnerModel model = PartnerModel::Referral;
    QString status;
    QDateTime since;
};

// What Edit Information writes besides the account type and names (R-ACC-11..13).
struct AccountInformation
{
    QString qualificationName;
    QString taxId;
    QString designation;
    ContactAddress contactAddress;
    QString paymentCurrency;
    QString industry;
    QString secondaryIndustry;
};

class HuaweiAccountRepository
{
public:
    explicit HuaweiAccountRepository(Database &db)
        : m_db(db)
    {}
    // Services not enabled (R-ACC-16) are stored as 'enabled' without services_enabled_at
    // (migration 0011); enabled ones without a time were enabled at `createdAt`.
    void insert(const HuaweiAccount &account, const QString &passwordHash);
    std::optional<HuaweiAccount> find(const QString &accountId);
    bool exists(const QString &accountId);
    // R-ACC-1: a HUAWEI ID has this email, whatever its letter case.
    bool emailTaken(const QString &email);
    // A login id or tenant name (R-ACC-3, whatever its case) in use.
    bool loginTaken(const QString &name);
    // R-ACC-19: a name in use as a login id or a tenant name, whatever its letter case (an
    // account name of Create and Bind becomes both).
    bool nameTaken(const QString &name);
    // R-ACC-19: the HUAWEI ID an identifier of the login names: its login id, tenant name or
    // email whatever their case, or its security phone (`phone`, normalised; empty: the
    // identifier is no phone number). The service mobile number is none (R-ACC-17). Should
    // two accounts answer to one identifier, the first in that order of kinds, then the
    // oldest, is the one.
    std::optional<HuaweiAccount> findByIdentifier(const QString &identifier, const QString &phone);
    // R-ACC-19: a HUAWEI ID has this security phone (a login identifier).
    bool securityPhoneTaken(const QString &phone);
    std::optional<QString> passwordHash(const QString &accountId);
    void setAuthStatus(const QString &accountId, AuthStatus status);
    void setAccountType(const QString &accountId, AccountType type, const QString &fullName,
                        const QString &enterpriseName);
    void setServices(const QString &accountId, ServicesStatus status, const QDateTime &closedAt,
                     const QDateTime &retentionUntil);
    // R-CLS-2, R-CLS-5: services disabled at `at` (when is kept: the login refusal says it).
    void disableServices(const QString &accountId, const QDateTime &at);
    // When services were disabled; invalid when they are not, or it is not known.
    QDateTime disabledAt(const QString &accountId);
    // R-ACC-16, R-ACC-5: services enabled at `at`, the country/region fixed from now on.
    void enableServices(const QString &accountId, const QString &countryRegion, bool promotions,
                        const QDateTime &at);
    void setSecurityPhone(const QString &accountId, const QString &phone);  // R-ACC-4
    void setServiceMobile(const QString &accountId, const QString &mobile); // R-ACC-14/17
    void setServiceEmail(const QString &accountId, const QString &email);   // R-ACC-14
    void setPostPayment(const QString &accountId, bool postPayment);        // R-ACC-18
    void setPasswordHash(const QString &accountId, const QString &hash);    // R-ACC-20
    // R-ACC-8: the login ID changed (once) at `at`.
    void setLoginId(const QString &accountId, const QString &loginId, const QDateTime &at);
    // A name in use as a login ID or a tenant name, whatever its letter case, by an account
    // other than `accountId` (R-ACC-3 tenant names, R-ACC-8 login IDs).
    bool nameTakenByOther(const QString &name, const QString &accountId);
    // Edit Information (R-ACC-11..13); the type and names are setAccountType's.
    void setInformation(const QString &accountId, const AccountInformation &information);
    // Preferences (R-ACC-15).
    void setPreferences(const QString &accountId, const QString &language, const QString &timeZone,
                        const QString &currency);
    // R-ACC-15: a currency selected at `at`; the account's selections, newest first.
    void selectCurrency(const QString &accountId, const QString &currency, const QDateTime &at);
    QList<CurrencySelection> currencySelections(const QString &accountId);
    // R-ACC-11: the account's qualification proof (its slot is not kept), replaced by a new one.
    void setQualificationProof(const QString &accountId, const MaterialRow &proof,
                               const QDateTime &at);
    std::optional<MaterialRow> qualificationProof(const QString &accountId);
    void setTenantName(const QString &accountId, const QString &oldName, const QString &newName,
                       const QDateTime &at);
    int tenantNameChangesBetween(const QString &accountId, const QDateTime &from,
                                 const QDateTime &to);
    void insertPartner(const QString &accountId, const QString &partnerName, PartnerModel model,
                       const QDateTime &since, const QString &status);
    // R-PTN-1: the partner sets the reseller customer's budget (which unfreezes it).
    void setPartnerBudget(const QString &accountId, Fen budget, const QString &status);
    std::optional<PartnerAssociation> partner(const QString &accountId);

private:
    Database &m_db;
};

} // namespace oc::store
