#pragma once

#include "Database.h"

#include <QStringList>

#include <optional>

namespace oc::store {

// The exact row counts of migration 0019 (table row_counts), kept by triggers in the same
// transaction as the rows: a list without any condition shows its base table's count from
// here instead of counting a million rows (ListViews). A table's count is sum(delta) over
// its rows: SQLite keeps one row per table, PostgreSQL one per statement that inserted or
// deleted rows, folded now and then (compact()); why that is exact under concurrent
// writers: the PostgreSQL script of migration 0019.
class RowCounts
{
public:
    explicit RowCounts(Database &db)
        : m_db(db)
    {}

    // A reader that sees more rows than this for a table folds them (ListViews::page).
    static constexpr qint64 FoldAbove = 32;

    // A SELECT of the count of the table whose name is bound to `parameter`: NULL when the
    // table is not counted (no row).
    static QString totalQuery(const QString &parameter);
    // A SELECT of how many rows of row_counts that count is the sum of.
    static QString partsQuery(const QString &parameter);

    // The counted tables, by name.
    QStringList tables();
    // The count of `table`; nothing when it is not counted.
    std::optional<qint64> total(const QString &table);
    // How many rows of row_counts `table`'s count is the sum of.
    qint64 parts(const QString &table);

    // Folds the rows of every table that has more than `above` of them into one
    // (SqlDialect::compactRowCounts; SQLite: nothing to fold). Only outside a transaction:
    // it commits on its own, and a failure (a concurrent folding, a read-only store) must not
    // end the caller's transaction; it is logged and changes nothing. Returns whether it
    // folded any row.
    bool compact(qint64 above = FoldAbove);

    // Sets `table`'s count to count(*) of its rows: after a bulk load that dropped the
    // triggers while its rows went in (bench_generate_large). Inside a transaction that no
    // other writer of `table` overlaps: SQLite's (it holds the write lock); on PostgreSQL it
    // locks the table against writers first, so that must come before the transaction's
    // first read (which fixes its snapshot). Throws StoreError, also for a table that is not
    // counted.
    void recount(const QString &table);

private:
    Database &m_db;
};

} // namespace oc::store
