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

class TestMarketplace : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { OC_REQUIRE_STORE(); }
    void R_ID_1_accountIdChecked_data();
    void R_ID_1_accountIdChecked();
    void R_MKT_1_unauthenticatedBuyerRefused_data();
    void R_MKT_1_unauthenticatedBuyerRefused();
    void R_MKT_1_closedServicesRefused();
    void termsMustBeAccepted();
    void R_MKT_2_instanceProvisioningThenActive();
    void R_MKT_2_purchaseNoticeByEmailWithoutMobile();
    void R_MKT_3_cardsInWholeUnits();
    void R_MKT_3_quantityOutOfRangeRefused_data();
    void R_MKT_3_quantityOutOfRangeRefused();
};

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

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
            count(backend, view::Outbox, {{column::Kind, s("purchaseNotice")}})};
}

} // namespace

void TestMarketplace::R_ID_1_accountIdChecked_data()
{
    QTest::addColumn<QString>("accountId");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString() << s("E-REQUIRED") << s("required");
    QTest::newRow("too short") << s("f000ee4d7327428d") << s("R-ID-1") << s("format");
    QTest::newRow("not hex") << s("z000ee4d7327428da2f53a081e7109bd") << s("R-ID-1") << s("format");
    QTest::newRow("unknown") << s("f000ee4d7327428da2f53a081e7109bd") << s("E-NOT-FOUND")
                             << s("huaweiAccount");
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
    QCOMPARE(result.error().field, s("accountId"));
    QCOMPARE(result.error().reason, reason);
    QCOMPARE(counts(*backend.backend), before);
}

void TestMarketplace::R_MKT_1_unauthenticatedBuyerRefused_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("authStatus");
    QTest::newRow("unauthenticated sign-up")
        << s(demo::cast::NewSignUpLogin) << s("unauthenticated");
    QTest::newRow("authentication pending") << s(demo::cast::PendingLogin) << s("pending");
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
        QCOMPARE(result.error(), makeError(s("R-MKT-1"), s("accountId"), s("unauthenticated"),
                                           {{s("authStatus"), authStatus}}));
    }
    QCOMPARE(counts(*backend.backend), before);
    QCOMPARE(count(*backend.backend, view::Orders, {{column::AccountId, accountId}}), 0);
    // R-AUD-1: the refusals are in the account's own traces.
    const auto detail = await(backend->huaweiAccount(accountId));
    QVERIFY(detail.ok());
    QCOMPARE(detail->traces.first().operation, s("purchase"));
    QCOMPARE(detail->traces.first().outcome, s("R-MKT-1"));
}

void TestMarketplace::R_MKT_1_closedServicesRefused()
{
    TestBackend backend(true);
    const QString accountId = huaweiAccountIdOf(*backend.backend, s(demo::cast::IndividualLogin));
    {
        // W-CLOSE is not built yet: close the authenticated individual's services directly.
        auto db = openStore(backend.database());
        store::HuaweiAccountRepository(*db).setServices(accountId, ServicesStatus::Closed,
                                                        QDateTime::currentDateTimeUtc(), {});
    }
    const Counts before = counts(*backend.backend);
    const auto result = await(backend->purchase(cards(accountId, 1)));
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), makeError(s("R-MKT-1"), s("accountId"), s("servicesClosed")));
    QCOMPARE(counts(*backend.backend), before);
}

void TestMarketplace::termsMustBeAccepted()
{
    TestBackend backend(true);
    const QString accountId = huaweiAccountIdOf(*backend.backend, s(demo::cast::BuyerLogin));
    const Counts before = counts(*backend.backend);
    PurchaseRequest request = subscription(accountId);
    request.termsAccepted = false;
    const auto result = await(backend->purchase(request));
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), makeError(s("E-REQUIRED"), s("terms"), s("terms")));
    QCOMPARE(counts(*backend.backend), before);
}

void TestMarketplace::R_MKT_2_instanceProvisioningThenActive()
{
    TestBackend backend(true);
    const QString accountId = huaweiAccountIdOf(*backend.backend, s(demo::cast::BuyerLogin));
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
    QCOMPARE(order.productId, s(Catalogue::SaasProductId));
    QCOMPARE(order.quantity, 1);
    QCOMPARE(toString(order.status), s("paid"));
    QVERIFY(result->instance.has_value());
    const Instance &instance = *result->instance;
    QVERIFY(validate::instanceId(instance.instanceId).ok()); // R-ID-3
    QCOMPARE(toString(instance.status), s("provisioning"));
    QCOMPARE(instance.activeAt, now.addSecs(Catalogue::ProvisioningSeconds));
    QTRY_VERIFY(!changed.isEmpty());
    const QStringList views = changed.first().first().toStringList();
    for (QLatin1StringView name : {view::Orders, view::Instances, view::Journal, view::Outbox})
        QVERIFY2(views.contains(name), name.data());

    // The store: one paid order and one provisioning instance more.
    QCOMPARE(counts(*backend.backend).orders, before.orders + 1);
    const auto orders = rows(*backend.backend, view::Orders, {{column::OrderId, order.orderId}});
    QCOMPARE(orders.size(), 1);
    QCOMPARE(orders[0].value(column::Status).toString(), s("paid"));
    QCOMPARE(orders[0].value(column::ProductKind).toString(), s("subscription"));
    QCOMPARE(orders[0].value(column::Quantity).toInt(), 1);
    QCOMPARE(orders[0].value(column::Amount).toLongLong(), 0); // SaaS Edition is pay-per-use
    auto instances = rows(*backend.backend, view::Instances, {{column::OrderId, order.orderId}});
    QCOMPARE(instances.size(), 1);
    QCOMPARE(instances[0].value(column::InstanceId).toString(), instance.instanceId);
    QCOMPARE(instances[0].value(column::Status).toString(), s("provisioning"));

    // R-AUD-1: journaled by target, and in the buyer's traces. On a server the instance is
    // opened by the marketplace's newInstance over HTTP (POST /koogallery/saas), journaled
    // as the marketplace's doing; in the console's process, inside the operator's purchase.
    for (const auto &[target, operation] :
         {std::pair{order.orderId, "createOrder"}, std::pair{order.orderId, "payOrder"},
          std::pair{instance.instanceId, "openInstance"}, std::pair{accountId, "purchase"}}) {
        const auto entries = rows(*backend.backend, view::Journal,
                                  {{column::Target, target}, {column::Operation, s(operation)}});
        QVERIFY2(entries.size() == 1, operation);
        QCOMPARE(entries[0].value(column::Outcome).toString(), s("success"));
        QCOMPARE(entries[0].value(column::Actor).toString(),
                 onRemote() && qstrcmp(operation, "openInstance") == 0 ? s("koogallery")
                                                                       : s("test"));
    }
    // Seed 001: the notice goes by SMS to the buyer's mobile.
    const auto notices =
        rows(*backend.backend, view::Outbox, {{column::Kind, s("purchaseNotice")}});
    QCOMPARE(notices.size(), before.notices + 1);
    QCOMPARE(notices[0].value(column::Channel).toString(), s("sms"));
    QCOMPARE(notices[0].value(column::Destination).toString(), s("+8613857160321"));
    const QVariantMap params = paramsOf(notices[0]);
    QCOMPARE(params.value(s("orderId")).toString(), order.orderId);
    QCOMPARE(params.value(s("product")).toString(), s("subscription"));
    QCOMPARE(params.value(s("productKind")).toString(), s("subscription"));
    QCOMPARE(params.value(s("quantity")).toInt(), 1);

    // R-MKT-2: active shortly after, on the (frozen) demo clock.
    const auto advanced = await(backend->advanceClock(ClockStep::Minute));
    QVERIFY(advanced.ok());
    instances = rows(*backend.backend, view::Instances, {{column::OrderId, order.orderId}});
    QCOMPARE(instances[0].value(column::Status).toString(), s("active"));
    QCOMPARE(
        count(*backend.backend, view::Journal,
              {{column::Target, instance.instanceId}, {column::Operation, s("activateInstance")}}),
        1);
    const auto progress = await(backend->onboardingProgress(accountId));
    QVERIFY(progress.ok() && progress->purchased);
}

void TestMarketplace::R_MKT_2_purchaseNoticeByEmailWithoutMobile()
{
    TestBackend backend(true);
    // The new sign-up has no mobile number; let it pass real-name authentication first.
    const QString accountId = huaweiAccountIdOf(*backend.backend, s(demo::cast::NewSignUpLogin));
    {
        auto db = openStore(backend.database());
        store::HuaweiAccountRepository(*db).setAuthStatus(accountId, AuthStatus::Authenticated);
    }
    const auto result = await(backend->purchase(subscription(accountId)));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    const auto notices = rows(*backend.backend, view::Outbox,
                              {{column::Kind, s("purchaseNotice")},
                               {column::Destination, s("chenxiaoyu.dev@outlook.com")}});
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices[0].value(column::Channel).toString(), s("email"));
    QCOMPARE(paramsOf(notices[0]).value(s("orderId")).toString(), result->order.orderId);
}

void TestMarketplace::R_MKT_3_cardsInWholeUnits()
{
    TestBackend backend(true);
    const QString accountId = huaweiAccountIdOf(*backend.backend, s(demo::cast::BuyerLogin));
    const Counts before = counts(*backend.backend);

    // 5,000 CNY = 50 cards of 100 CNY.
    const auto result = await(backend->purchase(cards(accountId, 50)));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(result->order.quantity, 50);
    QCOMPARE(result->order.amount.value, Fen::fromYuan(5000).value);
    QCOMPARE(result->order.amount.value, 500000);
    QCOMPARE(result->order.productId, s(Catalogue::StoredValueCardProductId));
    QVERIFY(!result->instance.has_value()); // cards are not a service instance

    const Counts after = counts(*backend.backend);
    QCOMPARE(after.orders, before.orders + 1);
    QCOMPARE(after.instances, before.instances);
    const auto orders =
        rows(*backend.backend, view::Orders, {{column::OrderId, result->order.orderId}});
    QCOMPARE(orders.size(), 1);
    QCOMPARE(orders[0].value(column::Amount).toLongLong(), 500000);
    QCOMPARE(orders[0].value(column::Quantity).toInt(), 50);
    QCOMPARE(orders[0].value(column::ProductKind).toString(), s("stored_value_card"));
    QCOMPARE(orders[0].value(column::Status).toString(), s("paid"));
    QCOMPARE(orders[0].value(column::Redeemed).toInt(), 0);
    const auto notices =
        rows(*backend.backend, view::Outbox, {{column::Kind, s("purchaseNotice")}});
    QCOMPARE(paramsOf(notices[0]).value(s("quantity")).toInt(), 50);
    QCOMPARE(paramsOf(notices[0]).value(s("productKind")).toString(), s("stored_value_card"));

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
    const QString accountId = huaweiAccountIdOf(*backend.backend, s(demo::cast::BuyerLogin));
    const Counts before = counts(*backend.backend);
    const auto result = await(backend->purchase(cards(accountId, quantity)));
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), makeError(s("R-MKT-3"), s("quantity"), s("quantity"),
                                       {{s("max"), PurchaseRequest::MaxCardQuantity}}));
    QCOMPARE(counts(*backend.backend), before);
}

QTEST_GUILESS_MAIN(TestMarketplace)
#include "test_marketplace.moc"
