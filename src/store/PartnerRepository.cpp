#include "PartnerRepository.h"

namespace oc::store {

using namespace Qt::StringLiterals;

namespace {

int flag(bool value)
{
    return value ? 1 : 0;
}

const QString AssociationColumns =
    u"account_id, partner_name, model, status, since, invitation_token, authorized, "
    "budget_fen, pending_initiator, pending_reason, pending_requested_at, "
    "last_customer_request_at"_s;

PartnerAssociationRow readAssociation(const SqlQuery &q)
{
    PartnerAssociationRow r;
    r.accountId = q.text(0);
    r.partnerName = q.text(1);
    r.model = enumOr(q.text(2), PartnerModel::Referral);
    r.status = enumOr(q.text(3), PartnerStatus::Associated);
    r.since = timeFromDb(q.value(4));
    r.invitationToken = q.text(5);
    r.authorized = q.integer(6) != 0;
    if (!q.value(7).isNull())
        r.monthlyBudget = Fen(q.integer(7));
    if (!q.value(8).isNull())
        r.pendingInitiator = enumOr(q.text(8), DisassociationInitiator::Customer);
    r.pendingReason = q.text(9);
    r.pendingRequestedAt = timeFromDb(q.value(10));
    r.lastCustomerRequestAt = timeFromDb(q.value(11));
    return r;
}

} // namespace

void PartnerRepository::insertInvitation(const PartnerInvitationRow &i)
{
    SqlQuery(m_db, u"INSERT INTO partner_invitations (token, enterprise_name, information, "
                   "website, model, online, created_at) VALUES (:token, :name, :info, :web, "
                   ":model, :online, :at)"_s)
        .bind(u":token"_s, i.token)
        .bind(u":name"_s, i.enterpriseName)
        .bind(u":info"_s, i.information)
        .bind(u":web"_s, i.website)
        .bind(u":model"_s, toString(i.model))
        .bind(u":online"_s, flag(i.online))
        .bind(u":at"_s, toDb(i.createdAt))
        .exec();
    int ordinal = 0;
    for (const PartnerContactRow &c : i.contacts)
        SqlQuery(m_db, u"INSERT INTO partner_contacts (token, ordinal, role, email, mobile, "
                       "telephone) VALUES (:token, :n, :role, :email, :mobile, :phone)"_s)
            .bind(u":token"_s, i.token)
            .bind(u":n"_s, ++ordinal)
            .bind(u":role"_s, c.role)
            .bind(u":email"_s, c.email)
            .bind(u":mobile"_s, c.mobile)
            .bind(u":phone"_s, c.telephone)
            .exec();
}

std::optional<PartnerInvitationRow> PartnerRepository::invitation(const QString &token)
{
    SqlQuery q(m_db, u"SELECT token, enterprise_name, information, website, model, online, "
                     "created_at FROM partner_invitations WHERE token = :token"_s);
    q.bind(u":token"_s, token).exec();
    if (!q.next())
        return std::nullopt;
    PartnerInvitationRow i;
    i.token = q.text(0);
    i.enterpriseName = q.text(1);
    i.information = q.text(2);
    i.website = q.text(3);
    i.model = enumOr(q.text(4), PartnerModel::Reseller);
    i.online = q.integer(5) != 0;
    i.createdAt = timeFromDb(q.value(6));
    SqlQuery c(m_db, u"SELECT role, email, mobile, telephone FROM partner_contacts WHERE "
                     "token = :token ORDER BY ordinal"_s);
    c.bind(u":token"_s, token).exec();
    while (c.next())
        i.contacts << PartnerContactRow{c.text(0), c.text(1), c.text(2), c.text(3)};
    return i;
}

void PartnerRepository::insertAssociation(const PartnerAssociationRow &a)
{
    SqlQuery(m_db, u"INSERT INTO partner_associations (account_id, partner_name, model, since, "
                   "status, budget_fen, invitation_token, authorized) VALUES (:id, :name, "
                   ":model, :since, :status, :budget, NULLIF(:token, ''), :authorized)"_s)
        .bind(u":id"_s, a.accountId)
        .bind(u":name"_s, a.partnerName)
        .bind(u":model"_s, toString(a.model))
        .bind(u":since"_s, toDb(a.since))
        .bind(u":status"_s, toString(a.status))
        .bind(u":budget"_s, a.monthlyBudget ? QVariant(a.monthlyBudget->value)
                                            : QVariant(QMetaType::fromType<qint64>()))
        .bind(u":token"_s, a.invitationToken)
        .bind(u":authorized"_s, flag(a.authorized))
        .exec();
}

std::optional<PartnerAssociationRow> PartnerRepository::association(const QString &accountId)
{
    SqlQuery q(m_db, u"SELECT "_s + AssociationColumns +
                         u" FROM partner_associations WHERE account_id = :id"_s);
    q.bind(u":id"_s, accountId).exec();
    if (!q.next())
        return std::nullopt;
    return readAssociation(q);
}

void PartnerRepository::setBudget(const QString &accountId, Fen budget, PartnerStatus status)
{
    SqlQuery(m_db, u"UPDATE partner_associations SET budget_fen = :budget, status = :status "
                   "WHERE account_id = :id"_s)
        .bind(u":budget"_s, budget.value)
        .bind(u":status"_s, toString(status))
        .bind(u":id"_s, accountId)
        .exec();
}

void PartnerRepository::withdrawBudget(const QString &accountId)
{
    SqlQuery(m_db, u"UPDATE partner_associations SET budget_fen = NULL, status = 'frozen' WHERE "
                   "account_id = :id"_s)
        .bind(u":id"_s, accountId)
        .exec();
}

void PartnerRepository::setPending(const QString &accountId, DisassociationInitiator initiator,
                                   const QString &reason, const QDateTime &at)
{
    SqlQuery(m_db, u"UPDATE partner_associations SET status = 'disassociating', "
                   "pending_initiator = :initiator, pending_reason = :reason, "
                   "pending_requested_at = :at WHERE account_id = :id"_s)
        .bind(u":initiator"_s, toString(initiator))
        .bind(u":reason"_s, reason)
        .bind(u":at"_s, toDb(at))
        .bind(u":id"_s, accountId)
        .exec();
    if (initiator == DisassociationInitiator::Customer)
        SqlQuery(m_db, u"UPDATE partner_associations SET last_customer_request_at = :at WHERE "
                       "account_id = :id"_s)
            .bind(u":at"_s, toDb(at))
            .bind(u":id"_s, accountId)
            .exec();
}

void PartnerRepository::clearPending(const QString &accountId, PartnerStatus status)
{
    SqlQuery(m_db, u"UPDATE partner_associations SET status = :status, pending_initiator = NULL, "
                   "pending_reason = '', pending_requested_at = NULL WHERE account_id = :id"_s)
        .bind(u":status"_s, toString(status))
        .bind(u":id"_s, accountId)
        .exec();
}

void PartnerRepository::end(const QString &accountId, DisassociationInitiator initiator,
                            const QDateTime &at)
{
    SqlQuery(m_db, u"INSERT INTO partner_association_history (account_id, partner_name, model, "
                   "invitation_token, since, ended_at, initiator) SELECT account_id, "
                   "partner_name, model, invitation_token, since, :at, :initiator FROM "
                   "partner_associations WHERE account_id = :id"_s)
        .bind(u":at"_s, toDb(at))
        .bind(u":initiator"_s, toString(initiator))
        .bind(u":id"_s, accountId)
        .exec();
    SqlQuery(m_db, u"DELETE FROM partner_associations WHERE account_id = :id"_s)
        .bind(u":id"_s, accountId)
        .exec();
}

int PartnerRepository::endedAssociations(const QString &accountId)
{
    SqlQuery q(m_db, u"SELECT COUNT(*) FROM partner_association_history WHERE account_id = :id"_s);
    q.bind(u":id"_s, accountId).exec();
    return q.next() ? int(q.integer(0)) : 0;
}

void PartnerRepository::appendLog(const QString &accountId, const QDateTime &since,
                                  const PartnerLogRow &line)
{
    SqlQuery(m_db, u"INSERT INTO partner_log (account_id, since, at, operation, actor, detail) "
                   "VALUES (:id, :since, :at, :operation, :actor, :detail)"_s)
        .bind(u":id"_s, accountId)
        .bind(u":since"_s, toDb(since))
        .bind(u":at"_s, toDb(line.at))
        .bind(u":operation"_s, line.operation)
        .bind(u":actor"_s, line.actor)
        .bind(u":detail"_s, line.detail)
        .exec();
}

QList<PartnerLogRow> PartnerRepository::log(const QString &accountId, const QDateTime &since)
{
    SqlQuery q(m_db, u"SELECT at, operation, actor, detail FROM partner_log WHERE account_id = "
                     ":id AND since = :since ORDER BY at DESC, log_id DESC"_s);
    q.bind(u":id"_s, accountId).bind(u":since"_s, toDb(since)).exec();
    QList<PartnerLogRow> lines;
    while (q.next())
        lines << PartnerLogRow{timeFromDb(q.value(0)), q.text(1), q.text(2), q.text(3)};
    return lines;
}

} // namespace oc::store
