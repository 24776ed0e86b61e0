#include "TestSupport.h"

#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Repositories.h"

#include <QFile>
#include <QSqlQuery>

using namespace oc;
using namespace oc::store;

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void freshDatabaseMigratesToLatest();
};

void TestDatabase::freshDatabaseMigratesToLatest()
{
    QTemporaryDir dir;
    DatabaseConfig config;
    config.path = dir.filePath(QStringLiteral("a.sqlite"));
    auto db = Database::open(config, QStringLiteral("t1"));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
    QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
    QVERIFY(Migrations::latestVersion() >= 1);
    QVERIFY(CatalogueRepository(*db.value()).find(QString::fromLatin1(Catalogue::SaasProductId)).has_value());
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
