// W-CLOSE's flow without any widget (issue 19): CloseFlow over the suite's backend (a
// LocalBackend, or a RemoteBackend on a billing-api process) on a private copy of the demo, in
// a QCoreApplication. Page 1's terms and reason and who may close (R-CLS-3), the holder's code
// (R-CLS-3, R-VC-1), the three checks listing every failed condition and stored (R-CLS-1,
// R-CLS-4), a new application after a failed one, Proceed to Close judged again (R-CLS-1) and
// the closing's dates (R-CLS-2, R-CLS-5).

#include "DomainPrinting.h"
#include "TestSupport.h"
#include "core/Closing.h"
#include "gui/wizards/close/CloseFlow.h"
#include "services/DemoStoryData.h"

using namespace oc;
using namespace oc::gui;
using namespace oc::test;
using namespace Qt::StringLiterals;

namespace {

QString idOf(TestBackend &backend, const char *login)
{
    return huaweiAccountIdOf(*backend.backend, QString::fromLatin1(login));
}

QString refusalOf(const CloseFlow &flow, const QString &field)
{
    const auto e = flow.error(field);
    return e ? e->rule + u':' + e->field + u':' + e->reason : QString();
}

Status loaded(CloseFlow &flow)
{
    return await(flow.loadAccount());
}

// A code sent to the HUAWEI ID's email (R-CLS-3), the clock a minute on first (R-VC-1).
QString emailCode(TestBackend &b, const CloseFlow &flow)
{
    await(b->advanceClock(ClockStep::Minute));
    const QString email = flow.account()->account.email;
    const auto sent =
        await(b->sendCode(Channel::Email, email, QString::fromLatin1(CodePurpose::CloseServices)));
    if (!sent.ok())
        qFatal("send code: %s", qPrintable(sent.error().toString()));
    return latestCode(*b.backend, email);
}

void setConditions(TestBackend &b, const QString &accountId,
                   const std::function<void(AccountConditions &)> &change)
{
    auto conditions = await(b->accountConditions(accountId));
    QVERIFY(conditions.ok());
    AccountConditions c = *conditions;
    change(c);
    QVERIFY(await(b->setAccountConditions(c)).ok());
}

QStringList conditionsOf(const ClosingCheck &check)
{
    QStringList list;
    for (const ClosingFailure &f : check.failures)
        list << toString(f.group) + u':' + f.condition;
    return list;
}

} // namespace

class TestCloseFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { OC_REQUIRE_STORE(); }
    void R_CLS_3_reviewNeedsTermsAndReason();
    void R_CLS_3_onlyEnabledServicesMayClose_data();
    void R_CLS_3_onlyEnabledServicesMayClose();
    void R_CLS_3_R_VC_1_theHoldersCodeOnPageTwo();
    void R_CLS_1_R_CLS_4_failedCheckThenANewApplicationCloses();
    void R_CLS_1_conditionsChangedBeforeProceedToClose();
};

void TestCloseFlow::R_CLS_3_reviewNeedsTermsAndReason()
{
    TestBackend b(true);
    CloseFlow flow(b.backend.get(), idOf(b, demo::cast::IndividualLogin));
    QVERIFY(!flow.isReady(CloseFlow::ReviewPage)); // the account first
    QVERIFY(loaded(flow).ok());
    QVERIFY(flow.isReady(CloseFlow::ReviewPage));
    QCOMPARE(rulesAndFields(flow.messages(CloseFlow::ReviewPage)),
             (QStringList{u"R-CLS-3:termsAccepted"_s, u"R-CLS-3:reason"_s}));
    flow.setTermsAccepted(true);
    flow.setReason(ClosingReason::MistakenlyEnabled);
    QVERIFY(flow.messages(CloseFlow::ReviewPage).isEmpty());
    QCOMPARE(flow.nextPage(CloseFlow::ReviewPage), CloseFlow::VerifyPage);
    QCOMPARE(flow.nextPage(CloseFlow::VerifyPage), CloseFlow::CheckPage);
    QCOMPARE(flow.nextPage(CloseFlow::CheckPage), CloseFlow::FinishPage);
    // The code defaults to the HUAWEI ID's email; an empty code is asked for early (R-VC-1).
    QVERIFY(flow.channel() == Channel::Email);
    QCOMPARE(rulesAndFields(flow.messages(CloseFlow::VerifyPage)),
             QStringList{u"E-REQUIRED:code"_s});
    // A draft keeps the entries, never the code.
    flow.setCode(u"123456"_s);
    QVERIFY(!flow.toDraft().contains(u"code"_s));
    QCOMPARE(flow.toDraft().value(u"reason"_s).toString(), u"mistakenly_enabled"_s);
}

void TestCloseFlow::R_CLS_3_onlyEnabledServicesMayClose_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("reason");
    QTest::newRow("(8) not enabled")
        << QString::fromLatin1(demo::cast::NotEnabledLogin) << u"servicesNotEnabled"_s;
    QTest::newRow("(10) disabled")
        << QString::fromLatin1(demo::cast::DisabledLogin) << u"servicesDisabled"_s;
    QTest::newRow("(13) closed") << QString::fromLatin1(demo::cast::RecentlyClosedLogin)
                                 << u"servicesClosed"_s;
}

void TestCloseFlow::R_CLS_3_onlyEnabledServicesMayClose()
{
    QFETCH(QString, login);
    QFETCH(QString, reason);
    TestBackend b(true);
    CloseFlow flow(b.backend.get(), huaweiAccountIdOf(*b.backend, login));
    QVERIFY(loaded(flow).ok());
    QCOMPARE(refusalOf(flow, u"accountId"_s), u"R-CLS-3:accountId:"_s + reason);
    QVERIFY(!flow.isReady(CloseFlow::ReviewPage));
}

void TestCloseFlow::R_CLS_3_R_VC_1_theHoldersCodeOnPageTwo()
{
    TestBackend b(true);
    const QString zhou = idOf(b, demo::cast::IndividualLogin);
    CloseFlow flow(b.backend.get(), zhou);
    QVERIFY(loaded(flow).ok());
    flow.setTermsAccepted(true);
    flow.setReason(ClosingReason::NoLongerNeeded);
    const QString right = emailCode(b, flow);
    flow.setCode(right == u"000000" ? u"111111"_s : u"000000"_s);
    QVERIFY(!await(flow.submit()).ok());
    QCOMPARE(refusalOf(flow, u"code"_s), u"R-VC-1:code:wrong"_s);
    QVERIFY(!flow.check());
    // The code went to the email, not the HUAWEI ID's mobile number.
    flow.setChannel(Channel::Sms);
    flow.setCode(right);
    QVERIFY(!flow.error(u"code"_s)); // edited: the error went
    QVERIFY(!await(flow.submit()).ok());
    QCOMPARE(refusalOf(flow, u"code"_s), u"R-VC-1:code:notSent"_s);
    // The backend's own refusal of the terms lands on page 1's field.
    flow.setChannel(Channel::Email);
    flow.setTermsAccepted(false);
    QVERIFY(!await(flow.submit()).ok());
    QCOMPARE(refusalOf(flow, u"termsAccepted"_s), u"R-CLS-3:termsAccepted:required"_s);
    QVERIFY(!await(b->huaweiAccount(zhou))->lastClosingCheck); // nothing checked (R-CLS-4)
}

void TestCloseFlow::R_CLS_1_R_CLS_4_failedCheckThenANewApplicationCloses()
{
    TestBackend b(true);
    const QString zhou = idOf(b, demo::cast::IndividualLogin);
    setConditions(b, zhou, [](AccountConditions &c) {
        c.arrears = Fen(128050);
        c.balance = Fen(2000);
        c.reservedInstances = true;
        c.complaints = true;
    });
    CloseFlow flow(b.backend.get(), zhou);
    QVERIFY(loaded(flow).ok());
    flow.setTermsAccepted(true);
    flow.setReason(ClosingReason::Other);
    flow.setCode(emailCode(b, flow));
    QVERIFY(await(flow.submit()).ok());
    QVERIFY(flow.check());
    QCOMPARE(conditionsOf(*flow.check()),
             (QStringList{u"account:complaints"_s, u"financial:arrears"_s, u"financial:balance"_s,
                          u"orders_and_resources:reservedInstances"_s}));
    // Proceed only when all pass (R-CLS-1); the failed check is the stored last one (R-CLS-4).
    QVERIFY(!flow.isReady(CloseFlow::CheckPage));
    QVERIFY(await(b->huaweiAccount(zhou))->lastClosingCheck == flow.check());

    // Fixed, then "Check again": a new application with a new code, the entries kept.
    setConditions(b, zhou, [](AccountConditions &c) {
        c.arrears = Fen(0);
        c.balance = Fen(0);
        c.reservedInstances = c.complaints = false;
    });
    flow.startNewApplication();
    QVERIFY(!flow.check());
    QVERIFY(flow.code().isEmpty());
    QVERIFY(flow.isNewApplication());
    QVERIFY(flow.termsAccepted());
    QVERIFY(flow.reason() == ClosingReason::Other);
    flow.setCode(emailCode(b, flow));
    QVERIFY(await(flow.submit()).ok());
    QVERIFY(flow.check()->passed());
    QVERIFY(flow.isReady(CloseFlow::CheckPage));

    QVERIFY(await(flow.proceed()).ok());
    const auto &closing = flow.closing();
    QVERIFY(closing);
    QCOMPARE(closing->retentionUntil, closing->closedAt.addDays(closing::RetentionDays));
    QCOMPARE(closing->restoreFrom, closing->closedAt.addSecs(24 * 3600));
    QCOMPARE(closing->disableFrom, closing->restoreFrom);
    QVERIFY(!flow.isReady(CloseFlow::CheckPage)); // closed: no second Proceed
    QVERIFY(flow.isReady(CloseFlow::FinishPage));
    QVERIFY(await(b->huaweiAccount(zhou))->account.servicesStatus == ServicesStatus::Closed);
}

void TestCloseFlow::R_CLS_1_conditionsChangedBeforeProceedToClose()
{
    TestBackend b(true);
    const QString zhou = idOf(b, demo::cast::IndividualLogin);
    CloseFlow flow(b.backend.get(), zhou);
    QVERIFY(loaded(flow).ok());
    flow.setTermsAccepted(true);
    flow.setReason(ClosingReason::NoLongerNeeded);
    flow.setCode(emailCode(b, flow));
    QVERIFY(await(flow.submit()).ok());
    QVERIFY(flow.check()->passed());
    setConditions(b, zhou, [](AccountConditions &c) { c.pendingPayments = true; });
    QVERIFY(!await(flow.proceed()).ok());
    QCOMPARE(refusalOf(flow, u"checkId"_s), u"R-CLS-1:checkId:changed"_s);
    // Named in the user's words for the message next to the checks.
    QCOMPARE(flow.error(u"checkId"_s)->args.value(u"conditions"_s).toString(),
             u"pending payments"_s);
    QVERIFY(!flow.closing());
    QVERIFY(await(b->huaweiAccount(zhou))->account.servicesStatus == ServicesStatus::Enabled);
}

QTEST_GUILESS_MAIN(TestCloseFlow)
#include "test_close_flow.moc"
