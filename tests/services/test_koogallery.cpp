// KooGallery's signed SaaS calls on the seller's side (spec/api.md, "Marketplace callback";
// R-MKT-2, R-MKT-4, R-SET-5, R-SET-6): KooGalleryService over a private copy of the demo on
// the suite's store, each call signed as the marketplace signs it. Every activity's success
// and refusal codes, every way a signature fails, a replayed nonce (also after a restart),
// and that W-BUY's payment and Close resource take the same path.

#include "DomainPrinting.h"
#include "TestSupport.h"
#include "core/KooGalleryCall.h"
#include "services/BillingService.h"
#include "services/KooGalleryService.h"
#include "services/MarketplaceService.h"
#include "services/ServiceHost.h"
#include "store/InstanceRepository.h"
#include "store/MarketplaceLineRepository.h"
#include "store/OrderRepository.h"
#include "store/WorkspaceRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace oc;
using namespace oc::test;
using namespace Qt::StringLiterals;
namespace kg = oc::koogallery;

namespace {

template<class T>
QString errorText(const oc::Result<T> &result)
{
    return result.ok() ? QString() : result.error().toString();
}

const QByteArray Key = "seller-access-key-for-tests-0001";

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QJsonObject json(const KooGalleryAnswer &a)
{
    return QJsonDocument::fromJson(a.body).object();
}

} // namespace

class TestKooGallery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { OC_REQUIRE_STORE(); }
    void init();
    void cleanup();
    void R_MKT_2_newInstanceOpensProvisioningInstance();
    void newInstanceRetriedAndReplayed();
    void newInstanceRefusals();
    void signatureRefusals_data();
    void signatureRefusals();
    void bodyRefusals_data();
    void bodyRefusals();
    void noKeyConfiguredRefusesEverything();
    void refreshInstance();
    void freezeLocksUntilUnfrozen();
    void R_SET_5_releaseIsIdempotent();
    void queryInstance();
    void wbuyAndCloseResourceTakeTheSignedPath();
    void nonceRememberedAcrossRestart();

private:
    void openHost(const QByteArray &key = Key);
    KooGalleryAnswer call(const kg::Call &call, QByteArray key = Key);
    KooGalleryAnswer serve(const kg::SignedCall &signedCall);
    qint64 countOf(const char *table);
    QString scalar(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    DemoDatabase m_demo;
    std::unique_ptr<ServiceHost> m_host;
    std::unique_ptr<HostSession> m_session;
    int m_connections = 0;
};

void TestKooGallery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_demo = demoDatabase(*m_dir);
    openHost();
}

void TestKooGallery::cleanup()
{
    m_session.reset();
    m_host.reset();
    if (onPostgres())
        dropDatabase(m_demo.copy);
    m_dir.reset();
}

void TestKooGallery::openHost(const QByteArray &key)
{
    m_session.reset();
    m_host.reset();
    ServiceHostOptions options = oc::test::demoHostOptions(m_demo);
    options.actor = u"koogallery"_s;
    options.koogalleryKey = key;
    m_host = std::make_unique<ServiceHost>(options);
    const Status opened = m_host->open();
    QVERIFY2(opened.ok(), qPrintable(errorText(opened)));
    auto connected = m_host->connect(u"koogallery-test-%1"_s.arg(++m_connections));
    QVERIFY2(connected.ok(), qPrintable(errorText(connected)));
    m_session = std::move(connected.value());
}

KooGalleryAnswer TestKooGallery::serve(const kg::SignedCall &signedCall)
{
    KooGalleryAnswer a =
        KooGalleryService(m_session->session()).serve(signedCall.query, signedCall.body);
    // Every answer is signed with the configured key (the marketplace checks it).
    const QByteArray key = m_session->session().marketplaceKey;
    if (!key.isEmpty() && a.bodySign != kg::bodySignHeader(key, a.body))
        qFatal("answer not signed: %s", a.body.constData());
    return a;
}

KooGalleryAnswer TestKooGallery::call(const kg::Call &c, QByteArray key)
{
    return serve(kg::sign(key, kg::encode(c), nowMs()));
}

QString TestKooGallery::scalar(const QString &sql)
{
    store::SqlQuery q(m_session->session().db(), sql);
    q.exec();
    return q.next() ? q.text(0) : QString();
}

qint64 TestKooGallery::countOf(const char *table)
{
    return scalar(u"SELECT count(*) FROM "_s + QString::fromUtf8(table)).toLongLong();
}

void TestKooGallery::R_MKT_2_newInstanceOpensProvisioningInstance()
{
    const QString customer =
        scalar(u"SELECT account_id FROM huawei_accounts ORDER BY account_id"_s);
    const qint64 instances = countOf("instances");
    kg::NewInstance c{u"biz-1"_s,
                      u"CS2512051200KGTST"_s,
                      u"line-1"_s,
                      customer,
                      true,
                      true,
                      QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc())};
    const KooGalleryAnswer a = call(c);
    QCOMPARE(a.httpStatus, 200);
    QCOMPARE(a.resultCode, u"000000"_s);
    const QString instanceId = json(a).value(QLatin1StringView("instanceId")).toString();
    QVERIFY(!instanceId.isEmpty());
    QCOMPARE(countOf("instances"), instances + 1);

    auto &db = m_session->session().db();
    const auto instance = store::InstanceRepository(db).find(instanceId);
    QVERIFY(instance);
    QCOMPARE(instance->status, InstanceStatus::Provisioning);
    QCOMPARE(instance->accountId, customer);
    QCOMPARE(instance->orderId, c.orderId);
    QCOMPARE(instance->productId, QString::fromUtf8(Catalogue::SaasProductId));
    QCOMPARE(instance->activeAt, instance->openedAt.addSecs(Catalogue::ProvisioningSeconds));
    // The marketplace's order the store had not seen is recorded, paid.
    const auto order = store::OrderRepository(db).find(c.orderId);
    QVERIFY(order);
    QCOMPARE(order->status, OrderStatus::Paid);
    QCOMPARE(order->accountId, customer);
    const auto line = store::MarketplaceLineRepository(db).find(instanceId);
    QVERIFY(line);
    QCOMPARE(line->orderLineId, u"line-1"_s);
    QCOMPARE(line->businessId, u"biz-1"_s);
    QVERIFY(line->testFlag);
    QVERIFY(line->trial);
    QCOMPARE(line->expireAt, c.expireTime);
    QCOMPARE(
        scalar(
            u"SELECT actor FROM journal WHERE operation = 'openInstance' AND target = '%1'"_s.arg(
                instanceId)),
        u"koogallery"_s);
    // R-MKT-2: active once its time has come.
    m_host->advanceClock(m_session->session(), ClockStep::Hour);
    QCOMPARE(store::InstanceRepository(db).find(instanceId)->status, InstanceStatus::Active);
}

// The same order line always answers the same instance; the very same signed request
// again is a replay (000001); neither changes anything.
void TestKooGallery::newInstanceRetriedAndReplayed()
{
    const QString customer =
        scalar(u"SELECT account_id FROM huawei_accounts ORDER BY account_id"_s);
    const kg::NewInstance c{u"biz-2"_s, u"CS2512051200RETRY"_s, u"line-1"_s, customer, false, false,
                            {}};
    const kg::SignedCall first = kg::sign(Key, kg::encode(c), nowMs());
    const KooGalleryAnswer a = serve(first);
    QCOMPARE(a.resultCode, u"000000"_s);
    const QString instanceId = json(a).value(QLatin1StringView("instanceId")).toString();
    const qint64 instances = countOf("instances");
    const qint64 orders = countOf("orders");
    const qint64 journal = countOf("journal");

    const KooGalleryAnswer retried = call(c);
    QCOMPARE(retried.resultCode, u"000000"_s);
    QCOMPARE(json(retried).value(QLatin1StringView("instanceId")).toString(), instanceId);

    const KooGalleryAnswer replayed = serve(first);
    QCOMPARE(replayed.httpStatus, 401);
    QCOMPARE(replayed.resultCode, u"000001"_s);
    QCOMPARE(json(replayed).value(QLatin1StringView("resultMsg")).toString(), u"nonce replayed"_s);
    QCOMPARE(countOf("instances"), instances);
    QCOMPARE(countOf("orders"), orders);
    // Only the refusal is journaled (R-AUD-1), outcome the result code.
    QCOMPARE(countOf("journal"), journal + 1);
    QCOMPARE(scalar(u"SELECT outcome FROM journal ORDER BY entry_id DESC"_s), u"000001"_s);
}

void TestKooGallery::newInstanceRefusals()
{
    auto &db = m_session->session().db();
    // An order the demo's marketplace placed for stored-value cards, and a subscription
    // order that has its instance already.
    const QString cardOrder = scalar(u"SELECT order_id FROM orders WHERE product_id = '%1'"_s.arg(
        QString::fromUtf8(Catalogue::StoredValueCardProductId)));
    const QString saasOrder = scalar(u"SELECT order_id FROM instances ORDER BY instance_id"_s);
    const auto saas = store::OrderRepository(db).find(saasOrder);
    const auto cards = store::OrderRepository(db).find(cardOrder);
    QVERIFY(saas && cards);
    const QString other =
        scalar(QString::fromUtf8("SELECT account_id FROM huawei_accounts WHERE account_id <> '%1' "
                                 "ORDER BY account_id")
                   .arg(saas->accountId));
    const struct
    {
        kg::NewInstance call;
        const char *field;
        const char *reason;
    } cases[] = {
        {{u"b"_s,
          u"CS2512051200NOONE"_s,
          u"l"_s,
          u"0123456789abcdef0123456789abcdef"_s,
          false,
          false,
          {}},
         "customerId",
         "unknown"},
        {{u"b"_s, saasOrder, u"another-line"_s, other, false, false, {}},
         "orderId",
         "otherAccount"},
        {{u"b"_s, cardOrder, u"l"_s, cards->accountId, false, false, {}},
         "orderId",
         "notSubscription"},
        {{u"b"_s, saasOrder, u"another-line"_s, saas->accountId, false, false, {}},
         "orderId",
         "otherLine"},
    };
    const qint64 instances = countOf("instances");
    const qint64 nonces = countOf("koogallery_nonces");
    for (const auto &c : cases) {
        const KooGalleryAnswer a = call(c.call);
        QCOMPARE(a.httpStatus, 400);
        QCOMPARE(a.resultCode, u"000002"_s);
        QCOMPARE(json(a).value(QLatin1StringView("resultMsg")).toString(),
                 QString::fromUtf8(c.field) + QLatin1Char(' ') + QString::fromUtf8(c.reason));
    }
    QCOMPARE(countOf("instances"), instances);
    // A refused call changes nothing, its nonce included.
    QCOMPARE(countOf("koogallery_nonces"), nonces);
}

void TestKooGallery::signatureRefusals_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("wrong key") << 0 << "signature badSignature";
    QTest::newRow("changed body") << 1 << "signature badSignature";
    QTest::newRow("stale timestamp") << 2 << "signature stale";
    QTest::newRow("future timestamp") << 3 << "signature stale";
    QTest::newRow("no signature") << 4 << "signature missing";
    QTest::newRow("timestamp not a number") << 5 << "signature malformed";
    QTest::newRow("nonce too short") << 6 << "signature malformed";
    QTest::newRow("changed nonce") << 7 << "signature badSignature";
}

void TestKooGallery::signatureRefusals()
{
    QFETCH(int, kind);
    QFETCH(QString, message);
    const QString customer =
        scalar(u"SELECT account_id FROM huawei_accounts ORDER BY account_id"_s);
    const QByteArray body = kg::encode(
        kg::NewInstance{u"b"_s, u"CS2512051200SIGNS"_s, u"l"_s, customer, false, false, {}});
    const qint64 now = nowMs();
    kg::SignedCall c;
    switch (kind) {
    case 0:
        c = kg::sign("another-access-key-of-someone", body, now);
        break;
    case 1:
        c = kg::sign(Key, body, now);
        c.body.replace("CS2512051200SIGNS", "CS2512051200OTHER");
        break;
    case 2:
        c = kg::sign(Key, body, now - kg::MaxClockSkewMs - 2000);
        break;
    case 3:
        c = kg::sign(Key, body, now + kg::MaxClockSkewMs + 2000);
        break;
    case 4:
        c = kg::sign(Key, body, now);
        c.query.signature.clear();
        break;
    case 5:
        c = kg::sign(Key, body, now);
        c.query.timestamp = "yesterday";
        c.query.signature = kg::signature(Key, c.query.nonce, c.query.timestamp, body);
        break;
    case 6:
        c = kg::sign(Key, body, now);
        c.query.nonce = "abc";
        c.query.signature = kg::signature(Key, c.query.nonce, c.query.timestamp, body);
        break;
    default:
        c = kg::sign(Key, body, now);
        c.query.nonce[0] = c.query.nonce[0] == 'A' ? 'B' : 'A';
        break;
    }
    const qint64 instances = countOf("instances");
    const qint64 nonces = countOf("koogallery_nonces");
    const KooGalleryAnswer a = serve(c);
    QCOMPARE(a.httpStatus, 401);
    QCOMPARE(a.resultCode, u"000001"_s);
    QCOMPARE(json(a).value(QLatin1StringView("resultMsg")).toString(), message);
    QCOMPARE(countOf("instances"), instances);
    QCOMPARE(countOf("koogallery_nonces"), nonces);
}

void TestKooGallery::bodyRefusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("malformed") << QByteArray("{activity: newInstance}") << 400 << "body malformed";
    QTest::newRow("truncated") << QByteArray(R"({"activity":"releaseInstance","instanceId":"28a5)")
                               << 400 << "body malformed";
    QTest::newRow("oversized") << QByteArray(kg::MaxBodyBytes + 1, '{') << 413 << "body tooLarge";
    QTest::newRow("unknown activity")
        << QByteArray(R"({"activity":"transferInstance"})") << 400 << "activity unknown";
    QTest::newRow("empty") << QByteArray() << 400 << "body malformed";
}

void TestKooGallery::bodyRefusals()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, message);
    const qint64 journal = countOf("journal");
    const KooGalleryAnswer a = serve(kg::sign(Key, body, nowMs()));
    QCOMPARE(a.httpStatus, status);
    QCOMPARE(a.resultCode, u"000002"_s);
    QCOMPARE(json(a).value(QLatin1StringView("resultMsg")).toString(), message);
    QVERIFY(countOf("journal") <= journal + 1); // the refusal, nothing else
}

// Without a configured key the seller's server takes no call: the store's own key is the
// demo marketplace's, never accepted from outside.
void TestKooGallery::noKeyConfiguredRefusesEverything()
{
    openHost(QByteArray());
    const KooGalleryService service(m_session->session());
    // The demo's marketplace still has its key: the store's own, made once.
    const QByteArray storeKey = KooGalleryService(m_session->session()).marketplaceKey();
    QCOMPARE(storeKey.size(), 64);
    QCOMPARE(KooGalleryService(m_session->session()).marketplaceKey(), storeKey);
    for (const QByteArray &key : {Key, storeKey}) {
        const KooGalleryAnswer a =
            call(kg::QueryInstance{{scalar(u"SELECT instance_id FROM instances"_s)}}, key);
        QCOMPARE(a.httpStatus, 401);
        QCOMPARE(a.resultCode, u"000001"_s);
        QCOMPARE(json(a).value(QLatin1StringView("resultMsg")).toString(), u"key notConfigured"_s);
        QVERIFY(a.bodySign.isEmpty());
    }
}

void TestKooGallery::refreshInstance()
{
    const QString customer =
        scalar(u"SELECT account_id FROM huawei_accounts ORDER BY account_id"_s);
    const KooGalleryAnswer opened =
        call(kg::NewInstance{u"b"_s, u"CS2512051200TRIAL"_s, u"l1"_s, customer, false, true, {}});
    const QString id = json(opened).value(QLatin1StringView("instanceId")).toString();
    const QDateTime end(QDate(2027, 12, 31), QTime(16, 0), QTimeZone::utc());
    QCOMPARE(call(kg::RefreshInstance{id, u"CS2512051300FORML"_s, u"l2"_s,
                                      kg::RefreshScene::TrialToFormal, end})
                 .resultCode,
             u"000000"_s);
    store::MarketplaceLineRepository lines(m_session->session().db());
    QVERIFY(!lines.find(id)->trial);
    QCOMPARE(lines.find(id)->expireAt, end);
    const QDateTime shorter = end.addMonths(-1);
    QCOMPARE(call(kg::RefreshInstance{id, u"CS2512051300FORML"_s, u"l2"_s,
                                      kg::RefreshScene::UnsubscribeRenewalPeriod, shorter})
                 .resultCode,
             u"000000"_s);
    QCOMPARE(lines.find(id)->expireAt, shorter);

    const KooGalleryAnswer unknown =
        call(kg::RefreshInstance{u"00000000-0000-4000-8000-000000000000"_s, u"CS2512051300FORML"_s,
                                 u"l2"_s, kg::RefreshScene::Renewal, end});
    QCOMPARE(unknown.httpStatus, 404);
    QCOMPARE(unknown.resultCode, u"000003"_s);
    QCOMPARE(call(kg::ReleaseInstance{id}).resultCode, u"000000"_s);
    const KooGalleryAnswer released = call(
        kg::RefreshInstance{id, u"CS2512051300FORML"_s, u"l2"_s, kg::RefreshScene::Renewal, end});
    QCOMPARE(released.httpStatus, 400);
    QCOMPARE(released.resultCode, u"000002"_s);
    QCOMPARE(json(released).value(QLatin1StringView("resultMsg")).toString(),
             u"instanceId released"_s);
}

// FREEZE locks the workspaces the instance settles, keeping their settlement; they cannot
// be unlocked while it is frozen (R-SET-6 instanceFrozen); UNFREEZE lets them be.
void TestKooGallery::freezeLocksUntilUnfrozen()
{
    Session &session = m_session->session();
    const QString id =
        scalar(QString::fromUtf8("SELECT settlement_instance_id FROM workspaces WHERE status = "
                                 "'active' AND settlement_method = 'huawei_cloud' ORDER BY "
                                 "workspace_id"));
    QVERIFY(!id.isEmpty());
    store::WorkspaceRepository workspaces(session.db());
    const QList<Workspace> settled = workspaces.listByInstance(id, WorkspaceStatus::Active);
    QVERIFY(!settled.isEmpty());
    const qint64 outbox = countOf("outbox");

    QCOMPARE(call(kg::UpdateInstanceStatus{id, true}).resultCode, u"000000"_s);
    QCOMPARE(store::InstanceRepository(session.db()).find(id)->status, InstanceStatus::Frozen);
    for (const Workspace &w : settled) {
        const auto locked = workspaces.find(w.workspaceId);
        QCOMPARE(locked->status, WorkspaceStatus::Locked);
        QCOMPARE(locked->lockReason, QString::fromUtf8(Catalogue::InstanceFrozenLockReason));
        QCOMPARE(locked->settlementInstanceId, id); // kept
    }
    QCOMPARE(countOf("outbox"), outbox + settled.size()); // a workspaceLocked email each
    // Frozen again: nothing more happens.
    QCOMPARE(call(kg::UpdateInstanceStatus{id, true}).resultCode, u"000000"_s);
    QCOMPARE(countOf("outbox"), outbox + settled.size());

    const auto refused = BillingService(session).unlockWorkspace(settled.first().workspaceId);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().rule, u"R-SET-6"_s);
    QCOMPARE(refused.error().reason, u"instanceFrozen"_s);

    QCOMPARE(call(kg::UpdateInstanceStatus{id, false}).resultCode, u"000000"_s);
    QCOMPARE(store::InstanceRepository(session.db()).find(id)->status, InstanceStatus::Active);
    QCOMPARE(workspaces.find(settled.first().workspaceId)->status, WorkspaceStatus::Locked);
    const auto unlocked = BillingService(session).unlockWorkspace(settled.first().workspaceId);
    QVERIFY2(unlocked.ok(), qPrintable(errorText(unlocked)));
    QCOMPARE(unlocked->status, WorkspaceStatus::Active);
    QCOMPARE(unlocked->settlement, SettlementMethod::FeeCenter); // R-SET-6
}

// releaseInstance closes the instance and applies R-SET-5; released again, it answers
// 000000 and changes nothing.
void TestKooGallery::R_SET_5_releaseIsIdempotent()
{
    Session &session = m_session->session();
    const QString id =
        scalar(QString::fromUtf8("SELECT settlement_instance_id FROM workspaces WHERE status = "
                                 "'active' AND settlement_method = 'huawei_cloud' ORDER BY "
                                 "workspace_id"));
    const auto instance = store::InstanceRepository(session.db()).find(id);
    QVERIFY(instance);
    const QList<Workspace> settled =
        store::WorkspaceRepository(session.db()).activeSettledByHuaweiAccount(instance->accountId);
    QVERIFY(!settled.isEmpty());

    QCOMPARE(call(kg::ReleaseInstance{id}).resultCode, u"000000"_s);
    QCOMPARE(store::InstanceRepository(session.db()).find(id)->status, InstanceStatus::Closed);
    store::WorkspaceRepository workspaces(session.db());
    for (const Workspace &w : settled) {
        const auto locked = workspaces.find(w.workspaceId);
        QCOMPARE(locked->status, WorkspaceStatus::Locked);
        QCOMPARE(locked->lockReason, QString::fromUtf8(Catalogue::InstanceClosedLockReason));
        QVERIFY(locked->settlementAccountId.isEmpty()); // R-SET-5: the link is lost
    }
    const qint64 journal = countOf("journal");
    const qint64 outbox = countOf("outbox");
    QCOMPARE(call(kg::ReleaseInstance{id}).resultCode, u"000000"_s);
    QCOMPARE(countOf("journal"), journal);
    QCOMPARE(countOf("outbox"), outbox);

    const KooGalleryAnswer unknown =
        call(kg::ReleaseInstance{u"00000000-0000-4000-8000-000000000000"_s});
    QCOMPARE(unknown.httpStatus, 404);
    QCOMPARE(unknown.resultCode, u"000003"_s);
}

void TestKooGallery::queryInstance()
{
    const QString known = scalar(u"SELECT instance_id FROM instances ORDER BY instance_id"_s);
    const QString unknown = u"00000000-0000-4000-8000-000000000000"_s;
    const KooGalleryAnswer a = call(kg::QueryInstance{{unknown, known}});
    QCOMPARE(a.resultCode, u"000000"_s);
    const QJsonArray info = json(a).value(QLatin1StringView("info")).toArray();
    QCOMPARE(info.size(), 1);
    QCOMPARE(info.at(0).toObject().value(QLatin1StringView("instanceId")).toString(), known);
    QCOMPARE(info.at(0).toObject().value(QLatin1StringView("status")).toString(),
             scalar(u"SELECT status FROM instances WHERE instance_id = '%1'"_s.arg(known)));
    const KooGalleryAnswer none = call(kg::QueryInstance{{unknown}});
    QCOMPARE(none.httpStatus, 404);
    QCOMPARE(none.resultCode, u"000003"_s);
}

// W-BUY's payment is the marketplace's signed newInstance and Close resource its signed
// releaseInstance, through the verifier (a nonce each) and the handler (the order line).
void TestKooGallery::wbuyAndCloseResourceTakeTheSignedPath()
{
    openHost(QByteArray()); // the demo: no configured key, the store's own
    Session &session = m_session->session();
    const QString buyer =
        scalar(QString::fromUtf8("SELECT account_id FROM huawei_accounts WHERE auth_status = "
                                 "'authenticated' AND services_status = 'enabled' ORDER BY "
                                 "account_id"));
    // The calls' nonces, counted from now on the wall clock: remembering one prunes those
    // older than the signature window, e.g. the demo template's when it is older than that.
    const qint64 since = QDateTime::currentMSecsSinceEpoch();
    const auto newNonces = [&] {
        store::SqlQuery q(m_session->session().db(),
                          u"SELECT COUNT(*) FROM koogallery_nonces WHERE seen_at >= :since"_s);
        q.bind(u":since"_s, since).exec();
        return q.next() ? q.text(0).toLongLong() : -1;
    };
    const auto bought = MarketplaceService(session).purchase(
        PurchaseRequest{buyer, ProductKind::Subscription, 1, true});
    QVERIFY2(bought.ok(), qPrintable(errorText(bought)));
    QVERIFY(bought->instance);
    QCOMPARE(newNonces(), 1);
    const auto line =
        store::MarketplaceLineRepository(session.db()).find(bought->instance->instanceId);
    QVERIFY(line);
    QCOMPARE(line->orderId, bought->order.orderId);
    QCOMPARE(line->orderLineId, bought->order.orderId + u"-1"_s);
    QCOMPARE(bought->instance->status, InstanceStatus::Provisioning);

    const auto closed = BillingService(session).closeResource(bought->instance->instanceId);
    QVERIFY2(closed.ok(), qPrintable(errorText(closed)));
    QCOMPARE(closed->instance.status, InstanceStatus::Closed);
    QCOMPARE(newNonces(), 2);
    // Cards are no instance: no call.
    QVERIFY(MarketplaceService(session)
                .purchase(PurchaseRequest{buyer, ProductKind::StoredValueCard, 3, true})
                .ok());
    QCOMPARE(newNonces(), 2);
}

// The nonce memory is the store's: a replay after the server restarted is refused too.
void TestKooGallery::nonceRememberedAcrossRestart()
{
    const QString id = scalar(u"SELECT instance_id FROM instances ORDER BY instance_id"_s);
    const kg::SignedCall c = kg::sign(Key, kg::encode(kg::QueryInstance{{id}}), nowMs());
    QCOMPARE(serve(c).resultCode, u"000000"_s);
    openHost();
    const KooGalleryAnswer replayed = serve(c);
    QCOMPARE(replayed.resultCode, u"000001"_s);
    QCOMPARE(json(replayed).value(QLatin1StringView("resultMsg")).toString(), u"nonce replayed"_s);
}

QTEST_GUILESS_MAIN(TestKooGallery)
#include "test_koogallery.moc"
