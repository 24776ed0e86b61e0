#pragma once

#include <QSqlError>
#include <QString>
#include <QStringList>

#include "StoreError.h"

namespace oc::store {

// Everything that differs between SQLite and PostgreSQL lives here; repositories and
// migrations use plain SQL that both accept (RETURNING, ON CONFLICT, LIMIT/OFFSET).
class SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres };

    explicit SqlDialect(Kind kind) : m_kind(kind) {}

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

private:
    Kind m_kind;
};

} // namespace oc::store
