// Text search as an index (issue 20, migration 0018): the Billing Center's big lists find a
// search's rows through search indexes (SQLite: FTS5 trigram tables kept in step by
// triggers; PostgreSQL: pg_trgm GIN indexes), and give exactly the rows of the substring
// filter that tested every row before them (ListViews::Access::Scanned: the same LIKE
// alone). Compared on generated data with Chinese text, ids, emails, mixed case, accents,
// characters beyond the BMP and LIKE's own %, _ and \ in the data and in the searches; for
// searches of 1, 2, 3 and more characters (shorter than 3: no index, the scan), on pages,
// totals and the whole streamed list, on both stores. And that the index is what reads.
// Also on both stores: a deep page, read keys first (the order's index alone, then the rows
// by key), holds the rows the whole list has there.

#include "TestSupport.h"
#include "core/Random.h"
#include "store/Database.h"
#include "store/ListViews.h"

#include <QScopeGuard>

using namespace oc;
using namespace oc::store;
using namespace Qt::StringLiterals;

namespace {

// Parts of the generated texts: ASCII in both cases, Chinese, accented letters (LIKE folds
// ASCII letters only, the trigram index every letter), characters beyond the BMP (one
// character, two UTF-16 units), LIKE's wildcards and escape, a double quote (FTS5's
// phrase delimiter), spaces and punctuation.
const QStringList Words = {
    u"prod"_s,      u"Staging"_s,   u"DEV"_s,      u"MiXeD"_s,       u"bench"_s,
    u"北京"_s,      u"上海市"_s,    u"生产环境"_s, u"数据平台"_s,    u"测试"_s,
    u"Émile"_s,     u"émile"_s,     u"ÉCOLE"_s,    u"straße"_s,      u"𠀀𠀁𠀂"_s,
    u"😀"_s,         u"50%"_s,       u"a_b"_s,      u"back\\slash"_s, u"\"quoted\""_s,
    u"100%_sure"_s, u"Co., Ltd."_s, u"o'neil"_s,   u"x"_s,           u"unit\x1fsep"_s,
};

// Searches typed as a person would, besides substrings drawn from the data: every length
// from 1 character, the wildcards and the escape, quotes, case, accents, no match at all,
// and what would be query syntax to FTS5.
const QStringList FixedSearches = {
    u"a"_s,
    u"E"_s,
    u"京"_s,
    u"%"_s,
    u"_"_s,
    u"\\"_s,
    u"\""_s,
    u"😀"_s,
    u"𠀀"_s,
    u"fc"_s,
    u"北京"_s,
    u"%_"_s,
    u"𠀀𠀁"_s,
    u"\\s"_s,
    u"ab"_s,
    u"BENCH"_s,
    u"bench-fc-0"_s,
    u"BeNcH-Fc-01"_s,
    u"@example"_s,
    u".COM"_s,
    u"上海市"_s,
    u"生产环"_s,
    u"50%"_s,
    u"%_s"_s,
    u"a_b"_s,
    u"0%_"_s,
    u"k\\sl"_s,
    u"\"quo"_s,
    u"ted\""_s,
    u"𠀀𠀁𠀂"_s,
    u"éMI"_s,
    u"Émile"_s,
    u"ÉCO"_s,
    u"ASSE"_s,
    u"Co., Ltd"_s,
    u"o'ne"_s,
    u"61"_s,
    u"CS26"_s,
    u"cs26"_s,
    u"ws_"_s,
    u"zz-no-match"_s,
    u"  staging  "_s,
    u"  "_s,
    // FTS5 query syntax typed as text: quotes only, operators, a column filter, a prefix.
    u"\"\"\""_s,
    u"a OR b"_s,
    u"NEAR(a b)"_s,
    u"{name} : x"_s,
    u"dev*"_s,
    u"a\tb\nc"_s,
    // PostgreSQL's search text joins a row's columns with U+001F (migration 24): a search
    // that holds one matches within a column, never across two ("\x1fprod": a name that
    // starts with "prod" after any workspace id).
    u"t\x1fse"_s,
    u"\x1fprod"_s,
    u"\x1f"_s,
};

class Data
{
public:
    explicit Data(Database &db)
        : m_db(db)
        , m_random(20260306)
    {}

    void fill(int accounts, int workspaces, int cards)
    {
        Transaction transaction(m_db);
        for (int i = 0; i < accounts; ++i)
            insertAccount(i);
        for (int i = 0; i < workspaces; ++i)
            insertWorkspace(i);
        for (int i = 0; i < cards; ++i)
            insertCard(i);
        transaction.commit();
    }

    // Texts of the data to draw searches from.
    QStringList texts;

    QString pick(const QStringList &list)
    {
        return list.at(int(m_random.uniform(quint32(list.size()))));
    }
    int below(int n) { return int(m_random.uniform(quint32(n))); }

    // A few words joined, some with a number.
    QString phrase()
    {
        QStringList parts;
        for (int i = 0, n = 1 + below(3); i < n; ++i)
            parts << pick(Words);
        if (below(2))
            parts << QString::number(below(1000));
        return parts.join(below(2) ? u"-"_s : u" "_s);
    }

    QString digits(int n)
    {
        QString text;
        for (int i = 0; i < n; ++i)
            text += QChar(u'0' + below(10));
        return text;
    }

    void insertAccount(int i)
    {
        // Usernames are unique regardless of case (migration 0006): numbered.
        static const QStringList stems = {u"Bench-FC-"_s, u"bench-fc-"_s, u"北京用户"_s,
                                          u"user_"_s,     u"50%off"_s,    u"Émile."_s};
        const QString username = stems.at(i % stems.size()) + u"%1"_s.arg(i, 2, 10, QChar(u'0'));
        const QString email = i % 3 == 0   ? u"billing%1@Example.COM"_s.arg(i)
                              : i % 3 == 1 ? u"张三%1@例子.中国"_s.arg(i)
                                           : u"a_b%1\\x@bench.example.com"_s.arg(i);
        SqlQuery(m_db, u"INSERT INTO fee_center_accounts (username, email, password_hash, "
                       "enterprise_name, created_at) VALUES (:u, :e, 'x', :n, :t)"_s)
            .bind(u":u"_s, username)
            .bind(u":e"_s, email)
            .bind(u":n"_s, phrase())
            .bind(u":t"_s, 1000 + i)
            .exec();
        m_accounts << SqlQuery(m_db, u"SELECT fee_center_account_id FROM fee_center_accounts "
                                     "WHERE username = :u"_s)
                          .bind(u":u"_s, username)
                          .exec()
                          .texts()
                          .first()
                          .toLongLong();
        texts << username << email;
    }

    void insertWorkspace(int i)
    {
        const QString id = u"ws_"_s + QString::number(100000 + i * 7919 % 90000, 36) + digits(3);
        const QString name = phrase() + u"-%1"_s.arg(i);
        const int method = below(4);
        const QString account =
            method == 0 ? QString(u""_s) : (method == 1 ? u"hw_"_s + digits(8) : digits(12));
        const QString instance = method == 1 ? u"inst-"_s + digits(6) : u""_s;
        // One in ten without a fee-center account (schema 2): its username is empty.
        // A quarter locked at some time, the others never (NULL: ordered where each store
        // orders NULLs, first or last).
        const QVariant lockedAt = below(4) == 0 ? QVariant(qint64(7000 + below(500)))
                                                : QVariant(QMetaType::fromType<qint64>());
        const QVariant feeCenter = below(10) == 0
                                       ? QVariant(QMetaType::fromType<qint64>())
                                       : QVariant(m_accounts.at(below(int(m_accounts.size()))));
        SqlQuery(m_db, u"INSERT INTO workspaces (workspace_id, name, language, site, "
                       "fee_center_account_id, settlement_method, settlement_account_id, "
                       "settlement_instance_id, status, locked_at, created_at) VALUES (:id, "
                       ":n, 'zh', 'cn1', :f, :m, :a, :i, 'active', :l, :t)"_s)
            .bind(u":id"_s, id)
            .bind(u":n"_s, name)
            .bind(u":f"_s, feeCenter)
            .bind(u":m"_s, method == 0   ? u"fee_center"_s
                           : method == 1 ? u"huawei_cloud"_s
                           : method == 2 ? u"alibaba_cloud"_s
                                         : u"aws"_s)
            .bind(u":a"_s, account)
            .bind(u":i"_s, instance)
            .bind(u":l"_s, lockedAt)
            .bind(u":t"_s, 5000 + below(100000))
            .exec();
        texts << id << name << account << instance;
    }

    void insertCard(int i)
    {
        const QString number = u"61"_s + QString::number(10000000000000LL + i * 977LL);
        const QString order = below(3) == 0 ? u""_s : u"CS26%1"_s.arg(digits(6)) + pick(Words);
        const qint64 face = 10000 * (1 + below(5));
        SqlQuery(m_db, u"INSERT INTO stored_value_cards (card_number, fee_center_account_id, "
                       "face_value_fen, balance_fen, status, purchase_type, purchased_at, "
                       "expires_at, source_order_id) VALUES (:c, :f, :v, :b, 'available', "
                       "'direct', :p, :e, :o)"_s)
            .bind(u":c"_s, number)
            .bind(u":f"_s, m_accounts.at(below(int(m_accounts.size()))))
            .bind(u":v"_s, face)
            .bind(u":b"_s, below(int(face)))
            .bind(u":p"_s, 2000 + below(1000))
            .bind(u":e"_s, 9000 + below(1000))
            .bind(u":o"_s, order)
            .exec();
        texts << number << order;
    }

    QList<qint64> accounts() const { return m_accounts; }

private:
    Database &m_db;
    SeededRandom m_random;
    QList<qint64> m_accounts;
};

// Every row of `query`, in order, as streamed.
QList<QVariantList> allRows(ListViews &views, const ListQuery &query)
{
    QList<QVariantList> rows;
    views.forEachRow(query, [&](const QVariantList &row, qint64, qint64) {
        rows << row;
        return true;
    });
    return rows;
}

QString describe(const ListQuery &query)
{
    return u"%1 search \"%2\" sort %3%4"_s.arg(query.view, query.search, query.sortColumn,
                                               query.descending ? u" desc"_s : QString());
}

} // namespace

class TestTextSearch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void indexedSearchGivesTheSubstringFiltersRows_data();
    void indexedSearchGivesTheSubstringFiltersRows();
    void searchesOfThreeCharactersReadTheIndex();
    void caseAndWildcardsAsBefore();
    void indexFollowsInsertsUpdatesAndDeletes();
    void deepPagesHoldTheWholeListsRows_data();
    void deepPagesHoldTheWholeListsRows();
    void searchPagesWalkTheOrderOrSortTheMatches();
    void pagesOfOneShapeTakeTheirOwnValues();

private:
    // Compares the indexed and the scanned search of `query` (the whole list, a first page
    // with its total, a page further on); returns the total.
    qint64 compare(ListQuery query);

    QTemporaryDir m_dir;
    DatabaseConfig m_config;
    std::unique_ptr<Database> m_db;
    QStringList m_drawn; // searches drawn from the data
};

void TestTextSearch::initTestCase()
{
    OC_REQUIRE_STORE();
    m_config = oc::test::freshDatabase(m_dir, u"search.sqlite"_s);
    auto opened = Database::open(m_config, u"text-search"_s);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
    m_db = std::move(opened).value();
    Data data(*m_db);
    data.fill(36, 1400, 2500);
    // Substrings of the data of 1 to 8 characters (UTF-16 units: a pair may be cut in
    // two, a search no person types but one that must not fail either).
    for (int i = 0; i < 60; ++i) {
        const QString text = data.pick(data.texts);
        if (text.isEmpty())
            continue;
        const int length = 1 + data.below(qMin(8, int(text.size())));
        m_drawn << text.mid(data.below(int(text.size()) - length + 1), length);
    }
}

void TestTextSearch::cleanupTestCase()
{
    m_db.reset();
    oc::test::dropDatabase(m_config);
}

qint64 TestTextSearch::compare(ListQuery query)
{
    ListViews indexed(*m_db, ListViews::Access::Indexed);
    ListViews scanned(*m_db, ListViews::Access::Scanned);
    const QString what = describe(query);

    const QList<QVariantList> expected = allRows(scanned, query);
    const QList<QVariantList> found = allRows(indexed, query);
    if (found != expected) {
        QTest::qFail(qPrintable(u"%1: %2 rows streamed, expected %3"_s.arg(what)
                                    .arg(found.size())
                                    .arg(expected.size())),
                     __FILE__, __LINE__);
        return -1;
    }
    query.offset = 0;
    query.limit = 25;
    query.withTotal = true;
    const ListPage first = indexed.page(query);
    const ListPage firstScanned = scanned.page(query);
    if (first.total != expected.size() || first != firstScanned) {
        QTest::qFail(qPrintable(u"%1: first page total %2, expected %3"_s.arg(what)
                                    .arg(first.total)
                                    .arg(expected.size())),
                     __FILE__, __LINE__);
        return -1;
    }
    // SQLite sorts a first page's matches at once up to sortedSearchRows() of them; beyond,
    // it counts them first. Both ways, from the start, the middle and past the end.
    ListViews capped(*m_db, ListViews::Access::Indexed);
    capped.setSortedSearchRows(40);
    const bool sqlite = m_db->dialect().kind() == SqlDialect::Kind::Sqlite;
    for (const int offset : {0, int(expected.size() / 2), int(expected.size()) + 5}) {
        if (!sqlite)
            break; // its own search reads the same way either way (checked above)
        query.offset = offset;
        for (ListViews *views : {&indexed, &capped}) {
            const ListPage page = views->page(query);
            if (page.total != expected.size() || page.rows != expected.mid(offset, query.limit)) {
                QTest::qFail(qPrintable(u"%1: first page from %2 (%3 matches sorted at once): "
                                        "total %4, expected %5"_s.arg(what)
                                            .arg(offset)
                                            .arg(views == &capped ? 40 : 10000)
                                            .arg(page.total)
                                            .arg(expected.size())),
                             __FILE__, __LINE__);
                return -1;
            }
        }
    }
    // A page further on, with the total known (the model's page requests).
    query.offset = int(expected.size() / 2);
    query.withTotal = false;
    query.knownTotal = expected.size();
    if (indexed.page(query).rows != expected.mid(query.offset, query.limit)) {
        QTest::qFail(qPrintable(what + u": a later page differs"_s), __FILE__, __LINE__);
        return -1;
    }
    return expected.size();
}

void TestTextSearch::indexedSearchGivesTheSubstringFiltersRows_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("sortColumn");
    QTest::addColumn<bool>("descending");
    QTest::newRow("cards") << QString(view::StoredValueCards) << QString() << false;
    QTest::newRow("cards by face value desc")
        << QString(view::StoredValueCards) << QString(column::FaceValue) << true;
    QTest::newRow("cards by username")
        << QString(view::StoredValueCards) << QString(column::FeeCenterUsername) << false;
    QTest::newRow("workspaces") << QString(view::Workspaces) << QString() << false;
    QTest::newRow("workspaces by name")
        << QString(view::Workspaces) << QString(column::Name) << false;
    QTest::newRow("fee-center accounts") << QString(view::FeeCenterAccounts) << QString() << false;
}

void TestTextSearch::indexedSearchGivesTheSubstringFiltersRows()
{
    QFETCH(QString, view);
    QFETCH(QString, sortColumn);
    QFETCH(bool, descending);
    int matched = 0;
    const QStringList searches = FixedSearches + m_drawn;
    for (const QString &search : searches) {
        ListQuery query;
        query.view = view;
        query.search = search;
        query.sortColumn = sortColumn;
        query.descending = descending;
        const qint64 total = compare(query);
        if (QTest::currentTestFailed())
            return;
        matched += total > 0 ? 1 : 0;
    }
    // Not vacuous: most searches find rows.
    QVERIFY2(matched > searches.size() / 3, qPrintable(QString::number(matched)));

    // With a filter as well (the Billing Center's fee-center picker).
    if (view != view::FeeCenterAccounts) {
        ListQuery query;
        query.view = view;
        query.filters = {{column::FeeCenterAccountId,
                          SqlQuery(*m_db, u"SELECT min(fee_center_account_id) FROM "
                                          "fee_center_accounts WHERE username LIKE 'bench%'"_s)
                              .exec()
                              .texts()
                              .first()
                              .toLongLong()}};
        for (const QString &search : {u"bench"_s, u"61"_s, u"prod"_s, u"CS26"_s}) {
            query.search = search;
            if (compare(query) < 0)
                return;
        }
    }
}

// The plans: a search of 3 characters or more reads the search index (SQLite: the FTS5
// table; PostgreSQL: a trigram index, with sequential and plain index scans off so that the
// planner shows the index it can search by on these few rows), a shorter one does not.
void TestTextSearch::searchesOfThreeCharactersReadTheIndex()
{
    const bool sqlite = m_db->dialect().kind() == SqlDialect::Kind::Sqlite;
    if (!sqlite) {
        m_db->execute(u"SET enable_seqscan = off"_s);
        m_db->execute(u"SET enable_indexscan = off"_s);
    }
    const auto reset = qScopeGuard([&] {
        if (!sqlite) {
            m_db->execute(u"SET enable_seqscan = on"_s);
            m_db->execute(u"SET enable_indexscan = on"_s);
        }
    });
    struct Case
    {
        QLatin1StringView view;
        QString search;
        QString index; // in the plan
    };
    const QString fts = u"VIRTUAL TABLE"_s;
    const Case cases[] = {
        {view::StoredValueCards, u"1000"_s,
         sqlite ? u"stored_value_cards_search"_s : u"stored_value_cards_number_trgm"_s},
        {view::StoredValueCards, u"bench-fc"_s,
         sqlite ? u"fee_center_accounts_search"_s : u"fee_center_accounts_username_trgm"_s},
        {view::Workspaces, u"北京市"_s,
         sqlite ? u"workspaces_search"_s : u"workspaces_search_trgm"_s},
        {view::FeeCenterAccounts, u"@example"_s,
         sqlite ? u"fee_center_accounts_search"_s : u"fee_center_accounts_search_trgm"_s},
    };
    for (const Case &c : cases) {
        ListQuery query;
        query.view = c.view;
        query.search = c.search;
        const QString plan = ListViews(*m_db).queryPlan(query).join(u" | "_s);
        QVERIFY2(plan.contains(c.index), qPrintable(c.search + u": "_s + plan));
        if (!sqlite)
            continue; // PostgreSQL may use a trigram index for the LIKE alone as well
        QVERIFY2(plan.contains(fts), qPrintable(plan));
        // Shorter: the scan, no index.
        query.search = c.search.left(2);
        const QString shortPlan = ListViews(*m_db).queryPlan(query).join(u" | "_s);
        QVERIFY2(!shortPlan.contains(fts), qPrintable(shortPlan));
        // The old path never reads an index.
        query.search = c.search;
        const QString scanPlan =
            ListViews(*m_db, ListViews::Access::Scanned).queryPlan(query).join(u" | "_s);
        QVERIFY2(!scanPlan.contains(fts), qPrintable(scanPlan));
    }
    // Two characters beyond the BMP are 4 UTF-16 units but 2 characters: no trigram.
    QVERIFY(!SqlDialect::searchesIndex(u"𠀀𠀁"_s));
    QVERIFY(SqlDialect::searchesIndex(u"𠀀𠀁𠀂"_s));
    QVERIFY(SqlDialect::searchesIndex(u"abc"_s));
    QVERIFY(!SqlDialect::searchesIndex(u"ab"_s));
}

// As before the index: case ignored as the dialect's LIKE does (ASCII letters on SQLite),
// the wildcards and the escape typed literally.
void TestTextSearch::caseAndWildcardsAsBefore()
{
    ListViews views(*m_db);
    const auto total = [&](const QString &search) {
        ListQuery query;
        query.view = view::FeeCenterAccounts;
        query.search = search;
        return views.page(query).total;
    };
    const qint64 bench = total(u"bench-fc-"_s);
    QVERIFY(bench > 0);
    QCOMPARE(total(u"BENCH-FC-"_s), bench);
    QCOMPARE(total(u"BeNcH-fC-"_s), bench);
    // 50%off: the % is a percent sign, not "anything".
    QVERIFY(total(u"50%off"_s) > 0);
    QCOMPARE(total(u"50%of"_s), total(u"50%off"_s));
    QCOMPARE(total(u"5%f"_s), 0);
    // a_b1\x: the underscore and the backslash are themselves.
    QVERIFY(total(u"a_b"_s) > 0);
    QVERIFY(total(u"a_b"_s) >= total(u"@bench.example.com"_s));
    QCOMPARE(total(u"a-b"_s), 0);
    QVERIFY(total(u"\\x@"_s) > 0);
    QCOMPARE(total(u"\\\\x@"_s), 0);
    // Chinese.
    QVERIFY(total(u"北京用户"_s) > 0);
    QVERIFY(total(u"@例子.中国"_s) > 0);
}

// Triggers keep the SQLite index in step (PostgreSQL's indexes are the tables' own): new,
// changed and removed rows are found, or not, at once.
void TestTextSearch::indexFollowsInsertsUpdatesAndDeletes()
{
    ListViews views(*m_db);
    const auto found = [&](QLatin1StringView view, const QString &search) {
        ListQuery query;
        query.view = view;
        query.search = search;
        const qint64 indexed = views.page(query).total;
        const qint64 scanned = ListViews(*m_db, ListViews::Access::Scanned).page(query).total;
        if (indexed != scanned)
            qWarning("%s: indexed %lld, scanned %lld", qPrintable(search), indexed, scanned);
        return indexed == scanned ? indexed : -1;
    };
    const qint64 account =
        SqlQuery(*m_db, u"SELECT min(fee_center_account_id) FROM fee_center_accounts"_s)
            .exec()
            .texts()
            .first()
            .toLongLong();
    QCOMPARE(found(view::StoredValueCards, u"6199999"_s), 0);
    SqlQuery(*m_db, u"INSERT INTO stored_value_cards (card_number, fee_center_account_id, "
                    "face_value_fen, balance_fen, status, purchase_type, purchased_at, "
                    "expires_at, source_order_id) VALUES ('6199999000000001', :f, 100, 1, "
                    "'available', 'direct', 1, 2, 'CS26新订单')"_s)
        .bind(u":f"_s, account)
        .exec();
    QCOMPARE(found(view::StoredValueCards, u"6199999"_s), 1);
    QCOMPARE(found(view::StoredValueCards, u"新订单"_s), 1);
    // A change of another column leaves the index; one of a searched column moves it.
    SqlQuery(*m_db, u"UPDATE stored_value_cards SET balance_fen = 0 WHERE card_number = "
                    "'6199999000000001'"_s)
        .exec();
    QCOMPARE(found(view::StoredValueCards, u"新订单"_s), 1);
    SqlQuery(*m_db, u"UPDATE stored_value_cards SET source_order_id = 'CS26改过的' WHERE "
                    "card_number = '6199999000000001'"_s)
        .exec();
    QCOMPARE(found(view::StoredValueCards, u"新订单"_s), 0);
    QCOMPARE(found(view::StoredValueCards, u"改过的"_s), 1);
    SqlQuery(*m_db, u"DELETE FROM stored_value_cards WHERE card_number = '6199999000000001'"_s)
        .exec();
    QCOMPARE(found(view::StoredValueCards, u"6199999"_s), 0);
    QCOMPARE(found(view::StoredValueCards, u"改过的"_s), 0);

    // A workspace renamed, a fee-center account renamed: the lists that join it follow.
    const QString workspace =
        SqlQuery(*m_db, u"SELECT min(workspace_id) FROM workspaces"_s).exec().texts().first();
    SqlQuery(*m_db, u"UPDATE workspaces SET name = '重新命名的空间' WHERE workspace_id = :w"_s)
        .bind(u":w"_s, workspace)
        .exec();
    QCOMPARE(found(view::Workspaces, u"重新命名"_s), 1);
    const qint64 before = found(view::StoredValueCards, u"renamed-fc"_s);
    QCOMPARE(before, 0);
    SqlQuery(*m_db, u"UPDATE fee_center_accounts SET username = 'renamed-fc' WHERE "
                    "fee_center_account_id = :f"_s)
        .bind(u":f"_s, account)
        .exec();
    QVERIFY(found(view::StoredValueCards, u"renamed-fc"_s) > 0);
    QCOMPARE(found(view::FeeCenterAccounts, u"renamed-fc"_s), 1);
    QVERIFY(found(view::Workspaces, u"RENAMED-FC"_s) >= 0);
}

void TestTextSearch::deepPagesHoldTheWholeListsRows_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("sortColumn");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QVariantMap>("filters");
    QTest::newRow("cards") << QString(view::StoredValueCards) << QString() << false
                           << QVariantMap();
    QTest::newRow("cards by face value desc")
        << QString(view::StoredValueCards) << QString(column::FaceValue) << true << QVariantMap();
    QTest::newRow("cards by source order")
        << QString(view::StoredValueCards) << QString(column::SourceOrderId) << false
        << QVariantMap();
    QTest::newRow("cards by username")
        << QString(view::StoredValueCards) << QString(column::FeeCenterUsername) << true
        << QVariantMap();
    QTest::newRow("workspaces by lock time")
        << QString(view::Workspaces) << QString(column::LockedAt) << false << QVariantMap();
    QTest::newRow("workspaces by lock time desc")
        << QString(view::Workspaces) << QString(column::LockedAt) << true << QVariantMap();
    QTest::newRow("workspaces by settlement account, settled on AWS")
        << QString(view::Workspaces) << QString(column::SettlementAccountId) << false
        << QVariantMap{{column::Settlement, u"aws"_s}};
}

void TestTextSearch::deepPagesHoldTheWholeListsRows()
{
    QFETCH(QString, view);
    QFETCH(QString, sortColumn);
    QFETCH(bool, descending);
    QFETCH(QVariantMap, filters);
    ListViews views(*m_db);
    ListQuery query;
    query.view = view;
    query.sortColumn = sortColumn;
    query.descending = descending;
    query.filters = filters;
    const QList<QVariantList> all = allRows(views, query);
    const qint64 total = all.size();
    QVERIFY(total > 300);
    query.withTotal = false;
    query.limit = 100;
    for (const qint64 offset :
         {qint64(0), qint64(1000), total / 2 - 7, total / 2 + 1, total - 150, total - 40}) {
        if (offset < 0)
            continue;
        query.offset = int(offset);
        for (const qint64 known : {qint64(-1), total}) {
            query.knownTotal = known;
            QVERIFY2(
                views.page(query).rows == all.mid(offset, 100),
                qPrintable(u"offset %1 of %2, known total %3"_s.arg(offset).arg(total).arg(known)));
        }
    }
}

// SQLite reads a page of an indexed search by walking the order's index when the matches
// are many enough to meet the page's rows soon (spread evenly), and by sorting the matches
// otherwise or when the walk came back short (its budget spent before the page was full:
// matches bunched at the far end of the order). Sorting reads no row when the index of a
// linked source's link holds the order's columns (every column of the card's own, migrations
// 21 and 22): the walk is then chosen only within CoveredWalkPerMatch (2) entries per match.
// Each way gives the scanned search's rows.
void TestTextSearch::searchPagesWalkTheOrderOrSortTheMatches()
{
    const bool sqlite = m_db->dialect().kind() == SqlDialect::Kind::Sqlite;
    Transaction transaction(*m_db); // rolled back: the other tests' data stays
    // 150 of the 2,500 cards, bought and expiring after every other card.
    SqlQuery(*m_db, u"UPDATE stored_value_cards SET source_order_id = 'CSLATE' || card_number, "
                    "purchased_at = 5000 + face_value_fen / 10000, expires_at = 20000 + "
                    "face_value_fen / 10000 WHERE card_number IN (SELECT card_number FROM "
                    "stored_value_cards ORDER BY card_number LIMIT 150)"_s)
        .exec();
    ListViews indexed(*m_db);
    ListViews scanned(*m_db, ListViews::Access::Scanned);
    struct Case
    {
        QString search;
        QString sortColumn;
        bool descending;
        int offset;
        int limit;
        // SQLite: the index the first statement reads the order from: walked
        // ("SCAN c USING COVERING INDEX <index>") or, for the sorted matches of an account,
        // searched by account ("SEARCH c USING COVERING INDEX <index> (fee_center_...");
        // empty: not checked.
        QString walks;
        QString sortsFrom;
        bool sorted = false; // SQLite: the first statement walks no index
    };
    const QString expires = u"stored_value_cards_expires"_s;
    const QString purchased = u"stored_value_cards_purchased"_s;
    const QString byAccount = u"stored_value_cards_fc"_s;
    // One account's cards: about 2,500 / 36 = 69 (the one named "bench-fc-07").
    const QString account = u"bench-fc-07"_s;
    // 10 rows of 150 matches among 2,500: a walk of 10 x 2,500 / 150 = 167 entries expected,
    // within its budget of 150 x 2 = 300.
    const Case cases[] = {
        // From the first to expire: the budget is spent before the last, so the walk finds
        // none; the matches are then sorted.
        {u"CSLATE"_s, column::ExpiresAt, false, 0, 10, expires, {}},
        {u"CSLATE"_s, column::ExpiresAt, false, 5, 10, expires, {}},
        // From the last: the walk meets them first.
        {u"CSLATE"_s, column::ExpiresAt, true, 0, 10, expires, {}},
        {u"CSLATE"_s, column::ExpiresAt, true, 5, 10, expires, {}},
        // 20 rows: 333 entries, over the budget: sorted.
        {u"CSLATE"_s, column::ExpiresAt, true, 0, 20, {}, {}, true},
        // Past the middle, read backwards from the other end (15 rows to reach).
        {u"CSLATE"_s, column::ExpiresAt, false, 135, 10, expires, {}},
        {u"CSLATE"_s, column::ExpiresAt, true, 135, 10, expires, {}},
        // By purchase, the default order: sorting the matches reads no row more than their
        // LIKE did, and 333 entries to walk for 150 matches is more than sorting them.
        {u"CSLATE"_s, column::PurchasedAt, true, 0, 20, {}, {}, true},
        {u"CSLATE"_s, column::PurchasedAt, false, 5, 15, {}, {}, true},
        // One account's cards: a walk of 20 x 2,500 / 69 = 725 entries, over its budget of
        // 69 x 2 = 138: sorted from the account's index alone, by any column of the card.
        {account, column::ExpiresAt, true, 0, 20, {}, byAccount},
        {account, column::Balance, false, 0, 20, {}, byAccount},
        {account, column::SourceOrderId, true, 10, 20, {}, byAccount},
        // Its first 3 by expiry: 3 x 2,500 / 69 = 109 entries, walked.
        {account, column::ExpiresAt, true, 0, 3, expires, {}},
        {account, column::PurchasedAt, true, 0, 20, {}, byAccount},
        {account, column::PurchasedAt, false, 30, 20, {}, byAccount},
        // Many matches (the accounts named "bench…"): their first rows soon met.
        {u"bench"_s, column::PurchasedAt, false, 0, 20, purchased, {}},
    };
    for (const Case &c : cases) {
        ListQuery query;
        query.view = view::StoredValueCards;
        query.search = c.search;
        query.sortColumn = c.sortColumn;
        query.descending = c.descending;
        query.offset = c.offset;
        query.limit = c.limit;
        const ListPage page = indexed.page(query);
        const ListPage expected = scanned.page(query);
        const QString what = describe(query) + u" offset %1"_s.arg(c.offset);
        QVERIFY2(page.total > 20, qPrintable(what));
        QVERIFY2(page == expected, qPrintable(what));
        QCOMPARE(page.rows.size(), c.limit);
        query.withTotal = false;
        query.knownTotal = page.total;
        QVERIFY2(indexed.page(query).rows == expected.rows, qPrintable(what));
        if (!sqlite)
            continue;
        const QString plan = indexed.queryPlan(query).join(u" | "_s);
        const QString walk = u"SCAN c USING COVERING INDEX "_s;
        if (!c.walks.isEmpty())
            QVERIFY2(plan.contains(walk + c.walks + u" "_s) || plan.endsWith(walk + c.walks),
                     qPrintable(what + u": "_s + plan));
        if (c.sorted)
            QVERIFY2(!plan.contains(walk), qPrintable(what + u": "_s + plan));
        if (!c.sortsFrom.isEmpty()) {
            QVERIFY2(!plan.contains(walk), qPrintable(what + u": "_s + plan));
            QVERIFY2(plan.contains(u"SEARCH c USING COVERING INDEX "_s + c.sortsFrom +
                                   u" (fee_center_account_id=?)"_s),
                     qPrintable(what + u": "_s + plan));
        }
    }
}

// A page without a search reuses the statement of an earlier page of the same shape (view,
// order, which filters, the kind of window: ListViews.cpp, shapedPageStatement) with the
// values of its own filters, offset and limit bound: pages of one shape, one value after
// another and back, each hold the rows of their own filter.
void TestTextSearch::pagesOfOneShapeTakeTheirOwnValues()
{
    ListViews views(*m_db);
    for (const auto &[viewName, filterColumn, sortColumn] :
         {std::tuple{QString(view::Workspaces), QString(column::Settlement), QString()},
          std::tuple{QString(view::StoredValueCards), QString(column::FeeCenterAccountId),
                     QString(column::FaceValue)}}) {
        ListQuery every;
        every.view = viewName;
        every.sortColumn = sortColumn;
        const int at = columnIndex(ListViews::columns(viewName), filterColumn);
        QVERIFY(at >= 0);
        QStringList values;
        for (const QVariantList &row : allRows(views, every))
            if (values.size() < 4 && !values.contains(row.at(at).toString()))
                values << row.at(at).toString();
        QVERIFY2(values.size() >= 2, qPrintable(viewName));
        QStringList order = values;
        for (qsizetype i = values.size() - 1; i >= 0; --i)
            order << values.at(i);
        for (qsizetype step = 0; step < order.size(); ++step) {
            const QString &value = order.at(step);
            ListQuery query = every;
            query.filters = {{filterColumn, value}};
            const QList<QVariantList> all = allRows(views, query);
            QVERIFY(!all.isEmpty());
            query.limit = 20;
            query.withTotal = true;
            const ListPage first = views.page(query);
            const QString what = viewName + u" "_s + filterColumn + u" = "_s + value;
            QVERIFY2(first.rows == all.mid(0, 20), qPrintable(what));
            QCOMPARE(first.total, all.size());
            query.withTotal = false;
            query.offset = int(step % 4);
            query.limit = 5 + int(step % 3);
            QVERIFY2(views.page(query).rows == all.mid(query.offset, query.limit),
                     qPrintable(what));
        }
    }
}

QTEST_GUILESS_MAIN(TestTextSearch)
#include "test_text_search.moc"
