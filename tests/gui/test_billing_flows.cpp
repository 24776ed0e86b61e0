// W-SET's and W-SVC's flows without any widget (issue 15): SettlementFlow and RechargeFlow
// over the suite's backend on a private copy of the demo, in a QCoreApplication: where the
// wizard goes next, the messages a page's fields get, what the actions send and learn, and
// where a refusal lands (R-SET-1..4, R-SVC-1..4).

#include "DomainPrinting.h"
#include "TestSupport.h"
#include "gui/wizards/recharge/RechargeFlow.h"
#include "gui/wizards/settlement/SettlementFlow.h"
#include "services/DemoStoryData.h"

#include <QSignalSpy>

using namespace oc;
using namespace oc::gui;
using namespace oc::test;
using namespace Qt::StringLiterals;

namespace {

const char *LanhaiServers = "Lanhai Game Servers"; // cn1, settled through the fee center

QString workspaceIdOf(Backend &backend, const char *name)
{
    for (const QVariantMap &row :
         rows(backend, QString(view::Workspaces), {}, QString::fromUtf8(name)))
        if (row.value(QString(column::Name)).toString() == QString::fromUtf8(name))
            return row.value(QString(column::WorkspaceId)).toString();
    qFatal("no workspace %s", name);
}

QString activeInstanceOf(Backend &backend, const QString &accountId)
{
    const auto found = rows(backend, QString(view::Instances),
                            {{QString(column::AccountId), accountId},
                             {QString(column::ProductKind), u"subscription"_s},
                             {QString(column::Status), u"active"_s}});
    return found.isEmpty() ? QString()
                           : found.first().value(QString(column::InstanceId)).toString();
}

} // namespace

class TestBillingFlows : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { OC_REQUIRE_STORE(); }
    void settlementBranches_data();
    void settlementBranches();
    void settlementMessages_data();
    void settlementMessages();
    void R_SET_2_checkThenChange();
    void R_SET_2_refusalLandsOnItsField();
    void unknownWorkspace();
    void rechargeMessages_data();
    void rechargeMessages();
    void R_SVC_3_rechargeLearnsTheCards();
    void R_SVC_2_refusalLandsOnItsField();
};

void TestBillingFlows::settlementBranches_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("next");
    const int huawei = int(SettlementMethod::HuaweiCloud);
    const int feeCenter = int(SettlementMethod::FeeCenter);
    QTest::newRow("huawei: the account page")
        << huawei << int(SettlementFlow::MethodPage) << int(SettlementFlow::AccountPage);
    QTest::newRow("fee center: straight to confirm")
        << feeCenter << int(SettlementFlow::MethodPage) << int(SettlementFlow::ConfirmPage);
    QTest::newRow("account, then confirm")
        << huawei << int(SettlementFlow::AccountPage) << int(SettlementFlow::ConfirmPage);
    QTest::newRow("confirm, then the result")
        << feeCenter << int(SettlementFlow::ConfirmPage) << int(SettlementFlow::ResultPage);
}

void TestBillingFlows::settlementBranches()
{
    QFETCH(int, method);
    QFETCH(int, page);
    QFETCH(int, next);
    SettlementFlow flow(nullptr, u"wksp_x"_s);
    flow.setMethod(SettlementMethod(method));
    QCOMPARE(int(flow.nextPage(SettlementFlow::Page(page))), next);
    QCOMPARE(flow.request().method, SettlementMethod(method));
}

void TestBillingFlows::settlementMessages_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("instance");
    QTest::addColumn<QStringList>("messages");
    const QString account = u"0123456789abcdef0123456789abcdef"_s;
    const QString instance = u"28a52040-0dcb-4c69-8ad1-6eed6530d140"_s;
    QTest::newRow("both well formed") << account << instance << QStringList{};
    QTest::newRow("as pasted") << u" 0123456789ABCDEF0123456789ABCDEF "_s
                               << u"{28A52040-0DCB-4C69-8AD1-6EED6530D140}"_s << QStringList{};
    QTest::newRow("short account") << u"0123"_s << instance << QStringList{u"R-ID-1:accountId"_s};
    QTest::newRow("no instance") << account << QString() << QStringList{u"E-REQUIRED:instanceId"_s};
    QTest::newRow("both wrong") << u"zz"_s << u"i-1"_s
                                << QStringList{u"R-ID-1:accountId"_s, u"R-ID-3:instanceId"_s};
}

void TestBillingFlows::settlementMessages()
{
    QFETCH(QString, account);
    QFETCH(QString, instance);
    QFETCH(QStringList, messages);
    SettlementFlow flow(nullptr, u"wksp_x"_s);
    flow.setAccountId(account);
    flow.setInstanceId(instance);
    QCOMPARE(rulesAndFields(flow.messages(SettlementFlow::AccountPage)), messages);
    QCOMPARE(flow.isReady(SettlementFlow::AccountPage), !account.isEmpty() && !instance.isEmpty());
    // To the fee-center account there is nothing to type.
    flow.setMethod(SettlementMethod::FeeCenter);
    QVERIFY(flow.messages(SettlementFlow::AccountPage).isEmpty());
    QVERIFY(flow.request().accountId.isEmpty());
}

void TestBillingFlows::R_SET_2_checkThenChange()
{
    TestBackend backend(true);
    Backend &b = *backend.backend;
    const QString workspaceId = workspaceIdOf(b, LanhaiServers);
    const QString accountId = huaweiAccountIdOf(b, QString::fromUtf8(demo::cast::BuyerLogin));
    const QString instanceId = activeInstanceOf(b, accountId);
    SettlementFlow flow(&b, workspaceId);
    QVERIFY(!flow.isReady(SettlementFlow::MethodPage));
    QSignalSpy loaded(&flow, &SettlementFlow::workspaceLoaded);
    QVERIFY(await(flow.loadWorkspace()).ok());
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(flow.workspace().value(QString(column::Name)).toString(),
             QString::fromUtf8(LanhaiServers));
    QVERIFY(flow.isReady(SettlementFlow::MethodPage));

    flow.setAccountId(accountId);
    flow.setInstanceId(instanceId);
    QSignalSpy checked(&flow, &SettlementFlow::checked);
    QVERIFY(await(flow.check()).ok());
    QCOMPARE(checked.count(), 1);
    QVERIFY(checked.first().first().value<Status>().ok());

    QVERIFY(!flow.isReady(SettlementFlow::ResultPage));
    QVERIFY(await(flow.change()).ok());
    QVERIFY(flow.isReady(SettlementFlow::ResultPage));
    QCOMPARE(flow.changed()->settlement, SettlementMethod::HuaweiCloud);
    QCOMPARE(flow.changed()->settlementInstanceId, instanceId);

    // R-SET-3: once per calendar month; the refusal is the action's and the field's.
    SettlementFlow again(&b, workspaceId);
    again.setMethod(SettlementMethod::FeeCenter);
    const Status refused = await(again.check());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().rule, u"R-SET-3"_s);
    QVERIFY(again.error(refused.error().field).has_value());
}

void TestBillingFlows::R_SET_2_refusalLandsOnItsField()
{
    TestBackend backend(true);
    Backend &b = *backend.backend;
    const QString workspaceId = workspaceIdOf(b, LanhaiServers);
    const QString buyer = huaweiAccountIdOf(b, QString::fromUtf8(demo::cast::BuyerLogin));
    const QString other = huaweiAccountIdOf(b, QString::fromUtf8(demo::cast::OnboardedLogin));
    SettlementFlow flow(&b, workspaceId);
    flow.setAccountId(buyer);
    flow.setInstanceId(activeInstanceOf(b, other)); // another account's instance
    const Status refused = await(flow.change());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().rule, u"R-SET-2"_s);
    QCOMPARE(refused.error().field, u"instanceId"_s);
    QCOMPARE(flow.error(u"instanceId"_s)->reason, u"instanceOfOtherAccount"_s);
    QVERIFY(!flow.changed());

    // A check answered after the entries changed says nothing about them.
    const QString own = activeInstanceOf(b, buyer);
    const QFuture<Status> late = flow.check();
    flow.setInstanceId(own);
    QSignalSpy checked(&flow, &SettlementFlow::checked);
    const Status lateStatus = await(late);
    QVERIFY2(lateStatus.ok(), lateStatus.ok() ? "" : qPrintable(lateStatus.error().toString()));
    QCOMPARE(checked.count(), 0);
}

void TestBillingFlows::unknownWorkspace()
{
    TestBackend backend(true);
    SettlementFlow flow(backend.backend.get(), u"wksp_00000000000000000000000000000000"_s);
    const Status missing = await(flow.loadWorkspace());
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().rule, u"E-NOT-FOUND"_s);
    QVERIFY(!flow.isReady(SettlementFlow::MethodPage));
}

void TestBillingFlows::rechargeMessages_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("order");
    QTest::addColumn<QStringList>("messages");
    const QString account = u"0123456789abcdef0123456789abcdef"_s;
    QTest::newRow("both well formed") << account << u"CS2602271000QY0PL"_s << QStringList{};
    QTest::newRow("order lower case") << account << u"cs2602271000qy0pl"_s << QStringList{};
    QTest::newRow("order of another form")
        << account << u"ORDER-1"_s << QStringList{u"R-ID-2:orderId"_s};
    QTest::newRow("no account") << QString() << u"CS2602271000QY0PL"_s
                                << QStringList{u"E-REQUIRED:huaweiAccountId"_s};
}

void TestBillingFlows::rechargeMessages()
{
    QFETCH(QString, account);
    QFETCH(QString, order);
    QFETCH(QStringList, messages);
    RechargeFlow flow(nullptr, 7);
    flow.setHuaweiAccountId(account);
    flow.setOrderId(order);
    QCOMPARE(rulesAndFields(flow.messages(RechargeFlow::OrderPage)), messages);
    QCOMPARE(flow.isReady(RechargeFlow::OrderPage), !account.isEmpty() && !order.isEmpty());
    QCOMPARE(flow.request().feeCenterAccountId, 7);
}

void TestBillingFlows::R_SVC_3_rechargeLearnsTheCards()
{
    TestBackend backend(true);
    Backend &b = *backend.backend;
    const auto finance =
        rows(b, QString(view::FeeCenterAccounts),
             {{QString(column::Username), QString::fromUtf8(demo::cast::BuyerFinanceFeeCenter)}});
    QCOMPARE(finance.size(), 1);
    const qint64 feeCenterId =
        finance.first().value(QString(column::FeeCenterAccountId)).toLongLong();
    const QString accountId = huaweiAccountIdOf(b, QString::fromUtf8(demo::cast::BuyerLogin));
    QString orderId;
    for (const QVariantMap &row : rows(b, QString(view::Orders),
                                       {{QString(column::AccountId), accountId},
                                        {QString(column::ProductKind), u"stored_value_card"_s}}))
        if (row.value(QString(column::Quantity)).toInt() == 50)
            orderId = row.value(QString(column::OrderId)).toString();
    QVERIFY(!orderId.isEmpty());

    RechargeFlow flow(&b, feeCenterId);
    QVERIFY(await(flow.loadFeeCenter()).ok());
    QCOMPARE(flow.feeCenterUsername(), QString::fromUtf8(demo::cast::BuyerFinanceFeeCenter));
    flow.setHuaweiAccountId(accountId.toUpper());
    flow.setOrderId(orderId);
    QSignalSpy recharged(&flow, &RechargeFlow::recharged);
    QVERIFY(await(flow.recharge()).ok());
    QCOMPARE(recharged.count(), 1);
    QCOMPARE(flow.cards().size(), 50);
    QCOMPARE(flow.total(), Fen::fromYuan(5000));
    QVERIFY(flow.isReady(RechargeFlow::ResultPage));
    for (const StoredValueCard &card : flow.cards())
        QCOMPARE(card.feeCenterAccountId, feeCenterId);
}

void TestBillingFlows::R_SVC_2_refusalLandsOnItsField()
{
    TestBackend backend(true);
    Backend &b = *backend.backend;
    const auto finance =
        rows(b, QString(view::FeeCenterAccounts),
             {{QString(column::Username), QString::fromUtf8(demo::cast::BuyerFinanceFeeCenter)}});
    const qint64 feeCenterId =
        finance.first().value(QString(column::FeeCenterAccountId)).toLongLong();
    const QString accountId = huaweiAccountIdOf(b, QString::fromUtf8(demo::cast::BuyerLogin));
    // A subscription order is no card order (R-SVC-1).
    const auto saas = rows(b, QString(view::Orders),
                           {{QString(column::AccountId), accountId},
                            {QString(column::ProductKind), u"subscription"_s}});
    QVERIFY(!saas.isEmpty());
    RechargeFlow flow(&b, feeCenterId);
    flow.setHuaweiAccountId(accountId);
    flow.setOrderId(saas.first().value(QString(column::OrderId)).toString());
    const Status refused = await(flow.recharge());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().rule, u"R-SVC-1"_s);
    QCOMPARE(refused.error().field, u"orderId"_s);
    QCOMPARE(flow.error(u"orderId"_s)->reason, u"wrongProduct"_s);
    QVERIFY(flow.cards().isEmpty());
    QVERIFY(!flow.isReady(RechargeFlow::ResultPage));
}

QTEST_GUILESS_MAIN(TestBillingFlows)
#include "test_billing_flows.moc"
