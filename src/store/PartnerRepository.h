#pragma once

#include "Database.h"
#include "core/Domain.h"

#include <optional>

namespace oc::store {

// One contact card of a partner (my-account.md §6.2.1).
struct PartnerContactRow
{
    QString role;
    QString email;
    QString mobile;
    QString telephone;
};

// A partner's invitation link / QR code (R-PTN-5) and the profile its customers see.
struct PartnerInvitationRow
{
    QString token;
    QString enterpriseName;
    QString information;
    QString website;
    PartnerModel model = PartnerModel::Reseller;
    bool online = true;
    QDateTime createdAt;
    QList<PartnerContactRow> contacts;
};

// An account's partner association (R-PTN-1, R-PTN-6, R-PTN-7) as the store keeps it.
struct PartnerAssociationRow
{
    QString accountId;
    QString partnerName;
    PartnerModel model = PartnerModel::Referral;
    PartnerStatus status = PartnerStatus::Associated;
    QDateTime since;
    QString invitationToken; // empty: an association of schema 16 or earlier (no profile)
    bool authorized = false;
    std::optional<Fen> monthlyBudget;
    std::optional<DisassociationInitiator> pendingInitiator;
    QString pendingReason;
    QDateTime pendingRequestedAt;
    QDateTime lastCustomerRequestAt;
};

// One line of an association's Operation Log (R-PTN-7).
struct PartnerLogRow
{
    QDateTime at;
    QString operation; // core/Partners.h partner::log
    QString actor;     // customer, partner
    QString detail;
};

// Partners (my-account.md §6): invitations, associations, their Operation Log and the ended
// ones (history). An association is its account's (one at a time) and its `since`.
class PartnerRepository
{
public:
    explicit PartnerRepository(Database &db)
        : m_db(db)
    {}

    void insertInvitation(const PartnerInvitationRow &invitation);
    std::optional<PartnerInvitationRow> invitation(const QString &token);

    void insertAssociation(const PartnerAssociationRow &association);
    std::optional<PartnerAssociationRow> association(const QString &accountId);
    // R-PTN-1: the partner's monthly budget and the status it leaves (a frozen customer is
    // unfrozen; a pending disassociation stays pending).
    void setBudget(const QString &accountId, Fen budget, PartnerStatus status);
    // R-PTN-1: the budget taken back, the customer frozen again (the demo story's only).
    void withdrawBudget(const QString &accountId);
    // R-PTN-7: a disassociation request pending from `initiator`; a customer's also counts
    // for R-PTN-2's limit.
    void setPending(const QString &accountId, DisassociationInitiator initiator,
                    const QString &reason, const QDateTime &at);
    // R-PTN-7: the pending request refused; the association back in `status`.
    void clearPending(const QString &accountId, PartnerStatus status);
    // R-PTN-7: the pending request agreed: the association kept as history, then removed.
    void end(const QString &accountId, DisassociationInitiator initiator, const QDateTime &at);
    // How many associations of the account ended (history).
    int endedAssociations(const QString &accountId);

    void appendLog(const QString &accountId, const QDateTime &since, const PartnerLogRow &line);
    // The association's (account, since) Operation Log, newest first.
    QList<PartnerLogRow> log(const QString &accountId, const QDateTime &since);

private:
    Database &m_db;
};

} // namespace oc::store
