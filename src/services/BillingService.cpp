#include "BillingService.h"

#include "KooGalleryService.h"
#include "core/Rules.h"
#include "core/Validators.h"
#include "store/CatalogueRepository.h"
#include "store/FeeCenterRepository.h"
#include "store/HuaweiAccountRepository.h"
#include "store/InstanceRepository.h"
#include "store/OrderRepository.h"
#include "store/StoredValueCardRepository.h"
#include "store/WorkspaceRepository.h"

namespace oc {

namespace {

const auto WorkspaceField = QStringLiteral("workspaceId");
const auto MethodField = QStringLiteral("method");
const auto HuaweiAccountField = QStringLiteral("huaweiAccountId");
const auto FeeCenterField = QStringLiteral("feeCenterAccountId");

QString field(const char *name)
{
    return QString::fromLatin1(name);
}

Error refuse(const char *rule, const QString &field, const char *reason, QVariantMap args = {})
{
    return makeError(QString::fromLatin1(rule), field, QString::fromLatin1(reason),
                     std::move(args));
}

Error notFound(const QString &field, const char *what)
{
    return refuse(SystemError::NotFound, field, what);
}

// The journal target of a refusal: the id as the validator normalises it, else as typed.
QString journalTarget(const Result<QString> &normalised, const QString &input)
{
    return normalised.ok() ? *normalised : input.trimmed();
}

// R-SET-3: the first day of the calendar month after `now`, in China Standard Time (the
// seeds' consoles), and whether `changedAt` falls in `now`'s month there.
QDate nextMonthStart(const QDateTime &now)
{
    const QDate today = now.toTimeZone(ClockSteps::chinaTimeZone()).date();
    return QDate(today.year(), today.month(), 1).addMonths(1);
}

bool sameChinaMonth(const QDateTime &changedAt, const QDateTime &now)
{
    if (!changedAt.isValid())
        return false; // never changed since creation: creating is not a change
    const QDate changed = changedAt.toTimeZone(ClockSteps::chinaTimeZone()).date();
    const QDate today = now.toTimeZone(ClockSteps::chinaTimeZone()).date();
    return changed.year() == today.year() && changed.month() == today.month();
}

// R-SET-4: the cloud account a workspace is bound to, if any.
bool boundToCloud(const Workspace &w)
{
    switch (w.settlement) {
    case SettlementMethod::AlibabaCloud:
    case SettlementMethod::Aws:
        return true;
    case SettlementMethod::HuaweiCloud:
        return !w.settlementAccountId.isEmpty();
    case SettlementMethod::FeeCenter:
        return false;
    }
    return false;
}

QString settlementText(SettlementMethod method, const QString &accountId, const QString &instanceId)
{
    QStringList parts{toString(method)};
    if (!accountId.isEmpty())
        parts << accountId;
    if (!instanceId.isEmpty())
        parts << instanceId;
    return parts.join(QLatin1Char(' '));
}

} // namespace

// ---- W-SET: settlement ----------------------------------------------------------------------

struct BillingService::SettlementTarget
{
    Workspace workspace; // as it is now
    SettlementMethod method = SettlementMethod::FeeCenter;
    QString accountId;  // normalised Huawei account id (Huawei Cloud)
    QString instanceId; // normalised instance id (Huawei Cloud)
};

Result<Instance> BillingService::existingInstance(const QString &instanceIdInput)
{
    const auto instanceId = validate::instanceId(instanceIdInput);
    if (!instanceId.ok())
        return instanceId.error();
    const auto instance = store::InstanceRepository(m_session.db()).find(*instanceId);
    if (!instance)
        return notFound(field(validate::Field::InstanceId), "instance");
    return *instance;
}

// Every check of W-SET, in the order of BillingService.h. Reads only; the caller decides
// whether this runs inside the change's transaction.
auto BillingService::settlementTarget(const SettlementChangeRequest &r) -> Result<SettlementTarget>
{
    auto &db = m_session.db();
    SettlementTarget t;
    const auto workspace = store::WorkspaceRepository(db).find(r.workspaceId.trimmed());
    // A dissolved workspace is gone for the Billing Center.
    if (!workspace || workspace->status == WorkspaceStatus::Dissolved)
        return notFound(WorkspaceField, "workspace");
    t.workspace = *workspace;
    const Workspace &w = t.workspace;
    t.method = r.method;

    switch (r.method) {
    case SettlementMethod::AlibabaCloud:
    case SettlementMethod::Aws:
        // R-SET-1: listed in the wizard, but bound only at registration (W-REG).
        return refuse(rule::SET_1, MethodField, "notHere");
    case SettlementMethod::FeeCenter:
        if (w.feeCenterAccountId == 0)
            return refuse(rule::SET_1, MethodField, "noFeeCenterAccount");
        break;
    case SettlementMethod::HuaweiCloud: {
        // R-SET-2: the Huawei account id and an active SaaS instance of that account.
        const QString accountField = field(validate::Field::AccountId);
        const QString instanceField = field(validate::Field::InstanceId);
        const auto accountId = validate::huaweiAccountId(r.accountId, accountField);
        if (!accountId.ok())
            return accountId.error();
        const auto instanceId = validate::instanceId(r.instanceId, instanceField);
        if (!instanceId.ok())
            return instanceId.error();
        if (!store::HuaweiAccountRepository(db).exists(*accountId))
            return notFound(accountField, "huaweiAccount");
        const auto instance = store::InstanceRepository(db).find(*instanceId);
        if (!instance)
            return notFound(instanceField, "instance");
        if (instance->accountId != *accountId)
            return refuse(rule::SET_2, instanceField, "instanceOfOtherAccount");
        const auto product = store::CatalogueRepository(db).find(instance->productId);
        if (!product || product->kind != ProductKind::Subscription)
            return refuse(rule::SET_2, instanceField, "notSaas");
        if (instance->status != InstanceStatus::Active)
            return refuse(rule::SET_2, instanceField, "notActive",
                          {{QStringLiteral("status"), toString(instance->status)}});
        t.accountId = *accountId;
        t.instanceId = *instanceId;
        break;
    }
    }

    // R-SET-5: a locked workspace lost its link; it is unlocked (R-SET-6) before anything.
    if (w.status == WorkspaceStatus::Locked)
        return refuse(rule::SET_5, WorkspaceField, "locked");
    if (t.method == SettlementMethod::HuaweiCloud) {
        // R-SET-4: bound to another cloud account (Alibaba Cloud, AWS, another Huawei
        // account): released first, by changing back to the fee-center account. Another
        // instance of the same Huawei account is the same cloud account.
        const bool sameAccount =
            w.settlement == SettlementMethod::HuaweiCloud && w.settlementAccountId == t.accountId;
        if (boundToCloud(w) && !sameAccount)
            return refuse(rule::SET_4, WorkspaceField, "otherCloud");
        if (sameAccount && w.settlementInstanceId == t.instanceId)
            return refuse(rule::SET_2, field(validate::Field::InstanceId), "unchanged");
    } else if (w.settlement == SettlementMethod::FeeCenter) {
        return refuse(rule::SET_1, MethodField, "unchanged");
    }
    // R-SET-3: at most one change per calendar month.
    const QDateTime now = m_session.now();
    if (sameChinaMonth(w.settlementChangedAt, now))
        return refuse(rule::SET_3, WorkspaceField, "monthly",
                      {{QStringLiteral("nextChange"),
                        nextMonthStart(now).toString(QStringLiteral("yyyy-MM-dd"))}});
    return t;
}

Status BillingService::checkSettlementChange(const SettlementChangeRequest &request)
{
    return m_session.read<Done>([&]() -> Status {
        const auto target = settlementTarget(request);
        if (!target.ok())
            return target.error();
        return Done{};
    });
}

Result<Workspace> BillingService::changeSettlement(const SettlementChangeRequest &request)
{
    // Checked again inside the transaction: nothing can change between check and write.
    return m_session.mutate<Workspace>(
        QStringLiteral("changeSettlement"), QStringLiteral("workspace"),
        request.workspaceId.trimmed(), [&]() -> Result<Workspace> {
            const auto target = settlementTarget(request);
            if (!target.ok())
                return target.error();
            const SettlementTarget &t = *target;
            const Workspace &before = t.workspace;
            const QDateTime now = m_session.now();
            store::WorkspaceRepository workspaces(m_session.db());
            workspaces.setSettlement(before.workspaceId, t.method, t.accountId, t.instanceId, now);

            const QString details = settlementText(before.settlement, before.settlementAccountId,
                                                   before.settlementInstanceId) +
                                    QStringLiteral(" -> ") +
                                    settlementText(t.method, t.accountId, t.instanceId);
            m_session.journal(QStringLiteral("changeSettlement"), QStringLiteral("workspace"),
                              before.workspaceId, QStringLiteral("success"), details);
            // R-AUD-1: the Huawei account now settling it, or the one released, sees the
            // change in its traces.
            const QString account = t.method == SettlementMethod::HuaweiCloud ? t.accountId
                                    : before.settlement == SettlementMethod::HuaweiCloud
                                        ? before.settlementAccountId
                                        : QString();
            if (!account.isEmpty())
                m_session.journal(QStringLiteral("changeSettlement"), QStringLiteral("workspace"),
                                  account, QStringLiteral("success"),
                                  before.workspaceId + QLatin1Char(' ') + details);
            return *workspaces.find(before.workspaceId);
        });
}

// ---- W-SVC: stored-value cards ------------------------------------------------------------

Result<QList<StoredValueCard>>
BillingService::rechargeStoredValueCards(const RechargeRequest &request)
{
    const QString orderField = field(validate::Field::OrderId);
    return m_session.mutate<QList<StoredValueCard>>(
        QStringLiteral("redeemStoredValueCards"), QStringLiteral("storedValueCard"),
        journalTarget(validate::orderId(request.orderId), request.orderId),
        [&]() -> Result<QList<StoredValueCard>> {
            auto &db = m_session.db();
            store::FeeCenterRepository feeCenters(db);
            const auto feeCenter = feeCenters.find(request.feeCenterAccountId);
            if (!feeCenter)
                return notFound(FeeCenterField, "feeCenterAccount");
            const auto accountId =
                validate::huaweiAccountId(request.huaweiAccountId, HuaweiAccountField);
            if (!accountId.ok())
                return accountId.error();
            const auto orderId = validate::orderId(request.orderId, orderField);
            if (!orderId.ok())
                return orderId.error();
            const auto order = store::OrderRepository(db).find(*orderId);
            if (!order)
                return notFound(orderField, "order");
            // R-SVC-1: a paid stored-value-card order of that account.
            const auto product = store::CatalogueRepository(db).find(order->productId);
            if (!product || product->kind != ProductKind::StoredValueCard)
                return refuse(rule::SVC_1, orderField, "wrongProduct");
            if (order->accountId != *accountId)
                return refuse(rule::SVC_1, orderField, "otherAccount");
            if (order->status != OrderStatus::Paid)
                return refuse(rule::SVC_1, orderField, "notPaid");

            // R-SVC-2: once. The redemption row goes first: its primary key refuses a
            // concurrent redemption that passed the check before this one committed, and
            // Session::mutate runs this again to refuse it here.
            store::StoredValueCardRepository cards(db);
            if (const auto by = cards.redeemedBy(*orderId)) {
                const auto winner = feeCenters.find(*by);
                return refuse(
                    rule::SVC_2, orderField, "redeemed",
                    {{QStringLiteral("username"), winner ? winner->username : QString()}});
            }
            const QDateTime now = m_session.now();
            cards.insertRedemption(*orderId, feeCenter->feeCenterAccountId, now);

            // R-SVC-3: one card of 100 CNY per unit bought; R-SVC-4: bound to the account
            // that redeemed them.
            QList<StoredValueCard> issued;
            issued.reserve(order->quantity);
            for (int i = 0; i < order->quantity; ++i) {
                StoredValueCard card;
                do
                    card.cardNumber = m_session.ids().cardNumber();
                while (cards.cardNumberTaken(card.cardNumber));
                card.feeCenterAccountId = feeCenter->feeCenterAccountId;
                card.faceValue = Fen(Catalogue::StoredValueCardUnitFen);
                card.balance = card.faceValue;
                card.status = CardStatus::Available;
                card.purchaseType = PurchaseType::HuaweiMarketplace;
                card.purchasedAt = now;
                card.expiresAt = now.addDays(Catalogue::CardValidityDays);
                card.sourceOrderId = *orderId;
                cards.insert(card);
                issued << card;
            }

            const QString count = QString::number(issued.size());
            m_session.journal(QStringLiteral("redeemStoredValueCards"),
                              QStringLiteral("storedValueCard"), *orderId,
                              QStringLiteral("success"),
                              QStringLiteral("%1 cards -> %2, Huawei account %3")
                                  .arg(count, feeCenter->username, *accountId));
            m_session.journal(QStringLiteral("redeemStoredValueCards"),
                              QStringLiteral("feeCenterAccount"), feeCenter->username,
                              QStringLiteral("success"),
                              QStringLiteral("%1 cards from %2").arg(count, *orderId));
            m_session.journal(QStringLiteral("redeemStoredValueCards"),
                              QStringLiteral("storedValueCard"), *accountId,
                              QStringLiteral("success"),
                              QStringLiteral("%1 -> %2").arg(*orderId, feeCenter->username));
            m_session.send(Channel::Email, feeCenter->email, QStringLiteral("recharge"),
                           {{QStringLiteral("cards"), int(issued.size())},
                            {QStringLiteral("orderId"), *orderId},
                            {QStringLiteral("username"), feeCenter->username}});
            return issued;
        });
}

Result<FeeCenterOverview> BillingService::feeCenterOverview(qint64 feeCenterAccountId)
{
    return m_session.read<FeeCenterOverview>([&]() -> Result<FeeCenterOverview> {
        auto &db = m_session.db();
        const auto account = store::FeeCenterRepository(db).find(feeCenterAccountId);
        if (!account)
            return notFound(FeeCenterField, "feeCenterAccount");
        FeeCenterOverview overview;
        overview.account = *account;
        for (const auto &[status, totals] :
             store::StoredValueCardRepository(db).cardTotals(feeCenterAccountId)) {
            switch (status) {
            case CardStatus::Available:
                overview.availableCards = totals.count;
                overview.availableCardBalance = totals.balance;
                break;
            case CardStatus::UsedUp:
                overview.usedUpCards = totals.count;
                break;
            case CardStatus::Expired:
                overview.expiredCards = totals.count;
                overview.expiredCardBalance = totals.balance;
                break;
            }
        }
        return overview;
    });
}

// ---- W-CANCEL: closing the resource ---------------------------------------------------------

Result<QList<Workspace>> BillingService::closeResourcePreview(const QString &instanceIdInput)
{
    return m_session.read<QList<Workspace>>([&]() -> Result<QList<Workspace>> {
        const auto instance = existingInstance(instanceIdInput);
        if (!instance.ok())
            return instance.error();
        return store::WorkspaceRepository(m_session.db())
            .activeSettledByHuaweiAccount(instance->accountId);
    });
}

Result<CloseResourceResult> BillingService::closeResource(const QString &instanceIdInput)
{
    return m_session.mutate<CloseResourceResult>(
        QStringLiteral("closeResource"), QStringLiteral("instance"),
        journalTarget(validate::instanceId(instanceIdInput), instanceIdInput),
        [&]() -> Result<CloseResourceResult> {
            auto &db = m_session.db();
            const auto instance = existingInstance(instanceIdInput);
            if (!instance.ok())
                return instance.error();
            if (instance->status == InstanceStatus::Closed)
                return refuse(rule::MKT_4, field(validate::Field::InstanceId), "alreadyClosed");

            // R-MKT-4 through KooGallery's own call: the marketplace tells the seller with a
            // signed releaseInstance, which closes the instance and applies R-SET-5
            // (KooGalleryService::closeInstance), as it does for a real release.
            store::WorkspaceRepository workspaces(db);
            const QList<Workspace> toLock = KooGalleryService::workspacesToLock(db, *instance);
            const auto released = KooGalleryService(m_session).callInTransaction(
                koogallery::ReleaseInstance{instance->instanceId});
            if (!released.ok())
                return released.error();
            CloseResourceResult result;
            for (const Workspace &before : toLock)
                if (const auto w = workspaces.find(before.workspaceId))
                    result.lockedWorkspaces << *w;
            store::InstanceRepository instances(db);
            result.instance = *instances.find(instance->instanceId);
            return result;
        });
}

Result<Workspace> BillingService::unlockWorkspace(const QString &workspaceIdInput)
{
    const QString workspaceId = workspaceIdInput.trimmed();
    return m_session.mutate<Workspace>(
        QStringLiteral("unlockWorkspace"), QStringLiteral("workspace"), workspaceId,
        [&]() -> Result<Workspace> {
            auto &db = m_session.db();
            store::WorkspaceRepository workspaces(db);
            const auto w = workspaces.find(workspaceId);
            if (!w)
                return notFound(WorkspaceField, "workspace");
            if (w->status != WorkspaceStatus::Locked)
                return refuse(rule::SET_6, WorkspaceField, "notLocked");
            // Locked by a frozen instance: unlocked once KooGallery unfreezes it.
            if (w->lockReason == QLatin1String(Catalogue::InstanceFrozenLockReason))
                if (const auto i = store::InstanceRepository(db).find(w->settlementInstanceId);
                    i && i->status == InstanceStatus::Frozen)
                    return refuse(rule::SET_6, WorkspaceField, "instanceFrozen");
            const QDateTime now = m_session.now();
            // R-SET-7: past the retention the data is due for wiping, not wiped: the
            // workspace comes back as it is, and the journal says it was late.
            const int daysLeft = retentionDaysLeft(w->lockedAt, now);
            // R-SET-6: settled through the fee-center account from now on.
            workspaces.unlock(workspaceId, now);
            m_session.journal(QStringLiteral("unlockWorkspace"), QStringLiteral("workspace"),
                              workspaceId, QStringLiteral("success"),
                              daysLeft > 0
                                  ? QStringLiteral("%1 days of retention left").arg(daysLeft)
                                  : QStringLiteral("retention over"));
            if (const auto fc = store::FeeCenterRepository(db).find(w->feeCenterAccountId))
                m_session.send(Channel::Email, fc->email, QStringLiteral("workspaceUnlocked"),
                               {{QStringLiteral("workspaceName"), w->name}}, false, workspaceId);
            return *workspaces.find(workspaceId);
        });
}

int BillingService::retentionDaysLeft(const QDateTime &lockedAt, const QDateTime &now)
{
    if (!lockedAt.isValid())
        return 0;
    const qint64 left = now.msecsTo(lockedAt.addDays(Catalogue::LockedRetentionDays));
    if (left <= 0)
        return 0;
    constexpr qint64 day = 24LL * 3600 * 1000;
    return int((left + day - 1) / day); // a day begun counts
}

} // namespace oc
