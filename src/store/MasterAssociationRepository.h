#pragma once

#include "Database.h"
#include "core/Domain.h"

#include <optional>

namespace oc::store {

// Enterprise master and member accounts (my-account.md §1.1 item 5, §4.3.1, §4.5.1, §7.1):
// a member has at most one master, by invitation ('invited'), then 'associated' once it
// accepted (or 'rejected'); an association the master asks to cancel is
// 'cancellation_requested' until the member's answer ('cancelled', or 'associated' again).
struct MasterAssociation
{
    QString memberAccountId;
    QString masterAccountId;
    QString status; // core/Domain.h MasterLinkStatus spellings
    QDateTime since;
};

// A member's link with all schema 17 keeps of it (R-MST-1..3).
struct MasterLinkRow
{
    QString memberAccountId;
    QString masterAccountId;
    MasterLinkStatus status = MasterLinkStatus::Invited;
    QDateTime since; // of the status
    MasterAccounting accounting = MasterAccounting::Unified;
    QDateTime requestedAt;  // the pending invitation's or cancellation's (or the last answer's)
    QDateTime associatedAt; // invalid until accepted
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
    // R-AUTH-9, R-AUTH-5: the members associated with master account `masterId` (a
    // cancellation requested and not answered yet is still an association).
    QStringList associatedMembers(const QString &masterId);

    // R-MST-1..3 (schema 17): the member's link, whatever its status.
    std::optional<MasterLinkRow> link(const QString &memberAccountId);
    // The links naming `masterId` as master, invited, associated or cancellation requested,
    // by member id.
    QList<MasterLinkRow> liveLinksOf(const QString &masterId);
    // A new invitation (R-MST-2): inserted, or replacing the member's ended link (rejected or
    // cancelled). A live link of the member is the unique key's: StoreError Unique.
    void invite(const MasterLinkRow &link);
    // The member's link now in `status` since `at`; `requestedAt` and `associatedAt` as given.
    void update(const MasterLinkRow &link);

private:
    Database &m_db;
};

} // namespace oc::store
