#include "RechargeFlow.h"

#include "contract/Async.h"
#include "contract/Backend.h"
#include "core/ListNames.h"
#include "core/Validators.h"
#include "gui/wizards/PendingStatus.h"

namespace oc::gui {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

RechargeFlow::RechargeFlow(Backend *backend, qint64 feeCenterAccountId, QObject *parent)
    : WizardState(parent)
    , m_backend(backend)
{
    setDefault(key(FeeCenterAccountIdKey), feeCenterAccountId);
    connect(this, &WizardState::valueChanged, this, [this](const QString &changed) {
        if (changed == key(HuaweiAccountIdKey))
            emit huaweiAccountIdChanged();
        else if (changed == key(OrderIdKey))
            emit orderIdChanged();
    });
}

qint64 RechargeFlow::feeCenterAccountId() const
{
    return value(key(FeeCenterAccountIdKey)).toLongLong();
}

QString RechargeFlow::huaweiAccountId() const
{
    return text(key(HuaweiAccountIdKey));
}

void RechargeFlow::setHuaweiAccountId(const QString &accountId)
{
    if (accountId != huaweiAccountId())
        setValue(key(HuaweiAccountIdKey), accountId);
}

QString RechargeFlow::orderId() const
{
    return text(key(OrderIdKey));
}

void RechargeFlow::setOrderId(const QString &orderId)
{
    if (orderId != this->orderId())
        setValue(key(OrderIdKey), orderId);
}

Fen RechargeFlow::total() const
{
    Fen total;
    for (const StoredValueCard &c : m_cards)
        total += c.faceValue;
    return total;
}

RechargeRequest RechargeFlow::request() const
{
    RechargeRequest r;
    r.feeCenterAccountId = feeCenterAccountId();
    r.huaweiAccountId = huaweiAccountId();
    r.orderId = orderId();
    return r;
}

QList<Error> RechargeFlow::messages(int page) const
{
    QList<Error> errors;
    if (page == OrderPage) {
        if (auto id = validate::huaweiAccountId(huaweiAccountId(), key(HuaweiAccountIdKey));
            !id.ok())
            errors << id.error();
        if (auto id = validate::orderId(orderId()); !id.ok())
            errors << id.error();
    }
    return errors;
}

bool RechargeFlow::isReady(int page) const
{
    switch (page) {
    case TypePage:
        return true;
    case OrderPage:
        return !huaweiAccountId().isEmpty() && !orderId().isEmpty();
    case ResultPage:
        return !m_cards.isEmpty();
    }
    return false;
}

QFuture<Status> RechargeFlow::loadFeeCenter()
{
    const PendingStatus pending;
    ListQuery query;
    query.view = view::FeeCenterAccounts;
    query.filters.insert(column::FeeCenterAccountId, feeCenterAccountId());
    query.limit = 1;
    onFinished(m_backend->list(query), this, [this, pending](const Result<ListPage> &page) {
        if (!page.ok())
            return pending.finish(page.error());
        if (!page->rows.isEmpty()) {
            m_feeCenterUsername = page->value(0, column::Username).toString();
            emit feeCenterLoaded();
        }
        pending.finish(okStatus());
    });
    return pending.future();
}

QFuture<Status> RechargeFlow::recharge()
{
    const PendingStatus pending;
    onFinished(m_backend->rechargeStoredValueCards(request()), this,
               [this, pending](const Result<QList<StoredValueCard>> &cards) {
                   if (!cards.ok()) {
                       if (!cards.error().field.isEmpty())
                           setError(cards.error());
                       return pending.finish(cards.error());
                   }
                   m_cards = *cards;
                   pending.finish(okStatus());
                   emit recharged();
               });
    return pending.future();
}

} // namespace oc::gui
