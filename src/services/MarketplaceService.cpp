#include "MarketplaceService.h"

#include "KooGalleryService.h"
#include "MasterService.h"
#include "PartnerService.h"
#include "core/PurchaseEligibility.h"
#include "core/Rules.h"
#include "core/Validators.h"
#include "store/CatalogueRepository.h"
#include "store/HuaweiAccountRepository.h"
#include "store/InstanceRepository.h"
#include "store/OrderRepository.h"

namespace oc {

namespace {

QString productIdOf(ProductKind kind)
{
    return QString::fromLatin1(kind == ProductKind::Subscription
                                   ? Catalogue::SaasProductId
                                   : Catalogue::StoredValueCardProductId);
}

} // namespace

koogallery::NewInstance MarketplaceService::newInstanceCall(const Order &order)
{
    koogallery::NewInstance call;
    call.businessId = order.orderId;
    call.orderId = order.orderId;
    call.orderLineId = order.orderId + QStringLiteral("-1");
    call.customerId = order.accountId;
    return call;
}

Result<PurchaseResult> MarketplaceService::purchase(const PurchaseRequest &request)
{
    return purchase(request, true);
}

Result<PurchaseResult> MarketplaceService::placeOrder(const PurchaseRequest &request)
{
    return purchase(request, false);
}

Result<PurchaseResult> MarketplaceService::placed(const QString &orderId)
{
    return m_session.read<PurchaseResult>([&]() -> Result<PurchaseResult> {
        auto &db = m_session.db();
        PurchaseResult result;
        const auto order = store::OrderRepository(db).find(orderId);
        if (!order)
            return makeError(QString::fromLatin1(SystemError::NotFound), QStringLiteral("orderId"),
                             QStringLiteral("order"));
        result.order = *order;
        if (const auto instance = store::InstanceRepository(db).findByOrder(orderId))
            result.instance = *instance;
        return result;
    });
}

Error MarketplaceService::instancePending(const QString &orderId)
{
    return makeError(QString::fromLatin1(rule::MKT_2), QStringLiteral("marketplace"),
                     QStringLiteral("instancePending"), {{QStringLiteral("orderId"), orderId}});
}

QString MarketplaceService::pendingOrder(const Error &error)
{
    if (error.rule != QLatin1String(rule::MKT_2) || error.field != u"marketplace" ||
        error.reason != u"instancePending")
        return {};
    return error.args.value(QStringLiteral("orderId")).toString();
}

Result<QStringList> MarketplaceService::ordersAwaitingInstance(int limit)
{
    return m_session.read<QStringList>([&]() -> Result<QStringList> {
        return store::OrderRepository(m_session.db())
            .paidWithoutInstance(QString::fromLatin1(Catalogue::SaasProductId), limit);
    });
}

Result<PurchaseResult> MarketplaceService::purchase(const PurchaseRequest &request,
                                                    bool openInstance)
{
    const auto accountId = validate::huaweiAccountId(request.accountId);
    if (!accountId.ok())
        return accountId.error();
    const QString field = QString::fromLatin1(validate::Field::AccountId);

    // The account's state is read inside the transaction, so that it cannot change between
    // the check and the order. A refusal is journaled against the account (its CTS traces).
    return m_session.mutate<PurchaseResult>(
        QStringLiteral("purchase"), QStringLiteral("marketplace"), *accountId,
        [&]() -> Result<PurchaseResult> {
            auto &db = m_session.db();
            const auto account = store::HuaweiAccountRepository(db).find(*accountId);
            if (!account)
                return makeError(QString::fromLatin1(SystemError::NotFound), field,
                                 QStringLiteral("huaweiAccount"));
            // R-MKT-1 with my-account.md D.5: not enabled, disabled, closed, not authenticated,
            // frozen by a reseller or suspended with its master (R-ACC-16, R-CLS-7, R-PTN-6,
            // R-MST-3), each its own reason.
            // R-MST-3: a member is suspended with its master (closed or disabled services).
            if (auto refusal = purchaseRefusal(*account, PartnerService::frozenBy(db, *accountId),
                                               MasterService::suspendedMasterOf(db, *accountId)))
                return *refusal;
            if (!request.termsAccepted)
                return makeError(QString::fromLatin1(SystemError::Required),
                                 QStringLiteral("terms"), QStringLiteral("terms"));
            // R-MKT-3: cards in whole units of 100 CNY; a subscription is always one.
            const bool subscription = request.product == ProductKind::Subscription;
            const int quantity = subscription ? 1 : request.quantity;
            if (quantity < 1 || quantity > PurchaseRequest::MaxCardQuantity)
                return makeError(QString::fromLatin1(rule::MKT_3),
                                 QString::fromLatin1(validate::Field::Quantity),
                                 QStringLiteral("quantity"),
                                 {{QStringLiteral("max"), PurchaseRequest::MaxCardQuantity}});

            const QString productId = productIdOf(request.product);
            const auto product = store::CatalogueRepository(db).find(productId);
            if (!product)
                return makeError(QString::fromLatin1(SystemError::NotFound),
                                 QStringLiteral("product"), QStringLiteral("product"));

            const QDateTime now = m_session.now();
            PurchaseResult result;
            Order &order = result.order;
            order.orderId = m_session.ids().orderId(now);
            order.accountId = *accountId;
            order.productId = productId;
            order.quantity = quantity;
            order.amount = product->unitPrice * quantity; // integer fen
            order.status = OrderStatus::Paid;
            order.createdAt = now;
            store::OrderRepository(db).insert(order);
            const QString kind = toString(product->kind);
            m_session.journal(QStringLiteral("createOrder"), QStringLiteral("order"), order.orderId,
                              QStringLiteral("success"),
                              QStringLiteral("%1 x %2").arg(productId).arg(quantity));
            m_session.journal(QStringLiteral("payOrder"), QStringLiteral("order"), order.orderId,
                              QStringLiteral("success"), order.amount.toPlainString());

            QString details = order.orderId;
            if (subscription && openInstance) {
                // R-MKT-2 through KooGallery's own call: the marketplace tells the seller of
                // the paid order line with a signed newInstance, which the seller's side
                // checks and answers like any real one (KooGalleryService, one path).
                const auto answer =
                    KooGalleryService(m_session).callInTransaction(newInstanceCall(order));
                if (!answer.ok())
                    return answer.error();
                const auto instance = store::InstanceRepository(db).find(
                    answer->value(QStringLiteral("instanceId")).toString());
                if (!instance)
                    return makeError(QString::fromLatin1(SystemError::Store), {},
                                     QStringLiteral("instance"));
                details += QLatin1Char(' ') + instance->instanceId;
                result.instance = *instance;
            }
            // R-AUD-1: the purchase also shows in the buyer's own traces.
            m_session.journal(QStringLiteral("purchase"), QStringLiteral("marketplace"), *accountId,
                              QStringLiteral("success"), details);

            // Seed 001: a short message confirms the purchase; by email without a mobile.
            const bool sms = !account->serviceMobile.isEmpty();
            m_session.send(sms ? Channel::Sms : Channel::Email,
                           sms ? account->serviceMobile : account->email,
                           QStringLiteral("purchaseNotice"),
                           {{QStringLiteral("orderId"), order.orderId},
                            {QStringLiteral("product"), kind},
                            {QStringLiteral("productKind"), kind},
                            {QStringLiteral("quantity"), quantity}});
            return result;
        });
}

} // namespace oc
