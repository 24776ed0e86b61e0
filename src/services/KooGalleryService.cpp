#include "KooGalleryService.h"

#include "core/Random.h"
#include "core/Rules.h"
#include "store/CatalogueRepository.h"
#include "store/FeeCenterRepository.h"
#include "store/HuaweiAccountRepository.h"
#include "store/InstanceRepository.h"
#include "store/MarketplaceLineRepository.h"
#include "store/MetaRepository.h"
#include "store/NonceRepository.h"
#include "store/OrderRepository.h"
#include "store/WorkspaceRepository.h"

#include <QJsonArray>
#include <QTimeZone>

namespace oc {

namespace {

namespace kg = koogallery;

Error refuse(const char *code, const char *field, const char *reason)
{
    return makeError(QString::fromLatin1(code), QString::fromLatin1(field),
                     QString::fromLatin1(reason));
}

// The store's own access key (meta), for the demo's marketplace when none is configured.
constexpr auto StoreKeyMetaKey = "koogallery.accessKey";

QString flag(bool value)
{
    return value ? QStringLiteral("1") : QStringLiteral("0");
}

} // namespace

QString KooGalleryService::resultCodeOf(const Error &error)
{
    for (const char *code : {kg::result::Ok, kg::result::AuthenticationFailed,
                             kg::result::InvalidParameter, kg::result::InstanceNotFound})
        if (error.rule == QLatin1String(code))
            return error.rule;
    return QString::fromLatin1(kg::result::InternalError); // E-STORE and anything unforeseen
}

int KooGalleryService::httpStatusOf(const Error &error)
{
    const QString code = resultCodeOf(error);
    if (code == QLatin1String(kg::result::AuthenticationFailed))
        return 401;
    if (code == QLatin1String(kg::result::InvalidParameter))
        return error.reason == QLatin1String("tooLarge") ? 413 : 400;
    if (code == QLatin1String(kg::result::InstanceNotFound))
        return 404;
    return isTransient(error) ? 503 : 500;
}

KooGalleryAnswer KooGalleryService::serve(const kg::SignedQuery &query, const QByteArray &body)
{
    QByteArray key = m_session.marketplaceKey;
    if (key.isEmpty() && m_session.marketplaceServesStoreKey) {
        // Read, never made here: a store without a key of its own has signed nothing yet.
        const auto stored = m_session.read<QString>([&]() -> Result<QString> {
            return store::MetaRepository(m_session.db())
                .get(QString::fromLatin1(StoreKeyMetaKey))
                .value_or(QString());
        });
        if (stored.ok())
            key = stored->toLatin1();
    }
    Result<QJsonObject> result;
    if (key.isEmpty())
        result = refuse(kg::result::AuthenticationFailed, "key", "notConfigured");
    else if (body.size() > kg::MaxBodyBytes)
        result =
            makeError(QString::fromLatin1(kg::result::InvalidParameter), QStringLiteral("body"),
                      QStringLiteral("tooLarge"), {{QStringLiteral("max"), kg::MaxBodyBytes}});
    else
        result = m_session.mutate<QJsonObject>(
            QStringLiteral("koogallery"), QStringLiteral("marketplace"), QString(),
            [&]() -> Result<QJsonObject> { return handle(key, query, body); });

    KooGalleryAnswer answer;
    m_changed = result.ok() && !m_query;
    if (result.ok()) {
        answer.resultCode = QString::fromLatin1(kg::result::Ok);
        answer.body = kg::answerBody(kg::result::Ok, QStringLiteral("success"), *result);
    } else {
        const Error &e = result.error();
        answer.resultCode = resultCodeOf(e);
        answer.httpStatus = httpStatusOf(e);
        // Which field and why, never the key, the signature or the nonce's value.
        QString message = e.field.isEmpty() ? e.reason : e.field + QLatin1Char(' ') + e.reason;
        if (answer.resultCode == QLatin1String(kg::result::InternalError))
            message = QStringLiteral("internal error");
        answer.body = kg::answerBody(answer.resultCode.toLatin1().constData(), message);
    }
    if (!key.isEmpty())
        answer.bodySign = kg::bodySignHeader(key, answer.body);
    return answer;
}

QByteArray KooGalleryService::marketplaceKey()
{
    if (!m_session.marketplaceKey.isEmpty())
        return m_session.marketplaceKey;
    store::MetaRepository meta(m_session.db());
    const QString name = QString::fromLatin1(StoreKeyMetaKey);
    if (const auto key = meta.get(name); key && !key->isEmpty())
        return key->toLatin1();
    SecureRandom random;
    QByteArray bytes;
    for (int i = 0; i < 4; ++i) {
        const quint64 word = random.next64();
        bytes.append(reinterpret_cast<const char *>(&word), sizeof word);
    }
    const QByteArray key = bytes.toHex();
    meta.set(name, QString::fromLatin1(key));
    return key;
}

Result<QJsonObject> KooGalleryService::callInTransaction(const kg::Call &call)
{
    const QByteArray key = marketplaceKey();
    const kg::SignedCall signedCall =
        kg::sign(key, kg::encode(call), QDateTime::currentMSecsSinceEpoch());
    return handle(key, signedCall.query, signedCall.body);
}

Result<KooGalleryService::OutgoingCall> KooGalleryService::signCall(const kg::Call &call)
{
    const auto key = m_session.mutate<QByteArray>(
        QStringLiteral("koogallery"), QStringLiteral("marketplace"), QString(),
        [&]() -> Result<QByteArray> { return marketplaceKey(); });
    if (!key.ok())
        return key.error();
    return OutgoingCall{kg::sign(*key, kg::encode(call), QDateTime::currentMSecsSinceEpoch()),
                        *key};
}

Result<QJsonObject> KooGalleryService::handle(QByteArrayView key, const kg::SignedQuery &query,
                                              const QByteArray &body)
{
    // The signature's window is the marketplace's time, the wall clock, not a demo clock.
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const kg::Verdict verdict = kg::verify(key, query, body, nowMs);
    if (verdict != kg::Verdict::Valid)
        return makeError(QString::fromLatin1(kg::result::AuthenticationFailed),
                         QStringLiteral("signature"),
                         QString::fromLatin1(kg::verdictName(verdict)));
    store::NonceRepository nonces(m_session.db());
    const QDateTime seen = QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc());
    nonces.prune(seen.addMSecs(-NonceRetentionMs));
    if (!nonces.remember(QString::fromLatin1(query.nonce), seen))
        return refuse(kg::result::AuthenticationFailed, "nonce", "replayed");

    const auto call = kg::decode(body);
    if (!call.ok())
        return call.error();
    m_query = std::holds_alternative<kg::QueryInstance>(*call);
    if (const auto *c = std::get_if<kg::NewInstance>(&*call))
        return newInstance(*c);
    if (const auto *c = std::get_if<kg::RefreshInstance>(&*call))
        return refreshInstance(*c);
    if (const auto *c = std::get_if<kg::UpdateInstanceStatus>(&*call))
        return updateInstanceStatus(*c);
    if (const auto *c = std::get_if<kg::ReleaseInstance>(&*call))
        return releaseInstance(*c);
    return queryInstance(std::get<kg::QueryInstance>(*call));
}

Result<QJsonObject> KooGalleryService::newInstance(const kg::NewInstance &c)
{
    auto &db = m_session.db();
    store::MarketplaceLineRepository lines(db);
    // The same order line always answers the same instance; a retry changes nothing.
    if (const auto line = lines.findByLine(c.orderId, c.orderLineId))
        return QJsonObject{{QStringLiteral("instanceId"), line->instanceId}};

    const auto account = store::HuaweiAccountRepository(db).find(c.customerId);
    if (!account)
        return refuse(kg::result::InvalidParameter, "customerId", "unknown");
    const QString productId = QString::fromLatin1(Catalogue::SaasProductId);
    const QDateTime now = m_session.now();
    store::OrderRepository orders(db);
    if (const auto known = orders.find(c.orderId)) {
        // The demo's marketplace placed the order first (W-BUY); a real call names an order
        // the store has not seen, which it records as the marketplace's.
        if (known->accountId != c.customerId)
            return refuse(kg::result::InvalidParameter, "orderId", "otherAccount");
        if (known->productId != productId)
            return refuse(kg::result::InvalidParameter, "orderId", "notSubscription");
        if (known->status != OrderStatus::Paid)
            return refuse(kg::result::InvalidParameter, "orderId", "notPaid");
        if (store::InstanceRepository(db).findByOrder(known->orderId))
            return refuse(kg::result::InvalidParameter, "orderId", "otherLine");
    } else {
        const auto product = store::CatalogueRepository(db).find(productId);
        if (!product)
            return refuse(kg::result::InternalError, "productId", "missing");
        Order order;
        order.orderId = c.orderId;
        order.accountId = c.customerId;
        order.productId = productId;
        order.quantity = 1;
        order.amount = product->unitPrice;
        order.status = OrderStatus::Paid;
        order.createdAt = now;
        orders.insert(order);
        m_session.journal(QStringLiteral("createOrder"), QStringLiteral("order"), order.orderId,
                          QStringLiteral("success"), QStringLiteral("%1 x 1").arg(productId));
        m_session.journal(QStringLiteral("payOrder"), QStringLiteral("order"), order.orderId,
                          QStringLiteral("success"), order.amount.toPlainString());
        const bool sms = !account->serviceMobile.isEmpty();
        const QString kind = toString(product->kind);
        m_session.send(sms ? Channel::Sms : Channel::Email,
                       sms ? account->serviceMobile : account->email,
                       QStringLiteral("purchaseNotice"),
                       {{QStringLiteral("orderId"), order.orderId},
                        {QStringLiteral("product"), kind},
                        {QStringLiteral("productKind"), kind},
                        {QStringLiteral("quantity"), 1}});
    }

    // R-MKT-2: provisioning now, active shortly after (ServiceHost::settleDue).
    Instance instance;
    instance.instanceId = m_session.ids().instanceId();
    instance.orderId = c.orderId;
    instance.accountId = c.customerId;
    instance.productId = productId;
    instance.status = InstanceStatus::Provisioning;
    instance.openedAt = now;
    instance.activeAt = now.addSecs(Catalogue::ProvisioningSeconds);
    store::InstanceRepository(db).insert(instance);
    lines.insert({instance.instanceId, c.orderId, c.orderLineId, c.businessId, c.testFlag, c.trial,
                  c.expireTime, now});
    m_session.journal(QStringLiteral("openInstance"), QStringLiteral("instance"),
                      instance.instanceId, QStringLiteral("success"),
                      c.testFlag ? c.orderId + QStringLiteral(" (test)") : c.orderId);
    return QJsonObject{{QStringLiteral("instanceId"), instance.instanceId}};
}

Result<Instance> KooGalleryService::openInstance(const QString &instanceId)
{
    const auto instance = store::InstanceRepository(m_session.db()).find(instanceId);
    if (!instance)
        return refuse(kg::result::InstanceNotFound, "instanceId", "unknown");
    if (instance->status == InstanceStatus::Closed)
        return refuse(kg::result::InvalidParameter, "instanceId", "released");
    return *instance;
}

Result<QJsonObject> KooGalleryService::refreshInstance(const kg::RefreshInstance &c)
{
    const auto instance = openInstance(c.instanceId);
    if (!instance.ok())
        return instance.error();
    store::MarketplaceLineRepository lines(m_session.db());
    auto line = lines.find(instance->instanceId);
    if (!line) {
        // An instance from before the marketplace's lines were kept (schema 9).
        lines.insert({instance->instanceId,
                      instance->orderId,
                      c.orderLineId,
                      c.orderLineId,
                      false,
                      false,
                      {},
                      m_session.now()});
        line = lines.find(instance->instanceId);
    }
    const bool trial = c.scene == kg::RefreshScene::TrialToFormal ? false : line->trial;
    lines.refresh(instance->instanceId, trial, c.expireTime);
    m_session.journal(QStringLiteral("refreshInstance"), QStringLiteral("instance"),
                      instance->instanceId, QStringLiteral("success"),
                      QStringLiteral("%1 %2 %3")
                          .arg(QString::fromLatin1(kg::sceneName(c.scene)), c.orderId,
                               kg::timeText(c.expireTime)));
    return QJsonObject{};
}

Result<QJsonObject> KooGalleryService::updateInstanceStatus(const kg::UpdateInstanceStatus &c)
{
    const auto instance = openInstance(c.instanceId);
    if (!instance.ok())
        return instance.error();
    auto &db = m_session.db();
    store::InstanceRepository instances(db);
    const QDateTime now = m_session.now();
    const bool frozen = instance->status == InstanceStatus::Frozen;
    if (c.freeze == frozen)
        return QJsonObject{}; // already so: nothing changes
    if (!c.freeze) {
        // Unfrozen: running again; its locked workspaces can be unlocked (R-SET-6).
        instances.setStatus(instance->instanceId, instance->activeAt <= now
                                                      ? InstanceStatus::Active
                                                      : InstanceStatus::Provisioning);
        m_session.journal(QStringLiteral("unfreezeInstance"), QStringLiteral("instance"),
                          instance->instanceId);
        return QJsonObject{};
    }
    instances.setStatus(instance->instanceId, InstanceStatus::Frozen);
    m_session.journal(QStringLiteral("freezeInstance"), QStringLiteral("instance"),
                      instance->instanceId);
    // The workspaces it settles are locked and keep their settlement.
    store::WorkspaceRepository workspaces(db);
    store::FeeCenterRepository feeCenters(db);
    const QString reason = QString::fromLatin1(Catalogue::InstanceFrozenLockReason);
    for (const Workspace &w :
         workspaces.listByInstance(instance->instanceId, WorkspaceStatus::Active)) {
        workspaces.lockKeepingSettlement(w.workspaceId, reason, now);
        m_session.journal(QStringLiteral("lockWorkspace"), QStringLiteral("workspace"),
                          w.workspaceId, QStringLiteral("success"),
                          reason + QLatin1Char(' ') + instance->instanceId);
        if (const auto fc = feeCenters.find(w.feeCenterAccountId))
            m_session.send(
                Channel::Email, fc->email, QStringLiteral("workspaceLocked"),
                {{QStringLiteral("workspaceName"), w.name}, {QStringLiteral("reason"), reason}},
                false, w.workspaceId);
    }
    return QJsonObject{};
}

Result<QJsonObject> KooGalleryService::releaseInstance(const kg::ReleaseInstance &c)
{
    const auto instance = store::InstanceRepository(m_session.db()).find(c.instanceId);
    if (!instance)
        return refuse(kg::result::InstanceNotFound, "instanceId", "unknown");
    if (instance->status != InstanceStatus::Closed) // released before: nothing changes
        closeInstance(*instance);
    return QJsonObject{};
}

QList<Workspace> KooGalleryService::closeInstance(const Instance &instance)
{
    auto &db = m_session.db();
    const QDateTime now = m_session.now();
    store::InstanceRepository(db).setStatus(instance.instanceId, InstanceStatus::Closed, now);
    m_session.journal(QStringLiteral("closeResource"), QStringLiteral("instance"),
                      instance.instanceId, QStringLiteral("success"), instance.accountId);
    m_session.journal(QStringLiteral("closeResource"), QStringLiteral("instance"),
                      instance.accountId, QStringLiteral("success"), instance.instanceId);

    // R-SET-5: every workspace settled through the account loses the link and locks; so do
    // the ones the instance's freeze had locked.
    store::WorkspaceRepository workspaces(db);
    store::FeeCenterRepository feeCenters(db);
    std::optional<HuaweiAccount> owner;
    const QString reason = QString::fromLatin1(Catalogue::InstanceClosedLockReason);
    const QList<Workspace> settled = workspacesToLock(db, instance);
    QList<Workspace> locked;
    for (const Workspace &w : std::as_const(settled)) {
        workspaces.lock(w.workspaceId, reason, now);
        m_session.journal(QStringLiteral("lockWorkspace"), QStringLiteral("workspace"),
                          w.workspaceId, QStringLiteral("success"),
                          reason + QLatin1Char(' ') + instance.instanceId);
        // Huawei-settled workspaces have a fee-center account (R-REG-3); the Huawei
        // account's own email stands in should one not.
        QString to;
        if (const auto fc = feeCenters.find(w.feeCenterAccountId)) {
            to = fc->email;
        } else {
            if (!owner)
                owner = store::HuaweiAccountRepository(db).find(instance.accountId);
            to = owner ? owner->email : QString();
        }
        if (!to.isEmpty())
            m_session.send(
                Channel::Email, to, QStringLiteral("workspaceLocked"),
                {{QStringLiteral("workspaceName"), w.name}, {QStringLiteral("reason"), reason}},
                false, w.workspaceId);
        locked << *workspaces.find(w.workspaceId);
    }
    return locked;
}

QList<Workspace> KooGalleryService::workspacesToLock(store::Database &db, const Instance &instance)
{
    QList<Workspace> settled =
        store::WorkspaceRepository(db).activeSettledByHuaweiAccount(instance.accountId);
    for (const Workspace &w : store::WorkspaceRepository(db).listByInstance(
             instance.instanceId, WorkspaceStatus::Locked))
        if (w.lockReason == QLatin1String(Catalogue::InstanceFrozenLockReason))
            settled << w;
    return settled;
}

Result<QJsonObject> KooGalleryService::queryInstance(const kg::QueryInstance &c)
{
    auto &db = m_session.db();
    store::InstanceRepository instances(db);
    store::MarketplaceLineRepository lines(db);
    QJsonArray info;
    for (const QString &id : c.instanceIds) {
        const auto instance = instances.find(id);
        if (!instance)
            continue;
        QJsonObject o{{QStringLiteral("instanceId"), instance->instanceId},
                      {QStringLiteral("orderId"), instance->orderId},
                      {QStringLiteral("status"), toString(instance->status)}};
        if (const auto line = lines.find(id)) {
            o.insert(QStringLiteral("orderLineId"), line->orderLineId);
            o.insert(QStringLiteral("trialFlag"), flag(line->trial));
            o.insert(QStringLiteral("testFlag"), flag(line->testFlag));
            if (line->expireAt.isValid())
                o.insert(QStringLiteral("expireTime"), kg::timeText(line->expireAt));
        }
        info.append(o);
    }
    if (info.isEmpty())
        return refuse(kg::result::InstanceNotFound, "instanceIds", "unknown");
    return QJsonObject{{QStringLiteral("info"), info}};
}

} // namespace oc
