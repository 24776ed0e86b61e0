// The list views' reads at scale, in the store alone (no widgets, no backend thread): what
// issue 20 changed, measured against what it replaced on the same files in the same run.
// Over the data sets of bench_views (default 100,000 workspaces / 1,000,000 cards and a
// 1,000-row baseline, in --data-dir, generated when missing), for the fee-center accounts,
// the cards and the workspaces lists, through ListViews with Access::Indexed (the search
// indexes, deep pages keys first, cached totals, the accounts' totals kept by triggers) and
// Access::Scanned (as before: LIKE over every row, OFFSET, every total counted, the
// accounts' totals summed per row):
//   - the first page with its total (the list opened);
//   - a text filter: the first page of a search with its total;
//   - the middle page (a jump to the middle: offset total/2, the total known; from its
//     order's checkpoints, made first and untimed, migrations 23 and 25);
//   - every sortable column shown: its first page, its middle page, and the first page of
//     the search sorted by it.
// Each time is the median of --runs runs (default 3) after one unmeasured run; the ratio is
// the large store's time over the baseline's, for the same access. Nothing is judged: it
// prints the table (bench_views is the benchmark with targets).
//
// With --postgres URL (a server's database, e.g. the tests' private server), the same on
// PostgreSQL: two databases beside URL's (oc_list_bench_v2_w<N>_c<N>), made and filled on the
// server when missing with rows shaped like the generator's (generate_series: fee-center
// accounts bench-fc-NNNN, workspaces <word>-<site>-NNNNNN, cards 61..., orders CS26...).

#include "core/ListNames.h"
#include "large_data_generator.h"
#include "store/Database.h"
#include "store/DatabaseAdmin.h"
#include "store/ListViews.h"
#include "store/Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <tuple>
#include <vector>

namespace {

using namespace oc;
using Access = store::ListViews::Access;

struct Options : bench::ScaleOptions
{
    int runs = 3;
    QString view; // only this list; empty: every one
};

struct Operation
{
    QString name;
    ListQuery query;
};

// The operations on one list: its views' names, the search of bench_views, its sortable
// shown columns (gui/views/BillingCenterView.cpp).
std::vector<Operation> operations(const QString &view, const QString &search,
                                  const QStringList &sortColumns, qint64 total)
{
    std::vector<Operation> list;
    ListQuery first;
    first.view = view;
    first.limit = 100;
    list.push_back({QStringLiteral("open (first page, total)"), first});
    ListQuery filtered = first;
    filtered.search = search;
    list.push_back({QStringLiteral("filter \"%1\"").arg(search), filtered});
    ListQuery middle = first;
    middle.withTotal = false;
    middle.knownTotal = total;
    middle.offset = int(total / 2);
    list.push_back({QStringLiteral("jump to the middle"), middle});
    for (const QString &column : sortColumns) {
        for (const bool descending : {false, true}) {
            ListQuery sorted = first;
            sorted.sortColumn = column;
            sorted.descending = descending;
            const QString order = column + (descending ? QStringLiteral(" desc") : QString());
            list.push_back({QStringLiteral("sort by %1").arg(order), sorted});
            ListQuery sortedMiddle = middle;
            sortedMiddle.sortColumn = column;
            sortedMiddle.descending = descending;
            list.push_back({QStringLiteral("sort by %1, middle").arg(order), sortedMiddle});
            ListQuery sortedFiltered = sorted;
            sortedFiltered.search = search;
            list.push_back({QStringLiteral("sort by %1, filtered").arg(order), sortedFiltered});
        }
    }
    return list;
}

double medianMs(store::Database &db, Access access, const ListQuery &query, int runs)
{
    store::ListViews views(db, access);
    // A deep page reads from its order's checkpoints, which the service host makes in the
    // background (untimed here, as there).
    if (access == Access::Indexed && query.offset > 0)
        views.prepareOrder(query);
    views.page(query); // warm: the statement prepared, the pages read once
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const ListPage page = views.page(query);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (page.rows.isEmpty())
            std::fprintf(stderr, "warning: %s: an empty page\n", qPrintable(query.view));
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

qint64 totalOf(store::Database &db, const QString &view)
{
    ListQuery query;
    query.view = view;
    query.limit = 1;
    return store::ListViews(db).page(query).total;
}

QString formatMs(double ms)
{
    return ms >= 1000 ? QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', 2)
                      : QStringLiteral("%1 ms").arg(ms, 0, 'f', 1);
}

std::unique_ptr<store::Database> openDatabase(const QString &path, const QString &name)
{
    store::DatabaseConfig config;
    config.path = path;
    config.create = false;
    QElapsedTimer timer;
    timer.start();
    auto opened = store::Database::open(config, name);
    if (!opened.ok()) {
        std::fprintf(stderr, "error: opening %s: %s\n", qPrintable(path),
                     qPrintable(opened.error().toString()));
        return nullptr;
    }
    std::printf("  opened %s in %.1f s (schema %d)\n", qPrintable(QFileInfo(path).fileName()),
                double(timer.elapsed()) / 1000.0, (*opened)->schemaVersion());
    std::fflush(stdout);
    return std::move(opened).value();
}

std::unique_ptr<store::Database> openPostgres(const store::DatabaseConfig &server, int workspaces,
                                              int cards, int feeCenterAccounts)
{
    bench::LargeDataSpec spec;
    spec.workspaces = workspaces;
    spec.cards = cards;
    spec.feeCenterAccounts = feeCenterAccounts;
    QElapsedTimer timer;
    timer.start();
    bool made = false;
    const auto config = bench::preparePostgresDataSet(server, spec, &made);
    if (!config.ok()) {
        std::fprintf(stderr, "error: %s\n", qPrintable(config.error().toString()));
        return nullptr;
    }
    auto opened = store::Database::open(*config, config->name);
    if (!opened.ok()) {
        std::fprintf(stderr, "error: opening %s: %s\n", qPrintable(config->name),
                     qPrintable(opened.error().toString()));
        return nullptr;
    }
    std::printf("  %s %s in %.1f s\n", made ? "made and filled" : "opened",
                qPrintable(config->name), double(timer.elapsed()) / 1000.0);
    std::fflush(stdout);
    return std::move(opened).value();
}

int run(const Options &options)
{
    std::unique_ptr<QTemporaryDir> temporary;
    QString dataDir = options.dataDir;
    if (dataDir.isEmpty()) {
        temporary = std::make_unique<QTemporaryDir>();
        dataDir = temporary->path();
    }
    QDir().mkpath(dataDir);
    const auto pathOf = [&](int workspaces, int cards) {
        return QDir(dataDir).filePath(QStringLiteral("views-bench-w%1-c%2-f%3.sqlite")
                                          .arg(workspaces)
                                          .arg(cards)
                                          .arg(options.feeCenterAccounts));
    };
    const QString smallPath = pathOf(options.baseline, options.baseline);
    const QString largePath = pathOf(options.workspaces, options.cards);
    for (const auto &[path, workspaces, cards] :
         {std::tuple{smallPath, options.baseline, options.baseline},
          std::tuple{largePath, options.workspaces, options.cards}}) {
        if (!options.postgres.isEmpty() || QFileInfo::exists(path))
            continue;
        bench::LargeDataSpec spec;
        spec.workspaces = workspaces;
        spec.cards = cards;
        spec.feeCenterAccounts = options.feeCenterAccounts;
        QElapsedTimer timer;
        timer.start();
        const auto report = bench::generateLargeDatabase(path, spec);
        if (!report.ok()) {
            std::fprintf(stderr, "error: generating %s: %s\n", qPrintable(path),
                         qPrintable(report.error().toString()));
            return 2;
        }
        std::printf("  generated %s in %.1f s\n", qPrintable(QFileInfo(path).fileName()),
                    double(timer.elapsed()) / 1000.0);
    }
    std::unique_ptr<store::Database> small;
    std::unique_ptr<store::Database> large;
    if (options.postgres.isEmpty()) {
        small = openDatabase(smallPath, QStringLiteral("bench-small"));
        large = openDatabase(largePath, QStringLiteral("bench-large"));
    } else {
        const auto server = store::admin::parseLocation(options.postgres);
        if (!server.ok()) {
            std::fprintf(stderr, "error: %s\n", qPrintable(server.error().toString()));
            return 2;
        }
        small =
            openPostgres(*server, options.baseline, options.baseline, options.feeCenterAccounts);
        large = openPostgres(*server, options.workspaces, options.cards, options.feeCenterAccounts);
    }
    if (!small || !large)
        return 2;

    struct ListPlan
    {
        QString view;
        QString search;
        QStringList sortColumns;
    };
    const std::vector<ListPlan> plans = {
        // Its card balance, workspace count and linked Huawei accounts: per account, over
        // all its cards (a few thousand each at scale).
        {view::FeeCenterAccounts,
         QStringLiteral("bench-fc-0042"),
         {column::Username, column::EnterpriseName, column::Email, column::CashBalance,
          column::CardBalance, column::WorkspaceCount, column::LinkedHuaweiAccounts,
          column::CreatedAt}},
        {view::StoredValueCards,
         QStringLiteral("bench-fc-0042"),
         {column::CardNumber, column::FaceValue, column::Balance, column::Status,
          column::PurchaseType, column::PurchasedAt, column::ExpiresAt, column::SourceOrderId,
          column::FeeCenterUsername}},
        {view::Workspaces,
         QStringLiteral("ml-us1"),
         {column::Name, column::Status, column::LockedAt, column::LockReason, column::Settlement,
          column::SettlementAccountId, column::SettlementInstanceId, column::Site, column::Language,
          column::FeeCenterUsername, column::CreatedAt}},
    };
    std::printf("\n%-44s %9s %9s %7s | %9s %9s %8s\n", "operation", "1k idx", "large idx", "ratio",
                "1k old", "large old", "ratio");
    for (const ListPlan &plan : plans) {
        if (!options.view.isEmpty() && plan.view != options.view)
            continue;
        const qint64 smallTotal = totalOf(*small, plan.view);
        const qint64 largeTotal = totalOf(*large, plan.view);
        const auto smallOps = operations(plan.view, plan.search, plan.sortColumns, smallTotal);
        const auto largeOps = operations(plan.view, plan.search, plan.sortColumns, largeTotal);
        std::printf("%s (%lld / %lld rows)\n", qPrintable(plan.view), smallTotal, largeTotal);
        for (std::size_t i = 0; i < largeOps.size(); ++i) {
            double ms[2][2]; // [access][small, large]
            for (const Access access : {Access::Indexed, Access::Scanned}) {
                const int a = access == Access::Indexed ? 0 : 1;
                ms[a][0] = medianMs(*small, access, smallOps[i].query, options.runs);
                ms[a][1] = medianMs(*large, access, largeOps[i].query, options.runs);
            }
            std::printf("  %-42s %9s %9s %6.1fx | %9s %9s %7.1fx\n", qPrintable(largeOps[i].name),
                        qPrintable(formatMs(ms[0][0])), qPrintable(formatMs(ms[0][1])),
                        ms[0][1] / ms[0][0], qPrintable(formatMs(ms[1][0])),
                        qPrintable(formatMs(ms[1][1])), ms[1][1] / ms[1][0]);
            std::fflush(stdout);
        }
    }
    return 0;
}

void usage(std::FILE *out)
{
    std::fprintf(out,
                 "Usage: bench_list_store [--workspaces N] [--cards N] [--baseline N]\n"
                 "                        [--fee-center-accounts N] [--runs N] [--data-dir DIR]\n"
                 "                        [--postgres URL] [--view NAME]\n"
                 "Times the list views' reads in the store (ListViews) with the search\n"
                 "indexes and keys-first deep pages, and as before them, on bench_views'\n"
                 "data sets (reused from --data-dir, generated when missing); with --postgres,\n"
                 "on two databases beside URL's, made and filled on the server when missing.\n"
                 "--view times that list only (feeCenterAccounts, storedValueCards,\n"
                 "workspaces).\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("oc.*.info=false"));
    Options options;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == u"-h" || arg == u"--help") {
            usage(stdout);
            return 0;
        }
        if (i + 1 >= args.size()) {
            usage(stderr);
            return 2;
        }
        const QString value = args.at(++i);
        bool ok = true;
        if (bench::takeScaleOption(options, arg, value, &ok)) {
            // a data-set option
        } else if (arg == u"--runs") {
            options.runs = value.toInt(&ok);
        } else if (arg == u"--view") {
            options.view = value;
        } else {
            ok = false;
        }
        if (!ok || options.runs < 1) {
            usage(stderr);
            return 2;
        }
    }
    return run(options);
}
