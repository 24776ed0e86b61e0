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
                     "master_account_id = :id AND status = 'associated' ORDER BY "
                     "member_account_id"_s);
    q.bind(u":id"_s, masterId).exec();
    return q.texts();
}

} // namespace oc::store
