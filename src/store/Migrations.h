#pragma once

#include "SqlDialect.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace oc::store {

class Database;

struct Migration
{
    int version;
    QString resource; // ":/oc/migrations/NNNN_name.sql" or "NNNN_name.<dialect>.sql"
    // The dialect the script is written for; empty when it is plain SQL both accept.
    std::optional<SqlDialect::Kind> dialect;
};

// Versioned schema migrations in src/store/migrations/, compiled in as resources. A version
// is either one script both dialects run (`NNNN_name.sql`) or one script per dialect
// (`NNNN_name.sqlite.sql` and `NNNN_name.postgres.sql`) where the SQL differs (SQLite cannot
// alter a column, PostgreSQL can). Each version runs in its own transaction.
class Migrations
{
public:
    // The scripts `dialect` runs, by version. Throws StoreError when a version has no script
    // for `dialect`, or both a shared and a dialect script (the build is then inconsistent).
    static QList<Migration> all(SqlDialect::Kind dialect);
    // The newest version of any script (every dialect reaches the same version).
    static int latestVersion();
    // Runs one script, as written, in `db`'s current transaction. Throws, also when the
    // script is written for another dialect than `db`'s.
    static void run(Database &db, const Migration &migration);
    // The script of `migration` as the database runs it ({{ID}} and friends expanded).
    static QString script(const Migration &migration, SqlDialect::Kind dialect);
    // "sqlite" or "postgres": the infix of a dialect's own scripts.
    static QString dialectInfix(SqlDialect::Kind dialect);
};

// Runs `script` (any number of statements, comments, function bodies) through the
// database's own parser, as its command-line client would: sqlite3_exec, PQexec. Nothing
// is split or rewritten here. Returns false with the database's message in `error`, and
// for PostgreSQL its SQLSTATE in `code`.
bool execScript(QSqlDatabase &db, const QString &script, QString *error, QString *code = nullptr);

} // namespace oc::store
