#include "QueryService.h"

#include "OrganizationService.h"
#include "core/ListNames.h"
#include "core/Validators.h"

namespace oc {

Result<HuaweiAccountDetail> QueryService::huaweiAccount(const QString &accountIdInput)
{
    const auto accountId = validate::huaweiAccountId(accountIdInput);
    if (!accountId.ok())
        return accountId.error();
    return m_session.read<HuaweiAccountDetail>([&]() -> Result<HuaweiAccountDetail> {
        auto &db = m_session.db();
        store::HuaweiAccountRepository accounts(db);
        const auto account = accounts.find(*accountId);
        if (!account)
            return makeError(QString::fromLatin1(SystemError::NotFound),
                             QStringLiteral("accountId"), QStringLiteral("huaweiAccount"));
        HuaweiAccountDetail detail;
        detail.account = *account;

        store::SqlQuery partner(db, QStringLiteral("SELECT partner_name, model, status, since FROM "
                                                   "partner_associations WHERE account_id = :id"));
        partner.bind(QStringLiteral(":id"), *accountId).exec();
        if (partner.next())
            detail.partner =
                PartnerInfo{partner.text(0), enumOr(partner.text(1), PartnerModel::Referral),
                            partner.text(2), store::timeFromDb(partner.value(3))};

        const QDateTime now = m_session.now().toTimeZone(ClockSteps::chinaTimeZone());
        const QDateTime yearStart(QDate(now.date().year(), 1, 1), QTime(0, 0),
                                  ClockSteps::chinaTimeZone());
        detail.tenantNameChangesThisYear = accounts.tenantNameChangesBetween(
            *accountId, yearStart.toUTC(), yearStart.addYears(1).toUTC());

        store::FeeCenterRepository feeCenters(db);
        if (const auto linked = feeCenters.linkedFeeCenter(*accountId))
            if (const auto fc = feeCenters.find(*linked))
                detail.linkedFeeCenterUsername = fc->username;

        store::SqlQuery traces(
            db,
            QStringLiteral(
                "SELECT entry_id, at, actor, operation, resource_type, target, outcome, details "
                "FROM journal WHERE target = :id ORDER BY at DESC, entry_id DESC LIMIT 200"));
        traces.bind(QStringLiteral(":id"), *accountId).exec();
        while (traces.next())
            detail.traces << JournalEntry{traces.integer(0), store::timeFromDb(traces.value(1)),
                                          traces.text(2),    traces.text(3),
                                          traces.text(4),    traces.text(5),
                                          traces.text(6),    traces.text(7)};
        return detail;
    });
}

Result<OnboardingProgress> QueryService::onboardingProgress(const QString &accountIdInput)
{
    const auto accountId = validate::huaweiAccountId(accountIdInput);
    if (!accountId.ok())
        return accountId.error();
    return m_session.read<OnboardingProgress>([&]() -> Result<OnboardingProgress> {
        auto &db = m_session.db();
        const auto account = store::HuaweiAccountRepository(db).find(*accountId);
        if (!account)
            return makeError(QString::fromLatin1(SystemError::NotFound),
                             QStringLiteral("accountId"), QStringLiteral("huaweiAccount"));
        OnboardingProgress p;
        p.accountId = *accountId;
        p.authenticated = account->authStatus == AuthStatus::Authenticated;
        const auto exists = [&](const char *sql) {
            store::SqlQuery q(db, QString::fromLatin1(sql));
            q.bind(QStringLiteral(":id"), *accountId).exec();
            return q.next();
        };
        p.purchased =
            exists("SELECT 1 FROM instances i JOIN products p ON p.product_id = i.product_id "
                   "WHERE i.account_id = :id AND p.kind = 'subscription' AND i.status = 'active'");
        p.organization =
            exists("SELECT 1 FROM organizations WHERE owner_account_id = :id AND status = 'ready'");
        p.bound = exists("SELECT 1 FROM app_bindings b JOIN organizations o ON o.organization_id = "
                         "b.organization_id WHERE o.owner_account_id = :id");
        p.authorized =
            exists("SELECT 1 FROM app_authorizations z JOIN app_bindings b ON b.binding_id = "
                   "z.binding_id JOIN organizations o ON o.organization_id = b.organization_id "
                   "WHERE o.owner_account_id = :id");
        p.feeCenterLinked =
            exists("SELECT 1 FROM fee_center_huawei_links WHERE huawei_account_id = :id");
        p.workspace = exists("SELECT 1 FROM workspaces w JOIN fee_center_huawei_links l ON "
                             "l.fee_center_account_id = w.fee_center_account_id WHERE "
                             "l.huawei_account_id = :id");
        p.huaweiSettlement =
            exists("SELECT 1 FROM workspaces WHERE settlement_method = 'huawei_cloud' "
                   "AND settlement_account_id = :id AND status = 'active'");
        return p;
    });
}

QStringList settleDueTransitions(Session &session)
{
    QStringList changed;
    // A cheap look first: most ticks find nothing due and must not write.
    const auto due = session.read<bool>([&]() -> Result<bool> {
        store::SqlQuery q(session.db(),
                          QStringLiteral("SELECT 1 WHERE EXISTS (SELECT 1 FROM instances WHERE "
                                         "status = 'provisioning' AND active_at <= :now) OR EXISTS "
                                         "(SELECT 1 FROM organizations WHERE status = 'creating' "
                                         "AND ready_at <= :now) OR EXISTS (SELECT 1 FROM "
                                         "stored_value_cards WHERE status = 'available' AND "
                                         "expires_at <= :now)"));
        q.bind(QStringLiteral(":now"), store::toDb(session.now())).exec();
        return q.next();
    });
    if (!due.ok() || !*due)
        return changed;
    const auto result = session.mutate<Done>(
        QStringLiteral("settleDue"), QStringLiteral("clock"), {}, [&]() -> Status {
            const QDateTime now = session.now();
            const QStringList instances = store::InstanceRepository(session.db()).activateDue(now);
            for (const QString &id : instances)
                session.journal(QStringLiteral("activateInstance"), QStringLiteral("instance"), id);
            const QStringList organizations =
                store::OrganizationRepository(session.db()).readyDue(now);
            for (const QString &id : organizations) {
                session.journal(QStringLiteral("organizationReady"), QStringLiteral("organization"),
                                id);
                OrganizationService::settleReady(session, id); // R-ORG-3: the owner is told
            }
            // Stored-value cards expire on the clock (Catalogue::CardValidityDays).
            const QList<StoredValueCard> expired =
                store::StoredValueCardRepository(session.db()).expireDueCards(now);
            for (const StoredValueCard &card : expired)
                session.journal(QStringLiteral("expireStoredValueCard"),
                                QStringLiteral("storedValueCard"), card.cardNumber,
                                QStringLiteral("success"), card.balance.toPlainString());
            if (!instances.isEmpty())
                changed << view::Instances << view::Bindings;
            // The fee-center list shows the available card balance too.
            if (!expired.isEmpty())
                changed << view::StoredValueCards << view::FeeCenterAccounts;
            if (!organizations.isEmpty())
                changed << view::Organizations << view::Outbox;
            if (!changed.isEmpty())
                changed << view::Journal;
            return Done{};
        });
    return result.ok() ? changed : QStringList{};
}

} // namespace oc
