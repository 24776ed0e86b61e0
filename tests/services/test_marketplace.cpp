// W-BUY through the asynchronous Backend: R-MKT-1..3 on the demo story's cast, each test
// asserting what the store holds afterwards.

#include "TestSupport.h"
#include "core/Validators.h"
#include "services/DemoStoryData.h"
#include "store/HuaweiAccountRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace oc;
using namespace oc::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(oc::ServicesStatus)

class TestMarketplace : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { OC_REQUIRE_STORE(); }
    void R_ID_1_accountIdChecked_data();
    void R_ID_1_accountIdChecked();
    void R_MKT_1_unauthenticatedBuyerRefused_data();
    void R_MKT_1_unauthenticatedBuyerRefused();
    void R_MKT_1_closedServicesRefused_data();
    void R_MKT_1_closedServicesRefused();
    void R_PTN_6_frozenResellerCustomerRefused();
    void termsMustBeAccepted();
    void R_MKT_2_instanceProvisioningThenActive();
    void R_MKT_2_purchaseNoticeByEmailWithoutMobile();
    void R_MKT_3_cardsInWholeUnits();
    void R_MKT_3_quantityOutOfRangeRefused_data();
    void R_MKT_3_quantityOutOfRangeRefused();
};

namespace {

QVariantMap paramsOf(const QVariantMap &outboxRow)
{
    return QJsonDocument::fromJson(outboxRow.value(column::Params).toString().toUtf8())
        .object()
        .toVariantMap();
}

PurchaseRequest subscription(const QString &accountId)
{
    PurchaseRequest request;
    request.accountId = accountId;
    request.product = ProductKind::Subscription;
    request.termsAccepted = true;
    return request;
}

PurchaseRequest cards(const QString &accountId, int quantity)
{
    PurchaseRequest request;
    request.accountId = accountId;
    request.product = ProductKind::StoredValueCard;
    request.quantity = quantity;
    request.termsAccepted = true;
    return request;
}

// The marketplace as a whole: orders, instances and purchase notices.
struct Counts
{
    qint64 orders = 0;
    qint64 instances = 0;
    qint64 notices = 0;
    bool operator==(const Counts &) const = default;
};

Counts counts(Backend &backend)
{
    return {count(backend, view::Orders), count(backend, view::Instances),
            count(backend, view::Outbox, {{column::Kind, u"purchaseNotice"_s}})};
}

} // namespace

void TestMarketplace::R_ID_1_accountIdChecked_data()
{
    QTest::addColumn<QString>("accountId");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString() << u"E-REQUIRED"_s << u"required"_s;
    QTest::newRow("too short") << u"f000ee4d7327428d"_s << u"R-ID-1"_s << u"format"_s;
    QTest::newRow("not hex") << u"z000ee4d7327428da2f53a081e7109bd"_s << u"R-ID-1"_s << u"format"_s;
    QTest::newRow("unknown") << u"f000ee4d7327428da2f53a081e7109bd"_s << u"E-NOT-FOUND"_s
                             << u"huaweiAccount"_s;
}

void TestMarketplace::R_ID_1_accountIdChecked()
{
    QFETCH(QString, accountId);
    QFETCH(QString, rule);
    QFETCH(QString, reason);
    TestBackend backend(true);
    const Counts before = counts(*backend.backend);
    const auto result = await(backend->purchase(subscription(accountId)));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().rule, rule);
    QCOMPARE(result.error().field, u"accountId"_s);
    QCOMPARE(result.error().reason, reason);
    QCOMPARE(counts(*backend.backend), before);
}

void TestMarketplace::R_MKT_1_unauthenticatedBuyerRefused_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("authStatus");
    QTest::newRow("unauthenticated sign-up")
        << QString::fromUtf8(demo::cast::NewSignUpLogin) << u"unauthenticated"_s;
    QTest::newRow("authentication pending")
        << QString::fromUtf8(demo::cast::PendingLogin) << u"pending"_s;
}

void TestMarketplace::R_MKT_1_unauthenticatedBuyerRefused()
{
    QFETCH(QString, login);
    QFETCH(QString, authStatus);
    TestBackend backend(true);
    const QString accountId = huaweiAccountIdOf(*backend.backend, login);
    const Counts before = counts(*backend.backend);

    for (const PurchaseRequest &request : {subscription(accountId), cards(accountId, 5)}) {
        const auto result = await(backend->purchase(request));
        QVERIFY(!result.ok());
        QCOMPARE(result.error(), makeError(u"R-MKT-1"_s, u"accountId"_s, u"unauthenticated"_s,
                                           {{u"authStatus"_s, authStatus}}));
    }
    QCOMPARE(counts(*backend.backend), before);
    QCOMPARE(count(*backend.backend, view::Orders, {{column::AccountId, accountId}}), 0);
    // R-AUD-1: the refusals are in the account's own traces.
    const auto detail = await(backend->huaweiAccount(accountId));
    QVERIFY(detail.ok());
    QCOMPARE(detail->traces.first().operation, u"purchase"_s);
    QCOMPARE(detail->traces.first().outcome, u"R-MKT-1"_s);
}

void TestMarketplace::R_MKT_1_closedServicesRefused_data()
{
    QTest::addColumn<ServicesStatus>("status");
    QTest::addColumn<QString>("reason");
    // R-CLS-7: each with its own reason (a closed account may be restored, a disabled not).
    QTest::newRow("closed") << ServicesStatus::Closed << u"servicesClosed"_s;
    QTest::newRow("disabled") << ServicesStatus::Disabled << u"servicesDisabled"_s;
}

void TestMarketplace::R_MKT_1_closedServicesRefused()
{
    QFETCH(ServicesStatus, status);
    QFETCH(QString, reason);
    TestBackend backend(true);
    const QString accountId =
        huaweiAccountIdOf(*backend.backend, QString::fromUtf8(demo::cast::IndividualLogin));
    {
        // W-CLOSE is not built yet: close the authenticated individual's services directly.
        auto db = openStore(backend.database());
        store::HuaweiAccountRepository(*db).setServices(accountId, status,
                                                        QDateTime::currentDateTimeUtc(), {});
    }
    const Counts before = counts(*backend.backend);
    const auto result = await(backend->purchase(cards(accountId, 1)));
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), makeError(u"R-MKT-1"_s, u"accountId"_s, reason));
    QCOMPARE(counts(*backend.backend), before);
}

// R-PTN-6 (my-account.md D.5): a reseller's customer is frozen until the partner sets a
// monthly budget, and cannot buy meanwhile; with the budget set it can. The demo's (5) is
// frozen (its partner took the budget back, R-PTN-1).
void TestMarketplace::R_PTN_6_frozenResellerCustomerRefused()
{
    TestBackend backend(true);
    const QString accountId = huaweiAccountIdOf(
        *backend.backend, QString::fromUtf8(demo::cast::FrozenResellerCustomerLogin));
    const auto detail = await(backend->huaweiAccount(accountId));
    QVERIFY(detail.ok());
    QVERIFY(detail->partner.has_value());
    QVERIFY(detail->partner->status == PartnerStatus::Frozen);
    const QString partner = detail->partner->partnerName;
    const Counts before = counts(*backend.backend);
    const auto refused = await(backend->purchase(cards(accountId, 1)));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(),
             makeError(u"R-MKT-1"_s, u"accountId"_s, u"frozen"_s, {{u"partnerName"_s, partner}}));
    QCOMPARE(counts(*backend.backend), before);
    QVERIFY(await(backend->setPartnerBudget({accountId, Fen::fromYuan(1000)})).ok());
    QVERIFY(await(backend->purchase(cards(accountId, 1))).ok());
}

void TestMarketplace::termsMustBeAccepted()
{
    TestBackend backend(true);
    const QString accountId =
        huaweiAccountIdOf(*backend.backend, QString::fromUtf8(demo::cast::BuyerLogin));
    const Counts before = counts(*backend.backend);
    PurchaseRequest request = subscription(accountId);
    request.termsAccepted = false;
    const auto result = await(backend->purchase(request));
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), makeError(u"E-REQUIRED"_s, u"terms"_s, u"terms"_s));
    QCOMPARE(counts(*backend.backend), before);
}

void TestMarketplace::R_MKT_2_instanceProvisioningThenActive()
{
    TestBackend backend(true);
    const QString accountId =
        huaweiAccountIdOf(*backend.backend, QString::fromUtf8(demo::cast::BuyerLogin));
    const Counts before = counts(*backend.backend);
    const QDateTime now = await(backend->clock())->now;
    QSignalSpy changed(backend.backend.get(), &Backend::changed);

    PurchaseRequest request = subscription(accountId);
    request.quantity = 7; // a subscription is always one
    const auto result = await(backend->purchase(request));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    const Order &order = result->order;
    QVERIFY(validate::orderId(order.orderId).ok()); // R-ID-2
    QCOMPARE(order.accountId, accountId);
    QCOMPARE(order.productId, QString::fromUtf8(Catalogue::SaasProductId));
    QCOMPARE(order.quantity, 1);
    QCOMPARE(toString(order.status), u"paid"_s);
    QVERIFY(result->instance.has_value());
    const Instance &instance = *result->instance;
    QVERIFY(validate::instanceId(instance.instanceId).ok()); // R-ID-3
    QCOMPARE(toString(instance.status), u"provisioning"_s);
    QCOMPARE(instance.activeAt, now.addSecs(Catalogue::ProvisioningSeconds));
    QTRY_VERIFY(!changed.isEmpty());
    const QStringList views = changed.first().first().toStringList();
    for (QLatin1StringView name : {view::Orders, view::Instances, view::Journal, view::Outbox})
        QVERIFY2(views.contains(name), name.data());

    // The store: one paid order and one provisioning instance more.
    QCOMPARE(counts(*backend.backend).orders, before.orders + 1);
    const auto orders = rows(*backend.backend, view::Orders, {{column::OrderId, order.orderId}});
    QCOMPARE(orders.size(), 1);
    QCOMPARE(orders[0].value(column::Status).toString(), u"paid"_s);
    QCOMPARE(orders[0].value(column::ProductKind).toString(), u"subscription"_s);
    QCOMPARE(orders[0].value(column::Quantity).toInt(), 1);
    QCOMPARE(orders[0].value(column::Amount).toLongLong(), 0); // SaaS Edition is pay-per-use
    auto instances = rows(*backend.backend, view::Instances, {{column::OrderId, order.orderId}});
    QCOMPARE(instances.size(), 1);
    QCOMPARE(instances[0].value(column::InstanceId).toString(), instance.instanceId);
    QCOMPARE(instances[0].value(column::Status).toString(), u"provisioning"_s);

    // R-AUD-1: journaled by target, and in the buyer's traces. On a server the instance is
    // opened by the marketplace's newInstance over HTTP (POST /koogallery/saas), journaled
    // as the marketplace's doing; in the console's process, inside the operator's purchase.
    for (const auto &[target, operation] :
         {std::pair{order.orderId, "createOrder"}, std::pair{order.orderId, "payOrder"},
          std::pair{instance.instanceId, "openInstance"}, std::pair{accountId, "purchase"}}) {
        const auto entries =
            rows(*backend.backend, view::Journal,
                 {{column::Target, target}, {column::Operation, QString::fromUtf8(operation)}});
        QVERIFY2(entries.size() == 1, operation);
        QCOMPARE(entries[0].value(column::Outcome).toString(), u"success"_s);
        QCOMPARE(entries[0].value(column::Actor).toString(),
                 onRemote() && qstrcmp(operation, "openInstance") == 0 ? u"koogallery"_s
                                                                       : u"test"_s);
    }
    // Seed 001: the notice goes by SMS to the buyer's mobile.
    const auto notices =
        rows(*backend.backend, view::Outbox, {{column::Kind, u"purchaseNotice"_s}});
    QCOMPARE(notices.size(), before.notices + 1);
    QCOMPARE(notices[0].value(column::Channel).toString(), u"sms"_s);
    QCOMPARE(notices[0].value(column::Destination).toString(), u"+8613857160321"_s);
    const QVariantMap params = paramsOf(notices[0]);
    QCOMPARE(params.value(u"orderId"_s).toString(), order.orderId);
    QCOMPARE(params.value(u"product"_s).toString(), u"subscription"_s);
    QCOMPARE(params.value(u"productKind"_s).toString(), u"subscription"_s);
    QCOMPARE(params.value(u"quantity"_s).toInt(), 1);

    // R-MKT-2: active shortly after, on the (frozen) demo clock.
    const auto advanced = await(backend->advanceClock(ClockStep::Minute));
    QVERIFY(advanced.ok());
    instances = rows(*backend.backend, view::Instances, {{column::OrderId, order.orderId}});
    QCOMPARE(instances[0].value(column::Status).toString(), u"active"_s);
    QCOMPARE(
        count(*backend.backend, view::Journal,
              {{column::Target, instance.instanceId}, {column::Operation, u"activateInstance"_s}}),
        1);
    const auto progress = await(backend->onboardingProgress(accountId));
    QVERIFY(progress.ok() && progress->purchased);
}

void TestMarketplace::R_MKT_2_purchaseNoticeByEmailWithoutMobile()
{
    TestBackend backend(true);
    // The new sign-up has no mobile number; let it pass real-name authentication first.
    const QString accountId =
        huaweiAccountIdOf(*backend.backend, QString::fromUtf8(demo::cast::NewSignUpLogin));
    {
        auto db = openStore(backend.database());
        store::HuaweiAccountRepository(*db).setAuthStatus(accountId, AuthStatus::Authenticated);
    }
    const auto result = await(backend->purchase(subscription(accountId)));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    const auto notices = rows(*backend.backend, view::Outbox,
                              {{column::Kind, u"purchaseNotice"_s},
                               {column::Destination, u"chenxiaoyu.dev@outlook.com"_s}});
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices[0].value(column::Channel).toString(), u"email"_s);
    QCOMPARE(paramsOf(notices[0]).value(u"orderId"_s).toString(), result->order.orderId);
}

void TestMarketplace::R_MKT_3_cardsInWholeUnits()
{
    TestBackend backend(true);
    const QString accountId =
        huaweiAccountIdOf(*backend.backend, QString::fromUtf8(demo::cast::BuyerLogin));
    const Counts before = counts(*backend.backend);

    // 5,000 CNY = 50 cards of 100 CNY.
    const auto result = await(backend->purchase(cards(accountId, 50)));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(result->order.quantity, 50);
    QCOMPARE(result->order.amount.value, Fen::fromYuan(5000).value);
    QCOMPARE(result->order.amount.value, 500000);
    QCOMPARE(result->order.productId, QString::fromUtf8(Catalogue::StoredValueCardProductId));
    QVERIFY(!result->instance.has_value()); // cards are not a service instance

    const Counts after = counts(*backend.backend);
    QCOMPARE(after.orders, before.orders + 1);
    QCOMPARE(after.instances, before.instances);
    const auto orders =
        rows(*backend.backend, view::Orders, {{column::OrderId, result->order.orderId}});
    QCOMPARE(orders.size(), 1);
    QCOMPARE(orders[0].value(column::Amount).toLongLong(), 500000);
    QCOMPARE(orders[0].value(column::Quantity).toInt(), 50);
    QCOMPARE(orders[0].value(column::ProductKind).toString(), u"stored_value_card"_s);
    QCOMPARE(orders[0].value(column::Status).toString(), u"paid"_s);
    QCOMPARE(orders[0].value(column::Redeemed).toInt(), 0);
    const auto notices =
        rows(*backend.backend, view::Outbox, {{column::Kind, u"purchaseNotice"_s}});
    QCOMPARE(paramsOf(notices[0]).value(u"quantity"_s).toInt(), 50);
    QCOMPARE(paramsOf(notices[0]).value(u"productKind"_s).toString(), u"stored_value_card"_s);

    // The largest order allowed.
    const auto most = await(backend->purchase(cards(accountId, PurchaseRequest::MaxCardQuantity)));
    QVERIFY(most.ok());
    QCOMPARE(most->order.amount.value, qint64(PurchaseRequest::MaxCardQuantity) * 10000);
}

void TestMarketplace::R_MKT_3_quantityOutOfRangeRefused_data()
{
    QTest::addColumn<int>("quantity");
    QTest::newRow("none") << 0;
    QTest::newRow("negative") << -3;
    QTest::newRow("over the maximum") << PurchaseRequest::MaxCardQuantity + 1;
}

void TestMarketplace::R_MKT_3_quantityOutOfRangeRefused()
{
    QFETCH(int, quantity);
    TestBackend backend(true);
    const QString accountId =
        huaweiAccountIdOf(*backend.backend, QString::fromUtf8(demo::cast::BuyerLogin));
    const Counts before = counts(*backend.backend);
    const auto result = await(backend->purchase(cards(accountId, quantity)));
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), makeError(u"R-MKT-3"_s, u"quantity"_s, u"quantity"_s,
                                       {{u"max"_s, PurchaseRequest::MaxCardQuantity}}));
    QCOMPARE(counts(*backend.backend), before);
}

QTEST_GUILESS_MAIN(TestMarketplace)
#include "test_marketplace.moc"
