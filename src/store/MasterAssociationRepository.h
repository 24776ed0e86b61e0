#pragma once

#include "Database.h"

#include <optional>

namespace oc::store {

// Enterprise master and member accounts (my-account.md §1.1 item 5, §4.3.1, §4.5.1, §7.1):
// a member has at most one master, by invitation ('invited'), then 'associated' once it
// accepted (or 'rejected').
struct MasterAssociation
{
    QString memberAccountId;
    QString masterAccountId;
    QString status; // invited, associated, rejected
    QDateTime since;
};

class MasterAssociationRepository
{
public:
    explicit MasterAssociationRepository(Database &db)
        : m_db(db)
    {}
    void insert(const MasterAssociation &association);
    // The account's own association as a member, whatever its status.
    std::optional<MasterAssociation> ofMember(const QString &memberAccountId);
    // R-AUTH-5: an invitation not accepted yet that names the account as master or as member
    // (the one found first, members before masters).
    std::optional<MasterAssociation> pendingInvitation(const QString &accountId);
    // R-AUTH-9, R-AUTH-5: the members associated with master account `masterId`.
    QStringList associatedMembers(const QString &masterId);

private:
    Database &m_db;
};

} // namespace oc::store
