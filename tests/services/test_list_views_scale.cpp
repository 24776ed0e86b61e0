// The list views at scale, on a generated data set of a few thousand rows (the benchmark's
// generator, tests/bench/large_data_generator.*; bench_views measures 100k / 1M): what the
// console relies on to stay responsive, checked without timing anything.
//  - sorting a Billing Center list by any of its columns walks an index (migration 0005):
//    the plan never sorts the whole table (no "USE TEMP B-TREE FOR ORDER BY") nor scans it
//    without an index, so a page costs a page, not the table;
//  - the fee-center filter (the Billing Center's picker) searches an index;
//  - text search is SQL: the filtered total and rows are exactly the matching rows;
//  - a page past the middle, read backwards from the end (ListQuery::knownTotal), holds
//    the same rows as the same page read forwards;
//  - a deep page reads its keys first (the order's index alone, then the page's rows by
//    key: issue 20) and holds the rows the whole list has there.

#include "TestSupport.h"
#include "large_data_generator.h"
#include "store/ListViews.h"

#include <QSqlQuery>

using namespace oc;
using namespace Qt::StringLiterals;
using oc::test::await;

namespace {

QString planText(const QStringList &plan)
{
    return plan.join(QStringLiteral(" | "));
}

// A full sort or an unindexed scan of `alias`'s table in a plan. A deep page that reads its
// keys first (a list subquery walking a covering index) sorts only its own rows.
bool sortsOrScansTable(const QStringList &plan, const QString &alias)
{
    const bool keysFirst =
        !plan.filter(QStringLiteral("LIST SUBQUERY")).isEmpty() &&
        !plan.filter(QRegularExpression(QStringLiteral("^SCAN %1 USING COVERING INDEX").arg(alias)))
             .isEmpty();
    for (const QString &step : plan) {
        if (!keysFirst && step.contains(QStringLiteral("TEMP B-TREE FOR ORDER BY")) &&
            !step.contains(QStringLiteral("RIGHT PART")) &&
            !step.contains(QStringLiteral("LAST TERM")))
            return true;
        if (step == QStringLiteral("SCAN ") + alias)
            return true;
    }
    return false;
}

} // namespace

class TestListViewsScale : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sortingWalksAnIndex_data();
    void sortingWalksAnIndex();
    void feeCenterFilterSearchesAnIndex_data();
    void feeCenterFilterSearchesAnIndex();
    void textSearchRunsInSql_data();
    void textSearchRunsInSql();
    void pageReadBackwardsMatchesForwards_data();
    void pageReadBackwardsMatchesForwards();
    void deepPagesReadKeysFirst_data();
    void deepPagesReadKeysFirst();
    void statisticsCoverNewIndexes();
    void generatedDatabaseOpensInTheBackend();
    void aStoppedRawReadLeavesTheConnectionUsable();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<store::Database> m_db;
    bench::LargeDataSpec m_spec;
};

void TestListViewsScale::initTestCase()
{
    OC_REQUIRE_STORE();
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"scale.sqlite"_s);
    m_spec.workspaces = 3000;
    m_spec.cards = 6000;
    m_spec.feeCenterAccounts = 20;
    const auto report = bench::generateLargeDatabase(m_path, m_spec);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
    QCOMPARE(report->cards, m_spec.cards);
    QVERIFY(!QFileInfo::exists(m_path + u".part"_s));
    m_db = oc::test::openStore(m_path);
    QCOMPARE(m_db->schemaVersion(), store::Database::latestSchemaVersion());
}

// The columns the Billing Center shows (gui/views/BillingCenterView.cpp), each sortable by
// a header click (migrations 5 and 18), at the start, the middle (keys first) and the end
// (read backwards). Not listed: the workspaces' fee-center username, a LEFT JOIN's value
// that no index of the sorted table can serve.
void TestListViewsScale::sortingWalksAnIndex_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("alias");
    QTest::addColumn<QString>("column");
    const QLatin1StringView cards[] = {{},
                                       column::CardNumber,
                                       column::FaceValue,
                                       column::Balance,
                                       column::Status,
                                       column::PurchaseType,
                                       column::PurchasedAt,
                                       column::ExpiresAt,
                                       column::SourceOrderId,
                                       column::FeeCenterUsername};
    for (QLatin1StringView key : cards)
        QTest::addRow("storedValueCards %s", key.isEmpty() ? "default" : key.data())
            << QString(view::StoredValueCards) << u"c"_s << QString(key);
    const QLatin1StringView workspaces[] = {{},
                                            column::Name,
                                            column::Status,
                                            column::LockedAt,
                                            column::LockReason,
                                            column::Settlement,
                                            column::SettlementAccountId,
                                            column::SettlementInstanceId,
                                            column::Site,
                                            column::Language,
                                            column::CreatedAt};
    for (QLatin1StringView key : workspaces)
        QTest::addRow("workspaces %s", key.isEmpty() ? "default" : key.data())
            << QString(view::Workspaces) << u"w"_s << QString(key);
}

void TestListViewsScale::sortingWalksAnIndex()
{
    QFETCH(QString, view);
    QFETCH(QString, alias);
    QFETCH(QString, column);
    const qint64 total = view == view::Workspaces ? m_spec.workspaces : m_spec.cards;
    for (const bool descending : {false, true}) {
        for (const int offset : {0, int(total) / 2, int(total) - 50}) {
            ListQuery query;
            query.view = view;
            query.sortColumn = column;
            query.descending = descending;
            query.offset = offset;
            query.limit = 100;
            query.withTotal = false;
            query.knownTotal = total;
            const QStringList plan = store::ListViews(*m_db).queryPlan(query);
            QVERIFY(!plan.isEmpty());
            QVERIFY2(!sortsOrScansTable(plan, alias),
                     qPrintable(QStringLiteral("%1 %2 offset %3: %4")
                                    .arg(column, descending ? u"desc"_s : u"asc"_s)
                                    .arg(offset)
                                    .arg(planText(plan))));
        }
    }
}

void TestListViewsScale::feeCenterFilterSearchesAnIndex_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("alias");
    QTest::newRow("storedValueCards") << QString(view::StoredValueCards) << u"c"_s;
    QTest::newRow("workspaces") << QString(view::Workspaces) << u"w"_s;
}

void TestListViewsScale::feeCenterFilterSearchesAnIndex()
{
    QFETCH(QString, view);
    QFETCH(QString, alias);
    ListQuery query;
    query.view = view;
    query.filters = {{column::FeeCenterAccountId, 3}};
    const QStringList plan = store::ListViews(*m_db).queryPlan(query);
    QVERIFY2(plan.filter(QStringLiteral("SEARCH %1 USING").arg(alias)).size() == 1,
             qPrintable(planText(plan)));
    QVERIFY2(!sortsOrScansTable(plan, alias), qPrintable(planText(plan)));
}

void TestListViewsScale::textSearchRunsInSql_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("expectedSql");
    QTest::newRow("cards by fee-center username")
        << QString(view::StoredValueCards) << u"bench-fc-0007"_s
        << QString::fromUtf8(
               "SELECT count(*) FROM stored_value_cards c JOIN fee_center_accounts f ON "
               "f.fee_center_account_id = c.fee_center_account_id WHERE f.username = "
               "'bench-fc-0007'");
    QTest::newRow("workspaces by name part")
        << QString(view::Workspaces) << u"ml-us1"_s
        << u"SELECT count(*) FROM workspaces WHERE name LIKE '%ml-us1%'"_s;
}

void TestListViewsScale::textSearchRunsInSql()
{
    QFETCH(QString, view);
    QFETCH(QString, search);
    QFETCH(QString, expectedSql);
    QSqlQuery expected(m_db->handle());
    QVERIFY(expected.exec(expectedSql) && expected.next());
    const qint64 matching = expected.value(0).toLongLong();
    QVERIFY(matching > 0);

    ListQuery query;
    query.view = view;
    query.search = search;
    query.limit = 50;
    const ListPage page = store::ListViews(*m_db).page(query);
    QCOMPARE(page.total, matching);
    QCOMPARE(page.rows.size(), qMin<qint64>(50, matching));
    const QString key = view == view::Workspaces ? column::Name : column::FeeCenterUsername;
    const int name = columnIndex(store::ListViews::columns(view), key);
    QVERIFY(name >= 0);
    for (const QVariantList &row : page.rows)
        QVERIFY2(row.at(name).toString().contains(search), qPrintable(row.at(name).toString()));
}

void TestListViewsScale::pageReadBackwardsMatchesForwards_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("search");
    QTest::newRow("cards default")
        << QString(view::StoredValueCards) << QString() << false << QString();
    QTest::newRow("cards by status desc")
        << QString(view::StoredValueCards) << QString(column::Status) << true << QString();
    QTest::newRow("cards by face value, searched")
        << QString(view::StoredValueCards) << QString(column::FaceValue) << false
        << u"bench-fc-001"_s;
    QTest::newRow("workspaces by name")
        << QString(view::Workspaces) << QString(column::Name) << false << QString();
    QTest::newRow("workspaces by site desc")
        << QString(view::Workspaces) << QString(column::Site) << true << QString();
}

void TestListViewsScale::pageReadBackwardsMatchesForwards()
{
    QFETCH(QString, view);
    QFETCH(QString, column);
    QFETCH(bool, descending);
    QFETCH(QString, search);
    store::ListViews views(*m_db);
    ListQuery query;
    query.view = view;
    query.sortColumn = column;
    query.descending = descending;
    query.search = search;
    query.limit = 1;
    const qint64 total = views.page(query).total;
    QVERIFY(total > 300);
    query.withTotal = false;
    query.limit = 100;
    // The last page (short), one just past the middle, one ending at the last row.
    for (const qint64 offset : {total - total % 100, total / 2 + 1, total - 100}) {
        query.offset = int(offset);
        query.knownTotal = -1;
        const ListPage forwards = views.page(query);
        query.knownTotal = total;
        const ListPage backwards = views.page(query);
        QCOMPARE(backwards.rows.size(), qMin<qint64>(100, total - offset));
        QCOMPARE(backwards.rows, forwards.rows);
    }
}

void TestListViewsScale::deepPagesReadKeysFirst_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QVariantMap>("filters");
    QTest::addColumn<bool>("keysFirst");
    const QVariantMap none;
    QTest::newRow("cards default")
        << QString(view::StoredValueCards) << QString() << false << none << true;
    QTest::newRow("cards by expiry desc")
        << QString(view::StoredValueCards) << QString(column::ExpiresAt) << true << none << true;
    QTest::newRow("cards by balance, available")
        << QString(view::StoredValueCards) << QString(column::Balance) << false
        << QVariantMap{{column::Status, u"available"_s}} << true;
    QTest::newRow("cards by username (joined: OFFSET)")
        << QString(view::StoredValueCards) << QString(column::FeeCenterUsername) << false << none
        << false;
    // Most workspaces were never locked: NULLs, where both stores place them.
    QTest::newRow("workspaces by lock time")
        << QString(view::Workspaces) << QString(column::LockedAt) << false << none << true;
    QTest::newRow("workspaces by lock time desc")
        << QString(view::Workspaces) << QString(column::LockedAt) << true << none << true;
    QTest::newRow("workspaces by settlement account")
        << QString(view::Workspaces) << QString(column::SettlementAccountId) << false << none
        << true;
    QTest::newRow("workspaces by name desc, active")
        << QString(view::Workspaces) << QString(column::Name) << true
        << QVariantMap{{column::Status, u"active"_s}} << true;
}

void TestListViewsScale::deepPagesReadKeysFirst()
{
    QFETCH(QString, view);
    QFETCH(QString, column);
    QFETCH(bool, descending);
    QFETCH(QVariantMap, filters);
    QFETCH(bool, keysFirst);
    store::ListViews views(*m_db);
    ListQuery query;
    query.view = view;
    query.sortColumn = column;
    query.descending = descending;
    query.filters = filters;
    QList<QVariantList> all;
    views.forEachRow(query, [&](const QVariantList &row, qint64, qint64) {
        all << row;
        return true;
    });
    const qint64 total = all.size();
    QVERIFY2(total > 1200, qPrintable(QString::number(total)));
    query.limit = 100;
    query.withTotal = false;
    for (const qint64 offset : {qint64(1000), total / 2 - 37, total / 2, total / 2 + 1,
                                total - 1100, total - 100, total - 30}) {
        query.offset = int(offset);
        for (const qint64 known : {qint64(-1), total}) {
            query.knownTotal = known;
            const ListPage page = views.page(query);
            QCOMPARE(page.rows.size(), qMin<qint64>(100, total - offset));
            QVERIFY2(page.rows == all.mid(offset, 100),
                     qPrintable(u"offset %1, known total %2"_s.arg(offset).arg(known)));
        }
    }
    query.offset = int(total / 2);
    query.knownTotal = total;
    const QStringList plan = views.queryPlan(query);
    QVERIFY2(plan.filter(u"LIST SUBQUERY"_s).isEmpty() != keysFirst, qPrintable(planText(plan)));
    if (keysFirst && filters.isEmpty()) // the keys from the order's index alone
        QVERIFY2(!plan.filter(QRegularExpression(u"^SCAN [cw] USING COVERING INDEX"_s)).isEmpty(),
                 qPrintable(planText(plan)));
}

// A file with planner statistics (the generator's ANALYZE) has them measured again after a
// migration: an index without any, among indexes with them, looks so selective to SQLite
// that the cards' first page joined and sorted every card (issue 20, migration 18's
// stored_value_cards_fc_number).
void TestListViewsScale::statisticsCoverNewIndexes()
{
    const auto measured = [&] {
        QSqlQuery query(m_db->handle());
        return query.exec(u"SELECT count(*) FROM sqlite_stat1 WHERE idx = "
                          "'stored_value_cards_fc_number'"_s) &&
               query.next() && query.value(0).toInt() == 1;
    };
    QVERIFY(measured());
    QSqlQuery forget(m_db->handle());
    QVERIFY(forget.exec(u"DELETE FROM sqlite_stat1 WHERE idx = 'stored_value_cards_fc_number'"_s));
    QVERIFY(!measured());
    m_db->refreshPlannerStatistics();
    QVERIFY(measured());
    ListQuery query;
    query.view = view::StoredValueCards;
    const QStringList plan = store::ListViews(*m_db).queryPlan(query);
    QVERIFY2(!sortsOrScansTable(plan, u"c"_s), qPrintable(planText(plan)));
}

// The generated file is a console database: the backend opens it and lists it.
void TestListViewsScale::generatedDatabaseOpensInTheBackend()
{
    LocalBackendOptions options;
    options.database.path = m_path;
    options.database.create = false;
    options.hashCost = HashCost::Minimum;
    options.freezeClock = true;
    LocalBackend backend(options);
    const Status opened = await(backend.open());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
    QVERIFY(oc::test::count(backend, view::Workspaces) > m_spec.workspaces);
}

// PostgreSQL: a raw read (an export) stopped after its first row cancels the rest of its
// statement, which the server ends with an error; the connection goes on, and so does the
// transaction it ran in (a savepoint). A few thousand rows: more than the server has sent
// when the cancel reaches it.
void TestListViewsScale::aStoppedRawReadLeavesTheConnectionUsable()
{
    if (!oc::test::onPostgres())
        QSKIP("PostgreSQL's own (SQLite: a statement reset, test_repositories)");
    const store::DatabaseConfig server = oc::test::freshDatabase(m_dir, u"raw-stop"_s);
    const auto dropServer = qScopeGuard([&] { oc::test::dropDatabase(server); });
    const auto prepared = bench::preparePostgresDataSet(server, m_spec);
    QVERIFY2(prepared.ok(), qPrintable(prepared.ok() ? QString() : prepared.error().toString()));
    const auto dropSet = qScopeGuard([&] { oc::test::dropDatabase(*prepared); });
    const auto db = oc::test::openStore(*prepared);
    store::ListViews views(*db);
    ListQuery query;
    query.view = view::StoredValueCards;
    const auto everyRow = [](const QList<store::ListViews::RawCell> &, qint64, qint64) {
        return true;
    };
    for (const bool inTransaction : {true, false}) {
        std::optional<store::Transaction> transaction;
        if (inTransaction)
            transaction.emplace(*db);
        const qint64 total = views.forEachRawRow(query, everyRow);
        QVERIFY2(total >= m_spec.cards, qPrintable(QString::number(total)));
        for (int round = 0; round < 3; ++round) {
            QCOMPARE(views.forEachRawRow(query, [](const QList<store::ListViews::RawCell> &, qint64,
                                                   qint64) { return false; }),
                     1);
            query.limit = 100;
            QCOMPARE(views.page(query).rows.size(), 100);
            QCOMPARE(views.forEachRawRow(query, everyRow), total);
        }
        if (transaction)
            transaction->commit();
    }
}

QTEST_GUILESS_MAIN(TestListViewsScale)
#include "test_list_views_scale.moc"
