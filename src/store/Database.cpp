#include "Database.h"

#include "DatabaseAdmin.h"
#include "Migrations.h"
#include "RowCounts.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlResult>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <mutex>
#include <sqlite3.h>

namespace oc::store {

Q_LOGGING_CATEGORY(lcStore, "oc.store")

namespace {

const auto StoreRule = QString::fromLatin1(SystemError::Store);

Error openError(const char *reason, const QString &path, const QString &detail = {},
                QVariantMap extra = {})
{
    extra.insert(QStringLiteral("path"), path);
    if (!detail.isEmpty())
        extra.insert(QStringLiteral("detail"), detail);
    return makeError(StoreRule, QStringLiteral("database"), QString::fromLatin1(reason), extra);
}

// SQLite's file header; anything else is not (or no longer) a database.
bool hasSqliteHeader(const QString &path, bool *readable)
{
    QFile file(path);
    *readable = file.open(QIODevice::ReadOnly);
    if (!*readable)
        return false;
    if (file.size() == 0)
        return true; // an empty file is a new, empty database to SQLite
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

// SQLite files this process has open through Database, by canonical path, with their number
// of connections. Such a file is a database in use and must not be read with QFile: closing
// any descriptor of a file drops every POSIX lock the process holds on it, SQLite's too
// (sqlite.org/howtocorrupt.html, 2.2). Without its shared lock, another process may
// checkpoint and delete the WAL under this process's connections.
QMutex openFilesMutex;
QHash<QString, int> openFiles;

// One Database::open()'s entry in openFiles, taken before anything of the file is read and
// held until the connection is open (then the Database keeps it) or the open fails. Taken
// under the mutex together with the header check: a file another thread is opening (its
// connection not yet made) must not be read with QFile either — that race is how a server
// with several workers lost its locks.
class OpenFileReservation
{
public:
    // Reserves `key` (the file's canonical path, or its absolute path while it does not
    // exist); runs `check` first, under the mutex, when no connection of this process has
    // the file open or is being made. A failed check reserves nothing.
    template<class Check>
    Status reserve(const QString &key, Check check)
    {
        const QMutexLocker lock(&openFilesMutex);
        if (!openFiles.contains(key))
            if (Status checked = check(); !checked.ok())
                return checked;
        ++openFiles[key];
        m_key = key;
        return okStatus();
    }
    // The Database holds the entry from now on.
    QString keep() { return std::exchange(m_key, QString()); }
    ~OpenFileReservation()
    {
        if (m_key.isEmpty())
            return;
        const QMutexLocker lock(&openFilesMutex);
        if (--openFiles[m_key] <= 0)
            openFiles.remove(m_key);
    }

private:
    QString m_key;
};

int readSchemaVersion(QSqlDatabase &db, bool *foreign, QString *error)
{
    *foreign = false;
    const QStringList tables = db.tables(QSql::Tables);
    if (db.lastError().isValid()) {
        *error = db.lastError().text();
        return -1;
    }
    if (!tables.contains(QStringLiteral("meta"))) {
        *foreign = !tables.isEmpty();
        return 0;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = :key"));
    query.bindValue(QStringLiteral(":key"), QStringLiteral("schema.version"));
    if (!query.exec()) {
        *error = query.lastError().text();
        return -1;
    }
    return query.next() ? query.value(0).toInt() : 0;
}

} // namespace

Database::Database(const DatabaseConfig &config, QSqlDatabase db)
    : m_config(config)
    , m_dialect(config.kind)
    , m_db(db)
    , m_connectionName(db.connectionName())
{}

Database::~Database()
{
    if (m_inTransaction)
        rollback();
    forgetStatements();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    if (!m_openFile.isEmpty()) {
        const QMutexLocker lock(&openFilesMutex);
        if (--openFiles[m_openFile] <= 0)
            openFiles.remove(m_openFile);
    }
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

namespace {

// SQLite counts every allocation of every connection under one process-wide mutex unless
// told not to (SQLITE_CONFIG_MEMSTATUS): with the billing API's workers reading at once
// that mutex was the server's busiest lock. Nothing here reads those statistics. It has to
// be said before SQLite initialises, so before the first connection of the process.
void configureSqliteOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) != SQLITE_OK)
            qCInfo(lcStore) << "SQLite was initialised already: memory statistics stay on";
    });
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const DatabaseConfig &config,
                                                 const QString &connectionName)
{
    configureSqliteOnce();
    const SqlDialect dialect(config.kind);
    if (!QSqlDatabase::isDriverAvailable(dialect.driverName()))
        return makeError(StoreRule, QStringLiteral("database"), QStringLiteral("driverMissing"),
                         {{QStringLiteral("driver"), dialect.driverName()},
                          {QStringLiteral("path"), admin::displayLocation(config)}});

    const QString path = config.kind == SqlDialect::Kind::Sqlite
                             ? QFileInfo(config.path).absoluteFilePath()
                             : admin::displayLocation(config);
    OpenFileReservation reservation;
    if (config.kind == SqlDialect::Kind::Sqlite) {
        const QFileInfo info(path);
        if (config.path.isEmpty())
            return openError("noPath", config.path);
        if (info.exists()) {
            if (info.isDir())
                return openError("isFolder", path);
            const Status reserved = reservation.reserve(info.canonicalFilePath(), [&]() -> Status {
                bool readable = false;
                if (hasSqliteHeader(path, &readable))
                    return okStatus();
                return readable ? openError("notADatabase", path) : openError("unreadable", path);
            });
            if (!reserved.ok())
                return reserved.error();
        } else {
            if (!config.create)
                return openError("missingFile", path);
            if (!info.absoluteDir().exists())
                return openError("missingFolder", path, info.absolutePath());
            reservation.reserve(path, []() -> Status { return okStatus(); });
        }
    }

    // First look with a read-only connection: a newer or foreign database must be refused
    // before anything (WAL switch, migration) writes to it.
    if (config.kind == SqlDialect::Kind::Sqlite && QFileInfo::exists(path) &&
        QFileInfo(path).size() > 0) {
        const QString probeName = connectionName + QStringLiteral("-probe");
        int version = 0;
        bool foreign = false;
        QString error;
        {
            QSqlDatabase probe = QSqlDatabase::addDatabase(dialect.driverName(), probeName);
            probe.setDatabaseName(path);
            probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1")
                                        .arg(config.busyTimeoutMs));
            if (!probe.open())
                error = probe.lastError().text();
            else
                version = readSchemaVersion(probe, &foreign, &error);
            probe.close();
        }
        QSqlDatabase::removeDatabase(probeName);
        if (!error.isEmpty()) {
            const QSqlError asError(QString(), error);
            if (error.contains(u"locked") || error.contains(u"busy"))
                return openError("busy", path, error);
            return openError("notADatabase", path, error);
        }
        if (foreign)
            return openError("foreign", path);
        if (version > latestSchemaVersion())
            return openError("newerVersion", path, {},
                             {{QStringLiteral("found"), version},
                              {QStringLiteral("supported"), latestSchemaVersion()}});
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), connectionName);
    if (config.kind == SqlDialect::Kind::Sqlite) {
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(config.busyTimeoutMs));
    } else {
        db.setHostName(config.host);
        db.setPort(config.port);
        db.setDatabaseName(config.name);
        db.setUserName(config.user);
        db.setPassword(config.password);
        // An unreachable server is reported within seconds, not after TCP's own timeout.
        db.setConnectOptions(
            QStringLiteral("connect_timeout=%1").arg(qMax(1, config.busyTimeoutMs / 1000)));
    }
    std::unique_ptr<Database> database(new Database(config, db));
    db = QSqlDatabase(); // the Database holds the connection; removing it must not find it in use
    if (!database->m_db.open())
        return openError("openFailed", path, database->m_db.lastError().text());
    if (config.kind == SqlDialect::Kind::Sqlite) {
        database->m_openFile = reservation.keep();
        // A file made by this open is known by its canonical path from now on.
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (!canonical.isEmpty() && canonical != database->m_openFile) {
            const QMutexLocker lock(&openFilesMutex);
            if (--openFiles[database->m_openFile] <= 0)
                openFiles.remove(database->m_openFile);
            ++openFiles[canonical];
            database->m_openFile = canonical;
        }
    }

    for (const QString &statement : dialect.connectionSetup()) {
        QSqlQuery query(database->m_db);
        // Switching a new file to WAL takes its exclusive lock without SQLite's busy handler:
        // while another connection is in there (a second console or server opening the same
        // new file at once), it is tried again until the busy timeout has passed.
        QDeadlineTimer patience(config.busyTimeoutMs);
        bool done = query.exec(statement);
        while (!done && dialect.classify(query.lastError()) == StoreError::Kind::Busy &&
               !patience.hasExpired()) {
            QThread::msleep(10);
            done = query.exec(statement);
        }
        if (!done) {
            const auto kind = dialect.classify(query.lastError());
            if (kind == StoreError::Kind::Busy)
                return openError("busy", path, query.lastError().text());
            if (kind == StoreError::Kind::ReadOnly)
                return openError("readOnly", path, query.lastError().text());
            if (kind == StoreError::Kind::Corrupt)
                return openError("notADatabase", path, query.lastError().text());
            return openError("openFailed", path, query.lastError().text());
        }
    }

    if (const Status migrated = database->migrate(); !migrated.ok()) {
        Error error = migrated.error();
        error.args.insert(QStringLiteral("path"), path);
        return error;
    }
    // The row counts of tables no list reads for a while (the journal: a row per change)
    // are folded here too (RowCounts; PostgreSQL only, when due, never failing the open).
    RowCounts(*database).compact();
    qCInfo(lcStore) << "opened" << path << "schema" << database->m_schemaVersion;
    return Result<std::unique_ptr<Database>>(std::move(database));
}

Status Database::migrate()
{
    bool foreign = false;
    QString error;
    const int version = readSchemaVersion(m_db, &foreign, &error);
    if (!error.isEmpty())
        return openError("notADatabase", admin::displayLocation(m_config), error);
    if (foreign)
        return openError("foreign", admin::displayLocation(m_config));
    if (version > latestSchemaVersion())
        return openError("newerVersion", admin::displayLocation(m_config), {},
                         {{QStringLiteral("found"), version},
                          {QStringLiteral("supported"), latestSchemaVersion()}});
    m_schemaVersion = version;
    if (version == latestSchemaVersion())
        return okStatus();
    // Several processes may open an older database at once (two servers starting on one
    // PostgreSQL, two consoles on one file): one migrates, the others wait and then find
    // the work done. PostgreSQL: an advisory lock for the whole run; SQLite: each
    // version's IMMEDIATE transaction holds the write lock. Either way the version is
    // read again under the lock.
    const bool postgres = m_dialect.kind() == SqlDialect::Kind::Postgres;
    const QString lockKey = QStringLiteral("oc:migrations");
    try {
        if (postgres)
            SqlQuery(*this, QStringLiteral("SELECT pg_advisory_lock(hashtext(:key))"))
                .bind(QStringLiteral(":key"), lockKey)
                .exec();
        for (const Migration &migration : Migrations::all(m_dialect.kind())) {
            if (migration.version <= m_schemaVersion)
                continue;
            Transaction tx(*this);
            m_schemaVersion = readSchemaVersion(m_db, &foreign, &error);
            if (!error.isEmpty())
                throw StoreError(StoreError::Kind::Other, QStringLiteral("read schema version"),
                                 error);
            if (migration.version <= m_schemaVersion)
                continue; // another process migrated meanwhile
            Migrations::run(*this, migration);
            SqlQuery(*this,
                     QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema.version', :v) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"))
                .bind(QStringLiteral(":v"), QString::number(migration.version))
                .exec();
            tx.commit();
            m_schemaVersion = migration.version;
            qCInfo(lcStore) << "migrated to schema" << migration.version;
        }
        if (postgres)
            SqlQuery(*this, QStringLiteral("SELECT pg_advisory_unlock(hashtext(:key))"))
                .bind(QStringLiteral(":key"), lockKey)
                .exec();
    } catch (const StoreError &e) {
        const char *reason = e.kind() == StoreError::Kind::Busy       ? "busy"
                             : e.kind() == StoreError::Kind::ReadOnly ? "readOnly"
                                                                      : "migrationFailed";
        return openError(reason, admin::displayLocation(m_config), e.detail());
    }
    // Statements prepared while the schema changed are not kept.
    forgetStatements();
    // A store that held data before is measured again for the new schema (a new store is
    // empty: its tables are measured as they fill, and a demo's when it is seeded).
    // PostgreSQL vacuums first: a migration that rewrites a table (version 24 adds a stored
    // column to the workspaces) leaves it without a visibility map, and until a VACUUM marks
    // its pages all-visible every index-only scan of it (a deep page's keys) reads the
    // table's row for each entry; autovacuum would not come, since the rewrite neither
    // inserts nor deletes rows. This VACUUM does not always manage it: in one test run the
    // rewritten workspaces kept 0 of 4 pages all-visible, and once "VACUUM (ANALYZE)" did the
    // same on a quiet server (why is not known; test_migrations checks that the rewritten
    // tables were vacuumed, not their map).
    if (version > 0) {
        try {
            if (postgres)
                execute(QStringLiteral("VACUUM"));
            refreshPlannerStatistics();
        } catch (const StoreError &e) {
            qCWarning(lcStore) << "planner statistics not refreshed:" << e.detail();
        }
    }
    return okStatus();
}

void Database::begin()
{
    Q_ASSERT(!m_inTransaction);
    // SQLite: IMMEDIATE takes the write lock up front, so that two consoles on one file
    // wait on the busy timeout instead of failing on a read-to-write upgrade.
    QSqlQuery query(m_db);
    if (!query.exec(m_dialect.beginTransaction()))
        fail(QStringLiteral("begin transaction"), query.lastError());
    m_inTransaction = true;
}

void Database::beginSnapshot()
{
    Q_ASSERT(!m_inTransaction);
    QSqlQuery query(m_db);
    if (!query.exec(m_dialect.kind() == SqlDialect::Kind::Sqlite
                        ? QStringLiteral("BEGIN")
                        : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")))
        fail(QStringLiteral("begin snapshot"), query.lastError());
    m_inTransaction = true;
}

void Database::commit()
{
    Q_ASSERT(m_inTransaction);
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const QSqlError error = query.lastError();
        rollback();
        fail(QStringLiteral("commit"), error);
    }
    m_inTransaction = false;
}

void Database::rollback()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcStore) << "rollback failed:" << query.lastError().text();
    m_inTransaction = false;
}

void Database::refreshPlannerStatistics()
{
    if (m_dialect.kind() == SqlDialect::Kind::Sqlite) {
        // Only a file that has statistics (ANALYZE was run on it: bench_generate_large's):
        // an index a migration adds has none, and among indexes that have them SQLite takes
        // it for a very selective one (issue 20: the cards' first page sorted a million
        // rows). Without any, SQLite plans from the indexes alone, as every console's file.
        SqlQuery stats(*this, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                             "'table' AND name = 'sqlite_stat1'"));
        stats.exec();
        if (!stats.next() || stats.integer(0) == 0)
            return;
    }
    execute(QStringLiteral("ANALYZE"));
}

void Database::checkpoint()
{
    if (m_dialect.kind() != SqlDialect::Kind::Sqlite)
        return;
    SqlQuery(*this, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).exec();
}

void Database::execute(const QString &statement)
{
    QSqlQuery query(m_db);
    if (!query.exec(statement))
        fail(QStringLiteral("exec: ") + statement.left(120), query.lastError());
}

void Database::lockForTransaction(const QString &name)
{
    Q_ASSERT(m_inTransaction);
    if (m_dialect.kind() == SqlDialect::Kind::Postgres)
        SqlQuery(*this, QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(:n))"))
            .bind(QStringLiteral(":n"), QStringLiteral("oc:") + name)
            .exec();
}

void Database::fail(const QString &what, const QSqlError &error) const
{
    const StoreError::Kind kind = m_dialect.classify(error);
    throw StoreError(kind, what, error.text(),
                     kind == StoreError::Kind::Unique ? m_dialect.violatedConstraint(error)
                                                      : QString());
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_db.begin();
}

Transaction::~Transaction()
{
    // A failed commit has already rolled back.
    if (!m_done && m_db.inTransaction())
        m_db.rollback();
}

void Transaction::commit()
{
    m_db.commit();
    m_done = true;
}

SqlQuery::SqlQuery(Database &db, const QString &sql)
    : m_db(db)
    , m_sql(sql)
    , m_lent(db.borrowStatement(sql))
{
    if (m_lent) {
        m_query = &m_lent->query;
        return;
    }
    m_own.emplace(db.handle());
    m_own->setForwardOnly(true);
    if (!m_own->prepare(sql))
        m_db.fail(QStringLiteral("prepare: ") + sql.simplified().left(120), m_own->lastError());
    m_query = &*m_own;
}

SqlQuery::~SqlQuery()
{
    if (m_lent)
        Database::returnStatement(m_lent);
}

Database::CachedStatement *Database::borrowStatement(const QString &sql)
{
    const auto found = m_statements.find(sql);
    if (found != m_statements.end()) {
        if (found->second->lent)
            return nullptr;
        found->second->lent = true;
        return found->second.get();
    }
    if (m_statements.size() >= StatementCacheSize) {
        // Full (list views build many texts): one that is not lent makes room.
        const auto idle = std::find_if(m_statements.begin(), m_statements.end(),
                                       [](const auto &entry) { return !entry.second->lent; });
        if (idle == m_statements.end())
            return nullptr;
        m_statements.erase(idle);
    }
    auto entry = std::make_unique<CachedStatement>(m_db);
    entry->query.setForwardOnly(true);
    if (!entry->query.prepare(sql))
        fail(QStringLiteral("prepare: ") + sql.simplified().left(120), entry->query.lastError());
    entry->lent = true;
    CachedStatement *statement = entry.get();
    m_statements.emplace(sql, std::move(entry));
    return statement;
}

void Database::returnStatement(CachedStatement *statement)
{
    // Reset, so that it holds no result (SQLite: no read snapshot) until it is used again.
    statement->query.finish();
    statement->lent = false;
}

void Database::forgetStatements()
{
    m_statements.clear();
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    // A null QString is an empty text here: text columns are NOT NULL DEFAULT ''. NULLs
    // are bound deliberately through toDb() and typed null variants. (Qt 6's
    // QVariant::isNull() is false for a variant holding a null QString: ask the string.)
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query->bindValue(placeholder, QStringLiteral(""));
    else
        m_query->bindValue(placeholder, value);
    return *this;
}

SqlQuery &SqlQuery::exec()
{
    if (!m_query->exec())
        m_db.fail(QStringLiteral("exec: ") + m_sql.simplified().left(120), m_query->lastError());
    return *this;
}

sqlite3_stmt *SqlQuery::sqliteStatement() const
{
    const QSqlResult *result = m_query->result();
    const QVariant handle = result ? result->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3_stmt*") != 0)
        return nullptr;
    return *static_cast<sqlite3_stmt *const *>(handle.constData());
}

sqlite3 *sqliteConnection(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

pg_conn *postgresConnection(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<pg_conn *const *>(handle.constData());
}

QVariant toDb(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeFromDb(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace oc::store
