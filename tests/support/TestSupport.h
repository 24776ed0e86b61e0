#pragma once

// Helpers shared by the tests: temporary databases, a backend over them, waiting for
// futures through the event loop.
//
// The store and services suites run on both stores: on SQLite files by default, and on
// the tests' private PostgreSQL server (tests/postgres) when OC_TEST_POSTGRES names the
// file holding its URL (CTest's *_postgres tests).
//
// The services and GUI suites run on both backends: LocalBackend by default, and with
// OC_TEST_BACKEND=remote (CTest's *_remote tests) a RemoteBackend talking to a real
// billing-api process (ServerProcess) on 127.0.0.1 over the same kind of store.

#include "ServerProcess.h"
#include "core/ListNames.h" // the views and columns the helpers take
#include "local/LocalBackend.h"
#include "services/ServiceHost.h"
#include "store/DatabaseAdmin.h"

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

// ---- which backend ------------------------------------------------------------------------

// True when the suite runs against the remote backend (OC_TEST_BACKEND=remote).
bool onRemote();
// For a test of LocalBackend itself (its threads, a query on its session): skipped when the
// suite runs against the remote backend.
#define OC_LOCAL_ONLY(why)                                                                         \
    do {                                                                                           \
        if (::oc::test::onRemote())                                                                \
            QSKIP("LocalBackend only: " why);                                                      \
    } while (false)

// ---- which store --------------------------------------------------------------------------

bool onPostgres();
// For initTestCase(): on PostgreSQL without a server, skips the suite with one line saying
// why; with CI=true that is a failure instead (CI must run both stores).
#define OC_REQUIRE_STORE()                                                                         \
    do {                                                                                           \
        if (const QString why = ::oc::test::storeUnavailable(); !why.isEmpty()) {                  \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                               \
                QFAIL(qPrintable(why));                                                            \
            QSKIP(qPrintable(why));                                                                \
        }                                                                                          \
    } while (false)
// Empty when the store the suite should run on is there.
QString storeUnavailable();
// For a test of SQLite files themselves (corruption, permissions, WAL): skipped on
// PostgreSQL.
#define OC_SQLITE_ONLY(why)                                                                        \
    do {                                                                                           \
        if (::oc::test::onPostgres())                                                              \
            QSKIP("SQLite only: " why);                                                            \
    } while (false)

// A new, empty database of the suite's store: a file `name` in `dir`, or a new database on
// the server (dropped by dropDatabase() or when the server goes).
store::DatabaseConfig freshDatabase(const QTemporaryDir &dir, const QString &name);
// Where a private copy of the demo goes, in the suite's store, and the template it is
// made from (SQLite: a file built once per process; PostgreSQL: a database on the server
// built once per server).
struct DemoDatabase
{
    store::DatabaseConfig copy;
    QString demoTemplate;
};
DemoDatabase demoDatabase(const QTemporaryDir &dir);
// A ServiceHost's options over `demo` (opening it makes the copy from the template), with
// the minimum Argon2id cost and a frozen clock.
ServiceHostOptions demoHostOptions(const DemoDatabase &demo);
void dropDatabase(const store::DatabaseConfig &config);

// A connection name not used before in this process: "stem-N".
QString uniqueConnection(const char *stem);

// A new, empty database of the suite's store, opened for one test (a store test's init():
// a file in a temporary folder of its own, or a database of its own on the server), dropped
// by close() (its cleanup()) or when it goes.
class FreshStore
{
public:
    FreshStore() = default;
    FreshStore(const FreshStore &) = delete;
    FreshStore &operator=(const FreshStore &) = delete;
    ~FreshStore();

    // Empty when opened, or why it could not be.
    QString open(const QString &fileName);
    void close();

    store::Database &db() const { return *m_db; }
    const store::DatabaseConfig &config() const { return m_config; }
    const QTemporaryDir &dir() const { return *m_dir; }
    bool onPostgres() const { return m_config.kind == store::SqlDialect::Kind::Postgres; }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    store::DatabaseConfig m_config;
    std::unique_ptr<store::Database> m_db;
};

// The backend a suite tests, over a fresh database (a file in a temporary folder, or a
// database of its own on the PostgreSQL server), with the minimum Argon2id cost and a
// frozen clock; `demo` opens a private copy of the demo story. A LocalBackend (actor
// "test"), or with OC_TEST_BACKEND=remote a RemoteBackend of operator "test" on a
// billing-api process of its own over that database.
struct TestBackend
{
    explicit TestBackend(bool demo = false);
    ~TestBackend();

    QTemporaryDir dir;
    std::unique_ptr<Backend> backend;
    // The LocalBackend, or null when the suite runs against the remote backend.
    LocalBackend *local() const;
    // The billing-api process (remote runs), or null.
    ServerProcess *server() const { return m_server.get(); }
    // The backend's database, in whichever store.
    const store::DatabaseConfig &database() const { return m_database; }
    // The demo template the backend restores from (demo backends).
    const QString &demoTemplate() const { return m_demoTemplate; }
    // SQLite: the file (tests of files only).
    QString databasePath() const;
    QString templatePath() const;
    Backend *operator->() const { return backend.get(); }
    // A second backend, opened, on the same store: another operator's console for the tests
    // of two writers racing (actor "test-2"): a second LocalBackend on the same database, or
    // a RemoteBackend on a second billing-api process over it. Null when it cannot open.
    std::unique_ptr<Backend> openSecondBackend();

private:
    store::DatabaseConfig m_database;
    QString m_demoTemplate;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ServerProcess> m_secondServer;
};

// A RemoteBackend with `token` on the server at `url`, not yet opened.
std::unique_ptr<Backend> remoteConsole(const QString &url, const QString &token);

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
// Each error as "rule:field", for comparing a page's messages in one line.
QStringList rulesAndFields(const QList<Error> &errors);
// The newest verification code the Outbox shows for `destination` (empty when none).
QString latestCode(Backend &backend, const QString &destination);

// A new HUAWEI ID signed up through the backend (W-SIGNUP 1, codes read from the Outbox),
// with `securityPhone` bound when not empty (W-SIGNUP 2); services not enabled; then the
// demo clock a minute on, so that either destination may be sent a code again (R-VC-1). Its
// account id, or empty when a step was refused.
QString signUpHuaweiId(Backend &backend, const QString &email, const QString &password,
                       const QString &securityPhone = {});

// Makes the store refuse a change, whoever makes it, until removeFailure(): a trigger named
// `name` that raises before `event` ("INSERT", "UPDATE OF status") on `table`, for rows
// where `condition` (SQL over NEW; empty: every row) holds. In either store's dialect.
void injectFailure(const store::DatabaseConfig &database, const QString &name, const QString &table,
                   const QString &event, const QString &condition = {});
void removeFailure(const store::DatabaseConfig &database, const QString &name,
                   const QString &table);

// The processes whose parent is `parent` and whose arguments include `argument` (Linux:
// read from /proc; elsewhere none).
QList<qint64> childProcesses(qint64 parent, const QString &argument);

// A second connection to a test backend's database, for details no list view shows.
std::unique_ptr<store::Database> openStore(const store::DatabaseConfig &config);
std::unique_ptr<store::Database> openStore(const QString &path);

} // namespace oc::test

// So that QCOMPARE can print errors.
namespace oc {
char *toString(const Error &error);
}
