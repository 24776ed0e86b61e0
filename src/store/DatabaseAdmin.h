#pragma once

#include "Database.h"

#include <functional>

namespace oc::store {

// A database as a whole, in either dialect: a SQLite file (with its -wal and -shm
// companions) or a PostgreSQL database on a server. What the demo needs (a template, a
// private copy of it, Reset demo) and the tests (a fresh database each).
namespace admin {

// "postgresql://user:password@host:port/name" (user, password and port optional) or a
// SQLite file path. A malformed URL is refused with an Error naming what is wrong.
Result<DatabaseConfig> parseLocation(const QString &location);
// The location without the password, for messages and logs.
QString displayLocation(const DatabaseConfig &config);

// The same server and credentials, another database (PostgreSQL) or file (SQLite).
DatabaseConfig sibling(const DatabaseConfig &config, const QString &nameOrPath);

bool exists(const DatabaseConfig &config);
// Removes the database (SQLite: the file and its companions; PostgreSQL: DROP DATABASE,
// ending the connections other processes still have to it). Nothing to remove is fine.
Status remove(const DatabaseConfig &config);
// Makes `to` a copy of `from` (SQLite: a file copy, readable by its owner only;
// PostgreSQL: CREATE DATABASE ... TEMPLATE, which needs `from` without connections).
Status copy(const DatabaseConfig &from, const DatabaseConfig &to);
// Renames `from` to `to`, replacing `to` (how a template built aside is put in place).
Status rename(const DatabaseConfig &from, const DatabaseConfig &to);
// Creates an empty database (PostgreSQL; SQLite creates the file when it opens it).
Status create(const DatabaseConfig &config);

// PostgreSQL database names this code creates or drops: lowercase letters, digits and
// '_', starting with a letter or '_', at most 63 characters. (Names cannot be bound as
// parameters; anything else is refused rather than quoted.)
bool isSafeDatabaseName(const QString &name);

// Runs `body` while holding a lock named `name` across processes: PostgreSQL's advisory
// lock on the server's maintenance database; SQLite: a lock file next to `config`'s file.
Status withLock(const DatabaseConfig &config, const QString &name,
                const std::function<Status()> &body);

} // namespace admin

} // namespace oc::store
