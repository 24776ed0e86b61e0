#include "AccountConditionsRepository.h"

namespace oc::store {

using namespace Qt::StringLiterals;

namespace {

const QString Columns =
    u"account_id, arrears_fen, balance_fen, over_issued_invoices, pending_payments, "
    "unpaid_taxes, reserved_instances, pending_contracts, complaints, koogallery_seller, "
    "hcpn_partner, special_contract, cash_spending, updated_at, cts_enabled, "
    "chinese_mainland_site, partner_support_plan, orders_awaiting_partner, "
    "professional_contract, enterprise_center, cloud_solution_provider"_s;

int flag(bool value)
{
    return value ? 1 : 0;
}

} // namespace

std::optional<ConditionsRow> AccountConditionsRepository::find(const QString &accountId)
{
    SqlQuery q(m_db, u"SELECT "_s + Columns + u" FROM account_conditions WHERE account_id = :id"_s);
    q.bind(u":id"_s, accountId).exec();
    if (!q.next())
        return std::nullopt;
    ConditionsRow r;
    r.accountId = q.text(0);
    r.arrears = Fen(q.integer(1));
    r.balance = Fen(q.integer(2));
    r.overIssuedInvoices = q.integer(3) != 0;
    r.pendingPayments = q.integer(4) != 0;
    r.unpaidTaxes = q.integer(5) != 0;
    r.reservedInstances = q.integer(6) != 0;
    r.pendingContracts = q.integer(7) != 0;
    r.complaints = q.integer(8) != 0;
    r.koogallerySeller = q.integer(9) != 0;
    r.hcpnPartner = q.integer(10) != 0;
    r.specialContract = q.integer(11) != 0;
    r.cashSpending = q.integer(12) != 0;
    r.updatedAt = timeFromDb(q.value(13));
    r.ctsEnabled = q.integer(14) != 0;
    r.chineseMainlandSite = q.integer(15) != 0;
    r.partnerSupportPlan = q.integer(16) != 0;
    r.ordersAwaitingPartner = q.integer(17) != 0;
    r.professionalContract = q.integer(18) != 0;
    r.enterpriseCenter = q.integer(19) != 0;
    r.cloudSolutionProvider = q.integer(20) != 0;
    return r;
}

void AccountConditionsRepository::save(const ConditionsRow &r)
{
    // SQLite (3.24 and later) and PostgreSQL spell the upsert alike.
    SqlQuery(m_db, u"INSERT INTO account_conditions ("_s + Columns +
                       u") VALUES (:id, :arrears, :balance, :invoices, :payments, :taxes, "
                       ":ris, :contracts, :complaints, :seller, :hcpn, :special, :cash, :at, :cts, "
                       ":mainland, :support, :awaiting, :professional, :center, :csp) "
                       "ON CONFLICT (account_id) DO UPDATE SET arrears_fen = "
                       "excluded.arrears_fen, balance_fen = excluded.balance_fen, "
                       "over_issued_invoices = excluded.over_issued_invoices, "
                       "pending_payments = excluded.pending_payments, unpaid_taxes = "
                       "excluded.unpaid_taxes, reserved_instances = excluded.reserved_instances, "
                       "pending_contracts = excluded.pending_contracts, complaints = "
                       "excluded.complaints, koogallery_seller = excluded.koogallery_seller, "
                       "hcpn_partner = excluded.hcpn_partner, special_contract = "
                       "excluded.special_contract, cash_spending = excluded.cash_spending, "
                       "updated_at = excluded.updated_at, cts_enabled = excluded.cts_enabled, "
                       "chinese_mainland_site = excluded.chinese_mainland_site, "
                       "partner_support_plan = excluded.partner_support_plan, "
                       "orders_awaiting_partner = excluded.orders_awaiting_partner, "
                       "professional_contract = excluded.professional_contract, "
                       "enterprise_center = excluded.enterprise_center, "
                       "cloud_solution_provider = excluded.cloud_solution_provider"_s)
        .bind(u":id"_s, r.accountId)
        .bind(u":arrears"_s, r.arrears.value)
        .bind(u":balance"_s, r.balance.value)
        .bind(u":invoices"_s, flag(r.overIssuedInvoices))
        .bind(u":payments"_s, flag(r.pendingPayments))
        .bind(u":taxes"_s, flag(r.unpaidTaxes))
        .bind(u":ris"_s, flag(r.reservedInstances))
        .bind(u":contracts"_s, flag(r.pendingContracts))
        .bind(u":complaints"_s, flag(r.complaints))
        .bind(u":seller"_s, flag(r.koogallerySeller))
        .bind(u":hcpn"_s, flag(r.hcpnPartner))
        .bind(u":special"_s, flag(r.specialContract))
        .bind(u":cash"_s, flag(r.cashSpending))
        .bind(u":at"_s, toDb(r.updatedAt))
        .bind(u":cts"_s, flag(r.ctsEnabled))
        .bind(u":mainland"_s, flag(r.chineseMainlandSite))
        .bind(u":support"_s, flag(r.partnerSupportPlan))
        .bind(u":awaiting"_s, flag(r.ordersAwaitingPartner))
        .bind(u":professional"_s, flag(r.professionalContract))
        .bind(u":center"_s, flag(r.enterpriseCenter))
        .bind(u":csp"_s, flag(r.cloudSolutionProvider))
        .exec();
}

bool AccountConditionsRepository::ctsEnabled(const QString &accountId)
{
    SqlQuery q(m_db, u"SELECT cts_enabled FROM account_conditions WHERE account_id = :id"_s);
    q.bind(u":id"_s, accountId).exec();
    return q.next() && q.integer(0) != 0;
}

} // namespace oc::store
