#pragma once

#include "Session.h"
#include "contract/BackendTypes.h"

namespace oc {

// W-BUY: subscribing to Guance SaaS Edition and buying stored-value cards on KooGallery
// (R-MKT-1..3).
class MarketplaceService
{
public:
    explicit MarketplaceService(Session &session)
        : m_session(session)
    {}

    // One transaction: a paid order, for a subscription an instance in `provisioning`
    // (activated by the backend's settle timer, R-MKT-2), the journal and a purchase notice
    // in the Outbox. Refusals, in the order checked:
    //   R-ID-1 / E-REQUIRED                  accountId  (format, validate::huaweiAccountId)
    //   E-NOT-FOUND  accountId huaweiAccount
    //   R-MKT-1      accountId unauthenticated {authStatus}
    //   R-MKT-1      accountId servicesClosed
    //   E-REQUIRED   terms     terms
    //   R-MKT-3      quantity  quantity        {max}
    Result<PurchaseResult> purchase(const PurchaseRequest &request);

private:
    Session &m_session;
};

} // namespace oc
