#pragma once

#include "StoreError.h"

#include <QSqlError>
#include <QString>
#include <QStringList>

namespace oc::store {

// Everything that differs between SQLite and PostgreSQL lives here; repositories and
// migrations use plain SQL that both accept (RETURNING, ON CONFLICT, LIMIT/OFFSET).
class SqlDialect
{
public:
    enum class Kind
    {
        Sqlite,
        Postgres
    };

    explicit SqlDialect(Kind kind)
        : m_kind(kind)
    {}

    Kind kind() const { return m_kind; }
    QString driverName() const;
    // Replaces {{ID}} and friends in migration scripts.
    QString expandMigration(const QString &script) const;
    // Statements run on every new connection (WAL, foreign keys, ...).
    QStringList connectionSetup() const;
    // Case-insensitive LIKE.
    QString caseInsensitiveLike() const;
    // The LIKE pattern (with ESCAPE '\') of the texts that contain `text` as typed: its
    // %, _ and \ stand for themselves.
    static QString containsPattern(const QString &text);

    // Text search through the search indexes of migration 0018 (SQLite: FTS5 trigram
    // tables <table>_search; PostgreSQL: pg_trgm GIN indexes). An index finds the rows that
    // contain a text of at least SearchIndexMinimum characters (a trigram); the caller
    // keeps its LIKE as the exact condition, the index only narrows the rows it tests (it
    // may find more on SQLite: FTS5 folds the case of every letter, LIKE of ASCII ones).
    static constexpr int SearchIndexMinimum = 3;
    // Whether `text` is long enough for an index (in characters, not UTF-16 units).
    static bool searchesIndex(const QString &text);
    // The key the index yields for `table`'s rows: SQLite's rowid (the search tables are
    // keyed by it), PostgreSQL's `primaryKey`.
    QString searchRowKey(const QString &primaryKey) const;
    // A SELECT of the row keys (searchRowKey) of `table`'s rows one of whose `columns`
    // contains the text bound to `parameter`; bind searchValue() to it.
    QString searchRows(const QString &table, const QStringList &columns, const QString &primaryKey,
                       const QString &parameter) const;
    // The value of searchRows()'s parameter that finds `text` in `columns`.
    QString searchValue(const QStringList &columns, const QString &text) const;
    // Whether the index finds exactly the rows of caseInsensitiveLike (PostgreSQL: its
    // ILIKE, answered by pg_trgm), so that no LIKE needs to test them again.
    bool searchIndexIsExact() const { return m_kind == Kind::Postgres; }
    // Folds the rows of row_counts (migration 0019) of every table that has more than the
    // number bound to :parts into one row holding their sum; empty when there is nothing to
    // fold: SQLite keeps one row per table (one writer at a time updates it), PostgreSQL one
    // per writing statement (writers never update a shared row). Why it is exact: the
    // PostgreSQL script of migration 0019.
    QString compactRowCounts() const;
    // Classifies a driver error so that services can react (unique violation -> rule).
    StoreError::Kind classify(const QSqlError &error) const;
    // The key a unique violation names: PostgreSQL's constraint or index name, SQLite's
    // index name (an index on expressions) or its "table.column, ..." list. Empty when
    // `error` is not a unique violation. The one place that reads a driver's message.
    QString violatedConstraint(const QSqlError &error) const;
    // How a transaction starts: SQLite takes the write lock up front (IMMEDIATE);
    // PostgreSQL runs SERIALIZABLE, so that every check-then-write is safe against
    // concurrent writers (the loser gets a serialization failure and runs again).
    QString beginTransaction() const;
    // Appended to a SELECT that reads a row the transaction will write (PostgreSQL locks
    // it; SQLite's transaction holds the write lock already).
    QString forUpdate() const;

private:
    Kind m_kind;
};

} // namespace oc::store
