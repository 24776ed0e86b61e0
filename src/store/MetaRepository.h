#pragma once

#include "Database.h"

#include <optional>

namespace oc::store {

class MetaRepository
{
public:
    explicit MetaRepository(Database &db)
        : m_db(db)
    {}
    std::optional<QString> get(const QString &key);
    // Reads a value the transaction is about to write, locking it against concurrent
    // writers until the transaction ends (SqlDialect::forUpdate()).
    std::optional<QString> getForUpdate(const QString &key);
    // As the first statement of a transaction: every other transaction that calls it waits
    // until this one ends, and (PostgreSQL) this one's snapshot is taken after that wait, so
    // that a value read with getForUpdate() is the latest one rather than a serialization
    // failure (SELECT ... FOR UPDATE alone waits, then fails under SERIALIZABLE when the
    // row was written meanwhile). SQLite: nothing (BEGIN IMMEDIATE holds the write lock).
    void lockAgainstWriters();
    void set(const QString &key, const QString &value);
    // Writes only when the value differs: an unchanged value takes no row lock and so does
    // not make concurrent transactions conflict.
    void setIfChanged(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace oc::store
