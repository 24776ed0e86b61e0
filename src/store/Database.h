#pragma once

#include "SqlDialect.h"
#include "core/Error.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;
struct pg_conn;

namespace oc::store {

struct DatabaseConfig
{
    SqlDialect::Kind kind = SqlDialect::Kind::Sqlite;
    QString path;       // SQLite: the file
    bool create = true; // SQLite: create the file when it does not exist
    QString host;       // PostgreSQL (later, for the team backend)
    int port = 5432;
    QString name;
    QString user;
    QString password;
    int busyTimeoutMs = 5000;
};

// One connection to the store, owned by one thread (Qt SQL connections are per thread).
// open() refuses, with an Error whose `reason` says why and without writing anything:
// a missing folder, an unreadable file, a file that is not a database (or is damaged), a
// database of another application, a schema newer than this build, a locked database.
// Otherwise it configures the connection (WAL, foreign keys, busy timeout) and migrates
// an older schema to the latest version.
class Database
{
public:
    static Result<std::unique_ptr<Database>> open(const DatabaseConfig &config,
                                                  const QString &connectionName);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase handle() const { return m_db; }
    const SqlDialect &dialect() const { return m_dialect; }
    const DatabaseConfig &config() const { return m_config; }
    int schemaVersion() const { return m_schemaVersion; }
    // How many prepared statements this connection keeps for reuse.
    std::size_t cachedStatements() const { return m_statements.size(); }

    // Transactions; nesting is not supported (one service call = one transaction).
    void begin();
    // A read-only transaction whose statements all read one snapshot (PostgreSQL: REPEATABLE
    // READ, which takes no predicate locks: a long read does not make writers fail; SQLite:
    // a deferred transaction). Ended by rollback() or commit().
    void beginSnapshot();
    void commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    // Inside a transaction: takes the lock named `name` until the transaction ends, across
    // connections and processes (PostgreSQL: an advisory lock; SQLite: its transaction
    // already holds the database's write lock).
    void lockForTransaction(const QString &name);

    // After a bulk change (migrations, a seeded demo): PostgreSQL gathers the planner's
    // statistics at once rather than when autovacuum gets to it (small tables: never). Without
    // them it plans a list read for hundreds of rows where there are seven, and keeps
    // re-planning each execution of a prepared statement (planning was most of the server's
    // work per list page). SQLite: only a file that has statistics already (ANALYZE was run
    // on it) has them measured again; others are planned from their indexes alone.
    void refreshPlannerStatistics();

    // SQLite: moves the write-ahead log into the database file and empties it, so that the
    // file alone holds every committed change (a template copied file by file).
    // PostgreSQL: nothing.
    void checkpoint();

    // A statement without parameters that cannot be prepared (PostgreSQL: LOCK TABLE,
    // ANALYZE). Throws StoreError.
    void execute(const QString &statement);

    // Raises StoreError for `error`, classified by the dialect.
    [[noreturn]] void fail(const QString &what, const QSqlError &error) const;

    // The schema version this build writes.
    static int latestSchemaVersion();

private:
    friend class SqlQuery;

    // A statement prepared once per connection and reused: preparing is most of a small
    // query's cost (SQLite parses and plans it; PostgreSQL adds PREPARE and DEALLOCATE round
    // trips). A statement is lent to one SqlQuery at a time; the same text in use twice at
    // once (a nested query) prepares a statement of its own.
    struct CachedStatement
    {
        explicit CachedStatement(const QSqlDatabase &db)
            : query(db)
        {}
        QSqlQuery query;
        bool lent = false;
    };
    static constexpr std::size_t StatementCacheSize = 256;
    CachedStatement *borrowStatement(const QString &sql);
    static void returnStatement(CachedStatement *statement);
    void forgetStatements();

    Database(const DatabaseConfig &config, QSqlDatabase db);
    Status migrate();

    DatabaseConfig m_config;
    SqlDialect m_dialect;
    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_openFile; // SQLite: the canonical path, while this connection has it open
    int m_schemaVersion = 0;
    bool m_inTransaction = false;
    std::unordered_map<QString, std::unique_ptr<CachedStatement>> m_statements;
};

// Rolls back unless commit() was called: every multi-step change is one transaction.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

// A prepared statement with named, bound parameters only. Throws StoreError.
class SqlQuery
{
public:
    SqlQuery(Database &db, const QString &sql);
    ~SqlQuery();
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    SqlQuery &bind(const QString &placeholder, const QVariant &value);
    SqlQuery &exec();
    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    QVariant value(const QString &name) const { return m_query->value(name); }
    QString text(int column) const { return m_query->value(column).toString(); }
    // The remaining rows' `column` as text (a list of ids).
    QStringList texts(int column = 0)
    {
        QStringList values;
        while (next())
            values << text(column);
        return values;
    }
    qint64 integer(int column) const { return m_query->value(column).toLongLong(); }
    int rowsAffected() const { return m_query->numRowsAffected(); }
    // SQLite: the statement itself (after exec() and next(), it stands on the row next()
    // read, and sqlite3_step() reads on; the statement is reset when the query goes), for a
    // reader of raw cells (ListViews::pageCells). Null on PostgreSQL.
    sqlite3_stmt *sqliteStatement() const;

private:
    Database &m_db;
    QString m_sql;
    Database::CachedStatement *m_lent; // the connection's statement for this text, if free
    std::optional<QSqlQuery> m_own;    // otherwise one of its own
    QSqlQuery *m_query = nullptr;      // either
};

// The client library's own connection under a Qt one, or null when `db` is another
// driver's: for what Qt SQL does not offer (a migration script's statements at once, rows
// streamed without a QVariant per cell).
sqlite3 *sqliteConnection(const QSqlDatabase &db);
pg_conn *postgresConnection(const QSqlDatabase &db);

// Times are stored as UTC milliseconds; an invalid QDateTime is NULL.
QVariant toDb(const QDateTime &time);
QDateTime timeFromDb(const QVariant &value);
// Binds a possibly-null id (0 = none).
QVariant idOrNull(qint64 id);

} // namespace oc::store
