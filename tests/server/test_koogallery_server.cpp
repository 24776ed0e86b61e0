// KooGallery's signed calls reaching a real `billing-api` (spec/api.md, "Marketplace
// callback"): POST /koogallery/saas on 127.0.0.1 with --koogallery-key-file, on the suite's
// store. A `billing-api koogallery-call newInstance` makes the instance appear in every
// connected console; the exact same request again is refused with 000001 and changes
// nothing, also on a second server process over the same store and after a restart; hostile
// requests get their 4xx and a signed answer; the command line's refusals. A console's
// subscription purchase on the server reaches the same route over HTTP (the server sends
// the marketplace's newInstance to itself): also with one worker, replayed by its
// Idempotency-Key without a second order or instance, and refused with its own error by a
// server without a key (the order paid, its instance pending), delivered again by itself
// by a server with the key.

#include "ServerProcess.h"
#include "TestSupport.h"
#include "contract/Json.h"
#include "core/KooGalleryCall.h"
#include "core/ListNames.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrlQuery>

using namespace oc;
using namespace oc::test;
using namespace Qt::StringLiterals;
namespace kg = oc::koogallery;

namespace {

const QByteArray Key = "seller-access-key-for-tests-0001";
// The server logs its line per answer (oc.api), which the suites otherwise silence.
const QMap<QString, QString> AnswersLogged{
    {QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("oc.*.info=false;oc.api.info=true")}};

struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray bodySign;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString code() const { return json().value(QLatin1StringView("resultCode")).toString(); }
};

// Sends a signed call as KooGallery does (method and path can be changed for the tests).
Answer send(const QString &base, const kg::SignedCall &c, const QByteArray &method = "POST")
{
    QUrl url(base + u"/koogallery/saas"_s);
    QUrlQuery query;
    query.addQueryItem(u"signature"_s, QString::fromLatin1(c.query.signature));
    query.addQueryItem(u"timestamp"_s, QString::fromLatin1(c.query.timestamp));
    query.addQueryItem(u"nonce"_s, QString::fromLatin1(c.query.nonce));
    url.setQuery(query);
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setTransferTimeout(60000);
    QNetworkReply *reply = network.sendCustomRequest(request, method, c.body);
    QElapsedTimer timer;
    timer.start();
    while (!reply->isFinished() && timer.elapsed() < 60000)
        QTest::qWait(5);
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    a.bodySign = reply->rawHeader("Body-Sign");
    reply->deleteLater();
    return a;
}

// POST /v1/orders as a console sends it, with an Idempotency-Key.
Answer postOrder(const QString &base, const QString &token, const QJsonObject &purchase,
                 const QByteArray &idempotencyKey)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(base + u"/v1/orders"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    request.setRawHeader("Idempotency-Key", idempotencyKey);
    request.setTransferTimeout(60000);
    QNetworkReply *reply =
        network.post(request, QJsonDocument(purchase).toJson(QJsonDocument::Compact));
    QElapsedTimer timer;
    timer.start();
    while (!reply->isFinished() && timer.elapsed() < 60000)
        QTest::qWait(5);
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    reply->deleteLater();
    return a;
}

QJsonObject subscriptionOf(const QString &accountId)
{
    return QJsonObject{{u"accountId"_s, accountId},
                       {u"product"_s, u"subscription"_s},
                       {u"quantity"_s, 1},
                       {u"termsAccepted"_s, true}};
}

int linesOf(const QString &log, const QString &line)
{
    return int(log.count(line));
}

QString keyFile(const QTemporaryDir &dir, const QByteArray &key,
                const char *name = "koogallery.key")
{
    const QString path = dir.filePath(QString::fromUtf8(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(key + '\n') < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestKooGalleryServer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void newInstanceAppearsInEveryConsole();
    void hostileCalls_data();
    void hostileCalls();
    void replayRefusedOnAnotherProcessAndAfterRestart();
    void serverWithoutKeyRefuses();
    void purchaseGoesOverHttp();
    void purchaseOnOneWorkerWithTheStoresKey();
    void purchaseRepeatedByItsKey();
    void purchaseUndeliveredThenDelivered();
    void commandLine_data();
    void commandLine();

private:
    QString customer();
    qint64 instances(Backend &console);

    QTemporaryDir m_dir;
    DemoDatabase m_demo;
    QString m_keyFile;
    std::unique_ptr<ServerProcess> m_server;
};

void TestKooGalleryServer::initTestCase()
{
    OC_REQUIRE_STORE();
    m_keyFile = keyFile(m_dir, Key);
    m_demo = demoDatabase(m_dir);
    ServerProcess::Options options;
    options.database = m_demo.copy;
    options.demo = true;
    options.demoTemplate = m_demo.demoTemplate;
    options.operators = {u"test"_s, u"other"_s};
    options.extraArguments = {u"--koogallery-key-file"_s, m_keyFile};
    options.environment = AnswersLogged;
    m_server = std::make_unique<ServerProcess>(options);
}

void TestKooGalleryServer::cleanupTestCase()
{
    if (m_server)
        QCOMPARE(m_server->stop(), 0);
}

QString TestKooGalleryServer::customer()
{
    const auto console = remoteConsole(m_server->url(), m_server->token());
    [&] { QVERIFY(await(console->open()).ok()); }();
    const QString id = huaweiAccountIdOf(*console, u"lianyun-tech"_s);
    if (id.isEmpty())
        qFatal("no demo customer");
    return id;
}

qint64 TestKooGalleryServer::instances(Backend &console)
{
    return count(console, QString(view::Instances));
}

void TestKooGalleryServer::newInstanceAppearsInEveryConsole()
{
    const auto first = remoteConsole(m_server->url(), m_server->token(u"test"_s));
    const auto second = remoteConsole(m_server->url(), m_server->token(u"other"_s));
    QVERIFY(await(first->open()).ok());
    QVERIFY(await(second->open()).ok());
    const qint64 before = instances(*first);
    QSignalSpy firstChanged(first.get(), &Backend::changed);
    QSignalSpy secondChanged(second.get(), &Backend::changed);

    const auto run = ServerProcess::run(
        {u"koogallery-call"_s, u"newInstance"_s, u"--url"_s, m_server->url(), u"--key-file"_s,
         m_keyFile, u"businessId=deploy-check"_s, u"orderId=CS2512051200DPLOY"_s,
         u"orderLineId=1"_s, u"customerId="_s + customer(), u"testFlag=1"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const QJsonObject answer = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(answer.value(QLatin1StringView("resultCode")).toString(), u"000000"_s);
    const QString instanceId = answer.value(QLatin1StringView("instanceId")).toString();
    QVERIFY(!instanceId.isEmpty());

    // Both consoles are told by the change feed, and their Purchased services list has it.
    for (QSignalSpy *spy : {&firstChanged, &secondChanged}) {
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QList<QVariant> &signal : std::as_const(*spy))
                    if (signal.at(0).toStringList().contains(QString(view::Instances)))
                        return true;
                return false;
            }(),
            20000);
    }
    for (Backend *console : {first.get(), second.get()}) {
        QCOMPARE(instances(*console), before + 1);
        bool listed = false;
        for (const QVariantMap &row : rows(*console, QString(view::Instances)))
            listed = listed || row.value(QString(column::InstanceId)).toString() == instanceId;
        QVERIFY(listed);
    }
}

void TestKooGalleryServer::hostileCalls_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("replayed request") << 0 << 401 << "000001";
    QTest::newRow("wrong key") << 1 << 401 << "000001";
    QTest::newRow("stale timestamp") << 2 << 401 << "000001";
    QTest::newRow("future timestamp") << 3 << 401 << "000001";
    QTest::newRow("no signature") << 4 << 401 << "000001";
    QTest::newRow("malformed body") << 5 << 400 << "000002";
    QTest::newRow("truncated body") << 6 << 400 << "000002";
    QTest::newRow("oversized body") << 7 << 413 << "000002";
    QTest::newRow("unknown activity") << 8 << 400 << "000002";
    QTest::newRow("unknown instance") << 9 << 404 << "000003";
}

// Each refused with its status and result code, signed, and nothing changed.
void TestKooGalleryServer::hostileCalls()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, code);
    const auto console = remoteConsole(m_server->url(), m_server->token());
    QVERIFY(await(console->open()).ok());
    const qint64 before = instances(*console);
    const qint64 orders = count(*console, QString(view::Orders));
    const QByteArray body = kg::encode(kg::NewInstance{
        u"b"_s, u"CS2512051200HOSTL"_s, u"l%1"_s.arg(kind), customer(), false, false, {}});
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    kg::SignedCall c = kg::sign(Key, body, now);
    switch (kind) {
    case 0: {
        const kg::SignedCall read = kg::sign(
            Key, kg::encode(kg::QueryInstance{{u"00000000-0000-4000-8000-000000000000"_s}}), now);
        QCOMPARE(send(m_server->url(), read).code(), u"000003"_s);
        c = read; // refused for its instance the first time: the nonce was not kept
        QCOMPARE(send(m_server->url(), c).code(), u"000003"_s);
        c = kg::sign(Key, body, now);
        QCOMPARE(send(m_server->url(), c).code(), u"000000"_s);
        QCOMPARE(instances(*console), before + 1);
        break; // the very same request once more, below
    }
    case 1:
        c = kg::sign("not-the-seller-key-0000", body, now);
        break;
    case 2:
        c = kg::sign(Key, body, now - 5 * 60'000);
        break;
    case 3:
        c = kg::sign(Key, body, now + 5 * 60'000);
        break;
    case 4:
        c.query.signature.clear();
        break;
    case 5:
        c = kg::sign(Key, "{\"activity\":", now);
        break;
    case 6:
        c = kg::sign(Key, body.left(body.size() / 2), now);
        break;
    case 7:
        c = kg::sign(Key, QByteArray(kg::MaxBodyBytes + 100, ' ') + body, now);
        break;
    case 8:
        c = kg::sign(Key, R"({"activity":"upgradeInstance","instanceId":"x"})", now);
        break;
    default:
        c = kg::sign(
            Key, kg::encode(kg::ReleaseInstance{u"00000000-0000-4000-8000-000000000000"_s}), now);
        break;
    }
    const qint64 after = instances(*console);
    const Answer a = send(m_server->url(), c);
    QCOMPARE(a.status, status);
    QCOMPARE(a.code(), code);
    QVERIFY(!a.json().value(QLatin1StringView("resultMsg")).toString().isEmpty());
    QCOMPARE(a.bodySign, kg::bodySignHeader(Key, a.body));
    QCOMPARE(instances(*console), after);
    QVERIFY(count(*console, QString(view::Orders)) <= orders + (kind == 0 ? 1 : 0));
}

// The nonce memory is the store's: another billing-api process over the same store refuses
// the replay, and so does the server after a restart.
void TestKooGalleryServer::replayRefusedOnAnotherProcessAndAfterRestart()
{
    ServerProcess::Options same = ServerProcess::sameStore(m_demo.copy);
    same.extraArguments = {u"--koogallery-key-file"_s, m_keyFile};
    const kg::SignedCall c =
        kg::sign(Key,
                 kg::encode(kg::NewInstance{
                     u"b"_s, u"CS2512051200TWOPR"_s, u"1"_s, customer(), false, false, {}}),
                 QDateTime::currentMSecsSinceEpoch());
    {
        ServerProcess second(same);
        QCOMPARE(send(m_server->url(), c).code(), u"000000"_s);
        const Answer replay = send(second.url(), c);
        QCOMPARE(replay.status, 401);
        QCOMPARE(replay.code(), u"000001"_s);
        QCOMPARE(second.stop(), 0);
    }
    ServerProcess restarted(same);
    QCOMPARE(send(restarted.url(), c).code(), u"000001"_s);
    QCOMPARE(restarted.stop(), 0);
}

void TestKooGalleryServer::serverWithoutKeyRefuses()
{
    ServerProcess keyless(ServerProcess::sameStore(m_demo.copy));
    const Answer a = send(
        keyless.url(),
        kg::sign(Key, kg::encode(kg::QueryInstance{{u"00000000-0000-4000-8000-000000000000"_s}}),
                 QDateTime::currentMSecsSinceEpoch()));
    QCOMPARE(a.status, 401);
    QCOMPARE(a.code(), u"000001"_s);
    QVERIFY(a.bodySign.isEmpty());
    // The route takes POST only.
    const Answer get = send(keyless.url(), kg::sign(Key, "{}", 0), "GET");
    QCOMPARE(get.status, 405);
    QCOMPARE(keyless.stop(), 0);
}

// The console's purchase on the server: the marketplace's newInstance went to the server's
// own POST /koogallery/saas (its log line, the instance journaled as the route journals it,
// as KooGallery's doing), and the console got the order and the instance as before.
void TestKooGalleryServer::purchaseGoesOverHttp()
{
    const auto console = remoteConsole(m_server->url(), m_server->token());
    QVERIFY(await(console->open()).ok());
    const qint64 before = instances(*console);
    const int routed = linesOf(m_server->log(), u"POST /koogallery/saas 200 000000"_s);
    const auto bought =
        await(console->purchase(PurchaseRequest{customer(), ProductKind::Subscription, 1, true}));
    QVERIFY2(bought.ok(), qPrintable(bought.ok() ? QString() : bought.error().toString()));
    QVERIFY(bought->instance.has_value());
    QCOMPARE(bought->instance->orderId, bought->order.orderId);
    QCOMPARE(toString(bought->instance->status), u"provisioning"_s);
    QCOMPARE(instances(*console), before + 1);
    QTRY_COMPARE_WITH_TIMEOUT(linesOf(m_server->log(), u"POST /koogallery/saas 200 000000"_s),
                              routed + 1, 10000);
    const auto opened = rows(
        *console, QString(view::Journal),
        {{column::Target, bought->instance->instanceId}, {column::Operation, u"openInstance"_s}});
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened[0].value(column::Actor).toString(), u"koogallery"_s);
    const auto paid =
        rows(*console, QString(view::Journal),
             {{column::Target, bought->order.orderId}, {column::Operation, u"payOrder"_s}});
    QCOMPARE(paid.size(), 1);
    QCOMPARE(paid[0].value(column::Actor).toString(), u"test"_s);
}

// One worker: the worker that placed the order is free again before the call is sent, so
// the call's own request finds it. A demo server without a configured key: the call is
// signed with the store's own key, which its route takes.
void TestKooGalleryServer::purchaseOnOneWorkerWithTheStoresKey()
{
    QTemporaryDir dir;
    const DemoDatabase demo = demoDatabase(dir);
    ServerProcess::Options options;
    options.database = demo.copy;
    options.demo = true;
    options.demoTemplate = demo.demoTemplate;
    options.extraArguments = {u"--workers"_s, u"1"_s};
    options.environment = AnswersLogged;
    ServerProcess server(options);
    const auto console = remoteConsole(server.url(), server.token());
    QVERIFY(await(console->open()).ok());
    const QString buyer = huaweiAccountIdOf(*console, u"lianyun-tech"_s);
    const qint64 before = instances(*console);
    QElapsedTimer timer;
    timer.start();
    const auto bought =
        await(console->purchase(PurchaseRequest{buyer, ProductKind::Subscription, 1, true}));
    QVERIFY2(bought.ok(), qPrintable(bought.ok() ? QString() : bought.error().toString()));
    QVERIFY(bought->instance.has_value());
    QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(instances(*console), before + 1);
    QVERIFY(server.log().contains(u"POST /koogallery/saas 200 000000"_s));
    QCOMPARE(server.stop(), 0);
    dropDatabase(demo.copy);
}

// The same request with its key again: the same order and instance, nothing more.
void TestKooGalleryServer::purchaseRepeatedByItsKey()
{
    const auto console = remoteConsole(m_server->url(), m_server->token());
    QVERIFY(await(console->open()).ok());
    const qint64 orders = count(*console, QString(view::Orders));
    const qint64 before = instances(*console);
    const QJsonObject purchase = subscriptionOf(customer());
    const Answer first = postOrder(m_server->url(), m_server->token(), purchase, "buy-once-1");
    QCOMPARE(first.status, 200);
    const QJsonObject value = first.json().value(QLatin1StringView("value")).toObject();
    QVERIFY(!value.value(QLatin1StringView("instance")).toObject().isEmpty());
    const Answer again = postOrder(m_server->url(), m_server->token(), purchase, "buy-once-1");
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body, first.body);
    QCOMPARE(count(*console, QString(view::Orders)), orders + 1);
    QCOMPARE(instances(*console), before + 1);
}

// A server without a key: its route refuses the call (000001), so the purchase answers
// that its order is paid and its instance pending (R-MKT-2 instancePending, a refusal the
// console does not offer to retry: a retry without the key would buy again), and no
// instance is opened; repeated there with its key, the same answer and still no second
// order. The server with the key over the same store, asked nothing, delivers the call
// again by itself on its settle timer: the instance appears (on the change feed too), and
// the request repeated with its key then answers the order and that instance.
void TestKooGalleryServer::purchaseUndeliveredThenDelivered()
{
    ServerProcess keyless(ServerProcess::sameStore(m_demo.copy));
    const auto console = remoteConsole(m_server->url(), m_server->token());
    QVERIFY(await(console->open()).ok());
    QSignalSpy changed(console.get(), &Backend::changed);
    const qint64 orders = count(*console, QString(view::Orders));
    const qint64 before = instances(*console);
    const QJsonObject purchase = subscriptionOf(customer());

    const Answer refused = postOrder(keyless.url(), m_server->token(), purchase, "buy-later-1");
    QCOMPARE(refused.status, 409);
    const auto decoded = json::fromJson<Status>(refused.json());
    QVERIFY(decoded.ok() && !decoded->ok());
    const Error error = decoded->error();
    QCOMPARE(error.rule, u"R-MKT-2"_s);
    QCOMPARE(error.field, u"marketplace"_s);
    QCOMPARE(error.reason, u"instancePending"_s);
    QVERIFY(!isTransient(error));
    const QString orderId = error.args.value(u"orderId"_s).toString();
    QVERIFY(!orderId.isEmpty());
    QCOMPARE(count(*console, QString(view::Orders)), orders + 1);
    QCOMPARE(count(*console, QString(view::Instances), {{column::OrderId, orderId}}), 0);

    const Answer stillRefused =
        postOrder(keyless.url(), m_server->token(), purchase, "buy-later-1");
    QVERIFY2(stillRefused.status == 409 || stillRefused.status == 200,
             stillRefused.body.constData()); // 200: the server with the key was quicker
    QCOMPARE(count(*console, QString(view::Orders)), orders + 1);
    QCOMPARE(keyless.stop(), 0);

    // No request: the instance comes by itself, and the console hears of it.
    QTRY_COMPARE_WITH_TIMEOUT(
        count(*console, QString(view::Instances), {{column::OrderId, orderId}}), 1, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QList<QVariant> &signal : std::as_const(changed))
                if (signal.at(0).toStringList().contains(QString(view::Instances)))
                    return true;
            return false;
        }(),
        20000);
    const auto opened = rows(*console, QString(view::Instances), {{column::OrderId, orderId}});
    QCOMPARE(opened.size(), 1);
    const QString instanceId = opened[0].value(QString(column::InstanceId)).toString();
    QVERIFY(!instanceId.isEmpty());
    QCOMPARE(count(*console, QString(view::Orders)), orders + 1);
    QCOMPARE(instances(*console), before + 1);
    QVERIFY(m_server->log().contains(u"delivering the marketplace's newInstance for order "_s +
                                     orderId + u" again"_s));

    const Answer delivered = postOrder(m_server->url(), m_server->token(), purchase, "buy-later-1");
    QCOMPARE(delivered.status, 200);
    const QJsonObject value = delivered.json().value(QLatin1StringView("value")).toObject();
    QCOMPARE(value.value(QLatin1StringView("order"))
                 .toObject()
                 .value(QLatin1StringView("orderId"))
                 .toString(),
             orderId);
    QCOMPARE(value.value(QLatin1StringView("instance"))
                 .toObject()
                 .value(QLatin1StringView("instanceId"))
                 .toString(),
             instanceId);
    QCOMPARE(count(*console, QString(view::Orders)), orders + 1);
    QCOMPARE(instances(*console), before + 1);
    const Answer replayed = postOrder(m_server->url(), m_server->token(), purchase, "buy-later-1");
    QCOMPARE(replayed.body, delivered.body);
    QCOMPARE(count(*console, QString(view::Orders)), orders + 1);
    QCOMPARE(instances(*console), before + 1);
}

void TestKooGalleryServer::commandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString url = u"http://127.0.0.1:1"_s;
    const QString key = keyFile(m_dir, Key);
    const QString shortKey = keyFile(m_dir, "short", "short.key");
    QTest::newRow("no activity") << QStringList{u"koogallery-call"_s} << 2 << "needs the activity";
    QTest::newRow("unknown activity")
        << QStringList{u"koogallery-call"_s, u"cancelInstance"_s} << 2 << "unknown activity";
    QTest::newRow("no url") << QStringList{u"koogallery-call"_s, u"queryInstance"_s,
                                           u"--key-file"_s, key}
                            << 2 << "needs --url";
    QTest::newRow("bad url") << QStringList{u"koogallery-call"_s, u"queryInstance"_s, u"--url"_s,
                                            u"ftp://x"_s,         u"--key-file"_s,    key}
                             << 2 << "--url needs";
    QTest::newRow("no key file") << QStringList{u"koogallery-call"_s, u"queryInstance"_s,
                                                u"--url"_s, url}
                                 << 2 << "needs --key-file";
    QTest::newRow("missing key file")
        << QStringList{u"koogallery-call"_s, u"queryInstance"_s,
                       u"--url"_s,           url,
                       u"--key-file"_s,      m_dir.filePath(u"nothing.key"_s)}
        << 2 << "does not exist";
    QTest::newRow("key too short") << QStringList{u"koogallery-call"_s, u"queryInstance"_s,
                                                  u"--url"_s,           url,
                                                  u"--key-file"_s,      shortKey}
                                   << 2 << "16 to 256";
    QTest::newRow("field without value") << QStringList{u"koogallery-call"_s, u"queryInstance"_s,
                                                        u"--url"_s,           url,
                                                        u"--key-file"_s,      key,
                                                        u"instanceIds"_s}
                                         << 2 << "NAME=VALUE";
    QTest::newRow("unreachable")
        << QStringList{u"koogallery-call"_s,
                       u"queryInstance"_s,
                       u"--url"_s,
                       url,
                       u"--key-file"_s,
                       key,
                       u"instanceIds=00000000-0000-4000-8000-000000000000"_s}
        << 3 << "cannot reach";
    QTest::newRow("serve: bad key file")
        << QStringList{u"serve"_s, u"--demo"_s, u"--koogallery-key-file"_s, shortKey} << 2
        << "16 to 256";
}

void TestKooGalleryServer::commandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const auto run = ServerProcess::run(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!run.err.contains(QString::fromLatin1(Key))); // the key is never printed
}

QTEST_MAIN(TestKooGalleryServer)
#include "test_koogallery_server.moc"
