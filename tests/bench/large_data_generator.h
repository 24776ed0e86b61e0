#pragma once

// Builds a large data set for the scale benchmarks (bench_views) and for trying the console
// at scale (bench_generate_large): the demo database plus many fee-center accounts,
// workspaces and stored-value cards, deterministically from a seed.

#include "core/Error.h"
#include "store/Database.h"

#include <QString>

namespace oc::bench {

struct LargeDataSpec
{
    int workspaces = 100000;
    int cards = 1000000;
    // The workspaces and cards are spread over this many extra fee-center accounts.
    int feeCenterAccounts = 300;
    quint64 seed = 20260306;
};

// The options the scale benchmarks share (bench_views, bench_list_store).
struct ScaleOptions
{
    int workspaces = 100000;
    int cards = 1000000;
    int baseline = 1000; // workspaces and cards of the small store the ratios divide by
    int feeCenterAccounts = 300;
    QString dataDir;  // keeps (and reuses) the generated SQLite files
    QString postgres; // a server's database URL: the PostgreSQL data sets beside it
};

// Takes `arg VALUE` when it is one of ScaleOptions' (--workspaces N, --cards N, --baseline N,
// --fee-center-accounts N, --data-dir DIR, --postgres URL): true when it was; `ok` false when
// its value is not a number (or a count under 1).
bool takeScaleOption(ScaleOptions &options, const QString &arg, const QString &value, bool *ok);

struct LargeDataReport
{
    int feeCenterAccounts = 0;
    int workspaces = 0;
    int cards = 0;
    double demoMs = 0; // building (or copying) the demo database
    double fillMs = 0; // inserting the generated rows
};

// Writes the demo database (oc::demo::buildDemoDatabase, built once per process in a
// temporary folder) to `path`, replacing any file there, migrates it to the latest schema
// and adds the rows of `spec` in one transaction. Times are relative to the demo clock, so
// that no generated card expires or workspace changes while the console runs on the file.
Result<LargeDataReport> generateLargeDatabase(const QString &path, const LargeDataSpec &spec);

// The same data set on a PostgreSQL server: a database beside `server`'s named after the
// sizes (oc_list_bench_v2_w<workspaces>_c<cards>), made, migrated and filled by SQL when it does
// not exist yet (a few minutes for a million cards), else reused as it is. `made` tells which.
Result<store::DatabaseConfig> preparePostgresDataSet(const store::DatabaseConfig &server,
                                                     const LargeDataSpec &spec,
                                                     bool *made = nullptr);

} // namespace oc::bench
