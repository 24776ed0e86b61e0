#pragma once

#include "Database.h"
#include "core/Money.h"

#include <optional>

namespace oc::store {

// The simulated facts of one account (D-CONDITIONS, my-account.md Decisions): what the
// operator set acting as Huawei, read by the checks (R-AUTH-5, R-AUTH-6, R-AUTH-11). The
// contract's AccountConditions, as the store keeps it.
struct ConditionsRow
{
    QString accountId;
    Fen arrears;
    Fen balance;
    bool overIssuedInvoices = false;
    bool pendingPayments = false;
    bool unpaidTaxes = false;
    bool reservedInstances = false;
    bool pendingContracts = false;
    bool complaints = false;
    bool koogallerySeller = false;
    bool hcpnPartner = false;
    bool specialContract = false;
    bool cashSpending = false;
    bool ctsEnabled = false; // R-AUD-2 (schema 15)
    // Partners and master accounts (schema 17; R-PTN-2..4, R-MST-2)
    bool chineseMainlandSite = false;
    bool partnerSupportPlan = false;
    bool ordersAwaitingPartner = false;
    bool professionalContract = false;
    bool enterpriseCenter = false;
    bool cloudSolutionProvider = false;
    QDateTime updatedAt;
};

class AccountConditionsRepository
{
public:
    explicit AccountConditionsRepository(Database &db)
        : m_db(db)
    {}
    // The account's stored conditions; none when the operator never set them (all zero).
    std::optional<ConditionsRow> find(const QString &accountId);
    // Inserts or replaces the account's row in one statement: two writers racing never
    // meet a taken key (the later one's values stay).
    void save(const ConditionsRow &row);
    // R-AUD-2: whether the account's CTS is enabled (false without a row).
    bool ctsEnabled(const QString &accountId);

private:
    Database &m_db;
};

} // namespace oc::store
