#pragma once

#include "Session.h"
#include "contract/BackendTypes.h"
#include "store/AuthenticationRepository.h"

namespace oc {

// W-REAUTH (my-account.md §4.4-§4.5, D.1, D.4): an authenticated account asks to change its
// owner (IndividualOwner, §4.4.2), to become an enterprise (IndividualToEnterprise, the
// service ticket of §4.4.3), to change its entity (EnterpriseEntity, §4.5.2) or its name
// (EnterpriseName, §4.5.3). The request waits in the review queue with the NEW subject's
// data, due within three working days; the account keeps its authentication and its name
// until the decision (R-AUTH-10). AuthenticationService::reviewAuthentication decides it
// through decide() below.
//
// Journal (R-AUD-1, resource type accountCenter): submitReauthentication, its details the
// CTS trace name of the kind (R-AUD-2, my-account.md B: changeIndividualAuthInfo,
// reauthWithEnterpriseInfo, changeEnterpriseEntity, changeEnterpriseName) and the request's
// id; while the account's CTS is enabled the submission, or its refusal, is also that CTS
// trace (CtsTrail); a decision is authenticateAccount ("approved <trace name>" / "rejected <reason>
// <trace name>"), and so is each member an approval is copied to. Outbox: reauthenticationApproved
// / reauthenticationRejected to the account's email (params subjectName, kind, authenticationId;
// reason and note on a rejection).
//
// Refusals of submitReauthentication, in the order they are checked (rule, field, reason
// {args}):
//   R-ID-1      accountId            format {length}   (E-REQUIRED accountId required)
//   E-INVALID   kind                 authentication    (a first authentication is W-AUTH's)
//   E-NOT-FOUND accountId            huaweiAccount
//   R-ACC-16    accountId            notEnabled / servicesClosed / servicesDisabled
//   R-AUTH-5    accountId            notAuthenticated  (no approved authentication)
//   R-AUTH-5    kind                 wrongType {accountType}  (IndividualOwner and
//                                    IndividualToEnterprise take an individual account,
//                                    EnterpriseEntity and EnterpriseName an enterprise one)
//   R-AUTH-4    accountId            pending           (a request of any kind under review)
//   R-AUTH-11   accountId            arrears {amount}  (AccountConditions::arrears above zero,
//                                    in yuan, "1280.50"; every kind: §4.4.2 and §4.5.2 ask for
//                                    no arrears, and the seed's notes §4.4.1 and §4.5.1 move
//                                    amounts owed with the account whatever the kind)
//   R-AUTH-5    accountId            koogallerySeller  (EnterpriseEntity only, §4.5.2)
//   R-AUTH-5    accountId            masterInvitationPending {accountId}  (an invitation not
//                                    accepted yet names the account as master or member; the
//                                    argument is the other side; §4.5.1)
//   R-AUTH-5    accountId            memberOfMaster {masterAccountId}  (an enterprise member
//                                    associated with an authenticated master of the same
//                                    enterprise name: only the master re-authenticates, its
//                                    approval is copied to the member; §4.5.1)
//   R-AUTH-11   declaration          required          (IndividualOwner, IndividualToEnterprise,
//                                    EnterpriseEntity: signed or stamped by both sides)
//   R-AUTH-13   declaration          required          (EnterpriseName: sealed or signed)
//   the subject's fields as W-AUTH checks them (AuthenticationService.h): IndividualOwner
//   as an individual (issuingCountryRegion required, R-AUTH-7 mismatch; fullName;
//   certificateNumber R-AUTH-1 format), IndividualToEnterprise and EnterpriseEntity as an
//   enterprise (issuingCountryRegion empty or the account's, R-AUTH-7 mismatch;
//   registeredAddress; enterpriseName R-AUTH-2; certificateNumber R-AUTH-2 format),
//   EnterpriseName: enterpriseName R-AUTH-2 required / tooLong, then
//   R-AUTH-13   certificateNumber    fixed             (EnterpriseName: not empty and not the
//                                    current registration number, whatever its case)
//   R-AUTH-13   enterpriseName       unchanged         (EnterpriseName: the current name,
//                                    whatever its case and spacing)
//   E-INVALID   materials            unknownSlot {slot} / duplicateSlot {slot}  (a slot the
//                                    kind does not take is unknown)
//   <rule>      <slot>               required          (a required upload missing; the slots
//                                    and rules per kind: contract/MaterialSlots.h)
//   E-INVALID   <slot>               sha256 / header / thumbnail
//   <file rule> <slot>               empty / tooLarge {maxMb} / word / type {allowed} /
//                                    extension {type}  (core/Materials; an application
//                                    form's file rule is R-AUTH-12: PDF only for
//                                    IndividualOwner, PDF or JPG/BMP/PNG otherwise, Word
//                                    refused; EnterpriseName's JPG/BMP/PNG/GIF/PDF)
//   R-AUTH-3    certificateNumber    limit {max}       (the new number, as W-AUTH; not for
//                                    EnterpriseName, whose number is the current one)
// Refusals of decide() besides reviewAuthentication's own: R-AUTH-3 certificateNumber limit
// {max} again at approval (not for EnterpriseName).
class ReauthenticationService
{
public:
    explicit ReauthenticationService(Session &session)
        : m_session(session)
    {}

    // R-AUTH-5, R-AUTH-10..14: the request pending (R-AUTH-4), due within three working
    // days, its materials kept; the account unchanged.
    Result<AuthenticationRecord> submitReauthentication(const ReauthenticationRequest &request);

    // Inside reviewAuthentication's transaction, for a pending re-authentication `request` of
    // `account` (the decision's request and reason already checked). Approve: IndividualOwner
    // → the full name is the new owner's; IndividualToEnterprise → the account becomes an
    // enterprise of the new name (R-AUTH-14); EnterpriseEntity, EnterpriseName → the new
    // enterprise name (the record carries the new number); a master's approval is copied to
    // each associated, authenticated enterprise member that had the master's name (R-AUTH-5,
    // §4.5.1). Reject: the account keeps its authentication and its data (R-AUTH-10).
    Result<AuthenticationRecord> decide(const store::AuthenticationRow &request,
                                        const HuaweiAccount &account,
                                        const ReviewDecision &decision, const QString &note);

    // The CTS trace name of a kind (my-account.md B; empty for Authentication).
    static QString traceName(ReviewKind kind);

private:
    // submitReauthentication past the account id's check.
    Result<AuthenticationRecord> submit(const ReauthenticationRequest &request,
                                        const QString &accountId);

    Session &m_session;
};

} // namespace oc
