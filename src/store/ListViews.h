#pragma once

#include "Database.h"
#include "core/Listing.h"

#include <atomic>
#include <functional>
#include <optional>

struct pg_conn; // libpq's PGconn

namespace oc::store {

// The read models behind the list views. Each view is a fixed SQL source with named
// columns; queries only ever sort and filter by those names (no caller SQL), bind every
// value, and page with LIMIT/OFFSET. A text search is a substring of any searchable column
// (LIKE, case as the dialect's caseInsensitiveLike); the big views find its rows through
// search indexes (SqlDialect::searchRows).
class ListViews
{
public:
    // How pages are read: through what issue 20 added (the default) — text searches
    // through the search indexes of the views that have them (migration 18), deep pages
    // keys first, an unfiltered total from the table's exact row count (migration 19), the
    // fee-center accounts' card balance, workspace and link counts from the totals kept by
    // triggers (migration 20) — or as before it: every row tested by the search's LIKE
    // alone, pages skipped to by OFFSET, every total counted, the accounts' totals summed
    // and counted per row (tests and the benchmark compare the two).
    enum class Access
    {
        Indexed,
        Scanned
    };

    explicit ListViews(Database &db, Access access = Access::Indexed)
        : m_db(db)
        , m_access(access)
    {}

    static QStringList viewNames();
    static bool hasView(const QString &view);
    static QList<ColumnInfo> columns(const QString &view);

    // Throws StoreError; an unknown view, sort column or filter yields an empty page with
    // total 0 (the service validates names first and reports E-INVALID).
    ListPage page(const ListQuery &query);
    // SQLite: up to how many matches the first page of an indexed search sorts at once, its
    // total and its keys from one read of them (10,000; more, and they are counted, then the
    // page read by walking the order or sorting); 0: never. Tests lower it.
    void setSortedSearchRows(qint64 rows) { m_sortedSearchRows = rows; }
    // The database's plan for the page statement of `query` (SQLite: EXPLAIN QUERY PLAN's
    // details, one per step; PostgreSQL: EXPLAIN's lines), so that tests can check that
    // sorting and filtering walk an index rather than sorting the table.
    QStringList queryPlan(const ListQuery &query);
    // The base tables whose row count is a view's total when a page has no condition at
    // all: that total is read from their exact counts (RowCounts, migration 0019) instead of
    // counted, except with Access::Scanned. Sorted by name.
    static QStringList countedTables();
    // Validates the names in `query` against the view; returns the first unknown one.
    static QString unknownName(const ListQuery &query);

    // Streams every row of `query` (ignoring offset/limit) to `sink` with the total count;
    // stops when `sink` returns false. Returns the number of rows delivered.
    qint64 forEachRow(
        const ListQuery &query,
        const std::function<bool(const QVariantList &row, qint64 index, qint64 total)> &sink);

    // One cell as the store holds it, without a QVariant (forEachRawRow): text as UTF-8,
    // valid until the sink returns.
    struct RawCell
    {
        enum class Kind
        {
            Null,
            Integer,
            Real,
            Text
        };
        Kind kind = Kind::Null;
        qint64 integer = 0;
        double real = 0;
        QByteArrayView text;
    };
    // As forEachRow, each row's cells as the store holds them, read by the store's own
    // library (SQLite's statement, libpq's rows) with no QVariant or QString per cell (the
    // export of a million rows, issue 20).
    qint64 forEachRawRow(
        const ListQuery &query,
        const std::function<bool(const QList<RawCell> &row, qint64 index, qint64 total)> &sink);

    // As page(), on SQLite for a page without a search read forwards: `header` gets the
    // page's offset, columns and total (no rows), and `row` each row's cells as the store
    // holds them (RawCell, valid until it returns), in order, with no QVariant or QString
    // per cell (the billing API server writes them straight into the answer's JSON). False,
    // having done nothing, for any other page: page() reads it.
    bool pageCells(const ListQuery &query, ListPage &header,
                   const std::function<void(const QList<RawCell> &row)> &row);

    // Checkpoints of a big list's order (its values every checkpointStep() rows, valid for
    // one version of its base table: migration 23, on SQLite 25), from which a deep page
    // is read instead of walking the order from an end. Kept for the process by database,
    // view, order and filters.
    //
    // What runs a job later on another connection of the same store (services/ServiceHost:
    // a thread of its own). With one, page() has the checkpoints of a list of at least
    // checkpointMinRows() rows made there when it first reads the list, and again when a
    // deep page finds them out of date; without one, none are made but by prepareOrder().
    using Background = std::function<void(std::function<void(Database &)> job)>;
    void setBackground(Background background) { m_background = std::move(background); }
    // Makes the checkpoints of `query`'s order and filters now (what the background job
    // does). False, with none made: a search, an order or filter not of the base table's own
    // NOT NULL columns (on SQLite: columns without a NULL), an order no index holds (SQLite:
    // one that sorts), or a list shorter than two checkpoints' steps.
    bool prepareOrder(const ListQuery &query);
    // The checkpoints of the default order of every list whose base table has at least
    // checkpointMinRows() rows (ServiceHost, when the store opens). The number made.
    int prepareBigLists();
    // Whether prepareBigLists() would make any: a list's base table has at least
    // checkpointMinRows() rows.
    bool hasBigLists();
    // Whether the last page() was read from a checkpoint (tests).
    bool lastPageFromCheckpoint() const { return m_fromCheckpoint; }
    // Every `step` rows a checkpoint (2,048), made for lists of at least `minRows` rows
    // (65,536), for the whole process; tests lower them. Forgets every checkpoint kept.
    static void setCheckpointRows(qint64 step, qint64 minRows);
    // SQLite: a statement of prepareOrder() that takes longer than `ms` (250: it sorts the
    // list instead of walking an index) gives its order up, none made, and its deep pages are
    // walked; tests set -1 to have every order given up.
    static void setCheckpointGiveUp(qint64 ms);
    static qint64 checkpointStep();
    static qint64 checkpointMinRows();
    // Forgets every checkpoint kept in the process (tests).
    static void forgetCheckpoints();
    // The calling thread's prepareOrder() gives up, having made none, between two of its
    // statements once `*stop` is true (the service host's background thread, told to stop);
    // null: never.
    static void setStopFlag(const std::atomic<bool> *stop);
    // What a deep page walks when checkpoints can serve it (ListViews.cpp).
    struct OrderWalk;

private:
    // The statement of every row of `query` (forEachRow) and their number; none for an
    // unknown name.
    struct RowsStatement
    {
        qint64 count = 0;
        QString sql;
        QList<std::pair<QString, QVariant>> binds;
        int width = 0;
    };
    std::optional<RowsStatement> rowsStatement(const ListQuery &query);
    qint64 forEachPostgresRow(
        pg_conn *connection, const RowsStatement &statement,
        const std::function<bool(const QList<RawCell> &row, qint64 index, qint64 total)> &sink);

    // A deep page of `query` read from its order's checkpoints into `result`; false when
    // there are none up to date for it (the page is then read as any other).
    bool readFromCheckpoint(const OrderWalk &walk, const ListQuery &query, ListPage &result);
    // Has the checkpoints of `query` made in the background when none are kept, or are
    // being made, for a list of `rows` rows.
    void prepareLater(const OrderWalk &walk, const ListQuery &query, qint64 rows);

    Database &m_db;
    Access m_access;
    qint64 m_sortedSearchRows = 10000;
    Background m_background;
    bool m_fromCheckpoint = false;
};

} // namespace oc::store
