#pragma once

// What W-AUTH (AuthenticationService) and W-REAUTH (ReauthenticationService) check and write
// alike (my-account.md §4.2-§4.5): the account's state, the subject's fields, the named
// uploads and R-AUTH-3's count, and a stored request as the contract's record. Refusals are
// those the two services' headers list.

#include "Session.h"
#include "contract/BackendTypes.h"
#include "contract/MaterialSlots.h"
#include "store/AuthenticationRepository.h"

namespace oc::authcheck {

inline constexpr auto AccountCenter = "accountCenter"; // the journal's resource type (R-AUD-1)
inline constexpr auto ReviewOperation = "authenticateAccount"; // a review, approved or rejected

Error refuse(const char *rule, const QString &field, const char *reason, QVariantMap args = {});
// E-NOT-FOUND accountId huaweiAccount
Error accountNotFound();
// E-NOT-FOUND authenticationId authentication
Error authenticationNotFound();

// R-ACC-16: authenticating needs Huawei Cloud services enabled and not closed.
Problem servicesEnabled(const HuaweiAccount &account);

// R-AUTH-3: a certificate number authenticates at most 3 accounts (individual) or 6
// (enterprise), counting other accounts' current records and, at submission, their requests
// under review.
Problem numberLimit(store::AuthenticationRepository &authentications, AccountType type,
                    const QString &certificateNumber, const QString &accountId, bool withPending);

// The subject of a request, validated and normalised into `row` (type, certificate type,
// country/region, name, number, address).
// Individual (R-AUTH-1, R-AUTH-7): the issuing country/region (required, the account's), the
// full name, the certificate number.
Problem individualSubject(const QString &issuingCountryRegion, CertificateType certificateType,
                          const QString &fullName, const QString &certificateNumber,
                          const HuaweiAccount &account, store::AuthenticationRow &row);
// Enterprise (R-AUTH-2, R-AUTH-7): the registered country/region is the account's (another
// given: R-AUTH-7 mismatch), the registered address, the enterprise name, the registration
// number.
Problem enterpriseSubject(const QString &issuingCountryRegion, const QString &registeredAddress,
                          const QString &enterpriseName, const QString &certificateNumber,
                          const HuaweiAccount &account, store::AuthenticationRow &row);
// R-AUTH-2: an enterprise name, simplified, 1-64 characters.
Result<QString> enterpriseName(const QString &input);

// One upload as field `field`: well formed (E-INVALID <field> sha256 / header / thumbnail),
// then the file under `rule` (core/Materials: empty / tooLarge {maxMb} over `maxBytes` /
// word / type {allowed} / extension {type}).
Problem checkUpload(const char *rule, const QString &field, const MaterialUpload &m,
                    const QList<MaterialType> &allowed, qint64 maxBytes = material::MaxBytes);

// The uploads against `rules` (contract/MaterialSlots.h): E-INVALID materials unknownSlot /
// duplicateSlot {slot} (a slot the request does not take is unknown); each slot in order:
// missing and required → its rule's `required`; malformed → E-INVALID <slot> sha256 / header
// / thumbnail; the file refused → its file rule's reason.
Problem checkMaterials(const QList<MaterialUpload> &materials,
                       const QList<MaterialSlotRule> &rules);
QList<store::MaterialRow> materialRows(const QList<MaterialUpload> &materials);

// R-AUTH-9 / R-AUTH-5: master `request`, just approved, copied to member `member`: an approved
// record of the member's (copiedFrom the master's request, without its materials), the
// member authenticated under the request's enterprise name, journaled as a review ("approved:
// <rule> copy N of M") and told by email (Outbox `mailKind`: `message` with the copy's id).
void copyToMember(Session &session, const store::AuthenticationRow &request,
                  const HuaweiAccount &member, const char *rule, const QString &mailKind,
                  QVariantMap message);

// A stored request as the contract says it.
AuthenticationRecord recordOf(const store::AuthenticationRow &row);
// The request `authenticationId` as it stands; E-NOT-FOUND when there is none.
Result<AuthenticationRecord> stored(store::Database &db, qint64 authenticationId);

} // namespace oc::authcheck
