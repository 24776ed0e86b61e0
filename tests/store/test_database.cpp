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
    void nullStringBindsAsEmptyText();
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

// Optional text the services leave as a null QString (a mobile that was not given, a
// journal entry without details) is stored as '' in the NOT NULL text columns.
void TestDatabase::nullStringBindsAsEmptyText()
{
    QTemporaryDir dir;
    DatabaseConfig config;
    config.path = dir.filePath(QStringLiteral("n.sqlite"));
    auto opened = Database::open(config, QStringLiteral("nulls"));
    QVERIFY(opened.ok());
    Database &db = *opened.value();
    JournalEntry entry;
    entry.at = QDateTime::fromMSecsSinceEpoch(1, QTimeZone::utc());
    entry.actor = QStringLiteral("test");
    entry.operation = QStringLiteral("op");
    entry.resourceType = QStringLiteral("thing");
    entry.target = QStringLiteral("t");
    entry.outcome = QStringLiteral("success");
    QVERIFY(entry.details.isNull());
    try {
        JournalRepository(db).append(entry);
    } catch (const StoreError &e) {
        QFAIL(qPrintable(e.detail()));
    }
    SqlQuery q(db, QStringLiteral("SELECT details IS NULL, details FROM journal"));
    q.exec();
    QVERIFY(q.next());
    QCOMPARE(q.integer(0), 0);
    QCOMPARE(q.text(1), QString());
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
