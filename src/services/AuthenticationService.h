#pragma once

#include "Session.h"
#include "contract/BackendTypes.h"

namespace oc {

// W-AUTH and the review queue (my-account.md §4.1-§4.3, D.1, D.3): submitting a real-name
// authentication with what the console read of its materials, a request as it stands, and
// the operator's review acting as Huawei's reviewer. Each change is one transaction,
// journaled under resource type accountCenter (R-AUD-1) with the demo story's operation
// names: submitAuthentication, and authenticateAccount for a review (approved or rejected;
// and for each member an approval is copied to, R-AUTH-9). A review tells the account's
// email (Outbox kinds authenticationApproved / authenticationRejected). A re-authentication
// (W-REAUTH, a request whose kind is not Authentication) is reviewed here too, with its own
// effects (ReauthenticationService::decide). The checks both share are AuthenticationChecks'.
// Refusals (rule, field, reason {args}) besides those of the core validators (accountId,
// issuingCountryRegion):
//   E-NOT-FOUND accountId            huaweiAccount
//   R-ACC-16    accountId            notEnabled / servicesClosed / servicesDisabled
//   R-AUTH-4    accountId            pending         (a request is under review)
//   R-AUTH-4    accountId            authenticated   (re-authentication is another flow)
//   R-AUTH-6    accountType          hcpnPartner     (an individual authentication of an HCPN
//                                    partner: AccountConditions::hcpnPartner)
//   R-ACC-6     accountType          enterpriseToIndividual
//   R-AUTH-7    issuingCountryRegion mismatch {countryRegion} (not the account's)
//   E-REQUIRED  fullName             required        (E-TOO-LONG tooLong {max} above 64)
//   E-REQUIRED  registeredAddress    required        (E-TOO-LONG tooLong {max} above 256)
//   R-AUTH-2    enterpriseName       required / tooLong {max}  (1-64 characters)
//   E-REQUIRED  certificateNumber    required
//   R-AUTH-1    certificateNumber    format          (individual: 5-30 letters, digits, '-')
//   R-AUTH-2    certificateNumber    format          (enterprise registration number, same)
//   E-INVALID   materials            unknownSlot {slot} / duplicateSlot {slot}
//   R-AUTH-1    certificatePage, holdingPhoto       required, and material::check's reasons
//                                    (empty, tooLarge {maxMb}, word, type {allowed},
//                                    extension {type}) over JPG/JPEG/BMP/PNG/PDF
//   R-AUTH-2    certificateFront, certificateBack   the same over JPG/JPEG/BMP/PNG
//   E-INVALID   <slot>               sha256 / header / thumbnail (what the console read is
//                                    malformed: not 64 lowercase hex digits; not base64 of at
//                                    most 64 bytes; not base64 of a PNG of at most 112x112)
//   R-AUTH-3    certificateNumber    limit {max}     (3 accounts for an individual, 6 for an
//                                    enterprise: other accounts whose current record (the
//                                    latest approved) or, at submission, pending request
//                                    has the number)
//   E-NOT-FOUND authenticationId     authentication
//   R-AUTH-4    authenticationId     notPending {status}
//   R-AUTH-4    reason               required        (a rejection needs one, R-AUTH-8)
//   (a re-authentication's approval: R-AUTH-3 limit as at submission, ReauthenticationService)
//   E-TOO-LONG  note                 tooLong {max}   (above 256)
class AuthenticationService
{
public:
    explicit AuthenticationService(Session &session)
        : m_session(session)
    {}

    // R-AUTH-1..3, R-AUTH-6, R-AUTH-7, R-ACC-6, R-ACC-16: the request pending, due within three
    // working days (R-AUTH-4), its materials kept; the account's type set and its
    // authentication status pending.
    Result<AuthenticationRecord> submitAuthentication(const AuthenticationRequest &request);
    Result<AuthenticationRecord> authentication(qint64 authenticationId);
    // R-AUTH-4, R-AUTH-8: approve (R-AUTH-3 again; the account authenticated under the
    // request's name; R-AUTH-9 on a master's first enterprise authentication) or reject with
    // a reason (the account may submit again). A re-authentication: R-AUTH-10..14
    // (ReauthenticationService::decide).
    Result<AuthenticationRecord> reviewAuthentication(const ReviewDecision &decision);

private:
    Session &m_session;
};

} // namespace oc
