#pragma once

// Helpers shared by the tests: temporary databases, a backend over them, waiting for
// futures through the event loop.

#include "core/ListNames.h" // the views and columns the helpers take
#include "local/LocalBackend.h"

#include <QFuture>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace oc::test {

// Waits (running the event loop) for `future` and returns its result.
template<class T>
T await(QFuture<T> future, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < timeoutMs)
        QTest::qWait(2);
    if (!future.isFinished())
        qFatal("future did not finish within %d ms", timeoutMs);
    return future.result();
}

// A LocalBackend over a fresh database in a temporary folder, with the minimum Argon2id
// cost and a frozen clock. `demo` opens a private copy of the demo story.
struct TestBackend
{
    explicit TestBackend(bool demo = false);
    ~TestBackend();

    QTemporaryDir dir;
    std::unique_ptr<LocalBackend> backend;
    QString databasePath() const;
    QString templatePath() const;
    LocalBackend *operator->() const { return backend.get(); }
    // A second backend, opened, on the same file: another console or server process for
    // the tests of two writers racing (actor "test-2"); null when it cannot open.
    std::unique_ptr<LocalBackend> openSecondBackend() const;
};

// The demo template is built once per test process and copied for each TestBackend(demo).
QString sharedDemoTemplate();

// ---- reading what the store holds, through the Backend's list views ---------------------

// Every row of `query` (up to 5000) as a map keyed by column.
QList<QVariantMap> rows(Backend &backend, ListQuery query);
QList<QVariantMap> rows(Backend &backend, const QString &view, const QVariantMap &filters = {},
                        const QString &search = {});
// The total of a view's rows matching `filters`.
qint64 count(Backend &backend, const QString &view, const QVariantMap &filters = {});
// The account id of a demo Huawei account by its login id (services/DemoStoryData.h); ids
// are generated, so tests look them up rather than hard-code them.
QString huaweiAccountIdOf(Backend &backend, const QString &loginId);
// The newest verification code the Outbox shows for `destination` (empty when none).
QString latestCode(Backend &backend, const QString &destination);

// A second connection to a test backend's database file, for details no list view shows.
std::unique_ptr<store::Database> openStore(const QString &path);

} // namespace oc::test

// So that QCOMPARE can print errors.
namespace oc {
char *toString(const Error &error);
}
