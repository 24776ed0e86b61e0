#include "DemoStory.h"

#include "Session.h"
#include "core/Clock.h"
#include "store/Repositories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace oc::demo {

Status buildDemoDatabase(const QString &path)
{
    const QString partial = path + QStringLiteral(".building");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);
    {
        store::DatabaseConfig config;
        config.path = partial;
        auto opened = store::Database::open(config, QStringLiteral("oc-demo-build"));
        if (!opened.ok())
            return opened.error();
        auto db = std::move(opened).value();
        try {
            store::Transaction tx(*db);
            store::MetaRepository meta(*db);
            meta.set(QString::fromLatin1(MetaKey::Story), QString::number(StoryVersion));
            meta.set(QString::fromLatin1(MetaKey::Clock),
                     QString::number(ClockSteps::demoStart().toMSecsSinceEpoch()));
            meta.set(QString::fromLatin1(MetaKey::IdState), QString::number(Seed));
            tx.commit();
            store::SqlQuery(*db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).exec();
        } catch (const store::StoreError &e) {
            return Session::storeError(e);
        }
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path))
        return makeError(QString::fromLatin1(SystemError::Store), QStringLiteral("database"),
                         QStringLiteral("copyFailed"), {{QStringLiteral("path"), path}});
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);
    return okStatus();
}

} // namespace oc::demo
