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
