#include "Migrations.h"

#include "Database.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace oc::store {

QList<Migration> Migrations::all()
{
    QList<Migration> list;
    const QDir dir(QStringLiteral(":/oc/migrations"));
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = name.match(file);
        if (match.hasMatch())
            list.append({match.captured(1).toInt(), dir.filePath(file)});
    }
    std::sort(list.begin(), list.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return list;
}

int Migrations::latestVersion()
{
    const auto list = all();
    return list.isEmpty() ? 0 : list.last().version;
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
    QFile file(migration.resource);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::Other, QStringLiteral("read migration"), migration.resource);
    const QString script = db.dialect().expandMigration(QString::fromUtf8(file.readAll()));
    for (const QString &statement : statements(script))
        SqlQuery(db, statement).exec();
}

} // namespace oc::store
