// bench_generate_large: writes a large data set for trying the console at scale, e.g.
//   bench_generate_large /tmp/large.sqlite 100000 1000000
//   onboarding-console --database /tmp/large.sqlite

#include "large_data_generator.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

namespace {

void usage(std::FILE *out)
{
    std::fprintf(out,
                 "Usage: bench_generate_large OUTPUT [WORKSPACES [CARDS [FEE_CENTER_ACCOUNTS]]]\n"
                 "Writes the demo database plus WORKSPACES workspaces (default 100000) and CARDS\n"
                 "stored-value cards (default 1000000) over FEE_CENTER_ACCOUNTS fee-center\n"
                 "accounts (default 300, usernames bench-fc-0001..., password Bench#2026pw) to\n"
                 "OUTPUT, replacing it. Open it with: onboarding-console --database OUTPUT\n");
}

bool parseCount(const QString &text, int minimum, int &out)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum)
        return false;
    out = value;
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("oc.*.info=false"));
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.size() > 4 || args.first() == u"-h" || args.first() == u"--help") {
        usage(args.isEmpty() || args.size() > 4 ? stderr : stdout);
        return args.isEmpty() || args.size() > 4 ? 2 : 0;
    }
    oc::bench::LargeDataSpec spec;
    if ((args.size() > 1 && !parseCount(args.at(1), 0, spec.workspaces)) ||
        (args.size() > 2 && !parseCount(args.at(2), 0, spec.cards)) ||
        (args.size() > 3 && !parseCount(args.at(3), 1, spec.feeCenterAccounts))) {
        usage(stderr);
        return 2;
    }
    const auto report = oc::bench::generateLargeDatabase(args.first(), spec);
    if (!report.ok()) {
        std::fprintf(stderr, "error: %s\n", qPrintable(report.error().toString()));
        return 1;
    }
    std::printf("%s: %d fee-center accounts, %d workspaces, %d stored-value cards added to the "
                "demo data (demo %.0f ms, rows %.0f ms)\n",
                qPrintable(args.first()), report->feeCenterAccounts, report->workspaces,
                report->cards, report->demoMs, report->fillMs);
    return 0;
}
