#pragma once

#include "Domain.h"
#include "Error.h"

#include <optional>

namespace oc {

// R-MKT-1 as extended by my-account.md D.5: why an account cannot buy on KooGallery, each
// reason its own, in the order the customer would fix them; nullopt when it can buy. The
// service refuses a purchase with it and W-BUY says it before the operator goes on.
//   R-MKT-1 accountId servicesNotEnabled            (R-ACC-16: enable the services first)
//   R-MKT-1 accountId servicesDisabled              (R-CLS-7: for good)
//   R-MKT-1 accountId servicesClosed                (R-CLS-7: restore within retention)
//   R-MKT-1 accountId unauthenticated {authStatus}  (unauthenticated, pending or rejected)
//   R-MKT-1 accountId frozen {partnerName}          (R-PTN-6: a reseller's customer until the
//                                                    partner sets a monthly budget)
// `frozenByPartner` names the reseller partner of a frozen association, empty otherwise.
std::optional<Error> purchaseRefusal(const HuaweiAccount &account, const QString &frozenByPartner);

} // namespace oc
