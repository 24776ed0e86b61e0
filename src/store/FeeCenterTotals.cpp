#include "FeeCenterTotals.h"

namespace oc::store {

using namespace Qt::StringLiterals;

void FeeCenterTotals::recompute()
{
    if (m_db.dialect().kind() == SqlDialect::Kind::Postgres)
        // Waits for the writers in flight and holds off new ones until the end of the
        // transaction (SHARE ROW EXCLUSIVE excludes itself and every writer, not readers).
        m_db.execute(u"LOCK TABLE fee_center_accounts, stored_value_cards, workspaces, "
                     "fee_center_huawei_links, fee_center_totals IN SHARE ROW EXCLUSIVE MODE"_s);
    SqlQuery(m_db, u"INSERT INTO fee_center_totals (fee_center_account_id) SELECT "
                   "f.fee_center_account_id FROM fee_center_accounts f WHERE NOT EXISTS (SELECT "
                   "1 FROM fee_center_totals t WHERE t.fee_center_account_id = "
                   "f.fee_center_account_id)"_s)
        .exec();
    // As the list computed them before migration 0020 (ListViews' Access::Scanned).
    SqlQuery(
        m_db,
        u"UPDATE fee_center_totals SET card_balance_fen = (SELECT COALESCE(sum(c.balance_fen), "
        "0) FROM stored_value_cards c WHERE c.fee_center_account_id = "
        "fee_center_totals.fee_center_account_id AND c.status = 'available'), "
        "workspace_count = (SELECT count(*) FROM workspaces w WHERE w.fee_center_account_id "
        "= fee_center_totals.fee_center_account_id), linked_huawei_accounts = (SELECT "
        "count(*) FROM fee_center_huawei_links l WHERE l.fee_center_account_id = "
        "fee_center_totals.fee_center_account_id)"_s)
        .exec();
}

} // namespace oc::store
