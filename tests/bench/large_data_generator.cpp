#include "large_data_generator.h"

#include "core/Domain.h"
#include "core/IdGenerator.h"
#include "core/PasswordHasher.h"
#include "core/Random.h"
#include "core/Sites.h"
#include "services/DemoStory.h"
#include "store/Database.h"
#include "store/DatabaseAdmin.h"
#include "store/FeeCenterTotals.h"
#include "store/MetaRepository.h"
#include "store/Migrations.h"
#include "store/RowCounts.h"
#include "store/StoreError.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <array>
#include <vector>

namespace oc::bench {

namespace {

constexpr qint64 DayMs = 24LL * 3600 * 1000;
// The demo's marketplace order ids are written in China time (R-ID-2), UTC+8 all year.
constexpr qint64 ChinaOffsetMs = 8LL * 3600 * 1000;
// An empty, non-null string: Qt SQL binds a null QString as NULL.
const QString Empty = QStringLiteral("");

Error generatorError(const QString &what, const QString &detail = {})
{
    return makeError(QStringLiteral("E-BENCH"), {}, what, {{QStringLiteral("detail"), detail}});
}

// The demo database, built once per process.
Result<QString> demoTemplate()
{
    static QTemporaryDir dir;
    static QString path;
    if (!path.isEmpty())
        return path;
    if (!dir.isValid())
        return generatorError(QStringLiteral("temporaryFolder"), dir.errorString());
    const QString file = dir.filePath(QStringLiteral("demo.sqlite"));
    if (Status built = demo::buildDemoDatabase(file); !built.ok())
        return built.error();
    path = file;
    return path;
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// A prepared statement executed once per row with positional values: the statement is
// compiled once (SqlQuery prepares on construction, which would be once per row here).
class Inserter
{
public:
    Inserter(const QSqlDatabase &db, const QString &sql)
        : m_query(db)
    {
        if (!m_query.prepare(sql))
            throw store::StoreError(store::StoreError::Kind::Other, m_query.lastError().text(),
                                    sql);
    }
    Inserter &operator<<(const QVariant &value)
    {
        m_query.bindValue(m_next++, value);
        return *this;
    }
    void exec()
    {
        m_next = 0;
        if (!m_query.exec())
            throw store::StoreError(store::StoreError::Kind::Other, m_query.lastError().text(),
                                    m_query.lastQuery());
    }
    QVariant lastInsertId() const { return m_query.lastInsertId(); }

private:
    QSqlQuery m_query;
    int m_next = 0;
};

void exec(store::Database &db, const QString &sql)
{
    QSqlQuery query(db.handle());
    if (!query.exec(sql))
        throw store::StoreError(store::StoreError::Kind::Other, query.lastError().text(), sql);
}

// R-ID-2's shape; IdGenerator::orderId converts through the time-zone database, which is
// too slow for a million rows.
QString orderIdAt(qint64 utcMs, RandomSource &random)
{
    static constexpr QStringView UpperAlnum = u"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString id = QStringLiteral("CS") +
                 QDateTime::fromMSecsSinceEpoch(utcMs + ChinaOffsetMs, QTimeZone::utc())
                     .toString(QStringLiteral("yyMMddHHmm"));
    for (int i = 0; i < 5; ++i)
        id += UpperAlnum.at(random.uniform(quint32(UpperAlnum.size())));
    return id;
}

class Generator
{
public:
    Generator(store::Database &db, const LargeDataSpec &spec)
        : m_db(db)
        , m_spec(spec)
        , m_random(spec.seed)
        , m_ids(m_random)
    {}

    LargeDataReport run()
    {
        const auto clock =
            store::MetaRepository(m_db).get(QString::fromLatin1(demo::MetaKey::Clock));
        m_now = clock ? clock->toLongLong() : QDateTime::currentMSecsSinceEpoch();
        LargeDataReport report;
        insertFeeCenterAccounts();
        insertWorkspaces();
        insertCards();
        report.feeCenterAccounts = int(m_accounts.size());
        report.workspaces = m_spec.workspaces;
        report.cards = m_spec.cards;
        return report;
    }

private:
    qint64 pickAccount() { return m_accounts[m_random.uniform(quint32(m_accounts.size()))]; }
    int percent() { return int(m_random.uniform(100)); }
    qint64 daysAgo(int minDays, int maxDays)
    {
        const quint32 span = quint32(qMax(1, maxDays - minDays)) * quint32(DayMs / 1000);
        return m_now - qint64(minDays) * DayMs - qint64(m_random.uniform(span)) * 1000;
    }

    void insertFeeCenterAccounts()
    {
        // One hash for all: Argon2id per account would dominate the run. The password is
        // the same for every generated account (see bench_generate_large --help).
        const QString hash = PasswordHasher(HashCost::Minimum).hash(QStringLiteral("Bench#2026pw"));
        static const std::array<const char *, 8> industries = {
            "Internet",  "Finance",    "Retail",    "Manufacturing",
            "Education", "Healthcare", "Logistics", "Media"};
        Inserter insert(
            m_db.handle(),
            QStringLiteral("INSERT INTO fee_center_accounts (username, email, "
                           "password_hash, enterprise_name, industry, contact, "
                           "cash_balance_fen, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (int i = 1; i <= m_spec.feeCenterAccounts; ++i) {
            const QString number = QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0'));
            insert << QStringLiteral("bench-fc-%1").arg(number)
                   << QStringLiteral("billing%1@bench-%2.example.com").arg(number).arg(i % 97)
                   << hash << QStringLiteral("Bench Enterprise %1 Co., Ltd.").arg(number)
                   << QString::fromLatin1(industries[std::size_t(i) % industries.size()])
                   << QStringLiteral("Contact %1").arg(number)
                   << qint64(m_random.uniform(5000000)) * 100 << daysAgo(400, 1500);
            insert.exec();
            m_accounts.push_back(insert.lastInsertId().toLongLong());
        }
    }

    void insertWorkspaces()
    {
        static const std::array<const char *, 10> words = {
            "prod", "staging", "dev", "test", "ops", "billing", "web", "mobile", "data", "ml"};
        const QStringList sites = siteCodes();
        // Workspaces settled through Huawei Cloud share a few hundred instances (R-SET-5).
        std::vector<std::pair<QString, QString>> huaweiInstances;
        for (int i = 0; i < 200; ++i)
            huaweiInstances.emplace_back(m_ids.huaweiAccountId(), m_ids.instanceId());

        Inserter insert(
            m_db.handle(),
            QStringLiteral("INSERT INTO workspaces (workspace_id, name, language, site, "
                           "owner_guance_account_id, fee_center_account_id, "
                           "settlement_method, settlement_account_id, "
                           "settlement_instance_id, settlement_changed_at, status, "
                           "lock_reason, locked_at, created_at) VALUES "
                           "(?, ?, ?, ?, NULL, ?, ?, ?, ?, NULL, ?, ?, ?, ?)"));
        const QVariant null;
        for (int i = 0; i < m_spec.workspaces; ++i) {
            const QString site = sites.at(int(m_random.uniform(quint32(sites.size()))));
            // Unique per fee-center account (R-WS-1) because unique overall.
            const QString name =
                QStringLiteral("%1-%2-%3")
                    .arg(QString::fromLatin1(words[std::size_t(i) % words.size()]), site)
                    .arg(i, 6, 10, QLatin1Char('0'));
            const int method = percent();
            QString settlement;
            // Empty, not null: a null QString binds as NULL and the columns are NOT NULL.
            QString accountId = Empty;
            QString instanceId = Empty;
            if (method < 50) {
                settlement = QStringLiteral("fee_center");
            } else if (method < 80) {
                settlement = QStringLiteral("huawei_cloud");
                const auto &[account, instance] =
                    huaweiInstances[m_random.uniform(quint32(huaweiInstances.size()))];
                accountId = account;
                instanceId = instance;
            } else if (method < 90) {
                settlement = QStringLiteral("alibaba_cloud");
                accountId = QString::number(1000000000000000LL +
                                            qint64(m_random.next64() % 8999999999999999ULL));
            } else {
                settlement = QStringLiteral("aws");
                accountId =
                    QString::number(100000000000LL + qint64(m_random.next64() % 899999999999ULL));
            }
            const int state = percent();
            const bool locked = state < 8 && settlement == u"huawei_cloud";
            const bool dissolved = state >= 98;
            const qint64 created = daysAgo(1, 1000);
            insert << m_ids.workspaceId() << name
                   << (percent() < 70 ? QStringLiteral("zh") : QStringLiteral("en")) << site
                   << pickAccount() << settlement << accountId << instanceId
                   << (locked      ? QStringLiteral("locked")
                       : dissolved ? QStringLiteral("dissolved")
                                   : QStringLiteral("active"))
                   << (locked ? QStringLiteral("huawei_instance_closed") : Empty)
                   // Locked within the retention period, some of it already over (R-SET-7).
                   << (locked ? QVariant(daysAgo(0, 20)) : null) << created;
            insert.exec();
        }
    }

    void insertCards()
    {
        // Card numbers ("61" + 14 digits) ascend through the range with random gaps, so
        // that they are unique without a lookup; the demo's own few are stepped around.
        QSet<QString> taken;
        {
            QSqlQuery existing(m_db.handle());
            existing.exec(QStringLiteral("SELECT card_number FROM stored_value_cards"));
            while (existing.next())
                taken.insert(existing.value(0).toString());
        }
        const qint64 first = 10000000000000LL;
        const qint64 stride = qMax<qint64>(2, (99999999999999LL - first) / qMax(1, m_spec.cards));
        static const std::array<qint64, 5> faceValues = {10000, 50000, 100000, 500000, 1000000};

        Inserter insert(m_db.handle(),
                        QStringLiteral("INSERT INTO stored_value_cards (card_number, "
                                       "fee_center_account_id, face_value_fen, balance_fen, "
                                       "status, purchase_type, purchased_at, expires_at, "
                                       "source_order_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const qint64 validity = qint64(Catalogue::CardValidityDays) * DayMs;
        for (int i = 0; i < m_spec.cards; ++i) {
            QString number;
            do {
                number =
                    QStringLiteral("61") +
                    QString::number(first + i * stride + qint64(m_random.uniform(quint32(stride))));
            } while (taken.contains(number));
            const qint64 face = faceValues[m_random.uniform(quint32(faceValues.size()))];
            const int kind = percent();
            QString status;
            qint64 purchased = 0;
            qint64 balance = 0;
            if (kind < 60) {
                // Still valid for at least 30 days: nothing expires while the console runs.
                status = QStringLiteral("available");
                purchased = daysAgo(0, Catalogue::CardValidityDays - 30);
                balance = 1 + qint64(m_random.uniform(quint32(face)));
            } else if (kind < 85) {
                status = QStringLiteral("used_up");
                purchased = daysAgo(0, 3 * Catalogue::CardValidityDays);
            } else {
                status = QStringLiteral("expired");
                purchased =
                    daysAgo(Catalogue::CardValidityDays + 1, 3 * Catalogue::CardValidityDays);
                balance = qint64(m_random.uniform(quint32(face)));
            }
            const bool marketplace = percent() < 70;
            insert << number << pickAccount() << face << balance << status
                   << (marketplace ? QStringLiteral("huawei_marketplace")
                                   : QStringLiteral("direct"))
                   << purchased << purchased + validity
                   << (marketplace ? orderIdAt(purchased, m_random) : Empty);
            insert.exec();
        }
    }

    store::Database &m_db;
    LargeDataSpec m_spec;
    SeededRandom m_random;
    IdGenerator m_ids;
    qint64 m_now = 0;
    std::vector<qint64> m_accounts;
};

} // namespace

namespace {

// The indexes of the big tables, as the migrations made them: dropped while the rows go
// in and made again afterwards (one sort per index instead of a million random inserts).
// So are the triggers that keep their search indexes in step (migration 18), their row
// counts (migration 19) and the fee-center accounts' totals (migration 20): the search
// indexes are rebuilt from the tables at the end instead of growing row by row, the rows
// counted and the totals computed.
QStringList dropBigTableIndexes(store::Database &db)
{
    QStringList create;
    QStringList drop;
    QSqlQuery query(db.handle());
    if (!query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE type IN "
                                   "('index', 'trigger') AND sql IS NOT NULL AND tbl_name IN "
                                   "('workspaces', 'stored_value_cards')")))
        throw store::StoreError(store::StoreError::Kind::Other, query.lastError().text(),
                                query.lastQuery());
    while (query.next()) {
        drop << QStringLiteral("DROP %1 \"%2\"")
                    .arg(query.value(0).toString().toUpper(), query.value(1).toString());
        create << query.value(2).toString();
    }
    for (const QString &statement : std::as_const(drop))
        exec(db, statement);
    return create;
}

// Search indexes (migration 18) of the big tables, refilled from their tables, their row
// counts (migration 19) counted again, the fee-center accounts' totals of their cards and
// workspaces (migration 20) computed again and their versions (migration 25) changed: their
// triggers were dropped too.
void rebuildSearchIndexes(store::Database &db)
{
    for (const char *table : {"workspaces_search", "stored_value_cards_search"})
        exec(db, QStringLiteral("INSERT INTO %1 (%1) VALUES ('rebuild')")
                     .arg(QString::fromLatin1(table)));
    for (const char *table : {"workspaces", "stored_value_cards"})
        store::RowCounts(db).recount(QString::fromLatin1(table));
    store::FeeCenterTotals(db).recompute();
    // Their versions (migration 25), which no row trigger changed: checkpoints of an order
    // kept for the rows before (ListViews, OrderCheckpoints) no longer hold.
    exec(db, QStringLiteral("UPDATE table_changes SET tag = random() WHERE table_name IN "
                            "('workspaces', 'stored_value_cards')"));
}

Result<LargeDataReport> fill(const QString &path, const LargeDataSpec &spec)
{
    static QAtomicInt connections;
    store::DatabaseConfig config;
    config.path = path;
    config.create = false;
    // Opening migrates the demo copy to the latest schema: the file is a console database.
    auto opened = store::Database::open(
        config, QStringLiteral("oc-bench-generator-%1").arg(connections.fetchAndAddRelaxed(1)));
    if (!opened.ok())
        return opened.error();
    store::Database &db = **opened;
    try {
        // Only here: a generator's file may be lost on a crash (it is written under another
        // name and renamed when complete). A rollback journal in memory instead of a WAL as
        // large as the data; the console reopens it in WAL.
        exec(db, QStringLiteral("PRAGMA journal_mode = MEMORY"));
        exec(db, QStringLiteral("PRAGMA synchronous = OFF"));
        exec(db, QStringLiteral("PRAGMA cache_size = -262144"));
        db.begin();
        const QStringList indexes = dropBigTableIndexes(db);
        LargeDataReport report = Generator(db, spec).run();
        for (const QString &create : indexes)
            exec(db, create);
        rebuildSearchIndexes(db);
        db.commit();
        exec(db, QStringLiteral("ANALYZE"));
        exec(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        return report;
    } catch (const store::StoreError &e) {
        if (db.inTransaction())
            db.rollback();
        return generatorError(QStringLiteral("store"), e.message() + QLatin1Char(' ') + e.detail());
    }
}

// Fills an empty PostgreSQL store (migrated) with rows shaped like the generator's
// (generateLargeDatabase's: the same names, spreads and shares). With every trigger on: each
// INSERT's statement-level triggers count its rows (migration 19) and sum them per
// fee-center account (migration 20) once, from its transition table.
const char *PostgresFill = R"(
INSERT INTO fee_center_accounts (username, email, password_hash, enterprise_name, created_at)
SELECT 'bench-fc-' || lpad(i::text, 4, '0'),
       'billing' || lpad(i::text, 4, '0') || '@bench-' || (i % 97) || '.example.com', 'x',
       'Bench Enterprise ' || lpad(i::text, 4, '0') || ' Co., Ltd.', 1000 + i
FROM generate_series(1::bigint, %3) i;
WITH a AS (SELECT array_agg(fee_center_account_id ORDER BY fee_center_account_id) AS ids
           FROM fee_center_accounts)
INSERT INTO workspaces (workspace_id, name, language, site, fee_center_account_id,
                        settlement_method, settlement_account_id, settlement_instance_id,
                        status, lock_reason, locked_at, created_at)
SELECT 'wksp_' || substr(md5(i::text), 1, 24),
       (ARRAY['prod','staging','dev','test','ops','billing','web','mobile','data','ml'])[1 + i % 10]
           || '-' || (ARRAY['cn1','cn2','cn3','us1','eu1','ap1'])[1 + (i / 10) % 6] || '-'
           || lpad(i::text, 6, '0'),
       CASE WHEN i % 10 < 7 THEN 'zh' ELSE 'en' END,
       (ARRAY['cn1','cn2','cn3','us1','eu1','ap1'])[1 + (i / 10) % 6],
       a.ids[1 + (i * 7) % array_length(a.ids, 1)],
       (ARRAY['fee_center','huawei_cloud','alibaba_cloud','aws'])[1 + i % 4],
       CASE WHEN i % 4 = 0 THEN '' ELSE (1000000000 + (i * 7919) % 899999999)::text END,
       CASE WHEN i % 4 = 1 THEN 'inst-' || substr(md5((i % 200)::text), 1, 12) ELSE '' END,
       CASE WHEN i % 25 = 1 THEN 'locked' ELSE 'active' END,
       CASE WHEN i % 25 = 1 THEN 'huawei_instance_closed' ELSE '' END,
       CASE WHEN i % 25 = 1 THEN 1700000000000 + i ELSE NULL END,
       1600000000000 + (i * 104729) % 86400000000
FROM generate_series(1::bigint, %1) i, a;
WITH a AS (SELECT array_agg(fee_center_account_id ORDER BY fee_center_account_id) AS ids
           FROM fee_center_accounts)
INSERT INTO stored_value_cards (card_number, fee_center_account_id, face_value_fen, balance_fen,
                                status, purchase_type, purchased_at, expires_at, source_order_id)
SELECT '61' || lpad((10000000000000 + i::bigint * 89999)::text, 14, '0'),
       a.ids[1 + (i * 13) % array_length(a.ids, 1)],
       (ARRAY[10000, 50000, 100000, 500000, 1000000])[1 + i % 5],
       (i * 37) % 10000,
       (ARRAY['available','available','used_up','expired'])[1 + i % 4],
       CASE WHEN i % 10 < 7 THEN 'huawei_marketplace' ELSE 'direct' END,
       purchased,
       purchased + 365::bigint * 86400000,
       CASE WHEN i % 10 < 7 THEN 'CS26' || upper(substr(md5(i::text), 1, 11)) ELSE '' END
FROM (SELECT i, %4::bigint - CASE
                 WHEN i % 4 < 2 THEN (i * 8021947) % (335::bigint * 86400000)
                 WHEN i % 4 = 2 THEN (i * 8021947) % (1095::bigint * 86400000)
                 ELSE 366::bigint * 86400000 + (i * 8021947) % (729::bigint * 86400000)
             END AS purchased
      FROM generate_series(1::bigint, %2) AS s(i)) g, a;
)";

} // namespace

Result<LargeDataReport> generateLargeDatabase(const QString &path, const LargeDataSpec &spec)
{
    if (spec.feeCenterAccounts < 1 || spec.workspaces < 0 || spec.cards < 0)
        return generatorError(QStringLiteral("badSpec"));
    QElapsedTimer timer;
    timer.start();
    const Result<QString> demo = demoTemplate();
    if (!demo.ok())
        return demo.error();
    // Never a half-written file under `path`: a reader (bench_views --data-dir) reuses it.
    const QString partial = path + QStringLiteral(".part");
    removeDatabaseFiles(partial);
    if (!QFile::copy(*demo, partial))
        return generatorError(QStringLiteral("copy"), partial);
    QFile(partial).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const double demoMs = double(timer.nsecsElapsed()) / 1e6;

    timer.restart();
    const Result<LargeDataReport> filled = fill(partial, spec);
    if (!filled.ok()) {
        removeDatabaseFiles(partial);
        return filled.error();
    }
    LargeDataReport report = *filled;
    // The connection is closed: the WAL has been checkpointed into the file.
    removeDatabaseFiles(path);
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (QFile::exists(partial + suffix))
            QFile::rename(partial + suffix, path + suffix);
    if (!QFile::rename(partial, path)) {
        removeDatabaseFiles(partial);
        return generatorError(QStringLiteral("rename"), path);
    }
    report.demoMs = demoMs;
    report.fillMs = double(timer.nsecsElapsed()) / 1e6;
    return report;
}

Result<store::DatabaseConfig> preparePostgresDataSet(const store::DatabaseConfig &server,
                                                     const LargeDataSpec &spec, bool *made)
{
    const store::DatabaseConfig config = store::admin::sibling(
        server, QStringLiteral("oc_list_bench_v2_w%1_c%2").arg(spec.workspaces).arg(spec.cards));
    if (made)
        *made = false;
    if (store::admin::exists(config))
        return config;
    if (const Status created = store::admin::create(config); !created.ok())
        return created.error();
    const auto fail = [&](const QString &detail) -> Error {
        store::admin::remove(config); // not half filled for the next run
        return generatorError(QStringLiteral("fillFailed"),
                              config.name + QStringLiteral(": ") + detail);
    };
    {
        auto opened = store::Database::open(config, QStringLiteral("bench-fill-") + config.name);
        if (!opened.ok())
            return fail(opened.error().toString());
        std::unique_ptr<store::Database> db = std::move(opened).value();
        QSqlDatabase handle = db->handle();
        QString error;
        if (!store::execScript(handle,
                               QString::fromLatin1(PostgresFill)
                                   .arg(spec.workspaces)
                                   .arg(spec.cards)
                                   .arg(spec.feeCenterAccounts)
                                   // The cards' times from now, as the SQLite generator's:
                                   // an available card is valid for 30 days and more, so a
                                   // backend that opens the store expires none (with fixed
                                   // times in 2020 it expired 500,000 at the first open,
                                   // and every index-only scan measured after it visited the
                                   // table: a jump to the middle 150 -> 700 ms). "v2" in the
                                   // database's name: a data set of before is not reused.
                                   .arg(QDateTime::currentMSecsSinceEpoch()),
                               &error))
            return fail(error);
        // VACUUM too, not only ANALYZE: until the visibility map is set, an index-only scan
        // (a deep page's keys) visits the table for every entry — a bulk fill's first minutes
        // would be measured slower than any store autovacuum has seen.
        QSqlQuery vacuum(handle);
        if (!vacuum.exec(QStringLiteral("VACUUM ANALYZE")))
            return fail(vacuum.lastError().text());
    }
    if (made)
        *made = true;
    return config;
}

bool takeScaleOption(ScaleOptions &options, const QString &arg, const QString &value, bool *ok)
{
    *ok = true;
    int *count = nullptr;
    if (arg == u"--workspaces")
        count = &options.workspaces;
    else if (arg == u"--cards")
        count = &options.cards;
    else if (arg == u"--baseline")
        count = &options.baseline;
    else if (arg == u"--fee-center-accounts")
        count = &options.feeCenterAccounts;
    else if (arg == u"--data-dir")
        options.dataDir = value;
    else if (arg == u"--postgres")
        options.postgres = value;
    else
        return false;
    if (count) {
        *count = value.toInt(ok);
        *ok = *ok && *count >= 1;
    }
    return true;
}

} // namespace oc::bench
