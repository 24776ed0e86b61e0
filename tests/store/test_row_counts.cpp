// Exact cached totals for unfiltered lists (issue 20, migration 0019): the tables whose row
// count is a list's total without any condition (ListViews::countedTables()) keep that count
// in row_counts through triggers, and a page without a condition reads it instead of
// counting (RowCounts). On both stores: the cached count equals count(*) after inserts
// (one row and many rows per statement), updates, deletes, a rolled-back transaction, Reset
// demo, a recount after a bulk load without the triggers, and writers on several
// connections at once; the page's total is the cached number (a count made wrong on
// purpose shows through, then is put right) while filtered and searched totals, and every
// total of Access::Scanned, are still counted. On PostgreSQL (one row of row_counts per
// writing statement, folded now and then): writers on two connections, committed and
// rolled back; foldings racing writers and each other; a reader folding a count spread
// over many rows; TRUNCATE.

#include "TestSupport.h"
#include "large_data_generator.h"
#include "services/ServiceHost.h"
#include "store/Database.h"
#include "store/ListViews.h"
#include "store/RowCounts.h"

#include <QScopeGuard>
#include <QThread>

#include <atomic>
#include <thread>
#include <vector>

using namespace oc;
using namespace oc::store;
using namespace Qt::StringLiterals;

namespace {

qint64 rowCount(Database &db, const QString &table, const QString &where = {})
{
    SqlQuery query(db, u"SELECT count(*) FROM "_s + table + where);
    query.exec();
    return query.next() ? query.integer(0) : -1;
}

void insertAccount(Database &db, qint64 id)
{
    SqlQuery(db, u"INSERT INTO fee_center_accounts (fee_center_account_id, username, email, "
                 "password_hash, enterprise_name, created_at) VALUES (:id, :u, :e, 'x', "
                 "'杭州联云科技有限公司', :id)"_s)
        .bind(u":id"_s, id)
        .bind(u":u"_s, u"counted-fc-%1"_s.arg(id))
        .bind(u":e"_s, u"fc%1@example.com"_s.arg(id))
        .exec();
}

QString cardNumber(int i)
{
    return u"62%1"_s.arg(i, 14, 10, QChar(u'0'));
}

// Cards first .. first + n - 1 of `account`, in one statement (PostgreSQL: one row of
// row_counts for all of them).
void insertCards(Database &db, qint64 account, int first, int n)
{
    QStringList values;
    for (int i = first; i < first + n; ++i)
        values << u"('%1', %2, 10000, %3, 'available', 'direct', %4, %5, '')"_s.arg(cardNumber(i))
                      .arg(account)
                      .arg(i % 10000)
                      .arg(1000 + i)
                      .arg(90000 + i);
    SqlQuery(db, u"INSERT INTO stored_value_cards (card_number, fee_center_account_id, "
                 "face_value_fen, balance_fen, status, purchase_type, purchased_at, "
                 "expires_at, source_order_id) VALUES "_s +
                     values.join(u", "_s))
        .exec();
}

void insertWorkspace(Database &db, qint64 account, int i)
{
    SqlQuery(db, u"INSERT INTO workspaces (workspace_id, name, language, site, "
                 "fee_center_account_id, settlement_method, status, created_at) VALUES (:id, "
                 ":n, 'zh', 'cn1', :f, 'fee_center', 'active', :t)"_s)
        .bind(u":id"_s, u"wksp_counted_%1"_s.arg(i))
        .bind(u":n"_s, u"生产环境-%1"_s.arg(i))
        .bind(u":f"_s, account)
        .bind(u":t"_s, 5000 + i)
        .exec();
}

void insertJournal(Database &db, int i)
{
    SqlQuery(db, u"INSERT INTO journal (at, actor, operation, resource_type, target, outcome) "
                 "VALUES (:t, 'test', 'count', 'journal', :target, 'success')"_s)
        .bind(u":t"_s, 7000 + i)
        .bind(u":target"_s, u"t%1"_s.arg(i))
        .exec();
}

// The cached count of `table` (-1: none).
qint64 cached(Database &db, const char *table)
{
    return RowCounts(db).total(QString::fromLatin1(table)).value_or(-1);
}

ListQuery unfiltered(const QString &view)
{
    ListQuery query;
    query.view = view;
    query.limit = 5;
    return query;
}

// Every counted table's cached count is its count(*), and every view's unfiltered total
// (cached where it can be) is the one counted as before issue 20.
void expectExact(Database &db, const char *step)
{
    for (const QString &table : ListViews::countedTables())
        QVERIFY2(RowCounts(db).total(table) == rowCount(db, table),
                 qPrintable(u"%1: %2 has %3 rows, cached %4"_s.arg(QLatin1String(step), table)
                                .arg(rowCount(db, table))
                                .arg(RowCounts(db).total(table).value_or(-1))));
    for (const QString &view : ListViews::viewNames()) {
        const qint64 scanned =
            ListViews(db, ListViews::Access::Scanned).page(unfiltered(view)).total;
        QVERIFY2(ListViews(db).page(unfiltered(view)).total == scanned,
                 qPrintable(u"%1: view %2"_s.arg(QLatin1String(step), view)));
    }
}

// Makes `table`'s cached count wrong by `by` (a test's doing: nothing else writes
// row_counts but the triggers and the folding).
void shiftCount(Database &db, const QString &table, qint64 by)
{
    SqlQuery(db, u"INSERT INTO row_counts (table_name, delta) VALUES (:t, :d)"_s)
        .bind(u":t"_s, table)
        .bind(u":d"_s, by)
        .exec();
}

// SQLite keeps one row per table (its primary key): the shift goes into it.
void desynchronise(Database &db, const QString &table, qint64 by)
{
    if (db.dialect().kind() == SqlDialect::Kind::Postgres)
        return shiftCount(db, table, by);
    SqlQuery(db, u"UPDATE row_counts SET delta = delta + :d WHERE table_name = :t"_s)
        .bind(u":t"_s, table)
        .bind(u":d"_s, by)
        .exec();
}

} // namespace

class TestRowCounts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { OC_REQUIRE_STORE(); }
    void init();
    void cleanup();
    void everyCountedTableIsCounted();
    void countsFollowInsertsUpdatesDeletesAndRollbacks();
    void pageTotalIsTheCachedCount();
    void emptyPageAndExportTotalsAreTheCachedCount();
    void recountAfterABulkLoadWithoutTriggers();
    void generatedLargeDatabaseIsCounted();
    void demoResetKeepsTheCounts();
    void concurrentWritersOnManyConnections();
    void postgresWritersOnTwoConnections();
    void postgresFoldingRacingAWriter();
    void postgresFoldingsRacingEachOther();
    void postgresReaderFoldsASpreadCount();
    void postgresTruncateCountsZero();

private:
    bool onPostgres() const { return m_store.onPostgres(); }

    oc::test::FreshStore m_store;
};

void TestRowCounts::init()
{
    const QString error = m_store.open(u"counts.sqlite"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestRowCounts::cleanup()
{
    m_store.close();
}

// The views' tables and the migration's agree: a view whose total is read from row_counts
// has its table counted there (otherwise it would be counted after all: COALESCE).
void TestRowCounts::everyCountedTableIsCounted()
{
    const QStringList tables = ListViews::countedTables();
    for (const char *table : {"fee_center_accounts", "stored_value_cards", "workspaces", "orders",
                              "journal", "authentications", "cts_traces"})
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    QCOMPARE(RowCounts(m_store.db()).tables(), tables);
    expectExact(m_store.db(), "fresh");
}

void TestRowCounts::countsFollowInsertsUpdatesDeletesAndRollbacks()
{
    Database &db = m_store.db();
    {
        Transaction tx(db);
        insertAccount(db, 1);
        insertAccount(db, 2);
        insertCards(db, 1, 0, 25); // many rows in one statement
        insertCards(db, 2, 25, 1); // one
        for (int i = 0; i < 6; ++i)
            insertWorkspace(db, 1 + i % 2, i);
        insertJournal(db, 0);
        tx.commit();
    }
    expectExact(db, "inserted");
    QCOMPARE(cached(db, "stored_value_cards"), 26);

    // Updates change no membership: the counts stay.
    SqlQuery(db, u"UPDATE stored_value_cards SET status = 'used_up', balance_fen = 0 WHERE "
                 "fee_center_account_id = 1"_s)
        .exec();
    SqlQuery(db, u"UPDATE workspaces SET name = name || '-x'"_s).exec();
    expectExact(db, "updated");

    // Deletes: several rows in one statement, and one.
    SqlQuery(db, u"DELETE FROM stored_value_cards WHERE balance_fen = 0"_s).exec();
    SqlQuery(db, u"DELETE FROM workspaces WHERE workspace_id = 'wksp_counted_0'"_s).exec();
    expectExact(db, "deleted");
    QCOMPARE(cached(db, "stored_value_cards"), 1);

    // A rolled-back transaction counts nothing.
    {
        Transaction tx(db);
        insertCards(db, 2, 100, 40);
        insertAccount(db, 3);
        SqlQuery(db, u"DELETE FROM workspaces"_s).exec();
        insertJournal(db, 1);
        QCOMPARE(cached(db, "stored_value_cards"), 41); // its own rows, inside
    }                                                   // rolled back
    expectExact(db, "rolled back");
    QCOMPARE(cached(db, "stored_value_cards"), 1);

    // Every row deleted (SQLite: a DELETE without WHERE still runs the row triggers).
    SqlQuery(db, u"DELETE FROM stored_value_cards"_s).exec();
    expectExact(db, "emptied");
    QCOMPARE(cached(db, "stored_value_cards"), 0);
}

// The page's total of an unfiltered list is the cached count: made wrong on purpose, the
// page shows it (no count(*) ran), Access::Scanned does not; any condition is counted.
void TestRowCounts::pageTotalIsTheCachedCount()
{
    Database &db = m_store.db();
    {
        Transaction tx(db);
        insertAccount(db, 1);
        insertAccount(db, 2);
        insertCards(db, 1, 0, 30);
        insertCards(db, 2, 30, 12);
        for (int i = 0; i < 4; ++i)
            insertWorkspace(db, 1, i);
        tx.commit();
    }
    SqlQuery(db, u"UPDATE stored_value_cards SET status = 'expired' WHERE balance_fen < 5"_s)
        .exec();
    const qint64 cards = rowCount(db, u"stored_value_cards"_s);
    QCOMPARE(cards, 42);
    desynchronise(db, u"stored_value_cards"_s, 1000);
    auto restore = qScopeGuard([&] { desynchronise(db, u"stored_value_cards"_s, -1000); });

    ListQuery all = unfiltered(QString::fromLatin1(view::StoredValueCards));
    ListPage page = ListViews(db).page(all);
    QCOMPARE(page.total, cards + 1000);
    QCOMPARE(page.rows.size(), 5);
    // Sorted by another column, read backwards: still no condition, still the cached count.
    all.sortColumn = QString::fromLatin1(column::Balance);
    all.descending = true;
    QCOMPARE(ListViews(db).page(all).total, cards + 1000);
    // As before issue 20: counted.
    QCOMPARE(ListViews(db, ListViews::Access::Scanned).page(all).total, cards);

    // Any condition is counted: a filter, a search (short: scanned; long: the index).
    ListQuery filtered = all;
    filtered.filters.insert(QString::fromLatin1(column::Status), u"expired"_s);
    QCOMPARE(ListViews(db).page(filtered).total,
             rowCount(db, u"stored_value_cards"_s, u" WHERE status = 'expired'"_s));
    QVERIFY(ListViews(db).page(filtered).total > 0);
    filtered.filters.clear();
    filtered.filters.insert(QString::fromLatin1(column::FeeCenterAccountId), 2);
    QCOMPARE(ListViews(db).page(filtered).total, 12);
    for (const QString &search : {u"62"_s, u"0000000000003"_s, u"counted-fc-2"_s, u"x"_s}) {
        ListQuery searched = all;
        searched.search = search;
        QCOMPARE(ListViews(db).page(searched).total,
                 ListViews(db, ListViews::Access::Scanned).page(searched).total);
    }
    ListQuery searched = all;
    searched.search = u"counted-fc-2"_s;
    QCOMPARE(ListViews(db).page(searched).total, 12);
    searched.search = u"62"_s;
    QCOMPARE(ListViews(db).page(searched).total, cards);

    // The other counted views are not touched by it.
    QCOMPARE(ListViews(db).page(unfiltered(QString::fromLatin1(view::Workspaces))).total, 4);
    QCOMPARE(ListViews(db).page(unfiltered(QString::fromLatin1(view::FeeCenterAccounts))).total, 2);

    restore.dismiss();
    desynchronise(db, u"stored_value_cards"_s, -1000);
    QCOMPARE(ListViews(db).page(unfiltered(QString::fromLatin1(view::StoredValueCards))).total,
             cards);
    expectExact(db, "restored");
}

// A page past the end carries no row, its total is read on its own; an export's total
// (forEachRow) too: both the cached count.
void TestRowCounts::emptyPageAndExportTotalsAreTheCachedCount()
{
    Database &db = m_store.db();
    insertAccount(db, 1);
    insertCards(db, 1, 0, 8);
    desynchronise(db, u"stored_value_cards"_s, 50);
    ListQuery past = unfiltered(QString::fromLatin1(view::StoredValueCards));
    past.offset = 20;
    const ListPage page = ListViews(db).page(past);
    QVERIFY(page.rows.isEmpty());
    QCOMPARE(page.total, 58);
    QCOMPARE(ListViews(db, ListViews::Access::Scanned).page(past).total, 8);

    qint64 exportTotal = -1;
    const qint64 delivered =
        ListViews(db).forEachRow(past, [&](const QVariantList &, qint64, qint64 total) {
            exportTotal = total;
            return true;
        });
    QCOMPARE(delivered, 8);
    QCOMPARE(exportTotal, 58);
    ListQuery searched = past;
    searched.search = u"62"_s;
    ListViews(db).forEachRow(searched, [&](const QVariantList &, qint64, qint64 total) {
        exportTotal = total;
        return true;
    });
    QCOMPARE(exportTotal, 8);

    desynchronise(db, u"stored_value_cards"_s, -50);
    expectExact(db, "restored");
}

// A bulk load that drops the triggers while its rows go in (bench_generate_large) counts
// again afterwards (RowCounts::recount), in a transaction that holds off other writers.
void TestRowCounts::recountAfterABulkLoadWithoutTriggers()
{
    Database &db = m_store.db();
    insertAccount(db, 1);
    insertCards(db, 1, 0, 10);
    desynchronise(db, u"stored_value_cards"_s, -7); // as if rows went in uncounted
    QCOMPARE(cached(db, "stored_value_cards"), 3);
    {
        Transaction tx(db);
        RowCounts(db).recount(u"stored_value_cards"_s);
        tx.commit();
    }
    QCOMPARE(cached(db, "stored_value_cards"), 10);
    QCOMPARE(RowCounts(db).parts(u"stored_value_cards"_s), 1);
    expectExact(db, "recounted");

    bool refused = false;
    try {
        Transaction tx(db);
        RowCounts(db).recount(u"drafts"_s); // not counted
    } catch (const StoreError &) {
        refused = true;
    }
    QVERIFY(refused);
    expectExact(db, "not counted");
}

// bench_generate_large drops the big tables' triggers while its rows go in and counts them
// afterwards: its files carry exact counts (SQLite files only).
void TestRowCounts::generatedLargeDatabaseIsCounted()
{
    if (onPostgres())
        QSKIP("SQLite only: bench_generate_large writes SQLite files");
    bench::LargeDataSpec spec;
    spec.workspaces = 120;
    spec.cards = 700;
    spec.feeCenterAccounts = 7;
    const QString path = m_store.dir().filePath(u"large.sqlite"_s);
    const auto report = bench::generateLargeDatabase(path, spec);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
    const auto db = oc::test::openStore(path);
    expectExact(*db, "generated");
    QVERIFY(RowCounts(*db).total(u"stored_value_cards"_s).value_or(0) >= 700);
    QVERIFY(RowCounts(*db).total(u"workspaces"_s).value_or(0) >= 120);
}

// The demo copy (made from its template: a file copy, or CREATE DATABASE ... TEMPLATE)
// carries the template's counts; changed, then reset, it is exact every time.
void TestRowCounts::demoResetKeepsTheCounts()
{
    const oc::test::DemoDatabase demo = oc::test::demoDatabase(m_store.dir());
    const auto drop = qScopeGuard([&] { oc::test::dropDatabase(demo.copy); });
    ServiceHost host(oc::test::demoHostOptions(demo));
    QVERIFY2(host.open().ok(), "open the demo");
    qint64 cards = 0;
    {
        const auto db = oc::test::openStore(demo.copy);
        expectExact(*db, "demo");
        cards = rowCount(*db, u"stored_value_cards"_s);
        QVERIFY(cards > 0);
        QVERIFY(rowCount(*db, u"orders"_s) > 0);
        QVERIFY(rowCount(*db, u"journal"_s) > 0);
        SqlQuery accounts(*db, u"SELECT min(fee_center_account_id) FROM fee_center_accounts"_s);
        accounts.exec();
        QVERIFY(accounts.next());
        insertCards(*db, accounts.integer(0), 900000, 5);
        insertJournal(*db, 1);
        expectExact(*db, "demo changed");
    }
    const Status reset = host.resetDemo();
    QVERIFY2(reset.ok(), qPrintable(reset.ok() ? QString() : reset.error().toString()));
    const auto db = oc::test::openStore(demo.copy);
    expectExact(*db, "demo reset");
    QCOMPARE(cached(*db, "stored_value_cards"), cards);
}

// Writers on several connections at once (threads, each its own connection; PostgreSQL:
// concurrent transactions, SERIALIZABLE as the services run them; SQLite: one writer at a
// time, the others waiting), some rolled back, some deleting; on PostgreSQL a folder folds
// all the while. The counts are exact at the end.
void TestRowCounts::concurrentWritersOnManyConnections()
{
    insertAccount(m_store.db(), 1);
    constexpr int Writers = 3;
    constexpr int Rounds = 30;
    std::atomic<int> writersDone{0};
    std::atomic<int> failures{0};
    std::atomic<int> foldings{0};
    const DatabaseConfig config = m_store.config();
    std::vector<std::thread> threads;
    for (int w = 0; w < Writers; ++w)
        threads.emplace_back([&, w] {
            {
                auto opened = Database::open(config, oc::test::uniqueConnection("writer"));
                if (!opened.ok()) {
                    ++failures;
                    ++writersDone;
                    return;
                }
                Database &db = *opened.value();
                for (int round = 0; round < Rounds; ++round) {
                    const int first = (w * Rounds + round) * 10;
                    for (int attempt = 0; attempt < 20; ++attempt) {
                        try {
                            Transaction tx(db);
                            insertCards(db, 1, first, 1 + round % 4);
                            insertJournal(db, first);
                            if (round % 3 == 2)
                                SqlQuery(db, u"DELETE FROM stored_value_cards WHERE "
                                             "card_number = :n"_s)
                                    .bind(u":n"_s, cardNumber(first))
                                    .exec();
                            if (round % 5 == 4)
                                break; // rolled back
                            tx.commit();
                            break;
                        } catch (const StoreError &e) {
                            if (e.kind() != StoreError::Kind::Conflict &&
                                e.kind() != StoreError::Kind::Busy) {
                                qWarning("writer %d: %s", w, qPrintable(e.detail()));
                                ++failures;
                                break;
                            }
                            QThread::msleep(2);
                        }
                    }
                }
            }
            ++writersDone;
        });
    if (onPostgres())
        threads.emplace_back([&] {
            auto opened = Database::open(config, oc::test::uniqueConnection("folder"));
            if (!opened.ok()) {
                ++failures;
                return;
            }
            while (writersDone.load() < Writers) {
                if (RowCounts(*opened.value()).compact(0))
                    ++foldings;
                QThread::msleep(1);
            }
        });
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(failures.load(), 0);
    expectExact(m_store.db(), "after the writers");
    QVERIFY(rowCount(m_store.db(), u"stored_value_cards"_s) > 100);
    if (onPostgres())
        qInfo("%d foldings ran between the writers", foldings.load());
}

// PostgreSQL: two transactions insert at once (each its own row of row_counts, neither
// waits for the other: both run on this one thread, where a wait would hang), both
// commit; a third deletes and inserts and rolls back. A reader meanwhile sees the
// committed count only. Each writes the cards of its own fee-center account: writers of
// one account's cards take turns on its totals' row (migration 20, test_fc_totals).
void TestRowCounts::postgresWritersOnTwoConnections()
{
    if (!onPostgres())
        QSKIP("PostgreSQL only: SQLite has one writer at a time");
    insertAccount(m_store.db(), 1);
    insertAccount(m_store.db(), 2);
    insertCards(m_store.db(), 2, 0, 3);
    auto a = oc::test::openStore(m_store.config());
    auto b = oc::test::openStore(m_store.config());
    {
        Transaction ta(*a);
        Transaction tb(*b);
        insertCards(*a, 1, 100, 4);
        insertCards(*b, 2, 200, 6);
        SqlQuery(*b, u"DELETE FROM stored_value_cards WHERE card_number = :n"_s)
            .bind(u":n"_s, cardNumber(0))
            .exec();
        insertCards(*a, 1, 110, 1);
        QCOMPARE(ListViews(m_store.db())
                     .page(unfiltered(QString::fromLatin1(view::StoredValueCards)))
                     .total,
                 3);
        ta.commit();
        QCOMPARE(cached(m_store.db(), "stored_value_cards"), 8);
        tb.commit();
    }
    expectExact(m_store.db(), "both committed");
    QCOMPARE(cached(m_store.db(), "stored_value_cards"), 13);
    {
        Transaction ta(*a);
        Transaction tb(*b);
        insertCards(*a, 1, 300, 5);
        SqlQuery(*b, u"DELETE FROM stored_value_cards WHERE card_number IN (:x, :y)"_s)
            .bind(u":x"_s, cardNumber(1))
            .bind(u":y"_s, cardNumber(2))
            .exec();
        insertCards(*b, 2, 400, 2);
        tb.commit();
        // ta rolls back
    }
    expectExact(m_store.db(), "one rolled back");
    QCOMPARE(cached(m_store.db(), "stored_value_cards"), 13);
}

// PostgreSQL: a folding never loses a delta that is in flight or commits meanwhile: one
// run while a writer's transaction is open, and one whose own transaction is open while a
// writer commits.
void TestRowCounts::postgresFoldingRacingAWriter()
{
    if (!onPostgres())
        QSKIP("PostgreSQL only: SQLite keeps one row per table, nothing to fold");
    insertAccount(m_store.db(), 1);
    for (int i = 0; i < 5; ++i)
        insertCards(m_store.db(), 1, i * 10, 2); // five rows of row_counts
    QVERIFY(RowCounts(m_store.db()).parts(u"stored_value_cards"_s) >= 5);

    auto writer = oc::test::openStore(m_store.config());
    {
        Transaction tx(*writer);
        insertCards(*writer, 1, 100, 3);
        QVERIFY(RowCounts(m_store.db()).compact(0)); // folds the committed rows, not the writer's
        QCOMPARE(cached(m_store.db(), "stored_value_cards"), 10);
        tx.commit();
    }
    expectExact(m_store.db(), "folded while a writer was in flight");
    QCOMPARE(cached(m_store.db(), "stored_value_cards"), 13);

    // The folding's own transaction open (READ COMMITTED, as a plain statement runs)
    // while a writer commits a row and another deletes one.
    auto folder = oc::test::openStore(m_store.config());
    folder->execute(u"BEGIN ISOLATION LEVEL READ COMMITTED"_s);
    SqlQuery(*folder, folder->dialect().compactRowCounts()).bind(u":parts"_s, 0).exec();
    insertCards(*writer, 1, 200, 4);
    SqlQuery(*writer, u"DELETE FROM stored_value_cards WHERE card_number = :n"_s)
        .bind(u":n"_s, cardNumber(0))
        .exec();
    folder->execute(u"COMMIT"_s);
    expectExact(m_store.db(), "a writer committed while a folding was in flight");
    QCOMPARE(cached(m_store.db(), "stored_value_cards"), 16);
}

// PostgreSQL: two foldings of the same rows: the second waits for the first's row locks,
// then skips the rows it deleted (READ COMMITTED) — no delta folded twice.
void TestRowCounts::postgresFoldingsRacingEachOther()
{
    if (!onPostgres())
        QSKIP("PostgreSQL only: SQLite keeps one row per table, nothing to fold");
    insertAccount(m_store.db(), 1);
    for (int i = 0; i < 6; ++i)
        insertCards(m_store.db(), 1, i * 10, 3);
    auto first = oc::test::openStore(m_store.config());
    first->execute(u"BEGIN ISOLATION LEVEL READ COMMITTED"_s);
    SqlQuery(*first, first->dialect().compactRowCounts()).bind(u":parts"_s, 0).exec();

    std::atomic<bool> secondDone{false};
    std::atomic<bool> secondFolded{false};
    const DatabaseConfig config = m_store.config();
    std::thread second([&] {
        {
            auto opened = Database::open(config, oc::test::uniqueConnection("second-folder"));
            if (opened.ok())
                secondFolded = RowCounts(*opened.value()).compact(0);
        }
        secondDone = true;
    });
    QThread::msleep(300);
    const bool waited = !secondDone.load(); // on the first's row locks
    insertCards(m_store.db(), 1, 500, 2);   // a delta neither folding sees at first
    first->execute(u"COMMIT"_s);
    second.join();
    QVERIFY(waited);
    expectExact(m_store.db(), "two foldings");
    QCOMPARE(cached(m_store.db(), "stored_value_cards"), 20);
    RowCounts(m_store.db()).compact(0);
    QCOMPARE(RowCounts(m_store.db()).parts(u"stored_value_cards"_s), 1);
    expectExact(m_store.db(), "folded again");
    Q_UNUSED(secondFolded);
}

// PostgreSQL: a count spread over more rows than RowCounts::FoldAbove is folded by the
// list page that reads it (and by an open of the store).
void TestRowCounts::postgresReaderFoldsASpreadCount()
{
    if (!onPostgres())
        QSKIP("PostgreSQL only: SQLite keeps one row per table, nothing to fold");
    insertAccount(m_store.db(), 1);
    for (int i = 0; i < RowCounts::FoldAbove + 5; ++i)
        insertCards(m_store.db(), 1, i * 10, 1 + i % 3);
    const qint64 cards = rowCount(m_store.db(), u"stored_value_cards"_s);
    QVERIFY(RowCounts(m_store.db()).parts(u"stored_value_cards"_s) > RowCounts::FoldAbove);
    QCOMPARE(
        ListViews(m_store.db()).page(unfiltered(QString::fromLatin1(view::StoredValueCards))).total,
        cards);
    QCOMPARE(RowCounts(m_store.db()).parts(u"stored_value_cards"_s), 1);
    expectExact(m_store.db(), "folded by the reader");

    for (int i = 0; i < RowCounts::FoldAbove + 2; ++i)
        insertJournal(m_store.db(), i);
    QVERIFY(RowCounts(m_store.db()).parts(u"journal"_s) > RowCounts::FoldAbove);
    {
        const auto opened = oc::test::openStore(m_store.config());
        QCOMPARE(RowCounts(*opened).parts(u"journal"_s), 1);
    }
    expectExact(m_store.db(), "folded by an open");
    // Inside a transaction the reader leaves them (a folding's failure would end it).
    for (int i = 0; i < RowCounts::FoldAbove + 2; ++i)
        insertJournal(m_store.db(), 100 + i);
    {
        Transaction tx(m_store.db());
        QVERIFY(!RowCounts(m_store.db()).compact(0));
        QVERIFY(RowCounts(m_store.db()).parts(u"journal"_s) > RowCounts::FoldAbove);
    }
}

// PostgreSQL: TRUNCATE (a statement the row triggers do not see) sets the count to 0.
void TestRowCounts::postgresTruncateCountsZero()
{
    if (!onPostgres())
        QSKIP("PostgreSQL only: SQLite has no TRUNCATE");
    for (int i = 0; i < 7; ++i)
        insertJournal(m_store.db(), i);
    QCOMPARE(cached(m_store.db(), "journal"), 7);
    m_store.db().execute(u"TRUNCATE journal"_s);
    expectExact(m_store.db(), "truncated");
    QCOMPARE(cached(m_store.db(), "journal"), 0);
    insertJournal(m_store.db(), 8);
    expectExact(m_store.db(), "after the truncate");
}

QTEST_GUILESS_MAIN(TestRowCounts)
#include "test_row_counts.moc"
