#include "MasterService.h"

#include "AuthenticationChecks.h"
#include "ConditionsService.h"
#include "core/Partners.h"
#include "core/Rules.h"
#include "core/Validators.h"
#include "store/HuaweiAccountRepository.h"
#include "store/MasterAssociationRepository.h"

namespace oc {

namespace {

using authcheck::refuse;

const auto AccountCenter = QString::fromLatin1(authcheck::AccountCenter);
const auto InviteOperation = QStringLiteral("inviteMember");
const auto CancellationOperation = QStringLiteral("requestMemberCancellation");
const auto AnswerOperation = QStringLiteral("answerMasterRequest");
const auto MasterField = QStringLiteral("masterAccountId");
const auto MemberField = QStringLiteral("memberAccountId");

Result<HuaweiAccount> accountIn(store::Database &db, const QString &accountId, const QString &field)
{
    const auto account = store::HuaweiAccountRepository(db).find(accountId);
    if (!account)
        return refuse(SystemError::NotFound, field, "huaweiAccount");
    return *account;
}

// The master's name as My Master Account shows it: its enterprise name (a master is an
// enterprise account, R-MST-2), or whatever names the account otherwise.
QString masterNameOf(const HuaweiAccount &account)
{
    return account.enterpriseName.isEmpty() ? account.displayName() : account.enterpriseName;
}

MasterLink linkOf(store::Database &db, const store::MasterLinkRow &row)
{
    store::HuaweiAccountRepository accounts(db);
    MasterLink link;
    link.masterAccountId = row.masterAccountId;
    link.memberAccountId = row.memberAccountId;
    if (const auto m = accounts.find(row.masterAccountId))
        link.masterName = masterNameOf(*m);
    if (const auto member = accounts.find(row.memberAccountId))
        link.memberName = member->displayName();
    link.status = row.status;
    link.accounting = row.accounting;
    link.requestedAt = row.requestedAt;
    link.associatedAt = row.associatedAt;
    return link;
}

// R-MST-2's facts of a master and a would-be member, inside the transaction.
master::MasterFacts factsOf(store::Database &db, const QString &masterId, const QString &memberId)
{
    const AccountConditions conditions = ConditionsService::of(db, masterId);
    master::MasterFacts facts;
    facts.enterpriseCenter = conditions.enterpriseCenter;
    facts.cloudSolutionProvider = conditions.cloudSolutionProvider;
    facts.memberMembers = int(store::MasterAssociationRepository(db).liveLinksOf(memberId).size());
    return facts;
}

} // namespace

std::optional<MasterLink> MasterService::masterOf(store::Database &db, const QString &accountId)
{
    const auto row = store::MasterAssociationRepository(db).link(accountId);
    if (!row || !master::live(row->status))
        return std::nullopt;
    return linkOf(db, *row);
}

QList<MasterLink> MasterService::membersOf(store::Database &db, const QString &accountId)
{
    QList<MasterLink> links;
    for (const store::MasterLinkRow &row :
         store::MasterAssociationRepository(db).liveLinksOf(accountId))
        links << linkOf(db, row);
    return links;
}

QString MasterService::suspendedMasterOf(store::Database &db, const QString &accountId)
{
    const auto row = store::MasterAssociationRepository(db).link(accountId);
    if (!row || !master::inEffect(row->status))
        return {};
    const auto m = store::HuaweiAccountRepository(db).find(row->masterAccountId);
    if (!m || (m->servicesStatus != ServicesStatus::Closed &&
               m->servicesStatus != ServicesStatus::Disabled))
        return {};
    return masterNameOf(*m);
}

Result<MasterLink> MasterService::inviteMember(const MasterInvitationRequest &r)
{
    const auto masterId = validate::huaweiAccountId(r.masterAccountId, MasterField);
    if (!masterId.ok())
        return masterId.error();
    const auto memberId = validate::huaweiAccountId(r.memberAccountId, MemberField);
    if (!memberId.ok())
        return memberId.error();
    return m_session.mutate<MasterLink>(
        InviteOperation, AccountCenter, *memberId, [&]() -> Result<MasterLink> {
            auto &db = m_session.db();
            const auto masterAccount = accountIn(db, *masterId, MasterField);
            if (!masterAccount.ok())
                return masterAccount.error();
            const auto member = accountIn(db, *memberId, MemberField);
            if (!member.ok())
                return member.error();
            if (auto problem =
                    master::linkRefusal(*masterAccount, *member, factsOf(db, *masterId, *memberId)))
                return *problem;
            store::MasterAssociationRepository links(db);
            if (const auto existing = links.link(*memberId);
                existing && master::live(existing->status))
                return refuse(rule::MST_2, MemberField, "alreadyLinked",
                              {{QStringLiteral("status"), toString(existing->status)},
                               {QStringLiteral("masterAccountId"), existing->masterAccountId}});
            const QDateTime now = m_session.now();
            store::MasterLinkRow row;
            row.memberAccountId = *memberId;
            row.masterAccountId = *masterId;
            row.status = MasterLinkStatus::Invited;
            row.since = now;
            row.accounting = r.accounting;
            row.requestedAt = now;
            links.invite(row);
            m_session.journal(InviteOperation, AccountCenter, *memberId, QStringLiteral("success"),
                              *masterId + QLatin1Char(' ') + toString(r.accounting));
            m_session.notify(*member, QStringLiteral("memberInvitation"),
                             {{QStringLiteral("masterName"), masterNameOf(*masterAccount)},
                              {QStringLiteral("accounting"), toString(r.accounting)}});
            return linkOf(db, row);
        });
}

Result<MasterLink> MasterService::requestMemberCancellation(const QString &masterInput,
                                                            const QString &memberInput)
{
    const auto masterId = validate::huaweiAccountId(masterInput, MasterField);
    if (!masterId.ok())
        return masterId.error();
    const auto memberId = validate::huaweiAccountId(memberInput, MemberField);
    if (!memberId.ok())
        return memberId.error();
    return m_session.mutate<MasterLink>(
        CancellationOperation, AccountCenter, *memberId, [&]() -> Result<MasterLink> {
            auto &db = m_session.db();
            const auto masterAccount = accountIn(db, *masterId, MasterField);
            if (!masterAccount.ok())
                return masterAccount.error();
            const auto member = accountIn(db, *memberId, MemberField);
            if (!member.ok())
                return member.error();
            store::MasterAssociationRepository links(db);
            auto row = links.link(*memberId);
            // R-MST-2: only the member's own master asks.
            if (!row || row->masterAccountId != *masterId || !master::live(row->status))
                return refuse(rule::MST_2, MasterField, "notMaster");
            if (row->status != MasterLinkStatus::Associated)
                return refuse(rule::MST_1, MemberField, "notAssociated",
                              {{QStringLiteral("status"), toString(row->status)}});
            const QDateTime now = m_session.now();
            row->status = MasterLinkStatus::CancellationRequested;
            row->since = now;
            row->requestedAt = now;
            links.update(*row);
            m_session.journal(CancellationOperation, AccountCenter, *memberId,
                              QStringLiteral("success"), *masterId);
            m_session.notify(*member, QStringLiteral("memberCancellationRequested"),
                             {{QStringLiteral("masterName"), masterNameOf(*masterAccount)}});
            return linkOf(db, *row);
        });
}

Result<MasterLink> MasterService::answerMasterRequest(const MasterAnswer &a)
{
    const auto memberId = validate::huaweiAccountId(a.memberAccountId, MemberField);
    if (!memberId.ok())
        return memberId.error();
    return m_session.mutate<MasterLink>(
        AnswerOperation, AccountCenter, *memberId, [&]() -> Result<MasterLink> {
            auto &db = m_session.db();
            const auto member = accountIn(db, *memberId, MemberField);
            if (!member.ok())
                return member.error();
            store::MasterAssociationRepository links(db);
            auto row = links.link(*memberId);
            const bool invitation = row && row->status == MasterLinkStatus::Invited;
            const bool cancellation = row && row->status == MasterLinkStatus::CancellationRequested;
            if (!invitation && !cancellation)
                return refuse(rule::MST_1, MemberField, "nothingPending");
            if (a.accept && !a.agreementAccepted)
                return refuse(rule::MST_2, QStringLiteral("agreementAccepted"), "required");
            const auto masterAccount = accountIn(db, row->masterAccountId, MasterField);
            if (!masterAccount.ok())
                return masterAccount.error();
            if (invitation && a.accept)
                if (auto problem = master::linkRefusal(
                        *masterAccount, *member, factsOf(db, row->masterAccountId, *memberId)))
                    return *problem;
            const QDateTime now = m_session.now();
            row->since = now;
            if (invitation) {
                row->status = a.accept ? MasterLinkStatus::Associated : MasterLinkStatus::Rejected;
                if (a.accept)
                    row->associatedAt = now;
            } else {
                row->status = a.accept ? MasterLinkStatus::Cancelled : MasterLinkStatus::Associated;
            }
            links.update(*row);
            const QString request =
                invitation ? QStringLiteral("invitation") : QStringLiteral("cancellation");
            m_session.journal(
                AnswerOperation, AccountCenter, *memberId, QStringLiteral("success"),
                (a.accept ? QStringLiteral("accepted ") : QStringLiteral("rejected ")) + request);
            m_session.notify(*masterAccount, QStringLiteral("masterRequestAnswered"),
                             {{QStringLiteral("memberName"), member->displayName()},
                              {QStringLiteral("request"), request},
                              {QStringLiteral("accepted"), a.accept}});
            return linkOf(db, *row);
        });
}

} // namespace oc
