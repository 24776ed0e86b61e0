// The billing API's operator tokens (api.md "Authentication"): OperatorService::authenticate
// with the server's cache of verified tokens (OperatorTokenCache), on the suite's store. A
// token verified once is taken without the store within the cache's lifetime, a revocation
// takes effect when that lifetime is over (never later, however often the token is used),
// and every token the cache does not know as verified is checked in the store as before.

#include "TestSupport.h"
#include "services/OperatorService.h"
#include "services/ServiceHost.h"

#include <QElapsedTimer>
#include <QThread>

using namespace oc;
using namespace oc::test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

template<class T>
QString errorText(const oc::Result<T> &result)
{
    return result.ok() ? QString() : result.error().toString();
}

template<class T>
QString reasonOf(const oc::Result<T> &result)
{
    return result.ok() ? QString() : result.error().reason;
}

} // namespace

class TestOperatorTokens : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { OC_REQUIRE_STORE(); }
    void init();
    void cleanup();
    void withoutCacheEveryTokenIsLookedUp();
    void verifiedTokenTakenWithinLifetime();
    void revocationTakesEffectWithinLifetime();
    void otherTokensAreCheckedInTheStore();

private:
    Session &session() { return m_session->session(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    store::DatabaseConfig m_database;
    std::unique_ptr<ServiceHost> m_host;
    std::unique_ptr<HostSession> m_session;
    QString m_alice;
    QString m_bob;
};

void TestOperatorTokens::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = freshDatabase(*m_dir, u"operators.sqlite"_s);
    ServiceHostOptions options;
    options.database = m_database;
    options.hashCost = HashCost::Minimum;
    options.actor = u"billing-api"_s;
    m_host = std::make_unique<ServiceHost>(options);
    const Status opened = m_host->open();
    QVERIFY2(opened.ok(), qPrintable(errorText(opened)));
    auto connected = m_host->connect(u"operator-tokens-test"_s);
    QVERIFY2(connected.ok(), qPrintable(errorText(connected)));
    m_session = std::move(connected.value());
    const auto alice = OperatorService(session()).add(u"alice"_s);
    QVERIFY2(alice.ok(), qPrintable(errorText(alice)));
    m_alice = alice->token;
    const auto bob = OperatorService(session()).add(u"bob"_s);
    QVERIFY2(bob.ok(), qPrintable(errorText(bob)));
    m_bob = bob->token;
}

void TestOperatorTokens::cleanup()
{
    m_session.reset();
    m_host.reset();
    dropDatabase(m_database);
    m_dir.reset();
}

void TestOperatorTokens::withoutCacheEveryTokenIsLookedUp()
{
    OperatorService operators(session());
    QCOMPARE(operators.authenticate(m_alice)->name, u"alice"_s);
    QVERIFY(operators.revoke(u"alice"_s).ok());
    QCOMPARE(reasonOf(operators.authenticate(m_alice)), u"revoked"_s);
    QCOMPARE(operators.authenticate(m_bob)->name, u"bob"_s);
}

void TestOperatorTokens::verifiedTokenTakenWithinLifetime()
{
    OperatorTokenCache cache(60s);
    OperatorService operators(session());
    const auto first = operators.authenticate(m_alice, &cache);
    QVERIFY2(first.ok(), qPrintable(errorText(first)));
    QVERIFY(cache.find(first->operatorId).has_value());
    // Revoked in the store: the verified token is still taken from the cache ...
    QVERIFY(operators.revoke(u"alice"_s).ok());
    const auto cached = operators.authenticate(m_alice, &cache);
    QVERIFY2(cached.ok(), qPrintable(errorText(cached)));
    QCOMPARE(cached->name, u"alice"_s);
    // ... and not by another cache (another server process), which asks the store.
    OperatorTokenCache other(60s);
    QCOMPARE(reasonOf(operators.authenticate(m_alice, &other)), u"revoked"_s);
    QVERIFY(!other.find(first->operatorId).has_value());
}

void TestOperatorTokens::revocationTakesEffectWithinLifetime()
{
    constexpr auto lifetime = 300ms;
    OperatorTokenCache cache(lifetime);
    OperatorService operators(session());
    QElapsedTimer sinceVerified;
    sinceVerified.start();
    QVERIFY(operators.authenticate(m_alice, &cache).ok());
    QVERIFY(operators.revoke(u"alice"_s).ok());
    // Used all the while: use does not extend the entry.
    QString reason;
    while (reason.isEmpty() && sinceVerified.elapsed() < 10 * lifetime.count()) {
        reason = reasonOf(operators.authenticate(m_alice, &cache));
        QThread::msleep(10);
    }
    QCOMPARE(reason, u"revoked"_s);
    QVERIFY2(sinceVerified.elapsed() <= lifetime.count() + 500,
             qPrintable(u"refused after %1 ms"_s.arg(sinceVerified.elapsed())));
    QCOMPARE(operators.authenticate(m_bob, &cache)->name, u"bob"_s);
}

void TestOperatorTokens::otherTokensAreCheckedInTheStore()
{
    OperatorTokenCache cache(60s);
    OperatorService operators(session());
    const auto alice = operators.authenticate(m_alice, &cache);
    QVERIFY(alice.ok());
    // A wrong secret of a verified operator, an unknown operator, a malformed token.
    const QString wrong = alice->operatorId + u".not-the-secret"_s;
    QCOMPARE(reasonOf(operators.authenticate(wrong, &cache)), u"invalid"_s);
    QCOMPARE(reasonOf(operators.authenticate(u"op_0000000000000000.x"_s, &cache)), u"invalid"_s);
    QCOMPARE(reasonOf(operators.authenticate(u"no-dot"_s, &cache)), u"invalid"_s);
    QCOMPARE(reasonOf(operators.authenticate(QString(), &cache)), u"missing"_s);
    // A refused token is never kept: a revoked one stays refused.
    QVERIFY(operators.revoke(u"bob"_s).ok());
    QCOMPARE(reasonOf(operators.authenticate(m_bob, &cache)), u"revoked"_s);
    const QString bobId = m_bob.section(QLatin1Char('.'), 0, 0);
    QVERIFY(!cache.find(bobId).has_value());
    QCOMPARE(operators.authenticate(m_alice, &cache)->name, u"alice"_s);
}

QTEST_GUILESS_MAIN(TestOperatorTokens)
#include "test_operator_tokens.moc"
