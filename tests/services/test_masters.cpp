// Enterprise master accounts through the asynchronous Backend (my-account.md §1.1 item 5, §7.1,
// D.2 D-MASTER-REQUEST, D.3 My Master Account; R-MST-1..3): who may invite whom; the member
// accepting (the Account Management Agreement ticked) or rejecting an invitation and a
// cancellation; both accounts' details; the member suspended with its master; the closing
// checks reading every live link; two answers racing — on private copies of the demo story,
// each refusal changing nothing.

#include "DomainPrinting.h"
#include "TestSupport.h"
#include "services/DemoStoryData.h"
#include "store/HuaweiAccountRepository.h"

using namespace oc;
using namespace oc::test;
using namespace Qt::StringLiterals;

class TestMasters : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { OC_REQUIRE_STORE(); }
    void R_MST_2_onlyAQualifiedMasterInvites();
    void R_MST_1_invitationRejectedThenAccepted();
    void R_MST_1_cancellationRejectedThenAccepted();
    void R_MST_3_memberSuspendedWithItsMaster();
    void R_CLS_1_everyLiveLinkCounts();
    void R_MST_1_twoAnswersRaceOneWins();
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

template<class T>
QString errorText(const Result<T> &result)
{
    return result.ok() ? u"(accepted)"_s : result.error().toString();
}

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

QStringList membersOf(const HuaweiAccountDetail &detail)
{
    QStringList list;
    for (const MasterLink &l : detail.members)
        list << l.memberAccountId + u':' + oc::toString<MasterLinkStatus>(l.status);
    return list;
}

// Both accounts' details (their traces aside: a refusal is journaled).
struct Snapshot
{
    HuaweiAccountDetail master;
    HuaweiAccountDetail member;
    qint64 outbox = 0;
    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(TestBackend &b, const QString &masterId, const QString &memberId)
{
    Snapshot s{detailOf(b, masterId), detailOf(b, memberId), count(*b.backend, view::Outbox)};
    s.master.traces.clear();
    s.member.traces.clear();
    return s;
}

void setServices(TestBackend &b, const QString &accountId, ServicesStatus status)
{
    auto db = openStore(b.database());
    const QDateTime at = ClockSteps::demoStart();
    const bool closed = status != ServicesStatus::Enabled;
    store::HuaweiAccountRepository(*db).setServices(accountId, status, closed ? at : QDateTime(),
                                                    closed ? at.addDays(90) : QDateTime());
}

} // namespace

void TestMasters::R_MST_2_onlyAQualifiedMasterInvites()
{
    TestBackend b(true);
    const QString group = demoAccount(b, demo::cast::MasterLogin);
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    const QString lianyun = demoAccount(b, demo::cast::BuyerLogin);
    const QString hengtai = demoAccount(b, demo::cast::PendingLogin);
    const Snapshot before = snapshot(b, group, zhou);
    // The master: an enterprise account ...
    QCOMPARE(refusal(await(b->inviteMember({zhou, lianyun, MasterAccounting::Unified}))),
             err("R-MST-2", "masterAccountId", "notEnterprise"));
    // ... authenticated ...
    QCOMPARE(refusal(await(b->inviteMember({hengtai, zhou, MasterAccounting::Unified}))),
             err("R-MST-2", "masterAccountId", "notAuthenticated"));
    // ... with Enterprise Center on (a simulated condition) ...
    QCOMPARE(refusal(await(b->inviteMember({lianyun, zhou, MasterAccounting::Unified}))),
             err("R-MST-2", "masterAccountId", "noEnterpriseCenter"));
    // ... and not in the Cloud Solution Provider Program.
    setConditions(b, lianyun, [](AccountConditions &c) {
        c.enterpriseCenter = c.cloudSolutionProvider = true;
    });
    QCOMPARE(refusal(await(b->inviteMember({lianyun, zhou, MasterAccounting::Unified}))),
             err("R-MST-2", "masterAccountId", "cloudSolutionProvider"));
    // The member: another account, not linked yet, not a master with members itself.
    QCOMPARE(refusal(await(b->inviteMember({group, group, MasterAccounting::Unified}))),
             err("R-MST-2", "memberAccountId", "sameAccount"));
    const QString robotics = demoAccount(b, demo::cast::InvitedMemberLogin);
    const QString zhizao = demoAccount(b, demo::cast::AssociatedMemberLogin);
    auto linked = await(b->inviteMember({group, robotics, MasterAccounting::Unified}));
    QCOMPARE(refusal(linked), err("R-MST-2", "memberAccountId", "alreadyLinked"));
    QCOMPARE(linked.error().args.value(u"status"_s).toString(), u"invited"_s);
    setConditions(b, lianyun, [](AccountConditions &c) { c.cloudSolutionProvider = false; });
    linked = await(b->inviteMember({lianyun, zhizao, MasterAccounting::Unified}));
    QCOMPARE(refusal(linked), err("R-MST-2", "memberAccountId", "alreadyLinked"));
    QCOMPARE(linked.error().args.value(u"masterAccountId"_s).toString(), group);
    const auto masterWithMembers =
        await(b->inviteMember({lianyun, group, MasterAccounting::Unified}));
    QCOMPARE(refusal(masterWithMembers), err("R-MST-2", "memberAccountId", "masterWithMembers"));
    QCOMPARE(masterWithMembers.error().args.value(u"members"_s).toInt(), 2);
    // Ids first.
    QCOMPARE(refusal(await(b->inviteMember({group, u"0123"_s, MasterAccounting::Unified}))),
             err("R-ID-1", "memberAccountId", "format"));
    QCOMPARE(refusal(await(b->inviteMember({QString(), zhou, MasterAccounting::Unified}))),
             err("E-REQUIRED", "masterAccountId", "required"));
    QCOMPARE(refusal(await(b->inviteMember(
                 {group, u"0123456789abcdef0123456789abcdef"_s, MasterAccounting::Unified}))),
             err("E-NOT-FOUND", "memberAccountId", "huaweiAccount"));
    Snapshot after = snapshot(b, group, zhou);
    QCOMPARE(after, before);
    QCOMPARE(journalCount(b, "inviteMember", zhou, u"R-MST-2"_s), 3);
}

void TestMasters::R_MST_1_invitationRejectedThenAccepted()
{
    TestBackend b(true);
    const QString group = demoAccount(b, demo::cast::MasterLogin);
    const QString robotics = demoAccount(b, demo::cast::InvitedMemberLogin);
    // (12)'s invitation, as My Master Account shows it.
    HuaweiAccountDetail member = detailOf(b, robotics);
    QVERIFY(member.master);
    QCOMPARE(member.master->masterAccountId, group);
    QCOMPARE(member.master->masterName, u"Zhejiang Xinghe Holding Group Co., Ltd."_s);
    QCOMPARE(member.master->memberName, u"Hangzhou Xinghe Robotics Co., Ltd."_s);
    QVERIFY(member.master->status == MasterLinkStatus::Invited);
    QVERIFY(member.master->requestedAt.isValid());
    QVERIFY(!member.master->associatedAt.isValid());
    QVERIFY(member.members.isEmpty());
    // Accepting needs the agreement (R-MST-2); rejecting does not.
    const Snapshot before = snapshot(b, group, robotics);
    QCOMPARE(refusal(await(b->answerMasterRequest({robotics, true, false}))),
             err("R-MST-2", "agreementAccepted", "required"));
    QCOMPARE(snapshot(b, group, robotics), before);
    const auto rejected = await(b->answerMasterRequest({robotics, false, false}));
    QVERIFY2(rejected.ok(), qPrintable(errorText(rejected)));
    QVERIFY(rejected->status == MasterLinkStatus::Rejected);
    QVERIFY(!detailOf(b, robotics).master);
    QVERIFY(!membersOf(detailOf(b, group)).contains(robotics + u":invited"_s));
    QCOMPARE(refusal(await(b->answerMasterRequest({robotics, false, false}))),
             err("R-MST-1", "memberAccountId", "nothingPending"));
    QCOMPARE(count(*b.backend, view::Outbox, {{column::Kind, u"masterRequestAnswered"_s}}), 2);

    // Invited again (independent accounting), accepted.
    const auto invited = await(b->inviteMember({group, robotics, MasterAccounting::Independent}));
    QVERIFY2(invited.ok(), qPrintable(errorText(invited)));
    QVERIFY(invited->status == MasterLinkStatus::Invited);
    QVERIFY(invited->accounting == MasterAccounting::Independent);
    QCOMPARE(
        count(*b.backend, view::Outbox,
              {{column::Destination, member.account.email}, {column::Kind, u"memberInvitation"_s}}),
        2);
    const auto accepted = await(b->answerMasterRequest({robotics, true, true}));
    QVERIFY2(accepted.ok(), qPrintable(errorText(accepted)));
    QVERIFY(accepted->status == MasterLinkStatus::Associated);
    QVERIFY(accepted->associatedAt.isValid());
    member = detailOf(b, robotics);
    QVERIFY(member.master == std::optional<MasterLink>(*accepted));
    const QStringList members = membersOf(detailOf(b, group));
    QVERIFY2(members.contains(robotics + u":associated"_s), qPrintable(members.join(u' ')));
    QCOMPARE(journalCount(b, "answerMasterRequest", robotics), 2);
}

void TestMasters::R_MST_1_cancellationRejectedThenAccepted()
{
    TestBackend b(true);
    const QString group = demoAccount(b, demo::cast::MasterLogin);
    const QString zhizao = demoAccount(b, demo::cast::AssociatedMemberLogin);
    const QString robotics = demoAccount(b, demo::cast::InvitedMemberLogin);
    const QString lianyun = demoAccount(b, demo::cast::BuyerLogin);
    // Only the member's own master asks (R-MST-2), and only of an association.
    QCOMPARE(refusal(await(b->requestMemberCancellation(lianyun, zhizao))),
             err("R-MST-2", "masterAccountId", "notMaster"));
    const auto invited = await(b->requestMemberCancellation(group, robotics));
    QCOMPARE(refusal(invited), err("R-MST-1", "memberAccountId", "notAssociated"));
    QCOMPARE(invited.error().args.value(u"status"_s).toString(), u"invited"_s);

    auto asked = await(b->requestMemberCancellation(group, zhizao));
    QVERIFY2(asked.ok(), qPrintable(errorText(asked)));
    QVERIFY(asked->status == MasterLinkStatus::CancellationRequested);
    QVERIFY(asked->associatedAt.isValid());
    QCOMPARE(refusal(await(b->requestMemberCancellation(group, zhizao))),
             err("R-MST-1", "memberAccountId", "notAssociated"));
    QVERIFY(detailOf(b, zhizao).master->status == MasterLinkStatus::CancellationRequested);
    QCOMPARE(count(*b.backend, view::Outbox, {{column::Kind, u"memberCancellationRequested"_s}}),
             1);
    // Rejected: still associated.
    auto answered = await(b->answerMasterRequest({zhizao, false, false}));
    QVERIFY2(answered.ok(), qPrintable(errorText(answered)));
    QVERIFY(answered->status == MasterLinkStatus::Associated);
    // Asked again and accepted (the agreement ticked): no master any more.
    QVERIFY(await(b->requestMemberCancellation(group, zhizao)).ok());
    QCOMPARE(refusal(await(b->answerMasterRequest({zhizao, true, false}))),
             err("R-MST-2", "agreementAccepted", "required"));
    answered = await(b->answerMasterRequest({zhizao, true, true}));
    QVERIFY2(answered.ok(), qPrintable(errorText(answered)));
    QVERIFY(answered->status == MasterLinkStatus::Cancelled);
    QVERIFY(!detailOf(b, zhizao).master);
    QVERIFY(!membersOf(detailOf(b, group)).join(u' ').contains(zhizao));
    QCOMPARE(refusal(await(b->requestMemberCancellation(group, zhizao))),
             err("R-MST-2", "masterAccountId", "notMaster"));
    QCOMPARE(journalCount(b, "requestMemberCancellation", zhizao), 2);
    // Free again: another master may invite it.
    setConditions(b, lianyun, [](AccountConditions &c) { c.enterpriseCenter = true; });
    QVERIFY(await(b->inviteMember({lianyun, zhizao, MasterAccounting::Unified})).ok());
}

void TestMasters::R_MST_3_memberSuspendedWithItsMaster()
{
    TestBackend b(true);
    const QString group = demoAccount(b, demo::cast::MasterLogin);
    const QString zhizao = demoAccount(b, demo::cast::AssociatedMemberLogin);
    const QString robotics = demoAccount(b, demo::cast::InvitedMemberLogin);
    const PurchaseRequest buy{zhizao, ProductKind::StoredValueCard, 1, true};
    QVERIFY(await(b->purchase(buy)).ok());
    // The master's services closed (W-CLOSE refuses a master with members: set directly).
    setServices(b, group, ServicesStatus::Closed);
    const qint64 orders = count(*b.backend, view::Orders);
    const auto refused = await(b->purchase(buy));
    QCOMPARE(refusal(refused), err("R-MKT-1", "accountId", "suspendedWithMaster"));
    QCOMPARE(refused.error().args.value(u"masterName"_s).toString(),
             u"Zhejiang Xinghe Holding Group Co., Ltd."_s);
    QCOMPARE(count(*b.backend, view::Orders), orders);
    // An invitation not accepted is no link in effect.
    QVERIFY(await(b->purchase({robotics, ProductKind::StoredValueCard, 1, true})).ok());
    setServices(b, group, ServicesStatus::Disabled);
    QCOMPARE(refusal(await(b->purchase(buy))), err("R-MKT-1", "accountId", "suspendedWithMaster"));
    // A cancellation requested is still an association.
    setServices(b, group, ServicesStatus::Enabled);
    QVERIFY(await(b->requestMemberCancellation(group, zhizao)).ok());
    setServices(b, group, ServicesStatus::Closed);
    QCOMPARE(refusal(await(b->purchase(buy))), err("R-MKT-1", "accountId", "suspendedWithMaster"));
    QVERIFY(await(b->answerMasterRequest({zhizao, true, true})).ok());
    QVERIFY(await(b->purchase(buy)).ok());
}

void TestMasters::R_CLS_1_everyLiveLinkCounts()
{
    TestBackend b(true);
    const QString group = demoAccount(b, demo::cast::MasterLogin);
    const QString zhizao = demoAccount(b, demo::cast::AssociatedMemberLogin);
    QVERIFY(await(b->requestMemberCancellation(group, zhizao)).ok());
    // A cancellation requested, not answered yet: both sides still fail the Account Check.
    auto check = await(b->closingCheck(zhizao));
    QVERIFY(check.ok());
    bool master = false;
    for (const ClosingFailure &f : check->failures)
        master = master || f.condition == u"masterAccount";
    QVERIFY(master);
    check = await(b->closingCheck(group));
    QVERIFY(check.ok());
    QString members;
    for (const ClosingFailure &f : check->failures)
        if (f.condition == u"memberAccounts")
            members = f.detail;
    QCOMPARE(members, u"2"_s); // (12) invited, (16) cancellation requested
    QVERIFY(await(b->answerMasterRequest({zhizao, true, true})).ok());
    check = await(b->closingCheck(zhizao));
    for (const ClosingFailure &f : check->failures)
        QVERIFY(f.condition != u"masterAccount");
}

// The member's two answers at once from two consoles: exactly one wins.
void TestMasters::R_MST_1_twoAnswersRaceOneWins()
{
    TestBackend b(true);
    const std::unique_ptr<Backend> other = b.openSecondBackend();
    QVERIFY(other);
    const QString robotics = demoAccount(b, demo::cast::InvitedMemberLogin);
    auto accept = b->answerMasterRequest({robotics, true, true});
    auto reject = other->answerMasterRequest({robotics, false, false});
    const auto first = await(accept);
    const auto second = await(reject);
    QVERIFY2(first.ok() != second.ok(), qPrintable(errorText(first) + u'/' + errorText(second)));
    QCOMPARE(refusal(first.ok() ? second : first),
             err("R-MST-1", "memberAccountId", "nothingPending"));
    const auto link = detailOf(b, robotics).master;
    QCOMPARE(bool(link), first.ok());
}

void TestMasters::R_AUD_1_R_AUD_2_journaledWithoutCtsTraces()
{
    TestBackend b(true);
    const QString group = demoAccount(b, demo::cast::MasterLogin);
    const QString zhou = demoAccount(b, demo::cast::IndividualLogin);
    setConditions(b, zhou, [](AccountConditions &c) { c.ctsEnabled = true; });
    const qint64 traces = count(*b.backend, view::CtsTraces);
    QVERIFY(await(b->inviteMember({group, zhou, MasterAccounting::Unified})).ok());
    QVERIFY(await(b->answerMasterRequest({zhou, true, true})).ok());
    QVERIFY(await(b->requestMemberCancellation(group, zhou)).ok());
    QVERIFY(await(b->answerMasterRequest({zhou, true, true})).ok());
    QCOMPARE(journalCount(b, "inviteMember", zhou), 1);
    QCOMPARE(journalCount(b, "answerMasterRequest", zhou), 2);
    QCOMPARE(journalCount(b, "requestMemberCancellation", zhou), 1);
    QCOMPARE(count(*b.backend, view::CtsTraces), traces);
}

void TestMasters::demoStory()
{
    TestBackend b(true);
    const QString group = demoAccount(b, demo::cast::MasterLogin);
    const HuaweiAccountDetail master = detailOf(b, group);
    QVERIFY(!master.master);
    QCOMPARE(master.members.size(), 2);
    const auto conditions = await(b->accountConditions(group));
    QVERIFY(conditions.ok() && conditions->enterpriseCenter);
    const auto zhizao = detailOf(b, demoAccount(b, demo::cast::AssociatedMemberLogin)).master;
    QVERIFY(zhizao);
    QVERIFY(zhizao->status == MasterLinkStatus::Associated);
    QVERIFY(zhizao->accounting == MasterAccounting::Unified);
    QVERIFY(zhizao->associatedAt.isValid());
    QVERIFY(zhizao->requestedAt < zhizao->associatedAt);
}

QTEST_MAIN(TestMasters)
#include "test_masters.moc"
