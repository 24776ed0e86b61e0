// The list views at scale, on a generated data set of a few thousand rows (the benchmark's
// generator, tests/bench/large_data_generator.*; bench_views measures 100k / 1M): what the
// console relies on to stay responsive, checked without timing anything.
//  - sorting a Billing Center list by any of its columns walks an index (migration 0005):
//    the plan never sorts the whole table (no "USE TEMP B-TREE FOR ORDER BY") nor scans it
//    without an index, so a page costs a page, not the table;
//  - the fee-center filter (the Billing Center's picker) searches an index;
//  - text search is SQL: the filtered total and rows are exactly the matching rows;
//  - a page past the middle, read backwards from the end (ListQuery::knownTotal), holds
//    the same rows as the same page read forwards.

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

// A full sort or an unindexed scan of `alias`'s table in a plan.
bool sortsOrScansTable(const QStringList &plan, const QString &alias)
{
    for (const QString &step : plan) {
        if (step.contains(QStringLiteral("TEMP B-TREE FOR ORDER BY")) &&
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
    void generatedDatabaseOpensInTheBackend();

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

// The columns the Billing Center shows (gui/views/ConsoleViews.cpp), each sortable by a
// header click. Not listed: sorts by a joined or computed value (the fee-center username,
// the settlement account), which no index of the sorted table can serve.
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
                                       column::SourceOrderId};
    for (QLatin1StringView key : cards)
        QTest::addRow("storedValueCards %s", key.isEmpty() ? "default" : key.data())
            << QString(view::StoredValueCards) << u"c"_s << QString(key);
    const QLatin1StringView workspaces[] = {{},
                                            column::Name,
                                            column::Status,
                                            column::LockedAt,
                                            column::Settlement,
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
        for (const int offset : {0, int(total) - 50}) {
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

QTEST_GUILESS_MAIN(TestListViewsScale)
#include "test_list_views_scale.moc"
