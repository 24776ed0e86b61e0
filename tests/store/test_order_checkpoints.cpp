// Deep pages from checkpoints of the order (issue 20, migrations 0023 and 0025): a page far
// into a big list starts from the checkpoint of its order before it instead of walking the
// order from an end (store/ListViews.cpp, OrderCheckpoints), on both stores. Checked here with a
// checkpoint every 16 rows over a few hundred cards whose order columns repeat (ties broken
// by the card number):
// - every page, at offsets on, around and between checkpoints, past the end, forwards and
//   with the total known (a page past the middle is otherwise read backwards), for every
//   column of the cards list in both directions and with filters, is the page that walking
//   the order reads (Access::Scanned), and is read from a checkpoint;
// - an insert, an update of an order column and a delete each outdate them: the next deep
//   page is walked, the same page, and has them made again; a rolled-back change and a change
//   to another table leave them in use;
// - folding table_changes keeps a table's version (the sum of its tags; PostgreSQL), and on
//   SQLite each table's one tag changes with every row changed, and only then;
// - a deep page walked has them made in the background (one job, however often the list is
//   read meanwhile), a first page or a short list does not, and the service host makes
//   those of the big lists' default orders when the store opens;
// - sorted by a joined table's column (the account's name), the same, and a change to either
//   table outdates them;
// - none for an order of a nullable column or a search (on SQLite: of a key column holding a
//   NULL), none from a job told to stop;
// - SQLite: an order whose statement takes too long (it sorts) is given up: its deep pages
//   are walked and no job is asked for them again;
// - a store has big lists (hasBigLists) once a list's base table reaches the rows that
//   checkpoints are made for;
// - SQLite: the billing API's page of raw cells leaves a deep page to them.

#include "TestSupport.h"
#include "services/ListService.h"
#include "services/ServiceHost.h"
#include "store/Database.h"
#include "store/ListViews.h"

#include <QElapsedTimer>
#include <QThread>

using namespace oc;
using namespace oc::store;
using namespace Qt::StringLiterals;

namespace {

constexpr int Step = 16;
constexpr int Cards = 300;

QString cardNumber(int i)
{
    return u"63%1"_s.arg(i, 14, 10, QChar(u'0'));
}

void insertAccount(Database &db, qint64 id)
{
    SqlQuery(db, u"INSERT INTO fee_center_accounts (fee_center_account_id, username, email, "
                 "password_hash, enterprise_name, created_at) VALUES (:id, :u, :e, 'x', '', :id)"_s)
        .bind(u":id"_s, id)
        .bind(u":u"_s, u"checkpoint-fc-%1"_s.arg(id))
        .bind(u":e"_s, u"cp%1@example.com"_s.arg(id))
        .exec();
}

// Card `i`: its order columns repeat every few cards (ties), two accounts, three statuses.
void insertCard(Database &db, int i)
{
    static const char *statuses[] = {"available", "used_up", "expired"};
    SqlQuery(db, u"INSERT INTO stored_value_cards (card_number, fee_center_account_id, "
                 "face_value_fen, balance_fen, status, purchase_type, purchased_at, expires_at, "
                 "source_order_id) VALUES (:n, :a, :f, :b, :s, :p, :t, :e, :o)"_s)
        .bind(u":n"_s, cardNumber(i))
        .bind(u":a"_s, 1 + i % 2)
        .bind(u":f"_s, 10000 * (1 + i % 4))
        .bind(u":b"_s, (i * 7) % 50)
        .bind(u":s"_s, QString::fromLatin1(statuses[i % 3]))
        .bind(u":p"_s, i % 5 == 0 ? u"direct"_s : u"huawei_marketplace"_s)
        .bind(u":t"_s, 1000 + i % 37)
        .bind(u":e"_s, 90000 + i % 11)
        .bind(u":o"_s, u"CS%1"_s.arg(i % 23, 6, 10, QChar(u'0')))
        .exec();
}

void fill(Database &db)
{
    insertAccount(db, 1);
    insertAccount(db, 2);
    Transaction tx(db);
    for (int i = 0; i < Cards; ++i)
        insertCard(db, i);
    tx.commit();
}

ListQuery cards(const QString &sort = {}, bool descending = false, QVariantMap filters = {})
{
    ListQuery query;
    query.view = QString::fromLatin1(view::StoredValueCards);
    query.sortColumn = sort;
    query.descending = descending;
    query.filters = std::move(filters);
    query.withTotal = false;
    return query;
}

ListQuery at(ListQuery query, int offset, int limit, qint64 knownTotal = -1)
{
    query.offset = offset;
    query.limit = limit;
    query.knownTotal = knownTotal;
    return query;
}

QString describe(const ListQuery &query)
{
    QStringList filters;
    for (auto it = query.filters.cbegin(); it != query.filters.cend(); ++it)
        filters << it.key() + u'=' + it.value().toString();
    return u"sort %1%2, filters [%3], offset %4, limit %5, known total %6"_s
        .arg(query.sortColumn.isEmpty() ? u"(default)"_s : query.sortColumn)
        .arg(query.descending ? u" desc"_s : QString())
        .arg(filters.join(u", "_s))
        .arg(query.offset)
        .arg(query.limit)
        .arg(query.knownTotal);
}

// The rows of a page read from the store, and whether from a checkpoint.
struct Read
{
    QList<QVariantList> rows;
    bool fromCheckpoint = false;
};

Read readPage(Database &db, const ListQuery &query)
{
    ListViews views(db);
    Read read;
    read.rows = views.page(query).rows;
    read.fromCheckpoint = views.lastPageFromCheckpoint();
    return read;
}

QList<QVariantList> walkedPage(Database &db, const ListQuery &query)
{
    return ListViews(db, ListViews::Access::Scanned).page(query).rows;
}

// The pages of `order` at `offsets` are the walked ones, read from checkpoints or not. Not:
// only the first is read (outdated, the next would be walked as well), then the
// checkpoints are made again.
void expectDeepPages(Database &db, const ListQuery &order, const QList<int> &offsets, int limit,
                     bool fromCheckpoint, const char *step)
{
    for (const int offset : offsets) {
        const ListQuery query = at(order, offset, limit);
        const Read read = readPage(db, query);
        QVERIFY2(read.rows == walkedPage(db, query), step);
        QVERIFY2(read.fromCheckpoint == fromCheckpoint, step);
        if (!fromCheckpoint)
            break;
    }
    if (!fromCheckpoint)
        QVERIFY2(ListViews(db).prepareOrder(order), step);
}

qint64 total(Database &db, const ListQuery &query)
{
    ListQuery counted = query;
    counted.withTotal = true;
    counted.limit = 1;
    return ListViews(db).page(counted).total;
}

QString version(Database &db, const QString &table)
{
    SqlQuery query(db,
                   u"SELECT sum(tag)::text, count(*) FROM table_changes WHERE table_name = :t"_s);
    query.bind(u":t"_s, table).exec();
    return query.next() ? query.text(0) : QString();
}

qint64 changeRows(Database &db, const QString &table)
{
    SqlQuery query(db, u"SELECT count(*) FROM table_changes WHERE table_name = :t"_s);
    query.bind(u":t"_s, table).exec();
    return query.next() ? query.integer(0) : -1;
}

// Waits up to 10 s for `ready`.
bool waitFor(const std::function<bool()> &ready)
{
    QElapsedTimer timer;
    timer.start();
    while (!ready()) {
        if (timer.elapsed() > 10000)
            return false;
        QThread::msleep(20);
    }
    return true;
}

} // namespace

class TestOrderCheckpoints : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { OC_REQUIRE_STORE(); }
    void init();
    void cleanup();
    void deepPagesFromCheckpointsAreTheWalkedPages();
    void aChangeOutdatesTheCheckpoints();
    void foldingKeepsTheVersion();
    void aDeepPageWalkedHasThemMadeInTheBackground();
    void theHostMakesThoseOfTheBigListsWhenTheStoreOpens();
    void noneForNullableOrdersOrASearch();
    void aChangeToTheJoinedTableOutdatesItsOrder();
    void aJobToldToStopMakesNone();
    void sqliteTagsChangeWithTheirRows();
    void noneOnSqliteForAKeyHoldingNull();
    void rawCellsLeaveDeepPagesToTheCheckpoints();
    void anOrderTooSlowOnSqliteIsGivenUp();
    void bigListsAreThoseOfEnoughRows();

private:
    bool onPostgres() const { return m_store.onPostgres(); }

    oc::test::FreshStore m_store;
};

void TestOrderCheckpoints::init()
{
    ListViews::setCheckpointRows(Step, 4 * Step);
    const QString error = m_store.open(u"checkpoints.sqlite"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    fill(m_store.db());
}

void TestOrderCheckpoints::cleanup()
{
    m_store.close();
    ListViews::setCheckpointRows(2048, 65536);
    ListViews::setCheckpointGiveUp(250);
}

void TestOrderCheckpoints::deepPagesFromCheckpointsAreTheWalkedPages()
{
    Database &db = m_store.db();
    QList<ListQuery> orders;
    orders << cards() << cards({}, true);
    for (const auto column :
         {column::CardNumber, column::FaceValue, column::Balance, column::Status,
          column::PurchaseType, column::PurchasedAt, column::ExpiresAt, column::SourceOrderId})
        for (const bool descending : {false, true})
            orders << cards(QString::fromLatin1(column), descending);
    // Sorted by the account's name (a joined table): its rows in the order of the name, each
    // account's cards by their number.
    for (const bool descending : {false, true})
        orders << cards(QString::fromLatin1(column::FeeCenterUsername), descending)
               << cards(QString::fromLatin1(column::FeeCenterUsername), descending,
                        {{QString::fromLatin1(column::Status), u"used_up"_s}});
    orders << cards(QString::fromLatin1(column::Balance), true,
                    {{QString::fromLatin1(column::Status), u"available"_s}})
           << cards({}, false, {{QString::fromLatin1(column::FeeCenterAccountId), 2}})
           << cards(QString::fromLatin1(column::ExpiresAt), false,
                    {{QString::fromLatin1(column::FeeCenterAccountId), 1},
                     {QString::fromLatin1(column::PurchaseType), u"huawei_marketplace"_s}});
    int fromCheckpoints = 0;
    for (const ListQuery &order : orders) {
        QVERIFY2(ListViews(db).prepareOrder(order), qPrintable(describe(order)));
        const qint64 rows = total(db, order);
        QVERIFY(rows >= 4 * Step);
        for (const qint64 offset :
             {qint64(Step), qint64(Step) + 1, 2 * qint64(Step) - 1, 2 * qint64(Step), rows / 2,
              rows / 2 + 5, rows - Step - 1, rows - 3, rows - 1, rows, rows + 10})
            for (const int limit : {1, 7, 40})
                for (const qint64 known : {qint64(-1), rows}) {
                    const ListQuery query = at(order, int(offset), limit, known);
                    const Read read = readPage(db, query);
                    QCOMPARE(read.rows, walkedPage(db, query));
                    QVERIFY2(read.fromCheckpoint, qPrintable(describe(query)));
                    QCOMPARE(read.rows.size(), qBound(qint64(0), rows - offset, qint64(limit)));
                    ++fromCheckpoints;
                }
        // Before the first checkpoint, and a page with its total, are read as before.
        QVERIFY(!readPage(db, at(order, Step - 1, 5)).fromCheckpoint);
        ListQuery withTotal = at(order, 3 * Step, 5);
        withTotal.withTotal = true;
        QVERIFY(!readPage(db, withTotal).fromCheckpoint);
    }
    QVERIFY(fromCheckpoints > 1000);
}

void TestOrderCheckpoints::aChangeOutdatesTheCheckpoints()
{
    Database &db = m_store.db();
    const ListQuery byBalance = cards(QString::fromLatin1(column::Balance), true);
    const auto expectPage = [&](bool fromCheckpoint, const char *step) {
        expectDeepPages(db, byBalance, {Step * 3 + 2, Cards / 2, Cards - 20}, 30, fromCheckpoint,
                        step);
    };
    QVERIFY(ListViews(db).prepareOrder(byBalance));
    expectPage(true, "prepared");

    insertCard(db, Cards + 1);
    expectPage(false, "after an insert");
    expectPage(true, "made again after the insert");

    SqlQuery(db, u"UPDATE stored_value_cards SET balance_fen = 49 WHERE card_number = :n"_s)
        .bind(u":n"_s, cardNumber(3))
        .exec();
    expectPage(false, "after an update");
    expectPage(true, "made again after the update");

    SqlQuery(db, u"DELETE FROM stored_value_cards WHERE card_number = :n"_s)
        .bind(u":n"_s, cardNumber(Cards + 1))
        .exec();
    expectPage(false, "after a delete");
    expectPage(true, "made again after the delete");

    // A statement that changes no row, a change rolled back, a change to another table.
    SqlQuery(db, u"UPDATE stored_value_cards SET balance_fen = 0 WHERE card_number = 'none'"_s)
        .exec();
    {
        Transaction tx(db);
        insertCard(db, Cards + 2);
    }
    SqlQuery(db, u"INSERT INTO workspaces (workspace_id, name, language, site, "
                 "fee_center_account_id, settlement_method, status, created_at) VALUES "
                 "('wksp_checkpoint', 'w', 'zh', 'cn1', 1, 'fee_center', 'active', 1)"_s)
        .exec();
    expectPage(true, "after no change to the cards");
}

void TestOrderCheckpoints::foldingKeepsTheVersion()
{
    if (!onPostgres())
        QSKIP("PostgreSQL only: SQLite keeps one row per table (sqliteTagsChangeWithTheirRows)");
    Database &db = m_store.db();
    const QString table = u"stored_value_cards"_s;
    for (int i = 0; i < 40; ++i)
        SqlQuery(db, u"UPDATE stored_value_cards SET balance_fen = :b WHERE card_number = :n"_s)
            .bind(u":b"_s, i)
            .bind(u":n"_s, cardNumber(i))
            .exec();
    QVERIFY(changeRows(db, table) > 40);
    const QString before = version(db, table);
    QVERIFY(!before.isEmpty());
    QVERIFY(ListViews(db).prepareOrder(cards())); // folds first
    QCOMPARE(changeRows(db, table), 1);
    QCOMPARE(version(db, table), before);
    QVERIFY(readPage(db, at(cards(), Cards / 2, 10)).fromCheckpoint);
    insertCard(db, Cards + 3);
    QVERIFY(version(db, table) != before);
}

void TestOrderCheckpoints::aDeepPageWalkedHasThemMadeInTheBackground()
{
    Database &db = m_store.db();
    QList<std::function<void(Database &)>> jobs;
    ListViews views(db);
    views.setBackground([&jobs](std::function<void(Database &)> job) { jobs << std::move(job); });
    const ListQuery byFaceValue = cards(QString::fromLatin1(column::FaceValue));
    ListQuery first = byFaceValue;
    first.withTotal = true;
    first.limit = 20;
    QCOMPARE(views.page(first).total, Cards);
    QVERIFY(jobs.isEmpty()); // a first page: none yet
    const ListQuery deep = at(byFaceValue, Cards / 2, 10, Cards);
    QCOMPARE(views.page(deep).rows, walkedPage(db, deep));
    QVERIFY(!views.lastPageFromCheckpoint());
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(views.page(at(byFaceValue, Cards - 40, 10, Cards)).rows.size(), 10);
    QCOMPARE(jobs.size(), 1); // being made: not asked again
    jobs.takeFirst()(db);
    QCOMPARE(views.page(deep).rows, walkedPage(db, deep));
    QVERIFY(views.lastPageFromCheckpoint());
    QVERIFY(jobs.isEmpty());

    // Out of date: the page is walked, and they are made again in the background.
    insertCard(db, Cards + 4);
    QCOMPARE(views.page(deep).rows, walkedPage(db, deep));
    QVERIFY(!views.lastPageFromCheckpoint());
    QCOMPARE(jobs.size(), 1);
    jobs.takeFirst()(db);
    QCOMPARE(views.page(deep).rows, walkedPage(db, deep));
    QVERIFY(views.lastPageFromCheckpoint());

    // A list shorter than checkpointMinRows(): none.
    ListQuery few = cards({}, false,
                          {{QString::fromLatin1(column::Status), u"expired"_s},
                           {QString::fromLatin1(column::FeeCenterAccountId), 1}});
    few.withTotal = true;
    const qint64 rows = views.page(few).total;
    QVERIFY(rows > Step && rows < ListViews::checkpointMinRows());
    QVERIFY(!views.page(at(few, Step + 1, 10, rows)).rows.isEmpty());
    QVERIFY(jobs.isEmpty());
}

void TestOrderCheckpoints::theHostMakesThoseOfTheBigListsWhenTheStoreOpens()
{
    ServiceHostOptions options;
    options.database = m_store.config();
    options.hashCost = HashCost::Minimum;
    ServiceHost host(options);
    QVERIFY(host.open().ok());
    Database &db = m_store.db();
    // The cards' default order, without any page read.
    const ListQuery deep = at(cards(), Cards / 2, 10);
    QVERIFY(waitFor([&] { return readPage(db, deep).fromCheckpoint; }));
    QCOMPARE(readPage(db, deep).rows, walkedPage(db, deep));
    // Another order: made when a session of the host reads a deep page of it.
    auto connected = host.connect(u"checkpoints"_s);
    QVERIFY(connected.ok());
    const std::unique_ptr<HostSession> session = std::move(connected).value();
    const ListQuery expiring = at(cards(QString::fromLatin1(column::ExpiresAt), true), 200, 10);
    QVERIFY(!readPage(db, expiring).fromCheckpoint);
    QVERIFY(ListService(session->session()).page(expiring).ok());
    QVERIFY(waitFor([&] { return readPage(db, expiring).fromCheckpoint; }));
    QCOMPARE(readPage(db, expiring).rows, walkedPage(db, expiring));
}

void TestOrderCheckpoints::noneForNullableOrdersOrASearch()
{
    Database &db = m_store.db();
    for (int i = 0; i < 5 * Step; ++i)
        SqlQuery(db, u"INSERT INTO workspaces (workspace_id, name, language, site, "
                     "fee_center_account_id, settlement_method, status, created_at, locked_at) "
                     "VALUES (:id, :id, 'zh', 'cn1', 1, 'fee_center', 'active', :t, :l)"_s)
            .bind(u":id"_s, u"wksp_cp_%1"_s.arg(i))
            .bind(u":t"_s, i)
            .bind(u":l"_s, i % 3 == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(i))
            .exec();
    ListQuery locked;
    locked.view = QString::fromLatin1(view::Workspaces);
    locked.sortColumn = QString::fromLatin1(column::LockedAt);
    locked.withTotal = false;
    QVERIFY(!ListViews(db).prepareOrder(locked));
    QVERIFY(!readPage(db, at(locked, 3 * Step, 10)).fromCheckpoint);
    QCOMPARE(readPage(db, at(locked, 3 * Step, 10)).rows, walkedPage(db, at(locked, 3 * Step, 10)));
    ListQuery workspaces = locked;
    workspaces.sortColumn.clear();
    QVERIFY(ListViews(db).prepareOrder(workspaces)); // created_at: NOT NULL

    ListQuery searched = cards();
    searched.search = u"63000"_s;
    QVERIFY(!ListViews(db).prepareOrder(searched));
}

// Sorted by the account's name: a renamed account moves its cards in the order, and a card
// changes the order as in the base table's.
void TestOrderCheckpoints::aChangeToTheJoinedTableOutdatesItsOrder()
{
    Database &db = m_store.db();
    insertAccount(db, 3);
    for (int i = 0; i < 40; ++i)
        SqlQuery(
            db, u"UPDATE stored_value_cards SET fee_center_account_id = 3 WHERE card_number = :n"_s)
            .bind(u":n"_s, cardNumber(i * 7))
            .exec();
    const ListQuery byName = cards(QString::fromLatin1(column::FeeCenterUsername), true);
    const auto expect = [&](bool fromCheckpoint, const char *step) {
        expectDeepPages(db, byName, {Step + 3, Cards / 2, Cards - 30}, 25, fromCheckpoint, step);
    };
    QVERIFY(ListViews(db).prepareOrder(byName));
    expect(true, "prepared");
    SqlQuery(
        db,
        u"UPDATE fee_center_accounts SET username = 'a-first' WHERE fee_center_account_id = 3"_s)
        .exec();
    expect(false, "after a rename");
    expect(true, "made again after the rename");
    SqlQuery(db, u"DELETE FROM stored_value_cards WHERE card_number = :n"_s)
        .bind(u":n"_s, cardNumber(7))
        .exec();
    expect(false, "after a card deleted");
    expect(true, "made again after the card deleted");
}

// The service host's background thread, told to stop (ListViews::setStopFlag), gives up
// between two statements and keeps none.
void TestOrderCheckpoints::aJobToldToStopMakesNone()
{
    Database &db = m_store.db();
    const std::atomic<bool> stop = true;
    ListViews::setStopFlag(&stop);
    const bool made = ListViews(db).prepareOrder(cards());
    ListViews::setStopFlag(nullptr);
    QVERIFY(!made);
    QVERIFY(!readPage(db, at(cards(), Cards / 2, 10)).fromCheckpoint);
    QVERIFY(ListViews(db).prepareOrder(cards()));
    QVERIFY(readPage(db, at(cards(), Cards / 2, 10)).fromCheckpoint);
}

// SQLite (migration 25): one row per table, whose tag a row changed makes anew, in its
// transaction.
void TestOrderCheckpoints::sqliteTagsChangeWithTheirRows()
{
    if (onPostgres())
        QSKIP("SQLite only");
    Database &db = m_store.db();
    const auto tags = [&] {
        SqlQuery query(db, u"SELECT table_name, tag FROM table_changes ORDER BY table_name"_s);
        query.exec();
        QMap<QString, qint64> read;
        while (query.next())
            read.insert(query.text(0), query.integer(1));
        return read;
    };
    const QMap<QString, qint64> before = tags();
    QCOMPARE(before.keys(), (QStringList{u"cts_traces"_s, u"fee_center_accounts"_s,
                                         u"stored_value_cards"_s, u"workspaces"_s}));
    const QString cards = u"stored_value_cards"_s;
    // A statement that changes no row, and a change rolled back: the same tags.
    SqlQuery(db, u"UPDATE stored_value_cards SET balance_fen = 0 WHERE card_number = 'none'"_s)
        .exec();
    {
        Transaction tx(db);
        insertCard(db, Cards + 1);
        QVERIFY(tags().value(cards) != before.value(cards));
    }
    QCOMPARE(tags(), before);
    // An insert, an update and a delete: a new tag each, for their table alone.
    QMap<QString, qint64> expected = before;
    const auto changed = [&](const char *step) {
        const QMap<QString, qint64> now = tags();
        QVERIFY2(now.value(cards) != expected.value(cards), step);
        expected[cards] = now.value(cards);
        QVERIFY2(now == expected, step);
    };
    insertCard(db, Cards + 2);
    changed("insert");
    SqlQuery(db, u"UPDATE stored_value_cards SET balance_fen = 1 WHERE card_number = :n"_s)
        .bind(u":n"_s, cardNumber(Cards + 2))
        .exec();
    changed("update");
    SqlQuery(db, u"DELETE FROM stored_value_cards WHERE card_number = :n"_s)
        .bind(u":n"_s, cardNumber(Cards + 2))
        .exec();
    changed("delete");
}

// SQLite lets a primary key other than an INTEGER one hold NULL: a card's number breaks the
// ties of every order of the cards, and one NULL number leaves them without checkpoints.
void TestOrderCheckpoints::noneOnSqliteForAKeyHoldingNull()
{
    if (onPostgres())
        QSKIP("SQLite only: the other store's keys are NOT NULL");
    Database &db = m_store.db();
    QVERIFY(ListViews(db).prepareOrder(cards()));
    SqlQuery(db, u"INSERT INTO stored_value_cards (card_number, fee_center_account_id, "
                 "face_value_fen, balance_fen, status, purchase_type, purchased_at, expires_at, "
                 "source_order_id) VALUES (NULL, 1, 10000, 0, 'available', 'direct', 1001, "
                 "90000, 'CS000001')"_s)
        .exec();
    ListViews::forgetCheckpoints();
    QVERIFY(!ListViews(db).prepareOrder(cards()));
    const ListQuery deep = at(cards(), Cards / 2, 10, Cards + 1);
    const Read read = readPage(db, deep);
    QVERIFY(!read.fromCheckpoint);
    QCOMPARE(read.rows, walkedPage(db, deep));
}

// The billing API writes a SQLite page's cells into its answer as they are read
// (ListViews::pageCells); a page its order's checkpoints may serve is left to page(), which
// reads it from them (or walks to it and has them made).
void TestOrderCheckpoints::rawCellsLeaveDeepPagesToTheCheckpoints()
{
    if (onPostgres())
        QSKIP("SQLite only (pageCells)");
    Database &db = m_store.db();
    QVERIFY(ListViews(db).prepareOrder(cards()));
    ListPage header;
    int rows = 0;
    const auto count = [&rows](const QList<ListViews::RawCell> &) { ++rows; };
    QVERIFY(!ListViews(db).pageCells(at(cards(), Cards / 2, 10, Cards), header, count));
    QCOMPARE(rows, 0);
    QVERIFY(readPage(db, at(cards(), Cards / 2, 10, Cards)).fromCheckpoint);
    QVERIFY(ListViews(db).pageCells(at(cards(), 0, 10, Cards), header, count));
    QCOMPARE(rows, 10);
    QVERIFY(ListViews(db).pageCells(at(cards(), Step - 1, 5, Cards), header, count));
    QCOMPARE(rows, 15);
}

// SQLite makes one checkpoint per statement; an order whose statement is slow (it sorts the
// list) would read the whole list for each, and is given up (here: every statement is "too
// slow"). Its deep pages are walked, the same rows, and no job is asked for it again.
void TestOrderCheckpoints::anOrderTooSlowOnSqliteIsGivenUp()
{
    if (onPostgres())
        QSKIP("SQLite only: the other store makes several per statement");
    Database &db = m_store.db();
    ListViews::setCheckpointGiveUp(-1);
    const ListQuery byBalance = cards(QString::fromLatin1(column::Balance));
    QVERIFY(!ListViews(db).prepareOrder(byBalance));
    QList<std::function<void(Database &)>> jobs;
    ListViews views(db);
    views.setBackground([&jobs](std::function<void(Database &)> job) { jobs << std::move(job); });
    for (const int offset : {Step + 1, Cards / 2, Cards - 20}) {
        const ListQuery deep = at(byBalance, offset, 10, Cards);
        QCOMPARE(views.page(deep).rows, walkedPage(db, deep));
        QVERIFY(!views.lastPageFromCheckpoint());
    }
    QVERIFY(jobs.isEmpty());
    // Another order is its own: made when not too slow.
    ListViews::setCheckpointGiveUp(250);
    QVERIFY(ListViews(db).prepareOrder(cards()));
    QVERIFY(readPage(db, at(cards(), Cards / 2, 10)).fromCheckpoint);
}

// ServiceHost makes the big lists' checkpoints at open only for a store that has one.
void TestOrderCheckpoints::bigListsAreThoseOfEnoughRows()
{
    Database &db = m_store.db();
    ListViews::setCheckpointRows(Step, Cards + 1);
    QVERIFY(!ListViews(db).hasBigLists());
    QCOMPARE(ListViews(db).prepareBigLists(), 0);
    insertCard(db, Cards + 1);
    QVERIFY(ListViews(db).hasBigLists());
    QCOMPARE(ListViews(db).prepareBigLists(), 1); // the cards' default order
    QVERIFY(readPage(db, at(cards(), Cards / 2, 10)).fromCheckpoint);
}

QTEST_GUILESS_MAIN(TestOrderCheckpoints)
#include "test_order_checkpoints.moc"
