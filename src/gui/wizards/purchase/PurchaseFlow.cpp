#include "PurchaseFlow.h"

#include "contract/Async.h"
#include "contract/Backend.h"
#include "core/ListNames.h"
#include "core/PurchaseEligibility.h"
#include "gui/wizards/PendingStatus.h"

namespace oc::gui {

namespace {

using namespace Qt::StringLiterals;

constexpr auto OrderIdKey = "orderId";
constexpr auto InstanceIdKey = "instanceId";

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

PurchaseFlow::PurchaseFlow(Backend *backend, QObject *parent)
    : WizardState(parent)
    , m_backend(backend)
{
    setDefault(key(ProductKey), toString(ProductKind::Subscription));
    setDefault(key(QuantityKey), 1);
    setDefault(key(TermsKey), false);
    // Every change, typed here or bound to a widget, is told by its own signal.
    connect(this, &WizardState::valueChanged, this, [this](const QString &changed) {
        // Another purchase than the one whose order is paid (R-MKT-2 instancePending).
        if (changed == key(AccountIdKey) || changed == key(ProductKey) ||
            changed == key(QuantityKey))
            forgetPendingOrder();
        if (changed == key(AccountIdKey)) {
            // What was learned was about the account chosen before.
            m_account.reset();
            m_frozenBy.clear();
            emit accountIdChanged();
        } else if (changed == key(ProductKey)) {
            emit productChanged();
        } else if (changed == key(QuantityKey)) {
            emit quantityChanged();
        } else if (changed == key(TermsKey)) {
            emit termsAcceptedChanged();
        }
    });
}

QString PurchaseFlow::accountId() const
{
    return text(key(AccountIdKey));
}

void PurchaseFlow::setAccountId(const QString &accountId)
{
    if (accountId != this->accountId())
        setValue(key(AccountIdKey), accountId);
}

ProductKind PurchaseFlow::product() const
{
    return enumOr(text(key(ProductKey)), ProductKind::Subscription);
}

void PurchaseFlow::setProduct(ProductKind product)
{
    if (product != this->product())
        setValue(key(ProductKey), toString(product));
}

int PurchaseFlow::quantity() const
{
    return product() == ProductKind::Subscription ? 1 : value(key(QuantityKey)).toInt();
}

void PurchaseFlow::setQuantity(int quantity)
{
    if (quantity != value(key(QuantityKey)).toInt())
        setValue(key(QuantityKey), quantity);
}

bool PurchaseFlow::termsAccepted() const
{
    return flag(key(TermsKey));
}

void PurchaseFlow::setTermsAccepted(bool accepted)
{
    if (accepted != termsAccepted())
        setValue(key(TermsKey), accepted);
}

Fen PurchaseFlow::amount() const
{
    return product() == ProductKind::StoredValueCard
               ? Fen(Catalogue::StoredValueCardUnitFen) * quantity()
               : Fen(0);
}

QString PurchaseFlow::orderId() const
{
    return text(key(OrderIdKey));
}

std::optional<Error> PurchaseFlow::pendingOrder() const
{
    if (m_pendingOrderId.isEmpty())
        return std::nullopt;
    return error(PendingOrderField);
}

QString PurchaseFlow::pendingOrderOf(const Error &error)
{
    if (error.rule != u"R-MKT-2" || error.field != PendingOrderField ||
        error.reason != u"instancePending")
        return {};
    return error.args.value(u"orderId"_s).toString();
}

void PurchaseFlow::forgetPendingOrder()
{
    if (m_pendingOrderId.isEmpty())
        return;
    m_pendingOrderId.clear();
    clearError(PendingOrderField);
}

QString PurchaseFlow::instanceId() const
{
    return text(key(InstanceIdKey));
}

PurchaseRequest PurchaseFlow::request() const
{
    PurchaseRequest request;
    request.accountId = accountId();
    request.product = product();
    request.quantity = quantity();
    request.termsAccepted = termsAccepted();
    return request;
}

QList<Error> PurchaseFlow::messages(int page) const
{
    QList<Error> errors;
    switch (page) {
    case ProductPage:
        if (accountId().isEmpty())
            errors << makeError(QString::fromLatin1(SystemError::Required), key(AccountIdKey),
                                u"required"_s);
        else if (auto refused = refusal())
            errors << *refused;
        if (product() == ProductKind::StoredValueCard &&
            (quantity() < 1 || quantity() > PurchaseRequest::MaxCardQuantity))
            errors << makeError(u"R-MKT-3"_s, key(QuantityKey), u"quantity"_s,
                                {{u"max"_s, PurchaseRequest::MaxCardQuantity}});
        break;
    case ConfirmPage:
        // The service names the field "terms", as the state's key.
        if (!termsAccepted())
            errors << makeError(QString::fromLatin1(SystemError::Required), key(TermsKey),
                                u"terms"_s);
        break;
    case ResultPage:
        break;
    }
    return errors;
}

bool PurchaseFlow::isReady(int page) const
{
    switch (page) {
    // What must be there before Next; what is wrong with it is said on Next (messages()).
    case ProductPage:
        // The account must be known to be able to buy, not merely not known otherwise.
        return !accountId().isEmpty() && m_account && !refusal();
    case ConfirmPage:
        // An order paid without its instance yet: subscribing again would buy a second one.
        return termsAccepted() && pendingOrderId().isEmpty();
    case ResultPage:
        return !orderId().isEmpty();
    }
    return false;
}

std::optional<AuthStatus> PurchaseFlow::authStatus() const
{
    return m_account ? std::optional(m_account->authStatus) : std::nullopt;
}

std::optional<Error> PurchaseFlow::refusal() const
{
    return m_account ? purchaseRefusal(*m_account, m_frozenBy) : std::nullopt;
}

QFuture<Status> PurchaseFlow::checkAccount()
{
    const PendingStatus pending;
    const QString asked = accountId();
    if (asked.isEmpty()) {
        pending.finish(okStatus());
        return pending.future();
    }
    onFinished(m_backend->huaweiAccount(asked), this,
               [this, asked, pending](const Result<HuaweiAccountDetail> &detail) {
                   if (asked != accountId()) { // chosen again meanwhile: that lookup counts
                       pending.finish(okStatus());
                       return;
                   }
                   if (!detail.ok()) {
                       pending.finish(detail.error());
                       emit accountChecked(detail.error());
                       return;
                   }
                   m_account = detail->account;
                   m_frozenBy = detail->partner && detail->partner->status == PartnerStatus::Frozen
                                    ? detail->partner->partnerName
                                    : QString();
                   // R-MKT-1: said before the operator goes on.
                   const QList<Error> errors = messages(ProductPage);
                   const auto refusal =
                       std::find_if(errors.begin(), errors.end(),
                                    [](const Error &e) { return e.rule == u"R-MKT-1"; });
                   if (refusal != errors.end())
                       setError(*refusal);
                   else
                       clearError(key(AccountIdKey));
                   pending.finish(okStatus());
                   emit accountChecked(okStatus());
               });
    return pending.future();
}

QFuture<Status> PurchaseFlow::purchase()
{
    const PendingStatus pending;
    onFinished(m_backend->purchase(request()), this,
               [this, pending](const Result<PurchaseResult> &result) {
                   if (!result.ok()) {
                       if (!result.error().field.isEmpty())
                           setError(result.error());
                       m_pendingOrderId = pendingOrderOf(result.error());
                       pending.finish(result.error());
                       emit purchased(result.error());
                       return;
                   }
                   setDefault(key(OrderIdKey), result->order.orderId);
                   setDefault(key(InstanceIdKey),
                              result->instance ? result->instance->instanceId : QString());
                   m_instanceStatus =
                       result->instance ? toString(result->instance->status) : QString();
                   pending.finish(okStatus());
                   emit purchased(okStatus());
                   emit instanceStatusChanged();
               });
    return pending.future();
}

QFuture<Status> PurchaseFlow::refreshInstanceStatus()
{
    const PendingStatus pending;
    if (instanceId().isEmpty()) {
        pending.finish(okStatus());
        return pending.future();
    }
    ListQuery query;
    query.view = view::Instances;
    query.filters.insert(column::InstanceId, instanceId());
    query.limit = 1;
    onFinished(m_backend->list(query), this, [this, pending](const Result<ListPage> &page) {
        if (!page.ok()) {
            pending.finish(page.error());
            return;
        }
        if (!page->rows.isEmpty()) {
            const QString status = page->value(0, column::Status).toString();
            if (status != m_instanceStatus) {
                m_instanceStatus = status;
                emit instanceStatusChanged();
            }
        }
        pending.finish(okStatus());
    });
    return pending.future();
}

} // namespace oc::gui
