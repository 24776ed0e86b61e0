#pragma once

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

class HuaweiAccountRepository
{
public:
    explicit HuaweiAccountRepository(Database &db)
        : m_db(db)
    {}
    void insert(const HuaweiAccount &account, const QString &passwordHash);
    std::optional<HuaweiAccount> find(const QString &accountId);
    bool exists(const QString &accountId);
    void setAuthStatus(const QString &accountId, AuthStatus status);
    void setAccountType(const QString &accountId, AccountType type, const QString &fullName,
                        const QString &enterpriseName);
    void setServices(const QString &accountId, ServicesStatus status, const QDateTime &closedAt,
                     const QDateTime &retentionUntil);
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
