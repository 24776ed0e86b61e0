#include "Migrations.h"

#include "Database.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <map>

namespace oc::store {

namespace {

const QString MigrationsDir = QStringLiteral(":/oc/migrations");

// NNNN_name.sql, NNNN_name.sqlite.sql, NNNN_name.postgres.sql
const QRegularExpression &scriptName()
{
    static const QRegularExpression name(
        QStringLiteral("^(\\d{4})_[a-z0-9_]+(?:\\.(sqlite|postgres))?\\.sql$"));
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

QStringList Migrations::statements(const QString &script)
{
    QStringList out;
    QString current;
    for (const QString &rawLine : script.split(QLatin1Char('\n'))) {
        QString line = rawLine;
        // A "--" starts a comment only outside a quoted string ('it''s' toggles twice).
        bool quoted = false;
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (line.at(i) == QLatin1Char('\''))
                quoted = !quoted;
            else if (!quoted && line.at(i) == QLatin1Char('-') && i + 1 < line.size() &&
                     line.at(i + 1) == QLatin1Char('-')) {
                line.truncate(i);
                break;
            }
        }
        if (line.trimmed().isEmpty())
            continue;
        current += line + QLatin1Char('\n');
        if (line.trimmed().endsWith(QLatin1Char(';'))) {
            out << current.trimmed().chopped(1);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

void Migrations::run(Database &db, const Migration &migration)
{
    if (migration.dialect && *migration.dialect != db.dialect().kind())
        throw StoreError(StoreError::Kind::Other, QStringLiteral("migration for another dialect"),
                         migration.resource);
    QFile file(migration.resource);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::Other, QStringLiteral("read migration"),
                         migration.resource);
    const QString script = db.dialect().expandMigration(QString::fromUtf8(file.readAll()));
    for (const QString &statement : statements(script))
        SqlQuery(db, statement).exec();
}

} // namespace oc::store
