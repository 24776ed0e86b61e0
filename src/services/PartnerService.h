#pragma once

#include "Session.h"
#include "contract/BackendTypes.h"
#include "core/Partners.h"

namespace oc {

// Partners (my-account.md §6, D.1 W-PARTNER-ASSOC, D.2 D-PARTNER-DISASSOC / D-PARTNER-PROCESS,
// D.3 My Partner; R-PTN-1..7). The operator acts as the partner: it makes invitation links
// (a token from the secure random source, even on a demo store), sets a reseller customer's
// monthly budget (which unfreezes it, R-PTN-1), asks to disassociate with a reason and
// answers the customer's requests. The customer associates through a link (registering a new
// HUAWEI ID, or logging in with an existing one through an online link only, R-PTN-5), is
// frozen when the model is reseller (R-PTN-1, R-PTN-6: MarketplaceService refuses its
// purchases), and asks to disassociate with the statement and an SMS code once D-PARTNER-
// DISASSOC's checks pass (R-PTN-2); the other side then agrees (the association ends: it is
// kept as history with its log) or refuses (the status it had comes back: frozen for a
// reseller's customer without a budget, associated otherwise).
//
// Every change is one transaction, journaled under resource type accountCenter (R-AUD-1; no
// CTS trace, R-AUD-2: Table 8-1 names none): createPartnerInvitation (resource type
// partnerInvitation, target the token; details the partner and model), associatePartner
// (details "<partner> <model>"), setPartnerBudget ("<CNY>"), requestPartnerDisassociation,
// partnerRequestDisassociation ("<reason>"), processPartnerDisassociation ("agreed by <side>" /
// "refused by <side>"); a refusal is journaled too. Each step also goes to the association's
// Operation Log (core/Partners.h partner::log, R-PTN-7). Outbox notices to the customer's
// HUAWEI ID email (or its mobile number without one): partnerAssociated {partnerName, model,
// frozen}, partnerBudgetSet {partnerName, monthlyBudget}, partnerDisassociationRequested
// {partnerName, reason} (the partner asks; the customer is to process it),
// partnerDisassociated {partnerName, initiator}, partnerDisassociationRefused {partnerName}
// (the partner refused the customer's request: "the customer is notified of the result").
//
// Refusals (rule, field, reason {args}), in the order they are checked. Calls naming an
// account: R-ID-1 accountId format (E-REQUIRED when empty), then E-NOT-FOUND accountId
// huaweiAccount.
// createPartnerInvitation:
//   E-REQUIRED  enterpriseName  required
//   E-TOO-LONG  enterpriseName / information / website / contacts[i].role|email|mobile|
//               telephone  tooLong {max}
//   E-INVALID   website         format           (spaces in it)
//   E-INVALID   contacts        tooMany {max}
//   R-ACC-1 / R-ACC-4 contacts[i].email / contacts[i].mobile  format (when given)
// partnerInvitation, associatePartner:
//   E-REQUIRED  token           required
//   E-NOT-FOUND token           partnerInvitation (also a token that cannot be one)
// associatePartner, then:
//   R-PTN-5     instructionsAccepted required
//   Register and Associate:
//   R-PTN-5     documentsAccepted required
//   the validators of countryRegion, email, code, password (SignUpService::prepare), R-ACC-1
//   email idTaken, R-VC-1 code … (the code sent to the email, purpose sign-up)
//   Log In and Associate:
//   R-PTN-5     registerNew     offlineInvitation (an existing account needs an online link)
//   E-REQUIRED  accountName / password required
//   R-PTN-5     documentsAccepted required
//   R-ACC-19    password        wrongPassword; R-ACC-19 accountName throttled {minutes};
//   R-CLS-2     accountName     disabled          (as D-LOGIN judges them)
//   R-ACC-16    accountId       servicesClosed    (closed services cannot associate)
//   Both:
//   R-PTN-3     accountId       <first condition> {failed: every failed condition}
//   R-PTN-4     accountId       <first condition> {failed}  (only reseller conditions failed)
// setPartnerBudget:
//   R-PTN-1     monthlyBudget   range {max}       (more than 0, at most MaxBudget)
//   R-PTN-1     accountId       noPartner / notReseller
// partnerDisassociationCheck: R-PTN-2 accountId noPartner
// requestPartnerDisassociation:
//   R-PTN-7     statementAccepted required
//   R-PTN-2     accountId       noPartner
//   R-PTN-7     accountId       pending {initiator}   (a request waits already)
//   R-PTN-2     accountId       <first condition> {failed, allowedFrom when within 3 months}
//   R-PTN-7     accountId       noMobile          (no service mobile number nor security phone)
//   R-VC-1      code            …  (purpose partner-disassociate, sent to the service mobile
//                                   number or the security phone: the one sent last)
// partnerRequestDisassociation:
//   R-PTN-7     reason          required; E-TOO-LONG reason tooLong {max: 500}
//   R-PTN-7     accountId       noPartner / pending {initiator}
// processPartnerDisassociation:
//   R-PTN-7     accountId       noPartner / nothingPending
//   R-PTN-7     answeredBy      notTheOtherSide {initiator} (a side never answers its own)
class PartnerService
{
public:
    explicit PartnerService(Session &session)
        : m_session(session)
    {}

    Result<PartnerInvitation> createPartnerInvitation(const PartnerInvitationRequest &request);
    Result<PartnerInvitation> partnerInvitation(const QString &token);
    Result<PartnerAssociationResult> associatePartner(const PartnerAssociationRequest &request);
    Result<PartnerInfo> setPartnerBudget(const PartnerBudgetRequest &request);
    Result<PartnerDisassociationCheck> partnerDisassociationCheck(const QString &accountId);
    Result<PartnerInfo> requestPartnerDisassociation(const PartnerDisassociationRequest &request);
    Result<PartnerInfo> partnerRequestDisassociation(const PartnerInitiatedDisassociation &request);
    Status processPartnerDisassociation(const ProcessDisassociationRequest &request);

    // R-PTN-1: the largest monthly budget (100,000,000 CNY).
    static constexpr qint64 MaxBudgetFen = qint64(100'000'000) * 100;
    static constexpr int MaxReasonLength = 500;

    // The account's partner association as My Partner shows it (profile, authorization,
    // budget, pending request, next request date, Operation Log newest first); nullopt
    // without one. Inside the caller's transaction.
    static std::optional<PartnerInfo> infoOf(store::Database &db, const QString &accountId,
                                             const QDateTime &now);
    // R-PTN-1, R-PTN-6: the reseller partner of a customer frozen until it sets a monthly
    // budget (frozen, or asking to disassociate without a budget yet); empty otherwise.
    // Inside the caller's transaction.
    static QString frozenBy(store::Database &db, const QString &accountId);
    // What R-PTN-2..4 read about the account, inside the caller's transaction.
    static partner::Facts factsOf(store::Database &db, const HuaweiAccount &account);

private:
    Session &m_session;
};

} // namespace oc
