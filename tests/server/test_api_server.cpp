// The billing API server as a client meets it: a real `billing-api` process on 127.0.0.1,
// over a demo store of the suite's store (SQLite, PostgreSQL), spoken to over HTTP.
// Authentication, idempotency, hostile requests (each refused with its status and nothing
// changed), the change feed, slow calls beside fast ones, a clean stop, and the command
// line. Every answer is recorded for the OpenAPI validation (tests/api).

#include "ServerProcess.h"
#include "TestSupport.h"
#include "contract/Routes.h"
#include "services/DemoStoryData.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>

#include <csignal>

using namespace oc;
using namespace oc::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers)
            if (key.toLower() == name.toLower())
                return value;
        return {};
    }
    QString errorCode() const
    {
        return json.value(QLatin1StringView("error"))
            .toObject()
            .value(QLatin1StringView("code"))
            .toString();
    }
    QString errorReason() const
    {
        return json.value(QLatin1StringView("error"))
            .toObject()
            .value(QLatin1StringView("reason"))
            .toString();
    }
    QString errorField() const
    {
        return json.value(QLatin1StringView("error"))
            .toObject()
            .value(QLatin1StringView("field"))
            .toString();
    }
    QJsonValue value() const { return json.value(QLatin1StringView("value")); }
    QList<QPair<QByteArray, QByteArray>> headers;
};

class Client
{
public:
    Client(QString base, QString token)
        : m_base(std::move(base))
        , m_token(std::move(token))
    {}

    QNetworkReply *start(const QByteArray &method, const QString &path, const QByteArray &body = {},
                         QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        QNetworkRequest request(QUrl(m_base + path));
        if (!m_token.isNull())
            request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        request.setTransferTimeout(60000);
        return m_network.sendCustomRequest(request, method, body);
    }

    static Reply finish(QNetworkReply *reply)
    {
        QElapsedTimer timer;
        timer.start();
        while (!reply->isFinished() && timer.elapsed() < 60000)
            QTest::qWait(5);
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.json = QJsonDocument::fromJson(r.body).object();
        r.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return r;
    }

    Reply call(const QByteArray &method, const QString &path, const QByteArray &body = {},
               QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        return finish(start(method, path, body, std::move(headers)));
    }
    Reply get(const QString &path) { return call("GET", path); }
    Reply post(const QString &path, const QJsonObject &body, const QByteArray &key = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!key.isEmpty())
            headers.append({"Idempotency-Key", key});
        return call("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }

private:
    QNetworkAccessManager m_network;
    QString m_base;
    QString m_token;
};

ServerProcess::Options demoServer(const QTemporaryDir &dir,
                                  QStringList operators = {s("test"), s("other")},
                                  QStringList extra = {})
{
    const DemoDatabase made = demoDatabase(dir);
    ServerProcess::Options options;
    options.database = made.copy;
    options.demo = true;
    options.demoTemplate = made.demoTemplate;
    options.operators = std::move(operators);
    options.extraArguments = std::move(extra);
    return options;
}

QJsonObject listQuery(const QString &view, const QString &search = {})
{
    return QJsonObject{{s("view"), view},
                       {s("search"), search},
                       {s("filters"), QJsonObject()},
                       {s("sortColumn"), QString()},
                       {s("descending"), false},
                       {s("offset"), 0},
                       {s("limit"), 200},
                       {s("withTotal"), true},
                       {s("knownTotal"), -1}};
}

qint64 total(Client &client, const QString &view)
{
    const Reply page = client.post(QStringLiteral("/v1/lists/%1/page").arg(view), listQuery(view));
    if (page.status != 200)
        qFatal("list %s: %s", qPrintable(view), page.body.constData());
    return qint64(page.value().toObject().value(QLatin1StringView("total")).toDouble());
}

QString buyerAccount(Client &client)
{
    const Reply page = client.post(s("/v1/lists/huaweiAccounts/page"),
                                   listQuery(s("huaweiAccounts"), s(demo::cast::BuyerLogin)));
    for (const QJsonValue &row : page.value().toObject().value(QLatin1StringView("rows")).toArray())
        if (row.toArray().at(2).toString() == u"lianyun-tech")
            return row.toArray().at(0).toString();
    qFatal("no buyer: %s", page.body.constData());
}

QJsonObject cardPurchase(const QString &account, int quantity)
{
    return QJsonObject{{s("accountId"), account},
                       {s("product"), s("stored_value_card")},
                       {s("quantity"), quantity},
                       {s("termsAccepted"), true}};
}

} // namespace

class TestApiServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void healthAndVersion();
    void tokens();
    void revokedToken();
    void idempotentRepeat();
    void anotherOperatorsKey();
    void hostileRequests_data();
    void hostileRequests();
    void bodyOverTheLimit();
    void rawPathTraversal();
    void routesAndMethods();
    void changeFeed();
    void slowCallBesideFastOnes();
    void stopFinishesRequestsInFlight();
    void commandLine();
    void operatorCommands();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
};

void TestApiServer::initTestCase()
{
    OC_REQUIRE_STORE();
    m_server = std::make_unique<ServerProcess>(demoServer(m_dir));
}

void TestApiServer::cleanupTestCase()
{
    if (m_server)
        QCOMPARE(m_server->stop(), 0);
}

void TestApiServer::healthAndVersion()
{
    Client anonymous(m_server->url(), QString());
    const Reply health = anonymous.get(s("/healthz"));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json.value(QLatin1StringView("status")).toString(), s("ok"));
    QCOMPARE(health.header("Content-Type"), QByteArray("application/json"));
    Client client(m_server->url(), m_server->token());
    const Reply version = client.get(s("/v1/version"));
    QCOMPARE(version.status, 200);
    const QJsonObject v = version.value().toObject();
    QCOMPARE(v.value(QLatin1StringView("demo")).toBool(), true);
    QCOMPARE(v.value(QLatin1StringView("store")).toString(),
             onPostgres() ? s("postgres") : s("sqlite"));
    QVERIFY(v.value(QLatin1StringView("schemaVersion")).toInt() >= 7);
}

// No token, a wrong one, a malformed one: 401 with the reason, nothing changed.
void TestApiServer::tokens()
{
    Client client(m_server->url(), m_server->token());
    const QString buyer = buyerAccount(client);
    const qint64 orders = total(client, s("orders"));
    const qint64 journal = total(client, s("journal"));
    const QString real = m_server->token();
    const QString operatorId = real.section(QLatin1Char('.'), 0, 0);
    const QList<std::pair<QString, QString>> cases = {
        {QString(), s("missing")},
        {operatorId + s(".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), s("invalid")},
        {s("op_0000000000000000.") + real.section(QLatin1Char('.'), 1), s("invalid")},
        {s("no-dot-at-all"), s("invalid")},
    };
    for (const auto &[token, reason] : cases) {
        Client stranger(m_server->url(), token);
        const Reply refused =
            stranger.post(s("/v1/orders"), cardPurchase(buyer, 1), "tokens-" + reason.toLatin1());
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.errorCode(), s("E-AUTH"));
        QCOMPARE(refused.errorReason(), reason);
        QCOMPARE(stranger.get(s("/v1/lists/orders/page")).status, 405);
    }
    QCOMPARE(total(client, s("orders")), orders);
    QCOMPARE(total(client, s("journal")), journal);
}

void TestApiServer::revokedToken()
{
    QTemporaryDir dir;
    ServerProcess::Options options;
    options.database = freshDatabase(dir, s("revoke.sqlite"));
    options.operators = {s("alice"), s("bob")};
    ServerProcess server(options);
    Client alice(server.url(), server.token(s("alice")));
    QCOMPARE(alice.get(s("/v1/clock")).status, 200);
    const auto revoked =
        ServerProcess::run({s("operator"), s("revoke"), s("alice"), s("--database"),
                            ServerProcess::location(options.database)});
    QCOMPARE(revoked.exitCode, 0);
    const Reply refused = alice.get(s("/v1/clock"));
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.errorReason(), s("revoked"));
    Client bob(server.url(), server.token(s("bob")));
    QCOMPARE(bob.get(s("/v1/clock")).status, 200);
    QCOMPARE(server.stop(), 0);
    dropDatabase(options.database);
}

// A repeated request with its key answers the first answer again and changes nothing; the
// same key with another request is refused.
void TestApiServer::idempotentRepeat()
{
    Client client(m_server->url(), m_server->token());
    const QString buyer = buyerAccount(client);
    const qint64 orders = total(client, s("orders"));
    const Reply first = client.post(s("/v1/orders"), cardPurchase(buyer, 2), "repeat-1");
    QCOMPARE(first.status, 200);
    const Reply again = client.post(s("/v1/orders"), cardPurchase(buyer, 2), "repeat-1");
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body, first.body);
    QCOMPARE(total(client, s("orders")), orders + 1);
    const Reply other = client.post(s("/v1/orders"), cardPurchase(buyer, 3), "repeat-1");
    QCOMPARE(other.status, 400);
    QCOMPARE(other.errorField(), s("idempotencyKey"));
    QCOMPARE(other.errorReason(), s("reused"));
    QCOMPARE(total(client, s("orders")), orders + 1);
    // A refusal is replayed as well.
    const Reply refused = client.post(s("/v1/orders"), cardPurchase(buyer, 0), "repeat-2");
    QCOMPARE(refused.status, 422);
    QCOMPARE(client.post(s("/v1/orders"), cardPurchase(buyer, 0), "repeat-2").body, refused.body);
    // A malformed key.
    const Reply badKey = client.post(s("/v1/orders"), cardPurchase(buyer, 1), "has space");
    QCOMPARE(badKey.status, 400);
    QCOMPARE(badKey.errorReason(), s("format"));
    QCOMPARE(total(client, s("orders")), orders + 1);
}

// Another operator replaying a request with its key: refused, nothing changed.
void TestApiServer::anotherOperatorsKey()
{
    Client test(m_server->url(), m_server->token(s("test")));
    Client other(m_server->url(), m_server->token(s("other")));
    const QString buyer = buyerAccount(test);
    QCOMPARE(test.post(s("/v1/orders"), cardPurchase(buyer, 4), "theirs-1").status, 200);
    const qint64 orders = total(test, s("orders"));
    const Reply replayed = other.post(s("/v1/orders"), cardPurchase(buyer, 4), "theirs-1");
    QCOMPARE(replayed.status, 403);
    QCOMPARE(replayed.errorCode(), s("E-AUTH"));
    QCOMPARE(replayed.errorReason(), s("keyOfAnotherOperator"));
    QCOMPARE(total(test, s("orders")), orders);
}

void TestApiServer::hostileRequests_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason");
    const QByteArray json = "application/json";
    QTest::newRow("malformed JSON")
        << QByteArray("POST") << s("/v1/orders") << json << QByteArray("{\"accountId\": ") << 400
        << QString() << s("format");
    QTest::newRow("deeply nested")
        << QByteArray("POST") << s("/v1/orders") << json
        << (QByteArray(5000, '[') + QByteArray(5000, ']')) << 400 << QString() << s("format");
    QTest::newRow("a field of the wrong type")
        << QByteArray("POST") << s("/v1/orders") << json
        << QByteArray("{\"accountId\":\"a\",\"product\":\"stored_value_card\",\"quantity\":\"3\","
                      "\"termsAccepted\":true}")
        << 400 << s("quantity") << s("type");
    QTest::newRow("a missing field")
        << QByteArray("POST") << s("/v1/orders") << json
        << QByteArray("{\"accountId\":\"a\",\"product\":\"stored_value_card\",\"quantity\":3}")
        << 400 << s("termsAccepted") << s("missing");
    QTest::newRow("an unknown enum spelling")
        << QByteArray("POST") << s("/v1/orders") << json
        << QByteArray(
               "{\"accountId\":\"a\",\"product\":\"gift\",\"quantity\":3,\"termsAccepted\":true}")
        << 400 << s("product") << s("enum");
    QTest::newRow("a huge string")
        << QByteArray("POST") << s("/v1/orders") << json
        << ("{\"accountId\":\"" + QByteArray(900 * 1024, 'a') +
            "\",\"product\":\"stored_value_card\",\"quantity\":3,\"termsAccepted\":true}")
        << 400 << s("accountId") << s("tooLong");
    QTest::newRow("not an object") << QByteArray("POST") << s("/v1/orders") << json
                                   << QByteArray("[1,2]") << 400 << QString() << s("type");
    QTest::newRow("wrong content type")
        << QByteArray("POST") << s("/v1/orders") << QByteArray("text/plain")
        << QByteArray("{\"accountId\":\"a\"}") << 415 << s("content-type") << s("contentType");
    QTest::newRow("traversal in an id")
        << QByteArray("GET") << s("/v1/huawei-accounts/..%2F..%2Fetc%2Fpasswd") << QByteArray()
        << QByteArray() << 422 << s("accountId") << s("format");
    QTest::newRow("an integer id that is not one")
        << QByteArray("DELETE") << s("/v1/members/12abc") << QByteArray() << QByteArray() << 400
        << s("memberId") << s("type");
    QTest::newRow("since that is not a number")
        << QByteArray("GET") << s("/v1/changes?since=x") << QByteArray() << QByteArray() << 400
        << s("since") << s("type");
}

// Each refused with its status naming the field, and nothing changed.
void TestApiServer::hostileRequests()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    Client client(m_server->url(), m_server->token());
    const qint64 orders = total(client, s("orders"));
    const qint64 journal = total(client, s("journal"));
    QList<QPair<QByteArray, QByteArray>> headers{
        {QByteArray("Idempotency-Key"),
         QByteArray("hostile-") + QByteArray(QTest::currentDataTag()).replace(' ', '-')}};
    if (!contentType.isEmpty())
        headers.append({"Content-Type", contentType});
    const Reply refused = client.call(method, path, body, headers);
    QCOMPARE(refused.status, status);
    QCOMPARE(refused.errorField(), field);
    QCOMPARE(refused.errorReason(), reason);
    QVERIFY(!refused.json.value(QLatin1StringView("error"))
                 .toObject()
                 .value(QLatin1StringView("message"))
                 .toString()
                 .isEmpty());
    QCOMPARE(total(client, s("orders")), orders);
    // A refusal of a rule is journaled (R-AUD-1); a request that is not understood is not.
    if (status != 422)
        QCOMPARE(total(client, s("journal")), journal);
}

void TestApiServer::bodyOverTheLimit()
{
    Client client(m_server->url(), m_server->token());
    const qint64 orders = total(client, s("orders"));
    const Reply refused = client.call("POST", s("/v1/orders"), QByteArray(2 * 1024 * 1024, ' '),
                                      {{"Content-Type", "application/json"}});
    QCOMPARE(refused.status, 413);
    QCOMPARE(refused.errorReason(), s("tooLarge"));
    QCOMPARE(total(client, s("orders")), orders);
    // The server still serves.
    QCOMPARE(client.get(s("/v1/clock")).status, 200);
}

// "..", unencoded, as a hostile client may send it: no route, and nothing is read.
void TestApiServer::rawPathTraversal()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /v1/../../../etc/passwd HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " +
                 m_server->token().toLatin1() + "\r\n\r\n");
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (!answer.contains("}") && timer.elapsed() < 10000) {
        socket.waitForReadyRead(200);
        answer += socket.readAll();
    }
    QVERIFY2(answer.startsWith("HTTP/1.1 404"), answer.constData());
    QVERIFY(!answer.contains("root:"));
}

void TestApiServer::routesAndMethods()
{
    Client client(m_server->url(), m_server->token());
    const Reply unknown = client.get(s("/v1/nothing-here"));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), s("E-NOT-FOUND"));
    QCOMPARE(unknown.errorReason(), s("route"));
    const Reply wrong = client.call("DELETE", s("/v1/orders"));
    QCOMPARE(wrong.status, 405);
    QCOMPARE(wrong.header("Allow"), QByteArray("POST"));
    const Reply patch = client.call("PATCH", s("/v1/organizations/org_1"));
    QCOMPARE(patch.status, 405);
    QCOMPARE(patch.header("Allow"), QByteArray("GET"));
}

// Another operator's change reaches a follower of the feed within 2 s.
void TestApiServer::changeFeed()
{
    Client follower(m_server->url(), m_server->token(s("other")));
    Client actor(m_server->url(), m_server->token(s("test")));
    const Reply start = follower.get(s("/v1/changes"));
    QCOMPARE(start.status, 200);
    const qint64 since =
        qint64(start.value().toObject().value(QLatin1StringView("sequence")).toDouble());
    QNetworkReply *waiting =
        follower.start("GET", QStringLiteral("/v1/changes?since=%1").arg(since));
    QTest::qWait(300);
    QVERIFY(!waiting->isFinished()); // nothing changed yet: it waits
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(actor.post(s("/v1/orders"), cardPurchase(buyerAccount(actor), 1), "feed-1").status,
             200);
    const Reply batch = Client::finish(waiting);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(batch.status, 200);
    const QJsonObject b = batch.value().toObject();
    QVERIFY(b.value(QLatin1StringView("sequence")).toDouble() > double(since));
    QVERIFY(b.value(QLatin1StringView("views")).toArray().contains(s("orders")));
    // The journal names who did it.
    const Reply journal =
        actor.post(s("/v1/lists/journal/page"), listQuery(s("journal"), s("purchase")));
    bool named = false;
    for (const QJsonValue &row :
         journal.value().toObject().value(QLatin1StringView("rows")).toArray())
        named = named || row.toArray().contains(s("test"));
    QVERIFY(named);
}

// A slow call (Argon2id at interactive cost) holds up one worker, not the server.
void TestApiServer::slowCallBesideFastOnes()
{
    QTemporaryDir dir;
    ServerProcess server(demoServer(dir, {s("test")}, {s("--password-cost"), s("interactive")}));
    Client client(server.url(), server.token());
    const QJsonObject login{{s("loginName"), s("zhangwei@qiming")},
                            {s("password"), s("Wrong#2026pw")}};
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *slow =
        client.start("POST", s("/v1/logins"), QJsonDocument(login).toJson(QJsonDocument::Compact),
                     {{"Idempotency-Key", "slow-1"}});
    QTest::qWait(20);
    qint64 fastest = -1;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer one;
        one.start();
        QCOMPARE(client.get(s("/v1/clock")).status, 200);
        fastest = fastest < 0 ? one.elapsed() : qMin(fastest, one.elapsed());
    }
    const Reply answered = Client::finish(slow);
    const qint64 slowMs = timer.elapsed();
    QVERIFY2(answered.status == 409 || answered.status == 404 || answered.status == 422,
             answered.body.constData());
    QVERIFY2(fastest < slowMs,
             qPrintable(QStringLiteral("fast %1 ms, slow %2 ms").arg(fastest).arg(slowMs)));
    QCOMPARE(server.stop(), 0);
}

// SIGTERM answers the requests in flight and exits cleanly.
void TestApiServer::stopFinishesRequestsInFlight()
{
    QTemporaryDir dir;
    ServerProcess server(demoServer(dir, {s("test")}, {s("--password-cost"), s("interactive")}));
    Client client(server.url(), server.token());
    const QJsonObject login{{s("loginName"), s("zhangwei@qiming")},
                            {s("password"), s("Wrong#2026pw")}};
    QNetworkReply *inFlight =
        client.start("POST", s("/v1/logins"), QJsonDocument(login).toJson(QJsonDocument::Compact),
                     {{"Idempotency-Key", "stop-1"}});
    QTest::qWait(50);
    ::kill(pid_t(server.process().processId()), SIGTERM);
    const Reply answered = Client::finish(inFlight);
    QVERIFY2(answered.status >= 200 && answered.status < 500, answered.body.constData());
    QVERIFY(server.process().waitForFinished(30000));
    QCOMPARE(server.process().exitCode(), 0);
    QVERIFY(server.log().contains(s("stopping")));
}

void TestApiServer::commandLine()
{
    // Bad flags: one line, exit 2; help and version work without a display.
    for (const QStringList &args :
         {QStringList{},
          {s("serve")},
          {s("serve"), s("--listen"), s("nowhere"), s("--demo")},
          {s("serve"), s("--demo"), s("--workers"), s("0")},
          {s("operator")},
          {s("operator"), s("add")},
          {s("fly")},
          {s("migrate"), s("--database")},
          {s("serve"), s("--database"), s("postgresql://"), s("--demo")}}) {
        const auto run = ServerProcess::run(args);
        QVERIFY2(run.exitCode == 2, qPrintable(args.join(QLatin1Char(' '))));
        QVERIFY2(run.err.startsWith(s("billing-api: ")), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 2); // the problem, then where to look
    }
    QCOMPARE(ServerProcess::run({s("--help")}).exitCode, 0);
    QVERIFY(ServerProcess::run({s("--version")}).out.startsWith(s("billing-api ")));
    // An unreachable server: one line, exit 3.
    const auto unreachable = ServerProcess::run(
        {s("migrate"), s("--database"), s("postgresql://nobody@127.0.0.1:1/nothing")});
    QCOMPARE(unreachable.exitCode, 3);
    QVERIFY2(unreachable.err.contains(s("cannot open the database")), qPrintable(unreachable.err));
    QCOMPARE(unreachable.err.trimmed().count(QLatin1Char('\n')), 0);
    // A database of a newer schema: one line, exit 3, untouched.
    QTemporaryDir dir;
    const store::DatabaseConfig config = freshDatabase(dir, s("newer.sqlite"));
    QCOMPARE(ServerProcess::run({s("migrate"), s("--database"), ServerProcess::location(config)})
                 .exitCode,
             0);
    {
        auto db = openStore(config);
        store::SqlQuery(*db, s("UPDATE meta SET value = '999' WHERE key = 'schema.version'"))
            .exec();
    }
    const auto newer = ServerProcess::run({s("serve"), s("--listen"), s("127.0.0.1:0"),
                                           s("--database"), ServerProcess::location(config)});
    QCOMPARE(newer.exitCode, 3);
    QVERIFY2(newer.err.contains(s("newer version")), qPrintable(newer.err));
    dropDatabase(config);
}

void TestApiServer::operatorCommands()
{
    QTemporaryDir dir;
    const store::DatabaseConfig config = freshDatabase(dir, s("operators.sqlite"));
    const QString db = ServerProcess::location(config);
    const auto migrated = ServerProcess::run({s("migrate"), s("--database"), db});
    QCOMPARE(migrated.exitCode, 0);
    const auto added =
        ServerProcess::run({s("operator"), s("add"), s("Wang.Lei"), s("--database"), db});
    QCOMPARE(added.exitCode, 0);
    const QString token = added.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).last();
    QVERIFY(token.startsWith(s("op_")));
    QVERIFY(!added.err.contains(token));
    QCOMPARE(
        ServerProcess::run({s("operator"), s("add"), s("wang.lei"), s("--database"), db}).exitCode,
        1);
    QCOMPARE(
        ServerProcess::run({s("operator"), s("add"), s("bad name!"), s("--database"), db}).exitCode,
        1);
    const auto listed = ServerProcess::run({s("operator"), s("list"), s("--database"), db});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(listed.out.contains(s("Wang.Lei")));
    QVERIFY(!listed.out.contains(token.section(QLatin1Char('.'), 1))); // never the secret
    QCOMPARE(ServerProcess::run({s("operator"), s("revoke"), s("WANG.LEI"), s("--database"), db})
                 .exitCode,
             0);
    QCOMPARE(ServerProcess::run({s("operator"), s("revoke"), s("wang.lei"), s("--database"), db})
                 .exitCode,
             1);
    QVERIFY(ServerProcess::run({s("operator"), s("list"), s("--database"), db})
                .out.contains(s("revoked")));
    dropDatabase(config);
}

QTEST_GUILESS_MAIN(TestApiServer)
#include "test_api_server.moc"
