#pragma once

#include "Session.h"
#include "contract/BackendTypes.h"
#include "core/KooGalleryCall.h"

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
    //   R-MKT-1      accountId servicesNotEnabled / servicesDisabled / servicesClosed /
    //                          unauthenticated {authStatus} / frozen {partnerName}
    //                          (in this order: core/PurchaseEligibility.h)
    //   E-REQUIRED   terms     terms
    //   R-MKT-3      quantity  quantity        {max}
    //
    // The subscription's instance comes from KooGallery's signed newInstance, checked and
    // applied by KooGalleryService in process, inside the same transaction.
    Result<PurchaseResult> purchase(const PurchaseRequest &request);

    // The same purchase as the billing API server serves it: the paid order, its journal
    // and notice, in one transaction, without the instance; the server then delivers the
    // marketplace's newInstance (newInstanceCall) to its own POST /koogallery/saas over
    // HTTP, whose handler opens the instance in a second transaction. Same refusals.
    Result<PurchaseResult> placeOrder(const PurchaseRequest &request);
    // What KooGallery tells the seller of a paid subscription order (R-MKT-2): its one
    // order line. Delivered again, it answers the same instance.
    static koogallery::NewInstance newInstanceCall(const Order &order);
    // A placed order and, once its newInstance went through, its instance (none yet
    // otherwise); E-NOT-FOUND orderId order.
    Result<PurchaseResult> placed(const QString &orderId);
    // The server's answer while a placed order's newInstance has not gone through: the
    // order is paid and has no instance yet; the server delivers the call again by itself
    // (ApiServer's settle timer), and the same request again (its Idempotency-Key) answers
    // the instance once it is there. A refusal, not a failure of the system: repeating the
    // request without its key would buy a second order. R-MKT-2 marketplace instancePending
    // {orderId}.
    static Error instancePending(const QString &orderId);
    // The order `error` (an instancePending() one) names; empty for any other error.
    static QString pendingOrder(const Error &error);
    // Paid subscription orders whose newInstance has not gone through (no instance), oldest
    // first, at most `limit`: what the server delivers again.
    Result<QStringList> ordersAwaitingInstance(int limit);

private:
    Result<PurchaseResult> purchase(const PurchaseRequest &request, bool openInstance);

    Session &m_session;
};

} // namespace oc
