#pragma once

// The named uploads each request takes (my-account.md §4.2-§4.5; BackendTypes.h's
// AuthenticationRequest and ReauthenticationRequest): the services check a submission against
// them (services/AuthenticationChecks), the pages use the same for early feedback.

#include "BackendTypes.h"
#include "core/Materials.h"

namespace oc {

// One named upload a request takes (MaterialSlot): the rule its absence is refused under,
// the rule its file is judged under (core/Materials: empty, tooLarge, word, type, extension)
// and the types it accepts.
struct MaterialSlotRule
{
    const char *slot;
    const char *rule;
    const char *fileRule;
    QList<MaterialType> types;
    bool required = true;
};
// The uploads of a request of `kind` (for a first authentication, of `type`): the rule its
// absence / its file is refused under, and the types it takes (JPG: .jpg and .jpeg alike;
// every file at most 10 MB).
//  Authentication, individual  certificatePage, holdingPhoto       R-AUTH-1   JPG BMP PNG PDF
//  Authentication, enterprise  certificateFront, certificateBack   R-AUTH-2   JPG BMP PNG
//  IndividualOwner             currentCertificatePage,             R-AUTH-11  JPG BMP PNG PDF
//                                currentHoldingPhoto
//                              applicationForm                     R-AUTH-12  PDF
//                              certificatePage, holdingPhoto       R-AUTH-1   JPG BMP PNG PDF
//  IndividualToEnterprise      holdingVisaPage, holdingPhoto       R-AUTH-14  JPG BMP PNG
//                              applicationForm          R-AUTH-14 / R-AUTH-12 PDF JPG BMP PNG
//                              certificateFront, certificateBack   R-AUTH-14  JPG BMP PNG
//  EnterpriseEntity            certificateFront,                   R-AUTH-2   JPG BMP PNG
//                                certificateBack (optional)
//                              applicationForm                     R-AUTH-12  PDF JPG BMP PNG
//  EnterpriseName              statement, authorityDocument,       R-AUTH-13  JPG BMP PNG GIF PDF
//                                newCertificate
QList<MaterialSlotRule> materialSlotRules(ReviewKind kind, AccountType type);

} // namespace oc
