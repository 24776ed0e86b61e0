// Demo reset benchmark: how long LocalBackend::resetDemo() takes (demo.md: "Reset demo
// restores it in under a second"), and how that compares with plainly copying the demo
// template file, measured in the same run on the same disk.
//
// Exit status: 0 PASS (every reset under the target), 1 FAIL, 2 the backend failed.

#include "local/LocalBackend.h"
#include "services/DemoStory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr int Runs = 20;
constexpr double TargetMs = 1000.0;

// Waits for `future` by running the event loop (the backend reports from its worker
// threads through queued signals).
template<class T>
T await(const QFuture<T> &future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

double nsToMs(qint64 ns)
{
    return static_cast<double>(ns) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

double maximum(const std::vector<double> &values)
{
    return *std::max_element(values.begin(), values.end());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("oc.*.info=false"));

    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "error: cannot create a temporary folder: %s\n",
                     qPrintable(dir.errorString()));
        return 2;
    }
    const QString templatePath = dir.filePath(QStringLiteral("demo-template.sqlite"));

    QElapsedTimer timer;
    timer.start();
    if (const oc::Status built = oc::demo::buildDemoDatabase(templatePath); !built.ok()) {
        std::fprintf(stderr, "error: building the demo template failed: %s\n",
                     qPrintable(built.error().toString()));
        return 2;
    }
    const double buildMs = nsToMs(timer.nsecsElapsed());

    oc::LocalBackendOptions options;
    options.database.path = dir.filePath(QStringLiteral("console.sqlite"));
    options.demo = true;
    options.demoTemplate = templatePath;
    options.hashCost = oc::HashCost::Minimum;
    options.freezeClock = true;
    options.actor = QStringLiteral("bench");
    oc::LocalBackend backend(options);
    if (const oc::Status opened = await(backend.open()); !opened.ok()) {
        std::fprintf(stderr, "error: opening the demo failed: %s\n",
                     qPrintable(opened.error().toString()));
        return 2;
    }

    std::printf("Demo reset benchmark: %d resets after 1 warm-up; demo template %.1f KiB "
                "(built in %.1f ms)\n",
                Runs, static_cast<double>(QFileInfo(templatePath).size()) / 1024.0, buildMs);
    std::fflush(stdout);

    std::vector<double> resetMs;
    for (int i = 0; i <= Runs; ++i) {
        timer.restart();
        const oc::Status reset = await(backend.resetDemo());
        const qint64 elapsed = timer.nsecsElapsed();
        if (!reset.ok()) {
            std::fprintf(stderr, "error: resetDemo() failed on run %d: %s\n", i,
                         qPrintable(reset.error().toString()));
            return 2;
        }
        if (i > 0) // the first one is the warm-up
            resetMs.push_back(nsToMs(elapsed));
    }

    // Baseline: the plain file copy that a reset cannot be faster than.
    const QString copyPath = dir.filePath(QStringLiteral("copy.sqlite"));
    std::vector<double> copyMs;
    for (int i = 0; i <= Runs; ++i) {
        QFile::remove(copyPath);
        timer.restart();
        const bool copied = QFile::copy(templatePath, copyPath);
        const qint64 elapsed = timer.nsecsElapsed();
        if (!copied) {
            std::fprintf(stderr, "error: copying the template to %s failed\n",
                         qPrintable(copyPath));
            return 2;
        }
        if (i > 0)
            copyMs.push_back(nsToMs(elapsed));
    }

    const double resetMedian = median(resetMs), resetMax = maximum(resetMs);
    const double copyMedian = median(copyMs);
    const bool pass = resetMax < TargetMs;
    std::printf("%-28s %10s %10s\n", "", "median", "max");
    std::printf("%-28s %7.2f ms %7.2f ms\n", "resetDemo()", resetMedian, resetMax);
    std::printf("%-28s %7.2f ms %7.2f ms\n", "QFile::copy of the template", copyMedian,
                maximum(copyMs));
    std::printf("reset / copy (median): %.1fx\n", resetMedian / copyMedian);
    std::printf("Result: %s (every reset under %.0f ms)\n", pass ? "PASS" : "FAIL", TargetMs);
    return pass ? 0 : 1;
}
