// W-BUY's flow without any widget (issue 15): PurchaseFlow over the suite's backend (a
// LocalBackend, or a RemoteBackend on a billing-api process) on a private copy of the demo,
// in a QCoreApplication. What each page needs before Next, the messages a page's fields get,
// what the actions send, what they learn, and where a refusal lands (R-MKT-1, R-MKT-2,
// R-MKT-3).

#include "DomainPrinting.h"
#include "TestSupport.h"
#include "gui/wizards/purchase/PurchaseFlow.h"
#include "services/DemoStoryData.h"

#include <QSignalSpy>

using namespace oc;
using namespace oc::gui;
using namespace oc::test;
using namespace Qt::StringLiterals;

class TestPurchaseFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { OC_REQUIRE_STORE(); }
    void productPageMessages_data();
    void productPageMessages();
    void typedPropertiesTellTheirChanges();
    void R_MKT_1_checkAccountLearnsAndRefuses_data();
    void R_MKT_1_checkAccountLearnsAndRefuses();
    void aLateLookupForAnotherAccountChangesNothing();
    void R_MKT_2_subscriptionThenActive();
    void R_MKT_3_cardsByQuantity();
    void refusalsLandOnTheirField_data();
    void refusalsLandOnTheirField();
    void draftKeepsTheChoicesNotWhatWasLearned();
};

void TestPurchaseFlow::productPageMessages_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("product");
    QTest::addColumn<int>("quantity");
    QTest::addColumn<QStringList>("messages");
    const QString account = u"0123456789abcdef0123456789abcdef"_s;
    QTest::newRow("nothing chosen")
        << QString() << u"subscription"_s << 1 << QStringList{u"E-REQUIRED:accountId"_s};
    QTest::newRow("subscription") << account << u"subscription"_s << 0 << QStringList{};
    QTest::newRow("one card") << account << u"stored_value_card"_s << 1 << QStringList{};
    QTest::newRow("999 cards") << account << u"stored_value_card"_s << 999 << QStringList{};
    QTest::newRow("no card") << account << u"stored_value_card"_s << 0
                             << QStringList{u"R-MKT-3:quantity"_s};
    QTest::newRow("1000 cards") << account << u"stored_value_card"_s << 1000
                                << QStringList{u"R-MKT-3:quantity"_s};
    QTest::newRow("both wrong") << QString() << u"stored_value_card"_s << 0
                                << QStringList{u"E-REQUIRED:accountId"_s, u"R-MKT-3:quantity"_s};
}

// No backend call: what the fields alone say (the account's status is not known yet, so
// the page is not ready even with an account chosen).
void TestPurchaseFlow::productPageMessages()
{
    QFETCH(QString, account);
    QFETCH(QString, product);
    QFETCH(int, quantity);
    QFETCH(QStringList, messages);
    PurchaseFlow flow(nullptr);
    flow.setAccountId(account);
    flow.setProduct(enumOr(product, ProductKind::Subscription));
    flow.setQuantity(quantity);
    QCOMPARE(rulesAndFields(flow.messages(PurchaseFlow::ProductPage)), messages);
    QVERIFY(!flow.isReady(PurchaseFlow::ProductPage));
    QCOMPARE(flow.request().quantity, product == u"subscription" ? 1 : quantity);
}

// A property set through the state (the field binder's way) and through its setter tell
// the same signal; setting what is there already tells nothing.
void TestPurchaseFlow::typedPropertiesTellTheirChanges()
{
    PurchaseFlow flow(nullptr);
    QSignalSpy quantity(&flow, &PurchaseFlow::quantityChanged);
    QSignalSpy terms(&flow, &PurchaseFlow::termsAcceptedChanged);
    QSignalSpy product(&flow, &PurchaseFlow::productChanged);
    flow.setValue(QString::fromLatin1(PurchaseFlow::QuantityKey), 5);
    flow.setQuantity(5);
    flow.setQuantity(6);
    QCOMPARE(quantity.count(), 2);
    flow.setTermsAccepted(true);
    flow.setTermsAccepted(true);
    QCOMPARE(terms.count(), 1);
    QVERIFY(flow.isReady(PurchaseFlow::ConfirmPage));
    flow.setProduct(ProductKind::StoredValueCard);
    QCOMPARE(product.count(), 1);
    QCOMPARE(flow.amount(), Fen(Catalogue::StoredValueCardUnitFen) * 6);
    QCOMPARE(flow.property("quantity").toInt(), 6);
    QVERIFY(flow.property("termsAccepted").toBool());
}

void TestPurchaseFlow::R_MKT_1_checkAccountLearnsAndRefuses_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<int>("authStatus");
    QTest::addColumn<bool>("ready");
    QTest::addColumn<QString>("reason");
    QTest::newRow("authenticated buyer") << QString::fromUtf8(demo::cast::BuyerLogin)
                                         << int(AuthStatus::Authenticated) << true << QString();
    QTest::newRow("new sign-up") << QString::fromUtf8(demo::cast::NewSignUpLogin)
                                 << int(AuthStatus::Unauthenticated) << false
                                 << u"unauthenticated"_s;
    QTest::newRow("pending") << QString::fromUtf8(demo::cast::PendingLogin)
                             << int(AuthStatus::Pending) << false << u"unauthenticated"_s;
    // R-ACC-16 (my-account.md D.5): its own reason, said before the authentication.
    QTest::newRow("services not enabled")
        << QString::fromUtf8(demo::cast::NotEnabledLogin) << int(AuthStatus::Unauthenticated)
        << false << u"servicesNotEnabled"_s;
}

void TestPurchaseFlow::R_MKT_1_checkAccountLearnsAndRefuses()
{
    QFETCH(QString, login);
    QFETCH(int, authStatus);
    QFETCH(bool, ready);
    QFETCH(QString, reason);
    TestBackend backend(true);
    PurchaseFlow flow(backend.backend.get());
    flow.setAccountId(huaweiAccountIdOf(*backend.backend, login));
    QSignalSpy checked(&flow, &PurchaseFlow::accountChecked);
    QVERIFY(await(flow.checkAccount()).ok());
    QCOMPARE(checked.count(), 1);
    QCOMPARE(int(*flow.authStatus()), authStatus);
    QVERIFY(!flow.accountName().isEmpty());
    QCOMPARE(flow.isReady(PurchaseFlow::ProductPage), ready);
    const auto error = flow.error(QString::fromLatin1(PurchaseFlow::AccountIdKey));
    QCOMPARE(error.has_value(), !ready);
    if (error) {
        QCOMPARE(error->rule, u"R-MKT-1"_s);
        QCOMPARE(error->reason, reason);
        // The same refusal as the service's (core/PurchaseEligibility.h).
        const auto bought = await(backend->purchase(flow.request()));
        QVERIFY(!bought.ok());
        QCOMPARE(bought.error().reason, reason);
    }
}

// The operator chose another account while the first lookup was on its way: its answer
// teaches nothing about the account chosen now.
void TestPurchaseFlow::aLateLookupForAnotherAccountChangesNothing()
{
    TestBackend backend(true);
    PurchaseFlow flow(backend.backend.get());
    // Both looked up first: looking up runs the event loop, where the answer could arrive.
    const QString newcomer =
        huaweiAccountIdOf(*backend.backend, QString::fromUtf8(demo::cast::NewSignUpLogin));
    const QString buyer =
        huaweiAccountIdOf(*backend.backend, QString::fromUtf8(demo::cast::BuyerLogin));
    flow.setAccountId(newcomer);
    const QFuture<Status> first = flow.checkAccount();
    flow.setAccountId(buyer);
    QVERIFY(await(first).ok());
    QVERIFY(!flow.authStatus().has_value());
    QVERIFY(!flow.error(QString::fromLatin1(PurchaseFlow::AccountIdKey)).has_value());
    QVERIFY(await(flow.checkAccount()).ok());
    QCOMPARE(*flow.authStatus(), AuthStatus::Authenticated);
}

void TestPurchaseFlow::R_MKT_2_subscriptionThenActive()
{
    TestBackend backend(true);
    PurchaseFlow flow(backend.backend.get());
    flow.setAccountId(
        huaweiAccountIdOf(*backend.backend, QString::fromUtf8(demo::cast::BuyerLogin)));
    flow.setTermsAccepted(true);
    QVERIFY(await(flow.checkAccount()).ok());
    QSignalSpy purchased(&flow, &PurchaseFlow::purchased);
    const Status done = await(flow.purchase());
    QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().toString()));
    QCOMPARE(purchased.count(), 1);
    QVERIFY(!flow.orderId().isEmpty());
    QVERIFY(!flow.instanceId().isEmpty());
    QCOMPARE(flow.instanceStatus(), u"provisioning"_s);
    QVERIFY(flow.isReady(PurchaseFlow::ResultPage));

    // R-MKT-2: active shortly after; the flow follows it.
    QSignalSpy status(&flow, &PurchaseFlow::instanceStatusChanged);
    QVERIFY(await(backend->advanceClock(ClockStep::Minute)).ok());
    QVERIFY(await(flow.refreshInstanceStatus()).ok());
    QCOMPARE(flow.instanceStatus(), u"active"_s);
    QCOMPARE(status.count(), 1);
}

void TestPurchaseFlow::R_MKT_3_cardsByQuantity()
{
    TestBackend backend(true);
    PurchaseFlow flow(backend.backend.get());
    flow.setAccountId(
        huaweiAccountIdOf(*backend.backend, QString::fromUtf8(demo::cast::BuyerLogin)));
    flow.setProduct(ProductKind::StoredValueCard);
    flow.setQuantity(50);
    flow.setTermsAccepted(true);
    const PurchaseRequest sent = flow.request();
    QCOMPARE(sent.product, ProductKind::StoredValueCard);
    QCOMPARE(sent.quantity, 50);
    QVERIFY(sent.termsAccepted);
    QCOMPARE(flow.amount(), Fen(500000)); // 5,000 CNY
    QVERIFY(await(flow.purchase()).ok());
    QVERIFY(!flow.orderId().isEmpty());
    QVERIFY(flow.instanceId().isEmpty()); // cards are no instance
    const auto orders =
        rows(*backend.backend, QString(view::Orders), {{QString(column::OrderId), flow.orderId()}});
    QCOMPARE(orders.size(), 1);
    QCOMPARE(orders.first().value(QString(column::Quantity)).toInt(), 50);
}

void TestPurchaseFlow::refusalsLandOnTheirField_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<bool>("terms");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("field");
    QTest::newRow("terms not accepted")
        << QString::fromUtf8(demo::cast::BuyerLogin) << false << u"E-REQUIRED"_s << u"terms"_s;
    QTest::newRow("unauthenticated buyer")
        << QString::fromUtf8(demo::cast::NewSignUpLogin) << true << u"R-MKT-1"_s << u"accountId"_s;
}

// The service's refusal of the commit is the action's Status and the field's message, on
// the page that shows the field (the wizard goes back there).
void TestPurchaseFlow::refusalsLandOnTheirField()
{
    QFETCH(QString, login);
    QFETCH(bool, terms);
    QFETCH(QString, rule);
    QFETCH(QString, field);
    TestBackend backend(true);
    PurchaseFlow flow(backend.backend.get());
    flow.setAccountId(huaweiAccountIdOf(*backend.backend, login));
    flow.setTermsAccepted(terms);
    const qint64 orders = count(*backend.backend, QString(view::Orders));
    const Status refused = await(flow.purchase());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().rule, rule);
    QCOMPARE(refused.error().field, field);
    QVERIFY(flow.error(field).has_value());
    QCOMPARE(flow.error(field)->rule, rule);
    QVERIFY(flow.orderId().isEmpty());
    QCOMPARE(count(*backend.backend, QString(view::Orders)), orders);
}

void TestPurchaseFlow::draftKeepsTheChoicesNotWhatWasLearned()
{
    TestBackend backend(true);
    PurchaseFlow flow(backend.backend.get());
    flow.setAccountId(
        huaweiAccountIdOf(*backend.backend, QString::fromUtf8(demo::cast::BuyerLogin)));
    flow.setProduct(ProductKind::StoredValueCard);
    flow.setQuantity(7);
    flow.setTermsAccepted(true);
    QVERIFY(await(flow.checkAccount()).ok());

    PurchaseFlow restored(backend.backend.get());
    QSignalSpy quantity(&restored, &PurchaseFlow::quantityChanged);
    restored.restoreDraft(flow.toDraft());
    QCOMPARE(restored.accountId(), flow.accountId());
    QCOMPARE(restored.product(), ProductKind::StoredValueCard);
    QCOMPARE(restored.quantity(), 7);
    QVERIFY(restored.termsAccepted());
    QCOMPARE(quantity.count(), 1);
    // The account is looked up again before the page is ready.
    QVERIFY(!restored.authStatus().has_value());
    QVERIFY(!restored.isReady(PurchaseFlow::ProductPage));
    QVERIFY(await(restored.checkAccount()).ok());
    QVERIFY(restored.isReady(PurchaseFlow::ProductPage));
}

QTEST_GUILESS_MAIN(TestPurchaseFlow)
#include "test_purchase_flow.moc"
