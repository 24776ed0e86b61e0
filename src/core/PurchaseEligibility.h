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
//   R-MKT-1 accountId suspendedWithMaster {masterName} (R-MST-3: a member account whose
//                                                    master's services are closed or disabled)
// `frozenByPartner` names the reseller partner of a frozen association, empty otherwise;
// `suspendedMaster` the master of a link in effect whose services are closed or disabled,
// empty otherwise (services/MasterService.h suspendedMasterOf).
std::optional<Error> purchaseRefusal(const HuaweiAccount &account, const QString &frozenByPartner,
                                     const QString &suspendedMaster = {});

} // namespace oc
