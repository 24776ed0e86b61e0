#pragma once

#include "Database.h"

namespace oc::store {

// Each fee-center account's totals of migration 0020 (table fee_center_totals, one row per
// account): the balance of its available cards, its workspaces and its linked Huawei
// accounts, kept by triggers in the same transaction as those rows, so that the fee-center
// accounts list (ListViews) reads and sorts them as columns instead of summing every card
// of every account on its page. Why they are exact under concurrent writers: the PostgreSQL
// script of migration 0020.
class FeeCenterTotals
{
public:
    explicit FeeCenterTotals(Database &db)
        : m_db(db)
    {}

    // Sets every account's totals to those of its rows (and gives an account without a
    // row its row): after a bulk load that dropped the triggers while its rows went in
    // (bench_generate_large). Inside a transaction that no other writer of those tables
    // overlaps: SQLite's (it holds the write lock); on PostgreSQL it locks them against
    // writers first, so that must come before the transaction's first read (which fixes
    // its snapshot). Throws StoreError.
    void recompute();

private:
    Database &m_db;
};

} // namespace oc::store
