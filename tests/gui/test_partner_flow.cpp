// W-PARTNER-ASSOC's flow without any widget (issue 19, part 2): PartnerAssocFlow over the
// suite's backend (a LocalBackend, or a RemoteBackend on a billing-api process) on a private
// copy of the demo, in a QCoreApplication. The invitation link or bare token (an unknown one
// refused at the link), the Instructions and Log In only through an online invitation
// (R-PTN-5), the register form's code checked early (R-VC-1), a reseller association that
// freezes the account (R-PTN-1, R-PTN-6), the eligibility refused with every failed condition
// (R-PTN-3, R-PTN-4), and drafts without passwords or codes.

#include "DomainPrinting.h"
#include "TestSupport.h"
#include "gui/PartnerText.h"
#include "gui/wizards/partner/PartnerAssocFlow.h"
#include "services/DemoStoryData.h"

#include <QTimeZone>

using namespace oc;
using namespace oc::gui;
using namespace oc::test;
using namespace Qt::StringLiterals;

namespace {

QString refusalOf(const PartnerAssocFlow &flow, const QString &field)
{
    const auto e = flow.error(field);
    return e ? e->rule + u':' + e->field + u':' + e->reason : QString();
}

// The operator acting as a partner: an invitation of `model`, online or not.
PartnerInvitation invite(TestBackend &b, PartnerModel model, bool online)
{
    PartnerInvitationRequest request;
    request.partner.enterpriseName = u"Hangzhou Yunfan Technology"_s;
    request.partner.information = u"Cloud reseller since 2015"_s;
    request.partner.website = u"https://www.yunfan.example"_s;
    request.partner.contacts = {{u"Technical administration"_s, u"tech@yunfan.example"_s,
                                 u"+8613800000001"_s, u"0571-88880001"_s}};
    request.model = model;
    request.online = online;
    const auto invitation = await(b->createPartnerInvitation(request));
    if (!invitation.ok())
        qFatal("invitation: %s", qPrintable(invitation.error().toString()));
    return *invitation;
}

// A sign-up code sent to `email`, read from the Outbox (the clock a minute on first, R-VC-1).
QString signUpCode(TestBackend &b, const QString &email)
{
    await(b->advanceClock(ClockStep::Minute));
    const auto sent =
        await(b->sendCode(Channel::Email, email, QString::fromLatin1(CodePurpose::SignUp)));
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

// The flow on page 1 with `invitation` loaded and the Instructions accepted.
void loadAndAccept(PartnerAssocFlow &flow, const PartnerInvitation &invitation)
{
    flow.setLink(u"https://account.example/partner/associate?token="_s + invitation.token);
    QVERIFY(await(flow.loadInvitation()).ok());
    QVERIFY(flow.invitation());
    QCOMPARE(flow.invitation()->token, invitation.token);
    flow.setInstructionsAccepted(true);
}

} // namespace

class TestPartnerFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { OC_REQUIRE_STORE(); }
    void tokenFromALinkOrTheBareToken_data();
    void tokenFromALinkOrTheBareToken();
    void unknownInvitationRefusedAtTheLink();
    void R_PTN_5_instructionsRequiredAndLogInOnlyOnline();
    void R_PTN_1_R_PTN_6_registeredAndAssociatedFrozen();
    void R_VC_1_wrongCodeRefusedBeforeEnable();
    void R_PTN_3_R_PTN_4_everyFailedConditionListed();
    void R_PTN_3_loggedInAndAssociatedWithTheDemoInvitation();
    void conditionsInWords();
    void operationLogDetailsInWords_data();
    void operationLogDetailsInWords();
};

void TestPartnerFlow::tokenFromALinkOrTheBareToken_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QString>("token");
    QTest::newRow("bare") << u"PTN-7Q2X9K"_s << u"PTN-7Q2X9K"_s;
    QTest::newRow("spaces") << u"  PTN-7Q2X9K \n"_s << u"PTN-7Q2X9K"_s;
    QTest::newRow("link") << u"https://account.huaweicloud.com/partner/associate?token=AB12"_s
                          << u"AB12"_s;
    QTest::newRow("second parameter")
        << u"https://x.example/associate?lang=en&token=AB12&from=qr"_s << u"AB12"_s;
    QTest::newRow("no scheme") << u"x.example/associate?token=AB12"_s << u"AB12"_s;
    QTest::newRow("percent-encoded") << u"https://x.example/a?token=A%2BB"_s << u"A+B"_s;
    QTest::newRow("path") << u"https://x.example/invite/AB12/"_s << u"AB12"_s;
    QTest::newRow("empty") << u"   "_s << QString();
}

void TestPartnerFlow::tokenFromALinkOrTheBareToken()
{
    QFETCH(QString, pasted);
    QFETCH(QString, token);
    QCOMPARE(PartnerAssocFlow::tokenFrom(pasted), token);
}

void TestPartnerFlow::unknownInvitationRefusedAtTheLink()
{
    TestBackend b(true);
    PartnerAssocFlow flow(b.backend.get());
    QVERIFY(!flow.isReady(PartnerAssocFlow::TokenPage));
    QCOMPARE(rulesAndFields(flow.messages(PartnerAssocFlow::TokenPage)),
             QStringList{u"E-REQUIRED:token"_s});
    flow.setLink(u"https://x.example/associate?token=NO-SUCH-TOKEN"_s);
    QVERIFY(flow.isReady(PartnerAssocFlow::TokenPage));
    const Status loaded = await(flow.loadInvitation());
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().rule, u"E-NOT-FOUND"_s);
    QCOMPARE(flow.error(u"token"_s)->rule, u"E-NOT-FOUND"_s);
    QVERIFY(!flow.invitation());
    QVERIFY(!flow.isReady(PartnerAssocFlow::InstructionsPage));
    flow.setLink(u"OTHER"_s); // edited: the error went
    QVERIFY(!flow.error(u"token"_s));
}

void TestPartnerFlow::R_PTN_5_instructionsRequiredAndLogInOnlyOnline()
{
    TestBackend b(true);
    const PartnerInvitation offline = invite(b, PartnerModel::Reseller, false);
    PartnerAssocFlow flow(b.backend.get(), offline.token);
    QCOMPARE(flow.token(), offline.token);
    QVERIFY(await(flow.loadInvitation()).ok());
    QVERIFY(flow.isReseller());
    QVERIFY(!flow.loginAllowed());
    QVERIFY(flow.isReady(PartnerAssocFlow::InstructionsPage));
    QCOMPARE(rulesAndFields(flow.messages(PartnerAssocFlow::InstructionsPage)),
             QStringList{u"R-PTN-5:instructionsAccepted"_s});
    flow.setInstructionsAccepted(true);
    QVERIFY(flow.messages(PartnerAssocFlow::InstructionsPage).isEmpty());
    QCOMPARE(flow.nextPage(PartnerAssocFlow::InstructionsPage), PartnerAssocFlow::RegisterPage);
    // An existing account only through an online invitation link.
    flow.setRegisterNew(false);
    QCOMPARE(rulesAndFields(flow.messages(PartnerAssocFlow::InstructionsPage)),
             QStringList{u"R-PTN-5:registerNew"_s});
    // The backend refuses it too, at the same field.
    flow.setAccountName(QString::fromLatin1(demo::cast::IndividualLogin));
    flow.setLoginPassword(QString::fromLatin1(demo::cast::Password));
    flow.setDocumentsAccepted(true);
    QVERIFY(!await(flow.associate()).ok());
    QCOMPARE(flow.error(u"registerNew"_s)->rule, u"R-PTN-5"_s);
    QVERIFY(!flow.result());

    // An online one: both ways.
    const PartnerInvitation online = invite(b, PartnerModel::Reseller, true);
    flow.setLink(online.token);
    QVERIFY(await(flow.loadInvitation()).ok());
    QVERIFY(flow.loginAllowed());
    QVERIFY(flow.messages(PartnerAssocFlow::InstructionsPage).isEmpty());
    QCOMPARE(flow.nextPage(PartnerAssocFlow::InstructionsPage), PartnerAssocFlow::LoginPage);
    QCOMPARE(flow.nextPage(PartnerAssocFlow::LoginPage), PartnerAssocFlow::EnablePage);
    QCOMPARE(flow.nextPage(PartnerAssocFlow::EnablePage), PartnerAssocFlow::FinishPage);
    // The three documents are required to Enable.
    flow.setDocumentsAccepted(false);
    QCOMPARE(rulesAndFields(flow.messages(PartnerAssocFlow::EnablePage)),
             QStringList{u"R-PTN-5:documentsAccepted"_s});
}

void TestPartnerFlow::R_PTN_1_R_PTN_6_registeredAndAssociatedFrozen()
{
    TestBackend b(true);
    const PartnerInvitation invitation = invite(b, PartnerModel::Reseller, false);
    PartnerAssocFlow flow(b.backend.get());
    loadAndAccept(flow, invitation);
    flow.setAuthorizationAccepted(true);
    QCOMPARE(flow.nextPage(PartnerAssocFlow::InstructionsPage), PartnerAssocFlow::RegisterPage);
    const QString email = u"ops@new-customer.example"_s;
    QCOMPARE(rulesAndFields(flow.messages(PartnerAssocFlow::RegisterPage)),
             (QStringList{u"E-REQUIRED:email"_s, u"E-REQUIRED:code"_s, u"E-REQUIRED:password"_s}));
    flow.setCountryRegion(u"SG"_s);
    flow.setEmail(email);
    flow.setPassword(u"short"_s);
    QCOMPARE(rulesAndFields(flow.messages(PartnerAssocFlow::RegisterPage)),
             (QStringList{u"E-REQUIRED:code"_s, u"R-ACC-2:password"_s}));
    flow.setPassword(QString::fromLatin1(demo::cast::Password));
    flow.setCode(signUpCode(b, email));
    QVERIFY(flow.messages(PartnerAssocFlow::RegisterPage).isEmpty());
    QVERIFY(await(flow.checkRegistration()).ok());
    // A draft keeps the entries, never the password or the code.
    const QJsonObject draft = flow.toDraft();
    QVERIFY(!draft.contains(u"password"_s));
    QVERIFY(!draft.contains(u"code"_s));
    QCOMPARE(draft.value(u"email"_s).toString(), email);
    QCOMPARE(draft.value(u"token"_s).toString(), flow.link());

    flow.setDocumentsAccepted(true);
    flow.setPromotions(true);
    QVERIFY(flow.isReady(PartnerAssocFlow::EnablePage));
    QVERIFY(await(flow.associate()).ok());
    const auto &result = flow.result();
    QVERIFY(result);
    QVERIFY(!flow.isReady(PartnerAssocFlow::EnablePage)); // no second Enable
    QVERIFY(flow.isReady(PartnerAssocFlow::FinishPage));
    QCOMPARE(result->account.email, email);
    QCOMPARE(result->partner.partnerName, invitation.partner.enterpriseName);
    QVERIFY(result->partner.model == PartnerModel::Reseller);
    // R-PTN-1: frozen until the partner sets a monthly budget.
    QVERIFY(result->partner.status == PartnerStatus::Frozen);
    QVERIFY(!result->partner.monthlyBudget);
    QVERIFY(result->partner.authorized);
    const auto detail = await(b->huaweiAccount(result->account.accountId));
    QVERIFY(detail.ok());
    QVERIFY(detail->partner);
    QVERIFY(detail->partner->status == PartnerStatus::Frozen);
    QVERIFY(detail->partner->profile.contacts == invitation.partner.contacts);
}

void TestPartnerFlow::R_VC_1_wrongCodeRefusedBeforeEnable()
{
    TestBackend b(true);
    const PartnerInvitation invitation = invite(b, PartnerModel::Referral, true);
    PartnerAssocFlow flow(b.backend.get());
    loadAndAccept(flow, invitation);
    const QString email = u"wrong-code@new-customer.example"_s;
    flow.setEmail(email);
    flow.setPassword(QString::fromLatin1(demo::cast::Password));
    const QString right = signUpCode(b, email);
    flow.setCode(right == u"000000" ? u"111111"_s : u"000000"_s);
    QVERIFY(!await(flow.checkRegistration()).ok());
    QCOMPARE(refusalOf(flow, u"code"_s), u"R-VC-1:code:wrong"_s);
    // The right one goes on, and is used by Enable (not before).
    flow.setCode(right);
    QVERIFY(!flow.error(u"code"_s));
    QVERIFY(await(flow.checkRegistration()).ok());
    flow.setDocumentsAccepted(true);
    QVERIFY(await(flow.associate()).ok());
    // A referral association does not freeze the account.
    QVERIFY(flow.result()->partner.status == PartnerStatus::Associated);
    QVERIFY(flow.result()->partner.model == PartnerModel::Referral);
}

void TestPartnerFlow::R_PTN_3_R_PTN_4_everyFailedConditionListed()
{
    TestBackend b(true);
    const QString email = u"refused@new-customer.example"_s;
    const QString accountId =
        signUpHuaweiId(*b.backend, email, QString::fromLatin1(demo::cast::Password));
    QVERIFY(!accountId.isEmpty());
    setConditions(b, accountId, [](AccountConditions &c) {
        c.specialContract = true;      // R-PTN-3
        c.professionalContract = true; // R-PTN-4
        c.reservedInstances = true;    // R-PTN-4
    });
    const PartnerInvitation invitation = invite(b, PartnerModel::Reseller, true);
    PartnerAssocFlow flow(b.backend.get());
    loadAndAccept(flow, invitation);
    flow.setRegisterNew(false);
    flow.setAccountName(email);
    flow.setLoginPassword(u"Wrong@2026a"_s);
    QVERIFY(!await(flow.checkLogin(u"test-console"_s)).ok());
    QVERIFY(flow.error(u"loginPassword"_s)); // the backend's "password", on the login page
    flow.setLoginPassword(QString::fromLatin1(demo::cast::Password));
    QVERIFY(await(flow.checkLogin(u"test-console"_s)).ok());
    QCOMPARE(flow.login()->accountId, accountId);
    flow.setDocumentsAccepted(true);
    const Status refused = await(flow.associate());
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().field.isEmpty()); // listed on the Enable page, not at a field
    QVERIFY(flow.refusal());
    const QStringList failed = flow.failedConditions();
    for (const QString &condition :
         {u"specialContract"_s, u"professionalContract"_s, u"reservedInstances"_s})
        QVERIFY2(failed.contains(condition), qPrintable(failed.join(u' ')));
    // Each in words (PartnerText), none left as its spelling.
    for (const QString &condition : failed)
        QVERIFY2(PartnerText::conditionText(condition, {}, QTimeZone::utc()) != condition,
                 qPrintable(condition));
    QVERIFY(!flow.result());
    QVERIFY(!await(b->huaweiAccount(accountId))->partner);

    // Fixed: Enable again associates.
    setConditions(b, accountId, [](AccountConditions &c) {
        c.specialContract = c.professionalContract = c.reservedInstances = false;
    });
    QVERIFY(await(flow.associate()).ok());
    QVERIFY(!flow.refusal());
    QCOMPARE(flow.result()->account.accountId, accountId);
}

void TestPartnerFlow::R_PTN_3_loggedInAndAssociatedWithTheDemoInvitation()
{
    TestBackend b(true);
    // The demo's online link of its reseller partner, pasted bare; (17) is eligible.
    PartnerAssocFlow flow(b.backend.get(),
                          QString::fromLatin1(demo::cast::ResellerInvitationToken));
    QVERIFY(await(flow.loadInvitation()).ok());
    QCOMPARE(flow.invitation()->partner.enterpriseName,
             QString::fromLatin1(demo::cast::ResellerPartnerName));
    QVERIFY(flow.loginAllowed());
    flow.setInstructionsAccepted(true);
    flow.setRegisterNew(false);
    QVERIFY(flow.messages(PartnerAssocFlow::InstructionsPage).isEmpty());
    flow.setAccountName(QString::fromLatin1(demo::cast::PartnerCandidateLogin));
    flow.setLoginPassword(QString::fromLatin1(demo::cast::Password));
    QVERIFY(await(flow.checkLogin(u"test-console"_s)).ok());
    // The three documents are the backend's condition too.
    QVERIFY(!await(flow.associate()).ok());
    QCOMPARE(refusalOf(flow, u"documentsAccepted"_s), u"R-PTN-5:documentsAccepted:required"_s);
    flow.setDocumentsAccepted(true);
    QVERIFY(await(flow.associate()).ok());
    QCOMPARE(flow.result()->account.accountId, flow.login()->accountId);
    QVERIFY(flow.result()->partner.status == PartnerStatus::Frozen); // R-PTN-1
    QVERIFY(!flow.result()->partner.authorized); // the Letter of Authorization not given
    // A second association of the same account: R-PTN-3 (a partner already).
    PartnerAssocFlow again(b.backend.get(),
                           QString::fromLatin1(demo::cast::ResellerInvitationToken));
    QVERIFY(await(again.loadInvitation()).ok());
    again.setInstructionsAccepted(true);
    again.setRegisterNew(false);
    again.setAccountName(QString::fromLatin1(demo::cast::PartnerCandidateLogin));
    again.setLoginPassword(QString::fromLatin1(demo::cast::Password));
    again.setDocumentsAccepted(true);
    QVERIFY(!await(again.associate()).ok());
    QVERIFY(again.failedConditions().contains(u"partnerAssociated"_s));
}

void TestPartnerFlow::conditionsInWords()
{
    // Every spelling of R-PTN-2/3/4 has its own words; details are formatted.
    const QStringList spellings = {u"chineseMainlandSite"_s,
                                   u"partnerAssociated"_s,
                                   u"specialContract"_s,
                                   u"registeredOver7Days"_s,
                                   u"cashSpending"_s,
                                   u"unpaidBills"_s,
                                   u"unifiedMaster"_s,
                                   u"professionalContract"_s,
                                   u"reservedInstances"_s,
                                   u"memberAccount"_s,
                                   u"independentMembers"_s,
                                   u"masterOrMember"_s,
                                   u"arrears"_s,
                                   u"partnerSupportPlan"_s,
                                   u"noCurrency"_s,
                                   u"ordersAwaitingPartner"_s,
                                   u"requestedWithin3Months"_s};
    QSet<QString> texts;
    for (const QString &s : spellings) {
        const QString text = PartnerText::conditionText(s, {}, QTimeZone::utc());
        QVERIFY2(text != s && !text.startsWith(s + u':'), qPrintable(s)); // not the fallback
        texts.insert(text);
    }
    QCOMPARE(texts.size(), spellings.size());
    QVERIFY(PartnerText::conditionText(u"arrears"_s, u"1280.50"_s, QTimeZone::utc())
                .contains(u"1,280.50"_s));
    QVERIFY(PartnerText::conditionText(u"requestedWithin3Months"_s, u"2026-08-20T02:00:00Z"_s,
                                       QTimeZone(8 * 3600))
                .contains(u"2026-08-20 10:00"_s));
    Error refusal = makeError(u"R-PTN-3"_s, {}, u"specialContract"_s);
    QCOMPARE(PartnerText::failedConditions(refusal), QStringList{u"specialContract"_s});
    refusal.args.insert(u"failed"_s, QStringList{u"specialContract"_s, u"unpaidBills"_s});
    QCOMPARE(PartnerText::failedConditions(refusal),
             (QStringList{u"specialContract"_s, u"unpaidBills"_s}));
    refusal.args.insert(u"failed"_s, QVariantList{u"cashSpending"_s});
    QCOMPARE(PartnerText::failedConditions(refusal), QStringList{u"cashSpending"_s});
}

void TestPartnerFlow::operationLogDetailsInWords_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("shown");
    QTest::newRow("model") << u"associated"_s << u"reseller"_s << u"Reseller"_s;
    QTest::newRow("no detail") << u"authorized"_s << QString() << QString();
    QTest::newRow("budget") << u"budgetSet"_s << u"20000.00"_s << u"¥20,000.00"_s;
    // R-PTN-1: why the partner withdrew the budget, as the checks' condition says it.
    QTest::newRow("withdrawn over arrears") << u"budgetWithdrawn"_s << u"arrears 1280.50"_s
                                            << u"The account is in arrears: ¥1,280.50."_s;
    QTest::newRow("withdrawn, an amount") << u"budgetWithdrawn"_s << u"1280.50"_s << u"¥1,280.50"_s;
    // R-PTN-7: whose request was agreed or refused.
    QTest::newRow("agreed") << u"disassociated"_s << u"customer"_s
                            << u"Requested by the customer"_s;
    QTest::newRow("refused") << u"disassociationRefused"_s << u"partner"_s
                             << u"Requested by the partner"_s;
    // A partner's reason stays as it was written, even one that reads as a spelling.
    QTest::newRow("reason") << u"disassociationRequested"_s << u"The agreement ended"_s
                            << u"The agreement ended"_s;
    QTest::newRow("reason that is a spelling")
        << u"disassociationRequested"_s << u"reseller"_s << u"reseller"_s;
}

// The Operation Log's Details column in words (English here; test_partner_panel reads the
// dialog in both languages).
void TestPartnerFlow::operationLogDetailsInWords()
{
    QFETCH(QString, operation);
    QFETCH(QString, detail);
    QFETCH(QString, shown);
    const PartnerLogEntry entry{QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc()), operation,
                                u"partner"_s, detail};
    QCOMPARE(PartnerText::logDetail(entry, QTimeZone::utc()), shown);
}

QTEST_GUILESS_MAIN(TestPartnerFlow)
#include "test_partner_flow.moc"
