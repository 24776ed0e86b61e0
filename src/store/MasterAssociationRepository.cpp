#include "MasterAssociationRepository.h"

namespace oc::store {

using namespace Qt::StringLiterals;

namespace {

MasterAssociation read(const SqlQuery &q)
{
    return MasterAssociation{q.text(0), q.text(1), q.text(2), timeFromDb(q.value(3))};
}

} // namespace

void MasterAssociationRepository::insert(const MasterAssociation &a)
{
    SqlQuery(m_db, u"INSERT INTO master_associations (member_account_id, master_account_id, "
                   "status, since) VALUES (:member, :master, :status, :since)"_s)
        .bind(u":member"_s, a.memberAccountId)
        .bind(u":master"_s, a.masterAccountId)
        .bind(u":status"_s, a.status)
        .bind(u":since"_s, toDb(a.since))
        .exec();
}

std::optional<MasterAssociation> MasterAssociationRepository::ofMember(const QString &memberId)
{
    SqlQuery q(m_db, u"SELECT member_account_id, master_account_id, status, since FROM "
                     "master_associations WHERE member_account_id = :id"_s);
    q.bind(u":id"_s, memberId).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

std::optional<MasterAssociation>
MasterAssociationRepository::pendingInvitation(const QString &accountId)
{
    SqlQuery q(m_db, u"SELECT member_account_id, master_account_id, status, since FROM "
                     "master_associations WHERE status = 'invited' AND (member_account_id = :a "
                     "OR master_account_id = :b) ORDER BY CASE WHEN member_account_id = :c "
                     "THEN 0 ELSE 1 END, member_account_id LIMIT 1"_s);
    q.bind(u":a"_s, accountId).bind(u":b"_s, accountId).bind(u":c"_s, accountId).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

QStringList MasterAssociationRepository::associatedMembers(const QString &masterId)
{
    SqlQuery q(m_db, u"SELECT member_account_id FROM master_associations WHERE "
                     "master_account_id = :id AND status IN ('associated', "
                     "'cancellation_requested') ORDER BY member_account_id"_s);
    q.bind(u":id"_s, masterId).exec();
    return q.texts();
}

namespace {

const QString LinkColumns = u"member_account_id, master_account_id, status, since, accounting, "
                            "requested_at, associated_at"_s;

MasterLinkRow readLink(const SqlQuery &q)
{
    MasterLinkRow r;
    r.memberAccountId = q.text(0);
    r.masterAccountId = q.text(1);
    r.status = enumOr(q.text(2), MasterLinkStatus::Rejected);
    r.since = timeFromDb(q.value(3));
    r.accounting = enumOr(q.text(4), MasterAccounting::Unified);
    r.requestedAt = timeFromDb(q.value(5));
    r.associatedAt = timeFromDb(q.value(6));
    return r;
}

} // namespace

std::optional<MasterLinkRow> MasterAssociationRepository::link(const QString &memberAccountId)
{
    SqlQuery q(m_db, u"SELECT "_s + LinkColumns +
                         u" FROM master_associations WHERE member_account_id = :id"_s);
    q.bind(u":id"_s, memberAccountId).exec();
    if (!q.next())
        return std::nullopt;
    return readLink(q);
}

QList<MasterLinkRow> MasterAssociationRepository::liveLinksOf(const QString &masterId)
{
    SqlQuery q(m_db, u"SELECT "_s + LinkColumns +
                         u" FROM master_associations WHERE master_account_id = :id AND status "
                         "IN ('invited', 'associated', 'cancellation_requested') ORDER BY "
                         "member_account_id"_s);
    q.bind(u":id"_s, masterId).exec();
    QList<MasterLinkRow> links;
    while (q.next())
        links << readLink(q);
    return links;
}

void MasterAssociationRepository::invite(const MasterLinkRow &l)
{
    // An ended link gives way to the new invitation; a live one stays, and the insert then
    // meets the member's key.
    SqlQuery(m_db, u"DELETE FROM master_associations WHERE member_account_id = :id AND status "
                   "IN ('rejected', 'cancelled')"_s)
        .bind(u":id"_s, l.memberAccountId)
        .exec();
    SqlQuery(m_db, u"INSERT INTO master_associations ("_s + LinkColumns +
                       u") VALUES (:member, :master, :status, :since, :accounting, "
                       ":requested, :associated)"_s)
        .bind(u":member"_s, l.memberAccountId)
        .bind(u":master"_s, l.masterAccountId)
        .bind(u":status"_s, toString(l.status))
        .bind(u":since"_s, toDb(l.since))
        .bind(u":accounting"_s, toString(l.accounting))
        .bind(u":requested"_s, toDb(l.requestedAt))
        .bind(u":associated"_s, toDb(l.associatedAt))
        .exec();
}

void MasterAssociationRepository::update(const MasterLinkRow &l)
{
    SqlQuery(m_db, u"UPDATE master_associations SET status = :status, since = :since, "
                   "requested_at = :requested, associated_at = :associated WHERE "
                   "member_account_id = :member"_s)
        .bind(u":status"_s, toString(l.status))
        .bind(u":since"_s, toDb(l.since))
        .bind(u":requested"_s, toDb(l.requestedAt))
        .bind(u":associated"_s, toDb(l.associatedAt))
        .bind(u":member"_s, l.memberAccountId)
        .exec();
}

} // namespace oc::store
