#pragma once

#include <QList>
#include <QString>

namespace oc::store {

class Database;

struct Migration
{
    int version;
    QString resource; // ":/oc/migrations/NNNN_name.sql"
};

// Versioned schema migrations, one SQL script per version in src/store/migrations/,
// compiled in as resources. Each runs in its own transaction.
class Migrations
{
public:
    static QList<Migration> all();
    static int latestVersion();
    // Runs one script statement by statement (SQLite executes one per call). Throws.
    static void run(Database &db, const Migration &migration);
    // Splits a script into statements at semicolons that end a line; '--' comments dropped.
    static QStringList statements(const QString &script);
};

} // namespace oc::store
