// Closing Huawei Cloud services through the asynchronous Backend (my-account.md §5.11, D.1
// W-CLOSE, D.2 D-DISABLE / D-RESTORE / D-LAST-CHECK, the operator's termination; R-CLS-1..7):
// a close application's code, terms and reason; the three automatic checks listing every
// failed condition (the simulated conditions and the store's own facts) and stored; Proceed
// to Close with a passed check; Restore and Disable from 24 hours after closing within
// retention, Disable refused while anything is owed; the clock disabling closed services
// after 90 days; Huawei's termination; no purchase and no login afterwards — on private copies
// of the demo story, each refusal changing nothing.

#include "DomainPrinting.h"
#include "TestSupport.h"
#include "core/Closing.h"
#include "services/DemoStoryData.h"

using namespace oc;
using namespace oc::test;
using namespace Qt::StringLiterals;

class TestClosing : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { OC_REQUIRE_STORE(); }
    void R_CLS_3_closeNeedsTermsReasonAndTheHoldersCode();
    void R_CLS_3_onlyWhileServicesEnabled();
    void R_CLS_1_everySimulatedConditionListed();
    void R_CLS_1_factsOfTheStoreListed();
    void R_CLS_4_lastCheckStoredAndAFailedOneEndsTheApplication();
    void R_CLS_1_conditionsChangedBeforeProceedToClose();
    void R_CLS_2_closedWithRetentionAndRestoredAfter24Hours();
    void R_CLS_5_disableNeedsCodeAcknowledgementAndNothingOwed();
    void R_CLS_2_disabledAutomaticallyAfter90Days();
    void R_CLS_6_operatorTerminatesAClosing();
    void R_CLS_7_closedOrDisabledCannotBuy();
    void R_AUD_1_R_AUD_2_journaledWithoutCtsTraces();
    void demoStory();
};

namespace {

QString cast(const char *name)
{
    return QString::fromUtf8(name);
}

QString demoAccount(TestBackend &b, const char *loginId)
{
    return huaweiAccountIdOf(*b.backend, cast(loginId));
}

HuaweiAccountDetail detailOf(TestBackend &b, const QString &accountId)
{
    const auto detail = await(b->huaweiAccount(accountId));
    if (!detail.ok())
        qFatal("account: %s", qPrintable(detail.error().toString()));
    return *detail;
}

// The rule, field and reason of a refusal (its args aside).
template<class T>
Error refusal(const Result<T> &result)
{
    if (result.ok())
        return makeError(u"(accepted)"_s);
    return makeError(result.error().rule, result.error().field, result.error().reason);
}

Error err(const char *rule, const char *field, const char *reason)
{
    return makeError(QString::fromUtf8(rule), QString::fromUtf8(field), QString::fromUtf8(reason));
}

// A code sent to the HUAWEI ID's email (R-CLS-3), the clock a minute on first (R-VC-1).
QString emailCode(TestBackend &b, const QString &accountId, const char *purpose)
{
    await(b->advanceClock(ClockStep::Minute));
    const QString email = detailOf(b, accountId).account.email;
    const auto sent = await(b->sendCode(Channel::Email, email, QString::fromUtf8(purpose)));
    if (!sent.ok())
        qFatal("send code: %s", qPrintable(sent.error().toString()));
    return latestCode(*b.backend, sent->destination);
}

CloseServicesRequest closeRequest(TestBackend &b, const QString &accountId)
{
    CloseServicesRequest r;
    r.accountId = accountId;
    r.termsAccepted = true;
    r.reason = ClosingReason::NoLongerNeeded;
    r.channel = Channel::Email;
    r.code = emailCode(b, accountId, CodePurpose::CloseServices);
    return r;
}

QStringList conditionsOf(const ClosingCheck &check)
{
    QStringList list;
    for (const ClosingFailure &f : check.failures)
        list << toString(f.group) + u':' + f.condition;
    return list;
}

// W-CLOSE end to end: the check (which must pass), then Proceed to Close.
ServicesClosing closeServices(TestBackend &b, const QString &accountId)
{
    const auto check = await(b->startClosing(closeRequest(b, accountId)));
    if (!check.ok() || !check->passed())
        qFatal("check: %s", check.ok() ? qPrintable(conditionsOf(*check).join(u' '))
                                       : qPrintable(check.error().toString()));
    const auto closed = await(b->closeServices(accountId, check->checkId));
    if (!closed.ok())
        qFatal("close: %s", qPrintable(closed.error().toString()));
    return *closed;
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

qint64 journalCount(TestBackend &b, const char *operation, const QString &target,
                    const QString &outcome = u"success"_s)
{
    return count(*b.backend, view::Journal,
                 {{column::Operation, QString::fromUtf8(operation)},
                  {column::Target, target},
                  {column::Outcome, outcome}});
}

DisableServicesRequest disableRequest(TestBackend &b, const QString &accountId)
{
    DisableServicesRequest r;
    r.accountId = accountId;
    r.channel = Channel::Email;
    r.code = emailCode(b, accountId, CodePurpose::DisableServices);
    r.acknowledged = true;
    return r;
}

} // namespace

void TestClosing::R_CLS_3_closeNeedsTermsReasonAndTheHoldersCode()
{
    TestBackend b(true);
    // (2) zhoumingyuan: nothing blocks closing his services.
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    const HuaweiAccountDetail before = detailOf(b, zhou);

    CloseServicesRequest r = closeRequest(b, zhou);
    r.termsAccepted = false;
    QCOMPARE(refusal(await(b->startClosing(r))), err("R-CLS-3", "termsAccepted", "required"));
    r.termsAccepted = true;
    r.reason.reset();
    QCOMPARE(refusal(await(b->startClosing(r))), err("R-CLS-3", "reason", "required"));
    r.reason = ClosingReason::MistakenlyEnabled;
    const QString right = r.code;
    r.code = right == u"000000" ? u"111111"_s : u"000000"_s;
    QCOMPARE(refusal(await(b->startClosing(r))), err("R-VC-1", "code", "wrong"));
    // A code to the HUAWEI ID's own mobile number was never sent.
    r.channel = Channel::Sms;
    r.code = right;
    QCOMPARE(refusal(await(b->startClosing(r))), err("R-VC-1", "code", "notSent"));
    // Nothing checked, nothing stored (R-CLS-4).
    HuaweiAccountDetail after = detailOf(b, zhou);
    QVERIFY(!after.lastClosingCheck);
    QCOMPARE(after.account, before.account);

    r.channel = Channel::Email;
    const auto check = await(b->startClosing(r));
    QVERIFY2(check.ok(), qPrintable(check.ok() ? QString() : check.error().toString()));
    QVERIFY(check->passed());
    QVERIFY(check->reason == ClosingReason::MistakenlyEnabled);
    QVERIFY(check->checkId > 0);
    // The code was used (R-VC-1): a second application needs a new one.
    QCOMPARE(refusal(await(b->startClosing(r))), err("R-VC-1", "code", "used"));
    // The result is "sent" by email (R-CLS-4).
    QCOMPARE(count(*b.backend, view::Outbox,
                   {{column::Destination, before.account.email},
                    {column::Kind, u"closingCheckResult"_s}}),
             1);
}

void TestClosing::R_CLS_3_onlyWhileServicesEnabled()
{
    TestBackend b(true);
    // (8) not enabled, (10) disabled: their HUAWEI ID's email has a code all the same.
    const QString notEnabled = demoAccount(b, demo::cast::NotEnabledLogin);
    const QString disabled = demoAccount(b, demo::cast::DisabledLogin);
    CloseServicesRequest r = closeRequest(b, notEnabled);
    QCOMPARE(refusal(await(b->startClosing(r))), err("R-CLS-3", "accountId", "servicesNotEnabled"));
    r = closeRequest(b, disabled);
    QCOMPARE(refusal(await(b->startClosing(r))), err("R-CLS-3", "accountId", "servicesDisabled"));
    // A closed one: closing again is refused.
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    closeServices(b, zhou);
    r = closeRequest(b, zhou);
    QCOMPARE(refusal(await(b->startClosing(r))), err("R-CLS-3", "accountId", "servicesClosed"));
    r.accountId = u"0123"_s;
    QCOMPARE(refusal(await(b->startClosing(r))), err("R-ID-1", "accountId", "format"));
    r.accountId = u"0123456789abcdef0123456789abcdef"_s;
    QCOMPARE(refusal(await(b->startClosing(r))), err("E-NOT-FOUND", "accountId", "huaweiAccount"));
}

void TestClosing::R_CLS_1_everySimulatedConditionListed()
{
    TestBackend b(true);
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    setConditions(b, zhou, [](AccountConditions &c) {
        c.arrears = Fen(128050);
        c.balance = Fen(100);
        c.overIssuedInvoices = c.pendingPayments = c.unpaidTaxes = true;
        c.reservedInstances = c.pendingContracts = c.complaints = true;
    });
    const auto check = await(b->startClosing(closeRequest(b, zhou)));
    QVERIFY(check.ok());
    QVERIFY(!check->passed());
    QCOMPARE(conditionsOf(*check),
             (QStringList{u"account:complaints"_s, u"financial:arrears"_s,
                          u"financial:overIssuedInvoices"_s, u"financial:pendingPayments"_s,
                          u"financial:balance"_s, u"financial:unpaidTaxes"_s,
                          u"orders_and_resources:reservedInstances"_s,
                          u"orders_and_resources:pendingContracts"_s}));
    QCOMPARE(check->failures.at(1).detail, u"1280.50"_s);
    QCOMPARE(check->failures.at(4).detail, u"1.00"_s);
    // Proceed to Close is refused with it: the application ended (R-CLS-4).
    QCOMPARE(refusal(await(b->closeServices(zhou, check->checkId))),
             err("R-CLS-4", "checkId", "failed"));
    QVERIFY(detailOf(b, zhou).account.servicesStatus == ServicesStatus::Enabled);
}

void TestClosing::R_CLS_1_factsOfTheStoreListed()
{
    TestBackend b(true);
    // (5) haixing-logistics: a reseller partner, 1,280.50 CNY owed, an active instance.
    const QString haixing = demoAccount(b, demo::cast::ResellerCustomerLogin);
    auto check = await(b->startClosing(closeRequest(b, haixing)));
    QVERIFY(check.ok());
    const QStringList haixingFails = conditionsOf(*check);
    QVERIFY2(haixingFails.contains(u"account:partnerAssociation"_s),
             qPrintable(haixingFails.join(u' ')));
    QVERIFY(haixingFails.contains(u"financial:arrears"_s));
    QVERIFY(haixingFails.contains(u"orders_and_resources:instancesInUse"_s));
    QCOMPARE(check->failures.first().detail, u"Zhejiang Yunfan Digital Technology Co., Ltd."_s);

    // (12) invited by the master (11): each is associated (R-CLS-1 "master or member").
    const QString robotics = demoAccount(b, demo::cast::InvitedMemberLogin);
    check = await(b->startClosing(closeRequest(b, robotics)));
    QVERIFY(check.ok());
    QVERIFY2(conditionsOf(*check).contains(u"account:masterAccount"_s),
             qPrintable(conditionsOf(*check).join(u' ')));
    const QString group = demoAccount(b, demo::cast::MasterLogin);
    check = await(b->startClosing(closeRequest(b, group)));
    QVERIFY(check.ok());
    QVERIFY2(conditionsOf(*check).contains(u"account:memberAccounts"_s),
             qPrintable(conditionsOf(*check).join(u' ')));

    // (4) hengtai-precision: its authentication is under review (an application in progress).
    const QString hengtai = demoAccount(b, demo::cast::PendingLogin);
    check = await(b->startClosing(closeRequest(b, hengtai)));
    QVERIFY(check.ok());
    QVERIFY2(conditionsOf(*check).contains(u"account:applicationsInProgress"_s),
             qPrintable(conditionsOf(*check).join(u' ')));
}

void TestClosing::R_CLS_4_lastCheckStoredAndAFailedOneEndsTheApplication()
{
    TestBackend b(true);
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    setConditions(b, zhou, [](AccountConditions &c) { c.unpaidTaxes = true; });
    const auto failed = await(b->startClosing(closeRequest(b, zhou)));
    QVERIFY(failed.ok());
    // View Last Check Result: the stored one, as returned.
    QVERIFY(detailOf(b, zhou).lastClosingCheck == std::optional<ClosingCheck>(*failed));
    // Fixed, a new application passes; the failed check no longer is the last.
    setConditions(b, zhou, [](AccountConditions &c) { c.unpaidTaxes = false; });
    const auto passed = await(b->startClosing(closeRequest(b, zhou)));
    QVERIFY(passed.ok());
    QVERIFY(passed->passed());
    QVERIFY(passed->checkId > failed->checkId);
    QCOMPARE(refusal(await(b->closeServices(zhou, failed->checkId))),
             err("R-CLS-4", "checkId", "notLast"));
    const auto closed = await(b->closeServices(zhou, passed->checkId));
    QVERIFY(closed.ok());
    const auto last = detailOf(b, zhou).lastClosingCheck;
    QVERIFY(last);
    QCOMPARE(last->closedAt, closed->closedAt);
    // The checks of D-DISABLE are read, never stored.
    const auto now = await(b->closingCheck(zhou));
    QVERIFY(now.ok());
    QVERIFY(now->passed());
    QCOMPARE(now->checkId, qint64(0));
    QVERIFY(detailOf(b, zhou).lastClosingCheck == last);
}

void TestClosing::R_CLS_1_conditionsChangedBeforeProceedToClose()
{
    TestBackend b(true);
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    const auto check = await(b->startClosing(closeRequest(b, zhou)));
    QVERIFY(check.ok() && check->passed());
    setConditions(b, zhou, [](AccountConditions &c) { c.pendingPayments = true; });
    const auto refused = await(b->closeServices(zhou, check->checkId));
    QCOMPARE(refusal(refused), err("R-CLS-1", "checkId", "changed"));
    QCOMPARE(refused.error().args.value(u"conditions"_s).toString(), u"pendingPayments"_s);
    QVERIFY(detailOf(b, zhou).account.servicesStatus == ServicesStatus::Enabled);
}

void TestClosing::R_CLS_2_closedWithRetentionAndRestoredAfter24Hours()
{
    TestBackend b(true);
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    const ServicesClosing closing = closeServices(b, zhou);
    QCOMPARE(closing.retentionUntil, closing.closedAt.addDays(closing::RetentionDays));
    QCOMPARE(closing.restoreFrom, closing.closedAt.addSecs(24 * 3600));
    QCOMPARE(closing.disableFrom, closing.restoreFrom);
    QVERIFY(!closing.disabledAt.isValid());
    const HuaweiAccountDetail detail = detailOf(b, zhou);
    QVERIFY(detail.account.servicesStatus == ServicesStatus::Closed);
    QCOMPARE(detail.account.retentionUntil, closing.retentionUntil);
    QVERIFY(detail.closing == std::optional<ServicesClosing>(closing));
    QCOMPARE(
        count(*b.backend, view::Outbox,
              {{column::Destination, detail.account.email}, {column::Kind, u"servicesClosed"_s}}),
        1);

    // Restore: not before 24 hours (R-CLS-2).
    QCOMPARE(refusal(await(b->restoreServices(zhou))), err("R-CLS-2", "accountId", "tooEarly"));
    await(b->advanceClock(ClockStep::Day));
    const auto restored = await(b->restoreServices(zhou));
    QVERIFY(restored.ok());
    QVERIFY(restored->servicesStatus == ServicesStatus::Enabled);
    QVERIFY(!restored->retentionUntil.isValid());
    QVERIFY(!detailOf(b, zhou).closing);
    QCOMPARE(refusal(await(b->restoreServices(zhou))), err("R-CLS-2", "accountId", "notClosed"));
    QCOMPARE(journalCount(b, "restoreServices", zhou), 1);
}

void TestClosing::R_CLS_5_disableNeedsCodeAcknowledgementAndNothingOwed()
{
    TestBackend b(true);
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    // Only closed services are disabled.
    DisableServicesRequest r = disableRequest(b, zhou);
    QCOMPARE(refusal(await(b->disableServices(r))), err("R-CLS-5", "accountId", "notClosed"));
    const ServicesClosing closing = closeServices(b, zhou);
    r = disableRequest(b, zhou);
    QCOMPARE(refusal(await(b->disableServices(r))), err("R-CLS-5", "accountId", "tooEarly"));
    await(b->advanceClock(ClockStep::Day));
    r = disableRequest(b, zhou); // the first one expired meanwhile (R-VC-1)
    r.acknowledged = false;
    QCOMPARE(refusal(await(b->disableServices(r))), err("R-CLS-5", "acknowledged", "required"));
    r.acknowledged = true;
    // A balance left is owed to the customer: withdrawn first (§5.11.1 item 4).
    setConditions(b, zhou, [](AccountConditions &c) { c.balance = Fen(5000); });
    const auto owed = await(b->disableServices(r));
    QCOMPARE(refusal(owed), err("R-CLS-5", "accountId", "owed"));
    QCOMPARE(owed.error().args.value(u"conditions"_s).toString(), u"balance"_s);
    setConditions(b, zhou, [](AccountConditions &c) { c.balance = Fen(0); });
    DisableServicesRequest wrong = r;
    wrong.code = r.code == u"000000" ? u"111111"_s : u"000000"_s;
    QCOMPARE(refusal(await(b->disableServices(wrong))), err("R-VC-1", "code", "wrong"));
    QVERIFY(detailOf(b, zhou).account.servicesStatus == ServicesStatus::Closed);

    const auto disabled = await(b->disableServices(r));
    QVERIFY2(disabled.ok(), qPrintable(disabled.ok() ? QString() : disabled.error().toString()));
    QCOMPARE(disabled->closedAt, closing.closedAt);
    QVERIFY(disabled->disabledAt.isValid());
    const HuaweiAccountDetail detail = detailOf(b, zhou);
    QVERIFY(detail.account.servicesStatus == ServicesStatus::Disabled);
    QVERIFY(detail.closing == std::optional<ServicesClosing>(*disabled));
    // No restore, no login afterwards (R-CLS-5).
    QCOMPARE(refusal(await(b->restoreServices(zhou))), err("R-CLS-2", "accountId", "notClosed"));
    HuaweiLoginRequest login;
    login.identifier = cast(demo::cast::IndividualLogin);
    login.password = cast(demo::cast::Password);
    QCOMPARE(refusal(await(b->checkHuaweiLogin(login))), err("R-CLS-2", "identifier", "disabled"));
}

void TestClosing::R_CLS_2_disabledAutomaticallyAfter90Days()
{
    TestBackend b(true);
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    const ServicesClosing closing = closeServices(b, zhou);
    await(b->advanceClock(ClockStep::Month));
    QVERIFY(detailOf(b, zhou).account.servicesStatus == ServicesStatus::Closed);
    await(b->advanceClock(ClockStep::NinetyDays));
    const HuaweiAccountDetail detail = detailOf(b, zhou);
    QVERIFY(detail.account.servicesStatus == ServicesStatus::Disabled);
    QVERIFY(detail.closing);
    QCOMPARE(detail.closing->disabledAt, closing.retentionUntil);
    QCOMPARE(count(*b.backend, view::Journal,
                   {{column::Operation, u"disableServices"_s}, {column::Target, zhou}}),
             1);
}

void TestClosing::R_CLS_6_operatorTerminatesAClosing()
{
    TestBackend b(true);
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    TerminateClosingRequest r{zhou, ClosingTermination::Investigation, u"Case 2026-117"_s};
    QCOMPARE(refusal(await(b->terminateClosing(r))), err("R-CLS-6", "accountId", "notClosed"));
    closeServices(b, zhou);
    r.note = QString(501, u'x');
    QCOMPARE(refusal(await(b->terminateClosing(r))), err("E-TOO-LONG", "note", "tooLong"));
    r.note = u"Case 2026-117"_s;
    const auto ended = await(b->terminateClosing(r));
    QVERIFY(ended.ok());
    QVERIFY(ended->servicesStatus == ServicesStatus::Enabled);
    QVERIFY(!detailOf(b, zhou).closing);
    const auto entries = rows(*b.backend, view::Journal,
                              {{column::Operation, u"terminateClosing"_s},
                               {column::Target, zhou},
                               {column::Outcome, u"success"_s}});
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().value(column::Details).toString(), u"investigation Case 2026-117"_s);
}

void TestClosing::R_CLS_7_closedOrDisabledCannotBuy()
{
    TestBackend b(true);
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    closeServices(b, zhou);
    PurchaseRequest buy{zhou, ProductKind::StoredValueCard, 1, true};
    QCOMPARE(refusal(await(b->purchase(buy))), err("R-MKT-1", "accountId", "servicesClosed"));
    await(b->advanceClock(ClockStep::Day));
    QVERIFY(await(b->disableServices(disableRequest(b, zhou))).ok());
    QCOMPARE(refusal(await(b->purchase(buy))), err("R-MKT-1", "accountId", "servicesDisabled"));
}

void TestClosing::R_AUD_1_R_AUD_2_journaledWithoutCtsTraces()
{
    TestBackend b(true);
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    setConditions(b, zhou, [](AccountConditions &c) { c.ctsEnabled = true; });
    const qint64 traces = count(*b.backend, view::CtsTraces);
    CloseServicesRequest r = closeRequest(b, zhou);
    r.termsAccepted = false;
    QVERIFY(!await(b->startClosing(r)).ok());
    QCOMPARE(journalCount(b, "startClosing", zhou, u"R-CLS-3"_s), 1);
    closeServices(b, zhou);
    await(b->advanceClock(ClockStep::Day));
    QVERIFY(await(b->restoreServices(zhou)).ok());
    closeServices(b, zhou);
    await(b->advanceClock(ClockStep::Day));
    QVERIFY(await(b->disableServices(disableRequest(b, zhou))).ok());
    QCOMPARE(journalCount(b, "startClosing", zhou), 2);
    QCOMPARE(journalCount(b, "closeServices", zhou), 2);
    QCOMPARE(journalCount(b, "restoreServices", zhou), 1);
    QCOMPARE(journalCount(b, "disableServices", zhou), 1);
    // Table 8-1 names none of them (R-AUD-2).
    QCOMPARE(count(*b.backend, view::CtsTraces), traces);
}

void TestClosing::demoStory()
{
    TestBackend b(true);
    // (13) closed on the demo's eve: Restore and Disable only from 24 hours after.
    const QString recent = demoAccount(b, demo::cast::RecentlyClosedLogin);
    HuaweiAccountDetail detail = detailOf(b, recent);
    QVERIFY(detail.account.servicesStatus == ServicesStatus::Closed);
    QVERIFY(detail.closing && detail.lastClosingCheck && detail.lastClosingCheck->passed());
    QCOMPARE(refusal(await(b->restoreServices(recent))), err("R-CLS-2", "accountId", "tooEarly"));
    // (14) closed ten days before: Restore (or Disable) at once.
    const QString older = demoAccount(b, demo::cast::ClosedInRetentionLogin);
    detail = detailOf(b, older);
    QVERIFY(detail.account.servicesStatus == ServicesStatus::Closed);
    QVERIFY(detail.closing);
    QVERIFY(await(b->restoreServices(older)).ok());
    // (10) lindongmei: disabled after her retention.
    detail = detailOf(b, demoAccount(b, demo::cast::DisabledLogin));
    QVERIFY(detail.closing);
    QCOMPARE(detail.closing->disabledAt, detail.closing->retentionUntil);
}

QTEST_MAIN(TestClosing)
#include "test_closing.moc"
