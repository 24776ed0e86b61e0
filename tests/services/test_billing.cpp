// The Billing Center through the asynchronous Backend: W-SET (R-SET-1..5, R-WS-4), W-SVC
// (R-SVC-1..4, card expiry, the account overview) and W-CANCEL (R-MKT-4, R-SET-5..7) on the
// demo story's cast, each test asserting what the store holds afterwards and what the
// journal says (R-AUD-1).

#include "DomainPrinting.h"
#include "TestSupport.h"
#include "services/BillingService.h"
#include "services/DemoStoryData.h"
#include "store/InstanceRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace oc;
using namespace oc::test;
using namespace Qt::StringLiterals;

class TestBilling : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { OC_REQUIRE_STORE(); }
    // W-SET
    void R_SET_2_changeToHuaweiSettlement();
    void R_SET_2_instanceChecked_data();
    void R_SET_2_instanceChecked();
    void R_SET_2_unchangedRefused();
    void R_SET_1_onlyHuaweiOrFeeCenterHere_data();
    void R_SET_1_onlyHuaweiOrFeeCenterHere();
    void R_SET_3_oncePerCalendarMonth();
    void R_SET_4_otherCloudAccountRefused_data();
    void R_SET_4_otherCloudAccountRefused();
    void R_SET_4_releaseThenSwitchHuaweiAccount();
    void R_SET_5_lockedWorkspaceCannotChange();
    void R_WS_4_oneHuaweiAccountManySites();
    // W-SVC
    void R_SVC_3_rechargeCreatesOneCardPerUnit();
    void R_SVC_1_orderChecked_data();
    void R_SVC_1_orderChecked();
    void R_SVC_2_orderRedeemedOnce();
    void R_SVC_2_concurrentRedemptionsOneWins_data();
    void R_SVC_2_concurrentRedemptionsOneWins();
    void R_SVC_4_cardsBoundToRedeemingAccount();
    void cardsExpireOnTheClock();
    void feeCenterOverviewFigures();
    // W-CANCEL
    void R_SET_5_previewListsWorkspacesToLock();
    void R_MKT_4_closeResourceLocksWorkspaces();
    void R_SET_5_closeResourceAllOrNothing();
    void R_MKT_4_closingTwiceRefused();
    void R_SET_6_unlockSettlesThroughFeeCenter();
    void R_SET_6_unlockingActiveWorkspaceRefused();
    void R_SET_7_lockedRetention();
};

namespace {

// Demo workspaces by name (DemoStory.cpp).
const char *LanhaiServers = "Lanhai Game Servers";               // cn1, fee center
const char *LanhaiLaunch = "Lanhai Global Launch";               // cn1, fee center
const char *TianfuCore = "Tianfu Payments Core";                 // cn2, Alibaba Cloud
const char *TianfuRiskLab = "Tianfu Risk Lab";                   // cn2, fee center
const char *QimingMonitoring = "Qiming Store Monitoring";        // cn4, Huawei (qiming-retail)
const char *QimingStaging = "Qiming POS Staging";                // cn4, Huawei (qiming-retail)
const char *QimingHongKong = "Qiming Hong Kong Stores";          // cn6, Huawei (qiming-retail)
const char *JiangchengLocked = "Jiangcheng Newsroom Monitoring"; // cn1, locked, 9 days left
const char *JiangchengAws = "Jiangcheng Overseas Edition";       // us1, AWS

QVariantMap paramsOf(const QVariantMap &outboxRow)
{
    return QJsonDocument::fromJson(outboxRow.value(column::Params).toString().toUtf8())
        .object()
        .toVariantMap();
}

template<class T>
QString errorText(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().toString();
}

// The error of a result that should have failed; a success compares as "OK".
template<class T>
Error errorOf(const Result<T> &result)
{
    return result.ok() ? makeError(QStringLiteral("OK")) : result.error();
}

QVariantMap workspaceNamed(Backend &backend, const QString &name)
{
    for (const QVariantMap &row : rows(backend, view::Workspaces, {}, name))
        if (row.value(column::Name).toString() == name)
            return row;
    qFatal("no workspace %s", qPrintable(name));
}

QString workspaceIdOf(Backend &backend, const char *name)
{
    return workspaceNamed(backend, QString::fromUtf8(name)).value(column::WorkspaceId).toString();
}

QVariantMap workspaceRow(Backend &backend, const QString &workspaceId)
{
    const auto found = rows(backend, view::Workspaces, {{column::WorkspaceId, workspaceId}});
    return found.isEmpty() ? QVariantMap() : found.first();
}

qint64 feeCenterIdOf(Backend &backend, const char *username)
{
    const auto found =
        rows(backend, view::FeeCenterAccounts, {{column::Username, QString::fromUtf8(username)}});
    if (found.isEmpty())
        qFatal("no fee-center account %s", username);
    return found.first().value(column::FeeCenterAccountId).toLongLong();
}

QString accountOf(Backend &backend, const char *login)
{
    return huaweiAccountIdOf(backend, QString::fromUtf8(login));
}

// The newest SaaS instance of an account in `status` (empty: any status).
QString instanceOf(Backend &backend, const QString &accountId, const QString &status = {})
{
    QVariantMap filters{{column::AccountId, accountId}, {column::ProductKind, u"subscription"_s}};
    if (!status.isEmpty())
        filters.insert(column::Status, status);
    const auto found = rows(backend, view::Instances, filters);
    return found.isEmpty() ? QString() : found.first().value(column::InstanceId).toString();
}

// A paid stored-value-card order of an account by its quantity.
QString cardOrderOf(Backend &backend, const QString &accountId, int quantity)
{
    for (const QVariantMap &row :
         rows(backend, view::Orders,
              {{column::AccountId, accountId}, {column::ProductKind, u"stored_value_card"_s}}))
        if (row.value(column::Quantity).toInt() == quantity)
            return row.value(column::OrderId).toString();
    qFatal("no card order of %d units", quantity);
}

SettlementChangeRequest toHuawei(const QString &workspaceId, const QString &accountId,
                                 const QString &instanceId)
{
    SettlementChangeRequest r;
    r.workspaceId = workspaceId;
    r.method = SettlementMethod::HuaweiCloud;
    r.accountId = accountId;
    r.instanceId = instanceId;
    return r;
}

SettlementChangeRequest toFeeCenter(const QString &workspaceId)
{
    SettlementChangeRequest r;
    r.workspaceId = workspaceId;
    r.method = SettlementMethod::FeeCenter;
    return r;
}

RechargeRequest recharge(qint64 feeCenterAccountId, const QString &accountId,
                         const QString &orderId)
{
    return RechargeRequest{feeCenterAccountId, accountId, orderId};
}

qint64 journalCount(Backend &backend, const QString &operation, const QString &target,
                    const QString &outcome = u"success"_s)
{
    return count(
        backend, view::Journal,
        {{column::Operation, operation}, {column::Target, target}, {column::Outcome, outcome}});
}

qint64 scalar(store::Database &db, const QString &sql, const QVariantMap &binds = {})
{
    store::SqlQuery q(db, sql);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bind(it.key(), it.value());
    q.exec();
    return q.next() ? q.integer(0) : -1;
}

QDateTime nowOf(TestBackend &b)
{
    return await(b->clock())->now;
}

QDateTime timeOf(const QVariant &value)
{
    return store::timeFromDb(value);
}

// Everything W-SVC writes, counted.
struct CardState
{
    qint64 cards = 0;
    qint64 redemptions = 0;
    qint64 rechargeMails = 0;
    qint64 successes = 0; // journal entries with outcome success
    bool operator==(const CardState &) const = default;
};

CardState cardState(TestBackend &b)
{
    CardState state;
    state.cards = count(*b.backend, view::StoredValueCards);
    state.rechargeMails = count(*b.backend, view::Outbox, {{column::Kind, u"recharge"_s}});
    state.successes = count(*b.backend, view::Journal, {{column::Outcome, u"success"_s}});
    auto db = openStore(b.database());
    state.redemptions = scalar(*db, u"SELECT count(*) FROM card_redemptions"_s);
    return state;
}

// Everything W-SET and W-CANCEL write, as the workspace and instance lists show it.
struct WorkspaceState
{
    QList<QVariantMap> workspaces;
    QList<QVariantMap> instances;
    qint64 mails = 0;
    qint64 successes = 0;
    bool operator==(const WorkspaceState &) const = default;
};

WorkspaceState workspaceState(TestBackend &b)
{
    return {rows(*b.backend, view::Workspaces), rows(*b.backend, view::Instances),
            count(*b.backend, view::Outbox),
            count(*b.backend, view::Journal, {{column::Outcome, u"success"_s}})};
}

} // namespace

// ---- W-SET -----------------------------------------------------------------------------------

// Seed 000 "Changing settlement on the Billing Center platform": a lanhai-games workspace
// moves to Huawei Cloud settlement through lianyun-tech's active SaaS instance.
void TestBilling::R_SET_2_changeToHuaweiSettlement()
{
    TestBackend b(true);
    const QString workspaceId = workspaceIdOf(*b.backend, LanhaiServers);
    const QString accountId = accountOf(*b.backend, demo::cast::BuyerLogin);
    const QString instanceId = instanceOf(*b.backend, accountId, u"active"_s);
    QVERIFY(!instanceId.isEmpty());
    const QDateTime now = nowOf(b);

    // Ids as pasted: uppercase and braces are normalised (R-ID-1, R-ID-3).
    const SettlementChangeRequest request =
        toHuawei(u"  "_s + workspaceId, accountId.toUpper(),
                 QLatin1Char('{') + instanceId.toUpper() + QLatin1Char('}'));
    const Status check = await(b->checkSettlementChange(request));
    QVERIFY2(check.ok(), qPrintable(errorText(check)));
    QSignalSpy changed(b.backend.get(), &Backend::changed);
    const auto result = await(b->changeSettlement(request));
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->workspaceId, workspaceId);
    QCOMPARE(result->settlement, SettlementMethod::HuaweiCloud);
    QCOMPARE(result->settlementAccountId, accountId);
    QCOMPARE(result->settlementInstanceId, instanceId);
    QCOMPARE(result->settlementChangedAt, now);
    QCOMPARE(result->status, WorkspaceStatus::Active);
    QTRY_VERIFY(!changed.isEmpty());
    const QStringList views = changed.first().first().toStringList();
    for (QLatin1StringView name : {view::Workspaces, view::FeeCenterAccounts, view::Journal})
        QVERIFY2(views.contains(name), name.data());

    const QVariantMap row = workspaceRow(*b.backend, workspaceId);
    QCOMPARE(row.value(column::Settlement).toString(), u"huawei_cloud"_s);
    QCOMPARE(row.value(column::SettlementAccountId).toString(), accountId);
    QCOMPARE(row.value(column::SettlementInstanceId).toString(), instanceId);
    QCOMPARE(row.value(column::FeeCenterUsername).toString(),
             QString::fromUtf8(demo::cast::ExistingFeeCenter));
    // The other lanhai workspace is untouched.
    QCOMPARE(workspaceNamed(*b.backend, QString::fromUtf8(LanhaiLaunch))
                 .value(column::Settlement)
                 .toString(),
             u"fee_center"_s);

    // R-AUD-1: against the workspace and in the Huawei account's traces.
    QCOMPARE(journalCount(*b.backend, u"changeSettlement"_s, workspaceId), 1);
    QCOMPARE(journalCount(*b.backend, u"changeSettlement"_s, accountId), 1);
    const auto detail = await(b->huaweiAccount(accountId));
    QVERIFY(detail.ok());
    QCOMPARE(detail->traces.first().operation, u"changeSettlement"_s);
    const auto progress = await(b->onboardingProgress(accountId));
    QVERIFY(progress.ok() && progress->huaweiSettlement);
}

void TestBilling::R_SET_2_instanceChecked_data()
{
    QTest::addColumn<QString>("kase");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QVariantMap>("args");
    QTest::newRow("instance of another account")
        << u"otherAccount"_s << u"R-SET-2"_s << u"instanceId"_s << u"instanceOfOtherAccount"_s
        << QVariantMap();
    QTest::newRow("closed instance") << u"closed"_s << u"R-SET-2"_s << u"instanceId"_s
                                     << u"notActive"_s << QVariantMap{{u"status"_s, u"closed"_s}};
    QTest::newRow("provisioning instance")
        << u"provisioning"_s << u"R-SET-2"_s << u"instanceId"_s << u"notActive"_s
        << QVariantMap{{u"status"_s, u"provisioning"_s}};
    QTest::newRow("not a SaaS instance")
        << u"notSaas"_s << u"R-SET-2"_s << u"instanceId"_s << u"notSaas"_s << QVariantMap();
    QTest::newRow("unknown instance") << u"unknownInstance"_s << u"E-NOT-FOUND"_s << u"instanceId"_s
                                      << u"instance"_s << QVariantMap();
    QTest::newRow("unknown account") << u"unknownAccount"_s << u"E-NOT-FOUND"_s << u"accountId"_s
                                     << u"huaweiAccount"_s << QVariantMap();
    QTest::newRow("account format")
        << u"accountFormat"_s << u"R-ID-1"_s << u"accountId"_s << u"format"_s << QVariantMap();
    QTest::newRow("account missing") << u"accountMissing"_s << u"E-REQUIRED"_s << u"accountId"_s
                                     << u"required"_s << QVariantMap();
    QTest::newRow("instance format")
        << u"instanceFormat"_s << u"R-ID-3"_s << u"instanceId"_s << u"format"_s << QVariantMap();
}

// R-SET-2: the instance must be an active Guance SaaS instance of that same account. Each
// refusal comes from the live check and from the change, and changes nothing.
void TestBilling::R_SET_2_instanceChecked()
{
    QFETCH(QString, kase);
    QFETCH(QString, rule);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    QFETCH(QVariantMap, args);
    TestBackend b(true);
    const QString workspaceId = workspaceIdOf(*b.backend, LanhaiServers);
    const QString lianyun = accountOf(*b.backend, demo::cast::BuyerLogin);
    const QString lianyunInstance = instanceOf(*b.backend, lianyun, u"active"_s);
    SettlementChangeRequest request = toHuawei(workspaceId, lianyun, lianyunInstance);
    if (kase == u"otherAccount") {
        const QString qiming = accountOf(*b.backend, demo::cast::OnboardedLogin);
        request.instanceId = instanceOf(*b.backend, qiming, u"active"_s);
    } else if (kase == u"closed") {
        request.accountId = accountOf(*b.backend, demo::cast::ClosedLogin);
        request.instanceId = instanceOf(*b.backend, request.accountId, u"closed"_s);
    } else if (kase == u"provisioning") {
        PurchaseRequest buy;
        buy.accountId = lianyun;
        buy.termsAccepted = true;
        const auto bought = await(b->purchase(buy));
        QVERIFY2(bought.ok(), qPrintable(errorText(bought)));
        request.instanceId = bought->instance->instanceId;
    } else if (kase == u"notSaas") {
        // The store holds no such instance in the demo; make one for a card order.
        auto db = openStore(b.database());
        Instance odd;
        odd.instanceId = u"0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b"_s;
        odd.orderId = cardOrderOf(*b.backend, lianyun, 50);
        odd.accountId = lianyun;
        odd.productId = QString::fromUtf8(Catalogue::StoredValueCardProductId);
        odd.status = InstanceStatus::Active;
        odd.openedAt = odd.activeAt = nowOf(b);
        store::InstanceRepository(*db).insert(odd);
        request.instanceId = odd.instanceId;
    } else if (kase == u"unknownInstance") {
        request.instanceId = u"3f1c2a9e-8b7d-4c1e-9f20-6a5b4c3d2e1f"_s;
    } else if (kase == u"unknownAccount") {
        request.accountId = u"f000ee4d7327428da2f53a081e7109bd"_s;
    } else if (kase == u"accountFormat") {
        request.accountId = u"f000ee4d7327428d"_s;
    } else if (kase == u"accountMissing") {
        request.accountId = u"   "_s;
    } else if (kase == u"instanceFormat") {
        request.instanceId = u"3f1c2a9e8b7d4c1e"_s;
    }
    const WorkspaceState before = workspaceState(b);

    const Status check = await(b->checkSettlementChange(request));
    const auto change = await(b->changeSettlement(request));
    for (const Error &error : {errorOf(check), errorOf(change)}) {
        QCOMPARE(error.rule, rule);
        QCOMPARE(error.field, field);
        QCOMPARE(error.reason, reason);
        if (!args.isEmpty())
            QCOMPARE(error.args, args);
    }
    QCOMPARE(workspaceState(b), before);
    // R-AUD-1: the refused change is journaled with its rule; the live check is not.
    QCOMPARE(journalCount(*b.backend, u"changeSettlement"_s, workspaceId, rule), 1);
}

void TestBilling::R_SET_2_unchangedRefused()
{
    TestBackend b(true);
    const QString qiming = accountOf(*b.backend, demo::cast::OnboardedLogin);
    const QString instance = instanceOf(*b.backend, qiming, u"active"_s);
    const QString monitoring = workspaceIdOf(*b.backend, QimingMonitoring);
    const QString servers = workspaceIdOf(*b.backend, LanhaiServers);
    const WorkspaceState before = workspaceState(b);

    const auto same = await(b->changeSettlement(toHuawei(monitoring, qiming, instance)));
    QVERIFY(!same.ok());
    QCOMPARE(same.error(), makeError(u"R-SET-2"_s, u"instanceId"_s, u"unchanged"_s));
    const auto feeCenter = await(b->changeSettlement(toFeeCenter(servers)));
    QVERIFY(!feeCenter.ok());
    QCOMPARE(feeCenter.error(), makeError(u"R-SET-1"_s, u"method"_s, u"unchanged"_s));
    QCOMPARE(errorOf(await(b->checkSettlementChange(toFeeCenter(servers)))), feeCenter.error());
    QCOMPARE(workspaceState(b), before);
}

void TestBilling::R_SET_1_onlyHuaweiOrFeeCenterHere_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<QString>("workspace");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason");
    QTest::newRow("Alibaba Cloud")
        << int(SettlementMethod::AlibabaCloud) << QString::fromUtf8(LanhaiServers) << u"R-SET-1"_s
        << u"method"_s << u"notHere"_s;
    QTest::newRow("AWS") << int(SettlementMethod::Aws) << QString::fromUtf8(TianfuCore)
                         << u"R-SET-1"_s << u"method"_s << u"notHere"_s;
    QTest::newRow("unknown workspace") << int(SettlementMethod::FeeCenter) << QString()
                                       << u"E-NOT-FOUND"_s << u"workspaceId"_s << u"workspace"_s;
}

// R-SET-1: all four methods are listed, but here a workspace changes only to a Huawei Cloud
// account or back to its fee-center account.
void TestBilling::R_SET_1_onlyHuaweiOrFeeCenterHere()
{
    QFETCH(int, method);
    QFETCH(QString, workspace);
    QFETCH(QString, rule);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    TestBackend b(true);
    SettlementChangeRequest request;
    request.workspaceId = workspace.isEmpty() ? u"wksp_00000000000000000000000000000000"_s
                                              : workspaceIdOf(*b.backend, qPrintable(workspace));
    request.method = SettlementMethod(method);
    request.accountId = u"1839274650192837"_s;
    request.instanceId = u"2170053"_s;
    const WorkspaceState before = workspaceState(b);
    const Error expected = makeError(rule, field, reason);
    QCOMPARE(errorOf(await(b->checkSettlementChange(request))), expected);
    const auto change = await(b->changeSettlement(request));
    QVERIFY(!change.ok());
    QCOMPARE(change.error(), expected);
    QCOMPARE(workspaceState(b), before);
}

// R-SET-3: once per calendar month (UTC+8); the next change is possible on the 1st.
void TestBilling::R_SET_3_oncePerCalendarMonth()
{
    TestBackend b(true);
    const QString workspaceId = workspaceIdOf(*b.backend, LanhaiServers);
    const QString accountId = accountOf(*b.backend, demo::cast::BuyerLogin);
    const QString instanceId = instanceOf(*b.backend, accountId, u"active"_s);
    const auto first = await(b->changeSettlement(toHuawei(workspaceId, accountId, instanceId)));
    QVERIFY2(first.ok(), qPrintable(errorText(first)));

    // The demo starts on 2026-03-02: back to the fee center waits for April.
    const WorkspaceState before = workspaceState(b);
    const Error monthly = makeError(u"R-SET-3"_s, u"workspaceId"_s, u"monthly"_s,
                                    {{u"nextChange"_s, u"2026-04-01"_s}});
    QCOMPARE(errorOf(await(b->checkSettlementChange(toFeeCenter(workspaceId)))), monthly);
    const auto second = await(b->changeSettlement(toFeeCenter(workspaceId)));
    QVERIFY(!second.ok());
    QCOMPARE(second.error(), monthly);
    QCOMPARE(workspaceState(b), before);
    QCOMPARE(journalCount(*b.backend, u"changeSettlement"_s, workspaceId, u"R-SET-3"_s), 1);

    // A month later (2026-04-02) the change goes through, and counts for April.
    QVERIFY(await(b->advanceClock(ClockStep::Month)).ok());
    QVERIFY(await(b->checkSettlementChange(toFeeCenter(workspaceId))).ok());
    const auto later = await(b->changeSettlement(toFeeCenter(workspaceId)));
    QVERIFY2(later.ok(), qPrintable(errorText(later)));
    QCOMPARE(later->settlement, SettlementMethod::FeeCenter);
    QVERIFY(later->settlementAccountId.isEmpty());
    QCOMPARE(workspaceRow(*b.backend, workspaceId).value(column::Settlement).toString(),
             u"fee_center"_s);
    // Released: the Huawei account's traces show it too.
    QCOMPARE(journalCount(*b.backend, u"changeSettlement"_s, accountId), 2);
    const auto again = await(b->changeSettlement(toHuawei(workspaceId, accountId, instanceId)));
    QCOMPARE(errorOf(again), makeError(u"R-SET-3"_s, u"workspaceId"_s, u"monthly"_s,
                                       {{u"nextChange"_s, u"2026-05-01"_s}}));
}

void TestBilling::R_SET_4_otherCloudAccountRefused_data()
{
    QTest::addColumn<QString>("workspace");
    QTest::newRow("Alibaba Cloud") << QString::fromUtf8(TianfuCore);
    QTest::newRow("AWS") << QString::fromUtf8(JiangchengAws);
    QTest::newRow("another Huawei account") << QString::fromUtf8(QimingMonitoring);
}

// R-SET-4: a workspace bound to one cloud account does not switch to another.
void TestBilling::R_SET_4_otherCloudAccountRefused()
{
    QFETCH(QString, workspace);
    TestBackend b(true);
    const QString workspaceId = workspaceIdOf(*b.backend, qPrintable(workspace));
    const QString accountId = accountOf(*b.backend, demo::cast::BuyerLogin);
    const auto request =
        toHuawei(workspaceId, accountId, instanceOf(*b.backend, accountId, u"active"_s));
    const WorkspaceState before = workspaceState(b);
    const Error expected = makeError(u"R-SET-4"_s, u"workspaceId"_s, u"otherCloud"_s);
    QCOMPARE(errorOf(await(b->checkSettlementChange(request))), expected);
    const auto change = await(b->changeSettlement(request));
    QVERIFY(!change.ok());
    QCOMPARE(change.error(), expected);
    QCOMPARE(workspaceState(b), before);
    QCOMPARE(journalCount(*b.backend, u"changeSettlement"_s, workspaceId, u"R-SET-4"_s), 1);
}

// R-SET-4: released first (back to the fee center), then bound to another Huawei account
// in a later month (R-SET-3).
void TestBilling::R_SET_4_releaseThenSwitchHuaweiAccount()
{
    TestBackend b(true);
    const QString workspaceId = workspaceIdOf(*b.backend, QimingMonitoring);
    const QString qiming = accountOf(*b.backend, demo::cast::OnboardedLogin);
    const QString lianyun = accountOf(*b.backend, demo::cast::BuyerLogin);
    const auto toLianyun =
        toHuawei(workspaceId, lianyun, instanceOf(*b.backend, lianyun, u"active"_s));

    const auto released = await(b->changeSettlement(toFeeCenter(workspaceId)));
    QVERIFY2(released.ok(), qPrintable(errorText(released)));
    QCOMPARE(released->settlement, SettlementMethod::FeeCenter);
    QCOMPARE(journalCount(*b.backend, u"changeSettlement"_s, qiming), 1);
    QCOMPARE(errorOf(await(b->changeSettlement(toLianyun))).rule, u"R-SET-3"_s);

    QVERIFY(await(b->advanceClock(ClockStep::Month)).ok());
    const auto switched = await(b->changeSettlement(toLianyun));
    QVERIFY2(switched.ok(), qPrintable(errorText(switched)));
    const QVariantMap row = workspaceRow(*b.backend, workspaceId);
    QCOMPARE(row.value(column::Settlement).toString(), u"huawei_cloud"_s);
    QCOMPARE(row.value(column::SettlementAccountId).toString(), lianyun);
    QCOMPARE(journalCount(*b.backend, u"changeSettlement"_s, lianyun), 1);
}

void TestBilling::R_SET_5_lockedWorkspaceCannotChange()
{
    TestBackend b(true);
    const QString workspaceId = workspaceIdOf(*b.backend, JiangchengLocked);
    const QString accountId = accountOf(*b.backend, demo::cast::BuyerLogin);
    const WorkspaceState before = workspaceState(b);
    const Error locked = makeError(u"R-SET-5"_s, u"workspaceId"_s, u"locked"_s);
    for (const auto &request :
         {toHuawei(workspaceId, accountId, instanceOf(*b.backend, accountId, u"active"_s)),
          toFeeCenter(workspaceId)}) {
        QCOMPARE(errorOf(await(b->checkSettlementChange(request))), locked);
        QCOMPARE(errorOf(await(b->changeSettlement(request))), locked);
    }
    QCOMPARE(workspaceState(b), before);
}

// R-WS-4: one Huawei account settles workspaces of several fee-center accounts on several
// sites, with no limit.
void TestBilling::R_WS_4_oneHuaweiAccountManySites()
{
    TestBackend b(true);
    const QString accountId = accountOf(*b.backend, demo::cast::BuyerLogin);
    const QString instanceId = instanceOf(*b.backend, accountId, u"active"_s);
    const QStringList names{QString::fromUtf8(LanhaiServers), QString::fromUtf8(LanhaiLaunch),
                            QString::fromUtf8(TianfuRiskLab)};
    for (const QString &name : names) {
        const auto changed = await(b->changeSettlement(
            toHuawei(workspaceIdOf(*b.backend, qPrintable(name)), accountId, instanceId)));
        QVERIFY2(changed.ok(), qPrintable(name + errorText(changed)));
    }
    const auto settled =
        rows(*b.backend, view::Workspaces,
             {{column::SettlementAccountId, accountId}, {column::Status, u"active"_s}});
    QCOMPARE(settled.size(), names.size());
    QSet<QString> sites, feeCenters;
    for (const QVariantMap &row : settled) {
        QVERIFY(names.contains(row.value(column::Name).toString()));
        QCOMPARE(row.value(column::Settlement).toString(), u"huawei_cloud"_s);
        sites << row.value(column::Site).toString();
        feeCenters << row.value(column::FeeCenterUsername).toString();
    }
    QCOMPARE(sites, (QSet<QString>{u"cn1"_s, u"cn2"_s}));
    QCOMPARE(feeCenters, (QSet<QString>{QString::fromUtf8(demo::cast::ExistingFeeCenter),
                                        QString::fromUtf8(demo::cast::MultiCloudFeeCenter)}));
    QCOMPARE(journalCount(*b.backend, u"changeSettlement"_s, accountId), names.size());
    // The demo's own case: qiming-retail settles three workspaces on cn4 and cn6.
    const QString qiming = accountOf(*b.backend, demo::cast::OnboardedLogin);
    QSet<QString> qimingSites;
    for (const QVariantMap &row :
         rows(*b.backend, view::Workspaces, {{column::SettlementAccountId, qiming}}))
        qimingSites << row.value(column::Site).toString();
    QCOMPARE(qimingSites, (QSet<QString>{u"cn4"_s, u"cn6"_s}));
}

// ---- W-SVC -----------------------------------------------------------------------------------

// Seed 001: 5,000 CNY bought as 50 cards are recharged into lianyun-finance.
void TestBilling::R_SVC_3_rechargeCreatesOneCardPerUnit()
{
    TestBackend b(true);
    const qint64 finance = feeCenterIdOf(*b.backend, demo::cast::BuyerFinanceFeeCenter);
    const QString accountId = accountOf(*b.backend, demo::cast::BuyerLogin);
    const QString orderId = cardOrderOf(*b.backend, accountId, 50);
    const QDateTime now = nowOf(b);
    const CardState before = cardState(b);
    const auto overviewBefore = await(b->feeCenterOverview(finance));
    QVERIFY(overviewBefore.ok());
    QCOMPARE(overviewBefore->availableCards, 10);

    QSignalSpy changed(b.backend.get(), &Backend::changed);
    const auto result =
        await(b->rechargeStoredValueCards(recharge(finance, accountId.toUpper(), orderId)));
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->size(), 50);
    static const QRegularExpression cardNumber(u"^61\\d{14}$"_s);
    QSet<QString> numbers;
    for (const StoredValueCard &card : *result) {
        QVERIFY2(cardNumber.match(card.cardNumber).hasMatch(), qPrintable(card.cardNumber));
        numbers << card.cardNumber;
        QCOMPARE(card.feeCenterAccountId, finance);
        QCOMPARE(card.faceValue, Fen::fromYuan(100));
        QCOMPARE(card.balance, card.faceValue);
        QCOMPARE(card.status, CardStatus::Available);
        QCOMPARE(card.purchaseType, PurchaseType::HuaweiMarketplace);
        QCOMPARE(card.purchasedAt, now);
        QCOMPARE(card.expiresAt, now.addDays(Catalogue::CardValidityDays));
        QCOMPARE(card.sourceOrderId, orderId);
    }
    QCOMPARE(numbers.size(), 50);
    QTRY_VERIFY(!changed.isEmpty());
    const QStringList views = changed.first().first().toStringList();
    for (QLatin1StringView name : {view::StoredValueCards, view::FeeCenterAccounts, view::Orders,
                                   view::Outbox, view::Journal})
        QVERIFY2(views.contains(name), name.data());

    // The store: 50 cards of that order, as the Stored-value cards tab lists them.
    const auto listed =
        rows(*b.backend, view::StoredValueCards, {{column::SourceOrderId, orderId}});
    QCOMPARE(listed.size(), 50);
    for (const QVariantMap &row : listed) {
        QVERIFY(numbers.contains(row.value(column::CardNumber).toString()));
        QCOMPARE(row.value(column::FaceValue).toLongLong(), 10000);
        QCOMPARE(row.value(column::Balance).toLongLong(), 10000);
        QCOMPARE(row.value(column::Status).toString(), u"available"_s);
        QCOMPARE(row.value(column::PurchaseType).toString(), u"huawei_marketplace"_s);
        QCOMPARE(row.value(column::FeeCenterUsername).toString(),
                 QString::fromUtf8(demo::cast::BuyerFinanceFeeCenter));
    }
    const CardState after = cardState(b);
    QCOMPARE(after.cards, before.cards + 50);
    QCOMPARE(after.redemptions, before.redemptions + 1);
    QCOMPARE(rows(*b.backend, view::Orders, {{column::OrderId, orderId}})
                 .first()
                 .value(column::Redeemed)
                 .toInt(),
             1);
    const auto overview = await(b->feeCenterOverview(finance));
    QCOMPARE(overview->availableCards, 60);
    QCOMPARE(overview->availableCardBalance, Fen::fromYuan(6000));

    // R-AUD-1: against the order, the fee-center account and the Huawei account.
    for (const QString &target :
         {orderId, QString::fromUtf8(demo::cast::BuyerFinanceFeeCenter), accountId})
        QCOMPARE(journalCount(*b.backend, u"redeemStoredValueCards"_s, target), 1);
    const auto mails =
        rows(*b.backend, view::Outbox,
             {{column::Kind, u"recharge"_s}, {column::Destination, u"finance@lianyuntech.com"_s}});
    QCOMPARE(mails.size(), 2); // the demo's 10 cards, and now these
    const QVariantMap params = paramsOf(mails.first());
    QCOMPARE(params.value(u"cards"_s).toInt(), 50);
    QCOMPARE(params.value(u"orderId"_s).toString(), orderId);
    QCOMPARE(params.value(u"username"_s).toString(),
             QString::fromUtf8(demo::cast::BuyerFinanceFeeCenter));
}

void TestBilling::R_SVC_1_orderChecked_data()
{
    QTest::addColumn<QString>("kase");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason");
    QTest::newRow("SaaS order") << u"saas"_s << u"R-SVC-1"_s << u"orderId"_s << u"wrongProduct"_s;
    QTest::newRow("order of another account")
        << u"otherAccount"_s << u"R-SVC-1"_s << u"orderId"_s << u"otherAccount"_s;
    QTest::newRow("cancelled order")
        << u"notPaid"_s << u"R-SVC-1"_s << u"orderId"_s << u"notPaid"_s;
    QTest::newRow("unknown order")
        << u"unknownOrder"_s << u"E-NOT-FOUND"_s << u"orderId"_s << u"order"_s;
    QTest::newRow("order format") << u"orderFormat"_s << u"R-ID-2"_s << u"orderId"_s << u"format"_s;
    QTest::newRow("account format")
        << u"accountFormat"_s << u"R-ID-1"_s << u"huaweiAccountId"_s << u"format"_s;
    QTest::newRow("unknown fee-center account") << u"unknownFeeCenter"_s << u"E-NOT-FOUND"_s
                                                << u"feeCenterAccountId"_s << u"feeCenterAccount"_s;
}

// R-SVC-1: the account id and the order id of a paid stored-value-card order of that
// account; every refusal changes nothing.
void TestBilling::R_SVC_1_orderChecked()
{
    QFETCH(QString, kase);
    QFETCH(QString, rule);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    TestBackend b(true);
    const QString lianyun = accountOf(*b.backend, demo::cast::BuyerLogin);
    RechargeRequest request = recharge(feeCenterIdOf(*b.backend, demo::cast::BuyerFinanceFeeCenter),
                                       lianyun, cardOrderOf(*b.backend, lianyun, 50));
    if (kase == u"saas") {
        request.orderId =
            rows(*b.backend, view::Orders,
                 {{column::AccountId, lianyun}, {column::ProductKind, u"subscription"_s}})
                .first()
                .value(column::OrderId)
                .toString();
    } else if (kase == u"otherAccount") {
        request.huaweiAccountId = accountOf(*b.backend, demo::cast::OnboardedLogin);
    } else if (kase == u"notPaid") {
        request.huaweiAccountId = accountOf(*b.backend, demo::cast::IndividualLogin);
        request.orderId = cardOrderOf(*b.backend, request.huaweiAccountId, 5);
    } else if (kase == u"unknownOrder") {
        request.orderId = u"CS2603020930ZZZZZ"_s;
    } else if (kase == u"orderFormat") {
        request.orderId = u"CS26030209"_s;
    } else if (kase == u"accountFormat") {
        request.huaweiAccountId = u"lianyun-tech"_s;
    } else if (kase == u"unknownFeeCenter") {
        request.feeCenterAccountId = 987654;
    }
    const CardState before = cardState(b);
    const auto result = await(b->rechargeStoredValueCards(request));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().rule, rule);
    QCOMPARE(result.error().field, field);
    QCOMPARE(result.error().reason, reason);
    QCOMPARE(cardState(b), before);
    QCOMPARE(count(*b.backend, view::Journal,
                   {{column::Operation, u"redeemStoredValueCards"_s}, {column::Outcome, rule}}),
             1);
}

// R-SVC-2: the demo's 10-card order was redeemed; the 50-card order can be redeemed once.
void TestBilling::R_SVC_2_orderRedeemedOnce()
{
    TestBackend b(true);
    const qint64 finance = feeCenterIdOf(*b.backend, demo::cast::BuyerFinanceFeeCenter);
    const qint64 lanhai = feeCenterIdOf(*b.backend, demo::cast::ExistingFeeCenter);
    const QString accountId = accountOf(*b.backend, demo::cast::BuyerLogin);
    const QString tenCards = cardOrderOf(*b.backend, accountId, 10);
    const QString fiftyCards = cardOrderOf(*b.backend, accountId, 50);
    const Error redeemed =
        makeError(u"R-SVC-2"_s, u"orderId"_s, u"redeemed"_s,
                  {{u"username"_s, QString::fromUtf8(demo::cast::BuyerFinanceFeeCenter)}});

    CardState before = cardState(b);
    for (const qint64 into : {finance, lanhai}) {
        const auto again = await(b->rechargeStoredValueCards(recharge(into, accountId, tenCards)));
        QVERIFY(!again.ok());
        QCOMPARE(again.error(), redeemed);
    }
    QCOMPARE(cardState(b), before);
    QCOMPARE(count(*b.backend, view::StoredValueCards, {{column::SourceOrderId, tenCards}}), 10);

    const auto first = await(b->rechargeStoredValueCards(recharge(finance, accountId, fiftyCards)));
    QVERIFY2(first.ok(), qPrintable(errorText(first)));
    before = cardState(b);
    for (const qint64 into : {finance, lanhai}) {
        const auto again =
            await(b->rechargeStoredValueCards(recharge(into, accountId, fiftyCards)));
        QVERIFY(!again.ok());
        QCOMPARE(again.error(), redeemed);
    }
    QCOMPARE(cardState(b), before);
    QCOMPARE(count(*b.backend, view::StoredValueCards, {{column::SourceOrderId, fiftyCards}}), 50);
    QCOMPARE(journalCount(*b.backend, u"redeemStoredValueCards"_s, fiftyCards, u"R-SVC-2"_s), 2);
}

void TestBilling::R_SVC_2_concurrentRedemptionsOneWins_data()
{
    QTest::addColumn<bool>("twoConnections");
    QTest::newRow("one backend") << false;
    QTest::newRow("two connections") << true;
}

// Two recharges of one order at once, into two fee-center accounts: exactly one wins; the
// other is told who redeemed it (its check sees the winner, or the redemption's primary key
// refuses it).
void TestBilling::R_SVC_2_concurrentRedemptionsOneWins()
{
    QFETCH(bool, twoConnections);
    TestBackend b(true);
    std::unique_ptr<Backend> other;
    if (twoConnections) {
        other = b.openSecondBackend();
        QVERIFY(other);
    }
    Backend &first = *b.backend;
    Backend &second = other ? static_cast<Backend &>(*other) : first;
    const qint64 finance = feeCenterIdOf(first, demo::cast::BuyerFinanceFeeCenter);
    const qint64 lanhai = feeCenterIdOf(first, demo::cast::ExistingFeeCenter);
    const QString accountId = accountOf(first, demo::cast::BuyerLogin);
    const QString orderId = cardOrderOf(first, accountId, 50);

    auto futureA = first.rechargeStoredValueCards(recharge(finance, accountId, orderId));
    auto futureB = second.rechargeStoredValueCards(recharge(lanhai, accountId, orderId));
    const auto a = await(futureA);
    const auto c = await(futureB);
    QVERIFY2(a.ok() != c.ok(), qPrintable(errorText(a) + QLatin1Char('/') + errorText(c)));
    const char *winner = a.ok() ? demo::cast::BuyerFinanceFeeCenter : demo::cast::ExistingFeeCenter;
    QCOMPARE((a.ok() ? c : a).error(), makeError(u"R-SVC-2"_s, u"orderId"_s, u"redeemed"_s,
                                                 {{u"username"_s, QString::fromUtf8(winner)}}));
    const auto cards = rows(first, view::StoredValueCards, {{column::SourceOrderId, orderId}});
    QCOMPARE(cards.size(), 50);
    for (const QVariantMap &card : cards)
        QCOMPARE(card.value(column::FeeCenterUsername).toString(), QString::fromUtf8(winner));
    auto db = openStore(b.database());
    QCOMPARE(scalar(*db, u"SELECT count(*) FROM card_redemptions WHERE order_id = :o"_s,
                    {{u":o"_s, orderId}}),
             1);
}

// R-SVC-4: cards belong to the fee-center account that redeemed them, whoever bought them.
void TestBilling::R_SVC_4_cardsBoundToRedeemingAccount()
{
    TestBackend b(true);
    const qint64 lanhai = feeCenterIdOf(*b.backend, demo::cast::ExistingFeeCenter);
    const qint64 finance = feeCenterIdOf(*b.backend, demo::cast::BuyerFinanceFeeCenter);
    const QString accountId = accountOf(*b.backend, demo::cast::BuyerLogin);
    const QString orderId = cardOrderOf(*b.backend, accountId, 50);
    const auto financeBefore = await(b->feeCenterOverview(finance));
    const auto lanhaiBefore = await(b->feeCenterOverview(lanhai));

    const auto result = await(b->rechargeStoredValueCards(recharge(lanhai, accountId, orderId)));
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(count(*b.backend, view::StoredValueCards,
                   {{column::SourceOrderId, orderId}, {column::FeeCenterAccountId, lanhai}}),
             50);
    QCOMPARE(count(*b.backend, view::StoredValueCards,
                   {{column::SourceOrderId, orderId}, {column::FeeCenterAccountId, finance}}),
             0);
    const auto lanhaiAfter = await(b->feeCenterOverview(lanhai));
    QCOMPARE(lanhaiAfter->availableCards, lanhaiBefore->availableCards + 50);
    QCOMPARE(lanhaiAfter->availableCardBalance,
             lanhaiBefore->availableCardBalance + Fen::fromYuan(5000));
    QCOMPARE(await(b->feeCenterOverview(finance))->availableCards, financeBefore->availableCards);
    QCOMPARE(
        count(*b.backend, view::Outbox,
              {{column::Kind, u"recharge"_s}, {column::Destination, u"devops@lanhaigames.com"_s}}),
        1);
}

// Cards are valid Catalogue::CardValidityDays: on the clock, available cards past their
// expiry become expired, with the balance left on them.
void TestBilling::cardsExpireOnTheClock()
{
    TestBackend b(true);
    const qint64 finance = feeCenterIdOf(*b.backend, demo::cast::BuyerFinanceFeeCenter);
    const QVariantMap financeCards{{column::FeeCenterAccountId, finance}};
    const auto cards = rows(*b.backend, view::StoredValueCards, financeCards);
    QCOMPARE(cards.size(), 10);
    const QDateTime expiry = timeOf(cards.first().value(column::ExpiresAt));

    // 270 days on (2026-11-27): still before 2027-01-13.
    for (int i = 0; i < 3; ++i)
        QVERIFY(await(b->advanceClock(ClockStep::NinetyDays)).ok());
    QVERIFY(nowOf(b) < expiry);
    QCOMPARE(count(*b.backend, view::StoredValueCards,
                   {{column::FeeCenterAccountId, finance}, {column::Status, u"available"_s}}),
             10);

    QVERIFY(await(b->advanceClock(ClockStep::NinetyDays)).ok());
    QVERIFY(nowOf(b) >= expiry);
    QCOMPARE(count(*b.backend, view::StoredValueCards,
                   {{column::FeeCenterAccountId, finance}, {column::Status, u"expired"_s}}),
             10);
    for (const QVariantMap &card : cards)
        QCOMPARE(journalCount(*b.backend, u"expireStoredValueCard"_s,
                              card.value(column::CardNumber).toString()),
                 1);
    const auto overview = await(b->feeCenterOverview(finance));
    QVERIFY(overview.ok());
    QCOMPARE(overview->availableCards, 0);
    QCOMPARE(overview->availableCardBalance, Fen());
    QCOMPARE(overview->expiredCards, 10);
    QCOMPARE(overview->expiredCardBalance, Fen::fromYuan(1000));
    // Used-up cards stay used up (lanhai-games' first two).
    const qint64 lanhai = feeCenterIdOf(*b.backend, demo::cast::ExistingFeeCenter);
    const auto lanhaiOverview = await(b->feeCenterOverview(lanhai));
    QCOMPARE(lanhaiOverview->usedUpCards, 2);
    QCOMPARE(lanhaiOverview->expiredCards, 2);
}

// The Billing Center's account overview: cash, and cards by status (DemoStory.cpp).
void TestBilling::feeCenterOverviewFigures()
{
    TestBackend b(true);
    const auto lanhai =
        await(b->feeCenterOverview(feeCenterIdOf(*b.backend, demo::cast::ExistingFeeCenter)));
    QVERIFY2(lanhai.ok(), qPrintable(errorText(lanhai)));
    QCOMPARE(lanhai->account.username, QString::fromUtf8(demo::cast::ExistingFeeCenter));
    QCOMPARE(lanhai->account.cashBalance, Fen::fromYuan(1520));
    QCOMPARE(lanhai->availableCards, 2);
    QCOMPARE(lanhai->availableCardBalance, Fen(38250 + 100000));
    QCOMPARE(lanhai->usedUpCards, 2);
    QCOMPARE(lanhai->expiredCards, 0);
    QCOMPARE(lanhai->expiredCardBalance, Fen());

    const auto tianfu =
        await(b->feeCenterOverview(feeCenterIdOf(*b.backend, demo::cast::MultiCloudFeeCenter)));
    QCOMPARE(tianfu->availableCards, 0);
    QCOMPARE(tianfu->usedUpCards, 0);
    QCOMPARE(tianfu->expiredCards, 1);
    QCOMPARE(tianfu->expiredCardBalance, Fen::fromYuan(120));

    const auto finance =
        await(b->feeCenterOverview(feeCenterIdOf(*b.backend, demo::cast::BuyerFinanceFeeCenter)));
    QCOMPARE(finance->availableCards, 10);
    QCOMPARE(finance->availableCardBalance, Fen::fromYuan(1000));
    QCOMPARE(finance->account.cashBalance, Fen());

    // The list view agrees on the card balance.
    const auto listed =
        rows(*b.backend, view::FeeCenterAccounts,
             {{column::Username, QString::fromUtf8(demo::cast::ExistingFeeCenter)}});
    QCOMPARE(listed.first().value(column::CardBalance).toLongLong(),
             lanhai->availableCardBalance.value);

    const auto unknown = await(b->feeCenterOverview(987654));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error(),
             makeError(u"E-NOT-FOUND"_s, u"feeCenterAccountId"_s, u"feeCenterAccount"_s));
}

// ---- W-CANCEL --------------------------------------------------------------------------------

// R-SET-5: the confirmation lists the workspaces that closing would lock.
void TestBilling::R_SET_5_previewListsWorkspacesToLock()
{
    TestBackend b(true);
    const QString qiming = accountOf(*b.backend, demo::cast::OnboardedLogin);
    const QString instanceId = instanceOf(*b.backend, qiming, u"active"_s);
    const WorkspaceState before = workspaceState(b);
    const auto preview = await(b->closeResourcePreview(instanceId.toUpper()));
    QVERIFY2(preview.ok(), qPrintable(errorText(preview)));
    QSet<QString> names;
    for (const Workspace &w : *preview) {
        names << w.name;
        QCOMPARE(w.settlementAccountId, qiming);
        QCOMPARE(w.status, WorkspaceStatus::Active);
    }
    QCOMPARE(names,
             (QSet<QString>{QString::fromUtf8(QimingMonitoring), QString::fromUtf8(QimingStaging),
                            QString::fromUtf8(QimingHongKong)}));
    QCOMPARE(preview->size(), 3);
    QCOMPARE(workspaceState(b), before); // a preview changes nothing

    // jiangcheng-media's instance is closed and its workspace already locked.
    const QString closed =
        instanceOf(*b.backend, accountOf(*b.backend, demo::cast::ClosedLogin), u"closed"_s);
    const auto none = await(b->closeResourcePreview(closed));
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());

    QCOMPARE(errorOf(await(b->closeResourcePreview(u"3f1c2a9e-8b7d-4c1e-9f20-6a5b4c3d2e1f"_s))),
             makeError(u"E-NOT-FOUND"_s, u"instanceId"_s, u"instance"_s));
    QCOMPARE(errorOf(await(b->closeResourcePreview(u"3f1c2a9e"_s))),
             makeError(u"R-ID-3"_s, u"instanceId"_s, u"format"_s));
}

// R-MKT-4 and R-SET-5: closing qiming-retail's instance closes it and locks exactly its
// three workspaces, each fee-center account told by email.
void TestBilling::R_MKT_4_closeResourceLocksWorkspaces()
{
    TestBackend b(true);
    const QString qiming = accountOf(*b.backend, demo::cast::OnboardedLogin);
    const QString instanceId = instanceOf(*b.backend, qiming, u"active"_s);
    const QDateTime now = nowOf(b);
    const qint64 lockedBefore =
        count(*b.backend, view::Workspaces, {{column::Status, u"locked"_s}});
    const qint64 activeBefore =
        count(*b.backend, view::Workspaces, {{column::Status, u"active"_s}});
    const qint64 mailsBefore =
        count(*b.backend, view::Outbox, {{column::Kind, u"workspaceLocked"_s}});

    QSignalSpy changed(b.backend.get(), &Backend::changed);
    const auto result = await(b->closeResource(instanceId));
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->instance.instanceId, instanceId);
    QCOMPARE(result->instance.status, InstanceStatus::Closed);
    QCOMPARE(result->instance.closedAt, now);
    QCOMPARE(result->lockedWorkspaces.size(), 3);
    QSet<QString> names;
    for (const Workspace &w : result->lockedWorkspaces) {
        names << w.name;
        QCOMPARE(w.status, WorkspaceStatus::Locked);
        QCOMPARE(w.lockReason, u"huawei_instance_closed"_s);
        QCOMPARE(w.lockedAt, now);
        QVERIFY(w.settlementAccountId.isEmpty());
        QVERIFY(w.settlementInstanceId.isEmpty());
    }
    QCOMPARE(names,
             (QSet<QString>{QString::fromUtf8(QimingMonitoring), QString::fromUtf8(QimingStaging),
                            QString::fromUtf8(QimingHongKong)}));
    QTRY_VERIFY(!changed.isEmpty());
    const QStringList views = changed.first().first().toStringList();
    for (QLatin1StringView name : {view::Instances, view::Workspaces, view::Outbox, view::Journal})
        QVERIFY2(views.contains(name), name.data());

    // The store: the instance closed, exactly those workspaces locked.
    const auto instance = rows(*b.backend, view::Instances, {{column::InstanceId, instanceId}});
    QCOMPARE(instance.first().value(column::Status).toString(), u"closed"_s);
    QCOMPARE(timeOf(instance.first().value(column::ClosedAt)), now);
    QCOMPARE(count(*b.backend, view::Workspaces, {{column::Status, u"locked"_s}}),
             lockedBefore + 3);
    QCOMPARE(count(*b.backend, view::Workspaces, {{column::Status, u"active"_s}}),
             activeBefore - 3);
    QCOMPARE(count(*b.backend, view::Workspaces, {{column::SettlementAccountId, qiming}}), 0);
    for (const Workspace &w : result->lockedWorkspaces) {
        const QVariantMap row = workspaceRow(*b.backend, w.workspaceId);
        QCOMPARE(row.value(column::Status).toString(), u"locked"_s);
        QCOMPARE(row.value(column::LockReason).toString(), u"huawei_instance_closed"_s);
        QCOMPARE(journalCount(*b.backend, u"lockWorkspace"_s, w.workspaceId), 1);
    }
    const auto progress = await(b->onboardingProgress(qiming));
    QVERIFY(progress.ok() && !progress->purchased && !progress->huaweiSettlement);

    // R-AUD-1 and the emails to the fee-center account (qiming-ops).
    QCOMPARE(journalCount(*b.backend, u"closeResource"_s, instanceId), 1);
    QCOMPARE(journalCount(*b.backend, u"closeResource"_s, qiming), 1);
    QCOMPARE(count(*b.backend, view::Outbox, {{column::Kind, u"workspaceLocked"_s}}),
             mailsBefore + 3);
    QSet<QString> mailed;
    for (const QVariantMap &mail : rows(*b.backend, view::Outbox,
                                        {{column::Kind, u"workspaceLocked"_s},
                                         {column::Destination, u"ops@qimingretail.com"_s}})) {
        mailed << paramsOf(mail).value(u"workspaceName"_s).toString();
        QCOMPARE(paramsOf(mail).value(u"reason"_s).toString(), u"huawei_instance_closed"_s);
    }
    QCOMPARE(mailed, names);
}

// R-SET-5 in one transaction: when locking the last workspace fails, the instance stays
// active and no workspace is locked.
void TestBilling::R_SET_5_closeResourceAllOrNothing()
{
    TestBackend b(true);
    const QString qiming = accountOf(*b.backend, demo::cast::OnboardedLogin);
    const QString instanceId = instanceOf(*b.backend, qiming, u"active"_s);
    injectFailure(b.database(), u"test_refuse_lock"_s, u"workspaces"_s, u"UPDATE OF status"_s,
                  u"NEW.status = 'locked' AND NEW.name = 'Qiming Hong Kong Stores'"_s);
    const WorkspaceState before = workspaceState(b);
    const auto failed = await(b->closeResource(instanceId));
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().rule, u"E-STORE"_s);
    QCOMPARE(workspaceState(b), before);
    QCOMPARE(count(*b.backend, view::Workspaces, {{column::SettlementAccountId, qiming}}), 3);

    removeFailure(b.database(), u"test_refuse_lock"_s, u"workspaces"_s);
    const auto closed = await(b->closeResource(instanceId));
    QVERIFY2(closed.ok(), qPrintable(errorText(closed)));
    QCOMPARE(closed->lockedWorkspaces.size(), 3);
}

void TestBilling::R_MKT_4_closingTwiceRefused()
{
    TestBackend b(true);
    const QString qiming = accountOf(*b.backend, demo::cast::OnboardedLogin);
    const QString instanceId = instanceOf(*b.backend, qiming, u"active"_s);
    QVERIFY(await(b->closeResource(instanceId)).ok());
    const QString jiangcheng =
        instanceOf(*b.backend, accountOf(*b.backend, demo::cast::ClosedLogin), u"closed"_s);

    const WorkspaceState before = workspaceState(b);
    const Error closed = makeError(u"R-MKT-4"_s, u"instanceId"_s, u"alreadyClosed"_s);
    for (const QString &id : {instanceId, jiangcheng}) {
        const auto again = await(b->closeResource(id));
        QVERIFY(!again.ok());
        QCOMPARE(again.error(), closed);
        QCOMPARE(journalCount(*b.backend, u"closeResource"_s, id, u"R-MKT-4"_s), 1);
    }
    QCOMPARE(workspaceState(b), before);
    QCOMPARE(errorOf(await(b->closeResource(u"3f1c2a9e-8b7d-4c1e-9f20-6a5b4c3d2e1f"_s))),
             makeError(u"E-NOT-FOUND"_s, u"instanceId"_s, u"instance"_s));
}

// R-SET-6: unlocking settles through the fee-center account, for the demo's locked workspace
// and for one just locked by closing an instance.
void TestBilling::R_SET_6_unlockSettlesThroughFeeCenter()
{
    TestBackend b(true);
    const QString jiangcheng = workspaceIdOf(*b.backend, JiangchengLocked);
    const QDateTime now = nowOf(b);
    QSignalSpy changed(b.backend.get(), &Backend::changed);
    const auto unlocked = await(b->unlockWorkspace(jiangcheng));
    QVERIFY2(unlocked.ok(), qPrintable(errorText(unlocked)));
    QCOMPARE(unlocked->status, WorkspaceStatus::Active);
    QCOMPARE(unlocked->settlement, SettlementMethod::FeeCenter);
    QVERIFY(unlocked->settlementAccountId.isEmpty());
    QVERIFY(unlocked->lockReason.isEmpty());
    QVERIFY(!unlocked->lockedAt.isValid());
    QCOMPARE(unlocked->settlementChangedAt, now);
    QTRY_VERIFY(!changed.isEmpty());
    QVERIFY(changed.first().first().toStringList().contains(view::Workspaces));

    const QVariantMap row = workspaceRow(*b.backend, jiangcheng);
    QCOMPARE(row.value(column::Status).toString(), u"active"_s);
    QCOMPARE(row.value(column::Settlement).toString(), u"fee_center"_s);
    QCOMPARE(row.value(column::LockReason).toString(), QString());
    QCOMPARE(journalCount(*b.backend, u"unlockWorkspace"_s, jiangcheng), 1);
    const auto mails = rows(
        *b.backend, view::Outbox,
        {{column::Kind, u"workspaceUnlocked"_s}, {column::Destination, u"ops@jcmedia.com.cn"_s}});
    QCOMPARE(mails.size(), 1);
    QCOMPARE(paramsOf(mails.first()).value(u"workspaceName"_s).toString(),
             QString::fromUtf8(JiangchengLocked));
    // Unlocking changed the settlement method: R-SET-3 counts it for this month.
    const QString lianyun = accountOf(*b.backend, demo::cast::BuyerLogin);
    QCOMPARE(errorOf(await(b->checkSettlementChange(toHuawei(
                         jiangcheng, lianyun, instanceOf(*b.backend, lianyun, u"active"_s)))))
                 .rule,
             u"R-SET-3"_s);

    // W-CANCEL end to end: close qiming-retail's instance, unlock one of its workspaces.
    const QString qiming = accountOf(*b.backend, demo::cast::OnboardedLogin);
    QVERIFY(await(b->closeResource(instanceOf(*b.backend, qiming, u"active"_s))).ok());
    const QString staging = workspaceIdOf(*b.backend, QimingStaging);
    const auto back = await(b->unlockWorkspace(staging));
    QVERIFY2(back.ok(), qPrintable(errorText(back)));
    QCOMPARE(workspaceRow(*b.backend, staging).value(column::Settlement).toString(),
             u"fee_center"_s);
    QCOMPARE(workspaceNamed(*b.backend, QString::fromUtf8(QimingHongKong))
                 .value(column::Status)
                 .toString(),
             u"locked"_s);
    QCOMPARE(count(*b.backend, view::Outbox,
                   {{column::Kind, u"workspaceUnlocked"_s},
                    {column::Destination, u"ops@qimingretail.com"_s}}),
             1);
}

void TestBilling::R_SET_6_unlockingActiveWorkspaceRefused()
{
    TestBackend b(true);
    const QString servers = workspaceIdOf(*b.backend, LanhaiServers);
    const WorkspaceState before = workspaceState(b);
    const auto active = await(b->unlockWorkspace(servers));
    QVERIFY(!active.ok());
    QCOMPARE(active.error(), makeError(u"R-SET-6"_s, u"workspaceId"_s, u"notLocked"_s));
    QCOMPARE(journalCount(*b.backend, u"unlockWorkspace"_s, servers, u"R-SET-6"_s), 1);
    const auto unknown = await(b->unlockWorkspace(u"wksp_00000000000000000000000000000000"_s));
    QCOMPARE(errorOf(unknown), makeError(u"E-NOT-FOUND"_s, u"workspaceId"_s, u"workspace"_s));
    QCOMPARE(workspaceState(b), before);
}

// R-SET-7: a locked workspace keeps its data 14 days; the demo's has 9 left. Past them it is
// due for wiping, and unlocking still brings it back as it is.
void TestBilling::R_SET_7_lockedRetention()
{
    TestBackend b(true);
    const QVariantMap row = workspaceNamed(*b.backend, QString::fromUtf8(JiangchengLocked));
    const QDateTime lockedAt = timeOf(row.value(column::LockedAt));
    QCOMPARE(BillingService::retentionDaysLeft(lockedAt, nowOf(b)), 9);
    QVERIFY(await(b->advanceClock(ClockStep::Hour)).ok());
    QCOMPARE(BillingService::retentionDaysLeft(lockedAt, nowOf(b)), 9); // a day begun counts
    QVERIFY(await(b->advanceClock(ClockStep::Day)).ok());
    QCOMPARE(BillingService::retentionDaysLeft(lockedAt, nowOf(b)), 8);
    QVERIFY(await(b->advanceClock(ClockStep::NinetyDays)).ok());
    QCOMPARE(BillingService::retentionDaysLeft(lockedAt, nowOf(b)), 0);
    QCOMPARE(BillingService::retentionDaysLeft(QDateTime(), nowOf(b)), 0);

    const QString workspaceId = row.value(column::WorkspaceId).toString();
    const auto unlocked = await(b->unlockWorkspace(workspaceId));
    QVERIFY2(unlocked.ok(), qPrintable(errorText(unlocked)));
    QCOMPARE(unlocked->name, QString::fromUtf8(JiangchengLocked));
    QCOMPARE(unlocked->site, row.value(column::Site).toString());
    QCOMPARE(oc::toString<WorkspaceLanguage>(unlocked->language),
             row.value(column::Language).toString());
    QCOMPARE(unlocked->status, WorkspaceStatus::Active);
    const auto entries =
        rows(*b.backend, view::Journal,
             {{column::Operation, u"unlockWorkspace"_s}, {column::Target, workspaceId}});
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().value(column::Details).toString(), u"retention over"_s);
}

QTEST_GUILESS_MAIN(TestBilling)
#include "test_billing.moc"
