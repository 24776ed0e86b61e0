#include "Migrations.h"

#include "Database.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>

#include <libpq-fe.h>
#include <map>
#include <sqlite3.h>

namespace oc::store {

namespace {

const QString MigrationsDir = QStringLiteral(":/oc/migrations");

// NNNN_name.sql, NNNN_name.sqlite.sql, NNNN_name.postgres.sql
const QRegularExpression &scriptName()
{
    static const QRegularExpression name(
        QStringLiteral("^(\\d{4})_[a-z0-9_]+(?:\\.(sqlite|postgres))?\\.sql\\z"));
    return name;
}

struct VersionScripts
{
    QString shared;
    QString sqlite;
    QString postgres;
};

std::map<int, VersionScripts> scriptsByVersion()
{
    std::map<int, VersionScripts> versions;
    const QDir dir(MigrationsDir);
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = scriptName().match(file);
        if (!match.hasMatch())
            continue;
        VersionScripts &scripts = versions[match.captured(1).toInt()];
        const QString infix = match.captured(2);
        QString &slot = infix.isEmpty()      ? scripts.shared
                        : infix == u"sqlite" ? scripts.sqlite
                                             : scripts.postgres;
        slot = dir.filePath(file);
    }
    return versions;
}

} // namespace

QString Migrations::dialectInfix(SqlDialect::Kind dialect)
{
    return dialect == SqlDialect::Kind::Sqlite ? QStringLiteral("sqlite")
                                               : QStringLiteral("postgres");
}

QList<Migration> Migrations::all(SqlDialect::Kind dialect)
{
    QList<Migration> list;
    for (const auto &[version, scripts] : scriptsByVersion()) {
        const QString &own =
            dialect == SqlDialect::Kind::Sqlite ? scripts.sqlite : scripts.postgres;
        if (!scripts.shared.isEmpty() && (!scripts.sqlite.isEmpty() || !scripts.postgres.isEmpty()))
            throw StoreError(
                StoreError::Kind::Other,
                QStringLiteral("migration %1 has a shared and a dialect script").arg(version),
                scripts.shared);
        if (!own.isEmpty())
            list.append({version, own, dialect});
        else if (!scripts.shared.isEmpty())
            list.append({version, scripts.shared, std::nullopt});
        else
            // Skipping a version would record a schema this database does not have.
            throw StoreError(StoreError::Kind::Other,
                             QStringLiteral("migration %1 has no %2 script")
                                 .arg(version)
                                 .arg(dialectInfix(dialect)));
    }
    return list; // std::map iterates in version order
}

int Migrations::latestVersion()
{
    const auto versions = scriptsByVersion();
    return versions.empty() ? 0 : versions.rbegin()->first;
}

void Migrations::run(Database &db, const Migration &migration)
{
    if (migration.dialect && *migration.dialect != db.dialect().kind())
        throw StoreError(StoreError::Kind::Other, QStringLiteral("migration for another dialect"),
                         migration.resource);
    QSqlDatabase handle = db.handle();
    QString error;
    QString code;
    if (!execScript(handle, script(migration, db.dialect().kind()), &error, &code))
        throw StoreError(code.isEmpty() ? StoreError::Kind::Other
                                        : db.dialect().classify(QSqlError(
                                              QString(), error, QSqlError::StatementError, code)),
                         QStringLiteral("migration ") + migration.resource, error);
}

QString Migrations::script(const Migration &migration, SqlDialect::Kind dialect)
{
    QFile file(migration.resource);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::Other, QStringLiteral("read migration"),
                         migration.resource);
    return SqlDialect(dialect).expandMigration(QString::fromUtf8(file.readAll()));
}

bool execScript(QSqlDatabase &db, const QString &script, QString *error, QString *code)
{
    const QByteArray utf8 = script.toUtf8();
    if (sqlite3 *connection = sqliteConnection(db)) {
        char *message = nullptr;
        if (sqlite3_exec(connection, utf8.constData(), nullptr, nullptr, &message) == SQLITE_OK)
            return true;
        *error = QString::fromUtf8(message ? message : "sqlite3_exec failed");
        if (code)
            *code = QString::number(sqlite3_extended_errcode(connection));
        sqlite3_free(message);
        return false;
    }
    if (PGconn *connection = postgresConnection(db)) {
        PGresult *result = PQexec(connection, utf8.constData());
        const ExecStatusType status = PQresultStatus(result);
        const bool ok =
            status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY;
        if (!ok) {
            *error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
            if (code)
                *code = QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE));
        }
        PQclear(result);
        return ok;
    }
    *error = QStringLiteral("no native handle for driver %1").arg(db.driverName());
    return false;
}

} // namespace oc::store
