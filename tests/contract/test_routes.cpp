// The billing API's route table (contract/Routes.h): one route per call, paths that
// round-trip through percent-encoding (an id never becomes two segments), 405 for a known
// path with another method, and the statuses errors are answered with.

#include "contract/Routes.h"

#include <QSet>
#include <QTest>

using namespace oc;
using namespace oc::api;

class TestRoutes : public QObject
{
    Q_OBJECT

private slots:
    void everyOperationOnce();
    void pathsRoundTrip_data();
    void pathsRoundTrip();
    void unknownAndWrongMethod();
    void statuses_data();
    void statuses();
};

void TestRoutes::everyOperationOnce()
{
    QSet<QByteArray> operations;
    QSet<QByteArray> routesSeen;
    for (const Route &r : routes()) {
        QVERIFY2(!operations.contains(r.operation), r.operation);
        operations.insert(r.operation);
        const QByteArray key = methodName(r.method) + ' ' + r.path;
        QVERIFY2(!routesSeen.contains(key), key.constData());
        routesSeen.insert(key);
        QCOMPARE(route(r.operation), &r);
        QVERIFY(QByteArray(r.path).startsWith("/v1/"));
    }
    QCOMPARE(route("noSuchCall"), nullptr);
}

void TestRoutes::pathsRoundTrip_data()
{
    QTest::addColumn<QByteArray>("operation");
    QTest::addColumn<QStringList>("parameters");
    QTest::addColumn<QString>("path");
    QTest::newRow("plain") << QByteArray(operation::Organization)
                           << QStringList{QStringLiteral("org_1")}
                           << QStringLiteral("/v1/organizations/org_1");
    QTest::newRow("traversal stays one segment")
        << QByteArray(operation::HuaweiAccount) << QStringList{QStringLiteral("../../etc")}
        << QStringLiteral("/v1/huawei-accounts/..%2F..%2Fetc");
    QTest::newRow("two parameters, non-ASCII")
        << QByteArray(operation::LoadDraft)
        << QStringList{QStringLiteral("W-REG"), QStringLiteral("蓝海 games?x=1")}
        << QStringLiteral("/v1/drafts/W-REG/%E8%93%9D%E6%B5%B7%20games%3Fx%3D1");
}

void TestRoutes::pathsRoundTrip()
{
    QFETCH(QByteArray, operation);
    QFETCH(QStringList, parameters);
    QFETCH(QString, path);
    const Route *r = route(operation.constData());
    QVERIFY(r);
    QCOMPARE(pathOf(*r, parameters), path);
    bool wrong = true;
    const auto found = match(r->method, path.toLatin1(), &wrong);
    QVERIFY(found.has_value());
    QVERIFY(!wrong);
    QCOMPARE(found->route, r);
    QCOMPARE(found->parameters, parameters);
}

void TestRoutes::unknownAndWrongMethod()
{
    bool wrong = false;
    QVERIFY(!match(Method::Get, "/v1/nothing", &wrong));
    QVERIFY(!wrong);
    QVERIFY(!match(Method::Delete, "/v1/organizations", &wrong));
    QVERIFY(wrong); // POST /v1/organizations exists
    // An empty id is still the route's: the service refuses it by its own rule.
    QCOMPARE(match(Method::Get, "/v1/organizations/", &wrong)->parameters, QStringList{QString()});
    QVERIFY(match(Method::Get, "/v1/organizations/", &wrong)->route ==
            route(operation::Organization));
    QVERIFY(match(Method::Post, "/v1/codes/check", &wrong)->route == route(operation::CheckCode));
    QVERIFY(match(Method::Post, "/v1/codes", &wrong)->route == route(operation::SendCode));
    QCOMPARE(methodOf("PATCH"), std::nullopt);
    QCOMPARE(methodOf("PUT"), std::optional<Method>(Method::Put));
}

void TestRoutes::statuses_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("status");
    QTest::newRow("malformed") << QStringLiteral("E-INVALID") << QStringLiteral("type") << 400;
    QTest::newRow("unknown record") << QStringLiteral("E-NOT-FOUND") << QString() << 404;
    QTest::newRow("rule, state") << QStringLiteral("R-BND-1") << QStringLiteral("alreadyBound")
                                 << 409;
    QTest::newRow("rule, input") << QStringLiteral("R-ORG-2") << QStringLiteral("format") << 422;
    QTest::newRow("required") << QStringLiteral("E-REQUIRED") << QString() << 422;
    QTest::newRow("busy store") << QStringLiteral("E-STORE") << QStringLiteral("busy") << 503;
    QTest::newRow("broken store") << QStringLiteral("E-STORE") << QStringLiteral("failed") << 500;
    QTest::newRow("demo only") << QStringLiteral("E-DEMO") << QStringLiteral("notDemo") << 409;
}

void TestRoutes::statuses()
{
    QFETCH(QString, rule);
    QFETCH(QString, reason);
    QFETCH(int, status);
    QCOMPARE(httpStatusOf(makeError(rule, {}, reason)), status);
}

QTEST_GUILESS_MAIN(TestRoutes)
#include "test_routes.moc"
