#include "DomainPrinting.h"
#include "TestSupport.h"
#include "store/AccountConditionsRepository.h"
#include "store/AuthenticationRepository.h"
#include "store/CatalogueRepository.h"
#include "store/Constraints.h"
#include "store/Database.h"
#include "store/GuanceAccountRepository.h"
#include "store/HuaweiAccountRepository.h"
#include "store/JournalRepository.h"
#include "store/ListViews.h"
#include "store/MessageRecipientRepository.h"
#include "store/MetaRepository.h"
#include "store/Migrations.h"
#include "store/PaymentCardRepository.h"
#include "store/RowCounts.h"
#include "store/WorkspaceRepository.h"

#include <QFile>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>
#include <memory>

using namespace oc;
using namespace oc::store;

class TestMigrations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { OC_REQUIRE_STORE(); }
    void freshDatabaseMigratesToLatest();
    void everyVersionHasOneScriptPerDialect();
    void version1WorkspaceMigratesToNullableFeeCenter();
    void nullStringBindsAsEmptyText();
    void schema1DataSurvives();
    void schema10AccountsHadServicesEnabled();
    void schema12RequestsAreFirstAuthentications();
    void schema14AccountsGetTheirInformationInParts();
    void schema17RowsAreFoundThroughTheSearchIndex();
    void schema18RowsAreCounted();
    void schema19AccountsGetTheirTotals();
    void schema23RowsAreSearchedByTheirSearchText();
};

namespace {

const char *WorkspaceRowColumns =
    "workspace_id, name, language, site, owner_guance_account_id, fee_center_account_id, "
    "settlement_method, settlement_account_id, settlement_instance_id, settlement_changed_at, "
    "status, lock_reason, locked_at, created_at";

QVariantList workspaceRow(QSqlDatabase &db, const QString &workspaceId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT %1 FROM workspaces WHERE workspace_id = :id")
                      .arg(QString::fromLatin1(WorkspaceRowColumns)));
    query.bindValue(QStringLiteral(":id"), workspaceId);
    QVariantList row;
    if (query.exec() && query.next())
        for (int i = 0; i < 14; ++i)
            row << query.value(i);
    return row;
}

// The database of `config` as an older release left it, opened by this one: migrations
// 1..`version` run on a plain connection, meta says schema `version`, `rows` (SQL statements)
// are inserted and `onPlain` (when given) reads what it needs on that connection before it
// closes; then Database::open migrates it. Null, with a warning saying what failed, when any
// of that fails.
std::unique_ptr<Database> openFromSchema(const DatabaseConfig &config, int version,
                                         const QString &rows,
                                         const std::function<void(QSqlDatabase &)> &onPlain = {})
{
    const QString name = QStringLiteral("schema%1").arg(version);
    const auto make = [&](QSqlDatabase &raw) {
        raw.setDatabaseName(config.kind == SqlDialect::Kind::Sqlite ? config.path : config.name);
        raw.setHostName(config.host);
        raw.setPort(config.port);
        raw.setUserName(config.user);
        if (!raw.open()) {
            qWarning("schema %d: %s", version, qPrintable(raw.lastError().text()));
            return false;
        }
        QString error;
        for (const Migration &migration : Migrations::all(config.kind)) {
            if (migration.version > version)
                break;
            if (!execScript(raw, Migrations::script(migration, config.kind), &error)) {
                qWarning("migration %d: %s", migration.version, qPrintable(error));
                return false;
            }
        }
        const QString meta =
            QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema.version', '%1');")
                .arg(version);
        if (!execScript(raw, meta + rows, &error)) {
            qWarning("schema %d's rows: %s", version, qPrintable(error));
            return false;
        }
        if (onPlain)
            onPlain(raw);
        raw.close();
        return true;
    };
    bool made = false;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(SqlDialect(config.kind).driverName(), name);
        made = make(raw);
    }
    QSqlDatabase::removeDatabase(name);
    if (!made)
        return nullptr;
    auto opened = Database::open(config, name + QStringLiteral("-open"));
    if (!opened.ok()) {
        qWarning("schema %d opened: %s", version, qPrintable(opened.error().toString()));
        return nullptr;
    }
    return std::move(opened).value();
}

const char *Schema1WorkspaceId = "wksp_0123456789abcdef0123456789abcdef";

// The schema-1 tests' rows: a Guance account (7) and a fee-center account (3), both "ops",
// and their locked workspace Schema1WorkspaceId settled through Huawei Cloud.
QString schema1Rows()
{
    return QStringLiteral(
               "INSERT INTO guance_accounts (guance_account_id, username, email, site, "
               "password_hash, created_at) VALUES (7, 'ops', 'ops@example.com', 'cn4', 'x', "
               "1000);"
               "INSERT INTO fee_center_accounts (fee_center_account_id, username, email, "
               "password_hash, created_at) VALUES (3, 'ops', 'ops@example.com', 'x', 1000);"
               "INSERT INTO workspaces (workspace_id, name, language, site, "
               "owner_guance_account_id, fee_center_account_id, settlement_method, "
               "settlement_account_id, settlement_instance_id, settlement_changed_at, status, "
               "lock_reason, locked_at, created_at) VALUES ('%1', 'Store Monitoring', 'en', "
               "'cn4', 7, 3, 'huawei_cloud', 'f000ee4d7327428da2f53a081e7109bd', "
               "'3f1c2a9e-8b7d-4c1e-9f20-6a5b4c3d2e1f', 2000, 'locked', "
               "'huawei_instance_closed', 3000, 1500);")
        .arg(QLatin1String(Schema1WorkspaceId));
}

// The total of `view`'s first page searched for `search`, read `how`.
qint64 searchTotal(Database &db, QLatin1StringView view, const QString &search,
                   ListViews::Access how)
{
    ListQuery query;
    query.view = view;
    query.search = search;
    return ListViews(db, how).page(query).total;
}

} // namespace

void TestMigrations::freshDatabaseMigratesToLatest()
{
    QTemporaryDir dir;
    const DatabaseConfig config = oc::test::freshDatabase(dir, QStringLiteral("a.sqlite"));
    const auto drop = qScopeGuard([&] { oc::test::dropDatabase(config); });
    auto db = Database::open(config, QStringLiteral("t1"));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
    QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
    QVERIFY(Migrations::latestVersion() >= 2);
    QVERIFY(CatalogueRepository(*db.value())
                .find(QString::fromLatin1(Catalogue::SaasProductId))
                .has_value());
}

// Both dialects reach the latest version through versions 1..N without a gap; version 2
// has a script of its own per dialect (SQLite rebuilds the table, PostgreSQL alters it).
void TestMigrations::everyVersionHasOneScriptPerDialect()
{
    for (const auto kind : {SqlDialect::Kind::Sqlite, SqlDialect::Kind::Postgres}) {
        const QList<Migration> list = Migrations::all(kind);
        QCOMPARE(list.size(), Migrations::latestVersion());
        for (int i = 0; i < list.size(); ++i) {
            QCOMPARE(list.at(i).version, i + 1);
            if (list.at(i).dialect)
                QVERIFY(list.at(i).resource.endsWith(Migrations::dialectInfix(kind) +
                                                     QStringLiteral(".sql")));
        }
        QVERIFY(!list.at(0).dialect.has_value()); // 0001 is shared
        QCOMPARE(list.at(1).dialect, std::optional<SqlDialect::Kind>(kind));
        QVERIFY(!Migrations::script(list.at(1), kind).trimmed().isEmpty());
    }
}

// An existing database of schema 1 (made by migration 1 alone) with a workspace migrates
// to schema 2: the row is intact, its indexes and the UNIQUE (fee_center_account_id, name)
// constraint are back, and a workspace without a fee-center account is now accepted.
void TestMigrations::version1WorkspaceMigratesToNullableFeeCenter()
{
    OC_SQLITE_ONLY("the rebuilt table's indexes and pragmas (schema1DataSurvives: both)");
    QTemporaryDir dir;
    const DatabaseConfig config = oc::test::freshDatabase(dir, QStringLiteral("v1.sqlite"));
    const QString workspaceId = QString::fromLatin1(Schema1WorkspaceId);
    QVariantList before;
    bool acceptedWithoutFeeCenter = true;
    const auto migrated = openFromSchema(config, 1, schema1Rows(), [&](QSqlDatabase &raw) {
        acceptedWithoutFeeCenter = QSqlQuery(raw).exec(
            QStringLiteral("INSERT INTO workspaces (workspace_id, name, language, site, "
                           "settlement_method, status, created_at) VALUES ('wksp_x', 'No fee "
                           "center', 'zh', 'cn1', 'aws', 'active', 1)"));
        before = workspaceRow(raw, workspaceId);
    });
    QVERIFY(migrated);
    // Schema 1 really refused a workspace without a fee-center account.
    QVERIFY(!acceptedWithoutFeeCenter);
    QCOMPARE(before.size(), 14);
    Database &db = *migrated;
    // Opening migrates through every later version too.
    QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
    QCOMPARE(MetaRepository(db).get(QStringLiteral("schema.version")),
             QString::number(Migrations::latestVersion()));

    QSqlDatabase handle = db.handle();
    QCOMPARE(workspaceRow(handle, workspaceId), before);

    QStringList indexes;
    SqlQuery list(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                     "tbl_name = 'workspaces' AND name NOT LIKE 'sqlite_%' "
                                     "ORDER BY name"));
    list.exec();
    while (list.next())
        indexes << list.text(0);
    // Version 2's four, the list-view indexes of version 5 (workspaces_name remade with the
    // key as its second column) and of version 18.
    QCOMPARE(indexes,
             (QStringList{
                 QStringLiteral("workspaces_created"), QStringLiteral("workspaces_fc_created"),
                 QStringLiteral("workspaces_language"), QStringLiteral("workspaces_lock_reason"),
                 QStringLiteral("workspaces_locked"), QStringLiteral("workspaces_name"),
                 QStringLiteral("workspaces_settlement"),
                 QStringLiteral("workspaces_settlement_account"),
                 QStringLiteral("workspaces_settlement_instance"),
                 QStringLiteral("workspaces_settlement_method"), QStringLiteral("workspaces_site"),
                 QStringLiteral("workspaces_status"), QStringLiteral("workspaces_status_id")}));
    SqlQuery nameIndex(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = "
                                          "'workspaces_name'"));
    nameIndex.exec();
    QVERIFY(nameIndex.next());
    QVERIFY(nameIndex.text(0).contains(QStringLiteral("(name, workspace_id)")));
    SqlQuery leftover(
        db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'workspaces_v2'"));
    leftover.exec();
    QVERIFY(leftover.next());
    QCOMPARE(leftover.integer(0), 0);

    WorkspaceRepository workspaces(db);
    Workspace alone;
    alone.workspaceId = QStringLiteral("wksp_fedcba9876543210fedcba9876543210");
    alone.name = QStringLiteral("Store Monitoring");
    alone.site = QStringLiteral("cn4");
    alone.ownerGuanceAccountId = 7;
    alone.feeCenterAccountId = 0; // none
    alone.settlement = SettlementMethod::Aws;
    alone.createdAt = QDateTime::fromMSecsSinceEpoch(4000, QTimeZone::utc());
    try {
        workspaces.insert(alone);
    } catch (const StoreError &e) {
        QFAIL(qPrintable(e.detail()));
    }
    const auto stored = workspaces.find(alone.workspaceId);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->feeCenterAccountId, 0);
    QVERIFY(workspaces.nameTakenByOwner(7, QStringLiteral("Store Monitoring")));
    QVERIFY(!workspaces.nameTakenByOwner(8, QStringLiteral("Store Monitoring")));
    SqlQuery isNull(db, QStringLiteral("SELECT fee_center_account_id IS NULL FROM workspaces "
                                       "WHERE workspace_id = :id"));
    isNull.bind(QStringLiteral(":id"), alone.workspaceId).exec();
    QVERIFY(isNull.next());
    QCOMPARE(isNull.integer(0), 1);

    // R-WS-1 stays enforced by the schema inside a fee-center account.
    Workspace twin = alone;
    twin.workspaceId = QStringLiteral("wksp_00000000000000000000000000000001");
    twin.feeCenterAccountId = 3;
    bool refused = false;
    try {
        workspaces.insert(twin);
    } catch (const StoreError &e) {
        refused = e.kind() == StoreError::Kind::Unique;
    }
    QVERIFY(refused);
    // ... and the foreign key to fee-center accounts survived the rebuild.
    twin.feeCenterAccountId = 99;
    refused = false;
    try {
        workspaces.insert(twin);
    } catch (const StoreError &e) {
        refused = e.kind() == StoreError::Kind::ForeignKey;
    }
    QVERIFY(refused);

    SqlQuery integrity(db, QStringLiteral("PRAGMA integrity_check"));
    integrity.exec();
    QVERIFY(integrity.next());
    QCOMPARE(integrity.text(0), QStringLiteral("ok"));
    SqlQuery foreignKeys(db, QStringLiteral("PRAGMA foreign_key_check"));
    foreignKeys.exec();
    QVERIFY(!foreignKeys.next());
}

// Optional text the services leave as a null QString (a mobile that was not given, a
// journal entry without details) is stored as '' in the NOT NULL text columns.
void TestMigrations::nullStringBindsAsEmptyText()
{
    QTemporaryDir dir;
    const DatabaseConfig config = oc::test::freshDatabase(dir, QStringLiteral("n.sqlite"));
    const auto drop = qScopeGuard([&] { oc::test::dropDatabase(config); });
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

// A database of schema 1 with data, in the suite's store, made by migration 1 alone on a
// plain connection, opens at the latest version with its rows intact; what later versions
// allow (a workspace without a fee-center account) works, what they forbid (a username
// that differs only in case, R-FC-1) is refused.
void TestMigrations::schema1DataSurvives()
{
    QTemporaryDir dir;
    const DatabaseConfig config = oc::test::freshDatabase(dir, QStringLiteral("v1.sqlite"));
    const auto drop = qScopeGuard([&] { oc::test::dropDatabase(config); });
    const QString workspaceId = QString::fromLatin1(Schema1WorkspaceId);
    QVariantList before;
    const auto migrated = openFromSchema(config, 1, schema1Rows(), [&](QSqlDatabase &raw) {
        before = workspaceRow(raw, workspaceId);
    });
    QVERIFY(migrated);
    QCOMPARE(before.size(), 14);
    Database &db = *migrated;
    QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
    QSqlDatabase handle = db.handle();
    QCOMPARE(workspaceRow(handle, workspaceId), before);

    Workspace alone;
    alone.workspaceId = QStringLiteral("wksp_fedcba9876543210fedcba9876543210");
    alone.name = QStringLiteral("Store Monitoring");
    alone.site = QStringLiteral("cn4");
    alone.ownerGuanceAccountId = 7;
    alone.settlement = SettlementMethod::Aws;
    alone.createdAt = QDateTime::fromMSecsSinceEpoch(4000, QTimeZone::utc());
    try {
        WorkspaceRepository(db).insert(alone);
    } catch (const StoreError &e) {
        QFAIL(qPrintable(e.detail()));
    }
    QCOMPARE(WorkspaceRepository(db).find(alone.workspaceId)->feeCenterAccountId, 0);

    GuanceAccount upper;
    upper.username = QStringLiteral("OPS");
    upper.email = QStringLiteral("other@example.com");
    upper.site = QStringLiteral("cn4");
    upper.createdAt = alone.createdAt;
    try {
        GuanceAccountRepository(db).insert(upper, QStringLiteral("x"));
        QFAIL("a username differing only in case was stored");
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::Unique);
        QCOMPARE(ruleOfConstraint(e.constraint())->rule, QStringLiteral("R-FC-1"));
    }
}

// W-SIGNUP (schema 11, R-ACC-16): a database of schema 10 with HUAWEI IDs, made by
// migrations 1..10 on a plain connection, opens at the latest version; its accounts had
// services enabled at sign-up (services_enabled_at = created_at), no security phone, no
// promotions, no post-payment; a new account without services is stored as 'enabled'
// without a time and read back (and listed) as not_enabled; emails are one per HUAWEI ID
// whatever their case (R-ACC-1); Historical Cards keep only the four results (R-ACC-18).
void TestMigrations::schema10AccountsHadServicesEnabled()
{
    QTemporaryDir dir;
    const DatabaseConfig config = oc::test::freshDatabase(dir, QStringLiteral("v10.sqlite"));
    const auto drop = qScopeGuard([&] { oc::test::dropDatabase(config); });
    const QString existing = QStringLiteral("0123456789abcdef0123456789abcdef");
    const auto migrated = openFromSchema(
        config, 10,
        QStringLiteral("INSERT INTO huawei_accounts (account_id, login_id, tenant_name, "
                       "email, mobile, country_region, password_hash, services_status, "
                       "created_at) VALUES ('%1', 'lilei', 'lilei', 'LiLei@example.com', "
                       "'+8613800138000', 'CN', 'x', 'enabled', 1500);")
            .arg(existing));
    QVERIFY(migrated);
    Database &db = *migrated;
    QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
    HuaweiAccountRepository accounts(db);
    const auto old = accounts.find(existing);
    QVERIFY(old.has_value());
    QCOMPARE(old->servicesStatus, ServicesStatus::Enabled);
    QCOMPARE(old->servicesEnabledAt, QDateTime::fromMSecsSinceEpoch(1500, QTimeZone::utc()));
    QCOMPARE(old->createdAt, old->servicesEnabledAt);
    QCOMPARE(old->securityPhone, QString());
    QCOMPARE(old->serviceMobile, QStringLiteral("+8613800138000"));
    QVERIFY(!old->promotions && !old->postPayment);

    HuaweiAccount fresh;
    fresh.accountId = QStringLiteral("fedcba9876543210fedcba9876543210");
    fresh.loginId = fresh.tenantName = QStringLiteral("hid_abcdefghij12");
    fresh.email = QStringLiteral("new@example.com");
    fresh.countryRegion = QStringLiteral("HK");
    fresh.servicesStatus = ServicesStatus::NotEnabled;
    fresh.createdAt = QDateTime::fromMSecsSinceEpoch(2000, QTimeZone::utc());
    try {
        accounts.insert(fresh, QStringLiteral("x"));
    } catch (const StoreError &e) {
        QFAIL(qPrintable(e.detail()));
    }
    QCOMPARE(accounts.find(fresh.accountId)->servicesStatus, ServicesStatus::NotEnabled);
    QVERIFY(!accounts.find(fresh.accountId)->servicesEnabledAt.isValid());
    SqlQuery stored(db, QStringLiteral("SELECT services_status FROM huawei_accounts WHERE "
                                       "account_id = :id"));
    stored.bind(QStringLiteral(":id"), fresh.accountId).exec();
    QVERIFY(stored.next());
    QCOMPARE(stored.text(0), QStringLiteral("enabled"));
    ListQuery query;
    query.view = QStringLiteral("huaweiAccounts");
    query.filters = {{QStringLiteral("servicesStatus"), QStringLiteral("not_enabled")}};
    query.limit = 10;
    const ListPage page = ListViews(db).page(query);
    QCOMPARE(page.rows.size(), 1);
    const qsizetype accountColumn = 0; // the view's key comes first
    QCOMPARE(page.rows.first().at(accountColumn).toString(), fresh.accountId);
    const QDateTime enabledAt = QDateTime::fromMSecsSinceEpoch(3000, QTimeZone::utc());
    accounts.enableServices(fresh.accountId, QStringLiteral("SG"), true, enabledAt);
    QCOMPARE(accounts.find(fresh.accountId)->servicesStatus, ServicesStatus::Enabled);
    QCOMPARE(accounts.find(fresh.accountId)->servicesEnabledAt, enabledAt);
    QCOMPARE(accounts.find(fresh.accountId)->countryRegion, QStringLiteral("SG"));

    // R-ACC-1: the old account's email in other letter case is taken.
    HuaweiAccount twin = fresh;
    twin.accountId = QStringLiteral("00000000000000000000000000000001");
    twin.loginId = twin.tenantName = QStringLiteral("hid_twin00000000");
    twin.email = QStringLiteral("lilei@EXAMPLE.com");
    QVERIFY(accounts.emailTaken(twin.email));
    try {
        accounts.insert(twin, QStringLiteral("x"));
        QFAIL("an email differing only in case was stored");
    } catch (const StoreError &e) {
        QCOMPARE(e.kind(), StoreError::Kind::Unique);
        QVERIFY2(ruleOfConstraint(e.constraint()), qPrintable(e.constraint() + e.detail()));
        QCOMPARE(ruleOfConstraint(e.constraint())->rule, QStringLiteral("R-ACC-1"));
    }

    // R-ACC-18: the four results only.
    PaymentCard card;
    card.accountId = fresh.accountId;
    card.maskedNumber = QStringLiteral("**** **** **** 4242");
    card.holder = QStringLiteral("LI LEI");
    card.expiry = QStringLiteral("12/29");
    card.result = CardVerification::Declined;
    card.attemptedAt = enabledAt;
    QVERIFY(PaymentCardRepository(db).insert(card) > 0);
    QCOMPARE(PaymentCardRepository(db).ofAccount(fresh.accountId).size(), 1);
    SqlQuery badResult(db, QStringLiteral("INSERT INTO payment_cards (account_id, masked_number, "
                                          "holder, expiry, result, attempted_at) VALUES (:id, "
                                          "'x', 'x', '12/29', 'maybe', 1)"));
    bool refused = false;
    try {
        badResult.bind(QStringLiteral(":id"), fresh.accountId).exec();
    } catch (const StoreError &) {
        refused = true;
    }
    QVERIFY(refused);
}

// W-REAUTH (0014_reauthentication): a database of schema 12 with a reviewed request and its
// material, made by migrations 1..12 on a plain connection, opens at the latest version; the
// request is a first authentication, the material keeps its id and row, W-REAUTH's slots
// are taken and others still refused (and a slot once per request), and the conditions
// table is there, empty.
void TestMigrations::schema12RequestsAreFirstAuthentications()
{
    QTemporaryDir dir;
    const DatabaseConfig config = oc::test::freshDatabase(dir, QStringLiteral("v12.sqlite"));
    const auto drop = qScopeGuard([&] { oc::test::dropDatabase(config); });
    const QString account = QStringLiteral("0123456789abcdef0123456789abcdef");
    const auto migrated = openFromSchema(
        config, 12,
        QStringLiteral("INSERT INTO huawei_accounts (account_id, login_id, tenant_name, "
                       "email, mobile, country_region, password_hash, services_status, "
                       "account_type, enterprise_name, auth_status, created_at) VALUES "
                       "('%1', 'acme', 'acme', 'it@acme.cn', '', 'CN', 'x', 'enabled', "
                       "'enterprise', 'Acme Co.', 'authenticated', 1500);"
                       "INSERT INTO authentications (authentication_id, account_id, "
                       "auth_type, certificate_number, subject_name, status, "
                       "submitted_at, reviewed_at) VALUES (7, '%1', 'enterprise', "
                       "'REG-0007', 'Acme Co.', 'approved', 2000, 3000);"
                       "INSERT INTO authentication_materials (material_id, "
                       "authentication_id, slot, file_name, size, header, sha256, "
                       "thumbnail) VALUES (41, 7, 'certificateFront', 'front.png', "
                       "2048, 'iVBORw0KGgo=', '%2', 'iVBO');")
            .arg(account, QString(64, QLatin1Char('a'))));
    QVERIFY(migrated);
    Database &db = *migrated;
    QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
    AuthenticationRepository authentications(db);
    const auto old = authentications.find(7);
    QVERIFY(old.has_value());
    QCOMPARE(old->kind, ReviewKind::Authentication);
    QCOMPARE(old->materials.size(), 1);
    QCOMPARE(old->materials.first().slot, QStringLiteral("certificateFront"));
    QCOMPARE(old->materials.first().thumbnail, QStringLiteral("iVBO"));
    SqlQuery id(db, QStringLiteral("SELECT material_id FROM authentication_materials"));
    id.exec();
    QVERIFY(id.next());
    QCOMPARE(id.integer(0), 41);
    QCOMPARE(authentications.current(account)->authenticationId, 7);

    AuthenticationRow change = *old;
    change.kind = ReviewKind::EnterpriseName;
    change.subjectName = QStringLiteral("Acme Group");
    change.status = ReviewStatus::Pending;
    change.reviewedAt = QDateTime();
    change.materials = {MaterialRow{QStringLiteral("statement"), QStringLiteral("s.gif"), 10,
                                    QStringLiteral("R0lGODlh"), QString(64, QLatin1Char('b')),
                                    QString()}};
    qint64 changeId = 0;
    try {
        changeId = authentications.insert(change);
    } catch (const StoreError &e) {
        QFAIL(qPrintable(e.detail()));
    }
    QCOMPARE(authentications.find(changeId)->kind, ReviewKind::EnterpriseName);
    SqlQuery ids(db, QStringLiteral("SELECT count(DISTINCT material_id) FROM "
                                    "authentication_materials"));
    ids.exec();
    QVERIFY(ids.next());
    QCOMPARE(ids.integer(0), 2);
    // The UNIQUE (authentication_id, slot) of version 12 holds still.
    bool refused = false;
    try {
        SqlQuery(db, QStringLiteral("INSERT INTO authentication_materials (authentication_id, "
                                    "slot, file_name, size, header, sha256) VALUES (7, "
                                    "'certificateFront', 'again.png', 1, 'x', :sha)"))
            .bind(QStringLiteral(":sha"), QString(64, QLatin1Char('c')))
            .exec();
    } catch (const StoreError &e) {
        refused = e.kind() == StoreError::Kind::Unique;
    }
    QVERIFY(refused);
    refused = false;
    try {
        SqlQuery(db, QStringLiteral("INSERT INTO authentication_materials (authentication_id, "
                                    "slot, file_name, size, header, sha256) VALUES (7, "
                                    "'selfie', 'me.png', 1, 'x', :sha)"))
            .bind(QStringLiteral(":sha"), QString(64, QLatin1Char('c')))
            .exec();
    } catch (const StoreError &) {
        refused = true;
    }
    QVERIFY(refused);
    QVERIFY(!AccountConditionsRepository(db).find(account));
}

// My Account, part 2 (0015_my_account): a database of schema 14 with HUAWEI IDs, made by
// migrations 1..14 on a plain connection, opens at the latest version. The service mobile
// number of `mobile` is kept as serviceMobile; the contact address's single text becomes
// Address Line 1 (R-ACC-12), its column gone; industries on the list of Decisions keep theirs
// (with a secondary industry where one follows from the text), others are Other (R-ACC-13);
// the notification languages are zh_CN or en and the currencies CNY, USD or EUR (R-ACC-15);
// the login ID was never changed (R-ACC-8); the conditions stay, CTS off (R-AUD-2); the new
// tables take rows, the CTS traces only the nine names.
void TestMigrations::schema14AccountsGetTheirInformationInParts()
{
    QTemporaryDir dir;
    const DatabaseConfig config = oc::test::freshDatabase(dir, QStringLiteral("v14.sqlite"));
    const auto drop = qScopeGuard([&] { oc::test::dropDatabase(config); });
    const QString buyer = QStringLiteral("0123456789abcdef0123456789abcdef");
    const QString shipper = QStringLiteral("fedcba9876543210fedcba9876543210");
    const auto migrated = openFromSchema(
        config, 14,
        QStringLiteral("INSERT INTO huawei_accounts (account_id, login_id, tenant_name, email, "
                       "mobile, country_region, password_hash, services_status, account_type, "
                       "enterprise_name, message_language, currency, contact_address, industry, "
                       "qualification_name, tax_id, created_at, services_enabled_at) VALUES ('%1', "
                       "'lianyun', 'lianyun', 'it@lianyun.cn', '+8613857160321', 'CN', 'x', "
                       "'enabled', 'enterprise', 'Lianyun', 'en_US', 'JPY', 'No. 588 Wensan Road, "
                       "Hangzhou', 'Internet', 'business_license', '91330106MA2H3K7X5B', 1500, "
                       "1500);"
                       "INSERT INTO huawei_accounts (account_id, login_id, tenant_name, email, "
                       "mobile, country_region, password_hash, services_status, industry, "
                       "created_at) VALUES ('%2', 'haixing', 'haixing', 'it@haixing.cn', '', "
                       "'CN', 'x', 'enabled', 'Logistics', 1600);"
                       "INSERT INTO tenant_name_changes (account_id, old_name, new_name, "
                       "changed_at) VALUES ('%1', 'lianyun-hz', 'lianyun', 1700);"
                       "INSERT INTO account_conditions (account_id, arrears_fen, updated_at) "
                       "VALUES ('%2', 128050, 1800);")
            .arg(buyer, shipper));
    QVERIFY(migrated);
    Database &db = *migrated;
    QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
    HuaweiAccountRepository accounts(db);
    const auto lianyun = accounts.find(buyer);
    QVERIFY(lianyun.has_value());
    QCOMPARE(lianyun->serviceMobile, QStringLiteral("+8613857160321"));
    QCOMPARE(lianyun->serviceEmail, QString());
    QCOMPARE(lianyun->email, QStringLiteral("it@lianyun.cn"));
    QCOMPARE(lianyun->contactAddress.line1, QStringLiteral("No. 588 Wensan Road, Hangzhou"));
    QVERIFY(lianyun->contactAddress.line2.isEmpty() && lianyun->contactAddress.city.isEmpty() &&
            lianyun->contactAddress.postalCode.isEmpty());
    QCOMPARE(lianyun->industry, QStringLiteral("it_internet"));
    QCOMPARE(lianyun->secondaryIndustry, QStringLiteral("internet_services"));
    QCOMPARE(lianyun->qualificationName, QStringLiteral("business_license"));
    QCOMPARE(lianyun->taxId, QStringLiteral("91330106MA2H3K7X5B"));
    QCOMPARE(lianyun->messageLanguage, QStringLiteral("en"));
    QCOMPARE(lianyun->currency, QStringLiteral("CNY"));
    QCOMPARE(lianyun->paymentCurrency, QString());
    QVERIFY(!lianyun->loginIdChanged());
    const auto haixing = accounts.find(shipper);
    QVERIFY(haixing.has_value());
    QCOMPARE(haixing->industry, QStringLiteral("other"));
    QCOMPARE(haixing->secondaryIndustry, QString());
    QCOMPARE(haixing->messageLanguage, QStringLiteral("zh_CN"));
    QVERIFY(haixing->contactAddress.isEmpty());
    QCOMPARE(accounts.tenantNameChangesBetween(buyer, QDateTime::fromMSecsSinceEpoch(0),
                                               QDateTime::fromMSecsSinceEpoch(2000)),
             1);
    // The single text's column is gone.
    bool refused = false;
    try {
        SqlQuery(db, QStringLiteral("SELECT contact_address FROM huawei_accounts")).exec();
    } catch (const StoreError &) {
        refused = true;
    }
    QVERIFY(refused);

    const auto conditions = AccountConditionsRepository(db).find(shipper);
    QVERIFY(conditions.has_value());
    QCOMPARE(conditions->arrears, Fen(128050));
    QVERIFY(!conditions->ctsEnabled);

    // The new tables.
    accounts.selectCurrency(buyer, QStringLiteral("USD"), QDateTime::fromMSecsSinceEpoch(1900));
    QCOMPARE(accounts.currencySelections(buyer).size(), 1);
    MessageRecipient recipient;
    recipient.accountId = buyer;
    recipient.name = QStringLiteral("Xu Jing");
    recipient.mobile = QStringLiteral("+8613857160322");
    recipient.email = QStringLiteral("");
    recipient.createdAt = QDateTime::fromMSecsSinceEpoch(1900);
    QVERIFY(MessageRecipientRepository(db).insert(recipient) > 0);
    SqlQuery(db, QStringLiteral("INSERT INTO cts_traces (account_id, at, trace_name, actor, "
                                "outcome) VALUES (:id, 1, 'changePhone', 'alice', 'success')"))
        .bind(QStringLiteral(":id"), buyer)
        .exec();
    refused = false;
    try {
        SqlQuery(db, QStringLiteral("INSERT INTO cts_traces (account_id, at, trace_name, actor, "
                                    "outcome) VALUES (:id, 1, 'login', 'alice', 'success')"))
            .bind(QStringLiteral(":id"), buyer)
            .exec();
    } catch (const StoreError &) {
        refused = true;
    }
    QVERIFY(refused);
}

// Issue 20: migration 18 indexes the rows that are already there (SQLite: FTS5 tables
// rebuilt from their tables; PostgreSQL: GIN indexes built), so that a search of an existing
// store finds them through the index, the same rows as the scan.
void TestMigrations::schema17RowsAreFoundThroughTheSearchIndex()
{
    QTemporaryDir dir;
    const DatabaseConfig config = oc::test::freshDatabase(dir, QStringLiteral("v17.sqlite"));
    const auto drop = qScopeGuard([&] { oc::test::dropDatabase(config); });
    const auto migrated = openFromSchema(
        config, 17,
        QStringLiteral("INSERT INTO fee_center_accounts (fee_center_account_id, username, "
                       "email, password_hash, enterprise_name, created_at) VALUES (7, "
                       "'Hangzhou-Ops', 'ops@lianyun.cn', 'x', '杭州联云科技有限公司', 1);"
                       "INSERT INTO workspaces (workspace_id, name, language, site, "
                       "fee_center_account_id, settlement_method, status, created_at) "
                       "VALUES ('wksp_0123456789abcdef', '生产环境-杭州', 'zh', 'cn1', 7, "
                       "'fee_center', 'active', 2);"
                       "INSERT INTO stored_value_cards (card_number, fee_center_account_id, "
                       "face_value_fen, balance_fen, status, purchase_type, purchased_at, "
                       "expires_at, source_order_id) VALUES ('6100000000012345', 7, 100, "
                       "100, 'available', 'huawei_marketplace', 3, 4, 'CS2603020930ABCDE');"));
    QVERIFY(migrated);
    Database &db = *migrated;
    QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
    const auto total = [&](QLatin1StringView view, const QString &search,
                           ListViews::Access how = ListViews::Access::Indexed) {
        return searchTotal(db, view, search, how);
    };
    for (const auto &[view, search] :
         {std::pair{view::StoredValueCards, QStringLiteral("12345")},
          std::pair{view::StoredValueCards, QStringLiteral("abcde")},
          std::pair{view::StoredValueCards, QStringLiteral("hangzhou-OPS")},
          std::pair{view::Workspaces, QStringLiteral("生产环境")},
          std::pair{view::Workspaces, QStringLiteral("89abc")},
          std::pair{view::Workspaces, QStringLiteral("zhou-o")},
          std::pair{view::FeeCenterAccounts, QStringLiteral("联云科技")},
          std::pair{view::FeeCenterAccounts, QStringLiteral("@lianyun")}}) {
        QCOMPARE(total(view, search), 1);
        QCOMPARE(total(view, search, ListViews::Access::Scanned), 1);
    }
    if (db.dialect().kind() == SqlDialect::Kind::Sqlite) {
        ListQuery query;
        query.view = view::StoredValueCards;
        query.search = QStringLiteral("12345");
        QVERIFY(ListViews(db)
                    .queryPlan(query)
                    .join(QLatin1Char(' '))
                    .contains(QStringLiteral("stored_value_cards_search")));
    }
}

// Issue 20: migration 19 counts the rows that are already there (row_counts), so that an
// existing store's unfiltered lists show their exact totals from it; its triggers count
// what comes after.
void TestMigrations::schema18RowsAreCounted()
{
    QTemporaryDir dir;
    const DatabaseConfig config = oc::test::freshDatabase(dir, QStringLiteral("v18.sqlite"));
    const auto drop = qScopeGuard([&] { oc::test::dropDatabase(config); });
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(SqlDialect(config.kind).driverName(),
                                                     QStringLiteral("schema18"));
        raw.setDatabaseName(config.kind == SqlDialect::Kind::Sqlite ? config.path : config.name);
        raw.setHostName(config.host);
        raw.setPort(config.port);
        raw.setUserName(config.user);
        QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
        QString error;
        for (const Migration &migration : Migrations::all(config.kind)) {
            if (migration.version > 18)
                break;
            QVERIFY2(execScript(raw, Migrations::script(migration, config.kind), &error),
                     qPrintable(error));
        }
        QString rows = QStringLiteral(
            "INSERT INTO meta (key, value) VALUES ('schema.version', '18');"
            "INSERT INTO fee_center_accounts (fee_center_account_id, username, email, "
            "password_hash, enterprise_name, created_at) VALUES (7, 'Hangzhou-Ops', "
            "'ops@lianyun.cn', 'x', '杭州联云科技有限公司', 1), (8, 'Beijing-Ops', "
            "'ops@beijing.cn', 'x', '', 2);"
            "INSERT INTO workspaces (workspace_id, name, language, site, "
            "fee_center_account_id, settlement_method, status, created_at) VALUES "
            "('wksp_0123456789abcdef', '生产环境-杭州', 'zh', 'cn1', 7, 'fee_center', "
            "'active', 2);"
            "INSERT INTO journal (at, actor, operation, resource_type, target, outcome) "
            "VALUES (1, 'alice', 'a', 'b', 'c', 'success'), (2, 'alice', 'a', 'b', 'c', "
            "'success');");
        for (int i = 0; i < 23; ++i)
            rows += QStringLiteral("INSERT INTO stored_value_cards (card_number, "
                                   "fee_center_account_id, face_value_fen, balance_fen, status, "
                                   "purchase_type, purchased_at, expires_at) VALUES "
                                   "('61000000000%1', %2, 100, 100, 'available', 'direct', %1, "
                                   "%1);")
                        .arg(10000 + i)
                        .arg(7 + i % 2);
        QVERIFY2(execScript(raw, rows, &error), qPrintable(error));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema18"));

    auto opened = Database::open(config, QStringLiteral("schema18-open"));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
    Database &db = *opened.value();
    QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
    const auto total = [&](QLatin1StringView view,
                           ListViews::Access how = ListViews::Access::Indexed) {
        ListQuery query;
        query.view = view;
        return ListViews(db, how).page(query).total;
    };
    QCOMPARE(RowCounts(db).total(QStringLiteral("stored_value_cards")), std::optional<qint64>(23));
    QCOMPARE(RowCounts(db).total(QStringLiteral("fee_center_accounts")), std::optional<qint64>(2));
    QCOMPARE(RowCounts(db).total(QStringLiteral("workspaces")), std::optional<qint64>(1));
    QCOMPARE(RowCounts(db).total(QStringLiteral("journal")), std::optional<qint64>(2));
    QCOMPARE(RowCounts(db).total(QStringLiteral("orders")), std::optional<qint64>(0));
    QCOMPARE(RowCounts(db).tables(), ListViews::countedTables());
    for (const QString &view : ListViews::viewNames()) {
        ListQuery query;
        query.view = view;
        QCOMPARE(ListViews(db).page(query).total,
                 ListViews(db, ListViews::Access::Scanned).page(query).total);
    }
    QCOMPARE(total(view::StoredValueCards), 23);
    // The triggers count what comes next.
    SqlQuery(db, QStringLiteral("DELETE FROM stored_value_cards WHERE fee_center_account_id = 8"))
        .exec();
    QCOMPARE(total(view::StoredValueCards), 12);
    QCOMPARE(total(view::StoredValueCards, ListViews::Access::Scanned), 12);
}

// Issue 20: migration 20 computes each fee-center account's totals from the rows that are
// already there (fee_center_totals: its available cards' balance, its workspaces, its linked
// Huawei accounts), so that the list shows what it computed per row before; its triggers
// keep them from then on.
void TestMigrations::schema19AccountsGetTheirTotals()
{
    QTemporaryDir dir;
    const DatabaseConfig config = oc::test::freshDatabase(dir, QStringLiteral("v19.sqlite"));
    const auto drop = qScopeGuard([&] { oc::test::dropDatabase(config); });
    QString rows = QStringLiteral(
        "INSERT INTO fee_center_accounts (fee_center_account_id, username, email, "
        "password_hash, created_at) VALUES (7, 'hangzhou-ops', 'ops@lianyun.cn', 'x', 1), "
        "(8, 'beijing-ops', 'ops@beijing.cn', 'x', 2), (9, 'idle-ops', 'idle@example.com', "
        "'x', 3);"
        "INSERT INTO workspaces (workspace_id, name, language, site, fee_center_account_id, "
        "settlement_method, status, created_at) VALUES "
        "('wksp_a', 'a', 'zh', 'cn1', 7, 'fee_center', 'active', 2), "
        "('wksp_b', 'b', 'zh', 'cn1', 7, 'fee_center', 'active', 2), "
        "('wksp_c', 'c', 'zh', 'cn1', 8, 'fee_center', 'locked', 2), "
        "('wksp_d', 'd', 'en', 'cn1', NULL, 'aws', 'active', 2);"
        "INSERT INTO fee_center_huawei_links (huawei_account_id, fee_center_account_id, "
        "linked_at) VALUES ('hw-1', 7, 1), ('hw-2', 8, 1), ('hw-3', 8, 1);");
    const char *statuses[] = {"available", "available", "expired", "used_up"};
    for (int i = 0; i < 12; ++i)
        rows += QStringLiteral("INSERT INTO stored_value_cards (card_number, "
                               "fee_center_account_id, face_value_fen, balance_fen, status, "
                               "purchase_type, purchased_at, expires_at) VALUES "
                               "('61000000000%1', %2, 10000, %3, '%4', 'direct', %1, %1);")
                    .arg(10000 + i)
                    .arg(7 + i % 2)
                    .arg(100 * (i + 1))
                    .arg(QLatin1String(statuses[i % 4]));
    const auto opened = openFromSchema(config, 19, rows);
    QVERIFY(opened);
    Database &db = *opened;
    QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
    const auto totals = [&](qint64 account) {
        SqlQuery query(db, QStringLiteral("SELECT card_balance_fen, workspace_count, "
                                          "linked_huawei_accounts FROM fee_center_totals WHERE "
                                          "fee_center_account_id = :f"));
        query.bind(QStringLiteral(":f"), account).exec();
        return query.next() ? QList<qint64>{query.integer(0), query.integer(1), query.integer(2)}
                            : QList<qint64>{};
    };
    // Account 7: cards 0, 4, 8 available (100 + 500 + 900); 8: cards 1, 5, 9 (200 + 600 + 1000).
    QCOMPARE(totals(7), (QList<qint64>{1500, 2, 1}));
    QCOMPARE(totals(8), (QList<qint64>{1800, 1, 2}));
    QCOMPARE(totals(9), (QList<qint64>{0, 0, 0}));
    ListQuery query;
    query.view = view::FeeCenterAccounts;
    const auto rowsOf = [&](ListViews::Access access) {
        QList<QStringList> texts;
        for (const QVariantList &row : ListViews(db, access).page(query).rows) {
            QStringList line;
            for (const QVariant &value : row)
                line << (value.typeId() == QMetaType::Double
                             ? QString::number(qint64(value.toDouble()))
                             : value.toString());
            texts << line;
        }
        return texts;
    };
    QCOMPARE(rowsOf(ListViews::Access::Indexed).size(), 3);
    QCOMPARE(rowsOf(ListViews::Access::Indexed), rowsOf(ListViews::Access::Scanned));
    // The triggers keep them from now on.
    SqlQuery(db, QStringLiteral("UPDATE stored_value_cards SET status = 'expired' WHERE "
                                "card_number = '6100000000010000'"))
        .exec();
    QCOMPARE(totals(7), (QList<qint64>{1400, 2, 1}));
    QCOMPARE(rowsOf(ListViews::Access::Indexed), rowsOf(ListViews::Access::Scanned));
}

// Issue 20: migration 24 gives PostgreSQL's workspaces and fee-center accounts a search
// text (their searched columns lower-cased and joined); the rows already there are found
// through it as through their columns, and the rewritten tables are vacuumed, so that an
// index-only scan of them reads no row (their visibility map is made again).
void TestMigrations::schema23RowsAreSearchedByTheirSearchText()
{
    QTemporaryDir dir;
    const DatabaseConfig config = oc::test::freshDatabase(dir, QStringLiteral("v23.sqlite"));
    const auto drop = qScopeGuard([&] { oc::test::dropDatabase(config); });
    QString rows =
        QStringLiteral("INSERT INTO fee_center_accounts (fee_center_account_id, username, email, "
                       "password_hash, enterprise_name, created_at) VALUES (7, 'Hangzhou-Ops', "
                       "'OPS@Lianyun.CN', 'x', 'École 联云', 1);");
    for (int i = 0; i < 200; ++i)
        rows += QStringLiteral("INSERT INTO workspaces (workspace_id, name, language, site, "
                               "fee_center_account_id, settlement_method, "
                               "settlement_account_id, status, created_at) VALUES "
                               "('wksp_%1', 'Prod-Ete-%1', 'zh', 'cn1', 7, 'huawei_cloud', "
                               "'HW%1', 'active', %1);")
                    .arg(1000 + i);
    const auto opened = openFromSchema(config, 23, rows);
    QVERIFY(opened);
    Database &db = *opened;
    QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
    const auto total = [&](QLatin1StringView view, const QString &search,
                           ListViews::Access how = ListViews::Access::Indexed) {
        return searchTotal(db, view, search, how);
    };
    for (const auto &[view, search, expected] :
         {std::tuple{view::Workspaces, QStringLiteral("PROD-ete-1001"), 1},
          std::tuple{view::Workspaces, QStringLiteral("hw110"), 10},
          std::tuple{view::Workspaces, QStringLiteral("ksp_11"), 100},
          std::tuple{view::Workspaces, QStringLiteral("1199\x1fprod"), 0},
          std::tuple{view::FeeCenterAccounts, QStringLiteral("ole 联云"), 1},
          std::tuple{view::FeeCenterAccounts, QStringLiteral("LIANYUN.cn"), 1},
          std::tuple{view::FeeCenterAccounts, QStringLiteral("ops\x1fops"), 0}}) {
        QCOMPARE(total(view, search, ListViews::Access::Scanned), expected);
        QCOMPARE(total(view, search), expected);
    }
    if (db.dialect().kind() != SqlDialect::Kind::Postgres)
        return;
    // Vacuumed when opened (a VACUUM's count, not the visibility map: whether it can mark
    // a page all-visible depends on the transactions of other sessions on the server).
    for (const char *table : {"workspaces", "fee_center_accounts"}) {
        SqlQuery vacuums(db, QStringLiteral("SELECT vacuum_count FROM pg_stat_user_tables "
                                            "WHERE relname = :t"));
        vacuums.bind(QStringLiteral(":t"), QString::fromLatin1(table)).exec();
        QVERIFY(vacuums.next());
        QVERIFY2(vacuums.integer(0) >= 1, table);
    }
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "test_migrations.moc"
