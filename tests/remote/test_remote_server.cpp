// RemoteBackend against the real billing API server: a `billing-api` process over a demo
// store (ServerProcess), two operators' consoles side by side. What the scripted fake
// (test_remote_backend) cannot tell: that client and server agree on every part of the wire
// a console uses (paths, percent-encoded parameters, query parameters, bodies, keys,
// answers, the change feed, the CSV stream) and that a change made on one console reaches
// the other. Its answers are recorded for the OpenAPI validation (tests/api).

#include "ServerProcess.h"
#include "TestSupport.h"
#include "core/ListNames.h"
#include "remote/RemoteBackend.h"
#include "services/DemoStoryData.h"
#include "services/OperatorTokenCache.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace oc;
using namespace oc::test;

namespace oc {
// So that QCOMPARE prints an Error (an exact overload: see DomainPrinting.h).
inline char *toString(const Error &error)
{
    return qstrdup(qPrintable(error.toString()));
}
} // namespace oc

namespace {

#define AWAIT(future) QTRY_VERIFY_WITH_TIMEOUT((future).isFinished(), 20000)

#define VERIFY_OK(result)                                                                          \
    do {                                                                                           \
        const auto &checked = (result);                                                            \
        QVERIFY2(checked.ok(), checked.ok() ? "" : qPrintable(checked.error().toString()));        \
    } while (false)

// The Error of a result, or one saying that it succeeded (instead of throwing).
template<class T>
Error errorOf(const Result<T> &result)
{
    return result.ok() ? makeError(QStringLiteral("(succeeded)")) : result.error();
}

// A server of the test's own over a fresh store, with these operators; the store is dropped
// when it goes.
struct OwnServer
{
    OwnServer(const QString &file, const QStringList &operators)
    {
        options.database = freshDatabase(dir, file);
        options.operators = operators;
        server = std::make_unique<ServerProcess>(options);
    }
    ~OwnServer()
    {
        server.reset();
        dropDatabase(options.database);
    }
    QTemporaryDir dir;
    ServerProcess::Options options;
    std::unique_ptr<ServerProcess> server;
};

// `billing-api operator revoke NAME` on the server's store, from a process of its own.
int revoke(const OwnServer &own, const QString &name)
{
    return ServerProcess::run({QStringLiteral("operator"), QStringLiteral("revoke"), name,
                               QStringLiteral("--database"),
                               ServerProcess::location(own.options.database)})
        .exitCode;
}

} // namespace

class TestRemoteServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void opensAndReads();
    void refusalsAsTheLocalBackendGivesThem();
    void draftsWithAwkwardKeys();
    void changeReachesTheOtherConsole();
    void exportStreamsEveryRow();
    void revokedTokenIsRefused();
    void revokedMidSessionIsRefused();
    void stopsAfterAConsoleLeft();
    void draftsOutliveALostServer();

private:
    std::unique_ptr<RemoteBackend> console(const QString &operatorName);
    static std::unique_ptr<RemoteBackend> console(const ServerProcess &server,
                                                  const QString &operatorName);
    QString buyerAccount(RemoteBackend &backend);

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<RemoteBackend> m_alice;
    std::unique_ptr<RemoteBackend> m_bob;
};

void TestRemoteServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const DemoDatabase demo = demoDatabase(m_dir);
    ServerProcess::Options options;
    options.database = demo.copy;
    options.demo = true;
    options.demoTemplate = demo.demoTemplate;
    options.operators = {QStringLiteral("alice"), QStringLiteral("bob")};
    m_server = std::make_unique<ServerProcess>(options);
    m_alice = console(QStringLiteral("alice"));
    m_bob = console(QStringLiteral("bob"));
    for (RemoteBackend *backend : {m_alice.get(), m_bob.get()}) {
        QFuture<Status> opened = backend->open();
        AWAIT(opened);
        VERIFY_OK(opened.result());
    }
}

void TestRemoteServer::cleanupTestCase()
{
    // Stopped while the consoles still follow its feed: the SIGTERM answers their polls.
    // (A console gone before it is stopsAfterAConsoleLeft().)
    const int exitCode = m_server ? m_server->stop() : 0;
    m_alice.reset();
    m_bob.reset();
    QCOMPARE(exitCode, 0);
}

std::unique_ptr<RemoteBackend> TestRemoteServer::console(const QString &operatorName)
{
    return console(*m_server, operatorName);
}

std::unique_ptr<RemoteBackend> TestRemoteServer::console(const ServerProcess &server,
                                                         const QString &operatorName)
{
    RemoteBackendOptions options;
    options.server = QUrl(server.url());
    options.token = server.token(operatorName);
    options.callTimeout = std::chrono::milliseconds(20000);
    return std::make_unique<RemoteBackend>(options);
}

QString TestRemoteServer::buyerAccount(RemoteBackend &backend)
{
    ListQuery query;
    query.view = view::HuaweiAccounts;
    query.search = QString::fromLatin1(demo::cast::BuyerLogin);
    QFuture<Result<ListPage>> page = backend.list(query);
    if (!QTest::qWaitFor([&] { return page.isFinished(); }, 20000) || !page.result().ok())
        return {};
    const ListPage found = *page.result();
    for (int row = 0; row < found.rows.size(); ++row)
        if (found.value(row, column::LoginId).toString() == QLatin1String(demo::cast::BuyerLogin))
            return found.value(row, column::AccountId).toString();
    return {};
}

void TestRemoteServer::opensAndReads()
{
    const BackendInfo info = m_alice->info();
    QCOMPARE(info.kind, QStringLiteral("remote"));
    QVERIFY(info.demo);
    QVERIFY(info.schemaVersion > 0);
    const QString buyer = buyerAccount(*m_alice);
    QVERIFY(!buyer.isEmpty());
    QFuture<Result<HuaweiAccountDetail>> detail = m_alice->huaweiAccount(buyer);
    QFuture<Result<ClockState>> clock = m_alice->clock();
    AWAIT(detail);
    AWAIT(clock);
    VERIFY_OK(detail.result());
    QCOMPARE(detail.result()->account.loginId, QString::fromLatin1(demo::cast::BuyerLogin));
    VERIFY_OK(clock.result());
    QVERIFY(clock.result()->adjustable);
    QFuture<Status> free = m_alice->checkUsername(QStringLiteral("newuser01"));
    AWAIT(free);
    VERIFY_OK(free.result());
    QCOMPARE(m_alice->callsInFlight(), 0);
}

void TestRemoteServer::refusalsAsTheLocalBackendGivesThem()
{
    const QString buyer = buyerAccount(*m_alice);
    QFuture<Result<PurchaseResult>> noTerms =
        m_alice->purchase({buyer, ProductKind::StoredValueCard, 2, false});
    // A query value with "+", "&", "=" and a space arrives whole: refused for its format,
    // not found free as "li".
    QFuture<Status> odd = m_alice->checkUsername(QStringLiteral("li+na&username=x y"));
    // A path parameter with "../" and a space stays one segment.
    QFuture<Result<HuaweiAccountDetail>> traversal =
        m_alice->huaweiAccount(QStringLiteral("../x y"));
    QFuture<Status> noMember = m_alice->removeMember(987654);
    for (const QFuture<void> &f : {QFuture<void>(noTerms), QFuture<void>(odd),
                                   QFuture<void>(traversal), QFuture<void>(noMember)})
        AWAIT(f);
    QCOMPARE(errorOf(noTerms.result()).rule, QStringLiteral("E-REQUIRED"));
    QCOMPARE(errorOf(noTerms.result()).field, QStringLiteral("terms"));
    QCOMPARE(errorOf(odd.result()).rule, QStringLiteral("R-FC-1"));
    QCOMPARE(errorOf(odd.result()).reason, QStringLiteral("format"));
    QCOMPARE(errorOf(traversal.result()).rule, QStringLiteral("R-ID-1"));
    QCOMPARE(errorOf(noMember.result()).rule, QStringLiteral("E-NOT-FOUND"));
}

void TestRemoteServer::draftsWithAwkwardKeys()
{
    WizardDraft draft{QStringLiteral("W-REG"), QStringLiteral("../蓝海 games?x=1&y"),
                      QStringLiteral("company"),
                      QJsonObject{{QStringLiteral("enterpriseName"), QStringLiteral("蓝海")}},
                      QDateTime(QDate(2026, 3, 2), QTime(1, 30), Qt::UTC)};
    QFuture<Status> saved = m_alice->saveDraft(draft);
    AWAIT(saved);
    VERIFY_OK(saved.result());
    QFuture<Result<WizardDraft>> loaded = m_alice->loadDraft(draft.wizard, draft.key);
    AWAIT(loaded);
    VERIFY_OK(loaded.result());
    QCOMPARE(loaded.result()->key, draft.key);
    QCOMPARE(loaded.result()->state, draft.state);
    QFuture<Status> deleted = m_alice->deleteDraft(draft.wizard, draft.key);
    AWAIT(deleted);
    VERIFY_OK(deleted.result());
    QFuture<Result<WizardDraft>> gone = m_alice->loadDraft(draft.wizard, draft.key);
    AWAIT(gone);
    VERIFY_OK(gone.result());
    QVERIFY(gone.result()->wizard.isEmpty()); // no draft
}

void TestRemoteServer::changeReachesTheOtherConsole()
{
    QSignalSpy bobSaw(m_bob.get(), &Backend::changed);
    const QString buyer = buyerAccount(*m_alice);
    QFuture<Result<PurchaseResult>> bought =
        m_alice->purchase({buyer, ProductKind::StoredValueCard, 2, true});
    AWAIT(bought);
    VERIFY_OK(bought.result());
    // Bob's console hears of it through its change feed (the server's long-poll).
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QList<QVariant> &signal : std::as_const(bobSaw))
                if (signal.first().toStringList().contains(view::Orders))
                    return true;
            return false;
        }(),
        10000);
    QVERIFY(m_bob->changesSince().value_or(0) > 0);

    // The clock: Bob hears that it moved and what it says now.
    QSignalSpy bobClock(m_bob.get(), &Backend::clockChanged);
    QFuture<Result<ClockState>> advanced = m_alice->advanceClock(ClockStep::Hour);
    AWAIT(advanced);
    VERIFY_OK(advanced.result());
    QTRY_VERIFY_WITH_TIMEOUT(!bobClock.isEmpty(), 10000);
    QCOMPARE(bobClock.last().first().toDateTime(), advanced.result()->now);
}

void TestRemoteServer::exportStreamsEveryRow()
{
    ListQuery query;
    query.view = view::Orders;
    QFuture<Result<ListPage>> page = m_alice->list(query);
    AWAIT(page);
    VERIFY_OK(page.result());
    const QString path = m_dir.filePath(QStringLiteral("orders.csv"));
    QFuture<Result<qint64>> exported = m_alice->exportCsv(query, {QStringLiteral("Order")}, path);
    AWAIT(exported);
    VERIFY_OK(exported.result());
    QCOMPARE(*exported.result(), page.result()->total);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readLine().startsWith("\xEF\xBB\xBF"
                                       "Order,"));
}

void TestRemoteServer::revokedTokenIsRefused()
{
    // A server of its own over a fresh store, the token revoked before the console opens,
    // as test_api_server's revokedToken has it; revoked later: revokedMidSessionIsRefused().
    OwnServer own(QStringLiteral("revoke.sqlite"),
                  {QStringLiteral("carol"), QStringLiteral("dave")});
    QCOMPARE(revoke(own, QStringLiteral("carol")), 0);
    std::unique_ptr<RemoteBackend> carol = console(*own.server, QStringLiteral("carol"));
    QFuture<Status> refused = carol->open();
    AWAIT(refused);
    QCOMPARE(errorOf(refused.result()).rule, QStringLiteral("E-AUTH"));
    QCOMPARE(errorOf(refused.result()).reason, QStringLiteral("revoked"));
    std::unique_ptr<RemoteBackend> dave = console(*own.server, QStringLiteral("dave"));
    QFuture<Status> opened = dave->open();
    AWAIT(opened);
    VERIFY_OK(opened.result());
    QCOMPARE(own.server->stop(), 0);
}

// Revoked by `billing-api operator revoke` (another process) while the console follows the
// feed: the calls are refused within a second (the server remembers a verified token that
// long, OperatorTokenCache), and the console says so once.
void TestRemoteServer::revokedMidSessionIsRefused()
{
    OwnServer own(QStringLiteral("revoke-later.sqlite"), {QStringLiteral("erin")});
    auto erin = console(*own.server, QStringLiteral("erin"));
    QSignalSpy failed(erin.get(), &Backend::failed);
    QFuture<Status> opened = erin->open();
    AWAIT(opened);
    VERIFY_OK(opened.result());
    for (int i = 0; i < 3; ++i) {
        QFuture<Result<ClockState>> read = erin->clock();
        AWAIT(read);
        VERIFY_OK(read.result());
    }
    QCOMPARE(revoke(own, QStringLiteral("erin")), 0);
    QElapsedTimer sinceRevoked;
    sinceRevoked.start();
    for (;;) {
        QFuture<Result<ClockState>> read = erin->clock();
        AWAIT(read);
        if (!read.result().ok() || sinceRevoked.elapsed() > 5000)
            break;
        QTest::qWait(20);
    }
    QVERIFY2(sinceRevoked.elapsed() <= OperatorTokenCache::DefaultLifetime.count() + 500,
             qPrintable(
                 QStringLiteral("refused %1 ms after the revocation").arg(sinceRevoked.elapsed())));
    // Every worker's connection sees it: as many calls as the server has workers.
    for (int i = 0; i < 8; ++i) {
        QFuture<Result<ClockState>> read = erin->clock();
        AWAIT(read);
        QCOMPARE(errorOf(read.result()).rule, QStringLiteral("E-AUTH"));
        QCOMPARE(errorOf(read.result()).reason, QStringLiteral("revoked"));
    }
    QTRY_COMPARE(failed.size(), 1);
    erin.reset();
    QCOMPARE(own.server->stop(), 0);
}

// A console that closed while its poll of the feed was held: SIGTERM still ends the server
// at once (the poll's request counts as finished).
void TestRemoteServer::stopsAfterAConsoleLeft()
{
    OwnServer own(QStringLiteral("left.sqlite"), {QStringLiteral("frank")});
    auto frank = console(*own.server, QStringLiteral("frank"));
    QFuture<Status> opened = frank->open();
    AWAIT(opened);
    VERIFY_OK(opened.result());
    QTest::qWait(500); // its poll is held by the server now
    frank.reset();
    QTest::qWait(200);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(own.server->stop(), 0);
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
}

// Losing the server mid-wizard loses no typed input: the draft the server could not take
// waits on this computer (a console closed meanwhile included) and is offered first when
// the wizard comes back, then handed to the server.
void TestRemoteServer::draftsOutliveALostServer()
{
    QTemporaryDir dir;
    ServerProcess::Options options;
    options.database = freshDatabase(dir, QStringLiteral("drafts.sqlite"));
    options.operators = {QStringLiteral("gina")};
    auto server = std::make_unique<ServerProcess>(options);
    const QString token = server->token(QStringLiteral("gina"));
    const auto consoleOn = [&dir, &token](const QString &url) {
        RemoteBackendOptions console;
        console.server = QUrl(url);
        console.token = token;
        console.callTimeout = std::chrono::milliseconds(5000);
        console.draftFolder = dir.filePath(QStringLiteral("server-drafts"));
        return std::make_unique<RemoteBackend>(console);
    };
    // Both servers answer at the same address: the first one's port is taken again.
    const QString url = server->url();
    auto console = consoleOn(url);
    QFuture<Status> opened = console->open();
    AWAIT(opened);
    VERIFY_OK(opened.result());
    WizardDraft draft{QStringLiteral("W-REG"),
                      QStringLiteral("gina"),
                      QStringLiteral("account"),
                      QJsonObject{{QStringLiteral("username"), QStringLiteral("first")}},
                      {}};
    QFuture<Status> saved = console->saveDraft(draft);
    AWAIT(saved);
    VERIFY_OK(saved.result());

    // The server goes; the operator types on, then closes the console.
    QCOMPARE(server->stop(), 0);
    draft.page = QStringLiteral("settlement");
    draft.state = QJsonObject{{QStringLiteral("username"), QStringLiteral("typed while away")}};
    saved = console->saveDraft(draft);
    AWAIT(saved);
    VERIFY_OK(saved.result()); // kept here
    console.reset();
    QVERIFY(QDir(dir.filePath(QStringLiteral("server-drafts"))).entryList(QDir::Files).size() == 1);

    // The server is back (same store, same address): the wizard finds what was typed last.
    ServerProcess::Options again = ServerProcess::sameStore(options.database);
    again.listen = url.mid(url.indexOf(QStringLiteral("//")) + 2);
    server = std::make_unique<ServerProcess>(again);
    console = consoleOn(url);
    opened = console->open();
    AWAIT(opened);
    VERIFY_OK(opened.result());
    QFuture<Result<WizardDraft>> loaded = console->loadDraft(draft.wizard, draft.key);
    AWAIT(loaded);
    VERIFY_OK(loaded.result());
    QCOMPARE(loaded.result()->page, QStringLiteral("settlement"));
    QCOMPARE(loaded.result()->state, draft.state);
    // ... and handed to the server, which now has it too; nothing is left here.
    QTRY_VERIFY_WITH_TIMEOUT(
        QDir(dir.filePath(QStringLiteral("server-drafts"))).entryList(QDir::Files).isEmpty(),
        10000);
    RemoteBackendOptions plain;
    plain.server = QUrl(url);
    plain.token = token;
    RemoteBackend withoutCache(plain);
    QFuture<Status> plainOpened = withoutCache.open();
    AWAIT(plainOpened);
    QFuture<Result<WizardDraft>> onServer = withoutCache.loadDraft(draft.wizard, draft.key);
    AWAIT(onServer);
    VERIFY_OK(onServer.result());
    QCOMPARE(onServer.result()->state, draft.state);
    console.reset();
    QCOMPARE(server->stop(), 0);
    dropDatabase(options.database);
}

QTEST_GUILESS_MAIN(TestRemoteServer)
#include "test_remote_server.moc"
