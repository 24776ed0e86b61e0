// The fee-center accounts' totals kept by triggers (issue 20, migration 0020): each
// account's available card balance, workspace count and linked Huawei account count are
// exact after every kind of change to its cards, workspaces and links — purchases (one card
// and many cards of several accounts in one statement), consumption (balance changes), a
// card expiring or used up, a card moved to another account, deletes, workspaces created,
// moved and deleted, links added, moved and removed, changes of other columns, a
// rolled-back transaction, a recompute after a bulk load without the triggers, Reset demo,
// and writers on several connections at once. "Exact" is what the list showed before
// (ListViews' Access::Scanned: the subqueries per row): every account's row of the view,
// read Indexed and Scanned, in every order of a total (first and deep pages, keys first).
// SQLite: sorting by a total walks its index. On PostgreSQL: two writers of one account's
// cards on two connections, READ COMMITTED (the second waits and adds to the first's
// total) and SERIALIZABLE as the services run (the second fails and runs again), each with
// the first committed and rolled back; writers of different accounts neither wait for nor
// fail against each other; TRUNCATE.

#include "TestSupport.h"
#include "large_data_generator.h"
#include "services/ServiceHost.h"
#include "store/Database.h"
#include "store/FeeCenterTotals.h"
#include "store/ListViews.h"

#include <QScopeGuard>
#include <QThread>

#include <atomic>
#include <optional>
#include <thread>
#include <tuple>
#include <vector>

using namespace oc;
using namespace oc::store;
using namespace Qt::StringLiterals;

namespace {

qint64 scalar(Database &db, const QString &sql)
{
    SqlQuery query(db, sql);
    query.exec();
    return query.next() ? query.integer(0) : -1;
}

void insertAccounts(Database &db, qint64 first, int n)
{
    QStringList values;
    for (qint64 id = first; id < first + n; ++id)
        values << u"(%1, 'totals-fc-%1', 'fc%1@example.com', 'x', '杭州联云科技有限公司', %2, "
                  "%1)"_s.arg(id)
                      .arg(id * 37 % 1000);
    SqlQuery(db, u"INSERT INTO fee_center_accounts (fee_center_account_id, username, email, "
                 "password_hash, enterprise_name, cash_balance_fen, created_at) VALUES "_s +
                     values.join(u", "_s))
        .exec();
}

QString cardNumber(int i)
{
    return u"63%1"_s.arg(i, 14, 10, QChar(u'0'));
}

struct Card
{
    int number;
    qint64 account;
    qint64 balance;
    const char *status = "available";
};

// Cards in one statement (PostgreSQL: one run of the statement-level trigger for all).
void insertCards(Database &db, const std::vector<Card> &cards)
{
    QStringList values;
    for (const Card &card : cards)
        values << u"('%1', %2, 1000000, %3, '%4', 'direct', %5, %6, '')"_s
                      .arg(cardNumber(card.number))
                      .arg(card.account)
                      .arg(card.balance)
                      .arg(QLatin1String(card.status))
                      .arg(1000 + card.number)
                      .arg(90000 + card.number);
    SqlQuery(db, u"INSERT INTO stored_value_cards (card_number, fee_center_account_id, "
                 "face_value_fen, balance_fen, status, purchase_type, purchased_at, "
                 "expires_at, source_order_id) VALUES "_s +
                     values.join(u", "_s))
        .exec();
}

// `n` available cards of `account`, numbers first.., balances 1 + (number * 7919) % 50000.
void insertCardsOf(Database &db, qint64 account, int first, int n)
{
    std::vector<Card> cards;
    for (int i = first; i < first + n; ++i)
        cards.push_back({i, account, 1 + (qint64(i) * 7919) % 50000});
    insertCards(db, cards);
}

void insertWorkspace(Database &db, const QString &id, const QVariant &account)
{
    SqlQuery(db, u"INSERT INTO workspaces (workspace_id, name, language, site, "
                 "fee_center_account_id, settlement_method, status, created_at) VALUES (:id, "
                 ":n, 'zh', 'cn1', :f, 'fee_center', 'active', 5000)"_s)
        .bind(u":id"_s, id)
        .bind(u":n"_s, u"生产环境-"_s + id)
        .bind(u":f"_s, account)
        .exec();
}

void insertLink(Database &db, const QString &huaweiAccountId, qint64 account)
{
    SqlQuery(db, u"INSERT INTO fee_center_huawei_links (huawei_account_id, "
                 "fee_center_account_id, linked_at) VALUES (:h, :f, 6000)"_s)
        .bind(u":h"_s, huaweiAccountId)
        .bind(u":f"_s, account)
        .exec();
}

void run(Database &db, const QString &sql)
{
    SqlQuery(db, sql).exec();
}

// A row of the view as text (PostgreSQL's sum() of the old subquery is a NUMERIC, which
// Qt reads as a double: numbers are compared as integers).
QStringList normalized(const QVariantList &row)
{
    QStringList texts;
    for (const QVariant &value : row)
        texts << (value.isNull()                        ? u"NULL"_s
                  : value.typeId() == QMetaType::Double ? QString::number(qint64(value.toDouble()))
                                                        : value.toString());
    return texts;
}

QList<QStringList> viewRows(Database &db, ListViews::Access access, const ListQuery &query)
{
    QList<QStringList> rows;
    for (const QVariantList &row : ListViews(db, access).page(query).rows)
        rows << normalized(row);
    return rows;
}

ListQuery accountsQuery(const QString &sort = {}, bool descending = false)
{
    ListQuery query;
    query.view = QString::fromLatin1(view::FeeCenterAccounts);
    query.sortColumn = sort;
    query.descending = descending;
    query.limit = 100000;
    return query;
}

const QStringList TotalColumns = {QString::fromLatin1(column::CardBalance),
                                  QString::fromLatin1(column::WorkspaceCount),
                                  QString::fromLatin1(column::LinkedHuaweiAccounts)};

// Every account has one row of totals, and the view's rows read through them are those
// computed per row as before (Access::Scanned), in the default order and sorted by each
// total both ways.
void expectExact(Database &db, const char *step)
{
    QCOMPARE(scalar(db, u"SELECT count(*) FROM fee_center_totals"_s),
             scalar(db, u"SELECT count(*) FROM fee_center_accounts"_s));
    QCOMPARE(scalar(db, u"SELECT count(*) FROM fee_center_accounts f JOIN fee_center_totals t "
                        "ON t.fee_center_account_id = f.fee_center_account_id"_s),
             scalar(db, u"SELECT count(*) FROM fee_center_accounts"_s));
    std::vector<ListQuery> queries = {accountsQuery()};
    for (const QString &column : TotalColumns)
        for (const bool descending : {false, true})
            queries.push_back(accountsQuery(column, descending));
    for (const ListQuery &query : queries) {
        const auto kept = viewRows(db, ListViews::Access::Indexed, query);
        const auto computed = viewRows(db, ListViews::Access::Scanned, query);
        if (kept != computed) {
            for (qsizetype i = 0; i < qMin(kept.size(), computed.size()); ++i)
                if (kept.at(i) != computed.at(i))
                    qWarning("%s: kept %s, computed %s", step, qPrintable(kept.at(i).join(u", "_s)),
                             qPrintable(computed.at(i).join(u", "_s)));
        }
        QVERIFY2(kept == computed, qPrintable(u"%1: sorted by %2%3"_s.arg(
                                       QLatin1String(step), query.sortColumn,
                                       query.descending ? u" desc"_s : QString())));
    }
}

// The kept totals of `account`: card balance, workspaces, links.
std::tuple<qint64, qint64, qint64> totals(Database &db, qint64 account)
{
    SqlQuery query(db, u"SELECT card_balance_fen, workspace_count, linked_huawei_accounts FROM "
                       "fee_center_totals WHERE fee_center_account_id = :f"_s);
    query.bind(u":f"_s, account).exec();
    if (!query.next())
        return {-1, -1, -1};
    return {query.integer(0), query.integer(1), query.integer(2)};
}

qint64 cardBalance(Database &db, qint64 account)
{
    return std::get<0>(totals(db, account));
}

} // namespace

class TestFeeCenterTotals : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { OC_REQUIRE_STORE(); }
    void init();
    void cleanup();
    void everyAccountHasItsTotals();
    void totalsFollowCards();
    void totalsFollowWorkspaces();
    void totalsFollowLinks();
    void rolledBackTransactionChangesNoTotal();
    void sortingByATotalWalksItsIndex();
    void deepPagesSortedByATotalReadKeysFirst();
    void recomputeAfterABulkLoadWithoutTriggers();
    void generatedLargeDatabaseHasItsTotals();
    void demoResetKeepsTheTotals();
    void concurrentWritersOnManyConnections();
    void postgresReadCommittedWritersOfOneAccount();
    void postgresSerializableWritersOfOneAccount();
    void postgresWritersOfDifferentAccountsDoNotMeet();
    void postgresTruncateZeroesATotal();

private:
    bool onPostgres() const { return m_store.onPostgres(); }

    oc::test::FreshStore m_store;
};

void TestFeeCenterTotals::init()
{
    const QString error = m_store.open(u"totals.sqlite"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestFeeCenterTotals::cleanup()
{
    m_store.close();
}

// A new account starts at zero; a deleted one takes its row with it.
void TestFeeCenterTotals::everyAccountHasItsTotals()
{
    Database &db = m_store.db();
    insertAccounts(db, 1, 3);
    QCOMPARE(totals(db, 2), std::make_tuple(qint64(0), qint64(0), qint64(0)));
    expectExact(db, "new accounts");
    run(db, u"DELETE FROM fee_center_accounts WHERE fee_center_account_id = 3"_s);
    QCOMPARE(totals(db, 3), std::make_tuple(qint64(-1), qint64(-1), qint64(-1)));
    expectExact(db, "an account deleted");
    insertAccounts(db, 3, 1); // the same id again (SQLite may reuse it): a new row of zeros
    QCOMPARE(totals(db, 3), std::make_tuple(qint64(0), qint64(0), qint64(0)));
    expectExact(db, "an id used again");
}

void TestFeeCenterTotals::totalsFollowCards()
{
    Database &db = m_store.db();
    insertAccounts(db, 1, 3);
    // Purchases: one card; many cards of several accounts in one statement, some not
    // available (counted for nothing).
    insertCards(db, {{0, 1, 10000}});
    QCOMPARE(cardBalance(db, 1), 10000);
    insertCards(db, {{1, 1, 500},
                     {2, 2, 700},
                     {3, 3, 900},
                     {4, 2, 40, "expired"},
                     {5, 3, 0, "used_up"},
                     {6, 1, 0}});
    QCOMPARE(cardBalance(db, 1), 10500);
    QCOMPARE(cardBalance(db, 2), 700);
    QCOMPARE(cardBalance(db, 3), 900);
    insertCardsOf(db, 2, 100, 30);
    expectExact(db, "purchased");

    // Consumption: a balance spent, on one card and on cards of several accounts.
    run(db, u"UPDATE stored_value_cards SET balance_fen = balance_fen - 300 WHERE card_number "
            "= '%1'"_s.arg(cardNumber(0)));
    QCOMPARE(cardBalance(db, 1), 10200);
    run(db, u"UPDATE stored_value_cards SET balance_fen = balance_fen / 2 WHERE "
            "fee_center_account_id IN (1, 2)"_s);
    expectExact(db, "spent");

    // Used up: the balance spent to 0 and the status with it; expired: every due card
    // (cards of several accounts in one statement), as DueTransitions expires them.
    run(db, u"UPDATE stored_value_cards SET balance_fen = 0, status = 'used_up' WHERE "
            "card_number = '%1'"_s.arg(cardNumber(1)));
    run(db, u"UPDATE stored_value_cards SET status = 'expired' WHERE status = 'available' AND "
            "expires_at <= 90110"_s);
    expectExact(db, "used up and expired");
    // An expired card made available again (a repair by hand) counts again.
    const qint64 before = cardBalance(db, 3);
    run(db, u"UPDATE stored_value_cards SET status = 'available' WHERE card_number = '%1'"_s.arg(
                cardNumber(3)));
    QCOMPARE(cardBalance(db, 3), before + 900);

    // A card moved to another account (cards are not transferable, R-SVC-4; a repair by hand).
    run(db, u"UPDATE stored_value_cards SET fee_center_account_id = 1 WHERE card_number = "
            "'%1'"_s.arg(cardNumber(3)));
    QCOMPARE(cardBalance(db, 3), before);
    run(db, u"UPDATE stored_value_cards SET fee_center_account_id = 3 WHERE "
            "fee_center_account_id = 2 AND balance_fen % 2 = 0"_s);
    expectExact(db, "moved");

    // Other columns change no total.
    const auto unchanged = totals(db, 2);
    run(db, u"UPDATE stored_value_cards SET expires_at = expires_at + 1, source_order_id = 'x' "
            "WHERE fee_center_account_id = 2"_s);
    QCOMPARE(totals(db, 2), unchanged);

    // Deletes: one card, then many of several accounts, then all.
    run(db, u"DELETE FROM stored_value_cards WHERE card_number = '%1'"_s.arg(cardNumber(0)));
    expectExact(db, "one deleted");
    run(db, u"DELETE FROM stored_value_cards WHERE balance_fen < 10000"_s);
    expectExact(db, "some deleted");
    run(db, u"DELETE FROM stored_value_cards"_s);
    expectExact(db, "all deleted");
    for (qint64 account = 1; account <= 3; ++account)
        QCOMPARE(cardBalance(db, account), 0);
}

void TestFeeCenterTotals::totalsFollowWorkspaces()
{
    Database &db = m_store.db();
    insertAccounts(db, 1, 2);
    insertWorkspace(db, u"wksp_a"_s, 1);
    insertWorkspace(db, u"wksp_b"_s, 1);
    insertWorkspace(db, u"wksp_c"_s, 2);
    insertWorkspace(db, u"wksp_d"_s, QVariant()); // no fee-center account (schema 2)
    QCOMPARE(std::get<1>(totals(db, 1)), 2);
    QCOMPARE(std::get<1>(totals(db, 2)), 1);
    expectExact(db, "created");

    run(db, u"UPDATE workspaces SET fee_center_account_id = 2 WHERE workspace_id = 'wksp_a'"_s);
    run(db, u"UPDATE workspaces SET fee_center_account_id = 1 WHERE workspace_id = 'wksp_d'"_s);
    run(db, u"UPDATE workspaces SET fee_center_account_id = NULL WHERE workspace_id = "
            "'wksp_c'"_s);
    QCOMPARE(std::get<1>(totals(db, 1)), 2);
    QCOMPARE(std::get<1>(totals(db, 2)), 1);
    expectExact(db, "moved");
    // Every workspace to another account in one statement; other columns change nothing.
    run(db, u"UPDATE workspaces SET fee_center_account_id = 3 - fee_center_account_id WHERE "
            "fee_center_account_id IS NOT NULL"_s);
    run(db, u"UPDATE workspaces SET name = name || '-x', status = 'locked'"_s);
    QCOMPARE(std::get<1>(totals(db, 1)), 1);
    QCOMPARE(std::get<1>(totals(db, 2)), 2);
    expectExact(db, "moved in one statement");

    run(db, u"DELETE FROM workspaces WHERE workspace_id = 'wksp_a'"_s);
    run(db, u"DELETE FROM workspaces WHERE workspace_id = 'wksp_c'"_s); // none
    expectExact(db, "deleted");
    run(db, u"DELETE FROM workspaces"_s);
    QCOMPARE(std::get<1>(totals(db, 1)), 0);
    QCOMPARE(std::get<1>(totals(db, 2)), 0);
    expectExact(db, "all deleted");
}

void TestFeeCenterTotals::totalsFollowLinks()
{
    Database &db = m_store.db();
    insertAccounts(db, 1, 2);
    insertLink(db, u"hw-1"_s, 1);
    insertLink(db, u"hw-2"_s, 1);
    insertLink(db, u"hw-3"_s, 2);
    QCOMPARE(std::get<2>(totals(db, 1)), 2);
    expectExact(db, "linked");
    run(db, u"UPDATE fee_center_huawei_links SET fee_center_account_id = 2 WHERE "
            "huawei_account_id = 'hw-1'"_s);
    QCOMPARE(std::get<2>(totals(db, 1)), 1);
    QCOMPARE(std::get<2>(totals(db, 2)), 2);
    run(db, u"UPDATE fee_center_huawei_links SET huawei_account_id = 'hw-9', linked_at = 7 WHERE "
            "huawei_account_id = 'hw-2'"_s);
    QCOMPARE(std::get<2>(totals(db, 1)), 1);
    expectExact(db, "moved");
    run(db, u"DELETE FROM fee_center_huawei_links WHERE huawei_account_id = 'hw-3'"_s);
    QCOMPARE(std::get<2>(totals(db, 2)), 1);
    expectExact(db, "unlinked");
}

void TestFeeCenterTotals::rolledBackTransactionChangesNoTotal()
{
    Database &db = m_store.db();
    insertAccounts(db, 1, 2);
    insertCardsOf(db, 1, 0, 5);
    insertWorkspace(db, u"wksp_a"_s, 1);
    insertLink(db, u"hw-1"_s, 1);
    const auto one = totals(db, 1);
    const auto two = totals(db, 2);
    {
        Transaction tx(db);
        insertCardsOf(db, 2, 100, 4);
        run(db, u"UPDATE stored_value_cards SET balance_fen = 1, fee_center_account_id = 2"_s);
        insertWorkspace(db, u"wksp_b"_s, 2);
        run(db, u"DELETE FROM fee_center_huawei_links"_s);
        QVERIFY(totals(db, 1) != one); // its own changes, inside
    }                                  // rolled back
    QCOMPARE(totals(db, 1), one);
    QCOMPARE(totals(db, 2), two);
    expectExact(db, "rolled back");
}

// SQLite: a page sorted by a total walks its index (fee_center_totals_<total>), not a sort
// of every account. (PostgreSQL sorts the totals, one row per account: migration 20's
// script says why they have no index there.)
void TestFeeCenterTotals::sortingByATotalWalksItsIndex()
{
    if (onPostgres())
        QSKIP("SQLite only: there each total has an index (migration 20)");
    Database &db = m_store.db();
    insertAccounts(db, 1, 40);
    for (int i = 0; i < 40; ++i)
        insertCardsOf(db, 1 + i, i * 10, 1 + i % 3);
    const std::vector<std::pair<QString, const char *>> indexes = {
        {QString::fromLatin1(column::CardBalance), "fee_center_totals_card_balance"},
        {QString::fromLatin1(column::WorkspaceCount), "fee_center_totals_workspaces"},
        {QString::fromLatin1(column::LinkedHuaweiAccounts), "fee_center_totals_links"}};
    for (const auto &[column, index] : indexes)
        for (const bool descending : {false, true}) {
            ListQuery query = accountsQuery(column, descending);
            query.limit = 10;
            const QString plan = ListViews(db).queryPlan(query).join(u" | "_s);
            QVERIFY2(plan.contains(QLatin1String(index)), qPrintable(plan));
            QVERIFY2(!plan.contains(u"TEMP B-TREE"_s), qPrintable(plan));
        }
    expectExact(db, "sorted");
}

// More accounts than ListViews reads past with OFFSET: a deep page sorted by a total reads
// its keys from the totals alone (SQLite: their index), then its rows; the same rows as
// before, forwards and backwards (a known total, past the middle: read from the end).
void TestFeeCenterTotals::deepPagesSortedByATotalReadKeysFirst()
{
    Database &db = m_store.db();
    constexpr int Accounts = 2500;
    {
        Transaction tx(db);
        insertAccounts(db, 1, Accounts);
        std::vector<Card> cards;
        for (int i = 0; i < Accounts; ++i)
            cards.push_back({i, 1 + i, 1 + (qint64(i) * 7919) % 997}); // ties too
        insertCards(db, cards);
        for (int i = 0; i < 300; ++i)
            insertWorkspace(db, u"wksp_%1"_s.arg(i), 1 + (i * 13) % Accounts);
        tx.commit();
    }
    for (const QString &column : TotalColumns)
        for (const bool descending : {false, true})
            for (const auto &[offset, known] :
                 {std::pair{1100, -1}, std::pair{2480, -1}, std::pair{1100, Accounts},
                  std::pair{1300, Accounts}}) {
                ListQuery query = accountsQuery(column, descending);
                query.limit = 40;
                query.offset = offset;
                query.withTotal = false;
                query.knownTotal = known;
                const auto kept = viewRows(db, ListViews::Access::Indexed, query);
                QCOMPARE(kept.size(), qMin(40, Accounts - offset));
                QCOMPARE(kept, viewRows(db, ListViews::Access::Scanned, query));
                const QString plan = ListViews(db).queryPlan(query).join(u" | "_s);
                if (!onPostgres())
                    QVERIFY2(plan.contains(u"LIST SUBQUERY"_s) &&
                                 plan.contains(u"COVERING INDEX fee_center_totals_"_s),
                             qPrintable(plan));
            }
    // The base table's own columns too (the view has a base table of its own now).
    ListQuery byName = accountsQuery(QString::fromLatin1(column::Username));
    byName.limit = 30;
    byName.offset = 1200;
    QCOMPARE(viewRows(db, ListViews::Access::Indexed, byName),
             viewRows(db, ListViews::Access::Scanned, byName));
    expectExact(db, "many accounts");
}

// A bulk load that drops the triggers while its rows go in (bench_generate_large) computes
// the totals again afterwards (FeeCenterTotals::recompute), also for an account whose row
// went missing.
void TestFeeCenterTotals::recomputeAfterABulkLoadWithoutTriggers()
{
    Database &db = m_store.db();
    insertAccounts(db, 1, 3);
    insertCardsOf(db, 1, 0, 10);
    insertWorkspace(db, u"wksp_a"_s, 2);
    insertLink(db, u"hw-1"_s, 3);
    // As if rows went in uncounted: the totals wrong, one row missing.
    run(db, u"UPDATE fee_center_totals SET card_balance_fen = 5, workspace_count = 9"_s);
    run(db, u"DELETE FROM fee_center_totals WHERE fee_center_account_id = 3"_s);
    QVERIFY(cardBalance(db, 1) == 5);
    {
        Transaction tx(db);
        FeeCenterTotals(db).recompute();
        tx.commit();
    }
    QCOMPARE(std::get<1>(totals(db, 2)), 1);
    QCOMPARE(std::get<2>(totals(db, 3)), 1);
    expectExact(db, "recomputed");
}

// bench_generate_large drops the big tables' triggers while its rows go in and computes
// the totals afterwards (SQLite files only).
void TestFeeCenterTotals::generatedLargeDatabaseHasItsTotals()
{
    if (onPostgres())
        QSKIP("SQLite only: bench_generate_large writes SQLite files");
    bench::LargeDataSpec spec;
    spec.workspaces = 150;
    spec.cards = 900;
    spec.feeCenterAccounts = 7;
    const QString path = m_store.dir().filePath(u"large.sqlite"_s);
    const auto report = bench::generateLargeDatabase(path, spec);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
    const auto db = oc::test::openStore(path);
    expectExact(*db, "generated");
    QVERIFY(scalar(*db, u"SELECT sum(card_balance_fen) FROM fee_center_totals"_s) > 0);
    QVERIFY(scalar(*db, u"SELECT sum(workspace_count) FROM fee_center_totals"_s) >= 150);
}

// The demo copy carries the template's totals; changed, then reset, it is exact every time.
void TestFeeCenterTotals::demoResetKeepsTheTotals()
{
    const oc::test::DemoDatabase demo = oc::test::demoDatabase(m_store.dir());
    const auto drop = qScopeGuard([&] { oc::test::dropDatabase(demo.copy); });
    ServiceHost host(oc::test::demoHostOptions(demo));
    QVERIFY2(host.open().ok(), "open the demo");
    qint64 balance = 0;
    {
        const auto db = oc::test::openStore(demo.copy);
        expectExact(*db, "demo");
        balance = scalar(*db, u"SELECT sum(card_balance_fen) FROM fee_center_totals"_s);
        QVERIFY(balance > 0);
        QVERIFY(scalar(*db, u"SELECT sum(workspace_count) FROM fee_center_totals"_s) > 0);
        QVERIFY(scalar(*db, u"SELECT sum(linked_huawei_accounts) FROM fee_center_totals"_s) > 0);
        const qint64 account =
            scalar(*db, u"SELECT min(fee_center_account_id) FROM fee_center_accounts"_s);
        insertCardsOf(*db, account, 900000, 5);
        run(*db, u"UPDATE stored_value_cards SET status = 'expired' WHERE balance_fen < 5000"_s);
        expectExact(*db, "demo changed");
    }
    const Status reset = host.resetDemo();
    QVERIFY2(reset.ok(), qPrintable(reset.ok() ? QString() : reset.error().toString()));
    const auto db = oc::test::openStore(demo.copy);
    expectExact(*db, "demo reset");
    QCOMPARE(scalar(*db, u"SELECT sum(card_balance_fen) FROM fee_center_totals"_s), balance);
}

// Writers on several connections at once (threads, each its own connection; PostgreSQL:
// SERIALIZABLE as the services run them, a loser runs again; SQLite: one writer at a time),
// all on the same two accounts: purchases, spending over cards of both accounts in one
// statement (in opposite orders), moves, expiries, deletes, workspaces, links, some rolled
// back. The totals are exact at the end.
void TestFeeCenterTotals::concurrentWritersOnManyConnections()
{
    insertAccounts(m_store.db(), 1, 2);
    insertCardsOf(m_store.db(), 1, 0, 20);
    insertCardsOf(m_store.db(), 2, 20, 20);
    constexpr int Writers = 3;
    constexpr int Rounds = 25;
    std::atomic<int> failures{0};
    std::atomic<int> retries{0};
    const DatabaseConfig config = m_store.config();
    std::vector<std::thread> threads;
    for (int w = 0; w < Writers; ++w)
        threads.emplace_back([&, w] {
            auto opened = Database::open(config, oc::test::uniqueConnection("writer"));
            if (!opened.ok()) {
                ++failures;
                return;
            }
            Database &db = *opened.value();
            for (int round = 0; round < Rounds; ++round) {
                const int first = 1000 + (w * Rounds + round) * 10;
                const qint64 account = 1 + (w + round) % 2;
                for (int attempt = 0;; ++attempt) {
                    try {
                        Transaction tx(db);
                        insertCardsOf(db, account, first, 1 + round % 3);
                        run(db, u"UPDATE stored_value_cards SET balance_fen = balance_fen - 1 "
                                "WHERE card_number IN ('%1', '%2') AND balance_fen > 0"_s.arg(
                                    cardNumber(w % 2 ? round : 20 + round),
                                    cardNumber(w % 2 ? 20 + round : round)));
                        if (round % 4 == 1)
                            run(db, u"UPDATE stored_value_cards SET fee_center_account_id = %1 "
                                    "WHERE card_number = '%2'"_s.arg(3 - account)
                                        .arg(cardNumber(first)));
                        if (round % 5 == 2)
                            run(db, u"UPDATE stored_value_cards SET status = 'expired' WHERE "
                                    "card_number = '%1'"_s.arg(cardNumber(round)));
                        if (round % 3 == 0)
                            run(db,
                                u"DELETE FROM stored_value_cards WHERE card_number = '%1'"_s.arg(
                                    cardNumber(first)));
                        insertWorkspace(db, u"wksp_%1_%2"_s.arg(w).arg(round), account);
                        if (round % 6 == 3)
                            insertLink(db, u"hw-%1-%2"_s.arg(w).arg(round), account);
                        if (round % 7 == 6)
                            break; // rolled back
                        tx.commit();
                        break;
                    } catch (const StoreError &e) {
                        if ((e.kind() != StoreError::Kind::Conflict &&
                             e.kind() != StoreError::Kind::Busy) ||
                            attempt == 50) {
                            qWarning("writer %d: %s", w, qPrintable(e.detail()));
                            ++failures;
                            break;
                        }
                        ++retries;
                        QThread::msleep(1 + attempt % 5);
                    }
                }
            }
        });
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(failures.load(), 0);
    expectExact(m_store.db(), "after the writers");
    QVERIFY(scalar(m_store.db(), u"SELECT count(*) FROM workspaces"_s) > 50);
    qInfo("%d transactions ran again after losing a race", retries.load());
}

// PostgreSQL, READ COMMITTED (a plain statement, psql, the bench's fill): a second writer of
// an account's cards waits for the first's row lock on its totals, then adds to the total
// the first committed, or to the one before it when the first rolled back.
void TestFeeCenterTotals::postgresReadCommittedWritersOfOneAccount()
{
    if (!onPostgres())
        QSKIP("PostgreSQL only: SQLite has one writer at a time");
    insertAccounts(m_store.db(), 1, 1);
    insertCardsOf(m_store.db(), 1, 0, 3);
    const qint64 start = cardBalance(m_store.db(), 1);
    auto first = oc::test::openStore(m_store.config());
    for (const bool commitFirst : {true, false}) {
        const qint64 before = cardBalance(m_store.db(), 1);
        first->execute(u"BEGIN ISOLATION LEVEL READ COMMITTED"_s);
        insertCards(*first, {{commitFirst ? 100 : 101, 1, 1000}});
        run(*first, u"UPDATE stored_value_cards SET balance_fen = balance_fen + 7 WHERE "
                    "card_number = '%1'"_s.arg(cardNumber(0)));
        std::atomic<bool> secondDone{false};
        QString secondError;
        const DatabaseConfig config = m_store.config();
        std::thread second([&] {
            {
                auto opened = Database::open(config, oc::test::uniqueConnection("second"));
                if (!opened.ok()) {
                    secondError = opened.error().toString();
                } else {
                    Database &db = *opened.value();
                    try {
                        db.execute(u"BEGIN ISOLATION LEVEL READ COMMITTED"_s);
                        insertCards(db, {{commitFirst ? 200 : 201, 1, 50}});
                        run(db, u"UPDATE stored_value_cards SET balance_fen = balance_fen - 2 "
                                "WHERE card_number = '%1'"_s.arg(cardNumber(1)));
                        db.execute(u"COMMIT"_s);
                    } catch (const StoreError &e) {
                        secondError = e.detail();
                    }
                }
            }
            secondDone = true;
        });
        QThread::msleep(300);
        const bool waited = !secondDone.load();         // on the totals' row
        QCOMPARE(cardBalance(m_store.db(), 1), before); // neither committed
        first->execute(commitFirst ? u"COMMIT"_s : u"ROLLBACK"_s);
        second.join();
        QVERIFY(waited);
        QVERIFY2(secondError.isEmpty(), qPrintable(secondError));
        QCOMPARE(cardBalance(m_store.db(), 1), before + (commitFirst ? 1007 : 0) + 48);
        expectExact(m_store.db(), commitFirst ? "both committed" : "the first rolled back");
    }
    QCOMPARE(cardBalance(m_store.db(), 1), start + 1007 + 48 + 48);
}

// PostgreSQL, SERIALIZABLE (Transaction, as the services run): the second writer of an
// account's cards waits on the totals' row; when the first commits, it fails with a
// conflict (Session::mutate runs it again: here by hand), and its second run adds to the
// new total; when the first rolls back, it goes on.
void TestFeeCenterTotals::postgresSerializableWritersOfOneAccount()
{
    if (!onPostgres())
        QSKIP("PostgreSQL only: SQLite has one writer at a time");
    insertAccounts(m_store.db(), 1, 1);
    insertCardsOf(m_store.db(), 1, 0, 3);
    auto first = oc::test::openStore(m_store.config());
    for (const bool commitFirst : {true, false}) {
        const qint64 before = cardBalance(m_store.db(), 1);
        std::optional<Transaction> tx;
        tx.emplace(*first);
        insertCards(*first, {{commitFirst ? 100 : 101, 1, 1000}});
        std::atomic<bool> secondDone{false};
        std::atomic<int> conflicts{0};
        QString secondError;
        const DatabaseConfig config = m_store.config();
        std::thread second([&] {
            {
                auto opened = Database::open(config, oc::test::uniqueConnection("second"));
                if (!opened.ok()) {
                    secondError = opened.error().toString();
                } else {
                    Database &db = *opened.value();
                    for (int attempt = 0; attempt < 3; ++attempt) {
                        try {
                            Transaction mine(db);
                            run(db, u"UPDATE stored_value_cards SET balance_fen = balance_fen - "
                                    "5 WHERE card_number = '%1'"_s.arg(cardNumber(2)));
                            mine.commit();
                            break;
                        } catch (const StoreError &e) {
                            if (e.kind() != StoreError::Kind::Conflict) {
                                secondError = e.detail();
                                break;
                            }
                            ++conflicts;
                        }
                    }
                }
            }
            secondDone = true;
        });
        QThread::msleep(300);
        const bool waited = !secondDone.load();
        if (commitFirst)
            tx->commit();
        tx.reset(); // rolls back unless committed
        second.join();
        QVERIFY(waited);
        QVERIFY2(secondError.isEmpty(), qPrintable(secondError));
        QCOMPARE(conflicts.load(), commitFirst ? 1 : 0);
        QCOMPARE(cardBalance(m_store.db(), 1), before + (commitFirst ? 1000 : 0) - 5);
        expectExact(m_store.db(),
                    commitFirst ? "ran again after the first" : "the first rolled back");
    }
}

// PostgreSQL, SERIALIZABLE: writers of different accounts' totals neither wait for each
// other (both on this one thread, where a wait would hang) nor fail against each other,
// also when each changes its account's totals several times, as a purchase does (a card
// per statement) and a registration (a workspace, a link), and in a store of a few accounts,
// whose totals the planner would rather scan than look up by key (a scan's predicate lock
// is the whole table; fee_center_totals_add turns scans off). Inserts only: two
// transactions that update cards of one small table can fail against each other without any
// total (the pages of its indexes are shared).
void TestFeeCenterTotals::postgresWritersOfDifferentAccountsDoNotMeet()
{
    if (!onPostgres())
        QSKIP("PostgreSQL only: SQLite has one writer at a time");
    insertAccounts(m_store.db(), 1, 20);
    insertCardsOf(m_store.db(), 1, 0, 3);
    insertCardsOf(m_store.db(), 2, 10, 3);
    m_store.db().execute(u"ANALYZE"_s);
    auto a = oc::test::openStore(m_store.config());
    auto b = oc::test::openStore(m_store.config());
    for (int round = 0; round < 3; ++round) {
        Transaction ta(*a);
        Transaction tb(*b);
        for (int card = 0; card < 3; ++card) {
            insertCards(*a, {{100 + round * 10 + card, 1, 1000}});
            insertCards(*b, {{200 + round * 10 + card, 2, 500}});
        }
        insertWorkspace(*a, u"wksp_a%1"_s.arg(round), 1);
        insertWorkspace(*b, u"wksp_b%1"_s.arg(round), 2);
        insertLink(*a, u"hw-a%1"_s.arg(round), 1);
        insertLink(*b, u"hw-b%1"_s.arg(round), 2);
        ta.commit();
        tb.commit(); // no serialization failure
    }
    QCOMPARE(std::get<1>(totals(m_store.db(), 1)), 3);
    QCOMPARE(std::get<2>(totals(m_store.db(), 2)), 3);
    expectExact(m_store.db(), "two accounts' writers");
}

// PostgreSQL: TRUNCATE (a statement the row changes do not show) sets the total to 0.
void TestFeeCenterTotals::postgresTruncateZeroesATotal()
{
    if (!onPostgres())
        QSKIP("PostgreSQL only: SQLite has no TRUNCATE");
    insertAccounts(m_store.db(), 1, 2);
    insertCardsOf(m_store.db(), 1, 0, 4);
    insertCardsOf(m_store.db(), 2, 10, 4);
    insertWorkspace(m_store.db(), u"wksp_a"_s, 1);
    insertLink(m_store.db(), u"hw-1"_s, 2);
    m_store.db().execute(u"TRUNCATE stored_value_cards"_s);
    QCOMPARE(totals(m_store.db(), 1), std::make_tuple(qint64(0), qint64(1), qint64(0)));
    QCOMPARE(totals(m_store.db(), 2), std::make_tuple(qint64(0), qint64(0), qint64(1)));
    m_store.db().execute(u"TRUNCATE workspaces, fee_center_huawei_links"_s);
    expectExact(m_store.db(), "truncated");
    insertCardsOf(m_store.db(), 2, 20, 2);
    expectExact(m_store.db(), "after the truncate");
}

QTEST_GUILESS_MAIN(TestFeeCenterTotals)
#include "test_fc_totals.moc"
