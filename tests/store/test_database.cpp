// The store's connection: opening, refusing without writing, migrating, pragmas,
// transactions, concurrent connections and error classification.

#include "TestSupport.h"
#include "store/CatalogueRepository.h"
#include "store/Constraints.h"
#include "store/Database.h"
#include "store/HuaweiAccountRepository.h"
#include "store/JournalRepository.h"
#include "store/MetaRepository.h"
#include "store/Migrations.h"
#include "store/OrganizationRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <unistd.h>

using namespace oc;
using namespace oc::store;

namespace {

QString errorText(const Result<std::unique_ptr<Database>> &result)
{
    return result.ok() ? QString() : result.error().toString();
}

// Runs statements on a plain QSQLITE connection, outside the store (to build files the
// store did not write).
void rawExec(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-") + QString::number(quintptr(&path), 16);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(statement),
                     qPrintable(statement + QStringLiteral(": ") + query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QStringList folderListing(const QString &path)
{
    return QDir(path).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

// A database written by this build, closed again.
void createLatest(const QString &path)
{
    DatabaseConfig config;
    config.path = path;
    auto db = Database::open(config, QStringLiteral("create-latest"));
    QVERIFY2(db.ok(), qPrintable(errorText(db)));
    try {
        JournalRepository(*db.value())
            .append(JournalEntry{0,
                                 QDateTime::currentDateTimeUtc(),
                                 QStringLiteral("test"),
                                 QStringLiteral("createDatabase"),
                                 QStringLiteral("database"),
                                 QStringLiteral("t"),
                                 QStringLiteral("success"),
                                 {}});
    } catch (const StoreError &e) {
        QFAIL(qPrintable(e.message() + QLatin1Char(' ') + e.detail()));
    }
}

QString pragma(Database &db, const char *name)
{
    QSqlQuery query(db.handle());
    if (!query.exec(QStringLiteral("PRAGMA ") + QString::fromLatin1(name)) || !query.next())
        return QStringLiteral("<failed>");
    return query.value(0).toString();
}

HuaweiAccount account(const QString &id, const QString &login)
{
    HuaweiAccount a;
    a.accountId = id;
    a.loginId = login;
    a.tenantName = login + QStringLiteral("-tenant");
    a.email = login + QStringLiteral("@example.com");
    a.countryRegion = QStringLiteral("CN");
    a.createdAt = QDateTime(QDate(2026, 3, 2), QTime(1, 30), QTimeZone::utc());
    return a;
}

Organization organization(const QString &id, const QString &owner, const QString &abbreviation)
{
    Organization o;
    o.organizationId = id;
    o.ownerAccountId = owner;
    o.enterpriseName = QStringLiteral("Acme Ltd");
    o.abbreviation = abbreviation;
    o.createdAt = QDateTime(QDate(2026, 3, 2), QTime(2, 0), QTimeZone::utc());
    o.readyAt = o.createdAt.addSecs(120);
    return o;
}

const QString OwnerId = QStringLiteral("f000ee4d7327428da2f53a081e7109bd");

qint64 journalCount(Database &db)
{
    SqlQuery q(db, QStringLiteral("SELECT count(*) FROM journal"));
    q.exec();
    return q.next() ? q.integer(0) : -1;
}

void appendJournal(Database &db, const QString &target)
{
    JournalRepository(db).append(JournalEntry{0,
                                              QDateTime::currentDateTimeUtc(),
                                              QStringLiteral("test"),
                                              QStringLiteral("write"),
                                              QStringLiteral("test"),
                                              target,
                                              QStringLiteral("success"),
                                              {}});
}

} // namespace

Q_DECLARE_METATYPE(oc::store::StoreError::Kind)
Q_DECLARE_METATYPE(oc::store::SqlDialect::Kind)

namespace oc::store {
char *toString(const StoreError::Kind &kind)
{
    static const char *names[] = {"Unique", "ForeignKey", "Busy", "Corrupt", "ReadOnly", "Other"};
    return qstrdup(names[int(kind)]);
}
char *toString(const std::optional<StoreError::Kind> &kind)
{
    return kind ? toString(*kind) : qstrdup("nothing thrown");
}
} // namespace oc::store

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { OC_REQUIRE_STORE(); }
    void freshDatabaseMigratesToLatest();
    void emptyFileMigratesToLatest();
    void versionZeroDatabaseMigratesToLatest();
    void reopenKeepsData();
    void refusedWithoutWriting_data();
    void refusedWithoutWriting();
    void missingFolder();
    void missingFileWithoutCreate();
    void folderInsteadOfFile();
    void emptyPath();
    void unreadableFile();
    void pragmas();
    void twoConnectionsBothWrite();
    void busyWhenLockHeldPastTimeout();
    void transactionRollsBackOnError();
    void transactionWithoutCommitRollsBack();
    void statementsAreReused();
    void plannerStatisticsRefreshed();
    void storeErrorKinds();
    void classify_data();
    void classify();
    void violatedConstraint_data();
    void violatedConstraint();
    void constraintsMapToRules();
    void scriptsRunAsWritten();
    void newerSchemaRefused();
    void concurrentOpenersMigrateOnce();
    void migrationScriptsAreOrdered();
    void timesAreUtcMilliseconds();
};

void TestDatabase::freshDatabaseMigratesToLatest()
{
    QTemporaryDir dir;
    const DatabaseConfig config = oc::test::freshDatabase(dir, QStringLiteral("a.sqlite"));
    const auto drop = qScopeGuard([&] { oc::test::dropDatabase(config); });
    auto db = Database::open(config, QStringLiteral("t1"));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
    QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
    QCOMPARE(Database::latestSchemaVersion(), Migrations::latestVersion());
    QVERIFY(Migrations::latestVersion() >= 1);
    QVERIFY(CatalogueRepository(*db.value())
                .find(QString::fromLatin1(Catalogue::SaasProductId))
                .has_value());
    QCOMPARE(MetaRepository(*db.value()).get(QStringLiteral("schema.version")),
             QString::number(Migrations::latestVersion()));
}

void TestDatabase::emptyFileMigratesToLatest()
{
    OC_SQLITE_ONLY("an empty file");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QCOMPARE(QFileInfo(path).size(), 0);
    DatabaseConfig config;
    config.path = path;
    config.create = false; // the file exists: nothing to create
    auto db = Database::open(config, QStringLiteral("empty"));
    QVERIFY2(db.ok(), qPrintable(errorText(db)));
    QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
    QCOMPARE(MetaRepository(*db.value()).get(QStringLiteral("schema.version")),
             QString::number(Migrations::latestVersion()));
}

// An old database: only the version bookkeeping, at version 0.
void TestDatabase::versionZeroDatabaseMigratesToLatest()
{
    OC_SQLITE_ONLY("a file written outside the store");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    rawExec(path, {QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                   QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema.version', '0')"),
                   QStringLiteral("INSERT INTO meta (key, value) VALUES ('keep.me', 'yes')")});
    DatabaseConfig config;
    config.path = path;
    auto db = Database::open(config, QStringLiteral("old"));
    QVERIFY2(db.ok(), qPrintable(errorText(db)));
    QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
    MetaRepository meta(*db.value());
    QCOMPARE(meta.get(QStringLiteral("schema.version")),
             QString::number(Migrations::latestVersion()));
    QCOMPARE(meta.get(QStringLiteral("keep.me")), QStringLiteral("yes"));
    QVERIFY(CatalogueRepository(*db.value())
                .find(QString::fromLatin1(Catalogue::SaasProductId))
                .has_value());
}

void TestDatabase::reopenKeepsData()
{
    OC_SQLITE_ONLY("a file reopened");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("again.sqlite"));
    createLatest(path);
    DatabaseConfig config;
    config.path = path;
    config.create = false;
    auto db = Database::open(config, QStringLiteral("again"));
    QVERIFY2(db.ok(), qPrintable(errorText(db)));
    QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
    QCOMPARE(journalCount(*db.value()), 1);
}

// Files the store must refuse, and leave exactly as they were (no migration, no WAL
// switch, no side files).
void TestDatabase::refusedWithoutWriting_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("newer version") << QStringLiteral("newer") << QStringLiteral("newerVersion");
    QTest::newRow("newer version, rollback journal")
        << QStringLiteral("newerDelete") << QStringLiteral("newerVersion");
    QTest::newRow("random bytes") << QStringLiteral("random") << QStringLiteral("notADatabase");
    QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("notADatabase");
    QTest::newRow("header damaged") << QStringLiteral("header") << QStringLiteral("notADatabase");
    QTest::newRow("page size damaged")
        << QStringLiteral("pageSize") << QStringLiteral("notADatabase");
    QTest::newRow("truncated") << QStringLiteral("truncated") << QStringLiteral("notADatabase");
    QTest::newRow("foreign database") << QStringLiteral("foreign") << QStringLiteral("foreign");
}

void TestDatabase::refusedWithoutWriting()
{
    OC_SQLITE_ONLY("files refused untouched");
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("target.sqlite"));
    const int newer = Migrations::latestVersion() + 1;

    if (kind == u"newer" || kind == u"newerDelete") {
        createLatest(path);
        QStringList statements;
        if (kind == u"newerDelete")
            statements << QStringLiteral("PRAGMA journal_mode = DELETE");
        statements << QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema.version'")
                          .arg(newer);
        rawExec(path, statements);
    } else if (kind == u"random") {
        QByteArray bytes(8192, '\0');
        SeededRandom random(5);
        for (char &c : bytes)
            c = char(random.uniform(256));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    } else if (kind == u"text") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("account_id,name\nf000ee4d7327428da2f53a081e7109bd,Acme\n");
    } else if (kind == u"header" || kind == u"pageSize" || kind == u"truncated") {
        createLatest(path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        QVERIFY(bytes.size() > 8192);
        if (kind == u"header")
            bytes.replace(0, 16, QByteArray("Not SQLite at al", 16));
        else if (kind == u"pageSize")
            bytes.replace(16, 2, QByteArray("\x03\x01", 2)); // 769: not a power of two
        else
            bytes.truncate(bytes.size() / 3);
        file.resize(0);
        file.seek(0);
        file.write(bytes);
    } else if (kind == u"foreign") {
        rawExec(path, {QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)"),
                       QStringLiteral("INSERT INTO customers (name) VALUES ('Acme')")});
    }
    QVERIFY(!QTest::currentTestFailed());
    const QStringList filesBefore = folderListing(dir.path());
    QCOMPARE(filesBefore, QStringList{QStringLiteral("target.sqlite")});
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());

    DatabaseConfig config;
    config.path = path;
    auto db = Database::open(config, QStringLiteral("refused"));
    QVERIFY2(!db.ok(), "opened a file that must be refused");
    const Error error = db.error();
    QCOMPARE(error.rule, QStringLiteral("E-STORE"));
    QCOMPARE(error.field, QStringLiteral("database"));
    QCOMPARE(error.reason, reason);
    QCOMPARE(error.args.value(QStringLiteral("path")).toString(),
             QFileInfo(path).absoluteFilePath());
    if (reason == u"newerVersion") {
        QCOMPARE(error.args.value(QStringLiteral("found")).toInt(), newer);
        QCOMPARE(error.args.value(QStringLiteral("supported")).toInt(),
                 Migrations::latestVersion());
    }
    QCOMPARE(fileHash(path), before);
    // The read-only look at a WAL database may leave SQLite's empty side files (it cannot
    // remove them without write access); they carry no change.
    QStringList filesAfter = folderListing(dir.path());
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = QStringLiteral("target.sqlite") + QString::fromLatin1(suffix);
        if (filesAfter.removeOne(side) && side.endsWith(u"-wal"))
            QCOMPARE(QFileInfo(dir.filePath(side)).size(), 0);
    }
    QCOMPARE(filesAfter, filesBefore);
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("refused")));
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("refused-probe")));
}

void TestDatabase::missingFolder()
{
    OC_SQLITE_ONLY("file paths");
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("no/such/folder"));
    DatabaseConfig config;
    config.path = folder + QStringLiteral("/console.sqlite");
    auto db = Database::open(config, QStringLiteral("missing-folder"));
    QVERIFY(!db.ok());
    QCOMPARE(db.error().rule, QStringLiteral("E-STORE"));
    QCOMPARE(db.error().reason, QStringLiteral("missingFolder"));
    QCOMPARE(db.error().args.value(QStringLiteral("detail")).toString(), folder);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("no"))));
}

void TestDatabase::missingFileWithoutCreate()
{
    OC_SQLITE_ONLY("file paths");
    QTemporaryDir dir;
    DatabaseConfig config;
    config.path = dir.filePath(QStringLiteral("absent.sqlite"));
    config.create = false;
    auto db = Database::open(config, QStringLiteral("absent"));
    QVERIFY(!db.ok());
    QCOMPARE(db.error().reason, QStringLiteral("missingFile"));
    QVERIFY(folderListing(dir.path()).isEmpty());
}

void TestDatabase::folderInsteadOfFile()
{
    OC_SQLITE_ONLY("file paths");
    QTemporaryDir dir;
    DatabaseConfig config;
    config.path = dir.path();
    auto db = Database::open(config, QStringLiteral("folder"));
    QVERIFY(!db.ok());
    QCOMPARE(db.error().rule, QStringLiteral("E-STORE"));
    QCOMPARE(db.error().reason, QStringLiteral("isFolder"));
    QVERIFY(folderListing(dir.path()).isEmpty());
}

void TestDatabase::emptyPath()
{
    OC_SQLITE_ONLY("file paths");
    DatabaseConfig config;
    auto db = Database::open(config, QStringLiteral("no-path"));
    QVERIFY(!db.ok());
    QCOMPARE(db.error().reason, QStringLiteral("noPath"));
}

void TestDatabase::unreadableFile()
{
    OC_SQLITE_ONLY("file permissions");
    if (::geteuid() == 0)
        QSKIP("root reads files regardless of their permissions");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
    createLatest(path);
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    DatabaseConfig config;
    config.path = path;
    auto db = Database::open(config, QStringLiteral("unreadable"));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().rule, QStringLiteral("E-STORE"));
    QCOMPARE(db.error().reason, QStringLiteral("unreadable"));
}

void TestDatabase::pragmas()
{
    OC_SQLITE_ONLY("connection pragmas");
    QTemporaryDir dir;
    DatabaseConfig config;
    config.path = dir.filePath(QStringLiteral("pragmas.sqlite"));
    config.busyTimeoutMs = 4321;
    auto db = Database::open(config, QStringLiteral("pragmas"));
    QVERIFY2(db.ok(), qPrintable(errorText(db)));
    QCOMPARE(pragma(*db.value(), "journal_mode"), QStringLiteral("wal"));
    QCOMPARE(pragma(*db.value(), "foreign_keys"), QStringLiteral("1"));
    QCOMPARE(pragma(*db.value(), "busy_timeout"), QStringLiteral("4321"));
    QCOMPARE(pragma(*db.value(), "synchronous"), QStringLiteral("1")); // NORMAL
    QCOMPARE(db.value()->dialect().kind(), SqlDialect::Kind::Sqlite);
}

// Two consoles on one file: the second writer waits on the busy timeout (BEGIN IMMEDIATE)
// instead of failing, and both writes land.
void TestDatabase::twoConnectionsBothWrite()
{
    OC_SQLITE_ONLY("BEGIN IMMEDIATE");
    QTemporaryDir dir;
    DatabaseConfig config;
    config.path = dir.filePath(QStringLiteral("shared.sqlite"));
    auto first = Database::open(config, QStringLiteral("writer-a"));
    QVERIFY2(first.ok(), qPrintable(errorText(first)));
    Database &a = *first.value();

    // Interleaved in one thread: each transaction commits before the other begins.
    QSemaphore opened;
    QSemaphore begin;
    QSemaphore done;
    QString threadError;
    qint64 waitedMs = -1;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        auto second = Database::open(config, QStringLiteral("writer-b"));
        if (!second.ok()) {
            threadError = second.error().toString();
            opened.release();
            return;
        }
        Database &b = *second.value();
        try {
            Transaction tx(b);
            appendJournal(b, QStringLiteral("b-1"));
            tx.commit();
        } catch (const StoreError &e) {
            threadError = e.message() + e.detail();
        }
        const bool failed = !threadError.isEmpty();
        opened.release();
        begin.acquire();
        if (failed)
            return;
        QElapsedTimer timer;
        timer.start();
        try {
            Transaction tx(b); // blocks until a commits
            waitedMs = timer.elapsed();
            appendJournal(b, QStringLiteral("b-2"));
            tx.commit();
        } catch (const StoreError &e) {
            threadError = e.message() + e.detail();
        }
        done.release();
    }));
    thread->start();
    // However this test ends, the thread is let go and joined.
    const auto join = qScopeGuard([&] {
        begin.release();
        thread->wait();
    });
    opened.acquire();
    QVERIFY2(threadError.isEmpty(), qPrintable(threadError));

    {
        Transaction tx(a);
        appendJournal(a, QStringLiteral("a-1"));
        begin.release();
        // b is now waiting for the write lock; hold it a little so that it must wait.
        QVERIFY(!done.tryAcquire(1, 100));
        appendJournal(a, QStringLiteral("a-2"));
        tx.commit();
    }
    QVERIFY(done.tryAcquire(1, 10000));
    thread->wait();
    QVERIFY2(threadError.isEmpty(), qPrintable(threadError));
    QVERIFY2(waitedMs >= 50, qPrintable(QString::number(waitedMs)));
    QCOMPARE(journalCount(a), 4);
    SqlQuery order(a, QStringLiteral("SELECT target FROM journal ORDER BY entry_id"));
    order.exec();
    QStringList targets;
    while (order.next())
        targets << order.text(0);
    QCOMPARE(targets, (QStringList{QStringLiteral("b-1"), QStringLiteral("a-1"),
                                   QStringLiteral("a-2"), QStringLiteral("b-2")}));
}

void TestDatabase::busyWhenLockHeldPastTimeout()
{
    OC_SQLITE_ONLY("the busy timeout");
    QTemporaryDir dir;
    DatabaseConfig config;
    config.path = dir.filePath(QStringLiteral("busy.sqlite"));
    auto first = Database::open(config, QStringLiteral("holder"));
    QVERIFY2(first.ok(), qPrintable(errorText(first)));
    DatabaseConfig impatient = config;
    impatient.busyTimeoutMs = 50;
    auto second = Database::open(impatient, QStringLiteral("impatient"));
    QVERIFY2(second.ok(), qPrintable(errorText(second)));

    Transaction holding(*first.value());
    appendJournal(*first.value(), QStringLiteral("held"));
    QElapsedTimer timer;
    timer.start();
    try {
        Transaction tx(*second.value());
        QFAIL("BEGIN IMMEDIATE succeeded while another connection held the write lock");
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::Busy);
    }
    QVERIFY(timer.elapsed() >= 40);
    QVERIFY(!second.value()->inTransaction());
    holding.commit();
    // Once released, the second connection writes.
    Transaction tx(*second.value());
    appendJournal(*second.value(), QStringLiteral("after"));
    tx.commit();
    QCOMPARE(journalCount(*first.value()), 2);
}

void TestDatabase::transactionRollsBackOnError()
{
    QTemporaryDir dir;
    const DatabaseConfig config = oc::test::freshDatabase(dir, QStringLiteral("tx.sqlite"));
    const auto drop = qScopeGuard([&] { oc::test::dropDatabase(config); });
    auto opened = Database::open(config, QStringLiteral("tx"));
    QVERIFY2(opened.ok(), qPrintable(errorText(opened)));
    Database &db = *opened.value();
    HuaweiAccountRepository(db).insert(account(OwnerId, QStringLiteral("owner")),
                                       QStringLiteral("h"));
    OrganizationRepository organizations(db);
    organizations.insert(organization(QStringLiteral("org_1"), OwnerId, QStringLiteral("acme")));

    bool thrown = false;
    try {
        Transaction tx(db);
        organizations.insert(
            organization(QStringLiteral("org_2"), OwnerId, QStringLiteral("beta")));
        QVERIFY(organizations.find(QStringLiteral("org_2")).has_value()); // visible inside
        // R-ORG-2: the abbreviation is taken.
        organizations.insert(
            organization(QStringLiteral("org_3"), OwnerId, QStringLiteral("acme")));
        tx.commit();
    } catch (const StoreError &e) {
        thrown = true;
        QCOMPARE(e.kind(), StoreError::Kind::Unique);
    }
    QVERIFY(thrown);
    QVERIFY(!db.inTransaction());
    QVERIFY(!organizations.find(QStringLiteral("org_2")).has_value());
    QVERIFY(!organizations.find(QStringLiteral("org_3")).has_value());
    QVERIFY(organizations.find(QStringLiteral("org_1")).has_value());
    QVERIFY(!organizations.findByAbbreviation(QStringLiteral("beta")).has_value());

    // The connection is usable afterwards and a committed transaction persists.
    {
        Transaction tx(db);
        organizations.insert(
            organization(QStringLiteral("org_4"), OwnerId, QStringLiteral("gamma")));
        tx.commit();
    }
    QVERIFY(!db.inTransaction());
    QCOMPARE(organizations.listByOwner(OwnerId).size(), 2);
}

void TestDatabase::transactionWithoutCommitRollsBack()
{
    QTemporaryDir dir;
    const DatabaseConfig config = oc::test::freshDatabase(dir, QStringLiteral("tx2.sqlite"));
    const auto drop = qScopeGuard([&] { oc::test::dropDatabase(config); });
    auto opened = Database::open(config, QStringLiteral("tx2"));
    QVERIFY2(opened.ok(), qPrintable(errorText(opened)));
    Database &db = *opened.value();
    {
        Transaction tx(db);
        QVERIFY(db.inTransaction());
        appendJournal(db, QStringLiteral("dropped"));
    }
    QVERIFY(!db.inTransaction());
    QCOMPARE(journalCount(db), 0);
}

// Prepared statements are kept per connection and lent out: the same text is prepared once,
// a nested use of the same text gets a statement of its own, a returned statement holds no
// result (SQLite: no read snapshot, so another connection's commit is seen at once), and a
// failed execution leaves it usable.
void TestDatabase::statementsAreReused()
{
    QTemporaryDir dir;
    const DatabaseConfig config = oc::test::freshDatabase(dir, QStringLiteral("reuse.sqlite"));
    const auto drop = qScopeGuard([&] { oc::test::dropDatabase(config); });
    auto opened = Database::open(config, QStringLiteral("reuse-a"));
    QVERIFY2(opened.ok(), qPrintable(errorText(opened)));
    Database &a = *opened.value();
    auto other = Database::open(config, QStringLiteral("reuse-b"));
    QVERIFY2(other.ok(), qPrintable(errorText(other)));
    Database &b = *other.value();

    const QString count = QStringLiteral("SELECT count(*) FROM journal WHERE target = :t");
    const auto countOf = [&](Database &db, const QString &target) {
        SqlQuery query(db, count);
        query.bind(QStringLiteral(":t"), target).exec();
        return query.next() ? query.integer(0) : -1;
    };
    const std::size_t before = a.cachedStatements();
    QCOMPARE(countOf(a, QStringLiteral("x")), 0);
    QCOMPARE(a.cachedStatements(), before + 1);
    QCOMPARE(countOf(a, QStringLiteral("x")), 0);
    QCOMPARE(a.cachedStatements(), before + 1); // the same text: the same statement

    // Another connection commits; the returned statement did not keep an old snapshot.
    appendJournal(b, QStringLiteral("x"));
    QCOMPARE(countOf(a, QStringLiteral("x")), 1);
    appendJournal(b, QStringLiteral("y"));
    appendJournal(b, QStringLiteral("y"));

    // Nested: the same text while its statement is lent out answers on a statement of its
    // own. (Rows are read before the next query runs: PostgreSQL's forward-only results are
    // streamed, and another query on the connection would discard the rest.)
    const QString targets = QStringLiteral("SELECT target FROM journal ORDER BY entry_id");
    SqlQuery outer(a, targets);
    outer.exec();
    QStringList seen;
    while (outer.next())
        seen << outer.text(0);
    {
        SqlQuery inner(a, targets);
        inner.exec();
        while (inner.next())
            seen << inner.text(0);
    }
    QCOMPARE(seen, (QStringList{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("y"),
                                QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("y")}));
    QCOMPARE(countOf(a, QStringLiteral("y")), 2);

    // A statement whose execution failed is returned and usable again.
    const QString insert = QStringLiteral("INSERT INTO meta (key, value) VALUES (:k, :v)");
    SqlQuery(a, insert)
        .bind(QStringLiteral(":k"), QStringLiteral("reuse.test"))
        .bind(QStringLiteral(":v"), QStringLiteral("1"))
        .exec();
    bool refused = false;
    try {
        SqlQuery(a, insert)
            .bind(QStringLiteral(":k"), QStringLiteral("reuse.test"))
            .bind(QStringLiteral(":v"), QStringLiteral("2"))
            .exec();
    } catch (const StoreError &e) {
        refused = e.kind() == StoreError::Kind::Unique;
    }
    QVERIFY(refused);
    SqlQuery(a, insert)
        .bind(QStringLiteral(":k"), QStringLiteral("reuse.other"))
        .bind(QStringLiteral(":v"), QStringLiteral("3"))
        .exec();
    QCOMPARE(MetaRepository(b).get(QStringLiteral("reuse.other")), QStringLiteral("3"));
}

// PostgreSQL measures the tables when told (after migrations of a store with data, and when
// a demo is seeded): without it a small table is planned for hundreds of rows.
void TestDatabase::plannerStatisticsRefreshed()
{
    if (!oc::test::onPostgres())
        QSKIP("PostgreSQL only: SQLite's plans are chosen from the indexes alone");
    QTemporaryDir dir;
    const DatabaseConfig config = oc::test::freshDatabase(dir, QStringLiteral("stats"));
    const auto drop = qScopeGuard([&] { oc::test::dropDatabase(config); });
    auto opened = Database::open(config, QStringLiteral("stats"));
    QVERIFY2(opened.ok(), qPrintable(errorText(opened)));
    Database &db = *opened.value();
    for (int i = 0; i < 7; ++i)
        appendJournal(db, QStringLiteral("row-%1").arg(i));
    const auto measured = [&] {
        SqlQuery q(db, QStringLiteral("SELECT reltuples FROM pg_class WHERE relname = :t"));
        q.bind(QStringLiteral(":t"), QStringLiteral("journal")).exec();
        return q.next() ? q.value(0).toDouble() : -2.0;
    };
    QVERIFY(measured() != 7.0);
    db.refreshPlannerStatistics();
    QCOMPARE(measured(), 7.0);
}

void TestDatabase::storeErrorKinds()
{
    QTemporaryDir dir;
    const DatabaseConfig config = oc::test::freshDatabase(dir, QStringLiteral("kinds.sqlite"));
    const auto drop = qScopeGuard([&] { oc::test::dropDatabase(config); });
    auto opened = Database::open(config, QStringLiteral("kinds"));
    QVERIFY2(opened.ok(), qPrintable(errorText(opened)));
    Database &db = *opened.value();
    HuaweiAccountRepository accounts(db);
    accounts.insert(account(OwnerId, QStringLiteral("owner")), QStringLiteral("h"));

    const auto kindOf = [](const std::function<void()> &body) -> std::optional<StoreError::Kind> {
        try {
            body();
        } catch (const StoreError &e) {
            return e.kind();
        }
        return std::nullopt;
    };
    // Primary key.
    using Kind = std::optional<StoreError::Kind>;
    QCOMPARE(kindOf([&] {
                 accounts.insert(account(OwnerId, QStringLiteral("other")), QStringLiteral("h"));
             }),
             Kind(StoreError::Kind::Unique));
    // UNIQUE column (login id).
    QCOMPARE(kindOf([&] {
                 accounts.insert(account(QStringLiteral("0123456789abcdef0123456789abcdef"),
                                         QStringLiteral("owner")),
                                 QStringLiteral("h"));
             }),
             Kind(StoreError::Kind::Unique));
    // A reference to a missing row: foreign keys are enforced.
    QCOMPARE(kindOf([&] {
                 OrganizationRepository(db).insert(organization(
                     QStringLiteral("org_x"), QStringLiteral("0123456789abcdef0123456789abcdef"),
                     QStringLiteral("xyz")));
             }),
             Kind(StoreError::Kind::ForeignKey));
    // A CHECK constraint is neither.
    QCOMPARE(kindOf([&] {
                 SqlQuery(db, QStringLiteral("INSERT INTO products (product_id, kind, name, "
                                             "unit_price_fen) VALUES ('p', 'gift', 'x', 1)"))
                     .exec();
             }),
             Kind(StoreError::Kind::Other));
    // A bad statement fails at prepare.
    QCOMPARE(kindOf([&] { SqlQuery(db, QStringLiteral("SELECT * FROM no_such_table")); }),
             Kind(StoreError::Kind::Other));
    // Nothing thrown for a good statement.
    QCOMPARE(kindOf([&] { SqlQuery(db, QStringLiteral("SELECT 1")).exec(); }), Kind());
}

void TestDatabase::classify_data()
{
    QTest::addColumn<SqlDialect::Kind>("dialect");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<StoreError::Kind>("kind");
    const auto lite = SqlDialect::Kind::Sqlite;
    const auto pg = SqlDialect::Kind::Postgres;
    using K = StoreError::Kind;
    QTest::newRow("sqlite unique") << lite << QStringLiteral("2067") << QString() << K::Unique;
    QTest::newRow("sqlite primary key") << lite << QStringLiteral("1555") << QString() << K::Unique;
    QTest::newRow("sqlite unique by text")
        << lite << QStringLiteral("19")
        << QStringLiteral("UNIQUE constraint failed: organizations.abbreviation") << K::Unique;
    QTest::newRow("sqlite foreign key")
        << lite << QStringLiteral("787") << QString() << K::ForeignKey;
    QTest::newRow("sqlite foreign key by text")
        << lite << QStringLiteral("19") << QStringLiteral("FOREIGN KEY constraint failed")
        << K::ForeignKey;
    QTest::newRow("sqlite check") << lite << QStringLiteral("275")
                                  << QStringLiteral("CHECK constraint failed: kind") << K::Other;
    QTest::newRow("sqlite busy") << lite << QStringLiteral("5") << QString() << K::Busy;
    QTest::newRow("sqlite locked") << lite << QStringLiteral("6") << QString() << K::Busy;
    QTest::newRow("sqlite busy snapshot") << lite << QStringLiteral("517") << QString() << K::Busy;
    QTest::newRow("sqlite locked by text")
        << lite << QString() << QStringLiteral("database is locked") << K::Busy;
    QTest::newRow("sqlite corrupt") << lite << QStringLiteral("11") << QString() << K::Corrupt;
    QTest::newRow("sqlite not a database")
        << lite << QStringLiteral("26") << QString() << K::Corrupt;
    QTest::newRow("sqlite malformed by text")
        << lite << QString() << QStringLiteral("database disk image is malformed") << K::Corrupt;
    QTest::newRow("sqlite read-only") << lite << QStringLiteral("8") << QString() << K::ReadOnly;
    QTest::newRow("sqlite read-only by text")
        << lite << QString() << QStringLiteral("attempt to write a readonly database")
        << K::ReadOnly;
    QTest::newRow("sqlite other") << lite << QStringLiteral("1")
                                  << QStringLiteral("no such table: x") << K::Other;
    QTest::newRow("postgres unique") << pg << QStringLiteral("23505") << QString() << K::Unique;
    QTest::newRow("postgres foreign key")
        << pg << QStringLiteral("23503") << QString() << K::ForeignKey;
    // A lost race: the transaction is run again (Session::mutate).
    QTest::newRow("postgres serialization")
        << pg << QStringLiteral("40001") << QString() << K::Conflict;
    QTest::newRow("postgres deadlock") << pg << QStringLiteral("40P01") << QString() << K::Conflict;
    QTest::newRow("postgres statement after a refused one")
        << pg << QStringLiteral("25P02") << QString() << K::Conflict;
    QTest::newRow("postgres shutting down")
        << pg << QStringLiteral("57P01") << QString() << K::Busy;
    QTest::newRow("postgres lock not available")
        << pg << QStringLiteral("55P03") << QString() << K::Busy;
    QTest::newRow("postgres read-only")
        << pg << QStringLiteral("25006") << QString() << K::ReadOnly;
    QTest::newRow("postgres other") << pg << QStringLiteral("42P01") << QString() << K::Other;
}

void TestDatabase::classify()
{
    QFETCH(SqlDialect::Kind, dialect);
    QFETCH(QString, code);
    QFETCH(QString, text);
    QFETCH(StoreError::Kind, kind);
    const QSqlError error(QStringLiteral("driver"), text, QSqlError::StatementError, code);
    QCOMPARE(SqlDialect(dialect).classify(error), kind);
}

void TestDatabase::violatedConstraint_data()
{
    QTest::addColumn<SqlDialect::Kind>("dialect");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("constraint");
    const auto lite = SqlDialect::Kind::Sqlite;
    const auto pg = SqlDialect::Kind::Postgres;
    QTest::newRow("sqlite columns")
        << lite << QStringLiteral("UNIQUE constraint failed: app_bindings.order_id")
        << QStringLiteral("app_bindings.order_id");
    QTest::newRow("sqlite two columns")
        << lite
        << QStringLiteral("UNIQUE constraint failed: members.organization_id, members.account")
        << QStringLiteral("members.organization_id, members.account");
    QTest::newRow("sqlite expression index")
        << lite << QStringLiteral("UNIQUE constraint failed: index 'uq_organizations_abbreviation'")
        << QStringLiteral("uq_organizations_abbreviation");
    QTest::newRow("sqlite primary key")
        << lite << QStringLiteral("PRIMARY KEY constraint failed: card_redemptions.order_id")
        << QStringLiteral("card_redemptions.order_id");
    QTest::newRow("sqlite not unique") << lite << QStringLiteral("no such table: x") << QString();
    QTest::newRow("postgres")
        << pg
        << QStringLiteral("ERROR:  duplicate key value violates unique constraint "
                          "\"uq_guance_accounts_username\"\nDETAIL:  Key (lower(username))=(a) "
                          "already exists.")
        << QStringLiteral("uq_guance_accounts_username");
    QTest::newRow("postgres other") << pg << QStringLiteral("ERROR: boom") << QString();
}

// The one place a driver's message is read: which key refused a row.
void TestDatabase::violatedConstraint()
{
    QFETCH(SqlDialect::Kind, dialect);
    QFETCH(QString, text);
    QFETCH(QString, constraint);
    const QSqlError error(QStringLiteral("driver"), text, QSqlError::StatementError,
                          QStringLiteral("2067"));
    QCOMPARE(SqlDialect(dialect).violatedConstraint(error), constraint);
}

// Every key that enforces a rule maps to it, in both dialects' spelling; generated keys do
// not (their violation is a store error, not a refusal).
void TestDatabase::constraintsMapToRules()
{
    const auto rule = [](const char *name) {
        const auto found = ruleOfConstraint(QString::fromLatin1(name));
        return found ? found->rule + QLatin1Char('/') + found->field + QLatin1Char('/') +
                           found->reason
                     : QString();
    };
    QCOMPARE(rule("uq_organizations_abbreviation"), QStringLiteral("R-ORG-2/abbreviation/taken"));
    QCOMPARE(rule("organizations.abbreviation"), QStringLiteral("R-ORG-2/abbreviation/taken"));
    QCOMPARE(rule("app_bindings.order_id"), QStringLiteral("R-BND-1/orderId/alreadyBound"));
    QCOMPARE(rule("app_bindings_order_id_key"), QStringLiteral("R-BND-1/orderId/alreadyBound"));
    QCOMPARE(rule("uq_guance_accounts_username"), QStringLiteral("R-FC-1/username/taken"));
    QCOMPARE(rule("fee_center_accounts.username"), QStringLiteral("R-FC-1/username/taken"));
    QCOMPARE(rule("card_redemptions_pkey"), QStringLiteral("R-SVC-2/orderId/redeemed"));
    QCOMPARE(rule("journal_pkey"), QString());
    QCOMPARE(rule(""), QString());
}

// Scripts run as written, through the database's own parser: semicolons and "--" inside
// strings, statements spanning lines, function and trigger bodies with their own
// semicolons.
void TestDatabase::scriptsRunAsWritten()
{
    QTemporaryDir dir;
    const DatabaseConfig config = oc::test::freshDatabase(dir, QStringLiteral("script.sqlite"));
    const auto drop = qScopeGuard([&] { oc::test::dropDatabase(config); });
    auto opened = Database::open(config, QStringLiteral("script"));
    QVERIFY2(opened.ok(), qPrintable(errorText(opened)));
    QSqlDatabase db = opened.value()->handle();
    const bool sqlite = config.kind == SqlDialect::Kind::Sqlite;
    QString error;
    QString code;
    const QString trigger =
        sqlite ? QStringLiteral("CREATE TRIGGER t_log AFTER INSERT ON t\n"
                                "BEGIN\n"
                                "    INSERT INTO log (v) VALUES ('logged: ' || NEW.v);\n"
                                "END;\n")
               : QStringLiteral("CREATE FUNCTION t_log() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                                "BEGIN\n"
                                "    INSERT INTO log (v) VALUES ('logged: ' || NEW.v);\n"
                                "    RETURN NEW;\n"
                                "END\n"
                                "$$;\n"
                                "CREATE TRIGGER t_log AFTER INSERT ON t\n"
                                "    FOR EACH ROW EXECUTE FUNCTION t_log();\n");
    const QString script = QStringLiteral("-- a comment; with a semicolon\n"
                                          "CREATE TABLE t (v TEXT);\n"
                                          "CREATE TABLE log (n SERIAL, v TEXT);\n") +
                           trigger +
                           QStringLiteral("INSERT INTO t (v) VALUES ('a;b'), ('it''s -- here'),\n"
                                          "    ('two\nlines')");
    QVERIFY2(execScript(db, script, &error, &code), qPrintable(error));
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT v FROM log ORDER BY n")));
        QStringList logged;
        while (query.next())
            logged << query.value(0).toString();
        QCOMPARE(logged,
                 (QStringList{QStringLiteral("logged: a;b"), QStringLiteral("logged: it's -- here"),
                              QStringLiteral("logged: two\nlines")}));
    }
    // A failing statement stops the script with the database's own message and code.
    QVERIFY(!execScript(db, QStringLiteral("INSERT INTO t (v) VALUES ('x'); SELECT * FROM nope;"),
                        &error, &code));
    QVERIFY2(error.contains(QStringLiteral("nope")), qPrintable(error));
    QCOMPARE(code, sqlite ? QStringLiteral("1") : QStringLiteral("42P01"));
}

// A database of a newer schema than this build is refused, in either store, without
// touching it.
void TestDatabase::newerSchemaRefused()
{
    QTemporaryDir dir;
    const DatabaseConfig config = oc::test::freshDatabase(dir, QStringLiteral("newer.sqlite"));
    const auto drop = qScopeGuard([&] { oc::test::dropDatabase(config); });
    {
        auto db = Database::open(config, QStringLiteral("newer-make"));
        QVERIFY2(db.ok(), qPrintable(errorText(db)));
        MetaRepository(*db.value())
            .set(QStringLiteral("schema.version"),
                 QString::number(Migrations::latestVersion() + 1));
    }
    auto refused = Database::open(config, QStringLiteral("newer-open"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().reason, QStringLiteral("newerVersion"));
    QCOMPARE(refused.error().args.value(QStringLiteral("found")).toInt(),
             Migrations::latestVersion() + 1);
    QCOMPARE(refused.error().args.value(QStringLiteral("supported")).toInt(),
             Migrations::latestVersion());
}

// Several processes (here: connections on several threads) opening one new database at
// once: one migrates, the others wait under the lock and find the work done. Without the
// lock, PostgreSQL's second migrator fails on tables that already exist.
void TestDatabase::concurrentOpenersMigrateOnce()
{
    QTemporaryDir dir;
    const DatabaseConfig config = oc::test::freshDatabase(dir, QStringLiteral("race.sqlite"));
    const auto drop = qScopeGuard([&] { oc::test::dropDatabase(config); });
    constexpr int Openers = 4;
    QSemaphore ready;
    QSemaphore go;
    QStringList errors;
    QMutex mutex;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < Openers; ++i) {
        threads.emplace_back(QThread::create([&, i] {
            ready.release();
            go.acquire();
            auto db = Database::open(config, QStringLiteral("racer-%1").arg(i));
            const QMutexLocker lock(&mutex);
            if (!db.ok())
                errors << db.error().toString();
            else if (db.value()->schemaVersion() != Migrations::latestVersion())
                errors << QStringLiteral("opened at version %1").arg(db.value()->schemaVersion());
        }));
        threads.back()->start();
    }
    ready.acquire(Openers);
    go.release(Openers);
    for (auto &thread : threads)
        QVERIFY(thread->wait(60000));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    auto db = Database::open(config, QStringLiteral("racer-check"));
    QVERIFY2(db.ok(), qPrintable(errorText(db)));
    QCOMPARE(MetaRepository(*db.value()).get(QStringLiteral("schema.version")),
             QString::number(Migrations::latestVersion()));
    // The catalogue was seeded once, not once per opener.
    SqlQuery products(*db.value(), QStringLiteral("SELECT count(*) FROM products"));
    products.exec();
    QVERIFY(products.next());
    QCOMPARE(products.integer(0), 2);
}

void TestDatabase::migrationScriptsAreOrdered()
{
    for (const SqlDialect::Kind dialect : {SqlDialect::Kind::Sqlite, SqlDialect::Kind::Postgres}) {
        const QList<Migration> all = Migrations::all(dialect);
        QVERIFY(!all.isEmpty());
        for (int i = 0; i < all.size(); ++i) {
            QCOMPARE(all.at(i).version, i + 1); // 0001, 0002, ... without gaps
            QFile file(all.at(i).resource);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(all.at(i).resource));
            QVERIFY(!QString::fromUtf8(file.readAll()).trimmed().isEmpty());
        }
        QCOMPARE(Migrations::latestVersion(), all.last().version);
    }
}

void TestDatabase::timesAreUtcMilliseconds()
{
    const QDateTime local(QDate(2026, 3, 2), QTime(9, 30, 15, 123), QTimeZone(8 * 3600));
    const QVariant stored = toDb(local);
    QCOMPARE(stored.toLongLong(), local.toMSecsSinceEpoch());
    const QDateTime back = timeFromDb(stored);
    QCOMPARE(back, local);
    QCOMPARE(back.offsetFromUtc(), 0);
    QCOMPARE(back.time(), QTime(1, 30, 15, 123));
    QVERIFY(toDb(QDateTime()).isNull());
    QVERIFY(!timeFromDb(QVariant()).isValid());
    QVERIFY(!timeFromDb(toDb(QDateTime())).isValid());
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
